//! The case forms of a Russian proper name in Cyrillic, for matching inflected text (Путина, в
//! Москве, с Си Цзиньпином): each word of the name is given a role (first name, patronymic,
//! surname, a word of a place name, the frozen parts of a Chinese or Korean name), the name a gender,
//! and each word the paradigm of `paradigms.rs` that its role and ending call for.

use super::letters::{is_consonant, is_cyr_letter, is_vowel};
use super::names::is_cyrillic_patronymic;
use super::paradigms::{
    adjective, char_count, fem_soft, fem_surname, masc_j, masc_noun, masc_soft, masc_surname,
    neuter, neuter_soft, noun_a_ya, plural_place, recase, same, Adj, Forms, CASE_EXCEPTIONS,
};

/// What a word is within the name; decides how an ambiguous ending declines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// The whole name is this one word: every plausible paradigm is produced.
    Single,
    First,
    Surname,
    Patronymic,
    /// A word of a place name (adjective + noun): inanimate, nouns in -ов/-ин
    /// take -ом (Старым Осколом).
    Place,
    /// Never declines (particles, non-final syllables of a Chinese/Korean name).
    Frozen,
    /// Last word of a Chinese/Korean name: declines only if it ends in a consonant.
    CjkLast,
}

/// Chinese (Palladius) and Korean (Kontsevich) surnames as written in Russian.
/// A name starting with one of these is read as East Asian: only its last
/// word declines (Си Цзиньпина, Мао Цзэдуна, Ким Чен Ына). Sorted.
#[rustfmt::skip]
static CJK_SURNAMES: &[&str] = &[
    "ан", "бай", "ван", "вэй", "гао", "го", "гу", "дай", "дин", "дун", "дэн", "е", "жэнь",
    "ким", "кун", "ли", "лим", "линь", "лу", "лю", "ма", "мао", "мин", "мун", "нам", "нгуен",
    "о", "пак", "пань", "пэн", "се", "си", "син", "сун", "сунь", "сюй", "сяо", "тан", "фан",
    "фэн", "хан", "хо", "ху", "хуан", "хэ", "цай", "цао", "цзинь", "цзян", "цинь", "цуй",
    "чан", "чжан", "чжао", "чжоу", "чжу", "чо", "чон", "чхве", "чэн", "чэнь", "ши", "юй",
    "юн", "ян",
];

/// Male first names (and common male diminutives) ending in -а/-я, which
/// decline like feminine nouns but do not make the name feminine. Sorted.
#[rustfmt::skip]
static MALE_A_NAMES: &[&str] = &[
    "ваня", "вася", "вова", "гаврила", "гена", "гоша", "данила", "дима", "жора", "илья",
    "иона", "коля", "кузьма", "лука", "лёша", "миша", "никита", "паша", "петя", "савва",
    "серёжа", "толя", "федя", "фома", "юра",
];

/// Female names ending in -ь (declined as feminine soft-sign nouns). Sorted.
static FEMALE_SOFT_NAMES: &[&str] = &[
    "адель",
    "любовь",
    "нинель",
    "рахиль",
    "руфь",
    "эсфирь",
    "юдифь",
];

/// Masculine nouns in -ь that the -ль/-поль rule does not catch. Sorted.
static MASC_SOFT: &[&str] = &["гоголь", "игорь", "лазарь", "январь"];

/// Name particles that never decline (людвиг ван Бетховен), also as the first
/// part of a hyphenated name. Sorted.
#[rustfmt::skip]
static PARTICLES: &[&str] = &[
    "аль", "бен", "ван", "да", "де", "дер", "ди", "дос", "дю", "ибн", "ла", "ле", "фон", "эль",
];

/// First parts of hyphenated place names that stay in the nominative
/// (Санкт-Петербурга, Усть-Каменогорска, Нью-Йорка). Sorted.
#[rustfmt::skip]
static FROZEN_PREFIXES: &[&str] = &[
    "буэнос", "лас", "лос", "нью", "порт", "сан", "санкт", "санта", "сен", "сент", "усть",
];

/// Prepositions inside hyphenated place names: they and what follows stay
/// unchanged (Ростова-на-Дону, Комсомольском-на-Амуре). Sorted.
static PREPOSITIONS: &[&str] = &["в", "на", "над", "под", "при", "у"];

fn sorted_has(table: &[&str], w: &str) -> bool {
    table.binary_search(&w).is_ok()
}

/// Adjectival endings: -ый, -ой (polysyllabic), -ский/-цкий, -кий/-гий/-хий
/// (not Георгий), -жий/-ший/-чий/-щий and -ний after a consonant (soft), -ая,
/// -яя. First names are never adjectives (Дмитрий, Евгений, Аглая).
fn adjective_kind(lw: &str, role: Role) -> Option<Adj> {
    let ch: Vec<char> = lw.chars().collect();
    let len = ch.len();
    if len < 4 || role == Role::First {
        return None;
    }
    let ends = |s: &str| lw.ends_with(s);
    let stem_has_vowel = |drop: usize| ch[..len - drop].iter().any(|&c| is_vowel(c));
    if ends("ский") || ends("цкий") || ends("ый") {
        return Some(Adj::MascHard);
    }
    if ends("ой") {
        return stem_has_vowel(2).then_some(Adj::MascHard);
    }
    if ends("кий") || ends("хий") || (ends("гий") && !ends("ргий")) {
        return Some(Adj::MascHard);
    }
    if ends("жий") || ends("ший") || ends("чий") || ends("щий") {
        return Some(Adj::MascSoft);
    }
    if ends("ний") && (is_consonant(ch[len - 4]) || ch[len - 4] == 'ь') {
        return Some(Adj::MascSoft);
    }
    if ends("ая") && len >= 5 && stem_has_vowel(2) {
        return Some(Adj::FemHard);
    }
    if ends("яя") {
        return Some(Adj::FemSoft);
    }
    None
}

fn fem_surname_ending(lw: &str) -> bool {
    char_count(lw) >= 4
        && [
            "ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая", "яя",
        ]
        .iter()
        .any(|e| lw.ends_with(e))
}

fn masc_surname_ending(lw: &str) -> bool {
    char_count(lw) >= 3
        && [
            "ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой", "ый", "ий",
        ]
        .iter()
        .any(|e| lw.ends_with(e))
}

/// Endings no Chinese or Korean syllable has in Russian spelling.
fn looks_russian(lw: &str) -> bool {
    [
        "ов", "ев", "ёв", "ова", "ева", "ский", "цкий", "ская", "ович", "евич", "овна", "евна",
        "ий", "ый", "ой", "ая",
    ]
    .iter()
    .any(|e| lw.ends_with(e))
}

fn assign_roles(lows: &[String]) -> Vec<Role> {
    let n = lows.len();
    if n == 1 {
        return vec![Role::Single];
    }
    if sorted_has(CJK_SURNAMES, &lows[0]) && lows[1..].iter().all(|w| !looks_russian(w)) {
        let mut r = vec![Role::Frozen; n];
        r[n - 1] = Role::CjkLast;
        return r;
    }
    let adjective_first = adjective_kind(&lows[0], Role::Place).is_some()
        && !lows[1..].iter().any(|w| {
            fem_surname_ending(w) && !w.ends_with("ая") && !w.ends_with("яя")
                || is_cyrillic_patronymic(w)
        });
    let mut roles: Vec<Role> = if adjective_first {
        vec![Role::Place; n]
    } else if n == 3 && is_cyrillic_patronymic(&lows[2]) && !is_cyrillic_patronymic(&lows[1]) {
        // Official order: surname, first name, patronymic.
        vec![Role::Surname, Role::First, Role::Patronymic]
    } else {
        (0..n)
            .map(|i| {
                if i == 0 {
                    Role::First
                } else if i + 1 < n && is_cyrillic_patronymic(&lows[i]) {
                    Role::Patronymic
                } else {
                    Role::Surname
                }
            })
            .collect()
    };
    for (r, w) in roles.iter_mut().zip(lows) {
        if sorted_has(PARTICLES, w) {
            *r = Role::Frozen;
        }
    }
    roles
}

fn female_first(lw: &str) -> bool {
    sorted_has(FEMALE_SOFT_NAMES, lw)
        || ((lw.ends_with('а') || lw.ends_with('я')) && !sorted_has(MALE_A_NAMES, lw))
}

/// A person name is feminine when its surname or patronymic has a feminine
/// form and no masculine one; otherwise its first name decides.
fn detect_female(lows: &[String], roles: &[Role]) -> bool {
    let (mut fem, mut masc) = (false, false);
    for (w, r) in lows.iter().zip(roles) {
        match r {
            Role::Surname => {
                fem |= fem_surname_ending(w);
                masc |= masc_surname_ending(w);
            }
            Role::Patronymic => {
                if w.ends_with("на") {
                    fem = true;
                } else {
                    masc = true;
                }
            }
            _ => {}
        }
    }
    if fem != masc {
        return fem;
    }
    match roles.iter().position(|r| *r == Role::First) {
        Some(i) => female_first(&lows[i]),
        None => false,
    }
}

fn decline_simple(w: &str, lw: &str, role: Role, female: bool, animate: bool) -> Vec<Forms> {
    let frozen = || vec![same(w)];
    let ch: Vec<char> = lw.chars().collect();
    let len = ch.len();
    if len < 2 || role == Role::Frozen {
        return frozen();
    }
    if let Ok(k) = CASE_EXCEPTIONS.binary_search_by(|(key, _)| key.cmp(&lw)) {
        let t = &CASE_EXCEPTIONS[k].1;
        return vec![std::array::from_fn(|c| recase(w, t[c]))];
    }
    let last = ch[len - 1];
    let pen = ch[len - 2];
    let person = matches!(role, Role::First | Role::Surname | Role::Patronymic);
    if role == Role::CjkLast {
        return if is_consonant(last) {
            vec![masc_noun(w, true)]
        } else if last == 'ь' {
            vec![masc_soft(w, true)]
        } else {
            frozen()
        };
    }
    if lw.ends_with("ых") || lw.ends_with("их") {
        return frozen();
    }
    if let Some(kind) = adjective_kind(lw, role) {
        return vec![adjective(w, lw, kind, animate)];
    }
    match last {
        'а' | 'я' => {
            if last == 'а' && is_vowel(pen) {
                // Гарсиа, Нокиа: foreign, indeclinable.
                return frozen();
            }
            let fem_sur = ["ова", "ева", "ёва", "ина", "ына"]
                .iter()
                .any(|e| lw.ends_with(e));
            if fem_sur && len >= 5 {
                match role {
                    Role::Surname => return vec![fem_surname(w)],
                    Role::Single => return vec![fem_surname(w), noun_a_ya(w, lw)],
                    _ => {}
                }
            }
            vec![noun_a_ya(w, lw)]
        }
        'о' if len >= 5
            && ["ово", "ево", "ёво", "ино", "ыно"]
                .iter()
                .any(|e| lw.ends_with(e))
            && matches!(role, Role::Single | Role::Place) =>
        {
            vec![neuter(w)]
        }
        'ь' => {
            if person {
                if !female {
                    vec![masc_soft(w, animate)]
                } else if sorted_has(FEMALE_SOFT_NAMES, lw) {
                    vec![fem_soft(w)]
                } else {
                    frozen()
                }
            } else if sorted_has(FEMALE_SOFT_NAMES, lw) {
                vec![fem_soft(w)]
            } else if sorted_has(MASC_SOFT, lw)
                || lw.ends_with("поль")
                || (pen == 'л' && len >= 3 && is_consonant(ch[len - 3]))
            {
                vec![masc_soft(w, animate)]
            } else {
                vec![fem_soft(w)]
            }
        }
        'й' => {
            if female && person {
                frozen()
            } else {
                vec![masc_j(w, lw, animate)]
            }
        }
        c if is_consonant(c) => {
            if female && person {
                // Feminine names ending in a consonant do not decline.
                return frozen();
            }
            let masc_sur = len >= 3
                && ["ов", "ев", "ёв", "ин", "ын"]
                    .iter()
                    .any(|e| lw.ends_with(e));
            match (masc_sur, role) {
                (true, Role::Surname) => vec![masc_surname(w, animate)],
                (true, Role::Single) => vec![masc_surname(w, true), masc_noun(w, animate)],
                _ => vec![masc_noun(w, animate)],
            }
        }
        // Neuter place names in -ье/-ие (Подмосковье, Поволжье).
        'е' if len >= 5
            && matches!(pen, 'ь' | 'и')
            && matches!(role, Role::Single | Role::Place) =>
        {
            vec![neuter_soft(w, lw)]
        }
        // Plural place names (Химки, Мытищи, Люберцы, Чебоксары); a final -и only after a
        // velar or a hushing consonant, so that foreign names (Сочи, Тбилиси) stay frozen.
        'и' if len >= 4
            && matches!(pen, 'к' | 'г' | 'х' | 'ж' | 'ш' | 'щ')
            && matches!(role, Role::Single | Role::Place) =>
        {
            vec![plural_place(w, lw)]
        }
        'ы' if len >= 4 && is_consonant(pen) && matches!(role, Role::Single | Role::Place) => {
            vec![plural_place(w, lw)]
        }
        // Foreign words ending in a vowel do not decline (Сочи, Токио, Шойгу,
        // Матвиенко, Гёте).
        _ => frozen(),
    }
}

fn decline_word(w: &str, lw: &str, role: Role, female: bool, animate: bool) -> Vec<Forms> {
    if role == Role::Frozen || w.chars().any(|c| !(is_cyr_letter(c) || c == '-')) {
        return vec![same(w)];
    }
    if !w.contains('-') {
        return decline_simple(w, lw, role, female, animate);
    }
    let parts: Vec<&str> = w.split('-').collect();
    let lparts: Vec<&str> = lw.split('-').collect();
    if parts.len() != lparts.len() {
        return vec![same(w)];
    }
    let prep_at = lparts.iter().position(|p| sorted_has(PREPOSITIONS, p));
    let role = if prep_at.is_some() && role == Role::Single {
        Role::Place
    } else {
        role
    };
    let per: Vec<Vec<Forms>> = parts
        .iter()
        .zip(&lparts)
        .enumerate()
        .map(|(k, (p, lp))| {
            let fixed = p.is_empty()
                || prep_at.is_some_and(|pa| k >= pa)
                || sorted_has(FROZEN_PREFIXES, lp)
                || sorted_has(PARTICLES, lp);
            if fixed {
                vec![same(p)]
            } else {
                decline_simple(p, lp, role, female, animate)
            }
        })
        .collect();
    let m = per.iter().map(Vec::len).max().unwrap_or(1);
    (0..m)
        .map(|pi| {
            std::array::from_fn(|c| {
                per.iter()
                    .map(|v| v[pi.min(v.len() - 1)][c].as_str())
                    .collect::<Vec<_>>()
                    .join("-")
            })
        })
        .collect()
}

/// Case forms of a Russian proper name in Cyrillic, for matching inflected text
/// ("Путина", "Путину", "Лаврову", "в Москве", "с Си Цзиньпином", "Мао
/// Цзэдуна"). Input: a nominative name (one or more words). Output: the
/// distinct full-name forms across the six cases, nominative first, the words
/// of each form in the same case (Владимира Путина, Владимиру Путину, …).
///
/// Words are classified by position and ending: first name, patronymic,
/// surname (also in the official order surname-first-patronymic), or the
/// words of a place name (adjective + noun). Feminine surnames in -ова/-ина
/// decline adjectivally (Набиуллиной), masculine ones in -ов/-ин take -ым;
/// adjectival names (-ский, -ой, -ий, -ая) decline as adjectives; feminine
/// names ending in a consonant, and words ending in -о -е -и -у -ю (Шойгу,
/// Матвиенко, Сочи, Токио) stay as they are; in a Chinese or Korean name only
/// the last word declines, and only if it ends in a consonant. A one-word name
/// gets every paradigm its ending allows (Путина/Путиным and Путином;
/// Набиуллиной and Набиуллины), since a place and a surname cannot be told
/// apart. Hyphenated names decline each part except fixed prefixes
/// (Санкт-, Усть-) and everything from a preposition on (Ростова-на-Дону).
pub fn case_forms(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let lows: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let roles = assign_roles(&lows);
    let person = roles.iter().any(|r| {
        matches!(
            r,
            Role::First | Role::Surname | Role::Patronymic | Role::CjkLast
        )
    });
    let female = person && detect_female(&lows, &roles);
    let animate = person || roles[0] == Role::Single;
    let per: Vec<Vec<Forms>> = words
        .iter()
        .zip(&lows)
        .zip(&roles)
        .map(|((w, lw), &r)| decline_word(w, lw, r, female, animate))
        .collect();
    let m = per.iter().map(Vec::len).max().unwrap_or(1);
    let mut out: Vec<String> = Vec::new();
    for pi in 0..m {
        for c in 0..6 {
            let form = per
                .iter()
                .filter(|v| !v.is_empty())
                .map(|v| v[pi.min(v.len() - 1)][c].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if !out.contains(&form) {
                out.push(form);
            }
        }
    }
    out
}

/// The case forms of a Korean or Chinese name written in Cyrillic (Palladius, Kontsevich): those of
/// [`case_forms`], and for a one-word name in -нь also the masculine soft paradigm. Russian takes
/// the Chinese place names in -нь (-ань, -инь, -энь, -унь: Ухань, Тяньцзинь, Шэньчжэнь, Тайвань)
/// as masculine nouns, "в Ухане", "на Тайване", "из Тяньцзиня" (Розенталь, Справочник по
/// правописанию и литературной правке, § 152 on the gender of foreign place names: by the generic
/// word or by the ending; Агеенко, Словарь собственных имён русского языка, 2010: Тайвань, -я,
/// м.), while the native Russian words in -нь are mostly feminine (Казань, Рязань, Тюмень, which
/// [`case_forms`] declines so); both readings of a Chinese one are in use, so both are made.
pub fn east_asian_case_forms(name: &str) -> Vec<String> {
    let mut out = case_forms(name);
    let mut words = name.split_whitespace();
    if let (Some(w), None) = (words.next(), words.next()) {
        let lw = w.to_lowercase();
        if lw.ends_with("нь") && char_count(&lw) >= 3 {
            for form in masc_soft(w, false) {
                if !out.contains(&form) {
                    out.push(form);
                }
            }
        }
    }
    out
}

/// The nominative endings a word of a name may have under [`case_forms`],
/// [`east_asian_case_forms`] and the Ukrainian `case_slots` (`east_slavic.rs`): the endings of the
/// paradigms of `paradigms.rs` (Зализняк; Розенталь, §§ on the declension of surnames and place
/// names), of Russian adjectives and of the Ukrainian nouns in -а/-я, -о, -й, -ь, -ія, -жжя and
/// plural place names.
const NOMINATIVE_ENDINGS: &[&str] = &[
    "", "а", "я", "й", "ь", "ий", "ый", "ой", "ая", "яя", "о", "е", "и", "і", "ия", "ія", "ій",
];

/// The most letters a case ending replaces at the end of a word (`-ого` for `-ий`).
const MAX_ENDING: usize = 3;

/// The nominatives a word of a declined name may come from: the inverse of [`case_forms`],
/// [`east_asian_case_forms`] and `ukrainian_case_forms` for one word, in lowercase (`word` is
/// lowercase, the fold of the text's word). The word itself comes first (a word that does not
/// decline: `Си`, `Дону`), then every stem left by taking off up to three letters with each
/// nominative ending put back, the stems' alternations undone (Ukrainian і/ї in a closed
/// syllable: Харкова → Харків, Києва → Київ, Тернополя → Тернопіль; г к х before the dative і:
/// Сибізі → Сибіга) and the irregular paradigms of `paradigms.rs` (Павла → Павел). Over-generates
/// on purpose: a candidate counts only when it is an indexed word and declining the entry it
/// finds yields the text (see `crate::matcher`'s scan-time case forms).
pub fn nominatives(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let mut out: Vec<String> = vec![word.to_string()];
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for (nom, forms) in CASE_EXCEPTIONS {
        if forms.contains(&word) {
            push(nom.to_string());
        }
    }
    for k in 0..=MAX_ENDING.min(n.saturating_sub(2)) {
        let stem: String = chars[..n - k].iter().collect();
        let mut stems = vec![stem.clone()];
        let alternated = [("ов", "ів"), ("ев", "ів"), ("єв", "їв"), ("ол", "іл")];
        for (from, to) in alternated {
            if let Some(s) = stem.strip_suffix(from) {
                stems.push(format!("{s}{to}"));
            }
        }
        for (from, to) in [('з', 'г'), ('ц', 'к'), ('с', 'х')] {
            if let Some(s) = stem.strip_suffix(from) {
                stems.push(format!("{s}{to}"));
            }
        }
        for s in &stems {
            for e in NOMINATIVE_ENDINGS {
                push(format!("{s}{e}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::cyrillic::sorted;

    /// `nominatives` undoes every case form the build makes, word by word.
    #[test]
    fn nominatives_invert_the_case_forms() {
        let russian = [
            "Владимир Путин",
            "Эльвира Набиуллина",
            "Сергей Лавров",
            "Павел Дуров",
            "Лев Толстой",
            "Илья Ильич Мечников",
            "Нижний Новгород",
            "Санкт-Петербург",
            "Ростов-на-Дону",
            "Москва",
            "Казань",
            "Старый Оскол",
            "Орёл",
            "Мытищи",
            "Приморье",
            "Си Цзиньпин",
            "Ухань",
        ];
        let ukrainian = [
            "Денис Шмигаль",
            "Володимир Зеленський",
            "Андрій Сибіга",
            "Тернопіль",
            "Харків",
            "Київ",
            "Запоріжжя",
            "Чернівці",
            "Юлія Тимошенко",
        ];
        let forms = russian
            .iter()
            .map(|n| (*n, east_asian_case_forms(n)))
            .chain(
                ukrainian
                    .iter()
                    .map(|n| (*n, crate::translit::cyrillic::ukrainian_case_forms(n))),
            );
        for (name, forms) in forms {
            let nominative: Vec<String> =
                name.split([' ', '-']).map(|w| w.to_lowercase()).collect();
            for form in forms {
                for (w, nom) in form.split([' ', '-']).zip(&nominative) {
                    let back = nominatives(&w.to_lowercase());
                    assert!(back.contains(nom), "{w} of {name}: {back:?}");
                }
            }
        }
    }

    #[test]
    fn chinese_places_in_nj_decline_as_masculine_too() {
        let f = east_asian_case_forms("Ухань");
        for form in ["Ухани", "Ухане", "Уханя", "Уханю", "Уханем"] {
            assert!(f.contains(&form.to_string()), "{form} in {f:?}");
        }
        assert!(east_asian_case_forms("Тяньцзинь").contains(&"Тяньцзине".to_string()));
        // Two words: the frozen surname and the declined given name, as before.
        assert_eq!(
            east_asian_case_forms("Си Цзиньпин"),
            case_forms("Си Цзиньпин")
        );
        // A Russian word in -нь keeps its feminine paradigm alone.
        assert!(!case_forms("Казань").contains(&"Казане".to_string()));
    }

    #[test]
    fn case_forms_people() {
        let f = case_forms("Владимир Путин");
        assert_eq!(
            f,
            [
                "Владимир Путин",
                "Владимира Путина",
                "Владимиру Путину",
                "Владимиром Путиным",
                "Владимире Путине"
            ]
        );
        assert!(case_forms("Сергей Лавров").contains(&"Сергею Лаврову".to_string()));
        assert!(case_forms("Сергей Лавров").contains(&"Сергеем Лавровым".to_string()));
        let e = case_forms("Эльвира Набиуллина");
        for x in [
            "Эльвиры Набиуллиной",
            "Эльвиру Набиуллину",
            "Эльвирой Набиуллиной",
        ] {
            assert!(e.contains(&x.to_string()), "{x}");
        }
        assert!(case_forms("Дмитрий Медведев").contains(&"Дмитрии Медведеве".to_string()));
        assert!(
            case_forms("Пётр Ильич Чайковский").contains(&"Петром Ильичом Чайковским".to_string())
        );
        assert!(case_forms("Лев Толстой").contains(&"Льва Толстого".to_string()));
        assert!(case_forms("Никита Хрущёв").contains(&"Никиту Хрущёва".to_string()));
        assert!(case_forms("Путин Владимир Владимирович")
            .contains(&"Путиным Владимиром Владимировичем".to_string()));
        // Indeclinable surnames and feminine consonant surnames.
        assert_eq!(case_forms("Сергей Шойгу")[1], "Сергея Шойгу");
        assert!(case_forms("Валентина Матвиенко").contains(&"Валентиной Матвиенко".to_string()));
        assert!(case_forms("Анна Шостакович")
            .iter()
            .all(|s| s.ends_with("Шостакович")));
        assert!(case_forms("Мария Захарова").contains(&"Марией Захаровой".to_string()));
        assert!(case_forms("Виктор Цой").contains(&"Виктором Цоем".to_string()));
        assert!(case_forms("Людвиг ван Бетховен").contains(&"Людвигом ван Бетховеном".to_string()));
        assert!(case_forms("ВЛАДИМИР ПУТИН").contains(&"ВЛАДИМИРА ПУТИНА".to_string()));
    }

    #[test]
    fn case_forms_east_asian() {
        assert!(case_forms("Си Цзиньпин").contains(&"Си Цзиньпином".to_string()));
        assert!(case_forms("Си Цзиньпин").contains(&"Си Цзиньпина".to_string()));
        assert!(case_forms("Мао Цзэдун").contains(&"Мао Цзэдуна".to_string()));
        assert!(case_forms("Ким Чен Ын").contains(&"Ким Чен Ына".to_string()));
        assert!(case_forms("Ху Цзиньтао") == ["Ху Цзиньтао"]);
        assert!(case_forms("Ким Чен Ын")
            .iter()
            .all(|s| s.starts_with("Ким Чен ")));
    }

    #[test]
    fn case_forms_places() {
        assert_eq!(
            case_forms("Москва"),
            ["Москва", "Москвы", "Москве", "Москву", "Москвой"]
        );
        assert_eq!(case_forms("Казань"), ["Казань", "Казани", "Казанью"]);
        assert_eq!(case_forms("Тверь"), ["Тверь", "Твери", "Тверью"]);
        assert!(case_forms("Владивосток").contains(&"Владивостоком".to_string()));
        assert!(case_forms("Санкт-Петербург").contains(&"Санкт-Петербурге".to_string()));
        assert!(case_forms("Ростов-на-Дону").contains(&"Ростовом-на-Дону".to_string()));
        assert!(case_forms("Нижний Новгород").contains(&"Нижнем Новгороде".to_string()));
        assert!(case_forms("Нижний Новгород").contains(&"Нижним Новгородом".to_string()));
        assert!(case_forms("Южно-Сахалинск").contains(&"Южно-Сахалинске".to_string()));
        assert!(case_forms("Ярославль").contains(&"Ярославлем".to_string()));
        assert!(case_forms("Объединённая Россия").contains(&"Объединённой России".to_string()));
        assert_eq!(case_forms("Сочи"), ["Сочи"]);
        assert_eq!(case_forms("Токио"), ["Токио"]);
        assert_eq!(case_forms("Тбилиси"), ["Тбилиси"]);
        // Neuter place names in -ье/-ие, plural place names, the fleeting ё of Орёл.
        assert_eq!(
            case_forms("Поволжье"),
            ["Поволжье", "Поволжья", "Поволжью", "Поволжьем"]
        );
        assert!(case_forms("Заполярие").contains(&"Заполярии".to_string()));
        assert_eq!(
            case_forms("Мытищи"),
            ["Мытищи", "Мытищам", "Мытищами", "Мытищах"]
        );
        assert!(case_forms("Горки").contains(&"Горок".to_string()));
        assert!(case_forms("Люберцы").contains(&"Люберцах".to_string()));
        assert!(case_forms("Орёл").contains(&"Орле".to_string()));
        assert!(case_forms("Шереметьево").contains(&"Шереметьеве".to_string()));
        // One word: both the surname and the noun paradigm.
        let p = case_forms("Путин");
        assert!(p.contains(&"Путиным".to_string()) && p.contains(&"Путином".to_string()));
        assert!(case_forms("").is_empty());
        assert_eq!(case_forms("В. В. Путин")[1], "В. В. Путина");
    }

    #[test]
    fn tables_are_sorted() {
        assert!(sorted(CJK_SURNAMES));
        assert!(sorted(MALE_A_NAMES));
        assert!(sorted(FEMALE_SOFT_NAMES));
        assert!(sorted(MASC_SOFT));
        assert!(sorted(PARTICLES));
        assert!(sorted(FROZEN_PREFIXES));
        assert!(sorted(PREPOSITIONS));
        assert!(sorted(
            &CASE_EXCEPTIONS.iter().map(|e| e.0).collect::<Vec<_>>()
        ));
    }
}
