"""The training texts' stored vectors (nlu_components/training_vectors.py): read back as
embedded, kept current, and ignored when made for another encoder."""
from __future__ import annotations

import numpy as np

from nlu_components import training_vectors as tv
from nlu_components.classifiers import embed_messages
from nlu_components.text import normalise

TEXTS = ["I've nowhere to stay tonight", "skint till friday", "ma heid's mince", "Glasgow"]


def _stored(path) -> dict[bytes, np.ndarray]:
    with np.load(path) as f:
        return {h.tobytes(): v for h, v in zip(f["hashes"], f["vectors"])}


def test_vectors_are_those_embedding_gives_rounded_to_half_precision(tmp_path):
    path = tmp_path / "vectors.npz"
    stored = tv.vectors_of(TEXTS, path)
    fresh = embed_messages(TEXTS)
    assert stored.dtype == np.float32 and stored.shape == fresh.shape
    # half precision moves a unit vector's coordinates by under 1e-3, never more
    assert 0 < np.abs(stored - fresh).max() < 1e-3
    assert np.array_equal(stored, tv.rounded(stored))
    assert set(_stored(path)) == {tv.text_hash(normalise(t)) for t in TEXTS}


def test_stored_vectors_are_read_not_embedded_again(tmp_path):
    path = tmp_path / "vectors.npz"
    tv.vectors_of(TEXTS, path)
    rows = _stored(path)
    marked = tv.text_hash(normalise(TEXTS[1]))
    rows[marked] = np.zeros_like(rows[marked])   # a value embedding would never give
    tv.save(rows, path)
    stamp = path.stat().st_mtime_ns
    again = tv.vectors_of(TEXTS, path)
    assert not again[1].any() and again[0].any()
    assert path.stat().st_mtime_ns == stamp      # nothing missing, nothing extra: not rewritten


def test_the_file_keeps_exactly_the_texts_trained_on(tmp_path):
    path = tmp_path / "vectors.npz"
    tv.vectors_of(TEXTS, path)
    tv.vectors_of(TEXTS[:2] + ["a new training text"], path)
    assert set(_stored(path)) == {tv.text_hash(normalise(t)) for t in TEXTS[:2] + ["a new training text"]}


def test_a_file_made_for_another_encoder_is_ignored_and_written_again(tmp_path):
    path = tmp_path / "vectors.npz"
    hashes = np.frombuffer(b"".join(tv.text_hash(normalise(t)) for t in TEXTS), dtype=np.uint8).reshape(-1, 16)
    np.savez(path, key=np.array("another encoder"), hashes=hashes,
             vectors=np.zeros((len(TEXTS), 384), dtype=np.float16))
    vectors = tv.vectors_of(TEXTS, path)
    assert all(v.any() for v in vectors)
    with np.load(path) as f:
        assert str(f["key"]) == tv.encoder_key()


def test_the_shipped_file_holds_every_training_text_for_this_encoder():
    """Else every build embeds the missing texts (minutes) and rewrites the file: run
    `make model` and commit nlu_components/weights/training_vectors.npz with the data."""
    from nlu_components.training import crisis_examples, need_examples
    every = {tv.text_hash(normalise(t)) for t in need_examples()[0] + crisis_examples()[0]}
    with np.load(tv.STORED) as f:
        assert str(f["key"]) == tv.encoder_key()
        shipped = {h.tobytes() for h in f["hashes"]}
    assert shipped == every
