//! Croatian and Serbian (Latin script): one declension of foreign names, two orthographies.
//!
//! Sources: Institut za hrvatski jezik i jezikoslovlje, *Hrvatski pravopis* (2013), "Sklonidba
//! stranih imena"; Matica srpska, *Pravopis srpskoga jezika* (2010), "Promena stranih imena". Both
//! decline a man's consonant-final name as *a*-declension masculine nouns (Sobjanjina, Sobjanjinu,
//! Sobjanjinom; after a palatal c, č, ć, dž, đ, j, lj, nj, š, ž the instrumental is -em: Sergejem;
//! vocative -e, after a palatal -u), keep a pronounced final -i, -y, -e, -u and insert -j-
//! (Verdija, Verdiju, Verdijem), drop a final -o after a consonant (Hugo → Huga, Hugom) and keep it
//! after a vowel (Jiabao → Jiabaoa), and decline names in -a as *e*-declension nouns (Nikite,
//! Nikiti, Nikitu, Nikitom). A woman's name declines only in -a. Korean and Chinese names: the
//! press declines the last word (`Kim Džong Una`) and often the surname too (`Kima Džong Una`);
//! both are generated. The two languages differ in how they spell foreign names (Serbian
//! transcribes: Si Đinping, Kim Džong Un), not in these endings.

use super::Case::{Acc, Dat, Gen, Ins, Loc, Voc};
use super::{r, End, Lang, Rule, Words, M, P, W};

/// Vowels besides a e i o u y.
const VOWELS: &str = "";

/// Palatal finals: instrumental -em, vocative -u.
const PALATAL: &[&str] = &["c", "č", "ć", "dž", "đ", "j", "lj", "nj", "š", "ž"];

#[rustfmt::skip]
static RULES: [Rule; 11] = [
    r(M, End::ConsonantBut(&[]), "", &[(Gen, "a"), (Acc, "a"), (Dat, "u"), (Loc, "u")]),
    r(M | P, End::ConsonantBut(PALATAL), "", &[(Ins, "om")]),
    r(M | P, End::In(PALATAL), "", &[(Ins, "em")]),
    r(M, End::ConsonantBut(&["k", "g", "h", "c", "č", "ć", "dž", "đ", "j", "lj", "nj", "š", "ž"]), "", &[(Voc, "e")]),
    r(M, End::In(PALATAL), "", &[(Voc, "u")]),
    // -o after a consonant dropped (Hugo → Huga), after a vowel kept (Jiabao → Jiabaoa).
    r(M, End::InBut(&["o"], &["ao", "eo", "io", "oo", "uo"]), "o", &[(Gen, "a"), (Acc, "a"), (Dat, "u"), (Loc, "u"), (Ins, "om")]),
    r(M, End::In(&["ao", "eo", "io", "oo", "uo"]), "", &[(Gen, "a"), (Acc, "a"), (Dat, "u"), (Loc, "u"), (Ins, "om")]),
    // -i, -y, -e, -u kept with -j- (Verdija, Verdijem).
    r(M, End::In(&["i", "y", "e", "u"]), "", &[(Gen, "ja"), (Acc, "ja"), (Dat, "ju"), (Loc, "ju"), (Ins, "jem")]),
    // *e*-declension: men, women, places in -a (Nikite, Jekaterini, u Moskvi, Moskvom).
    r(M | W | P, End::In(&["a"]), "a", &[(Gen, "e"), (Dat, "i"), (Acc, "u"), (Loc, "i"), (Ins, "om")]),
    r(M | W, End::In(&["a"]), "a", &[(Voc, "o")]),
    // Places: a consonant (u Habarovsku, do Jekaterinburga); a neuter -o (u Kemerovu).
    r(P, End::ConsonantBut(&[]), "", &[(Gen, "a"), (Dat, "u"), (Loc, "u")]),
];

#[rustfmt::skip]
static PLACES: [Rule; 1] = [
    r(P, End::In(&["o"]), "o", &[(Gen, "a"), (Dat, "u"), (Loc, "u"), (Ins, "om")]),
];

pub(super) static HR: Lang = Lang {
    code: "hr",
    vowels: VOWELS,
    rules: &[&RULES, &PLACES],
    western: &[Words::Each],
    east_asian: &[Words::Last, Words::Each],
    short_vowel_fixed: true,
    assimilate: None,
};

pub(super) static SR: Lang = Lang {
    code: "sr",
    vowels: VOWELS,
    rules: &[&RULES, &PLACES],
    western: &[Words::Each],
    east_asian: &[Words::Last, Words::Each],
    short_vowel_fixed: true,
    assimilate: None,
};
