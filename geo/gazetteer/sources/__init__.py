"""Gazetteer sources: one module per source, each yielding :class:`geo.models.PlaceRecord`."""
