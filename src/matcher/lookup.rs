//! Resolving a query (one name, as typed at a terminal) to glossary entries, best first.
//!
//! The query is folded and looked up like a window of running text; when nothing in the index
//! meets it, near misses are suggested by comparing it token by token with every spelling
//! (Damerau–Levenshtein, with a hard cut-off per token so "Kim Jong Um" finds Kim Jong Un but
//! "Kim Jong Nam" finds nothing).

use super::index::{Resolved, SpellingSource};
use super::tokens::Tokens;
use super::{MatchKind, Matcher};
use crate::fold::fold_tokens;

/// One resolution of a query.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Index of the entry in the glossary.
    pub entry: usize,
    /// How it matched: exact, variant, translit or fuzzy.
    pub kind: MatchKind,
    /// Confidence in [0, 1].
    pub score: f64,
    /// The spelling in the index that met the query.
    pub spelling: String,
    /// Where that spelling came from (for `--explain`).
    pub source: String,
    /// One of the candidates of a spelling that several entries share, none written exactly as
    /// the query is: the query is ambiguous.
    pub ambiguous: bool,
}

/// Options of [`Matcher::lookup`].
#[derive(Clone, Debug)]
pub struct LookupOptions {
    /// Suggest near misses when nothing matches.
    pub fuzzy: bool,
    /// At most this many hits.
    pub limit: usize,
}

impl Default for LookupOptions {
    fn default() -> Self {
        LookupOptions {
            fuzzy: true,
            limit: 10,
        }
    }
}

fn score_of(source: SpellingSource) -> (MatchKind, f64) {
    match source {
        SpellingSource::Canonical => (MatchKind::Exact, 1.0),
        SpellingSource::Variant | SpellingSource::Native => (MatchKind::Variant, 0.95),
        SpellingSource::Inflected => (MatchKind::Variant, 0.9),
        SpellingSource::Generated(_) => (MatchKind::Translit, 0.9),
        SpellingSource::Short => (MatchKind::Variant, 0.6),
    }
}

impl Matcher {
    /// Resolve `query` to entries, best first. An empty result means the name is not in the glossary.
    pub fn lookup(&self, query: &str, options: &LookupOptions) -> Vec<Hit> {
        self.lookup_at(query, options, 0)
    }

    /// `depth` > 0: a rewritten query (patronymic dropped, order changed), tried once.
    fn lookup_at(&self, query: &str, options: &LookupOptions, depth: u8) -> Vec<Hit> {
        let mut tokens = Tokens::default();
        tokens.tokenize(query);
        if tokens.toks.is_empty() {
            return Vec::new();
        }
        let last = tokens.toks.len() - 1;
        let mut hits = Vec::new();
        if let Some((target, _)) = self.probe(&tokens, query, 0, last, false) {
            self.hits_of(&target, &mut hits);
        }
        if hits.is_empty() {
            // A case form of a native form ("Владимира Путина"), read back at scan time.
            let mut window = Tokens::default();
            if let Some((end, target)) = self.match_cased(query, &mut window) {
                if end == tokens.toks[last].end {
                    self.hits_of(&target, &mut hits);
                }
            }
        }
        if hits.is_empty() {
            self.key_hits(&tokens, &mut hits);
        }
        let words: Vec<&str> = tokens.toks.iter().map(|t| &query[t.start..t.end]).collect();
        let plain = LookupOptions {
            fuzzy: false,
            ..options.clone()
        };
        if hits.is_empty() && depth < 2 && words.len() >= 3 {
            // "Sergey Viktorovich Lavrov", "Путин Владимир Владимирович": the entry has no patronymic.
            if let Some(p) =
                (1..words.len()).find(|&i| super::keys::is_patronymic(tokens.fold_of(i)))
            {
                let rest: Vec<&str> = words
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != p)
                    .map(|(_, w)| *w)
                    .collect();
                hits = self.lookup_at(&rest.join(" "), &plain, depth + 1);
            }
        }
        if hits.is_empty() && depth < 2 && words.len() == 2 {
            // Surname first: "Putin, Vladimir", "Lavrov Sergey".
            hits = self.lookup_at(&format!("{} {}", words[1], words[0]), &plain, 2);
        }
        if hits.is_empty()
            && tokens.toks.len() >= 2
            && tokens.toks[..last]
                .iter()
                .all(|t| query[t.start..t.end].chars().count() == 1)
        {
            // Initials: "S. V. Lavrov".
            let initial = tokens.fold_of(0).chars().next().unwrap_or(' ');
            for e in self.keys.by_initials(tokens.fold_of(last), initial) {
                hits.push(Hit {
                    entry: e as usize,
                    kind: MatchKind::Translit,
                    score: 0.75,
                    spelling: query.to_string(),
                    source: "initials and surname".into(),
                    ambiguous: false,
                });
            }
        }
        if hits.is_empty() && options.fuzzy {
            self.fuzzy(query, &mut hits);
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
        hits.dedup_by(|a, b| a.entry == b.entry);
        hits.truncate(options.limit);
        hits
    }

    /// Hits on the romanisation keys of every language.
    fn key_hits(&self, tokens: &Tokens, hits: &mut Vec<Hit>) {
        let words: Vec<&str> = (0..tokens.toks.len()).map(|i| tokens.fold_of(i)).collect();
        for lang in self.keys.langs() {
            let Some(k) = super::keys::key(lang, &words) else {
                continue;
            };
            let Some(t) = self.keys.get(lang, &k) else {
                continue;
            };
            let score = if t.entries().len() == 1 { 0.8 } else { 0.7 };
            for (&e, &s) in t.entries().iter().zip(t.spellings()) {
                let sp = self.index.spelling(s);
                let text = self.index.spelling_text(s);
                hits.push(Hit {
                    entry: e as usize,
                    kind: MatchKind::Translit,
                    score,
                    spelling: text.to_string(),
                    source: format!(
                        "{} romanisation key (meets {}: {})",
                        lang.code(),
                        sp.source.describe(),
                        text
                    ),
                    ambiguous: false,
                });
            }
        }
    }

    fn hits_of(&self, target: &Resolved, hits: &mut Vec<Hit>) {
        // `score`: the hit's own score, or that given (the candidates of an ambiguous spelling
        // tie).
        let mut push = |s: u32, score: Option<f64>, ambiguous: bool| {
            let sp = self.index.spelling(s);
            let (kind, own) = score_of(sp.source);
            hits.push(Hit {
                entry: sp.entry as usize,
                kind,
                score: score.unwrap_or(own),
                spelling: self.spelling_text(s).into_owned(),
                source: sp.source.describe(),
                ambiguous,
            });
        };
        // The candidates of a spelling that several entries share score alike, below a spelling
        // written exactly as an entry lists it.
        let tie = |ids: &[u32]| {
            let best = ids
                .iter()
                .map(|&s| score_of(self.index.spelling(s).source).1)
                .fold(0.0, f64::max);
            Some(best * 0.9)
        };
        match target {
            Resolved::One(s) => push(s.id, None, false),
            Resolved::Exact(s, others) => {
                push(s.id, None, false);
                let score = tie(others);
                others.iter().for_each(|&o| push(o, score, false));
            }
            Resolved::Ambiguous(ids) => {
                let score = tie(ids);
                ids.iter().for_each(|&s| push(s, score, true));
            }
            Resolved::Short(entries) => {
                // An implied short form (the surname of an entry that lists none) resolves only
                // after a full mention in running text: a query has none.
                let listed: Vec<u32> = entries
                    .iter()
                    .copied()
                    .filter(|&e| !self.entry(e as usize).short.is_empty())
                    .collect();
                let share = 1.0 / listed.len() as f64;
                for &e in &listed {
                    let entry = self.entry(e as usize);
                    hits.push(Hit {
                        entry: e as usize,
                        kind: MatchKind::Variant,
                        score: 0.6 * share.sqrt(),
                        spelling: entry.short.first().cloned().unwrap_or_default(),
                        source: SpellingSource::Short.describe(),
                        ambiguous: false,
                    });
                }
            }
        }
    }

    /// Near misses: every token of the query close to the token of a spelling at the same place.
    fn fuzzy(&self, query: &str, hits: &mut Vec<Hit>) {
        let q = fold_tokens(query);
        for (id, sim) in self.fuzzy_index().candidates(&q, true) {
            let sp = self.index.spelling(id);
            hits.push(Hit {
                entry: sp.entry as usize,
                kind: MatchKind::Fuzzy,
                score: (sim * 0.85).min(0.85),
                spelling: self.spelling_text(id).into_owned(),
                source: format!("near miss of {}", sp.source.describe()),
                ambiguous: false,
            });
        }
    }
}

/// How many edits a token of this many characters may carry and still be the same word.
fn allowance(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Similarity of two token lists when every token is within its allowance; `None` otherwise.
/// Exactly equal lists are not near misses.
pub(crate) fn token_similarity(q: &[String], s: &[String]) -> Option<f64> {
    if q.len() != s.len() || q.is_empty() {
        return None;
    }
    let mut edits = 0;
    let mut chars = 0;
    for (a, b) in q.iter().zip(s) {
        let n = a.chars().count().max(b.chars().count());
        let d = strsim::damerau_levenshtein(a, b);
        // Short tokens may carry one edit only when the name has a long token that is exact.
        if d > allowance(n) && !(n <= 3 && d == 1 && n >= 2 && q.len() >= 3) {
            return None;
        }
        edits += d;
        chars += n;
    }
    if edits == 0 || edits > 3 {
        return None;
    }
    Some(1.0 - edits as f64 / chars as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Vec<String> {
        fold_tokens(s)
    }

    #[test]
    fn near_misses_token_by_token() {
        assert!(token_similarity(&t("Mao Zedung"), &t("Mao Zedong")).is_some());
        assert!(token_similarity(&t("Dmitri Medvedv"), &t("Dmitry Medvedev")).is_some());
        assert!(token_similarity(&t("Khabarovks"), &t("Khabarovsk")).is_some());
        assert!(token_similarity(&t("Kim Jong Um"), &t("Kim Jong Un")).is_some());
        assert!(token_similarity(&t("Kim Jong Nam"), &t("Kim Jong Un")).is_none());
        assert!(token_similarity(&t("Wang Yi"), &t("Wang Yang")).is_none());
        assert!(token_similarity(&t("Li Peng"), &t("Li Qiang")).is_none());
        assert!(token_similarity(&t("Xi Jinping"), &t("Xi Jinping")).is_none());
    }
}
