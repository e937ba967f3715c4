"""Small helpers shared by the actions."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from services_db.vocab import CRISIS_TYPES

CRISIS_INTENTS = frozenset(f"crisis_{t}" for t in CRISIS_TYPES)


def latest_intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def entity_values(tracker: Tracker, entity: str) -> list[Any]:
    values = []
    for e in tracker.latest_message.get("entities") or []:
        if e.get("entity") == entity and e.get("value") not in values:
            values.append(e.get("value"))
    return values
