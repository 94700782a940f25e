//! The output record: its schema, and the conversion from the extractor's
//! byte offsets to the code-point offsets users get.
//!
//! One [`Record`] per article, written as one line of JSON (JSON Lines):
//!
//! ```json
//! {"source": "path/as/given.txt",
//!  "date": "2025-12-22",
//!  "entities": [{"id": "e1", "type": "person", "name": "Mehmet Goren",
//!                "aliases": [{"name": "Goren", "kind": "short_form"}],
//!                "mentions": [{"start": 253, "end": 265, "text": "Mehmet Goren", "rule": "name_shape"}]}],
//!  "dates": [{"start": 214, "end": 220, "text": "Monday", "type": "date",
//!             "value": "2025-12-22", "anchor": "article"}]}
//! ```
//!
//! Offsets count Unicode code points (as Python's `str` does) from the
//! first character of the input as read, after a byte-order mark; `end`
//! is exclusive and `text` is exactly that slice. Entities come in order of
//! first mention, mentions and dates in text order.

use serde::{Deserialize, Serialize};
use std::io::Write;

use crate::extract::dates::FoundDate;
use crate::extract::FoundEntity;
use crate::reader::Article;

/// Everything extracted from one article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The input path as given, `-` for stdin.
    pub source: String,
    /// The article date (`YYYY-MM-DD`), or null when unknown.
    pub date: Option<String>,
    /// People, organisations and places, in order of first mention.
    pub entities: Vec<Entity>,
    /// Date, time, duration and set expressions, in text order.
    pub dates: Vec<DateMention>,
}

/// One real-world entity and every mention of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// `e1`, `e2`, … in order of first mention.
    pub id: String,
    /// `person`, `organisation` or `place`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Canonical name: the fullest proper form in the article.
    pub name: String,
    /// ISO 3166-1 alpha-2 code: for a place, the country it is or lies
    /// in; for a person, the nationality the text states; else null.
    pub country: Option<String>,
    /// With `--link`: a key that is the same for the same entity in every
    /// article of the run (type and normalised canonical name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Other names the article uses for it.
    pub aliases: Vec<Alias>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// Another name of an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    /// The alias as written.
    pub name: String,
    /// `acronym`, `short_form`, `code_name`, `nickname`, `also_known_as`
    /// or `former_name`.
    pub kind: String,
    /// The span of the statement that ties the alias to the entity
    /// ("Ozgur Altun, known by the code name "Abu Yasir Al Turki""), or
    /// null when none does (a surname used alone).
    pub evidence: Option<Span>,
}

/// A stretch of the text, in code points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset just past the last character.
    pub end: usize,
}

/// Where an entity is named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset just past the last character.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// The rule that decided its type (see the README).
    pub rule: String,
    /// Only with `--explain`: every piece of evidence for the name in the
    /// article, strongest first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<Evidence>>,
}

/// One piece of typing evidence (`--explain`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The rule's name, as in `rule`.
    pub rule: String,
    /// What it argues for: `person`, `organisation`, `place` or
    /// `not_name`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Its weight in the table (see the README).
    pub weight: i32,
    /// `mention` when found at this mention, `article` when at another
    /// mention of the same name.
    pub from: String,
}

/// A date expression and its normalised value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateMention {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset just past the last character.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// `date`, `time`, `duration` or `set` (TIMEX3 types).
    #[serde(rename = "type")]
    pub ty: String,
    /// TIMEX3 value: `2025-12-19`, `2024-03`, `2025-W51`, `P3Y`, `PAST_REF`…
    pub value: String,
    /// What the value was resolved against: `article` (its date),
    /// `dates[N]` (an earlier date of this record, "two days later"), or
    /// `none` (written out in full, or no date to resolve against).
    pub anchor: String,
    /// TIMEX3 `mod` (`START`, `END`, `MID`, `APPROX`, `LESS_THAN`,
    /// `MORE_THAN`, `EQUAL_OR_LESS`, `EQUAL_OR_MORE`): "early 2023" is
    /// 2023 with `START`. Absent when the expression has none.
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
}

/// Converts byte offsets to code-point offsets for one text. Only the
/// positions of multi-byte characters are stored, so ASCII text costs
/// nothing and lookups are a binary search.
pub(crate) struct CodePoints {
    /// (byte offset of a multi-byte character, extra bytes up to and
    /// including it).
    extra: Vec<(usize, usize)>,
}

impl CodePoints {
    pub(crate) fn new(text: &str) -> CodePoints {
        let mut extra = Vec::new();
        if text.is_ascii() {
            return CodePoints { extra };
        }
        // News in English is ASCII but for quotes, dashes and accents: the
        // ASCII runs between them are skipped eight bytes at a time, without
        // decoding characters, which cost 6 instructions a byte of such
        // text (#17). A character's first byte gives its length.
        let bytes = text.as_bytes();
        let (mut at, mut total) = (0, 0);
        while let Some(k) = first_non_ascii(&bytes[at..]) {
            let start = at + k;
            let len = match bytes[start] {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            total += len - 1;
            extra.push((start, total));
            at = start + len;
        }
        CodePoints { extra }
    }

    /// The code-point offset of byte offset `byte`. Inlined, with a
    /// shortcut for ASCII text (most news), as it is asked twice for
    /// every span written (#17).
    #[inline]
    pub(crate) fn of(&self, byte: usize) -> usize {
        if self.extra.is_empty() {
            return byte;
        }
        let k = self.extra.partition_point(|&(b, _)| b < byte);
        byte - if k == 0 { 0 } else { self.extra[k - 1].1 }
    }
}

/// Where the first byte that is not ASCII stands, tested eight bytes at a
/// time (the high bit of each byte).
fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if word & HIGH != 0 {
            return Some(at + (word & HIGH).trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = chunks.remainder().iter().position(|b| !b.is_ascii());
    rest.map(|k| at + k)
}

impl Record {
    /// Builds the record of `article` from what the extractor found.
    pub fn build(article: &Article, entities: &[FoundEntity], dates: &[FoundDate]) -> Record {
        let text = &article.text;
        let cp = CodePoints::new(text);
        let entities = entities
            .iter()
            .enumerate()
            .map(|(i, e)| Entity {
                id: format!("e{}", i + 1),
                ty: e.ty.as_str().to_string(),
                name: e.name.clone(),
                country: e.country.clone(),
                key: None,
                aliases: e
                    .aliases
                    .iter()
                    .map(|a| Alias {
                        name: a.name.clone(),
                        kind: a.kind.as_str().to_string(),
                        evidence: a.evidence.map(|(s, e)| Span {
                            start: cp.of(s),
                            end: cp.of(e),
                        }),
                    })
                    .collect(),
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| Mention {
                        start: cp.of(m.start),
                        end: cp.of(m.end),
                        text: text[m.start..m.end].to_string(),
                        rule: m.rule.to_string(),
                        evidence: (!m.evidence.is_empty()).then(|| {
                            m.evidence
                                .iter()
                                .map(|x| Evidence {
                                    rule: x.rule.to_string(),
                                    ty: x.kind.to_string(),
                                    weight: x.weight,
                                    from: x.from.to_string(),
                                })
                                .collect()
                        }),
                    })
                    .collect(),
            })
            .collect();
        let dates = dates
            .iter()
            .map(|d| DateMention {
                start: cp.of(d.start),
                end: cp.of(d.end),
                text: text[d.start..d.end].to_string(),
                ty: d.ty.as_str().to_string(),
                value: d.value.clone(),
                anchor: d.anchor.label(),
                modifier: d.modifier.map(|m| m.as_str().to_string()),
            })
            .collect();
        Record {
            source: article.source.clone(),
            date: article.date.map(|d| d.to_string()),
            entities,
            dates,
        }
    }

    /// Fills each entity's `key`, the same for the same entity across the
    /// articles of a run: its type and its canonical name, lower-cased,
    /// letters and digits only ("organisation:united nations"); people by
    /// given name and surname as spelling variants meet ("person:joseph
    /// biden" for "Joseph R. Biden Jr."); countries by their ISO code
    /// ("place:TR") so that "U.S." and "United States" meet (see
    /// [`crate::extract::aliases::link_name`]).
    pub fn fill_keys(&mut self) {
        for e in &mut self.entities {
            let name = crate::extract::aliases::link_name(&e.ty, &e.name);
            e.key = Some(format!("{}:{name}", e.ty));
        }
    }

    /// Writes the record as one JSON line (or indented with `pretty`).
    ///
    /// # Errors
    ///
    /// Fails when writing to `out` fails.
    pub fn write_to(&self, mut out: impl Write, pretty: bool) -> std::io::Result<()> {
        if pretty {
            serde_json::to_writer_pretty(&mut out, self)?;
        } else {
            serde_json::to_writer(&mut out, self)?;
        }
        out.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_multibyte_characters_once() {
        let text = "é😀a";
        let cp = CodePoints::new(text);
        assert_eq!(cp.of(0), 0);
        assert_eq!(cp.of(2), 1);
        assert_eq!(cp.of(6), 2);
        assert_eq!(cp.of(7), 3);
        // Every character boundary of mixed text, against counting chars.
        let text = "“Ça va”, said Łódź’s mayor — 東京 😀 end";
        let cp = CodePoints::new(text);
        for (n, (i, _)) in text.char_indices().enumerate() {
            assert_eq!(cp.of(i), n, "at byte {i}");
        }
        assert_eq!(cp.of(text.len()), text.chars().count());
    }
}
