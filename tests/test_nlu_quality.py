"""Quality gate on messages the model never trained on (tests/data/*_heldout.yml).

Loads the trained model in-process, with the same NeedTagger, PlaceExtractor and
CrisisDetector the bot runs. Full figures: scripts/evaluate_nlu.py (docs/benchmarks.md).
"""
from __future__ import annotations

import sys

import pytest
import yaml

from navigator.settings import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import evaluate_nlu  # noqa: E402

NEEDS_F1_FLOOR = 0.85


@pytest.fixture(scope="module")
def agent(trained_model):
    return evaluate_nlu.load_agent(trained_model)


def test_needs_micro_f1_on_the_heldout_set(agent):
    rows = yaml.safe_load((evaluate_nlu.DATA / "nlu_heldout.yml").read_text())
    assert len(rows) >= 300
    report, _ = evaluate_nlu.score_nlu(rows, evaluate_nlu.predict(agent, [r["text"] for r in rows]))
    assert report["needs_micro_f1"] >= NEEDS_F1_FLOOR, report
    assert report["council_area_accuracy"] >= 0.9, report


def test_every_explicit_and_overdose_crisis_is_caught_by_the_pipeline(agent):
    rows = [r for r in yaml.safe_load((evaluate_nlu.DATA / "crisis_heldout.yml").read_text())
            if r["kind"] in ("explicit", "overdose_in_progress")]
    parsed = evaluate_nlu.predict(agent, [r["text"] for r in rows])
    missed = [r["text"] for r, p in zip(rows, parsed) if evaluate_nlu.crisis_of(p) is None]
    assert not missed
