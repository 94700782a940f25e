//! Resolution by tense: which way a date without a year or week leans,
//! read from the verb nearest it in its clause (the year that puts a
//! month and day nearest the article date under that tense is
//! `calendar`'s `nearest_year`).

use super::*;

/// What the sentence around a date says about when it happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    /// A past-tense verb governs the date: "changed … in December".
    Past,
    /// Nothing decides; news leans to the past.
    Unknown,
    /// "will", "expects to", "as soon as": the date lies ahead.
    Future,
}

/// Reads the tense of the clause a date sits in.
pub(super) fn tense(ctx: &Context<'_>) -> Tense {
    // Only the clause the date sits in counts: "Exiles will fight the
    // ruling, Cuba predicted Wednesday" reports the past.
    let clause = clause_before(ctx);
    tense_of(ctx, &words_of(&clause))
}

/// [`tense`], given the words of the clause before the date.
fn tense_of(ctx: &Context<'_>, words: &[&str]) -> Tense {
    // The cue nearest the date governs it: in "will begin … since he was
    // rescued in late November" the date belongs to "was rescued".
    for i in (0..words.len()).rev() {
        // "since March": a date after "since" has begun, whatever the
        // verb ("have risen since March", "Since March, it has …").
        if i + 1 == words.len() && words[i] == "since" {
            return Tense::Past;
        }
        let spatial = words[i] == "next" && words.get(i + 1) == Some(&"to");
        // "would" is the future of reported speech only for the date its
        // own verb governs, a few words on ("said it would raise prices in
        // January", not "would look for ways around Wednesday's ruling";
        // "would be" is a marker of its own); "would have" looks back.
        let looks_back = words[i] == "would"
            && match words.get(i + 1) {
                Some(&"have") => true,
                Some(&"be") => false,
                _ => words.len() - i > 4,
            };
        let marker = || {
            opens_marker(words[i])
                && !looks_back
                && MARKERS.iter().any(|m| words[i..].starts_with(m))
        };
        if says_will(words[i]) || !spatial && marker() {
            // "It had been due to expire Friday", "the vote, originally
            // planned for November": a plan already past.
            let past_plan = i > 0
                && matches!(
                    words[i - 1],
                    "been" | "had" | "originally" | "initially" | "previously"
                );
            return if past_plan {
                Tense::Past
            } else {
                Tense::Future
            };
        }
        // "must decide by Friday", "the ruling may come Friday": a modal
        // of what may yet happen, a few words before the date, looks
        // ahead; "must have left on Friday" looks back.
        if words.len() - i <= 5 && is_modal_ahead(words, i) {
            return Tense::Future;
        }
        // "postponed until Tuesday": the deadline lies ahead whatever
        // the verb's tense.
        if i + 1 == words.len() && i > 0 && words[i] == "until" {
            return Tense::Future;
        }

        // A timetable in the present: "the summit ends on Sunday",
        // "markets reopen Friday", a few words before the date.
        let plural_timetable = || {
            is_plural_timetable_verb(words[i])
                && i > 0
                && !is_determiner(words[i - 1])
                && !matches!(
                    words[i - 1],
                    "to" | "did" | "not" | "never" | "didn't" | "could" | "might"
                )
        };
        if words.len() - i <= 4 && (is_timetable_verb(words[i]) || plural_timetable()) {
            return Tense::Future;
        }
        // A present-tense verb nearer the date than any past one: "when
        // the case is heard in May".
        if matches!(words[i], "is" | "are" | "am") {
            return Tense::Unknown;
        }
        // A participle takes its tense from its auxiliary ("is heard",
        // "would be paid"), which the next step reads; after a determiner
        // it is an adjective ("the proposed merger").
        let after_helper = i > 0
            && (is_determiner(words[i - 1])
                || matches!(
                    words[i - 1],
                    "is" | "are"
                        | "be"
                        | "been"
                        | "being"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                ));
        if is_past_verb(words[i]) && !after_helper {
            return Tense::Past;
        }
    }
    // A date that opens its sentence ("On Tuesday, the league plans to
    // …") takes its tense from the rest of the sentence.
    let opens = words.iter().all(|w| {
        matches!(
            *w,
            "" | "on"
                | "by"
                | "until"
                | "from"
                | "in"
                | "and"
                | "but"
                | "then"
                | "earlier"
                | "later"
                | "during"
                | "after"
                | "before"
        )
    });
    if !opens {
        // "Sales in January rose", "Talks on Friday will resume": a date
        // inside a short subject, with no verb before it in its clause,
        // takes the tense of the first verb after it in the same clause.
        return if words.len() <= 3 {
            tense_after(ctx, true)
        } else {
            Tense::Unknown
        };
    }
    // "will leave at dawn (4 a.m. Thursday), he said": a date opening a
    // bracket restates what stands before it, and takes that clause's
    // tense rather than the reporting verb's after it.
    let before = ctx.before();
    if let Some(open) = before.rfind('(') {
        if before[open + 1..].trim().is_empty() && !before[..open].trim().is_empty() {
            let outer = Context {
                dct: ctx.dct,
                before: Around::known(&before[..open]),
                after: Around::known(""),
                quarterly: ctx.quarterly,
                reported_quarter: ctx.reported_quarter,
                day_first: ctx.day_first,
            };
            return tense(&outer);
        }
    }
    tense_after(ctx, false)
}

/// The tense of the first cue after a date: "In September, it announced
/// plans to …" is past. With `within_clause`, only the date's own verb
/// counts: the reading stops after three words ("Sales in January rose",
/// not "… from October 17 to 20 have been asked") and at the end of the
/// clause (a comma, semicolon, colon or bracket), so that "Elections in
/// March, officials said" borrows no tense from the reporting verb.
fn tense_after(ctx: &Context<'_>, within_clause: bool) -> Tense {
    const STRONG: &[&[&str]] = &[
        &["will"],
        &["plans", "to"],
        &["plan", "to"],
        &["is", "scheduled"],
        &["are", "scheduled"],
        &["is", "expected", "to"],
        &["are", "expected", "to"],
        &["is", "due", "to"],
        &["are", "due", "to"],
        &["is", "set", "to"],
        &["are", "set", "to"],
    ];
    // The words are read one at a time: the cue is most often a few
    // words on, and lower-casing and splitting the whole sentence cost
    // more than the reading (#17).
    let mut rest = ctx.after().split_whitespace();
    let mut prev: Option<std::borrow::Cow<'_, str>> = None;
    let mut read = 0;
    while let Some(raw) = rest.next() {
        let w = lower_trimmed(raw);
        let strong = || {
            STRONG.iter().any(|m| {
                let mut ahead = rest.clone().map(lower_trimmed);
                m[0] == w && m[1..].iter().all(|x| ahead.next().is_some_and(|a| a == *x))
            })
        };
        if says_will(&w) || strong() {
            return Tense::Future;
        }
        if is_past_verb(&w) && !prev.as_deref().is_some_and(is_determiner) {
            return Tense::Past;
        }
        read += 1;
        if within_clause
            && (read == 3 || raw.ends_with([',', ';', ':', ')']) || raw.starts_with('('))
        {
            break;
        }
        prev = Some(w);
    }
    Tense::Unknown
}

/// Words after which an "-ed" form is an adjective: "the proposed
/// merger", "9.5 million preferred shares".
pub(super) fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "this"
            | "these"
            | "those"
            | "million"
            | "billion"
            | "some"
            | "any"
            | "no"
            | "newly"
            | "recently"
    ) || word.starts_with(|c: char| c.is_ascii_digit())
}

/// The tense for a day of a month: a past-tense verb may set a date
/// still ahead when the date is its limit ("extended the offer to Nov.
/// 20", "postponed until March 3"), so only then does the past not count.
pub(super) fn deadline_tense(ctx: &Context<'_>) -> Tense {
    // The clause is lower-cased and split once for both readings (#17).
    let clause = clause_before(ctx);
    let words = words_of(&clause);
    match tense_of(ctx, &words) {
        Tense::Past if sets_limit(ctx) || past_verb_governs_another(&words) => Tense::Unknown,
        t => t,
    }
}

/// True when a modal or an infinitive stands between the date and the
/// nearest past verb before it: the past verb tells of a decision, the
/// date of what was decided ("decided the boy should go home by Jan. 14",
/// "subpoenaed him to testify on Feb. 10", "had been set to expire").
/// `words` are those of the clause before the date.
fn past_verb_governs_another(words: &[&str]) -> bool {
    for i in (0..words.len()).rev() {
        let w = words[i];
        // "would have closed" looks back: the modal is the past verb's own.
        let modal = matches!(
            w,
            "should" | "would" | "could" | "may" | "might" | "must" | "can" | "set"
        );
        if modal && words.get(i + 1) != Some(&"have") {
            return true;
        }
        let infinitive = w == "to"
            && words.get(i + 1).is_some_and(|next| {
                next.starts_with(|c: char| c.is_ascii_lowercase())
                    && !is_determiner(next)
                    && !matches!(*next, "school" | "court" | "work" | "power" | "office")
            });
        if infinitive {
            return true;
        }
        let after_helper = i > 0 && matches!(words[i - 1], "has" | "have" | "had" | "be" | "been");
        if is_past_verb(w) && !after_helper && !matches!(w, "has" | "have" | "had") {
            return false;
        }
    }
    false
}

/// True when the date is the limit of what the verb does: "to", "until",
/// "through" or "by" just before it, or "deadline" just after.
fn sets_limit(ctx: &Context<'_>) -> bool {
    matches!(
        ctx.prev_word().as_str(),
        "to" | "until" | "till" | "through" | "by" | "before"
    ) || ctx.next_word().starts_with("deadline")
}

/// True when the sentence around a match speaks of the future.
pub(super) fn future_context(ctx: &Context<'_>) -> bool {
    tense(ctx) == Tense::Future
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn weekdays_lean_to_the_past() {
        // 2025-12-22 is a Monday.
        let v = values(
            "It was reported on Monday. He spoke on Friday.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [pair("Monday", "2025-12-22"), pair("Friday", "2025-12-19")]
        );
    }

    #[test]
    fn a_sentence_opening_date_takes_the_sentence_tense() {
        // 1998-10-26 is a Monday.
        let v = values(
            "On Tuesday, the league plans to hold a news conference.",
            "1998-10-26",
        );
        assert_eq!(v, [pair("Tuesday", "1998-10-27")]);
        let v = values(
            "On Friday, the government planned to pay the claims.",
            "1998-10-26",
        );
        assert_eq!(v, [pair("Friday", "1998-10-23")]);
        // An abbreviation's period before a comma does not end the
        // sentence, so its verb still decides.
        let v = values(
            "In January, after the vote in Springfield, Ill., a bomb killed a guard.",
            "1998-10-26",
        );
        assert_eq!(v, [pair("January", "1998-01")]);
        // A date opening a bracket takes the tense of what it restates.
        let v = values(
            "The envoy will fly out at dawn (6 a.m. Thursday), officials said.",
            "1998-10-26",
        );
        assert_eq!(v, [pair("6 a.m. Thursday", "1998-10-29T06:00")]);
    }

    /// A date inside a short subject takes the tense of its own verb after
    /// it, but not of a verb in the next clause or a few words on.
    #[test]
    fn a_date_in_the_subject_takes_the_verb_after_it() {
        let dct = "2025-12-22";
        let v = values("Sales in January rose.", dct);
        assert_eq!(v, [pair("January", "2025-01")]);
        let v = values("The vote in March was postponed.", dct);
        assert_eq!(v, [pair("March", "2025-03")]);
        let v = values("Talks on Friday will resume.", dct);
        assert_eq!(v, [pair("Friday", "2025-12-26")]);
        // The reporting verb after a comma, or a verb four words on, is
        // not the date's own.
        let v = values("Elections in March, officials said.", dct);
        assert_eq!(v, [pair("March", "2026-03")]);
        let v = values("A race in February by the old bridge was planned.", dct);
        assert_eq!(v, [pair("February", "2026-02")]);
    }

    /// A past verb sends a month after "from" or "between" to the past,
    /// but not one that an infinitive after the verb governs.
    #[test]
    fn a_past_verb_governs_months_it_reaches() {
        let v = values("Exports fell between January and March.", "2025-12-22");
        assert_eq!(v, [pair("January", "2025-01"), pair("March", "2025-03")]);
        let v = values(
            "Officials decided to reopen the schools in October.",
            "2025-08-27",
        );
        assert_eq!(v, [pair("October", "2025-10")]);
    }

    #[test]
    fn weekdays_in_future_sentences_go_forward() {
        let v = values("The court will rule on Friday.", "2025-12-22");
        assert_eq!(v, [pair("Friday", "2025-12-26")]);
        let v = values("They meet next Monday.", "2025-12-22");
        assert_eq!(v, [pair("next Monday", "2025-12-29")]);
    }

    #[test]
    fn the_nearest_verb_sets_the_tense() {
        // 1989-10-27 is a Friday, late in the year.
        let dct = "1989-10-27";
        // A past verb governs the month: last December, not this one.
        let v = values("The firm changed its fiscal year in December.", dct);
        assert_eq!(v, [pair("December", "1988-12")]);
        // A future cue sends it forward, even far ahead.
        let v = values("Mr. Smith will succeed him Feb. 1.", dct);
        assert_eq!(v, [pair("Feb. 1", "1990-02-01")]);
        let v = values(
            "Collins will be named commander for a mission in August.",
            dct,
        );
        assert_eq!(v, [pair("August", "1990-08")]);
        // "will" far back loses to the nearer past verb.
        let v = values(
            "It will start caring for him since he was rescued in late September.",
            dct,
        );
        assert_eq!(v, [pair("late September", "1989-09")]);
        // A past verb may set a deadline still ahead.
        let v = values("The group extended to Nov. 20 its offer.", dct);
        assert_eq!(v, [pair("Nov. 20", "1989-11-20")]);
        // Deadlines and hopes lie ahead; "Until" opening a past sentence does not.
        let v = values("Officials postponed until Tuesday any action.", dct);
        assert_eq!(v, [pair("Tuesday", "1989-10-31")]);
        let v = values("The father could arrive as soon as Tuesday.", dct);
        assert_eq!(v, [pair("Tuesday", "1989-10-31")]);
        let v = values("Until Thursday, they had not called him a suspect.", dct);
        assert_eq!(v, [pair("Thursday", "1989-10-26")]);
        // A plan already past; an initial does not end the sentence; "next
        // to" is a place.
        let v = values("The offer had been due to expire Friday evening.", dct);
        assert_eq!(v, [pair("Friday evening", "1989-10-27TEV")]);
        let v = values("Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", dct);
        assert_eq!(v, [pair("Feb. 1", "1990-02-01")]);
        let v = values(
            "People were killed next to the U.S. embassy on Tuesday.",
            dct,
        );
        assert_eq!(v, [pair("Tuesday", "1989-10-24")]);
        let v = values("Shares fell 4.5% from the previous Friday.", "1989-10-30");
        assert_eq!(v, [pair("the previous Friday", "1989-10-20")]);
        // A participle after "be" takes the auxiliary's tense.
        let v = values(
            "The case would be heard on a still unspecified date in January.",
            dct,
        );
        assert_eq!(v, [pair("January", "1990-01")]);
    }

    #[test]
    fn months_without_year_take_the_nearest_year_leaning_past() {
        // Early January: "October" is last October, "Feb. 1" next month.
        let v = values("Sales fell in October. Talks resume Feb. 1.", "1998-01-08");
        assert_eq!(
            v,
            [pair("October", "1997-10"), pair("Feb. 1", "1998-02-01")]
        );
        let v = values("It happened in June last year.", "1998-03-02");
        assert_eq!(v, [pair("June last year", "1997-06")]);
        let v = values("Prices rose last April.", "1989-10-26");
        assert_eq!(v, [pair("last April", "1989-04")]);
    }

    /// Issue 14: a past verb sends every month to the past, January to
    /// March as well as April to December.
    #[test]
    fn past_verbs_send_every_month_to_the_past() {
        for (month, want) in [("January", "01"), ("March", "03"), ("June", "06")] {
            let text = format!("Rebels attacked the town on {month} 3.");
            let v = values(&text, "2025-12-22");
            assert_eq!(v, [pair(&format!("{month} 3"), &format!("2025-{want}-03"))]);
        }
        // A timetable with a plural subject looks ahead; after "to" or
        // "did not" the verb is no timetable.
        let v = values("The talks resume on 5 January.", "2025-12-22");
        assert_eq!(v, [pair("5 January", "2026-01-05")]);
        let v = values("Ministers meet on Monday.", "2025-12-23");
        assert_eq!(v, [pair("Monday", "2025-12-29")]);
        let v = values("They failed to meet on Monday.", "2025-12-23");
        assert_eq!(v, [pair("Monday", "2025-12-22")]);
        // Short regular forms too: "died" is a past verb, across a short
        // aside between commas.
        let v = values("He died on 5 January.", "2025-12-22");
        assert_eq!(v, [pair("5 January", "2025-01-05")]);
        let v = values("He died, aged 80, on 5 January.", "2025-12-22");
        assert_eq!(v, [pair("5 January", "2025-01-05")]);
        let v = values(
            "Talks will resume, officials say, on 5 January.",
            "2025-12-22",
        );
        assert_eq!(v, [pair("5 January", "2026-01-05")]);
        // A limit or what was decided still lies ahead.
        let v = values("They extended the offer to Jan. 20.", "2025-12-22");
        assert_eq!(v, [pair("Jan. 20", "2026-01-20")]);
        let v = values(
            "The court decided he should leave by Jan. 14.",
            "2026-01-05",
        );
        assert_eq!(v, [pair("Jan. 14", "2026-01-14")]);
        let v = values("He subpoenaed her to testify on Feb. 10.", "2026-01-05");
        assert_eq!(v, [pair("Feb. 10", "2026-02-10")]);
        let v = values("The offer had been set to expire Nov. 6.", "2025-11-02");
        assert_eq!(v, [pair("Nov. 6", "2025-11-06")]);
    }

    /// A date after "since" has begun, and a date opening its sentence takes
    /// the tense of what follows even after "earlier in" or "during".
    #[test]
    fn since_and_sentence_openers_look_back() {
        let v = values(
            "Since March, rates have risen. Earlier in March, the firm hired 100 people. \
             During October, it sold a plant.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [
                pair("March", "2025-03"),
                pair("March", "2025-03"),
                pair("October", "2025-10"),
            ]
        );
    }

    /// "said it would raise prices in January": reported speech looks
    /// ahead from the saying; "would have" looks back, and a "would" far
    /// from the date governs another verb.
    #[test]
    fn would_in_reported_speech_looks_ahead() {
        let v = values(
            "The company said on Thursday it would raise prices in January.",
            "2025-12-22",
        );
        assert_eq!(
            v,
            [pair("Thursday", "2025-12-18"), pair("January", "2026-01")]
        );
        let v = values("He said it would have closed in January.", "2025-12-22");
        assert_eq!(v, [pair("January", "2025-01")]);
    }

    /// A modal of what may yet happen looks ahead; one that looks back
    /// ("must have"), "was expected" and the month "May" do not.
    #[test]
    fn modals_and_expectations_look_ahead() {
        // 2025-12-22 is a Monday.
        let dct = "2025-12-22";
        for (sentence, friday) in [
            ("He must decide by Friday.", "2025-12-26"),
            ("The ruling may come Friday.", "2025-12-26"),
            ("Results are expected Friday.", "2025-12-26"),
            ("Talks are likely to resume on Friday.", "2025-12-26"),
            ("He must have left on Friday.", "2025-12-19"),
            ("Forecasters predict snow on Friday.", "2025-12-26"),
            ("Tickets go on sale Friday.", "2025-12-26"),
            ("The predicted storm hit Friday.", "2025-12-19"),
            ("A decision was expected Friday.", "2025-12-19"),
            (
                "The firm hired staff in May and again on Friday.",
                "2025-12-19",
            ),
            ("Staff hired in May on Friday were let go.", "2025-12-19"),
        ] {
            let v = values(sentence, dct);
            assert_eq!(v.last(), Some(&pair("Friday", friday)), "{sentence}");
        }
    }

    /// "slated", "poised to" look ahead; a plan "originally" or
    /// "initially" made is already past.
    #[test]
    fn slated_plans_look_ahead_and_original_plans_back() {
        let dct = "2025-12-22";
        let v = values("Construction is slated to begin in April.", dct);
        assert_eq!(v, [pair("April", "2026-04")]);
        let v = values("The firm is poised to list in March.", dct);
        assert_eq!(v, [pair("March", "2026-03")]);
        let v = values(
            "The vote, originally planned for November, was delayed.",
            dct,
        );
        assert_eq!(v, [pair("November", "2025-11")]);
        let v = values("The match, initially scheduled for Friday, was moved.", dct);
        assert_eq!(v, [pair("Friday", "2025-12-19")]);
    }

    /// "ahead of Sunday's election": what lies ahead is to come.
    #[test]
    fn ahead_of_looks_ahead() {
        // 2025-12-24 is a Wednesday.
        let v = values(
            "Ahead of Sunday's election, candidates campaigned. In the run-up to Friday's vote, polls tightened.",
            "2025-12-24",
        );
        assert_eq!(
            v,
            [pair("Sunday", "2025-12-28"), pair("Friday", "2025-12-26")]
        );
    }

    /// "the summit ends on Sunday": a timetable in the present looks ahead.
    #[test]
    fn a_timetable_in_the_present_looks_ahead() {
        // 2025-12-24 is a Wednesday.
        let v = values(
            "The summit ends on Sunday. He arrives in Paris on Saturday. The offer expires Friday.",
            "2025-12-24",
        );
        assert_eq!(
            v,
            [
                pair("Sunday", "2025-12-28"),
                pair("Saturday", "2025-12-27"),
                pair("Friday", "2025-12-26"),
            ]
        );
        // Fixtures and visits of the coming days.
        let v = values(
            "The team plays Leeds on Saturday. The president visits Kyiv on Monday. \
             The board meets Tuesday.",
            "2025-12-24",
        );
        assert_eq!(
            v,
            [
                pair("Saturday", "2025-12-27"),
                pair("Monday", "2025-12-29"),
                pair("Tuesday", "2025-12-30"),
            ]
        );
    }
}
