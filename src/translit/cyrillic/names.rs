//! The parts of a Russian personal name that the matcher must recognise: the patronymic, in
//! Cyrillic and in the romanisations of this module. A Russian patronymic is the father's first
//! name with -ович/-евич (-ич after a vowel stem: Ильич, Кузьмич) for a man and -овна/-евна
//! (-ична/-инична: Ильинична, Кузьминична) for a woman (Русская грамматика, АН СССР 1980, vol. 1,
//! §§ on the formation of patronymics). Ukrainian writes -ович/-йович and -івна/-ївна
//! (Олександрович, Андріївна: Український правопис 2019, § 34); Belarusian -авіч/-евіч/-овіч and
//! -аўна/-еўна (Аляксандравіч, Сяргееўна: Беларуская граматыка, 1985).

/// Patronymic endings in Cyrillic (as folded: ё is е), in the nominative and, for Russian, in the
/// other cases (the masculine declines as a hard noun, Михайловича, Михайловичу, Михайловичем,
/// Михайловиче; the feminine as a noun in -а, Сергеевны, Сергеевне, Сергеевну, Сергеевной).
const PATRONYMIC_ENDINGS_CYRILLIC: &[&str] = &[
    "ович",
    "евич",
    "ич",
    "овна",
    "евна",
    "ична",
    "инична",
    "овича",
    "евича",
    "овичу",
    "евичу",
    "овичем",
    "евичем",
    "овиче",
    "евиче",
    "овны",
    "евны",
    "овне",
    "евне",
    "овну",
    "евну",
    "овной",
    "евной",
    "ичны",
    "ичне",
    "ичну",
    "ичной",
    "івна",
    "ївна",
    "авіч",
    "евіч",
    "овіч",
    "аўна",
    "еўна",
];

/// The same endings as the romanisations and press transcriptions write them, folded (lowercase,
/// no diacritics): -ovich (BGN/PCGN, English), -owitsch (German), -ovitch (French), -owicz
/// (Polish), -ovic (ISO 9, scientific: -ovič); -ovna, -owna, -ichna, -iczna for women; the
/// Ukrainian national system's -ovych and -ivna, the Belarusian -avich and -auna.
const PATRONYMIC_ENDINGS: &[&str] = &[
    "ovich", "evich", "ovitch", "evitch", "owitsch", "ewitsch", "owicz", "ewicz", "ovic", "evic",
    "ich", "itch", "itsch", "icz", "ovna", "evna", "ichna", "owna", "ewna", "iczna", "ovych",
    "evych", "ivna", "avich", "auna",
];

/// Is this lowercase Cyrillic word a patronymic (Владимирович, Ильич, Сергеевна)? Five letters at
/// least, so that short names in -ич are not taken for one.
pub(super) fn is_cyrillic_patronymic(word: &str) -> bool {
    word.chars().count() >= 5
        && PATRONYMIC_ENDINGS_CYRILLIC
            .iter()
            .any(|e| word.ends_with(e))
}

/// Is this folded token (lowercase, without diacritics) a Russian patronymic, in Cyrillic or in a
/// Latin spelling (Viktorovich, Wiktorowitsch, Viktorovitch, Wiktorowicz, Vladimirovna)? A Latin
/// token needs six letters, so that short words in -ich (rich) are not taken for one.
pub fn is_patronymic(token: &str) -> bool {
    if token.is_ascii() {
        // The usual Latin word (the scan asks at most capitalised words): no Cyrillic ending
        // can end it, and its letters are its bytes.
        // An ending's last letter first: most words end in none of them.
        let last = token.as_bytes().last();
        return token.len() >= 6
            && PATRONYMIC_ENDINGS
                .iter()
                .any(|e| e.as_bytes().last() == last && token.ends_with(e));
    }
    (token.chars().count() >= 6 && PATRONYMIC_ENDINGS.iter().any(|e| token.ends_with(e)))
        || is_cyrillic_patronymic(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patronymics() {
        for p in [
            "viktorovich",
            "wiktorowitsch",
            "viktorovitch",
            "wiktorowicz",
            "anatolyevich",
            "vladimirovna",
            "владимирович",
            "сергеевна",
            "ильич",
            "ильинична",
            "михайловича",
            "сергеевной",
            "олександрович",
            "андріївна",
            "oleksandrivna",
            "oleksandrovych",
            "аляксандравіч",
        ] {
            assert!(is_patronymic(p), "{p}");
        }
        for p in [
            "putin",
            "ivanovo",
            "lavrov",
            "rich",
            "путин",
            "сич",
            "лавров",
        ] {
            assert!(!is_patronymic(p), "{p}");
        }
    }
}
