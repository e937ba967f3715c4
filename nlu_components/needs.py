"""Need lexicon: which need codes a message asks for, and which it rules out.

Pure Python (no rasa import) so the evaluation script and tests share it with the
NeedTagger graph component. Patterns cover plain English, Scots, slang, common typos
and drug names; codes come from services_db.vocab.NEED_CODES.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from nlu_components.text import normalise
from services_db.vocab import NEED_CODES

_FAMILY_WHO = (r"(?:son|sons|boy|girl|lad|laddie|lassie|daughter|daughters|husband|wife|partner|boyfriend|girlfriend|brother|sister|"
               r"mum|mother|maw|dad|father|da|uncle|auntie|aunt|cousin|nephew|niece|grandson|granddaughter|"
               r"grandchild|grandkids|grandad|gran|granny|stepson|stepdaughter|wean|weans|kids|bairn|bairns|"
               r"fiance|fiancee|other half|family member|loved one|pal|friend|mate|best friend|bf|gf|man|fella)")
_DRUG = (r"(?:gear|smack|heroin|skag|kit|brown|fent\w*|opiates?|opioids?|benzos?|benzies|vall?(?:ie|y)s?|"
         r"jell(?:ie|y)s?|etiz\w*|street valium|blues|xanax|pregab\w*|gabapentin|gabbies|lyrica|coke|cocaine|"
         r"crack|charlie|ching|ket|ketamine|spice|mamba|speed|pills|tablets|tabs|drugs|alcohol|drink|drinking|"
         r"bevvy|swally|booze|vodka|buckfast|buckie|cider|methadone|meth|amphet\w*|mdma|eccies|cannabis|weed|"
         r"hash|dope|tramadol|codeine|co-codamol|diazepam|temazepam|nitazenes?|khat)")

PATTERNS: dict[str, list[str]] = {
    "treatment": [
        r"(?<!hep c )(?<!hiv )(?<!wound )(?<!dental )(?<!hepatitis )\btreatment\b", r"\bmy dose\b|\bdose (?:isn'?t|is not|not) holding\b",
        r"\bhabit\b", r"^(?:drugs?|alcohol|drink|the drink|gear|drink and drugs|drugs and alcohol)[.!?]*$", r"\bfor using\b|(?:^|, )using\b(?!\s+(?:the|a|my|your|it|this)\b)",
        r"\bi drinks?\b", r"(?:(?<=\btry )|(?<=\bgo to )|(?<=\bjoin ))(?:aa|na|ca|smart)\b", r"\b(?:the )?shakes\b", r"\b(?:and|been|i'?m|im|still|started|keep) drinking\b|\bdrinking\b(?! water| tea| coffee| juice)|\bdrinker\b|\bbooze\b",
        r"\b(?:cans|bottles|tins|bags|tabs|blues|vallies) (?:a|per|every) (?:day|night)\b|\bdrinking (?:about |around )?\d+",
        r"\b(?:cannabis|weed|coke|crack|heroin|alcohol|drug|substance|benzo|opioid|opiate)s? use\b",
        r"\busing (?:a bit |a wee bit |a lot )?again\b",
        r"\bhelp (?:with|wi|for|coming off) (?:the |my |his |her )?" + _DRUG + r"\b", r"\brehab\w*", r"\bdetox\w*", r"\bmethadone\b", r"\bmeth script\b",
        r"\b(?:a|my|on a|on the|get a|get on a|new|missed my|lost my|up my|increase my|reduce my|cut my) script\b",
        r"\bscript\b(?! for)", r"\bbupe\b", r"\bbupren\w*", r"\bsubutex\b", r"\bsuboxone\b", r"\bespranor\b",
        r"\bbuvidal\b", r"\bbuvi\w*", r"\bmeth\b", r"\b(?:mat|ost)\b", r"\bopiate replacement\b", r"\bsubstitut\w* (?:therapy|prescri\w*)",
        r"\b(?:come|coming|get|getting|got to get|want to get|wanna get) off (?:the )?" + _DRUG,
        r"\b(?:get|getting|got|stay|staying|be|being|go|going) (?:clean|sober|dry|drug free|off it)\b",
        r"\bhelp (?:with|wi|for) (?:my |the |his |her |their )?(?:drink|drinking|drugs|drug use|alcohol|using|habit|addiction)\b",
        r"\b(?:alcohol|drug|substance) use\b", r"\busing (?:heavily|a lot|every day|daily|again|more)\b",
        r"\b(?:i'?m|i am|been|still|keep|started|start) using\b",
        r"\bdrinking (?:to cope|to forget|to sleep|heavily|too much|every day|all day|loads)\b",
        r"\b(?:drinks|drinking|uses|using) every (?:night|day|morning)\b",
        r"\b(?:stop|stopping|quit|quitting|give up|giving up|cut down|cutting down|pack in|packing in|kick|kicking|reduce|control|cut back)\b[\w' ]{0,12}\b(?:using|drinking|taking|injecting|smoking|the drink|the gear|" + _DRUG[3:],
        r"\b(?:drug|drugs|alcohol|addiction|recovery|substance|substance use) (?:service|services|team|worker|support|clinic|help|counsell\w*|problem|problems|issue|issues)\b",
        r"\b(?:adrs|cares|adp|cat team|nhs addictions|cgl|we are with you|turning point)\b",
        r"\brecovery (?:community|communities|cafe|café|hub|group|groups|meeting|meetings|walk|support)\b",
        r"\b(?:aa|na|ca) (?:meeting|meetings|group)\b|\bsmart recovery\b|\b(?:alcoholics|narcotics|cocaine) anonymous\b", r"\bjagg\w*", r"\bin recovery\b",
        r"\brattl\w*", r"\bwithdraw\w*", r"\bsick (?:without|when i don'?t)\b", r"\bdt'?s\b", r"\bcluck\w*",
        r"\b(?:drink|drinking|alcohol|drug|drugs|gear|coke|crack|benzo|heroin) (?:problem|problems|issue|issues|habit)\b",
        r"\bproblem with (?:the |my )?(?:drink|drinking|alcohol|drugs|" + _DRUG[3:] + r"\b",
        r"\b(?:hooked|addicted|dependent|dependant|strung out|on the gear|on the batter|on the bevvy|on the drink|on the swally)\b",
        r"\b(?:using|uses|use|used|taking|takes|smoking|smokes|smoke|injecting|injects|jagging|snorting|drinking|drinks|necking|on)\b[\w' ]{0,25}\b"
        + _DRUG + r"\b(?! last year)",
        r"\b(?:drink|drinks|drinking) (?:too much|every day|all day|heavily|a lot|loads|from the morning)\b",
        r"\b(?:my|his|her|their) (?:drinking|drug use|using|habit)\b",
        r"\b(?:can'?t|cannae|canny|cant) (?:stop|stay off|get off|control)(?: (?:using|drinking|taking|it|the \w+)\b|\s*$|\s*[.,!])",
        r"\b(?:pharmacy|chemist) (?:for|with) (?:my|his|her) (?:meth|methadone|script|bupe|dose)\b",
        r"\bkeyworker\b|\bkey worker\b", r"\bresidential\b", r"\bsober\w*|\bsobriety\b|\babstinen\w*",
        r"\b(?:been )?using again\b", r"\brelaps\w*", r"\bslipped\b", r"\bcravings?\b|\bcraving (?:a |the )?(?:drink|hit|fix|bag|line|pipe)\b",
        r"\bpick(?:ing)? up again\b",
    ],
    "harm_reduction": [
        r"\bnalox\w*", r"\bnarcan\b", r"\bnyxoid\b", r"\bprenoxad\b", r"\bneedles?\b", r"\bneedle exchange\b",
        r"\b(?:clean|fresh|new|my|some|need|needs|get|any) works\b|\b(?:same|clean|new|fresh|used|dirty|shared|sharing|a) pins?\b|\b(?:pins|spikes|foils?|spoons?|filters|citric|swabs|sharps bin|sharps)\b",
        r"\binjecting (?:equipment|kit|supplies|stuff)\b", r"\biep\b", r"\bexchange\b",
        r"\bsafer? (?:use|using|injecting|injection|drug use|consumption|smoking|way to use)\b",
        r"\bharm reduction\b", r"\bdrug checking\b|\bdrug testing\b|\btesting service\b|\btest(?:ing)? (?:my |the |our |his |her |some )?(?:pills|gear|stuff|drugs|coke|batch)\b|\btesting kits?\b|\btest strips?\b",
        r"\b(?:consumption|injecting|overdose prevention) (?:room|facility|centre|center|site|place|service)\b", r"\bthistle\b",
        r"\bdrug consumption\b", r"\binject\w* (?:more )?safe\w*",
        r"\bbbv test\w*|\b(?:hep c|hepatitis c?|hiv|blood borne virus\w*) test\w*|\btest(?:ed|ing)? for (?:hep|hiv|bbv)\w*",
        r"\bbad batch\b|\bstrong batch\b|\bnitaz\w*|\bfentanyl in\b|\bcut with\b",
        r"\b(?:what (?:do|should) (?:i|you) do if|how (?:do|can) (?:i|you) (?:help|stop)) (?:someone|somebody|a pal|my pal|a friend)\b[\w' ]{0,20}\b(?:overdos\w*|od)\b",
        r"\b(?:spot|signs of) (?:an )?overdose\b", r"\boverdose (?:training|kit|prevention|awareness)\b",
        r"\b(?:scared|worried|afraid|feart|frightened)\b[\w' ]{0,20}\b(?:od|overdos\w*)\b",
        r"\bsafe(?:ly)? inject\w*", r"\binject\w* (?:in|into) (?:my|his|her|their) (?:groin|neck|legs?|feet|arms?|hands?)\b",
        r"\b(?:drugs?|pills|gear|stuff) tested\b", r"\b(?:stay|keep) safe\b|\bsafest way\b|\bsafer way\b|\bsafely\b",
        r"\btolerance\b", r"\b(?:clean|fresh|new|sterile) (?:kit|needles|pins)\b",
    ],
    "housing": [
        r"\bhomeless\w*", r"\bhomless\w*|\bhomelss\w*|\bhomeles\b", r"\bnowhere to (?:stay|sleep|live|go|kip|crash|stop)\b",
        r"\bnae (?:hoose|house|home|hame|flat|bed)\b", r"\bno (?:hoose|house|home|hame|flat|address|fixed abode|roof|bed|tenancy|place to (?:stay|live|sleep))\b",
        r"\bkip\b", r"\bsomewhere to (?:stay|sleep|live|crash|kip|go tonight)\b", r"\bsomewhere safe to (?:stay|sleep)\b",
        r"\b(?:sleeping|slept|sleep|kipping) (?:rough|out|in a (?:car|tent|stairwell|close|doorway)|on the (?:street|streets)|on (?:a |my )?(?:mate'?s|pal'?s|friend'?s|sister'?s|brother'?s|mum'?s)? ?(?:couch|sofa|floor))",
        r"\brough sleep\w*", r"\b(?:sofa|couch) surf\w*", r"\bon the streets?\b", r"\bstreet homeless\b",
        r"\bevict\w*", r"\b(?:kicked|flung|thrown|threw|chucked|turfed|put|pit|fling|flung) (?:me |him |her |them )?(?:out|oot)\b", r"\bkicked out\b",
        r"\blandlord\b", r"\brent arrears\b|\bbehind (?:on|wi|with) (?:the |my )?rent\b|\bcan'?t pay (?:the |my )?rent\b",
        r"\btenanc\w*", r"\bhostels?\b", r"\b(?:where|somewhere|place) (?:can i |to |warm to |safe to |dry to )?(?:sleep|stay|kip)\b|\bsleep tonight\b",
        r"\b(?:and|or) a (?:flat|house|room|bed)\b", r"\ba (?:flat|hoose)\b(?! (?:tyre|battery|rate|fee|white))", r"\bbehind (?:on|wi|with) (?:the |my |his |her |their )?rent\b", r"\btent\b", r"\bshelter\b", r"\bsafe place\b", r"\bmy own (?:flat|place|house|home|tenancy)\b", r"\b(?:a )?bed (?:for )?(?:the night|tonight)\b",
        r"\b(?:sleeping|living|kipping|staying|sleep|slept) in (?:a |my |his |her |their |the )?(?:car|van|tent|stairwell|close|doorway|park|bus shelter)\b", r"\bskippering\b", r"\bb ?& ?b\b|\bbnb\b", r"\b(?:temporary|emergency|supported) (?:accommodation|housing|flat|furnished)\b",
        r"\baccommodation\b|\baccomodation\b|\baccomadation\b", r"\bhousing\b|\bhousin\b|\bhosing\b",
        r"\bhousing first\b", r"\bdoss\w*", r"\b(?:find|finding|get|getting|need|needs|want|looking for) (?:me |us )?(?:a |some )?(?:flat|house|hoose|place to live|room)\b", r"\bcouncil (?:house|flat|housing)\b", r"\bneed (?:a|my own) (?:flat|house|place|room)\b",
        r"\b(?:a|my own) (?:flat|place|room) (?:to stay|of my own)\b", r"\ba roof over\b|\b(?:want|need|needs|just) a roof\b", r"\bbed for (?:the|tonight)\b",
        r"\bnowhere to go\b", r"\b(?:lose|losing|lost) (?:my|his|her|our|the) (?:flat|house|home|tenancy|place)\b",
        r"\bhomeless unit\b|\bhousing options\b", r"\bno fixed\b|\bnfa\b", r"\bsofa\b", r"\bstaying with (?:a pal|pals|mates|friends)\b",
        r"\bout on my ear\b", r"\bnae hame\b", r"\bhoose\b", r"\bmove out\b|\bhave to leave (?:my|the) (?:flat|house)\b",
    ],
    "mental_health": [
        r"\bmental\w*", r"\bdepress\w*", r"\bdepresion\b", r"\banxi\w*", r"\bpanic\w*", r"\btrauma\w*", r"\bptsd\b",
        r"\b(?:heid|head|nut)(?:'?s| is) (?:mince|wrecked|done in|burst|battered|nipping|mashed|a mess|all over|fried|gone|away)\b",
        r"\bgoing mad\b|\blosing (?:my|the) (?:mind|plot)\b|\b(?:melting|mashing|frying|wrecking|doing) my (?:head|heid|nut)\b|\b(?:going|gone|went) off my (?:head|heid|nut)\b", r"\bsomeone to (?:listen|talk)\b",
        r"\bheid'?s? (?:mince|wrecked|done in|burst|nipping|mashed|fried|gone)\b", r"\bheid\b", r"\bnerves\b",
        r"\bstress\w*", r"\bfeel(?:ing)? (?:low|down|rubbish|shite|shit|terrible|awful|hopeless|empty|numb|so alone|lonely|lost)\b",
        r"\blow mood\b|\bmood\b", r"\b(?:really|so|very|feeling|feel) down\b", r"\bgrie\w*", r"\bbereave\w*", r"\bbereaved\b",
        r"\b(?:lost|losing) (?:my|his|her|our) (?:son|daughter|husband|wife|partner|brother|sister|mum|mother|dad|father|pal|friend|best friend|baby|boy|girl|da|maw)\b",
        r"\b(?:died|passed away|passed on|death of)\b", r"\bcounsell\w*|\bcounsel\w*", r"\btherap\w*", r"\bpsych\w*",
        r"\bcpn\b", r"\bhearing voices\b|\bvoices\b", r"\bparanoi\w*", r"\bbipolar\b", r"\bschizo\w*",
        r"\bpersonality disorder\b|\beupd\b|\bbpd\b", r"\blonel\w*", r"\bisolat\w*", r"\bsomeone to talk to\b|\btalk to someone\b",
        r"\bbreakdown\b", r"\boverwhelm\w*", r"\bnot coping\b|\bcan'?t cope\b|\bcannae cope\b|\bstruggling (?:with (?:my|life)|mentally|to cope)\b",
        r"\bcan'?t sleep\b|\bcannae sleep\b|\binsomnia\b", r"\bflashbacks?\b", r"\bemotional\w*", r"\bwellbeing\b",
        r"\bocd\b|\badhd\b", r"\bfeel like (?:a failure|giving up|nothing)\b", r"\bhopeless\w*",
        r"\bupset\b|\bgreetin\b|\bcrying\b", r"\bangry all the time\b|\banger\b", r"\bbreathing space\b|\bsamaritans\b",
    ],
    "money": [
        r"\bmoney\b|\bmonies\b|\bmoney'?s\b", r"\bskint\b", r"\b(?:money|cash|things)(?:'s| is| are) (?:really |very |awful |pure )?tight\b", r"\bbrassic\b", r"\bbroke\b(?! into| in| up| down)", r"\bno cash\b|\bcash\b",
        r"\bbenefit\w*", r"\buniversal credit\b|\buc\b|\bu\.c\.?\b", r"\bpip\b", r"\besa\b", r"\bjsa\b|\bdla\b",
        r"\bsanction\w*", r"\bdwp\b", r"\b(?:the )?bur[ou]o\b|\bbroo\b", r"\bdebt\w*", r"\bowe\b|\bowing\b",
        r"\bfood\w*", r"\bhungry\b|\bnothing to eat\b|\bhaven'?t eaten\b|\bnot eaten\b|\bno food\b|\bstarving\b(?! (?:myself|himself|herself))|\beat(?:en)? (?:in|for) days\b",
        r"\belectric\w*|\bgas (?:meter|bill|card)\b|\bmeter\b|\bheating\b|\bfuel\b|\btop ?up\b",
        r"\bcrisis grant\b|\bwelfare fund\b|\bscottish welfare\b|\bcommunity care grant\b",
        r"\bwelfare\b|\bwelfare rights\b", r"\badvoca\w*", r"\bcan'?t afford\b|\bcannae afford\b", r"\bcan'?t pay\b|\bcannae pay\b", r"\bno (?:gas|electric|heating|bank|id)\b", r"\bgambling\b", r"\bbills?\b",
        r"\bloan\w*|\bpayday\b|\bloan shark\b", r"\bcouncil tax\b", r"\bcitizens advice\b|\bcab\b",
        r"\bpayment\w*|\bpaid\b(?! work)", r"\bincome\b", r"\bfinanc\w*", r"\bpoverty\b", r"\bclothes\b",
        r"\bbank account\b", r"\bbudget\w*", r"\bapply for (?:pip|uc|benefits)\b",
    ],
    "employment": [
        r"\bjob\b|\bjobs\b", r"\bemploy\w*", r"\bunemploy\w*",
        r"\b(?:get|getting|go|going|back|find|finding|looking for|want|into|need|in|out of|no|lost my|lose my) (?:a |some |to |back to |into )?(?:work|working)\b(?! out)",
        r"\bwork (?:experience|placement)\b", r"(?<!naloxone )(?<!overdose )\btraining\b(?! (?:on|for|in) (?:naloxone|overdose))", r"\bcourses?\b",
        r"\bcollege\b|\buni\b|\buniversity\b", r"\bqualifications?\b", r"\bcv\b|\bc\.v\.?\b", r"\bvolunteer\w*",
        r"\bapprentice\w*", r"\bno one left behind\b", r"\bskills\b", r"\bjobcentre\b|\bjob centre\b",
        r"\bsomething to do\b", r"\btrain (?:as|to be)\b", r"\bcareer\w*", r"\beducation\b",
        r"\b(?:earn|earning) (?:a living|money)\b", r"\b(?:job )?interview (?:for|at)\b|\bjob interview\w*", r"^(?:work|a job|job|jobs)[.!?]*$", r"\bfork ?lift\b|\bcscs\b",
    ],
    "family": [
        r"\bfamil(?:y|ies) (?:support|help|group|groups|service|services|member support)\b", r"\bwhole famil\w*",
        r"\b(?:support|groups?|help) for (?:the |our )?(?:families|family|parents|carers|relatives|me as a (?:mum|dad|parent))\b", r"\bkinship\w*",
        r"\bparents of\b", r"\bnappies\b|\bbaby milk\b", r"\b(?:bereaved|affected) famil\w*", r"^family$",
        r"\b(?:kids|children|young people|pupil|child) (?:whose|with) (?:parents?|mum|dad)\b|\b(?:mum|dad|parent|parents|maw|da) (?:drinks|uses|is using|is drinking|takes drugs)\b",
        r"\bchild protection\b", r"\bhow (?:do|can|should) (?:i|we) help (?:him|her|them)\b",
        r"\b(?:looking after|look after|bringing up|raising|caring for) (?:my |our |two |three |the |\w+ )?(?:grandkids|grandchildren|grandson|granddaughter|nephew|niece|sister'?s kids|brother'?s kids|weans|kids|children)\b",
        r"\b(?:get|getting|want|see|seeing|losing|lose|lost|keep|keeping) (?:my|our) (?:kids|children|weans|bairns|son|daughter|baby|wean|bairn)(?: back)?\b",
        r"\bsocial work(?:er|ers)? (?:took|have|has|taken|involved|want|wants|are|is)\b", r"\bcustody (?:of|battle|hearing)\b|\b(?:lost|get|got|losing) custody\b",
        r"\bcontact (?:with|wi) (?:my )?(?:kids|children|weans|son|daughter)\b", r"\bparenting\b|\bparent support\b",
        r"\b(?:worried|concerned|scared|frightened|anxious)(?: sick)? (?:about|for) (?:my|our) " + _FAMILY_WHO + r"\b",
        r"\bmy " + _FAMILY_WHO + r"(?:'s| is| has| keeps| won'?t| just| has been| been| got)?\b[\w' ]{0,20}\b(?:using|uses|drinking|drinks|taking|takes|injecting|hooked|addicted|on (?:the )?(?:gear|heroin|drink|crack|coke|benzos|drugs|methadone|tablets|pills|valium|vallies)|smoking crack|an alcoholic|a drinker|a problem)\b",
        r"\bhow (?:do|can|should) (?:i|we) (?:help|support|talk to|deal with|cope with) (?:my|our) " + _FAMILY_WHO + r"\b",
        r"\b(?:affected|affecting) by (?:someone|somebody|a family member|my \w+)'?s? (?:drinking|drug use|using)\b",
        r"\bliving with (?:someone|somebody) who (?:drinks|uses)\b", r"\bsfad\b", r"\bkinship carer\w*|\bunpaid carer\w*|\bi'?m (?:a|their|his|her) carer\b",
        r"\bfamily (?:member|members)\b", r"\bchild(?:ren)? and families\b",
    ],
    "justice": [
        r"\b(?:jail|prison|the nick|nick\b|barlinnie|bar-?l|saughton|polmont|addiewell|kilmarnock prison|low moss|greenock prison|perth prison|grampian prison|shotts|glenochil|castle huntly|cornton vale|hmp\w*)\b",
        r"\b(?:just|recently|getting|got|being|be) (?:out|released|liberated|oot) (?:of |o )?(?:the )?(?:jail|prison|nick|custody|hmp|inside|polmont|barlinnie|saughton)\b",
        r"\b(?:just|recently) (?:been )?(?:released|liberated|out|oot)\b(?! of)",
        r"\breleas\w* (?:from|date)\b|\bliberat\w*|\bliberation\b",
        r"\brelease (?:is |on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|the morn|today|next week)\b|\b(?:meet|meeting|met) (?:him|her|them) at the gate\b",
        r"\bclient'?s? (?:is )?(?:getting|gets|coming|comes|due) out (?:tomorrow|the morn|the morrow|today|on \w+day|next week)\b", r"\bcourt\w*", r"\bcharged\b|\bcharges\b",
        r"\blifted\b", r"\bpolis\b|\bpolice\b|\bcops\b|\bfeds\b", r"\bcustody\b(?! of| battle)", r"\barrest\w*",
        r"\bsolicitor\w*|\blawyer\w*|\blegal\w*|\b(?:a|my|need a) brief\b|\ba charge\b", r"\bbail\b", r"\b(?:on |my |breach\w* (?:my |of )?)licence\b|\blicence conditions\b|\brecall\w*",
        r"\btag\b|\btagged\b", r"\bprobation\b(?! officer)", r"\bgot done for\b|\bpossession\b|\bdealing\b", r"\b(?:his|her|their|my) release\b|\breleased\b", r"\bcommunity payback\b|\bunpaid work\b|\bcpo\b|\bdtto\b|\bcommunity sentence\b",
        r"\bcriminal\w*|\bjustice\w*", r"\bwarrant\b", r"\bconviction\w*|\bconvicted\b|\brecord\b", r"\bthroughcare\b",
        r"\bparole\b", r"\bsentence\w*", r"\bdone time\b|\bserved time\b|\b(?:been|was|when i was|time) inside\b", r"\bremand\w*",
        r"\bcitation\b|\bpleading\b|\bplead\b|\btrial\b", r"\boffen[cs]\w*|\boffender\w*", r"\bjustice social work\b",
    ],
    "physical_health": [
        r"\bgp\b|\bg\.p\.?\b|\bdoctors?\b|\bdoc\b", r"\b(?:not |never |no )?register(?:ed)? with (?:a )?(?:gp|doctor|dentist)\b",
        r"\bdentist\w*|\bdental\b|\bteeth\b|\btooth\w*", r"\bwound\w*|\babscess\w*|\bulcer\w*|\bsores?\b|\binfect\w*|\bswollen\b|\bcellulitis\b",
        r"\b(?:treat\w*|cure\w*) (?:for )?(?:hep|hepatitis|hiv)\w*|\b(?:hep c|hepatitis c?|hiv) (?:treatment|meds|medication|clinic|nurse)\b|\bbbv treatment\b|\bliver\b",
        r"\bsexual health\b|\bsti\b|\bstis\b|\bstd\b|\bsmear\b|\bcontracept\w*|\bcoil\b|\bpill after\b",
        r"\bpregnan\w*|\bpreganant\b|\bmidwi\w*|\bantenatal\b|\bexpecting a baby\b|\bbaby due\b",
        r"\bphysical\w*", r"\bhealth check\w*|\bcheck ?up\b", r"\bhospital\b",
        r"\bchest infection\b|\bcough\w*|\basthma\b|\bcopd\b|\bdiabet\w*|\bepilep\w*",
        r"\b(?:my|his|her) (?:legs?|arms?|feet|foot|chest|lungs|heart|kidneys?|stomach)\b|\b(?:bad|sore) back\b|\bback (?:pain|is sore|problem)",
        r"(?<!test for )(?<!tested for )\b(?:hep c|hepatitis c?|hiv)\b(?! ?test)",
        r"\bpain\b|\bpains\b|\bsore\b|\bhurts\b|\baching\b", r"(?<!worried )\bsick\b(?! of| without| when)|\bill\b|\bunwell\b|\billness\b",
        r"\bmedical\b|\bmedication\b(?! assisted)|\bprescription for\b", r"\binjur\w*", r"\bweight loss\b|\bnot eating\b",
        r"\beyes?\b|\bglasses\b|\bopticians?\b", r"\bphysio\w*", r"\bhealth centre\b|(?<!mental )(?<!sexual )(?<!family )\bhealth\b(?! visitor)",
    ],
}
assert set(PATTERNS) == set(NEED_CODES)
_COMPILED = {need: [re.compile(p) for p in pats] for need, pats in PATTERNS.items()}

# "not housing", "don't need money help", "apart from work"
_REMOVE_CUE = re.compile(
    r"\b(?:not|no need for|don'?t need|dont need|do not need|dinnae need|except|apart from|other than|"
    r"no longer need|never mind|forget|scrap|remove|drop|without|"
    r"don'?t want|do not want|dinnae want|doesn'?t want|does not want|doesnae want|didn'?t want|no wantin[g']?|not wantin[g']?|no after|not after|not looking for|"
    r"no lookin[g']? for|not asking for|not needing|no needin[g']?|not interested in|not ready for|not a|no a|"
    r"take out|take off|leave out|skip|scratch(?= (?:the|that))|no need of)\b"
    r"(?: (?:him|her|them) (?:sent|going|to go|put) (?:to|into|in))?"
    r"(?: (?:to go to|to try|to do))?"
    r"(?: (?:the|a|an|any|help with|help wi|support with|any of the|the whole|anything (?:else )?(?:for|with|wi|about|on)|"
    r"(?:anything|something) (?:[\w'-]+ ){0,2}like|"
    r"any help (?:with|wi)|(?:a )?referral (?:to|for)(?: the| a| an| any)?(?: drug (?:and|&))?))?"
    r"(?: (?:the|a|an|any))?"
    r"(?: (?:[\w'-]+ ){1,3}(?:or|nor)(?: (?:the|a|an|any))?)?\s*$"  # "we don't need anything about prison or court"
)
# "take the mortgage bit out", "leave the housing out": every need named between is ruled out.
_TAKE_OUT = re.compile(r"\b(?:take|leave|cross|score|scrap|drop) (?:the |that |my |his |her |our |their )?"
                       r"([\w' ]{1,30}?) (?:bit |part |thing |stuff |side |one )?(?:out|off)\b")
# Whole statements that rule a need out.
_RULED_OUT: dict[str, list[str]] = {
    "housing": [r"\b(?:i'?ve|i have|i'?ve got|i got|got|have|we'?ve|we have|we'?ve got|we got) (?:a|my own|my|our|the) (?:flat|house|hoose|place|home|tenancy)\b(?![\w' ]{0,30}\b(?:evict|lose|losing|arrears|behind|kick|leave|damp|repairs?|mould|sell|selling))",
                r"\b(?:house|home|flat|mortgage)(?:'s| is) (?:all )?paid (?:off|for)\b",
                r"\bnot homeless\b", r"\b(?:rent )?arrears (?:are |were |now |all )?(?:cleared|paid off)\b",
                r"\bnot (?:going to|gonna|gonnae) lose (?:the|my|our) (?:house|home|flat|hoose)\b",
                r"\b(?:don'?t|do not|dinnae|doesn'?t|does not) need (?:a |an )?(?:house|hoose|flat|home)\b"
                r"(?![\w' ,.]{0,40}\b(?:that|who) needs?\b|[\w' ,.]{0,40}\b(?:him|her|them|he|she|they) needs?\b)"],
    "money": [r"\b(?:he|she|i|we|they) gets? (?:my|his|her|their|our) (?:money|benefits?|pension) (?:fine|ok|okay|no bother|no problem)\b"],
    "employment": [r"\b(?:i'?m|i am|i'?ve got a) (?:working|job)\b(?! centre)",
                   r"\bnow (?:i|he|she) (?:have|has|'?ve got|got) (?:a |some )?(?:\w+ )?(?:work|job)\b(?! (?:interview|centre|coach))"
                   r"(?![\w' ]{0,30}\b(?:but|lose|losing|sack\w*|keep|struggl\w*))",
                   r"\bnot (?:bothered|fussed|interested) (?:about|aboot|in) (?:going back to|getting back (?:to|into)|finding|looking for) (?:it|work|a job|the \w+)\b"],
    "treatment": [r"\bnot using\b", r"\b(?:already )?in treatment already\b",
                  r"\b(?:i'?m |am )?not (?:after|looking for|wanting|asking for|interested in|ready for) (?:treatment|rehab|detox|a script|recovery)\b",
                  r"\b(?:i'?m|i am) not (?:ready|wanting|looking|going) to (?:stop|quit|come off|give (?:it|them) up)\b|\bi'?m not stopping\b",
                  r"(?:^|[.,;:!?-] ?|\b(?:i'?m|im|i am|am) )not (?:looking|trying|wanting|ready|planning|here) to "
                  r"(?:stop|quit|come off|give (?:it|them) up)\b",
                  r"\bdon'?t (?:bother )?(?:send|sending|refer|referring) me (?:to|for) (?:treatment|rehab|detox)\b",
                  r"\bnot (?:after|looking for|wanting|asking for) (?:help|support) (?:stopping|to stop|quitting|to quit|coming off|to come off)\b",
                  r"\b(?:i'?m|i am|am) not want(?:ing)? (?:to )?stop\b",
                  r"\bnot (?:bothered|fussed) (?:about|aboot) (?:stopping|quitting|coming off|cutting down)\b",
                  r"\b(?:it'?s|its|it is) not (?:the|my) (?:drink|drinking|drugs?|using|weed|coke|gear|booze)(?: side| bit)? (?:that )?(?:i'?m|i am|we'?re|we are|he'?s|she'?s) (?:after|wanting|looking for|needing)\b",
                  r"\b(?:don'?t|do not|dinnae|doesn'?t|does not) want (?:to |tae )?(?:come off|stop|quit|reduce)\b(?! (?:too|so|that) (?:fast|quick|quickly|suddenly))(?![\w' ,.]{0,30}\b(?:but|yet)\b)",
                  r"\bnot (?:after|looking for|wanting|needing|asking for) anything for (?:the |my |his |her )?(?:drink|drinking|drugs|using|habit)\b",
                  r"\b(?:don'?t|do not|doesn'?t|does not|dinnae) need anything (?:from|for) (?:the )?(?:drugs?|drink|drinking|alcohol|addiction|drug and alcohol)(?: services?| team| side)?\b",
                  r"\bwants? nothing to do with (?:the )?(?:drug|alcohol|addiction|drug and alcohol) (?:services?|team|workers?)\b",
                  r"\b(?:script|methadone|buvidal|espranor|treatment)\b[\w' ]{0,20}[,.;] ?(?:and )?(?:that|the (?:script|treatment|drug|drugs|methadone)) (?:side|bit|part)?(?:'s| is) (?:fine|sorted|ok|okay|grand|stable)\b",
                  r"\bdeclin\w* (?:any |all )?(?:referrals? (?:to|for) )?(?:the )?(?:drug|alcohol|addiction|d ?& ?a|drug and alcohol|drugs and alcohol|substance use) "
                  r"(?:services?|support|team|treatment|input)\b"],
}
# The needs' own names, for "no housing needs", "we're OK for money", "naw, nae housing".
_NAMES = {"housing": r"housing|accommodation", "employment": r"employment|work|a job", "money": r"money|benefits?",
          "justice": r"justice|legal|court|police", "mental_health": r"mental health", "family": r"family|social work",
          "physical_health": r"physical health|health", "treatment": r"treatment", "harm_reduction": r"harm reduction"}
for _need, _name in _NAMES.items():
    _RULED_OUT.setdefault(_need, []).extend([
        rf"\b(?:no|nae) (?:{_name}) (?:needs?|needed|issues?|problems?|worries|bother|support needed|help needed|involvement|involved)\b",
        rf"\b(?:{_name})[- ]?wise,? (?:i'?m|i am|am|we'?re|we are|he'?s|she'?s|it'?s|all|everything'?s) "
        rf"(?:ok|okay|fine|sorted|alright|grand|good|getting by|gettin by|managing)\b",
        rf"\b(?:{_name})(?:'s not| is not| isn'?t| not) (?:the|a|an) (?:problem|issue|worry)\b",
        rf"\bnot short (?:of|o) (?:{_name})\b",
        rf"^(?:naw|nah|no),? (?:no|nae) (?:{_name})\s*[.!]*\s*$",
        rf"\b(?:ok|okay|fine|sorted|alright|covered|grand) (?:for|wi|with) (?:{_name})\b",
    ])
# The short names people give a need when they take it back out ("take the house bit out",
# "leave the legal side", "nae court nor polis stuff", "no counselling please").
_PART_NAMES = {
    "housing": r"house|hoose|housing|flat|accommodation|refuge|hostel|tenancy|homeless\w*",
    "physical_health": r"doctor|doctors|gp|health|physical|physical health|dentist|nurse|medical|hospital",
    "justice": r"legal|court|courts|lawyer|solicitor|police|polis|justice|prison|jail|probation|criminal justice",
    "family": r"family|families|kids|weans|bairns|children|social work|parenting",
    "money": r"money|benefits?|debt|debts|finance|financial|cash|bills|welfare|pension|wages",
    "employment": r"job|jobs|work|employment|employability|college|training|volunteering",
    "treatment": r"drink|drinking|drugs?|alcohol|treatment|rehab|detox|script|methadone|recovery|addiction",
    "harm_reduction": r"naloxone|needles?|needle exchange|harm reduction|kits?",
    "mental_health": r"counselling|counsellor|counseling|mental|mental health|talking|therapy|therapist|nerves",
}
_PART_NAMES_C = {need: re.compile(rf"\b(?:{names})\b") for need, names in _PART_NAMES.items()}
_PART = r"bit|part|side|stuff|thing|things"
# A need ruled out by saying that side of life is fine ("hoose is fine", "money side's
# sorted", "work's fine", "the police have nothing to do with it", "dinnae bother wi the
# housing stuff", "the housing bit can come off"), for the needs whose short names are
# about a situation rather than about the person's use or health.
_FINE = (r"(?:(?:'s|is|are|'re) (?:all |totally |completely |already |more than |now )?(?:sorted|covered|paid off|secure|stable|"
         r"not a (?:concern|worry|problem|issue)|in hand)|(?:(?:'s|is|are|'re) )?(?:all )?(?:fine|ok|okay|grand|alright|no bother|nae bother))")
for _need in ("housing", "money", "employment", "justice"):
    _names = _PART_NAMES[_need]
    _RULED_OUT[_need].extend([
        rf"(?:^|[.,;!?] ?|\b(?:the|my|our|his|her|ma|oor|and|but|so|\w+'s) )(?:{_names})(?: side| bit| situation)? ?{_FINE}"
        r"(?![\w' ]{0,30}\b(?:but|except|apart|evict\w*|arrears|damp|lose|losing|until|till|yet))\b",
        rf"\b(?:dinnae|don'?t|do not) bother (?:wi|with) (?:the |any )?(?:{_names})\b",
        rf"(?:^|[.,;!?] ?|\b(?:so|now) )(?:{_names}) (?:all |now )?sorted\b|\bgot (?:my|ma|our|oor|the|his|her) (?:{_names})(?: side| bit)? (?:all )?sorted\b",
        rf"\b(?:{_names}) (?:{_PART}) (?:can |could )?(?:come|go) off\b",
    ])
_RULED_OUT["justice"].append(r"\bno (?:police|polis|court)(?: or (?:police|polis|court))? involved\b")
_RULED_OUT["justice"].append(r"\b(?:police|polis|court|courts)(?: have| has|'ve|'s| are|'re)? (?:got )?(?:nothing to do with (?:it|this)|"
                             r"not involved|no involvement|aren'?t involved|isn'?t involved)\b")
_LEAVE_PART = re.compile(r"\b(?:leave|skip|drop|forget|scrap) (?:the |that |my |his |her |our |their |any )?([\w' ]{1,25}?) "
                         rf"(?:{_PART}|one|support|help)\s*(?:[.,;!]|$)")
_NO_PART = re.compile(r"(?:^|[.,;!?] ?|\b(?:so|and|but|just) )(?:no|nae|not) (?:the |any )?([\w' ]{1,30}?) "
                      rf"(?:{_PART}|please)\b")
_NOT_A_PART = re.compile(r"\b(?:for|to|tae|wi|with|of|in|on|about|fae|from)\b")
_RULED_OUT["family"].extend([
    r"\bkeep (?:my \w+|my family|him|her|them|the family) out (?:of|o) (?:it|this)\b",
    r"\bno family (?:sessions?|work|therapy|stuff|involvement|meetings?)\b",
    r"\b(?:i|we) (?:don'?t|do not|dinnae) need anything for (?:him|her|them|the kids|the weans|the bairns)\s*(?:[.,;!]|$)",
    r"\bfamily\b[\w' ]{0,30}\b(?:don'?t|do not|doesn'?t|does not) need any (?:support|help)\b",
    r"(?:^|[.,;!?] ?)(?:the |my |our |ma |oor )?(?:kids|weans|bairns|children|boy|girl|son|daughter|wee one)(?:'re|'s| are| is) (?:all )?(?:fine|ok|okay|grand|alright|well looked after)\b"
    r"(?![\w' ,]{0,30}\b(?:but|except|for now|until|till|yet))"])
# A health problem that is over ("Hep C's sorted, cleared two years ago", "it all cleared up").
_RULED_OUT["physical_health"].extend([
    r"\b(?:hep ?c|hepatitis(?: c)?)(?:'s| is| was| has been| got)? (?:all )?(?:sorted|cleared|cured|gone)\b",
    r"\b(?:it|that|wrist|leg|arm|abscess|wound|ulcer|infection|bladder|liver)(?:'s| is| has| was)? (?:all )?(?:healed|cleared up|cured)\b",
    r"\b(?:it|that|everything) all cleared up\b",
    r"\b(?:surgeon|doctor|gp|consultant|hospital)(?:'s| has)? got (?:that|it|them) in hand\b",
    r"\bnot after anything for (?:the |my |his |her )?(?:knees?|back|hips?|teeth|legs?|arms?|feet|liver|chest)\b"])
_RULED_OUT_C = {n: [re.compile(p) for p in ps] for n, ps in _RULED_OUT.items()}
# Naming one of these drugs is itself a request about use (unless it is about safer use).
_STRONG_DRUG = re.compile(
    r"\b(?:gear|smack|heroin|skag|crack|coke|cocaine|charlie|ching|benzos?|benzies|vall?(?:ie|y)s|"
    r"jell(?:ie|y)s|etizolam|etizzies|street valium|blues|xanax|pregabalin|pregab|gabbies|lyrica|"
    r"ket|ketamine|spice|mamba|speed|amphetamines?|tramadol|fentanyl|nitazenes?|khat)\b"
)
# Treatment that is over: in recovery, stopped, stable on a script. Unless the message also
# asks about recovery or the script itself, treatment is not a need now (docs/labelling.md).
_N = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|many|several|few)"
_OFF = r"(?:clean|sober|dry|abstinent|off (?:it|the drink|the gear|everything|drugs|the drugs|heroin|the booze|the bevvy|the kit|the valium|the methadone))"
_TREATMENT_OVER = re.compile("|".join([
    _OFF + r"\b[\w' ]{0,10}?\b(?:for )?" + _N + r"\s*(?:years?|yrs?|months?|weeks?)\b",
    _N + r"\s*(?:years?|yrs?|months?) (?:clean|sober|dry|in recovery|off (?:it|the drink|the gear|everything|drugs))\b",
    r"(?<!never )(?<!never really )(?<!not )\b(?:stopped|quit|quitting|gave up|given up|packed in|came off|been off|(?:i'?ve|i have|he'?s|she'?s|he has|she has|they'?ve) come off) "
    r"(?:drinking|using|the drink|the drugs|drugs|the gear|the valium|it)\b(?! (?:yet|again))",
    r"\b(?:i'?ve|i have|he'?s|she'?s|he has|she has) stopped\b", r"\b(?:clean|sober|dry|abstinent) since (?:19|20)\d\d\b", r"\b(?:sober|clean|dry) now\b", r"\bstopped in the\b",
    r"\bin recovery\b(?! (?:cafe|café|group|meeting|community|hub|support))",
    r"\b(?:just |recently )?(?:came|come|got|get|getting|been) out (?:of|o) (?:detox|rehab)\b|(?<!not )(?<!no )\bafter rehab\b|\bwas in rehab\b",
    r"(?<!not )\bstable\b|\b(?:methadone|script|dose)(?:'s| is) (?:fine|sorted|ok|okay|grand)\b",
    r"\bused to (?:use|drink|take|inject|block)\b|\bthe drink used to\b",
    r"\b(?:came|come|got|been) off (?:that|them|those|it) (?:myself|masel|on my own|years ago)\b|\bstopped for (?:\d+|a|an|one|two|three|four|five|ten|twenty|thirty|forty|fifty|many) (?:years?|months?)\b",
    r"\b(?:was|were) in (?:detox|rehab)\b|\b(?:till|until|up to|up until) (?:last (?:year|month|summer|spring|winter|autumn)|\d+ (?:years?|months?) ago)\b|\bback then\b|"
    r"\bthat'?s (?:\w+ ){0,2}(?:years?|months?) ago\b",
    r"\bone[- ](?:off|daft)\b|\bi don'?t use\b|\bi'?m no alcoholic\b|\bi just like a drink\b",
    r"\bpacked (?:it|the drink|the drugs|the gear|that|them) in\b",
    r"\b(?:ain'?t|aint|haven'?t|have not|havenae|not|never) touched (?:them|it|any|a drop|the stuff)\b[\w' ]{0,10}\bsince\b",
    r"\bnever (?:went|gone|been) back (?:to|on) (?:it|them|the drink|drinking|the drugs|the gear)\b",
    r"\b(?:haven'?t|have not|havenae) needed (?:them|it|any)\b[\w' ]{0,6}\bsince\b",
    r"\b(?:got|been|went) (?:sober|clean|dry) in (?:19|20)\d\d\b",
    r"\bstopped (?:them|it|taking them|drinking|using) (?:myself|masel|on my own)\b",
    r"\b(?:a long time|long time|years|ages) ago now\b",
    r"\b(?:stopped|quit|gave up|packed (?:it|them) in) (?:long|years|ages) ago\b",
]))
_TREATMENT_ASK = re.compile("|".join([
    r"\brecovery (?:cafe|café|group|groups|meeting|meetings|community|communities|hub|support|walk|service)\b",
    r"\b(?:aa|na|ca|smart)\b|\bmeetings\b|\bmutual aid\b|\bpeer support\b|\baftercare\b",
    r"\bcrav\w*|\brelaps\w*|\bshak\w*|\bwithdraw\w*|\brattl\w*|\b(?:yesterday|today|last night|this morning|days? ago)\b|\bslip\b|\blapse\b|\bback on (?:it|the)\b|\b(?:using|drinking) again\b|\bstarted again\b",
    r"\b(?:stay|staying|keep|keeping) (?:clean|sober|off|dry)\b",
    r"\b(?:scared|worried|afraid|feart|frightened)\b[\w' ]{0,15}\b(?:use|using|drink|drinking|go back|relapse)\b",
    r"\b(?:up|increase|reduce|lower|taper|tapering|come off|coming off|switch|change|changing) (?:my |the |his |her )?(?:script|methadone|dose|buvidal|espranor)\b",
    r"\b(?:want|need|get|getting|go|going) (?:a |into |to |back to |back into )?(?:detox|rehab)\b",
    r"\btopping up\b|\bon top\b",
    # the past told first, then use now ("been off it 8 year. This is different, it's the
    # etizolam now"; "came off it in 2023... been back using"; "til last winter, now its back")
    r"\bthis is different\b|\bbeen back (?:using|drinking|on (?:it|them|the \w+))\b|\bnow (?:it'?s|its|i'?m|im) back\b|"
    # "stopped for 8 years. It's back now"; "it's all crept back"; "now it comes back"; "this coke thing feels different"
    r"\b(?:it'?s|its|it is|it has) (?:all )?(?:(?:crept|creeping|come|coming) )?back\b(?! (?:to|then|in|at|from|on|up)\b)|"
    r"\bnow (?:it|the \w+) (?:comes?|came|is coming|has come) back\b|\b(?:this|the) (?:\w+ )?(?:thing )?feels different\b|"
    r"\bget back to where i was\b|(?<!n't )(?<!not )(?<!nae )(?<!dont )\b(?:i|he|she) (?:want|wants|need|needs) to stop\b",
    r"(?<!n't )(?<!dont )(?<!not )(?<!nae )(?<!dinnae )\b(?:want|wants|wanting|need|needs|help|helping|how (?:do|can|would|should) (?:i|you|u|ye|someone|he|she)|trying|try) (?:to |tae )?(?:come|get|coming|getting) (?:off|aff)\b|"
    r"\b(?:want|wants|need) (?:off|aff) (?:the lot|them|it|everything|the \w+)\b",
    r"\b(?:is there|are there|need|want|looking for|refer (?:me|him|her) to) (?:an? |the |any )?(?:\w+ )?(?:alcohol|drug|drugs|addiction) (?:service|services|team|worker)\b",
]))
# Asking for help with the use in another form, after turning one kind down ("not after rehab...
# but I do want to cut down, maybe one to one"; docs/labelling.md): treatment after all.
_OTHER_USE_ASK = re.compile(
    r"(?<!not )(?<!no )(?<!n't )\b(?:want|wants|wanting|like|need|needs|help) (?:to )?(?:cut(?:ting)? (?:down|back)|(?:drink|use|smoke|take) (?:a lot |much )?less)\b|"
    r"\b(?:one to one|1 to 1|(?:from|fae|at) (?:home|hame)|(?:from|fae) the (?:house|hoose)|a worker (?:that|who) (?:comes|would come) (?:out|round|to me))\b|"
    r"\b(?:come|coming|get|getting) (?:down )?(?:off|aff) (?:the |my )?(?:methadone|script|buvidal|espranor|subutex|dose)\b|"
    r"\b(?:(?:talk|text|speak|chat) (?:to|with) (?:somebody|someone|a worker)|(?:somebody|someone|a worker) to (?:talk|text|speak|chat) to) "
    r"about (?:the |my |his |her )?" + _DRUG + r"|"
    r"\b(?:script|methadone|dose) (?:moved|changed|transferred)\b|"
    r"\b(?:start|starting|get|getting|go|going) (?:on|onto) (?:buvidal|espranor|methadone|a script|subutex|suboxone|naltrexone|acamprosate|antabuse)\b|"
    r"\b(?:something|anything|help) (?:for|with|wi) (?:the|my|his|her|their) (?:drinking|drink|using|habit)\b|"
    r"\b(?:come|coming|get|getting) (?:off|aff) (?:them|it|the \w+) (?:gradually|slowly|bit by bit|safely)\b")
# Kinds of treatment a person can turn down while still wanting help with their use.
_ONE_KIND = re.compile(r"rehab\w*|detox\w*|residential|methadone|a script|script|ost|mat|"
                       r"aa|na|ca|smart|(?:aa|na|ca) (?:meeting|meetings|group)")
# "I'd rather not go to AA", "I can't go to a rehab for weeks", "don't want to go to meetings":
# turning one kind down, whichever words name it.
_DECLINES_KIND = re.compile(
    r"\b(?:rather not(?: go| be going)?|(?:don'?t|do not|dinnae|doesn'?t|does not|doesnae|didn'?t) (?:want|fancy|like)(?: to| tae)?"
    r"(?: go| going| gaun)?|(?:can'?t|cannot|cannae|canny|won'?t|will not|wouldn'?t|wouldnae|(?<!did )not|no) (?:go|going|gaun|be going))"
    r" (?:to |tae |into |intae )?(?:a |the |an |any |they |them )?(?:[\w']+ ){0,3}?"
    r"(?:rehab|detox|residential|meetings|aa|na|ca|groups?|group things?)\b")
# ...and what says they still want help with it ("no rehab, just want to smoke less").
_STILL_WANTS_HELP = re.compile(
    r"\b(?:cut down|cut back|cutting (?:down|back)|just need|less|stop|stopping|quit|help|one to one|1 to 1|doctor|gp|worker|counsell\w*|"
    r"but|just want|would|instead|rather|else|other|somethin\w*|anything|only|problem|on top|reduc\w*|control|"
    r"round (?:work|my work|his work|her work)|fae hame|from home)\b|\?")
# A message that only reports something finished ("had hep c years ago, got treated, cleared
# it"; "I was on the streets 4 years ago, that's all behind me") asks for nothing now.
_ALL_OVER = re.compile(
    r"\b(?:that'?s|it'?s|thats|its|that is|it is) (?:all )?(?:behind (?:me|us|him|her)|done with|in the past|over (?:now|with))\b|"
    r"\b(?:all )?behind (?:me|us|him|her) now\b|\b(?:that|this) (?:part|side|bit)(?:'s| is) (?:all |long |well )?behind (?:me|us|him|her)\b|\bcleared it\b|\bnothing came of it\b|\bhelped at the time\b|"
    r"\b(?:i'?m|i am|he'?s|she'?s|we'?re|they'?re) (?:fine|ok|okay|grand|alright|better|much better|a lot better|doing (?:well|fine|ok|okay|better)) now\b|"
    r"\bbut (?:i'?m|i am) (?:fine|ok|okay|grand|alright)\s*(?:[.!]|$)|"
    r"\b(?:it'?s|its|that'?s|thats) (?:long|lang|well|way|all|now|a long way) behind (?:me|us|him|her)\b|\b\w+'s all (?:done with|behind (?:me|us|him|her))\b|"
    r"\b(?:been|i'?ve been|i have been|he'?s been|she'?s been) (?:fine|ok|okay|grand|alright|good|well|clear) (?:ever )?since\b|"
    r"\b(?:been|i'?ve been|i have been|he'?s been|she'?s been) (?:fine|ok|okay|grand|alright|good|well|clear) for (?:years|ages|a long time|a good while)\b|"
    r"\blong since sorted (?:himself|herself|themselves|myself|it) out\b|\b(?:has|have|'s|'ve) been (?:fine|ok|okay|grand|good) for (?:ages|years)\b|"
    r"\b(?:that|it) was (?:all )?sorted\s*(?:[.!]|$)|\b(?:i'?ve|i have|he'?s|she'?s|he has|she has) (?:fully |completely )?recovered\b|"
    r"\b(?:got )?dealt (?:wi|with) at the (?:hearing|court|panel)\b|"
    r"\b(?:hasn'?t|has not|haven'?t|have not) used since\b|"
    r"\bbut (?:no|not|nae) (?:now|anymore|any more|these days)\b|"
    r"\b(?:that'?s|it'?s|thats|its|that is|it is) (?:all )?(?:done|finished|over)\s*(?:[.!]|$)|\b(?:that |it )?resolved\b|"
    r"(?<!never )(?<!not )(?<!n't )(?<!nae )\b(?:got|get) (?:through|over) it\b|\blong gone\b|\bno (?:issues|problems|bother|trouble) since\b|"
    r"\bnever (?:come|came) up (?:since|again)\b|\b(?:came|come) off (?:it|them) no bother\b|"
    r"(?<!though )(?<!although )\b(?:he|she|they|and|but)(?:'s| is|'re| are)? doing (?:really |very |so )?(?:well|great)\s*(?:[.!]|$)|"
    r"\b(?:long |all |lang )?done and dusted\b|\b(?:that'?s|it'?s|thats|its|that is|it is|was) (?:all )?(?:finished|dealt|sorted) with\b|"
    r"\b(?:that'?s|it'?s|thats|its|that is|it is|was) (?:all )?(?:long|lang|well) (?:done|finished|over)\b|\bfinish(?:ed)? long (?:time|ago)\b|"
    r"\bno (?:problem|problems|bother) now\b|\bnae bother (?:wi|with) (?:the )?\w+ since\b|\bno (?:current )?issues\b|\bnothing (?:further )?(?:needed|required)\b|"
    r"\b(?:doesn'?t|does not|don'?t|do not) need anything\b|\bnever looked back\b|"
    r"\b(?:haven'?t|have not|not|no|nae|never) touched (?:it|a drop|a needle|drugs|the \w+|any of it|any of them|anything)\b[\w' ]{0,12}\b(?:since|in|for)\b|"
    r"\bnow (?:is|it'?s|it is|all) (?:fine|ok|okay|good)\b|\bhealed (?:very |really )?(?:well|up|completely|fine)\b|\b(?:was|were) (?:all )?fine (?:after|since)\b|\bthat was all fine\b|"
    r"\bcleared,? (?:and )?discharged\b|\b(?:completed|finished) (?:his|her|their|my|the) (?:order|programme|program|treatment|sentence|course|dtto|ctto|cpo|probation|community (?:payback )?order|unpaid work)\b|"
    r"\bcase (?:was |got |is )?closed\b|\bno (?:further|other) needs\b|\bserved (?:it|the ban|my ban|the sentence|my sentence|my time)\b[\w' ,]{0,30}\bback\b|"
    r"\b(?:and|all|long) over with\b|\b(?:is|are) (?:now )?spent\b|\b(?:was|got|been|were) (?:all )?dropped\b|"
    r"\b(?:part of my life|chapter)(?:'s| is) (?:over|closed|behind me)\b|\b(?:good|fine|ok|okay) on that front\b|\bno contact (?:with [\w ]{0,20})?since\b|"
    r"\bsorted (?:long|years|ages) ago\b|\b(?:that'?s|it'?s|thats|its|that is|it is|it was|that was|was) (?:all )?long sorted\b|\b(?:treated|dealt with) successfully\b|\bsuccessfully treated\b|"
    r"\b(?:it|that|the (?:notice|eviction|eviction notice|charges?|case|warrant|claim|sanction))(?: was| got| has been|'s been| were) withdrawn\b|\b(?:they'?re|we'?re|i'?m|he'?s|she'?s|they are|we are|i am|he is|she is) (?:all )?settled now\b|"
    r"\b(?:that|it) (?:all )?settled down\b|\b(?:scans?|tests?|bloods?|results?)(?: since)? (?:have|has) (?:all )?been (?:clear|fine|normal|good)\b|"
    r"(?<!were )(?<!was )(?<!been )(?<!got )(?<!get )\bstopped when (?:i|he|she|they) (?:started|got|left|moved|met|had)\b|"
    r"\b(?:not|no|nae|hasn'?t|haven'?t|has not|have not) had a (?:drink|drop|hit|line|smoke|dig) since\b|"
    r"\bthat was the end of it\b|\bnever been in (?:bother|trouble) (?:since|again)\s*(?:[.!]|$)|\bno (?:further )?action (?:against|taken)\b|"
    r"\b(?:haven'?t|hasn'?t|has not|have not|not|no|nae|never) touched (?:opiates?|opioids?|heroin|methadone|drink|alcohol|booze|coke|cocaine|crack|gear|kit|benzos?|vallies|pills|weed|cannabis|speed)\b[\w' ]{0,12}\b(?:since|in|for)\b|"
    r"\b(?:i'?ve|i have|he'?s|she'?s|he has|she has) been (?:a )?(?:moderate|sensible|careful)(?: \w+)? (?:ever )?since\b|"
    r"\b(?:doing|done) (?:really |so )?(?:brilliantly|brilliant|fantastic)\b|\b(?:doesn'?t|does not|don'?t|do not) need (?:us|anything|our help|any help) any ?more\b|"
    r"\b(?:i'?ve|i have|he'?s|she'?s|he has|she has|we'?ve|we have|they'?ve|they have) had (?:this|the|my|our|his|her|their) (?:own )?(?:council )?(?:house|flat|tenancy|place|job) (?:ever )?since\b|"
    r"\b(?:sold up|moved away|moved on) since\b|\bcompleted it and (?:went on|moved on|got)\b|"
    r"\bgot (?:myself|masel|himself|herself|themselves) off (?:it|them|the \w+)\b|\b(?:sorted|got) (?:myself|masel|himself|herself) (?:out|sorted)\b|\bput (?:it|that|all that) behind (?:me|us|him|her)\b|"
    r"\bthat was it\b[\w' ,]{0,20}\b(?:years|ages|long) ago\b|\b(?:years|ages|long) ago now\b|\bcame through it\b|\bthat was (?:long|years|ages) ago\b|"
    r"\bstopped (?:taking )?(?:it|them) without any (?:problems?|bother|issues?|trouble)\b|\bgot through (?:his|her|their|my) (?:dtto|order|sentence|course|programme|probation)\b|\bwent on to (?:train|university|uni|college)\b|\bclosed (?:a|the|his|her) case\b")
_ASKS_NOW = re.compile(
    r"\?|\b(?:(?<!nothing i )(?<!nothing we )need(?! us any ?more)|(?<!further )(?<!other )needs|needing|want|wants|wanting|looking for|(?<!got )(?<!had )help|could (?:i|you|someone|somebody)|"
    r"(?:can|kin) (?:i|you|ye|someone|somebody)|would like|i'?d like|now (?:i|he|she|we|it'?s back|its back)|again|"
    r"but (?:he'?s|hes|she'?s|shes|i'?m|im|they'?re) (?:no|not|nae)|"
    r"still(?! (?:abstinent|clean|sober|dry|fine|stable|settled|engaging|doing (?:well|fine|great)|in work|working|sends|keeps in touch|pops in|drops in|think about (?:it|him|her) (?:now and again|now and then|sometimes|from time to time)))|worried|scared|"
    r"where|wer|whaur|how|what|whit|who|is there|started(?! (?:at|college|uni|university|work|a job|a course|his|her))|starting|lately|these days|at the moment|currently)\b|"
    r"\b(?:that'?s|that is|is|'s) the (?:problem|issue|worry|trouble)\b|\bworrying\b|\bstruggl\w*|\bbothering me\b|"
    r"\b(?:it'?s|its) (?:the|my|ma|his|her) [\w' ]{2,30}(?:that'?s|that is|now|\s*$)")
ALL_OVER_MAX_WORDS = 30  # a longer message nearly always goes on to what is wrong now
# ...unless it ends by saying so ("Just a nice story, nothing needed.").
_NOTHING_NEEDED = re.compile(r"\b(?:nothing (?:further |else )?(?:needed|required)|just (?:a|some) (?:nice|good|lovely|happy) (?:story|news|update)|"
                             r"just wanted to share|not relevant (?:really|now|to this)|just saying (?:cos|because|since|as) you asked|"
                             r"just so you (?:know|understand) (?:where i'?m coming from|i know)|only explaining why)\b[\w' ,.!]{0,40}$")
# A question about the navigator itself: who sees it, what it keeps, using or printing it
# ("does that get passed to the police?", "would my boss find out if I use this?"). Such a
# message asks for no service, whatever it mentions, unless it also asks for help.
_THIS = (r"(?:this chat|this conversation|this tool|this app|this site|any of this|anything (?:i|you) (?:type|write|say|put)"
         r"(?: in here| here)?|what i (?:type|write|say|put)(?: in here| here)?|anything (?:in here|here))")
_PRIVACY_QUESTION = re.compile(
    rf"\b{_THIS}\b[\w' ]{{0,30}}\b(?:passed on|get passed|go(?:es)? (?:to|on)|get(?:s|ting)? back|tell|shared?|stored?|kept|keep|record|save|seen|see|find out)\b|"
    r"\b(?:does|will|would|could) (?:that|it) (?:get )?(?:passed|shared|reported|get back|stored|kept|saved|recorded|logged)\b|"
    r"\b(?:does|will|would|could|is) this (?:\w+ ){0,3}?(?:get passed|passed on|shared|reported|sent|stored|saved|kept|recorded|seen|go(?:es)? (?:to|on))\b|"
    r"\bwho (?:sees|reads|can see|will see|gets to see|else sees) (?:this|it|what i)\b|"
    r"\b(?:store|keep|save|record|log)s? (?:my (?:details|data|name|number|messages|info\w*|conversation|chat)|any (?:details|data|info\w*|record)|"
    r"patient|personal|what i|a record of)\b|"
    r"\bis (?:this|this chat|this service) (?:\w+ )?(?:private|confidential|anonymous|secure|gdpr)\b|\bgdpr\b|\bidentifiable\b|"
    r"\bis this (?:chat |tool |app |site |service )?(?:connected|linked) (?:to|with)\b|"
    r"\bif i tell (?:you |this )?about\b[\w' ,]{0,40}\b(?:will|would|could|does) (?:it|that|this)\b|"
    r"\bfinds? out if i (?:use|used) this\b|\bif i (?:use|used) this\b[\w' ,]{0,30}\bfinds? out\b|"
    r"\b(?:will|wil|would|could|can) (?:my|ma|the|his|her|he|she|they)(?: \w+){0,2} see (?:this|any of this|what i)\b|"
    r"\bsee (?:this|the) (?:conversation|chat|messages)\b|\b(?:do|will|would) (?:i|you) (?:have|need) to (?:give|say|tell you) (?:my|ma) (?:name|address|details)\b|\bsee what (?:i'?ve|i have|i) (?:typed|written|put|said)\b|\bsee what i (?:write|type|put|say)\b|"
    r"\bif i use this\b[\w' ,]{0,30}\b(?:show up|appear|come up)\b|\bshow up on my (?:phone|history|bank statement|records?)\b|"
    r"\bis this (?:chat |tool |app |site |service )?(?:with|from|run by|part of) (?:the )?(?:home office|police|polis|social work|council|dwp|jobcentre|nhs|government)\b|"
    r"\b(?:do|does|will|would) (?:you|yous|youse|ye|this|it) (?:grass|clype|report|pass (?:it|this|that) on)\b[\w' ]{0,25}\b(?:polis|police|social work|social|council|dwp|gp|doctor|surgery|school|boss|employer)\b|"
    r"\b(?:is|will|would) (?:this|it|you|yous) (?:gonnae|gonna|going to|gaun tae) grass\b|"
    r"\bdoes (?:anything|what) (?:i )?(?:typed?|written|put|say|said) (?:in here |here )?get (?:kept|stored|saved|passed on|shared|recorded)\b|"
    r"\b(?:does|will|would|could) (?:this|it) (?:go |get )?back to (?:my|the) (?:employer|boss|work|gp|doctor|social work|police|polis|council)\b|"
    r"\bend up (?:on|in) (?:my|his|her|their) (?:medical |health |gp |criminal )?(?:records?|notes|file)\b|"
    r"\bis (?:anything|any of (?:it|this)|what i type) (?:stored|kept|saved|recorded|logged)\b|"
    # leaving no trace on a shared phone or laptop ("if I close this page does it delete everything?")
    r"\bif i close (?:this|the) (?:page|chat|window|tab|app)\b|\b(?:does|will|would) (?:it|this|that|everything) (?:all )?(?:delete|disappear|vanish|get deleted|clear)(?: (?:everything|itself|the chat|the history))?\s*(?:[?.!,]|$|when i close|if i close)|"
    r"\b(?:can|could|will|would) (?:he|she|they|my \w+) see (?:this|it) if\b|\b(?:a|any) (?:quick )?way to (?:hide|delete|clear) (?:it|this|the chat)\b|"
    r"\b(?:ever )?find out (?:that )?i (?:contacted|messaged|used|spoke to|wrote to) (?:you|this)\b")
_TOOL_USE = re.compile(
    r"\buse this (?:on|with|at|in|for)\b|\bsign up to use (?:this|it)\b|\bcan any (?:member of staff|staff|worker|one|body) (?:just )?use (?:this|it)\b|\bis (?:there )?(?:actually |really )?(?:anyone|anybody|someone|somebody|a person|a real person) (?:actually |really )?(?:there|reading this)\b|"
    r"\bis (?:this|it) (?:all |just |only |actually |really )?(?:run by |done by )?(?:automatic|automated|an? (?:bot|chat ?bot|robot|computer|machine|real person|person|human)|ai)\b|"
    r"\bdoes (?:this|it) (?:still )?work (?:if|when|outside|from)\b|\b(?:am|i'?m) i (?:talking|speaking|chatting) to (?:a|an) (?:computer|bot|robot|machine|real person|person|human)\b|\b(?:ok|okay|alright|allowed|fine)(?: for (?:me|us|a \w+|workers?|families))?(?: as a \w+)? to use this\b|"
    r"\bis (?:this|it|the (?:tool|chat|site|app)) (?:only|just) (?:for|meant for)\b|\bwho is (?:this|it) (?:for|meant for)\b|\b(?:print|export|save|share|send) (?:this|a summary|the summary|what you|the plan|a link|it as|a referral summary|the referral)\b")
_ASKS_FOR_HELP = re.compile(
    r"\bi need (?:help|a |an |some|to (?:get|find|stop|see|talk))|\b(?:need|want|wanting|looking for) (?:help|support|a service|someone)\b|"
    r"\bcan (?:you|i) (?:get|find)\b|\bwhere (?:can|do|is|are)\b|\bis there (?:a|an|any)\b(?! (?:quick |easy |simple )?(?:way|version|summary|link|pdf|leaflet|record|option|actual|real|person|human)\b)|"
    r"\bhelp (?:with|me|for|him|her)\b|\bfind me\b")
ABOUT_THE_TOOL_MAX_WORDS = 30
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|isn'?t|aren'?t|am not|i'?m not|don'?t have|dinnae have|no problems? with|"
                             r"wouldn'?t (?:say|call (?:it|myself|him|her)) (?:i'?m |i was |he'?s |she'?s |it'?s |i am )?)\s*$")


# Having no GP, dentist or solicitor is a need for one, not a need ruled out.
_PROVIDER = re.compile(r"gp|g\.p\.?|doctors?|doc|dentists?|solicitors?|lawyers?|brief")
_LACKS = re.compile(r"\b(?:without|no|nae|not registered with|not signed up (?:with|to)|not got|haven'?t got|havenae got|"
                    r"don'?t have|dinnae have|doesn'?t have|doesnae have|never had|lost (?:my|his|her))(?: a| an| any| my| his| her)?\s*$")


@dataclass
class NeedTags:
    needs: list[str] = field(default_factory=list)     # in order of first mention
    removed: list[str] = field(default_factory=list)   # needs the person ruled out
    over: list[str] = field(default_factory=list)      # needs mentioned as past, not needed now
    guessed: bool = False                              # only from a close misspelling
    about_the_tool: bool = False                       # only asks about the navigator itself...
    privacy_question: bool = False                     # ...and that is who sees it or what it keeps


def tag_needs(text: str) -> NeedTags:
    """Need codes asked for (first mention order) and needs ruled out in `text`."""
    norm = normalise(text)
    found: dict[str, int] = {}
    removed: set[str] = set()
    one_kind: set[str] = set()
    declined = [m.span() for m in _DECLINES_KIND.finditer(norm)]
    declined_at = len(norm)
    for need, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(norm):
                before = norm[: match.start()]
                tail = " ".join(before.split()[-7:])
                if _PROVIDER.fullmatch(match.group()) and _LACKS.search(before):
                    found[need] = min(found.get(need, match.start()), match.start())  # "no GP"
                elif _REMOVE_CUE.search(tail + " ") or _REMOVE_CUE.search(tail):
                    # "no rehab" rules out one kind of treatment, not help with the use
                    (one_kind if need == "treatment" and _ONE_KIND.fullmatch(match.group())
                     else removed).add(need)
                elif need == "treatment" and _ONE_KIND.fullmatch(match.group()) and any(
                        a <= match.start() and match.end() <= b for a, b in declined):
                    declined_at = min(declined_at, match.start())  # "I'd rather not go to AA"
                elif _NEGATED_BEFORE.search(before):
                    continue
                else:
                    found[need] = min(found.get(need, match.start()), match.start())
    rest = norm
    for a, b in declined:
        rest = rest[:a] + " " * (b - a) + rest[b:]
    if declined and not found and not _STILL_WANTS_HELP.search(rest):
        removed.add("treatment")  # only turning a kind down ("don't want to go to meetings")
    elif declined_at < len(norm):
        found.setdefault("treatment", declined_at)  # ...not when they ask for something else
    for need in one_kind - removed:
        if need not in found and (found or not _STILL_WANTS_HELP.search(norm)):
            removed.add(need)  # "I don't want rehab, I just want a roof"; "dont want rehab tho, cant go away"
        # else: "no rehab, just want to smoke less" is still about the use (the model decides)
    for need, patterns in _RULED_OUT_C.items():
        if any(p.search(norm) for p in patterns):
            removed.add(need)
    for match in [*_TAKE_OUT.finditer(norm), *_LEAVE_PART.finditer(norm), *_NO_PART.finditer(norm)]:
        named = match.group(1)
        if _NOT_A_PART.search(named):
            continue  # "no money for baby stuff" lacks money; it does not turn it down
        if _ONE_KIND.fullmatch(named.strip()):
            one_kind.add("treatment")  # "no residential please": one kind of treatment
        removed.update(need for need, patterns in _COMPILED.items() if any(p.search(named) for p in patterns))
        removed.update(need for need, names in _PART_NAMES_C.items() if names.search(named))
    other_ask = _OTHER_USE_ASK.search(norm)
    if "treatment" in removed and other_ask and (declined or one_kind):
        removed.discard("treatment")  # "no residential, but something for my drinking"
        found.setdefault("treatment", other_ask.start())
    if "treatment" not in found and "harm_reduction" not in found:
        match = _STRONG_DRUG.search(norm)
        if match and not _NEGATED_BEFORE.search(norm[: match.start()]):
            found["treatment"] = match.start()
    guessed = False
    if not found and len(norm.split()) <= 3:
        found.update({n: 0 for n in _fuzzy_keywords(norm)})
        guessed = bool(found)
    for need in removed:
        found.pop(need, None)
    over = ["treatment"] if _TREATMENT_OVER.search(norm) and not _TREATMENT_ASK.search(norm) else []
    if ((len(norm.split()) <= ALL_OVER_MAX_WORDS and _ALL_OVER.search(norm)) or _NOTHING_NEEDED.search(norm)) \
            and not _ASKS_NOW.search(norm):
        over = [n for n in NEED_CODES if n != "family"]  # a relative affected by it still is
    only_about_us = len(norm.split()) <= ABOUT_THE_TOOL_MAX_WORDS and not _ASKS_FOR_HELP.search(norm)
    privacy = only_about_us and bool(_PRIVACY_QUESTION.search(norm))
    about_the_tool = privacy or (only_about_us and bool(_TOOL_USE.search(norm)))
    return NeedTags(needs=sorted(found, key=found.get), removed=sorted(removed), guessed=guessed,
                    over=over, about_the_tool=about_the_tool, privacy_question=privacy)


# Misspellings of the words people use most for each need ("benifits", "rehap").
_KEYWORDS: dict[str, str] = {
    "homeless": "housing", "housing": "housing", "accommodation": "housing", "hostel": "housing",
    "tenancy": "housing", "rehab": "treatment", "detox": "treatment", "methadone": "treatment",
    "script": "treatment", "treatment": "treatment", "naloxone": "harm_reduction",
    "needles": "harm_reduction", "exchange": "harm_reduction", "depression": "mental_health",
    "anxiety": "mental_health", "mental": "mental_health", "health": "mental_health",
    "counselling": "mental_health", "benefits": "money", "money": "money", "debt": "money",
    "foodbank": "money", "employment": "employment", "college": "employment", "training": "employment",
    "family": "family", "prison": "justice", "court": "justice", "solicitor": "justice",
    "police": "justice", "doctor": "physical_health", "dentist": "physical_health",
    "pregnant": "physical_health",
}


def _fuzzy_keywords(norm: str) -> list[str]:
    needs = []
    for token in re.findall(r"[a-z]+", norm):
        if len(token) >= 5:
            match = difflib.get_close_matches(token, _KEYWORDS, n=1, cutoff=0.8)
            if match and _KEYWORDS[match[0]] not in needs:
                needs.append(_KEYWORDS[match[0]])
    return needs


# Needing help today changes the plan (open now and same-day services first).
_URGENT = re.compile(
    r"\b(?:tonight|the ?night|today|right now|asap|urgent\w*|emergency|this minute|immediately|"
    r"now(?! and then| on)|nowhere to (?:sleep|stay|go) tonight)\b"
)


def is_urgent(text: str) -> bool:
    return bool(_URGENT.search(normalise(text)))


# A relative who only describes someone's use ("ma maw's been on the voddy fae mornin tae
# night", "he is on the speed, three days no sleep then he go crazy on me") asks for nothing
# for that person's use: family, not treatment (docs/labelling.md). Any ask, open question or
# "I don't know what to do" keeps treatment for the model to decide, as does the writer's own use.
_ASKS_ANYTHING = re.compile(
    r"\?|\b(?:help|where|how|what|whit|who|is there|is ther|are there|can|could|would|will|does|do|did|should|"
    r"need|needs|want|wants|wanting|looking for|anyone|any ?one|anybody|somebody|someone|advice|support|"
    r"dunno|dinna ken|dinnae ken|don'?t know|do not know|no idea|at a loss|wat 2 do|rehab for|detox for)\b|"
    r"\bfor (?:the |his |her )?(?:coke|drink|drinking|gear|using|habit)\b")
_OWN_USE = re.compile(r"\b(?:i|i'?m|im|i am|i'?ve|i have|me)\b(?:(?!\b(?:he|she|they|him|her|his|it'?s)\b)[\w' ]){0,20}?"
                      r"\b(?:drunk|steaming|rattling|script|"
                      + _DRUG[3:] + r"\b")


def only_describes_use(text: str) -> bool:
    """True when a message asks nothing and says nothing of the writer's own use."""
    norm = normalise(text)
    return not (_ASKS_ANYTHING.search(norm) or _OWN_USE.search(norm))


# Children, a relative who is asked about or who is affected, or social work in a person's own
# message: family may be the need even when the lexicon names no family service ("my daughter
# won't let me see the grandkids till I'm sober"). Without any of them, a partner or wife only
# mentioned ("my wife's been diagnosed with cancer and I'm not coping") is no family need.
_FAMILY_AT_STAKE = re.compile(
    r"\b(?:kids?|children|child|weans?|bairns?|babies|baby|son|sons|sun|daughters?|boys?|girls?|lassie|laddie|"
    r"toddler|grand\w+|pregnan\w*|midwife|social work\w*|social werk|the social|contact|custody|hearing|foster\w*|"
    r"into care|in care|carers?|dads?|da|mums|mothers|fathers|parent\w*|family|families|nursery|school|sisters?)\b|"
    r"\bfor (?:her|him|them|us)\b|\b(?:she|he|they) (?:can|could) (?:talk|speak|get|go)\b|"
    r"\b(?:wife|husband|partner|she|he)(?:'s| is)? (?:wants?|wanting|needs?) (?:to (?:speak|talk)|support|help|someone|somebody)\b")
# Someone else's use in the message ("partner use amfetamin", "mum used 2 drink", "he is on the
# speed"): the writer is affected by it, which is the family need (docs/labelling.md).
_SOMEONE_ELSES_USE = re.compile(
    r"\b(?:" + _FAMILY_WHO[3:-1] + r"|husband|he|she|they|him|her)\b(?:(?!\b(?:i|i'?m|im|me|my)\b)[\w' ]){0,40}?\b(?:" + _DRUG[3:-1] + r"|drunk|using|uses|used)\b")


# A relative who has died ("my dad died in August", "my baby girl was stillborn"): the grief is
# the person's own (mental health), so it does not put family at stake by itself...
_BEREAVED = re.compile(
    r"\b(?:my |our |the )?(?:dad|da|mum|maw|mam|mother|father|baby(?: girl| boy)?|son|daughter|husband|wife|brother|sister|"
    r"gran|granny|grandad|grandmother|grandfather)\b(?: \w+)? (?:died|passed(?: away)?|was stillborn)\b|"
    r"\b(?:losing|lost) (?:the|my|our) baby\b|\bstillborn\b")
# ...unless drink or drugs took them: families bereaved by a drug death are a family need.
_DRUG_DEATH = re.compile(r"\b(?:died|passed|death|lost)\b[\w' ,]{0,25}\b(?:overdos\w*|od|drugs?|drink|heroin|alcohol)\b")


def family_at_stake(text: str) -> bool:
    norm = normalise(text)
    if not _DRUG_DEATH.search(norm):
        norm = _BEREAVED.sub(" ", norm)
    return bool(_FAMILY_AT_STAKE.search(norm) or _SOMEONE_ELSES_USE.search(norm))


def mentions_someone_elses_use(text: str) -> bool:
    """Does the message speak of someone else's drink or drug use ("my brother's on the coke")?"""
    return bool(_SOMEONE_ELSES_USE.search(normalise(text)))
