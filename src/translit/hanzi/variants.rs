//! Every plausible Latin spelling of a Chinese name given in Hanzi: pinyin with and without tones,
//! Wade–Giles, the French (EFEO) and German (Lessing–Othmer) press systems, the given name
//! hyphenated or apart, and the customary forms (postal, Cantonese, official, press).

use super::is_han;
use super::names::CUSTOMARY;
use super::readings::{shape, split_name, Shape};
use super::render::{render, Join, Out, Style, Umlaut};
use super::syllables::Unit;

fn render_name(
    style: Style,
    sur: &[Unit],
    given: &[Unit],
    join: Join,
    given_first: bool,
) -> String {
    let mut out = Out::new(style, 32);
    if given_first {
        out.word(given, true, join);
        out.word(sur, true, Join::Native);
    } else {
        out.word(sur, true, Join::Native);
        out.word(given, true, join);
    }
    out.s
}

/// `pinyin` without the apostrophes that divide its syllables (before a syllable starting with a,
/// o or e, after a letter: the 隔音符号 of the Scheme for the Chinese Phonetic Alphabet, 1958, §5,
/// and of GB/T 16159-2012), as the name is often written: Xi'an → Xian, Chang'an → Changan.
fn without_syllable_apostrophes(pinyin: &str) -> String {
    let mut out = String::with_capacity(pinyin.len());
    let mut chars = pinyin.chars().peekable();
    let mut prev_letter = false;
    while let Some(c) = chars.next() {
        let next_vowel = chars.peek().is_some_and(|&n| {
            let mut base = String::new();
            crate::fold::fold_char(n, &mut base);
            base.starts_with(['a', 'o', 'e'])
        });
        if !(c == '\'' && prev_letter && next_vowel) {
            out.push(c);
        }
        prev_letter = c.is_alphabetic();
    }
    out
}

fn push_variant(v: &mut Vec<(String, &'static str)>, s: String, label: &'static str) {
    if !s.is_empty() && !v.iter().any(|(x, _)| *x == s) {
        v.push((s, label));
    }
}

/// Every plausible Latin spelling of a Chinese personal or place name given in Hanzi, deduplicated,
/// each labelled: `pinyin` (ASCII, name mode: "Xi Jinping"), `rule:pinyin-tones` ("Xí Jìnpíng"),
/// `rule:given-hyphen` ("Xi Jin-ping"), `rule:given-spaced` ("Xi Jin Ping"), `rule:given-first`
/// ("Jinping Xi"), for ü: `rule:pinyin-umlaut` / `rule:u-for-ü` / `rule:v-for-ü` (Lü / Lu / Lv beside
/// the passport form Lyu), `wade-giles` ("Hsi Chin-p'ing"), `rule:wg-no-apostrophe`
/// ("Hsi Chin-ping"); for places the table forms `postal` (Peking, Canton, Tientsin, Chungking,
/// Nanking ...), and for either `rule:customary` (Hong Kong, Chiang Kai-shek, Tsai Ing-wen ...) and
/// `rule:official-spelling` (Shaanxi). Empty if `native` holds no Han character.
pub fn name_variants(native: &str) -> Vec<(String, &'static str)> {
    let native = native.trim();
    let mut v: Vec<(String, &'static str)> = Vec::new();
    if !native.chars().any(is_han) {
        return v;
    }
    let plain = Style::Plain(Umlaut::Yu);
    let wg = Style::Wg { apostrophe: true };
    let wg_bare = Style::Wg { apostrophe: false };
    let simple = native.chars().all(is_han);
    if !simple || shape(native) != Shape::Person {
        // Places, proper nouns and mixed strings: the name-mode rendering in each style.
        let t = |style: Style| render(style, native, true);
        push_variant(&mut v, t(plain), "pinyin");
        let bare = without_syllable_apostrophes(&t(plain));
        push_variant(&mut v, bare, "rule:pinyin-no-apostrophe");
        push_variant(&mut v, t(Style::Marks), "rule:pinyin-tones");
        push_variant(&mut v, t(Style::Plain(Umlaut::Keep)), "rule:pinyin-umlaut");
        push_variant(&mut v, t(Style::Plain(Umlaut::U)), "rule:u-for-ü");
        push_variant(&mut v, t(wg), "wade-giles");
        push_variant(&mut v, t(wg_bare), "rule:wg-no-apostrophe");
        push_variant(&mut v, t(Style::Efeo { jian: false }), "efeo");
        push_variant(&mut v, t(Style::Efeo { jian: true }), "efeo");
        push_variant(&mut v, t(Style::Lessing), "lessing");
    } else {
        let mut units = Vec::new();
        let n = split_name(native, &mut units);
        let (sur, given) = units.split_at(n.min(units.len()));
        let r = |style: Style, join: Join, first: bool| render_name(style, sur, given, join, first);
        push_variant(&mut v, r(plain, Join::Native, false), "pinyin");
        let bare = without_syllable_apostrophes(&r(plain, Join::Native, false));
        push_variant(&mut v, bare, "rule:pinyin-no-apostrophe");
        push_variant(
            &mut v,
            r(Style::Marks, Join::Native, false),
            "rule:pinyin-tones",
        );
        if given.len() > 1 {
            push_variant(&mut v, r(plain, Join::Hyphen, false), "rule:given-hyphen");
            push_variant(&mut v, r(plain, Join::Space, false), "rule:given-spaced");
        }
        if !given.is_empty() {
            push_variant(&mut v, r(plain, Join::Native, true), "rule:given-first");
        }
        push_variant(
            &mut v,
            r(Style::Plain(Umlaut::Keep), Join::Native, false),
            "rule:pinyin-umlaut",
        );
        push_variant(
            &mut v,
            r(Style::Plain(Umlaut::U), Join::Native, false),
            "rule:u-for-ü",
        );
        push_variant(
            &mut v,
            r(Style::Plain(Umlaut::V), Join::Native, false),
            "rule:v-for-ü",
        );
        push_variant(&mut v, r(wg, Join::Native, false), "wade-giles");
        push_variant(
            &mut v,
            r(wg_bare, Join::Native, false),
            "rule:wg-no-apostrophe",
        );
        push_variant(
            &mut v,
            r(Style::Efeo { jian: false }, Join::Native, false),
            "efeo",
        );
        push_variant(
            &mut v,
            r(Style::Efeo { jian: true }, Join::Native, false),
            "efeo",
        );
        push_variant(&mut v, r(Style::Lessing, Join::Native, false), "lessing");
    }
    let first = CUSTOMARY.partition_point(|e| e.0 < native);
    for e in CUSTOMARY.iter().skip(first).take_while(|e| e.0 == native) {
        let label = match e.1 {
            "postal" => "postal",
            "official" => "rule:official-spelling",
            "press-fr" => "rule:press-fr",
            "press-de" => "rule:press-de",
            _ => "rule:customary",
        };
        push_variant(&mut v, e.2.to_string(), label);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn efeo_lessing_variants() {
        let has = |native: &str, s: &str, l: &str| {
            let v = name_variants(native);
            assert!(
                v.iter().any(|(a, b)| a == s && *b == l),
                "{native}: {s} {l} {v:?}"
            );
        };
        has("毛泽东", "Mao Tsö-tong", "efeo");
        has("毛泽东", "Mau Dsö-dung", "lessing");
        has("毛泽东", "Mao Tsé-toung", "rule:press-fr");
        has("周恩来", "Tcheou Ngen-lai", "efeo");
        has("周恩来", "Dschou Ën-lai", "lessing");
        has("周恩来", "Tchou En-laï", "rule:press-fr");
        has("周恩来", "Tschou En-lai", "rule:press-de");
        has("邓小平", "Teng Siao-p'ing", "efeo");
        has("邓小平", "Teng Hiao-p'ing", "efeo");
        has("邓小平", "Dëng Hsiau-ping", "lessing");
        has("北京", "Pei-king", "efeo");
        has("北京", "Be-djing", "lessing");
    }

    #[test]
    fn name_variants_person() {
        let v = name_variants("习近平");
        let has = |s: &str, l: &str| v.iter().any(|(a, b)| a == s && *b == l);
        assert!(has("Xi Jinping", "pinyin"), "{v:?}");
        assert!(has("Xí Jìnpíng", "rule:pinyin-tones"));
        assert!(has("Xi Jin-ping", "rule:given-hyphen"));
        assert!(has("Xi Jin Ping", "rule:given-spaced"));
        assert!(has("Hsi Chin-p'ing", "wade-giles"));
        assert!(has("Hsi Chin-ping", "rule:wg-no-apostrophe"));
        let v = name_variants("毛泽东");
        assert!(v
            .iter()
            .any(|(a, b)| a == "Mao Tse-tung" && *b == "wade-giles"));
        assert!(v.iter().any(|(a, _)| a == "Mao Zedong"));
        let v = name_variants("蒋介石");
        assert!(v
            .iter()
            .any(|(a, b)| a == "Chiang Kai-shek" && *b == "rule:customary"));
        assert!(v.iter().any(|(a, _)| a == "Jiang Jieshi"));
        let v = name_variants("吕小军");
        for s in [
            "Lyu Xiaojun",
            "Lü Xiaojun",
            "Lu Xiaojun",
            "Lv Xiaojun",
            "Lü Hsiao-chün",
        ] {
            assert!(v.iter().any(|(a, _)| a == s), "{s} {v:?}");
        }
        let mut seen = std::collections::HashSet::new();
        assert!(v.iter().all(|(a, _)| seen.insert(a.clone())), "duplicates");
        let v = name_variants("刘国中");
        assert!(v.iter().any(|(a, _)| a == "Liu Guozhong"));
        assert!(v.iter().any(|(a, _)| a == "Liu Kuo-chung"));
    }

    #[test]
    fn syllable_apostrophes_dropped() {
        for (pinyin, bare) in [
            ("Xi'an", "Xian"),
            ("Chang'an", "Changan"),
            ("Tian'anmen", "Tiananmen"),
            ("Pi'ao", "Piao"),
            ("Xī'ān", "Xīān"),
            ("Yan'an E'er", "Yanan Eer"),
            // Not before a, o, e; not at the start of a word.
            ("Jin'yu", "Jin'yu"),
            ("'an", "'an"),
            ("Beijing", "Beijing"),
        ] {
            assert_eq!(without_syllable_apostrophes(pinyin), bare, "{pinyin}");
        }
        let v = name_variants("西安");
        assert!(v
            .iter()
            .any(|(a, b)| a == "Xian" && *b == "rule:pinyin-no-apostrophe"));
    }

    #[test]
    fn name_variants_place() {
        let v = name_variants("北京");
        let has = |s: &str, l: &str| v.iter().any(|(a, b)| a == s && *b == l);
        assert!(has("Beijing", "pinyin"), "{v:?}");
        assert!(has("Pei-ching", "wade-giles"));
        assert!(has("Peking", "postal"));
        for (native, postal) in [
            ("广州", "Canton"),
            ("天津", "Tientsin"),
            ("重庆", "Chungking"),
            ("南京", "Nanking"),
            ("重慶", "Chungking"),
            ("厦门", "Amoy"),
        ] {
            assert!(
                name_variants(native)
                    .iter()
                    .any(|(a, l)| a == postal && *l == "postal"),
                "{native}"
            );
        }
        assert!(name_variants("香港").iter().any(|(a, _)| a == "Hong Kong"));
        assert!(name_variants("陕西").iter().any(|(a, _)| a == "Shaanxi"));
        assert!(name_variants("").is_empty());
        assert!(name_variants("Beijing").is_empty());
    }
}
