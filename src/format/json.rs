//! The compact JSON line of a [`Record`], written by hand.
//!
//! `serde_json` stays the reference (`--pretty`, library users,
//! [`Record::write_to`]'s indented form); this writer produces the same
//! bytes for the compact form without going through serde's visitor calls
//! and the `io::Write` of every fragment: writing records was about a
//! twentieth of the steady-state instructions (#17). A test checks it
//! byte for byte against `serde_json` on records with every optional field
//! set and unset and every character JSON escapes.

use super::Trim;
use crate::extract::dates::{Anchor, FoundDate};
use crate::extract::{FoundEntity, FoundMention};
use crate::reader::Article;
use crate::writer::{Alias, CodePoints, DateMention, Entity, Evidence, Mention, Record, Span};

/// Appends the record of `article` as one line of compact JSON, straight
/// from what the extractor found: the same bytes as [`write_line`] on
/// [`Record::build`] (with [`Record::fill_keys`] when `link`, then
/// `trim`), without first copying every name, mention and date into the
/// record's owned strings. Building, writing and freeing the record was
/// about a tenth of the steady-state instructions (#17).
pub(crate) fn write_found(
    article: &Article,
    entities: &[FoundEntity],
    dates: &[FoundDate],
    link: bool,
    trim: &Trim,
    out: &mut Vec<u8>,
) {
    let text = &article.text;
    let cp = CodePoints::new(text);
    out.extend_from_slice(b"{\"source\":");
    string(&article.source, out);
    out.extend_from_slice(b",\"date\":");
    match article.date {
        Some(d) => date_value(d, out),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"entities\":[");
    let kept = entities.iter().enumerate().filter(|(_, e)| {
        trim.types
            .as_ref()
            .is_none_or(|types| types.contains(&e.ty))
    });
    for (n, (i, e)) in kept.enumerate() {
        comma(n, out);
        found_entity(i, e, link, &cp, text, out);
    }
    out.extend_from_slice(b"],\"dates\":[");
    if !trim.no_dates {
        for (i, d) in dates.iter().enumerate() {
            comma(i, out);
            found_date(d, &cp, text, out);
        }
    }
    out.extend_from_slice(b"]}\n");
}

fn found_entity(
    i: usize,
    e: &FoundEntity,
    link: bool,
    cp: &CodePoints,
    text: &str,
    out: &mut Vec<u8>,
) {
    out.extend_from_slice(b"{\"id\":\"e");
    number(i as u64 + 1, out);
    out.extend_from_slice(b"\",\"type\":");
    word(e.ty.as_str(), out);
    out.extend_from_slice(b",\"name\":");
    string(&e.name, out);
    out.extend_from_slice(b",\"country\":");
    opt_string(e.country.as_deref(), out);
    if link {
        let ty = e.ty.as_str();
        let name = crate::extract::aliases::link_name(ty, &e.name);
        out.extend_from_slice(b",\"key\":");
        string(&format!("{ty}:{name}"), out);
    }
    out.extend_from_slice(b",\"aliases\":[");
    for (i, a) in e.aliases.iter().enumerate() {
        comma(i, out);
        out.extend_from_slice(b"{\"name\":");
        string(&a.name, out);
        out.extend_from_slice(b",\"kind\":");
        word(a.kind.as_str(), out);
        out.extend_from_slice(b",\"evidence\":");
        match a.evidence {
            Some((s, e)) => span(
                &Span {
                    start: cp.of(s),
                    end: cp.of(e),
                },
                out,
            ),
            None => out.extend_from_slice(b"null"),
        }
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"mentions\":[");
    for (i, m) in e.mentions.iter().enumerate() {
        comma(i, out);
        found_mention(m, cp, text, out);
    }
    out.extend_from_slice(b"]}");
}

/// The opening fields every found span shares: `{"start":…,"end":…,"text":…`
/// (offsets in code points, as the record gives them).
fn open_span(start: usize, end: usize, cp: &CodePoints, text: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"start\":");
    number(cp.of(start) as u64, out);
    out.extend_from_slice(b",\"end\":");
    number(cp.of(end) as u64, out);
    out.extend_from_slice(b",\"text\":");
    string(&text[start..end], out);
}

fn found_mention(m: &FoundMention, cp: &CodePoints, text: &str, out: &mut Vec<u8>) {
    open_span(m.start, m.end, cp, text, out);
    out.extend_from_slice(b",\"rule\":");
    word(m.rule, out);
    if !m.evidence.is_empty() {
        out.extend_from_slice(b",\"evidence\":[");
        for (i, x) in m.evidence.iter().enumerate() {
            comma(i, out);
            evidence_fields(x.rule, x.kind, x.weight, x.from, out);
        }
        out.push(b']');
    }
    out.push(b'}');
}

fn found_date(d: &FoundDate, cp: &CodePoints, text: &str, out: &mut Vec<u8>) {
    open_span(d.start, d.end, cp, text, out);
    out.extend_from_slice(b",\"type\":");
    word(d.ty.as_str(), out);
    out.extend_from_slice(b",\"value\":");
    string(&d.value, out);
    out.extend_from_slice(b",\"anchor\":");
    // `Anchor::label`, without its string.
    match d.anchor {
        Anchor::None => out.extend_from_slice(b"\"none\""),
        Anchor::Article => out.extend_from_slice(b"\"article\""),
        Anchor::Mention(i) => {
            out.extend_from_slice(b"\"dates[");
            number(i as u64, out);
            out.extend_from_slice(b"]\"");
        }
    }
    if let Some(m) = d.modifier {
        out.extend_from_slice(b",\"mod\":");
        word(m.as_str(), out);
    }
    out.push(b'}');
}

/// Appends `record` as one line of compact JSON, exactly as
/// `serde_json::to_writer` followed by a newline would.
pub(crate) fn write_line(record: &Record, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"source\":");
    string(&record.source, out);
    out.extend_from_slice(b",\"date\":");
    opt_string(record.date.as_deref(), out);
    out.extend_from_slice(b",\"entities\":[");
    for (i, e) in record.entities.iter().enumerate() {
        comma(i, out);
        entity(e, out);
    }
    out.extend_from_slice(b"],\"dates\":[");
    for (i, d) in record.dates.iter().enumerate() {
        comma(i, out);
        date(d, out);
    }
    out.extend_from_slice(b"]}\n");
}

fn entity(e: &Entity, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"id\":");
    string(&e.id, out);
    out.extend_from_slice(b",\"type\":");
    string(&e.ty, out);
    out.extend_from_slice(b",\"name\":");
    string(&e.name, out);
    out.extend_from_slice(b",\"country\":");
    opt_string(e.country.as_deref(), out);
    if let Some(key) = &e.key {
        out.extend_from_slice(b",\"key\":");
        string(key, out);
    }
    out.extend_from_slice(b",\"aliases\":[");
    for (i, a) in e.aliases.iter().enumerate() {
        comma(i, out);
        alias(a, out);
    }
    out.extend_from_slice(b"],\"mentions\":[");
    for (i, m) in e.mentions.iter().enumerate() {
        comma(i, out);
        mention(m, out);
    }
    out.extend_from_slice(b"]}");
}

fn alias(a: &Alias, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"name\":");
    string(&a.name, out);
    out.extend_from_slice(b",\"kind\":");
    string(&a.kind, out);
    out.extend_from_slice(b",\"evidence\":");
    match &a.evidence {
        Some(span) => self::span(span, out),
        None => out.extend_from_slice(b"null"),
    }
    out.push(b'}');
}

fn span(s: &Span, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"start\":");
    number(s.start as u64, out);
    out.extend_from_slice(b",\"end\":");
    number(s.end as u64, out);
    out.push(b'}');
}

fn mention(m: &Mention, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"start\":");
    number(m.start as u64, out);
    out.extend_from_slice(b",\"end\":");
    number(m.end as u64, out);
    out.extend_from_slice(b",\"text\":");
    string(&m.text, out);
    out.extend_from_slice(b",\"rule\":");
    string(&m.rule, out);
    if let Some(evidence) = &m.evidence {
        out.extend_from_slice(b",\"evidence\":[");
        for (i, x) in evidence.iter().enumerate() {
            comma(i, out);
            self::evidence(x, out);
        }
        out.push(b']');
    }
    out.push(b'}');
}

fn evidence(x: &Evidence, out: &mut Vec<u8>) {
    evidence_fields(&x.rule, &x.ty, x.weight, &x.from, out);
}

fn evidence_fields(rule: &str, ty: &str, weight: i32, from: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"rule\":");
    string(rule, out);
    out.extend_from_slice(b",\"type\":");
    string(ty, out);
    out.extend_from_slice(b",\"weight\":");
    if weight < 0 {
        out.push(b'-');
    }
    number(u64::from(weight.unsigned_abs()), out);
    out.extend_from_slice(b",\"from\":");
    string(from, out);
    out.push(b'}');
}

fn date(d: &DateMention, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"start\":");
    number(d.start as u64, out);
    out.extend_from_slice(b",\"end\":");
    number(d.end as u64, out);
    out.extend_from_slice(b",\"text\":");
    string(&d.text, out);
    out.extend_from_slice(b",\"type\":");
    string(&d.ty, out);
    out.extend_from_slice(b",\"value\":");
    string(&d.value, out);
    out.extend_from_slice(b",\"anchor\":");
    string(&d.anchor, out);
    if let Some(m) = &d.modifier {
        out.extend_from_slice(b",\"mod\":");
        string(m, out);
    }
    out.push(b'}');
}

/// An article's date, quoted, as its `Display` writes it, without the
/// `String` `to_string` makes for the years of news (#17).
fn date_value(d: jiff::civil::Date, out: &mut Vec<u8>) {
    let Some(digits) = crate::extract::dates::iso_date_digits(d) else {
        return string(&d.to_string(), out);
    };
    out.push(b'"');
    out.extend_from_slice(&digits);
    out.push(b'"');
}

fn comma(i: usize, out: &mut Vec<u8>) {
    if i > 0 {
        out.push(b',');
    }
}

fn opt_string(s: Option<&str>, out: &mut Vec<u8>) {
    match s {
        Some(s) => string(s, out),
        None => out.extend_from_slice(b"null"),
    }
}

/// One of newsner's own names (a type, kind, rule or modifier), which
/// never needs escaping: quoted without the scan [`string`] makes (#17).
fn word(s: &'static str, out: &mut Vec<u8>) {
    debug_assert!(!s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\'));
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
}

/// A JSON string, escaped as `serde_json` does: `"` and `\`, the short
/// escapes `\b \t \n \f \r`, other control characters as `\u00XX` (lower
/// case), everything else as is.
fn string(s: &str, out: &mut Vec<u8>) {
    let bytes = s.as_bytes();
    // (No `reserve` first: copying the string reserves room for it.)
    out.push(b'"');
    // Almost no string needs escaping: told first, and the string is
    // copied whole.
    if !needs_escape(bytes) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !ESCAPED[usize::from(b)] {
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        start = i + 1;
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 15)]);
            }
        }
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// The bytes JSON escapes: control characters, `"` and `\`.
const ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// Whether any byte of `bytes` must be escaped. Most strings are short
/// names, too short for the compiler's vectorised loop: eight bytes are
/// tested at once in a `u64` (the classic "has a zero byte" test on the
/// bytes xored with `"` and `\`, and its "has a byte below 0x20" twin),
/// the last few one by one in a table (#17).
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    // Non-zero exactly when some byte of `x` is below `n` (`n` <= 0x80).
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if below(x, 0x20)
            | below(x ^ (ONES * u64::from(b'"')), 1)
            | below(x ^ (ONES * u64::from(b'\\')), 1)
            != 0
        {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| ESCAPED[usize::from(b)])
}

/// A decimal number, without going through `fmt`.
///
/// Offsets, the numbers a record is made of, have fewer than nine
/// digits: those are written without a branch on their digits. The eight
/// digits of `n` (leading zeros and all) are packed into a `u64`, most
/// significant first, two at a time from a table; shifting the leading
/// zeros out leaves the number at the front, and the whole word is copied
/// and the tail cut off. Counting the digits and writing them one by one
/// cost two divisions and a mispredicted loop exit per digit; spans'
/// offsets were a fifth of writing a record (#17).
#[inline]
fn number(n: u64, out: &mut Vec<u8>) {
    if n >= 100_000_000 {
        return long_number(n, out);
    }
    let digits = n.checked_ilog10().unwrap_or(0) as usize + 1;
    let (high, low) = (n / 10_000, n % 10_000);
    let pair = |p: u64| u64::from(DIGIT_PAIRS[p as usize]);
    let word =
        pair(high / 100) | pair(high % 100) << 16 | pair(low / 100) << 32 | pair(low % 100) << 48;
    // Little-endian: the first byte is the lowest, so shifting right drops
    // the leading zeros.
    let packed = word >> (8 * (8 - digits));
    let len = out.len();
    out.extend_from_slice(&packed.to_le_bytes());
    out.truncate(len + digits);
}

/// "00", "01", … "99" as the two bytes of a little-endian `u16`: two
/// decimal digits at a time.
const DIGIT_PAIRS: [u16; 100] = {
    let mut t = [0u16; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = (b'0' + (i / 10) as u8) as u16 | ((b'0' + (i % 10) as u8) as u16) << 8;
        i += 1;
    }
    t
};

/// A number of nine digits or more (none in news: the slow way).
#[cold]
fn long_number(n: u64, out: &mut Vec<u8>) {
    out.extend_from_slice(n.to_string().as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_line(record: &Record) -> Vec<u8> {
        let mut out = serde_json::to_vec(record).unwrap();
        out.push(b'\n');
        out
    }

    fn odd(text: &str) -> String {
        format!("{text} \"q\" \\ \u{1} \u{8}\t\n\u{c}\r\u{1f} \u{7f} é 😀 </x>")
    }

    fn record(full: bool) -> Record {
        let span = Span { start: 3, end: 17 };
        Record {
            source: odd("dir/a b.txt"),
            date: full.then(|| "2025-01-02".to_string()),
            entities: vec![
                Entity {
                    id: "e1".into(),
                    ty: "person".into(),
                    name: odd("Jane"),
                    country: full.then(|| "GB".to_string()),
                    key: full.then(|| odd("person:jane")),
                    aliases: vec![
                        Alias {
                            name: odd("J"),
                            kind: "short_form".into(),
                            evidence: full.then_some(span.clone()),
                        },
                        Alias {
                            name: "Doe".into(),
                            kind: "nickname".into(),
                            evidence: None,
                        },
                    ],
                    mentions: vec![
                        Mention {
                            start: 0,
                            end: 18_446_744_073_709,
                            text: odd("Jane Doe"),
                            rule: "name_shape".into(),
                            evidence: full.then(|| {
                                vec![
                                    Evidence {
                                        rule: "title".into(),
                                        ty: "person".into(),
                                        weight: -2_147_483_648,
                                        from: "mention".into(),
                                    },
                                    Evidence {
                                        rule: odd("x"),
                                        ty: "not_name".into(),
                                        weight: 40,
                                        from: "article".into(),
                                    },
                                ]
                            }),
                        },
                        Mention {
                            start: 9,
                            end: 10,
                            text: String::new(),
                            rule: "r".into(),
                            evidence: full.then(Vec::new),
                        },
                    ],
                },
                Entity {
                    id: "e2".into(),
                    ty: "place".into(),
                    name: "Rome".into(),
                    country: None,
                    key: None,
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                },
            ],
            dates: vec![DateMention {
                start: 100,
                end: 106,
                text: odd("Monday"),
                ty: "date".into(),
                value: "2025-01-06".into(),
                anchor: "dates[0]".into(),
                modifier: full.then(|| "START".to_string()),
            }],
        }
    }

    #[test]
    fn writes_what_serde_json_writes() {
        for full in [false, true] {
            let record = record(full);
            let mut out = Vec::new();
            write_line(&record, &mut out);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(serde_line(&record)).unwrap()
            );
        }
        let empty = Record {
            source: String::new(),
            date: None,
            entities: Vec::new(),
            dates: Vec::new(),
        };
        let mut out = Vec::new();
        write_line(&empty, &mut out);
        assert_eq!(out, serde_line(&empty));
    }

    #[test]
    fn found_lines_are_the_records_lines() {
        let text = "date 2025-03-04 Zoë Müller, chief of Acme Corp (AC), met \"Big\" \
                    Tom Baker in São Paulo on Monday. Two days later Müller left Brazil; \
                    the AC said early 2024 was hard.";
        let article = crate::parse_article("a/b.txt", text.as_bytes(), None).unwrap();
        let types = Some(vec![crate::extract::EntityType::Place]);
        for explain in [false, true] {
            let extractor = crate::Extractor::new().with_explain(explain);
            let found = extractor.find(&article.text, article.body_start, article.date);
            for link in [false, true] {
                for trim in [
                    Trim::default(),
                    Trim {
                        types: types.clone(),
                        no_dates: true,
                    },
                ] {
                    let mut record = Record::build(&article, &found.0, &found.1);
                    if link {
                        record.fill_keys();
                    }
                    trim.apply(&mut record);
                    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
                    write_found(&article, &found.0, &found.1, link, &trim, &mut ours);
                    write_line(&record, &mut theirs);
                    assert_eq!(
                        String::from_utf8(ours).unwrap(),
                        String::from_utf8(theirs).unwrap()
                    );
                }
            }
        }
    }

    #[test]
    fn every_control_character_is_escaped_alike() {
        let s: String = (0u8..0x80).map(char::from).collect();
        let mut out = Vec::new();
        string(&s, &mut out);
        assert_eq!(out, serde_json::to_vec(&s).unwrap());
        let edges = (0..20).flat_map(|k| [10u64.pow(k) - 1, 10u64.pow(k)]);
        for n in edges.chain([7, 12_345, 90_817_263, u64::MAX]) {
            let mut out = Vec::new();
            number(n, &mut out);
            assert_eq!(out, n.to_string().as_bytes());
        }
    }

    #[test]
    fn escapes_are_found_wherever_they_fall() {
        for len in 0..24 {
            let plain = "é".repeat(len / 2) + &"a".repeat(len % 2);
            assert!(!needs_escape(plain.as_bytes()));
            for at in 0..plain.len() {
                for b in [0u8, 0x1f, b'"', b'\\'] {
                    let mut bytes = plain.clone().into_bytes();
                    bytes[at] = b;
                    assert!(needs_escape(&bytes), "{bytes:?}");
                }
                let mut bytes = plain.clone().into_bytes();
                bytes[at] = b' ';
                assert!(!needs_escape(&bytes), "{bytes:?}");
            }
        }
    }

    #[test]
    fn dates_are_written_as_displayed() {
        for (y, m, d) in [
            (2025, 1, 2),
            (1996, 12, 31),
            (7, 3, 9),
            (0, 1, 1),
            (9999, 12, 31),
        ] {
            let date = jiff::civil::date(y, m, d);
            let mut out = Vec::new();
            date_value(date, &mut out);
            assert_eq!(out, format!("\"{date}\"").as_bytes());
        }
        for date in [jiff::civil::date(-1, 1, 1), jiff::civil::Date::MIN] {
            let mut out = Vec::new();
            date_value(date, &mut out);
            assert_eq!(out, format!("\"{date}\"").as_bytes());
        }
    }
}
