//! Syllables as indices into the pinyin inventory of `syllable_tables.rs`, user-supplied pinyin and
//! Wade–Giles syllables normalised and looked up, and the conversions between the two.

use super::syllable_tables::{SylKind, EFEO_TO_PINYIN, LESSING_TO_PINYIN, SYLLABLES, WG_TO_PINYIN};

/// One romanised syllable: index into `SYLLABLES`, tone 1–4 or 5 (neutral).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Syl {
    pub(super) idx: u16,
    pub(super) tone: u8,
}

/// What one Han character becomes: a syllable, or itself when no reading is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Syl(Syl),
    Raw(char),
}

/// Small stack buffer for normalising a syllable without allocating.
pub(super) struct Buf {
    pub(super) b: [u8; 24],
    pub(super) n: usize,
}

impl Buf {
    pub(super) fn new() -> Self {
        Buf { b: [0; 24], n: 0 }
    }
    pub(super) fn push(&mut self, s: &str) -> bool {
        let end = self.n + s.len();
        match self.b.get_mut(self.n..end) {
            Some(dst) => {
                dst.copy_from_slice(s.as_bytes());
                self.n = end;
                true
            }
            None => false,
        }
    }
    pub(super) fn as_str(&self) -> &str {
        self.b
            .get(..self.n)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

pub(super) fn syl_index(p: &str) -> Option<u16> {
    // The syllable tables are searched millions of times when a large glossary is indexed: a
    // hash map built once from the sorted table answers without string comparisons.
    static INDEX: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u16>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            SYLLABLES
                .iter()
                .enumerate()
                .filter_map(|(i, e)| Some((e.0, u16::try_from(i).ok()?)))
                .collect()
        })
        .get(p)
        .copied()
}

/// A lookup map over one of the sorted (spelling, pinyin) tables of another romanisation.
pub(super) fn system_map(
    table: &'static [(&'static str, &'static str)],
) -> Option<&'static rustc_hash::FxHashMap<&'static str, &'static str>> {
    type Map = rustc_hash::FxHashMap<&'static str, &'static str>;
    static WG: std::sync::OnceLock<Map> = std::sync::OnceLock::new();
    static EFEO: std::sync::OnceLock<Map> = std::sync::OnceLock::new();
    static LESSING: std::sync::OnceLock<Map> = std::sync::OnceLock::new();
    let cell = if std::ptr::eq(table, WG_TO_PINYIN) {
        &WG
    } else if std::ptr::eq(table, EFEO_TO_PINYIN) {
        &EFEO
    } else if std::ptr::eq(table, LESSING_TO_PINYIN) {
        &LESSING
    } else {
        return None;
    };
    Some(cell.get_or_init(|| table.iter().map(|&(k, v)| (k, v)).collect()))
}

pub(super) fn syl_entry(idx: u16) -> Option<&'static (&'static str, &'static str, SylKind)> {
    SYLLABLES.get(usize::from(idx))
}

/// Is `token` (folded: lowercase ASCII letters and digits, with at least one digit) numbered
/// pinyin: each syllable followed by its tone number, 1 to 4, or 5 for the neutral tone, and a
/// last syllable perhaps unnumbered (neutral)? That is the notation of ISO 7098's tone-number
/// form ("jin4ping2", "xi2"). A word with a number that does not close one syllable is not
/// ("jinping5": two syllables, one number; "nam2017"; "2024"): its digits are not tones.
pub fn is_numbered_pinyin(token: &str) -> bool {
    let mut rest = token;
    let mut numbered = false;
    while !rest.is_empty() {
        let letters = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        if letters == 0 || syl_index_v(&rest[..letters]).is_none() {
            return false;
        }
        rest = &rest[letters..];
        match rest.as_bytes().first() {
            None => break,
            Some(b'1'..=b'5') => {
                numbered = true;
                rest = &rest[1..];
            }
            Some(_) => return false,
        }
    }
    numbered
}

/// Toneless pinyin, ü written `v` in the data tables.
pub(super) fn syl_index_v(p: &str) -> Option<u16> {
    if !p.contains('v') {
        return syl_index(p);
    }
    let mut b = Buf::new();
    for c in p.chars() {
        let ok = if c == 'v' {
            b.push("ü")
        } else {
            b.push(c.encode_utf8(&mut [0; 4]))
        };
        if !ok {
            return None;
        }
    }
    syl_index(b.as_str())
}

/// Normalise a user-supplied pinyin syllable (any case; ü as ü, v, u: or passport yu; optional
/// trailing tone digit) to the table spelling.
fn normalise_pinyin(s: &str, b: &mut Buf) -> bool {
    let s = s.trim();
    let s = s.strip_suffix(|c: char| c.is_ascii_digit()).unwrap_or(s);
    let lower_has = |pre: &str| {
        s.len() >= pre.len()
            && s.get(..pre.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(pre))
    };
    // Passport spelling lyu/nyu(e) for lü/nü(e).
    let (s, mut ok) = if lower_has("lyu") || lower_has("nyu") {
        let first = if lower_has("l") { "l" } else { "n" };
        (s.get(3..).unwrap_or(""), b.push(first) && b.push("ü"))
    } else {
        (s, true)
    };
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !ok {
            return false;
        }
        ok = match c {
            'v' | 'V' | 'ü' | 'Ü' => b.push("ü"),
            'u' | 'U' if chars.peek() == Some(&':') => {
                chars.next();
                b.push("ü")
            }
            'ê' | 'Ê' => b.push("ê"),
            c if c.is_ascii_alphabetic() => b.push(c.to_ascii_lowercase().encode_utf8(&mut [0; 4])),
            _ => false,
        };
    }
    ok && b.n > 0
}

/// Pinyin syllable (toneless, lowercase ASCII, ü written as "v" or "u:" or "ü") -> Wade–Giles
/// (lowercase, aspiration apostrophe `'`, ü kept, ê/ŭ written e/u). None if not a syllable.
pub fn pinyin_to_wade_giles(syllable: &str) -> Option<&'static str> {
    let mut b = Buf::new();
    if !normalise_pinyin(syllable, &mut b) {
        return None;
    }
    let p = b.as_str();
    let idx = syl_index(p).or_else(|| {
        // "lue"/"nue" are the usual keyboard spellings of lüe/nüe.
        match p {
            "lue" => syl_index("lüe"),
            "nue" => syl_index("nüe"),
            _ => None,
        }
    })?;
    syl_entry(idx).map(|e| e.1)
}

fn wg_lookup(w: &str) -> Option<&'static str> {
    // A hash map over the table: segmenting a romanised name tries many candidate syllables.
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| WG_TO_PINYIN.iter().copied().collect())
        .get(w)
        .copied()
}

/// Normalise a Wade–Giles syllable: lowercase, apostrophe variants -> `'`, ê -> e, ŭ -> u,
/// u: -> ü, szu -> ssu.
fn normalise_wg(s: &str, b: &mut Buf) -> bool {
    let s = s.trim();
    let s = s.strip_suffix(|c: char| c.is_ascii_digit()).unwrap_or(s);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let ok = match c {
            '\'' | '’' | '‘' | '`' | 'ʻ' | 'ʼ' | '´' => b.push("'"),
            'ê' | 'Ê' | 'ě' | 'é' => b.push("e"),
            'ŭ' | 'Ŭ' => b.push("u"),
            'ü' | 'Ü' => b.push("ü"),
            'u' | 'U' if chars.peek() == Some(&':') => {
                chars.next();
                b.push("ü")
            }
            c if c.is_ascii_alphabetic() => b.push(c.to_ascii_lowercase().encode_utf8(&mut [0; 4])),
            _ => false,
        };
        if !ok {
            return false;
        }
    }
    if b.as_str() == "szu" {
        *b = Buf::new();
        b.push("ssu");
    }
    b.n > 0
}

/// Look a normalised Wade–Giles spelling up, restoring a dropped umlaut and then a dropped
/// aspiration apostrophe; the plain (unaspirated, non-ü) reading wins because it is tried first.
pub(super) fn wg_to_pinyin_norm(w: &str) -> Option<&'static str> {
    if let Some(p) = wg_lookup(w) {
        return Some(p);
    }
    let with_umlaut = |src: &str, b: &mut Buf| -> bool {
        match src.find('u') {
            Some(i) if !src.contains('ü') => {
                b.push(src.get(..i).unwrap_or(""))
                    && b.push("ü")
                    && b.push(src.get(i + 1..).unwrap_or(""))
            }
            _ => false,
        }
    };
    let mut b = Buf::new();
    if with_umlaut(w, &mut b) {
        if let Some(p) = wg_lookup(b.as_str()) {
            return Some(p);
        }
    }
    if w.contains('\'') {
        return None;
    }
    let init = ["ch", "ts", "tz", "p", "t", "k"]
        .into_iter()
        .find(|i| w.starts_with(i))?;
    let mut a = Buf::new();
    if !(a.push(init) && a.push("'") && a.push(w.get(init.len()..).unwrap_or(""))) {
        return None;
    }
    if let Some(p) = wg_lookup(a.as_str()) {
        return Some(p);
    }
    let mut c = Buf::new();
    if with_umlaut(a.as_str(), &mut c) {
        return wg_lookup(c.as_str());
    }
    None
}

/// Wade–Giles syllable (lowercase; apostrophe may be ' ’ ` or missing; ü may be u) -> toneless pinyin.
/// Without its apostrophe or umlaut a syllable is read as the unaspirated / plain syllable
/// (`ping` -> bing, `chu` -> zhu, `yu` -> you); the Wade–Giles spelling `o` is pinyin e (俄 O) and `lo`
/// is luo. None if not a syllable.
pub fn wade_giles_to_pinyin(syllable: &str) -> Option<&'static str> {
    let mut b = Buf::new();
    if !normalise_wg(syllable, &mut b) {
        return None;
    }
    wg_to_pinyin_norm(b.as_str())
}

#[cfg(test)]
mod numbered_tests {
    #[test]
    fn numbered_pinyin_closes_every_syllable_with_its_tone() {
        for t in [
            "xi2",
            "jin4ping2",
            "li3",
            "ke4qiang2",
            "lv4",
            "ma1ma",
            "ma1ma5",
        ] {
            assert!(super::is_numbered_pinyin(t), "{t}");
        }
        for t in [
            "jinping5",
            "nam2017",
            "2024",
            "xi",
            "jin6",
            "jin44",
            "x2",
            "jin4pingg2",
        ] {
            assert!(!super::is_numbered_pinyin(t), "{t}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::hanzi::sorted_by;
    use pinyin::ToPinyin;

    #[test]
    fn syllable_inventory() {
        let std = SYLLABLES.iter().filter(|e| e.2 == SylKind::Std).count();
        assert!((395..=415).contains(&std), "{std}");
        assert!(SYLLABLES.len() >= 410);
        // Every syllable the `pinyin` crate can produce for a BMP ideograph is in the table.
        for cp in 0x3400u32..=0x9FFF {
            if let Some(c) = char::from_u32(cp) {
                if let Some(p) = c.to_pinyin() {
                    assert!(syl_index(p.plain()).is_some(), "{c} {}", p.plain());
                }
            }
        }
    }

    #[test]
    fn wade_giles_round_trip_exhaustive() {
        // Pinyin syllables whose Wade–Giles spelling is shared and so cannot come back.
        const NOT_ROUND_TRIP: [&str; 2] = ["lo", "o"];
        for &(p, w, _) in SYLLABLES {
            assert_eq!(pinyin_to_wade_giles(p), Some(w), "{p}");
            let back = wade_giles_to_pinyin(w);
            if NOT_ROUND_TRIP.contains(&p) {
                assert_ne!(back, Some(p), "{p}");
            } else {
                assert_eq!(back, Some(p), "{p} -> {w}");
            }
        }
        for &(w, p) in WG_TO_PINYIN {
            assert_eq!(wade_giles_to_pinyin(w), Some(p), "{w}");
            assert!(syl_index(p).is_some());
        }
        assert_eq!(wade_giles_to_pinyin("o"), Some("e"));
        assert_eq!(wade_giles_to_pinyin("lo"), Some("luo"));
    }

    #[test]
    fn pinyin_to_wade_giles_examples() {
        let cases = [
            ("zhong", "chung"),
            ("qiang", "ch'iang"),
            ("xi", "hsi"),
            ("ri", "jih"),
            ("si", "ssu"),
            ("zi", "tzu"),
            ("ci", "tz'u"),
            ("lüe", "lüeh"),
            ("lve", "lüeh"),
            ("lu:e", "lüeh"),
            ("lue", "lüeh"),
            ("nv", "nü"),
            ("lyu", "lü"),
            ("ju", "chü"),
            ("que", "ch'üeh"),
            ("xuan", "hsüan"),
            ("yu", "yü"),
            ("you", "yu"),
            ("yi", "i"),
            ("er", "erh"),
            ("ge", "ko"),
            ("ke", "k'o"),
            ("he", "ho"),
            ("e", "o"),
            ("guo", "kuo"),
            ("duo", "to"),
            ("shuo", "shuo"),
            ("gui", "kuei"),
            ("kui", "k'uei"),
            ("jiong", "chiung"),
            ("zhi", "chih"),
            ("chi", "ch'ih"),
            ("Zhong", "chung"),
            ("zhong1", "chung"),
        ];
        for (p, w) in cases {
            assert_eq!(pinyin_to_wade_giles(p), Some(w), "{p}");
        }
        for bad in [
            "",
            "x",
            "zhx",
            "qa",
            "hsi",
            "abcdefghijklmnopqrstuvwxyz",
            "ĉ",
            "u:",
            "1",
        ] {
            assert_eq!(pinyin_to_wade_giles(bad), None, "{bad}");
        }
    }

    #[test]
    fn wade_giles_to_pinyin_examples() {
        let cases = [
            ("ch'iang", "qiang"),
            ("ch’iang", "qiang"),
            ("ch`iang", "qiang"),
            ("chiang", "jiang"),
            ("p'ing", "ping"),
            ("ping", "bing"),
            ("hsi", "xi"),
            ("jih", "ri"),
            ("ssu", "si"),
            ("szu", "si"),
            ("tzu", "zi"),
            ("tzŭ", "zi"),
            ("tz'u", "ci"),
            ("tsu", "zu"),
            ("lüeh", "lüe"),
            ("lueh", "lüe"),
            ("lu:eh", "lüe"),
            ("chü", "ju"),
            ("chu", "zhu"),
            ("ch'ü", "qu"),
            ("ch'u", "chu"),
            ("hsü", "xu"),
            ("hsu", "xu"),
            ("yu", "you"),
            ("yü", "yu"),
            ("yueh", "yue"),
            ("chüeh", "jue"),
            ("chueh", "jue"),
            ("ch'ueh", "que"),
            ("tê", "de"),
            ("te", "de"),
            ("t'e", "te"),
            ("kuo", "guo"),
            ("ko", "ge"),
            ("i", "yi"),
            ("erh", "er"),
            ("p'ou", "pou"),
            ("pou", "pou"),
            ("kuei", "gui"),
            ("tung", "dong"),
            ("Chung", "zhong"),
        ];
        for (w, p) in cases {
            assert_eq!(wade_giles_to_pinyin(w), Some(p), "{w}");
        }
        for bad in [
            "",
            "xi",
            "zhong",
            "q",
            "'",
            "ch''ing",
            "abcdefghijklmnopqrstuvwxyz",
        ] {
            assert_eq!(wade_giles_to_pinyin(bad), None, "{bad}");
        }
    }

    #[test]
    fn tables_are_sorted() {
        assert!(sorted_by(SYLLABLES, |e| e.0));
        assert!(sorted_by(WG_TO_PINYIN, |e| e.0));
    }
}
