"""Working days in England for the validation rules (CIN 8569Q, 8670Q, 8675Q).

``easter_sunday(y)``: Easter Sunday of year ``y`` (Gauss's rule, valid 1900-2099).
``is_bank_holiday(d)``: ``d`` is a bank holiday in England and Wales (New Year's Day, Good
Friday, Easter Monday, the May, spring and summer Mondays, Christmas and Boxing Day, with
their weekday substitutes, and the one-off moves and extra days since 1995).
``working_day_before(anchor, n)``: the ``n``-th working day (Monday to Friday, not a bank
holiday) before ``anchor``, ``anchor`` itself not counted.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Gauss's Easter rule over the year y
_A = "(y % 19)"
_D = f"((19 * {_A} + 24) % 30)"
_E = f"((2 * (y % 4) + 4 * (y % 7) + 6 * {_D} + 5) % 7)"
_EASTER = (f"make_date(y, 3, 22) + {_D} + {_E} - CASE WHEN ({_D} = 29 AND {_E} = 6) "
           f"OR ({_D} = 28 AND {_E} = 6 AND {_A} > 10) THEN 7 ELSE 0 END")

# Days the rules below get wrong: a regular bank holiday moved away (royal and state occasions,
# VE Day 75), and the extra or moved-to days (gov.uk/bank-holidays and its archives).
_MOVED_AWAY = ("1995-05-01", "2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30")
_EXTRA = ("1995-05-08", "1999-12-31", "2002-06-03", "2002-06-04", "2011-04-29", "2012-06-04",
          "2012-06-05", "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08")


def _dates(days: tuple[str, ...]) -> str:
    return ", ".join(f"DATE '{d}'" for d in days)


_DOW = "CAST(EXTRACT(isodow FROM d) AS INTEGER)"
_DAY = "CAST(EXTRACT(day FROM d) AS INTEGER)"
_MONTH = "CAST(EXTRACT(month FROM d) AS INTEGER)"
_EASTER_OF_D = "easter_sunday(CAST(EXTRACT(year FROM d) AS INTEGER))"
_BANK_HOLIDAY = f"""(d IN ({_dates(_EXTRA)}) OR (d NOT IN ({_dates(_MOVED_AWAY)}) AND (
    ({_MONTH} = 1 AND (({_DAY} = 1 AND {_DOW} < 6) OR ({_DAY} IN (2, 3) AND {_DOW} = 1)))
    OR d = {_EASTER_OF_D} - 2 OR d = {_EASTER_OF_D} + 1
    OR ({_MONTH} = 5 AND {_DOW} = 1 AND ({_DAY} <= 7 OR {_DAY} >= 25))
    OR ({_MONTH} = 8 AND {_DOW} = 1 AND {_DAY} >= 25)
    OR ({_MONTH} = 12 AND (({_DAY} IN (25, 26) AND {_DOW} < 6)
                          OR ({_DAY} IN (27, 28) AND {_DOW} IN (1, 2)))))))"""


def _nth_before(series: str) -> str:
    """The n-th working day before anchor; ``series`` yields i = 1, 2, ... as a FROM item."""
    return f"""(SELECT day FROM (
    SELECT day, row_number() OVER (ORDER BY day DESC) AS k
    FROM (SELECT CAST(anchor - CAST(i AS INTEGER) AS DATE) AS day FROM {series}) AS back
    WHERE CAST(EXTRACT(isodow FROM day) AS INTEGER) < 6 AND NOT is_bank_holiday(day)
) AS working WHERE k = n)"""


def upgrade() -> None:
    create_functions(op.get_bind())


def create_functions(bind) -> None:
    """Create the working-day functions on a connection."""
    # 2n + 20 calendar days hold n working days whatever the holidays
    if bind.dialect.name == "duckdb":
        statements = (
            f"CREATE OR REPLACE MACRO easter_sunday(y) AS CAST({_EASTER} AS DATE)",
            f"CREATE OR REPLACE MACRO is_bank_holiday(d) AS {_BANK_HOLIDAY}",
            "CREATE OR REPLACE MACRO working_day_before(anchor, n) AS "
            + _nth_before("unnest(range(1, 2 * n + 21)) AS s(i)"),
        )
    else:
        statements = (
            "CREATE OR REPLACE FUNCTION easter_sunday(y integer) RETURNS date "
            f"LANGUAGE sql IMMUTABLE AS $$ SELECT CAST({_EASTER} AS date) $$",
            "CREATE OR REPLACE FUNCTION is_bank_holiday(d date) RETURNS boolean "
            f"LANGUAGE sql IMMUTABLE AS $$ SELECT {_BANK_HOLIDAY} $$",
            "CREATE OR REPLACE FUNCTION working_day_before(anchor date, n integer) RETURNS date "
            "LANGUAGE sql IMMUTABLE AS $$ SELECT "
            + _nth_before("generate_series(1, 2 * n + 20) AS s(i)") + " $$",
        )
    for statement in statements:
        bind.execute(sa.text(statement))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "duckdb":
        for name in ("working_day_before", "is_bank_holiday", "easter_sunday"):
            bind.execute(sa.text(f"DROP MACRO IF EXISTS {name}"))
    else:
        for signature in ("working_day_before(date, integer)", "is_bank_holiday(date)",
                          "easter_sunday(integer)"):
            bind.execute(sa.text(f"DROP FUNCTION IF EXISTS {signature}"))
