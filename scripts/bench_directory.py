"""Benchmark the service directory on clearly synthetic data (never shipped).

Generates directories of "Synthetic service N" entries in a temporary folder, then for
each size and database reports the load time (validate + one-transaction replace; wall
clock and this process's CPU time, which a busy machine disturbs less), the first plan
(which builds the in-memory cache) and plan() p50/p95 over random requests.

    python scripts/bench_directory.py [--sizes 1000,10000,100000] [--plans 300] [--no-postgres]

PostgreSQL: a scratch database with a unique name on 127.0.0.1:5432 (dropped afterwards).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services_db import vocab  # noqa: E402
from services_db.loader import load  # noqa: E402
from services_db.plan import build_plan  # noqa: E402

PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PER_FILE = 20
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def synthetic_directory(folder: Path, size: int, seed: int = 7) -> None:
    """Write ``size`` synthetic services, PER_FILE per organisation file."""
    rng = random.Random(seed)
    today = date(2026, 11, 1)
    for start in range(0, size, PER_FILE):
        org = f"synthetic-org-{start // PER_FILE}"
        lines = [f"organisation:\n  id: {org}\n  name: Synthetic organisation {start // PER_FILE}\n"
                 "services:\n"]
        for n in range(start, min(start + PER_FILE, size)):
            roll = rng.random()
            if roll < 0.8:
                areas = [rng.choice(vocab.COUNCIL_AREA_NAMES)]
            elif roll < 0.97:
                areas = [rng.choice(vocab.HEALTH_BOARDS)]
            else:
                areas = ["Scotland"]
            needs = rng.sample(vocab.NEED_CODES, rng.choice((1, 1, 2, 2, 3)))
            referral = rng.choice((["self"], ["self", "drop_in"], ["professional"], ["self", "professional"]))
            open_h = rng.choice((8, 9, 10))
            days = {d: f"{open_h:02d}:00-{open_h + 8:02d}:00" for d in DAYS[:5]}
            if rng.random() < 0.1:
                days["sat"] = "20:00-02:00"  # some overnight hours
            hours = "\n".join(f"      {d}: [\"{v}\"]" for d, v in days.items())
            verified = today - timedelta(days=rng.randrange(0, 700))
            lines.append(
                f"  - id: synthetic-service-{n}\n"
                f"    name: Synthetic service {n}\n"
                f"    needs: [{', '.join(needs)}]\n"
                f"    areas: [{', '.join(areas)}]\n"
                f"    referral: [{', '.join(referral)}]\n"
                f"    same_day: {'true' if rng.random() < 0.3 else 'false'}\n"
                f"    phones:\n      - number: \"0141 496 {n % 1000:04d}\"\n"
                f"    website: https://synthetic.invalid/service/{n}\n"
                f"    hours:\n{hours}\n"
                f"    source: https://synthetic.invalid/source/{n}\n"
                f"    last_verified: {verified.isoformat()}\n"
                f"    confidence: {'high' if rng.random() < 0.8 else 'medium'}\n")
        (folder / f"{org}.yml").write_text("".join(lines), encoding="utf-8")


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def bench(url: str, folder: Path, plans: int) -> dict[str, float]:
    engine = create_engine(url, future=True)
    t0, c0 = time.perf_counter(), time.process_time()
    result = load([folder], engine)
    load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    assert result.loaded, [str(e) for e in result.validation.errors[:5]]
    rng = random.Random(11)
    now = datetime(2026, 11, 24, 11, 0, tzinfo=timezone.utc)
    t0 = time.perf_counter()
    build_plan(["housing"], "Glasgow City", engine=engine, now=now)
    first_ms = (time.perf_counter() - t0) * 1000
    timings = []
    for _ in range(plans):
        needs = rng.sample(vocab.NEED_CODES, rng.choice((1, 2, 3)))
        area = rng.choice(vocab.COUNCIL_AREA_NAMES)
        t0 = time.perf_counter()
        plan = build_plan(needs, area, role=rng.choice(vocab.ROLES),
                          urgency=rng.choice((None, "urgent")), engine=engine, now=now)
        timings.append((time.perf_counter() - t0) * 1000)
        assert all(item["services"] for item in plan["items"])
    engine.dispose()
    return {"load_s": load_s, "load_cpu": load_cpu, "first_plan_ms": first_ms, "p50_ms": statistics.median(timings),
            "p95_ms": percentile(timings, 0.95)}


def postgres_database():
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT", future=True)
    name = f"bench_directory_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return admin, name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--plans", type=int, default=300)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    print(f"{'services':>9} {'database':<10} {'load s':>8} {'(cpu s)':>8} {'1st plan ms':>12} "
          f"{'plan p50 ms':>12} {'plan p95 ms':>12}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="synthetic-directory-") as tmp:
            folder = Path(tmp) / "organisations"
            folder.mkdir()
            synthetic_directory(folder, size)
            targets = [("sqlite", f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")]
            admin = name = None
            if not args.no_postgres:
                admin, name = postgres_database()
                targets.append(("postgresql", f"{PG_SERVER}/{name}"))
            try:
                for label, url in targets:
                    r = bench(url, folder, args.plans)
                    print(f"{size:>9} {label:<10} {r['load_s']:>8.2f} {r['load_cpu']:>8.2f} "
                          f"{r['first_plan_ms']:>12.1f} "
                          f"{r['p50_ms']:>12.2f} {r['p95_ms']:>12.2f}", flush=True)
            finally:
                if admin is not None:
                    with admin.connect() as conn:
                        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                    admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
