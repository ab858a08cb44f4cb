//! Spanish stress accents: Spanish writes the stress of a Russian name with an acute where its own
//! accentuation rules (RAE, *Ortografía* 2010, §1.2.4) require one (Mijaíl, Vladímir, Shoigú), so
//! the stressed vowel must be known: from a combining acute in the input, from ё (always stressed),
//! or from a table of well-known names.

use super::letters::{is_vowel, Unit};

/// Stress of well-known names (and of the places in the test vectors), as the
/// 1-based index of the stressed vowel letter; ё is written е in the keys.
/// Spanish writes Russian stress with an acute where its own accentuation
/// rules require one, so the accent can only be placed where the stress is
/// known: from a combining acute in the input, from ё (always stressed), or
/// from this table. Source: the standard stress of these words as marked in
/// Russian dictionaries; limited to well-known names and to the places of the
/// test vectors. Sorted.
#[rustfmt::skip]
static ES_STRESS: &[(&str, u8)] = &[
    ("александр", 3), ("алексей", 3), ("анатолий", 3), ("андрей", 2), ("борис", 2),
    ("брежнев", 1), ("валентина", 3), ("валерий", 2), ("василий", 2), ("виктор", 1),
    ("владивосток", 4), ("владимир", 2), ("володин", 2), ("вячеслав", 3), ("гагарин", 2),
    ("геннадий", 2), ("георгий", 2), ("григорий", 2), ("дмитрий", 1), ("достоевский", 3),
    ("евгений", 2), ("екатерина", 4), ("екатеринбург", 5), ("ельцин", 1), ("иван", 2),
    ("игорь", 1), ("ирина", 2), ("лавров", 2), ("ленин", 1), ("матвиенко", 3),
    ("медведев", 2), ("михаил", 3), ("мишустин", 2), ("москва", 2), ("набиуллина", 3),
    ("навальный", 2), ("наталья", 2), ("нижний", 1), ("николай", 3), ("новгород", 1),
    ("ольга", 1), ("павел", 1), ("песков", 2), ("петербург", 3), ("путин", 1),
    ("пушкин", 1), ("ростов", 2), ("сергей", 2), ("сталин", 1), ("татьяна", 2),
    ("толстой", 2), ("хабаровск", 2), ("чайковский", 2), ("черномырдин", 3), ("шойгу", 2),
    ("шостакович", 3), ("юрий", 1), ("якутск", 2), ("ярослав", 3),
];

/// The index of the unit carrying the stress, if it is known.
pub(super) fn es_stress(word: &[Unit]) -> Option<usize> {
    if let Some(i) = word.iter().position(|u| u.stress && is_vowel(u.c)) {
        return Some(i);
    }
    if let Some(i) = word.iter().position(|u| u.c == 'ё') {
        return Some(i);
    }
    let key: String = word
        .iter()
        .map(|u| if u.c == 'ё' { 'е' } else { u.c })
        .collect();
    let k = ES_STRESS
        .binary_search_by(|(w, _)| w.cmp(&key.as_str()))
        .ok()?;
    let nth = usize::from(ES_STRESS[k].1).checked_sub(1)?;
    word.iter()
        .enumerate()
        .filter(|(_, u)| is_vowel(u.c))
        .nth(nth)
        .map(|(i, _)| i)
}

fn es_accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ó',
        'u' => 'ú',
        'y' => 'ý',
        'A' => 'Á',
        'E' => 'É',
        'I' => 'Í',
        'O' => 'Ó',
        'U' => 'Ú',
        'Y' => 'Ý',
        _ => c,
    }
}

/// Spanish accentuation (RAE, Ortografía 2010, §1.2.4): given the Spanish form
/// of one word and the byte offset of its stressed vowel, write the acute if
/// the rules need it: words stressed on the last syllable when they end in a
/// vowel, n or s; on the penultimate when they do not; always on earlier
/// syllables; always on a stressed i/u next to a strong vowel (hiatus:
/// Mijaíl). Monosyllables take none. y before a consonant or at word end is a
/// vowel (Rýkov), but final y counts as a consonant for the ending rule; u in
/// gue/gui is silent.
pub(super) fn es_accent(out: &mut String, word_start: usize, stressed: usize) {
    let word = match out.get(word_start..) {
        Some(w) => w,
        None => return,
    };
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let len = chars.len();
    let Some(k) = chars.iter().position(|&(b, _)| word_start + b == stressed) else {
        return;
    };
    let lc = |j: usize| chars[j].1.to_ascii_lowercase();
    let is_v = |j: usize| -> bool {
        match lc(j) {
            'a' | 'e' | 'i' | 'o' => true,
            'u' => {
                !(j > 0
                    && matches!(lc(j - 1), 'g' | 'q')
                    && j + 1 < len
                    && matches!(lc(j + 1), 'e' | 'i'))
            }
            'y' => !(j + 1 < len && matches!(lc(j + 1), 'a' | 'e' | 'i' | 'o' | 'u')),
            _ => false,
        }
    };
    let strong = |c: char| matches!(c, 'a' | 'e' | 'o');
    if !is_v(k) {
        return;
    }
    let mut nucleus = vec![usize::MAX; len];
    let mut count = 0usize;
    let mut prev_v: Option<usize> = None;
    for (j, slot) in nucleus.iter_mut().enumerate() {
        if !is_v(j) {
            prev_v = None;
            continue;
        }
        let joined = match prev_v {
            Some(pj) => {
                let (a, b) = (lc(pj), lc(j));
                let hiatus = (strong(a) && strong(b))
                    || (j == k && !strong(b) && strong(a))
                    || (pj == k && !strong(a) && strong(b));
                !hiatus
            }
            None => false,
        };
        if !joined {
            count += 1;
        }
        *slot = count - 1;
        prev_v = Some(j);
    }
    let sk = lc(k);
    let forced = !strong(sk)
        && ((k > 0 && is_v(k - 1) && strong(lc(k - 1)))
            || (k + 1 < len && is_v(k + 1) && strong(lc(k + 1))));
    let need = if forced {
        true
    } else if count <= 1 {
        false
    } else {
        let from_end = count - 1 - nucleus[k];
        let ends_vns = matches!(lc(len - 1), 'a' | 'e' | 'i' | 'o' | 'u' | 'n' | 's');
        match from_end {
            0 => ends_vns,
            1 => !ends_vns,
            _ => true,
        }
    };
    if need {
        let (b, c) = chars[k];
        let acc = es_accented(c);
        let mut buf = [0u8; 4];
        let start = word_start + b;
        out.replace_range(start..start + c.len_utf8(), acc.encode_utf8(&mut buf));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::cyrillic::{sorted, transliterate, RuScheme};

    #[test]
    fn spanish_accents() {
        let t = |x| transliterate(RuScheme::Es, x, true);
        assert_eq!(t("Михаил"), "Mijaíl");
        assert_eq!(t("Владимир"), "Vladímir");
        assert_eq!(t("Шойгу"), "Shoigú");
        assert_eq!(t("Фёдор"), "Fyódor");
        assert_eq!(t("Пётр"), "Pyotr");
        assert_eq!(t("Татьяна"), "Tatyana");
        // Unknown stress: no accent.
        assert_eq!(t("Кузнецов"), "Kuznetsov");
        // A stress mark in the input is used and not copied.
        assert_eq!(t("Кузнецо\u{301}в"), "Kuznetsov");
        assert_eq!(t("Ку\u{301}знецов"), "Kúznetsov");
    }

    #[test]
    fn table_is_sorted() {
        assert!(sorted(&ES_STRESS.iter().map(|e| e.0).collect::<Vec<_>>()));
    }
}
