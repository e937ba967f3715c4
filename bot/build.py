"""Build steps the launcher and the tests share: the directory database and the model.

Each step is skipped when its output is newer than (or fingerprinted from) its inputs,
so a second start is fast.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from navigator.settings import ROOT, Settings

VENV_BIN = Path(sys.executable).parent
MODELS_DIR = ROOT / "models"
DIRECTORY_INPUTS = ("services_db/data", "services_db")
TRAINING_INPUTS = ("config.yml", "domain.yml", "domain", "data", "nlu_components", "crisis")


class BuildError(RuntimeError):
    """A build step failed; the message says which and why."""


def child_env(**extra: str) -> dict[str, str]:
    """Environment for every process the project starts: no telemetry, repo importable."""
    env = dict(os.environ)
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
        PYTHONHASHSEED="0",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        TF_CPP_MIN_LOG_LEVEL="2",
        SANIC_HOST=env.get("NAVIGATOR_HOST", "127.0.0.1"),
    )
    env.update(extra)
    return env


def _files(paths: tuple[str, ...], suffixes: tuple[str, ...]) -> list[Path]:
    found: set[Path] = set()
    for rel in paths:
        p = ROOT / rel
        if p.is_file():
            found.add(p)
        elif p.is_dir():
            found.update(f for f in p.rglob("*") if f.is_file() and f.suffix in suffixes)
    return sorted(f for f in found if "__pycache__" not in f.parts)


def ensure_directory(settings: Settings, *, force: bool = False) -> None:
    """Load the YAML directory into the database when it is missing or stale.

    SQLite: rebuilt when the file is older than any YAML or services_db code.
    Other databases: loaded every time (the load is one atomic transaction).
    A failed load keeps the previous database; with none to fall back on it raises.
    """
    url = settings.db_url
    if url.startswith("sqlite:///") and not force:
        db = Path(url[len("sqlite:///"):])
        inputs = _files(DIRECTORY_INPUTS, (".yml", ".yaml", ".py", ".csv"))
        newest = max((f.stat().st_mtime for f in inputs), default=0)
        if db.exists() and db.stat().st_mtime >= newest:
            return
        had_previous = db.exists()
    else:
        had_previous = True
    print("build: loading the service directory into", _safe_url(url), flush=True)
    proc = subprocess.run(
        [sys.executable, "-m", "services_db", "load", "--db", url],
        cwd=ROOT, env=child_env(), text=True, capture_output=True,
    )
    if proc.returncode != 0:
        detail = (proc.stdout + proc.stderr).strip()
        if had_previous:
            print(f"build: directory load failed, keeping the previous directory:\n{detail}",
                  file=sys.stderr, flush=True)
            return
        raise BuildError(f"directory load failed:\n{detail}")


def training_fingerprint() -> str:
    h = hashlib.sha256()
    for f in _files(TRAINING_INPUTS, (".yml", ".yaml", ".py", ".json", ".txt")) + [ROOT / "requirements.lock"]:
        h.update(str(f.relative_to(ROOT)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def ensure_model(*, retune: bool = False) -> Path:
    """Return the trained model for the current training data, training it if needed.

    Training reuses the shipped fine-tuned need encoder when it was tuned for the same
    inputs (nlu_components/tuned_encoder.py) and the training texts' stored vectors
    (nlu_components/training_vectors.py): about 4 to 7 minutes on 2 cores, else 15 to 30.
    `retune` fine-tunes it again regardless (to time a full training)."""
    name = f"nwd-{training_fingerprint()}"
    model = MODELS_DIR / f"{name}.tar.gz"
    if model.exists() and not retune:
        return model
    MODELS_DIR.mkdir(exist_ok=True)
    extra_env = {}
    if retune:
        from nlu_components.training import RETUNE_VARIABLE  # heavy import, only when asked
        extra_env[RETUNE_VARIABLE] = "1"
    print("build: training the model (about 4 to 7 minutes on 2 cores; 15 to 30 when the need "
          "encoder must be fine-tuned again)", flush=True)
    proc = subprocess.run(
        [str(VENV_BIN / "rasa"), "train", "--config", "config.yml", "--domain", "domain.yml",
         "--data", "data", "--out", str(MODELS_DIR), "--fixed-model-name", name],
        cwd=ROOT, env=child_env(**extra_env), text=True,
        capture_output=True,
    )
    if proc.returncode != 0 or not model.exists():
        raise BuildError("rasa train failed:\n" + (proc.stdout[-4000:] + proc.stderr[-4000:]))
    for old in MODELS_DIR.glob("nwd-*.tar.gz"):
        if old != model:
            old.unlink()
    return model


def _safe_url(url: str) -> str:
    """A database URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return url


if __name__ == "__main__":
    import argparse

    from navigator.settings import load

    parser = argparse.ArgumentParser(description="Build the directory and the model if stale.")
    parser.add_argument("what", choices=["directory", "model", "all"])
    parser.add_argument("--retune", action="store_true",
                        help="train the model again, fine-tuning the need encoder from scratch")
    args = parser.parse_args()
    try:
        if args.what in ("directory", "all"):
            ensure_directory(load())
        if args.what in ("model", "all"):
            print(ensure_model(retune=args.retune))
    except BuildError as exc:
        sys.exit(f"build: {exc}")
