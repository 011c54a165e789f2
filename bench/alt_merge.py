#!/usr/bin/python3
"""The alternative a review team has today: a short script that merges chronologies.

    bench/alt_merge.py DIR > combined.json

Loads every chronology in DIR (JSON with the json module, YAML with PyYAML's C loader,
yaml.CSafeLoader), reads each entry's date with strptime in the common day forms (and a
year or month-year fallback), sorts by date and agency, and dumps one JSON list. It
checks nothing, resolves no names and links no events: it is the lower bound of what a
hand-written merge costs in Python, for bench/compare.sh to measure imr against.
"""

import datetime
import json
import os
import re
import sys

import yaml

FORMS = ["%d %B %Y", "%d/%m/%Y", "%Y-%m-%d", "%d %b %Y", "%A %d %B %Y", "%B %d, %Y", "%d.%m.%Y",
         "%B %Y", "%b %Y"]
YEAR = re.compile(r"(19|20)\d\d")


def parse_date(text):
    if isinstance(text, datetime.date):  # PyYAML reads plain 2013-08-02 as a date
        return text
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", str(text).strip())
    for form in FORMS:
        try:
            return datetime.datetime.strptime(text, form).date()
        except ValueError:
            pass
    year = YEAR.search(text)
    return datetime.date(int(year.group()), 1, 1) if year else datetime.date.min


def main():
    folder = sys.argv[1]
    entries = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.startswith(".") or name.startswith("review."):
            continue
        with open(path, "rb") as f:
            if name.endswith(".json"):
                doc = json.load(f)
            elif name.endswith((".yaml", ".yml")):
                doc = yaml.load(f, Loader=yaml.CSafeLoader)
            else:
                continue
        agency = doc.get("agency", "")
        for entry in doc.get("entries") or []:
            entry["agency"] = agency
            entry["source"] = name
            entry["_day"] = parse_date(entry.get("date"))
            entries.append(entry)
    entries.sort(key=lambda e: (e["_day"], e["agency"]))
    for e in entries:
        e["start"] = e.pop("_day").isoformat() if e.get("date") else None
    json.dump(entries, sys.stdout, default=str, ensure_ascii=False)


if __name__ == "__main__":
    main()
