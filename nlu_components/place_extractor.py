"""PlaceExtractor: a council area from towns, postcodes, districts and misspellings.

Uses services_db.geography (the project's one gazetteer). Adds entity `council_area`
(one of the 32 official names) or `place_status` = `outside_scotland`.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from nlu_components._base import RuleComponent, intent_name, set_intent
from services_db.geography import find_place_in_text


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class PlaceExtractor(RuleComponent):
    def tag(self, message: Message, text: str) -> None:
        place = find_place_in_text(text)
        if place is None:
            return
        if place.council_area:
            self.add_entities(message, "council_area", [place.council_area])
        elif place.outside_scotland:
            self.add_entities(message, "place_status", ["outside_scotland"])
        else:
            return
        if intent_name(message) in {"nlu_fallback", "out_of_scope", "greet", "thanks"}:
            set_intent(message, "inform")  # "thanks, it's Glasgow": an answer, not small talk
