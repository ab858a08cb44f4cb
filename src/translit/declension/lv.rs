//! Latvian: a foreign name takes a Latvian ending, the nominative included.
//!
//! Source: Cabinet of Ministers Regulation No. 114 of 2004-02-02, *Noteikumi par personvārdu
//! rakstību un lietošanu latviešu valodā, kā arī to identifikāciju* (a man's consonant-final name
//! takes -s, or -is; a woman's takes -a or -e; names ending in other vowels are indeclinable), and
//! the declensions of *Latviešu valodas gramatika* (LU LVI, 2013): first masculine -s (Putins,
//! Putina, Putinam, Putinu, Putinā), second -is (Dostojevskis, Dostojevskim), fourth -a (Moskva,
//! Maskavas, Maskavai, Maskavu, Maskavā; a man's -a takes the dative -am), fifth -e. Latvian
//! transcribes and declines every word of a Chinese or Korean name (`Sji Dzjiņpins`, `Kims Čenuns`),
//! a vowel-final word staying as it is.

use super::Case::{Acc, Dat, Gen, Ins, Loc, Nom};
use super::{r, End, Lang, Rule, Words, ALL, M, MP, P, W};

/// Latvian vowels besides a e i o u y.
const VOWELS: &str = "āēīū";

#[rustfmt::skip]
static RULES: [Rule; 8] = [
    // First declension: Putins, Putina, Putinam, Putinu, (ar) Putinu, Putinā.
    r(MP, End::ConsonantBut(&[]), "", &[(Nom, "s"), (Gen, "a"), (Dat, "am"), (Acc, "u"), (Ins, "u"), (Loc, "ā")]),
    // A woman's consonant-final name takes -a (fourth declension).
    r(W, End::ConsonantBut(&[]), "", &[(Nom, "a"), (Gen, "as"), (Dat, "ai"), (Acc, "u"), (Ins, "u"), (Loc, "ā")]),
    // Second declension for Russian adjectival surnames: Dostojevskis, Dostojevska, Dostojevskim.
    r(M, End::In(&["skij", "skiy", "ckij", "ckiy"]), "ij", &[(Nom, "is"), (Gen, "a"), (Dat, "im"), (Acc, "i"), (Ins, "i"), (Loc, "ī")]),
    r(M, End::In(&["sky", "cky"]), "y", &[(Nom, "is"), (Gen, "a"), (Dat, "im"), (Acc, "i"), (Ins, "i"), (Loc, "ī")]),
    // Fourth declension: -a.
    r(ALL, End::In(&["a"]), "a", &[(Gen, "as"), (Acc, "u"), (Ins, "u"), (Loc, "ā")]),
    r(W | P, End::In(&["a"]), "a", &[(Dat, "ai")]),
    r(M, End::In(&["a"]), "a", &[(Dat, "am")]),
    // Fifth declension: -e.
    r(ALL, End::In(&["e"]), "e", &[(Gen, "es"), (Dat, "ei"), (Acc, "i"), (Ins, "i"), (Loc, "ē")]),
];

pub(super) static LANG: Lang = Lang {
    code: "lv",
    vowels: VOWELS,
    rules: &[&RULES],
    western: &[Words::Each],
    east_asian: &[Words::Each],
    short_vowel_fixed: true,
    assimilate: None,
};
