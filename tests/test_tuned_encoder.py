"""The fine-tuned need encoder (nlu_components/tuned_encoder.py): trains in a child process
with TensorFlow, runs in NumPy, and is repeatable."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nlu_components.classifiers import lexicon_columns
from nlu_components.embedder import get_embedder
from nlu_components.tuned_encoder import TRAINED_KEYS, TunedNeeds, shipped_key, start_tuning, train_tuned_needs
from services_db.vocab import NEED_CODES

HOUSING = ["nowhere to sleep tonight", "my landlord is evicting me", "sofa surfing at my pal's",
           "need a hostel bed", "got put out my flat", "sleeping in my car", "homeless since friday",
           "behind on the rent and getting evicted"]
WORK = ["want to get back to work", "any college courses going", "looking for a job",
        "volunteering to fill my days", "need help with my cv", "lost my job, want another",
        "an apprenticeship maybe", "training to be a joiner"]


@pytest.fixture(scope="module")
def tiny():
    texts = (HOUSING + WORK) * 4
    labels = [["housing"] if t in HOUSING else ["employment"] for t in texts]
    return texts, labels, train_tuned_needs(texts, labels, lexicon_columns(texts), epochs=2)


def test_the_encoder_with_its_own_weights_embeds_exactly_as_before():
    base = get_embedder()
    from safetensors.numpy import load_file
    from nlu_components.embedder import model_dir
    weights = load_file(str(model_dir() / "model.safetensors"))
    same = base.with_weights({k: weights[k] for k in TRAINED_KEYS})
    texts = ["I've nowhere to stay", "need my script sorted", ""]
    assert np.allclose(same.embed(texts), base.embed(texts), atol=1e-6)


def test_fine_tuning_learns_the_labels(tiny):
    _, _, tuned = tiny
    texts = ["they're evicting me on monday", "I'd like a course at the college"]
    p = tuned.probabilities(texts, lexicon_columns(texts))
    assert p.shape == (2, len(NEED_CODES)) and ((0 <= p) & (p <= 1)).all()
    housing, work = NEED_CODES.index("housing"), NEED_CODES.index("employment")
    assert p[0, housing] > p[1, housing] and p[1, work] > p[0, work]


def test_fine_tuning_is_repeatable_and_survives_pickling(tiny):
    import pickle
    texts, labels, tuned = tiny
    again = train_tuned_needs(texts, labels, lexicon_columns(texts), epochs=2)
    assert np.array_equal(again.head_w, tuned.head_w)
    assert all(np.array_equal(again.weights[k], tuned.weights[k]) for k in TRAINED_KEYS)
    copy = pickle.loads(pickle.dumps(tuned))
    assert isinstance(copy, TunedNeeds)
    probe = ["no house"]
    assert np.array_equal(copy.probabilities(probe, lexicon_columns(probe)),
                          tuned.probabilities(probe, lexicon_columns(probe)))


def test_a_repeated_message_is_encoded_once_and_gives_the_same_answer(tiny):
    _, _, tuned = tiny
    probe = ["need a hostel bed the night"]
    first = tuned.probabilities(probe, lexicon_columns(probe))
    cached = len(tuned._recent)
    again = tuned.probabilities(probe, lexicon_columns(probe))
    assert np.array_equal(first, again) and len(tuned._recent) == cached
    batch = tuned.probabilities(probe + ["any college courses"], lexicon_columns(probe * 2))
    assert np.allclose(batch[0], first[0], atol=1e-5)


def test_only_the_top_layers_are_tuned_and_the_lower_ones_are_shared(tiny):
    """The tuned encoder keeps the frozen encoder's lower layers, so a chat message's
    states after them are computed once (by the frozen embedding) and read by both."""
    from nlu_components.classifiers import embed_messages
    from nlu_components.embedder import SHARED_LAYERS
    _, _, tuned = tiny
    assert {int(k.split(".")[2]) for k in tuned.weights} == set(range(SHARED_LAYERS, 6))
    text = "got put out the hostel the day, nowhere to go"
    base = get_embedder()
    embed_messages([text])                       # the frozen embedding, as SentenceEmbedder does
    shared, hits = len(base._shared_states), base._shared_states.hits
    single = tuned.probabilities([text], lexicon_columns([text]))
    # the tuned pass started from the frozen pass's states
    assert len(base._shared_states) == shared and base._shared_states.hits == hits + 1
    batch = tuned.probabilities([text, "any college courses"], lexicon_columns([text, "x"]))
    assert np.allclose(single[0], batch[0], atol=1e-5)


def test_a_failed_child_is_reported_and_a_cancelled_one_is_stopped():
    texts = HOUSING + WORK
    labels = [["housing"] if t in HOUSING else ["employment"] for t in texts]
    wrong_width = lexicon_columns(texts)[:, :1]   # the head expects one column per need code
    with pytest.raises(RuntimeError, match="fine-tuning the need encoder failed"):
        start_tuning(texts, labels, wrong_width, epochs=1).result()
    job = start_tuning(texts, labels, lexicon_columns(texts), epochs=50)
    child = job._child
    job.cancel()
    assert child.poll() is not None        # stopped, not left running
    assert not Path(job._folder.name).exists()


def test_tuned_weights_are_stored_with_their_key_and_reused_only_for_the_same_inputs(tiny, tmp_path):
    texts, labels, tuned = tiny
    lexicon = lexicon_columns(texts)
    stored = tmp_path / "weights" / "need_encoder.npz"
    job = start_tuning(texts, labels, lexicon, epochs=2, shipped=stored)
    assert not job.reused
    fresh = job.result()
    assert shipped_key(stored) == job.key                      # written, with its key
    assert np.array_equal(fresh.head_w, tuned.head_w)         # fine-tuning is repeatable
    again = start_tuning(texts, labels, lexicon, epochs=2, shipped=stored)
    assert again.reused and again.key == job.key              # no child process this time
    reused = again.result()
    assert np.array_equal(reused.head_w, tuned.head_w)
    assert all(np.array_equal(reused.weights[k], tuned.weights[k]) for k in TRAINED_KEYS)
    # anything that changes the result changes the key: labels, epochs, the lexicon's verdicts
    changed_labels = [["housing"] for _ in labels]
    for other in (start_tuning(texts, changed_labels, lexicon, epochs=2, shipped=stored),
                  start_tuning(texts, labels, lexicon, epochs=3, shipped=stored),
                  start_tuning(texts, labels, lexicon * 0, epochs=2, shipped=stored),
                  start_tuning(texts, labels, lexicon, epochs=2, shipped=stored, reuse=False)):
        assert not other.reused
        other.cancel()
    assert shipped_key(stored) == job.key                     # cancelled jobs write nothing


def test_a_missing_or_unreadable_weights_file_has_no_key(tmp_path):
    assert shipped_key(tmp_path / "none.npz") is None
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip file")
    assert shipped_key(broken) is None


def test_the_shipped_weights_are_tuned_for_the_current_training_data(trained_model):
    """The repository ships the fine-tuned weights so a build need not spend minutes
    fine-tuning (docs/maintainers.md). A change to the training data, the lexicon's verdicts
    on it or the fine-tuning code makes them stale: `make model` fine-tunes again and
    rewrites the file, which must then be committed with the change.

    In a git checkout the build that made `trained_model` has just compared the file's key
    with the training inputs' (and rewritten the file if they differed), so the file being
    the committed one is the check; recomputing the key here read the need lexicon over
    ~19,000 texts again (23 to 70 s of every CI run). Outside git, the key is recomputed."""
    import subprocess
    from nlu_components.tuned_encoder import SHIPPED
    changed = subprocess.run(["git", "status", "--porcelain", "--", str(SHIPPED)], cwd=SHIPPED.parent,
                             capture_output=True, text=True)
    if changed.returncode == 0:   # in a git checkout: the file the build used is the committed one
        assert shipped_key(SHIPPED) is not None, f"{SHIPPED} is missing or unreadable"
        assert changed.stdout.strip() == "", f"{SHIPPED} was rewritten by a build: commit it"
        return
    from nlu_components.training import need_examples
    from nlu_components.tuned_encoder import EPOCHS, _tuning_inputs, tuning_key
    texts, needs, _ = need_examples()
    key = tuning_key(*_tuning_inputs(texts, needs, lexicon_columns(texts)), EPOCHS)
    assert shipped_key(SHIPPED) == key, f"{SHIPPED} is stale: run `make model` and commit it"
