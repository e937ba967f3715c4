"""The shipped directory (services_db/data/organisations, written by the content work).

These tests depend on the real data, not on the engine's fixtures: they fail when a file
is invalid, when a council area lacks a route for a need, or when directory text uses
stigmatising words (docs: safety.md section 2).
"""
from __future__ import annotations

import json
import re

import jsonschema
import pytest
from sqlalchemy import create_engine

from services_db import vocab
from services_db.cli import main
from services_db.export_hsds import SERVICE_SCHEMA, export
from services_db.loader import load
from services_db.plan import build_plan
from services_db.schema import DATA_DIR, validate_paths

AVOID = re.compile(r"\b(addicts?|junkies?|junkie|druggies?|alcoholics?|misusers?|abusers?|"
                   r"substance abuse|drug abuse|misuse|clean|dirty)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('shipped') / 'd.sqlite3'}"
    engine = create_engine(url, future=True)
    result = load([DATA_DIR], engine)
    assert result.loaded, [str(e) for e in result.validation.errors]
    yield url, engine
    engine.dispose()


def test_shipped_data_has_no_errors():
    result = validate_paths([DATA_DIR])
    assert result.files, "no organisation files shipped yet"
    assert [str(e) for e in result.errors] == []


def test_coverage_has_no_gaps(shipped, capsys):
    url, _ = shipped
    assert main(["coverage", "--db", url]) == 0, capsys.readouterr().err


def test_every_area_gets_a_plan_for_every_need(shipped):
    _, engine = shipped
    for area in vocab.COUNCIL_AREA_NAMES:
        for role in ("self", "worker"):
            plan = build_plan(list(vocab.NEED_CODES), area, role=role, engine=engine)
            for item in plan["items"]:
                assert item["services"], (area, role, item["need"])
                for svc in item["services"]:
                    assert area in svc["areas"] or svc["areas"] == ["Scotland"], (area, svc["name"])


def test_plans_list_the_national_crisis_lines(shipped):
    _, engine = shipped
    plan = build_plan(["treatment"], "Glasgow City", engine=engine)
    numbers = {re.sub(r"\s", "", h["phone"] or "") for h in plan["helplines"]}
    assert {"116123", "111"} <= numbers, ("mark Samaritans and NHS 24 with `helpline:` "
                                          "in their YAML (docs/maintainers.md)", plan["helplines"])


def test_directory_text_is_person_first():
    result = validate_paths([DATA_DIR])
    for org in result.organisations:
        texts = [org["name"], org["description"]]
        for svc in org["services"]:
            texts += [svc["name"], svc["description"], svc["hours_note"], svc["text"],
                      svc["accessibility"], svc["cost"]]
        for text in filter(None, texts):
            match = AVOID.search(text)
            assert not match, f"{org['_file']}: avoid {match.group(0)!r} in {text!r}"


def test_shipped_directory_exports_valid_hsds(shipped, tmp_path):
    _, engine = shipped
    counts = export(engine, tmp_path)
    validator = jsonschema.Draft7Validator(json.loads(SERVICE_SCHEMA.read_text()))
    services = json.loads((tmp_path / "services.json").read_text())
    assert len(services) == counts["services"] > 0
    problems = [(s["name"], e.message) for s in services for e in validator.iter_errors(s)]
    assert problems == []
