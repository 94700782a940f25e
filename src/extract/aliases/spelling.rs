//! Spelling variants of one name: accents, case and the usual
//! transliteration alternations ("Zelensky" / "Zelenskiy" / "Zelenskyy",
//! "Gaddafi" / "Gadafi", "Aleksei" / "Alexei").
//!
//! Two spellings are taken as one name when they reduce to the same
//! *skeleton*. The reduction is deliberately narrow so that different
//! people stay apart: it never touches vowels other than the `y`/`i`
//! endings of Slavic names, so "Hansen" and "Hanson", "Petersen" and
//! "Peterson" keep different skeletons; and short names (under six
//! letters) are only folded for accents and case, never reduced.

/// `c` without its accent, for the Latin letters news names carry
/// ("Dvořák" → "Dvorak", "Gül" → "Gul"); other characters unchanged.
fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' | 'ḥ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

/// The name's letters, lower-cased and without accents: "Dvořák" →
/// "dvorak", "O'Brien" → "obrien". (Grouping keys names by
/// [`fold_hash`]; the string is what tests compare it with.)
#[cfg(test)]
fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    fold_into(name, &mut out);
    out
}

/// Appends [`fold`] of `name` to `out`, so that callers building many
/// keys reuse one buffer (#17).
fn fold_into(name: &str, out: &mut String) {
    if name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // The usual case, a plain word: copied whole and lower-cased in
        // place.
        let start = out.len();
        out.push_str(name);
        if let Some(word) = out.get_mut(start..) {
            word.make_ascii_lowercase();
        }
        return;
    }
    if name.is_ascii() {
        // Byte by byte: ASCII letters have no accents.
        out.reserve(name.len());
        for &b in name.as_bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return;
    }
    out.extend(
        name.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .map(fold_char),
    );
}

/// A hash of [`fold`] without building the string: "Nelson Mandela" and
/// "NELSON MANDELA" hash alike.
pub(crate) fn fold_hash(name: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    if name.is_ascii() {
        // A plain loop: the iteration build compiled the `filter` chain
        // to several times the instructions (#17). One table read says
        // whether a byte counts and gives it in lower case.
        for &b in name.as_bytes() {
            let key = crate::extract::evidence::KEY_BYTE[usize::from(b)];
            if key != 0 {
                h.write_u32(u32::from(key));
            }
        }
        return h.finish();
    }
    for c in name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
    {
        h.write_u32(fold_char(c) as u32);
    }
    h.finish()
}

/// True for a, e, i, o, u.
fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The skeleton of one word of a name: [`fold`], then, for words of six
/// letters or more, "ks" → "x", doubled letters single, "ou" → "u", a `y`
/// between vowels dropped (Sergeyev / Sergeev) and the Slavic endings
/// "-iy", "-yy", "-ii", "-i" after a consonant written "-y".
pub(crate) fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    skeleton_into(word, &mut out);
    out
}

/// Appends the [`skeleton`] of `word` to `out`: a key of several words,
/// or many keys looked up in turn, is built in one reused buffer instead
/// of a `String` per word (#17).
pub(crate) fn skeleton_into(word: &str, out: &mut String) {
    let mut buf = [0u8; SHORT];
    if let Some(len) = short_skeleton(word, &mut buf) {
        out.push_str(std::str::from_utf8(&buf[..len]).expect("ASCII stays ASCII"));
        return;
    }
    let start = out.len();
    fold_into(word, out);
    if out.len() - start < 6 || !out[start..].is_ascii() {
        return;
    }
    let mut bytes = std::mem::take(out).into_bytes();
    let len = reduce(&mut bytes[start..]);
    bytes.truncate(start + len);
    *out = String::from_utf8(bytes).expect("ASCII reduced to ASCII");
}

/// The longest word whose skeleton is built on the stack.
const SHORT: usize = 48;

/// The skeleton of the usual word, short and ASCII, folded and reduced
/// on the stack in one pass: its length in `buf`, or `None` for another
/// word. Building it in a `String` cost several hundred instructions a
/// word, and grouping asks for tens of thousands of skeletons a megabyte
/// (#17).
fn short_skeleton(word: &str, buf: &mut [u8; SHORT]) -> Option<usize> {
    if word.len() > SHORT || !word.is_ascii() {
        return None;
    }
    let mut n = 0;
    for &b in word.as_bytes() {
        // Every byte is written, and kept only when it is a letter or a
        // digit: no branch on the byte, and one table read gives it
        // folded, or 0 (#17).
        let folded = crate::extract::evidence::KEY_BYTE[usize::from(b)];
        buf[n] = folded;
        n += usize::from(folded != 0);
    }
    Some(if n < 6 { n } else { reduce(&mut buf[..n]) })
}

/// The key of a skeleton: a hash of its bytes, for the sorted lists and
/// maps of grouping. Two of an article's names colliding is as unlikely
/// as for the other 64-bit keys of grouping ([`fold_hash`]).
pub(crate) fn key_of(skeleton: &str) -> u64 {
    bytes_key(skeleton.as_bytes())
}

fn bytes_key(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.finish()
}

/// The [`key_of`] the [`skeleton`] of `word`, its first character and
/// whether it holds more than one: all that grouping compares of a part
/// of a person's name, worked out without a `String` for the usual word
/// (#17).
pub(crate) fn skeleton_facts(word: &str) -> (u64, Option<char>, bool) {
    let mut buf = [0u8; SHORT];
    match short_skeleton(word, &mut buf) {
        Some(len) => (
            bytes_key(&buf[..len]),
            buf[..len].first().map(|&b| char::from(b)),
            len > 1,
        ),
        None => {
            let s = skeleton(word);
            (key_of(&s), s.chars().next(), s.chars().nth(1).is_some())
        }
    }
}

/// [`key_of`] the [`skeleton`] of `word`, for looking a word up: the
/// usual word's skeleton is hashed where it is built, without being
/// copied into a `String` (#17).
pub(crate) fn skeleton_key(word: &str) -> u64 {
    let mut buf = [0u8; SHORT];
    match short_skeleton(word, &mut buf) {
        Some(len) => bytes_key(&buf[..len]),
        None => key_of(&skeleton(word)),
    }
}

/// A key for a name of several words: [`skeleton_key`] of each word in
/// turn, and whether any word's skeleton has six letters or more.
pub(crate) fn words_key<'w>(words: impl Iterator<Item = &'w str>) -> (u64, bool) {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    let mut long = false;
    let mut buf = [0u8; SHORT];
    for word in words {
        match short_skeleton(word, &mut buf) {
            Some(len) => {
                long |= len >= 6;
                h.write_u64(bytes_key(&buf[..len]));
            }
            None => {
                let s = skeleton(word);
                long |= s.len() >= 6;
                h.write_u64(key_of(&s));
            }
        }
    }
    (h.finish(), long)
}

/// The reduction of [`skeleton`] on a folded ASCII word, rewritten in
/// place; returns the reduced length.
fn reduce(out: &mut [u8]) -> usize {
    // Each step writes at most one byte for each it reads, so the write
    // position never passes the read position.
    let n = out.len();
    let (mut i, mut w) = (0, 0);
    // The byte read before `i`, as it was before any rewriting, and the
    // byte after it; 0 where there is none (a folded word holds letters
    // and digits only, never 0).
    let mut before = 0u8;
    while i < n {
        let c = out[i];
        // Only "k", "o" and "y" look at their neighbours: any other byte,
        // most of them, is kept unless it doubles the one kept before it,
        // without the rules below being tried in turn (#17).
        if !matches!(c, b'k' | b'o' | b'y') {
            if w == 0 || out[w - 1] != c {
                out[w] = c;
                w += 1;
            }
            before = c;
            i += 1;
            continue;
        }
        let next = if i + 1 < n { out[i + 1] } else { 0 };
        let read = if c == b'k' && next == b's' {
            out[w] = b'x';
            w += 1;
            2
        } else if c == b'o' && next == b'u' {
            out[w] = b'u';
            w += 1;
            2
        } else if c == b'y' && is_vowel(before) && is_vowel(next) || w > 0 && out[w - 1] == c {
            // A `y` between vowels, or a doubled letter: dropped.
            1
        } else {
            out[w] = c;
            w += 1;
            1
        };
        before = if read == 2 { next } else { c };
        i += read;
    }
    // Endings: "zelenskiy", "zelenskyy" (now "zelensky"), "zelenskii"
    // (now "zelenski"), "dmitri" → "…y". At most one of the two-letter
    // endings matches, and the "y" it leaves matches none of the rules.
    if w >= 2 && matches!(&out[w - 2..w], b"iy" | b"yi" | b"ij") {
        out[w - 2] = b'y';
        w -= 1;
    } else if w >= 2 && out[w - 1] == b'i' && !is_vowel(out[w - 2]) {
        out[w - 1] = b'y';
    }
    w
}

/// The first bytes of a set of skeletons, as bits: a filter that tells,
/// before a word's skeleton is built, that it can be none of them (#17).
/// A skeleton starts with its word's first letter or digit, folded and
/// lower-cased, except that [`reduce`] writes "ks" as "x" and "ou" as
/// "u".
#[derive(Default)]
pub(crate) struct SkeletonInitials(u64);

impl SkeletonInitials {
    /// The bit of a skeleton's first byte (an ASCII letter or digit;
    /// several bytes share a bit, which only lets more words through).
    fn bit(b: u8) -> u64 {
        1 << (b % 64)
    }

    /// Adds the skeleton `s`.
    #[cfg(test)]
    pub(crate) fn add(&mut self, s: &str) {
        self.add_first(s.chars().next());
    }

    /// Adds a skeleton by its first character (`None`: empty).
    pub(crate) fn add_first(&mut self, first: Option<char>) {
        // An empty skeleton has bit 0, which no letter or digit has; a
        // character not ASCII the bit of its first byte.
        self.0 |= first.map_or(1, |c| {
            let mut bytes = [0u8; 4];
            Self::bit(c.encode_utf8(&mut bytes).as_bytes()[0])
        });
    }

    /// False when the skeleton of `word` is none of those added. Words
    /// that are not ASCII are always let through.
    pub(crate) fn may_start(&self, word: &str) -> bool {
        if !word.is_ascii() {
            return true;
        }
        let bits = match word.bytes().find(u8::is_ascii_alphanumeric) {
            None => 1,
            Some(b) => match b.to_ascii_lowercase() {
                b'k' => Self::bit(b'k') | Self::bit(b'x'),
                b'o' => Self::bit(b'o') | Self::bit(b'u'),
                b => Self::bit(b),
            },
        };
        self.0 & bits != 0
    }
}

/// The first letters of a set of names as [`fold`] writes them, as
/// bits: a filter that tells, before a name is hashed, that it folds to
/// none of them (#17). A name whose first letter or digit is not ASCII
/// (or comes after a character that is not) may fold to anything, and
/// sets or passes every bit.
#[derive(Default)]
pub(crate) struct FoldInitials(u64);

impl FoldInitials {
    /// The bits `name`'s folding may start with.
    fn bits(name: &str) -> u64 {
        for &b in name.as_bytes() {
            if b.is_ascii_alphanumeric() {
                // (Several bytes share a bit: that only lets more through.)
                return 1 << (b.to_ascii_lowercase() % 64);
            }
            if !b.is_ascii() {
                return u64::MAX;
            }
        }
        // No letter nor digit: the empty folding, bit 0, which no letter
        // or digit has.
        1
    }

    /// Adds the name `name`.
    pub(crate) fn add(&mut self, name: &str) {
        self.0 |= Self::bits(name);
    }

    /// False when `name` folds to none of the names added.
    pub(crate) fn may_match(&self, name: &str) -> bool {
        self.0 & Self::bits(name) != 0
    }
}

/// Suffixes after a person's name that are not part of it: generations
/// and honours ("Jr.", "III", "FRS").
pub(crate) fn is_name_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Jr" | "Sr"
            | "II"
            | "III"
            | "IV"
            | "Jnr"
            | "Snr"
            | "FRS"
            | "DBE"
            | "CBE"
            | "OBE"
            | "MBE"
            | "KBE"
            | "RA"
            | "QC"
            | "KC"
            | "PhD"
    )
}

/// The generation a suffix names ("Jr." and "Jnr" alike), for telling a
/// father from his son.
pub(crate) fn generation(word: &str) -> Option<&'static str> {
    match word.trim_end_matches('.') {
        "Jr" | "Jnr" => Some("jr"),
        "Sr" | "Snr" => Some("sr"),
        "II" => Some("ii"),
        "III" => Some("iii"),
        "IV" => Some("iv"),
        _ => None,
    }
}

/// The `--link` key name of a person: given name and surname skeletons,
/// without titles, middle names, initials or suffixes ("Joseph R. Biden
/// Jr." → "joseph biden", "Volodymyr Zelenskyy" → "volodymyr zelensky"),
/// so that every variant grouping accepts within an article meets across
/// articles too.
pub(crate) fn person_key(name: &str, is_title: impl Fn(&str) -> bool) -> String {
    let mut words: Vec<&str> = name
        .split(|c: char| c.is_whitespace())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    while words.len() > 1 && is_title(words[0]) {
        words.remove(0);
    }
    while words.len() > 1 && is_name_suffix(words[words.len() - 1]) {
        words.pop();
    }
    let parts: Vec<String> = match words.as_slice() {
        [] => Vec::new(),
        [one] => vec![skeleton(one)],
        [first, .., last] => vec![skeleton(first), skeleton(last)],
    };
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_share_a_skeleton() {
        for (a, b) in [
            ("Zelensky", "Zelenskiy"),
            ("Zelensky", "Zelenskyy"),
            ("Zelenskyy", "Zelenskii"),
            ("Gaddafi", "Gadafi"),
            ("Aleksandr", "Alexandr"),
            ("Sergeyev", "Sergeev"),
            ("Dvořák", "Dvorak"),
            ("Navalny", "Navalnyy"),
        ] {
            assert_eq!(skeleton(a), skeleton(b), "{a} / {b}");
        }
    }

    /// The reduction as first written, with a second buffer: the in-place
    /// one must agree with it on every word.
    fn reduce_copying(b: &[u8]) -> Vec<u8> {
        let mut out: Vec<u8> = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let (c, next) = (b[i], b.get(i + 1).copied());
            if c == b'k' && next == Some(b's') || c == b'o' && next == Some(b'u') {
                out.push(if c == b'k' { b'x' } else { b'u' });
                i += 2;
            } else {
                let between =
                    c == b'y' && i > 0 && is_vowel(b[i - 1]) && next.is_some_and(is_vowel);
                if !between && out.last() != Some(&c) {
                    out.push(c);
                }
                i += 1;
            }
        }
        out
    }

    /// 5,000 pseudo-random words over `alphabet` (a fixed LCG from
    /// `seed`): `min` letters plus the state's bits from `shift` up, the
    /// k-th letter read at bit `k * step % modulus` of the state.
    fn random_words(
        alphabet: &'static [u8],
        seed: u64,
        min: usize,
        shift: u32,
        (step, modulus): (usize, usize),
    ) -> impl Iterator<Item = String> {
        let mut state = seed;
        (0..5000).map(move |_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = min + (state >> shift) as usize;
            (0..len)
                .map(|k| {
                    char::from(alphabet[(state >> (k * step % modulus)) as usize % alphabet.len()])
                })
                .collect()
        })
    }

    #[test]
    fn in_place_reduction_agrees_with_copying() {
        for word in random_words(b"aeiouyksx", 7, 6, 60, (5, 55)) {
            let mut expected = reduce_copying(word.as_bytes());
            for ending in [&b"iy"[..], b"yi", b"ij"] {
                if expected.ends_with(ending) {
                    expected.truncate(expected.len() - 2);
                    expected.push(b'y');
                }
            }
            if expected.last() == Some(&b'i')
                && expected.len() >= 2
                && !is_vowel(expected[expected.len() - 2])
            {
                *expected.last_mut().unwrap() = b'y';
            }
            assert_eq!(skeleton(&word).as_bytes(), expected, "{word}");
        }
    }

    #[test]
    fn skeletons_appended_to_a_buffer_match() {
        let mut buf = String::from("tåsinge ");
        let long = "Kssoouuyyaaeeiioouu-".repeat(4);
        for word in [
            "Zelenskiy",
            "Dvořák",
            "Aaaaaa",
            "Li",
            "Dmitri",
            "O'Brien-Kss",
            &long,
        ] {
            buf.truncate(8);
            skeleton_into(word, &mut buf);
            assert_eq!(buf[8..], skeleton(word), "{word}");
        }
    }

    /// The skeleton by the general path: folded into a `String`, then
    /// reduced.
    fn skeleton_general(word: &str) -> String {
        let mut folded = String::new();
        fold_into(word, &mut folded);
        if folded.len() < 6 || !folded.is_ascii() {
            return folded;
        }
        let mut bytes = folded.into_bytes();
        let len = reduce(&mut bytes);
        bytes.truncate(len);
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn folded_names_hash_alike_exactly_when_they_fold_alike() {
        use std::hash::Hasher;
        let words = [
            "Dvořák", "DVORAK", "dvorak", "O'Brien", "OBrien", "Gül", "Gul", "Ïsa",
        ];
        for a in words {
            // `fold_hash` writes each folded character as a `u32`.
            let mut h = rustc_hash::FxHasher::default();
            fold(a).chars().for_each(|c| h.write_u32(c as u32));
            assert_eq!(fold_hash(a), h.finish(), "{a}");
            for b in words {
                assert_eq!(
                    fold(a) == fold(b),
                    fold_hash(a) == fold_hash(b),
                    "{a} / {b}"
                );
            }
        }
    }

    #[test]
    fn fold_initials_let_through_every_name_folding_alike() {
        let mut initials = FoldInitials::default();
        for name in ["NELSON MANDELA", "U.S.", "Ïsa", "'Owen'"] {
            initials.add(name);
        }
        for name in ["Nelson Mandela", "US", "Isa", "owen"] {
            assert!(initials.may_match(name), "{name}");
        }
        let mut initials = FoldInitials::default();
        initials.add("NATO");
        assert!(!initials.may_match("Berlin"));
        assert!(initials.may_match("Écija"), "not ASCII: let through");
    }

    #[test]
    fn a_word_keys_like_its_skeleton() {
        for w in [
            "Zelenskiy",
            "Gül",
            "Dvořák",
            "O'Brien",
            "Lee",
            &"x".repeat(60),
        ] {
            assert_eq!(skeleton_key(w), key_of(&skeleton(w)), "{w}");
        }
        assert_eq!(skeleton_key("Zelenskiy"), skeleton_key("Zelensky"));
        assert_ne!(skeleton_key("Hansen"), skeleton_key("Hanson"));
        let (a, long) = words_key(["Tåsinge", "Bay"].into_iter());
        assert_eq!(a, words_key(["Taasinge", "BAY"].into_iter()).0);
        assert!(long);
        assert!(!words_key(["Lee", "Bay"].into_iter()).1);
        assert_ne!(a, words_key(["Bay", "Tåsinge"].into_iter()).0);
    }

    #[test]
    fn the_ascii_path_agrees_with_the_general_one() {
        for word in random_words(b"aeiouyksxKSOUY'.- 1", 11, 1, 59, (3, 57)) {
            assert_eq!(skeleton(&word), skeleton_general(&word), "{word:?}");
        }
    }

    #[test]
    fn initials_let_through_every_word_of_a_skeleton() {
        let words = [
            "Ksenia",
            "Oumar",
            "Kowalski",
            "Otto",
            "Zelenskiy",
            "Dvořák",
            "'Abd",
            "99ers",
            "...",
            "ksi",
            "ou",
        ];
        for w in words {
            let mut initials = SkeletonInitials::default();
            initials.add(&skeleton(w));
            assert!(initials.may_start(w), "{w}");
            assert!(initials.may_start(&w.to_uppercase()), "{w}");
        }
        let mut initials = SkeletonInitials::default();
        initials.add(&skeleton("Goren"));
        assert!(!initials.may_start("Turkey"));
    }

    #[test]
    fn different_names_keep_different_skeletons() {
        for (a, b) in [
            ("Hansen", "Hanson"),
            ("Petersen", "Peterson"),
            ("Jackson", "Johnson"),
            ("Williams", "Williamson"),
            ("Ali", "Aly"),
            ("Kovac", "Kovic"),
        ] {
            assert_ne!(skeleton(a), skeleton(b), "{a} / {b}");
        }
    }

    #[test]
    fn person_keys_drop_titles_middles_and_suffixes() {
        let title = |w: &str| matches!(w, "Mr." | "President");
        assert_eq!(person_key("Joseph R. Biden Jr.", title), "joseph biden");
        assert_eq!(person_key("Mr. Joseph Biden", title), "joseph biden");
        assert_eq!(
            person_key("Volodymyr Zelenskiy", title),
            person_key("Volodymyr Zelensky", title)
        );
        assert_eq!(person_key("Brock Wyatt Holt", title), "brock holt");
    }
}
