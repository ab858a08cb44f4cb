//! Exonyms and name equivalents: what a name is called in the languages of the European press,
//! where that is not a transliteration at all (Moskau, Pékin, Pjöngjang; Josef Stalin, Włodzimierz
//! Lenin). These are facts of each language's usage, so they are data, keyed by the native form.
//!
//! Sources: the standard or customary names in each language's reference works: German (Duden,
//! StAGN country and capital list), French (Larousse; Commission nationale de toponymie list of
//! countries and capitals), Spanish (Diccionario panhispánico de dudas; Fundéu), Italian (Treccani),
//! Polish (KSNG, Urzędowy wykaz polskich nazw geograficznych świata), Dutch (Taalunie list of
//! foreign geographical names).

/// City exonyms by native form: (native, &[(spelling, language)]), sorted by native form.
#[rustfmt::skip]
pub(crate) static PLACES: &[(&str, &[(&str, &str)])] = &[
    ("Владивосток", &[("Wladiwostok", "de"), ("Władywostok", "pl"), ("Vladivostok", "fr")]),
    ("Москва", &[("Moskau", "de"), ("Moscou", "fr"), ("Moscú", "es"), ("Mosca", "it"), ("Moskwa", "pl"), ("Moskou", "nl"), ("Moskva", "cs")]),
    ("Санкт-Петербург", &[("Sankt Petersburg", "de"), ("Saint-Pétersbourg", "fr"), ("San Petersburgo", "es"), ("San Pietroburgo", "it"), ("Petersburg", "pl"), ("Sint-Petersburg", "nl"), ("St Petersburg", "en")]),
    ("上海", &[("Schanghai", "de"), ("Szanghaj", "pl"), ("Changhaï", "fr"), ("Sjanghai", "nl")]),
    ("北京", &[("Peking", "de"), ("Pékin", "fr"), ("Pekín", "es"), ("Pechino", "it"), ("Pekin", "pl")]),
    ("南京", &[("Nanking", "de"), ("Nankin", "fr"), ("Nanchino", "it")]),
    ("广州", &[("Kanton", "de"), ("Canton", "fr"), ("Cantón", "es"), ("Canton", "it")]),
    ("香港", &[("Hongkong", "de"), ("Hong Kong", "en")]),
];

/// Russian first names and their equivalents in the press of other languages, used for historical
/// and well-known figures (Josef Stalin, Józef Stalin, José Stalin; Włodzimierz Lenin; Peter der Große).
/// Sorted by the Russian form.
#[rustfmt::skip]
pub(crate) static FIRST_NAMES: &[(&str, &[(&str, &str)])] = &[
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

/// The entries of a sorted table for `key`.
pub(crate) fn lookup(
    table: &'static [(&'static str, &'static [(&'static str, &'static str)])],
    key: &str,
) -> &'static [(&'static str, &'static str)] {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .map_or(&[], |i| table[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        for t in [PLACES, FIRST_NAMES] {
            assert!(
                t.windows(2).all(|w| w[0].0 < w[1].0),
                "{:?}",
                t.iter().map(|x| x.0).collect::<Vec<_>>()
            );
        }
    }
}
