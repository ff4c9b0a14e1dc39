"""Fake identifiers: child ids, UPNs with the DfE check letter, postcodes, names, LA codes."""

from __future__ import annotations

import csv
import random
from functools import cache
from importlib import resources

from .calibration import between

UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # 23 letters: no I, O or S


def upn_check_letter(body: str) -> str:
    """The check letter for the 12 characters after it (DfE: weights 2..13, modulus 23)."""
    total = 0
    for weight, ch in enumerate(body, start=2):
        total += weight * (int(ch) if ch.isdigit() else UPN_LETTERS.index(ch))
    return UPN_LETTERS[total % 23]


def make_upn(rng: random.Random, la_old: str, issue_year: int) -> str:
    """A permanent UPN: check letter, LA number, establishment, issue year, serial."""
    body = f"{la_old}{between(rng, 2000, 7999):04d}{issue_year % 100:02d}{between(rng, 0, 999):03d}"
    return upn_check_letter(body) + body


@cache
def la_lookup() -> dict[str, tuple[str, str]]:
    """New (E06/E08/E09/E10) LA code -> (old 3-digit code, name), from la_codes.csv."""
    text = resources.files(__package__).joinpath("la_codes.csv").read_text(encoding="utf-8")
    return {
        r["new_la_code"]: (r["old_la_code"], r["la_name"])
        for r in csv.DictReader(text.splitlines())
    }


def old_la_code(la: str) -> str:
    """The 3-digit LA number for a new-style code (a 3-digit code is returned as it is)."""
    if la.isdigit() and len(la) == 3:
        return la
    try:
        return la_lookup()[la][0]
    except KeyError:
        raise ValueError(f"unknown local authority code {la!r}; expected e.g. E09000027") from None


_AREAS = ["TW", "KT", "SW", "SM", "CR", "HA", "UB", "EN", "RM", "DA", "BR", "IG", "NW", "SE", "N"]
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(rng: random.Random, area: str | None = None) -> str:
    """A UK-shaped postcode (area + district, space, sector + unit); not a real address."""
    area = area or rng.choice(_AREAS)
    district, sector = between(rng, 1, 20), between(rng, 1, 9)
    return f"{area}{district} {sector}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"


FORENAMES_F = [
    "Amelia",
    "Olivia",
    "Isla",
    "Ava",
    "Mia",
    "Ivy",
    "Lily",
    "Grace",
    "Sophia",
    "Freya",
    "Ella",
    "Evie",
    "Poppy",
    "Aisha",
    "Zara",
    "Maya",
    "Ruby",
    "Chloe",
    "Jessica",
    "Holly",
    "Niamh",
    "Leah",
    "Amira",
    "Hana",
    "Keira",
    "Megan",
    "Tia",
    "Nia",
    "Esme",
    "Layla",
]
FORENAMES_M = [
    "Oliver",
    "George",
    "Noah",
    "Arthur",
    "Leo",
    "Oscar",
    "Harry",
    "Jack",
    "Charlie",
    "Jacob",
    "Muhammad",
    "Alfie",
    "Ethan",
    "Mason",
    "Kai",
    "Tyler",
    "Reece",
    "Callum",
    "Kieran",
    "Luca",
    "Finley",
    "Rhys",
    "Jayden",
    "Aaron",
    "Ibrahim",
    "Kofi",
    "Samuel",
    "Dylan",
    "Owen",
    "Liam",
]
SURNAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Khan",
    "Hughes",
    "Ahmed",
    "Ali",
    "Turner",
    "Hill",
    "Moore",
    "Cooper",
    "Ward",
    "Morris",
    "King",
    "Harris",
    "Baker",
    "Lewis",
    "Mensah",
    "Okafor",
    "Nowak",
    "Kowalski",
    "Murphy",
    "Kelly",
    "Begum",
]


def make_name(rng: random.Random, sex: str) -> tuple[str, str]:
    """A fake forename and surname."""
    first = rng.choice(FORENAMES_F if sex == "2" else FORENAMES_M)
    return first, rng.choice(SURNAMES)
