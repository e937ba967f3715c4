"""The web server: static pages plus a same-origin chat endpoint forwarding to Rasa.

Rasa's own HTTP API is never reachable through here: the only upstream path used is
the REST channel webhook. With several Rasa replicas, a conversation always goes to
the same replica (chosen from its sender id).
"""
from __future__ import annotations

import logging
import zlib
from pathlib import Path

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from navigator.settings import Settings

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("bot.server")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'; "
    "object-src 'none'"
)


@web.middleware
async def security_headers(request: web.Request, handler):
    response = await handler(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("Cache-Control", "no-store")
    return response


def upstream_for(settings: Settings, sender: str) -> str:
    ups = settings.rasa_upstreams
    return ups[zlib.crc32(sender.encode("utf-8")) % len(ups)]


async def chat(request: web.Request) -> web.Response:
    settings: Settings = request.app["settings"]
    try:
        body = await request.json()
    except Exception:
        return web.json_response({"error": "Send JSON: {\"sender\": \"...\", \"message\": \"...\"}"}, status=400)
    if not isinstance(body, dict):
        return web.json_response({"error": "Send a JSON object."}, status=400)
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not (1 <= len(sender) <= 64):
        return web.json_response({"error": "sender: a string of 1 to 64 characters is needed"}, status=400)
    if not isinstance(message, str):
        return web.json_response({"error": "message: a string is needed"}, status=400)
    if len(message) > settings.max_message_chars:
        return web.json_response({"messages": [{"text": (
            f"That message is too long for me (over {settings.max_message_chars} characters). "
            "Could you tell me in a shorter message?")}]})
    url = upstream_for(settings, sender) + "/webhooks/rest/webhook"
    try:
        async with request.app["http"].post(url, json={"sender": sender, "message": message}) as r:
            if r.status != 200:
                raise ClientError(f"upstream status {r.status}")
            messages = await r.json()
    except (ClientError, TimeoutError, ValueError) as exc:
        log.warning("chat upstream unavailable: %s", type(exc).__name__)
        return web.json_response({"error": "unavailable"}, status=503)
    return web.json_response({"messages": messages})


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "index.html")


async def _http_session(app: web.Application):
    app["http"] = ClientSession(timeout=ClientTimeout(total=30))
    yield
    await app["http"].close()


def create_app(settings: Settings) -> web.Application:
    app = web.Application(middlewares=[security_headers], client_max_size=64 * 1024)
    app["settings"] = settings
    app.cleanup_ctx.append(_http_session)
    app.router.add_get("/", index)
    app.router.add_get("/healthz", health)
    app.router.add_post("/api/chat", chat)
    app.router.add_static("/static/", STATIC)
    return app
