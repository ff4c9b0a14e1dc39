"""Cell values as text, exactly as a person would read them, and header matching."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def text_of(value: object) -> str | None:
    """A cell or column value as raw text: dates as ISO ``YYYY-MM-DD``, numbers as written."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(sep="T")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def header_key(text: object) -> str:
    """A header compared case-insensitively, ignoring spaces and punctuation."""
    return _NOT_ALNUM.sub("", str(text or "")).lower()
