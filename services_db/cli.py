"""Command-line tool for maintainers: python -m services_db <command> (see --help)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from services_db import vocab
from services_db.db import get_engine
from services_db.plan import REVIEW_DAYS


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    return args.func(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m services_db",
                                     description="Service directory tools.")
    sub = parser.add_subparsers(dest="command")

    def command(name: str, func, help_text: str, db: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        if db:
            p.add_argument("--db", help="database URL (default: env NAVIGATOR_DB_URL, "
                                        "else services_db/directory.sqlite3)")
        return p

    p = command("validate", cmd_validate, "Check the YAML files; list every problem.", db=False)
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: data/organisations)")

    p = command("load", cmd_load, "Validate, then replace the directory in one transaction.")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: data/organisations)")

    p = command("plan", cmd_plan, "Print the referral plan for needs and an area.")
    p.add_argument("--needs", required=True, help="comma-separated need codes")
    p.add_argument("--area", help="council area, town or postcode (leave out for national only)")
    p.add_argument("--role", choices=vocab.ROLES)
    p.add_argument("--age", type=int)
    p.add_argument("--urgent", action="store_true")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p = command("search", cmd_search, "Find services by words, need and area.")
    p.add_argument("--text", help="words that must all appear in the name or description")
    p.add_argument("--need", choices=vocab.NEED_CODES)
    p.add_argument("--area", help="council area, town or postcode: services serving it (or national)")
    p.add_argument("--inactive", action="store_true", help="include inactive services")

    p = command("stale", cmd_stale, "List active services past their review date (exit 1 if any).")
    p.add_argument("--days", type=int, default=REVIEW_DAYS, help=f"review period (default {REVIEW_DAYS})")

    command("coverage", cmd_coverage,
            "Council area x need matrix of routes; exit 1 when a cell has none.")

    p = command("export", cmd_export, "Export the directory (Open Referral HSDS 3.0 JSON).")
    p.add_argument("--format", choices=["hsds"], default="hsds")
    p.add_argument("out", type=Path, help="output folder")
    return parser


def cmd_validate(args) -> int:
    from services_db.schema import validate_paths

    result = validate_paths(args.paths or None)
    for problem in result.errors:
        print(problem)
    for problem in result.warnings:
        print(f"{problem} (warning)")
    services = sum(len(o["services"]) for o in result.organisations)
    if result.ok:
        print(f"OK: {len(result.files)} files, {services} services, "
              f"{len(result.warnings)} warnings, version {result.version}")
        return 0
    print(f"{len(result.errors)} errors in {len(result.files)} files", file=sys.stderr)
    return 1


def cmd_load(args) -> int:
    from services_db.loader import load

    try:
        result = load(args.paths or None, get_engine(args.db))
    except SQLAlchemyError as exc:
        print(f"Not loaded: database error ({exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}); "
              "the previous directory is unchanged.", file=sys.stderr)
        return 1
    for problem in result.validation.errors:
        print(problem)
    for problem in result.validation.warnings:
        print(f"{problem} (warning)")
    if not result.loaded:
        print(f"Not loaded: {len(result.validation.errors)} errors; "
              "the previous directory is unchanged.", file=sys.stderr)
        return 1
    print(f"Loaded {result.organisations} organisations, {result.services} services, "
          f"version {result.validation.version}")
    return 0


def cmd_plan(args) -> int:
    from services_db.plan import build_plan, render_text

    needs = [n.strip() for n in args.needs.split(",") if n.strip()]
    unknown = [n for n in needs if n not in vocab.NEED_CODES]
    if unknown:
        print(f"unknown need code(s): {', '.join(unknown)} "
              f"(one of: {', '.join(vocab.NEED_CODES)})", file=sys.stderr)
        return 2
    area = _council_area(args.area)
    if area is False:
        return 2
    plan = build_plan(needs, area, role=args.role, age=args.age,
                      urgency="urgent" if args.urgent else None, engine=get_engine(args.db))
    print(json.dumps(plan, indent=2, ensure_ascii=False) if args.json else render_text(plan))
    return 0


def cmd_search(args) -> int:
    from services_db.directory import get_directory
    from services_db.search import search

    area = _council_area(args.area)
    if area is False:
        return 2
    found = search(get_directory(get_engine(args.db)), args.text, args.need, area,
                   include_inactive=args.inactive)
    for e in found:
        contact = e.phones[0]["number"] if e.phones else (e.website or e.text or "")
        flag = "" if e.status == "active" else f" [{e.status}]"
        print(f"{e.slug}: {e.name} ({e.organisation}){flag} | {', '.join(e.needs)} | "
              f"{', '.join(e.areas)} | {contact}")
    print(f"{len(found)} services")
    return 0


def cmd_stale(args) -> int:
    from datetime import datetime

    from services_db.directory import get_directory
    from services_db.hours import LONDON
    from services_db.search import stale

    found = stale(get_directory(get_engine(args.db)), args.days, datetime.now(LONDON).date())
    for e in found:
        print(f"{e.last_verified.isoformat()} {e.slug}: {e.name} ({e.organisation}) source {e.source}")
    print(f"{len(found)} services not verified in the last {args.days} days")
    return 1 if found else 0


def cmd_coverage(args) -> int:
    from services_db.directory import get_directory
    from services_db.search import coverage

    cells = coverage(get_directory(get_engine(args.db)))
    width = max(len(a) for a in vocab.COUNCIL_AREA_NAMES)
    heads = [n[:9] for n in vocab.NEED_CODES]
    print("Routes per council area and need: local+board count, N = national only, "
          "!! = no route")
    print(" " * width + " " + " ".join(f"{h:>9}" for h in heads))
    gaps = []
    for area in vocab.COUNCIL_AREA_NAMES:
        row = []
        for need in vocab.NEED_CODES:
            cell = cells[(area, need)]
            nearby = cell.local + cell.board
            row.append(str(nearby) if nearby else ("N" if cell.national else "!!"))
            if not cell.routes:
                gaps.append(f"{area} / {need}")
        print(f"{area:<{width}} " + " ".join(f"{c:>9}" for c in row))
    if gaps:
        print(f"{len(gaps)} gaps (no route at all): " + "; ".join(gaps), file=sys.stderr)
        return 1
    print("Every council area has a route for every need.")
    return 0


def cmd_export(args) -> int:
    from services_db.directory import get_directory
    from services_db.export_hsds import export

    engine = get_engine(args.db)
    get_directory(engine)  # fails clearly when nothing is loaded
    counts = export(engine, args.out)
    print(f"Exported {counts['services']} services and {counts['organizations']} "
          f"organizations (HSDS 3.0) to {args.out}")
    return 0


def _council_area(text: str | None):
    """Council area for --area (exact name, or a town/postcode via geography); False if none."""
    if not text or text in vocab.BY_NAME:
        return text or None
    from services_db.geography import resolve_place

    found = resolve_place(text)
    if found.council_area is None:
        why = "outside Scotland" if found.outside_scotland else "not a known council area, town or postcode"
        print(f"--area {text!r}: {why}", file=sys.stderr)
        return False
    print(f"--area {text!r} is in {found.council_area}", file=sys.stderr)
    return found.council_area
