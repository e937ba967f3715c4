"""Turn a Rasa event (as a dict) into one that holds no free text, for persistent storage.

Kept: event types, intent names and rankings, action names, entity types, slot values
that are codes (need codes, council area names, role, crisis type, form bookkeeping such
as "council_area:2") and booleans/numbers. Dropped or replaced: the user's text, entity
values, bot text and payloads, channel metadata, and any slot string that is not a code.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

REDACTED = "[redacted]"
# Slots whose values the dialogue needs after a reload and which never hold free text.
DEFAULT_KEEP_SLOTS = ("needs", "council_area", "role", "crisis", "requested_slot")
_CODE = re.compile(r"^[a-z0-9_]{1,40}(:[a-z0-9_]{1,40})?$")
_KEEP_METADATA = ("model_id", "assistant_id", "utter_action")
_ENTITY_KEYS = ("entity", "role", "group", "extractor", "confidence_entity")


def _code_or_redacted(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return value if _CODE.match(value) else REDACTED
    if isinstance(value, list):
        return [_code_or_redacted(v) for v in value]
    return REDACTED


def _entities(entities: Iterable[dict] | None) -> list[dict]:
    return [{**{k: e[k] for k in _ENTITY_KEYS if k in e}, "value": REDACTED}
            for e in entities or [] if isinstance(e, dict)]


def _parse_data(parse: dict | None) -> dict:
    parse = parse or {}
    intent = parse.get("intent") or {}
    return {
        "intent": {k: intent[k] for k in ("name", "confidence") if k in intent},
        "entities": _entities(parse.get("entities")),
        "intent_ranking": [{k: i[k] for k in ("name", "confidence") if k in i}
                           for i in parse.get("intent_ranking") or [] if isinstance(i, dict)],
        "text": None,
    }


def redact_event(event: dict, keep_slots: Iterable[str] = DEFAULT_KEEP_SLOTS) -> dict:
    """A copy of `event` without free text (see the module docstring)."""
    out = dict(event)
    if isinstance(out.get("metadata"), dict):
        out["metadata"] = {k: v for k, v in out["metadata"].items() if k in _KEEP_METADATA}
    kind = out.get("event")
    if kind == "user":
        out["text"] = None
        out["parse_data"] = _parse_data(out.get("parse_data"))
    elif kind == "bot":
        out["text"] = None
        out["data"] = {}
    elif kind == "action":
        out["action_text"] = None
    elif kind == "slot" and out.get("name") not in set(keep_slots):
        out["value"] = _code_or_redacted(out.get("value"))
    elif kind in ("entities", "reminder"):
        out["entities"] = _entities(out.get("entities"))
    return out
