"""Evaluate the trained NLU on the held-out sets in tests/data (never used in training).

Loads the trained model (the same pipeline the bot runs, including the NeedTagger,
PlaceExtractor and CrisisDetector components; in two worker processes on 2 cores,
predict_parallel) and reports:
needs micro-F1 and per-need recall, council-area accuracy, role accuracy, and crisis
recall (overall, per kind, per type) with the false-alarm rate.

    .venv/bin/python scripts/evaluate_nlu.py [--model models/x.tar.gz] [--json out.json] [--set NAME]

`--set pooled` scores needs over every NLU set at once: the pooled micro-F1 with 95%
bootstrap intervals (resampling messages, and resampling whole sets), and each set's.

Without --model it uses the current model from bot.build.ensure_model() (training it
when the data changed). Message texts are never printed, only counts, unless --show-errors.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

from services_db.vocab import NEED_CODES  # noqa: E402


def available_sets() -> list[str]:
    """Names of the test sets in tests/data: an NLU file, a crisis file or both (the fifth
    to twenty-first sets' NLU files became training data on 6 December and the twenty-second
    to forty-first sets' on 7 December; their crisis files from the eleventh on are still
    test sets)."""
    return sorted({p.stem.split("_", 1)[1] for pattern in ("nlu_*.yml", "crisis_*.yml")
                   for p in DATA.glob(pattern)})


def load_agent(model: Path):
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog
    configure_structlog(logging.WARNING)  # debug logs would print the test messages
    return Agent.load(str(model))


def predict(agent, texts: list[str]) -> list[dict]:
    async def run() -> list[dict]:
        return [await agent.parse_message(text) for text in texts]
    return asyncio.run(run())


# What each worker process of predict_parallel is started with.
_ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
               "TF_INTER_OP_PARALLELISM_THREADS": "1", "TF_INTRA_OP_PARALLELISM_THREADS": "1"}


_WORKER_AGENT = None


def _start_worker(model: str) -> None:
    global _WORKER_AGENT
    _WORKER_AGENT = load_agent(Path(model))


def _predict_in_worker(texts: list[str]) -> list[dict]:
    return predict(_WORKER_AGENT, texts)


def predict_parallel(model: Path, texts: list[str], workers: int | None = None,
                     chunk: int = 40) -> list[dict]:
    """predict(load_agent(model), texts), spread over `workers` processes that each load
    the model (default: one per core, at most 2). A message's parse depends only on its
    text, so the results are the same (tests/test_nlu_quality.py checks).

    Each worker runs NumPy and TensorFlow on one thread: one message's matrices are small,
    and a second BLAS thread only spins (one process: 200 messages in 11.7 s of wall time
    for 22.9 s of CPU; on one thread 12.4 s for 12.3 s), so two one-thread workers parse
    about twice as many messages per second on 2 cores."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = workers or min(2, os.cpu_count() or 1)
    if workers < 2 or len(texts) <= chunk:
        return predict(load_agent(model), texts)
    parts = [texts[i:i + chunk] for i in range(0, len(texts), chunk)]
    saved = {k: os.environ.get(k) for k in _ONE_THREAD}
    os.environ.update(_ONE_THREAD)   # spawned workers inherit it before importing NumPy
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_start_worker, initargs=(str(model),)) as pool:
            return [parsed for part in pool.map(_predict_in_worker, parts) for parsed in part]
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def values(parsed: dict, entity: str) -> list[str]:
    return list(dict.fromkeys(e["value"] for e in parsed.get("entities", []) if e["entity"] == entity))


def score_nlu(rows: list[dict], parsed: list[dict]) -> tuple[dict, list[dict]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    area_ok = role_ok = 0
    errors = []
    for row, p in zip(rows, parsed):
        gold, got = set(row["needs"] or []), set(values(p, "need"))
        for need in NEED_CODES:
            tp[need] += need in gold and need in got
            fp[need] += need not in gold and need in got
            fn[need] += need in gold and need not in got
        area = (values(p, "council_area") or [None])[0]
        role = (values(p, "role") or [None])[0]
        area_ok += area == row["council_area"]
        role_ok += role == row["role"]
        if gold != got or area != row["council_area"] or role != row["role"]:
            errors.append({"text": row["text"], "needs": [sorted(gold), sorted(got)],
                           "council_area": [row["council_area"], area], "role": [row["role"], role]})
    TP, FP, FN = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision = TP / (TP + FP) if TP + FP else 0.0
    recall = TP / (TP + FN) if TP + FN else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "messages": len(rows),
        "needs_micro_precision": round(precision, 3),
        "needs_micro_recall": round(recall, 3),
        "needs_micro_f1": round(f1, 3),
        "per_need_recall": {n: round(tp[n] / (tp[n] + fn[n]), 3) if tp[n] + fn[n] else None
                            for n in NEED_CODES},
        "per_need_support": {n: tp[n] + fn[n] for n in NEED_CODES},
        "council_area_accuracy": round(area_ok / len(rows), 3),
        "role_accuracy": round(role_ok / len(rows), 3),
    }, errors


def need_counts(rows: list[dict], parsed: list[dict]) -> list[tuple[int, int, int]]:
    """Each message's needs as (true positives, false positives, false negatives)."""
    counts = []
    for row, p in zip(rows, parsed):
        gold, got = set(row["needs"] or []), set(values(p, "need"))
        counts.append((len(gold & got), len(got - gold), len(gold - got)))
    return counts


def micro_f1(counts: list[tuple[int, int, int]]) -> float:
    tp, fp, fn = (sum(c[i] for c in counts) for i in range(3))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def pooled_needs(counts_by_set: dict[str, list[tuple[int, int, int]]], resamples: int = 2000,
                 seed: int = 20261207) -> dict:
    """Needs micro-F1 over every message of every set at once (the issue's "held-out test
    set" taken as the union of all of them), with two 95% bootstrap intervals: resampling
    messages, and resampling whole sets (each set is one group of writers, so the second is
    the honest one for new writers)."""
    import random

    rng = random.Random(seed)
    names = list(counts_by_set)
    flat = [c for name in names for c in counts_by_set[name]]
    set_totals = {name: tuple(sum(c[i] for c in counts_by_set[name]) for i in range(3)) for name in names}

    def interval(samples: list[float]) -> list[float]:
        samples.sort()
        return [round(samples[int(0.025 * len(samples))], 3), round(samples[int(0.975 * len(samples)) - 1], 3)]

    by_message = [micro_f1([flat[rng.randrange(len(flat))] for _ in flat]) for _ in range(resamples)]
    by_set = [micro_f1([set_totals[rng.choice(names)] for _ in names]) for _ in range(resamples)]
    per_set = {name: round(micro_f1([set_totals[name]]), 3) for name in names}
    tp, fp, fn = (sum(total[i] for total in set_totals.values()) for i in range(3))
    return {
        "sets": len(names),
        "messages": len(flat),
        "needs_micro_f1": round(micro_f1(flat), 3),
        "needs_micro_precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
        "needs_micro_recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        "interval_95_resampling_messages": interval(by_message),
        "interval_95_resampling_sets": interval(by_set),
        "per_set_needs_micro_f1": per_set,
        "sets_under_0.90": sorted(name for name in names if micro_f1([set_totals[name]]) < 0.90),
    }


def crisis_of(parsed: dict) -> str | None:
    name = (parsed.get("intent") or {}).get("name") or ""
    return name[len("crisis_"):] if name.startswith("crisis_") else None


def score_crisis(rows: list[dict], predicted: list[str | None]) -> tuple[dict, list[dict]]:
    by_kind, by_type = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    caught = total = alarms = calm = type_ok = 0
    errors = []
    for row, got in zip(rows, predicted):
        if row["crisis"]:
            total += 1
            caught += got is not None
            type_ok += got == row["crisis"]
            by_kind[row["kind"]][0] += got is not None
            by_kind[row["kind"]][1] += 1
            by_type[row["crisis"]][0] += got is not None
            by_type[row["crisis"]][1] += 1
        else:
            calm += 1
            alarms += got is not None
        if got != row["crisis"]:
            errors.append({"text": row["text"], "expected": row["crisis"], "got": got})
    return {
        "messages": len(rows),
        "crisis_recall": round(caught / total, 3),
        "crisis_type_accuracy": round(type_ok / total, 3),
        "false_alarm_rate": round(alarms / calm, 3),
        "recall_by_kind": {k: f"{c}/{n}" for k, (c, n) in sorted(by_kind.items())},
        "recall_by_type": {k: f"{c}/{n}" for k, (c, n) in sorted(by_type.items())},
    }, errors


POOLED = "pooled"


def report_pooled(model: Path, json_path: Path | None) -> int:
    """Needs micro-F1 of every NLU set in tests/data, and over all of them at once."""
    sets = sorted(p.stem.split("_", 1)[1] for p in DATA.glob("nlu_*.yml"))
    rows = {name: yaml.safe_load((DATA / f"nlu_{name}.yml").read_text()) for name in sets}
    parsed = predict_parallel(model, [r["text"] for name in sets for r in rows[name]])
    counts, start = {}, 0
    for name in sets:
        counts[name] = need_counts(rows[name], parsed[start:start + len(rows[name])])
        start += len(rows[name])
    report = {"model": model.name, "set": POOLED, "needs": pooled_needs(counts)}
    print(json.dumps(report, indent=2))
    if json_path:
        json_path.write_text(json.dumps(report, indent=2))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--show-errors", action="store_true", help="print misclassified test messages")
    parser.add_argument("--set", choices=[*available_sets(), POOLED], default="heldout",
                        help="which test set in tests/data: nlu_<set>.yml and crisis_<set>.yml, "
                             "or the one of them that is there (see their headers); "
                             f"'{POOLED}': needs micro-F1 over every NLU set at once")
    args = parser.parse_args()
    if args.model is None:
        from bot.build import ensure_model
        args.model = ensure_model()
    if args.set == POOLED:
        return report_pooled(args.model, args.json)

    from crisis.detect import detect

    nlu_path = DATA / f"nlu_{args.set}.yml"
    nlu_rows = yaml.safe_load(nlu_path.read_text()) if nlu_path.exists() else []
    crisis_path = DATA / f"crisis_{args.set}.yml"
    crisis_rows = yaml.safe_load(crisis_path.read_text()) if crisis_path.exists() else []
    texts = [r["text"] for r in nlu_rows] + [r["text"] for r in crisis_rows]
    parsed = predict_parallel(args.model, texts)
    nlu_parsed, crisis_parsed = parsed[:len(nlu_rows)], parsed[len(nlu_rows):]
    report = {"model": args.model.name, "set": args.set}
    nlu_errors, alarms = [], []
    if nlu_rows:  # the eleventh to twenty-first sets keep only their crisis files
        report["nlu"], nlu_errors = score_nlu(nlu_rows, nlu_parsed)
        alarms = [r["text"] for r, p in zip(nlu_rows, nlu_parsed) if crisis_of(p)]
        report["nlu"]["crisis_false_alarms_on_ordinary_messages"] = f"{len(alarms)}/{len(nlu_rows)}"
    crisis_errors = []
    if crisis_rows:  # a set may keep only one of its two files
        report["crisis_pipeline"], crisis_errors = score_crisis(
            crisis_rows, [crisis_of(p) for p in crisis_parsed])
        report["crisis_lexicon_only"], _ = score_crisis(
            crisis_rows, [(h.type if h else None) for h in (detect(r["text"]) for r in crisis_rows)])
    print(json.dumps(report, indent=2))
    if args.show_errors:
        print(json.dumps({"nlu_errors": nlu_errors, "crisis_errors": crisis_errors,
                          "crisis_alarms_on_ordinary_messages": alarms}, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
