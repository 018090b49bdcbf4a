"""Article reading: .txt header line, HTML, JSON and JSON Lines, folders, dates, encodings, bad files."""

import json
import os
import random
import threading
from datetime import date

import pytest

from geo.articles.model import Article
from geo.articles.published import parse_header, parse_published, url_date
from geo.articles.reader import iter_articles, read_articles, read_text_article
from geo.errors import InvalidInputError
from tests.conftest import ARTICLES

FRENCH_SAMPLE = ARTICLES / "002_a0c274ca167b7a0b.txt"
ENGLISH_SAMPLE = ARTICLES / "000_e69315e52186f9f0.txt"

FR_TEXT = (
    "Combats à Hassaké : l’armée syrienne dénonce « des crimes »…\n"
    "Les forces américaines et les Forces démocratiques syriennes ont mené des frappes dans le gouvernorat "
    "d’Hassaké, a déclaré le ministère syrien des Affaires étrangères.\n"
)
EN_TEXT = (
    "Shelling hits Kharkiv suburbs\n"
    "Russian artillery struck residential districts of Kharkiv on Saturday, the regional governor said.\n"
)

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Shelling hits Kharkiv suburbs | Example News</title>
<meta property="og:title" content="Shelling hits Kharkiv suburbs">
<meta property="article:published_time" content="2022-03-05T08:30:00+02:00">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.org/world/kharkiv-shelling">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport section</a></li><li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav>
<header><p>Example News, independent reporting since 1990</p></header>
<main><article>
<h1>Shelling hits Kharkiv suburbs</h1>
<p>Russian artillery struck residential districts on the northern edge of Kharkiv on Saturday morning,
the regional governor said, killing at least four civilians and wounding eleven others.</p>
<p>Emergency crews worked through the day to pull residents from the rubble of a five-storey apartment
block in the Saltivka district, where several fires broke out after the strikes.</p>
<p>The governor urged people who remain in the city to stay in shelters, adding that water and electricity
had been cut in several neighbourhoods since the attack began.</p>
</article></main>
<footer><p>Copyright 2024 Example News. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></footer>
</body></html>
"""

FRENCH_HTML = """<html><head><meta charset="windows-1252"><title>Frappes à Idleb</title>
<link rel="canonical" href="https://www.example.fr/monde/2022/01/23/frappes-a-idleb"></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav><article><h1>Frappes à Idleb</h1>
<p>Des frappes aériennes ont touché plusieurs villages de la province d’Idleb dimanche, tuant au moins
sept civils, selon l’Observatoire syrien des droits de l’homme.</p>
<p>Les secouristes ont indiqué que des familles étaient encore sous les décombres dans la soirée, et que
les hôpitaux de la région manquaient de personnel pour soigner les blessés.</p>
</article><footer>Tous droits réservés</footer></body></html>
"""


def write(path, content, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode(encoding))
    return path


def jsonl(*records):
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


# -- .txt ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2022-01 https://fr.sputniknews.com/20220123/combats.html", (date(2022, 1, 23), "day")),
        ("date 2022-01 https://example.org/news/combats.html", (date(2022, 1, 1), "month")),
        ("date 2021-12-05", (date(2021, 12, 5), "day")),
        (" date 2022-13 https://example.org/x", (None, None)),
        ("The Ministry of Foreign Affairs (MFA) of Syria", (None, None)),
        # a URL day of another month does not override the header
        ("date 2022-02 https://example.org/20220123/x.html", (date(2022, 2, 1), "month")),
    ],
)
def test_header_line(line, expected):
    published, precision, _url = parse_header(line)
    assert (published, precision) == expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_encodings_are_decoded(tmp_path, encoding):
    path = write(tmp_path / "a.txt", FR_TEXT, encoding)
    article = read_text_article(path)
    assert article.title == "Combats à Hassaké : l’armée syrienne dénonce « des crimes »…"
    assert article.text == FR_TEXT  # the BOM is not text; nothing else is dropped
    assert article.lang == "fr"
    assert read_articles(path) == [article]


def test_latin_1_and_utf_16_are_decoded(tmp_path):
    latin = write(tmp_path / "latin.txt", "Le ministère a annoncé que l'armée était déployée à Gao.", "latin-1")
    assert read_text_article(latin).text == "Le ministère a annoncé que l'armée était déployée à Gao."
    utf16 = write(tmp_path / "utf16.txt", FR_TEXT, "utf-16")
    assert read_text_article(utf16).text == FR_TEXT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf_16_without_a_bom_is_read_and_said(tmp_path, encoding):
    article = read_text_article(write(tmp_path / "a.txt", FR_TEXT, encoding))
    assert article.text == FR_TEXT and article.lang == "fr"
    assert article.note == f"{encoding.upper()} without a byte-order mark"
    (record,) = read_articles(write(tmp_path / "a.json", json.dumps({"text": EN_TEXT}), encoding))
    assert record.text == EN_TEXT and record.note == article.note
    ((_, error),) = iter_articles([write(tmp_path / "a.jsonl", jsonl({"text": EN_TEXT}), encoding)])
    assert str(error) == f"{tmp_path / 'a.jsonl'}: JSON Lines must be UTF-8, not UTF-16/32"


def test_bytes_that_are_not_utf_8_are_read_and_said(tmp_path):
    plain = read_text_article(write(tmp_path / "plain.txt", FR_TEXT))
    assert plain.note is None
    # UTF-8 with two Windows-1252 bytes in it: those read as cp1252, the rest as UTF-8
    damaged = FR_TEXT.encode("utf-8").replace(" dénonce".encode(), b" d\xe9nonce \x93")
    article = read_text_article(write(tmp_path / "damaged.txt", damaged))
    assert article.text == FR_TEXT.replace(" dénonce", " dénonce “")
    at = damaged.index(b"\xe9")
    assert article.note == f"not valid UTF-8: 2 bytes read as cp1252, the first at byte {at}"
    # a whole file in a legacy encoding: read as that encoding, named
    western = read_text_article(write(tmp_path / "western.txt", FR_TEXT, "cp1252"))
    assert western.text == FR_TEXT and western.note == "not UTF-8: read as cp1252"
    russian = "По меньшей мере десять человек погибли в результате нападения на военную базу."
    guessed = read_text_article(write(tmp_path / "ru.txt", russian, "cp1251"))
    assert guessed.text == russian and guessed.note.startswith("not UTF-8: guessed ")
    # a bad line of JSON Lines says it too, the good line nothing
    lines = jsonl({"text": EN_TEXT}).encode() + b'{"text": "Frappes \xe0 Idleb, selon l\x92OSDH."}\n'
    (first, second) = iter_articles([write(tmp_path / "feed.jsonl", lines)])
    assert first[1].note is None
    assert second[1].text == "Frappes à Idleb, selon l’OSDH." and second[1].note == "not UTF-8: read as cp1252"


def test_pipes_and_links_to_nothing_are_said_never_opened(tmp_path):
    folder = tmp_path / "feed"
    write(folder / "good.txt", EN_TEXT)
    os.mkfifo(folder / "pipe.txt")  # opening it for reading would wait for a writer forever
    os.mkfifo(folder / "pipe.jsonl")
    (folder / "gone.html").symlink_to(tmp_path / "deleted.html")
    (folder / "photo.png").symlink_to(tmp_path / "deleted.png")  # not an article: not said
    items: list = []
    reader = threading.Thread(target=lambda: items.extend(iter_articles([folder, folder / "pipe.txt"])),
                              daemon=True)
    reader.start()
    reader.join(timeout=60)
    assert not reader.is_alive(), "the reader blocked on a named pipe"
    assert [(label, str(item) if isinstance(item, InvalidInputError) else "article") for label, item in items] == [
        (str(folder / "gone.html"), f"{folder / 'gone.html'}: broken symbolic link (it points to nothing)"),
        (str(folder / "good.txt"), "article"),
        (str(folder / "pipe.jsonl"), f"{folder / 'pipe.jsonl'}: a named pipe (FIFO), not a regular file"),
        (str(folder / "pipe.txt"), f"{folder / 'pipe.txt'}: a named pipe (FIFO), not a regular file"),
        (str(folder / "pipe.txt"), f"{folder / 'pipe.txt'}: a named pipe (FIFO), not a regular file"),
    ]
    with pytest.raises(InvalidInputError, match="named pipe"):
        read_articles(folder / "pipe.txt")


def test_cyrillic_in_cp1251_is_not_read_as_western(tmp_path):
    text = "По меньшей мере десять человек погибли в результате нападения на военную базу."
    article = read_text_article(write(tmp_path / "ru.txt", text, "cp1251"))
    assert article.text == text and article.lang == "ru"


def test_txt_text_is_the_whole_file_so_offsets_hold(tmp_path):
    content = "date 2022-03-05 https://example.org/a\r\n\r\n  " + EN_TEXT.replace("\n", "\r\n") + "\r\n\r\n"
    article = read_text_article(write(tmp_path / "a.txt", content))
    assert article.text == content
    assert article.text.index("Kharkiv") == content.index("Kharkiv")
    assert article.title == "Shelling hits Kharkiv suburbs"
    assert (article.published, article.published_precision, article.url) == (
        date(2022, 3, 5),
        "day",
        "https://example.org/a",
    )


def test_sample_articles_read_as_before():
    (french,) = read_articles(FRENCH_SAMPLE)
    assert french == read_text_article(FRENCH_SAMPLE)
    assert (french.published, french.published_precision, french.lang) == (date(2022, 1, 23), "day", "fr")
    assert french.text == FRENCH_SAMPLE.read_bytes().decode("utf-8")
    assert french.title.startswith("Combats à Hassaké")
    (english,) = read_articles(ENGLISH_SAMPLE)
    assert (english.published, english.published_precision, english.lang) == (None, None, "en")
    assert english.text == ENGLISH_SAMPLE.read_bytes().decode("utf-8")


# -- HTML ---------------------------------------------------------------------------------------
def test_html_main_text_title_date_and_url(tmp_path):
    (article,) = read_articles(write(tmp_path / "page.html", ARTICLE_HTML))
    assert "killing at least four civilians" in article.text
    assert "since the attack began" in article.text
    for boilerplate in ("Subscribe to our newsletter", "Sport section", "Cookie settings", "All rights reserved"):
        assert boilerplate not in article.text
    assert article.title == "Shelling hits Kharkiv suburbs"
    assert (article.published, article.published_precision) == (date(2022, 3, 5), "day")
    assert article.url == "https://news.example.org/world/kharkiv-shelling"
    assert article.lang == "en" and article.source_name == "Example News"
    assert article.path == str(tmp_path / "page.html")


def test_html_in_a_declared_8_bit_charset_dated_by_its_url(tmp_path):
    (article,) = read_articles(write(tmp_path / "page.htm", FRENCH_HTML, "cp1252"))
    assert "province d’Idleb dimanche" in article.text
    assert "Accueil" not in article.text and "Tous droits" not in article.text
    assert article.title == "Frappes à Idleb"
    assert (article.published, article.published_precision) == (date(2022, 1, 23), "day")
    assert article.lang == "fr"


def test_html_without_article_text_is_refused(tmp_path):
    page = write(tmp_path / "empty.html", "<html><head><title>Home</title></head><body><nav></nav></body></html>")
    with pytest.raises(InvalidInputError, match=r"empty\.html: no article text found in the page$"):
        read_articles(page)


# -- JSON and JSON Lines ---------------------------------------------------------------------
def test_json_object(tmp_path):
    record = {
        "title": "Frappes sur Idleb",
        "text": FR_TEXT,
        "url": "https://example.fr/monde/frappes",
        "published": "2022-01",
        "source": {"name": "Example FR"},
    }
    (article,) = read_articles(write(tmp_path / "a.json", json.dumps(record)))
    assert (article.title, article.text, article.url) == (record["title"], FR_TEXT, record["url"])
    assert (article.published, article.published_precision) == (date(2022, 1, 1), "month")
    assert article.lang == "fr" and article.source_name == "Example FR"


def test_json_lang_field_wins_over_detection(tmp_path):
    (article,) = read_articles(write(tmp_path / "a.json", json.dumps({"text": EN_TEXT, "lang": "FR-fr"})))
    assert article.lang == "fr"
    assert article.title == "Shelling hits Kharkiv suburbs"  # no title: the first line


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", r"not valid JSON \(Expecting property name .* at line 1 column 2\)"),
        ("[1, 2]", "expected a JSON object, got an array"),
        ('{"title": "no text"}', "no text"),
        ('{"text": "   "}', "no text"),
        ('{"text": 12}', "field 'text' must be a string"),
        ('{"text": "Some text.", "url": 5}', "field 'url' must be a string"),
        ('{"text": "Some text.", "published": "23/01/2022"}', "bad 'published' date '23/01/2022'"),
    ],
)
def test_bad_json_is_refused_with_a_reason(tmp_path, content, reason):
    with pytest.raises(InvalidInputError, match=reason):
        read_articles(write(tmp_path / "bad.json", content))


def test_jsonl_bad_lines_are_errors_not_a_failed_file(tmp_path):
    path = write(
        tmp_path / "feed.jsonl",
        jsonl(
            {"title": "Frappes", "text": FR_TEXT, "published": "2022-01-23T10:15:00+01:00"},
            '{"title": "broken", "text": ',
            "",
            {"title": "only a title"},
        ),
    )
    items = list(iter_articles([path]))
    assert [label for label, _ in items] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    (good, broken, textless) = (item for _, item in items)
    assert isinstance(good, Article) and good.published == date(2022, 1, 23) and good.lang == "fr"
    assert good.path == f"{path}:1"
    assert isinstance(broken, InvalidInputError) and str(broken).startswith(f"{path}:2: not valid JSON")
    assert isinstance(textless, InvalidInputError) and str(textless) == f"{path}:4: no text (the 'text' field is missing)"
    # Strict reading of the same file stops at the first bad line, naming it.
    with pytest.raises(InvalidInputError, match=r"feed\.jsonl:2: not valid JSON"):
        read_articles(path)


def test_jsonl_with_only_good_lines(tmp_path):
    path = write(tmp_path / "feed.jsonl", jsonl({"text": EN_TEXT}, {"text": FR_TEXT, "lang": "fr"}))
    assert [a.lang for a in read_articles(path)] == ["en", "fr"]


# -- dates ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://fr.sputniknews.com/20220123/combats-1054558426.html", date(2022, 1, 23)),
        ("https://www.example.com/world/2022/01/23/kharkiv-shelling", date(2022, 1, 23)),
        ("https://example.org/news/2022-01-23/kharkiv.html", date(2022, 1, 23)),
        ("https://example.org/news/2022-01-23", date(2022, 1, 23)),
        ("https://example.org/news/20221345/x.html", None),
        ("https://example.org/article/1054558426.html", None),
        ("https://example.org/2022/01/kharkiv", None),
        (None, None),
    ],
)
def test_url_dates(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-23", (date(2022, 1, 23), "day")),
        ("2022-01", (date(2022, 1, 1), "month")),
        ("2022-01-23T23:30:00Z", (date(2022, 1, 23), "day")),
        ("2022-01-23T10:15:00+02:00", (date(2022, 1, 23), "day")),
        ("2022-01-23 10:15", (date(2022, 1, 23), "day")),
        (None, None),
        ("", None),
    ],
)
def test_published_values(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2022-13", "2022-02-30", "23/01/2022", "yesterday", 20220123, ["2022"]])
def test_bad_published_values(value):
    with pytest.raises(InvalidInputError, match="bad 'published' date"):
        parse_published(value)


def test_dates_come_from_the_url_when_nothing_else_says(tmp_path):
    records = [
        {"text": EN_TEXT, "url": "https://example.com/2022/01/23/kharkiv"},
        {"text": EN_TEXT, "url": "https://example.com/20220123/kharkiv", "published": "2022-01"},
        {"text": EN_TEXT, "url": "https://example.com/2022-01-23/kharkiv", "published": "2021-12-31"},
        {"text": EN_TEXT, "url": "https://example.com/kharkiv"},
    ]
    path = write(tmp_path / "feed.jsonl", jsonl(*records))
    assert [(a.published, a.published_precision) for a in read_articles(path)] == [
        (date(2022, 1, 23), "day"),  # from the URL
        (date(2022, 1, 23), "day"),  # the month made precise by the URL
        (date(2021, 12, 31), "day"),  # metadata wins over the URL
        (None, None),
    ]


def test_published_argument_overrides_every_date(tmp_path):
    override = date(2023, 6, 1)
    files = [
        FRENCH_SAMPLE,
        write(tmp_path / "page.html", ARTICLE_HTML),
        write(tmp_path / "a.json", json.dumps({"text": EN_TEXT, "published": "2022-01"})),
        write(tmp_path / "b.jsonl", jsonl({"text": EN_TEXT, "url": "https://x.org/20220123/a"})),
        write(tmp_path / "undated.txt", EN_TEXT),
    ]
    for file in files:
        for article in read_articles(file, published=override):
            assert (article.published, article.published_precision) == (override, "day")


# -- folders and many paths -----------------------------------------------------------------
def test_folders_are_read_recursively_in_order(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", EN_TEXT)
    write(root / "a" / "page.HTML", ARTICLE_HTML)
    write(root / "a" / "deeper" / "x.json", json.dumps({"text": FR_TEXT}))
    write(root / "a" / "feed.jsonl", jsonl({"text": EN_TEXT}, {"text": FR_TEXT}))
    write(root / "a" / "notes.md", "# not an article")
    write(root / "a" / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(root / ".hidden.txt", EN_TEXT)
    write(root / ".git" / "HEAD.txt", EN_TEXT)
    missing = tmp_path / "missing.txt"
    items = list(iter_articles([root, missing]))
    assert [label for label, _ in items] == [
        str(root / "a" / "deeper" / "x.json"),
        f"{root / 'a' / 'feed.jsonl'}:1",
        f"{root / 'a' / 'feed.jsonl'}:2",
        str(root / "a" / "page.HTML"),
        str(root / "b.txt"),
        str(missing),
    ]
    assert all(isinstance(item, Article) for _, item in items[:-1])
    assert str(items[-1][1]) == f"{missing}: no such file or folder"


def test_iter_articles_takes_a_single_path_and_reports_unsupported_files(tmp_path):
    page = write(tmp_path / "page.html", ARTICLE_HTML)
    ((label, article),) = iter_articles(str(page))
    assert label == str(page) and isinstance(article, Article)
    notes = write(tmp_path / "notes.md", "# notes")
    ((_, error),) = iter_articles([notes])
    assert isinstance(error, InvalidInputError) and "unsupported file type '.md'" in str(error)


# -- bad files --------------------------------------------------------------------------------
def test_empty_and_binary_files_are_refused(tmp_path):
    empty = write(tmp_path / "empty.txt", b"  \n")
    with pytest.raises(InvalidInputError, match="empty file"):
        read_text_article(empty)
    binary = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InvalidInputError, match="binary file"):
        read_text_article(binary)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".json", ".jsonl"])
def test_bad_files_give_one_line_reasons(tmp_path, suffix):
    cases = {
        "empty": (b"", "empty file"),
        "bom-only": (b"\xef\xbb\xbf\n", "empty file"),
        "nul": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff", "binary file, not text"),
        "controls": (bytes(range(1, 9)) * 200, "binary file, not text"),
    }
    for name, (content, reason) in cases.items():
        path = write(tmp_path / f"{name}{suffix}", content)
        ((label, error),) = iter_articles([path])
        assert label == str(path)
        assert str(error) == f"{path}: {reason}"


def test_too_large_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20_000_000)  # sparse: quick to write, 20 MB to read
    with pytest.raises(InvalidInputError) as caught:
        read_text_article(big)
    assert str(caught.value) == f"{big}: too large (20.0 MB; at most 10 MB)"
    ((_, error),) = iter_articles([big])
    assert str(error) == f"{big}: too large (20.0 MB; at most 10 MB)"


def test_a_6_mb_text_file_is_accepted(tmp_path):
    big = write(tmp_path / "long.txt", ("The army said the town was retaken. " * 170_000)[:6_000_000])
    assert len(read_text_article(big).text) == 6_000_000


def test_no_input_escapes_as_anything_but_an_invalid_input_error(tmp_path):
    rng = random.Random(20220123)
    samples = [
        bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) for _ in range(40)
    ] + [b"\xff\xfe\x00\xd8", b"{}", b"null", b"[[[[[[" * 50_000, b'{"text": "\\ud800"}', b"<html>"]
    for i, content in enumerate(samples):
        for suffix in (".txt", ".html", ".json", ".jsonl"):
            write(tmp_path / f"{i:02}{suffix}", content)
    for _label, item in iter_articles([tmp_path]):
        assert isinstance(item, Article | InvalidInputError)
        if isinstance(item, InvalidInputError):
            assert "\n" not in str(item)
        else:
            assert len(item.content_hash) == 64  # storable: valid Unicode throughout


def test_an_over_long_jsonl_line_is_one_error(tmp_path, monkeypatch):
    monkeypatch.setattr("geo.articles.reader.MAX_BYTES", 1_000)
    path = write(tmp_path / "feed.jsonl", jsonl({"text": "x" * 2_500}, {"text": EN_TEXT}))
    (first, second) = iter_articles([path])
    assert first[0] == f"{path}:1" and "too large (0.0 MB; at most 0 MB)" in str(first[1])
    assert second[0] == f"{path}:2" and isinstance(second[1], Article)


def test_unusable_paths_are_error_items(tmp_path):
    items = list(iter_articles(["bad\x00name.txt", str(tmp_path / ("x" * 300 + ".txt")), tmp_path / "none"]))
    assert len(items) == 3
    assert all(isinstance(item, InvalidInputError) for _, item in items)
