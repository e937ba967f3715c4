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
