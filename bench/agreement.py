"""Agreement with the reference validators, rule by rule.

Installs csc-validator-be-903 0.1.17 and csc-validator-be-cin 0.1.13 into their own virtual
environment (bench/.refvenv; they pin pandas<2 and numpy<1.25, so never into cschub's), runs
them and cschub on the same inputs — the fake data in ../shared/reference and a synthetic
return with injected errors — and prints, per rule, whether the sets of children flagged are
identical, then the fraction of rules in exact agreement among those the reference ran without
crashing.

    .venv/bin/python bench/agreement.py [--refvenv PATH] [--only ssda903|cin]
                                        [--synthetic-children N] [--error-rate R]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REFERENCE = ROOT.parent / "shared" / "reference"
PINS = ["csc-validator-be-903==0.1.17", "csc-validator-be-cin==0.1.13", "pytest"]
CRASH = re.compile(r"Error with rule (\S+): ")  # printed by the CIN reference when a rule fails


def refvenv(path: Path) -> Path:
    """The reference tools' Python, installing them on first use."""
    python = path / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *PINS], check=True)
    return python


def reference_result(python: Path, args: list[str]) -> dict:
    """The driver's result; a rule the CIN reference reports on stdout as "Error with rule
    CODE: ..." crashed (the reference itself then counts it as passed)."""
    out = subprocess.run(
        [str(python), str(HERE / "ref_driver.py"), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
    )
    *printed, last = out.stdout.strip().splitlines()
    result = json.loads(last)
    for line in printed:
        crashed = CRASH.match(line)
        if crashed and crashed[1] in result.get("rules", {}):
            result["rules"][crashed[1]] = {"status": "crashed", "children": []}
    return result


def our_result(paths: list[Path], collection: str, year: str, la: str | None,
               inputs: dict[str, Path] | None = None,
               previous: list[Path] | None = None) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from cschub.rules.validate import validate_files

    run = validate_files(paths, collection, year, la, previous=previous, inputs=inputs)
    rules: dict[str, dict] = {
        r.rule.code: {"status": r.status, "children": set()} for r in run.results
    }
    for issue in run.issues:
        rules[issue.code]["children"].add((issue.child or "(return)").strip().upper())
    return rules


def compare(name: str, ref: dict, ours: dict) -> tuple[int, int]:
    """Print per-rule agreement; return (agreeing, comparable)."""
    print(f"\n== {name}")
    print(f"{'rule':<12}{'reference':<11}{'cschub':<16}{'ref':>7}{'ours':>7}{'both':>7}  agree")
    agree = comparable = 0
    for code in sorted(set(ref) | set(ours), key=_order):
        r = ref.get(code, {"status": "absent", "children": []})
        o = ours.get(code, {"status": "absent", "children": set()})
        rs = {c.strip().upper() for c in r["children"]}
        os_ = o["children"]
        if r["status"] == "ran":
            comparable += 1
            same = rs == os_ and o["status"] in ("passed", "failed")
            agree += same
            verdict = "yes" if same else "NO"
        else:
            verdict = f"(reference {r['status']})"
        print(
            f"{code:<12}{r['status']:<11}{o['status']:<16}{len(rs):>7}{len(os_):>7}"
            f"{len(rs & os_):>7}  {verdict}"
        )
    print(
        f"{name}: {agree}/{comparable} rules the reference ran agree exactly "
        f"({agree / max(comparable, 1):.1%})"
    )
    return agree, comparable


def shifted_903(tmp: Path) -> Path:
    """The fake 903 tables moved to 2025-26 (the same shift in every table), SEX as M/F."""
    sys.path.insert(0, str(HERE))
    from national903 import make

    folder = tmp / "E09000027" / "2025-26"
    make(REFERENCE / "ssda903" / "fake-903", folder, copies=1)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refvenv", type=Path, default=HERE / ".refvenv")
    parser.add_argument("--only", choices=["ssda903", "cin"])
    parser.add_argument("--synthetic-children", type=int, default=100_000,
                        help="resident children of the synthetic LA (0: no synthetic cases)")
    parser.add_argument("--error-rate", type=float, default=0.1,
                        help="the synthetic LA's injected mistakes per child per return")
    args = parser.parse_args()
    python = refvenv(args.refvenv)
    total_agree = total = 0
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        cases = []
        inputs: dict[str, Path] = {}
        if args.only in (None, "ssda903"):
            folder = shifted_903(tmp)
            cases.append(
                (
                    "SSDA903 fake data, 2025-26",
                    "ssda903",
                    "2025-26",
                    [folder],
                    ["ssda903", "2026", "E09000027", str(folder)],
                    None,
                )
            )
        if args.only in (None, "cin"):
            for sample in sorted((REFERENCE / "cin" / "samples").glob("*.xml")):
                year = census_year(sample)
                cases.append(
                    (f"CIN {sample.name}, {year}", "cin", year, [sample],
                     ["cin", f"20{year[-2:]}", str(sample)], None)
                )
        if args.synthetic_children:
            cases += synthetic_cases(tmp, args.synthetic_children, args.error_rate, args.only)
        returns_903 = [case[3][0] for case in cases if case[1] == "ssda903"]
        if returns_903:  # the postcodes of every 903 return's areas, for both tools
            postcodes = tmp / "postcodes.csv"
            letters = "".join(sorted(set("".join(_letters(f) for f in returns_903))))
            reference_result(python, ["postcodes", str(postcodes), letters])
            inputs["postcodes"] = postcodes
        synthetic_agree = synthetic_total = 0
        for title, collection, year, paths, ref_args, previous in cases:
            try:
                ref = reference_result(python, ref_args)["rules"]
                ours = our_result(paths, collection, year, "E09000027",
                                  inputs if collection == "ssda903" else None, previous)
            except Exception as exc:  # noqa: BLE001 - report and go on with the next input
                print(f"\n== {title}: could not compare ({type(exc).__name__}: {exc})")
                continue
            a, n = compare(title, ref, ours)
            total_agree += a
            total += n
            if title.startswith("synthetic"):
                synthetic_agree += a
                synthetic_total += n
    if synthetic_total:
        print(f"\nSYNTHETIC: {synthetic_agree}/{synthetic_total} rule runs agree exactly "
              f"({synthetic_agree / synthetic_total:.1%})")
    print(
        f"\nALL: {total_agree}/{total} rule runs agree exactly ({total_agree / max(total, 1):.1%})"
    )


def synthetic_cases(tmp: Path, children: int, error_rate: float, only: str | None) -> list:
    """A synthetic LA with injected mistakes (``cschub synth``, seed 7): its 2025-26 SSDA903
    return, checked with 2024-25 as the previous year, and its 2025-26 CIN census."""
    sys.path.insert(0, str(ROOT / "src"))
    from cschub.synth.generate import generate

    out = tmp / "synthetic"
    manifest = generate(out, children=children, years=(2023, 2026), seed=7,
                        error_rate=error_rate)
    print(f"synthetic LA: {children:,} resident children, error rate {error_rate}, "
          f"{len(manifest['injected']):,} mistakes injected")
    la = out / "E09000027"
    cases = []
    if only in (None, "ssda903"):
        this, last = la / "ssda903" / "2025-26", la / "ssda903" / "2024-25"
        cases.append(("synthetic SSDA903, 2025-26 (previous year 2024-25)", "ssda903",
                      "2025-26", [this],
                      ["ssda903", "2026", "E09000027", str(this), str(last)], [last]))
    if only in (None, "cin"):
        census = la / "cin" / "2025-26" / "cin_census.xml"
        cases.append(("synthetic CIN census, 2025-26", "cin", "2025-26", [census],
                      ["cin", "2026", str(census)], None))
    return cases


def census_year(sample: Path) -> str:
    """The CIN census year (April to March) holding the file's ReferenceDate, within the years
    both tools have rules for. The reference takes its census period from the ReferenceDate and
    cschub from the year it is asked to check, so both are given the file's own year."""
    with sample.open(encoding="utf-8", errors="replace") as fh:
        found = re.search(r"<ReferenceDate>\s*(\d{4})-(\d{2})", fh.read(4096))
    start = int(found[1]) - (int(found[2]) <= 3) if found else 2025
    start = min(max(start, 2022), 2026)
    return f"{start}-{(start + 1) % 100:02d}"


def _letters(folder: Path) -> str:
    """First letters of the postcodes in a 903 return's Episodes (to load only those)."""
    import csv

    with (folder / "episodes.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    found = {(r.get(c) or " ")[0].upper() for r in rows for c in ("HOME_POST", "PL_POST")}
    return "".join(sorted(ch for ch in found if ch.isalpha()))


def _order(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 99999, code)


if __name__ == "__main__":
    main()
