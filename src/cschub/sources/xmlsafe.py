"""Parse XML safely: no DTDs, no entity expansion, nothing fetched from the network."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from cschub.errors import InputRefused

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT = re.compile(rb"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")


def check_prolog(path: Path) -> bytes:
    """Refuse a document type declaration with entities (bombs, external entities).

    Returns the first 64 KiB of the file.
    """
    with path.open("rb") as fh:
        head = fh.read(65536)
    doctype = _DOCTYPE.search(head)
    if doctype:
        line = head.count(b"\n", 0, doctype.start()) + 1
        problem = (
            "the file declares XML entities, which can expand without limit or fetch "
            "other files; they are not allowed"
        )
        if not _ENTITY.search(head):
            problem = "the file has a document type declaration, which returns never have"
        raise InputRefused(
            str(path),
            problem,
            line=line,
            found="<!DOCTYPE …>",
            expected="plain XML without a DOCTYPE",
        )
    return head


def root_element(path: Path) -> str:
    """The local name of the document's root element (after a safe prolog check)."""
    head = check_prolog(path)
    body = re.sub(rb"<\?.*?\?>|<!--.*?-->", b"", head, flags=re.DOTALL)
    m = _ROOT.search(body)
    if not m:
        raise InputRefused(
            str(path),
            "the file is not well-formed XML",
            line=1,
            found="no root element",
            expected="an XML document",
        )
    return m.group(2).decode("ascii", "replace")


def safe_iterparse(path: Path, events: tuple[str, ...] = ("end",), tag: str | None = None):
    """``lxml.etree.iterparse`` with every dangerous feature off."""
    check_prolog(path)
    return etree.iterparse(
        str(path),
        events=events,
        tag=tag,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def xml_error(path: Path, exc: etree.XMLSyntaxError) -> InputRefused:
    """Turn an lxml syntax error into a refusal with the line it happened on."""
    line = exc.position[0] if exc.position else exc.lineno
    return InputRefused(
        str(path),
        "the file is not well-formed XML",
        line=line,
        found=exc.msg.split(", line")[0] if exc.msg else str(exc),
        expected="complete, well-formed XML",
    )


def forget(elem) -> None:
    """Free a finished element and its earlier siblings, so a streamed file's memory does not
    grow."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]
