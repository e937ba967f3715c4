"""The deterministic need and role taggers (pure Python, no model)."""
from __future__ import annotations

import pytest

from nlu_components.needs import tag_needs
from nlu_components.roles import explicit_self, stated_role, tag_role
from services_db.vocab import NEED_CODES


@pytest.mark.parametrize("text,needs", [
    ("just out of jail, no house, no money", ["justice", "housing", "money"]),
    ("ma heid's mince", ["mental_health"]),
    ("nae hoose", ["housing"]),
    ("somewhere to kip tonight", ["housing"]),
    ("I'm skint", ["money"]),
    ("lifted by the polis", ["justice"]),
    ("rattling, need my script", ["treatment"]),
    ("vallies and jellies every day", ["treatment"]),
    ("can I get Buvidal or Espranor", ["treatment"]),
    ("where do I get naloxone", ["harm_reduction"]),
    ("need a dentist", ["physical_health"]),
    ("want to go to college", ["employment"]),
    ("kinship carer for my grandson", ["family"]),
    ("homless", ["housing"]),
    ("benifits", ["money"]),
])
def test_needs_from_plain_words_slang_scots_and_typos(text, needs):
    assert tag_needs(text).needs == needs


def test_needs_are_known_codes_in_order_of_mention():
    tags = tag_needs("I need a GP, a flat and a detox")
    assert tags.needs == ["physical_health", "housing", "treatment"]
    assert set(tags.needs) <= set(NEED_CODES)


@pytest.mark.parametrize("text,removed", [
    ("not housing, I've got a flat", ["housing"]),
    ("I don't need money help", ["money"]),
    ("housing's sorted now", ["housing"]),
    ("I'm not after treatment, just safer ways to use", ["treatment"]),
    ("don't bother sending me to rehab, I need a hostel", ["treatment"]),
    ("I'm not ready to stop the gear yet", ["treatment"]),
])
def test_ruled_out_needs(text, removed):
    tags = tag_needs(text)
    assert tags.removed == removed and not set(tags.needs) & set(removed)


def test_someone_else_not_ready_to_stop_does_not_rule_out_treatment():
    assert tag_needs("my son's not ready to stop, how do I get him to a drug service").removed == []


def test_being_evicted_from_a_flat_is_still_housing():
    assert tag_needs("I've got a flat but I'm being evicted").needs == ["housing"]


@pytest.mark.parametrize("text,role", [
    ("my client is homeless", "worker"),
    ("I'm a support worker in Dundee", "worker"),
    ("my daughter is using heroin", "family"),
    ("I'm asking for a friend", "family"),
    ("I need a detox", "self"),
    ("me and my partner are homeless", "self"),
    ("kicked out by my maw", "self"),
    ("homeless in Glasgow", None),
])
def test_role_from_phrasing(text, role):
    assert tag_role(text) == role


@pytest.mark.parametrize("text,role", [
    ("I'm a support worker, my client is homeless", "worker"),
    ("I'm his mum", "family"),
    ("my son is on heroin", "family"),
    ("it's for me", "self"),
    ("Its for me not him", "self"),
    ("I'm asking for myself", "self"),
    ("It's me, not my brother", "self"),
    # implied only: a reply about "him", or first-person words, does not state who asks
    ("He's got a court date in January", None),
    ("He needs a GP as well", None),
    ("I'm not sleeping and I'm not short of money", None),
    ("me", None),
])
def test_stated_role(text, role):
    assert stated_role(text) == role


def test_explicit_self():
    assert explicit_self("it's for me") and not explicit_self("I'm in Dundee")


@pytest.mark.parametrize("text", [
    "i dont want rehab i just want a roof",
    "no wantin rehab or any of that, just need to talk to someone about my anxiety",
    "I'm not wanting him sent to a rehab far away, I want help for the family here",
    "no after rehab or nothin, ah just need somewhere tae stay",
    "Not looking for the drug service - she's been clean for years",
    "I don't need a detox, I've not had a drink in a week. It's the grief I can't shift.",
    "Not looking to stop using right now, just need clean gear",
    "is that a ket thing. not trying to stop just wanna know",
])
def test_treatment_ruled_out_in_everyday_words(text):
    assert tag_needs(text).removed == ["treatment"]


@pytest.mark.parametrize("text", [
    "I don't want to keep drinking like this",
    "I don't want my son to die, he needs rehab",
    "my son's not ready to stop, how do I get him to a drug service",
])
def test_not_wanting_something_else_keeps_treatment(text):
    assert "treatment" not in tag_needs(text).removed


@pytest.mark.parametrize("text", [
    "dont want rehab or any of that, just wanna smoke less",
    "no wantin rehab cos of the wean, is there somethin u can dae fae hame",
])
def test_turning_down_one_kind_of_treatment_is_not_ruling_out_help_with_the_use(text):
    # nothing else is asked for, so the message is still about the use: the model decides
    assert tag_needs(text).removed == []


@pytest.mark.parametrize("text,over", [
    # treatment that is over is not a need now (docs/labelling.md)...
    ("5 years in recovery and I want to retrain as a peer worker", ["treatment"]),
    ("methadone's fine, i'm stable on it, what i need is a job", ["treatment"]),
    ("panic attacks every day since I came off the valium", ["treatment"]),
    ("he's been off the drink a year, needs a job", ["treatment"]),
    # ...unless they ask about recovery, cravings, a relapse or the script itself
    ("i've stopped drinking but i crave it every night", []),
    ("been clean 6 months, scared i'll relapse", []),
    ("I stopped drinking yesterday and I'm shaking", []),
    ("just out of rehab, is there a recovery cafe in Leith", []),
    ("I want to stop drinking", []),
])
def test_treatment_in_the_past_is_not_a_need_now(text, over):
    assert tag_needs(text).over == over


def test_a_third_persons_use_alone_is_not_a_treatment_request():
    # "my son's using" is family; treatment only when help for his use is asked, which the
    # trained model decides (docs/labelling.md)
    tags = tag_needs("my son is using and I'm worried sick")
    assert "family" in tags.needs and "treatment" not in tags.needs
    assert "treatment" not in tag_needs("he drinks and I can't cope").needs
    assert "treatment" in tag_needs("I drink and it's getting out of hand").needs


def _probabilities(**given):
    return [given.get(n, 0.0) for n in NEED_CODES]


def test_a_weak_model_guess_is_checked_with_the_person():
    from nlu_components.need_tagger import UNSURE_MARGIN, decide_needs
    UNSURE_BELOW = 0.5 + UNSURE_MARGIN
    text = "I need somewhere to stay and a bit of help with other things"
    sure = decide_needs(text, _probabilities(housing=0.95, money=0.9))
    weak = decide_needs(text, _probabilities(housing=0.95, money=UNSURE_BELOW - 0.05))
    assert sure == (["housing", "money"], [], False)
    assert weak == (["housing", "money"], [], True)  # the form asks "Just to check ..."
    # a weak probability for a need the person named in words is not a guess
    named = decide_needs("I need somewhere to stay and my benefits sorted",
                         _probabilities(housing=0.95, money=UNSURE_BELOW - 0.05))
    assert named == (["housing", "money"], [], False)


@pytest.mark.parametrize("text", [
    "my son's on the gear and he's been put out his flat",
    "not housing, I've got a flat, but I'm skint",
    "client just liberated, NFA, wants his script back",
])
def test_the_lexicon_verdict_passed_in_gives_the_same_answers_as_recomputing_it(text):
    """NeedTagger runs the need lexicon once per message and hands its tags to every
    model and rule; the answers must be those of each computing it afresh."""
    from nlu_components.classifiers import lexicon_columns, role_columns
    from nlu_components.need_tagger import decide_needs
    from nlu_components.roles import rule_role
    tags = tag_needs(text)
    assert (lexicon_columns([text], [tags]) == lexicon_columns([text])).all()
    assert (role_columns([text], [tags]) == role_columns([text])).all()
    assert rule_role(text, tags.needs) == rule_role(text)
    probabilities = _probabilities(housing=0.9, money=0.7, family=0.55)
    assert decide_needs(text, probabilities, tags=tags) == decide_needs(text, probabilities)


@pytest.mark.parametrize("text,removed", [
    ("naw, nae housing", "housing"),
    ("we're fine for money, it's not that", "money"),
    ("we don't need anything for housing, he's got his own flat", "housing"),
    ("no employment needs for this one", "employment"),
    ("he doesn't want a referral to drug and alcohol services", "treatment"),
    ("don't want rehab, I can't leave the dog", "treatment"),
    # the eighth set's wording, written here in other words
    ("we don't need anything about the jail or the court", "justice"),
    ("take out the housing bit, she's back at her mum's", "housing"),
    ("leave the money part out", "money"),
    ("no police involvement at all", "justice"),
    ("benefits-wise we're fine", "money"),
    ("she gets her benefits no bother", "money"),
    ("we dinnae need a flat, we've got the house", "housing"),
    ("the house is paid off", "housing"),
    ("he doesn't want to go to NA, says it's not for him", "treatment"),
    # the ninth set's wording, written here in other words
    ("housing's not the problem, it's the drink", "housing"),
    ("she's not short of money", "money"),
    ("no money bother", "money"),
    ("scratch the housing, he's at his gran's", "housing"),
    ("take off the naloxone, she's got a kit", "harm_reduction"),
    ("money-wise we're getting by", "money"),
])
def test_needs_ruled_out_by_their_own_names(text, removed):
    assert removed in tag_needs(text).removed


@pytest.mark.parametrize("text", [
    "no wanting rehab, is there something I could do from home",
    "client doesn't want OST but wants to reduce her use",
    "not the methadone, it's the street vallies on top that's the problem",
])
def test_turning_down_one_kind_but_asking_for_another_keeps_treatment(text):
    assert "treatment" not in tag_needs(text).removed


@pytest.mark.parametrize("text", [
    "I don't want to lose my home over this",
    "can't get my money sorted without ID",
    "I don't want to go to AA but I need help to stop drinking",
])
def test_wanting_to_keep_something_or_asking_for_it_is_not_ruling_it_out(text):
    removed = tag_needs(text).removed
    assert not {"housing", "money", "treatment"} & set(removed)


@pytest.mark.parametrize("text", [
    "don't need housing or money, just my script",
])
def test_a_ruled_out_list_rules_out_each_need_in_it(text):
    assert {"housing", "money"} <= set(tag_needs(text).removed)
    assert "treatment" in tag_needs(text).needs


@pytest.mark.parametrize("text", [
    "had hep C years back, got treated and cleared it",
    "I was homeless in 2015, that's all behind me",
    "did two years inside a while back, that's done with",
    "had a stroke in 2019 but I'm fine now",
])
def test_a_message_about_something_finished_asks_for_nothing_now(text):
    from nlu_components.need_tagger import decide_needs
    tags = tag_needs(text)  # even when the models are sure of every need but family
    sure = [0.1 if n == "family" else 0.9 for n in NEED_CODES]
    assert decide_needs(text, sure, 0.6, tags)[0] == []


@pytest.mark.parametrize("text", [
    "I was homeless in 2015, that's all behind me, but now I need a job",
    "had hep C years back, cleared it, where do I get tested again",
    "my son had a fall last month after taking too many, he's fine now",
])
def test_a_finished_past_with_a_need_now_keeps_it(text):
    from nlu_components.need_tagger import decide_needs
    tags = tag_needs(text)
    assert decide_needs(text, [0.9] * len(NEED_CODES), 0.6, tags)[0] != []


@pytest.mark.parametrize("text", [
    "broke my wrist on the ice last winter, been fine ever since",
    "used to cut myself at school but not anymore",
    "had bad anxiety at uni, it's well behind me",
    "the benefits sanction's all done with, got paid in full",
])
def test_more_ways_of_saying_something_is_finished(text):
    from nlu_components.need_tagger import decide_needs
    sure = [0.1 if n == "family" else 0.9 for n in NEED_CODES]
    assert decide_needs(text, sure, 0.6, tag_needs(text))[0] == []


@pytest.mark.parametrize("text", [
    "I was in rehab in 2012 and it worked for a while",
    "I had a thing with tramadol too but came off them myself",
    "was on crack up until last year, been on a script since",
    "heavy drinker at the shipyard but I stopped for thirty years",
    "I was smoking heroin back then, that's ten years ago",
])
def test_more_ways_of_saying_treatment_is_over(text):
    assert tag_needs(text).over == ["treatment"]


@pytest.mark.parametrize("text", [
    "I'd rather not go to NA, tried it and hated it",
    "can't go into a residential for months, I've got the weans",
    "I won't go to the groups, I'm too shy",
    "don't fancy going to meetings with a room full of strangers",
])
def test_only_turning_a_kind_of_treatment_down_rules_treatment_out(text):
    assert tag_needs(text).removed == ["treatment"]


@pytest.mark.parametrize("text", [
    "I'd rather not go to NA but I need help to cut down",
    "can't go to a rehab, is there a nurse who could come to the house?",
    "I won't go to the groups, but I need a roof",
    "I did not go to the detox, can I get another date",
])
def test_turning_a_kind_down_while_asking_for_help_keeps_the_need(text):
    assert "treatment" not in tag_needs(text).removed


@pytest.mark.parametrize("text,need", [
    ("the cravings are worst after tea time", "treatment"),
    ("scared I'll pick up again now my mum's gone", "treatment"),
    ("needs works, sharing a pin with his pal", "harm_reduction"),
    ("been sleeping in car since the weekend", "housing"),
    ("skippering in a bin shed", "housing"),
])
def test_more_everyday_words_for_needs(text, need):
    assert need in tag_needs(text).needs


@pytest.mark.parametrize("text,need", [
    # having no GP, dentist or solicitor is a need for one (it used to rule the need out)
    ("he's not registered with a doctor since he got out", "physical_health"),
    ("where can I get my feet looked at without a GP", "physical_health"),
    ("I've no dentist and my tooth is agony", "physical_health"),
    ("court on Monday and she's still without a lawyer", "justice"),
])
def test_having_no_gp_or_solicitor_is_a_need(text, need):
    tags = tag_needs(text)
    assert need in tags.needs and need not in tags.removed


@pytest.mark.parametrize("text,need", [
    ("I don't need a GP, I need a flat", "physical_health"),
    ("no need for a solicitor, the charges were dropped", "justice"),
])
def test_not_needing_a_gp_or_solicitor_still_rules_it_out(text, need):
    assert need in tag_needs(text).removed


@pytest.mark.parametrize("text,need", [
    # a need taken back out by its short name (the thirteenth and fourteenth sets' wording,
    # written here in other words)
    ("scrap the flat bit, my auntie's putting me up", "housing"),
    ("take the dentist part out, that's sorted", "physical_health"),
    ("so leave the court side, his lawyer has it", "justice"),
    ("nae benefits nor debt stuff, I'm fine for cash", "money"),
    ("no therapy please, just the drink", "mental_health"),
])
def test_a_need_taken_out_by_its_short_name_is_ruled_out(text, need):
    assert need in tag_needs(text).removed


@pytest.mark.parametrize("text,need", [
    ("no money for the electric and no food in", "money"),
    ("I've got no family support at all", "family"),
    ("and no money thanks to the sanctions", "money"),
])
def test_lacking_something_is_not_turning_it_down(text, need):
    assert need not in tag_needs(text).removed


@pytest.mark.parametrize("text", [
    "Was on the bottle for years in my forties. That's done.",
    "had a rough time with panic attacks at uni, it resolved",
    "my brother had a DTTO in 2019 and there's been no bother since",
    "she had a go at speed in her teens and came off it no bother",
])
def test_a_message_only_about_something_over_asks_for_nothing(text):
    assert set(tag_needs(text).over) >= {"treatment", "mental_health", "justice"}


@pytest.mark.parametrize("text", [
    "he never got over it when his mum died",
    "scared of slipping, even though I'm doing well",
])
def test_what_is_not_over_stays(text):
    assert tag_needs(text).over == []


@pytest.mark.parametrize("text", [
    # from the sixteenth set's first run, in other words
    "Got done for shoplifting in 2011, paid the fine. That's all dealt with.",
    "Bother with the bottle in my twenties, long done and dusted.",
    "had a fractured ankle last spring, it healed well",
    "Client's hepatitis treatment is complete, nothing further required.",
    "Jail 2009. Finished long time. No problem now.",
    "was on the gear for years, moved to the Highlands and never looked back",
    "I haven't touched a drop since 2018",
    "He had social work years ago, case closed since",
    "the breach charge got dropped",
])
def test_still_more_ways_of_saying_something_is_finished(text):
    from nlu_components.need_tagger import decide_needs
    sure = [0.1 if n == "family" else 0.9 for n in NEED_CODES]
    assert decide_needs(text, sure, 0.6, tag_needs(text))[0] == []


@pytest.mark.parametrize("text", [
    "my liver was bad a few years back and I never went back to the doctor",
    "Hep C done years ago, no bother now. It's my chest that's the problem",
    "I was inside in 2015, that's long done. The court date next month is worrying me",
])
def test_something_finished_beside_a_need_now_keeps_the_need(text):
    from nlu_components.need_tagger import decide_needs
    assert decide_needs(text, [0.9] * len(NEED_CODES), 0.6, tag_needs(text))[0] != []


@pytest.mark.parametrize("text,privacy", [
    ("If I mention I'm on a tag does that get passed on to anyone?", True),
    ("will my social worker see what I type?", True),
    ("who reads this, the council?", True),
    ("Do you store my details? I'm in the jail system", True),
    ("is this chat anonymous, my ex is a polis", True),
    ("could my manager find out if I use this", True),
    ("can I print the plan for my client's file", False),
    ("I want to use this with tenants at the drop-in", False),
])
def test_a_question_about_the_navigator_itself_asks_for_no_service(text, privacy):
    from nlu_components.need_tagger import decide_needs
    tags = tag_needs(text)
    assert tags.about_the_tool and tags.privacy_question == privacy
    assert decide_needs(text, [0.9] * len(NEED_CODES), 0.6, tags)[0] == []


@pytest.mark.parametrize("text", [
    "is it confidential if I see my GP about the coke? I need help to stop",
    "does my work have to be told if I go on a script, I want to keep my job",
    "will the court see my record, I'm up on Monday",
    "can I keep my UC if I go to college",
    "my dad fell twice this month and won't go to the doctor",
])
def test_asking_about_other_peoples_confidentiality_or_keeping_things_is_not_about_the_navigator(text):
    assert not tag_needs(text).about_the_tool


@pytest.mark.parametrize("text,need", [
    ("Widower. On my own. Drinking.", "treatment"),
    ("methadone, no gp, livingston", "physical_health"),
    ("Out of jail. No bed.", "housing"),
])
def test_a_message_of_short_fragments_keeps_the_needs_it_names(text, need):
    """Each piece is read like a short message: the lexicon's needs are kept even when the
    models are unsure (docs/labelling.md: "Fragments count")."""
    from nlu_components.need_tagger import decide_needs, is_fragments
    assert is_fragments(text)
    assert need in decide_needs(text, [0.3] * len(NEED_CODES), 0.6, tag_needs(text))[0]


@pytest.mark.parametrize("text", [
    "I've been drinking every night since my wife died. No bed either.",
    "homeless",
    "Pt drinking daily, wants detox, lives alone in Buckie",
])
def test_sentences_are_not_fragments(text):
    from nlu_components.need_tagger import is_fragments
    assert not is_fragments(text)


@pytest.mark.parametrize("text,need", [
    # a side of life said to be fine is ruled out (docs/labelling.md: "ruled out by its own situation")
    ("Flat fine, money fine. It's the drinking.", "housing"),
    ("Flat fine, money fine. It's the drinking.", "money"),
    ("the benefits side's sorted, I just want to stop the coke", "money"),
    ("Job's fine, boss doesn't know. Need help with the gear", "employment"),
    ("the polis have nothing to do with it, I just want him off the tablets", "justice"),
    ("dinnae bother wi the hoose stuff, ma sister's put me up", "housing"),
    ("the money bit can come off, I got my payment", "money"),
])
def test_a_side_of_life_said_to_be_fine_is_ruled_out(text, need):
    assert need in tag_needs(text).removed


@pytest.mark.parametrize("text,need", [
    ("I need my benefits sorted", "money"),
    ("the flat is fine but the damp is getting to my chest", "housing"),
    ("money's ok till the end of the month then I'm skint", "money"),
])
def test_needing_it_sorted_or_fine_for_now_is_not_ruling_it_out(text, need):
    assert need not in tag_needs(text).removed


# From the seventeenth set's needs errors, written here in other words.
@pytest.mark.parametrize("text", [
    "Can't do rehab, I've got the dog. I'd like to cut down though, maybe with a worker one to one",
    "Not wanting detox. Something I could do from home would suit me",
    "not after rehab, just somebody to talk to about the coke in the evenings",
    "She's not wanting a residential, she just wants her script moved nearer her mum's",
])
def test_turning_a_kind_down_then_asking_another_way_is_treatment(text):
    """docs/labelling.md: turning one kind down with another ask about the use is treatment."""
    tags = tag_needs(text)
    assert "treatment" in tags.needs and "treatment" not in tags.removed


@pytest.mark.parametrize("text", [
    "not wanting methadone, not wanting to cut down, just a hep C test",
    "no wantin rehab, just need to talk to someone about my anxiety",
    "Not looking for rehab for him, he's nowhere near ready",
])
def test_turning_a_kind_down_without_another_ask_about_the_use_is_not_treatment(text):
    assert "treatment" not in tag_needs(text).needs


@pytest.mark.parametrize("text,need", [
    ("Rent arrears are cleared now. It's his drinking I'm phoning about", "housing"),
    ("Tenancy's stable now, he just wants help with the drink", "housing"),
    ("got a room in the hostel so housing sorted, it's the gear now", "housing"),
    ("Got ma benefits sorted, it's jist ma teeth", "money"),
    ("My pension's fine. It's the loneliness", "money"),
    ("Lost my job in 2020 but now I have warehouse work, that's fine", "employment"),
])
def test_more_sides_of_life_said_to_be_fine(text, need):
    assert need in tag_needs(text).removed


@pytest.mark.parametrize("text,need", [
    ("I need to get my housing sorted", "housing"),
    ("now I have a job interview on Monday and no clothes", "employment"),
    ("now she has a job but she's struggling to keep it with the drink", "employment"),
])
def test_wanting_it_sorted_or_about_to_lose_it_is_not_ruled_out(text, need):
    assert need not in tag_needs(text).removed


@pytest.mark.parametrize("text", [
    "Lost my licence in 2009 for drink driving, served the ban and got it back, no bother since.",
    "I used the gear when I was at sea but that was thirty years ago and long over with.",
    "Review done: client completed rehab last year, still sober, flat settled, no further needs identified.",
    "His release went fine and he's settled at his mum's in Forres and seeing the local team every week. Nothing needed there.",
])
def test_even_more_ways_of_saying_something_is_finished(text):
    from nlu_components.need_tagger import decide_needs
    sure = [0.1 if n == "family" else 0.9 for n in NEED_CODES]
    assert decide_needs(text, sure, 0.6, tag_needs(text))[0] == []


def test_sober_since_a_year_is_treatment_over():
    assert tag_needs("She's been sober since 2004.").over == ["treatment"]
    assert tag_needs("She's been sober since 2004 but started again at the funeral").over == []


@pytest.mark.parametrize("text", [
    "he took a fit yesterday, he's ok now but he's not eating, can somebody see him",
    "She's been sober since 2004 but she's drinking again since the funeral",
])
def test_a_finished_thing_beside_something_wrong_now_is_not_over(text):
    from nlu_components.need_tagger import decide_needs
    assert decide_needs(text, [0.9] * len(NEED_CODES), 0.6, tag_needs(text))[0] != []


@pytest.mark.parametrize("text,privacy", [
    ("If I say what I've been charged with, does it get stored?", True),
    ("If I use this, would my mum find out?", True),
    ("Is this linked with the Home Office? If I tell you about the khat will it go against me?", True),
    ("Is it alright for a pharmacist to use this for customers?", False),
    ("is this only for people who use drugs themselves?", False),
])
def test_more_questions_about_the_navigator_itself(text, privacy):
    tags = tag_needs(text)
    assert tags.about_the_tool and tags.privacy_question == privacy


@pytest.mark.parametrize("text", [
    "I chew khat every day and want to stop",
    "Khat. Nightmares.",
])
def test_khat_is_a_drug(text):
    assert "treatment" in tag_needs(text).needs


@pytest.mark.parametrize("text", [
    "my dad drinks every day and won't admit there's a problem",
    "ma maw's on the voddy fae mornin tae night an I'm greetin aw the time",
    "he is on the speed, no sleep for days then he go crazy on me",
])
def test_a_relative_only_describing_someones_use_needs_no_treatment(text):
    """docs/labelling.md: a relative who only describes someone's use, asking nothing, is
    family; treatment for that person only when help for their use is asked for."""
    from nlu_components.need_tagger import needs_for_role
    assert needs_for_role(text, ["treatment", "family"], "family", tag_needs(text)) == ["family"]


@pytest.mark.parametrize("text,role", [
    ("my dad drinks every day, what can I do", "family"),            # asks
    ("my brother uses heroin and I dinnae ken what tae dae", "family"),  # "don't know what to do"
    ("since my brother died I've been drinking every night", "family"),  # the writer's own use
    ("Dad. Drink. Bearsden.", "family"),                                  # fragments
    ("I drink every day and won't admit it's a problem", "self"),         # not a relative
])
def test_a_relative_who_asks_or_uses_keeps_treatment(text, role):
    from nlu_components.need_tagger import needs_for_role
    assert "treatment" in needs_for_role(text, ["treatment", "family"], role, tag_needs(text))


@pytest.mark.parametrize("text", [
    "My husband's just had a stroke and I can't stop crying. Is there someone I could talk to?",
    "partner's working away for months and I'm using more coke every weekend",
    "The wife's fed up with me. I'd like to cut it back.",
])
def test_a_partner_only_mentioned_is_no_family_need(text):
    from nlu_components.need_tagger import needs_for_role
    assert "family" not in needs_for_role(text, ["mental_health", "family"], "self", tag_needs(text))


@pytest.mark.parametrize("text", [
    "My daughter won't let me see the grandkids till I'm off the drink",
    "Is there anything for my wife, so she can talk to somebody about living with my drinking?",
    "I'm 20 weeks pregnant and on methadone",
    "social work are coming on Monday",
])
def test_children_or_a_relatives_own_need_keep_family(text):
    from nlu_components.need_tagger import needs_for_role
    assert "family" in needs_for_role(text, ["treatment", "family"], "self", tag_needs(text))
    # and for someone writing about a relative, nothing changes
    assert "family" in needs_for_role("my wife drinks, where can I get help?", ["family"], "family",
                                      tag_needs("my wife drinks"))


@pytest.mark.parametrize("text", [
    # something finished, in the words of the eighteenth set (written here in other words)
    "had a breach of the peace in 2016, it got dealt with at the court and that was that",
    "My son finished his community payback order last spring and he's been fine since.",
    "I had cervical cancer a while back and I've been clear for years.",
    "Had bad anxiety at uni but I got help at the time and I've been well for ages.",
    "Old client of mine, long since sorted himself out, still pops in at Christmas.",
    "He did his DTTO back in 2020 and hasn't used since.",
])
def test_more_wording_for_something_finished(text):
    assert set(tag_needs(text).over) >= {"justice", "mental_health", "physical_health", "money"}


@pytest.mark.parametrize("text", [
    "I got help at the time but now I'm drinking again, where can I go?",   # an ask now
    "Been clear for years but the pain's back and I need a GP",
])
def test_something_finished_then_an_ask_is_not_over(text):
    assert tag_needs(text).over == []


@pytest.mark.parametrize("text", [
    "Is this chat run by the police? If I mention the gear will it go on my file?",
    "Is this part of social work?",
    "If my mum borrows my phone can she see what I've typed?",
    "Can I send a referral summary from this to our team inbox?",
])
def test_more_questions_about_the_navigator_itself(text):
    assert tag_needs(text).about_the_tool


def test_not_losing_the_house_rules_housing_out():
    tags = tag_needs("We're not gonna lose the flat, it's the electric and food I can't cover")
    assert "housing" in tags.removed and "money" not in tags.removed


@pytest.mark.parametrize("text", [
    # the nineteenth set's wording for something finished (written here in other words)
    "The shoulder has been fine for ages now.",
    "Had a rough patch with money in 2019 but my sister helped and that was sorted.",
    "I had a bad chest infection in the summer but I've fully recovered.",
    "I lived in a hostel back in 2010 but that's lang behind me.",
    "My ankle's healed really well since the op.",
    "Closing the case: she has her own flat now and started at college. Nothing further needed.",
])
def test_the_nineteenths_wording_for_something_finished(text):
    assert tag_needs(text).over


@pytest.mark.parametrize("text", [
    "Is anybody actually there?",
    "is this automated or a real person",
    "Am I talking to a robot?",
    "will I have to give my name to use this",
    "I don't want any of this getting back to my work",
])
def test_asking_who_is_there_or_about_names_is_about_the_navigator(text):
    assert tag_needs(text).about_the_tool


def test_someone_is_there_to_help_is_not_about_the_navigator():
    assert not tag_needs("is there anyone there who can help me with my housing").about_the_tool


@pytest.mark.parametrize("text", [
    "not wanting rehab, I'd want to cut down the methadone at home with a worker",
    "I'm no going to a rehab but I want to come off my script, with some help",
    "no rehab for me, I'd rather something fae the hoose",
])
def test_turning_rehab_down_then_asking_for_help_at_home_is_treatment(text):
    tags = tag_needs(text)
    assert "treatment" in tags.needs and "treatment" not in tags.removed


@pytest.mark.parametrize("text,need", [
    ("Client declines any referral to alcohol services but wants help with his gas bill", "treatment"),
    ("we don't need a flat, we've got the caravan, it's money for the winter", "housing"),
])
def test_declined_services_and_a_home_not_needed_are_ruled_out(text, need):
    assert need in tag_needs(text).removed


def test_a_home_another_person_needs_is_not_ruled_out():
    assert "housing" not in tag_needs("I don't need a house, it's my son that needs one").removed


@pytest.mark.parametrize("text", [
    "My brother's drinking worse than ever and won't eat. Who do I call?",
    "Daughter's 19 and on the vallies. What can we do?",
])
def test_a_relative_writing_about_someone_elses_use_has_the_family_need(text):
    from nlu_components.need_tagger import needs_for_role
    assert "family" in needs_for_role(text, ["treatment"], "family", tag_needs(text))
    # not for a person writing for themselves, nor when the message asks only about the navigator
    assert "family" not in needs_for_role(text, ["treatment"], "self", tag_needs(text))
    question = "My son uses heroin. Does any of this get passed to social work?"
    assert needs_for_role(question, [], "family", tag_needs(question)) == []


@pytest.mark.parametrize("text", [
    "took speed at uni back in the day, haven't touched it since",
    "I was a heavy drinker in my thirties but gave it up when I met my wife and never went back to it",
    "the doctor gave me diazepam after the accident but I came off them and haven't needed them since",
    "got clean in 2019 after rehab in Dundee",
    "Had a year on the gear, long time ago now",
])
def test_the_twentieth_and_twenty_firsts_wording_for_use_that_is_over(text):
    assert "treatment" in tag_needs(text).over


@pytest.mark.parametrize("text,need", [
    ("not looking for help quitting, I just want to know how to use safer", "treatment"),
    ("I am not want stop, only to know about the naloxone", "treatment"),
    ("keep my mum out of this, I just need to cut down the drinking", "family"),
    ("no family therapy thanks, it's the drink I want help with", "family"),
    ("my hep C got cleared last year, what I need now is a job", "physical_health"),
    ("broke my ankle falling drunk but it's healed now, it's the rent that's the problem", "physical_health"),
])
def test_the_twenty_firsts_rule_outs(text, need):
    assert need in tag_needs(text).removed


@pytest.mark.parametrize("text", [
    "Guy on my caseload, release Thursday, nowhere to stay",
    "can someone meet him at the gate on Monday, he's no phone",
    "my client's getting out tomorrow and has no script",
])
def test_leaving_prison_in_a_workers_words_is_justice(text):
    assert "justice" in tag_needs(text).needs


def test_a_relatives_death_is_grief_unless_drugs_took_them():
    from nlu_components.needs import family_at_stake
    assert not family_at_stake("My mum died in the spring and I can't stop crying, I need someone to talk to")
    assert not family_at_stake("We lost the baby in June and I haven't been right since")
    assert family_at_stake("My son died of an overdose in May and I can't stop crying")
    assert family_at_stake("My mum died in the spring and my kids keep asking for her")


@pytest.mark.parametrize("text,need", [
    # the twenty-third set's wording, written here in other words
    ("He's on methadone, that side's fine. It's a bed for tonight he needs", "treatment"),
    ("Got made redundant from the mill, not fussed about finding work again, I'm 63", "employment"),
])
def test_the_twenty_thirds_rule_outs(text, need):
    assert need in tag_needs(text).removed


@pytest.mark.parametrize("text", [
    "Was in Barlinnie for a year when I was 20. That's done with, nothing I need there.",
    "There was a court case about the car years ago but the charges were all dropped.",
])
def test_the_twenty_thirds_wording_for_what_is_over(text):
    assert "justice" in tag_needs(text).over


@pytest.mark.parametrize("text", [
    "will yous grass me up to social work if I say too much",
    "Does any of this end up on my GP records?",
    "is anything kept once I close the page?",
])
def test_the_twenty_thirds_privacy_questions_ask_for_no_service(text):
    tags = tag_needs(text)
    assert tags.privacy_question and tags.about_the_tool


@pytest.mark.parametrize("text", [
    # asking to come off something is not having come off it (the twenty-fourth set)
    "I'm on tramadol off the street now and I want to come off it",
    "how do you come off pregabalin without fitting",
    "need help tae come aff the valium, been on it years",
    "Bought co-codamol for two years, never really came off it. I want off the lot.",
    "Dry six weeks but only cos I was in the jail. Is there an alcohol service near me for when I'm out?",
])
def test_asking_to_come_off_is_not_use_that_is_over(text):
    assert "treatment" not in tag_needs(text).over


@pytest.mark.parametrize("text", [
    "I came off it in 2019 and I've been fine",
    "my brother used speed but he stopped long ago",
])
def test_coming_off_in_the_past_is_still_over(text):
    assert "treatment" in tag_needs(text).over


@pytest.mark.parametrize("text", [
    "I'm not after anything for the drinking, it's the damp in the flat",
    "She doesn't need anything from drug services, her worker's great. It's the debt.",
    "he wants nothing to do with the alcohol team, he just needs a bed",
    "I'm on a script and I don't want to come off it, I just need help with the rent",
])
def test_the_twenty_fourths_treatment_rule_outs(text):
    tags = tag_needs(text)
    assert "treatment" in tags.removed or "treatment" not in tags.needs or "treatment" in tags.over


@pytest.mark.parametrize("text", [
    "Is this just a chatbot?",
    "is it run by a computer or is there a real person reading?",
    "does this still work if I live in Carlisle?",
    "will this go back to my GP?",
    "Does anything I type in here get saved?",
    "is it gonnae grass me up?",
])
def test_the_twenty_fourths_questions_about_the_navigator_ask_for_no_service(text):
    assert tag_needs(text).about_the_tool


def test_asking_whether_the_navigator_finds_a_service_is_still_a_request():
    assert not tag_needs("Does this work for finding a detox in Fife?").about_the_tool


@pytest.mark.parametrize("text", [
    # the twenty-fifth's and twenty-sixth's wording for what is over (in other words)
    "Had a problem with my nerves years ago, sorted long ago.",
    "He had bowel cancer in 2018 and was treated successfully.",
    "The eviction notice was withdrawn in March and they're settled now.",
    "Bad chest infection last winter but it all settled down and the tests since have been clear.",
    "Smoked a lot of weed at uni, stopped when I got my first job.",
    "Got lifted once at 18 for a fight, that was the end of it.",
    "Spent a year on the streets in 2012 but I've had this flat ever since.",
    "Drank far too much in my thirties. I've been a careful drinker ever since.",
    "He was on heroin in his twenties and hasn't touched heroin since.",
    "She was on probation a few years back. She completed it and got a job at the bakery.",
])
def test_the_twenty_fifth_and_sixths_wording_for_what_is_over(text):
    assert tag_needs(text).over


@pytest.mark.parametrize("text", [
    "Got a court date on the 9th. Never been in bother since I was a teenager. And I'm skint.",
    "His benefits were stopped when he moved flat, can anyone help?",
    "My tenancy offer was withdrawn because I missed the viewing",
    "On a script 6 months, doing great, but my teeth are in bits",
])
def test_what_is_over_does_not_swallow_a_need_of_now(text):
    assert not tag_needs(text).over


@pytest.mark.parametrize("text", [
    "Will my mum be able to see what I write?",
    "If I use this will it come up on the shared computer at the library?",
    "Do we have to sign up to use this or can any worker just use it?",
])
def test_the_twenty_fifth_and_sixths_questions_about_the_navigator(text):
    assert tag_needs(text).about_the_tool


@pytest.mark.parametrize("text,need", [
    # rule-outs the twenty-fifth and twenty-sixth sets used (in other words)
    ("Not fussed about quitting the coke to be honest. It's the debt that's keeping me up.", "treatment"),
    ("It's not the coke I'm needing help with, it's a dentist.", "treatment"),
    ("My mum's flat is fine, I'm staying put. It's the bills.", "housing"),
    ("The kids are fine, they're at their dad's. I just need help with the debt.", "family"),
])
def test_the_twenty_fifth_and_sixths_rule_outs(text, need):
    assert need in tag_needs(text).removed


def test_asking_whether_the_kids_are_ok_rules_nothing_out():
    assert "family" not in tag_needs("How do I know if the kids are ok with him when he's drinking?").removed


@pytest.mark.parametrize("text", [
    # the twenty-seventh's wording for what is over (in other words)
    "I had a problem with painkillers after the accident but I got myself off them.",
    "Drank too much in my twenties. Sorted myself out and put it behind me.",
    "Got a caution at 17 and that was it, long ago",
    "I had a hard time with anxiety at uni, but that was long ago and I came through it.",
    "Was on sertraline for a few months in 2020 and stopped taking it without any problems.",
    "A young man I had on a DTTO got through his order and went on to college.",
    "Stories like this are why I do the job: he came to us on the streets and drinking, and two years on he's housed, working, off the drink and volunteering at the cafe. Just some good news, nothing needed.",
])
def test_the_twenty_sevenths_wording_for_what_is_over(text):
    assert tag_needs(text).over


@pytest.mark.parametrize("text,need", [
    ("My daughter's fine, my sister has her, so I don't need anything for her. It's my drinking.", "family"),
    ("His family don't need any support themselves, it's his liver I'm worried about", "family"),
    ("Not after anything for my back, the GP's got that in hand. It's the drink.", "physical_health"),
    ("The legal side is in hand. It's a bed she needs.", "justice"),
    ("No police or court involved. He just needs a detox.", "justice"),
])
def test_the_twenty_sevenths_rule_outs(text, need):
    assert need in tag_needs(text).removed


def test_needing_nothing_for_one_part_of_life_still_keeps_the_family_need():
    assert "family" not in tag_needs("We don't need anything for his school. How do we get him help with the drinking?").removed


@pytest.mark.parametrize("text", [
    "One of my van drivers came in this morning still drunk from last night, what can I do for him?",
    "I'm her line manager and I think she's using cocaine at weekends",
    "Employer here. Apprentice joiner. Cannabis. Fife.",
    "A lad who works for me says he can't stop the pills, where can he get help?",
    "One of my delivery drivers has been drinking before his shift",
    "We employ seasonal pickers and one of them has asked about a methadone chemist nearby",
])
def test_an_employer_writing_about_staff_is_a_worker(text):
    assert tag_role(text) == "worker"


def test_an_apprentice_wage_or_a_nephew_apprentice_is_not_an_employer():
    assert tag_role("I've been paying the bills out of my apprentice wage since dad lost his job") != "worker"


@pytest.mark.parametrize("text", [
    "If I shut this tab will it clear everything? We share the computer.",
    "my partner reads my messages. is there a quick way to clear this",
    "Would my husband ever find out I messaged you?",
    "thanks, can I come back later or will it all vanish?",
])
def test_the_twenty_eighths_questions_about_leaving_no_trace_ask_for_no_service(text):
    assert tag_needs(text).about_the_tool


@pytest.mark.parametrize("text", [
    "I drank a lot at college but stopped years ago. just saying because you asked",
    "I was inside for a year in my twenties. Not relevant really, just so you know.",
])
def test_background_given_because_asked_needs_nothing(text):
    tags = tag_needs(text)
    assert set(tags.over) >= {n for n in NEED_CODES if n != "family"}, tags


@pytest.mark.parametrize("text", [
    "One of my girls has started drinking at the weekends, she's 16",
    "The methadone isn't working for me any more, can I change to Buvidal?",
])
def test_a_parent_or_a_treatment_that_is_not_working_is_not_an_employer(text):
    assert tag_role(text) != "worker"


def test_clearing_a_debt_is_not_a_question_about_the_navigator():
    tags = tag_needs("Will that clear my rent arrears if I pay it monthly?")
    assert not tags.about_the_tool and "housing" in tags.needs


@pytest.mark.parametrize("text", [
    "Off the drink six years, that part's fine. This is different though, it's the pregabalin and I can't get through a day",
    "Came off it in 2022 myself. Been back using the last while.",
    "drank for years till last spring, quit, now it's back every night",
    "stopped drinking ages ago but I want to stop the coke now",
    # the thirty-first and thirty-second sets' wording, in other words
    "Was dry for ten years after the Priory in 2010. It's all crept back since the divorce.",
    "Been dry for six years. It's back noo though, on the vodka every night",
    "Stopped for three years in Poland. Now the drink comes back.",
    "Sober eight years, never went back to it. This coke thing feels different, I'd like to talk to a worker",
    "Clean off heroin for years, not touched it in ages. The pregabalin thing feels different, I'd like to talk to a worker",
])
def test_the_past_told_first_does_not_hide_use_now(text):
    tags = tag_needs(text)
    assert "treatment" not in tags.over, tags


@pytest.mark.parametrize("text", [
    "Not after rehab, I can't be away from the kids. Just want to get on methadone",
    "no residential please, but I'd like something for my drinking that fits round shifts",
    "He's not after rehab. He wants to get off them slowly with a doctor keeping an eye",
])
def test_turning_rehab_down_while_asking_for_other_help_keeps_treatment(text):
    tags = tag_needs(text)
    assert "treatment" in tags.needs and "treatment" not in tags.removed, tags
