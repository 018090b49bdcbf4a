"""Settings: where the store and the gazetteer live, and the opt-in online geocoder.

Read from the environment and an optional TOML file (``$CONFLICTMAP_CONFIG``, else
``<home>/config.toml``)::

    [geocoder]
    online = "nominatim"            # off unless set
    user_agent = "conflictmap/0.1 (analyst@example.org)"
    domain = "nominatim.openstreetmap.org"
    min_delay_seconds = 1.0

    [store]
    lock_timeout_seconds = 600      # how long a write waits for another process's write

    [server]
    allowed_hosts = ["maps.example.org"]   # names the dashboard answers for, besides its own

    [interface]
    language = "fr"                 # the map's place names: "en" (default) or "fr"

Environment variables win over the file: ``CONFLICTMAP_HOME``, ``CONFLICTMAP_DB``,
``CONFLICTMAP_GAZETTEER``, ``CONFLICTMAP_ONLINE_GEOCODER``, ``CONFLICTMAP_USER_AGENT``,
``CONFLICTMAP_LOCK_TIMEOUT``, ``CONFLICTMAP_ALLOWED_HOSTS`` (names separated by commas),
``CONFLICTMAP_LANGUAGE``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import ConfigurationError

ONLINE_PROVIDERS = ("nominatim",)
#: the interface's languages (the map's place names are drawn in the one chosen); the first is the default
LANGUAGES = ("en", "fr")
#: seconds a write waits for the store while another process writes to it (one writer at a
#: time: writers take their turn); past this the write is refused with one line
#: (:class:`geo.errors.StoreBusyError`).  Generous: an import of a million rows holds the
#: store for a minute or two.
LOCK_TIMEOUT_SECONDS = 600.0


def default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "conflictmap"


@dataclass(frozen=True)
class OnlineGeocoderSettings:
    provider: str | None = None  # None = off
    user_agent: str = ""
    domain: str = "nominatim.openstreetmap.org"
    min_delay_seconds: float = 1.0

    @property
    def enabled(self) -> bool:
        return self.provider is not None


@dataclass(frozen=True)
class Settings:
    home: Path
    db: str  # a file path or an SQLAlchemy URL
    db_explicit: bool
    gazetteer: Path
    online: OnlineGeocoderSettings = field(default_factory=OnlineGeocoderSettings)
    lock_timeout: float = LOCK_TIMEOUT_SECONDS
    #: host names the dashboard server answers for besides its own (``dashboard/hosts.py``)
    allowed_hosts: tuple[str, ...] = ()
    #: the interface's language, one of LANGUAGES (the map's place names)
    language: str = LANGUAGES[0]

    @property
    def cache_dir(self) -> Path:
        """Where what is written at run time to save work lives (the dashboard's frames
        snapshot, its map layers): ``<home>/cache``, never the installed package.  Anything in
        it may be deleted; it is rebuilt when missing."""
        return self.home / "cache"


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"cannot read config {path}: {exc}") from None


def load_settings(db: str | None = None, gazetteer: str | None = None) -> Settings:
    """Settings from arguments, then environment, then the config file, then defaults."""
    env = os.environ
    home = Path(env.get("CONFLICTMAP_HOME") or default_home()).expanduser()
    config_path = Path(env.get("CONFLICTMAP_CONFIG") or home / "config.toml").expanduser()
    config = _read_toml(config_path)
    geocoder = config.get("geocoder", {})
    if not isinstance(geocoder, dict):
        raise ConfigurationError(f"{config_path}: [geocoder] must be a table")
    provider = env.get("CONFLICTMAP_ONLINE_GEOCODER") or geocoder.get("online") or None
    if provider in ("", "off", "none", "false"):
        provider = None
    if provider is not None and provider not in ONLINE_PROVIDERS:
        raise ConfigurationError(
            f"unknown online geocoder {provider!r}; options: {', '.join(ONLINE_PROVIDERS)}"
        )
    try:
        delay = float(geocoder.get("min_delay_seconds", 1.0))
    except (TypeError, ValueError):
        raise ConfigurationError(f"{config_path}: min_delay_seconds must be a number") from None
    online = OnlineGeocoderSettings(
        provider=provider,
        user_agent=env.get("CONFLICTMAP_USER_AGENT") or geocoder.get("user_agent", ""),
        domain=geocoder.get("domain", "nominatim.openstreetmap.org"),
        min_delay_seconds=max(delay, 1.0),  # Nominatim policy: at most 1 request/s
    )
    explicit = db or env.get("CONFLICTMAP_DB")
    store = config.get("store", {})
    if not isinstance(store, dict):
        raise ConfigurationError(f"{config_path}: [store] must be a table")
    return Settings(
        home=home,
        db=explicit or str(home / "conflictmap.db"),
        db_explicit=bool(explicit),
        gazetteer=Path(gazetteer or env.get("CONFLICTMAP_GAZETTEER") or home / "gazetteer.sqlite"),
        online=online,
        lock_timeout=_lock_timeout(env.get("CONFLICTMAP_LOCK_TIMEOUT") or store.get("lock_timeout_seconds"),
                                   config_path),
        allowed_hosts=_allowed_hosts(env.get("CONFLICTMAP_ALLOWED_HOSTS"), config.get("server", {}), config_path),
        language=_language(env.get("CONFLICTMAP_LANGUAGE"), config.get("interface", {}), config_path),
    )


def _language(from_env: str | None, interface: object, config_path: Path) -> str:
    """``CONFLICTMAP_LANGUAGE``, else ``[interface] language``, else the first of LANGUAGES."""
    if not isinstance(interface, dict):
        raise ConfigurationError(f"{config_path}: [interface] must be a table")
    value = (from_env or interface.get("language") or LANGUAGES[0])
    if not isinstance(value, str) or value.strip().lower() not in LANGUAGES:
        raise ConfigurationError(f"interface language (CONFLICTMAP_LANGUAGE or [interface] language in "
                                 f"{config_path}) must be one of {', '.join(LANGUAGES)}, got {value!r}")
    return value.strip().lower()


def _lock_timeout(value: object, config_path: Path) -> float:
    if value is None or value == "":
        return LOCK_TIMEOUT_SECONDS
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        seconds = -1.0
    if not 0 < seconds <= 2_000_000:  # SQLite counts the wait in milliseconds, a 32-bit int
        raise ConfigurationError(
            f"lock timeout (CONFLICTMAP_LOCK_TIMEOUT or lock_timeout_seconds in {config_path}) must be a "
            f"number of seconds above 0, got {value!r}")
    return seconds


def _allowed_hosts(from_env: str | None, server: object, config_path: Path) -> tuple[str, ...]:
    """``CONFLICTMAP_ALLOWED_HOSTS`` (comma-separated), else ``[server] allowed_hosts``."""
    if from_env:
        return tuple(name.strip() for name in from_env.split(",") if name.strip())
    if not isinstance(server, dict):
        raise ConfigurationError(f"{config_path}: [server] must be a table")
    names = server.get("allowed_hosts", [])
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise ConfigurationError(f"{config_path}: [server] allowed_hosts must be a list of host names")
    return tuple(name.strip() for name in names if name.strip())
