"""The REST input channel, unchanged on the wire, plus a route to forget a conversation.

credentials.yml names `rasa_ext.channels.RestWithForget`; its name stays "rest", so
`POST /webhooks/rest/webhook` behaves exactly as Rasa's own. Unlike Rasa's channel it
never logs the message text when handling fails, and answers bad JSON with 400.

`POST /webhooks/rest/forget {"sender": "..."}` deletes that conversation from the
tracker store (under the conversation's lock) and answers 200 {"forgotten": true}.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa_ext import speedups
from rasa_ext.forget import forget_conversation

speedups.install()  # every Rasa server imports this channel at start-up

log = logging.getLogger(__name__)


def _json_body(request: Request) -> dict | None:
    try:
        body = request.json
    except Exception:  # sanic raises on malformed JSON
        return None
    return body if isinstance(body, dict) else None


class RestWithForget(RestInput):
    """Rasa's REST channel with a forget route and no message text in logs."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = _json_body(request)
            if body is None or not isinstance(body.get("sender"), str) \
                    or not isinstance(body.get("message", ""), (str, type(None))):
                return response.json({"error": "send JSON {\"sender\": str, \"message\": str}"},
                                     status=400)
            sender_id, text = body["sender"], body.get("message")
            input_channel = self._extract_input_channel(request)
            metadata = self.get_metadata(request)
            if request.args.get("stream", "").lower() == "true":
                return response.stream(
                    self.stream_response(on_new_message, text, sender_id, input_channel, metadata),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender_id,
                                                 input_channel=input_channel, metadata=metadata))
            except asyncio.CancelledError:
                log.error("rest channel: message handling timed out")
            except Exception as exc:  # the reply so far is still returned, as Rasa does
                log.error("rest channel: message handling failed (%s)", type(exc).__name__)
            return response.json(collector.messages)

        @bp.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            body = _json_body(request)
            sender_id = body.get("sender") if body else None
            if not isinstance(sender_id, str) or not sender_id:
                return response.json({"error": "send JSON {\"sender\": str}"}, status=400)
            agent = request.app.ctx.agent
            async with agent.lock_store.lock(sender_id):
                await forget_conversation(agent.tracker_store, sender_id)
            return response.json({"forgotten": True})

        return bp
