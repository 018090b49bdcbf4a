"""spaCy is given bounded pieces of a long text; entities come back at whole-text offsets."""

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.extract import nlp
from tests.conftest import ARTICLES
from tests.long_articles import SPACY_MAX_LENGTH, RecordingNer, long_article_text


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .!\n\t\u00e9"), max_size=300), limit=st.integers(1, 60))
def test_pieces_cover_the_text_exactly_and_are_bounded(text, limit):
    pieces = list(nlp.pieces(text, limit))
    assert "".join(piece for _offset, piece in pieces) == text
    offset = 0
    for start, piece in pieces:
        assert start == offset and len(piece) <= limit
        offset += len(piece)


def test_a_long_text_is_cut_at_paragraph_breaks_and_a_short_one_not_at_all():
    text = long_article_text()
    pieces = list(nlp.pieces(text))
    assert len(pieces) > 10
    assert all(len(piece) <= nlp.NER_CHUNK_CHARS < SPACY_MAX_LENGTH for _offset, piece in pieces)
    assert all(piece.endswith("\n\n") for _offset, piece in pieces[:-1])
    short = (ARTICLES / "000_e69315e52186f9f0.txt").read_text(encoding="utf-8")
    assert list(nlp.pieces(short)) == [(0, short)]


def test_the_pipeline_is_never_given_more_than_the_limit():
    ner = RecordingNer()
    text = long_article_text()
    found = nlp.entities(ner, text)
    assert max(ner.given) <= nlp.NER_CHUNK_CHARS and sum(ner.given) == len(text)
    assert found.pieces == len(ner.given) > 1
    assert [text[e.start_char:e.end_char] for e in found.ents] == ["Aleppo", "Homs"]
    assert found.ents[-1].start_char == text.rindex("Homs") > SPACY_MAX_LENGTH


def test_entities_of_pieces_are_the_whole_texts_away_from_the_cuts():
    pipe = nlp.pipeline("en")
    text = (ARTICLES / "000_e69315e52186f9f0.txt").read_text(encoding="utf-8")
    cuts = [offset for offset, _piece in nlp.pieces(text, 400)][1:]
    assert len(cuts) >= 5
    whole = {(e.start_char, e.end_char, e.label_) for e in pipe(text).ents}
    pieced = {(e.start_char, e.end_char, e.label_) for e in nlp.entities(pipe, text, 400).ents}
    assert len(whole & pieced) >= 0.9 * len(whole)
    for start, end, _label in whole ^ pieced:  # only next to a cut may the context differ
        assert min(min(abs(start - cut), abs(end - cut)) for cut in cuts) <= 100
    assert {text[s:e] for s, e, label in pieced if label == "GPE"} >= {"Damascus", "Deir ez-Zor", "Raqqa", "Homs"}
