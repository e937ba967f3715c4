"""rasa_ext.speedups: action-server replies are still validated, with the schema checked once."""
from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

import rasa_ext.channels  # noqa: F401  (importing the channel installs the fix, as in the server)
from rasa_ext import speedups


def test_the_channel_module_installs_the_prebuilt_validator():
    assert RemoteAction._validate_action_result is speedups._validate_action_result


def _action() -> RemoteAction:
    return RemoteAction("action_show_plan", None)


def test_a_valid_reply_passes():
    reply = {"events": [{"event": "slot", "name": "needs", "value": ["housing"]}],
             "responses": [{"text": "hello", "buttons": []}]}
    assert _action()._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", [
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [], "responses": ["a string, not an object"]},
    {"events": [{"event": "slot"}]},  # a slot event without its name
])
def test_an_invalid_reply_is_rejected_as_rasa_does(reply):
    with pytest.raises(ValidationError) as info:
        _action()._validate_action_result(reply)
    assert "Failed to validate Action server response" in info.value.message


def test_the_schema_is_checked_once_per_process():
    speedups._reply_validator.cache_clear()
    speedups._fast_reply_validator.cache_clear()
    for _ in range(3):
        _action()._validate_action_result({"events": [], "responses": []})
    assert speedups._reply_validator.cache_info().misses == 1
    assert speedups._fast_reply_validator.cache_info().misses == 1


def _every_kind_of_event() -> list[dict]:
    """One event of each type the action server may send, as Rasa writes them."""
    from rasa.shared.core import events as ev
    return [e.as_dict() for e in [
        ev.UserUttered("hi", {"name": "greet", "confidence": 0.9},
                       [{"entity": "need", "value": "housing", "start": 0, "end": 2}]),
        ev.ActionExecuted("action_show_plan", policy="RulePolicy", confidence=1.0),
        ev.SlotSet("needs", ["housing"]), ev.SlotSet("council_area", None),
        ev.EntitiesAdded([{"entity": "need", "value": "money"}]),
        ev.ReminderScheduled("greet", __import__("datetime").datetime(2026, 12, 7)),
        ev.ReminderCancelled(name="r"), ev.ActionExecutionRejected("referral_form"),
        ev.LoopInterrupted(True), ev.ActiveLoop("referral_form"), ev.ActiveLoop(None),
        ev.AllSlotsReset(), ev.ConversationResumed(), ev.ConversationPaused(),
        ev.FollowupAction("utter_greet"), ev.StoryExported(), ev.Restarted(), ev.UserUtteranceReverted(),
        ev.ActionReverted(), ev.BotUttered("hello", {"buttons": []}), ev.SessionStarted(),
    ]]


def _broken_variants(event: dict) -> list:
    """The event made wrong in each way a reply can be: a field dropped, a field of the wrong
    type, another event's name, a name no event has, not an object at all."""
    out = [{**event, "event": "no_such_event"}, {**event, "event": None}, {**event, "event": 3},
           {k: v for k, v in event.items() if k != "event"}, "slot", None, [event],
           {**event, "timestamp": "yesterday"}, {**event, "metadata": "x"}]
    for key in event:
        if key not in ("event",):
            out.append({k: v for k, v in event.items() if k != key})
            out.append({**event, key: {"not": "right"}})
            out.append({**event, key: 12345})
    for other in ("user", "slot", "bot", "action", "active_loop"):
        out.append({**event, "event": other})
    return out


def _passes(validator, reply) -> bool:
    try:
        validator.validate(reply)
        return True
    except ValidationError:
        return False


def test_checking_each_event_against_its_own_schema_passes_and_fails_what_the_whole_schema_does():
    full, fast = speedups._reply_validator(), speedups._fast_reply_validator()
    assert isinstance(fast, speedups._EventDispatchValidator)  # Rasa 3.6's schema is discriminated
    replies = []
    for event in _every_kind_of_event():
        replies.append({"events": [event], "responses": []})
        replies += [{"events": [bad]} for bad in _broken_variants(event)]
        replies.append({"events": [event, {"event": "slot", "name": "x", "value": 1}, event]})
    replies += [{}, {"events": None}, {"events": []}, {"responses": [{"text": "hi"}]}, {"responses": "x"},
                [], "reply", {"events": [{"event": "user", "parse_data": {"intent": "greet"}}]}]
    assert len(replies) > 400
    verdicts = [(_passes(full, reply), _passes(fast, reply)) for reply in replies]
    assert all(a == b for a, b in verdicts), [r for r, (a, b) in zip(replies, verdicts) if a != b][:3]
    assert sum(a for a, _ in verdicts) > 30 and sum(not a for a, _ in verdicts) > 200  # both kinds tested


def test_a_schema_whose_events_are_not_told_apart_by_name_is_used_whole():
    schema = {"type": "object", "properties": {"events": {"type": "array", "items": {
        "type": "object", "properties": {"event": {"type": "string"}}, "required": ["event"],
        "oneOf": [{"properties": {"event": {"const": "slot"}}}, {"required": ["name"]}]}}}}
    assert speedups._event_branches(schema) is None
    schema["properties"]["events"]["items"]["oneOf"][1] = {"properties": {"event": {"const": "slot"}}}
    assert speedups._event_branches(schema) is None  # the same name twice


def test_event_classes_are_resolved_as_rasa_does():
    from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered

    assert Event.resolve_by_type("slot") is SlotSet
    assert Event.resolve_by_type("user") is UserUttered
    assert Event.resolve_by_type("action") is ActionExecuted
    assert Event.resolve_by_type("nonsense", default=SlotSet) is SlotSet
    assert Event.resolve_by_type("topic") is None
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("nonsense")
    restored = Event.from_parameters({"event": "slot", "name": "needs", "value": ["housing"]})
    assert restored == SlotSet("needs", ["housing"])


def test_action_requests_use_a_shared_pool_and_the_same_json():
    import asyncio
    import json

    from rasa.utils.endpoints import EndpointConfig

    async def sessions():
        config = EndpointConfig("http://127.0.0.1:9/webhook", headers={"X-Test": "1"})
        first, second = config.session(), config.session()
        pool = first.connector
        try:
            assert pool is second.connector and not pool.closed
            body = {"tracker": {"latest_message": {"text": "caf\u00e9 / 100%"}}, "n": [1.5, None]}
            assert json.loads(first._json_serialize(body)) == body
            assert first.headers["X-Test"] == "1"
        finally:
            await first.close()
            await second.close()
        assert not pool.closed  # the pool outlives each session

    asyncio.run(sessions())
