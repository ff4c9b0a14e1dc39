"""Write a schema-shaped CIN census of N children quickly, for the load and validation
benchmarks (the synthetic LA of ``cschub synth`` is the realistic one; this one is just big).

    python bench/cin_census.py 50000 out.xml
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from lxml import etree

FACTORS = ["1A", "1B", "2A", "3A", "4A", "6A", "7A", "8B", "11A", "16A", "18B", "21"]


def _d(day: date) -> str:
    return day.isoformat()


def _child(xf, rng: random.Random, n: int, start: date) -> None:
    def leaf(name: str, text: str) -> None:
        el = etree.Element(name)
        el.text = text
        xf.write(el)

    with xf.element("Child"):
        with xf.element("ChildIdentifiers"):
            leaf("LAchildID", f"C{n:07d}")
            leaf("UPN", f"A318{n:09d}"[:13])
            leaf("PersonBirthDate", _d(start - timedelta(days=rng.randint(200, 6400))))
            leaf("Sex", rng.choice("MF"))
        with xf.element("ChildCharacteristics"):
            leaf("Ethnicity", rng.choice(["WBRI", "WOTH", "MWBC", "ABAN", "BAFR"]))
            if rng.random() < 0.15:
                with xf.element("Disabilities"):
                    leaf("Disability", rng.choice(["HAND", "LD", "AUT"]))
        for _ in range(2 if rng.random() < 0.15 else 1):
            referral = start + timedelta(days=rng.randint(0, 330))
            with xf.element("CINdetails"):
                leaf("CINreferralDate", _d(referral))
                leaf("ReferralSource", rng.choice(["1A", "2A", "3A", "5A", "9"]))
                leaf("PrimaryNeedCode", rng.choice(["N1", "N2", "N4", "N8"]))
                with xf.element("Assessments"):
                    leaf("AssessmentActualStartDate", _d(referral + timedelta(days=2)))
                    leaf("AssessmentAuthorisationDate", _d(referral + timedelta(days=30)))
                    with xf.element("FactorsIdentifiedAtAssessment"):
                        for f in rng.sample(FACTORS, rng.randint(1, 4)):
                            leaf("AssessmentFactors", f)
                if rng.random() < 0.4:
                    with xf.element("CINPlanDates"):
                        leaf("CINPlanStartDate", _d(referral + timedelta(days=35)))
                if rng.random() < 0.25:
                    with xf.element("Section47"):
                        leaf("S47ActualStartDate", _d(referral + timedelta(days=3)))
                        leaf("InitialCPCtarget", _d(referral + timedelta(days=18)))
                        leaf("DateOfInitialCPC", _d(referral + timedelta(days=15)))
                        leaf("ICPCnotRequired", "false")
                    with xf.element("ChildProtectionPlans"):
                        leaf("CPPstartDate", _d(referral + timedelta(days=15)))
                        leaf("InitialCategoryOfAbuse", rng.choice(["NEG", "EMO", "PHY"]))
                        leaf("LatestCategoryOfAbuse", rng.choice(["NEG", "EMO", "PHY"]))
                        leaf("NumberOfPreviousCPP", "0")
                        with xf.element("Reviews"):
                            for k in range(rng.randint(1, 3)):
                                leaf("CPPreviewDate", _d(referral + timedelta(days=90 + 180 * k)))
                leaf("ReferralNFA", "false")


def write_census(path: Path, children: int, seed: int = 1, year: int = 2026) -> None:
    """Write a census of ``children`` children for the year ending 31 March ``year``."""
    rng = random.Random(seed)
    start = date(year - 1, 4, 1)
    with etree.xmlfile(str(path), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("Message"):
            xf.write(etree.fromstring(
                f"<Header><CollectionDetails><Collection>CIN</Collection><Year>{year}</Year>"
                f"<ReferenceDate>{year}-03-31</ReferenceDate></CollectionDetails><Source>"
                "<SourceLevel>L</SourceLevel><LEA>318</LEA><SoftwareCode>bench</SoftwareCode>"
                "<Release>1</Release><SerialNo>1</SerialNo>"
                f"<DateTime>{year}-05-01T09:00:00</DateTime></Source></Header>"))
            with xf.element("Children"):
                for n in range(1, children + 1):
                    _child(xf, rng, n, start)


if __name__ == "__main__":
    write_census(Path(sys.argv[2]), int(sys.argv[1]))
