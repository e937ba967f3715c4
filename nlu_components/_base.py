"""Shared plumbing for the navigator's rule-based (untrained) NLU components."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES, ENTITY_ATTRIBUTE_END, ENTITY_ATTRIBUTE_START, ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE, INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


class RuleComponent(GraphComponent, EntityExtractorMixin):
    """A component with no training: `process` runs `tag` on every message with text."""

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> "RuleComponent":
        return cls(config)

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.config = config

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if text:
                self.tag(message, text)
        return messages

    def tag(self, message: Message, text: str) -> None:
        raise NotImplementedError

    def add_entities(self, message: Message, entity_type: str, values: List[str]) -> None:
        """Append whole-message entities (values are codes, not spans of the text)."""
        if not values:
            return
        new = [{ENTITY_ATTRIBUTE_TYPE: entity_type, ENTITY_ATTRIBUTE_VALUE: value,
                ENTITY_ATTRIBUTE_START: 0, ENTITY_ATTRIBUTE_END: len(message.get(TEXT)),
                PREDICTED_CONFIDENCE_KEY: 1.0} for value in values]
        new = self.add_extractor_name(new)
        message.set(ENTITIES, message.get(ENTITIES, []) + new, add_to_output=True)


def intent_name(message: Message) -> str | None:
    return (message.get(INTENT) or {}).get(INTENT_NAME_KEY)


def set_intent(message: Message, name: str) -> None:
    """Override the predicted intent with certainty (rule-based decision)."""
    message.set(INTENT, {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True)
    ranking = [r for r in message.get(INTENT_RANKING_KEY, []) if r.get(INTENT_NAME_KEY) != name]
    message.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}] + ranking,
                add_to_output=True)
