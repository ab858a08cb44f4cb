//! The press transcriptions of Russian: how the newspapers of English, German (Duden), French
//! (press usage), Polish (KSNG/PWN), Spanish (UN Geneva/New York norms) and Dutch (Nederlandse
//! transcriptie) write Russian names in their own orthography.
//!
//! The six share most of their letters: [`base`] holds what they write alike and one row of the
//! table below ([`Letters`]) what each writes its own way; each language's function then lists
//! only its context rules, the differences from that base. The English form, with its press
//! conventions, is in `english.rs`.

use super::letters::{iot_ctx, is_last, is_vowel, next, next2, prev, word_ends, Unit};
use super::schemes::ascii_fallback;

/// How one press language spells the Russian letters that the languages write each their own way,
/// by column: в ж з у х ц ч ш щ й е ё ю я ї. The iotated vowels (е at word start and after a vowel
/// or a sign, and є; ё, ю, я, ї) carry the language's glide: y, j or i.
pub(super) struct Letters([&'static str; 15]);

impl Letters {
    /// This language's spelling of `c`, if `c` is one of the columns.
    pub(super) fn get(&self, c: char) -> Option<&'static str> {
        let column = match c {
            'в' => 0,
            'ж' => 1,
            'з' => 2,
            'у' => 3,
            'х' => 4,
            'ц' => 5,
            'ч' => 6,
            'ш' => 7,
            'щ' => 8,
            'й' => 9,
            'е' | 'є' => 10,
            'ё' => 11,
            'ю' => 12,
            'я' => 13,
            'ї' => 14,
            _ => return None,
        };
        Some(self.0[column])
    }
}

// The comparative table of the press transcriptions; the sources are in the documentation of each
// language's function below (English: `english::press`).
#[rustfmt::skip]
//                                    в    ж      з    у     х     ц     ч       ш      щ          й    е     ё     ю      я     ї
pub(super) static EN: Letters = Letters(["v", "zh",  "z", "u",  "kh", "ts", "ch",   "sh",  "shch",    "y", "ye", "yo", "yu",  "ya", "yi"]);
#[rustfmt::skip]
pub(super) static DE: Letters = Letters(["w", "sch", "s", "u",  "ch", "z",  "tsch", "sch", "schtsch", "j", "je", "jo", "ju",  "ja", "ji"]);
#[rustfmt::skip]
pub(super) static FR: Letters = Letters(["v", "j",   "z", "ou", "kh", "ts", "tch",  "ch",  "chtch",   "ï", "ie", "io", "iou", "ia", "ï"]);
#[rustfmt::skip]
pub(super) static PL: Letters = Letters(["w", "ż",   "z", "u",  "ch", "c",  "cz",   "sz",  "szcz",    "j", "je", "jo", "ju",  "ja", "ji"]);
#[rustfmt::skip]
pub(super) static ES: Letters = Letters(["v", "zh",  "z", "u",  "j",  "ts", "ch",   "sh",  "shch",    "y", "ye", "yo", "yu",  "ya", "yi"]);
#[rustfmt::skip]
pub(super) static NL: Letters = Letters(["v", "zj",  "z", "oe", "ch", "ts", "tsj",  "sj",  "sjtsj",   "j", "je", "jo", "joe", "ja", "ji"]);

/// What every press transcription writes alike: а б г д и к л м н о п р с т ф ы э as a b g d i k
/// l m n o p r s t f y e; ъ and ь not written; е plain after a consonant; ё plain o after the
/// hushing ж ч ш щ (Gorbachov, Gorbatschow, Gorbatsjov); й not written in the -ий/-ый endings;
/// the letters of `row` for the rest; the ASCII fallback for letters outside the Russian alphabet.
pub(super) fn base(w: &[Unit], i: usize, row: &Letters) -> &'static str {
    let c = w[i].c;
    let p = prev(w, i);
    match c {
        'а' => "a",
        'б' => "b",
        'г' => "g",
        'д' => "d",
        'и' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ф' => "f",
        'ы' => "y",
        'э' => "e",
        'ъ' | 'ь' => "",
        'е' if !iot_ctx(p) => "e",
        'ё' if matches!(p, Some('ж' | 'ч' | 'ш' | 'щ')) => "o",
        'й' if is_last(w, i) && matches!(p, Some('и' | 'ы')) => "",
        _ => row.get(c).unwrap_or_else(|| ascii_fallback(c)),
    }
}

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
        'ё' if p == Some('й') => "o",
        'й' if !matches!(p, Some('и' | 'ы')) && !n.is_some_and(is_vowel) => "i",
        'к' if n == Some('с') => "x",
        'с' if p == Some('к') => "",
        'с' if p.is_some_and(is_vowel) && n.is_some_and(is_vowel) => "ss",
        'ь' if matches!(n, Some('и' | 'о')) => "j",
        _ => base(w, i, &DE),
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
        'г' if matches!(n, Some('е' | 'и' | 'э')) => "gu",
        'е' if p.is_none() || after_i => "e",
        'е' if after_vowel => "ïe",
        'ё' if matches!(p, Some('ж' | 'ч' | 'ш' | 'щ')) => "e",
        'ё' if after_i => "o",
        'ё' if after_vowel => "ïo",
        'и' if after_vowel && p != Some('и') => "ï",
        'й' if p.is_none() => "i",
        'н' if last && matches!(p, Some('и' | 'ы')) => "ne",
        'с' if after_vowel && n.is_some_and(is_vowel) => "ss",
        'ю' if after_i => "ou",
        'ю' if after_vowel => "ïou",
        'я' if after_i => "a",
        'я' if after_vowel => "ïa",
        _ => base(w, i, &FR),
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
    // The iotated vowels: the row's j-forms at word start and after a vowel or a sign, the bare
    // vowel after a hard consonant, the soft i-forms after the others.
    let iot = iot_ctx(p);
    let hard_before = matches!(p, Some('ж' | 'л' | 'ц' | 'ч' | 'ш' | 'щ'));
    let soft_sign_closes = n == Some('ь') && !n2.is_some_and(is_vowel);
    let ends_in =
        |a: char, b: char| word_ends(w, &['с', 'к', a, b]) || word_ends(w, &['ц', 'к', a, b]);
    match c {
        'е' if !iot && (hard_before || p == Some('р')) => "e",
        'е' if !iot => "ie",
        'ё' if !iot && hard_before => "o",
        'ё' if !iot => "io",
        'з' if soft_sign_closes => "ź",
        'и' if p == Some('ь') => "ji",
        'и' if matches!(p, Some('ж' | 'ц' | 'ш')) => "y",
        'й' if last && ends_in('и', 'й') => "",
        'й' => "j",
        'л' => {
            let f = if n == Some('л') { n2 } else { n };
            if matches!(f, Some('е' | 'ё' | 'и' | 'ь' | 'ю' | 'я')) {
                "l"
            } else {
                "ł"
            }
        }
        'н' if soft_sign_closes => "ń",
        'с' if soft_sign_closes => "ś",
        'ю' if !iot && hard_before => "u",
        'ю' if !iot => "iu",
        // -ская -> -ska: the а already gave the a.
        'я' if last && ends_in('а', 'я') => "",
        'я' if !iot && hard_before => "a",
        'я' if !iot => "ia",
        'ў' => "ł",
        _ => base(w, i, &PL),
    }
}

/// The Polish press form of a Russian name where it differs from the transcription of [`pl`]:
/// the adjectival endings take their Polish form, -ый -y, -ая -a, -кий -гий -хий -ki -gi -chi
/// (Навальный Nawalny, Навальная Nawalna, Горький Gorki, as -ский already gives -ski), and a
/// final -ия after a consonant is -ia (Юлия Julia, Мария Maria, the Polish names' spelling).
/// Polish declines such surnames as adjectives (Nawalnego, Nawalnej: PWN, *Wielki słownik
/// ortograficzny*, "Odmiana nazwisk obcych": names in -y, -i take the adjectival paradigm), which
/// is why the press writes the Polish ending; the strict transcription (Nawalnyj, Julija) stays
/// a spelling too. `None` when no word has such an ending.
pub(crate) fn pl_press(native: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = native
        .split(' ')
        .map(|w| {
            let latin = super::transliterate(super::RuScheme::Pl, w, true);
            let lw = w.to_lowercase();
            let strip = |n: usize| latin[..latin.len() - n].to_string();
            let consonant_before = |k: usize| {
                lw.chars()
                    .rev()
                    .nth(k)
                    .is_some_and(super::letters::is_consonant)
            };
            let out = if lw.ends_with("ый") && latin.ends_with("yj") {
                Some(strip(1))
            } else if lw.ends_with("ая")
                && !lw.ends_with("ская")
                && !lw.ends_with("цкая")
                && consonant_before(2)
                && latin.ends_with("aja")
            {
                Some(strip(2))
            } else if ["кий", "гий", "хий"].iter().any(|e| lw.ends_with(e))
                && !lw.ends_with("ский")
                && !lw.ends_with("цкий")
                && latin.ends_with("ij")
            {
                Some(strip(1))
            } else if lw.ends_with("ия") && consonant_before(2) && latin.ends_with("ija") {
                Some(format!("{}ia", &latin[..latin.len() - 3]))
            } else {
                None
            };
            changed |= out.is_some();
            out.unwrap_or(latin)
        })
        .collect();
    changed.then(|| words.join(" "))
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
        'г' if matches!(n, Some('е' | 'и')) => "gu",
        'й' if matches!(p, Some('и' | 'ы')) => "",
        'й' if !n.is_some_and(is_vowel) => "i",
        'я' if is_last(w, i) && p == Some('и') => "a",
        _ => base(w, i, &ES),
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
        'ё' if p == Some('й') => "o",
        'ь' if matches!(n, Some('и' | 'о')) => "j",
        _ => base(w, i, &NL),
    }
}

#[cfg(test)]
mod tests {
    use crate::translit::cyrillic::{name_variants, transliterate, RuScheme};

    #[test]
    fn polish_press_endings() {
        use super::pl_press;
        assert_eq!(
            pl_press("Алексей Навальный").as_deref(),
            Some("Aleksiej Nawalny")
        );
        assert_eq!(pl_press("Юлия Навальная").as_deref(), Some("Julia Nawalna"));
        assert_eq!(pl_press("Максим Горький").as_deref(), Some("Maksim Gorki"));
        // Nothing to change: the transcription is the press form.
        assert_eq!(pl_press("Фёдор Достоевский"), None);
        assert_eq!(pl_press("Дмитрий Медведев"), None);
    }

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
