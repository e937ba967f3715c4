"""The training sets and training of the need, role and crisis models (one place).

- Need and role examples: data/labelled/needs/, plus every example of an intent other than
  `inform` (and no crisis) in data/nlu/ as "no need, no role".
- Crisis examples: data/labelled/crisis/, the crisis intents' examples in data/nlu/, and
  every need example above as "not a crisis", except the former test sets' NLU files
  (NEEDS_ONLY_PREFIX).
- The need and role models share one TextFeatures, fitted on all of those texts; the crisis
  model has its own, fitted on its own training texts only, so need data it does not train
  on cannot move it. Deterministic: the same data gives the same models.

The Rasa components (NeedTagger, CrisisDetector) call these at `rasa train`; the
evaluation scripts call them directly. Pure Python (no rasa import).
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from nlu_components.classifiers import (CrisisModel, IntentModel, NeedModel, RoleModel, TextFeatures,
                                        embed_messages, lexicon_columns, need_tags)
from nlu_components.labelled import intent_examples, training_rows
from services_db.vocab import CRISIS_TYPES

CRISIS_INTENTS = {f"crisis_{t}": t for t in CRISIS_TYPES}
# The fifth to twenty-first test sets' NLU files (data/labelled/needs/2026-12-testset-*.yml)
# train the need and role models only. As "not a crisis" examples they made the crisis model
# miss 19 crises the model before caught on the crisis test sets, 12 of them coded
# (docs/benchmarks.md, "More need training data").
NEEDS_ONLY_PREFIX = "2026-12-testset-"
# Set to 1 to fine-tune the need encoder even when its shipped weights match (bot.build --retune).
RETUNE_VARIABLE = "NWD_RETUNE"
log = logging.getLogger(__name__)
Embed = Callable[[Sequence[str]], np.ndarray]
if TYPE_CHECKING:
    from nlu_components.needs import NeedTags
    from nlu_components.tuned_encoder import TunedNeeds


def no_need_examples() -> list[str]:
    """Every example of an intent other than `inform` (and no crisis): messages with no need."""
    return [text for intent, text in intent_examples()
            if intent != "inform" and not intent.startswith("crisis_")]


def crisis_intent_examples() -> list[tuple[str, str]]:
    """(text, crisis type) for the crisis intents' examples in data/nlu/."""
    return [(text, CRISIS_INTENTS[intent]) for intent, text in intent_examples()
            if intent in CRISIS_INTENTS]


def need_examples(skip_prefix: str = "") -> tuple[list[str], list[list[str]], list[str | None]]:
    """(texts, needs, roles) for the need and role models (leaving out the labelled files
    whose names start with `skip_prefix`, when given)."""
    rows = training_rows("needs", skip_prefix=skip_prefix)
    extra = no_need_examples()
    return ([r["text"] for r in rows] + extra,
            [r["needs"] for r in rows] + [[] for _ in extra],
            [r["role"] for r in rows] + [None for _ in extra])


def crisis_examples() -> tuple[list[str], list[str | None]]:
    """(texts, crisis type or None) for the crisis model."""
    pairs = [(r["text"], r["crisis"]) for r in training_rows("crisis")]
    pairs += crisis_intent_examples()
    pairs += [(text, None) for text in need_examples(skip_prefix=NEEDS_ONLY_PREFIX)[0]]
    return [t for t, _ in pairs], [c for _, c in pairs]


@lru_cache(maxsize=2)
def _fitted_features(texts: tuple[str, ...], digest: str) -> TextFeatures:
    return TextFeatures().fit(texts)


def _features_of(texts: Sequence[str]) -> TextFeatures:
    """TextFeatures fitted on `texts` (each once), once per process and data."""
    unique = tuple(dict.fromkeys(texts))
    return _fitted_features(unique, hashlib.sha256("\n".join(unique).encode("utf-8")).hexdigest())


def text_features() -> TextFeatures:
    """The need and role models' features, fitted on every training text."""
    return _features_of(need_examples()[0] + crisis_examples()[0])


_EMBEDDINGS: dict[str, np.ndarray] = {}


def _embed_training(texts: Sequence[str]) -> np.ndarray:
    """The frozen encoder's vectors of training texts, rounded as stored. On the first call
    every training text's vector is read from nlu_components/weights/training_vectors.npz,
    or embedded when it is not there (and the file written again): training_vectors."""
    from nlu_components import training_vectors
    if not _EMBEDDINGS:
        every = list(dict.fromkeys(need_examples()[0] + crisis_examples()[0]))
        _EMBEDDINGS.update(zip(every, training_vectors.vectors_of(every)))
    missing = [t for t in dict.fromkeys(texts) if t not in _EMBEDDINGS]
    if missing:  # not a training text (scripts)
        _EMBEDDINGS.update(zip(missing, training_vectors.rounded(embed_messages(missing))))
    return np.array([_EMBEDDINGS[t] for t in texts], dtype=np.float32)


@dataclass
class NeedTaggerModels:
    needs: NeedModel
    role: RoleModel
    tuned: "TunedNeeds | None" = None

    # A need is kept when the two models' average probability reaches this (chosen on the
    # held-out, final, third and fourth sets: docs/benchmarks.md).
    BLEND_THRESHOLD = 0.6

    @property
    def features(self) -> TextFeatures:
        return self.needs.features

    @property
    def threshold(self) -> float:
        return self.BLEND_THRESHOLD if self.tuned is not None else NeedModel.threshold

    def need_probabilities(self, texts: Sequence[str], base,
                           tags: "Sequence[NeedTags] | None" = None) -> np.ndarray:
        """P(need) for each message: NeedModel and the fine-tuned encoder, averaged
        (`tags`: the need lexicon's tags of the texts, when the caller has them)."""
        lexicon = lexicon_columns(texts, tags)
        frozen = self.needs.probabilities(texts, base, lexicon)
        if self.tuned is None:
            return frozen
        return (frozen + self.tuned.probabilities(texts, lexicon)) / 2


def train_need_models(embed: Embed = _embed_training, tune: bool = True) -> NeedTaggerModels:
    """The need and role models; `tune=False` skips fine-tuning the encoder (minutes).

    The fine-tuning child process starts first and runs while this process fits the
    need and role models (single-threaded), so the two overlap on 2 cores."""
    from nlu_components.tuned_encoder import SHIPPED, start_tuning
    texts, needs, roles = need_examples()
    tags = need_tags(texts)  # the lexicon runs once per text; every model reads its verdict
    job = None
    if tune:
        job = start_tuning(texts, needs, lexicon_columns(texts, tags), shipped=SHIPPED,
                           reuse=os.environ.get(RETUNE_VARIABLE, "") in ("", "0"))
        log.info("need encoder: %s", f"reusing {SHIPPED.name} (key {job.key[:12]})" if job.reused
                 else f"fine-tuning (minutes); the result is written to {SHIPPED}")
    try:
        features = text_features()
        base = features.transform(texts, embed(texts))
        need_model = NeedModel(features).fit(texts, base, needs, tags)
        role_model = RoleModel(features).fit(texts, base, roles, tags)
    except BaseException:
        if job is not None:
            job.cancel()
        raise
    return NeedTaggerModels(need_model, role_model, job.result() if job is not None else None)


def crisis_text_features() -> TextFeatures:
    """The crisis model's own features, fitted on its own training texts only: need data
    it does not train on cannot move it (docs/benchmarks.md, "More need training data,
    again": with the shared features, moving need files cost it 13 crises)."""
    return _features_of(crisis_examples()[0])


def train_crisis_model(embed: Embed = _embed_training) -> CrisisModel:
    features = crisis_text_features()
    texts, labels = crisis_examples()
    return CrisisModel(features).fit(texts, features.transform(texts, embed(texts)), labels)


def intent_training_examples() -> tuple[list[str], list[str]]:
    """(texts, intents) for the intent model: every example in data/nlu/ but the crisis
    intents' (layers 1 and 2 alone decide a crisis: CrisisDetector), and the dialogue
    examples in data/labelled/intents/."""
    pairs = [(text, intent) for intent, text in intent_examples() if intent not in CRISIS_INTENTS]
    pairs += [(row["text"], row["intent"]) for row in training_rows("intents")]
    return [t for t, _ in pairs], [i for _, i in pairs]


def train_intent_model(embed: Embed = _embed_training) -> IntentModel:
    """The intent model, on the need and role models' features (a message's features are
    then computed once for all three)."""
    features = text_features()
    texts, intents = intent_training_examples()
    return IntentModel(features).fit(texts, features.transform(texts, embed(texts)), intents)
