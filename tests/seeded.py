"""Fuzz inputs built by a seeded random generator from two numbers Hypothesis draws: a seed and a
size (issue 20).

Hypothesis records every draw it makes, so a structured input (a CSV file of drawn cells, a
JSON document, a text of drawn words) cost 0.3-1.2 ms to draw, more than most checks it fed.
Here Hypothesis draws only ``(seed, size)`` and :class:`Draw` (a ``random.Random``) builds the
input: the same kinds of values as Hypothesis's strategies give (any Unicode but surrogates,
edge numbers, any bytes, nested JSON), for about a tenth of the cost.  The inputs stay
repeatable (the seed is Hypothesis's, so ``HYPOTHESIS_PROFILE=explore`` draws new ones), and a
failure still shrinks: the size bounds every length and count, so Hypothesis brings a failing
input down to the smallest size that still fails (the seed then to the smallest one that
does), and prints it."""

from __future__ import annotations

import random
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from hypothesis import strategies as st

T = TypeVar("T")

#: characters that break naive text handling: controls, odd spaces and line ends, a combining
#: mark, zero-width and bidi controls, the BOM, a non-character and the replacement character
ODD_CHARACTERS = ("\x00\t\n\r\x0b\x0c\x1b\x1f\x7f\x80\x85\x9f\xa0\xad\u0300\u0627\u0661\u1680\u2000\u200b"
                  "\u200d\u2028\u2029\u202e\u3000\ufeff\ufffd\uffff\U0001d518\U0010ffff")
#: bytes that mean something to a decoder: NUL, BOM parts, UTF-8 lead and continuation bytes
ODD_BYTES = bytes([0x00, 0x0A, 0x0D, 0x22, 0x2C, 0x7B, 0x7F, 0x80, 0xBB, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xF0, 0xFE,
                   0xFF])
#: floats at the edges: zeros, the smallest and largest, not-a-number and the infinities
EDGE_FLOATS = (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
               -1.7976931348623157e308, float("nan"), float("inf"), float("-inf"), 9007199254740993.0, 1e16, 1e-7)
#: whole numbers at the edges of the machine's sizes
EDGE_INTEGERS = tuple(sorted({s * (2 ** b + d) for b in (7, 8, 15, 16, 31, 32, 53, 63, 64) for d in (-1, 0, 1)
                             for s in (1, -1)}))
_SURROGATES = range(0xD800, 0xE000)


#: how often a value drawn between two ends is the low end, and how often the high one
END_SHARE = 0.1


def end_of(r: float, low, high):
    """``low`` for ``r`` below :data:`END_SHARE`, ``high`` below twice that, else None."""
    return low if r < END_SHARE else high if r < 2 * END_SHARE else None


class Draw(random.Random):
    """A seeded generator with the draws the fuzz inputs are made of.  Lengths are drawn up to a
    bound, short ones more often (as Hypothesis does)."""

    def length(self, most: int) -> int:
        if most <= 0:
            return 0
        return min(int(self.expovariate(3 / most)), most) if self.random() < 0.8 else self.randint(0, most)

    def character(self) -> str:
        r = self.random()
        if r < 0.55:
            return chr(self.randint(32, 126))
        if r < 0.7:
            return self.choice(ODD_CHARACTERS)
        if r < 0.8:
            return chr(self.randint(0, 255))
        code = self.randint(0x100, 0xFFFF) if r < 0.93 else self.randint(0x10000, 0x10FFFF)
        return chr(code + 0x800) if code in _SURROGATES else chr(code)

    def text(self, most: int) -> str:
        """Any Unicode text (no surrogates, as ``st.text()``) of up to ``most`` characters."""
        n = self.length(most)
        if n and self.random() < 0.1:  # one character repeated
            return self.character() * n
        return "".join([self.character() for _ in range(n)])

    def binary(self, most: int) -> bytes:
        """Any bytes, up to ``most``."""
        n = self.length(most)
        r = self.random()
        if r < 0.6:
            return self.randbytes(n)
        if r < 0.8:
            return bytes(self.choice(ODD_BYTES) for _ in range(n))
        if r < 0.9:
            return bytes([self.randrange(256)]) * n
        return bytes(self.randint(32, 126) for _ in range(n))

    def integer(self, low: int | None = None, high: int | None = None) -> int:
        """A whole number in [low, high], or of any size (edges of the machine's sizes often)."""
        if low is not None and high is not None:
            r = self.random()
            if r < 0.1:
                return low
            if r < 0.2:
                return high
            if r < 0.4:
                return max(low, min(high, self.randint(-10, 10)))
            return self.randint(low, high)
        r = self.random()
        if r < 0.3:
            return self.randint(-10, 10)
        if r < 0.5:
            return self.choice(EDGE_INTEGERS)
        return self.choice((1, -1)) * self.getrandbits(self.randint(1, 130))

    def floating(self) -> float:
        """Any float: the edges, any 64 bits, or a plain number of any magnitude."""
        r = self.random()
        if r < 0.3:
            return self.choice(EDGE_FLOATS)
        if r < 0.6:
            return struct.unpack("<d", self.randbytes(8))[0]
        return self.choice((1, -1)) * self.random() * 10.0 ** self.randint(-10, 20)

    def day(self, first: date, last: date) -> date:
        """A day in [first, last]: the ends often."""
        r = self.random()
        return end_of(r, first, last) or date.fromordinal(self.randint(first.toordinal(), last.toordinal()))

    def between(self, low: float, high: float) -> float:
        """A float in [low, high]: the ends and zero often."""
        r = self.random()
        if r < 2 * END_SHARE:
            return end_of(r, low, high)
        if r < 0.25 and low <= 0 <= high:
            return self.choice((0.0, -0.0))
        return self.uniform(low, high)

    def json(self, leaves: int, key: Callable[[], str], scalar: Callable[[], object] | None = None,
             width: int = 4) -> object:
        """A JSON value of up to ``leaves`` leaves (null, booleans, any numbers, text, or what
        ``scalar`` gives), nested in lists and objects of up to ``width`` items keyed by ``key()``."""
        left = [max(leaves, 1)]
        scalars = (lambda: None, lambda: self.random() < 0.5, self.integer, self.floating, lambda: self.text(30),
                   *((scalar,) if scalar else ()))

        def value() -> object:
            r = self.random()
            if left[0] <= 1 or r < 0.5:
                left[0] -= 1
                return self.choice(scalars)()
            if r < 0.75:
                return [value() for _ in range(self.length(width)) if left[0] > 0]
            return {key(): value() for _ in range(self.length(width)) if left[0] > 0}

        return value()

    def some(self, items: Sequence[T], most: int) -> list[T]:
        """Up to ``most`` of ``items`` (repeats allowed)."""
        return [self.choice(items) for _ in range(self.length(most))]


@dataclass(frozen=True)
class Seeded(Generic[T]):
    """Values ``build(generator, size)`` makes from a drawn seed and a drawn size in
    [0, max_size] (``build`` bounds every length and count by the size)."""

    build: Callable[[Draw, int], T]
    max_size: int

    def one(self) -> st.SearchStrategy[T]:
        """A value per drawn (seed, size)."""
        return st.tuples(SEEDS, st.integers(0, self.max_size)).map(lambda pair: self.build(Draw(pair[0]), pair[1]))

    def batch(self, count: int) -> st.SearchStrategy[list[T]]:
        """``count`` values per drawn (seed, size), built one after the other by one generator:
        Hypothesis does not draw the same example twice, so nearly every value is new (drawn
        one by one, the values of a batch often repeated each other)."""
        def build(pair: tuple[int, int]) -> list[T]:
            draw = Draw(pair[0])
            return [self.build(draw, pair[1]) for _ in range(count)]

        return st.tuples(SEEDS, st.integers(0, self.max_size)).map(build)


#: the seeds
SEEDS = st.integers(0, 2 ** 64 - 1)


def seeded(build: Callable[[Draw, int], T], max_size: int) -> Seeded[T]:
    """Inputs ``build`` makes from a drawn seed and size (see :class:`Seeded`)."""
    return Seeded(build, max_size)
