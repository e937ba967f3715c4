"""Benchmark: REST turn latency of the navigator against Rasa's bare sample bot.

Both bots run at the same time on this machine, on free 127.0.0.1 ports, and take turns:
five scripted 6-turn conversations of one, then five of the other (`--block`), so the
machine's busy moments fall on both. Until 7 December 2026 all of one bot's conversations
ran, then all of the other's (`--block` equal to `--conversations`), and the ratio moved
by 0.3 or more between runs. Turns of one conversation each (`--block 1`) raised the sample
bot's p95 more than the navigator's (docs/benchmarks.md; likely because every
conversation then starts on caches the other bot has just used), so that is not the
default. Every turn's round trip (POST /webhooks/rest/webhook) is timed. Prints p50/p95
per bot, the ratio navigator/sample, and full training times.

    .venv/bin/python scripts/bench_conversation.py [--conversations 20] [--block 5] [--skip-train-time] [--model M]

The sample bot is made with `rasa init --no-prompt` in a temporary folder and trained
there. The navigator uses the current model (bot.build.ensure_model) and a fresh SQLite
directory. Numbers go to docs/benchmarks.md ("## Conversation").
"""
from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Iterator

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.build import VENV_BIN, child_env, ensure_model  # noqa: E402
from nlu_components.training import RETUNE_VARIABLE  # noqa: E402
from bot.processes import Child, Stack  # noqa: E402
from navigator.settings import Settings  # noqa: E402

NAVIGATOR_TURNS = ["hi", "I need help with my drinking", "Dundee", "it's for me",
                   "/add_need", '/inform{"need": "money"}']
SAMPLE_TURNS = ["hi", "I am sad", "no", "yes", "are you a bot?", "bye"]
# The navigator caches the encoders' vectors of recent messages (short answers such as
# "hi", "Dundee" and "it's for me" really do repeat), so the opening message, which in
# real use is nearly always new, differs in every conversation: each costs its full
# encoder passes, as a new person's would.
_OPENERS = ["", "hiya, ", "hello, ", "hi there, ", "sorry to bother you, ", "morning, ", "evening, ",
            "um, ", "hey, ", "right, "]
_PROBLEMS = ["I need help with my drinking", "I want to stop drinking", "the drink is getting out of hand",
             "I'm drinking every day and want to cut down", "I need help to stop the bevvy"]


def navigator_turns(conversation: int) -> list[str]:
    """NAVIGATOR_TURNS with an opening message no earlier conversation used."""
    opener = _OPENERS[conversation % len(_OPENERS)]
    problem = _PROBLEMS[(conversation // len(_OPENERS)) % len(_PROBLEMS)]
    turns = list(NAVIGATOR_TURNS)
    turns[1] = (opener + problem)[0].upper() + (opener + problem)[1:]
    return turns


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_turns(url: str, turns, conversations: int, first: int = 0) -> list[float]:
    """Round-trip times of `conversations` conversations; `turns` is a list of messages,
    or a function of the conversation's number that returns one."""
    times = []
    for n in range(first, first + conversations):
        sender = "bench-" + uuid.uuid4().hex
        for text in (turns(n) if callable(turns) else turns):
            start = time.perf_counter()
            r = requests.post(f"{url}/webhooks/rest/webhook",
                              json={"sender": sender, "message": text}, timeout=60)
            r.raise_for_status()
            times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times: list[float]) -> dict:
    return {"turns": len(times), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(percentile(times, 0.95), 1), "mean_ms": round(statistics.mean(times), 1)}


def train(args: list[str], cwd: Path, **env: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(VENV_BIN / "rasa"), "train", *args], cwd=cwd, env=child_env(**env),
                   check=True, capture_output=True)
    return round(time.perf_counter() - start, 1)


@contextmanager
def navigator_server(work: Path, model: Path | None = None) -> Iterator[str]:
    """The navigator (Rasa and action servers, a fresh SQLite directory); yields its URL."""
    db = f"sqlite:///{work / 'directory.sqlite3'}"
    subprocess.run([sys.executable, "-m", "services_db", "load", "--db", db], cwd=ROOT,
                   env=child_env(), check=True, capture_output=True)
    settings = replace(Settings(), rasa_port=free_port(), action_port=free_port(), db_url=db,
                       rasa_auth_token=None, rasa_urls=(), action_url=None)
    stack = Stack(settings, model or ensure_model(), log_dir=work)
    stack.start()
    try:
        stack.wait_ready()
        yield stack.rasa_urls[0]
    finally:
        stack.stop()


@contextmanager
def sample_server(work: Path, timings: dict) -> Iterator[str]:
    """Rasa's sample bot (`rasa init`, trained here; its init and training time goes to
    timings["sample_init_and_train_s"]); yields its URL."""
    project = work / "sample"
    project.mkdir()
    start = time.perf_counter()
    subprocess.run([str(VENV_BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(project)],
                   cwd=work, env=child_env(), check=True, capture_output=True)
    timings["sample_init_and_train_s"] = round(time.perf_counter() - start, 1)
    model = sorted((project / "models").glob("*.tar.gz"))[-1]
    port = free_port()
    server = Child("sample rasa", [str(VENV_BIN / "rasa"), "run", "--model", str(model), "-i",
                                   "127.0.0.1", "-p", str(port), "--endpoints",
                                   str(project / "endpoints.yml")],
                   f"http://127.0.0.1:{port}/", child_env(), work / "sample-rasa.log")
    server.start()
    try:
        deadline = time.monotonic() + 240
        while not server.ready():
            if not server.alive() or time.monotonic() > deadline:
                raise RuntimeError("sample bot did not start")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


def interleaved(navigator_url: str, sample_url: str, conversations: int,
                block: int = 5) -> tuple[list[float], list[float]]:
    """Round-trip times of both bots, taking turns `block` conversations at a time (which
    goes first alternates), after two warm-up conversations each: with short blocks both
    see the same machine, so a busy moment slows both rather than whichever bot was
    running at the time. `block` = `conversations` runs all of one bot's, then all of the
    other's. `block` = 1 raised the sample bot's p95 more than the navigator's (every
    conversation starts where the other bot has just run)."""
    time_turns(navigator_url, navigator_turns, 2)
    time_turns(sample_url, SAMPLE_TURNS, 2)
    navigator: list[float] = []
    sample: list[float] = []
    for k, start in enumerate(range(0, conversations, block)):
        size = min(block, conversations - start)
        turns = [lambda: navigator.extend(time_turns(navigator_url, navigator_turns, size, first=2 + start)),
                 lambda: sample.extend(time_turns(sample_url, SAMPLE_TURNS, size))]
        for run in (turns if k % 2 == 0 else turns[::-1]):
            run()
    return navigator, sample


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--skip-train-time", action="store_true",
                        help="do not retrain the navigator from scratch to time it")
    parser.add_argument("--block", type=int, default=5,
                        help="conversations per bot before the other bot's turn (default 5)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--model", type=Path, help="a navigator model archive other than the current one")
    args = parser.parse_args()
    if args.model and not args.model.is_file():
        # `rasa run --model` would quietly fall back to the newest model in models/
        parser.error(f"--model {args.model}: no such model archive")
    block = max(1, args.block)
    with tempfile.TemporaryDirectory(prefix="nwd-bench-") as tmp:
        work = Path(tmp)
        report: dict = {"conversations": args.conversations, "turns_per_conversation": 6,
                        "block": block}
        if not args.skip_train_time:
            report["navigator_train_s"] = train(
                ["--config", "config.yml", "--domain", "domain.yml", "--data", "data",
                 "--out", str(work / "models"), "--force"], ROOT,
                **{RETUNE_VARIABLE: "1"})  # full training: the need encoder fine-tuned from scratch
        report["model"] = (args.model or ensure_model()).name
        with navigator_server(work, args.model) as navigator_url, \
                sample_server(work, report) as sample_url:
            navigator, sample = interleaved(navigator_url, sample_url, args.conversations, block)
        report["navigator"], report["sample_bot"] = summary(navigator), summary(sample)
    report["ratio_p50"] = round(report["navigator"]["p50_ms"] / report["sample_bot"]["p50_ms"], 2)
    report["ratio_p95"] = round(report["navigator"]["p95_ms"] / report["sample_bot"]["p95_ms"], 2)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
