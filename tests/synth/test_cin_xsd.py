"""The CIN census XML validates against the DfE 2024 schema (for 2023-24)."""

from __future__ import annotations

from lxml import etree

from .conftest import REFERENCE, needs_reference


def _schema(patch_previous_cpp: bool) -> etree.XMLSchema:
    doc = etree.parse(str(REFERENCE / "cin" / "xsd" / "CIN_schema_2024.xsd"))
    if patch_previous_cpp:
        for el in doc.iter("{http://www.w3.org/2001/XMLSchema}element"):
            if el.get("name") == "NumberOfPreviousCPP":
                el.set("type", "xs:nonNegativeInteger")
    return etree.XMLSchema(doc)


def test_2023_24_census_is_valid(clean_la):
    """Valid, except that the published XSD types NumberOfPreviousCPP as positiveInteger.

    A child's first plan has no previous plans, so we write 0 (as LAs do) and check that this is
    the only departure from the published schema.
    """
    needs_reference()
    doc = etree.parse(str(clean_la.path("cin", "2023-24", "cin_census.xml")))
    patched = _schema(patch_previous_cpp=True)
    assert patched.validate(doc), patched.error_log
    published = _schema(patch_previous_cpp=False)
    published.validate(doc)
    for error in published.error_log:
        assert "NumberOfPreviousCPP" in error.message and "'0'" in error.message, error.message


def test_header_of_each_year(clean_la):
    for label in clean_la.manifest["years"]:
        doc = etree.parse(str(clean_la.path("cin", label, "cin_census.xml")))
        end = int(label[:4]) + 1
        assert doc.findtext("Header/CollectionDetails/Collection") == "CIN"
        assert doc.findtext("Header/CollectionDetails/Year") == str(end)
        assert doc.findtext("Header/CollectionDetails/ReferenceDate") == f"{end}-03-31"
        assert doc.findtext("Header/Source/LEA") == "318"
        sex = "Sex" if end >= 2025 else "GenderCurrent"
        child = doc.find("Children/Child/ChildIdentifiers")
        assert child.find(sex) is not None


def test_later_years_match_the_2024_schema_apart_from_sex(clean_la):
    """2024-25 on write <Sex> M/F/U where the 2024 schema has <GenderCurrent> 1/2/0."""
    needs_reference()
    patched = _schema(patch_previous_cpp=True)
    for label in ("2024-25", "2025-26"):
        doc = etree.parse(str(clean_la.path("cin", label, "cin_census.xml")))
        for sex in doc.iter("Sex"):
            sex.tag, sex.text = "GenderCurrent", {"M": "1", "F": "2", "U": "0"}[sex.text]
        assert patched.validate(doc), (label, patched.error_log)
