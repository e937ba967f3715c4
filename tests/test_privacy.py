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


def _sqlite_store(tmp_path, **kw):
    from rasa.shared.core.domain import Domain

    from rasa_ext.tracker_store import RedactingSQLTrackerStore
    return RedactingSQLTrackerStore(Domain.empty(), dialect="sqlite",
                                    db=str(tmp_path / "tracker.db"), **kw)


def _tracker(sender: str, text: str):
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker(sender, [])
    for e in [ActionExecuted("action_listen"),
              UserUttered(text, {"name": "inform", "confidence": 1.0},
                          [{"entity": "council_area", "value": "Fife", "start": 0, "end": 4}]),
              SlotSet("needs", ["housing"]), SlotSet("free_text", text),
              BotUttered(f"You said {text}")]:
        tracker.update(e)
    return tracker


def test_redacting_store_writes_no_text_and_expires_idle_conversations(tmp_path):
    import asyncio
    import sqlite3
    import time

    store = _sqlite_store(tmp_path, expire_hours=1)
    asyncio.run(store.save(_tracker("old", "Quillonia lives in Fife")))
    asyncio.run(store.save(_tracker("new", "Zarkovski in Fife")))
    rows = sqlite3.connect(tmp_path / "tracker.db").execute("SELECT data FROM events").fetchall()
    dump = "\n".join(r[0] for r in rows)
    assert "Quillonia" not in dump and "Zarkovski" not in dump and "Fife" not in dump
    assert '"inform"' in dump and '"housing"' in dump
    restored = asyncio.run(store.retrieve("new"))
    needs = [e.value for e in restored.events if getattr(e, "key", None) == "needs"]
    assert needs == [["housing"]]
    assert restored.latest_message.intent["name"] == "inform"

    assert store.expire(now=time.time() + 1800) == 0   # younger than an hour: kept
    assert store.expire(now=time.time() + 7200) == 2   # idle over an hour: deleted
    assert asyncio.run(store.retrieve("new")) is None


def test_redacting_store_delete_forgets_one_conversation(tmp_path):
    import asyncio

    store = _sqlite_store(tmp_path)
    for sender in ("a", "b"):
        asyncio.run(store.save(_tracker(sender, "hello")))
    asyncio.run(store.delete("a"))
    assert asyncio.run(store.retrieve("a")) is None
    assert asyncio.run(store.retrieve("b")) is not None


@pytest.fixture(scope="module")
def scaled(request, trained_model):
    from tests.scale_support import shared_scaled_stack
    return shared_scaled_stack(request, trained_model)


@pytest.mark.postgres
@pytest.mark.redis
def test_postgres_tracker_rows_hold_no_user_text_and_forget_deletes_them(scaled, sender):
    words = ("Quillonia", "Zarkovski", "Fernbrae")
    for text in (f"I'm {words[0]} {words[1]}, I need somewhere to stay",
                 f"4 {words[2]} Road in Glasgow", "it's for me"):
        assert scaled.chat(sender, text).status_code == 200
    rows = scaled.pg.sql("tracker", f"SELECT type_name, intent_name, data FROM events "
                                    f"WHERE sender_id = '{sender}'")
    assert sum(line.startswith("user|inform|") for line in rows.splitlines()) >= 1
    assert sum(line.startswith("user|") for line in rows.splitlines()) == 3
    assert "Glasgow City" in rows and "housing" in rows      # codes are kept
    for word in words:
        assert word not in rows
    r = requests.post(f"{scaled.base}/api/forget", json={"sender": sender}, timeout=30)
    assert r.status_code == 200 and r.json() == {"forgotten": True}
    assert scaled.pg.sql("tracker", f"SELECT count(*) FROM events WHERE sender_id = '{sender}'"
                         ).strip() == "0"
