"""SentenceEmbedder: the message's all-MiniLM-L6-v2 embedding, computed once per message
(of the normalised text, as the classifiers were trained: nlu_components.classifiers).

Runs early in the pipeline and stores the vector on the message (never in the output or
the tracker); the NeedTagger and CrisisDetector read it with `embedding_of`.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components._base import is_payload
from nlu_components.classifiers import embed_messages
from nlu_components.embedder import get_embedder

EMBEDDING = "nwd_text_embedding"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceEmbedder(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SentenceEmbedder":
        return cls()

    def __init__(self) -> None:
        get_embedder()  # loads the weights now, not on the first message

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # the trained components embed their own labelled data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if text and not is_payload(text):
                message.set(EMBEDDING, embed_messages([text])[0])
        return messages


def embedding_of(message: Message) -> np.ndarray:
    """The message's embedding (computed here if the embedder did not run)."""
    vector = message.get(EMBEDDING)
    if vector is None:
        vector = embed_messages([message.get(TEXT) or ""])[0]
        message.set(EMBEDDING, vector)
    return vector
