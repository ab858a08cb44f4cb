//! Text that is not prose is never matched: URLs, e-mail addresses, paths and identifiers in any
//! text; code, link destinations, HTML and front matter in Markdown; tags, attributes, scripts,
//! styles, code and comments in HTML; and the lines switched off by `canonym: ignore` /
//! `canonym: off` … `canonym: on`. Each kind is checked in each markup mode, for both `normalize`
//! and `check --fix` (which must write the same bytes), from files, from stdin and in records.

use crate::util::{n, s, Sandbox};

/// `KIM JONG-UN` as prose, rewritten to the house style: shows that prose around a skipped
/// kind is still matched.
const PROSE: &str = "KIM JONG-UN";
const FIXED: &str = "Kim Jong Un";

/// Text that is prose in every mode, followed by one skipped kind per line.
fn plain_kinds() -> Vec<(&'static str, &'static str)> {
    vec![
        ("url", "See https://example.com/kim-jong-un/bio now"),
        ("url with www", "See www.kim-jong-un.org."),
        ("e-mail", "Write to kim.jong-un@example.kp today"),
        ("identifier", "The field kim_jong_un is set"),
        ("path", "Open /people/Kim-Jong-un please"),
        ("file name", "Look at KimJongUn.jpg now"),
        ("ignored line", "Kim Jong-un stays here # canonym: ignore"),
    ]
}

/// Run `normalize FILE` and `check --fix FILE` on `name` holding `text`; both must give `want`.
fn both(t: &Sandbox, name: &str, text: &str, extra: &[&str], want: &str) {
    t.write(name, text);
    let mut args = vec!["normalize"];
    args.extend(extra);
    args.push(name);
    let out = t.canonym(&args).run();
    out.code(0);
    assert_eq!(out.out(), want, "normalize {name}:\n{text}");
    let mut args = vec!["check", "--fix", "--no-fuzzy"];
    args.extend(extra);
    args.push(name);
    let out = t.canonym(&args).run();
    assert!(out.code == 0 || out.code == 1, "{}", out.err());
    assert_eq!(
        String::from_utf8(t.read(name)).unwrap(),
        want,
        "check --fix {name}:\n{text}"
    );
}

#[test]
fn plain_text_skips_urls_emails_paths_and_identifiers() {
    let t = Sandbox::new();
    for (kind, line) in plain_kinds() {
        let text = format!("{PROSE} said.\n{line}\n");
        let want = format!("{FIXED} said.\n{line}\n");
        both(&t, "a.txt", &text, &[], &want);
        // The same under an explicit --markup plain, and in Markdown and HTML, where the kind is
        // in a paragraph.
        both(&t, "a.txt", &text, &["--markup", "plain"], &want);
        both(&t, "a.md", &text, &[], &want);
        let html = format!("<p>{PROSE} said.</p>\n<p>{line}</p>\n");
        let want = format!("<p>{FIXED} said.</p>\n<p>{line}</p>\n");
        both(&t, "a.html", &html, &[], &want);
        let _ = kind;
    }
}

#[test]
fn the_three_corruptions_of_the_issue_are_gone() {
    let t = Sandbox::new();
    let text = "See https://example.com/kim-jong-un/bio\n`Kim Jong-un`\n<a href=\"/people/Kim-Jong-un\">x</a>\n";
    both(&t, "m.md", text, &[], text);
    // Under plain text the URL and the path are still skipped; only the code span is prose.
    both(
        &t,
        "m.txt",
        text,
        &[],
        &text.replace("`Kim Jong-un`", "`Kim Jong Un`"),
    );
}

#[test]
fn markdown_skips_code_links_html_and_front_matter() {
    let t = Sandbox::new();
    let kinds = [
        ("code span", "a `Kim Jong-un` b"),
        ("fenced code", "```\nKim Jong-un\n```"),
        ("tilde fence", "~~~text\nKim Jong-un\n~~~"),
        ("indented code", "    Kim Jong-un"),
        (
            "link destination",
            "[x](https://x.org/Kim-Jong-un \"Kim Jong-un\")",
        ),
        ("image destination", "![x](Kim-Jong-un \"Kim Jong-un\")"),
        ("reference definition", "[x]: https://x.org/Kim-Jong-un"),
        ("autolink", "<https://x.org/Kim-Jong-un>"),
        ("e-mail autolink", "<kim-jong-un@x.kp>"),
        ("inline html", "a <span title=\"Kim Jong-un\">b</span>"),
        (
            "html block",
            "<div title=\"Kim Jong-un\">\nKim Jong-un\n</div>",
        ),
        (
            "ignored region",
            "<!-- canonym: off -->\nKim Jong-un\n<!-- canonym: on -->",
        ),
    ];
    for (kind, block) in kinds {
        let text = format!("{PROSE} said.\n\n{block}\n\nThen {PROSE}.\n");
        let want = format!("{FIXED} said.\n\n{block}\n\nThen {FIXED}.\n");
        t.write("kind.txt", kind);
        both(&t, "d.md", &text, &[], &want);
        both(&t, "d.txt", &text, &["--markup", "markdown"], &want);
    }
    // Front matter: only at the start.
    let text = format!("---\nauthor: Kim Jong-un\n---\n\n{PROSE}\n");
    both(
        &t,
        "f.md",
        &text,
        &[],
        &format!("---\nauthor: Kim Jong-un\n---\n\n{FIXED}\n"),
    );
    // Link text, headings, emphasis, tables are prose.
    let text = format!(
        "# {PROSE}\n\n*{PROSE}* and [{PROSE}](https://x.org/a)\n\n| who |\n|---|\n| {PROSE} |\n"
    );
    both(&t, "p.md", &text, &[], &text.replace(PROSE, FIXED));
}

#[test]
fn html_skips_tags_attributes_scripts_styles_code_and_comments() {
    let t = Sandbox::new();
    let kinds = [
        (
            "attribute",
            "<a href=\"/people/Kim-Jong-un\" title=\"Kim Jong-un\">x</a>",
        ),
        ("tag name", "<Kim-Jong-un>x</Kim-Jong-un>"),
        ("script", "<script>var n = \"Kim Jong-un\";</script>"),
        ("style", "<style>/* Kim Jong-un */</style>"),
        ("code", "<code>Kim Jong-un</code>"),
        ("pre", "<pre>\nKim Jong-un\n</pre>"),
        ("comment", "<!-- Kim Jong-un -->"),
        (
            "ignored line",
            "<p>Kim Jong-un</p> <!-- canonym: ignore -->",
        ),
    ];
    for (kind, block) in kinds {
        let text = format!("<p>{PROSE} said.</p>\n{block}\n<p>Then {PROSE}.</p>\n");
        let want = format!("<p>{FIXED} said.</p>\n{block}\n<p>Then {FIXED}.</p>\n");
        t.write("kind.txt", kind);
        both(&t, "d.html", &text, &[], &want);
        both(&t, "d.txt", &text, &["--markup", "html"], &want);
    }
}

#[test]
fn html_character_references_are_understood() {
    let t = Sandbox::new();
    // A name written with references is found where it stands in the file.
    t.write("e.html", "<p>KIM&nbsp;JONG&#45;UN met.</p>\n");
    let out = t
        .canonym(["check", "--format", "json", "--no-fuzzy", "e.html"])
        .run();
    out.code(1);
    let f = &out.json_lines()[0];
    assert_eq!(s(f, "found"), "KIM&nbsp;JONG&#45;UN");
    assert_eq!((n(f, "start"), n(f, "end")), (3, 23));
    assert_eq!((n(f, "column"), n(f, "end_column")), (4, 24));
    // The rewrite changes the letters and the hyphen (a reference too); the document's own
    // no-break space stays.
    both(
        &t,
        "e.html",
        "<p>KIM&nbsp;JONG&#45;UN met.</p>\n",
        &[],
        "<p>Kim&nbsp;Jong Un met.</p>\n",
    );
    // Already the house style, with non-breaking spaces: nothing to report, nothing rewritten.
    t.write("ok.html", "<p>Kim&nbsp;Jong&nbsp;Un met.</p>\n");
    t.canonym(["check", "ok.html"]).run().code(0);
    both(
        &t,
        "ok.html",
        "<p>Kim&nbsp;Jong&nbsp;Un met.</p>\n",
        &[],
        "<p>Kim&nbsp;Jong&nbsp;Un met.</p>\n",
    );
}

/// A name spelt with references keeps them: an HTML rewrite changes only the name's letters and
/// hyphens, never the document's own white space between its words (`&nbsp;`, `&#160;`, a line
/// break), in `normalize`, `check --fix`, the replacement `check` reports and record mode.
#[test]
fn html_rewrites_keep_the_documents_separators() {
    let t = Sandbox::new();
    let cases = [
        ("Kim&nbsp;Jong&nbsp;Un", "Kim&nbsp;Jong&nbsp;Un"),
        ("Kim&#160;Jong-un", "Kim&#160;Jong Un"),
        ("KIM&#xA0;JONG&#xa0;UN", "Kim&#xA0;Jong&#xa0;Un"),
        ("KIM&nbsp;JONG-UN", "Kim&nbsp;Jong Un"),
        ("kim&nbsp;&nbsp;jong un", "Kim&nbsp;&nbsp;Jong Un"),
        ("Kim\nJong-un", "Kim\nJong Un"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Kim Chŏng&#8209;ŭn", "Kim Jong Un"),
    ];
    for (name, want) in cases {
        let text = format!("<p>{name} met <i>{name}</i>.</p>\n");
        let fixed = format!("<p>{want} met <i>{want}</i>.</p>\n");
        both(&t, "n.html", &text, &[], &fixed);
        both(&t, "n.txt", &text, &["--markup", "html"], &fixed);
        // Fixed once, nothing is left to report.
        t.write("f.html", &fixed);
        t.canonym(["check", "--no-fuzzy", "f.html"]).run().code(0);
        // What `check` reports as the replacement is what `--fix` writes over the span.
        t.write("r.html", &text);
        let out = t
            .canonym(["check", "--format", "json", "--no-fuzzy", "r.html"])
            .run();
        for f in out.json_lines() {
            assert_eq!(s(&f, "found"), name, "{text}");
            assert_eq!(s(&f, "replacement"), want, "{text}");
        }
        // Standard input named as HTML, and an HTML field of a record.
        let out = t
            .canonym(["normalize", "--stdin-filename", "x.html"])
            .stdin(&text)
            .run();
        assert_eq!(out.out(), fixed);
        let record = serde_json::json!({ "t": text }).to_string() + "\n";
        let out = t
            .canonym(["normalize", "--jsonl-field", "t", "--markup", "html"])
            .stdin(&record)
            .run();
        out.code(0);
        assert_eq!(s(&out.json_lines()[0], "t"), fixed, "{record}");
    }
    // Outside HTML a reference is no name, and plain text is rewritten as before.
    both(
        &t,
        "p.txt",
        "Kim&nbsp;Jong&nbsp;Un and KIM\u{a0}JONG-UN\n",
        &[],
        "Kim&nbsp;Jong&nbsp;Un and Kim Jong Un\n",
    );
}

/// A replacement written into HTML is HTML: `&` and `<` in it are escaped, and a document that
/// writes every space of a name as `&nbsp;` keeps that where the words of the two differ in
/// number.
#[test]
fn html_replacements_are_escaped_and_keep_a_uniform_separator() {
    let t = Sandbox::new();
    t.write(
        "g.toml",
        "[[entry]]\ncanonical = \"Marks & Spencer\"\nkind = \"organization\"\nvariants = [\"Marks and Spencer\"]\n\
         [[entry]]\ncanonical = \"Xi Jinping\"\nvariants = [\"Hsi Chin Ping\"]\n",
    );
    let text = "<p>Marks&nbsp;and&nbsp;Spencer, Hsi&nbsp;Chin&nbsp;Ping.</p>\n";
    let want = "<p>Marks&nbsp;&amp;&nbsp;Spencer, Xi&nbsp;Jinping.</p>\n";
    both(&t, "m.html", text, &["-g", "g.toml"], want);
    // In plain text, the replacement as it is.
    both(
        &t,
        "m.txt",
        "Marks and Spencer\n",
        &["-g", "g.toml"],
        "Marks & Spencer\n",
    );
}

#[test]
fn stdin_is_plain_unless_named() {
    let t = Sandbox::new();
    let text = format!("{PROSE} and `{PROSE}`\n");
    let out = t.canonym(["normalize"]).stdin(&text).run();
    assert_eq!(out.out(), format!("{FIXED} and `{FIXED}`\n"));
    let out = t
        .canonym(["normalize", "--stdin-filename", "notes/a.md"])
        .stdin(&text)
        .run();
    assert_eq!(out.out(), format!("{FIXED} and `{PROSE}`\n"));
    let out = t
        .canonym(["normalize", "--markup", "markdown", "-"])
        .stdin(&text)
        .run();
    assert_eq!(out.out(), format!("{FIXED} and `{PROSE}`\n"));
    let out = t
        .canonym(["check", "--diff", "--stdin-filename", "a.md", "-"])
        .stdin(&text)
        .run();
    out.code(1);
    assert!(!out.out().contains(&format!("`{FIXED}`")), "{}", out.out());
    // An unknown markup is a usage error.
    t.canonym(["normalize", "--markup", "rst"]).run().code(2);
}

#[test]
fn records_and_large_inputs_skip_urls_too() {
    let t = Sandbox::new();
    let input = "{\"t\": \"KIM JONG-UN at https://x.org/kim-jong-un\"}\n";
    let out = t
        .canonym(["normalize", "--jsonl-field", "t"])
        .stdin(input)
        .run();
    out.code(0);
    let rec = &out.json_lines()[0];
    assert_eq!(s(rec, "t"), "Kim Jong Un at https://x.org/kim-jong-un");
    // A large plain input read in pieces: no URL is cut in two and matched in its halves, and
    // a region switched off stays off across pieces.
    let mut text = String::new();
    for i in 0..40_000 {
        text.push_str(&format!("KIM JONG-UN at https://x.org/kim-jong-un/{i}. "));
        if i % 7 == 0 {
            text.push('\n');
        }
    }
    text.push_str("\ncanonym: off\n");
    text.push_str(&"KIM JONG-UN was here.\n".repeat(100_000));
    text.push_str("canonym: on\nKIM JONG-UN\n");
    t.write("big.txt", &text);
    let out = t.canonym(["normalize", "-j", "2", "big.txt"]).run();
    out.code(0);
    let got = out.out();
    assert_eq!(got.matches("kim-jong-un").count(), 40_000);
    assert_eq!(got.matches(FIXED).count(), 40_001);
    assert_eq!(got.matches("KIM JONG-UN was here.").count(), 100_000);
}
