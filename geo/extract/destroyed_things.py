"""Things a verb of destruction counts, not dead: "destroyed 14 of IS military vehicles", "executed
six families", "a détruit 3 chars", and what armies say of things destroyed as of men killed ("two
tanks were eliminated"): read by :func:`geo.extract.numbers.find_fatalities` after a count."""

from __future__ import annotations

import re

from geo.extract.victim_kinds import VICTIMS

__all__ = ["THINGS_EFFACED", "THING_AFTER"]

#: things a verb of destruction counts: no dead, or none counted one by one (a family is counted
#: whole: "executed six families"; not its members: "six family members")
_THINGS = (r"(?:vehicles?|tanks?|cars?|trucks?|pick-?ups?|buildings?|houses?|homes?|positions?|targets?|caches?|"
           r"depots?|bases?|posts?|checkpoints?|launchers?|rockets?|missiles?|drones?|aircraft|planes?|"
           r"helicopters?|bridges?|hospitals?|schools?|mosques?|weapons?|arms|ammunition|tunnels?|bunkers?|"
           r"headquarters|facilities|facility|famil(?:ies|y)(?!\s+members)|"
           r"véhicules?|chars?|camions?|bâtiments?|maisons?|cibles?|dépôts?|bases?|roquettes?|missiles?|"
           r"drones?|avions?|hélicoptères?|ponts?|hôpitaux|écoles?|mosquées?|armes?|munitions?|tunnels?|"
           r"familles?)")
#: a thing told right after a count (up to four words between: "14 of IS military vehicles")
THING_AFTER = re.compile(rf"\s+(?:(?:of|d['’]|de|des|the|les?|la)\s*|(?!(?:in|on|at|near|when|as|while|and|or|"
                         rf"dans|à|près|et|ou)\b)(?!{VICTIMS}\b)[\w'’-]+\s+){{0,4}}?{_THINGS}\b"
                         # (a thing naming the people after it is theirs: "five truck drivers")
                         rf"(?!\s+{VICTIMS}\b)", re.I)
#: what armies say of things destroyed as of men killed ("two tanks were eliminated": no dead)
THINGS_EFFACED = re.compile(r"\b(?:eliminated|neutrali[sz]ed|éliminés|neutralisés)\b", re.I)
