//! Korean (Hangul → Latin) romanisation for canonym.
//!
//! Three standards are implemented: the Revised Romanization of Korean (`rr`, Ministry of Culture and
//! Tourism notice 2000-8), McCune–Reischauer (`mr`, 1939) and the DPRK's official romanisation (`nk`,
//! 1992, revised 2002). All three transcribe pronunciation, so a word is first run through a small model
//! of the Standard Pronunciation rules (liaison, nasal and lateral assimilation, palatalisation,
//! aspiration with ㅎ, final neutralisation) and then spelt with the scheme's letters. Personal names get
//! each scheme's name conventions. For matching, [`latin_key`] folds any Latin spelling of a Korean name
//! to a romanisation-neutral key, and [`name_variants`] lists the spellings a name is likely to appear
//! under (standard forms plus customary passport/press spellings).
//!
//! Everything here is table- or `match`-driven with no global state; a call allocates its output and a
//! few small per-word buffers, never per character.

use std::collections::HashSet;

/// A romanisation standard for Korean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KoScheme {
    /// Revised Romanization of Korean (ROK, 2000).
    Rr,
    /// McCune–Reischauer (1939), with breves and aspiration apostrophes.
    Mr,
    /// DPRK official romanisation (1992, revised 2002), written without breves.
    Nk,
}

impl KoScheme {
    /// Every scheme, in a stable order.
    pub const ALL: [KoScheme; 3] = [KoScheme::Rr, KoScheme::Mr, KoScheme::Nk];

    /// Short identifier used in files and labels.
    pub fn id(self) -> &'static str {
        match self {
            KoScheme::Rr => "rr",
            KoScheme::Mr => "mr",
            KoScheme::Nk => "nk",
        }
    }

    /// Human-readable name of the standard.
    pub fn full_name(self) -> &'static str {
        match self {
            KoScheme::Rr => "Revised Romanization of Korean",
            KoScheme::Mr => "McCune–Reischauer",
            KoScheme::Nk => "DPRK official romanization (1992, revised 2002)",
        }
    }

    /// Year the standard was published (the DPRK system's first edition).
    pub fn year(self) -> u16 {
        match self {
            KoScheme::Rr => 2000,
            KoScheme::Mr => 1939,
            KoScheme::Nk => 1992,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Hangul syllable structure (Unicode 15, §3.12 "Conjoining Jamo Behavior"): a precomposed syllable
// U+AC00..U+D7A3 is 0xAC00 + (initial * 21 + vowel) * 28 + final.
// ---------------------------------------------------------------------------------------------

const S_BASE: u32 = 0xAC00;
const S_LAST: u32 = 0xD7A3;

// Initial consonant indices (choseong order). `I_LAT` is not a Unicode index: it marks a ㄹ that
// assimilation produced (ㄴㄹ, ㄹㄴ → [ㄹㄹ]); the DPRK system spells it differently from a written ㄹㄹ.
const I_G: u8 = 0;
const I_GG: u8 = 1;
const I_N: u8 = 2;
const I_D: u8 = 3;
const I_R: u8 = 5;
const I_M: u8 = 6;
const I_B: u8 = 7;
const I_S: u8 = 9;
const I_SS: u8 = 10;
const I_O: u8 = 11; // ㅇ: no consonant
const I_J: u8 = 12;
const I_CH: u8 = 14;
const I_K: u8 = 15;
const I_T: u8 = 16;
const I_P: u8 = 17;
const I_H: u8 = 18;
const I_LAT: u8 = 19;

// Vowel indices (jungseong order) that rules refer to.
const V_YEO: u8 = 6;
const V_WI: u8 = 16;
const V_I: u8 = 20;

// Final consonant indices (jongseong order, 0 = none).
const F_NONE: u8 = 0;
const F_G: u8 = 1;
const F_GG: u8 = 2;
const F_GS: u8 = 3;
const F_N: u8 = 4;
const F_NJ: u8 = 5;
const F_NH: u8 = 6;
const F_D: u8 = 7;
const F_L: u8 = 8;
const F_LG: u8 = 9;
const F_LM: u8 = 10;
const F_LB: u8 = 11;
const F_LS: u8 = 12;
const F_LT: u8 = 13;
const F_LP: u8 = 14;
const F_LH: u8 = 15;
const F_M: u8 = 16;
const F_B: u8 = 17;
const F_BS: u8 = 18;
const F_S: u8 = 19;
const F_SS: u8 = 20;
const F_NG: u8 = 21;
const F_J: u8 = 22;
const F_CH: u8 = 23;
const F_K: u8 = 24;
const F_T: u8 = 25;
const F_P: u8 = 26;
const F_H: u8 = 27;

/// A written syllable: initial, vowel and final jamo indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Syl {
    l: u8,
    v: u8,
    t: u8,
}

/// Decomposes a precomposed syllable literal; only used on constants written in this file.
const fn sy(c: char) -> Syl {
    let x = (c as u32).wrapping_sub(S_BASE) % 11172;
    Syl {
        l: (x / 588) as u8,
        v: ((x % 588) / 28) as u8,
        t: (x % 28) as u8,
    }
}

fn syl_of(c: char) -> Option<Syl> {
    let u = c as u32;
    if (S_BASE..=S_LAST).contains(&u) {
        Some(sy(c))
    } else {
        None
    }
}

fn syl_char(s: Syl) -> char {
    let u = S_BASE + (u32::from(s.l) * 21 + u32::from(s.v)) * 28 + u32::from(s.t);
    char::from_u32(u).unwrap_or('\u{FFFD}')
}

/// A unit of input: a Hangul syllable (precomposed, or composed here from conjoining jamo) or
/// any other character, which passes through.
enum Unit {
    Syl(Syl),
    Other(char),
}

/// Iterates over `text`, composing conjoining-jamo sequences (U+1100 block, as in NFD text) into
/// syllables so decomposed input romanises like precomposed input.
struct Units<'a> {
    it: std::iter::Peekable<std::str::Chars<'a>>,
}

fn units(text: &str) -> Units<'_> {
    Units {
        it: text.chars().peekable(),
    }
}

impl Iterator for Units<'_> {
    type Item = Unit;
    fn next(&mut self) -> Option<Unit> {
        let c = self.it.next()?;
        if let Some(s) = syl_of(c) {
            if s.t == F_NONE {
                if let Some(&t) = self.it.peek() {
                    let tu = t as u32;
                    if (0x11A8..=0x11C2).contains(&tu) {
                        self.it.next();
                        return Some(Unit::Syl(Syl {
                            t: (tu - 0x11A7) as u8,
                            ..s
                        }));
                    }
                }
            }
            return Some(Unit::Syl(s));
        }
        let u = c as u32;
        if (0x1100..=0x1112).contains(&u) {
            if let Some(&v) = self.it.peek() {
                let vu = v as u32;
                if (0x1161..=0x1175).contains(&vu) {
                    self.it.next();
                    let mut s = Syl {
                        l: (u - 0x1100) as u8,
                        v: (vu - 0x1161) as u8,
                        t: F_NONE,
                    };
                    if let Some(&t) = self.it.peek() {
                        let tu = t as u32;
                        if (0x11A8..=0x11C2).contains(&tu) {
                            self.it.next();
                            s.t = (tu - 0x11A7) as u8;
                        }
                    }
                    return Some(Unit::Syl(s));
                }
            }
        }
        Some(Unit::Other(c))
    }
}

// ---------------------------------------------------------------------------------------------
// Pronunciation model (Standard Pronunciation Rules, 표준 발음법, 1988, ch. 4-7), reduced to what
// the three romanisations need.
// ---------------------------------------------------------------------------------------------

/// The seven final sounds of Standard Pronunciation art. 8 (ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ) plus "none".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Coda {
    No,
    K,
    N,
    T,
    L,
    M,
    P,
    Ng,
}

/// A syllable as pronounced: initial (possibly changed), vowel, final sound.
#[derive(Clone, Copy, Debug)]
struct PSyl {
    on: u8,
    v: u8,
    coda: Coda,
}

/// Final neutralisation before a consonant or pause (Standard Pronunciation arts. 9-11; ㄼ → ㄹ
/// as in 여덟, ㄺ → ㄱ as in 닭).
fn neutral(t: u8) -> Coda {
    match t {
        F_NONE => Coda::No,
        F_G | F_GG | F_GS | F_LG | F_K => Coda::K,
        F_N | F_NJ | F_NH => Coda::N,
        F_D | F_S | F_SS | F_J | F_CH | F_T | F_H => Coda::T,
        F_L | F_LB | F_LS | F_LT | F_LH => Coda::L,
        F_M | F_LM => Coda::M,
        F_B | F_BS | F_P | F_LP => Coda::P,
        _ => Coda::Ng,
    }
}

/// The initial a single final becomes when it links onto a following vowel (art. 13).
fn final_as_initial(t: u8) -> u8 {
    match t {
        F_G => I_G,
        F_GG => I_GG,
        F_N => I_N,
        F_D => I_D,
        F_L => I_R,
        F_M => I_M,
        F_B => I_B,
        F_S => I_S,
        F_SS => I_SS,
        F_J => I_J,
        F_CH => I_CH,
        F_K => I_K,
        F_T => I_T,
        F_P => I_P,
        _ => I_O,
    }
}

/// Sound change at one syllable boundary: the final `t` of a syllable meets the syllable `next`.
/// Returns the pronounced final of the first syllable and the pronounced initial of the second.
/// `verbal`: the ㅎ-syllable is a verbal suffix (aspiration applies, RR 3.1.4); `n_suffix`: the
/// ㄹ-syllable is a bound noun after ㄴ (신문로 [신문노]); `nk`: DPRK spelling keeps ㄹ after
/// consonants other than ㄴ ㄹ (압록강 Amrokgang) and only nasalises the final.
fn boundary(t: u8, next: Syl, verbal: bool, n_suffix: bool, nk: bool) -> (Coda, u8) {
    use Coda::*;
    let l = next.l;
    if t == F_NONE {
        return (No, l);
    }
    if l == I_O {
        // Liaison (arts. 13-16); palatalisation of ㄷ ㅌ before 이 (art. 17).
        return match t {
            F_NG => (Ng, I_O),
            F_H => (No, I_O),
            F_NH => (No, I_N),
            F_LH => (No, I_R),
            F_GS => (K, I_S),
            F_NJ => (N, I_J),
            F_LG => (L, I_G),
            F_LM => (L, I_M),
            F_LB => (L, I_B),
            F_LS => (L, I_S),
            F_LT => (L, I_T),
            F_LP => (L, I_P),
            F_BS => (P, I_S),
            F_D if next.v == V_I => (No, I_J),
            F_T if next.v == V_I => (No, I_CH),
            _ => (No, final_as_initial(t)),
        };
    }
    if l == I_H {
        // ㄱ ㄷ ㅂ ㅈ + ㅎ: aspirated in verbs (잡혀 japyeo, 굳히다 guchida), kept in nouns
        // (묵호 Mukho, 집현전 Jiphyeonjeon) — RR 3.1.4 and its proviso.
        let palatal = next.v == V_I || next.v == V_YEO;
        return match t {
            F_H => (No, I_H),
            F_NH => (N, I_H),
            F_LH => (L, I_H),
            F_G | F_GG | F_K | F_GS if verbal => (No, I_K),
            F_LG if verbal => (L, I_K),
            F_D | F_T if verbal && palatal => (No, I_CH),
            F_J | F_CH if verbal => (No, I_CH),
            F_D | F_T | F_S | F_SS if verbal => (No, I_T),
            F_NJ if verbal => (N, I_CH),
            F_B | F_P | F_BS if verbal => (No, I_P),
            F_LB | F_LP if verbal => (L, I_P),
            _ => (neutral(t), I_H),
        };
    }
    if matches!(t, F_H | F_NH | F_LH) {
        // ㅎ + ㄱ ㄷ ㅈ → ㅋ ㅌ ㅊ (art. 12.1: 좋고 joko, 놓다 nota); ㅎ + ㅅ → [ㅆ], tensing unwritten;
        // ㅎ + ㄴ → [ㄴㄴ], ㅀ + ㄴ → [ㄹㄹ] (art. 12.3-4).
        let rest = match t {
            F_NH => N,
            F_LH => L,
            _ => No,
        };
        match l {
            I_G => return (rest, I_K),
            I_D => return (rest, I_T),
            I_J => return (rest, I_CH),
            I_S => return (rest, I_S),
            I_N if t == F_LH => return (L, I_LAT),
            I_N => return (N, I_N),
            _ => {}
        }
    }
    let mut c = neutral(t);
    if t == F_LG && l == I_G {
        c = L; // 맑게 [말께] (art. 11 proviso)
    }
    // Nasalisation (art. 18), ㄹ → ㄴ after ㅁ ㅇ and after stops (art. 19), lateralisation (art. 20).
    let nasal = |c: Coda| match c {
        K => Ng,
        T => N,
        P => M,
        other => other,
    };
    match l {
        I_R => match c {
            N if n_suffix => (N, I_N),
            N => (L, I_LAT),
            L => (L, I_R),
            No => (No, I_R),
            _ if nk => (nasal(c), I_R),
            _ => (nasal(c), I_N),
        },
        I_N => match c {
            L => (L, I_LAT),
            _ => (nasal(c), I_N),
        },
        I_M => (nasal(c), I_M),
        _ => (c, l),
    }
}

/// Whether the ㅎ-initial syllable at `j` is a verbal suffix, so that a preceding ㄱ ㄷ ㅂ ㅈ
/// aspirates. RR 3.1.4 distinguishes verbs from nouns; with no dictionary we recognise the passive/
/// causative 히 (and its forms 힌 힐 힘 힙 혀 혔) and the light verb 하- before an ending.
fn is_verbal_h(w: &[Syl], j: usize) -> bool {
    let Some(&s) = w.get(j) else { return false };
    if s.l != I_H {
        return false;
    }
    if s.v == V_I && matches!(s.t, F_NONE | F_N | F_L | F_M | F_B) {
        return true;
    }
    if s.v == V_YEO && matches!(s.t, F_NONE | F_SS) {
        return true;
    }
    let Some(&n) = w.get(j + 1) else { return false };
    const AFTER_HA: [Syl; 14] = [
        sy('다'),
        sy('고'),
        sy('지'),
        sy('게'),
        sy('여'),
        sy('면'),
        sy('니'),
        sy('는'),
        sy('세'),
        sy('시'),
        sy('였'),
        sy('기'),
        sy('자'),
        sy('며'),
    ];
    if s == sy('하') {
        return AFTER_HA.contains(&n);
    }
    if s == sy('합') {
        return n == sy('니');
    }
    if s == sy('했') {
        return true;
    }
    if s == sy('해') {
        return [sy('요'), sy('서'), sy('도'), sy('야'), sy('라')].contains(&n);
    }
    false
}

/// Whether the ㄹ-syllable at `j` is one of the bound nouns that keep [ㄴㄴ] after ㄴ in compounds
/// (Standard Pronunciation art. 20 proviso: 의견란, 생산량, 입원료; RR example 신문로 Sinmunno).
/// Only from the third syllable on, so 신라 Silla and 권력 keep [ㄹㄹ].
fn is_n_suffix(w: &[Syl], j: usize) -> bool {
    if j < 2 {
        return false;
    }
    let Some(&s) = w.get(j) else { return false };
    [sy('로'), sy('란'), sy('량'), sy('력'), sy('론'), sy('료')].contains(&s)
}

/// Runs the pronunciation model over one word.
fn pronounce(w: &[Syl], nk: bool, out: &mut Vec<PSyl>) {
    out.clear();
    out.extend(w.iter().map(|s| PSyl {
        on: s.l,
        v: s.v,
        coda: Coda::No,
    }));
    for i in 0..w.len() {
        match w.get(i + 1) {
            Some(&next) => {
                let (c, on) = boundary(
                    w[i].t,
                    next,
                    is_verbal_h(w, i + 1),
                    is_n_suffix(w, i + 1),
                    nk,
                );
                out[i].coda = c;
                out[i + 1].on = on;
            }
            None => out[i].coda = neutral(w[i].t),
        }
    }
}

// Words whose pronunciation inserts ㄴ (Standard Pronunciation art. 29: a compound whose second
// element starts with 이 야 여 요 유); RR 3.1.2 examples 학여울 Hangnyeoul and 알약 allyak. Lexical, so a
// list: the written word and the same word with the inserted ㄴ written out (same syllable count).
#[rustfmt::skip]
static N_INSERTION: &[(&str, &str)] = &[
    ("꽃잎", "꽃닢"), ("내복약", "내복냑"), ("눈요기", "눈뇨기"), ("늑막염", "늑막념"),
    ("담요", "담뇨"), ("막일", "막닐"), ("맨입", "맨닙"), ("물약", "물냑"), ("물엿", "물녓"),
    ("색연필", "색년필"), ("솜이불", "솜니불"), ("식용유", "식용뉴"), ("신여성", "신녀성"),
    ("알약", "알냑"), ("영업용", "영업뇽"), ("콩엿", "콩녓"), ("학여울", "학녀울"),
    ("한여름", "한녀름"), ("휘발유", "휘발뉴"),
];

/// Rewrites `w` in place when it starts with an ㄴ-insertion word (alone or followed by a particle).
fn apply_n_insertion(w: &mut [Syl]) {
    for (written, spoken) in N_INSERTION {
        let n = written.chars().count();
        if w.len() < n
            || !written
                .chars()
                .zip(w.iter())
                .all(|(c, s)| syl_of(c) == Some(*s))
        {
            continue;
        }
        if w.len() > n {
            let rest: String = w[n..].iter().map(|&s| syl_char(s)).collect();
            if PARTICLES.binary_search(&rest.as_str()).is_err() {
                continue;
            }
        }
        for (slot, c) in w.iter_mut().zip(spoken.chars()) {
            if let Some(s) = syl_of(c) {
                *slot = s;
            }
        }
        return;
    }
}

// Administrative units (RR 3.5; the DPRK system has the same rule): the unit follows a hyphen and
// sound change does not cross it. Only recognisable units are split: the special/metropolitan city
// and special self-governing suffixes; 도 after a province stem or 북/남; and 시 군 구 읍 면 after a stem of
// two or more syllables unless the last two syllables form a common noun (도시 "city", 인민군 "army",
// 비상구 "exit", 라면 ...). 동 리 가 are not split: too many ordinary words end in them (왕십리
// Wangsimni is itself an RR example written without a hyphen).
#[rustfmt::skip]
static PROVINCE_STEMS: &[&str] = &[
    "강원", "경기", "경상", "량강", "양강", "자강", "전라", "제주", "충청", "평안", "함경", "황해",
];
#[rustfmt::skip]
static UNIT_NOUN_BLOCK: &[&str] = &[
    "가구", "간시", "감시", "개시", "게시", "경시", "공구", "공군", "교시", "국군", "국면", "기구",
    "나구", "내면", "냉면", "농구", "단면", "당시", "대군", "도구", "도시", "동시", "란군", "라면",
    "립군", "명시", "무시", "문구", "민군", "반군", "방면", "배구", "병군", "부군", "분구", "비구",
    "상구", "수구", "수면", "수시", "아군", "암시", "야구", "어구", "역시", "연구", "완구", "외면",
    "요구", "용구", "용군", "육군", "응시", "이면", "일시", "임시", "입구", "입시", "잠시", "장군",
    "장면", "적군", "전면", "전시", "정면", "정시", "제시", "족구", "중시", "즉시", "지구", "지면",
    "지시", "착시", "창구", "체면", "추구", "축구", "출구", "측면", "친구", "탁구", "탐구", "파구",
    "평면", "평시", "표면", "표시", "하구", "한군", "합군", "항구", "해군", "혹시", "화구", "화면",
];

fn syls_eq(w: &[Syl], s: &str) -> bool {
    w.len() == s.chars().count() && s.chars().zip(w.iter()).all(|(c, x)| syl_of(c) == Some(*x))
}

fn syls_in(w: &[Syl], list: &[&str]) -> bool {
    list.iter().any(|s| syls_eq(w, s))
}

/// Index where an administrative-unit suffix starts, if the word ends in one.
fn admin_split(w: &[Syl]) -> Option<usize> {
    let n = w.len();
    if n >= 6 && (syls_eq(&w[n - 5..], "특별자치도") || syls_eq(&w[n - 5..], "특별자치시"))
    {
        return Some(n - 5);
    }
    if n >= 4 && (syls_eq(&w[n - 3..], "특별시") || syls_eq(&w[n - 3..], "광역시")) {
        return Some(n - 3);
    }
    if n < 3 {
        return None;
    }
    let last = w[n - 1];
    if last == sy('도') {
        let stem = &w[..n - 1];
        let by_direction = matches!(syl_char(stem[stem.len() - 1]), '북' | '남');
        if by_direction || syls_in(stem, PROVINCE_STEMS) {
            return Some(n - 1);
        }
        return None;
    }
    if [sy('시'), sy('군'), sy('구'), sy('읍'), sy('면')].contains(&last)
        && !syls_in(&w[n - 2..], UNIT_NOUN_BLOCK)
    {
        return Some(n - 1);
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Letters. Tables are written from each standard's own chart:
//  RR: 국어의 로마자 표기법 (2000), ch. 2 arts. 1-2;
//  MR: McCune & Reischauer, "The Romanization of the Korean Language" (Trans. Korea Branch RAS 29,
//      1939), vowel and consonant tables with the voicing rules;
//  NK: 조선말의 라틴문자 표기법 (Academy of Social Sciences, 1992; 2002 revision), vowel and
//      consonant tables; breves dropped as its simplified form for geographic names allows, which is
//      also how DPRK English-language publications print names (Phyongyang, Kim Jong Un).
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
static RR_VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
];
#[rustfmt::skip]
static MR_VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i",
];
#[rustfmt::skip]
static NK_VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i",
];
// Initials ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (+ assimilated ㄹ). Voicing-dependent
// entries (MR ㄱ ㄷ ㅂ ㅈ, NK ㄱ ㄷ ㅂ) hold the voiceless letter and are decided in `onset`.
#[rustfmt::skip]
static RR_INITIAL: [&str; 20] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h", "l",
];
#[rustfmt::skip]
static MR_INITIAL: [&str; 20] = [
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h", "l",
];
#[rustfmt::skip]
static NK_INITIAL: [&str; 20] = [
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h", "l",
];

fn vowel(scheme: KoScheme, v: u8) -> &'static str {
    let table = match scheme {
        KoScheme::Rr => &RR_VOWEL,
        KoScheme::Mr => &MR_VOWEL,
        KoScheme::Nk => &NK_VOWEL,
    };
    table.get(usize::from(v)).copied().unwrap_or("")
}

/// Spelling of an initial. `prev` is the final sound before it (`None` at the start of a word).
fn onset(scheme: KoScheme, on: u8, prev: Option<Coda>, v: u8) -> &'static str {
    use Coda::*;
    // MR: ㄱ ㅂ voiced after a vowel, nasal or ㄹ; ㄷ ㅈ after a vowel or nasal only (ㄹ + ㄷ ㅈ is
    // tense in Sino-Korean: 팔당 P'altang, 발전 palchŏn). NK: all three voiced after any resonant.
    let after_vowel_or_nasal = matches!(prev, Some(No | N | M | Ng));
    let after_resonant = after_vowel_or_nasal || prev == Some(L);
    let i = usize::from(on);
    match scheme {
        KoScheme::Rr => {
            if on == I_R && prev == Some(L) {
                "l"
            } else {
                RR_INITIAL.get(i).copied().unwrap_or("")
            }
        }
        KoScheme::Mr => match on {
            I_G if after_resonant => "g",
            I_B if after_resonant => "b",
            I_D if after_vowel_or_nasal => "d",
            I_J if after_vowel_or_nasal => "j",
            I_R if prev == Some(L) => "l",
            I_S if v == V_WI => "sh",
            _ => MR_INITIAL.get(i).copied().unwrap_or(""),
        },
        KoScheme::Nk => match on {
            I_G if after_resonant => "g",
            I_B if after_resonant => "b",
            I_D if after_resonant => "d",
            _ => NK_INITIAL.get(i).copied().unwrap_or(""),
        },
    }
}

fn coda_str(c: Coda) -> &'static str {
    match c {
        Coda::No => "",
        Coda::K => "k",
        Coda::N => "n",
        Coda::T => "t",
        Coda::L => "l",
        Coda::M => "m",
        Coda::P => "p",
        Coda::Ng => "ng",
    }
}

/// RR 3.2: a hyphen may separate syllables whose letters would otherwise read differently. We write
/// it for ng + plain vowel (중앙 Jung-ang), n + g (반구대 Ban-gudae) and vowel letters that would fuse
/// into another vowel (세운 Se-un, 해운대 Hae-undae). ng before y/w is left alone, as in the official
/// spellings Pyeongyang and Gangwon.
fn rr_hyphen(prev: PSyl, cur: PSyl) -> bool {
    let next_first = vowel(KoScheme::Rr, cur.v).as_bytes().first().copied();
    match prev.coda {
        Coda::Ng => cur.on == I_O && !matches!(next_first, Some(b'y' | b'w')),
        Coda::N => cur.on == I_G,
        Coda::No if cur.on == I_O => {
            let last = vowel(KoScheme::Rr, prev.v).as_bytes().last().copied();
            matches!(
                (last, next_first),
                (Some(b'a'), Some(b'e'))
                    | (Some(b'e'), Some(b'o'))
                    | (Some(b'e'), Some(b'u'))
                    | (Some(b'o'), Some(b'e'))
                    | (Some(b'u'), Some(b'i'))
            )
        }
        _ => false,
    }
}

/// Writes a pronounced word in lowercase. `before` is the final sound ending the preceding part of
/// the same name (for an administrative unit after its hyphen), `None` at a word start.
fn spell_word(scheme: KoScheme, ps: &[PSyl], before: Option<Coda>, out: &mut String) {
    for (i, s) in ps.iter().enumerate() {
        let prev = if i == 0 { None } else { ps.get(i - 1).copied() };
        let prev_coda = match prev {
            Some(p) => Some(p.coda),
            None => before,
        };
        if scheme == KoScheme::Rr {
            if let Some(p) = prev {
                if rr_hyphen(p, *s) {
                    out.push('-');
                }
            }
        }
        out.push_str(onset(scheme, s.on, prev_coda, s.v));
        out.push_str(vowel(scheme, s.v));
        let next_on = ps.get(i + 1).map(|n| n.on);
        if scheme == KoScheme::Mr && s.coda == Coda::N && next_on == Some(I_G) {
            // MR marks ㄴ + ㄱ as n'g to keep it apart from ng (한국 Han'guk).
            out.push_str("n'");
        } else {
            out.push_str(coda_str(s.coda));
        }
    }
}

/// Romanises one run of Hangul syllables in text mode.
fn text_word(scheme: KoScheme, w: &mut [Syl], ps: &mut Vec<PSyl>, out: &mut String) {
    apply_n_insertion(w);
    let nk = scheme == KoScheme::Nk;
    if scheme != KoScheme::Mr {
        if let Some(cut) = admin_split(w) {
            let (stem, unit) = w.split_at(cut);
            pronounce(stem, nk, ps);
            spell_word(scheme, ps, None, out);
            // The unit's initial is voiced as it sounds after the stem (NK), though no
            // assimilation crosses the hyphen.
            let before = ps.last().map(|p| p.coda);
            out.push('-');
            pronounce(unit, nk, ps);
            spell_word(scheme, ps, before, out);
            return;
        }
    }
    pronounce(w, nk, ps);
    spell_word(scheme, ps, None, out);
}

/// Romanise `text`. Non-Hangul characters pass through unchanged. `name`: the text is a personal
/// name — surname first (one syllable, or two for 남궁 제갈 선우 황보 독고 사공 서문), then the given name,
/// each written by the scheme's rules for names; otherwise the text is romanised word by word in
/// lowercase with the scheme's sound-change rules.
pub fn transliterate(scheme: KoScheme, text: &str, name: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    if name {
        name_mode(scheme, text, &mut out);
        return out;
    }
    let mut word: Vec<Syl> = Vec::new();
    let mut ps: Vec<PSyl> = Vec::new();
    for u in units(text) {
        match u {
            Unit::Syl(s) => word.push(s),
            Unit::Other(c) => {
                if !word.is_empty() {
                    text_word(scheme, &mut word, &mut ps, &mut out);
                    word.clear();
                }
                out.push(c);
            }
        }
    }
    if !word.is_empty() {
        text_word(scheme, &mut word, &mut ps, &mut out);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Personal names.
//  RR 3.4: surname, space, given name written together (hyphen allowed), no sound change inside the
//   given name (한복남 Han Boknam, 홍빛나 Hong Bitna).
//  MR as applied to names (and by ALA-LC): surname, space, given name hyphenated; each syllable
//   spelt alone, its initial voiced or not by the end of the previous syllable (Kim Il-sŏng,
//   Pak Chŏng-hŭi).
//  NK: every syllable of a Sino-Korean given name a separate word; the given name's first initial
//   voiceless, later ones voiced after a vowel or resonant (Pak Tong Gu, Kim Jong Un, Ri Sol Ju).
// Surnames print each scheme's own form; the customary spellings (Lee, Park ...) are in
// `conventional_surnames` and `name_variants`.
// ---------------------------------------------------------------------------------------------

// Two-syllable surnames. 서문 and 선우 are also common given-name starts after 서 and 선, so those two
// are only taken as surnames in a name of four or more syllables (or when written apart).
#[rustfmt::skip]
static COMPOUND_SURNAMES: &[&str] = &["남궁", "독고", "사공", "서문", "선우", "제갈", "황보"];

// Spellings the DPRK itself uses that depart from its romanisation rules.
#[rustfmt::skip]
static NK_ESTABLISHED: &[(&str, &str)] = &[("김일성", "Kim Il Sung")];

/// How many leading syllables of `run` are the surname.
fn surname_len(run: &[Syl], given_written_apart: bool) -> usize {
    if run.is_empty() {
        return 0;
    }
    if run.len() >= 2 && syls_in(&run[..2], COMPOUND_SURNAMES) {
        if run.len() == 2 {
            return if given_written_apart { 2 } else { 1 };
        }
        let ambiguous = syls_eq(&run[..2], "서문") || syls_eq(&run[..2], "선우");
        if !ambiguous || run.len() >= 4 {
            return 2;
        }
    }
    1
}

/// One syllable of a name, spelt on its own with `prev` as the preceding final (no assimilation).
fn push_name_syl(scheme: KoScheme, s: Syl, prev: Option<Coda>, out: &mut String) {
    out.push_str(onset(scheme, s.l, prev, s.v));
    out.push_str(vowel(scheme, s.v));
    out.push_str(coda_str(neutral(s.t)));
}

/// Upper-cases the first letter.
fn cap(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The scheme's own form of a surname, capitalised.
fn surname_form(scheme: KoScheme, sur: &[Syl]) -> String {
    if let [s] = sur {
        // MR's customary form for 李 is Yi; the DPRK writes 李 盧 羅 as 리 로 라 (no initial-sound law).
        match (scheme, syl_char(*s)) {
            (KoScheme::Mr, '이') => return "Yi".to_string(),
            (KoScheme::Nk, '이') => return "Ri".to_string(),
            (KoScheme::Nk, '노') => return "Ro".to_string(),
            (KoScheme::Nk, '나') => return "Ra".to_string(),
            _ => {}
        }
    }
    let mut out = String::new();
    let mut prev = None;
    for &s in sur {
        push_name_syl(scheme, s, prev, &mut out);
        prev = Some(neutral(s.t));
    }
    cap(&out)
}

/// The given name's syllables, lowercase, each spelt by the scheme's name rules.
fn given_parts(scheme: KoScheme, given: &[Syl]) -> Vec<String> {
    let mut prev = None;
    given
        .iter()
        .map(|&s| {
            let mut p = String::new();
            push_name_syl(scheme, s, prev, &mut p);
            prev = Some(neutral(s.t));
            p
        })
        .collect()
}

fn joined(parts: &[String]) -> String {
    cap(&parts.concat())
}

fn hyphenated(parts: &[String]) -> String {
    cap(&parts.join("-"))
}

fn spaced(parts: &[String]) -> String {
    parts.iter().map(|p| cap(p)).collect::<Vec<_>>().join(" ")
}

/// The given name as the scheme prints it.
fn given_form(scheme: KoScheme, parts: &[String]) -> String {
    match scheme {
        KoScheme::Rr => joined(parts),
        KoScheme::Mr => hyphenated(parts),
        KoScheme::Nk => spaced(parts),
    }
}

fn name_mode(scheme: KoScheme, text: &str, out: &mut String) {
    enum Seg {
        Hangul(Vec<Syl>),
        Other(char),
    }
    let mut segs: Vec<Seg> = Vec::new();
    for u in units(text) {
        match u {
            Unit::Syl(s) => match segs.last_mut() {
                Some(Seg::Hangul(run)) => run.push(s),
                _ => segs.push(Seg::Hangul(vec![s])),
            },
            Unit::Other(c) => segs.push(Seg::Other(c)),
        }
    }
    let runs = segs.iter().filter(|s| matches!(s, Seg::Hangul(_))).count();
    let mut seen_name = false;
    for seg in &segs {
        match seg {
            Seg::Other(c) => out.push(*c),
            Seg::Hangul(run) if !seen_name => {
                seen_name = true;
                if scheme == KoScheme::Nk {
                    if let Some((_, fixed)) = NK_ESTABLISHED.iter().find(|(h, _)| syls_eq(run, h)) {
                        out.push_str(fixed);
                        continue;
                    }
                }
                let k = surname_len(run, runs > 1);
                out.push_str(&surname_form(scheme, &run[..k]));
                if k < run.len() {
                    out.push(' ');
                    out.push_str(&given_form(scheme, &given_parts(scheme, &run[k..])));
                }
            }
            Seg::Hangul(run) => out.push_str(&given_form(scheme, &given_parts(scheme, run))),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Customary spellings.
// ---------------------------------------------------------------------------------------------

struct Surname {
    hangul: &'static str,
    spellings: &'static [&'static str],
    labels: &'static [&'static str],
}

macro_rules! sn {
    ($h:literal => $($s:literal),+) => {
        Surname { hangul: $h, spellings: &[$($s),+], labels: &[$(concat!("surname:", $s)),+] }
    };
}

// Conventional surname spellings, most common first. Order for the large surnames follows passport
// statistics: the 2007 passport data behind the National Institute of Korean Language's 2009 second
// draft on surname romanisation (성씨 로마자 표기 2차 시안: Lee 98.5%, Park 97.3%, Choi 93.1%, Jung 48.6%,
// Yoon 48.9%, Yoo 42.6%, Shin 91.7%) and the Ministry of Foreign Affairs passport name statistics of
// October 2024 (Kim 99.55%, Jung 46.13% / Jeong 42.48% / Chung 7.13%). The rest, and the North Korean
// forms (Ri, Ryang, Rim, Ro), are the spellings in common passport and press use; their order is the
// author's judgement, not a count.
#[rustfmt::skip]
static SURNAMES: &[Surname] = &[
    sn!("강" => "Kang", "Gang"),
    sn!("경" => "Kyung", "Kyeong", "Gyeong"),
    sn!("고" => "Ko", "Koh", "Go"),
    sn!("공" => "Kong", "Gong"),
    sn!("곽" => "Kwak", "Gwak"),
    sn!("구" => "Koo", "Ku", "Gu"),
    sn!("국" => "Kook", "Guk", "Kuk"),
    sn!("권" => "Kwon", "Gwon"),
    sn!("금" => "Keum", "Geum", "Kum"),
    sn!("기" => "Ki", "Gi"),
    sn!("길" => "Gil", "Kil"),
    sn!("김" => "Kim", "Gim"),
    sn!("나" => "Na", "Ra"),
    sn!("남" => "Nam"),
    sn!("남궁" => "Namgung", "Namkoong", "Namkung"),
    sn!("노" => "Noh", "Roh", "No", "Ro"),
    sn!("도" => "Do", "Doh"),
    sn!("독고" => "Dokgo", "Tokko"),
    sn!("라" => "Ra", "Na"),
    sn!("량" => "Ryang", "Yang"),
    sn!("려" => "Ryo", "Yeo"),
    sn!("로" => "Ro", "Roh"),
    sn!("류" => "Ryu", "Yoo", "Yu", "Ryoo"),
    sn!("리" => "Ri", "Lee"),
    sn!("림" => "Rim", "Lim"),
    sn!("마" => "Ma"),
    sn!("맹" => "Maeng"),
    sn!("명" => "Myung", "Myeong"),
    sn!("모" => "Mo"),
    sn!("문" => "Moon", "Mun"),
    sn!("민" => "Min"),
    sn!("박" => "Park", "Pak", "Bak"),
    sn!("반" => "Ban", "Pan"),
    sn!("방" => "Bang", "Pang"),
    sn!("배" => "Bae", "Pae"),
    sn!("백" => "Baek", "Paik", "Paek", "Back"),
    sn!("변" => "Byun", "Byeon", "Pyon"),
    sn!("봉" => "Bong"),
    sn!("부" => "Boo", "Bu"),
    sn!("사" => "Sa"),
    sn!("사공" => "Sagong"),
    sn!("서" => "Seo", "Suh", "So"),
    sn!("서문" => "Seomun", "Somun"),
    sn!("석" => "Seok", "Suk", "Sok"),
    sn!("선우" => "Sunwoo", "Seonu", "Sonu"),
    sn!("설" => "Seol", "Sul", "Sol"),
    sn!("성" => "Sung", "Seong", "Song"),
    sn!("소" => "So"),
    sn!("손" => "Son", "Sohn"),
    sn!("송" => "Song"),
    sn!("신" => "Shin", "Sin"),
    sn!("심" => "Shim", "Sim"),
    sn!("안" => "Ahn", "An"),
    sn!("양" => "Yang", "Ryang"),
    sn!("어" => "Eo", "Uh"),
    sn!("엄" => "Eom", "Um", "Uhm"),
    sn!("여" => "Yeo", "Yoh", "Yo"),
    sn!("염" => "Yeom", "Yum", "Youm"),
    sn!("예" => "Ye"),
    sn!("오" => "Oh", "O"),
    sn!("옥" => "Ok"),
    sn!("왕" => "Wang"),
    sn!("용" => "Yong"),
    sn!("우" => "Woo", "U"),
    sn!("원" => "Won"),
    sn!("위" => "Wi", "Wee"),
    sn!("유" => "Yoo", "Yu", "Ryu"),
    sn!("육" => "Yook", "Yuk"),
    sn!("윤" => "Yoon", "Yun", "Youn"),
    sn!("은" => "Eun"),
    sn!("이" => "Lee", "Yi", "Rhee", "Ri", "I"),
    sn!("인" => "In"),
    sn!("임" => "Lim", "Im", "Yim", "Rim"),
    sn!("장" => "Jang", "Chang"),
    sn!("전" => "Jeon", "Chun", "Jun", "Chon"),
    sn!("정" => "Jung", "Jeong", "Chung", "Chong", "Jong"),
    sn!("제" => "Je", "Jae"),
    sn!("제갈" => "Jegal", "Chegal"),
    sn!("조" => "Cho", "Jo", "Joh"),
    sn!("주" => "Joo", "Ju", "Chu"),
    sn!("지" => "Ji", "Chi"),
    sn!("진" => "Jin", "Chin"),
    sn!("차" => "Cha"),
    sn!("채" => "Chae"),
    sn!("천" => "Cheon", "Chun", "Chon"),
    sn!("최" => "Choi", "Choe", "Chwe"),
    sn!("추" => "Choo", "Chu"),
    sn!("탁" => "Tak"),
    sn!("태" => "Tae"),
    sn!("편" => "Pyun", "Pyeon"),
    sn!("표" => "Pyo"),
    sn!("하" => "Ha"),
    sn!("한" => "Han"),
    sn!("허" => "Heo", "Hur", "Huh"),
    sn!("현" => "Hyun", "Hyeon", "Hyon"),
    sn!("홍" => "Hong"),
    sn!("황" => "Hwang"),
    sn!("황보" => "Hwangbo"),
];

/// Conventional spellings of a Korean surname in Hangul, most common first; empty if unknown.
/// Sources: see the table comment (NIKL 2009 surname-romanisation draft and the passport statistics it
/// and the Ministry of Foreign Affairs published).
pub fn conventional_surnames(surname: &str) -> &'static [&'static str] {
    match SURNAMES.binary_search_by(|s| s.hangul.cmp(surname.trim())) {
        Ok(i) => SURNAMES[i].spellings,
        Err(_) => &[],
    }
}

fn surname_labels(surname: &str) -> &'static [&'static str] {
    match SURNAMES.binary_search_by(|s| s.hangul.cmp(surname)) {
        Ok(i) => SURNAMES[i].labels,
        Err(_) => &[],
    }
}

// Customary given-name spellings per syllable, most common first (first = the form used as the
// "primary" customary spelling). No standard governs these: this is a compilation of spellings in
// common passport and press use (e.g. 영 Young, 희 Hee, 수 Soo, 숙 Sook, 우 Woo, 문 Moon), written
// for this table; the passport-change guidance of the Ministry of Foreign Affairs (which treats
// GEUN, KYU, BYUNG, SUNG, SOOK, SHIN, KOOK as the settled forms) informed the first choices.
#[rustfmt::skip]
static GIVEN_CUSTOMARY: &[(&str, &[&str])] = &[
    ("가", &["Ga", "Ka"]),
    ("각", &["Gak", "Kak"]),
    ("갑", &["Gap", "Kap"]),
    ("강", &["Kang", "Gang"]),
    ("개", &["Gae", "Kae"]),
    ("건", &["Gun", "Geon", "Kun", "Keon"]),
    ("걸", &["Geol", "Gul"]),
    ("겸", &["Kyum", "Gyeom"]),
    ("경", &["Kyung", "Kyeong", "Gyeong", "Kyong"]),
    ("계", &["Kye", "Gye"]),
    ("고", &["Ko", "Go"]),
    ("곤", &["Gon", "Kon"]),
    ("공", &["Kong", "Gong"]),
    ("관", &["Kwan", "Gwan"]),
    ("광", &["Kwang", "Gwang"]),
    ("교", &["Kyo", "Gyo"]),
    ("구", &["Koo", "Gu", "Ku"]),
    ("국", &["Kook", "Guk", "Kuk"]),
    ("군", &["Kun", "Gun"]),
    ("권", &["Kwon", "Gwon"]),
    ("규", &["Kyu", "Gyu"]),
    ("균", &["Kyun", "Gyun"]),
    ("근", &["Geun", "Keun", "Kun"]),
    ("금", &["Geum", "Keum", "Kum"]),
    ("기", &["Ki", "Gi"]),
    ("길", &["Gil", "Kil"]),
    ("나", &["Na"]),
    ("낙", &["Nak"]),
    ("난", &["Nan"]),
    ("남", &["Nam"]),
    ("내", &["Nae"]),
    ("녀", &["Nyeo", "Nyo"]),
    ("년", &["Nyeon", "Nyun"]),
    ("노", &["No", "Noh"]),
    ("누", &["Nu", "Noo"]),
    ("늘", &["Neul"]),
    ("다", &["Da"]),
    ("단", &["Dan"]),
    ("달", &["Dal"]),
    ("담", &["Dam"]),
    ("대", &["Dae", "Tae"]),
    ("덕", &["Duk", "Deok", "Duck", "Dok"]),
    ("도", &["Do"]),
    ("동", &["Dong", "Tong"]),
    ("두", &["Doo", "Du", "Tu"]),
    ("득", &["Deuk", "Duk"]),
    ("라", &["Ra"]),
    ("란", &["Ran"]),
    ("람", &["Ram"]),
    ("래", &["Rae"]),
    ("량", &["Ryang"]),
    ("련", &["Ryeon", "Ryun", "Ryon"]),
    ("렬", &["Ryeol", "Ryul", "Ryol"]),
    ("령", &["Ryung", "Ryeong", "Ryong"]),
    ("례", &["Rye"]),
    ("로", &["Ro"]),
    ("록", &["Rok"]),
    ("룡", &["Ryong", "Yong"]),
    ("류", &["Ryu"]),
    ("륜", &["Ryun", "Yun"]),
    ("리", &["Ri", "Lee"]),
    ("린", &["Rin", "Lin"]),
    ("림", &["Rim", "Lim"]),
    ("마", &["Ma"]),
    ("만", &["Man"]),
    ("매", &["Mae"]),
    ("맹", &["Maeng"]),
    ("면", &["Myun", "Myeon", "Myon"]),
    ("명", &["Myung", "Myeong", "Myong"]),
    ("모", &["Mo"]),
    ("목", &["Mok"]),
    ("무", &["Moo", "Mu"]),
    ("묵", &["Mook", "Muk"]),
    ("문", &["Moon", "Mun"]),
    ("미", &["Mi", "Mee"]),
    ("민", &["Min"]),
    ("박", &["Bak", "Pak"]),
    ("반", &["Ban"]),
    ("방", &["Bang"]),
    ("배", &["Bae"]),
    ("백", &["Baek", "Paek"]),
    ("범", &["Beom", "Bum", "Pom"]),
    ("법", &["Beop", "Bub"]),
    ("벽", &["Byuk", "Byeok"]),
    ("병", &["Byung", "Byeong", "Pyong"]),
    ("보", &["Bo", "Po"]),
    ("복", &["Bok", "Pok"]),
    ("본", &["Bon"]),
    ("봉", &["Bong", "Pong"]),
    ("부", &["Boo", "Bu"]),
    ("분", &["Bun", "Boon"]),
    ("비", &["Bi"]),
    ("빈", &["Bin"]),
    ("빛", &["Bit"]),
    ("사", &["Sa"]),
    ("산", &["San"]),
    ("삼", &["Sam"]),
    ("상", &["Sang"]),
    ("새", &["Sae"]),
    ("색", &["Saek"]),
    ("생", &["Saeng"]),
    ("서", &["Seo", "Suh"]),
    ("석", &["Seok", "Suk", "Sok"]),
    ("선", &["Sun", "Seon", "Son"]),
    ("설", &["Seol", "Sul", "Sol"]),
    ("섭", &["Seop", "Sub", "Sup"]),
    ("성", &["Sung", "Seong", "Song"]),
    ("세", &["Se"]),
    ("소", &["So"]),
    ("솔", &["Sol"]),
    ("송", &["Song"]),
    ("수", &["Soo", "Su"]),
    ("숙", &["Sook", "Suk"]),
    ("순", &["Soon", "Sun"]),
    ("술", &["Sul"]),
    ("숭", &["Soong", "Sung"]),
    ("슬", &["Seul"]),
    ("승", &["Seung", "Sung"]),
    ("시", &["Si", "Shi"]),
    ("식", &["Sik", "Shik"]),
    ("신", &["Shin", "Sin"]),
    ("실", &["Sil"]),
    ("심", &["Sim", "Shim"]),
    ("아", &["Ah", "A"]),
    ("악", &["Ak"]),
    ("안", &["An", "Ahn"]),
    ("애", &["Ae"]),
    ("야", &["Ya"]),
    ("양", &["Yang"]),
    ("어", &["Eo"]),
    ("언", &["Eon", "Un"]),
    ("엄", &["Eom", "Um"]),
    ("여", &["Yeo", "Yo"]),
    ("연", &["Yeon", "Yun", "Yon"]),
    ("열", &["Yeol", "Yul", "Yol"]),
    ("염", &["Yeom", "Yum"]),
    ("엽", &["Yeop", "Yup"]),
    ("영", &["Young", "Yeong", "Yong"]),
    ("예", &["Ye"]),
    ("오", &["Oh", "O"]),
    ("옥", &["Ok"]),
    ("온", &["On"]),
    ("완", &["Wan"]),
    ("왕", &["Wang"]),
    ("요", &["Yo"]),
    ("용", &["Yong"]),
    ("우", &["Woo", "U"]),
    ("욱", &["Wook", "Uk"]),
    ("운", &["Woon", "Un"]),
    ("웅", &["Woong", "Ung"]),
    ("원", &["Won", "Weon"]),
    ("월", &["Wol", "Weol"]),
    ("위", &["Wi"]),
    ("유", &["Yoo", "Yu"]),
    ("육", &["Yook", "Yuk"]),
    ("윤", &["Yoon", "Yun"]),
    ("율", &["Yul", "Yool"]),
    ("융", &["Yoong", "Yung"]),
    ("은", &["Eun", "Un"]),
    ("을", &["Eul"]),
    ("음", &["Eum"]),
    ("의", &["Eui", "Ui"]),
    ("이", &["I", "Yi", "Lee"]),
    ("익", &["Ik"]),
    ("인", &["In"]),
    ("일", &["Il"]),
    ("임", &["Im", "Lim"]),
    ("자", &["Ja", "Cha"]),
    ("작", &["Jak"]),
    ("장", &["Jang", "Chang"]),
    ("재", &["Jae", "Chae"]),
    ("적", &["Jeok", "Chok"]),
    ("전", &["Jeon", "Jun", "Chon"]),
    ("점", &["Jeom", "Jum"]),
    ("정", &["Jung", "Jeong", "Jong", "Chung", "Chong"]),
    ("제", &["Je", "Jae"]),
    ("조", &["Jo", "Cho"]),
    ("족", &["Jok"]),
    ("존", &["Jon"]),
    ("종", &["Jong", "Chong"]),
    ("주", &["Joo", "Ju", "Chu"]),
    ("준", &["Jun", "Joon"]),
    ("중", &["Jung", "Joong", "Chung"]),
    ("지", &["Ji", "Chi"]),
    ("직", &["Jik"]),
    ("진", &["Jin", "Chin"]),
    ("집", &["Jip"]),
    ("찬", &["Chan"]),
    ("창", &["Chang"]),
    ("채", &["Chae"]),
    ("천", &["Cheon", "Chun", "Chon"]),
    ("철", &["Chul", "Cheol", "Chol"]),
    ("청", &["Cheong", "Chung", "Chong"]),
    ("초", &["Cho"]),
    ("춘", &["Chun", "Choon"]),
    ("충", &["Chung"]),
    ("치", &["Chi"]),
    ("친", &["Chin"]),
    ("탁", &["Tak"]),
    ("태", &["Tae"]),
    ("택", &["Taek", "Thaek"]),
    ("통", &["Tong"]),
    ("판", &["Pan"]),
    ("팔", &["Pal"]),
    ("평", &["Pyung", "Pyeong", "Pyong"]),
    ("표", &["Pyo"]),
    ("필", &["Pil"]),
    ("하", &["Ha"]),
    ("학", &["Hak"]),
    ("한", &["Han"]),
    ("함", &["Ham"]),
    ("해", &["Hae"]),
    ("행", &["Haeng"]),
    ("향", &["Hyang"]),
    ("허", &["Heo", "Hur"]),
    ("헌", &["Heon", "Hun"]),
    ("혁", &["Hyuk", "Hyeok", "Hyok"]),
    ("현", &["Hyun", "Hyeon", "Hyon"]),
    ("협", &["Hyup", "Hyeop"]),
    ("형", &["Hyung", "Hyeong", "Hyong"]),
    ("혜", &["Hye"]),
    ("호", &["Ho"]),
    ("혼", &["Hon"]),
    ("홍", &["Hong"]),
    ("화", &["Hwa", "Wha"]),
    ("환", &["Hwan"]),
    ("활", &["Hwal"]),
    ("황", &["Hwang"]),
    ("회", &["Hoe", "Hoi"]),
    ("효", &["Hyo"]),
    ("후", &["Hoo", "Hu"]),
    ("훈", &["Hoon", "Hun"]),
    ("휘", &["Hwi"]),
    ("휴", &["Hyu"]),
    ("흠", &["Heum"]),
    ("흥", &["Heung", "Hung"]),
    ("희", &["Hee", "Hui", "Hi"]),
    ("힘", &["Him"]),
];

const MAX_VARIANTS: usize = 64;

struct Variants {
    out: Vec<(String, &'static str)>,
    seen: HashSet<String>,
}

impl Variants {
    fn push(&mut self, s: String, label: &'static str) {
        if self.out.len() < MAX_VARIANTS && !s.is_empty() && self.seen.insert(s.clone()) {
            self.out.push((s, label));
        }
    }
    fn full(&self) -> bool {
        self.out.len() >= MAX_VARIANTS
    }
}

/// Every plausible Latin spelling of a Korean personal name given in Hangul: the RR, MR and NK
/// name-mode forms (first three entries, in that order), their given name joined / hyphenated /
/// spaced, the conventional surname spellings with the customary given-name spelling, then
/// per-syllable customary alternatives. Labels: "rr", "mr", "nk", `"surname:<Spelling>"`,
/// "customary". Deduplicated, at most 64 entries, most realistic first.
pub fn name_variants(native: &str) -> Vec<(String, &'static str)> {
    let mut runs: Vec<Vec<Syl>> = Vec::new();
    let mut in_run = false;
    for u in units(native) {
        match u {
            Unit::Syl(s) => {
                match runs.last_mut() {
                    Some(r) if in_run => r.push(s),
                    _ => runs.push(vec![s]),
                }
                in_run = true;
            }
            Unit::Other(_) => in_run = false,
        }
    }
    let Some(first) = runs.first() else {
        return Vec::new();
    };
    let k = surname_len(first, runs.len() > 1);
    let sur: Vec<Syl> = first[..k].to_vec();
    let given: Vec<Syl> = first[k..]
        .iter()
        .chain(runs.iter().skip(1).flatten())
        .copied()
        .collect();
    let sur_hangul: String = sur.iter().map(|&s| syl_char(s)).collect();
    let conv = conventional_surnames(&sur_hangul);
    let conv_labels = surname_labels(&sur_hangul);

    let mut v = Variants {
        out: Vec::new(),
        seen: HashSet::new(),
    };
    let schemes = KoScheme::ALL;
    let surs: Vec<String> = schemes.iter().map(|&s| surname_form(s, &sur)).collect();
    if given.is_empty() {
        for (s, f) in schemes.iter().zip(&surs) {
            v.push(f.clone(), s.id());
        }
        for (s, l) in conv.iter().zip(conv_labels) {
            v.push((*s).to_string(), l);
        }
        return v.out;
    }
    let parts: Vec<Vec<String>> = schemes.iter().map(|&s| given_parts(s, &given)).collect();
    let full = |i: usize, g: String| format!("{} {}", surs[i], g);
    let given_hangul: String = given.iter().map(|&s| syl_char(s)).collect();
    let full_hangul = format!("{sur_hangul}{given_hangul}");

    // The three printed forms first.
    v.push(full(0, joined(&parts[0])), "rr");
    v.push(full(1, hyphenated(&parts[1])), "mr");
    match NK_ESTABLISHED.iter().find(|(h, _)| *h == full_hangul) {
        Some((_, fixed)) => {
            v.push((*fixed).to_string(), "nk");
            v.push(full(2, spaced(&parts[2])), "nk");
        }
        None => v.push(full(2, spaced(&parts[2])), "nk"),
    }
    v.push(full(0, hyphenated(&parts[0])), "rr");
    v.push(full(0, spaced(&parts[0])), "rr");
    v.push(full(2, hyphenated(&parts[2])), "nk");
    v.push(full(2, joined(&parts[2])), "nk");
    v.push(full(1, spaced(&parts[1])), "mr");

    // Customary given-name spellings, per syllable.
    let options: Vec<Vec<String>> = given
        .iter()
        .zip(&parts[0])
        .map(|(&s, rr)| {
            let key = syl_char(s).to_string();
            match GIVEN_CUSTOMARY.binary_search_by(|(h, _)| (*h).cmp(key.as_str())) {
                Ok(i) => GIVEN_CUSTOMARY[i]
                    .1
                    .iter()
                    .map(|x| x.to_ascii_lowercase())
                    .collect(),
                Err(_) => vec![rr.clone()],
            }
        })
        .collect();
    let primary: Vec<String> = options.iter().filter_map(|o| o.first().cloned()).collect();
    let with_forms = |v: &mut Variants, s: &str, g: &[String], label: &'static str, all: bool| {
        v.push(format!("{s} {}", hyphenated(g)), label);
        if all {
            v.push(format!("{s} {}", spaced(g)), label);
            v.push(format!("{s} {}", joined(g)), label);
        }
    };
    for (s, l) in conv.iter().zip(conv_labels).take(5) {
        with_forms(&mut v, s, &primary, l, true);
    }
    let lead_surname = conv
        .first()
        .map_or_else(|| surs[0].clone(), |s| (*s).to_string());
    let mut alternatives: Vec<Vec<String>> = Vec::new();
    for (p, opts) in options.iter().enumerate() {
        for alt in opts.iter().skip(1) {
            let mut g = primary.clone();
            if let Some(slot) = g.get_mut(p) {
                slot.clone_from(alt);
            }
            alternatives.push(g);
        }
    }
    for g in &alternatives {
        with_forms(&mut v, &lead_surname, g, "customary", true);
    }
    for s in conv.iter().skip(1).take(4) {
        for g in &alternatives {
            if v.full() {
                break;
            }
            with_forms(&mut v, s, g, "customary", false);
        }
    }
    v.out
}

// ---------------------------------------------------------------------------------------------
// Romanisation-neutral key.
// A token is parsed left to right into Korean syllables (onset, vowel, coda; longest match), and
// each part is written as a class letter. Codas use the same letters as the matching onsets
// (k/g → g, t/d → d, p/b → b, l/r → r), so where a syllable boundary falls (Hanguk vs Han'guk vs
// Han guk, Baegam vs Paek am) does not change the key. Merged: eo/ŏ/o/u/ŭ/eu/oo/ou (customary Chun,
// Jung, Sung, Hyun write ㅓ as u), ae/e/ai, i/ee/ui/eui/yi, yeo/yo/yu/you/yoo, oe/oi/wae/we,
// wo/weo; aspirated and tense onsets with plain ones; sh with s. A vowel-final h or r before a
// consonant or the end is a customary length mark (Ahn, Oh, Park, Hur) and is dropped. The first
// syllable of a token follows the initial-sound law both ways: r/l before i or y is dropped (Lee, Ri,
// Rhee, Yi, I; Ryu, Yu), r before other vowels is n (Roh, No), n before i or y is dropped.
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum VClass {
    A,
    E,
    I,
    O,
    Ya,
    Ye,
    Yo,
    Wa,
    We,
    Wo,
    Wi,
}

impl VClass {
    fn key(self) -> &'static str {
        match self {
            VClass::A => "a",
            VClass::E => "e",
            VClass::I => "i",
            VClass::O => "o",
            VClass::Ya => "ya",
            VClass::Ye => "ye",
            VClass::Yo => "yo",
            VClass::Wa => "wa",
            VClass::We => "we",
            VClass::Wo => "wo",
            VClass::Wi => "wi",
        }
    }
    /// Vowels before which the initial-sound law drops ㄹ and ㄴ.
    fn front_or_y(self) -> bool {
        matches!(self, VClass::I | VClass::Ya | VClass::Ye | VClass::Yo)
    }
}

// Vowel spellings of RR, MR (folded), NK and customary usage; longest first.
#[rustfmt::skip]
static KEY_VOWELS: &[(&str, VClass)] = &[
    ("yeo", VClass::Yo), ("yae", VClass::Ye), ("yoo", VClass::Yo), ("you", VClass::Yo),
    ("eui", VClass::I), ("weo", VClass::Wo), ("wae", VClass::We), ("woo", VClass::O),
    ("ae", VClass::E), ("ai", VClass::E), ("eo", VClass::O), ("eu", VClass::O), ("ee", VClass::I),
    ("ui", VClass::I), ("oe", VClass::We), ("oi", VClass::We), ("oo", VClass::O), ("ou", VClass::O),
    ("ya", VClass::Ya), ("ye", VClass::Ye), ("yo", VClass::Yo), ("yu", VClass::Yo), ("yi", VClass::I),
    ("wa", VClass::Wa), ("we", VClass::We), ("wo", VClass::Wo), ("wi", VClass::Wi), ("wu", VClass::O),
    ("a", VClass::A), ("e", VClass::E), ("i", VClass::I), ("o", VClass::O), ("u", VClass::O),
];

// Onset spellings (RR, MR without apostrophes, NK, customary) → class letter; longest first.
#[rustfmt::skip]
static KEY_ONSETS: &[(&str, &str)] = &[
    ("tch", "j"),
    ("kk", "g"), ("kh", "g"), ("gg", "g"), ("tt", "d"), ("th", "d"), ("pp", "b"), ("ph", "b"),
    ("jj", "j"), ("ch", "j"), ("ss", "s"), ("sh", "s"), ("rh", "r"),
    ("g", "g"), ("k", "g"), ("d", "d"), ("t", "d"), ("b", "b"), ("p", "b"), ("j", "j"), ("s", "s"),
    ("h", "h"), ("m", "m"), ("n", "n"), ("r", "r"), ("l", "r"),
];

fn is_vowel_letter(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'w' | b'y')
}

fn match_vowel(rest: &[u8]) -> Option<(VClass, usize)> {
    KEY_VOWELS
        .iter()
        .find(|(s, _)| rest.starts_with(s.as_bytes()))
        .map(|(s, c)| (*c, s.len()))
}

fn match_onset(rest: &[u8]) -> Option<(&'static str, usize)> {
    if rest.first().is_some_and(|&b| is_vowel_letter(b)) {
        return Some(("", 0));
    }
    KEY_ONSETS
        .iter()
        .find(|(s, _)| {
            rest.starts_with(s.as_bytes()) && rest.get(s.len()).is_some_and(|&b| is_vowel_letter(b))
        })
        .map(|(s, k)| (*k, s.len()))
}

/// Whether a syllable can start at `rest` (onset + vowel, or a vowel).
fn starts_syllable(rest: &[u8]) -> bool {
    match match_onset(rest) {
        Some((_, n)) => rest.get(n..).is_some_and(|r| match_vowel(r).is_some()),
        None => false,
    }
}

fn match_coda(rest: &[u8]) -> Option<(&'static str, usize)> {
    let ok_after = |n: usize| {
        let r = rest.get(n..).unwrap_or(&[]);
        r.is_empty() || starts_syllable(r)
    };
    if rest.starts_with(b"ng") && ok_after(2) {
        return Some(("ng", 2));
    }
    let &b = rest.first()?;
    // k t p + h + vowel is an aspirated onset (MR/NK kh th ph; RR noun k-h), not a coda.
    let aspirated_next =
        rest.get(1) == Some(&b'h') && rest.get(2).is_some_and(|&c| is_vowel_letter(c));
    let next_is_consonant = !rest.get(1).is_some_and(|&c| is_vowel_letter(c));
    let key = match b {
        b'n' => "n",
        b'm' => "m",
        b'l' => "r",
        b'k' if !aspirated_next => "g",
        b't' if !aspirated_next => "d",
        b'p' if !aspirated_next => "b",
        // Customary spellings sometimes end a syllable in g d b (Sug, Yag-yong).
        b'g' if next_is_consonant => "g",
        b'd' if next_is_consonant => "d",
        b'b' if next_is_consonant => "b",
        _ => return None,
    };
    if ok_after(1) {
        Some((key, 1))
    } else {
        None
    }
}

/// Appends the key of one cleaned token; `None` if it is not Korean romanisation.
fn key_token(b: &[u8], key: &mut String) -> Option<()> {
    let mut p = 0;
    let mut first = true;
    while p < b.len() {
        let rest = b.get(p..)?;
        let (mut on, n) = match_onset(rest)?;
        p += n;
        let (vc, vn) = match_vowel(b.get(p..)?)?;
        p += vn;
        if first {
            if on == "r" {
                on = if vc.front_or_y() { "" } else { "n" };
            } else if on == "n" && vc.front_or_y() {
                on = "";
            }
            first = false;
        }
        key.push_str(on);
        key.push_str(vc.key());
        if let Some((c, cn)) = match_coda(b.get(p..)?) {
            key.push_str(c);
            p += cn;
        }
    }
    Some(())
}

/// Romanisation-neutral match key for a Korean name written in Latin letters. `tokens` are the
/// name's words, ideally already folded (lowercase, no diacritics or apostrophes); hyphens,
/// apostrophes and ŏ ŭ are tolerated. Tokens are concatenated, so "Jong Un", "Jong-un" and "Jongun"
/// meet. Returns `None` when a token cannot be parsed as Korean syllables or there is no letter.
pub fn latin_key(tokens: &[&str]) -> Option<String> {
    let mut key = String::new();
    let mut raw: Vec<u8> = Vec::with_capacity(16);
    let mut clean: Vec<u8> = Vec::with_capacity(16);
    for tok in tokens {
        raw.clear();
        for c in tok.chars() {
            match c {
                'a'..='z' => raw.push(c as u8),
                'A'..='Z' => raw.push(c.to_ascii_lowercase() as u8),
                'ŏ' | 'Ŏ' => raw.push(b'o'),
                'ŭ' | 'Ŭ' => raw.push(b'u'),
                '-' | '\'' | '’' | '‘' | 'ʼ' | '`' | '.' | ' ' => {}
                _ => return None,
            }
        }
        clean.clear();
        for (i, &b) in raw.iter().enumerate() {
            let after_vowel = i > 0 && raw.get(i - 1).is_some_and(|&p| is_vowel_letter(p));
            let before_consonant_or_end = !raw.get(i + 1).is_some_and(|&n| is_vowel_letter(n));
            if (b == b'h' || b == b'r') && after_vowel && before_consonant_or_end {
                continue;
            }
            clean.push(b);
        }
        if clean.is_empty() {
            continue;
        }
        key_token(&clean, &mut key)?;
    }
    if key.is_empty() {
        None
    } else {
        Some(key)
    }
}

/// Korean particles (조사) and copula forms that attach to a noun without a space, sorted in Rust
/// `str` order for binary search. Source: the case, auxiliary and conjunctive particles of standard
/// Korean school grammar (표준국어대사전 entries for 조사; 학교 문법 조사 분류) with their common
/// stacked forms (에서는, 에게서, 와의 ...) and the copula 이다 forms. Particles that are also frequent
/// final syllables of names (인, 요, 야, 아, 여) are left out on purpose.
#[rustfmt::skip]
pub static PARTICLES: &[&str] = &[
    "가", "과", "과는", "과도", "과의", "까지", "까지도", "께", "께서", "께서는", "나", "는", "도",
    "라고", "라는", "랑", "로", "로는", "로도", "로서", "로써", "로의", "를", "마다", "마저", "만",
    "만은", "만큼", "밖에", "보다", "부터", "부터는", "에", "에게", "에게는", "에게도", "에게서",
    "에는", "에도", "에서", "에서는", "에서도", "에서의", "였다", "와", "와는", "와도", "와의",
    "으로", "으로는", "으로도", "으로서", "으로써", "으로의", "은", "을", "의", "이", "이고", "이나",
    "이다", "이라", "이라고", "이라는", "이랑", "이며", "이었다", "이었던", "입니다", "조차", "처럼",
    "하고", "한테", "한테서",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_metadata() {
        let ids: Vec<&str> = KoScheme::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ids, ["rr", "mr", "nk"]);
        assert_eq!(KoScheme::Mr.full_name(), "McCune–Reischauer");
        assert_eq!(KoScheme::Rr.year(), 2000);
        assert_eq!(KoScheme::Mr.year(), 1939);
        assert_eq!(KoScheme::Nk.year(), 1992);
    }

    #[test]
    fn tables_are_sorted() {
        assert!(PARTICLES.windows(2).all(|w| w[0] < w[1]));
        assert!(SURNAMES.windows(2).all(|w| w[0].hangul < w[1].hangul));
        assert!(GIVEN_CUSTOMARY.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(SURNAMES.len() >= 60);
        for s in SURNAMES {
            assert_eq!(s.spellings.len(), s.labels.len());
        }
        for (w, s) in N_INSERTION {
            assert_eq!(w.chars().count(), s.chars().count());
        }
    }

    #[test]
    fn passthrough_and_mixed_scripts() {
        assert_eq!(transliterate(KoScheme::Rr, "", false), "");
        assert_eq!(
            transliterate(KoScheme::Rr, "Seoul 2024!", false),
            "Seoul 2024!"
        );
        assert_eq!(
            transliterate(KoScheme::Rr, "서울(首爾)과 부산", false),
            "seoul(首爾)gwa busan"
        );
        assert_eq!(transliterate(KoScheme::Mr, "ㄱ", false), "ㄱ");
        // Conjoining jamo (NFD) romanise like precomposed syllables.
        let nfd = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}";
        assert_eq!(transliterate(KoScheme::Rr, nfd, false), "han-guk");
        assert_eq!(
            transliterate(KoScheme::Nk, "김정은 위원장", true),
            "Kim Jong Un Wi Won Jang"
        );
    }

    #[test]
    fn particles_after_n_insertion_words() {
        assert_eq!(transliterate(KoScheme::Rr, "알약을", false), "allyageul");
        assert_eq!(
            transliterate(KoScheme::Rr, "알약상자", false),
            "aryaksangja"
        );
    }

    #[test]
    fn no_panic_on_odd_input() {
        let mut s = String::new();
        for u in (0x1100u32..0x1200)
            .chain(0xAC00..0xAC40)
            .chain(0xD790..0xD7B0)
        {
            if let Some(c) = char::from_u32(u) {
                s.push(c);
            }
        }
        s.push_str("\u{11A8}\u{1161}한\u{11AB}");
        for scheme in KoScheme::ALL {
            for name in [false, true] {
                let _ = transliterate(scheme, &s, name);
                let _ = transliterate(scheme, "ㅎㅎ 갃 힣힣힣", name);
            }
        }
        let _ = name_variants(&s);
        let _ = name_variants("");
        let _ = name_variants("abc");
        for t in [
            "", "-", "'", "ngng", "hhh", "rrr", "aaaa", "x", "ŏŭ", "k'", "12",
        ] {
            let _ = latin_key(&[t]);
        }
        let long = "가".repeat(10_000);
        assert_eq!(transliterate(KoScheme::Rr, &long, false).len(), 20_000);
    }

    fn key(s: &str) -> Option<String> {
        let toks: Vec<&str> = s.split([' ', '-']).filter(|t| !t.is_empty()).collect();
        latin_key(&toks)
    }

    #[test]
    fn latin_key_meets() {
        let groups: &[&[&str]] = &[
            &[
                "Chun Doo hwan",
                "Chon Tu hwan",
                "Jeon Du hwan",
                "Jeon Doohwan",
            ],
            &["Roh Tae woo", "No Tae u", "Noh Taeu"],
            &[
                "Kim Jong Un",
                "Kim Chong un",
                "Gim Jeong eun",
                "Kim Jongun",
                "Kim Jong-un",
            ],
            &["Lee", "Yi", "Rhee", "Ri", "I"],
            &["Park", "Pak", "Bak"],
            &["Choi", "Choe"],
            &["Kim", "Gim"],
            &["Shin", "Sin"],
            &["Young", "Yong", "Yeong"],
            &["Pyongyang", "Phyongyang", "Pyeongyang"],
            &["Hanguk", "Han guk"],
            &["Park Chung hee", "Pak Chong hui", "Bak Jeonghui"],
            &["Kim Il Sung", "Kim Il-song", "Gim Ilseong"],
            &["Ri Sol Ju", "Lee Seol-ju", "Ri Sol-chu"],
            &["Choe Ryong Hae", "Choi Ryong-hae"],
            &["Ban Ki-moon", "Pan Ki-mun"],
            &["Jiphyeonjeon", "Chiphyonjon"],
            &["Seokguram", "Sokkuram"],
            &["Ahn", "An"],
            &["Lim", "Im", "Rim"],
            &["Ryu", "Yoo", "Yu"],
            &["Kwon", "Gwon"],
            &["Hee", "Hui"],
            &["Moon Jae-in", "Mun Chae in", "Mun Jaein"],
        ];
        for g in groups {
            let first = key(g[0]);
            assert!(first.is_some(), "{} has no key", g[0]);
            for s in &g[1..] {
                assert_eq!(key(s), first, "{s} vs {}", g[0]);
            }
        }
    }

    #[test]
    fn latin_key_keeps_apart() {
        assert_ne!(key("Kim Young-sam"), key("Kim Yong-nam"));
        assert_ne!(key("Kim Yo Jong"), key("Kim Yong Chol"));
        assert_ne!(key("Kim Jong Un"), key("Kim Jong Il"));
        assert_ne!(key("Park Geun-hye"), key("Park Chung-hee"));
        assert_eq!(key("Smith"), None);
        assert_eq!(latin_key(&[]), None);
        assert_eq!(latin_key(&["x2"]), None);
    }

    fn has(v: &[(String, &'static str)], s: &str, label: &str) -> bool {
        v.iter().any(|(x, l)| x == s && *l == label)
    }

    #[test]
    fn name_variants_contents() {
        let v = name_variants("김정은");
        assert_eq!(v[0], ("Gim Jeongeun".to_string(), "rr"));
        assert_eq!(v[1], ("Kim Chŏng-ŭn".to_string(), "mr"));
        assert_eq!(v[2], ("Kim Jong Un".to_string(), "nk"));
        assert!(has(&v, "Kim Jong-un", "nk"));
        assert!(has(&v, "Gim Jeong-eun", "rr"));
        assert!(has(&v, "Kim Jongun", "nk"));
        let v = name_variants("이명박");
        assert!(has(&v, "Lee Myung-bak", "surname:Lee"));
        assert!(has(&v, "Yi Myŏng-bak", "mr"));
        let v = name_variants("박근혜");
        assert!(has(&v, "Park Geun-hye", "surname:Park"));
        let v = name_variants("김일성");
        assert!(has(&v, "Kim Il Sung", "nk"));
        assert!(has(&v, "Kim Il-sung", "surname:Kim"));
        for name in [
            "노무현",
            "전두환",
            "노태우",
            "반기문",
            "한덕수",
            "윤석열",
            "강경화",
            "정의용",
        ] {
            let v = name_variants(name);
            assert!(v.len() <= 64, "{name}: {}", v.len());
            let mut seen = std::collections::HashSet::new();
            assert!(
                v.iter().all(|(s, _)| seen.insert(s.clone())),
                "{name} has duplicates"
            );
        }
        assert!(name_variants("노무현")
            .iter()
            .any(|(s, _)| s == "Roh Moo-hyun"));
        assert!(name_variants("전두환")
            .iter()
            .any(|(s, _)| s == "Chun Doo-hwan"));
        assert!(name_variants("노태우")
            .iter()
            .any(|(s, _)| s == "Roh Tae-woo"));
        assert!(name_variants("반기문")
            .iter()
            .any(|(s, _)| s == "Ban Ki-moon"));
        assert!(name_variants("한덕수")
            .iter()
            .any(|(s, _)| s == "Han Duck-soo"));
        assert!(name_variants("윤석열")
            .iter()
            .any(|(s, _)| s == "Yoon Suk-yeol"));
        assert!(name_variants("강경화")
            .iter()
            .any(|(s, _)| s == "Kang Kyung-wha"));
        assert!(name_variants("정의용")
            .iter()
            .any(|(s, _)| s == "Chung Eui-yong"));
        // Every variant of a name meets the others under latin_key.
        for name in ["김정은", "이명박", "박근혜", "노태우"] {
            let v = name_variants(name);
            let k0 = key(&fold(&v[0].0));
            for (s, _) in &v {
                assert_eq!(key(&fold(s)), k0, "{name}: {s}");
            }
        }
        assert!(name_variants("abc").is_empty());
        let v = name_variants("김");
        assert!(has(&v, "Gim", "rr") && has(&v, "Kim", "mr"));
        assert!(has(&name_variants("이"), "Lee", "surname:Lee"));
    }

    fn fold(s: &str) -> String {
        s.chars()
            .filter(|c| *c != '\'')
            .map(|c| match c {
                'ŏ' | 'Ŏ' => 'o',
                'ŭ' | 'Ŭ' => 'u',
                c => c.to_ascii_lowercase(),
            })
            .collect()
    }

    #[test]
    fn conventional_surname_lookup() {
        assert_eq!(
            conventional_surnames("이"),
            ["Lee", "Yi", "Rhee", "Ri", "I"]
        );
        assert_eq!(conventional_surnames("박")[0], "Park");
        assert_eq!(conventional_surnames("정")[0], "Jung");
        assert_eq!(conventional_surnames("남궁")[0], "Namgung");
        assert!(conventional_surnames("쀍").is_empty());
        assert!(conventional_surnames("").is_empty());
    }

    #[test]
    fn rr_aspiration_noun_vs_verb() {
        assert_eq!(transliterate(KoScheme::Rr, "북한", false), "bukhan");
        assert_eq!(transliterate(KoScheme::Rr, "막히다", false), "makida");
        assert_eq!(transliterate(KoScheme::Rr, "급하다", false), "geupada");
        assert_eq!(transliterate(KoScheme::Rr, "많다", false), "manta");
        assert_eq!(transliterate(KoScheme::Rr, "싫어", false), "sireo");
    }
}
