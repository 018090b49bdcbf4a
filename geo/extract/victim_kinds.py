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

__all__ = ["CIVILIANS", "FIGHTERS", "VICTIMS", "victim_kind"]

#: the words a count's victims may be told by, of any kind (an alternation: the toll patterns of
#: :mod:`geo.extract.numbers` read it)
VICTIMS = (
    r"(?:people|persons|civilians|soldiers|fighters|militants|terrorists|jihadists|rebels|troops|"
    r"servicemen|members|children|women|men|policemen|police officers|insurgents|gunmen|combatants|"
    r"residents|villagers|workers|students|worshippers|protesters|demonstrators|prisoners|detainees|"
    r"loyalists|forces|mercenaries|militiamen|personnel|officers|guards|recruits|"
    # the people an act's victims may be besides: "killing 22 children and six teachers"
    r"teachers|pupils|schoolchildren|boys|girls|babies|infants|doctors|nurses|medics|paramedics|rescuers|"
    r"volunteers|journalists|reporters|staff|relatives|passengers|passers-by|bystanders|patients|farmers|"
    r"shepherds|refugees|citizens|locals|officials|commanders|leaders|employees|"
    r"personnes|civils|soldats|combattants|militaires|terroristes|jihadistes|djihadistes|rebelles|"
    r"insurgés|enfants|femmes|hommes|policiers|membres|assaillants|habitants|manifestants|prisonniers|"
    r"loyalistes|forces|mercenaires|miliciens|gardes|officiers|"
    r"enseignants|professeurs|élèves|écoliers|garçons|filles|bébés|médecins|infirmiers|infirmières|"
    r"secouristes|volontaires|journalistes|passagers|passants|patients|agriculteurs|bergers|réfugiés|"
    r"citoyens|commandants|chefs|employés|victims|victimes|bombers|attackers|kamikazes|"
    # drivers, hostages, pilgrims, activists …: "five truck drivers", "cinq chauffeurs de camion"
    r"drivers|truckers|hostages|pilgrims|deserters|opponents|activists|islamists|firefighters|agents|"
    r"villageois|ouvriers|travailleurs|chauffeurs|conducteurs|camionneurs|fidèles|détenus|otages|pèlerins|"
    r"déserteurs|opposants|militants|islamistes|pompiers|sauveteurs|humanitaires|supplétifs|"
    # people named by a nation or a faith ("two Palestinians", "deux Palestiniens", "trois Kurdes",
    # "Alawites"): a capitalised plural of a demonym's ending
    r"(?-i:[A-ZÉ][\w-]*(?:iens|iennes|ians|ains|aines|ans|ais|aises|ites|is|des|zes|sses|ds|rcs|rks)))"
)

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
