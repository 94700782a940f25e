//! Narrative time: dates without their year in a passage set in another
//! year ("In 2019 the company expanded. In March it opened a plant")
//! belong to that year.

use super::*;

/// Narrative time: a bare month in a passage set in another year ("In
/// 2019 the company expanded. In March it opened a plant") belongs to that
/// year. The year in play is the last date of the paragraph that names its
/// year in full at the head of its sentence; the month takes it and says
/// so in its anchor.
pub(super) fn narrative_year(body: &str, from: usize, dates: &mut [FoundDate]) {
    let mut in_play: Option<usize> = None;
    for i in 0..dates.len() {
        // Only the gap since the previous date is read, so the pass stays
        // linear however long the paragraph.
        if i > 0 {
            let between = &body[dates[i - 1].end - from..dates[i].start - from];
            if paragraph_ends(between).next().is_some() {
                in_play = None;
            }
        }
        let d = &dates[i];
        let text = &body[d.start - from..d.end - from];
        let bare_month = d.anchor == Anchor::Article
            && d.value.len() == 7
            && month_number(text.trim_start_matches(|c: char| !c.is_alphabetic())).is_some()
            && !text.contains(|c: char| c.is_ascii_digit() || c.is_whitespace());
        // "In 1831 … on July 14": a day of a month without its year.
        let bare_day = d.anchor == Anchor::Article
            && d.value.len() == 10
            && text
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| month_number(w).is_some())
            && !text
                .split(|c: char| !c.is_ascii_digit())
                .any(|digits| digits.len() == 4);
        // "In 2019 … later in the year", "… the second quarter of the
        // year": a part of "the year" is of the year in play.
        let of_the_year = d.anchor == Anchor::Article
            && d.ty == DateType::Date
            && text.len() >= 8
            // Bytes, not a `str` slice: eight bytes back may fall inside a
            // character of several bytes.
            && text.as_bytes()[text.len() - 8..].eq_ignore_ascii_case(b"the year");
        if bare_month || bare_day || of_the_year {
            if let Some(k) = in_play {
                let year = &dates[k].value[..4];
                let moved = format!("{year}{}", &d.value[4..]);
                // A day that year lacks ("29 February") keeps its value.
                let exists = !bare_day || moved.parse::<Date>().is_ok();
                if year != &d.value[..4] && exists {
                    dates[i].value = moved;
                    dates[i].anchor = Anchor::Mention(k);
                }
            }
            continue;
        }
        // Only a year that opens its sentence sets the scene ("In 2019,
        // …"); one in passing ("since 1990", "the 1988 bombing") does not.
        // The opener is read last, for the few dates that could set the
        // scene. No character but the ASCII ones lower-cases to the
        // letters of its words, so an ASCII comparison is enough.
        let opens_scene = || {
            let opener = sentence_before(body, d.start - from).trim();
            ["in", "during", "by"]
                .iter()
                .any(|w| opener.eq_ignore_ascii_case(w))
        };
        let names_year = d.anchor == Anchor::None
            && d.ty == DateType::Date
            && d.value.len() >= 4
            && d.value.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && opens_scene();
        if names_year {
            in_play = Some(i);
        } else if d.anchor != Anchor::None && d.ty == DateType::Date {
            // A date resolved against the article brings the story back
            // to its own time.
            in_play = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    /// Issue 14: a bare month in a passage set in another year takes that
    /// year; a year in passing does not set the scene.
    #[test]
    fn narrative_time_follows_the_year_in_play() {
        let v = values(
            "In 2019 the company expanded. In March it opened a plant, and in June it \
             closed another.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                pair("2019", "2019"),
                pair("March", "2019-03"),
                pair("June", "2019-06")
            ]
        );
        let v = values(
            "He has protested since 1990. The car was found in December.",
            "1999-05-06",
        );
        assert_eq!(v, [pair("1990", "1990"), pair("December", "1998-12")]);
        // A new paragraph returns to the article's time.
        let v = values("In 2019 it grew.\n\nIn March it fell.", "2024-05-01");
        assert_eq!(v, [pair("2019", "2019"), pair("March", "2024-03")]);
        // A day of a month without its year takes the year in play too,
        // unless that year lacks the day.
        let v = values(
            "In 2019 it grew. On March 3 it opened a plant and on 5 June closed one.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                pair("2019", "2019"),
                pair("March 3", "2019-03-03"),
                pair("5 June", "2019-06-05")
            ]
        );
        let v = values("In 2019 it grew. On Feb. 29 it fell.", "2024-05-01");
        assert_eq!(v, [pair("2019", "2019"), pair("Feb. 29", "2024-02-29")]);
        // So does a part of "the year".
        let v = values(
            "In 2019 it grew. Later in the year it fell, and in the second half of the year, it \
             shut.",
            "2024-05-01",
        );
        assert_eq!(
            v,
            [
                pair("2019", "2019"),
                pair("Later in the year", "2019"),
                pair("the second half of the year", "2019-H2")
            ]
        );
    }
}
