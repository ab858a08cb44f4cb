//! Finnish: case endings attach to a foreign name as written, with vowel harmony.
//!
//! Source: Kotimaisten kielten keskus, *Kielitoimiston ohjepankki*, "Nimien taivutus:
//! vieraskieliset nimet" (kielitoimistonohjepankki.fi): a name written with a final vowel takes
//! the ending directly (Rigoletto : Rigoletton : Rigolettoa); a name written and pronounced with a
//! final consonant takes it through the vowel i (Bach : Bachin : Bachia : Bachiin; so Sobjanin :
//! Sobjaninin : Sobjaninia : Sobjaniniin, with no colon and no apostrophe); an apostrophe is
//! written only when the written final consonant is silent (Montpellier'n), which [`stems`] reads
//! but [`forms`] cannot know from the spelling. The ending's a/ä follows the name's back (a, o, u)
//! or front vowels (ä, ö; e, i, y are neutral and a name with only them takes ä: Jerseyssä), the
//! last of them deciding (ISOF, "Vieraskielisten paikannimien taivuttamisesta", 2013). A name
//! ending in a long vowel or diphthong, or of one syllable, takes -tA in the partitive and -hVn in
//! the illative (Skellefteåhon, Mao : Maota : Maohon). Foreign names keep their consonants: the
//! consonant gradation of Finnish words (Hanko : Hangossa) does not apply to them (Kielikello,
//! "Pari perusasiaa nimien taivuttamisesta"). Only the last word of a name takes the ending
//! (Sergei Sobjaninin, Li Keqiangin, Kim Jong-unin).
//!
//! [`stems`]: super::stems
//! [`forms`]: super::forms

use super::Case::{Abe, Abl, Ade, All, Ela, Ess, Gen, Ill, Ine, Par, Tra};
use super::{h, End, Harm, Lang, Rule, Words, ALL};

/// Finnish vowels besides a e i o u y (å and accented letters in foreign names).
const VOWELS: &str = "äöåáéíóúü";

#[rustfmt::skip]
static CONSONANT: [Rule; 2] = [
    h(ALL, End::ConsonantBut(&[]), Harm::Back, "", &[(Gen, "in"), (Par, "ia"), (Ine, "issa"), (Ela, "ista"), (Ill, "iin"), (Ade, "illa"), (Abl, "ilta"), (All, "ille"), (Ess, "ina"), (Tra, "iksi"), (Abe, "itta")]),
    h(ALL, End::ConsonantBut(&[]), Harm::Front, "", &[(Gen, "in"), (Par, "iä"), (Ine, "issä"), (Ela, "istä"), (Ill, "iin"), (Ade, "illä"), (Abl, "iltä"), (All, "ille"), (Ess, "inä"), (Tra, "iksi"), (Abe, "ittä")]),
];

#[rustfmt::skip]
static VOWEL: [Rule; 8] = [
    h(ALL, End::VowelBut(&[]), Harm::Back, "", &[(Gen, "n"), (Ine, "ssa"), (Ela, "sta"), (Ade, "lla"), (Abl, "lta"), (All, "lle"), (Ess, "na"), (Tra, "ksi"), (Abe, "tta")]),
    h(ALL, End::VowelBut(&[]), Harm::Front, "", &[(Gen, "n"), (Ine, "ssä"), (Ela, "stä"), (Ade, "llä"), (Abl, "ltä"), (All, "lle"), (Ess, "nä"), (Tra, "ksi"), (Abe, "ttä")]),
    // Partitive -A after one short vowel (Moskovaa), -tA after a long one or in one syllable (Maota).
    h(ALL, End::ShortVowel, Harm::Back, "", &[(Par, "a"), (Ill, "*n")]),
    h(ALL, End::ShortVowel, Harm::Front, "", &[(Par, "ä"), (Ill, "*n")]),
    h(ALL, End::LongVowel, Harm::Back, "", &[(Par, "ta"), (Ill, "h*n")]),
    h(ALL, End::LongVowel, Harm::Front, "", &[(Par, "tä"), (Ill, "h*n")]),
    // Illative of an established two-vowel ending without h (Tokio : Tokioon).
    h(ALL, End::In(&["io", "eo", "ia", "ea"]), Harm::Back, "", &[(Ill, "*n")]),
    h(ALL, End::In(&["iä", "eä"]), Harm::Front, "", &[(Ill, "*n")]),
];

pub(super) static LANG: Lang = Lang {
    code: "fi",
    vowels: VOWELS,
    rules: &[&CONSONANT, &VOWEL],
    western: &[Words::Last],
    east_asian: &[Words::Last],
    short_vowel_fixed: false,
    assimilate: None,
};
