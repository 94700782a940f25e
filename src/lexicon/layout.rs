//! What the values of the compiled-in [`Lexicon`](super::Lexicon) table
//! mean. Shared with `build.rs` (`#[path]`), which writes them.
//!
//! Each key (a name, or a lower-cased word for the lists looked up in any
//! case) has three values: [`FLAGS`], [`COUNTRIES`], and the organisation's
//! canonical name ([`CANONICAL`]).

/// Value 0: the lists that hold the key (the bits below) and the kind of
/// place it is.
pub const FLAGS: usize = 0;
/// Value 1: the place's country code in the low 16 bits, the demonym's in
/// the high 16 (two ASCII letters, first letter low; 0 for none).
pub const COUNTRIES: usize = 1;
/// Value 2: the pool offset of a known organisation's canonical name.
pub const CANONICAL: usize = 2;
/// Values per entry.
#[allow(dead_code)] // used by build.rs
pub const WIDTH: usize = 3;

/// A known given name.
pub const GIVEN_NAME: u32 = 1 << 0;
/// A frequent surname.
pub const SURNAME: u32 = 1 << 1;
/// A title or role (lower-cased key).
pub const TITLE: u32 = 1 << 2;
/// A word that starts organisation names.
pub const ORG_START: u32 = 1 << 3;
/// A word that ends organisation names.
pub const ORG_END: u32 = 1 << 4;
/// A function word (lower-cased key).
pub const FUNCTION_WORD: u32 = 1 << 5;
/// A dictionary word (lower-cased).
pub const DICTIONARY: u32 = 1 << 6;
/// A well-known organisation (its canonical name in [`CANONICAL`]).
pub const ORGANISATION: u32 = 1 << 7;
/// A demonym (its country, if any, in [`COUNTRIES`]).
pub const DEMONYM: u32 = 1 << 8;
/// The first word of a title of several words, up to its first space
/// ("prime" of "prime minister"; lower-cased key): a span whose first
/// word has no such flag and a space after it is no title, which spares
/// a probe of the span (#17).
pub const TITLE_HEAD: u32 = 1 << 11;
/// The first word of a longer key, up to its first space ("New" of "New
/// York"): a span of several tokens whose first word has no such flag
/// and a space after it is no key, which spares a probe of the span
/// (#17).
pub const NAME_HEAD: u32 = 1 << 12;
/// The first word of a longer key in capitals ("NEW" of "New York"): as
/// [`NAME_HEAD`], for spans in capitals probed in title case (#17).
pub const CAPS_HEAD: u32 = 1 << 13;
/// A gazetteer place: its kind is `(flags >> PLACE_SHIFT) & 3`, 1 for a
/// city, 2 for a region, 3 for a country (0: not a place).
pub const PLACE_SHIFT: u32 = 9;

/// A country code as a value's 16 bits (0 for none).
#[allow(dead_code)] // used by build.rs
pub fn pack_country(code: Option<[u8; 2]>) -> u32 {
    code.map_or(0, |[a, b]| u32::from(a) | u32::from(b) << 8)
}

/// The country code of a value's 16 bits.
pub fn unpack_country(bits: u32) -> Option<[u8; 2]> {
    (bits & 0xffff != 0).then_some([bits as u8, (bits >> 8) as u8])
}
