"""Command-line tool for maintainers: python -m services_db <command> (see --help)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from services_db import vocab
from services_db.db import get_engine


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
    p.add_argument("--area", help="council area name (leave out for national only)")
    p.add_argument("--role", choices=vocab.ROLES)
    p.add_argument("--age", type=int)
    p.add_argument("--urgent", action="store_true")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
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

    result = load(args.paths or None, get_engine(args.db))
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
    if args.area and args.area not in vocab.BY_NAME:
        print(f"unknown council area {args.area!r}", file=sys.stderr)
        return 2
    plan = build_plan(needs, args.area, role=args.role, age=args.age,
                      urgency="urgent" if args.urgent else None, engine=get_engine(args.db))
    print(json.dumps(plan, indent=2, ensure_ascii=False) if args.json else render_text(plan))
    return 0
