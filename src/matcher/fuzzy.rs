//! Near misses: misspelt names ("Mao Zedung", "Dmitri Medvedv", "Khabarovks").
//!
//! Candidates come from an index built on first use: spellings of several words by their first
//! and by their last folded word (a typo rarely hits both), and one-word spellings by their
//! one-deletion neighbourhood (a typo of one edit, transpositions included, shares a deletion with
//! the word). A query at the terminal may have a slip in every word ("Zhen Jianxai"): there the
//! first word is also looked for among the first words one edit away. Every candidate is then
//! compared token by token ([`token_similarity`]): each word within its own edit allowance, short
//! words exact. Only capitalised words of running text are tried, and a tie between entries is no
//! suggestion at all.
//!
//! The index is built on every core in a few flat arrays, words found by hash and checked
//! ([`FuzzyIndex`]): with 100,000 entries with native forms (3.9 million spellings) it takes about
//! half a second, so that `lookup` of a name that is not in the glossary still answers at once.
//!
//! In running text ([`Matcher::scan_fuzzy`]) the words that no match of the scan covers are
//! tried, in windows of up to four capitalised words; a near miss must also be implausible as
//! a name of its own ([`Matcher::plausible_typo`]). Queries are in [`super::lookup`].

use super::index::SpellingSource;
use super::keys;
use super::lookup::token_similarity;
use super::tokens::{Gap, Script, Tokens};
use super::{Match, MatchKind, Matcher};
use crate::fold::{fold_tokens, fold_tokens_into};
use crate::parallel::{join, parallel_into, parallel_map};
use crate::translit::Lang;
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};
use std::hash::BuildHasher;

/// Shortest one-word spelling (in characters) for which misspellings are suggested at a query.
const MIN_SINGLE: usize = 5;
/// In running text a one-word near miss must be longer ("Susan" is not a typo of Busan).
const MIN_SINGLE_TEXT: usize = 6;
/// Longest word (in bytes of its fold) that is compared with the spellings: the search around a
/// word costs the square of its length (one deletion at every place), and a word of a name is
/// far shorter than this. Longer words (a DNA sequence, a run of capitals) are not tried.
const MAX_WORD: usize = 64;

/// The index of near misses, in a few flat arrays (a glossary with native forms has millions of
/// spellings: one allocation per word would cost seconds and hundreds of megabytes). Words are
/// found by a 32-bit hash; every hit is checked against the words themselves, so a collision costs
/// a comparison, never a wrong candidate.
#[derive(Debug, Default)]
pub(crate) struct FuzzyIndex {
    /// How many spellings the matcher's index keeps: they are numbered as there, and the case
    /// forms it does not keep come after them.
    kept: u32,
    /// The numbers of those case forms ([`super::index::CASE_FORM`]), in order.
    case_forms: Vec<u32>,
    /// The folded words of the usable spellings, [`BATCH`] spellings to a run, as built.
    runs: Vec<Words>,
    /// Spellings of several words by the hash of their first word: `hash << 32 | spelling`,
    /// sorted.
    by_first: Vec<u64>,
    /// The same by their last word.
    by_last: Vec<u64>,
    /// One-word spellings by the hash of the word and of each of its deletions.
    deletes: Vec<u64>,
    /// The first words of [`FuzzyIndex::by_first`] by their one-deletion neighbourhood: `hash of
    /// the deletion << 32 | hash of the word`, sorted, without repeats.
    first_near: Vec<u64>,
}

/// The folded words of a run of spellings.
#[derive(Debug, Default)]
struct Words {
    /// The words, one after the other.
    text: String,
    /// Where each word ends in [`Words::text`] (a word starts where the one before ends).
    ends: Vec<u32>,
    /// By spelling of the run: its first word in [`Words::ends`]; its words run to the next
    /// spelling's first (a spelling that is not usable has none), and one more number closes the
    /// last.
    firsts: Vec<u32>,
}

impl Words {
    /// Word `k`.
    fn word(&self, k: usize) -> &str {
        let start = k.checked_sub(1).map_or(0, |j| self.ends[j] as usize);
        &self.text[start..self.ends[k] as usize]
    }
}

/// The word with one character removed, for every position.
fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(i, c)| {
        let mut s = String::with_capacity(word.len());
        s.push_str(&word[..i]);
        s.push_str(&word[i + c.len_utf8()..]);
        s
    })
}

/// Are `a` and `b` one deletion apart or closer: does the word or a deletion of one equal the
/// word or a deletion of the other (one edit, a transposition included)?
fn near(a: &str, b: &str) -> bool {
    a == b
        || deletions(a).any(|d| d == b)
        || deletions(b).any(|d| d == a || deletions(a).any(|e| e == d))
}

/// The hash by which [`FuzzyIndex`] finds a word.
fn word_hash(w: &str) -> u32 {
    let h = FxBuildHasher.hash_one(w);
    (h ^ (h >> 32)) as u32
}

/// A word's hash and a number in one sortable `u64`.
fn pair(hash: u32, n: u32) -> u64 {
    u64::from(hash) << 32 | u64::from(n)
}

/// The numbers paired with `hash` in the sorted list `list`.
fn paired(list: &[u64], hash: u32) -> impl Iterator<Item = u32> + '_ {
    let from = list.partition_point(|&x| ((x >> 32) as u32) < hash);
    list[from..]
        .iter()
        .take_while(move |&&x| (x >> 32) as u32 == hash)
        .map(|&x| x as u32)
}

/// Spellings indexed at a time by one thread while the index is built.
const BATCH: u32 = 16_384;

/// What one thread makes of a run of spellings.
#[derive(Default)]
struct Part {
    words: Words,
    by_first: Vec<u64>,
    by_last: Vec<u64>,
    deletes: Vec<u64>,
}

/// Is `c`, a character of a folded word, a letter or digit? (The common letters first: the
/// general test is a table search.)
fn is_word_char(c: char) -> bool {
    matches!(c, 'a'..='z' | '0'..='9' | '\u{0430}'..='\u{045F}') || c.is_alphanumeric()
}

impl Part {
    /// The usable words of the spellings `ids` (numbered as in [`FuzzyIndex`]), whose texts
    /// `text` gives (none for a short form).
    fn of<'t>(ids: std::ops::Range<u32>, text: impl Fn(u32) -> Option<&'t str>) -> Part {
        let mut part = Part::default();
        let (mut folded, mut ends) = (String::new(), Vec::new());
        for id in ids {
            let w = &mut part.words;
            w.firsts.push(w.ends.len() as u32);
            let Some(text) = text(id) else {
                continue;
            };
            fold_tokens_into(text, &mut folded, &mut ends);
            let toks: Vec<&str> = ends
                .iter()
                .scan(0, |start, &e| {
                    let t = &folded[*start..e];
                    *start = e;
                    Some(t)
                })
                .collect();
            let usable = !toks.is_empty()
                && toks.iter().all(|t| t.len() <= MAX_WORD)
                && toks.iter().all(|t| {
                    t.chars()
                        .all(|c| (c as u32) < 0x0530 && is_word_char(c))
                })
                // A run's words are numbered by `u32`, far more than 16,384 spellings fill.
                && w.text.len() + folded.len() < u32::MAX as usize;
            if !usable {
                continue;
            }
            if toks.len() >= 2 {
                part.by_first.push(pair(word_hash(toks[0]), id));
                part.by_last.push(pair(word_hash(toks[toks.len() - 1]), id));
            } else if toks[0].chars().count() >= MIN_SINGLE {
                part.deletes.push(pair(word_hash(toks[0]), id));
                for d in deletions(toks[0]) {
                    part.deletes.push(pair(word_hash(&d), id));
                }
            }
            for t in &toks {
                w.text.push_str(t);
                w.ends.push(w.text.len() as u32);
            }
        }
        let w = &mut part.words;
        w.firsts.push(w.ends.len() as u32);
        w.text.shrink_to_fit();
        w.ends.shrink_to_fit();
        part
    }
}

/// The lists of `parts`, picked by `list`, in one sorted list.
fn merged(parts: &[Part], list: impl Fn(&Part) -> &Vec<u64>) -> Vec<u64> {
    let mut out = Vec::with_capacity(parts.iter().map(|p| list(p).len()).sum());
    for p in parts {
        out.extend_from_slice(list(p));
    }
    out.sort_unstable();
    out
}

impl FuzzyIndex {
    /// The index of the spellings of `m`: those its index keeps, numbered as there, then the case
    /// forms that it does not keep ([`super::index::CASE_FORM`]), declined again on every core.
    pub fn build(m: &Matcher) -> FuzzyIndex {
        let index = &m.index;
        let kept = index.spelling_count() as u32;
        let entries: Vec<u32> = (0..m.glossary.entries().len() as u32).collect();
        let case_forms: Vec<(u32, String)> =
            parallel_map(&entries.chunks(1024).collect::<Vec<_>>(), |chunk| {
                let mut out = Vec::new();
                for &e in chunk.iter() {
                    m.unkept_case_forms(e, &mut out);
                }
                out
            })
            .into_iter()
            .flatten()
            .collect();
        let n = kept + case_forms.len() as u32;
        let runs: Vec<std::ops::Range<u32>> = (0..n.div_ceil(BATCH))
            .map(|b| b * BATCH..((b + 1) * BATCH).min(n))
            .collect();
        let text = |id: u32| match id.checked_sub(kept) {
            None => Some(index.spelling_text(id))
                .filter(|_| index.spelling(id).source != SpellingSource::Short),
            Some(k) => case_forms.get(k as usize).map(|(_, s)| s.as_str()),
        };
        let parts = parallel_into(runs, |ids| Part::of(ids, text));
        let ((by_first, by_last), deletes) = join(
            || {
                (
                    merged(&parts, |p| &p.by_first),
                    merged(&parts, |p| &p.by_last),
                )
            },
            || merged(&parts, |p| &p.deletes),
        );
        let mut f = FuzzyIndex {
            kept,
            case_forms: case_forms.into_iter().map(|(id, _)| id).collect(),
            runs: parts.into_iter().map(|p| p.words).collect(),
            by_first,
            by_last,
            deletes,
            first_near: Vec::new(),
        };
        let mut near = Vec::new();
        let mut last: Option<&str> = None;
        for &x in &f.by_first {
            let Some(t) = f.tokens(x as u32).next() else {
                continue;
            };
            if last == Some(t) {
                continue;
            }
            last = Some(t);
            let h = (x >> 32) as u32;
            near.extend(deletions(t).map(|d| pair(word_hash(&d), h)));
        }
        near.sort_unstable();
        near.dedup();
        f.first_near = near;
        f
    }

    /// The folded words of spelling `id` (none if it is not usable).
    fn tokens(&self, id: u32) -> impl Iterator<Item = &str> + '_ {
        let run = self.runs.get((id / BATCH) as usize);
        let i = (id % BATCH) as usize;
        let (from, to) = run
            .and_then(|r| Some((*r.firsts.get(i)? as usize, *r.firsts.get(i + 1)? as usize)))
            .unwrap_or((0, 0));
        (from..to.max(from)).filter_map(move |k| Some(run?.word(k)))
    }

    /// Spellings close to the folded words `q`, with their similarity, best first. With `wide`
    /// (a query, not running text), a name of several words may have a slip in its first word
    /// too.
    pub fn candidates(&self, q: &[String], wide: bool) -> Vec<(u32, f64)> {
        let mut ids: FxHashSet<u32> = FxHashSet::default();
        if q.iter().any(|w| w.len() > MAX_WORD) {
            return Vec::new();
        }
        if q.len() >= 2 {
            let (first, last) = (q[0].as_str(), q[q.len() - 1].as_str());
            ids.extend(
                paired(&self.by_first, word_hash(first))
                    .filter(|&id| self.tokens(id).next() == Some(first)),
            );
            ids.extend(
                paired(&self.by_last, word_hash(last))
                    .filter(|&id| self.tokens(id).last() == Some(last)),
            );
            if wide {
                // First words one edit from the query's: the query's word or a deletion of it is
                // the other or a deletion of it.
                let mut firsts: FxHashSet<u32> = FxHashSet::default();
                for d in std::iter::once(first.to_string()).chain(deletions(first)) {
                    let h = word_hash(&d);
                    firsts.insert(h);
                    firsts.extend(paired(&self.first_near, h));
                }
                let mut verdicts: FxHashMap<&str, bool> = FxHashMap::default();
                for h in firsts {
                    for id in paired(&self.by_first, h) {
                        let Some(t) = self.tokens(id).next() else {
                            continue;
                        };
                        if *verdicts.entry(t).or_insert_with(|| near(first, t)) {
                            ids.insert(id);
                        }
                    }
                }
            }
        } else if let Some(w) = q.first().filter(|w| w.chars().count() + 1 >= MIN_SINGLE) {
            for d in std::iter::once(w.clone()).chain(deletions(w)) {
                ids.extend(
                    paired(&self.deletes, word_hash(&d))
                        .filter(|&id| self.tokens(id).next().is_some_and(|t| near(w, t))),
                );
            }
        }
        let mut out: Vec<(u32, f64)> = ids
            .into_iter()
            .filter_map(|id| {
                let s: Vec<String> = self.tokens(id).map(str::to_string).collect();
                token_similarity(q, &s).map(|sim| (id, sim))
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        for (id, _) in &mut out {
            if let Some(k) = id.checked_sub(self.kept) {
                *id = self.case_forms.get(k as usize).copied().unwrap_or(*id);
            }
        }
        out
    }
}

impl Matcher {
    /// The index of near misses, built on first use.
    pub(super) fn fuzzy_index(&self) -> &FuzzyIndex {
        self.fuzzy.get_or_init(|| FuzzyIndex::build(self))
    }

    /// Add the near misses among the tokens of the last scan (a piece starting at byte `base`)
    /// that no match covers; `from` is where that scan's matches start in `out`.
    pub(crate) fn scan_fuzzy(
        &self,
        text: &str,
        tokens: &mut Tokens,
        base: usize,
        from: usize,
        out: &mut Vec<Match>,
    ) {
        tokens.tokenize(text);
        let tokens = &*tokens;
        let toks = &tokens.toks;
        let n = toks.len();
        let mut covered = vec![false; n];
        let mut k = from;
        for (i, t) in toks.iter().enumerate() {
            while k < out.len() && out[k].end <= base + t.start {
                k += 1;
            }
            covered[i] = k < out.len() && out[k].start < base + t.end;
        }
        let index = self.fuzzy_index();
        let mut found = Vec::new();
        let mut i = 0;
        'tokens: while i < n {
            if covered[i] || !toks[i].upper || toks[i].script != Script::Word {
                i += 1;
                continue;
            }
            for len in (1..=4).rev() {
                let j = i + len - 1;
                if j >= n {
                    continue;
                }
                let window_ok = (i..j).all(|x| {
                    let next = &toks[x + 1];
                    !covered[x + 1]
                        && next.script == Script::Word
                        && match toks[x].gap {
                            Gap::Joiner => true,
                            Gap::Space => next.upper,
                            _ => false,
                        }
                });
                if !window_ok {
                    continue;
                }
                let q: Vec<String> = (i..=j).map(|x| tokens.fold_of(x).to_string()).collect();
                if len == 1 && q[0].chars().count() < MIN_SINGLE_TEXT {
                    continue;
                }
                let cands = index.candidates(&q, false);
                let Some(&(best, sim)) = cands.first() else {
                    continue;
                };
                let entry = self.index.spelling(best).entry;
                let tie = cands
                    .iter()
                    .any(|&(s, x)| x == sim && self.index.spelling(s).entry != entry);
                if tie || !self.plausible_typo(entry, &q, best) {
                    continue;
                }
                found.push(Match {
                    start: base + toks[i].start,
                    end: base + toks[j].end,
                    kind: MatchKind::Fuzzy,
                    entry: Some(entry as usize),
                    candidates: Vec::new(),
                    spelling: Some(best),
                    canonical: None,
                    rival: false,
                    alone: false,
                    in_full: false,
                    pending: super::Pending::No,
                    hangul: false,
                });
                i = j + 1;
                continue 'tokens;
            }
            i += 1;
        }
        if !found.is_empty() {
            out.extend(found);
            out[from..].sort_by_key(|m| m.start);
        }
    }

    /// In running text, a near miss is reported only when the words that differ are not
    /// themselves valid: a Korean or Chinese syllable that parses is another name ("Wang Yan" is
    /// not a typo of Wang Yang), and a Russian surname with -a added is the feminine form.
    fn plausible_typo(&self, entry: u32, q: &[String], spelling: u32) -> bool {
        let e = self.entry(entry as usize);
        let lang = Lang::from_code(e.lang.split('-').next().unwrap_or(""));
        let s = fold_tokens(&self.spelling_text(spelling));
        // A longer or shorter form of the word is a derivation, not a typo ("Russian", "Koreans").
        q.iter()
            .zip(&s)
            .filter(|(a, b)| a != b)
            .all(|(a, b)| !a.starts_with(b.as_str()) && !b.starts_with(a.as_str()))
            && q.iter()
                .zip(&s)
                .filter(|(a, b)| a != b)
                .all(|(a, b)| match lang {
                    Some(l @ (Lang::Ko | Lang::Zh)) => keys::key(l, &[a.as_str()]).is_none(),
                    Some(Lang::Ru | Lang::Uk | Lang::Be) => *a != format!("{b}a"),
                    None => true,
                })
    }
}
