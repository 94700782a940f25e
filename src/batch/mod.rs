//! Runs the extractor over the inputs of one invocation: files, folders
//! (every matching file below them, in sorted path order), stdin, and JSON
//! Lines streams, in parallel, writing records in input order.
//!
//! Work is read lazily and processed on a thread pool, a bounded window of
//! articles in flight; results are written in input order as they come
//! back. Memory therefore stays bounded by the window, whatever the size
//! of the archive, and the output is byte-identical whatever the number of
//! threads.
//!
//! A bad input never stops the run: it is reported through the caller's
//! callback and counted, and every other input is still processed and
//! written. No record is ever silently overwritten or dropped: see
//! [`output`] for output names, resume and atomic writes, and [`walk`]
//! for what a folder walk reads and what it counts as passed over.

mod in_order;
mod items;
mod jsonl;
mod output;
mod walk;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use crate::error::{Error, ErrorKind, Result};
use crate::extract::user_lexicon::UserLexicon;
use crate::extract::Extractor;
use crate::format::{OutputFormat, Trim};
use crate::reader::{parse_article_owned, parse_article_with, read_file, Article, ReadOptions};
use crate::writer::Record;
use in_order::{progress_bar, Buffers, InOrder};
use items::Item;
pub use walk::FileFilter;

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
    /// Which files of a folder are read.
    pub filter: FileFilter,
    /// JSON Lines, HTML or TSV.
    pub output_format: OutputFormat,
    /// What to leave out of every record.
    pub trim: Trim,
    /// User lexicons (watch-lists) whose entries win over built-in
    /// knowledge.
    pub lexicons: Vec<PathBuf>,
    /// Add every piece of typing evidence to each mention.
    pub explain: bool,
}

impl Config {
    /// True when the run reads one article at most: one text file, or
    /// stdin, as text.
    fn is_one_article(&self) -> bool {
        match self.inputs.as_slice() {
            [Input::Stdin] => self.format == InputFormat::Text,
            [Input::Path(path)] => self.format == InputFormat::Text && path.is_file(),
            _ => false,
        }
    }

    /// The options that change what a record holds or how it is written,
    /// recorded in an output folder so that a re-run with other options
    /// redoes the articles instead of keeping records made another way.
    fn record_options(&self) -> serde_json::Value {
        serde_json::json!({
            "newsner": env!("CARGO_PKG_VERSION"),
            "pretty": self.pretty,
            "link": self.link,
            "date": self.read.default_date.map(|d| d.to_string()),
            "lossy": self.read.lossy,
            "input": match self.format {
                InputFormat::Text => "text",
                InputFormat::Jsonl => "jsonl",
            },
            "format": self.output_format.as_str(),
            "types": self.trim.types.as_ref().map(|types| {
                types.iter().map(|t| t.as_str()).collect::<Vec<_>>()
            }),
            "dates": !self.trim.no_dates,
            "explain": self.explain,
            "lexicons": self.lexicons.iter().map(|p| lexicon_stamp(p)).collect::<Vec<_>>(),
        })
    }
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
    // One article, or one thread asked for: the work runs on this thread,
    // without starting a pool; for one article, patterns also compile the
    // quick way (#17: compiling them and starting threads were most of
    // what a run over one article cost).
    let one_article = config.is_one_article();
    if one_article {
        crate::pattern::quick_start();
    }
    let pool = if config.threads == 1 || one_article {
        None
    } else {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(config.threads)
            .build()
            .map_err(|e| Error::new(ErrorKind::InvalidArgument(format!("thread pool: {e}"))))?;
        Some(pool)
    };
    let extractor = match config.lexicons.as_slice() {
        [] => Extractor::new(),
        files => Extractor::with_user_lexicon(UserLexicon::from_files(files)?),
    }
    .with_explain(config.explain);
    let runner = Runner {
        config,
        extractor: &extractor,
        pool: pool.as_ref(),
        buffers: Buffers::default(),
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
            // Through a symbolic link to the file it names: the link stays.
            let path = output::through_links(path);
            let fail = |e: std::io::Error| Error::from(e).with_path(&path);
            let tmp = output::temporary_beside(&path)?;
            let (outcome, tmp) = runner.stream_into(tmp, &path, &mut notify)?;
            tmp.as_file().sync_all().map_err(fail)?;
            tmp.persist(&path).map_err(|e| fail(e.error))?;
            Ok(outcome)
        }
        Output::Dir { path, force } => {
            std::fs::create_dir_all(path).map_err(|e| Error::from(e).with_path(path))?;
            let options = config.record_options();
            let mut force = *force;
            if !force {
                if let Some(reason) = output::options_changed(path, &options) {
                    let source = path.display().to_string();
                    notify(Notice::Warning {
                        source: &source,
                        message: &format!("{reason}; redoing every article"),
                    });
                    force = true;
                }
            }
            let outcome = runner.run(Sink::Dir { root: path, force }, &mut notify)?;
            output::record_options(path, &options)?;
            Ok(outcome)
        }
    }
}

/// Ends a run: clears the progress bar and closes the stream.
fn finish(ordered: InOrder<'_, '_, '_>, format: OutputFormat) -> Result<Outcome> {
    let InOrder {
        mut sink,
        outcome,
        bar,
        ..
    } = ordered;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if let Sink::Stream(out) = &mut sink {
        out.write_all(format.end())?;
    }
    Ok(outcome)
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
    /// `None`: every item is processed on the calling thread.
    pool: Option<&'a rayon::ThreadPool>,
    /// Buffers for records, reused from article to article.
    buffers: Buffers,
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
        // Records are a few kilobytes each: a buffer of many of them
        // writes the stream in fewer system calls (#17).
        let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, out);
        let outcome = self
            .run(Sink::Stream(&mut buffered), notify)
            .map_err(named)?;
        let out = buffered
            .into_inner()
            .map_err(|e| named(Error::from(e.into_error())))?;
        Ok((outcome, out))
    }

    /// Processes every item on the pool and hands the results to the sink
    /// in input order, as they complete: a window of items is in flight at
    /// any time, so memory stays bounded, and no worker waits for the
    /// slowest article of a batch (a per-batch barrier cost two threads
    /// an eighth of their throughput).
    fn run(&self, mut sink: Sink<'_>, notify: &mut dyn FnMut(Notice<'_>)) -> Result<Outcome> {
        let window = 64
            * self
                .pool
                .map_or(1, |pool| pool.current_num_threads().max(1));
        let dir = match &sink {
            Sink::Dir { root, force } => Some((*root, *force)),
            Sink::Stream(_) => None,
        };
        let force = dir.is_some_and(|(_, force)| force);
        let format = self.config.output_format;
        let mut names = dir.map(|(root, _)| {
            output::OutNames::new(root, self.config.inputs.len(), format.as_str())
        });
        if let Sink::Stream(out) = &mut sink {
            out.write_all(format.begin())?;
        }
        let mut ordered = InOrder {
            sink,
            notify,
            outcome: Outcome::default(),
            bar: self
                .config
                .progress
                .then(|| progress_bar(self.count_items())),
            started: Instant::now(),
            bytes_done: 0,
            waiting: std::collections::VecDeque::new(),
            next: 0,
            buffers: &self.buffers,
        };
        let mut result = Ok(());
        let Some(pool) = self.pool else {
            for (index, item) in self.items().enumerate() {
                if INTERRUPTED.load(Ordering::SeqCst) {
                    result = Err(Error::new(ErrorKind::Interrupted));
                    break;
                }
                let (item, target) = match names.as_mut() {
                    Some(names) => self.name_output(names, item),
                    None => (item, None),
                };
                let done = self.process_guarded(item, target.as_deref(), force);
                result = ordered.add((index, done.0, done.1));
                if result.is_err() {
                    break;
                }
            }
            result?;
            return finish(ordered, format);
        };
        let threads = pool.current_num_threads().max(1);
        let (done_tx, done_rx) = std::sync::mpsc::channel::<Vec<(usize, Done, u64)>>();
        let take = |ordered: &mut InOrder<'_, '_, '_>, results: Vec<(usize, Done, u64)>| {
            results.into_iter().try_for_each(|done| ordered.add(done))
        };
        pool.in_place_scope(|scope| {
            let mut items = self.items();
            let mut sent = 0usize;
            let mut chunk = Vec::new();
            while result.is_ok() {
                if INTERRUPTED.load(Ordering::SeqCst) {
                    result = Err(Error::new(ErrorKind::Interrupted));
                    break;
                }
                if sent - ordered.next >= window {
                    let done = done_rx.recv().expect("a worker sends each result");
                    result = take(&mut ordered, done);
                    continue;
                }
                let item = items.next();
                let ended = item.is_none();
                if let Some(item) = item {
                    // Output names are handed out here, in input order, so
                    // the same inputs always get the same files and a clash
                    // is caught before anything is written.
                    let (item, target) = match names.as_mut() {
                        Some(names) => self.name_output(names, item),
                        None => (item, None),
                    };
                    chunk.push((sent + chunk.len(), item, target));
                }
                if chunk.len() >= chunk_size(sent, threads) || (ended && !chunk.is_empty()) {
                    let work = std::mem::take(&mut chunk);
                    sent += work.len();
                    let done_tx = done_tx.clone();
                    scope.spawn(move |_| {
                        let done = work
                            .into_iter()
                            .map(|(index, item, target)| {
                                let (done, bytes) =
                                    self.process_guarded(item, target.as_deref(), force);
                                (index, done, bytes)
                            })
                            .collect();
                        // The receiver only goes away once every task is done.
                        let _ = done_tx.send(done);
                    });
                }
                if ended {
                    break;
                }
                while let (true, Ok(done)) = (result.is_ok(), done_rx.try_recv()) {
                    result = take(&mut ordered, done);
                }
            }
            while result.is_ok() && ordered.next < sent {
                let done = done_rx.recv().expect("a worker sends each result");
                result = take(&mut ordered, done);
            }
        });
        result?;
        finish(ordered, format)
    }

    /// Gives an article item its output file; an item whose file is
    /// already taken in this run becomes a failure instead.
    fn name_output(&self, names: &mut output::OutNames, item: Item) -> (Item, Option<PathBuf>) {
        let source = item.source();
        let target = match &item {
            Item::File { input, rel, .. } => {
                let Input::Path(input) = &self.config.inputs[*input] else {
                    unreachable!("files come from path inputs")
                };
                names.for_file(input, rel.as_deref(), &source)
            }
            Item::Stdin => names.for_stdin(),
            Item::Json { id, at, .. } => names.for_id(id.as_deref().unwrap_or(at), &source),
            Item::Failed(_) | Item::Warning { .. } => return (item, None),
        };
        match target {
            Ok(target) => (item, Some(target)),
            Err(e) => (Item::Failed(e), None),
        }
    }

    /// [`Runner::process`], with a panic turned into this item's error:
    /// a bug met on one article must neither stop the rest of the batch
    /// nor, on a pool, leave the thread that orders the results waiting
    /// for a result that never comes.
    fn process_guarded(&self, item: Item, target: Option<&Path>, force: bool) -> (Done, u64) {
        let source = item.source();
        guarded(source, || self.process(item, target, force))
    }

    /// Extracts one item and serialises its record (or, with an output
    /// file `target`, writes it there). Runs on the pool.
    fn process(&self, item: Item, target: Option<&Path>, force: bool) -> (Done, u64) {
        let source = item.source();
        let (input_path, article) = match item {
            Item::Failed(e) => return (Done::Failed(e), 0),
            Item::Warning { source, message } => return (Done::Warned { source, message }, 0),
            Item::File { path, .. } => {
                if let Some(target) = target.filter(|_| !force) {
                    if is_up_to_date(&path, target) {
                        return (Done::Skipped, 0);
                    }
                }
                let article = read_file(&path)
                    .map_err(|e| Error::from(e).with_path(&path))
                    .and_then(|bytes| parse_article_owned(&source, bytes, &self.config.read));
                (Some(path), article)
            }
            Item::Stdin => {
                let mut bytes = Vec::new();
                let article = std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::from(e).with_path("-"))
                    .and_then(|_| parse_article_owned("-", bytes, &self.config.read));
                (None, article)
            }
            Item::Json { at, id, date, text } => {
                let article = self.json_article(&source, date.as_deref(), &text);
                let article = article.map(|mut a| {
                    a.source = id.unwrap_or(at);
                    a
                });
                (None, article)
            }
        };
        let article = match article {
            Ok(a) => a,
            Err(e) => return (Done::Failed(e), 0),
        };
        let bytes = article.text.len() as u64;
        let found = self
            .extractor
            .find(&article.text, article.body_start, article.date);
        let format = self.config.output_format;
        // A record's line runs to about three times its article's text
        // (every mention with its offsets and rule): sized so, it is
        // written without being moved as it grows (#17).
        let mut json = self.buffers.take(article.text.len() * 4 + 256);
        if target.is_some() {
            json.extend_from_slice(format.begin());
        }
        let (link, trim, pretty) = (self.config.link, &self.config.trim, self.config.pretty);
        if !format.found(&article, &found, link, trim, pretty, &mut json) {
            let mut record = Record::build(&article, &found.0, &found.1);
            if link {
                record.fill_keys();
            }
            trim.apply(&mut record);
            format.article(&article, &record, pretty, &mut json);
        }
        if target.is_some() {
            json.extend_from_slice(format.end());
        }
        if let Some(target) = target {
            if !force && input_path.is_none() && target.exists() {
                // Stdin and JSON lines have no modification time: an
                // existing output is redone only with --force.
                return (Done::Skipped, bytes);
            }
            if let Err(e) = output::write_atomically(target, &json) {
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

    /// The article of a JSON line; `label` (`FILE:LINE (id …)`) names it
    /// in messages.
    fn json_article(&self, label: &str, date: Option<&str>, text: &str) -> Result<Article> {
        let mut warnings = Vec::new();
        let mut options = self.config.read;
        let explicit = match date {
            Some(d) => match crate::reader::parse_feed_date(d) {
                Ok(d) => Some(d),
                Err(e) => {
                    warnings.push(format!("{e} in the \"date\" field; ignored"));
                    None
                }
            },
            None => None,
        };
        if explicit.is_some() {
            options.default_date = explicit;
        }
        let mut article = parse_article_with(label, text.as_bytes(), &options)?;
        if explicit.is_some() {
            article.date = explicit;
        }
        article.warnings.extend(warnings);
        Ok(article)
    }
}

/// A user lexicon as recorded in an output folder: its path, size and
/// modification time, so that an edited watch-list redoes the articles.
fn lexicon_stamp(path: &Path) -> String {
    let meta = std::fs::metadata(path).ok();
    let modified = meta
        .as_ref()
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    format!(
        "{} ({} bytes, modified {modified})",
        path.display(),
        meta.map_or(0, |m| m.len())
    )
}

/// Runs `work` for the input `source`; a panic in it becomes that input's
/// [`ErrorKind::Internal`] error, with the panic's message.
fn guarded(source: String, work: impl FnOnce() -> (Done, u64)) -> (Done, u64) {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        let error = Error::new(ErrorKind::Internal(message)).with_path(source);
        (Done::Failed(error), 0)
    })
}

/// How many items one worker task takes, given how many were sent before.
///
/// The first items go out one by one, so that a run over a handful of long
/// articles still spreads them over every thread; after that, items go in
/// chunks, so that the workers and the thread that feeds them are woken
/// once per chunk rather than once per article (#17: with one task per
/// article, two threads switched context some 20,000 times over the
/// 17,000-file benchmark).
fn chunk_size(sent: usize, threads: usize) -> usize {
    const CHUNK: usize = 16;
    if sent < 2 * CHUNK * threads {
        1
    } else {
        CHUNK
    }
}

/// True when `output` exists and was modified no earlier than `input`.
fn is_up_to_date(input: &Path, output: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(input), modified(output)) {
        (Some(i), Some(o)) => o >= i,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic becomes the input's internal error, with its message and
    /// path; work that returns is passed through.
    #[test]
    fn a_panic_is_the_inputs_error() {
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let panicked = guarded("in/a.txt".to_string(), || panic!("index {} out", 7));
        let literal = guarded("in/b.txt".to_string(), || panic!("boom"));
        std::panic::set_hook(quiet);
        let (Done::Failed(e), 0) = panicked else {
            panic!("a panic must fail the input");
        };
        assert_eq!(e.path(), Some(Path::new("in/a.txt")));
        assert!(
            matches!(e.kind(), ErrorKind::Internal(m) if m == "index 7 out"),
            "{e}"
        );
        assert!(e.to_string().contains("a bug in newsner"), "{e}");
        let (Done::Failed(e), 0) = literal else {
            panic!("a panic must fail the input");
        };
        assert!(matches!(e.kind(), ErrorKind::Internal(m) if m == "boom"));
        assert!(matches!(
            guarded("c".to_string(), || (Done::Skipped, 3)),
            (Done::Skipped, 3)
        ));
    }
}
