//! The press transcriptions of Russian into German (Duden), French (press usage), Polish
//! (KSNG/PWN), Spanish (UN Geneva/New York norms) and Dutch (Nederlandse transcriptie): how each
//! language's newspapers write Russian names in their own orthography.

use super::letters::{iot_ctx, is_last, is_sign, is_vowel, next, next2, prev, word_ends, Unit};
use super::schemes::ascii_fallback;

/// German transcription after Duden ("Die deutsche Rechtschreibung",
/// transcription of Russian; also de.wikipedia WP:NK/Russisch): в w, ж sch,
/// з s, х ch, ц z, ч tsch, ш sch, щ schtsch, ы y, ю ju, я ja, ъ ь dropped.
/// е is je at word start and after vowels, ъ, ь; ё is jo, but o after ж ч ш щ
/// (Gorbatschow). й is i at word end and between a vowel and a consonant, j
/// before a vowel, not written after и/ы at word end (Gorki, Jewgeni) and j
/// after them before a consonant (Noworossijsk). с between vowels is ss
/// (Wassili). кс is x "in all cases" (Alexei). ь before и and о is j
/// (Iljitsch).
pub(super) fn de(w: &[Unit], i: usize) -> &'static str {
    let c = w[i].c;
    let p = prev(w, i);
    let n = next(w, i);
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "w",
        'г' => "g",
        'д' => "d",
        'е' => {
            if iot_ctx(p) {
                "je"
            } else {
                "e"
            }
        }
        'ё' => {
            if matches!(p, Some('ж' | 'ч' | 'ш' | 'щ' | 'й')) {
                "o"
            } else {
                "jo"
            }
        }
        'ж' => "sch",
        'з' => "s",
        'и' => "i",
        'й' => {
            if matches!(p, Some('и' | 'ы')) {
                if n.is_none() {
                    ""
                } else {
                    "j"
                }
            } else if n.is_some_and(is_vowel) {
                "j"
            } else {
                "i"
            }
        }
        'к' => {
            if n == Some('с') {
                "x"
            } else {
                "k"
            }
        }
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => {
            if p == Some('к') {
                ""
            } else if p.is_some_and(is_vowel) && n.is_some_and(is_vowel) {
                "ss"
            } else {
                "s"
            }
        }
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "ch",
        'ц' => "z",
        'ч' => "tsch",
        'ш' => "sch",
        'щ' => "schtsch",
        'ъ' => "",
        'ы' => "y",
        'ь' => {
            if matches!(n, Some('и' | 'о')) {
                "j"
            } else {
                ""
            }
        }
        'э' => "e",
        'ю' => "ju",
        'я' => "ja",
        'і' => "i",
        'ї' => "ji",
        'є' => "je",
        'ґ' => "g",
        'ў' => "w",
        _ => ascii_fallback(c),
    }
}

/// French transcription (usage of the French press, as codified in the
/// Wiktionnaire "Convention:Translittération du cyrillique"): у ou, ж j, х kh,
/// ц ts, ч tch, ш ch, щ chtch, ю iou, я ia, ё io; г is gu before е и э
/// (Sergueï); с between vowels is ss; и after a vowel other than и is ï
/// (Mikhaïl); й is ï (Alekseï), not written in the -ий/-ый endings
/// (Dostoïevski, Grozny), i at word start; н at word end after и/ы is -ne
/// (Poutine, Soljenitsyne). е is e after consonants and after и/й, ïe after
/// other vowels (Doudaïev), ie after ъ/ь (Vassiliev); at word start the
/// admitted convention e is used (Eltsine, Evgueni). ё after ж ч ш щ is e, the
/// admitted convention of the press (Gorbatchev, Khrouchtchev). After и/й the
/// iotated vowels lose their i (Maria, Ioulia, Maïa).
pub(super) fn fr(w: &[Unit], i: usize) -> &'static str {
    let c = w[i].c;
    let p = prev(w, i);
    let n = next(w, i);
    let last = is_last(w, i);
    let after_i = matches!(p, Some('и' | 'й'));
    let after_vowel = p.is_some_and(is_vowel);
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => {
            if matches!(n, Some('е' | 'и' | 'э')) {
                "gu"
            } else {
                "g"
            }
        }
        'д' => "d",
        'е' => {
            if p.is_none() || after_i {
                "e"
            } else if after_vowel {
                "ïe"
            } else if p.is_some_and(is_sign) {
                "ie"
            } else {
                "e"
            }
        }
        'ё' => {
            if matches!(p, Some('ж' | 'ч' | 'ш' | 'щ')) {
                "e"
            } else if after_i {
                "o"
            } else if after_vowel {
                "ïo"
            } else {
                "io"
            }
        }
        'ж' => "j",
        'з' => "z",
        'и' => {
            if after_vowel && p != Some('и') {
                "ï"
            } else {
                "i"
            }
        }
        'й' => {
            if last && matches!(p, Some('и' | 'ы')) {
                ""
            } else if p.is_none() {
                "i"
            } else {
                "ï"
            }
        }
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => {
            if last && matches!(p, Some('и' | 'ы')) {
                "ne"
            } else {
                "n"
            }
        }
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => {
            if after_vowel && n.is_some_and(is_vowel) {
                "ss"
            } else {
                "s"
            }
        }
        'т' => "t",
        'у' => "ou",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "tch",
        'ш' => "ch",
        'щ' => "chtch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => {
            if after_i {
                "ou"
            } else if after_vowel {
                "ïou"
            } else {
                "iou"
            }
        }
        'я' => {
            if after_i {
                "a"
            } else if after_vowel {
                "ïa"
            } else {
                "ia"
            }
        }
        'і' => "i",
        'ї' => "ï",
        'є' => "ie",
        'ґ' => "g",
        _ => ascii_fallback(c),
    }
}

/// Polish transcription: KSNG "Zasady latynizacji alfabetu rosyjskiego"
/// (transkrypcja column) and PWN "Zasady pisowni" 77.B. в w, ж ż, х ch, ц c,
/// ч cz, ш sz, щ szcz, ы y, ъ dropped. е: je at word start, after vowels, ъ, ь;
/// e after ж л ц ч ш щ; ie after other consonants (Miedwiediew) — except after
/// р, where the traditional hard r allowed by PWN 77.B.7 is used (Breżniew).
/// ё: jo / o after ж л ц ч ш щ / io. ю я: ju ja / u a after л ж ц ч ш щ /
/// iu ia. и: ji after ь, y after ж ц ш, else i. л is l before е ё и ь ю я,
/// else ł; a doubled лл takes the value of the second (Nabiullina). ь is
/// dropped (the ´ of KSNG is not written, as in the press) but нь сь зь
/// before a consonant or at word end give ń ś ź (Kazań). Surnames in
/// -ский/-цкий/-ская/-цкая take the Polish forms -ski/-cki/-ska/-cka (PWN).
pub(super) fn pl(w: &[Unit], i: usize) -> &'static str {
    let c = w[i].c;
    let p = prev(w, i);
    let n = next(w, i);
    let n2 = next2(w, i);
    let last = is_last(w, i);
    let iot = iot_ctx(p);
    let hard_before = matches!(p, Some('ж' | 'л' | 'ц' | 'ч' | 'ш' | 'щ'));
    let soft_sign_closes = n == Some('ь') && !n2.is_some_and(is_vowel);
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "w",
        'г' => "g",
        'д' => "d",
        'е' => {
            if iot {
                "je"
            } else if hard_before || p == Some('р') {
                "e"
            } else {
                "ie"
            }
        }
        'ё' => {
            if iot {
                "jo"
            } else if hard_before {
                "o"
            } else {
                "io"
            }
        }
        'ж' => "ż",
        'з' => {
            if soft_sign_closes {
                "ź"
            } else {
                "z"
            }
        }
        'и' => {
            if p == Some('ь') {
                "ji"
            } else if matches!(p, Some('ж' | 'ц' | 'ш')) {
                "y"
            } else {
                "i"
            }
        }
        'й' => {
            if last && (word_ends(w, &['с', 'к', 'и', 'й']) || word_ends(w, &['ц', 'к', 'и', 'й']))
            {
                ""
            } else {
                "j"
            }
        }
        'к' => "k",
        'л' => {
            let f = if n == Some('л') { n2 } else { n };
            if matches!(f, Some('е' | 'ё' | 'и' | 'ь' | 'ю' | 'я')) {
                "l"
            } else {
                "ł"
            }
        }
        'м' => "m",
        'н' => {
            if soft_sign_closes {
                "ń"
            } else {
                "n"
            }
        }
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => {
            if soft_sign_closes {
                "ś"
            } else {
                "s"
            }
        }
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "ch",
        'ц' => "c",
        'ч' => "cz",
        'ш' => "sz",
        'щ' => "szcz",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => {
            if iot {
                "ju"
            } else if hard_before {
                "u"
            } else {
                "iu"
            }
        }
        'я' => {
            if last && (word_ends(w, &['с', 'к', 'а', 'я']) || word_ends(w, &['ц', 'к', 'а', 'я']))
            {
                // -ская -> -ska: the а already gave the a.
                ""
            } else if iot {
                "ja"
            } else if hard_before {
                "a"
            } else {
                "ia"
            }
        }
        'і' => "i",
        'ї' => "ji",
        'є' => "je",
        'ґ' => "g",
        'ў' => "ł",
        _ => ascii_fallback(c),
    }
}

/// Spanish transcription after the UN Geneva/New York "Normas de
/// transliteración del ruso al español" (2016): г gu before е и; е ye at word
/// start and after vowels, ъ, ь; ё o after ж ч ш щ (Gorbachov), else yo; ж zh;
/// з z; й not written after и/ы, y before a vowel, else i; х j; ц ts; ч ch;
/// ш sh; ъ ь dropped; ы y; ю yu; я ya, a after и at word end (Chuvashia).
/// Deviations: щ is shch as in the Spanish press (Jrushchov; the UN norm has
/// sch) and final -ай/-ей are -ái/-éi as in es.wikipedia and the press
/// (Serguéi; the UN norm has -y). Stress accents: see `es_accent`.
pub(super) fn es(w: &[Unit], i: usize) -> &'static str {
    let c = w[i].c;
    let p = prev(w, i);
    let n = next(w, i);
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => {
            if matches!(n, Some('е' | 'и')) {
                "gu"
            } else {
                "g"
            }
        }
        'д' => "d",
        'е' => {
            if iot_ctx(p) {
                "ye"
            } else {
                "e"
            }
        }
        'ё' => {
            if matches!(p, Some('ж' | 'ч' | 'ш' | 'щ')) {
                "o"
            } else {
                "yo"
            }
        }
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => {
            if matches!(p, Some('и' | 'ы')) {
                ""
            } else if n.is_some_and(is_vowel) {
                "y"
            } else {
                "i"
            }
        }
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "j",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => {
            if is_last(w, i) && p == Some('и') {
                "a"
            } else {
                "ya"
            }
        }
        'і' => "i",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
        _ => ascii_fallback(c),
    }
}

/// Dutch transcription ("Nederlandse transcriptie", the table of J. Schaeken,
/// "Transliteratie van het cyrillische alfabet", 2011, as given by the Taalunie's
/// Onze Taal language advice; Dutch press usage): у oe, ж zj, х ch, ц ts,
/// ч tsj, ш sj, щ sjtsj, ы y, ю joe, я ja, ъ ь dropped (Poetin, Chroesjtsjov,
/// Zjoekov, Tsjechov). е is je at word start and after vowels, ъ, ь (Jeltsin,
/// Dostojevski, Prokofjev); ё is jo, o after ж ч ш щ й (Fjodor, Gorbatsjov).
/// й is j (Sjojgoe, perestrojka), not written in the -ий/-ый endings (Joeri,
/// Nizjni, Grozny). ь before и and о is j (Iljitsj), as in the German table.
pub(super) fn nl(w: &[Unit], i: usize) -> &'static str {
    let c = w[i].c;
    let p = prev(w, i);
    let n = next(w, i);
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => {
            if iot_ctx(p) {
                "je"
            } else {
                "e"
            }
        }
        'ё' => {
            if matches!(p, Some('ж' | 'ч' | 'ш' | 'щ' | 'й')) {
                "o"
            } else {
                "jo"
            }
        }
        'ж' => "zj",
        'з' => "z",
        'и' => "i",
        'й' => {
            if is_last(w, i) && matches!(p, Some('и' | 'ы')) {
                ""
            } else {
                "j"
            }
        }
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "oe",
        'ф' => "f",
        'х' => "ch",
        'ц' => "ts",
        'ч' => "tsj",
        'ш' => "sj",
        'щ' => "sjtsj",
        'ъ' => "",
        'ы' => "y",
        'ь' => {
            if matches!(n, Some('и' | 'о')) {
                "j"
            } else {
                ""
            }
        }
        'э' => "e",
        'ю' => "joe",
        'я' => "ja",
        'і' => "i",
        'ї' => "ji",
        'є' => "je",
        'ґ' => "g",
        'ў' => "w",
        _ => ascii_fallback(c),
    }
}

#[cfg(test)]
mod tests {
    use crate::translit::cyrillic::{name_variants, transliterate, RuScheme};

    #[test]
    fn dutch() {
        let t = |x| transliterate(RuScheme::Nl, x, true);
        assert_eq!(t("Владимир Путин"), "Vladimir Poetin");
        assert_eq!(t("Никита Хрущёв"), "Nikita Chroesjtsjov");
        assert_eq!(t("Фёдор Достоевский"), "Fjodor Dostojevski");
        assert_eq!(t("Пётр Ильич Чайковский"), "Pjotr Iljitsj Tsjajkovski");
        assert_eq!(t("Сергей Шойгу"), "Sergej Sjojgoe");
        assert_eq!(t("Нижний Новгород"), "Nizjni Novgorod");
        assert_eq!(
            transliterate(RuScheme::Nl, "ЩУКА Щука", false),
            "SJTSJOEKA Sjtsjoeka"
        );
        assert!(name_variants("Владимир Путин")
            .iter()
            .any(|(s, l)| s == "Vladimir Poetin" && *l == "nl"));
    }
}
