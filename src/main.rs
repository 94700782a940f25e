//! The `newsner` binary: parse the command line, run, pick the exit code.

mod cli;

use std::process::ExitCode;

use clap::Parser;
use newsner::batch::Notice;

fn main() -> ExitCode {
    let config = match cli::Opts::parse().into_config() {
        Ok(config) => config,
        Err(msg) => {
            eprintln!("newsner: {msg}");
            return ExitCode::from(2);
        }
    };
    let result = newsner::batch::run(&config, |notice| match notice {
        Notice::Failed(e) => eprintln!("newsner: {e}"),
        Notice::Warning { source, message } => eprintln!("newsner: {source}: warning: {message}"),
    });
    match result {
        Ok(outcome) if outcome.failed == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsner: {e}");
            ExitCode::from(1)
        }
    }
}
