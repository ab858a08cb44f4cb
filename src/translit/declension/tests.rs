//! The vectors of tests/data/translit/declension.tsv (both directions, and words that must not
//! yield a stem) and the runner for tests/data/translit/press.tsv.

use super::*;

fn data(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/translit")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn kind(code: &str) -> Kind {
    match code {
        "man" => Kind::MAN,
        "woman" => Kind::WOMAN,
        "ea-man" => Kind::EAST_ASIAN_MAN,
        "ea-woman" => Kind::EAST_ASIAN_WOMAN,
        "place" => Kind::Place,
        other => panic!("unknown kind {other}"),
    }
}

/// Runs the press.tsv vectors of one function (`function<TAB>input<TAB>expected`).
pub(crate) fn run_press_vectors(function: &str, f: impl Fn(&str) -> String) {
    let text = data("press.tsv");
    let mut n = 0;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "press.tsv:{}: malformed {line:?}", i + 1);
        if cols[0] != function {
            continue;
        }
        assert_eq!(
            f(cols[1]),
            cols[2],
            "press.tsv:{}: {function}({})",
            i + 1,
            cols[1]
        );
        n += 1;
    }
    assert!(n > 0, "no vectors for {function}");
}

#[test]
fn declension_vectors() {
    let text = data("declension.tsv");
    let mut per_lang = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let at = format!("declension.tsv:{}", i + 1);
        match cols.as_slice() {
            ["forms", lang, k, base, form] => {
                let got = forms(lang, base, kind(k));
                assert!(
                    got.iter().any(|f| f == form),
                    "{at}: {lang} {base} ({k}) lacks {form:?}; has {got:?}"
                );
                assert!(is_form(lang, form, base, kind(k)), "{at}: is_form");
                *per_lang.entry(lang.to_string()).or_insert(0) += 1;
            }
            ["!forms", lang, k, base, form] => {
                let got = forms(lang, base, kind(k));
                assert!(
                    !got.iter().any(|f| f == form),
                    "{at}: {lang} {base} ({k}) must not give {form:?}"
                );
            }
            ["stems", lang, word, stem] => {
                let got = stems(lang, word);
                assert!(
                    got.iter().any(|s| s == stem),
                    "{at}: {lang} {word} lacks stem {stem:?}; has {got:?}"
                );
                *per_lang.entry(lang.to_string()).or_insert(0) += 1;
            }
            ["!stems", lang, word, stem] => {
                let got = stems(lang, word);
                assert!(
                    !got.iter().any(|s| s == stem),
                    "{at}: {lang} {word} must not give stem {stem:?}; has {got:?}"
                );
            }
            _ => panic!("{at}: malformed {line:?}"),
        }
    }
    for l in langs() {
        let n = per_lang.get(*l).copied().unwrap_or(0);
        assert!(n >= 20, "{l}: only {n} vectors");
    }
}

/// Both directions agree: every form of a base gives that base back among its stems.
#[test]
fn every_form_leads_back_to_its_base() {
    let bases = [
        ("Sobianin", Kind::MAN),
        ("Keqiang", Kind::MAN),
        ("Moskwa", Kind::Place),
        ("Ťia-pao", Kind::MAN),
        ("Sergej", Kind::MAN),
        ("Jekaterina", Kind::WOMAN),
        ("Chabarovsk", Kind::Place),
        ("Kemerovo", Kind::Place),
        ("Szobjanyin", Kind::MAN),
        ("Kovács", Kind::MAN),
        ("Mao", Kind::EAST_ASIAN_MAN),
        ("Verdi", Kind::MAN),
    ];
    for l in langs() {
        for (base, k) in bases {
            for form in forms(l, base, k) {
                assert!(
                    stems(l, &form).iter().any(|s| s == base),
                    "{l}: {form} does not lead back to {base}: {:?}",
                    stems(l, &form)
                );
            }
        }
    }
}

#[test]
fn stems_are_bounded_and_never_panic() {
    let words = [
        "",
        "a",
        "-",
        "'",
        "A'",
        "ą",
        "Ę-ę",
        "SOBIANINIE",
        "x'yz'",
        "Kováccsal-nal",
        "ün",
        "--a",
        "ééééééé",
    ];
    for l in langs() {
        for w in words {
            assert!(stems(l, w).len() <= MAX_STEMS);
            let _ = forms(l, w, Kind::MAN);
            let _ = forms(l, w, Kind::Place);
        }
    }
    assert!(forms("xx", "Sobianin", Kind::MAN).is_empty());
    assert!(stems("xx", "Sobianina").is_empty());
}

#[test]
fn upper_case_names_keep_upper_case_endings() {
    assert!(forms("pl", "SOBIANIN", Kind::MAN).contains(&"SOBIANINA".to_string()));
    assert!(stems("pl", "SOBIANINIE").contains(&"SOBIANIN".to_string()));
}
