"""What runs on a Dask worker: the analyser, loaded once per worker by a worker plugin, and
the analysis of one partition of articles into plain records.  Nothing here opens the store."""

from __future__ import annotations

import hashlib
import logging
import pickle
import threading
from dataclasses import dataclass

from distributed import WorkerPlugin, get_worker

from geo.articles.model import Article
from geo.errors import ClusterError, ConflictmapError
from geo.extract import nlp
from geo.pipeline import FULL_LANGUAGES, Analyser, Analysis

#: the analysis of one article on a worker, or why it failed (one line)
Analysed = Analysis | str


@dataclass(frozen=True)
class AnalyserSpec:
    """What a worker needs to build the analyser the client would use: the gazetteer index (a
    path every worker can read) and the store's own gazetteer entries (plain dicts)."""

    gazetteer: str
    entries: tuple[dict, ...] = ()
    use_ner: bool = True

    @property
    def plugin_name(self) -> str:
        """The worker plugin's name: the same spec is loaded once per worker."""
        digest = hashlib.sha256(pickle.dumps((self.gazetteer, self.entries, self.use_ner))).hexdigest()
        return f"conflictmap-analyser-{digest[:16]}"


class AnalyserPlugin(WorkerPlugin):
    """Builds the analyser when a worker starts (or joins later), so its models load once per
    worker; a failure is kept and told by the first task (one line)."""

    def __init__(self, spec: AnalyserSpec) -> None:
        self.spec = spec
        self.analyser: Analyser | None = None
        self.error: str | None = None
        self.lock: threading.Lock | None = None

    def setup(self, worker) -> None:
        from geo.gazetteer.index import Gazetteer
        from geo.store.layer import StoreLayer

        #: one analysis at a time on a worker of several threads (spaCy pipelines and the
        #: gazetteer's connection are not shared between threads)
        self.lock = threading.Lock()
        try:
            gazetteer = Gazetteer(self.spec.gazetteer, layer=StoreLayer(self.spec.entries))
            self.analyser = Analyser(gazetteer, use_ner=self.spec.use_ner)
            if self.spec.use_ner:
                for lang in FULL_LANGUAGES:  # loaded now, not by the first article of each language
                    nlp.pipeline(lang)
        except ConflictmapError as exc:
            self.error = f"worker {worker.address}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"

    def teardown(self, worker) -> None:
        if self.analyser is not None:
            self.analyser.gazetteer.close()
            self.analyser = None


def analyse_partition(plugin_name: str, articles: list[Article]) -> list[Analysed]:
    """The task: each article's analysis (or its one-line failure), in order."""
    plugin = get_worker().plugins.get(plugin_name)
    if plugin is None:
        raise ClusterError(f"worker {get_worker().address} has no analyser ({plugin_name} not registered)")
    if plugin.error or plugin.analyser is None:
        raise ClusterError(plugin.error or "the worker's analyser is closed")
    out: list[Analysed] = []
    with plugin.lock:
        for article in articles:
            try:
                out.append(plugin.analyser.analyse(article))
            except ConflictmapError as exc:
                out.append(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            except Exception as exc:  # noqa: BLE001 - one article's bug must not lose the partition
                logging.getLogger(__name__).exception("analysis of %s failed", article.path or article.title)
                first = str(exc).splitlines()[0] if str(exc) else ""
                out.append(f"internal error: {type(exc).__name__}: {first} (details in the worker's log)")
    return out
