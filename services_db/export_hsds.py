"""Export the loaded directory as Open Referral HSDS 3.0 JSON plus a datapackage.json.

``services.json`` holds one HSDS "service" object per service (with its organisation,
phones, schedules, service areas, locations and languages nested), valid against
``services_db/hsds/schema/compiled/service_with_definitions.json``; ``organizations.json``
holds the organisations. Need codes and referral routes travel as HSDS attributes with a
"no-wrong-door" taxonomy.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from services_db import models, vocab
from services_db.hours import DAYS, parse_day
from services_db.ids import stable_id

HSDS_DIR = Path(__file__).resolve().parent / "hsds"
SERVICE_SCHEMA = HSDS_DIR / "schema" / "compiled" / "service_with_definitions.json"
_BYDAY = dict(zip(DAYS, ("MO", "TU", "WE", "TH", "FR", "SA", "SU")))
_STATUS = {"active": "active", "inactive": "inactive"}
_TAXONOMY = {"id": stable_id("taxonomy", "no-wrong-door"), "name": "no-wrong-door",
             "description": "Need codes and referral routes of the No Wrong Door navigator"}


def export(engine: Engine, out: Path) -> dict[str, int]:
    """Write services.json, organizations.json and datapackage.json into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with engine.connect() as conn:
        meta = dict(conn.execute(select(models.directory_meta.c.key, models.directory_meta.c.value)).all())
        orgs = {r["id"]: dict(r) for r in conn.execute(select(models.organisation)).mappings()}
        phones = _group(conn.execute(select(models.phone).order_by(models.phone.c.position)).mappings())
        locations = _group(conn.execute(select(models.location).order_by(models.location.c.position)).mappings())
        services = [dict(r) for r in conn.execute(select(models.service).order_by(models.service.c.slug)).mappings()]
    hsds_orgs = {oid: _organization(o) for oid, o in orgs.items()}
    hsds_services = [_service(s, hsds_orgs[s["organisation_id"]], phones.get(s["id"], []),
                              locations.get(s["id"], [])) for s in services]
    _write(out / "services.json", hsds_services)
    _write(out / "organizations.json", list(hsds_orgs.values()))
    _write(out / "datapackage.json", {
        "name": "no-wrong-door-service-directory",
        "title": "No Wrong Door navigator: Scottish service directory",
        "profile": "data-package",
        "version": meta.get("directory_version", ""),
        "created": meta.get("loaded_at", ""),
        "hsds_version": "3.0.0",
        "sources": [{"title": "Each service's `source` URL and `assured_date`"}],
        "resources": [
            {"name": "service", "path": "services.json", "format": "json",
             "mediatype": "application/json",
             "description": "List of HSDS 3.0 service objects (schema: compiled "
                            "service_with_definitions.json)"},
            {"name": "organization", "path": "organizations.json", "format": "json",
             "mediatype": "application/json",
             "description": "List of HSDS 3.0 organization objects (schema: organization.json)"},
        ],
    })
    return {"services": len(hsds_services), "organizations": len(hsds_orgs)}


def _group(rows) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r["service_id"], []).append(dict(r))
    return out


def _write(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")


def _organization(o: dict[str, Any]) -> dict[str, Any]:
    org = {"id": o["id"], "name": o["name"], "description": o["description"] or o["name"]}
    if o["website"]:
        org["website"] = o["website"]
    if o["email"]:
        org["email"] = o["email"]
    if o["charity_number"]:
        org["organization_identifiers"] = [{
            "id": stable_id("organization_identifier", o["slug"]), "organization_id": o["id"],
            "identifier_scheme": "GB-SC", "identifier_type": "Scottish Charity Number",
            "identifier": o["charity_number"]}]
    return org


def _service(s: dict[str, Any], org: dict[str, Any], phones: list, locations: list) -> dict[str, Any]:
    sid = s["id"]
    out: dict[str, Any] = {
        "id": sid, "organization_id": org["id"], "name": s["name"],
        "status": _STATUS[s["status"]],
        "assured_date": s["last_verified"].isoformat(),
        "organization": org,
        "phones": [{"id": p["id"], "service_id": sid, "number": p["number"],
                    **({"description": p["description"]} if p["description"] else {})} for p in phones],
        "schedules": _schedules(s),
        "service_areas": [{"id": stable_id("service_area", s["slug"], a), "service_id": sid, "name": a,
                           "description": _area_kind(a)} for a in s["areas"]],
        "service_at_locations": [_service_at_location(sid, loc) for loc in locations],
        "languages": [{"id": stable_id("language", s["slug"], c), "service_id": sid, "code": c}
                      for c in s["languages"] or []],
        "attributes": [_attribute(sid, s["slug"], "need", n) for n in s["needs"]]
                      + [_attribute(sid, s["slug"], "referral", r) for r in s["referral"]],
    }
    optional = {"description": s["description"], "url": s["website"], "email": s["email"],
                "fees_description": s["cost"], "minimum_age": s["min_age"],
                "maximum_age": s["max_age"],
                "eligibility_description": ", ".join(s["audience"] or []) or None,
                "application_process": ", ".join(_ROUTE_TEXT[r] for r in s["referral"])}
    out.update({k: v for k, v in optional.items() if v is not None})
    return out


_ROUTE_TEXT = {"self": "self-referral", "professional": "referral by a professional",
               "drop_in": "drop in without an appointment"}


def _area_kind(area: str) -> str:
    if area == vocab.NATIONAL:
        return "National: all of Scotland"
    if area in vocab.HEALTH_BOARDS:
        return "Health board area: " + ", ".join(vocab.council_areas_in(area))
    return f"Council area ({vocab.BY_NAME[area].gss_code})"


def _attribute(sid: str, slug: str, kind: str, value: str) -> dict[str, Any]:
    term_id = stable_id("taxonomy_term", kind, value)
    return {"id": stable_id("attribute", slug, kind, value), "link_id": sid,
            "taxonomy_term_id": term_id, "link_type": kind, "link_entity": "service",
            "value": value,
            "taxonomy_term": {"id": term_id, "code": value, "name": f"{kind}: {value}",
                              "description": vocab.NEED_LABELS.get(value, _ROUTE_TEXT.get(value, value)),
                              "taxonomy": _TAXONOMY["name"], "taxonomy_id": _TAXONOMY["id"]}}


def _schedules(s: dict[str, Any]) -> list[dict[str, Any]]:
    hours, slug, sid = s["hours"], s["slug"], s["id"]
    base = {"service_id": sid, "freq": "WEEKLY"}
    out = []
    if hours == "24/7":
        out.append({**base, "id": stable_id("schedule", slug, "always"),
                    "byday": ",".join(_BYDAY.values()), "opens_at": "00:00", "closes_at": "24:00",
                    "description": "Open 24 hours, every day"})
    elif isinstance(hours, dict):
        for day in DAYS:
            for i, (start, end) in enumerate(parse_day(hours.get(day, "closed"))):
                out.append({**base, "id": stable_id("schedule", slug, day, i), "byday": _BYDAY[day],
                            "opens_at": _hhmm(start), "closes_at": _hhmm(end),
                            "description": "Europe/London local time"
                                           + ("; closes the next day" if end > 1440 else "")})
    for exc in s["exceptions"] or []:
        intervals = [] if exc["closed"] else parse_day(exc["hours"])
        common = {"service_id": sid, "valid_from": exc["date"], "valid_to": exc["date"],
                  "dtstart": exc["date"]}
        if not intervals:
            out.append({**common, "id": stable_id("schedule", slug, exc["date"]),
                        "description": "Closed" + (f": {exc['note']}" if exc.get("note") else "")})
        for i, (start, end) in enumerate(intervals):
            out.append({**common, "id": stable_id("schedule", slug, exc["date"], i),
                        "opens_at": _hhmm(start), "closes_at": _hhmm(end),
                        "description": exc.get("note") or "Changed opening hours on this date"})
    if s["hours_note"]:
        for item in out:
            item["notes"] = s["hours_note"]
    return out


def _hhmm(minutes: int) -> str:
    if minutes == 1440:
        return "24:00"
    h, m = divmod(minutes % 1440, 60)
    return f"{h:02d}:{m:02d}"


def _service_at_location(sid: str, loc: dict[str, Any]) -> dict[str, Any]:
    location = {"id": loc["id"], "location_type": "physical"}
    if loc["name"]:
        location["name"] = loc["name"]
    if loc["address"]:
        location["addresses"] = [{
            "id": stable_id("address", loc["id"]), "location_id": loc["id"],
            "address_1": loc["address"], "city": loc["address"].split(",")[-1].strip(),
            "region": loc["council_area"] or "", "state_province": "Scotland",
            "postal_code": loc["postcode"] or "", "country": "GB", "address_type": "physical"}]
    return {"id": stable_id("service_at_location", sid, loc["id"]), "service_id": sid,
            "location_id": loc["id"], "location": location}
