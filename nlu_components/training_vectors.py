"""The frozen encoder's vectors of the training texts, kept in the repository.

Embedding the training texts (about 21,000 in December 2026) was most of `rasa train` on
2 cores: 5 to 10 minutes, at 35 to 70 texts a second. Their vectors are kept in STORED
(about 16 MB), one row per normalised text, found by a hash of that text, under a key over
everything a vector depends on (this encoder's code and files, NumPy's version). Training
reads the vectors it finds there and embeds only the rest; when some were missing, or
some stored ones belong to texts no longer trained on, it writes the file again, to be
committed with the change to the training data (as for the need encoder's weights,
docs/labelling.md).

Vectors are stored, and used, at half precision: a vector embedded now is rounded the
same way, so a model trained from the file reads the vectors it would read without it, to
the last bit of half precision (a batch of another size can round a coordinate the other
way; tests/test_training_vectors.py). The rounding moves a unit vector by under 1e-3 in
any coordinate, far below what the linear models read.

Only training texts written by the team are stored here, never a user's message. Pure
Python and NumPy (no rasa import).
"""
from __future__ import annotations

import hashlib
import inspect
import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

STORED = Path(__file__).resolve().parent / "weights" / "training_vectors.npz"
FORMAT = "1"   # change when the layout or what is hashed changes
log = logging.getLogger(__name__)


def text_hash(normalised: str) -> bytes:
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).digest()


@lru_cache(maxsize=1)
def encoder_key() -> str:
    """A digest of what a text's vector depends on besides the text."""
    from importlib.metadata import version

    from nlu_components import embedder, text
    h = hashlib.sha256()
    for part in (FORMAT, inspect.getsource(embedder), inspect.getsource(text.normalise), version("numpy")):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    for name in ("model.safetensors", "tokenizer.json"):
        h.update(hashlib.sha256((embedder.model_dir() / name).read_bytes()).digest())
    return h.hexdigest()


def rounded(vectors: np.ndarray) -> np.ndarray:
    """Vectors as training uses them: rounded to half precision, as stored."""
    return vectors.astype(np.float16).astype(np.float32)


def load(path: Path = STORED) -> dict[bytes, np.ndarray]:
    """Text hash -> stored vector (float16), or {} when the file is missing, unreadable or
    made for another encoder."""
    try:
        with np.load(path) as stored:
            if str(stored["key"]) != encoder_key():
                log.info("training vectors: %s was made for another encoder; embedding again", path.name)
                return {}
            hashes, vectors = stored["hashes"], stored["vectors"]
    except (OSError, KeyError, ValueError):
        return {}
    return {h.tobytes(): v for h, v in zip(hashes, vectors)}


def save(rows: dict[bytes, np.ndarray], path: Path = STORED) -> None:
    """Write atomically (a failed write leaves the previous file), rows sorted by hash so
    the same texts always give the same file."""
    order = sorted(rows)
    hashes = np.frombuffer(b"".join(order), dtype=np.uint8).reshape(len(order), 16)
    vectors = np.array([rows[h] for h in order], dtype=np.float16).reshape(len(order), -1)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as handle:
        np.savez(handle, key=np.array(encoder_key()), hashes=hashes, vectors=vectors)
    os.replace(partial, path)


def vectors_of(texts: Sequence[str], path: Path = STORED, write: bool = True) -> np.ndarray:
    """The frozen encoder's vectors of `texts` (every training text, in one call), rounded
    as stored: from the file where it has them, embedded otherwise. With `write`, the file
    is written again when it lacked some or held others, so it holds exactly these texts."""
    from nlu_components.classifiers import embed_messages
    from nlu_components.text import normalise

    hashes = [text_hash(normalise(t)) for t in texts]
    stored = load(path)
    first = dict(zip(hashes, texts))                     # each text embedded once
    missing = [h for h in first if h not in stored]
    if missing:
        log.info("training vectors: embedding %d of %d texts not in %s", len(missing), len(first), path.name)
        fresh = embed_messages([first[h] for h in missing]).astype(np.float16)
        stored.update(zip(missing, fresh))
    if write and (missing or len(stored) != len(first)):
        save({h: stored[h] for h in first}, path)
    return np.array([stored[h] for h in hashes], dtype=np.float32)
