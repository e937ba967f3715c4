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
from datetime import date

from nlu_components.text import normalise
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

# What "took all my ..." must name to be an overdose ("took all the kids to the park" is not).
_TAKEN_ALL = (r"pills?|tablets?|tabs?|meds|medication|medicines?|script|prescription|methadone|methdone|espranor|subs|bupe|doses?|"
              r"bottle|box|packet|strip|stash|supply|gear|kit|heroin|smack|coke|crack|charlie|ket\w*|spice|drugs|vall?(?:ie|y)s|valium|"
              r"diazepam|benz\w*|blues|jellies|etiz\w*|bromaz\w*|pregab\w*|gabapentin|gabbies|xanax|oxy\w*|tramadol|morphine|codeine|"
              r"co-?codamol|paracetamol|sleepers|insulin|painkillers|antidepressants|mirtazapine|sertraline|quetiapine|zopiclone|temaz\w*|"
              r"fent\w*|nitazenes?|buprenorphine|buvidal|lithium|lot|vodka|whisky|booze|bevvy|wine|ones|stuff")
# Opioids, benzodiazepines, gabapentinoids and sedatives, which slow breathing (depressant_cant_breathe).
_DEPRESSANTS = (r"(?:methadone|methdone|espranor|subs|bupe|heroin|gear|smack|kit|tranq|xylazine|nitazenes?|oxy\w*|tramadol|"
                r"morphine|fent\w*|vall?(?:ie|y)s|valium|diazepam|benz\w*|bromaz\w*|etiz\w*|blues|pregab\w*|pregabalin|gabapentin|gabbies|ghb)")
_CANT_BREATHE = r"(?:cnt|cant|can'?t|cannae|canny|caant) (?:brth|breth|brethe|breathe?|breath|get (?:a|my|his|her) (?:breath|breth))\b"

# Someone watching what is typed (watched_now): "he's reading over my shoulder".
_OVER_SHOULDER = r"(?:reading|readin|watching|watchin|looking|lookin) (?:over|ovr|ower) (?:my|ma) shoulder\b"
# Injuries seen on someone (injured_and_threatened).
_INJURY_SEEN = r"bruis\w*|black eyes?|split lip|burst lip"
# What someone is attacked with (weapon_at_child, weapon_attack).
_WEAPON = "knife|blade|hammer|bat|bar|bottle|machete|axe|screwdriver|scissors|stick|pole|chair|belt"
# After going into water: a swim or a dip is not a crisis ("sat by the loch, going in for a swim").
_SWIM = r"(?![\w' ,]{0,25}\b(?:swim\w*|dip|dook|paddl\w*|surf\w*|kayak\w*|splash|wetsuit))"

# A coded goodbye is two signs together (farewell_signs): belongings passed on or affairs
# settled ("given the van to my brother", "sent my flatmate my login", "sorted the life
# insurance"), and a farewell or an end ("thanks for everything", "won't be around for the
# trip", "I can't do another year of this", "look after mum for me"). Either alone is ordinary.
_PASSING_ON = (
    r"\b(?:gave|given|give|giving|gied|handed|hand|handing|sent|send|left|leaving|dropped|dropping)(?: (?:away|back|over|on|off))? (?:me |us )?(?:all )?(?:my|ma|his|her|the) "
    r"(?:\w+ ){0,2}(?:bike|van|car|speaker|records?|stuff|things|belongings|dog|dug|cat|trainers|xbox|playstation|ps[45]|"
    r"laptop|tools|guitar|logins?|passwords?|bank details|pin|inhalers|jewellery|rings?|lockets?|watch|medals|savings|kayak|canoe|kit|saws|chainsaws?|rods|fishing rods?|golf clubs|camera|keys(?! (?:back )?(?:to|in to|into|at) (?:the )?(?:landlord|council|housing|letting|agents?|office|factor|hostel|estate)))\b|"
    r"\b(?:gave|given|handed|gied) (?:me|us) (?:back |over )?(?:all )?(?:his|her|their) (?:\w+ ){0,4}(?:keys|key|stuff|things|belongings|dog|cat|tools|medals|savings|bank card|charger|jacket|coat)\b|\bput (?:the |my |his |her )?(?:\w+ ){0,3}(?:van|truck|car|motor|business|saws|tools|caravan|boat|croft|bike)(?: and (?:the |my )?\w+)? in (?:my|his|her|the) (?:\w+'?s )?name\b|\basked (?:us|me|them) to keep (?:them|it|these|his \w+|her \w+) safe\b|"
    r"\b(?:texted|sent|gave|given|handed) (?:me|us|her|him|them|my \w+) (?:his|her|their|my) (?:\w+ )?(?:logins?|passwords?|pin|bank details|bank card)\b|"
    r"\b(?:she|he|they|you) can have (?:all )?my\b|\b(?:she|he|they|you|the \w+|my \w+|his \w+|her \w+) (?:could|can|would|should|'d|'ll) have (?:all )?(?:my|his|her|their) (?:\w+ )?(?:dog|dug|cat|pets?|stuff|things|bike|car|van|motor|tools|records|telly|guitar)\b|\b(?:put|packed|packing|boxed|boxing|bagged) (?:up )?(?:all )?(?:my|ma|his|her) (?:gear|stuff|things|belongings|clothes|kit|records|tools)\b[\w' ]{0,12}\bfor (?:my|ma|his|her|the|our) \w+\b(?!'?s (?:van|car|motor|flat|house|hoose|place|garage|loft|new)|[\w' ]{0,20}\b(?:move|moving|flit\w*|removal))|\b(?:written|wrote|writing) (?:out|down) (?:\w+ ){0,4}(?:bank details|passwords?|pins?|logins?)\b|\baffairs (?:are |all |were )?in order\b|\bput\b[\w' ,]{0,60}\bin an? (?:envelope|folder|box|tin) for (?:my|ma|his|her|the|our) \w+\b|\b(?:left|put|got) (?:the |my |all (?:the |my )?)?(?:\w+ )?(?:accounts|books|paperwork|papers) in order\b|\bfor whoever takes over\b|\b(?:put|paid|moved|transferred) (?:what|whit) (?:i|ah) (?:had|have) left (?:in|into|intae) (?:the|my|ma) \w+'?s? account\b|\bwhere (?:my|ma|his|her|the) \w+ (?:will|'ll|can|would) find (?:them|it)\b|\b(?:gave|gied|given|handed) (?:ma|my) \w+ the (?:key|keys|insurance papers|papers|bank card)\b|\bgot (?:the |my )?(?:will|life insurance|insurance|funeral plan|affairs) (?:all )?sorted\b|\bsorted (?:out )?(?:all )?(?:the |my )?(?:papers|paperwork|bank details|accounts)\b[\w' ,]{0,40}\bfor (?:the|my|his|her|our) \w+\b|\bpass(?:ed|ing)? (?:on )?(?:all )?(?:his|her|my) (?:personal )?(?:effects|belongings|things|stuff) (?:on )?to\b|\bsell(?:ing)? (?:all )?(?:my|ma|his|her) (?:[\w']+,? ){0,5}(?:on|at) (?:marketplace|ebay|gumtree|facebook)\b|\b(?:written|wrote|writing) (?:out|down) (?:all )?(?:\w+'?s? ){0,3}(?:medication|medicines?|meds|insurance|bills)\b|\bmake sure (?:my|ma) (?:\w+ ){1,2}(?:gets|has|takes) (?:all )?(?:my|ma)\b|\bfor whoever (?:needs|wants) (?:them|it)\b|"
    r"\b(?:the )?(?:dog|dug|cat)'?s? (?:to go|tae go|is to go|is tae go|goes|going|gaun) (?:to|tae) (?:my|ma|his|her|the) \w+\b|"
    r"\bdeleted (?:all )?(?:my|his|her) (?:socials|social media|accounts|facebook|instagram|profiles?)\b|"
    r"\bcancel(?:led|ed) (?:my|his|her) (?:phone|contract|direct debits?|subscriptions?)\b|\bpaid off (?:my|his|her) (?:tab|debts?|loans?|fines?)\b|\breturned (?:all )?(?:my|his|her) (?:library )?(?:books|keys|tools)\b|"
    r"\bsent (?:my|his|her) \w+ (?:his|her|their) (?:birthday|christmas) (?:money|present) early\b|"
    r"\bsorted (?:out )?(?:the |my |his |her )?(?:life insurance|insurance|will|funeral)\b|\b(?:made|written|wrote|signed|updated|changed|redone|rewritten|rewrote) (?:my|a|ma) will\b|\bsorted out the (?:\w+'?s? )?papers\b|"
    r"\b(?:find|found|finding|look for|get) (?:it|him|her|them|the \w+|my \w+|her \w+|his \w+) a (?:new|good) home\b|\brehom\w*|"
    r"\bsold (?:the|my|his|her) (?:van|car|bike|motor|tools)\b[\w' ,.]{0,40}\bpaid off\b|"
    r"\bsorted (?:out )?(?:all )?(?:the |my )?(?:paperwork|papers|forms)\b[\w' ,]{0,20}\bso (?:that )?(?:my \w+|\w+) can take over\b|"
    r"\bso (?:that )?(?:my \w+|\w+) can take over (?:mum'?s|dad'?s|my \w+'?s|the) (?:care|caring|dog|cat|flat|tenancy|bills|rent)\b|"
    r"\b(?:birth certificates?|papers|documents|will|bank details|passwords?|insurance (?:papers|policy)|letters)\b[\w' ,]{0,60}\b(?:are|is) (?:in|on|out on|out oan|oot on|oot oan|left on) (?:the|my) (?:\w+ ){0,2}(?:folder|drawer|box|tin|envelope|cupboard|table|mantelpiece|sideboard|dresser)\b|"
    r"\bwho gets what\b|\bloose ends (?:all )?(?:tied|tied up|sorted)\b|"
    r"\b(?:written|wrote|writing) to (?:my|ma|his|her) \w+(?: (?:in|at|down in|up in) \w+)? about (?:the|my|ma) (?:croft|house|hoose|flat|dog|dug|cat|van|car|money|will|savings|boat)\b|"
    r"\bgiving (?:away )?(?:his|her|my) (?:\w+ ){0,3}(?:and (?:his|her|my) \w+ )?away\b|"
    r"\bleft (?:the \w+|my \w+|him|her|them) (?:a note|a letter) with (?:the |my )?(?:bank details|pin|passwords?|papers|pension papers|keys|will)\b|\bpaid off what (?:i|he|she) (?:could|owe|owed|owes)\b|"
    r"\b(?:told|show(?:ed|n)?) (?:me|us|her|him|them|my \w+|ma \w+|the \w+) where (?:all )?(?:the |his |her |my )?(?:\w+ )?(?:money|bank card|passwords?|papers|will|keys|bills|funeral plan|insurance|documents|paperwork)(?: \w+)? (?:is|are|goes|go|kept|live)\b|"
    r"\bset up (?:a )?(?:savings account|trust fund|standing orders?) for (?:my|his|her|the) \w+\b|"
    r"\b(?:left|put|got) (?:everything|it all|all my affairs|my affairs) in order\b|\bsorted (?:out )?who'?(?:ll| will) (?:have|take|look after) (?:him|her|them|the \w+)\b|"
    r"\b(?:written|wrote|made|left) (?:a |my )?(?:document|list|note|file) (?:with|of) (?:all )?(?:my|his|her) (?:passwords?|logins?|bank details|pins?)\b|"
    r"\b(?:take|took|taken|taking) (?:his|her|my|the) (?:dog|dug|cat|pets?) to (?:the )?(?:rescue|shelter|sspca|spca|dogs trust|cats protection|rehoming centre)\b|"
    r"\b(?:gave|given|giving|handed|gied) (?:the |my |her |his |ma )?\w+ (?:all )?(?:my|his|her|ma) (?:\w+ )?(?:rings?|jewellery|watch|medals|savings|tools|records)\b|"
    r"\b(?:write|writing|wrote|written) (?:a )?letters? to (?:my|his|her) (?:children|kids|weans|bairns|son|sons|daughter|daughters|family|wife|husband) (?:to )?(?:say|saying) sorry\b")
_FAREWELL = (
    r"\b(?:thank you|thanks|cheers|thank(?:ed|ing)? (?:me|us|you|them|her|him|every(?:one|body)))(?: \w+ ?'?)? ?for everything\b|\bgoodbye\b|"
    r"\bgrateful for everything\b|\bfinal message\b|\bbeannachd leibh\b|\b(?:someone|somebody|some ?one) else'?s (?:worry|problem|responsibility) (?:after|from) (?:tonight|today|tomorrow|the morn)\b|\bthat'?s me done (?:noo|now)\b|\b(?:needn'?t|need not|needna|neednae) (?:visit|come|call|phone|ring) (?:again|any ?more)\b|\bthank(?:s)? (?:4|for) (?:everythin|evrythin|evrything)\b|\bthank(?:s| you)? (?:to )?every(?:one|body) who (?:tried|helped)\b|\bthanks? for trying\b|"
    r"\bno need (?:for (?:any ?(?:one|body)|you) )?(?:to|tae) (?:contact|call|phone|ring|visit|look for|check on) (?:me|him|her) (?:again|after)\b|"
    r"\b(?:you'?ll|you will|ye'?ll|yous'?ll) (?:not|no|nae) need (?:to|tae) (?:visit|come|call|phone|ring)\b|"
    r"\bfor (?:the )?last time\b|\b(?:like|as if) it was the last time\b|\bsay (?:cheerio|ta-?ta) to\b|\bafter tonight (?:they|you|he|she|nobody|no ?one|my \w+)(?:'ll| will) (?:not|never|no)\b|\b(?:won'?t|will not) (?:need|be needing) (?:to bother|the|my|his|her|it|them|any|anything|a)\b|"
    r"\b(?:won'?t|will not) be (?:around|collecting|here|coming back)\b|\b(?:i'?ll not|i'?ll no|i won'?t|i will not) be (?:about|aboot|around|here) (?:to see|for)\b|\beasier (?:for every(?:one|body) )?this way\b|"
    r"\b(?:can'?t|cannot|cannae) do (?:another|one more) (?:year|day|week|night|christmas)\b|"
    r"\blook after (?:mum|dad|my \w+|the \w+|his \w+|her \w+|their \w+|her|him|them) for me\b|\btold (?:my|ma) \w+ to look after (?:his|her|their|your) (?:mum|maw|mam|dad|da|mother|father|sister|brother|gran|wee \w+)\b|"
    r"\b(?:there'?s|there is) nothing left for me\b|\b(?:i'?ve|i have) made sure (?:they'?ll|they will|she'?ll|she will|he'?ll|he will|the \w+ (?:will|'ll)) be (?:looked after|ok|okay|fine|alright|cared for)\b|"
    r"\b(?:tell|asked me to tell|told me to tell) (?:his|her|my|ma) \w+ (?:that )?(?:he'?s|she'?s|i'?m|he is|she is|i am) sorry\b|\b(?:won'?t|will not|'ll not|'ll no) be (?:a )?(?:problem|burden|bother|trouble) (?:for|to) (?:any|every)(?:body|one)\b|\bsorry for everything\b|(?:his|her|my) phone'?s (?:off|switched off)\b|\bproud of (?:them|you|you all|the \w+)\b|"
    r"\b(?:i'?ve|i have) sorted (?:everything|it all)\b|\b(?:she'?s|he'?s|i'?ve|she has|he has|i have) got (?:everything|it all) sorted\b|\bafter this week\b|\bswitched (?:his|her|my) phone off\b|"
    r"\bnobody (?:needs|will need) to worry\b|\b(?:nobody|no ?one|naebody) (?:needs|will need|has) to (?:carry|look after|put up with|bother about) (?:me|him|her)\b|\blast (?:\w+ )?(?:season|summer|christmas|year) (?:any(?:one|body)|every(?:one|body)|you|they)(?:'ll| will)? (?:have|has|need) to (?:put up with|deal with|worry about|bother with) (?:me|him|her)\b|\b(?:won'?t|will not|'ll not|'ll no|wont|never) (?:need|have) to (?:chase|worry about|bother about|bother with|look after|care for|deal with|put up with) (?:me|him|her)\b[\w' ]{0,25}?\b(?:again|any ?more|(?:much|very) longer)\b|\bnothing (?:for (?:anyone|anybody|you) )?to worry about (?:now|any ?more)\b|"
    r"\b(?:won'?t|will not|'ll not|'ll no|wont) need me (?:about|around|any ?more|after|now)\b|"
    r"\b(?:won'?t|will not|wont|'ll not|'ll no|never) (?:have|need) to (?:deal with|sort out|worry about) (?:anything|any of it|it all|a thing|me)\b|"
    r"\b(?:shan'?t|shall not|won'?t|will not|'ll not|'ll no) (?:be needing|need) (?:them|it|any of (?:it|them)|these|those)\b|\bneed (?:them|it) more than (?:i|me) (?:will|do)\b|"
    r"\b(?:it'?s|everything'?s|everything is|it is|all) (?:all )?squared away\b|\bgood knowing (?:you|ye|them|yous|you all)\b|"
    r"\b(?:nobody|no ?one|naebody)(?:'ll| will)? need to (?:chase|worry about|look for|bother) me\b|\b(?:i'?ll|ah'?ll|i will) be at peace (?:soon|soon enough|at last|tonight)\b|"
    r"\b(?:shan'?t|won'?t|will not|'ll not|'ll no) be troubling (?:\w+ ){0,2}(?:again|any ?more|much longer)\b|\b(?:i'?ll|ah'?ll) (?:no|not|nae) be back in\b|"
    r"\b(?:i'?ll not|i'?ll no|i won'?t|i will not) be (?:in|back|at work|around|about) after (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|this week|tonight|today|tomorrow)\b|"
    r"\b(?:i'?ll|i will) be (?:seeing|with|joining) (?:my |ma )?(?:dad|da|mum|maw|mam|mother|father|wife|husband|son|daughter|brother|sister|gran|granny) (?:again )?soon\b|"
    r"\bready to go (?:and|an) (?:see|be with|join) (?:my|ma) (?:mother|father|mum|dad|wife|husband|maw|da)\b|"
    r"\b(?:it|that|none of (?:it|this|that))(?: won'?t| will not|'ll not|'ll no) matter (?:by then|after|soon|any ?more)\b|\bwhen the time comes\b|"
    r"\b(?:she|he|they)(?:'ll| will|'d| would) (?:manage|cope with|look after) (?:him|her|them|things) better (?:than|without) me\b|\btired of being a burden\b|"
    r"\b(?:told|telling|tell|asked) (?:the |my |ma |our )?\w+ (?:not to|no tae|no to|not tae) (?:expect|wait for|keep a (?:seat|place) for|save (?:me )?a (?:seat|place)(?: for)?) me\b|"
    r"\b(?:would|'d|will|'ll) be a better (?:dad|father|mum|mam|mother|parent|husband|wife) (?:to (?:them|him|her|(?:the|my|our|his|her) \w+) )?than me\b|\bsorted so (?:they'?re|they are|she'?s|he'?s) (?:looked after|ok|okay|fine|provided for)\b|"
    r"\b(?:insurance|policy|payout|pension) (?:will|'ll|would) (?:see (?:them|her|him|the \w+) (?:right|ok|alright)|look after (?:them|her|him))\b|"
    r"\b(?:written|wrote|writing|left) (?:my|ma|his|her|the) \w+ a (?:letter|note)\b|\bdeserves? (?:a )?(?:better )?(?:mum|mam|dad|da|mother|father|parent|wife|husband) (?:who'?s|who is|than me)\b|\b(?:had|'s had|has had|'ve had|have had) (?:a (?:good|long|fair) |my |his |her )innings\b")

# A young child left with no adult now (children_left_alone): where they are, alone, and an
# age under ten said as a child's ("the wee one is 3", "they are 4 and 6", "aged 2"; not "about
# 5 years", "he's 6 years sober").
_ALONE_NOW = (r"\b(?:are|is|'s|'re|been|left|sitting|sat)\b[\w' ]{0,40}\b(?:on (?:their|there|his|her) (?:own|ain)|alone|by (?:themselves|himself|herself))\b"
              r"|\bno (?:adult|adults|grown.?ups?)\b|\b(?:no|not|nae|hasn'?t|haven'?t) (?:been )?let (?:in|back in)\b")
_YOUNG_AGE = (r"\b(?:(?:the wee one|the youngest|the baby|(?:he|she|they))(?:'s|'re| is| are)(?: only)?|hes|shes|aged?|maybe|about) "
              r"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)(?: (?:years?|yrs?) old)?\b"
              r"(?! (?:pm|am|o'?clock|hours?|mins?|minutes?|days?|weeks?|months?|years?|yrs?|times?|quid|pounds?|miles?|of|o)\b)"
              r"|\b[1-9] (?:and|&) [1-9]\b(?! (?:pm|am|o'?clock|hours?|days?|weeks?|months?))|\bno nappy\b"
              r"|\b(?:the wee one|the youngest|the baby)(?:'s| is)(?: only)? (?:[1-9]|1\d|2\d|six|nine|eighteen) (?:month|months|mnths?)\b")

# (type, cue, pattern). Order matters: the first matching type wins per clause;
# across clauses the most urgent type (see _PRIORITY) wins.
_PATTERNS: list[tuple[str, str, str]] = [
    # --- overdose in progress (999) ---
    ("overdose", "not_breathing",
     r"\b(?:not|nt|no|isn'?t|isnt|aint|ain'?t|stopped|stops|stop|barely|hardly|no longer|nae|isnae) ?(?:breathing|breathin|breething|breating|breathng)\b"),
    ("overdose", "cant_breathe_other",
     rf"\b{_WHO}'?s? (?:can'?t|cannae|cant|canny) breath?e?\b"),
    ("overdose", "blue_lips",
     r"\b(?:lips?|face|fingers?|fingertips|skin)\b[\w' ]{0,20}\b(?:blue|grey|gray|purple|(?:a )?(?:weird|funny|strange|bad|horrible|wrong) colou?r)\b|\b(?:blue|grey|purple) lips?\b|\b(?:he'?s|she'?s|they'?re|he is|she is|gone|going|goes|go|turning|turned|turns) blue\b(?! in the face)"),
    ("overdose", "wont_wake",
     r"\b(?:won'?t|wont|will not|'ll no|'ll not|'ll nae|cannae|canny|can'?t|cant|can not|cannot|unable to|not able to|wouldn'?t|willnae|winnae) (?:wake|wak|wke|waken|wakin|rouse|get a response)\b|(?<!off )\bnot waking\b|(?<!off )\b(?:isn'?t|is not|isnae|not) wak(?:ing|in)(?: up)?\b|(?<!off )\bno wak(?:ing|in)(?: up)?\b(?!(?: up)? (?:fae|frae|from|after) this)|\bwon'?t come round\b(?! (?:because|cos|coz|to|for|here|any|now|and|the|since|at|on|with|til|until|unless|if|when|no more))|\bnot coming round\b"),
    ("overdose", "unresponsive",
     r"\bunrespon\w*|\bunrous(?:e)?able\b|\bcan'?t be roused\b|\b(?:not|isn'?t|isnt|aren'?t|no|stopped) respond\w*|\bno response from (?:him|her|them)\b|\b(?:can ?not|can'?t|cannae|cant|canny|couldn'?t|could not) get (?:any |a )?(?:response|reaction|answer|word) (?:from|oot o|out of|off) (?:him|her|them)\b|\b(?:he'?s|she'?s|hes|shes|they'?re|he is|she is|they are) (?:still )?(?:not|no|nae) movin[g']?(?=\W|$)|\b(?:he|she|they) (?:isn'?t|aren'?t) moving\b|(?<!i )(?<!i've )(?<!ive )(?<!keep )\bpassed out\b|\bunconcious|\bunconscious|\bkeeled over\b|(?<!me )\bout cold\b|\bfloppy\b"),
    ("overdose", "chest_not_moving",
     r"\bchest(?:'s| is| has)? (?:isn'?t|is not|not|no|isnae|has stopped|stopped) (?:going|moving|rising)\b"),
    ("overdose", "snoring_gurgling",
     r"(?<!his )(?<!her )(?<!their )\b(?:snoring(?! (?:thru|through) the wall)|gurgl\w*|rattl\w* (?:noise|sound|breath)|making a (?:weird|funny|strange) (?:noise|sound))\b"),
    ("overdose", "overdose_word",
     r"\b(?:over ?dos(?:e|ed|ing|in)|ovedose\w*|overdoes\w*|overdosd|od'd|od'ed|oded|od'?ing|o\.d\.?|oding|od)\b(?! on (?:chocolate|sweets|cake|sugar|caffeine|coffee|crisps|pizza|netflix|tv|telly|love|christmas))"),
    ("overdose", "took_too_much",
     r"\b(?:taken|took|tuk|necked|swallowed|swallowd|swalowed|swallaed|swallied|swallit|dropped|injected|jagged|smoked|done(?! in\b))\b[\w' ]{0,25}\b(?:a great (?:many|deal of|lot of)|a hale|a haill|too much|too many|to many|to much|a whole|the whole|(?:my|his|her|their) whole (?:week'?s|weeks|month'?s|fortnight'?s|supply|stash)|(?:my|his|her|their) whole (?:script|prescription|bottle|box|packet)(?= (?:in one go|at once|all at once|at one time|in one))|a (?:huge|massive) (?:amount|load) of|all (?:of )?(?:my|his|her|their|the|\w+'s) (?:[\w']+ ){0,2}(?:" + _TAKEN_ALL + r")\b|all (?:of )?(?:my|his|her|their|the|\w+'s) (?:[\w']+ ){1,3}(?=(?:at once|in one go|all at once)\b)|all (?:of )?them(?= (?:at once|in one go|together))|loads of(?! (?:that|this|courses?|counselling|therapy|groups?|work|training|stuff|things)\b)|a load of|a full|every (?:pill|tablet|one of (?:my|the|his|her)))\b|\b(?:taken|took|tuk|necked|swallowed|swallowd|jagged|injected)\b[\w' ]{0,15}\b(?:[2-9]\d|\d{3}) (?:of (?:my|the|his|her|them)|pills|tablets|tabs|pregabs|buds|vallies|blues|jellies|diazepam|tramadol|etiz\w*)\b"),
    ("overdose", "took_with_symptoms",
     r"\b(?:taken|took|tak|tuk|necked|swallowed|dropped|injected|jagged|smoked|snorted|done)\b[\w' ,.]{0,60}\b(?:heart(?:'s| is)? (?:going mental|racing|pounding|going like|beating (?:so |really )?fast|jumping|skipping|banging|all over the place)|(?:going to|gonna|gonnae|about to) pass out|seeing double|(?:can'?t|cant|cnt|cannae|canny) see (?:right|properly|straight|good)|can'?t feel my|(?:room|everything)(?:'s| is) spinning|going numb)\b"),
    ("overdose", "naloxone_now",
     r"\b(?:need|get|give|giving|where'?s|wheres|got any|have you got)\b[\w' ]{0,15}\b(?:naloxone|narcan|nyxoid|prenoxad)\b[\w' ]{0,15}\b(?:now|quick|asap|fast|right now)\b|\bnaloxone (?:now|quick|asap)\b"),
    ("overdose", "breathing_wrong",
     r"\bbreathing(?:'s| is)? (?:really |very |so |all |awful |awfy )?(?:slow|shallow|funny|weird|weirdly|strange|strangely|oddly|wrong|noisy|rattly)\b|\bbreathing funny\b|\bshallow (?:resps|respirations|breaths|breathing)\b|\b(?:cyanosed|cyanotic)\b|\b(?:a )?rattl\w* (?:when|as) (?:he|she|they) breathes?\b"),
    ("overdose", "gone_over",
     r"(?<!face )\b(?:he'?s|she'?s|someone'?s|somebody'?s|pal'?s|mate'?s|they'?ve|has|have) dropped\b(?! (?:off|out|by|round|in|my|the|it|on one side|down one side|to|from|below|under|sharply|again))|\b(?:he'?s|she'?s|they'?ve|they'?re|pal'?s|mate'?s|has|have|who'?s|he|she) (?:gone|went) over\b(?! to| the| my| it)"),
    ("overdose", "collapsed_after_use",
     rf"\b(?:collaps\w*|fell out|gouch\w*|nodding out|gone over|went over)\b.*\b(?:{_DRUGS}|after (?:injecting|using|taking|smoking|jagging)|a hit|a bag)\b|\b{_DRUGS}\b.*\b(?:collaps\w*|fell out|gone over|went over)\b"),
    ("overdose", "slumped_limp",
     r"\b(?:slumped|gone limp|went limp|going limp|is limp|floppy)\b"),
    ("overdose", "colour_change",
     r"\b(?:he'?s|she'?s|they'?re|he is|she is|they are|i'?m)(?: gone| going| turned| turning| gone all)? (?:purple|grey|gray|a (?:funny|weird|strange|bad) colou?r|white and (?:cold|clammy))\b|\b(?:he|she|they|who) (?:has |have )?(?:gone|went|turned) (?:purple|grey|gray|a (?:funny|weird|strange|bad) colou?r)\b|\b(?:guy|man|woman|lassie|pal|mate|friend|boyfriend|girlfriend|partner|son|daughter|brother|sister) (?:\w+ ){0,3}has (?:gone|turned) (?:purple|grey|gray|a (?:funny|weird|strange|bad) colou?r)\b|\bstill blue\b|\b(?:he|she|they)(?:'s| is| has| have|'ve)? (?:gone|going|turned|went) (?:very |really |dead |so )?(?:pale|white)\b[\w' ,.]{0,60}\b(?:breath\w*|took|taken|used|using|methadone|gear|drink)\b"),
    ("overdose", "cant_get_awake",
     r"\b(?:can'?t|cannae|canny|cant|cannot) get (?:him|her|them|my \w+|the \w+) (?:to|tae|ti) (?:wake|waken|respond|come round|come to)\b"),
    ("overdose", "not_answering",
     r"\b(?:on the (?:floor|ground|bathroom floor|toilet floor)|in the toilet|in the bathroom|slumped)\b[\w' ,]{0,40}\b(?:won'?t|will not|not|isn'?t|is not|cannot|can'?t) (?:answer|answering|respond|responding|move|moving|wake|waking)\b|\b(?:door'?s? locked|locked in the (?:toilet|bathroom))\b[\w' ,]{0,40}\bnot (?:answering|responding)\b|"
     r"\b(?:door'?s?|door is) locked\b[\w' ,.]{0,30}\b(?:no answer|not answering|no response|nae answer|won'?t answer)\b|"
     r"\b(?:hasn'?t|hasnt|has not|hasnae|haven'?t) (?:come|been) out\b[\w' ]{0,30}\b(?:since|for)\b[\w' ,.]{0,40}\b(?:no answer|not answering|no response|nae answer)\b"),
    ("overdose", "foaming_after_use",
     rf"\bfoam\w* (?:at|fae|from) the mouth\b.*\b(?:{_DRUGS}|needle|using|used|injecting)\b|\b(?:{_DRUGS}|needle|using|used|injecting)\b.*\bfoam\w* (?:at|fae|from) the mouth\b"),
    # --- medical emergency (999) ---
    ("medical", "chest_pain", r"\bchest (?:pain|pains|is tight|tightness|hurts?)\b|\bchest(?:'s| is| has)?(?: been| gone| going| getting)?(?: (?:very|really|so|awful|pure|dead|that|quite))? (?:tight|painful|sore|crushing|pounding)\b|\bpains? in (?:my|his|her|their|the) chest\b|\bpains? in chest\b[\w' ,]{0,30}\b(?:arm|jaw)\b|(?<!gave me a )(?<!give me a )(?<!gie me a )(?<!give myself a )(?<!give yourself a )(?<!gie masel a )(?<!gie yersel a )(?<!give you a )(?<!give ye a )(?<!gie ye a )(?<!give someone a )(?<!cause a )(?<!causes a )\bheart attack\b|\bhaving a stroke\b"),
    ("medical", "seizure", r"\b(?:had a fit\b[\w' ]{0,45}\b(?:ago|today|tonight|still)|seizure|seizures|fitting(?! (?:the|a|an|new|my|his|her|out|up|it|them|together|smoke|fire|carbon|alarms?|locks?|carpets?|kitchens?|windows?|doors?|boilers?|blinds?|tyres?|meters?|cameras?)\b)(?! in(?: with| at| here| there| well| anywhere| socially| ok| okay|\s*$|[.,!?]))|(?<!feart o )(?<!feart of )(?<!scared of )(?<!afraid of )(?<!frightened of )(?<!worried about )(?:having|taking) a fit|took a fit|in a fit|convuls\w*)\b"),
    ("medical", "seizure_signs",
     r"\b(?:went|gone|going|goes) (?:all )?stiff\b[\w' ,]{0,30}\b(?:jerk\w*|shak\w*|twitch\w*|fitting|convuls\w*)\b|"
     r"\bstarted (?:jerking|convulsing|twitching)\b"),
    ("medical", "pregnancy_danger",
     r"\bbaby(?:'s| has| is)? (?:not|no|hasn'?t|stopped|isn'?t) (?:mov(?:ed|ing)|kick(?:ed|ing))\b|\bbaby(?:'s| is)? (?:kicking|moving) (?:a lot |much |loads )?less\b|"
     r"\b(?:\d{2}|twenty\w*|thirty\w*) weeks\b[\w' ,]{0,40}\bbleeding\b|\bpregnant\b[\w' ,]{0,40}\bbleeding\b"),
    ("medical", "cant_breathe_self", r"\b(?:can'?t|cannae|cant|cnt|caant|canny|cannot|can not|struggling to|can hardly) (?:brea?the?|brth|breth)\b"),
    ("medical", "bleeding", r"\b(?:won'?t|will not|wont|can'?t|cannae) stop (?:the )?bleeding\b|\bbleeding\b[\w' ]{0,20}\b(?:bad|badly|heavy|heavily|a lot|loads|won'?t stop|will not stop|everywhere)\b|\b(?:blood|bleeding) everywhere\b|\blosing (?:a lot of )?blood\b"),
    ("medical", "collapsed", r"(?<!are )(?<!veins )(?<!vein )(?<!veins have )\bcollaps(?:ed|ing|in)\b|\bfell and hit (?:his|her|their|my) head\b"),
    ("medical", "labour", r"\bwaters (?:have |has |'ve )?(?:just )?(?:broke|broken|gone)\b"),
    ("medical", "ambulance", r"\b(?:need|get|call) (?:an )?ambulance\b"),
    ("medical", "head_injury",
     r"\b(?:knocked out|out cold|knocked unconscious|knocked himself out|knocked herself out|(?:banged|bashed|smacked|hit|cracked) (?:his|her|my|their|ma) (?:head|heid)|head injury)\b[\w' ,]{0,60}\b(?:vomit\w*|being sick|spewing|drowsy|confused|won'?t wake|not making sense|sleepy|fitting|bleeding from (?:his|her|the) ear|seeing double|seein double|double vision|seeing two of everything|still bleeding)\b"),
    ("medical", "bleeding_wound",
     r"\bstab(?:bed)? wound\b|\b(?:wound|cut|leg|arm|head)\b[\w' ]{0,20}\bbleeding (?:through|heavily|badly|everywhere|a lot|loads)\b"),
    ("medical", "limb_wound", r"\b(?:leg|arm|wound|abscess|groin)\b[\w' ]{0,25}\b(?:black|rotting|gone green|turning black|septic)\b|\bsepsis\b"),
    ("medical", "heart_attack_signs",
     r"\b(?:clutching|clutchin|gripping|grabbing) (?:at )?(?:his|her|my|their|ma) chest\b|\bchest (?:is )?(?:crushing|tight|pounding)\b|\bcrushing (?:pain|chest)\b|\bpain(?:'s| is)?(?: now| still)? (?:going |goin |running |shooting |spreading )?(?:down|in|into) (?:my|his|her|their) left arm\b|\bleft (?:side|arm)(?:'?s| has| is)? (?:gone )?numb\b|\b(?:can'?t|cannot|cannae|canny) (?:feel|move) (?:my|his|her|their|ma) (?:left|right) (?:side|arm|leg)\b|\b(?:left|right) side(?:'?s| has| is)? (?:gone )?(?:numb|dead|weak|floppy)\b|\bface (?:is )?droop\w*|\bslurring (?:his|her|their) words\b|\bface(?:'s| is| has)? (?:\w+ )?(?:dropped|drooping|droopy|drop|fallen|gone) (?:on|down) (?:one|the (?:left|right)) side\b|\bone side of (?:his|her|my|their|ma) face\b[\w' ]{0,20}\b(?:dropped|drooping|droopy|fallen|gone numb|slipped)\b"),
    ("medical", "heart_racing_faint",
     r"\bheart\b[\w' ]{0,25}\b(?:going mad|racing|pounding|hammering|going like the clappers)\b[\w' ,]{0,60}\b(?:going to|gonna|about to|gonnae) (?:pass out|faint|black out|collapse)\b"),
    ("medical", "blood_loss",
     r"\b(?:spurting|pouring|gushing|pumping|pishing) (?:out )?blood\b(?!\s+(?:sometimes|now and then|occasionally|when i))(?![\w' ,.]{0,30}\b(?:bladder|kidneys?|urine|uti|water infection))|\bblood(?:'?s| is)? (?:spurting|pouring|gushing|pumping|pishing)\b|\b(?:vomiting|throwing up|coughing up|spewing|being sick) (?:\w+ )?blood\b|\bhit an artery\b|\b(?:can'?t|cannae|cant) stop (?:the|it|my \w+ from) bleeding\b|\b(?:bringing up|been sick with|sick with) blood\b|\bbleed\w* (?:and|that|which) (?:it )?won'?t stop\b|\bwon'?t stop bleeding\b|"
     r"\b(?:it'?s|it is|wound(?:'s| is)|cut(?:'s| is)|arm(?:'s| is)|leg(?:'s| is)|forearm(?:'s| is)) (?:still )?(?:spurting|pumping|gushing|pouring)\b(?! (?:rain|down|with rain|oot|out (?:of|o) the (?:sky|heavens)))"),
    ("medical", "withdrawal_fits",
     r"\b(?:seizing|(?<!feart o )(?<!feart of )(?<!scared of )(?<!afraid of )(?<!frightened of )(?<!worried about )taking (?:a )?fits?|fit coming on|having fits|the dts|dts are|delirium tremens)\b|\b(?:hallucinat\w*|seeing things|seeing people|bugs on the walls?|seeing (?:my |ma |our |his |her )?(?:late|dead|deceased) \w+ (?:in the (?:corner|room|doorway|hall|window)|standing|sitting|at the (?:foot|end|bottom) of))\b.*\b(?:drink|drinking|withdraw\w*|coming off|stopped|benzos?|alcohol)\b|\b(?:(?:without|no|nae|not had|off) (?:a |the |any )?)?(?:drink|drinking|withdraw\w*|coming off|stopped)\b.*\b(?:hallucinat\w*|seeing things|seeing people|bugs on the walls?|seeing (?:my |ma |our |his |her )?(?:late|dead|deceased) \w+ (?:in the (?:corner|room|doorway|hall|window)|standing|sitting|at the (?:foot|end|bottom) of))|\b(?:seeing|see) (?:things|bugs|spiders|beasties|insects|ants) (?:crawling|on (?:the )?walls?|that aren'?t there)\b|\bthe horrors\b[\w' ,]{0,40}\b(?:seeing|sweat\w*|pouring|shak\w*|heart)\b|\bseeing (?:wee )?(?:men|spiders|insects|bugs|faces)\b"),
    ("medical", "sepsis_signs",
     r"\bred (?:streaks?|lines?) (?:up|going up|on) (?:my|his|her)\b|\b(?:leg|arm|foot|hand)(?:'?s| is| has)? (?:gone )?(?:cold and (?:dark|black|blue)|black|dark and cold)\b|\bburning up\b.*\b(?:shaking|shivering|injection|abscess|wound)\b|\b(?:shaking|shivering)\b.*\bburning up\b"),
    ("medical", "limb_dying",
     r"\b(?:leg|arm|foot|hand|groin)\b[\w' ]{0,40}\b(?:is|'s|gone|turned|turning) (?:black|green|rotten)\b|\bsmells? (?:rotten|like (?:rot|death))\b"),
    ("medical", "serious_injury",
     r"\b(?:bent|twisted) the wrong way\b|\bbone (?:is )?sticking out\b|\bhit (?:his|her|my|their) head\b.*\b(?:not making sense|confused|bleeding|out cold|won'?t wake|unconscious|being sick)\b|\b(?:overheating|roasting|roastin|really hot to (?:the )?touch|sweating buckets|burning up|boiling up)\b.*\b(?:pills|mdma|mandy|molly|eccies|eckies|ecstasy|rave|confused|collaps\w*|not making sense)\b|\b(?:mdma|mandy|molly|eccies|eckies|ecstasy)\b.*\b(?:overheating|roasting|roastin|burning up|boiling up)\b"),
    # --- suicidal ---
    ("suicidal", "kill_self",
     rf"\b(?:kill|killin|killing|kil|end|ending|top|topping) {_ANY_SELF}\b(?! (?:laughing|laughin|wi(?:th)? laughter|working|workin|slowly|on (?:the )?(?:site|job|tools|rigs?|shifts?|building site|farm|boats?)\b|at (?:work|the gym|the site|the office)\b|wi(?:th)? (?:the|that|all (?:the|that)|this|my|his|her) (?:drink|drinking|whisky|whiskey|vodka|booze|bevvy|swally|fags|cigarettes|smoking|takeaways|work)))|\bdo(?:ing)? {_ANY_SELF} in\b|\bkms\b"),
    ("suicidal", "suicide_word", r"(?:\bsu[iu]c[iu]d\w*|\bsui?ci?d\w*|\bsuiside\w*|\bsuicide\w*)\b(?! (?:sprints?|drills?|shuttles?|runs)\b)"),
    ("suicidal", "end_it",
     r"\b(?:end|ending) (?:it|it all|things|my life|his life|her life|their life|everything)\b(?! with)|\b(?:finish|finishing) (?:it all|myself|my life|things for good)\b|\btak(?:e|ing) (?:my|his|her|their) (?:own )?life\b"),
    ("suicidal", "want_to_die",
     r"(?<!'s )(?<! is )(?<!re )(?<!are )\b(?:want|wanna|wants|wanting|going|gonna|ready|tryna|trying) (?:to )?die\b(?! in (?:his|her|their|my) (?:own )?bed)(?! if\b)(?! (?:laughing|laughin|of (?:laughter|embarrassment|boredom|cringe))\b)|\bwish (?:i|he|she|they) (?:was|were) dead\b|\bi (?:think|thinking) to die\b|\b(?:cannot|can'?t|can not) (?:more|any ?more) (?:this|my) life\b|\bwish i (?:wasn'?t|wasnae|was not) (?:here|alive)\b|\brather (?:be dead|die)\b|\bbetter off dead\b|\bbetter off without (?:me|him|her|them)\b|\bbetter off if (?:i|he|she) (?:wasn'?t|wasnae|was not|weren'?t) (?:here|around|alive)\b|\b(?:want|wanna) to dye\b"),
    ("suicidal", "sleep_forever",
     r"\b(?:want|wants|wanted|wanting|wanna|wnt|going|gonna) (?:to |tae )?(?:go (?:to |tae )?)?sleep (?:for ?ever|and never wake(?: up)?|and not wake(?: up)?)\b"),
    ("suicidal", "dont_want_to_live",
     r"\bcan'?t do (?:this|dis) (?:no more|any ?more|ony ?more|nae more)\b|\b(?:don'?t|dont|dnt|dinnae|do not|doesn'?t|does not) (?:want|wanna|wnt|wana) (?:to |2 |tae )?(?:live|be alive|b alive|wake up|exist|go on|(?:be|b) here(?: anymore| any more| no more| anymre| ony more|$))\b|\bno (?:point|reason) (?:in )?(?:living|being alive|going on|to live|carrying on|carryin on)\b|\bnothing (?:left )?to live for\b|\b(?:near |nearly |about |almost |just )?done (?:with|wi) (?:this |my )?life\b|\b(?:gonna|gonnae|going to) (?:just )?check (?:out|oot)\s*(?:$|[.,!])|(?<!it )(?<!this )(?<!that )(?<!things )\b(?:can'?t|cannae|cant|canny) (?:go on|do this anymore|take (?:it|this) any ?more|cope any ?more|keep going)\b(?! like this| this way| with (?:this|it|the)| on like| (?:across|over|back|there|up and down|to|in|out|for|every|all the way)\b)|\bnot be here (?:anymore|tomorrow)\b|\b(?:go to|want to|wanna|just want to) sleep (?:and|n) (?:not|never) wake\b|\b(?:what'?s|whats) the point (?:in|of) (?:living|life|going on|being here|being alive)\b|\b(?:don'?t|dont|do not|cannae|can'?t|cant) see (?:the|any) point (?:in|of) (?:living|life|going on|being here|being alive|carrying on)\b"),
    ("suicidal", "method",
     r"\b(?:hang|hanging|gas|gassing) (?:myself|himself|herself|themselves)\b|\bjump(?:ing)? (?:off|in front of) (?:a |the )?(?:\w+ ){0,2}(?:bridge|train|building|roof|cliff|car|bus)\b|\b(?:want|wish) (?:it|everything|it all) (?:to )?(?:stop|end|be over) (?:for good|forever|for ever)\b|\bon purpose\b[\w' ]{0,20}\b(?:pills|overdose|od)\b|\b(?:took|tuk|tkn|taken|swallowed|necked)\b[\w' ]{0,30}\b(?:pills|tablets|tabs|meds|blues|sleepers|bromaz\w*|benz\w*|vall\w*|etiz\w*|pregab\w*|gabapentin|methadone|espranor|diazepam|valium|tramadol|paracetamol|co-?codamol|oxy\w*)\b[\w' ]{0,20}\bon (?:purpose|purpse|purpos)\b|\b(?:thinking|think|thought) (?:about|abt|aboot|of) (?:taking|swallowing|necking) (?:all|the whole|a whole|them all|all of them|the lot)\b|\bsav(?:ed|ing) up (?:my |his |her |their )?(?:pills|tablets|meds|methadone)\b|\b(?:pills|tablets|meds|methadone) saved up\b|\bhow many (?:pills|tablets|of (?:my|these|them|the) \w+) (?:it would|it'?d|would it|will it|it will|it'?ll|it takes|does it|to) (?:take|kill)\b"),
    ("suicidal", "taking_all",
     r"\b(?:taking|take|gonna take|going to take|swallow\w*|neck\w*) (?:all|every one of|the whole lot of) (?:her|his|my|their|the) (?:sleeping |sleepin |heart |blood pressure |mum's |dad's |wife's |husband's )?(?:pills|tablets|meds|antidepressants|methadone|sleeping pills|painkillers|paracetamol|morphine|insulin|co-?codamol|codeine|tramadol|pregabalin|pregabs|diazepam|vallies|gabapentin|sleepers)\b(?![\w' ]{0,20}\b(?:with food|in the morning|as prescribed|at once a day))"),
    ("suicidal", "goodbye_note", r"\b(?:suicide|goodbye) note\b|\bthis is my last message\b|\bmy last message (?:to|ever)\b|\bstockpil\w* (?:my |his |her |their )?(?:pills|tablets|meds|methadone|script|gear|pregabs?|pregabalin|vallies|diazepam|painkillers|insulin|paracetamol)\b|\bgiv(?:ing|en) (?:away )?(?:all )?(?:her|his|my|their) (?:stuff|things|belongings) away\b|\bgiving away (?:her|his|my|their) (?:stuff|things|belongings)\b|\bsaying goodbye to every\w*\b|\b(?:letters?|notes?) (?:to|for) [\w ]{0,20}\bsaying goodbye\b"),
    ("suicidal", "want_it_to_end",
     r"\bwant (?:it all|everything|it|this|the pain|life) (?:to|tae) (?:end|stop|be over)\b|\bwant out for good\b|\b(?:want|wanna|wants) (?:to |tae )?be (?:dead|deid)\b|\b(?:no|nae) way out (?:except|but|apart from) (?:dying|death|ending it)\b|\blife(?:'?s| is) not worth living\b|\bnot worth living\b"),
    ("suicidal", "not_be_around",
     r"\b(?:not|won'?t|will not|wont|isnae|(?<='ll )no|(?<='ll )nae) (?:going to |gonna )?be (?:around|here|alive)(?: much longer| for long| tomorrow| by| to see| anymore| any more|$)|\b(?:won'?t|will not|wont|never) (?:have to )?wake up\b|\bcan'?t face another (?:day|night)\b|\b(?:i'?m|im|i am) (?:so )?done (?:being here|being alive|with (?:life|living|being alive))\b|\b(?:i'?ve|i have) (?:decided|made my mind up)\b|\bbetter off (?:when|once|if) i'?m gone\b|\bno ?(?:one|body) (?:would|will) (?:notice|miss me|care) if i (?:disappeared|was gone|died|wasn'?t here)\b"),
    ("suicidal", "means_at_hand",
     r"\b(?:standing|sitting|stood|sat) on (?:the|a) (?:edge of (?:the|a) )?(?:bridge|roof|ledge|edge|railing|cliff)\b|\bgot the (?:rope|pills ready|tablets ready)\b|\b(?:got|has|bought|holding|with) (?:a|the) (?:rope|noose)\b[\w' ,]{0,30}\b(?:use it|hang|going to|gonna|gonnae|do it)\b|\bgoing to jump\b|\b(?:walk|walking|walked) into the (?:sea|water|river|loch|traffic)\b|\b(?:looking at|staring at|standing by|standing on) the (?:train |railway )?(?:tracks|rails|line)\b|\b(?:drive|driving|crash) (?:into|off) (?:a|the) (?:wall|tree|bridge|road|cliff)\b|\b(?:take|taking|swallow|swallowing|neck|necking|use|using) (?:my|the|his|her) (?:whole|entire|full) (?:script|prescription|bottle|supply|box)\b|\bhow many (?:of my )?(?:\w+ ){0,2}(?:would it take|does it take|to (?:die|not wake|kill))\b|\buse enough (?:tonight|to)\b|\b(?:pills|tablets|meds) (?:lined up|counted out|all ready|ready to take)\b|\b(?:got|bought|have|sorted) (?:a|the) rope (?:ready|out)\b|\brope ready\b|\b(?:pier|bridge|harbour|river|sea|loch|water'?s edge|edge)\b(?![\w' ,.]{0,80}\b(?:swim\w*|dip|dook|paddl\w*|surf\w*|kayak\w*|wetsuit|fishing))[\w' ,.]{0,40}\b(?:going to|gonna|gonnae|want to|wanna|about to|(?:i'?m|am) (?:gaan|gaun|goin|going)) (?:go in|jump|(?:go )?in(?:to)? (?:the|da) (?:water|sea|river|loch)|walk into (?:the|da) (?:water|sea|river|loch))\b" + _SWIM),
    ("suicidal", "join_the_dead",
     r"\b(?:passed|died|gone|lost (?:her|him|them)|since (?:she|he|they) went)\b[\w' ,.]{0,80}\b(?:like|want|wanna|ready|going|waiting) "
     r"(?:to |tae )?(?:go and |go an )?(?:join|be with) (?:her|him|them)\b(?! (?:at|in|for|on|and|to)\b)|"
     r"\b(?:passed|died|gone|since (?:she|he|they) went)\b[\w' ,.]{0,80}\b(?:thought|thinking|think|thinkin) (?:about|of|aboot) (?:joining|being with) (?:her|him|them)\b|"
     r"\blook after (?:\w+ ){1,2}(?:because|cos|as|since) (?:he'?s|she'?s|i'?m|he is|she is|i am) (?:going|away|off) to (?:see|be with|join) (?:his|her|my|their) (?:mum|mam|maw|dad|da|wife|husband|son|daughter|gran|granny|brother|sister|partner)\b[\w' ,.]{0,40}\b(?:died|passed|dead|gone)\b"),
    ("suicidal", "last_things",
     r"\bno ?(?:one|body) (?:would|will|wid) (?:miss|notice) me\b|\b(?:with|wi) (?:a|the|my) (?:shotgun|gun|rope|ligature)\b|\bligature\b|\b(?:sorted|sorting|put|putting|pit) (?:out )?my affairs\b|\bthis is my last (?:night|day|message)\b|\b(?:gave|gied|given) (?:away )?(?:the|my) (?:dog|dug|cat|pets?) (?:to|away)\b|\b(?:handed|gave|given|gied) (?:me|us) (?:his|her|their) (?:dog|dug|cat)(?:'?s)?\b|\b(?:cleaned|loaded|got out) (?:the|my|his|her) (?:gun|shotgun|rifle)\b|\bbest thing for every(?:one|body)\b|\bthis is me (?:saying|sayin) (?:cheerio|goodbye|bye)\b|\b(?:i'?ll|i will|gonna|going to) find (?:another|a different) way\b(?!\s+(?:to|of|for|round|around|through|out|in|with))|\b(?:engine|car) running in the garage\b|\bnot coming back\b[\w' ,]{0,60}\b(?:bank details|passwords?|goodbye|note)\b|\b(?:won'?t|will not|'?ll no|'?ll not) be need(?:ing|in) (?:him|her|them|it|these|this)\b|\b(?:more|mair) use (?:out of|out|oot|of) (?:them|it) than me\b|\bmade (?:my )?peace with every(?:one|body)\b|\b(?:i'?ve|i have|ive) made (?:my|ma) peace\b(?! with)|\b(?:won'?t|will not|'ll not|wont) be a (?:bother|burden) to any(?:one|body)\b(?: after| anymore| any more| much longer| for long)|\bsorry for everything\b[\w' ,.]{0,60}\b(?:love you|look after|goodbye|phone'?s (?:off|dead))\b|\b(?:not|no) be (?:here|around|alive) (?:by|for|much|tomorrow|next|at)\b|\bsav(?:ed|ing) up (?:my |his |her |their )?script\b|\b(?:the )?last time (?:any ?(?:one|body)|you|ye|yous|you'?ll|you will)(?: will|'ll)? (?:hears?|sees?) (?:from )?me\b"),
    ("suicidal", "goodbye",
     r"\b(?:wrote|written|writing|left) (?:a |my )?(?:note|notes|letters?)\b.*\b(?:kids|children|family|mum|daughter|son|wife|husband|partner|dad|goodbye|sorry|someone to know)\b|\b(?:wrote|written|writing|left) (?:a|my) (?:suicide |goodbye )?note\b|\bgoodbye,? tell\b|\btell (?:my )?\w+ i'?m sorry\b|\b(?:messaged|texted|text|sent|saying|said) (?:me )?(?:saying )?goodbye\b|\b(?:phoned|called|rang|texted|messaged) (?:me )?(?:to say|saying) goodbye\b"),
    ("suicidal", "means_out",
     r"\b(?:got|have|'ve got|i'?ve got|sitting with|sat with) (?:the|a|my|his|her) (?:shotgun|gun|rifle|rope|noose) (?:out|here|ready|loaded|beside me|in (?:my|his|her) hands?)\b|"
     r"\b(?:only|just) (?:see |one )?(?:one )?way out\b(?! of\b)|"
     r"\b(?:crash\w*|driv\w*|steer\w*) (?:the |my |his |her )?(?:car|motor|van|lorry)\b[\w' ]{0,30}\bon purpose\b|"
     r"\bin the garage\b[\w' ,]{0,40}\bengine (?:is )?running\b|\bengine (?:is )?running\b[\w' ,]{0,40}\bin the garage\b"),
    ("suicidal", "nobody_would_miss",
     r"\bno ?(?:one|body)(?:'d| would| will| wid| wud) (?:even )?(?:miss me|notice (?:if i|i'?m gone|i was gone))\b|"
     r"\bno ?(?:one|body) (?:would|will|wid|'d) find me\b[\w' ,]{0,30}\bif i (?:went|was gone|did it|died)\b|"
     r"\bbett?er of+ (?:without|wivout|withoot|wi ?oot|w/?o) me\b|"
     r"\bme (?:out (?:of|o) )?(?:the )?(?:picture|road|way) for good\b|\bbett?er of+ wi(?:th)? (?:my|the) (?:share|insurance|life insurance|money)\b|"
     r"\b(?:want|wanna|wantae|wish i could|just want to) (?:to )?(?:just |jst |juss )?(?:disappear|dissapear|disapear|dissappear|vanish) "
     r"(?:forever|forevr|for good|for ever|4eva|4ever)\b"),
    ("suicidal", "not_waking",
     r"\b(?:wish|hope|prefer it if) i (?:just )?(?:didn'?t|did not|don'?t|do not|never|wouldn'?t) wake(?: up)?\b|"
     r"\bif i (?:just )?(?:didn'?t|did not|don'?t|do not|never) wake(?: up)?\b[\w' ,.]{0,40}\b(?:notice|matter\w*|care|miss me|better off)\b|"
     r"\bbetter off (?:not waking up|not being here|not here|gone|not around)\b|"
     r"\b(?:would|will|wid) any ?(?:one|body|bdy) (?:even )?(?:notice|care|miss me)\b"),
    ("suicidal", "planning_how",
     r"\b(?:working out|planning|planned|figuring out|worked out) (?:how|when|where) (?:i'?d|i would|i'?ll|i will|to) (?:do it|end it|go)\b|"
     r"\blet nature take its course\b|"
     r"\bstopped (?:taking )?(?:my|his|her) (?:\w+ )?(?:pills|meds|medication|tablets|insulin)\b[\w' ,]{0,20}\bon purpose\b|"
     r"\b(?:don'?t|do not|can'?t|cannot) see (?:myself|me) (?:seeing|making it to|getting to|lasting (?:till|until|to)|being here (?:for|at|by)) (?:another|next|the next|christmas|new year)\b|"
     r"\b(?:won'?t|will not|'ll not|'ll no) need (?:them|it|anything|my \w+) (?:much )?(?:longer|for long|for much longer)\b"),
    ("suicidal", "affairs_in_order",
     r"\b(?:i'?ll (?:not|no|nae|never)|i will (?:not|never)|i won'?t|i'?m not going to) (?:need|be needing) (?:anything|onything|anythin|onythin|any of it)\b[\w' ]{0,10}?"
     r"\b(?:after|efter) (?:tomorrow|the morn|tonight|today|this week)\b|"
     r"\b(?:sorted|sorted out|put|got|left|done|written|wrote|made) (?:the |my |all the |all my )?(?:paperwork|affairs|will|insurance|life insurance|policy|policies|letters)\b"
     r"(?: in order)?[\w' ,]{0,25}\bso (?:the|my|his|her|our) \w+(?:'s| is| are|'re| will be|'ll be) (?:covered|provided for|looked after|taken care of)\b|"
     r"\bmake sure (?:i|a) (?:never|don'?t ever|won'?t ever|wont ever|wilnae ever|will never) (?:need|wake|have to face)\b"),
    ("suicidal", "farewell_signs", rf"(?:{_PASSING_ON})[\s\S]*(?:{_FAREWELL})|(?:{_FAREWELL})[\s\S]*(?:{_PASSING_ON})"),
    ("suicidal", "about_to_take",
     r"\b(?:i'?m|i am|im) (?:about to|going to|gonna|gonnae) (?:take|swallow|neck) (?:them|the lot|it all|all of them|them all)\b"
     r"(?! (?:to|back|in|out|into|for)\b)|\bi (?:think|thinking) to (?:take|swallow) (?:them all|all of them|the lot|all (?:the|my) (?:pills|tablets))\b|"
     # "I'm taking the lot tonight when I get in", "he's gonnae take the lot this weekend"
     r"\b(?:i'?m|i am|im|he'?s|she'?s|he is|she is) (?:(?:about to|going to|gonna|gonnae) (?:take|swallow|neck)|taking|swallowing|necking) "
     r"(?:the lot|them all|all of them|every one of them)\b,? (?:tonight|the night|the nicht|this weekend|the weekend|now|the noo|when|once|after)\b"),
    ("overdose", "too_strong",
     r"\b(?:hit|bag|dose|gear|stuff|batch|it|that)(?: was|'s| is)? (?:far |way |much |really )?too strong\b[\w' ,.]{0,60}"
     r"\b(?:vision|sleepy|can'?t see|eyes|breath\w*|going under|numb|dizzy|heavy|passing out|pass out)\b"),
    ("suicidal", "means_kept",
     r"\b(?:shotgun|gun|rifle|pistol)\b[\w' ,()]{0,50}\b(?:looking at it|staring at it|holding it|thinking about (?:it|using it))\b|"
     r"\b(?:stood|standing|sat|sitting) (?:at|on) (?:the )?(?:top of (?:the |a )?|edge of (?:the |a )?)?(?:multi[- ]?storey|car park roof|bridge|roof|ledge|cliff)\b"
     r"[\w' ,]{0,40}\bthinking about (?:it|jumping|ending it|going over)\b"),
    ("suicidal", "clinical_si",
     r"\bactive (?:si|suicidal (?:ideation|thoughts))\b|\b(?:si|suicidal ideation|suicidal thoughts) with (?:a |clear )?(?:plan|intent)\b|\bhas (?:the )?means\b[\w' ]{0,25}\b(?:room|flat|house|cell|bag|pocket|with (?:him|her|them))\b|\b(?:a )?plan and (?:the )?means\b"),
    # --- self-harm ---
    ("self_harm", "fresh_wounds",
     r"\b(?:cuts?|wounds?|slashes)\b[\w' ]{0,25}\b(?:are|is|look|looks)(?: \w+)? (?:fresh|deep|gaping)\b|\bfresh (?:and deep )?(?:cuts|wounds|slashes)\b|"
     r"\bstill (?:got|has|holding|have) the (?:blade|razor)\b"),
    ("self_harm", "deep_cuts",
     r"\b(?:deep|fresh|bad) (?:cuts|slashes|gashes) (?:on|in|across|up|down) (?:his|her|their|my|ma) (?:arms?|legs?|wrists?|thighs?|stomach|belly)\b|"
     r"\b(?:went|gone|go|going|goes) at (?:my|his|her|their|ma) (?:arms?|legs?|wrists?|thighs?) with (?:a|the|my|his|her) (?:\w+ )?(?:razor|blade|knife|lighter|glass|scissors|compass)\b|"
     # "I've just taen da bread knife tae my arm"
     r"\b(?:taken|taen|took|tuk|put|putting|takin|taking) (?:a|the|da|my|ma) (?:\w+ )?(?:razor|blade|knife|scissors|glass|sharpener) (?:to|tae|on|across) (?:my|ma|his|her|their) (?:arms?|airms?|legs?|wrists?|thighs?|stomach|belly|skin)\b"),
    ("self_harm", "self_harm_word", r"\bse?le?f[ -]?harm\w*|\bself[ -]?injur\w*"),
    ("self_harm", "cutting_again", r"\b(?:been|started|start|keep|am|i'?m|back to) cutting\b(?! about| aboot| around| for a| (?:the )?(?:hedges?|grass|lawn|hair|wood|trees?|back|down|corners)\b)|\bcutting (?:again|my arms?|my legs?|right now|now|rn|tonight)\b"),
    ("self_harm", "cut_self",
     rf"\b(?:cut|cutting|cuttin|slash|slashing|burn|burning|burnt|scratch|scratching|hurt|hurting|hurtin|harm|harming|punch|punching|batter|battering|starve|starving|hit|hitting|bang|banging|burned) {_ANY_SELF}\b"),
    ("self_harm", "urge", r"\burge to (?:cut|hurt|harm|burn)\b"),
    ("self_harm", "harm_body",
     r"\b(?:cut|cutting|cuttin|slash\w*|scratch\w*|burn\w*|bit|bite|biting|carv\w*|pick\w*|stub\w* (?:\w+ )?out) (?:(?:at|into|on) )?(?:my|his|her|their|ma) (?:arms?|airms?|legs?|wrists?|thighs?|skin|stomach|belly|body|chest|wounds?)\b(?! (?:on|with|in) (?:glass|a knife|the cooker|work|an? (?:fence|nail|bramble|branch|thorn)|the (?:fence|gate|bramble|brambles|wall)|barbed wire|brambles))|\b(?:till|until|so) (?:they|it|i|she|he) (?:bled|bleeds?|bleed)\b|\b(?:bang\w*|batter\w*|smash\w*|hit\w*|headbutt\w*) (?:my |his |her |their )?(?:head|heid)? ?(?:off|against|into) the wall\b|\bheadbutt\w* the wall\b|\bpunch\w* (?:the|a) wall (?:till|until)\b|\bslamm\w* my (?:hand|fingers|head) in\b|\b(?:harming|cutting|hurting myself) again\b|\brelaps\w* on (?:cutting|self.?harm\w*)\b|\b(?:taken|took|take|taking|put|putting|used|using) (?:a |the |my )?(?:razor|blade|knife|lighter|scissors)\b[\w' ]{0,10}\b(?:to|on|into) (?:my|ma) (?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|self)\b"),
    ("self_harm", "hiding_marks",
     r"\b(?:long sleeves|sleeves (?:down|pulled down)) again\b|\b(?:again|worse|fresh|new)\b[\w' ,]{0,30}\b(?:run|ran) out of (?:plasters|steri.?strips|dressings|bandages)\b"),
    ("self_harm", "sh_shorthand",
     r"\b(?:relaps\w*|slipped|started|doing|did) (?:on |with )?sh\b|\bsh (?:again|tonight)\b"),
    ("self_harm", "harm_means",
     r"\b(?:sitting|sat|here) with a (?:razor|blade)\b|\buse a (?:razor|blade)\b|\bneed to cut\b(?! (?:down|back|doon))(?! (?:the |my |ma |his |her )?(?:\w+ )?(?:down|back|doon)\b)|\bcope\w*\b.*\bcutting\b|\bcuts (?:all )?(?:over|on|up) (?:his|her|my|their) (?:arms|legs|wrists|body)\b|\bon purpose\b.*\b(?:burn\w*|cut|hurt|wounds?|heal)\b|\b(?:burn\w*|cut|hurt)\b.*\bon purpose\b|\bstub\w* (?:fags?|cigarettes?|ciggies?) (?:out )?on\b|\bcuttin (?:hersel|himsel|masel|mysel)\b"),
    # --- child at risk ---
    ("child_at_risk", "weapon_at_child",
     rf"\b(?:gone|went|going|gaun|come|came|coming|run|ran) (?:for|at) (?:the|my|her|his|their|our) (?:older |younger |eldest |youngest |wee |little )?(?:boy|girl|lad|lassie|son|daughter|kid|kids|child|children|wean|weans|bairn|bairns|baby|toddler)\b[\w' ]{{0,10}}\bwith (?:a|an|the|his|her) (?:\w+ )?(?:{_WEAPON})\b"),
    ("child_at_risk", "child_alone",
     r"\b(?:child|children|kid|kids|wean|weans|bairn|bairns|baby|babies|toddler|wee one|wee ones|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:yo|y/o|year[- ]old|yr[- ]old))\b[\w' ]{0,30}\b(?:home alone|left alone|alone in the (?:house|flat|room|car)|on (?:his|her|their) own|(?:in the house|in the flat|at home|in the car) (?:by )?(?:himself|herself|themselves|theirself))\b|\b(?:children|kids|child|baby|toddler)(?:'s| is| are| have been| has been) (?:starving|not been fed|hungry and alone)\b|\b(?:baby|toddler|child|kid)(?:'s| has)? (?:fallen|fell) (?:down|off|from)\b|\bleft (?:the|my|a|his|her|their) (?:child|kids?|weans?|bairns?|baby|toddler)\w* (?:alone|on (?:their|his|her) own)\b"),
    ("child_at_risk", "child_ingested",
     r"\b(?:baby|toddler|child|kid|wean|bairn|grandson|granddaughter|wee (?:boy|girl|one)|\d{1,2} ?months?(?: old)?|[1-9] ?(?:yr|year)s? old|\([1-9]\))(?:'s)?\b[\w' ,.()]{0,80}?\b(?:drunk|drank|swallowed|eaten|ate|(?<!dad )(?<!da )(?<!daddy )(?<!mum )(?<!maw )(?<!mam )(?<!mammy )(?<!mother )(?<!father )(?<!parents )(?<!uncle )(?<!auntie )(?<!stepdad )(?<!partner )(?<!boyfriend )got into)\b[\w' ]{0,25}\b(?:methadone|espranor|buvidal|pills|tablets|meds|medicine|valium|vallies|gear|heroin|coke|blues)\b"),
    ("child_at_risk", "child_harmed",
     r"\b(?:hit|hits|hitting|beat|beats|beating|batter\w*|hurt|hurts|hurting|abus\w*|molest\w*|neglect\w*|starv\w*|kick\w*|punch\w*|slap\w*|smack\w*)\b[\w' ]{0,20}\b(?:the|my|a|his|her|their|our|this) (?:child|children|kid|kids|wean|weans|bairn|bairns|baby|toddler|wee one|son|daughter|wee boy|wee girl|grandchild|grandson|granddaughter|niece|nephew)\b"),
    ("child_at_risk", "child_danger",
     r"\b(?:child|children|kid|kids|wean|weans|bairn|bairns|baby|toddler|wee one|wee ones|wee boy|wee girl|grandchild|grandkids|niece|nephew)\w*\b[\w' ]{0,30}\b(?:in danger|aren'?t safe|are not safe|drank (?:some of |some )?(?:my |his |her |their |the )?(?:methadone|pills|tablets|vodka|drink|gear)|not safe|isn'?t safe|unsafe|being hurt|being abused|being hit|got into (?:my|his|her|their|the) (?:methadone|pills|gear|drugs|tablets|stuff)|swallowed|found (?:my|his|her|their|the) (?:methadone|pills|gear|drugs|tablets))\b|\b(?:worried about a child|children are at risk|child is at risk|child protection concern)\b"),
    ("child_at_risk", "child_reports_harm",
     r"\b(?:child|kid|pupil|wean|bairn|girl|boy)\b[\w' ]{0,40}\b(?:beats|hits|hurts|batters|touches|abuses|kicks) (?:her|him|them)\b"),
    ("child_at_risk", "child_injury_disclosed",
     r"\b(?:bruis\w*|black eye|marks|burns?|cuts?)\b[\w' ,]{0,60}\b(?:says|said|told (?:me|us|staff|the teacher)) (?:his|her|their) (?:dad|da|daddy|father|mum|mam|maw|mummy|mother|stepdad|step ?dad|step ?mum|mum'?s (?:boyfriend|partner)|dad'?s (?:girlfriend|partner)) (?:does|did|done|hits|hit|batters|battered|gave|kicks|kicked)\b"),
    ("child_at_risk", "children_with_him_now",
     r"\b(?:hitting|hits|hit|battering|beating|hurting|locking)\b (?:them|the kids|her kids|his kids|the weans|the bairns|the children)\b[\w' ,.]{0,80}?"
     r"\b(?:kids|children|weans|bairns) (?:are|is|'re) (?:at home|in the house|home|there) (?:with|wi) (?:him|her)\b"),
    ("child_at_risk", "child_hit_at_home",
     r"\b(?:mum|mam|maw|ma|mom)'?s (?:new )?(?:boyfriend|boyfrend|bf|partner|fella|man)\b[\w' ,]{0,30}?\b(?:hit|hits|hitting|battered|batters|beat|beats|belted|leathered|skelped|slapped|kicked|punched|hurt|hurts|strangled|choked|whipped|whacked) (?:me|us)\b|"
     r"\b(?:mum|mam|maw|ma|mom)'?s (?:new )?(?:boyfriend|boyfrend|bf|partner|fella|man)\b[\w' ,]{0,20}?\b(?:burned|burnt|scalded|branded) (?:him|her|them|me)\b|"
     r"\b(?:(?:mum|mam|maw|ma|mom)'?s (?:new )?(?:boyfriend|boyfrend|bf|partner|fella|man)|stepdad|step ?dad|stepfather|step ?mum|stepmother|dad|da|father)\b[\w' ,]{0,20}?"
     r"\b(?:hit|battered|beat|belted|leathered|skelped|slapped|kicked|punched|hurt|strangled|choked|whipped|whacked) (?:her|him)\b[\w' ,.]{0,80}?"
     r"\b(?:(?:is |'s )?(?:collecting (?:her|him)|picking (?:her|him) up)|meant to go (?:home|hame)|(?:scared|terrified|feart) to go (?:home|hame)|go (?:home|hame) to (?:him|her))\b|"
     r"\b(?:child|kid|wean|bairn|toddler|baby|wee (?:lassie|laddie|lass|lad|boy|girl|one)|granddaughter|grandson|grandwean|niece|nephew)\b[\w' ,]{0,60}?\b(?:got|has|had|with|covered in) (?:\w+ )?(?:bruises|bruising|a black eye|black eyes|burns)\b"
     r"(?![\w' ,]{0,25}\b(?:fell|fall|falling|playing|football|rugby|trampoline|bike|scooter|swing|sun|sunburn|chickenpox|eczema|vaccin\w*|jags?|nursery said|doctor|gp|hospital checked)\b)"),
    ("child_at_risk", "child_in_car",
     r"\b(?:baby|pram|buggy|kids?|children|weans?|bairns?|toddler)\b[\w' ,]{0,80}\b(?:intoxicated|drunk|steaming|wasted|out of (?:it|her face|his face|their face)|off (?:his|her|their) face|high|mad wi it)\b[\w' ,]{0,60}\bdriv\w*\b|"
     r"\b(?:intoxicated|drunk|steaming|wasted|off (?:his|her|their) face)\b[\w' ,]{0,40}\bdriv\w*\b[\w' ,]{0,40}\b(?:baby|kids?|children|weans?|bairns?|toddler)\b"),
    ("child_at_risk", "child_touched",
     r"\b(?:stepdad|step dad|step-dad|mum'?s (?:boyfriend|boyfrend|partner|fella|man)|uncle|my dad|my da)\b[\w' ,]{0,40}\btouch(?:ed|es|ing) me\b"),
    ("child_at_risk", "child_night_visits",
     r"\b(?:stepdad|step ?dad|step-dad|mum'?s (?:new )?(?:boyfriend|partner|fella|man)|uncle|lodger)\b[\w' ,]{0,30}"
     r"\b(?:comes?|coming|came) (?:in|into) (?:my|her|his) (?:room|bed)\b"),
    ("child_at_risk", "child_not_fed",
     r"\b(?:p[1-7]|s[1-3]|pupil|wean|bairn|child|kid|girl|boy|wee one|wee (?:boy|girl|lad|lassie|man))\b[\w' ,]{0,40}"
     r"\b(?:hasn'?t|haven'?t|has not|not) (?:had anything to )?eat(?:en)? (?:since|for)\b|"
     r"\b(?:baby|babies|toddler|wean|weans|bairn|bairns|kids?|children|child)(?:'s| has| have| is| are)? (?:not|no|nae|never) (?:been )?(?:fed|changed)\b"),
    ("child_at_risk", "child_exploited",
     r"\bolder (?:man|men|guy|guys|boys?|lads?)\b[\w' ,]{0,30}\b(?:giving|gives|gave|plying) (?:him|her|them) "
     r"(?:stuff|drugs|drink|gear|pills|vodka|alcohol|booze)\b|"
     r"\bolder (?:man|men|guy|guys|boys?|lads?)\b[\w' ,]{0,30}\b(?:offering|offered|offers|promising|promised) (?:him|her|them)\b"
     r"[\w' ,]{0,30}\bif (?:he|she|they) (?:does|do|did|will|'?ll) (?:a |some |a few |a couple of )?(?:deliveries|delivery|runs?|jobs?|drops?|running|favours?)\b|"
     r"\b(?:\d{1,2} ?(?:yo|y/?o|years? old|yr old)|(?:is|aged) \d{1,2}|girl|boy|lassie|wean|daughter|son|niece|nephew|granddaughter|grandson|pupil|kid|child)\b[\w' ,.-]{0,60}"
     r"\b(?:makes?|made|making|forces?|forced|forcing) (?:her|him|them) (?:to |tae )?(?:go|sleep|have sex) wi(?:th)? (?:his|their|older|other) (?:mates|pals|friends|men|guys)\b"),
    ("child_at_risk", "carer_out_with_child",
     r"\b(?:took|taken|taking|has|'s got|out with|oot wi) (?:the|her|his|their) (?:baby|wean|bairn|toddler|newborn|kids?|weans|bairns)\b"
     r"[\w' ,]{0,30}\b(?:off (?:her|his|their) (?:face|heid|head)|out of (?:it|her face|his face)|steaming|wasted|mad wi it|blitzed|mortal)\b"),
    ("child_at_risk", "child_sedated",
     r"\b(?:mummy|mum|mam|mammy|maw|daddy|dad|da)\b[\w' ]{0,10}\bgave (?:her|him|them|me)\b[\w' ]{0,25}"
     r"\b(?:medicine|methadone|tablets|pills|valium|vallies|drink|vodka)\b[\w' ]{0,25}\bsleep\b"),
    ("child_at_risk", "carer_out_of_it",
     r"\b(?:baby|pram|buggy|toddler|newborn)\b[\w' ,]{0,60}\b(?:nodding out|gouching|gouched|passed out|out cold|unconscious)\b|"
     r"\b(?:nodding out|gouching|gouched|passed out|out cold)\b[\w' ,]{0,60}\b(?:baby|pram|buggy|toddler|newborn)\b"),
    ("child_at_risk", "child_whereabouts",
     r"\b(?:can'?t|cannot) (?:remember|mind) where (?:the (?:kids|weans|children|bairns|baby)|they|he|she) (?:are|is)\b"),
    ("child_at_risk", "child_unsafe_now",
     r"\b(?:i'?m|im|i am) (?:[5-9]|1[0-5]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b(?: years? old)?\b[\w' ,]{0,40}\b(?:mum|mam|maw|dad|da|stepdad|boyfriend|parents?)\b[\w' ,]{0,30}\b(?:drunk|steaming|high|wasted|hitting me|hits me|battering|not back|hasn'?t been back|been out (?:for|since)|gone (?:for|since) (?:two|three|\d+|days))\b|\b(?:[1-9]|1[0-5]) ?(?:year|yr)s? old\b.*\b(?:on (?:his|her|their) own|alone|home alone|no food|hasn'?t been fed|missing|taken|drank|swallowed|ate|playing with|with a man)\b|\b(?:driving|drove|drives) (?:drunk|steaming|high|wasted)\b.*\b(?:kids?|weans?|bairns?|baby|children|son|daughter)\b|\b(?:kids?|weans?|bairns?|baby|children|son|daughter)\b.*\b(?:driving|drove|drives) (?:drunk|steaming|high|wasted)\b|\b(?:baby|wean|bairn|newborn|toddler)\b[\w' ]{0,30}\b(?:hasn'?t been fed|screaming for hours|alone|left in the car)\b|\bleft in the car\b.*\b(?:pub|bar|bookies|hour)\b|\bcrack house\b|\bdrug house\b|\b(?:hitting|battering|beating|leathering) (?:my|the|his|her) (?:wee|little) (?:brother|sister|boy|girl|one)\b|\b(?:toddler|baby|wean|bairn|kid|son|daughter|boy|girl)(?:'?s)? (?:\w+ )?(?:mouth|hand)\b.*\b(?:pills|tablets|methadone|gear|diazepam)\b|\b(?:pills|tablets|methadone|gear|diazepam)\b.*\b(?:toddler|baby|wean|bairn)(?:'?s)? mouth\b|\bplaying with (?:a |the )?(?:needle|syringe|pills|gear)\b"),
    # --- abuse ---
    ("abuse", "partner_violence",
     r"\b(?:he|she|they|partner|boyfriend|girlfriend|husband|wife|ex|man|bf|gf|fella|da|dad|mum|maw|brother|flatmate|"
     r"father|mother|son|grandson|stepdad|stepfather|uncle)\b[\w' ]{0,30}\b(?:hits|hit|beats|beat|battered|batters|kicked|kicks|punched|punches|strangled|strangles|choked|chokes|slapped|slaps|raped|rapes|threatens|threatened|hurts|hurt|pushed|pushes|assaulted|attacks|attacked|thrown|threw|flung|slammed|shoved|struck|strikes)\b (?:me|us)\b(?! up| out| oot| as\b| that\b| off\b| how\b)"),
    ("abuse", "third_party_violence",
     r"\b(?:is|keeps|been|he'?s|she'?s)(?: (?:drunk|steaming|high|wasted|raging|shouting) and)? (?:battering|beating|hitting|hurting|abusing|strangling|choking|leathering) "
     r"(?:her|him|them|my (?:mum|maw|sister|pal|friend|brother)|his (?:wife|partner|girlfriend|missus|bird)|her (?:husband|partner|boyfriend|man|fella))\b(?! at\b)|\b(?:partner|boyfriend|husband|man|fella|ex|bf|wife|girlfriend)'s (?:strangling|choking|battering|beating|hitting) (?:her|him|them)\b"),
    ("abuse", "weapon_attack",
     rf"\b(?:gone|went|going|gaun|come|came|coming|run|ran) (?:for|at) (?:me|him|her|them|(?:my|his|her) (?!(?:arms?|legs?|wrists?|thighs?|face|skin|stomach|belly|self)\b)\w+)\b[\w' ]{{0,10}}\bwith (?:a|an|the|his|her) (?:\w+ )?(?:{_WEAPON})\b|"
     rf"\blay(?:ing|in) into (?:him|her|them|me|my \w+)\b[\w' ]{{0,15}}\bwith (?:a|an|the|his|her) (?:\w+ )?(?:{_WEAPON}|fists?)\b"),
    ("abuse", "third_party_violence_simple",
     r"\b(?:man|boyfriend|husband|partner|fella|bf|ex|dad|da|stepdad)\b[\w' ]{0,10}\b(?:batters|beats|hits|chokes|strangles|abuses|hurts) "
     r"(?:her|him|them|(?:our|are|ma|my) (?:mum|maw|mam|mammy|mother))\b"),
    ("abuse", "partner_assaulted_her",
     r"\b(?:partner|boyfriend|husband|man|fella|ex|bf)\b[\w' ]{0,10}\b(?:assaulted|raped|battered|beat|hit|strangled|choked|attacked|punched|kicked) (?:her|him)\b(?! up| out| oot)"),
    ("abuse", "abuse_word",
     r"\bdomestic (?:abuse|violence)\b|\b(?:being|been|getting|get) (?:abused|beaten|hit|raped|assaulted|strangled|choked|battered|leathered)\b|\babusive (?:partner|relationship|boyfriend|girlfriend|husband|wife|ex)\b|\braped\b|\bsexual(?:ly)? assault\w*|\bcoercive\w*\b|\bforced marriage\b"),
    ("abuse", "fear_partner",
     r"\b(?:frightened|scared|afraid|terrified|feart|fearing|in fear) for (?:my|her|his|our) (?:life|lives)\b|\b(?:scared|afraid|frightened|feart|terrified) (?:of|o) (?:him|her|them|(?:my|the) (?:partner|boyfriend|girlfriend|husband|wife|ex|man|fella))\b|(?<!teacher's )(?<!teachers )(?<!boss's )(?<!gaffer's )(?<!manager's )(?<!coach's )(?<!lecturer's )(?<!teacher is )(?<!boss is )(?<!worker's )(?<!worker is )(?<!worker will )(?<!boss )(?<!teacher )(?<!manager )(?<!gaffer )(?<!mum )(?<!maw )(?<!mam )(?<!mother )(?<!the wife )(?<!the missus )(?<!the mrs )(?<!registrar )(?<!supervisor )(?<!consultant )\b(?:going to|gonna|will|threatening to|threatened to|threatens to) (?:kill|stab|hurt|batter|kick|knife) me\b|\bstab(?:bed)? me\b|\bnot safe (?:at home|in my (?:house|flat|home))\b|\bdon'?t feel safe (?:at home|in my (?:house|flat|home)|with (?:him|her|them))\b|\bwon'?t let me (?:leave|out|go out|see (?:my|me)|have (?:my|a) phone)\b|\b(?:he|she) takes all my money\b"),
    ("abuse", "going_quiet",  # "Cannae talk. He's in. If ah go quiet ye ken how."
     r"\bif (?:i|ah|a) (?:go|goes|gae) (?:quiet|silent)\b[\s\S]{0,80}\b(?:he|he'?s|him|she|she'?s)\b|"
     r"\b(?:he|he'?s|him|she|she'?s)\b[\s\S]{0,80}\bif (?:i|ah|a) (?:go|goes|gae) (?:quiet|silent)\b|"
     r"\b(?:he|he'?s|him|she|she'?s|her)\b[\s\S]{0,80}\bif (?:i|ah|a) (?:stop|stops) (?:replying|answering|texting|messaging)\b"),
    ("abuse", "avoiding_him",
     r"\bso (?:i'?m|i am|ah'?m|i'?m no|i'?m not|i am not) (?:not |no )?(?:in the house|in the flat|home|hame|there|in) when (?:he|she)(?:'s| gets| comes| is)? ?(?:back|home|hame|in)\b"),
    ("abuse", "not_going_home",
     r"\b(?:don'?t|dont|do not|dinnae) (?:want|wanna) (?:to )?go (?:home|hame)\b[\w' ,]{0,20}\b(?:he'?s|hes|she'?s|shes) (?:there|ther|home|back|in)\b"),
    ("abuse", "knocked_about",
     r"\b(?:knock|knocks|knocked|knocking|knockin) (?:me|us|her|him|them) (?:about|aboot|around)\b"),
    ("abuse", "grabbed_by",
     r"\b(?:grabbed|grabbing|dragged|dragging|pulled|pulling|yanked|held) (?:her|me|him|them) by (?:the|her|my|his) (?:hair|throat|neck)\b"),
    ("abuse", "just_attacked",
     r"\b(?:has |have |'s )?(?:just )?(?:pinned|pinning) (?:me|us|her|him) (?:up )?(?:against|to|on) the (?:wall|floor|door|bed|ground)\b|\b(?:has |have |'s )?just (?:pushed|shoved|hit|punched|kicked|slapped|grabbed|strangled|choked|headbutted|attacked|battered|thrown|threw|struck|smacked|kneed|bit|booted) (?:me|us)\b(?! out\b| oot\b)"),
    ("abuse", "breaking_in",
     r"\b(?:kick|kicking|boot|booting|smash|smashing|break|breaking|banging) (?:the|my|our) (?:front |back |bathroom |bedroom )?door (?:in|down)\b|\bdoor\b[\w' ,]{0,50}\b(?:he'?s|she'?s|they'?re|is|are) (?:kicking|booting|smashing|(?:trying|tryin|tryna) (?:to |tae )?(?:kick|boot|smash|break)) it (?:in|down)\b|\btrying to (?:get|break) in\b[\w' ,]{0,30}\b(?:hiding|locked (?:myself|me) in|bathroom|bedroom)\b"),
    ("abuse", "assault_now",
     r"\b(?:kicking|kickin|booting|bootin|stamping|stampin|stomping|battering|batterin|kick|boot|stamp) (?:ma|my|me|his|her|their|oor|our) (?:heid|head|face) in\b|"
     r"\b(?:hit|battered|beat|punched|kicked|slapped|strangled|choked|attacked|hurt) (?:me|us)\b[\w' ,.]{0,60}\b(?:do it|do that|dae it) again\b|"
     r"\b(?:he'?ll|she'?ll|they'?ll|he will|she will|they will|going to|gonna|gonnae) do (?:me|us|her|him|them|my \w+)(?: all)? in\b|"
     r"\bthreaten(?:ed|ing|s)? (?:to|tae) (?:kill|stab|slash|hurt|batter|burn|shoot|do in) (?:me|him|her|us|them|my \w+)\b"),
    ("abuse", "threats_now",
     r"\b(?:said|says|saying|threatened|threatening|threatens|told (?:me|her|him|us)(?: \w+)?) (?:that )?(?:he'?ll|she'?ll|they'?ll|he would|she would|they would|he'?d|she'?d|they'?d|he is going to|they are going to|they'?re going to|he'?s going to|he'?s gonna) (?:kill|stab|hurt|batter|break|burn|do worse|put (?:me|us|her) in (?:the )?(?:hospital|a&e|the ground))\b|\bbreak (?:my|your) (?:legs|arms|fingers|jaw)\b|\b(?:tonight|today|friday|monday|by \w+|pay|paid|money|owe\w*|quid)\b[\w' ,]{0,30}\bor else\b|\bburn (?:me|us) out\b|\b(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:just )?(?:gone to get|getting|fetching|away to get|went to get) (?:his|her|their|a|the) (?:\w+ ){0,2}(?:knife|blade|machete|gun|bat|hammer)\b|\b(?:he|she|they)(?:'s| is|'re| are| has| have)? (?:just )?(?:turned up |been )?(?:outside|ootside|at) (?:our|the|my|ma|her|his) (?:building|door|house|hoose|flat|work|office|cafe|café)\b[\w' ,]{0,30}\b(?:shouting|screaming|bawling|banging|threatening|kicking)\b|\b(?:broke|broken|battered|beat|stabbed|slashed|kicked|jumped|attacked|hurt)\b[\w' ,]{0,60}\b(?:texted|messaged|said|saying|says|phoned|told me)\b[\w' ]{0,10}\b(?:they'?re|they are|theyre|he'?s|he is|hes|she'?s) (?:coming|comin) back (?:today|tonight|the day|the night|later|for me)\b|\b(?:they'?ve|they have|he'?s|he has|got) (?:got )?a (?:knife|blade|machete|gun|bat)\b|\bthreaten\w* (?:me|us|my (?:family|mum|maw|kids|weans|wife|partner))\b|\bthey know where (?:my|i|we) \w+ (?:lives?|stay)\b|\b(?:turned up|came round|at (?:my|the) (?:door|window)|outside (?:my|the) (?:door|house|flat))\b[\w' ,]{0,40}\bwi(?:th)? a (?:knife|blade|machete|gun|bat)\b|\bwi(?:th)? a (?:knife|blade|machete|gun|bat) (?:at|outside) (?:my|the) (?:door|window|house|flat)\b"),
    ("abuse", "control_now",
     r"\blocked (?:me|her|him|them) in\b|\blocked me out\b|\bnever lets (?:me|her|him) (?:\w+ ){0,3}(?:alone|on (?:my|her|his) own|out of (?:his|her) sight)\b|\b(?:bruis\w*|black eyes?)\b[\w' ,]{0,50}\b(?:her|his|my) (?:man|partner|boyfriend|husband|fella) never lets\b|\b(?:takes|keeps|hides|hid|smashed) my (?:phone|keys|bank card|benefits|money|pension|script|methadone)\b|(?<!police )(?<!polis )(?<!cops )\btook my phone\b(?! (?:and money )?when)|(?<!mum )(?<!mam )(?<!maw )(?<!dad )(?<!da )(?<!parents )(?<!gran )(?<!nan )\b(?:checks|tracks|reads|monitors) my (?:phone|messages|location)\b|\bfollows me everywhere\b|\bcontrols? (?:every penny|all my money|my money|everything i do|where i go)\b|\bnot allowed (?:out|to leave|to go out|to see)\b|\bwon'?t let me (?:go|leave|out|see|have|get|keep)\b(?! (?:my |the )?(?:step)?(?:kids?|children|son|daughter|weans?|bairns?|grandkids|grandchildren)\b)|\b(?:makes|forces|forced|made|making) me (?:sell sex|have sex|sleep with|hold (?:his|their) gear|deal|sell)\b|\btaken over my (?:flat|house|home|place)\b|\bbullied for money\b|\b(?:threw|thrown|flung|chucked|hurled) (?:\w+ )?(?:water|a cup|a mug|a plate|a bottle|a glass|an ashtray|a chair|something|it) at me\b|\b(?:hiding|hid) (?:in my room|in the (?:bathroom|toilet)|from (?:him|her|them))\b|\bsmashing the (?:house|place|flat) up\b"),
    ("abuse", "hurting_me",
     r"\b(?:he|she|they|(?:my )?(?:man|partner|boyfriend|husband|wife|dad|da|son|brother|ex|fella|bf|gf))(?:'s| is| are|'re)? (?:(?!not |never |no |nae )\w+ ){0,2}(?:hitting|hittin|hurting|hurtin|battering|batterin|beating|beatin|kicking|kickin|strangling|choking|leathering|leatherin) (?:me|us)\b(?! out\b| oot\b)|\bused to (?:batter|hit|beat|hurt|kick|punch|strangle|choke|leather) (?:me|us|her|him|my \w+)\b|\b(?:he|she) put me in (?:hospital|a&e)\b|\b(?:he'?s|she'?s|they'?ve|he has|she has|they have) found out where i (?:am|live|stay|'m staying)\b|\bchecks everything i (?:type|do|say|send)\b|\b(?:can'?t|cannot) (?:talk|speak)\b[\w' ,.]{0,30}\b(?:he'?s|she'?s|he is|she is) (?:in the (?:next|other) room|here|home|back|listening|next to me|in(?=\s*[.!,]|\s*$))\b|\bbruises? on (?:her|his|my) (?:arms?|legs?|face|neck|body)\b"),
    ("abuse", "threat_reported",
     r"\b(?:he|she|they) (?:say|says|said|tell|tells|told me)\b[\w' ,]{0,40}\b(?:he|she|they) (?:(?:will|'ll|gonna|go|going to) )?kill (?:me|us|my)\b"),
    ("abuse", "hit_only_me",
     r"\b(?:(?:not|never|doesn'?t|does not|didn'?t|won'?t|wouldn'?t) )?(?:hit|hits|beat|beats|batter\w*|hurt\w*|punch\w*|kick\w*|touch\w*)\b"
     r"[\w' ,]{0,30}\bonly me\b"),
    ("abuse", "assault_described",
     r"\b(?:push\w*|shov\w*|threw|throw\w*|flung|kick\w*) (?:me|her|him|us|(?:his|her|my|their|ma) (?:\w+ )?\w+) (?:down|doon) the stairs\b|"
     r"\bwent for (?:me|her|him|us) wi(?:th)? (?:a|the|his|her) (?:knife|blade|bottle|hammer|bat|machete|screwdriver)\b|"
     r"\b(?:he'?s|she'?s|he has|she has|he|she|they|they'?ve|man|guy|partner|boyfriend|husband) (?:got|grabbed|grabbing|dragging|dragged|has|holding) (?:her|me|him|(?:my|his|her|their) \w+|[a-z]+) by the (?:hair|throat|neck)\b|"
     r"\bfor women (?:who|that) (?:are )?(?:hide|hiding|run|running|flee|fleeing|escape|escaping)\b|"
     r"\b(?:dragging|dragged|draggin|hauling|hauled) (?:a |the |that )?(?:woman|girl|lassie|wife|her|him|me)\b[\w' ,]{0,30}\bby the (?:arm|arms|hair|throat|neck|collar)\b|"
     r"\b(?:begging|pleading with|screaming at) (?:him|her|them) to stop\b(?! (?:drinking|using|smoking|taking|gambling|\w+ing))"),
    ("abuse", "silent_plea",
     r"\bmouth(?:ed|s|ing) (?:the word )?'?help'?\b"),
    ("abuse", "hurt_by_someone",
     r"\b(?:my|the|a|her|his) (?:son|daughter|dad|da|mum|maw|stepdad|brother|sister|cousin|uncle|carer|dealer|neighbou?rs?|flatmate|partner|boyfriend|husband|wife|ex|pal|guy|man|woman|landlord)(?:'?s)? (?:\w+ ){0,3}(?:hits|hit|hurts|hurt|been hurting|keeps hitting|batters|battered|beats|beat|kicks|kicked|punched|punches|strangled|choked|slapped|assaulted|attacked|jumped|robbed) me\b(?! out| oot)|\b(?:got|been|was) (?:battered|jumped|attacked|assaulted|stabbed|glassed|leathered)\b|\b(?:he|she|they)'?s? (?:outside|at) my (?:door|house|flat|window)\b.*\b(?:violent|threat\w*|knife|kill|batter|shouting)\b|\b(?:violent|threat\w*)\b.*\b(?:outside|at) my (?:door|house|flat|window)\b|\bviolent\b.*\b(?:now|tonight|right now)\b"),
    # from the thirteenth set's first run
    ("suicidal", "jump_from",
     r"\bjump(?:s|ing|in)? (?:off|aff|from|fae|frae|out of|oot|in front of) (?:the |a |my |ma |her |his |that )?(?:window|bridge|roof|building|flats?|multi.?storey|balcony|cliffs?|train|motorway|car park|ledge|top floor|harbour|harbour wall|pier|quay|dock)\b|"
     r"\b(?:thinking|thinkin|thought|think) (?:about|aboot|of) (?:jumping|jumpin)\s*(?:[,.!?]|$|off|aff|from|fae|in)(?! (?:the )?(?:queue|bath|shower|pool|car|bus|train))|"
     r"\blooking at the (?:clyde|forth|tay|dee|river|water|bridge|sea|rails)\b[\w' ,]{0,60}\bjump"),
    ("suicidal", "found_at",
     r"\b(?:they|someone|somebody|the polis|the police)'?(?:ll| will) find me (?:at|in|on|under|hanging|down|doon)\b(?! (?:the )?(?:pub|library|work|gym|bookies|office|usual))"),
    ("suicidal", "crash_on_purpose",
     r"\bwrap (?:the|my|ma|his|her) (?:car|cab|van|motor|taxi|lorry) (?:round|roon|around) a (?:tree|wall|lamppost|pole|bridge)\b|"
     r"\b(?:wife|husband|family|kids|weans|she|he|they)(?:'ll| will| would|'d) get (?:the|my|ma) (?:life )?(?:insurance|payout)\b"),
    ("suicidal", "no_bother_waking",
     r"\b(?:no|not|nae) (?:bother|bothering|botherin) (?:waking|wakin|to wake)\b"),
    ("medical", "sepsis_signs",
     r"\b(?:temp|temperature|fever)(?: of| is| at| was|'s)? (?:39(?:\.\d)?|40(?:\.\d)?|41)\b|\brigou?rs\b"),
    ("abuse", "hiding_from_threat",
     r"\b(?:in the (?:bathroom|toilet|bedroom|loo|cupboard) with the door (?:locked|shut)|(?:locked|barricaded) (?:myself|ourselves|us|the kids|the weans) in|hiding in the (?:bathroom|toilet|bedroom|loo|cupboard|wardrobe))\b.*\b(?:outside|at the door|banging|bat|knife|weapon|raging|kicking the door|trying to get in)\b|"
     r"\b(?:outside|at the door|banging|bat|knife|weapon|raging|kicking the door|trying to get in)\b.*\b(?:in the (?:bathroom|toilet|bedroom|loo|cupboard) with the door (?:locked|shut)|(?:locked|barricaded) (?:myself|ourselves|us|the kids|the weans) in|hiding in the (?:bathroom|toilet|bedroom|loo|cupboard|wardrobe))\b"),
    ("abuse", "if_you_dont_hear",
     r"\bif you (?:don'?t|dont|do not|never) hear from me\b[\w' ,]{0,40}\b(?:he|she|they|him)\b"),
    ("abuse", "threat_at_door",
     r"\b(?:dealer|guy|man|boy|lads?|he|she|they|ex)(?:'?s| is| are|'re)? (?:sat |sitting |standing |waiting )?(?:outside|ootside|at) (?:my|ma|the) (?:door|flat|house|window|close)\b[\w' ,]{0,80}\b(?:owe|bat|knife|weapon|kill|batter|one way or another|threat\w*|kick(?:ing)? the door)\b"),
    # from the fourteenth set's first run
    ("suicidal", "drive_into",
     r"\b(?:drive|driving|drivin|crash\w*|steer\w*|put) (?:the (?:car|van|cab|motor|lorry) |ma (?:car|van|motor) |my (?:car|van|motor) )?(?:into|intae|off|aff) (?:the )?(?:tweed|clyde|forth|tay|dee|spey|river|sea|loch|harbour|water|quarry|cliff|edge)\b(?! (?:car park|road|street|area|front|view|side))"),
    # from the twenty-fourth set's first run
    ("suicidal", "means_distrust",
     r"\b(?:shotgun|gun|rifle|knife|knives|blade|pills|tablets|rope)\b[\w' ,.]{0,60}\b(?:don'?t|do not|dinnae|can'?t|cannae) trust (?:myself|masel|mysel)\b|"
     r"\b(?:don'?t|do not|dinnae|can'?t|cannae) trust (?:myself|masel|mysel) (?:with|around|near) (?:the |my |ma |that )?(?:shotgun|gun|rifle|knife|knives|blade|pills|tablets|rope)\b"),
    ("suicidal", "walk_into_water",
     r"\b(?:standing|stood|sitting|sat|parked)(?: in (?:my|the|ma) (?:car|van|motor))? (?:by|at|on|beside|next to|near) the (?:(?:end|edge) of the )?(?:\w+ )?(?:river|water|sea|loch|tweed|clyde|forth|tay|dee|spey|nith|bridge|harbour|pier|shore|cliffs?|quarry|edge)\b"
     r"[\w' ,.]{0,50}\b(?:walk(?:ing)? in|walk(?:ing)? into|going in|goin in|gaun in|jump\w*|end (?:it|this)|ending it|driv(?:e|ing|in) (?:off|over|in|aff))\b" + _SWIM + "|"
     r"\b(?:thinking|thinkin|thought) (?:about|aboot|of) walking (?:in|into) (?:the )?(?:river|water|sea|loch|tweed|clyde|forth|tay|dee|spey)\b"),
    ("suicidal", "doing_the_lot",
     r"\b(?:thinking|thinkin) (?:of|about|aboot) (?:doing|daein|taking|takin) the (?:lot|whole (?:bag|lot|thing))\b(?! (?:of (?:the )?(?:forms|paperwork|courses)))|"
     r"\b(?:tonight'?s|today'?s|this is) the (?:night|day) (?:i|ah) (?:go to|join|be with) (?:your|my|ma|his|her) \w+\b"),
    ("child_at_risk", "no_adult_home",
     r"\b(?:mum|mam|maw|dad|da|parents?|stepdad|stepmum)(?:'s| has| have|'ve| is)? (?:not|no|nae|never|hasn'?t|haven'?t) (?:been )?(?:home|hame|back)\b[\w' ,]{0,60}\b(?:no food|nae food|nothing to eat|power'?s? (?:off|gone|ran out)|no electric|nae electric|no gas)\b"),
    # from the twenty-eighth set's first run
    ("child_at_risk", "child_wandering",
     r"\b(?:child|kid|wean|bairn|baby|toddler|wee one|wee (?:boy|girl|lad|lassie|laddie)|(?:[1-6]|one|two|three|four|five|six)[- ]?(?:year[- ]old|yr[- ]old|yo))\b[\w' ,]{0,30}?"
     r"\b(?:wandering|wanderin|walking|toddling|running|out) (?:about |around |aboot )?(?:on )?(?:the|in the) (?:street|streets|road|main road)\b[\w' ,]{0,70}?"
     r"\b(?:no adults?|nae adults?|no grown.?ups?|nobody with (?:him|her|them)|on (?:his|her|their) own|by (?:himself|herself)|in (?:just )?(?:a |his |her )?(?:nappy|pyjamas|pajamas|nightie|pants))\b"),
    ("medical", "scald",
     r"\b(?:pulled|knocked|tipped|spilt|spilled|poured|couped) (?:a |the )?(?:kettle|boiling (?:water|kettle)|pot of (?:boiling )?water|chip pan)\b[\w' ,]{0,20}\b(?:over|on|oer) (?:himself|herself|themselves|him|her|me|myself|his|her)\b|"
     r"\bscalded\b[\w' ,]{0,40}\b(?:screaming|blister\w*|skin (?:is )?(?:coming|peeling) off)\b"),
    # from the fifteenth set's first run
    ("medical", "seizure_signs",
     r"\beyes (?:go|goes|went|going|rolled|rolling|roll) (?:up|back)\b[\w' ,]{0,60}\b(?:shak\w*|fit\w*|jerk\w*|floor)\b|"
     r"\b(?:shak\w*|fit\w*|jerk\w*)\b[\w' ,]{0,60}\beyes (?:go|goes|went|going|rolled|rolling|roll) (?:up|back)\b|\bshak\w* on the floor\b"),
    ("abuse", "weapon_threat",
     r"\b(?:held|holding|put|pulled|had) (?:a )?(?:knife|blade|gun|machete|screwdriver|bottle) (?:to|at|against) (?:my|her|his|their|ma) (?:throat|neck|head|heid|face)\b|"
     r"\b(?:gonna|going to|gonnae|gaun tae|will|'ll) (?:slash|stab|chib|glass|cut) (?:my|ma|her|his|their|your) (?:face|throat|neck)\b"),
    ("abuse", "threat_at_her_door",
     r"\b(?:ex|partner|husband|boyfriend|he|she|they|man|guy)(?:'?s| is| are|'re)? (?:outside|ootside|at) (?:her|his|their) (?:door|flat|house|window|close)\b[\w' ,]{0,60}\b(?:hammer|knife|machete|blade|weapon|bat|trying to get in|tryin tae get in|kicking the door|threat\w*)\b|"
     r"\b(?:outside|ootside|at) (?:my|ma|the|her|his) (?:door|flat|house|window)\b[\w' ,]{0,40}\bwith a (?:hammer|knife|machete|blade|bat|weapon)\b"),
    ("overdose", "going_under",
     r"\b(?:he'?s|she'?s|they'?re|he is|she is) (?:going|goin|gaun) under\b|"
     r"\b(?:took|taken|tuk|done|did|used|using|injected|jagged|smoked|snorted|necked|swallowed|hit|bags?)\b[\s\S]*\b(?:i'?m|im|i am|a'?m|ah'?m|eh'?m) (?:going|goin|gaun) under\b|"
     r"\b(?:i'?m|im|i am|a'?m|ah'?m|eh'?m) (?:going|goin|gaun) under\b[\s\S]*\b(?:took|taken|tuk|done|did|used|using|injected|jagged|smoked|snorted|necked|swallowed|hit|bags?)\b|"
     r"\beverything'?s (?:going |gone |getting )?(?:so )?heavy\b"),
    ("medical", "found_on_floor",
     r"\b(?:found|lying|lyin) (?:her |him |them )?on the floor\b[\w' ,]{0,60}\b(?:confused|vomit\w*|can'?t get up|cannae get up|freezing|not making sense)\b|"
     r"\b(?:been )?(?:lying|lyin) there (?:since|for (?:hours|days|two days|a day))\b"),
    ("suicidal", "sure_not_to_wake",
     r"\bmake sure (?:i|a|ah|eh) (?:don'?t|dinnae|never|no|won'?t|wont) (?:wake|waken|wake up)\b|\bso (?:eh|ah|a) (?:don'?t|dinnae|never|no|won'?t|wont) (?:wake|waken|wake up)\b"),
    ("suicidal", "means_knowledge",
     r"\b(?:which|what|how many) (?:of (?:my|ma|the|his|her) )?(?:drugs|pills|tablets|meds)\b[\w' ]{0,30}\b(?:would do it|would be enough|it would take to (?:die|not wake))\b"),
    ("child_at_risk", "taking_the_child",
     r"\b(?:sayin|saying|says|said)\b[\w' ]{0,15}\b(?:he'?s|she'?s|he is|she is) (?:takin|taking|snatchin|snatching) (?:the|my|ma|our|her|his) (?:bairn|baby|wean|weans|kids?|children|boys|girls|son|daughter)\b|"
     r"\bnot (?:bringing|bringin|giving|givin) (?:them|him|her|the kids|the boys|the girls|the weans|the bairns) back\b|"
     r"\b(?:taking|takin|take|took) (?:the|my|ma|our) (?:kids|boys|girls|weans|bairns|children|son|daughter|baby|bairn)\b[\w' ]{0,20}\b(?:somewhere|where) (?:i'?ll|i will|you'?ll|i'?d|we'?ll) never (?:find|see) (?:them|him|her)\b"),
    ("child_at_risk", "alone_with_intoxicated",
     r"\b(?:intoxicated|drunk|steaming|wasted|out of (?:it|her face|his face)|passed out|gouching|off (?:her|his) face)\b.*\b(?:child|kid|wean|bairn|baby|toddler|\d{1,2} ?yo|\d{1,2}[- ]year[- ]old)\b[\w' ,]{0,15}\balone (?:with|wi|w/|w) (?:her|him|them)\b|"
     r"\b(?:child|kid|wean|bairn|baby|toddler|\d{1,2} ?yo|\d{1,2}[- ]year[- ]old)\b[\w' ,]{0,15}\balone (?:with|wi|w/|w) (?:her|him|them)\b.*\b(?:intoxicated|drunk|steaming|wasted|out of (?:it|her face|his face)|passed out|gouching|off (?:her|his) face)\b"),
    ("medical", "hypothermia",
     r"\b(?:freezing|ice|icy|stone|very) cold to (?:the )?touch\b|\bcold to (?:the )?touch\b[\w' ,]{0,40}\b(?:confused|can'?t stand|cannae stand|not making sense|drowsy|blue)\b"),
    # from the sixteenth set's first run
    ("suicidal", "at_the_edge",
     r"\b(?:railway|rail|train) (?:line|lines|track|tracks|bridge)\b[\w' ,.]{0,80}\b(?:working (?:myself |masel )?up to it|building (?:myself )?up to it|psych\w* (?:myself|masel) up|(?:get|getting|find|finding) the (?:nerve|courage|bottle))\b|"
     r"\b(?:working (?:myself |masel )?up to it|building (?:myself )?up to it|psych\w* (?:myself|masel) up|(?:get|getting|find|finding) the (?:nerve|courage|bottle))\b[\w' ,.]{0,80}\b(?:railway|rail|train) (?:line|lines|track|tracks|bridge)\b|"
     r"\b(?:thinking|thinkin|thought|think|tempted|wanting|want|urge)\b[\w' ]{0,12}\b(?:about |aboot |of |to )?(?:going|goin|throwing (?:myself|masel)|stepping|walking|driving) (?:off|aff|over|in front of) (?:the |a )?(?:\w+ ){0,2}(?:bridge|cliff|cliffs|roof|edge|pier|harbour wall|multi.?storey|car park|tracks|train)\b"),
    ("suicidal", "insurance_payout",
     r"\bbetter off with (?:that|it|the money|the payout|the insurance(?: money)?|what it pays(?: out)?) than (?:with )?me\b|"
     r"\bat least (?:the|my|ma|his|her) \w+ (?:will|'ll|would|'d|wid) get something\b[\w' ]{0,20}\b(?:out of|oot o|out o|from) me\b|"
     r"\b(?:checked|checking|check|made sure|making sure)\b[\w' ]{0,20}\b(?:life insurance|insurance|policy)\b[\w' ]{0,15}\b(?:still )?(?:pays? out|covers? (?:suicide|it|everything))\b"),
    ("overdose", "lost_tolerance",
     r"\b(?:first (?:dig|hit|bang|shot|line|score|time|go)\b[\w' ]{0,20}\bsince (?:getting|gettin|coming|i got|i came|got|came) (?:out|oot|home|back)|tolerance(?:'s| is)? (?:nothing|gone|zero|low|non.?existent|shot))\b"
     r"[\w' ,.]{0,80}\b(?:gouch\w*|nodding|drows\w*|heavy|chest|breath\w*|going under|can'?t stay awake|falling asleep|sleepy)\b"),
    ("child_at_risk", "child_exploited",
     r"\b(?:1[0-5]|twelve|thirteen|fourteen|fifteen)[ -]?(?:year|yr)s?[ -]?old\b[\w' ,]{0,60}\b(?:staying|living|sleeping|stopping|going out|seeing|with)\b[\w' ]{0,15}\b(?:[2-6]\d[ -]?(?:year|yr)s?[ -]?old|older|grown) (?:man|men|guy|guys|bloke|fella)\b|"
     r"\b(?:older|grown|[2-6]\d[ -]?(?:year|yr)s?[ -]?old) (?:man|men|guy|guys|bloke|fella)\b[\w' ]{0,20}\b(?:gives?|giving|gave|supplies|supplying|feeds?) (?:her|him|them) (?:drugs|crack|gear|coke|vallies|pills|drink|alcohol|ket|blues|weed)\b"),
    # from the seventeenth set's first run
    ("suicidal", "pills_in_hand",
     r"\b(?:holding|sat with|sitting with|staring at|looking at) (?:a|the|my) (?:bag|box|bottle|pile|handful|packet|stash) (?:of|o) (?:pills|tablets|meds)\b|"
     r"\b(?:trying to decide|deciding|decide) (?:whether|if) (?:to|i should|i'?ll) (?:take|swallow|neck) (?:them|it|the lot) all\b|"
     r"\b(?:putting|put|saving|keeping|kept|hiding) (?:the |my |his |her )?(?:morphine|pills|tablets|meds|methadone|painkillers|insulin|diazepam|oxy\w*|co-?codamol|tramadol) "
     r"(?:by|aside|away)(?:,? a (?:few|couple) at a time)?\b(?! (?:safe|from the kids|from the weans|in the cupboard))|"
     r"\b(?:got|have|a wee|one) (?:a )?(?:wee )?bag (?:put|set|kept) (?:by|aside) for (?:one )?last time\b|"
     r"\bno ?(?:one|body)(?:'s| is) (?:going to|gonna|gonnae|gaun tae) miss (?:me|a \w+|an \w+)\b"),
    ("abuse", "kept_in",
     r"\b(?:takes?|took|hides?|hid|has) (?:the|my|ma) keys?\b[\w' ,]{0,20}\b(?:so )?i (?:can ?not|can'?t|cannae|cant) (?:go out|leave|get out)\b|"
     r"\bif i stop (?:writing|texting|typing|replying)\b[\w' ,]{0,30}\b(?:he|she|they)\b|"
     r"\bwaiting to see what mood (?:he|she|they)(?:'s| is| are|'re)? ?(?:comes?|in|gets?)?\b"),
    ("abuse", "made_to",
     r"\bmade (?:her|him|me|them) do (?:stuff|things|something|sexual \w+)\b[\w' ]{0,20}\b(?:didn'?t|did not|didnae) want\b"),
    ("child_at_risk", "non_accidental_injury",
     r"\bnon[ -]?accidental (?:head )?injur\w*"),
    # from the eighteenth set's first run
    ("overdose", "many_with_signs",
     r"\b(?:take|taken|took|swallowed|necked|had)\b[\w' ,]{0,20}\b(?:many|loads|too many|a lot of|[2-9]\d|\d{3})\b[\w' ,.]{0,60}"
     r"\b(?:breath\w*(?:'s| is)? (?:slow|slowing|shallow)|heart(?:'s| is)? slowing|(?:very|so|really) (?:sleepy|drowsy)|getting drowsy|slurr\w*)\b|"
     r"\b(?:taken|took|swallowed|necked)\b[\w' ,.]{0,80}\bheart(?:'s| is)? (?:slowing|going slow)\b"),
    ("overdose", "swallowed_stash",
     r"\bswallow\w* (?:his|her|my|their|the|a|all) (?:stash|bags?|package|packages|wraps?|drugs|gear|deal|kit)\b"),
    ("suicidal", "goodbye_then_silence",
     r"\b(?:photo|picture|pic|message|text|snap|video)\b[\w' ,]{0,50}\b(?:pills|tablets|rope|bottle|sorry|goodbye|bye|love you all)\b"
     r"[\w' ,.]{0,80}\b(?:not answering|no answer|isn'?t answering|won'?t answer|not picking up|phone'?s (?:off|dead)|gone quiet)\b"),
    ("medical", "fall_head_injury",
     r"\b(?:fell|fallen|falling|fall) (?:down )?(?:the )?(?:stairs|steps)\b[\w' ,]{0,60}\b(?:bleeding from (?:his|her|their|my) (?:head|heid)|"
     r"(?:head|heid)(?:'s| is)? bleed\w*|not making (?:any )?sense|confused|won'?t wake|being sick|been sick|(?:really |very |so )?(?:sleepy|drowsy))\b|"
     r"\b(?:fell|fallen|had a fall)\b[\w' ,]{0,40}\b(?:can ?not|can'?t|cannae|cant|canny) get up\b[\w' ,]{0,40}\b(?:bleed\w*|hours|all night|since)\b|"
     r"\b(?:fell|fallen|had a fall)\b[\w' ,.]{0,60}\b(?:can ?not|can'?t|cannae|cant|canny) get up\b[\w' ,.]{0,60}\b(?:hip|leg|ankle|broken|horrible angle|wrong angle|on my own|alone|naebody|nobody)\b"),
    # from the twenty-sixth set's first run
    ("suicidal", "use_on_self",
     r"\b(?:intend|intending|going|gonna|gonnae|planning|plan|want|wanting|mean|meaning) (?:to |tae )?use "
     r"(?:it|them|this|that|these|those|the \w+|some|enough|all of (?:it|them)) on (?:myself|masel|mysel)\b"),
    ("abuse", "assault_in_front",
     r"\b(?:has |'s |is )?(?:just )?(?:started|start|is) (?:punching|hitting|kicking|battering|attacking|strangling|choking|beating) "
     r"(?:the|a|his|her|this|that) (?:\w+ )?(?:woman|man|girl|lassie|lad|boy|partner|wife|girlfriend|husband|boyfriend|mother|mum|wean|kid|child)\b"),
    ("suicidal", "edge_intent",
     r"\b(?:edge|top) of (?:the |a )?(?:multi.?storey )?(?:cliffs?|bridge|roof|building|pier|harbour wall|quarry|car park)\b[\w' ,.]{0,80}"
     r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna|gonnae) (?:step|jump|go|walk) (?:off|over|in)\b|"
     r"\b(?:standing|stood|sitting|sat) (?:on|at) (?:the )?(?:\w+ ){0,2}(?:bridge|cliffs?|roof|ledge|pier|harbour wall|quarry edge|viaduct)\b[\w' ,]{0,60}\b(?:decide|deciding|whether to|working up to|trying to) (?:whether to |to )?(?:go over|jump|step off|go in)\b"),
    ("child_at_risk", "child_in_car_intoxicated",
     r"\b(?:driven|drove|driving|drivin|taken|took|heading|headed|gone|went) (?:off |away )?(?:with|wi) (?:our|my|ma|the|her|his|their) (?:\w+ )?"
     r"(?:daughter|son|kids?|children|boys?|girls?|baby|wean|weans|bairns?|toddler|twins|wee ones?|grandkids|grandson|granddaughter|\d{1,2}[- ]year[- ]old)\b[\w' ,.]{0,80}"
     r"\b(?:out of it|drunk|steaming|wasted|blootered|off (?:her|his|their) (?:face|head|nut)|(?:could|can) (?:barely|hardly) stand|"
     r"couldn'?t stand|stoned|smashed|been drinking|been using)\b|"
     r"\b(?:out of it|drunk|steaming|wasted|blootered|off (?:her|his) face|been drinking|been using|stoned|smashed)\b[\w' ,.]{0,60}"
     r"\b(?:they'?re|they are|kids are|boys are|girls are|weans are|bairns are|baby'?s|baby is) (?:all )?in the car with (?:her|him)\b"),
    # from the thirty-third and thirty-fourth sets' first runs
    ("abuse", "came_at_with",
     rf"\b(?:come|came|comin|coming|went|gone|goes|going|gaun) (?:at|for|fur) (?:me|us|her|him|my \w+|ma \w+) (?:with|wi) (?:a|the|his|her|that|an) "
     rf"(?:{_WEAPON}|poker|iron|spade|shovel|golf club|crowbar|brick|glass|broken bottle)\b|"
     rf"\bthreaten(?:ed|ing|s)? (?:me|us|her|him|them|my \w+|her \w+|his \w+|ma \w+|the \w+) (?:with|wi) (?:a|the|his|her|an) (?:{_WEAPON}|gun|poker|broken bottle)\b|"
     r"\b(?:he'?s|hes|she'?s|shes|he has|she has) got (?:a|the|his|her) (?:knife|blade|poker|hammer|bat|machete|axe|screwdriver) in (?:his|her) hand\b"),
    ("child_at_risk", "child_shaken",
     r"\b(?:grabbed|grabbin|grabbing|got a hold of|got hold of) (?:the|ma|my|his|her|oor|our) (?:wee yin|wee one|wean|bairn|baby|toddler|wee (?:boy|girl|lad|lassie|man)|\w+ year old)\b"
     r"[\w' ,]{0,40}\b(?:shakin|shaking|shook|throwin|throwing|skelpin|skelping|slapping|hitting|hittin)\b|"
     r"\b(?:shaking|shakin|shook) (?:the|a|ma|my|his|her|oor|our) (?:baby|wean|bairn|wee yin|wee one|toddler)\b"),
    ("suicidal", "into_the_water",
     r"\bthrow(?:s|ing|in)? (?:himself|herself|myself|masel|mysel|themselves|hissel|hersel) (?:off|aff|in|into|intae|under|in front of|from|fae|over) "
     r"(?:the |a )?(?:\w+ )?(?:water|river|sea|harbour|loch|canal|dock|pier|quay|bridge|cliffs?|rail|railings|train|traffic|building|roof|balcony|window|ferry|boat|side)\b|"
     r"\b(?:he|she|they|i|ah)(?:'ll| will| wull| would| wid|'d| gonnae| gonny| wants to| wantae) jump (?:in|into|intae|off|aff|fae|from|over) (?:the |a )?"
     r"(?:water|river|sea|harbour|loch|canal|dock|pier|quay|bridge|side|rail|railings|ferry|boat|cliffs?|roof|balcony|window|building)\b" + _SWIM + "|"
     r"\b(?:say|says|said|saying|sayin|threaten\w*)\b[\w' ]{0,12}\b(?:will|'ll|wull|gonnae|gonny|going to|wants? to) jump\b|"
     r"\b(?:he|she|they|i|ah)(?:'ll| will| wull) jump\s*(?:[.!]|$|tonight|the nicht|now)|"
     r"\b(?:at|on|over|by|leaning over|hanging over) the (?:rail|rails|railings?|side|edge|parapet|stern|barrier)\b[\w' ,.]{0,60}\b(?:go over|going over|goin ower|gaun ower|jump|climb over|let go)\b|"
     r"\b(?:by|at|near|beside|looking at|staring at|stand by|standing by|sitting by|stood by) the (?:water|river|sea|shore|harbour|loch|canal|firth|dock|pier|quay|clyde|forth|tay|dee)\b"
     r"[\w' ,.]{0,60}\b(?:think|thinking|thinkin|want|wanting|going|gonna|gonnae|might|ready) (?:to |tae |about |aboot |of )?(?:go|going|goin|walk|walking|step|stepping|jump|jumping) (?:in|into|intae|under|off)\b"
     + _SWIM),
    ("self_harm", "blade_out_now",
     r"\b(?:got|have|'ve got|holding|haudin|took|taken|getting|gettin) (?:the|a|my|ma) (?:razor|blade|blades|knife|scissors|sharpener)s? (?:out|oot|here|ready|in (?:my|ma) hand)\b"
     r"[\w' ,.]{0,60}\b(?:going to|gonna|gonnae|about to|do it|dae it|use it|cut|cutting)\b"),
    ("child_at_risk", "child_plied",
     r"\b(?:being|been|getting|gets|is|was|are) (?:given|plied with|fed|supplied(?: with)?|offered) (?:drugs|drink|alcohol|pills|vodka|voddy|booze|gear|coke|weed|ket|spice|vallies|crack)\b[\w' ,]{0,20}\bby (?:an? |some )?(?:older|grown|adult)\b|"
     r"\b(?:older|grown|adult) (?:man|men|guy|guys|bloke|fella)\b[\w' ]{0,20}\b(?:gives?|giving|gave|plying|feeding) (?:her|him|them) (?:vodka|voddy|booze|spice|tablets|valium|cannabis|buckfast|buckie)\b"),
    ("abuse", "window_put_in",
     r"\b(?:has |'s |have |'ve )?just (?:put|smashed|booted|kicked|panned) (?:the|my|ma|our|oor) (?:front |back |kitchen |living room |bedroom )?(?:window|windae|windows|windaes|door) in\b|"
     r"\b(?:is|'s|are|'re) (?:putting|smashing|booting|kicking|panning) (?:the|my|ma|our|oor) (?:front |back |kitchen |living room |bedroom )?(?:window|windae|windows|windaes) in\b"),
    ("abuse", "waiting_with_weapon",
     r"\b(?:he'?s|she'?s|they'?re|he is|she is|they are|is|are)\b[\w' ]{0,30}\b(?:waiting|standing|parked|hanging about|sitting|sat)\b[\w' ]{0,30}\b"
     r"(?:with|wi) (?:a|the|his|her) (?:knife|blade|machete|axe|hammer|bat|gun|screwdriver|crowbar)\b"),
    ("child_at_risk", "works_within_reach",
     r"\b(?:needles?|works|syringes?|pins|kit|tablets|pills|methadone|gear|foil|pipe)\b[\w' ,]{0,40}\b(?:where|that) (?:she|he|the (?:wean|bairn|baby|kids?|weans|bairns|wee \w+)|they) (?:can|could|might) (?:reach|grab|get at|get hold of) (?:them|it)\b"),
    ("suicidal", "not_alive_for",
     r"\b(?:don'?t|do not|dinnae|didnae|doesn'?t) (?:intend|plan|expect|mean) (?:to |tae )?(?:be|still be) (?:alive|here|around) (?:for|by|at|when|on)\b"),
    ("suicidal", "means_considered",
     r"\b(?:rope|noose|ligature)\b[\w' ,]{0,40}\b(?:thinking|thinkin) (?:of|o|about|aboot) (?:using|usin) it\b|"
     r"\b(?:endin|ending) it\b[\w' ,]{0,30}\b(?:got|have) (?:what|whit) (?:i|ah) need\b"),
    ("child_at_risk", "children_left_alone",
     r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[- ]year[- ]old\b[\w' ,]{0,80}\b(?:on (?:their|his|her) own|alone|by (?:themselves|himself|herself)) (?:since|all night|overnight)\b|"
     # "the two boys are in the flat on their own ... the wee one is 3"; "left my brothers alone
     # in the house, they are 4 and 6": alone, and an age that is a young child's
     rf"(?:{_ALONE_NOW})[\s\S]{{0,160}}(?:{_YOUNG_AGE})|(?:{_YOUNG_AGE})[\s\S]{{0,160}}(?:{_ALONE_NOW})"),
    ("overdose", "more_than_meant",
     r"\b(?:taken|took|had|swallowed|necked)\b[\w' ]{0,25}\bmore (?:of )?(?:the |my |his |her )?(?:\w+ )?than (?:i|he|she|they) (?:ought|should|was meant|were meant|'m meant|am meant|meant)\b"
     r"[\w' ,.]{0,80}\b(?:drows\w*|sleepy|peculiar|woozy|dizzy|can'?t stay awake|nodding|going under|breath\w*|heart)\b"),
    # from the forty-second to forty-fifth sets' first runs
    ("overdose", "cardiac_arrest",  # "Agonal breaths. No pulse I can find. Starting compressions."
     r"\bagonal (?:breath\w*|gasp\w*|respirations?)\b|\b(?:no|nae|(?:can'?t|cannot|cannae) (?:find|feel) (?:a|his|her|their|any)) pulse\b|"
     r"\b(?:starting|started|doing|giving|performing|i'?m on) (?:cpr|chest compressions|compressions)\b"
     r"(?! (?:training|course|refresher|class|session|practice|on (?:a|the) (?:dummy|mannequin|manikin))\b)"),
    ("medical", "blood_brought_up",  # "just started coughin up blood"; "been sick and there is a lot of blood in it"
     r"\b(?:coughing|coughin|spitting|spittin|bringing|vomiting|throwing|throwin|boaking) up (?:\w+ ){0,2}blood\b|"
     r"\b(?:been|being|was|is) sick\b(?! of| tae| to)[\w' ,]{0,30}\b(?:a lot of|loads of|full of|lots of|with|wi|there'?s|there is) (?:\w+ )?blood\b"
     r"(?! (?:tests?|results?|pressure|sugars?|levels?|counts?|donors?))"),
    ("medical", "head_bleeding",  # "he fall and there is blood coming from his head"
     r"\bblood (?:coming|pouring|running|streaming|gushing|pumping) (?:from|out of|oot o|oot of) (?:his|her|their|my|ma) (?:head|heid|ears?|mouth)\b"),
    ("abuse", "watched_now",  # "he's reading over my shoulder so i'll just say ... i need to get out the day"
     rf"\b(?:he'?s|she'?s|he is|she is|hes|shes|(?:my|ma) (?:partner|man|husband|boyfriend|bf|wife|girlfriend|gf|fella)(?:'s| is)) {_OVER_SHOULDER}"
     r"[\s\S]{0,100}\b(?:get out|need out|not safe|help me|scared|happening again|give me (?:a|the) number|gie me (?:a|the) number)\b|"
     # "Sorry for being vague, I can't really talk, my partner is reading over my shoulder"; "the number 4 the hairdresser like we said. hes readin ovr ma shoulder"
     rf"\b(?:can'?t|cannae|cant|canny|cannot) (?:really )?(?:talk|say much|say more|speak)\b[\s\S]{{0,60}}\b{_OVER_SHOULDER}|"
     rf"\b(?:number|code|word)\b[\w' ]{{0,30}}\blike (?:we|wi) (?:said|agreed|arranged)\b[\s\S]{{0,40}}\b{_OVER_SHOULDER}"),
    ("medical", "fit_now",  # "now she have a fit on the floor"
     r"\bnow (?:she|he|they|my \w+) (?:have|has|having|is having|are having|take|takes|taking|is taking) (?:a|another) (?:fit|seizure)\b|"
     r"\b(?:have|has|having|take|takes|taking|(?:'s|has|is) just (?:took|taken|had)) (?:a|another) fit on the (?:floor|ground|bed|couch|settee|pavement|sofa)\b"),
    ("abuse", "hands_on_neck",  # "had his hands round my neck"; "put his hands on her neck"
     r"\bhands (?:round|around|roon|aroon) (?:my|her|his|ma|their) (?:neck|throat|thrapple)\b|"
     r"\b(?:put|had|got|wrapped) (?:his|her|their|both) hands (?:on|at) (?:my|her|his|ma|their) (?:neck|throat|thrapple)\b"),
    ("abuse", "pinned",  # "He's got her pinned in the kitchen"
     r"\b(?:got|has|'s got|have got|holding|is holding) (?:me|her|him|us) pinned\b"),
    ("abuse", "thrown_down",  # "he threw her on the floor, he is still here"
     r"\b(?:threw|thrown|flung|throws|throwing|chucked) (?:me|her|him|us|them) (?:on|onto|to|across|against|into|doon on|down on) "
     r"(?:the )?(?:floor|ground|wall|bed|door|table)\b"),
    ("abuse", "hitting_now",  # "my frends man is in the hous now hitting her"
     r"\b(?:is|'s|are|'re)\b[\w' ]{0,25}\b(?:now|the noo|right now|rn)\b[\w' ,]{0,20}\b(?:hitting|hittin|beating|battering|punching|kicking|"
     r"strangling|choking|attacking|push|pushing|shove|shoving) (?:her|him|them|my \w+|ma \w+)\b|"
     r"\b(?:hitting|hittin|beating|battering|punching|kicking|strangling|choking|attacking) (?:her|him|them) (?:now|right now|the noo|rn)\b"),
    ("abuse", "burn_us_in",  # "outside now with petrol, ... burn the house with us inside"
     r"\b(?:burn|torch|set fire to|set alight) (?:the|our|my|ma|this|oor) (?:house|hoose|flat|place|door|home)\b[\w' ]{0,25}\b(?:with|wi) "
     r"(?:us|me|them|the (?:kids|weans|bairns|children)|everyone|everybody) (?:in|inside|still in)\b"),
    ("abuse", "coming_after",  # "sayin he's comin efter her"
     r"\b(?:he'?s|she'?s|he is|she is|hes|shes|they'?re|they are|(?:her|his|my|ma) (?:man|partner|ex|husband|boyfriend|bf|fella|wife)(?:'s| is)) "
     r"(?:coming|comin|cumin) (?:efter|after) (?:her|me|us|him|them)\b"),
    ("abuse", "agreed_signal",  # a signal agreed beforehand: "That's our code for him kicking off"
     r"\b(?:that'?s|this is|thats|it'?s|its) (?:our|oor|wir|wur) (?:agreed |secret |safe )?(?:code ?word|code|signal|sign|word)\b"
     r"(?! for (?:it|that|this|them|the \w+|a \w+)\b)|"
     r"\b(?:what|whit|fit) (?:we|wi) (?:agreed|arranged) (?:she'?d|he'?d|i'?d|they'?d|(?:she|he|i|they) (?:would|wid|wad)) (?:send|say|text|use|ring|phone)\b"),
    ("abuse", "unsafe_to_say",  # "It is not safe for me to say more on this phone"; "Can't say much. He's in the house."
     r"\b(?:not|isn'?t|is not|no) safe (?:for me )?(?:to|tae) (?:say|talk|speak|write|type) (?:more|much|any ?more|here|on this|now)\b|"
     r"\b(?:can'?t|cannae|cant|canny|cannot) (?:talk|say much|say more|speak)\b[\w' ,.]{0,12}\b(?:he'?s|he is|hes|she'?s|she is|shes) "
     r"(?:in|here|home|hame|back)(?: the (?:house|hoose|flat|room|next room|kitchen|living room|livin room|bedroom|car))?\s*(?:[.,!]|$)"),
    ("suicidal", "not_see_tomorrow",  # "disnae plan tae see the morn"
     r"\b(?:doesn'?t|does not|disnae|doesnae|don'?t|dinnae|do not|not) (?:plan|planning|intend|intending|mean|meaning) (?:to|tae|on) "
     r"(?:see|seeing|wake|waking|make it) (?:up )?(?:to )?(?:the morn|the morra|tomorrow|the morning|the mornin|morning|next week|the weekend)\b"),
    ("suicidal", "taking_everything",  # "she will swallow everything she has tonight"; "planning to take all of it tonight"
     r"\b(?:plan\w*|going|gonna|gonnae|goin|gaun|will|'ll) (?:to |tae |on )?(?:take|taking|swallow|swallowing|neck|necking) "
     r"(?:all of it|it all|them all|all of them|the lot|the whole lot|everything (?:i|she|he|they)(?:'ve| have| has|'s)?(?: got)?)\b[\w' ,]{0,20}\b(?:tonight|the night|the nicht|at once|in one go)\b"),
    ("suicidal", "giving_away_goodbye",  # a keepsake given away with a goodbye: "gave me her mother's ring ... I will not need next appointment"
     r"\b(?:gave|give|given|gied|sent|send|post|posted|handed)\b[\w' ]{0,30}\b(?:ring|rings|brooch|watch|medals?|jewellery|bank card|savings|wedding ring)\b"
     r"[\s\S]{0,160}\b(?:(?:will|would|'ll|wont|won'?t|wouldn'?t)(?: not| no| nae)? (?:need|be needing)|not (?:need|be needing)|look after (?:her|his|my|ma|their) \w+(?: \w+)? for (?:her|him|me)|"
     r"last message|finished (?:his|her|my) time)\b"),
    ("suicidal", "sorry_last_message",  # "tell my wee sister I'm sorry ... that's me. last message"
     r"\btell (?:my|ma|her|his) [\w' ]{0,20}\b(?:i'?m sorry|i love (?:her|him|them))\b[\s\S]{0,80}\b(?:last message|that'?s me done|bye for good|goodbye)\b"),
    # from the forty-sixth to forty-ninth sets' first runs
    ("abuse", "attacked_just_now",  # "he's phoned me crying that they've struck him"; "my partner has just thrown a pan at me"
     r"\b(?:they|he|she)(?:'ve|'s| have| has) (?:just )?(?:struck|punched|kicked|slapped|battered|attacked|assaulted) (?:him|her|me|us)\b"
     r"(?! (?:before|in the past|once|twice|years?|a few times|when|as\b|that\b|off\b))|"
     r"\b(?:has|'s|have|'ve) just (?:thrown|threw|flung|chucked|hurled) (?:a|the|his|her|something|somethin) (?:\w+ )?at (?:me|her|him|us)\b"),
    ("abuse", "injured_and_threatened",  # "her face all bruised saying ... he'll kill her if she's not back out in five minutes"
     rf"\b(?:{_INJURY_SEEN}|bleeding)\b[\s\S]{{0,120}}\b(?:he'?ll|he will|she'?ll|she will|he'?s going to|he'?s gonna|he'?s gonnae) "
     r"(?:kill|batter|hurt|do) (?:her|me|us|them)\b|"
     rf"\b(?:{_INJURY_SEEN})\b[\s\S]{{0,120}}\b(?:he'?s|she'?s|hes|shes|he is|she is) on (?:his|her|their) way (?:to get|for|round|back|over)\b"),
    ("suicidal", "no_contact_after",  # "There will be no need to contact me after this evening."
     r"\bno need (?:for (?:any ?(?:one|body)|you) )?(?:to|tae) (?:contact|call|phone|ring|visit|look for|check on) (?:me|him|her) "
     r"after (?:this (?:evening|afternoon|morning)|tonight|today|the night|the day)\b"),
    ("suicidal", "never_hear_again",  # "ye'll no hear frm me again"
     r"\b(?:you'?ll|ye'?ll|yous'?ll|you will|you won'?t|ye winnae|you'?ll never|ye'?ll never) (?:no |not |never |nae )?hear (?:from|frm|fae|frae|fi) me "
     r"(?:again|ever again)\b(?! (?:until|till|til|for a (?:while|bit|few)|before|this week|today|tonight)\b)"),
    ("suicidal", "thanks_no_more",  # "thanks 4 everythin, wont need my appt nxt wk or any appt"
     r"\bthank(?:s|ing you| you)? (?:4|for) (?:everything|everythin|evrythin|evrything|all you'?ve done)\b[\s\S]{0,60}\b(?:won'?t|wont|will not|'ll not|'ll no) "
     r"(?:be )?need(?:ing)?\b[\w' ]{0,30}\b(?:any (?:more )?(?:appt|appts|appointments?|visits?|help)|(?:appt|appointment|visit)s? again)\b"),
    ("suicidal", "not_your_fault",  # "tell my mum it wasn't her fault"; "tell jen it was never her fault"
     r"(?<!\bi )(?<!\bto )(?<!\bwe )(?<!\bshould )(?<!\bcan )(?<!\bcould )(?<!\bdo )(?<!\bhow )\btell (?:my |ma |her |his )?\w+ (?:that )?"
     r"(?:it was(?:n'?t| not| never)|it'?s not|it isn'?t|it wisnae|it wasnae|it'?s no|it'?s never) (?:her|his|their|your) fault\b"),
    ("child_at_risk", "children_alone_days",  # "my neighbour children, two small, are alone in house three days"
     r"\b(?:children|kids|weans|bairns|wee ones)\b[\w' ,]{0,30}\b(?:are|is|been|left)\b[\w' ]{0,10}\b(?:alone|on (?:their|there) (?:own|ain))\b"
     r"[\w' ,]{0,20}\b(?:(?:two|three|four|five|several|a few|\d) days|since (?:yesterday|last night))\b|"
     r"\b(?:bairn|wean|child|kid|toddler|wee (?:boy|girl|one|lad|lassie))\b[\w' ,]{0,30}\b(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)[ -](?:year|yr|yir)s?[ -](?:auld|old)\b"
     r"[\w' ,]{0,30}\b(?:is|'s|are|been|left)\b[\w' ]{0,20}\b(?:on (?:his|her|their|its) (?:own|ain|lane)|alone|by (?:himself|herself|themselves))\b"),
    ("suicidal", "pills_now",  # "she's got a bottle o pills an she's takin them the noo"
     r"\b(?:bottle|box|packet|stash|load|handful) (?:o|of) (?:pills|tablets|tabs|meds)\b[\w' ,.]{0,40}\b(?:taking|takin|swallowing|necking|neckin) "
     r"(?:them|they|it|the lot)\b[\w' ]{0,6}\b(?:the noo|the now|right now|as we speak|this minute)\b"),
    # from the fiftieth to fifty-third sets' first runs (7 December)
    ("abuse", "hitting_relative",  # "Grandson off his face on speed, hitting his gran. Now."; "Client's son hitting her. Now."
     r"\b(?:son|grandson|brother|nephew|husband|partner|boyfriend|man|ex|stepdad|dad|da|fella)\b(?<!was )[\w' ,]{0,30}?(?<!was )(?<!were )(?<!used to be )"
     r"\b(?:hitting|hittin|battering|leathering|punching|kicking|beating) (?:his|her|their|ma|my) (?:gran|granny|gran'?ma|nana|nan|papa|grandad|grandpa|mum|mam|maw|mother|dad|da|wife|partner|girlfriend|sister)\b"
     r"(?=[\w' ,.]{0,30}\b(?:now|right now|the noo|rn)\b)|"
     r"\b(?:son|grandson|brother|nephew|husband|partner|boyfriend|man|ex|stepdad)(?:'s| is)? (?:hitting|hittin|battering|leathering|punching|kicking) (?:her|him|them)\s*[.,!]\s*(?:right )?now\b"),
    ("medical", "stroke_signs",  # "facial droop, slurred speech, R arm weak, onset ~20 min. ?stroke"
     r"\b(?:facial|face) (?:droop\w*|drop\w*)\b|\bface (?:has |is |'s )?(?:gone |started )?(?:droop\w*|lopsided|drooping on one side)\b|"
     r"\bslurr\w* (?:speech|words|her words|his words)\b[\w' ,.;–-]{0,40}\b(?:arm|leg|side|hand)\b[\w' ]{0,10}\b(?:weak|numb|dead|floppy|heavy|won'?t move)\b|"
     r"(?:^|\s)\?\s?stroke\b|\b(?:i think|think|thinks|worried|looks like|could be|might be) (?:she'?s|he'?s|she is|he is|i'?m|i am|they'?re) having a stroke\b"),
    ("child_at_risk", "child_alone_no_adult",  # "2yo alone, mum out"; "2 kids under 5 alone in TA flat, no adult for 3+ hrs"
     r"\b(?:child|children|kids?|weans?|bairns?|baby|toddler|wee ones?|wee (?:boy|girl|lad|lassie)|\d{1,2} ?(?:yo|y/o|yr old|year old|month old)|(?:\d|one|two|three|four|five) (?:kids|children|weans|bairns) under \d+)\b"
     r"[\w' ,()+-]{0,30}\b(?:alone|alane|on (?:his|her|their) own)\b[\w' ,+]{0,25}\b(?:mum out|mam out|maw out|parents? out|no adults?|nae adults?|no grown.?ups?|nobody (?:home|in|there|with)|no ?one (?:home|in|there|with)|naebody (?:hame|in))\b|"
     r"\b(?:child|children|kids?|weans?|bairns?|baby|toddler|\d{1,2} ?(?:yo|y/o)|(?:\d|one|two|three|four|five) (?:kids|children|weans|bairns) under \d+)\b[\w' ,()]{0,20}\b(?:alone|alane) in (?:the |a |their |his |her |ta |temp |temporary )?(?:\w+ )?(?:flat|house|hoose|hotel room|b ?and ?b|room)\b|"
     r"\b(?:weans?|bairns?|kids?|children|baby|toddler)(?:'s| is| are|'re)? (?:hame|home) (?:alane|alone)\b|"
     r"\b(?:wee|little|young) (?:boy|girl|lad|lassie|one|son|daughter)\b[\w' ,]{0,20}\b(?:who is|who'?s|aged) (?:[1-6]|one|two|three|four|five|six)\b[\w' ,]{0,10}\b(?:has been|'s been|was|is) left (?:alone|on (?:his|her) own)\b|"
     r"\b(?:wee|little) (?:boy|girl|one|lad|lassie)\b[\w' ,]{0,40}\bnappy\b[\w' ,]{0,30}\b(?:cry\w*|greet\w*)\b[\w' ,]{0,50}\b(?:no ?one'?s (?:in|home|there|answering)|nobody'?s (?:in|home|there|answering)|naebody'?s (?:in|hame)|(?:mums?|mam|maw)'?s? (?:been )?out since)\b"),
    ("child_at_risk", "child_taken_drunk",  # "her ex has just grabbed the baby from reception and driven off drunk"
     r"\b(?:grabbed|taken|took|snatched|lifted) (?:the|her|his|their|my|ma) (?:baby|kids?|weans?|bairns?|child|children|toddler|son|daughter|wee \w+)\b[\w' ,]{0,40}\b(?:driv\w*|drove|drivin) (?:off|away)?\b[\w' ,]{0,10}\b(?:drunk|steaming|high|wasted|out of (?:his|her|their) face|off (?:his|her|their) face|blootered|mortal)\b"),
    ("abuse", "down_the_stairs",  # "her boyfriend's just chucked her down the stairs, she's lying at the bottom crying"
     r"\b(?:chucked|threw|thrown|pushed|shoved|flung|kicked|booted) (?:her|him|me|them|us) (?:down|doon) (?:the )?stairs\b"),
    ("abuse", "has_hit_her",  # "she says he has hit her and he won't leave"; "he's jist stood ower me an hut me wi his stick"
     r"\b(?:he|she|brother|son|grandson|partner|boyfriend|husband|man|ex|dad|da|stepdad)(?: has|'s) (?:just )?(?:hit|punched|kicked|slapped|battered|attacked|strangled|choked|headbutted) (?:her|him)\b[\w' ,]{0,40}\b(?:won'?t leave|will not leave|still (?:in|there|here)|is still|'s still)\b|"
     r"\b(?:stood|standing) (?:over|ower|oer) (?:me|her|him)\b[\w' ,]{0,10}\b(?:and|an|n) (?:hit|hut|hat|skelped|belted|leathered|walloped|punched|kicked) (?:me|her|him)\b"),
    ("abuse", "cant_talk_he_is_near",  # "Can't really talk, he's in the next room."; "he's found me. cant talk."
     r"\b(?:can'?t|cannae|cant|canny|cannot) (?:really )?(?:talk|speak|say much)\b[\w' ,.]{0,10}\b(?:he'?s|she'?s|he is|she is) (?:in the (?:next|other) room|next door|downstairs|in the kitchen|just outside|outside the door)\b|"
     r"\b(?:he'?s|she'?s|he has|she has) found (?:me|us)\b[\s\S]{0,15}\b(?:can'?t|cannae|cant|canny|cannot) (?:talk|speak)\b"),
    ("abuse", "signal_sent",  # "did the Signal for Help on video call just now"; "has just sent our agreed word"
     r"\b(?:did|done|made|doing|showed|gave|giving) (?:me )?the signal for help\b|"
     r"\b(?:has just|just|has) (?:sent|texted|said|used) (?:me )?(?:our|oor|the) (?:agreed|code|safe|secret) (?:word|signal|emoji|message)\b"),
    ("suicidal", "put_up_with_me",  # "Dey'll no hae ta pit up wi me muckle langer."
     r"\b(?:won'?t|will not|wont|'ll no|'ll not|will no|'ll nae) (?:have|hae|need) (?:to|ta|tae) (?:put|pit) up (?:with|wi) me (?:\w+ )?(?:longer|langer|for long|much longer)\b"),
    ("suicidal", "taking_them_all",  # "I'm thinkin o takkin dem aa"; "she says shes takin every tablet she has 2nite"
     r"\b(?:thinking|thinkin) (?:of|o|about|aboot) (?:taking|takin|takkin|swallowing) (?:them|dem|they|the tablets|the pills) (?:all|aa|a')\b|"
     r"\b(?:taking|takin|takkin|take|swallow\w*) every (?:tablet|pill|tab) (?:she|he|i|they) (?:has|have|'s got|has got|got)\b"),
    ("suicidal", "farewell_not_answering",  # "'cheers for everything, you were the only one who bothered'. Not answering now."
     r"\b(?:cheers|thanks|thank you|ta) for everything\b[\s\S]{0,120}\b(?:not answering|no answering|isn'?t answering|won'?t answer|phone(?:'s| is| has)? (?:been )?(?:off|switched off|going straight to voicemail))\b"
     r"(?![\w' ,]{0,30}\b(?:at work|but (?:i'?ll|i will|he'?ll|she'?ll)|till|until|back on|call (?:you|ye|back)))|"
     r"\b(?:don'?t|do not|dinnae) come round\b[\s\S]{0,40}\bphone(?:'s| is| has)? (?:been )?(?:off|switched off)\b|"
     r"\b(?:told|tellt|telt) (?:them|him|her|the \w+) (?:i|ah|a) love (?:them|him|her)\b[\s\S]{0,120}\b(?:won'?t|will not|wont) be here (?:to|tae)\b|"
     r"\b(?:not|no|nae) (?:to|tae) expect me\b[\w' ,]{0,20}\bor ever\b|"
     r"\btell (?:my|ma) (?:boy|girl|son|daughter|wean|bairn|\w+) (?:i|a|ah) love (?:him|her|them)\b[\s\S]{0,120}\bthat'?s me done\b"),
    ("self_harm", "cuts_still_bleeding",  # "he has just shown me cuts on his arm that he made this morning, and they are still bleeding"
     r"\b(?:cuts?|slashes|wounds?) (?:on|in|to) (?:his|her|my|their) (?:arms?|wrists?|legs?|thighs?)\b[\w' ,]{0,50}\b(?:still bleeding|won'?t stop bleeding|bleeding through)\b"),
    ("suicidal", "jump_destination",  # "tell me he go to the bridge over M8 to jump"
     r"\b(?:bridge|roof|cliffs?|multi.?storey|car park|pier|harbour wall|flats|tower)\b[\w' ]{0,25}\bto jump\b(?! (?:start|the queue|in the (?:pool|sea) for))"),
    ("suicidal", "wrists_goodbye",  # "my pal jst sent me a pic of her wrists n said bye"
     r"\b(?:pic|picture|photo|video|snap) (?:of|o) (?:her|his|their|my|ma) (?:wrists?|arms?|cuts|tablets|pills)\b[\w' ,]{0,30}\b(?:said|saying|says) (?:bye|goodbye|cheerio)\b"),
    ("medical", "chest_pain_spreading",  # "my chest has been hurting for the last half hour, going into my jaw"
     r"\bchest(?: has been|'s been| is| keeps) (?:hurting|aching|sore|tight)\b[\w' ,]{0,40}\b(?:into|to|down|up) (?:my|his|her|the) (?:jaw|arm|left arm|neck)\b"),
    # from the fifty-fourth to fifty-seventh sets' first runs
    ("suicidal", "heading_to_the_drop",  # "I'm walking up to the Dean Bridge tonight and that's me"
     r"\b(?:walking|walkin|going|goin|gaun|heading|headin|driving|drivin)(?: up| down| doon| out| oot| over)? (?:to|tae) the (?:\w+ ){0,2}(?:bridge|pier|cliffs?|harbour|quay|quarry|viaduct|river|loch|shore|railway line)\b"
     r"[\w' ,]{0,25}\b(?:tonight|the night|now)\b[\w' ,]{0,15}\b(?:that'?s me|that'?s it|and that'?s that|for good|for the last time)\b(?! (?:for|off|away|home|done for)\b)"),
    ("suicidal", "throw_self_in",  # "says he's gaan tae throw himsel in"
     r"\b(?:going|gonna|gaan|gaun|goin|about|wants?|wanting|wantin)(?: to)? (?:throw|fling|chuck) (?:himself|herself|myself|themselves) (?:in|off|aff|over|under)\b"
     r"(?!\s*(?:to )?(?:work|it\b|the (?:job|work|course|gym|deep end)))|"
     r"\b(?:throw|fling|chuck)(?:ing)? (?:himself|herself|myself|themselves) (?:into|in) the (?:\w+ )?(?:river|sea|water|loch|harbour|clyde|forth|tay|dee|ness|don|tweed|spey|nith)\b"),
    ("suicidal", "walk_off_the_end",  # "thinking about walking off the end of the pier"; "going to walk into the Ness"
     r"\b(?:going|gonna|gonnae|gaun|goin|thinking|thinkin|thought|want|wants|wanting)(?: to| about| of)? walk(?:ing|in)? (?:into|in|off|aff) (?:the )?(?:end (?:of|o) the )?"
     r"(?:river|water|sea|loch|ness|don|tweed|clyde|forth|tay|dee|spey|nith|kelvin|cart|leven|esk|annan|teviot|ettrick|lossie|findhorn|deveron|ythan|earn|almond|carron|pier|harbour|quay|jetty|breakwater)\b" + _SWIM),
    ("suicidal", "saving_tablets",  # "saving up my Espranor all week ... tonight's the night I take the whole lot"
     r"\bsaving (?:up )?(?:my|his|her|their) (?:\w+ )?(?:tablets|pills|meds|medication|methadone|espranor|script|doses|valium|vallies|pregabs?|pregabalin|gabapentin|insulin)\b(?: up)?"
     r"[\w' ,.]{0,80}\b(?:take (?:them|it|the lot) all|all at once|them all at once|the whole lot|the lot)\b|"
     r"\b(?:tonight'?s|today'?s|this is) the (?:night|day) (?:i|she|he|they) (?:take|takes|do|does|swallow|swallows) (?:the (?:whole )?lot|them all|all of them|it all)\b"),
    ("suicidal", "leaving_them_be",  # "She'll manage fine without me. This'll be the last time I bother anybody."
     r"\b(?:she|he|they|you|the kids|the family|everyone|everybody)(?:'ll| will| would|'d) (?:manage|cope|be) (?:fine |better |ok |okay |alright |grand )?(?:without|withoot) me\b(?! (?:for|while|when|during|till|until|at)\b)|"
     r"\bthe last time (?:i|ah) (?:bother|trouble|annoy|burden) (?:any(?:body|one)|you|ye|yous|every(?:body|one))\b|"
     r"\b(?:time|about time) (?:i|ah) stop(?:ped)? being a (?:nuisance|burden|bother|pain) (?:to|tae) (?:every(?:body|one)|any(?:body|one)|them|you|the family)\b|"
     r"\b(?:don'?t|do not|dinnae) (?:expect|think) (?:i'?ll|i will|to) (?:see|make it to) (?:christmas|new year|hogmanay|my birthday|another (?:christmas|year|birthday))\b[\w' ,.]{0,40}\b(?:rather not|don'?t want to|would rather|prefer not)\b|"
     r"\btell (?:the|my) (?:boys|lads|girls|lassies|team|family|weans|kids|crew) (?:it'?s|its|it has) been (?:a laugh|good|great|a pleasure)\b|"
     r"\btell (?:the|my) (?:team|boys|lads|family|kids|weans|\w+) (?:it )?(?:wasn'?t|was not|wisnae) (?:them|their fault|anything they did)\b|"
     r"\btell (?:my )?\w+ (?:that )?i (?:was|am) sorry\s*(?:[.!]|$)|"
     r"\baffairs (?:are |all )?in order\b[\s\S]{0,80}\b(?:letters?|notes?|goodbye|no further contact|will)\b|"
     r"\b(?:sorted|made|written|done) (?:my|a) will\b[\s\S]{0,80}\b(?:not doing another|can'?t do another|won'?t be (?:here|around)|just so (?:someone|somebody) knows)\b"),
    ("abuse", "threat_when_i_leave",  # "he'll kill her the minute I leave"
     r"\b(?:he|she)(?:'ll| will|'s going to|'s gonna|s gonna|'s gonnae|'s gaun tae) kill (?:her|him|me|us)\b[\w' ,]{0,20}\b(?:the minute|as soon as|when|once|the second) (?:i|you|we|they|the \w+) (?:leave|leaves|go|goes|get home|gets home)\b"),
    ("abuse", "neck_marks",  # "bruising round her neck from her boyfriend last night"
     r"\b(?:bruis\w*|marks?|finger ?marks|hand ?marks)\b (?:round|around|on|across) (?:her|his|my) (?:neck|throat)\b[\w' ,.]{0,80}\b(?:boyfriend|partner|husband|man|ex|fella)\b"),
    ("child_at_risk", "child_locked_in",  # "he's had the weans locked in their room since this mornin"
     r"\b(?:weans|kids|children|bairns|wean|kid|child|baby|toddler|wee ones?)\b(?: (?:are|is|'re|'s|have been|has been|been))? (?:locked|shut) in (?:their|his|her|the) (?:room|bedroom|cupboard)\b|"
     r"\b(?:crawling|crawlin|toddling|toddlin)\b[\w' ,]{0,30}\b(?:tablets|pills|methadone|needles|gear|drugs|pipe)\b[\w' ,]{0,20}\b(?:out|lying|on the (?:table|floor))\b|"
     r"\b(?:wee (?:boy|girl|one)|toddler|child|kid|wean|bairn|baby)\b[\w' ,]{0,30}\b(?:outside|out) in (?:his|her|their) (?:pants|nappy|nappies|pyjamas|jammies|vest)\b|"
     r"\b(?:grandson|granddaughter|grandwean|grandchild|wee boy|wee girl)\b,? (?:who is|who'?s|aged|age) (?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[\w' ,]{0,40}\b(?:left alone|home alone|on (?:his|her) own|by (?:himself|herself))\b"),
    ("overdose", "too_many_typed",  # "tkn 2 mny pils cnt brth prperly"; "tuk 2 mny oxy cnt keep ma eys opn breethin slow"
     r"\b(?:took|tuk|tkn|takn|taken|tk|had|swallowed|necked)\b (?:(?:way|wy) )?(?:2|too|to) (?:many|mny|much|mch|muc)\b[\w' ,]{0,60}\b"
     r"(?:(?:cnt|cant|can'?t|cannae|canny) (?:brth|breth|brethe|breathe?|breath|keep (?:my|his|her) (?:eyes|eys|ees|een) (?:open|opn))|"
     r"(?:breathing|breathin|breethin|brethin|brething) (?:slow|funny|weird|wrong|shallow)|(?:everything|evrythin|evrything|room)(?:'s| is)? (?:spinning|spinin|spinnin)|"
     r"(?:heart|hart|hrt)(?:'s| is)? (?:pumping|pumpin|racing|racin|pounding|poundin|going mad|goin mad)|(?:cnt|cant|can'?t|cannae|canny) (?:stop|stp) (?:shaking|shakin|shkin|shkn))"),
    ("medical", "choking_now",  # "wifes chokin on her dinner cant get her breth"
     r"\b(?:choking|chokin)\b[\w' ]{0,25}\b(?:can'?t|cant|cnt|cannae|canny) (?:get (?:her|his|my|a) )?(?:breath|breth|brea?the?)\b"),
    ("medical", "broken_cant_get_up",  # "fink ma legs broke caant get up an its gettin dark"
     r"\b(?:leg|legs|hip|ankle)(?:'s| is| are|s)? (?:broke|broken|snapped)\b[\w' ,]{0,30}\b(?:can'?t|cant|caant|cannae|canny|cnt) (?:get up|move|stand)\b"),
    # from the fifty-eighth and fifty-ninth sets' first runs
    ("overdose", "depressant_cant_breathe",  # "cnt breth chest tite took methdone n vallies"; "tuk 2 mny pregabs ... cnt brethe rite"
     rf"\b{_DEPRESSANTS}\b[\w' ,]{{0,60}}\b{_CANT_BREATHE}|{_CANT_BREATHE}[\w' ,]{{0,60}}\b{_DEPRESSANTS}\b"),
    ("overdose", "drank_the_script",  # "she's drunk her whole methadone bottle"
     r"\b(?:drunk|drank|downed|necked|swallowed)\b (?:(?:my|his|her|their|the) )?(?:whole|entire|full) (?:methadone|meth|methdone) (?:bottle|script|dose|prescription)\b|"
     r"\b(?:drunk|drank|downed|necked) (?:(?:my|his|her|their|the) )?(?:whole|entire) bottle (?:of|o) (?:methadone|meth|methdone)\b"),
    ("suicidal", "at_the_drop_now",  # "Was going to ask re bladder clinic. Actually: at the river now. Want it over."
     r"\b(?:at|on|by) (?:the|da) (?:\w+ )?(?:river|bridge|pier|harbour|cliffs?|edge|railway|tracks|viaduct|quarry|multi.?storey|roof)\b[\w' ,.:]{0,15}\b(?:now|right now|rn)\b"
     r"[\s\S]{0,60}?\b(?:want (?:it|this|everything|it all) (?:all )?(?:over|to end|to stop)|that'?s me(?: done)?\s*(?:[.!]|$)|(?:can'?t|cannae|cant) do (?:this|it|dis) any ?more|(?:i'?m )?going in\s*(?:[.!]|$))"),
    # from the sixtieth to sixty-second sets' first runs
    ("overdose", "took_a_lot_feeling_it",  # "necked like 10 vallies ... i can feel myself going"; "took the hale box o ma antidepressants ... gettin awfy drowsy"
     r"\b(?:taken|took|tuk|necked|swallowed|swallied|swallit|downed)\b[\w' ]{0,15}?\b(?:a (?:large|big|huge|massive|good) (?:quantity|amount|number|handful|pile|bunch)|"
     r"a (?:pile|handful|heap|fistful|bunch|shitload) (?:of|o)|(?:many|loads|lots|most|a lot) (?:of|o) (?:my|ma|his|her|the|them)|the (?:hale|haill|hail|whole|full|entire) (?:box|bottle|packet|pack|strip|tub|lot)|"
     r"(?:like |about |maybe |over )?(?:1\d|[2-9]\d|\d{3}))\b"
     r"[\w' ,.]{0,90}?\b(?:on purpose|deliberately|(?:i )?(?:can )?feel (?:myself|masel|mysel) (?:going|goin|slipping|drifting|fading)|"
     r"(?:getting|gettin|feel|feeling|feelin|am|i'?m|he'?s|she'?s|is) (?:\w+ ){0,2}(?:drowsy|peculiar|woozy|faint|sleepy and|heavy)|slurr\w*|"
     r"(?:to|tae) (?:sleep|go to sleep) (?:and|an|n) (?:not|no|never|nae) wake|(?:can'?t|cannae|canny) keep (?:my|ma|his|her) (?:eyes|een) open)"),
    ("overdose", "slurring_took_a_lot",  # "he's just phoned me slurrin, sayin he's took a pile o pills an vodka"
     r"\b(?:slurr\w*|drowsy|can'?t keep (?:his|her|my) eyes open)\b[\w' ,.]{0,40}\b(?:taken|took|tuk|necked|swallowed|downed)\b[\w' ]{0,10}?\b(?:a (?:pile|handful|heap|load|lot|bunch) (?:of|o)|"
     r"(?:all|aw) (?:his|her|the) (?:pills|tablets)|the (?:hale|haill|whole) (?:box|bottle|packet|lot))"),
    ("suicidal", "sleep_and_not_wake",  # "wants tae sleep an no wake up"
     r"\b(?:want|wants|wanted|wanting|wanna|trying|going|gonna)\b (?:to |tae )?(?:go (?:to |tae )?)?sleep (?:and|an|n) (?:no|nae|not|never) (?:wake|waken)\b"),
    ("suicidal", "means_and_when",  # "a rope in his cupboard and he means to use it the night"; "ma sleepin tablets ... gonnae take aw o the night"
     r"\b(?:rope|noose|belt|cable|flex|pills|tablets|sleeping tablets|sleepers|painkillers|meds|insulin|shotgun|gun)\b[\w' ,.]{0,80}?\b(?:means?|meaning|intends?|plans?|planning|going|gonna|gonnae|gaun) (?:to |tae )?"
     r"(?:use (?:it|them)|take (?:the lot|all|aw|every|them all|them aw)(?:[\w' ]{0,12})?|hang (?:himself|herself|myself|masel))\b[\w' ]{0,15}?\b(?:tonight|the night|this evening|the nicht|da nicht|when (?:they'?re|everyone'?s|the \w+ (?:is|are)) (?:asleep|in bed|out))\b"),
    ("suicidal", "going_over_tonight",  # "been out at the cliffs at Yesnaby twice this week and tonight I'm going to go over"
     r"\b(?:cliffs?|bridge|edge|kelpies|canal|pier|harbour|viaduct|quarry|multi.?storey|river|loch)\b[\w' ,.]{0,80}?\b(?:tonight|the night|the nicht|da nicht|this time)\b[\w' ,]{0,25}?\b(?:i'?m|i am|am|she'?s|he'?s|going|gonna|gonnae|gaun) (?:going |gonna |gonnae |gaun )?(?:to |tae )?(?:go over|go off|jump|go in)\b|"
     r"\b(?:at|on|by) the (?:kelpies|canal|cliffs?|bridge|river|harbour|pier|viaduct|quarry)\b[\w' ,.]{0,60}?\b(?:going|gonna|gonnae|gaun) (?:to |tae )?(?:walk|jump|go) (?:in(?:to|tae)?|off|aff|over) (?:the|da) (?:canal|river|water|sea|loch|harbour|edge)\b" + _SWIM),
    ("suicidal", "not_here_by",  # "I dunna think I'll still be here by da weekend"; "for when I am not here any more ... better for everybody"
     r"\b(?:don'?t|dinnae|dunna|do not) think (?:i|ah)(?:'ll| will) (?:still )?be (?:here|around|alive) (?:by|for|at|come)\b|"
     r"\bfor when (?:i|ah)(?:'m| am) (?:not|no|nae) (?:here|around|alive) any ?(?:more|mair)\b[\s\S]{0,120}?\b(?:better for every(?:body|one)|insurance|sorry|goodbye)\b"),
    ("suicidal", "birthday_cards_ahead",  # "wrote the weans a card fur every birthday up tae eighteen ... that's me sorted noo"
     r"\b(?:card|letter|present)s? (?:for|fur|fir) (?:every|each|all (?:their|his|her|the)) (?:birthday|christmas)s?\b[\w' ,.]{0,40}?\b(?:up (?:to|tae|till|until)|till|until) (?:(?:they'?re|he'?s|she'?s|they are) )?(?:1[6-9]|18|eighteen|sixteen|twenty-one|21)\b"),
    ("suicidal", "signing_off_payout",  # "They'll get mair fae the payout than they ever got fae me alive. This is me signin aff."
     r"\b(?:payout|insurance|life cover|pension)\b[\w' ,.]{0,60}?\bthan\b[\w' ,.]{0,30}?\balive\b|\bthis is me (?:signing|signin) (?:off|aff)\b"),
    ("suicidal", "farewell_phone_off",  # "thanking me for everything and asking me to look after her son from now on. She has since switched her telephone off"
     r"\b(?:thank(?:ed|ing|s)? (?:me|us)? ?for everything|look after (?:her|his|my) \w+ from now on)\b[\s\S]{0,140}?\b(?:switched|turned|put) (?:her|his|their|the) (?:tele)?phone off\b|"
     r"\blook after (?:her|his|my) \w+ from now on\b[\s\S]{0,80}?\bthank\w* (?:me|us)? ?for everything\b|\bthank\w* (?:me|us)? ?for everything\b[\s\S]{0,80}?\blook after (?:her|his|my) \w+ from now on\b"),
    ("suicidal", "wont_need_the_next",  # "given his dog to a friend and that I will not need to book his next appointment"; "I'll no need tae chase her attendance efter this week"
     r"\b(?:given|gave|gied|left|sorted (?:oot|out) who gets) (?:away )?(?:his|her|their|the) (?:dog|dug|cat|laptop|plants|van|car|tools)\b[\s\S]{0,120}?\b(?:won'?t|will not|'ll no|'ll not|'ll nae) need (?:to |tae )?(?:book|chase|see|phone|call|ring|visit|check on)\b"),
    ("suicidal", "wont_be_needing_where_going",  # "I'll no be needin dem whaur I'm gaun"
     r"\b(?:won'?t|will not|'ll no|'ll not|'ll nae) be need(?:ing|in) (?:them|dem|thaim|it|these|those)\b[\w' ,]{0,20}\b(?:where|whaur|whar|wherr) (?:i'?m|am|i am) (?:going|gaun|gaan|goin)\b|"
     r"\b(?:won'?t|will not|'ll no|'ll not) be (?:around|aroond|here|hame) (?:for|fir|fur) (?:up helly aa|hogmanay|christmas|new year|the (?:gala|show|regatta|festival|match|wedding))\b[\s\S]{0,60}?\b(?:keep me a|save me a|count me out)\b"),
]
_COMPILED = [(t, cue, re.compile(p)) for t, cue, p in _PATTERNS]
_PRIORITY = {t: i for i, t in enumerate(
    ("overdose", "medical", "child_at_risk", "suicidal", "self_harm", "abuse"))}
assert set(_PRIORITY) == set(CRISIS_TYPES)

# Cues that cancel a match when they come just before it ("I'm not going to ...").
_NEGATION = re.compile(
    r"\b(?:not|never|no|nae|dont|don'?t|didnt|didn'?t|wont|won'?t|wouldn'?t|wouldnt|aint|ain'?t|"
    r"isnae|willnae|dinnae|dinna|dunna|divna|no longer|nobody|none|stopped|quit|without|denies|denied|deny|"
    r"no plans?|no intention|no thoughts?|not thinking)\b|n't\b"
)
# Patterns that carry their own negation are never cancelled by it.
_SELF_NEGATED = {"depressant_cant_breathe", "at_the_drop_now", "leaving_them_be", "choking_now", "broken_cant_get_up", "too_many_typed", "child_alone_no_adult", "cant_talk_he_is_near", "has_hit_her", "farewell_not_answering", "put_up_with_me",
                 "children_left_alone", "watched_now", "never_hear_again", "not_your_fault", "thanks_no_more", "no_contact_after", "took_with_symptoms", "head_injury", "serious_injury", "goodbye_then_silence", "fall_head_injury", "withdrawal_fits", "taking_all", "not_answering", "not_breathing", "last_things", "child_whereabouts", "wont_wake", "unresponsive", "dont_want_to_live",
                 "cant_breathe_other", "cant_breathe_self", "child_danger", "fear_partner",
                 "cant_get_awake", "blood_loss", "want_it_to_end", "not_be_around",
                 "control_now", "child_unsafe_now", "want_to_die", "means_at_hand", "hurting_me",
                 "avoiding_him", "hit_only_me", "child_not_fed", "nobody_would_miss", "chest_not_moving",
                 "affairs_in_order", "not_going_home", "pregnancy_danger", "not_waking", "planning_how",
                 "no_bother_waking", "if_you_dont_hear", "no_adult_home",
                 "goodbye", "sure_not_to_wake", "taking_the_child", "child_exploited",
                 "pills_in_hand", "made_to", "kept_in", "farewell_signs", "heart_attack_signs", "means_distrust",
                 "not_alive_for", "child_in_car", "cardiac_arrest", "not_see_tomorrow", "unsafe_to_say",
                 "giving_away_goodbye", "took_a_lot_feeling_it", "sleep_and_not_wake", "not_here_by",
                 "wont_need_the_next", "wont_be_needing_where_going"}


def years_before(year: int) -> str:
    """A regular expression for the years 1950 to `year` - 1 (for 2026: 19[5-9]\\d|20[01]\\d|202[0-5])."""
    parts = [r"19[5-9]\d"]
    decade, unit = divmod(year - 2000, 10)
    if decade:
        parts.append(r"20[0-%d]\d" % (decade - 1) if decade > 1 else r"200\d")
    if unit:
        parts.append(r"20%d[0-%d]" % (decade, unit - 1))
    return "|".join(parts)


# A year before this one, alone ("ket-related collapse 2023"): the past, like "in 2023".
_PAST_YEARS = r"(?<![\d/.:\u00a3$-])(?:" + years_before(date.today().year) + r")(?![\d/.:%-])"
# A clause about the past (and nothing now) is not a crisis.
_PAST = re.compile(
    _PAST_YEARS + r"|"
    r"\b(?:tried|attempted)\b[\w' ]{0,30}\bat (?:1[0-9]|[2-6][0-9])\s*(?:[.,;!]|$)|"
    r"\b(?:used to|use to|used 2|what (?:should|could) i have done|before,? in (?:the )?camp|years? ago|yrs? ago|(?:a |the )?(?:couple|few|two|three|four|five|six|\d+) (?:month|week|year|yr) ago|couple (?:of|o) (?:weeks?|months?|years?) back|months ago|last (?:year|yr|month|summer|christmas|winter|spring|autumn|new year|hogmanay|easter|halloween|bonfire night|burns night)|(?:is|'s|are|'re) out now (?:and|an|n) (?:ok|okay|fine|well|grand|alright)|(?:^|\. )at (?:the age of )?\d{1,2},? (?:i|he|she|we)\b|not in that (?:place|space|headspace|dark place) (?:now|any ?more)|(?:was|were) in (?:the )?[\w ]{0,20}(?:hospital|infirmary|royal|ninewells|ward|icu) for (?:a |\w+ )(?:days?|weeks?|nights?)|"
    r"when (?:i|a) (?:was|wis) (?:younger|a kid|a teenager|at school|wee|in my teens|\d+|\w+teen|twenty\w*|thirty\w*|forty\w*)|as a (?:teenager|kid|child)|"
    r"in the past|back in \d{4}|in \d{4}|this year|(?:a|one|two|three|\d+) (?:years?|months?) past\b|(?:overdose|od|the one) that (?:killed|took)|(?:the|her|his|their) (?:overdose|od) (?:killed|destroyed|took)|when (?:he|she|they) (?:was|were) (?:\d+|wee|little|a baby|a toddler|younger|a kid|a teenager)|died|dead now|passed away|passed on|(?:that'?s|that has|it'?s|it has|has|have) (?:all |long )?passed\b(?! away| on)|had a (?:few |couple of )?(?:weeks?|months?|spell|time|period|patch) (?:where|when) (?:i|he|she|they)\b|lost (?:my|his|her|our|two|three|four|five|a few|\w+) (?:\w+ )?to|"
    r"a while ago|(?:a|a wee|a long) while back|long time ago|ages ago|history of|previous|in the (?:\d0s|sixties|seventies|eighties|nineties|noughties)|never again\s*(?:[.!]|$)|now i(?:'?m| am) (?:better|fine|ok|okay|well|safe)|(?:that'?s|thats|that is|it'?s|its|it is) (?:all |long |well )?behind (?:me|us|him|her)|there was a (?:point|time|period|spell) (?:during|in|when|after|at)\b|(?:got|pulled|helped) (?:me|her|him|them|us) through(?! the)|doing (?:much |a lot |loads |so much )?(?:better|well) now|before (?:i|we) (?:left|got away|got out|moved out|came to|come to|came here|came over)|previously|survived|recovered from|"
    r"\bthe year (?:of|after|before) (?:the|my|our|his|her|their)\b|\b(?:haven'?t|havent|have not|not) (?:done it |self.?harmed |cut )?since (?:i was|i were|school)\b|\ball through (?:high |secondary )?school\b|\bnot like that (?:now|any ?more|these days)\b|\bhx (?:of )?(?:od|overdose)\b|\bresus'?d\b|years back|(?:a couple of|a few|two|three|four|five|six|\d+) (?:weeks?|months?|years?) back|(?:^|\. )(?:a )?year past\b|(?:in )?a better place now|back in the (?:summer|spring|winter|autumn|day)|(?:winters?|summers?|christmases) (?:back|ago)|one (?:winter|summer|spring|autumn|christmas|hogmanay)|bereave\w*|back when|(?<!one )(?<!for )(?<!for the )last time(?! (?:any ?(?:one|body)|you|ye|yous)\b)|(?:in|at) the last (?:one|place|hostel|flat|house|b&b|digs)|weeks ago|last term|last weak|last season|since i last|(?:out|oot) the other side|(?:it'?s|its) (?:heal\w*|heeling)|"
    r"(?:when|before|after|where|since) (?:he|she|they|\w+) (?:overdosed|od'd)|'s overdose|non.fatal (?:od|overdose)|"
    r"(?:he|she|they) (?:lived|survived|came round|pulled through)|(?:was |were |got |been )?revived|(?:has|'s|have|'ve) recovered|(?:awake|conscious|sitting up) now (?:and|an|n) (?:talking|chatting|fine|ok|okay|grand)|got (?:him|her|them) back|brought (?:him|her|them) round|"
    r"medically (?:ok|okay|fine|fit|stable)|witnessed|(?<!just )(?<!jist )disclosed|we had a (?:man|woman|guy|lad|lassie|resident|client|customer|person|patient)|"
    r"who (?:attacked|hit|battered|hurt|assaulted|raped|stabbed) me|after (?:the |domestic )?abuse|"
    r"(?:abuse|self.?harm\w*|overdose|suicid\w*) history|"
    r"(?:in|last) (?:january|february|march|april|may|june|july|august|september|october|november|december)|that was (?:in )?(?:\d{4}|years ago|ages ago)|that time\b|"
    r"(?:he|she|they|i) (?:was|were) (?:fine|ok|okay|alright|grand) after(?:wards)?|(?:she'?s|he'?s|they'?re|she is|he is|they are) (?:on obs |being looked after )?in (?:the )?hospital now|on obs in hospital|"
    r"(?:home|stable|fine|ok|okay|safe|well|settled|calm) now|now (?:settled|stable|calm)|been quiet since|before,? in my country|"
    r"now i am\b[\w' ]{0,30}\bsafe|i am safe|i'?m safe now|(?:after|since) (?:my|his|her|their|the|an|a) (?:\w+'?s? )?(?:overdos\w*|od)\b|after (?:my|his|her|their) (?:heart attack|stroke)\b(?! (?:this|today|tonight|earlier|just|an hour|\d+ (?:min|mins|minutes|hours?) ago))|after overdoses|(?:was|were|been|got|get|has been|had been|now) discharged|discharged now|discharged (?:yesterday|last|on|from|home|after)|"
    r"when (?:my|his|her|their) \w+ (?:overdosed|od'd|died|passed)|back in the day|when \w+ was alive|the (?:night|day) (?:i|we|she|he) left|(?:that was|it was) a one.off|in (?:first|second|third|fourth) year\b|(?:before|afore) (?:i|he|she|they|we) (?:was|were|got|had)|(?:and|but|now) (?:doing|daein|doin) (?:much |a lot )?better|(?:in a )?better place now|"
    r"(?:now|these days),? (?:she'?s|he'?s|i'?m|they'?re|we'?re) (?:safe|fine|ok|okay|doing (?:well|better)|better)|"
    r"(?:she'?s|he'?s|i'?ve|she has|he has|they'?ve|they have|i have) been (?:well|fine|ok|okay|grand|alright|good) (?:ever )?since|"
    r"\b(?:was|were|had|did|used|overdosed|od'?d)\b[\w' ,]{0,30}\bin (?:my|his|her|their) (?:teens|twenties|thirties|forties|fifties)\b|\b(?:winter|summer|spring|autumn|year|christmas) before last\b|"
    r"(?:i'?m|i am|she'?s|he'?s|she is|he is|we'?re) (?:well |long )?past (?:that|it)\b|\b(?:stable|well|fine) since\b|(?:is|'s|are) (?:quite |fully |now |totally )?recovered\b|"
    r"\bspent (?:a|two|three|\d+) (?:days?|nights?|weeks?) in\b|\bbrought me round\b|\bdischarged (?:after )?\d+ ?(?:h|hrs|hours|days)\b|"
    r"\b(?:od'?d|overdosed) (?:in )?(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\b(?:overdosed|od'?d|took an overdose)\b[\w' ]{0,20}\bin the (?:summer|spring|autumn|winter)\b|"
    r"\bin 1[89]\d{1,2}\b|\bin 20[0-2]\d?\b|"
    r"\b(?:i|he|she|they) (?:was|were) (?:suicidal|self.?harming|in an abusive)|(?:took|had|taken) a fit when (?:he|she|they|i) (?:did|stopped|came off|tried))\b"
)
# Recent past: over for overdose/medical, but still a live risk for suicide/self-harm/abuse.
# A death marked by a funeral or an anniversary rules out only its own clause ("here for the
# anniversary, and he's slumped in the toilet gurgling" is an overdose now).
_PAST_CLAUSE = re.compile(r"\b(?:funeral|anniversary)\b")
_RECENT_PAST = re.compile(
    r"\b(?:last night|yesterday|last week|last wk|last weekend|the other day|few days ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|on (?:sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri)\b(?! (?:the|a|an|my|his|her)\b)|(?:sat|sun|fri|mon|saturday|sunday|friday|monday|tuesday|wednesday|thursday) night|ambulance (?:came|attended|took (?:him|her|them))|"
    r"was in hospital|ended up in (?:the )?hospital|in hospital now|is in hospital|recovering)\b"
)
# "took a fit 10 min ago": now, and not a habit even when the sentence says "for ages".
_JUST_HAPPENED = r"(?:\d+|a few|a couple of|five|ten|twenty) ?(?:min|mins|minutes|secs|seconds) ago|just now"
_MINUTES_AGO = re.compile(rf"\b(?:{_JUST_HAPPENED})\b")
_HAPPENING_NOW = re.compile(
    r"\b(?:is|'s|are|'re) (?:having|taking) a (?:fit|seizure)\b|"
    r"\b(?:been going|going on|lasted) (?:for )?(?:about |over |nearly )?(?:\d+|two|three|four|five|ten) (?:min|mins|minutes)\b")
# A story of the past that ends in how the person is now ("This was 2019. Now I am better.").
_NOW_BETTER = re.compile(
    r"\b(?:i|we|she|he) (?:got|came|pulled) through (?:it|that)\b|"
    r"\b(?:she'?s|he'?s|i'?ve|she has|he has|they'?ve|they have|i have) been (?:well|fine|ok|okay|grand|alright|good) (?:ever )?since(?: then)?\b|"
    r"\bnow (?:i'?m|i am|it'?s|it is|everything'?s|everything is|we'?re|we are) (?:much |a lot |so )?(?:better|safe|fine|well|ok|okay|alright|grand|finished|over)\b"
    r"(?![\w' ,]{0,20}\b(?:but|until|till|for now|except))|"
    r"\b(?:i'?m|i am|she'?s|she is|he'?s|he is|we'?re|we are) in a (?:much |far |way |lot |so much )?better place now\b(?![\w' ,]{0,20}\b(?:but|until|till|except))")
_PRESENT = re.compile(
    r"\b(?:(?:won'?t|will not|wont|isn'?t|is not|not) (?:respond|responding)\b|(?:can'?t|cannot|cannae|canny|cant|won'?t|will not|wont) (?:wake|waken|rouse)\b|"
    r"still (?:not|no|isn'?t|hasn'?t|has not) (?:waking|woken|breathing|responding|moving|come round)|(?:is|'s|are|'re) (?:still )?(?:unconscious|unresponsive|barely breathing|hardly breathing)|(?:is|'s|are|'re) making (?:a |an |that |this )?(?:\w+ ){0,2}(?:snoring|gurgling|rattling|choking|gasping) (?:noise|sound)s?|(?:has|'s|have|'ve) (?:just )?gone (?:unconscious|limp|floppy)|"
    r"right now|tonight|today|(?<!never )(?<!anything like it )(?<!anything like that )(?<!work )(?<!working )(?<!sleeping )(?<!eating )(?<!driving )(?<!smiling )again|picking (?:her|him|me|them) up|coming back (?:later|tonight|soon)|(?:back|home|hame) soon|waiting for (?:me|her|him)|now (?:i'?m|i am|he'?s|she'?s|they'?re|he is|she is|they are)(?! (?:safe|fine|ok|okay|alright|doing|better|well|home|clean|sober|settled|stable|in recovery))|(?:is|are|am|'s|'re|'m) being (?:assaulted|hit|beaten|battered|abused|hurt|threatened|held)|waiting outside|(?:have|'ve|has|'s|just) started|(?<!can't )(?<!cant )(?<!cannae )(?<!canny )(?<!cannot )keep(?! (?:doing|daein|doin) (?:this|it|that)\b)|keeps|currently(?! (?:stable|well|settled|abstinent|engaging|sober|clean|in recovery|doing well))|at the moment|atm|"
    r"still (?:want|wanting|feel like (?:dying|ending|i want)|cutting|harming|hurting|doing it|at it|hitting|beating|suicidal|self.?harm\w*)|"
    r"(?<!go )(?<!goes )(?<!went )(?<!gone )(?<!moved )back to|since (?:last night|yesterday|this morning)|now (?:her|his|their|my|the) (?:lips|face|breathing|chest|skin|eyes|heart)\b|(?:is|'s|are|'re) (?:back )?(?:at|outside|ootside) (?:the|my|ma|her|his) (?:door|window|flat)|(?:trying|tryin) to (?:leave|get in|(?:kick|boot|smash|break|force) (?:it|the door|my door|ma door|the windae|the window) (?:in|down|open))|(?:not|no|isn'?t) answering|(?:is|are|'s|'re) (?:at home |in the (?:house|flat|room) )?(?:alone|on (?:his|her|their) own)|(?:i'?m|i am|we'?re|we are) (?:hiding|in the (?:bathroom|toilet|bedroom|loo|cupboard) with the door)|(?:is|are|'s|'re) (?:sat|sitting|standing|waiting) (?:outside|ootside|at) (?:my|ma|the) (?:door|flat|house|window)|(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|i'?ve been|i been|he'?s been|she'?s been) (?:seeing|hearing) (?:things|people|voices|bugs|spiders|my|ma|his|her)(?! (?:gp|doctor|worker|counsellor|nurse|psychiatrist|therapist|key ?worker|support worker|cpn|psychologist))|just had|waiting to see what mood|(?:it|they|the fits?|the shaking)(?: won'?t| will not| wont) stop|scared to go home|(?:going to|gonna|about to) (?:have|take) (?:another|a) (?:fit|seizure)|(?:is|'s|are|'re) (?:sat |sitting |waiting )?in the waiting room|(?:she'?s|he'?s|i'?m|she is|he is|i am|they'?re|they are) terrified|(?:scared|afraid|frightened|feart|terrified) (?:to|tae) go back|(?:going|goin|gaun|heading) (?:back )?(?:home |hame )?to (?:him|her|them)\b(?! (?:for|about)\b)|" + _JUST_HAPPENED + r"|most (?:nights|days|mornings)|lately|(?<!alright )(?<!all right )(?<!okay )(?<!ok )(?<!fine )(?<!well )(?<!better )these days|"
    r"(?:scared|afraid|frightened|feart|terrified) (?:to|tae) go (?:home|hame)|(?:i'?m|i am|we'?re|we are) (?:with|wi) (?:her|him|them) now|"
    r"(?:fitting|fittin|seizing|convulsing) on the (?:floor|flor|flair|ground|couch|settee|bed|pavement))\b"
)
# Thoughts that go on now keep a past attempt or past self-harm live ("tried last year and
# still think about it"); for other types they are memory ("used to hit me when I was wee,
# still think about it").
_STILL_THINKING = re.compile(r"\bstill (?:think|thinking|thinkin)\b")
_THOUGHTS_LIVE = frozenset({"suicidal", "self_harm"})
# "I used to..." ends a habit of self-harm or abuse, not a body that is failing now
# ("my leg where I used to inject is black").
_USED_TO = re.compile(r"\b(?:used to|use to)\b")
_HYPOTHETICAL = re.compile(
    r"\b(?:what (?:do|should|would) (?:i|you|we) do if|what if|how (?:do )?(?:i|you) (?:spot|know|tell)|signs? of|"
    r"what are the signs|in case|training|course|learn|leaflet|kit(?! (?:w|wi|with|on) me\b)|carry|prevent\w*|avoid|risk|"
    r"awareness|deaths|statistics|figures|might|could|in case|(?:scared|worried|worry|worrying|worries|afraid|feart|frightened|fear)\b[\w' ]{0,20}(?:od|overdos\w*))\b"
)
# Asking for information about a crisis, not in one ("signs of an overdose", "what's
# coercive control"): rules out a match that is only a crisis word (_WORD_CUES).
_INFO_QUESTION = re.compile(
    r"\b(?:signs? (?:of|o)\b|(?<!at )risks? of|symptoms? of|a sign (?:that|of)|what (?:is|are|'?s) (?:the|da) (?:signs?|symptoms?|difference)|"
    r"difference between|training|prevention|awareness|courses?|leaflets?|is it true|drafting|what happens (?:if|when (?:you|someone|somebody|a person|people|folk))\b|"
    r"(?:response|our|a|the) protocol|what (?:does|do|would) (?:a |an )?[\w' ]{0,25}\b(?:look|sound) like|what would happen if|can (?:you|someone|a person) (?:have|get|take) an? |"
    r"what'?s the best way to (?:ask|talk|help|support|approach)|prepping for|what (?:should|do|can) i say to|"
    r"(?:a lot of|lots of|many|more|fewer|near.fatal|non.fatal|see|seen|seeing) overdoses|"
    r"overdose (?:app|awareness|response|kit)|naloxone (?:training|kits?)|"
    r"(?:what'?s|what is) the (?:protocol|procedure|policy)|(?:protocol|procedure|policy) (?:if|when|for)|how long (?:after|before|does|do|can)|can (?:someone|you|a person) (?:still )?(?:overdose|od)|"
    r"how (?:do|can|should|would) (?:i|we|you) (?:talk to|support|help|spot|tell|know|recogni[sz]e|deal with|"
    r"cope with|approach|handle|respond to|manage)\b|(?:show|shows|come|comes) up on (?:my|your|his|her|their|a|the) (?:\w+ )?records?|what (?:should|do|can|would) (?:i|we|you) do if|"
    r"what(?:'?s| is| does) (?:coercive|domestic|self.?harm|an overdose|overdose|suicide)|"
    r"if (?:my|a|someone|somebody|your)\b[\w' ]{0,25}\b(?:overdos\w*|od'?d|self.?harm\w*)\b[\w' ]{0,25}\bwould|"
    r"that'?s why i'?m asking|what'?s (?:our|my|the|the \w+'?s) duty|tell the difference|(?:poem|book|novel|story|film|lesson|play|song|documentary|topic|assembly|poster|talk) (?:about|on)|\b(?:band|covers?|track|album|lyrics|theme tune|sings?|singing|song)\b[\w' ]{0,15}(?:'|\bcalled\b|\bnamed\b|\btitled\b)|is (?:that|this|it) normal)"
)
# A what-if that holds even for cues that carry their own negation ("what should I do if
# my pal ever stops breathing"), and habits that are not an emergency now ("chest pains
# after coke every weekend").
_CONDITIONAL = re.compile(
    r"^if\b|^should\b[\w' ]{0,30}\bever\b|\bin the event (?:that|of)\b|\bwhat happens if\b|"
    r"\bshould (?:my|a|the|one|someone|somebody|he|she|they|anyone|anybody)\b[\w' ]{0,30}\bever\b|\bwere (?:a|the|my|one|someone|somebody|he|she|they|anyone|anybody)\b[\w' ]{0,30}\bever to\b|"
    r"^gin (?:een|ane|ma|my|he|she|they|someone|somebody|a|the|i|ye|you|onybody|anybody)\b|\bwhat (?:should|do|would|can) (?:i|a|we|you) do if\b|\bwhat (?:should|would|do|can) (?:i|we) do (?:with (?:it|them|that)|then) if\b|\bwhen (?:\w+ ){0,2}goes blue\b|\bif\b[\w' ]{0,40}\bever\b|\bif\b[\w' ]{0,30}\b(?:starts?|happens?|were to|was to)\b|\bin case\b|\b(?:want|wint|wantae|wannae|wanna) (?:to|tae) be (?:ready|prepared)\b|\bone day\b|"
    r"\bif (?:someone|somebody|a person|a friend|my pal|a pal|your pal|they|he|she)(?:'s| is| was| were)? (?:having|has|takes|stops|ever|is)\b|"
    r"\bif (?:someone|somebody|a person|anyone)(?:'s| is)? (?:breathing|not breathing|unconscious|unresponsive|blue|gurgling|snoring)\b|"
    r"\bif (?:a|the|our|my|one of (?:our|my|the)) (?:client|patient|tenant|resident|pupil|student|service user|customer|young person)s? (?:discloses|says|tells|mentions|talks|reports|took|takes|has taken|had taken|overdoses|overdosed|ods|collapses|collapsed)\b|"
    r"\bhow (?:do|would|will|can|could|should) (?:i|you|we|one|someone|people|anyone) (?:know|tell) if\b|"
    r"\bwhat (?:should|do|would|can|must) (?:[\w']+ ){1,3}do if\b|\bwhat (?:[\w']+ ){0,2}ought to do if\b|\bwhat (?:should|do|would|can|must) (?:i|we|you|staff|they) (?:advise|say|tell (?:them|him|her)|recommend|suggest) if\b|\bwhat (?:i|we) (?:do|should do|must do) if\b|"
    r"^say (?:i|you|we|someone|somebody|my|a|one|the|he|she|they|your)\b|\bwhat (?:am i|are we|is (?:a|the|my) \w+) (?:meant|supposed) to do (?:if|till|until|when)\b|"
    r"\bwhen (?:a|the|our|my|one of (?:our|my|the)) (?:client|patient|tenant|resident|pupil|student|service user|customer|young person)s? (?:discloses|says|tells|mentions|talks|reports)\b|\bsupposing\b|^suppose (?:i|you|we|someone|somebody|my|a)\b|\bhypothetically\b|\blet'?s say\b|\b(?:what'?s|whats|wats|what is) the (?:protocol|procedure|policy|process) (?:if|when|for)\b|"
    r"\bwhat (?:should|do|can) (?:a|the|our) (?:worker|staff|member of staff|nurse|volunteer|teacher) do if\b|"
    r"\b(?:what|fit|whit) (?:wid|wad|would|should) (?:i|we|ah|a) (?:dae|do|dee|say) if\b|\bis (?:that|this|it) how (?:folk|people|someone|somebody|you|they|a person)\b|"
    r"\bif (?:someone|somebody|some1|sum1|a person|anyone|anybody)(?:'s| has| had)? (?:goes|went|gets|got|takes|took|taken|mixes|mixed|swallowed)\b|\bfor (?:my|our|the) cpd\b|\bshould (?:the worst|anything like that) (?:ever )?happen\b|\bif the worst (?:ever )?happens?\b|"
    r"\bif (?:a|the|our|my|one of (?:our|my|the)) (?:\w+ )?(?:finds?|comes? across|sees?) (?:someone|somebody|a person|anyone|a \w+)\b|\bif (?:i|we) (?:ever )?(?:find|found|come across|came across) (?:him|her|them|someone|somebody)\b|"
    r"\b(?:just )?so (?:i|we) know for (?:the )?(?:future|next time)\b|\bfor future reference\b|\bwhat'?s the (?:move|drill|plan|best thing(?: to do)?) if\b|\bwhat'?s (?:the )?best practice if\b|"
    r"\basking (?:just )?so (?:i|we) know\b|\bfor (?:my|our) own training\b|\bfor (?:our|the) (?:staff|team) training\b|\bif (?:i|we) (?:arrive|turn up|walk in) (?:at|to|and)\b|"
    r"\bif (?:i'?m|i am|im) (?:mid[- ]\w+|in the middle of (?:a |my )?(?:shift|service|class|lesson|meeting|session))\b"
)
_HABITUAL = re.compile(
    r"\bevery (?:weekend|time|night|day|morning|session)\b|\bsometimes\b|\bfor (?:weeks|months|ages|years)\b|\bsome (?:nights|days|mornings)\b|\bnow and (?:then|again)\b|"
    r"\bmost (?:days|nights|mornings|weekends)\b|\b(?:i|he|she) gets? (?:these|those|them|panic)\b|(?<!what i )(?<!than i )(?<!than )\busually\b|\balways\b|\boften\b|\ball the time\b|\bafter (?:using|a session|every|a weekend|the weekend)\b|\bkeeps? (?:coming in|getting|having)\b|\bcomes in with\b|(?<!sick )(?<!vomited )(?<!spewed )\b(?:twice|a few times|a couple of times|three times) now\b|\bsince (?:i|he|she|they) (?:started|began)\b"
)
_WORD_CUES = {"suicide_word", "self_harm_word", "abuse_word", "overdose_word", "seizure"}
# A thing, not a person, that is "going to kill me" is an idiom.
_THING_KILLS_ME = re.compile(
    r"\b(?:overdraft|bills?|debts?|rent|job|exams?|homework|commute|hangover|mortgage|course|dissertation|essay|"
    r"shift|deadline|coursework|overtime|heat|cold|stairs|journey|wind|weather|rain|snow|midges|ferry|commute)(?: (?:on|in|up|round|at|out) (?:this|that|the) \w+)?(?:'s| is| are|'re| it)? (?:literally |actually |honestly |pure )?"
    r"(?:gonna|going to|gonnae|gaun tae|will|'ll|is|are) (?:kill|killing|murder|murdering|finish|finishing) (?:me|us)\b")
# Someone who is not a partner "will kill me if I miss her hen do" / "when he sees the
# nets" / "I've burnt the dinner", or "he'd kill for a roll and sausage": everyday idioms,
# not threats. (A partner's "he'll kill me if I leave" stays a threat: partners are not in
# the list, only the jokey "the wife" / "the missus", and leaving is not one of the small
# things.)
_IDIOM_KILL = re.compile(
    r"\b(?:sister|sis|brother|bro|mum|maw|mam|mother|dad|da|father|gran|granny|nan|nana|grandad|grandpa|auntie|aunt|uncle|"
    r"daughter|son|niece|nephew|granddaughter|grandson|"
    r"cousin|pal|mate|friend|bestie|flatmate|skipper|boss|gaffer|teacher|lecturer|tutor|professor|coach|manager|chef|supervisor|foreman|the wife|the missus|the mrs)\b(?:'s| is| will|'ll| says| said)?"
    r"[\w' ]{0,20}?\b(?:kill|murder|strangle|skin|slaughter) me,? (?:if (?:i'?m|i am|im) late|if i (?:turn up|show up|miss|forget|don'?t (?:go|come|turn up|show up|"
    r"make it)|spend|lose|break|scratch|crash|eat|drink)|when (?:he|she|they) (?:sees?|finds? out about|hears? about) "
    r"(?:the|my|what i spent|how much)|(?:i'?ve|ive|i have|cos i'?ve|because i'?ve) (?:just )?(?:burnt|burned|broke|broken|lost|forgotten|spent|missed|been late|"
    r"crashed|scratched|eaten|drunk|ruined|dented|spilled|spilt))\b|\b(?:'d|would|wid) kill for (?:a|an|some|the|my)\b|"
    r"\b(?:mum|maw|mam|mammy|mother|dad|da|gran|granny|nana|sister|brother|auntie|boss|gaffer)(?:'s| is| will|'ll)?[\w' ]{0,20}?\bkill me,? (?:fin|when|whan|if) (?:she|he|they) finds? out\b|"
    r"\b(?:head chef|chef|boss|gaffer|manager|supervisor|foreman|sergeant|sarge|inspector|lecturer|coach|skipper)(?:'s| is)? (?:literally |actually )?(?:gonna|going to|gonnae|gaun tae|will|'ll) (?:kill|murder) me\b|"
    r"\b(?:chef|boss|gaffer|manager|supervisor|foreman|teacher|coach|skipper|mum|maw|mam|dad|da)(?: says| said|'s said)? if i\b[\w' ]{0,40}\b(?:he|she)(?:'ll| will|'d| would) (?:kill|murder|strangle|skin) me\b")
# Figures of speech: someone else "would rather die than" do something ordinary (not "I'd
# rather die"); "nearly had a heart attack" when the police knocked; "I'm going to die in
# that exam".
_FIGURE_OF_SPEECH = re.compile(r"\b(?:he|she|they)(?:'d| would| wid) rather die than\b|\bkill(?:ing|in)? (?:myself|masel|mysel) (?:in|with|wi) (?:this|the) (?:heat|cold|weather|work|job|hedges|garden|shifts?|overtime|gym|training)\b|\boverdosed (?:me|us|him|her) (?:with|on)\b|\b(?:near|nearly|almost) (?:gave|gied|gid|give) (?:me|him|her) a heart attack\b|\ba heart attack waiting to happen\b|\blike (?:you'?ve|ye'?ve|i'?ve|you have|ye have) been hit (?:by|with|wi) a (?:bus|truck|train|lorry|brick)\b|\bthought (?:i|we) (?:was|were) (?:going to|gonna|gonnae) die\b|\bkill(?:ing|in) (?:me|her|him|us|them) with (?:my|his|her|their|your) (?:snoring|singing|jokes|patter|cooking|moaning)\b|\b(?:near|nearly|almost|half) (?:had|have|gave (?:me|him|her)|give (?:me|him|her)|giving (?:me|him|her)) (?:a )?heart (?:attack|atack|attak|attck)\b|"
    r"\b(?:gonna|going to|gonnae|will|'ll) (?:absolutely |actually |literally |totally )?die (?:in|at|during) (?:that|this|the|my|an?|tomorrow'?s?) "
    r"(?:\w+ )?(?:exams?|osce|test|interview|presentation|meeting|shift|match|race|class|lecture|placement|audition|assessment|viva)\b|"
    r"\b(?:exams?|osce|test|interview|presentation|match|race|audition|assessment|viva)\b[\w' ]{0,40}\b(?:gonna|going to|gonnae|will|'ll) (?:absolutely |actually |literally |totally )?die in\s*(?:[.,!]|$)|"
    r"\bi(?:'d| would) rather die than (?:skip|miss|wear|eat|watch|sit through|sit in|sit and|listen to|go to|join|share|talk in)\b|\bwant to die\b[\w' ]{0,40}\babout (?:a|the|her|his|my|their) (?:\w+ )?(?:test|exam|homework|essay|assignment)s?\b")
# Denied just after the words ("Topping myself isn't on my mind"; "Nothing suicidal going on").
_DENIED_AFTER = re.compile(r"^[\w' ]{0,12}?\b(?:isn'?t|is not|'s not|aren'?t|are not|is nae|isnae) (?:on my mind|something i'?m (?:thinking about|planning)|an option|happening)\b")
_NOTHING_BEFORE = re.compile(r"\bnothing\s*$")
# The words denied as soon as they are said: "... harm myself, I'm not."; "asking if I want
# to kill myself. I don't, I never have." (punctuation or the end follows, so not "I'm not
# sure", "I'm not coping", "I don't know what to do").
_DENIED_STRAIGHT_AFTER = re.compile(r"\s*(?:[,.]\s*|,?\s+but\s+)(?:(?:i'?m|i am|im|i'?m really|i'?m honestly) not|i (?:don'?t|do not|never have|never did|won'?t|will not|wouldn'?t))\s*(?:[,.!]|$)")
# A worker's note that the person denies it, later in the sentence ("asked about suicidal
# thoughts, pt denies any intent or plan").
_DENIES_LATER = re.compile(r"\b(?:denies|denied|denying) (?:any )?(?:current |active )?(?:intent\w*|plans?|thoughts|ideation)\b")
# Words of suicide taken back in the same sentence ("I told the wife I felt like ending it
# all but I didn't mean it like that"; "I say I want die but is only joke").
_RETRACTED = re.compile(
    r"\b(?:didn'?t|did not|never) mean (?:it|that)\b|\bto wind (?:us|me|them|her|him|the \w+|people|folk) up\b|\bjok(?:ed|ing) about\b|\b(?:it was|was) (?:only |just )?a joke\b|"
    r"\b(?:is|it'?s|that'?s|was) (?:only|just) (?:a )?(?:\w+ )?(?:saying|chat|banter|patter|talk)\b|\b(?:i was|i'?m|i am|was only|was just|only|just) (?:a |only )?jok(?:e|ing)\b")
# Pills taken as the prescriber said, or spread over days ("took the whole box of antibiotics
# like the pharmacist said"; "took 12 of them over the week"): not an overdose.
_AS_PRESCRIBED = re.compile(
    r"(?<!not )(?<!never )\b(?:as|like) (?:the |my |his |her )?(?:doctor|gp|pharmacist|chemist|nurse|prescriber|dentist) (?:said|says|told (?:me|him|her|them)|prescribed|advised)\b|"
    r"(?<!not )\bas prescribed\b|\b(?:over|across) (?:the|a) (?:week|fortnight|month|few days|weekend)\b")
_TAKEN_CUES = frozenset({"took_too_much", "took_a_lot_feeling_it", "slurring_took_a_lot"})
# Someone else's words of suicide taken back in the same sentence by the writer or by them
# ("He said he wanted tae end it aw but he meant the hostel, he's no suicidal"; "said he'd be
# better off deid but when I asked him straight he said naw, he's no gonnae hurt himself").
_TAKEN_BACK_FOR_THEM = re.compile(
    r"\b(?:but|only) (?:he|she|they) meant (?:the|moving|leaving|getting|going|his|her|their|it about|that about|oot|out)\b|"
    r"\b(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:not|no|nae) (?:meaning|meanin) it\b|"
    r"\b(?:(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:not|no|nae)|he aint|she aint|they aint) suicidal\b|"
    r"\b(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:not|no|nae) (?:going to|gonna|gonnae|gaun tae) (?:hurt|harm|dae|do) (?:himself|herself|themselves|hissel|hersel|anything|anythin|owt)\b|"
    r"\bnot (?:hurting|harming) (?:herself|himself|themselves)\b|"
    r"\basked (?:him|her|them)\b[\w' ,]{0,60}\b(?:and )?(?:he|she|they) (?:said|says) (?:no|naw|nae|not at all)\b")
# Patterns that are themselves an "if" ("if I didn't wake up it wouldn't matter"): a
# conditional does not rule them out.
_CONDITIONAL_CUES = {"kept_in", "injured_and_threatened", "unsafe_to_say", "watched_now", "agreed_signal", "farewell_signs", "not_waking", "affairs_in_order", "assault_now", "found_at", "crash_on_purpose", "if_you_dont_hear",
                     "sure_not_to_wake"}
# "If they send me back inside I'm ending it": a threat on a condition is a threat, unless
# the sentence asks something ("what should I do if I feel I'm going to end it?").
_SELF_THREAT = re.compile(
    r"\b(?:i'?m|i am|im|i'?ll|i will|ah'?m|ah'?ll) (?:ending it|ending my life|ending it all|going to end it|gonna end it|gonnae end it|"
    r"going to kill myself|gonna kill myself|gonnae kill masel|killing myself|doing myself in|thinking (?:about|of|abt) taking (?:the lot|them all|all of them)|taking (?:the lot|them all|all of them)|"
    r"(?:going to|gonna|gonnae|gaun tae) end (?:my life|it all)|end(?:ing)? my life|tak(?:e|ing) my (?:own )?life)\b")
_QUESTION_FORM = re.compile(
    r"\?|^\s*(?:what|how|who|where|when|should|can|could|do|does|is|are)\b|\bwhat (?:should|do|can|would)\b|\bwho (?:do|can|should)\b")
# A team that "battered" or "hammered" another: football, not an assault.
_SPORT = re.compile(
    r"\b(?:battered|hammered|gubbed|thumped|humped|stuffed|beaten|beat|murdered)\b[\w' -]{0,12}\b(?:by|against|at home to|away to)? ?"
    r"(?:hearts|hibs|celtic|rangers|aberdeen|the dons|dundee(?: united)?|motherwell|kilmarnock|killie|st mirren|st johnstone|"
    r"ross county|livingston|livi|partick|thistle|raith(?: rovers)?|dunfermline|the pars|falkirk|ayr(?: united)?|queen of the south|morton|"
    r"caley|inverness|hamilton|accies|airdrie|arbroath|queen'?s park|montrose|peterhead|stenhousemuir|england|scotland|wales|ireland)\b|"
    r"\b(?:beat|battered|hammered|gubbed|thrashed|destroyed|murdered) (?:me|us|him|her) (?:at|in) (?:fifa|pool|snooker|darts|cards|chess|golf|football|fitba|tennis|squash|bowls|scrabble|monopoly|mario ?kart|cod|fortnite|the quiz|a game|the game|a race|the race)\b")
_FEARED_SOME_DAY = re.compile(
    r"\b(?:gonna|going to|gonnae|will|'ll|might) (?:stop breathing|overdose|od|die)\b[\w' ]{0,10}\b(?:one (?:day|night)|some ?day|one of these days|eventually)\b|"
    r"\b(?:feart|scared|afraid|worried|terrified|frightened)\b[\w' ]{0,25}\b(?:stops? breathing|overdoses?|ods|dies|goes over)\b[\w' ]{0,10}\b(?:one (?:day|night)|some ?(?:day|night|time)|one of these (?:days|nights)|eventually)\b|"
    r"\b(?:feart|scared|afraid|worried|terrified|frightened)(?: that)? (?:i'?ll|i will|i might|i'?m going to|i'?m gonna|i'?m gonnae|one day i'?ll) find (?:him|her|them|my \w+)\b")
# A question framed as training or a what-if for work, with nothing happening now (not "I can't
# breathe, my chest is locked after the session, this is for my training").
_TRAINING_FRAME = re.compile(
    r"\b(?:training|trainin|teaching) (?:question|q|session|day|scenario|exercise|purposes)\b|"
    r"\bfor (?:a|our|the|wir|oor) (?:team'?s? |staff |next )?(?:training|trainin|teaching|induction)\b|\bhypothetical(?:ly)?\b|"
    r"\bfor the (?:probationers|students|student nurses|new starts|trainees|volunteers|new staff)\b|\bas part of my (?:work|job|training|course)\b|"
    r"\bdoing the \w+ (?:course|training)\b|\bfor (?:a|an|my|our|the) (?:uni |university |college |course )?(?:assignment|essay|dissertation|module|coursework)\b|"
    r"\bfirst aid (?:training|course)\b|\bfor teaching\b|\bfor (?:a|our|the|my) team (?:session|meeting|talk|briefing)\b|\bjust curious\b[\w' ,]{0,10}\bif\b|^\s*(?:for )?(?:training|trainin)\s*[:\-]")
_WAS_OUT_FOR_HOURS = re.compile(
    r"\b(?:was|were|wis|been)\b[\w' ]{0,10}\b(?:out cold|unconscious|unresponsive|out of it|spark out|knocked out)\b[\w' ]{0,12}\bfor (?:like |about |nearly |over |a good )?(?:\d+|a few|a couple of|two|three|four|five|six|several) hours\b")
_PANIC = re.compile(r"\b(?:panic|panicky|anxiety|anxious|asthma)\b")
# "training question if an officer finds someone not breathing ... does naloxone help or not":
# a question by its own word, with no question mark.
_TRAINING_QUESTION = re.compile(r"\b(?:training|trainin|teaching) (?:question|q)\b|\bwhat (?:are|is) (?:you|we|i|staff|they) (?:meant|supposed) (?:to|tae) do\b")
# Asking so as to be ready some day ("what do I do if he ever stops breathing? I want to be
# ready"): with a question and nothing happening now, it keeps the crisis model out.
_PREPARING = re.compile(
    r"\bif (?:he|she|they|someone|somebody|anyone|anybody|my \w+|i|you|a \w+) (?:ever|one day|some ?day)\b|"
    r"\b(?:want|like|need|wanted) (?:to|tae) be (?:ready|prepared)\b|\bso (?:i'?m|i am|we'?re|we are) (?:ready|prepared)\b")
_NAMED = re.compile(r"\b(?:named|called|calls|call|nicknamed)\b[\w' ]{0,25}$|\b(?:the|that) word\s*['\"]?$")
# A sentence told in the present tense ("his lips are blue and he's no breathing right"): a
# recent-past word elsewhere in the message ("He got out on Tuesday.") does not make it over.
_PRESENT_TENSE = re.compile(r"\b(?:is|are|am|isn'?t|aren'?t|isnae|arenae|he'?s|she'?s|they'?re|i'?m|we'?re|you'?re|it'?s|"
                            r"there'?s|hes|shes|theyre|im|can|can'?t|cant|cannae|canny|cannot|won'?t|wont|think|dunno|"
                            r"feel|feels|need|needs)\b(?! (?:been|had|gone|went|got|was|were|did|done|already|since)\b)")
# A sentence told in the past ("she was asleep and wouldn't wake").
_PAST_TENSE = re.compile(r"\b(?:was|were|wasn'?t|weren'?t|wouldn'?t|couldn'?t|didn'?t|fell|stopped|"
                         r"collapsed|overdosed|passed out|turned|started|gave|needed|brought)\b")
# What makes a sentence part of an overdose story (for _recent_past_of_the_event).
_ABOUT_THE_EVENT = re.compile(
    rf"\b(?:{_DRUGS}|overdos\w*|od'?d|od|took|taken|using|used|injected|collaps\w*|breath\w*|naloxone|narcan|nyxoid|"
    r"ambulance|paramedics?|a&e|resus|revived|round|woke|wake|blue|unconscious|unresponsive|passed out|fit|seizure)\b")
# "They brought him round last time": a story of another time, not how this one ended.
_ANOTHER_TIME = re.compile(r"[\w' ,]{0,20}\b(?:last time|the last time|before|previously|that time|back then|in the past|the time before)\b")
_STILL_BAD = re.compile(r"\bstill (?!think|thinkin|remember|see it|dream)|\bbut\b|\bnow\b|\bagain\b|drows|going under|"
                        r"not breathing|\bblue\b|gurgl|(?:won'?t|can'?t|cannae|canny) wake")
_RESOLVED = re.compile(r"\b(?:brought|got) (?:him|her|them) (?:round|back)\b|\b(?:he|she|they) (?:came round|pulled through|survived)\b|\brevived\b|\bcame (?:round|to) (?:ok|okay|fine|alright|grand)\b")
_SENTENCE = re.compile(r"[.!?;\n]+")
_NOT_A_BODY = re.compile(
    r"\b(?:custody|system|computer|case|trial|deal|plan|talks|business|roof|ceiling|tent|market|scheme|wall|shed|economy|"
    r"team|defence|marriage|network|server|website|sale|company|firm)(?:'s| has| had| is)? (?:just |totally |completely )?collaps|"
    r"\bcollaps\w* (?:laughing|laughin|wi(?:th)? laughter|in (?:fits|stitches))\b")
# "his kids are frightened of him", "she's scared of him when he's wasted": the writer is not
# the one afraid (fear_partner's "scared of him" is the writer's own fear).
_FEARED_BY_OTHERS = re.compile(r"(?:scared|afraid|frightened|feart|terrified) (?:of|o) ")
_THIRD_PARTY_AFRAID = re.compile(
    r"\b(?:she|he|they|kids|children|weans|bairns|sister|brother|son|daughter|boys?|girls?|lads?|lassies?|mum|mother|dad|father|gran|granny|wife|husband|wee ones|the \w+)(?:'s|s| is| are|'re| was| were| gets?| seems?)? "
    r"(?:(?:really|so|pure|dead|absolutely|a bit|quite|always|still) )?$")
_CLAUSE_SPLIT = re.compile(r"[.!?;\n]+|,|\bbut\b|\bbecause\b|\bcos\b|\band\b|\bthough\b")


_NOT_A_NEGATION = re.compile(r"\b(?:no more|nae mair|no longer able|any ?more)\b|"
                              r"\bno (?:sleep|kip|rest)\b|\bnobody (?:gives|cares)\b|"
                              r"\bno (?:house|home|money|job|nothing|nuthin|naething|food|family|friends|hope|one|future)\b|"
                              r"\b(?:can'?t|cant|cannae|canny|cannot) stop(?: (?:thinking|thinkin)(?: about)?)?|"
                              r"\b(?:can'?t|cant|cannae|canny|cannot) (?:get up|move|stand)\b|"
                              # symptoms, not denials: "wont wke up shes brething weird"; "cant brethe rite took to much"
                              r"\b(?:won'?t|wont|winnae|willnae|can'?t|cant|cannae|canny|cannot) (?:wake|wak|wke|waken|rouse|brea?the?)\b|"
                              r"\b(?:not|no|nae) making (?:sense|cents)\b|"
                              # "she's stopped an she's just took a fit": a stop, then what happened
                              r"\b(?:stopped|quit) (?:an|and|n)\b|"
                              # "when I said no he shoved me": "no" is what was said
                              r"\b(?:said|say|says|telt|told|tellt) (?:him |her |them )?no\b(?=\s*$|\s*,|\s+(?:and|so|then|he|she|they)\b)")
# A denial that covers a list: "no thoughts of self harm or suicide", "no thoughts of using
# or hurting myself" (only an "or" list: "no plans for christmas i just want to die" is not one).
_DENIED = re.compile(
    r"\b(?:no|nae|denies|denied|deny|without) (?:current |active |recent )?(?:thoughts?|plans?|intent\w*|"
    r"urges?|ideation) (?:of|to|about|around) (?:[\w'-]+ ){1,6}(?:or|nor) (?:[\w'-]+ )?$|"
    r"\b(?:isn'?t|is not|not|aren'?t|wasn'?t|no longer) having any (?:current |active )?(?:thoughts?|urges?|plans?|intent\w*|ideas?) (?:of|to|about|around)\s*$|"
    r"\b(?:i'?m|i am|am) not saying\b[\w' ]{0,30}$|\b(?:is|it'?s|it is) not that (?:i|he|she) (?:want|wants|wanted) to\s*$|\b(?:isn'?t|is not|not|no|aren'?t|isnae|at no) (?:at )?(?:any )?risk (?:of|to)\s*$")
# Plain statements that nobody is in danger, and everyday idioms that only sound alarming.
# They keep the crisis model (layer 2) out of the message; a lexicon hit still stands
# ("I'm safe for now but I've got the pills ready" is a crisis).
_REASSURED = re.compile(
    r"\bnothing serious\b|\b(?:no|not) (?:immediate|current|present|ongoing) (?:risk|danger)\b|\b(?:not|no|nae) (?:gonna|gonny|going to|goin(?:g)? tae|gonnae|gaun tae) (?:do|dae) (?:anything|anythin|onything|onythin|nothing|nothin|nuthin) (?:stupid|daft|silly|to (?:myself|masel|mysel|maself)|tae (?:myself|masel|mysel|maself))\b|"
    r"\bbleeding (?:me|us|you|him|her|them) dry\b|\b(?:going to|gonna|gonnae|will|'ll) give (?:me|us|him|her) a (?:stroke|heart attack|coronary)\b|"
    r"\b(?:like|as if|as though) it was the end of the world\b|\b(?:not|no|nae|never) (?:gonna|going to|gaun tae|goin tae|gonnae) (?:do|dae|dee) (?:myself|masel|mysel|maself) in\b|"
    r"\bjust venting\b|\b(?:need|want) to vent\b|\b(?:i'?d|id|i would) kill (?:for|fur) (?:a|an|some)\b|\bnot (?:gonna|going to|gonnae) do anything (?:tonight|today)\b|"
    r"\bnot (?:gonna|going to|gonnae) (?:hurt|harm) (?:myself|myslef|mysef|masel)\b|\bdead man walking\b|"
    r"\bno (?:ods|overdoses)\b|\beveryone accounted for\b|\b(?:came|come) (?:round|to) after\b|"
    r"\b(?:he'?s|she'?s|they'?re|i'?m) (?:fine|grand|ok|okay|alright|sound) now\b|"
    r"\b(?:he'?s|she'?s|they'?re) not (?:hitting|hurting|battering) (?:her|him|them|me)\b|\bdon'?t think (?:it'?s|he'?s|she'?s) dangerous\b|\bnot literally\b|\b(?:is|it'?s|just|only) (?:a )?jok(?:e|ing)\b|"
    r"\bkilling me wi(?:th)? (?:his|her|their|the|your|my|all) \w+|\b(?:i'?m|i am|,) (?:fine|ok|okay|alright|grand) now\b|"
    r"\b(?:i'?ll|i will|i'?m gonna|i'?m going to) (?:strangle|murder|throttle|kill|swing for) (?:him|her|them) if\b|"
    r"\b(?:i'?m|i am) safe\b(?! to\b| for now)|\b(?:i have|i'?ve|have) no (?:wish|desire|plans?|intention) to (?:die|end it|hurt myself|harm myself|kill myself)\b|"
    r"\bdying for (?:a|an|some|my) \w+|\bwould blow (?:you|ye|yer|me|us) (?:off|away|over)\b|\b(?:i'?d|i would|i wid|i could) (?:kill|die) for (?:a|an|some|another)\b|\b(?:would|'d|could) kill a horse\b|"
    r"\bif i (?:have to|hear|see) (?:\w+ ){0,4}(?:one more|another)\b[\w' ]{0,40}\b(?:i'?ll|i will|i'?m gonna|i'?m going to) (?:actually |literally |just )?(?:die|scream)\b|"
    r"\bwhat (?:would|should|do) i do if a (?:client|patient|customer|resident|pupil|tenant)\b|\b(?:the wife|the missus|the mrs|the husband|the other half)\b[\w' ,]{0,60}\b(?:she'?ll|he'?ll|she will|he will) (?:murder|kill|skin|strangle) me\b|"
    + _FIGURE_OF_SPEECH.pattern + r"|\b(?:midges|weather|traffic|kids|weans|bairns|this|it)(?: \w+)? (?:are|is|'re|'s|were|was) (?:pure |absolute |total )?murder\b|\b(?:last night|the night shift|the shift|today|yesterday|the night) was a (?:total |right |proper )?bloodbath\b|\bwalking corpse\b|\b(?:near|nearly|almost) (?:had|took|bit) (?:my|ma) head off\b|\bout for blood\b|\b(?:very )?(?:nearly|near|almost) finished (?:me|us|him|her) off\b|\b(?:celtic|rangers|hearts|hibs|aberdeen|dundee|united|killie|motherwell|st mirren|scotland|the team|we|they) got (?:murdered|hammered|slaughtered|pumped|battered|humped|destroyed)\b|\bfatal to (?:the|my|his|her|our|their) (?:appeal|case|application|claim|chances|plans?)\b|"
    r"\b(?:i'?m|im) (?:dead|deid)\b(?=[\w' ,.]{0,120}\b(?:lol|lmao|haha))|\b(?:gaffer|boss|chef|manager|foreman|supervisor)\b[\w' ]{0,10}\bsays? if i\b[\w' ]{0,40}\b(?:he'?ll|she'?ll|he will|she will) (?:kill|murder|strangle|skin|nail|hang|bury) me\b|\b(?:is|are|'s|'re) safe (?:with me|now|tonight|here)\b|"
    r"\bnobody'?s? (?:is |has )?(?:hurting|hitting|harming|touching|touched|hurt|harmed|bothered) (?:him|her|them|me|us)\b|"
    r"\b(?:isnae|isn'?t|is not|not|never|wouldnae|wouldn'?t) (?:hurt|hurting|harm|harming) any(?:body|one)\b|"
    r"\b(?:he|she|they)(?:'s| is|'re| are) not violent\b|"
    r"\b(?:kids|weans|children|bairns|baby|grandson|granddaughter|grandkids|wee one)\b[\w' ]{0,40}"
    r"\b(?:are|is|'s|'re) (?:fine|safe|ok|okay|alright)\b|"
    r"\b(?:he|she|they) (?:woke|came|come) (?:up|round) and\b|"
    r"\bswears (?:she|he|they) (?:doesn'?t|doesnae|does not|isnae|isn'?t|never|hasn'?t|has not)\b|"
    r"\bdead on (?:my|his|her|our) feet\b|\bhit a wall\b|"
    r"\bcould (?:strangle|murder|throttle|kill|swing for) (?:him|her|them)\b|"
    r"\b(?:boss|gaffer|manager|supervisor|supervising partner|registrar|consultant|lecturer|tutor|editor|sergeant|coach|the wife|the missus|mother.in.law|her mother|his mother)\b[\w' ]{0,12}\b"
    r"(?:is |'s )?(?:going to|gonna|gonnae|will|'ll) (?:kill|murder|slaughter) me (?:if|when)\b|"
    r"\b(?:going to|gonna|gonnae) (?:strangle|murder|throttle|kill|swing for) (?:him|her|them) if\b|"
    r"\b(?:hip|back|knees?|feet|legs?|head|heid|teeth|tooth|neck|shoulders?)(?:'s| is| are|'re) (?:murdering|killing|killin) me\b|"
    r"\b(?:awake|conscious|sitting up|up) now (?:and|an|n) (?:talking|chatting|fine|ok|okay|grand)\b|\b(?:came|come|woke) (?:round|to|up) (?:now|straight away|right away)\b|"
    r"\b(?:came|come|woke) (?:round|to|up) and (?:walked|wandered|went|left|refused|got up|sat up|is talking|was talking|started talking)\b|"
    r"\b(?:back home|home now) (?:and|an) (?:looks|seems|is|he'?s|she'?s) (?:fine|ok|okay|grand|alright|well|sound)\b|"
    r"\b(?:says|said) (?:she'?s|he'?s|they'?re|she is|he is|they are) safe\b|\b(?:it'?s|its|all) quiet now\b|"
    r"\b(?:will|'ll|wull|gonna|going to) be the death (?:of|o) me\b|\b(?:near|nearly|almost|half) killed me\b|\bnothing (?:suicidal|like that)\b|"
    r"\b(?:i'?m|i am) not in (?:any )?danger\b|"
    r"\b(?:boss|chef|teacher|gaffer|manager|coach|supervisor|lecturer|mum|maw|mam|dad|da)(?:'s| is| will|'ll)? (?:gonna |going to |gonnae |gaun tae )?(?:murder|kill|strangle|skin) me\b|"
    r"\b(?:not|no|nae) (?:gonna|going to|gonnae|gaun tae) (?:use|drink|score|pick up)\b|"
    r"\bbreathing(?:'s| is)? (?:normal|normally|fine|ok|okay|alright)\b|\bchatting away\b|"
    r"\bno ?(?:one|body)(?:'s| is| was| got| has been)? (?:seriously |badly )?(?:hurt|injured)\b(?! yet)|\b(?:he'?s|she'?s|they'?re|we'?re|he is|she is|they are|we are) (?:all )?safe\s*(?:[,.!?]|$)(?!\s*(?:but|until|till|for now))|"
    r"\b(?:too much|so much|loads of|lots of) (?:coffee|caffeine|red bull|monster|energy drinks?|tea|irn bru)\b|"
    r"\bkicking the (?:life|hell|shite?) out (?:of|o) me\b|"
    r"\bnothing violent\b|\b(?:ewe|ewes|sheep|cow|calf|lamb|horse|plant|plants|tree|hen|goldfish)(?:'s| is| are)? dying\b|"
    r"\b(?:named|called|calls|call) (?:her|his|their|my|ma|the) (?:cat|dog|pup|puppy|kitten|chihuahua|pet|hamster|rabbit|budgie|car|van|boat)\b|"
    r"\b(?:phone|battery|mobile|laptop)(?:'s| is)? (?:about to|aboot tae|going to|gonna|gonnae) die\b|\bphone'?s? (?:dying|deid|dead|on \d+ ?%)|"
    r"\b(?:cat|dog|puppy|kitten|baby|bairn|wean|toddler)(?:'s| is)?\b[\w' ]{0,30}\b(?:trying to|tryin tae|tryna) (?:murder|kill) me\b|\bfeels like (?:she'?s|he'?s|it'?s|they'?re) trying to (?:murder|kill) me\b|"
    r"\b(?:no|nae) (?:blood|bleeding|fever|temperature|temp)\b[\w' ,]{0,20}\b(?:no|nae) (?:blood|bleeding|fever|temperature|temp|swelling|pus)\b|"
    r"\b(?:i'?d|i would|i'?ll|i will) never (?:take too many|overdose|od|hurt myself|harm myself|do anything)\b|"
    r"\b(?:wind|cold|weather|rain|heat|midges|hill|climb|walk|stairs|queue|traffic)\b[\w' ]{0,40}\b(?:would|will|could|'d|'ll) kill (?:you|ye|a person|anybody|anyone)\b|"
    r"\benough to kill (?:you|ye|a horse|anybody|anyone)\b|\b(?:near|nearly|almost) died (?:laughing|getting|walking|going|of (?:shock|embarrassment|fright))\b|"
    r"\b(?:murder|kill|strangle) me\b[\w' ,]{0,40}\b(?:ha|haha|hahaha|lol|lmao)\s*[.!]*\s*$|"
    r"\b(?:i'?m |am |ah'?m )?(?:not|no|nae|won'?t|wont|will not|willnae) (?:thinking of |thinkin of |gonna |going to |gonnae |gaun tae )?(?:do|doing|dae|daein) (?:anything|anythin|onything|onythin)(?: to (?:myself|masel|mysel))?\s*(?:[,.!']|$)|"
    r"\b(?:gonna|going to|gonnae|will|'ll) finish me(?: off)?\b|\b(?:phones?|day|shift|traffic|work|it|brawl|queue)(?: \w+)? (?:was|were|has been|have been|'s been) (?:pure |absolute )?murder\b|"
    r"\b(?:has|'s|is) recovered\b|\bcutting for a (?:comp|competition|fight|show|bout)\b|\bcutting (?:about|aboot|around) wi\w*\b|"
    r"\b(?:isn'?t|is not|not|no|nae|stopped) cutting any ?more\b|\b(?:marks|scars|cuts) are (?:old|healed|faded)\b|"
    r"\bend of (?:my|her|his|their) (?:rope|tether) wi(?:th)? (?:the )?(?:dwp|council|benefits|housing|landlord|job ?centre|bank|universal credit|uc|him|her|them|it)\b|\b(?:i|we) can (?:wake|waken) (?:him|her|them)\b|\bcut(?:ting)? (?:down|back)\b|"
    r"\b(?:passengers|customers|punters|diners|the class|pupils|the whole \w+|every(?:one|body)|the crowd|fans|colleagues)\b[\w' ]{0,10}\b(?:were|was|are|is) ready to (?:murder|kill|lynch|strangle|throttle) (?:me|us)\b|"
    r"\bthought (?:we'?d|we would|we were going to|we were gonna) all\b|"
    r"\b(?:kids|weans|bairns|children|boys|girls)(?: are|'re)? (?:killing|murdering|killin) me\b|"
    r"\b(?:vet|doctor|doc|gp|nurse|hospital|paramedics?)\b[\w' ]{0,10}\b(?:says|said) (?:she'?ll|he'?ll|they'?ll|it'?ll|she will|he will|they will|it will) be (?:fine|ok|okay|alright|grand)\b|"
    r"\b(?:die|dying|died|dee) (?:laughing|laughin|of laughter|of embarrassment|of boredom)\b|"
    r"\b(?:back|feet|legs|knees|head|heid|hip|shoulders?)(?:'s| is| are)? (?:totally |absolutely |pure |just )?(?:wrecked|killing me|murdering me|done in|in bits|knackered)\b"
    r"[\w' ,.]{0,40}\bput (?:me|us) out (?:of|o) (?:my|our|ma) misery\b|"
    r"\bnot (?:thinking (?:about|of|aboot)|planning(?: on)?|going to|gonna|gonnae) (?:ending|end) (?:anything|it|it all|things|my life)\b|"
    r"\b(?:car|van|motor|engine|bike|boat|tractor|radiator|gearbox)(?:'s| is)?\b[\w' ,]{0,30}\b(?:bleeding|leaking|pishing) (?:oil|water|diesel|petrol|coolant)\b|"
    r"\bmouth(?:'s| is)? (?:on fire|burning|in flames)\b|\b(?:would|'d|could|will|'ll) take the (?:face|skin|head|nose|ears) (?:off|aff) (?:you|ye|ya|a person)\b|"
    r"\bcould have (?:strangled|murdered|throttled|killed|swung for) (?:the|them|him|her|that)\b|"
    r"\bhanging on by (?:my |a |the )?(?:fingernails|fingertips|nails|a thread) (?:till|until|til|tae|to) (?:the )?(?:\w+ )?(?:break|holidays?|hols|weekend|friday|payday|christmas|summer|easter|half.?term)\b|"
    r"\b(?:will|'ll|wull|gonna|going to) be the end (?:of|o) me\b|\bhanging (?:off|from) (?:a |the )?rope\b[\w' ]{0,30}\bup (?:a|the) (?:\w+ ){0,2}(?:tree|elm|oak|ash|beech|pine|sycamore|mast|pylon|crane|cliff|wall)\b|"
    r"\b(?:midges|mosquitos|mosquitoes|clegs|flies|bugs)\b[\w' ,]{0,30}\b(?:eating|ate|eaten|eat) (?:me|us) alive\b|"
    r"\b(?:maw|mum|mam|ma|da|dad|gran|granny|the wife|the missus|boss|gaffer)(?:'ll| will| is gonnae| is going to| is gonna) (?:hing|hang) me\b|"
    r"\b(?:hotel|pub|bar|shop|restaurant|town|place|club|ward|office)(?:'s| is| was)? (?:so |pure |totally )?['\"]?dead (?:tonight|today|the night|the day)\b|\b(?:dead|deid) beat\b|"
    r"\b(?:took|taking|take|get|got) a (?:proper |right |real )?battering (?:on|at|in) the (?:river|hill|hills|water|waves|pitch|course|rapids|sea|loch|mountain|trail|track)\b|"
    r"\btake a (?:sledgehammer|hammer|axe|match) to (?:it|the \w+|this|that)\b|\b(?:near|nearly|almost) (?:flattened|trampled|crushed|squashed) (?:me|us)\b|"
    r"\b(?:parlour|lambing shed|shed|byre|calving|lambing|office|shop|market|sale|sales|match|game)\b[\w' ]{0,15}\b(?:was|were|is|'s) (?:a |an )?(?:absolute |total |right |proper )?bloodbath\b|"
    r"\b(?:no ?one|nobody|naebody)(?: here)?(?:'s| is) in (?:any )?danger\b|\bletting off steam\b|"
    r"\b(?:essays?|marking|emails?|paperwork|ironing|washing|laundry|homework|assignments?|reports?|invoices|tax return|spreadsheets?)\b[\w' ,.]{0,60}"
    r"\b(?:send help|(?:may|might) not make it|(?:won'?t|will not) survive)\b"
)


def _negated(before: str) -> bool:
    """A negation in the four words before a match ("no more" is not one: "can't do this
    no more, gonna end it")."""
    return bool(_NEGATION.search(_NOT_A_NEGATION.sub(" ", " ".join(before.split()[-4:]))))


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
            if cue == "fear_partner" and _FEARED_BY_OTHERS.match(match.group()) \
                    and _THIRD_PARTY_AFRAID.search(clause[:match.start() - left]):
                continue  # "his kids are frightened of him": someone else's fear is not, alone,
                # danger now; the crisis model still reads the message
            if _ruled_out(text, clause, left, match.start() - left, crisis_type, cue, match.group()):
                ruled_out = True
                continue
            hits.append(CrisisHit(crisis_type, cue))
            break
    return hits, ruled_out


def _ruled_out(text: str, clause: str, clause_at: int, start: int, crisis_type: str, cue: str,
               matched: str) -> bool:
    if _TRAINING_FRAME.search(text) and (_QUESTION_FORM.search(text) or _TRAINING_QUESTION.search(text)) \
            and not _PRESENT.search(text):
        return True  # "For trainin: if a client stops breathin in a session, naloxone or 999 first?"
    if _FEARED_SOME_DAY.search(clause):
        return True  # "i worry he's gonna stop breathing one night": a fear for the future
    sentence = next((s for s in _SENTENCE.split(text) if clause in s), clause).strip()  # "Question. If someone..."
    if cue in _TAKEN_CUES and _AS_PRESCRIBED.search(text) and not _PRESENT.search(text):
        return True  # "took like 12 of them over the week like the doctor said, feel a bit drowsy"
    if crisis_type == "overdose" and _WAS_OUT_FOR_HOURS.search(clause) and not _PRESENT.search(text):
        return True  # "half my pals were out cold for like 6 hours after" (a batch's effect, told as over)
    if cue == "depressant_cant_breathe" and _PANIC.search(text):
        return True  # "panic attacks, like proper can't breathe, and the only thing that stops them is more blues"
    if cue == "collapsed" and _NOT_A_BODY.search(clause):
        return True  # "custody's collapsed again, the system's down"; "near collapsed laughing"
    if crisis_type == "abuse" and _SPORT.search(clause):
        return True  # "Livi got battered by Hearts again": football, not an assault
    if cue in _WORD_CUES and _NAMED.search(clause[:start]):
        return True  # "she's named her cat Overdose"
    if crisis_type in ("overdose", "medical") and not _PRESENT.search(text):
        resolved = _RESOLVED.search(text, clause_at + start)  # after the cue
        if resolved and not _STILL_BAD.search(text, resolved.end()) and not _ANOTHER_TIME.match(text, resolved.end()):
            return True  # "saw a guy OD in the next cell. They brought him round." (the story
            # ends resolved; not "brought him round but he's drowsy again")
    if crisis_type == "abuse" and _IDIOM_KILL.search(sentence):
        return True  # "my sister'll kill me if I miss her hen do"
    if _FIGURE_OF_SPEECH.search(clause):
        return True  # "she'd rather die than wear the shoes I bought"; "nearly had a heart attack"
    if _THING_KILLS_ME.search(clause):
        return True  # "my overdraft is literally going to kill me": a thing, not a person
    if _DENIED.search(clause[:start]) or (cue in _WORD_CUES and _DENIES_LATER.search(sentence)):
        return True
    if _DENIED_STRAIGHT_AFTER.match(text, clause_at + start + len(matched)):
        return True  # "Please don't think I'm going to harm myself, I'm not."
    if _DENIED_AFTER.search(clause[start + len(matched):]) or (cue in _WORD_CUES and _NOTHING_BEFORE.search(clause[:start])):
        return True  # "topping myself isn't on my mind"; "nothing suicidal going on here"
    if (crisis_type in _THOUGHTS_LIVE or cue == "overdose_word") and _RETRACTED.search(sentence) \
            and not _SELF_THREAT.search(sentence):
        return True  # "I said I wanted to end it but I didn't mean it"
    if crisis_type in _THOUGHTS_LIVE and _TAKEN_BACK_FOR_THEM.search(sentence) \
            and not _SELF_THREAT.search(sentence) and not _PRESENT.search(sentence):
        return True  # "she said she'd rather be deid than go tae jail, but she's no meanin it"
    if cue not in _SELF_NEGATED and (_negated(clause[:start]) or _NEGATION.search(_NOT_A_NEGATION.sub(" ", matched))):
        return True
    if cue in _SELF_NEGATED and _negated(clause[:start]) and not _NEGATION.search(matched):
        return True  # "he's not unconscious": the negation is outside the cue
    conditional = _CONDITIONAL.search(sentence if sentence.strip() else text)
    if conditional and cue not in _CONDITIONAL_CUES \
            and not (crisis_type == "suicidal" and conditional.group() == "in case") \
            and not (crisis_type in _THOUGHTS_LIVE and _SELF_THREAT.search(sentence)
                     and not _QUESTION_FORM.search(sentence)):
        return True  # "pills ready in case it goes badly" is a plan, not a what-if
    if crisis_type == "medical" and _HABITUAL.search(sentence) and not _MINUTES_AGO.search(sentence) \
            and not _HAPPENING_NOW.search(clause) \
            and not (cue == "withdrawal_fits" and _PRESENT.search(clause)):  # "drinking for weeks, stopped yesterday, now he is seeing things"
        return True  # "takes fits now and then", not "he's having a fit on the floor" (on it for weeks)
    if not _PRESENT.search(text) and _PAST.search(text) and _NOW_BETTER.search(text):
        return True  # "In the camp I try to end my life. This was 2019. Now I am better."
    body_now = crisis_type in ("overdose", "medical")
    past_in = (lambda part: _PAST.search(_USED_TO.sub(" ", part))) if body_now else _PAST.search
    if past_in(sentence) and not _PRESENT.search(text) and cue not in ("join_the_dead", "farewell_signs", "leaving_them_be") \
            and not (crisis_type in _THOUGHTS_LIVE and _STILL_THINKING.search(text)):
        return True
    if body_now and _PAST_CLAUSE.search(clause) and not _PRESENT.search(clause):
        return True
    if body_now and past_in(clause) and not _PRESENT.search(clause):
        return True  # an overdose last year is over, whatever else is going on now
    if cue in _WORD_CUES and _INFO_QUESTION.search(sentence):
        return True
    if cue in _WORD_CUES and body_now and clause.strip(" .!?,") == matched.strip() \
            and _PAST.search(text) and not _PRESENT.search(text):
        return True  # "Bereaved mum. Overdose. Lochee.": the word alone, in a message of the past
    recent = _RECENT_PAST.search(text) if cue in _WORD_CUES else _recent_past_of_the_event(text, sentence)
    if crisis_type == "overdose" and recent and not _PRESENT.search(text) \
            and not (cue not in _WORD_CUES and _PRESENT_TENSE.search(sentence)):
        return True  # "OD'd on Saturday, they kept him in"; not "he got out on Tuesday. His lips are blue"
    if crisis_type == "medical" and _RECENT_PAST.search(clause) and not _PRESENT.search(text):
        return True  # "collapsed in the pharmacy yesterday", not "stopped yesterday, now the DTs"
    return crisis_type in ("overdose", "medical") and bool(_HYPOTHETICAL.search(clause)) \
        and cue not in _SELF_NEGATED - {"cant_breathe_self"}


def _recent_past_of_the_event(text: str, sentence: str) -> bool:
    """A recent-past word in the cue's own sentence, anywhere when the cue's sentence is told
    in the past, or in a sentence about the same event (drugs, a body, help coming): "OD'd
    on Saturday. The ambulance came."; not "He got out of prison on Tuesday." beside
    "Tenant found unresponsive, not breathing properly"."""
    if _RECENT_PAST.search(sentence):
        return True
    if _RECENT_PAST.search(text) and _PAST_TENSE.search(sentence):
        return True  # "... last week ... Their mum was asleep on the couch and wouldn't wake."
    return any(_RECENT_PAST.search(other) and _ABOUT_THE_EVENT.search(other)
               for other in _SENTENCE.split(text) if other.strip() and other.strip() != sentence)


@dataclass(frozen=True)
class Assessment:
    hit: CrisisHit | None
    ruled_out: bool  # crisis words were there but negated, past or hypothetical, or the
                     # message says nobody is in danger, or is an everyday idiom
    question: bool = False  # the message asks for information or a what-if
    past: bool = False      # the message tells of the past and says nothing of now


def assess(text: str) -> Assessment:
    """The most urgent crisis in `text`, and whether crisis words were ruled out."""
    if not text:
        return Assessment(None, False)
    norm = normalise(text)
    hits, ruled_out = _hits(norm)
    # the most urgent type; of one type, a description of danger before a bare crisis word
    # (which the model may overrule: "she's just took a fit on the couch")
    hit = min(hits, key=lambda h: (_PRIORITY[h.type], h.cue in _WORD_CUES)) if hits else None
    question = bool(_INFO_QUESTION.search(norm) or _CONDITIONAL.search(norm))
    ruled_out = ruled_out or bool(_REASSURED.search(norm)) \
        or (bool(_QUESTION_FORM.search(norm)) and bool(_PREPARING.search(norm)) and not _PRESENT.search(norm))
    past = bool(_PAST.search(norm)) and not _PRESENT.search(norm)
    return Assessment(hit, ruled_out and hit is None, question, past)


def detect(text: str) -> CrisisHit | None:
    """Return the most urgent crisis found in `text`, or None."""
    return assess(text).hit
