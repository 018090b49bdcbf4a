"""Uploads through the function under the Sources page: files of the same name are both read,
and long or odd names give one line, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dashboard.ingest import ingest_uploads
from geo.config import load_settings
from geo.gazetteer.index import Gazetteer
from geo.pipeline import Analyser
from geo.store import Store

HOMS = "On 3 March 2022, clashes erupted in Homs between the SDF and IS militants."
IDLIB = "On 5 March 2022, an airstrike killed 4 civilians in Idlib, according to the SOHR."


@dataclass
class Upload:
    """What Streamlit's file uploader hands the page: a name and the bytes."""

    name: str
    data: bytes

    def getvalue(self) -> bytes:
        return self.data


@pytest.fixture
def store_and_analyser(world):
    with Store.open(load_settings().db) as store:
        yield store, Analyser(Gazetteer(world))


def test_two_files_of_the_same_name_are_both_stored(store_and_analyser):
    store, analyser = store_and_analyser
    lines = ingest_uploads(store, analyser, [Upload("report.txt", HOMS.encode()), Upload("report.txt", IDLIB.encode())],
                           None)
    assert [line.split(":")[0] for line in lines] == ["stored report.txt", "stored report.txt"], lines
    texts = {a["title"] for a in store.articles()}
    assert len(store.articles()) == 2, texts
    sentences = {e["sources"][0]["sentence"] for e in store.events()}
    assert any("Homs" in s for s in sentences) and any("Idlib" in s for s in sentences)


@pytest.mark.parametrize("name", [
    "a" * 300 + ".txt", "é" * 200 + ".txt", "..", "", "../../etc/passwd", "C:\\Users\\x\\report.txt",
    "line\nbreak\x00.txt", "x." + "y" * 300,
])
def test_long_and_odd_names_give_one_line(store_and_analyser, name):
    store, analyser = store_and_analyser
    lines = ingest_uploads(store, analyser, [Upload(name, HOMS.encode())], None)
    assert len(lines) == 1 and "\n" not in lines[0], lines
    # read as the .txt it says it is; a name with no suffix left is refused as such, in its line
    assert lines[0].startswith("stored " if name.endswith(".txt") or name in ("", "..") else "failed "), lines


@pytest.mark.parametrize("name", ["a" * 300 + ".txt", "é" * 200 + ".txt", "..", "", "../../etc/passwd",
                                  "line\nbreak\x00.txt", "x." + "y" * 300])
def test_upload_names_fit_the_filesystem_and_one_line(name):
    from dashboard.ingest import MAX_NAME_BYTES, SHOWN_NAME_CHARS, shown_name, upload_name

    stored = upload_name(name)
    assert len(stored.encode("utf-8")) <= MAX_NAME_BYTES and "/" not in stored and stored not in ("", ".", "..")
    assert name.endswith(".txt") <= stored.endswith(".txt")  # the suffix the reader goes by is kept
    assert len(shown_name(name)) <= SHOWN_NAME_CHARS and "\n" not in shown_name(name)


def test_uploads_and_pasted_text_have_the_readers_size_limit(store_and_analyser, tmp_path):
    """One limit for a file read from disk, an upload and a pasted text, refused with one message."""
    from dashboard.ingest import ingest_pasted
    from geo.articles.reader import MAX_BYTES, read_articles
    from geo.errors import InvalidInputError

    store, analyser = store_and_analyser
    big = HOMS.encode() + b" " * (MAX_BYTES + 1 - len(HOMS))
    on_disk = tmp_path / "big.txt"
    on_disk.write_bytes(big)
    with pytest.raises(InvalidInputError) as refused:
        list(read_articles(on_disk))
    assert str(refused.value) == f"{on_disk}: too large (10.0 MB; at most 10 MB)"
    lines = ingest_uploads(store, analyser, [Upload("big.txt", big), Upload("small.txt", HOMS.encode())], None)
    assert lines[0] == "failed big.txt: too large (10.0 MB; at most 10 MB)"
    assert lines[1].startswith("stored small.txt"), lines
    assert ingest_pasted(store, analyser, "", "", None, "x" * (MAX_BYTES + 1)) == \
        "failed: text: too large (10.0 MB; at most 10 MB)"
    assert len(store.articles()) == 1
