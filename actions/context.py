"""action_extract_context: fill needs, council_area, role, place_status, urgency, age_band
and gender every turn.

Runs as the custom slot mapping of those slots (Rasa calls it after each user message,
inside or outside the form). It reads the entities the NLU components produced:
`need` values are added to the `needs` list without duplicates, `not_need` values are
removed, `council_area` / `place_status` replace earlier values. `role` fills an empty
slot; it replaces a role already known only when the message states it ("my client",
"I'm her mum", "it's for me": nlu_components.roles.stated_role) or answers "who is it
for?", so a worker's "he's got court in January" or a mum's "I'm not sleeping" does not
turn the conversation into someone else's. Needs guessed from a misspelling or a weak
model guess set `needs_guessed`, so the form checks them with the person first. A direct
answer to "where are you?" is resolved with services_db.geography.resolve_place, which
needs no cue word and allows typos ("glesga", "edinbrugh"); a direct answer to "how old?"
("17", "seventeen") with nlu_components.person.answer_age_band. Crisis
messages are skipped: they are answered by the crisis rules, not used as answers.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import CRISIS_INTENTS, entity_values, latest_intent
from nlu_components.person import answer_age_band
from nlu_components.roles import stated_role
from services_db.geography import resolve_place
from services_db.vocab import AGE_BANDS, BY_NAME, GENDERS, NEED_CODES, ROLES


def merge_needs(current: list[str] | None, add: list[str], remove: list[str]) -> list[str]:
    """Needs in order of first mention, without duplicates, minus those ruled out."""
    merged = list(dict.fromkeys([*(current or []), *add]))
    return [n for n in merged if n in NEED_CODES and n not in remove]


class ActionExtractContext(Action):
    def name(self) -> str:
        return "action_extract_context"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        if latest_intent(tracker) in CRISIS_INTENTS:
            return []
        events: list[dict[str, Any]] = []
        current = tracker.get_slot("needs") or []
        guessed = bool(entity_values(tracker, "need_guess"))
        # An answer to another question ("where are you?" "the big blue house") adds no
        # needs the model only guessed at.
        answering_other = tracker.get_slot("requested_slot") not in (None, "needs", "needs_confirmed")
        found = [] if guessed and answering_other else entity_values(tracker, "need")
        needs = merge_needs(current, found, entity_values(tracker, "not_need"))
        if needs != current:
            events.append(SlotSet("needs", needs))
            if guessed or tracker.get_slot("needs_guessed"):
                events += [SlotSet("needs_guessed", guessed), SlotSet("needs_confirmed", None)]

        areas = [a for a in entity_values(tracker, "council_area") if a in BY_NAME]
        statuses = entity_values(tracker, "place_status")
        if not areas and not statuses and tracker.get_slot("requested_slot") == "council_area":
            areas, statuses = self._answer_to_where(tracker.latest_message.get("text") or "")
        if areas:
            if areas[-1] != tracker.get_slot("council_area"):
                events.append(SlotSet("council_area", areas[-1]))
            if tracker.get_slot("place_status"):
                events.append(SlotSet("place_status", None))
        elif statuses and statuses[-1] in ("outside_scotland", "declined"):
            events += [SlotSet("council_area", None), SlotSet("place_status", statuses[-1])]

        if "today" in entity_values(tracker, "urgency") and tracker.get_slot("urgency") != "today":
            events.append(SlotSet("urgency", "today"))

        roles = [r for r in entity_values(tracker, "role") if r in ROLES]
        if roles and roles[-1] != tracker.get_slot("role") and self._may_set_role(tracker, roles[-1]):
            events.append(SlotSet("role", roles[-1]))

        bands = [b for b in entity_values(tracker, "age_band") if b in AGE_BANDS]
        if not bands and tracker.get_slot("requested_slot") == "age_band":
            band = answer_age_band(tracker.latest_message.get("text") or "")
            bands = [band] if band else []
        if bands and bands[-1] != tracker.get_slot("age_band"):
            events.append(SlotSet("age_band", bands[-1]))
        genders = [g for g in entity_values(tracker, "gender") if g in GENDERS]
        if genders and genders[-1] != tracker.get_slot("gender"):
            events.append(SlotSet("gender", genders[-1]))
        return events

    @staticmethod
    def _may_set_role(tracker: Tracker, role: str) -> bool:
        """An implied role fills an empty slot; only a stated one (or a button, or an
        answer to the role question) changes the role the conversation already has."""
        text = tracker.latest_message.get("text") or ""
        return (not tracker.get_slot("role") or text.startswith("/")
                or tracker.get_slot("requested_slot") == "role" or stated_role(text) == role)

    @staticmethod
    def _answer_to_where(text: str) -> tuple[list[str], list[str]]:
        """Resolve a direct answer to "where are you?" (no cue word needed, typos allowed)."""
        if text.startswith("/"):
            return [], []
        place = resolve_place(text)
        if place.council_area:
            return [place.council_area], []
        if place.outside_scotland:
            return [], ["outside_scotland"]
        if place.kind == "declined":
            return [], ["declined"]
        return [], []
