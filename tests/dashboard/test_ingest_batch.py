"""The upload page's batch (dashboard/ingest.py): a long or failing article never stops it."""

from types import SimpleNamespace

from dashboard.ingest import ingest_uploads
from geo.extract.nlp import NER_CHUNK_CHARS
from geo.gazetteer.index import Gazetteer
from geo.pipeline import Analyser
from geo.store import Store
from tests.long_articles import SPACY_MAX_LENGTH, RecordingNer, long_article_text


def upload(name: str, text: str) -> SimpleNamespace:
    data = text.encode("utf-8")
    return SimpleNamespace(name=name, getvalue=lambda: data)


def test_a_long_upload_is_stored_between_good_ones(gazetteer_path, tmp_path, monkeypatch):
    ner = RecordingNer()  # spaCy's own limit and error past it
    monkeypatch.setattr("geo.extract.nlp.pipeline", lambda lang: ner)
    uploads = [upload("a.txt", "Clashes near Homs on 4 March 2022 killed 3 people."),
               upload("long.txt", long_article_text()),
               upload("c.txt", "Shelling hit Aleppo on 4 March 2022, a monitor said.")]
    with Store.open(str(tmp_path / "up.db")) as store, Gazetteer(gazetteer_path) as gazetteer:
        lines = ingest_uploads(store, Analyser(gazetteer), uploads, None)
    assert [line.split(":")[0] for line in lines] == ["stored a.txt", "stored long.txt", "stored c.txt"]
    assert "2 places" in lines[1]
    assert max(ner.given) <= NER_CHUNK_CHARS < SPACY_MAX_LENGTH


def test_an_internal_error_in_one_upload_is_one_line(gazetteer_path, tmp_path, monkeypatch):
    def broken(text):
        if "Idlib" in text:
            raise RuntimeError("a bug met in /srv/conflictmap/geo/extract")
        return RecordingNer()(text)

    monkeypatch.setattr("geo.extract.nlp.pipeline", lambda lang: broken)
    uploads = [upload("a.txt", "Clashes near Homs on 4 March 2022 killed 3 people."),
               upload("b.txt", "An air strike hit a market in Idlib on 4 March 2022."),
               upload("c.txt", "Shelling hit Aleppo on 4 March 2022, a monitor said.")]
    with Store.open(str(tmp_path / "up.db")) as store, Gazetteer(gazetteer_path) as gazetteer:
        lines = ingest_uploads(store, Analyser(gazetteer), uploads, None)
        stored = len(store.articles())
    assert lines[1] == "failed b.txt: internal error (RuntimeError; details in the server log)"
    assert [line.split(":")[0] for line in lines] == ["stored a.txt", "failed b.txt", "stored c.txt"]
    assert stored == 2
