"""Round trip: a synthetic local authority's returns, loaded, are stored exactly as written."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import sqlalchemy as sa

from cschub.sources.loader import load
from cschub.sources.returnspec import return_tables
from cschub.synth import generate


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("synth")
    manifest = generate(
        out, children=6000, years=(2024, 2026), la="E09000027", seed=7, error_rate=0.05
    )
    return out, manifest


def test_every_903_value_is_stored_as_written(store, synthetic) -> None:
    out, _ = synthetic
    report = load(store, [out])
    loaded_903 = [f for f in report.files if f.collection == "ssda903"]
    assert loaded_903 and all(f.status == "loaded" for f in loaded_903)
    specs = {t.file_stem: t for t in return_tables("ssda903").values()}
    with store.engine.connect() as conn:
        for f in loaded_903:
            spec = specs[f.path.stem]
            with f.path.open(newline="", encoding="utf-8-sig") as fh:
                written = list(csv.reader(fh))
            header, body = written[0], written[1:]
            stored = conn.execute(
                sa.text(
                    f"SELECT line, {', '.join(x.raw_column for x in spec.fields)} "
                    f'FROM "{spec.store_table}" r JOIN return_submission s USING (submission_id) '
                    f"WHERE s.year = :y ORDER BY line"
                ),
                {"y": f.year},
            ).fetchall()
            assert [r[0] for r in stored] == list(range(2, len(body) + 2)), f.path
            # a column the table may leave out (the Header's UASC flag) is stored as null
            expected = [[row[header.index(x.name)] if x.name in header else None
                         for x in spec.fields] for row in body]
            assert [list(r[1:]) for r in stored] == expected, f.path


def test_loading_the_whole_synthetic_folder_twice_changes_nothing(duck, synthetic) -> None:
    out, _ = synthetic
    load(duck, [out])
    with duck.engine.connect() as conn:
        before = conn.execute(sa.text("SELECT count(*) FROM ret_ssda903_episodes")).scalar()
        people = conn.execute(sa.text("SELECT count(*) FROM ssd_person")).scalar()
    again = load(duck, [out])
    assert all(f.status == "unchanged" for f in again.files)
    with duck.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM ret_ssda903_episodes")).scalar() == before
        assert conn.execute(sa.text("SELECT count(*) FROM ssd_person")).scalar() == people


def test_injected_903_mistakes_are_kept_as_written(duck, synthetic) -> None:
    out, manifest = synthetic
    load(duck, [out])
    specs = {t.name: t for t in return_tables("ssda903").values()}
    checked = 0
    with duck.engine.connect() as conn:
        for item in manifest["injected"]:
            if item["collection"] != "ssda903" or item.get("line") is None:
                continue
            spec = specs[item["table"]]
            field = next(x for x in spec.fields if x.name == item["field"])
            value = conn.execute(
                sa.text(
                    f'SELECT {field.raw_column} FROM "{spec.store_table}" r '
                    "JOIN return_submission s "
                    "USING (submission_id) WHERE s.year = :y AND r.line = :l"
                ),
                {"y": item["year"], "l": item["line"]},
            ).scalar()
            assert (value or "") == (item["written"] or ""), item
            checked += 1
    assert checked > 0


@pytest.fixture(scope="module")
def clean_synthetic(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    generate(out, children=4000, years=(2025, 2026), la="E09000027", seed=11, error_rate=0.0)
    return out


def test_a_clean_synthetic_la_is_carried_over_whole(store, clean_synthetic) -> None:
    """Every return and the SSD extract load, and nothing is left out of the standard dataset."""
    report = load(store, [clean_synthetic])
    assert {f.collection for f in report.files} == {"ssda903", "cin", "csww", "annex_a", "ssd"}
    assert report.quality == {}, report.quality
    with store.engine.connect() as conn:
        for table in ("ssd_person", "ssd_cla_episodes", "ssd_cin_episodes", "ssd_cp_plans",
                      "ssd_assessment_factors", "ssd_involvements", "ssd_department"):
            n = conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
            assert n > 0, table
        factors = conn.execute(sa.text(
            "SELECT count(*) FROM ssd_assessment_factors WHERE cinf_assessment_factor LIKE '%,%' "
            "OR cinf_assessment_factor LIKE '%\"%'")).scalar()
        assert factors == 0
