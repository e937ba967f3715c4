"""The form's questions: one at a time, with quick replies, saying why we ask."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.messages import say
from services_db.vocab import NEED_LABELS


class ActionAskNeeds(Action):
    def name(self) -> str:
        return "action_ask_needs"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_ask_needs")
        return []


class ActionAskCouncilArea(Action):
    def name(self) -> str:
        return "action_ask_council_area"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        say(dispatcher, "ask_council_area")
        return []


class ActionAskRole(Action):
    def name(self) -> str:
        return "action_ask_role"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        say(dispatcher, "ask_role")
        return []


class ActionAskNeedsConfirmed(Action):
    def name(self) -> str:
        return "action_ask_needs_confirmed"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        labels = [NEED_LABELS[n].lower() for n in tracker.get_slot("needs") or []]
        say(dispatcher, "ask_needs_confirmed", needs=", ".join(labels))
        return []
