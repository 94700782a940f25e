//! The command line: clap's parsed options, turned into a validated
//! [`newsner::batch::Config`] so the library never sees clap.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Parser;
use newsner::batch::{Config, Input, Output};

/// Extract people, organisations, places, aliases and dates from dated
/// English news articles, as JSON Lines.
#[derive(Debug, Parser)]
#[command(name = "newsner", version, about, long_about = None, after_help = "\
Examples:
  newsner article.txt              one record as one JSON line
  cat article.txt | newsner        read stdin (source \"-\")
  newsner archive/ -o out.jsonl    every *.txt below archive/, sorted

Exit codes: 0 all inputs processed, 1 some input failed (the rest are still
written), 2 usage error.")]
pub struct Opts {
    /// Article files, folders (every *.txt below, recursively) or - for
    /// stdin. Without any, stdin is read.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Indent the JSON (one record spans several lines).
    #[arg(long)]
    pub pretty: bool,

    /// Write records to FILE (atomically: a temporary file, then rename).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Article date for inputs without a date header.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
}

impl Opts {
    /// Validates the options into a run configuration.
    pub fn into_config(self) -> Result<Config, String> {
        let default_date = match &self.date {
            Some(s) => Some(newsner::parse_date(s).map_err(|e| format!("--date: {e}"))?),
            None => None,
        };
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
        Ok(Config {
            inputs,
            output: self.output.map_or(Output::Stdout, Output::File),
            pretty: self.pretty,
            default_date,
        })
    }
}
