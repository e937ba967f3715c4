"""The web server's own APIs and pages, without Rasa: worker plans, forget, CORS, widget.js."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
import requests
from aiohttp import web
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.api import URGENCY, WHO, validate
from services_db.vocab import AGE_BANDS
from crisis.responses import load_responses
from navigator.settings import Settings
from services_db import vocab
from tests.conftest import free_port
from tests.web_support import RunningWeb

PARTNER = "http://partner.example"


class FakeRasa:
    """A stand-in REST channel that records what it was asked to forget."""

    def __init__(self):
        self.forgotten: list[str] = []
        self.app = web.Application()
        self.app.router.add_post("/webhooks/rest/forget", self.forget)
        self.app.router.add_post("/webhooks/rest/webhook", self.webhook)

    async def forget(self, request):
        self.forgotten.append((await request.json())["sender"])
        return web.json_response({})

    async def webhook(self, request):
        return web.json_response([{"text": "hello"}])


@pytest.fixture(scope="module")
def fake_rasa():
    fake = FakeRasa()
    running = RunningWeb(Settings(), app=fake.app, port=free_port())
    running.start()
    yield fake, running.url
    running.stop()


@pytest.fixture(scope="module")
def web_url(directory_url, fake_rasa):
    settings = replace(Settings(), web_port=free_port(), db_url=directory_url,
                       rasa_urls=(fake_rasa[1],), widget_origins=(PARTNER,))
    with RunningWeb(settings) as url:
        yield url


def plan(web_url, **body):
    return requests.post(f"{web_url}/api/plan", json=body, timeout=30)


def test_plan_for_a_postcode_covers_every_need(web_url):
    r = plan(web_url, needs=["housing", "treatment"], place="G31 2AB", urgency="today")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["place"]["council_area"] == "Glasgow City"
    p = body["plan"]
    assert p["type"] == "referral_plan" and p["needs"] == ["housing", "treatment"]
    assert all(item["services"] for item in p["items"])
    assert all(s["why"] for item in p["items"] for s in item["services"])


def test_summary_has_the_date_and_no_personal_data(web_url):
    r = plan(web_url, needs=["money"], place="G31 2AB", **{"for": "client"}, age_band="18_24")
    text = r.json()["summary"]
    assert re.search(r"Referral plan, \d{1,2} \w+ 20\d\d", text)
    assert "Area: Glasgow City" in text and "Money, benefits and food" in text
    assert "G31" not in text and "18 to 24" not in text and "Age" not in text


def test_worker_role_prefers_worker_referral_routes(web_url):
    worker = plan(web_url, needs=["treatment"], place="Glasgow", **{"for": "client"}).json()["plan"]
    assert worker["role"] == "worker"


@pytest.mark.parametrize("body, field", [
    ({"needs": [], "place": "Fife"}, "needs"),
    ({"needs": ["unicorns"], "place": "Fife"}, "needs"),
    ({"needs": ["housing"], "place": "Narnia Upon Sea"}, "place"),
    ({"needs": ["housing"], "place": "Manchester"}, "place"),
    ({"needs": ["housing"], "place": "x" * 200}, "place"),
    ({"needs": ["housing"], "for": "boss"}, "for"),
    ({"needs": ["housing"], "age_band": "ancient"}, "age_band"),
    ({"needs": ["housing"], "urgency": "yesterday"}, "urgency"),
    ({"needs": [["housing"]]}, "needs"),
    ({"needs": ["housing"], "for": ["self"]}, "for"),
    ({"needs": ["housing"], "age_band": {"x": 1}}, "age_band"),
    ({"needs": ["housing"], "urgency": 3}, "urgency"),
    ({"needs": ["housing"], "place": 31}, "place"),
])
def test_invalid_form_gives_a_field_specific_400(web_url, body, field):
    r = plan(web_url, **body)
    assert r.status_code == 400
    assert field in r.json()["errors"], r.json()


def test_outside_scotland_is_said_plainly(web_url):
    r = plan(web_url, needs=["housing"], place="Manchester")
    assert "outside Scotland" in r.json()["errors"]["place"]


def test_no_place_gives_national_services(web_url):
    r = plan(web_url, needs=["mental_health"], place="")
    assert r.status_code == 200 and r.json()["plan"]["council_area"] is None


def test_not_json_is_a_400(web_url):
    assert requests.post(f"{web_url}/api/plan", data="needs=housing", timeout=10).status_code == 400


def test_worker_page_lists_every_need_label(web_url):
    page = requests.get(f"{web_url}/worker", timeout=10)
    assert page.status_code == 200 and "Content-Security-Policy" in page.headers
    for code, label in vocab.NEED_LABELS.items():
        assert f'value="{code}"' in page.text and label in page.text
    assert "<!--" not in page.text.split("</head>")[1]  # every placeholder filled


def test_widget_carries_the_reviewed_crisis_text(web_url):
    r = requests.get(f"{web_url}/widget.js", timeout=10)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/javascript")
    assert "/*NWD_DATA*/null" not in r.text
    data = load_responses()["responses"]
    for kind in ("overdose", "medical", "suicidal", "abuse", "child_at_risk"):
        assert data[kind]["first_line"] in r.text
    numbers = set(re.findall(r"\b(?:999|111|116 123|0800[\d ]+\d|85258)\b",
                             str(load_responses())))
    assert {"999", "111", "116 123", "85258", "0800 027 1234"} <= numbers
    for n in numbers:
        assert n in r.text, n


def test_forget_reaches_the_rasa_channel(web_url, fake_rasa):
    fake, _ = fake_rasa
    # navigator.sendBeacon sends the JSON as text/plain
    r = requests.post(f"{web_url}/api/forget", data='{"sender": "w-forget-me"}',
                      headers={"Content-Type": "text/plain;charset=UTF-8"}, timeout=10)
    assert r.status_code == 200 and "w-forget-me" in fake.forgotten
    assert requests.post(f"{web_url}/api/forget", json={"sender": ""}, timeout=10).status_code == 400


def test_forget_with_rasa_down_is_a_503():
    s = Settings(web_port=free_port(), rasa_urls=(f"http://127.0.0.1:{free_port()}",))
    with RunningWeb(s) as base:
        assert requests.post(f"{base}/api/forget", json={"sender": "x"}, timeout=30).status_code == 503


def test_cors_allows_listed_partners_only(web_url):
    ok = requests.options(f"{web_url}/api/chat", headers={
        "Origin": PARTNER, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"}, timeout=10)
    assert ok.status_code == 204 and ok.headers["Access-Control-Allow-Origin"] == PARTNER
    chat = requests.post(f"{web_url}/api/chat", json={"sender": "s1", "message": "hi"},
                         headers={"Origin": PARTNER}, timeout=10)
    assert chat.status_code == 200 and chat.headers["Access-Control-Allow-Origin"] == PARTNER
    bad = requests.post(f"{web_url}/api/chat", json={"sender": "s1", "message": "hi"},
                        headers={"Origin": "http://evil.example"}, timeout=10)
    assert bad.status_code == 403 and "Access-Control-Allow-Origin" not in bad.headers
    same = requests.post(f"{web_url}/api/chat", json={"sender": "s1", "message": "hi"},
                         headers={"Origin": web_url}, timeout=10)
    assert same.status_code == 200
    # the worker API is same-origin only: no CORS headers at all
    worker = requests.post(f"{web_url}/api/plan", json={"needs": ["housing"]},
                           headers={"Origin": PARTNER}, timeout=10)
    assert "Access-Control-Allow-Origin" not in worker.headers


def test_every_page_has_a_strict_csp(web_url):
    for path in ("/", "/worker", "/widget.js", "/static/widget.css", "/api/plan"):
        r = requests.get(web_url + path, timeout=10)
        csp = r.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, path
    pages = [requests.get(web_url + p, timeout=10).text for p in ("/", "/worker")]
    for html in pages:
        assert "<style" not in html and " style=" not in html
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script"


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda kids: st.lists(kids, max_size=3)
                           | st.dictionaries(st.text(max_size=8), kids, max_size=3), max_leaves=8)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["needs", "place", "for", "age_band", "urgency", "x"]),
                       json_values | st.lists(st.sampled_from(vocab.NEED_CODES), max_size=3))
       | json_values)
def test_any_json_body_is_checked_never_crashes(body):
    form, errors = validate(body)
    assert isinstance(errors, dict) and all(isinstance(m, str) and m for m in errors.values())
    if not errors:
        assert form["needs"] and set(form["needs"]) <= set(vocab.NEED_CODES)
        assert form["for"] in WHO and form["urgency"] in URGENCY
        assert form["age_band"] == "" or form["age_band"] in AGE_BANDS
