"""Who is asking: the person themselves, a family member or friend, or a worker.

Pure Python, shared by the NeedTagger component and the evaluation script.
Codes come from services_db.vocab.ROLES.
"""
from __future__ import annotations

import re
from typing import Sequence

from nlu_components.needs import _FAMILY_WHO, tag_needs
from nlu_components.text import normalise

_WORKER = re.compile(
    r"\bmy (?:client|clients|patient|patients|service users?|tenant|tenants|resident|residents|customer|"
    r"customers|young person|young people|caseload|case load|guy i work with|lad i work with|person i support)\b|"
    r"\bone of (?:my|our) (?:clients|patients|service users|tenants|residents|guys|lads|young people|women|men)\b|"
    r"\b(?:a|the|our|this) (?:client|patient|service user|tenant|resident)\b(?! of)|"
    r"\bi'?m (?:a|an|the) (?:\w+ )?(?:worker|nurse|gp|doctor|pharmacist|social worker|housing officer|"
    r"support worker|outreach worker|key ?worker|probation officer|police officer|paramedic|midwife|"
    r"health visitor|teacher|counsellor|caseworker|case worker|navigator|peer worker|officer|practitioner|"
    r"link worker|advisor|adviser)\b|"
    r"\bi work (?:at|in|for|with|on)\b|\bon behalf of\b|\brefer(?:ring)? (?:a|my|someone|him|her|them|this)\b|"
    r"\breferral for\b|\bsomeone i (?:support|work with)\b|\bperson i(?:'m| am)? (?:support|supporting|working with)\b|"
    r"\bwe have a (?:guy|man|woman|lady|person|young person|client|lad|girl)\b|\bi support (?:a|people|someone)\b|"
    r"\bpresented (?:at|to) (?:our|the)\b|\bour (?:service|team|ward|clinic|hostel|pharmacy)\b|"
    r"\b(?:my|our) staff\b|\bstaff team\b|\bi'?m (?:his|her|their) (?:key ?worker|worker|nurse|support worker|"
    r"social worker|probation officer|doctor|gp|caseworker)\b|\bhere,? (?:a |the |my )?(?:client|patient|tenant)\b|"
    r"\b(?:officer|worker|nurse|pharmacist|midwife|doctor|gp|team|paramedic|teacher) here\b|(?<!my )(?<!our )\b(?:client|patient|service user)s?\b|"
    r"^(?:i'?m |i am |as )?(?:an? )?(?:[\w&]+ ){0,2}(?:worker|officer|nurse|pharmacist|practitioner|team)(?:[,:]| here\b| in\b| at\b| from\b|$)|"
    r"\bfor (?:the|our) (?:hostel|service|team|project|clients|residents)\b|"
    # an employer about a member of staff ("one of my drivers", "I'm his employer", "Employer. HGV driver.")
    r"\bone of (?:my|our) (?:\w+ )?(?:drivers|workers|employees|apprentices|staff|crew|hands|labourers|operatives|trainees|"
    r"volunteers|mechanics|chefs|cleaners|carers|riders|grooms|fitters|joiners|sparkies|brickies)\b|"
    r"\bi'?m (?:his|her|their) (?:employer|boss|manager|line manager|gaffer|supervisor)\b|\b(?:my|our) (?:employee|employees|workforce)\b|"
    r"\b(?:i|we) employ\b|\b(?:who|that) works? for (?:me|us)\b|\bour staff (?:house|accommodation|flat)\b|^(?:an? )?employer\b"
)
# "me and my partner", "my kids and I", "get my kids back": the person speaks for themselves.
_NOT_FAMILY_ROLE = re.compile(
    r"(?:\bme and|\bget|\bsee|\blose|\blosing|\blost|\bkeep|\blook after|\blooking after|"
    r"\bcontact wi(?:th)?|\bcustody of|\bafter|\b(?:are|is|staying|living|stay|live) with|\bby|\bat|\bfrom|\bto|\bgrieving|\bmiss|\bmissing|\bwant) $"
)
# "my mum died", "my pal's floor": the relative is not the one the help is for.
_NOT_FAMILY_AFTER = re.compile(
    r"^(?:'s (?:floor|house|flat|place|couch|sofa|car|bit|overdose|death|funeral|passing)\b| died\b| passed\b|"
    r" and (?:i|me)\b|(?:'s| has| have)? (?:put|kicked|thrown|flung|chucked|threw) me\b)"
)
_FAMILY = re.compile(r"\b(?:my|our|ma) " + _FAMILY_WHO + r"\b")
_FAMILY_CUE = re.compile(
    r"\b(?:for|as) (?:families|parents|relatives|a parent|a mum|a dad)\b|\bfamilies affected\b|"
    r"\bi'?m (?:his|her|their) (?:mum|mother|maw|dad|father|da|gran|granny|wife|husband|partner|sister|"
    r"brother|carer|pal|friend|girlfriend|boyfriend)\b|\basking for a (?:friend|pal|mate|relative)\b|"
    r"\bi'?m a (?:gran|granny|grandparent|kinship carer|parent)\b"
)
_SELF = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself|mine|ma|masel|mysel|am)\b")
# Says outright that the help is for the person typing (an answer to "who is it for?").
_SELF_EXPLICIT = re.compile(r"\b(?:for me|for myself|for masel|me myself|it'?s me|just me|myself|masel|mysel|me)\b")
# Says so in words that cannot be about anybody else ("it's for me", "asking for myself"):
# enough to change a role already known in the conversation. A bare "me" is not.
_SELF_STATED = re.compile(
    r"\b(?:for (?:me|myself|masel|mysel)|me myself|it'?s (?:me|masel|mysel)|just me|"
    r"for my ?own (?:use|drinking|using|sake))\b")

_NOT_A_RELATIVE = re.compile(r"\b(?:not|no|nae|rather than) (?:for )?(?:my|ma|our) " + _FAMILY_WHO + r"\b")


def explicit_self(text: str) -> bool:
    """True when the message says outright the help is for the person typing."""
    return bool(_SELF_EXPLICIT.search(normalise(text)))


def tag_role(text: str) -> str | None:
    """'worker', 'family', 'self' or None when the message gives no clue.

    'self' here is a weak clue (first-person words); callers use it only with a need in
    the same message or when explicit_self() holds.
    """
    norm = normalise(text)
    if _WORKER.search(norm):
        return "worker"
    if _FAMILY_CUE.search(norm):
        return "family"
    for family in _FAMILY.finditer(norm):
        if not (_NOT_FAMILY_ROLE.search(norm[: family.start()])
                or _NOT_FAMILY_AFTER.search(norm[family.end():])):
            return "family"
    if _SELF.search(norm):
        return "self"
    return None


def stated_role(text: str) -> str | None:
    """The role the message states in so many words: a worker's or a relative's cue
    ("my client", "I'm his mum", "my son") or an outright "it's for me"; None when the role
    is only implied ("he's got court in January", "I'm not sleeping"). A stated role may
    change the role a conversation already has; an implied one only fills it when empty
    (actions/context.py)."""
    norm = normalise(text)
    self_stated = bool(_SELF_STATED.search(norm))
    if self_stated and _NOT_A_RELATIVE.search(norm):
        return "self"  # "it's for me, not my brother"
    role = tag_role(text)
    if role in ("worker", "family"):
        return role
    return "self" if self_stated else None


def rule_role(text: str, needs: Sequence[str] | None = None) -> str | None:
    """The rules' answer: a named worker or family cue; else "self" when the message names
    a need (or says "for me") and nobody else; else None. `needs`: the need lexicon's
    needs of the text, when the caller already has them."""
    needs = tag_needs(text).needs if needs is None else needs
    role = tag_role(text) or ("self" if needs else None)
    if role and (role != "self" or needs or explicit_self(text)):
        return role
    return None
