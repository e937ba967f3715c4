"""The one place for the navigator's controlled vocabularies.

Need codes come from docs/contract.md; council areas and health boards come from
the official list (GSS codes) in shared/reference/geography, copied here so the
project never reads the reference folder at run time.
"""
from __future__ import annotations

from dataclasses import dataclass

NEED_CODES: tuple[str, ...] = (
    "treatment",
    "harm_reduction",
    "housing",
    "mental_health",
    "money",
    "employment",
    "family",
    "justice",
    "physical_health",
)

NEED_LABELS: dict[str, str] = {
    "treatment": "Drug or alcohol treatment",
    "harm_reduction": "Harm reduction and naloxone",
    "housing": "Somewhere to stay",
    "mental_health": "Mental health",
    "money": "Money, benefits and food",
    "employment": "Work and training",
    "family": "Family support",
    "justice": "Police, court or prison",
    "physical_health": "Physical health",
}

# Short lower-case words for a need inside a sentence ("Covers housing and treatment").
NEED_SHORT_LABELS: dict[str, str] = {
    "treatment": "treatment",
    "harm_reduction": "harm reduction",
    "housing": "housing",
    "mental_health": "mental health",
    "money": "money and benefits",
    "employment": "work and training",
    "family": "family support",
    "justice": "justice",
    "physical_health": "physical health",
}

ROLES: tuple[str, ...] = ("self", "family", "worker")
CRISIS_TYPES: tuple[str, ...] = (
    "overdose", "medical", "suicidal", "self_harm", "abuse", "child_at_risk",
)
NATIONAL = "Scotland"


@dataclass(frozen=True)
class AgeBand:
    code: str
    label: str
    youngest: int
    oldest: int


# Age bands the chat and the worker page offer (the plan checks a service's age limits
# against the whole band: a service for 16 to 24s is offered to "18 to 24" but not to
# "25 to 64"). Under 16 starts at 12: the navigator is not designed for younger children.
AGE_BANDS: dict[str, AgeBand] = {b.code: b for b in (
    AgeBand("under_16", "Under 16", 12, 15),
    AgeBand("16_17", "16 or 17", 16, 17),
    AgeBand("18_24", "18 to 24", 18, 24),
    AgeBand("25_64", "25 to 64", 25, 64),
    AgeBand("65_plus", "65 or over", 65, 120),
)}


def age_band_of(age: int) -> str | None:
    """The band an exact age falls in (None below 12 or for an impossible age)."""
    return next((b.code for b in AGE_BANDS.values() if b.youngest <= age <= b.oldest), None)


# Gender, asked only when a service in the plan is for women or for men only.
GENDERS: dict[str, str] = {"woman": "A woman", "man": "A man", "other": "Another way"}
# The directory's eligibility audience words for single-gender services.
GENDER_AUDIENCES: dict[str, str] = {"women": "woman", "men": "man"}


@dataclass(frozen=True)
class CouncilArea:
    name: str
    gss_code: str
    health_board: str
    health_board_code: str


# Source: ONS/NRS council area and NHS health board GSS codes
# (shared/reference/geography/scotland_council_areas_health_boards.csv).
COUNCIL_AREAS: tuple[CouncilArea, ...] = tuple(
    CouncilArea(*row)
    for row in (
        ("East Ayrshire", "S12000008", "NHS Ayrshire and Arran", "S08000015"),
        ("North Ayrshire", "S12000021", "NHS Ayrshire and Arran", "S08000015"),
        ("South Ayrshire", "S12000028", "NHS Ayrshire and Arran", "S08000015"),
        ("Scottish Borders", "S12000026", "NHS Borders", "S08000016"),
        ("Dumfries and Galloway", "S12000006", "NHS Dumfries and Galloway", "S08000017"),
        ("Fife", "S12000047", "NHS Fife", "S08000029"),
        ("Clackmannanshire", "S12000005", "NHS Forth Valley", "S08000019"),
        ("Falkirk", "S12000014", "NHS Forth Valley", "S08000019"),
        ("Stirling", "S12000030", "NHS Forth Valley", "S08000019"),
        ("Aberdeen City", "S12000033", "NHS Grampian", "S08000020"),
        ("Aberdeenshire", "S12000034", "NHS Grampian", "S08000020"),
        ("Moray", "S12000020", "NHS Grampian", "S08000020"),
        ("East Dunbartonshire", "S12000045", "NHS Greater Glasgow and Clyde", "S08000031"),
        ("East Renfrewshire", "S12000011", "NHS Greater Glasgow and Clyde", "S08000031"),
        ("Glasgow City", "S12000049", "NHS Greater Glasgow and Clyde", "S08000031"),
        ("Inverclyde", "S12000018", "NHS Greater Glasgow and Clyde", "S08000031"),
        ("Renfrewshire", "S12000038", "NHS Greater Glasgow and Clyde", "S08000031"),
        ("West Dunbartonshire", "S12000039", "NHS Greater Glasgow and Clyde", "S08000031"),
        ("Argyll and Bute", "S12000035", "NHS Highland", "S08000022"),
        ("Highland", "S12000017", "NHS Highland", "S08000022"),
        ("North Lanarkshire", "S12000050", "NHS Lanarkshire", "S08000032"),
        ("South Lanarkshire", "S12000029", "NHS Lanarkshire", "S08000032"),
        ("City of Edinburgh", "S12000036", "NHS Lothian", "S08000024"),
        ("East Lothian", "S12000010", "NHS Lothian", "S08000024"),
        ("Midlothian", "S12000019", "NHS Lothian", "S08000024"),
        ("West Lothian", "S12000040", "NHS Lothian", "S08000024"),
        ("Orkney Islands", "S12000023", "NHS Orkney", "S08000025"),
        ("Shetland Islands", "S12000027", "NHS Shetland", "S08000026"),
        ("Angus", "S12000041", "NHS Tayside", "S08000030"),
        ("Dundee City", "S12000042", "NHS Tayside", "S08000030"),
        ("Perth and Kinross", "S12000048", "NHS Tayside", "S08000030"),
        ("Na h-Eileanan Siar", "S12000013", "NHS Western Isles", "S08000028"),
    )
)

# Older GSS codes still found in some data sets (boundary changes 2018/2019).
PREVIOUS_COUNCIL_CODES: dict[str, str] = {
    "S12000015": "S12000047",  # Fife
    "S12000046": "S12000049",  # Glasgow City
    "S12000044": "S12000050",  # North Lanarkshire
    "S12000024": "S12000048",  # Perth and Kinross
}

COUNCIL_AREA_NAMES: tuple[str, ...] = tuple(c.name for c in COUNCIL_AREAS)
BY_NAME: dict[str, CouncilArea] = {c.name: c for c in COUNCIL_AREAS}
BY_CODE: dict[str, CouncilArea] = {c.gss_code: c for c in COUNCIL_AREAS}
HEALTH_BOARDS: tuple[str, ...] = tuple(dict.fromkeys(c.health_board for c in COUNCIL_AREAS))


def health_board_of(council_area: str) -> str | None:
    area = BY_NAME.get(council_area)
    return area.health_board if area else None


def council_areas_in(health_board: str) -> tuple[str, ...]:
    return tuple(c.name for c in COUNCIL_AREAS if c.health_board == health_board)


def council_by_code(code: str) -> CouncilArea | None:
    return BY_CODE.get(PREVIOUS_COUNCIL_CODES.get(code, code))
