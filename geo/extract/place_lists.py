"""Places named separately in one coordination: "airstrikes on the villages of A and B",
"A, B and C", "à A et à B", "dans les localités de A, de B et de C".

ACLED codes an act at several separately named places as one event per place; a vague
"several villages" names none and adds nothing.  Two place names are coordinated when only
commas, "and"/"et"/"as well as"/"ainsi que", prepositions, articles and the nouns of a list
("the villages of", "les localités de") stand between them, and the list has a conjunction
("Kafr Nabl, Idlib" is a place and its governorate, not a list); a direction between commas or in
parentheses after an item ("à Deir Ezzor, dans l'est, et à Qamichli", "à Hama (centre) et à
Deir Ezzor (est)") does not end the list; a place set after a comma by "near" / "près de" with
no conjunction is where the items lie, not one more ("Douma et Harasta, près de Damas",
"A and B, near Damascus").  Places one of which lies
inside the other's area, or that are one place named twice, are not separate places; nor are the
two ends of a stretch ("between A and B", "entre A et B").  Things hit each placed in its own
governorate make a list of their places too, with or without the commas scraping drops ("an army
checkpoint in A, two villages in B and houses in C": a few words of no verb, no clause word and no
number between one "in A" and the next).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from geo.extract.back_to_back import BARE_GAP_RE
from geo.extract.paired_days import PAIRED_DAY_RE
from geo.extract.places import PlaceMention
from geo.extract.retellings import lies_inside, one_place

_CONJUNCTION = r"(?:and|et|as\s+well\s+as|ainsi\s+qu['’]?e?|along\s+with)"
_FILLER = (
    r"(?:in|on|at|near|into|à|a|au|aux|dans|sur|près\s+de|vers|de|du|des|d['’]|the|le|la|les|l['’]|"
    r"(?:north|south|east|west|nord|sud|est|ouest)(?:ern)?|"
    r"(?:towns?|villages?|cities|city|neighbou?rhoods?|districts?|areas?|provinces?|governorates?|suburbs?|"
    r"outskirts|countryside)\s+of|"
    r"(?:villes?|villages?|localités?|quartiers?|provinces?|régions?|banlieues?|environs|périphérie|campagne)"
    r"\s+(?:de|d['’]))"
)
#: what may stand between two coordinated place names
_GAP_RE = re.compile(rf"\s*(?:,\s*)?(?:{_CONJUNCTION}\s+)?(?:{_FILLER}\s*)*", re.I)
_LINK_RE = re.compile(rf",|(?<![\w-]){_CONJUNCTION}(?![\w-])", re.I)
#: what makes two coordinated names the ends of a stretch, not two places ("between A and B")
_BETWEEN_RE = re.compile(r"(?<![\w-])(?:between|entre)\s+(?:(?:the|le|la|les|l['’])\s*)?$", re.I)
_HAS_CONJUNCTION_RE = re.compile(rf"(?<![\w-]){_CONJUNCTION}(?![\w-])", re.I)
#: a comma, then "near": what follows places the items before it ("A et B, près de Damas")
_NEAR = (r"(?:near|close\s+to|not\s+far\s+from|(?:tout\s+)?près\s+d[e'’]|non\s+loin\s+d[e'’]|"
         r"aux\s+environs\s+d[e'’]|à\s+proximité\s+d[e'’]|"
         # or the part of a city or area they lie in: "à Douma et à Harasta, dans la banlieue de
         # Damas", "in A and B, on the outskirts of C"
         r"(?:in|on|dans|à|en)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?"
         r"(?:suburbs|outskirts|countryside|environs|banlieues?|périphérie|campagne|faubourgs?)\s+(?:of|de|d['’]))")
_NEAR_APPOSITION_RE = re.compile(rf"\s*,\s*{_NEAR}", re.I)
#: ... set between commas after an item, which the list goes on past ("Douma, près de Damas, et Rastane")
_NEAR_BETWEEN_COMMAS_RE = re.compile(rf",\s*{_NEAR}[^,;.]*(?=,)", re.I)
#: what stands right before a place set by "near" after a comma (the place is no list item)
_NEAR_BEFORE_RE = re.compile(rf",\s*{_NEAR}\s*(?:(?:the|le|la|les)\s+|l['’]\s*)?$", re.I)


#: a direction set after a list item, between commas or in parentheses: "à Deir Ezzor, dans
#: l'est, et à Qamichli", "in Deir Ezzor, in the east, and in Qamishli": no end of the list
_DIRECTION = (r"(?:extrême[\s-]+|far\s+)?(?:nord|sud|est|ouest|centre|north|south|east|west|center|central)"
              r"(?:-?(?:est|ouest|east|west))?(?:\s+(?:du\s+pays|de\s+la\s+Syrie|of\s+the\s+country))?")
_DIRECTION_APPOSITION_RE = re.compile(
    rf",\s*(?:dans|à|au|in|to)\s+(?:(?:le|la|the)\s+|l['’]\s*)?{_DIRECTION}\s*(?=,)"
    # or in parentheses, as French agencies gloss a city: "à Hama (centre) et à Deir Ezzor (est)"
    rf"|\s*\(\s*{_DIRECTION}\s*\)", re.I)


#: the locative of an item's place in a list of items each placed in its own first-level area ("X town in
#: A, the villages of Y and Z in B and houses in C": an act at A, at B and at C)
_ITEM_LOCATIVE = r"(?:in|à|dans)\s+(?:(?:the|la|le|les)\s+|l['’]\s*)?"
_ITEM_PLACED_RE = re.compile(rf"(?<![\w-]){_ITEM_LOCATIVE}$", re.I)
#: the gap from one item's place to the next's: a few words of no verb (no -ing/-ed form, no clause
#: word, no number), then the next item's locative; the words of a clause end the list
_ITEM_GAP_RE = re.compile(
    rf"\s*,?\s*(?:(?:{_CONJUNCTION}|the|a|an|les?|la|des?|du|d['’])\s+)?"
    rf"(?:(?!(?:while|as|after|when|where|who|which|that|said|says|but|tandis|alors|où|qui|selon|according)\b)"
    rf"(?![\w'’-]*(?:ing|ed|é|ée|és|ées)\b)[^\W\d][\w'’-]*\s+){{1,10}}?{_ITEM_LOCATIVE}", re.I)


def listed_after(text: str, left: PlaceMention, right: PlaceMention) -> bool:
    """Whether ``right`` follows ``left`` as an item of one list ("à Homs, Hama et Deraa": Hama
    after Homs, Deraa after Hama), so that what locates ``left`` locates ``right`` too."""
    return left.end <= right.start and _linked(text, left, right) is not None


def _linked(text: str, left: PlaceMention, right: PlaceMention) -> str | None:
    """The words between two place names when they are list items, else None."""
    gap = _NEAR_BETWEEN_COMMAS_RE.sub("", _DIRECTION_APPOSITION_RE.sub("", text[left.end:right.start]))
    gap = PAIRED_DAY_RE.sub("", gap)  # "mardi à Homs et mercredi à Hama": each its day (paired_days)
    if _NEAR_APPOSITION_RE.match(gap) and not _HAS_CONJUNCTION_RE.search(gap):
        return None  # "A et B, près de Damas": Damascus places the list
    if (_GAP_RE.fullmatch(gap) and _LINK_RE.search(gap)) or BARE_GAP_RE.fullmatch(gap):
        return gap  # (a bare space: the comma scraping dropped, geo.extract.back_to_back)
    if (left.place.admin1 != right.place.admin1 and _ITEM_PLACED_RE.search(text, max(0, left.start - 20), left.start)
            and _ITEM_GAP_RE.fullmatch(gap)):
        # items each placed in its own governorate: "X town in A, the villages of Y in B" (but "in A and
        # Y in the B countryside": B, A's own area, is where the items lie)
        return gap
    return None


def _separate(a: PlaceMention, b: PlaceMention, precision: Callable[[PlaceMention], str]) -> bool:
    pa, pb = a.place, b.place
    if one_place(pa, pb):
        return False
    return not (lies_inside(pa, precision(a), pb, precision(b)) or lies_inside(pb, precision(b), pa, precision(a)))


def separately_named(text: str, first: PlaceMention, mentions: Sequence[PlaceMention],
                     precision: Callable[[PlaceMention], str]) -> list[PlaceMention]:
    """The places named in one list with ``first`` (``first`` included, in text order), or
    ``[first]`` when it is named alone.  ``mentions``: the sentence's place names that may be an
    act's place (no demonyms, no reference points), in text order; ``precision``: a mention's
    precision (point, district, admin1, country)."""
    usable = sorted((m for m in mentions if m is first or ((m.start >= first.end or m.end <= first.start)
                                                           and not _NEAR_BEFORE_RE.search(text, 0, m.start))),
                    key=lambda m: m.start)
    if first not in usable:
        return [first]
    at = next(i for i, m in enumerate(usable) if m is first)
    chain, gaps = [first], []
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(usable):
            left, right = (usable[i + step], usable[i]) if step < 0 else (usable[i], usable[i + step])
            gap = _linked(text, left, right)
            if gap is None:
                break
            chain.append(usable[i + step])
            gaps.append(gap)
            i += step
    if len(chain) < 2 or not any(_HAS_CONJUNCTION_RE.search(g) or BARE_GAP_RE.fullmatch(g) for g in gaps):
        return [first]
    opening = min(m.start for m in chain)
    if _BETWEEN_RE.search(text[max(0, opening - 30):opening]):
        return [first]  # "halfway between A and B": one place between them, not two
    kept = [first]  # the act's own place first; a list item inside it or around it is no other place
    for m in sorted(chain[1:], key=lambda m: m.start):
        if all(_separate(m, k, precision) for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


__all__ = ["listed_after", "separately_named"]
