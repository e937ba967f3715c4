"""Text normalisation, the offline sentence embedding, and the labelled data files."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
import yaml

from nlu_components.embedder import DIMENSIONS, MAX_TOKENS, get_embedder, embed
from nlu_components.labelled import (LabelledDataError, digest, intent_examples, load_rows, training_files,
                                     training_rows)
from nlu_components.text import correct_word, normalise

FIXTURES = Path(__file__).parent / "fixtures" / "embeddings"


# --- normalise ------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Ma pal's gone ower, he's no movin", "my pal's gone over, he's not moving"),
    ("I cannae cope, ma heid's mince", "i can't cope, my head's mince"),
    ("am gonnae use the lot", "i'm going to use the lot"),
    ("nae hoose, nae money", "no house, no money"),
    ("im homles in edinbrugh", "i'm homeless in edinbrugh"),       # places are left alone
    ("wer can i get methadne", "where can i get methadone"),
    ("pleeeease help", "please help"),
    ("ma ma's drinking again", "my mum's drinking again"),
    ("he's shakin on the flair", "he's shaking on the floor"),
])
def test_normalise_maps_scots_chat_and_misspelt_keywords(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("word", ["heroin", "cabin", "house", "hello", "glasgow", "kirkcaldy"])
def test_real_words_are_never_corrected(word):
    assert correct_word(word) == word


@pytest.mark.parametrize("word,wrong", [("relapse", "release"), ("relapsed", "released"),
                                        ("breaching", "breathing"), ("overdone", "overdose"),
                                        ("texting", "testing")])
def test_words_close_to_a_keyword_are_not_turned_into_it(word, wrong):
    # "relapsed" once read as "released" (a prison word) and "breaching" as "breathing"
    assert correct_word(word) == word != wrong


def test_normalise_keeps_the_word_order_and_is_idempotent():
    text = "Ah dinnae want tae go back tae the hostel the night"
    once = normalise(text)
    assert once == "i don't want to go back to the hostel the night"
    assert normalise(once) == once


# --- the embedding model -----------------------------------------------------------------

def test_embeddings_match_the_reference_implementation():
    """Vectors from sentence-transformers + PyTorch for the same model (see the fixture)."""
    reference = json.loads((FIXTURES / "reference.json").read_text())
    ours = embed(reference["texts"])
    expected = np.array(reference["embeddings"], dtype=np.float32)
    assert ours.shape == expected.shape == (len(reference["texts"]), DIMENSIONS)
    assert np.abs(ours - expected).max() < 1e-5


def test_embeddings_are_unit_length_and_repeatable():
    texts = ["I've nowhere to stay tonight", "", "x" * 5000]
    first, second = embed(texts), embed(texts)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(first, second)


def test_one_message_embeds_as_in_a_batch_and_keeps_its_lower_states():
    """The chat path (embed_one) gives the batch path's vector, and keeps the states after
    the shared layers for the fine-tuned encoder (nlu_components/tuned_encoder.py)."""
    from nlu_components.embedder import SHARED_LAYERS
    encoder = get_embedder()
    texts = ["need my script sorted, I'm in Leith", "", "x" * 5000]
    for text in texts:
        assert np.allclose(encoder.embed_one(text), embed([text])[0], atol=1e-5)
    hits = encoder._shared_states.hits
    states = encoder.states_after(texts[0], SHARED_LAYERS)
    assert encoder._shared_states.hits == hits + 1  # computed by embed_one above, not again
    assert states.shape == (len(encoder.tokenizer.encode(texts[0]).ids), DIMENSIONS)


def test_long_messages_are_cut_at_the_models_limit():
    ids = get_embedder().tokenizer.encode("word " * 2000).ids
    assert len(ids) == MAX_TOKENS


def test_similar_meanings_are_closer_than_different_ones():
    a, b, c = embed(["my pal is not breathing", "he's stopped breathing after using",
                     "I'm looking for a college course"])
    assert a @ b > a @ c + 0.3


# --- labelled data files -------------------------------------------------------------------

def test_the_shipped_labelled_data_loads_and_is_big_enough():
    needs, crisis = training_rows("needs"), training_rows("crisis")
    assert len(needs) >= 1500 and len(crisis) >= 600
    assert {r["crisis"] for r in crisis} - {None} == {
        "overdose", "medical", "suicidal", "self_harm", "abuse", "child_at_risk"}


def test_the_former_test_sets_train_the_need_models_but_not_the_crisis_model():
    """data/labelled/needs/2026-12-testset-*.yml: need and role examples, not "not a crisis"
    examples (as those they cost the crisis model coded crises: docs/benchmarks.md)."""
    from nlu_components.training import NEEDS_ONLY_PREFIX, crisis_examples, need_examples, no_need_examples
    former = [path for path in training_files("needs") if path.name.startswith(NEEDS_ONLY_PREFIX)]
    texts = {row["text"] for path in former for row in load_rows(path, "needs")}
    assert len(former) == 37 and len(texts) > 10000
    assert texts <= set(need_examples()[0])
    crisis_texts = set(crisis_examples()[0])
    also_elsewhere = {row["text"] for row in training_rows("needs", skip_prefix=NEEDS_ONLY_PREFIX)}
    also_elsewhere |= set(no_need_examples()) | {row["text"] for row in training_rows("crisis")}  # "ta", "Falkirk"
    assert not (texts - also_elsewhere) & crisis_texts
    assert len(training_rows("needs", skip_prefix=NEEDS_ONLY_PREFIX)) == len(training_rows("needs")) - sum(
        len(load_rows(path, "needs")) for path in former)



def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def test_no_test_message_is_in_the_training_data():
    """The quality figures mean something only if the model never saw the test messages.
    Messages of up to four words ("hiya", "skint", "G2", "hello is anyone there") may
    coincide by chance and are allowed; anything longer found in training data or
    data/nlu/ fails, naming it."""
    seen = {_words(r["text"]) for kind in ("needs", "crisis", "intents") for r in training_rows(kind)}
    seen |= {_words(text) for _, text in intent_examples()}
    tests_dir = Path(__file__).parent / "data"
    leaked = [f"{path.name}: {row['text']}"
              for path in sorted(tests_dir.glob("*.yml"))
              for row in yaml.safe_load(path.read_text(encoding="utf-8"))
              if "text" in row and len(_words(row["text"]).split()) > 4
              and _words(row["text"]) in seen]
    assert len(list(tests_dir.glob("nlu_*.yml"))) >= 2
    assert not leaked, leaked

@pytest.mark.parametrize("line,kind,message", [
    ('- {text: "nae hoose", needs: [houseing], council_area: null, role: self}', "needs",
     "unknown need code(s) ['houseing']"),
    ('- {text: "in Glesga", needs: [], council_area: Glesga, role: self}', "needs",
     "council_area 'Glesga' is not one of the 32 official names"),
    ('- {text: "for my son", needs: [], council_area: null, role: mum}', "needs", "role 'mum'"),
    ('- {text: "", needs: [], council_area: null, role: null}', "needs", "non-empty text"),
    ('- {text: "he is blue", crisis: overdoes}', "crisis", "crisis 'overdoes' must be one of"),
    ('- {text: "aye", intent: afirm, after: check}', "intents", "intent 'afirm' must be one of greet,"),
    ('- {text: "he is blue", intent: crisis_overdose}', "intents", "intent 'crisis_overdose' must be one of"),
])
def test_a_bad_row_is_reported_with_file_line_and_reason(tmp_path, line, kind, message):
    path = tmp_path / "bad.yml"
    good = {"needs": '- {text: "homeless", needs: [housing], council_area: null, role: self}',
            "crisis": '- {text: "he is not breathing", crisis: overdose}',
            "intents": '- {text: "nope", intent: deny, after: check}'}[kind]
    path.write_text(f"# header\n{good}\n{line}\n")
    with pytest.raises(LabelledDataError) as info:
        load_rows(path, kind)
    assert f"{path}, line 3:" in str(info.value) and message in str(info.value)


def test_broken_yaml_is_reported_with_the_file(tmp_path):
    path = tmp_path / "broken.yml"
    path.write_text('- {text: "unclosed, needs: [housing]\n')
    with pytest.raises(LabelledDataError, match="broken.yml: not valid YAML"):
        load_rows(path, "needs")


def test_the_digest_changes_when_a_file_changes(tmp_path):
    (tmp_path / "needs").mkdir()
    f = tmp_path / "needs" / "a.yml"
    f.write_text('- {text: "homeless", needs: [housing], council_area: null, role: self}\n')
    before = digest("needs", tmp_path)
    f.write_text('- {text: "skint", needs: [money], council_area: null, role: self}\n')
    assert digest("needs", tmp_path) != before


def test_each_trained_component_is_retrained_when_any_kind_of_labelled_data_changes(monkeypatch):
    """Rasa's cache sees no labelled file: the components' fingerprints must. The crisis
    model learns from the need messages too, so a change to a need file alone must not
    leave a cached crisis model behind; the intent model reads the need model's features."""
    import nlu_components.labelled as labelled
    from nlu_components.crisis_detector import CrisisDetector
    from nlu_components.intent_classifier import IntentClassifier
    from nlu_components.need_tagger import NeedTagger

    def keys(needs: str, crisis: str, intents: str) -> tuple[str, ...]:
        digests = {"needs": needs, "crisis": crisis, "intents": intents}
        monkeypatch.setattr(labelled, "digest", lambda kind, *a: digests[kind])
        return tuple(c.fingerprint_addon({}) for c in (CrisisDetector, NeedTagger, IntentClassifier))

    before = keys("n1", "c1", "i1")
    for after in (keys("n2", "c1", "i1"), keys("n1", "c2", "i1"), keys("n1", "c1", "i2")):
        assert all(a != b for a, b in zip(after, before))
