"""Decoding an article file's bytes to text, saying how they were read when not plain UTF-8.

UTF-8 with or without BOM (or a UTF-16/32 BOM); UTF-16 without a BOM, known by its NUL bytes all
on one side of the byte pairs; a file that is mostly UTF-8 with a few bytes that are not (a
damaged file, or Windows-1252 quotes pasted into UTF-8) as UTF-8, each stray byte read as cp1252;
else an HTML page's declared charset; else cp1252 when the bytes read as plausible Western
European text, else charset-normalizer's best guess, else latin-1, so decoding alone never fails
(:mod:`geo.articles.reader` reads the files).
"""

from __future__ import annotations

import codecs
import re

from geo.errors import InvalidInputError

__all__ = ["decode", "decode_noted"]

_SNIFF_BYTES = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that do not occur in text (everything below 0x20 but tab, LF, VT, FF, CR, ESC).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"
# Characters that do not occur in text: C0/C1 controls (but whitespace and ESC), private use.
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")
# A byte that is not UTF-8, as ``errors="surrogateescape"`` decodes it.
_ESCAPED_BYTE_RE = re.compile("[\udc80-\udcff]")
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
# Non-ASCII characters that legitimately sit between two letters in Western text.
_INWORD_PUNCTUATION = frozenset("\u2019\u2018\u00b7\u00ad\u2010\u2011\u2013")


def decode(data: bytes, where: str, *, declared: str | None = None) -> str:
    """The text of a file's bytes; ``where`` prefixes error messages (see :func:`decode_noted`)."""
    return decode_noted(data, where, declared=declared)[0]


def decode_noted(data: bytes, where: str, *, declared: str | None = None) -> tuple[str, str | None]:
    """(text, note) of a file's bytes; the note says how they were read when not plain UTF-8.

    ``declared`` is an encoding the file names itself (an HTML ``<meta charset>``), tried after
    UTF-8. Raises :class:`InvalidInputError` for an empty or binary file, never for decoding alone.
    """
    if not data.strip():
        raise InvalidInputError(f"{where}: empty file")
    note = None
    text = _decode_bom(data)
    if text is None:
        head = data[:_SNIFF_BYTES]
        utf16 = _utf16_without_bom(head) if b"\x00" in head else None
        if utf16 is not None:
            text = _decode_strict(data, utf16)
            if text is None:
                raise InvalidInputError(f"{where}: binary file, not text")
            note = f"{utf16.upper()} without a byte-order mark"
        elif b"\x00" in head or _control_ratio(head) > 0.05:
            raise InvalidInputError(f"{where}: binary file, not text")
        else:
            text = _decode_utf8(data)
            if text is None:
                text, note = _decode_mostly_utf8(data)
            if text is None and declared:
                text = _decode_declared(data, declared)
            if text is None:
                text, note = _decode_8bit(data)
    if not text.strip():
        raise InvalidInputError(f"{where}: empty file")
    if _is_mostly_non_text(text[:_SNIFF_BYTES]):
        raise InvalidInputError(f"{where}: binary file, not text")
    return text, note


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes of ``head`` are the high bytes of
    UTF-16 code units (Latin letters, digits, spaces: one side of the byte pairs), else None."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    for nuls, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.1 * pairs and other <= nuls // 50:
            return encoding
    return None


def _decode_strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_mostly_utf8(data: bytes) -> tuple[str | None, str | None]:
    """UTF-8 with a few stray bytes (fewer than its own non-ASCII characters), each stray byte
    read as cp1252 (or U+FFFD where cp1252 has no character); (None, None) otherwise."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    stray = _ESCAPED_BYTE_RE.findall(escaped)
    if len(_NON_ASCII_RE.findall(escaped)) - len(stray) < len(stray):
        return None, None  # mostly not UTF-8: a legacy encoding
    first = _ESCAPED_BYTE_RE.search(escaped)
    at = len(escaped[: first.start()].encode("utf-8", errors="surrogateescape")) if first else 0
    text = _ESCAPED_BYTE_RE.sub(
        lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), escaped)
    count = f"{len(stray)} byte{'s' if len(stray) > 1 else ''}"
    where = "the first at" if len(stray) > 1 else "at"
    return text, f"not valid UTF-8: {count} read as cp1252, {where} byte {at}"


def _decode_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _control_ratio(data: bytes) -> float:
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / max(len(data), 1)


def _is_mostly_non_text(text: str) -> bool:
    return len(_CONTROL_CHARS_RE.findall(text)) > 0.05 * len(text)


def _decode_declared(data: bytes, declared: str) -> str | None:
    try:
        encoding = codecs.lookup(declared).name
    except LookupError:
        return None
    if encoding in ("latin-1", "iso8859-1", "ascii"):  # as browsers do (WHATWG encoding standard)
        encoding = "cp1252"
    if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        return None  # a declaration inside an ASCII-compatible file cannot be true
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """Text in a legacy 8-bit encoding, and a note naming the encoding used."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausible_western(western):
        return western, "not UTF-8: read as cp1252"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best), f"not UTF-8: guessed {best.encoding}"
    except Exception:  # noqa: BLE001 - a guessing library must not turn a text file into a crash
        pass
    if western is not None:
        return western, "not UTF-8: guessed cp1252"
    return data.decode("latin-1"), "not UTF-8: guessed latin-1"


def _plausible_western(text: str) -> bool:
    """Whether cp1252-decoded text looks like Western European text rather than mojibake."""
    letters = non_ascii_letters = odd = non_ascii = 0
    previous = ""
    for i, char in enumerate(text[:100_000]):
        if char.isascii():
            if char.isalpha():
                letters += 1
        else:
            non_ascii += 1
            if char.isalpha():
                letters += 1
                non_ascii_letters += 1
            elif (
                char not in _INWORD_PUNCTUATION
                and previous.isalpha()
                and text[i + 1 : i + 2].isalpha()
            ):
                odd += 1  # "g³owa": a symbol inside a word is a misread letter
        previous = char
    if non_ascii == 0:
        return True
    # Cyrillic, Greek, Arabic… read as cp1252 give words made of accented letters only.
    return non_ascii_letters <= 0.3 * letters and odd <= max(0, non_ascii // 50)
