"""Test helpers for the scaled, fault and privacy tests: a throwaway PostgreSQL cluster, a
throwaway Redis server, and the production-shaped stack (2 Rasa + 2 action servers,
redacting PostgreSQL tracker store, Redis lock store, directory on PostgreSQL, web server in
front, children revived when they die). The machine's own PostgreSQL and Redis are never
stopped: the fault tests stop and restart these private ones.
"""
from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

import redis
import requests

from bot.build import child_env
from bot.processes import Stack
from bot.server import upstream_for
from navigator.settings import ROOT, Settings
from tests.conftest import free_port
from tests.web_support import RunningWeb


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


class ThrowawayPostgres:
    """A private PostgreSQL cluster in a temp dir on a free 127.0.0.1 port (trust auth).

    Never the machine's shared server: this one may be restarted and killed.
    """

    def __init__(self) -> None:
        self.bin = _pg_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL server binaries (/usr/lib/postgresql/*/bin) missing")
        self.dir = Path(tempfile.mkdtemp(prefix="nwd-pg-"))
        self.port = free_port()
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as:
            shutil.chown(self.dir, "postgres")

    def _run(self, *args: str) -> None:
        subprocess.run(self._as + [str(self.bin / args[0]), *args[1:]], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

    @property
    def _opts(self) -> str:
        return (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c max_connections=200")

    def url(self, db: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def start(self) -> "ThrowawayPostgres":
        self._run("initdb", "-D", str(self.dir / "data"), "-A", "trust", "-U", "postgres",
                  "--no-sync", "-E", "UTF8")
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-o", self._opts,
                  "-l", str(self.dir / "log"), "-w", "start")
        return self

    def restart(self) -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-o", self._opts,
                  "-l", str(self.dir / "log"), "-m", "fast", "-w", "restart")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def create_db(self, name: str) -> str:
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                        "-d", "postgres", "-qc", f'CREATE DATABASE "{name}"'], check=True,
                       stdout=subprocess.DEVNULL, timeout=60)
        return self.url(name)

    def sql(self, db: str, statement: str) -> str:
        out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                              "-d", db, "-Atc", statement], check=True, capture_output=True,
                             text=True, timeout=60)
        return out.stdout


class ThrowawayRedis:
    """A private redis-server (Debian's binary) on a free 127.0.0.1 port, nothing on disk."""

    def __init__(self) -> None:
        self.binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not Path(self.binary).exists():
            raise RuntimeError("redis-server is missing (Debian package redis-server)")
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "ThrowawayRedis":
        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--daemonize", "no", "--logfile", ""],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 20
        while not self.up():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.1)
        return self

    def up(self) -> bool:
        try:
            return bool(redis.Redis.from_url(self.url, socket_timeout=1).ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)


def load_directory(db_url: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "services_db", "load", "--db", db_url],
                          cwd=ROOT, env=child_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


class Reviver(threading.Thread):
    """What the launcher does every second: restart children that died."""

    def __init__(self, stack: Stack) -> None:
        super().__init__(daemon=True)
        self.stack, self.halt, self.paused = stack, threading.Event(), threading.Event()

    def run(self) -> None:
        while not self.halt.wait(0.5):
            if not self.paused.is_set():
                self.stack.revive()


@dataclass
class ScaledStack:
    pg: ThrowawayPostgres
    redis: ThrowawayRedis
    stack: Stack
    web: RunningWeb
    reviver: Reviver
    log_dir: Path

    @property
    def base(self) -> str:
        return self.web.url

    @property
    def settings(self) -> Settings:
        return self.stack.settings

    def chat(self, sender: str, message: str) -> requests.Response:
        return requests.post(f"{self.base}/api/chat", json={"sender": sender, "message": message},
                             timeout=60)

    def tracker(self, rasa_url: str, sender: str) -> dict:
        r = requests.get(f"{rasa_url}/conversations/{sender}/tracker",
                         params={"token": self.settings.rasa_auth_token,
                                 "include_events": "ALL"}, timeout=30)
        r.raise_for_status()
        return r.json()

    def child(self, name: str):
        return next(c for c in self.stack.children if c.name == name)

    def replica_of(self, sender: str) -> int:
        """1-based index of the replica pair that owns this conversation."""
        return self.settings.rasa_upstreams.index(upstream_for(self.settings, sender)) + 1

    def kill(self, name: str) -> None:
        child = self.child(name)
        os.killpg(child.pid, signal.SIGKILL)
        child.proc.wait(10)

    def wait_all_ready(self, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while not all(c.alive() and c.ready() for c in self.stack.children):
            assert time.monotonic() < deadline, "the stack did not come back by itself"
            time.sleep(0.5)

    def stop(self) -> None:
        self.reviver.halt.set()
        self.reviver.join(5)
        self.web.stop()
        self.stack.stop()
        self.pg.stop()
        self.redis.stop()


def start_scaled(model: Path, log_dir: Path, replicas: int = 2) -> ScaledStack:
    pg = ThrowawayPostgres().start()
    lock_store = ThrowawayRedis().start()
    try:
        directory = pg.create_db("directory")
        load_directory(directory)
        pg.create_db("tracker")
        settings = replace(
            Settings(), rasa_port=free_port(), action_port=free_port(), db_url=directory,
            rasa_auth_token="test-" + uuid.uuid4().hex, rasa_urls=(), action_url=None,
            tracker_store_url=pg.url("tracker"), lock_store_url=lock_store.url,
            rasa_replicas=replicas, web_port=free_port(),
            rate_limit_per_minute=1_000_000, rate_limit_burst=1_000_000)
        ports = [(free_port(), free_port()) for _ in range(replicas)]
        stack = Stack(settings, model, log_dir=log_dir, ports=ports)
        stack.settings = settings = replace(settings, rasa_urls=stack.rasa_urls)
        stack.start()
        try:
            stack.wait_ready(timeout=300)
        except Exception:
            stack.stop()
            raise
    except Exception:
        pg.stop()
        lock_store.stop()
        raise
    web = RunningWeb(settings)
    web.start()
    reviver = Reviver(stack)
    reviver.start()
    return ScaledStack(pg, lock_store, stack, web, reviver, log_dir)


_shared: dict[str, ScaledStack] = {}


def shared_scaled_stack(request, model: Path) -> ScaledStack:
    """One scaled stack for the whole test session (started on first use, stopped at the end)."""
    if "stack" not in _shared:
        log_dir = Path(tempfile.mkdtemp(prefix="nwd-scaled-logs-"))
        _shared["stack"] = start_scaled(model, log_dir)
        request.config.add_cleanup(lambda: _shared.pop("stack").stop())
    return _shared["stack"]
