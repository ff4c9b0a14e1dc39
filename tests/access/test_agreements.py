"""Sharing agreements load from YAML, all or none, with messages a DPO can act on."""

from __future__ import annotations

import pytest

from cschub.access.agreements import load_agreements
from cschub.errors import CschubError
from tests.access.conftest import AGREEMENT


def _file(tmp_path, text: str, name: str = "a.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_agreement_loads_with_its_fields_expanded(duck, tmp_path) -> None:
    assert load_agreements(duck, [_file(tmp_path, AGREEMENT)]) == ["DSA-1"]
    fields = duck.scalar("SELECT fields FROM sharing_agreement")
    assert fields.split(",") == sorted(["cp.end_date", "cp.initial_category",
                                        "cp.latest_category", "cp.start_date", "person.dob",
                                        "person.id"])


@pytest.mark.parametrize("change,message", [
    (("purpose: safeguarding", ""), "missing purpose"),
    (("children: child_protection", "children: everyone"), "children is 'everyone'"),
    (("fields: [person.id, person.dob, cp.*]", "fields: [person.shoe_size]"),
     "unknown field 'person.shoe_size'"),
    (("valid_from:", "valid_from: soon #"), "valid_from is"),
])
def test_bad_agreements_are_refused_and_nothing_is_loaded(duck, tmp_path, change,
                                                          message) -> None:
    good = _file(tmp_path, AGREEMENT.replace("DSA-1", "DSA-2"), "good.yaml")
    bad = _file(tmp_path, AGREEMENT.replace(*change))
    with pytest.raises(CschubError, match=message):
        load_agreements(duck, [good, bad])
    assert duck.scalar("SELECT count(*) FROM sharing_agreement") == 0
