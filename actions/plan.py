"""Plan actions: show the referral plan, the case-notes summary, forget the place, start again.

The plan comes from services_db.plan.build_plan (the same function the worker page
uses) and travels as one bot message: `custom` = the referral_plan payload,
`text` = its plain-text rendering for text-only channels.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from services_db.plan import build_plan, case_summary, render_text


def plan_for(tracker: Tracker) -> dict[str, Any]:
    return build_plan(tracker.get_slot("needs") or [], tracker.get_slot("council_area"),
                      role=tracker.get_slot("role"), urgency=tracker.get_slot("urgency"),
                      age_band=tracker.get_slot("age_band"), gender=tracker.get_slot("gender"))


class ActionShowPlan(Action):
    def name(self) -> str:
        return "action_show_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        if not tracker.get_slot("needs"):
            dispatcher.utter_message(response="utter_no_plan_yet")
            return []
        plan = plan_for(tracker)
        dispatcher.utter_message(text=render_text(plan), json_message=plan)
        return [SlotSet("unclear", None)]


class ActionCaseSummary(Action):
    """Plain-text summary to keep or show a worker, the same text as the worker page's.

    Date, needs, area, who it is for and the plan; no personal data, no message text.
    """

    def name(self) -> str:
        return "action_case_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        if not tracker.get_slot("needs"):
            dispatcher.utter_message(response="utter_no_plan_yet")
            return []
        text = case_summary(plan_for(tracker), role=tracker.get_slot("role"),
                            urgent=tracker.get_slot("urgency") == "today",
                            now=datetime.now(timezone.utc))
        dispatcher.utter_message(text=text)
        return []


class ActionForgetPlace(Action):
    def name(self) -> str:
        return "action_forget_place"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        return [SlotSet("council_area", None), SlotSet("place_status", None)]


class ActionStartAgain(Action):
    """Forget every slot (needs, place, role, crisis) and carry on in the same chat."""

    def name(self) -> str:
        return "action_start_again"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        return [AllSlotsReset()]
