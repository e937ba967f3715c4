"""Intent accuracy on the blind intent sets in tests/data (intents_*.yml; never trained on).

Parses every message with the whole NLU pipeline the bot runs (the intent model, then the
NeedTagger's, PlaceExtractor's and CrisisDetector's overrides, as in a conversation) and
reports accuracy, each intent's recall and precision, how often the message fell back
(`nlu_fallback`: the bot then offers the need buttons, which is safe but a wasted turn),
and the commonest confusions. Message texts are printed only with --show-errors.

    .venv/bin/python scripts/evaluate_intents.py [--model models/x.tar.gz] [--json out.json] [--show-errors]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_nlu import DATA, predict_parallel  # noqa: E402

FALLBACK = "nlu_fallback"


def load_rows(paths: list[Path] | None = None) -> list[dict]:
    """Every labelled message of the blind intent sets (text, intent, after, file)."""
    rows = []
    for path in paths or sorted(DATA.glob("intents_*.yml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")):
            rows.append({**row, "file": path.name})
    return rows


def score(rows: list[dict], predicted: list[str]) -> dict:
    """Accuracy, per-intent recall and precision, fallback rate and confusions."""
    gold = Counter(r["intent"] for r in rows)
    said = Counter(predicted)
    right = Counter(r["intent"] for r, p in zip(rows, predicted) if r["intent"] == p)
    confusions = Counter((r["intent"], p) for r, p in zip(rows, predicted) if r["intent"] != p)
    return {
        "messages": len(rows),
        "accuracy": round(sum(right.values()) / len(rows), 3) if rows else 0.0,
        "fallback_rate": round(said[FALLBACK] / len(rows), 3) if rows else 0.0,
        "recall": {i: round(right[i] / gold[i], 3) for i in sorted(gold)},
        "precision": {i: round(right[i] / said[i], 3) if said[i] else None for i in sorted(gold)},
        "confusions": [f"{g} -> {p}: {n}" for (g, p), n in confusions.most_common(15)],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    if args.model is None:
        from bot.build import ensure_model
        args.model = ensure_model()
    rows = load_rows()
    parsed = predict_parallel(args.model, [r["text"] for r in rows])
    predicted = [(p.get("intent") or {}).get("name") or FALLBACK for p in parsed]
    figures = {"model": args.model.name, **score(rows, predicted)}
    print(json.dumps(figures, indent=1))
    if args.show_errors:
        for row, got in zip(rows, predicted):
            if got != row["intent"]:
                print(f"  {row['intent']:>16} -> {got:<16} [{row.get('after', '')}] {row['text']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
