"""NeedTagger: need codes, ruled-out needs, who the help is for, age and gender.

Needs come from the trained NeedModel (nlu_components/classifiers.py: the message's
embedding, its character and word n-grams, and the need lexicon's verdict), the role from
the RoleModel (the same features and the role rules' verdict), both trained on
data/labelled/needs/ plus every non-`inform` example in data/nlu/ as "no need, no role".
The lexicon (nlu_components/needs.py) still decides what the person rules out ("not
housing, I've got a flat"), and misspellings it only guesses ("benifts") are confirmed
with the person before the plan.

Adds entities `need` (one per code: lexicon mentions first, in order of mention, then
the model's other needs), `not_need`, `role`, `urgency` = `today` when help is needed now
or tonight, `need_guess` when the needs rest on a misspelling or one of them on a weak
model guess (the form checks them with the person), and `age_band` / `gender`
of the person the help is for when the message states them (nlu_components/person.py).
When the model's intent is weak (fallback, out of scope, greeting, thanks) but the message clearly names
a need, the intent becomes `inform`: people often open with their problem. A message that only asks
about the navigator itself (who sees it, what it keeps, printing or sharing it: needs.py
`about_the_tool`) has no needs, and a privacy question the model took for `inform` or a weak
intent becomes `ask_privacy`, so the person gets the privacy answer.
"""
from __future__ import annotations

import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from nlu_components._base import TrainedComponent, intent_name, set_intent
from nlu_components.classifiers import NeedModel
from nlu_components.needs import (NeedTags, family_at_stake, is_urgent, mentions_someone_elses_use,
                                   only_describes_use, tag_needs)
from nlu_components.person import tag_age_band, tag_gender
from nlu_components.roles import explicit_self
from nlu_components.training import NeedTaggerModels, train_need_models
from services_db.vocab import NEED_CODES

WEAK_INTENTS = {"nlu_fallback", "out_of_scope", "greet", "thanks", "affirm", "bot_challenge",
                "ask_capabilities"}
SHORT_MESSAGE_WORDS = 3
_FRAGMENT_BREAK = re.compile(r"[.,;:/\n!?+]+")
# A need only the models found, with a probability less than this above the threshold, is
# right about half the time (docs/benchmarks.md): the form checks the needs with the person.
UNSURE_MARGIN = 0.15


def decide_needs(text: str, probabilities, threshold: float | None = None,
                 tags: NeedTags | None = None) -> tuple[list[str], list[str], bool]:
    """(needs, ruled-out needs, unsure) from the lexicon and the model's probabilities
    (`tags`: tag_needs(text), when the caller already has it).

    Unsure: the needs rest on a misspelling, or one of them only on a weak model guess;
    the form then checks them with the person ("Just to check ...")."""
    tags = tag_needs(text) if tags is None else tags
    threshold = NeedModel.threshold if threshold is None else threshold
    predicted = {n for n, p in zip(NEED_CODES, probabilities) if p >= threshold}
    if tags.guessed and not predicted:
        predicted = set(tags.needs)  # "benifits": the form checks it with the person
    elif len(text.split()) <= SHORT_MESSAGE_WORDS or is_fragments(text):
        predicted |= set(tags.needs)  # "hostel", "nae hoose", "Widow. Lonely. Co-codamol.":
        # too short to second-guess
    needs = [n for n in tags.needs if n in predicted]
    needs += [n for n in NEED_CODES if n in predicted and n not in needs]
    needs = [n for n in needs if n not in tags.removed and n not in tags.over]
    if tags.about_the_tool:
        needs = []  # "does that get passed to the police?" asks for no service
    guessed = tags.guessed and bool(needs) and set(needs) <= set(tags.needs)
    weak = any(probabilities[NEED_CODES.index(n)] < threshold + UNSURE_MARGIN and n not in tags.needs
               for n in needs)
    return needs, tags.removed, guessed or weak


def needs_for_role(text: str, needs: list[str], role: str | None, tags: NeedTags) -> list[str]:
    """The needs, checked against who is writing (docs/labelling.md):
    - a relative who only describes someone's use, asking nothing, needs family support, not
      treatment for that person ("my dad drinks every day and won't admit there's a problem");
      a short message or fragments keep it ("Bearsden. Dad. Drink.");
    - a person writing for themselves has a family need only when the lexicon names one or
      children, social work, a relative's own need or someone else's use are in the message
      (needs.family_at_stake): a partner only mentioned is not one ("my wife's been
      diagnosed with cancer and I'm not coping");
    - a relative writing about someone else's use is affected by it, which is the family
      need, unless the message rules it out ("my brother's drinking worse than me, who do
      I phone about him?").
    The role is the role model's guess, so the checks are only as good as it is."""
    long_enough = len(text.split()) > SHORT_MESSAGE_WORDS and not is_fragments(text)
    if role == "family" and "treatment" in needs and long_enough and only_describes_use(text):
        needs = [n for n in needs if n != "treatment"]
    if role == "self" and "family" in needs and "family" not in tags.needs and not family_at_stake(text):
        needs = [n for n in needs if n != "family"]
    if role == "family" and "family" not in needs and "family" not in tags.removed \
            and not tags.about_the_tool and mentions_someone_elses_use(text):
        needs = [*needs, "family"]
    return needs


def is_fragments(text: str) -> bool:
    """A message of two or more short pieces ("Gabapentin. Bad back. Skint.", "blues, panic
    attacks, irvine"): each piece is read like a short message of its own."""
    pieces = [p for p in _FRAGMENT_BREAK.split(text) if p.strip()]
    return len(pieces) >= 2 and all(len(p.split()) <= SHORT_MESSAGE_WORDS for p in pieces)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class NeedTagger(TrainedComponent):
    kind = "needs"

    def fit(self) -> NeedTaggerModels:
        return train_need_models()

    def tag(self, message: Message, text: str) -> None:
        base = self.base_features(message, text)
        tags = tag_needs(text)  # the lexicon runs once; every model below reads its verdict
        needs, removed, guessed = decide_needs(
            text, self.model.need_probabilities([text], base, [tags])[0], self.model.threshold, tags)
        role = self.model.role.predict([text], base, [tags])[0]
        needs = needs_for_role(text, needs, role, tags)
        self.add_entities(message, "need", needs)
        self.add_entities(message, "not_need", removed)
        if guessed:
            self.add_entities(message, "need_guess", ["true"])
        if role == "self" and not (needs or removed or tags.over or explicit_self(text)):
            role = None  # "self" only with a need of one's own (even one ruled out or
            # over: "I can't go to rehab", "I stopped drinking years ago") or an outright "for me"
        if role:
            self.add_entities(message, "role", [role])
        if needs and is_urgent(text):
            self.add_entities(message, "urgency", ["today"])
        band, whose = tag_age_band(text)
        if band and (whose == "self") == (role in (None, "self")):
            self.add_entities(message, "age_band", [band])  # the age of whoever the help is for
        gender = tag_gender(text)
        if gender:
            self.add_entities(message, "gender", [gender])
        if needs and intent_name(message) in WEAK_INTENTS:
            set_intent(message, "inform")
        elif tags.privacy_question and intent_name(message) in WEAK_INTENTS | {"inform"}:
            set_intent(message, "ask_privacy")  # "does that get passed to the police?" is
            # answered, not taken as a need (the dialogue ignores entities on ask_privacy turns)
