"""The rules of each collection and year: ``<collection>/rules.csv`` and ``<collection>/sql/``.

Each row of ``rules.csv`` is one version of a rule, valid from one collection year to another
(``to_year`` empty: still in force). A year's rule set is therefore the previous year's plus its
additions and changes, less its deletions. The SQL of a version is ``sql/<code>.sql`` for the
first version and ``sql/<code>@<from_year>.sql`` for a later one.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

COLLECTIONS = ("ssda903", "cin")
SEVERITIES = ("error", "query", "la_level")


@dataclass(frozen=True)
class Rule:
    """One version of a DfE validation rule."""

    collection: str
    code: str
    from_year: str
    to_year: str | None
    severity: str
    message: str
    fields: tuple[str, ...]
    tables: tuple[str, ...]
    listed_needs: tuple[str, ...]  # inputs beyond the return: previous, postcodes, providers

    @property
    def needs(self) -> tuple[str, ...]:
        """Inputs the rule needs: from rules.csv and the SQL's ``-- needs:`` line."""
        extra = _directive(self.sql, "needs")
        return tuple(dict.fromkeys([*self.listed_needs, *_split(extra.replace(",", ";"))]))

    @property
    def level(self) -> str:
        """error, query or la_level: the SQL's ``-- severity:`` line wins over rules.csv."""
        return _directive(self.sql, "severity") or self.severity

    @property
    def sql_name(self) -> str:
        """File name of this version's SQL."""
        first = first_version(self.collection, self.code)
        return (
            f"{self.code}.sql" if first == self.from_year else f"{self.code}@{self.from_year}.sql"
        )

    @property
    def sql(self) -> str | None:
        """The rule's query, or None if it has not been written."""
        return _read_sql(self.collection, self.sql_name)

    def applies_to(self, year: str) -> bool:
        """Whether this version is in force in collection ``year``."""
        return self.from_year <= year and (self.to_year is None or year <= self.to_year)


@cache
def rule_versions(collection: str) -> tuple[Rule, ...]:
    """Every version of every rule of a collection."""
    if collection not in COLLECTIONS:
        raise ValueError(f"unknown collection {collection!r}; choose from {', '.join(COLLECTIONS)}")
    text = resources.files("cschub.rules").joinpath(collection, "rules.csv").read_text("utf-8")
    rules = []
    for row in csv.DictReader(text.splitlines()):
        rules.append(
            Rule(
                collection=collection,
                code=row["code"],
                from_year=row["from_year"],
                to_year=row["to_year"] or None,
                severity=row["severity"],
                message=row["message"],
                fields=_split(row["fields"]),
                tables=_split(row["tables"]),
                listed_needs=_split(row["needs"]),
            )
        )
    return tuple(rules)


def rules_for(collection: str, year: str) -> list[Rule]:
    """The rule set of a collection year."""
    return [r for r in rule_versions(collection) if r.applies_to(year)]


def years(collection: str) -> list[str]:
    """The collection years with a rule set."""
    starts = sorted({r.from_year for r in rule_versions(collection)})
    first, last = int(starts[0][:4]), 2026
    return [f"{y}-{(y + 1) % 100:02d}" for y in range(first, last + 1)]


@cache
def _read_sql(collection: str, name: str) -> str | None:
    path = resources.files("cschub.rules").joinpath(collection, "sql", name)
    return path.read_text("utf-8") if path.is_file() else None


@cache
def first_version(collection: str, code: str) -> str:
    """The year a rule first appears."""
    return min(r.from_year for r in rule_versions(collection) if r.code == code)


def _directive(sql: str | None, name: str) -> str:
    """The value of a ``-- name: value`` line at the top of a rule's SQL."""
    for line in (sql or "").splitlines():
        if not line.startswith("--"):
            break
        m = re.match(rf"--\s*{name}\s*:\s*(.+)$", line.strip())
        if m:
            return m.group(1).strip()
    return ""


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(";") if v.strip())
