"""Test helpers for the web side: run the aiohttp app in a thread, serve plain pages."""
from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from aiohttp import web

from bot.server import create_app
from navigator.settings import Settings


class RunningWeb:
    """Run an aiohttp application on 127.0.0.1 in a background thread (a context manager
    giving its base URL). Defaults to the navigator's own app for `settings`."""

    def __init__(self, settings: Settings, app: web.Application | None = None, port: int | None = None):
        self.settings = settings
        self.app = app
        self.port = port or settings.web_port
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self):
        asyncio.set_event_loop(self.loop)
        self.runner = web.AppRunner(self.app or create_app(self.settings), access_log=None)
        self.loop.run_until_complete(self.runner.setup())
        self.loop.run_until_complete(web.TCPSite(self.runner, "127.0.0.1", self.port).start())
        self.ready.set()
        self.loop.run_forever()

    def start(self) -> str:
        self.thread.start()
        assert self.ready.wait(10)
        return self.url

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def static_site(pages: dict[str, str | tuple[str, dict[str, str]]]) -> web.Application:
    """A plain 'partner' site: each path serves the given HTML (optionally with headers)."""
    app = web.Application()
    for path, page in pages.items():
        body, headers = page if isinstance(page, tuple) else (page, {})

        async def handler(request, body=body, headers=headers):
            return web.Response(text=body, content_type="text/html", headers=headers)
        app.router.add_get(path, handler)
    return app




# ---------- real Chromium (Debian's) for the browser tests ----------
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"


def launch_chromium(playwright):
    if not Path(CHROMIUM).exists():
        raise RuntimeError("Debian chromium is missing: run `scripts/setup.sh --browser`")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def axe_violations(page) -> list[str]:
    """axe-core (WCAG 2.0-2.2 A/AA tags) on the page, shadow DOM included: one line per problem."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS},
                                       "resultTypes": ["violations"]})
    return [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]]


def screenshot(page, name: str, full_page: bool = False) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def watch_csp(page) -> None:
    """Record Content Security Policy violations caused by the pages' own markup or scripts
    (test tools injected through the DevTools protocol report no source file)."""
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => { if (e.sourceFile)"
        " (window.__csp = window.__csp || []).push(e.violatedDirective + ' from ' + e.sourceFile); })")


def csp_violations(page) -> list[str]:
    return page.evaluate("() => window.__csp || []")
