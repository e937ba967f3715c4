"""The shipped directory content, read straight from the YAML (independent of the engine).

Every phone number must be on the reviewed allow-list below, each traced to
shared/reference/scotland-services-facts.md and the source named beside it; CI does not
have the reference folder, so the list lives here and is changed only after review.
"""
from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
import yaml

from services_db import vocab

ORGS_DIR = Path(__file__).resolve().parent.parent / "services_db" / "data" / "organisations"

# digits -> where the facts file found it (reviewed 2026-11-23).
ALLOWED_NUMBERS = {
    "999": "Police Scotland domestic abuse advice page",
    "101": "Police Scotland domestic abuse advice page",
    "111": "NHS 24 111 service page; NHS Lothian RightCare",
    "18001111": "NHS 24 textphone (NHS Lothian RightCare)",
    "116123": "Samaritans contact page; NHS Right Decisions",
    "0800224488": "NHS inform helpline: NHS 24 Guide to Services",
    "0800838587": "Breathing Space own page",
    "08001111": "Childline: NSPCC column on sunderlandecho.com (medium)",
    "08000271234": "Domestic Abuse and Forced Marriage Helpline: Police Scotland; safer.scot",
    "08088010302": "Rape Crisis Scotland own pages",
    "01313138777": "Mental Welfare Commission own page",
    "08003896809": "Mental Welfare Commission own page",
    "08088010609": "With You drug-safety line as listed by NHS inform (medium, conflict noted)",
    "01896757843": "With You Borders: scottishpharmacist.co.uk 2021 (medium)",
    "01896664430": "NHS Borders Addictions: scottishpharmacist.co.uk 2021 (medium)",
    "01896750173": "CHIMES (Action for Children): scottishpharmacist.co.uk 2021 (medium)",
    "08005875879": "Know the Score: Scottish Government press release 2009 (medium, stale)",
    "08080101011": "SFAD helpline: three third-party sources (medium)",
    "01312203404": "Crew: own booklet 2017 (medium)",
    "07843339958": "MELD: East Lothian Council news, Sept 2024",
    "08088004444": "Shelter Scotland helpline own page",
    "01412870555": "Glasgow City Council homelessness page",
    "0800838502": "Glasgow City Council homelessness page (out of hours)",
    "03003431505": "Glasgow City Council homelessness page (out-of-hours social care)",
    "08000325968": "City of Edinburgh Council news, Oct 2022 (emergency homelessness)",
    "01467530577": "Aberdeenshire Council homelessness page",
    "03456081206": "Aberdeenshire Council homelessness page (out of hours)",
    "08081003151": "South Ayrshire Council homelessness page (Standby)",
    "08000277466": "Simon Community Scotland own page c.2017 (medium)",
    "08001822222": "Social Security Scotland: mygov.scot",
    "08000281456": "Citizens Advice helpline: third-party code (medium)",
    "08088084000": "National Debtline: Shelter Scotland page 2018 (medium)",
    "01315109410": "Scottish Independent Advocacy Alliance own FAQ",
    "08000282233": "ParentLine Scotland: Children 1st own page",
    "08002540088": "Families Outside own page",
}
# Out of date or unconfirmed numbers named in the facts file's warnings.
FORBIDDEN_NUMBERS = {"08457909090", "08088010690", "08007316969", "0800776600"}
PHONE_LIKE = re.compile(r"(?<![\w/.=-])(?:\+44\s?|0)\d[\d ]{6,12}\d\b|\b(?:999|101|111|116 ?123|85258|60777)\b")


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _load() -> list[tuple[Path, dict]]:
    return [(path, yaml.safe_load(path.read_text(encoding="utf-8")))
            for path in sorted(ORGS_DIR.glob("*.yml"))]


DOCS = _load()
SERVICES = [(path, svc) for path, doc in DOCS for svc in doc["services"]]
ACTIVE = [(path, svc) for path, svc in SERVICES if svc.get("status", "active") == "active"]


def _serves(svc: dict, area: str) -> bool:
    areas = set(svc["areas"])
    return bool(areas & {area, vocab.NATIONAL, vocab.health_board_of(area)})


def test_every_council_area_has_a_route_for_every_need():
    gaps = [(area, need) for area in vocab.COUNCIL_AREA_NAMES for need in vocab.NEED_CODES
            if not any(need in svc["needs"] and _serves(svc, area) for _, svc in ACTIVE)]
    assert gaps == []


def test_every_need_has_a_national_route():
    national = {need for _, svc in ACTIVE if svc["areas"] == [vocab.NATIONAL] for need in svc["needs"]}
    assert national == set(vocab.NEED_CODES)


def test_every_council_area_has_its_own_housing_route():
    for area in vocab.COUNCIL_AREA_NAMES:
        assert any("housing" in svc["needs"] and area in svc["areas"] for _, svc in ACTIVE), area


def test_every_council_area_has_an_adp_entry():
    adp_areas = [a for path, doc in DOCS if path.stem.endswith("-adp") or path.stem == "meldap"
                 for svc in doc["services"] for a in svc["areas"]]
    assert sorted(adp_areas) == sorted(vocab.COUNCIL_AREA_NAMES)
    assert len([p for p, _ in DOCS if p.stem.endswith("-adp") or p.stem == "meldap"]) == 30


def test_codes_and_areas_come_from_the_vocabulary():
    allowed_areas = set(vocab.COUNCIL_AREA_NAMES) | set(vocab.HEALTH_BOARDS) | {vocab.NATIONAL}
    for path, svc in SERVICES:
        assert svc["needs"] and set(svc["needs"]) <= set(vocab.NEED_CODES), (path.name, svc["id"])
        assert svc["areas"] and set(svc["areas"]) <= allowed_areas, (path.name, svc["id"])


def test_every_service_has_source_date_and_confidence():
    today = datetime.date.today()
    for path, svc in SERVICES:
        assert isinstance(svc.get("source"), str) and svc["source"].strip(), (path.name, svc["id"])
        assert isinstance(svc.get("last_verified"), datetime.date), (path.name, svc["id"])
        assert svc["last_verified"] <= today, (path.name, svc["id"])
        assert svc.get("confidence") in ("high", "medium"), (path.name, svc["id"])


def test_every_shipped_phone_number_is_on_the_reviewed_list():
    for path, svc in SERVICES:
        numbers = [p["number"] for p in svc.get("phones") or []]
        for number in numbers:
            assert digits(number) in ALLOWED_NUMBERS, (path.name, svc["id"], number)


def test_no_unreviewed_number_hides_in_free_text():
    allowed = set(ALLOWED_NUMBERS) | {"85258", "60777"}
    for path in ORGS_DIR.glob("*.yml"):
        for match in PHONE_LIKE.finditer(path.read_text(encoding="utf-8")):
            assert digits(match.group(0)) in allowed, (path.name, match.group(0))


@pytest.mark.parametrize("number", sorted(FORBIDDEN_NUMBERS))
def test_out_of_date_numbers_are_absent(number):
    for path in ORGS_DIR.glob("*.yml"):
        assert number not in digits(path.read_text(encoding="utf-8")), path.name


def test_fair_start_scotland_is_never_active():
    fair_start = [svc for _, svc in SERVICES if "fair start" in svc["name"].lower()]
    assert fair_start and all(svc["status"] == "inactive" for svc in fair_start)


def test_closed_or_suspended_services_are_not_offered():
    for _, svc in ACTIVE:
        text = f"{svc['name']} {svc['description']}".lower()
        assert "hamish allan" not in text
        assert "throughcare support officer" not in text


def test_samaritans_and_drug_safety_line_use_the_current_numbers():
    by_id = {svc["id"]: svc for _, svc in SERVICES}
    assert [digits(p["number"]) for p in by_id["samaritans-helpline"]["phones"]] == ["116123"]
    line = by_id["with-you-drug-safety-line"]
    assert [digits(p["number"]) for p in line["phones"]] == ["08088010609"]
    assert line["confidence"] == "medium"
    edinburgh = by_id["city-of-edinburgh-council-homelessness"]
    assert [digits(p["number"]) for p in edinburgh["phones"]] == ["08000325968"]


def test_medium_confidence_for_stale_or_third_party_numbers():
    medium_ids = {"know-the-score", "sfad-helpline", "childline-helpline", "citizens-advice-helpline",
                  "national-debtline-helpline", "crew-drop-in", "simon-community-freephone"}
    by_id = {svc["id"]: svc for _, svc in SERVICES}
    assert {i for i in medium_ids if by_id[i]["confidence"] != "medium"} == set()


def test_not_checked_live_is_recorded():
    for path, svc in SERVICES:
        assert "not live" in (svc.get("notes") or ""), (path.name, svc["id"])


def test_file_name_is_the_organisation_id_and_ids_are_unique():
    ids = [svc["id"] for _, svc in SERVICES]
    assert len(ids) == len(set(ids))
    for path, doc in DOCS:
        assert doc["organisation"]["id"] == path.stem
