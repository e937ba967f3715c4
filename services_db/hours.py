"""Opening hours: parsing, "open now" in Scotland's time zone, and a plain-English summary.

Format (docs/maintainers.md): ``hours`` is ``"24/7"`` or a mapping of ``mon``..``sun`` to a
list of ``"HH:MM-HH:MM"`` intervals or ``closed`` (days left out are closed). An end
before the start runs past midnight into the next day; an end equal to the start is an
error (write ``00:00-24:00`` for a whole day). ``exceptions`` replace the intervals that
START on a given date (``closed: true`` or ``hours: [...]``); an overnight interval from
the day before still runs into an exception day.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALWAYS = "24/7"
CLOSED = "closed"
DAY_MINUTES = 24 * 60

_INTERVAL = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

Interval = tuple[int, int]  # minutes from the start's midnight; end > start (may pass 1440)


class HoursError(ValueError):
    """A malformed opening-hours value; the message is the reason, for maintainers."""


def parse_interval(text: object) -> Interval:
    """``"18:00-02:00"`` -> ``(1080, 1560)``; raises HoursError with a plain reason."""
    if not isinstance(text, str):
        raise HoursError(f"expected a quoted \"HH:MM-HH:MM\" string, got {text!r}")
    return _parse_interval(text)


@lru_cache(maxsize=4096)  # the same few strings ("09:00-17:00") recur across a directory
def _parse_interval(text: str) -> Interval:
    match = _INTERVAL.match(text.strip())
    if not match:
        raise HoursError(f"bad time {text!r}: expected \"HH:MM-HH:MM\" (24-hour clock)")
    sh, sm, eh, em = (int(g) for g in match.groups())
    if sh > 23 or sm > 59:
        raise HoursError(f"bad time {text!r}: opening time out of range")
    if em > 59 or eh > 24 or (eh == 24 and em != 0):
        raise HoursError(f"bad time {text!r}: closing time out of range")
    start, end = sh * 60 + sm, eh * 60 + em
    if end == start:
        raise HoursError(
            f"closing time equals opening time in {text!r} (write 00:00-24:00 for a whole day)")
    if end < start:
        end += DAY_MINUTES  # runs past midnight into the next day
    return start, end


def parse_day(value: object) -> list[Interval]:
    """A day's value: ``closed`` or a list of intervals (non-overlapping)."""
    if value == CLOSED:
        return []
    if not isinstance(value, list) or not value:
        raise HoursError(f"expected a list of \"HH:MM-HH:MM\" intervals or 'closed', got {value!r}")
    intervals = sorted(parse_interval(v) for v in value)
    for (_, end), (start, _) in zip(intervals, intervals[1:]):
        if start < end:
            raise HoursError(f"overlapping intervals in {value!r}")
    return intervals


@dataclass(frozen=True)
class Schedule:
    """Compiled opening hours. ``always`` means 24/7; otherwise weekly intervals by day."""

    always: bool = False
    week: tuple[tuple[Interval, ...], ...] = ((),) * 7
    exceptions: dict[date, tuple[Interval, ...]] = field(default_factory=dict)

    @classmethod
    def from_raw(cls, hours: object, exceptions: object = None) -> Schedule:
        """Build from the YAML values; raises HoursError on the first problem."""
        exc: dict[date, tuple[Interval, ...]] = {}
        for item in exceptions or []:
            if not isinstance(item, dict) or not isinstance(item.get("date"), date):
                raise HoursError(f"exception needs a date: {item!r}")
            exc[item["date"]] = () if item.get("closed") else tuple(parse_day(item.get("hours")))
        if hours == ALWAYS:
            return cls(always=True, exceptions=exc)
        if not isinstance(hours, dict):
            raise HoursError(f"hours must be \"24/7\" or a mapping of days, got {hours!r}")
        unknown = set(hours) - set(DAYS)
        if unknown:
            raise HoursError(f"unknown day {sorted(unknown)[0]!r} (use mon..sun)")
        week = tuple(tuple(parse_day(hours[d])) if d in hours else () for d in DAYS)
        return cls(week=week, exceptions=exc)

    def intervals_starting(self, day: date) -> tuple[Interval, ...]:
        if day in self.exceptions:
            return self.exceptions[day]
        if self.always:
            return ((0, DAY_MINUTES),)
        return self.week[day.weekday()]

    def is_open(self, at: datetime) -> bool:
        """Open at this instant, judged by the wall clock in Europe/London."""
        return self.is_open_local(*local_moment(at))

    def is_open_local(self, today: date, minute: int) -> bool:
        """Open at ``minute`` past local midnight on ``today`` (see local_moment)."""
        for start, end in self.intervals_starting(today):
            if start <= minute < end:
                return True
        if minute + DAY_MINUTES >= self.latest_end:  # nothing from yesterday runs this late
            return False
        for _, end in self.intervals_starting(today - timedelta(days=1)):
            if minute + DAY_MINUTES < end:
                return True
        return False

    @cached_property
    def latest_end(self) -> int:
        """The latest end of any interval, in minutes from its start day's midnight."""
        ends = [e for day in (*self.week, *self.exceptions.values()) for _, e in day]
        if self.always:
            ends.append(DAY_MINUTES)
        return max(ends, default=0)


def local_moment(at: datetime) -> tuple[date, int]:
    """(local date, minutes past local midnight) in Europe/London for an aware datetime."""
    if at.tzinfo is None:
        raise ValueError("open_now needs a timezone-aware datetime")
    local = at.astimezone(LONDON)
    return local.date(), local.hour * 60 + local.minute


def open_now(hours: object, at: datetime, exceptions: object = None) -> bool | None:
    """Is a service with these hours open at ``at``? None when no hours are recorded."""
    if hours is None and not exceptions:
        return None
    schedule = hours if isinstance(hours, Schedule) else Schedule.from_raw(hours, exceptions)
    return schedule.is_open(at)


def describe(hours: object, note: str | None = None) -> str | None:
    """Plain-English summary, e.g. "Mon to Fri 9am to 5pm; Sat and Sun closed"."""
    if hours is None:
        return note
    schedule = hours if isinstance(hours, Schedule) else Schedule.from_raw(hours)
    if schedule.always or all(d == ((0, DAY_MINUTES),) for d in schedule.week):
        text = "Open 24 hours, every day"
    else:
        parts = []
        for first, last, intervals in _runs(schedule.week):
            days = "Every day" if (first, last) == (0, 6) else _DAY_NAMES[first] if first == last else (
                f"{_DAY_NAMES[first]} and {_DAY_NAMES[last]}" if last == first + 1
                else f"{_DAY_NAMES[first]} to {_DAY_NAMES[last]}")
            times = ", ".join(_span(i) for i in intervals) if intervals else "closed"
            parts.append(f"{days} {times}")
        text = "; ".join(parts)
    return f"{text}. {note}" if note else text


def _runs(week):
    start = 0
    for i in range(1, 8):
        if i == 7 or week[i] != week[start]:
            yield start, i - 1, week[start]
            start = i


def _span(interval: Interval) -> str:
    start, end = interval
    if (start, end) == (0, DAY_MINUTES):
        return "all day"
    suffix = " (next day)" if end > DAY_MINUTES else ""
    return f"{_clock(start)} to {_clock(end % DAY_MINUTES if end != DAY_MINUTES else end)}{suffix}"


def _clock(minutes: int) -> str:
    if minutes in (0, DAY_MINUTES):
        return "midnight"
    if minutes == 12 * 60:
        return "midday"
    h, m = divmod(minutes, 60)
    ampm = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}{ampm}" if m == 0 else f"{h12}:{m:02d}{ampm}"
