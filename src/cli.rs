//! The command line: clap's parsed options, turned into a validated
//! [`newsner::batch::Config`] so the library never sees clap.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Parser, ValueEnum};
use newsner::batch::{Config, FileFilter, Input, InputFormat, Output};
use newsner::format::{OutputFormat, Trim};
use newsner::EntityType;
use newsner::ReadOptions;

/// Extract people, organisations, places, aliases and dates from dated
/// English news articles, as JSON Lines.
#[derive(Debug, Parser)]
#[command(name = "newsner", version, long_version = long_version(), about, long_about = None, after_help = "\
Examples:
  newsner article.txt              one record as one JSON line
  cat article.txt | newsner        read stdin (source \"-\")
  newsner archive/ -o out.jsonl    every *.txt below archive/, sorted
  newsner archive/ --out-dir out/  one .json per article; re-runs resume
  newsner site/ --ext html,htm     read scraped pages instead of *.txt

Exit codes: 0 all inputs processed, 1 some input failed (the rest are still
written), 2 usage error, 130 interrupted (every file written is complete).")]
pub struct Opts {
    /// Article files, folders (every *.txt below, recursively; see --ext)
    /// or - for stdin. Without any, stdin is read.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Indent the JSON (one record spans several lines).
    #[arg(long)]
    pub pretty: bool,

    /// Write records to FILE (atomically: a temporary file, then rename;
    /// - is stdout).
    #[arg(
        short = 'o',
        long = "output",
        value_name = "FILE",
        conflicts_with = "out_dir"
    )]
    pub output: Option<PathBuf>,

    /// Write one .json per article into DIR, mirroring the input tree
    /// (below each input when several are given); a re-run with the same
    /// options skips articles whose output is newer than the input.
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

    /// Extensions of the files read in folders, comma-separated (default
    /// txt, or jsonl with --input jsonl); an empty entry takes files
    /// without one, * takes every file.
    #[arg(long, value_name = "EXT,…", value_delimiter = ',')]
    pub ext: Option<Vec<String>>,

    /// Also read hidden files and folders (names starting with a dot).
    #[arg(long)]
    pub hidden: bool,

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

    /// Output format: json (JSON Lines, the default), html (one
    /// self-contained page with the names highlighted) or tsv (one row per
    /// mention and per date).
    #[arg(long, value_enum, default_value_t = OutFormat::Json)]
    pub format: OutFormat,

    /// Keep only entities of these types (comma-separated).
    #[arg(long, value_enum, value_name = "TYPE,…", value_delimiter = ',')]
    pub types: Option<Vec<TypeName>>,

    /// Leave dates out of the records.
    #[arg(long)]
    pub no_dates: bool,

    /// A watch-list of names whose type and aliases win over built-in
    /// knowledge: TSV (name<TAB>type[<TAB>alias|alias…]) or JSON Lines
    /// ({"name", "type", "aliases"}). Repeatable.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,

    /// Print the JSON Schema of the record and exit.
    #[arg(long, exclusive = true)]
    pub schema: bool,

    /// Print a shell completion script (bash, zsh, fish, elvish,
    /// powershell) and exit.
    #[arg(long, value_name = "SHELL", exclusive = true)]
    pub completions: Option<clap_complete::Shell>,

    /// Print the man page (roff) and exit.
    #[arg(long, exclusive = true)]
    pub man: bool,
}

/// Output formats, as named on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum OutFormat {
    /// JSON Lines: one record per line.
    Json,
    /// One self-contained HTML page.
    Html,
    /// Tab-separated rows of mentions and dates.
    Tsv,
}

/// Entity types, as named on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TypeName {
    /// People.
    Person,
    /// Organisations.
    Organisation,
    /// Places.
    Place,
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
        if self.pretty && !matches!(self.format, OutFormat::Json) {
            return Err("--pretty applies to --format json only".to_string());
        }
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
        let filter = FileFilter {
            extensions: match self.ext {
                Some(exts) => exts
                    .iter()
                    .map(|e| e.trim().trim_start_matches('.').to_lowercase())
                    .collect(),
                None => vec![match self.input {
                    Format::Text => "txt".to_string(),
                    Format::Jsonl => "jsonl".to_string(),
                }],
            },
            hidden: self.hidden,
        };
        let output = match (self.output, self.out_dir) {
            (Some(file), _) if file.as_os_str() == "-" => Output::Stdout,
            (Some(file), _) => {
                refuse_output_over_input(&file, &inputs, &filter)?;
                Output::File(file)
            }
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
            filter,
            output_format: match self.format {
                OutFormat::Json => OutputFormat::Json,
                OutFormat::Html => OutputFormat::Html,
                OutFormat::Tsv => OutputFormat::Tsv,
            },
            trim: Trim {
                types: self.types.map(|types| {
                    types
                        .into_iter()
                        .map(|t| match t {
                            TypeName::Person => EntityType::Person,
                            TypeName::Organisation => EntityType::Organisation,
                            TypeName::Place => EntityType::Place,
                        })
                        .collect()
                }),
                no_dates: self.no_dates,
            },
            lexicons: self.lexicon,
            explain: self.explain,
        })
    }
}

/// Refuses an output file that is one of the inputs, or that a folder
/// input would read on the next run: writing it would destroy an article.
fn refuse_output_over_input(
    output: &Path,
    inputs: &[Input],
    filter: &FileFilter,
) -> Result<(), String> {
    let Ok(out) = std::fs::canonicalize(output) else {
        // A new file cannot be an existing input; one inside an input
        // folder is checked through its folder.
        return match output.parent().map(std::fs::canonicalize) {
            Some(Ok(dir)) => refuse_inside(&dir, output, inputs, filter),
            _ => Ok(()),
        };
    };
    for input in inputs {
        let Input::Path(p) = input else { continue };
        if std::fs::canonicalize(p).is_ok_and(|p| p == out) {
            return Err(format!(
                "-o {}: this is also an input; writing it would overwrite the article \
                 (choose another output file)",
                output.display()
            ));
        }
    }
    refuse_inside(out.parent().unwrap_or(&out), output, inputs, filter)
}

fn refuse_inside(
    dir: &Path,
    output: &Path,
    inputs: &[Input],
    filter: &FileFilter,
) -> Result<(), String> {
    if !filter.takes(output) {
        return Ok(());
    }
    for input in inputs {
        let Input::Path(p) = input else { continue };
        if p.is_dir() && std::fs::canonicalize(p).is_ok_and(|p| dir.starts_with(p)) {
            return Err(format!(
                "-o {}: it lies in the input folder {} and matches --ext {}, so the next \
                 run would read it as an article (write it elsewhere)",
                output.display(),
                p.display(),
                filter.describe()
            ));
        }
    }
    Ok(())
}

/// `--version` with the sources of the built-in word lists and their
/// versions, read from the table in `src/lexicon/SOURCES.md` when the
/// binary is built, so the two cannot drift apart.
fn long_version() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        let mut text = format!(
            "{}\nword lists (see src/lexicon/SOURCES.md):",
            env!("CARGO_PKG_VERSION")
        );
        // Each table names its columns; the source is the one whose
        // header starts with "source".
        let mut source_column = None;
        for row in include_str!("lexicon/SOURCES.md").lines() {
            let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
            if row.starts_with("| file |") {
                source_column = cells.iter().position(|c| c.starts_with("source"));
            } else if let (true, Some(k)) = (row.starts_with("| `"), source_column) {
                if let Some(source) = cells.get(k) {
                    let file = cells[0].replace('`', "");
                    text.push_str(&format!("\n  {file}: {}", source.replace('`', "")));
                }
            }
        }
        text
    })
}

/// The command line's definition, for completions and the man page.
pub fn command() -> clap::Command {
    <Opts as clap::CommandFactory>::command()
}
