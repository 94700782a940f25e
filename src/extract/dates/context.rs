//! What a date rule may look at besides its own match: the article
//! date, the sentence around the match, and what the article says as a
//! whole (quarterly results, the order of numeric dates).

use super::*;

/// What a rule may look at besides its own match.
pub(super) struct Context<'a> {
    pub(super) dct: Option<Date>,
    /// The text before the match, back to the start of its sentence.
    pub(super) before: Around<'a>,
    /// The text after the match, up to the end of its sentence.
    pub(super) after: Around<'a>,
    /// The article reports quarterly results, where "a year ago" means
    /// the same quarter a year before.
    pub(super) quarterly: bool,
    /// The first day of the quarter the article reports on: the one "the
    /// quarter ended Sept. 30" names, else the first quarter it names
    /// ("its fiscal first quarter"), else the calendar quarter that ended
    /// most recently before the article date.
    pub(super) reported_quarter: Option<Date>,
    /// How the article writes numeric dates whose parts could be either
    /// way round ("03/04/2025"): day first when its other numeric dates
    /// can only be read so ("22/12/2025"), month first when they can only
    /// be read that way, `None` when nothing in the article tells.
    pub(super) day_first: Option<bool>,
}

impl<'a> Context<'a> {
    /// The text before the match, back to the start of its sentence.
    pub(super) fn before(&self) -> &'a str {
        self.before.get()
    }

    /// The text after the match, up to the end of its sentence.
    pub(super) fn after(&self) -> &'a str {
        self.after.get()
    }

    /// True when the match starts right after a digit and a period: its
    /// digits are a decimal fraction ("1.5 years", "12.5 years ago").
    pub(super) fn follows_decimal_point(&self) -> bool {
        match self.before.raw_before() {
            [.., digit, b'.'] => digit.is_ascii_digit(),
            _ => false,
        }
    }

    /// The word just before the match, lower-cased. Read from the end:
    /// `last` would split the whole sentence before it (#17).
    pub(super) fn prev_word(&self) -> Word<'a> {
        Word::lower(self.before().split_whitespace().next_back().unwrap_or(""))
    }

    /// The word just after the match, lower-cased.
    pub(super) fn next_word(&self) -> Word<'a> {
        Word::lower(self.after().split_whitespace().next().unwrap_or(""))
    }

    /// True when "a year ago" here compares quarters: the article reports
    /// quarterly results or the sentence names a quarter, and the
    /// sentence is not about the year to date ("for the nine months").
    pub(super) fn compares_quarters(&self) -> bool {
        let sentence_says = |w: &str| self.before().contains(w) || self.after().contains(w);
        let year_to_date = sentence_says("nine months") || sentence_says("six months");
        !year_to_date && (self.quarterly || sentence_says("quarter"))
    }

    /// True when the sentence around the match talks about a quarter.
    pub(super) fn in_quarter_talk(&self) -> bool {
        self.quarterly
            && (self.before().contains("quarter")
                || self.after().contains("quarter")
                || self.before().contains("period")
                || self.after().contains("period"))
    }
}
