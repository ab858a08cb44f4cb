//! Ukrainian and Belarusian names through the real binary, with the bundled glossaries: `lookup`
//! finds an entry from every spelling family (the national systems, BGN/PCGN 1965, the press
//! transcriptions of German, French, Polish and Spanish, the Russian form and what is spelt from
//! it, Ukrainian and Russian case forms), and `normalize` rewrites them in English, German, Polish,
//! Russian and Ukrainian text; `translit --lang uk|be` and its errors.

use crate::util::{s, Sandbox};

/// The id `lookup --json` resolves `query` to (the best match), or "" for none.
fn best(t: &Sandbox, query: &str) -> String {
    let r = t.canonym(["lookup", "--json", query]).run();
    let v = r.json_lines();
    v.first()
        .and_then(|l| l["matches"].as_array())
        .and_then(|m| m.first())
        .map(|m| s(m, "id").to_string())
        .unwrap_or_default()
}

#[test]
fn lookup_finds_every_spelling_family() {
    let t = Sandbox::new();
    for (query, id) in [
        // National system, BGN/PCGN 1965, passport-like and press forms.
        ("Dmytro Kuleba", "dmytro-kuleba"),
        ("Dmitro Kuleba", "dmytro-kuleba"),
        ("Oleksii Reznikov", "oleksii-reznikov"),
        ("Oleksiy Reznikov", "oleksii-reznikov"),
        ("Oleksij Resnikow", "oleksii-reznikov"),
        ("Ołeksij Reznikow", "oleksii-reznikov"),
        ("Oleksiï Reznikov", "oleksii-reznikov"),
        ("Arsenij Jazenjuk", "arseniy-yatsenyuk"),
        ("Arsenii Yatseniuk", "arseniy-yatsenyuk"),
        // Through the Russian form.
        ("Dmitry Kuleba", "dmytro-kuleba"),
        ("Alexei Reznikov", "oleksii-reznikov"),
        ("Алексей Резников", "oleksii-reznikov"),
        ("Арсений Яценюк", "arseniy-yatsenyuk"),
        ("Kharkov", "kharkiv"),
        ("Charkow", "kharkiv"),
        ("Lvov", "lviv"),
        // Case forms, Ukrainian and Russian.
        ("Дмитра Кулеби", "dmytro-kuleba"),
        ("Олексієм Резніковим", "oleksii-reznikov"),
        ("Харкові", "kharkiv"),
        ("Харькове", "kharkiv"),
        // Belarusian: national, Łacinka, BGN/PCGN, and the Russian form.
        ("Sviatlana Cichanoŭskaja", "sviatlana-tsikhanouskaya"),
        ("Svetlana Tikhanovskaya", "sviatlana-tsikhanouskaya"),
        ("Uladzimir Makiej", "vladimir-makei"),
        ("Vladimir Makei", "vladimir-makei"),
        ("Homyel’", "gomel"),
        ("Mahilioŭ", "mogilev"),
        ("Mogiljow", "mogilev"),
    ] {
        assert_eq!(best(&t, query), id, "{query}");
    }
}

#[test]
fn normalize_in_running_text_of_five_languages() {
    let t = Sandbox::new();
    let r = t
        .canonym(["normalize"])
        .stdin(concat!(
            "Foreign minister Dmitry Kuleba met Arseniy Yatseniuk in Kharkov.\n",
            "Der Außenminister Dmytro Kuleba traf Arsenij Jazenjuk in Charkiw.\n",
            "Minister Dmytro Kułeba spotkał się z Arsenijem w Charkowie.\n",
            "Министр Дмитрий Кулеба встретился с Арсением Яценюком в Харькове.\n",
            "Міністр Дмитро Кулеба зустрівся з Арсенієм Яценюком у Харкові.\n",
        ))
        .run();
    r.code(0);
    let out = r.out();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "Foreign minister Dmytro Kuleba met Arseniy Yatsenyuk in Kharkiv."
    );
    assert_eq!(
        lines[1],
        "Der Außenminister Dmytro Kuleba traf Arseniy Yatsenyuk in Kharkiv."
    );
    assert!(lines[2].contains("Dmytro Kuleba"), "{}", lines[2]);
    assert!(lines[3].contains("Dmytro Kuleba"), "{}", lines[3]);
    assert!(lines[3].contains("Arseniy Yatsenyuk"), "{}", lines[3]);
    assert!(lines[3].ends_with("Kharkiv."), "{}", lines[3]);
    assert!(lines[4].contains("Dmytro Kuleba"), "{}", lines[4]);
    assert!(lines[4].contains("Arseniy Yatsenyuk"), "{}", lines[4]);
    assert!(lines[4].ends_with("Kharkiv."), "{}", lines[4]);
}

/// A generated spelling that folds like an earlier one but splits into words elsewhere is a
/// spelling of its own: `Lvov` (the Russian form's romanisation) beside `L'vov`, the Polish and
/// Czech `Łuck`, `Luck` beside the scholarly `Luc'k` (a soft sign's apostrophe splits the word),
/// `Hongkong` beside `Hong Kong`. Each was dropped as a duplicate of the other and missed in
/// running text, where the whole word is longer than the other spelling's first part.
#[test]
fn normalize_spellings_that_fold_alike_but_split_elsewhere() {
    let t = Sandbox::new();
    let r = t
        .canonym(["normalize", "--format", "jsonl"])
        .stdin(concat!(
            "The old maps of Galicia say Lvov.\n",
            "Spotkanie odbyło się w mieście Łuck na Wołyniu.\n",
            "Setkání se konalo ve městě Luck.\n",
            "Die Delegation flog weiter nach Hongkong.\n",
        ))
        .run();
    r.code(0);
    let found: Vec<(String, String)> = r
        .json_lines()
        .iter()
        .map(|m| (s(m, "text").to_string(), s(m, "id").to_string()))
        .collect();
    for (text, id) in [
        ("Lvov", "lviv"),
        ("Łuck", "lutsk"),
        ("Hongkong", "hong-kong"),
    ] {
        assert!(
            found.contains(&(text.to_string(), id.to_string())),
            "{text} as {id}: {found:?}"
        );
    }
    // The Czech `Luck` would meet only the Polish form `Łuck` without its Ł (no Czech form is
    // generated): a foreign press form matches only with its diacritics, so that English `Luck`
    // is no city (tests/cli/precision.rs).
    assert!(!found.iter().any(|(t, _)| t == "Luck"), "{found:?}");
}

#[test]
fn translit_ukrainian_and_belarusian() {
    let t = Sandbox::new();
    let r = t
        .canonym(["translit", "--lang", "uk", "--name", "Олексій Резніков"])
        .run();
    r.code(0);
    assert_eq!(r.out(), "Oleksii Reznikov\n");
    let r = t
        .canonym(["translit", "--lang", "uk", "--scheme", "pl", "--name"])
        .stdin("Олексій Резніков\nЛьвів\n")
        .run();
    r.code(0);
    assert_eq!(r.out(), "Ołeksij Reznikow\nLwiw\n");
    let r = t
        .canonym([
            "translit",
            "--lang",
            "be",
            "--scheme",
            "lacinka",
            "Вялікае Княства Літоўскае",
        ])
        .run();
    r.code(0);
    assert_eq!(r.out(), "Vialikaje Kniastva Litoŭskaje\n");
    let r = t.canonym(["translit", "--list"]).run();
    r.code(0);
    for line in [
        "uk\tnational\t2010",
        "uk\tde\t",
        "be\tlacinka\t",
        "be\tbgn-pcgn\t1979",
    ] {
        assert!(r.out().contains(line), "{line}");
    }
    let r = t
        .canonym(["translit", "--lang", "uk", "--scheme", "lacinka", "Київ"])
        .run();
    r.code(2);
    assert!(
        r.err().contains("unknown scheme `lacinka` for uk"),
        "{}",
        r.err()
    );
}

#[test]
fn ukrainian_names_in_hangul_and_katakana_by_their_ukrainian_sound() {
    // Korea and Japan write Ukrainian names by the Ukrainian sound since 2022 (체르니히우,
    // ミコライウ), besides the older forms through Russian (체르니고프, ニコラエフ).
    let t = Sandbox::new();
    t.write(
        "g.toml",
        r#"
[[entry]]
id = "chernihiv"
canonical = "Chernihiv"
lang = "uk"
kind = "place"
native = ["Чернігів"]

[[entry]]
id = "mykolaiv"
canonical = "Mykolaiv"
lang = "uk"
kind = "place"
native = ["Миколаїв"]
"#,
    );
    let out = t
        .canonym(["-g", "g.toml", "normalize"])
        .stdin("체르니히우와 미콜라이우에서, 체르니고프. チェルニヒウとミコライウ、ニコラエフ。\n")
        .run();
    assert_eq!(
        out.code(0).out(),
        "Chernihiv와 Mykolaiv에서, Chernihiv. ChernihivとMykolaiv、Mykolaiv。\n"
    );
}
