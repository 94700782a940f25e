//! Archive-scale runs: parallel order, resumable output folders, JSON
//! Lines input, progress and input hygiene.

use crate::util::{
    files_below, fixture, newsner, records, run, run_with_stdin, stderr, Dir, ARTICLE,
};

/// A folder of varied articles, nested, for order tests.
fn archive(dir: &Dir, n: usize) {
    let seed = std::fs::read_to_string(fixture("articles/seed.txt")).unwrap();
    let paras: Vec<&str> = seed.split("\n\n").collect();
    for i in 0..n {
        let body: Vec<&str> = paras.iter().skip(i % paras.len()).copied().collect();
        let text = format!(" date 2025-12-{:02} {}", 1 + i % 28, body.join("\n\n"));
        dir.file(&format!("in/{}/{i:04}.txt", i % 7), text);
    }
}

/// 150 articles and one binary file deep in the run: past the first
/// items, workers take articles in chunks (#17), so the bad file fails
/// inside a chunk, and the chunk's other articles must still be written,
/// in order, whatever the number of threads.
#[test]
fn output_is_byte_identical_whatever_the_threads() {
    let dir = Dir::new();
    archive(&dir, 150);
    dir.file("in/3/0101.txt", b"date 2025-12-01 \x00\x01 binary");
    let mut outputs = Vec::new();
    for j in ["1", "2", "4"] {
        let mut c = newsner(dir.path());
        c.args(["-j", j, "in"]);
        let out = run(c);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("0101.txt: binary content"));
        outputs.push(out.stdout);
    }
    assert_eq!(
        records(&run({
            let mut c = newsner(dir.path());
            c.args(["-j", "2", "in"]);
            c
        }))
        .len(),
        149
    );
    assert!(outputs.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn out_dir_mirrors_the_tree_and_resumes() {
    let dir = Dir::new();
    dir.file("in/a.txt", ARTICLE);
    dir.file("in/sub/b.txt", ARTICLE);
    dir.file("in/sub/c.txt", ARTICLE);
    let go = |extra: &[&str]| {
        let mut c = newsner(dir.path());
        c.args(["in", "--out-dir", "out"]).args(extra);
        run(c)
    };
    let first = go(&[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(first.stdout.is_empty());
    for rel in ["out/a.json", "out/sub/b.json", "out/sub/c.json"] {
        let text = std::fs::read_to_string(dir.path().join(rel)).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(v["source"].as_str().unwrap().starts_with("in/"));
    }
    // An interrupted run: one output missing. The re-run writes only it.
    std::fs::remove_file(dir.path().join("out/sub/b.json")).unwrap();
    let again = go(&[]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(
        stderr(&again),
        "newsner: skipped 2 up-to-date article(s); --force redoes them\n"
    );
    assert!(dir.path().join("out/sub/b.json").exists());
    // --force redoes everything.
    let forced = go(&["--force"]);
    assert_eq!(stderr(&forced), "");
    // No temporary files are left anywhere.
    let leftovers = files_below(&dir.path().join("out"))
        .into_iter()
        .filter(|p| !p.ends_with(".json"))
        .count();
    assert_eq!(leftovers, 0);
}

#[test]
fn jsonl_input_goes_on_past_malformed_lines() {
    let dir = Dir::new();
    let lines = concat!(
        r#"{"id": "a1", "date": "2025-12-22", "text": "Mehmet Goren left Ankara on Friday."}"#,
        "\n",
        "{not json\n",
        "\n",
        r#"{"id": 7, "text": "Talks in Paris."}"#,
        "\n",
        r#"{"id": "no-text"}"#,
        "\n",
    );
    let mut c = newsner(dir.path());
    c.args(["--input", "jsonl", "-"]);
    let out = run_with_stdin(c, lines.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let err_lines: Vec<&str> = err.lines().collect();
    assert_eq!(err_lines.len(), 3, "{err}");
    assert!(
        err_lines[0].starts_with("newsner: -:2: malformed JSON: key must be a string (column 2)"),
        "{err}"
    );
    assert!(
        err_lines[1].starts_with("newsner: -:4 (id 7): warning: no date found"),
        "warnings name the line and the id: {err}"
    );
    assert_eq!(
        err_lines[2], "newsner: -:5: the object has no \"text\" field",
        "{err}"
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["source"], "a1");
    assert_eq!(recs[0]["date"], "2025-12-22");
    assert_eq!(recs[0]["dates"][0]["value"], "2025-12-19");
    assert_eq!(recs[1]["source"], "7");
    assert!(recs[1]["date"].is_null());
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let dir = Dir::new();
    archive(&dir, 20);
    let mut c = newsner(dir.path());
    c.arg("in");
    let out = run(c);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");
}

#[test]
fn utf16_lossy_and_html_inputs() {
    let dir = Dir::new();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in ARTICLE.encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    dir.file("u16.txt", utf16);
    let mut c = newsner(dir.path());
    c.arg("u16.txt");
    let recs = records(&run(c));
    assert_eq!(recs[0]["entities"][0]["name"], "Mehmet Goren");

    dir.file("bad.txt", b"date 2025-01-01 Talks in Ankara caf\xE9.");
    let mut c = newsner(dir.path());
    c.args(["--lossy", "bad.txt"]);
    let out = run(c);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).starts_with("newsner: bad.txt: warning: not valid UTF-8"));

    let html = "date 2025-01-01 <p>Shares of AT&amp;T Inc fell in <b>Paris</b>.</p>";
    dir.file("page.txt", html);
    let mut c = newsner(dir.path());
    c.arg("page.txt");
    let recs = records(&run(c));
    let chars: Vec<char> = html.chars().collect();
    let mut names = Vec::new();
    for e in recs[0]["entities"].as_array().unwrap() {
        names.push(e["name"].as_str().unwrap().to_string());
        for m in e["mentions"].as_array().unwrap() {
            let (s, t) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                chars[s..t].iter().collect::<String>(),
                m["text"].as_str().unwrap()
            );
        }
    }
    assert!(names.contains(&"AT&T Inc".to_string()), "{names:?}");
    assert!(names.contains(&"Paris".to_string()), "{names:?}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_leaves_only_whole_files() {
    let dir = Dir::new();
    archive(&dir, 3000);
    let mut c = newsner(dir.path());
    c.args(["-j", "1", "in", "--out-dir", "out"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let child = c.spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let out = child.wait_with_output().unwrap();
    // Interrupted (130), or done before the signal came (0).
    assert!(matches!(out.status.code(), Some(130) | Some(0)), "{out:?}");
    for path in files_below(&dir.path().join("out")) {
        assert!(path.ends_with(".json"), "left behind: {path}");
        let text = std::fs::read_to_string(&path).unwrap();
        serde_json::from_str::<serde_json::Value>(&text).expect("whole JSON");
    }
}
