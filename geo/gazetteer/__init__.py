"""The gazetteer: built from GeoNames data and a curated supplement, read with ranking."""

from geo.gazetteer.build import BuildReport, build_gazetteer
from geo.gazetteer.index import Gazetteer

__all__ = ["BuildReport", "Gazetteer", "build_gazetteer"]
