"""Dates as day ordinals (int), the simulation's clock, and their text forms."""

from __future__ import annotations

from datetime import date

Day = int  # proleptic Gregorian ordinal, as date.toordinal()


def day(year: int, month: int, dom: int) -> Day:
    """The ordinal of a calendar date."""
    return date(year, month, dom).toordinal()


def is_weekend(d: Day) -> bool:
    return d % 7 in (0, 6)  # ordinal 1 (1 Jan 0001) is a Monday: 0 = Sunday, 6 = Saturday


def next_weekday(d: Day) -> Day:
    """The same day, or the following Monday when it falls at a weekend."""
    while is_weekend(d):
        d += 1
    return d


def add_working_days(d: Day, n: int) -> Day:
    """The day n working days (Monday to Friday) after d."""
    weeks, rest = divmod(n, 5)
    d += weeks * 7
    while rest:
        d += 1
        if not is_weekend(d):
            rest -= 1
    return next_weekday(d)


def birthday(dob: Day, age: int) -> Day:
    """The day a child born on dob turns age (29 February births count from 1 March)."""
    b = date.fromordinal(dob)
    try:
        return date(b.year + age, b.month, b.day).toordinal()
    except ValueError:
        return date(b.year + age, 3, 1).toordinal()


def age_on(dob: Day, d: Day) -> int:
    """Whole years of age on day d."""
    b, t = date.fromordinal(dob), date.fromordinal(d)
    return t.year - b.year - ((t.month, t.day) < (b.month, b.day))


def dmy(d: Day | None) -> str:
    """dd/mm/yyyy, as the SSDA903 return writes dates; blank for None."""
    if d is None:
        return ""
    t = date.fromordinal(d)
    return f"{t.day:02d}/{t.month:02d}/{t.year:04d}"


def iso(d: Day | None) -> str:
    """yyyy-mm-dd, as the CIN census and SSD write dates; blank for None."""
    return "" if d is None else date.fromordinal(d).isoformat()


def year_start(end_year: int) -> Day:
    """1 April that opens the collection year ending in end_year."""
    return day(end_year - 1, 4, 1)


def year_end(end_year: int) -> Day:
    """31 March that closes the collection year ending in end_year."""
    return day(end_year, 3, 31)


def year_label(end_year: int) -> str:
    """'2024-25' for the collection year ending 31 March 2025."""
    return f"{end_year - 1}-{end_year % 100:02d}"
