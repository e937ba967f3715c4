"""The deterministic need and role taggers (pure Python, no model)."""
from __future__ import annotations

import pytest

from nlu_components.needs import tag_needs
from nlu_components.roles import explicit_self, tag_role
from services_db.vocab import NEED_CODES


@pytest.mark.parametrize("text,needs", [
    ("just out of jail, no house, no money", ["justice", "housing", "money"]),
    ("ma heid's mince", ["mental_health"]),
    ("nae hoose", ["housing"]),
    ("somewhere to kip tonight", ["housing"]),
    ("I'm skint", ["money"]),
    ("lifted by the polis", ["justice"]),
    ("rattling, need my script", ["treatment"]),
    ("vallies and jellies every day", ["treatment"]),
    ("can I get Buvidal or Espranor", ["treatment"]),
    ("where do I get naloxone", ["harm_reduction"]),
    ("need a dentist", ["physical_health"]),
    ("want to go to college", ["employment"]),
    ("kinship carer for my grandson", ["family"]),
    ("homless", ["housing"]),
    ("benifits", ["money"]),
])
def test_needs_from_plain_words_slang_scots_and_typos(text, needs):
    assert tag_needs(text).needs == needs


def test_needs_are_known_codes_in_order_of_mention():
    tags = tag_needs("I need a GP, a flat and a detox")
    assert tags.needs == ["physical_health", "housing", "treatment"]
    assert set(tags.needs) <= set(NEED_CODES)


@pytest.mark.parametrize("text,removed", [
    ("not housing, I've got a flat", ["housing"]),
    ("I don't need money help", ["money"]),
    ("housing's sorted now", ["housing"]),
    ("I'm not after treatment, just safer ways to use", ["treatment"]),
    ("don't bother sending me to rehab, I need a hostel", ["treatment"]),
    ("I'm not ready to stop the gear yet", ["treatment"]),
])
def test_ruled_out_needs(text, removed):
    tags = tag_needs(text)
    assert tags.removed == removed and not set(tags.needs) & set(removed)


def test_someone_else_not_ready_to_stop_does_not_rule_out_treatment():
    assert tag_needs("my son's not ready to stop, how do I get him to a drug service").removed == []


def test_being_evicted_from_a_flat_is_still_housing():
    assert tag_needs("I've got a flat but I'm being evicted").needs == ["housing"]


@pytest.mark.parametrize("text,role", [
    ("my client is homeless", "worker"),
    ("I'm a support worker in Dundee", "worker"),
    ("my daughter is using heroin", "family"),
    ("I'm asking for a friend", "family"),
    ("I need a detox", "self"),
    ("me and my partner are homeless", "self"),
    ("kicked out by my maw", "self"),
    ("homeless in Glasgow", None),
])
def test_role_from_phrasing(text, role):
    assert tag_role(text) == role


def test_explicit_self():
    assert explicit_self("it's for me") and not explicit_self("I'm in Dundee")
