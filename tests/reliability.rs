//! Issue 11: no article lost, no file clobbered, every real input read
//! right. Each test failed before the fix it is named after.

use std::path::Path;

use crate::util::{files_below, newsner, records, run, run_with_stdin, stderr, Dir, ARTICLE};

fn go(dir: &Dir, args: &[&str]) -> std::process::Output {
    let mut c = newsner(dir.path());
    c.args(args);
    run(c)
}

fn json_files(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = files_below(root)
        .into_iter()
        .filter(|p| p.ends_with(".json") && !p.contains(".newsner-run"))
        .collect();
    names.sort();
    names
}

#[test]
fn r11_same_file_name_in_two_folders_gives_two_outputs() {
    let dir = Dir::new();
    dir.file("x/c.txt", ARTICLE);
    dir.file("y/c.txt", ARTICLE.replace("Ankara", "Paris"));
    let out = go(&dir, &["x", "y", "--out-dir", "out"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let root = dir.path().join("out");
    let files = json_files(&root);
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(root.join("x/c.json").exists() && root.join("y/c.json").exists());
}

#[test]
fn r11_a_txt_beside_a_html_gives_two_outputs() {
    let dir = Dir::new();
    dir.file("in/a.txt", ARTICLE);
    dir.file("in/a.html", format!("<p>{ARTICLE}</p>"));
    let out = go(&dir, &["in", "--ext", "txt,html", "--out-dir", "out"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let root = dir.path().join("out");
    assert!(root.join("a.json").exists() && root.join("a.html.json").exists());
}

#[test]
fn r11_jsonl_ids_keep_their_dots_and_urls_stay_apart() {
    let dir = Dir::new();
    let ids = [
        "reuters-2025.12.22-001",
        "reuters-2025.12.22-002",
        "https://www.bbc.com/news/articles/a1",
        "https://www.bbc.com/news/articles/b2",
    ];
    let lines: String = ids
        .iter()
        .map(|id| {
            format!(
                "{{\"id\": \"{id}\", \"date\": \"2025-12-22\", \"text\": \"Talks in Paris.\"}}\n"
            )
        })
        .collect();
    dir.file("feed.jsonl", lines);
    let out = go(
        &dir,
        &["--input", "jsonl", "feed.jsonl", "--out-dir", "out"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(json_files(&dir.path().join("out")).len(), 4);
    assert!(dir.path().join("out/reuters-2025.12.22-001.json").exists());
}

#[test]
fn r11_a_duplicate_id_is_an_error_and_the_first_record_stays() {
    let dir = Dir::new();
    let feed = concat!(
        "{\"id\": \"a1\", \"date\": \"2025-12-22\", \"text\": \"Talks in Paris.\"}\n",
        "{\"id\": \"a1\", \"date\": \"2025-12-22\", \"text\": \"Talks in Rome.\"}\n",
    );
    dir.file("feed.jsonl", feed);
    let out = go(
        &dir,
        &["--input", "jsonl", "feed.jsonl", "--out-dir", "out"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("feed.jsonl:2 (id a1): duplicate id 'a1' (first at feed.jsonl:1"),
        "{err}"
    );
    let kept = std::fs::read_to_string(dir.path().join("out/a1.json")).unwrap();
    assert!(kept.contains("Paris") && !kept.contains("Rome"));
}

#[test]
fn r11_resume_redoes_the_work_when_options_change() {
    let dir = Dir::new();
    dir.file("in/a.txt", ARTICLE);
    assert_eq!(go(&dir, &["in", "--out-dir", "out"]).status.code(), Some(0));
    let again = go(&dir, &["in", "--out-dir", "out"]);
    assert!(
        stderr(&again).contains("skipped 1 up-to-date"),
        "{}",
        stderr(&again)
    );
    let pretty = go(&dir, &["in", "--out-dir", "out", "--pretty"]);
    let err = stderr(&pretty);
    assert!(
        err.contains("options differ from the run that wrote this folder (pretty false → true); redoing every article"),
        "{err}"
    );
    let text = std::fs::read_to_string(dir.path().join("out/a.json")).unwrap();
    assert!(text.lines().count() > 1, "now indented");
    let linked = go(&dir, &["in", "--out-dir", "out", "--pretty", "--link"]);
    assert!(stderr(&linked).contains("link false → true"));
    let text = std::fs::read_to_string(dir.path().join("out/a.json")).unwrap();
    assert!(text.contains("\"key\""));
}

#[cfg(unix)]
#[test]
fn r11_output_files_get_the_usual_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    let existing = dir.file("old.jsonl", "");
    std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o664)).unwrap();
    let bin = env!("CARGO_BIN_EXE_newsner");
    let script = format!(
        "umask 022 && {bin} a.txt -o new.jsonl && {bin} a.txt -o old.jsonl && \
         {bin} a.txt --out-dir out"
    );
    let mut c = std::process::Command::new("sh");
    c.current_dir(dir.path()).args(["-c", &script]);
    let out = run(c);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mode = |rel: &str| {
        std::fs::metadata(dir.path().join(rel))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode("new.jsonl"), 0o644);
    assert_eq!(mode("old.jsonl"), 0o664, "an existing file keeps its mode");
    assert_eq!(mode("out/a.json"), 0o644);
}

#[cfg(unix)]
#[test]
fn r11_output_through_a_symlink_writes_the_target() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    dir.file("data/real.jsonl", "");
    std::os::unix::fs::symlink("data/real.jsonl", dir.path().join("link.jsonl")).unwrap();
    let out = go(&dir, &["a.txt", "-o", "link.jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let link = std::fs::symlink_metadata(dir.path().join("link.jsonl")).unwrap();
    assert!(link.file_type().is_symlink(), "the link stays a link");
    let text = std::fs::read_to_string(dir.path().join("data/real.jsonl")).unwrap();
    assert!(text.contains("Mehmet Goren"));
}

#[test]
fn r11_output_over_an_input_is_refused() {
    let dir = Dir::new();
    let a = dir.file("a.txt", ARTICLE);
    let out = go(&dir, &["a.txt", "-o", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("this is also an input"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(a).unwrap(), ARTICLE);
    dir.file("in/b.txt", ARTICLE);
    let out = go(&dir, &["in", "-o", "in/all.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("lies in the input folder"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn r11_dash_output_is_stdout() {
    let dir = Dir::new();
    dir.file("a.txt", ARTICLE);
    let out = go(&dir, &["a.txt", "-o", "-"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(records(&out).len(), 1);
    assert!(!dir.path().join("-").exists());
}

#[cfg(unix)]
#[test]
fn r11_a_symlink_loop_is_read_once() {
    let dir = Dir::new();
    dir.file("in/a.txt", ARTICLE);
    std::os::unix::fs::symlink(".", dir.path().join("in/self")).unwrap();
    let out = go(&dir, &["in"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(records(&out).len(), 1);
    assert!(
        stderr(&out).contains("symbolic link loop"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn r11_hidden_entries_and_other_extensions_are_counted() {
    let dir = Dir::new();
    dir.file("in/a.txt", ARTICLE);
    dir.file("in/.git/x.txt", ARTICLE);
    dir.file("in/.cache/y.txt", ARTICLE);
    dir.file("in/notes.md", ARTICLE);
    dir.file("in/page.html", ARTICLE);
    dir.file("in/README", ARTICLE);
    let out = go(&dir, &["in"]);
    assert_eq!(records(&out).len(), 1);
    let err = stderr(&out);
    assert!(
        err.contains(
            "passed over 3 file(s) not matching --ext txt (1 without extension, 1 .html, 1 .md)"
        ),
        "{err}"
    );
    assert!(err.contains("skipped 2 hidden file(s) or folder(s); --hidden reads them"));
    assert_eq!(records(&go(&dir, &["in", "--hidden"])).len(), 3);
    assert_eq!(
        records(&go(&dir, &["in", "--ext", "txt,md,html,"])).len(),
        4
    );
}

#[test]
fn r11_date_headers_in_the_forms_sites_write() {
    let dir = Dir::new();
    let headers = [
        "Published: 22 December 2025\n",
        "Dec 22, 2025\n",
        "2025/12/22\n",
        "2025-12-22T09:30:00Z\n",
        "Date: Mon, 22 Dec 2025 09:30:00 +0000\n",
        "Headline\nBy A. Writer\nPosted on December 22, 2025 at 9:30 a.m. EST\n",
        "<html><head><meta property=\"article:published_time\" content=\"2025-12-22T09:30:00+00:00\"></head><body>",
        "<article><time datetime=\"2025-12-22\">Monday</time><p>",
    ];
    for (i, h) in headers.iter().enumerate() {
        dir.file(
            &format!("in/{i}.txt"),
            format!("{h}Mehmet Goren left Ankara on Friday."),
        );
    }
    let out = go(&dir, &["in"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    for (i, r) in records(&out).iter().enumerate() {
        assert_eq!(r["date"], "2025-12-22", "{}", headers[i]);
        assert_eq!(
            r["dates"].as_array().unwrap().last().unwrap()["value"],
            "2025-12-19",
            "{}",
            headers[i]
        );
    }
}

#[test]
fn r11_no_date_is_a_warning_naming_the_option() {
    let dir = Dir::new();
    dir.file("a.txt", "Mehmet Goren left Ankara on Friday.");
    let out = go(&dir, &["a.txt"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("a.txt: warning: no date found"));
    assert!(stderr(&out).contains("--date"));
    assert!(stderr(&go(&dir, &["a.txt", "--date", "2025-12-22"])).is_empty());
}

#[test]
fn r11_jsonl_dates_with_a_time() {
    let dir = Dir::new();
    let line =
        r#"{"id": "a", "date": "2025-12-22T10:00:00Z", "text": "Talks in Paris on Friday."}"#;
    let mut c = newsner(dir.path());
    c.args(["--input", "jsonl"]);
    let out = run_with_stdin(c, line.as_bytes());
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    assert_eq!(records(&out)[0]["date"], "2025-12-22");
}

#[test]
fn r11_jsonl_messages() {
    let dir = Dir::new();
    dir.file(
        "feed.jsonl",
        "\u{feff}{\"id\": \"a\", \"text\": \"Talks in Paris.\", \"date\": \"soon\"}\n[1,2]\n",
    );
    let out = go(&dir, &["--input", "jsonl", "feed.jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        records(&out).len(),
        1,
        "the byte-order mark does not spoil line 1"
    );
    let err = stderr(&out);
    assert!(
        err.contains("newsner: feed.jsonl:1 (id a): warning: 'soon' is not a date"),
        "{err}"
    );
    assert!(
        err.contains("newsner: feed.jsonl:2: expected an object"),
        "{err}"
    );
}

#[test]
fn r11_html_scripts_styles_and_footers_are_not_names() {
    let dir = Dir::new();
    dir.file(
        "page.html",
        "<html><head><style>body { font-family: \"Helvetica Neue\", Arial; }</style>\
         <script>var Jane = \"Doe\";</script></head><body>\
         <p>date 2025-12-22</p><p>The Turkish National Intelligence Organisation (MIT) \
         said Mehmet Goren was held.</p>\
         <footer><a>Privacy Policy</a> | <a>Cookie Policy</a></footer>\
         <p>All Rights Reserved</p></body></html>",
    );
    let out = go(&dir, &["page.html"]);
    let rec = &records(&out)[0];
    let names: Vec<&str> = rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    for bad in ["Helvetica", "Jane", "Privacy", "Cookie", "Rights"] {
        assert!(!names.iter().any(|n| n.contains(bad)), "{bad}: {names:?}");
    }
    // Alias evidence points into the page as read, like mentions.
    let text = std::fs::read_to_string(dir.path().join("page.html")).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let mit = rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"].as_str().unwrap().contains("Intelligence"))
        .expect("the agency is found");
    let ev = &mit["aliases"][0]["evidence"];
    let (s, e) = (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    );
    let quoted: String = chars[s..e].iter().collect();
    assert!(
        quoted.starts_with("Turkish National") || quoted.starts_with("The Turkish"),
        "{quoted}"
    );
    assert!(quoted.ends_with("(MIT)"), "{quoted}");
}

#[test]
fn r11_encodings_are_named() {
    let dir = Dir::new();
    dir.file("latin1.txt", b"date 2025-12-22 Caf\xE9 in Paris.");
    let out = go(&dir, &["latin1.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Latin-1 or Windows-1252 text, which --lossy reads"));
    let out = go(&dir, &["latin1.txt", "--lossy"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("read as Windows-1252"),
        "{}",
        stderr(&out)
    );
    assert_eq!(records(&out)[0]["entities"][0]["name"], "Paris");
    let utf16: Vec<u8> = ARTICLE
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    dir.file("utf16.txt", utf16);
    let out = go(&dir, &["utf16.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("read as UTF-16LE"));
    assert_eq!(records(&out)[0]["date"], "2025-12-22");
}
