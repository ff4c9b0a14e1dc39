"""The shipped SSD tables match the SSD specification they were generated from."""

from __future__ import annotations

from importlib import resources

import pytest

from cschub.sources.returnspec import return_tables
from cschub.sources.ssd.spec import kind_of, primary_key, render_tables_yaml
from tests.conftest import REFERENCE

OBJECTS = REFERENCE / "ssd" / "ssd-data-model" / "data" / "objects"


@pytest.mark.skipif(not OBJECTS.is_dir(), reason="SSD reference specification not present")
def test_tables_yaml_is_what_the_generator_writes_from_the_ssd_objects():
    shipped = resources.files("cschub.sources").joinpath("ssd", "tables.yaml").read_text("utf-8")
    assert shipped == render_tables_yaml(OBJECTS)


def test_every_ssd_table_and_kind():
    tables = return_tables("ssd")
    assert "ssd_person" in tables and len(tables) >= 40
    person = {f.name: f.kind for f in tables["ssd_person"].fields}
    assert person["pers_person_id"] == "text" and person["pers_dob"] == "date"
    assert primary_key("ssd_mother") == ("moth_table_id", "moth_childs_person_id")
    assert (kind_of("Datetime"), kind_of("int"), kind_of("float"), kind_of("NCHAR")) == \
        ("date", "integer", "decimal", "text")
