"""Fixtures of the geo tests: one place finder (world gazetteer and spaCy models) per session."""

import pytest

from geo.extract.places import PlaceFinder
from geo.gazetteer.index import Gazetteer


@pytest.fixture(scope="session")
def place_finder(gazetteer_path):
    """A PlaceFinder on the session's world gazetteer, as the pipeline builds it."""
    with Gazetteer(gazetteer_path) as g:
        yield PlaceFinder(g)
