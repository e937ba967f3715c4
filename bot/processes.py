"""Start, watch and stop the navigator's server processes (action server, Rasa server).

Used by the launcher (`make run`) and by the end-to-end tests, so both start the
stack the same way. Children get their own process group and are stopped by PID.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.build import VENV_BIN, child_env
from navigator.settings import ROOT, Settings


def endpoints_yaml(settings: Settings) -> dict:
    """endpoints.yml content for this run: action server, tracker and lock stores."""
    endpoints: dict = {"action_endpoint": {"url": settings.action_endpoint}}
    if settings.tracker_store_url:
        endpoints["tracker_store"] = tracker_store_config(settings.tracker_store_url)
    if settings.lock_store_url:
        endpoints["lock_store"] = lock_store_config(settings.lock_store_url)
    return endpoints


def tracker_store_config(url: str) -> dict:
    from urllib.parse import urlparse

    u = urlparse(url)
    return {
        "type": "rasa_ext.tracker_store.RedactingSQLTrackerStore",
        "dialect": "postgresql", "url": u.hostname, "port": u.port or 5432,
        "username": u.username or "postgres", "password": u.password or "",
        "db": (u.path or "/rasa").lstrip("/"),
    }


def lock_store_config(url: str) -> dict:
    from urllib.parse import urlparse

    u = urlparse(url)
    return {"type": "redis", "url": u.hostname, "port": u.port or 6379,
            "db": int((u.path or "/0").lstrip("/") or 0), "key_prefix": "nwd"}


@dataclass
class Child:
    name: str
    argv: list[str]
    ready_url: str
    env: dict[str, str]
    log_path: Path | None = None
    proc: subprocess.Popen | None = None
    restarts: int = 0

    def start(self) -> None:
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            self.argv, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(self.ready_url, timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    def stop(self, timeout: float = 15) -> None:
        if not self.alive():
            return
        assert self.proc is not None
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)


@dataclass
class Stack:
    """The action server and the Rasa server for one settings object."""

    settings: Settings
    model: Path
    log_dir: Path | None = None
    children: list[Child] = field(default_factory=list)

    def __post_init__(self) -> None:
        s = self.settings
        run_dir = Path(tempfile.mkdtemp(prefix="nwd-run-"))
        endpoints = run_dir / "endpoints.yml"
        endpoints.write_text(yaml.safe_dump(endpoints_yaml(s), sort_keys=False))
        env = child_env(NAVIGATOR_DB_URL=s.db_url)
        log = (lambda n: self.log_dir / f"{n}.log") if self.log_dir else (lambda n: None)
        rasa = [str(VENV_BIN / "rasa"), "run", "--model", str(self.model),
                "-i", s.host, "-p", str(s.rasa_port), "--endpoints", str(endpoints),
                "--credentials", str(ROOT / "credentials.yml")]
        if s.rasa_auth_token:
            rasa += ["--enable-api", "--auth-token", s.rasa_auth_token]
        self.children = [
            Child("action server",
                  [sys.executable, "-m", "rasa_sdk", "--actions", "actions",
                   "-p", str(s.action_port), "--cors", ""],
                  f"http://{s.host}:{s.action_port}/health", env, log("actions")),
            Child("rasa server", rasa, f"http://{s.host}:{s.rasa_port}/", env, log("rasa")),
        ]

    def start(self) -> None:
        for child in self.children:
            child.start()

    def wait_ready(self, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        pending = list(self.children)
        while pending:
            for child in list(pending):
                if not child.alive():
                    raise RuntimeError(f"{child.name} exited with code {child.proc.returncode}"
                                       + (f"; see {child.log_path}" if child.log_path else ""))
                if child.ready():
                    pending.remove(child)
            if pending and time.monotonic() > deadline:
                raise TimeoutError(f"not ready after {timeout:.0f}s: {[c.name for c in pending]}")
            time.sleep(0.5)

    def stop(self) -> None:
        for child in reversed(self.children):
            child.stop()
