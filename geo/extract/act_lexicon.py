"""Kinds of act, by lemma, in English and French, and the ACLED type and sub-type each maps to.

A family (executions, beheadings, massacres, chemical attacks, barrel bombs, shelling, sieges,
kidnappings, suicide bombs, car bombs) lists the lemmas that name its act; :func:`en_verb`,
:func:`en_noun`, :func:`fr_verb` and :func:`fr_noun` expand a lemma into the forms news text
writes ("execute" -> executes, executed, executing; "exécuter" -> exécuté, exécutées, exécutent,
exécutaient; "enlever" -> enlèvent, enlevés; "car bomb" -> car bombs, car-bomb).  A few fixed
phrases whose words do not inflect alone ("blew himself up", "s'est fait exploser") are written
out as patterns.

Why patterns from lemmas rather than spaCy's lemmas: typing reads each sentence as text
(:func:`geo.extract.event_types.type_sentence`), and the spaCy pipelines of
:mod:`geo.extract.nlp` are loaded without the tagger, attribute ruler, morphologizer and
lemmatizer (the English and French lemmatizers are rule-based and need those part-of-speech
components, which would be run on every article for this alone).  The expansion below covers
the regular inflections of the lemmas listed here and is checked by tests on sentences.

Rank: lower is more specific and wins when a sentence names several kinds of act ("a suicide
car bomb" is a suicide bomb, not a car bomb; "barrel bombs" dropped on a besieged town are an
air strike, not a siege).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.taxonomy import BATTLES, EXPLOSIONS, VIOLENCE_CIVILIANS

_APOS = "['’]"
#: an act's word of no particular kind, in either language ("the strikes", "this attack", "l'attaque",
#: "cet attentat"): what a definite mention or a subject pointing back to an act names (a pattern,
#: for geo.extract.dateline_leads and geo.extract.further_acts)
ACT_NOUNS = (r"(?:attacks?|bombings?|bombardments?|strikes?|air\s*strikes?|raids?|shelling|explosions?|blasts?|"
             r"assaults?|massacres?|attaques?|frappes?|bombardements?|attentats?|tirs?)")


# -- inflection -------------------------------------------------------------------------------
def _words(lemma: str) -> list[str]:
    return [re.escape(w) for w in lemma.split()]


def en_noun(lemma: str) -> str:
    """A noun (or compound whose last word is its head) with its plural; words joined by a space
    or a hyphen ("car bomb", "car-bombs")."""
    words = _words(lemma)
    last = words[-1]
    plural = "(?:es)?" if last.endswith(("s", "sh", "ch", "x")) else "s?"
    return r"[\s-]+".join(words[:-1] + [last + plural])


def en_verb(lemma: str, *, double: bool = False, forms: str = "") -> str:
    """A regular verb: -s, -ed, -ing ("execute" -> execut(e|es|ed|ing)); ``double``: the final
    consonant doubles ("kidnap" -> kidnapped, kidnapping; "kidnaped" also read); ``forms``:
    which of "s", "ed", "ing" to keep (default all: "pound" without "pounds", the currency)."""
    wanted = forms.split() if forms else ["", "s", "ed", "ing"]
    if lemma.endswith("e"):
        stem = re.escape(lemma[:-1])
        endings = {"": "e", "s": "es", "ed": "ed", "ing": "ing"}
    else:
        stem = re.escape(lemma)
        last = re.escape(lemma[-1])
        endings = {"": "", "s": "s", "ed": f"(?:{last})?ed" if double else "ed",
                   "ing": f"(?:{last})?ing" if double else "ing"}
    alts = [endings[w] for w in wanted]
    return stem + "(?:" + "|".join(alts) + ")"


def _fr_stem(stem: str) -> str:
    """The stem with its last e/é before the final consonants read as e, é or è (enlever ->
    enlèvent, assiéger -> assiègent)."""
    escaped = re.escape(stem)
    m = re.search(r"[eé](?=[^aeiouyéèêàâîôû]+$)", escaped)
    return escaped[:m.start()] + "[eéè]" + escaped[m.end():] if m else escaped


def fr_verb(lemma: str) -> str:
    """A verb in -er: infinitive, present, participles (é, ée, és, ées), imperfect, simple past
    and future of the third person ("exécuter" -> exécuté, exécutent, exécutaient)."""
    if not lemma.endswith("er"):
        raise ValueError(f"only -er verbs are expanded here, not {lemma!r}")
    stem = _fr_stem(lemma[:-2])
    soft = "e?" if lemma[:-2].endswith("g") else ""  # égorgeant, assiégeaient
    endings = ("er", "e", "es", "ent", "é", "ée", "és", "ées", f"{soft}ant", f"{soft}a", f"{soft}ait",
               f"{soft}aient", "èrent", "era", "eront", "ons", "ez")
    return stem + "(?:" + "|".join(endings) + ")"


def fr_noun(lemma: str) -> str:
    """A noun phrase with each content word in the singular or plural ("voiture piégée" ->
    voitures piégées; "baril d'explosifs" -> barils d'explosifs); an apostrophe may be straight
    or curly."""
    out = []
    for word in lemma.split():
        if word.endswith(("s", "x")) or len(word) <= 3:
            out.append(re.escape(word))
        else:
            out.append(re.escape(word) + ("x?" if word.endswith(("au", "eu")) else "s?"))
    return re.sub("['’]", _APOS, r"[\s-]+".join(out))


# -- the families -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Family:
    """One kind of act: its name, its ACLED type and sub-type, its rank, and its forms."""

    name: str
    rank: int
    event_type: str
    sub_event_type: str | None
    en: tuple[str, ...]
    fr: tuple[str, ...]

    def pattern(self) -> re.Pattern[str]:
        body = "|".join(self.en + self.fr)
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


FAMILIES: tuple[Family, ...] = (
    Family("chemical attack", 1, EXPLOSIONS, "Chemical weapon",
           en=(en_noun("chemical attack"), en_noun("chemical weapon"), en_noun("chemical strike"),
               en_noun("chemical bomb"), en_noun("chemical munition"), en_noun("gas attack"),
               en_noun("chemical substance"), en_noun("toxic substance"),
               en_noun("nerve agent"), r"sarin", r"chlorine(?:[\s-]+(?:gas|bombs?|barrels?))?",
               r"(?:poison(?:ous)?|toxic|mustard|nerve)[\s-]+gas(?:es)?", r"gass(?:ed|ing)"),
           fr=(fr_noun("attaque chimique"), fr_noun("arme chimique"), fr_noun("frappe chimique"),
               fr_noun("agent neurotoxique"), fr_noun("attaque au gaz"), fr_noun("substance chimique"),
               fr_noun("substance toxique"),
               r"gaz[\s-]+(?:toxiques?|sarin|moutarde|chlor[ée]s?|de\s+chlore|neurotoxiques?|mortels?|asphyxiants?)",
               r"chlore")),
    Family("suicide bomb", 2, EXPLOSIONS, "Suicide bomb",
           en=(r"suicide[\s-]+(?:car[\s-]+|truck[\s-]+)?(?:bomb(?:er|ing)?s?|attack(?:er)?s?|vests?|belts?)",
               r"blew\s+(?:himself|herself|themselves)\s+up", r"blown\s+(?:himself|herself|themselves)\s+up",
               r"blowing\s+(?:himself|herself|themselves)\s+up", en_noun("explosive vest"),
               en_noun("explosive belt"), r"(?:bomb|car bomb)s? (?:was|were) detonated by a suicide"),
           fr=(r"attentats?[\s-]+suicides?", r"(?<!drones\s)(?<!drone\s)kamikazes?(?![\s-]+drones?)",
               r"(?:s['’]est|se\s+sont)\s+fait\s+(?:exploser|sauter)", fr_noun("ceinture explosive"),
               r"ceintures?\s+d['’]explosifs", r"(?:voitures?|camions?|véhicules?)[\s-]+suicides?")),
    Family("barrel bomb", 3, EXPLOSIONS, "Air/drone strike",
           en=(en_noun("barrel bomb"), r"barrel[\s-]+bomb(?:ed|ing)", r"explosive(?:s|-laden)?\s+barrels?",
               r"barrels?\s+(?:packed|filled|laden)\s+with\s+explosives?"),
           fr=(fr_noun("baril d'explosifs"), fr_noun("baril explosif"), fr_noun("baril de TNT"),
               r"bombes?[\s-]+barils?", r"barils?\s+(?:piégés?|bourrés?\s+d['’]explosifs)")),
    Family("car bomb", 4, EXPLOSIONS, "Remote explosive/landmine/IED",
           en=(r"(?:car|truck|lorry|vehicle|motorcycle|motorbike|bus)[\s-]+bomb(?:s|ings?|ed)?",
               r"(?:explosives?|bomb)[\s-]+(?:laden|packed|rigged)\s+(?:car|vehicle|truck|lorry|motorcycle|motorbike)s?",
               r"booby[\s-]+trapped\s+(?:car|vehicle|truck|motorcycle|motorbike)s?", en_noun("VBIED")),
           fr=(fr_noun("voiture piégée"), fr_noun("véhicule piégé"), fr_noun("camion piégé"), fr_noun("moto piégée"),
               r"(?:voitures?|véhicules?|camions?|motos?)\s+(?:bourrée?s?|chargée?s?)\s+d['’]explosifs",
               fr_noun("attentat à la voiture piégée"))),
    Family("shelling", 5, EXPLOSIONS, "Shelling/artillery/missile attack",
           en=(en_verb("shell"), en_verb("bombard"), en_noun("bombardment"), en_verb("pound", forms="ed ing"),
               r"artillery", en_noun("mortar"), en_noun("rocket"), en_noun("missile"), r"barrages?\s+of",
               r"rocket[\s-]+fire", r"(?:mortar|tank|artillery)[\s-]+(?:fire|rounds?|shells?)"),
           fr=(fr_verb("pilonner"), fr_verb("bombarder"), fr_noun("bombardement"), fr_noun("pilonnage"),
               r"obus", fr_noun("roquette"), fr_noun("missile"), fr_noun("canonnade"), r"artillerie",
               fr_noun("mortier"),
               r"tirs?\s+(?:d['’]artillerie|de\s+mortiers?|de\s+roquettes?|d['’]obus|de\s+chars?)")),
    Family("execution", 9, VIOLENCE_CIVILIANS, "Attack",
           en=(en_verb("execute"), en_noun("execution"), en_noun("firing squad"), r"summarily\s+killed"),
           fr=(fr_verb("exécuter"), fr_noun("exécution"), fr_noun("peloton d'exécution"),
               fr_noun("exécution sommaire"), fr_verb("fusiller"))),
    Family("beheading", 9, VIOLENCE_CIVILIANS, "Attack",
           en=(en_verb("behead"), en_noun("beheading"), en_verb("decapitate"), en_noun("decapitation"),
               r"(?:slit|cut|slitting|cutting)\s+(?:the\s+|their\s+|his\s+|her\s+)?throats?"),
           fr=(fr_verb("décapiter"), fr_noun("décapitation"), fr_verb("égorger"), fr_noun("égorgement"))),
    Family("siege", 14, BATTLES, "Armed clash",
           en=(r"(?:lay|lays|laid|laying)\s+siege", en_verb("besiege", forms="s ing"),
               r"(?<!the\s)(?<!a\s)besieged(?=\s+(?:the\s|a\s|an\s|(?-i:[A-Z])))",
               # a town surrounded by troops ("the army encircled Zabadani"), not "the encircled town"
               en_verb("encircle", forms="s ing"),
               r"(?<!the\s)(?<!a\s)encircled(?=\s+(?:the\s|a\s|an\s|(?-i:[A-Z])))"),
           fr=(r"(?:mis|mettre|met|mettent|mettaient|mettait)\s+le\s+siège",
               r"assi[éè]g(?:e|ent|eaient|eait|eant|èrent|era|eront)",
               r"(?:a|ont|avait|avaient)\s+assiégé",
               # "l'armée a encerclé Zabadani", "les rebelles encerclent la ville", not "la ville encerclée"
               r"encercl(?:e|ent|aient|ait|ant|èrent|era|eront)\b",
               r"(?:a|ont|avait|avaient)\s+encerclé\b")),
    Family("kidnapping", 20, VIOLENCE_CIVILIANS, "Abduction/forced disappearance",
           en=(en_verb("kidnap", double=True), en_noun("kidnapper"), en_verb("abduct"), en_noun("abduction"),
               en_noun("abductor"), r"(?:taken|took|take|takes|taking)\s+(?:\w+\s+){0,3}?hostages?",
               r"(?:held|holding)\s+(?:\w+\s+){0,2}?hostages?", r"hostage[\s-]+taking"),
           fr=(fr_verb("enlever"), fr_noun("enlèvement"), fr_verb("kidnapper"), fr_noun("kidnapping"),
               r"(?:(?<=le\s)|(?<=un\s)|(?<=du\s)|(?<=ce\s)|(?<=les\s)|(?<=des\s))rapts?",  # not English "rapt"
               fr_noun("ravisseur"), r"pris(?:es)?\s+en\s+otages?", r"prises?\s+d['’]otages?",
               fr_verb("séquestrer"))),
    Family("massacre", 21, VIOLENCE_CIVILIANS, "Attack",
           en=(en_verb("massacre"), r"executed civilians", r"killed civilians"),
           fr=(fr_verb("massacrer"), fr_noun("massacre"), fr_noun("tuerie"), r"tué des civils")),
    # people killed by someone or shot, told without a word for the kind of act ("six civilians were
    # killed by government troops", "une femme a été tuée par balle"): after the protests (30), so
    # that deaths at a protest stay force against protesters
    Family("killing", 35, VIOLENCE_CIVILIANS, "Attack",
           en=(r"(?:was|were|been)\s+(?:\w+\s+)?(?:killed|shot|stabbed|hanged|hung)\s+(?:dead\s+)?by",
               r"shot\s+(?:dead|and\s+killed)", r"gunned\s+down", r"(?:was|were|been)\s+hanged",
               r"sniper(?:s|\s+fire)?", en_verb("assassinate", forms="ed"), en_noun("assassination"),
               r"tortured\s+to\s+death", r"(?:wounded|injured)\s+by\s+(?:\w+\s+)?(?:gunfire|bullets?|sniper|fire\s+from)",
               # gunmen killing, named as such ("Gunmen killed a council member in X"; militants' kills may be a battle)
               r"(?:gunmen|assailants|armed\s+men|unidentified\s+attackers)\s+(?:\w+\s+){0,2}?(?:killed|murdered)"),
           fr=(r"(?:tuée?s?|abattue?s?|pendue?s?|poignardée?s?)\s+par", r"tuée?s?\s+par\s+balles?",
               r"(?:a|ont|avait|avaient)\s+été\s+(?:pendue?s?|abattue?s?)", r"blessée?s?\s+par\s+(?:des\s+)?(?:tirs|balles?)", r"tireurs?\s+embusqués?", r"snipers?",
               r"(?:mort|morte|morts|mortes|décédée?s?|tuée?s?)\s+sous\s+la\s+torture",
               fr_verb("assassiner"), fr_noun("assassinat"),
               # gunmen firing on people ("ont ouvert le feu sur un bus") or shooting them down (a
               # crowd fired on is a protest's: rank 30)
               r"(?:a|ont|avait|avaient)\s+ouvert\s+le\s+feu\s+(?:\w+\s+)?sur",
               # gunmen machine-gunning a bus or a car ("des tireurs ont mitraillé un bus"; by aircraft: an air strike)
               r"(?:a|ont|avait|avaient)\s+mitraillé",
               r"(?:hommes\s+armés|assaillants)\s+(?:\w+\s+){0,2}?(?:a|ont|avait|avaient)\s+tué",
               r"(?:a|ont|avait|avaient)\s+abattu\s+(?:\w+\s+){0,2}?(?:soldats?|civils?|personnes?|hommes|femmes?|"
               r"enfants?|rebelles?|combattants?|militaires?|jihadistes?|policiers?|membres?)")),
)

#: the families by name
BY_NAME: dict[str, Family] = {f.name: f for f in FAMILIES}


# -- the verbs of an attack on a place ----------------------------------------------------------
#: verbs (lemmas) of an attack whose object, or passive subject, is what it hit ("warplanes struck
#: X", "X was shelled", "ont pilonné X", "X a été visée"): the one list every rule reading a place
#: hit by an act builds its words from (:func:`attack_verb_forms`, :func:`attack_verb_pattern`)
ATTACK_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("hit", "strike", "target", "bomb", "bombard", "shell", "pound", "attack", "raid", "storm"),
    "fr": ("bombarder", "pilonner", "viser", "frapper", "toucher", "cibler", "attaquer"),
}
#: verbs (lemmas) of a place taken, besieged or overrun: territory changing hands, no attack; the
#: rules that read a town so taken as the act's place add them to :data:`ATTACK_VERBS`
TAKING_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("capture", "seize", "recapture", "overrun", "besiege", "encircle"),
    "fr": ("prendre", "reprendre", "assiéger", "encercler"),
}
#: armed men moving into a place, in English ("tanks rolled into X", "troops swept into X"): a
#: taking (geo.extract.territory), with its place right after (geo.extract.act_place_names)
MOVED_INTO = r"(?:rolled|swept|pushed|moved|advanced|stormed|poured|drove)\s+into"
#: the forms a rule may ask for: English base, third person, past (and participle), -ing; French
#: infinitive, participle (é) and its agreement (ée, és, ées), present (e, ent), imperfect (ait, aient)
EN_FORMS = ("base", "s", "past", "ing")
FR_FORMS = ("er", "é", "ée", "és", "ées", "e", "ent", "ait", "aient")
#: the French participle with its agreement ("bombardé, bombardée, bombardés, bombardées")
FR_PARTICIPLE = ("é", "ée", "és", "ées")
#: forms of these verbs that are not made by the regular endings
_IRREGULAR: dict[str, dict[str, tuple[str, ...]]] = {
    "hit": {"past": ("hit",), "ing": ("hitting",)},
    "strike": {"past": ("struck",)},
    "overrun": {"past": ("overran", "overrun"), "ing": ("overrunning",)},
    "assiéger": {"e": ("assiège",), "ent": ("assiègent",), "ait": ("assiégeait",), "aient": ("assiégeaient",)},
    **{verb: {"é": (f"{pre}pris",), "ée": (f"{pre}prise",), "és": (f"{pre}pris",), "ées": (f"{pre}prises",),
              "e": (f"{pre}prend",), "ent": (f"{pre}prennent",), "ait": (f"{pre}prenait",),
              "aient": (f"{pre}prenaient",)}
       for pre, verb in (("", "prendre"), ("re", "reprendre"))},
}


def _regular(lemma: str, form: str) -> str:
    if form == "er":
        return lemma
    if form in FR_FORMS:
        return lemma[:-2] + form
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {"base": lemma, "s": lemma + "s", "past": stem + "ed", "ing": stem + "ing"}[form]


def attack_verb_forms(lang: str, forms: tuple[str, ...], *, taking: bool = False,
                      lemmas: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The words of the attack verbs of ``lang`` ("en", "fr") in these forms (:data:`EN_FORMS`,
    :data:`FR_FORMS`); ``taking``: with the verbs of a place taken (:data:`TAKING_VERBS`);
    ``lemmas``: these verbs instead (a subset a rule keeps, named where it is kept)."""
    if lemmas is None:
        lemmas = ATTACK_VERBS[lang] + (TAKING_VERBS[lang] if taking else ())
    words: dict[str, None] = {}
    for lemma in lemmas:
        for form in forms:
            words.update(dict.fromkeys(_IRREGULAR.get(lemma, {}).get(form, (_regular(lemma, form),))))
    return tuple(words)


def verb_forms(lemma: str) -> tuple[str, ...]:
    """All the forms of one attack or taking verb (none for another word)."""
    for lang, forms in (("en", EN_FORMS), ("fr", FR_FORMS)):
        if lemma in ATTACK_VERBS[lang] + TAKING_VERBS[lang]:
            return attack_verb_forms(lang, forms, lemmas=(lemma,))
    return ()


def attack_verb_pattern(lang: str, forms: tuple[str, ...], *, taking: bool = False,
                        lemmas: tuple[str, ...] | None = None) -> str:
    """:func:`attack_verb_forms` as a regular-expression alternation (longest words first); ``lang``
    "en+fr" joins both languages (``forms`` and ``lemmas`` then list those of both)."""
    words: list[str] = []
    for one in lang.split("+"):
        own = tuple(f for f in forms if f in (EN_FORMS if one == "en" else FR_FORMS))
        mine = None if lemmas is None else tuple(v for v in lemmas if v in ATTACK_VERBS[one] + TAKING_VERBS[one])
        words.extend(attack_verb_forms(one, own, taking=taking, lemmas=mine))
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"
