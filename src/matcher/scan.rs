//! The scan: every match of the index in running text, word by word.
//!
//! The text is skimmed word by word: each word is hashed as it is folded and tested against the
//! filters of the index ([`super::index::Starts`]); only a word that can start a name is
//! tokenized with what follows it, and the longest window that is a key (or a romanisation key)
//! wins. Most words of running text cost a hash and one bit. Short forms are left for
//! [`Matcher::resolve`]; near misses are the business of [`super::fuzzy`].

use super::index::{
    Resolved, SpellingSource, EXACT, GOES_ON, MAY_BE_KEY, MAY_GO_ON, PREFIX, SOLO, WHOLE,
};
use super::keys::{self, KeyTarget};
use super::tokens::{Gap, Script, Token, Tokens};
use super::words::{self, ascii_hash, ascii_word, hash_str, WordStarts};
use super::{Match, MatchKind, Matcher};
use crate::fold::{classify, fold_char, CharClass};
use crate::glossary::Kind;
use crate::translit::hangul::{self, glued_stems, particle_stems, Follows};
use crate::translit::hanzi;
use crate::translit::Lang;
use std::borrow::Cow;
use std::hash::BuildHasher;

/// The longest window (in bytes) whose romanisation keys the scan remembers (see
/// [`Matcher::probe_keys_at_start`]).
const KEYS_MEMO_WINDOW: usize = 256;

/// The best candidate at one position of the scan.
#[derive(Clone)]
enum Found<'a> {
    Index(Resolved<'a>),
    Key(KeyTarget<'a>),
}

/// How good a spelling `found` is ([`SpellingSource::rank`]: lower is better); one met by a
/// romanisation key or shared by several entries counts as generated.
fn rank_of(found: &Found) -> u8 {
    match found {
        Found::Index(Resolved::One(s) | Resolved::Exact(s, _)) => s.rank,
        Found::Index(Resolved::Short(_)) => SpellingSource::Short.rank(),
        Found::Index(Resolved::Ambiguous(_)) | Found::Key(_) => {
            SpellingSource::Generated("").rank()
        }
    }
}

impl Matcher {
    /// Find the matches in `text`, a piece of a document that starts at byte `base` of it, without
    /// resolving short forms (call [`Matcher::resolve`] on the pieces in document order). `text` must
    /// be cut where no name can span (see [`crate::stream`]). Reuses `tokens` between calls.
    pub(crate) fn scan(&self, text: &str, base: usize, tokens: &mut Tokens, out: &mut Vec<Match>) {
        self.scan_from(text, (0, text.len()), base, tokens, out);
    }

    /// [`Matcher::scan`] of `text[from..stop]`: the text around it is read only as the context of
    /// a match (what a name is glued to, how far it runs), as a scan of the whole text would read
    /// it. Returns where the scan first looked at a word, and where it would go on after `stop`
    /// (at most `text.len()`): a scan of the text after a cut that starts there finds what a
    /// scan of the whole text finds (see [`crate::stream`]).
    pub(crate) fn scan_from(
        &self,
        text: &str,
        (from, stop): (usize, usize),
        base: usize,
        tokens: &mut Tokens,
        out: &mut Vec<Match>,
    ) -> (usize, usize) {
        // Skim word by word: hash each word as it is folded and test it against the filters of
        // the index. Only a word that can start a name is tokenized with what follows it and
        // matched; most words of running text cost a hash and one bit.
        let bytes = text.as_bytes();
        tokens.forget_window();
        let mut word = String::new();
        let mut marks = WordStarts::new(bytes);
        // The scan looks one candidate ahead: before it matches at a word, it skims on to the
        // next word that may start a name and asks the memory system for what matching there
        // will read. `ahead` is that skim: from where, and what it found (the same answer a skim
        // from anywhere between the two gives).
        let mut ahead: Option<(usize, Option<usize>)> = None;
        let shortcuts = shortcuts();
        // The word whose window was asked for last, and that window's hash and end.
        let mut asked: Option<(usize, Option<(u64, usize)>)> = None;
        // A piece may start inside a word (the scan goes on there after a match that ends inside
        // one): its marks are those of the text from `from` on.
        marks.seek(from);
        let inside_at = |i: usize| {
            i > 0 && bytes[i].is_ascii_alphanumeric() && bytes[i - 1].is_ascii_alphanumeric()
        };
        let first = if from < stop && !inside_at(from) {
            let next = self.skip(text, &mut marks, tokens, from, usize::MAX);
            ahead = Some((from, next));
            next.unwrap_or(bytes.len())
        } else {
            from
        };
        let mut i = from;
        while i < stop {
            // Go to the next word start or non-ASCII byte, unless the last match ended inside an
            // ASCII word (before the "s" of "Pyongyangs"): that rest is a word of its own.
            if !inside_at(i) {
                let next = match ahead.take() {
                    // Nothing between: the skim ahead stands. Else only the words between are
                    // skimmed now.
                    Some((from, next)) if next.is_none_or(|q| q >= i) => {
                        if from <= i {
                            next
                        } else {
                            match self.skip(text, &mut marks, tokens, i, from) {
                                Some(p) if p < from => Some(p),
                                _ => next,
                            }
                        }
                    }
                    _ => self.skip(text, &mut marks, tokens, i, usize::MAX),
                };
                match next {
                    Some(next) if next < stop => i = next,
                    Some(next) => return (first, next),
                    None => return (first, bytes.len()),
                }
            }
            let b = bytes[i];
            if b < 0x80 {
                // Fast path: an ASCII word, hashed eight bytes at a time as it is lowercased,
                // never copied. It is never empty (`bytes[i]` is a letter or digit), so the scan
                // goes on.
                let (e, h) = match marks.word_end(i) {
                    Some(e) if e > i => (e, ascii_hash(bytes, i, e)),
                    _ => ascii_word(bytes, i),
                };
                if e >= bytes.len() || bytes[e] < 0x80 {
                    // Only the start of a longer first word ("and" of "Andrei") can go on only
                    // inside a word ("P'yongyang"): after a joiner.
                    let joiner = matches!(bytes.get(e), Some(b'-' | b'\'' | b'`'));
                    let flags = self.index.starts().of_word(h, joiner);
                    let keyed =
                        flags == 0 && b.is_ascii_uppercase() && self.keyed(tokens, h, &text[i..e]);
                    if shortcuts && (flags != 0 || keyed) {
                        // The skim ahead starts after the next word: a name of two words is the
                        // usual match, and the second word of a name is no place to look ahead.
                        let pair = match asked {
                            Some((p, pair)) if p == i => pair,
                            _ => self.prefetch_at(bytes, i, e),
                        };
                        let from = pair.map_or(e, |(_, e2)| e2);
                        let next = self.skip(text, &mut marks, tokens, from, usize::MAX);
                        if let Some(q) = next {
                            if bytes[q] < 0x80 {
                                let qe = marks
                                    .word_end(q)
                                    .unwrap_or_else(|| words::ascii_word_end(bytes, q));
                                asked = Some((q, self.prefetch_at(bytes, q, qe)));
                            }
                        }
                        ahead = Some((from, next));
                        if b.is_ascii_lowercase() && self.starts_nothing(bytes, (i, e), flags, pair)
                        {
                            i = e;
                            continue;
                        }
                    }
                    i = self.step(text, base, (i, e), flags, keyed, tokens, out);
                    continue;
                }
            }
            // A word with non-ASCII letters ("Chŏng", "Путин", "김정은", "习").
            i = match self.word_at(text, i, tokens, &mut word) {
                Ok((end, flags, keyed)) => {
                    self.step(text, base, (i, end), flags, keyed, tokens, out)
                }
                Err(end) => end,
            };
        }
        (first, i.min(bytes.len()))
    }

    /// The word that starts at byte `i` of `text` (folded into `word`), the slow way: its end,
    /// its start flags, and whether it may start a name that only a romanisation key meets; or
    /// `Err(end)` when no word starts there.
    fn word_at(
        &self,
        text: &str,
        i: usize,
        tokens: &mut Tokens,
        word: &mut String,
    ) -> Result<(usize, u8, bool), usize> {
        let (class, end) = self.skim_slow(text, i, word);
        let script = match class {
            CharClass::Word => Script::Word,
            CharClass::Hangul => Script::Hangul,
            CharClass::Ideograph => Script::Ideograph,
            _ => return Err(end),
        };
        let upper = text[i..].chars().next().is_some_and(char::is_uppercase);
        let flags = self.start_flags(word, script);
        let keyed = flags == 0
            && upper
            && script == Script::Word
            && self.keyed(tokens, hash_str(word), word);
        Ok((end, flags, keyed))
    }

    /// The scan's inner loop: from `from`, skip the ASCII words that certainly start no name
    /// (not in the filter, no joiner after them, and if capitalised, no romanisation key that
    /// starts with them) and return where the next word that may start one, or the next
    /// non-ASCII character, is. The skim stops at the first word at or after `limit`, which it
    /// returns unexamined.
    #[inline]
    fn skip(
        &self,
        text: &str,
        marks: &mut WordStarts,
        tokens: &mut Tokens,
        from: usize,
        limit: usize,
    ) -> Option<usize> {
        let bytes = text.as_bytes();
        marks.seek(from);
        loop {
            let p = marks.pop()?;
            if p >= limit {
                return Some(p);
            }
            let b = bytes[p];
            if b >= 0x80 {
                return Some(p);
            }
            // A word that runs on into the next block is rare enough to find the end of the slow
            // way (it is one word in every few blocks; returning it unexamined would send every
            // such word through the whole scan).
            let e = match marks.word_end(p) {
                Some(e) => e,
                None if shortcuts() => {
                    // The next mark is after the word's end, in a block further on.
                    let e = words::ascii_word_end(bytes, p);
                    marks.seek(e);
                    e
                }
                None => return Some(p),
            };
            if matches!(bytes.get(e), Some(b'-' | b'\'' | b'`' | 0x80..)) {
                return Some(p);
            }
            // Most lowercase words are ruled out by their shape, without a hash.
            let upper = b.is_ascii_uppercase();
            if upper && e == p + 1 && bytes.get(e) == Some(&b'.') {
                // An initial ("S. Sobyanin").
                return Some(p);
            }
            if !upper
                && !self.index.starts().may_start_shape(
                    b,
                    bytes.get(p + 1).copied().unwrap_or(0),
                    e - p,
                )
            {
                continue;
            }
            let h = ascii_hash(bytes, p, e);
            if self.index.starts().may_start(h)
                || upper
                    && (self.keyed(tokens, h, &text[p..e]) || self.trunks().may_hold(&text[p..e]))
            {
                return Some(p);
            }
        }
    }

    /// Ask the memory system for what matching at the ASCII word `p..e` will read first: the
    /// filter block and key slot of its window of two words, when the next word is ASCII too.
    /// Returns that window's hash and the end of its second word.
    #[inline]
    fn prefetch_at(&self, bytes: &[u8], p: usize, e: usize) -> Option<(u64, usize)> {
        let (h, e2) = words::ascii_pair_hash(bytes, p, e)?;
        self.index.bloom().prefetch(h);
        self.index.table().prefetch(h);
        Some((h, e2))
    }

    /// Does the lowercase ASCII word `p..e`, with start `flags`, certainly start no name, given
    /// `pair`, the hash of its window with the next word and that word's end (see
    /// [`Matcher::prefetch_at`])? So when the word is no key by itself (its flags know) and the
    /// filter says the window is neither a key nor the start of one: every longer window starts
    /// with it. Words like "in", "an" or "he", which are also surnames, are passed over this way
    /// without being tokenized. A capitalised word may still meet a romanisation key, and a final
    /// "s" may be a plural: those are left to the full match. Out of line: most candidates are
    /// capitalised and never get here.
    #[inline(never)]
    fn starts_nothing(
        &self,
        bytes: &[u8],
        (p, e): (usize, usize),
        flags: u8,
        pair: Option<(u64, usize)>,
    ) -> bool {
        let Some((h2, e2)) = pair else {
            return false;
        };
        bytes[p].is_ascii_lowercase()
            && flags & EXACT != 0
            && flags & SOLO == 0
            && !matches!(bytes[e - 1], b's' | b'S')
            && !matches!(bytes[e2 - 1], b's' | b'S')
            && self.index.bloom().query(h2) == 0
    }

    /// Can the capitalised word `word` (its fold hashes to `hash`) start a name that only a
    /// romanisation key would meet?
    fn keyed(&self, tokens: &mut Tokens, hash: u64, word: &str) -> bool {
        self.keys.has_any()
            && tokens.key_starts_hashed(hash, word, |lang, k| self.keys.first_ok(lang, k)) != 0
    }

    /// Try to match at the word `start..end` of `text` (a piece at byte `base` of the document)
    /// with its start `flags`; returns where the scan goes on.
    #[allow(clippy::too_many_arguments)] // the scan's state, passed down one level
    fn step(
        &self,
        text: &str,
        base: usize,
        (start, end): (usize, usize),
        flags: u8,
        keyed: bool,
        tokens: &mut Tokens,
        out: &mut Vec<Match>,
    ) -> usize {
        // A capitalised Latin word may be a declined word of a name (issue 14 §2).
        let declinable = || {
            let word = &text[start..end];
            word.chars().next().is_some_and(|c| {
                c.is_uppercase() && crate::fold::script_of(c) == crate::fold::Script::Latin
            }) && (flags != 0 || self.trunks().may_hold(word))
        };
        let initials = |out: &mut Vec<Match>| {
            if !text[end..].starts_with('.') || text[start..end].chars().nth(1).is_some() {
                return end;
            }
            match self.initials_here(text, base, start) {
                Some(m) => {
                    let next = m.end - base;
                    out.push(m);
                    next
                }
                None => end,
            }
        };
        // A capitalised Cyrillic word may start a case form of a native form (see
        // `super::cased`).
        let cased = text[start..end].chars().next().is_some_and(|c| {
            c.is_uppercase() && crate::fold::script_of(c) == crate::fold::Script::Cyrillic
        });
        if flags == 0 && !keyed && !cased && !declinable() {
            return initials(out);
        }
        let here = if flags != 0 || keyed {
            self.match_here(&text[start..], tokens, flags)
                .map(|(len, found)| (len + long_marks_after(text, start + len), found))
                .filter(|(len, found)| {
                    !inside_katakana_word(text, start, start + len)
                        && !glued_to_latin(text, start, start + len)
                        && !hanzi::inside_words(
                            &text[..start],
                            &text[start..start + len],
                            &text[start + len..],
                        )
                        && !self.without_its_diacritics(&text[start..start + len], found)
                })
        } else {
            None
        };
        let here = match here {
            Some(h) => match self.yield_to_overlap(text, start, h, tokens) {
                Ok(h) => Some(h),
                // The words before the longer name may be a name of their own; else the scan
                // goes on at the longer name.
                Err(p) => match self.match_here(&text[start..start + p], tokens, flags) {
                    Some(h) => Some(h),
                    None => return start + p,
                },
            },
            None => None,
        };
        let here = if cased {
            match self.match_cased(&text[start..], tokens) {
                // Of as many words, a case form is better than a generated spelling or a short
                // form, as when it was keyed ([`SpellingSource::rank`]).
                Some((len, r))
                    if here.as_ref().is_none_or(|(l, f)| {
                        len > *l || len == *l && rank_of(f) > SpellingSource::Inflected.rank()
                    }) =>
                {
                    Some((len, Found::Index(r)))
                }
                _ => here,
            }
        } else {
            here
        };
        // None, a short form, or one word: a declined name may be longer.
        let weak = match &here {
            None | Some((_, Found::Index(Resolved::Short(_)))) => true,
            Some((len, _)) => start + len <= end,
        };
        if weak && declinable() {
            if let Some((len, m)) = self.match_declined(&text[start..], base + start, tokens) {
                if here.as_ref().is_none_or(|(l, _)| len > *l) {
                    if let Some(m) = self
                        .vet_short(text, base, (start, start + len), m, (out, tokens))
                        .and_then(|m| self.vet_homograph(text, base, (start, start + len), m, out))
                    {
                        out.push(m);
                    }
                    return start + len.max(1);
                }
            }
        }
        match here {
            Some((len, found)) => {
                let len = len + self.soft_sign_after(text, start, start + len, &found);
                let m = self.make_match(base + start, base + start + len, found);
                if let Some(m) = self
                    .vet_short(text, base, (start, start + len), m, (out, tokens))
                    .and_then(|m| self.vet_homograph(text, base, (start, start + len), m, out))
                {
                    out.push(m);
                }
                start + len.max(1)
            }
            _ => initials(out),
        }
    }

    /// Of names that overlap, the one of more words is meant, and of as many words the better
    /// spelling (see [`SpellingSource::rank`]: a canonical form before a variant before a
    /// generated one). "Jong-un Kim Jong Un" is "Jong-un" and the name "Kim Jong Un", not "Jong-un
    /// Kim" (given name first) and "Jong Un". Taking the leftmost name instead would let a
    /// replacement put next to a name ("Jong-un 김정은" → "Jong-un Kim Jong Un") make a name with
    /// it that a second run reads differently: normalising would not be idempotent.
    ///
    /// `here` is the match at byte `start` of `text` (its length and target; `tokens` hold its
    /// words). Returns it, or `Err(p)` when a name that starts at a later word of it, at byte
    /// `start + p`, runs on past its end and is preferred.
    fn yield_to_overlap<'a>(
        &'a self,
        text: &str,
        start: usize,
        (len, found): (usize, Found<'a>),
        tokens: &mut Tokens,
    ) -> Result<(usize, Found<'a>), usize> {
        let sub = &text[start..];
        let words =
            |tokens: &Tokens, len: usize| tokens.toks.iter().take_while(|t| t.start < len).count();
        let n = words(tokens, len);
        if n < 2 || tokens.more(sub, n + 1) <= n || tokens.toks[n - 1].gap == Gap::Break {
            return Ok((len, found));
        }
        // A name that runs on past the match starts with a window that ends at the word after
        // it: the filter rules most windows out without a look-up (a romanisation key, only
        // between capitalised words).
        let next = tokens.toks[n];
        let keyed = self.keys.has_any() && next.upper && next.script == Script::Word;
        let later: Vec<usize> = (1..n)
            .filter(|&k| {
                keyed && tokens.toks[k].upper || self.index.bloom().ask(tokens.key(k, n)).1 != 0
            })
            .map(|k| tokens.toks[k].start)
            .collect();
        let rank = rank_of(&found);
        let mut word = String::new();
        for p in later {
            let Ok((_, flags, keyed)) = self.word_at(text, start + p, tokens, &mut word) else {
                continue;
            };
            if flags == 0 && !keyed {
                continue;
            }
            let Some((l, f)) = self.match_here(&sub[p..], tokens, flags) else {
                continue;
            };
            let m = words(tokens, l);
            if p + l > len && (m > n || m == n && rank_of(&f) < rank) {
                return Err(p);
            }
        }
        Ok((len, found))
    }

    /// Fold the word that starts at byte `i` (a non-ASCII character, or ASCII letters followed by
    /// non-ASCII ones) into `word`; returns its class and end. Word boundaries are the
    /// tokenizer's: a run of one script class, or a single ideograph.
    fn skim_slow(&self, text: &str, i: usize, word: &mut String) -> (CharClass, usize) {
        word.clear();
        let mut chars = text[i..].char_indices();
        let Some((_, c0)) = chars.next() else {
            return (CharClass::Break, text.len());
        };
        let class = classify(c0);
        if !matches!(
            class,
            CharClass::Word | CharClass::Hangul | CharClass::Ideograph
        ) {
            return (class, i + c0.len_utf8());
        }
        fold_char(c0, word);
        if class == CharClass::Ideograph {
            return (class, i + c0.len_utf8());
        }
        for (off, c) in chars {
            if classify(c) != class {
                return (class, i + off);
            }
            fold_char(c, word);
        }
        (class, text.len())
    }

    /// Can a name start with this folded word? The flags of the `starts` filter (also for a plural
    /// of a one-word name, or a Hangul word with a particle); 0 when not.
    fn start_flags(&self, word: &str, script: Script) -> u8 {
        let starts = self.index.starts();
        let flags = starts.flags(hash_str(word));
        if flags != 0 {
            return flags;
        }
        match script {
            // A plural or possessive of a one-word name ("Pyongyangs").
            Script::Word if word.len() > 1 && word.ends_with('s') => {
                starts.flags(hash_str(&word[..word.len() - 1])) & WHOLE
            }
            Script::Hangul => {
                (particle_stems(word).any(|s| starts.flags(hash_str(s)) != 0)
                    || glued_stems(word).any(|(s, _)| starts.flags(hash_str(s)) != 0))
                    as u8
                    * WHOLE
            }
            _ => 0,
        }
    }

    /// The longest match that starts at the first word of `text`: its byte length and target.
    fn match_here<'a>(
        &'a self,
        text: &str,
        tokens: &mut Tokens,
        flags: u8,
    ) -> Option<(usize, Found<'a>)> {
        // Tokens are made as the windows grow, up to the first gap a name cannot cross.
        tokens.begin_window(text);
        if tokens.more(text, 2) == 0 {
            return None;
        }
        let i = 0;
        let mut best: Option<(usize, usize, Found)> = None;
        if flags != 0 {
            // The key's slot is asked for before the filter is: when the filter lets the window
            // through, its slot is on its way.
            let ask = |tokens: &Tokens, j: usize| {
                let h = hash_str(tokens.key(i, j));
                self.index.table().prefetch(h);
                (h, self.index.bloom().query(h))
            };
            let mut j = i;
            // The filter's answer for window `j + 1`, asked before window `j` is looked up so
            // that the two cache misses overlap.
            let mut early = None;
            loop {
                if tokens.key(i, j).len() > self.index.max_key() + 12 {
                    break;
                }
                let (h, answer) = early.take().unwrap_or_else(|| {
                    if j == i && flags & EXACT != 0 {
                        // The first word alone: its flags know (see `EXACT`).
                        let answer = (u8::from(flags & SOLO != 0) * MAY_BE_KEY)
                            | (u8::from(flags & GOES_ON != 0) * MAY_GO_ON);
                        (hash_str(tokens.key(i, j)), answer)
                    } else {
                        ask(tokens, j)
                    }
                });
                if j + 1 < tokens.toks.len() {
                    early = Some(ask(tokens, j + 1));
                }
                let found = self.probe_window(tokens, text, (i, j), true, (h, answer));
                if let Some((t, end)) = found {
                    if !self.reordered_across_lines(&t, text, tokens, (i, j)) {
                        best = Some((j, end, Found::Index(t)));
                    }
                }
                // Text may split a name further than its spellings do ("Pyong-yang"), by a few
                // words; a window that no key starts with ends the search. The next token is
                // made only now: it also makes the gap after this one final.
                if answer & MAY_GO_ON == 0
                    || j > self.index.max_words() + 2
                    || tokens.more(text, j + 2) < j + 2
                {
                    break;
                }
                // A strict prefix of a first token continues only inside a word ("P'yongyang").
                let cont = match tokens.toks[j].gap {
                    Gap::Joiner | Gap::Adjacent => true,
                    Gap::Space => j > i || flags & WHOLE != 0 || flags & PREFIX == 0,
                    Gap::Break => false,
                };
                if !cont {
                    break;
                }
                j += 1;
            }
        }
        if let Some((pj, pend, pt)) = self.probe_patronymic(tokens, text, i) {
            if best.as_ref().is_none_or(|(bj, _, _)| pj > *bj) {
                best = Some((pj, pend, Found::Index(pt)));
            }
        }
        if let Some((j, end, Found::Index(Resolved::One(s)))) = &mut best {
            // "Собянин Сергей Семёнович": a patronymic after an East Slavic name of two words or
            // more belongs to it.
            if *j > i
                && tokens.toks[*j].gap == Gap::Space
                && self.is_east_slavic(s.entry as usize)
                && tokens.more(text, *j + 2) > *j + 1
            {
                let next = tokens.toks[*j + 1];
                if next.script == Script::Word
                    && next.upper
                    && keys::is_patronymic(tokens.fold_of(*j + 1))
                {
                    *j += 1;
                    *end = next.end;
                }
            }
        }
        let weak = match &best {
            None => true,
            Some((_, _, Found::Index(Resolved::One(s)))) => s.rank == SpellingSource::Short.rank(),
            Some((_, _, Found::Index(Resolved::Exact(..)))) => false,
            Some(_) => true,
        };
        if weak {
            if let Some((kj, t)) = self.probe_keys_at_start(tokens, text) {
                let reversed = || {
                    t.spellings().iter().all(|&sp| {
                        matches!(
                            self.index.spelling(sp).source,
                            SpellingSource::Generated("word-order" | "rule:given-first")
                        )
                    })
                };
                // The spellings' records (cache misses) only for a window across a line break.
                let across =
                    kj > i && text[tokens.toks[i].end..tokens.toks[kj].start].contains('\n');
                if !(across && reversed()) && best.as_ref().is_none_or(|(bj, _, _)| kj > *bj) {
                    best = Some((kj, tokens.toks[kj].end, Found::Key(t)));
                }
            }
        }
        best.map(|(_, end, found)| (end, found))
    }

    /// Look up the window of tokens `i..=j`; also without a possessive or plural `s` (Latin) or a
    /// particle (Hangul) at its end. Returns the target and the end of the matched span.
    ///
    /// In running text (`cased`), a one-word capitalised spelling matches only a capitalised word.
    pub(super) fn probe<'a>(
        &'a self,
        tokens: &Tokens,
        text: &str,
        i: usize,
        j: usize,
        cased: bool,
    ) -> Option<(Resolved<'a>, usize)> {
        let asked = self.index.bloom().ask(tokens.key(i, j));
        self.probe_window(tokens, text, (i, j), cased, asked)
    }

    /// [`Matcher::probe`], with the window already put to the Bloom filter.
    fn probe_window<'a>(
        &'a self,
        tokens: &Tokens,
        text: &str,
        (i, j): (usize, usize),
        cased: bool,
        (h, answer): (u64, u8),
    ) -> Option<(Resolved<'a>, usize)> {
        // Keys are compared without the spaces between words, so a word written together with
        // the next (`Jong UnKim`) would meet the name they make apart (`Jong-un Kim`).
        if j > i && (i..=j).any(|k| glued(text, tokens.toks[k])) {
            return None;
        }
        let t_i = &tokens.toks[i];
        // Nor does a name of several words end in one lowercase letter after a space: it is the
        // conjunction or preposition after the name (Polish, Czech `i`, `a`, `u`, `w`, `z`), which would make a
        // key with the last word (`Gorki i` is `gorkii`).
        if cased
            && j > i
            && (one_lowercase_letter(text, t_i) || lone_letter_after_space(text, tokens, j))
        {
            return None;
        }
        let key = tokens.key(i, j);
        let upper = t_i.upper || !cased;
        let first_len = |key_len: usize| {
            if i == j {
                key_len
            } else {
                (t_i.fend - t_i.fstart) as usize
            }
        };
        let last = &tokens.toks[j];
        // `end`: where the window ends in the text (a homonym is told by how it is written).
        let accept = |key: &str, (h, answer): (u64, u8), end: usize| {
            if answer & MAY_BE_KEY == 0 {
                return None;
            }
            let found = text.get(t_i.start..end).unwrap_or_default();
            self.index.find(h, key, first_len(key.len()), upper, found)
        };
        if let Some(t) = accept(key, (h, answer), last.end) {
            return Some((t, last.end));
        }
        match last.script {
            Script::Word => {
                if last.end - last.start > 1
                    && plural_s(&text[last.start..last.end])
                    && key.ends_with('s')
                {
                    let k = &key[..key.len() - 1];
                    if let Some(t) = accept(k, self.index.bloom().ask(k), last.end - 1) {
                        // An implied short form takes its genitive `s` along (`Putins
                        // Sprecher`): it is identified, never rewritten. So does a name of
                        // several words, which the whole name anchors (`Xi Jinpings Vertraute`):
                        // it is rewritten with the `s` (see `Matcher::replacement`). A one-word
                        // name leaves it out (`Pyongyangs`: a plural as often as a genitive), and
                        // so does a name not capitalised (`li pengs`).
                        let implied = |es: &[u32]| {
                            es.iter().all(|&e| self.entry(e as usize).short.is_empty())
                        };
                        let end = match t {
                            Resolved::Short(es) if implied(es) => last.end,
                            Resolved::One(_) | Resolved::Exact(..) if j > i && last.upper => {
                                last.end
                            }
                            _ => last.end - 1,
                        };
                        return Some((t, end));
                    }
                }
                None
            }
            Script::Hangul => {
                let tok = tokens.fold_of(j);
                for stem in particle_stems(tok) {
                    let cut = tok.len() - stem.len();
                    let k = &key[..key.len() - cut];
                    if let Some(t) = accept(k, self.index.bloom().ask(k), last.end - cut) {
                        return Some((t, last.end - cut));
                    }
                }
                // A title or noun glued to the name (이재명대통령은, 부산시내에서).
                for (stem, follows) in glued_stems(tok) {
                    let cut = tok.len() - stem.len();
                    let k = &key[..key.len() - cut];
                    if let Some(t) = accept(k, self.index.bloom().ask(k), last.end - cut) {
                        if self.follows_fit(&t, follows) {
                            return Some((t, last.end - cut));
                        }
                    }
                }
                None
            }
            Script::Ideograph => None,
        }
    }

    /// May a name of `target` have the Korean follower `follows` glued to it: a title or a
    /// person's noun after a person, a place's noun after a place?
    fn follows_fit(&self, target: &Resolved, follows: Follows) -> bool {
        let kind_ok = |e: u32| {
            let kind = self.entry(e as usize).kind;
            match follows {
                Follows::Title | Follows::Person => kind == Kind::Person,
                Follows::Place => kind == Kind::Place,
                Follows::Head => matches!(kind, Kind::Person | Kind::Place),
            }
        };
        match target {
            Resolved::One(s) | Resolved::Exact(s, _) => kind_ok(s.entry),
            Resolved::Ambiguous(ids) => ids.iter().any(|&s| kind_ok(self.index.spelling(s).entry)),
            Resolved::Short(_) => matches!(follows, Follows::Title | Follows::Head),
        }
    }

    /// Is `found` a one-word spelling generated for the press of another language (a Polish,
    /// Czech, German, French or Spanish form) written without the letters that make it that
    /// language's: `Luck` is English "luck", not the Polish `Łuck` (Lutsk). Such a form is the
    /// other language's only with its diacritics; the house style, listed spellings and the
    /// romanisations are matched without them as before.
    fn without_its_diacritics(&self, found: &str, target: &Found) -> bool {
        let Found::Index(Resolved::One(s) | Resolved::Exact(s, _)) = target else {
            return false;
        };
        // What is at hand first: the rank (a listed spelling is no generated one) and the text;
        // the spelling's record and text are cache misses.
        if s.rank < SpellingSource::Generated("").rank() || !found.is_ascii() {
            return false;
        }
        let SpellingSource::Generated(label) = self.index.spelling(s.id).source else {
            return false;
        };
        let foreign = label.starts_with("press-")
            || ["-pl", "-cs", "-de", "-fr", "-es"]
                .iter()
                .any(|l| label.ends_with(l));
        let spelling = self.index.spelling_text(s.id);
        foreign
            && !spelling.contains(char::is_whitespace)
            && !spelling.is_ascii()
            && found.is_ascii()
    }

    /// The byte length of a soft-sign apostrophe right after a Russian, Ukrainian or Belarusian
    /// name at `start..end` of `text` (`Kazan'`, `Perm'`, `Tver'`: the BGN/PCGN and scientific
    /// transliterations write ь as `'` or `ʹ`), which belongs to the name; 0 when there is none.
    /// Not after a single quotation mark opened earlier in the line, which the apostrophe may close.
    fn soft_sign_after(&self, text: &str, start: usize, end: usize, target: &Found) -> usize {
        let Found::Index(Resolved::One(s) | Resolved::Exact(s, _)) = target else {
            return 0;
        };
        // The text right after the name first (nearly always no apostrophe), then the entry's
        // language, then the line before it.
        let mut after = text[end..].chars();
        let len = match (after.next(), after.next()) {
            (Some(c @ ('\'' | 'ʹ' | '’')), next) if !next.is_some_and(char::is_alphanumeric) => {
                c.len_utf8()
            }
            _ => return 0,
        };
        if !self.is_east_slavic(s.entry as usize)
            || !text[..end]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphabetic() && !"aeiouyAEIOUY".contains(c))
            || opens_single_quote(&text[..start])
        {
            return 0;
        }
        len
    }

    /// Is `t` a generated reversed-order spelling ("Keqiang Li") met across a line break of the
    /// window `i..=j`? The end of one line and the start of the next are too often two names
    /// ("... said Keqiang⏎Li Qiang ..."): the given name first is taken only within a line.
    fn reordered_across_lines(
        &self,
        t: &Resolved,
        text: &str,
        tokens: &Tokens,
        (i, j): (usize, usize),
    ) -> bool {
        let Resolved::One(s) = t else {
            return false;
        };
        // The spelling's record is read last: it is a cache miss, and most windows are on one line.
        let reversed = || {
            matches!(
                self.index.spelling(s.id).source,
                SpellingSource::Generated("word-order" | "rule:given-first")
            )
        };
        j > i && text[tokens.toks[i].end..tokens.toks[j].start].contains('\n') && reversed()
    }

    /// A Russian name with a patronymic between the first name and the surname ("Лев Николаевич
    /// Толстой", "Льва Николаевича Толстого", "Sergey Viktorovich Lavrov"): the window of token
    /// `i` and the tokens after the patronymic, looked up as one key. Returns the last token, the
    /// end of the span and the target.
    fn probe_patronymic<'a>(
        &'a self,
        tokens: &mut Tokens,
        text: &str,
        i: usize,
    ) -> Option<(usize, usize, Resolved<'a>)> {
        if tokens.more(text, i + 3) < i + 3 {
            return None;
        }
        let (t0, t1) = (tokens.toks[i], tokens.toks[i + 1]);
        if t0.script != Script::Word
            || t1.script != Script::Word
            || t0.gap != Gap::Space
            || t1.gap != Gap::Space
            || !t1.upper
            || !keys::is_patronymic(tokens.fold_of(i + 1))
        {
            return None;
        }
        let mut key = tokens.fold_of(i).to_string();
        let first = key.len();
        let mut best = None;
        let mut j = i + 2;
        loop {
            if tokens.toks[j].script != Script::Word {
                break;
            }
            key.push_str(tokens.fold_of(j));
            let written = text.get(t0.start..tokens.toks[j].end).unwrap_or_default();
            if let Some(t) = self
                .index
                .find(hash_str(&key), &key, first, t0.upper, written)
            {
                best = Some((j, tokens.toks[j].end, t));
            }
            if j >= i + 4
                || !matches!(tokens.toks[j].gap, Gap::Space | Gap::Joiner)
                || tokens.more(text, j + 2) < j + 2
            {
                break;
            }
            j += 1;
        }
        best
    }

    /// A Russian person named by initials and surname in running text ("С. С. Собянин", "S.
    /// Sobyanin", "С. Собянин"), at the initial that starts at byte `start` of `text` (a piece at
    /// byte `base` of the document): the surname of a Russian person whose first name starts with
    /// that initial, as `lookup` resolves it. One or two initials, each a capital letter and a
    /// full stop, then a space (at most one line break) and the surname.
    fn initials_here(&self, text: &str, base: usize, start: usize) -> Option<Match> {
        let rest = &text[start..];
        let mut pos = 0;
        let mut first = None;
        for _ in 0..2 {
            let c = rest[pos..].chars().next()?;
            if !(c.is_uppercase()
                && c.is_alphabetic()
                && rest[pos + c.len_utf8()..].starts_with('.'))
            {
                break;
            }
            first.get_or_insert(c);
            pos += c.len_utf8() + 1;
            let gap = rest[pos..]
                .find(|c: char| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\n'))
                .unwrap_or(rest.len() - pos);
            if gap > 3 || rest[pos..pos + gap].matches('\n').count() > 1 {
                return None;
            }
            pos += gap;
        }
        let first = first?;
        let surname_len = rest[pos..]
            .find(|c: char| classify(c) != CharClass::Word)
            .unwrap_or(rest.len() - pos);
        let surname = &rest[pos..pos + surname_len];
        if surname.chars().count() < 3
            || !surname.chars().next().is_some_and(char::is_uppercase)
            || surname.chars().nth(1).is_some_and(|c| c == '.')
        {
            return None;
        }
        let initial = crate::fold(&first.to_string()).chars().next()?;
        let cands = self.keys.by_initials(&crate::fold(surname), initial);
        let (s, e) = (base + start, base + start + pos + surname_len);
        match cands[..] {
            [] => None,
            [one] => Some(Match {
                start: s,
                end: e,
                kind: MatchKind::Translit,
                entry: Some(one as usize),
                candidates: Vec::new(),
                spelling: None,
                canonical: None,
                rival: false,
                alone: false,
                in_full: false,
                pending: super::Pending::No,
                hangul: false,
            }),
            _ => Some(ambiguous(s, e, cands.iter().map(|&c| c as usize))),
        }
    }

    /// [`Matcher::probe_keys`] at the first token of `text`, remembered in [`Tokens::keys_memo`]:
    /// text that repeats its words (`Kim Kim …`, a list of names) asks the key index about each
    /// window once.
    ///
    /// What the probe finds depends on the tokens it reads alone, and it reads at most
    /// `max_tokens + 4` of them: the text of that many tokens (fewer where tokenizing stops at a
    /// break or the end of the text, which the memory tells apart) is the key. A probe that made
    /// more tokens than were there before it is not remembered, nor a window met for the first
    /// time (see [`Tokens::seen_before`]).
    fn probe_keys_at_start<'a>(
        &'a self,
        tokens: &mut Tokens,
        text: &str,
    ) -> Option<(usize, KeyTarget<'a>)> {
        // What rules the probe out at its first token is asked first, before the tokens ahead
        // are made and the window's text is looked up (most capitalised words, such as the
        // first word of a sentence, start no key).
        let t0 = tokens.toks[0];
        if !t0.upper
            || t0.script != Script::Word
            || glued(text, t0)
            || tokens.key_starts(0, |lang, k| self.keys.first_ok(lang, k)) == 0
        {
            return None;
        }
        let n = tokens.more(text, self.keys.max_tokens + 4);
        let done = tokens.done();
        let window = &text[..tokens.toks[n - 1].end];
        let remembered = window.len() <= KEYS_MEMO_WINDOW;
        let hash = remembered.then(|| rustc_hash::FxBuildHasher.hash_one(window));
        // Only a window seen before may be remembered (a miss costs a look-up).
        if hash.is_some_and(|h| tokens.seen(h)) {
            let memo = &tokens.keys_memo[usize::from(done)];
            if let Some(known) = memo.get(window) {
                return known
                    .as_ref()
                    .and_then(|(j, lang, key)| Some((*j, self.keys.get(*lang, key)?)));
            }
        }
        let found = self.probe_keys(tokens, text, 0);
        if remembered && tokens.toks.len() == n && hash.is_some_and(|h| tokens.seen_before(h)) {
            let memo = &mut tokens.keys_memo[usize::from(done)];
            if memo.len() > 1 << 14 {
                memo.clear();
            }
            let value = found
                .as_ref()
                .map(|(j, _, lang, key)| (*j, *lang, key.as_str().into()));
            memo.insert(window.into(), value);
        }
        found.map(|(j, t, _, _)| (j, t))
    }

    /// The longest window of two or more capitalised Latin words starting at token `i` whose
    /// romanisation key (in some language) is in the key index; a patronymic after the first
    /// name is skipped ("Sergey Viktorovich Lavrov").
    fn probe_keys<'a>(
        &'a self,
        tokens: &mut Tokens,
        text: &str,
        i: usize,
    ) -> Option<(usize, KeyTarget<'a>, Lang, String)> {
        let t0 = tokens.toks[i];
        if !t0.upper || t0.script != Script::Word || glued(text, t0) {
            return None;
        }
        let mut best: Option<(usize, KeyTarget<'_>, Lang, String)> = None;
        let starts = tokens.key_starts(i, |lang, k| self.keys.first_ok(lang, k));
        if starts == 0 {
            return None;
        }
        // One buffer for the key in every language.
        let mut key = String::new();
        for lang in self.keys.langs() {
            // The token's key starts some key of the language (`starts` knows: no look-up).
            if starts & (1 << super::tokens::slot(lang)) == 0 {
                continue;
            }
            if tokens
                .with_key(lang, i, |k| {
                    key.clear();
                    key.push_str(k);
                })
                .is_none()
            {
                continue;
            }
            // One word meets a key only for a place with a long name ("Władywostok"): a short
            // capitalised word is too often something else.
            if tokens.fold_of(i).chars().count() >= 6 {
                if let Some(t) = self.keys.get(lang, &key) {
                    if best.is_none()
                        && t.entries()
                            .iter()
                            .all(|&e| self.entry(e as usize).kind == Kind::Place)
                    {
                        best = Some((i, t, lang, key.clone()));
                    }
                }
            }
            let mut j = i;
            let mut parts = 1;
            while tokens.more(text, j + 3) > j + 1
                && matches!(tokens.toks[j].gap, Gap::Space | Gap::Joiner)
                && parts < self.keys.max_tokens + 1
            {
                j += 1;
                let tj = tokens.toks[j];
                // A conjunction or preposition of one lowercase letter is no part of a name
                // (see `probe_window`).
                if tj.script != Script::Word
                    || glued(text, tj)
                    || lone_letter_after_space(text, tokens, j)
                {
                    break;
                }
                if j == i + 1
                    && matches!(lang, Lang::Ru | Lang::Uk | Lang::Be)
                    && keys::is_patronymic(tokens.fold_of(j))
                {
                    continue;
                }
                if tokens.with_key(lang, j, |k| key.push_str(k)).is_none() {
                    break;
                }
                // No key starts so: nor does any longer window.
                if !self.keys.may_start(lang, &key) {
                    break;
                }
                parts += 1;
                if let Some(t) = self.keys.get(lang, &key) {
                    if best.as_ref().is_none_or(|(bj, ..)| j > *bj) {
                        best = Some((j, t, lang, key.clone()));
                    }
                }
            }
        }
        best
    }

    /// Keep, drop or mark a short-form match at `start..end` of `text` by what stands around it (see
    /// [`super::shorts`]): a surname of one Hangul syllable needs a title after it (`이 대통령`,
    /// `리총리`); a Latin or Cyrillic one is dropped after an article or before a capitalised word, and
    /// marked as a rival after a given name. Other matches pass unchanged.
    fn vet_short(
        &self,
        text: &str,
        base: usize,
        (start, end): (usize, usize),
        mut m: Match,
        (earlier, tokens): (&[Match], &mut Tokens),
    ) -> Option<Match> {
        if m.kind != MatchKind::Short || m.entry.is_some() {
            return Some(m);
        }
        let found = &text[start..end];
        if let [e] = m.candidates[..] {
            // Is the short form one the entry lists? One buffer for the folds of its shorts.
            let f = crate::fold::fold(found);
            let mut buf = String::new();
            // A short form written as listed (the usual case) needs no fold.
            m.in_full = !self.entry(e).short.iter().any(|s| {
                *s == found || {
                    buf.clear();
                    crate::fold::fold_into(s, &mut buf);
                    buf == f
                }
            });
            if let Some(script) = transcribed_surname(found, self.entry(e)) {
                // After a name-internal dot it ends another person's full name (艾哈迈德·卡德罗夫,
                // the father of 拉姆赞·卡德罗夫): a rival, as after a given name in Latin script.
                let dotted = text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(|c| matches!(c, '·' | '•' | '・' | '･' | '‧'));
                if dotted {
                    m.rival = true;
                    return Some(m);
                }
                // In Hangul, with a title after it (젤렌스키 대통령); in Han characters and kana
                // the title stands before or after it, or none does.
                m.alone = script != crate::fold::Script::Hangul || hangul_title_after(text, end);
            }
        }
        let mut chars = found.chars();
        let first = chars.next()?;
        if crate::fold::script_of(first) == crate::fold::Script::Hangul {
            if chars.next().is_some() {
                return Some(m);
            }
            return hangul_title_after(text, end).then_some(m);
        }
        if super::shorts::after_short(text, end)
            || super::shorts::dotted_after(text, end)
            || super::shorts::interjection(text, start, end)
        {
            return None;
        }
        // A Chinese or Korean surname before a capitalised word is the start of a full name that is
        // not this entry's spelling (`Kim Dzong Ila`, `Li Qianga`), unless it took a genitive `s`.
        let surname_first = m.candidates.iter().all(|&e| {
            let lang = &self.entry(e).lang;
            lang.starts_with("ko") || lang.starts_with("zh")
        });
        if surname_first && !found.ends_with('s') && super::shorts::capitalised_after(text, end) {
            return None;
        }
        if self.replacement_joins_before(text, (start, end), &m, tokens) {
            return None;
        }
        // The word before ends an earlier name (`김정은 Lavrov`, `Kim Jong Un Lavrov`): names side
        // by side, read alike however that name is written, as a replacement may write it.
        let after_name = super::shorts::word_before(text, start)
            .is_some_and(|(at, w)| earlier.last().is_some_and(|x| x.end == base + at + w.len()));
        if after_name {
            return Some(m);
        }
        match super::shorts::before_short(text, start) {
            Some(false) => None,
            Some(true) => {
                m.rival = true;
                Some(m)
            }
            None => Some(m),
        }
    }

    /// Would the replacement of the short form `m` at `start..end` of `text` make a name with the
    /// words before it that the text itself does not (`Sergey Лавров` → `Sergey Lavrov`, `V. ⏎
    /// Путина` → `V. ⏎ Putin`, after an initial or a given name that the short-form rules do
    /// not see as one: at a sentence's start, across a line break)? A second run would read
    /// that name, so normalising would not be idempotent: such a short form is left as it is.
    /// The words before are scanned again with the replacement after them (a few, rarely: a
    /// surname written as the house style writes it needs no replacement).
    fn replacement_joins_before(
        &self,
        text: &str,
        (start, end): (usize, usize),
        m: &Match,
        tokens: &mut Tokens,
    ) -> bool {
        /// How far back the words before are read: a name's first words.
        const BEFORE: usize = 32;
        let found = &text[start..end];
        let mut lo = start.saturating_sub(BEFORE);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = &text[lo..start];
        // A name runs on only over white space (at most a line break) from a word or an
        // initial's period.
        let ends_word = before
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|c| c == '.' || classify(c) == CharClass::Word);
        // In a scan of the words before, a short form is not asked about (a replacement that is
        // no house style of itself would ask forever).
        if tokens.rescanning || !ends_word {
            return false;
        }
        // A short form that an entry lists folded alike is replaced by a spelling that folds as
        // it does: it reads the same (names meet on folds), and most short forms are so.
        let f = crate::fold::fold(found);
        let mut buf = String::new();
        let mut tried: Vec<Cow<str>> = Vec::new();
        m.candidates.iter().any(|&e| {
            // Not listed, the short form is replaced by the entry's first short form, if any (see
            // `Matcher::replacement`). A short form written as listed needs no fold.
            let shorts = &self.entry(e).short;
            let mut listed = || {
                shorts.iter().any(|s| {
                    *s == found || {
                        buf.clear();
                        crate::fold::fold_into(s, &mut buf);
                        buf == f
                    }
                })
            };
            if shorts.is_empty() || listed() {
                return false;
            }
            // What the replacement reads of the match: its kind and entry, not its candidates.
            let resolved = Match {
                entry: Some(e),
                candidates: Vec::new(),
                ..*m
            };
            let Some(r) = self.replacement(found, &resolved, false) else {
                return false;
            };
            // Entries that share the surname share its replacement.
            if tried.contains(&r) {
                return false;
            }
            let context = format!("{before}{r}");
            tried.push(r);
            let mut found = Vec::new();
            // Tokens of their own, kept with the scan's (the memories are of this matcher).
            let inner = tokens.rescan.get_or_insert_with(|| {
                let mut t = Box::<Tokens>::default();
                t.rescanning = true;
                t
            });
            self.scan(&context, 0, inner, &mut found);
            found
                .iter()
                .any(|x| x.start < before.len() && x.end > before.len())
        })
    }

    fn make_match(&self, start: usize, end: usize, found: Found) -> Match {
        let target = match found {
            Found::Index(t) => t,
            Found::Key(k) => {
                return if k.entries().len() == 1 {
                    Match {
                        start,
                        end,
                        kind: MatchKind::Translit,
                        entry: k.entries().first().map(|&e| e as usize),
                        candidates: Vec::new(),
                        spelling: k.spellings().first().copied(),
                        canonical: None,
                        rival: false,
                        alone: false,
                        in_full: false,
                        pending: super::Pending::No,
                        hangul: false,
                    }
                } else {
                    ambiguous(start, end, k.entries().iter().map(|&e| e as usize))
                };
            }
        };
        match target {
            // A homonym written exactly as its entry lists it: that entry.
            Resolved::One(s) | Resolved::Exact(s, _) => {
                // By rank (see `SpellingSource::rank`).
                let kind = match s.rank {
                    0 => MatchKind::Exact,
                    1 | 2 => MatchKind::Variant,
                    3 | 4 => MatchKind::Translit,
                    _ => MatchKind::Short,
                };
                Match {
                    start,
                    end,
                    kind,
                    entry: Some(s.entry as usize),
                    candidates: Vec::new(),
                    spelling: Some(s.id),
                    canonical: Some(s.canon),
                    rival: false,
                    alone: false,
                    in_full: false,
                    pending: super::Pending::No,
                    hangul: false,
                }
            }
            Resolved::Ambiguous(ids) => ambiguous(
                start,
                end,
                ids.iter().map(|&s| self.index.spelling(s).entry as usize),
            ),
            Resolved::Short(entries) => Match {
                start,
                end,
                kind: MatchKind::Short,
                entry: None,
                candidates: entries.iter().map(|&e| e as usize).collect(),
                spelling: None,
                canonical: None,
                rival: false,
                alone: false,
                in_full: false,
                pending: super::Pending::No,
                hangul: false,
            },
        }
    }
}

/// Is `tok` two words written as one: a lowercase letter followed by a capital (`UnKim`)?
fn glued(text: &str, tok: Token) -> bool {
    super::tokens::glued(text.get(tok.start..tok.end).unwrap_or_default())
}

/// Does a single quotation mark open in the last line of `before` (`‘`, or `'` at the start or
/// after white space or an opening bracket)?
fn opens_single_quote(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or_default();
    let mut prev = ' ';
    line.chars().any(|c| {
        let opens = c == '‘' || c == '\'' && (prev.is_whitespace() || "([{\"“".contains(prev));
        prev = c;
        opens
    })
}

/// Is `tok` a word of one lowercase letter? In running text such a word is a preposition or a
/// conjunction (Polish and Czech `w`, `z`, `u`, `o`, `i`, `a`; Spanish `y`, `o`, `a`; Russian
/// `в`, `с`, `у`, `и`, `а`), never the first word of a name of several words, which is
/// capitalised: `u Han` is "at Han" in Polish, not the Lessing–Othmer `U-han` of Wuhan.
fn one_lowercase_letter(text: &str, tok: &Token) -> bool {
    let mut chars = text.get(tok.start..tok.end).unwrap_or_default().chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_lowercase())
}

/// Does a Korean title follow byte `end` of `text`, glued to it (`이 대통령`'s `대통령은` written
/// together: `리총리`) or as the next word (`윤 대통령`)?
fn hangul_title_after(text: &str, end: usize) -> bool {
    let hangul_end = |s: &str| {
        s.char_indices()
            .find(|&(_, c)| crate::fold::script_of(c) != crate::fold::Script::Hangul)
            .map_or(s.len(), |(b, _)| b)
    };
    let after = &text[end..];
    let word_end = hangul_end(after);
    if word_end > 0 {
        matches!(
            hangul::follower(&after[..word_end]),
            Some(Follows::Title | Follows::Head)
        )
    } else {
        let next = after.trim_start_matches([' ', '\u{a0}']);
        if next.len() == after.len() {
            return false;
        }
        let word = &next[..hangul_end(next)];
        if hangul::is_title_word(word) {
            return true;
        }
        // A title after 전 "former" or 현 "current" (윤 전 대통령, 박 전 장관, 현 총리): the
        // Korean press names a person so after the full mention (연합뉴스 표기 원칙: 성 + 직함).
        let rest = &next[word.len()..];
        let title = rest.trim_start_matches([' ', '\u{a0}']);
        matches!(word, "전" | "현")
            && title.len() < rest.len()
            && hangul::is_title_word(&title[..hangul_end(title)])
    }
}

/// Is `found`, the short form of the person `entry`, the surname of a Russian, Ukrainian or
/// Belarusian person transcribed into Han characters, katakana or Hangul, of three characters or
/// more (泽连斯基, ゼレンスキー, 젤렌스키)? Its script if so. Chinese, Japanese and Korean news name
/// a foreigner by the transcribed surname alone, usually with a title (乌克兰总统泽连斯基,
/// ゼレンスキー大統領, 젤렌스키 대통령) and often with no full mention before it; such a
/// transcription is no word of the language, so it names the one entry that has it (a Hangul one
/// unless it is an ordinary Korean word too) unless another person of the surname was named. A
/// name of the language itself (a Korean or Chinese surname) still needs a full mention or a
/// title.
fn transcribed_surname(found: &str, entry: &crate::glossary::Entry) -> Option<crate::fold::Script> {
    use crate::fold::{script_of, Script};
    if entry.kind != crate::glossary::Kind::Person
        || !matches!(entry.lang.split('-').next(), Some("ru" | "uk" | "be"))
    {
        return None;
    }
    let mut letters = found
        .chars()
        .filter(|&c| !matches!(c, '\u{30FC}' | '\u{FF70}'))
        .map(script_of);
    // Latin or Cyrillic (the usual short form) is no transcription: nothing more to read.
    let script = letters
        .next()
        .filter(|s| matches!(s, Script::Han | Script::Kana | Script::Hangul))?;
    let (mut n, mut same) = (1, true);
    for s in letters {
        n += 1;
        same &= s == script;
    }
    let transcribed =
        n >= 3 && same && (script != Script::Hangul || !hangul::is_ordinary_word(found));
    transcribed.then_some(script)
}

/// Is token `j` (after the first) a word of one lowercase letter set off by a space, a
/// conjunction or preposition (`Gorki i`), not the syllable after a hyphen or an apostrophe
/// (`Yan-i`, Wade–Giles `Chi-ch'i`)?
fn lone_letter_after_space(text: &str, tokens: &Tokens, j: usize) -> bool {
    j > 0 && tokens.toks[j - 1].gap == Gap::Space && one_lowercase_letter(text, &tokens.toks[j])
}

/// Does the Latin word `word` end in a plural or possessive `s` that a name may take: after a
/// Latin letter, and a capital `S` only after a capital ("PYONGYANGS", not "PyongyangS" or
/// "ПутинS", which are two words written together).
fn plural_s(word: &str) -> bool {
    let mut rev = word.chars().rev();
    let (Some(s), Some(before)) = (rev.next(), rev.next()) else {
        return false;
    };
    let latin =
        crate::fold::script_of(before) == crate::fold::Script::Latin && before.is_alphabetic();
    latin && (s == 's' || s == 'S' && before.is_uppercase())
}

/// Is a katakana letter (or the prolonged sound mark, which continues a katakana word)?
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

/// The bytes of the prolonged sound marks (ー, halfwidth ｰ) right after a match that ends at byte
/// `end` of `text` in a katakana letter. Japanese writes the long vowels of a foreign name with
/// the mark (ドストエフスキー, ゼレンスキー), and the fold drops it like a hyphen (so that
/// ソビャーニン and ソビャニン meet): a name that ends in the mark ends after it, not inside a
/// katakana word.
fn long_marks_after(text: &str, end: usize) -> usize {
    let kana_before = text[..end]
        .chars()
        .next_back()
        .is_some_and(|c| is_katakana(c) && !matches!(c, '\u{30FC}' | '\u{FF70}'));
    if !kana_before {
        return 0;
    }
    text[end..]
        .chars()
        .take_while(|&c| matches!(c, '\u{30FC}' | '\u{FF70}'))
        .map(char::len_utf8)
        .sum()
}

/// Does the match `start..end` of `text` begin or end inside a katakana word? Japanese writes
/// foreign names in katakana without spaces, but a katakana word ends where the katakana ends
/// (at kanji, hiragana, punctuation or the middle dot ・): a name followed by an honorific (氏,
/// さん, 首相) or a particle is matched, a name inside a longer katakana word is not.
fn inside_katakana_word(text: &str, start: usize, end: usize) -> bool {
    let span = &text[start..end];
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    span.chars().next().is_some_and(is_katakana) && before.is_some_and(is_katakana)
        || span.chars().next_back().is_some_and(is_katakana) && after.is_some_and(is_katakana)
}

/// Does the match `start..end` of `text`, written in Hangul or Han characters, run into a letter
/// of a Latin-like word ("평양S")? Its romanised replacement would run into that word and make
/// another one ("PyongyangS"), which a second run would read differently: such a span is not a
/// name standing as a word. Digits are no such glue: Chinese and Korean news write the day right
/// after a name ("习近平5日", "김정은2일"), and a romanised name before digits ("Xi Jinping5日")
/// is no name for a second run either (a number glued to a word is not numbered pinyin: see
/// [`crate::translit::hanzi::is_numbered_pinyin`]), so normalising stays idempotent. Only what
/// follows is looked at: a stream may scan a piece from a place inside a line, without what came
/// before it (see [`crate::stream`]).
fn glued_to_latin(text: &str, start: usize, end: usize) -> bool {
    let word = |c: char| classify(c) == CharClass::Word;
    text[start..end]
        .chars()
        .next_back()
        .is_some_and(|c| !word(c))
        && text[end..]
            .chars()
            .next()
            .is_some_and(|c| word(c) && c.is_alphabetic())
}

/// A match that names several entries equally well: reported with its candidates, left alone.
fn ambiguous(start: usize, end: usize, entries: impl Iterator<Item = usize>) -> Match {
    let mut candidates: Vec<usize> = entries.collect();
    candidates.sort_unstable();
    candidates.dedup();
    Match {
        start,
        end,
        kind: MatchKind::Ambiguous,
        entry: None,
        candidates,
        spelling: None,
        canonical: None,
        rival: false,
        alone: false,
        in_full: false,
        pending: super::Pending::No,
        hangul: false,
    }
}

/// Does the scan take its shortcuts (looking one candidate ahead, and ruling out a word that
/// runs into the next block of the skim)? Always; a test turns them off to check that they
/// change no match.
#[cfg(not(test))]
#[inline(always)]
fn shortcuts() -> bool {
    true
}

#[cfg(test)]
thread_local! {
    static SHORTCUTS: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

#[cfg(test)]
fn shortcuts() -> bool {
    SHORTCUTS.with(std::cell::Cell::get)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Glossary;
    use crate::matcher::tests::{matcher, G};
    use crate::matcher::MatcherOptions;

    fn found(m: &Matcher, text: &str) -> Vec<(String, String)> {
        m.find(text)
            .iter()
            .map(|x| {
                let who = x
                    .entry
                    .map(|e| m.entry(e).id.clone())
                    .unwrap_or_else(|| format!("{:?}", x.kind));
                (text[x.start..x.end].to_string(), who)
            })
            .collect()
    }

    #[test]
    fn separators_case_and_spacing_do_not_matter() {
        let m = matcher(G);
        for s in [
            "Kim Jong Un",
            "Kim Jong-un",
            "Kim Jong-Un",
            "KIM JONG UN",
            "Kim Jongun",
            "Kim  Jong\nUn",
        ] {
            assert_eq!(
                found(&m, &format!("({s})")),
                [(s.to_string(), "kim-jong-un".to_string())],
                "{s}"
            );
        }
    }

    #[test]
    fn the_scans_shortcuts_change_no_match() {
        // Random texts of the bundled glossaries' words, between filler words of every length
        // (so that words run across the skim's 64-byte blocks) and every kind of gap: the scan
        // with its shortcuts finds exactly what it finds without them.
        let g = Glossary::bundled().unwrap();
        let m = Matcher::new(g, &MatcherOptions::default());
        let mut vocab: Vec<String> = Vec::new();
        for e in m.glossary().entries() {
            for s in std::iter::once(&e.canonical)
                .chain(&e.variants)
                .chain(&e.native)
                .chain(&e.short)
            {
                vocab.push(s.clone());
                vocab.extend(s.split([' ', '-']).map(str::to_string));
                // Lowercase too: a surname may also be a word of running text ("in", "an"); and
                // with a plural "s".
                vocab.extend(s.split([' ', '-']).map(str::to_lowercase));
                vocab.extend(
                    s.split([' ', '-'])
                        .map(|w| format!("{}s", w.to_lowercase())),
                );
            }
        }
        vocab.extend(
            [
                "the",
                "a",
                "met",
                "spokesperson",
                "Saturday",
                "Pyongyangs",
                "Putin's",
                "Kim's",
                "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",
                "Chŏng",
                "평양에서",
                "김정은이",
                "Mr",
                "Ms",
                "and",
                "Jong",
                "Un",
                "Il",
                "Sung",
            ]
            .map(str::to_string),
        );
        let gaps = [
            " ", " ", " ", "  ", "-", "'", ", ", ". ", "\n", "\n\n", "", " — ",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut compared = 0;
        for _ in 0..400 {
            let mut text = String::new();
            while text.len() < 1500 {
                text.push_str(&vocab[next(vocab.len())]);
                text.push_str(gaps[next(gaps.len())]);
            }
            let with = m.find(&text);
            SHORTCUTS.with(|s| s.set(false));
            let without = m.find(&text);
            SHORTCUTS.with(|s| s.set(true));
            assert_eq!(with, without, "{text}");
            compared += with.len();
        }
        assert!(compared > 10_000, "{compared} matches compared");
    }

    #[test]
    fn a_lowercase_surname_before_a_word_it_makes_no_name_with_is_passed_over_exactly() {
        // Surnames that are also words ("in", "an"), no short forms: the scan passes over
        // "in the" on the filter's word alone, and still finds every name that starts there,
        // also written in lowercase, as a plural, or as a one-word spelling.
        let m = matcher(
            r#"
[[entry]]
canonical = "In Ji-ho"
[[entry]]
canonical = "Li Peng"
[[entry]]
canonical = "An Jung-geun"
[[entry]]
canonical = "an"
"#,
        );
        let texts = [
            "in the capital, in ji-ho met li peng; in jiho and an jung geun",
            "li pengs were in Seoul; in jihos; an the; an jung-geuns",
            "an, an. in-ji-ho in  ji ho; ans the",
        ];
        for text in texts {
            let with = m.find(text);
            SHORTCUTS.with(|s| s.set(false));
            let without = m.find(text);
            SHORTCUTS.with(|s| s.set(true));
            assert_eq!(with, without, "{text}");
        }
        let f = found(&m, texts[1]);
        assert_eq!(f[0].0, "li peng");
        assert_eq!(f[1].0, "in jiho");
        assert!(f.iter().any(|(t, _)| t == "an"), "{f:?}");
        assert!(f.iter().any(|(t, _)| t == "an jung-geun"), "{f:?}");
        // "ans" is the plural of the one-word "an".
        assert_eq!(found(&m, texts[2]).last().map(|x| x.0.as_str()), Some("an"));
    }

    #[test]
    fn whole_words_only() {
        let m = matcher(G);
        assert!(found(&m, "Kimberly and Putinism. Lina").is_empty());
        // A person's name written as one word is not the name written apart. (An entry of no
        // kind is romanised as text, where 김정은 is one word: "Kimjongun" is its spelling.)
        let person = G.replacen(
            "canonical = \"Kim Jong Un\"",
            "canonical = \"Kim Jong Un\"\nkind = \"person\"",
            1,
        );
        assert!(found(&matcher(&person), "Kimjongun").is_empty());
    }

    #[test]
    fn possessives_and_plurals_lose_their_suffix() {
        let m = matcher(G);
        let f = found(&m, "Kim Jong Un’s and Vladimir Putin's and Pyongyangs");
        assert_eq!(f[0].0, "Kim Jong Un");
        assert_eq!(f[1].0, "Vladimir Putin");
        assert_eq!(f[2].0, "Pyongyang");
    }

    #[test]
    fn longest_match_wins() {
        let m = matcher(G);
        assert_eq!(
            found(&m, "in Kim Il Sung Square."),
            [("Kim Il Sung Square".into(), "kim-il-sung-square".into())]
        );
    }

    #[test]
    fn unsegmented_and_particles() {
        // 평양 is also a word of the learners' list (homographs.rs): as a place, the particle
        // glued to it says it is the name.
        let m = matcher(&G.replace(
            "native = \"평양\"\n",
            "native = \"평양\"\nkind = \"place\"\n",
        ));
        let f = found(&m, "习近平会见了刘国中。평양에서 김정은이");
        let ids: Vec<_> = f.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
        assert_eq!(
            ids,
            [
                ("习近平", "xi-jinping"),
                ("刘国中", "liu-guozhong"),
                ("평양", "pyongyang"),
                ("김정은", "kim-jong-un")
            ]
        );
    }

    #[test]
    fn short_forms_need_a_full_mention() {
        let m = matcher(G);
        let f = found(&m, "Mr Kim arrived. Kim Jong Un met Mr Putin. Mr Kim left.");
        assert_eq!(f[0], ("Kim".into(), "Ambiguous".into()));
        assert_eq!(f[1].1, "kim-jong-un");
        assert_eq!(f[2], ("Putin".into(), "Ambiguous".into()));
        assert_eq!(f[3], ("Kim".into(), "kim-jong-un".into()));
    }

    #[test]
    fn two_candidates_are_ambiguous() {
        let m = matcher(G);
        let f = found(&m, "Kim Jong Un, Kim Il Sung, Mr Kim");
        assert_eq!(f[2], ("Kim".into(), "Ambiguous".into()));
    }
}
