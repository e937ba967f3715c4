"""Validation of the directory YAML files: every problem in every file, with its line.

Each problem reads ``file:line: field: reason``. ``validate_paths`` returns the problems
(errors and duplicate warnings) and, when there are no errors, the parsed organisations
ready for the loader. Format: docs/maintainers.md.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

import yaml

from services_db import vocab
from services_db.hours import ALWAYS, DAYS, HoursError, parse_day

DATA_DIR = Path(__file__).resolve().parent / "data" / "organisations"
REFERRAL_ROUTES: tuple[str, ...] = ("self", "professional", "drop_in")
CONFIDENCE_LEVELS: tuple[str, ...] = ("high", "medium")
STATUSES: tuple[str, ...] = ("active", "inactive")
AREA_NAMES = frozenset(vocab.COUNCIL_AREA_NAMES) | frozenset(vocab.HEALTH_BOARDS) | {vocab.NATIONAL}

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
_CHARITY = re.compile(r"^SC0\d{5}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_SHORT_NUMBERS = frozenset({"999", "112", "111", "101", "105", "116000", "116111", "116123"})

ORGANISATION_KEYS = frozenset({"id", "name", "description", "website", "email", "charity_number"})
SERVICE_KEYS = frozenset({
    "id", "name", "description", "needs", "areas", "referral", "same_day", "phones", "text",
    "webchat", "email", "website", "hours", "hours_note", "exceptions", "eligibility",
    "languages", "accessibility", "cost", "status", "locations", "source", "last_verified",
    "confidence", "notes", "helpline",
})
PHONE_KEYS = frozenset({"number", "description"})
LOCATION_KEYS = frozenset({"name", "address", "postcode", "council_area"})
ELIGIBILITY_KEYS = frozenset({"min_age", "max_age", "audience"})
EXCEPTION_KEYS = frozenset({"date", "closed", "hours", "note"})


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    reason: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.reason}"


@dataclass
class Validation:
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    version: str = ""
    files: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def normalise_phone(number: str) -> str | None:
    """Digits of a valid UK number ("0141 496 0000", "+44 141...", "999", "116 123"), else None."""
    text = number.strip()
    if not re.fullmatch(r"\+?[0-9 ()-]+", text):
        return None
    digits = re.sub(r"[ ()-]", "", text)
    if digits.startswith("+44"):
        digits = "0" + digits[3:]
    elif digits.startswith("+"):
        return None
    if digits.startswith(("18001", "18002")) and len(digits) > 5:  # Relay UK text relay prefix
        rest = normalise_phone(digits[5:])
        return digits[:5] + rest if rest else None
    if digits in _SHORT_NUMBERS:
        return digits
    if re.fullmatch(r"0[123578]\d{9}|0800\d{4}", digits):  # 0800 1111: legacy freephone
        return digits
    # 10 digits: some 08 numbers and small 01 areas, never 011x/01x1/02/03/07 (always 11).
    if re.fullmatch(r"08\d{8}|01[02-9][02-9]\d{6}", digits):
        return digits
    return None


def yaml_files(paths: Iterable[Path | str] | None = None) -> list[Path]:
    """The organisation files named, or found in the directories named (default DATA_DIR)."""
    found: list[Path] = []
    for p in [Path(x) for x in (paths or [DATA_DIR])]:
        found.extend(sorted(p.glob("*.yml")) if p.is_dir() else [p])
    return found


def directory_version(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for f in sorted(files, key=lambda p: p.name):
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def validate_paths(paths: Iterable[Path | str] | None = None, *, today: date | None = None) -> Validation:
    """Validate every file; collects all problems (never stops at the first)."""
    from services_db.hours import LONDON

    today = today or datetime.now(LONDON).date()
    result = Validation(files=yaml_files(paths))
    if not result.files:
        result.errors.append(Problem(str(next(iter(paths or [DATA_DIR]))), 0, "files",
                                     "no organisation files (*.yml) found"))
        return result
    org_seen: dict[str, str] = {}
    svc_seen: dict[str, str] = {}
    for path in result.files:
        checker = _FileChecker(path, today)
        org = checker.run()
        result.errors.extend(checker.errors)
        if org is None:
            continue
        where = f"{path.name}:{checker.line(('organisation', 'id'))}"
        _unique(org["id"], org_seen, where, checker, ("organisation", "id"), "organisation.id")
        for i, svc in enumerate(org["services"]):
            key = ("services", i, "id")
            _unique(svc["id"], svc_seen, f"{path.name}:{checker.line(key)}", checker, key,
                    f"services[{i}].id")
        result.errors.extend(checker.late_errors)
        result.organisations.append(org)
    result.warnings.extend(_duplicates(result.organisations))
    result.warnings.extend(_uncontactable(result.organisations))
    if result.errors:
        result.organisations = []
    else:
        result.version = directory_version(result.files)
    return result


def _unique(value, seen, where, checker, path, name):
    if not isinstance(value, str):
        return
    if value in seen:
        checker.late_errors.append(Problem(checker.name, checker.line(path), name,
                                           f"duplicate id {value!r} (also at {seen[value]})"))
    else:
        seen[value] = where


def _duplicates(organisations: list[dict[str, Any]]) -> list[Problem]:
    """Likely duplicates across files (same name and phone, or same website), one per group."""
    groups: dict[tuple[str, Any], list[tuple[str, str, int, int]]] = {}
    for org in organisations:
        for i, svc in enumerate(org["services"]):
            here = (org["_file"], svc["id"], i, org["_lines"].get(("services", i), 1))
            keys = [("name and phone", ((svc.get("name") or "").casefold(), normalise_phone(p["number"])))
                    for p in svc.get("phones") or []]
            if svc.get("website"):
                keys.append(("website", re.sub(r"^https?://(www\.)?|/+$", "", svc["website"].lower())))
            for key in dict.fromkeys(keys):
                groups.setdefault(key, []).append(here)
    found = []
    for (label, _), members in groups.items():
        if len({m[0] for m in members}) < 2:
            continue
        file, _, i, line = members[0]
        others = [f"{m[1]!r} ({m[0]})" for m in members[1:]]
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        found.append(Problem(file, line, f"services[{i}]",
                             f"possible duplicate (same {label}) of {shown}", warning=True))
    return found


def _uncontactable(organisations: list[dict[str, Any]]) -> list[Problem]:
    """Active services a person could not reach: no phone, text, chat, web, email or address."""
    found = []
    for org in organisations:
        for i, svc in enumerate(org["services"]):
            if svc.get("status") == "active" and not (
                    svc["phones"] or svc["text"] or svc["webchat"] or svc["website"] or svc["email"]
                    or any(loc["address"] for loc in svc["locations"])):
                found.append(Problem(org["_file"], org["_lines"].get(("services", i), 1), f"services[{i}]",
                                     "no way to contact it (phones, text, webchat, website, email or "
                                     "a location address); plans rank it below national routes",
                                     warning=True))
    return found


class _FileChecker:
    """Parses one file with line numbers and checks every field."""

    def __init__(self, path: Path, today: date):
        self.path, self.name, self.today = path, path.name, today
        self.errors: list[Problem] = []
        self.late_errors: list[Problem] = []
        self.lines: dict[tuple, int] = {}
        self._reported: set[tuple] = set()

    def line(self, path: tuple) -> int:
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)

    def error(self, path: tuple, reason: str) -> None:
        """Record a problem; only the first one per field (a bad value is not re-reported)."""
        if path and path in self._reported:
            return
        self._reported.add(path)
        self.errors.append(Problem(self.name, self.line(path), _dotted(path), reason))

    # -- YAML with line numbers -------------------------------------------------------
    def parse(self) -> Any:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.errors.append(Problem(self.name, 0, "file", f"cannot read: {exc}"))
            return None
        loader = None
        try:
            loader = _Loader(text)
            node = loader.get_single_node()
            if node is None:
                self.errors.append(Problem(self.name, 1, "file", "empty file"))
                return None
            return self._build(loader, node, ())
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            self.errors.append(Problem(self.name, line, "yaml",
                                       f"syntax error: {exc.problem or exc.context}"))
            return None
        except yaml.YAMLError as exc:  # e.g. a control character the YAML reader refuses
            position = getattr(exc, "position", None)
            line = text.count("\n", 0, position) + 1 if isinstance(position, int) else 1
            self.errors.append(Problem(self.name, line, "yaml", f"cannot read: {exc}"))
            return None
        finally:
            if loader is not None:
                loader.dispose()

    def _build(self, loader, node, path: tuple) -> Any:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict = {}
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
                sub = path + (key,)
                if key in out:
                    self.lines[sub] = key_node.start_mark.line + 1
                    self.error(sub, "duplicate key")
                    continue
                self.lines[sub] = key_node.start_mark.line + 1
                out[key] = self._build(loader, value_node, sub)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self._build(loader, item, path + (i,)) for i, item in enumerate(node.value)]
        if node.tag == _STR_TAG:
            return node.value  # most scalars: skip the (slow) generic constructor
        try:
            return loader.construct_object(node)
        except (yaml.YAMLError, ValueError) as exc:
            self.error(path, f"bad value {node.value!r}: {exc}")
            return _Invalid(node.value)

    # -- checks -----------------------------------------------------------------------
    def run(self) -> dict[str, Any] | None:
        doc = self.parse()
        if doc is None:
            if not self.errors:  # a document that is just "null" or "~"
                self.error((), "empty file")
            return None
        if not isinstance(doc, dict):
            self.error((), "the file must be a mapping with 'organisation' and 'services'")
            return None
        self._keys(doc, (), {"organisation", "services"})
        org = self._organisation(doc.get("organisation"))
        services = doc.get("services")
        if not isinstance(services, list) or not services:
            self.error(("services",), "required: a list of at least one service")
            services = []
        org["services"] = [self._service(s, ("services", i)) for i, s in enumerate(services)]
        org["_file"], org["_lines"] = self.name, self.lines
        return org

    def _keys(self, data: dict, path: tuple, allowed: frozenset | set) -> None:
        for key in data:
            if key not in allowed:
                self.error(path + (key,), f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def _organisation(self, data: Any) -> dict[str, Any]:
        path = ("organisation",)
        if not isinstance(data, dict):
            self.error(path, "required: a mapping with id and name")
            return {"id": None, "name": ""}
        self._keys(data, path, ORGANISATION_KEYS)
        org = {
            "id": self._slug(data, path),
            "name": self._text(data, path, "name", required=True),
            "description": self._text(data, path, "description"),
            "website": self._pattern(data, path, "website", _URL, "not an http(s) URL"),
            "email": self._pattern(data, path, "email", _EMAIL, "not an email address"),
            "charity_number": self._pattern(data, path, "charity_number", _CHARITY,
                                            "not a Scottish charity number (SC0xxxxx)"),
        }
        if isinstance(org["id"], str) and org["id"] != self.path.stem:
            self.error(path + ("id",), f"must equal the file name ({self.path.stem!r})")
        return org

    def _service(self, data: Any, path: tuple) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.error(path, "each service must be a mapping")
            return {"id": None, "name": "", "phones": []}
        self._keys(data, path, SERVICE_KEYS)
        svc: dict[str, Any] = {
            "id": self._slug(data, path),
            "name": self._text(data, path, "name", required=True),
            "description": self._text(data, path, "description"),
            "needs": self._choices(data, path, "needs", vocab.NEED_CODES, "need code"),
            "areas": self._areas(data, path),
            "referral": self._choices(data, path, "referral", REFERRAL_ROUTES, "referral route"),
            "same_day": self._bool(data, path, "same_day"),
            "phones": self._phones(data, path),
            "text": self._text(data, path, "text"),
            "webchat": self._pattern(data, path, "webchat", _URL, "not an http(s) URL"),
            "email": self._pattern(data, path, "email", _EMAIL, "not an email address"),
            "website": self._pattern(data, path, "website", _URL, "not an http(s) URL"),
            "hours": self._hours(data, path),
            "hours_note": self._text(data, path, "hours_note"),
            "exceptions": self._exceptions(data, path),
            "accessibility": self._text(data, path, "accessibility"),
            "cost": self._text(data, path, "cost"),
            "status": self._one_of(data, path, "status", STATUSES, default="active"),
            "locations": self._locations(data, path),
            "source": self._text(data, path, "source", required=True),
            "last_verified": self._last_verified(data, path),
            "confidence": self._one_of(data, path, "confidence", CONFIDENCE_LEVELS, default=None),
            "notes": self._text(data, path, "notes"),
            "helpline": self._helpline(data, path),
            "languages": self._languages(data, path),
        }
        svc.update(self._eligibility(data, path))
        if svc["status"] == "inactive" and not svc["notes"]:
            self.error(path + ("notes",), "required for an inactive service: say why")
        return svc

    # -- field helpers ----------------------------------------------------------------
    def _slug(self, data: dict, path: tuple) -> str | None:
        value = data.get("id")
        if value is None:
            self.error(path + ("id",), "required")
        elif not isinstance(value, str) or not _SLUG.match(value):
            self.error(path + ("id",), f"not a lowercase slug: {value!r}")
            return None
        return value

    def _text(self, data: dict, path: tuple, key: str, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(path + (key,), "required" if key not in data else "required (empty)")
            return None
        if not isinstance(value, str):
            self.error(path + (key,), f"expected text, got {value!r}")
            return None
        return value.strip()

    def _pattern(self, data: dict, path: tuple, key: str, regex: re.Pattern, reason: str):
        value = self._text(data, path, key)
        if value is not None and not regex.match(value):
            self.error(path + (key,), f"{reason}: {value!r}")
            return None
        return value

    def _bool(self, data: dict, path: tuple, key: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.error(path + (key,), f"expected true or false, got {value!r}")
            return False
        return value

    def _one_of(self, data: dict, path: tuple, key: str, allowed: tuple, default):
        if key not in data and default is not None:
            return default
        value = data.get(key)
        if value not in allowed:
            what = f"unknown value {value!r}" if key in data else "required"
            self.error(path + (key,), f"{what} (one of: {', '.join(allowed)})")
            return None
        return value

    def _list(self, data: dict, path: tuple, key: str, required: bool) -> list:
        value = data.get(key)
        if value is None:
            if required:
                self.error(path + (key,), "required")
            return []
        if not isinstance(value, list) or (required and not value):
            self.error(path + (key,), "expected a non-empty list" if required else "expected a list")
            return []
        return value

    def _choices(self, data: dict, path: tuple, key: str, allowed: tuple, what: str) -> list[str]:
        out: list[str] = []
        for i, value in enumerate(self._list(data, path, key, required=True)):
            if value not in allowed:
                self.error(path + (key, i), f"unknown {what} {value!r} (one of: {', '.join(allowed)})")
            elif value in out:
                self.error(path + (key, i), f"{value!r} listed twice")
            else:
                out.append(value)
        return out

    def _areas(self, data: dict, path: tuple) -> list[str]:
        out: list[str] = []
        for i, value in enumerate(self._list(data, path, "areas", required=True)):
            if not isinstance(value, str) or value not in AREA_NAMES:
                self.error(path + ("areas", i),
                           f"unknown council area {value!r} (official council area name, "
                           f"health board such as 'NHS Lothian', or 'Scotland')")
            elif value in out:
                self.error(path + ("areas", i), f"{value!r} listed twice")
            else:
                out.append(value)
        if vocab.NATIONAL in out and len(out) > 1:
            self.error(path + ("areas",), "'Scotland' (national) must be the only area")
        return out

    def _phones(self, data: dict, path: tuple) -> list[dict[str, Any]]:
        out = []
        for i, item in enumerate(self._list(data, path, "phones", required=False)):
            sub = path + ("phones", i)
            if not isinstance(item, dict):
                self.error(sub, "expected a mapping with 'number'")
                continue
            self._keys(item, sub, PHONE_KEYS)
            number = item.get("number")
            if isinstance(number, int) and not isinstance(number, bool):
                number = str(number)
            if not isinstance(number, str):
                self.error(sub + ("number",), "required (write it in quotes)" if "number" not in item
                           else f"expected a quoted phone number, got {number!r}")
                continue
            if normalise_phone(number) is None:
                self.error(sub + ("number",), f"bad phone {number!r}: not a UK number "
                           "(e.g. \"0141 496 0000\", \"0800 123 4567\", \"999\", \"116 123\")")
                continue
            out.append({"number": number.strip(), "description": self._text(item, sub, "description")})
        return out

    def _hours(self, data: dict, path: tuple):
        if "hours" not in data:
            return None
        value = data["hours"]
        sub = path + ("hours",)
        if value == ALWAYS:
            return ALWAYS
        if not isinstance(value, dict):
            self.error(sub, f"expected \"24/7\" or a mapping of days (mon..sun), got {value!r}")
            return None
        out = {}
        for day, intervals in value.items():
            if day not in DAYS:
                self.error(sub + (day,), "unknown day (use mon, tue, wed, thu, fri, sat, sun)")
                continue
            out[day] = self._day(intervals, sub + (day,))
        return out

    def _day(self, value: Any, path: tuple):
        try:
            parse_day(value)
        except HoursError as exc:
            self.error(path, str(exc))
        return value

    def _exceptions(self, data: dict, path: tuple) -> list[dict[str, Any]]:
        out = []
        for i, item in enumerate(self._list(data, path, "exceptions", required=False)):
            sub = path + ("exceptions", i)
            if not isinstance(item, dict):
                self.error(sub, "expected a mapping with date and closed/hours")
                continue
            self._keys(item, sub, EXCEPTION_KEYS)
            if not isinstance(item.get("date"), date) or isinstance(item.get("date"), datetime):
                self.error(sub + ("date",), "required as YYYY-MM-DD" if "date" not in item
                           else f"bad date {item.get('date')!r} (YYYY-MM-DD)")
                continue
            if (item.get("closed") is True) == ("hours" in item):
                self.error(sub, "give exactly one of 'closed: true' or 'hours: [...]'")
                continue
            if "hours" in item:
                self._day(item["hours"], sub + ("hours",))
            out.append({"date": item["date"], "closed": item.get("closed") is True,
                        "hours": item.get("hours"), "note": self._text(item, sub, "note")})
        return out

    def _eligibility(self, data: dict, path: tuple) -> dict[str, Any]:
        value = data.get("eligibility") or {}
        sub = path + ("eligibility",)
        out = {"min_age": None, "max_age": None, "audience": []}
        if not isinstance(value, dict):
            self.error(sub, "expected a mapping (min_age, max_age, audience)")
            return out
        self._keys(value, sub, ELIGIBILITY_KEYS)
        for key in ("min_age", "max_age"):
            age = value.get(key)
            if age is not None and (isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 120):
                self.error(sub + (key,), f"expected a whole number of years 0-120, got {age!r}")
            elif age is not None:
                out[key] = age
        if out["min_age"] is not None and out["max_age"] is not None and out["min_age"] > out["max_age"]:
            self.error(sub + ("max_age",), "max_age is below min_age")
        audience = self._list(value, sub, "audience", required=False)
        if not all(isinstance(a, str) and _SLUG.match(a.replace("_", "-")) for a in audience):
            self.error(sub + ("audience",), "expected lowercase words such as family, young_people")
        else:
            out["audience"] = audience
        return out

    def _languages(self, data: dict, path: tuple) -> list[str]:
        values = self._list(data, path, "languages", required=False)
        for i, code in enumerate(values):
            if not isinstance(code, str) or not _LANGUAGE.match(code):
                self.error(path + ("languages", i), f"not an ISO 639-1 code: {code!r}")
        return [c for c in values if isinstance(c, str)]

    def _locations(self, data: dict, path: tuple) -> list[dict[str, Any]]:
        out = []
        for i, item in enumerate(self._list(data, path, "locations", required=False)):
            sub = path + ("locations", i)
            if not isinstance(item, dict):
                self.error(sub, "expected a mapping (name, address, postcode, council_area)")
                continue
            self._keys(item, sub, LOCATION_KEYS)
            loc = {k: self._text(item, sub, k) for k in ("name", "address")}
            loc["postcode"] = self._pattern(item, sub, "postcode", _POSTCODE, "not a full UK postcode")
            area = item.get("council_area")
            if area is not None and area not in vocab.COUNCIL_AREA_NAMES:
                self.error(sub + ("council_area",), f"unknown council area {area!r}")
                area = None
            loc["council_area"] = area
            out.append(loc)
        return out

    def _last_verified(self, data: dict, path: tuple) -> date | None:
        value = data.get("last_verified")
        if value is None:
            self.error(path + ("last_verified",),
                       "required (YYYY-MM-DD, the date the facts were checked)")
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            self.error(path + ("last_verified",), f"bad date {value!r} (YYYY-MM-DD)")
            return None
        if value > self.today:
            self.error(path + ("last_verified",), f"in the future ({value.isoformat()})")
            return None
        return value

    def _helpline(self, data: dict, path: tuple) -> int | None:
        value = data.get("helpline")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.error(path + ("helpline",), f"expected a position 1, 2, 3... got {value!r}")
            return None
        return value


class _Invalid(str):
    """A scalar that could not be read; already reported (later checks stay silent)."""


def _dotted(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "file"

