"""Do the sentence embeddings pay for themselves? The same classifiers with and without them.

Trains the need, role and crisis models exactly as the NLU components do (same data, same
seeds), once with the all-MiniLM-L6-v2 embedding columns and once with those columns set
to zero (character and word n-grams and the lexicon verdicts only), and scores both on the
test sets in tests/data (never trained on). Crisis figures use the full layered decision
(crisis.decide: lexicon first). Also prints the embedding's cost: milliseconds per message
and the model package's size on disk. Pure Python (no Rasa server); about 3 minutes.

    .venv/bin/python scripts/compare_embeddings.py [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crisis.decide import decide  # noqa: E402
from nlu_components.embedder import embed, model_dir  # noqa: E402
from nlu_components.need_tagger import decide_needs  # noqa: E402
from nlu_components.training import _embed_training, train_crisis_model, train_need_models  # noqa: E402

DATA = ROOT / "tests" / "data"


def _blank(texts) -> np.ndarray:
    return np.zeros_like(_embed_training(texts))


def _score(need_models, crisis_model, emb, name: str) -> dict:
    rows = yaml.safe_load((DATA / f"nlu_{name}.yml").read_text())
    texts = [r["text"] for r in rows]
    base = need_models.features.transform(texts, emb(texts))
    probs = need_models.needs.probabilities(texts, base)
    tp = fp = fn = 0
    for r, p in zip(rows, probs):
        got, gold = set(decide_needs(r["text"], p)[0]), set(r["needs"])
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    roles = need_models.role.predict(texts, base)
    crisis_rows = yaml.safe_load((DATA / f"crisis_{name}.yml").read_text())
    ctexts = [r["text"] for r in crisis_rows]
    cprobs = crisis_model.probabilities(ctexts, crisis_model.features.transform(ctexts, emb(ctexts)))
    got = [decide(t, p).type for t, p in zip(ctexts, cprobs)]
    crises = [g for g, r in zip(got, crisis_rows) if r["crisis"]]
    calm = [g for g, r in zip(got, crisis_rows) if not r["crisis"]]
    must = [g for g, r in zip(got, crisis_rows) if r["kind"] in ("explicit", "overdose_in_progress")]
    ordinary = [decide(t, p).type for t, p in zip(texts, crisis_model.probabilities(texts, base))]
    return {
        "needs_micro_f1": round(2 * precision * recall / (precision + recall), 3),
        "role_accuracy": round(sum(a == r["role"] for a, r in zip(roles, rows)) / len(rows), 3),
        "crisis_recall": round(sum(g is not None for g in crises) / len(crises), 3),
        "explicit_and_overdose_caught": f"{sum(g is not None for g in must)}/{len(must)}",
        "false_alarms_look_alikes": round(sum(g is not None for g in calm) / len(calm), 3),
        "false_alarms_ordinary": f"{sum(g is not None for g in ordinary)}/{len(ordinary)}",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sets = [n for n in ("heldout", "final") if (DATA / f"nlu_{n}.yml").exists()]
    report: dict = {}
    for label, emb in (("with_embeddings", _embed_training), ("without_embeddings", _blank)):
        need_models, crisis_model = train_need_models(emb, tune=False), train_crisis_model(emb)
        report[label] = {name: _score(need_models, crisis_model, emb, name) for name in sets}
    sample = [r["text"] for r in yaml.safe_load((DATA / "nlu_final.yml").read_text())][:200]
    embed(sample[:5])  # warm up
    times = []
    for text in sample:
        start = time.perf_counter()
        embed([text])
        times.append((time.perf_counter() - start) * 1000)
    report["embedding_cost"] = {
        "ms_per_message_p50": round(statistics.median(times), 1),
        "ms_per_message_p95": round(sorted(times)[int(0.95 * len(times))], 1),
        "package_mb_on_disk": round(sum(f.stat().st_size for f in model_dir().rglob("*")
                                        if f.is_file()) / 1e6, 1),
    }
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
