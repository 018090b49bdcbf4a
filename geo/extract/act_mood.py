"""Whether a sentence that names an act tells that the act happened, or only speaks of one.

A trigger word ("attack", "bombardement", "chemical weapons", "assault") makes a sentence a
candidate event (:mod:`geo.extract.event_types`); the sentence reports an act only when
something in it happened.  It tells *no act of its own* when the act words sit under a frame
that is not a telling of the act, and no verb of violence in a completed form, and no toll of
dead, stands outside that frame:

* a **stance** on an act (its verbs: :data:`geo.extract.speech.STANCE_VERBS`): condemnation,
  denial, proof, agreement, a promise, an inquiry ("Paris and Washington condemned the attack",
  "ont dénoncé cette attaque", "l'usage de gaz sarin est prouvé", "sont tombés d'accord sur un
  plan d'élimination des armes chimiques");
* a **plan**, threat or act to come: "vowed to attack", "prepared for an assault", "menace de
  bombarder", "se préparaient à l'assaut", "va attaquer", "à la veille d'un nouveau vendredi de
  manifestations", a French simple future ("frappera", "tiendra compte") or an English modal
  ("will strike", "could attack"); an act asked for, authorised, feared or looming ("d'autoriser des
  frappes", "une éventuelle intervention", "en cas de frappes", "contre toute attaque"), or its
  end ("un plan prévoyant une cessation des combats");
* an **ongoing or habitual** state: "air strikes have continued" (since some earlier day), "the
  rebels are fighting alongside", "les combats opposent", "regularly bomb", "régulièrement",
  people fleeing the acts ("des milliers de personnes ont fui les combats"); but not fighting
  since a recent day ("des combats opposent depuis jeudi …": news); a truce kept, since whatever
  day ("la trêve est globalement respectée depuis samedi", "the ceasefire is largely holding":
  :data:`_TRUCE_KEPT`);
  not "clashes continue", "les combats se poursuivent", "rebels are (still) fighting in X":
  fighting going on as the report is written is the day's act
  (:mod:`geo.extract.present_acts`), only whom one fights alongside is a standing state.
* a **negated** or **denied** act: "the army did not shell the town", "l'armée n'a pas bombardé la
  ville", "Moscou a démenti avoir bombardé …" (:data:`NEGATED_RE`, :data:`DENIED_RE`; "no one was killed" is an act with a toll of 0, and "the strike did not
  kill anyone but destroyed a house" tells the destruction);
* acts told by their **effect**, what they let someone do: "Les frappes russes ont permis au régime
  de reprendre l'initiative autour d'Alep", "strikes have allowed the regime to regain ground"
  (:data:`_EFFECT`);
* an act named by its **theme**, what it is dedicated to: "Les manifestations de ce vendredi sont
  dédiées aux enfants", "a meeting devoted to the chemical attacks" (:data:`_THEME`);
* chemical weapons as an **arsenal**, not used: "the convention banning chemical weapons",
  "un plan d'élimination des armes chimiques".

What counts as happened (:data:`DONE_RE`): a verb of violence in a past or perfect form, English
or French, active or passive ("killed", "were shelled", "hit", "a été tuée", "ont bombardé",
"ont pris d'assaut", "ont eu lieu"), or the headline present of one ("kills", "strike").  A
completed act anywhere in the sentence keeps it an event: "The army shelled X on Monday and vowed
to storm the town" tells Monday's shelling.  Reports of acts ("the Observatory reported
clashes", "a fait état de combats") are no stance: they tell the act.

The spaCy pipelines of :mod:`geo.extract.nlp` run NER and (on demand) the parser only, without
tagger, morphologizer or lemmatizer (see :mod:`geo.extract.act_lexicon` for why), so tense and
mood are read from the word forms, as :mod:`geo.extract.same_day` reads completed acts.
"""

from __future__ import annotations

import re

from geo.extract.act_lexicon import FR_PARTICIPLE, attack_verb_pattern
from geo.extract.date_patterns import RECENT_START_FR
from geo.extract.speech import STANCE_VERBS

__all__ = ["DENIED_RE", "DONE_RE", "FRAME_RES", "NEGATED_RE", "PROTEST_DONE_RE", "no_act_reason", "tells_no_act"]

_W = r"(?<![\w-])"
_E = r"(?![\w-])"

_PROTEST_DONE = r"manifesté|protested|demonstrated|rassemblée?s?|descendue?s\s+dans|défilé"
#: a verb of violence, or of an act that happened, in a completed or headline form (English and
#: French; active, passive, participle)
DONE_RE = re.compile(
    _W + r"(?:"
    # English: past, participle and headline present of verbs of violence
    r"kill(?:s|ed)|die[sd]|dead|martyred|murdered|slain|massacred|executed|beheaded|hanged|shot|"
    r"wounded|injured|hurt|hits|" + attack_verb_pattern("en", ("past",)) + "|"
    r"captured|seized|retook|recaptured|overran|took\s+control|fired|exploded|"
    r"detonated|blew|clashed|fought|kidnapped|abducted|destroyed|levell?ed|dropped|launched|"
    r"carried\s+out|broke\s+out|erupted|fell|rag(?:ed|es)|"
    # French: participles and simple pasts of verbs of violence
    r"tué(?:e|s|es)?|morts?|mortes|périssent|péri(?:rent)?|décédée?s?|massacrée?s?|exécutée?s?|"
    r"décapitée?s?|égorgée?s?|pendue?s?|abattue?s?|blessée?s?|" + attack_verb_pattern("fr", FR_PARTICIPLE) + "|"
    r"tirée?s?|tiré|explosée?s?|explosé|pris(?:e|es)?|"
    r"repris(?:e|es)?|emparée?s?|conquise?s?|affrontée?s?|battue?s?|enlevée?s?|kidnappée?s?|détruite?s?|"
    r"lancée?s?|menée?s?|largué(?:e|s|es)?|éclaté|eu\s+lieu|tombée?s?(?!\s+d['’]accord)|"
    + _PROTEST_DONE + r")" + _E,
    re.I,
)
#: a protest that happened ("ont manifesté", "protested")
PROTEST_DONE_RE = re.compile(_W + "(?:" + _PROTEST_DONE + ")" + _E, re.I)

_PLAN = {
    # intent, threat, preparation, the future and modals
    "en": (r"vow(?:s|ed)?\s+to", r"threat(?:en|ens|ened)\s+to", r"plan(?:s|ned)?\s+to", r"intend(?:s|ed)?\s+to",
           r"prepar(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:to|for)", r"ready\s+to", r"poised\s+to", r"(?:set|expected|going)\s+to",
           r"will", r"would", r"could", r"might", r"on\s+the\s+eve\s+of",
           # an act asked for, as French "a appelé à": "called for protests", "calls on residents to rally"
           r"call(?:s|ed|ing)?\s+(?:on\s+(?:\w+\s+){1,3}?to|for)",
           # an act feared or looming: "residents fear an offensive", "an imminent assault"
           r"fear(?:s|ed|ing)?\s+(?:of\s+)?(?:an?|the)", r"imminent"),
    # "menace de", "se préparer à", "s'apprêter à", "va attaquer", "à la veille de", simple future
    # (a day or an object before the infinitive: "a menacé mardi de frapper", "accusé X de préparer une attaque")
    "fr": (r"menac(?:e|ent|é|ait|aient)\s+(?:d[e'’]|(?:\w+\s+){0,3}?d(?:e\s+|['’]\s*)\w+(?:er|ir|re))", r"(?:se\s+|s['’])?prépar(?:e|ent|ait|aient|er)\s+(?:\w+\s+){0,2}?(?:à|au|aux)",
           r"prépar(?:e|ent|ait|aient|er)\s+(?:une?|des|les?|la|l['’])\s*(?:\w+\s+)?(?:attaques?|offensives?|assauts?|frappes?)",
           r"s['’]apprêt(?:e|ent|ait|aient)", r"prêts?\s+à", r"prévoi(?:t|ent)\s+d[e'’]", r"envisag(?:e|ent)\s+d[e'’]",
           r"projet(?:te|tent)\s+d[e'’]", r"(?:veut|veulent|voulait|voulaient)\s+\w+",
           r"(?:va|vont|allait|allaient)\s+(?:se\s+|s['’])?\w+(?:er|ir|re)", r"pourrai(?:t|ent)",
           r"à\s+la\s+veille\s+d(?:e|u|es|['’])", r"(?:sera|seront|aura|auront|fera|feront)", r"(?-i:[a-zàâçéèêëîïôûùüÿœ]{2,}(?:er|ir|dr)(?:a|ont))",
           # acts asked for, authorised or feared: "d'autoriser des frappes", "une éventuelle
           # intervention", "en cas de frappes", "contre toute attaque", "a appelé à bombarder"
           r"autoris(?:er|ant|ation)\s+(?:\w+\s+){0,2}?(?:des|une|un|de|d['’]|les|le|la|l['’])",
           r"éventuel(?:le|les|s)?", r"envisagée?s?",
           # an act feared or looming: "craignent une offensive", "redoutent un assaut", "une offensive imminente"
           r"(?:crai(?:n[st]|gn(?:ent|ait|aient|ant))|redout(?:e|ent|ait|aient|ant))\s+(?:\w+\s+){0,2}?"
           r"(?:une?|des|les?|la|l['’])", r"imminente?s?", r"en\s+cas\s+d[e'’]", r"(?:contre\s+)?toute\s+(?:\w+\s+)?(?:attaque|frappe|"
           r"intervention|agression|offensive|opération)", r"appel(?:é|le|lent|ait|aient|er)\s+à",
           # an end of the acts, proposed or agreed: "un plan prévoyant une cessation des combats"
           r"(?:cessation|arrêt|fin|suspension)\s+des\s+(?:combats|hostilités|violences|bombardements|affrontements"
           r"|frappes|tirs)"),
}
#: chemical weapons spoken of as an arsenal, not used: "the convention banning chemical weapons",
#: "un plan d'élimination des armes chimiques", "destroy the chemical weapons"
_ARSENAL = {
    "en": (r"(?:convention|ban|elimination|destruction|dismantling|arsenal|stocks?|stockpiles?|programme|program|"
           r"inspectors?|destroy|dismantle|eliminate|hand\s+over)\s+(?:\w+\s+){0,3}?chemical\s+weapons",
           r"chemical\s+weapons\s+(?:arsenal|stocks?|stockpiles?|programme|program|convention|inspectors?|deal)"),
    "fr": (r"(?:convention|interdiction|élimination|destruction|démantèlement|arsenal|stocks?|programme|"
           r"inspecteurs?|détruire|démanteler|éliminer|livrer)\s+(?:\w+\s+){0,3}?(?:des\s+|d['’]\s*|les\s+)?"
           r"armes\s+chimiques",
           r"armes\s+chimiques\s+(?:syriennes\s+)?(?:arsenal|stocks?|programme)"),
}
_ONGOING = {
    "en": (r"(?:has|have)\s+(?:also\s+)?continued",
           r"fight(?:s|ing)?\s+alongside",
           r"regularly|routinely",
           # a force facing offensives: what it is up against, not an act of a day ("they face twin offensives")
           r"fac(?:e|es|ing)\s+(?:\w+\s+){0,2}?(?:offensives?|assaults?|attacks|onslaughts?|sieges?)",
           # a state held for weeks or more: "has been locked in battle … for more than one month"
           r"locked\s+in\s+(?:\w+\s+)?(?:battles?|fighting|clashes|combat)",
           r"(?:has|have)\s+been\s+(?:[\w-]+\s+){1,4}?for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
           r"(?:a|an|one|two|three|four|five|six|several|many|\d+)\s+(?:weeks|months?|years?)"),
    "fr": (r"(?:combats?|affrontements?)\s+(?:qui\s+)?oppos(?:e|ent)", r"régulièrement",
           r"(?:fait|font|faisant)\s+face\s+à\s+(?:\w+\s+){0,2}?(?:offensives?|assauts?|attaques|sièges?)",
           # people fleeing acts: a displacement, not the act ("des milliers ont fui les combats")
           r"(?:fui|fuient|fuit|fuir|fuyant|fuyaient|fuyait)\s+(?:\w+\s+){0,3}?(?:les|des|la|le|l['’])"),
}

#: a truce kept, since whatever day: no act ("la trêve est globalement respectée depuis samedi", "le
#: cessez-le-feu tient", "the truce in Homs has largely held")
_TRUCE_KEPT = {
    "en": (r"(?:truce|ceasefire|cease-fire)\s+(?:[\w'’-]+\s+){0,6}?(?:held|holding|holds|respected|observed)",),
    "fr": (r"(?:trêve|cessez-le-feu|cessation\s+des\s+hostilités)\s+(?:[\w'’-]+\s+){0,5}?"
           r"(?:respectée?|tient|tenait|observée?)",),
}

#: acts spoken of by what they let someone do, their effect, not told: "Les frappes russes ont permis
#: au régime de reprendre l'initiative", "Russian strikes have allowed the regime to regain ground"
_EFFECT = {
    "en": (r"(?:allowed|enabled|helped)\s+(?:the\s+|its\s+)?(?:regime|government|army|forces|rebels|troops|"
           r"opposition|kurds|allies|ally)",),
    "fr": (r"(?:ont|a|avaient|avait)\s+(?:notamment\s+|surtout\s+)?permis\s+(?:au|aux|à)",
           r"(?:ont|a)\s+(?:notamment\s+)?aidé\s+(?:le|la|les|l['’])\s*(?:régime|armée|forces|rebelles|troupes)"),
}

#: an act spoken of by what it is dedicated to, its theme, not told: "Les manifestations de ce
#: vendredi sont dédiées aux enfants", "Friday's protests are dedicated to the children", "une
#: réunion consacrée aux attaques chimiques"
_THEME = {
    "en": (r"(?:dedicated|devoted)\s+to",),
    "fr": (r"(?:dédi|consacr)(?:é|ée|és|ées)\s+(?:à|au|aux)",),
}


#: the words without which a frame cannot match: it is not tried on a sentence lacking them (speed)
_FRAME_CUES: dict[str, tuple[str, ...]] = {
    "effect": ("permis", "aidé", "allowed", "enabled", "helped"),
    "truce": ("trêve", "cessez", "cessation", "truce", "ceasefire", "cease-fire"),
}

#: "depuis jeudi", "depuis deux jours", "depuis l'aube": going on from a recent day up to the report
_SINCE_RECENT_FR = re.compile(rf"{_W}depuis\s+(?:{RECENT_START_FR}){_E}", re.I)


def _alternatives(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_W + "(?:" + "|".join(forms) + ")" + _E, re.I)


#: per language, the frames under which an act is spoken of, not told, by name
FRAME_RES: dict[str, dict[str, re.Pattern[str]]] = {
    lang: {"stance": _alternatives(tuple(STANCE_VERBS[lang].values())), "plan": _alternatives(_PLAN[lang]),
           "ongoing": _alternatives(_ONGOING[lang]), "arsenal": _alternatives(_ARSENAL[lang]),
           "theme": _alternatives(_THEME[lang]), "effect": _alternatives(_EFFECT[lang]),
           "truce": _alternatives(_TRUCE_KEPT[lang])}
    for lang in ("en", "fr")
}


#: a verb form negated: "did not strike", "has never attacked", "was not hit", "n'a pas bombardé",
#: "n'ont jamais attaqué", "n'a pas été touchée" (the span is left out when looking for a completed act)
NEGATED_RE = {
    "en": re.compile(r"(?<![\w-])(?:did|does|do|has|have|had|was|were|is|are)(?:\s+not|n['’]t|\s+never)\s+"
                     r"(?:been\s+|yet\s+)?[\w-]+", re.I),
    "fr": re.compile(r"(?<![\w-])n['’]\s*(?:[\w-]+\s+){1,2}?(?:pas|jamais|plus)\s+(?:encore\s+)?(?:été\s+)?[\w-]+",
                     re.I),
}


#: an act denied, in the denial's complement: "a démenti mardi avoir bombardé …", "nie avoir visé …",
#: "denied that its jets had bombed …", "denied bombing …" (the span is left out when looking for a
#: completed act, as a negated one is: the denial is the stance, the act is not told)
DENIED_RE = {
    "en": re.compile(r"(?<![\w-])(?:denied|denies|deny|denying)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:that\s+(?:[\w'’-]+\s+){0,4}?(?:had|has|have|was|were)\s+(?:been\s+)?[\w-]+|[\w-]+ing)", re.I),
    "fr": re.compile(r"(?<![\w-])(?:dément(?:ent)?|démenti|démentant|ni(?:e|ent|é)|niant)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:avoir|être)\s+(?:été\s+)?[\w-]+", re.I),
}


#: the base form of an English verb of violence, as it follows "did not" ("did not shell")
_ACT_BASE_EN = re.compile(
    _W + r"(?:kill|shell|strike|hit|bomb|attack|target|storm|raid|capture|seize|fire|fight|clash|execute|"
    r"behead|kidnap|abduct|destroy|launch|carry|shoot|explode|detonate)" + _E, re.I)


def no_act_reason(sentence: str, lang: str, *, toll: bool = False) -> str | None:
    """Why a sentence naming an act tells no act of its own ("stance", "plan", "ongoing",
    "arsenal", "theme", "effect", "truce", "negated"), or
    ``None`` when it tells one (see the module's rules); ``toll``: the sentence counts dead.
    Languages without frames here (all but English and French) are never judged."""
    frames = FRAME_RES.get(lang)
    if toll or frames is None:
        return None
    # fighting since a recent day is the day's news, no standing state ("des combats opposent depuis jeudi …")
    recent = _SINCE_RECENT_FR.search(sentence) is not None
    low = sentence.lower()
    found = [(m.start(), name) for name, pattern in frames.items()
             if name not in _FRAME_CUES or any(cue in low for cue in _FRAME_CUES[name])
             for m in pattern.finditer(sentence) if not (recent and name == "ongoing")]
    negated = list(NEGATED_RE[lang].finditer(sentence))
    found += [(m.start(), "negated") for m in negated
              if DONE_RE.search(m.group(0)) or _ACT_BASE_EN.search(m.group(0))]
    if not found:
        return None
    affirmed = sentence
    # a negated or denied act verb tells no act: look past it
    for m in sorted([*negated, *DENIED_RE[lang].finditer(sentence)], key=lambda m: m.start(), reverse=True):
        affirmed = affirmed[:m.start()] + " " * len(m.group(0)) + affirmed[m.end():]
    if DONE_RE.search(affirmed) is not None:
        return None
    return min(found)[1]


def tells_no_act(sentence: str, lang: str, *, toll: bool = False) -> bool:
    """Whether a sentence naming an act only speaks of it (:func:`no_act_reason`)."""
    return no_act_reason(sentence, lang, toll=toll) is not None
