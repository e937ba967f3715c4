"""How far two careful labellers agree on the test sets' needs and roles (a ceiling for the model).

A second labeller labelled a random sample of the held-out and final sets (120 each) and
the whole fourth and sixth to thirty-first sets from the texts alone, to docs/labelling.md
(the thirty-second's second labelling could not be made independent: docs/benchmarks.md).
This prints needs micro-F1 and role agreement between the two labellers,
and the model's own figures on the same sample for comparison. The sixth to twenty-first
sets' NLU files are training data since 6 December (data/labelled/needs/2026-12-testset-*.yml):
for them only the labellers' agreement is printed (the model has learnt their labels).

    .venv/bin/python scripts/labeller_agreement.py
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

DATA = ROOT / "tests" / "data"
TRAINING = ROOT / "data" / "labelled" / "needs"


def f1(pairs: list[tuple[set, set]]) -> float:
    tp = sum(len(a & b) for a, b in pairs)
    fp = sum(len(b - a) for a, b in pairs)
    fn = sum(len(a - b) for a, b in pairs)
    return round(2 * tp / (2 * tp + fp + fn), 3)


def main() -> int:
    import evaluate_nlu
    from bot.build import ensure_model

    agent = evaluate_nlu.load_agent(ensure_model())
    report = {}
    for path in sorted(DATA.glob("agreement_*.yml")):
        name = path.stem[len("agreement_"):]
        held_out = (DATA / f"nlu_{name}.yml").exists()
        first = DATA / f"nlu_{name}.yml" if held_out else TRAINING / f"2026-12-testset-{name}.yml"
        rows = yaml.safe_load(first.read_text())
        second = yaml.safe_load(path.read_text())
        sample = [rows[r["id"]] for r in second]
        agreement = {
            "messages": len(sample),
            "needs_f1_labeller_vs_labeller": f1([(set(r["needs"]), set(s["needs"]))
                                                 for r, s in zip(sample, second)]),
            "role_agreement_labeller_vs_labeller": round(
                sum(r["role"] == s["role"] for r, s in zip(sample, second)) / len(sample), 3),
        }
        if not held_out:
            report[name] = {**agreement, "trained_on": True}
            continue
        parsed = evaluate_nlu.predict(agent, [r["text"] for r in sample])
        model_needs = [set(evaluate_nlu.values(p, "need")) for p in parsed]
        model_roles = [(evaluate_nlu.values(p, "role") or [None])[0] for p in parsed]
        report[name] = {
            **agreement,
            "needs_f1_model_vs_first_labeller": f1([(set(r["needs"]), m)
                                                    for r, m in zip(sample, model_needs)]),
            "needs_f1_model_vs_second_labeller": f1([(set(s["needs"]), m)
                                                     for s, m in zip(second, model_needs)]),
            "role_accuracy_model_vs_first_labeller": round(
                sum(r["role"] == m for r, m in zip(sample, model_roles)) / len(sample), 3),
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
