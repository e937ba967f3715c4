"""The joined-up plan: contract shape and every ranking rule, on the fictional fixtures."""
from __future__ import annotations

import json
import random
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from services_db import vocab
from services_db.directory import get_directory
from services_db.hours import local_moment
from services_db.loader import load
from services_db.plan import MAX_PER_NEED, _Context, _eligible, _points, _rank_need, build_plan, render_text

FIXTURES = Path(__file__).parent / "fixtures" / "directory"
TUESDAY_10AM = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)   # GMT: hub and lines open
MONDAY_11PM = datetime(2026, 11, 23, 23, 0, tzinfo=timezone.utc)
CONTRACT_KEYS = {"id", "name", "organisation", "needs", "areas", "phone", "text", "website",
                 "webchat", "address", "opening_hours", "open_now", "referral", "same_day", "why"}

PROFESSIONAL_ONLY = """\
organisation:
  id: test-justice-team
  name: Test Justice Team
services:
  - id: test-justice-team-throughcare
    name: Test Throughcare
    needs: [justice]
    areas: [Glasgow City]
    referral: [professional]
    phones:
      - number: "0141 496 0050"
    source: https://test-justice.example
    last_verified: 2026-11-01
    confidence: high
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = create_engine(f"sqlite:///{tmp_path_factory.mktemp('plan') / 'd.sqlite3'}", future=True)
    assert load([FIXTURES], eng).loaded
    yield eng
    eng.dispose()


def plan(engine, needs, area="Glasgow City", now=TUESDAY_10AM, **kw):
    return build_plan(needs, area, engine=engine, now=now, **kw)


def names(p, need):
    return [s["name"] for item in p["items"] if item["need"] == need for s in item["services"]]


def service(p, need, name):
    return next(s for item in p["items"] if item["need"] == need for s in item["services"] if s["name"] == name)


def test_plan_follows_the_contract(engine):
    p = plan(engine, ["housing", "treatment"], role="self")
    assert p["type"] == "referral_plan" and p["needs"] == ["housing", "treatment"]
    assert p["council_area"] == "Glasgow City" and p["role"] == "self"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["generated_at"])
    assert p["directory_version"] and [i["need"] for i in p["items"]] == ["housing", "treatment"]
    for item in p["items"]:
        assert 1 <= len(item["services"]) <= 3
        for s in item["services"]:
            assert CONTRACT_KEYS <= s.keys()
            assert "Glasgow City" in s["areas"] or s["areas"] == ["Scotland"]
            assert s["referral"] in ("self", "professional", "drop_in") and s["why"]
    json.dumps(p)  # JSON-serialisable as the bot's custom payload
    wellbeing = service(p, "treatment", "Test Board Wellbeing Line")
    assert wellbeing["areas"] == list(vocab.council_areas_in("NHS Greater Glasgow and Clyde"))


def test_a_service_meeting_several_needs_comes_first_and_says_so(engine):
    p = plan(engine, ["housing", "treatment"])
    assert names(p, "housing")[0] == names(p, "treatment")[0] == "Test Hub Housing and Treatment"
    hub = service(p, "housing", "Test Hub Housing and Treatment")
    assert hub["why"].startswith("Covers housing and treatment")
    assert hub["open_now"] is True and hub["same_day"] is True
    assert hub["address"] == "Test Hub, 1 Test Street, Glasgow, G1 1AA"
    assert hub["opening_hours"] == "Mon to Thu 9am to 5pm; Fri 9am to 4pm; Sat and Sun closed"


def test_local_before_health_board_before_national(engine):
    p = plan(engine, ["treatment"], role="self")
    assert names(p, "treatment") == ["Test Hub Housing and Treatment", "Test Board Wellbeing Line",
                                     "Test National Treatment Line"]
    whys = [s["why"] for s in p["items"][0]["services"]]
    assert "Local service in Glasgow City" in whys[0]
    assert "Covers NHS Greater Glasgow and Clyde" in whys[1]
    assert "National service" in whys[2]


def test_professional_only_services_are_for_workers(engine):
    for role in ("self", "family", None):
        assert "Test Treatment Team" not in names(plan(engine, ["treatment"], role=role), "treatment")
    p = plan(engine, ["treatment"], role="worker")
    assert names(p, "treatment")[0] == "Test Treatment Team"
    team = service(p, "treatment", "Test Treatment Team")
    assert team["referral"] == "professional" and "Takes referrals from workers" in team["why"]
    assert service(p, "treatment", "Test Hub Housing and Treatment")["referral"] == "self"


def test_professional_only_is_offered_to_a_person_only_when_nothing_else_exists(tmp_path):
    folder = tmp_path / "dir"
    shutil.copytree(FIXTURES, folder)
    (folder / "test-justice-team.yml").write_text(PROFESSIONAL_ONLY)
    eng = create_engine(f"sqlite:///{tmp_path / 'd.sqlite3'}", future=True)
    assert load([folder], eng).loaded
    p = build_plan(["justice"], "Glasgow City", role="self", engine=eng, now=TUESDAY_10AM)
    assert names(p, "justice") == ["Test Throughcare"]
    assert "Needs a referral from a worker" in p["items"][0]["services"][0]["why"]
    assert p["items"][0]["services"][0]["referral"] == "professional"
    eng.dispose()


def test_urgent_prefers_open_now_and_same_day(engine):
    calm = plan(engine, ["mental_health"])
    assert names(calm, "mental_health")[0] == "Test Family Support"
    urgent = plan(engine, ["mental_health"], urgency="urgent")
    assert names(urgent, "mental_health")[0] == "Test Listening Line"
    line = service(urgent, "mental_health", "Test Listening Line")
    assert "Open now" in line["why"] and "Same-day help" in line["why"]
    # Monday 11pm: the board's evening line (18:00-02:00) is open and local-er: it leads.
    late = plan(engine, ["mental_health"], urgency=True, now=MONDAY_11PM)
    assert names(late, "mental_health")[0] == "Test Board Wellbeing Line"
    assert service(late, "mental_health", "Test Board Wellbeing Line")["open_now"] is True


def test_entries_past_review_rank_lower_and_are_flagged(engine):
    p = plan(engine, ["money"])
    assert names(p, "money") == ["Test Board Money Advice", "Test Old Money Advice"]
    old = service(p, "money", "Test Old Money Advice")
    assert old["past_review"] is True and old["check_before_use"] is True
    assert "check before use" in old["why"]
    relaxed = plan(engine, ["money"], review_days=5000)
    assert names(relaxed, "money")[0] == "Test Old Money Advice"
    assert service(relaxed, "money", "Test Old Money Advice")["check_before_use"] is False


def test_medium_confidence_says_check_before_use(engine):
    p = plan(engine, ["treatment"])
    wellbeing = service(p, "treatment", "Test Board Wellbeing Line")
    assert wellbeing["check_before_use"] is True and "Check before use" in wellbeing["why"]


def test_never_an_empty_need(engine):
    p = plan(engine, list(vocab.NEED_CODES), role="self")
    for item in p["items"]:
        assert item["services"], item["need"]
    employment = p["items"][vocab.NEED_CODES.index("employment")]["services"]
    assert [s["name"] for s in employment] == ["Test Listening Line", "Test Health Line"]
    assert "No service for this need is listed near you yet" in employment[0]["why"]
    all_names = {s["name"] for item in p["items"] for s in item["services"]}
    assert "Test Closed Service" not in all_names  # inactive: never suggested


def test_national_fallback_says_no_local_service(engine):
    p = plan(engine, ["housing"], area="Angus")
    assert names(p, "housing") == ["Test National Housing Line"]
    assert "National service: no local service listed for Angus yet" in p["items"][0]["services"][0]["why"]


def test_unknown_area_means_national_only(engine):
    for area in (None, "Atlantis"):
        p = plan(engine, ["housing", "treatment", "mental_health"], area=area)
        assert p["council_area"] is None
        for item in p["items"]:
            assert all(s["areas"] == ["Scotland"] for s in item["services"])


def test_age_limits_are_respected(engine):
    young = plan(engine, ["family"], age=16)
    assert names(young, "family") == ["Test Young People Line"]
    older = plan(engine, ["family"], age=30)
    assert names(older, "family") == ["Test Family Support"]


def test_family_members_get_family_support_first(engine):
    p = plan(engine, ["mental_health"], role="family")
    first = p["items"][0]["services"][0]
    assert first["name"] == "Test Family Support" and "Supports family members" in first["why"]


def test_helplines_come_from_the_directory_in_order(engine):
    p = plan(engine, ["housing"])
    assert [(h["name"], h["phone"]) for h in p["helplines"]] == [
        ("Test Listening Line", "0808 157 0000"), ("Test Health Line", "111")]
    assert p["helplines"][0]["when"] == "Open 24 hours, every day"


def test_unknown_need_codes_are_dropped(engine):
    p = plan(engine, ["housing", "flying", "housing"])
    assert p["needs"] == ["housing"] and len(p["items"]) == 1


def test_a_reload_is_seen_by_the_next_plan(tmp_path):
    eng = create_engine(f"sqlite:///{tmp_path / 'd.sqlite3'}", future=True)
    assert load([FIXTURES], eng).loaded
    first = build_plan(["housing"], "Glasgow City", engine=eng, now=TUESDAY_10AM)
    smaller = tmp_path / "smaller"
    smaller.mkdir()
    shutil.copy(FIXTURES / "test-national-lines.yml", smaller)
    assert load([smaller], eng).loaded
    second = build_plan(["housing"], "Glasgow City", engine=eng, now=TUESDAY_10AM)
    assert second["directory_version"] != first["directory_version"]
    assert names(second, "housing") == ["Test National Housing Line"]
    eng.dispose()


def test_render_text_groups_by_need_with_multi_need_first(engine):
    p = plan(engine, ["housing", "treatment"], role="self")
    text = render_text(p)
    assert text.startswith("Your plan for Glasgow City: Somewhere to stay; Drug or alcohol treatment")
    multi = text.index("Help with more than one thing:")
    assert multi < text.index("Somewhere to stay:") < text.index("Drug or alcohol treatment:")
    assert text.count("Test Hub Housing and Treatment") == 1
    assert "- Test Hub Housing and Treatment (Test Glasgow Hub) - open now, same-day help" in text
    assert "How to get in: contact them yourself, or drop in (no appointment needed)" in text
    assert "Phone 0141 496 0001" in text
    assert text.rstrip().endswith("- Test Health Line: 111 (Open 24 hours, every day)")


def test_pruned_ranking_equals_an_exhaustive_ranking(tmp_path):
    """The early-stopping search must pick exactly what scoring every candidate would."""
    rng = random.Random(3)
    folder = tmp_path / "synthetic"
    folder.mkdir()
    for o in range(20):
        services = []
        for n in range(o * 15, o * 15 + 15):
            area = rng.choice(["Glasgow City", "Fife", "NHS Greater Glasgow and Clyde", "NHS Fife", "Scotland"])
            services.append(
                f"  - id: synthetic-{n}\n    name: Synthetic service {n}\n"
                f"    needs: [{', '.join(rng.sample(vocab.NEED_CODES[:4], rng.randint(1, 3)))}]\n"
                f"    areas: [{area}]\n"
                f"    referral: [{rng.choice(['self', 'professional', 'self, drop_in', 'self, professional'])}]\n"
                f"    same_day: {rng.choice(['true', 'false'])}\n"
                + (f"    hours:\n      tue: [\"{rng.choice(['09:00-17:00', '18:00-02:00', '00:00-24:00'])}\"]\n"
                   if rng.random() < 0.6 else "")
                + f"    eligibility: {{min_age: {rng.choice([0, 16, 18, 25])}}}\n"
                f"    source: https://synthetic.invalid/{n}\n"
                f"    last_verified: {rng.choice(['2026-11-01', '2025-01-01'])}\n"
                f"    confidence: {rng.choice(['high', 'medium'])}\n")
        (folder / f"synthetic-org-{o}.yml").write_text(
            f"organisation:\n  id: synthetic-org-{o}\n  name: Synthetic org {o}\nservices:\n" + "".join(services))
    eng = create_engine(f"sqlite:///{tmp_path / 'd.sqlite3'}", future=True)
    assert load([folder], eng).loaded
    directory = get_directory(eng)
    for _ in range(300):
        needs = rng.sample(vocab.NEED_CODES[:4], rng.randint(1, 3))
        area = rng.choice(["Glasgow City", "Fife", "Renfrewshire", None])
        role = rng.choice(["self", "family", "worker", None])
        urgent, age = rng.random() < 0.5, rng.choice([None, 17, 30])
        now = datetime(2026, 11, 24, rng.randrange(24), tzinfo=timezone.utc)
        ctx = _Context(needs, frozenset(needs) if len(needs) > 1 else None, area,
                       vocab.health_board_of(area) if area else None, role,
                       (age, age) if age else None, None, urgent, now,
                       *local_moment(now), now.date() - timedelta(days=365))
        for need in needs:
            pool = [e for e in directory.entries.values() if e.status == "active" and need in e.needs
                    and (e.national or (area and area in e.served)) and _eligible(e, ctx)]
            if role != "worker" and any(not e.professional_only for e in pool):
                pool = [e for e in pool if not e.professional_only]
            expected = [e.slug for e in sorted(pool, key=lambda e: (-_points(e, ctx), e.name, e.id))][:MAX_PER_NEED]
            got = [s.entry.slug for s in _rank_need(directory, need, ctx)]
            if expected:
                assert got == expected, (needs, area, role, urgent, age, need)
    eng.dispose()


NO_CONTACT = """\
organisation:
  id: test-name-only
  name: Test Name Only
services:
  - id: test-name-only-housing
    name: Test Name Only Housing
    description: Fictional entry with no contact details.
    needs: [housing]
    areas: [Angus]
    referral: [self]
    source: https://test-name-only.example
    last_verified: 2026-11-01
    confidence: high
"""


def test_a_service_nobody_can_contact_ranks_below_national_routes(tmp_path):
    folder = tmp_path / "dir"
    shutil.copytree(FIXTURES, folder)
    (folder / "test-name-only.yml").write_text(NO_CONTACT)
    eng = create_engine(f"sqlite:///{tmp_path / 'd.sqlite3'}", future=True)
    result = load([folder], eng)
    assert any("no way to contact it" in str(w) for w in result.validation.warnings)
    p = build_plan(["housing"], "Angus", engine=eng, now=TUESDAY_10AM)
    assert names(p, "housing") == ["Test National Housing Line", "Test Name Only Housing"]
    entry = service(p, "housing", "Test Name Only Housing")
    assert "No phone or website listed yet" in entry["why"]
    assert "About: Fictional entry with no contact details." in render_text(p)
    eng.dispose()


def test_case_summary_has_date_needs_area_and_no_role_line_when_unknown():
    from datetime import datetime, timezone

    from services_db.plan import case_summary

    plan = {"needs": ["housing"], "council_area": "Glasgow City", "items": [], "helplines": []}
    now = datetime(2026, 7, 1, 23, 30, tzinfo=timezone.utc)  # 00:30 on 2 July in Scotland
    text = case_summary(plan, role="worker", urgent=True, now=now)
    assert text.startswith("Referral plan, 2 July 2026\n")
    assert "Needs: Somewhere to stay" in text and "Area: Glasgow City" in text
    assert "For: a worker's client" in text and "Help needed: today" in text
    unknown = case_summary(plan, role=None, urgent=False, now=now)
    assert "For:" not in unknown and "Help needed" not in unknown


WOMEN_ONLY = """\
organisation:
  id: test-womens-project
  name: Test Women's Project
services:
  - id: test-womens-project-housing
    name: Test Women's Housing
    needs: [housing]
    areas: [Glasgow City]
    referral: [self]
    eligibility:
      audience: [women]
    phones:
      - number: "0141 496 0077"
    source: https://test-women.example
    last_verified: 2026-11-01
    confidence: high
"""


def test_an_age_band_keeps_only_services_open_to_the_whole_band(engine):
    """Young People Line: up to 25; Family Support: 18 and over (fixtures)."""
    assert names(plan(engine, ["family"], age_band="16_17"), "family") == ["Test Young People Line"]
    assert names(plan(engine, ["family"], age_band="25_64"), "family") == ["Test Family Support"]
    both = names(plan(engine, ["family"], age_band="18_24"), "family")
    assert set(both) == {"Test Young People Line", "Test Family Support"}
    unknown = names(plan(engine, ["family"]), "family")
    assert set(unknown) == {"Test Young People Line", "Test Family Support"}


def test_an_exact_age_wins_over_a_band(engine):
    assert names(plan(engine, ["family"], age=30, age_band="18_24"), "family") == ["Test Family Support"]


def test_age_is_asked_only_when_it_changes_the_plan(engine):
    from services_db.plan import plan_questions

    assert plan_questions(["family"], "Glasgow City", engine=engine, now=TUESDAY_10AM) == ["age_band"]
    assert plan_questions(["justice"], "Glasgow City", engine=engine, now=TUESDAY_10AM) == []


def test_gender_is_asked_only_when_a_single_gender_service_is_in_play(engine, tmp_path):
    from services_db.plan import plan_questions

    assert "gender" not in plan_questions(["housing"], "Glasgow City", engine=engine, now=TUESDAY_10AM)
    folder = tmp_path / "dir"
    shutil.copytree(FIXTURES, folder)
    (folder / "test-womens-project.yml").write_text(WOMEN_ONLY)
    eng = create_engine(f"sqlite:///{tmp_path / 'd.sqlite3'}", future=True)
    assert load([folder], eng).loaded
    assert "gender" in plan_questions(["housing"], "Glasgow City", engine=eng, now=TUESDAY_10AM)
    for_a_man = names(build_plan(["housing"], "Glasgow City", gender="man", engine=eng, now=TUESDAY_10AM), "housing")
    for_a_woman = names(build_plan(["housing"], "Glasgow City", gender="woman", engine=eng, now=TUESDAY_10AM), "housing")
    another = names(build_plan(["housing"], "Glasgow City", gender="other", engine=eng, now=TUESDAY_10AM), "housing")
    assert "Test Women's Housing" not in for_a_man
    assert "Test Women's Housing" in for_a_woman and "Test Women's Housing" in another
    eng.dispose()


def test_age_bands_cover_every_age_from_12_once():
    assert [vocab.age_band_of(a) for a in (11, 12, 15, 16, 17, 18, 24, 25, 64, 65, 120, 121)] == [
        None, "under_16", "under_16", "16_17", "16_17", "18_24", "18_24", "25_64", "25_64",
        "65_plus", "65_plus", None]


def test_a_relatives_age_does_not_filter_the_family_members_own_support(engine):
    """"My son is 16": the son's age, not the parent's; Family Support (18+) stays."""
    p = plan(engine, ["family"], role="family", age_band="16_17")
    assert "Test Family Support" in names(p, "family")
