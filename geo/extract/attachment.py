"""Which places of a sentence locate its event, read from spaCy's dependency parse.

A place name is followed up the parse tree from its head word, past what qualifies it: a
possessive with or without apostrophe ("X's eastern suburbs", scraped "Xs"), a compound ("X
province", "the X countryside"), a noun of area or of attack it is the complement of ("the
countryside of X", "la banlieue de X", "the shelling of X"), an apposition or a list ("the
villages of A and B").  What it reaches decides:

* ``EVENT``: the object of a locative preposition ("in/at/near/on…", "à/dans/près de/sur…")
  whose governor is not a speech verb, or what an attack verb hits ("warplanes struck X", "ont
  pilonné X", "X was shelled");
* ``SOURCE``: the subject of a speech verb ("Moscow said", "Damas a affirmé", "Moscow's defence
  ministry said"), a modifier of a media or agency noun ("Damascus state television", "the
  Damascus-based daily"), after "according to" / "selon";
* ``OTHER``: anything else ("rebels from X", "the governor of X", "said in X").

Reaching an area noun ("X province", "le gouvernorat de X") marks the place as named as a
first-level area.  Only event sentences (with a trigger) that name a place are parsed, by the
parser alone (spaCy's parser costs about as much as its NER; its French lemmatizer more).  ``CONFLICTMAP_PLACE_ATTACHMENT`` chooses how events use this (see
:data:`MODES`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geo.errors import ConfigurationError
from geo.extract import nlp
from geo.extract.act_lexicon import ATTACK_VERBS, TAKING_VERBS, verb_forms
from geo.extract.speech import SPEECH_LEMMAS

EVENT, SOURCE, OTHER = "event", "source", "other"
#: how event places are chosen: "words" (the word rules of ``events`` only), "parse" (the parse
#: wherever it could read the name; the word rules for sentences it did not parse), "both"
#: (places the parse attaches, the word rules' places less those the parse reads as sources)
MODES = ("words", "parse", "both")
DEFAULT_MODE = "words"
MODE_VARIABLE = "CONFLICTMAP_PLACE_ATTACHMENT"

#: prepositions (lower case) whose object is where something happens
LOCATIVE = frozenset(
    "in at near on onto inside outside around across into throughout within along upon nearby "
    "à a au aux dans sur en près autour chez vers".split())
#: the prepositions that place an act in a country ("in Syria", "en Syrie"), not "on Syria"
COUNTRY_LOCATIVE = frozenset("in inside across throughout within en au aux dans".split())
#: what multi-word French prepositions start with ("près de", "autour de", "aux abords de")
_FRENCH_COMPOUND = frozenset("près autour proche abords environs".split())
_POSSESSIVE_MARKS = frozenset("'s ’s ' ’".split())
_OF = frozenset("of de d' d’ du des".split())
#: nouns naming part of an area or a settlement: "the countryside of X", "la banlieue de X"
_AREA_PARTS = frozenset(
    "countryside outskirts suburb suburbs district districts neighbourhood neighborhood neighbourhoods "
    "neighborhoods province governorate region city town village villages area areas part parts "
    "centre center edge heart quarter camp village outskirt countrysides "
    "campagne banlieue banlieues périphérie faubourg faubourgs province gouvernorat région ville "
    "village villages localité quartier quartiers secteur zone district environs alentours abords "
    "centre cœur camp "
    # facilities: "the airport of X", "l'aéroport international de X", "la prison de X"
    "airport airbase base prison hospital school market mosque university "
    "aéroport base prison hôpital école marché mosquée université".split())
#: direction words between an area noun and its "of" ("the countryside east of", "la banlieue est de")
_DIRECTIONS = frozenset("north south east west northern southern eastern western nord sud est ouest "
                        "nord-est nord-ouest sud-est sud-ouest septentrional septentrionale méridional "
                        "méridionale oriental orientale occidental occidentale international internationale "
                        "rural rurale".split())
#: area nouns that make their place a first-level area ("X province", "gouvernorat de X")
_ADMIN_NOUNS = frozenset("province governorate gouvernorat muhafazat".split())
#: nouns (lemmas) of an attack: "the shelling of X", "le pilonnage de X"
_ATTACK_NOUNS = frozenset(
    "attack attacks bombing bombardment shelling siege strike strikes raid raids assault capture "
    "recapture storming offensive pounding "
    "massacre bombing explosion blast "
    "attaque bombardement pilonnage siège frappe raid assaut prise reprise offensive massacre attentat "
    "explosion".split())
#: verbs (lemmas) whose object or passive subject is what an attack hits: the attack and taking
#: verbs of geo.extract.act_lexicon, and verbs of destruction ("levelled X", "ont détruit X")
_DESTROY_VERBS = frozenset("level destroy blast rocket détruire".split())
_ATTACK_VERBS = frozenset(ATTACK_VERBS["en"] + ATTACK_VERBS["fr"] + TAKING_VERBS["en"] + TAKING_VERBS["fr"]) | _DESTROY_VERBS
#: a gerund may be read as its noun ("of shelling X": "shelling")
_ATTACKS = _ATTACK_VERBS | _ATTACK_NOUNS
#: predicates whose subject is what an attack hit ("X was the target", "X a été la cible")
_TARGET_NOUNS = frozenset("target cible".split())
#: nouns (lemmas) of media, agencies and governments' voices: their modifier is a source
_MEDIA_NOUNS = frozenset(
    "agency media television tv radio channel newspaper daily paper outlet broadcaster news press "
    "website station ministry spokesman spokesperson "
    "agence média médias télévision radio chaîne journal quotidien presse site ministère "
    "porte-parole".split())
#: nouns of time: a name in apposition to one is not placed by its preposition ("on Monday, Moscow")
_TIME_NOUNS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday day week month year night morning "
    "evening afternoon dawn january february march april may june july august september october "
    "november december lundi mardi mercredi jeudi vendredi samedi dimanche jour semaine mois année an "
    "nuit matin soir après-midi aube janvier février mars avril mai juin juillet août septembre "
    "octobre novembre décembre".split())
#: what an organisation is "based" at: its place is where it sits, not where an act happened
_BASED = frozenset("base based baser basé basée basés basées".split())
#: words after which a name is the source of what is reported
_SOURCE_CASES = frozenset("selon".split())
#: dependencies a name is followed up through to the phrase it qualifies
_QUALIFYING = frozenset(
    "poss compound amod appos conj flat flat:name nmod:poss npadvmod nmod nummod dep".split())
#: the most steps followed up the tree from a name
_MAX_STEPS = 6
#: sentences longer than this are not parsed (their places are chosen by the word rules)
MAX_PARSE_CHARS = 2_000


@dataclass(frozen=True, slots=True)
class Attachment:
    """What the parse says of one place name: ``kind`` (EVENT, SOURCE, OTHER), the preposition
    or verb that decided it, and whether it was named as a first-level area."""

    kind: str
    by: str = ""
    area: bool = False


def mode() -> str:
    """The configured attachment mode (``CONFLICTMAP_PLACE_ATTACHMENT``, default :data:`DEFAULT_MODE`)."""
    value = os.environ.get(MODE_VARIABLE, DEFAULT_MODE).strip().lower() or DEFAULT_MODE
    if value not in MODES:
        raise ConfigurationError(f"{MODE_VARIABLE} must be one of {', '.join(MODES)}, not {value!r}")
    return value


#: (the attack and taking verbs' forms are the act lexicon's: geo.extract.act_lexicon.verb_forms)
_EN_IRREGULAR = {"say": "said", "tell": "told", "see": "saw seen", "strike": "stricken", "démentir": "démenti démentie dément démentent",
                 "avertir": "averti avertit", "réagir": "réagi réagit", "base": "based basé basée basés basées"}
_FRENCH_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "er", "ait", "aient", "ant", "a")


def _forms(lemmas: frozenset[str]) -> dict[str, str]:
    """Inflected form -> lemma for the verbs and nouns of these lexicons (the parsing pipeline
    runs no lemmatizer: spaCy's French one costs more than its parser)."""
    out: dict[str, str] = {}
    for lemma in lemmas:
        forms = {lemma, *_EN_IRREGULAR.get(lemma, "").split(), *verb_forms(lemma)}
        if lemma.endswith("er"):
            forms.update(lemma[:-2] + ending for ending in _FRENCH_ENDINGS)  # déclarer: déclaré, déclare…
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms.update({lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d", lemma + "x"})
        if re.search(r"[^aeiou][aeiou][bgtnl]$", lemma):  # target is not doubled, but shell… is: both
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
        for form in forms:
            out.setdefault(form, lemma)
    return out


_LEMMAS = _forms(SPEECH_LEMMAS | _ATTACK_VERBS | _ATTACK_NOUNS | _MEDIA_NOUNS | _AREA_PARTS | _TIME_NOUNS
                 | _TARGET_NOUNS | _ADMIN_NOUNS | frozenset({"base"}))


def _lemma(token: Any) -> str:
    """The lexicon lemma of ``token``'s word (its lower-case form when no lexicon has it)."""
    word = token.lower_
    return _LEMMAS.get(word, word)


def _case_words(token: Any) -> list[str]:
    """The prepositions marking ``token``'s phrase: its English governing preposition, or its
    French ``case`` children (with "près"/"autour" before "de")."""
    words: list[str] = []
    if token.dep_ == "pobj":
        words.append(token.head.lower_)
        if token.head.lower_ == "to" and token.head.head.lower_ == "according":
            words.append("according to")
    for child in token.children:
        if (child.dep_ == "case" or child.dep_ == "fixed") and child.lower_ not in _POSSESSIVE_MARKS:
            words.append(child.lower_)
            words.extend(c.lower_ for c in child.children if c.dep_ == "fixed")
    # "près de X": the parser often hangs "près" elsewhere; read the two words before the phrase
    first = token.left_edge
    doc = token.doc
    if first.i >= 1 and doc[first.i].lower_ in _OF and doc[first.i - 1].lower_ in _FRENCH_COMPOUND:
        words.append(doc[first.i - 1].lower_)
    return words


def _head_token(doc: Any, start: int, end: int) -> Any | None:
    """The token of ``doc`` heading the characters ``start:end`` (the one whose head is outside)."""
    inside = [t for t in doc if t.idx < end and t.idx + len(t) > start]
    if not inside:
        return None
    ids = {t.i for t in inside}
    for t in inside:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return inside[-1]


def _noun_before(token: Any) -> Any | None:
    """The area noun written right before the "of"/"de" of ``token``'s phrase, past direction
    words ("la banlieue est de X", which the parser often misreads), or ``None``."""
    doc = token.doc
    i = token.left_edge.i - 1
    while i >= 0 and doc[i].lower_ in _OF:
        i -= 1
    for _skip in range(3):
        if i < 0:
            return None
        if doc[i].lower_ in _AREA_PARTS:
            return doc[i]
        if doc[i].lower_ not in _DIRECTIONS:
            return None
        i -= 1
    return None


def attach(token: Any) -> Attachment:
    """What the name headed by ``token`` is in its sentence (see the module docstring)."""
    area = token.lower_ in _ADMIN_NOUNS  # NER's "X province"
    current = token
    area_part = False
    for _step in range(_MAX_STEPS):
        head = current.head
        cases = _case_words(current)
        if "according to" in cases or _SOURCE_CASES.intersection(cases):
            return Attachment(SOURCE, cases[-1], area)
        if current.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and _lemma(head) in SPEECH_LEMMAS:
            # a place reached through "the town of …" is no speaker: the parse went astray
            return Attachment(OTHER if area_part else SOURCE, _lemma(head), area)
        if current is not token and _lemma(current) in _MEDIA_NOUNS:
            return Attachment(SOURCE, _lemma(current), area)
        if current.dep_ in ("npadvmod", "compound", "amod", "nmod") and _lemma(head) in _BASED:
            return Attachment(SOURCE, "based", area)  # "Damascus-based"
        if current is not token and _lemma(current) in _TIME_NOUNS:
            return Attachment(OTHER, _lemma(current), area)  # "on Monday, Moscow, …"
        locative = [w for w in cases if w in LOCATIVE or w in _FRENCH_COMPOUND]
        if locative:
            governor = head.head if current.dep_ == "pobj" else head
            if _lemma(governor) in SPEECH_LEMMAS:
                return Attachment(OTHER, _lemma(governor), area)  # "said in Geneva"
            if _lemma(governor) in _BASED:
                return Attachment(SOURCE, "based", area)  # "based in Damascus", "basée à Damas"
            return Attachment(EVENT, locative[0], area)
        if current.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass") and _lemma(head) in _ATTACKS:
            return Attachment(EVENT, _lemma(head), area)
        if current.dep_ == "nsubj" and _lemma(head) in _TARGET_NOUNS:
            return Attachment(EVENT, _lemma(head), area)  # "X was the target of", "X a été la cible"
        # the complement of an area or attack noun: "the countryside of X", "le gouvernorat de X"
        if _OF.intersection(cases):
            noun = head.head if current.dep_ == "pobj" else _noun_before(current) or head
            lemma = _lemma(noun)
            if lemma in _AREA_PARTS or noun.lower_ in _AREA_PARTS:
                area = area or noun.lower_ in _ADMIN_NOUNS
                area_part = True
                current = noun
                continue
            if lemma in _ATTACK_NOUNS:
                return Attachment(EVENT, lemma, area)
            if lemma in _MEDIA_NOUNS:  # "la télévision de Damas"
                return Attachment(SOURCE, lemma, area)
            return Attachment(OTHER, cases[0], area)
        if cases:  # another preposition: "from X", "to X", "vers X"
            return Attachment(OTHER, cases[0], area)
        if current.dep_ in _QUALIFYING and head.i != current.i:
            named_area = head.lower_ in _ADMIN_NOUNS or _lemma(head) in _ADMIN_NOUNS
            area = area or (named_area and current.dep_ in ("compound", "nmod", "appos", "flat"))
            current = head
            continue
        break
    return Attachment(OTHER, current.dep_, area)


def attachments(sentences: Sequence[Any], wanted: Sequence[Sequence[tuple[int, int]]],
                lang: str) -> list[dict[int, Attachment]] | None:
    """For each sentence (with ``start`` and ``text``), the parse's :class:`Attachment` of each of
    its ``wanted`` (start, end) character spans, keyed by start; ``None`` when ``lang`` has no
    parser.  Sentences with no wanted span, or too long, are not parsed (empty mappings)."""
    pipe = nlp.parser(lang)
    if pipe is None:
        return None
    out: list[dict[int, Attachment]] = [{} for _ in sentences]
    todo = [i for i, spans in enumerate(wanted) if spans and len(sentences[i].text) <= MAX_PARSE_CHARS]
    for i, doc in zip(todo, pipe.pipe((sentences[i].text for i in todo), batch_size=64), strict=True):
        base = sentences[i].start
        for start, end in wanted[i]:
            token = _head_token(doc, start - base, end - base)
            if token is not None:
                out[i][start] = attach(token)
    return out
