//! Runs the extractor over the inputs of one invocation: files, folders
//! (every `*.txt` below them, in sorted path order) and stdin, writing one
//! JSON line per article as soon as it is done.
//!
//! A bad input never stops the run: it is reported through the caller's
//! callback and counted, and every other input is still processed and
//! written. Output to a file goes to a temporary file beside it that is
//! renamed into place at the end, so a reader never sees half a file.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::error::{Error, ErrorKind, Result};
use crate::extract::Extractor;
use crate::reader::parse_article;

/// One input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-`, or no argument at all).
    Stdin,
    /// A file or a folder.
    Path(PathBuf),
}

/// Where records go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// Standard output.
    Stdout,
    /// A file, replaced atomically when the run ends.
    File(PathBuf),
}

/// A validated run configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Inputs in command-line order.
    pub inputs: Vec<Input>,
    /// Where records go.
    pub output: Output,
    /// Indent the JSON.
    pub pretty: bool,
    /// Article date for inputs without a date header.
    pub default_date: Option<Date>,
}

/// Something the user should hear about during a run.
#[derive(Debug)]
pub enum Notice<'a> {
    /// An input could not be processed; nothing was written for it.
    Failed(&'a Error),
    /// An input was processed, but something about it is off.
    Warning {
        /// The input's source name.
        source: &'a str,
        /// What is off, in one line.
        message: &'a str,
    },
}

/// How a run went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Articles written.
    pub written: usize,
    /// Inputs that failed.
    pub failed: usize,
}

/// Processes every input of `config`, calling `notify` for each failure or
/// warning as it happens.
///
/// # Errors
///
/// Fails only when the output cannot be written (including a closed pipe,
/// see [`Error::is_broken_pipe`]); bad inputs are reported through
/// `notify` and counted in [`Outcome::failed`].
pub fn run(config: &Config, mut notify: impl FnMut(Notice<'_>)) -> Result<Outcome> {
    let extractor = Extractor::new();
    match &config.output {
        Output::Stdout => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let outcome = process_all(config, &extractor, &mut out, &mut notify)?;
            out.flush()?;
            Ok(outcome)
        }
        Output::File(path) => {
            let fail = |e: std::io::Error| Error::from(e).with_path(path);
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            let tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
            let mut out = std::io::BufWriter::new(tmp);
            let outcome = process_all(config, &extractor, &mut out, &mut notify).map_err(|e| {
                match e.path() {
                    Some(_) => e,
                    None => e.with_path(path),
                }
            })?;
            let tmp = out.into_inner().map_err(|e| fail(e.into_error()))?;
            tmp.as_file().sync_all().map_err(fail)?;
            tmp.persist(path).map_err(|e| fail(e.error))?;
            Ok(outcome)
        }
    }
}

fn process_all(
    config: &Config,
    extractor: &Extractor,
    out: &mut impl Write,
    notify: &mut impl FnMut(Notice<'_>),
) -> Result<Outcome> {
    let mut outcome = Outcome::default();
    for input in &config.inputs {
        let sources = match input {
            Input::Stdin => vec![Source::Stdin],
            Input::Path(p) => match expand(p, notify, &mut outcome) {
                Ok(files) => files.into_iter().map(Source::File).collect(),
                Err(e) => {
                    notify(Notice::Failed(&e));
                    outcome.failed += 1;
                    continue;
                }
            },
        };
        for source in sources {
            match source.load(config.default_date) {
                Ok(article) => {
                    for w in &article.warnings {
                        notify(Notice::Warning {
                            source: &article.source,
                            message: w,
                        });
                    }
                    let record = extractor.extract(&article);
                    record.write_to(&mut *out, config.pretty)?;
                    outcome.written += 1;
                }
                Err(e) => {
                    notify(Notice::Failed(&e));
                    outcome.failed += 1;
                }
            }
        }
    }
    Ok(outcome)
}

enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn load(&self, default_date: Option<Date>) -> Result<crate::Article> {
        match self {
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::from(e).with_path("-"))?;
                parse_article("-", &bytes, default_date)
            }
            Source::File(path) => {
                let name = path.display().to_string();
                let bytes = std::fs::read(path).map_err(|e| Error::from(e).with_path(path))?;
                parse_article(&name, &bytes, default_date)
            }
        }
    }
}

/// The files an input path stands for: itself, or every `*.txt` below a
/// folder in sorted path order. Unreadable sub-folders are reported and
/// skipped.
fn expand(
    path: &Path,
    notify: &mut impl FnMut(Notice<'_>),
    outcome: &mut Outcome,
) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::new(ErrorKind::NotFound).with_path(path),
        _ => Error::from(e).with_path(path),
    })?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut pending = vec![path.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                let e = Error::from(e).with_path(&dir);
                if dir == path {
                    return Err(e);
                }
                notify(Notice::Failed(&e));
                outcome.failed += 1;
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    notify(Notice::Failed(&Error::from(e).with_path(&dir)));
                    outcome.failed += 1;
                    continue;
                }
            };
            let p = entry.path();
            if p.is_dir() {
                pending.push(p);
            } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")) {
                files.push(p);
            }
        }
    }
    files.sort();
    Ok(files)
}
