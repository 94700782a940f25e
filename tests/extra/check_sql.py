#!/usr/bin/env python3
"""Runs the README's DuckDB queries over records of the bundled fixtures
and checks each answer against the same question answered in plain Python.

Usage: check_sql.py NEWSNER_BINARY     (from the project root; needs `pip install duckdb`)

The queries are read from the README's "SQL over the records" section, so
the README cannot drift from what is tested. The answers are checked
against the records themselves rather than pinned, so the test holds when
the extraction rules improve.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

import duckdb


def readme_queries():
    text = open("README.md", encoding="utf-8").read()
    section = text.split("### SQL over the records", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def main():
    binary = sys.argv[1]
    queries = readme_queries()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([binary, "-q", "--link", "fixtures/articles", "fixtures/aliases",
                        "-o", os.path.join(tmp, "records.jsonl")], check=True)
        records = [json.loads(l) for l in open(os.path.join(tmp, "records.jsonl"), encoding="utf-8")]
        os.chdir(tmp)
        assert len(queries) == 3, f"expected 3 queries in the README, found {len(queries)}"
        con = duckdb.connect()

        # 1. Who is mentioned most.
        rows = con.sql(queries[0]).fetchall()
        counts = collections.Counter()
        for r in records:
            for e in r["entities"]:
                counts[(e["name"], e["type"])] += len(e["mentions"])
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))[: len(rows)]
        assert [(n, t, int(m)) for n, t, m in rows] == [(n, t, m) for (n, t), m in top], rows
        assert rows, "no entity at all"

        # 2. Which people appear with which organisations.
        rows = con.sql(queries[1]).fetchall()
        pairs = collections.Counter()
        for r in records:
            people = [e["name"] for e in r["entities"] if e["type"] == "person"]
            orgs = [e["name"] for e in r["entities"] if e["type"] == "organisation"]
            for p in people:
                for o in orgs:
                    pairs[(p, o)] += 1
        assert rows, "no person appears with an organisation"
        for person, org, n in rows:
            assert pairs[(person, org)] == n, (person, org, n)

        # 3. A timeline of article dates per entity key.
        rows = con.sql(queries[2]).fetchall()
        seen = collections.defaultdict(list)
        for r in records:
            for e in r["entities"]:
                if r["date"]:
                    seen[e["key"]].append(r["date"])
        assert rows, "no entity appears in two dated articles"
        for key, n, first, last, timeline in rows:
            dates = sorted(seen[key])
            assert n == len(dates) and str(first) == dates[0] and str(last) == dates[-1], key
            assert timeline.split(" ") == dates, (key, timeline)
    print(f"check_sql: {len(queries)} README queries agree with the records")


if __name__ == "__main__":
    main()
