//! The small word classes segmentation cuts on: legal suffixes, caption
//! labels, the closing words of events and features, and the title-casing
//! of words written in capitals.

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
    matches!(
        word,
        "Open"
            | "Cup"
            | "Games"
            | "Olympics"
            | "Championship"
            | "Championships"
            | "Trophy"
            | "Prix"
            | "Series"
            | "Classic"
            | "Masters"
            | "Tour"
            | "Marathon"
            | "Festival"
            | "Awards"
            | "Summit"
            | "Conference"
            | "War"
            | "Treaty"
            | "Accord"
            | "Accords"
            | "Contest"
            | "Off"
            | "Expo"
            | "Olympiad"
            | "Regatta"
    )
}

/// Words that make a geographic feature ("Gulf of Aden", "Mount Kenya").
pub(crate) fn is_feature_word(word: &str) -> bool {
    matches!(
        word,
        "Gulf"
            | "Strait"
            | "Straits"
            | "Sea"
            | "Ocean"
            | "Bay"
            | "Cape"
            | "Isle"
            | "Island"
            | "Islands"
            | "Lake"
            | "Mount"
            | "Mountains"
            | "River"
            | "Valley"
            | "Desert"
            | "Peninsula"
            | "Province"
            | "Region"
            | "Republic"
            | "Kingdom"
            | "Canal"
            | "Coast"
            | "Basin"
            | "Plateau"
            | "Sound"
            | "Heights"
            | "Hills"
            | "Highlands"
            | "Emirate"
            | "State"
            | "Governorate"
            | "Territory"
            | "Territories"
    )
}

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
    let mut at_start = true;
    if s.is_ascii() {
        // The usual case: lower-cased whole, then the first letter of
        // each word raised in place (a byte vector turned back into a
        // string was checked for UTF-8 again, #17).
        let mut out = s.to_ascii_lowercase();
        for (i, &b) in s.as_bytes().iter().enumerate() {
            if b.is_ascii_alphabetic() {
                if at_start {
                    out[i..=i].make_ascii_uppercase();
                }
                at_start = false;
            } else {
                at_start = b != b'\'';
            }
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
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
