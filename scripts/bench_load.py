"""Load benchmark: 20 conversations x 50 turns through the web server, for Rasa's bare
sample bot (reference), the navigator with 1 replica (in-memory and PostgreSQL tracker)
and with 2 replicas (PostgreSQL tracker, Redis locks, directory on PostgreSQL).

    make bench-load        # or: .venv/bin/python scripts/bench_load.py [--conversations N --turns T]

Everything runs on 127.0.0.1 and stops by itself; scratch databases are dropped at the end.
Prints one JSON line per configuration and a Markdown table for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiohttp import web  # noqa: E402

from bot.build import VENV_BIN, child_env, ensure_model  # noqa: E402
from bot.launcher import ensure_postgres_database  # noqa: E402
from bot.processes import Child, Stack  # noqa: E402
from bot.server import create_app  # noqa: E402
from navigator.settings import Settings  # noqa: E402
from scripts.load_test import LoadResult, run_load  # noqa: E402

PG = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/0")


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bare_bot(work: Path) -> Child:
    """Rasa's sample bot (`rasa init --no-prompt`), trained in a temp dir, as a child process."""
    print("bench: rasa init --no-prompt (trains the sample bot)", flush=True)
    subprocess.run([str(VENV_BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(work)],
                   cwd=work, env=child_env(), check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    model = sorted((work / "models").glob("*.tar.gz"))[-1]
    port = free_port()
    return Child("bare rasa", [str(VENV_BIN / "rasa"), "run", "--model", str(model), "-i",
                               "127.0.0.1", "-p", str(port), "--credentials",
                               str(work / "credentials.yml")],
                 f"http://127.0.0.1:{port}/", child_env(), work / "rasa.log")


async def through_web(settings: Settings, label: str, conversations: int, turns: int) -> LoadResult:
    runner = web.AppRunner(create_app(settings), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", settings.web_port).start()
    try:
        await run_load(f"http://127.0.0.1:{settings.web_port}", 2, 2, label="warm-up")
        return await run_load(f"http://127.0.0.1:{settings.web_port}", conversations, turns,
                              label=label, prefix="bench")
    finally:
        await runner.cleanup()


def base_settings(**kw) -> Settings:
    return replace(Settings(), web_port=free_port(), rasa_auth_token=None, action_url=None,
                   rate_limit_per_minute=10**9, rate_limit_burst=10**9, **kw)


def wait_ready(children: list[Child]) -> None:
    deadline = time.monotonic() + 300
    while not all(c.ready() for c in children):
        for c in children:
            if not c.alive():
                raise RuntimeError(f"{c.name} exited; see {c.log_path}")
        if time.monotonic() > deadline:
            raise TimeoutError("not ready")
        time.sleep(0.5)


def run_config(label: str, settings: Settings, model: Path, replicas: int, log_dir: Path,
               conversations: int, turns: int) -> LoadResult:
    ports = [(free_port(), free_port()) for _ in range(replicas)]
    stack = Stack(replace(settings, rasa_replicas=replicas), model, log_dir=log_dir, ports=ports)
    stack.start()
    try:
        wait_ready(stack.children)
        s = replace(stack.settings, rasa_urls=stack.rasa_urls)
        return asyncio.run(through_web(s, label, conversations, turns))
    finally:
        stack.stop()


def drop_database(url: str) -> None:
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url
    target = make_url(url)
    engine = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--turns", type=int, default=50)
    args = parser.parse_args()
    n, t = args.conversations, args.turns
    work = Path(tempfile.mkdtemp(prefix="nwd-bench-"))
    model = ensure_model()
    tag = uuid.uuid4().hex[:8]
    tracker_url, directory_url = f"{PG}/nwd_bench_tracker_{tag}", f"{PG}/nwd_bench_dir_{tag}"
    results: list[LoadResult] = []
    try:
        (work / "bare").mkdir()
        bare = bare_bot(work / "bare")
        bare.start()
        try:
            wait_ready([bare])
            results.append(asyncio.run(through_web(
                base_settings(rasa_urls=(bare.ready_url.rstrip("/"),)),
                "Rasa sample bot (rasa init), 1 server", n, t)))
        finally:
            bare.stop()
        results.append(run_config("navigator, 1 replica, in-memory tracker", base_settings(),
                                  model, 1, work, n, t))
        ensure_postgres_database(tracker_url)
        results.append(run_config("navigator, 1 replica, PostgreSQL tracker + Redis lock",
                                  base_settings(tracker_store_url=tracker_url,
                                                lock_store_url=REDIS), model, 1, work, n, t))
        ensure_postgres_database(directory_url)
        subprocess.run([sys.executable, "-m", "services_db", "load", "--db", directory_url],
                       cwd=ROOT, env=child_env(), check=True, stdout=subprocess.DEVNULL)
        results.append(run_config(
            "navigator, 2 replicas, PostgreSQL tracker + Redis lock + PostgreSQL directory",
            base_settings(tracker_store_url=tracker_url, lock_store_url=REDIS,
                          db_url=directory_url), model, 2, work, n, t))
    finally:
        for url in (tracker_url, directory_url):
            try:
                drop_database(url)
            except Exception as exc:  # report, never hide
                print(f"bench: could not drop {url}: {exc}", file=sys.stderr)
    for r in results:
        print(json.dumps(r.summary()))
    ref = results[0].sent / results[0].seconds
    print(f"\n{n} conversations x {t} turns, {platform.node()}, {os.cpu_count()} cores, "
          f"{time.strftime('%Y-%m-%d')}\n")
    print("| configuration | req/s | vs sample bot | p50 ms | p95 ms | p99 ms | errors | lost | misrouted |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        s = r.summary()
        print(f"| {r.label} | {s['throughput_rps']} | {s['throughput_rps'] / ref:.2f}x | "
              f"{s['p50_ms']} | {s['p95_ms']} | {s['p99_ms']} | {s['errors']} | {s['lost']} | "
              f"{s['misordered']} |")


if __name__ == "__main__":
    main()
