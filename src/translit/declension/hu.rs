//! Hungarian: case suffixes attach to a foreign name as written, with vowel harmony.
//!
//! Source: Magyar Tudományos Akadémia, *A magyar helyesírás szabályai* (AkH., 12th ed., 2015),
//! §§ 215–217 and the MTA Nyelvtudományi Intézet's answers on e-nyelv.hu ("Baloghhoz, Kossuthhoz,
//! Smithhez, Bachhoz, de pl. Voltaire-hez"; "idegen szavak és nevek toldalékolása"): suffixes
//! attach directly (215); a final a, e becomes á, é before them (216 a: Moszkva → Moszkvában);
//! the v of -val/-vel and -vá/-vé assimilates to the last pronounced consonant, written with that
//! consonant's letter (216 b: Putyin → Putyinnal, Bach → Bachhal, Smith → Smithszel, Marx →
//! Marxszal; a Hungarian digraph doubles its first letter: Kovács → Kováccsal); a name ending in a
//! double consonant letter takes the assimilated suffix after a hyphen (217 c: Mann-nal). Vowel
//! harmony (AkH. §§ 129–131): back vowels a, o, u make the suffix back (-nak, -hoz, -ban), front
//! rounded ö, ü take -höz, -ön, -öt, and i, e are neutral (Putyin → Putyinnak; a name of neutral
//! vowels only is front: Csin-pinggel). The accusative after a consonant is -t or -ot/-et/-öt
//! depending on the consonant; both are generated. Only the last word takes the suffix.
//!
//! Hungarian writes Russian and Chinese names in its own transcription (Szergej Szobjanyin,
//! Putyin, Hszi Csin-ping, Li Ko-csiang, Kim Dzsong Un); the suffixes attach to whatever spelling
//! the glossary gives.

use super::Case::{Abl, Acc, Ade, All, Cau, Dat, Del, Ela, Ess, Ill, Ine, Ins, Sub, Sup, Ter, Tra};
use super::{h, r, End, Harm, Lang, Rule, Words, ALL};

/// Hungarian vowels besides a e i o u (y counts as a consonant in gy, ly, ny, ty).
const VOWELS: &str = "áéíóöőúüű";

#[rustfmt::skip]
static CONSONANT: [Rule; 3] = [
    h(ALL, End::ConsonantBut(&[]), Harm::Back, "", &[(Acc, "t"), (Acc, "ot"), (Dat, "nak"), (Ins, "=al"), (Tra, "=á"), (Cau, "ért"), (Ter, "ig"), (Ess, "ként"), (Ill, "ba"), (Ine, "ban"), (Ela, "ból"), (Sub, "ra"), (Del, "ról"), (Sup, "on"), (All, "hoz"), (Ade, "nál"), (Abl, "tól")]),
    h(ALL, End::ConsonantBut(&[]), Harm::Front, "", &[(Acc, "t"), (Acc, "et"), (Dat, "nek"), (Ins, "=el"), (Tra, "=é"), (Cau, "ért"), (Ter, "ig"), (Ess, "ként"), (Ill, "be"), (Ine, "ben"), (Ela, "ből"), (Sub, "re"), (Del, "ről"), (Sup, "en"), (All, "hez"), (Ade, "nél"), (Abl, "től")]),
    h(ALL, End::ConsonantBut(&[]), Harm::Round, "", &[(Acc, "t"), (Acc, "öt"), (Dat, "nek"), (Ins, "=el"), (Tra, "=é"), (Cau, "ért"), (Ter, "ig"), (Ess, "ként"), (Ill, "be"), (Ine, "ben"), (Ela, "ből"), (Sub, "re"), (Del, "ről"), (Sup, "ön"), (All, "höz"), (Ade, "nél"), (Abl, "től")]),
];

#[rustfmt::skip]
static VOWEL: [Rule; 5] = [
    h(ALL, End::VowelBut(&["a", "e"]), Harm::Back, "", &[(Acc, "t"), (Dat, "nak"), (Ins, "val"), (Tra, "vá"), (Cau, "ért"), (Ter, "ig"), (Ess, "ként"), (Ill, "ba"), (Ine, "ban"), (Ela, "ból"), (Sub, "ra"), (Del, "ról"), (Sup, "n"), (All, "hoz"), (Ade, "nál"), (Abl, "tól")]),
    h(ALL, End::VowelBut(&["a", "e"]), Harm::Front, "", &[(Acc, "t"), (Dat, "nek"), (Ins, "vel"), (Tra, "vé"), (Cau, "ért"), (Ter, "ig"), (Ess, "ként"), (Ill, "be"), (Ine, "ben"), (Ela, "ből"), (Sub, "re"), (Del, "ről"), (Sup, "n"), (All, "hez"), (Ade, "nél"), (Abl, "től")]),
    h(ALL, End::VowelBut(&["a", "e"]), Harm::Round, "", &[(Acc, "t"), (Dat, "nek"), (Ins, "vel"), (Tra, "vé"), (Cau, "ért"), (Ter, "ig"), (Ess, "ként"), (Ill, "be"), (Ine, "ben"), (Ela, "ből"), (Sub, "re"), (Del, "ről"), (Sup, "n"), (All, "höz"), (Ade, "nél"), (Abl, "től")]),
    // Final a, e lengthened (AkH. 216 a): Moszkvát, Moszkvában; not before -ként.
    r(ALL, End::In(&["a"]), "a", &[(Acc, "át"), (Dat, "ának"), (Ins, "ával"), (Tra, "ává"), (Cau, "áért"), (Ter, "áig"), (Ess, "aként"), (Ill, "ába"), (Ine, "ában"), (Ela, "ából"), (Sub, "ára"), (Del, "áról"), (Sup, "án"), (All, "ához"), (Ade, "ánál"), (Abl, "ától")]),
    r(ALL, End::In(&["e"]), "e", &[(Acc, "ét"), (Dat, "ének"), (Ins, "ével"), (Tra, "évé"), (Cau, "éért"), (Ter, "éig"), (Ess, "eként"), (Ill, "ébe"), (Ine, "ében"), (Ela, "éből"), (Sub, "ére"), (Del, "éről"), (Sup, "én"), (All, "éhez"), (Ade, "énél"), (Abl, "étől")]),
];

/// Hungarian digraphs and trigraph for one consonant, longest first: doubled by their first letter.
const DIGRAPHS: &[&str] = &["dzs", "cs", "dz", "gy", "ly", "ny", "sz", "ty", "zs"];

/// Foreign letter groups and the Hungarian letter of their sound (AkH. 216 b).
const FOREIGN: &[(&str, &str)] = &[
    ("ch", "h"),
    ("ck", "k"),
    ("sh", "s"),
    ("th", "sz"),
    ("tz", "c"),
    ("x", "sz"),
];

/// The stem with the assimilated v of -val/-vel, -vá/-vé written out (the `=` of an ending).
fn assimilate(stem: &[char]) -> Vec<char> {
    let lower: Vec<char> = stem
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let ends = |s: &str| {
        let s: Vec<char> = s.chars().collect();
        lower.ends_with(&s)
    };
    let mut out = stem.to_vec();
    for (group, sound) in FOREIGN {
        if ends(group) {
            out.extend(sound.chars());
            return out;
        }
    }
    for d in DIGRAPHS {
        if ends(d) {
            let n = d.chars().count();
            let first = stem[stem.len() - n];
            out.insert(stem.len() - n, first);
            return out;
        }
    }
    let n = stem.len();
    if n >= 2 && lower[n - 1] == lower[n - 2] {
        // A double final letter takes the suffix after a hyphen (AkH. 217 c: Mann-nal).
        out.push('-');
        out.push(stem[n - 1]);
        return out;
    }
    if let Some(&last) = stem.last() {
        out.push(last);
    }
    out
}

pub(super) static LANG: Lang = Lang {
    code: "hu",
    vowels: VOWELS,
    rules: &[&CONSONANT, &VOWEL],
    western: &[Words::Last],
    east_asian: &[Words::Last],
    short_vowel_fixed: false,
    assimilate: Some(assimilate),
};
