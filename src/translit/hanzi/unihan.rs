//! Han characters across the CJK scripts, from the Unicode Han Database (Unihan, UAX #38): the
//! Sino-Korean reading of a character (field `kHangul`), with which Korean writes a Chinese name in
//! Hangul the traditional way (李克強 → 이극강, 毛澤東 → 모택동), and the simplified and traditional
//! forms of a character (`kSimplifiedVariant`, `kTraditionalVariant`), with which a name written in
//! Han characters is found in simplified and traditional Chinese text alike (溫家寶 ↔ 温家宝).
//!
//! The tables are generated from Unihan by `scripts/gen_unihan.py` (see `unihan_data.rs` for the
//! Unicode version); a test fails when the generated file no longer matches `data/unihan/*.tsv`.
//!
//! # Which readings, in which order
//! `kHangul` lists every modern reading of a character with its sources: `0` KS X 1001, `1` KS X
//! 1002, `E` the readings taught in school (한문 교육용 기초 한자), `N` the readings allowed in
//! personal names (인명용 한자), `X` a withdrawn source. For a name ([`name_readings`],
//! [`sino_korean`]) a reading is kept unless its only source is `X`, and readings are ranked:
//! an `E` reading first (it is the everyday reading: 北 북 before 배, 樂 락 before 악), then `N`,
//! then the rest, each group in Unihan's order, a reading listed by more standards first among
//! equals (溥 부 before 보). A character without a reading of its own (most simplified characters)
//! is read as its traditional forms (习 as 習). Three characters whose reading as a Korean surname
//! is not their everyday reading (金 김, 沈 심, 車 차; 표준국어대사전, each the entry "성(姓)의
//! 하나") take that reading first when they begin a name.
//!
//! # The initial-sound law (두음 법칙)
//! KS X 1001 encodes the word-initial form of some readings as a second reading (李 리 and 이).
//! Korean spelling applies the law of 한글 맞춤법 (1988) 제3장 제5절: at the start of a word the
//! Sino-Korean syllables 녀 뇨 뉴 니 are written 여 요 유 이 (제10항), 랴 려 례 료 류 리 are written
//! 야 여 예 요 유 이 (제11항), and 라 래 로 뢰 루 르 are written 나 내 노 뇌 누 느 (제12항); elsewhere
//! the syllable keeps its own sound (제11항 붙임 1: 李 in 桃李 is 리), except that 렬 and 률 after a
//! vowel or ㄴ are written 열 and 율 (same, 다만). So [`sino_korean`] applies the law to the first
//! syllable of the name (劉少奇 → 유소기, 呂 → 여) and reads every other syllable by its own sound
//! (周恩來 → 주은래, 宋慶齡 → 송경령), dropping there the readings that are only the word-initial
//! form of another reading of the same character.

#[path = "unihan_data.rs"]
mod unihan_data;

use super::is_han;
use unihan_data::{
    OWN_SIMPLIFIED_FIRST, OWN_TRADITIONAL_FIRST, READINGS, READING_HAN, SIMPLIFIED, TRADITIONAL,
};

/// The Unicode version of the Unihan data.
pub const UNICODE_VERSION: &str = unihan_data::UNICODE_VERSION;

/// At most this many readings of a name are returned by [`sino_korean`].
pub const MAX_READINGS: usize = 8;

/// At most this many spellings are returned by [`to_traditional`] and [`to_simplified`].
pub const MAX_FORMS: usize = 16;

/// Past this many characters only the first-ranked option of each character is used, so that the
/// work stays linear in the input (names are far shorter).
const MAX_COMBINED_CHARS: usize = 32;

/// Korean surname readings that differ from the character's everyday (`E`) reading
/// (표준국어대사전: 김⁰⁴ 金, 심⁰⁷ 沈, 차⁰⁹ 車, each "성(姓)의 하나").
#[rustfmt::skip]
static SURNAME_READINGS: &[(char, char)] = &[('沈', '심'), ('車', '차'), ('金', '김')];

/// How well a reading suits a name, lower first: not `E`, not `N`, not KS X 1001, not KS X 1002.
type Rank = (bool, bool, bool, bool);

/// One reading of a Han character in `kHangul`: the Hangul syllable and the source letters that
/// list it, those of UAX #38 (`0`, `1`, `E`, `N`, `X`) or `S` for a reading of
/// `data/unihan/kHangul-supplement.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reading(char, &'static str);

impl Reading {
    /// The reading, one Hangul syllable.
    pub fn hangul(self) -> char {
        self.0
    }

    /// Listed in KS X 1001 (source `0`).
    pub fn ks_x_1001(self) -> bool {
        self.1.contains('0')
    }

    /// Listed in KS X 1002 (source `1`).
    pub fn ks_x_1002(self) -> bool {
        self.1.contains('1')
    }

    /// A reading of the basic characters for education, 한문 교육용 기초 한자 (source `E`).
    pub fn educational(self) -> bool {
        self.1.contains('E')
    }

    /// A reading allowed in personal names, 인명용 한자 (source `N`).
    pub fn personal_name(self) -> bool {
        self.1.contains('N')
    }

    /// Not from Unihan but from canonym's supplement (`data/unihan/kHangul-supplement.tsv`).
    pub fn supplement(self) -> bool {
        self.1 == "S"
    }

    /// Whether a name may be read with it: any source but a withdrawn one (`X`) alone.
    fn usable(self) -> bool {
        self.1 != "X"
    }

    /// Sort key for names, lower first: `E`, then `N`, then by the standards that list it.
    fn rank(self) -> Rank {
        (
            !self.educational(),
            !self.personal_name(),
            !self.ks_x_1001(),
            !self.ks_x_1002(),
        )
    }
}

/// Every `kHangul` reading of `c`, in Unihan's order, with its sources; empty for a character that
/// has none (kHangul covers the Han characters of KS X 1001 and KS X 1002, so most simplified
/// characters have none: see [`name_readings`]). A compatibility ideograph is looked up as its
/// unified ideograph.
///
/// ```
/// use canonym::translit::hanzi::unihan::sino_korean_readings;
/// let r: Vec<char> = sino_korean_readings('李').iter().map(|r| r.hangul()).collect();
/// assert_eq!(r, ['리', '이']);
/// assert!(sino_korean_readings('李')[0].educational());
/// ```
pub fn sino_korean_readings(c: char) -> &'static [Reading] {
    let c = unified(c);
    let lo = READING_HAN.partition_point(|&h| h < c);
    let hi = lo + READING_HAN[lo..].partition_point(|&h| h == c);
    &READINGS[lo..hi]
}

/// The unified ideograph of a CJK compatibility ideograph (its canonical decomposition), else `c`.
fn unified(c: char) -> char {
    let mut out = c;
    unicode_normalization::char::decompose_canonical(c, |d| out = d);
    out
}

/// The readings of `c` for a name, best first, as described in the module documentation:
/// `initial` says whether `c` begins the name (the initial-sound law applies, and a surname
/// reading comes first). The readings of a character's traditional forms count as its own (习 is
/// read as 習, 广 as 廣 before its own rare reading 엄), ranked with them. Empty when there is none.
///
/// ```
/// use canonym::translit::hanzi::unihan::name_readings;
/// assert_eq!(name_readings('李', true), ['이']);
/// assert_eq!(name_readings('李', false), ['리']);
/// assert_eq!(name_readings('北', false), ['북', '배']);
/// assert_eq!(name_readings('习', true), ['습']);
/// ```
pub fn name_readings(c: char, initial: bool) -> Vec<char> {
    let c = unified(c);
    let mut ranked = ranked_readings(c, initial);
    for t in traditional_forms(c) {
        if t != c {
            ranked.extend(ranked_readings(t, initial));
        }
    }
    // Stable: among equals the character's own readings, then its forms', each in Unihan's order.
    ranked.sort_by_key(|&(rank, _)| rank);
    let mut out: Vec<char> = Vec::with_capacity(ranked.len());
    for (_, h) in ranked {
        if !out.contains(&h) {
            out.push(h);
        }
    }
    if initial {
        if let Some(&(_, s)) = SURNAME_READINGS.iter().find(|&&(h, _)| h == c) {
            out.retain(|&r| r != s);
            out.insert(0, s);
        }
    }
    out
}

/// The usable readings of `c` itself with their ranks, as they are read at the start of a word
/// (`initial`) or inside one.
fn ranked_readings(c: char, initial: bool) -> Vec<(Rank, char)> {
    let all = sino_korean_readings(c);
    all.iter()
        .filter(|r| r.usable())
        .filter_map(|r| {
            if initial {
                return Some((r.rank(), initial_sound_law(r.0)));
            }
            // A reading listed only by a character set (no `E`, no `N`) that is the word-initial
            // form of another reading is not read inside a word (李: 이 is 리 at a word's start).
            let initial_form = !r.educational()
                && !r.personal_name()
                && all
                    .iter()
                    .any(|o| o.0 != r.0 && initial_sound_law(o.0) == r.0);
            (!initial_form).then_some((r.rank(), r.0))
        })
        .collect()
}

// Hangul syllable arithmetic (The Unicode Standard, §3.12 Conjoining Jamo Behavior): a syllable of
// U+AC00..U+D7A3 is 0xAC00 + (initial × 21 + vowel) × 28 + final.
const S_BASE: u32 = 0xAC00;
const S_COUNT: u32 = 11172;
const L_NIEUN: u32 = 2; // ㄴ
const L_RIEUL: u32 = 5; // ㄹ
const L_IEUNG: u32 = 11; // ㅇ (no consonant)
const F_NIEUN: u32 = 4; // final ㄴ

/// The parts (initial, vowel, final) of a precomposed Hangul syllable.
fn jamo(s: char) -> Option<(u32, u32, u32)> {
    let i = (s as u32).checked_sub(S_BASE).filter(|&i| i < S_COUNT)?;
    Some((i / (21 * 28), i / 28 % 21, i % 28))
}

fn syllable(l: u32, v: u32, t: u32) -> char {
    char::from_u32(S_BASE + (l * 21 + v) * 28 + t).unwrap_or('\u{FFFD}')
}

/// Vowels before which the initial-sound law drops ㄴ and ㄹ: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ.
fn i_or_y(v: u32) -> bool {
    matches!(v, 2 | 3 | 6 | 7 | 12 | 17 | 20)
}

/// The word-initial form of a Sino-Korean syllable by the initial-sound law (한글 맞춤법 제3장
/// 제5절 제10–12항): ㄴ and ㄹ before ㅣ or a y-vowel become silent ㅇ (녀 → 여, 리 → 이), ㄹ before
/// any other vowel becomes ㄴ (라 → 나, 로 → 노). Any other character is returned unchanged.
///
/// ```
/// use canonym::translit::hanzi::unihan::initial_sound_law;
/// assert_eq!(initial_sound_law('류'), '유');
/// assert_eq!(initial_sound_law('녀'), '여');
/// assert_eq!(initial_sound_law('락'), '낙');
/// assert_eq!(initial_sound_law('김'), '김');
/// ```
pub fn initial_sound_law(s: char) -> char {
    match jamo(s) {
        Some((L_RIEUL, v, t)) if i_or_y(v) => syllable(L_IEUNG, v, t),
        Some((L_RIEUL, v, t)) => syllable(L_NIEUN, v, t),
        Some((L_NIEUN, v, t)) if i_or_y(v) => syllable(L_IEUNG, v, t),
        _ => s,
    }
}

/// 렬 and 률 after a vowel or ㄴ are written 열 and 율 (한글 맞춤법 제11항 붙임 1, 다만).
fn after_vowel_or_nieun(prev: char, s: char) -> Option<char> {
    let (_, _, t) = jamo(prev)?;
    let (l, v, f) = jamo(s)?;
    // ㅕ (6) or ㅠ (17) with final ㄹ (8): 렬, 률.
    (l == L_RIEUL && matches!(v, 6 | 17) && f == 8 && (t == 0 || t == F_NIEUN))
        .then(|| syllable(L_IEUNG, v, f))
}

/// One character of the input: its options, best first (a separator is one fixed option).
enum Slot {
    Han(Vec<char>),
    Space,
}

/// The Sino-Korean readings of a Chinese (or Korean) name written in Han characters, most usual
/// first, at most [`MAX_READINGS`]: every combination of the characters' [`name_readings`], ranked
/// by the sum of the options' ranks. The first syllable of each space-separated word follows the
/// initial-sound law; 렬 and 률 after a vowel or ㄴ also give 열 and 율 (first). Simplified and
/// traditional characters are both read. Empty when a character is not a Han character or
/// whitespace, or has no reading.
///
/// ```
/// use canonym::translit::hanzi::unihan::sino_korean;
/// assert_eq!(sino_korean("李克強")[0], "이극강");
/// assert_eq!(sino_korean("温家宝")[0], "온가보");
/// assert_eq!(sino_korean("周恩來")[0], "주은래");
/// assert!(sino_korean("Li Keqiang").is_empty());
/// ```
pub fn sino_korean(native: &str) -> Vec<String> {
    let mut slots = Vec::new();
    let mut initial = true;
    for c in native.chars() {
        if c.is_whitespace() {
            if !initial {
                slots.push(Slot::Space);
            }
            initial = true;
        } else if is_han(c) {
            let r = name_readings(c, initial);
            if r.is_empty() {
                return Vec::new();
            }
            slots.push(Slot::Han(r));
            initial = false;
        } else {
            return Vec::new();
        }
    }
    if matches!(slots.last(), Some(Slot::Space)) {
        slots.pop();
    }
    if slots.is_empty() {
        return Vec::new();
    }
    let width = if slots.len() > MAX_COMBINED_CHARS {
        1
    } else {
        MAX_READINGS
    };
    combine(slots.len(), width, MAX_READINGS, |i, prev| {
        match &slots[i] {
            Slot::Space => vec![' '],
            Slot::Han(r) => {
                let mut opts = r.clone();
                if let Some(p) = prev {
                    for (k, &s) in r.iter().enumerate().rev() {
                        if let Some(alt) = after_vowel_or_nieun(p, s) {
                            if !opts.contains(&alt) {
                                opts.insert(k, alt);
                            }
                        }
                    }
                }
                opts
            }
        }
    })
}

/// The best `cap` strings of `n` positions, position `i` taking one of `options(i, previous char)`
/// (best first); a string's cost is the sum of its options' indices. A beam of `width` partial
/// strings is kept: since the cost adds up, the best `cap` strings have their prefixes among the
/// best `cap` prefixes, so with `width >= cap` the result is exact.
fn combine(
    n: usize,
    width: usize,
    cap: usize,
    options: impl Fn(usize, Option<char>) -> Vec<char>,
) -> Vec<String> {
    let mut beam: Vec<(usize, String)> = vec![(0, String::new())];
    for i in 0..n {
        let mut next = Vec::with_capacity(beam.len() * 2);
        for (cost, s) in &beam {
            for (k, o) in options(i, s.chars().last()).into_iter().enumerate() {
                let mut t = String::with_capacity(s.len() + o.len_utf8());
                t.push_str(s);
                t.push(o);
                next.push((cost + k, t));
            }
        }
        // Stable: among equal costs the earlier (better-ranked first options) stay first.
        next.sort_by_key(|(cost, _)| *cost);
        next.dedup_by(|a, b| a.1 == b.1);
        next.truncate(width.max(1));
        beam = next;
    }
    beam.truncate(cap);
    beam.into_iter().map(|(_, s)| s).collect()
}

/// The entries of a sorted pair table whose first element is `c`.
fn pairs_of(table: &[(char, char)], c: char) -> impl Iterator<Item = char> + '_ {
    let lo = table.partition_point(|&(a, _)| a < c);
    table[lo..]
        .iter()
        .take_while(move |&&(a, _)| a == c)
        .map(|&(_, b)| b)
}

/// `c`'s forms in a pair table, best first: the other characters (in code point order: Unihan
/// ranks none above another), and `c` itself where Unihan lists it as its own variant, first if
/// it is in `own_first`, else last; `[c]` when there are none. A character stays first among its
/// traditional forms when kUnihanCore2020 makes it a core character of as many locales other than
/// China as each other form (家 before 傢, 范 before 範, 朴 before 樸, 胡 before 鬍; 温 after 溫,
/// 宁 after 寧), and first among its simplified forms when it is a core character of China (乾
/// before 干).
fn forms(table: &'static [(char, char)], own_first: &'static [char], c: char) -> Vec<char> {
    let mut out: Vec<char> = pairs_of(table, c).filter(|&v| v != c).collect();
    if out.is_empty() || own_first.binary_search(&c).is_ok() {
        out.insert(0, c);
    } else if pairs_of(table, c).any(|v| v == c) {
        out.push(c);
    }
    out
}

/// The traditional forms of one character (`kTraditionalVariant`), best first, as
/// [`to_traditional`] uses them; `[c]` for a character that has none.
///
/// ```
/// use canonym::translit::hanzi::unihan::traditional_forms;
/// assert_eq!(traditional_forms('温'), ['溫', '温']);
/// assert_eq!(traditional_forms('家'), ['家', '傢']);
/// assert_eq!(traditional_forms('李'), ['李']);
/// ```
pub fn traditional_forms(c: char) -> Vec<char> {
    forms(TRADITIONAL, OWN_TRADITIONAL_FIRST, unified(c))
}

/// The simplified forms of one character (`kSimplifiedVariant`), best first, as
/// [`to_simplified`] uses them; `[c]` for a character that has none.
pub fn simplified_forms(c: char) -> Vec<char> {
    forms(SIMPLIFIED, OWN_SIMPLIFIED_FIRST, unified(c))
}

/// The first of [`simplified_forms`] of `c`, without allocating: the form under which
/// [`crate::fold`] keys a Han character, so that simplified and traditional spellings (and the
/// mixed forms of Japanese and Korean text: 尹錫悦) meet.
///
/// ```
/// use canonym::translit::hanzi::unihan::simplified_fold;
/// assert_eq!(simplified_fold('溫'), '温');
/// assert_eq!(simplified_fold('李'), '李');
/// assert_eq!(simplified_fold('乾'), '乾');
/// ```
pub fn simplified_fold(c: char) -> char {
    let other = pairs_of(SIMPLIFIED, c).find(|&v| v != c);
    match other {
        Some(v) if OWN_SIMPLIFIED_FIRST.binary_search(&c).is_err() => v,
        _ => c,
    }
}

fn convert(native: &str, forms: fn(char) -> Vec<char>) -> Vec<String> {
    let chars: Vec<char> = native.chars().collect();
    if chars.is_empty() {
        return Vec::new();
    }
    let width = if chars.len() > MAX_COMBINED_CHARS {
        1
    } else {
        MAX_FORMS
    };
    combine(chars.len(), width, MAX_FORMS, |i, _| {
        if is_han(chars[i]) {
            forms(chars[i])
        } else {
            vec![chars[i]]
        }
    })
}

/// `native` in traditional characters: every combination of the characters' traditional forms
/// (a character with none stays), the first the one that changes every character that has another
/// form, at most [`MAX_FORMS`]. Other characters are kept as they are.
///
/// ```
/// use canonym::translit::hanzi::unihan::to_traditional;
/// assert_eq!(to_traditional("温家宝")[0], "溫家寶");
/// assert_eq!(to_traditional("文在寅"), ["文在寅"]);
/// ```
pub fn to_traditional(native: &str) -> Vec<String> {
    convert(native, traditional_forms)
}

/// `native` in simplified characters, as [`to_traditional`] the other way.
///
/// ```
/// use canonym::translit::hanzi::unihan::to_simplified;
/// assert_eq!(to_simplified("溫家寶")[0], "温家宝");
/// assert_eq!(to_simplified("李在明"), ["李在明"]);
/// ```
pub fn to_simplified(native: &str) -> Vec<String> {
    convert(native, simplified_forms)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generated file is what `scripts/gen_unihan.py rs` makes of the checked-in TSVs: the
    /// same rendering, in Rust. Fails when a TSV was edited and the script not run.
    #[test]
    fn generated_file_is_fresh() {
        let rendered = render(
            include_str!("../../../data/unihan/kHangul.tsv"),
            include_str!("../../../data/unihan/kHangul-supplement.tsv"),
            include_str!("../../../data/unihan/variants.tsv"),
        );
        let checked_in = include_str!("unihan_data.rs");
        if rendered != checked_in {
            let line = rendered
                .lines()
                .zip(checked_in.lines())
                .position(|(a, b)| a != b)
                .map_or(
                    rendered.lines().count().min(checked_in.lines().count()),
                    |l| l,
                );
            panic!(
                "src/translit/hanzi/unihan_data.rs is stale against data/unihan/*.tsv (first difference \
                 at line {}); run `python3 scripts/gen_unihan.py rs`",
                line + 1
            );
        }
    }

    /// Data lines (split at tabs) and the `# Unicode version:` of a TSV.
    fn tsv(text: &str) -> (Vec<Vec<&str>>, Option<&str>) {
        let version = text
            .lines()
            .find_map(|l| l.strip_prefix("# Unicode version: "));
        let rows = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| l.split('\t').collect())
            .collect();
        (rows, version)
    }

    fn cp(c: char) -> String {
        format!("U+{:04X}", c as u32)
    }

    fn one_char(s: &str) -> char {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => c,
            _ => panic!("`{s}` is not one character"),
        }
    }

    /// The Rust twin of `render()` in scripts/gen_unihan.py.
    fn render(khangul: &str, supplement: &str, variants: &str) -> String {
        use std::fmt::Write;
        let (rows, version) = tsv(khangul);
        let version = version.expect("kHangul.tsv has a `# Unicode version:` line");
        let mut readings: Vec<(char, char, String)> = Vec::new();
        for f in rows {
            let c = one_char(f[1]);
            assert_eq!(f[0], cp(c), "kHangul.tsv row {f:?}");
            for r in f[2].split(' ') {
                let (h, s) = r.split_once(':').expect("reading:sources");
                readings.push((c, one_char(h), s.to_string()));
            }
        }
        for f in tsv(supplement).0 {
            let c = one_char(f[1]);
            assert_eq!((f.len(), f[0]), (4, cp(c).as_str()), "supplement row {f:?}");
            for r in f[2].split(' ') {
                readings.push((c, one_char(r), "S".to_string()));
            }
        }
        // Stable: Unihan's order of one character's readings is kept.
        readings.sort_by_key(|r| r.0);
        let (vrows, vversion) = tsv(variants);
        assert_eq!(
            Some(version),
            vversion,
            "both TSVs are of one Unicode version"
        );
        let mut trad: Vec<(char, char)> = Vec::new();
        let mut core = std::collections::HashMap::new();
        for f in vrows {
            let (s, t) = (one_char(f[0]), one_char(f[1]));
            assert_eq!(
                (f.len(), f[2], f[3]),
                (6, cp(s).as_str(), cp(t).as_str()),
                "{f:?}"
            );
            trad.push((s, t));
            core.insert(s, f[4]);
            core.insert(t, f[5]);
        }
        let mut simp: Vec<(char, char)> = trad.iter().map(|&(s, t)| (t, s)).collect();
        trad.sort_unstable();
        simp.sort_unstable();

        let mut out = String::new();
        out.push_str("// @generated by scripts/gen_unihan.py \u{2014} do not edit.\n");
        let _ = writeln!(
            out,
            "//! Unihan tables of `unihan.rs`, generated from data/unihan/*.tsv (Unicode \
             {version}, UAX #38:"
        );
        out.push_str(
            "//! kHangul of Unihan_Readings.txt, kSimplifiedVariant and kTraditionalVariant of\n\
             //! Unihan_Variants.txt, kUnihanCore2020 of Unihan_DictionaryLikeData.txt;\n\
             //! kHangul-supplement.tsv). Unicode data: Copyright (c) Unicode, Inc.,\n\
             //! Unicode License v3, see data/unihan/LICENSE-UNICODE.\n\
             \n\
             use super::Reading;\n\
             \n\
             /// The Unicode version of the Unihan data.\n",
        );
        let _ = writeln!(
            out,
            "pub(super) const UNICODE_VERSION: &str = \"{version}\";\n"
        );
        let _ = writeln!(
            out,
            "/// The character of each row of `READINGS`, sorted by code point ({} rows).",
            readings.len()
        );
        out.push_str("#[rustfmt::skip]\npub(super) static READING_HAN: &[char] = &[\n");
        for line in readings.chunks(12) {
            let items: Vec<String> = line.iter().map(|r| format!("'{}',", r.0)).collect();
            let _ = writeln!(out, "    {}", items.join(" "));
        }
        out.push_str(
            "];\n\n/// The readings, in the order of kHangul, with their sources (`S`: \
             kHangul-supplement.tsv).\n#[rustfmt::skip]\npub(super) static READINGS: &[Reading] = &[\n",
        );
        for line in readings.chunks(6) {
            let items: Vec<String> = line
                .iter()
                .map(|r| format!("Reading('{}', \"{}\"),", r.1, r.2))
                .collect();
            let _ = writeln!(out, "    {}", items.join(" "));
        }
        // Locales other than China for which a character is a core character.
        let n = |c: &char| core[c].chars().filter(|&l| l != 'G' && l != '-').count();
        let own: Vec<char> = trad.iter().filter(|(s, t)| s == t).map(|p| p.0).collect();
        let t_first: Vec<char> = own
            .iter()
            .copied()
            .filter(|c| {
                let others: Vec<char> = pairs_of(&trad, *c).filter(|t| t != c).collect();
                !others.is_empty() && others.iter().all(|t| n(c) >= n(t))
            })
            .collect();
        let s_first: Vec<char> = own
            .iter()
            .copied()
            .filter(|c| core[c].contains('G') && pairs_of(&simp, *c).any(|s| s != *c))
            .collect();
        for (name, doc, chars) in [
            (
                "OWN_TRADITIONAL_FIRST",
                "traditional form stays first: core in as many locales",
                t_first,
            ),
            (
                "OWN_SIMPLIFIED_FIRST",
                "simplified form stays first: a core character of China",
                s_first,
            ),
        ] {
            let _ = writeln!(
                out,
                "];\n\n/// Characters whose own {doc}\n/// (kUnihanCore2020; {} characters).\n\
                 #[rustfmt::skip]\npub(super) static {name}: &[char] = &[",
                chars.len()
            );
            for line in chars.chunks(12) {
                let items: Vec<String> = line.iter().map(|c| format!("'{c}',")).collect();
                let _ = writeln!(out, "    {}", items.join(" "));
            }
        }
        for (name, doc, rows) in [
            (
                "TRADITIONAL",
                "(simplified, traditional) pairs, sorted",
                &trad,
            ),
            (
                "SIMPLIFIED",
                "(traditional, simplified) pairs, sorted",
                &simp,
            ),
        ] {
            let _ = writeln!(
                out,
                "];\n\n/// {doc} ({} pairs).\n#[rustfmt::skip]\npub(super) static {name}: \
                 &[(char, char)] = &[",
                rows.len()
            );
            for line in rows.chunks(10) {
                let items: Vec<String> = line
                    .iter()
                    .map(|(a, b)| format!("('{a}', '{b}'),"))
                    .collect();
                let _ = writeln!(out, "    {}", items.join(" "));
            }
        }
        out.push_str("];\n");
        out
    }

    #[test]
    fn tables_are_sorted_and_consistent() {
        assert!(READING_HAN.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(READING_HAN.len(), READINGS.len());
        assert!(TRADITIONAL.windows(2).all(|w| w[0] < w[1]));
        assert!(SIMPLIFIED.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(TRADITIONAL.len(), SIMPLIFIED.len());
        for r in READINGS {
            assert!(jamo(r.0).is_some(), "{r:?} is a Hangul syllable");
            assert!(!r.1.is_empty() && r.1.chars().all(|s| "01ENXS".contains(s)));
        }
        assert!(UNICODE_VERSION.split('.').count() == 3);
    }

    // Sino-Korean readings of Chinese names and places, as the Korean press wrote them before the
    // 1986 외래어 표기법 brought in the transcription of Mandarin (리커창 for 李克強), and as
    // 표준국어대사전 still gives them in its entries' 한자 forms (북경 北京, 상해 上海, 모택동
    // 毛澤東). Each syllable is a kHangul reading of Unihan; the first syllable follows 한글 맞춤법
    // 제10–12항. 深圳 is read by the supplement (圳 수, 천).
    #[rustfmt::skip]
    const FIRST_READING: &[(&str, &str)] = &[
        ("李克強", "이극강"), ("溫家寶", "온가보"), ("深圳", "심수"), ("毛澤東", "모택동"),
        ("習近平", "습근평"), ("鄧小平", "등소평"), ("胡錦濤", "호금도"), ("江澤民", "강택민"),
        ("朱鎔基", "주용기"), ("周恩來", "주은래"), ("上海", "상해"), ("北京", "북경"),
        ("香港", "향항"),
        // Leaders and historical figures.
        ("孫文", "손문"), ("蔣介石", "장개석"), ("袁世凱", "원세개"), ("劉少奇", "유소기"),
        ("林彪", "임표"), ("華國鋒", "화국봉"), ("胡耀邦", "호요방"), ("趙紫陽", "조자양"),
        ("李鵬", "이붕"), ("彭德懷", "팽덕회"), ("朱德", "주덕"), ("宋慶齡", "송경령"),
        ("魯迅", "노신"), ("孔子", "공자"), ("老子", "노자"), ("諸葛亮", "제갈량"),
        ("劉備", "유비"), ("曹操", "조조"), ("關羽", "관우"), ("秦始皇", "진시황"),
        ("李白", "이백"), ("杜甫", "두보"), ("王安石", "왕안석"), ("司馬遷", "사마천"),
        ("溥儀", "부의"), ("梁啓超", "양계초"), ("張學良", "장학량"), ("張作霖", "장작림"),
        ("陳獨秀", "진독수"), ("李先念", "이선념"), ("王滬寧", "왕호녕"), ("栗戰書", "율전서"),
        ("賈慶林", "가경림"), ("吳邦國", "오방국"), ("呂洞賓", "여동빈"), ("金日成", "김일성"),
        // Places.
        ("天安門", "천안문"), ("南京", "남경"), ("廣州", "광주"), ("重慶", "중경"),
        ("天津", "천진"), ("臺灣", "대만"), ("大連", "대련"), ("瀋陽", "심양"),
        ("沈陽", "심양"), ("哈爾濱", "합이빈"), ("洛陽", "낙양"), ("旅順", "여순"),
        ("廬山", "여산"), ("桂林", "계림"), ("拉薩", "납살"), ("烏魯木齊", "오로목제"),
        ("澳門", "오문"), ("揚子江", "양자강"), ("樂山", "낙산"), ("龍門", "용문"),
        // Simplified characters read through their traditional forms.
        ("温家宝", "온가보"), ("习近平", "습근평"), ("邓小平", "등소평"), ("胡锦涛", "호금도"),
        ("李克强", "이극강"), ("刘少奇", "유소기"), ("广州", "광주"), ("台湾", "대만"),
        ("台北", "대북"), ("叶剑英", "엽검영"), ("胡适", "호적"),
        // Spaces separate words: each word's first syllable follows the law.
        ("毛 澤東", "모 택동"), ("李 立三", "이 입삼"),
        // A compatibility ideograph (U+F9E1, KS X 1001's 리 encoding of 李) reads as 李.
        ("\u{F9E1}鵬", "이붕"),
    ];

    #[test]
    fn first_reading_of_names() {
        for &(han, want) in FIRST_READING {
            let got = sino_korean(han);
            assert_eq!(
                got.first().map(String::as_str),
                Some(want),
                "{han}: {got:?}"
            );
            assert!(got.len() <= MAX_READINGS);
        }
    }

    // Readings that need not come first but must be given: the other reading of a character with
    // two (白居易: 易 is 역 in education and 이 in names; 金門 is 금문 as a place, 金 김 as a
    // surname), a simplified character of several traditional forms (台 태, 臺 대), and 렬/률 after
    // a vowel or ㄴ both as 한글 맞춤법 제11항 붙임 1 다만 writes them (나열, 비율) and as spelled.
    #[rustfmt::skip]
    const ALSO_READ: &[(&str, &str)] = &[
        ("白居易", "백거이"), ("金門", "금문"), ("北京", "배경"), ("台州", "태주"),
        ("陳烈", "진열"), ("陳烈", "진렬"), ("高律", "고율"), ("高律", "고률"),
    ];

    #[test]
    fn other_readings_are_kept() {
        for &(han, other) in ALSO_READ {
            let got = sino_korean(han);
            assert!(
                got.iter().any(|g| g == other),
                "{han}: {got:?} lacks {other}"
            );
        }
        assert_eq!(sino_korean("陳烈")[0], "진열");
    }

    // 한글 맞춤법 제3장 제5절: 제10항 (녀 뇨 뉴 니), 제11항 (랴 려 례 료 류 리), 제12항 (라 래 로
    // 뢰 루 르), with finals kept (녕 → 영, 력 → 역, 락 → 낙); other syllables are unchanged.
    #[rustfmt::skip]
    const INITIAL_SOUND_LAW: &[(char, char)] = &[
        ('녀', '여'), ('뇨', '요'), ('뉴', '유'), ('니', '이'), ('녕', '영'), ('닉', '익'),
        ('랴', '야'), ('려', '여'), ('례', '예'), ('료', '요'), ('류', '유'), ('리', '이'),
        ('력', '역'), ('림', '임'), ('라', '나'), ('래', '내'), ('로', '노'), ('뢰', '뇌'),
        ('루', '누'), ('르', '느'), ('락', '낙'), ('룡', '용'),
        ('나', '나'), ('노', '노'), ('김', '김'), ('이', '이'), ('a', 'a'), ('李', '李'),
    ];

    #[test]
    fn initial_sound_law_table() {
        for &(from, to) in INITIAL_SOUND_LAW {
            assert_eq!(initial_sound_law(from), to, "{from}");
        }
    }

    #[test]
    fn readings_keep_their_sources() {
        // UAX #38 kHangul: 李 리:0E 이:0; 金 금:0E 김:0N.
        let li = sino_korean_readings('李');
        assert_eq!(li.len(), 2);
        assert!(li[0].ks_x_1001() && li[0].educational() && !li[0].personal_name());
        assert!(li[1].ks_x_1001() && !li[1].educational());
        let kim = sino_korean_readings('金');
        assert!(kim[1].personal_name() && kim[1].hangul() == '김');
        assert!(sino_korean_readings('圳')[0].supplement());
        assert!(sino_korean_readings('a').is_empty());
        assert!(sino_korean_readings('习').is_empty());
        assert_eq!(name_readings('习', false), ['습']);
        assert_eq!(name_readings('樂', true), ['낙', '악', '요']);
        assert_eq!(name_readings('來', false), ['래']);
    }

    #[test]
    fn not_a_name_in_han_characters() {
        for s in ["", " ", "Li Keqiang", "李·克強", "이극강", "深圳123"] {
            assert!(sino_korean(s).is_empty(), "{s}");
        }
    }

    // Simplified ↔ traditional (Unihan kSimplifiedVariant / kTraditionalVariant). Korean names
    // written in Hanja (문재인 文在寅, 이재명 李在明) have no simplified forms to change; others do
    // (노무현 盧武鉉 → 卢武铉, 윤석열 尹錫悅 → 尹锡悦).
    #[rustfmt::skip]
    const SIMPLIFIED_TRADITIONAL: &[(&str, &str)] = &[
        ("温家宝", "溫家寶"), ("习近平", "習近平"), ("李在明", "李在明"), ("文在寅", "文在寅"),
        ("邓小平", "鄧小平"), ("胡锦涛", "胡錦濤"), ("江泽民", "江澤民"), ("朱镕基", "朱鎔基"),
        ("周恩来", "周恩來"), ("毛泽东", "毛澤東"), ("李克强", "李克強"), ("刘少奇", "劉少奇"),
        ("卢武铉", "盧武鉉"), ("尹锡悦", "尹錫悅"), ("韩德洙", "韓德洙"), ("广州", "廣州"),
        ("北京", "北京"), ("上海", "上海"), ("香港", "香港"), ("金正恩", "金正恩"),
        ("深圳", "深圳"), ("王沪宁", "王滬寧"), ("赵乐际", "趙樂際"), ("哈尔滨", "哈爾濱"),
    ];

    #[test]
    fn simplified_and_traditional() {
        for &(s, t) in SIMPLIFIED_TRADITIONAL {
            let tr = to_traditional(s);
            assert_eq!(tr[0], t, "to_traditional({s}): {tr:?}");
            let si = to_simplified(t);
            assert_eq!(si[0], s, "to_simplified({t}): {si:?}");
            assert!(tr.len() <= MAX_FORMS && si.len() <= MAX_FORMS);
        }
        // One simplified character, several traditional ones: all are given.
        let tw = to_traditional("台湾");
        for t in ["臺灣", "台灣"] {
            assert!(tw.iter().any(|x| x == t), "{tw:?} lacks {t}");
        }
        assert!(to_traditional("").is_empty());
        assert_eq!(to_traditional("Kim 金"), ["Kim 金"]);
    }

    #[test]
    fn long_input_stays_linear() {
        let long: String = "李克強".repeat(2000);
        let r = sino_korean(&long);
        assert_eq!(r.len(), 1);
        assert!(r[0].starts_with("이극강리극강"));
        assert_eq!(to_traditional(&"温家宝".repeat(2000)).len(), 1);
    }
}
