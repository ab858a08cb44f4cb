//! Polish: foreign names decline as Polish nouns of the same ending *in pronunciation*.
//!
//! Source: the Polish Language Council's and PWN's guidance on foreign names (Poradnia językowa PWN;
//! *Wielki słownik ortograficzny PWN*, "Odmiana nazwisk obcych" and "Nazwiska"; A. Skudrzykowa et
//! al., *Nazwiska* in the Poradnia's notes, zanotowane.pl/53/908): "nazwiska zakończone na
//! spółgłoskę oraz samogłoskę -a lub -o odmieniają się jak rzeczowniki, nazwiska zaś zakończone na
//! -i, -y, -e przyjmują wzór odmiany przymiotnikowej"; a woman's name declines only when it ends in
//! -a; Russian women's surnames in -owa/-ewa/-ska decline as adjectives (Tereszkowej). Chinese and
//! Korean names decline at their last word only, the surname staying as it is: H. Ogarek-Czoj,
//! *Religie i historia Korei*, "Zasady transkrypcji": "jeśli stosowana jest pełna forma nazwiska i
//! imienia, odmianie podlega samo imię (np. z Gim Ilseongiem, nie zaś z Gimem Ilseongiem)"; the
//! surname alone declines (`szczyt Muna i Kima`, gazetaprawna.pl 2018). Masculine place names take
//! -a or -u in the genitive (`do Jekaterynburga`, `do Pekinu`) and -u in the locative after k, g, ch
//! (`w Chabarowsku`).
//!
//! The locative (and the dative of -a nouns) softens the final consonant: t → cie, d → dzie,
//! r → rze, ł → le, n → nie, k → ce, g → dze, ch → sze (*Wielki słownik ortograficzny*, § on
//! alternations in declension).

use super::Case::{Acc, Dat, Gen, Ins, Loc, Voc};
use super::{r, End, Lang, Rule, Words, ALL, M, MP, P, W};

/// Polish spelling's vowels besides a e i o u y.
const VOWELS: &str = "ąęó";

/// Velar finals: instrumental -iem after k, g; locative -u.
const VELAR: &[&str] = &["k", "g", "ch", "h"];
/// Soft and functionally soft finals written without an acute: locative -u (Siergieju, Karolu).
const SOFT_PLAIN: &[&str] = &["j", "l", "c", "cz", "sz", "rz", "ż", "dz", "dż"];

/// Softened locative of a hard final consonant (and the same before the -a/-o ending's -e).
macro_rules! softened {
    ($name:ident, $kinds:expr, $v:literal, $c1:expr, $c2:expr) => {
        #[rustfmt::skip]
        static $name: [Rule; 20] = [
            r($kinds, End::In(&[concat!("b", $v)]), concat!("b", $v), &[($c1, "bie"), ($c2, "bie")]),
            r($kinds, End::In(&[concat!("p", $v)]), concat!("p", $v), &[($c1, "pie"), ($c2, "pie")]),
            r($kinds, End::In(&[concat!("f", $v)]), concat!("f", $v), &[($c1, "fie"), ($c2, "fie")]),
            r($kinds, End::In(&[concat!("w", $v)]), concat!("w", $v), &[($c1, "wie"), ($c2, "wie")]),
            r($kinds, End::In(&[concat!("v", $v)]), concat!("v", $v), &[($c1, "vie"), ($c2, "vie")]),
            r($kinds, End::InBut(&[concat!("m", $v)], &[concat!("sm", $v)]), concat!("m", $v), &[($c1, "mie"), ($c2, "mie")]),
            r($kinds, End::InBut(&[concat!("n", $v)], &[concat!("sn", $v), concat!("zn", $v)]), concat!("n", $v), &[($c1, "nie"), ($c2, "nie")]),
            r($kinds, End::InBut(&[concat!("s", $v)], &[concat!("ss", $v)]), concat!("s", $v), &[($c1, "sie"), ($c2, "sie")]),
            r($kinds, End::InBut(&[concat!("z", $v)], &[concat!("rz", $v), concat!("dz", $v), concat!("cz", $v), concat!("sz", $v)]), concat!("z", $v), &[($c1, "zie"), ($c2, "zie")]),
            r($kinds, End::InBut(&[concat!("t", $v)], &[concat!("st", $v)]), concat!("t", $v), &[($c1, "cie"), ($c2, "cie")]),
            r($kinds, End::InBut(&[concat!("d", $v)], &[concat!("zd", $v)]), concat!("d", $v), &[($c1, "dzie"), ($c2, "dzie")]),
            r($kinds, End::In(&[concat!("r", $v)]), concat!("r", $v), &[($c1, "rze"), ($c2, "rze")]),
            r($kinds, End::InBut(&[concat!("ł", $v)], &[concat!("sł", $v), concat!("zł", $v)]), concat!("ł", $v), &[($c1, "le"), ($c2, "le")]),
            r($kinds, End::In(&[concat!("st", $v)]), concat!("st", $v), &[($c1, "ście"), ($c2, "ście")]),
            r($kinds, End::In(&[concat!("zd", $v)]), concat!("zd", $v), &[($c1, "ździe"), ($c2, "ździe")]),
            r($kinds, End::In(&[concat!("sł", $v)]), concat!("sł", $v), &[($c1, "śle"), ($c2, "śle")]),
            r($kinds, End::In(&[concat!("zł", $v)]), concat!("zł", $v), &[($c1, "źle"), ($c2, "źle")]),
            r($kinds, End::In(&[concat!("sn", $v)]), concat!("sn", $v), &[($c1, "śnie"), ($c2, "śnie")]),
            r($kinds, End::In(&[concat!("zn", $v)]), concat!("zn", $v), &[($c1, "źnie"), ($c2, "źnie")]),
            r($kinds, End::In(&[concat!("ss", $v)]), concat!("ss", $v), &[($c1, "ssie"), ($c2, "ssie")]),
        ];
    };
}

// Consonant-final men and places: locative (= vocative of a man) softened.
softened!(CONSONANT_LOC, MP, "", Loc, Voc);
// -a nouns (men, women, places): dative and locative softened.
softened!(A_DAT_LOC, ALL, "a", Dat, Loc);
// A man's -o surname declines like an -a noun in the singular (Kościuszko, Kościuszce).
softened!(O_DAT_LOC, M, "o", Dat, Loc);
// A neuter place in -o: locative softened (Kemerowo → w Kemerowie).
softened!(O_PLACE_LOC, P, "o", Loc, Loc);

/// Finals whose softness the spelling marks with an acute (ń ś ć ź, and dź).
const ACUTE: &[&str] = &["ń", "ś", "ć", "ź"];

#[rustfmt::skip]
static CONSONANT: [Rule; 6] = [
    // A man: genitive = accusative -a, dative -owi (Sobianina, Sobianinowi).
    r(M, End::ConsonantBut(ACUTE), "", &[(Gen, "a"), (Acc, "a"), (Dat, "owi")]),
    // A place: genitive -a or -u (do Jekaterynburga, do Pekinu), dative -owi.
    r(P, End::ConsonantBut(ACUTE), "", &[(Gen, "a"), (Gen, "u"), (Dat, "owi")]),
    r(MP, End::ConsonantBut(&["k", "g", "ń", "ś", "ć", "ź"]), "", &[(Ins, "em")]),
    // k, g: instrumental -iem (Keqiangiem); k, g, ch: locative -u (Chabarowsku).
    r(MP, End::In(&["k", "g"]), "", &[(Ins, "iem")]),
    r(MP, End::In(VELAR), "", &[(Loc, "u"), (Voc, "u")]),
    r(MP, End::In(SOFT_PLAIN), "", &[(Loc, "u"), (Voc, "u")]),
];

// A final ń ś ć ź is written n s c z + i before a vowel ending (*Zasady pisowni polskiej*, PWN: the
// softness of a consonant is marked by an acute before a consonant and at the end of a word, by i
// before a vowel): Kazań, do Kazania, w Kazaniu, Kazaniem; a place of the feminine soft
// declension takes -i (Tiumeń, do Tiumeni, w Tiumeni, Tiumenią), and Polish usage gives places in
// -ń either gender, so both are forms.
#[rustfmt::skip]
static ACUTE_FINAL: [Rule; 8] = [
    r(M, End::In(&["ń"]), "ń", &[(Gen, "nia"), (Acc, "nia"), (Dat, "niowi"), (Ins, "niem"), (Loc, "niu"), (Voc, "niu")]),
    r(M, End::In(&["ś"]), "ś", &[(Gen, "sia"), (Acc, "sia"), (Dat, "siowi"), (Ins, "siem"), (Loc, "siu"), (Voc, "siu")]),
    r(M, End::In(&["ć"]), "ć", &[(Gen, "cia"), (Acc, "cia"), (Dat, "ciowi"), (Ins, "ciem"), (Loc, "ciu"), (Voc, "ciu")]),
    r(M, End::In(&["ź"]), "ź", &[(Gen, "zia"), (Acc, "zia"), (Dat, "ziowi"), (Ins, "ziem"), (Loc, "ziu"), (Voc, "ziu")]),
    r(P, End::In(&["ń"]), "ń", &[(Gen, "nia"), (Dat, "niowi"), (Ins, "niem"), (Loc, "niu"), (Gen, "ni"), (Ins, "nią")]),
    r(P, End::In(&["ś"]), "ś", &[(Gen, "sia"), (Dat, "siowi"), (Ins, "siem"), (Loc, "siu"), (Gen, "si"), (Ins, "sią")]),
    r(P, End::In(&["ć"]), "ć", &[(Gen, "cia"), (Dat, "ciowi"), (Ins, "ciem"), (Loc, "ciu"), (Gen, "ci"), (Ins, "cią")]),
    r(P, End::In(&["ź"]), "ź", &[(Gen, "zia"), (Dat, "ziowi"), (Ins, "ziem"), (Loc, "ziu"), (Gen, "zi"), (Ins, "zią")]),
];

#[rustfmt::skip]
static A_NOUN: [Rule; 7] = [
    r(ALL, End::In(&["a"]), "a", &[(Acc, "ę"), (Ins, "ą")]),
    r(M | W, End::In(&["a"]), "a", &[(Voc, "o")]),
    // Genitive -i after k, g, l, j, i; -y elsewhere (Moskwy, Kaługi, Ilji, Natalii).
    r(ALL, End::InBut(&["a"], &["ka", "ga", "ja", "la", "ia"]), "a", &[(Gen, "y")]),
    r(ALL, End::In(&["ka", "ga", "ja", "la", "ia"]), "a", &[(Gen, "i")]),
    // Dative and locative after a velar or a soft consonant.
    r(ALL, End::In(&["ka"]), "ka", &[(Dat, "ce"), (Loc, "ce")]),
    r(ALL, End::In(&["ga"]), "ga", &[(Dat, "dze"), (Loc, "dze")]),
    r(ALL, End::In(&["cha"]), "cha", &[(Dat, "sze"), (Loc, "sze")]),
];

#[rustfmt::skip]
static A_SOFT: [Rule; 2] = [
    r(ALL, End::In(&["ja", "la", "ia"]), "a", &[(Dat, "i"), (Loc, "i")]),
    r(ALL, End::In(&["ca", "cza", "sza", "rza", "ża", "dza", "dża"]), "a", &[(Gen, "y"), (Dat, "y"), (Loc, "y")]),
];

// Russian women's surnames in -owa, -ewa, -ska, -cka decline as adjectives (Tereszkowej), and so
// do the other adjectival ones, -ая written -a after a consonant (Навальная Nawalna: Nawalnej,
// Nawalną); a woman's noun in -na (Anna, Nina) has no such forms in use, so these are only
// spellings nobody writes for it.
#[rustfmt::skip]
static A_ADJECTIVE: [Rule; 2] = [
    r(W, End::In(&["owa", "ewa", "ska", "cka", "dzka"]), "a", &[(Gen, "ej"), (Dat, "ej"), (Loc, "ej"), (Acc, "ą"), (Ins, "ą")]),
    r(W, End::In(&["lna", "rna", "tna", "dna", "wna", "sna", "zna", "żna", "czna", "mna", "łna"]), "a", &[(Gen, "ej"), (Dat, "ej"), (Loc, "ej"), (Acc, "ą"), (Ins, "ą")]),
];

#[rustfmt::skip]
static O_NOUN: [Rule; 9] = [
    // A man's -o surname after a consonant: like an -a noun (Kliczko, Kliczki, Kliczkę, Kliczką).
    r(M, End::In(&["ko", "go"]), "o", &[(Gen, "i"), (Acc, "ę"), (Ins, "ą")]),
    r(M, End::In(&["bo", "do", "fo", "ło", "mo", "no", "po", "ro", "so", "to", "wo", "zo"]), "o", &[(Gen, "y"), (Acc, "ę"), (Ins, "ą")]),
    r(M, End::In(&["ko"]), "ko", &[(Dat, "ce"), (Loc, "ce")]),
    r(M, End::In(&["go"]), "go", &[(Dat, "dze"), (Loc, "dze")]),
    // A neuter place in -o: -a, -u, -em (Kemerowo, do Kemerowa).
    r(P, End::InBut(&["o"], &["ao", "eo", "io", "oo", "uo", "yo"]), "o", &[(Gen, "a"), (Dat, "u"), (Ins, "em")]),
    r(P, End::In(&["ko", "go"]), "o", &[(Ins, "iem"), (Loc, "u")]),
    r(P, End::In(&["cho", "ho"]), "o", &[(Loc, "u")]),
    r(P, End::In(&["jo", "lo", "co", "czo", "szo", "rzo", "żo"]), "o", &[(Loc, "u")]),
    r(M, End::In(&["jo", "lo", "czo", "szo", "żo"]), "o", &[(Gen, "i"), (Acc, "ę"), (Ins, "ą"), (Dat, "i"), (Loc, "i")]),
];

// A man's name in pronounced -i, -y declines as an adjective: -ego, -emu, -m (Dostojewskiego,
// Verdiego); a foreign -y keeps its letter and takes the ending after an apostrophe where the
// pronunciation is [i] (Kennedy'ego, Kennedym), while the Polish -y of a Slavic adjectival name
// ([ɨ] after a hard consonant: Навальный Nawalny, Грозный Grozny) is the adjective's own ending and
// gives way to it, as in Polish adjectives: Nawalnego, Nawalnemu (PWN, *Wielki słownik
// ortograficzny*, "Odmiana nazwisk obcych").
#[rustfmt::skip]
static ADJECTIVE: [Rule; 3] = [
    r(M, End::In(&["i"]), "", &[(Gen, "ego"), (Acc, "ego"), (Dat, "emu"), (Ins, "m"), (Loc, "m")]),
    r(M, End::In(&["y"]), "", &[(Gen, "'ego"), (Acc, "'ego"), (Dat, "'emu"), (Ins, "m"), (Loc, "m")]),
    r(M, End::In(&["ny", "ry", "ty", "dy", "wy", "sy", "zy", "ły", "my", "py", "by"]), "y", &[(Gen, "ego"), (Acc, "ego"), (Dat, "emu")]),
];

pub(super) static LANG: Lang = Lang {
    code: "pl",
    vowels: VOWELS,
    rules: &[
        &CONSONANT,
        &ACUTE_FINAL,
        &CONSONANT_LOC,
        &A_NOUN,
        &A_DAT_LOC,
        &A_SOFT,
        &A_ADJECTIVE,
        &O_NOUN,
        &O_DAT_LOC,
        &O_PLACE_LOC,
        &ADJECTIVE,
    ],
    western: &[Words::Each],
    east_asian: &[Words::Last],
    short_vowel_fixed: true,
    assimilate: None,
};
