//! A memo of the answers of [`super::decide_in`] (#17).
//!
//! Every mention is decided two or three times an article, and most
//! mentions of news carry one of a few hundred sets of evidence: the same
//! (own, pooled) pair comes back again and again, in an article and across
//! articles. Weighing a pair reads every rule of both sets, with a branch
//! a rule that no predictor can follow; a table of recent answers is one
//! hashed read. The table is small and direct-mapped (a new pair takes the
//! place of the old one in its slot), and kept per thread, so that worker
//! threads share nothing. An answer depends on the pair alone, so what the
//! table holds never changes an output.

use std::cell::Cell;

use super::{Ev, Kind, Rule};

/// What [`super::decide_in`] answers.
pub(super) type Answer = (Option<Kind>, Option<Rule>);

/// One remembered pair and its answer.
#[derive(Clone, Copy)]
struct Slot {
    own: Ev,
    all: Ev,
    answer: Answer,
}

/// How many pairs are remembered: a power of two, small enough for the
/// table (24 bytes a slot) to stay in the first-level cache.
const SLOTS: usize = 256;

/// An empty slot: the empty pair, whose answer is no kind and no rule
/// (a true answer, so no slot needs a flag).
const EMPTY: Slot = Slot {
    own: Ev(0),
    all: Ev(0),
    answer: (None, None),
};

/// The remembered pairs of one thread.
pub(super) struct Memo([Cell<Slot>; SLOTS]);

thread_local! {
    static MEMO: Memo = const { Memo([const { Cell::new(EMPTY) }; SLOTS]) };
}

/// Runs `f` with this thread's memo: a whole article's mentions are
/// decided in one call, so the thread's table is looked for once.
#[inline]
pub(super) fn with<R>(f: impl FnOnce(&Memo) -> R) -> R {
    MEMO.with(f)
}

impl Memo {
    /// The answer for the pair (`own`, `all`): remembered, or worked out
    /// by `weigh` and remembered.
    ///
    /// Always inlined: a call would cost as much as the lookup, and a
    /// build in several codegen units inlined it or not depending on
    /// where the callers fell.
    #[inline(always)]
    pub(super) fn answer(&self, own: Ev, all: Ev, weigh: impl FnOnce() -> Answer) -> Answer {
        let mixed = own.0.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ all.0;
        let slot = &self.0[(mixed.wrapping_mul(0xff51_afd7_ed55_8ccd) >> 56) as usize % SLOTS];
        let seen = slot.get();
        if seen.own == own && seen.all == all {
            return seen.answer;
        }
        let answer = weigh();
        slot.set(Slot { own, all, answer });
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::evidence::TABLE;

    #[test]
    fn the_memo_answers_as_the_weighing_does() {
        // Many pairs, so that slots are taken over; each asked twice.
        let pairs: Vec<(Ev, Ev)> = (0..2000usize)
            .map(|k| {
                let mut own = Ev::default();
                own.add(TABLE[k % TABLE.len()].rule);
                let mut all = own;
                all.add(TABLE[(k * 7 + 3) % TABLE.len()].rule);
                all.add(TABLE[(k / 3) % TABLE.len()].rule);
                (own, all)
            })
            .collect();
        for _ in 0..2 {
            for &(own, all) in &pairs {
                let want = super::super::weigh(own, all);
                with(|memo| {
                    assert_eq!(
                        memo.answer(own, all, || super::super::weigh(own, all)),
                        want
                    );
                    // No weighing is asked for a remembered pair.
                    let again = memo.answer(own, all, || (Some(Kind::NotName), None));
                    assert_eq!(again, want);
                });
            }
        }
    }
}
