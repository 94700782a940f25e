//! The small word classes segmentation cuts on: legal suffixes, caption
//! labels, the closing words of events and features, and the title-casing
//! of words written in capitals.

use crate::lexicon::WordList;

/// Legal suffixes that close a company's name before a title: "Acme
/// Corp. Chairman X".
pub(super) fn company_suffix(word: &str) -> bool {
    matches!(
        word,
        "Corp" | "Corp." | "Inc" | "Inc." | "Ltd" | "Ltd." | "Co." | "Plc" | "PLC" | "AG" | "SA"
    )
}

/// Labels that open a photo caption or credit line ("Photo: …", "File /
/// …"), which segmentation keeps out of names.
pub(super) fn is_caption_word(word: &str) -> bool {
    matches!(
        word,
        "Photo"
            | "Photos"
            | "Photograph"
            | "Image"
            | "Images"
            | "Picture"
            | "Video"
            | "File"
            | "Credit"
            | "Illustration"
    )
}

/// Legal suffixes that close a company's name.
pub(super) fn is_legal_suffix(word: &str) -> bool {
    matches!(
        word,
        "Inc"
            | "Inc."
            | "Corp"
            | "Corp."
            | "Ltd"
            | "Ltd."
            | "Co"
            | "Co."
            | "Plc"
            | "PLC"
            | "plc"
            | "AG"
            | "NV"
            | "GmbH"
            | "LLC"
            | "LLP"
            | "Limited"
            | "Corporation"
    )
}

/// Words that end the names of events and shows ("U.S. Open", "World
/// Cup", "Great British Bake Off", "Eurovision Song Contest"). "Off" is a
/// function word too, but capitalised after a name it closes a show's.
pub(crate) fn is_event_word(word: &str) -> bool {
    EVENT_WORDS.contains(&word)
}

/// The words of [`is_event_word`]: a [`WordList`], not a `match`. Asked
/// of the last token of most names, which is seldom one of them, the
/// match compared lengths and bytes in a chain of branches that
/// mispredicted; the list's filter turns most words away in one (#17).
static EVENT_WORDS: WordList = WordList::new(&[
    "Open",
    "Cup",
    "Games",
    "Olympics",
    "Championship",
    "Championships",
    "Trophy",
    "Prix",
    "Series",
    "Classic",
    "Masters",
    "Tour",
    "Marathon",
    "Festival",
    "Awards",
    "Summit",
    "Conference",
    "War",
    "Treaty",
    "Accord",
    "Accords",
    "Contest",
    "Off",
    "Expo",
    "Olympiad",
    "Regatta",
]);

/// Words that make a geographic feature ("Gulf of Aden", "Mount Kenya").
pub(crate) fn is_feature_word(word: &str) -> bool {
    FEATURE_WORDS.contains(&word)
}

/// The words of [`is_feature_word`], a [`WordList`] for the same reason
/// as [`EVENT_WORDS`].
static FEATURE_WORDS: WordList = WordList::new(&[
    "Gulf",
    "Strait",
    "Straits",
    "Sea",
    "Ocean",
    "Bay",
    "Cape",
    "Isle",
    "Island",
    "Islands",
    "Lake",
    "Mount",
    "Mountains",
    "River",
    "Valley",
    "Desert",
    "Peninsula",
    "Province",
    "Region",
    "Republic",
    "Kingdom",
    "Canal",
    "Coast",
    "Basin",
    "Plateau",
    "Sound",
    "Heights",
    "Hills",
    "Highlands",
    "Emirate",
    "State",
    "Governorate",
    "Territory",
    "Territories",
]);

/// Title case for text in capitals, the text itself otherwise.
pub(crate) fn title_case_if_caps(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().filter(|c| c.is_alphabetic()).count() > 2 && !s.chars().any(char::is_lowercase) {
        std::borrow::Cow::Owned(title_case(s))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// "NEW YORK" → "New York"; "AL-QAEDA" → "Al-Qaeda".
pub(crate) fn title_case(s: &str) -> String {
    if s.is_ascii() {
        let mut out = Vec::with_capacity(s.len());
        title_case_ascii_into(s, &mut out);
        return String::from_utf8(out).expect("ASCII stays ASCII");
    }
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if at_start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            at_start = false;
        } else {
            out.push(c);
            at_start = c != '\'';
        }
    }
    out
}

/// [`title_case`] of ASCII text, appended to `out` byte by byte: the
/// first letter of each word raised, the others lowered. (Bytes, not
/// characters: pushing characters to a string encoded each, #17.)
fn title_case_ascii_into(s: &str, out: &mut Vec<u8>) {
    let start = out.len();
    out.extend_from_slice(s.as_bytes());
    let mut at_start = true;
    for b in &mut out[start..] {
        let letter = b.is_ascii_alphabetic();
        if letter {
            // (Bit 5 is the case of an ASCII letter.)
            *b = if at_start { *b & !0x20 } else { *b | 0x20 };
        }
        at_start = !letter && *b != b'\'';
    }
}

/// Calls `f` with [`title_case`] of `s`, written for ASCII text into a
/// buffer the thread keeps: headlines try every span of capitals against
/// the lexicons, and a new string a span cost more than its probe (#17).
pub(crate) fn with_title_case<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let mut f = Some(f);
    if s.is_ascii() {
        let done = BUFFER.with(|buffer| {
            // (A call inside `f` finds the buffer taken and copies.)
            let mut buffer = buffer.try_borrow_mut().ok()?;
            buffer.clear();
            title_case_ascii_into(s, &mut buffer);
            let title = std::str::from_utf8(&buffer).expect("ASCII stays ASCII");
            Some(f.take().expect("called once")(title))
        });
        if let Some(result) = done {
            return result;
        }
    }
    f.take().expect("called once")(&title_case(s))
}
