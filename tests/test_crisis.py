"""The deterministic crisis layer and the one place crisis text lives."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
import yaml

from crisis import crisis_text, detect
from crisis.decide import decide
from crisis.sync_domain import DOMAIN, synced
from nlu_components.labelled import load_rows, training_files, training_rows
from services_db.vocab import CRISIS_TYPES

DATA = Path(__file__).parent / "data"
HELDOUT = yaml.safe_load((DATA / "crisis_heldout.yml").read_text())
# The crisis training files the lexicon was developed with (data/labelled/crisis/). The
# crisis files of the sixth to tenth test sets became training data for the crisis model
# later (2026-12-testset-*.yml); the lexicon alone was never held to catch all of them.
LEXICON_FILES = [p for p in training_files("crisis") if not p.name.startswith("2026-12-testset-")]
TRAINING = [row for path in LEXICON_FILES for row in load_rows(path, "crisis")]
MUST_CATCH = {"explicit", "overdose_in_progress"}


def _got(text: str) -> str | None:
    hit = detect(text)
    return hit.type if hit else None


def test_heldout_set_is_big_and_varied():
    kinds = Counter(row["kind"] for row in HELDOUT)
    assert len(HELDOUT) >= 100
    assert {"explicit", "overdose_in_progress", "coded", "third_party", "typo", "negation",
            "past", "mixed", "non_crisis"} <= set(kinds)
    assert {row["crisis"] for row in HELDOUT} - {None} == set(CRISIS_TYPES)


def test_lexicon_alone_catches_every_explicit_and_overdose_message_it_was_built_on():
    """Layer 1 on its own, on the labelled sets the lexicon was developed with."""
    rows = [row for row in TRAINING if row.get("kind") in MUST_CATCH]
    assert len(rows) >= 60
    missed = [row["text"] for row in rows if _got(row["text"]) is None]
    assert not missed


def test_lexicon_raises_no_alarm_on_negations_and_past_events_it_was_built_on():
    rows = [row for row in TRAINING if row.get("kind") in ("negation", "past")]
    assert len(rows) >= 30
    alarms = [row["text"] for row in rows if _got(row["text"]) is not None]
    assert not alarms


def test_lexicon_false_alarms_on_ordinary_messages_are_rare():
    """The labelled need messages (not labelled as crises) seldom trip the lexicon. Some that
    do are workers reporting a risk ("a resident keeps saying she wants to die, it's 2am"),
    where the crisis answer is arguably right, so the ceiling is 1%, not zero."""
    rows = training_rows("needs")
    if os.environ.get("NWD_QUALITY_SETS", "") != "all":
        rows = rows[::2]  # every second one in every run (all took 75 s in CI on a slow day); all in `make quality`
    alarms = [row["text"] for row in rows if _got(row["text"]) is not None]
    assert len(alarms) / len(rows) <= 0.01, alarms


@pytest.mark.parametrize("text", [
    "I'm not going to hurt myself", "I used to self-harm",
    "my brother died of an overdose last year", "I would never kill myself",
    "I need emergency accommodation", "where can I get naloxone",
])
def test_negations_past_events_and_everyday_talk_are_not_crises(text):
    assert detect(text) is None


@pytest.mark.parametrize("text,expected", [
    ("my pal's not breathing", "overdose"),
    ("he took too many vallies and wont wake", "overdose"),
    ("I want to kill myself", "suicidal"),
    ("I've started self harming again", "self_harm"),
    ("he hits me", "abuse"),
    ("the weans are home alone", "child_at_risk"),
    ("he's having a seizure", "medical"),
])
def test_each_crisis_type_is_detected(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # wording added after the third test set's first run (docs/benchmarks.md)
    ("swallowed 30 of my vallies and my heart's racing", "overdose"),
    ("took every tablet I had, sorry", "overdose"),
    ("necked the lot, can't feel my arms", "overdose"),
    ("man in the stairwell, cyanosed, shallow resps", "overdose"),
    ("we're in a flat in Marchmont and we can't wake him", "overdose"),   # not "in March"
    ("she's unrousable", "overdose"),
    ("cutting rn", "self_harm"),
    ("cut deep and I can't stop the bleeding", "medical"),  # the more urgent answer: 999
    ("I don't see the point in living any more", "suicidal"),
    ("looked up how many pills it would take", "suicidal"),
    ("got the tablets lined up for tonight", "suicidal"),
    ("I've made my peace with everyone", "suicidal"),
    ("at the bridge and I'm going to go in", "suicidal"),
    ("my partner's battering me, he's still here", "abuse"),
    ("he has just shoved me down the stairs", "abuse"),
    ("he's kicking the front door in", "abuse"),
    ("her ex turned up at the door with a knife", "abuse"),
    ("the toddler's swallowed some of my methadone", "child_at_risk"),
    ("he's been bringing up blood all morning", "medical"),
])
def test_wording_from_the_third_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "I took my whole script today like always", "he took the lot of my money",
    "my man's not hitting me, he just shouts", "the baby's drunk all her bottle",
    "went fishing at the end of the pier", "Pt denies suicidal ideation, wants housing",
    "my heart was racing after I took it last year", "I live in Mayfield, need a GP",
])
def test_their_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording added after the fourth test set's first run (docs/benchmarks.md); paraphrased
    ("came off the drink on Sunday and now I'm seeing things, sweating and shaking", "medical"),
    ("he's got the horrors, seeing spiders on the wall and pouring sweat", "medical"),
    ("had a fit twenty minutes ago and I still don't feel right", "medical"),
    ("she's roasting and keeps collapsing after the pills at the rave", "overdose"),
    ("he's in the bath, slumped, and I can hear him gurgling", "overdose"),
    ("here for the anniversary and now his cousin's slumped in the toilet gurgling", "overdose"),
    ("he's breathing really strangely after his hit", "overdose"),
    ("after the funeral I've been planning how to end my life", "suicidal"),
    ("court tomorrow and I've got the pills ready in case it goes wrong", "suicidal"),
    ("put my affairs in order and gave the dog to my sister", "suicidal"),
    ("nothing to live for now she's gone", "suicidal"),
    ("near done wi this life, nae point carryin on", "suicidal"),
    ("this is me saying cheerio, thanks for everything", "suicidal"),
    ("she says she's taking all her sleeping pills tonight", "suicidal"),
    ("they took my keys but I'll find another way", "suicidal"),
    ("he's handed me his dog's lead and her bowl", "suicidal"),
    ("cleaned the gun and left a letter for the wife", "suicidal"),
    ("someone's trying to kick my door in", "abuse"),
])
def test_wording_from_the_fourth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "used 2 self harm at school but not now", "what should I have done when I found her? I keep going over it",
    "Before, in the camp, I wanted to die. Now I am better.", "can I check out the recovery cafe",
    "the funeral was last month, I need help with the costs", "I'll find another way to pay the rent",
])
def test_the_fourth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording added after the sixth test set's first run (docs/benchmarks.md); paraphrased
    ("client has active SI and a plan for tonight", "suicidal"),
    ("pt reports suicidal ideation with intent, has the means in his flat", "suicidal"),
    ("man fitting on the floor of the hostel kitchen", "medical"),
    ("no drink for three days and she's seeing bugs crawling on the ceiling", "medical"),
    ("sleeves pulled down again, it's worse and I've ran out of plasters", "self_harm"),
    ("a slashed ma arms last night", "self_harm"),
    ("wee girl in P4 with a black eye, says her mum's boyfriend did it", "child_at_risk"),
    ("she is being hit by him, he's waiting outside the surgery", "abuse"),
    ("he's locked her in the flat and taken her phone", "abuse"),
    ("she's got bruises again and her man never lets her out of his sight", "abuse"),
    ("I stay at my sister's so I'm not in the house when he comes home steaming", "abuse"),
    ("her boyfriend knocks her about when he's had a drink", "abuse"),
    # and two the retrained crisis model stopped catching on the older sets
    ("he fell and banged his head on the step, now he keeps being sick and he's drowsy", "medical"),
    ("she's steaming and says she's driving the weans home", "child_at_risk"),
    ("pt says partner assaulted her last night and he's picking her up at 4", "abuse"),
    # caught by the model at 0.4 but not at 0.5, so now by the lexicon
    ("guy at the door with a stab wound, his arm's bleeding through the towel", "medical"),
    ("need help with the drink, also my chest's been tight and sore for twenty minutes", "medical"),
])
def test_wording_from_the_sixth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "patient denies thoughts of self harm or suicide, wants a referral",
    "I'm killing myself laughing at this",
    "the manager's going to kill me, late again",
    "when a wis fifteen I cut my arms, long time ago",
    "self-harmed on Monday, dressed, now settled",
    "my da kicked me oot, sofa surfing",
    "fitting in at college is hard",
    "she's overdosed twice this year, I want a naloxone kit",
    "my chest gets tight some nights when I'm anxious",
    "he was drunk and driving last year and lost his licence",
    "my chest has been tight for weeks, I need a GP",
])
def test_the_sixth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording the seventh set's first run missed (written here in other words)
    ("gave him the nasal spray, he's still no movin", "overdose"),
    ("I've got the gun out and loaded, I'm finished", "suicidal"),
    ("skint, the debt's everywhere and I can only see one way out", "suicidal"),
    ("keep thinking about driving the car into a wall on purpose", "suicidal"),
    ("my dad's in the car in the garage with the engine running", "suicidal"),
    ("my waters have gone and nobody's here", "medical"),
    ("my mum's boyfriend keeps coming into my room and touched me again", "child_at_risk"),
])
def test_wording_from_the_seventh_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "she took an overdose last November, she's doing really well now",
    "he tried to end it back then but that was 1998",
    "had a seizure when I came off the drink in 2012, never again",
    "a woman collapsed in the shop last week but she was fine after",
    "what would a heroin overdose sound like",
    "I'm gonna die if my mum sees this mess",
    "my boss will kill me if I'm late again",
    "my knees are killing me on these stairs",
    "I'm going to murder him if he eats my dinner again",
    "he's sleeping it off, breathing normal, I can wake him fine",
    "chest pains after a heavy weekend, a few times now",
    "she's on obs in hospital now after what happened last week",
])
def test_the_seventh_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording the eighth set's first run missed (written here in other words)
    ("his chest's not moving and he's freezing", "overdose"),
    ("nobody would miss me anyway", "suicidal"),
    ("evrybody wud be beter of wivout me", "suicidal"),
    ("i just wanna vanish for good", "suicidal"),
    ("I'll no need anything after tonight, I've sorted the cat", "suicidal"),
    ("sat on top of the multi storey last night thinking about it", "suicidal"),
    ("kept my dad's old rifle, been staring at it a lot", "suicidal"),
    ("she says if I tell anyone she kill me", "abuse"),
    ("he doesn't touch the kids, only me", "abuse"),
    ("he shoved me down the stairs this morning", "abuse"),
    ("my ex went for me with a bottle", "abuse"),
    ("he's got her by the throat in the close", "abuse"),
    ("is there a house for women that are fleeing their men", "abuse"),
    ("my stepdad keeps coming into my room when mum's asleep", "child_at_risk"),
    ("wee girl in P2 says she hasn't eaten since Saturday", "child_at_risk"),
    ("older guys giving her drink at the flats, she's only 14", "child_at_risk"),
    ("the wean says her daddy gave her tablets to make her sleep", "child_at_risk"),
    ("he went stiff then started shaking on the floor", "medical"),
])
def test_wording_from_the_eighth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "the wife's killing me with her snoring",
    "if someone's breathing but won't wake up, do I still use naloxone",
    "my dad won't come round to the house because of him",
    "my chest's sore all the time from the pipe",
    "I'll kill him if he's had my last can",
    "can't leave the dog, I'll not need anything after Friday though",
])
def test_the_eighth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording the ninth set's first run missed (written here in other words)
    ("she told me tonight he'd put her in hospital when he gets back", "abuse"),
    ("client mouthed 'help' when he went to the toilet", "abuse"),
    ("my stepdad hits our mum when he's had a drink, he's at it now", "abuse"),
    ("dinnae want to go hame, he's there", "abuse"),
    ("lassie at the bus stop gouching with a toddler in a buggy", "child_at_risk"),
    ("I'm 28 weeks and bleeding heavy", "medical"),
    ("the baby hasn't kicked since this morning", "medical"),
    ("my gran's face has gone a funny colour and she's on the floor", "overdose"),
    ("sometimes I hope I just don't wake up", "suicidal"),
    ("they'd all be better off if I was gone, better off not waking up", "suicidal"),
    ("would anybody even notice", "suicidal"),
    ("been planning how I'd do it", "suicidal"),
    ("stopped my insulin on purpose, let nature take its course", "suicidal"),
    ("I don't see myself making it to next Christmas", "suicidal"),
    ("he's stockpiling his vallies, says he won't need them for long", "suicidal"),
    ("left a letter for my son in the drawer", "suicidal"),
    ("can't stop thinking about ending it", "suicidal"),
    ("if I didn't wake up tomorrow, would anyone notice", "suicidal"),
    ("can't talk. she's back. same as last time", "abuse"),
])
def test_wording_from_the_ninth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "what's the procedure if a tenant says they want to die",
    "what should our staff do if someone says they're suicidal",
    "what should I say to my brother who self harms",
    "the weans are at their dad's this weekend so they're safe",
    "everybody accounted for, no ODs this shift",
    "I cut myself last weak, it's healing fine",
    "lost two pals to suicide since school",
    "neighbour's kids are out of it most days, their mum too, not an emergency",
    "what if I don't wake up after the operation",
])
def test_the_ninth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording the tenth set's first run missed (written here in other words)
    ("boy of about 14 says a older man keeps offering him money if he does a few runs", "child_at_risk"),
    ("my niece is 13 and her stepdad forces her to sleep with his pals", "child_at_risk"),
    ("since he died I keep thinking I want to go and be with him", "suicidal"),
    ("there's a guy hauling a girl by the hair down the street", "abuse"),
    ("she's out with the weans and she's steaming, I can't find them", "child_at_risk"),
])
def test_wording_from_the_tenth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "I was in a dark place last season but I've come out the other side",
    "six weeks since I last cut, really chuffed",
    "how should we respond to a client who mentions suicide in group",
    "will an overdose come up on my records",
])
def test_the_tenth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "this job will be the death of me",
    "my gaffer's gonna kill me, I'm late again",
    "I'm no gonna use tonight, just craving",
    "he's awake now and chatting, the paramedics checked him",
    "she came round straight away and walked home",
    "he was in A&E on Monday, he's back home and seems fine",
    "they had a barney but it's all quiet now",
    "the wee one says she's safe at her gran's",
])
def test_more_reassurance_and_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.05, "suicidal")).type is None


def test_a_lexicon_crisis_still_stands_beside_reassurance():
    assert _got("she says she's safe but she's got the pills lined up") == "suicidal"
    assert _got("my husband's gonna kill me when he gets in, he said so") == "abuse"


@pytest.mark.parametrize("text", [
    "I'm not going to do anything stupid, I just need a bed",
    "I'm safe tonight, my sister's here",
    "the weans are fine, their gran has them",
    "he's not violent, he just shouts",
    "nobody's hurting her, she's just struggling",
    "she's fine, she woke up and had some water",
    "dead on my feet after the back shift",
    "cutting down on the valium slowly",
    "I won't do anything to myself, I'm just venting",
    "feels like I'm suffocating in this flat, not literally",
    "went a bit faint in the chemist, fine now",
    "not going to do anything tonight, just need to vent",
    "I'm not going to hurt myslef, just feel rubbish",
    "she came round after the paramedics gave her naloxone",
    "he's grand now, sitting up having a cup of tea",
    "he's not hitting her, I don't think it's dangerous",
    "I'm a dead man walking if she sees the bank statement",
])
def test_the_model_is_kept_out_of_plain_reassurance_and_idioms(text):
    assert decide(text, _row(0.05, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    ("no plans for christmas i just want to die", "suicidal"),
    ("no thoughts about it really I want to kill myself", "suicidal"),
    ("no urges to use but I've been cutting my arms again", "self_harm"),
])
def test_a_denial_of_one_thing_does_not_hide_a_crisis_after_it(text, expected):
    assert _got(text) == expected


def test_reassurance_does_not_hide_a_crisis_the_lexicon_sees():
    assert decide("I'm safe for now but I've got the pills ready", _row(0.5, "suicidal")).type == "suicidal"
    assert decide("the kids are fine but he's not breathing", _row(0.5, "overdose")).type == "overdose"


def test_most_urgent_type_wins():
    assert _got("I want to end it, I've taken all my pills and I can't stay awake") == "overdose"


def test_crisis_text_has_the_contract_routes():
    assert crisis_text("overdose").startswith("Call 999 now")
    assert "999" in crisis_text("medical")
    for kind in ("suicidal", "self_harm"):
        assert "116 123" in crisis_text(kind) and "111" in crisis_text(kind)
    assert "0800 027 1234" in crisis_text("abuse")
    assert "999" in crisis_text("child_at_risk")


def test_domain_crisis_responses_are_generated_from_crisis_responses_yml():
    domain_text = DOMAIN.read_text(encoding="utf-8")
    assert domain_text == synced(domain_text), "run: python -m crisis.sync_domain"
    responses = yaml.safe_load(domain_text)["responses"]
    for kind in CRISIS_TYPES:
        assert responses[f"utter_crisis_{kind}"][0]["text"] == crisis_text(kind)


# --- layers 1 and 2 together (crisis.decide) -------------------------------------------

def _row(p_none: float, top: str) -> list[float]:
    row = [p_none] + [0.0] * len(CRISIS_TYPES)
    row[1 + list(CRISIS_TYPES).index(top)] = 1.0 - p_none
    return row


def test_an_explicit_lexicon_hit_stands_whatever_the_model_says():
    decision = decide("my pal's not breathing", _row(0.99, "abuse"))
    assert (decision.type, decision.layer) == ("overdose", "lexicon")


def test_the_model_can_overrule_only_a_bare_crisis_word():
    assert decide("is there suicide prevention awareness for staff", _row(0.99, "suicidal")).type is None
    assert decide("I think about suicide every day", _row(0.5, "suicidal")).type == "suicidal"
    assert decide("I want to kill myself", _row(0.99, "abuse")).type == "suicidal"


def test_the_model_catches_what_the_lexicon_has_no_pattern_for():
    decision = decide("everyone would be better with me gone for good", _row(0.2, "suicidal"))
    assert (decision.type, decision.layer) == ("suicidal", "model")
    assert decide("everyone would be better with me gone for good", _row(0.7, "suicidal")).type is None


def test_the_model_is_not_used_when_the_lexicon_ruled_crisis_words_out():
    assert decide("I used to self-harm when I was a teenager", _row(0.1, "self_harm")).type is None
    assert decide("I'd never kill myself", _row(0.1, "suicidal")).type is None


def test_a_question_needs_a_surer_model():
    text = "how do I know if someone is breathing properly when they're gouching"
    assert decide(text, _row(0.35, "overdose")).type is None
    assert decide(text, _row(0.1, "overdose")).type == "overdose"


def test_without_a_model_the_lexicon_still_decides():
    assert decide("he's turning blue", None).type == "overdose"
    assert decide("I need a flat", None).type is None


@pytest.mark.parametrize("text,expected", [
    # A child writing about their mum's partner, and a young child with bruises, get the
    # child-at-risk answer (Childline), not the adult domestic-abuse one (three sets'
    # first runs typed these abuse; written here in other words).
    ("ma maw's partner skelped me again the night and he's still in the living room", "child_at_risk"),
    ("mum's new boyfriend keeps hitting us when she's at work", "child_at_risk"),
    ("the wee boy next door has a black eye again and he's only 5", "child_at_risk"),
    ("my grandson came back from his dad's covered in bruises", "child_at_risk"),
    # still abuse: an adult hurt by a partner; the past is support, not a crisis
    ("my boyfriend hit me last night and he's still here", "abuse"),
    ("my mum's boyfriend used to hit me when I was wee", None),
])
def test_a_child_hurt_at_home_gets_the_child_answer(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "my granddaughter has bruises from falling off her bike",
    "the wean has burns from the sun on her shoulders, forgot the suncream",
    "toddler has marks from the car seat straps",
    "the baby has a black eye from the fall, the GP checked her",
])
def test_a_childs_everyday_knocks_are_not_a_crisis(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # thoughts that go on now keep a past attempt or past self-harm live...
    ("I tried to end it last year and I still think about doing it", "suicidal"),
    ("I cut myself years ago and im still thinking about doing it", "self_harm"),
    # ...but remembering a past assault is not one happening now
    ("my dad used to hit me when I was wee, still think about it", None),
    ("my ex battered me for years before I got away, I still think about it", None),
    ("he battered me for years before I left and he's outside the door again tonight", "abuse"),
])
def test_still_thinking_is_live_only_for_suicide_and_self_harm(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # wording the eleventh set's first run missed (written here in other words)
    ("the kids would be better off with the insurance money and me out the road for good", "suicidal"),
    ("I've written the letters so my mum's looked after. thanks for listening", "suicidal"),
    ("if the landlord puts me out I'll make sure I never wake again", "suicidal"),
    ("my neighbour's shouting he's got a rope and he's going to hang himself", "suicidal"),
    ("the guy I stay with punched me yesterday and told me he'd do it again when he gets in", "abuse"),
    ("three lads are booting my head in outside the chippy", "abuse"),
])
def test_wording_from_the_eleventh_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "my doctor says I'm killing myself slowly with the drink",
    "I tried to end it in my twenties but that's all behind me",
    "she took an overdose after her divorce, her sister pulled her through",
    "we had a client overdose last spring, that's why I'm asking about kits",
    "what's my duty if a pupil mentions suicide",
    "client overdosed on Friday, revived with naloxone, now home",
])
def test_the_eleventh_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "my heart's pounding, had too much red bull on the night shift",
    "he's a bit sleepy after his dose but his breathing's fine",
    "the weans are safe, they're at school, nobody's hurt",
    "this wean's kicking the hell out of me, due in March",
    "I'm terrified she'll end up like her dad one day",
    "my mum's at the end of her tether with the council",
    "I get headaches after I take them, is that normal?",
])
def test_still_more_reassurance_and_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


def test_a_past_only_message_needs_a_surer_model():
    text = "her ex was violent, that was years ago"
    assert decide(text, _row(0.3, "abuse")).type is None      # P(crisis) 0.7
    assert decide(text, _row(0.1, "abuse")).type == "abuse"   # P(crisis) 0.9
    # "most nights" is now: a past loss does not make today's wish to die the past
    assert decide("lost my wife last year, most nights I don't want to be here",
                  _row(0.3, "suicidal")).type == "suicidal"


@pytest.mark.parametrize("text,expected", [
    # reassurance words next to danger keep the crisis
    ("nobody's hurt yet but he's raging and says he'll do us all in", "abuse"),
    ("my baby's kicking less today and there's bleeding", "medical"),
])
def test_danger_beside_reassuring_words_is_still_caught_by_the_lexicon(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "I'm going to kill him when he gets home, I can't take another beating",
    "I'm scared I'll do something one day, the thoughts are getting louder",
    "we're safe in the car but he's following us",
    "we're safe, but he's outside",
])
def test_reassurance_that_is_not_reassuring_leaves_the_model_in(text):
    assert decide(text, _row(0.1, "abuse")).type is not None


@pytest.mark.parametrize("text,expected", [
    # wording the twelfth set's first run missed (written here in other words)
    ("since my brother passed I keep thinking about joining him, I've been up at the quarry", "suicidal"),
    ("she's 14 and the guys she runs for have threatened to slash her if she quits", "abuse"),
])
def test_wording_from_the_twelfth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "he od'd in the nineties, twice, and he's been clean since",
    "my pal OD'd in the flat a wee while back, the ambulance sorted him",
    "took far too many pills at a festival once, never again.",
    "I tried to end my life twice in that place, now I'm better",
    "she had two overdoses after previous releases, so we want naloxone in place",
    "we're reading a novel about suicide in S4 and one boy went quiet, he's fine",
    "what's the practice's duty if a patient tells us they're thinking of hurting themselves",
    "the lads are cutting about the scheme on bikes",
    "that gas bill nearly gave me a heart attack",
    "this dissertation is literally going to kill me",
])
def test_the_twelfth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "I'm not going to do anything, I just can't sleep",
    "the divorce is gonna finish me off",
    "the phones were pure murder today",
    "the lad that collapsed has recovered and gone home",
    "she swears she's not cutting any more, the scars are old",
    "I'm at the end of my tether with him and his drinking",
])
def test_twelfth_negations_and_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text", [
    # withdrawal hallucinations that started when the drinking stopped, on a named day
    "since I stopped the drink on Sunday I keep seeing my dead brother standing at the foot of the bed and I cannae stop shaking",
    "my hands are shaking and I am seeing things since I stopped drinking yesterday",
    "dad's been off the drink since Friday and he's seeing people in the room that arenae there",
])
def test_hallucinating_after_stopping_drinking_is_a_medical_crisis(text):
    assert _got(text) == "medical"


@pytest.mark.parametrize("text", [
    "I still see my late wife in my dreams, I stopped drinking after she died",
    "I was seeing things when I stopped drinking last year but that passed",
    "what happens if someone sees things when they stop drinking",
])
def test_remembering_or_asking_about_hallucinations_is_not_a_crisis(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording the thirteenth set's first run missed (written here in other words)
    ("my flatmate keeps saying she'll jump off the balcony and she's out there now", "suicidal"),
    ("been standing on the bridge thinking about jumping", "suicidal"),
    ("sat looking at the Forth for an hour, wondering if I'd just jump", "suicidal"),
    ("don't look for me, they'll find me in the woods", "suicidal"),
    ("If the court takes the kids I'm killing myself, I'm not joking", "suicidal"),
    ("if I lose the flat I'm ending it all", "suicidal"),
    ("thinking of putting the van round a tree, the kids would get the life insurance", "suicidal"),
    ("taking everything I've got tonight and I'll no bother waking up", "suicidal"),
    ("resident is shivering with a temperature of 39.8 and not making sense", "medical"),
    ("his ex's brother is outside the flat with a knife, we're hiding in the bedroom", "abuse"),
    ("if you never hear from me it's because he took my phone", "abuse"),
    ("a guy's at my door saying I owe him and he'll batter me", "abuse"),
])
def test_wording_from_the_thirteenth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "what should I say if a patient tells me they're going to end it?",
    "thinking about jumping ship to another job",
    "I'm jumping in the shower, back in a minute",
    "the night he overdosed was the one that took him, ten years ago now",
    "you'll find me at the library most days",
    "is there any help for hiding the bills from my husband",
])
def test_the_thirteenth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "I'd never hurt myself, I just need a bit of help with the drinking",
    "the cold out on that pier would kill ye",
])
def test_thirteenth_negations_and_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the fourteenth set's first run missed (written here in other words)
    ("mum's no been hame since Tuesday, it's me and my wee sister and there's nothing to eat", "child_at_risk"),
    ("neighbour's 5-year-old is alone in the flat again, she's away to score", "child_at_risk"),
    ("the client says her 2yo is home alone right now", "child_at_risk"),
    ("he kicked his girlfriend down the stairs last night and she's 20 weeks gone", "abuse"),
    ("keep thinking I'll just drive the car off the harbour wall tonight", "suicidal"),
])
def test_wording_from_the_fourteenth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Celtic got hammered by Hibs, I'm gutted",
    "if one of our tenants took too much, who do we phone first?",
    "the new album has a track called Suicide Blonde, it's brilliant",
    "got battered in the last hostel so I'm not going back there",
    "driving into the harbour car park now, be there in five",
])
def test_the_fourteenth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "the dog is trying to kill me with these 6am walks",
    "no bleeding, no swelling, just a bit stiff",
    "nobody's bothered me tonight, just freezing",
])
def test_fourteenth_idioms_and_denials_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


def test_a_real_assault_is_not_taken_for_football():
    assert _got("my partner battered me last night and he's coming back") == "abuse"


@pytest.mark.parametrize("text,expected", [
    # wording the fifteenth set's first run missed (written here in other words)
    ("he came off the gabapentin on Monday and now he's on the floor shaking, his eyes rolled back", "medical"),
    ("she told me he put a blade to her neck on Friday and he's collecting her at five", "abuse"),
    ("the boy I owe is at the door saying he'll stab my face, I'm hiding in the toilet", "abuse"),
    ("my client says her ex is outside her house now with a machete", "abuse"),
    ("first bag in two years, took my old amount, I'm going under", "overdose"),
    ("found my granda lying on the floor, confused, been there since last night", "medical"),
    ("if the DWP stop my money I'll make sure I don't wake up", "suicidal"),
    ("resident says she'll kill herself the minute she's released and she's packing to leave", "suicidal"),
    ("fell down the close and banged my head, I'm seeing double", "medical"),
    ("I know how many of my tablets would be enough, I think about it every night", "suicidal"),
    ("her ex is saying he's taking the baby and he's at the window now", "child_at_risk"),
    ("he's got the weans and says he's not bringing them back, he's out of his face", "child_at_risk"),
    ("left me a note, tell my sister I'm sorry, and his phone's off", "suicidal"),
])
def test_wording_from_the_fifteenth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "my nephew called his goldfish Overdose, kids are strange",
    "when my dad was alive he collapsed at the bowling club once, that was years ago",
    "you'll give yourself a heart attack running for that bus",
    "saw a lad OD at a festival years back, they brought him round",
    "the day I left he battered me, but that was 2019 and I'm safe now",
    "took too much in first year at uni, a one-off",
    "she overdosed before she had the baby, she's doing better now",
    "he says if I leave him he'll take the kids to his mum's",
])
def test_the_fifteenth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "my phone's about to die, quick question about housing",
    "she calls her dog Killer, funniest thing",
])
def test_fifteenth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # crises the model of 3 December evening no longer caught on the thirteenth set (other words)
    ("mum's steaming and the 4yo is alone with her upstairs, dad's gone out", "child_at_risk"),
    ("found him in the underpass, can't stand up, ice cold to the touch", "medical"),
])
def test_what_the_new_crisis_model_dropped_is_held_by_the_lexicon(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "ah'm no gonnae dae onythin daft, ah just need a bed",
    "he's a nightmare with money but nothing violent",
    "the vet says the old cow's dying",
])
def test_more_reassurance_keeps_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # naloxone wears off: "brought round" before the danger is not an ending
    ("brought him round with the naloxone but he's going under again", "overdose"),
    ("we brought her round, now her lips are blue and she won't wake", "overdose"),
])
def test_a_revival_followed_by_danger_is_still_a_crisis(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # wording the sixteenth set's first run missed (written here in other words)
    ("been going down to the train tracks at night trying to get the nerve", "suicidal"),
    ("can't stop thinking about walking off the Kessock bridge", "suicidal"),
    ("if she leaves me I'm going to end my life, no joke", "suicidal"),
    ("the policy pays out now it's past a year, the kids would be better off with the money than me",
     "suicidal"),
    ("made sure my life insurance still pays out, at least my son will get something out of me",
     "suicidal"),
    ("had a fit on the bathroom floor five minutes ago, out for ages, bit my tongue", "medical"),
    ("no drink since Friday, shaking, I see bugs on walls", "medical"),
    ("first hit since coming home from Addiewell, my tolerance is gone and I'm that drowsy", "overdose"),
    ("my brother's bathroom door is locked, no answer, he'd been using", "overdose"),
    ("he hasn't been out of his room since this morning, knocking, no answer", "overdose"),
    ("dad's slumped in his chair and we can't get a response from him", "overdose"),
    ("my chest's gone tight after those lines", "medical"),
    ("a 14 year old in our unit says she's living with a 30 year old man", "child_at_risk"),
    ("there's an older guy giving her vallies and she's only 13", "child_at_risk"),
    ("x-ray shows a fracture the consultant thinks is non-accidental injury, he's 2", "child_at_risk"),
    ("my husband's started hitting me again, I'm frightened to go back", "abuse"),
    ("client says her ex choked her on Sunday and she's going back to him tonight", "abuse"),
])
def test_wording_from_the_sixteenth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "does coke give you a heart attack if you only take it at weekends?",
    "she's getting kicked out of her mum's, he's kicking me out too",
    "my dad checks my phone, is this chat private?",
    "I tried stopping once and saw things on the wall, that was years ago",
    "a 15 year old in my class is not living with her dad any more",
])
def test_the_sixteenth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "the customers were ready to kill me when the card machine broke",
    "the boat was rocking that much I thought we'd all end up in the sea",
    "the cat ate a lily, vet says she'll be fine",
])
def test_sixteenth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the seventeenth set's first run missed (written here in other words)
    ("fell off the ladder drunk and hit my head, still bleeding and I'm seeing two of everything", "medical"),
    ("client in the waiting room is fitting right now, she came off the vallies and it won't stop", "medical"),
    ("my lassie says her pal's older brother made her do things she didn't want to", "abuse"),
    ("sat here with a bottle of tablets trying to decide whether to take them all", "suicidal"),
    ("been saving my painkillers away a couple at a time", "suicidal"),
    ("nobody's going to miss an old drunk like me", "suicidal"),
    ("he took my keys so I can't get out of the flat", "abuse"),
    ("if I stop replying it means he's back", "abuse"),
    ("waiting to see what mood he's in when the pub shuts, last time he broke my wrist", "abuse"),
    ("her man threw my wee grandson down the stairs", "abuse"),
    ("took my pills twice with whisky and my breathing's awful slow", "overdose"),
])
def test_wording_from_the_seventeenth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "I need to cut down the vodka, it's getting silly",
    "no intention of going back to the jail or hurting myself, I'm just fed up",
    "I keep my tablets away in a locked box so the grandkids can't get them",
])
def test_the_seventeenth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


def test_seventeenth_idioms_keep_the_model_out():
    assert decide("the weans are killing me the day, screaming since six", _row(0.3, "child_at_risk")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the eighteenth set's first run missed (written here in other words)
    ("I've swallowed all of Mum's blood pressure pills with vodka and my heart is slowing right down", "overdose"),
    ("had loads of my gabapentin, maybe 30, and now I'm really drowsy and slurring", "overdose"),
    ("the boy in cell 4 swallowed his wraps when they lifted him, he's getting sleepy", "overdose"),
    ("my cousin put a picture of tablets on his story saying bye everyone and now his phone's off", "suicidal"),
    ("Dad's fallen down the stairs after the pub, he's bleeding from his head and he's confused", "medical"),
    ("I had a fall in the hall and can't get up, been here hours and I'm bleeding", "medical"),
    ("she's having a seizure on the bathroom floor, she's been on the benzos for months, it's been going five minutes", "medical"),
    ("fell in the close cant get up heid bleeding bad", "medical"),
])
def test_wording_from_the_eighteenth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "killing myself at the gym every morning but the weight's not shifting",
    "the whole system's collapsed at the jobcentre again so nobody got paid",
    "we collapsed laughing at the wedding when the minister fell over",
    "What happens if my uncle takes a seizure coming off the vodka by himself?",
    "In Sudan, in the prison, I try to kill myself. That was 2016. Now I am safe here, I want college.",
])
def test_the_eighteenth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "the frost this morning was enough to kill you",
    "nearly died laughing when the dog ate the birthday cake",
    "wife says she'll strangle me if I leave the dishes again, haha",
])
def test_eighteenth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


def test_a_past_story_that_ends_well_is_not_past_if_danger_is_now():
    # "now I am better" ends a story of the past only when nothing in the message is happening now
    assert _got("I tried to end my life in 2019. Now I am better but tonight I want to do it again") == "suicidal"


@pytest.mark.parametrize("text,expected", [
    # wording the nineteenth set's first run missed (written here in other words)
    ("Nurse here, the woman in bay 3 says her husband is in the waiting room and has threatened to kill her when she goes home. She's terrified.", "abuse"),
    ("they jumped me on Friday, battered my face, and now they've messaged saying they're coming back tonight", "abuse"),
    ("my gran's face is drooping down one side and she's slurring, it came on just now", "medical"),
    ("he's stumbling about, his face has dropped on one side, started at lunch", "medical"),
    ("I've taken a blade to my legs tonight, first time in a year", "self_harm"),
    ("no job no flat no nothing gonna end it tonight", "suicidal"),
    ("Posted on his story: this is the last time yous will see me. Gave the dog to his brother.", "suicidal"),
    ("wrote to my kids. last time anyone hears from me", "suicidal"),
    ("my mate took to many pregabs and now hes spewing and cant keep his eyes open", "overdose"),
    ("my da'll no wake up, there's a spoon and a lighter on the table", "overdose"),
    ("he slipped on the ice and hit his head on the kerb, he's drowsy and not making sense", "medical"),
])
def test_wording_from_the_nineteenth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "I OD'd last yr and the paramedics brought me round. I'm fine now, just want a key worker",
    "my girlfriend uses on her own and I worry she'll OD one night, where do I get naloxone?",
    "How I know if I must call ambulance for my uncle when he drinks?",
    "The consultant will kill me if this audit isn't in by Friday",
    "the wife will kill me if I forget her birthday again",
    "my sister overdosed on her tablets last night, she's ok now but I can't keep doing this, is there a group for families",
])
def test_the_nineteenth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "My supervisor is going to murder me when she sees how late this report is",
    "his mother will kill me if she finds out I lent him money",
])
def test_nineteenth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "abuse")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the twentieth set's first run missed (written here in other words)
    ("off the drink since Sunday, sweating and seeing things, I think I'm about to take a fit", "medical"),
    ("he's gone to get his hunting knife, I'm scared for my life", "abuse"),
    ("he's fetching a hammer from the shed, please help", "abuse"),
    ("I'm done, I just want to sleep and not wake up", "suicidal"),
    ("he's outside my flat banging and screaming for her to come out", "abuse"),
])
def test_wording_from_the_twentieth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Two summers ago I swallowed a load of my dad's tablets and ended up in the ICU. I'm fine now.",
    "Whit would a dae if ma pal went blue efter a hit? Asking so I know",
    "the wean was at the window screaming because the ice cream van went past",
])
def test_the_twentieth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording the twenty-first set's first run missed (written here in other words)
    ("I've left my passwords with my brother and handed my guitar over to my pal. Thanks for everything, honestly", "suicidal"),
    ("Sorted out my will and told my daughter where the bank card is. Nobody needs to worry about me after this week", "suicidal"),
    ("my client's given his tools away to the lads and told me he won't be around for his next review", "suicidal"),
    ("my mate sent me his bank details and said look after his dog for me, now his phone's off", "suicidal"),
    ("I feel dizzy and I can't move my right arm, my speech is funny", "medical"),
    ("my right side's gone weak and my words are coming out wrong", "medical"),
    ("my pal's on mandy and she's burning up, not making any sense", "medical"),
    ("she told me at the desk she cuts herself, the cuts on her arm look really deep", "self_harm"),
    ("her boyfriend's choking her in the car park right now", "abuse"),
    ("he's slammed me against the door and says he'll do worse when he's back", "abuse"),
    ("done a gram and a half, heart's banging and I think I'm going to pass out", "overdose"),
])
def test_wording_from_the_twenty_first_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "My brother's going to kill me if I forget to bring the cake",
    "The gaffer will murder me when he sees what I spent on the van",
    "I'd kill for a bacon roll right now after that shift",
    "I once said to my doctor I wanted to die but I didn't mean it, I'm not going to do anything",
    "Back in 2015 I took too many of my tablets. I've never done anything like it again.",
    "Before I came to Scotland I tried to end my life. Now I am ok.",
    "What would a bar worker do if somebody collapsed after using in the toilets?",
    "How would I tell if my pal was just drunk or something worse?",
    "Say I came home and my son was collapsed after a hit, who do I phone first?",
    "I'm going under with all the paperwork for his PIP, is there someone to help?",
    "I get chest pains and can't breathe most nights when the anxiety kicks in, can I see someone?",
    "Raising my granddaughter since her mum got into the pills. Any kinship carer groups?",
    "I gave my old bike to my nephew last week, he loves it",
    "Thanks for everything, goodbye for now, I'll come back tomorrow",
])
def test_the_twenty_first_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


def test_a_partners_threat_on_a_condition_is_still_a_threat():
    # the idiom rule covers relatives and bosses with small conditions, not a partner
    assert _got("my husband says he'll kill me if I leave him") == "abuse"


@pytest.mark.parametrize("text,expected", [
    # wording the twenty-second set's first run missed (written here in other words)
    ("Asked my neighbour to rehome my budgie and said I won't be needing anything after the weekend", "suicidal"),
    ("Sold my car, paid off the loan, left the cat with my mum. Nothing to worry about any more.", "suicidal"),
    ("her boyfriend's just dragged her by the hair out of the waiting room", "abuse"),
    ("I've got every pill I own on the bed and I'm going to take them all", "suicidal"),
    ("that bag was way too strong, I'm so dizzy and my eyes keep closing", "overdose"),
])
def test_wording_from_the_twenty_second_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "The boss is going to kill me if I'm late for the stocktake",
    "Nothing suicidal, honestly, I'm just burnt out with the night feeds",
    "Say one of my tenants collapsed after a hit, what am I supposed to do till help comes?",
    "When a client tells me they've had thoughts of suicide, what's the first thing I should ask?",
    "what am I meant to do if my brother goes blue after a hit",
    "last hogmanay I took too much and woke up in A&E, the staff were lovely",
    "I know the risks of overdose and I'm not in any danger, I just want a script",
    "Ending it isn't on my mind, I just want to sleep properly again",
    "She overdosed at a party and was in the Royal Infirmary for two nights. She's home now.",
    "I self-harmed a lot as a teenager but I'm not in that place now",
    "At 16 I took an overdose of my mum's pills and ended up in the Sick Kids",
    "The hill walk nearly killed me but the view was worth it",
])
def test_the_twenty_second_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "That dentist nearly killed me this morning",
    "I'm not in any danger, I just can't stop crying at night",
])
def test_twenty_second_idioms_and_reassurance_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


def test_a_will_sorted_and_never_having_to_chase_me_again_is_a_coded_goodbye():
    # the twentieth set's one remaining miss, in other words
    assert _got("Made my will last night. The kids' mum won't have to worry about me again.") == "suicidal"
    assert _got("Made my will last night, the solicitor was very helpful") is None


@pytest.mark.parametrize("text", [
    "my brother says he'll kill me if I don't get him his money by Friday",
    "my dad says he'll kill me if I phone the police",
])
def test_a_relatives_threat_over_money_or_the_police_is_not_an_idiom(text):
    assert _got(text) == "abuse"


@pytest.mark.parametrize("text,expected", [
    # wording the twenty-third set's first run missed (written here in other words)
    ("Filled in the forms so my sister can take over dad's care. After Friday nobody will need to worry about me", "suicidal"),
    ("my husband's flung a mug at me and he's still shouting in the hall", "abuse"),
    ("she has thrown a plate at me again, I'm in the kitchen and can't get past her", "abuse"),
])
def test_wording_from_the_twenty_third_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Filled in the forms so my sister can take over dad's care while I'm in rehab",
    "he threw a plate at me once, years ago; we're fine now",
])
def test_handing_over_care_or_a_thrown_plate_in_the_past_alone_is_not_a_crisis(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    # the twenty-third set's look-alikes, written here in other words
    "Don't read this as me wanting to kill myself, I'm not. I'm just worn out with the caring",
    "One of the lads used the word overdose but he meant the sweets he'd eaten, he's laughing about it now",
    "I had a couple of months where I thought about suicide after the divorce, but that's passed and I'm back at work",
])
def test_the_twenty_third_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


def test_words_denied_straight_after_only_when_the_denial_is_complete():
    # "..., I'm not." takes the words back; "..., I'm not coping" does not
    assert _got("I want to kill myself, I'm not coping with any of it") == "suicidal"


@pytest.mark.parametrize("text,expected", [
    # wording the twenty-fourth set's first run missed (written here in other words)
    ("Got the rifle down off the wall tonight and I honestly don't trust myself with it", "suicidal"),
    ("Sent my brother the bank details and my watch. Told my daughter to look after her mum. Soon I won't be a burden to anybody.", "suicidal"),
    ("Sat at the harbour in Eyemouth and thinking about walking into the water", "suicidal"),
    ("got a bag here and I'm thinking of doing the whole lot tonight", "suicidal"),
    ("her dad texted 'sorry for everything, today's the day I go to my wee brother'", "suicidal"),
    ("P5 boy says his stepdad belted him last night and he's picking him up at the gate at three", "child_at_risk"),
])
def test_wording_from_the_twenty_fourth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "A few weeks back I took far too much ket and ended up in A&E. Fine now, never again.",
    "Back in the spring I took too many of my pills by mistake and was kept in overnight. All good now.",
    "The missus will kill me when she sees what I spent at the bookies",
    "My brother will kill me if I show up late to his wedding",
    "My GP always asks if I want to harm myself. I don't, I never have.",
    "He went back to Ireland last year after he hit me. I am safe now.",
    "If someone was having a seizure on the bus, what should I do? Asking for the training.",
])
def test_the_twenty_fourth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "My 10 year old says he'd rather die than eat broccoli",
    "The weans are pure murder the night, bedtime's a battle",
])
def test_twenty_fourth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


def test_distrust_of_oneself_needs_the_means_and_denials_need_an_end():
    assert _got("I don't trust myself around drink at parties") is None
    assert _got("I want to kill myself. I don't know what else to do") == "suicidal"


@pytest.mark.parametrize("text,expected", [
    # wording the twenty-fifth set's first run missed (written here in other words)
    ("Can you find a family centre near me? And her partner's been shutting the kids in the cupboard and hitting them, and the kids are at home with him now", "child_at_risk"),
    ("tonight I think I jump off the pier at Ullapool", "suicidal"),
    ("My will and the bank papers are in the top drawer of the dresser. I've made sure the dog will be looked after.", "suicidal"),
    ("He's giving his trainers and his phone away to his cousins and asked me to tell his mum he's sorry", "suicidal"),
    ("my flatmate has just pinned me to the floor and he's still in the flat", "abuse"),
])
def test_wording_from_the_twenty_fifth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "She kept talking about overdosing but it was to wind the staff up, no intention, assessed as no risk",
    "My dad's going to kill me, I've dented his car",
    "I said I'd kill myself but it's just a saying back home, I'm fine",
    "The wee man joked about killing himself after the exam but he's grand, I've checked",
    "The fire alarm went off at 4am, nearly gave me a heart attack",
    "The urge to cut has passed now, I just need a GP",
    "Asked about self-harm, client denies any intent, mood settled",
])
def test_the_twenty_fifth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "I'm dying for a fag, the ward's no smoking",
    "If I have to fill in one more form today I'll actually die",
    "My son worries I'll drink too much again. I've no wish to die, I just want a meeting",
])
def test_twenty_fifth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the twenty-sixth set's first run missed (written here in other words)
    ("I've got the ketamine from work in my bag and I'm planning to use all of it on myself tonight", "suicidal"),
    ("Parked in the van by the quarry edge thinking about driving in", "suicidal"),
    ("Need a number for the drug service. My brother just said he took his whole month's supply an hour ago", "overdose"),
    ("I had way more than I usually take tonight and there's a pain shooting into my left arm", "medical"),
    ("Her dad's had a skinful and he's drove off wi the twins in the back, he could hardly stand", "child_at_risk"),
    ("She messaged that she's taking the kids where I'll never see them again", "child_at_risk"),
    ("Handed my nephew all my medals and showed my sister where the insurance papers are. They won't need me around after this.", "suicidal"),
    ("Dad gave the neighbour all his tools and says he's had his innings, we won't have to worry about him for much longer", "suicidal"),
    ("Sliced my palm on the glass, it's still pumping and I'm on my own", "medical"),
])
def test_wording_from_the_twenty_sixth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Tried to take my own life after the divorce. That was ages ago and I'm in a far better place now",
    "There was a time in my twenties when I thought about ending my life, and that is long behind me",
    "My wee brother beat me at snooker again, I'm fuming",
    "Fittin smoke alarms all day in Kirkcaldy, who do I ask about a tenant who's drinking heavily",
    "The audience was so bad I'm going to die laughing telling this at the pub",
])
def test_the_twenty_sixth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "The patter in the staffroom today, I was dying laughing",
    "Knees are in bits after the hill walk, somebody put me out of my misery",
    "Not planning on ending anything, I just want a detox",
    "The van's been leaking oil since Perth, it's on its last legs",
    "That chilli was so hot my mouth is on fire",
    "Forty reports to write before Monday, send help",
])
def test_twenty_sixth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the twenty-seventh set's first run missed (written here in other words)
    ("Client handed back all his library books, paid off his fines and said we'll never have to deal with him again", "suicidal"),
    ("Can you find me a benefits adviser? Sorry, a guy at the bus stop has just started kicking the woman he's with", "abuse"),
    ("Showed my sister where the bank papers are. She'd be a better mum to them than me.", "suicidal"),
    ("Been to the top of the multi-storey car park every night this week and tonight I'm going to step off", "suicidal"),
    ("Put all my affairs in order for the wife. The policy will look after her now.", "suicidal"),
    ("I'm on the pier and I want to go into the loch", "suicidal"),
    ("Made a list of all my passwords for my sister. I won't need them after Sunday.", "suicidal"),
    ("My brother rang me to say goodbye and he's standing on the railway line by the station", "suicidal"),
])
def test_wording_from_the_twenty_seventh_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Used to cut my legs last winter but I've not done it since and I've been seeing my CPN",
    "She was clear she's not having any thoughts of hurting herself, she just wants a detox",
    "My chest has been sore since I started smoking heroin, can I see a nurse?",
    "Scared to stop the G, my pal took a fit when she did",
    "Son collapsed in the flat fri night after the G, came round fine, what support is there now?",
    "I really need to cut the cider down before the wedding",
    "It can't go on, I need to stop the drink",
])
def test_the_twenty_seventh_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "That wind on the ferry would take the face off you",
    "Could have strangled the lot of them after they left the gate open",
])
def test_twenty_seventh_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the twenty-eighth set's first run missed (written here in other words)
    ("ma brother's no wakin up making a funny noise, took blues", "overdose"),
    ("Sorry to interrupt, our neighbour is grey and clutching at his chest on the stair", "medical"),
    ("the wee one knocked the kettle over herself and she's screaming", "medical"),
    ("need a food bank in Elgin. and there's a toddler wandering about the main road on his own, nobody with him", "child_at_risk"),
])
def test_wording_from_the_twenty_eighth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Should my son ever stop breathing, am I allowed to give him the naloxone myself?",
    "Took the horrors one summer, seeing spiders on the walls after stopping the drink, ended up in the hospital",
    "I'm not saying my mum is going to harm herself, she just isn't herself since the funeral",
    "my tutor is gonna kill me if im late again",
    "Mum was sober for ten years after her heart attack. She's drinking again since Dad left.",
    "Son passed away. Overdose. Kirkcaldy.",
    "I can't keep going over to Mull every week for the group",
])
def test_the_twenty_eighth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


def test_twenty_eighth_reassurance_keeps_the_model_out():
    assert decide("He said 'I won't do anything to myself, I promise', and he meant it",
                  _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the twenty-ninth set's first run missed (written here in other words)
    ("my pal dropped off his guitar and his cat with me last night, thanked me for everything, says he won't need the flat now", "suicidal"),
    ("Can you help with his rent? Also he's messaged me a picture of bad cuts on his wrist, did it an hour ago", "self_harm"),
    ("my heart is racing and I'm clammy, feel like I'm about to faint", "medical"),
    ("she texted that she wants to go to sleep forever and not wake up", "suicidal"),
    ("her man has just come at the wee girl with a bottle", "child_at_risk"),
    ("he's in the close laying into my brother with a pole", "abuse"),
    ("she can have all my makeup and clothes, honestly im done being alive", "suicidal"),
    ("I've just gone at my legs with a blade again", "self_harm"),
])
def test_wording_from_the_twenty_ninth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "He took too much at a festival three year back, spent a night in hospital. He's been fine since.",
])
def test_the_twenty_ninth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "I could die for a lie-in after the week I've had",
    "i'd kill for some peace and quiet in this house",
])
def test_twenty_ninth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the thirtieth set's first run missed (written here in other words), and two
    # learner-English messages the crisis model stopped catching when its features changed
    ("need a food bank in Leith. and I'm stood on the Kessock Bridge trying to decide whether to go over", "suicidal"),
    ("He handed me his cat's basket and said look after Milo as he's off to be with his wife, she passed in March", "suicidal"),
    ("she's at the back door screaming and she's booting it in, the kids are in their beds", "abuse"),
    ("Today I write letter to my wife to say sorry. After tonight she will not worry for me again.", "suicidal"),
    ("Please, I think to die. I can't more this life.", "suicidal"),
])
def test_wording_from_the_thirtieth_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "A year past I swallowed too many of my tablets and ended up in Ninewells. In a better place now.",
    "What should we do with them if she collapsed on us? Just asking about the naloxone kits.",
    "That weather on the ferry is going to kill me this winter",
])
def test_the_thirtieth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


def test_thirtieth_idioms_keep_the_model_out():
    assert decide("That gale would blow you off the pier, honestly", _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the thirty-first and thirty-second sets' first runs missed, in other words
    ("signed the van over to my cousin yesterday and told the landlord where the spare keys are kept. won't be needing any of it soon", "suicidal"),
    ("Resident handed us back all his keys this morning, thanked the staff for everything, said we'll not need to check on him after this week", "suicidal"),
    ("Gave my fishing rods to the boy next door and said ta-ta to the lads at the club. I'll not be about for the new season.", "suicidal"),
    ("put the caravan in my sister's name, paid off what i owe the bookie. nobody has to carry me after this", "suicidal"),
    ("I need a dentist, and also I keep my tablets from the chemist and I think to take all of them when my wife sleeps", "suicidal"),
    ("tak a whole load of her sleepers wi cider n now a cant see right an the room's moving", "overdose"),
    ("She left her son's drawings and his blanket with me and asked us to keep them safe. Says she's got it all sorted.", "suicidal"),
])
def test_wording_from_the_thirty_first_and_second_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Her husband kicked her out when he found the vodka, she needs a flat",
    "Their wee boy is terrified of him when he's been on the drink. Is there a group for the kids?",
    "Our chef says if I burn one more pizza he will kill me, he's a laugh",
    "fit wid a dae if a found her no breathin? a want tae be ready",
    "Should the worst happen and he goes unconscious on me, what do I do first?",
    "Training question for the team: if a concierge finds someone unresponsive in the lift, what do they do?",
    "what happens if a guy collapses after taking coke at a party, just so I know for the future",
    "Sandra took too much at her birthday in the summer and they kept her in overnight. She's been fine ever since.",
    "The lad isn't at any risk of hurting himself, the nurse checked him, he just wants to talk about the cannabis",
    "Coach had us doing suicide sprints, my legs are gone",
])
def test_the_thirty_first_and_second_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "Hanging on by a thread till the summer holidays, these P7s are wild",
    "That dog will be the end of me, he's chewed another shoe",
    "Hanging from a rope up a big oak all morning, I'll phone you later",
    "the clegs were eating us alive on the hill",
    "My mum'll hang me when she sees the state of my room",
    "The pub was dead tonight, only two regulars in",
    "Completely dead beat after the night shift",
    "Took a right battering on the hill in that wind, great day though",
    "I'm about to take a hammer to this printer",
    "The ram nearly flattened me at the sale",
    "The lambing shed was a bloodbath last night, six ewes at once",
    "No one here is in any danger, I was letting off steam earlier",
])
def test_thirty_first_and_second_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.3, "suicidal")).type is None


@pytest.mark.parametrize("text", [
    "Can we put the tenancy in my name? He's moving out after this week.",
    "Handed my keys back to the landlord, thanks for everything, now I need a new place",
])
def test_moving_house_is_not_a_coded_goodbye(text):
    # the belongings and thanks of the thirty-first and thirty-second sets' coded goodbyes
    # (keys handed over, something put in someone's name) stop short of an ordinary move
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording the thirty-third and thirty-fourth sets' first runs missed, in other words
    ("Ma da's doon at the harbour, says he'll jump in the water if we come any closer", "suicidal"),
    ("She's on the bank now and keeps saying she'll throw herself into the river", "suicidal"),
    ("He's leaning over the railings on the ferry shouting that he'll go over", "suicidal"),
    ("Sitting by the loch now and I'm ready to walk in and not come back", "suicidal"),
    ("The door's shaking, he's trying to boot it in and I'm upstairs with the kids", "abuse"),
    ("Her dad came at her with a hammer just now, she ran round to ours", "abuse"),
    ("Can you find a counsellor? Also my stepdad is threatening my mum with a bottle in the kitchen", "abuse"),
    ("Boyfriend's steaming and he's grabbed the baby and he's shaking her to shut her up", "child_at_risk"),
    ("got the blade ready in my hand and im going to use it tonight, sorry", "self_harm"),
    ("My niece is 13 and she's being given vodka by older lads at the park every night", "child_at_risk"),
    ("I've had far more of the tramadol than I should with the wine and I feel woozy and peculiar", "overdose"),
    ("Changed my will on Friday and told the gaffer not to expect me back. Thanks for everything, honestly", "suicidal"),
    ("Packed up all my tools for my nephew. He won't have to worry about me after this", "suicidal"),
    ("Old fella came to the counter and said the lassie could have his cat, thanked us for everything", "suicidal"),
    ("My ex turned up drunk at the door and he's trying to kick it in. He broke my arm the last time.", "abuse"),
])
def test_wording_from_the_thirty_third_and_fourth_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "I'm going to die in that interview tomorrow, I'm that nervous",
    "The year after my divorce I tried to end it. Not like that now, I just want to stop drinking.",
    "What should we advise if a client phones saying they've taken an overdose? It's for our staff guide",
    "Hx overdose 2021, stable on methadone, wants help with housing",
    "Rent will jump in April so can I get help with the electric?",
    "Sat by the loch thinking about going in for a swim later, any idea if the water is clean?",
    "I'll jump in the car and come to the meeting",
    "Moving day: packed all my stuff into boxes for my brother's van, thanks for everything",
    "He's a sweetheart, he'd jump at the chance of a job",
])
def test_the_thirty_third_and_fourth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "am no gonny dae anythin stupid, just need tae talk tae somebody",
    "Risk assessment done, no immediate danger, she needs a flat",
])
def test_thirty_third_and_fourth_reassurance_keeps_the_model_out(text):
    assert decide(text, _row(0.9, "suicidal")).type is None


@pytest.mark.parametrize("text", [
    # ordinary messages of the thirty-third and thirty-fourth sets answered as crises
    "He's argued with her till he's blue in the face about the drink, what else can we do?",
    "My landlord's just kicked us out over the arrears, where do we go tonight?",
])
def test_ordinary_idioms_of_the_thirty_third_and_fourth_sets_are_not_crises(text):
    assert _got(text) is None


def test_a_jump_into_water_needs_a_threat_not_a_habit():
    assert _got("I jump in the sea every morning, it's the only thing that clears my head") is None
    assert _got("I'll jump in the loch for a swim after work, where's the chemist in Callander?") is None
    assert _got("He's on the quay saying he will jump in the harbour") == "suicidal"


@pytest.mark.parametrize("text,expected", [
    # wording the thirty-fifth and thirty-sixth sets' first runs missed, in other words
    ("Put my pension papers and granny's brooch in an envelope for my niece. Won't be needing them.", "suicidal"),
    ("Two of them are back at the flat and one has just smashed the kitchen window in, I'm in the bedroom", "abuse"),
    ("Can you help with a PIP form? My husband has just struck me and I'm scared to come out the toilet", "abuse"),
    ("Got the will sorted and the insurance for the kids. Told work I won't be back after Monday. It's all squared away.", "suicidal"),
    ("A lad at the youth club says his mum's boyfriend burnt him with a cigarette and he's going back there tonight", "child_at_risk"),
    ("Selling my decks and records on Gumtree, won't need them. Tell the crew it was good knowing them.", "suicidal"),
    ("Left the shop accounts in order for whoever takes over. I'll be seeing Mum soon, she's waited long enough.", "suicidal"),
    ("I had a fall in the garden and I can't get up, my leg is at a horrible angle and there's nobody home", "medical"),
    ("Sorted all the papers and the bank details for my son. I've had a good innings and I'm ready to go and see my wife.", "suicidal"),
    ("Patient asked us to pass her belongings on to her daughter 'when the time comes' and says the appointment won't matter by then.", "suicidal"),
    ("Tenant just rang, her ex is standing at the close door with a knife", "abuse"),
    ("I need help with the court. Honestly I don't plan to be alive for the hearing, I've decided.", "suicidal"),
    ("Wrote out all Tam's medication for our son. He'll manage him better than me. I'm tired of being a burden.", "suicidal"),
    ("His syringes are lying on the couch where the wee one can reach them and he's asleep", "child_at_risk"),
])
def test_wording_from_the_thirty_fifth_and_sixth_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "I said I'd top myself if the dye went green again, that's just salon banter. I'm fine, I need a counsellor for the drink",
    "A pupil wrote 'I want to die' about her French homework; we've talked and she's grand",
    "I'd rather die than miss the derby, anyway where's the needle exchange in Motherwell?",
    "What's the drill if someone goes over at a party? Asking so I know",
    "Client has a history of overdose in 2021, currently stable on Espranor, wants a dentist",
    "For our own training, if we arrive and a tenant is unresponsive, do we give naloxone first?",
    "If I'm on shift and have a panic attack and can't breathe, do I ring 999?",
    "He said he'll put my windows in if I don't pay him, he's all talk, I just need debt advice",
    "Sitting here wi a bottle every night an I cannae stop, need help",
    "Our client on supervised methadone is stable and asking where he can get help with the gas bill",
])
def test_the_thirty_fifth_and_sixth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "The clegs were murder at the fank today, ate us alive",
    "Missing the deadline would be fatal to the claim, so I'll post it tomorrow",
    "im dead, my dog ate the birthday cake lol",
    "boss says if i'm late again he'll nail me to the wall lol. anyway, detox?",
])
def test_thirty_fifth_and_sixth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.9, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # a what-if about work or training does not reach a crisis happening now
    ("He's battering her right now and if I'm at work tomorrow who will stop him?", "abuse"),
    ("I can't breathe, my chest is locked after the session, this is for my training", "medical"),
])
def test_work_and_training_words_do_not_make_a_crisis_a_what_if(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # wording the thirty-seventh set's first run missed, in other words
    ("Her son turned up steaming and he's threatening the carer with a knife in the kitchen", "abuse"),
    ("my da's no right wi the drink, he's got the hammer in his hand and I'm scared", "abuse"),
    ("there's a belt and a rope in the garage and I'm thinking about using it tonight", "suicidal"),
    ("wee one fell off the bunk, banged her head, been sick and she's very drowsy", "medical"),
    ("Paid what I had left into my mum's account. Nobody will need to chase me after this week.", "suicidal"),
    ("Gied my brother the keys and the papers. Ah'll be at peace soon.", "suicidal"),
    ("He's just went fur her wi a bottle in the close", "abuse"),
    ("Left the deeds on the table where my son will find them. I won't be troubling anyone again.", "suicidal"),
    ("A seven-year-old told the lollipop lady he's been on his own since yesterday, no adult in the house", "child_at_risk"),
])
def test_wording_from_the_thirty_seventh_set_first_run(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Tried to end it after my divorce. That was years back and I pulled through it with help.",
    "Cut myself all through secondary school, haven't since I was 16, just so you know",
    "What's best practice if a client collapses in reception after using?",
])
def test_the_thirty_seventh_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "Saturday night was a bloodbath on the ward, I'm a walking corpse",
    "The gaffer near took my head off for the state of the van",
    "The inspectors were out for blood but we passed",
    "Aberdeen got hammered again, I'm raging",
    "am no gonnae dae nothin tae masel, I just need a bed",
])
def test_thirty_seventh_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.9, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the thirty-eighth to forty-first sets' first runs missed, in other words
    ("Sorry to bother you about the food bank but my stepdad struck me tonight and he's still in the kitchen", "abuse"),
    ("Could you find me a counsellor? My wife has struck me twice today and I'm sleeping in the car", "abuse"),
    ("I asked for my card back and when I said no he pushed me down the stairs, he's still here", "abuse"),
    ("I've saved up my mum's co-codamol and I'm swallowing the lot tonight once she's asleep", "suicidal"),
    ("my pal says he's gonna neck all of them the night, he's got them in his pocket", "suicidal"),
    ("the guy across the landing is steaming and battering his girlfriend, she's screaming", "abuse"),
    ("The twins are sitting in the car outside the pub on their own, they're only 5", "child_at_risk"),
    ("their mum left the wee ones alone in the flat last night, they are 3 and 5", "child_at_risk"),
    ("I've just put a razor to my wrist again, I'm sitting on the bathroom floor", "self_harm"),
    ("been slashin ma legs the night, cannae stop the blood", "self_harm"),
    ("he's got his girlfriend by the throat in the close right now", "abuse"),
    ("Can't chat. She's in. If I go quiet you'll know why.", "abuse"),
    ("any chance of a food bank near Perth? also been thinking abt taking all my heart pills tonight", "suicidal"),
    ("I'm swallowing all my sleeping tablets when he goes out", "suicidal"),
])
def test_wording_from_the_thirty_eighth_to_forty_first_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "she's taking them all to the pictures tonight",
    "he's taking all of them bowling tonight, the wee rascals",
    "he's beating his brother at chess most nights",
    "the kids are 4 and 7 and they were left alone once in 2019, social work were great",
    "my boys are 5 and 8 and I bring them up on my own",
    "he struck me as a decent guy when we met",
    "Patient says no thoughts of harming herself, she just wants her dose split",
    "if I go quiet on the group chat it's cos I'm on holiday, he says hi",
    "my mum's been on her own about 5 years since dad died, she's lonely",
    "he is 6 years sober and lives on his own now",
])
def test_the_thirty_eighth_to_forty_first_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    # the thirty-eighth to forty-first sets' look-alikes, in other words
    "I dinna want tae die, I just want the sore heid tae stop",
    "whit's da signs o somebody takin too much? askin for the work",
    "my pal says she'll kill me if I don't go to her leaving do lol",
    "my supervisor is gonna kill me, ive been late twice this week",
    "what one ought to do if a person goes unconscious at a party, in general?",
    "Took an overdose two years past. I'm out the other side of it now, just need a GP",
    "she says I'm killing her with my snoring, can we get a family group in Ayr",
])
def test_the_thirty_eighth_to_forty_first_sets_second_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "I'd kill for a fish supper the now, starving",
])
def test_thirty_eighth_to_forty_first_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.9, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the forty-second to forty-fifth sets' first runs missed, in other words
    ("Bus stop on Leith Walk. Woman down. Agonal gasps, can't find a pulse, I'm doing CPR", "overdose"),
    ("no pulse and he's grey, my pal's started compressions", "overdose"),
    ("My brother has gone unconscious on the couch and he's making a horrible gurgling sound, he got out on Monday", "overdose"),
    ("Granny's had a fall and there's blood pouring from her head, she's not making sense", "medical"),
    ("he's spitting up blood and can hardly breathe, we're at the hostel", "medical"),
    ("now he has a fit on the kitchen floor, he stopped the drink Friday", "medical"),
    ("she took the kids out of nursery and she's wasted, now she's driving them to Ayr, without a car seat", "child_at_risk"),
    ("the bairns have been on their ain since teatime, the baby's 9 months", "child_at_risk"),
    ("need a food bank. also he had his hands around her throat an hour ago and he's back", "abuse"),
    ("my ex has got me pinned in the hall and I've locked myself in the loo now", "abuse"),
    ("he flung her against the wall, he's still in the living room", "abuse"),
    ("Looking for a GP but her son is in the house right now battering her, I can hear it", "abuse"),
    ("he's standing at the door with a can saying he'll burn the flat with us still in", "abuse"),
    ("She came in with a black eye saying her man's coming after her, he's drunk", "abuse"),
    ("She texted 'is the blue mug still at yours'. That's our signal for him being at her.", "abuse"),
    ("Any room tonight for one? Not safe to talk more here.", "abuse"),
    ("Cannae talk. He's home.", "abuse"),
    ("if I stop texting it's because he's got the phone again", "abuse"),
    ("he's watching over my shoulder so I'll keep it short, I need out tonight", "abuse"),
    ("he doesn't plan to wake up tomorrow, he's got the tablets in his coat", "suicidal"),
    ("I'm going to swallow everything I've got tonight, I'm sorry", "suicidal"),
    ("Also my client says she's planning to neck the lot tonight", "suicidal"),
    ("she's going to take all her insulin at once, she said so on the phone", "suicidal"),
    ("He handed me his medals for his grandson and said he won't be needing the appointment", "suicidal"),
    ("tell my mum I love her. that's me. goodbye", "suicidal"),
    ("I need a house, and if I don't get one I'm finished, I'm thinking about taking them all tonight", "suicidal"),
    ("he's swallied a great many of his tablets and he's slurring", "overdose"),
    # a body that will not wake now is not over because the drugs were taken yesterday
    ("she took a load of pills yesterday and I can't wake her", "overdose"),
    ("he passed out on the sofa on Saturday night and he's still not waking", "overdose"),
])
def test_wording_from_the_forty_second_to_forty_fifth_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    # their look-alikes, and how far the new patterns reach
    "Question. If a resident stops responding after using, what does the policy say?",
    "whats the procedure if someone goes unresponsive in the toilets?",
    "Fit should I say if a quine tells me she's gaun tae end it? I wint tae be ready.",
    "I took too much at a festival last Halloween and ended up in the Royal. Survived. Want to cut down now.",
    "my nephew had a bad turn at the weekend, he is out now and ok, just want a GP for him",
    "Three years ago I cut myself a lot, now I'm fine and working again, looking for a college course",
    "my dad says my driving nearly gave him a heart atack",
    "we're doing CPR training at the hub on Thursday, can volunteers come?",
    "that's our word for it in the recovery café, 'the wee bus', what do you call it?",
    "the baby is 9 months and teething, I'm knackered, any parent groups?",
    "I was sick of the blood tests so I stopped going, can I re-register?",
    "my sister passed out at the bus station on sat, how do I get her into rehab",
])
def test_the_forty_second_to_forty_fifth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "the gas bill is bleeding us dry",
    "this rota is going to give me a heart attack",
    "she cried like it was the end of the world when the shop was shut",
    "A'm nae gaun tae dae masel in, dinna fash, jist scunnered",
])
def test_forty_second_to_forty_fifth_idioms_keep_the_model_out(text):
    assert decide(text, _row(0.9, "suicidal")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the forty-sixth to forty-ninth sets' first runs missed, in other words
    ("my neighbour says he has been saving his diazepam and plans to take them all tonight", "suicidal"),
    ("the lads in the close have my gran cornered and they've punched her, she's 79", "abuse"),
    ("I was after a GP but her boyfriend has just flung a mug at her and she's hiding in the bathroom", "abuse"),
    ("there's a lassie here with bruises on her arms, she says he'll batter her if she goes back", "abuse"),
    ("cheers for everything pal, ye'll never hear fae me again", "suicidal"),
    ("he left me his guitar and his keys, said thanks for trying and I'll not need to visit him", "suicidal"),
    ("my son texted 'tell dad it wasn't his fault' and his phone is off", "suicidal"),
    ("thanks for everything you've done, I won't be needing any more appointments", "suicidal"),
    ("There's no need to call me after tonight. Thank you for your patience.", "suicidal"),
    ("cannae really talk, ma man's watchin ower ma shoulder", "abuse"),
    ("Can't talk, he's in the kitchen. Please send someone.", "abuse"),
    ("partner swalowed a whole box of her tablets, she's slurring", "overdose"),
    ("he tuk 40 pregabs and he's gone all floppy", "overdose"),
    ("my sister's got a handful o tablets an she's neckin them the noo", "suicidal"),
    ("ma pal's got a box of pills and she's swallowing them right now", "suicidal"),
    ("he's sat at the edge of the harbour saying he's goin in", "suicidal"),
    ("the weans are on their own since last night, their mum's away", "child_at_risk"),
    ("a wee lassie, four year old, is left on her own in the close", "child_at_risk"),
    ("flatmate took a load of pills, wont wake up, breathing really slow", "overdose"),
    ("cant brethe, heart going mad after the coke", "medical"),
])
def test_wording_from_the_forty_sixth_to_forty_ninth_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    # their look-alikes, and how far the new patterns reach
    "I need register with doctor, I have cough 3 weeks and pain in chest when I breathe deep",
    "she's hit him before, years ago, but they're fine now, we need a family support worker",
    "It struck me that he's been drinking more, who can he talk to?",
    "how do I tell my son it wasn't his fault his dad drank?",
    "Thanks for everything, I won't need my appointment next week as I'm on holiday",
    "No need to contact me again, I've got a place at the rehab now. Thank you!",
    "you won't hear from me again until Monday, my phone's broken",
    "my boss is always looking over my shoulder at work, can I get help with my anxiety",
    "the kids were alone for two days when I was in the cells last year, they're with my mum now",
    "she has a box of pills from the GP and she's taking them now as prescribed",
    "sat at the end of the pier with a coffee, thinking about going in for a swim",
])
def test_the_forty_sixth_to_forty_ninth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    # what-ifs, a past told in Doric or text-speak, and family idioms, which also keep the model out
    "In the event of a resident taking a seizure, who do we phone first?",
    "Can you advise what I ought to do should my son ever stop breathing after using?",
    "were a client ever to collapse in reception, is there a protocol?",
    "Gin ma loon ever took ower mony, fit wid I dae?",
    "what happens if my pal goes unresponsive at a party",
    "had a fit 3 yr ago coming off the drink, want a proper detox now",
    "couple o year back he overdosed, he's clean now, wants college",
    "the flight over was that bumpy I thought we were going to die, anyway, about the detox",
    "my son'll kill me if I miss his graduation, can I move my appointment",
])
def test_forty_sixth_to_forty_ninth_look_alikes_keep_the_model_out(text):
    assert decide(text, _row(0.9, "overdose")).type is None


@pytest.mark.parametrize("text,expected", [
    # wording the fiftieth to fifty-third sets' first runs missed, in other words
    ("My nephew is wasted and hitting his mum in the living room. Right now.", "abuse"),
    ("Tenant's son battering her. Now. I'm outside the flat.", "abuse"),
    ("Dad's face has started drooping on one side and he can't lift his arm", "medical"),
    ("Neighbour: slurred words, left arm gone numb, about 15 mins. ?stroke", "medical"),
    ("3yo alone in the flat upstairs, mum out, nobody answering the door", "child_at_risk"),
    ("Visit now: two kids under 4 alone in temp flat, no adult since the morning", "child_at_risk"),
    ("the bairns are hame alane again and I cannae get their mum", "child_at_risk"),
    ("a wee lassie in a nappy greetin on the stair, mum's been out since dinner time and nobody's in", "child_at_risk"),
    ("her partner has just snatched the kids and driven away off his face", "child_at_risk"),
    ("he's pushed her down the stairs and she's not getting up", "abuse"),
    ("My pal says her brother has punched her and he's still in the house", "abuse"),
    ("he stood over me and skelped me with the remote", "abuse"),
    ("can't talk, she's in the other room, please just send the number", "abuse"),
    ("he's found us. can't talk.", "abuse"),
    ("She just did the signal for help on our Teams call", "abuse"),
    ("My sister has just texted our code word, she's scared", "abuse"),
    ("they won't have to put up with me much longer", "suicidal"),
    ("I've got all my pills here and I'm thinking about taking them all", "suicidal"),
    ("my brother says he's swallowing every pill he has got", "suicidal"),
    ("My son messaged 'cheers for everything mum' and now his phone's off", "suicidal"),
    ("he said don't come round, and his phone has been off since", "suicidal"),
    ("told the boss not to expect me back, or ever", "suicidal"),
    ("he showed me cuts on his wrists from this morning and they're still bleeding", "self_harm"),
    ("she's on her way to the multi-storey to jump", "suicidal"),
    ("got a picture of his wrists and he said goodbye", "suicidal"),
    ("my chest's been aching for twenty minutes and it's going down my left arm", "medical"),
    ("she had stopped drinking and now she's stopped and is having a fit on the floor", "medical"),
    ("he's stopped the vallies and he's just took a fit on the sofa", "medical"),
    ("gave my nephew my rings and my watch. that's me done now", "suicidal"),
    ("handed my sister the keys, the cat's to go to my mum, you needn't visit again", "suicidal"),
])
def test_wording_from_the_fiftieth_to_fifty_third_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    # their look-alikes, and how far the new patterns reach
    "my grandson was hitting his gran years ago but he's a changed man, he wants college",
    "My face droops a bit since my stroke in 2019, can I get a dentist",
    "the kids were never alone, no, I always had a sitter. I need a parenting group",
    "he pushed the bins down the stairs for the uplift, is there a handyman scheme",
    "We agreed on a code word for the group chat. Where's the nearest recovery cafe?",
    "Thanks for everything, my phone's off at work but I'll call Monday",
    "I'm not going to jump, I just need a bed for tonight",
    "I've put up with the housing office much longer than I should have",
])
def test_the_fiftieth_to_fifty_third_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    # what-ifs, a past told with an age, denials in Scots and everyday idioms, which keep the model out
    "Ma maw's gonnae kill me fin she finds oot I lost ma script",
    "this weather it'll kill me, is there a warm space in Dundee",
    "I'd rather die than sit in a group, is there one to one help",
    "is not that I want to kill myself, I just want to sleep better",
    "he thinks I'm going to hurt myself but I'm not, honest, I need a counsellor",
    "Attempted at 17. Doing fine now, looking for work",
    "Fit wid I dee if ma loon took ower mony?",
    "If somebody takes G and drink, is that how folk stop breathing?",
    "Question for my CPD: if someone's swallowed a lot of pills but seems fine, what then?",
])
def test_fiftieth_to_fifty_third_look_alikes_keep_the_model_out(text):
    assert decide(text, _row(0.9, "overdose")).type is None


@pytest.mark.parametrize("text", [
    # an emergency now, beside a sentence about something else that happened recently
    "Tenant found unresponsive in the close, needle still in his arm, not breathing properly. He was liberated on Tuesday.",
    "Boy in room 4 gone blue, no breathin right. He got his giro yesterday.",
    "Lips blue, snoring, can't rouse him. He was released yesterday.",
    "He got out of prison on Tuesday. Patient slumped in the toilets, pinpoint pupils, he's had his methadone and pregabalin.",
    "She's on the floor and not breathing right. They brought her round last time.",
])
def test_a_recent_past_sentence_about_something_else_does_not_end_an_overdose_now(text):
    assert _got(text) == "overdose"


@pytest.mark.parametrize("text", [
    # overdoses that are over, told across sentences
    "Last night was the worst of my life. He stopped breathing and I gave him naloxone. The ambulance took him in.",
    "On Saturday my son took too much. He went blue. The paramedics brought him round.",
    "My brother went over on Sunday. He was blue and not breathing when I found him. He's in ICU.",
    "Attendance has dropped to 60% this term and he told me last week there's no food in the house.",
])
def test_an_overdose_told_as_over_across_sentences_is_not_a_crisis(text):
    assert _got(text) is None


# An ordinary sentence about something else beside an emergency must not hide it (the
# rule-out probe of 6 December: "He got out of prison on Tuesday." beside each explicit or
# overdose-in-progress test message hid 570 of 3,730 from the lexicon before ced4083; 4 now).
OTHER_SENTENCES = ["He got out of prison on Tuesday.", "She was discharged from hospital yesterday.",
                   "They brought him round last time.", "We moved here last year."]


def test_an_ordinary_sentence_beside_an_emergency_does_not_hide_it():
    rows = [row for path in sorted(DATA.glob("crisis_*.yml")) for row in yaml.safe_load(path.read_text())
            if row["kind"] in MUST_CATCH]
    every = os.environ.get("NWD_QUALITY_SETS", "") == "all"
    if not every:
        rows = rows[::2]  # every second one in every run (all took 2 min 21 s in CI on a slow day); all in `make quality`
    caught = [row["text"] for row in rows if detect(row["text"])]
    assert len(caught) >= (2200 if every else 1100)
    for other in OTHER_SENTENCES:
        texts = [t for text in caught for t in (text.rstrip(".!? ") + ". " + other, other + " " + text)]
        hidden = [t for t in texts if detect(t) is None]
        assert len(hidden) <= 0.005 * len(texts), (other, len(hidden), hidden[:5])


@pytest.mark.parametrize("text,expected", [
    # wording the fifty-fourth to fifty-seventh sets' first runs missed, in other words
    ("I'm heading down to the harbour tonight and that's it, I'm done", "suicidal"),
    ("she says she's driving out to the quarry now and that's her", None),   # guard: "that's her" is not "that's me"
    ("my brother phoned from the bridge, says he's going to throw himself off", "suicidal"),
    ("mate says he's gonna throw himself into the Clyde", "suicidal"),
    ("I keep thinking about walking into the Tay", "suicidal"),
    ("my dad says he's going to walk off the end of the breakwater", "suicidal"),
    ("She's been saving up her pregabalin for weeks to take them all at once", "suicidal"),
    ("tonight's the night I take the whole lot", "suicidal"),
    ("the kids will be better without me", "suicidal"),
    ("this is the last time I bother anyone", "suicidal"),
    ("it's about time I stopped being a burden to the family", "suicidal"),
    ("tell my mum I was sorry", "suicidal"),
    ("made my will last week, just so someone knows", "suicidal"),
    ("He says he'll kill her as soon as the police leave", "abuse"),
    ("there are finger marks round her neck and her partner's still in the flat", "abuse"),
    ("the two wee ones are locked in their bedroom and he's raging downstairs", "child_at_risk"),
    ("toddler crawling about with methadone bottles out on the table", "child_at_risk"),
    ("baby's not been fed since this morning and mum's out of it", "child_at_risk"),
    ("my granddaughter, who is five, has been left alone all day", "child_at_risk"),
    ("took 2 many tablets cant breathe right", "overdose"),
    ("tuk 2 mny valium evrythin spinin", "overdose"),
    ("he's choking on a bit of steak and can't breathe", "medical"),
    ("fell off the ladder, think my leg's broken, can't get up", "medical"),
    ("he's fitting on the floor, he stopped the drink on Monday", "medical"),
    ("13-year-old says her mum's boyfriend comes into her room at night, she's scared to go home", "child_at_risk"),
    ("Been up three days on coke, no sleep, chest pain and my arm's gone numb", "medical"),
    ("I'm standing on the pier. Nobody cares so what's the point. I'm going in.", "suicidal"),
])
def test_wording_from_the_fifty_fourth_to_fifty_seventh_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    # their look-alikes, and how far the new patterns reach
    "I'm throwing myself into work now, any evening meetings?",
    "walking down to the harbour now for a pint, that's me for the day",
    "my wife will manage fine without me for the six weeks I'm in rehab",
    "been cutting hedges all day, any drop-ins in Perth on a Saturday?",
    "Killing myself in this heat with the garden, any evening groups?",
    "My sergeant's going to kill me, I've missed the refresher again.",
    "the head chef is gonna kill me, can he make me work 14 hours",
    "That result near gied me a heart attack. Who can I talk to about money?",
    "He's a heart attack waiting to happen with the takeaways",
    "app just overdosed me with orders again",
    "dad's snoring through the wall every night is killing me, any help getting my own place",
    "this new weed knocks me out cold by nine, is that normal?",
    "She's peeing blood, the ket's wrecked her bladder, she needs a GP",
    "I want off the street vallies but I'm scared of taking a fit",
    "not self harm, she scratched her arm on a fence, she needs a GP",
    "Cut my hand on the shears, nothing serious. Coke help in Dunfermline?",
    "Overdosed twice in my twenties, both times my sister found me. Long time ago.",
    "I overdosed in the summer and they brought me round, I haven't used alone since",
    "Ah took an overdose in 1999. Ah'm only askin aboot gettin aff the valium noo.",
    "Tried to end it in 2016. Got through it. Doing alright these days.",
    "She's one o my clients, on her own oot at Aith, would like someone to talk to",
    "can't leave the dog, I'll not need anything after Friday though",
])
def test_the_fifty_fourth_to_fifty_seventh_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    # training questions and fears for some day, which keep the model out too
    "For trainin: if a client stops breathin in a session, naloxone first or 999 first?",
    "Hypothetical: if my flatmate OD'd and I had no naloxone, compressions-only or 30:2?",
    "For our team's training: if a woman were found unresponsive after benzos, should naloxone still be given?",
    "I'm doing the naloxone course next week. What would you tell someone to do if a customer went floppy?",
    "Just curious, if somebody typed in here they'd taken too many pills, would this get an ambulance?",
    "is there naloxone for oxy? i worry he's gonna stop breathing one night",
])
def test_fifty_fourth_to_fifty_seventh_training_questions_keep_the_model_out(text):
    assert decide(text, _row(0.9, "overdose")).type is None


@pytest.mark.parametrize("text", [
    # a training word in a message about a body in danger now is not a training question
    "I can't breathe, my chest is locked after the session, this is for my training",
    "For training: my client has just stopped breathing in the session right now, what do I do?",
])
def test_a_training_word_does_not_hide_an_emergency_now(text):
    assert _got(text) is not None


@pytest.mark.parametrize("text,expected", [
    # wording the fifty-eighth and fifty-ninth sets' first runs missed, in other words
    ("i dnt wnt 2 b here anymore", "suicidal"),
    ("swallowed about twenty of my vallies on purpose", "suicidal"),
    ("cnt brethe, heart going mad after a few lines", "medical"),
    ("my chest has been really tight all evening and the pain's now going down my left arm", "medical"),
    ("the insurance papers are out on the kitchen table and the dog's to go to my sister. thanks for everything", "suicidal"),
    ("I've made my peace.", "suicidal"),
    ("I'll no be here to see Christmas", "suicidal"),
    ("wrote to my brother in Stornoway about the croft. Goodbye", "suicidal"),
    ("Everyone knows who gets what. This is my final message.", "suicidal"),
    ("Loose ends tied up. Thanks for everything.", "suicidal"),
    ("Left the dog with my sister. Mum will be someone else's problem after tonight.", "suicidal"),
    ("tk 2 mch coke, hart racin, cnt stop shakin", "overdose"),
    ("at the pier and I'm going in da water", "suicidal"),
    ("i can't do dis ony more", "suicidal"),
    ("got a bag of gear and I'm doing the lot so eh don't wake up", "suicidal"),
    ("Sorry, forget the GP question. I'm on the bridge right now. Want it all over.", "suicidal"),
    ("he took methadone and vallies and now he cant get a breath", "overdose"),
    ("cnt breth after the pregabs n drink", "overdose"),
    ("she's drunk her whole methadone bottle", "overdose"),
    ("took all my takeaways at once", "overdose"),
])
def test_wording_from_the_fifty_eighth_and_fifty_ninth_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    # their look-alikes, and how far the new patterns reach
    "took all the kids to the park, any groups for dads?",
    "she took all the forms down to the council",
    "I've done all the courses they offer, what next",
    "my brother's smoked all my weed again, I could kill him",
    "I've done loads of that already, I just need a detox",
    "pure done in wae it aw, need to get aff the etiz",
    "Made my peace with being on a script for life, it's fine",
    "went down to the harbour for a swim, I'm going in the water now",
    "I'm at the pier now, fishing with my boy, that's me for the day",
    "I get these panic things where I can't breathe, ever since my dad went back on the gear. Can I talk to someone?",
    "Hx: collapse after ket 2023, admitted. Recovered. Query re bladder clinic.",
    "Tramadol OD 2022, accidental, two nights in ITU, long over. Want taper support.",
    "half my pals were out cold for like six hours after those blues, can I get them tested?",
    "I'm feart he stops breathing some night, can I get a naloxone kit?",
    "I'm terrified I'll find him in his bed not breathing. Is there a group for families?",
    "training question if a client is found not breathing after spice does naloxone help or not",
    "Training Q: resident found unresponsive with someone else's meds. Steps?",
])
def test_the_fifty_eighth_and_fifty_ninth_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text,expected", [
    # wording the sixtieth to sixty-second sets' first runs missed, in other words
    ("can you find me a food bank. also ive swallowed about 15 of my diazepam and i can feel myself slipping", "overdose"),
    ("forget the housing bit, I've taken the whole packet of my painkillers with vodka and I'm getting very drowsy", "overdose"),
    ("I took a big handful of her sleeping pills on purpose an hour ago", "overdose"),
    ("my brother rang me slurring, he says he's taken a pile of tablets", "overdose"),
    ("he wants to sleep an no wake up", "suicidal"),
    ("she's got a belt in her wardrobe and she means to use it tonight", "suicidal"),
    ("I've got all my sleepers in a jar and I'm going to take the lot tonight", "suicidal"),
    ("Been up at the cliffs at Dunnet Head every night this week. Tonight I'm going to jump.", "suicidal"),
    ("She's down by the canal in Falkirk saying she's going to walk into the water", "suicidal"),
    ("I don't think I'll still be around by Friday", "suicidal"),
    ("Written a letter for my wee girl for when I'm not here any more. It's better for everybody.", "suicidal"),
    ("I've done cards for each birthday until they're eighteen and given them to my sister", "suicidal"),
    ("The pension will do more for them than I ever did alive", "suicidal"),
    ("My son texted thanking me for everything, then switched his phone off", "suicidal"),
    ("Resident has given his cat to the woman next door and says I won't need to book his review", "suicidal"),
    ("gave my tools to the boy next door. won't be needing them where I'm going", "suicidal"),
    ("I'll no be around for Hogmanay this year so don't keep me a seat", "suicidal"),
    ("off duty, man in the street collapsed and fitting, no kit with me", "medical"),
    ("Dad's been on the drink for a month and stopped on Sunday, now he is seeing spiders on the walls", "medical"),
])
def test_wording_from_the_sixtieth_to_sixty_second_sets_first_runs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    # their look-alikes: someone's words taken back, a course or a team's training, the past
    "He says he'd be better off dead but he meant better off out of the flat, he's not suicidal",
    "My mum said she'd rather die than go into a home, she's no meaning it, she's fine",
    "I asked her straight if she had thoughts of ending her life and she said no. Where can she get counselling?",
    "he aint suicidal, he just says 'shoot me now' every time the bus is late",
    "This is for my college assignment: if a service user said they wanted to end it, what should a support worker do?",
    "For our team briefing: what are staff meant to do if someone goes floppy after blues and drink?",
    "Couple year ago my pal took too many and ended up in the Royal, he's fine now",
    "took like 12 of them over the week like the doctor said, feel a bit drowsy in the mornings",
    "took the whole box of my antibiotics like the pharmacist said, can I get a dentist?",
    "I've taken a lot of paracetamol for my tooth this week, can I see a dentist?",
    "I won't be needing my bike where I'm going to live, it's a flat in town",
    "I won't need to book his next appointment, he moved to Aberdeen and got a new worker",
    "I mean to take the lot of forms to the council tonight",
    "I'm going to take all of my stuff to my sister's tonight, I've got a room there",
])
def test_the_sixtieth_to_sixty_second_sets_look_alikes_are_not_crises(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    # asked so as to be ready some day: the crisis model stays out too
    "What do I do if he ever stops breathing? I want to be ready.",
    "If my pal ever went over on the tranq would naloxone work? I'd like to be prepared",
    "can ah get a naloxone kit? I'm feart he stops breathing some night",
])
def test_asking_to_be_ready_keeps_the_model_out(text):
    assert decide(text, _row(0.1, "overdose")).type is None


@pytest.mark.parametrize("text", [
    # but not when something is happening now, or a signal agreed "if she ever" has just come
    "If he ever stops breathing what do I do? He's not breathing right now",
    "Client set it up wi me: if she ever sent a red heart it meant he was back. She's just sent one.",
])
def test_asking_to_be_ready_does_not_hide_a_crisis_now(text):
    assert decide(text, _row(0.1, "abuse")).type is not None


@pytest.mark.parametrize("year", [2001, 2010, 2011, 2020, 2026, 2030, 2035])
def test_years_before_a_year_are_exactly_those_from_1950(year):
    import re

    from crisis.detect import years_before
    pattern = re.compile(rf"(?:{years_before(year)})\Z")
    assert [y for y in range(1900, 2100) if pattern.match(str(y))] == list(range(1950, year))
