"""Deterministic crisis layer: lexicon and patterns run on every message.

`detect(text)` returns a CrisisHit (type from services_db.vocab.CRISIS_TYPES) or None.
It handles slang, common misspellings and third-party wording ("my pal's not
breathing"), and ignores a match when its clause is negated ("I'm not going to
hurt myself") or clearly about the past ("I used to self-harm", "my brother died
of an overdose last year"). It never logs or returns the message text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from services_db.vocab import CRISIS_TYPES


@dataclass(frozen=True)
class CrisisHit:
    type: str
    cue: str  # name of the pattern that matched (never the user's words)


# Person words for third-party wording.
_WHO = r"(?:he|she|they|him|her|them|my \w+|his \w+|her \w+|the \w+|someone|somebody|a \w+|mate|pal|partner|friend|boyfriend|girlfriend|bf|gf|man|guy|lassie|wee \w+)"
_SELF = r"(?:myself|masel|mysel|maself|my ?self|me)"
_ANY_SELF = r"(?:myself|masel|mysel|maself|my ?self|himself|herself|themselves|themself|hisself)"
_DRUGS = (
    r"(?:gear|smack|heroin|h\b|kit|fent\w*|opiate\w*|opioid\w*|methadone|meth|bupe|"
    r"benz\w*|vall?(?:ie|y)s?|jell(?:ie|y)s?|etiz\w*|street valium|pills?|tabs?|"
    r"coke|crack|charlie|ket\w*|spice|drugs?|drink|bevvy|swally|alcohol|vodka|"
    r"pregab\w*|gabapentin|gabbies|xanax|dose|hit|jag|tem\w*|oxy\w*|something)"
)

# (type, cue, pattern). Order matters: the first matching type wins per clause;
# across clauses the most urgent type (see _PRIORITY) wins.
_PATTERNS: list[tuple[str, str, str]] = [
    # --- overdose in progress (999) ---
    ("overdose", "not_breathing",
     r"\b(?:not|nt|no|isn'?t|isnt|aint|ain'?t|stopped|stop|barely|hardly|no longer|nae|isnae) ?(?:breathing|breathin|breething|breating|breathng)\b"),
    ("overdose", "cant_breathe_other",
     rf"\b{_WHO}'?s? (?:can'?t|cannae|cant|canny) breath?e?\b"),
    ("overdose", "blue_lips",
     r"\b(?:lips?|face|fingers?|fingertips|skin)\b[\w' ]{0,20}\b(?:blue|grey|gray|purple)\b|\b(?:blue|grey|purple) lips?\b|\b(?:he'?s|she'?s|they'?re|he is|she is|gone|going|turning|turned) blue\b"),
    ("overdose", "wont_wake",
     r"\b(?:won'?t|wont|will not|cannae|canny|can'?t|cant|can not|cannot|unable to|not able to|wouldn'?t|willnae|winnae) (?:wake|wak|waken|wakin|rouse|get a response)\b|\bnot waking\b|\b(?:isn'?t|is not|isnae|not) waking(?: up)?\b|\bwon'?t come round\b|\bnot coming round\b"),
    ("overdose", "unresponsive",
     r"\bunrespon\w*|\b(?:not|isn'?t|isnt|aren'?t|no|stopped) respond\w*|\bno response from (?:him|her|them)\b|\b(?:he'?s|she'?s|they'?re|he is|she is|they are) not moving\b|\b(?:he|she|they) (?:isn'?t|aren'?t) moving\b|\bpassed out\b|\bunconcious|\bunconscious|\bkeeled over\b|\bout cold\b|\bfloppy\b"),
    ("overdose", "snoring_gurgling",
     r"\b(?:snoring|gurgl\w*|rattl\w* (?:noise|sound|breath)|making a (?:weird|funny|strange) (?:noise|sound))\b"),
    ("overdose", "overdose_word",
     r"\b(?:over ?dos(?:e|ed|ing|in)|ovedose\w*|overdoes\w*|overdosd|od'?d|od'?ing|o\.d\.?|oding|od)\b"),
    ("overdose", "took_too_much",
     r"\b(?:taken|took|necked|swallowed|dropped|injected|jagged|smoked|done)\b[\w' ]{0,25}\b(?:too much|too many|a whole|the whole|all (?:my|his|her|their|the)|loads of|a load of|a full)\b"),
    ("overdose", "naloxone_now",
     r"\b(?:need|get|give|giving|where'?s|wheres|got any|have you got)\b[\w' ]{0,15}\b(?:naloxone|narcan|nyxoid|prenoxad)\b[\w' ]{0,15}\b(?:now|quick|asap|fast|right now)\b|\bnaloxone (?:now|quick|asap)\b"),
    ("overdose", "breathing_wrong",
     r"\bbreathing (?:is )?(?:really |very |so )?(?:slow|shallow|funny|weird|strange|wrong)\b|\bbreathing funny\b"),
    ("overdose", "gone_over",
     r"\b(?:he'?s|she'?s|someone'?s|somebody'?s|pal'?s|mate'?s|they'?ve|has|have) dropped\b(?! (?:off|out|by|round|in|my|the|it))|\b(?:he'?s|she'?s|they'?ve|they'?re|pal'?s|mate'?s|has|have|who'?s|he|she) (?:gone|went) over\b(?! to| the| my| it)"),
    ("overdose", "collapsed_after_use",
     rf"\b(?:collaps\w*|fell out|gouch\w*|nodding out|gone over|went over)\b.*\b(?:{_DRUGS}|after (?:injecting|using|taking|smoking|jagging)|a hit|a bag)\b|\b{_DRUGS}\b.*\b(?:collaps\w*|fell out|gone over|went over)\b"),
    # --- medical emergency (999) ---
    ("medical", "chest_pain", r"\bchest (?:pain|pains|is tight|tightness|hurts?)\b|\bpains? in (?:my|his|her|their|the) chest\b|\bheart attack\b|\bhaving a stroke\b"),
    ("medical", "seizure", r"\b(?:seizure|seizures|fitting|having a fit|took a fit|convuls\w*)\b"),
    ("medical", "cant_breathe_self", r"\b(?:can'?t|cannae|cant|canny|struggling to|can hardly) breath?e?\b"),
    ("medical", "bleeding", r"\b(?:won'?t|will not|wont|can'?t|cannae) stop (?:the )?bleeding\b|\bbleeding\b[\w' ]{0,20}\b(?:bad|badly|heavily|a lot|loads|won'?t stop|will not stop|everywhere)\b|\b(?:blood|bleeding) everywhere\b|\blosing (?:a lot of )?blood\b"),
    ("medical", "collapsed", r"\bcollaps(?:ed|ing)\b|\bfell and hit (?:his|her|their|my) head\b"),
    ("medical", "ambulance", r"\b(?:need|get|call) (?:an )?ambulance\b"),
    ("medical", "limb_wound", r"\b(?:leg|arm|wound|abscess|groin)\b[\w' ]{0,25}\b(?:black|rotting|gone green|turning black|septic)\b|\bsepsis\b"),
    # --- suicidal ---
    ("suicidal", "kill_self",
     rf"\b(?:kill|killin|killing|kil|end|ending|top|topping) {_ANY_SELF}\b|\bdo(?:ing)? {_ANY_SELF} in\b|\bkms\b"),
    ("suicidal", "suicide_word", r"\bsu[iu]c[iu]d\w*|\bsui?ci?d\w*|\bsuiside\w*|\bsuicide\w*"),
    ("suicidal", "end_it",
     r"\b(?:end|ending|finish|finishing) (?:it|it all|things|my life|his life|her life|their life|everything)\b(?! with)|\btak(?:e|ing) (?:my|his|her|their) (?:own )?life\b"),
    ("suicidal", "want_to_die",
     r"\b(?:want|wanna|wants|wanting|going|gonna|ready|tryna|trying) (?:to )?die\b|\bwish (?:i|he|she|they) (?:was|were) dead\b|\bwish i (?:wasn'?t|wasnae|was not) (?:here|alive)\b|\brather (?:be dead|die)\b|\bbetter off dead\b|\bbetter off without (?:me|him|her|them)\b|\bbetter off if (?:i|he|she) (?:wasn'?t|wasnae|was not|weren'?t) (?:here|around|alive)\b|\b(?:want|wanna) to dye\b"),
    ("suicidal", "dont_want_to_live",
     r"\b(?:don'?t|dont|dinnae|do not|doesn'?t|does not) (?:want|wanna) (?:to )?(?:live|be alive|wake up|exist|go on|be here(?: anymore| any more| no more|$))\b|\bno (?:point|reason) (?:in )?(?:living|being alive|going on|to live|carrying on)\b|\b(?:can'?t|cannae|cant|canny) (?:go on|do this anymore|take (?:it|this) any ?more|cope any ?more|keep going)\b|\bnot be here (?:anymore|tomorrow)\b|\bgo to sleep (?:and|n) (?:not|never) wake\b|\b(?:what'?s|whats) the point (?:in|of) (?:living|life|going on|being here|being alive)\b"),
    ("suicidal", "method",
     r"\b(?:hang|hanging|gas|gassing) (?:myself|himself|herself|themselves)\b|\bjump(?:ing)? (?:off|in front of) (?:a |the )?(?:\w+ ){0,2}(?:bridge|train|building|roof|cliff|car|bus)\b|\b(?:want|wish) (?:it|everything|it all) (?:to )?(?:stop|end|be over) (?:for good|forever|for ever)\b|\bon purpose\b[\w' ]{0,20}\b(?:pills|overdose|od)\b|\b(?:thinking|think|thought) (?:about|of) (?:taking|swallowing|necking) (?:all|the whole|a whole)\b|\bsav(?:ed|ing) up (?:my |his |her |their )?(?:pills|tablets|meds|methadone)\b|\b(?:pills|tablets|meds|methadone) saved up\b"),
    ("suicidal", "goodbye_note", r"\b(?:suicide|goodbye) note\b|\bsaying goodbye to every\w*\b|\b(?:letters?|notes?) (?:to|for) [\w ]{0,20}\bsaying goodbye\b"),
    # --- self-harm ---
    ("self_harm", "self_harm_word", r"\bse?le?f[ -]?harm\w*|\bself[ -]?injur\w*"),
    ("self_harm", "cutting_again", r"\b(?:been|started|start|keep|am|i'?m|back to) cutting\b|\bcutting (?:again|my arms?|my legs?)\b"),
    ("self_harm", "cut_self",
     rf"\b(?:cut|cutting|cuttin|slash|slashing|burn|burning|burnt|scratch|scratching|hurt|hurting|hurtin|harm|harming|punch|punching|batter|battering|starve|starving|hit|hitting|bang|banging|burned) {_ANY_SELF}\b"),
    ("self_harm", "urge", r"\burge to (?:cut|hurt|harm|burn)\b"),
    # --- child at risk ---
    ("child_at_risk", "child_alone",
     r"\b(?:child|children|kid|kids|wean|weans|bairn|bairns|baby|babies|toddler|wee one|wee ones)\b[\w' ]{0,30}\b(?:home alone|left alone|alone in the (?:house|flat)|on (?:his|her|their) own)\b|\bleft (?:the|my|a|his|her|their) (?:child|kids?|weans?|bairns?|baby|toddler)\w* (?:alone|on (?:their|his|her) own)\b"),
    ("child_at_risk", "child_harmed",
     r"\b(?:hit|hits|hitting|beat|beats|beating|batter\w*|hurt|hurts|hurting|abus\w*|molest\w*|neglect\w*|starv\w*|kick\w*|punch\w*|slap\w*|smack\w*)\b[\w' ]{0,20}\b(?:the|my|a|his|her|their|our|this) (?:child|children|kid|kids|wean|weans|bairn|bairns|baby|toddler|wee one|son|daughter|wee boy|wee girl|grandchild|grandson|granddaughter|niece|nephew)\b"),
    ("child_at_risk", "child_danger",
     r"\b(?:child|children|kid|kids|wean|weans|bairn|bairns|baby|toddler|wee one|wee ones|wee boy|wee girl|grandchild|grandkids|niece|nephew)\w*\b[\w' ]{0,30}\b(?:in danger|aren'?t safe|are not safe|drank (?:some of |some )?(?:my |his |her |their |the )?(?:methadone|pills|tablets|vodka|drink|gear)|not safe|isn'?t safe|unsafe|being hurt|being abused|being hit|got into (?:my|his|her|their|the) (?:methadone|pills|gear|drugs|tablets|stuff)|swallowed|found (?:my|his|her|their|the) (?:methadone|pills|gear|drugs|tablets))\b|\b(?:worried about a child|children are at risk|child is at risk|child protection concern)\b"),
    ("child_at_risk", "child_reports_harm",
     r"\b(?:child|kid|pupil|wean|bairn|girl|boy)\b[\w' ]{0,40}\b(?:beats|hits|hurts|batters|touches|abuses|kicks) (?:her|him|them)\b"),
    # --- abuse ---
    ("abuse", "partner_violence",
     r"\b(?:he|she|they|partner|boyfriend|girlfriend|husband|wife|ex|man|bf|gf|fella|da|dad|mum|maw|brother|flatmate)\b[\w' ]{0,20}\b(?:hits|hit|beats|beat|battered|batters|kicked|kicks|punched|punches|strangled|strangles|choked|chokes|slapped|slaps|raped|rapes|threatens|threatened|hurts|hurt|pushed|pushes|assaulted|attacks|attacked)\b (?:me|us)\b(?! up)"),
    ("abuse", "third_party_violence",
     r"\b(?:is|keeps|been|he'?s|she'?s) (?:battering|beating|hitting|abusing|strangling|choking|leathering) (?:her|him|them|my (?:mum|maw|sister|pal|friend|brother))\b"),
    ("abuse", "third_party_violence_simple",
     r"\b(?:man|boyfriend|husband|partner|fella|bf|ex)\b[\w' ]{0,10}\b(?:batters|beats|hits|chokes|strangles|abuses|hurts) (?:her|him|them)\b"),
    ("abuse", "abuse_word",
     r"\bdomestic (?:abuse|violence)\b|\b(?:being|been|getting|get) (?:abused|beaten|hit|raped|assaulted|strangled|choked|battered|leathered)\b|\babusive (?:partner|relationship|boyfriend|girlfriend|husband|wife|ex)\b|\braped\b|\bsexual(?:ly)? assault\w*|\bcoercive\w*\b|\bforced marriage\b"),
    ("abuse", "fear_partner",
     r"\b(?:scared|afraid|frightened|feart|terrified) (?:of|o) (?:him|her|them|(?:my|the) (?:partner|boyfriend|girlfriend|husband|wife|ex|man|fella))\b|\b(?:going to|gonna|will|threatening to|threatened to|threatens to) (?:kill|stab|hurt|batter|kick|knife) me\b|\bstab(?:bed)? me\b|\bnot safe (?:at home|in my (?:house|flat|home))\b|\bdon'?t feel safe (?:at home|in my (?:house|flat|home)|with (?:him|her|them))\b|\bwon'?t let me (?:leave|out|go out|see (?:my|me)|have (?:my|a) phone)\b|\b(?:he|she) takes all my money\b"),
]
_COMPILED = [(t, cue, re.compile(p)) for t, cue, p in _PATTERNS]
_PRIORITY = {t: i for i, t in enumerate(
    ("overdose", "medical", "child_at_risk", "suicidal", "self_harm", "abuse"))}
assert set(_PRIORITY) == set(CRISIS_TYPES)

# Cues that cancel a match when they come just before it ("I'm not going to ...").
_NEGATION = re.compile(
    r"\b(?:not|never|no|nae|dont|don'?t|didnt|didn'?t|wont|won'?t|wouldn'?t|wouldnt|"
    r"isnae|willnae|dinnae|no longer|nobody|none|stopped|quit|"
    r"no plans?|no intention|no thoughts?|not thinking)\b|n't\b"
)
# Patterns that carry their own negation are never cancelled by it.
_SELF_NEGATED = {"not_breathing", "wont_wake", "unresponsive", "dont_want_to_live",
                 "cant_breathe_other", "cant_breathe_self", "child_danger", "fear_partner"}
# A clause about the past (and nothing now) is not a crisis.
_PAST = re.compile(
    r"\b(?:used to|use to|years? ago|months ago|last (?:year|month|summer|christmas|winter|spring|autumn)|"
    r"when i was (?:younger|a kid|a teenager|at school|wee|in my teens|\d+)|as a (?:teenager|kid|child)|"
    r"in the past|back in \d{4}|in \d{4}|died|dead now|passed away|passed on|lost (?:my|his|her|our) \w+ to|"
    r"funeral|anniversary|a while ago|long time ago|ages ago|history of|previously|survived|recovered from|"
    r"years back|bereave\w*)"
)
# Recent past: over for overdose/medical, but still a live risk for suicide/self-harm/abuse.
_RECENT_PAST = re.compile(
    r"\b(?:last night|yesterday|last week|last weekend|the other day|few days ago|"
    r"was in hospital|ended up in hospital|in hospital now|is in hospital|recovering)\b"
)
_PRESENT = re.compile(
    r"\b(?:right now|tonight|today|again|started|starting|keep|keeps|currently|at the moment|atm|still|"
    r"this morning|this evening|back to)\b"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:what (?:do|should|would) (?:i|you|we) do if|what if|how do (?:i|you) (?:spot|know|tell)|signs of|"
    r"what are the signs|in case|training|course|learn|leaflet|kit|carry|prevent\w*|avoid|risk|"
    r"awareness|deaths|statistics|figures|might|could|in case|(?:scared|worried|afraid|feart|frightened|fear)\b[\w' ]{0,20}(?:od|overdos\w*))\b"
)
_SENTENCE = re.compile(r"[.!?;\n]+")
_CLAUSE_SPLIT = re.compile(r"[.!?;\n]+|,|\bbut\b|\bbecause\b|\bcos\b|\band\b|\bthough\b")


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"(.)\1{2,}", r"\1\1", text)  # "pleeeease" -> "pleease"
    text = re.sub(r"\bim\b", "i'm", text)
    text = re.sub(r"\bu\b", "you", text)
    return re.sub(r"\s+", " ", text).strip()


def _negated(before: str) -> bool:
    return bool(_NEGATION.search(" ".join(before.split()[-4:])))


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_SPLIT.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_SPLIT.finditer(text, end)), len(text))
    return left, right


def _hits(text: str) -> tuple[list[CrisisHit], bool]:
    """Crisis hits, and whether some pattern matched but was ruled out (negated, past...)."""
    hits, ruled_out = [], False
    for crisis_type, cue, pattern in _COMPILED:
        for match in pattern.finditer(text):
            left, right = _clause_around(text, match.start(), match.end())
            clause = text[left:right]
            if _ruled_out(text, clause, match.start() - left, crisis_type, cue, match.group()):
                ruled_out = True
                continue
            hits.append(CrisisHit(crisis_type, cue))
            break
    return hits, ruled_out


def _ruled_out(text: str, clause: str, start: int, crisis_type: str, cue: str,
               matched: str) -> bool:
    if cue not in _SELF_NEGATED and (_negated(clause[:start]) or _NEGATION.search(matched)):
        return True
    sentence = next((s for s in _SENTENCE.split(text) if clause in s), clause)
    if _PAST.search(sentence) and not _PRESENT.search(text):
        return True
    if crisis_type == "overdose" and _RECENT_PAST.search(text) and not _PRESENT.search(text):
        return True
    return crisis_type in ("overdose", "medical") and bool(_HYPOTHETICAL.search(clause)) \
        and cue not in _SELF_NEGATED - {"cant_breathe_self"}


@dataclass(frozen=True)
class Assessment:
    hit: CrisisHit | None
    ruled_out: bool  # crisis words were there but negated, past or hypothetical


def assess(text: str) -> Assessment:
    """The most urgent crisis in `text`, and whether crisis words were ruled out."""
    if not text:
        return Assessment(None, False)
    hits, ruled_out = _hits(_normalise(text))
    hit = min(hits, key=lambda h: _PRIORITY[h.type]) if hits else None
    return Assessment(hit, ruled_out and hit is None)


def detect(text: str) -> CrisisHit | None:
    """Return the most urgent crisis found in `text`, or None."""
    return assess(text).hit
