"""Validate returns: files given on the command line, or a return already in the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cschub.errors import CschubError
from cschub.rules.context import Submission, find_submission
from cschub.rules.engine import Progress, ValidationRun, validate_submission
from cschub.rules.inputs import load_inputs
from cschub.sources.loader import load
from cschub.store import Store


def previous_year(year: str) -> str:
    """``2025-26`` → ``2024-25``."""
    start = int(year[:4]) - 1
    return f"{start}-{(start + 1) % 100:02d}"


def validate_files(
    paths: list[Path],
    collection: str,
    year: str,
    la: str | None = None,
    previous: list[Path] | None = None,
    inputs: dict[str, Path] | None = None,
    progress: Progress | None = None,
    report: Callable[[ValidationRun, Store], None] | None = None,
) -> ValidationRun:
    """Load files into a temporary in-memory store and validate them; ``report`` is called
    with the run while the store (and so the rows as written) is still open."""
    store = Store.scratch()
    try:
        loaded = load(store, paths, la=la, year=year, command="cschub validate", derive=False)
        las = {f.la_code for f in loaded.files if f.collection == collection}
        if not las:
            raise CschubError(f"no {collection} return was found in the files given")
        if len(las) > 1:
            raise CschubError(
                f"the files are returns of several LAs ({', '.join(sorted(las))}); "
                "validate one LA at a time"
            )
        la_code = las.pop()
        if previous:
            load(
                store,
                previous,
                la=la_code,
                year=previous_year(year),
                derive=False,
                command="cschub validate --previous",
            )
        run = validate_stored(store, collection, year, la_code, inputs, progress)
        if report:
            report(run, store)
        return run
    finally:
        store.close()


def validate_stored(
    store: Store,
    collection: str,
    year: str,
    la: str | None,
    inputs: dict[str, Path] | None = None,
    progress: Progress | None = None,
) -> ValidationRun:
    """Validate a return already in the store (with the previous year's, if stored); ``inputs``
    are the postcode directory and provider list files, when given."""
    with store.engine.connect() as conn:
        available = load_inputs(store, conn, inputs or {})
        current = find_submission(conn, collection, year, la)
        if current is None:
            where = f" for {la}" if la else ""
            raise CschubError(f"no {collection} return for {year}{where} is in the store")
        before: Submission | None = find_submission(
            conn, collection, previous_year(year), current.la_code
        )
        conn.rollback()
        run = validate_submission(conn, current, before, available, progress=progress)
        run.submission_id = current.submission_id
        return run
