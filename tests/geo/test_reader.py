"""Plain-text article reading: header line, encodings, bad files."""

from datetime import date

import pytest

from geo.articles.reader import parse_header, read_text_article
from geo.errors import InvalidInputError


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2022-01 https://fr.sputniknews.com/20220123/combats.html", (date(2022, 1, 23), "day")),
        ("date 2022-01 https://example.org/news/combats.html", (date(2022, 1, 1), "month")),
        ("date 2021-12-05", (date(2021, 12, 5), "day")),
        (" date 2022-13 https://example.org/x", (None, None)),
        ("The Ministry of Foreign Affairs (MFA) of Syria", (None, None)),
    ],
)
def test_header_line(line, expected):
    published, precision, _url = parse_header(line)
    assert (published, precision) == expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_encodings_are_decoded(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes("Combats à Hassaké : l’armée…\nTexte.".encode(encoding))
    article = read_text_article(path)
    assert article.title == "Combats à Hassaké : l’armée…"


def test_empty_and_binary_files_are_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(InvalidInputError, match="empty file"):
        read_text_article(empty)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InvalidInputError, match="binary file"):
        read_text_article(binary)


def test_too_large_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 6_000_000)
    with pytest.raises(InvalidInputError, match="too large"):
        read_text_article(big)
