"""A sentence that would go on about the act just told but says it tells a further one: "Barrel
bombs also hit a mosque in X district", "Warplanes again struck the town", "another air strike
killed two", "L'aviation a aussi bombardé …", "une autre frappe".  It is an act of its own (dated
and placed as a new act of the same moment), not more of the last event (:mod:`geo.extract.events`).

Only an attack verb right after "also"/"again" or an act's word right after "another"/"other"
says so: "were also killed", "were also injured", "as well as" add to the act told, and so does
an attack verb whose subject is an act's word after a definite article or a possessive ("The
strikes also hit a school", "Les frappes ont aussi touché": the strikes told)."""

from __future__ import annotations

import re

from geo.extract.act_lexicon import ACT_NOUNS, attack_verb_pattern
from geo.extract.event_types import RULES

__all__ = ["named_another", "tells_a_further_act"]

#: an attack verb right after a word saying "too" or "again", or with an adverb between ("also
#: heavily shelled", "aussi violemment bombardé"; not "the source also said targeted")
_ALSO_STRUCK_RE = re.compile(
    r"(?<![\w-])(?:also|again|aussi|également|de\s+nouveau|à\s+nouveau)\s+(?:\w+(?:ly|ment)\s+)?"
    rf"{attack_verb_pattern('en+fr', ('past', 'é'))}(?![\w-])", re.I)
#: a word saying "another", right before the act's word (at most one word between)
_ANOTHER_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:another|other|a\s+(?:second|third|fresh|new|similar)|une\s+autre|un\s+autre|d['’]autres|"
    r"une\s+(?:seconde|deuxième|troisième|nouvelle)|un\s+(?:second|deuxième|troisième|nouveau))\s+"
    r"(?:[\w-]+\s+)?$", re.I)
#: a word saying "of the same kind", right after the act's word ("une attaque similaire", "un raid
#: semblable", "d'autres frappes du même type"): another act like the one told ("a similar attack":
#: :data:`_ANOTHER_BEFORE_RE`)
_SIMILAR_AFTER_RE = re.compile(r"\s*(?:[\w-]+\s+)?(?:similaires?|semblables?|du\s+même\s+type)(?![\w-])", re.I)
#: a subject opening on a definite article or a possessive ("The strikes also hit", "Les frappes
#: ont aussi touché", "Their raids also struck"): an act's word there points back to the act told
_DEFINITE_OPENING_RE = re.compile(
    r"^\W*(?:the|its|their|these|those|this|le|la|les|l['’]|leurs?|ses|sa|son|ces|cette|cet|ce)(?![\w-])", re.I)

#: an act's bare word, of no kind, as a subject ("the strikes", "les frappes"); kinds of act are
#: the lexicon's (geo.extract.event_types.RULES)
_BARE_ACT_RE = re.compile(rf"(?<![\w-]){ACT_NOUNS}(?![\w-])", re.I)


def _names_an_act(words: str) -> bool:
    return _BARE_ACT_RE.search(words) is not None or any(rule.pattern.search(words) for rule in RULES)


def named_another(sentence: str, trigger: str) -> bool:
    """Whether ``sentence`` names its act's word, ``trigger``, right after a word saying "another"
    ("another air strike killed two", "a second raid", "a similar attack", "une autre frappe") or
    right before one saying "similar" ("une attaque similaire"): a further act, its dead its own."""
    at = sentence.lower().find(trigger.lower()) if trigger else -1
    # the act's word may open the trigger or follow its first words ("Une nouvelle frappe")
    heads = [at, *(at + m.start() for m in re.finditer(r"(?<=\s)\S", trigger))][:3]
    return at >= 0 and (any(_ANOTHER_BEFORE_RE.search(sentence[max(0, h - 30):h]) for h in heads)
                        or _SIMILAR_AFTER_RE.match(sentence, at + len(trigger)) is not None)


def tells_a_further_act(sentence: str, trigger: str) -> bool:
    """Whether ``sentence``, whose act's word is ``trigger``, says it tells a further act."""
    if named_another(sentence, trigger):
        return True
    m = _ALSO_STRUCK_RE.search(sentence)
    if m is None:
        return False
    subject = sentence[:m.start()]
    return not (_DEFINITE_OPENING_RE.match(subject) and _names_an_act(subject))
