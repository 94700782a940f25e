//! A cleaned view of text scraped from the web, with a map back to the
//! original offsets.
//!
//! Scrapers leave HTML tags (`<p>`, `<a href=…>`), character entities
//! (`&amp;`, `&#8217;`) and control characters in article text. The rules
//! run on a cleaned copy, where tags become a space (or a line break for
//! block tags, so names never run across paragraphs), entities become
//! their character and control characters become spaces. Every offset the
//! rules produce is mapped back, so mentions still point into the text
//! exactly as read and their `text` is the original slice ("AT&amp;T").

/// The cleaned copy and the edits that map it back.
pub(crate) struct Cleaned {
    pub text: String,
    /// (offset in the cleaned text, offset in the original) at the start
    /// of every stretch copied unchanged, sorted.
    segments: Vec<(usize, usize)>,
}

impl Cleaned {
    /// The original byte offset of cleaned byte offset `at`.
    pub fn original(&self, at: usize) -> usize {
        let k = self.segments.partition_point(|&(c, _)| c <= at);
        match k {
            0 => at,
            _ => {
                let (c, o) = self.segments[k - 1];
                o + (at - c)
            }
        }
    }
}

/// Cleans `text[from..]`, or returns `None` when there is nothing to clean
/// (the common case, which then costs one scan).
pub(crate) fn clean(text: &str, from: usize) -> Option<Cleaned> {
    let body = &text[from..];
    // Tested a block at a time without stopping early, which the compiler
    // turns into vector instructions: most texts hold nothing to clean,
    // so the whole body is read either way. (Blocks of exactly 64 bytes:
    // a block of known length is unrolled without a loop, #17.)
    let odd = |b: u8| b == b'<' || b == b'&' || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'));
    let any_odd = |block: &[u8]| block.iter().fold(false, |found, &b| found | odd(b));
    let blocks = body.as_bytes().chunks_exact(64);
    let rest = blocks.remainder();
    let needs = blocks.clone().any(|block| {
        let block: &[u8; 64] = block.try_into().expect("64 bytes");
        any_odd(block)
    }) || any_odd(rest)
        || !body.is_ascii() && body.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c));
    if !needs {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..from]);
    let mut segments = Vec::new();
    let mut i = from;
    while i < text.len() {
        let c = text[i..].chars().next().expect("in bounds");
        let replaced = match c {
            '<' => tag(&text[i..]).map(|t| {
                let len = skipped_element(&text[i..], &t).unwrap_or(t.len);
                (len, if t.block { "\n" } else { " " })
            }),
            '&' => entity(&text[i..]),
            _ => None,
        };
        if let Some((len, with)) = replaced {
            segments.push((out.len(), i));
            out.push_str(with);
            i += len;
            segments.push((out.len(), i));
            continue;
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
            // Same byte length, so no map entry is needed.
            for _ in 0..c.len_utf8() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
        i += c.len_utf8();
    }
    Some(Cleaned {
        text: out,
        segments,
    })
}

/// At most the first `max` bytes of `s`, cut at a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// An HTML tag at the start of some text.
struct Tag {
    /// Its length in bytes, `<` to `>`.
    len: usize,
    /// Whether it breaks the line (block tags, and the skipped elements).
    block: bool,
    /// An opening tag of an element whose content is not article text.
    opens_skipped: Option<&'static str>,
}

/// Elements whose content is never article text: code, styles, menus,
/// footers and side bars. A CSS font stack ("Helvetica Neue") or a menu
/// of section names would otherwise be read as names (#11).
const SKIPPED_ELEMENTS: &[&str] = &["script", "style", "noscript", "nav", "footer", "aside"];

/// Block tags: a name never runs across them.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "title",
    "head",
    "body",
    "html",
];

/// The HTML tag at the start of `s`; `None` when `<` starts no tag
/// ("a < b"). Comments (`<!-- … -->`) are tags that may hold `>`.
fn tag(s: &str) -> Option<Tag> {
    if let Some(comment) = s.strip_prefix("<!--") {
        let end = comment.find("-->")?;
        return Some(Tag {
            len: 4 + end + 3,
            block: false,
            opens_skipped: None,
        });
    }
    let rest = &s[1..];
    let first = rest.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    let end = prefix(rest, 1000).find('>')?;
    let inner = &rest[..end];
    if inner.contains('<') {
        return None;
    }
    let closing = inner.starts_with('/');
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    let skipped = SKIPPED_ELEMENTS.iter().find(|&&e| e == name).copied();
    Some(Tag {
        len: end + 2,
        block: skipped.is_some() || BLOCK_TAGS.contains(&name.as_str()),
        opens_skipped: skipped.filter(|_| !closing && !inner.ends_with('/')),
    })
}

/// The length from the start of `s` to the end of the element that `tag`
/// opens, when it is one whose content is skipped and it is closed; an
/// unclosed one skips only its tag, so no article text is lost.
fn skipped_element(s: &str, tag: &Tag) -> Option<usize> {
    let name = tag.opens_skipped?;
    let rest = &s[tag.len..];
    let close = format!("</{name}");
    let at = find_ascii_case_insensitive(rest, &close)?;
    let after = &rest[at..];
    let end = after.find('>')?;
    Some(tag.len + at + end + 1)
}

/// The byte offset of the first occurrence of ASCII `needle` in
/// `haystack`, ignoring ASCII case.
fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    h.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
}

/// The length of a character entity at the start of `s` and its text.
fn entity(s: &str) -> Option<(usize, &'static str)> {
    let end = prefix(s, 12).find(';')?;
    let name = &s[1..end];
    // Feeds that shout write the basic entities in capitals ("AT&AMP;T").
    let with = match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "NBSP" => " ",
        "apos" | "APOS" | "#39" | "#039" | "rsquo" | "lsquo" | "#8217" | "#8216" => "'",
        "nbsp" | "#160" => " ",
        "ldquo" | "rdquo" | "#8220" | "#8221" => "\"",
        "ndash" | "#8211" => "–",
        "mdash" | "#8212" => "—",
        "hellip" | "#8230" => "…",
        "eacute" => "é",
        "uuml" => "ü",
        "ouml" => "ö",
        "auml" => "ä",
        _ => return None,
    };
    Some((end + 1, with))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_needs_no_copy() {
        assert!(clean("date 2025-01-01 Plain text.", 0).is_none());
    }

    #[test]
    fn entities_and_tags_map_back() {
        let text = "<p>AT&amp;T sued Apple</p>";
        let c = clean(text, 0).unwrap();
        assert_eq!(c.text, "\nAT&T sued Apple\n");
        let at = c.text.find("AT&T").unwrap();
        assert_eq!(c.original(at), 3);
        assert_eq!(&text[c.original(at)..c.original(at + 4)], "AT&amp;T");
        let apple = c.text.find("Apple").unwrap();
        assert_eq!(&text[c.original(apple)..c.original(apple + 5)], "Apple");
    }

    #[test]
    fn upper_case_entities_are_decoded() {
        let c = clean("Shares in AT&AMP;T and Procter &AMP; Gamble", 0).unwrap();
        assert_eq!(c.text, "Shares in AT&T and Procter & Gamble");
    }

    #[test]
    fn control_characters_become_spaces() {
        let c = clean("a\u{7}b\u{85}c", 0).unwrap();
        assert_eq!(c.text, "a b  c");
    }

    #[test]
    fn multibyte_characters_after_markup_are_safe() {
        // Regression: found by the property tests, a byte cut inside '𖿡'.
        let c = clean("&𝄖්\\S%𖿡E", 0).unwrap();
        assert_eq!(c.text, "&𝄖්\\S%𖿡E");
        assert!(clean("<a𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡𖿡>", 0).is_some());
    }

    #[test]
    fn scripts_styles_and_menus_are_not_text() {
        let text = "<style>body { font: \"Helvetica Neue\" }</style><nav>Home World</nav>\
                    <p>Ali Demir spoke.</p><script>var Jane = 'Doe';</script>\
                    <!-- a <b>comment</b> --><FOOTER>Privacy Policy</FOOTER>";
        let c = clean(text, 0).unwrap();
        assert!(!c.text.contains("Helvetica"), "{}", c.text);
        assert!(!c.text.contains("Home"));
        assert!(!c.text.contains("Jane"));
        assert!(!c.text.contains("comment"));
        assert!(!c.text.contains("Privacy"));
        let at = c.text.find("Ali Demir").unwrap();
        assert_eq!(&text[c.original(at)..c.original(at + 9)], "Ali Demir");
    }

    #[test]
    fn an_unclosed_script_loses_no_text() {
        let c = clean("<script>Ali Demir spoke.", 0).unwrap();
        assert!(c.text.contains("Ali Demir spoke."));
    }

    #[test]
    fn a_lone_less_than_is_text() {
        let c = clean("a < b & c", 0);
        assert!(c.is_none() || c.unwrap().text == "a < b & c");
    }
}
