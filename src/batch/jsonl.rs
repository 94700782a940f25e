//! Reads articles framed as JSON Lines: one `{"id", "date", "text"}`
//! object per line.
//!
//! Every message names the file and the line, once: `feed.jsonl:2: …`
//! (serde's own "at line 1 column 55" counts inside the one line, so it
//! becomes a column). A UTF-8 byte-order mark before the first line is
//! dropped, as editors on Windows write one.

use std::io::BufRead;

use serde_json::Value;

use crate::error::{Error, ErrorKind};

/// One line's outcome.
pub(crate) enum Line {
    /// An article: `at` is `FILE:LINE`, `id` the id as text, when given.
    Article {
        at: String,
        id: Option<String>,
        date: Option<String>,
        text: String,
    },
    /// The line is not an article object.
    Failed(Error),
}

impl Line {
    /// How messages about this article name it: `FILE:LINE (id …)`.
    pub(crate) fn label(at: &str, id: Option<&str>) -> String {
        match id {
            Some(id) => format!("{at} (id {id})"),
            None => at.to_string(),
        }
    }
}

/// The articles of a JSON Lines stream named `name`, lazily; blank lines
/// are skipped.
pub(crate) fn lines(name: String, reader: Box<dyn BufRead + Send>) -> impl Iterator<Item = Line> {
    reader.lines().enumerate().filter_map(move |(i, line)| {
        let at = format!("{name}:{}", i + 1);
        let line = match line {
            Ok(l) => l,
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                return Some(Line::Failed(
                    Error::new(ErrorKind::InvalidArgument(
                        "not valid UTF-8 (JSON Lines must be UTF-8)".to_string(),
                    ))
                    .with_path(at),
                ))
            }
            Err(e) => return Some(Line::Failed(Error::from(e).with_path(at))),
        };
        let line = if i == 0 {
            line.trim_start_matches('\u{feff}')
        } else {
            &line
        };
        if line.trim().is_empty() {
            return None;
        }
        Some(match parse(line) {
            Ok((id, date, text)) => Line::Article { at, id, date, text },
            Err(message) => {
                Line::Failed(Error::new(ErrorKind::InvalidArgument(message)).with_path(at))
            }
        })
    })
}

/// Reads one line's object: its id, date and text.
fn parse(line: &str) -> Result<(Option<String>, Option<String>, String), String> {
    let value: Value = serde_json::from_str(line).map_err(|e| malformed(&e))?;
    let Value::Object(mut object) = value else {
        return Err(format!(
            "expected an object {{\"id\", \"date\", \"text\"}}, found {}",
            kind(&value)
        ));
    };
    let text = match object.remove("text") {
        Some(Value::String(text)) => text,
        Some(other) => return Err(format!("\"text\" must be a string, found {}", kind(&other))),
        None => return Err("the object has no \"text\" field".to_string()),
    };
    let id = match object.remove("id") {
        Some(Value::String(s)) => Some(s),
        None | Some(Value::Null) => None,
        Some(other) => Some(other.to_string()),
    };
    let date = match object.remove("date") {
        Some(Value::String(s)) => Some(s),
        None | Some(Value::Null) => None,
        Some(other) => {
            return Err(format!(
                "\"date\" must be a string such as \"2025-12-22\", found {}",
                kind(&other)
            ))
        }
    };
    Ok((id, date, text))
}

/// serde's message without its own line number (always 1 here).
fn malformed(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let what = match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => &text,
    };
    format!("malformed JSON: {what} (column {})", e.column())
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Vec<Result<(Option<String>, String), String>> {
        let reader = Box::new(std::io::Cursor::new(input.as_bytes().to_vec()));
        lines("feed.jsonl".to_string(), reader)
            .map(|l| match l {
                Line::Article { at, id, .. } => Ok((id, at)),
                Line::Failed(e) => Err(e.to_string()),
            })
            .collect()
    }

    #[test]
    fn messages_name_file_and_line_once() {
        let got = read("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\" \"text\": \"y\"}\n[1,2]\n\n{\"id\": 7}\n");
        assert_eq!(
            got[0],
            Ok((Some("a".to_string()), "feed.jsonl:1".to_string()))
        );
        let e = got[1].as_ref().unwrap_err();
        assert!(
            e.starts_with("feed.jsonl:2: malformed JSON: expected"),
            "{e}"
        );
        assert!(e.ends_with("(column 12)") && !e.contains("line 1"), "{e}");
        assert_eq!(
            got[2],
            Err(
                "feed.jsonl:3: expected an object {\"id\", \"date\", \"text\"}, found an array"
                    .to_string()
            )
        );
        assert_eq!(
            got[3],
            Err("feed.jsonl:5: the object has no \"text\" field".to_string())
        );
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let got = read("\u{feff}{\"text\": \"x\"}\n");
        assert_eq!(got, [Ok((None, "feed.jsonl:1".to_string()))]);
    }
}
