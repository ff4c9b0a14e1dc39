"""Tell what a file is: an SSDA903 table or XML export, a CIN or CSWW census, an Annex A workbook,
an SSD extract table — or nothing cschub reads."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from cschub.errors import InputRefused
from cschub.sources.base import DetectedFile
from cschub.sources.csvfile import open_csv
from cschub.sources.xmlsafe import root_element

ZIP_MAGIC = b"PK\x03\x04"
PARQUET_MAGIC = b"PAR1"

# Readers by format: "module:function" taking (path, ...) and returning DetectedFile | None.
XML_READERS: dict[str, tuple[str, ...]] = {
    "EXPSSDA903": ("cschub.sources.ssda903.xml_reader:recognise",),
    "Message": ("cschub.sources.cin.xml_reader:recognise", "cschub.sources.csww.reader:recognise"),
}
WORKBOOK_READERS: tuple[str, ...] = ("cschub.sources.annex_a.reader:recognise",)
CSV_READERS: tuple[str, ...] = (
    "cschub.sources.ssd.reader:recognise_csv",
    "cschub.sources.ssda903.csv_reader:recognise",
)
PARQUET_READERS: tuple[str, ...] = ("cschub.sources.ssd.reader:recognise_parquet",)


def detect(path: Path) -> DetectedFile | None:
    """Recognise a file, refuse it if it claims to be a return but is broken, else None."""
    with path.open("rb") as fh:
        head = fh.read(8192)
    if not head:
        raise InputRefused(str(path), "the file is empty", expected="a return")
    if head.startswith(ZIP_MAGIC):
        return _first(WORKBOOK_READERS, path)
    if head.startswith(PARQUET_MAGIC):
        return _first(PARQUET_READERS, path)
    if _looks_like_xml(head):
        root = root_element(path)
        return _first(XML_READERS.get(root, ()), path)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".xml", ".parquet"):
        raise InputRefused(
            str(path),
            f"the file is not a valid {path.suffix.lower()[1:]} file",
            found="plain text or other content",
            expected=path.suffix.lower()[1:],
        )
    csv_file = open_csv(path)
    return _first(CSV_READERS, path, csv_file)


def _looks_like_xml(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b"<")


def _first(targets: tuple[str, ...], *args: object) -> DetectedFile | None:
    for target in targets:
        if not _available(target):
            continue
        found = _load(target)(*args)
        if found is not None:
            return found
    return None


def _available(target: str) -> bool:
    module = target.split(":")[0]
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return False
        raise
    return True


def _load(target: str) -> Callable[..., DetectedFile | None]:
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)
