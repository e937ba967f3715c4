"""End to end over HTTP: the real Rasa server and action server, the shipped directory.

A person says they have nowhere to stay in Glasgow; whatever the bot asks is answered
the way a person would; within a few turns a referral plan arrives with a housing
service that serves Glasgow City (or all of Scotland, never another area).
"""
import pytest

pytestmark = pytest.mark.e2e

ANSWERS = {"needs": "somewhere to stay", "council_area": "Glasgow", "role": "it's for me"}


def plans_in(messages):
    return [m["custom"] for m in messages
            if isinstance(m.get("custom"), dict) and m["custom"].get("type") == "referral_plan"]


def test_nowhere_to_stay_in_glasgow_gets_a_housing_plan(rasa_stack, sender):
    messages = rasa_stack.send(sender, "I've nowhere to stay in Glasgow")
    for _turn in range(5):
        if plans_in(messages):
            break
        asked = rasa_stack.tracker(sender)["slots"].get("requested_slot")
        assert asked in ANSWERS, f"bot asked for {asked!r} without a plan: {messages}"
        messages = rasa_stack.send(sender, ANSWERS[asked])
    plans = plans_in(messages)
    assert plans, f"no referral plan within 5 turns; last reply: {messages}"
    plan = plans[0]
    assert plan["council_area"] == "Glasgow City"
    assert "housing" in plan["needs"]
    housing = [item for item in plan["items"] if item["need"] == "housing"]
    assert housing and housing[0]["services"], plan
    for service in housing[0]["services"]:
        assert "housing" in service["needs"]
        assert "Glasgow City" in service["areas"] or "Scotland" in service["areas"] \
            or "NHS Greater Glasgow and Clyde" in service["areas"], service
        assert service["why"]
    assert any("Glasgow City" in s["areas"] for s in housing[0]["services"]), \
        "a local Glasgow housing route should come first"
    # the text rendering travels with the payload for text-only channels
    assert any(m.get("text") for m in messages)
    slots = rasa_stack.tracker(sender)["slots"]
    assert slots["council_area"] == "Glasgow City"
    assert "housing" in slots["needs"]


def test_overdose_message_gets_999_from_any_state(rasa_stack, sender):
    rasa_stack.send(sender, "I need help")  # may start a form
    reply = rasa_stack.send(sender, "my pal has taken something and he's not breathing")
    text = " ".join(m.get("text") or "" for m in reply)
    assert "999" in text
    assert rasa_stack.tracker(sender)["slots"]["crisis"] == "overdose"
