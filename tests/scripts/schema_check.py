#!/usr/bin/env python3
"""Every file `imr validate` accepts must also pass the JSON Schemas, checked with a second
validator (Python's jsonschema, draft-07) besides valijson (tests/schema_test.cpp), so that an
editor never marks a valid file red.

    schema_check.py IMR_BINARY SOURCE_DIR

Candidates: every data file of examples/*/ and of the test fixtures, and a few files written
here in forms imr reads although they are not quoted strings (an unquoted year, an unquoted
time, an empty optional field, a numeric reference). YAML is read by the YAML 1.2 core schema
the editors' language server uses, not PyYAML's YAML 1.1 default (which reads 2013-08-02 as
a date and 0740 as octal).
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with the YAML 1.2 core schema's plain-scalar types."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)  # 0740 is 740 in YAML 1.2, not octal


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)

# Forms imr reads that a schema written for strings alone would refuse.
SNIPPETS = {
    "unquoted-year.yaml": """format: imr-chronology/1
agency: Northvale Police
entries:
  - date: 2009
    summary: Historic conviction.
    historic: true
""",
    "unquoted-time.yaml": """format: imr-chronology/1
agency: Northvale Police
covers: {from: 2013, to: 2014}
entries:
  - date: 2 August 2013
    time: 1740
    summary: Call from a neighbour.
  - date: 3 August 2013
    time: 0740
    summary: Follow-up visit.
""",
    "empty-optional-fields.yaml": """format: imr-chronology/1
agency: Northvale Police
author:
review:
entries:
  - date: 2 August 2013
    time:
    ref:
    type:
    parties: []
    summary: Call from a neighbour.
    action:
    comment:
    indicators: []
    shared_with: []
    received_from: []
    significant: false
""",
    "numeric-values.yaml": """format: imr-chronology/1
agency: Northvale Police
entries:
  - date: 2 August 2013
    ref: 20130802193
    summary: Call from a neighbour.
    risk: {tool: DASH, level: High, score: 14}
""",
    "numeric-values.json": json.dumps({
        "format": "imr-chronology/1",
        "agency": "Northvale Police",
        "entries": [{"date": 2013, "time": 2340, "ref": 193, "summary": "Call from a neighbour."}],
    }),
}


def load(path):
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=Yaml12Loader)


def candidates(root, scratch):
    files = []
    for folder in sorted((root / "examples").iterdir()):
        if folder.is_dir():
            files += sorted(folder.iterdir())
    for fixtures in ["tests/e2e/reviews", "tests/hostile"]:
        files += sorted((root / fixtures).rglob("*"))
    for name, text in SNIPPETS.items():
        (scratch / name).write_text(text, encoding="utf-8")
        files.append(scratch / name)
    return [f for f in files if f.is_file() and f.suffix.lower() in (".yaml", ".yml", ".json")
            and not f.name.startswith(".")]


def main():
    imr, root = sys.argv[1], pathlib.Path(sys.argv[2])
    schemas = {}
    for kind in ("chronology", "review"):
        schema = json.loads((root / "schemas" / f"imr-{kind}.schema.json").read_text())
        jsonschema.Draft7Validator.check_schema(schema)
        schemas[kind] = jsonschema.Draft7Validator(schema)
    failures, checked = [], 0
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = pathlib.Path(scratch_dir)
        snippets = {scratch / name for name in SNIPPETS}
        for path in candidates(root, scratch):
            label = path.name if path in snippets else str(path.relative_to(root))
            run = subprocess.run([imr, "validate", str(path)], capture_output=True, text=True)
            if run.returncode != 0:
                if path in snippets:
                    failures.append(f"{label}: imr validate refuses it:\n{run.stdout}")
                continue
            doc = load(path)
            if not isinstance(doc, dict) or doc.get("format") == "imr-combined/1":
                continue
            kind = "review" if path.stem == "review" or doc.get("format") == "imr-review/1" \
                else "chronology"
            for error in schemas[kind].iter_errors(doc):
                where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}"
                                      for p in error.absolute_path)
                failures.append(f"{label}: {where}: {error.message}")
            checked += 1
    for failure in failures:
        print("schema_check: " + failure)
    print(f"schema_check: {checked} files imr accepts, checked with jsonschema (draft-07): "
          f"{len(failures)} failures")
    if checked < 20:
        print("schema_check: too few files checked")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
