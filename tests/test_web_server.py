"""The web server forwards chat to the real Rasa REST channel on the same origin."""
import asyncio
import threading

import pytest
import requests
from aiohttp import web

from bot.server import create_app, upstream_for
from navigator.settings import Settings
from tests.conftest import free_port


class RunningWeb:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        asyncio.set_event_loop(self.loop)
        self.runner = web.AppRunner(create_app(self.settings))
        self.loop.run_until_complete(self.runner.setup())
        self.loop.run_until_complete(
            web.TCPSite(self.runner, "127.0.0.1", self.settings.web_port).start())
        self.ready.set()
        self.loop.run_forever()

    def __enter__(self):
        self.thread.start()
        assert self.ready.wait(10)
        return f"http://127.0.0.1:{self.settings.web_port}"

    def __exit__(self, *exc):
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


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
