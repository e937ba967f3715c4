"""Load the validated YAML into the database: all or nothing, in one transaction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy.engine import Engine

from services_db import models, vocab
from services_db.db import get_engine
from services_db.ids import stable_id
from services_db.schema import Validation, validate_paths


@dataclass
class LoadResult:
    validation: Validation
    loaded: bool
    organisations: int = 0
    services: int = 0


def load(paths: Iterable[Path | str] | None = None, engine: Engine | None = None) -> LoadResult:
    """Validate every file, then replace the whole directory in one transaction.

    On any validation error nothing is written; on any database error the transaction
    rolls back and the previous directory stays as it was.
    """
    validation = validate_paths(paths)
    if not validation.ok:
        return LoadResult(validation, loaded=False)
    rows = build_rows(validation.organisations)
    engine = engine or get_engine()
    models.metadata.create_all(engine)
    with engine.begin() as conn:
        for table in models.DATA_TABLES:
            conn.execute(table.delete())
        conn.execute(models.directory_meta.delete())
        for table in reversed(models.DATA_TABLES):
            if rows[table.name]:
                conn.execute(table.insert(), rows[table.name])
        conn.execute(models.directory_meta.insert(), [
            {"key": "directory_version", "value": validation.version},
            {"key": "loaded_at", "value": datetime.now(timezone.utc).isoformat(timespec="seconds")},
            {"key": "files", "value": str(len(validation.files))},
        ])
    return LoadResult(validation, loaded=True, organisations=len(rows["organisation"]),
                      services=len(rows["service"]))


def build_rows(organisations: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Table name -> rows for the validated organisations."""
    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in models.DATA_TABLES}
    for org in organisations:
        org_id = stable_id("organisation", org["id"])
        rows["organisation"].append({
            "id": org_id, "slug": org["id"], "name": org["name"],
            "description": org["description"], "website": org["website"], "email": org["email"],
            "charity_number": org["charity_number"], "source_file": org["_file"],
        })
        for svc in org["services"]:
            svc_id = stable_id("service", svc["id"])
            rows["service"].append({
                "id": svc_id, "slug": svc["id"], "organisation_id": org_id,
                **{k: svc[k] for k in _SERVICE_COLUMNS},
                "exceptions": [_exception_json(e) for e in svc["exceptions"]] or None,
            })
            for i, phone in enumerate(svc["phones"]):
                rows["phone"].append({"id": stable_id("phone", svc["id"], i), "service_id": svc_id,
                                      "position": i, **phone})
            for i, loc in enumerate(svc["locations"]):
                rows["location"].append({"id": stable_id("location", svc["id"], i),
                                         "service_id": svc_id, "position": i, **loc})
            served = served_council_areas(svc["areas"])
            rows["service_route"].extend(
                {"service_id": svc_id, "need": need, "area": area}
                for need in svc["needs"] for area in served)
    return rows


def served_council_areas(areas: list[str]) -> list[str]:
    """Council area names served (health boards expanded), or ["Scotland"] if national."""
    if vocab.NATIONAL in areas:
        return [vocab.NATIONAL]
    out: list[str] = []
    for area in areas:
        for name in vocab.council_areas_in(area) or (area,):
            if name not in out:
                out.append(name)
    return out


def _exception_json(exc: dict[str, Any]) -> dict[str, Any]:
    return {**exc, "date": exc["date"].isoformat()}


_SERVICE_COLUMNS = (
    "name", "description", "needs", "areas", "referral", "same_day", "text", "webchat", "email",
    "website", "hours", "hours_note", "min_age", "max_age", "audience", "languages",
    "accessibility", "cost", "status", "helpline", "source", "last_verified", "confidence",
    "notes",
)
