"""Security of the public web server: rate limit, crisis-safe fallback, no Rasa/action API
through it, token-protected Rasa API, CSP on pages, CORS allow-list."""
from __future__ import annotations

from dataclasses import replace

import pytest
import requests

from bot.protect import TokenBuckets
from navigator.settings import Settings
from tests.conftest import free_port
from tests.web_support import RunningWeb


def _web(**overrides) -> RunningWeb:
    s = replace(Settings(), web_port=free_port(),
                rasa_urls=(f"http://127.0.0.1:{free_port()}",), **overrides)
    return RunningWeb(s)


def test_token_bucket_allows_a_burst_then_the_sustained_rate():
    now = [0.0]
    buckets = TokenBuckets(rate=1.0, burst=3, clock=lambda: now[0])
    assert [buckets.take("a") for _ in range(3)] == [0, 0, 0]
    assert buckets.take("a") == pytest.approx(1.0)
    assert buckets.take("b") == 0  # another client has its own bucket
    now[0] += 1.0
    assert buckets.take("a") == 0


def test_chat_rate_limit_answers_429_with_a_friendly_json_message():
    with _web(rate_limit_per_minute=6, rate_limit_burst=2) as base:
        statuses = [requests.post(f"{base}/api/chat", json={"sender": "s1", "message": "hi"},
                                  timeout=30) for _ in range(4)]
        assert [r.status_code for r in statuses] == [503, 503, 429, 429]
        limited = statuses[-1]
        assert int(limited.headers["Retry-After"]) >= 1
        body = limited.json()
        assert body["error"] == "rate_limited"
        assert "999" in body["messages"][0]["text"] and "116 123" in body["messages"][0]["text"]
        # other routes are not limited
        assert requests.get(f"{base}/healthz", timeout=10).status_code == 200


def test_rasa_down_still_gives_crisis_text_for_a_crisis_message():
    with _web() as base:
        r = requests.post(f"{base}/api/chat", timeout=30, json={
            "sender": "s2", "message": "my pal is blue and not breathing after taking gear"})
        assert r.status_code == 503
        text = "\n".join(m["text"] for m in r.json()["messages"])
        assert text.startswith("Call 999 now") and "naloxone" in text


def test_rasa_down_gives_urgent_routes_for_an_ordinary_message():
    with _web() as base:
        r = requests.post(f"{base}/api/chat", json={"sender": "s3", "message": "housing in Fife"},
                          timeout=30)
        assert r.status_code == 503
        text = r.json()["messages"][0]["text"]
        assert "try again" in text and "999" in text and "116 123" in text
        assert "Content-Security-Policy" in r.headers


def test_an_empty_reply_from_rasa_is_replaced_by_the_urgent_routes():
    from aiohttp import web as aioweb

    async def empty(request):
        return aioweb.json_response([])

    fake = aioweb.Application()
    fake.router.add_post("/webhooks/rest/webhook", empty)
    port = free_port()
    with RunningWeb(Settings(), app=fake, port=port), \
            RunningWeb(replace(Settings(), web_port=free_port(),
                               rasa_urls=(f"http://127.0.0.1:{port}",))) as base:
        r = requests.post(f"{base}/api/chat", json={"sender": "s4", "message": "hello"},
                          timeout=30)
        assert r.status_code == 200
        assert "999" in r.json()["messages"][0]["text"]
