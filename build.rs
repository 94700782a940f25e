//! Compiles the word lists of `src/lexicon/` into the hash tables the
//! binary carries (`lexicon.bin`, `knowledge.bin` in `OUT_DIR`), so that
//! no process parses or hashes them at start-up (#17). The lists stay the
//! reviewable source: this script reads any contents they may have, with
//! the rules documented in `src/lexicon/mod.rs` and `knowledge.rs`, and
//! Cargo re-runs it whenever one of them changes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[path = "src/lexicon/layout.rs"]
#[allow(dead_code)]
mod layout;
#[path = "src/lexicon/table.rs"]
#[allow(dead_code)]
mod table;

use layout::*;

/// The lists of `Knowledge`: (bit, file, whether the second field names
/// the canonical form), from the table the library reads too.
macro_rules! kinds {
    ($($(#[$doc:meta])* $name:ident = $bit:expr, $file:literal, $canon:expr, $rule:literal;)*) => {
        const KNOWLEDGE_LISTS: &[(u32, &str, bool)] = &[$(($bit, $file, $canon),)*];
    };
}
include!("src/lexicon/knowledge_lists.rs");

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    for file in [
        "table.rs",
        "layout.rs",
        "knowledge_lists.rs",
        "list_line.rs",
    ] {
        println!("cargo:rerun-if-changed={}", dir.join(file).display());
    }
    let read = |file: &str| {
        let path = dir.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    std::fs::write(out.join("lexicon.bin"), lexicon(&read)).expect("write lexicon.bin");
    std::fs::write(out.join("knowledge.bin"), knowledge(&read)).expect("write knowledge.bin");
}

/// The most fields a row of the lexicon's lists has.
const FIELDS: usize = 3;

/// The first [`FIELDS`] tab-separated fields of every line of a lexicon
/// list that is neither blank nor a `#` comment, each trimmed.
fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines().filter_map(|line| {
        let line = line.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        Some(line.split('\t').take(FIELDS).map(str::trim).collect())
    })
}

/// A two-letter country code field.
fn country_code(field: Option<&&str>) -> Option<[u8; 2]> {
    match field.map(|s| s.as_bytes()) {
        Some([a, b]) => Some([*a, *b]),
        _ => None,
    }
}

/// What the lexicon's lists say about one key.
#[derive(Default)]
struct Entry {
    flags: u32,
    /// Kind (1 city, 2 region, 3 country) and country of a place.
    place: Option<(u32, Option<[u8; 2]>)>,
    demonym: Option<[u8; 2]>,
    organisation: Option<String>,
}

/// Entries by key, and the keys in the order the lists first name them,
/// so that the table is the same on every build.
#[derive(Default)]
struct Merged {
    order: Vec<String>,
    entries: HashMap<String, Entry>,
}

impl Merged {
    fn entry(&mut self, key: &str) -> &mut Entry {
        if !self.entries.contains_key(key) {
            self.order.push(key.to_string());
            self.entries.insert(key.to_string(), Entry::default());
        }
        self.entries.get_mut(key).expect("just inserted")
    }
}

/// The lexicon's lists merged into one table (see `layout.rs`). Places:
/// countries outrank regions, which outrank cities; the hand-written list,
/// read last, settles ties (Gaza the Palestinian territory over Gaza the
/// Mozambican province). Other lists: a later row for the same key wins.
fn lexicon(read: &dyn Fn(&str) -> String) -> Vec<u8> {
    let mut merged = Merged::default();
    let places = [
        ("cities.txt", 1),
        ("regions.txt", 2),
        ("countries.txt", 3),
        ("places_extra.txt", 2),
    ];
    for (n, (file, kind)) in places.into_iter().enumerate() {
        let hand_written = n == 3;
        for row in rows(&read(file)) {
            let kind = if row.get(2) == Some(&"country") {
                3
            } else {
                kind
            };
            let place = (kind, country_code(row.get(1)));
            let e = merged.entry(row[0]);
            match e.place {
                Some((old, _)) if !(kind > old || kind == old && hand_written) => {}
                _ => e.place = Some(place),
            }
        }
    }
    for row in rows(&read("demonyms.txt")) {
        let e = merged.entry(row[0]);
        e.flags |= DEMONYM;
        e.demonym = country_code(row.get(1));
    }
    let sets = [
        ("given_names.txt", GIVEN_NAME, false),
        ("given_names_extra.txt", GIVEN_NAME, false),
        ("surnames.txt", SURNAME, false),
        ("titles.txt", TITLE, true),
        ("function_words.txt", FUNCTION_WORD, true),
        ("dictionary_words.txt", DICTIONARY, false),
    ];
    for (file, flag, lower) in sets {
        for row in rows(&read(file)) {
            let key = if lower {
                row[0].to_lowercase()
            } else {
                row[0].to_string()
            };
            if flag == TITLE {
                if let Some(space) = key.find(char::is_whitespace) {
                    merged.entry(&key[..space]).flags |= TITLE_HEAD;
                }
            }
            merged.entry(&key).flags |= flag;
        }
    }
    for row in rows(&read("org_words.txt")) {
        let pos = row.get(1).copied().unwrap_or("end");
        let e = merged.entry(row[0]);
        if pos == "start" || pos == "both" {
            e.flags |= ORG_START;
        }
        if pos == "end" || pos == "both" {
            e.flags |= ORG_END;
        }
    }
    for row in rows(&read("organisations.txt")) {
        let e = merged.entry(row[0]);
        e.flags |= ORGANISATION;
        e.organisation = Some(row.get(1).copied().unwrap_or(row[0]).to_string());
    }
    let heads: Vec<String> = merged
        .order
        .iter()
        .filter_map(|key| Some(key[..key.find(char::is_whitespace)?].to_string()))
        .collect();
    for head in heads {
        merged.entry(&head).flags |= NAME_HEAD;
        merged.entry(&head.to_ascii_uppercase()).flags |= CAPS_HEAD;
    }
    let mut w = table::Writer::new(WIDTH);
    for key in &merged.order {
        let e = &merged.entries[key];
        let mut flags = e.flags;
        if let Some((kind, _)) = e.place {
            flags |= kind << PLACE_SHIFT;
        }
        let countries = pack_country(e.place.and_then(|(_, c)| c)) | pack_country(e.demonym) << 16;
        let canonical = e.organisation.as_deref().map_or(0, |c| w.string(c));
        w.push(key, &[flags, countries, canonical]);
    }
    w.finish()
}

include!("src/lexicon/list_line.rs");

/// The name lists merged into one table: each name with the bits of every
/// list that holds it and the canonical form the first alias list gives;
/// the header's free word is the longest name's length in bytes.
fn knowledge(read: &dyn Fn(&str) -> String) -> Vec<u8> {
    let mut order: Vec<String> = Vec::new();
    let mut names: HashMap<String, (u32, Option<String>)> = HashMap::new();
    let mut longest = 0;
    for &(bit, file, has_canonical) in KNOWLEDGE_LISTS {
        for (name, second) in read(file).lines().filter_map(entry) {
            if !names.contains_key(name) {
                order.push(name.to_string());
            }
            let e = names.entry(name.to_string()).or_insert((0, None));
            e.0 |= 1 << bit;
            if has_canonical && e.1.is_none() {
                e.1 = second.map(str::to_string);
            }
            longest = longest.max(name.len());
        }
    }
    let mut w = table::Writer::new(2);
    for name in &order {
        let (kinds, canonical) = &names[name];
        let canonical = canonical.as_deref().map_or(0, |c| w.string(c));
        w.push(name, &[*kinds, canonical]);
    }
    w.set_extra(longest as u32);
    w.finish()
}
