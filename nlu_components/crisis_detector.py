"""CrisisDetector: runs crisis.detect on every message and overrides the intent.

Runs last in the pipeline. When the lexicon layer finds a crisis, the intent becomes
`crisis_<type>` with confidence 1.0 and entity `crisis_type` is added, so detection
never depends on model confidence alone. When the model alone predicts a crisis intent
the intent stands (second layer) and the entity is added from the intent name.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from crisis.detect import detect
from nlu_components._base import RuleComponent, intent_name, set_intent
from services_db.vocab import CRISIS_TYPES

CRISIS_INTENTS = {f"crisis_{t}": t for t in CRISIS_TYPES}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class CrisisDetector(RuleComponent):
    def tag(self, message: Message, text: str) -> None:
        hit = detect(text)
        if hit:
            set_intent(message, f"crisis_{hit.type}")
            self.add_entities(message, "crisis_type", [hit.type])
        elif intent_name(message) in CRISIS_INTENTS:
            self.add_entities(message, "crisis_type", [CRISIS_INTENTS[intent_name(message)]])
