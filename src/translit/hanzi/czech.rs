//! The Czech transcription of Mandarin (Oldřich Švarný's *standardní česká transkripce*, 1951), the
//! form Czech news text writes Chinese names in: `Si Ťin-pching`, `Wen Ťia-pao`, `Mao Ce-tung`,
//! `Teng Siao-pching`, `Šen-čen`.
//!
//! Source: the pinyin → Czech table of the Oriental Institute of the Czech Academy of Sciences as
//! published by iDNES ("Přehled přepisů čínštiny", data.idnes.cz, table "pro převod z pchin-jinu do
//! českého přepisu") and its description in *Standardní česká transkripce čínštiny* (cs.wikipedia):
//! initials b p d t g k → p pch t tch k kch, h → ch, j q x → ť čch s, zh ch sh r → č čch š ž,
//! z c → c cch; finals ai ei → aj ej, ian → ien, iu → iou, ui → uej, ong → ung, ü after j q x y;
//! the empty rhyme of zi ci si zhi chi shi ri → an apostrophe (c', s', š'); y w → j w. Names: the
//! surname, a space, and the syllables of the given name joined by a hyphen, only the first
//! capitalised (`Mao Ce-tung`; a two-syllable name has no hyphen: `Fang I`); place names: the
//! syllables of each word hyphenated (`Čchung-čching`). Established Czech exonyms (Peking, Šanghaj,
//! Hongkong) are glossary data, not generated.
//!
//! The syllable table is expressed as the standard states it, initials × finals with the rules
//! above; a test checks it against every syllable of the crate's pinyin inventory.

use crate::translit::Scheme;

/// Pinyin initials and their Czech letters, longest first.
#[rustfmt::skip]
static INITIALS: &[(&str, &str)] = &[
    ("zh", "č"), ("ch", "čch"), ("sh", "š"),
    ("b", "p"), ("p", "pch"), ("m", "m"), ("f", "f"), ("d", "t"), ("t", "tch"), ("n", "n"),
    ("l", "l"), ("g", "k"), ("k", "kch"), ("h", "ch"), ("j", "ť"), ("q", "čch"), ("x", "s"),
    ("r", "ž"), ("z", "c"), ("c", "cch"), ("s", "s"),
];

/// Pinyin finals (after an initial, ü written as such) and their Czech spelling.
#[rustfmt::skip]
static FINALS: &[(&str, &str)] = &[
    ("a", "a"), ("ai", "aj"), ("an", "an"), ("ang", "ang"), ("ao", "ao"),
    ("e", "e"), ("ei", "ej"), ("en", "en"), ("eng", "eng"), ("er", "er"),
    ("i", "i"), ("ia", "ia"), ("ian", "ien"), ("iang", "iang"), ("iao", "iao"), ("ie", "ie"),
    ("in", "in"), ("ing", "ing"), ("iong", "iung"), ("iu", "iou"),
    ("o", "o"), ("ong", "ung"), ("ou", "ou"),
    ("u", "u"), ("ua", "ua"), ("uai", "uaj"), ("uan", "uan"), ("uang", "uang"), ("ue", "üe"),
    ("ui", "uej"), ("un", "un"), ("uo", "uo"),
    ("ü", "ü"), ("üan", "üan"), ("üe", "üe"), ("ün", "ün"),
];

/// Syllables with y or w, spelt whole (the table's J and W rows).
#[rustfmt::skip]
static Y_W: &[(&str, &str)] = &[
    ("wa", "wa"), ("wai", "waj"), ("wan", "wan"), ("wang", "wang"), ("wei", "wej"), ("wen", "wen"),
    ("weng", "weng"), ("wo", "wo"), ("wu", "wu"),
    ("ya", "ja"), ("yai", "jaj"), ("yan", "jen"), ("yang", "jang"), ("yao", "jao"), ("ye", "je"),
    ("yi", "i"), ("yin", "jin"), ("ying", "jing"), ("yo", "jo"), ("yong", "jung"), ("you", "jou"),
    ("yu", "jü"), ("yuan", "jüan"), ("yue", "jüe"), ("yun", "jün"),
];

/// The Czech spelling of one toneless pinyin syllable (lower case; `ü` or `v` for ü), or `None`
/// when it is not a Mandarin syllable.
pub fn syllable(pinyin: &str) -> Option<String> {
    let p = pinyin.replace('v', "ü");
    if let Some((_, cz)) = Y_W.iter().find(|(py, _)| *py == p) {
        super::pinyin_to_wade_giles(&p)?;
        return Some((*cz).to_string());
    }
    // The empty rhyme: zi ci si zhi chi shi ri → c' cch' s' č' čch' š' ž'.
    if matches!(
        p.as_str(),
        "zi" | "ci" | "si" | "zhi" | "chi" | "shi" | "ri"
    ) {
        let (ini, _) = INITIALS.iter().find(|(i, _)| p.starts_with(*i))?;
        let cz = INITIALS.iter().find(|(i, _)| i == ini)?.1;
        return Some(format!("{cz}'"));
    }
    let (initial, czech_initial) = INITIALS
        .iter()
        .find(|(i, _)| p.starts_with(*i))
        .map_or(("", ""), |(i, c)| (*i, *c));
    let mut fin = p[initial.len()..].to_string();
    // After j, q, x the letter u is ü.
    if matches!(initial, "j" | "q" | "x") && fin.starts_with('u') {
        fin = fin.replacen('u', "ü", 1);
    }
    let czech_final = FINALS.iter().find(|(f, _)| *f == fin)?.1;
    // Only the initial–final pairs of the Mandarin syllable chart (the crate's inventory).
    super::pinyin_to_wade_giles(&p)?;
    Some(format!("{czech_initial}{czech_final}"))
}

/// One syllable of pinyin-with-numbers output, parsed: the toneless syllable.
fn syllables(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in word.chars() {
        match c {
            '1'..='5' => out.push(std::mem::take(&mut cur)),
            '\'' | '\u{2019}' => {}
            c => cur.extend(c.to_lowercase()),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A word's syllables in Czech, hyphenated, the first capitalised; a word that is not pinyin comes
/// back unchanged.
fn czech_word(word: &str, capitalise: bool) -> String {
    if !word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    let parts: Option<Vec<String>> = syllables(word).iter().map(|s| syllable(s)).collect();
    let Some(parts) = parts else {
        return word.to_string();
    };
    let joined = parts.join("-");
    if capitalise {
        let mut chars = joined.chars();
        match chars.next() {
            Some(f) => f.to_uppercase().chain(chars).collect(),
            None => joined,
        }
    } else {
        joined
    }
}

fn pinyin_numbers(native: &str, name: bool) -> String {
    match Scheme::find("zh", Some("pinyin-numbers")) {
        Ok(s) if name => s.apply_name(native),
        Ok(s) => s.apply(native),
        Err(_) => String::new(),
    }
}

/// A Chinese personal name (Han characters) in the Czech transcription: `温家宝` → `Wen Ťia-pao`,
/// `毛泽东` → `Mao Ce-tung`, `欧阳修` → `Ou-jang Siou`. Characters without a reading pass through.
///
/// ```
/// use canonym::translit::hanzi::chinese_czech;
///
/// assert_eq!(chinese_czech("习近平"), "Si Ťin-pching");
/// ```
pub fn chinese_czech(native: &str) -> String {
    let py = pinyin_numbers(native, true);
    py.split(' ')
        .map(|w| czech_word(w, true))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A Chinese place name in the Czech transcription, each word's syllables hyphenated:
/// `深圳` → `Šen-čen`, `重庆` → `Čchung-čching`.
pub fn chinese_czech_place(native: &str) -> String {
    let py = pinyin_numbers(native, false);
    py.split(' ')
        .enumerate()
        .map(|(i, w)| {
            czech_word(
                w,
                i == 0 || w.chars().next().is_some_and(char::is_uppercase),
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every syllable of the Mandarin chart (initial × final, and the y/w syllables) that the
    /// crate's pinyin inventory holds has a Czech spelling, and no other string has one.
    #[test]
    fn the_table_covers_every_mandarin_syllable() {
        let mut all = Vec::new();
        for (i, _) in INITIALS.iter().chain([("", "")].iter()) {
            for (f, _) in FINALS {
                all.push(format!("{i}{f}"));
            }
        }
        all.extend(Y_W.iter().map(|(p, _)| p.to_string()));
        let mut known = 0;
        for p in &all {
            let in_inventory = crate::translit::hanzi::pinyin_to_wade_giles(p).is_some();
            // After j, q, x pinyin writes ü as u: ju is jü, so the u-spelling stands for both.
            let spelt_u = p.contains('ü') && matches!(p.chars().next(), Some('j' | 'q' | 'x'));
            if in_inventory && !spelt_u {
                known += 1;
                assert!(syllable(p).is_some(), "{p} has no Czech spelling");
            }
            assert_eq!(syllable(p).is_some(), in_inventory && !spelt_u, "{p}");
        }
        assert!(known > 390, "only {known} syllables checked");
    }

    #[test]
    fn press_vectors() {
        crate::translit::declension::run_press_vectors("chinese_czech", chinese_czech);
        crate::translit::declension::run_press_vectors("chinese_czech_place", chinese_czech_place);
        crate::translit::declension::run_press_vectors("czech_syllable", |s| {
            syllable(s).unwrap_or_default()
        });
    }
}
