#!/usr/bin/env python3
"""Opens the --format html page in a real headless browser and checks what
it shows: one highlight per mention and date, with the right classes and
hover text, and one entity-table row per entity; then takes a screenshot.

Usage: check_html.py NEWSNER_BINARY [SCREENSHOT.png]
       (from the project root; needs Chromium: Debian's `chromium`)

The DOM is the one Chromium built (`--dump-dom`), so the page is checked
as a browser parses it, not as the generator meant it.
"""
import collections
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Dom(html.parser.HTMLParser):
    """Counts highlights in article text, and entity-table rows."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.marks = collections.Counter()
        self.titles = []
        self.entity_rows = 0
        self.articles = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append((tag, a.get("class")))
        if tag == "article":
            self.articles += 1
        in_text = any(t == "div" and c == "text" for t, c in self.stack)
        if tag == "mark" and in_text:
            self.marks[a.get("class")] += 1
            self.titles.append(a.get("title", ""))
        in_entities = any(t == "table" and c == "entities" for t, c in self.stack)
        if tag == "tr" and in_entities:
            self.entity_rows += 1

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break


def main():
    binary = sys.argv[1]
    screenshot = sys.argv[2] if len(sys.argv) > 2 else None
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Chromium is needed: apt-get install chromium"
    files = ["fixtures/articles/seed.txt", "fixtures/aliases/01-acronym-after.txt",
             "fixtures/aliases/12-code-name.txt"]
    files = [f for f in files if os.path.exists(f)]
    records = [json.loads(l) for l in subprocess.run(
        [binary, "-q", *files], capture_output=True, check=True).stdout.decode().splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "page.html")
        subprocess.run([binary, "-q", "--format", "html", *files, "-o", page], check=True)
        profile = os.path.join(tmp, "profile")
        dom = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom",
                              "file://" + page], capture_output=True, check=True, timeout=120).stdout.decode()
        parsed = Dom()
        parsed.feed(dom)
        want = collections.Counter()
        for r in records:
            for e in r["entities"]:
                want[e["type"]] += len(e["mentions"])
            want["date"] += len(r["dates"])
        assert parsed.articles == len(records), (parsed.articles, len(records))
        assert parsed.marks == want, (parsed.marks, want)
        assert parsed.entity_rows == sum(len(r["entities"]) + 1 for r in records if r["entities"])
        assert any(t.startswith("Mehmet Goren · person") and "rule: " in t for t in parsed.titles)
        if screenshot:
            subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--hide-scrollbars",
                            "--window-size=1100,1400", f"--screenshot={os.path.abspath(screenshot)}",
                            "file://" + page], capture_output=True, check=True, timeout=120)
            assert os.path.getsize(screenshot) > 10_000, "the screenshot is not blank"
    print(f"check_html: {sum(want.values())} highlights and {parsed.entity_rows} table rows as rendered by Chromium")


if __name__ == "__main__":
    main()
