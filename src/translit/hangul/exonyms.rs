//! Exonyms: what Korean places are called in the languages of the European press where that is not
//! a romanisation of the Hangul (Séoul, Seúl, Pjöngjang). These are facts of each language's usage,
//! so they are data, keyed by the native form.
//!
//! Sources: the standard or customary names in each language's reference works: German (Duden,
//! StAGN country and capital list), French (Larousse; Commission nationale de toponymie list of
//! countries and capitals), Spanish (Diccionario panhispánico de dudas; Fundéu), Polish (KSNG,
//! Urzędowy wykaz polskich nazw geograficznych świata), Dutch (Taalunie list of foreign
//! geographical names).

use crate::translit::table::lookup;

/// Place exonyms by Hangul form: (native, &[(spelling, language)]), sorted by native form.
#[rustfmt::skip]
static PLACES: &[(&str, &[(&str, &str)])] = &[
    ("서울", &[("Séoul", "fr"), ("Seúl", "es"), ("Seul", "pl")]),
    ("평양", &[("Pjöngjang", "de"), ("Pionyang", "es"), ("Pjongjang", "pl"), ("Phenian", "pl"), ("Pyongyang", "fr"), ("Pjongjang", "nl")]),
];

/// What the Korean place `native` (in Hangul) is called in other languages, as (spelling, BCP 47
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
        assert_eq!(place_exonyms("평양")[0], ("Pjöngjang", "de"));
        assert!(place_exonyms("부산").is_empty());
    }
}
