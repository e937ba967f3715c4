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


def is_payload(text: str) -> bool:
    """A button's "/intent{...}" payload: Rasa's RegexMessageHandler parses it, and it
    replaces whatever the components found, so they skip it."""
    return text.startswith("/")


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
            if text and not is_payload(text):
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


class TrainedComponent(RuleComponent):
    """A RuleComponent that also trains a model on the labelled data in data/labelled/.

    Subclasses set `kind` ("needs", "crisis" or "intent") and implement `fit() -> model`. The model
    is pickled into Rasa's model storage (the model archive is built locally by
    `make run`/`make test` and trusted like the rest of the archive). The labelled files'
    content hash is part of Rasa's fingerprint, so editing them retrains the component.
    """

    kind = ""
    _FILE = "model.pkl"

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> "TrainedComponent":
        return cls(config, model_storage, resource)

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage | None = None,
                 resource: Resource | None = None, model: Any = None) -> None:
        super().__init__(config)
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> str | None:
        """The labelled data and the code that trains on it (Rasa's cache sees neither).

        Every kind of labelled data, whichever the component is named for: the crisis model
        also learns from most need messages (as "not a crisis"), the need and role models'
        features are fitted on both, and the intent model reads those features. (Keyed on its own kind only, a change to the need files alone left a
        stale crisis model in Rasa's cache.)"""
        import hashlib
        from pathlib import Path

        from nlu_components.labelled import KINDS, digest
        h = hashlib.sha256("".join(digest(kind) for kind in KINDS).encode())
        root = Path(__file__).resolve().parent.parent
        for path in sorted([*root.glob("nlu_components/*.py"), *root.glob("crisis/*.py")]):
            h.update(path.read_bytes())
        return h.hexdigest()[:16]

    @classmethod
    def required_components(cls) -> List[type]:
        from nlu_components.sentence_embedding import SentenceEmbedder
        return [SentenceEmbedder]

    def fit(self) -> Any:
        raise NotImplementedError

    def base_features(self, message: Message, text: str) -> Any:
        """The message's features (TextFeatures: its embedding from SentenceEmbedder and
        n-grams), computed by the first model that needs them and kept on the message, under
        the features' digest, for the others trained with the same features."""
        from nlu_components.sentence_embedding import embedding_of

        features = self.model.features
        key = f"nwd_features_{features.digest}"
        base = message.get(key)
        if base is None:
            base = features.transform([text], embedding_of(message)[None, :])
            message.set(key, base)
        return base

    def train(self, training_data: TrainingData) -> Resource:
        import pickle

        self.model = self.fit()
        with self._model_storage.write_to(self._resource) as directory:
            (directory / self._FILE).write_bytes(pickle.dumps(self.model, protocol=4))
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "TrainedComponent":
        import pickle

        with model_storage.read_from(resource) as directory:
            model = pickle.loads((directory / cls._FILE).read_bytes())
        return cls(config, model_storage, resource, model)
