"""The form's questions: one at a time, with quick replies, saying why we ask."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.messages import say


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
