"""The loaded directory held in memory, rebuilt when its directory_version changes.

Plans and searches read this cache, so a plan costs one indexed metadata query plus
in-memory ranking, whatever the directory's size.
"""
from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

from services_db import models, vocab
from services_db.hours import Schedule, describe
from services_db.loader import served_council_areas


class DirectoryNotLoaded(RuntimeError):
    """The database has no directory yet: run `python -m services_db load`."""


@dataclass(frozen=True)
class Entry:
    """One active or inactive service with everything ranking and display need."""

    id: str
    slug: str
    name: str
    organisation: str
    organisation_slug: str
    description: str | None
    needs: tuple[str, ...]
    areas: tuple[str, ...]          # as written: council areas, boards or Scotland
    served: tuple[str, ...]         # council area names, or ("Scotland",)
    referral: tuple[str, ...]
    same_day: bool
    phones: tuple[dict[str, Any], ...]
    text: str | None
    webchat: str | None
    website: str | None
    email: str | None
    locations: tuple[dict[str, Any], ...]
    schedule: Schedule | None
    opening_hours: str | None
    min_age: int | None
    max_age: int | None
    audience: tuple[str, ...]
    languages: tuple[str, ...]
    cost: str | None
    accessibility: str | None
    status: str
    helpline: int | None
    source: str
    last_verified: date
    confidence: str

    national: bool                  # serves all of Scotland
    professional_only: bool         # only a worker can refer
    contactable: bool               # has a phone, text, chat, website, email or address


@dataclass
class Directory:
    version: str
    loaded_at: str
    entries: dict[str, Entry]
    by_area_need: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    helplines: list[Entry] = field(default_factory=list)
    derived: dict[Any, Any] = field(default_factory=dict)  # indexes other modules build lazily


_cache: dict[str, Directory] = {}
_lock = threading.Lock()


def current_version(engine: Engine) -> tuple[str, str] | None:
    """(directory_version, loaded_at) from the metadata table, or None if never loaded."""
    try:
        with engine.connect() as conn:
            rows = dict(conn.execute(select(models.directory_meta.c.key,
                                            models.directory_meta.c.value)).all())
    except (OperationalError, ProgrammingError):
        if not inspect(engine).has_table(models.directory_meta.name):
            return None  # never loaded: no tables yet
        raise
    if "directory_version" not in rows:
        return None
    return rows["directory_version"], rows.get("loaded_at", "")


def get_directory(engine: Engine) -> Directory:
    """The in-memory directory for this engine, reloaded when the database changed."""
    found = current_version(engine)
    if found is None:
        raise DirectoryNotLoaded("the service directory is empty: run `python -m services_db load`")
    key = str(engine.url)
    cached = _cache.get(key)
    if cached is not None and cached.version == found[0]:
        return cached
    with _lock:
        cached = _cache.get(key)
        if cached is None or cached.version != found[0]:
            cached = _read(engine)
            _cache[key] = cached
            # A large, long-lived cache would make every full garbage collection rescan it
            # (tens of ms at 100k services); freezing moves it out of the collector's way.
            gc.unfreeze()  # let a previous version's cache be collected
            gc.collect()
            gc.freeze()
    return cached


def _read(engine: Engine) -> Directory:
    s, o, p, loc = models.service, models.organisation, models.phone, models.location
    with engine.connect() as conn:  # one consistent snapshot
        meta = dict(conn.execute(select(models.directory_meta.c.key,
                                        models.directory_meta.c.value)).all())
        phones: dict[str, list[dict[str, Any]]] = {}
        for row in conn.execute(select(p).order_by(p.c.service_id, p.c.position)).mappings():
            phones.setdefault(row["service_id"], []).append(
                {"number": row["number"], "description": row["description"]})
        locations: dict[str, list[dict[str, Any]]] = {}
        for row in conn.execute(select(loc).order_by(loc.c.service_id, loc.c.position)).mappings():
            locations.setdefault(row["service_id"], []).append(
                {k: row[k] for k in ("name", "address", "postcode", "council_area")})
        query = select(s, o.c.name.label("org_name"), o.c.slug.label("org_slug")).join(
            o, s.c.organisation_id == o.c.id).order_by(s.c.slug)
        entries = {row["id"]: _entry(row, phones.get(row["id"], []), locations.get(row["id"], []))
                   for row in conn.execute(query).mappings()}
    directory = Directory(meta["directory_version"], meta.get("loaded_at", ""), entries)
    for entry in entries.values():
        if entry.status != "active":
            continue
        for need in entry.needs:
            for area in entry.served:
                directory.by_area_need.setdefault((area, need), []).append(entry)
        if entry.helpline is not None:
            directory.helplines.append(entry)
    directory.helplines.sort(key=lambda e: (e.helpline, e.name))
    return directory


def _entry(row, phones, locations) -> Entry:
    schedule = None  # unknown hours: open_now is None, never guessed
    if row["hours"] is not None:
        exceptions = [{**e, "date": date.fromisoformat(e["date"])} for e in row["exceptions"] or []]
        schedule = Schedule.from_raw(row["hours"], exceptions)
    opening = describe(schedule, row["hours_note"]) if schedule else row["hours_note"]
    return Entry(
        id=row["id"], slug=row["slug"], name=row["name"], organisation=row["org_name"],
        organisation_slug=row["org_slug"], description=row["description"],
        needs=tuple(row["needs"]), areas=tuple(row["areas"]),
        served=tuple(served_council_areas(row["areas"])), referral=tuple(row["referral"]),
        same_day=bool(row["same_day"]), phones=tuple(phones), text=row["text"],
        webchat=row["webchat"], website=row["website"], email=row["email"],
        locations=tuple(locations), schedule=schedule, opening_hours=opening,
        min_age=row["min_age"], max_age=row["max_age"], audience=tuple(row["audience"] or ()),
        languages=tuple(row["languages"] or ()), cost=row["cost"],
        accessibility=row["accessibility"], status=row["status"], helpline=row["helpline"],
        source=row["source"], last_verified=row["last_verified"], confidence=row["confidence"],
        national=vocab.NATIONAL in row["areas"], professional_only=row["referral"] == ["professional"],
        contactable=bool(phones or row["text"] or row["webchat"] or row["website"] or row["email"]
                         or any(loc["address"] for loc in locations)),
    )
