//! Latin-script case endings, matched at scan time (issue 14 §2): `Siergieja Sobianina`,
//! `z Li Qiangiem`, `w Chabarowsku`, `Wen Ťia-paovi`, `Sobianinas`, `Sobjaninin`.
//!
//! No declined spelling is indexed. At a capitalised Latin word that may be one (its first three
//! letters start a word of some indexed spelling), each word of the window is read back to the
//! base forms it may decline from ([`declension::stems`], in every language of the table), the
//! windows of bases are looked up in the index, and a hit counts only when the language's table
//! really declines that spelling into the text ([`declension::forms`], for the entry's kind). The
//! precision rule of [`crate::translit::declension`] holds: a place may be one declined word
//! (`Chabarowsku`); a person's name needs its other words (`Siergieja Sobianina`), and one
//! declined word of a person (`Sobianina`, `Kima`) is a short form, which resolves only after a
//! full mention ([`super::resolve`]).

use super::index::{Resolved, MAY_BE_KEY, MAY_GO_ON};
use super::tokens::{Gap, Script, Tokens};
use super::words::hash_str;
use super::{Match, MatchKind, Matcher};
use crate::fold::{script_of, spelling_key, Script as FoldScript};
use crate::glossary::Kind;
use crate::translit::declension::{self, Kind as Paradigm};
use rustc_hash::{FxHashMap, FxHashSet};
use std::hash::BuildHasher;

/// The most words of a declined name tried.
const MAX_WORDS: usize = 4;
/// The most bases kept for one word (its own fold first).
const MAX_BASES: usize = 4;
/// The most combinations of bases looked up for one window.
const MAX_COMBOS: usize = 24;

/// The longest window (in bytes) whose outcome [`Matcher::match_declined`] remembers.
const MEMO_WINDOW: usize = 128;
/// The most words of a window whose outcome is always remembered. Windows of one or two words
/// repeat in text; longer ones are remembered only once a window of two words or more at the
/// same word was found remembered (`Kim Kim …`, a list of the same names): in a run of different names they
/// nearly never repeat, and remembering each costs an allocation, and clearing the memory once
/// it is full forgets the short windows too.
const MEMO_WORDS: usize = 2;

/// Starts of windows of one, two and three words, by the bases picked (see `Matcher::goes_on`).
const PREFIXES: usize = MAX_BASES + MAX_BASES * MAX_BASES + MAX_BASES * MAX_BASES * MAX_BASES;

/// Where the answers for the starts of each number of words begin in [`Starts::filter`]: those
/// of one word, then of two, then of three.
const START_OF: [usize; MAX_WORDS] = [0, 0, MAX_BASES, MAX_BASES + MAX_BASES * MAX_BASES];

/// An answer of the filter is known (see [`Starts::filter`]).
const ASKED: u8 = 0x80;
/// The start asked for is empty (never ruled out).
const EMPTY: u8 = 0x40;
/// The letters that may follow a base are known (see [`Starts::next`]); bits 0 to 25 are `a`
/// to `z`.
const NEXT_KNOWN: u32 = 1 << 31;

/// What is known of the starts of the windows at one word (0: not asked yet).
struct Starts {
    /// The filter's answer for the bases picked for the first words (`Matcher::asked`), with
    /// [`ASKED`] (and [`EMPTY`] for an empty start).
    filter: [u8; PREFIXES],
    /// What is known of the first word alone besides its filter answers.
    first: FirstKnown,
    /// Where the start of a window is built to be put to the filter (kept between windows in
    /// [`Tokens::declined_scratch`]: no allocation per window).
    buf: String,
}

/// What is known of the windows that start with a word besides the filter's answers for it: the
/// same at every window that starts with it, so kept with its bases ([`Bases::first_starts`]).
#[derive(Debug, Default, Clone, Copy)]
struct FirstKnown {
    /// The languages (a bit each, as [`super::tokens::slot`]) in which some romanisation key
    /// starts with the key of each base, with [`ASKED`] (`Matcher::keyed_langs`).
    keyed: [u8; MAX_BASES],
    /// The letters that may follow each base in a start that the filter lets through
    /// (`Matcher::next_letters`), with [`NEXT_KNOWN`] once found.
    next: [u32; MAX_BASES],
    /// As `next`, for the romanisation key of each base in each language (by
    /// [`super::tokens::slot`]): the letters that may follow it in a key's start
    /// (`Matcher::key_next_letters`).
    key_next: [[u32; 3]; MAX_BASES],
    /// The word was the first of a window before: its `next` letters are worth finding.
    met: bool,
}

/// The letters of a word's fold that [`Trunks`] keeps.
const TRUNK: usize = 3;

/// The first [`TRUNK`] letters of the folds of every word of every Latin-script spelling: a word
/// of text whose own first letters are not among them declines from no spelling (an ending
/// changes at most the last few letters of a word of four or more). The words of two letters
/// (`Un`, `In`, `Il` of Korean names: `Kim Dzong Unem`, `Mun Dze Ina`) are kept apart, whole.
#[derive(Debug, Default)]
pub(super) struct Trunks {
    trunks: FxHashSet<u64>,
    short: FxHashSet<u64>,
}

/// The most letters an ending adds to a word of two letters (Polish `Unowi`).
const SHORT_ENDING: usize = 4;

impl Trunks {
    /// The trunks of the words of `spellings`.
    pub(super) fn of<'a>(spellings: impl Iterator<Item = &'a str>) -> Trunks {
        let mut t = Trunks::default();
        // The generated spellings of an entry repeat its words, and names share words: each
        // distinct word is folded once.
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        for s in spellings {
            if !s.chars().any(|c| script_of(c) == FoldScript::Latin) {
                continue;
            }
            for w in s.split(|c: char| c.is_whitespace() || c == '-') {
                if !seen.insert(w) {
                    continue;
                }
                if let Some(h) = trunk_hash(w) {
                    t.trunks.insert(h);
                } else {
                    let f = crate::fold(w);
                    if f.chars().count() == 2 {
                        t.short.insert(hash_str(&f));
                    }
                }
            }
        }
        t
    }

    /// May the word `word` (as written) be a declined word of some spelling?
    pub(super) fn may_hold(&self, word: &str) -> bool {
        trunk_hash(word).is_some_and(|h| self.trunks.contains(&h))
    }

    /// May `word`, a word after the first of a name, be a declined word of some spelling: as
    /// [`Trunks::may_hold`], or a word of two letters with an ending (`Unem`)? Only after the
    /// first word, where the rest of the name keeps the precision (see [`declension`]).
    fn may_hold_later(&self, word: &str) -> bool {
        if self.may_hold(word) {
            return true;
        }
        let f = crate::fold(word);
        let n = f.chars().count();
        (3..=2 + SHORT_ENDING).contains(&n) && {
            let two: String = f.chars().take(2).collect();
            self.short.contains(&hash_str(&two))
        }
    }
}

/// The hash of the first [`TRUNK`] letters of the fold of `word`; `None` for a shorter word.
fn trunk_hash(word: &str) -> Option<u64> {
    // The usual word: its first letters ASCII, whose folds are their lowercase, one for one;
    // nothing is built (the scan asks at every capitalised word).
    if let [a, b, c, ..] = *word.as_bytes() {
        if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() && c.is_ascii_alphanumeric() {
            let t = [a, b, c].map(|x| x.to_ascii_lowercase());
            return std::str::from_utf8(&t).ok().map(hash_str);
        }
    }
    let mut n = 0;
    let end = word
        .char_indices()
        .find(|_| {
            n += 1;
            n > TRUNK + 1
        })
        .map_or(word.len(), |(b, _)| b);
    let f = crate::fold(&word[..end]);
    let t: String = f.chars().take(TRUNK).collect();
    (t.chars().count() == TRUNK).then(|| hash_str(&t))
}

/// One base of a word: its fold, as written, and the languages (a bit each by
/// [`declension::langs`]) that read the word so (none for the word itself).
type Base = (Box<str>, Box<str>, u16);

/// What the declined-name step knows of one written word: the bases it may decline from, and
/// whether it may be a declined word of a name at all. Kept by written word in [`Stems`] and
/// read in place by every window that holds the word: text that repeats its names (or one name,
/// `Kim Kim …`) meets the same words again and again.
#[derive(Debug)]
struct Bases {
    /// (fold, as written, languages as a bit each by [`declension::langs`]): the word itself
    /// (no languages), then its stems in every language, at most [`MAX_BASES`] in all.
    list: Box<[Base]>,
    /// The word may be the first declined word of a name ([`Trunks::may_hold`]).
    first: bool,
    /// The word may be a later declined word of a name ([`Trunks::may_hold_later`]).
    later: bool,
    /// What is known of the windows that start with each base of the word, as the first word
    /// ([`Starts::filter`] and [`Starts::keyed`] of one word): the same at every window that
    /// starts with it, so asked once.
    first_starts: ([u8; MAX_BASES], FirstKnown),
}

impl Bases {
    /// The bases a window tries for the word at position `k` of the window: the stems only
    /// where the word may decline from some spelling there.
    fn at(&self, k: usize) -> &[Base] {
        let stems = if k == 0 { self.first } else { self.later };
        &self.list[..if stems { self.list.len() } else { 1 }]
    }
}

/// The [`Bases`] of the words met, by word as written (kept in
/// [`super::tokens::Tokens::stem_cache`], across texts).
#[derive(Debug, Default)]
pub(crate) struct Stems {
    by_word: FxHashMap<Box<str>, u32>,
    bases: Vec<Bases>,
}

impl Stems {
    /// The most words remembered; past it, the memory starts afresh.
    const MAX: usize = 1 << 14;

    /// The place in `self.bases` of the [`Bases`] of the word `written` (its fold `fold`),
    /// computed now if it is not there (never starting afresh: see [`Stems::make_room`]).
    fn id_of(&mut self, trunks: &Trunks, written: &str, fold: &str) -> u32 {
        if let Some(&id) = self.by_word.get(written) {
            return id;
        }
        let mut list: Vec<Base> = vec![(fold.into(), written.into(), 0)];
        let (first, later) = (trunks.may_hold(written), trunks.may_hold_later(written));
        if first || later {
            let own = crate::fold(written);
            for (bit, lang) in declension::langs().iter().enumerate() {
                for stem in declension::stems(lang, written) {
                    if is_adjective_like(written, &stem) {
                        continue;
                    }
                    let f = crate::fold(&stem);
                    if f == own {
                        continue;
                    }
                    let room = list.len() < MAX_BASES;
                    match list[1..].iter_mut().find(|(b, _, _)| **b == *f) {
                        Some(known) => known.2 |= 1 << bit,
                        None if room => list.push((f.into(), stem.into(), 1 << bit)),
                        None => {}
                    }
                }
            }
        }
        let id = self.bases.len() as u32;
        self.bases.push(Bases {
            list: list.into_boxed_slice(),
            first,
            later,
            first_starts: Default::default(),
        });
        self.by_word.insert(written.into(), id);
        id
    }

    /// Start afresh if full: before the words of a window are looked up, so that their places
    /// stay valid while the window is tried.
    /// Returns whether it did (the places known of tokens are then wrong).
    fn make_room(&mut self) -> bool {
        let full = self.bases.len() > Self::MAX;
        if full {
            self.by_word.clear();
            self.bases.clear();
        }
        full
    }
}

/// The languages of the bits of `mask` (by the order of [`declension::langs`]).
fn in_langs(mask: u16) -> impl Iterator<Item = &'static str> {
    declension::langs()
        .iter()
        .enumerate()
        .filter(move |(bit, _)| mask & (1 << bit) != 0)
        .map(|(_, l)| *l)
}

/// Is `word` its `stem` with a bare `-n` (the Finnish genitive of a vowel-final name,
/// `Korea` → `Korean`)? That is also the English adjective of the name (`Korean`, `Russian`,
/// `Georgian`), far more frequent in the text canonym reads: it is not taken for a case form.
fn is_adjective_like(word: &str, stem: &str) -> bool {
    word.len() == stem.len() + 1
        && word.starts_with(stem)
        && word.ends_with(['n', 'N'])
        && stem.ends_with(|c: char| "aeiouyAEIOUY".contains(c))
}

/// The paradigms a name of this entry may follow: a place's, or a man's or a woman's (the
/// glossary does not say which), surname first for a Chinese or Korean person.
fn paradigms(kind: Kind, lang: &str) -> &'static [Paradigm] {
    match kind {
        Kind::Place => &[Paradigm::Place],
        Kind::Person if lang.starts_with("ko") || lang.starts_with("zh") => {
            &[Paradigm::EAST_ASIAN_MAN, Paradigm::EAST_ASIAN_WOMAN]
        }
        Kind::Person => &[Paradigm::MAN, Paradigm::WOMAN],
        _ => &[],
    }
}

/// The place of the combination `pick` in the order [`next_combination`] steps through them.
fn combination_index<T>(pick: &[usize], bases: &[&[T]]) -> usize {
    pick.iter().zip(bases).fold(0, |a, (&p, b)| a * b.len() + p)
}

/// Step `pick` (a base for each word of a window) to the next combination, the last word's
/// bases varying fastest; `false` when all have been tried.
fn next_combination<T>(pick: &mut [usize], bases: &[&[T]]) -> bool {
    for k in (0..pick.len()).rev() {
        pick[k] += 1;
        if pick[k] < bases[k].len() {
            return true;
        }
        pick[k] = 0;
    }
    false
}

/// The letters `a` to `z` (bits 0 to 25) that `may` lets follow `prefix` in a start, with
/// [`NEXT_KNOWN`] (`buf` is scratch space).
fn letters_after(prefix: &str, buf: &mut String, may: impl Fn(&str) -> bool) -> u32 {
    buf.clear();
    buf.push_str(prefix);
    let mut next = NEXT_KNOWN;
    for c in b'a'..=b'z' {
        buf.push(char::from(c));
        if may(buf) {
            next |= 1 << (c - b'a');
        }
        buf.pop();
    }
    next
}

impl Matcher {
    /// [`Matcher::declined_hit`] on the romanisation keys: the bases `folds` (written
    /// `base_text`) meet a romanised spelling in some language's key (`Jekaterynburgu` →
    /// `Jekaterynburg`, which meets `Yekaterinburg`); the window must decline from the bases as
    /// written. One word meets a key only for a place with a long name, as in the scan.
    fn declined_key_hit(
        &self,
        (folds, keyed_langs): (&[&str], u8),
        (base_text, langs): (&str, u16),
        tokens: &mut Tokens,
        len: usize,
        span: std::ops::Range<usize>,
    ) -> Option<Match> {
        if !self.keys.has_any() {
            return None;
        }
        let mut key = String::new();
        for lang in self.keys.langs() {
            // A key's first word must start some key of the language (`keyed_langs`, the
            // languages where the first word's key does): most windows stop there.
            if keyed_langs & (1 << super::tokens::slot(lang)) == 0 {
                continue;
            }
            key.clear();
            let keyed = folds.iter().all(|f| {
                tokens
                    .key_of_fold(f, lang)
                    .map(|k| key.push_str(k))
                    .is_some()
            });
            if !keyed {
                continue;
            }

            let Some(t) = self.keys.get(lang, &key) else {
                continue;
            };

            let [entry] = t.entries() else {
                continue;
            };
            let e = self.entry(*entry as usize);
            if len == 1 && (e.kind != Kind::Place || folds[0].chars().count() < 6) {
                continue;
            }
            let mut buf = String::new();
            let window = tokens.key(0, len - 1);
            let declines = paradigms(e.kind, &e.lang).iter().any(|&p| {
                in_langs(langs).any(|l| {
                    declension::forms(l, base_text, p).iter().any(|f| {
                        spelling_key(f, &mut buf);
                        buf == window
                    })
                })
            });
            if declines {
                return Some(Match {
                    start: span.start,
                    end: span.end,
                    kind: MatchKind::Translit,
                    entry: Some(*entry as usize),
                    candidates: Vec::new(),
                    spelling: t.spellings().first().copied(),
                    canonical: None,
                    rival: false,
                    alone: false,
                    in_full: false,
                    pending: super::Pending::No,
                    hangul: false,
                });
            }
        }
        None
    }

    /// The longest declined name at the first word of `text` (a piece that starts at byte `base`
    /// of the document): its byte length and the match.
    pub(super) fn match_declined(
        &self,
        text: &str,
        base: usize,
        tokens: &mut Tokens,
    ) -> Option<(usize, Match)> {
        tokens.begin_window(text);
        // The tokens may be more than asked for: the scan's window at this word.
        let n = tokens.more(text, MAX_WORDS).min(MAX_WORDS);
        // The words of the window: Latin words joined by spaces or hyphens.
        let mut words = 0;
        while words < n && tokens.toks[words].script == Script::Word {
            // A name goes on over capitalised words, or inside a hyphenated one.
            if words > 0 && !tokens.toks[words].upper && tokens.toks[words - 1].gap != Gap::Joiner {
                break;
            }
            words += 1;
            if !matches!(tokens.toks[words - 1].gap, Gap::Space | Gap::Joiner) {
                break;
            }
        }
        if words == 0 || !tokens.toks[0].upper {
            return None;
        }
        self.declined_window(text, words, tokens)
            .map(|(end, mut m)| {
                m.start += base;
                m.end += base;
                (end, m)
            })
    }

    /// [`Matcher::match_declined`] on the first `words` tokens of `text` (the window, tokenized in
    /// `tokens`), with spans relative to `text`: the longest window of `words`, `words - 1`, …
    /// words that is a declined name.
    ///
    /// What the window of the first `len` words yields (tried from `len` words down) depends on
    /// its text alone, so it is remembered by that text in [`Tokens::declined_memo`] (longer
    /// windows only when they repeat, see [`MEMO_WORDS`]): text that repeats its words (`Kim Kim
    /// …`, lists of the same names) tries each window about once.
    fn declined_window(
        &self,
        text: &str,
        words: usize,
        tokens: &mut Tokens,
    ) -> Option<(usize, Match)> {
        let trunks = self.trunks();
        // The bases of each word (fold, as written): the word itself, then its stems.
        if tokens.stem_cache.make_room() {
            tokens.tok_stems.clear();
        }
        if tokens.tok_stems.len() < words {
            tokens.tok_stems.resize(words, u32::MAX);
        }
        let mut ids = [0u32; MAX_WORDS];
        for (k, id) in ids.iter_mut().enumerate().take(words) {
            // Known of the token when a window before held it (the tokens are kept from one
            // window to the next: see `Tokens::begin_window`).
            if tokens.tok_stems[k] == u32::MAX {
                let t = tokens.toks[k];
                let fold = &tokens.folded[t.fstart as usize..t.fend as usize];
                tokens.tok_stems[k] = tokens.stem_cache.id_of(trunks, &text[t.start..t.end], fold);
            }
            *id = tokens.tok_stems[k];
        }
        // Read in place while `tokens` is worked on, then put back.
        let mut stems = std::mem::take(&mut tokens.stem_cache);
        let mut bases: [&[Base]; MAX_WORDS] = [&[]; MAX_WORDS];
        for k in 0..words {
            bases[k] = stems.bases[ids[k] as usize].at(k);
        }
        // Every start of the windows is asked afresh but those of the first word alone.
        let (filter1, first) = stems.bases[ids[0] as usize].first_starts;
        let mut starts = Starts {
            filter: [0; PREFIXES],
            first,
            buf: std::mem::take(&mut tokens.declined_scratch),
        };
        starts.filter[..MAX_BASES].copy_from_slice(&filter1);
        let found = self.declined_bases(text, &bases[..words], &mut starts, tokens);
        let mut filter1 = [0; MAX_BASES];
        filter1.copy_from_slice(&starts.filter[..MAX_BASES]);
        let first = FirstKnown {
            met: true,
            ..starts.first
        };
        stems.bases[ids[0] as usize].first_starts = (filter1, first);
        tokens.declined_scratch = starts.buf;
        tokens.stem_cache = stems;
        found
    }

    /// [`Matcher::declined_window`] with the `bases` of each word of the window.
    fn declined_bases(
        &self,
        text: &str,
        bases: &[&[Base]],
        starts: &mut Starts,
        tokens: &mut Tokens,
    ) -> Option<(usize, Match)> {
        let words = bases.len();
        // Every window tried reads at least one word back to a stem: without stems, none is.
        if bases.iter().all(|b| b.len() == 1) {
            return None;
        }
        let mut found = None;
        let mut len = words;
        // Was a window of two words or more remembered (then the longer ones are remembered too)?
        let mut seen = false;
        // Does the filter let some first two words through (asked once, for every window of
        // three words or more)?
        let mut pairs = None;
        while len > 0 {
            let window = &text[..tokens.toks[len - 1].end];
            // Only a window met before can be remembered (a miss costs a look-up).
            if window.len() <= MEMO_WINDOW
                && tokens.seen(rustc_hash::FxBuildHasher.hash_one(window))
            {
                if let Some(known) = tokens.declined_memo.get(window) {
                    found = known.clone();
                    seen = len >= MEMO_WORDS;
                    break;
                }
            }
            // Only the filter can find a window of three words or more: where no first two
            // words go on, neither window is tried (in a run of names, the usual case).
            if len > 2 && !*pairs.get_or_insert_with(|| self.pair_goes_on(bases, starts)) {
                len -= 1;
                continue;
            }
            found = self.declined_len(text, len, bases, starts, tokens);
            if found.is_some() {
                break;
            }
            len -= 1;
        }

        // The windows of `len` words and more yield what was found (none of the longer ones
        // yielded anything of its own).
        for l in len.max(1)..=words {
            let window = &text[..tokens.toks[l - 1].end];
            // Only a window met before is remembered (see `Tokens::seen_before`): in a run of
            // different names most windows are met once.
            if (l <= MEMO_WORDS || seen)
                && window.len() <= MEMO_WINDOW
                && tokens.seen_before(rustc_hash::FxBuildHasher.hash_one(window))
                && !tokens.declined_memo.contains_key(window)
            {
                if tokens.declined_memo.len() > 1 << 14 {
                    tokens.declined_memo.clear();
                }
                tokens.declined_memo.insert(window.into(), found.clone());
            }
        }
        found
    }

    /// The declined name of exactly `len` words at the start of `text` (tokenized in `tokens`),
    /// trying the combinations of the words' `bases` in order, at most [`MAX_COMBOS`] of them.
    /// `starts` remembers which first words some key starts with.
    fn declined_len(
        &self,
        text: &str,
        len: usize,
        bases: &[&[Base]],
        starts: &mut Starts,
        tokens: &mut Tokens,
    ) -> Option<(usize, Match)> {
        let bases = &bases[..len];
        // Only the filter can find a window of three words or more (or of any length when there
        // are no romanisation keys): a window whose first words start no key is not tried.
        let filtered = len > 2 || !self.keys.has_any();
        let mut key = String::new();
        let mut joined = String::new();
        let mut pick = [0usize; MAX_WORDS];
        let pick = &mut pick[..len];
        loop {
            if combination_index(pick, bases) >= MAX_COMBOS {
                return None;
            }
            if filtered {
                if let Some(d) = (1..len).find(|&d| !self.goes_on(&pick[..d], bases, starts)) {
                    // Nor does any window that starts with these words: on to the next first
                    // words.
                    for (k, p) in pick.iter_mut().enumerate().skip(d) {
                        *p = bases[k].len() - 1;
                    }
                    if !next_combination(pick, bases) {
                        return None;
                    }
                    continue;
                }
            } else if len == 2
                && !self.goes_on(&pick[..1], bases, starts)
                && self.keyed_langs(pick[0], bases, starts, tokens) == 0
            {
                // Neither a spelling nor a romanisation key starts with this first word.
                pick[1] = bases[1].len() - 1;
                if !next_combination(pick, bases) {
                    return None;
                }
                continue;
            }
            if pick.iter().any(|&p| p > 0) {
                // The filter rules out most keys without a look-up (its answer for the window
                // is known when the window starts a longer one); the key index is asked only
                // for windows of one or two words whose first word starts some romanisation
                // key. Nothing is built for a window that neither can meet: text that repeats
                // a capitalised word ("Kim Kim …") tries many, and a run of names more.
                let may_be_key = self.asked(pick, bases, starts) & MAY_BE_KEY != 0;
                let keyed_langs = if filtered {
                    0
                } else {
                    self.keyed_pair_langs(pick, bases, starts, tokens)
                };
                let keyed = keyed_langs != 0;
                if may_be_key || keyed {
                    key.clear();
                    for (k, &p) in pick.iter().enumerate() {
                        key.push_str(&bases[k][p].0);
                    }
                    let first_len = bases[0][pick[0]].0.len();
                    let span = tokens.toks[0].start..tokens.toks[len - 1].end;
                    // The bases as written, joined by spaces; their folds.
                    joined.clear();
                    let mut folds = [""; MAX_WORDS];
                    for (k, &p) in pick.iter().enumerate() {
                        if k > 0 {
                            joined.push(' ');
                        }
                        joined.push_str(&bases[k][p].1);
                        folds[k] = &bases[k][p].0;
                    }
                    let folds = &folds[..len];
                    let langs = pick
                        .iter()
                        .enumerate()
                        .fold(0u16, |m, (k, &p)| m | bases[k][p].2);
                    let hit = (&key[..], first_len, &joined[..], langs);
                    let found = may_be_key
                        .then(|| self.declined_hit(hit, tokens, len, text, span.clone()))
                        .flatten()
                        .or_else(|| {
                            // Keys cost more than a look-up: windows of one or two words only.
                            keyed
                                .then(|| {
                                    self.declined_key_hit(
                                        (folds, keyed_langs),
                                        (hit.2, langs),
                                        tokens,
                                        len,
                                        span,
                                    )
                                })
                                .flatten()
                        });
                    if let Some(m) = found {
                        return Some((tokens.toks[len - 1].end, m));
                    }
                }
            }
            if !next_combination(pick, bases) {
                return None;
            }
        }
    }

    /// Do the filter's answers let some bases of the first two words of `bases` through
    /// ([`Matcher::goes_on`] for the first word's and for both)? If not, the windows of three
    /// words or more, which [`Matcher::declined_len`] tries only past the filter, find nothing.
    fn pair_goes_on(&self, bases: &[&[Base]], starts: &mut Starts) -> bool {
        (0..bases[0].len()).any(|p0| {
            self.goes_on(&[p0], bases, starts)
                && (0..bases[1].len()).any(|p1| self.goes_on(&[p0, p1], bases, starts))
        })
    }

    /// May some key start with the bases `pick` of the first words (the filter's answer for
    /// their folds, remembered in `starts`)? Every start of a key, at every character, is in
    /// the filter ([`MAY_GO_ON`]), so a no is certain. An empty start is never ruled out.
    fn goes_on(&self, pick: &[usize], bases: &[&[Base]], starts: &mut Starts) -> bool {
        self.asked(pick, bases, starts) & (EMPTY | MAY_GO_ON | MAY_BE_KEY) != 0
    }

    /// The filter's answer for the bases `pick` of the first words, put together ([`EMPTY`] too
    /// when that is empty), remembered in `starts` for windows of up to three words: a window
    /// of two words is asked for as the start of the windows of three and four, and then as
    /// a key of its own.
    fn asked(&self, pick: &[usize], bases: &[&[Base]], starts: &mut Starts) -> u8 {
        // Starts of one, two and three words: at most MAX_BASES, MAX_BASES², MAX_BASES³.
        let at = (pick.len() < MAX_WORDS)
            .then(|| pick.iter().fold(0, |a, &p| a * MAX_BASES + p) + START_OF[pick.len()]);
        if let Some(known) = at.map(|at| starts.filter[at]).filter(|&a| a & ASKED != 0) {
            return known;
        }
        // A start of two words or more is some key's start only if the first word's base and
        // the first letter of the second's are (the filter holds every start of every key, at
        // every character): in a run of names, the letters after a word rule most out.
        let second = pick
            .get(1)
            .and_then(|&p| bases[1][p].0.as_bytes().first())
            .filter(|c| c.is_ascii_lowercase());
        if let Some(&c) = second {
            let next = self.next_letters(pick[0], bases, starts);
            if next & NEXT_KNOWN != 0 && next & (1 << (c - b'a')) == 0 {
                if let Some(at) = at {
                    starts.filter[at] = ASKED;
                }
                return ASKED;
            }
        }
        let start = &mut starts.buf;
        start.clear();
        for (k, &p) in pick.iter().enumerate() {
            start.push_str(&bases[k][p].0);
        }
        let answer =
            self.index.bloom().ask(start).1 | ASKED | if start.is_empty() { EMPTY } else { 0 };
        if let Some(at) = at {
            starts.filter[at] = answer;
        }
        answer
    }

    /// [`Matcher::keyed_langs`] of the first word's base in `pick`, less the languages in which
    /// the key of the second word's base (in a window of two words) cannot follow it in any key:
    /// its first letter is not among those that the key starts let follow the first word's key
    /// ([`Matcher::key_next_letters`]).
    fn keyed_pair_langs(
        &self,
        pick: &[usize],
        bases: &[&[Base]],
        starts: &mut Starts,
        tokens: &mut Tokens,
    ) -> u8 {
        let mut langs = self.keyed_langs(pick[0], bases, starts, tokens);
        if let [p0, p1] = *pick {
            for lang in self.keys.langs() {
                let bit = 1 << super::tokens::slot(lang);
                if langs & bit == 0 {
                    continue;
                }
                let second = tokens
                    .key_of_fold(&bases[1][p1].0, lang)
                    .and_then(|k| k.as_bytes().first().copied())
                    .filter(u8::is_ascii_lowercase);
                let Some(c) = second else {
                    continue;
                };
                let next = self.key_next_letters(p0, lang, bases, starts, tokens);
                if next & NEXT_KNOWN != 0 && next & (1 << (c - b'a')) == 0 {
                    langs &= !bit;
                }
            }
        }
        langs
    }

    /// The letters (`a` to `z`, bits 0 to 25) that may follow the romanisation key in `lang` of
    /// the first word's base `p` in the start of a key of `lang`, with [`NEXT_KNOWN`]; 0 (not
    /// known) for a word not met as a first word before (as [`Matcher::next_letters`]).
    fn key_next_letters(
        &self,
        p: usize,
        lang: crate::translit::Lang,
        bases: &[&[Base]],
        starts: &mut Starts,
        tokens: &mut Tokens,
    ) -> u32 {
        let slot = super::tokens::slot(lang);
        if starts.first.key_next[p][slot] & NEXT_KNOWN == 0 && starts.first.met {
            starts.first.key_next[p][slot] = match tokens.key_of_fold(&bases[0][p].0, lang) {
                Some(k) => letters_after(k, &mut starts.buf, |s| self.keys.may_start(lang, s)),
                None => NEXT_KNOWN,
            };
        }
        starts.first.key_next[p][slot]
    }

    /// The letters (`a` to `z`, bits 0 to 25) that the filter lets follow the first word's base
    /// `p` in a start, with [`NEXT_KNOWN`]; 0 (not known) for a word not met as a first word
    /// before (asking for every letter costs more than the windows of one word ask).
    fn next_letters(&self, p: usize, bases: &[&[Base]], starts: &mut Starts) -> u32 {
        if starts.first.next[p] & NEXT_KNOWN == 0 && starts.first.met {
            starts.first.next[p] = letters_after(&bases[0][p].0, &mut starts.buf, |s| {
                self.index.bloom().ask(s).1 & (MAY_GO_ON | MAY_BE_KEY) != 0
            });
        }
        starts.first.next[p]
    }

    /// The languages (a bit each, as [`super::tokens::slot`]) in which the romanisation key of
    /// the first word's base `p` starts some key (remembered in `starts`); with none,
    /// [`Matcher::declined_key_hit`] finds nothing with it.
    fn keyed_langs(
        &self,
        p: usize,
        bases: &[&[Base]],
        starts: &mut Starts,
        tokens: &mut Tokens,
    ) -> u8 {
        if starts.first.keyed[p] == 0 {
            let fold = &bases[0][p].0;
            let mut mask = ASKED;
            for lang in self.keys.langs() {
                if tokens
                    .key_of_fold(fold, lang)
                    .is_some_and(|k| self.keys.first_ok(lang, k))
                {
                    mask |= 1 << super::tokens::slot(lang);
                }
            }
            starts.first.keyed[p] = mask;
        }
        starts.first.keyed[p] & !ASKED
    }

    /// The match of the window of `len` tokens at `span` of `text` when `key`, its words read
    /// back to bases (`base_text`, as written; the first `first_len` bytes long), is an indexed
    /// spelling that the window declines.
    fn declined_hit(
        &self,
        (key, first_len, base_text, langs): (&str, usize, &str, u16),
        tokens: &Tokens,
        len: usize,
        text: &str,
        span: std::ops::Range<usize>,
    ) -> Option<Match> {
        let written = text.get(span.clone())?;
        let target = self
            .index
            .find(hash_str(key), key, first_len, true, written)?;
        let window = tokens.key(0, len - 1);
        let declines = |entry: u32, spelling: &str| {
            let e = self.entry(entry as usize);
            let mut buf = String::new();
            paradigms(e.kind, &e.lang).iter().any(|&p| {
                in_langs(langs).any(|lang| {
                    declension::forms(lang, spelling, p).iter().any(|f| {
                        spelling_key(f, &mut buf);
                        buf == window
                    })
                })
            })
        };
        let short = |entries: Vec<usize>| Match {
            start: span.start,
            end: span.end,
            kind: MatchKind::Short,
            entry: None,
            candidates: entries,
            spelling: None,
            canonical: None,
            rival: false,
            alone: false,
            in_full: false,
            pending: super::Pending::No,
            hangul: false,
        };
        match target {
            Resolved::One(s) | Resolved::Exact(s, _) => {
                // The indexed spelling stands for every spelling of its key: the words read back
                // from the text (Kazań, from `w Kazaniu`) may be the one that declines into it,
                // where the indexed one (Kazan) does not.
                let spelling = self.index.spelling_text(s.id);
                if !declines(s.entry, spelling) && !declines(s.entry, base_text) {
                    return None;
                }
                let e = self.entry(s.entry as usize);
                if e.kind == Kind::Person && len == 1 {
                    // One declined word of a person's name: a short form.
                    return Some(short(vec![s.entry as usize]));
                }
                Some(Match {
                    start: span.start,
                    end: span.end,
                    kind: MatchKind::Variant,
                    entry: Some(s.entry as usize),
                    candidates: Vec::new(),
                    spelling: Some(s.id),
                    canonical: Some(s.canon),
                    rival: false,
                    alone: false,
                    in_full: false,
                    pending: super::Pending::No,
                    hangul: false,
                })
            }
            Resolved::Short(entries) => {
                // A short form: the base is the text's word read back.
                let first = *entries.first()?;
                declines(first, base_text)
                    .then(|| short(entries.iter().map(|&e| e as usize).collect()))
            }
            Resolved::Ambiguous(_) => None,
        }
    }
}
