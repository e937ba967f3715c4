"""CrisisDetector: decides the crisis intent of every message from layers 1 and 2.

Runs last in the pipeline. crisis.decide combines layer 1 (the lexicon, crisis/detect.py)
and layer 2 (the trained CrisisModel, trained on data/labelled/crisis/, the crisis
examples in data/nlu/crisis.yml, and every other labelled or NLU example as "not a
crisis"). A crisis sets the intent to `crisis_<type>` with confidence 1.0 and adds the
entity `crisis_type`; layer 3 (the rules) then interrupts any form. When neither layer
finds a crisis, a crisis intent from the intent classifier is replaced by the best
non-crisis intent, so the intent classifier alone never raises or hides a crisis.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT_NAME_KEY, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from crisis.decide import decide
from nlu_components._base import TrainedComponent, intent_name, set_intent
from nlu_components.classifiers import CrisisModel
from nlu_components.training import CRISIS_INTENTS, train_crisis_model


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class CrisisDetector(TrainedComponent):
    kind = "crisis"

    def fit(self) -> CrisisModel:
        return train_crisis_model()

    def tag(self, message: Message, text: str) -> None:
        probabilities = self.model.probabilities([text], self.base_features(message, text))[0]
        decision = decide(text, probabilities)
        if decision.type:
            set_intent(message, f"crisis_{decision.type}")
            self.add_entities(message, "crisis_type", [decision.type])
        elif intent_name(message) in CRISIS_INTENTS:
            set_intent(message, self._fallback_intent(message))

    @staticmethod
    def _fallback_intent(message: Message) -> str:
        """`inform` when the message carries needs or a place, else the best non-crisis intent."""
        if any(e.get("entity") in ("need", "council_area", "role") for e in message.get(ENTITIES, [])):
            return "inform"
        ranking = [r[INTENT_NAME_KEY] for r in message.get(INTENT_RANKING_KEY, [])
                   if r[INTENT_NAME_KEY] not in CRISIS_INTENTS]
        return ranking[0] if ranking else "nlu_fallback"
