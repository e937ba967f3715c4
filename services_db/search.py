"""Directory queries for maintainers: text search, stale entries, coverage gaps."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from services_db import vocab
from services_db.directory import Directory, Entry


def search(directory: Directory, text: str | None = None, need: str | None = None,
           area: str | None = None, include_inactive: bool = False) -> list[Entry]:
    """Services matching every given filter; ``area`` keeps those serving it (or national)."""
    words = (text or "").casefold().split()
    found = []
    for e in directory.entries.values():
        if e.status != "active" and not include_inactive:
            continue
        if need and need not in e.needs:
            continue
        if area and area not in e.served and not e.national:
            continue
        haystack = " ".join(filter(None, (e.name, e.organisation, e.description, e.slug))).casefold()
        if all(w in haystack for w in words):
            found.append(e)
    return sorted(found, key=lambda e: (e.organisation, e.name))


def stale(directory: Directory, days: int, today: date) -> list[Entry]:
    """Active entries whose last_verified is more than ``days`` days before ``today``."""
    cutoff = today - timedelta(days=days)
    return sorted((e for e in directory.entries.values()
                   if e.status == "active" and e.last_verified < cutoff),
                  key=lambda e: (e.last_verified, e.slug))


@dataclass(frozen=True)
class Cell:
    local: int      # services naming the council area
    board: int      # services covering its health board
    national: int

    @property
    def routes(self) -> int:
        return self.local + self.board + self.national


def coverage(directory: Directory) -> dict[tuple[str, str], Cell]:
    """(council area, need) -> how many active services offer a route there."""
    national = {n: len(directory.by_area_need.get((vocab.NATIONAL, n), [])) for n in vocab.NEED_CODES}
    out = {}
    for area in vocab.COUNCIL_AREA_NAMES:
        for need in vocab.NEED_CODES:
            entries = directory.by_area_need.get((area, need), [])
            local = sum(1 for e in entries if area in e.areas)
            out[(area, need)] = Cell(local, len(entries) - local, national[need])
    return out
