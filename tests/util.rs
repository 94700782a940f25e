//! A small harness: temporary folders and a way to run the binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A temporary folder that disappears with the test.
pub struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    pub fn new() -> Dir {
        Dir {
            tmp: tempfile::tempdir().expect("temporary folder"),
        }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Writes `bytes` to `rel`, creating parent folders.
    pub fn file(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.tmp.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

/// Every file below `root`, recursively, as displayed paths.
pub fn files_below(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_below(&path));
        } else {
            out.push(path.display().to_string());
        }
    }
    out
}

/// The bundled fixture at `fixtures/<rel>`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

/// The binary under test, run in `cwd` with a clean environment.
pub fn newsner(cwd: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsner"));
    cmd.current_dir(cwd).env_clear();
    cmd
}

/// Runs `cmd` with `stdin` as its standard input.
pub fn run_with_stdin(mut cmd: Command, stdin: &[u8]) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("binary starts");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// Runs `cmd` with an empty standard input.
pub fn run(mut cmd: Command) -> Output {
    run_with_stdin(std::mem::replace(&mut cmd, Command::new("true")), b"")
}

/// The JSON lines of an output, parsed.
pub fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

pub const ARTICLE: &str = " date 2025-12-22 Mehmet Goren left Ankara on Friday.\n";

/// Every (entity name, alias, kind) of a record.
pub fn alias_triples(record: &newsner::Record) -> Vec<(String, String, String)> {
    record
        .entities
        .iter()
        .flat_map(|e| {
            e.aliases
                .iter()
                .map(|a| (e.name.clone(), a.name.clone(), a.kind.clone()))
        })
        .collect()
}
