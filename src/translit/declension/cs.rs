//! Czech: foreign names decline by the Czech pattern their ending fits.
//!
//! Source: Ústav pro jazyk český AV ČR, *Internetová jazyková příručka* (prirucka.ujc.cas.cz),
//! "Skloňování cizích jmen" and its patterns: a man's name in a hard consonant follows *pán*
//! (Sobjanina, Sobjaninovi, Sobjaninem, vocative Sobjanine, after k/g/h/ch Ťin-pchingu), in a soft
//! one *muž* (Sergeje, Sergejovi, Sergejem, Sergeji); in -a *předseda* (Nikity, Nikitovi, Nikitou);
//! in -o *Hugo* (Huga, Hugovi, Hugem: `Wen Ťia-paa`, `Wen Ťia-paovi`, `Wen Ťia-paem`); in -i, -y
//! the adjective-like *Verdiho, Verdimu, Verdim*. A woman's name declines only in -a (*žena*,
//! with the softening k → ce, h/g → ze, ch → še, r → ře, d/t/n → dě/tě/ně before -e). Places in a
//! consonant follow *hrad* (genitive -u or -a, locative -u, or -ě/-e with softening: v Berlíně,
//! v Chabarovsku), in -o *město*. Chinese and Korean names decline at the last word in the Czech
//! press (`premiér Wen Ťia-pao`, `s Wen Ťia-paem`); the surname declines too in some texts
//! (`Kima Čong-una`), so both are generated.

use super::Case::{Acc, Dat, Gen, Ins, Loc, Voc};
use super::{r, End, Lang, Rule, Words, ALL, M, P, W};

/// Czech vowels besides a e i o u y.
const VOWELS: &str = "áéěíóúůý";

/// Soft consonants of the *muž* and *stroj* patterns.
const SOFT: &[&str] = &["c", "č", "ř", "š", "ž", "j", "ť", "ď", "ň", "x"];
/// Velars: vocative -u, locative of places -u.
const VELAR: &[&str] = &["k", "g", "h"];

/// The consonant before -e/-ě, softened (Příruční mluvnice češtiny: alternations in declension).
macro_rules! softened {
    ($name:ident, $kinds:expr, $v:literal, $c1:expr, $c2:expr) => {
        #[rustfmt::skip]
        static $name: [Rule; 16] = [
            r($kinds, End::In(&[concat!("b", $v)]), concat!("b", $v), &[($c1, "bě"), ($c2, "bě")]),
            r($kinds, End::In(&[concat!("p", $v)]), concat!("p", $v), &[($c1, "pě"), ($c2, "pě")]),
            r($kinds, End::In(&[concat!("v", $v)]), concat!("v", $v), &[($c1, "vě"), ($c2, "vě")]),
            r($kinds, End::In(&[concat!("f", $v)]), concat!("f", $v), &[($c1, "fě"), ($c2, "fě")]),
            r($kinds, End::In(&[concat!("m", $v)]), concat!("m", $v), &[($c1, "mě"), ($c2, "mě")]),
            r($kinds, End::In(&[concat!("n", $v)]), concat!("n", $v), &[($c1, "ně"), ($c2, "ně")]),
            r($kinds, End::In(&[concat!("t", $v)]), concat!("t", $v), &[($c1, "tě"), ($c2, "tě")]),
            r($kinds, End::In(&[concat!("d", $v)]), concat!("d", $v), &[($c1, "dě"), ($c2, "dě")]),
            r($kinds, End::In(&[concat!("r", $v)]), concat!("r", $v), &[($c1, "ře"), ($c2, "ře")]),
            r($kinds, End::In(&[concat!("l", $v)]), concat!("l", $v), &[($c1, "le"), ($c2, "le")]),
            r($kinds, End::In(&[concat!("s", $v)]), concat!("s", $v), &[($c1, "se"), ($c2, "se")]),
            r($kinds, End::In(&[concat!("z", $v)]), concat!("z", $v), &[($c1, "ze"), ($c2, "ze")]),
            r($kinds, End::In(&[concat!("k", $v)]), concat!("k", $v), &[($c1, "ce"), ($c2, "ce")]),
            r($kinds, End::In(&[concat!("g", $v)]), concat!("g", $v), &[($c1, "ze"), ($c2, "ze")]),
            r($kinds, End::InBut(&[concat!("h", $v)], &[concat!("ch", $v)]), concat!("h", $v), &[($c1, "ze"), ($c2, "ze")]),
            r($kinds, End::In(&[concat!("ch", $v)]), concat!("ch", $v), &[($c1, "še"), ($c2, "še")]),
        ];
    };
}

// -a nouns (women, places, and men of the *předseda* pattern take -ovi instead): dative and
// locative -e with the consonant softened (Jekatěrině, v Moskvě, Kaluze).
softened!(A_DAT_LOC, W | P, "a", Dat, Loc);

#[rustfmt::skip]
static PLACE_LOC: [Rule; 10] = [
    // Places in a hard non-velar consonant: locative -ě/-e (v Berlíně, v Londýně) besides -u.
    r(P, End::In(&["b"]), "b", &[(Loc, "bě")]),
    r(P, End::In(&["p"]), "p", &[(Loc, "pě")]),
    r(P, End::In(&["v"]), "v", &[(Loc, "vě")]),
    r(P, End::In(&["m"]), "m", &[(Loc, "mě")]),
    r(P, End::In(&["n"]), "n", &[(Loc, "ně")]),
    r(P, End::In(&["t"]), "t", &[(Loc, "tě")]),
    r(P, End::In(&["d"]), "d", &[(Loc, "dě")]),
    r(P, End::In(&["r"]), "r", &[(Loc, "ře")]),
    r(P, End::In(&["l"]), "", &[(Loc, "e")]),
    r(P, End::In(&["s", "z"]), "", &[(Loc, "e")]),
];

#[rustfmt::skip]
static MEN: [Rule; 10] = [
    // *pán*: a man in a hard consonant.
    r(M, End::ConsonantBut(SOFT), "", &[(Gen, "a"), (Acc, "a"), (Dat, "ovi"), (Loc, "ovi"), (Ins, "em")]),
    r(M, End::ConsonantBut(&["k", "g", "h", "c", "č", "ř", "š", "ž", "j", "ť", "ď", "ň", "x"]), "", &[(Voc, "e")]),
    r(M, End::In(VELAR), "", &[(Voc, "u")]),
    // *muž*: a soft consonant.
    r(M, End::In(SOFT), "", &[(Gen, "e"), (Acc, "e"), (Dat, "ovi"), (Dat, "i"), (Loc, "ovi"), (Loc, "i"), (Ins, "em"), (Voc, "i")]),
    // *předseda*: a man in -a.
    r(M, End::In(&["a"]), "a", &[(Gen, "y"), (Acc, "u"), (Dat, "ovi"), (Loc, "ovi"), (Ins, "ou"), (Voc, "o")]),
    // *Hugo*: a man in -o (Ťia-pao → Ťia-paa, Ťia-paovi, Ťia-paem).
    r(M, End::In(&["o"]), "o", &[(Gen, "a"), (Acc, "a"), (Dat, "ovi"), (Loc, "ovi"), (Ins, "em")]),
    // A pronounced -e (Goethe → Goetha, Goethovi).
    r(M, End::In(&["e"]), "e", &[(Gen, "a"), (Acc, "a"), (Dat, "ovi"), (Loc, "ovi"), (Ins, "em")]),
    // -i, -y, -í, -ý: Verdiho, Verdimu, Verdim; Kennedyho.
    r(M, End::In(&["i", "y", "í", "ý"]), "", &[(Gen, "ho"), (Acc, "ho"), (Dat, "mu"), (Loc, "m"), (Ins, "m")]),
    // A woman's or a man's -ia (Natalia → Natalie, Natalii, Natalií).
    r(ALL, End::In(&["ia"]), "a", &[(Gen, "e"), (Dat, "i"), (Acc, "i"), (Loc, "i"), (Ins, "í")]),
    r(ALL, End::In(&["ja", "ťa", "ňa", "ča", "ša", "ža", "ca", "řa"]), "a", &[(Gen, "i"), (Dat, "i"), (Loc, "i")]),
];

#[rustfmt::skip]
static WOMEN_PLACES: [Rule; 6] = [
    // *žena*: -y, -u, -ou, vocative -o (Jekatěriny, Moskvu, Moskvou).
    r(W | P, End::InBut(&["a"], &["ia", "ja", "ťa", "ňa", "ča", "ša", "ža", "ca", "řa"]), "a", &[(Gen, "y")]),
    r(W | P, End::In(&["a"]), "a", &[(Acc, "u"), (Ins, "ou")]),
    r(W, End::In(&["a"]), "a", &[(Voc, "o")]),
    // *hrad*: a place in a consonant: -u or -a, -u, -em (do Jekatěrinburgu, v Chabarovsku).
    r(P, End::ConsonantBut(SOFT), "", &[(Gen, "u"), (Gen, "a"), (Dat, "u"), (Loc, "u"), (Ins, "em")]),
    // *stroj*: a place in a soft consonant.
    r(P, End::In(SOFT), "", &[(Gen, "e"), (Dat, "i"), (Loc, "i"), (Ins, "em")]),
    // *město*: a place in -o (Kemerovo → Kemerova, Kemerovu, Kemerovem, v Kemerově).
    r(P, End::In(&["o"]), "o", &[(Gen, "a"), (Dat, "u"), (Loc, "u"), (Ins, "em")]),
];

softened!(O_PLACE_LOC, P, "o", Loc, Loc);

pub(super) static LANG: Lang = Lang {
    code: "cs",
    vowels: VOWELS,
    rules: &[&MEN, &WOMEN_PLACES, &A_DAT_LOC, &PLACE_LOC, &O_PLACE_LOC],
    western: &[Words::Each],
    east_asian: &[Words::Last, Words::Each],
    short_vowel_fixed: true,
    assimilate: None,
};
