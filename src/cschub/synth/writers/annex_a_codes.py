"""Annex A category labels for CIN/903 codes (labels from Annex_A_schema.yml)."""

from __future__ import annotations

GENDER = {"1": "a) Male", "2": "b) Female"}
ETHNIC_GROUP = {
    "W": "a) White",
    "M": "b) Mixed",
    "A": "c) Asian or Asian British",
    "B": "d) Black or black British",
    "C": "e) Other ethnic group",
    "O": "e) Other ethnic group",
}
SOURCE = {
    "1": "a) Individual",
    "2A": "b) Schools",
    "2B": "c) Education services",
    "3": "d) Health services",
    "4": "e) Housing",
    "5A": "g) Police",
    "5": "h) Other legal agency",
    "6": "f) LA services",
    "7": "j) Anonymous",
    "8": "i) Other",
    "9": "k) Unknown",
    "10": "i) Other",
}
NEED = {
    "N1": "a) Abuse or neglect",
    "N2": "b) Child's disability",
    "N3": "c) Parents illness or disability",
    "N4": "d) Family in acute stress",
    "N5": "e) Family dysfunction",
    "N6": "f) Socially unacceptable behaviour",
    "N7": "g) Low income",
    "N8": "h) Absent parenting",
}
CLOSURE = {
    "RC1": "a) Adopted",
    "RC2": "b) Died",
    "RC3": "c) Residence Order",
    "RC4": "d) Special Guardianship Order",
    "RC5": "e) Transfer to another LA",
    "RC6": "f) Transfer to Adult Social Services",
    "RC7": "g) 'Other' incl. Child no longer in need",
    "RC8": "h) Child not in need after assessment",
    "RC9": "h) Child not in need after assessment",
}
ABUSE = {
    "NEG": "a) Neglect",
    "PHY": "b) Physical Abuse",
    "SAB": "c) Sexual Abuse",
    "EMO": "d) Emotional Abuse",
    "MUL": "e) Multiple",
}
LEGAL = {
    "C1": "a) Interim care orders",
    "C2": "b) Full care orders",
    "E1": "d) Placement order granted",
    "V2": "e) Accommodated under S20",
    "L1": "f) Detained on child protection grounds in LA accommodation",
    "L2": "f) Detained on child protection grounds in LA accommodation",
    "J2": "J2: LA accommodation under PACE",
}
CEASED = {
    "E11": "a) Adopted",
    "E12": "a) Adopted",
    "E2": "b) Died",
    "E3": "c) Care taken by another LA",
    "E4A": "d) Returned home to live with parents or relatives",
    "E4B": "d) Returned home to live with parents or relatives",
    "E13": "e) Left care to live with parents, relatives or other person "
    "with no parental responsibility",
    "E41": "f) Residence order granted",
    "E45": "g) Special Guardianship Orders",
    "E46": "g) Special Guardianship Orders",
    "E47": "g) Special Guardianship Orders",
    "E48": "g) Special Guardianship Orders",
    "E5": "h) Moved into independent living",
    "E6": "h) Moved into independent living",
    "E7": "i) Transferred to residential care funded by adult social services",
    "E9": "j) Sentenced to custody",
    "E14": "k) Accommodation on remand ended",
    "E15": "l) Age assessment determined child was 18 or over",
    "E16": "m) Child moved abroad",
    "E17": "n) Care ceased for any other reason",
    "E8": "n) Care ceased for any other reason",
}
PLACEMENT = {
    "U": "a) Foster placement",
    "A": "b) Placed for adoption",
    "P1": "c) Placed with parents",
    "P2": "d) Independent living",
    "H5": "f) Residential accommodation",
    "K3": "f) Residential accommodation",
    "K1": "g) Secure Children’s Homes",
    "K2": "h) Children’s Homes",
    "R1": "i) Residential Care Home",
    "R2": "j) NHS/Health Trust",
    "R3": "k) Family Centre or Mother and Baby Unit",
    "R5": "l) Young Offender Institution",
    "S1": "m) Residential school",
    "Z1": "n) Other placements",
}
PROVIDER = {"PR1": "a) Own LA", "PR4": "b) Private"}
ACCOMMODATION = {
    "B": "a) With parents or relatives",
    "C": "b) Community home",
    "D": "c) Semi-independent transitional accommodation",
    "E": "d) Supported lodgings",
    "X": "e) Gone abroad",
    "Y": "f) Deported",
    "G": "g) Ordinary lodgings",
    "V": "h) Residence not known",
    "W": "i) No fixed abode / homeless",
    "H": "j) Foyers",
    "T": "k) Independent living",
    "K": "l) Emergency accommodation",
    "R": "m) Bed and breakfast",
    "S": "n) In custody",
    "U": "o) With Former Foster Carer",
    "Z": "p) Other accommodation",
}
ACTIVITY = {
    "F1": "F1: Full time in higher education",
    "P1": "P1: Part time in higher education",
    "F2": "F2: Full time in education other than higher",
    "P2": "P2: Part time in education other than higher",
    "F4": "F4: Young person engaged full time in an apprenticeship",
    "P4": "P4: Young person engaged part time in an apprenticeship",
    "F5": "F5: Young person engaged full time in training or employment (not apprenticeship)",
    "P5": "P5: Young person engaged part time in training or employment (not apprenticeship)",
    "G4": "G4: Not in education, employment or training - illness or disability",
    "G5": "G5: Not in education, employment or training - other",
    "G6": "G6: Not in education, employment or training - pregnancy or parenting",
}


def ethnic(code: str) -> str:
    return (
        "f) Not stated"
        if code in ("REFU", "NOBT")
        else ETHNIC_GROUP.get(code[0], "e) Other ethnic group")
    )


def source(code: str) -> str:
    return SOURCE.get(code) or SOURCE.get(code[0], "i) Other")


def placement(code: str) -> str:
    return PLACEMENT.get(code) or PLACEMENT.get(code[0], "n) Other placements")
