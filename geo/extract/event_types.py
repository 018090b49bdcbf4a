"""Event typing with the ACLED taxonomy from English and French trigger lexicons.

A sentence's type comes from its most specific trigger (``Rule.rank``: lower wins).  Bare
"attack" sentences are typed by who attacks: an air-capable actor (coalition, US, Russian,
Turkish, Israeli, Syrian government forces) with no ground-fighting word is an air/drone
strike, anything else an armed clash.  Sentences that only report, threaten, sanction or
give background are not events (see :func:`is_non_event`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from geo.extract.act_lexicon import ATTACK_VERBS, FAMILIES, FR_FORMS, attack_verb_pattern
from geo.extract.number_words import NUMBER
from geo.extract.protest_aims import without_protest_aims
from geo.extract.several_places import at_other_places_only
from geo.extract.word_tries import headed_and_headless, word_trie
from geo.gazetteer.sources import country_names
from geo.taxonomy import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC,
)

#: hidden-by-default kind for official statements
STATEMENT = "Statement"

#: the countries whose air forces strike in Syria (those of :data:`geo.extract.actors.AIR_CAPABLE`):
#: their French adjectives make a bare "raid" or "frappe" an air strike ("un raid israélien")
_AIR_FORCE_COUNTRIES = ("US", "RU", "TR", "IL", "SY")
_FR_AIR_FORCES = "(?:" + "|".join(sorted(
    {re.escape(d) for iso in _AIR_FORCE_COUNTRIES for d in country_names.load()[iso].demonyms_fr},
    key=len, reverse=True)) + ")"
#: ... and their English adjectives, with the coalition and the regime, make bare "strikes" or "raids"
#: one ("Russian strikes killed 12", "US-led coalition strikes hit X"; not "the government strikes a deal")
_EN_AIR_FORCES = "(?:" + "|".join(sorted(
    {re.escape(d) for iso in _AIR_FORCE_COUNTRIES for d in country_names.load()[iso].demonyms_en if not d.endswith("s")}
    | {"US", "U\\.S\\.", "US-led", "Syrian-Russian", "Russian-Syrian"}
    | {w for word in ("coalition", "regime", "government", "pro-government") for w in (word, word.capitalize())},
    key=len, reverse=True)) + ")"

#: the rank of an explosion whose kind the sentence does not say ("a blast", "an explosion")
GENERIC_RANK = 7
#: the ranks of a bare "attack" typed by its attacker: an air strike, else an armed clash
ACTOR_AIR_RANK, ACTOR_CLASH_RANK = 8, 13
#: the rank of a killing told without its kind, typed from the article (geo.extract.toll_only)
TOLL_RANK = 99  # below every rule (their ranks are under 50)


@dataclass(frozen=True, slots=True)
class Rule:
    rank: int
    event_type: str
    sub_event_type: str | None
    pattern: re.Pattern[str]


def _rule(rank: int, event_type: str, sub: str | None, *forms: str) -> Rule:
    body = "|".join(forms)
    return Rule(rank, event_type, sub, re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I))


_BASE_RULES: tuple[Rule, ...] = (
    _rule(3, EXPLOSIONS, "Air/drone strike", r"air ?strikes?", r"air raids?", r"aerial (?:bombardment|attacks?)",
          r"drone (?:strikes?|attacks?)", r"drones?", r"UAVs?", r"unmanned aerial vehicles?", r"warplanes?",
          r"fighter jets?", r"helicopter gunships?",
          # aircraft's flights ("flew 40 sorties over X"; not French "sorties", exits)
          r"(?:flew|flown|flying|carried out|conducted)\s+(?:\w+\s+){0,3}?(?:combat\s+)?sorties", r"frappes? (?:aériennes?|de drones?)",
          r"raids? aériens?", r"bombardements? aériens?", r"drones? (?:armés?|kamikazes?)",
          r"avions? (?:de combat|de guerre|de chasse|militaires?)", r"chasseurs?[\s-]bombardiers?",
          # French "raid" and bare "frappe" are air raids: "un raid israélien", "des raids sur X",
          # "les frappes de la coalition", "de nouvelles frappes"
          rf"raids? (?:de l['’]aviation|du régime|de la coalition|{_FR_AIR_FORCES})",
          rf"frappes? (?:de l['’]aviation|du régime|de la coalition|{_FR_AIR_FORCES})",
          rf"(?-i:{_EN_AIR_FORCES})\s+(?:strikes|raids)(?!\s+(?:a|an|the|back|deal|deals)\b)",
          # ... or with a count, or a possessive after a verb carrying them on ("une série de raids", "a
          # poursuivi ses frappes"; not "a justifié ses frappes", "a suspendu ses raids")
          # (the look-ahead first: a count's grammar tried at every position made typing a third slower)
          rf"(?=(?:[\w'’,.-]+\s+){{1,3}}raids?(?![\w-]))(?:des|les|ces|nouveaux|de nouveaux|plusieurs|quelques|"
          rf"(?:dizaines?|centaines?|série|vague) de|{NUMBER}) raids?",
          rf"(?=(?:[\w'’,.-]+\s+){{1,3}}frappes?(?![\w-]))(?:des|les|ces|nouvelles|de nouvelles|plusieurs|quelques|"
          rf"(?:dizaines?|centaines?|série|vague) de|{NUMBER}) frappes?",
          r"(?:poursui(?:vi|t|vent|vait|vaient)|intensifi(?:é|e|ent|ait|aient)|multipli(?:é|e|ent|ait|aient)|"
          r"men(?:é|ait|aient)|lancé|repris|redoublé)\s+(?:\w+\s+)?(?:ses|leurs)\s+(?:frappes|raids)",
          # one: "un raid a fait vingt morts", "une frappe a visé"
          r"(?:un|un nouveau|le) raid", r"(?:une|une nouvelle) frappe",
          # bombs dropped, told in the passive: "des bombes à sous-munitions ont été larguées sur X"
          r"(?:a|ont|avait|avaient)\s+été\s+largu(?:é|ée|és|ées)", r"largages?",
          r"(?:aviation|avions?|hélicoptères?|warplanes|aircraft|jets|helicopters)\b[^.;]{0,60}?\b(?:destroyed|struck|"
          r"bombed|hit|targeted|détruit|bombard(?:é|e|ent|ait|aient)|frapp(?:é|e|ent|ait|aient)|visé|"
          r"pilonn(?:é|e|ent|ait|aient)|largu(?:é|e|ent|ait|aient)|mitraill(?:é|e|ent|ait|aient)|mené des raids)"),
    _rule(4, EXPLOSIONS, "Remote explosive/landmine/IED", r"IEDs?",
          r"roadside bombs?", r"improvised explosive devices?",
          # "a bomb attack on a bus convoy" (a planted bomb; not one dropped: "cluster bomb attacks")
          r"(?<!cluster\s)(?<!barrel\s)(?<!vacuum\s)(?<!napalm\s)(?<![\w-])bomb[\s-]+attacks?", r"land ?mines?", r"explosive devices?",
          r"booby[\s-]trapped", r"engins? explosifs?", r"attentats? à la bombe",
          r"mines? (?:terrestres?|antipersonnel)", r"bombes? artisanales?", r"piégée?s?",
          # a vehicle or a man blown up by a mine: "un véhicule a sauté sur une mine"
          r"(?:sauté|sautant|saute|sautent)\s+(?:\w+\s+)?sur\s+(?:une|des)\s+mines?", r"explosion\s+d['’]une\s+mine",
          # killed by a mine, a mine going off: "tué par une mine", "une mine a explosé", "killed by a mine"
          r"(?:par|by)\s+(?:une|des|a)\s+mines?", r"(?:une|des|a)\s+mines?\s+(?:a|ont|avait)?\s*(?:explosé|exploded|went off)"),
    _rule(6, EXPLOSIONS, "Grenade", r"grenades?"),
    _rule(GENERIC_RANK, EXPLOSIONS, None, r"explosions?", r"blasts?", r"exploded", r"detonated", r"ont explosé",
          r"bombs?\s+(?:had\s+)?went\s+off",  # "a bomb went off", "a second bomb went off"
          r"a explosé", r"déflagrations?", r"fired upon", r"came under fire", r"pris pour cible",
          # "came under fire": "une patrouille a essuyé des tirs", "ont essuyé des tirs nourris"
          r"(?:a|ont|avait|avaient|ayant)\s+essuyé\s+(?:\w+\s+)?(?:des|de\s+nombreux|plusieurs)\s+tirs",
          # something blown up: "les rebelles ont fait sauter un pont", "faisant exploser un barrage"
          r"blew up", r"blown up", r"blowing up",
          r"(?:(?:a|ont|avait|avaient|ayant)\s+fait|font|fait|faisant)\s+(?:exploser|sauter)",
          # "un attentat", "les attentats qui ont frappé X"; not "des attentats", mostly a kind of
          # act in general ("les moyens de commettre des attentats")
          r"(?:(?:un|cet|ces|les|double|nouvel|deux|trois) |l['’])attentats?"),
    _rule(10, BATTLES, "Government regains territory", r"recaptured", r"retook", r"retaken", r"regained control",
          r"(?:a|ont|avait|avaient) repris le contrôle", r"reprise de",
          r"reconqu(?:is|ise|ises|ête|érir|iert|ièrent)"),
    _rule(11, BATTLES, "Non-state actor overtakes territory", r"(?:seized|captured|took|taken) (?:(?:full|total|complete) )?control of",
          r"overran", r"se sont emparée?s?", r"s['’](?:est|était) emparée?", r"s['’]emparent",
          r"(?:a|ont|avait|avaient) pris le contrôle",
          # a town taken, its name right after ("l'armée a repris Rastane", "les rebelles ont pris Idleb")
          r"(?:a|ont|avait|avaient) (?:re)?pris(?=\s+(?-i:[A-ZÀ-ÖØ-Þ]))",
          # a place taken: "les jihadistes ont pris la ville de X", "ont conquis le village"
          r"(?:a|ont|avait|avaient) (?:pris|conquis) (?:la|le|l['’]) ?(?:ville|localité|village|quartier|bastion|"
          r"base|aéroport|colline|position|cité)s?",
          # (the article's elision ends the match: "aux mains de l'armée", "sous le contrôle d'Al-Nosra")
          r"(?:passée?s?|tombée?s?) (?:[\w-]+ ){0,3}?(?:sous le contrôle|aux mains) (?:des|du|de(?=\s+l['’])|d(?=['’]))",
          # taken, told in the passive: "la ville a été prise par les rebelles", "reprise par l'armée"
          r"(?:a|ont|avait|avaient|est|sont) été (?:re)?(?:prise?s?|conquise?s?) (?:\w+ )?(?:par|aux?)"),
    _rule(12, BATTLES, "Armed clash", r"clash(?:es|ed)?", r"fighting", r"battles?", r"firefights?",
          r"gunfights?", r"assaults?", r"offensives?", r"skirmish(?:es)?", r"ambush(?:ed)?",
          r"affrontements?", r"combats?", r"assauts?", r"accrochages?", r"heurts", r"embuscades?",
          r"se sont affrontée?s?", r"s['’]affront(?:e|ent|ait|aient)", r"fusillades?", r"échanges? de tirs",
          # fighters facing others, active: "des déserteurs ont affronté des soldats" (not "affronter une crise")
          r"(?:(?:a|ont|avait|avaient)\s+)?affront(?:é|ent|aient|ait|ant)\s+(?:\w+\s+)?(?:les|des|l['’]|d['’]|la|le)\s*"
          r"(?:[\w-]+\s+)?(?:soldats|forces|rebelles|troupes|jihadistes|djihadistes|insurgés|combattants|armée|"
          r"militaires|miliciens|déserteurs|policiers|milices|unités|kurdes|loyalistes)",
          # a counter-attack ("une contre-offensive", "ont contre-attaqué")
          r"contre-offensives?", r"contre-attaques?", r"contre-attaqu(?:é|ent|ait|aient)",
          # an aircraft shot down by the other side: "ont abattu un hélicoptère", "shot down a jet"
          r"(?:abattu|abattent|abattait|abattaient|abattant|shot down|shoots down|shooting down|downed|downing)\s+"
          r"(?:un|une|deux|des|l['’]|le|a|an|two|the)\s*(?:[\w-]+\s+)?(?:hélicoptères?|avions?|appareils?|"
          r"chasseurs?|drones?|helicopters?|jets?|planes?|aircraft|warplanes?)",
          r"(?:hélicoptères?|avions?|appareils?|drones?|helicopters?|jets?|planes?|aircraft|warplanes?)\s+"
          r"(?:[\w'’-]+\s+){0,3}?(?:a|ont|avait|avaient)\s+été\s+abattue?s?",
          r"(?:helicopters?|jets?|planes?|aircraft|warplanes?)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|has been|had been)\s+shot\s+down",
          # armed ground forces entering a place: "les chars de l'armée sont entrés mardi dans X" (not
          # "la trêve est entrée en vigueur"; English "entered X" stays untyped: "troops entered Syria")
          r"(?:chars|blindés|troupes|soldats|rebelles|jihadistes|djihadistes|insurgés|combattants|miliciens)\s+"
          r"(?:[\w'’-]+\s+){0,3}?(?:sont|étaient)\s+entrés\s+(?:[\w'’-]+\s+){0,2}?(?:dans|à)"),
    _rule(30, PROTESTS, "Peaceful protest", r"protest(?:s|ers|ed)?", r"demonstrat(?:ion|ions|ors)",
          r"manifestations?", r"manifestants?", r"rall(?:y|ies|ied)", r"ont manifesté", r"manifestaient",
          r"(?:se sont|s['’]est|s['’]étaient) rassemblée?s?", r"rassemblements?", r"sit-ins?",
          # the street and the crowd: "sont descendus dans la rue", "ont défilé", "took to the
          # streets", "ont tiré sur la foule", "opened fire on the crowd"
          r"(?:a|ont|avait|avaient) manifesté", r"manifestent", r"protestataires?",
          # a crowd that protested ("des centaines d'habitants ont protesté"; not "Moscou a protesté", a stance)
          r"(?:centaines|milliers|dizaines)\s+(?:de|d['’])\s*[\w-]+\s+(?:[\w-]+\s+)?(?:ont|avaient)\s+protesté",
          r"(?:sont|est|étaient|était) (?:descendue?s?|sortie?s?) dans (?:la|les) rues?", r"(?:a|ont|avaient) défilé", r"défilaient",
          r"(?:took|taken|take|taking) to the streets",
          # "thousands demonstrated in X" (not "the attack demonstrated that")
          r"demonstrat(?:ed|ing)(?=\s+(?:in|against|outside|near|at|on|for|across|throughout)\b)",
          r"(?:tiré|tirant|tirent|ouvert le feu|fired|firing|opened fire)\s+(?:\w+\s+){0,3}?(?:sur|on|at|into)\s+"
          r"(?:la|une|the|a)\s+(?:foule|crowd)s?"),
    _rule(31, RIOTS, "Violent demonstration", r"riots?", r"émeutes?"),
    _rule(40, STRATEGIC, "Arrests", r"arrested", r"arrests?", r"detained", r"arrêtée?s?", r"interpellée?s?",
          r"arrestations?", r"interpellations?", r"rafles?"),
    _rule(41, STRATEGIC, "Agreement", r"ceasefire", r"cease-fire", r"truce", r"cessez-le-feu", r"trêve"),
    _rule(42, STRATEGIC, "Looting/property destruction", r"looted", r"looting", r"pillages?", r"pillés?"),
)
#: every rule, most specific first: the kinds of act of :mod:`geo.extract.act_lexicon` (executions,
#: beheadings, massacres, chemical attacks, barrel bombs, shelling, sieges, kidnappings, suicide and
#: car bombs) and the rules above
RULES: tuple[Rule, ...] = tuple(sorted(
    _BASE_RULES + tuple(Rule(f.rank, f.event_type, f.sub_event_type, f.pattern()) for f in FAMILIES),
    key=lambda rule: rule.rank))
#: how every rule's pattern opens and closes (:func:`_rule`, ``act_lexicon.Family.pattern``)
_RULE_OPEN, _RULE_CLOSE = r"(?<![\w-])(?:", r")(?![\w-])"


def _rules_union(rules: tuple[Rule, ...]) -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str]], ...] | None:
    """Patterns matching together where any rule matches, each behind its cue (or None): a trie of
    all the rules' words that open on a letter (:func:`geo.extract.word_tries.word_trie`), and the
    words that do not, behind the word they end on ("des raids": "raid", tried only in a sentence
    that has it; :func:`geo.extract.word_tries.headed_and_headless`).  The least start of their
    first matches is where a rule first matches.  None when a rule is not of the usual shape."""
    if any(r.pattern.flags != re.I | re.U or not r.pattern.pattern.startswith(_RULE_OPEN)
           or not r.pattern.pattern.endswith(_RULE_CLOSE) for r in rules):
        return None
    headed, headless = headed_and_headless("|".join(r.pattern.pattern[len(_RULE_OPEN):-len(_RULE_CLOSE)] for r in rules))
    by_cue: dict[str | None, list[str]] = {None: headed}
    for alt, cue in headless:
        by_cue.setdefault(cue, []).append(alt)
    return tuple((cue and re.compile(cue, re.I), re.compile(_RULE_OPEN + word_trie("|".join(alts)) + _RULE_CLOSE, re.I))
                 for cue, alts in by_cue.items() if alts)


#: every rule at once: a sentence without a match is not tried rule by rule (the same types, faster)
_RULES_UNION = _rules_union(RULES)


def _first_rule_start(sentence: str) -> int | None:
    """Where a rule first matches in the sentence (:data:`_RULES_UNION`), or None."""
    return min((m.start() for cue, union in _RULES_UNION or ()
                if (cue is None or cue.search(sentence) is not None) and (m := union.search(sentence))), default=None)
#: the English attack verbs whose past tells an attack typed by its attacker
_TYPED_ATTACK_VERBS = tuple(v for v in ATTACK_VERBS["en"] if v != "raid")
#: generic attack words, typed by the attacker (see module docstring)
_ATTACK_RE = re.compile(
    # the English attack verbs of geo.extract.act_lexicon in the past ("the coalition bombed X",
    # "gunmen stormed"; not "raided", as often a search of homes as an attack), and their nouns
    # counted ("carried out 14 strikes", "a series of raids"; not "the raids", an act told already)
    rf"(?<![\w-])(?:attack(?:s|ing)?|{attack_verb_pattern('en', ('past',), lemmas=_TYPED_ATTACK_VERBS)}|"
    # ... and their gerund after "by", the means of an act ("responded by bombing X")
    rf"by\s+{attack_verb_pattern('en', ('ing',), lemmas=_TYPED_ATTACK_VERBS)}|"
    r"(?:\d+|several|multiple|(?:dozens|scores|hundreds|a\s+series|a\s+wave)\s+of)\s+(?:strikes|raids|bombings)|"
    r"attaques|visé|frappé|"
    # "attaquer": the infinitive of a purpose ("ont utilisé des chars pour attaquer l'aéroport")
    rf"{attack_verb_pattern('fr', FR_FORMS, lemmas=('attaquer',))})(?![\w-])",
    re.I,
)
#: attack words of an act from afar (bombs, strikes): never an armed clash, whoever the attacker
_REMOTE_RE = re.compile(r"bomb|strikes|raids", re.I)
#: a French passive "struck" told with no attacker ("le marché a de nouveau été frappé"): struck
#: from afar (shells, strikes), an explosion of unsaid kind, not a clash (the text before the word)
_STRUCK_FR_RE = re.compile(r"\bété\s+$", re.I)
_NON_EVENT_RE = re.compile(
    r"(?<![\w-])(?:sanctions?|would|could|might|threat(?:en(?:s|ed)?)?|warned|warning|mis en garde|"
    r"susceptibles?|pourrai(?:t|ent)|menace(?:s|r)?|has been going on|dure depuis)(?![\w-])",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Typing:
    event_type: str
    sub_event_type: str | None
    trigger: str
    rank: int

    @property
    def how(self) -> str:
        """How the type was found: ``"lexicon"`` (a word naming the kind of act), ``"generic"``
        (an explosion or blast of unsaid kind), ``"actor"`` (a bare "attack", typed by who
        attacks) or ``"toll"`` (people killed, the act unsaid: :mod:`geo.extract.toll_only`)."""
        if self.rank == TOLL_RANK:
            return "toll"
        if self.rank in (ACTOR_AIR_RANK, ACTOR_CLASH_RANK):
            return "actor"
        return "generic" if self.rank == GENERIC_RANK else "lexicon"


def type_sentence(sentence: str, actors: list[str] | tuple[str, ...] = ()) -> Typing | None:
    """The event type a sentence reports, or ``None``."""
    first = _first_rule(sentence)
    if first is not None and first[0].event_type != PROTESTS:
        # a protest against violence: the act its aim names is not the sentence's (geo.extract.protest_aims)
        aimed = without_protest_aims(sentence)
        again = _first_rule(aimed) if aimed != sentence else None
        if again is not None and again[0].event_type == PROTESTS:
            first = again
    best = Typing(first[0].event_type, first[0].sub_event_type, first[1], first[0].rank) if first else None
    if best is not None:
        return _protest_by_force(best, sentence) if best.event_type == PROTESTS else best
    m = _ATTACK_RE.search(sentence)
    if m is None:
        return None
    from geo.extract.actors import AIR_CAPABLE

    if actors and actors[0] in AIR_CAPABLE:
        return Typing(EXPLOSIONS, "Air/drone strike", m.group(0), ACTOR_AIR_RANK)
    if _REMOTE_RE.search(m.group(0)) or (
            not actors and m.group(0).lower().startswith("frapp") and _STRUCK_FR_RE.search(sentence, 0, m.start())):
        # "the army bombed X", "14 strikes", "le marché a été frappé": an explosion of unsaid kind
        return Typing(EXPLOSIONS, None, m.group(0), GENERIC_RANK)
    return Typing(BATTLES, "Armed clash", m.group(0), ACTOR_CLASH_RANK)


def _first_rule(sentence: str) -> tuple[Rule, str] | None:
    """The first rule (most specific first) whose words the sentence has, and its first match."""
    tried, first, start = RULES, None, 0
    if _RULES_UNION is not None:
        at = _first_rule_start(sentence)
        if at is None:
            return None
        # the first rule matching where one first matches, and its words there: a rule before it
        # may match further on (not before: no rule does)
        k, found = next((i, f) for i, rule in enumerate(RULES) if (f := rule.pattern.match(sentence, at)))
        tried, first, start = RULES[:k], (RULES[k], found.group(0)), at + 1
    for rule in tried:
        found = rule.pattern.search(sentence, start)
        if found:
            return rule, found.group(0)
    return first


#: force used on a protest: deadly (ACLED "Excessive force against protesters") or not ("Protest
#: with intervention": dispersed, tear gas, arrests)
_LETHAL_FORCE_RE = re.compile(
    r"(?<![\w-])(?:killed|killing|shot dead|shot and killed|opened fire|fired (?:live|on|at)|live (?:fire|ammunition)"
    r"|dead|died|tu[ée]e?s?|morts?|abattue?s?|ont tiré|a tiré|ouvert le feu|tirs? à balles réelles)(?![\w-])", re.I)
_INTERVENTION_RE = re.compile(
    r"(?<![\w-])(?:dispersed|broke up|tear ?gas|rubber bullets|water cannons?|arrested|detained|beat(?:en)?"
    r"|dispers[ée]e?s?|gaz lacrymogènes?|balles en caoutchouc|canons? à eau|interpellée?s?|arrêtée?s?"
    r"|matraqu[ée]e?s?)(?![\w-])", re.I)


def _protest_by_force(typing: Typing, sentence: str) -> Typing:
    """A protest at which people were killed or shot at is excessive force against protesters;
    one dispersed, gassed or arrested is a protest with intervention."""
    if _LETHAL_FORCE_RE.search(sentence):
        return replace(typing, sub_event_type="Excessive force against protesters")
    if _INTERVENTION_RE.search(sentence):
        return replace(typing, sub_event_type="Protest with intervention")
    return typing


def is_non_event(sentence: str, place_starts: Sequence[int] = (), toll: bool = False) -> bool:
    """Sanctions, threats, warnings, hypotheticals and background are not events, nor an attack
    told only at other places it leaves unnamed, with no dead (``place_starts``: where the
    sentence's place mentions start; :func:`geo.extract.several_places.at_other_places_only`)."""
    return _NON_EVENT_RE.search(sentence) is not None or at_other_places_only(sentence, place_starts, toll)


#: specificity of sub-event types when two sentences of one event disagree (higher wins)
SUB_SPECIFICITY = {None: 0, "Shelling/artillery/missile attack": 1, "Grenade": 1,
                   "Remote explosive/landmine/IED": 2, "Air/drone strike": 3, "Suicide bomb": 3,
                   "Chemical weapon": 4, "Armed clash": 1}
