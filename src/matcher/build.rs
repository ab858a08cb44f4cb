//! Building a matcher: every spelling of every entry (listed, then generated) into the index,
//! and the romanisation keys of the romanised ones, on every core; or the whole matcher read
//! back from the cache of an earlier run.

use super::cache;
use super::generate;
use super::index::{IndexBuilder, SpellingSource};
use super::keys::LangKeys;
use super::shorts;
use super::{Matcher, MatcherOptions};
use crate::fold::{script_of, Script as FoldScript};
use crate::glossary::{Entry, Glossary, Kind};
use crate::parallel::{join, parallel_map};
use crate::translit::Lang;
use rustc_hash::FxHashSet;
use std::borrow::Cow;

impl Matcher {
    /// Build the matcher for `glossary`.
    pub fn new(glossary: Glossary, options: &MatcherOptions) -> Matcher {
        let entries = glossary.entries();
        // Every spelling of every entry (listed, then generated), on every core.
        let refs: Vec<&Entry> = entries.iter().collect();
        let lists = parallel_map(&refs, |&e| spellings_of(e, options));
        // Romanisation keys are the costly part of a large glossary: they are computed on the
        // other cores while this one fills the index.
        let ((index, sids), prepared) = join(
            || {
                let spellings = lists.iter().map(Vec::len).sum();
                let mut index =
                    IndexBuilder::new(entries.iter().map(|e| e.canonical.as_str()), spellings);
                let sids: Vec<Vec<Option<u32>>> = lists
                    .iter()
                    .enumerate()
                    .map(|(i, list)| {
                        list.iter()
                            .map(|(s, source)| index.add(i as u32, s, *source))
                            .collect()
                    })
                    .collect();
                (index, sids)
            },
            || {
                let jobs: Vec<(usize, &[Listed])> = lists
                    .iter()
                    .enumerate()
                    .map(|(i, l)| (i, l.as_slice()))
                    .collect();
                parallel_map(&jobs, |&(i, list)| {
                    let e = &entries[i];
                    let lang = Lang::from_code(e.lang.split('-').next().unwrap_or(""));
                    list.iter()
                        .map(|(text, source)| {
                            let lang = lang?;
                            if matches!(
                                source,
                                SpellingSource::Short
                                    | SpellingSource::Inflected
                                    | SpellingSource::Native
                                    | SpellingSource::Generated(
                                        generate::PRESS_PL | generate::PRESS_CS
                                    )
                            ) || text.chars().any(|c| {
                                !matches!(script_of(c), FoldScript::Latin | FoldScript::Other)
                            }) {
                                return None;
                            }
                            LangKeys::prepare(lang, text, e.kind == Kind::Person)
                        })
                        .collect::<Vec<_>>()
                })
            },
        );
        // The filters of the index are derived on one core while the other indexes the keys.
        let (keys, index) = join(
            || {
                let mut keys = LangKeys::default();
                for (i, (ps, ids)) in prepared.into_iter().zip(&sids).enumerate() {
                    for (p, sid) in ps.into_iter().zip(ids) {
                        if let (Some(p), Some(sid)) = (p, sid) {
                            keys.insert(p, i as u32, *sid);
                        }
                    }
                }
                for (i, e) in entries.iter().enumerate() {
                    if e.kind == Kind::Person && e.lang == "ru" {
                        for n in &e.native {
                            keys.insert_native_surname(i as u32, n);
                        }
                    }
                }
                keys
            },
            move || index.finish(),
        );
        Matcher::assemble(glossary, index, keys)
    }

    /// Build the matcher for glossary files given as (path, contents), reusing the compiled
    /// index cached in `cache_dir` when one was built from exactly these files and options, and
    /// caching it there otherwise. A cache that cannot be read or written is not an error.
    pub fn from_sources(
        sources: &[(std::path::PathBuf, Vec<u8>)],
        options: &MatcherOptions,
        cache_dir: Option<&std::path::Path>,
    ) -> Result<Matcher, crate::Error> {
        let cached = cache_dir.map(|d| {
            let provenance = cache::provenance(sources, options);
            (cache::cache_path(d, &provenance), provenance)
        });
        if let Some(m) = cached.as_ref().and_then(|(f, p)| cache::load(f, p)) {
            return Ok(m);
        }
        let mut b = crate::GlossaryBuilder::new();
        for (path, bytes) in sources {
            b.add_bytes(path, bytes);
        }
        let m = Matcher::new(b.build()?, options);
        if let Some((f, p)) = cached {
            let _ = cache::save(&f, &p, &m);
        }
        Ok(m)
    }
}

/// A spelling of an entry and where it comes from: borrowed from the entry when listed there.
type Listed<'e> = (Cow<'e, str>, SpellingSource);

/// The spellings of one entry, in index order: canonical, variants, native and short forms, then
/// (when generation is on) the generated ones not already listed.
fn spellings_of<'e>(e: &'e Entry, options: &MatcherOptions) -> Vec<Listed<'e>> {
    let listed =
        |list: &'e [String], source| list.iter().map(move |v| (Cow::from(v.as_str()), source));
    let mut out: Vec<Listed<'e>> =
        std::iter::once((Cow::from(e.canonical.as_str()), SpellingSource::Canonical))
            .chain(listed(&e.variants, SpellingSource::Variant))
            .chain(listed(&e.native, SpellingSource::Native))
            .chain(listed(&e.short, SpellingSource::Short))
            .collect();
    if options.generate && e.generate && !e.native.is_empty() {
        // A generated spelling is new unless an earlier one is the same spelling as
        // `fold::spelling_key` defines it: equal folds *and* first words that fold alike, in every
        // script. A window of text fits a spelling only when its first word is no longer than the
        // spelling's, so equal folds split elsewhere are two spellings to the index: "Luc'k" does
        // not stand for "Łuck", nor "L'vov" for "Lvov", nor "후 진타오" for "후진타오".
        let key = |s: &str| {
            let mut k = String::new();
            let first = crate::fold::spelling_key(s, &mut k).first;
            (k, first)
        };
        let mut seen: FxHashSet<(String, usize)> = std::iter::once(&e.canonical)
            .chain(&e.variants)
            .chain(&e.native)
            .map(|s| key(s))
            .collect();
        for (s, source) in generate::spellings(e) {
            if seen.insert(key(&s)) {
                out.push((Cow::Owned(s), source));
            }
        }
        out.extend(
            generate::native_shorts(e)
                .into_iter()
                .map(|s| (Cow::Owned(s), SpellingSource::Short)),
        );
    }
    // The surname of every spelling, as an implied short form (issue 14 §5).
    let mut shorts: FxHashSet<String> = out
        .iter()
        .filter(|(_, src)| *src == SpellingSource::Short)
        .map(|(s, _)| crate::fold(s))
        .collect();
    let implied = shorts::implied(e, out.iter().map(|(s, src)| (s.as_ref(), *src)));
    for s in implied {
        if shorts.insert(crate::fold(&s)) {
            out.push((Cow::Owned(s), SpellingSource::Short));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::spelling_key;
    use crate::matcher::tokens::{Script, Tokens};

    #[test]
    fn no_generated_spelling_is_lost_to_a_duplicate_split_elsewhere() {
        // Text written as a generated spelling must meet a spelling that is kept: one of the same
        // fold whose first word is at least as long (a window fits a spelling only then). "Lvov"
        // and "Łuck" were dropped for "Lʹvov" and "Lucʹk", and missed in running text.
        let g = Glossary::bundled().expect("bundled glossaries load");
        let options = MatcherOptions::default();
        let mut key = String::new();
        let mut lost = Vec::new();
        for e in g.entries().iter().filter(|e| e.generate) {
            let kept: Vec<(String, usize)> = spellings_of(e, &options)
                .iter()
                .filter(|(_, source)| *source != SpellingSource::Short)
                .map(|(s, _)| {
                    let first = spelling_key(s, &mut key).first;
                    (key.clone(), first)
                })
                .collect();
            for (s, _) in generate::spellings(e) {
                let first = spelling_key(&s, &mut key).first;
                if !kept.iter().any(|(k, f)| *k == key && first <= *f) {
                    lost.push(s);
                }
            }
        }
        assert!(lost.is_empty(), "{} lost: {lost:?}", lost.len());
    }

    #[test]
    fn spellings_are_keyed_as_the_scan_tokenizes_text() {
        // The index keys a spelling by `fold::spelling_key`; the scan keys a window of text by
        // its tokens. They must agree on every spelling: its key, its first word, its word count
        // and whether it is one capitalised word.
        let g = Glossary::bundled().expect("bundled glossaries load");
        let mut texts: Vec<String> = g
            .entries()
            .iter()
            .flat_map(|e| spellings_of(e, &MatcherOptions::default()))
            .map(|(s, _)| s.into_owned())
            .collect();
        assert!(texts.len() > 1000, "{}", texts.len());
        texts.extend(
            [
                "",
                " -- ",
                "김\u{301}",
                "\u{301}Kim",
                "Jong Un-\u{301}-Kim \u{301}\u{302}",
                "a\u{301}b Ŏ",
                "Kim김정은 習近平",
                "O'Neil 2nd",
                "ǅemal Bijedić",
                "İstanbul",
                "Ⅻ Ｋｉｍ",
                "Straße",
                "Пхеньян—Сеул",
                "평양에서 Pyongyang",
            ]
            .map(str::to_string),
        );
        let (mut tokens, mut key) = (Tokens::default(), String::new());
        for s in &texts {
            let got = spelling_key(s, &mut key);
            tokens.tokenize(s);
            let toks = &tokens.toks;
            let want_key = match toks.len() {
                0 => "",
                n => tokens.key(0, n - 1),
            };
            assert_eq!(key, want_key, "{s:?}");
            assert_eq!(got.words, toks.len(), "{s:?}");
            if let Some(t0) = toks.first() {
                assert_eq!(got.first, tokens.fold_of(0).len(), "{s:?}");
                assert_eq!(
                    got.capitalised,
                    t0.script == Script::Word && t0.upper,
                    "{s:?}"
                );
            }
        }
    }
}
