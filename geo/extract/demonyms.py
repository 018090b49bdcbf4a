"""The demonyms and adjectives of countries, English and French ("Syrian", "syrien", "Syrien"), as
one regular expression and the country each names: the demonym finder of
:class:`geo.extract.places.PlaceFinder` and the lists of :mod:`geo.extract.listed_parts`."""

from __future__ import annotations

import re

from geo.gazetteer.sources import country_names


def demonym_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of every demonym (longest first, whole words) and each one's country code."""
    forms: dict[str, str] = {}
    for iso, f in country_names.load().items():
        for d in f.demonyms_en:
            forms[d] = iso
        for d in f.demonyms_fr:
            forms[d] = iso
            forms[d[:1].upper() + d[1:]] = iso
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), forms
