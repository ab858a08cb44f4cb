//! Slovak: foreign names decline by the Slovak pattern their ending fits.
//!
//! Source: Jazykovedný ústav Ľudovíta Štúra SAV, *Pravidlá slovenského pravopisu* (2013), "Skloňovanie
//! cudzích vlastných mien" and the noun patterns of the *Krátky slovník slovenského jazyka*: a man in
//! a consonant follows *chlap* (Sobjanina, Sobjaninovi, o Sobjaninovi, so Sobjaninom); in -a
//! *hrdina* (Nikitu, Nikitovi, Nikitom); in -o *Hugo* (Huga, Hugovi, Hugom); in -i, -y, -e the
//! adjective-like *Verdiho, Verdimu, Verdim*. A woman's name declines only in -a (*žena*: Moskvy,
//! v Moskve, Moskvu, Moskvou; after a soft consonant *ulica*). Places in a consonant follow *dub*
//! (genitive -a or -u, locative -e, after k/g/h/ch -u: v Chabarovsku), in -o *mesto*. Korean and
//! Chinese names: both words decline in the Slovak press (`otca Kima Čong-ila a starého otca Kima
//! Il-sunga`, ta3.com), and the last word alone in others; both are generated.

use super::Case::{Acc, Dat, Gen, Ins, Loc};
use super::{r, End, Lang, Rule, Words, ALL, M, P, W};

/// Slovak vowels besides a e i o u y.
const VOWELS: &str = "áäéíóôúý";

/// Soft consonants (*stroj*, *ulica*).
const SOFT: &[&str] = &["c", "č", "š", "ž", "j", "ď", "ť", "ň", "dz", "dž", "ľ"];
/// Velars: locative -u in places.
const VELAR: &[&str] = &["k", "g", "h"];

#[rustfmt::skip]
static MEN: [Rule; 5] = [
    // *chlap*.
    r(M, End::ConsonantBut(&[]), "", &[(Gen, "a"), (Acc, "a"), (Dat, "ovi"), (Loc, "ovi"), (Ins, "om")]),
    // *hrdina*.
    r(M, End::In(&["a"]), "a", &[(Gen, "u"), (Acc, "u"), (Dat, "ovi"), (Loc, "ovi"), (Ins, "om")]),
    // *Hugo* (Ťia-pao → Ťia-paa, Ťia-paovi, Ťia-paom).
    r(M, End::In(&["o"]), "o", &[(Gen, "a"), (Acc, "a"), (Dat, "ovi"), (Loc, "ovi"), (Ins, "om")]),
    // -i, -y, -e, -í, -ý pronounced: Verdiho, Verdimu, o Verdim, s Verdim.
    r(M, End::In(&["i", "y", "e", "í", "ý"]), "", &[(Gen, "ho"), (Acc, "ho"), (Dat, "mu"), (Loc, "m"), (Ins, "m")]),
    // -ia (Natália → Natálie, Natálii).
    r(ALL, End::In(&["ia"]), "a", &[(Gen, "e"), (Dat, "i"), (Acc, "u"), (Loc, "i"), (Ins, "ou")]),
];

#[rustfmt::skip]
static WOMEN_PLACES: [Rule; 8] = [
    // *žena*.
    r(W | P, End::InBut(&["a"], &["ia", "ca", "ča", "ša", "ža", "ja", "ďa", "ťa", "ňa", "ľa"]), "a", &[(Gen, "y"), (Dat, "e"), (Loc, "e")]),
    r(W | P, End::In(&["a"]), "a", &[(Acc, "u"), (Ins, "ou")]),
    // *ulica*.
    r(W | P, End::In(&["ca", "ča", "ša", "ža", "ja", "ďa", "ťa", "ňa", "ľa"]), "a", &[(Gen, "e"), (Dat, "i"), (Loc, "i")]),
    // *dub*: a place in a hard consonant (do Jekaterinburgu, v Pekingu, v Berlíne).
    r(P, End::ConsonantBut(SOFT), "", &[(Gen, "a"), (Gen, "u"), (Dat, "u"), (Ins, "om")]),
    r(P, End::ConsonantBut(&["k", "g", "h", "c", "č", "š", "ž", "j", "ď", "ť", "ň", "dz", "dž", "ľ"]), "", &[(Loc, "e")]),
    r(P, End::In(VELAR), "", &[(Loc, "u")]),
    // *stroj*: a place in a soft consonant.
    r(P, End::In(SOFT), "", &[(Gen, "a"), (Dat, "u"), (Loc, "i"), (Ins, "om")]),
    // *mesto*: a place in -o (Kemerovo → Kemerova, v Kemerove).
    r(P, End::In(&["o"]), "o", &[(Gen, "a"), (Dat, "u"), (Loc, "e"), (Loc, "u"), (Ins, "om")]),
];

pub(super) static LANG: Lang = Lang {
    code: "sk",
    vowels: VOWELS,
    rules: &[&MEN, &WOMEN_PLACES],
    western: &[Words::Each],
    east_asian: &[Words::Each, Words::Last],
    short_vowel_fixed: true,
    assimilate: None,
};
