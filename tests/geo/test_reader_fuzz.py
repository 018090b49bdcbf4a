"""Fuzzing the article readers: bytes of any kind as .txt, .html, .json and .jsonl files, JSON
values and header lines. No exception but the project's own (one line each) may come out, and
every article read is valid Unicode. 10,000 generated inputs per entry point, fifty to a
Hypothesis example (``tests/fuzzing.py``); no spaCy here."""

from __future__ import annotations

import json

import pytest

from geo.articles.decoding import decode_noted
from geo.articles.model import Article
from geo.articles.published import parse_header, parse_published, url_date
from geo.articles.reader import iter_articles, read_articles
from geo.articles.records import article_from_record
from geo.errors import ConflictmapError
from tests.fuzzing import INPUTS, fuzz, fuzz_folder, new_file
from tests.seeded import Draw, seeded

WORDS = ("Homs", "Alep", "killed", "date", "2022-01-23", "<p>", "</p>", "<html>", "{", "}", '"text":', "\n",
         "\r\n", " ", "\t", "é", "’", "\u0627\u0644", "\x00", "\ufeff")
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "cp1252", "cp1251", "latin-1")
RECORD_KEYS = ("text", "title", "url", "published", "lang", "source")
#: Unicode's spaces and digits (what ``\s`` and ``\d`` match), ASCII ones most often
SPACES = " \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2007\u2028\u202f\u3000"
DIGITS = "0123456789\u0660\u0669\u06f4\u0966\u09e7\uff10\uff19\U0001d7ce"


def _text(d: Draw, size: int) -> str:
    """Text the way files hold it: words and odd characters, up to ``size`` pieces."""
    return "".join(d.choice(WORDS) if d.random() < 0.5 else d.text(8) for _ in range(d.length(size)))


def _encoded(d: Draw, size: int) -> bytes:
    """Such text in one of the encodings files come in."""
    return _text(d, size).encode(d.choice(ENCODINGS), errors="replace")


def file_bytes(d: Draw, size: int) -> bytes:
    """Any bytes, encoded text, or encoded text with a few bytes of any kind put in anywhere."""
    kind = d.randrange(3)
    if kind == 0:
        return d.binary(10 * size)
    data = _encoded(d, size)
    if kind == 1:
        return data
    at = d.integer(0, 400)
    return data[:at] + (d.binary(6) or bytes([d.randrange(256)])) + data[at:]


#: the keys of the JSON objects read as articles: a record's and others
JSON_KEYS = ("text", "title", "url", "published", "lang", "source", "name", "x")


def json_value(d: Draw, size: int) -> object:
    """A JSON value of up to ``size`` leaves: null, booleans, numbers, text, lists and objects."""
    return d.json(size, key=lambda: d.choice(JSON_KEYS), width=6)


def record(d: Draw, size: int) -> dict:
    """An article record: some of its keys, with text or any JSON."""
    return {d.choice(RECORD_KEYS): d.text(40) if d.random() < 0.5 else json_value(d, d.randint(0, 2 * size))
            for _ in range(d.length(size))}


def jsonl(d: Draw, size: int) -> bytes:
    """A .jsonl file: up to four lines of any bytes and of records."""
    return b"\n".join(file_bytes(d, d.randint(0, size)) if d.random() < 0.5 else
                      json.dumps(record(d, d.randint(0, size) * 6 // 40), ensure_ascii=False).encode()
                      for _ in range(d.length(min(size, 4))))


def header_line(d: Draw, size: int) -> str:
    """Any text, or text around a publication header (``\\s*date\\s+\\d{4}-\\d{2}(-\\d{2})?(\\s+\\S+)?\\s*``)."""
    if d.random() < 0.5:
        return d.text(size)

    def spaces(least: int) -> str:
        return "".join(d.choice(SPACES) for _ in range(least + d.length(3)))

    def digits(n: int) -> str:
        return "".join(d.choice(DIGITS) if d.random() < 0.2 else d.choice("0123456789") for _ in range(n))

    line = d.text(size // 8) + spaces(0) + "date" + spaces(1) + digits(4) + "-" + digits(2)
    if d.random() < 0.5:
        line += "-" + digits(2)
    if d.random() < 0.5:
        line += spaces(1) + "".join(c for c in d.text(max(size // 8, 1)) if not c.isspace()) + "x"
    return line + spaces(0) + d.text(size // 8)


FILE_BYTES = seeded(file_bytes, 40)
JSON_VALUES = seeded(json_value, 12)
RECORDS = seeded(record, 6)
JSONL = seeded(jsonl, 40)
HEADER_LINES = seeded(header_line, 80)
#: what a .json file holds: any bytes, any JSON, a record
#: what a record given to the reader may be: an article record or any JSON
ANY_RECORDS = seeded(lambda d, size: record(d, size // 2) if d.random() < 0.5 else json_value(d, size), 12)
JSON_FILES = seeded(lambda d, size: (file_bytes(d, size) if d.random() < 1 / 3 else json.dumps(
    json_value(d, size * 12 // 40) if d.random() < 0.5 else record(d, size * 6 // 40)).encode()), 40)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    yield from fuzz_folder(tmp_path_factory, "fuzz")


def check(item) -> None:
    if isinstance(item, ConflictmapError):
        assert "\n" not in str(item)
    else:
        assert isinstance(item, Article)
        item.text.encode("utf-8")  # valid Unicode: storable
        assert len(item.content_hash) == 64
        assert item.note is None or "\n" not in item.note


def read_file(path) -> None:
    try:
        articles = read_articles(path)
    except ConflictmapError as exc:
        check(exc)
        return
    for article in articles:
        check(article)


def test_decode_any_bytes():
    def check_decoded(data):
        try:
            text, note = decode_noted(data, "fuzz.txt")
        except ConflictmapError as exc:
            check(exc)
            return
        text.encode("utf-8")
        assert text.strip() and (note is None or "\n" not in note)

    assert fuzz(FILE_BYTES, check_decoded) >= INPUTS


@pytest.mark.parametrize("suffix", [".txt", ".json", ".html"])
def test_read_any_file(folder, suffix):
    path = folder / f"fuzz{suffix}"

    def run(data):
        new_file(path, data)
        read_file(path)

    assert fuzz(FILE_BYTES if suffix != ".json" else JSON_FILES, run) >= INPUTS


def test_iter_any_jsonl(folder):
    path = folder / "fuzz.jsonl"

    def run(data):
        new_file(path, data)
        for _label, item in iter_articles([path]):
            check(item)

    assert fuzz(JSONL, run) >= INPUTS


def test_any_json_record():
    def run(record):
        try:
            check(article_from_record(record, where="fuzz.json"))
        except ConflictmapError as exc:
            check(exc)

    assert fuzz(ANY_RECORDS, run) >= INPUTS


def test_header_and_url_dates():
    def run(line):
        parse_header(line)
        url_date(line)
        try:
            parse_published(line)
        except ConflictmapError as exc:
            check(exc)

    assert fuzz(HEADER_LINES, run) >= INPUTS
