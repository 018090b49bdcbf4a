"""Opening data files: plain, ``.gz`` or ``.zip`` (one data file inside); text encoding;
delimiter (comma, tab, semicolon, pipe); header or a known header-less layout.

Every cell is read as text (CAMEO codes keep their leading zeros); parsing is the importers'
job.  A row with more fields than the header is not guessed at: it becomes a skipped row
with its reason.  A row with fewer fields has the missing trailing fields empty.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from geo.errors import InvalidInputError

DATA_SUFFIXES = (".csv", ".tsv", ".txt", ".tab", ".json", ".geojson", "")
#: most bytes a data file may hold once decompressed (a plain file, or what a .zip/.gz unpacks
#: to): the whole file is read into memory, a few times its size at the peak
MAX_DATA_BYTES = 1 << 30
#: most times a compressed file may grow when unpacked (real CSV and GeoJSON files grow 3-20
#: times; a zip bomb a thousand times) …
MAX_UNPACK_RATIO = 100
#: … except that any file may unpack to this much (tiny archives of repetitive rows)
UNPACK_RATIO_FLOOR = 16 << 20
#: longest cell kept whole (characters); a longer one is cut to this, the row kept with a note
MAX_CELL_CHARS = 10_000
#: the note a row gets in the import report for each cut cell (see :func:`bound_cells`)
CELL_NOTE = f"cell over {MAX_CELL_CHARS:,} characters, truncated"
_CHUNK = 1 << 20
_BAD_LINE_RE = re.compile(r"Skipping line (\d+): expected (\d+) fields, saw (\d+)")


@dataclass
class Table:
    """A file's rows as text cells, columns named in lower case (Python strings, or text in
    Arrow's buffers from the fast reader: :func:`geo.importers.columns.objects` converts)."""

    frame: pd.DataFrame
    label: str  # what the file is called in messages ("x.zip:y.csv")
    header: bool
    #: rows the reader could not split: (row number, reason, value)
    bad_rows: list[tuple[int, str, str]] = field(default_factory=list)
    #: 1-based number of each frame row among the file's data rows (header not counted)
    row_numbers: np.ndarray | None = None
    #: per frame row (by index label), a note on a row that is kept all the same (a cut cell:
    #: "notes: 1,000,000 characters"); None when no row has one
    notes: pd.Series | None = None
    #: rows refused before mapping (a GeoJSON feature that is no Point), by index label: columns
    #: ``reason`` and ``value``; None when no row is
    refused: pd.DataFrame | None = None

    @property
    def read(self) -> int:
        return len(self.frame) + len(self.bad_rows)


def column_key(name: object) -> str:
    """``" Event_Date\\ufeff"`` -> ``"event_date"``; ``"ActionGeo_Lat"`` -> ``"actiongeo_lat"``."""
    return re.sub(r"[\s\-]+", "_", str(name).replace("\ufeff", "").strip().strip('"').strip().lower())


def load_bytes(path: str | Path) -> tuple[bytes, str]:
    """The data bytes of a file (decompressed) and its label.  A file bigger than
    :data:`MAX_DATA_BYTES`, or that unpacks to more than that or than :data:`MAX_UNPACK_RATIO`
    times its size, is refused (read streaming: the refusal comes before the excess is held)."""
    p = Path(path)
    if not p.exists():
        raise InvalidInputError(f"no such file: {path}")
    if p.is_dir():
        raise InvalidInputError(f"{path} is a folder, not a data file")
    label = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_DATA_BYTES:
            raise InvalidInputError(f"{label}: {size:,} bytes, more than the {MAX_DATA_BYTES:,} a data file may hold "
                                    "(MAX_DATA_BYTES); split it")
        raw = p.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if raw[:4] == b"PK\x03\x04" or p.suffix.lower() == ".zip":
        raw, member = _unzip(raw, label)
        label = f"{label}:{member}"
    elif raw[:2] == b"\x1f\x8b" or p.suffix.lower() == ".gz":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
                raw = _unpack(stream, len(raw), label)
        except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise InvalidInputError(f"{path}: not readable gzip data ({exc})") from None
    if not raw or raw.isspace():  # (no stripped copy of a large file)
        raise InvalidInputError(f"{label}: empty file")
    return raw, label


def shown(name: str) -> str:
    """A name from inside a file as a message shows it: control characters (a line break in a
    zip member's name) escaped, so an error stays one line."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in name)


def unpack_limit(packed: int) -> int:
    """Most bytes a compressed file of ``packed`` bytes may unpack to."""
    return min(MAX_DATA_BYTES, max(UNPACK_RATIO_FLOOR, MAX_UNPACK_RATIO * packed))


def _too_big(label: str, packed: int) -> InvalidInputError:
    return InvalidInputError(
        f"{label}: unpacks to more than {unpack_limit(packed):,} bytes ({MAX_UNPACK_RATIO} times its "
        f"{packed:,} compressed bytes, at most {MAX_DATA_BYTES:,}): refused as a possible zip bomb; "
        "unpack it yourself if it is genuine")


def _unpack(stream: io.BufferedIOBase, packed: int, label: str) -> bytes:
    """Read a decompressing stream a chunk at a time, refusing it once it passes its limit."""
    limit = unpack_limit(packed)
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(_CHUNK):
        total += len(chunk)
        if total > limit:
            raise _too_big(label, packed)
        chunks.append(chunk)
    return b"".join(chunks)


def _unzip(raw: bytes, label: str) -> tuple[bytes, str]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise InvalidInputError(f"{label}: not a readable zip archive") from None
    with archive:
        members = [
            i for i in archive.infolist()
            if i.filename and not i.is_dir() and not i.filename.startswith("__MACOSX/")
            and not Path(i.filename).name.startswith(".")
            and Path(i.filename).suffix.lower() in DATA_SUFFIXES
            and not Path(i.filename).name.lower().startswith("readme")
        ]
        if not members:
            raise InvalidInputError(f"{label}: no data file (.csv, .tsv, .txt, .geojson) in the archive")
        if len(members) > 1:
            names = ", ".join(shown(i.filename) for i in members[:5])
            raise InvalidInputError(f"{label}: the archive holds {len(members)} data files ({names}); "
                                    "unzip it and import one")
        member = members[0]
        name = shown(member.filename)
        # the sizes the archive declares are checked first, the bytes really unpacked as they come
        if member.file_size > unpack_limit(len(raw)):
            raise _too_big(f"{label}:{name}", len(raw))
        try:
            with archive.open(member) as stream:
                return _unpack(stream, len(raw), f"{label}:{name}"), name
        except InvalidInputError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, ValueError,
                NotImplementedError, zlib.error) as exc:
            raise InvalidInputError(f"{label}: cannot unzip {name} ({shown(str(exc))})") from None


def bound_cells(frame: pd.DataFrame, text_bytes: int | None = None) -> tuple[pd.DataFrame, pd.Series | None]:
    """The frame with every cell longer than :data:`MAX_CELL_CHARS` cut to it, and per row
    a note on what was cut (``"notes: 1,000,000 characters"``; None when nothing was).
    ``text_bytes``: the size of the decoded file the cells were split from, when known (no
    character of UTF-8 or Windows-1252 text takes less than a byte: a file of at most
    :data:`MAX_CELL_CHARS` bytes has no cell to cut, and its columns are not measured)."""
    if text_bytes is not None and text_bytes <= MAX_CELL_CHARS:
        return frame, None
    notes: dict[object, list[str]] = {}
    cut: dict[str, pd.Series] = {}
    for column in frame.columns:
        values = frame[column]
        if isinstance(values.array, pd.arrays.ArrowExtensionArray):
            import pyarrow.compute as pc

            chunked = values.array.__arrow_array__()
            lengths = pc.utf8_length(chunked)
            longest = pc.max(lengths).as_py()
            if longest is None or longest <= MAX_CELL_CHARS:
                continue
            over = np.flatnonzero(lengths.to_numpy(zero_copy_only=False) > MAX_CELL_CHARS)
            counts = lengths.to_numpy(zero_copy_only=False)[over]
            cut[column] = pd.Series(pd.arrays.ArrowExtensionArray(
                pc.utf8_slice_codeunits(chunked, 0, MAX_CELL_CHARS)), index=frame.index)
        else:
            sizes = np.fromiter((len(v) if isinstance(v, str) else 0 for v in values.tolist()), dtype=np.int64,
                                count=len(values))
            if not len(sizes) or sizes.max() <= MAX_CELL_CHARS:
                continue
            over = np.flatnonzero(sizes > MAX_CELL_CHARS)
            counts = sizes[over]
            cut[column] = values.map(lambda v: v[:MAX_CELL_CHARS] if isinstance(v, str) else v)
        for label, count in zip(frame.index[over], counts, strict=True):
            notes.setdefault(label, []).append(f"{column}: {int(count):,} characters")
    if not cut:
        return frame, None
    frame = frame.copy()
    for column, values in cut.items():
        frame[column] = values
    return frame, pd.Series({k: "; ".join(v) for k, v in notes.items()}, dtype=object)


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return raw.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace"), "utf-8"


def _decoded_start(raw: bytes) -> tuple[str, str | None]:
    """The first 64 KiB as UTF-8 text and ``"utf-8-sig"``, or ("", None) when they are not
    UTF-8 (a character cut at the end of the sample is left out)."""
    try:
        return codecs.getincrementaldecoder("utf-8-sig")().decode(raw[:65536], final=False), "utf-8-sig"
    except UnicodeDecodeError:
        return "", None


def sniff_delimiter(first_line: str, name: str = "") -> str:
    """Tab for .tsv files or when the first line has more tabs than commas; else the most
    frequent of comma, semicolon and pipe."""
    if name.lower().endswith((".tsv", ".tab")):
        return "\t"
    counts = {d: first_line.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _arrow_frame(raw: bytes, sep: str, columns: list[str], header: bool,
                 wanted: Callable[[str], bool] | None) -> pd.DataFrame | None:
    """The fast path of :func:`read_table` for a well-formed UTF-8 file (or Windows-1252 text
    re-encoded as UTF-8: the same cells; 25,000 generated fuzz files read alike both ways): Arrow's CSV reader
    (same quoting rules as pandas' here), every kept column as text in Arrow's buffers (no Python
    string per cell yet: see :func:`geo.importers.columns.objects`).
    ``None`` when the file needs pandas' reading: a row with more or fewer fields than the
    header, duplicate column names, text Arrow refuses."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        return None
    keys = [column_key(c) for c in columns]
    if not keys or len(set(keys)) != len(keys):
        return None
    keep = [k for k in keys if wanted is None or wanted(k)]
    uneven: list[object] = []

    def on_uneven(row: object) -> str:
        uneven.append(row)
        return "skip"

    data = raw[len(codecs.BOM_UTF8):] if raw.startswith(codecs.BOM_UTF8) else raw
    try:
        table = pacsv.read_csv(
            pa.py_buffer(data),
            read_options=pacsv.ReadOptions(column_names=keys, skip_rows=1 if header else 0, use_threads=False),
            parse_options=pacsv.ParseOptions(delimiter=sep, quote_char='"', double_quote=True, escape_char=False,
                                             newlines_in_values=True, ignore_empty_lines=True,
                                             invalid_row_handler=on_uneven),
            convert_options=pacsv.ConvertOptions(column_types={k: pa.string() for k in keys}, include_columns=keep,
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False,
                                                 check_utf8=True))
    except (pa.ArrowException, ValueError, TypeError):
        return None
    if uneven:
        return None
    cells = {k: pd.arrays.ArrowExtensionArray(table.column(k)) for k in keep}
    # (``columns`` only for a frame of none: pandas would pick the given cells out again)
    return pd.DataFrame(cells, index=pd.RangeIndex(table.num_rows), columns=None if cells else keep)


def read_table(
    path: str | Path,
    *,
    known: Collection[str],
    layouts: Mapping[int, tuple[str, ...]] | None = None,
    wanted: Callable[[str], bool] | None = None,
    what: str = "data",
) -> Table:
    """Read a delimited file.  ``known``: column names (lower case) that mark a header row;
    ``layouts``: column names by column count for header-less files; ``wanted``: which
    columns to keep (default: all)."""
    raw, label = load_bytes(path)
    # The whole file is decoded only when needed: a UTF-8 file goes to Arrow's reader as bytes
    # (which checks the encoding itself); the header is read off the start.
    start, encoding = _decoded_start(raw)
    lines = start.splitlines()
    if encoding is None or not start.strip() or len(lines) == 1 and len(raw) > 65536:
        text, encoding = decode(raw)  # not UTF-8, or a first line longer than the start
        start = text.lstrip("\ufeff")
        lines = start.splitlines()
    first = lines[0] if start.strip() else ""
    sep = sniff_delimiter(first, label)
    try:
        first_fields = next(csv.reader([first], delimiter=sep))
    except (csv.Error, StopIteration):
        first_fields = []
    keys = [column_key(f) for f in first_fields]
    hits = sum(k in known for k in keys)
    header = hits >= min(2, len(keys)) and hits > 0
    names: tuple[str, ...] | None = None
    if not header:
        names = (layouts or {}).get(len(first_fields))
        if names is None:
            expected = " or ".join(str(n) for n in sorted(layouts or {}))
            hint = f" nor the {expected} columns of a header-less file" if expected else ""
            raise InvalidInputError(
                f"{label}: not a {what} file: the first line has no known column names{hint} "
                f"({len(first_fields)} fields)")
    utf8 = raw if encoding == "utf-8-sig" else None
    if encoding == "cp1252" and b"\x00" not in raw and not raw.startswith(codecs.BOM_UTF8):
        utf8 = text.encode("utf-8")  # (Windows-1252 text: the same cells read from its UTF-8)
    if utf8 is not None and first.count('"') % 2 == 0:
        fast = _arrow_frame(utf8, sep, first_fields if header else list(names or ()), header, wanted)
        if fast is not None:
            fast, notes = bound_cells(fast, len(raw))
            return Table(frame=fast, label=label, header=header, row_numbers=np.arange(1, len(fast) + 1),
                         notes=notes)
    if encoding == "utf-8-sig":
        encoding = decode(raw)[1]  # only the start was checked: the whole file decides
    # (no ``usecols``: with it, pandas lets rows with too many fields through unnoticed)
    options = dict(sep=sep, dtype=object, keep_default_na=False, na_filter=False, on_bad_lines="warn",
                   encoding=encoding, encoding_errors="replace", skip_blank_lines=True,
                   quotechar='"', low_memory=False)
    if not header:
        options.update(header=None, names=list(names))
    bad: list[tuple[int, str, str]] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = pd.read_csv(io.BytesIO(raw), **options)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError, csv.Error) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InvalidInputError(f"{label}: cannot split into rows ({reason})") from None
    for w in caught:
        for line, expected, saw in _BAD_LINE_RE.findall(str(w.message)):
            row = int(line) - (1 if header else 0)
            bad.append((row, f"{saw} fields, expected {expected}", ""))
    frame.columns = [column_key(c) for c in frame.columns]
    # (the frame is copied only when columns go: a repeated name, or one not wanted)
    if frame.columns.has_duplicates:
        frame = frame.loc[:, ~frame.columns.duplicated()]
    kept = [c for c in frame.columns if wanted is None or wanted(c)]
    if len(kept) < len(frame.columns):
        frame = frame[kept]
    frame.index = pd.RangeIndex(len(frame))
    numbers = np.arange(1, len(frame) + 1)
    if bad:
        skipped = np.array(sorted(r for r, _reason, _v in bad))
        # the k-th kept row is preceded by every bad row whose number is <= its own
        numbers = numbers + np.searchsorted(skipped - np.arange(len(skipped)), numbers, side="right")
    frame, notes = bound_cells(frame, len(raw))
    return Table(frame=frame, label=label, header=header, bad_rows=sorted(bad), row_numbers=numbers, notes=notes)

