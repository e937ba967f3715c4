"""Shared fixtures: the trained model, a directory database, and the real servers.

`rasa_stack` starts the real action server and Rasa server as subprocesses on free
127.0.0.1 ports (the same code `make run` uses), waits until both answer, and stops
them by PID at the end of the session.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import requests

from bot.build import child_env, ensure_model
from bot.processes import Stack
from navigator.settings import ROOT, Settings

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def trained_model() -> Path:
    return ensure_model()


@pytest.fixture(scope="session")
def directory_url(tmp_path_factory) -> str:
    """A fresh SQLite directory built from the shipped YAML for this test session."""
    url = f"sqlite:///{tmp_path_factory.mktemp('directory') / 'directory.sqlite3'}"
    proc = subprocess.run([sys.executable, "-m", "services_db", "load", "--db", url],
                          cwd=ROOT, env=child_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return url


@dataclass
class RasaStack:
    settings: Settings
    stack: Stack
    log_dir: Path

    @property
    def rasa_url(self) -> str:
        return f"http://{self.settings.host}:{self.settings.rasa_port}"

    def send(self, sender: str, text: str) -> list[dict]:
        r = requests.post(f"{self.rasa_url}/webhooks/rest/webhook",
                          json={"sender": sender, "message": text}, timeout=60)
        r.raise_for_status()
        return r.json()

    def tracker(self, sender: str) -> dict:
        r = requests.get(f"{self.rasa_url}/conversations/{sender}/tracker",
                         params={"token": self.settings.rasa_auth_token}, timeout=30)
        r.raise_for_status()
        return r.json()


def start_stack(model: Path, db_url: str, log_dir: Path, **overrides) -> RasaStack:
    settings = replace(Settings(), rasa_port=free_port(), action_port=free_port(),
                       db_url=db_url, rasa_auth_token="test-" + uuid.uuid4().hex,
                       rasa_urls=(), action_url=None, **overrides)
    stack = Stack(settings, model, log_dir=log_dir)
    stack.start()
    try:
        stack.wait_ready()
    except Exception:
        stack.stop()
        raise
    return RasaStack(settings, stack, log_dir)


@pytest.fixture(scope="session")
def rasa_stack(trained_model, directory_url, tmp_path_factory):
    running = start_stack(trained_model, directory_url, tmp_path_factory.mktemp("logs"))
    yield running
    running.stack.stop()


@pytest.fixture
def sender() -> str:
    return "test-" + uuid.uuid4().hex
