"""`make run`: build what is stale, start the action server, Rasa and the web server.

Ctrl-C (or SIGTERM) stops them all. A server process that dies is restarted.
With RASA_REPLICAS > 1 (`make run-scaled`) it starts that many Rasa + action server
pairs and routes chat to them by sender id; a PostgreSQL NAVIGATOR_DB_URL or
TRACKER_STORE_URL database is created when missing.
"""
from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time
from dataclasses import replace

from aiohttp import web

from bot.build import BuildError, ensure_directory, ensure_model
from bot.processes import Stack
from bot.server import create_app
from navigator.settings import ROOT, load


async def _serve(stack: Stack) -> None:
    settings = stack.settings
    runner = web.AppRunner(create_app(settings), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.host, settings.web_port).start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await loop.run_in_executor(None, stack.wait_ready)
        print(f"\nThe navigator is ready: open http://{settings.host}:{settings.web_port}/ "
              "(Ctrl-C stops it)\n", flush=True)
        while not stop.is_set():
            for name in stack.revive():
                print(f"run: {name} had stopped; restarted it", file=sys.stderr, flush=True)
            try:
                await asyncio.wait_for(stop.wait(), timeout=1)
            except asyncio.TimeoutError:
                pass
    finally:
        print("run: stopping", flush=True)
        await runner.cleanup()
        await loop.run_in_executor(None, stack.stop)


def ensure_postgres_database(url: str | None) -> None:
    """Create the database named in a postgresql:// URL if it does not exist yet."""
    if not url or not url.startswith(("postgresql://", "postgres://")):
        return
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    target = make_url(url.replace("postgres://", "postgresql://", 1))
    engine = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": target.database}).first()
            if not exists:
                conn.execute(sa.text(f'CREATE DATABASE "{target.database}"'))
    except sa.exc.SQLAlchemyError as exc:
        raise BuildError(f"cannot reach or create database {target.database}: "
                         f"{type(getattr(exc, 'orig', None) or exc).__name__}") from None
    finally:
        engine.dispose()


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = load()
    started = time.monotonic()
    try:
        for url in (settings.db_url, settings.tracker_store_url):
            ensure_postgres_database(url)
        ensure_directory(settings)
        model = ensure_model()
    except BuildError as exc:
        print(f"run: {exc}", file=sys.stderr)
        return 1
    log_dir = ROOT / "logs"
    log_dir.mkdir(exist_ok=True)
    stack = Stack(settings, model, log_dir=log_dir)
    if len(stack.rasa_urls) > 1 and not settings.rasa_urls:
        stack.settings = settings = replace(settings, rasa_urls=stack.rasa_urls)
    print(f"run: starting servers (model {model.name}; logs in {log_dir})", flush=True)
    stack.start()
    try:
        asyncio.run(_serve(stack))
    except Exception as exc:  # a server failed to start: stop the others, say why
        stack.stop()
        print(f"run: {exc}", file=sys.stderr)
        return 1
    print(f"run: stopped after {time.monotonic() - started:.0f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
