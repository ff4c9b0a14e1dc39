"""A CIN file that is not well-formed XML, or that could expand or fetch things, is refused with
its file and line, quickly, and nothing of the load is stored."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from cschub.errors import InputRefused
from cschub.sources.cin.xml_reader import read_xml, recognise
from cschub.sources.loader import load
from tests.conftest import DATA

SMALL = (DATA / "cin" / "census_small.xml").read_text("utf-8")
HEAD = """<Message><Header><CollectionDetails><Collection>CIN</Collection>
<ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header>"""
BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
""" + HEAD + "<Children><Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID>" \
    "</ChildIdentifiers></Child></Children></Message>"
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE m [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
""" + HEAD + "<Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID>" \
    "</ChildIdentifiers></Child></Children></Message>"
# line of the first broken tag in the small census (counted, not guessed)
MISMATCHED = SMALL.replace("</UPNunknown>", "</UPN>", 1)
MISMATCHED_LINE = SMALL[: SMALL.index("</UPNunknown>")].count("\n") + 1


def rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def write(tmp_path: Path, data: str | bytes, name: str = "cin.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(("data", "problem", "line"), [
    (BOMB, "entities", 2),
    (EXTERNAL, "entities", 2),
    (SMALL[: SMALL.index("<Assessments>") + 40], "not well-formed", None),
    (MISMATCHED, "not well-formed", MISMATCHED_LINE),
    (HEAD + "<Children><Child>\x01</Child></Children></Message>", "not well-formed", 2),
], ids=["entity-bomb", "external-entity", "truncated", "mismatched-tag", "control-character"])
def test_broken_or_dangerous_xml_is_refused_with_file_and_line(duck, tmp_path, data, problem,
                                                               line):
    start = time.perf_counter()
    with pytest.raises(InputRefused) as info:
        load(duck, [write(tmp_path, data)], la="E09000027", year="2025-26")
    assert time.perf_counter() - start < 10
    message = str(info.value)
    assert problem in message and "cin.xml" in message
    assert info.value.line == line if line else info.value.line is not None
    assert "root:" not in message and "lollol" not in message and "/bin/" not in message
    assert rows(duck, "SELECT count(*) FROM return_file") == [(0,)]


def test_a_truncated_file_is_refused_at_its_last_line(tmp_path):
    text = SMALL[: SMALL.index("<Assessments>") + 40]
    with pytest.raises(InputRefused) as info:
        detected = recognise(write(tmp_path, text))
        read_xml(detected, _Discard())
    assert info.value.line in (text.count("\n") + 1, text.count("\n") + 2)


LATE = EXTERNAL.replace("<!DOCTYPE", "<!--" + "x" * 70_000 + "-->\n<!DOCTYPE", 1)


@pytest.mark.parametrize("via_load", [True, False], ids=["load", "reader"])
def test_a_doctype_hidden_behind_a_long_comment_is_refused_too(duck, tmp_path, via_load):
    path = write(tmp_path, LATE)
    with pytest.raises(InputRefused) as info:
        if via_load:
            load(duck, [path], la="E09000027", year="2025-26")
        else:
            read_xml(recognise(path), _Discard())
    assert "root:" not in str(info.value) and "cin.xml" in str(info.value)
    if not via_load:
        assert info.value.line == 3 and "document type" in str(info.value)


@pytest.mark.parametrize("data", [b"\x00\x01\x02\xff\xfe binary", b"CHILD,SEX\nA,1\n"],
                         ids=["binary", "csv"])
def test_a_file_named_xml_that_is_not_xml_is_refused(duck, tmp_path, data):
    with pytest.raises(InputRefused) as info:
        load(duck, [write(tmp_path, data, "census.xml")], la="E09000027", year="2025-26")
    assert "not a valid xml file" in str(info.value) and "census.xml" in str(info.value)


def test_bytes_that_start_like_xml_but_are_not_are_refused(duck, tmp_path):
    path = write(tmp_path, b"<Message>\xff\xfe\x00\x00<<<>>>", "census.xml")
    with pytest.raises(InputRefused) as info:
        load(duck, [path], la="E09000027", year="2025-26")
    assert "not well-formed" in str(info.value) and info.value.line == 1


class _Discard:
    def write(self, *args, **kwargs) -> None:
        pass
