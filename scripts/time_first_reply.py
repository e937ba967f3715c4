"""Time `make run` from a cold start to the first chat reply through the web server.

Usage: python scripts/time_first_reply.py [--fresh-model]
--fresh-model deletes models/ and the SQLite directory first, so the time includes
building the directory and training. Starts `make run` in its own process group and
stops it with SIGINT (as Ctrl-C would) when the reply arrives.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def reply(port: int) -> list | None:
    body = json.dumps({"sender": "timing-probe", "message": "I've nowhere to stay in Glasgow"}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/chat", body,
                                 {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            data = json.load(r)
            return data.get("messages") if r.status == 200 else None
    except OSError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fresh-model", action="store_true")
    args = ap.parse_args()
    if args.fresh_model:
        shutil.rmtree(ROOT / "models", ignore_errors=True)
        (ROOT / "services_db" / "directory.sqlite3").unlink(missing_ok=True)
    port = int(os.environ.get("WEB_PORT", "8000"))
    start = time.monotonic()
    proc = subprocess.Popen(["make", "run"], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None:
            messages = reply(port)
            if messages:
                print(f"first reply after {time.monotonic() - start:.1f}s: "
                      f"{(messages[0].get('text') or '')[:60]!r}")
                break
            time.sleep(0.5)
        else:
            print(f"make run exited with {proc.returncode} before replying")
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        print(f"stopped cleanly: exit {proc.returncode}")


if __name__ == "__main__":
    main()
