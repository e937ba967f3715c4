"""Validation of directory YAML: every error kind, with file, line and field."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from services_db.cli import main
from services_db.schema import normalise_phone, validate_paths

FIXTURES = Path(__file__).parent / "fixtures" / "directory"
TODAY = date(2026, 11, 23)

GOOD_SERVICE = """\
  - id: {id}
    name: {name}
    needs: [housing]
    areas: [Glasgow City]
    referral: [self]
    phones:
      - number: "{phone}"
    website: {website}
    source: https://test.example/source
    last_verified: 2026-11-01
    confidence: high
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def org(name: str, services: str) -> str:
    return f"organisation:\n  id: {name}\n  name: Test Org {name}\nservices:\n{services}"


def problems(folder: Path) -> list[str]:
    return [str(p) for p in validate_paths([folder], today=TODAY).errors]


def test_the_test_fixtures_are_valid():
    result = validate_paths([FIXTURES], today=TODAY)
    assert result.ok, [str(e) for e in result.errors]
    assert len(result.organisations) == 3 and result.version


BAD = """\
organisation:
  id: test-bad
  name: Test Bad Org
  colour: blue
services:
  - id: test-bad-one
    name: Test Bad Service
    needs: [housing, flying]
    areas: [Glasgow, NHS Lothian]
    referral: [self, phone]
    phones:
      - number: "0141 496 000"
      - number: "0141 496 0000"
        extension: "12"
    hours:
      mon: ["09:00-09:00"]
      tue: ["9am-5pm"]
      fri: ["22:00-02:00"]
      funday: ["10:00-12:00"]
    last_verified: 2099-01-01
    confidence: sure
    same_day: maybe
  - id: Test_Bad_Two
    name: Test Bad Two
    needs: []
    areas: [Scotland, Fife]
    referral: [drop_in]
    source: https://test.example
    last_verified: 2026-11-01
    confidence: medium
    status: inactive
    eligibility: {min_age: 30, max_age: 18}
"""


def test_every_error_is_reported_with_its_line_and_field(tmp_path):
    write(tmp_path, "test-bad", BAD)
    found = problems(tmp_path)
    expected = [
        "test-bad.yml:4: organisation.colour: unknown key",
        "test-bad.yml:8: services[0].needs[1]: unknown need code 'flying'",
        "test-bad.yml:9: services[0].areas[0]: unknown council area 'Glasgow'",
        "test-bad.yml:10: services[0].referral[1]: unknown referral route 'phone'",
        "test-bad.yml:12: services[0].phones[0].number: bad phone '0141 496 000'",
        "test-bad.yml:14: services[0].phones[1].extension: unknown key",
        "test-bad.yml:16: services[0].hours.mon: closing time equals opening time",
        "test-bad.yml:17: services[0].hours.tue: bad time '9am-5pm'",
        "test-bad.yml:19: services[0].hours.funday: unknown day",
        "test-bad.yml:6: services[0].source: required",
        "test-bad.yml:20: services[0].last_verified: in the future (2099-01-01)",
        "test-bad.yml:21: services[0].confidence: unknown value 'sure'",
        "test-bad.yml:22: services[0].same_day: expected true or false",
        "test-bad.yml:23: services[1].id: not a lowercase slug: 'Test_Bad_Two'",
        "test-bad.yml:25: services[1].needs: expected a non-empty list",
        "test-bad.yml:26: services[1].areas: 'Scotland' (national) must be the only area",
        "test-bad.yml:23: services[1].notes: required for an inactive service",
        "test-bad.yml:32: services[1].eligibility.max_age: max_age is below min_age",
    ]
    for line in expected:
        assert any(p.startswith(line) for p in found), f"missing {line!r} in {found}"
    assert not any("hours.fri" in p for p in found)  # overnight is allowed
    assert len(found) == len(expected), found


def test_missing_required_fields(tmp_path):
    write(tmp_path, "test-empty", "organisation:\n  id: test-empty\n  name: Test\nservices:\n  - name: X\n")
    found = problems(tmp_path)
    for field in ("id", "needs", "areas", "referral", "source", "last_verified", "confidence"):
        assert any(p.startswith(f"test-empty.yml:5: services[0].{field}: required") for p in found), (field, found)


def test_yaml_syntax_error_has_its_line(tmp_path):
    write(tmp_path, "test-broken", "organisation:\n  id: test-broken\n  name: [unclosed\nservices: []\n")
    found = problems(tmp_path)
    assert len(found) == 1 and found[0].startswith("test-broken.yml:4: yaml: syntax error"), found


def test_duplicate_keys_and_bad_dates(tmp_path):
    text = org("test-dup", GOOD_SERVICE.format(id="test-dup-a", name="A", phone="0141 496 0100",
                                               website="https://a.example"))
    text = text.replace("    confidence: high\n", "    confidence: high\n    confidence: medium\n")
    text = text.replace("last_verified: 2026-11-01", "last_verified: 2026-02-30")
    write(tmp_path, "test-dup", text)
    found = problems(tmp_path)
    assert any(p.startswith("test-dup.yml:16: services[0].confidence: duplicate key") for p in found), found
    assert any(p.startswith("test-dup.yml:14: services[0].last_verified: bad value") for p in found), found
    assert len(found) == 2, found


def test_duplicate_ids_across_files_and_file_name(tmp_path):
    svc = GOOD_SERVICE.format(id="test-same-id", name="A", phone="0141 496 0100", website="https://a.example")
    write(tmp_path, "test-a", org("test-a", svc))
    write(tmp_path, "test-b", org("test-b", svc.replace("0141 496 0100", "0141 496 0101")
                                  .replace("a.example", "b.example")))
    write(tmp_path, "test-c", org("test-wrong-name", GOOD_SERVICE.format(
        id="test-c-1", name="C", phone="0141 496 0102", website="https://c.example")))
    found = problems(tmp_path)
    assert any(p.startswith("test-b.yml:5: services[0].id: duplicate id 'test-same-id' (also at test-a.yml:5)")
               for p in found), found
    assert any(p.startswith("test-c.yml:2: organisation.id: must equal the file name ('test-c')")
               for p in found), found
    assert len(found) == 2


def test_duplicate_services_across_files_are_warnings(tmp_path):
    write(tmp_path, "test-a", org("test-a", GOOD_SERVICE.format(
        id="test-a-1", name="Test Same Name", phone="0141 496 0100", website="https://a.example/x")))
    write(tmp_path, "test-b", org("test-b", GOOD_SERVICE.format(
        id="test-b-1", name="test same name", phone="0141 4960100", website="https://b.example")))
    write(tmp_path, "test-c", org("test-c", GOOD_SERVICE.format(
        id="test-c-1", name="Other", phone="0141 496 0109", website="http://www.a.example/x/")))
    result = validate_paths([tmp_path], today=TODAY)
    assert result.ok
    warnings = [str(w) for w in result.warnings]
    assert any("same name and phone" in w and "test-b-1" in w for w in warnings), warnings
    assert any("same website" in w and "test-c-1" in w for w in warnings), warnings
    assert len(warnings) == 2


@pytest.mark.parametrize("number", ["0141 496 0000", "01414960000", "+44 141 496 0000", "0131 496 0999",
                                    "07700 900000", "0800 83 85 87", "0808 157 0000", "0300 123 1234",
                                    "0800 1111", "999", "111", "101", "116 123", "116 000", "18001 111",
                                    "(0141) 496 0000"])
def test_valid_uk_numbers(number):
    assert normalise_phone(number) is not None


@pytest.mark.parametrize("number", ["0141 496 000", "09011 234567", "+1 212 555 0100", "123", "116 124",
                                    "0141-CALL-NOW", "", "0041 496 0000", "0800 11111"])
def test_invalid_numbers(number):
    assert normalise_phone(number) is None


def test_cli_validate_exit_codes(tmp_path, capsys):
    assert main(["validate", str(FIXTURES)]) == 0
    assert "OK: 3 files" in capsys.readouterr().out
    shutil.copy(FIXTURES / "test-glasgow-hub.yml", tmp_path)
    write(tmp_path, "test-bad", BAD)
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "test-bad.yml:8: services[0].needs[1]: unknown need code 'flying'" in out
    assert main(["validate", str(tmp_path / "nothing-here")]) == 1


def test_the_example_in_the_maintainers_guide_is_valid(tmp_path):
    guide = (Path(__file__).resolve().parents[1] / "docs" / "maintainers.md").read_text()
    example = guide.split("```yaml\n", 1)[1].split("```", 1)[0]
    write(tmp_path, "example-recovery-trust", example)
    result = validate_paths([tmp_path], today=TODAY)
    assert result.ok, [str(e) for e in result.errors]
    svc = result.organisations[0]["services"][0]
    assert svc["hours"]["wed"] == ["18:00-02:00"] and svc["exceptions"][0]["closed"] is True


def test_malformed_structures_are_reported_not_crashed_on(tmp_path):
    write(tmp_path, "test-shapes", "organisation:\n  id: test-shapes\n  name: Test\nservices:\n"
                                   "  - just a string\n  - id: test-shapes-b\n    phones: 0141\n")
    write(tmp_path, "test-list", "- a\n- b\n")
    write(tmp_path, "test-empty-file", "")
    found = problems(tmp_path)
    assert "test-shapes.yml:5: services[0]: each service must be a mapping" in found, found
    assert any(p.startswith("test-shapes.yml:7: services[1].phones: expected a list") for p in found), found
    assert any(p.startswith("test-shapes.yml:6: services[1].name: required") for p in found), found
    assert any(p.startswith("test-list.yml:1: file: the file must be a mapping") for p in found), found
    assert "test-empty-file.yml:1: file: empty file" in found, found


def test_inputs_found_by_fuzzing_give_problems_not_exceptions(tmp_path):
    write(tmp_path, "test-null", "null\n")
    (tmp_path / "test-control.yml").write_bytes(b"organisation:\n  id: x\x1f\n")
    write(tmp_path, "test-list-area", org("test-list-area", GOOD_SERVICE.format(
        id="test-list-area-1", name="A", phone="0141 496 0100", website="https://a.example")
        .replace("areas: [Glasgow City]", "areas: [[Glasgow City]]")))
    found = problems(tmp_path)
    assert "test-null.yml:1: file: empty file" in found, found
    assert any(p.startswith("test-control.yml:2: yaml: cannot read") for p in found), found
    assert any(p.startswith("test-list-area.yml:8: services[0].areas[0]: unknown council area")
               for p in found), found
