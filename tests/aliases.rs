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
