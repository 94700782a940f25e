//! Watch-lists: names the user supplies (`--lexicon FILE`), with their
//! type and aliases, that win over everything newsner knows.
//!
//! Analysts keep lists of the people and groups they follow, with the
//! code names and spellings each goes by. An entry is found wherever its
//! name or one of its aliases is written as whole words; the mention's
//! rule is `user_lexicon`, and every mention of the entry in an article,
//! by any of its names, is one entity whose canonical name is the entry's
//! name, so `--link` gives a code name in one article and the legal name
//! in another the same key. A name the extractor had found for itself
//! inside such a mention is taken over together with its other mentions
//! (the surname alone, an acronym), so nothing is split in two.
//!
//! Two forms are read (a line that starts with `{` is JSON, any other TSV):
//!
//! ```text
//! # name <TAB> type [<TAB> alias|alias…]
//! Ozgur Altun<TAB>person<TAB>Abu Yasir Al Turki|Altun
//! ```
//!
//! ```text
//! {"name": "Ozgur Altun", "type": "person", "aliases": ["Abu Yasir Al Turki"]}
//! ```
//!
//! Types are `person`, `organisation` (or `organization`, `org`) and
//! `place` (or `location`, `loc`, `gpe`), in any case. Matching is
//! case-sensitive, on whole words, longest name first: names are filed
//! under their first word in a hash map, so each word of an article costs
//! one lookup, and a list of 100,000 entries loads in a fraction of a
//! second (an Aho-Corasick automaton over the same names took over a
//! second to build, most of it failure links, for no faster matching).

use std::path::Path;

use rustc_hash::FxHashMap as HashMap;

use super::aliases::{AliasKind, FoundAlias};
use super::evidence::Explained;
use super::{EntityType, FoundEntity, FoundMention};
use crate::error::{Error, ErrorKind, Result};

/// The rule named on mentions found through a user lexicon.
pub const RULE: &str = "user_lexicon";

/// The weight `--explain` shows for a user lexicon's evidence: above every
/// built-in rule's, because the user's entries win.
pub const WEIGHT: i32 = 1000;

/// One watch-list entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The canonical name.
    pub name: String,
    /// Its type.
    pub ty: EntityType,
    /// Other names it goes by.
    pub aliases: Vec<String>,
}

/// Every entry of the user's lists, compiled for matching.
#[derive(Clone, Debug, Default)]
pub struct UserLexicon {
    entries: Vec<Entry>,
    /// Every name and alias, filed under its first word: (the whole name,
    /// its entry), longest first.
    by_first_word: HashMap<String, Vec<(String, usize)>>,
}

impl UserLexicon {
    /// Reads and compiles the lists at `paths`.
    ///
    /// # Errors
    ///
    /// A file that cannot be read, or a line that is not an entry, named
    /// as `FILE:LINE: what is wrong`.
    pub fn from_files(paths: &[impl AsRef<Path>]) -> Result<UserLexicon> {
        let mut entries = Vec::new();
        for path in paths {
            let path = path.as_ref();
            let bytes = std::fs::read(path).map_err(|e| {
                Error::new(ErrorKind::InvalidArgument(format!(
                    "cannot read this lexicon: {}",
                    Error::from(e)
                )))
                .with_path(path)
            })?;
            let text = std::str::from_utf8(&bytes).map_err(|e| {
                Error::new(ErrorKind::InvalidUtf8 {
                    offset: e.valid_up_to(),
                    single_byte: false,
                })
                .with_path(path)
            })?;
            entries.extend(parse(&path.display().to_string(), text)?);
        }
        Ok(UserLexicon::new(entries))
    }

    /// Compiles `entries`.
    pub fn new(entries: Vec<Entry>) -> UserLexicon {
        let mut by_first_word: HashMap<String, Vec<(String, usize)>> = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                let Some(first) = words(name).next() else {
                    continue;
                };
                by_first_word
                    .entry(name[first.0..first.1].to_string())
                    .or_default()
                    .push((name.clone(), i));
            }
        }
        for names in by_first_word.values_mut() {
            names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
            names.dedup_by(|a, b| a.0 == b.0);
        }
        UserLexicon {
            entries,
            by_first_word,
        }
    }

    /// How many entries the lists hold.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whole-word matches in `text[from..]`: (start, end, entry), sorted,
    /// not overlapping, the longest name first where several start at one
    /// word.
    fn find(&self, text: &str, from: usize) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        if self.by_first_word.is_empty() {
            return found;
        }
        let mut next_free = from;
        for (start, end) in words(&text[from..]) {
            let (start, end) = (from + start, from + end);
            if start < next_free {
                continue;
            }
            let Some(names) = self.by_first_word.get(&text[start..end]) else {
                continue;
            };
            let hit = names.iter().find(|(name, _)| {
                text[start..].starts_with(name.as_str())
                    && !text[start + name.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
            });
            if let Some((name, entry)) = hit {
                found.push((start, start + name.len(), *entry));
                next_free = start + name.len();
            }
        }
        found
    }

    /// Lays the user's entries over what the extractor found in `text`:
    /// a match replaces any mention it overlaps, the entity of that
    /// mention joins the entry's entity, and dates keep their spans (a
    /// match over a date is dropped).
    pub(crate) fn overlay(
        &self,
        text: &str,
        from: usize,
        entities: Vec<FoundEntity>,
        dates: &[super::dates::FoundDate],
        explain: bool,
    ) -> Vec<FoundEntity> {
        let mut matches = self.find(text, from);
        matches.retain(|&(s, e, _)| !dates.iter().any(|d| d.start < e && s < d.end));
        if matches.is_empty() {
            return entities;
        }
        let overlapping = |m: &FoundMention| {
            let k = matches.partition_point(|&(_, e, _)| e <= m.start);
            matches
                .get(k)
                .filter(|&&(s, _, _)| s < m.end)
                .map(|&(_, _, entry)| entry)
        };
        // Which entry each found entity joins, if any.
        let mut joined: Vec<(usize, FoundEntity)> = Vec::new();
        let mut kept = Vec::new();
        for entity in entities {
            match entity.mentions.iter().find_map(overlapping) {
                Some(entry) => joined.push((entry, entity)),
                None => kept.push(entity),
            }
        }
        let mut entries: Vec<usize> = matches.iter().map(|&(_, _, entry)| entry).collect();
        entries.sort_unstable();
        entries.dedup();
        for entry in entries {
            let e = &self.entries[entry];
            let mut mentions: Vec<FoundMention> = matches
                .iter()
                .filter(|&&(_, _, k)| k == entry)
                .map(|&(start, end, _)| FoundMention {
                    start,
                    end,
                    rule: RULE,
                    evidence: if explain {
                        vec![Explained {
                            rule: RULE,
                            kind: e.ty.as_str(),
                            weight: WEIGHT,
                            from: "mention",
                        }]
                    } else {
                        Vec::new()
                    },
                })
                .collect();
            let mut aliases: Vec<FoundAlias> = Vec::new();
            let mut country = None;
            for (_, found) in joined.iter().filter(|(k, _)| *k == entry) {
                mentions.extend(
                    found
                        .mentions
                        .iter()
                        .filter(|m| overlapping(m).is_none())
                        .cloned(),
                );
                aliases.extend(found.aliases.iter().cloned());
                if found.name != e.name {
                    aliases.push(FoundAlias {
                        name: found.name.clone(),
                        kind: AliasKind::ShortForm,
                        evidence: None,
                    });
                }
                country = country.or_else(|| found.country.clone());
            }
            for &(start, end, _) in matches.iter().filter(|&&(_, _, k)| k == entry) {
                let written = &text[start..end];
                if written != e.name {
                    aliases.push(FoundAlias {
                        name: written.to_string(),
                        kind: AliasKind::AlsoKnownAs,
                        evidence: None,
                    });
                }
            }
            mentions.sort_by_key(|m| (m.start, m.end));
            mentions.dedup_by_key(|m| (m.start, m.end));
            let mut seen = std::collections::HashSet::new();
            aliases.retain(|a| a.name != e.name && seen.insert(a.name.clone()));
            kept.push(FoundEntity {
                ty: e.ty,
                name: e.name.clone(),
                aliases,
                mentions,
                country,
            });
        }
        kept.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.start));
        kept
    }
}

/// The words of `s` as byte ranges: maximal runs of letters and digits.
fn words(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.by_ref().find(|(_, c)| c.is_alphanumeric())?;
        let mut end = s.len();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            chars.next();
        }
        Some((start, end))
    })
}

/// Reads one list: a line that starts with `{` is a JSON entry, any other
/// line a tab-separated one.
fn parse(file: &str, text: &str) -> Result<Vec<Entry>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let at = || format!("{file}:{}", i + 1);
        let entry = if line.trim_start().starts_with('{') {
            json_entry(line)
        } else {
            tsv_entry(line)
        }
        .map_err(|what| Error::new(ErrorKind::InvalidArgument(what)).with_path(at()))?;
        entries.push(entry);
    }
    Ok(entries)
}

fn tsv_entry(line: &str) -> std::result::Result<Entry, String> {
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() < 2 || fields.len() > 3 {
        return Err(format!(
            "expected name<TAB>type[<TAB>alias|alias…], found {} field(s)",
            fields.len()
        ));
    }
    let aliases = fields
        .get(2)
        .map(|a| {
            a.split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    entry(fields[0], fields[1], aliases)
}

fn json_entry(line: &str) -> std::result::Result<Entry, String> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Line {
        name: String,
        #[serde(rename = "type")]
        ty: String,
        #[serde(default)]
        aliases: Vec<String>,
    }
    let l: Line = serde_json::from_str(line).map_err(|e| {
        let text = e.to_string();
        let what = text
            .rfind(" at line ")
            .map_or(text.as_str(), |i| &text[..i]);
        format!("malformed entry: {what} (column {})", e.column())
    })?;
    entry(&l.name, &l.ty, l.aliases)
}

fn entry(name: &str, ty: &str, aliases: Vec<String>) -> std::result::Result<Entry, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("empty name".to_string());
    }
    let ty = match ty.trim().to_ascii_lowercase().as_str() {
        "person" | "per" | "people" => EntityType::Person,
        "organisation" | "organization" | "org" => EntityType::Organisation,
        "place" | "location" | "loc" | "gpe" => EntityType::Place,
        other => {
            return Err(format!(
                "unknown type '{other}' (person, organisation or place)"
            ))
        }
    };
    Ok(Entry {
        name: name.to_string(),
        ty,
        aliases: aliases
            .into_iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_are_read_and_errors_name_the_line() {
        let tsv = "# watch-list\nOzgur Altun\tperson\tAbu Yasir Al Turki|Altun\n\nAcme Corp\tORG\n";
        let e = parse("w.tsv", tsv).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].aliases, ["Abu Yasir Al Turki", "Altun"]);
        assert_eq!(e[1].ty, EntityType::Organisation);
        let json = r#"{"name": "Ankara", "type": "gpe", "aliases": ["Angora"]}"#;
        assert_eq!(parse("w.jsonl", json).unwrap()[0].ty, EntityType::Place);
        let bad = parse("w.tsv", "A\tperson\nB\tanimal\n").unwrap_err();
        assert_eq!(
            bad.to_string(),
            "w.tsv:2: unknown type 'animal' (person, organisation or place)"
        );
        let bad = parse("w.jsonl", "{\"name\": \"A\"}").unwrap_err();
        assert!(bad
            .to_string()
            .starts_with("w.jsonl:1: malformed entry: missing field `type`"));
    }

    #[test]
    fn matches_are_whole_words() {
        let lex = UserLexicon::new(vec![Entry {
            name: "Acme".to_string(),
            ty: EntityType::Organisation,
            aliases: vec![],
        }]);
        let text = "Acme and Acmeville and Acme.";
        let found: Vec<&str> = lex
            .find(text, 0)
            .iter()
            .map(|&(s, e, _)| &text[s..e])
            .collect();
        assert_eq!(found, ["Acme", "Acme"]);
    }

    #[test]
    fn the_longest_name_wins() {
        let entry = |name: &str, aliases: &[&str]| Entry {
            name: name.to_string(),
            ty: EntityType::Person,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        };
        let lex = UserLexicon::new(vec![
            entry("Abu Yasir", &[]),
            entry("Ozgur Altun", &["Abu Yasir Al Turki"]),
        ]);
        let text = "Abu Yasir Al Turki met Abu Yasir.";
        let found: Vec<(&str, usize)> = lex
            .find(text, 0)
            .iter()
            .map(|&(s, e, k)| (&text[s..e], k))
            .collect();
        assert_eq!(found, [("Abu Yasir Al Turki", 1), ("Abu Yasir", 0)]);
    }
}
