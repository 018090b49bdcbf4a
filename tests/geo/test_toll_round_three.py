"""Tolls the third round of English toll probes (bench/en_toll_cases3.py) found wanting, with their
French counterparts: sentences and articles written for these tests.

* a part told in apposition with more words after "of them" ("16 people, eight of them members of
  one family, were killed": 16, :data:`geo.extract.toll_words.SUBSET`);
"""

import pytest

from geo.extract.numbers import find_fatalities
from geo.extract.tallies import event_toll


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Sixteen people, eight of them members of one family, were killed.", 16),
    ("en", "Sixteen people eight of them members of one family were killed", 16),
    ("en", "Twelve people, five of them from the same family, died in the strike.", 12),
    ("en", "Three people, two of them children, died.", 3),
    ("fr", "Seize personnes, huit d'entre elles membres d'une même famille, ont été tuées.", 16),
    ("fr", "Douze personnes, cinq d'entre elles des enfants, ont péri dans la frappe.", 12),
])
def test_a_part_told_in_apposition_is_no_toll(lang, sentence, expected):
    assert toll(sentence, lang) == expected
