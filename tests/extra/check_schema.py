#!/usr/bin/env python3
"""Validates real records against schema/record.schema.json.

Usage: check_schema.py NEWSNER_BINARY     (from the project root; needs `pip install jsonschema`)

Every bundled fixture is run with and without --link (the optional "key"
field), and every record must validate; offsets must also slice the input
to the mention's text, which a schema cannot say.
"""
import glob
import json
import subprocess
import sys

import jsonschema


def main():
    binary = sys.argv[1]
    schema = json.load(open("schema/record.schema.json", encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    printed = json.loads(subprocess.run([binary, "--schema"], capture_output=True, check=True).stdout)
    assert printed == schema, "--schema prints the repository's schema"
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(glob.glob("fixtures/articles/*.txt") + glob.glob("fixtures/aliases/*.txt"))
    n = 0
    for extra in ([], ["--link"]):
        out = subprocess.run([binary, "-q", *extra, *files], capture_output=True, check=True)
        for line in out.stdout.decode("utf-8").splitlines():
            record = json.loads(line)
            validator.validate(record)
            text = open(record["source"], encoding="utf-8-sig").read()
            for e in record["entities"]:
                for m in e["mentions"]:
                    assert text[m["start"]:m["end"]] == m["text"], (record["source"], m)
            for d in record["dates"]:
                assert text[d["start"]:d["end"]] == d["text"], (record["source"], d)
            n += 1
    # Optional fields the fixtures may not show: a date's "mod".
    out = subprocess.run([binary, "-q", "--link"], input=b"date 2024-05-01 Sales fell early in 2023 "
                         b"and will fall by the end of this year, Acme Corp said.", capture_output=True, check=True)
    record = json.loads(out.stdout)
    validator.validate(record)
    assert any("mod" in d for d in record["dates"]), record["dates"]
    n += 1
    print(f"check_schema: {n} records valid")


if __name__ == "__main__":
    main()
