//! Every use of threads in canonym, in one place: an ordered worker pool for streams of work
//! ([`Pool`]: pieces of a document, batches of records, files), and three data-parallel helpers
//! for building glossaries and indexes ([`parallel_map`], [`parallel_into`], [`join`]).
//!
//! The pool's rules for memory, errors and shutdown are documented on [`Pool`].

use std::any::Any;
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex, MutexGuard, PoisonError};

/// An ordered worker pool.
///
/// A source (an iterator, pulled on a thread of its own) feeds `threads` workers, each with state
/// of its own (scratch buffers); their results are put back in source order and handed to `emit`
/// on the calling thread.
///
/// **Memory.** At most `in_flight` items (by default [`Pool::DEFAULT_IN_FLIGHT_PER_THREAD`] per
/// worker) are between the source and `emit` at any time: queued, being worked on, or done and
/// waiting for an earlier one. The source is not asked for its next item until there is room, so
/// memory is bounded by `in_flight` times the size of an item and its result, however fast the
/// source and however slow one item is.
///
/// **Errors and shutdown: the rule.** A run gives exactly what the sequential loop
///
/// ```text
/// for item in source { emit(work(item?)?)?; }
/// ```
///
/// gives: the first error in source order (from the source, a worker or `emit`) stops the run;
/// every item before it is emitted, in order, and nothing after it; that error is returned, once.
/// The source is asked for nothing more and every thread is joined before [`Pool::run`] returns;
/// workers may have started on items after the error, whose results are dropped. A panic in the
/// source or a worker stops the run at once and is resumed on the calling thread (after the
/// threads are joined); a panic in `emit` stops the threads and unwinds the caller.
///
/// With one thread the pool is that loop, on the calling thread.
///
/// ```
/// use canonym::Pool;
///
/// let mut out = Vec::new();
/// let lines = ["a", "bb", "", "dddd"].map(Ok::<_, String>);
/// let result = Pool::new(2).run(
///     lines,
///     String::new, // each worker's scratch buffer
///     |buf, line: &str| {
///         if line.is_empty() {
///             return Err("an empty line".to_string());
///         }
///         buf.clear();
///         buf.push_str(line);
///         Ok(buf.len())
///     },
///     |n| {
///         out.push(n);
///         Ok(())
///     },
/// );
/// assert_eq!(result, Err("an empty line".to_string()));
/// assert_eq!(out, [1, 2]); // everything before the error, in order
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Pool {
    threads: usize,
    in_flight: usize,
}

impl Pool {
    /// Items in flight per worker unless [`Pool::in_flight`] says otherwise: one being worked on
    /// and one waiting, which keeps every worker busy (measured: `normalize` on two cores is as
    /// fast with two per worker as with four, and holds fewer 1 MiB pieces).
    pub const DEFAULT_IN_FLIGHT_PER_THREAD: usize = 2;

    /// A pool of `threads` workers (0 counts as 1; 1 runs everything on the calling thread).
    pub fn new(threads: usize) -> Pool {
        let threads = threads.max(1);
        Pool {
            threads,
            in_flight: threads.saturating_mul(Self::DEFAULT_IN_FLIGHT_PER_THREAD),
        }
    }

    /// At most `items` items between the source and `emit` at once (at least one per worker).
    pub fn in_flight(mut self, items: usize) -> Pool {
        self.in_flight = items.max(self.threads);
        self
    }

    /// The number of workers.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Pull the items of `source`, apply `work` to each on a worker (with that worker's state,
    /// made by `state`), and hand the results to `emit` in source order, on the calling thread.
    /// Errors, shutdown and panics follow the rule given at [`Pool`].
    pub fn run<I, T, R, E, S>(
        &self,
        source: I,
        state: impl Fn() -> S + Sync,
        work: impl Fn(&mut S, T) -> Result<R, E> + Sync,
        mut emit: impl FnMut(R) -> Result<(), E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<T, E>>,
        I::IntoIter: Send,
        T: Send,
        R: Send,
        E: Send,
    {
        if self.threads == 1 {
            let mut s = state();
            for item in source {
                emit(work(&mut s, item?)?)?;
            }
            return Ok(());
        }
        let shared = Shared::new(self.in_flight);
        let (work_tx, work_rx) = mpsc::channel::<(usize, T)>();
        let work_rx = Mutex::new(work_rx);
        let (done_tx, done_rx) = mpsc::channel::<Done<R, E>>();
        let source = source.into_iter();
        let outcome = std::thread::scope(|scope| {
            // Whatever happens on this thread (an error, a panic in `emit`), the threads stop.
            let _stop = StopOnDrop(&shared);
            for _ in 0..self.threads {
                let done_tx = done_tx.clone();
                let (shared, work_rx, state, work) = (&shared, &work_rx, &state, &work);
                scope.spawn(move || worker(shared, work_rx, done_tx, state, work));
            }
            let shared_ref = &shared;
            let source_tx = done_tx;
            scope.spawn(move || feed(shared_ref, source, work_tx, source_tx));
            collect(&shared, done_rx, &mut emit)
        });
        match outcome {
            Outcome::Finished(result) => result,
            Outcome::Panicked(payload) => panic::resume_unwind(payload),
        }
    }
}

/// What a worker or the source reports to the calling thread.
enum Done<R, E> {
    /// The result of item `seq` (or the source's error at position `seq`).
    Item(usize, Result<R, E>),
    /// A panic in a worker or in the source.
    Panicked(Box<dyn Any + Send>),
}

enum Outcome<E> {
    Finished(Result<(), E>),
    Panicked(Box<dyn Any + Send>),
}

/// State shared by the source, the workers and the calling thread.
struct Shared {
    /// How many items are in flight, and whether the run has stopped.
    window: Mutex<Window>,
    room: Condvar,
    in_flight: usize,
    /// The position of the first error known (`usize::MAX`: none): work after it is skipped.
    stop_at: AtomicUsize,
}

struct Window {
    used: usize,
    stopped: bool,
}

impl Shared {
    fn new(in_flight: usize) -> Shared {
        Shared {
            window: Mutex::new(Window {
                used: 0,
                stopped: false,
            }),
            room: Condvar::new(),
            in_flight,
            stop_at: AtomicUsize::new(usize::MAX),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Window> {
        // Nothing panics while holding the lock; a poisoned lock still holds a valid count.
        self.window.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Wait for room for one more item; `false` when the run has stopped.
    fn acquire(&self) -> bool {
        let mut w = self.lock();
        while w.used >= self.in_flight && !w.stopped {
            w = self.room.wait(w).unwrap_or_else(PoisonError::into_inner);
        }
        if w.stopped {
            return false;
        }
        w.used += 1;
        true
    }

    /// One item has left the pool (emitted, or never made).
    fn release(&self) {
        let mut w = self.lock();
        w.used = w.used.saturating_sub(1);
        drop(w);
        self.room.notify_one();
    }

    /// Stop the run at position `seq`: nothing after it is worked on, the source stops.
    fn stop(&self, seq: usize) {
        self.stop_at.fetch_min(seq, Ordering::Relaxed);
        self.lock().stopped = true;
        self.room.notify_all();
    }

    fn skip(&self, seq: usize) -> bool {
        seq > self.stop_at.load(Ordering::Relaxed)
    }
}

/// Stops the run when the calling thread leaves the scope, however it leaves it.
struct StopOnDrop<'a>(&'a Shared);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.stop(0);
    }
}

/// The source's thread: pull items while there is room, number them, queue them.
fn feed<T, R, E>(
    shared: &Shared,
    mut source: impl Iterator<Item = Result<T, E>>,
    work_tx: mpsc::Sender<(usize, T)>,
    done_tx: mpsc::Sender<Done<R, E>>,
) {
    let mut seq = 0;
    while shared.acquire() {
        match panic::catch_unwind(AssertUnwindSafe(|| source.next())) {
            Ok(Some(Ok(item))) => {
                if work_tx.send((seq, item)).is_err() {
                    return;
                }
            }
            Ok(Some(Err(e))) => {
                shared.stop(seq);
                let _ = done_tx.send(Done::Item(seq, Err(e)));
                return;
            }
            Ok(None) => {
                shared.release();
                return;
            }
            Err(payload) => {
                shared.stop(0);
                let _ = done_tx.send(Done::Panicked(payload));
                return;
            }
        }
        seq += 1;
    }
}

/// A worker's thread: take items until the source is done, skipping those after a known error.
fn worker<T, R, E, S>(
    shared: &Shared,
    work_rx: &Mutex<mpsc::Receiver<(usize, T)>>,
    done_tx: mpsc::Sender<Done<R, E>>,
    state: &(impl Fn() -> S + Sync),
    work: &(impl Fn(&mut S, T) -> Result<R, E> + Sync),
) {
    let mut s = match panic::catch_unwind(AssertUnwindSafe(state)) {
        Ok(s) => s,
        Err(payload) => {
            shared.stop(0);
            let _ = done_tx.send(Done::Panicked(payload));
            return;
        }
    };
    loop {
        let next = work_rx
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .recv();
        let Ok((seq, item)) = next else { return };
        if shared.skip(seq) {
            continue;
        }
        match panic::catch_unwind(AssertUnwindSafe(|| work(&mut s, item))) {
            Ok(result) => {
                if result.is_err() {
                    shared.stop(seq);
                }
                if done_tx.send(Done::Item(seq, result)).is_err() {
                    return;
                }
            }
            Err(payload) => {
                // The state may be half-updated: this worker takes no more items.
                shared.stop(0);
                let _ = done_tx.send(Done::Panicked(payload));
                return;
            }
        }
    }
}

/// The calling thread: put results back in order and emit them, until the first error.
fn collect<R, E>(
    shared: &Shared,
    done_rx: mpsc::Receiver<Done<R, E>>,
    emit: &mut impl FnMut(R) -> Result<(), E>,
) -> Outcome<E> {
    let mut waiting: BTreeMap<usize, Result<R, E>> = BTreeMap::new();
    let mut next = 0;
    // Ends when the source and every worker have hung up.
    for done in done_rx.iter() {
        let (seq, result) = match done {
            Done::Item(seq, result) => (seq, result),
            Done::Panicked(payload) => return Outcome::Panicked(payload),
        };
        waiting.insert(seq, result);
        while let Some(result) = waiting.remove(&next) {
            let emitted = result.and_then(&mut *emit);
            if let Err(e) = emitted {
                shared.stop(next);
                return Outcome::Finished(Err(e));
            }
            next += 1;
            shared.release();
        }
    }
    Outcome::Finished(Ok(()))
}

/// How many threads a data-parallel step uses: one per core, at most 8.
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8)
}

/// `f` over `items` on every core, results in order (on this thread alone for fewer than 4,096
/// items: cheap ones are not worth the threads).
pub(crate) fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    parallel_map_from(4096, items, f)
}

/// [`parallel_map`] for items that each cost much more than starting a thread (the expansion of
/// a glossary entry into its spellings, tens of microseconds): on every core from `min` items.
pub(crate) fn parallel_map_from<T: Sync, R: Send>(
    min: usize,
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = threads();
    if threads <= 1 || items.len() < min.max(2) {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|c| scope.spawn(|| c.iter().map(&f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| panic::resume_unwind(e)))
            .collect()
    })
}

/// `f` over `items`, taken by value, on every core, results in order. Items are split into one
/// run per core, so they should be of similar cost.
pub(crate) fn parallel_into<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = threads();
    if threads <= 1 || items.len() < 2 {
        return items.into_iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let mut runs: Vec<Vec<T>> = Vec::with_capacity(threads);
    let mut items = items.into_iter();
    loop {
        let run: Vec<T> = items.by_ref().take(chunk).collect();
        if run.is_empty() {
            break;
        }
        runs.push(run);
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .into_iter()
            .map(|run| scope.spawn(move || run.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| panic::resume_unwind(e)))
            .collect()
    })
}

/// Run `a` and `b` at the same time (`b` on another thread when there is more than one core) and
/// return both results.
#[allow(dead_code)] // the first user arrives with the index refactor
pub(crate) fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if threads() <= 1 {
        return (a(), b());
    }
    std::thread::scope(|scope| {
        let hb = scope.spawn(b);
        let ra = a();
        (ra, hb.join().unwrap_or_else(|e| panic::resume_unwind(e)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    /// Squares 0..n through the pool; the items and the results in emit order.
    fn squares(pool: Pool, n: usize) -> Vec<usize> {
        let mut out = Vec::new();
        pool.run(
            (0..n).map(Ok::<_, ()>),
            || (),
            |_, i| Ok(i * i),
            |r| {
                out.push(r);
                Ok(())
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn order_is_kept_for_any_number_of_threads() {
        let want: Vec<usize> = (0..2000).map(|i| i * i).collect();
        for threads in [1, 2, 3, 8] {
            assert_eq!(squares(Pool::new(threads), 2000), want, "{threads} threads");
            assert_eq!(
                squares(Pool::new(threads).in_flight(1), 2000),
                want,
                "{threads} threads, tight window"
            );
        }
        assert_eq!(squares(Pool::new(4), 0), Vec::<usize>::new());
    }

    #[test]
    fn order_is_kept_when_early_items_are_slow() {
        let mut out = Vec::new();
        Pool::new(4)
            .run(
                (0..64u64).map(Ok::<_, ()>),
                || (),
                |_, i| {
                    // Early items finish last.
                    std::thread::sleep(std::time::Duration::from_micros((64 - i) * 50));
                    Ok(i)
                },
                |r| {
                    out.push(r);
                    Ok(())
                },
            )
            .unwrap();
        assert_eq!(out, (0..64).collect::<Vec<_>>());
    }

    /// Where the error comes from, for the table below.
    #[derive(Clone, Copy, Debug)]
    enum Fail {
        Source,
        Worker,
        Emit,
    }

    #[test]
    fn the_first_error_stops_the_run_once_and_nothing_before_it_is_lost() {
        for threads in [1, 2, 4] {
            for fail in [Fail::Source, Fail::Worker, Fail::Emit] {
                for at in [0, 1, 7, 500] {
                    let pulled = AtomicUsize::new(0);
                    let source = (0..1000).map(|i| {
                        pulled.fetch_add(1, Ordering::Relaxed);
                        match fail {
                            // A later error too: only the first in order counts.
                            Fail::Source if i == at || i == at + 3 => Err(i),
                            _ => Ok(i),
                        }
                    });
                    let mut emitted = Vec::new();
                    let result = Pool::new(threads).run(
                        source,
                        || (),
                        |_, i| match fail {
                            Fail::Worker if i == at || i == at + 3 => Err(i),
                            _ => Ok(i),
                        },
                        |i| {
                            if matches!(fail, Fail::Emit) && i == at {
                                return Err(i);
                            }
                            emitted.push(i);
                            Ok(())
                        },
                    );
                    let case = format!("{threads} threads, {fail:?} error at {at}");
                    assert_eq!(result, Err(at), "{case}");
                    assert_eq!(emitted, (0..at).collect::<Vec<_>>(), "{case}");
                    // The source stops soon after: at most a window of items past the error.
                    let pulled = pulled.load(Ordering::Relaxed);
                    assert!(
                        pulled <= at + 1 + Pool::DEFAULT_IN_FLIGHT_PER_THREAD * threads,
                        "{case}: pulled {pulled}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_panic_in_a_worker_is_resumed_on_the_caller() {
        for threads in [1, 3] {
            let result = std::panic::catch_unwind(|| {
                Pool::new(threads).run(
                    (0..100).map(Ok::<_, ()>),
                    || (),
                    |_, i| {
                        if i == 42 {
                            panic!("worker failed on 42");
                        }
                        Ok(i)
                    },
                    |_| Ok(()),
                )
            });
            let payload = result.expect_err("the panic reaches the caller");
            let message = payload.downcast_ref::<&str>().copied().unwrap_or_default();
            assert_eq!(message, "worker failed on 42", "{threads} threads");
        }
    }

    #[test]
    fn a_panic_in_emit_stops_the_threads() {
        let result = std::panic::catch_unwind(|| {
            Pool::new(3).run(
                (0..10_000).map(Ok::<_, ()>),
                || (),
                |_, i| Ok(i),
                |i| {
                    assert!(i < 5, "emit failed");
                    Ok(())
                },
            )
        });
        // Reaching this line means every thread was joined (no deadlock on the full window).
        assert!(result.is_err());
    }

    #[test]
    fn one_thread_works_on_the_calling_thread() {
        let caller = std::thread::current().id();
        let mut seen = Vec::new();
        Pool::new(1)
            .run(
                (0..10).map(Ok::<_, ()>),
                || std::thread::current().id(),
                |id, i| Ok((*id, i)),
                |(id, i)| {
                    seen.push(i);
                    assert_eq!(id, caller);
                    Ok(())
                },
            )
            .unwrap();
        assert_eq!(seen, (0..10).collect::<Vec<_>>());
        assert_eq!(Pool::new(0).threads(), 1);
    }

    #[test]
    fn each_worker_keeps_its_own_state() {
        let made = AtomicUsize::new(0);
        let mut total = 0;
        Pool::new(3)
            .run(
                (0..300).map(Ok::<_, ()>),
                || {
                    made.fetch_add(1, Ordering::Relaxed);
                    Vec::<usize>::new()
                },
                |scratch, i| {
                    scratch.push(i);
                    Ok(scratch.len())
                },
                |n| {
                    total += 1;
                    assert!(n >= 1);
                    Ok(())
                },
            )
            .unwrap();
        assert_eq!(total, 300);
        assert_eq!(made.load(Ordering::Relaxed), 3);
    }

    #[test]
    fn back_pressure_bounds_the_items_in_flight() {
        for (threads, window) in [(2, 2), (3, 5), (4, 16)] {
            // Items pulled but not yet emitted, and the most seen at once.
            let live = AtomicUsize::new(0);
            let peak = AtomicUsize::new(0);
            let source = (0..400).map(|i| {
                let now = live.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                Ok::<_, ()>(i)
            });
            Pool::new(threads)
                .in_flight(window)
                .run(
                    source,
                    || (),
                    |_, i| {
                        // Item 0 is slow: everything else piles up behind it unless bounded.
                        if i == 0 {
                            std::thread::sleep(std::time::Duration::from_millis(20));
                        }
                        Ok(i)
                    },
                    |_| {
                        live.fetch_sub(1, Ordering::SeqCst);
                        Ok(())
                    },
                )
                .unwrap();
            let peak = peak.load(Ordering::SeqCst);
            assert!(
                peak <= window,
                "{threads} threads, window {window}: {peak} in flight"
            );
            assert_eq!(live.load(Ordering::SeqCst), 0);
        }
    }

    #[test]
    fn data_parallel_helpers_keep_order() {
        let items: Vec<usize> = (0..10_000).collect();
        let doubled = parallel_map(&items, |&i| i * 2);
        assert_eq!(doubled, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(parallel_into(items.clone(), |i| i + 1)[9_999], 10_000);
        assert_eq!(join(|| 1, || 2), (1, 2));
    }
}
