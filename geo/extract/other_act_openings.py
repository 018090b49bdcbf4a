"""A sentence that opens on another act than the one just told: "Meanwhile three civilians were
killed in airstrikes on …", "Elsewhere, two people died", "Ailleurs, trois civils ont été tués",
"Parallèlement, six civils ont été tués"; or on a later moment of the day told, naming a new act of
a kind of its own ("Later that day, forces shelled the town": :func:`opens_later_on_a_new_act`); or
tells the other side striking back ("Kurdish fighters hit back the same day, attacking …": :func:`strikes_back`).  The act it tells is no retelling of an act told before
(:mod:`geo.extract.retellings`).

A sentence right after an event continues it when it names no place of its own, or one near the
event's (:mod:`geo.extract.events`); one opening so tells another act, and its dead are not the
event's, even when its place is not found (a village the gazetteer lacks, a possessive scraped
without its apostrophe).  A whole told so far ("Meanwhile the death toll rose to 20") and the toll
of an act named by a definite article ("Meanwhile the Coalition said the attack killed 100": the
act told already) are still the event's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.other_weapons import named_as_new, new_act

__all__ = ["ANOTHER_ACT_OPENING_RE", "LATER_OPENING_RE", "opens_later_on_a_new_act", "opens_on_a_new_act",
           "opens_on_another_act", "strikes_back", "told_back_at"]

_WEEKDAYS_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
#: a sentence opening on another act than the one just told
ANOTHER_ACT_OPENING_RE = re.compile(
    r"^\W*(?:meanwhile|elsewhere|separately|in (?:a )?separate|in another|"
    # a roundup's next act of the day told: "Also on Monday, …", "Also that day, …", "Également lundi, …", "Lundi également, …"
    rf"also (?:on|that|in the|earlier|later)|également {_WEEKDAYS_FR}|{_WEEKDAYS_FR} (?:également|aussi)|"
    r"ailleurs|par ailleurs|parallèlement|d['’]autre part|dans une? autre|de leur côté|de son côté)\b", re.I)
#: a sentence opening on a later or earlier moment of the day told ("Later that day, …", "Hours
#: later, …", "Quelques heures plus tard, …"): another act when it names one as new
LATER_OPENING_RE = re.compile(
    r"^\W*(?:later (?:that|in the) day|earlier (?:that|in the) day|(?:a few |several )?hours (?:later|earlier)|"
    r"shortly (?:after|afterwards)|(?:an|one|two|three|half an) hours? later|minutes later|"
    r"plus tard dans la journée|plus tôt dans la journée|quelques heures (?:plus tard|plus tôt|auparavant)|"
    r"peu (?:de temps )?après|(?:une|deux|trois|une demi-) ?heures? plus tard|quelques minutes plus tard)\b", re.I)
#: the definite article right before the act's word: the act told already
_DEFINITE_RE = re.compile(r"(?<![\w-])(?:the|le|la|les|l['’])\s*(?:[\w-]+\s+)?$", re.I)


def _definite(sentence: str, trigger: str) -> bool:
    """Whether every telling of the act's word follows a definite article."""
    starts = [m.start() for m in re.finditer(re.escape(trigger), sentence)]
    return bool(starts) and all(_DEFINITE_RE.search(sentence[max(0, s - 30):s]) for s in starts)


def opens_on_another_act(sentence: str, fatalities: Sequence, trigger: str | None) -> bool:
    """Whether a sentence that follows an event opens on another act, its tolls (``fatalities``,
    :class:`geo.extract.numbers.Fatalities`) not the event's; ``trigger``: its act's word, if any."""
    return (ANOTHER_ACT_OPENING_RE.search(sentence) is not None and not any(f.total for f in fatalities)
            and not (trigger and _definite(sentence, trigger)))


#: the other side striking back: "Kurdish fighters hit back the same day, attacking …", "rebels
#: retaliated by shelling …", "en représailles, les rebelles ont tiré …"
_STRIKING_BACK_RE = re.compile(
    r"(?<![\w-])(?:(?:hit|hits|hitting|struck|strikes|striking|fought|fighting)\s+back|retaliat(?:ed|ing)|"
    r"in\s+retaliation|en\s+représailles|(?:a|ont)\s+riposté|ripostant)(?![\w-])", re.I)


def strikes_back(sentence: str, trigger: str | None) -> bool:
    """Whether a sentence tells the other side striking back, its act (``trigger``) not named by a
    definite article ("The strikes came in retaliation for …": the strikes told already)."""
    return (bool(trigger) and _STRIKING_BACK_RE.search(sentence) is not None
            and not _definite(sentence, trigger))


def opens_later_on_a_new_act(sentence: str, trigger: str | None) -> bool:
    """Whether a sentence opens on a later (or earlier) moment of the day told and names its act,
    ``trigger``, as a new act of a kind of its own ("Later that day, forces shelled the town"; not
    "Later that day, the Observatory said the strikes had hit a market")."""
    return bool(trigger) and LATER_OPENING_RE.search(sentence) is not None and new_act(sentence, trigger)


def opens_on_a_new_act(sentence: str, trigger: str | None) -> bool:
    """Whether a sentence opens on another act and names its act, ``trigger``, as new (no word
    pointing back to an act told), whatever its kind and dead: "In a separate attack, gunmen shot
    dead a council member in X", "Separately, militants abducted 15 civilians" (not "Meanwhile,
    the death toll from the strikes rose": no act named as new)."""
    return bool(trigger) and ANOTHER_ACT_OPENING_RE.search(sentence) is not None and named_as_new(sentence, trigger)


#: the place just told, named again by its kind ("in the city", "near the town", "dans la ville")
_PLACE_TOLD_RE = re.compile(
    r"(?<![\w-])(?:in|near|outside|around|on the outskirts of|dans|près de|aux abords de)\s+"
    r"(?:the|la|le|cette|ce)\s+(?:same\s+|même\s+)?(?:city|town|village|ville|localité)(?![\w-])", re.I)


def told_back_at(sentence: str) -> bool:
    """Whether ``sentence`` tells its act at the place just told, named again by its kind: "In a
    separate attack, a roadside bomb killed two rebels in the city" (an act of its own there)."""
    return _PLACE_TOLD_RE.search(sentence) is not None
