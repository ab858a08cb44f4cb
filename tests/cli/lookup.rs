//! `canonym lookup`: the JSON shape scripts rely on, resolution of variant spellings, the exit
//! codes (0 all resolved, 1 one not, 2 error) and robustness on odd queries.

use crate::util::{keys, s, Sandbox};
use serde_json::Value;

const KINDS: [&str; 4] = ["exact", "variant", "translit", "fuzzy"];

fn matches(v: &Value) -> &Vec<Value> {
    v["matches"]
        .as_array()
        .unwrap_or_else(|| panic!("`matches` is not an array: {v}"))
}

/// Every match of every line is well formed: fields, allowed `match` values, scores in [0, 1],
/// best first.
#[track_caller]
fn assert_well_formed(lines: &[Value]) {
    for line in lines {
        assert_eq!(keys(line), ["query", "matches"], "{line}");
        let mut last = f64::INFINITY;
        for m in matches(line) {
            assert_eq!(
                keys(m),
                ["id", "canonical", "kind", "lang", "match", "score"],
                "{m}"
            );
            assert!(KINDS.contains(&s(m, "match")), "bad match kind: {m}");
            let score = m["score"].as_f64().expect("score is a number");
            assert!((0.0..=1.0).contains(&score), "score out of range: {m}");
            assert!(score <= last, "not best first: {line}");
            last = score;
        }
    }
}

#[test]
fn json_exact_match_has_every_field() {
    let t = Sandbox::new();
    let out = t.canonym(["lookup", "--json", "Kim Jong Un"]).run();
    out.code(0);
    let lines = out.json_lines();
    assert_eq!(lines.len(), 1);
    assert_well_formed(&lines);
    let l = &lines[0];
    assert_eq!(s(l, "query"), "Kim Jong Un");
    let m = &matches(l)[0];
    assert_eq!(s(m, "id"), "kim-jong-un");
    assert_eq!(s(m, "canonical"), "Kim Jong Un");
    assert_eq!(s(m, "kind"), "person");
    assert_eq!(s(m, "lang"), "ko");
    assert_eq!(s(m, "match"), "exact");
    assert_eq!(m["score"].as_f64(), Some(1.0));
}

#[test]
fn json_one_line_per_query_in_query_order() {
    let t = Sandbox::new();
    let qs = ["Seoul", "Vladimir Putin", "Beijing", "Moscow"];
    let out = t.canonym(["lookup", "--json"].into_iter().chain(qs)).run();
    out.code(0);
    let lines = out.json_lines();
    assert_well_formed(&lines);
    let got: Vec<&str> = lines.iter().map(|l| s(l, "query")).collect();
    assert_eq!(got, qs);
    let ids: Vec<&str> = lines.iter().map(|l| s(&matches(l)[0], "id")).collect();
    assert_eq!(ids, ["seoul", "vladimir-putin", "beijing", "moscow"]);
}

#[test]
fn variant_spellings_resolve_to_their_entry() {
    let t = Sandbox::new();
    let cases = [
        ("KIM JONG-UN", "kim-jong-un"),
        ("Kim Jong-un", "kim-jong-un"),
        ("Pyong-yang", "pyongyang"),
        ("김정은", "kim-jong-un"),
        ("평양", "pyongyang"),
        ("Xi Jin Ping", "xi-jinping"),
        ("习近平", "xi-jinping"),
        ("Владимир Путин", "vladimir-putin"),
        ("VLADIMIR PUTIN", "vladimir-putin"),
        ("Liu Guo-zhong", "liu-guozhong"),
    ];
    let out = t
        .canonym(["lookup", "--json"].into_iter().chain(cases.map(|c| c.0)))
        .run();
    out.code(0);
    let lines = out.json_lines();
    assert_eq!(lines.len(), cases.len());
    assert_well_formed(&lines);
    for (line, (q, id)) in lines.iter().zip(cases) {
        assert_eq!(s(line, "query"), q);
        let best = &matches(line)[0];
        assert_eq!(s(best, "id"), id, "{q}: {line}");
        assert_ne!(s(best, "match"), "fuzzy", "{q}: {line}");
    }
}

#[test]
fn unknown_name_has_no_resolved_match_and_exits_1() {
    let t = Sandbox::new();
    let out = t.canonym(["lookup", "--json", "Nobody Whatsoever"]).run();
    out.code(1);
    let lines = out.json_lines();
    assert_well_formed(&lines);
    assert!(
        matches(&lines[0]).iter().all(|m| s(m, "match") == "fuzzy"),
        "{}",
        lines[0]
    );
}

#[test]
fn misspelling_is_only_a_fuzzy_suggestion_and_exits_1() {
    let t = Sandbox::new();
    let out = t.canonym(["lookup", "--json", "Vladimr Putin"]).run();
    out.code(1);
    let lines = out.json_lines();
    assert_well_formed(&lines);
    let ms = matches(&lines[0]);
    assert!(!ms.is_empty(), "a near miss should be suggested");
    assert_eq!(s(&ms[0], "id"), "vladimir-putin");
    assert!(ms.iter().all(|m| s(m, "match") == "fuzzy"), "{}", lines[0]);
    let score = ms[0]["score"].as_f64().expect("score");
    assert!(score < 1.0, "a fuzzy match cannot score 1: {score}");
}

/// A slip in every word of a name: the first word is looked for among first words one edit away.
#[test]
fn a_slip_in_every_word_is_still_suggested() {
    let t = Sandbox::new();
    for (query, id) in [
        ("Vladimr Puitn", "vladimir-putin"),
        ("Dmitri Medvedv", "dmitry-medvedev"),
        ("Kin Jong Um", "kim-jong-un"),
    ] {
        let out = t.canonym(["lookup", "--json", query]).run();
        out.code(1);
        let lines = out.json_lines();
        assert_well_formed(&lines);
        let ms = matches(&lines[0]);
        assert!(!ms.is_empty(), "{query}: a near miss should be suggested");
        assert_eq!(s(&ms[0], "id"), id, "{query}");
        assert!(ms.iter().all(|m| s(m, "match") == "fuzzy"), "{}", lines[0]);
    }
    // Too far in its short words to be a slip.
    let out = t.canonym(["lookup", "--json", "Si Jinpin"]).run();
    out.code(1);
    assert!(matches(&out.json_lines()[0]).is_empty());
}

#[test]
fn one_unresolved_query_among_several_exits_1() {
    let t = Sandbox::new();
    let out = t
        .canonym([
            "lookup",
            "--json",
            "Kim Jong Un",
            "Nobody Whatsoever",
            "Seoul",
        ])
        .run();
    out.code(1);
    let lines = out.json_lines();
    assert_eq!(
        lines.len(),
        3,
        "every query is answered even when one fails"
    );
    assert_eq!(s(&matches(&lines[2])[0], "id"), "seoul");
}

#[test]
fn text_output_names_the_entry() {
    let t = Sandbox::new();
    let out = t.canonym(["lookup", "Pyong-yang"]).run();
    out.code(0);
    let text = out.out();
    assert!(text.contains("pyongyang"), "{text}");
    assert!(text.contains("Pyongyang"), "{text}");
    let miss = t.canonym(["lookup", "Nobody Whatsoever"]).run();
    miss.code(1);
    assert!(!miss.out().contains("→"), "{}", miss.out());
}

#[test]
fn many_candidates_are_best_first() {
    let t = Sandbox::new();
    // A bare surname matches many entries; a near miss ranks several; all must be ordered.
    let out = t
        .canonym(["lookup", "--json", "Kim", "Kim Jon Il", "Xi Jimping"])
        .run();
    assert!(out.code == 0 || out.code == 1, "exit {}", out.code);
    let lines = out.json_lines();
    assert_eq!(lines.len(), 3);
    assert_well_formed(&lines);
    assert!(matches(&lines[0]).len() > 1, "{}", lines[0]);
}

#[test]
fn odd_queries_do_not_panic() {
    let t = Sandbox::new();
    let long = "Kim Jong ".repeat(2000);
    let qs = [
        "",
        "   ",
        "’",
        "😀",
        "-",
        "\u{0301}",
        "\u{200b}",
        "Ким Чен Ын",
        "ㄱ",
        "K",
        long.as_str(),
    ];
    let out = t
        .canonym(["lookup", "--json", "--"].into_iter().chain(qs))
        .run();
    out.code(1);
    assert!(!out.err().contains("panicked"), "{}", out.err());
    let lines = out.json_lines();
    assert_eq!(lines.len(), qs.len());
    assert_well_formed(&lines);
    for (line, q) in lines.iter().zip(qs) {
        assert_eq!(s(line, "query"), q);
    }
    // The empty query can match nothing, not even fuzzily.
    assert!(matches(&lines[0]).is_empty(), "{}", lines[0]);
}

#[test]
fn glossary_error_exits_2() {
    let t = Sandbox::new();
    let out = t.canonym(["-g", "missing.toml", "lookup", "Kim"]).run();
    out.code(2);
    let line = out.one_error_line();
    assert!(line.contains("missing.toml"), "{line}");
    assert!(out.stdout.is_empty());
}

#[test]
fn custom_glossary_entry_fields() {
    let t = Sandbox::new();
    t.write(
        "g.toml",
        "[glossary]\nlang = \"ru\"\n[[entry]]\nid = \"spb\"\ncanonical = \"Saint Petersburg\"\nkind = \"place\"\nvariants = [\"Sankt-Peterburg\"]\n",
    );
    let out = t
        .canonym(["-g", "g.toml", "lookup", "--json", "SANKT PETERBURG"])
        .run();
    out.code(0);
    let lines = out.json_lines();
    assert_well_formed(&lines);
    let m = &matches(&lines[0])[0];
    assert_eq!(s(m, "id"), "spb");
    assert_eq!(s(m, "canonical"), "Saint Petersburg");
    assert_eq!(s(m, "kind"), "place");
    assert_eq!(s(m, "lang"), "ru", "the file's lang is the entry's default");
    assert_eq!(s(m, "match"), "variant");
}

/// The glossary shape of real name lists (and of `gen_native.py`): one canonical romanisation and
/// a native form per entry, every other spelling generated. Near misses of generated spellings
/// (Wade–Giles, a press transcription) and of native forms are suggested, as for listed ones.
#[test]
fn near_misses_of_generated_spellings_are_suggested() {
    let t = Sandbox::new();
    t.write(
        "native.toml",
        "[glossary]\nname = \"native shape\"\n\n\
         [[entry]]\nid = \"n0\"\ncanonical = \"Yuan Binying\"\nlang = \"zh\"\nkind = \"person\"\nnative = [\"袁斌英\"]\n\n\
         [[entry]]\nid = \"n2\"\ncanonical = \"Gang Se-ho\"\nlang = \"ko\"\nkind = \"person\"\nnative = [\"강세호\"]\n\n\
         [[entry]]\nid = \"n3\"\ncanonical = \"Grigory Morozenko\"\nlang = \"ru\"\nkind = \"person\"\nnative = [\"Григорий Морозенко\"]\n",
    );
    for (query, id) in [
        ("Grigori Morosenkp", "n3"),
        ("Григорй Морозенко", "n3"),
        ("Yüan Pin-yinh", "n0"),
    ] {
        let out = t
            .canonym(["-g", "native.toml", "lookup", "--json", query])
            .run();
        out.code(1);
        let lines = out.json_lines();
        assert_well_formed(&lines);
        let ms = matches(&lines[0]);
        assert!(!ms.is_empty(), "{query}: a near miss should be suggested");
        assert_eq!(s(&ms[0], "id"), id, "{query}");
        assert!(ms.iter().all(|m| s(m, "match") == "fuzzy"), "{}", lines[0]);
    }
    // A surname far from every spelling: nothing to suggest.
    let out = t
        .canonym(["-g", "native.toml", "lookup", "--json", "Grigory Petrenko"])
        .run();
    out.code(1);
    assert!(matches(&out.json_lines()[0]).is_empty());
}
