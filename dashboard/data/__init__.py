"""The dashboard's data: the store's frames with the columns the dashboard shows
(``view_model``), cached as a snapshot under ``$CONFLICTMAP_HOME/cache/`` (``snapshot``), the
store version that says when to read them again (``watch``), and the map layer files the app
serves from that cache (``served``)."""
