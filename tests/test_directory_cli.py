"""The maintainers' command line: every command, its output and exit code; HSDS export."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from services_db import vocab
from services_db.cli import main
from services_db.export_hsds import SERVICE_SCHEMA

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "directory"

EVERYTHING_NATIONAL = """\
organisation:
  id: test-everything
  name: Test Everything Line
services:
  - id: test-everything-line
    name: Test Everything Line
    needs: [{needs}]
    areas: [Scotland]
    referral: [self]
    phones:
      - number: "0808 157 0099"
    source: https://test-everything.example
    last_verified: 2026-11-01
    confidence: high
""".format(needs=", ".join(vocab.NEED_CODES))


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["load", "--db", url, str(FIXTURES)]) == 0
    return url


def test_load_prints_a_summary_and_refuses_bad_files(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["load", "--db", url, str(FIXTURES)]) == 0
    assert "Loaded 3 organisations, 13 services" in capsys.readouterr().out
    bad = tmp_path / "bad"
    shutil.copytree(FIXTURES, bad)
    (bad / "test-board-services.yml").write_text("organisation: [\n")
    assert main(["load", "--db", url, str(bad)]) == 1
    captured = capsys.readouterr()
    assert "test-board-services.yml:2: yaml: syntax error" in captured.out
    assert "previous directory is unchanged" in captured.err


def test_plan_text_and_json(db, capsys):
    assert main(["plan", "--db", db, "--needs", "housing,treatment", "--area", "Glasgow City",
                 "--role", "self"]) == 0
    assert "Your plan for Glasgow City" in capsys.readouterr().out
    assert main(["plan", "--db", db, "--needs", "housing", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["type"] == "referral_plan" and plan["council_area"] is None
    assert main(["plan", "--db", db, "--needs", "flying"]) == 2
    assert main(["plan", "--db", db, "--needs", "housing", "--area", "Qwertyuiop Zxcv"]) == 2
    capsys.readouterr()
    assert main(["plan", "--db", db, "--needs", "housing", "--area", "G1 1AA", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["council_area"] == "Glasgow City"
    assert "'G1 1AA' is in Glasgow City" in captured.err


def test_search(db, capsys):
    assert main(["search", "--db", db, "--text", "housing", "--area", "Glasgow City"]) == 0
    out = capsys.readouterr().out
    assert "test-hub-housing-advice" in out and "test-national-housing" in out
    assert "3 services" in out
    assert main(["search", "--db", db, "--need", "employment"]) == 0
    assert "0 services" in capsys.readouterr().out
    assert main(["search", "--db", db, "--need", "employment", "--inactive"]) == 0
    assert "[inactive]" in capsys.readouterr().out


def test_stale(db, capsys):
    assert main(["stale", "--db", db]) == 1
    out = capsys.readouterr().out
    assert "2024-01-10 test-hub-old-money-advice" in out and "1 services" in out
    assert main(["stale", "--db", db, "--days", "100000"]) == 0


def test_coverage_fails_on_a_gap_and_passes_when_covered(db, tmp_path, capsys):
    assert main(["coverage", "--db", db]) == 1
    captured = capsys.readouterr()
    assert "Glasgow City / employment" in captured.err
    glasgow = next(line for line in captured.out.splitlines() if line.startswith("Glasgow City"))
    assert glasgow.split()[2:] == ["3", "N", "2", "2", "2", "!!", "1", "!!", "N"]
    folder = tmp_path / "full"
    shutil.copytree(FIXTURES, folder)
    (folder / "test-everything.yml").write_text(EVERYTHING_NATIONAL)
    url = f"sqlite:///{tmp_path / 'full.sqlite3'}"
    assert main(["load", "--db", url, str(folder)]) == 0
    assert main(["coverage", "--db", url]) == 0


def test_export_hsds_validates_against_the_official_schemas(db, tmp_path, capsys):
    out = tmp_path / "hsds"
    assert main(["export", "--db", db, "--format", "hsds", str(out)]) == 0
    services = json.loads((out / "services.json").read_text())
    organisations = json.loads((out / "organizations.json").read_text())
    package = json.loads((out / "datapackage.json").read_text())
    assert len(services) == 13 and len(organisations) == 3
    assert {r["path"] for r in package["resources"]} == {"services.json", "organizations.json"}
    schema = json.loads(SERVICE_SCHEMA.read_text())
    validator = jsonschema.Draft7Validator(schema)
    for svc in services:
        errors = sorted(validator.iter_errors(svc), key=str)
        assert not errors, (svc["name"], [e.message for e in errors])
    org_schema = {**schema["definitions"]["organization"], "definitions": schema["definitions"]}
    for org in organisations:
        jsonschema.validate(org, org_schema, cls=jsonschema.Draft7Validator)
    hub = next(s for s in services if s["name"] == "Test Hub Housing and Treatment")
    assert {a["value"] for a in hub["attributes"]} >= {"housing", "treatment", "self", "drop_in"}
    assert {(s["byday"], s["opens_at"], s["closes_at"]) for s in hub["schedules"]} >= {("MO", "09:00", "17:00")}
    assert hub["assured_date"] == "2026-11-01"
    line = next(s for s in services if s["name"] == "Test Listening Line")
    assert line["schedules"][0]["byday"] == "MO,TU,WE,TH,FR,SA,SU"
    # The schema must be able to fail: a service without a name is refused.
    assert list(validator.iter_errors({k: v for k, v in hub.items() if k != "name"}))


def test_module_entry_point_runs_as_a_subprocess(db):
    proc = subprocess.run([sys.executable, "-m", "services_db", "plan", "--db", db, "--needs", "housing",
                           "--area", "Angus"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "no local service listed for Angus yet" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "services_db"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and "validate" in proc.stdout
