#!/usr/bin/env python3
"""Check the CSCO 2022 -> O*NET-SOC crosswalk and print a sample for human review.

Usage (from the repository root):
    python3 tools/crosswalk/build_check.py              # checks + 30 random occupations
    python3 tools/crosswalk/build_check.py --seed 7     # reproducible sample
    python3 tools/crosswalk/build_check.py --show 2-05-08-01 4-10-01-05

Standard library only. Exit code 0 when the crosswalk is clean, 1 when there are errors.

Resolution rule (the application must use the same rule): an occupation code
``a-bb-cc-dd`` uses the crosswalk row with exactly that code if there is one,
otherwise the row of its minor group ``a-bb-cc-00``.  The RIASEC profile of a
row is the mean of the O*NET "OI" (occupational interest, 1-7) scores of the
O*NET-SOC codes listed in ``onet_soc``; the Holland code is the three highest
of those means (ties broken in R, I, A, S, E, C order).
"""

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
REF = REPO / "src" / "GuidanceDesk.Web" / "ReferenceData"
CSCO_CSV = REF / "occupations" / "csco2022-codes.csv"
CROSSWALK = REF / "onet" / "csco-onet-crosswalk.tsv"
INTERESTS = REF / "onet" / "Interests.txt"
OCC_DATA = REF / "onet" / "Occupation Data.txt"

HEADER = ["csco_code", "csco_name", "onet_soc", "suggest", "min_education", "training_route", "note"]
EDUCATION = ["PrimaryOrBelow", "JuniorSecondary", "SeniorSecondary", "SecondaryVocational",
             "JuniorCollege", "Bachelor", "Master", "Doctorate"]
RIASEC = "RIASEC"
ELEMENT_LETTER = {"Realistic": "R", "Investigative": "I", "Artistic": "A",
                  "Social": "S", "Enterprising": "E", "Conventional": "C"}
MAX_ROUTE = 40
MAX_CODES = 5


def minor_of(code):
    """'2-02-07-01' -> '2-02-07-00'."""
    return "-".join(code.split("-")[:3]) + "-00"


def load_csco(path):
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    names = {}
    for r in rows:
        names.setdefault(r["code"], r["name"])
    minors = sorted({r["code"] for r in rows if r["level"] == "minor"})
    occupations = []
    seen = set()
    for r in rows:
        if r["level"] == "occupation" and r["code"] not in seen:
            seen.add(r["code"])
            occupations.append((r["code"], r["name"]))
    return rows, names, minors, occupations


def load_interests(path):
    profiles = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            if r["Scale ID"] != "OI":
                continue
            letter = ELEMENT_LETTER[r["Element Name"]]
            profiles.setdefault(r["O*NET-SOC Code"], {})[letter] = float(r["Data Value"])
    return {k: v for k, v in profiles.items() if len(v) == 6}


def load_titles(path):
    titles = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            titles[r["O*NET-SOC Code"].strip()] = r["Title"].strip()
    return titles


def mean_profile(codes, profiles):
    return {k: sum(profiles[c][k] for c in codes) / len(codes) for k in RIASEC}


def holland(profile):
    order = sorted(RIASEC, key=lambda k: (-round(profile[k], 6), RIASEC.index(k)))
    return "".join(order[:3])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=None, help="random seed for the review sample")
    ap.add_argument("--sample", type=int, default=30, help="sample size (default 30)")
    ap.add_argument("--show", nargs="*", default=[], help="occupation or minor codes to print")
    args = ap.parse_args()

    errors, warnings = [], []
    rows, names, minors, occupations = load_csco(CSCO_CSV)
    profiles = load_interests(INTERESTS)
    titles = load_titles(OCC_DATA)

    with CROSSWALK.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != HEADER:
            errors.append(f"header is {header}, expected {HEADER}")
        entries = {}
        for lineno, rec in enumerate(reader, start=2):
            if not rec or all(not x.strip() for x in rec):
                continue
            if len(rec) != len(HEADER):
                errors.append(f"line {lineno}: {len(rec)} fields, expected {len(HEADER)}")
                continue
            e = dict(zip(HEADER, rec))
            code = e["csco_code"]
            where = f"line {lineno} ({code})"
            if code in entries:
                errors.append(f"{where}: duplicate csco_code")
            if code not in names:
                errors.append(f"{where}: csco_code not in csco2022-codes.csv")
            elif e["csco_name"] != names[code]:
                errors.append(f"{where}: csco_name '{e['csco_name']}' != csv name '{names[code]}'")
            codes = [c.strip() for c in e["onet_soc"].split(";") if c.strip()]
            if not 1 <= len(codes) <= MAX_CODES:
                errors.append(f"{where}: {len(codes)} O*NET codes, expected 1..{MAX_CODES}")
            if len(set(codes)) != len(codes):
                errors.append(f"{where}: repeated O*NET code")
            for c in codes:
                if c not in profiles:
                    errors.append(f"{where}: O*NET code {c} has no OI profile in Interests.txt")
            if e["suggest"] not in ("true", "false"):
                errors.append(f"{where}: suggest must be true/false, got '{e['suggest']}'")
            if e["min_education"] not in EDUCATION:
                errors.append(f"{where}: min_education '{e['min_education']}' not in {EDUCATION}")
            route = e["training_route"]
            if not route.strip():
                errors.append(f"{where}: empty training_route")
            elif len(route) > MAX_ROUTE:
                errors.append(f"{where}: training_route has {len(route)} characters (max {MAX_ROUTE})")
            if "\t" in e["note"] or "\n" in e["note"]:
                errors.append(f"{where}: note contains tab/newline")
            e["codes"] = codes
            entries[code] = e

    # every minor group of the csv has an entry
    missing_minors = [m for m in minors if m not in entries]
    for m in missing_minors:
        errors.append(f"minor group {m} {names[m]} has no crosswalk entry")

    # every occupation resolves
    resolved = {}
    direct = via_minor = 0
    for code, name in occupations:
        if code in entries:
            resolved[code] = entries[code]
            direct += 1
        elif minor_of(code) in entries:
            resolved[code] = entries[minor_of(code)]
            via_minor += 1
        else:
            errors.append(f"occupation {code} {name} does not resolve (no entry for it or {minor_of(code)})")

    # informational: overrides identical to their minor-group entry
    minor_set = set(minors)
    occ_level = [c for c in entries if c not in minor_set and not c.endswith("-00")]
    overrides = [c for c in occ_level if minor_of(c) in minor_set or minor_of(c) in entries]
    orphans = [c for c in occ_level if c not in overrides]
    single = [c for c in entries if c not in minor_set and c.endswith("-00")]
    for c in overrides:
        m = entries.get(minor_of(c))
        if m and sorted(m["codes"]) == sorted(entries[c]["codes"]) and all(
                m[k] == entries[c][k] for k in ("suggest", "min_education", "training_route")):
            warnings.append(f"override {c} only repeats its minor-group entry {minor_of(c)}")

    # ---- report -------------------------------------------------------------
    print("CSCO -> O*NET crosswalk check")
    print(f"  csv: {CSCO_CSV.relative_to(REPO)}")
    print(f"  crosswalk: {CROSSWALK.relative_to(REPO)}")
    print(f"  O*NET occupations with OI profiles: {len(profiles)}")
    print()
    print("Coverage")
    print(f"  crosswalk entries:                  {len(entries)}")
    print(f"    minor-group entries:              {sum(1 for c in entries if c in minor_set)} / {len(minors)} minor groups in csv")
    print(f"    single-occupation x-xx-xx-00:     {len(single)}")
    print(f"    occupation overrides:             {len(overrides)}")
    print(f"    occupations without a minor row:  {len(orphans)}")
    print(f"  occupations in csv:                 {len(occupations)}")
    print(f"    resolved by own entry:            {direct}")
    print(f"    resolved by minor-group entry:    {via_minor}")
    print(f"    unresolved:                       {len(occupations) - direct - via_minor}")
    n_false_e = sum(1 for e in entries.values() if e["suggest"] == "false")
    n_false_o = sum(1 for e in resolved.values() if e["suggest"] == "false")
    print(f"  suggest=false: {n_false_e} entries, {n_false_o} occupations")
    used = {c for e in entries.values() for c in e["codes"]}
    print(f"  distinct O*NET codes used:          {len(used)}")
    print(f"  entries with a note:                {sum(1 for e in entries.values() if e['note'])}")
    print()

    edu = Counter(e["min_education"] for e in resolved.values())
    print("Minimum education over occupations")
    for level in EDUCATION:
        print(f"  {level:<20} {edu.get(level, 0)}")
    print()

    first = Counter(holland(mean_profile(e["codes"], profiles))[0]
                    for e in resolved.values() if all(c in profiles for c in e["codes"]))
    print("First Holland letter over occupations: " +
          "  ".join(f"{k}={first.get(k, 0)}" for k in RIASEC))
    print()

    def describe(code):
        e = entries.get(code) or entries.get(minor_of(code))
        if e is None:
            print(f"{code}: no entry")
            return
        if any(c not in profiles for c in e["codes"]):
            print(f"{code}: entry has unknown O*NET codes")
            return
        p = mean_profile(e["codes"], profiles)
        via = "own entry" if e["csco_code"] == code else f"via {e['csco_code']}"
        print(f"{code} {names.get(code, '?')}  [{via}; suggest={e['suggest']}; {e['min_education']}]")
        print(f"    Holland {holland(p)}   " + " ".join(f"{k}={p[k]:.2f}" for k in RIASEC))
        for c in e["codes"]:
            print(f"    {c}  {titles.get(c, '(title not found)')}")
        print(f"    入职: {e['training_route']}")
        if e["note"]:
            print(f"    note: {e['note']}")

    if args.show:
        print("Requested codes")
        for code in args.show:
            describe(code)
        print()

    if args.sample > 0 and resolved:
        seed = args.seed if args.seed is not None else random.randrange(1_000_000)
        rng = random.Random(seed)
        pool = sorted(resolved)
        sample = rng.sample(pool, min(args.sample, len(pool)))
        print(f"Review sample: {len(sample)} random occupations (seed {seed}; rerun with --seed {seed})")
        for code in sorted(sample):
            describe(code)
        print()

    for w in warnings:
        print(f"WARNING: {w}")
    for err in errors:
        print(f"ERROR: {err}")
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
