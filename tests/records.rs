//! The record schema and the bundled example articles.

use serde::Deserialize;

use crate::util::{fixture, newsner, run, stderr};

/// The documented schema, pinned: an unknown or missing field fails.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Record {
    source: String,
    date: Option<String>,
    entities: Vec<Entity>,
    dates: Vec<DateMention>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Entity {
    id: String,
    #[serde(rename = "type")]
    ty: String,
    name: String,
    country: Option<String>,
    #[serde(default)]
    key: Option<String>,
    aliases: Vec<Alias>,
    mentions: Vec<Mention>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Alias {
    name: String,
    kind: String,
    evidence: Option<Span>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Mention {
    start: usize,
    end: usize,
    text: String,
    rule: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct DateMention {
    start: usize,
    end: usize,
    text: String,
    #[serde(rename = "type")]
    ty: String,
    value: String,
    anchor: String,
    #[serde(rename = "mod", default)]
    modifier: Option<String>,
}

#[test]
fn output_matches_the_documented_schema() {
    let dir = fixture("articles");
    let mut c = newsner(&dir);
    c.arg(".");
    let out = run(c);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut n = 0;
    for line in text.lines() {
        let rec: Record = serde_json::from_str(line).expect("record fits the schema");
        for (i, e) in rec.entities.iter().enumerate() {
            assert_eq!(e.id, format!("e{}", i + 1));
            assert!(["person", "organisation", "place"].contains(&e.ty.as_str()));
            assert!(e.mentions.windows(2).all(|w| w[0].start <= w[1].start));
        }
        for d in &rec.dates {
            assert!(["date", "time", "duration", "set"].contains(&d.ty.as_str()));
            assert!(
                ["article", "none"].contains(&d.anchor.as_str()) || d.anchor.starts_with("dates["),
                "{}",
                d.anchor
            );
        }
        n += 1;
    }
    assert!(n >= 2);
}

#[test]
fn seed_article_gives_its_expected_record() {
    let dir = fixture("articles");
    let mut c = newsner(&dir);
    c.args(["--pretty", "seed.txt"]);
    let out = run(c);
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let want: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("expected/seed.json")).unwrap())
            .unwrap();
    if got != want {
        panic!(
            "seed record differs from fixtures/expected/seed.json:\n{}",
            serde_json::to_string_pretty(&got).unwrap()
        );
    }
}

#[test]
fn seed_article_finds_the_four_alias_pairs() {
    let text = std::fs::read(fixture("articles/seed.txt")).unwrap();
    let article = newsner::parse_article("seed.txt", &text, None).unwrap();
    let rec = newsner::Extractor::new().extract(&article);
    let pairs: Vec<(String, String, String)> =
        crate::util::alias_triples(&rec).into_iter().collect();
    for (name, alias, kind) in [
        ("Mehmet Goren", "Goren", "short_form"),
        (
            "Turkish National Intelligence Organisation",
            "MIT",
            "acronym",
        ),
        ("Islamic State", "Daesh", "also_known_as"),
        ("Ozgur Altun", "Abu Yasir Al Turki", "code_name"),
    ] {
        assert!(
            pairs.contains(&(name.into(), alias.into(), kind.into())),
            "{name} / {alias} ({kind}) missing from {pairs:?}"
        );
    }
    assert_eq!(pairs.len(), 4, "no other aliases: {pairs:?}");
}
