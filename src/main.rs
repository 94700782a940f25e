//! The `newsner` binary: parse the command line, run, pick the exit code.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use newsner::batch::Notice;

/// mimalloc instead of the system allocator: extraction allocates and
/// frees many small strings and vectors per article, and glibc's malloc
/// and free were about a tenth of the steady-state instructions (#17).
/// It builds from crates.io with the C compiler Rust already links with;
/// `no_thp` keeps it off transparent huge pages, which otherwise doubled
/// the resident memory of a small run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let opts = cli::Opts::parse();
    if let Some(code) = print_and_exit(&opts) {
        return code;
    }
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
        Err(e) if matches!(e.kind(), newsner::ErrorKind::InvalidArgument(_)) => {
            // A bad --lexicon or another option found wrong at start.
            eprintln!("newsner: {e}");
            ExitCode::from(2)
        }
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

/// The options that print something about newsner itself and exit:
/// `--schema`, `--completions SHELL`, `--man`.
fn print_and_exit(opts: &cli::Opts) -> Option<ExitCode> {
    let mut out = std::io::stdout().lock();
    let written = if opts.schema {
        out.write_all(newsner::format::SCHEMA.as_bytes())
    } else if let Some(shell) = opts.completions {
        clap_complete::generate(shell, &mut cli::command(), "newsner", &mut out);
        Ok(())
    } else if opts.man {
        clap_mangen::Man::new(cli::command()).render(&mut out)
    } else {
        return None;
    };
    Some(match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsner: <stdout>: {e}");
            ExitCode::from(1)
        }
    })
}
