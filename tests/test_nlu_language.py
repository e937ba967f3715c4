"""Every text the bot can send follows safety.md's language rules (section 2).

Covers the domain responses, the form's texts (actions/messages.yml) and the crisis
text (crisis/responses.yml). NLU training examples are exempt: people may use any word
about themselves, but the bot never echoes stigmatising words back.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

# safety.md section 2, "avoid" column.
AVOID = [
    r"addicts?", r"junkies?", r"junky", r"druggies?", r"alcoholics?", r"drug users?", r"misusers?",
    r"abusers?", r"substance abuse", r"drug abuse", r"alcohol abuse", r"misuse",
    r"clean", r"dirty", r"fell off the wagon", r"relapsed?", r"committed suicide",
    r"failed attempt", r"non-compliant", r"in denial", r"drug-seeking",
]
AVOID_RE = re.compile(r"\b(?:" + "|".join(AVOID) + r")\b", re.IGNORECASE)


def _texts() -> list[tuple[str, str]]:
    texts = []
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    for name, variants in domain["responses"].items():
        for v in variants:
            texts.append((name, v["text"]))
            texts += [(f"{name} button", b["title"]) for b in v.get("buttons", [])]
    for name, message in yaml.safe_load((ROOT / "actions" / "messages.yml").read_text()).items():
        texts.append((name, message["text"]))
        texts += [(f"{name} button", b["title"]) for b in message.get("buttons", [])]
    crisis = yaml.safe_load((ROOT / "crisis" / "responses.yml").read_text())
    for name, entry in crisis["responses"].items():
        texts += [(f"crisis {name}", line) for line in [entry["first_line"], *entry["then"]]]
    texts.append(("crisis carry_on", crisis["carry_on"]))
    return texts


TEXTS = _texts()


def test_there_is_text_to_lint():
    assert len(TEXTS) > 40


@pytest.mark.parametrize("name,text", TEXTS, ids=[n for n, _ in TEXTS])
def test_no_stigmatising_words(name, text):
    assert not AVOID_RE.search(text), f"{name}: {AVOID_RE.search(text).group()!r}"


@pytest.mark.parametrize("name,text", TEXTS, ids=[n for n, _ in TEXTS])
def test_sentences_are_short(name, text):
    for sentence in re.split(r"(?<=[.!?:])\s+|\n", text):
        assert len(sentence.split()) <= 20, f"{name}: {sentence!r}"


def test_the_lint_catches_avoid_words():
    for bad in ("Are you an addict?", "Stay clean", "substance abuse service", "He relapsed"):
        assert AVOID_RE.search(bad)
    assert not AVOID_RE.search("Use unused equipment; using again happens, help is still there.")
