"""The deterministic crisis layer and the one place crisis text lives."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from crisis import crisis_text, detect
from crisis.sync_domain import DOMAIN, synced
from services_db.vocab import CRISIS_TYPES

DATA = Path(__file__).parent / "data"
HELDOUT = yaml.safe_load((DATA / "crisis_heldout.yml").read_text())
ALL_SETS = [row for name in ("dev", "heldout", "final")
            for row in yaml.safe_load((DATA / f"crisis_{name}.yml").read_text())]
MUST_CATCH = {"explicit", "overdose_in_progress"}


def _got(text: str) -> str | None:
    hit = detect(text)
    return hit.type if hit else None


def test_heldout_set_is_big_and_varied():
    kinds = Counter(row["kind"] for row in HELDOUT)
    assert len(HELDOUT) >= 100
    assert {"explicit", "overdose_in_progress", "coded", "third_party", "typo", "negation",
            "past", "mixed", "non_crisis"} <= set(kinds)
    assert {row["crisis"] for row in HELDOUT} - {None} == set(CRISIS_TYPES)


def test_every_explicit_and_overdose_in_progress_message_is_caught():
    """By the lexicon alone, in every set (dev, held-out, final)."""
    missed = [row["text"] for row in ALL_SETS
              if row["kind"] in MUST_CATCH and _got(row["text"]) is None]
    assert not missed


def test_no_false_alarms_on_negations_and_past_events():
    alarms = [row["text"] for row in ALL_SETS
              if row["kind"] in ("negation", "past") and _got(row["text"]) is not None]
    assert not alarms


def test_crisis_recall_and_false_alarms_on_heldout_set():
    crises = [r for r in HELDOUT if r["crisis"]]
    calm = [r for r in HELDOUT if not r["crisis"]]
    recall = sum(_got(r["text"]) is not None for r in crises) / len(crises)
    false_alarm = sum(_got(r["text"]) is not None for r in calm) / len(calm)
    assert recall >= 0.95, recall
    assert false_alarm <= 0.05, false_alarm


@pytest.mark.parametrize("text", [
    "I'm not going to hurt myself", "I used to self-harm",
    "my brother died of an overdose last year", "I would never kill myself",
    "I need emergency accommodation", "where can I get naloxone",
])
def test_negations_past_events_and_everyday_talk_are_not_crises(text):
    assert detect(text) is None


@pytest.mark.parametrize("text,expected", [
    ("my pal's not breathing", "overdose"),
    ("he took too many vallies and wont wake", "overdose"),
    ("I want to kill myself", "suicidal"),
    ("I've started self harming again", "self_harm"),
    ("he hits me", "abuse"),
    ("the weans are home alone", "child_at_risk"),
    ("he's having a seizure", "medical"),
])
def test_each_crisis_type_is_detected(text, expected):
    assert _got(text) == expected


def test_most_urgent_type_wins():
    assert _got("I want to end it, I've taken all my pills and I can't stay awake") == "overdose"


def test_crisis_text_has_the_contract_routes():
    assert crisis_text("overdose").startswith("Call 999 now")
    assert "999" in crisis_text("medical")
    for kind in ("suicidal", "self_harm"):
        assert "116 123" in crisis_text(kind) and "111" in crisis_text(kind)
    assert "0800 027 1234" in crisis_text("abuse")
    assert "999" in crisis_text("child_at_risk")


def test_domain_crisis_responses_are_generated_from_crisis_responses_yml():
    domain_text = DOMAIN.read_text(encoding="utf-8")
    assert domain_text == synced(domain_text), "run: python -m crisis.sync_domain"
    responses = yaml.safe_load(domain_text)["responses"]
    for kind in CRISIS_TYPES:
        assert responses[f"utter_crisis_{kind}"][0]["text"] == crisis_text(kind)
