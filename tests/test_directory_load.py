"""Loading: all or nothing on SQLite and PostgreSQL, stable ids, version metadata."""
from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from services_db import loader, models
from services_db.directory import DirectoryNotLoaded, current_version, get_directory
from services_db.ids import stable_id
from services_db.loader import load

FIXTURES = Path(__file__).parent / "fixtures" / "directory"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"


def _postgres_url():
    """A fresh, uniquely named PostgreSQL database, dropped afterwards."""
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # pragma: no cover - depends on the machine
        admin.dispose()
        pytest.skip(f"PostgreSQL server unreachable at {PG_SERVER}: {exc.__class__.__name__}")
    name = f"test_directory_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    if request.param == "sqlite":
        eng = create_engine(f"sqlite:///{tmp_path / 'directory.sqlite3'}", future=True)
        yield eng
        eng.dispose()
        return
    gen = _postgres_url()
    url = next(gen)
    eng = create_engine(url, future=True)
    yield eng
    eng.dispose()
    next(gen, None)


def snapshot(engine) -> dict[str, list]:
    with engine.connect() as conn:
        return {t.name: sorted(map(tuple, conn.execute(select(t)).all()), key=repr)
                for t in (*models.DATA_TABLES, models.directory_meta)}


def test_load_and_stable_ids(engine, tmp_path):
    result = load([FIXTURES], engine)
    assert result.loaded and result.organisations == 3 and result.services == 13
    first = snapshot(engine)
    version, loaded_at = current_version(engine)
    assert version == result.validation.version and loaded_at
    with engine.connect() as conn:
        ids = dict(conn.execute(select(models.service.c.slug, models.service.c.id)).all())
    assert ids["test-hub-housing-treatment"] == stable_id("service", "test-hub-housing-treatment")
    # Reload the same files (and from a copy elsewhere): the same ids and rows.
    copy = tmp_path / "copy"
    shutil.copytree(FIXTURES, copy)
    assert load([copy], engine).loaded
    again = snapshot(engine)
    assert {k: v for k, v in again.items() if k != "directory_meta"} == {
        k: v for k, v in first.items() if k != "directory_meta"}
    assert current_version(engine)[0] == version


def test_invalid_files_leave_the_previous_directory_untouched(engine, tmp_path):
    assert load([FIXTURES], engine).loaded
    before = snapshot(engine)
    bad = tmp_path / "bad"
    shutil.copytree(FIXTURES, bad)
    (bad / "test-national-lines.yml").write_text(
        (FIXTURES / "test-national-lines.yml").read_text().replace("[mental_health]", "[flying]"))
    result = load([bad], engine)
    assert not result.loaded and result.validation.errors
    assert snapshot(engine) == before


def test_a_database_failure_mid_load_rolls_back(engine, tmp_path, monkeypatch):
    assert load([FIXTURES], engine).loaded
    before = snapshot(engine)
    real = loader.build_rows

    def broken_rows(organisations):
        rows = real(organisations)
        rows["location"].append(dict(rows["location"][0]))  # duplicate primary key
        return rows

    monkeypatch.setattr(loader, "build_rows", broken_rows)
    changed = tmp_path / "changed"
    shutil.copytree(FIXTURES, changed)
    (changed / "test-glasgow-hub.yml").unlink()
    with pytest.raises(Exception):
        load([changed], engine)
    assert snapshot(engine) == before  # services already deleted and re-inserted: rolled back


def test_a_new_load_replaces_everything(engine, tmp_path):
    assert load([FIXTURES], engine).loaded
    smaller = tmp_path / "smaller"
    smaller.mkdir()
    shutil.copy(FIXTURES / "test-national-lines.yml", smaller)
    result = load([smaller], engine)
    assert result.loaded
    directory = get_directory(engine)
    assert directory.version == result.validation.version
    assert {e.slug for e in directory.entries.values()} == {
        "test-national-helpline", "test-national-health-line", "test-national-housing",
        "test-national-treatment", "test-national-young-people"}


def test_an_empty_database_says_how_to_load(tmp_path):
    eng = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}", future=True)
    with pytest.raises(DirectoryNotLoaded, match="python -m services_db load"):
        get_directory(eng)
