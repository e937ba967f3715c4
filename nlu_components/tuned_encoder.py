"""The sentence encoder fine-tuned on the need labels: a second opinion for NeedModel.

NeedModel (nlu_components/classifiers.py) reads a frozen all-MiniLM-L6-v2 embedding and
n-grams. Here the encoder's top layers are trained on the same labelled messages (the three above
embedder.SHARED_LAYERS, EPOCHS epochs, a sigmoid head over the pooled vector and the
need lexicon's verdicts), so it can learn what the labelling guide's hard cases turn on ("my
son's on the gear" is family; "how do I get him help" is treatment too). The bot averages
the two models' probabilities: on the four test sets the average beat either model alone
(docs/benchmarks.md).

Training runs TensorFlow (which Rasa already installs) in a separate process, seeded, with
TensorFlow's deterministic ops, so it neither shares nor changes the Rasa process's
TensorFlow state. The lower layers are the frozen encoder's: their states are computed
once (NumPy) and only the top layers train, about a minute an epoch on 2 cores. At run time
the tuned layers run in NumPy through nlu_components.embedder (no TensorFlow), on the
lower-layer states the frozen embedding has already computed for the message, so the
second opinion costs half a full pass.

Fine-tuning takes 7 to 26 minutes on 2 cores, most of a full training. Its result is kept in
the repository (SHIPPED, about 20 MB) with a key over everything it depends on: the training
texts, labels and lexicon verdicts, the epochs and learning rates, this module's training
code, the base encoder's files and the TensorFlow and NumPy versions. Training reuses it when
the key matches; otherwise it fine-tunes and writes the file again, to be committed with the
change that made it stale. Fine-tuning is repeatable (seeded, deterministic ops), so a reused
result is bit for bit what fine-tuning would give (tests/test_tuned_encoder.py).

    python -m nlu_components.tuned_encoder IN.npz OUT.npz   (used by train_tuned_needs)
"""
from __future__ import annotations

import hashlib
import inspect
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

from nlu_components.embedder import SHARED_LAYERS
from nlu_components.vector_cache import RecentVectors
from services_db.vocab import NEED_CODES

EPOCHS = 4
LEARNING_RATE = 1e-4
HEAD_LEARNING_RATE = 1e-3
BATCH = 32
MAX_TRAIN_TOKENS = 96
POOL_SCALE = 8.0   # the pooled vector is unit length; scaled so the head can reach confident logits
SEED = 42
_LAYER_KEYS = (
    "attention.self.query.weight", "attention.self.query.bias", "attention.self.key.weight",
    "attention.self.key.bias", "attention.self.value.weight", "attention.self.value.bias",
    "attention.output.dense.weight", "attention.output.dense.bias",
    "attention.output.LayerNorm.weight", "attention.output.LayerNorm.bias",
    "intermediate.dense.weight", "intermediate.dense.bias", "output.dense.weight",
    "output.dense.bias", "output.LayerNorm.weight", "output.LayerNorm.bias",
)
TUNED_LAYERS = tuple(range(SHARED_LAYERS, 6))
TRAINED_KEYS = tuple(f"encoder.layer.{i}.{k}" for i in TUNED_LAYERS for k in _LAYER_KEYS)
# The fine-tuned weights of the shipped training data (see the module docstring).
SHIPPED = Path(__file__).resolve().parent / "weights" / "need_encoder.npz"


class TunedNeeds:
    """P(need | message) from the fine-tuned encoder (NumPy at run time)."""

    def __init__(self, weights: dict[str, np.ndarray], head_w: np.ndarray, head_b: np.ndarray) -> None:
        self.weights, self.head_w, self.head_b = weights, head_w, head_b
        self._encoder = None
        self._recent = RecentVectors()  # repeated short answers are encoded once

    def __getstate__(self) -> dict:
        return {"weights": self.weights, "head_w": self.head_w, "head_b": self.head_b}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["weights"], state["head_w"], state["head_b"])
        self._chat_encoder()  # a loaded model answers messages: built now, not on the first one

    def _chat_encoder(self):
        """The encoder with the tuned layers (built once: about 0.1 s of weight layout)."""
        if self._encoder is None:
            from nlu_components.embedder import get_embedder
            self._encoder = get_embedder().with_weights(self.weights)
        return self._encoder

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        from nlu_components.text import normalise
        if len(texts) == 1:
            return self._recent.get(normalise(texts[0]), self._chat_encoder().embed_one)[None, :]
        return self._chat_encoder().embed([normalise(t) for t in texts])

    def probabilities(self, texts: Sequence[str], lexicon: np.ndarray) -> np.ndarray:
        """Array (messages x NEED_CODES); `lexicon` is classifiers.lexicon_columns(texts)."""
        x = np.hstack([self._embed(texts) * POOL_SCALE, lexicon]).astype(np.float32)
        return (1.0 / (1.0 + np.exp(-(x @ self.head_w + self.head_b)))).astype(np.float32)


def _tuning_inputs(texts: Sequence[str], labels: Sequence[Sequence[str]],
                   lexicon: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    from nlu_components.text import normalise
    return (np.array([normalise(t) for t in texts], dtype=object),
            np.array([[n in (row or []) for n in NEED_CODES] for row in labels], dtype=np.float32),
            lexicon.astype(np.float32))


def tuning_key(texts: np.ndarray, y: np.ndarray, lexicon: np.ndarray, epochs: int) -> str:
    """A digest of everything fine-tuning's result depends on (`_tuning_inputs`' arrays)."""
    from importlib.metadata import version

    from nlu_components import embedder
    h = hashlib.sha256()
    for part in ("\n".join(texts).encode("utf-8"), y.tobytes(), lexicon.tobytes(), str(y.shape),
                 str(lexicon.shape), str(epochs),
                 repr((LEARNING_RATE, HEAD_LEARNING_RATE, BATCH, MAX_TRAIN_TOKENS, POOL_SCALE, SEED,
                       TUNED_LAYERS)),
                 inspect.getsource(_fine_tune), inspect.getsource(_lower_states),
                 inspect.getsource(embedder), version("tensorflow"), version("numpy")):
        h.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        h.update(b"\0")
    for name in ("model.safetensors", "tokenizer.json"):
        h.update(hashlib.sha256((embedder.model_dir() / name).read_bytes()).digest())
    return h.hexdigest()


def _load_weights(path: Path) -> TunedNeeds:
    with np.load(path) as out:
        return TunedNeeds({k: out[k] for k in TRAINED_KEYS}, out["head_w"], out["head_b"])


def _save_weights(tuned: TunedNeeds, key: str, path: Path) -> None:
    """Write atomically: a failed write leaves the previous file. Weights tuned for the key
    already there are the same bit for bit (fine-tuning is repeatable): left as they are."""
    if shipped_key(path) == key:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as handle:
        np.savez_compressed(handle, key=np.array(key), head_w=tuned.head_w, head_b=tuned.head_b,
                            **tuned.weights)
    os.replace(partial, path)


def shipped_key(path: Path = SHIPPED) -> str | None:
    """The key the weights at `path` were tuned for, or None when there are none."""
    try:
        with np.load(path) as stored:
            return str(stored["key"])
    except (OSError, KeyError, ValueError):
        return None


def train_tuned_needs(texts: Sequence[str], labels: Sequence[Sequence[str]],
                      lexicon: np.ndarray, epochs: int = EPOCHS) -> TunedNeeds:
    """Fine-tune in a child process (TensorFlow) and return the tuned weights."""
    return start_tuning(texts, labels, lexicon, epochs).result()


class TuningJob:
    """The fine-tuning child process, started and not yet collected: the caller can do
    other work (the single-threaded scikit-learn fits) while it runs."""

    reused = False

    def __init__(self, texts: Sequence[str], labels: Sequence[Sequence[str]],
                 lexicon: np.ndarray, epochs: int, save_to: Path | None = None,
                 key: str | None = None) -> None:
        norm, y, lexicon = _tuning_inputs(texts, labels, lexicon)
        self._save_to = save_to
        if save_to is not None and key is None:
            key = tuning_key(norm, y, lexicon, epochs)
        self.key = key
        self._folder = tempfile.TemporaryDirectory(prefix="nwd-tune-")
        source, self._target = Path(self._folder.name) / "in.npz", Path(self._folder.name) / "out.npz"
        np.savez(source, texts=norm, y=y, lexicon=lexicon, epochs=np.array(epochs))
        env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONHASHSEED": "0"}
        self._errors = tempfile.TemporaryFile()
        self._child = subprocess.Popen(
            [sys.executable, "-m", "nlu_components.tuned_encoder", str(source), str(self._target)],
            env=env, cwd=str(Path(__file__).resolve().parent.parent),
            stdout=subprocess.DEVNULL, stderr=self._errors)

    def result(self) -> TunedNeeds:
        try:
            if self._child.wait() != 0:
                self._errors.seek(0)
                detail = self._errors.read().decode("utf-8", "replace")[-3000:]
                raise RuntimeError(f"fine-tuning the need encoder failed:\n{detail}")
            tuned = _load_weights(self._target)
            if self._save_to is not None:
                _save_weights(tuned, self.key, self._save_to)
            return tuned
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop the child if it still runs (the caller failed) and remove its files."""
        if self._child.poll() is None:
            self._child.kill()
            self._child.wait()
        self._errors.close()
        self._folder.cleanup()


class ReusedTuning:
    """Fine-tuning's result read from a file tuned for the same key: no child process."""
    reused = True

    def __init__(self, path: Path, key: str) -> None:
        self.path, self.key = path, key

    def result(self) -> TunedNeeds:
        return _load_weights(self.path)

    def cancel(self) -> None:
        pass


def start_tuning(texts: Sequence[str], labels: Sequence[Sequence[str]], lexicon: np.ndarray,
                 epochs: int = EPOCHS, shipped: Path | None = None,
                 reuse: bool = True) -> TuningJob | ReusedTuning:
    """Start fine-tuning in a child process; `.result()` waits for the tuned weights.

    With `shipped`, weights stored there for the same key are reused (unless `reuse` is
    false), and freshly tuned weights are written there."""
    if shipped is None:
        return TuningJob(texts, labels, lexicon, epochs)
    key = None
    if reuse:
        key = tuning_key(*_tuning_inputs(texts, labels, lexicon), epochs)
        if shipped_key(shipped) == key:
            return ReusedTuning(shipped, key)
    return TuningJob(texts, labels, lexicon, epochs, save_to=shipped, key=key)


def _fine_tune(source: Path, target: Path) -> None:  # pragma: no cover - runs in a child process
    import tensorflow as tf
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    from nlu_components.embedder import model_dir

    tf.random.set_seed(SEED)
    tf.config.experimental.enable_op_determinism()
    data = np.load(source, allow_pickle=True)
    texts, y, lexicon = list(data["texts"]), data["y"], data["lexicon"]
    epochs = int(data["epochs"])
    directory = model_dir()
    tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TRAIN_TOKENS)
    tokenizer.no_padding()
    base = load_file(str(directory / "model.safetensors"))
    var = {k: tf.Variable(base[k], name=k.replace(".", "_")) for k in TRAINED_KEYS}
    head_w = tf.Variable(tf.random.normal([384 + len(NEED_CODES), len(NEED_CODES)], stddev=0.02, seed=1))
    head_b = tf.Variable(tf.zeros([len(NEED_CODES)]))
    encoded = [tokenizer.encode(t or "").ids for t in texts]
    lower = _lower_states(encoded)

    def norm(x, g, b):
        mean, variance = tf.nn.moments(x, -1, keepdims=True)
        return (x - mean) / tf.sqrt(variance + 1e-12) * g + b

    def logits(x, mask, lex, training):
        b, n = tf.shape(x)[0], tf.shape(x)[1]
        key_bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for i in TUNED_LAYERS:
            p = f"encoder.layer.{i}."

            def dense(name, h):
                return tf.matmul(h, var[p + name + ".weight"], transpose_b=True) + var[p + name + ".bias"]
            q, k, v = (tf.transpose(tf.reshape(dense("attention.self." + m, x), [b, n, 12, 32]), [0, 2, 1, 3])
                       for m in ("query", "key", "value"))
            scores = tf.matmul(q, k, transpose_b=True) / np.sqrt(32.0) + key_bias
            context = tf.reshape(tf.transpose(tf.matmul(tf.nn.softmax(scores, -1), v), [0, 2, 1, 3]), [b, n, 384])
            attended = dense("attention.output.dense", context)
            if training:
                attended = tf.nn.dropout(attended, 0.1, seed=3)
            x = norm(attended + x, var[p + "attention.output.LayerNorm.weight"],
                     var[p + "attention.output.LayerNorm.bias"])
            out = dense("output.dense", tf.nn.gelu(dense("intermediate.dense", x), approximate=False))
            if training:
                out = tf.nn.dropout(out, 0.1, seed=4)
            x = norm(out + x, var[p + "output.LayerNorm.weight"], var[p + "output.LayerNorm.bias"])
        pooled = tf.reduce_sum(x * mask[..., None], 1) / tf.reduce_sum(mask, 1, keepdims=True)
        pooled = tf.math.l2_normalize(pooled, -1) * POOL_SCALE
        return tf.matmul(tf.concat([pooled, lex], -1), head_w) + head_b

    positives = y.mean(0)
    pos_weight = np.clip((1 - positives) / np.maximum(positives, 1e-3), 1, 8).astype(np.float32)
    body = list(var.values())
    optimiser, head_optimiser = tf.keras.optimizers.Adam(LEARNING_RATE), tf.keras.optimizers.Adam(HEAD_LEARNING_RATE)

    @tf.function(reduce_retracing=True)
    def step(x, mask, lex, labels):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.nn.weighted_cross_entropy_with_logits(
                labels, logits(x, mask, lex, True), pos_weight))
        grads = tape.gradient(loss, body + [head_w, head_b])
        optimiser.apply_gradients(zip(grads[:len(body)], body))
        head_optimiser.apply_gradients(zip(grads[len(body):], [head_w, head_b]))
        return loss

    lengths = np.array([len(e) for e in encoded])
    rng = np.random.default_rng(SEED)
    for _ in range(epochs):
        order = np.argsort(lengths + rng.uniform(0, 6, len(texts)))  # similar lengths together
        batches = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
        rng.shuffle(batches)
        for chunk in batches:
            n = max(len(encoded[i]) for i in chunk)
            x = np.zeros((len(chunk), n, 384), np.float32)
            mask = np.zeros((len(chunk), n), np.float32)
            for row, i in enumerate(chunk):
                x[row, :len(encoded[i])] = lower[i]
                mask[row, :len(encoded[i])] = 1.0
            step(x, mask, lexicon[chunk], y[chunk])
    np.savez(target, head_w=head_w.numpy(), head_b=head_b.numpy(),
             **{k: v.numpy() for k, v in var.items()})


def _lower_states(encoded: list[list[int]]) -> list[np.ndarray]:  # pragma: no cover - child process
    """Each text's token states after the shared (frozen) layers, computed once, in NumPy
    exactly as at run time, and batched by length."""
    from nlu_components.embedder import Embedder
    encoder = Embedder()
    states: list[np.ndarray] = [np.empty(0)] * len(encoded)
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    for start in range(0, len(order), 64):
        chunk = order[start:start + 64]
        x, mask = encoder._tokens([encoded[i] for i in chunk])
        x = encoder._run(x, mask, 0, SHARED_LAYERS)
        for row, i in enumerate(chunk):
            states[i] = x[row, :len(encoded[i])].copy()
    return states


if __name__ == "__main__":  # pragma: no cover
    _fine_tune(Path(sys.argv[1]), Path(sys.argv[2]))
