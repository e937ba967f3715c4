"""Load the reviewed crisis text from crisis/responses.yml (the one place it lives)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from services_db.vocab import CRISIS_TYPES

RESPONSES_PATH = Path(__file__).with_name("responses.yml")


@lru_cache(maxsize=1)
def load_responses() -> dict:
    data = yaml.safe_load(RESPONSES_PATH.read_text(encoding="utf-8"))
    missing = set(CRISIS_TYPES) - set(data["responses"])
    if missing:
        raise ValueError(f"crisis/responses.yml lacks {sorted(missing)}")
    return data


def crisis_text(crisis_type: str) -> str:
    """The full reply for one crisis type: first line, then one line per step."""
    entry = load_responses()["responses"][crisis_type]
    return "\n".join([entry["first_line"], *entry["then"]])


def carry_on_text() -> str:
    return load_responses()["carry_on"]
