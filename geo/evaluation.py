"""Geoparsing evaluation on corpora in the EUPEG layout (pure functions, no I/O but reading).

A corpus folder holds ``docs/N.txt``, ``gold.txt`` (line N: the toponyms of ``docs/N.txt`` as
``name,,surface,,lat,,lon,,start,,end`` joined by ``||``, offsets into the document text) and
``outputs/<System>.txt`` (the same format, one published system each).

Matching follows EUPEG: a found toponym matches a gold one when their span midpoints are within
10 characters and their surface texts are equal ignoring case; each gold toponym matches once.
Scores: precision, recall and F1 of finding; acc@161, the share of matched toponyms placed
within 161 km of the gold point; AUC, the area under the curve of log(1 + error km) normalised
by log(20039) (Gritta et al.; lower is better); and end-to-end F1@161, where only a match placed
within 161 km counts as found.  A found toponym without coordinates counts as placed 20,039 km
off (half the Earth's circumference, the largest error).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InvalidInputError
from geo.models import haversine_km

MIDPOINT_CHARS = 10
HIT_KM = 161.0
MAX_ERROR_KM = 20039.0


@dataclass(frozen=True)
class Toponym:
    surface: str
    lat: float | None  # None: found but not placed (some systems' "No Gaz")
    lon: float | None
    start: int
    end: int

    @property
    def midpoint(self) -> float:
        return (self.start + self.end) / 2


@dataclass(frozen=True)
class Scores:
    gold: int
    found: int
    matched: int
    placed: int  # matched and within 161 km
    auc: float | None

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    @property
    def acc161(self) -> float:
        return self.placed / self.matched if self.matched else 0.0

    @property
    def f1_161(self) -> float:
        """The F1 of the toponyms matched and placed within 161 km."""
        return precision_recall_f1(self.placed, self.found, self.gold)[2]

    def as_dict(self) -> dict[str, float | int | None]:
        return {"gold": self.gold, "found": self.found, "matched": self.matched, "placed": self.placed,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "acc161": round(self.acc161, 4), "auc": None if self.auc is None else round(self.auc, 4),
                "f1_161": round(self.f1_161, 4)}


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 0 when there is no whole."""
    return part / whole if whole else 0.0


def f1_score(p: float, r: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


def precision_recall_f1(matched: int, found: int, gold: int) -> tuple[float, float, float]:
    """The precision (of ``found``), recall (of ``gold``) and F1 of ``matched`` items."""
    p, r = ratio(matched, found), ratio(matched, gold)
    return p, r, f1_score(p, r)


def parse_line(line: str, where: str = "") -> list[Toponym]:
    """The toponyms of one annotation line (an empty line: none)."""
    out = []
    for item in filter(None, line.strip().split("||")):
        parts = item.split(",,")
        if len(parts) != 6:
            raise InvalidInputError(f"{where}: not name,,surface,,lat,,lon,,start,,end: {item[:80]!r}")
        try:
            lat, lon = (float(parts[2]), float(parts[3])) if parts[2] and parts[3] else (None, None)
            out.append(Toponym(parts[1], lat, lon, int(parts[4]), int(parts[5])))
        except ValueError:
            raise InvalidInputError(f"{where}: bad number in {item[:80]!r}") from None
    return out


def read_annotations(path: Path) -> list[list[Toponym]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [parse_line(line, f"{path.name} line {i + 1}") for i, line in enumerate(lines)]


@dataclass(frozen=True)
class Corpus:
    name: str
    docs: list[str]
    gold: list[list[Toponym]]
    outputs: dict[str, list[list[Toponym]]]


def read_corpus(folder: Path) -> Corpus:
    """Read an EUPEG corpus folder; one clear error when the layout is not there."""
    folder = Path(folder)
    gold_file, docs_dir = folder / "gold.txt", folder / "docs"
    if not gold_file.is_file() or not docs_dir.is_dir():
        raise InvalidInputError(f"{folder}: not an EUPEG corpus (needs docs/N.txt and gold.txt)")
    gold = read_annotations(gold_file)
    docs = []
    for i in range(len(gold)):
        doc = docs_dir / f"{i}.txt"
        if not doc.is_file():
            raise InvalidInputError(f"{folder}: gold.txt has {len(gold)} lines but docs/{i}.txt is missing")
        docs.append(doc.read_text(encoding="utf-8"))
    outputs = {}
    for path in sorted((folder / "outputs").glob("*.txt")) if (folder / "outputs").is_dir() else []:
        found = read_annotations(path)
        outputs[path.stem] = found + [[] for _ in range(len(gold) - len(found))]
    return Corpus(folder.name, docs, gold, outputs)


def select_docs(corpus: Corpus, which: str = "all") -> Corpus:
    """The corpus restricted to its odd-numbered (``"odd"``: docs/1.txt, 3, 5…) or even-numbered
    (``"even"``: docs/0.txt, 2, 4…) documents, or all of them; a fixed split by document number
    into a development half and a held-out half."""
    if which == "all":
        return corpus
    if which not in ("odd", "even"):
        raise InvalidInputError(f"documents: all, odd or even, not {which!r}")
    keep = [i for i in range(len(corpus.docs)) if i % 2 == (1 if which == "odd" else 0)]
    return Corpus(corpus.name, [corpus.docs[i] for i in keep], [corpus.gold[i] for i in keep],
                  {name: [found[i] for i in keep] for name, found in corpus.outputs.items()})


def match(gold: list[Toponym], found: list[Toponym]) -> list[tuple[Toponym, Toponym]]:
    """(gold, found) pairs under the EUPEG rule, each gold toponym used once (nearest first)."""
    free = list(gold)
    pairs = []
    for f in found:
        candidates = [g for g in free if abs(g.midpoint - f.midpoint) <= MIDPOINT_CHARS
                      and g.surface.casefold() == f.surface.casefold()]
        if candidates:
            best = min(candidates, key=lambda g: abs(g.midpoint - f.midpoint))
            free.remove(best)
            pairs.append((best, f))
    return pairs


def auc(errors_km: list[float]) -> float | None:
    """Area under the sorted log(1 + error) curve, normalised to 0 (perfect) .. 1."""
    if len(errors_km) < 2:
        return None if not errors_km else math.log1p(errors_km[0]) / math.log(MAX_ERROR_KM)
    ys = sorted(math.log1p(e) for e in errors_km)
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:], strict=False))
    return area / (math.log(MAX_ERROR_KM) * (len(ys) - 1))


def score(gold: list[list[Toponym]], found: list[list[Toponym]]) -> Scores:
    """Scores of one system over a corpus (document lists aligned by index)."""
    if len(found) != len(gold):
        raise InvalidInputError(f"{len(found)} documents of output for {len(gold)} of gold")
    errors = []
    for g_doc, f_doc in zip(gold, found, strict=True):
        for g, f in match(g_doc, f_doc):
            placed = None not in (g.lat, g.lon, f.lat, f.lon)
            errors.append(haversine_km((g.lat, g.lon), (f.lat, f.lon)) if placed else MAX_ERROR_KM)
    return Scores(gold=sum(map(len, gold)), found=sum(map(len, found)), matched=len(errors),
                  placed=sum(1 for e in errors if e <= HIT_KM), auc=auc(errors))
