"""The texts in actions/messages.yml, sent through the dispatcher."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from rasa_sdk.executor import CollectingDispatcher

MESSAGES_PATH = Path(__file__).with_name("messages.yml")


@lru_cache(maxsize=1)
def messages() -> dict:
    return yaml.safe_load(MESSAGES_PATH.read_text(encoding="utf-8"))


def say(dispatcher: CollectingDispatcher, key: str, **values: str) -> None:
    message = messages()[key]
    dispatcher.utter_message(text=message["text"].format(**values),
                             buttons=message.get("buttons", []))
