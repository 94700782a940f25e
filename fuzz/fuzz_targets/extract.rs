//! Reader + extractor on arbitrary bytes: no panic, and every offset in
//! the record is a code-point range whose text is exactly that slice.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = newsner::ReadOptions {
        default_date: Some("2024-02-29".parse().unwrap()),
        lossy: data.first().is_some_and(|b| b & 1 == 1),
    };
    let Ok(article) = newsner::parse_article_with("fuzz", data, &options) else {
        return;
    };
    let record = newsner::Extractor::new().extract(&article);
    let chars: Vec<char> = article.text.chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    for e in &record.entities {
        for m in &e.mentions {
            assert!(m.start < m.end && m.end <= chars.len());
            assert_eq!(slice(m.start, m.end), m.text);
        }
    }
    for d in &record.dates {
        assert!(d.start < d.end && d.end <= chars.len());
        assert_eq!(slice(d.start, d.end), d.text);
        assert!(!d.value.is_empty());
    }
    let mut json = Vec::new();
    record.write_to(&mut json, false).unwrap();
    let back: newsner::Record = serde_json::from_slice(&json).unwrap();
    assert_eq!(back, record);
});
