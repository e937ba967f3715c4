"""Opening hours: parsing rules and open_now in Europe/London (overnight, 24/7, exceptions, BST/GMT)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, strategies as st

from services_db.hours import LONDON, HoursError, Schedule, describe, open_now, parse_day, parse_interval

UTC = timezone.utc
WEEKDAYS = {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"], "wed": ["09:00-17:00"],
            "thu": ["09:00-17:00"], "fri": ["09:00-17:00"]}


def local(*args) -> datetime:
    return datetime(*args, tzinfo=LONDON)


@pytest.mark.parametrize("text, reason", [
    ("9:00-17:00", "bad time"),
    ("09:00 - 17:00", "bad time"),
    ("25:00-26:00", "opening time out of range"),
    ("24:00-02:00", "opening time out of range"),
    ("09:60-10:00", "opening time out of range"),
    ("09:00-24:30", "closing time out of range"),
    ("09:00-09:00", "closing time equals opening time"),
    ("00:00-00:00", "closing time equals opening time"),
])
def test_bad_intervals_are_refused_with_a_reason(text, reason):
    with pytest.raises(HoursError, match=reason):
        parse_interval(text)


def test_interval_values():
    assert parse_interval("09:00-17:30") == (540, 1050)
    assert parse_interval("18:00-02:00") == (1080, 1560)  # overnight: ends next day
    assert parse_interval("00:00-24:00") == (0, 1440)


def test_overlapping_intervals_are_refused():
    with pytest.raises(HoursError, match="overlapping"):
        parse_day(["09:00-13:00", "12:00-17:00"])
    assert parse_day(["13:30-17:00", "09:00-12:30"]) == [(540, 750), (810, 1020)]


def test_several_intervals_a_day():
    hours = {"mon": ["09:00-12:30", "13:30-17:00"]}
    assert open_now(hours, local(2026, 11, 23, 12, 0))       # Monday
    assert not open_now(hours, local(2026, 11, 23, 13, 0))   # lunch
    assert open_now(hours, local(2026, 11, 23, 16, 59))
    assert not open_now(hours, local(2026, 11, 23, 17, 0))   # closing minute is closed


def test_overnight_runs_into_the_next_day():
    hours = {"wed": ["18:00-02:00"]}
    assert not open_now(hours, local(2026, 11, 25, 17, 59))  # Wednesday
    assert open_now(hours, local(2026, 11, 25, 23, 30))
    assert open_now(hours, local(2026, 11, 26, 1, 59))       # Thursday
    assert not open_now(hours, local(2026, 11, 26, 2, 0))
    assert not open_now(hours, local(2026, 11, 26, 18, 30))  # Thursday evening: no hours


def test_overnight_across_the_week_end_sunday_to_monday():
    hours = {"sun": ["22:00-06:00"]}
    assert open_now(hours, local(2026, 11, 29, 23, 0))       # Sunday
    assert open_now(hours, local(2026, 11, 30, 5, 59))       # Monday
    assert not open_now(hours, local(2026, 11, 30, 6, 0))
    assert open_now(hours, local(2026, 11, 23, 3, 0))        # Monday after Sun 22 Nov


def test_24_7_and_whole_days():
    for hours in ("24/7", {d: ["00:00-24:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}):
        for hour in (0, 3, 12, 23):
            assert open_now(hours, local(2026, 12, 25, hour, 59))
    assert open_now({"sat": ["00:00-24:00"]}, local(2026, 11, 28, 23, 59))
    assert not open_now({"sat": ["00:00-24:00"]}, local(2026, 11, 29, 0, 0))


def test_closed_days_and_missing_days():
    hours = {"mon": ["09:00-17:00"], "sat": "closed"}
    assert not open_now(hours, local(2026, 11, 28, 12, 0))   # Saturday closed
    assert not open_now(hours, local(2026, 11, 29, 12, 0))   # Sunday left out: closed


def test_unknown_hours_are_never_guessed():
    assert open_now(None, datetime(2026, 11, 23, 12, tzinfo=UTC)) is None


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        open_now(WEEKDAYS, datetime(2026, 11, 23, 12, 0))


def test_exceptions_replace_the_day():
    exceptions = [{"date": date(2026, 12, 25), "closed": True},
                  {"date": date(2026, 12, 31), "hours": ["09:00-13:00"]}]
    schedule = Schedule.from_raw(WEEKDAYS, exceptions)
    assert not schedule.is_open(local(2026, 12, 25, 12, 0))  # Friday, closed for the day
    assert schedule.is_open(local(2026, 12, 24, 12, 0))
    assert schedule.is_open(local(2026, 12, 31, 12, 0))
    assert not schedule.is_open(local(2026, 12, 31, 14, 0))  # shortened day
    always = Schedule.from_raw("24/7", [{"date": date(2026, 12, 25), "closed": True}])
    assert not always.is_open(local(2026, 12, 25, 12, 0))
    assert always.is_open(local(2026, 12, 26, 0, 0))


def test_overnight_from_the_day_before_runs_into_an_exception_day():
    schedule = Schedule.from_raw({"thu": ["20:00-03:00"]}, [{"date": date(2026, 12, 25), "closed": True}])
    assert schedule.is_open(local(2026, 12, 25, 2, 0))       # Thu 24th's night runs on
    assert not schedule.is_open(local(2026, 12, 25, 20, 30))
    extra = Schedule.from_raw({}, [{"date": date(2026, 12, 31), "hours": ["22:00-02:00"]}])
    assert extra.is_open(local(2027, 1, 1, 1, 0))            # exception night runs past midnight


def test_wall_clock_in_bst_and_gmt():
    # 09:00-17:00 on a summer Monday (BST, UTC+1) and a winter Monday (GMT).
    assert open_now(WEEKDAYS, datetime(2026, 7, 6, 8, 30, tzinfo=UTC))        # 09:30 BST
    assert not open_now(WEEKDAYS, datetime(2026, 7, 6, 16, 30, tzinfo=UTC))   # 17:30 BST
    assert not open_now(WEEKDAYS, datetime(2026, 1, 5, 8, 30, tzinfo=UTC))    # 08:30 GMT
    assert open_now(WEEKDAYS, datetime(2026, 1, 5, 16, 30, tzinfo=UTC))       # 16:30 GMT


def test_clock_change_nights():
    # Spring forward: Sun 29 March 2026, 01:00 GMT becomes 02:00 BST.
    spring = {"sun": ["01:30-03:00"]}
    assert not open_now(spring, datetime(2026, 3, 29, 0, 45, tzinfo=UTC))     # 00:45 GMT
    assert open_now(spring, datetime(2026, 3, 29, 1, 10, tzinfo=UTC))         # 02:10 BST
    assert not open_now(spring, datetime(2026, 3, 29, 2, 0, tzinfo=UTC))      # 03:00 BST
    # Fall back: Sun 25 October 2026, 02:00 BST becomes 01:00 GMT (01:xx happens twice).
    autumn = {"sun": ["01:00-02:00"]}
    assert open_now(autumn, datetime(2026, 10, 25, 0, 30, tzinfo=UTC))        # 01:30 BST
    assert open_now(autumn, datetime(2026, 10, 25, 1, 30, tzinfo=UTC))        # 01:30 GMT
    assert not open_now(autumn, datetime(2026, 10, 25, 2, 0, tzinfo=UTC))     # 02:00 GMT


@given(start=st.integers(0, 1439), length=st.integers(1, 1439), offset=st.integers(0, 7 * 1440 - 1))
def test_open_now_matches_a_minute_by_minute_model(start, length, offset):
    end = (start + length) % 1440
    text = f"{start // 60:02d}:{start % 60:02d}-" + ("24:00" if end == 0 else f"{end // 60:02d}:{end % 60:02d}")
    at = local(2026, 11, 16) + timedelta(minutes=offset)  # a GMT week starting Monday
    minute_of_week = offset
    # Interval on Wednesday only (day index 2): open minutes of the week.
    day_start = 2 * 1440 + start
    expected = day_start <= minute_of_week < day_start + length
    assert open_now({"wed": [text]}, at) is expected


def test_describe_is_plain_english():
    assert describe("24/7") == "Open 24 hours, every day"
    assert describe(WEEKDAYS) == "Mon to Fri 9am to 5pm; Sat and Sun closed"
    assert describe({"mon": ["09:00-12:30", "13:30-17:00"], "wed": ["18:00-02:00"]}, "Phone first.") == (
        "Mon 9am to 12:30pm, 1:30pm to 5pm; Tue closed; Wed 6pm to 2am (next day); "
        "Thu to Sun closed. Phone first.")
    assert describe({"sat": ["00:00-24:00"], "sun": ["12:00-24:00"]}) == (
        "Mon to Fri closed; Sat all day; Sun midday to midnight")
    assert describe(None, "Phone for times.") == "Phone for times."
    assert describe({d: ["09:00-21:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}) == (
        "Every day 9am to 9pm")


@pytest.mark.parametrize("value", [["09:00", "17:00"], 900, None, {"from": "09:00"}])
def test_non_text_intervals_are_refused(value):
    with pytest.raises(HoursError, match="expected"):
        parse_day([value])
