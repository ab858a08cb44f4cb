//! Building a matcher: every spelling of every entry (listed, then generated) into the index,
//! and the romanisation keys of the romanised ones, on every core; or the whole matcher read
//! back from the cache of an earlier run.

use super::cache;
use super::generate;
use super::index::{IndexBuilder, SpellingSource};
use super::keys::{KeysBuilder, LangKeys, Prepared};
use super::shorts;
use super::{Matcher, MatcherOptions};
use crate::fold::{script_of, Script as FoldScript};
use crate::glossary::{Entry, Glossary, Kind};
use crate::parallel::{join, parallel_map};
use crate::translit::Lang;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// How many entries are expanded at a time: their generated spellings (owned strings with their
/// romanisation keys) live only until the batch is indexed, so a glossary of any size holds the
/// transient spellings of two batches, not of every entry at once (2,048 entries: the native
/// 100,000-entry glossary peaks about 25 MB lower than with 8,192, and builds no slower).
const BATCH: usize = 2048;

impl Matcher {
    /// Build the matcher for `glossary`.
    pub fn new(glossary: Glossary, options: &MatcherOptions) -> Matcher {
        let entries = glossary.entries();
        let refs: Vec<&Entry> = entries.iter().collect();
        let expand = |batch| expand(batch, options);
        let mut batches = refs.chunks(BATCH);
        let first = batches.next().map(expand).unwrap_or_default();
        // The first batch tells about how many spellings an entry has: the key table is made at
        // about its final size, not grown again and again.
        let per_entry =
            first.iter().map(Vec::len).sum::<usize>() as f64 / first.len().max(1) as f64;
        let mut index = IndexBuilder::new(
            entries.iter().map(|e| e.canonical.as_str()),
            (per_entry * entries.len() as f64) as usize,
        );
        // And how many records and bytes of text the entries will have: room for them up front
        // spares copying both lists again and again as they grow (and holding two copies).
        let (records, bytes) = first
            .iter()
            .flatten()
            .filter(|((_, source), _)| *source != SpellingSource::Short)
            .fold((0, 0), |(n, b), ((text, _), _)| (n + 1, b + text.len()));
        let scale = entries.len() as f64 / first.len().max(1) as f64 * 1.1;
        index.reserve(
            (records as f64 * scale) as usize,
            (bytes as f64 * scale) as usize,
        );
        let mut keys = KeysBuilder::default();
        // Each batch is indexed on this core while the next is expanded on the others.
        let mut pending = (0usize, first);
        for (b, batch) in batches.enumerate() {
            let ((), next) = join(
                || {
                    add_batch(
                        &mut index,
                        &mut keys,
                        pending.0,
                        std::mem::take(&mut pending.1),
                    )
                },
                || expand(batch),
            );
            pending = ((b + 1) * BATCH, next);
        }
        add_batch(&mut index, &mut keys, pending.0, pending.1);
        for (i, e) in entries.iter().enumerate() {
            if e.kind == Kind::Person && e.lang == "ru" {
                for n in &e.native {
                    keys.insert_native_surname(i as u32, n);
                }
            }
        }
        // The key maps become tables before the index is finished: the two transient peaks
        // come one after the other.
        let keys = keys.finish();
        Matcher::assemble(glossary, index.finish(), keys, options.clone())
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

/// A spelling to index: its text and source, and its romanisation keys.
type Expanded<'e> = (Listed<'e>, Option<Prepared>);

/// The spellings of a batch of entries, each with its keys (see [`expanded`]), on every core.
fn expand<'e>(batch: &[&'e Entry], options: &MatcherOptions) -> Vec<Vec<Expanded<'e>>> {
    parallel_map(batch, |&e| expanded(e, options))
}

/// The spellings of one entry that the index keeps (see [`keyed_spellings_of`]), each with its
/// romanisation keys when it has any (pure: runs on any core).
fn expanded<'e>(e: &'e Entry, options: &MatcherOptions) -> Vec<Expanded<'e>> {
    let lang = Lang::from_code(e.lang.split('-').next().unwrap_or(""));
    keyed_spellings_of(e, options)
        .into_iter()
        .filter(|(_, keyed)| *keyed)
        .map(|((text, source), _)| {
            let keyed = lang.filter(|_| {
                !matches!(
                    source,
                    SpellingSource::Short
                        | SpellingSource::Inflected
                        | SpellingSource::Native
                        | SpellingSource::Generated(generate::PRESS_PL | generate::PRESS_CS)
                ) && text
                    .chars()
                    .all(|c| matches!(script_of(c), FoldScript::Latin | FoldScript::Other))
            });
            let p = keyed.and_then(|l| LangKeys::prepare(l, &text, e.kind == Kind::Person));
            ((text, source), p)
        })
        .collect()
}

/// Index the expanded spellings of a batch of entries, the first of which is entry `base`.
fn add_batch(
    index: &mut IndexBuilder,
    keys: &mut KeysBuilder,
    base: usize,
    batch: Vec<Vec<Expanded<'_>>>,
) {
    for (k, list) in batch.into_iter().enumerate() {
        let entry = (base + k) as u32;
        for ((text, source), p) in list {
            let sid = index.add(entry, &text, source);
            if let (Some(p), Some(sid)) = (p, sid) {
                keys.insert(p, entry, sid);
            }
        }
    }
}

/// The spellings of one entry, in index order: canonical, variants, native and short forms, then
/// (when generation is on) the generated ones not already listed.
#[cfg(test)]
fn spellings_of<'e>(e: &'e Entry, options: &MatcherOptions) -> Vec<Listed<'e>> {
    keyed_spellings_of(e, options)
        .into_iter()
        .map(|(l, _)| l)
        .collect()
}

/// [`spellings_of`], each with whether the index keeps it: not a case form of a native form
/// (`Inflected`: the scan reads those back, see `super::cased`, and what shows them declines the
/// native forms again, see `generate::case_forms`), unless a generated spelling of another kind
/// with the same key came after it and was left out for it (the Russian form of a Ukrainian name,
/// `Харьков`, is also the nominative among its case forms).
pub(super) fn keyed_spellings_of<'e>(
    e: &'e Entry,
    options: &MatcherOptions,
) -> Vec<(Listed<'e>, bool)> {
    let listed =
        |list: &'e [String], source| list.iter().map(move |v| (Cow::from(v.as_str()), source));
    let mut out: Vec<Listed<'e>> =
        std::iter::once((Cow::from(e.canonical.as_str()), SpellingSource::Canonical))
            .chain(listed(&e.variants, SpellingSource::Variant))
            .chain(listed(&e.native, SpellingSource::Native))
            .chain(listed(&e.short, SpellingSource::Short))
            .collect();
    // The case forms that a generated spelling of another kind was left out for, by place in
    // `out`: they are keyed.
    let mut claimed: FxHashSet<usize> = FxHashSet::default();
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
        // By key, the place in `out` of the spelling kept (none for a listed one).
        let mut seen: FxHashMap<(String, usize), Option<usize>> = std::iter::once(&e.canonical)
            .chain(&e.variants)
            .chain(&e.native)
            .map(|s| (key(s), None))
            .collect();
        for (s, source) in generate::spellings(e) {
            match seen.entry(key(&s)) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(Some(out.len()));
                    out.push((Cow::Owned(s), source));
                }
                std::collections::hash_map::Entry::Occupied(o) => {
                    if let Some(at) = *o.get() {
                        if source != SpellingSource::Inflected
                            && out[at].1 == SpellingSource::Inflected
                        {
                            claimed.insert(at);
                        }
                    }
                }
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
    out.into_iter()
        .enumerate()
        .map(|(at, l)| {
            let keyed = l.1 != SpellingSource::Inflected || claimed.contains(&at);
            (l, keyed)
        })
        .collect()
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

/// A census of the index of a large glossary, for issue 13's redesign: how many spellings each
/// rule generates, and how many of them the romanisation-key path already reaches (the same
/// entry, alone) so that an index of keys would not need to store them. Run it on a glossary with
///
/// `CANONYM_CENSUS=PATH cargo test --release --lib index_census -- --ignored --nocapture`
#[cfg(test)]
mod census {
    use super::*;
    use crate::fold::spelling_key;
    use crate::matcher::index::Resolved;
    use crate::matcher::keys;
    use crate::matcher::words::hash_str;
    use std::collections::BTreeMap;

    /// What is counted per rule label, in the order printed.
    const COLUMNS: [&str; 7] = [
        "count",
        "bytes",
        "latin",
        "keyed",
        "key-uniq",
        "removable",
        "key-many",
    ];

    #[test]
    #[ignore = "a measurement: needs CANONYM_CENSUS=PATH to a glossary"]
    fn index_census() {
        let Some(path) = std::env::var_os("CANONYM_CENSUS") else {
            eprintln!("set CANONYM_CENSUS to the path of a glossary");
            return;
        };
        let path = std::path::PathBuf::from(path);
        let bytes = std::fs::read(&path).expect("the glossary is readable");
        let mut b = crate::GlossaryBuilder::new();
        b.add_bytes(&path, &bytes);
        let g = b.build().expect("the glossary loads");
        let options = MatcherOptions::default();
        let t0 = std::time::Instant::now();
        let m = Matcher::new(g, &options);
        eprintln!(
            "built in {:?}, {} spellings",
            t0.elapsed(),
            m.index.spelling_count()
        );
        // Per label: spellings, their bytes, how many are Latin, how many have a key, whose key
        // reaches this entry alone, which the index also resolves to this entry alone (the
        // removable ones), and whose key reaches several entries.
        let mut stats: BTreeMap<String, [usize; 7]> = BTreeMap::new();
        let mut k = String::new();
        for (i, e) in m.glossary.entries().iter().enumerate() {
            let lang = Lang::from_code(e.lang.split('-').next().unwrap_or(""));
            for ((text, source), p) in expanded(e, &options) {
                let label = match source {
                    SpellingSource::Generated(l) => l.to_string(),
                    other => format!("{other:?}"),
                };
                let st = stats.entry(label).or_default();
                st[0] += 1;
                st[1] += text.len();
                if text
                    .chars()
                    .all(|c| matches!(script_of(c), FoldScript::Latin | FoldScript::Other))
                {
                    st[2] += 1;
                }
                let (Some(_), Some(l)) = (p, lang) else {
                    continue;
                };
                st[3] += 1;
                let toks = crate::fold::fold_tokens(&text);
                let toks: Vec<&str> = toks.iter().map(String::as_str).collect();
                let Some(t) = keys::key(l, &toks).and_then(|kk| m.keys.get(l, &kk)) else {
                    continue;
                };
                if t.entries() != [i as u32] {
                    st[6] += 1;
                    continue;
                }
                st[4] += 1;
                let shape = spelling_key(&text, &mut k);
                if matches!(
                    m.index.find(hash_str(&k), &k, shape.first, true, &text),
                    Some(Resolved::One(s)) if s.entry == i as u32
                ) {
                    st[5] += 1;
                }
            }
        }
        let row = |label: &str, s: &[usize; 7]| {
            let cells: Vec<String> = s.iter().map(|n| format!("{n:>10}")).collect();
            eprintln!("{label:<24}{}", cells.join(""));
        };
        let head: Vec<String> = COLUMNS.iter().map(|c| format!("{c:>10}")).collect();
        eprintln!("{:<24}{}", "label", head.join(""));
        let mut total = [0usize; 7];
        for (label, s) in &stats {
            row(label, s);
            total.iter_mut().zip(s).for_each(|(t, n)| *t += n);
        }
        row("TOTAL", &total);
    }
}
