"""Who is asking: the person themselves, a family member or friend, or a worker.

Pure Python, shared by the NeedTagger component and the evaluation script.
Codes come from services_db.vocab.ROLES.
"""
from __future__ import annotations

import re

from nlu_components.needs import _FAMILY_WHO, normalise

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
    r"\bpresented (?:at|to) (?:our|the)\b|\bour (?:service|team|ward|clinic|hostel|pharmacy)\b"
)
# "me and my partner", "my kids and I", "get my kids back": the person speaks for themselves.
_NOT_FAMILY_ROLE = re.compile(
    r"(?:\bme and|\bget|\bsee|\blose|\blosing|\blost|\bkeep|\bwith|\bfor|\blook after|\blooking after|"
    r"\bcontact wi(?:th)?) $"
)
_AND_I = re.compile(r"^ and (?:i|me)\b")
_FAMILY = re.compile(r"\b(?:my|our) " + _FAMILY_WHO + r"\b")
_SELF = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself|mine|ma|masel|mysel|am)\b")


def tag_role(text: str) -> str | None:
    """'worker', 'family', 'self' or None when the message gives no clue."""
    norm = normalise(text)
    if _WORKER.search(norm):
        return "worker"
    for family in _FAMILY.finditer(norm):
        if not (_NOT_FAMILY_ROLE.search(norm[: family.start()])
                or _AND_I.search(norm[family.end():])):
            return "family"
    if _SELF.search(norm):
        return "self"
    return None
