//! The command line: inputs, options, exit codes and error lines.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::util::{fixture, newsner, records, run, run_with_stdin, stderr, Dir, ARTICLE};

#[test]
fn one_file_gives_one_line() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    let out = run({
        let mut c = newsner(dir.path());
        c.arg("a.txt");
        c
    });
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["source"], "a.txt");
    assert_eq!(recs[0]["date"], "2025-12-22");
    assert_eq!(recs[0]["dates"][0]["value"], "2025-12-19");
}

#[test]
fn stdin_without_arguments_and_with_dash() {
    let dir = Dir::new();
    for args in [vec![], vec!["-"]] {
        let mut c = newsner(dir.path());
        c.args(&args);
        let out = run_with_stdin(c, ARTICLE.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let recs = records(&out);
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0]["source"], "-");
    }
}

#[test]
fn folder_is_walked_recursively_in_sorted_order() {
    let dir = Dir::new();
    dir.file("in/b.txt", ARTICLE);
    dir.file("in/a/z.txt", ARTICLE);
    dir.file("in/a/c.txt", ARTICLE);
    dir.file("in/notes.md", "ignored");
    dir.file("in/data.json", "{}");
    let mut c = newsner(dir.path());
    c.arg("in");
    let out = run(c);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sources: Vec<String> = records(&out)
        .iter()
        .map(|r| r["source"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sources, ["in/a/c.txt", "in/a/z.txt", "in/b.txt"]);
}

#[test]
fn files_and_folders_mix_in_argument_order() {
    let dir = Dir::new();
    dir.file("one.txt", ARTICLE);
    dir.file("f/two.txt", ARTICLE);
    let mut c = newsner(dir.path());
    c.args(["f", "one.txt"]);
    let out = run(c);
    let sources: Vec<String> = records(&out)
        .iter()
        .map(|r| r["source"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sources, ["f/two.txt", "one.txt"]);
}

#[test]
fn pretty_indents_one_record() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    let mut c = newsner(dir.path());
    c.args(["--pretty", "a.txt"]);
    let out = run(c);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 5);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["source"], "a.txt");
}

#[test]
fn output_file_is_written_whole() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    dir.file("b.txt", ARTICLE);
    let mut c = newsner(dir.path());
    c.args(["-o", "out/records.jsonl", "a.txt", "b.txt"]);
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let out = run(c);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(dir.path().join("out/records.jsonl")).unwrap();
    assert_eq!(written.lines().count(), 2);
    // Only the output itself is left in the folder: no temporary files.
    let names: Vec<_> = std::fs::read_dir(dir.path().join("out")).unwrap().collect();
    assert_eq!(names.len(), 1);
}

#[test]
fn date_option_fills_missing_header() {
    let dir = Dir::new();
    dir.file("a.txt", "Talks ended on Friday.");
    let mut c = newsner(dir.path());
    c.args(["--date", "2025-12-22", "a.txt"]);
    let recs = records(&run(c));
    assert_eq!(recs[0]["date"], "2025-12-22");
    assert_eq!(recs[0]["dates"][0]["value"], "2025-12-19");
    // No header and no --date: null.
    let mut c = newsner(dir.path());
    c.arg("a.txt");
    let recs = records(&run(c));
    assert!(recs[0]["date"].is_null());
}

#[test]
fn missing_path_fails_with_one_line() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    let mut c = newsner(dir.path());
    c.args(["nope.txt", "a.txt"]);
    let out = run(c);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "newsner: nope.txt: no such file or folder\n");
    assert_eq!(records(&out).len(), 1, "the good file is still processed");
}

#[test]
fn invalid_utf8_binary_and_empty_files_fail() {
    let dir = Dir::new();
    dir.file("bad.txt", b"date 2025-01-01 caf\xE9");
    dir.file("bin.txt", b"date 2025-01-01 \x00\x01\x02");
    dir.file("empty.txt", b"");
    for (name, message) in [
        (
            "bad.txt",
            "newsner: bad.txt: not valid UTF-8 (first bad byte at offset 19); it looks like \
             Latin-1 or Windows-1252 text, which --lossy reads\n",
        ),
        (
            "bin.txt",
            "newsner: bin.txt: binary content, not text (NUL byte at offset 16)\n",
        ),
        (
            "empty.txt",
            "newsner: empty.txt: empty input, no article text\n",
        ),
    ] {
        let mut c = newsner(dir.path());
        c.arg(name);
        let out = run(c);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert_eq!(stderr(&out), message);
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn impossible_header_date_warns_and_writes() {
    let dir = Dir::new();
    dir.file("a.txt", "date 2025-13-45 Talks in Ankara.");
    let mut c = newsner(dir.path());
    c.arg("a.txt");
    let out = run(c);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        "newsner: a.txt: warning: impossible date '2025-13-45' in the header; the record's date is null\n"
    );
    let recs = records(&out);
    assert!(recs[0]["date"].is_null());
    assert_eq!(recs[0]["entities"][0]["name"], "Ankara");
}

#[test]
fn one_bad_file_in_a_folder_does_not_stop_the_rest() {
    let dir = Dir::new();
    dir.file("in/a.txt", ARTICLE);
    dir.file("in/b.txt", b"ab\x00\x01garbage");
    dir.file("in/c.txt", ARTICLE);
    let mut c = newsner(dir.path());
    c.args(["-o", "out.jsonl", "in"]);
    let out = run(c);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "newsner: in/b.txt: binary content, not text (NUL byte at offset 2)\n"
    );
    let written = std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    assert_eq!(written.lines().count(), 2);
}

#[test]
fn usage_errors_exit_2() {
    let dir = Dir::new();
    let mut c = newsner(dir.path());
    c.args(["--date", "22/12/2025", "-"]);
    let out = run(c);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("newsner: --date: invalid date '22/12/2025'"));
    let mut c = newsner(dir.path());
    c.arg("--no-such-flag");
    assert_eq!(run(c).status.code(), Some(2));
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = Dir::new();
    for i in 0..300 {
        dir.file(&format!("in/{i:03}.txt"), ARTICLE.repeat(20));
    }
    let mut c = newsner(dir.path());
    c.arg("in")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here, closing the pipe like `head -1`.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with('{'));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
}

#[test]
fn multibyte_offsets_are_code_points() {
    let path = fixture("articles/multibyte.txt");
    let mut c = newsner(path.parent().unwrap());
    c.arg("multibyte.txt");
    let out = run(c);
    let recs = records(&out);
    let text = std::fs::read_to_string(&path).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: u64, e: u64| chars[s as usize..e as usize].iter().collect::<String>();
    let mut checked = 0;
    for e in recs[0]["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            assert_eq!(slice(s, e), m["text"].as_str().unwrap());
            checked += 1;
        }
    }
    for d in recs[0]["dates"].as_array().unwrap() {
        let (s, e) = (d["start"].as_u64().unwrap(), d["end"].as_u64().unwrap());
        assert_eq!(slice(s, e), d["text"].as_str().unwrap());
        checked += 1;
    }
    assert!(checked >= 5, "{checked}");
    // "Jürgen Klopp" comes after "Café", "Zoë", "Müller" and an emoji:
    // four characters that take more than one byte.
    let klopp = &recs[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Jürgen Klopp")
        .unwrap()["mentions"][0];
    assert_eq!(
        klopp["start"],
        text.find("Jürgen")
            .map(|b| text[..b].chars().count())
            .unwrap()
    );
}

#[cfg(target_os = "linux")]
#[test]
fn full_disk_is_a_clear_error() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    // Open, never create: where there is no /dev/full there is no test.
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let mut c = newsner(dir.path());
    c.arg("a.txt").stdout(full).stderr(Stdio::piped());
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "newsner: <stdout>: no space left on device\n"
    );
}

#[test]
fn a_folder_without_articles_warns() {
    let dir = Dir::new();
    dir.file("in/page.html", "<p>x</p>");
    let mut c = newsner(dir.path());
    c.arg("in");
    let out = run(c);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        "newsner: in: warning: no files matching --ext txt below this folder \
         (it holds 1 .html; choose with --ext)\n"
    );
    assert!(out.stdout.is_empty());
}
