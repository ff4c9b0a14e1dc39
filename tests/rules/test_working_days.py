"""The working-day helpers the CIN rules share (migration 0009), on both databases and in a
scratch store, against dates worked out by hand from the calendar and gov.uk's bank holidays."""

from __future__ import annotations

from datetime import date

import pytest

from cschub.store import Store

BACKENDS = ["scratch", "migrated-duckdb", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def helpers(request, tmp_path_factory):
    if request.param == "scratch":
        store = Store.scratch()
    elif request.param == "migrated-duckdb":
        store = Store(f"duckdb:///{tmp_path_factory.mktemp('days') / 'days.duckdb'}")
    else:
        from tests.conftest import _pg_copy

        copies = _pg_copy(request.getfixturevalue("pg_template"))
        store = Store(next(copies))
        request.addfinalizer(lambda: next(copies, None))
    yield store
    store.close()


@pytest.mark.parametrize(
    ("year", "sunday"),
    [(2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)),
     (2027, date(2027, 3, 28)), (2038, date(2038, 4, 25)),
     # the two exceptions of Gauss's rule: 26 and 25 April move back a week
     (1981, date(1981, 4, 19)), (2049, date(2049, 4, 18))],
)
def test_easter_sunday(helpers, year, sunday):
    assert helpers.scalar("SELECT easter_sunday(:y)", y=year) == sunday


@pytest.mark.parametrize(
    ("day", "holiday"),
    [(date(2022, 12, 26), True),   # Boxing Day, a Monday
     (date(2022, 12, 27), True),   # for Christmas Day, a Sunday
     (date(2022, 12, 28), False),
     (date(2020, 12, 28), True),   # for Boxing Day, a Saturday
     (date(2022, 1, 3), True),     # for New Year's Day, a Saturday
     (date(2020, 5, 4), False),    # early May moved to VE Day, Friday 8 May
     (date(2020, 5, 8), True),
     (date(2026, 5, 4), True), (date(2026, 5, 25), True), (date(2026, 8, 31), True),
     (date(2026, 8, 24), False)],
)
def test_is_bank_holiday(helpers, day, holiday):
    assert helpers.scalar("SELECT is_bank_holiday(:d)", d=day) is holiday


@pytest.mark.parametrize(
    ("anchor", "n", "expected"),
    [
        # across a weekend: Monday 10 March 2025, back to Friday 7 and Thursday 6
        (date(2025, 3, 10), 1, date(2025, 3, 7)),
        (date(2025, 3, 10), 2, date(2025, 3, 6)),
        # Tuesday 4 January 2022: Monday 3 (for New Year's Day) off, Fri 31, Thu 30, Wed 29
        # December; Tue 28 and Mon 27 (for Christmas and Boxing Day, a weekend) off; Fri 24
        (date(2022, 1, 4), 1, date(2021, 12, 31)),
        (date(2022, 1, 4), 4, date(2021, 12, 24)),
        # Christmas 2022 on a Sunday: Boxing Day Monday 26 and Tuesday 27 off
        (date(2022, 12, 28), 1, date(2022, 12, 23)),
        # Christmas 2020 on a Friday: Monday 28 off for Boxing Day
        (date(2020, 12, 29), 1, date(2020, 12, 24)),
        # Easter 2025 (20 April) and 2024 (31 March): Good Friday and Easter Monday off
        (date(2025, 4, 22), 1, date(2025, 4, 17)),
        (date(2024, 4, 2), 1, date(2024, 3, 28)),
        # the Platinum Jubilee (Thursday 2 and Friday 3 June 2022; Monday 30 May worked)
        (date(2022, 6, 6), 1, date(2022, 6, 1)),
        (date(2022, 6, 6), 3, date(2022, 5, 30)),
        # the Queen's funeral, Monday 19 September 2022
        (date(2022, 9, 20), 1, date(2022, 9, 16)),
        # the Coronation (Monday 8 May 2023) and the early May bank holiday (Monday 1 May)
        (date(2023, 5, 9), 1, date(2023, 5, 5)),
        (date(2023, 5, 9), 5, date(2023, 4, 28)),
        # what 8670Q and 8675Q use: 45 and 15 working days before 31 March 2026
        (date(2026, 3, 31), 45, date(2026, 1, 27)),
        (date(2026, 3, 31), 15, date(2026, 3, 10)),
    ],
)
def test_working_day_before(helpers, anchor, n, expected):
    sql = "SELECT working_day_before(:a, :n)"
    assert helpers.scalar(sql, a=anchor, n=n) == expected
