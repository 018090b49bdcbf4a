"""Fuzzing the article readers: bytes of any kind as .txt, .html, .json and .jsonl files, JSON
values and header lines. No exception but the project's own (one line each) may come out, and
every article read is valid Unicode. 10,000 generated inputs per entry point, ten to a
Hypothesis example (``tests/fuzzing.py``); no spaCy here."""

from __future__ import annotations

import json

import pytest
from hypothesis import strategies as st

from geo.articles.decoding import decode_noted
from geo.articles.model import Article
from geo.articles.published import parse_header, parse_published, url_date
from geo.articles.reader import iter_articles, read_articles
from geo.articles.records import article_from_record
from geo.errors import ConflictmapError
from tests.fuzzing import INPUTS, fuzz, new_file

_WORDS = st.sampled_from(["Homs", "Alep", "killed", "date", "2022-01-23", "<p>", "</p>", "<html>", "{", "}",
                          '"text":', "\n", "\r\n", " ", "\t", "é", "’", "\u0627\u0644", "\x00", "\ufeff"])
#: text the way files hold it: words and odd characters, in the encodings files come in
_TEXT = st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=40).map("".join)
_ENCODED = st.tuples(_TEXT, st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "cp1252",
                                             "cp1251", "latin-1"])).map(
    lambda pair: pair[0].encode(pair[1], errors="replace"))
_DAMAGED = st.tuples(_ENCODED, st.binary(min_size=1, max_size=6), st.integers(0, 400)).map(
    lambda t: t[0][:t[2]] + t[1] + t[0][t[2]:])
FILE_BYTES = st.one_of(st.binary(max_size=400), _ENCODED, _DAMAGED)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "title", "url", "published", "lang", "source", "name", "x"]), inner, max_size=6),
    max_leaves=12)
RECORDS = st.dictionaries(st.sampled_from(["text", "title", "url", "published", "lang", "source"]),
                          st.one_of(st.text(max_size=40), JSON_VALUES), max_size=6)
#: .jsonl files: lines of any bytes and of records
JSONL = st.lists(st.one_of(FILE_BYTES, RECORDS.map(lambda r: json.dumps(r, ensure_ascii=False).encode())),
                 max_size=4).map(b"\n".join)
#: publication header lines and URLs
HEADER_LINES = st.one_of(st.text(max_size=80), st.from_regex(r"\s*date\s+\d{4}-\d{2}(-\d{2})?(\s+\S+)?\s*"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


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

    files = FILE_BYTES if suffix != ".json" else st.one_of(
        FILE_BYTES, JSON_VALUES.map(lambda v: json.dumps(v).encode()), RECORDS.map(lambda r: json.dumps(r).encode()))
    assert fuzz(files, run) >= INPUTS


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

    assert fuzz(st.one_of(RECORDS, JSON_VALUES), run) >= INPUTS


def test_header_and_url_dates():
    def run(line):
        parse_header(line)
        url_date(line)
        try:
            parse_published(line)
        except ConflictmapError as exc:
            check(exc)

    assert fuzz(HEADER_LINES, run) >= INPUTS
