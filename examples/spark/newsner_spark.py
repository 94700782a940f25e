#!/usr/bin/env python3
"""Run newsner as a stage of an Apache Spark job.

Articles are JSON Lines, one {"id", "date", "text"} object per line (the
form `newsner --input jsonl` reads). Each partition is piped through one
newsner process; records come back as JSON Lines text or as Parquet.

    spark-submit --files target/release/newsner examples/spark/newsner_spark.py \\
        --input articles.jsonl --output records/ [--parquet] [--partitions N]

What a real run meets, and what this recipe does about it:
- A malformed line (not JSON, not an object, no string "text", blank text,
  no "id") is skipped with a line on the executor's stderr saying why, and
  counted; the driver prints the count at the end (a retried task may count
  its lines twice). The rest of the partition goes on.
- Every record carries its article's id as "source", so results can be
  joined back to the input.
- newsner exiting non-zero on an executor (a crash, a missing binary, a
  line it refuses) fails the task with newsner's own error message, and
  Spark's usual retries and job failure follow: nothing is silently lost.
- The binary is taken from --newsner PATH, else from the files shipped
  with `--files` (SparkFiles), else from PATH.
"""
import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import threading


def find_newsner(explicit=None):
    """The newsner binary on this executor."""
    if explicit:
        return explicit
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get("newsner")
        if os.path.exists(shipped):
            mode = os.stat(shipped).st_mode
            if not mode & stat.S_IXUSR:
                os.chmod(shipped, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
            return shipped
    except Exception:  # not inside a Spark job, or nothing shipped
        pass
    found = shutil.which("newsner")
    if not found:
        raise RuntimeError("newsner not found: ship it with --files, pass --newsner, or put it on PATH")
    return found


def check_line(line):
    """None when `line` is an article newsner will read, else why not."""
    try:
        obj = json.loads(line)
    except ValueError as e:
        return f"malformed JSON: {e}"
    if not isinstance(obj, dict):
        return f"expected an object, found {type(obj).__name__}"
    if not isinstance(obj.get("text"), str) or not obj["text"].strip():
        return "no text"
    if obj.get("id") is None:
        return "no id (records are joined back by id)"
    return None


def run_newsner(lines, binary, extra_args=()):
    """Pipes article lines through one newsner process and yields its
    records; raises with newsner's message when it exits non-zero."""
    cmd = [binary, "--input", "jsonl", "-q", *extra_args, "-"]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def feed():
        try:
            for line in lines:
                proc.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    errors = []
    drain = threading.Thread(target=lambda: errors.append(proc.stderr.read()))
    writer = threading.Thread(target=feed)
    drain.start()
    writer.start()
    for out in proc.stdout:
        yield out.decode("utf-8").rstrip("\n")
    writer.join()
    code = proc.wait()
    drain.join()
    if code != 0:
        message = errors[0].decode("utf-8", "replace").strip() if errors else ""
        raise RuntimeError(f"newsner exited with code {code}: {message}")


def records(spark, input_path, partitions=None, binary=None, extra_args=()):
    """The records of every well-formed article line under `input_path`, as
    an RDD of JSON strings, and an accumulator counting skipped lines."""
    sc = spark.sparkContext
    lines = sc.textFile(input_path, minPartitions=partitions or sc.defaultParallelism)
    skipped = sc.accumulator(0)

    def keep(line):
        if not line.strip():
            return False
        why = check_line(line)
        if why:
            skipped.add(1)
            print(f"newsner_spark: skipped a line ({why}): {line[:80]!r}", file=sys.stderr)
            return False
        return True

    def partition(lines):
        return run_newsner(lines, find_newsner(binary), extra_args)

    return lines.filter(keep).mapPartitions(partition), skipped


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="JSON Lines articles (file, folder or glob)")
    parser.add_argument("--output", required=True, help="output folder")
    parser.add_argument("--parquet", action="store_true", help="write Parquet instead of JSON Lines")
    parser.add_argument("--partitions", type=int, help="minimum number of partitions")
    parser.add_argument("--newsner", help="path of the newsner binary on the executors")
    parser.add_argument("--link", action="store_true", help="pass --link to newsner")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("newsner").getOrCreate()
    extra = ["--link"] if args.link else []
    out, skipped = records(spark, args.input, args.partitions, args.newsner, extra)
    if args.parquet:
        spark.read.json(out).write.mode("error").parquet(args.output)
    else:
        out.saveAsTextFile(args.output)
    print(f"newsner_spark: done; {skipped.value} malformed line(s) skipped", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
