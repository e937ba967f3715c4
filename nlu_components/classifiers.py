"""Trained classifiers for needs and crisis, on top of the lexicons.

Both read the same kinds of features of a message (the crisis model's vocabulary is its own):
- its sentence embedding (nlu_components.embedder, of the text after
  nlu_components.text.normalise: meaning, so unseen wording and coded phrases land near
  the examples they resemble);
- character 2-5-grams and word 1-2-grams of the normalised text (TF-IDF: slang, Scots
  and misspellings);
- for needs only, the need lexicon's own verdict (one column per need code), so the model
  learns when to trust a lexicon hit and when a word like "script" is not about treatment.

NeedModel is one logistic regression per need code (a message can have several needs).
RoleModel is one multinomial logistic regression over "none", "self", "family" and
"worker", with the role rules' verdict as extra columns (nlu_components/roles.py).
IntentModel is one multinomial logistic regression over the dialogue intents (greet, skip,
ask_privacy, ...; not the crisis ones), in place of Rasa's DIET: it reads the features the
need and role models have already computed, so it costs a message almost nothing.
CrisisModel is one multinomial logistic regression over "none" and the six crisis types;
it is layer 2 of crisis detection, independent of the lexicon (layer 1), so the two
fail differently. Training is deterministic (lbfgs, fixed random_state); both pickle.
Pure Python (scikit-learn, NumPy, SciPy): no rasa import.
"""
from __future__ import annotations

import hashlib
from typing import Sequence

import numpy as np
from scipy.sparse import csr_matrix, hstack
from scipy.special import expit
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.utils.extmath import softmax

from nlu_components.needs import NeedTags, tag_needs
from nlu_components.roles import rule_role
from nlu_components.text import normalise
from nlu_components.vector_cache import RecentVectors
from services_db.vocab import CRISIS_TYPES, NEED_CODES, ROLES

SEED = 42
NONE = "none"
CRISIS_CLASSES = (NONE, *CRISIS_TYPES)
ROLE_CLASSES = (NONE, *ROLES)


def embed_messages(texts: Sequence[str]) -> np.ndarray:
    """Sentence embeddings of the normalised texts (Scots and chat words in plain English)."""
    from nlu_components.embedder import get_embedder
    if len(texts) != 1:
        return get_embedder().embed([normalise(t) for t in texts])
    # A chat message: short answers ("yes", "Glasgow", "for me") repeat, so recent ones are
    # cached (nlu_components/vector_cache.py); `embed_one` keeps the lower layers' states
    # for the fine-tuned encoder, which shares them.
    return _RECENT.get(normalise(texts[0]), get_embedder().embed_one)[None, :]


_RECENT = RecentVectors()


class TextFeatures:
    """A classifier's features: the embedding, and character and word n-gram TF-IDF of the
    normalised text. The need and role models share one fitted on all their training texts
    and the crisis model's; the crisis model has its own, fitted on its training texts only
    (nlu_components/training.py). A message's features are computed once per fitted
    vocabulary (`digest` names it) and read by every model that shares them."""

    def __init__(self) -> None:
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                     preprocessor=normalise, sublinear_tf=True, dtype=np.float32)
        self.words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1,
                                     preprocessor=normalise, sublinear_tf=True, dtype=np.float32)
        self.digest = ""

    def fit(self, texts: Sequence[str]) -> "TextFeatures":
        self.chars.fit(texts)
        self.words.fit(texts)
        vocabulary = "\n".join(sorted(self.chars.vocabulary_) + sorted(self.words.vocabulary_))
        self.digest = hashlib.sha256(vocabulary.encode("utf-8")).hexdigest()[:16]
        return self

    def transform(self, texts: Sequence[str], embeddings: np.ndarray) -> csr_matrix:
        if len(texts) == 1:  # a chat message: the same row, built directly
            return self._transform_one(texts[0], embeddings[0])
        return hstack([csr_matrix(embeddings), self.chars.transform(texts),
                       self.words.transform(texts)]).tocsr()

    def _transform_one(self, text: str, embedding: np.ndarray) -> csr_matrix:
        """transform([text], ...) for one text, without scikit-learn's per-call checks and
        sparse-matrix steps (about 1 ms of each chat message; tests/test_classifiers.py
        checks the two agree)."""
        parts = [(np.arange(len(embedding), dtype=np.int32), embedding.astype(np.float32))]
        offset = len(embedding)
        for vectorizer in (self.chars, self.words):
            indices, values = _tfidf_row(vectorizer, text)
            parts.append((indices + offset, values))
            offset += len(vectorizer.vocabulary_)
        indices = np.concatenate([i for i, _ in parts])
        values = np.concatenate([v for _, v in parts])
        keep = values != 0  # csr_matrix(embeddings) keeps no explicit zeros either
        return csr_matrix((values[keep], indices[keep], np.array([0, int(keep.sum())])),
                          shape=(1, offset))


def _tfidf_row(vectorizer: TfidfVectorizer, text: str) -> tuple[np.ndarray, np.ndarray]:
    """One text's TF-IDF row as TfidfVectorizer.transform computes it (scikit-learn 1.1):
    n-gram counts, 1 + log(count) when sublinear, times the idf, then unit L2 length."""
    cached = getattr(vectorizer, "_nwd_one", None)
    if cached is None:
        cached = (vectorizer.build_analyzer(), np.asarray(vectorizer.idf_, dtype=vectorizer.dtype))
        vectorizer._nwd_one = cached
    analyse, idf = cached
    counts: dict[int, int] = {}
    for gram in analyse(text):
        j = vectorizer.vocabulary_.get(gram)
        if j is not None:
            counts[j] = counts.get(j, 0) + 1
    indices = np.array(sorted(counts), dtype=np.int32)
    values = np.array([counts[j] for j in indices], dtype=vectorizer.dtype)
    if vectorizer.sublinear_tf:
        values = np.log(values) + values.dtype.type(1)
    values = values * idf[indices]
    length = np.sqrt(np.sum((values * values).astype(np.float64)))
    if length > 0:
        values = (values / length).astype(vectorizer.dtype)
    return indices, values


def _with(base: csr_matrix, extra: np.ndarray) -> csr_matrix:
    return hstack([base, csr_matrix(extra)]).tocsr()


def _scores(model: LogisticRegression, base: csr_matrix, extra: np.ndarray | None = None) -> np.ndarray:
    """model.decision_function of the rows [base, extra], always 2-D (rows x scores).

    For one message the product reads only the coefficients of its non-zero features:
    scikit-learn's sparse product copies the whole coefficient matrix of a model with
    several classes on every call (milliseconds per chat message)."""
    if base.shape[0] != 1:
        x = base if extra is None else _with(base, extra)
        return model.decision_function(x).reshape(base.shape[0], -1)
    coef = model.coef_
    scores = coef[:, base.indices] @ base.data.astype(np.float64)
    if extra is not None:
        scores = scores + coef[:, base.shape[1]:] @ np.asarray(extra, dtype=np.float64)[0]
    return (scores + model.intercept_)[None, :]


def _positive_probability(model: LogisticRegression, base: csr_matrix,
                          extra: np.ndarray | None = None) -> np.ndarray:
    """predict_proba(...)[:, 1] of a two-class model."""
    return expit(_scores(model, base, extra)[:, 0])


def _class_probabilities(model: LogisticRegression, base: csr_matrix,
                         extra: np.ndarray | None = None) -> np.ndarray:
    """predict_proba of a multinomial model (lbfgs over three or more classes)."""
    if len(model.classes_) <= 2 or model.multi_class not in ("auto", "multinomial"):
        return model.predict_proba(base if extra is None else _with(base, extra))
    return softmax(_scores(model, base, extra))


def _multinomial(c: float, x: csr_matrix, y: Sequence[int]) -> LogisticRegression:
    """A class-balanced, seeded multinomial logistic regression fitted on (x, y)."""
    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=SEED).fit(x, y)


def need_tags(texts: Sequence[str], tags: Sequence[NeedTags] | None = None) -> Sequence[NeedTags]:
    """The need lexicon's tags of each text (`tags` when the caller already has them)."""
    return [tag_needs(text) for text in texts] if tags is None else tags


def lexicon_columns(texts: Sequence[str], tags: Sequence[NeedTags] | None = None) -> np.ndarray:
    """One 0/1 column per need code: did the need lexicon find that need?"""
    out = np.zeros((len(texts), len(NEED_CODES)), dtype=np.float32)
    for i, tagged in enumerate(need_tags(texts, tags)):
        for need in tagged.needs:
            out[i, NEED_CODES.index(need)] = 1.0
    return out


def role_columns(texts: Sequence[str], tags: Sequence[NeedTags] | None = None) -> np.ndarray:
    """One 0/1 column per role class: what the role rules say."""
    out = np.zeros((len(texts), len(ROLE_CLASSES)), dtype=np.float32)
    for i, (text, tagged) in enumerate(zip(texts, need_tags(texts, tags))):
        out[i, ROLE_CLASSES.index(rule_role(text, tagged.needs) or NONE)] = 1.0
    return out


class NeedModel:
    """P(need | message) for each need code. `base`: TextFeatures.transform of the texts."""

    threshold = 0.5

    def __init__(self, features: TextFeatures, c: float = 4.0) -> None:
        self.features, self.c = features, c
        self.models: dict[str, LogisticRegression | float] = {}

    def fit(self, texts: Sequence[str], base: csr_matrix, labels: Sequence[Sequence[str]],
            tags: Sequence[NeedTags] | None = None) -> "NeedModel":
        x = _with(base, lexicon_columns(texts, tags))
        for need in NEED_CODES:
            y = np.array([need in (row or []) for row in labels], dtype=int)
            if y.min() == y.max():  # no examples either way: a constant answer
                self.models[need] = float(y[0]) if len(y) else 0.0
                continue
            self.models[need] = LogisticRegression(
                C=self.c, max_iter=3000, class_weight="balanced", random_state=SEED).fit(x, y)
        return self

    def probabilities(self, texts: Sequence[str], base: csr_matrix,
                      lexicon: np.ndarray | None = None) -> np.ndarray:
        """Array (messages x NEED_CODES) of probabilities (`lexicon`: lexicon_columns(texts))."""
        lexicon = lexicon_columns(texts) if lexicon is None else lexicon
        out = np.zeros((len(texts), len(NEED_CODES)), dtype=np.float32)
        for j, need in enumerate(NEED_CODES):
            model = self.models[need]
            out[:, j] = (_positive_probability(model, base, lexicon)
                         if isinstance(model, LogisticRegression) else model)
        return out


class RoleModel:
    """Who the help is for: "self", "family", "worker", or None when the message gives no clue."""

    def __init__(self, features: TextFeatures, c: float = 4.0) -> None:
        self.features, self.c = features, c
        self.model: LogisticRegression | None = None

    def fit(self, texts: Sequence[str], base: csr_matrix, labels: Sequence[str | None],
            tags: Sequence[NeedTags] | None = None) -> "RoleModel":
        y = [ROLE_CLASSES.index(label or NONE) for label in labels]
        self.model = LogisticRegression(C=self.c, max_iter=3000, class_weight="balanced",
                                        random_state=SEED)
        self.model.fit(_with(base, role_columns(texts, tags)), y)
        return self

    def predict(self, texts: Sequence[str], base: csr_matrix,
                tags: Sequence[NeedTags] | None = None) -> list[str | None]:
        assert self.model is not None, "fit() first"
        scores = _scores(self.model, base, role_columns(texts, tags))
        predicted = self.model.classes_[scores.argmax(axis=1)]  # as LogisticRegression.predict
        return [None if ROLE_CLASSES[k] == NONE else ROLE_CLASSES[k] for k in predicted]


class IntentModel:
    """P(intent | message) over the intents it was trained on, best first (`ranking`).
    C = 16 was chosen by 5-fold cross-validation on the training examples
    (docs/benchmarks.md, "An intent model on the shared features")."""

    def __init__(self, features: TextFeatures, c: float = 16.0) -> None:
        self.features, self.c = features, c
        self.model: LogisticRegression | None = None
        self.intents: tuple[str, ...] = ()

    def fit(self, texts: Sequence[str], base: csr_matrix, labels: Sequence[str]) -> "IntentModel":
        self.intents = tuple(sorted(set(labels)))
        self.model = _multinomial(self.c, base, [self.intents.index(label) for label in labels])
        return self

    def probabilities(self, texts: Sequence[str], base: csr_matrix) -> np.ndarray:
        """Array (messages x intents), columns in the order of `intents`."""
        assert self.model is not None, "fit() first"
        return _class_probabilities(self.model, base)

    def ranking(self, text: str, base: csr_matrix) -> list[tuple[str, float]]:
        """(intent, probability) for one message, most likely first."""
        probabilities = self.probabilities([text], base)[0]
        order = np.argsort(-probabilities, kind="stable")
        return [(self.intents[self.model.classes_[k]], float(probabilities[k])) for k in order]


class CrisisModel:
    """P(none), P(overdose), ... P(child_at_risk) for a message (no lexicon columns: layer 2
    stays independent of layer 1)."""

    def __init__(self, features: TextFeatures, c: float = 16.0) -> None:
        self.features, self.c = features, c
        self.model: LogisticRegression | None = None

    def fit(self, texts: Sequence[str], base: csr_matrix,
            labels: Sequence[str | None]) -> "CrisisModel":
        self.model = _multinomial(self.c, base, [CRISIS_CLASSES.index(label or NONE) for label in labels])
        return self

    def probabilities(self, texts: Sequence[str], base: csr_matrix) -> np.ndarray:
        """Array (messages x CRISIS_CLASSES); classes never seen in training get 0."""
        assert self.model is not None, "fit() first"
        raw = _class_probabilities(self.model, base)
        out = np.zeros((len(texts), len(CRISIS_CLASSES)), dtype=np.float32)
        out[:, self.model.classes_] = raw
        return out
