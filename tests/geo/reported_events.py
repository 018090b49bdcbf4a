"""The reported events of a short text of our own, published on a Friday: shared by the tests of
the event mechanisms (distributed tolls, present acts, earlier acts, inserted adverbs, back
references)."""

from datetime import date

from geo.extract.events import ArticleEvent, extract_events
from geo.extract.places import PlaceFinder

PUBLISHED = date(2016, 9, 23)  # a Friday


def reported_events(finder: PlaceFinder, text: str, lang: str) -> list[ArticleEvent]:
    """The reported events ``extract_events`` finds in ``text`` with the places ``finder`` finds."""
    return [e for e in extract_events(text, lang, PUBLISHED, finder.find(text, lang)) if e.reported]
