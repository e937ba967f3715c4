"""validate_referral_form: what the form asks next, skips, unclear answers, crisis.

- A crisis message makes the form reject, so the crisis rules answer at once.
- Side questions (privacy, "are you a person", restart...) reject too; rules answer
  them and return to the form.
- Needs guessed from a misspelling are checked ("Just to check... Is that right?").
- Place and role can be skipped; an outside-Scotland answer ends the place question.
- Age band and gender are asked only when the answer would change the plan
  (services_db.plan.plan_questions), after needs, place and role; both can be skipped.
- It sends the place, role and check questions itself (one action-server call less per
  question); the needs question is the domain's utter_ask_needs.
- An answer the form can't use gets one gentle retry with buttons; a second unclear
  place or role answer skips the question, so the conversation never loops.
"""
from __future__ import annotations

import logging
import time
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import CRISIS_INTENTS, latest_intent
from actions.messages import say
from services_db.plan import plan_questions
from services_db.vocab import AGE_BANDS, BY_NAME, GENDERS, NEED_CODES, NEED_LABELS, ROLES

log = logging.getLogger(__name__)
FORM = "referral_form"
SIDE_INTENTS = frozenset({"ask_privacy", "bot_challenge", "ask_capabilities", "goodbye",
                          "start_again", "thanks", "ask_summary", "change_place"})
SKIP_INTENTS = frozenset({"skip", "deny", "done"})
MAX_UNCLEAR = 2
ANSWER_SLOTS = frozenset({"needs", "needs_confirmed", "needs_guessed", "council_area", "role",
                          "place_status", "age_band", "gender"})
OPTIONAL = ("age_band", "gender")  # asked only when the answer changes the plan
SIDE_MIN_CONFIDENCE = 0.8  # below this, an answer is treated as an unclear answer, not a side question


def _unclear_count(tracker: Tracker, slot: str) -> int:
    value = tracker.get_slot("unclear") or ""
    name, _, count = value.partition(":")
    return int(count) if name == slot and count.isdigit() else 0


def _confidence(tracker: Tracker) -> float:
    return (tracker.latest_message.get("intent") or {}).get("confidence") or 0.0


def _set_this_turn(tracker: Tracker) -> dict[str, Any]:
    """Answer slots set since the person's latest message (by any action, not only the form)."""
    filled: dict[str, Any] = {}
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "slot" and event.get("name") in ANSWER_SLOTS \
                and event["name"] not in filled:
            filled[event["name"]] = event.get("value")
    return filled


def _fresh_answer(tracker: Tracker) -> bool:
    """True unless something already answered the latest message (a side-question rule)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "bot" or (
                event.get("event") == "action"
                and event.get("name") not in ("action_listen", "action_extract_slots", FORM)):
            return False
    return True


def _form_was_asking(tracker: Tracker) -> bool:
    """Was the form already active when the person sent their latest message?

    (At activation, e.g. after "Change place", the triggering intent must not reject.)
    """
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen_user = True
        elif seen_user and event.get("event") in ("active_loop", "restart"):
            return event.get("name") == FORM
    return False


_QUESTIONS_SECONDS = 30
_questions_seen: dict[tuple, tuple[float, list[str]]] = {}


def _questions(tracker: Tracker) -> list[str]:
    """The optional questions whose answer would change this person's plan.

    Remembered for 30 seconds per (needs, place, role, urgency): the SDK asks for the
    required slots several times while validating one message. After a directory reload
    the questions may lag by up to 30 seconds; the plan itself always reads the current
    directory.
    """
    key = (tuple(tracker.get_slot("needs") or ()), tracker.get_slot("council_area"),
           tracker.get_slot("role"), tracker.get_slot("urgency"))
    now = time.monotonic()
    seen = _questions_seen.get(key)
    if seen and now - seen[0] < _QUESTIONS_SECONDS:
        return seen[1]
    try:
        asks = plan_questions(list(key[0]), key[1], role=key[2], urgency=key[3])
    except Exception as exc:  # the directory is down: the plan step says so; ask nothing more
        log.warning("optional questions skipped: %s", type(exc).__name__)
        return []
    if len(_questions_seen) > 1000:
        _questions_seen.clear()
    _questions_seen[key] = (now, asks)
    return asks


class ValidateReferralForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FORM}"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: dict[str, Any]) -> list[str]:
        slots = ["needs"]
        if tracker.get_slot("needs_guessed"):
            slots.append("needs_confirmed")
        if not tracker.get_slot("place_status"):
            slots.append("council_area")
        if tracker.get_slot("role_status") != "skipped":
            slots.append("role")
        settled = (tracker.get_slot("needs") and (tracker.get_slot("council_area") or tracker.get_slot("place_status"))
                   and (tracker.get_slot("role") or tracker.get_slot("role_status") == "skipped"))
        if settled:
            slots += [q for q in _questions(tracker)
                      if tracker.get_slot(q) is not None or tracker.get_slot(f"{q}_status") != "skipped"]
        return slots

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        intent = latest_intent(tracker)
        # A fresh answer (not the form resuming after a rule answered a side question).
        fresh = _fresh_answer(tracker)
        side_question = intent in SIDE_INTENTS and _confidence(tracker) >= SIDE_MIN_CONFIDENCE
        if intent in CRISIS_INTENTS or (fresh and side_question and _form_was_asking(tracker)):
            return [ActionExecutionRejected(FORM)]
        # Re-state what this turn filled so Rasa counts it as form progress.
        events = [SlotSet(name, value) for name, value in tracker.slots_to_validate().items()]
        if fresh:
            events += self._unfilled_answer(dispatcher, tracker, intent)
        tracker.add_slots(events)
        events += await super().run(dispatcher, tracker, domain)
        if not any(e.get("event") == "slot" and e.get("name") == "requested_slot" for e in events):
            # the SDK leaves this to Rasa when the required slots equal the domain's list
            tracker.add_slots(events)
            required = await self.required_slots([], dispatcher, tracker, domain)
            events.append(SlotSet("requested_slot", next(
                (slot for slot in required if tracker.get_slot(slot) is None), None)))
        self._ask_next(dispatcher, tracker, events)
        return events

    @staticmethod
    def _ask_next(dispatcher: CollectingDispatcher, tracker: Tracker,
                  events: list[dict[str, Any]]) -> None:
        """Ask the next question here, saving Rasa a call to a separate ask action.

        (The needs question is the domain's utter_ask_needs, which Rasa sends itself.)
        """
        asked = next((e.get("value") for e in reversed(events)
                      if e.get("event") == "slot" and e.get("name") == "requested_slot"), None)
        if asked == "needs_confirmed":
            labels = [NEED_LABELS[n].lower() for n in tracker.get_slot("needs") or []]
            say(dispatcher, "ask_needs_confirmed", needs=", ".join(labels))
        elif asked in ("council_area", "role"):
            say(dispatcher, f"ask_{asked}")
        elif asked in OPTIONAL:
            about_someone_else = tracker.get_slot("role") in ("family", "worker")
            say(dispatcher, f"ask_{asked}" + ("_other" if about_someone_else else ""))

    async def extract_needs_confirmed(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                      domain: dict[str, Any]) -> dict[str, Any]:
        """Yes keeps the guessed needs; no clears them so the form asks again."""
        if tracker.get_slot("requested_slot") != "needs_confirmed":
            return {}
        intent = latest_intent(tracker)
        if intent == "affirm":
            return {"needs_confirmed": True}
        if intent in ("deny", "skip"):
            return {"needs_confirmed": None, "needs": None, "needs_guessed": False}
        return {}

    def validate_needs(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: dict[str, Any]) -> dict[str, Any]:
        needs = [n for n in value or [] if n in NEED_CODES]
        return {"needs": needs or None}

    def validate_council_area(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: dict[str, Any]) -> dict[str, Any]:
        return {"council_area": value if value in BY_NAME else None}

    def validate_role(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                      domain: dict[str, Any]) -> dict[str, Any]:
        return {"role": value if value in ROLES else None}

    def validate_age_band(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                          domain: dict[str, Any]) -> dict[str, Any]:
        return {"age_band": value if value in AGE_BANDS else None}

    def validate_gender(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: dict[str, Any]) -> dict[str, Any]:
        return {"gender": value if value in GENDERS else None}

    def _unfilled_answer(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                         intent: str | None) -> list[dict[str, Any]]:
        asked = tracker.get_slot("requested_slot")
        if asked == "needs_confirmed" and intent in ("affirm", "deny", "skip"):
            return []  # extract_needs_confirmed handles the answer
        filled = _set_this_turn(tracker)
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
        if asked == "needs_confirmed" and tries >= MAX_UNCLEAR:
            return [SlotSet("needs_confirmed", True), SlotSet("unclear", None)]
        if asked in ("role", *OPTIONAL) and (intent in SKIP_INTENTS or tries >= MAX_UNCLEAR):
            say(dispatcher, "role_skipped")
            return [SlotSet(f"{asked}_status", "skipped"), SlotSet("unclear", None)]
        say(dispatcher, f"{asked}_unclear")  # the form then asks again
        return [SlotSet("unclear", f"{asked}:{tries}")]
