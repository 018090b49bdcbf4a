"""conflictmap's user interfaces: the ``conflictmap`` CLI and the Streamlit dashboard."""
