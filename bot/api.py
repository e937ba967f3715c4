"""The worker page's JSON endpoint: POST /api/plan, backed by the bot's own plan function.

Request: {"needs": [codes], "place": "G31 / Leith / Fife / ...", "for": "self|family|client",
"age_band": one of services_db.vocab.AGE_BANDS, "urgency": one of URGENCY}. Answer: {"plan", "place",
"summary"}; invalid input gives 400 {"errors": {field: message}}. Nothing typed is logged.
"""
from __future__ import annotations

import asyncio
import html
import logging
from datetime import datetime, timezone
from typing import Any

from aiohttp import web

from services_db import vocab
from services_db.plan import case_summary

log = logging.getLogger("bot.api")

WHO = {"self": "self", "family": "family", "client": "worker"}
# The age bands are services_db.vocab.AGE_BANDS (the plan checks the whole band).
AGE_LABELS = {"": "Not given", **{code: b.label for code, b in vocab.AGE_BANDS.items()}}
URGENCY = {"today": "urgent", "this_week": None, "routine": None}
MAX_PLACE_CHARS = 80


def needs_fieldset_html() -> str:
    """The need checkboxes for the worker form (labels from services_db.vocab)."""
    rows = []
    for code, label in vocab.NEED_LABELS.items():
        c, text = html.escape(code), html.escape(label)
        rows.append(f'<div class="check"><input type="checkbox" id="need-{c}" name="needs" '
                    f'value="{c}"><label for="need-{c}">{text}</label></div>')
    return "\n".join(rows)


def age_options_html() -> str:
    return "\n".join(f'<option value="{html.escape(v)}">{html.escape(t)}</option>'
                     for v, t in AGE_LABELS.items())


def validate(body: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """Checked request values and field-specific error messages."""
    if not isinstance(body, dict):
        return {}, {"form": "Send a JSON object."}
    errors: dict[str, str] = {}
    needs = body.get("needs")
    if not isinstance(needs, list) or not needs:
        errors["needs"] = "Choose at least one thing the person needs help with."
    elif any(not isinstance(n, str) or n not in vocab.NEED_CODES for n in needs):
        errors["needs"] = "Choose needs from the list."
    place = body.get("place") or ""
    if not isinstance(place, str) or len(place) > MAX_PLACE_CHARS:
        errors["place"] = f"Enter a postcode, town or council area ({MAX_PLACE_CHARS} characters at most)."
    who = _choice(body, "for", WHO, "self")
    if who is None:
        errors["for"] = "Choose who the plan is for."
    band = _choice(body, "age_band", AGE_LABELS, "")
    if band is None:
        errors["age_band"] = "Choose an age band from the list."
    urgency = _choice(body, "urgency", URGENCY, "routine")
    if urgency is None:
        errors["urgency"] = "Choose how soon help is needed."
    form = {"needs": list(dict.fromkeys(needs)) if not errors.get("needs") else [],
            "place": place.strip() if isinstance(place, str) else "",
            "for": who, "age_band": band, "urgency": urgency}
    return form, errors


def _choice(body: dict, key: str, allowed: dict, default: str) -> str | None:
    """The value of `key` if it is one of `allowed` (missing or null: `default`), else None."""
    value = body.get(key)
    if value is None:
        return default
    return value if isinstance(value, str) and value in allowed else None


def resolve(place: str) -> tuple[dict[str, Any], str | None]:
    """The council area for what was typed, or a message saying why there is none."""
    if not place:
        return {"council_area": None, "kind": None, "matched": None}, None
    from services_db.geography import resolve_place

    found = resolve_place(place)
    result = {"council_area": found.council_area, "kind": found.kind, "matched": found.matched}
    if found.outside_scotland:
        return result, ("That place is outside Scotland. This directory lists Scottish "
                        "services only: leave the place empty to see national helplines.")
    if found.kind == "declined":  # "rather not say": national services only
        return result, None
    if not found.council_area:
        return result, ("We could not find that place. Try a postcode (G31 2AB or G31), "
                        "a town, or a council area such as Fife.")
    return result, None


def _plan(settings, form: dict[str, Any], area: str | None, now: datetime) -> dict[str, Any]:
    from services_db.db import get_engine
    from services_db.plan import build_plan

    return build_plan(form["needs"], area, role=WHO[form["for"]],
                      age_band=form["age_band"] or None,
                      urgency=URGENCY[form["urgency"]],
                      engine=get_engine(settings.db_url), now=now)


async def plan_endpoint(request: web.Request) -> web.Response:
    try:
        body = await request.json()
    except Exception:
        return web.json_response({"errors": {"form": "Send the form as JSON."}}, status=400)
    form, errors = validate(body)
    place, place_error = (None, None) if errors.get("place") else resolve(form["place"])
    if place_error:
        errors["place"] = place_error
    if errors:
        return web.json_response({"errors": errors}, status=400)
    now = datetime.now(timezone.utc)
    loop = asyncio.get_running_loop()
    try:
        plan = await loop.run_in_executor(None, _plan, request.app["settings"], form,
                                          place["council_area"], now)
    except Exception as exc:  # the directory is missing or the database is down
        log.error("plan failed: %s", type(exc).__name__)
        return web.json_response({"error": "The service directory is not available right now."},
                                 status=503)
    return web.json_response({"plan": plan, "place": place,
                              "summary": case_summary(plan, role=WHO[form["for"]],
                                                      urgent=form["urgency"] == "today",
                                                      now=now)})
