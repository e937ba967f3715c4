"""Recent sentence vectors, keyed by a hash of the text (no message text stays in memory).

Chat answers repeat ("yes", "Glasgow", "for me"), so each encoder keeps the vectors of the
last few thousand messages it has seen. Thread-safe; the vectors are read-only because
they are shared between messages.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Callable

import numpy as np

CACHE_SIZE = 4096


class RecentVectors:
    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._vectors: "OrderedDict[bytes, np.ndarray]" = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0

    def get(self, text: str, compute: Callable[[str], np.ndarray]) -> np.ndarray:
        """The vector of `text`, from the cache or `compute(text)` (then cached)."""
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
        with self._lock:
            vector = self._vectors.get(key)
            if vector is not None:
                self.hits += 1
                self._vectors.move_to_end(key)
                return vector
        vector = compute(text)
        vector.setflags(write=False)
        with self._lock:
            self._vectors[key] = vector
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return vector

    def __len__(self) -> int:
        return len(self._vectors)
