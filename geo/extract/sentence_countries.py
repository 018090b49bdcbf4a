"""A name that places of several countries bear is read in the country its own sentence names.

The document's countries weigh the readings of a name by their share of the document's names
(:meth:`geo.extract.places.PlaceFinder.find`): an article about Syria that names Lebanon a few
times gives Lebanon a small share, too small to outweigh a capital of the same name elsewhere
("les attentats au Liban qui ont frappé la ville de Tripoli": not Libya's capital, which the
larger population and the capital's rank favour).  The sentence itself says more: a country it
names by name (not by a demonym: "le Hezbollah libanais" says who, not where) is where its other
names are, when one of their readings lies there and scores within :data:`SENTENCE_COUNTRY_WEIGHT`
of the best.  A country named right after a name as its qualifier ("Tripoli, au Liban") is read
by :func:`geo.extract.place_neighbours.read_with_neighbours`, which runs after this.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from geo.features import COUNTRY_FEATURES
from geo.models import Place

__all__ = ["SENTENCE_COUNTRY_WEIGHT", "read_in_sentence_countries"]

#: how much a reading in a country its sentence names may score below the best reading and
#: still be taken (a capital abroad over a second city at home: about 1.2)
SENTENCE_COUNTRY_WEIGHT = 2.0

#: what ends a sentence (well enough to bound a name's sentence: a line, or . ! ? and a space)
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"”»’']*\s|\n")


def read_in_sentence_countries(text: str, starts: Sequence[int], ranked: list[list[Place]],
                               countries: Sequence[bool]) -> None:
    """Re-order candidates (in place): a name whose best reading lies in a country its sentence
    does not name, while another reading within :data:`SENTENCE_COUNTRY_WEIGHT` of it lies in one
    it does, takes that reading.  ``starts``: the names' offsets, in the order of ``ranked``
    (their candidates, best first); ``countries``: whether each name is a country named by name,
    its first candidate the country."""
    ambiguous = [k for k, places in enumerate(ranked)
                 if not countries[k] and len({p.country_code for p in places[:10]}) > 1]
    if not ambiguous or not any(countries):
        return
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
    named_at = [(starts[k], ranked[k][0].country_code) for k in range(len(starts)) if countries[k]]
    for k in ambiguous:
        # the sentence of name k: from the last end before it to the next end after it
        i = bisect_right(ends, starts[k])
        lo, hi = (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(text))
        named = {cc for at, cc in named_at if lo <= at < hi and cc}
        best = ranked[k][0]
        if not named or best.country_code in named or best.feature in COUNTRY_FEATURES:
            continue
        local = next((p for p in ranked[k][:10] if p.country_code in named
                      and p.score + SENTENCE_COUNTRY_WEIGHT > best.score and p.feature not in COUNTRY_FEATURES),
                     None)
        if local is not None:
            ranked[k] = [local] + [p for p in ranked[k] if p is not local]
