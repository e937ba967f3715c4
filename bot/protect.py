"""Chat protection for the web server: a per-client rate limit and a crisis-safe fallback.

- Rate limit: a token bucket per client IP on POST /api/chat (settings.rate_limit_per_minute
  sustained, settings.rate_limit_burst at once). Over the limit: 429 with a friendly
  message that still carries the urgent numbers, and Retry-After.
- Fallback: when Rasa cannot be reached (the chat handler answers 503), the body also
  carries `messages`: the fixed crisis text when crisis.detect finds a crisis in the
  message, otherwise a short note with the urgent routes. An empty reply from Rasa (as
  when the action server is down) gets the same messages, with status 200. A message
  too long for Rasa is still searched for a crisis, and a crisis in it answered at once. The text comes only from
  crisis/responses.yml, the one place it lives; the message itself is never logged.

`install(app)` adds both middlewares; bot/server.py calls it in create_app.
"""
from __future__ import annotations

import json
import logging
import math
import time
from collections import OrderedDict

from aiohttp import web

from crisis import crisis_text, detect
from navigator.settings import Settings

log = logging.getLogger("bot.protect")
CHAT_PATH = "/api/chat"
MAX_CLIENTS = 10_000  # buckets kept; the least recently seen are dropped first
# Of an over-long message, the first this many characters are searched for a crisis: eight times
# the default message limit, more than anyone types in one message. The search runs on the event
# loop and costs about 20 microseconds a character on 2 slow cores (measured: 0.43 s for 20,000,
# which let over-long requests hold up everyone else's replies; so about 0.17 s for 8,000).
MAX_SCAN_CHARS = 8_000


TOO_LONG = "That message is too long for me. Could you tell me in a shorter message?"
FALLBACK_HEADER = "X-Navigator-Fallback"  # set on every reply this module wrote itself


def urgent_routes() -> str:
    """The urgent lines everyone should see when the full service is not there."""
    return "\n".join([crisis_text("medical").splitlines()[0],
                      crisis_text("suicidal").splitlines()[0]])


def unavailable_messages(message: str) -> list[dict]:
    hit = detect(message) if message else None
    if hit is not None:
        return [{"text": crisis_text(hit.type)}]
    return [{"text": "Sorry, I can't search for services right now. Please try again in a "
                     "minute.\nIf you need help now:\n" + urgent_routes()}]


class TokenBuckets:
    """Per-key token buckets: `rate` tokens a second, at most `burst` saved up."""

    def __init__(self, rate: float, burst: int, clock=time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, key: str) -> float:
        """Take a token: 0 when allowed, else the seconds to wait for the next one."""
        now = self.clock()
        tokens, last = self._buckets.pop(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self.rate if self.rate > 0 else math.inf
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > MAX_CLIENTS:
            self._buckets.popitem(last=False)
        return wait


def _client(request: web.Request) -> str:
    return request.remote or "unknown"


@web.middleware
async def rate_limit(request: web.Request, handler):
    if request.path != CHAT_PATH or request.method != "POST":
        return await handler(request)
    if (request.content_length or 0) > request.app._client_max_size:
        await _discard_body(request)
        return web.json_response({"error": "too_long", "messages": [{"text": TOO_LONG}]},
                                 status=413)
    wait = request.app["chat_buckets"].take(_client(request))
    if wait > 0:
        retry = max(1, math.ceil(min(wait, 3600)))
        return web.json_response(
            {"error": "rate_limited", "retry_after": retry, "messages": [{"text": (
                "You're sending messages faster than I can answer. Please wait a few "
                "seconds and send it again.\nIf you need help now:\n" + urgent_routes())}]},
            status=429, headers={"Retry-After": str(retry), FALLBACK_HEADER: "rate-limited"})
    return await handler(request)


async def _discard_body(request: web.Request, cap: int = 4 * 1024 * 1024) -> None:
    """Read an oversized body away (up to `cap`) so the client gets the reply, not a reset."""
    seen = 0
    while seen <= cap:
        chunk = await request.content.readany()
        if not chunk:
            return
        seen += len(chunk)


@web.middleware
async def crisis_fallback(request: web.Request, handler):
    if request.path != CHAT_PATH:
        return await handler(request)
    try:
        response = await handler(request)
    except web.HTTPException:
        raise
    except Exception as exc:  # e.g. an upstream timeout: still answer usefully
        log.warning("chat failed: %s", type(exc).__name__)
        response = web.Response(status=503)
    if response.status == 503:
        return web.json_response({"error": "unavailable",
                                  "messages": unavailable_messages(await _message(request))},
                                 status=503, headers={FALLBACK_HEADER: "unavailable"})
    if response.status == 200 and _empty_reply(response):  # e.g. the action server is down
        return web.json_response({"messages": unavailable_messages(await _message(request))},
                                 headers={FALLBACK_HEADER: "empty-reply"})
    if response.status == 200:
        message = await _message(request)
        if len(message) > request.app["settings"].max_message_chars:
            return _with_crisis_text(response, message)
    return response


def _with_crisis_text(response: web.Response, message: str) -> web.StreamResponse:
    """An over-long message never reaches Rasa: still answer a crisis in it at once."""
    hit = detect(message[:MAX_SCAN_CHARS])
    if hit is None:
        return response
    try:
        messages = json.loads(response.body)["messages"]
    except (TypeError, ValueError, KeyError):
        messages = []
    return web.json_response({"messages": [{"text": crisis_text(hit.type)}, *messages]},
                             headers={FALLBACK_HEADER: "crisis-in-long-message"})


async def _message(request: web.Request) -> str:
    try:
        body = await request.json()  # aiohttp keeps the body the handler read
    except Exception:  # broken JSON, bad UTF-8, too large: no message to look at
        return ""
    message = body.get("message") if isinstance(body, dict) else None
    return message if isinstance(message, str) else ""


def _empty_reply(response: web.StreamResponse) -> bool:
    body = getattr(response, "body", None)
    if not isinstance(body, (bytes, bytearray)):
        return False
    try:
        return json.loads(body).get("messages") == []
    except (ValueError, AttributeError):
        return False


def install(app: web.Application) -> None:
    """Add the rate limit and the fallback to a web app (before it starts)."""
    s: Settings = app["settings"]
    app["chat_buckets"] = TokenBuckets(s.rate_limit_per_minute / 60.0, s.rate_limit_burst)
    app.middlewares.append(rate_limit)
    app.middlewares.append(crisis_fallback)
