//! The romanisation-neutral key of a Korean name written in Latin letters.
//!
//! A token is parsed left to right into Korean syllables (onset, vowel, coda; longest match), and
//! each part is written as a class letter. Codas use the same letters as the matching onsets
//! (k/g → g, t/d → d, p/b → b, l/r → r), so where a syllable boundary falls (Hanguk vs Han'guk vs
//! Han guk, Baegam vs Paek am) does not change the key. Merged: eo/ŏ/o/u/ŭ/eu/oo/ou (customary Chun,
//! Jung, Sung, Hyun write ㅓ as u), ae/e/ai, i/ee/ui/eui/yi, yeo/yo/yu/you/yoo, oe/oi/wae/we,
//! wo/weo; aspirated and tense onsets with plain ones; sh with s. A vowel-final h or r before a
//! consonant or the end is a customary length mark (Ahn, Oh, Park, Hur) and is dropped. The first
//! syllable of a token follows the initial-sound law both ways: r/l before i or y is dropped (Lee, Ri,
//! Rhee, Yi, I; Ryu, Yu), r before other vowels is n (Roh, No), n before i or y is dropped.

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

/// [`latin_key`] of a name written as one string, split at spaces and hyphens (for tests).
#[cfg(test)]
pub(super) fn key_of(s: &str) -> Option<String> {
    let toks: Vec<&str> = s.split([' ', '-']).filter(|t| !t.is_empty()).collect();
    latin_key(&toks)
}

#[cfg(test)]
mod tests {
    use super::key_of as key;
    use super::*;

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
}
