//! Hangul syllables as jamo indices. A precomposed syllable U+AC00..U+D7A3 is
//! 0xAC00 + (initial × 21 + vowel) × 28 + final (Unicode 15, §3.12 "Conjoining Jamo Behavior"); the
//! conjoining jamo of NFD text (U+1100 block) are composed into syllables so that decomposed input
//! reads like precomposed input. The named indices are those the pronunciation rules and the scheme
//! tables refer to.

const S_BASE: u32 = 0xAC00;
const S_LAST: u32 = 0xD7A3;

// Initial consonant indices (choseong order). `I_LAT` is not a Unicode index: it marks a ㄹ that
// assimilation produced (ㄴㄹ, ㄹㄴ → [ㄹㄹ]); the DPRK system spells it differently from a written ㄹㄹ.
pub(super) const I_G: u8 = 0;
pub(super) const I_GG: u8 = 1;
pub(super) const I_N: u8 = 2;
pub(super) const I_D: u8 = 3;
pub(super) const I_DD: u8 = 4;
pub(super) const I_R: u8 = 5;
pub(super) const I_M: u8 = 6;
pub(super) const I_B: u8 = 7;
pub(super) const I_BB: u8 = 8;
pub(super) const I_S: u8 = 9;
pub(super) const I_SS: u8 = 10;
pub(super) const I_O: u8 = 11; // ㅇ: no consonant
pub(super) const I_J: u8 = 12;
pub(super) const I_CH: u8 = 14;
pub(super) const I_K: u8 = 15;
pub(super) const I_T: u8 = 16;
pub(super) const I_P: u8 = 17;
pub(super) const I_H: u8 = 18;
pub(super) const I_LAT: u8 = 19;

// Vowel indices (jungseong order) that rules refer to.
pub(super) const V_YA: u8 = 2;
pub(super) const V_YAE: u8 = 3;
pub(super) const V_YEO: u8 = 6;
pub(super) const V_YE: u8 = 7;
pub(super) const V_YO: u8 = 12;
pub(super) const V_WI: u8 = 16;
pub(super) const V_YU: u8 = 17;
pub(super) const V_I: u8 = 20;

/// ㅣ and the y-diphthongs ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ: the vowels before which the initial-sound law
/// (한글 맞춤법 제10항, 제11항) drops a word-initial ㄴ or ㄹ.
pub(super) fn is_i_or_y(v: u8) -> bool {
    matches!(v, V_I | V_YA | V_YAE | V_YEO | V_YE | V_YO | V_YU)
}

// Final consonant indices (jongseong order, 0 = none).
pub(super) const F_NONE: u8 = 0;
pub(super) const F_G: u8 = 1;
pub(super) const F_GG: u8 = 2;
pub(super) const F_GS: u8 = 3;
pub(super) const F_N: u8 = 4;
pub(super) const F_NJ: u8 = 5;
pub(super) const F_NH: u8 = 6;
pub(super) const F_D: u8 = 7;
pub(super) const F_L: u8 = 8;
pub(super) const F_LG: u8 = 9;
pub(super) const F_LM: u8 = 10;
pub(super) const F_LB: u8 = 11;
pub(super) const F_LS: u8 = 12;
pub(super) const F_LT: u8 = 13;
pub(super) const F_LP: u8 = 14;
pub(super) const F_LH: u8 = 15;
pub(super) const F_M: u8 = 16;
pub(super) const F_B: u8 = 17;
pub(super) const F_BS: u8 = 18;
pub(super) const F_S: u8 = 19;
pub(super) const F_SS: u8 = 20;
pub(super) const F_NG: u8 = 21;
pub(super) const F_J: u8 = 22;
pub(super) const F_CH: u8 = 23;
pub(super) const F_K: u8 = 24;
pub(super) const F_T: u8 = 25;
pub(super) const F_P: u8 = 26;
pub(super) const F_H: u8 = 27;

/// A written syllable: initial, vowel and final jamo indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Syl {
    pub(super) l: u8,
    pub(super) v: u8,
    pub(super) t: u8,
}

/// Decomposes a precomposed syllable literal; only used on constants written in this file.
pub(super) const fn sy(c: char) -> Syl {
    let x = (c as u32).wrapping_sub(S_BASE) % 11172;
    Syl {
        l: (x / 588) as u8,
        v: ((x % 588) / 28) as u8,
        t: (x % 28) as u8,
    }
}

pub(super) fn syl_of(c: char) -> Option<Syl> {
    let u = c as u32;
    if (S_BASE..=S_LAST).contains(&u) {
        Some(sy(c))
    } else {
        None
    }
}

pub(super) fn syl_char(s: Syl) -> char {
    let u = S_BASE + (u32::from(s.l) * 21 + u32::from(s.v)) * 28 + u32::from(s.t);
    char::from_u32(u).unwrap_or('\u{FFFD}')
}

/// A unit of input: a Hangul syllable (precomposed, or composed here from conjoining jamo) or
/// any other character, which passes through.
pub(super) enum Unit {
    Syl(Syl),
    Other(char),
}

/// Iterates over `text`, composing conjoining-jamo sequences (U+1100 block, as in NFD text) into
/// syllables so decomposed input romanises like precomposed input.
pub(super) struct Units<'a> {
    it: std::iter::Peekable<std::str::Chars<'a>>,
}

pub(super) fn units(text: &str) -> Units<'_> {
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
