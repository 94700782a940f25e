//! The command line: clap's parsed options, turned into a validated
//! [`newsner::batch::Config`] so the library never sees clap.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};
use newsner::batch::{Config, Input, InputFormat, Output};
use newsner::ReadOptions;

/// Extract people, organisations, places, aliases and dates from dated
/// English news articles, as JSON Lines.
#[derive(Debug, Parser)]
#[command(name = "newsner", version, about, long_about = None, after_help = "\
Examples:
  newsner article.txt              one record as one JSON line
  cat article.txt | newsner        read stdin (source \"-\")
  newsner archive/ -o out.jsonl    every *.txt below archive/, sorted
  newsner archive/ --out-dir out/  one .json per article; re-runs resume

Exit codes: 0 all inputs processed, 1 some input failed (the rest are still
written), 2 usage error, 130 interrupted (every file written is complete).")]
pub struct Opts {
    /// Article files, folders (every *.txt below, recursively) or - for
    /// stdin. Without any, stdin is read.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Indent the JSON (one record spans several lines).
    #[arg(long)]
    pub pretty: bool,

    /// Write records to FILE (atomically: a temporary file, then rename).
    #[arg(
        short = 'o',
        long = "output",
        value_name = "FILE",
        conflicts_with = "out_dir"
    )]
    pub output: Option<PathBuf>,

    /// Write one .json per article into DIR, mirroring the input tree;
    /// articles whose output is newer than the input are skipped.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,

    /// With --out-dir, redo articles whose output is up to date.
    #[arg(long, requires = "out_dir")]
    pub force: bool,

    /// Article date for inputs without a date header.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,

    /// How inputs are framed: text (one article per file) or jsonl (one
    /// {"id", "date", "text"} object per line; folders give *.jsonl files).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub input: Format,

    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of
    /// failing the file.
    #[arg(long)]
    pub lossy: bool,

    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,

    /// Give each entity a "key" that is the same for the same entity in
    /// every article of the run, so counts can be joined across articles.
    #[arg(long)]
    pub link: bool,

    /// Add to each mention every piece of evidence that typed it, with
    /// its weight.
    #[arg(long)]
    pub explain: bool,

    /// Do not print warnings or the progress bar (errors are still
    /// printed).
    #[arg(short, long)]
    pub quiet: bool,
}

/// Input framing, as named on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// One article per file.
    Text,
    /// One JSON object per line.
    Jsonl,
}

impl Opts {
    /// Validates the options into a run configuration.
    pub fn into_config(self) -> Result<Config, String> {
        let default_date = match &self.date {
            Some(s) => Some(newsner::parse_date(s).map_err(|e| format!("--date: {e}"))?),
            None => None,
        };
        if self.threads == Some(0) {
            return Err("--threads: must be at least 1".to_string());
        }
        let mut inputs: Vec<Input> = self
            .paths
            .into_iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::Path(p)
                }
            })
            .collect();
        if inputs.is_empty() {
            if std::io::stdin().is_terminal() {
                return Err(
                    "no input: give an article file, a folder, or pipe text to stdin (see --help)"
                        .to_string(),
                );
            }
            inputs.push(Input::Stdin);
        }
        if inputs.iter().filter(|i| **i == Input::Stdin).count() > 1 {
            return Err("stdin (-) can be read only once".to_string());
        }
        let has_folder = inputs
            .iter()
            .any(|i| matches!(i, Input::Path(p) if p.is_dir()));
        let output = match (self.output, self.out_dir) {
            (Some(file), _) => Output::File(file),
            (None, Some(path)) => Output::Dir {
                path,
                force: self.force,
            },
            (None, None) => Output::Stdout,
        };
        Ok(Config {
            inputs,
            format: match self.input {
                Format::Text => InputFormat::Text,
                Format::Jsonl => InputFormat::Jsonl,
            },
            output,
            pretty: self.pretty,
            read: ReadOptions {
                default_date,
                lossy: self.lossy,
            },
            threads: self.threads.unwrap_or(0),
            progress: has_folder && !self.quiet && std::io::stderr().is_terminal(),
            link: self.link,
            explain: self.explain,
        })
    }
}
