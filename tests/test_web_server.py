"""The web server forwards chat to the real Rasa REST channel on the same origin."""
import pytest
import requests

from bot.server import upstream_for
from navigator.settings import Settings
from tests.conftest import free_port
from tests.web_support import RunningWeb


def test_replica_choice_is_stable_per_sender():
    s = Settings(rasa_urls=("http://127.0.0.1:1", "http://127.0.0.1:2"))
    chosen = {upstream_for(s, f"sender-{i}") for i in range(50)}
    assert chosen == set(s.rasa_upstreams)
    assert all(upstream_for(s, "abc") == upstream_for(s, "abc") for _ in range(5))


def test_unreachable_rasa_gives_503_not_a_crash():
    s = Settings(web_port=free_port(), rasa_urls=(f"http://127.0.0.1:{free_port()}",))
    with RunningWeb(s) as base:
        r = requests.post(f"{base}/api/chat", json={"sender": "x1", "message": "hello"}, timeout=30)
        assert r.status_code == 503
        assert "Content-Security-Policy" in r.headers
        bad = requests.post(f"{base}/api/chat", data="not json", timeout=10)
        assert bad.status_code == 400


@pytest.mark.e2e
def test_chat_through_the_web_server_reaches_rasa(rasa_stack, sender):
    s = Settings(web_port=free_port(), rasa_urls=(rasa_stack.rasa_url,))
    with RunningWeb(s) as base:
        page = requests.get(base + "/", timeout=10)
        assert page.status_code == 200 and "Content-Security-Policy" in page.headers
        r = requests.post(f"{base}/api/chat",
                          json={"sender": sender, "message": "I've nowhere to stay in Glasgow"},
                          timeout=60)
        assert r.status_code == 200
        messages = r.json()["messages"]
        assert messages and any(m.get("text") for m in messages)
        # Rasa's HTTP API is not reachable through the web server's routes
        for path in ("/conversations/x/tracker", "/model/parse", "/webhooks/rest/webhook", "/status"):
            assert requests.get(base + path, timeout=10).status_code == 404
