//! Issue 15: output formats (JSON, HTML, TSV), trimming, the schema, and
//! what the binary prints about itself.

use crate::util::{fixture, newsner, records, run, stderr, Dir, ARTICLE};

fn go(dir: &Dir, args: &[&str]) -> std::process::Output {
    let mut c = newsner(dir.path());
    c.args(args);
    run(c)
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn tsv_has_one_row_per_mention_and_date() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    dir.file("b\tc.txt", " date 2025-12-22 Talks in Paris.\n");
    let out = go(&dir, &["a.txt", "b\tc.txt", "--format", "tsv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "source\trow\tentity\ttype\tname\ttext\tstart\tend\trule\tvalue"
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("source\t")).count(),
        1
    );
    assert!(lines.iter().all(|l| l.split('\t').count() == 10));
    assert!(lines.contains(&"a.txt\tdate\t\tdate\t\tFriday\t45\t51\tarticle\t2025-12-19"));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("b\\tc.txt\tmention\te1\tplace\tParis\tParis\t")));
}

#[test]
fn html_is_one_self_contained_page() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    dir.file("b.txt", " date 2025-12-22 Talks in Paris, where 3 < 4.\n");
    let out = go(&dir, &["a.txt", "b.txt", "--format", "html"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<!DOCTYPE").count(), 1);
    assert_eq!(html.matches("<article>").count(), 2);
    assert!(
        !html.contains("src=") && !html.contains("href="),
        "no external asset"
    );
    assert!(
        html.contains("\">Paris</mark>, where 3 &lt; 4."),
        "text is escaped: {html}"
    );
    assert!(html.contains("title=\"Mehmet Goren · person e1 · rule: "));
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn out_dir_gives_one_whole_document_per_article() {
    let dir = Dir::new();
    dir.file("in/a.txt", ARTICLE);
    let out = go(&dir, &["in", "--format", "tsv", "--out-dir", "out"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let tsv = std::fs::read_to_string(dir.path().join("out/a.tsv")).unwrap();
    assert!(tsv.starts_with("source\trow\t"));
    let again = go(&dir, &["in", "--format", "html", "--out-dir", "out"]);
    assert!(
        stderr(&again).contains("format \"tsv\" → \"html\""),
        "{}",
        stderr(&again)
    );
    let html = std::fs::read_to_string(dir.path().join("out/a.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
}

#[test]
fn types_and_no_dates_trim_the_record() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    let all = records(&go(&dir, &["a.txt"]));
    let people = records(&go(&dir, &["a.txt", "--types", "person", "--no-dates"]));
    assert_eq!(all[0]["entities"].as_array().unwrap().len(), 2);
    let kept = people[0]["entities"].as_array().unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0]["type"], "person");
    assert_eq!(
        kept[0]["id"], all[0]["entities"][0]["id"],
        "ids do not change"
    );
    assert!(people[0]["dates"].as_array().unwrap().is_empty());
    let places = records(&go(&dir, &["a.txt", "--types", "place,organisation"]));
    assert_eq!(places[0]["entities"][0]["name"], "Ankara");
    let bad = go(&dir, &["a.txt", "--types", "animal"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn pretty_is_for_json_only() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    let out = go(&dir, &["a.txt", "--pretty", "--format", "tsv"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "newsner: --pretty applies to --format json only\n"
    );
}

#[test]
fn schema_is_printed_and_matches_the_file() {
    let dir = Dir::new();
    let out = go(&dir, &["--schema"]);
    assert_eq!(out.status.code(), Some(0));
    let file = std::fs::read_to_string(fixture("../schema/record.schema.json")).unwrap();
    assert_eq!(stdout(&out), file);
    let schema: serde_json::Value = serde_json::from_str(&file).unwrap();
    // Every field a real record has is described, and nothing else.
    let rec = &records(&go(
        &dir,
        &[fixture("articles/seed.txt").to_str().unwrap(), "--link"],
    ))[0];
    let described = |path: &str| {
        schema
            .pointer(path)
            .and_then(|p| p.as_object())
            .map(|o| o.keys().cloned().collect::<Vec<_>>())
            .unwrap()
    };
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    let mut top = described("/properties");
    top.sort();
    let mut got = keys(rec);
    got.sort();
    assert_eq!(top, got);
    for k in keys(&rec["entities"][0]) {
        assert!(described("/$defs/entity/properties").contains(&k), "{k}");
    }
    for k in keys(&rec["dates"][0]) {
        assert!(described("/$defs/date/properties").contains(&k), "{k}");
    }
}

#[test]
fn completions_man_page_and_version() {
    let dir = Dir::new();
    for shell in ["bash", "zsh", "fish"] {
        let out = go(&dir, &["--completions", shell]);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("--out-dir"), "{shell}");
    }
    let man = stdout(&go(&dir, &["--man"]));
    assert!(man.contains(".TH newsner 1"));
    assert!(man.contains("out\\-dir"));
    let version = stdout(&go(&dir, &["--version"]));
    assert!(version.starts_with("newsner "));
    assert!(
        version.contains("countries.txt: ISO 3166-1 via PyPI pycountry"),
        "{version}"
    );
    let short = stdout(&go(&dir, &["-V"]));
    assert_eq!(short.lines().count(), 1);
    assert_eq!(
        go(&dir, &["--man", "a.txt"]).status.code(),
        Some(2),
        "exclusive"
    );
}

#[test]
fn a_watch_list_wins_and_links_its_names() {
    let dir = Dir::new();
    dir.file(
        "a.txt",
        " date 2025-12-22 Abu Yasir Al Turki was seen in Ankara with Jordan. Jordan left.\n",
    );
    dir.file(
        "b.txt",
        " date 2025-12-23 Police arrested Ozgur Altun. Altun denied working for NWL.\n",
    );
    let list = fixture("lexicons/watchlist.tsv");
    let out = go(
        &dir,
        &[
            "a.txt",
            "b.txt",
            "--link",
            "--lexicon",
            list.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    let find = |r: &serde_json::Value, name: &str| {
        r["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("{name} in {r}"))
    };
    let code_name = find(&recs[0], "Ozgur Altun");
    let legal_name = find(&recs[1], "Ozgur Altun");
    assert_eq!(
        code_name["key"], legal_name["key"],
        "the same key in both articles"
    );
    assert_eq!(code_name["mentions"][0]["text"], "Abu Yasir Al Turki");
    assert_eq!(code_name["mentions"][0]["rule"], "user_lexicon");
    assert_eq!(
        legal_name["mentions"].as_array().unwrap().len(),
        2,
        "{legal_name}"
    );
    // 'Jordan' would be a country; the list says it is a person here.
    let jordan = find(&recs[0], "Jordan Vale");
    assert_eq!(jordan["type"], "person");
    assert_eq!(jordan["mentions"].as_array().unwrap().len(), 2);
    assert_eq!(
        find(&recs[1], "Northwind Logistics")["type"],
        "organisation"
    );
}

#[test]
fn watch_lists_in_json_lines_and_their_errors() {
    let dir = Dir::new();
    dir.file(
        "a.txt",
        " date 2025-12-22 The Kestrel Group met in Port Azul.\n",
    );
    let list = fixture("lexicons/watchlist.jsonl");
    let out = go(&dir, &["a.txt", "--lexicon", list.to_str().unwrap()]);
    let rec = &records(&out)[0];
    let names: Vec<(&str, &str)> = rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["name"].as_str().unwrap(), e["type"].as_str().unwrap()))
        .collect();
    assert_eq!(
        names,
        [("Kestrel Group", "organisation"), ("Port Azul", "place")]
    );
    dir.file("bad.tsv", "# list\nAcme\torganisation\nBob\tanimal\n");
    let out = go(&dir, &["a.txt", "--lexicon", "bad.tsv"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "newsner: bad.tsv:3: unknown type 'animal' (person, organisation or place)\n"
    );
    let out = go(&dir, &["a.txt", "--lexicon", "missing.tsv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("newsner: missing.tsv: cannot read this lexicon"));
}
