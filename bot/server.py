"""The web server: the chat page, the widget script, the worker page and their APIs.

Chat goes to Rasa's REST channel (and "forget" to the channel's forget path); Rasa's
own HTTP API is never reachable through here. With several Rasa replicas, a
conversation always goes to the same replica (chosen from its sender id). Partner
sites in settings.widget_origins may call the chat APIs cross-origin (CORS).
"""
from __future__ import annotations

import json
import logging
import zlib
from pathlib import Path

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from bot import protect
from bot.api import age_options_html, needs_fieldset_html, plan_endpoint
from bot.widget import widget_script
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
    try:
        response = await handler(request)
    except web.HTTPException as exc:  # 404, 405...: the same headers on errors
        _add_headers(request, exc.headers)
        raise
    _add_headers(request, response.headers)
    return response


def _add_headers(request: web.Request, headers) -> None:
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    cacheable = request.path == "/widget.js" or request.path.startswith("/static/")
    headers.setdefault("Cache-Control", "public, max-age=300" if cacheable else "no-store")


CORS_PATHS = ("/api/chat", "/api/forget")


def _origin_allowed(request: web.Request) -> bool:
    origin = request.headers.get("Origin")
    if origin is None or origin == f"{request.scheme}://{request.host}":
        return True
    return origin.rstrip("/") in request.app["settings"].widget_origins


@web.middleware
async def cors(request: web.Request, handler):
    """Partner origins on the allow-list may use the chat APIs; other origins are refused."""
    if request.path not in CORS_PATHS:
        return await handler(request)
    if not _origin_allowed(request):
        return web.json_response({"error": "This site may not use the chat."}, status=403)
    if request.method == "OPTIONS":  # preflight: answered here, no route needed
        response = web.Response(status=204, headers={
            "Access-Control-Allow-Methods": "POST",
            "Access-Control-Allow-Headers": "Content-Type",
            "Access-Control-Max-Age": "600"})
    else:
        response = await handler(request)
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
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
    if not _valid_sender(sender):
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


def _valid_sender(sender) -> bool:
    return isinstance(sender, str) and 1 <= len(sender) <= 64


async def forget(request: web.Request) -> web.Response:
    """Ask the sender's Rasa replica to delete the conversation (Exit, Clear conversation).

    Takes JSON in any content type, because navigator.sendBeacon sends text/plain.
    """
    try:
        body = json.loads(await request.text())
    except ValueError:
        body = None
    sender = body.get("sender") if isinstance(body, dict) else None
    if not _valid_sender(sender):
        return web.json_response({"error": "sender: a string of 1 to 64 characters is needed"}, status=400)
    url = upstream_for(request.app["settings"], sender) + "/webhooks/rest/forget"
    try:
        async with request.app["http"].post(url, json={"sender": sender}) as r:
            if r.status >= 300:
                raise ClientError(f"upstream status {r.status}")
    except (ClientError, TimeoutError) as exc:
        log.warning("forget upstream unavailable: %s", type(exc).__name__)
        return web.json_response({"error": "unavailable"}, status=503)
    return web.json_response({"forgotten": True})


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "index.html")


async def widget(request: web.Request) -> web.Response:
    response = web.Response(body=widget_script(), content_type="application/javascript",
                            charset="utf-8")
    response.enable_compression()  # gzip when the browser accepts it
    return response


async def worker_page(request: web.Request) -> web.Response:
    page = (STATIC / "worker.html").read_text(encoding="utf-8")
    page = page.replace("<!--NEEDS-->", needs_fieldset_html(), 1)
    return web.Response(text=page.replace("<!--AGES-->", age_options_html(), 1),
                        content_type="text/html", charset="utf-8")


async def _http_session(app: web.Application):
    app["http"] = ClientSession(timeout=ClientTimeout(total=30))
    yield
    await app["http"].close()


def create_app(settings: Settings) -> web.Application:
    app = web.Application(middlewares=[security_headers, cors], client_max_size=64 * 1024)
    app["settings"] = settings
    protect.install(app)  # chat rate limit and crisis-safe fallback
    app.cleanup_ctx.append(_http_session)
    app.router.add_get("/", index)
    app.router.add_get("/healthz", health)
    app.router.add_get("/widget.js", widget)
    app.router.add_get("/worker", worker_page)
    app.router.add_post("/api/chat", chat)
    app.router.add_post("/api/forget", forget)
    app.router.add_post("/api/plan", plan_endpoint)
    app.router.add_static("/static/", STATIC)
    return app
