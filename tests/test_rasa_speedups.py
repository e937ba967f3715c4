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
    for _ in range(3):
        _action()._validate_action_result({"events": [], "responses": []})
    assert speedups._reply_validator.cache_info().misses == 1


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
