"""Quality gates on messages the model never trained on: the NLU files tests/data/nlu_heldout.yml,
nlu_final.yml, nlu_third.yml, nlu_fourth.yml and nlu_fortysecond.yml to nlu_sixtysecond.yml, and every
crisis file tests/data/crisis_*.yml. (The sixth to tenth sets' crisis files became crisis training
data on 3 December; the fifth to twenty-first sets' NLU files became need training data on 6 December
and the twenty-second to forty-first sets' on 7 December; the eleventh to forty-first sets' crisis files
are still test sets.)

What every run gates (`make test`, CI): the crisis gates (every explicit and overdose crisis
caught, false alarms under the ceilings: the safety gates) on the issue's crisis sets
(held-out, final, third, fourth) and the NEWEST_CRISIS_SETS newest crisis files, and the
needs, place and ordinary-alarm gates on the issue's gate sets (held-out, third, fourth) and
the NEWEST_SETS newest NLU sets. The older files take as long again to parse (each message
runs nine encoder layers; docs/benchmarks.md, "CI time"), so their gates run with
NWD_QUALITY_SETS=all (`make quality`), which is part of changing the lexicons, the training
data or the pipeline (docs/conversation.md).

Loads the trained model, with the same components the bot runs, in two worker processes
(each message is parsed alone, exactly as in one process; a test checks that). Full figures:
scripts/evaluate_nlu.py (docs/benchmarks.md). The gates are floors, not the figures.
"""
from __future__ import annotations

import os
import sys

import pytest
import yaml

from navigator.settings import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import evaluate_intents  # noqa: E402
import evaluate_nlu  # noqa: E402

# Needs micro-F1 floors: 0.85 on the held-out, third and fourth sets (the issue's gate; the
# fourth set's first run gave 0.856); the final set, whose wording is further from the training
# data, is held to a regression floor under its first run (0.819); the forty-second (first run
# 0.882), the forty-third (0.856), the forty-fourth (0.885), the forty-fifth (0.904), the forty-sixth
# (0.905), the forty-seventh (0.869), the forty-eighth (0.861), the forty-ninth (0.886), the fiftieth
# (0.910), the fifty-first (0.925), the fifty-second (0.884), the fifty-third (0.900), the fifty-fourth
# (0.917), the fifty-fifth (0.917), the fifty-sixth (0.916), the fifty-seventh (0.912), the fifty-eighth (0.907),
# the fifty-ninth (0.907) and the sixtieth to sixty-second (first runs in docs/benchmarks.md) at 0.85
# (docs/benchmarks.md). The twenty-second to forty-first sets' NLU files are training data now.
NEEDS_F1_FLOOR = {"heldout": 0.85, "final": 0.80, "third": 0.85, "fourth": 0.85,
                  "fortysecond": 0.85, "fortythird": 0.85, "fortyfourth": 0.85, "fortyfifth": 0.85,
                  "fortysixth": 0.85, "fortyseventh": 0.85, "fortyeighth": 0.85, "fortyninth": 0.85,
                  "fiftieth": 0.85, "fiftyfirst": 0.85, "fiftysecond": 0.85, "fiftythird": 0.85,
                  "fiftyfourth": 0.85, "fiftyfifth": 0.85, "fiftysixth": 0.85, "fiftyseventh": 0.85,
                  "fiftyeighth": 0.85, "fiftyninth": 0.85, "sixtieth": 0.85, "sixtyfirst": 0.85,
                  "sixtysecond": 0.85}
# The issue's target (needs micro-F1 0.90) on every gated NLU message at once: with `make quality`,
# all the sets still held out, taken as one held-out set of about 6,500 messages.
POOLED_NEEDS_F1_FLOOR = 0.90
CRISIS_SET_FALSE_ALARMS_CEILING = 0.10   # safety.md: under 10% on look-alike messages
ORDINARY_FALSE_ALARMS_CEILING = 0.05     # ordinary requests answered as a crisis
# The NLU test sets, in the order written; the crisis test sets, likewise.
TEST_SETS = ["heldout", "final", "third", "fourth", "fortysecond", "fortythird", "fortyfourth", "fortyfifth",
             "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth", "fiftyfirst",
             "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh",
             "fiftyeighth", "fiftyninth", "sixtieth", "sixtyfirst", "sixtysecond"]
# The twenty-second to forty-first sets' NLU files became need training data on 7 December; their
# crisis files are still test sets.
FORMER_NLU_SETS = ["twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth",
                   "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst",
                   "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth",
                   "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst"]
CRISIS_SETS = ["heldout", "final", "third", "fourth", "eleventh", "twelfth", "thirteenth", "fourteenth",
               "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
               "twentyfirst", *FORMER_NLU_SETS, *TEST_SETS[4:]]
ISSUE_GATE_SETS = ("heldout", "third", "fourth")
ISSUE_CRISIS_SETS = ("heldout", "final", "third", "fourth")
# Every run gates the newest four NLU sets and four crisis files (with the issue's); CI on a slow
# day was over 30 minutes with six and twenty, and with four and ten, and 29.6 with four and six
# (docs/benchmarks.md, "CI time").
NEWEST_SETS = 4
NEWEST_CRISIS_SETS = 4
ALL_SETS_VARIABLE = "NWD_QUALITY_SETS"


def needs_gated_sets(all_sets: bool) -> list[str]:
    """The NLU sets whose needs, place and ordinary-alarm gates run: all of them, or the
    issue's gate sets and the NEWEST_SETS newest (TEST_SETS is in the order written)."""
    if all_sets:
        return list(TEST_SETS)
    return [name for name in TEST_SETS if name in ISSUE_GATE_SETS or name in TEST_SETS[-NEWEST_SETS:]]


def crisis_gated_sets(all_sets: bool) -> list[str]:
    """The crisis files whose safety gates run: all of them, or the issue's crisis sets and
    the NEWEST_CRISIS_SETS newest (CRISIS_SETS is in the order written)."""
    if all_sets:
        return list(CRISIS_SETS)
    return [name for name in CRISIS_SETS
            if name in ISSUE_CRISIS_SETS or name in CRISIS_SETS[-NEWEST_CRISIS_SETS:]]


_ALL = os.environ.get(ALL_SETS_VARIABLE, "") == "all"
NLU_SETS = needs_gated_sets(_ALL)
GATED_CRISIS_SETS = crisis_gated_sets(_ALL)
# Every file's parse (`make quality`: 25 NLU sets and 56 crisis files, about 20,700 messages) is
# charged to the first test's setup: about 11 minutes alone on 2 cores, more beside other work
# (it timed out at pytest.ini's 900 s beside lexicon probes on 6 December), so it gets an hour.
pytestmark = pytest.mark.timeout(3600 if _ALL else 900)


def _rows(name: str) -> list[dict]:
    return yaml.safe_load((evaluate_nlu.DATA / name).read_text())


@pytest.fixture(scope="module")
def parsed(trained_model) -> dict[str, list[dict]]:
    """The gated sets' messages through the trained pipeline, parsed once, in two
    processes on two cores (evaluate_nlu.predict_parallel): file name -> parses."""
    files = [f"nlu_{name}.yml" for name in NLU_SETS] + [f"crisis_{name}.yml" for name in GATED_CRISIS_SETS]
    texts = {name: [r["text"] for r in _rows(name)] for name in files}
    flat = evaluate_nlu.predict_parallel(trained_model, [t for name in files for t in texts[name]])
    out, start = {}, 0
    for name in files:
        out[name], start = flat[start:start + len(texts[name])], start + len(texts[name])
    return out


@pytest.mark.parametrize("name", NLU_SETS)
def test_needs_place_and_ordinary_messages(parsed, name):
    rows = _rows(f"nlu_{name}.yml")
    # 300 written; the forty-eighth, forty-ninth and fiftieth each lost one that repeated a training
    # message, the fifty-fourth to fifty-ninth 12 to 20 that nearly repeated messages already in the
    # repository (most of them bare place names and questions about the bot), the sixtieth to sixty-second 21 to 24
    assert len(rows) >= 275
    parses = parsed[f"nlu_{name}.yml"]
    assert [p["text"] for p in parses] == [r["text"] for r in rows]
    report, _ = evaluate_nlu.score_nlu(rows, parses)
    assert report["needs_micro_f1"] >= NEEDS_F1_FLOOR[name], report
    assert report["council_area_accuracy"] >= 0.9, report
    alarms = [r["text"] for r, p in zip(rows, parses) if evaluate_nlu.crisis_of(p)]
    assert len(alarms) / len(rows) <= ORDINARY_FALSE_ALARMS_CEILING, alarms


def test_needs_micro_f1_over_every_gated_message_at_once_meets_the_target(parsed):
    counts = {name: evaluate_nlu.need_counts(_rows(f"nlu_{name}.yml"), parsed[f"nlu_{name}.yml"])
              for name in NLU_SETS}
    report = evaluate_nlu.pooled_needs(counts, resamples=200)
    assert report["messages"] >= 280 * len(NLU_SETS)
    assert report["needs_micro_f1"] >= POOLED_NEEDS_F1_FLOOR, report


def test_pooled_needs_f1_counts_every_message_once_and_brackets_the_figure():
    a = [(1, 0, 0)] * 9 + [(0, 1, 1)]          # 9 right, 1 wrong need: F1 18/20 = 0.90
    b = [(2, 0, 0)] * 4 + [(0, 1, 2)] * 2      # tp 8, fp 2, fn 4: F1 16/22
    report = evaluate_nlu.pooled_needs({"a": a, "b": b}, resamples=300)
    assert report["messages"] == 16 and report["sets"] == 2
    assert report["needs_micro_f1"] == round(34 / 42, 3)     # tp 17, fp 3, fn 5
    assert report["needs_micro_precision"] == round(17 / 20, 3)
    assert report["needs_micro_recall"] == round(17 / 22, 3)
    assert report["per_set_needs_micro_f1"] == {"a": 0.9, "b": round(16 / 22, 3)}
    assert report["sets_under_0.90"] == ["b"]
    for low, high in (report["interval_95_resampling_messages"], report["interval_95_resampling_sets"]):
        assert low <= report["needs_micro_f1"] <= high and low < high
    same = evaluate_nlu.pooled_needs({"a": a, "c": list(a)}, resamples=100)
    assert same["interval_95_resampling_sets"] == [0.9, 0.9]  # identical sets: nothing to resample


@pytest.mark.parametrize("name", GATED_CRISIS_SETS)
def test_every_explicit_and_overdose_crisis_is_caught_by_the_pipeline(parsed, name):
    rows = _rows(f"crisis_{name}.yml")
    assert len(rows) >= 100
    parses = parsed[f"crisis_{name}.yml"]
    assert [p["text"] for p in parses] == [r["text"] for r in rows]
    must = [(r, p) for r, p in zip(rows, parses) if r["kind"] in ("explicit", "overdose_in_progress")]
    assert len(must) >= 35  # enough to mean something: the sets have 39-63 (the thirteenth 39)
    missed = [r["text"] for r, p in must if evaluate_nlu.crisis_of(p) is None]
    assert not missed
    calm = [p for r, p in zip(rows, parses) if not r["crisis"]]
    alarms = sum(evaluate_nlu.crisis_of(p) is not None for p in calm)
    assert alarms / len(calm) <= CRISIS_SET_FALSE_ALARMS_CEILING


@pytest.fixture(scope="module")
def agent(trained_model):
    return evaluate_nlu.load_agent(trained_model)


# The blind intent sets (tests/data/intents_*.yml): dialogue messages ("aye", "can I get that on
# paper", "whit can ye dae") through the whole pipeline. First runs in docs/benchmarks.md ("An
# intent model on the shared features"); the floor sits under them, as the needs floors do.
INTENT_ACCURACY_FLOOR = 0.83


def test_dialogue_intents_on_the_blind_intent_sets(agent):
    rows = evaluate_intents.load_rows()
    assert len(rows) >= 350 and {r["file"] for r in rows} == {"intents_first.yml", "intents_second.yml"}
    parses = evaluate_nlu.predict(agent, [r["text"] for r in rows])
    report = evaluate_intents.score(rows, [p["intent"]["name"] for p in parses])
    assert report["accuracy"] >= INTENT_ACCURACY_FLOOR, report
    assert min(report["recall"].values()) >= 0.6, report
    alarms = [r["text"] for r, p in zip(rows, parses) if evaluate_nlu.crisis_of(p)]
    assert len(alarms) / len(rows) <= ORDINARY_FALSE_ALARMS_CEILING, alarms


@pytest.mark.parametrize("payload,intent,entities", [
    ("/add_need", "add_need", []),
    ('/inform{"need": "money"}', "inform", [("need", "money")]),
    ("/skip", "skip", []),
])
def test_a_buttons_payload_is_its_own_intent(agent, payload, intent, entities):
    """The intent model leaves a payload alone (no intent at confidence 0) and Rasa's
    RegexMessageHandler reads it; a payload once broke the FallbackClassifier."""
    (parse,) = evaluate_nlu.predict(agent, [payload])
    assert parse["intent"]["name"] == intent and parse["intent"]["confidence"] == 1.0
    assert [(e["entity"], e["value"]) for e in parse["entities"]] == entities


def _same_parse(a, b) -> bool:
    """Equal, except that numbers may differ in the sixth decimal place: the sentence
    embedding is computed in single precision, and its last bits depend on how many threads
    BLAS runs (the workers run one each), which moves the intent's confidence that far."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) < 1e-5
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_parse(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_parse(x, y) for x, y in zip(a, b))
    return a == b


def test_parses_in_worker_processes_equal_parses_in_this_process(parsed, agent):
    name = f"nlu_{NLU_SETS[-1]}.yml"
    texts = [r["text"] for r in _rows(name)[:30]]
    here = evaluate_nlu.predict(agent, texts)
    different = [t for t, a, b in zip(texts, here, parsed[name][:30]) if not _same_parse(a, b)]
    assert not different
    assert not _same_parse(here[0], {**here[0], "intent": {**here[0]["intent"], "name": "greet"}})
    assert not _same_parse(0.5, 0.5001) and _same_parse(0.5, 0.500001)


@pytest.mark.parametrize("text", [
    "I won't go to the groups, I'm too shy",
    "I was using heroin till last year, been on a script since",
])
def test_talking_of_ones_own_use_is_the_self_role_even_with_no_need_now(agent, text):
    (parse,) = evaluate_nlu.predict(agent, [text])
    assert evaluate_nlu.values(parse, "need") == []
    assert evaluate_nlu.values(parse, "role") == ["self"]


def test_every_test_set_is_gated_and_every_run_gates_the_newest():
    # a new set must be added here
    assert sorted(TEST_SETS) == sorted(p.stem[len("nlu_"):] for p in evaluate_nlu.DATA.glob("nlu_*.yml"))
    assert sorted(CRISIS_SETS) == sorted(p.stem[len("crisis_"):] for p in evaluate_nlu.DATA.glob("crisis_*.yml"))
    assert sorted(set(TEST_SETS) | set(CRISIS_SETS)) == evaluate_nlu.available_sets()
    assert set(NEEDS_F1_FLOOR) == set(TEST_SETS)
    every_run = needs_gated_sets(False)
    assert set(ISSUE_GATE_SETS) <= set(every_run)
    assert TEST_SETS[-NEWEST_SETS:] == every_run[-NEWEST_SETS:]
    assert len(every_run) == len(ISSUE_GATE_SETS) + NEWEST_SETS < len(TEST_SETS)
    assert needs_gated_sets(True) == TEST_SETS
    every_run = crisis_gated_sets(False)
    assert set(ISSUE_CRISIS_SETS) <= set(every_run)
    assert CRISIS_SETS[-NEWEST_CRISIS_SETS:] == every_run[-NEWEST_CRISIS_SETS:]
    assert len(every_run) == len(ISSUE_CRISIS_SETS) + NEWEST_CRISIS_SETS < len(CRISIS_SETS)
    assert crisis_gated_sets(True) == CRISIS_SETS
