"""NeedTagger: need codes, ruled-out needs and the asker's role, from the lexicon.

Adds entities `need` (one per code, in order of mention), `not_need`, `role`, and
`urgency` = `today` when the message says help is needed now or tonight, and
`need_guess` when the needs come only from a close misspelling (the form confirms them).
When the model's intent is weak (fallback, out of scope, greeting, thanks) but the
message clearly names a need, the intent becomes `inform`: people often open with
their problem, and a greeting word must not hide it.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from nlu_components._base import RuleComponent, intent_name, set_intent
from nlu_components.needs import is_urgent, tag_needs
from nlu_components.roles import explicit_self, tag_role

WEAK_INTENTS = {"nlu_fallback", "out_of_scope", "greet", "thanks", "affirm", "bot_challenge",
                "ask_capabilities"}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class NeedTagger(RuleComponent):
    def tag(self, message: Message, text: str) -> None:
        tags = tag_needs(text)
        self.add_entities(message, "need", tags.needs)
        self.add_entities(message, "not_need", tags.removed)
        if tags.guessed:  # "benifits": check with the person before the plan
            self.add_entities(message, "need_guess", ["true"])
        # Someone who names a need without naming anyone else is asking for themselves.
        role = tag_role(text) or ("self" if tags.needs else None)
        if role and (role != "self" or tags.needs or explicit_self(text)):
            self.add_entities(message, "role", [role])
        if tags.needs and is_urgent(text):
            self.add_entities(message, "urgency", ["today"])
        if tags.needs and intent_name(message) in WEAK_INTENTS:
            set_intent(message, "inform")
