"""Start, watch and stop the navigator's server processes (action servers, Rasa servers).

Used by the launcher (`make run`, `make run-scaled`) and by the end-to-end tests, so both
start the stack the same way. Children get their own process group and are stopped by
PID; `Stack.revive()` restarts any that died (with back-off).

Replicas: settings.rasa_replicas Rasa servers on rasa_port, rasa_port+1, ... each with
its own action server on action_port, action_port+1, ... (Rasa's action endpoint takes
one URL, so every Rasa replica is paired with one action replica; a replica pair is the
unit of scaling). The web server picks the replica from the sender id.
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


def endpoints_yaml(settings: Settings, action_url: str | None = None) -> dict:
    """endpoints.yml content for one Rasa server: action server, tracker and lock stores."""
    endpoints: dict = {"action_endpoint": {"url": action_url or settings.action_endpoint}}
    if settings.tracker_store_url:
        endpoints["tracker_store"] = tracker_store_config(settings.tracker_store_url,
                                                          settings.tracker_expire_hours)
    if settings.lock_store_url:
        endpoints["lock_store"] = lock_store_config(settings.lock_store_url)
    return endpoints


def tracker_store_config(url: str, expire_hours: int = 24) -> dict:
    """The redacting SQL tracker store; the database is created if it is missing."""
    from urllib.parse import urlparse

    u = urlparse(url)
    return {
        "type": "rasa_ext.tracker_store.RedactingSQLTrackerStore",
        "dialect": "postgresql", "url": u.hostname, "port": u.port or 5432,
        "username": u.username or "postgres", "password": u.password or "",
        "db": (u.path or "/rasa").lstrip("/"), "login_db": "postgres",
        "expire_hours": expire_hours,
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
    restart_at: float | None = None  # when a dead child may be started again

    def start(self) -> None:
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            self.argv, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        if self.log_path:
            out.close()  # the child keeps its own copy

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
    """Action servers and Rasa servers for one settings object (one pair per replica)."""

    settings: Settings
    model: Path
    log_dir: Path | None = None
    # (rasa_port, action_port) per replica; default from settings.rasa_replicas
    ports: list[tuple[int, int]] | None = None
    children: list[Child] = field(default_factory=list)

    def __post_init__(self) -> None:
        s = self.settings
        defaulted = self.ports is None
        if self.ports is None:
            self.ports = [(s.rasa_port + i, s.action_port + i)
                          for i in range(max(1, s.rasa_replicas))]
        run_dir = Path(tempfile.mkdtemp(prefix="nwd-run-"))
        # A conversation lock left by a crashed Rasa replica expires after this (Rasa's
        # default is 60 s); a turn takes a few seconds, at most ~15 s of database retries.
        env = child_env(NAVIGATOR_DB_URL=s.db_url,
                        TICKET_LOCK_LIFETIME=os.environ.get("TICKET_LOCK_LIFETIME", "20"))
        single = len(self.ports) == 1
        for i, (rasa_port, action_port) in enumerate(self.ports):
            suffix = "" if single else f"-{i + 1}"
            action_url = (s.action_endpoint if single and defaulted
                          else f"http://{s.host}:{action_port}/webhook")
            endpoints = run_dir / f"endpoints{suffix}.yml"
            endpoints.write_text(yaml.safe_dump(endpoints_yaml(s, action_url), sort_keys=False))
            log = (lambda kind, sfx=suffix: self.log_dir / f"{kind}{sfx}.log"
                   if self.log_dir else None)
            rasa = [str(VENV_BIN / "rasa"), "run", "--model", str(self.model),
                    "-i", s.host, "-p", str(rasa_port), "--endpoints", str(endpoints),
                    "--credentials", str(ROOT / "credentials.yml")]
            if s.rasa_auth_token:
                rasa += ["--enable-api", "--auth-token", s.rasa_auth_token]
            self.children += [
                Child(f"action server{suffix}",
                      [sys.executable, "-m", "rasa_sdk", "--actions", "actions",
                       "-p", str(action_port), "--cors", ""],
                      f"http://{s.host}:{action_port}/health", env, log("actions")),
                Child(f"rasa server{suffix}", rasa, f"http://{s.host}:{rasa_port}/", env,
                      log("rasa")),
            ]

    @property
    def rasa_urls(self) -> tuple[str, ...]:
        return tuple(f"http://{self.settings.host}:{r}" for r, _ in self.ports or [])

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

    def revive(self, now: float | None = None) -> list[str]:
        """Restart children that died, each after a back-off (1 s, 2 s, 4 s ... 30 s).

        Call it every second or so; returns the names of the children started now.
        """
        now = time.monotonic() if now is None else now
        started = []
        for child in self.children:
            if child.alive():
                continue
            if child.restart_at is None:
                child.restart_at = now + min(30, 2 ** min(child.restarts, 5))
            elif now >= child.restart_at:
                child.restarts += 1
                child.restart_at = None
                child.start()
                started.append(child.name)
        return started

    def stop(self) -> None:
        for child in reversed(self.children):
            child.stop()
