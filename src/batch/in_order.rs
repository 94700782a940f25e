//! Hands results to the sink and the user in input order, whatever order
//! the workers finish in, and keeps the progress bar.

use std::io::Write;
use std::time::Instant;

use super::{Done, Notice, Outcome, Sink};
use crate::error::Result;

/// Results that come back from the workers in any order, handed to the
/// sink and the user in input order.
pub(super) struct InOrder<'s, 'n, 'b> {
    pub(super) sink: Sink<'s>,
    pub(super) notify: &'n mut dyn FnMut(Notice<'_>),
    pub(super) outcome: Outcome,
    pub(super) bar: Option<indicatif::ProgressBar>,
    pub(super) started: Instant,
    pub(super) bytes_done: u64,
    /// Results that arrived before an earlier one: slot `k` holds result
    /// `next + k`. The window of articles in flight bounds it; a ring of
    /// slots, not a sorted map, since every result is put in and taken out
    /// once (a map's node work was a thousand instructions an article on
    /// the thread that also feeds the workers, #17).
    pub(super) waiting: std::collections::VecDeque<Option<(Done, u64)>>,
    /// The index of the next result to hand on.
    pub(super) next: usize,
    /// Where written records' buffers go back for the next articles.
    pub(super) buffers: &'b Buffers,
}

impl InOrder<'_, '_, '_> {
    /// Takes one result and hands on every result now in order.
    pub(super) fn add(&mut self, (index, done, bytes): (usize, Done, u64)) -> Result<()> {
        let slot = index - self.next;
        if self.waiting.len() <= slot {
            self.waiting.resize_with(slot + 1, || None);
        }
        self.waiting[slot] = Some((done, bytes));
        while let Some(Some(_)) = self.waiting.front() {
            let (done, bytes) = self.waiting.pop_front().flatten().expect("just seen");
            self.next += 1;
            self.hand_on(done, bytes)?;
        }
        Ok(())
    }

    fn hand_on(&mut self, done: Done, bytes: u64) -> Result<()> {
        self.bytes_done += bytes;
        match done {
            Done::Written {
                source,
                json,
                warnings,
            } => {
                for message in &warnings {
                    (self.notify)(Notice::Warning {
                        source: &source,
                        message,
                    });
                }
                if let Sink::Stream(out) = &mut self.sink {
                    out.write_all(&json)?;
                }
                self.buffers.give(json);
                self.outcome.written += 1;
            }
            Done::Skipped => self.outcome.skipped += 1,
            Done::Warned { source, message } => (self.notify)(Notice::Warning {
                source: &source,
                message: &message,
            }),
            Done::Failed(e) => {
                (self.notify)(Notice::Failed(&e));
                self.outcome.failed += 1;
            }
        }
        if let Some(bar) = &self.bar {
            bar.inc(1);
            let secs = self.started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{:.1} MB/s", self.bytes_done as f64 / secs / 1e6));
        }
        Ok(())
    }
}

/// Buffers that records are written into, handed back once written and
/// reused for the next articles.
///
/// A buffer sized for each article was allocated on a worker and freed on
/// the thread that writes the output (a free from another thread, dearer
/// in the allocator), and grown, copying the record, for one article in
/// four whose record ran longer than guessed. Reused, buffers reach the
/// size of the longest records once and stay there (#17).
#[derive(Default)]
pub(super) struct Buffers {
    spare: std::sync::Mutex<Vec<Vec<u8>>>,
}

impl Buffers {
    /// Buffers kept at most. No more are ever made than articles are in
    /// flight at once (a window of 64 per thread), each given back before
    /// another is taken; this only bounds a caller that never takes.
    const KEEP: usize = 1024;
    /// A buffer larger than this (the record of an article of 64 KB or
    /// more) is freed rather than kept: the pool then holds at most the
    /// window's worth of ordinary records, and memory stays flat.
    const LARGEST: usize = 256 << 10;

    /// An empty buffer with room for at least `capacity` bytes.
    pub(super) fn take(&self, capacity: usize) -> Vec<u8> {
        let spare = self.spare.lock().map(|mut spare| spare.pop());
        let mut buffer = spare.ok().flatten().unwrap_or_default();
        buffer.reserve(capacity);
        buffer
    }

    /// Hands a written record's buffer back for reuse.
    pub(super) fn give(&self, mut buffer: Vec<u8>) {
        if buffer.capacity() > Self::LARGEST {
            return;
        }
        buffer.clear();
        if let Ok(mut spare) = self.spare.lock() {
            if spare.len() < Self::KEEP {
                spare.push(buffer);
            }
        }
    }
}

pub(super) fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    let style =
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} articles  {msg}  ETA {eta}")
            .expect("valid template");
    bar.set_style(style);
    bar
}
