//! The `newsner` binary: parse the command line, run, pick the exit code.

mod cli;

use std::process::ExitCode;

use clap::Parser;
use newsner::batch::Notice;

fn main() -> ExitCode {
    let opts = cli::Opts::parse();
    let quiet = opts.quiet;
    let config = match opts.into_config() {
        Ok(config) => config,
        Err(msg) => {
            eprintln!("newsner: {msg}");
            return ExitCode::from(2);
        }
    };
    // Ctrl-C stops the run between articles, so every file it wrote is
    // whole; a second Ctrl-C is left to the handler to ignore.
    let _ = ctrlc::set_handler(newsner::batch::interrupt);
    let result = newsner::batch::run(&config, |notice| match notice {
        Notice::Failed(e) => eprintln!("newsner: {e}"),
        Notice::Warning { source, message } if !quiet => {
            eprintln!("newsner: {source}: warning: {message}")
        }
        Notice::Warning { .. } => {}
    });
    match result {
        Ok(outcome) => {
            if outcome.skipped > 0 && !quiet {
                eprintln!(
                    "newsner: skipped {} up-to-date article(s); --force redoes them",
                    outcome.skipped
                );
            }
            if outcome.failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) if e.is_interrupted() => {
            eprintln!("newsner: {e}");
            ExitCode::from(130)
        }
        Err(e) => {
            eprintln!("newsner: {e}");
            ExitCode::from(1)
        }
    }
}
