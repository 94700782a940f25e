//! Runs the extractor over the inputs of one invocation: files, folders
//! (every matching file below them, in sorted path order), stdin, and JSON
//! Lines streams, in parallel, writing records in input order.
//!
//! Work is read lazily and processed in small batches on a thread pool:
//! each batch is extracted and serialised in parallel, then written in
//! order before the next batch is read. Memory therefore stays bounded by
//! the batch, whatever the size of the archive, and the output is
//! byte-identical whatever the number of threads.
//!
//! A bad input never stops the run: it is reported through the caller's
//! callback and counted, and every other input is still processed and
//! written. Files are written atomically (a temporary file beside the
//! target, then a rename), so an interrupted run leaves only whole files.

use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use rayon::prelude::*;

use crate::error::{Error, ErrorKind, Result};
use crate::extract::Extractor;
use crate::reader::{parse_article_with, Article, ReadOptions};

/// One input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-`, or no argument at all).
    Stdin,
    /// A file or a folder.
    Path(PathBuf),
}

/// How inputs are framed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// One article per file (`*.txt` in folders).
    #[default]
    Text,
    /// One JSON object per line, `{"id": …, "date": …, "text": …}`
    /// (`*.jsonl` in folders).
    Jsonl,
}

/// Where records go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// Standard output, one JSON line per article.
    Stdout,
    /// One file of JSON lines, replaced atomically when the run ends.
    File(PathBuf),
    /// One `.json` file per article, mirroring the input tree.
    Dir {
        /// The folder to write into.
        path: PathBuf,
        /// Redo articles whose output is newer than their input.
        force: bool,
    },
}

/// A validated run configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Inputs in command-line order.
    pub inputs: Vec<Input>,
    /// How inputs are framed.
    pub format: InputFormat,
    /// Where records go.
    pub output: Output,
    /// Indent the JSON.
    pub pretty: bool,
    /// How raw bytes are read (default date, lossy UTF-8).
    pub read: ReadOptions,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// Show a progress bar on stderr.
    pub progress: bool,
    /// Give each entity a `key` that is stable across articles.
    pub link: bool,
    /// Add every piece of typing evidence to each mention.
    pub explain: bool,
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
    /// Articles skipped because their output was up to date.
    pub skipped: usize,
    /// Inputs that failed.
    pub failed: usize,
}

/// Set by a Ctrl-C handler: the run stops after the batch in hand, so
/// that every file it wrote is whole.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Asks a running [`run`] to stop at the next batch boundary. Safe to call
/// from a signal handler.
pub fn interrupt() {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Processes every input of `config`, calling `notify` for each failure or
/// warning, in input order, as it happens.
///
/// # Errors
///
/// Fails when the output cannot be written (including a closed pipe, see
/// [`Error::is_broken_pipe`]) or the run was interrupted
/// ([`ErrorKind::Interrupted`]); bad inputs are reported through `notify`
/// and counted in [`Outcome::failed`].
pub fn run(config: &Config, mut notify: impl FnMut(Notice<'_>)) -> Result<Outcome> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .map_err(|e| Error::new(ErrorKind::InvalidArgument(format!("thread pool: {e}"))))?;
    let extractor = Extractor::new().with_explain(config.explain);
    let runner = Runner {
        config,
        extractor: &extractor,
        pool: &pool,
    };
    match &config.output {
        Output::Stdout => {
            let stdout = std::io::stdout();
            let (outcome, _) =
                runner.stream_into(stdout.lock(), Path::new("<stdout>"), &mut notify)?;
            Ok(outcome)
        }
        // A device or pipe ("-o /dev/stdout") is written in place: renaming
        // a temporary file over it would replace the device itself.
        Output::File(path)
            if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) =>
        {
            let fail = |e: std::io::Error| Error::from(e).with_path(path);
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(fail)?;
            let (outcome, _) = runner.stream_into(file, path, &mut notify)?;
            Ok(outcome)
        }
        Output::File(path) => {
            let fail = |e: std::io::Error| Error::from(e).with_path(path);
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            let tmp = tempfile::Builder::new()
                .prefix(".newsner-")
                .tempfile_in(dir)
                .map_err(fail)?;
            let (outcome, tmp) = runner.stream_into(tmp, path, &mut notify)?;
            tmp.as_file().sync_all().map_err(fail)?;
            tmp.persist(path).map_err(|e| fail(e.error))?;
            Ok(outcome)
        }
        Output::Dir { path, force } => {
            std::fs::create_dir_all(path).map_err(|e| Error::from(e).with_path(path))?;
            runner.run(
                Sink::Dir {
                    root: path,
                    force: *force,
                },
                &mut notify,
            )
        }
    }
}

/// One unit of work, in output order.
enum Item {
    /// An article file; `rel` is its path below the input folder.
    File { path: PathBuf, rel: PathBuf },
    /// The whole of stdin as one article.
    Stdin,
    /// An article from a JSON line.
    Json {
        source: String,
        date: Option<String>,
        text: String,
    },
    /// An input that failed before any article was read.
    Failed(Error),
    /// Something to tell the user that is not a failure.
    Warning { source: String, message: String },
}

enum Sink<'a> {
    Stream(&'a mut dyn Write),
    Dir { root: &'a Path, force: bool },
}

/// What became of one item.
enum Done {
    /// The serialised record and the article's warnings.
    Written {
        source: String,
        json: Vec<u8>,
        warnings: Vec<String>,
    },
    /// The output is newer than the input.
    Skipped,
    Failed(Error),
    Warned {
        source: String,
        message: String,
    },
}

struct Runner<'a> {
    config: &'a Config,
    extractor: &'a Extractor,
    pool: &'a rayon::ThreadPool,
}

impl Runner<'_> {
    /// Runs every input into `out`, buffered, and returns it flushed so the
    /// caller can finish it (rename a temporary file). Errors that name no
    /// input are named after `name`, the output.
    fn stream_into<W: Write>(
        &self,
        out: W,
        name: &Path,
        notify: &mut dyn FnMut(Notice<'_>),
    ) -> Result<(Outcome, W)> {
        let named = |e: Error| match e.path() {
            Some(_) => e,
            None => e.with_path(name),
        };
        let mut buffered = std::io::BufWriter::new(out);
        let outcome = self
            .run(Sink::Stream(&mut buffered), notify)
            .map_err(named)?;
        let out = buffered
            .into_inner()
            .map_err(|e| named(Error::from(e.into_error())))?;
        Ok((outcome, out))
    }

    fn run(&self, mut sink: Sink<'_>, notify: &mut dyn FnMut(Notice<'_>)) -> Result<Outcome> {
        let batch_size = 64 * self.pool.current_num_threads().max(1);
        let bar = self
            .config
            .progress
            .then(|| progress_bar(self.count_items()));
        let started = Instant::now();
        let mut bytes_done = 0u64;
        let mut outcome = Outcome::default();
        let mut items = self.items();
        loop {
            if INTERRUPTED.load(Ordering::SeqCst) {
                return Err(Error::new(ErrorKind::Interrupted));
            }
            let batch: Vec<Item> = items.by_ref().take(batch_size).collect();
            if batch.is_empty() {
                break;
            }
            let dir = match &sink {
                Sink::Dir { root, force } => Some((*root, *force)),
                Sink::Stream(_) => None,
            };
            let done: Vec<(Done, u64)> = self.pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|item| self.process(item, dir))
                    .collect()
            });
            for (done, bytes) in done {
                bytes_done += bytes;
                match done {
                    Done::Written {
                        source,
                        json,
                        warnings,
                    } => {
                        for message in &warnings {
                            notify(Notice::Warning {
                                source: &source,
                                message,
                            });
                        }
                        if let Sink::Stream(out) = &mut sink {
                            out.write_all(&json)?;
                        }
                        outcome.written += 1;
                    }
                    Done::Skipped => outcome.skipped += 1,
                    Done::Warned { source, message } => notify(Notice::Warning {
                        source: &source,
                        message: &message,
                    }),
                    Done::Failed(e) => {
                        notify(Notice::Failed(&e));
                        outcome.failed += 1;
                    }
                }
                if let Some(bar) = &bar {
                    bar.inc(1);
                    let secs = started.elapsed().as_secs_f64().max(1e-3);
                    bar.set_message(format!("{:.1} MB/s", bytes_done as f64 / secs / 1e6));
                }
            }
        }
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        Ok(outcome)
    }

    /// Extracts one item and serialises its record (or, with an output
    /// folder, writes it). Runs on the pool.
    fn process(&self, item: Item, dir: Option<(&Path, bool)>) -> (Done, u64) {
        let (source, input_path, rel, article) = match item {
            Item::Failed(e) => return (Done::Failed(e), 0),
            Item::Warning { source, message } => return (Done::Warned { source, message }, 0),
            Item::File { path, rel } => {
                if let Some((root, false)) = dir {
                    if is_up_to_date(&path, &out_path(root, &rel)) {
                        return (Done::Skipped, 0);
                    }
                }
                let name = path.display().to_string();
                let article = std::fs::read(&path)
                    .map_err(|e| Error::from(e).with_path(&path))
                    .and_then(|bytes| parse_article_with(&name, &bytes, &self.config.read));
                (name, Some(path), rel, article)
            }
            Item::Stdin => {
                let mut bytes = Vec::new();
                let article = std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::from(e).with_path("-"))
                    .and_then(|_| parse_article_with("-", &bytes, &self.config.read));
                ("-".to_string(), None, PathBuf::from("stdin"), article)
            }
            Item::Json { source, date, text } => {
                let rel = PathBuf::from(safe_file_name(&source));
                let article = self.json_article(&source, date.as_deref(), &text);
                (source, None, rel, article)
            }
        };
        let article = match article {
            Ok(a) => a,
            Err(e) => return (Done::Failed(e), 0),
        };
        let bytes = article.text.len() as u64;
        let mut record = self.extractor.extract(&article);
        if self.config.link {
            record.fill_keys();
        }
        let mut json = Vec::with_capacity(article.text.len() / 2);
        record
            .write_to(&mut json, self.config.pretty)
            .expect("writing to memory cannot fail");
        if let Some((root, force)) = dir {
            let target = out_path(root, &rel);
            if !force && input_path.is_none() && target.exists() {
                // Stdin and JSON lines have no modification time: an
                // existing output is redone only with --force.
                return (Done::Skipped, bytes);
            }
            if let Err(e) = write_atomically(&target, &json) {
                return (Done::Failed(e), bytes);
            }
        }
        let done = Done::Written {
            source,
            json,
            warnings: article.warnings,
        };
        (done, bytes)
    }

    fn json_article(&self, source: &str, date: Option<&str>, text: &str) -> Result<Article> {
        let mut warnings = Vec::new();
        let mut options = self.config.read;
        let explicit = match date {
            Some(d) => match crate::reader::parse_date(d) {
                Ok(d) => Some(d),
                Err(_) => {
                    warnings.push(format!("invalid date '{d}' in the JSON line; ignored"));
                    None
                }
            },
            None => None,
        };
        if explicit.is_some() {
            options.default_date = explicit;
        }
        let mut article = parse_article_with(source, text.as_bytes(), &options)?;
        if explicit.is_some() {
            article.date = explicit;
        }
        article.warnings.extend(warnings);
        Ok(article)
    }

    /// The work items of every input, produced lazily.
    fn items(&self) -> impl Iterator<Item = Item> + '_ {
        self.config
            .inputs
            .iter()
            .flat_map(move |input| -> Box<dyn Iterator<Item = Item>> {
                match (input, self.config.format) {
                    (Input::Stdin, InputFormat::Text) => Box::new(std::iter::once(Item::Stdin)),
                    (Input::Stdin, InputFormat::Jsonl) => {
                        let reader = std::io::BufReader::new(std::io::stdin());
                        Box::new(json_lines("-".to_string(), Box::new(reader)))
                    }
                    (Input::Path(p), format) => Box::new(self.path_items(p, format)),
                }
            })
    }

    fn path_items(&self, path: &Path, format: InputFormat) -> impl Iterator<Item = Item> {
        let ext = match format {
            InputFormat::Text => "txt",
            InputFormat::Jsonl => "jsonl",
        };
        // A folder with no article files is worth a warning: the user may
        // have meant --input jsonl, or another folder.
        let mut files = Walk::new(path, ext);
        let (root, is_dir) = (path.to_path_buf(), path.is_dir());
        let (mut seen, mut ended) = (0usize, false);
        let entries = std::iter::from_fn(move || {
            if ended {
                return None;
            }
            match files.next() {
                Some(Ok(file)) => {
                    seen += 1;
                    Some(Ok(Ok(file)))
                }
                Some(Err(e)) => Some(Ok(Err(e))),
                None => {
                    ended = true;
                    (is_dir && seen == 0).then(|| Err(root.display().to_string()))
                }
            }
        });
        entries.flat_map(move |entry| -> Box<dyn Iterator<Item = Item>> {
            let entry = match entry {
                Ok(entry) => entry,
                Err(source) => {
                    return Box::new(std::iter::once(Item::Warning {
                        source,
                        message: format!("no *.{ext} files below this folder"),
                    }))
                }
            };
            match (entry, format) {
                (Err(e), _) => Box::new(std::iter::once(Item::Failed(e))),
                (Ok((path, rel)), InputFormat::Text) => {
                    Box::new(std::iter::once(Item::File { path, rel }))
                }
                (Ok((path, _)), InputFormat::Jsonl) => match std::fs::File::open(&path) {
                    Ok(f) => Box::new(json_lines(
                        path.display().to_string(),
                        Box::new(std::io::BufReader::new(f)),
                    )),
                    Err(e) => Box::new(std::iter::once(Item::Failed(
                        Error::from(e).with_path(&path),
                    ))),
                },
            }
        })
    }

    /// How many items the inputs hold, for the progress bar: a walk that
    /// keeps only a count.
    fn count_items(&self) -> u64 {
        let mut n = 0u64;
        for input in &self.config.inputs {
            match (input, self.config.format) {
                (Input::Path(p), InputFormat::Text) => n += Walk::new(p, "txt").count() as u64,
                (Input::Path(p), InputFormat::Jsonl) => {
                    for (path, _) in Walk::new(p, "jsonl").flatten() {
                        if let Ok(f) = std::fs::File::open(path) {
                            n += std::io::BufReader::new(f).lines().count() as u64;
                        }
                    }
                }
                (Input::Stdin, _) => n += 1,
            }
        }
        n
    }
}

fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    let style =
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} articles  {msg}  ETA {eta}")
            .expect("valid template");
    bar.set_style(style);
    bar
}

/// Reads `{"id": …, "date": …, "text": …}` objects, one per line. A
/// malformed line becomes a failed item naming the line; the rest go on.
fn json_lines(name: String, reader: Box<dyn BufRead + Send>) -> impl Iterator<Item = Item> {
    #[derive(serde::Deserialize)]
    struct Line {
        id: Option<serde_json::Value>,
        date: Option<String>,
        text: String,
    }
    reader.lines().enumerate().filter_map(move |(i, line)| {
        let at = format!("{name}:{}", i + 1);
        let line = match line {
            Ok(l) if l.trim().is_empty() => return None,
            Ok(l) => l,
            Err(e) => return Some(Item::Failed(Error::from(e).with_path(at))),
        };
        Some(match serde_json::from_str::<Line>(&line) {
            Ok(l) => Item::Json {
                source: match l.id {
                    Some(serde_json::Value::String(s)) => s,
                    Some(v) if !v.is_null() => v.to_string(),
                    _ => at,
                },
                date: l.date,
                text: l.text,
            },
            Err(e) => Item::Failed(
                Error::new(ErrorKind::InvalidArgument(format!(
                    "malformed JSON line: {e}"
                )))
                .with_path(at),
            ),
        })
    })
}

/// A lazy, sorted, recursive walk: a file argument yields itself; a folder
/// yields every file with the extension below it, each folder's entries
/// sorted by name (which is `Path` order), holding one folder listing per
/// level rather than the whole tree.
struct Walk {
    root: PathBuf,
    ext: &'static str,
    stack: Vec<std::vec::IntoIter<PathBuf>>,
    first: Option<Result<(PathBuf, PathBuf)>>,
}

impl Walk {
    fn new(root: &Path, ext: &'static str) -> Walk {
        let mut walk = Walk {
            root: root.to_path_buf(),
            ext,
            stack: Vec::new(),
            first: None,
        };
        match std::fs::metadata(root) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                walk.first = Some(Err(Error::new(ErrorKind::NotFound).with_path(root)));
            }
            Err(e) => walk.first = Some(Err(Error::from(e).with_path(root))),
            Ok(m) if m.is_dir() => match list_dir(root) {
                Ok(entries) => walk.stack.push(entries.into_iter()),
                Err(e) => walk.first = Some(Err(e)),
            },
            Ok(_) => {
                let rel = root
                    .file_name()
                    .map_or_else(|| root.to_path_buf(), PathBuf::from);
                walk.first = Some(Ok((root.to_path_buf(), rel)));
            }
        }
        walk
    }
}

fn list_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::from(e).with_path(dir))? {
        entries.push(entry.map_err(|e| Error::from(e).with_path(dir))?.path());
    }
    entries.sort();
    Ok(entries)
}

impl Iterator for Walk {
    type Item = Result<(PathBuf, PathBuf)>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(first) = self.first.take() {
            return Some(first);
        }
        loop {
            let top = self.stack.last_mut()?;
            let Some(path) = top.next() else {
                self.stack.pop();
                continue;
            };
            if path.is_dir() {
                match list_dir(&path) {
                    Ok(entries) => self.stack.push(entries.into_iter()),
                    Err(e) => return Some(Err(e)),
                }
            } else if path
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case(self.ext))
            {
                let rel = path.strip_prefix(&self.root).unwrap_or(&path).to_path_buf();
                return Some(Ok((path, rel)));
            }
        }
    }
}

/// `DIR/a/b.txt` → `OUT/a/b.json`.
fn out_path(root: &Path, rel: &Path) -> PathBuf {
    root.join(rel).with_extension("json")
}

/// True when `output` exists and was modified no earlier than `input`.
fn is_up_to_date(input: &Path, output: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(input), modified(output)) {
        (Some(i), Some(o)) => o >= i,
        _ => false,
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder
/// and a rename, so the file is either absent, old, or whole.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| Error::from(e).with_path(path);
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".newsner-")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// A file name for a JSON line's id: path separators and other awkward
/// characters become `_`.
fn safe_file_name(id: &str) -> String {
    let name: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    match name.trim_start_matches('.') {
        "" => "_".to_string(),
        n => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_become_safe_file_names() {
        assert_eq!(safe_file_name("a/b c"), "a_b_c");
        assert_eq!(safe_file_name("../x"), "_x");
        assert_eq!(safe_file_name(""), "_");
    }

    #[test]
    fn walk_is_sorted_like_paths() {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["a.txt", "a/c.txt", "b.txt", "a/b/z.txt", "x.md"] {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let rels: Vec<PathBuf> = Walk::new(dir.path(), "txt").map(|r| r.unwrap().1).collect();
        let mut sorted = rels.clone();
        sorted.sort();
        assert_eq!(rels, sorted);
        assert_eq!(rels.len(), 4);
    }
}
