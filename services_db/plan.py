"""The joined-up referral plan: one ranking for the bot and the worker page.

``build_plan`` returns the contract's ``referral_plan`` dict (docs/contract.md);
``render_text`` turns it into plain text for text-only channels.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable

from sqlalchemy.engine import Engine

from services_db import vocab
from services_db.db import get_engine
from services_db.directory import Directory, Entry, get_directory
from services_db.hours import local_moment

REVIEW_DAYS = 365          # entries last verified longer ago are "past review"
MAX_PER_NEED = 3
URGENT_VALUES = frozenset({"urgent", "today", "now", "high", "crisis"})

# Ranking points (higher is better; docs/maintainers.md explains them to maintainers).
# A board-wide service meeting two needs (80 + 25) edges out a local one meeting one.
_LOCAL, _BOARD, _NATIONAL = 100, 80, 40
_EXTRA_NEED = 25
_OPEN_NOW_URGENT, _SAME_DAY_URGENT = 35, 25
_OPEN_NOW, _SAME_DAY = 4, 4
_ROLE_ROUTE = 15           # worker + professional route; family + family support
_PAST_REVIEW = -60
_MEDIUM = -5
_NO_CONTACT = -70          # no phone, website or address listed: below any national route
_PREBUILT_SIZES = 3        # candidate orders built up front for plans of 1..3 needs


@dataclass
class _Scored:
    entry: Entry
    score: int
    place: str
    covers: list[str]
    open_now: bool | None
    past_review: bool
    fallback: str | None = None


@dataclass(frozen=True)
class _Context:
    needs: list[str]
    need_set: frozenset[str] | None   # None when only one need (no multi-need bonus)
    area: str | None
    board: str | None
    role: str | None
    ages: tuple[int, int] | None      # youngest and oldest age the person may be
    gender: str | None
    urgent: bool
    now: datetime
    today: date           # Europe/London date and minute, for open-now checks
    minute: int
    review_cutoff: date


def build_plan(needs: Iterable[str], council_area: str | None, role: str | None = None,
               age: int | None = None, gender: str | None = None, urgency: Any = None, *,
               age_band: str | None = None,
               engine: Engine | None = None, now: datetime | None = None,
               review_days: int = REVIEW_DAYS, directory: Directory | None = None) -> dict[str, Any]:
    """A plan with at least one service for every known need code, best first.

    Unknown need codes are dropped; an unknown council area counts as unknown (national
    services only). ``urgency`` is urgent when it is True or one of URGENT_VALUES.
    ``age`` (exact) or ``age_band`` (a vocab.AGE_BANDS code) and ``gender`` (a
    vocab.GENDERS code) of the person the help is for leave out services they are not
    eligible for (unknown: nothing is left out); for a family member (role "family") they
    describe the relative, so the family member's own "family" support ignores them. Raises DirectoryNotLoaded when the database holds no directory.
    """
    now = now or datetime.now(timezone.utc)
    directory = directory or get_directory(engine or get_engine())
    wanted = [n for n in dict.fromkeys(needs or []) if n in vocab.NEED_CODES]
    area = council_area if council_area in vocab.BY_NAME else None
    role = role if role in vocab.ROLES else None
    urgent = urgency is True or (isinstance(urgency, str) and urgency.lower() in URGENT_VALUES)
    today, minute = local_moment(now)
    context = _Context(wanted, frozenset(wanted) if len(wanted) > 1 else None, area,
                       vocab.health_board_of(area) if area else None, role, _ages(age, age_band),
                       _gender(gender), urgent, now, today, minute,
                       now.date() - timedelta(days=review_days))
    items = []
    for need in wanted:
        ctx = _about_the_asker(context) if role == "family" and need == "family" else context
        items.append({"need": need, "services": [_service_json(s, ctx)
                                                 for s in _rank_need(directory, need, ctx)]})
    return {
        "type": "referral_plan",
        "needs": wanted,
        "council_area": area,
        "role": role,
        "items": items,
        "helplines": [_helpline_json(e) for e in _helplines(directory, area)],
        "generated_at": now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "directory_version": directory.version,
    }


def _about_the_asker(ctx: _Context) -> _Context:
    """A family member's own support: the age and gender given are the relative's, not theirs."""
    return replace(ctx, ages=None, gender=None)


def _rank_need(directory: Directory, need: str, ctx: _Context) -> list[_Scored]:
    k = len(ctx.needs)
    lists = [_sorted_candidates(directory, ctx.area, need, k)] if ctx.area else []
    lists.append(_sorted_candidates(directory, vocab.NATIONAL, need, k))
    fallback = None
    if ctx.role == "worker":
        best, nearby = _best(lists, ctx, lambda e: _eligible(e, ctx))
    else:
        best, nearby = _best(lists, ctx, lambda e: not e.professional_only and _eligible(e, ctx))
        if not best:
            best, nearby = _best(lists, ctx, lambda e: _eligible(e, ctx))
            fallback = "professional"
    if not best:  # never an empty need: a national helpline can always point onwards
        pool = [e for e in directory.helplines if _eligible(e, ctx) and (e.national or ctx.area in e.served)]
        chosen = [_scored(e, ctx, "helpline") for e in pool[:MAX_PER_NEED]]  # maintainers' order
        for s in chosen:
            s.covers = []  # shown for a need it does not cover: no "Covers ..." claim
        return chosen
    no_local = bool(ctx.area) and not nearby
    return [_scored(t[3], ctx, fallback or ("no_local" if no_local else None)) for t in best]


def _best(lists, ctx: _Context, accept) -> tuple[list[tuple], bool]:
    """The top MAX_PER_NEED accepted entries (and whether any non-national one was accepted).

    Each list is sorted by _static_points, an upper bound of the score up to a per-plan
    slack, so a list is abandoned as soon as nothing further down can beat the third best.
    """
    slack = (_OPEN_NOW_URGENT if ctx.urgent else _OPEN_NOW) + (
        _ROLE_ROUTE if ctx.role in ("worker", "family") else 0)
    best: list[tuple] = []
    nearby = False
    for candidates in lists:
        for static, e in candidates:
            if len(best) == MAX_PER_NEED and static + slack < -best[-1][0]:
                break
            if not accept(e):
                continue
            nearby = nearby or not e.national
            item = (-_points(e, ctx), e.name, e.id, e)
            if len(best) < MAX_PER_NEED or item < best[-1]:
                bisect.insort(best, item)
                del best[MAX_PER_NEED:]
    return best, nearby


def _sorted_candidates(directory: Directory, area: str, need: str, k: int) -> list[tuple[int, Entry]]:
    """Active services for (council area or "Scotland", need), best static score first,
    for a plan with ``k`` needs (built once per loaded directory version and k)."""
    index = directory.derived.get(("plan", k))
    if index is None:
        for size in {k, *range(1, _PREBUILT_SIZES + 1)}:  # the usual sizes at once, not mid-chat
            directory.derived[("plan", size)] = {
                key: sorted(((_static_points(e, key[0], size), e) for e in entries), key=lambda t: -t[0])
                for key, entries in directory.by_area_need.items()}
        index = directory.derived[("plan", k)]
    return index.get((area, need), [])


def _static_points(e: Entry, area: str, k: int) -> int:
    """Score parts known from the entry and the plan's number of needs, at their highest."""
    place = _NATIONAL if area == vocab.NATIONAL else (_LOCAL if area in e.areas else _BOARD)
    return (place + _EXTRA_NEED * (min(len(e.needs), k) - 1) + (_SAME_DAY_URGENT if e.same_day else 0)
            + (_MEDIUM if e.confidence == "medium" else 0) + (0 if e.contactable else _NO_CONTACT))


def _ages(age: int | None, band: str | None) -> tuple[int, int] | None:
    if isinstance(age, int) and not isinstance(age, bool):
        return (age, age)
    b = vocab.AGE_BANDS.get(band) if band else None
    return (b.youngest, b.oldest) if b else None


_GENDER_WORDS = {"woman": "woman", "female": "woman", "f": "woman", "man": "man", "male": "man",
                 "m": "man", "other": "other"}


def _gender(gender: str | None) -> str | None:
    return _GENDER_WORDS.get(gender.lower()) if isinstance(gender, str) else None


def _eligible(e: Entry, ctx: _Context) -> bool:
    """Eligible for everyone the person may be: the whole age band is within the limits."""
    if ctx.ages is not None and ((e.min_age is not None and ctx.ages[0] < e.min_age)
                                 or (e.max_age is not None and ctx.ages[1] > e.max_age)):
        return False
    if ctx.gender and e.audience:
        for audience, gender in vocab.GENDER_AUDIENCES.items():
            if audience in e.audience and ctx.gender in ("woman", "man") and ctx.gender != gender:
                return False  # "another way": single-gender services stay, to check with them
    return True


def plan_questions(needs: Iterable[str], council_area: str | None, role: str | None = None,
                   urgency: Any = None, *, engine: Engine | None = None,
                   now: datetime | None = None) -> list[str]:
    """Which optional questions ("age_band", "gender") would change the services shown.

    The chat asks them only then: a question is worth a turn only when some answer to it
    gives a different plan from not knowing.
    """
    now = now or datetime.now(timezone.utc)
    directory = get_directory(engine or get_engine())  # read once for all the plans below

    def shown(**kw: Any) -> list[list[str]]:
        plan = build_plan(needs, council_area, role=role, urgency=urgency, now=now,
                          directory=directory, **kw)
        return [[s["id"] for s in item["services"]] for item in plan["items"]]

    base = shown()
    asks = []
    if any(shown(age_band=band) != base for band in vocab.AGE_BANDS):
        asks.append("age_band")
    if any(shown(gender=gender) != base for gender in vocab.GENDERS):
        asks.append("gender")
    return asks


def _place(e: Entry, ctx: _Context) -> str:
    if ctx.area in e.areas:
        return "local"
    if ctx.board in e.areas:
        return "board"
    return "national"


def _is_open(e: Entry, ctx: _Context) -> bool | None:
    return e.schedule.is_open_local(ctx.today, ctx.minute) if e.schedule else None


def _points(e: Entry, ctx: _Context) -> int:
    """The ranking score (higher is better); kept flat because it runs per candidate."""
    areas = e.areas
    score = _LOCAL if ctx.area in areas else (_BOARD if ctx.board in areas else _NATIONAL)
    if ctx.need_set is not None:
        covered = len(ctx.need_set.intersection(e.needs))
        if covered > 1:
            score += _EXTRA_NEED * (covered - 1)
    if e.schedule is not None and e.schedule.is_open_local(ctx.today, ctx.minute):
        score += _OPEN_NOW_URGENT if ctx.urgent else _OPEN_NOW
    if e.same_day:
        score += _SAME_DAY_URGENT if ctx.urgent else _SAME_DAY
    if ctx.role == "worker" and "professional" in e.referral:
        score += _ROLE_ROUTE
    elif ctx.role == "family" and ("family" in e.needs or "family" in e.audience):
        score += _ROLE_ROUTE
    if e.last_verified < ctx.review_cutoff:
        score += _PAST_REVIEW
    if e.confidence == "medium":
        score += _MEDIUM
    if not e.contactable:
        score += _NO_CONTACT
    return score


def _scored(e: Entry, ctx: _Context, fallback: str | None) -> _Scored:
    return _Scored(e, _points(e, ctx), _place(e, ctx), [n for n in ctx.needs if n in e.needs],
                   _is_open(e, ctx), e.last_verified < ctx.review_cutoff, fallback)


def _why(s: _Scored, ctx: _Context) -> str:
    e, parts = s.entry, []
    if len(s.covers) > 1:
        parts.append("Covers " + _and([vocab.NEED_SHORT_LABELS[n] for n in s.covers]))
    if s.fallback == "helpline":
        parts.append("No service for this need is listed near you yet: "
                     "this helpline can point you to help")
    elif s.fallback == "no_local":
        parts.append(f"National service: no local service listed for {ctx.area} yet")
    elif s.place == "local" and ctx.area:
        parts.append(f"Local service in {ctx.area}")
    elif s.place == "board":
        parts.append(f"Covers {vocab.health_board_of(ctx.area)}")
    else:
        parts.append("National service")
    if s.open_now:
        parts.append("Open now")
    if e.same_day:
        parts.append("Same-day help")
    if s.fallback == "professional":
        parts.append("Needs a referral from a worker (no self-referral service listed): "
                     "ask your GP, key worker or the council")
    elif ctx.role == "worker" and "professional" in e.referral:
        parts.append("Takes referrals from workers")
    elif "drop_in" in e.referral:
        parts.append("Drop in, no appointment needed")
    elif "self" in e.referral:
        parts.append("You can contact them yourself")
    if ctx.role == "family" and ("family" in e.needs or "family" in e.audience):
        parts.append("Supports family members")
    if not e.contactable:
        parts.append("No phone or website listed yet: see the description")
    if s.past_review:
        parts.append("Details not checked for over a year: check before use")
    elif e.confidence == "medium":
        parts.append("Check before use")
    return ". ".join(parts)


def _route(e: Entry, role: str | None) -> str:
    """The referral route most useful to this person."""
    order = ("professional", "self", "drop_in") if role == "worker" else ("self", "drop_in", "professional")
    return next(r for r in order if r in e.referral)


def _service_json(s: _Scored, ctx: _Context) -> dict[str, Any]:
    e = s.entry
    location = e.locations[0] if e.locations else None
    return {
        "id": e.id,
        "name": e.name,
        "organisation": e.organisation,
        "needs": list(e.needs),
        "areas": list(e.served),
        "phone": e.phones[0]["number"] if e.phones else None,
        "text": e.text,
        "website": e.website,
        "webchat": e.webchat,
        "address": _address(location),
        "opening_hours": e.opening_hours,
        "open_now": s.open_now,
        "referral": _route(e, ctx.role),
        "same_day": e.same_day,
        "why": _why(s, ctx),
        "description": e.description,
        # Extensions to the contract (additive):
        "referral_routes": list(e.referral),
        "phones": [dict(p) for p in e.phones],
        "email": e.email,
        "covers": s.covers,
        "check_before_use": e.confidence == "medium" or s.past_review,
        "past_review": s.past_review,
        "last_verified": e.last_verified.isoformat(),
        "source": e.source,
    }


def _helplines(directory: Directory, area: str | None) -> list[Entry]:
    return [e for e in directory.helplines if e.national or (area and area in e.served)]


def _helpline_json(e: Entry) -> dict[str, Any]:
    return {"id": e.id, "name": e.name,
            "phone": e.phones[0]["number"] if e.phones else None,
            "text": e.text, "webchat": e.webchat,
            "when": e.opening_hours}


def _address(location: dict[str, Any] | None) -> str | None:
    if not location:
        return None
    parts = [location.get("name"), location.get("address"), location.get("postcode")]
    return ", ".join(p for p in parts if p) or None


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def render_text(plan: dict[str, Any]) -> str:
    """Plain-text plan for text-only channels: services meeting several needs first."""
    needs = plan.get("needs") or []
    where = plan.get("council_area") or "Scotland"
    lines = [f"Your plan for {where}: " + "; ".join(vocab.NEED_LABELS[n] for n in needs)
             if needs else f"Your plan for {where}"]
    shown: set[str] = set()
    multi = []
    for item in plan.get("items", []):
        for svc in item["services"]:
            if len(svc.get("covers") or []) > 1 and svc["id"] not in shown:
                multi.append(svc)
                shown.add(svc["id"])
    if multi:
        lines += ["", "Help with more than one thing:"]
        lines += [line for svc in multi for line in _service_lines(svc)]
    for item in plan.get("items", []):
        rest = [s for s in item["services"] if s["id"] not in shown]
        label = vocab.NEED_LABELS.get(item["need"], item["need"])
        if not rest:
            if not item["services"]:
                lines += ["", f"{label}:", "- Nothing listed yet: please call one of the helplines below."]
            continue
        lines += ["", f"{label}:"]
        for svc in rest:
            lines += _service_lines(svc)
            shown.add(svc["id"])
    if plan.get("helplines"):
        lines += ["", "Helplines:"]
        for h in plan["helplines"]:
            contact = h.get("phone") or h.get("text") or h.get("webchat") or ""
            when = f" ({h['when']})" if h.get("when") else ""
            lines.append(f"- {h['name']}: {contact}{when}")
    return "\n".join(lines)


ROLE_LABELS = {"self": "the person themselves", "family": "a family member",
               "worker": "a worker's client"}


def case_summary(plan: dict[str, Any], *, role: str | None, urgent: bool, now: datetime) -> str:
    """Plain text to keep or put in case notes: date, needs, area, who for, the plan.

    No personal data and no message text. The worker page and the chat both use it.
    With no role known, the "For:" line is left out.
    """
    day = local_moment(now)[0].strftime("%d %B %Y").lstrip("0")
    lines = [f"Referral plan, {day}",
             "Needs: " + "; ".join(vocab.NEED_LABELS[n] for n in plan["needs"]),
             "Area: " + (plan["council_area"] or "Not given (national services only)")]
    if role in ROLE_LABELS:
        lines.append("For: " + ROLE_LABELS[role])
    if urgent:
        lines.append("Help needed: today")
    return "\n".join(lines) + "\n\n" + render_text(plan) + (
        "\n\nFrom the No Wrong Door navigator. Check details with the service before "
        "you rely on them.")


def _service_lines(svc: dict[str, Any]) -> list[str]:
    name = svc["name"] if svc["organisation"] in svc["name"] else f"{svc['name']} ({svc['organisation']})"
    status = []
    if svc.get("open_now"):
        status.append("open now")
    if svc.get("same_day"):
        status.append("same-day help")
    head = f"- {name}" + (f" - {', '.join(status)}" if status else "")
    out = [head, f"  Why: {svc['why']}."]
    contacts = [f"Phone {svc['phone']}" if svc.get("phone") else None,
                f"Text {svc['text']}" if svc.get("text") else None,
                f"Web chat {svc['webchat']}" if svc.get("webchat") else None,
                svc.get("website")]
    contacts = [c for c in contacts if c]
    if contacts:
        out.append("  Contact: " + " | ".join(contacts))
    if svc.get("address"):
        out.append(f"  Address: {svc['address']}")
    if svc.get("opening_hours"):
        out.append(f"  Hours: {svc['opening_hours']}")
    if not contacts and svc.get("description"):
        out.append(f"  About: {svc['description']}")
    routes = [svc["referral"]] + [r for r in svc.get("referral_routes", []) if r != svc["referral"]]
    out.append("  How to get in: " + ", or ".join(_HOW[r] for r in routes))
    return out


_HOW = {
    "self": "contact them yourself",
    "drop_in": "drop in (no appointment needed)",
    "professional": "ask a worker (GP, key worker, housing officer) to refer you",
}
