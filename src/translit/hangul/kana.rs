//! Korean names in katakana, as Japanese text writes them (イ・ジェミョン), so that they can be
//! generated from a glossary entry's Hangul form.
//!
//! Sources. Japan has no official table for Korean: 外来語の表記 (Cabinet notice 内閣告示
//! 第二号, 1991) gives the katakana available for foreign sounds (ヴァ ティ トゥ ツィ シェ ジェ チェ
//! ファ フィ フェ フォ ウィ ウェ ウォ イェ and the long-vowel mark ー) and leaves the choice per
//! language to usage. The rules below are the usage of the Japanese press (NHK, 共同通信, the major
//! dailies) and of 外務省 for Korean names, written down here letter by letter.
//!
//! **Korean.** Each Hangul syllable is read as Korean pronounces it in the name: the lenis ㄱ ㄷ ㅂ ㅈ
//! are voiced (ガ ダ バ ジャ) after a vowel or ㄴ ㄹ ㅁ ㅇ, across the space between surname and given
//! name too (김정은 キム・ジョンウン, but 박정희 パク・チョンヒ); inside a word a final is carried to a
//! following ㅇ (김연아 キム・ヨナ, 이낙연 イ・ナギョン), ㄴ ㄹ ㅁ swallow a following ㅎ (박근혜 パク・クネ),
//! ㄱ ㄷ ㅂ ㅈ + ㅎ are aspirated, ㄱ ㅂ before ㄴ ㅁ are nasal, and ㄴ ㄹ meeting are ㄹㄹ; finals ㄱ ク,
//! ㄴ ン, ㄹ ル, ㅁ ム, ㅂ プ, ㅇ ン, the t-type finals ッ; ㅓ ㅗ are both オ, ㅐ ㅔ both エ, ㅡ ㅜ both
//! ウ. Surname and given name are separated by ・ (the surname is the first syllable, or the first two
//! for a compound surname of a four-syllable name). Forms the press took from the bearer's own
//! request (윤석열 ユン・ソンニョル beside the derived ユン・ソギョル) are for the glossaries.

use super::names::surname_len;
use super::syllable::{syl_of, Syl};

// Initial indices.
const G: u8 = 0;
const GG: u8 = 1;
const N: u8 = 2;
const D: u8 = 3;
const DD: u8 = 4;
const R: u8 = 5;
const M: u8 = 6;
const B: u8 = 7;
const BB: u8 = 8;
const S: u8 = 9;
const SS: u8 = 10;
const NG: u8 = 11;
const J: u8 = 12;
const JJ: u8 = 13;
const CH: u8 = 14;
const K: u8 = 15;
const T: u8 = 16;
const P: u8 = 17;
const H: u8 = 18;

/// Katakana rows: `[a, i, u, e, o, ya, yu, yo, wa, wi, we, wo]` for a consonant sound.
#[rustfmt::skip]
static KO_ROWS: &[(&str, [&str; 12])] = &[
    ("",  ["ア", "イ", "ウ", "エ", "オ", "ヤ", "ユ", "ヨ", "ワ", "ウィ", "ウェ", "ウォ"]),
    ("k", ["カ", "キ", "ク", "ケ", "コ", "キャ", "キュ", "キョ", "クァ", "クィ", "クェ", "クォ"]),
    ("g", ["ガ", "ギ", "グ", "ゲ", "ゴ", "ギャ", "ギュ", "ギョ", "グァ", "グィ", "グェ", "グォ"]),
    ("t", ["タ", "ティ", "トゥ", "テ", "ト", "ティャ", "ティュ", "ティョ", "トァ", "トゥィ", "トェ", "トォ"]),
    ("d", ["ダ", "ディ", "ドゥ", "デ", "ド", "ディャ", "ディュ", "ディョ", "ドァ", "ドゥィ", "ドェ", "ドォ"]),
    ("p", ["パ", "ピ", "プ", "ペ", "ポ", "ピャ", "ピュ", "ピョ", "プァ", "プィ", "プェ", "プォ"]),
    ("b", ["バ", "ビ", "ブ", "ベ", "ボ", "ビャ", "ビュ", "ビョ", "ブァ", "ブィ", "ブェ", "ブォ"]),
    ("ch", ["チャ", "チ", "チュ", "チェ", "チョ", "チャ", "チュ", "チョ", "チュァ", "チュィ", "チェ", "チュォ"]),
    ("j", ["ジャ", "ジ", "ジュ", "ジェ", "ジョ", "ジャ", "ジュ", "ジョ", "ジュァ", "ジュィ", "ジェ", "ジュォ"]),
    ("s", ["サ", "シ", "ス", "セ", "ソ", "シャ", "シュ", "ショ", "スァ", "スィ", "スェ", "スォ"]),
    ("n", ["ナ", "ニ", "ヌ", "ネ", "ノ", "ニャ", "ニュ", "ニョ", "ヌァ", "ヌィ", "ヌェ", "ヌォ"]),
    ("r", ["ラ", "リ", "ル", "レ", "ロ", "リャ", "リュ", "リョ", "ルァ", "ルィ", "ルェ", "ルォ"]),
    ("m", ["マ", "ミ", "ム", "メ", "モ", "ミャ", "ミュ", "ミョ", "ムァ", "ムィ", "ムェ", "ムォ"]),
    ("h", ["ハ", "ヒ", "フ", "ヘ", "ホ", "ヒャ", "ヒュ", "ヒョ", "ファ", "フィ", "フェ", "フォ"]),
];

/// The column of a vowel (jungseong order) in [`KO_ROWS`]; ㅢ is ウィ alone and イ after a
/// consonant, ㅒ ㅖ are イェ alone and e after a consonant.
fn ko_col(v: u8, alone: bool) -> Option<usize> {
    Some(match v {
        0 => 0,                        // ㅏ
        1 | 5 => 3,                    // ㅐ ㅔ
        2 => 5,                        // ㅑ
        3 | 7 if alone => return None, // ㅒ ㅖ: イェ
        3 | 7 => 3,
        4 | 8 => 4,         // ㅓ ㅗ
        6 | 12 => 7,        // ㅕ ㅛ
        9 => 8,             // ㅘ
        10 | 11 | 15 => 10, // ㅙ ㅚ ㅞ
        13 | 18 => 2,       // ㅜ ㅡ
        14 => 11,           // ㅝ
        16 => 9,            // ㅟ
        17 => 6,            // ㅠ
        19 if alone => 9,   // ㅢ
        _ => 1,             // ㅣ, ㅢ after a consonant
    })
}

/// No final consonant.
const NONE: u8 = 99;

/// The sound class of a final (jongseong index) before a pause: k n t l m p ng (as the initial
/// index of that sound), or [`NONE`].
fn final_class(t: u8) -> u8 {
    match t {
        0 => NONE,
        1 | 2 | 3 | 9 | 24 => G, // ㄱ ㄲ ㄳ ㄺ ㅋ
        4..=6 => N,              // ㄴ ㄵ ㄶ
        8 | 11..=13 | 15 => R,   // ㄹ ㄼ ㄽ ㄾ ㅀ
        10 | 16 => M,            // ㄻ ㅁ
        17 | 18 | 14 | 26 => B,  // ㅂ ㅄ ㄿ ㅍ
        21 => NG,                // ㅇ
        _ => D,                  // ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ
    }
}

/// The initial a final becomes when it is carried to a following ㅇ.
fn carried(t: u8) -> u8 {
    match t {
        1 | 3 | 9 => G,
        2 => GG,
        4..=6 => N,
        7 => D,
        8 | 11 | 12 | 13 | 15 => R,
        10 | 16 => M,
        17 | 18 | 14 => B,
        19 => S,
        20 => SS,
        22 => J,
        23 => CH,
        24 => K,
        25 => T,
        26 => P,
        _ => NG,
    }
}

/// One syllable as pronounced: initial sound, vowel, final class (after the sound rules).
struct Sound {
    l: u8,
    v: u8,
    t: u8,
    /// The initial is voiced (a lenis consonant between voiced sounds).
    voiced: bool,
    /// A tense initial inside a word, written with ッ before it.
    geminate: bool,
}

/// Apply the sound rules to the syllables of one word; `before`: the final class of the syllable
/// before the word (the surname's last, for a given name), for voicing only.
fn sounds(w: &[Syl], before: Option<u8>) -> Vec<Sound> {
    let mut s: Vec<Sound> = w
        .iter()
        .map(|j| Sound {
            l: j.l,
            v: j.v,
            t: final_class(j.t),
            voiced: false,
            geminate: false,
        })
        .collect();
    for k in 1..s.len() {
        let raw_t = w.get(k - 1).map_or(0, |j| j.t);
        let (Some(prev_t), Some(cur_l)) = (s.get(k - 1).map(|p| p.t), s.get(k).map(|c| c.l)) else {
            continue;
        };
        let (mut pt, mut cl) = (prev_t, cur_l);
        match (prev_t, cur_l) {
            // Liaison: a final before ㅇ opens the next syllable (ㅇ itself stays).
            (t, NG) if t != NONE && t != NG => {
                cl = carried(raw_t);
                pt = NONE;
            }
            // ㄴ ㄹ ㅁ swallow ㅎ and are carried (근혜 [그녜]).
            (N | R | M, H) => {
                cl = pt;
                pt = NONE;
            }
            // Obstruent + ㅎ: aspirated.
            (G | D | B, H) => {
                cl = match pt {
                    G => K,
                    B => P,
                    _ => T,
                };
                pt = NONE;
            }
            // Nasalisation: ㄱ ㄷ ㅂ before ㄴ ㅁ.
            (G, N | M) => pt = NG,
            (D, N | M) => pt = N,
            (B, N | M) => pt = M,
            // ㄴ ㄹ meeting: ㄹㄹ; ㄹ after ㅁ ㅇ ㄱ ㅂ is ㄴ.
            (N, R) => pt = R,
            (R, N) => cl = R,
            (M | NG, R) => cl = N,
            (G, R) => {
                pt = NG;
                cl = N;
            }
            (B, R) => {
                pt = M;
                cl = N;
            }
            _ => {}
        }
        if let Some(p) = s.get_mut(k - 1) {
            p.t = pt;
        }
        if let Some(c) = s.get_mut(k) {
            c.l = cl;
        }
    }
    for k in 0..s.len() {
        let prev = if k == 0 {
            before
        } else {
            s.get(k - 1).map(|p| p.t)
        };
        if let Some(c) = s.get_mut(k) {
            let after_voiced = matches!(prev, Some(NONE | N | R | M | NG));
            c.voiced = matches!(c.l, G | D | B | J) && after_voiced;
            c.geminate = k > 0 && matches!(c.l, GG | DD | BB | SS | JJ);
        }
    }
    s
}

fn ko_row(l: u8, voiced: bool) -> &'static str {
    match l {
        G if voiced => "g",
        G | GG | K => "k",
        D if voiced => "d",
        D | DD | T => "t",
        B if voiced => "b",
        B | BB | P => "p",
        J if voiced => "j",
        J | JJ | CH => "ch",
        S | SS => "s",
        N => "n",
        R => "r",
        M => "m",
        H => "h",
        _ => "",
    }
}

fn push_sound(s: &Sound, out: &mut String) {
    if s.geminate {
        out.push('ッ');
    }
    let row = ko_row(s.l, s.voiced);
    let alone = row.is_empty();
    let kana = KO_ROWS.iter().find(|r| r.0 == row).map(|r| &r.1);
    match (kana, ko_col(s.v, alone)) {
        (Some(k), Some(col)) => out.push_str(k.get(col).copied().unwrap_or("")),
        _ => out.push_str("イェ"),
    }
    out.push_str(match s.t {
        G => "ク",
        N | NG => "ン",
        R => "ル",
        M => "ム",
        B => "プ",
        D => "ッ",
        _ => "",
    });
}

/// A Korean name or place given in Hangul, in katakana. With `person`, the surname (the first
/// syllable, the first two of a four-syllable name with a compound surname, or the first word when
/// the name is written with a space) and the given name are joined by ・; otherwise the words are
/// written as they stand. Characters that are not Hangul syllables are kept.
///
/// ```
/// use canonym::translit::hangul::korean_to_katakana;
/// assert_eq!(korean_to_katakana("이재명", true), "イ・ジェミョン");
/// assert_eq!(korean_to_katakana("김정은", true), "キム・ジョンウン");
/// assert_eq!(korean_to_katakana("서울", false), "ソウル");
/// ```
pub fn korean_to_katakana(hangul: &str, person: bool) -> String {
    let text = hangul.trim();
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let mut split_name: Vec<String> = Vec::new();
    if person && words.len() == 1 {
        let syls: Vec<Syl> = text.chars().map_while(syl_of).collect();
        if syls.len() >= 2 && syls.len() == text.chars().count() {
            // The surname as the Korean module splits names (compound surnames included).
            let n = surname_len(&syls, false).clamp(1, syls.len() - 1);
            split_name.push(text.chars().take(n).collect());
            split_name.push(text.chars().skip(n).collect());
        }
    }
    if !split_name.is_empty() {
        words = split_name.iter().map(String::as_str).collect();
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut before: Option<u8> = None;
    for (k, word) in words.iter().enumerate() {
        if k > 0 {
            out.push(if person { '・' } else { ' ' });
        }
        let mut run: Vec<Syl> = Vec::new();
        let flush = |run: &mut Vec<Syl>, before: &mut Option<u8>, out: &mut String| {
            let s = sounds(run, *before);
            for x in &s {
                push_sound(x, out);
            }
            if let Some(last) = s.last() {
                *before = Some(last.t);
            }
            run.clear();
        };
        for c in word.chars() {
            match syl_of(c) {
                Some(j) => run.push(j),
                None => {
                    flush(&mut run, &mut before, &mut out);
                    out.push(c);
                    before = None;
                }
            }
        }
        flush(&mut run, &mut before, &mut out);
        if !person {
            before = None;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_sound_rules() {
        assert_eq!(korean_to_katakana("박근혜", true), "パク・クネ");
        assert_eq!(korean_to_katakana("김연아", true), "キム・ヨナ");
        assert_eq!(korean_to_katakana("박정희", true), "パク・チョンヒ");
        assert_eq!(korean_to_katakana("남궁민수", true), "ナムグン・ミンス");
        assert_eq!(korean_to_katakana("신라", false), "シルラ");
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            " ",
            "김",
            "ㄱㅏ",
            "abc",
            "김 정은",
            "가나다라마바사아자차카타파하",
            "\u{AC00}\u{D7A3}",
        ] {
            let _ = korean_to_katakana(s, true);
            let _ = korean_to_katakana(s, false);
        }
    }
}
