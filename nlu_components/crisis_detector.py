"""CrisisDetector: runs the crisis lexicon on every message and decides the crisis intent.

Runs last in the pipeline. Layer 1 (crisis.detect) wins outright: a lexicon hit sets the
intent to `crisis_<type>` with confidence 1.0 and adds entity `crisis_type`, so detection
never depends on model confidence. Layer 2 (the model's crisis intents) stands when the
lexicon found nothing and the model is confident; it is overruled when the lexicon saw
the crisis words but ruled them out ("I would never kill myself", "I used to self-harm").
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import (
    ENTITIES, INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message

from crisis.detect import assess
from nlu_components._base import RuleComponent, intent_name, set_intent
from services_db.vocab import CRISIS_TYPES

CRISIS_INTENTS = {f"crisis_{t}": t for t in CRISIS_TYPES}
MODEL_ONLY_MIN_CONFIDENCE = 0.8


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class CrisisDetector(RuleComponent):
    def tag(self, message: Message, text: str) -> None:
        result = assess(text)
        if result.hit:
            set_intent(message, f"crisis_{result.hit.type}")
            self.add_entities(message, "crisis_type", [result.hit.type])
            return
        name = intent_name(message)
        if name not in CRISIS_INTENTS:
            return
        confidence = (message.get(INTENT) or {}).get(PREDICTED_CONFIDENCE_KEY, 0.0)
        if result.ruled_out or confidence < MODEL_ONLY_MIN_CONFIDENCE:
            set_intent(message, self._fallback_intent(message))
        else:
            self.add_entities(message, "crisis_type", [CRISIS_INTENTS[name]])

    @staticmethod
    def _fallback_intent(message: Message) -> str:
        """`inform` when the message carries needs or a place, else the best non-crisis intent."""
        if any(e.get("entity") in ("need", "council_area", "role") for e in message.get(ENTITIES, [])):
            return "inform"
        ranking = [r[INTENT_NAME_KEY] for r in message.get(INTENT_RANKING_KEY, [])
                   if r[INTENT_NAME_KEY] not in CRISIS_INTENTS]
        return ranking[0] if ranking else "nlu_fallback"
