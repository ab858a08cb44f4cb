//! The parade news story (`samples/parade.txt` of the shared folder) with the bundled glossaries: house
//! style text comes out byte for byte, every name is found with the right id, respelled names come
//! back to the original, and the matching rules (whole words, possessives, short forms) hold.

use crate::util::{assert_spans, n, s, shared, Sandbox, MANIFEST_DIR};
use serde_json::Value;
use std::path::PathBuf;

/// The sample (the test fails when the shared folder is missing).
fn parade() -> String {
    let path = shared("samples/parade.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn jsonl(t: &Sandbox, text: &str) -> Vec<Value> {
    t.write("in.txt", text);
    let out = t
        .canonym(["normalize", "--format", "jsonl", "in.txt"])
        .run();
    out.code(0);
    let ms = out.json_lines();
    assert_spans(text, &ms);
    ms
}

#[test]
fn parade_is_already_house_style() {
    let text = parade();
    let t = Sandbox::new();
    t.write("parade.txt", &text);
    let out = t.canonym(["normalize", "parade.txt"]).run();
    out.code(0);
    assert!(
        out.stdout == text.as_bytes(),
        "output differs from the input"
    );
}

#[test]
fn parade_checks_clean() {
    let text = parade();
    let t = Sandbox::new();
    t.write("parade.txt", &text);
    let check = t.canonym(["check", "parade.txt"]).run();
    check.code(0);
    assert!(check.stdout.is_empty(), "{}", check.out());
}

#[test]
fn parade_names_are_found_with_their_ids() {
    let text = parade();
    let t = Sandbox::new();
    let ms = jsonl(&t, &text);
    let has = |found: &str, id: &str| {
        ms.iter()
            .any(|m| s(m, "text") == found && m["id"].as_str() == Some(id))
    };
    for (found, id) in [
        ("Kim Jong Un", "kim-jong-un"),
        ("Pyongyang", "pyongyang"),
        ("Vladimir Putin", "vladimir-putin"),
        ("Liu Guozhong", "liu-guozhong"),
        ("Xi Jinping", "xi-jinping"),
        ("Vladivostok", "vladivostok"),
        ("Seoul", "seoul"),
        ("Kim Il Sung Square", "kim-il-sung-square"),
        ("Moscow", "moscow"),
        ("Beijing", "beijing"),
        ("Washington", "washington"),
        ("KCNA", "kcna"),
    ] {
        assert!(has(found, id), "{found} ({id}) not found");
    }
    // The square is the place, not the person it is named after.
    let square = text.find("Kim Il Sung Square").expect("in the sample");
    for m in &ms {
        let (a, b) = (n(m, "start"), n(m, "end"));
        if a < square + "Kim Il Sung Square".len() && square < b {
            assert_eq!(s(m, "id"), "kim-il-sung-square", "{m}");
            assert_eq!(a, square);
        }
    }
    assert!(
        !ms.iter().any(|m| m["id"].as_str() == Some("kim-il-sung")),
        "Kim Il Sung (the person) matched"
    );
    // Every "Mr Kim" comes after the first full mention: all resolve.
    for m in ms.iter().filter(|m| s(m, "text") == "Kim") {
        assert_eq!(s(m, "match"), "short", "{m}");
        assert_eq!(s(m, "id"), "kim-jong-un", "{m}");
    }
}

/// Respell the sample; each respelling must actually occur.
fn respell(text: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (from, to) in pairs {
        assert!(out.contains(from), "{from} not in the sample");
        out = out.replace(from, to);
    }
    out
}

const RESPELLINGS: &[(&str, &str)] = &[
    ("Kim Jong Un", "KIM JONG-UN"),
    ("Liu Guozhong", "Liu Guo-zhong"),
    ("Xi Jinping", "Xi Jin Ping"),
    ("Kim Il Sung Square", "Kim Il Sung square"),
    ("Pyongyang", "Pyong-yang"),
    ("Vladimir Putin", "VLADIMIR PUTIN"),
    ("Vladivostok", "Vladi-vostok"),
    ("Seoul", "SEOUL"),
    ("Moscow", "MOSCOW"),
    ("Beijing", "Bei-jing"),
    ("Washington", "WASHINGTON"),
];

#[test]
fn respelled_parade_normalises_back_byte_for_byte() {
    let text = parade();
    let t = Sandbox::new();
    let respelled = respell(&text, RESPELLINGS);
    assert_ne!(respelled, text);
    t.write("respelled.txt", &respelled);
    let out = t.canonym(["normalize", "respelled.txt"]).run();
    out.code(0);
    let got = out.out();
    if got != text {
        let first = got
            .lines()
            .zip(text.lines())
            .find(|(a, b)| a != b)
            .map(|(a, b)| format!("got:  {a}\nwant: {b}"));
        panic!("not normalised back: {first:?}");
    }
}

#[test]
fn respelled_parade_fixes_back_byte_for_byte() {
    let text = parade();
    let t = Sandbox::new();
    t.write("respelled.txt", respell(&text, RESPELLINGS));
    let check = t.canonym(["check", "--fix", "respelled.txt"]).run();
    check.code(1);
    assert!(t.read("respelled.txt") == text.as_bytes(), "--fix differs");
}

#[test]
fn respelled_parade_with_crlf_keeps_crlf() {
    let text = parade();
    let t = Sandbox::new();
    let crlf = text.replace('\n', "\r\n");
    let respelled = respell(&crlf, RESPELLINGS);
    t.write("crlf.txt", &respelled);
    let out = t.canonym(["normalize", "crlf.txt"]).run();
    out.code(0);
    assert!(out.stdout == crlf.as_bytes(), "CRLF text not restored");
}

#[test]
fn word_boundaries_are_respected() {
    let t = Sandbox::new();
    let text = "Kimberly read about Putinism and Seoulful Moscowite Pyongyangers.";
    let ms = jsonl(&t, text);
    assert!(ms.is_empty(), "matched inside words: {ms:?}");
}

#[test]
fn possessive_is_not_part_of_the_match() {
    let t = Sandbox::new();
    let text = "It was Kim Jong Un’s effort and Vladimir Putin's war and KCNA’s report.";
    let ms = jsonl(&t, text);
    let found: Vec<&str> = ms.iter().map(|m| s(m, "text")).collect();
    assert_eq!(found, ["Kim Jong Un", "Vladimir Putin", "KCNA"]);
    assert_eq!(&text[n(&ms[0], "end")..n(&ms[0], "end") + 3], "’");
    let out = t.canonym(["normalize"]).stdin("KIM JONG-UN’s effort").run();
    out.code(0);
    assert_eq!(out.out(), "Kim Jong Un’s effort");
}

#[test]
fn short_form_is_ambiguous_until_a_full_mention() {
    let t = Sandbox::new();
    let text = "Mr Kim arrived. Then Kim Jong Un spoke, and Mr Kim left.";
    let ms = jsonl(&t, text);
    let kims: Vec<&Value> = ms.iter().filter(|m| s(m, "text") == "Kim").collect();
    assert_eq!(kims.len(), 2, "{ms:?}");
    assert_eq!(n(kims[0], "start"), 3);
    assert_eq!(s(kims[0], "match"), "ambiguous");
    assert!(kims[0]["id"].is_null(), "{}", kims[0]);
    assert_eq!(s(kims[1], "match"), "short");
    assert_eq!(s(kims[1], "id"), "kim-jong-un");
    // Left alone in the text either way.
    let out = t.canonym(["normalize"]).stdin(text).run();
    out.code(0);
    assert_eq!(out.out(), text);
}

#[test]
fn short_form_case_is_normalised_after_a_full_mention() {
    let t = Sandbox::new();
    let out = t
        .canonym(["normalize"])
        .stdin("Mr KIM came. Kim Jong Un spoke; Mr KIM left.")
        .run();
    out.code(0);
    assert_eq!(out.out(), "Mr KIM came. Kim Jong Un spoke; Mr Kim left.");
}

/// The parade with its names in other romanisation systems and in the European press.
const OTHER_SYSTEMS: &[(&str, &str)] = &[
    ("Kim Il Sung Square", "Kim Il-sŏng Square"),
    ("Kim Jong Un", "Kim Chŏng-ŭn"),
    ("Pyongyang", "Phyongyang"),
    ("Vladimir Putin", "Vladimir Poutine"),
    ("Liu Guozhong", "Liu Guo-zhong"),
    ("Xi Jinping", "Hsi Chin-p'ing"),
    ("Vladivostok", "Władywostok"),
    ("Moscow", "Moskau"),
    ("Beijing", "Pékin"),
];

#[test]
fn parade_in_other_systems_normalises_back_byte_for_byte() {
    let text = parade();
    let t = Sandbox::new();
    t.write("other.txt", respell(&text, OTHER_SYSTEMS));
    let out = t.canonym(["normalize", "other.txt"]).run();
    out.code(0);
    let got = out.out();
    let first = got.lines().zip(text.lines()).find(|(a, b)| a != b);
    assert!(got == text, "not normalised back: {first:?}");
}

/// Every spelling the cross-romanisation issue names, against a glossary of canonical and native
/// forms only (tests/data/devset/glossary.toml): the expected entry, or nothing for the negatives.
#[test]
fn named_spellings_resolve_on_a_native_only_glossary() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Kim Jong-un", Some("kim-jong-un")),
        ("Kim Chŏng-ŭn", Some("kim-jong-un")),
        ("김정은", Some("kim-jong-un")),
        ("Wladimir Putin", Some("vladimir-putin")),
        ("Hsi Chin-p'ing", Some("xi-jinping")),
        ("Leonid Breschnew", Some("leonid-brezhnev")),
        ("Léonid Brejnev", Some("leonid-brezhnev")),
        ("Leonid Breżniew", Some("leonid-brezhnev")),
        ("Chiang Tse-min", Some("jiang-zemin")),
        ("Lin Piao", Some("lin-biao")),
        ("Chŏn Tu-hwan", Some("chun-doo-hwan")),
        ("Jeon Du-hwan", Some("chun-doo-hwan")),
        ("No T'ae-u", Some("roh-tae-woo")),
        ("Geun-hye Park", Some("park-geun-hye")),
        ("Keqiang Li", Some("li-keqiang")),
        ("Sergey Viktorovich Lavrov", Some("sergey-lavrov")),
        ("S. V. Lavrov", Some("sergey-lavrov")),
        ("Путина", None),
        ("Vladimir Vysotsky", None),
        ("Kim Yong Chol", None),
        ("Wang Yang", Some("wang-yang")),
        ("Wang Yi", Some("wang-yi")),
        ("Li Peng", Some("li-peng")),
        ("Li Qiang", Some("li-qiang")),
        ("Kim Young-sam", Some("kim-young-sam")),
        ("Kim Yong-nam", Some("kim-yong-nam")),
        ("Hu Jintao", Some("hu-jintao")),
        ("Hu Chunhua", Some("hu-chunhua")),
        ("Sergei Ivanov", Some("sergei-ivanov")),
        ("Sergei Ivanenko", Some("sergei-ivanenko")),
    ];
    let g = PathBuf::from(MANIFEST_DIR).join("tests/data/devset/glossary.toml");
    let t = Sandbox::new();
    let mut args = vec![
        "-g".to_string(),
        g.display().to_string(),
        "lookup".into(),
        "--json".into(),
    ];
    args.extend(cases.iter().map(|(q, _)| q.to_string()));
    let out = t.canonym(args).run();
    for ((q, want), v) in cases.iter().zip(out.json_lines()) {
        let got = v["matches"]
            .as_array()
            .and_then(|m| m.iter().find(|m| m["match"] != "fuzzy"))
            .map(|m| m["id"].clone());
        assert_eq!(got.as_ref().and_then(|g| g.as_str()), *want, "{q}: {v}");
    }
    // Misspellings are suggestions (match "fuzzy"), never resolutions. ("Mao Zedung" is not one:
    // "dung" is the Lessing–Othmer spelling of dong, so it resolves as another romanisation.)
    let out = t
        .canonym([
            "-g",
            &g.display().to_string(),
            "lookup",
            "--json",
            "Dmitri Medvedv",
            "Khabarovks",
            "Shanghia",
        ])
        .run();
    out.code(1);
    for (v, id) in out
        .json_lines()
        .iter()
        .zip(["dmitry-medvedev", "khabarovsk", "shanghai"])
    {
        assert_eq!(v["matches"][0]["match"], "fuzzy", "{v}");
        assert_eq!(v["matches"][0]["id"], id, "{v}");
    }
}
