"""The classifiers' one-message path gives what scikit-learn gives.

A chat message is scored by nlu_components.classifiers without scikit-learn's per-call
checks and sparse products (TextFeatures._transform_one, _scores). These tests fit small
models on a few labelled sentences and compare each one-message answer with
scikit-learn's own transform, predict_proba and predict on the same rows.
"""
from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import hstack

from nlu_components.classifiers import (CRISIS_CLASSES, ROLE_CLASSES, CrisisModel, IntentModel, NeedModel,
                                        RoleModel, TextFeatures, lexicon_columns, role_columns)
from nlu_components.needs import tag_needs

TRAIN = [
    ("I need a detox, the drink is killing me", ["treatment"], "self", None),
    ("nae hoose, sleeping rough in Dundee", ["housing"], "self", None),
    ("my son is on heroin and I'm out of my mind with worry", ["family", "treatment"], "family", None),
    ("my client was released from prison today with no money", ["justice", "money"], "worker", None),
    ("where can I get naloxone in Glasgow", ["harm_reduction"], None, None),
    ("skint, sanctioned, nothing in the cupboards", ["money"], "self", None),
    ("I've taken all my pills and I want to die", [], "self", "suicidal"),
    ("he's not breathing, lips are blue", [], "family", "overdose"),
    ("he's going to hit me again tonight", [], "self", "abuse"),
    ("ma heid's mince and I cannae sleep", ["mental_health"], "self", None),
    ("looking for a college course after rehab", ["employment", "treatment"], "self", None),
    ("need a dentist, abscess is agony", ["physical_health"], "self", None),
]
MESSAGES = [t for t, *_ in TRAIN] + [
    "", "!!!", "Dundee", "hiya, I need help to stop the bevvy", "my patient needs a GP",
    "zzzz qqqq", "I took too much and can't breathe properly", "homless in Perth",
]


@pytest.fixture(scope="module")
def fitted():
    texts = [t for t, *_ in TRAIN]
    rng = np.random.default_rng(7)
    embeddings = rng.standard_normal((len(texts), 16)).astype(np.float32)
    features = TextFeatures()
    features.chars.set_params(min_df=1)
    features.fit(texts)
    base = features.transform(texts, embeddings)
    tags = [tag_needs(t) for t in texts]
    needs = NeedModel(features).fit(texts, base, [n for _, n, _, _ in TRAIN], tags)
    role = RoleModel(features).fit(texts, base, [r for _, _, r, _ in TRAIN], tags)
    crisis = CrisisModel(features).fit(texts, base, [c for *_, c in TRAIN])
    message_embeddings = rng.standard_normal((len(MESSAGES), 16)).astype(np.float32)
    return features, needs, role, crisis, message_embeddings


def test_one_message_features_equal_the_batch_transform(fitted):
    features, *_, embeddings = fitted
    batch = features.transform(MESSAGES, embeddings)
    for i, text in enumerate(MESSAGES):
        one = features.transform([text], embeddings[i:i + 1])
        assert one.shape == (1, batch.shape[1])
        assert np.allclose(one.toarray(), batch[i].toarray(), atol=1e-7), text
        assert one.nnz == batch[i].nnz, text


def test_one_message_answers_equal_scikit_learns(fitted):
    features, needs, role, crisis, embeddings = fitted
    batch = features.transform(MESSAGES, embeddings)
    lexicon = lexicon_columns(MESSAGES)
    with_lexicon = hstack([batch, lexicon]).tocsr()
    with_roles = hstack([batch, role_columns(MESSAGES)]).tocsr()
    reference_needs = np.stack([needs.models[code].predict_proba(with_lexicon)[:, 1]
                                for code in needs.models], axis=1)
    reference_roles = role.model.predict(with_roles)
    reference_crisis = crisis.model.predict_proba(batch)
    assert len(crisis.model.classes_) > 2  # the multinomial path is the one under test
    for i, text in enumerate(MESSAGES):
        row = features.transform([text], embeddings[i:i + 1])
        got = needs.probabilities([text], row, lexicon[i:i + 1])[0]
        assert np.allclose(got, reference_needs[i], atol=1e-6), text
        expected_role = ROLE_CLASSES[reference_roles[i]]
        assert role.predict([text], row) == [None if expected_role == "none" else expected_role]
        got_crisis = crisis.probabilities([text], row)[0]
        assert np.allclose(got_crisis[crisis.model.classes_], reference_crisis[i], atol=1e-6), text
        assert len(got_crisis) == len(CRISIS_CLASSES)


def test_many_messages_still_go_through_scikit_learn(fitted):
    features, needs, _, crisis, embeddings = fitted
    batch = features.transform(MESSAGES, embeddings)
    lexicon = lexicon_columns(MESSAGES)
    one_by_one = np.vstack([needs.probabilities([t], features.transform([t], embeddings[i:i + 1]),
                                                lexicon[i:i + 1]) for i, t in enumerate(MESSAGES)])
    assert np.allclose(needs.probabilities(MESSAGES, batch, lexicon), one_by_one, atol=1e-6)
    assert np.allclose(crisis.probabilities(MESSAGES, batch).sum(axis=1), 1.0, atol=1e-5)


INTENT_TRAIN = [("hiya", "greet"), ("hello there", "greet"), ("aye that's right", "affirm"),
                ("yes please", "affirm"), ("naw", "deny"), ("no that's wrong", "deny"),
                ("skip", "skip"), ("rather not say", "skip"), ("I need a bed tonight", "inform"),
                ("skint and no gas", "inform")]


def test_the_intent_model_ranks_every_intent_and_agrees_with_scikit_learn():
    texts = [t for t, _ in INTENT_TRAIN]
    rng = np.random.default_rng(11)
    features = TextFeatures()
    features.chars.set_params(min_df=1)
    features.fit(texts)
    model = IntentModel(features).fit(texts, features.transform(texts, rng.standard_normal((10, 16))),
                                      [i for _, i in INTENT_TRAIN])
    assert model.intents == ("affirm", "deny", "greet", "inform", "skip")
    embeddings = rng.standard_normal((len(MESSAGES), 16)).astype(np.float32)
    reference = model.model.predict_proba(features.transform(MESSAGES, embeddings))
    for i, text in enumerate(MESSAGES):
        ranking = model.ranking(text, features.transform([text], embeddings[i:i + 1]))
        assert [name for name, _ in ranking] == [model.intents[k] for k in np.argsort(-reference[i], kind="stable")]
        assert np.allclose([p for _, p in ranking], np.sort(reference[i])[::-1], atol=1e-6), text
        assert abs(sum(p for _, p in ranking) - 1.0) < 1e-5
