//! Hostile input: properties that hold for any text, and time that grows
//! linearly with the size of pathological articles.

use std::time::Duration;

use proptest::prelude::*;

fn extract(text: &str) -> newsner::Record {
    let article = newsner::parse_article_with(
        "prop",
        text.as_bytes(),
        &newsner::ReadOptions {
            default_date: Some("2024-02-29".parse().unwrap()),
            lossy: false,
        },
    );
    match article {
        Ok(a) => newsner::Extractor::new().extract(&a),
        Err(_) => newsner::Record {
            source: String::new(),
            date: None,
            entities: vec![],
            dates: vec![],
        },
    }
}

/// Every offset is in bounds, on a character, and `text` is the slice;
/// mentions and dates are sorted.
fn check_record(text: &str, rec: &newsner::Record) {
    let chars: Vec<char> = text.trim_start_matches('\u{FEFF}').chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    for e in &rec.entities {
        assert!(!e.mentions.is_empty());
        for w in e.mentions.windows(2) {
            assert!(w[0].start <= w[1].start);
        }
        for m in &e.mentions {
            assert!(m.start < m.end && m.end <= chars.len(), "{m:?}");
            assert_eq!(slice(m.start, m.end), m.text);
        }
    }
    for w in rec.dates.windows(2) {
        assert!(w[0].end <= w[1].start, "dates overlap: {w:?}");
    }
    for d in &rec.dates {
        assert!(d.start < d.end && d.end <= chars.len(), "{d:?}");
        assert_eq!(slice(d.start, d.end), d.text);
        assert!(!d.value.is_empty());
    }
    let json = serde_json::to_string(rec).unwrap();
    let back: newsner::Record = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, rec);
}

/// Text made of news-like pieces, so that rules actually fire.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mehmet Goren".to_string()),
        Just(" (MIT) ".to_string()),
        Just("Turkey's ".to_string()),
        Just("on Friday".to_string()),
        Just("March 2024".to_string()),
        Just(" known by the code name \"".to_string()),
        Just("Afghanistan–Pakistan".to_string()),
        Just("&amp;".to_string()),
        Just("<p>".to_string()),
        Just("U.S.".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        Just("é😀".to_string()),
        "[A-Za-z]{1,8}",
        "[ (),.\"'-]{1,3}",
        "[0-9]{1,4}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_string_gives_a_sound_record(text in any::<String>()) {
        let rec = extract(&text);
        check_record(&text, &rec);
    }

    #[test]
    fn news_like_text_gives_a_sound_and_stable_record(body in newsish()) {
        let text = format!(" date 2025-12-22 {body}");
        let rec = extract(&text);
        check_record(&text, &rec);
        prop_assert_eq!(extract(&text), rec);
    }
}

/// CPU time spent by this thread to extract `text`. Thread CPU time,
/// unlike wall time, does not grow when other processes or test threads
/// share the cores, so a busy machine cannot make a linear rule look
/// quadratic (wall time did, now and then, under parallel builds).
fn time(text: &str) -> Duration {
    let t = thread_cpu_time();
    std::hint::black_box(extract(text));
    thread_cpu_time().saturating_sub(t)
}

#[cfg(unix)]
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the call's duration.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

#[cfg(not(unix))]
fn thread_cpu_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

/// Quadrupling the input must not much more than quadruple the time: a
/// quadratic rule would multiply it by sixteen. Sizes are timed in turn,
/// three times each, and the best of each kept, so that a busy machine
/// slows both alike.
fn assert_linear(name: &str, make: impl Fn(usize) -> String, unit: usize) {
    let small = make(unit);
    let large = make(unit * 4);
    let (mut a, mut b) = (Duration::MAX, Duration::MAX);
    for _ in 0..3 {
        a = a.min(time(&small));
        b = b.min(time(&large));
    }
    let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-6);
    assert!(
        ratio < 9.0,
        "{name}: {} bytes took {a:?}, {} bytes took {b:?} (ratio {ratio:.1})",
        small.len(),
        large.len()
    );
}

#[test]
fn capitalised_words_run_in_linear_time() {
    assert_linear(
        "capitalised words",
        |n| "Word Of The Year And ".repeat(n),
        15_000,
    );
}

#[test]
fn brackets_run_in_linear_time() {
    assert_linear("brackets", |n| "(".repeat(n), 100_000);
    assert_linear("bracketed acronyms", |n| "Agency (AB) (".repeat(n), 10_000);
}

#[test]
fn one_long_line_runs_in_linear_time() {
    assert_linear(
        "single line",
        |n| "the talks on Friday in Ankara with Mehmet Goren ended 2021 ".repeat(n),
        5_000,
    );
}

#[test]
fn punctuation_runs_in_linear_time() {
    assert_linear("periods", |n| ". ".repeat(n), 100_000);
    assert_linear("quotes and dashes", |n| "\"–'".repeat(n), 50_000);
}

/// Inputs the fuzzer found crashing, kept as regression tests: each must
/// now read (lossy when the fuzz target was) and extract without a panic.
#[test]
fn fuzz_crashes_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for lossy in [false, true] {
            let options = newsner::ReadOptions {
                default_date: Some("2024-02-29".parse().unwrap()),
                lossy,
            };
            if let Ok(article) = newsner::parse_article_with("fuzz", &bytes, &options) {
                let rec = newsner::Extractor::new().extract(&article);
                check_record(&article.text, &rec);
            }
        }
        n += 1;
    }
    assert!(n >= 1);
}

/// Many different organisations and acronyms in one article: grouping
/// must not compare every acronym with every name.
#[test]
fn many_names_and_acronyms_run_in_linear_time() {
    fn word(mut i: usize) -> String {
        let mut w = String::new();
        loop {
            w.push((b'a' + (i % 26) as u8) as char);
            i /= 26;
            if i == 0 {
                break;
            }
        }
        let mut c = w.chars();
        let first = c.next().unwrap().to_ascii_uppercase();
        format!("{first}{}x", c.as_str())
    }
    assert_linear(
        "organisations and acronyms",
        |n| {
            (0..n)
                .map(|i| {
                    // Every name spells the same letters, so a check of each
                    // acronym against every name would be quadratic.
                    let (a, b) = (word(i), word(i + 7));
                    format!("The A{a} B{b} Group said. Later the ABG agreed. ")
                })
                .collect()
        },
        1_500,
    );
}
