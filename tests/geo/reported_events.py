"""The events of a short text of our own, by default published on a Friday: shared by the tests of
the event mechanisms (distributed tolls, present acts, earlier acts, inserted adverbs, back
references, act dates and moods, same-day reporting, confidence)."""

from datetime import date

from geo.extract.events import ArticleEvent, extract_events
from geo.extract.places import PlaceFinder

PUBLISHED = date(2016, 9, 23)  # a Friday


def text_events(finder: PlaceFinder, text: str, lang: str, published: date | None = PUBLISHED) -> list[ArticleEvent]:
    """The events ``extract_events`` finds in ``text`` published on ``published``, with the places
    ``finder`` finds."""
    return extract_events(text, lang, published, finder.find(text, lang))


def reported_events(finder: PlaceFinder, text: str, lang: str) -> list[ArticleEvent]:
    """The reported events of ``text`` (:func:`text_events`), the background ones left out."""
    return [e for e in text_events(finder, text, lang) if e.reported]
