//! The declension paradigms of Russian proper names: the six case endings of each noun and
//! adjective type (Зализняк, *Грамматический словарь русского языка*; Розенталь, *Справочник по
//! правописанию и литературной правке*, §§ on the declension of surnames and place names), and the
//! irregular paradigms (fleeting vowels, stressed endings). `cases.rs` decides which one a word takes.

/// Nominative, genitive, dative, accusative, instrumental, prepositional.
pub(super) type Forms = [String; 6];

/// Irregular paradigms (fleeting vowels, stressed endings). Sorted by key.
#[rustfmt::skip]
pub(super) static CASE_EXCEPTIONS: &[(&str, [&str; 6])] = &[
    ("ильич", ["ильич", "ильича", "ильичу", "ильича", "ильичом", "ильиче"]),
    ("илья", ["илья", "ильи", "илье", "илью", "ильёй", "илье"]),
    ("кремль", ["кремль", "кремля", "кремлю", "кремль", "кремлём", "кремле"]),
    ("кузьмич", ["кузьмич", "кузьмича", "кузьмичу", "кузьмича", "кузьмичом", "кузьмиче"]),
    ("лев", ["лев", "льва", "льву", "льва", "львом", "льве"]),
    ("лукич", ["лукич", "лукича", "лукичу", "лукича", "лукичом", "лукиче"]),
    ("любовь", ["любовь", "любови", "любови", "любовь", "любовью", "любови"]),
    // The city of Орёл: the fleeting ё of the noun (Зализняк 1*b; в Орле, из Орла).
    ("орел", ["орел", "орла", "орлу", "орел", "орлом", "орле"]),
    ("орёл", ["орёл", "орла", "орлу", "орёл", "орлом", "орле"]),
    ("павел", ["павел", "павла", "павлу", "павла", "павлом", "павле"]),
    ("петр", ["петр", "петра", "петру", "петра", "петром", "петре"]),
    ("пётр", ["пётр", "петра", "петру", "петра", "петром", "петре"]),
    ("фомич", ["фомич", "фомича", "фомичу", "фомича", "фомичом", "фомиче"]),
];

pub(super) fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// `w` without its last `n` characters.
fn drop_chars(w: &str, n: usize) -> &str {
    if n == 0 {
        return w;
    }
    match w.char_indices().rev().nth(n - 1) {
        Some((b, _)) => &w[..b],
        None => "",
    }
}

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

fn all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

pub(super) fn recase(pattern: &str, form: &str) -> String {
    if all_caps(pattern) {
        form.to_uppercase()
    } else if pattern.chars().next().is_some_and(char::is_uppercase) {
        let mut cs = form.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().chain(cs).collect(),
            None => String::new(),
        }
    } else {
        form.to_string()
    }
}

pub(super) fn same(w: &str) -> Forms {
    std::array::from_fn(|_| w.to_string())
}

/// Forms from a stem (`w` without `drop` letters) and six endings; `None`
/// keeps the word as it is (nominative, inanimate accusative).
fn build(w: &str, drop: usize, endings: [Option<&str>; 6]) -> Forms {
    let stem = drop_chars(w, drop);
    let caps = all_caps(w);
    std::array::from_fn(|k| match endings[k] {
        None => w.to_string(),
        Some(e) => {
            let mut s = String::with_capacity(stem.len() + e.len());
            s.push_str(stem);
            if caps {
                s.push_str(&e.to_uppercase());
            } else {
                s.push_str(e);
            }
            s
        }
    })
}

pub(super) fn masc_noun(w: &str, animate: bool) -> Forms {
    // -ем after sibilants and ц: unstressed ending (Шостаковичем, Абрамовичем).
    let ins = if last_char(&w.to_lowercase())
        .is_some_and(|c| matches!(c, 'ж' | 'ш' | 'ч' | 'щ' | 'ц'))
    {
        "ем"
    } else {
        "ом"
    };
    let acc = if animate { Some("а") } else { None };
    build(
        w,
        0,
        [None, Some("а"), Some("у"), acc, Some(ins), Some("е")],
    )
}

pub(super) fn masc_surname(w: &str, animate: bool) -> Forms {
    let acc = if animate { Some("а") } else { None };
    build(
        w,
        0,
        [None, Some("а"), Some("у"), acc, Some("ым"), Some("е")],
    )
}

pub(super) fn masc_j(w: &str, lw: &str, animate: bool) -> Forms {
    let acc = if animate { Some("я") } else { None };
    let prep = if lw.ends_with("ий") { "и" } else { "е" };
    build(
        w,
        1,
        [None, Some("я"), Some("ю"), acc, Some("ем"), Some(prep)],
    )
}

pub(super) fn masc_soft(w: &str, animate: bool) -> Forms {
    let acc = if animate { Some("я") } else { None };
    build(
        w,
        1,
        [None, Some("я"), Some("ю"), acc, Some("ем"), Some("е")],
    )
}

pub(super) fn fem_soft(w: &str) -> Forms {
    build(
        w,
        1,
        [None, Some("и"), Some("и"), None, Some("ью"), Some("и")],
    )
}

pub(super) fn noun_a_ya(w: &str, lw: &str) -> Forms {
    let stem_last = last_char(drop_chars(lw, 1));
    if lw.ends_with('я') {
        if stem_last == Some('и') {
            build(
                w,
                1,
                [None, Some("и"), Some("и"), Some("ю"), Some("ей"), Some("и")],
            )
        } else {
            build(
                w,
                1,
                [None, Some("и"), Some("е"), Some("ю"), Some("ей"), Some("е")],
            )
        }
    } else {
        let gen = if stem_last.is_some_and(|c| matches!(c, 'г' | 'к' | 'х' | 'ж' | 'ш' | 'ч' | 'щ'))
        {
            "и"
        } else {
            "ы"
        };
        let ins = if stem_last.is_some_and(|c| matches!(c, 'ж' | 'ш' | 'ч' | 'щ' | 'ц')) {
            "ей"
        } else {
            "ой"
        };
        build(
            w,
            1,
            [None, Some(gen), Some("е"), Some("у"), Some(ins), Some("е")],
        )
    }
}

pub(super) fn fem_surname(w: &str) -> Forms {
    build(
        w,
        1,
        [
            None,
            Some("ой"),
            Some("ой"),
            Some("у"),
            Some("ой"),
            Some("ой"),
        ],
    )
}

/// A neuter noun in -ье or -ие (Подмосковье, Поволжье, Заполярие), second declension, soft stem
/// (Зализняк's types 6a and 7a; Русская грамматика 1980, §§ 1142–1145): genitive -ья/-ия, dative
/// -ью/-ию, instrumental -ьем/-ием, prepositional -ье but -ии after и (в Подмосковье, в
/// Заполярии); the accusative of an inanimate noun is the nominative.
pub(super) fn neuter_soft(w: &str, lw: &str) -> Forms {
    let prep = if lw.ends_with("ие") {
        Some("и")
    } else {
        None
    };
    build(w, 1, [None, Some("я"), Some("ю"), None, Some("ем"), prep])
}

/// A place name that is a plural noun (Химки, Мытищи, Люберцы, Чебоксары): dative -ам,
/// instrumental -ами, prepositional -ах (hard stems and stems in к г х ж ш щ ч ц, Русская
/// грамматика 1980, § 1160: plural endings); the accusative is the nominative. The genitive plural
/// is irregular (a fleeting vowel, a zero ending or -ов: Химок, Люберец, Челнов) and is given only
/// for the commonest type, -ки → -ок (Химки → Химок, Горки → Горок).
pub(super) fn plural_place(w: &str, lw: &str) -> Forms {
    let mut f = build(
        w,
        1,
        [None, None, Some("ам"), None, Some("ами"), Some("ах")],
    );
    if lw.ends_with("ки") && char_count(lw) >= 4 {
        let stem = drop_chars(w, 2);
        let tail = if all_caps(w) { "ОК" } else { "ок" };
        f[1] = format!("{stem}{tail}");
    }
    f
}

pub(super) fn neuter(w: &str) -> Forms {
    build(
        w,
        1,
        [None, Some("а"), Some("у"), None, Some("ом"), Some("е")],
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Adj {
    MascHard,
    MascSoft,
    FemHard,
    FemSoft,
}

pub(super) fn adjective(w: &str, lw: &str, kind: Adj, animate: bool) -> Forms {
    let stem_last = last_char(drop_chars(lw, 2));
    match kind {
        Adj::MascHard => {
            let ins = if stem_last
                .is_some_and(|c| matches!(c, 'г' | 'к' | 'х' | 'ж' | 'ш' | 'ч' | 'щ'))
            {
                "им"
            } else {
                "ым"
            };
            let acc = if animate { Some("ого") } else { None };
            build(
                w,
                2,
                [None, Some("ого"), Some("ому"), acc, Some(ins), Some("ом")],
            )
        }
        Adj::MascSoft => {
            let acc = if animate { Some("его") } else { None };
            build(
                w,
                2,
                [None, Some("его"), Some("ему"), acc, Some("им"), Some("ем")],
            )
        }
        Adj::FemHard => {
            let e = if stem_last.is_some_and(|c| matches!(c, 'ч' | 'щ')) {
                "ей"
            } else {
                "ой"
            };
            build(w, 2, [None, Some(e), Some(e), Some("ую"), Some(e), Some(e)])
        }
        Adj::FemSoft => build(
            w,
            2,
            [
                None,
                Some("ей"),
                Some("ей"),
                Some("юю"),
                Some("ей"),
                Some("ей"),
            ],
        ),
    }
}
