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


@pytest.mark.e2e
def test_rasa_api_and_action_server_are_not_reachable_through_the_web_server(rasa_stack):
    s = replace(Settings(), web_port=free_port(), rasa_urls=(rasa_stack.rasa_url,))
    token = {"token": rasa_stack.settings.rasa_auth_token}
    probes = ["/conversations/x/tracker", "/model/parse", "/status", "/version", "/webhook",
              "/health", "/actions", "/webhooks/rest/webhook", "/webhooks/rest/forget",
              "/api/../status", "/api/chat/../../status", "/%2e%2e/status", "/model"]
    with RunningWeb(s) as base:
        for path in probes:
            for method in ("GET", "POST"):
                r = requests.request(method, base + path, params=token, json={"text": "hi"},
                                     timeout=10)
                assert r.status_code in (403, 404, 405), (method, path, r.status_code)
                assert "rasa" not in r.text.lower() and "version" not in r.text.lower()


@pytest.mark.e2e
def test_rasa_http_api_needs_the_token(rasa_stack):
    url = rasa_stack.rasa_url
    assert requests.get(f"{url}/status", timeout=10).status_code == 401
    assert requests.get(f"{url}/status", params={"token": "wrong"}, timeout=10).status_code == 401
    assert requests.get(f"{url}/conversations/x/tracker", timeout=10).status_code == 401
    ok = requests.get(f"{url}/status", params={"token": rasa_stack.settings.rasa_auth_token},
                      timeout=10)
    assert ok.status_code == 200


def test_pages_carry_a_strict_content_security_policy():
    with _web() as base:
        for path in ("/", "/worker", "/widget.js", "/nope"):
            csp = requests.get(base + path, timeout=10).headers["Content-Security-Policy"]
            assert "default-src 'self'" in csp and "script-src 'self'" in csp
            assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
            assert "frame-ancestors" in csp and "object-src 'none'" in csp


def test_cors_allows_only_listed_widget_origins():
    with _web(widget_origins=("https://partner.example",)) as base:
        ok = requests.options(f"{base}/api/chat", headers={
            "Origin": "https://partner.example", "Access-Control-Request-Method": "POST"},
            timeout=10)
        assert ok.status_code == 204
        assert ok.headers["Access-Control-Allow-Origin"] == "https://partner.example"
        bad = requests.post(f"{base}/api/chat", json={"sender": "c1", "message": "hi"},
                            headers={"Origin": "https://evil.example"}, timeout=10)
        assert bad.status_code == 403 and "Access-Control-Allow-Origin" not in bad.headers


SECRET_WORDS = ("Quillonia", "Zarkovski", "Fernbrae")


@pytest.mark.e2e
def test_no_user_text_in_any_server_log_at_the_default_level(rasa_stack, sender, caplog):
    """Talk through the web server (all three servers), then search every log for the words."""
    import logging

    caplog.set_level(logging.INFO)
    s = replace(Settings(), web_port=free_port(), rasa_urls=(rasa_stack.rasa_url,))
    turns = [f"My name is {SECRET_WORDS[0]} {SECRET_WORDS[1]} and I need somewhere to stay",
             f"I live at 4 {SECRET_WORDS[2]} Road, Glasgow", "it's for me",
             f"{SECRET_WORDS[0]} wants to end it all",  # crisis path too
             "x" * 2000 + SECRET_WORDS[1]]            # over-long path
    with RunningWeb(s) as base:
        for text in turns:
            r = requests.post(f"{base}/api/chat", json={"sender": sender, "message": text},
                              timeout=60)
            assert r.status_code == 200
    logs = {p.name: p.read_text(errors="replace") for p in rasa_stack.log_dir.glob("*.log")}
    assert {"rasa.log", "actions.log"} <= set(logs)
    logs["web server (captured)"] = caplog.text
    for name, text in logs.items():
        for word in SECRET_WORDS:
            assert word not in text, f"{word!r} found in {name}"


def test_a_crisis_inside_an_over_long_message_is_still_answered():
    with _web() as base:
        text = "blah " * 300 + "my pal is blue and not breathing"
        r = requests.post(f"{base}/api/chat", json={"sender": "s5", "message": text}, timeout=30)
        assert r.status_code == 200
        texts = [m["text"] for m in r.json()["messages"]]
        assert texts[0].startswith("Call 999 now") and "too long" in texts[1]
        from bot.protect import MAX_SCAN_CHARS
        near_the_end = "blah " * ((MAX_SCAN_CHARS - 40) // 5) + "my pal is blue and not breathing"
        assert len(near_the_end) <= MAX_SCAN_CHARS
        r = requests.post(f"{base}/api/chat", json={"sender": "s7", "message": near_the_end}, timeout=30)
        assert [m["text"] for m in r.json()["messages"]][0].startswith("Call 999 now")
        calm = requests.post(f"{base}/api/chat", json={"sender": "s6", "message": "blah " * 300},
                             timeout=30)
        assert [m["text"] for m in calm.json()["messages"]][0].startswith("That message is too long")
