//! Slovene: foreign names decline by the Slovene declension their ending fits.
//!
//! Source: *Slovenski pravopis* (SAZU, ZRC SAZU, 2001), Pravila §§ on "Sklanjanje prevzetih imen",
//! and J. Toporišič, *Slovenska slovnica*: a man's name in a consonant takes the first masculine
//! declension (Sobjanina, Sobjaninu, Sobjaninom; after c, č, ž, š, j the instrumental is -em:
//! Sergejem); a pronounced final vowel other than -a is kept and -j- is inserted (Verdi → Verdija,
//! Verdiju, Verdijem); -o is dropped (Hugo → Huga, Hugom); a name in -a follows the first feminine
//! declension (Nikite, Nikiti, Nikito) or, for men, the masculine one (Nikita, Nikitu, Nikitom).
//! A woman's name declines only in -a. ZRC SAZU's language counselling answer on *Kim Džong-un*
//! (svetovalnica.zrc-sazu.si/topic/4451) treats the name as surname plus a hyphenated given name
//! declining at its end (`Kim Džong-una`); the surname declines too (`Kima Džong-una`) in press
//! usage, so both are generated.

use super::Case::{Acc, Dat, Gen, Ins, Loc};
use super::{r, End, Lang, Rule, Words, M, P, W};

/// Slovene vowels besides a e i o u y.
const VOWELS: &str = "";

/// Finals after which the instrumental is -em.
const SOFT: &[&str] = &["c", "č", "ž", "š", "j", "ć", "dž", "đ"];

#[rustfmt::skip]
static MEN: [Rule; 6] = [
    r(M, End::ConsonantBut(&[]), "", &[(Gen, "a"), (Acc, "a"), (Dat, "u"), (Loc, "u")]),
    r(M | P, End::ConsonantBut(SOFT), "", &[(Ins, "om")]),
    r(M | P, End::In(SOFT), "", &[(Ins, "em")]),
    // -o dropped (Hugo → Huga, Ťia-pao → Ťia-paa).
    r(M, End::In(&["o"]), "o", &[(Gen, "a"), (Acc, "a"), (Dat, "u"), (Loc, "u"), (Ins, "om")]),
    // -i, -y, -u, -e kept with -j- (Verdija, Nehruja, Goetheja).
    r(M, End::In(&["i", "y", "u", "e"]), "", &[(Gen, "ja"), (Acc, "ja"), (Dat, "ju"), (Loc, "ju"), (Ins, "jem")]),
    // A man in -a, masculine declension (Nikita, Nikitu, Nikitom).
    r(M, End::In(&["a"]), "a", &[(Gen, "a"), (Acc, "a"), (Dat, "u"), (Loc, "u"), (Ins, "om")]),
];

#[rustfmt::skip]
static A_NOUN: [Rule; 4] = [
    // First feminine declension: Moskve, Moskvi, Moskvo (men in -a too: Nikite, Nikiti).
    r(M | W | P, End::In(&["a"]), "a", &[(Gen, "e"), (Dat, "i"), (Acc, "o"), (Loc, "i"), (Ins, "o")]),
    // A place in a consonant: Gen -a, Dat/Loc -u (v Jekaterinburgu, v Habarovsku).
    r(P, End::ConsonantBut(&[]), "", &[(Gen, "a"), (Dat, "u"), (Loc, "u")]),
    // A neuter place in -o (Kemerovo → Kemerova, v Kemerovu, s Kemerovom).
    r(P, End::In(&["o"]), "o", &[(Gen, "a"), (Dat, "u"), (Loc, "u"), (Ins, "om")]),
    // A place in -i, -e kept with -j- (Sočija).
    r(P, End::In(&["i", "e"]), "", &[(Gen, "ja"), (Dat, "ju"), (Loc, "ju"), (Ins, "jem")]),
];

pub(super) static LANG: Lang = Lang {
    code: "sl",
    vowels: VOWELS,
    rules: &[&MEN, &A_NOUN],
    western: &[Words::Each],
    east_asian: &[Words::Each, Words::Last],
    short_vowel_fixed: true,
    assimilate: None,
};
