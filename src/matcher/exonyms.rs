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
    ("上海", &[("Schanghai", "de"), ("Szanghaj", "pl"), ("Changhaï", "fr"), ("Sjanghai", "nl")]),
    ("北京", &[("Peking", "de"), ("Pékin", "fr"), ("Pekín", "es"), ("Pechino", "it"), ("Pekin", "pl")]),
    ("南京", &[("Nanking", "de"), ("Nankin", "fr"), ("Nanchino", "it")]),
    ("广州", &[("Kanton", "de"), ("Canton", "fr"), ("Cantón", "es"), ("Canton", "it")]),
    ("香港", &[("Hongkong", "de"), ("Hong Kong", "en")]),
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
        assert!(PLACES.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
