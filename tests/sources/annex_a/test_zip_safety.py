"""ZIP bombs posing as workbooks, and ZIPs of something else, are refused before openpyxl."""

from __future__ import annotations

import struct
import time
import zipfile

import pytest

from cschub.errors import InputRefused
from cschub.sources.annex_a import zipsafe
from cschub.sources.detect import detect

CHUNK = b"\0" * (1 << 20)


def _zip(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)


def _declare_size(path, name: str, size: int) -> None:
    """Rewrite a stored member's declared unpacked size (both headers), as a crafted bomb does."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        local = z.getinfo(name).header_offset
    struct.pack_into("<I", data, local + 22, size)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + name_len] == name.encode():
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_a_1gb_member_is_refused_quickly(tmp_path):
    path = tmp_path / "annex_a.xlsx"
    _zip(path, {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>",
                "xl/worksheets/sheet1.xml": CHUNK})
    _declare_size(path, "xl/worksheets/sheet1.xml", 1 << 30)
    start = time.perf_counter()
    with pytest.raises(InputRefused, match="ZIP bomb"):
        detect(path)
    assert time.perf_counter() - start < 1


def test_a_highly_compressed_member_is_refused_quickly(tmp_path):
    # 64 MB of zeros really deflated (ratio ~1000), streamed in 1 MB chunks.
    path = tmp_path / "annex_a.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(64):
                member.write(CHUNK)
    start = time.perf_counter()
    with pytest.raises(InputRefused, match="ZIP bomb") as err:
        detect(path)
    assert time.perf_counter() - start < 1
    assert "sheet1.xml" in (err.value.found or "")


def test_a_declared_size_over_the_total_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(zipsafe, "MAX_TOTAL_BYTES", 32 << 20)
    monkeypatch.setattr(zipsafe, "MAX_RATIO", 10_000)
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
            for _ in range(40):
                member.write(CHUNK)
    with pytest.raises(InputRefused, match="ZIP bomb") as err:
        detect(path)
    assert "bytes when unpacked" in (err.value.found or "")


def test_too_many_members_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(zipsafe, "MAX_MEMBERS", 5)
    path = tmp_path / "book.xlsx"
    _zip(path, {f"xl/part{i}.xml": b"<x/>" for i in range(6)})
    with pytest.raises(InputRefused, match="ZIP bomb"):
        detect(path)


def test_a_zip_that_is_not_a_workbook_is_refused_when_named_xlsx(tmp_path):
    path = tmp_path / "annex_a.xlsx"
    _zip(path, {"word/document.xml": b"<doc/>"})
    with pytest.raises(InputRefused, match="not an Excel workbook"):
        detect(path)
    other = tmp_path / "returns.zip"
    _zip(other, {"word/document.xml": b"<doc/>"})
    assert detect(other) is None


def test_a_truncated_zip_is_refused(tmp_path):
    path = tmp_path / "annex_a.xlsx"
    _zip(path, {"[Content_Types].xml": b"<Types/>" * 100, "xl/workbook.xml": b"<w/>"})
    path.write_bytes(path.read_bytes()[:60])
    with pytest.raises(InputRefused):
        detect(path)
