"""RecentVectors (nlu_components/vector_cache.py): the recent-message cache the encoders share."""
from __future__ import annotations

import numpy as np
import pytest

from nlu_components.vector_cache import RecentVectors


def test_each_text_is_computed_once_and_the_oldest_is_dropped_first():
    calls = []

    def compute(text):
        calls.append(text)
        return np.full(3, float(len(calls)), dtype=np.float32)

    cache = RecentVectors(size=2)
    a = cache.get("glasgow", compute)
    assert np.array_equal(cache.get("glasgow", compute), a) and calls == ["glasgow"]
    cache.get("for me", compute)
    cache.get("glasgow", compute)      # used again: now the newest
    cache.get("skip", compute)         # pushes out "for me", the oldest
    assert len(cache) == 2
    cache.get("for me", compute)
    assert calls == ["glasgow", "for me", "skip", "for me"]


def test_no_message_text_is_kept_and_cached_vectors_cannot_be_changed():
    cache = RecentVectors()
    vector = cache.get("my pal is skint", lambda text: np.ones(4, dtype=np.float32))
    assert all(isinstance(key, bytes) and b"skint" not in key for key in cache._vectors)
    with pytest.raises(ValueError):
        vector[0] = 2.0
