//! How records are written: JSON Lines (the default and the schema of
//! record), a self-contained HTML page that highlights what was found, or
//! a TSV table of mentions and dates for spreadsheets and databases.
//!
//! A run writes [`OutputFormat::begin`], then one [`OutputFormat::article`]
//! per record, then [`OutputFormat::end`]; with `--out-dir`, each file is
//! a whole document of its own (an HTML page, a TSV with its header).
//! [`Trim`] drops what the user did not ask for before any of them.

mod html;
mod json;
mod tsv;

use crate::extract::dates::FoundDate;
use crate::extract::{EntityType, FoundEntity};
use crate::reader::Article;
use crate::writer::Record;

/// The JSON Schema (draft 2020-12) of a record, as `newsner --schema`
/// prints it; the same file is `schema/record.schema.json` in the
/// repository, and a test checks real records against it.
pub const SCHEMA: &str = include_str!("../../schema/record.schema.json");

/// The shape of the output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OutputFormat {
    /// One JSON record per line (indented with `pretty`).
    #[default]
    Json,
    /// One HTML page for the run, articles highlighted.
    Html,
    /// One row per mention and per date, tab-separated.
    Tsv,
}

impl OutputFormat {
    /// The name used on the command line and in output folders.
    pub fn as_str(self) -> &'static str {
        match self {
            OutputFormat::Json => "json",
            OutputFormat::Html => "html",
            OutputFormat::Tsv => "tsv",
        }
    }

    /// What comes before the first record of a document.
    pub fn begin(self) -> &'static [u8] {
        match self {
            OutputFormat::Json => b"",
            OutputFormat::Html => html::BEGIN.as_bytes(),
            OutputFormat::Tsv => tsv::HEADER.as_bytes(),
        }
    }

    /// What comes after the last record of a document.
    pub fn end(self) -> &'static [u8] {
        match self {
            OutputFormat::Json | OutputFormat::Tsv => b"",
            OutputFormat::Html => html::END.as_bytes(),
        }
    }

    /// Appends one article's record to `out` straight from what the
    /// extractor found, when the format allows (compact JSON): the same
    /// bytes as [`Record::build`], [`Record::fill_keys`] (with `link`),
    /// [`Trim::apply`] and [`OutputFormat::article`], without the record.
    /// Returns false, writing nothing, for the other formats.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn found(
        self,
        article: &Article,
        found: &(Vec<FoundEntity>, Vec<FoundDate>),
        link: bool,
        trim: &Trim,
        pretty: bool,
        out: &mut Vec<u8>,
    ) -> bool {
        if self != OutputFormat::Json || pretty {
            return false;
        }
        json::write_found(article, &found.0, &found.1, link, trim, out);
        true
    }

    /// Appends one article's record to `out`.
    pub fn article(self, article: &Article, record: &Record, pretty: bool, out: &mut Vec<u8>) {
        match self {
            OutputFormat::Json if !pretty => json::write_line(record, out),
            OutputFormat::Json => record
                .write_to(&mut *out, pretty)
                .expect("writing to memory cannot fail"),
            OutputFormat::Html => html::article(article, record, out),
            OutputFormat::Tsv => tsv::article(record, out),
        }
    }
}

/// What to leave out of every record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trim {
    /// Keep only entities of these types (`None`: all).
    pub types: Option<Vec<EntityType>>,
    /// Leave out dates.
    pub no_dates: bool,
}

impl Trim {
    /// Drops the entities and dates not asked for. Entity ids are kept as
    /// they were, so `e3` means the same entity with or without `--types`.
    pub fn apply(&self, record: &mut Record) {
        if let Some(types) = &self.types {
            record
                .entities
                .retain(|e| types.iter().any(|t| t.as_str() == e.ty));
        }
        if self.no_dates {
            record.dates.clear();
        }
    }

    /// True when nothing is left out.
    pub fn is_none(&self) -> bool {
        self.types.is_none() && !self.no_dates
    }
}

/// Text with the characters HTML gives meaning to escaped.
fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
