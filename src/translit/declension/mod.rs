//! Case forms of foreign names in ten Latin-script languages that decline them: Polish, Czech,
//! Slovak, Slovene, Croatian, Serbian (Latin script), Lithuanian, Latvian, Finnish and Hungarian.
//!
//! A Polish text writes `Siergieja Sobianina`, `z Li Keqiangiem`, `w Chabarowsku`; a Czech one
//! `Wen Ťia-paovi`, a Lithuanian one `Sobianinas`, a Finnish one `Sobjaninin`, a Hungarian one
//! `Szobjanyinnal`. Two directions serve the matcher:
//!
//! - [`forms`]: every declined form of a base spelling (a whole name, word by word, with each
//!   language's rule for which words of a multi-word name decline), to index a few names fully;
//! - [`stems`]: the base forms a declined word may come from (strip an ending, restore what it
//!   replaced), so the matcher can look a declined word up in its index without storing every form.
//!
//! Each language is one file holding one table of `Rule`s: which bases a rule applies to (by the
//! letters the base ends in, its vowel harmony, whether it names a man, a woman or a place), the
//! letters the ending replaces, and the endings by case. The same table drives both directions, so
//! a stem is exactly a base that [`forms`] would decline into the word. Every table cites its source.
//!
//! # What the matcher must check (precision rule)
//!
//! [`stems`] over-generates on purpose: `Kota` (a cat's) yields `Kot`, `Lima` yields `Lim`. A stem is
//! only a *candidate*; the matcher accepts a declined word only when all of these hold:
//!
//! 1. the stem is an indexed spelling of an entry, written in a script and style that language uses
//!    (its press form, a romanisation, the canonical form), and [`is_form`] confirms the word for that
//!    entry's [`Kind`] (a woman's consonant-final name does not decline; a place takes place endings);
//! 2. the word is capitalised as the stem is (all ten languages capitalise names; the ending itself
//!    is lower case unless the whole word is upper case);
//! 3. a word of a multi-word name counts only next to the other words of that name (`Siergieja
//!    Sobianina`, `Kim Dzong Unem`), each a form or the base of its own word; **a declined word
//!    alone** (`Sobianina`, `Kima`, `Putinnal`) resolves only after a full mention of the same entry in
//!    the same document (issue 14 §5), never on its own: a one-word stem is as likely to be an
//!    ordinary word (`Kima`, `Mina`, `Lina`) as a name.
//!
//! # Limits
//!
//! Singular cases only (plurals such as `Kimowie`, `Kimów` are left out); the vocative where the
//! language's grammar gives names one (Czech, Polish, Croatian, Serbian) but not in Slovak, Slovene,
//! Lithuanian or Latvian; no fleeting vowels (foreign names rarely have them); multi-word place names
//! decline at their last word only (adjectives in place names, `Niżnego Nowogrodu`, are not modelled).

mod bcs;
mod cs;
mod fi;
mod hu;
mod lt;
mod lv;
mod pl;
mod sk;
mod sl;

#[cfg(test)]
mod tests;
#[cfg(test)]
pub(crate) use tests::run_press_vectors;

/// What a name names, which decides its paradigm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A person.
    Person {
        /// A woman: in most of these languages her consonant-final names do not decline.
        feminine: bool,
        /// Surname first (Chinese, Korean): several languages decline such a name as one unit at
        /// its last word (`z Li Keqiangiem`, `z Kim Dzong Unem`).
        east_asian: bool,
    },
    /// A place.
    Place,
}

impl Kind {
    /// A man, given name(s) before surname.
    pub const MAN: Kind = Kind::Person {
        feminine: false,
        east_asian: false,
    };
    /// A woman, given name(s) before surname.
    pub const WOMAN: Kind = Kind::Person {
        feminine: true,
        east_asian: false,
    };
    /// A man with a Chinese or Korean name, surname first.
    pub const EAST_ASIAN_MAN: Kind = Kind::Person {
        feminine: false,
        east_asian: true,
    };
    /// A woman with a Chinese or Korean name, surname first.
    pub const EAST_ASIAN_WOMAN: Kind = Kind::Person {
        feminine: true,
        east_asian: true,
    };

    /// The rule-class bit of this kind.
    fn bit(self) -> u8 {
        match self {
            Kind::Person {
                feminine: false, ..
            } => M,
            Kind::Person { feminine: true, .. } => W,
            Kind::Place => P,
        }
    }
}

/// A grammatical case (the union of the cases of the ten languages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Case {
    /// Nominative: differs from the base where the language adds an ending (Lithuanian `-as`).
    Nom,
    /// Genitive.
    Gen,
    /// Dative.
    Dat,
    /// Accusative.
    Acc,
    /// Instrumental (Hungarian: `-val/-vel`).
    Ins,
    /// Locative.
    Loc,
    /// Vocative.
    Voc,
    /// Partitive (Finnish).
    Par,
    /// Inessive (Finnish `-ssa`, Hungarian `-ban`).
    Ine,
    /// Elative (Finnish `-sta`, Hungarian `-ból`).
    Ela,
    /// Illative (Finnish `-Vn`, Hungarian `-ba`).
    Ill,
    /// Adessive (Finnish `-lla`, Hungarian `-nál`).
    Ade,
    /// Ablative (Finnish `-lta`, Hungarian `-tól`).
    Abl,
    /// Allative (Finnish `-lle`, Hungarian `-hoz`).
    All,
    /// Essive (Finnish `-na`, Hungarian `-ként`).
    Ess,
    /// Translative (Finnish `-ksi`, Hungarian `-vá`).
    Tra,
    /// Abessive (Finnish `-tta`).
    Abe,
    /// Sublative (Hungarian `-ra`).
    Sub,
    /// Delative (Hungarian `-ról`).
    Del,
    /// Superessive (Hungarian `-on`).
    Sup,
    /// Terminative (Hungarian `-ig`).
    Ter,
    /// Causal-final (Hungarian `-ért`).
    Cau,
}

/// Rule classes: a man's name, a woman's, a place's.
pub(super) const M: u8 = 1;
pub(super) const W: u8 = 2;
pub(super) const P: u8 = 4;
/// Men and places (masculine nouns, animate or not).
pub(super) const MP: u8 = M | P;
/// Every kind.
pub(super) const ALL: u8 = M | W | P;

/// The letters a rule's base must end in.
#[derive(Clone, Copy, Debug)]
pub(super) enum End {
    /// One of these strings (lower case).
    In(&'static [&'static str]),
    /// One of the first strings, and none of the second (`-ta` but not `-sta`).
    InBut(&'static [&'static str], &'static [&'static str]),
    /// A consonant letter, and none of these strings.
    ConsonantBut(&'static [&'static str]),
    /// A vowel letter, and none of these strings.
    VowelBut(&'static [&'static str]),
    /// One vowel after a consonant, in a word of two syllables or more (Finnish `Moskova`).
    ShortVowel,
    /// Two vowels, or the one vowel of a one-syllable word (Finnish `Mao`, `Xi`).
    LongVowel,
}

/// Vowel harmony required of the base (Finnish and Hungarian).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Harm {
    /// No condition.
    Any,
    /// Back vowels (a, o, u).
    Back,
    /// Front vowels; in Hungarian, unrounded (e, i).
    Front,
    /// Hungarian front rounded (ö, ü): `-höz`, `-ön`, `-öt`.
    Round,
}

/// One line of a language's table: bases of these kinds ending so, lose `cut` and take `endings`.
///
/// Two marks may appear in an ending: `*` stands for the base's last vowel (Finnish illative
/// `Moskova` → `Moskovaan`), `=` for the language's assimilated consonant (Hungarian `-val` after a
/// consonant: `Putyin` → `Putyinnal`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Rule {
    pub(super) kinds: u8,
    pub(super) end: End,
    pub(super) harm: Harm,
    pub(super) cut: &'static str,
    pub(super) endings: &'static [(Case, &'static str)],
}

/// A rule with no harmony condition.
pub(super) const fn r(
    kinds: u8,
    end: End,
    cut: &'static str,
    endings: &'static [(Case, &'static str)],
) -> Rule {
    Rule {
        kinds,
        end,
        harm: Harm::Any,
        cut,
        endings,
    }
}

/// A rule for bases of one vowel harmony.
pub(super) const fn h(
    kinds: u8,
    end: End,
    harm: Harm,
    cut: &'static str,
    endings: &'static [(Case, &'static str)],
) -> Rule {
    Rule {
        kinds,
        end,
        harm,
        cut,
        endings,
    }
}

/// Which words of a multi-word name take endings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Words {
    /// Every word (`Siergieja Sobianina`).
    Each,
    /// The last word only (`Kim Dzong Unem`, `Sergei Sobjaninin`).
    Last,
}

/// Rewrites a stem for an ending's `=` mark (the Hungarian assimilated consonant).
pub(super) type Assimilate = fn(&[char]) -> Vec<char>;

/// A language's declension of foreign names.
pub(super) struct Lang {
    /// ISO 639-1 code.
    pub(super) code: &'static str,
    /// Letters counted as vowels (lower case), besides the rules' own lists.
    pub(super) vowels: &'static str,
    /// The table, in groups (one group per paradigm).
    pub(super) rules: &'static [&'static [Rule]],
    /// Words that take endings in a Western-order personal name.
    pub(super) western: &'static [Words],
    /// Words that take endings in a surname-first (Chinese, Korean) name; several rules are usage.
    pub(super) east_asian: &'static [Words],
    /// A one-syllable, vowel-final word of a Chinese or Korean name stays as it is (Polish `Li`,
    /// `Xi`); false where suffixes attach to anything (Finnish `Maon`, Hungarian `Maónak`).
    pub(super) short_vowel_fixed: bool,
    /// The base with the assimilated consonant that `=` in an ending stands for (Hungarian).
    pub(super) assimilate: Option<Assimilate>,
}

static LANGS: [&Lang; 10] = [
    &pl::LANG,
    &cs::LANG,
    &sk::LANG,
    &sl::LANG,
    &bcs::HR,
    &bcs::SR,
    &lt::LANG,
    &lv::LANG,
    &fi::LANG,
    &hu::LANG,
];

static CODES: [&str; 10] = ["pl", "cs", "sk", "sl", "hr", "sr", "lt", "lv", "fi", "hu"];

/// The languages covered, by ISO 639-1 code: pl (Polish), cs (Czech), sk (Slovak), sl (Slovene),
/// hr (Croatian), sr (Serbian, Latin script), lt (Lithuanian), lv (Latvian), fi (Finnish),
/// hu (Hungarian).
pub fn langs() -> &'static [&'static str] {
    &CODES
}

fn lang(code: &str) -> Option<&'static Lang> {
    LANGS.iter().copied().find(|l| l.code == code)
}

/// At most this many stems come back for one word (see [`stems`]).
pub const MAX_STEMS: usize = 8;

/// Every declined form of `base` in language `lang` (a code of [`langs`]; any other gives nothing),
/// the base itself left out. A multi-word base declines word by word under the language's rule for
/// a name of this kind, every word in the same case: `Siergiej Sobianin` → `Siergieja Sobianina`,
/// `Siergiejowi Sobianinowi`, …; a surname-first name in Polish declines at its last word only:
/// `Kim Dzong Un` → `Kim Dzong Unem`.
///
/// ```
/// use canonym::translit::declension::{forms, Kind};
///
/// assert!(forms("pl", "Siergiej Sobianin", Kind::MAN).contains(&"Siergieja Sobianina".to_string()));
/// assert!(forms("pl", "Li Keqiang", Kind::EAST_ASIAN_MAN).contains(&"Li Keqiangiem".to_string()));
/// assert!(forms("cs", "Wen Ťia-pao", Kind::EAST_ASIAN_MAN).contains(&"Wen Ťia-paovi".to_string()));
/// ```
pub fn forms(lang_code: &str, base: &str, kind: Kind) -> Vec<String> {
    let Some(l) = lang(lang_code) else {
        return Vec::new();
    };
    let words: Vec<&str> = base.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let modes: &[Words] = match kind {
        Kind::Person {
            east_asian: true, ..
        } => l.east_asian,
        Kind::Person { .. } => l.western,
        Kind::Place => &[Words::Last],
    };
    let per_word: Vec<Vec<(Case, String)>> = words
        .iter()
        .map(|w| {
            let chars: Vec<char> = w.chars().collect();
            let mut f = word_forms(l, &chars, kind);
            f.sort();
            f.dedup();
            f
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    for &mode in modes {
        let declining: Vec<bool> = (0..words.len())
            .map(|i| mode == Words::Each || i + 1 == words.len())
            .collect();
        let mut cases: Vec<Case> = per_word
            .iter()
            .zip(&declining)
            .filter(|(_, d)| **d)
            .flat_map(|(f, _)| f.iter().map(|(c, _)| *c))
            .collect();
        cases.sort();
        cases.dedup();
        for case in cases {
            // Each word: its forms in this case, or itself when it has none (indeclinable).
            let mut phrases: Vec<String> = vec![String::new()];
            for (i, word) in words.iter().enumerate() {
                let mut options: Vec<&str> = Vec::new();
                if declining[i] {
                    options.extend(
                        per_word[i]
                            .iter()
                            .filter(|(c, _)| *c == case)
                            .map(|(_, s)| s.as_str()),
                    );
                }
                if options.is_empty() {
                    options.push(word);
                }
                phrases = phrases
                    .iter()
                    .flat_map(|p| {
                        options.iter().map(move |o| {
                            if p.is_empty() {
                                (*o).to_string()
                            } else {
                                format!("{p} {o}")
                            }
                        })
                    })
                    .collect();
            }
            out.extend(phrases);
        }
    }
    let joined = words.join(" ");
    out.retain(|f| *f != joined);
    out.sort();
    out.dedup();
    out
}

/// Does `word` (one word or a whole phrase) decline from `base` as a name of this kind in `lang`?
/// The check the matcher applies to a candidate from [`stems`].
pub fn is_form(lang: &str, word: &str, base: &str, kind: Kind) -> bool {
    let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
    forms(lang, base, kind).contains(&word)
}

fn is_east_asian(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Person {
            east_asian: true,
            ..
        }
    )
}

/// The base forms a declined word may come from in `lang`, in table order: every base that
/// some rule of the language's table declines into `word` (for any kind of name), plus the part
/// before an apostrophe (`Kennedy'ego`, `Montpellier'n`). The word itself is not listed.
///
/// Bounded: at most [`MAX_STEMS`] stems. The worst case in the tables is a Polish or Czech word
/// ending in `-u` or `-e`, which four or five rules read (a velar's locative, a place's genitive, a
/// softened locative, a feminine `-a` noun's dative); most words yield none, one or two.
///
/// ```
/// use canonym::translit::declension::stems;
///
/// assert!(stems("pl", "Chabarowsku").contains(&"Chabarowsk".to_string()));
/// assert!(stems("pl", "Keqiangiem").contains(&"Keqiang".to_string()));
/// assert!(stems("hu", "Putyinnal").contains(&"Putyin".to_string()));
/// ```
pub fn stems(lang_code: &str, word: &str) -> Vec<String> {
    let Some(l) = lang(lang_code) else {
        return Vec::new();
    };
    let chars: Vec<char> = word.chars().collect();
    let mut out: Vec<String> = Vec::new();
    if let Some(pos) = chars.iter().rposition(|&c| is_apostrophe(c)) {
        let after = &chars[pos + 1..];
        if pos > 0
            && !after.is_empty()
            && after.len() <= 6
            && after.iter().all(|c| c.is_alphabetic())
        {
            out.push(chars[..pos].iter().collect());
        }
    }
    let lower: Vec<char> = chars.iter().map(|&c| lower_char(c)).collect();
    let Some(&last) = lower.last() else {
        return out;
    };
    let upper = is_all_caps(&chars);
    for rule in l.rules.iter().flat_map(|g| g.iter()) {
        for &(_, ending) in rule.endings {
            // Most rules fail on the last letter; test it before anything is allocated.
            if ending
                .chars()
                .last()
                .is_some_and(|e| e != last && e != '*' && e != '=')
            {
                continue;
            }
            for cand in unapply(l, rule, ending, &chars, &lower, upper) {
                let s: String = cand.iter().collect();
                if !out.contains(&s) && s != word {
                    out.push(s);
                }
            }
        }
    }
    out.truncate(MAX_STEMS);
    out
}

/// The bases that `rule` with `ending` turns into `word`.
fn unapply(
    l: &Lang,
    rule: &Rule,
    ending: &str,
    word: &[char],
    lower: &[char],
    upper: bool,
) -> Vec<Vec<char>> {
    let end: Vec<char> = ending.chars().collect();
    let mut out = Vec::new();
    // The literal tail after the last mark, matched first.
    let mark = end.iter().rposition(|&c| c == '*' || c == '=');
    let tail = &end[mark.map_or(0, |m| m + 1)..];
    if lower.len() <= tail.len() || !lower.ends_with(tail) {
        return out;
    }
    let rest = &word[..word.len() - tail.len()];
    let heads: Vec<Vec<char>> = match mark {
        None => vec![rest.to_vec()],
        Some(m) => {
            // Strip the part of the ending before the tail, marks included, by trying the bases
            // it could have been attached to and keeping those that give the word back.
            let before = &end[..m + 1];
            let mut hs = Vec::new();
            for cut in 0..=before.len() + 2 {
                if cut < rest.len() {
                    hs.push(rest[..rest.len() - cut].to_vec());
                }
            }
            // A Hungarian doubled digraph inserts its letter before the digraph (`Kovácscs`).
            if rest.len() > 3 {
                let mut v = rest.to_vec();
                v.remove(rest.len() - 3);
                hs.push(v);
                let mut v = rest.to_vec();
                v.remove(rest.len() - 2);
                hs.push(v);
            }
            hs
        }
    };
    let restore: Vec<char> = rule.cut.chars().collect();
    for head in heads {
        let mut base = head.clone();
        if upper {
            base.extend(restore.iter().flat_map(|c| c.to_uppercase()));
        } else {
            base.extend(restore.iter());
        }
        if base.len() < 2 || base.last() == Some(&'-') || base.iter().any(|&c| is_apostrophe(c)) {
            continue;
        }
        if !applies(l, rule, &base) {
            continue;
        }
        // The rule must give the word back exactly (marks, harmony and case included).
        if apply(l, rule, ending, &base)
            .iter()
            .map(|c| lower_char(*c))
            .eq(lower.iter().copied())
            && !out.contains(&base)
        {
            out.push(base);
        }
    }
    out
}

/// The forms of one word, by case.
fn word_forms(l: &Lang, word: &[char], kind: Kind) -> Vec<(Case, String)> {
    let mut out = Vec::new();
    if word.len() < 2 {
        return out;
    }
    // A one-syllable vowel-final word of a Chinese or Korean name (Li, Xi, Mao) does not decline
    // in the languages that decline by paradigm (it fits none).
    if l.short_vowel_fixed
        && is_east_asian(kind)
        && ends_in_vowel(l, word)
        && syllables(l, word) <= 1
    {
        return out;
    }
    for rule in l.rules.iter().flat_map(|g| g.iter()) {
        if rule.kinds & kind.bit() == 0 || !applies(l, rule, word) {
            continue;
        }
        for &(case, ending) in rule.endings {
            out.push((case, apply(l, rule, ending, word).into_iter().collect()));
        }
    }
    out
}

/// Does `rule` take this base?
fn applies(l: &Lang, rule: &Rule, word: &[char]) -> bool {
    let lower: Vec<char> = word.iter().map(|&c| lower_char(c)).collect();
    // The last part of a hyphenated word is the one that declines.
    let part_start = lower.iter().rposition(|&c| c == '-').map_or(0, |p| p + 1);
    let part = &lower[part_start..];
    if part.is_empty() || !part.last().is_some_and(|c| c.is_alphabetic()) {
        return false;
    }
    let cut: Vec<char> = rule.cut.chars().collect();
    if !part.ends_with(&cut) {
        return false;
    }
    let ok_end = match rule.end {
        End::In(list) => list.iter().any(|e| ends_with_str(part, e)),
        End::InBut(list, but) => {
            list.iter().any(|e| ends_with_str(part, e))
                && !but.iter().any(|e| ends_with_str(part, e))
        }
        End::ConsonantBut(list) => {
            !final_is_vowel(l, part) && !list.iter().any(|e| ends_with_str(part, e))
        }
        End::VowelBut(list) => {
            final_is_vowel(l, part) && !list.iter().any(|e| ends_with_str(part, e))
        }
        End::ShortVowel => {
            let n = part.len();
            n >= 2
                && is_vowel(l, part[n - 1])
                && !is_vowel(l, part[n - 2])
                && syllables(l, &lower) >= 2
        }
        End::LongVowel => {
            let n = part.len();
            n >= 1
                && is_vowel(l, part[n - 1])
                && ((n >= 2 && is_vowel(l, part[n - 2])) || syllables(l, &lower) <= 1)
        }
    };
    ok_end && (rule.harm == Harm::Any || rule.harm == harmony(&lower, l.code == "hu"))
}

/// `word` with the rule's cut removed and `ending` attached, in the word's case.
fn apply(l: &Lang, rule: &Rule, ending: &str, word: &[char]) -> Vec<char> {
    let cut = rule.cut.chars().count();
    let stem = &word[..word.len().saturating_sub(cut)];
    let upper = is_all_caps(word);
    let last_vowel = word
        .iter()
        .rev()
        .map(|&c| lower_char(c))
        .find(|&c| is_vowel(l, c))
        .unwrap_or('e');
    let mut out = stem.to_vec();
    for c in ending.chars() {
        let add: Vec<char> = match c {
            '*' => vec![last_vowel],
            '=' => {
                if let Some(f) = l.assimilate {
                    out = f(&out);
                }
                continue;
            }
            c => vec![c],
        };
        for a in add {
            if upper {
                out.extend(a.to_uppercase());
            } else {
                out.push(a);
            }
        }
    }
    out
}

fn ends_with_str(word: &[char], s: &str) -> bool {
    let s: Vec<char> = s.chars().collect();
    word.ends_with(&s)
}

fn lower_char(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn is_all_caps(word: &[char]) -> bool {
    word.iter().filter(|c| c.is_alphabetic()).count() > 1
        && word
            .iter()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Letters every language counts as vowels, plus the language's own.
fn is_vowel(l: &Lang, c: char) -> bool {
    "aeiouy".contains(c) || l.vowels.contains(c)
}

fn ends_in_vowel(l: &Lang, word: &[char]) -> bool {
    let lower: Vec<char> = word.iter().map(|&c| lower_char(c)).collect();
    final_is_vowel(l, &lower)
}

/// Does the (lower-case) word end in a vowel sound's letter? In Hungarian the y of gy, ly, ny, ty
/// is part of a consonant.
fn final_is_vowel(l: &Lang, lower: &[char]) -> bool {
    match lower {
        [.., p, 'y'] if l.code == "hu" && "nglt".contains(*p) => false,
        [.., c] => is_vowel(l, *c),
        [] => false,
    }
}

/// Vowel groups in the word (a diphthong or long vowel counts once).
fn syllables(l: &Lang, word: &[char]) -> usize {
    let mut n = 0;
    let mut prev = false;
    for &c in word {
        let v = is_vowel(l, lower_char(c));
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    n
}

/// The vowel harmony of a word: Finnish (ISOF / Kielitoimisto: the last of a, o, u or ä, ö decides;
/// e, i, y are neutral and a word of neutral vowels only takes front endings) or Hungarian (AkH. 12,
/// §§ 129–131: a back vowel anywhere makes the word back unless a front rounded vowel comes after
/// it; i, í, e, é are neutral).
fn harmony(lower: &[char], hungarian: bool) -> Harm {
    const BACK: &str = "aáoóuúå";
    const ROUND: &str = "äöőüű";
    let last = lower
        .iter()
        .rev()
        .find(|c| BACK.contains(**c) || ROUND.contains(**c));
    match last {
        Some(c) if BACK.contains(*c) => Harm::Back,
        Some(c) if hungarian && *c != 'ä' => Harm::Round,
        _ => Harm::Front,
    }
}
