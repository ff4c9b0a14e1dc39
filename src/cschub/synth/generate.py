"""Simulate a local authority and write the returns it would make, with a manifest."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Protocol

from .dates import year_label
from .errors import Injector
from .identifiers import old_la_code
from .records import Child
from .simulate import expected_children, simulate
from .workforce_census import simulate_workforce
from .writers import annex_a, ssd_extract
from .writers.cin_xml import write_census
from .writers.csww_xml import write_census as write_csww
from .writers.ssda903 import Return903


class Progress(Protocol):
    """What generate() needs of a progress display (rich.progress.Progress fits)."""

    def add_task(self, description: str, total: float | None = ...) -> Any: ...
    def advance(self, task_id: Any, advance: float = ...) -> None: ...
    def update(self, task_id: Any, *, completed: float | None = ...) -> None: ...


def check_arguments(children: int, years: tuple[int, int], error_rate: float) -> None:
    """Raise ValueError with a plain message for arguments that make no sense."""
    first, last = years
    if children < 100:
        raise ValueError(f"--children must be at least 100, got {children}")
    if first >= last:
        raise ValueError(f"--years must run forwards, e.g. 2019-2026, got {first}-{last}")
    if first < 2018 or last > 2030:
        raise ValueError(
            f"--years must lie within 2018-2030 (code lists from 2018-19 on), got {first}-{last}"
        )
    if not 0.0 <= error_rate <= 1.0:
        raise ValueError(f"--error-rate must be between 0 and 1, got {error_rate}")


def generate(
    out_dir: Path,
    children: int = 50_000,
    years: tuple[int, int] = (2019, 2026),
    la: str = "E09000027",
    seed: int = 1,
    error_rate: float = 0.0,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Simulate the LA and write its returns under out_dir; returns the manifest (also written).

    years=(A, B) means the collection years from 1 April A to 31 March B: (2019, 2026) writes
    2019-20 to 2025-26. The simulation starts calibration.yaml's burn_in_years earlier.
    """
    check_arguments(children, years, error_rate)
    lea = old_la_code(la)
    out_dir = Path(out_dir)
    end_years = list(range(years[0] + 1, years[1] + 1))
    expected = expected_children(children, end_years[0], end_years[-1])
    task = progress.add_task("Simulating children", total=expected) if progress else None

    def advance(n: int) -> None:
        if progress is not None:
            progress.advance(task, n)

    kids = simulate(children, end_years[0], end_years[-1], lea, seed, advance)
    if progress is not None:
        progress.update(task, completed=expected)
    workforce = simulate_workforce(children, end_years, seed)
    jobs = [("year", y) for y in end_years] + [("annex_a", end_years[-1]), ("ssd", end_years[0])]
    write_task = progress.add_task("Writing returns", total=len(jobs)) if progress else None
    _SHARED.update(kids=kids, workforce=workforce, out_dir=out_dir, la=la, lea=lea, seed=seed,
                   rate=error_rate, first=end_years[0], last=end_years[-1])  # fmt: skip
    results = []
    try:
        for result in _run_jobs(jobs):
            results.append(result)
            if progress is not None:
                progress.advance(write_task, 1)
    finally:
        _SHARED.clear()
    files = [f for r in results for f in r["files"]]
    counts = {year_label(r["year"]): r["counts"] for r in results if r["counts"]}
    injected = [i for r in results for i in r["injected"]]
    manifest = {
        "la": la,
        "seed": seed,
        "population": children,
        "years": [year_label(y) for y in end_years],
        "error_rate": error_rate,
        "files": files,
        "counts": counts,
        "injected": injected,
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def _run_jobs(jobs: list[tuple[str, int]]) -> Iterator[dict[str, Any]]:
    """Run the writing jobs, in forked worker processes where the platform allows; in job order."""
    workers = min(len(jobs), os.cpu_count() or 1, 4)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_run_job, jobs)
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(_run_job, jobs)


# what the writing jobs need, set before the worker processes are forked
_SHARED: dict[str, Any] = {}


def _run_job(job: tuple[str, int]) -> dict[str, Any]:
    kind, y = job
    kids: list[Child] = _SHARED["kids"]
    base: Path = _SHARED["out_dir"]
    root = base / _SHARED["la"]
    out: dict[str, Any] = {"year": y, "files": [], "counts": {}, "injected": []}
    if kind == "year":
        injector = Injector(random.Random(f"{_SHARED['seed']}-{y}"), _SHARED["rate"])
        n903 = _write_903(root, kids, y, injector, out["files"], base)
        path = root / "cin" / year_label(y) / "cin_census.xml"
        mutate = injector.cin_mutator(y, _rel(path, base))
        ncin = write_census(path, kids, y, _SHARED["lea"], mutate)
        out["files"].append(_rel(path, base))
        path = root / "csww" / year_label(y) / "csww_census.xml"
        ncsww = write_csww(path, _SHARED["workforce"][y], _SHARED["lea"])
        out["files"].append(_rel(path, base))
        out["counts"] = {"ssda903": n903, "cin": ncin, "csww": ncsww}
        out["injected"] = injector.records
    elif kind == "annex_a":
        path = root / "annex_a" / year_label(y) / "annex_a.xlsx"
        out["files"].append(_rel(annex_a.write_workbook(path, kids, y), base))
    else:
        paths = ssd_extract.write_extract(root / "ssd", kids, _SHARED["first"], _SHARED["last"])
        out["files"] = [_rel(p, base) for p in paths]
    return out


def _rel(path: Path, base: Path) -> str:
    return path.relative_to(base).as_posix()


def _write_903(
    root: Path, kids: list[Child], y: int, injector: Injector, files: list[str], base: Path
) -> int:
    ret = Return903(y)
    for child in kids:
        ret.add(child)
    folder = root / "ssda903" / year_label(y)
    injector.inject_903(ret.tables, y, (folder.relative_to(base)).as_posix())
    for table in ret.tables.values():
        files.append(_rel(table.write(folder), base))
    return ret.count
