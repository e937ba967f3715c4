"""Age and gender of the person the help is for, when a message states them.

"I'm 17 and my mum's put me out" -> age band 16_17; "client 34M NFA" -> 25_64 and man;
"my daughter is 15" -> under_16. Only explicit statements count: an age is never
guessed from wording, and a relative's gender says nothing about the person asking.
Codes come from services_db.vocab (AGE_BANDS, GENDERS). Pure Python.
"""
from __future__ import annotations

import re

from nlu_components.text import normalise
from services_db.vocab import age_band_of

_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_AGE = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
# Amounts that follow a number but are not an age ("I'm 80ml", "I'm 3 weeks clean").
_NOT_AGE = r"(?!\s*(?:ml|mg|quid|pounds|weeks?|months?|days?|hours?|years? (?:clean|sober|dry|on|off|in|out|since|ago)|%|p\b|grams?|g\b|bags?|tins?|cans?))"
_SELF_AGE = [
    re.compile(r"\b(?:i'?m|i am|aged|age|i turned|i'?m turning)\s+" + _AGE + r"\b" + _NOT_AGE),
    re.compile(r"\bi'?m (?:a |an )?" + _AGE + r"\s*(?:-\s*)?(?:years?|yrs?|yo)(?:\s*-?\s*old)?\b"),
]
_OTHER_AGE = [
    re.compile(r"\b(?:son|daughter|boy|girl|lad|lassie|laddie|he|she|they|client|patient|tenant|"
               r"brother|sister|child|kid|grandson|granddaughter|nephew|niece|pupil|resident|"
               r"partner|husband|wife|mum|dad|mother|father|person|guy|man|woman)(?:'s| is| are|'re)\s+"
               + _AGE + r"\b" + _NOT_AGE),
    re.compile(r"\b" + _AGE + r"\s*(?:-\s*)?(?:(?:years?|yrs?)\s*-?\s*old|yo)\b"),
    re.compile(r"\b(\d{2})\s*(?:m|f|male|female)\b"),        # worker shorthand: "34M", "38 F"
]
_UNDER_16 = re.compile(r"\bunder (?:16|sixteen)\b|\bi'?m (?:still )?at school\b")

_WOMAN = re.compile(r"\b(?:\d{2}\s*(?:f|female)|i'?m a (?:woman|girl|lassie|mum|mother|female)|"
                    r"(?:for|as a) wom[ae]n|women only|woman only|female only)\b")
_MAN = re.compile(r"\b(?:\d{2}\s*(?:m|male)|i'?m a (?:man|guy|lad|boy|dad|father|male)|"
                  r"(?:for|as a) (?:man|men)|men only|male only)\b")


def _band(patterns: list[re.Pattern], norm: str) -> str | None:
    for pattern in patterns:
        for match in pattern.finditer(norm):
            word = match.group(1)
            band = age_band_of(int(word) if word.isdigit() else _NUMBER_WORDS[word])
            if band:
                return band
    return None


def tag_age_band(text: str) -> tuple[str | None, str | None]:
    """(age band, whose age: "self" or "other") for an age stated in `text`, else (None, None).

    "I'm 17" is the writer's age; "my son is 15", "client 34M", "a 16 year old" are
    someone else's (useful when a family member or worker asks for them).
    """
    norm = normalise(text)
    band = _band(_SELF_AGE, norm) or ("under_16" if _UNDER_16.search(norm) else None)
    if band:
        return band, "self"
    band = _band(_OTHER_AGE, norm)
    return (band, "other") if band else (None, None)


def tag_gender(text: str) -> str | None:
    """"woman" or "man" when `text` says so outright, else None."""
    norm = normalise(text)
    if _WOMAN.search(norm):
        return "woman"
    if _MAN.search(norm):
        return "man"
    return None


def answer_age_band(text: str) -> str | None:
    """A direct answer to "how old are you / is the person?": "17", "seventeen", "I'm 45"."""
    norm = normalise(text).strip(" .!?")
    if len(norm.split()) == 1 and (norm.isdigit() or norm in _NUMBER_WORDS):
        return age_band_of(int(norm) if norm.isdigit() else _NUMBER_WORDS[norm])
    return tag_age_band(text)[0]
