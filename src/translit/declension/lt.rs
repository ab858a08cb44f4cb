//! Lithuanian: a foreign name takes a Lithuanian ending, the nominative included.
//!
//! Source: Valstybinė lietuvių kalbos komisija, *Rekomendacija dėl autentiškų asmenvardžių
//! gramatinimo* (2016-05-26, protokolinis nutarimas Nr. PN-3; vlkk.lt, "Originalių asmenvardžių ir
//! vietovardžių formų gramatinimas") and the VLKK's rules for adapted names (endings -as, -is,
//! -(i)us added to a consonant-final masculine name: Brugmanas, Morrisas, Rajkovičius, Roiselis).
//! Not declined: names ending in a stressed vowel, a vowel cluster or a diphthong (Hugo, Romeo),
//! vowel-final names other than -a (Verdi, Crespo), and women's names that do not end in -a (Vanda
//! Kravčionok, Vandos Kravčionok). A name in -a declines as a Lithuanian *a*-stem (Irina Rozova,
//! Irinos Rozovos, Irinai Rozovai). The ending may follow an apostrophe (Nikolaj'ui); [`stems`]
//! reads both.
//!
//! A consonant-final man's name takes -as (Putinas, Putino, Putinui) or, where the source ends in a
//! soft consonant, -is (Igoris, Igorio); Latin spellings do not show softness, so both are generated.
//! A final -j takes -us (Sergejus, Sergejaus), a final -č/-ć -ius (Rajkovičius), a Russian
//! adjectival -skij/-sky -is (Dostojevskis). Chinese and Korean names take the ending on the last
//! word only in the Lithuanian press (`Kim Jong Unas`, `Xi Jinpingas`).
//!
//! [`stems`]: super::stems

use super::Case::{Acc, Dat, Gen, Ins, Loc, Nom, Voc};
use super::{r, End, Lang, Rule, Words, M, MP, P, W};

/// Lithuanian vowels besides a e i o u y.
const VOWELS: &str = "ąęėįųūė";

/// Finals that take their own paradigm rather than -as/-is.
const OWN: &[&str] = &["j", "č", "ć"];

#[rustfmt::skip]
static RULES: [Rule; 8] = [
    // -as: Putinas, Putino, Putinui, Putiną, Putinu, Putine, Putinai.
    r(MP, End::ConsonantBut(OWN), "", &[(Nom, "as"), (Gen, "o"), (Dat, "ui"), (Acc, "ą"), (Ins, "u"), (Loc, "e")]),
    r(M, End::ConsonantBut(OWN), "", &[(Voc, "ai")]),
    // -is: Igoris, Igorio, Igoriui, Igorį, Igoriu, Igoryje, Igori.
    r(M, End::ConsonantBut(OWN), "", &[(Nom, "is"), (Gen, "io"), (Dat, "iui"), (Acc, "į"), (Ins, "iu"), (Loc, "yje"), (Voc, "i")]),
    // -us after -j: Sergejus, Sergejaus, Sergejui, Sergejų, Sergejumi, Sergejuje, Sergejau.
    r(MP, End::In(&["j"]), "", &[(Nom, "us"), (Gen, "aus"), (Dat, "ui"), (Acc, "ų"), (Ins, "umi"), (Loc, "uje"), (Voc, "au")]),
    // -ius after -č, -ć: Rajkovičius, Rajkovičiaus.
    r(MP, End::In(&["č", "ć"]), "", &[(Nom, "ius"), (Gen, "iaus"), (Dat, "iui"), (Acc, "ių"), (Ins, "iumi"), (Loc, "iuje"), (Voc, "iau")]),
    // Russian adjectival -skij, -sky: Dostojevskis, Dostojevskio.
    r(M, End::In(&["skij", "skiy", "ckij", "ckiy"]), "ij", &[(Nom, "is"), (Gen, "io"), (Dat, "iui"), (Acc, "į"), (Ins, "iu"), (Loc, "yje"), (Voc, "i")]),
    // *a*-stem: men, women, places in -a (Moskvos, Jekaterinai, Nikitą, Moskvoje).
    r(M | W | P, End::In(&["a"]), "a", &[(Gen, "os"), (Dat, "ai"), (Acc, "ą"), (Ins, "a"), (Loc, "oje")]),
    r(M, End::In(&["sky", "cky"]), "y", &[(Nom, "is"), (Gen, "io"), (Dat, "iui"), (Acc, "į"), (Ins, "iu"), (Loc, "yje"), (Voc, "i")]),
];

pub(super) static LANG: Lang = Lang {
    code: "lt",
    vowels: VOWELS,
    rules: &[&RULES],
    western: &[Words::Each],
    east_asian: &[Words::Last],
    short_vowel_fixed: true,
    assimilate: None,
};
