"""`make run`: build what is stale, start the action server, Rasa and the web server.

Ctrl-C (or SIGTERM) stops all three. A server process that dies is restarted.
"""
from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time

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
            for child in stack.children:
                if not child.alive() and not stop.is_set():
                    child.restarts += 1
                    print(f"run: {child.name} stopped (code {child.proc.returncode}); "
                          f"restarting (restart {child.restarts})", file=sys.stderr, flush=True)
                    await asyncio.sleep(min(30, 2 ** min(child.restarts, 5)))
                    child.start()
            try:
                await asyncio.wait_for(stop.wait(), timeout=1)
            except asyncio.TimeoutError:
                pass
    finally:
        print("run: stopping", flush=True)
        await runner.cleanup()
        await loop.run_in_executor(None, stack.stop)


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = load()
    started = time.monotonic()
    try:
        ensure_directory(settings)
        model = ensure_model()
    except BuildError as exc:
        print(f"run: {exc}", file=sys.stderr)
        return 1
    log_dir = ROOT / "logs"
    log_dir.mkdir(exist_ok=True)
    stack = Stack(settings, model, log_dir=log_dir)
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
