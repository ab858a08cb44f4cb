//! Exonyms: what Chinese places are called in the languages of the European press where that is
//! not a romanisation of the Hanzi (Peking, Pékin, Nanking, Kanton). These are facts of each
//! language's usage, so they are data, keyed by the native form.
//!
//! Sources: the standard or customary names in each language's reference works: German (Duden,
//! StAGN country and capital list), French (Larousse; Commission nationale de toponymie list of
//! countries and capitals), Spanish (Diccionario panhispánico de dudas; Fundéu), Italian (Treccani),
//! Polish (KSNG, Urzędowy wykaz polskich nazw geograficznych świata), Dutch (Taalunie list of
//! foreign geographical names).

use crate::translit::table::lookup;

/// Place exonyms by Hanzi form: (native, &[(spelling, language)]), sorted by native form.
#[rustfmt::skip]
static PLACES: &[(&str, &[(&str, &str)])] = &[
    ("上海", &[("Schanghai", "de"), ("Szanghaj", "pl"), ("Changhaï", "fr"), ("Sjanghai", "nl")]),
    ("北京", &[("Peking", "de"), ("Pékin", "fr"), ("Pekín", "es"), ("Pechino", "it"), ("Pekin", "pl")]),
    ("南京", &[("Nanking", "de"), ("Nankin", "fr"), ("Nanchino", "it"), ("Nankin", "pl")]),
    ("台北", &[("Taipeh", "de"), ("Taipéi", "es"), ("Tajpej", "pl")]),
    ("台湾", &[("Taïwan", "fr"), ("Taiwán", "es"), ("Tajwan", "pl")]),
    ("广州", &[("Kanton", "de"), ("Canton", "fr"), ("Cantón", "es"), ("Canton", "it"), ("Kanton", "pl")]),
    ("新疆", &[("Sinciang", "pl")]),
    ("澳门", &[("Macau", "de"), ("Macao", "fr"), ("Macao", "es"), ("Makau", "pl")]),
    ("西藏", &[("Tibet", "en"), ("Tíbet", "es"), ("Tybet", "pl")]),
    ("香港", &[("Hongkong", "de"), ("Hong Kong", "en"), ("Hongkong", "pl")]),
];

/// What the Chinese place `native` (in Hanzi) is called in other languages, as (spelling, BCP 47
/// language code) pairs; empty if none is known.
pub fn place_exonyms(native: &str) -> &'static [(&'static str, &'static str)] {
    lookup(PLACES, native).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::table::is_sorted;

    #[test]
    fn table_is_sorted() {
        assert!(is_sorted(PLACES));
        assert!(place_exonyms("北京").contains(&("Peking", "de")));
        assert!(place_exonyms("深圳").is_empty());
    }
}
