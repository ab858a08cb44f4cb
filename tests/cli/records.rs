//! `canonym normalize --jsonl-field`: record streams for indexing pipelines. The field is
//! normalised in place, matches are added, key order and record order are kept, and malformed
//! lines pass through with a warning (or stop the run with `--strict`).

use crate::util::{keys, n, s, Sandbox};
use serde_json::Value;

const GOOD: &str = r#"{"z":1,"body":{"text":"KIM JONG-UN in Pyong-yang","a":2},"y":[3]}"#;

#[test]
fn field_is_normalised_and_matches_added_in_key_order() {
    let t = Sandbox::new();
    let out = t
        .canonym(["normalize", "--jsonl-field", "body.text"])
        .stdin(format!("{GOOD}\n"))
        .run();
    out.code(0);
    assert!(out.stderr.is_empty(), "{}", out.err());
    let text = out.out();
    assert!(text.ends_with('\n') && text.lines().count() == 1, "{text}");
    let rec: Value = serde_json::from_str(text.trim_end()).expect("JSON");
    assert_eq!(keys(&rec), ["z", "body", "y", "canonym_matches"]);
    assert_eq!(keys(&rec["body"]), ["text", "a"]);
    // Independently of the JSON library's map: the raw key order.
    let pos = |k: &str| text.find(&format!("\"{k}\"")).unwrap_or(usize::MAX);
    assert!(pos("z") < pos("body") && pos("body") < pos("y") && pos("y") < pos("canonym_matches"));
    assert_eq!(s(&rec["body"], "text"), "Kim Jong Un in Pyongyang");
    assert_eq!(rec["z"], 1);
    assert_eq!(rec["y"], serde_json::json!([3]));
    let ms = rec["canonym_matches"].as_array().expect("matches array");
    let original = "KIM JONG-UN in Pyong-yang";
    let got: Vec<(&str, &str, &str)> = ms
        .iter()
        .map(|m| (s(m, "text"), s(m, "id"), s(m, "canonical")))
        .collect();
    assert_eq!(
        got,
        [
            ("KIM JONG-UN", "kim-jong-un", "Kim Jong Un"),
            ("Pyong-yang", "pyongyang", "Pyongyang")
        ]
    );
    for m in ms {
        assert_eq!(&original[n(m, "start")..n(m, "end")], s(m, "text"), "{m}");
        assert!(m["match"].is_string(), "{m}");
    }
}

#[test]
fn matches_field_can_be_renamed() {
    let t = Sandbox::new();
    let out = t
        .canonym([
            "normalize",
            "--jsonl-field",
            "body.text",
            "--matches-field",
            "hits",
        ])
        .stdin(format!("{GOOD}\n"))
        .run();
    out.code(0);
    let rec = &out.json_lines()[0];
    assert_eq!(keys(rec), ["z", "body", "y", "hits"]);
    assert_eq!(rec["hits"].as_array().map(Vec::len), Some(2));
}

#[test]
fn top_level_field_and_multibyte_offsets() {
    let t = Sandbox::new();
    let field = "Привет 😀 김정은이 met Владимир Путин";
    let line = serde_json::json!({ "id": 7, "t": field }).to_string();
    let out = t
        .canonym(["normalize", "--jsonl-field", "t"])
        .stdin(format!("{line}\n"))
        .run();
    out.code(0);
    let rec = &out.json_lines()[0];
    assert_eq!(s(rec, "t"), "Привет 😀 Kim Jong Un이 met Vladimir Putin");
    let ms = rec["canonym_matches"].as_array().expect("matches");
    assert_eq!(ms.len(), 2);
    for m in ms {
        let span = field
            .get(n(m, "start")..n(m, "end"))
            .unwrap_or_else(|| panic!("bad span {m}"));
        assert_eq!(span, s(m, "text"));
    }
}

#[test]
fn record_without_names_gets_an_empty_list() {
    let t = Sandbox::new();
    let out = t
        .canonym(["normalize", "--jsonl-field", "t"])
        .stdin("{\"t\":\"nothing here\"}\n")
        .run();
    out.code(0);
    let rec = &out.json_lines()[0];
    assert_eq!(s(rec, "t"), "nothing here");
    assert_eq!(rec["canonym_matches"], serde_json::json!([]));
}

const MIXED: &str = concat!(
    r#"{"body":{"text":"Pyong-yang"}}"#,
    "\n",
    "not json\n",
    "[1,2]\n",
    r#"{"body":{"text":5}}"#,
    "\n",
    r#"{"body":{}}"#,
    "\n",
    r#"{"body":"flat"}"#,
    "\n",
    "\n",
    r#"{"body":{"text":"SEOUL"}}"#,
    "\n",
);

#[test]
fn malformed_lines_pass_through_with_a_warning_each() {
    let t = Sandbox::new();
    t.write("in.jsonl", MIXED);
    let out = t
        .canonym(["normalize", "--jsonl-field", "body.text", "in.jsonl"])
        .run();
    out.code(0);
    let text = out.out();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let input: Vec<&str> = MIXED.split_inclusive('\n').collect();
    assert_eq!(lines.len(), input.len(), "{text}");
    // Lines 2-6 (1-based) are malformed and come out unchanged; the blank line too.
    for i in [1, 2, 3, 4, 5, 6] {
        assert_eq!(lines[i], input[i], "line {}", i + 1);
    }
    assert!(lines[0].contains("\"Pyongyang\""), "{}", lines[0]);
    assert!(lines[7].contains("\"Seoul\""), "{}", lines[7]);
    let err = out.err();
    for line in 2..=6 {
        assert!(
            err.lines().any(|l| l.contains(&format!(":{line}:"))),
            "no warning naming line {line}:\n{err}"
        );
    }
    assert_eq!(
        err.lines().count(),
        5,
        "one warning per malformed line:\n{err}"
    );
    assert!(!err.contains("line 7") && !err.contains(":7:"), "{err}");
}

#[test]
fn strict_stops_at_the_first_malformed_line() {
    let t = Sandbox::new();
    t.write("in.jsonl", MIXED);
    let out = t
        .canonym([
            "normalize",
            "--jsonl-field",
            "body.text",
            "--strict",
            "in.jsonl",
        ])
        .run();
    out.code(2);
    let line = out.one_error_line();
    assert!(line.contains(":2:") || line.contains("line 2"), "{line}");
    assert!(!out.out().contains("Seoul"), "went past the bad line");
}

#[test]
fn strict_on_clean_input_is_fine() {
    let t = Sandbox::new();
    let out = t
        .canonym(["normalize", "--jsonl-field", "body.text", "--strict"])
        .stdin(format!("{GOOD}\n{GOOD}\n"))
        .run();
    out.code(0);
    assert_eq!(out.json_lines().len(), 2);
}

#[test]
fn strict_and_matches_field_need_jsonl_field() {
    let t = Sandbox::new();
    t.canonym(["normalize", "--strict"]).run().code(2);
    t.canonym(["normalize", "--matches-field", "x"])
        .run()
        .code(2);
}

#[test]
fn last_line_without_newline_stays_without() {
    let t = Sandbox::new();
    let out = t
        .canonym(["normalize", "--jsonl-field", "t"])
        .stdin("{\"t\":\"SEOUL\"}\n{\"t\":\"MOSCOW\"}")
        .run();
    out.code(0);
    let text = out.out();
    assert_eq!(text.matches('\n').count(), 1, "{text:?}");
    assert!(text.ends_with('}'), "{text:?}");
    assert!(text.contains("\"Moscow\""), "{text}");
}

#[test]
fn many_records_keep_input_order_whatever_the_threads() {
    let t = Sandbox::new();
    let mut input = String::new();
    for i in 0..12_000 {
        let text = match i % 3 {
            0 => format!("{i} KIM JONG-UN"),
            1 => format!("{i} Xi Jin Ping in Bei-jing"),
            _ => format!("{i} none"),
        };
        input.push_str(&serde_json::json!({ "i": i, "t": text }).to_string());
        input.push('\n');
        if i == 5000 {
            input.push_str("broken\n");
        }
    }
    t.write("in.jsonl", &input);
    let one = t
        .canonym(["normalize", "--jsonl-field", "t", "-j", "1", "in.jsonl"])
        .run();
    let four = t
        .canonym(["normalize", "--jsonl-field", "t", "-j", "4", "in.jsonl"])
        .run();
    one.code(0);
    four.code(0);
    assert!(one.stdout == four.stdout, "-j 1 and -j 4 differ");
    assert!(four.err().contains(":5002:"), "{}", four.err());
    let text = four.out();
    let mut expect = 0;
    for line in text.lines() {
        if line == "broken" {
            assert_eq!(expect, 5001);
            continue;
        }
        let rec: Value = serde_json::from_str(line).expect("JSON record");
        assert_eq!(rec["i"], expect, "out of order");
        let t = s(&rec, "t");
        match expect % 3 {
            0 => assert_eq!(t, format!("{expect} Kim Jong Un")),
            1 => assert_eq!(t, format!("{expect} Xi Jinping in Beijing")),
            _ => assert_eq!(t, format!("{expect} none")),
        }
        expect += 1;
    }
    assert_eq!(expect, 12_000);
}

#[test]
fn each_record_is_its_own_document() {
    let t = Sandbox::new();
    let out = t
        .canonym(["normalize", "--jsonl-field", "t"])
        .stdin("{\"t\":\"Kim Jong Un spoke.\"}\n{\"t\":\"Mr Kim left.\"}\n")
        .run();
    out.code(0);
    let recs = out.json_lines();
    let second = &recs[1]["canonym_matches"][0];
    assert_eq!(s(second, "text"), "Kim");
    assert_eq!(s(second, "match"), "ambiguous", "{second}");
}
