//! `canonym normalize`: text and JSON Lines output, byte offsets into multibyte input, files,
//! directories (sorted, .gitignore honoured), stdin, and identical output whatever the thread count.

use crate::util::{assert_spans, n, s, Sandbox};
use serde_json::Value;

#[test]
fn stdin_text_is_normalised() {
    let t = Sandbox::new();
    let out = t
        .canonym(["normalize"])
        .stdin("KIM JONG-UN visited Pyong-yang with Xi Jin Ping.\n")
        .run();
    out.code(0);
    assert_eq!(
        out.out(),
        "Kim Jong Un visited Pyongyang with Xi Jinping.\n"
    );
}

#[test]
fn text_without_names_is_byte_identical() {
    let t = Sandbox::new();
    // Odd whitespace, no final newline, mixed scripts, lowercase words that look like names.
    let input = "  the kim of it\t\tputin' \u{00a0}Привет, 世界!\r\n\n\nno newline at the end";
    let out = t.canonym(["normalize"]).stdin(input).run();
    out.code(0);
    assert_eq!(out.stdout, input.as_bytes());
}

#[test]
fn jsonl_from_stdin_has_every_field_and_stdin_path() {
    let t = Sandbox::new();
    let input = "Kim Jong-un met VLADIMIR PUTIN.";
    let out = t
        .canonym(["normalize", "--format", "jsonl"])
        .stdin(input)
        .run();
    out.code(0);
    let ms = out.json_lines();
    assert_eq!(ms.len(), 2, "{}", out.out());
    for m in &ms {
        assert_eq!(
            crate::util::keys(m),
            ["path", "start", "end", "text", "id", "canonical", "match"],
            "{m}"
        );
        assert_eq!(s(m, "path"), "<stdin>");
    }
    assert_spans(input, &ms);
    assert_eq!((n(&ms[0], "start"), n(&ms[0], "end")), (0, 11));
    assert_eq!(s(&ms[0], "id"), "kim-jong-un");
    assert_eq!(s(&ms[0], "canonical"), "Kim Jong Un");
    assert_eq!(s(&ms[1], "text"), "VLADIMIR PUTIN");
    assert_eq!(s(&ms[1], "id"), "vladimir-putin");
}

#[test]
fn jsonl_offsets_are_bytes_of_multibyte_input() {
    let t = Sandbox::new();
    let input =
        "Привет! 김정은이 평양에서 Владимир Путин встретил 习近平 и Kim Jong-un 😀 в Seoul.\n";
    t.write("m.txt", input);
    let out = t.canonym(["normalize", "--format", "jsonl", "m.txt"]).run();
    out.code(0);
    let ms = out.json_lines();
    assert_spans(input, &ms);
    let got: Vec<(&str, &str)> = ms.iter().map(|m| (s(m, "text"), s(m, "id"))).collect();
    assert_eq!(
        got,
        [
            ("김정은", "kim-jong-un"),
            ("평양", "pyongyang"),
            ("Владимир Путин", "vladimir-putin"),
            ("习近平", "xi-jinping"),
            ("Kim Jong-un", "kim-jong-un"),
            ("Seoul", "seoul"),
        ]
    );
    for m in &ms {
        assert_eq!(s(m, "path"), "m.txt");
    }
}

#[test]
fn native_forms_are_replaced_and_particles_kept() {
    let t = Sandbox::new();
    let out = t.canonym(["normalize"]).stdin("김정은이 평양에서").run();
    out.code(0);
    assert_eq!(out.out(), "Kim Jong Un이 Pyongyang에서");
}

#[test]
fn crlf_line_endings_are_preserved() {
    let t = Sandbox::new();
    t.write("crlf.txt", "KIM JONG-UN\r\nwent to\r\nPyong-yang.\r\n");
    let out = t.canonym(["normalize", "crlf.txt"]).run();
    out.code(0);
    assert_eq!(out.stdout, b"Kim Jong Un\r\nwent to\r\nPyongyang.\r\n");
}

#[test]
fn files_are_output_in_argument_order() {
    let t = Sandbox::new();
    t.write("a.txt", "Pyong-yang a\n");
    t.write("b.txt", "KIM JONG-UN b\n");
    let out = t.canonym(["normalize", "b.txt", "a.txt"]).run();
    out.code(0);
    assert_eq!(out.out(), "Kim Jong Un b\nPyongyang a\n");
}

fn tree(t: &Sandbox) {
    t.write("d/b.txt", "KIM JONG-UN b\n");
    t.write("d/a.txt", "Pyong-yang a\n");
    t.write("d/sub/c.txt", "Xi Jin Ping c\n");
    t.write("d/ignored.txt", "SEOUL ignored\n");
    t.write("d/build/out.txt", "MOSCOW ignored too\n");
    t.write("d/.gitignore", "ignored.txt\nbuild/\n");
}

#[test]
fn directories_are_walked_sorted_honouring_gitignore_in_a_repo() {
    let t = Sandbox::new();
    tree(&t);
    t.mkdir("d/.git");
    let out = t.canonym(["normalize", "d"]).run();
    out.code(0);
    assert_eq!(out.out(), "Pyongyang a\nKim Jong Un b\nXi Jinping c\n");
    let json = t.canonym(["normalize", "--format", "jsonl", "d"]).run();
    json.code(0);
    let paths: Vec<String> = json
        .json_lines()
        .iter()
        .map(|m| s(m, "path").to_string())
        .collect();
    assert_eq!(paths, ["d/a.txt", "d/b.txt", "d/sub/c.txt"]);
}

#[test]
fn directories_honour_gitignore_outside_a_repo() {
    let t = Sandbox::new();
    tree(&t);
    let out = t.canonym(["normalize", "d"]).run();
    out.code(0);
    assert_eq!(out.out(), "Pyongyang a\nKim Jong Un b\nXi Jinping c\n");
}

/// Forty files with names in several scripts and short forms.
fn many_files(t: &Sandbox) -> String {
    let mut expected = String::new();
    for i in 0..40 {
        let body = match i % 4 {
            0 => format!("{i}: KIM JONG-UN met Mr Kim.\n"),
            1 => format!("{i}: 평양에서 Xi Jin Ping.\n"),
            2 => format!("{i}: Владимир Путин, Vladi-vostok.\n"),
            _ => format!("{i}: nothing to see\n"),
        };
        t.write(&format!("many/f{i:02}.txt"), &body);
        expected.push_str(&match i % 4 {
            0 => format!("{i}: Kim Jong Un met Mr Kim.\n"),
            1 => format!("{i}: Pyongyang에서 Xi Jinping.\n"),
            2 => format!("{i}: Vladimir Putin, Vladivostok.\n"),
            _ => format!("{i}: nothing to see\n"),
        });
    }
    expected
}

#[test]
fn many_files_same_output_with_one_or_four_threads() {
    let t = Sandbox::new();
    let expected = many_files(&t);
    let one = t.canonym(["normalize", "-j", "1", "many"]).run();
    let four = t.canonym(["normalize", "-j", "4", "many"]).run();
    one.code(0);
    four.code(0);
    assert_eq!(one.out(), expected);
    assert_eq!(four.stdout, one.stdout);

    let one = t
        .canonym(["normalize", "--format", "jsonl", "-j", "1", "many"])
        .run();
    let four = t
        .canonym(["normalize", "--format", "jsonl", "-j", "4", "many"])
        .run();
    one.code(0);
    four.code(0);
    assert_eq!(four.stdout, one.stdout);
    let ms = one.json_lines();
    // 10 files × 2 (name + short form) + 10 × 2 + 10 × 2 matches.
    assert_eq!(ms.len(), 60, "{}", one.out());
    let mut paths: Vec<&str> = ms.iter().map(|m| s(m, "path")).collect();
    let sorted = {
        let mut p = paths.clone();
        p.sort();
        p
    };
    assert_eq!(paths, sorted, "files in sorted order");
    paths.dedup();
    assert_eq!(paths.len(), 30);
}

#[test]
fn each_file_is_its_own_document_for_short_forms() {
    let t = Sandbox::new();
    t.write("a.txt", "Kim Jong Un arrived.\n");
    t.write("b.txt", "Mr Kim left.\n");
    for j in ["1", "4"] {
        let out = t
            .canonym(["normalize", "--format", "jsonl", "-j", j, "a.txt", "b.txt"])
            .run();
        out.code(0);
        let ms = out.json_lines();
        let b: Vec<&Value> = ms.iter().filter(|m| s(m, "path") == "b.txt").collect();
        assert_eq!(b.len(), 1, "{}", out.out());
        assert_eq!(s(b[0], "match"), "ambiguous", "-j {j}: {}", b[0]);
    }
}

/// A document of several megabytes (several pieces for the streaming reader) with short forms
/// far from their full mention.
fn long_document() -> (String, String) {
    let para_in = "Mr Kim met Vladimir Putin in Pyong-yang; 김정은이 said «hello» to 习近平. Then Mr Putin left for Vladi-vostok, 😀 and KIM JONG-UN’s aides stayed.\n";
    let para_out = "Mr Kim met Vladimir Putin in Pyongyang; Kim Jong Un이 said «hello» to Xi Jinping. Then Mr Putin left for Vladivostok, 😀 and Kim Jong Un’s aides stayed.\n";
    let head_in = "Kim Jong Un opened the meeting.\n";
    let count = 3_000_000 / para_in.len();
    let mut input = String::from(head_in);
    let mut output = String::from(head_in);
    for _ in 0..count {
        input.push_str(para_in);
        output.push_str(para_out);
    }
    (input, output)
}

#[test]
fn long_document_same_output_whatever_the_threads() {
    let t = Sandbox::new();
    let (input, expected) = long_document();
    t.write("long.txt", &input);
    let one = t.canonym(["normalize", "-j", "1", "long.txt"]).run();
    one.code(0);
    assert!(one.stdout == expected.as_bytes(), "-j 1 output differs");
    let four = t.canonym(["normalize", "-j", "4", "long.txt"]).run();
    four.code(0);
    assert!(four.stdout == expected.as_bytes(), "-j 4 output differs");

    let one = t
        .canonym(["normalize", "--format", "jsonl", "-j", "1", "long.txt"])
        .run();
    let four = t
        .canonym(["normalize", "--format", "jsonl", "-j", "4", "long.txt"])
        .run();
    one.code(0);
    four.code(0);
    assert!(
        four.stdout == one.stdout,
        "jsonl differs between -j 1 and -j 4"
    );
    let ms = one.json_lines();
    assert_spans(&input, &ms);
    // Short forms far beyond the first megabyte still resolve to the entry mentioned at the top.
    let last_kim = ms
        .iter()
        .rev()
        .find(|m| s(m, "text") == "Kim")
        .expect("a short form");
    assert!(n(last_kim, "start") > 2_000_000);
    assert_eq!(s(last_kim, "match"), "short");
    assert_eq!(s(last_kim, "id"), "kim-jong-un");
}

/// An em dash sets off a clause: no name runs across it, and the name after it is found whole.
#[test]
fn no_name_across_an_em_dash() {
    let t = Sandbox::new();
    let out = t
        .canonym(["normalize", "--format", "jsonl"])
        .stdin("The site at Punggye — Li Qiang said nothing.\n")
        .run();
    out.code(0);
    let ms = out.json_lines();
    assert_spans("The site at Punggye — Li Qiang said nothing.\n", &ms);
    assert!(ms.iter().all(|m| !s(m, "text").contains('—')), "{ms:?}");
    assert!(
        ms.iter()
            .any(|m| s(m, "text") == "Li Qiang" && s(m, "id") == "li-qiang"),
        "{ms:?}"
    );
}

#[test]
fn stdin_dash_reads_stdin() {
    let t = Sandbox::new();
    t.write("a.txt", "Pyong-yang\n");
    let out = t
        .canonym(["normalize", "a.txt", "-"])
        .stdin("SEOUL\n")
        .run();
    out.code(0);
    assert_eq!(out.out(), "Pyongyang\nSeoul\n");
}

#[test]
fn user_glossary_variant_is_replaced() {
    let t = Sandbox::new();
    t.write(
        "g.toml",
        "[[entry]]\nid = \"spb\"\ncanonical = \"Saint Petersburg\"\nvariants = [\"Sankt-Peterburg\", \"Leningrad\"]\n",
    );
    let out = t
        .canonym(["-g", "g.toml", "normalize"])
        .stdin("From SANKT PETERBURG to Leningrad, not Kim Jong-un.\n")
        .run();
    out.code(0);
    // Only the user glossary is loaded: the bundled names are left alone.
    assert_eq!(
        out.out(),
        "From Saint Petersburg to Saint Petersburg, not Kim Jong-un.\n"
    );
}

#[test]
fn listed_variant_with_punctuation_is_found_by_lookup_and_linted() {
    let t = Sandbox::new();
    t.write(
        "g.toml",
        "[[entry]]\nid = \"spb\"\ncanonical = \"Saint Petersburg\"\nvariants = [\"St. Petersburg\"]\n",
    );
    let look = t
        .canonym(["-g", "g.toml", "lookup", "St. Petersburg"])
        .run();
    look.code(0);
    // In running text punctuation ends a name, so lint says how to write the spelling instead.
    let lint = t.canonym(["glossary", "lint", "g.toml"]).run();
    lint.code(0);
    assert!(
        lint.err().contains("punctuation") && lint.err().contains("g.toml:4:"),
        "{}",
        lint.err()
    );
    let out = t
        .canonym(["-g", "g.toml", "normalize"])
        .stdin("I went to St Petersburg today.\n")
        .run();
    out.code(0);
    assert_eq!(out.out(), "I went to Saint Petersburg today.\n");
}

/// The benchmark generator's data (a few thousand names, a few MB): `normalize` gives the same
/// bytes on one thread, on several, from stdin (streamed in pieces) and as the library's
/// whole-text result.
#[test]
fn generated_data_same_output_threaded_streamed_and_whole() {
    let gen = crate::util::shared("bench/gen_corpus.py");
    let t = Sandbox::new();
    let status = std::process::Command::new("python3")
        .arg(&gen)
        .args(["--entries", "3000", "--megabytes", "4", "--out"])
        .arg(t.path())
        .stdout(std::process::Stdio::null())
        .status();
    assert!(
        status.is_ok_and(|s| s.success()),
        "python3 cannot run {}",
        gen.display()
    );
    let text = String::from_utf8(t.read("corpus.txt")).expect("corpus is UTF-8");
    let glossary =
        canonym::Glossary::load(&[t.join("glossary.toml")]).expect("generated glossary loads");
    let matcher = canonym::Matcher::new(glossary, &canonym::MatcherOptions::default());
    let whole = matcher.apply(&text, &matcher.find(&text), false);
    assert_ne!(whole, text, "the corpus has spellings to normalise");
    for threads in ["1", "2", "4"] {
        let out = t
            .canonym([
                "-g",
                "glossary.toml",
                "--no-cache",
                "normalize",
                "-j",
                threads,
                "corpus.txt",
            ])
            .run();
        out.code(0);
        assert!(
            out.stdout == whole.as_bytes(),
            "-j {threads} differs from the whole-text result"
        );
    }
    let out = t
        .canonym(["-g", "glossary.toml", "--no-cache", "normalize"])
        .stdin(text.as_bytes())
        .run();
    out.code(0);
    assert!(
        out.stdout == whole.as_bytes(),
        "stdin (streamed) differs from the whole-text result"
    );
}

/// Name parts of the bundled glossaries (every word of every spelling) mixed at random with
/// filler and every kind of gap: a text where romanisation keys meet words in every order.
fn name_salad(bytes: usize) -> String {
    let glossary = canonym::Glossary::bundled().expect("bundled glossaries load");
    let mut words: Vec<String> = Vec::new();
    for e in glossary.entries() {
        for spelling in std::iter::once(&e.canonical)
            .chain(&e.variants)
            .chain(&e.native)
            .chain(&e.short)
        {
            words.extend(spelling.split([' ', '-']).map(str::to_string));
        }
    }
    words.extend(["the", "met", "Saturday", "and", "Mr", "in"].map(str::to_string));
    let gaps = [" ", " ", " ", "-", ", ", ". ", "\n", "\n\n", "  "];
    // A linear congruential generator (Knuth's MMIX constants): the same text every run.
    let mut state = 1u64;
    let mut pick = move |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % n as u64) as usize
    };
    let mut text = String::with_capacity(bytes + 64);
    while text.len() < bytes {
        text.push_str(&words[pick(words.len())]);
        text.push_str(gaps[pick(gaps.len())]);
    }
    text
}

/// Romanisation keys are cached per worker; what a worker met before must not change a match.
#[test]
fn name_salad_same_matches_whatever_the_threads() {
    let t = Sandbox::new();
    let text = name_salad(6_000_000);
    t.write("salad.txt", &text);
    let jsonl = |threads: &str| {
        let out = t
            .canonym(["normalize", "--format", "jsonl", "-j", threads, "salad.txt"])
            .run();
        out.code(0);
        out.stdout
    };
    let one = jsonl("1");
    assert!(one.len() > 1_000_000, "the salad has names");
    assert!(jsonl("2") == one, "jsonl differs between -j 1 and -j 2");
    assert!(jsonl("4") == one, "jsonl differs between -j 1 and -j 4");
}
