//! Romanisation keys: one key per language that folds the differences between romanisation
//! systems (Korean ŏ/eo/o, k/g, ch/j...; Wade–Giles and pinyin syllables; Russian y/i/j, kh/h,
//! -sky/-ski...), so that spellings no scheme produced still meet their entry. The keys themselves
//! are computed by the transliteration modules, syllable by syllable; this module indexes them.
//!
//! Keys are a lower tier of evidence than listed or generated spellings: two entries that meet on
//! a key are never merged, the match is reported as ambiguous.

use super::bytes::{Reader, Writer};
use super::index::{Payload, Table};
use super::words::{hash_str, prefix_hashes};
use crate::fold::{fold_tokens, fold_tokens_into};
use crate::translit::{cyrillic, hangul, hanzi, Lang};
use rustc_hash::{FxHashMap, FxHashSet};

/// Is this folded token a Russian patronymic (Latin or Cyrillic)? The fact is Russian grammar's.
pub(crate) use crate::translit::cyrillic::is_patronymic;

/// Keys of single tokens by language slot and token, a buffer to spell a look-up in, and buffers
/// for the folded tokens of a spelling and for its key.
#[derive(Default)]
struct Memo {
    keys: FxHashMap<Box<str>, Option<Box<str>>>,
    id: String,
    folded: String,
    ends: Vec<usize>,
    key: String,
}

/// The key of one folded token in `lang`, remembered in `keys` (`id` is scratch space).
fn token_key<'m>(
    keys: &'m mut FxHashMap<Box<str>, Option<Box<str>>>,
    id: &mut String,
    lang: Lang,
    token: &str,
) -> Option<&'m str> {
    id.clear();
    id.push(char::from(b'0' + slot(lang) as u8));
    id.push_str(token);
    if !keys.contains_key(id.as_str()) {
        if keys.len() >= 1 << 16 {
            keys.clear();
        }
        let k = key(lang, &[token]).map(String::into_boxed_str);
        keys.insert(id.as_str().into(), k);
    }
    keys.get(id.as_str())?.as_deref()
}

thread_local! {
    /// Keys of single tokens already computed on this thread, by the language's slot and the
    /// token: a large glossary repeats its surnames and first names in entry after entry.
    static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Default::default());
}

/// The romanisation key of folded Latin tokens in `lang`.
pub(crate) fn key(lang: Lang, tokens: &[&str]) -> Option<String> {
    if tokens.is_empty()
        || !tokens
            .iter()
            .all(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return None;
    }
    match lang {
        Lang::Ko => hangul::latin_key(tokens),
        Lang::Zh => {
            // Tone numbers of numbered pinyin ("Xi2 Jin4ping2") carry nothing for matching;
            // other digits ("Jinping5", "Nam2017": a number glued to a word) make no name.
            if tokens.iter().any(|t| t.bytes().any(|b| b.is_ascii_digit())) {
                if !tokens
                    .iter()
                    .all(|t| !t.bytes().any(|b| b.is_ascii_digit()) || hanzi::is_numbered_pinyin(t))
                {
                    return None;
                }
                let stripped: Vec<String> = tokens
                    .iter()
                    .map(|t| t.replace(|c: char| c.is_ascii_digit(), ""))
                    .collect();
                let refs: Vec<&str> = stripped.iter().map(String::as_str).collect();
                return refs
                    .iter()
                    .all(|t| !t.is_empty())
                    .then(|| hanzi::latin_key(&refs))
                    .flatten();
            }
            hanzi::latin_key(tokens)
        }
        // Ukrainian and Belarusian names are keyed like Russian ones: one Cyrillic key for the
        // Latin spellings of every East Slavic name.
        Lang::Ru | Lang::Uk | Lang::Be => cyrillic::latin_key(tokens),
    }
}

/// [`Payload::tag`] of a key, while keys are built, that one entry's spelling resolves to (`a`
/// the entry, `b` the spelling): nearly every key, kept in its slot without an allocation.
const ONE: u8 = 0;
/// [`Payload::tag`] of a key, while keys are built, that several entries meet: `a` numbers its
/// lists in [`KeysBuilder::many`].
const MANY: u8 = 1;

/// What a key resolves to: the entries that have it (several: ambiguous) and the spelling (index
/// id) met for each.
#[derive(Clone, Copy, Debug)]
pub(crate) struct KeyTarget<'a> {
    entries: &'a [u32],
    spellings: &'a [u32],
}

impl<'a> KeyTarget<'a> {
    /// The entries, each once (never none).
    pub fn entries(&self) -> &'a [u32] {
        self.entries
    }

    /// The spelling met for each of [`KeyTarget::entries`].
    pub fn spellings(&self) -> &'a [u32] {
        self.spellings
    }
}

/// The keys of one spelling, computed before indexing: its key, in which the first token's key
/// and (for a Russian person) the surname's are slices.
#[derive(Debug)]
pub(crate) struct Prepared {
    lang: Lang,
    key: Box<str>,
    /// Length of the first token's key.
    first: u16,
    tokens: u16,
    /// Where the surname's key starts, and the first name's initial.
    surname: Option<(u16, char)>,
    /// The [`hash_str`] of the key (made with the key, on any thread).
    hash: u64,
}

impl Prepared {
    fn first(&self) -> &str {
        self.key.get(..usize::from(self.first)).unwrap_or_default()
    }

    fn surname(&self) -> Option<(&str, char)> {
        self.surname
            .and_then(|(at, c)| Some((self.key.get(usize::from(at)..)?, c)))
    }
}

/// The key indexes of every language, as they are built (see [`LangKeys`]).
///
/// A key is put in its language's [`Table`] as it is met, as the index's keys are: its slot holds
/// the one entry and spelling that most keys have ([`ONE`]), or the number of the lists of the few
/// that several entries meet ([`MANY`]); the payloads become places in one list of numbers when
/// the keys are finished, in place.
#[derive(Debug, Default)]
pub(crate) struct KeysBuilder {
    tables: [Table; 3],
    /// The entries of each key that several meet, in the order met, and the spelling met for each.
    many: Vec<(Vec<u32>, Vec<u32>)>,
    firsts: [FxHashSet<Box<str>>; 3],
    surnames: FxHashMap<Box<str>, Vec<(u32, char)>>,
    max_tokens: usize,
}

/// The key indexes of every language: each a key table (see [`Table`]) whose payloads name
/// where, in one list of numbers, the entries of a key are, then the spelling met for each.
#[derive(Debug, Default)]
pub(crate) struct LangKeys {
    tables: [Table; 3],
    /// For each key, its entries then their spellings (`b` of each, from `a` of its payload).
    lists: Vec<u32>,
    /// Keys of the first token of each spelling: a window whose first token's key is not here
    /// cannot meet any key.
    firsts: [FxHashSet<Box<str>>; 3],
    /// Russian people by the key of their surname, with the folded first name's initial.
    surnames: FxHashMap<Box<str>, Vec<(u32, char)>>,
    pub max_tokens: usize,
    /// Every start of every key (made when first asked for, see [`LangKeys::may_start`]).
    starts: std::sync::OnceLock<KeyStarts>,
}

/// Every start of every key of each language, at every character (the keys too), in a bit set
/// that two bits of a start's hash mark (a Bloom filter): a window whose key so far is no start
/// of a key is certainly not one, nor is any longer window. Made from the key tables, so a
/// cached index needs nothing more.
#[derive(Debug)]
struct KeyStarts {
    bits: Vec<u64>,
}

impl KeyStarts {
    /// The two bits of the start whose [`hash_str`] is `h`, in `slot`'s language.
    fn marks(&self, slot: usize, h: u64) -> [usize; 2] {
        let h = h ^ (slot as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let n = self.bits.len() * 64 - 1;
        [h as usize & n, (h >> 32) as usize & n]
    }

    fn of(tables: &[Table; 3]) -> KeyStarts {
        let bytes: usize = tables
            .iter()
            .flat_map(Table::slots_in_use)
            .map(|(_, k)| k.len() + 1)
            .sum();
        // About 16 bits per start: few false yeses.
        let mut s = KeyStarts {
            bits: vec![0; (bytes * 16 / 64).next_power_of_two().max(16)],
        };
        for (slot, table) in tables.iter().enumerate() {
            for (_, k) in table.slots_in_use() {
                let mut set = |h: u64| {
                    for b in s.marks(slot, h) {
                        s.bits[b / 64] |= 1 << (b % 64);
                    }
                };
                prefix_hashes(k, 1, &mut set);
                set(hash_str(k));
            }
        }
        s
    }

    fn may_start(&self, slot: usize, key: &str) -> bool {
        self.marks(slot, hash_str(key))
            .iter()
            .all(|&b| self.bits[b / 64] & (1 << (b % 64)) != 0)
    }
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Ko => 0,
        Lang::Zh => 1,
        Lang::Ru | Lang::Uk | Lang::Be => 2,
    }
}

/// The languages that have a key of their own, one per [`slot`] (the East Slavic languages share
/// Russian's).
pub(crate) const KEY_LANGS: [Lang; 3] = [Lang::Ko, Lang::Zh, Lang::Ru];

impl LangKeys {
    /// The keys of a romanised spelling in `lang` (pure: runs on any thread).
    pub fn prepare(lang: Lang, text: &str, person: bool) -> Option<Prepared> {
        MEMO.with(|m| {
            let Memo {
                keys,
                id,
                folded,
                ends,
                key,
            } = &mut *m.borrow_mut();
            fold_tokens_into(text, folded, ends);
            // The key of a name is the keys of its tokens one after the other in every language
            // (each transliteration module keys a name token by token), and none when one token
            // has none. The first token's and the last token's are kept apart too.
            key.clear();
            let (mut first_end, mut last_start, mut start) = (0, 0, 0);
            for (i, &end) in ends.iter().enumerate() {
                last_start = key.len();
                key.push_str(token_key(keys, id, lang, &folded[start..end])?);
                if i == 0 {
                    first_end = key.len();
                }
                start = end;
            }
            let n = ends.len();
            if n == 0 || key.len() > usize::from(u16::MAX) {
                return None;
            }
            let surname = if person && matches!(lang, Lang::Ru | Lang::Uk | Lang::Be) && n >= 2 {
                folded.chars().next().map(|c| (last_start as u16, c))
            } else {
                None
            };
            Some(Prepared {
                lang,
                hash: hash_str(key),
                key: key.as_str().into(),
                first: first_end as u16,
                tokens: n.min(usize::from(u16::MAX)) as u16,
                surname,
            })
        })
    }

    /// Could a window starting with this folded token meet a key in `lang`?
    pub fn first_ok(&self, lang: Lang, token_key: &str) -> bool {
        self.firsts[slot(lang)].contains(token_key)
    }

    /// May some key of `lang` start with `key` (or be it)? A no is certain.
    pub fn may_start(&self, lang: Lang, key: &str) -> bool {
        self.starts
            .get_or_init(|| KeyStarts::of(&self.tables))
            .may_start(slot(lang), key)
    }

    /// The target of a key.
    pub fn get(&self, lang: Lang, key: &str) -> Option<KeyTarget<'_>> {
        let p = self.tables[slot(lang)].get(hash_str(key), key)?;
        self.target(p)
    }

    /// The target a payload names (`None` when its list is not there: not in keys that were
    /// built or read).
    fn target(&self, p: Payload) -> Option<KeyTarget<'_>> {
        let (a, b) = (p.a as usize, p.b as usize);
        let list = self.lists.get(a..a.checked_add(b.checked_mul(2)?)?)?;
        let (entries, spellings) = list.split_at(b);
        Some(KeyTarget { entries, spellings })
    }

    /// Russian people whose surname has this key (or is this Cyrillic word) and whose first name
    /// starts with `initial`.
    pub fn by_initials(&self, surname: &str, initial: char) -> Vec<u32> {
        let k = key(Lang::Ru, &[surname]).unwrap_or_else(|| surname.to_string());
        let mut v: Vec<u32> = self
            .surnames
            .get(k.as_str())
            .into_iter()
            .flatten()
            .filter(|(_, i)| initials_alike(*i, initial))
            .map(|(e, _)| *e)
            .collect();
        v.dedup();
        v
    }

    /// Is there any key at all?
    pub fn has_any(&self) -> bool {
        self.tables.iter().any(|t| t.len() > 0)
    }

    /// Languages that have any key at all.
    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        KEY_LANGS
            .into_iter()
            .filter(|l| self.tables[slot(*l)].len() > 0)
    }

    /// Write the keys to a cache file: the lists, each language's table, the first tokens, the
    /// surnames.
    pub fn write(&self, w: &mut Writer) {
        w.ids(&self.lists);
        self.tables.iter().for_each(|t| t.write(w));
        for set in &self.firsts {
            w.len(set.len());
            set.iter().for_each(|s| w.str(s));
        }
        w.len(self.surnames.len());
        for (s, v) in &self.surnames {
            w.str(s);
            w.len(v.len());
            for &(e, c) in v {
                w.u32(e);
                w.u32(c as u32);
            }
        }
        w.len(self.max_tokens);
    }

    /// Read keys written by [`LangKeys::write`] for an index of `entries` entries and `spellings`
    /// spellings; `None` when the bytes are not keys or name an entry or a spelling that is not
    /// there.
    pub fn read(r: &mut Reader, entries: usize, spellings: usize) -> Option<LangKeys> {
        let lists = r.ids()?;
        let valid = |p: &Payload| {
            let (a, b) = (p.a as usize, p.b as usize);
            let Some(l) = b
                .checked_mul(2)
                .and_then(|n| lists.get(a..a.checked_add(n)?))
            else {
                return false;
            };
            let (es, ss) = l.split_at(b);
            b > 0
                && es.iter().all(|&e| (e as usize) < entries)
                && ss.iter().all(|&s| (s as usize) < spellings)
        };
        let tables = [
            Table::read(r, valid)?,
            Table::read(r, valid)?,
            Table::read(r, valid)?,
        ];
        let mut firsts: [FxHashSet<Box<str>>; 3] = Default::default();
        for set in &mut firsts {
            let n = r.len()?;
            for _ in 0..n {
                set.insert(r.str()?.into());
            }
        }
        let n = r.len()?;
        let mut surnames = FxHashMap::default();
        for _ in 0..n {
            let s: Box<str> = r.str()?.into();
            let m = r.len()?;
            let v = (0..m)
                .map(|_| {
                    let e = r.u32()?;
                    let c = char::from_u32(r.u32()?)?;
                    ((e as usize) < entries).then_some((e, c))
                })
                .collect::<Option<Vec<_>>>()?;
            surnames.insert(s, v);
        }
        let max_tokens = r.len()?;
        Some(LangKeys {
            tables,
            lists,
            firsts,
            surnames,
            max_tokens,
            starts: std::sync::OnceLock::new(),
        })
    }
}

impl KeysBuilder {
    /// Index a prepared spelling (`spelling` is its index id) of `entry`.
    pub fn insert(&mut self, p: Prepared, entry: u32, spelling: u32) {
        let slot = slot(p.lang);
        if !self.firsts[slot].contains(p.first()) {
            self.firsts[slot].insert(p.first().into());
        }
        self.max_tokens = self.max_tokens.max(usize::from(p.tokens));
        if let Some((s, initial)) = p.surname() {
            if let Some(v) = self.surnames.get_mut(s) {
                if !v.contains(&(entry, initial)) {
                    v.push((entry, initial));
                }
            } else {
                self.surnames.insert(s.into(), vec![(entry, initial)]);
            }
        }
        match self.tables[slot].get_mut(p.hash, &p.key) {
            None => self.tables[slot].insert_new(
                p.hash,
                &p.key,
                Payload {
                    tag: ONE,
                    a: entry,
                    b: spelling,
                    c: 0,
                },
            ),
            Some(t) if t.tag == ONE => {
                if t.a != entry {
                    *t = Payload {
                        tag: MANY,
                        a: self.many.len() as u32,
                        b: 0,
                        c: 0,
                    };
                    self.many.push((vec![t.a, entry], vec![t.b, spelling]));
                }
            }
            Some(t) => {
                if let Some((entries, spellings)) = self.many.get_mut(t.a as usize) {
                    if !entries.contains(&entry) {
                        entries.push(entry);
                        spellings.push(spelling);
                    }
                }
            }
        }
    }

    /// Index the surname of a Russian person's native (Cyrillic) name for look-up by initials.
    pub fn insert_native_surname(&mut self, entry: u32, native: &str) {
        let toks = fold_tokens(native);
        if let (Some(first), Some(last)) =
            (toks.first().and_then(|t| t.chars().next()), toks.last())
        {
            if toks.len() >= 2 {
                let v = self.surnames.entry(last.as_str().into()).or_default();
                if !v.contains(&(entry, first)) {
                    v.push((entry, first));
                }
            }
        }
    }

    /// The key indexes, each key's entries and spellings in one list.
    pub fn finish(mut self) -> LangKeys {
        let mut lists = Vec::new();
        for table in &mut self.tables {
            for p in table.payloads_mut() {
                let (entries, spellings) = match p.tag {
                    ONE => (std::slice::from_ref(&p.a), std::slice::from_ref(&p.b)),
                    _ => match self.many.get(p.a as usize) {
                        Some((e, s)) => (e.as_slice(), s.as_slice()),
                        None => (&[][..], &[][..]),
                    },
                };
                let a = lists.len() as u32;
                lists.extend_from_slice(entries);
                lists.extend_from_slice(spellings);
                *p = Payload {
                    tag: 0,
                    a,
                    b: entries.len() as u32,
                    c: 0,
                };
            }
            table.shrink_to_fit();
        }
        LangKeys {
            tables: self.tables,
            lists,
            firsts: self.firsts,
            surnames: self.surnames,
            max_tokens: self.max_tokens,
            starts: std::sync::OnceLock::new(),
        }
    }
}

/// Are the folded initials `a` and `b` the same letter, also across scripts: a Cyrillic initial
/// and the first letter of its romanisation under some scheme ("С." and "S.", "Е." and "Y.")? A
/// rewrite turns "S. Лавров" into "S. Lavrov", which must name the same person.
fn initials_alike(a: char, b: char) -> bool {
    let romanised = |cyr: char, latin: char| {
        crate::fold::script_of(cyr) == crate::fold::Script::Cyrillic
            && latin.is_ascii_alphabetic()
            && cyrillic::RuScheme::ALL.iter().any(|&s| {
                let r = cyrillic::transliterate(s, cyr.encode_utf8(&mut [0; 4]), true);
                r.chars().next().map(|c| c.to_ascii_lowercase()) == Some(latin)
            })
    };
    a == b || romanised(a, b) || romanised(b, a)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key of a name is the keys of its tokens one after the other, which [`LangKeys::prepare`]
    /// relies on to remember keys token by token.
    #[test]
    fn keys_are_made_token_by_token() {
        let names: &[(Lang, &str)] = &[
            (Lang::Ko, "kim jong un"),
            (Lang::Ko, "kim chong un"),
            (Lang::Ko, "ri sol ju"),
            (Lang::Ko, "pak bong ju"),
            (Lang::Ko, "kim xyz"),
            (Lang::Ko, "yang son sung"),
            (Lang::Zh, "xi jin ping"),
            (Lang::Zh, "mao tse tung"),
            (Lang::Zh, "xi2 jin4 ping2"),
            (Lang::Zh, "tschou en lai"),
            (Lang::Zh, "zheng chien hsia"),
            (Lang::Zh, "2 jin"),
            (Lang::Zh, "qqq li"),
            (Lang::Ru, "vladimir putin"),
            (Lang::Ru, "sergey lavrovoff"),
            (Lang::Ru, "wiktor 2"),
            (Lang::Ru, "anatolij nikitenew"),
        ];
        for &(lang, name) in names {
            let toks: Vec<&str> = name.split(' ').collect();
            for n in 1..=toks.len() {
                let by_token: Option<String> = toks[..n].iter().map(|t| key(lang, &[t])).collect();
                assert_eq!(by_token, key(lang, &toks[..n]), "{name}");
            }
        }
    }

    #[test]
    fn prepared_keys_are_the_keys_of_the_spelling() {
        for (lang, text) in [
            (Lang::Ru, "Sergey Lavrovov"),
            (Lang::Ru, "Vladimir Vladimirovich Putin"),
            (Lang::Ru, "Putin"),
            (Lang::Ko, "Kim Jong-un"),
            (Lang::Zh, "Mao Tse-tung"),
            (Lang::Zh, "Xi Q9"),
        ] {
            let toks = fold_tokens(text);
            let toks: Vec<&str> = toks.iter().map(String::as_str).collect();
            let p = LangKeys::prepare(lang, text, true);
            assert_eq!(
                p.as_ref().map(|p| p.key.to_string()),
                key(lang, &toks),
                "{text}"
            );
            let Some(p) = p else { continue };
            assert_eq!(Some(p.first().to_string()), key(lang, &toks[..1]), "{text}");
            assert_eq!(usize::from(p.tokens), toks.len());
            let surname = (lang == Lang::Ru && toks.len() >= 2).then(|| {
                (
                    key(lang, &toks[toks.len() - 1..]).unwrap(),
                    toks[0].chars().next().unwrap(),
                )
            });
            assert_eq!(
                p.surname().map(|(s, c)| (s.to_string(), c)),
                surname,
                "{text}"
            );
        }
    }
}
