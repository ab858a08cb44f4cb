//! The tokenizer of the matcher: splits text into words with byte spans and folds each word.
//!
//! A token is a maximal run of word characters of one script class (Latin/Cyrillic/Greek words,
//! Hangul words); every Han ideograph or kana is a token of its own, because Chinese and Japanese
//! text has no spaces. The folds of all tokens are written one after another into one buffer, so
//! the key of any window of consecutive tokens is a contiguous slice of it: no copying while the
//! matcher tries longer and longer windows.

use super::words::ascii_word_end;
use crate::fold::{classify, fold_char, CharClass};
use crate::translit::Lang;
use rustc_hash::FxHashMap;

/// What separates a token from the next one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Nothing: adjacent ideographs, or a change of script inside a word.
    Adjacent,
    /// Only apostrophe-like and hyphen-like characters ("Jong-un", "P'yongyang").
    Joiner,
    /// White space (at most one line break), possibly with joiners.
    Space,
    /// Punctuation, a paragraph break, a long gap or the end of the text: a name cannot continue.
    #[default]
    Break,
}

/// The script class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    /// Latin, Cyrillic, Greek, digits...
    Word,
    /// Hangul.
    Hangul,
    /// One Han ideograph or kana.
    Ideograph,
}

/// One token: its byte span in the text, the span of its fold in [`Tokens::folded`], what follows it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub fstart: u32,
    pub fend: u32,
    pub script: Script,
    pub gap: Gap,
    /// The token starts with an uppercase letter (names in running text usually do).
    pub upper: bool,
}

/// Longest run of separators allowed between two parts of a name.
const MAX_GAP_CHARS: usize = 8;

/// Add the token `tok` that ends at `end` (its fold is the end of `folded`).
fn finish(
    toks: &mut Vec<Token>,
    folded: &str,
    (start, script, upper, fstart): (usize, Script, bool, u32),
    end: usize,
    gap: Gap,
) {
    toks.push(Token {
        start,
        end,
        fstart,
        fend: folded.len() as u32,
        script,
        gap,
        upper,
    });
}

/// Is `word` two words written as one: a lowercase letter followed by a capital (`UnKim`)?
pub(super) fn glued(word: &str) -> bool {
    // The usual word: ASCII, at most eight letters, all at once.
    let b = word.as_bytes();
    if b.len() <= 8 {
        let mut a = [0u8; 8];
        a[..b.len()].copy_from_slice(b);
        let x = u64::from_le_bytes(a);
        const HIGH: u64 = 0x8080_8080_8080_8080;
        if x & HIGH == 0 {
            // Each byte below 0x80: adding `0x80 - lo` sets its high bit when it is `lo` or
            // more, with no carry into the next byte.
            let at_least = |lo: u8| x.wrapping_add(u64::from(0x80 - lo) * 0x0101_0101_0101_0101);
            let upper = at_least(b'A') & !at_least(b'Z' + 1) & HIGH;
            let lower = at_least(b'a') & !at_least(b'z' + 1) & HIGH;
            // A lowercase letter (byte i) before a capital (byte i + 1).
            return (lower << 8) & upper != 0;
        }
    }
    glued_bytes(word)
}

/// [`glued`] byte by byte (ASCII), or character by character.
fn glued_bytes(word: &str) -> bool {
    let mut prev_lower = false;
    for &b in word.as_bytes() {
        if !b.is_ascii() {
            return glued_chars(word);
        }
        if prev_lower && b.is_ascii_uppercase() {
            return true;
        }
        prev_lower = b.is_ascii_lowercase();
    }
    false
}

/// [`glued`] character by character.
fn glued_chars(word: &str) -> bool {
    let mut prev_lower = false;
    word.chars().any(|c| {
        let glue = prev_lower && c.is_uppercase();
        prev_lower = c.is_lowercase();
        glue
    })
}

/// Append the fold of the ASCII word that starts at byte `i` of `text` (its lowercase) to
/// `folded`; returns where the word ends.
fn fold_ascii_word(text: &str, i: usize, folded: &mut String) -> usize {
    let k = ascii_word_end(text.as_bytes(), i);
    let old = folded.len();
    folded.push_str(&text[i..k]);
    folded[old..].make_ascii_lowercase();
    k
}

/// Where a lazy tokenization stands (see [`Tokens::more`]).
#[derive(Clone, Copy, Debug, Default)]
struct Lazy {
    /// Byte offset where tokenizing goes on.
    pos: usize,
    /// The token being built: start, script, capitalised, start of its fold.
    cur: Option<(usize, Script, bool, u32)>,
    /// The gap after the last finished token so far.
    gap_chars: usize,
    gap_newlines: usize,
    gap_space: bool,
    gap_break: bool,
    /// The last separator was a joiner (a hyphen), and a line break followed it: a word
    /// hyphenated at the end of a line ("Vladi-⏎vostok") goes on after the break.
    gap_after_joiner: bool,
    gap_hyphenated: bool,
    /// A joiner came after a space in the gap (see [`Lazy::separator`]).
    gap_spaced_joiner: bool,
    stop_at_break: bool,
    done: bool,
}

impl Lazy {
    /// A separator of class `class` follows the last token.
    #[inline]
    fn separator(&mut self, class: CharClass, newline: bool) {
        self.gap_chars += 1;
        match class {
            CharClass::Space => {
                self.gap_space = true;
                self.gap_newlines += usize::from(newline);
                self.gap_hyphenated |= newline && self.gap_after_joiner;
            }
            // A hyphen or an apostrophe after a space is a dash or a quotation mark set off
            // from the word before (`Vladimir - Putin`, `Vladimir ' Putin`), not a joiner inside
            // a name: a name does not run across it, unless a line break follows it (a word
            // hyphenated at a line's end, `Kim -⏎Jong`).
            CharClass::Joiner if self.gap_space && !self.gap_after_joiner => {
                self.gap_spaced_joiner = true;
            }
            CharClass::Joiner => {}
            _ => self.gap_break = true,
        }
        self.gap_after_joiner = class == CharClass::Joiner;
        if self.stop_at_break && self.breaks() {
            self.done = true;
        }
    }

    /// A token starts after a gap (no token is being built): the gap is final, and the next one
    /// starts empty.
    #[inline]
    fn start_token(&mut self, toks: &mut [Token], tok: (usize, Script, bool, u32)) {
        if let Some(last) = toks.last_mut() {
            last.gap = if self.breaks() || self.gap_spaced_joiner && !self.gap_hyphenated {
                Gap::Break
            } else if self.gap_space && !self.gap_hyphenated {
                Gap::Space
            } else {
                Gap::Joiner
            };
        }
        self.gap_chars = 0;
        self.gap_newlines = 0;
        self.gap_space = false;
        self.gap_break = false;
        self.gap_after_joiner = false;
        self.gap_hyphenated = false;
        self.gap_spaced_joiner = false;
        self.cur = Some(tok);
    }

    /// Has the gap so far become one that a name cannot cross?
    fn breaks(&self) -> bool {
        self.gap_break || self.gap_chars > MAX_GAP_CHARS || self.gap_newlines > 1
    }
}

/// The tokens of one text and the folds of all of them, back to back.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub toks: Vec<Token>,
    pub folded: String,
    /// State of a lazy tokenization.
    lazy: Lazy,
    /// Tokens already made, past `toks`, and where the next to hand out is (see
    /// [`Tokens::rebase`]): [`Tokens::more`] hands them out before it tokenizes again. Their
    /// folds are in `folded`, after those of `toks`.
    carry: Vec<Token>,
    carry_at: usize,
    /// The gap after the last token of `toks` while tokens are carried: it shows as it would
    /// in a fresh tokenization that made no more tokens (see [`Tokens::more`]).
    carry_gap: Gap,
    /// The text (address and length) of the window being tokenized (see [`Tokens::begin_window`]).
    window: Option<(usize, usize)>,
    /// Romanisation keys of folded words already seen (ko, zh, ru), kept across calls: running
    /// text repeats its capitalised words. By fold, the place of its keys in `key_slots`.
    key_cache: FxHashMap<Box<str>, u32>,
    key_slots: Vec<CachedKeys>,
    /// By token, the place of its keys in `key_slots` once asked for ([`NO_SLOT`] before): a
    /// window is tried in each language, word by word, and each word is looked up once.
    tok_keys: Vec<u32>,
    /// For the scan's filter: by the hash of a word's fold, the languages in which it can start
    /// a keyed name.
    start_cache: FxHashMap<u64, u8>,
    /// The declension stems of words already seen (see [`super::declined`]): fold, as written,
    /// and the languages (a bit each) that read the word so. Running text repeats its names.
    pub stem_cache: super::declined::Stems,
    /// By token, the place of its bases in `stem_cache` once asked for (`u32::MAX` before).
    pub tok_stems: Vec<u32>,
    /// What a window of declined words yields, by the window's text (see
    /// [`super::Matcher::match_declined`]): its end and match, spans relative to the window.
    pub declined_memo: FxHashMap<Box<str>, Option<(usize, super::Match)>>,
    /// What the romanisation keys find at the start of a window, by the window's text (see
    /// [`super::Matcher::probe_keys_at_start`]): the last token and the key that met, in which
    /// language. Apart by whether tokenizing ended within the window (index 1) or not (0).
    pub keys_memo: [FxHashMap<Box<str>, Option<KeyFound>>; 2],
    /// The hashes of windows met once, by their low bits (see [`Tokens::seen_before`]).
    seen: Vec<u64>,
    /// The tokens of the scans of the words before a short form with its replacement after them
    /// (see `Matcher::replacement_joins_before`), made when first needed.
    pub rescan: Option<Box<Tokens>>,
    /// These are such tokens: a short form found with them is not asked about again.
    pub rescanning: bool,
    /// A buffer of the declined-name windows, kept between them (see
    /// [`super::Matcher::match_declined`]).
    pub declined_scratch: String,
}

/// The romanisation keys of one word in each language, and in which languages the word can
/// start a keyed name (a bit per language, computed when first asked for: a word met first as
/// the second part of a name has not been asked yet).
#[derive(Debug)]
struct CachedKeys {
    keys: [Option<Box<str>>; 3],
    starts: Option<u8>,
}

/// What the romanisation keys found at the start of a window: its last token, the language and
/// the key (see [`Tokens::keys_memo`]).
pub(crate) type KeyFound = (usize, Lang, Box<str>);

/// The hashes of windows that [`Tokens::seen_before`] keeps.
const SEEN_SLOTS: usize = 1 << 12;

/// A token whose keys have not been asked for yet (see [`Tokens::tok_keys`]).
const NO_SLOT: u32 = u32::MAX;

/// The place in `slots` of the keys of the folded word `word`, found by `cache` or computed now.
/// The caches start afresh when they are full (`tok_keys`, which points into `slots`, too).
fn key_slot(
    cache: &mut FxHashMap<Box<str>, u32>,
    slots: &mut Vec<CachedKeys>,
    tok_keys: &mut Vec<u32>,
    word: &str,
) -> u32 {
    if let Some(&s) = cache.get(word) {
        return s;
    }
    if slots.len() > 1 << 16 {
        cache.clear();
        slots.clear();
        tok_keys.clear();
    }
    let s = slots.len() as u32;
    slots.push(CachedKeys {
        keys: word_keys(word),
        starts: None,
    });
    cache.insert(word.into(), s);
    s
}

/// The romanisation keys of a folded word in each language (by [`slot`]).
fn word_keys(word: &str) -> [Option<Box<str>>; 3] {
    [Lang::Ko, Lang::Zh, Lang::Ru].map(|l| super::keys::key(l, &[word]).map(String::into_boxed_str))
}

/// The languages (a bit by [`slot`]) whose key of a word, among `keys`, can start a keyed name.
fn starts_mask(keys: &[Option<Box<str>>; 3], starts: impl Fn(Lang, &str) -> bool) -> u8 {
    let mut mask = 0;
    for l in [Lang::Ko, Lang::Zh, Lang::Ru] {
        if keys[slot(l)].as_deref().is_some_and(|k| starts(l, k)) {
            mask |= 1 << slot(l);
        }
    }
    mask
}

/// The place of `lang`'s key in [`CachedKeys`], and its bit in the masks of
/// [`Tokens::key_starts`].
pub(super) fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Ko => 0,
        Lang::Zh => 1,
        Lang::Ru | Lang::Uk | Lang::Be => 2,
    }
}

impl Tokens {
    /// Tokenize `text`. Reuses the buffers of `self`.
    pub fn tokenize(&mut self, text: &str) {
        self.begin(false);
        self.more(text, usize::MAX);
    }

    /// Start tokenizing a text lazily: [`Tokens::more`] then makes tokens as they are needed.
    /// With `stop_at_break`, tokenizing ends at the first gap that a name cannot cross (the
    /// tokens of a window that starts a name are all that is wanted).
    pub fn begin(&mut self, stop_at_break: bool) {
        self.toks.clear();
        self.carry.clear();
        self.carry_at = 0;
        self.folded.clear();
        self.tok_keys.clear();
        self.tok_stems.clear();
        self.window = None;
        self.lazy = Lazy {
            stop_at_break,
            ..Lazy::default()
        };
    }

    /// [`Tokens::begin`] with `stop_at_break` on `text`, unless the tokens are already those of
    /// this very text since the last [`Tokens::forget_window`]: the scan tries several kinds of
    /// names at one word (a name, then a declined name), on the same window.
    pub fn begin_window(&mut self, text: &str) {
        let id = (text.as_ptr() as usize, text.len());
        if self.window != Some(id) && !self.rebase(id) {
            self.begin(true);
        }
        self.window = Some(id);
    }

    /// Make the tokens of the window `id` (address and length) out of those of the window before,
    /// when the new one is the old one from one of its tokens on (the scan's next word): the
    /// tokens from there on are the same (tokenizing ran without a break up to them, and starts
    /// afresh at a word), so they are kept and handed out again by [`Tokens::more`], not made
    /// again. Each word of a run of names is then tokenized and folded once, not once for
    /// every window that reaches it. Returns whether it did.
    fn rebase(&mut self, (at, len): (usize, usize)) -> bool {
        let Some((old_at, old_len)) = self.window else {
            return false;
        };
        if at <= old_at || at + len != old_at + old_len {
            return false;
        }
        let delta = at - old_at;
        // All the tokens made, in `toks`, with their gaps as made (`begin` follows if they are
        // not kept).
        if self.carry_at < self.carry.len() {
            if let Some(last) = self.toks.last_mut() {
                last.gap = self.carry_gap;
            }
            self.toks.extend_from_slice(&self.carry[self.carry_at..]);
        }
        self.carry.clear();
        self.carry_at = 0;
        let Some(k) = self.toks.iter().position(|t| t.start >= delta) else {
            return false;
        };
        // A token glued to the one before (a change of script) may be read otherwise alone (a
        // combining mark after an ideograph starts no word).
        if self.toks[k].start != delta || k > 0 && self.toks[k - 1].gap == Gap::Adjacent {
            return false;
        }
        let fdelta = self.toks[k].fstart;
        self.toks.drain(..k);
        for t in &mut self.toks {
            t.start -= delta;
            t.end -= delta;
            t.fstart -= fdelta;
            t.fend -= fdelta;
        }
        // The kept tokens are handed out again from `carry`.
        std::mem::swap(&mut self.toks, &mut self.carry);
        self.folded.drain(..fdelta as usize);
        self.tok_keys.drain(..k.min(self.tok_keys.len()));
        self.tok_stems.drain(..k.min(self.tok_stems.len()));
        let st = &mut self.lazy;
        st.pos -= delta;
        if let Some((start, _, _, fstart)) = &mut st.cur {
            *start -= delta;
            *fstart -= fdelta;
        }
        true
    }

    /// Forget which text the tokens are of: call it before [`Tokens::begin_window`] on text that
    /// may be new at an old address (a new piece in a reused buffer).
    pub fn forget_window(&mut self) {
        self.window = None;
    }

    /// Go on tokenizing `text` (the same text since [`Tokens::begin`]) until there are `want`
    /// tokens or the text ends; returns the number of tokens. The gap after token `j` is final
    /// once token `j + 1` exists or tokenizing has ended.
    pub fn more(&mut self, text: &str, want: usize) -> usize {
        if self.carry_at < self.carry.len() {
            self.hand_out(want);
            if self.carry_at < self.carry.len() || self.toks.len() >= want {
                return self.toks.len();
            }
        }
        let bytes = text.as_bytes();
        // The state is worked on in place (it is large enough that copying it in and out costs).
        let Tokens {
            toks,
            folded,
            lazy: st,
            ..
        } = self;
        while !st.done && toks.len() < want {
            let i = st.pos;
            if i >= bytes.len() {
                if let Some(tok) = st.cur.take() {
                    finish(toks, folded, tok, bytes.len(), Gap::Break);
                }
                st.done = true;
                break;
            }
            let b = bytes[i];
            if b < 0x80 && !b.is_ascii_alphanumeric() {
                // An ASCII separator: no character to decode, no script to find.
                if let Some(tok) = st.cur.take() {
                    finish(toks, folded, tok, i, Gap::Break);
                }
                st.separator(classify(char::from(b)), b == b'\n');
                st.pos = i + 1;
                continue;
            }
            if b < 0x80 && st.cur.is_none() {
                // An ASCII word (the usual case): a token of its own, folded in one go.
                st.start_token(
                    toks,
                    (i, Script::Word, b.is_ascii_uppercase(), folded.len() as u32),
                );
                st.pos = fold_ascii_word(text, i, folded);
                continue;
            }
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                match text[i..].chars().next() {
                    Some(c) => (c, c.len_utf8()),
                    None => {
                        st.pos = bytes.len();
                        continue;
                    }
                }
            };
            let class = classify(c);
            let script = match class {
                // A combining mark with no letter before it starts no word (see `fold::is_mark`).
                CharClass::Word if st.cur.is_none() && crate::fold::is_mark(c) => None,
                CharClass::Word => Some(Script::Word),
                CharClass::Hangul => Some(Script::Hangul),
                CharClass::Ideograph => Some(Script::Ideograph),
                _ => None,
            };
            match script {
                Some(script) => {
                    let continues = matches!(st.cur, Some((_, s, _, _)) if s == script && script != Script::Ideograph);
                    if !continues {
                        let tok = (i, script, c.is_uppercase(), folded.len() as u32);
                        match st.cur.take() {
                            // Adjacent to the token before (a change of script, an ideograph).
                            Some(before) => {
                                finish(toks, folded, before, i, Gap::Adjacent);
                                st.cur = Some(tok);
                            }
                            None => st.start_token(toks, tok),
                        }
                    }
                    if b < 0x80 {
                        // Fast path: the rest of an ASCII word in one go.
                        st.pos = fold_ascii_word(text, i, folded);
                        continue;
                    } else {
                        fold_char(c, folded);
                    }
                }
                None => {
                    if let Some(tok) = st.cur.take() {
                        finish(toks, folded, tok, i, Gap::Break);
                    }
                    st.separator(class, c == '\n');
                }
            }
            st.pos = i + len;
        }
        toks.len()
    }

    /// Hand out carried tokens (see [`Tokens::rebase`]) until there are `want`. The last one
    /// handed out shows the gap after it as a fresh tokenization that stopped there would (a
    /// break, unless the next token is glued to it): what reads a gap before asking for the
    /// token after it reads what it read before tokens were carried.
    fn hand_out(&mut self, want: usize) {
        if let Some(last) = self.toks.last_mut() {
            last.gap = self.carry_gap;
        }
        while self.toks.len() < want && self.carry_at < self.carry.len() {
            self.toks.push(self.carry[self.carry_at]);
            self.carry_at += 1;
        }
        if self.carry_at < self.carry.len() {
            if let Some(last) = self.toks.last_mut() {
                self.carry_gap = last.gap;
                if last.gap != Gap::Adjacent {
                    last.gap = Gap::Break;
                }
            }
        }
    }

    /// Has tokenizing ended (at a break, with `stop_at_break`, or at the end of the text)?
    pub fn done(&self) -> bool {
        self.lazy.done && self.carry_at == self.carry.len()
    }

    /// The fold of tokens `i..=j`, separators dropped.
    #[inline]
    pub fn key(&self, i: usize, j: usize) -> &str {
        &self.folded[self.toks[i].fstart as usize..self.toks[j].fend as usize]
    }

    /// The languages (bits ko, zh, ru) in which a word can start a keyed name; `hash` is the
    /// hash of its fold, `word` the word (folded here only when it was not seen before).
    pub fn key_starts_hashed(
        &mut self,
        hash: u64,
        word: &str,
        starts: impl Fn(Lang, &str) -> bool,
    ) -> u8 {
        if let Some(&mask) = self.start_cache.get(&hash) {
            return mask;
        }
        let folded = crate::fold::fold(word);
        let mask = starts_mask(&word_keys(&folded), starts);
        if self.start_cache.len() > 1 << 16 {
            self.start_cache.clear();
        }
        self.start_cache.insert(hash, mask);
        mask
    }

    /// The cached keys of token `i` (computed now if they are not yet).
    fn cached(&mut self, i: usize) -> Option<&mut CachedKeys> {
        if let Some(&s) = self.tok_keys.get(i).filter(|&&s| s != NO_SLOT) {
            return self.key_slots.get_mut(s as usize);
        }
        let word = &self.folded[self.toks[i].fstart as usize..self.toks[i].fend as usize];
        let s = key_slot(
            &mut self.key_cache,
            &mut self.key_slots,
            &mut self.tok_keys,
            word,
        );
        if self.tok_keys.len() <= i {
            self.tok_keys.resize(i + 1, NO_SLOT);
        }
        self.tok_keys[i] = s;
        self.key_slots.get_mut(s as usize)
    }

    /// The languages (bits by [`Lang`] order ko, zh, ru) in which token `i` can start a keyed
    /// name, as decided by `starts` (called once per distinct word: the cache assumes one matcher).
    pub fn key_starts(&mut self, i: usize, starts: impl Fn(Lang, &str) -> bool) -> u8 {
        self.cached(i)
            .map_or(0, |CachedKeys { keys, starts: mask }| {
                *mask.get_or_insert_with(|| starts_mask(keys, starts))
            })
    }

    /// Call `f` with the romanisation key of token `i` in `lang`, if the token parses in that
    /// language. Keys are computed once per distinct word and cached.
    pub fn with_key<R>(&mut self, lang: Lang, i: usize, f: impl FnOnce(&str) -> R) -> Option<R> {
        self.cached(i)?.keys[slot(lang)].as_deref().map(f)
    }

    /// The romanisation key in `lang` of a folded word that need not be a token (a declension
    /// stem), cached as the tokens' keys are.
    pub fn key_of_fold(&mut self, word: &str, lang: Lang) -> Option<&str> {
        let s = key_slot(
            &mut self.key_cache,
            &mut self.key_slots,
            &mut self.tok_keys,
            word,
        );
        self.key_slots.get(s as usize)?.keys[slot(lang)].as_deref()
    }

    /// Is a window with this `hash` recorded by [`Tokens::seen_before`] (without recording it)?
    /// A memory that takes a window only once it was seen need not be asked for one that was
    /// not: in a run of different names, most are not.
    pub fn seen(&self, hash: u64) -> bool {
        self.seen
            .get((hash as usize) & (SEEN_SLOTS - 1))
            .is_some_and(|&h| h == hash)
    }

    /// Was a window with this `hash` met before (a recent one with the same low bits: a guess
    /// that may be wrong either way)? Records it. A memory keyed by long windows takes a window
    /// only the second time: in a run of different names each window is new, and remembering
    /// it would cost an allocation and fill the memory for nothing.
    pub fn seen_before(&mut self, hash: u64) -> bool {
        if self.seen.is_empty() {
            self.seen = vec![0; SEEN_SLOTS];
        }
        let slot = &mut self.seen[(hash as usize) & (SEEN_SLOTS - 1)];
        let before = *slot == hash;
        *slot = hash;
        before
    }

    /// The fold of token `i`.
    #[inline]
    pub fn fold_of(&self, i: usize) -> &str {
        self.key(i, i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_words_are_told_alike_at_every_length() {
        for (word, want) in [
            ("UnKim", true),
            ("Kim", false),
            ("KIM", false),
            ("kimJ", true),
            ("aB", true),
            ("Ab", false),
            ("McDonald", true),
            ("Pyongyang", false),
            ("PyongyangKim", true),
            ("PYONGYANGkim", false),
            ("x1Y", false),
            ("ÉmileZola", true),
            ("Émile", false),
            ("putinЛавров", true),
            ("", false),
        ] {
            assert_eq!(glued(word), want, "{word}");
            assert_eq!(glued_chars(word), want, "{word}");
        }
    }

    fn toks(text: &str) -> Vec<(String, Gap)> {
        let mut t = Tokens::default();
        t.tokenize(text);
        (0..t.toks.len())
            .map(|i| (t.fold_of(i).to_string(), t.toks[i].gap))
            .collect()
    }

    #[test]
    fn where_a_word_can_start_a_keyed_name_does_not_depend_on_what_was_asked_first() {
        // A word first met as the second part of a name (its key asked for) must still be found
        // to start a name later: what is cached is the same whichever question came first.
        let starts = |l: Lang, k: &str| l == Lang::Zh && k.starts_with("li");
        let mut fresh = Tokens::default();
        fresh.tokenize("Li");
        let want = fresh.key_starts(0, starts);
        assert_ne!(want, 0);
        let mut t = Tokens::default();
        t.tokenize("Li");
        assert!(t.with_key(Lang::Zh, 0, str::len).is_some());
        assert_eq!(t.key_starts(0, starts), want);
    }

    #[test]
    fn gaps_between_name_parts() {
        let t = toks("Kim Jong-un’s  visit.\n\nNext");
        assert_eq!(t[0], ("kim".into(), Gap::Space));
        assert_eq!(t[1], ("jong".into(), Gap::Joiner));
        assert_eq!(t[2], ("un".into(), Gap::Joiner));
        assert_eq!(t[3], ("s".into(), Gap::Space));
        assert_eq!(t[4], ("visit".into(), Gap::Break));
        // An en dash may join the parts of a name; an em dash sets off a clause.
        let t = toks("Jong–un Punggye — Li Punggye—Li");
        assert_eq!(t[0], ("jong".into(), Gap::Joiner));
        assert_eq!(t[2], ("punggye".into(), Gap::Break));
        assert_eq!(t[4], ("punggye".into(), Gap::Break));
    }

    #[test]
    fn a_spaced_dash_or_quote_ends_a_name() {
        let t = toks("Vladimir - Putin Vladimir ' Putin Jong-un");
        assert_eq!(t[0].1, Gap::Break);
        assert_eq!(t[2].1, Gap::Break);
        assert_eq!(t[3].1, Gap::Space);
        assert_eq!(t[4].1, Gap::Joiner);
    }

    #[test]
    fn a_word_hyphenated_at_the_end_of_a_line_goes_on() {
        let t = toks("Vladi-\nvostok Kim -\nJong Kim\nJong");
        assert_eq!(t[0], ("vladi".into(), Gap::Joiner));
        assert_eq!(t[2].1, Gap::Joiner);
        assert_eq!(t[4].1, Gap::Space);
    }

    #[test]
    fn paragraph_break_ends_a_name() {
        let t = toks("Kim\nJong\n\nUn");
        assert_eq!(t[0].1, Gap::Space);
        assert_eq!(t[1].1, Gap::Break);
    }

    #[test]
    fn ideographs_are_single_tokens() {
        let t = toks("习近平会见了刘国中");
        assert_eq!(t.len(), 9);
        assert_eq!(t[0], ("习".into(), Gap::Adjacent));
    }

    #[test]
    fn offsets_are_char_boundaries() {
        let text = "Ким Чен Ын, 김정은이 P’yŏngyang";
        let mut t = Tokens::default();
        t.tokenize(text);
        for tok in &t.toks {
            assert!(text.is_char_boundary(tok.start) && text.is_char_boundary(tok.end));
        }
        assert_eq!(&text[t.toks[5].start..t.toks[5].end], "yŏngyang");
    }
}
