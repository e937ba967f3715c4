"""validate_referral_form: what the form asks next, skips, unclear answers, crisis.

- A crisis message makes the form reject, so the crisis rules answer at once.
- Side questions (privacy, "are you a person", restart...) reject too; rules answer
  them and return to the form.
- Place and role can be skipped; an outside-Scotland answer ends the place question.
- An answer the form can't use gets one gentle retry with buttons; a second unclear
  place or role answer skips the question, so the conversation never loops.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import CRISIS_INTENTS, latest_intent
from actions.messages import say

FORM = "referral_form"
SIDE_INTENTS = frozenset({"ask_privacy", "bot_challenge", "ask_capabilities", "goodbye",
                          "start_again", "thanks", "ask_summary", "change_place", "add_need"})
SKIP_INTENTS = frozenset({"skip", "deny", "done"})
MAX_UNCLEAR = 2


def _unclear_count(tracker: Tracker, slot: str) -> int:
    value = tracker.get_slot("unclear") or ""
    name, _, count = value.partition(":")
    return int(count) if name == slot and count.isdigit() else 0


class ValidateReferralForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FORM}"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: dict[str, Any]) -> list[str]:
        slots = ["needs"]
        if not tracker.get_slot("place_status"):
            slots.append("council_area")
        if tracker.get_slot("role_status") != "skipped":
            slots.append("role")
        return slots

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        intent = latest_intent(tracker)
        if intent in CRISIS_INTENTS or intent in SIDE_INTENTS:
            return [ActionExecutionRejected(FORM)]
        # Re-state what this turn filled so Rasa counts it as form progress.
        events = [SlotSet(name, value) for name, value in tracker.slots_to_validate().items()]
        events += self._unfilled_answer(dispatcher, tracker, intent)
        tracker.add_slots(events)
        return events + await super().run(dispatcher, tracker, domain)

    def _unfilled_answer(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                         intent: str | None) -> list[dict[str, Any]]:
        asked = tracker.get_slot("requested_slot")
        filled = tracker.slots_to_validate()
        if filled.get("place_status") == "outside_scotland":
            say(dispatcher, "outside_scotland")
        elif filled.get("place_status") == "declined":
            say(dispatcher, "place_skipped")
        if not asked or asked in filled or (asked == "council_area" and "place_status" in filled):
            return [SlotSet("unclear", None)] if tracker.get_slot("unclear") else []
        if filled and intent not in SKIP_INTENTS:
            return []  # the person told us something else useful; ask again
        tries = _unclear_count(tracker, asked) + 1
        if asked == "council_area" and (intent in SKIP_INTENTS or tries >= MAX_UNCLEAR):
            say(dispatcher, "place_skipped")
            return [SlotSet("place_status", "declined" if intent in SKIP_INTENTS else "unknown"),
                    SlotSet("unclear", None)]
        if asked == "role" and (intent in SKIP_INTENTS or tries >= MAX_UNCLEAR):
            say(dispatcher, "role_skipped")
            return [SlotSet("role_status", "skipped"), SlotSet("unclear", None)]
        say(dispatcher, f"{asked}_unclear")  # the form then asks again
        return [SlotSet("unclear", f"{asked}:{tries}")]
