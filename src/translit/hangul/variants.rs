//! Every plausible Latin spelling of a Korean personal name: the RR, MR and NK forms with their
//! given name joined, hyphenated or spaced, the ALA-LC form of library catalogues, the conventional
//! surname spellings, and the customary spellings of the given-name syllables. The DPRK's 2002
//! notation and RR's transliteration are left out: the first differs from `nk` by its breves only,
//! which matching ignores, and the second is no spelling of running text.

use super::customary::{conventional_surnames, surname_labels, GIVEN_CUSTOMARY};
use super::names::{
    given_parts, hyphenated, joined, spaced, surname_form, surname_len, NK_ESTABLISHED,
};
use super::syllable::{syl_char, units, Syl, Unit};
use super::{transliterate, KoScheme};
use std::collections::HashSet;

const MAX_VARIANTS: usize = 64;

struct Variants {
    out: Vec<(String, &'static str)>,
    seen: HashSet<String>,
}

impl Variants {
    fn push(&mut self, s: String, label: &'static str) {
        if self.out.len() < MAX_VARIANTS && !s.is_empty() && self.seen.insert(s.clone()) {
            self.out.push((s, label));
        }
    }
    fn full(&self) -> bool {
        self.out.len() >= MAX_VARIANTS
    }
}

/// Every plausible Latin spelling of a Korean personal name given in Hangul: the RR, MR and NK
/// name-mode forms (first three entries, in that order), the ALA-LC catalogue form (where it
/// differs from MR's: sound changes inside the given name, Yu for 류), their given name joined /
/// hyphenated / spaced, the conventional surname spellings with the customary given-name spelling,
/// then per-syllable customary alternatives. Labels: "rr", "mr", "nk", "ala-lc",
/// `"surname:<Spelling>"`, "customary". Deduplicated, at most 64 entries, most realistic first.
pub fn name_variants(native: &str) -> Vec<(String, &'static str)> {
    let mut runs: Vec<Vec<Syl>> = Vec::new();
    let mut in_run = false;
    for u in units(native) {
        match u {
            Unit::Syl(s) => {
                match runs.last_mut() {
                    Some(r) if in_run => r.push(s),
                    _ => runs.push(vec![s]),
                }
                in_run = true;
            }
            Unit::Other(_) => in_run = false,
        }
    }
    let Some(first) = runs.first() else {
        return Vec::new();
    };
    let k = surname_len(first, runs.len() > 1);
    let sur: Vec<Syl> = first[..k].to_vec();
    let given: Vec<Syl> = first[k..]
        .iter()
        .chain(runs.iter().skip(1).flatten())
        .copied()
        .collect();
    let sur_hangul: String = sur.iter().map(|&s| syl_char(s)).collect();
    let conv = conventional_surnames(&sur_hangul);
    let conv_labels = surname_labels(&sur_hangul);

    let mut v = Variants {
        out: Vec::new(),
        seen: HashSet::new(),
    };
    let schemes = [KoScheme::Rr, KoScheme::Mr, KoScheme::Nk];
    let surs: Vec<String> = schemes.iter().map(|&s| surname_form(s, &sur)).collect();
    if given.is_empty() {
        for (s, f) in schemes.iter().zip(&surs) {
            v.push(f.clone(), s.id());
        }
        v.push(surname_form(KoScheme::AlaLc, &sur), KoScheme::AlaLc.id());
        for (s, l) in conv.iter().zip(conv_labels) {
            v.push((*s).to_string(), l);
        }
        return v.out;
    }
    let parts: Vec<Vec<String>> = schemes.iter().map(|&s| given_parts(s, &given)).collect();
    let full = |i: usize, g: String| format!("{} {}", surs[i], g);
    let given_hangul: String = given.iter().map(|&s| syl_char(s)).collect();
    let full_hangul = format!("{sur_hangul}{given_hangul}");

    // The three printed forms first.
    v.push(full(0, joined(&parts[0])), "rr");
    v.push(full(1, hyphenated(&parts[1])), "mr");
    match NK_ESTABLISHED.iter().find(|(h, _)| *h == full_hangul) {
        Some((_, fixed)) => {
            v.push((*fixed).to_string(), "nk");
            v.push(full(2, spaced(&parts[2])), "nk");
        }
        None => v.push(full(2, spaced(&parts[2])), "nk"),
    }
    let ala_lc = transliterate(KoScheme::AlaLc, &full_hangul, true);
    v.push(ala_lc, KoScheme::AlaLc.id());
    v.push(full(0, hyphenated(&parts[0])), "rr");
    v.push(full(0, spaced(&parts[0])), "rr");
    v.push(full(2, hyphenated(&parts[2])), "nk");
    v.push(full(2, joined(&parts[2])), "nk");
    v.push(full(1, spaced(&parts[1])), "mr");

    // Customary given-name spellings, per syllable.
    let options: Vec<Vec<String>> = given
        .iter()
        .zip(&parts[0])
        .map(|(&s, rr)| {
            let key = syl_char(s).to_string();
            match GIVEN_CUSTOMARY.binary_search_by(|(h, _)| (*h).cmp(key.as_str())) {
                Ok(i) => GIVEN_CUSTOMARY[i]
                    .1
                    .iter()
                    .map(|x| x.to_ascii_lowercase())
                    .collect(),
                Err(_) => vec![rr.clone()],
            }
        })
        .collect();
    let primary: Vec<String> = options.iter().filter_map(|o| o.first().cloned()).collect();
    let with_forms = |v: &mut Variants, s: &str, g: &[String], label: &'static str, all: bool| {
        v.push(format!("{s} {}", hyphenated(g)), label);
        if all {
            v.push(format!("{s} {}", spaced(g)), label);
            v.push(format!("{s} {}", joined(g)), label);
        }
    };
    for (s, l) in conv.iter().zip(conv_labels).take(5) {
        with_forms(&mut v, s, &primary, l, true);
    }
    let lead_surname = conv
        .first()
        .map_or_else(|| surs[0].clone(), |s| (*s).to_string());
    let mut alternatives: Vec<Vec<String>> = Vec::new();
    for (p, opts) in options.iter().enumerate() {
        for alt in opts.iter().skip(1) {
            let mut g = primary.clone();
            if let Some(slot) = g.get_mut(p) {
                slot.clone_from(alt);
            }
            alternatives.push(g);
        }
    }
    for g in &alternatives {
        with_forms(&mut v, &lead_surname, g, "customary", true);
    }
    for s in conv.iter().skip(1).take(4) {
        for g in &alternatives {
            if v.full() {
                break;
            }
            with_forms(&mut v, s, g, "customary", false);
        }
    }
    v.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::hangul::key::key_of as key;

    fn has(v: &[(String, &'static str)], s: &str, label: &str) -> bool {
        v.iter().any(|(x, l)| x == s && *l == label)
    }

    #[test]
    fn name_variants_contents() {
        let v = name_variants("김정은");
        assert_eq!(v[0], ("Gim Jeongeun".to_string(), "rr"));
        assert_eq!(v[1], ("Kim Chŏng-ŭn".to_string(), "mr"));
        assert_eq!(v[2], ("Kim Jong Un".to_string(), "nk"));
        assert!(has(&v, "Kim Jong-un", "nk"));
        assert!(has(&v, "Gim Jeong-eun", "rr"));
        assert!(has(&v, "Kim Jongun", "nk"));
        // The catalogue form, where it differs from MR's (sound change inside the given name).
        assert!(has(&name_variants("강덕룡"), "Kang Tŏng-nyong", "ala-lc"));
        assert!(has(&name_variants("윤석열"), "Yun Sŏg-yŏl", "ala-lc"));
        let v = name_variants("이명박");
        assert!(has(&v, "Lee Myung-bak", "surname:Lee"));
        assert!(has(&v, "Yi Myŏng-bak", "mr"));
        let v = name_variants("박근혜");
        assert!(has(&v, "Park Geun-hye", "surname:Park"));
        let v = name_variants("김일성");
        assert!(has(&v, "Kim Il Sung", "nk"));
        assert!(has(&v, "Kim Il-sung", "surname:Kim"));
        for name in [
            "노무현",
            "전두환",
            "노태우",
            "반기문",
            "한덕수",
            "윤석열",
            "강경화",
            "정의용",
        ] {
            let v = name_variants(name);
            assert!(v.len() <= 64, "{name}: {}", v.len());
            let mut seen = std::collections::HashSet::new();
            assert!(
                v.iter().all(|(s, _)| seen.insert(s.clone())),
                "{name} has duplicates"
            );
        }
        assert!(name_variants("노무현")
            .iter()
            .any(|(s, _)| s == "Roh Moo-hyun"));
        assert!(name_variants("전두환")
            .iter()
            .any(|(s, _)| s == "Chun Doo-hwan"));
        assert!(name_variants("노태우")
            .iter()
            .any(|(s, _)| s == "Roh Tae-woo"));
        assert!(name_variants("반기문")
            .iter()
            .any(|(s, _)| s == "Ban Ki-moon"));
        assert!(name_variants("한덕수")
            .iter()
            .any(|(s, _)| s == "Han Duck-soo"));
        assert!(name_variants("윤석열")
            .iter()
            .any(|(s, _)| s == "Yoon Suk-yeol"));
        assert!(name_variants("강경화")
            .iter()
            .any(|(s, _)| s == "Kang Kyung-wha"));
        assert!(name_variants("정의용")
            .iter()
            .any(|(s, _)| s == "Chung Eui-yong"));
        // Every variant of a name meets the others under latin_key.
        for name in ["김정은", "이명박", "박근혜", "노태우"] {
            let v = name_variants(name);
            let k0 = key(&fold(&v[0].0));
            for (s, _) in &v {
                assert_eq!(key(&fold(s)), k0, "{name}: {s}");
            }
        }
        assert!(name_variants("abc").is_empty());
        let v = name_variants("김");
        assert!(has(&v, "Gim", "rr") && has(&v, "Kim", "mr"));
        assert!(has(&name_variants("이"), "Lee", "surname:Lee"));
    }

    fn fold(s: &str) -> String {
        s.chars()
            .filter(|c| *c != '\'')
            .map(|c| match c {
                'ŏ' | 'Ŏ' => 'o',
                'ŭ' | 'Ŭ' => 'u',
                c => c.to_ascii_lowercase(),
            })
            .collect()
    }
}
