//! Exonyms and name equivalents: what Russian places and first names are called in the languages
//! of the European press where that is not a transcription at all (Moskau, Moscou; Josef Stalin,
//! Włodzimierz Lenin, Peter der Große). These are facts of each language's usage, so they are data,
//! keyed by the native form.
//!
//! Sources: the standard or customary names in each language's reference works: German (Duden,
//! StAGN country and capital list), French (Larousse; Commission nationale de toponymie list of
//! countries and capitals), Spanish (Diccionario panhispánico de dudas; Fundéu), Italian (Treccani),
//! Polish (KSNG, Urzędowy wykaz polskich nazw geograficznych świata), Dutch (Taalunie list of
//! foreign geographical names), Czech (ÚZK, Index českých exonym). The places of Ukraine and
//! Belarus are keyed by their Russian form, through which these languages took them (Kiew, Kijów,
//! Charków, Mińsk).

use super::{transliterate, RuScheme};
use crate::translit::table::lookup;

/// Place exonyms by Cyrillic form: (native, &[(spelling, language)]), sorted by native form.
#[rustfmt::skip]
static PLACES: &[(&str, &[(&str, &str)])] = &[
    ("Брест", &[("Brześć", "pl")]),
    ("Брянск", &[("Briańsk", "pl")]),
    ("Великий Новгород", &[("Wielki Nowogród", "pl")]),
    ("Витебск", &[("Witebsk", "de"), ("Witebsk", "pl")]),
    ("Владивосток", &[("Wladiwostok", "de"), ("Władywostok", "pl"), ("Vladivostok", "fr")]),
    ("Гомель", &[("Homel", "pl")]),
    ("Гродно", &[("Grodno", "pl"), ("Hrodna", "en")]),
    ("Днепр", &[("Dnepr", "de"), ("Dniepr", "pl")]),
    ("Екатеринбург", &[("Ekaterimburgo", "es"), ("Iekaterinbourg", "fr")]),
    ("Житомир", &[("Żytomierz", "pl")]),
    ("Запорожье", &[("Saporischschja", "de"), ("Zaporoże", "pl"), ("Zaporiyia", "es"), ("Zaporijia", "fr")]),
    ("Киев", &[("Kiew", "de"), ("Kiev", "fr"), ("Kiev", "es"), ("Kiev", "it"), ("Kijów", "pl"), ("Kiev", "nl"), ("Kyjev", "cs")]),
    ("Львов", &[("Lwów", "pl"), ("Lemberg", "de"), ("Leópolis", "es"), ("Leopoli", "it"), ("Lvov", "cs")]),
    ("Минск", &[("Mińsk", "pl")]),
    ("Могилёв", &[("Mohylew", "pl"), ("Mogiljow", "de")]),
    ("Москва", &[("Moskau", "de"), ("Moscou", "fr"), ("Moscú", "es"), ("Mosca", "it"), ("Moskwa", "pl"), ("Moskou", "nl"), ("Moskva", "cs")]),
    ("Мурманск", &[("Murmańsk", "pl")]),
    ("Нижний Новгород", &[("Niżny Nowogród", "pl")]),
    ("Николаев", &[("Mikołajów", "pl")]),
    ("Одесса", &[("Odessa", "de"), ("Odessa", "fr"), ("Odessa", "pl"), ("Odessa", "it"), ("Oděsa", "cs")]),
    ("Орёл", &[("Orzeł", "pl")]),
    ("Санкт-Петербург", &[("Sankt Petersburg", "de"), ("Saint-Pétersbourg", "fr"), ("San Petersburgo", "es"), ("San Pietroburgo", "it"), ("Petersburg", "pl"), ("Sint-Petersburg", "nl"), ("St Petersburg", "en")]),
    ("Смоленск", &[("Smoleńsk", "pl")]),
    ("Харьков", &[("Charkiw", "de"), ("Charków", "pl"), ("Járkov", "es"), ("Charkov", "cs")]),
    ("Чернигов", &[("Czernihów", "pl")]),
];

/// Russian first names and their equivalents in the press of other languages, used for historical
/// and well-known figures (Josef Stalin, Józef Stalin, José Stalin; Włodzimierz Lenin; Peter der
/// Große). Sorted by the Russian form.
#[rustfmt::skip]
static FIRST_NAMES: &[(&str, &[(&str, &str)])] = &[
    ("Александр", &[("Alexander", "de"), ("Alexandre", "fr"), ("Aleksander", "pl"), ("Alejandro", "es"), ("Alessandro", "it")]),
    ("Владимир", &[("Włodzimierz", "pl")]),
    ("Екатерина", &[("Katharina", "de"), ("Catherine", "fr"), ("Katarzyna", "pl"), ("Catalina", "es"), ("Caterina", "it")]),
    ("Иосиф", &[("Joseph", "en"), ("Josef", "de"), ("Joseph", "fr"), ("Józef", "pl"), ("José", "es"), ("Giuseppe", "it")]),
    ("Лев", &[("Leo", "de"), ("Léon", "fr"), ("Lew", "pl"), ("León", "es"), ("Leone", "it")]),
    ("Михаил", &[("Michael", "de"), ("Michel", "fr"), ("Michał", "pl"), ("Miguel", "es"), ("Michele", "it")]),
    ("Николай", &[("Nikolaus", "de"), ("Nicolas", "fr"), ("Mikołaj", "pl"), ("Nicolás", "es"), ("Nicola", "it")]),
    ("Павел", &[("Paul", "de"), ("Paul", "fr"), ("Paweł", "pl"), ("Pablo", "es"), ("Paolo", "it")]),
    ("Пётр", &[("Peter", "de"), ("Pierre", "fr"), ("Piotr", "pl"), ("Pedro", "es"), ("Pietro", "it")]),
];

/// What the Russian place `native` (in Cyrillic) is called in other languages, as (spelling,
/// BCP 47 language code) pairs; empty if none is known.
pub fn place_exonyms(native: &str) -> &'static [(&'static str, &'static str)] {
    lookup(PLACES, native).unwrap_or(&[])
}

/// A two-word Russian name (first name, surname, in Cyrillic) as the press of other languages
/// writes it when it uses its own form of the first name: that first name and the surname in the
/// language's press transcription (the English one for languages without a scheme here). Иосиф
/// Сталин: Joseph Stalin, Josef Stalin, Józef Stalin, José Stalin... Empty for other names.
pub fn first_name_exonyms(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [first, surname] = words[..] else {
        return Vec::new();
    };
    lookup(FIRST_NAMES, first)
        .unwrap_or(&[])
        .iter()
        .map(|&(first, lang)| {
            let scheme = match lang {
                "de" => RuScheme::De,
                "fr" => RuScheme::Fr,
                "pl" => RuScheme::Pl,
                "es" => RuScheme::Es,
                _ => RuScheme::Wikipedia,
            };
            format!("{first} {}", transliterate(scheme, surname, true))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::table::is_sorted;

    #[test]
    fn tables_are_sorted() {
        assert!(is_sorted(PLACES));
        assert!(is_sorted(FIRST_NAMES));
    }

    #[test]
    fn exonyms() {
        assert!(place_exonyms("Москва").contains(&("Moskau", "de")));
        assert!(place_exonyms("Казань").is_empty());
        let s = first_name_exonyms("Иосиф Сталин");
        for f in [
            "Josef Stalin",
            "Józef Stalin",
            "José Stalin",
            "Joseph Stalin",
        ] {
            assert!(s.iter().any(|x| x == f), "{f} in {s:?}");
        }
        assert!(first_name_exonyms("Иосиф").is_empty());
        assert!(first_name_exonyms("Иосиф Виссарионович Сталин").is_empty());
        assert!(first_name_exonyms("Сергей Лавров").is_empty());
    }
}
