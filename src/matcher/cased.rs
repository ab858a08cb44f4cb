//! Cyrillic case forms at scan time (issue 13): `Владимира Путина`, `в Москве`, `с Си
//! Цзиньпином`, `Дениса Шмигаля`.
//!
//! The case forms of the Russian, Ukrainian and Belarusian native forms (and of the Cyrillic
//! spellings of Korean and Chinese names) are not in the index (see `super::build`): at a
//! capitalised Cyrillic word, each word of the window is read back to the nominatives it may
//! decline from ([`cyrillic::nominatives`], the inverse of the declension the build uses), the
//! windows of nominatives that the filter lets through are looked up in the index, and a window
//! counts only when an entry found so declines into it (its native forms are declined again,
//! `super::generate::case_forms`, and a form counts only where the build would have kept it): the
//! answer is the one a keyed case form gave, by construction. Such a form has a number of its own
//! ([`super::index::CASE_FORM`]), by which `lookup --explain`, export and near misses show it.

#[cfg(doc)]
use super::index::CASE_FORM;
use super::index::{case_form_id, Resolved, SpellingSource, MAY_BE_KEY, MAY_GO_ON};
use super::keys;
use super::tokens::{Gap, Script, Token, Tokens};
use super::words::hash_str;
use super::Matcher;
use crate::fold::{script_of, spelling_key, Script as FoldScript};
use crate::translit::cyrillic;

/// The most words of a declined name tried.
const MAX_WORDS: usize = 4;

/// The most windows of nominatives looked up for one window of text.
const MAX_LOOKUPS: usize = 64;

impl Matcher {
    /// The longest window of Cyrillic words at the start of `text` that is a case form of a
    /// native form: its byte length and what it resolves to. The first word must be capitalised
    /// and Cyrillic; a name goes on over capitalised words, or inside a hyphenated one. A
    /// patronymic after the first word is passed over, as the scan does for the nominative
    /// ("Фёдора Михайловича Достоевского" is "Фёдора Достоевского").
    pub(super) fn match_cased<'a>(
        &'a self,
        text: &str,
        tokens: &mut Tokens,
    ) -> Option<(usize, Resolved<'a>)> {
        tokens.begin_window(text);
        let n = tokens.more(text, MAX_WORDS + 1).min(MAX_WORDS + 1);
        let mut words = 0;
        while words < n {
            let t = tokens.toks[words];
            let cyrillic = text[t.start..t.end]
                .chars()
                .next()
                .is_some_and(|c| script_of(c) == FoldScript::Cyrillic);
            if t.script != Script::Word || !cyrillic {
                break;
            }
            if words > 0 && !t.upper && tokens.toks[words - 1].gap != Gap::Joiner {
                break;
            }
            words += 1;
            if !matches!(t.gap, Gap::Space | Gap::Joiner) {
                break;
            }
        }
        if words == 0 || !tokens.toks[0].upper {
            return None;
        }
        // The nominatives of each word, folded: the word itself first.
        let bases: Vec<Vec<String>> = (0..words)
            .map(|k| {
                let t = tokens.toks[k];
                let own = tokens.fold_of(k).to_string();
                let mut list = vec![own];
                for c in cyrillic::nominatives(&text[t.start..t.end].to_lowercase()) {
                    let f = crate::fold(&c);
                    if !f.is_empty() && !list.contains(&f) {
                        list.push(f);
                    }
                }
                list
            })
            .collect();
        // The windows tried, longest first: the first words, or the first word and the words
        // after a patronymic.
        let patronymic = words >= 3
            && tokens.toks[0].gap == Gap::Space
            && tokens.toks[1].gap == Gap::Space
            && tokens.toks[1].upper
            && keys::is_patronymic(tokens.fold_of(1));
        let mut windows: Vec<Vec<usize>> = Vec::new();
        for last in (0..words).rev() {
            if last < MAX_WORDS {
                windows.push((0..=last).collect());
            }
            if patronymic && last >= 2 {
                windows.push(std::iter::once(0).chain(2..=last).collect());
            }
        }
        for window in windows {
            let mut lookups = 0;
            let mut prefix = String::new();
            let picked: Vec<&[String]> = window.iter().map(|&k| &bases[k][..]).collect();
            let key: String = window.iter().map(|&k| tokens.fold_of(k)).collect();
            let at = Window {
                key: &key,
                first: tokens.toks[0],
                bases: &picked,
            };
            if let Some(r) = self.cased_window(&at, &mut prefix, (0, 0), &mut lookups) {
                let last = *window.last()?;
                return Some((tokens.toks[last].end, r));
            }
        }
        None
    }

    /// Depth-first over the nominatives of the words of the window from word `k` on, `prefix`
    /// holding the folds picked for the words before (`first`: the length of the first word's):
    /// the filter cuts every start that no key begins with.
    fn cased_window<'a>(
        &'a self,
        at: &Window,
        prefix: &mut String,
        (k, first): (usize, usize),
        lookups: &mut usize,
    ) -> Option<Resolved<'a>> {
        let last = k + 1 == at.bases.len();
        let len = prefix.len();
        let mut found = None;
        for b in at.bases[k].iter() {
            prefix.truncate(len);
            prefix.push_str(b);
            let first = if k == 0 { b.len() } else { first };
            let answer = self.index.bloom().ask(prefix).1;
            if last {
                // The text itself (every word its own) is the scan's to find.
                if prefix == at.key || answer & MAY_BE_KEY == 0 || *lookups >= MAX_LOOKUPS {
                    continue;
                }
                *lookups += 1;
                found = self.cased_hit(at, prefix, first);
            } else if answer & MAY_GO_ON != 0 {
                found = self.cased_window(at, prefix, (k + 1, first), lookups);
            }
            if found.is_some() {
                break;
            }
        }
        prefix.truncate(len);
        found
    }

    /// The case form of the window `at` when `key`, its words read back to nominatives (the
    /// first `first_len` bytes long), is a spelling whose entry declines into it.
    fn cased_hit<'a>(&'a self, at: &Window, key: &str, first_len: usize) -> Option<Resolved<'a>> {
        let entries: Vec<u32> = match self.index.find(hash_str(key), key, first_len, true, key)? {
            Resolved::One(s) | Resolved::Exact(s, _) => vec![s.entry],
            Resolved::Ambiguous(ids) => ids.iter().map(|&s| self.index.spelling(s).entry).collect(),
            Resolved::Short(_) => return None,
        };
        let mut forms: Vec<(u32, String)> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        for e in entries {
            if !seen.contains(&e) {
                seen.push(e);
                self.case_forms_matching(e, at.key, &mut forms);
            }
        }
        if forms.is_empty() {
            return None;
        }
        let t = at.first;
        let own_first = if at.bases.len() == 1 {
            at.key.len()
        } else {
            (t.fend - t.fstart) as usize
        };
        let forms: Vec<(u32, &str)> = forms.iter().map(|(id, s)| (*id, s.as_str())).collect();
        self.index.resolve_case_forms(&forms, own_first, t.upper)
    }

    /// Add to `forms` the case forms of entry `e` whose key is `key`, in the order the build
    /// makes them, each once: a form that the index keeps by its number (one that a generated
    /// spelling of another kind was left out for), any other by its [`CASE_FORM`] number; none
    /// that another spelling of the entry (kept in the index, a short form aside) has the key and
    /// first word of, as the build leaves such a form out.
    fn case_forms_matching(&self, e: u32, key: &str, forms: &mut Vec<(u32, String)>) {
        let declined = self.case_forms_of(e as usize);
        let mut buf = String::new();
        let mut mine: Vec<(usize, usize)> = Vec::new();
        let mut shapes: Vec<(String, usize)> = Vec::new();
        for (k, form) in declined.iter().enumerate() {
            let first = spelling_key(form, &mut buf).first;
            let shape = (buf.clone(), first);
            if first == 0 || shapes.contains(&shape) {
                continue;
            }
            if buf == key {
                mine.push((k, shapes.len()));
            }
            shapes.push(shape);
        }
        if mine.is_empty() {
            return;
        }
        // The entry's kept spellings of the same key: a case form that one is the same spelling
        // as is that one (when it is a case form itself) or was left out (when it is not).
        let kept: Vec<(u32, usize, bool)> = self
            .index
            .spellings_of_entry(e)
            .filter_map(|id| {
                if self.index.spelling(id).source == SpellingSource::Short {
                    return None;
                }
                let first = spelling_key(self.index.spelling_text(id), &mut buf).first;
                (buf == key).then(|| (id, first, self.index.is_inflected(id)))
            })
            .collect();
        for (k, at) in mine {
            let first = shapes[at].1;
            match kept.iter().find(|&&(_, f, _)| f == first) {
                Some(&(id, _, true)) => forms.push((id, declined[k].clone())),
                Some(_) => {}
                None => {
                    if let Some(id) = case_form_id(e, k) {
                        forms.push((id, declined[k].clone()));
                    }
                }
            }
        }
    }
}

impl Matcher {
    /// Add to `out` the case forms of entry `e` that the index does not keep, by their
    /// [`CASE_FORM`] numbers, each with its text.
    pub(super) fn unkept_case_forms(&self, e: u32, out: &mut Vec<(u32, String)>) {
        let declined = self.case_forms_of(e as usize);
        if declined.is_empty() {
            return;
        }
        let mut buf = String::new();
        let kept: Vec<(String, usize)> = self
            .index
            .spellings_of_entry(e)
            .filter(|&id| self.index.spelling(id).source != SpellingSource::Short)
            .map(|id| {
                let first = spelling_key(self.index.spelling_text(id), &mut buf).first;
                (buf.clone(), first)
            })
            .collect();
        let mut shapes: Vec<(String, usize)> = Vec::new();
        for (k, form) in declined.into_iter().enumerate() {
            let first = spelling_key(&form, &mut buf).first;
            let shape = (buf.clone(), first);
            if first == 0 || shapes.contains(&shape) {
                continue;
            }
            if !kept.contains(&shape) {
                if let Some(id) = case_form_id(e, k) {
                    out.push((id, form));
                }
            }
            shapes.push(shape);
        }
    }
}

/// One window of words tried by [`Matcher::match_cased`].
struct Window<'w> {
    /// The key of the window as written (the folds of its words).
    key: &'w str,
    /// Its first token.
    first: Token,
    /// The nominatives of each of its words, the word itself first.
    bases: &'w [&'w [String]],
}
