//! The work of a run as items in output order: the articles of every
//! input (files, folder walks, stdin, JSON Lines streams), produced
//! lazily so that memory does not grow with the size of an archive, and
//! the inputs that failed before any article was read.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use super::walk::{Walk, Walked};
use super::{jsonl, Input, InputFormat, Runner};
use crate::error::Error;

/// One unit of work, in output order.
pub(super) enum Item {
    /// An article file: `input` indexes the command-line inputs, `rel` is
    /// its path below that folder (`None`: the input is the file).
    File {
        input: usize,
        path: PathBuf,
        rel: Option<PathBuf>,
    },
    /// The whole of stdin as one article.
    Stdin,
    /// An article from a JSON line: `at` is `FILE:LINE`.
    Json {
        at: String,
        id: Option<String>,
        date: Option<String>,
        text: String,
    },
    /// An input that failed before any article was read.
    Failed(Error),
    /// Something to tell the user that is not a failure.
    Warning { source: String, message: String },
}

impl Item {
    /// The name a record and its messages go by.
    pub(super) fn source(&self) -> String {
        match self {
            // (As `display` writes it, without going through `fmt`, #17.)
            Item::File { path, .. } => path.to_string_lossy().into_owned(),
            Item::Stdin => "-".to_string(),
            Item::Json { at, id, .. } => jsonl::Line::label(at, id.as_deref()),
            Item::Failed(_) | Item::Warning { .. } => String::new(),
        }
    }
}

impl Runner<'_> {
    /// The work items of every input, produced lazily.
    pub(super) fn items(&self) -> impl Iterator<Item = Item> + '_ {
        self.config.inputs.iter().enumerate().flat_map(
            move |(index, input)| -> Box<dyn Iterator<Item = Item>> {
                match (input, self.config.format) {
                    (Input::Stdin, InputFormat::Text) => Box::new(std::iter::once(Item::Stdin)),
                    (Input::Stdin, InputFormat::Jsonl) => {
                        let reader = std::io::BufReader::new(std::io::stdin());
                        Box::new(json_items("-".to_string(), Box::new(reader)))
                    }
                    (Input::Path(p), format) => Box::new(self.path_items(index, p, format)),
                }
            },
        )
    }

    fn path_items<'a>(
        &'a self,
        index: usize,
        path: &Path,
        format: InputFormat,
    ) -> impl Iterator<Item = Item> + 'a {
        Walk::new(path, &self.config.filter).flat_map(
            move |walked| -> Box<dyn Iterator<Item = Item>> {
                match (walked, format) {
                    (Walked::Failed(e), _) => Box::new(std::iter::once(Item::Failed(e))),
                    (Walked::Warning { source, message }, _) => {
                        Box::new(std::iter::once(Item::Warning { source, message }))
                    }
                    (Walked::File { path, rel }, InputFormat::Text) => {
                        Box::new(std::iter::once(Item::File {
                            input: index,
                            path,
                            rel,
                        }))
                    }
                    (Walked::File { path, .. }, InputFormat::Jsonl) => {
                        match std::fs::File::open(&path) {
                            Ok(f) => Box::new(json_items(
                                path.display().to_string(),
                                Box::new(std::io::BufReader::new(f)),
                            )),
                            Err(e) => Box::new(std::iter::once(Item::Failed(
                                Error::from(e).with_path(&path),
                            ))),
                        }
                    }
                }
            },
        )
    }

    /// How many items the inputs hold, for the progress bar: a walk that
    /// keeps only a count.
    pub(super) fn count_items(&self) -> u64 {
        let mut n = 0u64;
        for input in &self.config.inputs {
            let Input::Path(p) = input else {
                n += 1;
                continue;
            };
            for walked in Walk::new(p, &self.config.filter) {
                let Walked::File { path, .. } = walked else {
                    continue;
                };
                n += match self.config.format {
                    InputFormat::Text => 1,
                    InputFormat::Jsonl => std::fs::File::open(path)
                        .map(|f| std::io::BufReader::new(f).lines().count() as u64)
                        .unwrap_or(0),
                };
            }
        }
        n
    }
}

/// The articles of a JSON Lines stream as work items.
fn json_items(name: String, reader: Box<dyn BufRead + Send>) -> impl Iterator<Item = Item> {
    jsonl::lines(name, reader).map(|line| match line {
        jsonl::Line::Article { at, id, date, text } => Item::Json { at, id, date, text },
        jsonl::Line::Failed(e) => Item::Failed(e),
    })
}
