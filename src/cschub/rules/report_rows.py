"""The flagged rows of a validation run, as written, for the Excel and HTML reports."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from cschub.rules.engine import Issue, ValidationRun
from cschub.sources.returnspec import return_tables
from cschub.store import Store


@dataclass
class FlaggedTable:
    """One return table's flagged rows: the values as written and which rules hit which cells."""

    name: str
    fields: list[str]
    rows: dict[int, dict] = field(default_factory=dict)  # row_no -> {"line", "values"}
    cells: dict[tuple[int, str], list[str]] = field(default_factory=dict)  # (row, field) -> codes
    row_rules: dict[int, list[str]] = field(default_factory=dict)


def flagged_tables(run: ValidationRun, store: Store) -> list[FlaggedTable]:
    """Every table with issues, with its flagged rows read back from the returns layer."""
    specs = return_tables(run.collection)
    by_table: dict[str, list[Issue]] = {}
    for issue in run.issues:
        if issue.table in specs and issue.row_no is not None:
            by_table.setdefault(issue.table, []).append(issue)
    out = []
    with store.engine.connect() as conn:
        for name, issues in by_table.items():
            spec = specs[name]
            table = FlaggedTable(name, list(spec.field_names))
            wanted = {i.row_no for i in issues}
            raws = ", ".join(f.raw_column for f in spec.fields)
            result = conn.execute(
                sa.text(
                    f'SELECT row_no, line, {raws} FROM "{spec.store_table}" '
                    "WHERE submission_id = :s "
                    "ORDER BY row_no"
                ),
                {"s": run.submission_id},
            )
            for row in result:
                if row[0] in wanted:
                    table.rows[row[0]] = {"line": row[1], "values": list(row[2:])}
            for issue in issues:
                codes = table.row_rules.setdefault(issue.row_no, [])
                if issue.code not in codes:
                    codes.append(issue.code)
                for f in issue.fields:
                    cell = table.cells.setdefault((issue.row_no, f), [])
                    if issue.code not in cell:
                        cell.append(issue.code)
            out.append(table)
    return out
