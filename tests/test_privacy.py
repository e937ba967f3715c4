"""Privacy: the forget route deletes a conversation; stored and logged data hold no user text."""
from __future__ import annotations

import pytest
import requests

pytestmark = pytest.mark.e2e


def _user_texts(tracker: dict) -> list[str]:
    return [e.get("text") for e in tracker["events"] if e["event"] == "user"]


def test_forget_deletes_the_conversation_from_the_tracker_store(rasa_stack, sender):
    rasa_stack.send(sender, "I need help with housing")
    assert _user_texts(rasa_stack.tracker(sender)) == ["I need help with housing"]

    r = requests.post(f"{rasa_stack.rasa_url}/webhooks/rest/forget", json={"sender": sender},
                      timeout=30)
    assert r.status_code == 200 and r.json() == {"forgotten": True}
    assert _user_texts(rasa_stack.tracker(sender)) == []


def test_forget_leaves_other_conversations_alone(rasa_stack, sender):
    other = sender + "-other"
    rasa_stack.send(other, "hello")
    requests.post(f"{rasa_stack.rasa_url}/webhooks/rest/forget", json={"sender": sender},
                  timeout=30).raise_for_status()
    assert _user_texts(rasa_stack.tracker(other)) == ["hello"]


@pytest.mark.parametrize("body", ["not json", '{"sender": 5}', "[]", "{}"])
def test_forget_rejects_bad_requests(rasa_stack, body):
    r = requests.post(f"{rasa_stack.rasa_url}/webhooks/rest/forget", data=body,
                      headers={"Content-Type": "application/json"}, timeout=30)
    assert r.status_code == 400


def test_rest_webhook_still_answers_like_rasa(rasa_stack, sender):
    replies = rasa_stack.send(sender, "hello")
    assert replies and all(m["recipient_id"] == sender for m in replies)


def test_redaction_removes_free_text_and_keeps_codes():
    from rasa_ext.redact import REDACTED, redact_event

    user = {"event": "user", "timestamp": 1.0, "text": "I'm Jo at 4 Elm Rd, help",
            "metadata": {"model_id": "m", "ip": "1.2.3.4"}, "input_channel": "rest",
            "parse_data": {"text": "I'm Jo at 4 Elm Rd, help", "intent": {"name": "inform",
                           "confidence": 0.9}, "entities": [{"entity": "council_area",
                           "value": "Elm Rd", "start": 10, "end": 16}],
                           "intent_ranking": [{"name": "inform", "confidence": 0.9}]}}
    out = redact_event(user)
    assert "Jo" not in str(out) and "Elm" not in str(out) and "1.2.3.4" not in str(out)
    assert out["parse_data"]["intent"]["name"] == "inform"
    assert out["parse_data"]["entities"] == [{"entity": "council_area", "value": REDACTED}]
    assert out["metadata"] == {"model_id": "m"}

    assert redact_event({"event": "bot", "text": "You said Jo", "data": {"custom": 1}}) == \
        {"event": "bot", "text": None, "data": {}}
    kept = [("needs", ["housing", "treatment"]), ("council_area", "Glasgow City"),
            ("role", "self"), ("crisis", "overdose"), ("requested_slot", "council_area"),
            ("unclear", "council_area:2"), ("place_status", "outside_scotland")]
    for name, value in kept:
        assert redact_event({"event": "slot", "name": name, "value": value})["value"] == value
    free = redact_event({"event": "slot", "name": "summary", "value": "my words here"})
    assert free["value"] == REDACTED
