"""Stable ids: deterministic UUIDs from the YAML slugs, so links survive reloads."""
from __future__ import annotations

import uuid

# Fixed namespace for this directory; never change it (every id would change).
NAMESPACE = uuid.UUID("6f1f1d0e-3a52-5b7c-9d0e-2c8a4b7e9f10")


def stable_id(kind: str, *parts: object) -> str:
    """e.g. stable_id("service", "example-drop-in") -> the same UUID on every load."""
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *map(str, parts)])))
