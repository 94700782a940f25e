#!/usr/bin/env python3
"""Tests the Spark recipe on a real Spark in local mode.

Usage: test_spark.py NEWSNER_BINARY [N_ARTICLES]
       (from the project root; needs `pip install pyspark` and Java 17)

Builds a few hundred articles from the bundled fixtures, plus malformed
lines, and checks that (1) every well-formed article's id comes back
exactly once, (2) each record is byte-identical to the plain CLI's on the
same input, (3) malformed lines are counted and skipped, (4) a newsner that
exits non-zero fails the job with its message, and (5) the Parquet output
holds every record. Prints articles/s for Spark and for the CLI.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import newsner_spark  # noqa: E402


def articles(n):
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("fixtures/aliases/*.txt"))]
    texts.append(open("fixtures/articles/seed.txt", encoding="utf-8").read())
    lines = []
    for i in range(n):
        text = texts[i % len(texts)]
        lines.append(json.dumps({"id": f"art-{i:05d}", "text": text}))
    return lines


MALFORMED = ['{not json', '[1, 2]', '{"id": "no-text"}', '{"text": "Talks in Paris."}', '{"id": "x", "text": "  "}']


def main():
    binary = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    good = articles(n)
    from pyspark.sql import SparkSession

    with tempfile.TemporaryDirectory() as tmp:
        feed = os.path.join(tmp, "articles.jsonl")
        with open(feed, "w", encoding="utf-8") as f:
            for i, line in enumerate(good):
                f.write(line + "\n")
                if i % 97 == 0 and i // 97 < len(MALFORMED):
                    f.write(MALFORMED[i // 97] + "\n")

        started = time.perf_counter()
        cli = subprocess.run([binary, "--input", "jsonl", "-q", "-"], input="\n".join(good).encode(),
                             capture_output=True, check=True)
        cli_secs = time.perf_counter() - started
        want = {json.loads(l)["source"]: l for l in cli.stdout.decode().splitlines()}
        assert len(want) == n

        spark = (SparkSession.builder.master("local[2]").appName("newsner-test")
                 .config("spark.ui.enabled", "false").getOrCreate())
        spark.sparkContext.setLogLevel("FATAL")
        spark.sparkContext.addFile(binary)
        spark.sparkContext.addPyFile(newsner_spark.__file__)
        try:
            started = time.perf_counter()
            out, skipped = newsner_spark.records(spark, feed, partitions=6)
            got = out.collect()
            spark_secs = time.perf_counter() - started
            partitions = out.getNumPartitions()
            ids = [json.loads(r)["source"] for r in got]
            assert sorted(ids) == sorted(want), "every id exactly once"
            assert len(ids) == len(set(ids)) == n
            for r in got:
                assert r == want[json.loads(r)["source"]], "identical to the CLI's record"
            assert skipped.value == len(MALFORMED), skipped.value
            assert partitions >= 4, partitions

            # A newsner that fails must fail the job, with its message.
            fake = os.path.join(tmp, "broken-newsner")
            with open(fake, "w") as f:
                f.write("#!/bin/sh\necho 'newsner: simulated failure' >&2\nexit 3\n")
            os.chmod(fake, 0o755)
            try:
                newsner_spark.records(spark, feed, partitions=2, binary=fake)[0].count()
                raise AssertionError("a failing newsner must fail the job")
            except AssertionError:
                raise
            except Exception as e:  # Py4JJavaError wrapping the task's error
                assert "newsner exited with code 3: newsner: simulated failure" in str(e), str(e)[:500]

            # Parquet: every record, with its id.
            parquet = os.path.join(tmp, "records.parquet")
            spark.read.json(out).write.parquet(parquet)
            back = spark.read.parquet(parquet)
            assert back.count() == n
            assert sorted(r.source for r in back.select("source").collect()) == sorted(want)
        finally:
            spark.stop()
    print(f"test_spark: {n} articles in {partitions} partitions, every id once, records identical "
          f"to the CLI's; {len(MALFORMED)} malformed lines skipped; a failing newsner fails the job")
    print(f"test_spark: CLI {n / cli_secs:,.0f} articles/s ({cli_secs:.2f} s); "
          f"Spark local[2] {n / spark_secs:,.0f} articles/s ({spark_secs:.2f} s, including job start)")


if __name__ == "__main__":
    main()
