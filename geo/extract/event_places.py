"""The places an event of a sentence is at (:mod:`geo.extract.events`).

A sentence's event places: the places it locates something at (after a locative preposition, past
the words that qualify the place, or as what an attack hits), most precise first; never a
reference point, a demonym, a lone namesake abroad (:mod:`geo.extract.lone_namesakes`), a country
named only as an actor's nationality, a place standing for its government, agency or media
("Moscow said", "its ally Damascus", "Damascus-backed", "Moscow vetoed", a dateline), a gloss in
parentheses, or a small place found only by the gazetteer scan in another country than the one
the sentence locates the act in.  An event whose sentence names no such place takes its
paragraph's, the lead's, the headline's or the document's country (:func:`context_place_finder`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from geo.extract import attachment
from geo.extract.act_lexicon import EN_FORMS, attack_verb_forms
from geo.extract.area_names import countryside_named
from geo.extract.attachment import COUNTRY_LOCATIVE, EVENT, LOCATIVE, SOURCE, Attachment
from geo.extract.capitals import named_as_groups_capital
from geo.extract.country_parts import part_before_adjective
from geo.extract.date_patterns import CALENDAR_WORDS
from geo.extract.dateline_dates import AGENCY_AFTER
from geo.extract.destinations import destination, listed_destination
from geo.extract.event_types import type_sentence
from geo.extract.group_fields import names_a_coalitions_field
from geo.extract.lone_namesakes import lone_namesakes, offset_namesakes
from geo.extract.origins import origins_of
from geo.extract.other_act_phrases import without_other_acts
from geo.extract.place_lists import listed_after
from geo.extract.places import PlaceMention, mention_precision
from geo.extract.sentences import Sentence
from geo.extract.settlements import qualifies_settlement
from geo.extract.several_places import INCLUDED_PLACE_BEFORE_RE
from geo.extract.speaker_places import opening_speaker_end, speaker_place
from geo.extract.speech import SPEECH_VERBS as _SPEECH_VERBS
from geo.extract.struck_places import struck_subject
from geo.extract.there import told_there
from geo.models import Place, precision_rank

LOCATIVE_WORDS = frozenset(
    "in at near inside outside around across into on of from to towards toward between over along throughout "
    "à a au aux dans près de du des d en vers sur contre entre chez".split()
)
_COUNTRY_LOCATIVE_WORDS = frozenset("in inside across throughout en au aux dans".split())
#: a part of a country the act is in: "dans le nord de la Syrie", "au sud du Liban", "dans
#: l'extrême nord-est du pays", "in the north of Syria", "in the far east of Syria"
_COUNTRY_PART_RE = re.compile(
    r"\b(?:in|inside|dans|au|à|a|en)\s+(?:the\s+|le\s+|l['’]\s*)?(?:far[\s-]+|extrême[\s-]+)?"
    r"(?:north|south|east|west|centre|center|nord|sud|est|ouest)(?:[\s-]*(?:east|west|est|ouest))?\s+"
    r"(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|d['’]\s*)$", re.I)
#: verbs whose object is where an attack happened ("warplanes struck Aleppo", "ont pilonné Homs")
#: (the attack and taking verbs of geo.extract.act_lexicon, English in all forms, French participle,
#: present and imperfect: "tandis que l'aviation bombardait Homs")
STRIKE_WORDS = frozenset(attack_verb_forms("en", EN_FORMS, taking=True)
                         + attack_verb_forms("fr", ("é", "e", "ent", "ait", "aient"), taking=True))
#: words of time: a locative right before one governs the time, not a place after it
_TIME_WORDS = CALENDAR_WORDS | frozenset("dawn morning afternoon evening night aube matin soir nuit".split())
#: words that may stand between a locative word or an attack verb and the place ("in the besieged
#: rebel-held eastern X", "in the oil-rich X province", "dans la ville d'X", "ont visé jeudi X"):
#: articles, directions, control, size, and the French day or adverb set between a verb and its object
_MODIFIER_RE = re.compile(
    r"(?:the|its|their|this|that|le|la|les|l|nearby|neighbou?ring|besieged|restive|embattled|rural|central|"
    r"rebel|rebels|opposition|regime|government|insurgent|jihadist|militant|kurdish|strategic|key|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|"
    # control, and what a place is rich in, ravaged by or peopled with ("oil-rich", "war-torn", "Kurdish-majority")
    r"[\w]+-(?:held|controlled|run|dominated|besieged|rich|torn|ravaged|majority|populated)|"
    # what French sets between a verb and its object: the day ("ont visé jeudi soir X"), an adverb
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|après-midi|dernier|hier|avant-hier|veille|"
    r"également|aussi|notamment|encore|ainsi|déjà|de\s+nouveau|à\s+nouveau)$",
    re.I,
)
#: words before which an attack verb's participle qualifies a place ("in the besieged X", "its besieged X")
#: rather than governing it ("forces besieged X")
_BEFORE_A_MODIFIER = LOCATIVE_WORDS | frozenset("the a an its their this that his her le la les l".split())
#: the most qualifying words looked past between a locative word and the place
_MAX_MODIFIERS = 5
#: a place that speaks: right before its verb, with no comma between ("Moscow said"; in "killed 12
#: in Saraqib, said the Observatory" the place is where it happened and the speaker comes after)
_SOURCE_AFTER_RE = re.compile(
    r"(?:-based|\s+based\b|\s+(?:(?:has|have|had|also|again|then|later|on\s+\w+|a|avait|aussi)\s+){0,2}"
    rf"{_SPEECH_VERBS}\b)",
    re.I,
)
#: a witness's or a resident's town, right before their words ("a resident of Douma told AFP", "a
#: witness in X said"): where they saw the act, no source
_LOCAL_BEFORE_RE = re.compile(r"\b(?:residents?|witness(?:es)?|villagers?|locals?|habitants?|témoins?)\s+(?:of|in|from|de|d['’]|à)\s*$",
                              re.I)
#: a place that is a source: after "according to", "selon", or after a speech verb and an article
#: ("said the Observatory", "a indiqué l'Observatoire"; not "activists said Aleppo was hit")
_SOURCE_BEFORE_RE = re.compile(
    r"(?:(?:\bselon|\baccording\s+to|\bd['’]après|\bcited\s+by|\bquoted\s+by|\btold)"
    r"\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?"
    # ... or the place a speaking person or body is of: "selon le commandant de la région d'Alep",
    # "according to the governor of Homs" (not one where the speaker is: "activists in Idlib")
    r"(?:(?!(?:in|at|near|inside|dans|à|au|aux|en|près)\s)[\w'’-]+\s+){1,5}?(?:of|de|du|des|d['’])\s*"
    r"(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?(?:(?:city|province|region|ville|région)\s+(?:of\s+|de\s+|d['’]\s*))?"
    r"|(?:\bselon|\baccording\s+to|\bd['’]après|\bcited\s+by|\bquoted\s+by|\btold)"
    r"\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?"
    rf"|\b{_SPEECH_VERBS}\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*))$", re.I)
#: how far before a place :data:`_SOURCE_BEFORE_RE` looks (characters)
_SOURCE_SPAN = 70


#: a country named as the nationality of a force or of its acts, right before the noun it
#: qualifies ("killed in US airstrikes", "in heavy U.S. raids", "Russias Aerospace Forces", "the
#: US-led coalition"): who acted, not where (French puts the adjective after: "frappes russes")
_ATTRIBUTIVE_AFTER_RE = re.compile(
    r"(?:['’]?s)?(?:-(?i:led|backed)\b|\s+(?:(?:[A-Z][\w-]*|latest|new|recent|heavy|deadly|fresh|renewed|"
    r"overnight|suspected|alleged|intense|intensive|massive)\s+){0,2}"
    r"(?i:air\s*(?:strikes?|raids?|attacks?|force|forces|power)|war\s*planes?|fighter\s+jets?|"
    r"strikes?|raids?|bombings?|bombardments?|missiles?|drones?|artillery|shelling|jets?|aircraft|planes?|"
    r"forces|troops|soldiers|army|military|navy|aviation|government|ministry|president|officials?)\b)"
)
#: the dateline of a news agency after a place ("MOSCOW (Sputnik)", "Moscow AFP", "BEIRUT —"): where
#: the report was filed, not where the act was
_DATELINE_AFTER_RE = re.compile(rf"{AGENCY_AFTER.pattern}|\s*(?:AFP|AP|Reuters|Sputnik|SANA|Xinhua|TASS)\b")
#: a dateline's date between its place and the agency ("BEIRUT, Sept 22 (Reuters)", "Damas, 22 sept
#: 2016 (AFP)"): a few words, one with a digit
_DATED_DATELINE_AFTER_RE = re.compile(rf",\s*(?=[^()\n]{{0,30}}\d)(?:[\w.]+,?\s+){{1,4}}?{AGENCY_AFTER.pattern}")
#: between a town and the country that qualifies it ("Sochi Russia", "Sotchi, Russie")
_QUALIFIED_GAP_RE = re.compile(r"\s*,?\s*")
#: between a demonym and the place it says is of its country ("Syrian northern town of ", "syrienne de ")
_DEMONYM_OF_RE = re.compile(r"\s+(?:(?:[a-z][\w-]*\s+){0,2}(?:town|city|village|province|region|district)\s+of|de|d['’])"
                            r"\s*(?:the\s+)?")
_CAPS_DATELINE_AFTER_RE = re.compile(r"\s*(?:\(|[—–-]{1,2}\s)")
#: a place standing for its government whatever the parse reads: the forces it backs or leads
#: ("Damascus-backed militias", "Moscow-led talks"), its veto ("Moscow vetoed", "Moscou a opposé son
#: veto"), or named as an ally ("its ally Damascus", "son allié Damas", "allié de Damas", "allied to Damascus")
_GOVERNMENT_AFTER_RE = re.compile(
    r"(?:-(?:backed|led|allied|aligned|supported|sponsored)\b|\s+(?:(?:has|had|also|again|then|on\s+\w+)\s+){0,2}"
    r"(?:vetoed|vetoes|a\s+opposé\s+son\s+veto|oppose\s+son\s+veto)\b)", re.I)
_GOVERNMENT_BEFORE_RE = re.compile(
    r"\b(?:(?:its|their|his|her|an?|the|key|close|main|staunch|closest)\s+)+all(?:y|ies)\s+(?:of\s+)?$"
    r"|\b(?:son|leur|ses|leurs|un|l['’]\s*)\s*(?:proches?\s+|principal\s+)?alliée?s?\s+$"
    r"|\balli(?:é|ée|és|ées)\s+(?:de\s+|d['’]\s*)$|\ballied\s+(?:to|with)\s+$|\ban?\s+ally\s+of\s+$", re.I)


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    before = text[max(0, start - 40):start].lower()
    if re.search(r"\bd['’]\s*$", before):
        return ["d"]
    # "l'" is an article: what governs the place comes before it ("à l'X", not "par l'X")
    return re.findall(r"[\w]+", re.sub(r"\bl['’]\s*$", "", before))[-n:]


def _governing_word(text: str, start: int, sentence_start: int, names: frozenset[str]) -> str:
    """The word that governs a place at ``start``, past the words that qualify it ("on Syria's
    northern rebel-held X": "on"); ``names``: the sentence's place names, whose possessive
    ("Syria's", scraped "Syrias") qualifies too.  Lower case; "" at the sentence's start."""
    before = text[max(sentence_start, start - 120):start]
    if re.search(r"\bd['’]\s*$", before, re.I):
        return "d"
    before = re.sub(r"\bl['’]\s*$", "", before, flags=re.I)  # an article
    words = re.findall(r"[\w’'-]+", before)
    skipped = 0
    while words and skipped <= _MAX_MODIFIERS:
        word = words.pop()
        bare = re.sub(r"['’]s$|['’]$", "", word)
        # "Syria's", or scraped "Syrias": a capitalised word ending in s before the place
        possessive = bare != word or (word[:1].isupper() and word.endswith("s") and len(word) > 3)
        if not (_MODIFIER_RE.match(word) or (possessive and (bare in names or word[:1].isupper()))):
            return word.lower()
        if word.lower() in STRIKE_WORDS and not (words and words[-1].lower() in _BEFORE_A_MODIFIER):
            return word.lower()  # "forces besieged X", not "in the besieged X"
        skipped += 1
    return ""


def _is_source(text: str, m: PlaceMention, sentence: Sentence) -> bool:
    """Whether a place stands for a government, agency or outlet, or is a gloss in parentheses."""
    if (_SOURCE_AFTER_RE.match(text, m.end) and not _LOCAL_BEFORE_RE.search(text, max(sentence.start, m.start - 40), m.start)
            or _is_dateline(text, m)):
        return True
    if m.place.precision == "country" and _ATTRIBUTIVE_AFTER_RE.match(text, m.end):
        return True
    if _SOURCE_BEFORE_RE.search(text[max(sentence.start, m.start - _SOURCE_SPAN):m.start]):
        return True
    return _in_parentheses(text, m, sentence) and not _bracketed_area(text, m, sentence)


def _stands_for_government(text: str, m: PlaceMention, sentence: Sentence) -> bool:
    """A place heading a dateline, or standing for its government (:data:`_GOVERNMENT_AFTER_RE`):
    never an event place, whatever the parse reads."""
    return (_is_dateline(text, m) or bool(_GOVERNMENT_AFTER_RE.match(text, m.end))
            or bool(_GOVERNMENT_BEFORE_RE.search(text[max(sentence.start, m.start - 40):m.start])))


#: the two ends of a way in French: "acheminer des armes de Hama vers Alep", "la route depuis X
#: jusqu'à Y": places the act goes between, not where it happens
_PATH_FROM_RE = re.compile(r"(?:\bde|\bd['’]|\bdepuis)\s*$", re.I)
_PATH_TO_RE = re.compile(r"\s+(?:vers|jusqu['’](?:à|au|aux))\s+(?:la\s+|le\s+|l['’]\s*)?", re.I)


def _path_end(text: str, m: PlaceMention, own: Sequence[PlaceMention]) -> bool:
    """Whether ``m`` is an end of a way named by ``own`` mentions: "de X vers Y" (X or Y)."""
    k = next((i for i, o in enumerate(own) if o is m), None)
    if k is None:
        return False
    return any(0 <= a and b < len(own) and _PATH_TO_RE.fullmatch(text, own[a].end, own[b].start) is not None
               and _PATH_FROM_RE.search(text, max(0, own[a].start - 10), own[a].start) is not None
               for a, b in ((k, k + 1), (k - 1, k)))


#: a road named by its two ends: "the Damascus-Baghdad highway", "the Aleppo-Gaziantep road", "l'autoroute
#: Damas-Alep": an end is a place the road leads to, after any place the sentence locates the act at
_ROAD = r"(?:highway|road|motorway|expressway|autoroute|route|axe)"
_NAME = r"[A-ZÀ-Ý][\w'’]*(?:[\s-](?:al|el|ez|ad|ar|as|ash|at|az|an)-?[\w'’]*)?"
_ROAD_AFTER_FIRST_RE = re.compile(rf"\s*-\s*{_NAME}(?:\s+{_NAME})?\s+{_ROAD}\b")
_ROAD_BEFORE_SECOND_RE = re.compile(rf"{_NAME}\s*-\s*$")
_ROAD_AFTER_SECOND_RE = re.compile(rf"\s+{_ROAD}\b")
_ROAD_BEFORE_FR_RE = re.compile(rf"\b{_ROAD}s?\s+(?:{_NAME}\s*-\s*)?$")


def _road_end(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` is an end of a road named by its two ends (English before the road's noun,
    French after it)."""
    before = text[max(0, m.start - 60):m.start]
    return bool(_ROAD_AFTER_FIRST_RE.match(text, m.end)
                or (_ROAD_BEFORE_SECOND_RE.search(before) and _ROAD_AFTER_SECOND_RE.match(text, m.end))
                or (_ROAD_BEFORE_FR_RE.search(before) and ("-" in before[-3:] or text[m.end:m.end + 2].strip().startswith("-"))))


def _is_dateline(text: str, m: PlaceMention) -> bool:
    """A place heading an agency's dateline: before the agency's name ("Moscow AFP", "MOSCOW
    (Sputnik)"), or before its date and the agency's name in parentheses when in capitals or heading
    its line ("BEIRUT, Sept 22 (Reuters)", "Damas, 22 sept 2016 (AFP)"), or in capitals before a
    parenthesis or a dash ("BEIRUT —", "DAMAS (AFP)")."""
    if _DATELINE_AFTER_RE.match(text, m.end):
        return True
    if _DATED_DATELINE_AFTER_RE.match(text, m.end) and (
            m.text.isupper() or not text[max(0, m.start - 80):m.start].rpartition("\n")[2].strip()):
        return True
    return m.text.isupper() and len(m.text) > 3 and bool(_CAPS_DATELINE_AFTER_RE.match(text, m.end))


def _called_its_countrys(text: str, m: PlaceMention, own: Sequence[PlaceMention]) -> bool:
    """Whether a demonym of ``m``'s own country qualifies it: "the Syrian (northern) town of X",
    "la ville syrienne de X"."""
    return any(d.method == "demonym" and d.place.country_code == m.place.country_code and d.end <= m.start
               and _DEMONYM_OF_RE.fullmatch(text, d.end, m.start) is not None for d in own)


def _bracketed_area(text: str, m: PlaceMention, sentence: Sentence) -> bool:
    """A first-level area in brackets: no gloss, where the name before it lies ("X (province d'Idleb)")."""
    return m.area and m.place.feature == "ADM1" and _in_parentheses(text, m, sentence)


def _in_parentheses(text: str, m: PlaceMention, sentence: Sentence) -> bool:
    opening = text[sentence.start:m.start]
    return opening.count("(") > opening.count(")")


def event_places_of(text: str, sentence: Sentence, mentions: Sequence[PlaceMention],
                  starts: Sequence[int] | None = None,
                  parsed: dict[int, Attachment] | None = None, how: str = "words",
                  lone: frozenset[int] = frozenset()) -> list[PlaceMention]:
    """Mentions in the sentence that locate something there, most precise first.

    ``starts``: the mentions' start offsets when ``mentions`` is sorted by them (then only the
    sentence's own are looked at, not every mention of a long article).  ``parsed``: the
    parse's reading of the mentions (``geo.extract.attachment``), used as ``how`` says.
    ``lone``: the starts of lone namesakes abroad (:mod:`geo.extract.lone_namesakes`), no
    event places."""
    if starts is not None:
        mentions = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
    chosen = []
    destinations: set[int] = set()  # the starts of places named as where something goes
    own = [m for m in mentions if sentence.start <= m.start < sentence.end]
    names = frozenset(m.text for m in own)
    for k, m in enumerate(own):
        if ((m.method == "demonym" and not part_before_adjective(text, m.start)) or m.reference or m.start in lone
                or _stands_for_government(text, m, sentence)  # ... or a coalition's field: "fighting IS in Iraq"
                or names_a_coalitions_field(text, m.start, sentence.start, m.place.precision == "country")):
            continue
        if k + 1 < len(own) and own[k + 1].place.precision != "country" and qualifies_settlement(
                text, m.end, own[k + 1].start):
            continue  # "the Idlib town of X": where X lies, X the place
        reading = parsed.get(m.start) if parsed and how != "words" else None
        # "parse": the parse decides where it could read the name; "both": the parse adds the
        # places it attaches and vetoes its sources, the word rules decide the rest
        if reading is not None and (how == "parse" or reading.kind in (EVENT, SOURCE)):
            if reading.kind == EVENT and not _in_parentheses(text, m, sentence) and (
                    m.place.precision != "country" or reading.by in COUNTRY_LOCATIVE or reading.by not in LOCATIVE):
                chosen.append(replace(m, area=True) if reading.area and not m.area else m)
            continue
        if _is_source(text, m, sentence) or _path_end(text, m, own) or speaker_place(text, m.start, sentence.start):
            continue
        words = _words_before(text, m.start)
        # a locative before a day, a month or a time of day locates the time: "Speaking on Sunday US
        # Secretary …", "said on Monday Washington had …", "en octobre Washington a …"
        words = words[max((i + 1 for i, w in enumerate(words) if w in _TIME_WORDS), default=0):]
        governing = _governing_word(text, m.start, sentence.start, names)
        if m.place.precision == "country":
            if not (_COUNTRY_LOCATIVE_WORDS.intersection(words[-2:]) or governing in _COUNTRY_LOCATIVE_WORDS
                    or _COUNTRY_PART_RE.search(text, max(sentence.start, m.start - 60), m.start)
                    or m.method == "demonym"):  # "dans le nord-ouest syrien" (part_before_adjective)
                continue
        elif not (LOCATIVE_WORDS.intersection(words) or governing in LOCATIVE_WORDS
                  or governing in STRIKE_WORDS or struck_subject(text, m.end)  # "Alep a subi des raids"
                  or _bracketed_area(text, m, sentence)
                  or INCLUDED_PLACE_BEFORE_RE.search(text, max(sentence.start, m.start - 80), m.start)
                  # a later item of a list whose first items are located: "à Homs, Hama et Deraa"
                  or (chosen and listed_after(text, chosen[-1], m))):
            continue
        chosen.append(m)
        if (destination(text, m, governing, sentence.start) or len(chosen) > 1 and chosen[-2].start in destinations
                and listed_destination(text, chosen[-2], m, STRIKE_WORDS)):  # "their journey to A, B or C"
            destinations.add(m.start)
    # A small place the gazetteer scan alone found, in another country than the one the sentence
    # locates the act in, is a namesake ("in eastern Syria … the month of Ramadan").
    # A place the text calls its country's ("the Syrian town of X", "la ville syrienne de X") is no namesake,
    # A continent ("in Europe": no country code) locates the act in no country, nor does a country
    # that qualifies the town before it ("in Sochi Russia", "à Sotchi, Russie").
    # "In Washington, the Pentagon confirmed strikes in Aleppo province": the opening place is the
    # speaker's when the speech names a place after its verb (geo.extract.speaker_places)
    # where fire or fighters came from gives way to where they struck ("fired from A hit B": geo.extract.origins)
    origins = origins_of(text, sentence.start, sentence.end, own, chosen) if len(chosen) > 1 else set()
    if origins:  # (all of them origins, of fire at one place the gazetteer lacks: one act, near the first)
        chosen = [m for m in chosen if m.start not in origins] if len(origins) < len(chosen) else chosen[:1]
    if len(chosen) > 1:
        spoken = {m.start: opening_speaker_end(text, m.start, m.end, sentence.start) for m in chosen[:1]}
        chosen = [m for m in chosen if spoken.get(m.start) is None
                  or not any(o.start >= spoken[m.start] for o in chosen)]
    countries = {m.place.country_code for m in chosen if m.place.precision == "country" and m.place.country_code
                 and not any(o.end <= m.start and o.place.country_code == m.place.country_code
                             and _QUALIFIED_GAP_RE.fullmatch(text, o.end, m.start) for o in own)}
    if countries:
        chosen = [m for m in chosen if m.place.precision == "country" or m.method == "ner"
                  or m.place.country_code in countries or _called_its_countrys(text, m, own)]
    # a town told as its countryside ("in Hama's countryside") is as vague as a first-level area
    return sorted(chosen, key=lambda m: (m.start in destinations or _road_end(text, m), precision_rank(
        "admin1" if countryside_named(text, m.start, m.end) else mention_precision(m)), m.start))


def sentence_event_places(text: str, sentences: Sequence[Sentence], mentions: Sequence[PlaceMention],
                          starts: Sequence[int], parsed: Sequence[dict[int, Attachment]] | None,
                          how: str) -> tuple[list[list[PlaceMention]], list[list[PlaceMention]]]:
    """Each sentence's event places (:func:`event_places_of`), lone namesakes abroad left out, and
    those named in a phrase telling another act, left out of the first
    (:mod:`geo.extract.other_act_phrases`); a sentence's "y" is the place the sentence before
    names (:func:`geo.extract.there.told_there`)."""
    lone = lone_namesakes(mentions) | offset_namesakes(text, mentions)  # ("le Castello, au nord d'Alep")
    return without_other_acts(sentences, told_there([s.text for s in sentences],
                                                    [event_places_of(text, sentence, mentions, starts, parsed[i] if parsed
                                                                     else None, how, lone) for i, sentence in enumerate(sentences)]))


def parsed_sentences(sentences: Sequence[Sentence], mentions: Sequence[PlaceMention], starts: Sequence[int],
            lang: str) -> list[dict[int, Attachment]] | None:
    """The parse's reading of the place names of each event sentence (one with a trigger); the
    others are not parsed (the word rules place them, for the context of events without a place)."""
    wanted = [[(m.start, m.end) for m in mentions[bisect_left(starts, s.start):bisect_left(starts, s.end)]
               if m.method != "demonym" and not m.reference] if type_sentence(s.text) is not None else []
              for s in sentences]
    return attachment.attachments(sentences, wanted, lang)


#: people moved out of a place under a deal ("evacuees from X", "granted safe passage out of X",
#: "évacués de la ville de X"): the place they leave, no place of an act there
_EVACUATED_FROM_RE = re.compile(
    r"\b(?:evacuat(?:ed|ion|ions)|evacuees|safe\s+passage|évacu(?:é|ée|és|ées|ation|ations|er))\b[^.;]{0,50}?"
    r"(?:\bout\s+of|\bfrom|\bde|\bd['’]|\bdu|\bdes)\s*(?:[\w'’-]+\s+){0,3}?$", re.I)


def _evacuated_from(text: str, m: PlaceMention, sentence: Sentence) -> bool:
    """Whether the sentence names ``m`` as the place people are evacuated from (:data:`_EVACUATED_FROM_RE`)."""
    return _EVACUATED_FROM_RE.search(text, max(sentence.start, m.start - 80), m.start) is not None


def context_place_finder(text: str, sentences: Sequence[Sentence], own: Sequence[Sequence[PlaceMention]],
                   mentions: Sequence[PlaceMention], starts: Sequence[int]) -> Callable[[int], tuple[PlaceMention, str] | None]:
    """The place an event of sentence ``i`` without one of its own is inferred to be at, and from
    where: its paragraph's most precise event place ("paragraph"), else the lead's ("lead", the
    first paragraph with one), else the headline's or dateline's ("headline", any place it names
    that is not a source), else the country the document names most ("document").  The headline
    (the first sentence) is never the paragraph's or the lead's: scraped text that runs it into
    the body has the rest of that block as its paragraph.  A paragraph's places in the country the
    document names most come before its places abroad ("… said in the Turkish town of Kilis"),
    then the most precise, then the first told; a sentence naming a place people are evacuated from gives no context
    ("granted safe passage out of X, a town near Y": no act there), nor does a place named as a group's
    capital ("… between the border and the group's de facto capital of X": a description,
    :func:`geo.extract.capitals.named_as_groups_capital`)."""
    # the country the document names most (names and demonyms: "en Syrie", "syrien")
    sources = {id(m) for sentence in sentences
               for m in mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
               if _is_source(text, m, sentence)}
    votes = Counter(m.place.country_code for m in mentions
                    if m.place.country_code and not m.reference and id(m) not in sources)
    country = next((m for cc, _n in votes.most_common(1) for m in mentions
                    if m.place.country_code == cc and m.place.precision == "country"), None)
    home = country.place.country_code if country is not None else None

    def rank(m: PlaceMention) -> tuple[bool, int]:
        return home is not None and m.place.country_code != home, precision_rank(mention_precision(m))

    of_paragraph: dict[int, list[PlaceMention]] = {}
    # the headline is context of its own, even when scraped text runs it into the first
    # paragraph (then that paragraph's other sentences are still the paragraph and the lead)
    for sentence, places in zip(sentences[1:], own[1:], strict=True):
        if any(_evacuated_from(text, m, sentence) for m in places):
            continue  # (and the places that tell where that place lies: "out of X, a town near Y")
        for m in [m for m in places if not named_as_groups_capital(text, m.start, m.end)][:1]:  # "the de facto capital of X"
            of_paragraph.setdefault(sentence.paragraph, []).append(m)
    for places in of_paragraph.values():
        places.sort(key=rank)  # stable: the first told among equals
    headline: PlaceMention | None = None
    if sentences:
        first = sentences[0]
        names = [m for m in mentions[bisect_left(starts, first.start):bisect_left(starts, first.end)]
                 if m.method != "demonym" and not m.reference and not _is_source(text, m, first)]
        headline = own[0][0] if own[0] else min(
            names, key=lambda m: (precision_rank(mention_precision(m)), m.start), default=None)
    lead_paragraph = min(of_paragraph, default=None)

    def place_for(i: int, within: Callable[[Place], bool] | None = None) -> tuple[PlaceMention, str] | None:
        """``within``: only a place (not a country) it accepts, else None."""
        paragraph = sentences[i].paragraph
        found: list[tuple[PlaceMention, str]] = []
        found += [(m, "paragraph") for m in of_paragraph.get(paragraph, ())]
        if lead_paragraph is not None:
            found += [(m, "lead") for m in of_paragraph[lead_paragraph]]
        if headline is not None:
            found.append((headline, "headline"))
        if country is not None:
            found.append((country, "document"))
        # a source's best place first
        by_source: dict[str, tuple[PlaceMention, str]] = {}
        for f in found:
            by_source.setdefault(f[1], f)
        if within is not None:
            return next((f for f in by_source.values() if f[0].place.precision != "country" and within(f[0].place)),
                        None)
        if not found:
            return None
        # a country is the answer only when no later context names a place inside it
        first, *later = by_source.values()
        if first[0].place.precision == "country":
            inside = [f for f in later if f[0].place.precision != "country"
                      and f[0].place.country_code == first[0].place.country_code]
            return inside[0] if inside else first
        return first

    return place_for
