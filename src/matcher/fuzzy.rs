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
//! In running text ([`Matcher::scan_fuzzy`]) the words that no match of the scan covers are
//! tried, in windows of up to four capitalised words; a near miss must also be implausible as
//! a name of its own ([`Matcher::plausible_typo`]). Queries are in [`super::lookup`].

use super::index::{Index, SpellingSource};
use super::keys;
use super::lookup::token_similarity;
use super::tokens::{Gap, Script, Tokens};
use super::{Match, MatchKind, Matcher};
use crate::fold::fold_tokens;
use crate::translit::Lang;
use rustc_hash::{FxHashMap, FxHashSet};

/// Shortest one-word spelling (in characters) for which misspellings are suggested at a query.
const MIN_SINGLE: usize = 5;
/// In running text a one-word near miss must be longer ("Susan" is not a typo of Busan).
const MIN_SINGLE_TEXT: usize = 6;
/// Longest word (in bytes of its fold) that is compared with the spellings: the search around a
/// word costs the square of its length (one deletion at every place), and a word of a name is
/// far shorter than this. Longer words (a DNA sequence, a run of capitals) are not tried.
const MAX_WORD: usize = 64;

#[derive(Debug, Default)]
pub(crate) struct FuzzyIndex {
    by_first: FxHashMap<Box<str>, Vec<u32>>,
    by_last: FxHashMap<Box<str>, Vec<u32>>,
    deletes: FxHashMap<Box<str>, Vec<u32>>,
    /// The first words of [`FuzzyIndex::by_first`] by their one-deletion neighbourhood.
    first_near: FxHashMap<Box<str>, Vec<Box<str>>>,
    tokens: Vec<Box<[Box<str>]>>,
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

impl FuzzyIndex {
    pub fn build(index: &Index) -> FuzzyIndex {
        let mut f = FuzzyIndex::default();
        for id in 0..index.spelling_count() as u32 {
            let sp = index.spelling(id);
            let toks: Box<[Box<str>]> = fold_tokens(index.spelling_text(id))
                .into_iter()
                .map(String::into_boxed_str)
                .collect();
            let usable = sp.source != SpellingSource::Short
                && !toks.is_empty()
                && toks.iter().all(|t| t.len() <= MAX_WORD)
                && toks.iter().all(|t| {
                    t.chars()
                        .all(|c| c.is_alphanumeric() && (c as u32) < 0x0530)
                });
            if usable {
                if toks.len() >= 2 {
                    f.by_first.entry(toks[0].clone()).or_default().push(id);
                    f.by_last
                        .entry(toks[toks.len() - 1].clone())
                        .or_default()
                        .push(id);
                } else if toks[0].chars().count() >= MIN_SINGLE {
                    f.deletes.entry(toks[0].clone()).or_default().push(id);
                    for d in deletions(&toks[0]) {
                        f.deletes.entry(d.into()).or_default().push(id);
                    }
                }
            }
            f.tokens.push(toks);
        }
        let firsts: Vec<Box<str>> = f.by_first.keys().cloned().collect();
        for first in firsts {
            for d in deletions(&first) {
                f.first_near
                    .entry(d.into())
                    .or_default()
                    .push(first.clone());
            }
        }
        f
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
            for map_tok in [(&self.by_first, &q[0]), (&self.by_last, &q[q.len() - 1])] {
                if let Some(v) = map_tok.0.get(map_tok.1.as_str()) {
                    ids.extend(v.iter().copied());
                }
            }
            if wide {
                // First words one edit from the query's: a deletion of either is the other or a
                // deletion of it.
                let mut firsts: FxHashSet<&str> = FxHashSet::default();
                for d in deletions(&q[0]) {
                    if let Some((t, _)) = self.by_first.get_key_value(d.as_str()) {
                        firsts.insert(t);
                    }
                    for t in self.first_near.get(d.as_str()).into_iter().flatten() {
                        firsts.insert(t);
                    }
                }
                for t in self.first_near.get(q[0].as_str()).into_iter().flatten() {
                    firsts.insert(t);
                }
                for t in firsts {
                    ids.extend(self.by_first.get(t).into_iter().flatten().copied());
                }
            }
        } else if let Some(w) = q.first().filter(|w| w.chars().count() + 1 >= MIN_SINGLE) {
            for d in std::iter::once(w.clone()).chain(deletions(w)) {
                if let Some(v) = self.deletes.get(d.as_str()) {
                    ids.extend(v.iter().copied());
                }
            }
        }
        let mut out: Vec<(u32, f64)> = ids
            .into_iter()
            .filter_map(|id| {
                let toks = &self.tokens[id as usize];
                let s: Vec<String> = toks.iter().map(|t| t.to_string()).collect();
                token_similarity(q, &s).map(|sim| (id, sim))
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}

impl Matcher {
    /// The index of near misses, built on first use.
    pub(super) fn fuzzy_index(&self) -> &FuzzyIndex {
        self.fuzzy.get_or_init(|| FuzzyIndex::build(&self.index))
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
                    in_full: false,
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
        let s = fold_tokens(self.index.spelling_text(spelling));
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
