"""Open a text file whatever its encoding (UTF-8 with or without BOM, or Windows-1252)."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from cschub.errors import InputRefused

CHUNK = 1 << 22
# Bytes Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor Windows-1252.
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"


def detect_encoding(path: Path) -> str:
    """Return ``utf-8-sig`` or ``cp1252`` for a text file, or refuse it.

    The file is scanned in chunks (never held in memory whole). NUL bytes mean a binary file
    (or UTF-16, which the DfE does not accept either).
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8_ok = True
    size = 0
    for line, chunk in _chunks(path):
        if size == 0 and chunk[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise _refuse(path, 1, "the file is UTF-16 encoded", "UTF-8 or Windows-1252 text")
        nul = chunk.find(b"\x00")
        if nul >= 0:
            at = line + chunk.count(b"\n", 0, nul)
            raise _refuse(path, at, "a NUL byte (this is a binary file)", "text")
        size += len(chunk)
        if utf8_ok:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                utf8_ok = False
    if size == 0:
        raise InputRefused(str(path), "the file is empty", expected="a header row and data rows")
    if utf8_ok:
        try:
            decoder.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            pass
    _check_cp1252(path)
    return "cp1252"


def _check_cp1252(path: Path) -> None:
    for line, chunk in _chunks(path):
        positions = [i for b in _CP1252_UNDEFINED if (i := chunk.find(bytes([b]))) >= 0]
        if positions:
            first = min(positions)
            at = line + chunk.count(b"\n", 0, first)
            raise _refuse(
                path,
                at,
                f"the byte 0x{chunk[first]:02X}, which is not valid text",
                "UTF-8 or Windows-1252 text",
            )


def _chunks(path: Path) -> Iterator[tuple[int, bytes]]:
    """Yield (line number at the chunk's start, chunk)."""
    line = 1
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            yield line, chunk
            line += chunk.count(b"\n")


def _refuse(path: Path, line: int, found: str, expected: str) -> InputRefused:
    return InputRefused(
        str(path), "cannot read the file as text", line=line, found=found, expected=expected
    )
