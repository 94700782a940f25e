//! Throughput benchmark: the extractor alone, and the whole command line
//! on a folder, in MB/s and articles/s.
//!
//! A plain harness (no framework): `cargo bench` runs it. By default it
//! uses the bundled fixtures, repeated into a temporary folder; set
//! `NEWSNER_BENCH_DIR` to a folder of `*.txt` articles to measure real
//! news (the README's figures use the CoNLL-2003 training articles copied
//! eighteen times).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            txt_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing
    // and must stay quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let tmp = tempfile::tempdir().unwrap();
    let dir = match std::env::var_os("NEWSNER_BENCH_DIR") {
        Some(d) => PathBuf::from(d),
        None => {
            let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles");
            let copies = if quick { 5 } else { 500 };
            for entry in std::fs::read_dir(&fixtures).unwrap() {
                let p = entry.unwrap().path();
                let text = std::fs::read(&p).unwrap();
                for i in 0..copies {
                    let name = format!("{i:04}-{}", p.file_name().unwrap().to_string_lossy());
                    std::fs::write(tmp.path().join(name), &text).unwrap();
                }
            }
            tmp.path().to_path_buf()
        }
    };
    let mut files = Vec::new();
    txt_files(&dir, &mut files);
    let texts: Vec<Vec<u8>> = files.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let bytes: usize = texts.iter().map(Vec::len).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} ({} articles, {mb:.1} MB)",
        dir.display(),
        files.len()
    );

    let t = Instant::now();
    let extractor = newsner::Extractor::new();
    println!(
        "start-up (lexicons and patterns): {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

    let t = Instant::now();
    for (p, bytes) in files.iter().zip(&texts) {
        let article = newsner::parse_article(&p.display().to_string(), bytes, None).unwrap();
        std::hint::black_box(extractor.extract(&article));
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "extractor, one thread:  {:>7.1} MB/s  {:>8.0} articles/s",
        mb / s,
        files.len() as f64 / s
    );

    let bin = env!("CARGO_BIN_EXE_newsner");
    for threads in ["1", "0"] {
        let mut cmd = Command::new(bin);
        cmd.arg(&dir).stdout(Stdio::null());
        if threads != "0" {
            cmd.args(["-j", threads]);
        }
        let t = Instant::now();
        let status = cmd.status().unwrap();
        let s = t.elapsed().as_secs_f64();
        assert!(status.code().is_some_and(|c| c <= 1));
        let label = if threads == "0" { "all cores" } else { "-j1" };
        println!(
            "command line, {label:<9}: {:>7.1} MB/s  {:>8.0} articles/s",
            mb / s,
            files.len() as f64 / s
        );
    }
}
