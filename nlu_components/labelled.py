"""The labelled message sets: training data in data/labelled/, test sets in tests/data/.

Each file is a YAML list with one flow mapping per line:

    needs files:  - {text: "...", needs: [housing], council_area: Fife, role: self}
    crisis files: - {text: "...", crisis: overdose, kind: explicit}
    intents files: - {text: "...", intent: skip, after: where}

`load_rows` checks every row and raises LabelledDataError naming the file, the line and
what is wrong, so a typo in a label never trains a model silently. Pure Python (no rasa).
"""
from __future__ import annotations

import copy
import hashlib
from functools import lru_cache
from pathlib import Path

import yaml

from services_db.vocab import BY_NAME, CRISIS_TYPES, NEED_CODES, ROLES

ROOT = Path(__file__).resolve().parent.parent
LABELLED_DIR = ROOT / "data" / "labelled"
NLU_DIR = ROOT / "data" / "nlu"
KINDS = ("needs", "crisis", "intents")
DOMAIN = ROOT / "domain.yml"


class LabelledDataError(ValueError):
    """A labelled data file is malformed; the message names the file, line and field."""


def _check_needs_row(row: dict) -> str | None:
    needs = row.get("needs")
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        return "needs must be a list of need codes ([] for none)"
    unknown = [n for n in needs if n not in NEED_CODES]
    if unknown:
        return f"unknown need code(s) {unknown}; known: {', '.join(NEED_CODES)}"
    if row.get("council_area") is not None and row["council_area"] not in BY_NAME:
        return f"council_area {row['council_area']!r} is not one of the 32 official names (or null)"
    if row.get("role") is not None and row["role"] not in ROLES:
        return f"role {row['role']!r} must be one of {', '.join(ROLES)} or null"
    return None


def _check_crisis_row(row: dict) -> str | None:
    if row.get("crisis") is not None and row["crisis"] not in CRISIS_TYPES:
        return f"crisis {row['crisis']!r} must be one of {', '.join(CRISIS_TYPES)} or null"
    return None


@lru_cache(maxsize=4)
def dialogue_intents(domain: Path = DOMAIN) -> tuple[str, ...]:
    """The domain's intents but the crisis ones (crisis layers 1 and 2 decide those)."""
    intents = (yaml.safe_load(domain.read_text(encoding="utf-8")) or {}).get("intents", [])
    return tuple(i for i in intents if isinstance(i, str) and not i.startswith("crisis_"))


def _check_intents_row(row: dict) -> str | None:
    known = dialogue_intents()
    if row.get("intent") not in known:
        return f"intent {row.get('intent')!r} must be one of {', '.join(known)}"
    return None


_CHECKS = {"needs": _check_needs_row, "crisis": _check_crisis_row, "intents": _check_intents_row}


# libyaml's parser when PyYAML has it (about 8 times faster on the 9,000 training rows).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PARSED: dict[tuple[str, str, str], list[dict]] = {}


def load_rows(path: Path, kind: str) -> list[dict]:
    """Rows of one labelled file, checked; LabelledDataError on the first bad row.

    A file is parsed once per process and content (training reads the needs files
    several times); callers get their own copy of the rows."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LabelledDataError(f"{path}: cannot read ({exc})") from exc
    key = (str(path), kind, hashlib.sha256(raw).hexdigest())
    if key not in _PARSED:
        if len(_PARSED) > 256:
            _PARSED.clear()
        _PARSED[key] = _parse_rows(path, text, kind)
    return copy.deepcopy(_PARSED[key])


def _parse_rows(path: Path, text: str, kind: str) -> list[dict]:
    try:
        root = yaml.compose(text, Loader=_LOADER)       # nodes: each row's line number
        data = yaml.load(text, Loader=_LOADER)          # values: the same rows, constructed
    except yaml.YAMLError as exc:
        raise LabelledDataError(f"{path}: not valid YAML: {exc}") from exc
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise LabelledDataError(f"{path}, line {root.start_mark.line + 1}: expected a list of rows")
    rows = []
    for node, row in zip(root.value, data):
        where = f"{path}, line {node.start_mark.line + 1}"
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
            raise LabelledDataError(f"{where}: each row needs a non-empty text")
        problem = _CHECKS[kind](row)
        if problem:
            raise LabelledDataError(f"{where}: {problem}")
        rows.append(row)
    return rows


def training_files(kind: str, directory: Path = LABELLED_DIR) -> list[Path]:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    return sorted((directory / kind).glob("*.yml"))


def training_rows(kind: str, directory: Path = LABELLED_DIR, skip_prefix: str = "") -> list[dict]:
    """Every training row of `kind` ("needs", "crisis" or "intents"), file by file in name order
    (leaving out the files whose names start with `skip_prefix`, when given)."""
    return [row for path in training_files(kind, directory)
            if not (skip_prefix and path.name.startswith(skip_prefix)) for row in load_rows(path, kind)]


def digest(kind: str, directory: Path = LABELLED_DIR) -> str:
    """Content hash of the training files of `kind` (part of the model's fingerprint)."""
    h = hashlib.sha256()
    for path in training_files(kind, directory):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def intent_examples(nlu_dir: Path = NLU_DIR) -> list[tuple[str, str]]:
    """(intent, text) for every example in Rasa's NLU files (button payloads left out)."""
    pairs = []
    for path in sorted(nlu_dir.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            intent = block.get("intent")
            for line in (block.get("examples") or "").splitlines() if intent else []:
                text = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
                if text and not text.startswith("/"):
                    pairs.append((intent, text))
    return pairs
