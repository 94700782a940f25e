//! The alias fixture set (`fixtures/aliases/`): one short hand-written
//! article per alias pattern or trap, with the complete set of aliases it
//! must yield, names that must stay separate entities, and stated
//! nationalities (`expected.json`).

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::util::fixture;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    /// Every (entity name, alias, kind) the article yields, no more.
    aliases: Vec<(String, String, String)>,
    /// Pairs of canonical names that must be two different entities.
    #[serde(default)]
    apart: Vec<(String, String)>,
    /// People whose nationality the text states.
    #[serde(default)]
    nationality: BTreeMap<String, String>,
}

#[test]
fn every_alias_fixture_gives_its_expected_aliases() {
    let dir = fixture("aliases");
    let expected: BTreeMap<String, Expected> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    assert!(expected.len() >= 30, "at least 30 fixtures");
    let extractor = newsner::Extractor::new();
    let mut failures = Vec::new();
    for (file, want) in &expected {
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let article = newsner::parse_article(file, &bytes, None).unwrap();
        let record = extractor.extract(&article);
        let got: BTreeSet<(String, String, String)> =
            crate::util::alias_triples(&record).into_iter().collect();
        let want_set: BTreeSet<_> = want.aliases.iter().cloned().collect();
        if got != want_set {
            failures.push(format!("{file}: aliases {got:?}, expected {want_set:?}"));
        }
        for (a, b) in &want.apart {
            let id = |name: &str| {
                record
                    .entities
                    .iter()
                    .find(|e| e.name == name)
                    .map(|e| e.id.clone())
            };
            match (id(a), id(b)) {
                (Some(x), Some(y)) if x != y => {}
                other => failures.push(format!("{file}: {a} / {b} not apart: {other:?}")),
            }
        }
        for (name, code) in &want.nationality {
            let got = record
                .entities
                .iter()
                .find(|e| &e.name == name)
                .and_then(|e| e.country.clone());
            if got.as_deref() != Some(code.as_str()) {
                failures.push(format!(
                    "{file}: {name} nationality {got:?}, expected {code}"
                ));
            }
        }
        // Every statement-made alias points at text that holds both names.
        for e in &record.entities {
            for a in &e.aliases {
                if let Some(ev) = &a.evidence {
                    let text: String = article
                        .text
                        .chars()
                        .skip(ev.start)
                        .take(ev.end - ev.start)
                        .collect();
                    if !text.contains(&a.name) {
                        failures.push(format!("{file}: evidence {text:?} lacks {}", a.name));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Issue 13's example article: every variant lands in its entity, and
/// nothing else merges.
#[test]
fn issue_13_every_variant_in_its_entity() {
    let text = "date 2024-05-01 Joseph R. Biden Jr. spoke on Monday. Mr. Biden said Biden would win. \
        The United Nations Children's Fund (UNICEF) warned, and UNICEF later added more. \
        The Islamic Resistance Movement (Hamas) fired rockets; Hamas said so. North Korea, \
        officially the Democratic People's Republic of Korea (DPRK), fired a missile; the DPRK \
        denied it and the North blamed Seoul. Serena Williams beat Venus Williams; Serena smiled. \
        Volodymyr Zelensky met Zelenskiy aides. The U.S. Treasury Department acted; the Treasury \
        said. Tedros Adhanom Ghebreyesus of the World Health Organization (WHO) spoke; Tedros warned.";
    let article = newsner::parse_article("issue13.txt", text.as_bytes(), None).unwrap();
    let record = newsner::Extractor::new().extract(&article);
    let want: BTreeMap<&str, (&str, BTreeSet<&str>)> = [
        ("Joseph R. Biden Jr.", ("person", vec!["Biden"])),
        (
            "United Nations Children's Fund",
            ("organisation", vec!["UNICEF"]),
        ),
        (
            "Islamic Resistance Movement",
            ("organisation", vec!["Hamas"]),
        ),
        (
            "North Korea",
            (
                "place",
                vec!["Democratic People's Republic of Korea", "DPRK", "North"],
            ),
        ),
        ("Seoul", ("place", vec![])),
        ("Serena Williams", ("person", vec!["Serena"])),
        ("Venus Williams", ("person", vec![])),
        ("Volodymyr Zelensky", ("person", vec!["Zelenskiy"])),
        (
            "U.S. Treasury Department",
            ("organisation", vec!["Treasury"]),
        ),
        ("Tedros Adhanom Ghebreyesus", ("person", vec!["Tedros"])),
        ("World Health Organization", ("organisation", vec!["WHO"])),
    ]
    .into_iter()
    .map(|(name, (ty, others))| {
        let mut texts: BTreeSet<&str> = others.into_iter().collect();
        texts.insert(name);
        (name, (ty, texts))
    })
    .collect();
    let got: BTreeMap<&str, (&str, BTreeSet<&str>)> = record
        .entities
        .iter()
        .map(|e| {
            let texts = e.mentions.iter().map(|m| m.text.as_str()).collect();
            (e.name.as_str(), (e.ty.as_str(), texts))
        })
        .collect();
    assert_eq!(got, want);
}
