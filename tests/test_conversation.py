"""End to end over REST: every conversation flow against the real Rasa and action servers.

Uses the lead's fixtures (tests/conftest.py): `rasa_stack` trains the model if needed and
starts both servers on free ports with a fresh directory database.
"""
from __future__ import annotations

import pytest

from crisis import crisis_text
from services_db.vocab import CRISIS_TYPES

pytestmark = pytest.mark.e2e


def plans(messages: list[dict]) -> list[dict]:
    return [m["custom"] for m in messages
            if isinstance(m.get("custom"), dict) and m["custom"].get("type") == "referral_plan"]


def text_of(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def payloads(messages: list[dict]) -> list[str]:
    return [b["payload"] for m in messages for b in m.get("buttons") or []]


def slots(stack, sender) -> dict:
    return stack.tracker(sender)["slots"]


def test_greeting_says_what_this_is_and_offers_the_needs(rasa_stack, sender):
    reply = rasa_stack.send(sender, "hello")
    text = text_of(reply).lower()
    assert "999" in text and "name" in text and "emergency" in text
    assert '/inform{"need": "housing"}' in payloads(reply)


def test_single_need_one_question_at_a_time_with_buttons(rasa_stack, sender):
    rasa_stack.send(sender, "hi")
    reply = rasa_stack.send(sender, '/inform{"need": "treatment"}')
    assert slots(rasa_stack, sender)["requested_slot"] == "council_area"
    assert "near you" in text_of(reply) and "/skip" in payloads(reply)
    reply = rasa_stack.send(sender, "Dundee")
    assert slots(rasa_stack, sender)["requested_slot"] == "role"
    reply = rasa_stack.send(sender, '/inform{"role": "self"}')
    plan = plans(reply)[0]
    assert plan["needs"] == ["treatment"] and plan["council_area"] == "Dundee City"
    assert plan["items"][0]["services"]
    assert "/add_need" in payloads(reply) and "/change_place" in payloads(reply)
    assert slots(rasa_stack, sender)["requested_slot"] is None


def test_worker_one_liner_gets_a_plan_in_one_turn(rasa_stack, sender):
    reply = rasa_stack.send(
        sender, "I'm a support worker, my client is just out of Barlinnie, homeless and needs "
                "his methadone restarted in Glasgow")
    plan = plans(reply)[0]
    assert set(plan["needs"]) == {"justice", "housing", "treatment"}
    assert plan["council_area"] == "Glasgow City" and plan["role"] == "worker"
    assert all(item["services"] for item in plan["items"])


def test_several_needs_from_one_message_accumulate_across_turns(rasa_stack, sender):
    rasa_stack.send(sender, "just out of jail, no house, no money")
    assert slots(rasa_stack, sender)["needs"] == ["justice", "housing", "money"]
    rasa_stack.send(sender, "and my head's mince")
    rasa_stack.send(sender, "no house")  # said again: no duplicate
    assert slots(rasa_stack, sender)["needs"] == ["justice", "housing", "money", "mental_health"]


def test_needing_help_tonight_puts_open_now_services_first(rasa_stack, sender):
    reply = rasa_stack.send(sender, "I've nowhere to sleep tonight in Glasgow")
    assert slots(rasa_stack, sender)["urgency"] == "today"
    assert plans(reply)[0]["council_area"] == "Glasgow City"


def test_a_close_misspelling_is_simply_understood(rasa_stack, sender):
    rasa_stack.send(sender, "benifits")
    state = slots(rasa_stack, sender)
    assert state["needs"] == ["money"] and state["requested_slot"] == "council_area"


def test_a_need_guessed_from_a_misspelling_is_checked_first(rasa_stack, sender):
    reply = rasa_stack.send(sender, "benifts")
    assert "Just to check" in text_of(reply) and "money" in text_of(reply)
    assert slots(rasa_stack, sender)["requested_slot"] == "needs_confirmed"
    rasa_stack.send(sender, "/deny")
    assert slots(rasa_stack, sender)["requested_slot"] == "needs"
    rasa_stack.send(sender, "benifts")
    reply = rasa_stack.send(sender, "/affirm")
    assert slots(rasa_stack, sender)["requested_slot"] == "council_area"


def test_a_need_can_be_removed(rasa_stack, sender):
    rasa_stack.send(sender, "I need help with housing and money")
    rasa_stack.send(sender, "not housing, I've got a flat")
    assert slots(rasa_stack, sender)["needs"] == ["money"]


def test_family_member_role_from_phrasing(rasa_stack, sender):
    reply = rasa_stack.send(sender, "my son is using heroin and I don't know what to do, we live in Paisley")
    state = slots(rasa_stack, sender)
    assert state["role"] == "family" and state["council_area"] == "Renfrewshire"
    assert "family" in plans(reply)[0]["needs"]


def test_a_reply_about_him_keeps_the_workers_role(rasa_stack, sender):
    rasa_stack.send(sender, "I'm a support worker, my client is just out of Barlinnie and homeless in Glasgow")
    assert slots(rasa_stack, sender)["role"] == "worker"
    rasa_stack.send(sender, "He's got a court date in January for an outstanding charge")
    reply = rasa_stack.send(sender, "He needs a GP as well")
    state = slots(rasa_stack, sender)
    assert state["role"] == "worker"
    assert {"justice", "physical_health"} <= set(state["needs"])
    assert plans(reply) and plans(reply)[-1]["role"] == "worker"


def test_a_relatives_own_words_keep_the_family_role_until_they_say_otherwise(rasa_stack, sender):
    rasa_stack.send(sender, "my son is on heroin and we live in Fife, what can I do")
    assert slots(rasa_stack, sender)["role"] == "family"
    rasa_stack.send(sender, "I'm not sleeping and I'm not short of money, I have my pension")
    assert slots(rasa_stack, sender)["role"] == "family"
    rasa_stack.send(sender, "actually it's for me, I'm drinking far too much")
    assert slots(rasa_stack, sender)["role"] == "self"


def test_place_from_misspelling_and_postcode_district(rasa_stack, sender):
    rasa_stack.send(sender, "I need a detox")
    rasa_stack.send(sender, "edinbrugh")
    assert slots(rasa_stack, sender)["council_area"] == "City of Edinburgh"
    rasa_stack.send(sender, "/change_place")
    assert slots(rasa_stack, sender)["requested_slot"] == "council_area"
    reply = rasa_stack.send(sender, "DD1")
    assert slots(rasa_stack, sender)["council_area"] == "Dundee City"


def test_place_and_role_can_be_skipped(rasa_stack, sender):
    rasa_stack.send(sender, '/inform{"need": "money"}')
    reply = rasa_stack.send(sender, "rather not say")
    assert "all of Scotland" in text_of(reply)
    state = slots(rasa_stack, sender)
    assert state["council_area"] is None and state["requested_slot"] == "role"
    reply = rasa_stack.send(sender, "/skip")
    plan = plans(reply)[0]
    assert plan["council_area"] is None and plan["items"][0]["services"]


def test_outside_scotland_gets_national_services(rasa_stack, sender):
    rasa_stack.send(sender, "I need naloxone")
    reply = rasa_stack.send(sender, "I live in Newcastle")
    assert "only know about services in Scotland" in text_of(reply)
    assert slots(rasa_stack, sender)["council_area"] is None


def test_unclear_place_gets_one_retry_then_moves_on(rasa_stack, sender):
    rasa_stack.send(sender, "I need a GP")
    reply = rasa_stack.send(sender, "the big blue house")
    assert "couldn't find that place" in text_of(reply)
    assert slots(rasa_stack, sender)["requested_slot"] == "council_area"
    reply = rasa_stack.send(sender, "somewhere over the rainbow")
    assert "all of Scotland" in text_of(reply) and plans(reply)


def test_add_another_need_after_the_plan(rasa_stack, sender):
    rasa_stack.send(sender, "I'm homeless in Perth")
    reply = rasa_stack.send(sender, "/add_need")
    assert '/inform{"need": "money"}' in payloads(reply)
    reply = rasa_stack.send(sender, '/inform{"need": "money"}')
    plan = plans(reply)[0]
    assert plan["needs"] == ["housing", "money"] and plan["council_area"] == "Perth and Kinross"


def test_case_notes_summary_has_the_date_and_no_message_text(rasa_stack, sender):
    rasa_stack.send(sender, "I'm homeless in Perth, my name is Jo Bloggs")
    reply = rasa_stack.send(sender, "/ask_summary")
    text = text_of(reply)
    assert text.startswith("Referral plan, ") and "Area: Perth and Kinross" in text
    assert "Jo Bloggs" not in text


@pytest.mark.parametrize("asked,opening", [
    ("needs", ["I'm in Glasgow"]),
    ("council_area", ["I need a detox"]),
    ("role", ['/inform{"need": "treatment"}', "Inverness"]),
])
@pytest.mark.parametrize("message,kind", [
    ("my pal's taken something and he's not breathing", "overdose"),
    ("I want to kill myself", "suicidal"),
    ("my partner hits me", "abuse"),
])
def test_crisis_interrupts_every_question_of_the_form(rasa_stack, sender, asked, opening, message, kind):
    for turn in opening:
        rasa_stack.send(sender, turn)
    assert slots(rasa_stack, sender)["requested_slot"] == asked
    reply = rasa_stack.send(sender, message)
    assert text_of(reply).startswith(crisis_text(kind))
    assert "/affirm" in payloads(reply)  # offers to carry on
    state = slots(rasa_stack, sender)
    assert state["crisis"] == kind and state["requested_slot"] is None


def test_carry_on_after_a_crisis_returns_to_the_questions(rasa_stack, sender):
    rasa_stack.send(sender, "I need a detox")
    rasa_stack.send(sender, "he's not breathing")
    rasa_stack.send(sender, "/affirm")
    assert slots(rasa_stack, sender)["requested_slot"] == "council_area"


@pytest.mark.parametrize("kind", CRISIS_TYPES)
def test_every_crisis_type_answers_with_its_fixed_text(rasa_stack, sender, kind):
    message = {"overdose": "she's gone blue and won't wake up",
               "medical": "he's having a seizure", "suicidal": "I don't want to live anymore",
               "self_harm": "I've been cutting myself", "abuse": "I'm scared of my boyfriend",
               "child_at_risk": "the weans are home alone"}[kind]
    reply = rasa_stack.send(sender, message)
    assert text_of(reply).startswith(crisis_text(kind))
    assert slots(rasa_stack, sender)["crisis"] == kind


@pytest.mark.parametrize("message", ["I'm not going to hurt myself", "I used to self-harm",
                                     "my brother died of an overdose last year"])
def test_negations_and_past_events_are_not_answered_as_crises(rasa_stack, sender, message):
    reply = rasa_stack.send(sender, message)
    assert "116 123" not in text_of(reply) and "Call 999 now" not in text_of(reply)
    assert slots(rasa_stack, sender)["crisis"] is None


def test_out_of_scope_and_gibberish_offer_the_needs(rasa_stack, sender):
    for message in ("what's the weather like", "qwzx vbnm"):
        reply = rasa_stack.send(sender, message)
        assert '/inform{"need": "treatment"}' in payloads(reply), message


@pytest.mark.parametrize("message,expected", [
    ("are you a real person", "116 123"),
    ("is this confidential", "don't need to give your name"),
    # a privacy question in words the intent model may take for a need (needs.py about_the_tool)
    ("if I say I'm on a tag does that get passed on to the police?", "don't need to give your name"),
    ("will my social worker see what I type here", "don't need to give your name"),
    ("what can you do", "support services"),
])
def test_questions_about_the_bot(rasa_stack, sender, message, expected):
    assert expected in text_of(rasa_stack.send(sender, message))


def test_side_question_inside_the_form_then_back_to_the_question(rasa_stack, sender):
    rasa_stack.send(sender, "I need a detox")
    reply = rasa_stack.send(sender, "is this confidential")
    assert "don't need to give your name" in text_of(reply)
    assert "Where in Scotland are you?" in text_of(reply) and "didn't understand" not in text_of(reply)
    assert slots(rasa_stack, sender)["requested_slot"] == "council_area"


def test_start_again_forgets_everything(rasa_stack, sender):
    rasa_stack.send(sender, "I'm homeless in Dundee")
    reply = rasa_stack.send(sender, "start again")
    assert "starting again" in text_of(reply)
    state = slots(rasa_stack, sender)
    assert state["needs"] in (None, []) and state["council_area"] is None


# --- age band and gender: asked only when they change the plan ----------------------------

def test_age_is_asked_when_it_changes_the_plan_and_shapes_it(rasa_stack, sender):
    """Treatment in the Borders includes a service for young people: age matters there."""
    rasa_stack.send(sender, "I need help with my drinking")
    rasa_stack.send(sender, "Galashiels")
    reply = rasa_stack.send(sender, '/inform{"role": "self"}')
    assert slots(rasa_stack, sender)["requested_slot"] == "age_band"
    assert "How old are you" in text_of(reply) and "/skip" in payloads(reply)
    assert '/inform{"age_band": "16_17"}' in payloads(reply)
    reply = rasa_stack.send(sender, "17")
    assert slots(rasa_stack, sender)["age_band"] == "16_17"
    young = plans(reply)[0]
    assert young["council_area"] == "Scottish Borders"
    rasa_stack.send(sender, "/change_place")
    rasa_stack.send(sender, "Galashiels")
    state = slots(rasa_stack, sender)
    assert state["age_band"] == "16_17" and state["requested_slot"] is None


def test_the_age_question_can_be_skipped(rasa_stack, sender):
    rasa_stack.send(sender, "I need help with my drinking")
    rasa_stack.send(sender, "Hawick")
    rasa_stack.send(sender, '/inform{"role": "self"}')
    reply = rasa_stack.send(sender, "/skip")
    state = slots(rasa_stack, sender)
    assert state["age_band"] is None and state["age_band_status"] == "skipped"
    assert plans(reply) and "skip" in text_of(reply).lower()


def test_an_age_in_the_first_message_is_used_without_asking(rasa_stack, sender):
    reply = rasa_stack.send(sender, "I'm 19 and need help to stop drinking, I live in Galashiels")
    state = slots(rasa_stack, sender)
    assert state["age_band"] == "18_24" and state["role"] == "self"
    assert plans(reply), text_of(reply)


def test_a_worker_one_liner_with_age_and_gender_shorthand(rasa_stack, sender):
    reply = rasa_stack.send(sender, "client 34M NFA in Galashiels, on methadone, needs a GP")
    state = slots(rasa_stack, sender)
    assert state["role"] == "worker" and state["age_band"] == "25_64" and state["gender"] == "man"
    assert plans(reply), text_of(reply)


def test_age_is_not_asked_when_it_changes_nothing(rasa_stack, sender):
    rasa_stack.send(sender, "I've nowhere to stay")
    rasa_stack.send(sender, "Dundee")
    reply = rasa_stack.send(sender, '/inform{"role": "self"}')
    assert plans(reply) and "How old" not in text_of(reply)
