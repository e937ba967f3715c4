"""Hot-path fixes for Rasa 3.6's calls to the action server (same requests and replies).

1. Validating replies. Rasa checks every reply from the action server against a fixed
   JSON schema with ``jsonschema.validate(reply, schema)``, which first re-checks the
   *schema itself* against the JSON Schema meta-schema, every time; with jsonschema 4.17
   (what Rasa 3.6 pins) this was three quarters of the Rasa server's CPU time on a
   navigator turn (py-spy, docs/benchmarks.md). The replacement validates the same reply
   against the same schema with the same validator class, checking the schema once.
   Each event in a reply must match exactly one of the schema's 23 event schemas
   (``oneOf``), and jsonschema tries all 23 for every event (still about an eighth of
   the server's CPU on a form turn). Each of them requires its own value of ``event``
   (a ``const``, different in each), so an event matches exactly one of them exactly when
   it matches the one named by its ``event``: the replacement checks that one alone. The
   same replies pass and fail (tests/test_rasa_speedups.py compares the two on every
   event type and on broken replies); a rejected reply raises the same ValidationError,
   whose message may name the failing event's own schema instead of "not valid under
   any of the given schemas". When a Rasa version's schema is not shaped that way, the
   whole schema is used as before.
2. Sending requests. Rasa opens a new HTTP client session, and so a new connection, for
   every action call, and encodes the whole conversation with the standard json module.
   The replacement keeps connections to the action server open between calls (one
   connection pool per event loop) and encodes with ujson (already a Rasa dependency).
   The request body is the same JSON document.
3. Reading stored conversations. Turning each stored event back into an object looks its
   class up by walking every subclass of ``Event`` (with an ``inspect`` call each), once
   per event per turn: about a tenth of the server's CPU under load. The replacement
   remembers the answer per event type name (the classes do not change while it runs).

``install()`` is called when the REST channel module is imported (credentials.yml names
it, so every Rasa server imports it at start-up, before the first message).
"""
from __future__ import annotations

import asyncio
import copy
from functools import lru_cache
from typing import Any, Dict

import aiohttp
import ujson
from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.constants import DOCS_BASE_URL
from rasa.utils import endpoints


@lru_cache(maxsize=1)
def _reply_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)  # once, not on every reply
    return cls(schema)


class _EventDispatchValidator:
    """Validates as ``cls(schema)`` does, when every branch of the event schema's ``oneOf``
    requires a different constant ``event``: the reply without the ``oneOf``, then each
    event against the one branch its ``event`` names."""

    def __init__(self, cls: Any, schema: Dict[str, Any], branches: Dict[str, Any]) -> None:
        self._outer = cls(schema)
        self._branches = {name: cls(branch) for name, branch in branches.items()}

    def validate(self, reply: Any) -> None:
        self._outer.validate(reply)  # the reply's shape; each event an object with an `event`
        for event in reply.get("events") or []:
            branch = self._branches.get(event["event"])
            if branch is None:
                raise ValidationError(f"{event['event']!r} is not one of the known events")
            branch.validate(event)


def _event_branches(schema: Dict[str, Any]) -> "tuple[Dict[str, Any], Dict[str, Any]] | None":
    """(the schema without the events' oneOf, {event name: its branch}), or None when the
    branches are not each told apart by a constant `event` of their own."""
    try:
        items = schema["properties"]["events"]["items"]
        branches = items["oneOf"]
        names = [branch["properties"]["event"]["const"] for branch in branches]
    except (KeyError, TypeError):
        return None
    if (not all(isinstance(n, str) for n in names) or len(set(names)) != len(names)
            or "event" not in items.get("required", []) or set(items) - {"type", "properties", "required", "oneOf"}
            or items["properties"].get("event") != {"type": "string"}):
        return None
    outer = copy.deepcopy(schema)
    del outer["properties"]["events"]["items"]["oneOf"]
    return outer, dict(zip(names, branches))


@lru_cache(maxsize=1)
def _fast_reply_validator() -> Any:
    """The validator used on every reply: _EventDispatchValidator when the schema allows."""
    full = _reply_validator()
    split = _event_branches(full.schema)
    return full if split is None else _EventDispatchValidator(type(full), *split)


def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
    try:
        _fast_reply_validator().validate(result)
        return True
    except ValidationError as e:
        e.message += (
            ". Failed to validate Action server response from API, make sure your "
            "response from the Action endpoint is valid. For more information about the "
            f"format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise e


_POOLS: "dict[asyncio.AbstractEventLoop, aiohttp.TCPConnector]" = {}


def _dumps(obj: Any) -> str:
    return ujson.dumps(obj, ensure_ascii=False, escape_forward_slashes=False)


def _session(self: endpoints.EndpointConfig) -> aiohttp.ClientSession:
    """Rasa's session (same headers, auth and timeout) on a shared, kept-alive pool."""
    loop = asyncio.get_running_loop()
    pool = _POOLS.get(loop)
    if pool is None or pool.closed:
        pool = _POOLS[loop] = aiohttp.TCPConnector(limit=100, keepalive_timeout=30)
    auth = (aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
            if self.basic_auth else None)
    return aiohttp.ClientSession(
        headers=self.headers, auth=auth, connector=pool, connector_owner=False,
        json_serialize=_dumps,
        timeout=aiohttp.ClientTimeout(total=endpoints.DEFAULT_REQUEST_TIMEOUT))


_EVENT_CLASSES: "dict[str, type]" = {}
_resolve_event_type = Event.resolve_by_type


def _cached_resolve_by_type(type_name: str, default: Any = None) -> Any:
    cls = _EVENT_CLASSES.get(type_name)
    if cls is None:
        cls = _resolve_event_type(type_name, default)  # same answer, same errors
        if cls is not None and cls is not default:
            _EVENT_CLASSES[type_name] = cls
    return cls


def install() -> None:
    """Use the prebuilt validator, pooled faster sessions and cached event classes
    (idempotent)."""
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    endpoints.EndpointConfig.session = _session  # type: ignore[method-assign]
    Event.resolve_by_type = staticmethod(_cached_resolve_by_type)  # type: ignore[assignment]
