"""A phrase telling another act than the sentence's own: by its distance in time ("a week after an
air strike on X", "days after X was hit by …", "au lendemain de l'attentat de X", "quelques jours
après la frappe sur X"), as what the act answers ("in retaliation for the strike on X", "en
représailles à …"), as what it is like ("similar to the massacre in X", "semblable à …"), or as
what it is the first since ("the second such attack since a bombing in X", "following last
week's attack in X").

A place named inside such a phrase (one naming an act) is the other act's (background, or an act
of its own: :mod:`geo.extract.earlier_acts`, placed there), not the place of the sentence's own
act: a sentence that names no other place falls back to its paragraph, lead or dateline as any act
without one ("A car bomb exploded on Friday, a week after an attack in X": not at X).  Its place
still tells that the sentence speaks of somewhere (a new act far from the one before, dated by
the publication as a placed one is).  A sentence that names a place of its own keeps its places as
they are (the most precise first); so does one that tells no act but the phrase's, or only the act
told already ("Cette attaque survient une semaine après …": :mod:`geo.extract.back_references`),
and one that tells its own act in the phrase's town by the town's noun ("Au lendemain du
bombardement de X, des milliers de personnes ont manifesté dans la ville", "… une manifestation y a
été dispersée": both acts at X).
The phrase runs to the end of its clause (:func:`geo.extract.earlier_acts.clause_end`, or
"while", "tandis que"); one opening the
sentence ends at a comma, else it leaves the sentence no clause of its own and is not read.  A
bare "after" ("five people were killed after a car bomb exploded in X") tells the sentence's own
act, and is not such a phrase.  (The parser runs only where place attachment is configured: the
phrase is read from its words.)

This module owns the wider set of openings and what a sentence's own act keeps of its places; the
openings telling a distance in time are composed of those :mod:`geo.extract.earlier_acts` owns
and dates by (a count of days or weeks after, the day after), widened here to the undated ones
("several hours since", "the night after", "le lendemain de").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.act_lexicon import ACT_NOUNS
from geo.extract.back_references import refers_back
from geo.extract.earlier_acts import AFTER, COUNT, DAY_UNIT, clause_end, day_after, lendemain
from geo.extract.event_types import type_sentence
from geo.extract.places import PlaceMention
from geo.extract.sentences import Sentence
from geo.extract.there import THERE_RE

__all__ = ["other_act_phrase", "without_other_acts"]

#: the openings telling the distance in time to another act: those :mod:`geo.extract.earlier_acts`
#: dates (:data:`~geo.extract.earlier_acts.COUNT` days or weeks after, the day after), and vaguer
#: ones: a quantity of no count, hours and months, "since", "the night after", "le lendemain de"
_QUANTITY = rf"(?:{COUNT}|several|a\s+few|few|quelques|plusieurs)"
_UNITS = rf"(?:{DAY_UNIT}|hours?|months?|heures?|mois)"
_BACK = rf"(?:{AFTER}|since)"
#: what opens a phrase telling another act; ``at``: where the phrase starts when not at the match
_OPENING_RE = re.compile(
    rf"(?<![\w-])(?:(?:{_QUANTITY}\s+{_UNITS}|(?<!recent\s)(?<!past\s)(?<!last\s)(?:hours|days|weeks))\s+{_BACK}"
    rf"|{day_after('day|night|morning')}|{lendemain('au|le')}\s+(?:de|du|des|d['’])"
    r"|following\s+(?:last\s+\w+['’]?s?|yesterday['’]?s|\w+day['’]?s|(?:the|an?)\s+(?:earlier|previous)|earlier)"
    r"|in\s+(?:retaliation|revenge|reprisal|response)\s+(?:for|to)"
    r"|en\s+(?:représailles?|riposte|réponse|vengeance)\s+(?:à|au|aux|contre|de|du|des|d['’])"
    r"|(?:similar|comparable)\s+to|(?:similaire|semblable|comparable)s?\s+(?:à|au|aux)"
    r"|such\s+\w+(?:\s+\w+)?\s+(?P<at>since)|(?:du|de\s+ce)\s+genre\s+(?P<at2>depuis))(?![\w-])",
    re.I)
#: an act's word of no particular kind ("la frappe", "the raids")
_ACT_NOUN_RE = re.compile(rf"(?<![\w-]){ACT_NOUNS}(?![\w-])", re.I)
#: what ends the phrase's clause besides punctuation: a clause of contrast or of the same time
_CLAUSE_WORD_RE = re.compile(r"\s(?:while|whereas|tandis\s+qu|alors\s+qu)", re.I)
#: the most words before a phrase that still opens the sentence ("And two days after …")
_OPENING_WORDS = 1
#: the town the phrase names, told again by its noun alone where the sentence's own act is: "Au
#: lendemain du bombardement de X, des milliers de personnes ont manifesté dans la ville", "a day after
#: the attack on X, protesters marched in the town" (no name after it: "dans la ville de Y" is another)
_SAME_TOWN_RE = re.compile(
    r"(?<![\w-])(?:dans|à|sur|aux\s+abords\s+de|in|at|inside|near)\s+(?:la|le|cette|ce|l['’]|the|that|this)\s*"
    r"(?:même\s+|same\s+)?(?:ville|localité|village|bourgade|cité|town|city|village)(?![\w-])"
    r"(?!\s+(?:de|d['’]|du|des|of)(?![\w-]))", re.I)


def other_act_phrase(sentence: str) -> tuple[int, int] | None:
    """Where the first phrase of ``sentence`` telling another act lies (start, end), or ``None``
    (the openings of both languages are read alike)."""
    m = _OPENING_RE.search(sentence)
    if m is None:
        return None
    start = m.start("at") if m.group("at") else m.start("at2") if m.group("at2") else m.start()
    stop = clause_end(sentence, m.end())
    word = _CLAUSE_WORD_RE.search(sentence, m.end(), stop)
    end = word.start() if word else stop
    opening = len(re.findall(r"\w+", sentence[:start])) <= _OPENING_WORDS
    if opening and word is None and sentence[stop:stop + 1] in ("", "."):  # at the sentence's end, or its full stop
        return None  # nothing but the phrase: no clause of the sentence's own
    # a phrase that names no act ("a day after the talks in Geneva") is left to the word rules
    phrase = sentence[m.end():end]
    return (start, end) if type_sentence(phrase) is not None or _ACT_NOUN_RE.search(phrase) else None


def _tells_its_own(sentence: str, span: tuple[int, int]) -> bool:
    """Whether ``sentence`` less its phrase ``span`` tells an act of its own, not the one told
    already ("Cette attaque survient une semaine après …": the phrase's act is all it tells)."""
    rest = sentence[:span[0]] + sentence[span[1]:]
    typing = type_sentence(rest)
    return typing is not None and not refers_back(sentence, typing)


def without_other_acts(sentences: Sequence[Sentence],
                       places: Sequence[list[PlaceMention]]) -> tuple[list[list[PlaceMention]], list[list[PlaceMention]]]:
    """Each sentence's event ``places`` less those inside a phrase telling another act, and those
    (the other act's places)."""
    own: list[list[PlaceMention]] = []
    other: list[list[PlaceMention]] = []
    for sentence, found in zip(sentences, places, strict=True):
        span = other_act_phrase(sentence.text) if found else None
        if span is None:
            own.append(found)
            other.append([])
            continue
        start, end = sentence.start + span[0], sentence.start + span[1]
        if any(not start <= m.start < end for m in found) or not _tells_its_own(sentence.text, span):
            own.append(found)  # (a place of its own: its places as they are)
            other.append([])
        elif any(r.search(sentence.text[:span[0]] + sentence.text[span[1]:]) for r in (_SAME_TOWN_RE, THERE_RE)):
            own.append(found)  # its own act in the phrase's town, told by its noun or "y" ("dans la ville")
            other.append(found)
        else:
            own.append([])
            other.append(found)
    return own, other
