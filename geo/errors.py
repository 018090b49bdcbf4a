"""One error tree for the whole core, rooted in :class:`ConflictmapError`.

Like geopy's ``exc`` module, each error also inherits the builtin it resembles, so callers
may catch either.  Errors become messages only at the edges (CLI, dashboard).
"""

from __future__ import annotations


class ConflictmapError(Exception):
    """Root of every error the core raises on purpose."""

    #: process exit code the CLI uses for this kind of error
    exit_code = 2


class ConfigurationError(ConflictmapError, ValueError):
    """A setting, option or environment variable has a value we cannot use."""


class InvalidInputError(ConflictmapError, ValueError):
    """User input (a name, a date, a coordinate, a file) is not acceptable."""


class NoMatchError(ConflictmapError, LookupError):
    """A place name matched nothing in the gazetteer."""

    exit_code = 1


class GazetteerError(ConflictmapError):
    """The gazetteer index is missing, unreadable or could not be built."""


class GazetteerNotBuiltError(GazetteerError, FileNotFoundError):
    """No gazetteer index exists at the configured location."""


class GazetteerSourceError(GazetteerError, ValueError):
    """A gazetteer source file (GeoNames dump, supplement) is malformed."""


class StoreError(ConflictmapError, IOError):
    """The event store cannot be opened, read or written."""


class StoreNotFoundError(StoreError, FileNotFoundError):
    """An explicitly named store file does not exist."""


class StoreBusyError(StoreError):
    """Another process kept the store locked for writing longer than the lock timeout."""


class PermissionDeniedError(ConflictmapError, PermissionError):
    """The signed-in user (or nobody) may not do this: a viewer's write, an expired sign-in."""


class OnlineGeocoderError(ConflictmapError, IOError):
    """The optional online geocoder failed (network, quota, refusal)."""




class ClusterError(ConflictmapError, IOError):
    """The Dask cluster cannot be reached or started, or lost work it could not redo."""
