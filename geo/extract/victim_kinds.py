"""Whose dead a count tells: civilians or fighters.

"Air raids on the city killed 13 civilians on Monday. It also said that 19 regime fighters were
killed in the fighting": the second, larger count is no retelling of the first (a retelling
tells the same dead again, maybe more of them); it counts other people, killed in another act
(the fighting).  A larger figure told after an act's toll is its whole told again
(:class:`geo.extract.tallies.Tally`) only when it does not count the other kind of victim.

A count's kind is the first victim word among the few words after the number ("13 Syrian
civilians", "19 regime fighters", "40 Takfiri insurgents", "treize civils", "19 soldats du
régime"); "people", "personnes" and their like say no kind, and nor does a count without a word.
"""

from __future__ import annotations

import re

__all__ = ["CIVILIANS", "FIGHTERS", "victim_kind"]

CIVILIANS = "civilians"
FIGHTERS = "fighters"

_KINDS = {
    CIVILIANS: (r"civilians?|children|child|women|woman|residents|villagers|students|worshippers|protesters|"
                r"demonstrators|pupils|schoolchildren|babies|infants|patients|farmers|refugees|"
                r"civils?|enfants|femmes|habitants|manifestants|élèves|écoliers|bébés|réfugiés"),
    FIGHTERS: (r"soldiers?|fighters?|militants?|terrorists?|jihadists?|rebels?|troops|servicemen|insurgents?|"
               r"gunmen|combatants?|loyalists|mercenaries|militiamen|jihadistes?|djihadistes?|soldats?|"
               r"combattants?|militaires|terroristes?|rebelles?|insurgés|loyalistes|miliciens"),
}
_KIND_RE = {kind: re.compile(rf"^(?:{words})$") for kind, words in _KINDS.items()}
#: the most words after the number to look at for the victims' word ("19 pro-regime militia fighters")
KIND_WORDS = 4


def victim_kind(said: str) -> str | None:
    """The kind of victim a count tells (:data:`CIVILIANS`, :data:`FIGHTERS`), from its words
    (``said``: the number, then its clause, in lower case), or ``None``."""
    for word in re.findall(r"[\w'’-]+", said)[1:KIND_WORDS + 1]:
        for kind, pattern in _KIND_RE.items():
            if pattern.match(word):
                return kind
    return None
