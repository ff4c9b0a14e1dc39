"""Check a ZIP file is a real Excel workbook, not a ZIP bomb posing as one, before opening it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from cschub.errors import InputRefused

MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 10_000
# Members smaller than this cannot make a bomb whatever their ratio (a tiny XML part of repeated
# text can compress very well).
RATIO_FLOOR_BYTES = 1024 * 1024
WORKBOOK_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


def is_safe_workbook(path: Path) -> bool:
    """True for a ZIP holding an xlsx workbook within safe limits; False for another kind of ZIP.

    Refuses (``InputRefused``) a broken ZIP or one over the limits. Python's ``zipfile`` stops
    inflating a member at its declared size, so the declared sizes checked here bound the work.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputRefused(str(path), "the file is not a readable ZIP/Excel workbook",
                           found=str(exc), expected="an .xlsx workbook") from None
    if len(members) > MAX_MEMBERS:
        raise _bomb(path, f"{len(members):,} parts", f"at most {MAX_MEMBERS:,} parts")
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_BYTES:
        raise _bomb(path, f"{total:,} bytes when unpacked",
                    f"at most {MAX_TOTAL_BYTES:,} bytes unpacked")
    for m in members:
        ratio = m.file_size / max(m.compress_size, 1)
        if m.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise _bomb(path, f"part {m.filename} unpacks {ratio:,.0f} times its packed size",
                        f"a compression ratio of at most {MAX_RATIO}")
    names = {m.filename for m in members}
    return all(part in names for part in WORKBOOK_PARTS)


def _bomb(path: Path, found: str, expected: str) -> InputRefused:
    return InputRefused(str(path), "the workbook is too large when unpacked (a possible ZIP bomb)",
                        found=found, expected=expected)
