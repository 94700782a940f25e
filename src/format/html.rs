//! One self-contained HTML page for a run: each article's text with its
//! names highlighted by type and its dates marked, a legend, and a table
//! of the article's entities. No script, no external asset: the page
//! works offline, from a file, in any browser, and hovering a highlight
//! shows the entity's canonical name, aliases and the rule that typed it
//! (or a date's value and anchor) through the `title` attribute.

use super::escape_html;
use crate::reader::Article;
use crate::writer::Record;

/// The page up to the first article: styles and the legend.
pub(super) const BEGIN: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>newsner</title>
<style>
body { font: 16px/1.55 system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
header { border-bottom: 1px solid #ccc; margin-bottom: 1em; }
.legend span { margin-right: 1em; }
article { border-bottom: 1px solid #ccc; padding-bottom: 1.5em; margin-bottom: 1.5em; }
article h2 { font-size: 1.05em; font-family: ui-monospace, monospace; }
.text { white-space: pre-wrap; }
mark { border-radius: 3px; padding: 0 2px; color: inherit; }
mark.person { background: #ffd8a8; }
mark.organisation { background: #a5d8ff; }
mark.place { background: #b2f2bb; }
mark.date { background: #e5dbff; }
table { border-collapse: collapse; margin-top: 1em; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 2px 8px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
</style>
</head>
<body>
<header>
<h1>newsner</h1>
<p class="legend"><span><mark class="person">person</mark></span><span><mark class="organisation">organisation</mark></span><span><mark class="place">place</mark></span><span><mark class="date">date</mark></span> Hover a highlight for its canonical name, aliases and rule, or a date's value.</p>
</header>
"#;

/// The end of the page.
pub(super) const END: &str = "</body>\n</html>\n";

/// A highlighted stretch: code-point offsets, a CSS class, a hover text.
struct Highlight {
    start: usize,
    end: usize,
    class: String,
    title: String,
    entity: Option<String>,
}

/// Appends one article: its source and date, its highlighted text, and
/// its entity and date tables.
pub(super) fn article(article: &Article, record: &Record, out: &mut Vec<u8>) {
    let mut html = String::with_capacity(article.text.len() * 2);
    html.push_str("<article>\n<h2>");
    escape_html(&record.source, &mut html);
    html.push_str(" · ");
    html.push_str(record.date.as_deref().unwrap_or("no date"));
    html.push_str("</h2>\n<div class=\"text\">");
    highlighted_text(&article.text, &highlights(record), &mut html);
    html.push_str("</div>\n");
    entity_table(record, &mut html);
    date_table(record, &mut html);
    html.push_str("</article>\n");
    out.extend_from_slice(html.as_bytes());
}

fn highlights(record: &Record) -> Vec<Highlight> {
    let mut marks = Vec::new();
    for e in &record.entities {
        let aliases: Vec<String> = e
            .aliases
            .iter()
            .map(|a| format!("{} ({})", a.name, a.kind))
            .collect();
        for m in &e.mentions {
            let mut title = format!("{} · {} {}", e.name, e.ty, e.id);
            if !aliases.is_empty() {
                title.push_str(&format!(" · aliases: {}", aliases.join(", ")));
            }
            title.push_str(&format!(" · rule: {}", m.rule));
            marks.push(Highlight {
                start: m.start,
                end: m.end,
                class: e.ty.clone(),
                title,
                entity: Some(e.id.clone()),
            });
        }
    }
    for d in &record.dates {
        marks.push(Highlight {
            start: d.start,
            end: d.end,
            class: "date".to_string(),
            title: match &d.modifier {
                Some(m) => format!("{} {} ({m}) · anchor: {}", d.ty, d.value, d.anchor),
                None => format!("{} {} · anchor: {}", d.ty, d.value, d.anchor),
            },
            entity: None,
        });
    }
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    marks
}

/// Writes `text` escaped, with each highlight wrapped in a `<mark>`.
/// Highlights are sorted; one that overlaps an earlier one is skipped
/// rather than nested wrongly.
fn highlighted_text(text: &str, marks: &[Highlight], html: &mut String) {
    let mut marks = marks.iter().peekable();
    let mut open: Option<usize> = None;
    for (i, c) in text.chars().enumerate() {
        if open == Some(i) {
            html.push_str("</mark>");
            open = None;
        }
        while marks
            .peek()
            .is_some_and(|m| m.start < i || (open.is_some() && m.start == i))
        {
            marks.next();
        }
        if open.is_none() {
            if let Some(m) = marks.next_if(|m| m.start == i && m.end > i) {
                html.push_str("<mark class=\"");
                html.push_str(&m.class);
                html.push('"');
                if let Some(id) = &m.entity {
                    html.push_str(" data-entity=\"");
                    html.push_str(id);
                    html.push('"');
                }
                html.push_str(" title=\"");
                escape_html(&m.title, html);
                html.push_str("\">");
                open = Some(m.end);
            }
        }
        let mut buf = [0u8; 4];
        escape_html(c.encode_utf8(&mut buf), html);
    }
    if open.is_some() {
        html.push_str("</mark>");
    }
}

fn entity_table(record: &Record, html: &mut String) {
    let headers = ["id", "type", "name", "aliases", "mentions", "country"];
    let rows = record.entities.iter().map(|e| {
        let aliases: Vec<String> = e
            .aliases
            .iter()
            .map(|a| format!("{} ({})", a.name, a.kind))
            .collect();
        [
            Cell::Text(e.id.clone()),
            Cell::Marked(e.ty.clone()),
            Cell::Text(e.name.clone()),
            Cell::Text(aliases.join(", ")),
            Cell::Text(e.mentions.len().to_string()),
            Cell::Text(e.country.clone().unwrap_or_default()),
        ]
    });
    table("entities", &headers, rows, html);
}

fn date_table(record: &Record, html: &mut String) {
    let headers = ["text", "type", "value", "anchor"];
    let rows = record.dates.iter().map(|d| {
        let value = match &d.modifier {
            Some(m) => format!("{} ({m})", d.value),
            None => d.value.clone(),
        };
        [
            Cell::Text(d.text.clone()),
            Cell::Text(d.ty.clone()),
            Cell::Text(value),
            Cell::Text(d.anchor.clone()),
        ]
    });
    table("dates", &headers, rows, html);
}

/// A table cell: text to escape, or a type shown in its highlight colour.
enum Cell {
    Text(String),
    Marked(String),
}

/// Writes a table with a header row; nothing when there are no rows.
fn table<const N: usize>(
    class: &str,
    headers: &[&str; N],
    rows: impl Iterator<Item = [Cell; N]>,
    html: &mut String,
) {
    let mut rows = rows.peekable();
    if rows.peek().is_none() {
        return;
    }
    html.push_str(&format!("<table class=\"{class}\">\n<tr>"));
    for h in headers {
        html.push_str(&format!("<th>{h}</th>"));
    }
    html.push_str("</tr>\n");
    for row in rows {
        html.push_str("<tr>");
        for cell in row {
            html.push_str("<td>");
            match cell {
                Cell::Text(text) => escape_html(&text, html),
                Cell::Marked(class) => {
                    html.push_str(&format!("<mark class=\"{class}\">{class}</mark>"))
                }
            }
            html.push_str("</td>");
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</table>\n");
}

#[cfg(test)]
mod tests {

    #[test]
    fn mentions_and_dates_are_marked_and_text_escaped() {
        let article = crate::parse_article(
            "a.txt",
            b"date 2025-12-22 Mehmet Goren left Ankara <again> on Friday.",
            None,
        )
        .unwrap();
        let record = crate::Extractor::new().extract(&article);
        let mut out = Vec::new();
        super::article(&article, &record, &mut out);
        let html = String::from_utf8(out).unwrap();
        assert!(
            html.contains("<mark class=\"person\" data-entity=\"e1\" title=\"Mehmet Goren · person e1 · rule: "),
            "{html}"
        );
        assert!(html.contains(">Mehmet Goren</mark> left <mark class=\"place\""));
        assert!(html.contains("&lt;again&gt;"));
        assert!(html.contains(
            "<mark class=\"date\" title=\"date 2025-12-19 · anchor: article\">Friday</mark>"
        ));
        assert!(html.contains("<table class=\"entities\">"));
        assert_eq!(
            html.matches("<mark").count(),
            html.matches("</mark>").count()
        );
    }
}
