"""``cschub load``: recognise files, write them to the returns layer and derive the standard
dataset, all in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cschub.errors import InputRefused
from cschub.reference.la import la_code_for
from cschub.sources import submissions as subs
from cschub.sources.base import DetectedFile, la_from_text, year_from_text
from cschub.sources.detect import detect
from cschub.sources.discover import expand
from cschub.sources.staging import Stager
from cschub.store import Store

Progress = Callable[[str, int, int], None]
# Inside a folder only these are looked at; a file named on the command line is always examined.
RETURN_SUFFIXES = frozenset({".csv", ".txt", ".xml", ".xlsx", ".xlsm", ".parquet"})


@dataclass
class FileOutcome:
    """What happened to one file of a load."""

    path: Path
    collection: str
    tables: tuple[str, ...]
    la_code: str
    year: str
    status: str  # loaded | unchanged
    rows: int = 0
    unparsed: int = 0
    unparsed_by_field: dict[str, int] = field(default_factory=dict)
    replaced: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class LoadReport:
    """The summary of a load."""

    load_id: int | None
    files: list[FileOutcome] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    derived: dict[str, int] = field(default_factory=dict)
    quality: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        """A JSON-ready summary (no personal data)."""
        return {
            "load_id": self.load_id,
            "files": [
                {
                    "path": str(f.path),
                    "collection": f.collection,
                    "tables": list(f.tables),
                    "la": f.la_code,
                    "year": f.year,
                    "status": f.status,
                    "rows": f.rows,
                    "unparsed": f.unparsed,
                    "replaced": f.replaced,
                    "notes": f.notes,
                }
                for f in self.files
            ],
            "skipped": [{"path": str(p), "reason": r} for p, r in self.skipped],
            "derived": self.derived,
            "quality": self.quality,
        }


def identify(
    paths: list[Path], la: str | None = None, year: str | None = None
) -> tuple[list[DetectedFile], list[tuple[Path, str]]]:
    """Recognise every file under ``paths`` and settle each one's LA and collection year."""
    la_override = _check_la(la) if la else None
    if year and year_from_text(year) != year:
        raise InputRefused(
            "--year",
            "the collection year is not in the form 2025-26",
            found=year,
            expected="YYYY-YY, e.g. 2025-26",
        )
    found: list[DetectedFile] = []
    skipped: list[tuple[Path, str]] = []
    for path, named in expand(paths):
        if not named and path.suffix.lower() not in RETURN_SUFFIXES:
            skipped.append((path, "not a kind of file returns come in"))
            continue
        detected = detect(path)
        if detected is None:
            if named:
                raise InputRefused(
                    str(path),
                    "cschub does not recognise this file",
                    expected="an SSDA903 table or XML export, a CIN or CSWW census XML, "
                    "an Ofsted Annex A workbook, or an SSD extract table",
                )
            skipped.append((path, "not a return cschub recognises"))
            continue
        detected.la_code = la_override or detected.la_code or la_from_text(str(path.resolve()))
        if detected.collection != "ssd" or not detected.year:
            detected.year = year or detected.year or year_from_text(str(path.resolve()))
        if detected.la_code is None:
            raise InputRefused(
                str(path),
                "cannot tell which local authority this return is from",
                expected="--la CODE, or the LA code (e.g. E09000027) in a folder name",
            )
        if detected.year is None:
            raise InputRefused(
                str(path),
                "cannot tell the collection year of this return",
                expected="--year 2025-26, or the year in a folder name like 2025-26",
            )
        found.append(detected)
    _refuse_clashes(found)
    return found, skipped


def load(
    store: Store,
    paths: list[Path],
    la: str | None = None,
    year: str | None = None,
    command: str = "cschub load",
    progress: Progress | None = None,
    derive: bool = True,
) -> LoadReport:
    """Load files and folders into the store as one transaction: all of it or none.

    ``derive=False`` fills only the returns layer (enough for validation).
    """
    detected, skipped = identify(paths, la, year)
    report = LoadReport(load_id=None, skipped=skipped)
    with store.transaction() as conn:
        load_id = subs.start_load(conn, command)
        report.load_id = load_id
        changed_las: set[str] = set()
        for i, item in enumerate(detected, start=1):
            if progress:
                progress(f"reading {item.path.name}", i, len(detected))
            outcome = _load_file(store, conn, item, load_id)
            report.files.append(outcome)
            if outcome.status == "loaded":
                changed_las.add(outcome.la_code)
        if changed_las and derive:
            from cschub.derive import rebuild

            if progress:
                progress("deriving the standard dataset", len(detected), len(detected))
            derived, quality = rebuild(store, conn, sorted(changed_las), load_id)
            report.derived, report.quality = derived, quality
        store.analyze(conn, _tables_touched(report, derive))
        subs.finish_load(conn, load_id, report.as_dict())
    return report


def _load_file(store: Store, conn, item: DetectedFile, load_id: int) -> FileOutcome:
    assert item.la_code and item.year
    outcome = FileOutcome(
        item.path,
        item.collection,
        item.tables,
        item.la_code,
        item.year,
        "loaded",
        notes=list(item.notes),
    )
    sha = subs.sha256_of(item.path)
    submission_id = subs.submission_for(conn, item.collection, item.year, item.la_code, load_id)
    current = subs.current_files(conn, submission_id)
    if any(f["sha256"] == sha and f["return_tables"] == ",".join(item.tables) for f in current):
        outcome.status = "unchanged"
        return outcome
    subs.touch_submission(conn, submission_id, load_id)
    tables = _tables_replaced(item)
    for old in subs.replace_tables(conn, item.collection, submission_id, tables, load_id):
        outcome.replaced.append(f"{old['source_path']} (loaded {old['started_at']:%Y-%m-%d %H:%M})")
    file_id = subs.record_file(
        conn, submission_id, load_id, item.path, sha, item.format, item.tables
    )
    stager = Stager(store, conn, submission_id, file_id)
    try:
        item.read(item, stager)
        stager.finish()
    finally:
        stager.close()
    outcome.notes = list(item.notes)  # readers add notes while reading (ignored elements)
    for counts in stager.counts.values():
        outcome.rows += counts.rows
        outcome.unparsed += counts.unparsed
        for name, n in counts.unparsed_by_field.items():
            outcome.unparsed_by_field[name] = outcome.unparsed_by_field.get(name, 0) + n
    subs.set_file_counts(conn, file_id, outcome.rows, outcome.unparsed)
    return outcome


def _tables_touched(report: LoadReport, derived: bool) -> list[str]:
    """The returns-layer (and, when derived, standard) tables a load wrote to."""
    from cschub.sources.returnspec import return_tables

    names = {
        return_tables(f.collection)[t].store_table
        for f in report.files if f.status == "loaded" for t in f.tables
    }
    if derived:
        names |= set(report.derived)
    return sorted(names)


def _tables_replaced(item: DetectedFile) -> tuple[str, ...]:
    if not item.whole_return:
        return item.tables
    from cschub.sources.returnspec import return_tables

    return tuple(return_tables(item.collection))


def _check_la(la: str) -> str:
    code = la_code_for(la)
    if code is None:
        raise InputRefused(
            "--la",
            "unknown local authority",
            found=la,
            expected="an ONS code such as E09000027 or a DfE LA number such as 318",
        )
    return code


def _refuse_clashes(found: list[DetectedFile]) -> None:
    seen: dict[tuple[str, str, str, str], Path] = {}
    for item in found:
        for table in item.tables:
            key = (item.collection, item.year or "", item.la_code or "", table)
            if key in seen:
                raise InputRefused(
                    str(item.path),
                    f"two files in one load are the {item.collection} {table} "
                    f"table for {item.la_code} {item.year}",
                    found=f"{seen[key]} and {item.path}",
                    expected="one file per table per return",
                )
            seen[key] = item.path
