"""IntentClassifier: the dialogue intent (inform, greet, skip, ask_privacy, ...).

A multinomial logistic regression (nlu_components.classifiers.IntentModel) over the same
features as the need and role models (the message's sentence embedding and its character
and word n-grams), trained on the examples in data/nlu/ except the crisis intents' and on
the dialogue examples in data/labelled/intents/ (nlu_components.training). The
features are computed once per message and shared with the NeedTagger, so the intent costs
a message about a tenth of a millisecond; Rasa's DIET, which it replaces, cost about 7 ms
of every new message and its own featurizers more (docs/benchmarks.md, "An intent model on
the shared features").

Sets `intent` and `intent_ranking` as Rasa's intent classifiers do, so FallbackClassifier,
the NeedTagger's and PlaceExtractor's overrides and the CrisisDetector work on it
unchanged. It never predicts a crisis intent: only crisis layers 1 and 2 do.
"""
from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.classifier import IntentClassifier as RasaIntentClassifier
from rasa.shared.nlu.constants import (INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY,
                                       TEXT)
from rasa.shared.nlu.training_data.message import Message

from nlu_components._base import TrainedComponent, is_payload
from nlu_components.classifiers import IntentModel
from nlu_components.training import train_intent_model

RANKING_LENGTH = 10  # as DIET's default


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class IntentClassifier(TrainedComponent, RasaIntentClassifier):
    kind = "intent"

    def fit(self) -> IntentModel:
        return train_intent_model()

    def process(self, messages: List[Message]) -> List[Message]:
        """Every message gets an intent, as from Rasa's classifiers (FallbackClassifier reads
        it): none, at confidence 0, for an empty message or a button's payload, which Rasa's
        RegexMessageHandler then reads itself."""
        for message in messages:
            text = message.get(TEXT)
            if not text or is_payload(text):
                message.set(INTENT, {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
        return super().process(messages)

    def tag(self, message: Message, text: str) -> None:
        ranking = [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: p}
                   for name, p in self.model.ranking(text, self.base_features(message, text))]
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking[:RANKING_LENGTH], add_to_output=True)
