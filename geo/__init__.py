"""conflictmap core: gazetteer, geocoding, article handling and the event store.

Nothing in this package imports Streamlit, Folium or the CLI: those live in ``dashboard``.
"""

__version__ = "0.1.0"
