"""Fixtures of the geo tests: one place finder (world gazetteer and spaCy models) per session, and
the reported events of a test's text."""

import pytest

from geo.extract.places import PlaceFinder
from geo.gazetteer.index import Gazetteer
from tests.geo.reported_events import reported_events


@pytest.fixture(scope="session")
def place_finder(gazetteer_path):
    """A PlaceFinder on the session's world gazetteer, as the pipeline builds it."""
    with Gazetteer(gazetteer_path) as g:
        yield PlaceFinder(g)


@pytest.fixture
def told_events(place_finder, lang, text):
    """The reported events of the test's ``text`` in ``lang`` (its parameters), published on a
    Friday (:func:`tests.geo.reported_events.reported_events`)."""
    return reported_events(place_finder, text, lang)
