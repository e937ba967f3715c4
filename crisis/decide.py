"""Layers 1 and 2 of crisis detection together: the lexicon and the trained crisis model.

`decide(text, probabilities)` -> Decision. Pure Python; the CrisisDetector component and
the evaluation script share it.

- Layer 1, the lexicon (crisis/detect.py), catches explicit wording on its own; its hit
  stands whatever the model says, except a bare crisis *word* (e.g. "suicide",
  "overdose", "coercive") in a message the model is all but sure is ordinary
  ("is there suicide prevention training for staff"). Patterns that describe a person
  in danger ("not breathing", "kill myself", "he hits me") are never overruled.
- Layer 2, the model (nlu_components/classifiers.py CrisisModel), catches what the
  lexicon has no pattern for (coded, indirect, new wording): a crisis when
  P(not a crisis) <= 1 - MODEL_THRESHOLD, typed by the most likely crisis type. It is
  not used when the lexicon saw crisis words and ruled them out as negated or past
  ("I'd never hurt myself", "I used to self-harm"), and it must be surer (QUESTION_
  THRESHOLD) when the message asks for information or a what-if ("how do I know if
  someone's breathing properly when they're gouching"), or tells only of the past ("she
  came to us from a violent relationship a while ago"; detect._PAST with no _PRESENT).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from crisis.detect import assess
from services_db.vocab import CRISIS_TYPES

MODEL_THRESHOLD = 0.5      # P(some crisis) at which the model alone raises a crisis
                           # (0.4 until December 2026: docs/benchmarks.md)
QUESTION_THRESHOLD = 0.8   # the same for a message asking for information or a what-if
WORD_VETO = 0.95           # P(not a crisis) at which the model overrules a bare crisis word
# Lexicon cues that are only a word, not a description of danger.
WORD_CUES = frozenset({"suicide_word", "self_harm_word", "abuse_word", "overdose_word", "seizure"})


@dataclass(frozen=True)
class Decision:
    type: str | None          # a crisis type, or None
    layer: str | None         # "lexicon" or "model" (what raised it), None when no crisis
    cue: str | None = None    # the lexicon pattern's name (never the user's words)


def decide(text: str, probabilities: Sequence[float] | None) -> Decision:
    """`probabilities`: the CrisisModel's row (none first, then CRISIS_TYPES); None = no model."""
    lexicon = assess(text)
    p_none = float(probabilities[0]) if probabilities is not None else None
    if lexicon.hit:
        vetoed = (lexicon.hit.cue in WORD_CUES and p_none is not None and p_none >= WORD_VETO)
        if not vetoed:
            return Decision(lexicon.hit.type, "lexicon", lexicon.hit.cue)
        return Decision(None, None)
    threshold = QUESTION_THRESHOLD if lexicon.question or lexicon.past else MODEL_THRESHOLD
    if p_none is None or lexicon.ruled_out or 1.0 - p_none < threshold:
        return Decision(None, None)
    scores = list(probabilities[1:])
    return Decision(CRISIS_TYPES[scores.index(max(scores))], "model")
