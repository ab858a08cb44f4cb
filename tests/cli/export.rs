//! `canonym export`: each format checked against its format's rules — Solr's explicit `=>`
//! mappings with a comment naming the entry, Elasticsearch's limit of 10,000 rules per synonyms
//! set, PostgreSQL's thesaurus syntax, a Vale rule that parses as YAML — and the JSON Lines of
//! every spelling with its origin.

use crate::util::{s, Sandbox};
use std::collections::HashSet;

/// Two entries with listed variants that fold alike, a native form to generate from, a short
/// form, characters that are syntax in the formats, and a spelling that two entries claim.
const GLOSSARY: &str = r#"
[[entry]]
id = "kim-jong-un"
canonical = "Kim Jong Un"
lang = "ko"
kind = "person"
native = ["김정은"]
variants = ["Kim Jong-un", "KIM JONG-UN", "Kim Chŏng-ŭn", "Kim Chong-un"]
short = ["Kim"]

[[entry]]
id = "st-petersburg"
canonical = "Saint Petersburg"
lang = "ru"
kind = "place"
variants = ["St. Petersburg", "Sankt-Peterburg", "Leningrad (old)"]
generate = false

[[entry]]
id = "li-peng"
canonical = "Li Peng"
lang = "zh"
kind = "person"
native = ["李鹏"]
variants = ["Li P'eng"]

[[entry]]
id = "lee-pen"
canonical = "Lee Pen"
lang = "ru"
kind = "person"
native = ["Ли Пэн"]
generate = false
"#;

fn export(t: &Sandbox, args: &[&str]) -> String {
    let mut all = vec!["--no-cache", "-g", "g.toml", "export"];
    all.extend_from_slice(args);
    let out = t.canonym(all).run();
    out.code(0);
    assert!(out.stderr.is_empty(), "{}", out.err());
    out.out()
}

fn sandbox() -> Sandbox {
    let t = Sandbox::new();
    t.write("g.toml", GLOSSARY);
    t
}

#[test]
fn solr_rules_are_explicit_folded_and_named() {
    let t = sandbox();
    let out = export(&t, &["--format", "solr"]);
    let lines: Vec<&str> = out.lines().collect();
    let mut rules = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        rules += 1;
        // Never an equivalence group: every rule maps explicitly.
        assert_eq!(line.matches(" => ").count(), 1, "{line}");
        // A comment naming the entry id before each rule.
        assert!(i > 0 && lines[i - 1].starts_with("# "), "{line}");
    }
    assert_eq!(rules, 4, "{out}");
    // Folded (lowercase, ASCII folding), de-duplicated after folding; the canonical form's own
    // fold and the short form are not on the left.
    assert!(
        out.contains("# kim-jong-un\nkim jong-un, kim chong-un, 김정은 => Kim Jong Un\n"),
        "{out}"
    );
    // The comma-free parenthesis is plain text; a dot stays.
    assert!(
        out.contains(
            "# st-petersburg\nst. petersburg, sankt-peterburg, leningrad (old) => Saint Petersburg\n"
        ),
        "{out}"
    );
    // Listed spellings only: the variant and 李鹏.
    assert!(
        out.contains("# li-peng\nli p'eng, 李鹏 => Li Peng\n"),
        "{out}"
    );
    assert!(out.contains("# lee-pen\nли пэн => Lee Pen\n"), "{out}");
}

#[test]
fn generated_spellings_only_with_generated() {
    let t = sandbox();
    let listed = export(&t, &["--format", "solr"]);
    let generated = export(&t, &["--format", "solr", "--generated"]);
    // Palladius makes 李鹏 "Ли Пэн", which the other entry lists: a spelling two entries claim
    // is left out of both (a synonym filter would have to guess), and an entry left with nothing
    // to map has no rule.
    assert!(
        !generated.contains("ли пэн =>") && !generated.contains("ли пэн,"),
        "{generated}"
    );
    assert!(!generated.contains("lee-pen"), "{generated}");
    assert!(generated.contains("ли пэна"), "{generated}");
    // MR with its breves folds to the listed "kim chong-un"; RR's "Gim Jeongeun" is generated.
    assert!(!listed.contains("gim jeongeun"), "{listed}");
    assert!(generated.contains("gim jeongeun"), "{generated}");
    let rule = generated
        .lines()
        .find(|l| l.ends_with("=> Kim Jong Un"))
        .expect("a rule for Kim Jong Un");
    let lhs: Vec<&str> = rule
        .trim_end_matches(" => Kim Jong Un")
        .split(", ")
        .collect();
    let distinct: HashSet<&&str> = lhs.iter().collect();
    assert_eq!(
        distinct.len(),
        lhs.len(),
        "duplicates after folding: {rule}"
    );
    for term in lhs {
        assert_eq!(term, term.to_lowercase(), "{rule}");
        assert!(
            !term.chars().any(|c| matches!(c, 'ŏ' | 'ŭ' | 'ż' | 'é')),
            "not ASCII-folded: {term}"
        );
    }
}

#[test]
fn jsonl_shows_every_spelling_and_its_origin() {
    let t = sandbox();
    let origins = |out: &str| -> HashSet<(String, String)> {
        out.lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("JSON");
                let keys: Vec<&String> = v.as_object().expect("object").keys().collect();
                assert_eq!(keys, ["id", "canonical", "spelling", "origin"], "{l}");
                (s(&v, "spelling").to_string(), s(&v, "origin").to_string())
            })
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    let listed = origins(&export(&t, &["--format", "jsonl"]));
    assert!(listed.contains(&pair("Kim Jong Un", "canonical")));
    assert!(listed.contains(&pair("Kim Chŏng-ŭn", "listed")));
    assert!(listed.contains(&pair("김정은", "listed")));
    assert!(listed.contains(&pair("Kim", "short")));
    assert!(listed
        .iter()
        .all(|(_, o)| ["canonical", "listed", "short"].contains(&o.as_str())));
    let generated = origins(&export(&t, &["--format", "jsonl", "--generated"]));
    assert!(
        generated.contains(&pair("Gim Jeongeun", "rr")),
        "{generated:?}"
    );
    assert!(
        generated.contains(&pair("Ким Чжон Ын", "kontsevich")),
        "{generated:?}"
    );
    assert!(generated.iter().any(|(_, o)| o == "case"));
    assert!(listed.is_subset(&generated));
}

/// A glossary of `n` entries, each with one listed variant.
fn large_glossary(n: usize) -> String {
    let mut g = String::with_capacity(n * 60);
    for i in 0..n {
        g.push_str(&format!(
            "[[entry]]\nid = \"e{i}\"\ncanonical = \"Name{i} Surname\"\nvariants = [\"Name-{i} Surname\"]\n"
        ));
    }
    g
}

#[test]
fn es_synonym_sets_hold_at_most_10000_rules() {
    let t = Sandbox::new();
    t.write("g.toml", large_glossary(10_050));
    let out = export(&t, &["--format", "es-synonyms"]);
    let sets: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON request body per line"))
        .collect();
    assert_eq!(sets.len(), 2, "10,050 rules make two sets");
    let mut total = 0;
    for set in &sets {
        let obj = set.as_object().expect("a request body");
        assert_eq!(obj.keys().collect::<Vec<_>>(), ["synonyms_set"]);
        let rules = set["synonyms_set"].as_array().expect("an array of rules");
        assert!(rules.len() <= 10_000, "{} rules", rules.len());
        let ids: HashSet<&str> = rules.iter().map(|r| s(r, "id")).collect();
        assert_eq!(ids.len(), rules.len(), "rule ids are unique in a set");
        for r in rules {
            assert!(s(r, "synonyms").contains(" => "), "{r}");
        }
        total += rules.len();
    }
    assert_eq!(total, 10_050);
    assert_eq!(
        sets[1]["synonyms_set"][49],
        serde_json::json!({"id": "e10049", "synonyms": "name-10049 surname => Name10049 Surname"})
    );
}

#[test]
fn pg_thesaurus_lines_follow_the_syntax() {
    let t = sandbox();
    let out = export(&t, &["--format", "pg-thesaurus", "--generated"]);
    let mut samples = HashSet::new();
    for line in out.lines().filter(|l| !l.starts_with('#')) {
        // sample words : indexed words, both sides non-empty, no other colon, no `?` (stop
        // word placeholder) or `*` (skip the subdictionary) that would change the meaning.
        let (sample, indexed) = line.split_once(" : ").unwrap_or_else(|| panic!("{line}"));
        assert!(
            !sample.trim().is_empty() && !indexed.trim().is_empty(),
            "{line}"
        );
        assert!(
            !line.contains(['?', '*']) && line.matches(':').count() == 1,
            "{line}"
        );
        assert_eq!(line, line.to_lowercase(), "{line}");
        assert!(
            samples.insert(sample.to_string()),
            "duplicate sample {sample}"
        );
    }
    assert!(!out.contains("\nkim jong un : kim jong un\n"), "{out}");
    assert!(
        out.contains("\nst petersburg : saint petersburg\n"),
        "{out}"
    );
    assert!(
        out.contains("\nleningrad old : saint petersburg\n"),
        "{out}"
    );
    assert!(out.contains("\n김정은 : kim jong un\n"), "{out}");
    assert!(out.contains("\ngim jeongeun : kim jong un\n"), "{out}");
}

#[test]
fn vale_rule_is_yaml_with_literal_patterns() {
    let t = sandbox();
    let out = export(&t, &["--format", "vale", "--generated"]);
    let rule: serde_norway::Value = serde_norway::from_str(&out).expect("the rule parses as YAML");
    assert_eq!(rule["extends"].as_str(), Some("substitution"));
    assert_eq!(rule["ignorecase"].as_bool(), Some(true));
    assert!(rule["message"].as_str().unwrap().contains("%s"));
    let swap = rule["swap"].as_mapping().expect("swap is a mapping");
    let get = |k: &str| swap.get(k).and_then(|v| v.as_str());
    // Regular-expression characters are escaped; the house style is the value.
    assert_eq!(get(r"St\. Petersburg"), Some("Saint Petersburg"));
    assert_eq!(get(r"Leningrad \(old\)"), Some("Saint Petersburg"));
    assert_eq!(get("Li P'eng"), Some("Li Peng"));
    assert_eq!(get("Ли Пэна"), Some("Li Peng"));
    assert_eq!(get("Kim Chŏng-ŭn"), Some("Kim Jong Un"));
    assert_eq!(get("Gim Jeongeun"), Some("Kim Jong Un"));
    // One key per spelling up to case; none equal to its canonical form up to case.
    let keys: Vec<String> = swap
        .keys()
        .map(|k| k.as_str().unwrap().to_lowercase())
        .collect();
    assert_eq!(keys.len(), keys.iter().collect::<HashSet<_>>().len());
    assert!(!keys.contains(&"kim jong un".to_string()));
    assert!(
        !keys.contains(&"ли пэн".to_string()),
        "claimed by two entries"
    );
}

#[test]
fn output_goes_to_a_file_when_asked() {
    let t = sandbox();
    let out = t
        .canonym([
            "--no-cache",
            "-g",
            "g.toml",
            "export",
            "--format",
            "solr",
            "-o",
            "syn.txt",
        ])
        .run();
    out.code(0);
    assert!(out.stdout.is_empty());
    let file = String::from_utf8(t.read("syn.txt")).unwrap();
    assert_eq!(file, export(&t, &["--format", "solr"]));
}

#[test]
fn generated_contradicts_no_generate() {
    let t = sandbox();
    let out = t
        .canonym([
            "--no-generate",
            "-g",
            "g.toml",
            "export",
            "--format",
            "jsonl",
            "--generated",
        ])
        .run();
    out.code(2);
    assert!(out.one_error_line().contains("--no-generate"));
}
