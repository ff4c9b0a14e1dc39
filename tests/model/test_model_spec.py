"""The spec loads, is consistent, and keeps the SSD's vocabulary."""

from __future__ import annotations

import dataclasses
import re
from importlib import resources

import pytest
import yaml

from cschub.model import Field, ForeignKey, Spec, SpecError, Table, validate_spec
from cschub.model.tables import Reference


def words(text: str) -> list[str]:
    """Whitespace-separated names (keeps long lists readable)."""
    return text.split()


SSD_TABLES = words("""
ssd_person ssd_family ssd_address ssd_disability ssd_immigration_status ssd_mother
ssd_legal_status ssd_linked_identifiers ssd_contacts ssd_early_help_episodes ssd_cin_episodes
ssd_cin_assessments ssd_assessment_factors ssd_cin_plans ssd_cin_visits ssd_s47_enquiry
ssd_initial_cp_conference ssd_cp_plans ssd_cp_visits ssd_cp_reviews ssd_cla_episodes
ssd_cla_placement ssd_cla_reviews ssd_cla_visits ssd_cla_convictions ssd_cla_health
ssd_cla_immunisations ssd_cla_substance_misuse ssd_cla_previous_permanence ssd_cla_care_plan
ssd_sdq_scores ssd_missing ssd_permanence ssd_care_leavers ssd_professionals ssd_department
ssd_involvements ssd_pre_proceedings ssd_voice_of_child ssd_s251_finance ssd_send ssd_sen_need
ssd_ehcp_requests ssd_ehcp_assessment ssd_ehcp_named_plan ssd_ehcp_active_plans""")
NOT_IN_DATASET = {"ssd_version_log", "ssd_api_data_staging"}
# cschub's own tables: the CSWW census (RECONCILIATION.md)
WORKFORCE = {"ssd_workforce_census", "ssd_workforce_worker", "ssd_workforce_worker_items"}


def reconciliation() -> str:
    return resources.files("cschub.model").joinpath("spec", "RECONCILIATION.md").read_text()


def test_spec_loads_with_every_ssd_table_and_dolo(spec):
    assert set(spec.tables) == set(SSD_TABLES) | {"ssd_cla_dolo"} | WORKFORCE


def test_every_table_has_la_code_first_and_in_its_key(spec):
    for table in spec:
        la = table.fields[0]
        assert (la.name, la.type, la.length, la.nullable) == ("la_code", "string", 9, False)
        assert la.item_ref == "CSCX000A" and la.origin == "extension"
        assert table.primary_key[0] == "la_code" and len(table.primary_key) >= 2


def test_foreign_keys_are_composite_with_la_code(spec):
    fks = [fk for t in spec for fk in t.foreign_keys]
    assert len(fks) > 50
    assert all(fk.columns[0] == "la_code" and fk.ref_columns[0] == "la_code" for fk in fks)


def test_ordered_puts_parents_first(spec):
    position = {t.name: i for i, t in enumerate(spec.ordered())}
    for table in spec:
        for fk in table.foreign_keys:
            assert position[fk.ref_table] <= position[table.name]


def test_extensions_use_cschub_item_refs(spec):
    for table in spec:
        for f in table.fields:
            if f.origin == "extension":
                assert re.fullmatch(r"CSCX\d{3}A", f.item_ref), f.name
            else:
                assert not f.item_ref.startswith("CSCX"), f.name


def test_assessment_factors_are_rows_not_json(spec):
    factors = spec["ssd_assessment_factors"]
    assert "cinf_assessment_factors_json" not in factors.field_names
    assert factors.field("cinf_assessment_factor").code_set == "AssessmentFactors"
    assert factors.primary_key == ("la_code", "cinf_assessment_id", "cinf_assessment_factor")


def test_every_ssd_yaml_field_is_present_or_reconciled(spec, reference):
    recon = reconciliation()
    for path in sorted((reference / "ssd/ssd-data-model/data/objects").glob("ssd_*.yml")):
        for node in yaml.safe_load(path.read_text())["nodes"]:
            if node["name"] in NOT_IN_DATASET:
                assert f"`{node['name']}`" in recon
                continue
            table = spec[node["name"]]
            for f in node["fields"]:
                if f["name"] not in table.field_names:
                    assert f"`{node['name']}.{f['name']}`" in recon, f["name"]
                    assert "dropped" in recon
                    continue
                assert table.field(f["name"]).item_ref == f["item_ref"], f["name"]


def _tiny(*tables: Table) -> Spec:
    return Spec({t.name: t for t in tables})


PARENT = Table(
    "parent",
    (
        Field("id", "string", 10, nullable=False, primary_key=True, item_ref="PARE001A"),
        Field("other", "string", 10, item_ref="PARE002A"),
    ),
    ("id",),
)


def _child(ref_table: str = "parent", ref_col: str = "id") -> Table:
    return Table(
        "child",
        (
            Field("id", "string", 10, nullable=False, primary_key=True, item_ref="CHIL001A"),
            Field(
                "parent_id",
                "string",
                10,
                item_ref="CHIL002A",
                references=Reference(ref_table, ref_col),
            ),
        ),
        ("id",),
        (ForeignKey(("parent_id",), ref_table, (ref_col,)),),
    )


def test_validate_accepts_a_good_spec():
    validate_spec(_tiny(PARENT, _child()))


@pytest.mark.parametrize(
    ("child", "message"),
    [
        (_child("nowhere"), "missing table"),
        (_child("parent", "nope"), "missing field"),
        (_child("parent", "other"), "not its unique key"),
    ],
)
def test_validate_rejects_bad_foreign_keys(child, message):
    with pytest.raises(SpecError, match=message):
        validate_spec(_tiny(PARENT, child))


def test_validate_rejects_duplicate_names_and_item_refs():
    dup_name = dataclasses.replace(PARENT, fields=(*PARENT.fields, PARENT.fields[1]))
    with pytest.raises(SpecError, match="duplicate field name"):
        validate_spec(_tiny(dup_name))
    clash = dataclasses.replace(PARENT.fields[1], name="third")
    with pytest.raises(SpecError, match="already used"):
        validate_spec(_tiny(dataclasses.replace(PARENT, fields=(*PARENT.fields, clash))))
