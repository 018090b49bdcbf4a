"""The seeded fuzz inputs (``tests/seeded.py``): the same seed builds the same inputs, a size
of 0 the smallest ones (what a failure shrinks towards), and the values span what Hypothesis's
own strategies gave (any Unicode but surrogates, edge numbers, any bytes, nested JSON)."""

from __future__ import annotations

import math

from tests.geo.fuzz_files import file_of
from tests.geo.test_reader_fuzz import file_bytes, json_value
from tests.seeded import Draw


def test_a_seed_builds_the_same_inputs_and_another_seed_others():
    def built(seed: int) -> list:
        d = Draw(seed)
        return [file_of(d, 12, "acled") for _ in range(20)]

    assert built(7) == built(7)
    assert built(7) != built(8)


def test_size_zero_builds_the_smallest_inputs():
    for seed in range(200):
        assert Draw(seed).text(0) == "" and Draw(seed).binary(0) == b""
        assert not isinstance(json_value(Draw(seed), 0), (list, dict))
        assert len(file_bytes(Draw(seed), 0)) <= 6 + 4  # a few bytes put in, a BOM at most


def test_the_drawn_values_span_unicode_numbers_and_nesting():
    d = Draw(1)
    characters = "".join(d.text(30) for _ in range(2000))
    assert not any(0xD800 <= ord(c) < 0xE000 for c in characters)
    assert any(ord(c) < 32 for c in characters) and any(ord(c) > 0xFFFF for c in characters)
    assert any(0x7F < ord(c) <= 0xFFFF for c in characters)
    floats = [d.floating() for _ in range(2000)]
    assert any(math.isnan(f) for f in floats) and float("inf") in floats and float("-inf") in floats
    assert any(f == 0 and math.copysign(1, f) < 0 for f in floats)
    integers = [d.integer() for _ in range(2000)]
    assert max(integers) > 2**64 and min(integers) < -2**64
    values = [json_value(d, 12) for _ in range(500)]
    assert any(isinstance(v, dict) and any(isinstance(x, (list, dict)) for x in v.values()) for v in values)
    assert len({bytes(d.binary(20)) for _ in range(500)}) > 300
