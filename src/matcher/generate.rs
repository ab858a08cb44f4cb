//! Generated spellings: every romanisation of an entry's native forms under the transliteration
//! schemes (name mode for people), the conventional surname spellings, the press transcriptions of
//! Russian names, the Polish press form of Korean names and the Czech one of Chinese names, Western
//! word order for Korean and Chinese people, the grammatical cases of Russian and Ukrainian names in
//! Cyrillic, and for Ukrainian and Belarusian entries their Russian form with everything spelt from
//! it; then the spellings in the other CJK scripts ([`super::cross_script`]). Each spelling carries
//! the label of the rule that produced it, which `lookup --explain` shows.

use super::index::SpellingSource;
use crate::fold::{script_of, Script};
use crate::glossary::{Entry, Kind};
use crate::translit::cyrillic::EastSlavic;
use crate::translit::{cyrillic, hangul, hanzi};

/// The labels of the Polish press form of Korean names and the Czech one of Chinese names:
/// transcriptions for readers of one language, not romanisations (no romanisation key is made
/// of them, see `super::build`).
pub(super) const PRESS_PL: &str = "press-pl";
/// See [`PRESS_PL`].
pub(super) const PRESS_CS: &str = "press-cs";

/// The script of a native form: that of its first letter in Hangul, Han (or kana: they take the
/// Chinese path until Japanese has its own) or Cyrillic.
fn native_script(s: &str) -> Option<Script> {
    s.chars().find_map(|c| match script_of(c) {
        Script::Kana => Some(Script::Han),
        s @ (Script::Hangul | Script::Han | Script::Cyrillic) => Some(s),
        Script::Latin | Script::Other => None,
    })
}

/// Capitalise the first letter of every word (romanised place names in text mode come out lowercase).
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for c in s.chars() {
        if at_start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            at_start = false;
        } else {
            if c.is_whitespace() || c == '-' {
                at_start = c.is_whitespace();
            }
            out.push(c);
        }
    }
    out
}

/// The generated spellings of `entry`, with their sources. May contain duplicates.
pub(crate) fn spellings(entry: &Entry) -> Vec<(String, SpellingSource)> {
    let mut out: Vec<(String, SpellingSource)> = Vec::new();
    // The Polish and Czech press forms, which keep the surname first (no Western order).
    let mut press: Vec<(String, SpellingSource)> = Vec::new();
    let person = entry.kind == Kind::Person;
    for native in &entry.native {
        match native_script(native) {
            Some(Script::Hangul) => {
                if person {
                    for (s, label) in hangul::name_variants(native) {
                        out.push((s, SpellingSource::Generated(label)));
                    }
                } else {
                    for scheme in hangul::KoScheme::IN_TEXT {
                        let s = title_case(&hangul::transliterate(scheme, native, false));
                        out.push((s, SpellingSource::Generated(scheme.id())));
                    }
                }
                // Polish press (Kim Dzong Un, Mun Dze In; Inczon): its case endings are read
                // back at scan time, as every Latin spelling's (`super::declined`). Only a form
                // with the Polish affricates (cz, dz) is the Polish press's own: without them it
                // is what an English romanisation may write for another name (김영남 is `Kim
                // Jong Nam` in Polish, which is 김정남 in English).
                let polish = if person {
                    hangul::korean_polish(native)
                } else {
                    hangul::korean_polish_place(native)
                };
                let lower = polish.to_lowercase();
                if lower.contains("cz") || lower.contains("dz") || lower.contains("dż") {
                    press.push((polish, SpellingSource::Generated(PRESS_PL)));
                }
                let cyr = hangul::korean_to_cyrillic(native, person);
                // Central European press writes DPRK names through their Russian forms ("Kim Ir Sen").
                for c in cyr.iter().take(4) {
                    for scheme in [cyrillic::RuScheme::Pl, cyrillic::RuScheme::De] {
                        out.push((
                            cyrillic::transliterate(scheme, c, true),
                            SpellingSource::Generated("via-russian"),
                        ));
                    }
                }
                cyrillic_with_cases(cyr, "kontsevich", &mut out);
            }
            // A Korean name's Han characters are not read as Chinese (see `cross_script`).
            Some(Script::Han) if matches!(entry.lang.split('-').next(), Some("ko")) => {}
            Some(Script::Han) => {
                for (s, label) in hanzi::name_variants(native) {
                    out.push((s, SpellingSource::Generated(label)));
                }
                // Czech press (Si Ťin-pching, Wen Ťia-pao; Šen-čen), declined at scan time.
                let czech = if person {
                    hanzi::chinese_czech(native)
                } else {
                    hanzi::chinese_czech_place(native)
                };
                press.push((czech, SpellingSource::Generated(PRESS_CS)));
                // Russian press: Palladius, and its grammatical cases ("с Си Цзиньпином").
                cyrillic_with_cases(hanzi::chinese_to_cyrillic(native), "palladius", &mut out);
            }
            Some(Script::Cyrillic) => match cyrillic::east_slavic_of(native, &entry.lang) {
                EastSlavic::Ru => russian(native, person, &mut out),
                EastSlavic::Uk => {
                    for (s, label) in cyrillic::ukrainian_name_variants(native) {
                        out.push((s, SpellingSource::Generated(label)));
                    }
                    for s in cyrillic::ukrainian_case_forms(native) {
                        out.push((s, SpellingSource::Inflected));
                    }
                    // The Russian form and everything spelt from it (Шмыгаль, Shmygal, Schitomir).
                    for r in cyrillic::ukrainian_to_russian(native) {
                        russian(&r, person, &mut out);
                        exonyms_of_russian(&r, &mut out);
                        out.push((r, SpellingSource::Generated("russian-form")));
                    }
                }
                EastSlavic::Be => {
                    for (s, label) in cyrillic::belarusian_name_variants(native) {
                        out.push((s, SpellingSource::Generated(label)));
                    }
                    for r in cyrillic::belarusian_to_russian(native) {
                        russian(&r, person, &mut out);
                        exonyms_of_russian(&r, &mut out);
                        out.push((r, SpellingSource::Generated("russian-form")));
                    }
                }
            },
            Some(_) | None => {}
        }
        let places = match native_script(native) {
            Some(Script::Hangul) => hangul::place_exonyms(native),
            Some(Script::Han) => hanzi::place_exonyms(native),
            Some(Script::Cyrillic) => cyrillic::place_exonyms(native),
            _ => &[],
        };
        for &(s, _) in places {
            out.push((s.to_string(), SpellingSource::Generated("exonym")));
        }
    }
    out.extend(abbreviations(&entry.canonical));
    if person && matches!(entry.lang.as_str(), "ko" | "zh") {
        // Western order: given name first ("Geun-hye Park", "Keqiang Li").
        let mut reordered = Vec::new();
        for s in std::iter::once(entry.canonical.as_str()).chain(
            out.iter()
                .filter(|(_, src)| matches!(src, SpellingSource::Generated(_)))
                .map(|(s, _)| s.as_str()),
        ) {
            let parts: Vec<&str> = s.split_whitespace().collect();
            if parts.len() == 2 {
                reordered.push((
                    format!("{} {}", parts[1], parts[0]),
                    SpellingSource::Generated("word-order"),
                ));
            }
        }
        out.extend(reordered);
    }
    // After the Western word order, which is for romanisations only.
    out.extend(press);
    out.extend(super::cross_script::spellings(entry));
    out
}

/// The spellings of a Russian name in Cyrillic: its romanisations, the press forms of its first
/// name, and its case forms.
fn russian(native: &str, person: bool, out: &mut Vec<(String, SpellingSource)>) {
    for (s, label) in cyrillic::name_variants(native) {
        out.push((s, SpellingSource::Generated(label)));
    }
    if person {
        // "Собянин Сергей": the surname first, as Russian lists and documents write it (a
        // patronymic after it is taken into the match by the scan).
        let words: Vec<&str> = native.split_whitespace().collect();
        if let [given, surname] = words[..] {
            out.push((
                format!("{surname} {given}"),
                SpellingSource::Generated("surname-first"),
            ));
        }
        // "Josef Stalin", "Józef Stalin": the first name as each press language has it.
        for s in cyrillic::first_name_exonyms(native) {
            out.push((s, SpellingSource::Generated("exonym")));
        }
    }
    for s in cyrillic::case_forms(native) {
        out.push((s, SpellingSource::Inflected));
    }
}

/// The grammatical case forms among [`spellings`] (those of source `Inflected`), in the same
/// order, without the rest: the index does not keep them (the scan reads a case form back to its
/// nominative, see `super::cased`), and what shows them (`lookup --explain`, export, near
/// misses) declines the native forms again, which costs a few microseconds an entry instead of a
/// record and a text for each of the 700,000 forms of 100,000 native names. A test checks that
/// both give the same forms.
pub(crate) fn case_forms(entry: &Entry) -> Vec<String> {
    let mut out = Vec::new();
    let person = entry.kind == Kind::Person;
    let east_asian = |spellings: Vec<String>, out: &mut Vec<String>| {
        for s in spellings {
            out.extend(
                cyrillic::east_asian_case_forms(&s)
                    .into_iter()
                    .filter(|form| *form != s),
            );
        }
    };
    for native in &entry.native {
        match native_script(native) {
            Some(Script::Hangul) => {
                east_asian(hangul::korean_to_cyrillic(native, person), &mut out)
            }
            Some(Script::Han) if matches!(entry.lang.split('-').next(), Some("ko")) => {}
            Some(Script::Han) => east_asian(hanzi::chinese_to_cyrillic(native), &mut out),
            Some(Script::Cyrillic) => match cyrillic::east_slavic_of(native, &entry.lang) {
                EastSlavic::Ru => out.extend(cyrillic::case_forms(native)),
                EastSlavic::Uk => {
                    out.extend(cyrillic::ukrainian_case_forms(native));
                    for r in cyrillic::ukrainian_to_russian(native) {
                        out.extend(cyrillic::case_forms(&r));
                    }
                }
                EastSlavic::Be => {
                    for r in cyrillic::belarusian_to_russian(native) {
                        out.extend(cyrillic::case_forms(&r));
                    }
                }
            },
            Some(_) | None => {}
        }
    }
    out
}

/// The exonyms of a Ukrainian or Belarusian place by its Russian form (Kiew, Kijów, Mińsk).
fn exonyms_of_russian(russian: &str, out: &mut Vec<(String, SpellingSource)>) {
    for &(s, _) in cyrillic::place_exonyms(russian) {
        out.push((s.to_string(), SpellingSource::Generated("exonym")));
    }
}

/// Cyrillic spellings of a Korean or Chinese name and their grammatical cases.
fn cyrillic_with_cases(
    spellings: Vec<String>,
    label: &'static str,
    out: &mut Vec<(String, SpellingSource)>,
) {
    for s in spellings {
        for form in cyrillic::east_asian_case_forms(&s) {
            if form != s {
                out.push((form, SpellingSource::Inflected));
            }
        }
        out.push((s, SpellingSource::Generated(label)));
    }
}

/// English abbreviations of the words of place names ("Saint Petersburg" -> "St Petersburg").
fn abbreviations(canonical: &str) -> Vec<(String, SpellingSource)> {
    const ABBREVIATIONS: &[(&str, &str)] = &[
        ("Fort", "Ft"),
        ("Mount", "Mt"),
        ("Saint", "St"),
        ("Sankt", "St"),
    ];
    let mut out = Vec::new();
    for (long, short) in ABBREVIATIONS {
        let words: Vec<&str> = canonical.split([' ', '-']).collect();
        if words.contains(long) {
            let replaced: Vec<&str> = words
                .iter()
                .map(|w| if w == long { *short } else { *w })
                .collect();
            out.push((
                replaced.join(" "),
                SpellingSource::Generated("abbreviation"),
            ));
        }
    }
    out
}

/// Short forms in the native script, for Russian, Ukrainian and Belarusian people: the surname of
/// each Cyrillic native form and its grammatical cases ("Путин", "Путина", "Путину"; "Шмигаля"),
/// and for Ukrainian and Belarusian people the Russian surname and its cases ("Шмыгаля").
pub(crate) fn native_shorts(entry: &Entry) -> Vec<String> {
    let mut out = Vec::new();
    if entry.kind != Kind::Person || entry.short.is_empty() {
        return out;
    }
    for native in &entry.native {
        if native_script(native) == Some(Script::Cyrillic) {
            let Some(surname) = native.split_whitespace().last() else {
                continue;
            };
            out.push(surname.to_string());
            match cyrillic::east_slavic_of(native, &entry.lang) {
                EastSlavic::Ru => {
                    out.extend(cyrillic::case_forms(surname));
                    if entry.lang.split('-').next() == Some("ru") {
                        out.extend(super::cross_script::russian_shorts(native));
                    }
                }
                EastSlavic::Uk => {
                    out.extend(cyrillic::ukrainian_word_cases(surname));
                    for r in cyrillic::ukrainian_to_russian(surname) {
                        out.extend(cyrillic::case_forms(&r));
                        out.push(r);
                    }
                    let russian = cyrillic::ukrainian_to_russian(native);
                    for r in super::cross_script::or_itself(russian, native) {
                        out.extend(super::cross_script::russian_shorts(&r));
                    }
                    // The surname by its Ukrainian sound in Hangul and katakana (젤렌스키).
                    if native.split_whitespace().nth(1).is_some() {
                        out.extend(super::cross_script::ukrainian_by_sound_in_cjk(surname));
                    }
                }
                EastSlavic::Be => {
                    for r in cyrillic::belarusian_to_russian(surname) {
                        out.extend(cyrillic::case_forms(&r));
                        out.push(r);
                    }
                    let russian = cyrillic::belarusian_to_russian(native);
                    for r in super::cross_script::or_itself(russian, native) {
                        out.extend(super::cross_script::russian_shorts(&r));
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_forms_are_the_inflected_spellings_in_order() {
        let g = crate::Glossary::bundled().expect("bundled glossaries load");
        let mut some = 0;
        for e in g.entries().iter().filter(|e| !e.native.is_empty()) {
            let inflected: Vec<String> = spellings(e)
                .into_iter()
                .filter(|(_, src)| *src == SpellingSource::Inflected)
                .map(|(s, _)| s)
                .collect();
            some += inflected.len();
            assert_eq!(case_forms(e), inflected, "{}", e.id);
        }
        assert!(some > 1000, "{some}");
    }

    #[test]
    fn title_case_words() {
        assert_eq!(title_case("p'yŏngyang"), "P'yŏngyang");
        assert_eq!(title_case("jung-ang ro"), "Jung-ang Ro");
    }
}
