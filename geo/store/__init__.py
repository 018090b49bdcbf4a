"""The event store (SQLAlchemy; SQLite with WAL by default)."""

from geo.store.store import IngestResult, Mention, Store

__all__ = ["IngestResult", "Mention", "Store"]
