//! One row per mention and one per date, so a spreadsheet or a database
//! can load the whole run as one table.
//!
//! Columns: `source`, `row` (`mention` or `date`), `entity` (its id),
//! `type` (the entity's type, or the date's TIMEX3 type), `name` (the
//! entity's canonical name), `text` (as written), `start`, `end`
//! (code points, as in JSON), `rule` (the mention's rule, or the date's
//! anchor) and `value` (the date's value). Tabs, line breaks and
//! backslashes inside a field are written `\t`, `\n`, `\r` and `\\`, so
//! every row is one line with exactly ten fields.

use crate::writer::Record;

/// The header row.
pub(super) const HEADER: &str = "source\trow\tentity\ttype\tname\ttext\tstart\tend\trule\tvalue\n";

/// Appends the rows of one record.
pub(super) fn article(record: &Record, out: &mut Vec<u8>) {
    let mut line = String::new();
    for e in &record.entities {
        for m in &e.mentions {
            row(
                &mut line,
                &[
                    &record.source,
                    "mention",
                    &e.id,
                    &e.ty,
                    &e.name,
                    &m.text,
                    &m.start.to_string(),
                    &m.end.to_string(),
                    &m.rule,
                    "",
                ],
            );
        }
    }
    for d in &record.dates {
        row(
            &mut line,
            &[
                &record.source,
                "date",
                "",
                &d.ty,
                "",
                &d.text,
                &d.start.to_string(),
                &d.end.to_string(),
                &d.anchor,
                &d.value,
            ],
        );
    }
    out.extend_from_slice(line.as_bytes());
}

fn row(line: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            line.push('\t');
        }
        for c in field.chars() {
            match c {
                '\t' => line.push_str("\\t"),
                '\n' => line.push_str("\\n"),
                '\r' => line.push_str("\\r"),
                '\\' => line.push_str("\\\\"),
                c => line.push(c),
            }
        }
    }
    line.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_escaped_and_rows_have_ten_fields() {
        let input = crate::parse_article(
            "a\tb.txt",
            b"date 2025-12-22 Mehmet Goren left Ankara on Friday.",
            None,
        )
        .unwrap();
        let record = crate::Extractor::new().extract(&input);
        let mut out = Vec::new();
        article(&record, &mut out);
        let text = String::from_utf8(out).unwrap();
        for line in text.lines() {
            assert_eq!(line.split('\t').count(), 10, "{line}");
            assert!(line.starts_with("a\\tb.txt\t"), "{line}");
        }
        assert!(text.contains("\tmention\te1\tperson\tMehmet Goren\tMehmet Goren\t16\t28\t"));
        assert!(text.contains("\tdate\t\tdate\t\tFriday\t"));
        assert!(text.trim_end().ends_with("\t2025-12-19"));
    }
}
