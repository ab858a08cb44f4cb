//! Spellings across scripts: how the other CJK scripts write an entry's name, generated from its
//! native forms like the romanisations are.
//!
//! - A Chinese name (Han characters): the Hangul of the official Korean transcription of
//!   Mandarin (외래어 표기법, table 5: 李克强 → 리커창, 리 커창) and the Sino-Korean reading of the
//!   characters (Unihan's `kHangul`: 李克強 → 이극강), from simplified or traditional characters.
//!   Simplified and traditional forms themselves need no spelling: [`crate::fold`] folds a Han
//!   character to its simplified form (Unihan's `kSimplifiedVariant`), as it folds case.
//! - A Russian name (Cyrillic): the Hangul of the official Russian table of the same standard
//!   (세르게이 소뱌닌), the Xinhua transcription (谢尔盖·索比亚宁; 謝爾蓋·索比亞寧 folds alike)
//!   and katakana (セルゲイ・ソビャニン); the separators between the parts (middle dots, space)
//!   fold alike, so one spelling meets each way of writing them.
//! - A Korean name (Hangul): katakana (イ・ジェミョン). Han forms of Korean names cannot be
//!   derived; an entry lists them as native forms, and they are matched simplified and traditional
//!   alike.
//!
//! The Sino-Korean reading is the weaker evidence (rank of [`SINO_KOREAN`]): where it meets the
//! official transcription of another entry (李强 이강, 易纲 이강), the transcription wins.

use super::index::SpellingSource;
use crate::fold::{script_of, Script};
use crate::glossary::{Entry, Kind};
use crate::translit::{cyrillic, hangul, hanzi};

/// The label of the Sino-Korean readings, which rank below the other generated spellings.
pub(crate) const SINO_KOREAN: &str = "sino-korean";

/// The script of a native form, by its first letter.
fn script(s: &str) -> Option<Script> {
    s.chars()
        .map(script_of)
        .find(|s| !matches!(s, Script::Other | Script::Latin))
}

/// Does the entry's language write its names in Han characters of its own (Chinese), rather than
/// list them beside a native form in another script (a Korean name's 李在明)?
fn chinese(entry: &Entry) -> bool {
    !matches!(entry.lang.split('-').next(), Some("ko" | "ja" | "vi"))
}

/// The Sino-Korean readings of a Chinese name worth matching: of a person's name of three
/// characters or more (a two-character name read so is too often a Korean word: 王毅 왕의 "the
/// king's", 刘鹤 유학 "study abroad"), of a place unless the reading is an ordinary Korean word
/// (臺北 대북), and of an organisation (中国共产党 중국공산당, as Korean writes it).
fn sino_korean(entry: &Entry, native: &str) -> Vec<String> {
    let chars = native.chars().filter(|c| !c.is_whitespace()).count();
    match entry.kind {
        Kind::Person if chars < 3 => Vec::new(),
        _ => hanzi::unihan::sino_korean(native)
            .into_iter()
            .take(2)
            .filter(|h| !hangul::is_sino_korean_homograph(h))
            .collect(),
    }
}

/// The cross-script spellings of `entry`, with their sources. May contain duplicates and the
/// native forms themselves (the build drops what is already listed).
pub(crate) fn spellings(entry: &Entry) -> Vec<(String, SpellingSource)> {
    let mut out = Vec::new();
    let person = entry.kind == Kind::Person;
    let russian = entry.lang.split('-').next() == Some("ru");
    for native in &entry.native {
        match script(native) {
            // Simplified and traditional forms need nothing: they fold alike.
            Some(Script::Han) if chinese(entry) => {
                if !matches!(entry.kind, Kind::Organization | Kind::Other) {
                    for h in hanzi::chinese_to_hangul(native) {
                        out.push((h, SpellingSource::Generated("ko-transcription")));
                    }
                }
                for h in sino_korean(entry, native) {
                    out.push((h, SpellingSource::Generated(SINO_KOREAN)));
                }
            }
            Some(Script::Cyrillic) if russian => russian_in_cjk(native, entry.kind, &mut out),
            // Ukrainian and Belarusian names as Chinese (and the older Korean and Japanese usage)
            // write them: through their Russian form (基辅, 哈尔科夫; 키예프, キエフ).
            Some(Script::Cyrillic) => match cyrillic::east_slavic_of(native, &entry.lang) {
                cyrillic::EastSlavic::Ru => {}
                cyrillic::EastSlavic::Uk => {
                    for r in or_itself(cyrillic::ukrainian_to_russian(native), native) {
                        russian_in_cjk(&r, entry.kind, &mut out);
                    }
                    // Korean and Japanese usage since 2022: by the Ukrainian sound (키이우,
                    // ハルキウ).
                    let [hangul, kana] = ukrainian_by_sound_in_cjk(native);
                    out.push((hangul, SpellingSource::Generated("ko-transcription")));
                    out.push((kana, SpellingSource::Generated("katakana")));
                }
                cyrillic::EastSlavic::Be => {
                    for r in or_itself(cyrillic::belarusian_to_russian(native), native) {
                        russian_in_cjk(&r, entry.kind, &mut out);
                    }
                }
            },
            Some(Script::Hangul) => {
                out.push((
                    hangul::korean_to_katakana(native, person),
                    SpellingSource::Generated("katakana"),
                ));
            }
            _ => {}
        }
    }
    out.retain(|(s, _)| !s.trim().is_empty());
    out
}

/// The Russian forms of a Ukrainian or Belarusian name, or the name itself when Russian spells it
/// alike (Полтава), which is what Chinese transcribes.
pub(crate) fn or_itself(russian: Vec<String>, native: &str) -> Vec<String> {
    if russian.is_empty() {
        vec![native.to_string()]
    } else {
        russian
    }
}

/// A Russian name in Hangul, Han characters and katakana: by the transcription tables (a place
/// without the Chinese characters of women's names), and the established forms of the place or
/// of the person's surname where usage differs from the tables (莫斯科; 列夫·托尔斯泰).
fn russian_in_cjk(native: &str, kind: Kind, out: &mut Vec<(String, SpellingSource)>) {
    let place = kind != Kind::Person;
    out.push((
        cyrillic::russian_to_hangul(native),
        SpellingSource::Generated("ko-transcription"),
    ));
    out.push((
        if place {
            cyrillic::russian_place_to_han(native)
        } else {
            cyrillic::russian_to_han(native)
        },
        SpellingSource::Generated("xinhua"),
    ));
    out.push((
        cyrillic::russian_to_katakana(native),
        SpellingSource::Generated("katakana"),
    ));
    if place {
        for &(s, _) in cyrillic::place_in_cjk(native) {
            out.push((s.to_string(), SpellingSource::Generated("established")));
        }
        return;
    }
    // A person: the first names as the tables give them, the surname in its established form.
    let words: Vec<&str> = native.split_whitespace().collect();
    let [given @ .., surname] = &words[..] else {
        return;
    };
    if given.is_empty() {
        return;
    }
    let given = given.join(" ");
    for &(s, lang) in cyrillic::surname_in_cjk(surname) {
        let full = match lang {
            "zh" => format!("{}·{s}", cyrillic::russian_to_han(&given)),
            "ko" => format!("{} {s}", cyrillic::russian_to_hangul(&given)),
            _ => format!("{}・{s}", cyrillic::russian_to_katakana(&given)),
        };
        out.push((full, SpellingSource::Generated("established")));
    }
}

/// A Ukrainian name in Hangul and in katakana by its Ukrainian sound (see
/// [`cyrillic::ukrainian_by_sound`]); Chinese writes it through its Russian form.
pub(crate) fn ukrainian_by_sound_in_cjk(native: &str) -> [String; 2] {
    [
        cyrillic::russian_to_hangul(&cyrillic::ukrainian_by_sound(native, false)),
        cyrillic::russian_to_katakana(&cyrillic::ukrainian_by_sound(native, true)),
    ]
}

/// The surname of a Russian person in Hangul, Han characters and katakana: short forms, like the
/// Cyrillic surname (소뱌닌, 索比亚宁, ソビャニン).
pub(crate) fn russian_shorts(native: &str) -> Vec<String> {
    let Some(surname) = native.split_whitespace().last() else {
        return Vec::new();
    };
    if native.split_whitespace().count() < 2 {
        return Vec::new();
    }
    let mut out = vec![
        cyrillic::russian_to_hangul(surname),
        cyrillic::russian_surname_to_han(surname),
        cyrillic::russian_to_katakana(surname),
    ];
    out.extend(
        cyrillic::surname_in_cjk(surname)
            .iter()
            .map(|&(s, _)| s.to_string()),
    );
    out.retain(|s| !s.trim().is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(lang: &str, kind: &str, native: &[&str]) -> Entry {
        let mut b = crate::GlossaryBuilder::new();
        let toml = format!(
            "[[entry]]\ncanonical = \"X\"\nlang = \"{lang}\"\nkind = \"{kind}\"\nnative = {native:?}\n"
        );
        b.add_source(std::path::Path::new("t.toml"), &toml);
        b.build().expect("loads").entries()[0].clone()
    }

    fn has(out: &[(String, SpellingSource)], s: &str) -> bool {
        out.iter().any(|(x, _)| x == s)
    }

    #[test]
    fn chinese_names_in_hangul_and_both_han_forms() {
        let out = spellings(&entry("zh", "person", &["溫家寶"]));
        for s in ["원자바오", "원 자바오", "온가보"] {
            assert!(has(&out, s), "{s}: {out:?}");
        }
        let sk = out.iter().find(|(s, _)| s == "온가보").map(|x| x.1);
        assert_eq!(sk, Some(SpellingSource::Generated(SINO_KOREAN)));
        // A two-character name, and a place whose reading is a Korean word, are not read so.
        let out = spellings(&entry("zh", "person", &["王毅"]));
        assert!(!has(&out, "왕의") && has(&out, "왕이"), "{out:?}");
        let out = spellings(&entry("zh", "place", &["台北"]));
        assert!(!has(&out, "대북") && has(&out, "타이베이"), "{out:?}");
        let out = spellings(&entry("zh", "organization", &["中国共产党"]));
        assert!(has(&out, "중국공산당"), "{out:?}");
    }

    #[test]
    fn korean_han_forms_are_only_han() {
        let out = spellings(&entry("ko", "person", &["김여정", "金與正"]));
        assert!(has(&out, "キム・ヨジョン"), "{out:?}");
        assert!(!out.iter().any(|(s, _)| s.starts_with('금')), "{out:?}");
    }

    #[test]
    fn russian_names_in_three_scripts() {
        let out = spellings(&entry("ru", "person", &["Сергей Лавров"]));
        for s in ["세르게이 라브로프", "谢尔盖·拉夫罗夫", "セルゲイ・ラブロフ"]
        {
            assert!(has(&out, s), "{s}: {out:?}");
        }
        let shorts = russian_shorts("Сергей Лавров");
        for s in ["라브로프", "拉夫罗夫", "ラブロフ"] {
            assert!(shorts.iter().any(|x| x == s), "{s}: {shorts:?}");
        }
        assert!(russian_shorts("Москва").is_empty());
    }
}
