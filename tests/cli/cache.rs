//! The compiled-index cache and generation switches, through the binary: a cached index gives the
//! same answers, a changed glossary is never answered from a stale cache, and generated spellings
//! can be switched off globally and per entry.

use crate::util::Sandbox;

const GLOSSARY: &str = "[[entry]]\ncanonical = \"Kim Jong Un\"\nlang = \"ko\"\nkind = \"person\"\nnative = \"김정은\"\n";

fn idx_files(t: &Sandbox) -> Vec<String> {
    t.listing("cache")
        .into_iter()
        .filter(|f| f.ends_with(".idx"))
        .collect()
}

#[test]
fn cached_index_answers_like_a_fresh_one_and_follows_glossary_changes() {
    let t = Sandbox::new();
    t.mkdir("cache");
    t.write("g.toml", GLOSSARY);
    let args = [
        "-g",
        "g.toml",
        "--cache-dir",
        "cache",
        "lookup",
        "--json",
        "Kim Chŏng-ŭn",
    ];
    let first = t.canonym(args).run();
    first.code(0);
    assert_eq!(idx_files(&t).len(), 1, "the first run writes the index");
    let second = t.canonym(args).run();
    second.code(0);
    assert_eq!(first.out(), second.out(), "a cached index answers the same");
    let fresh = t
        .canonym([
            "-g",
            "g.toml",
            "--no-cache",
            "lookup",
            "--json",
            "Kim Chŏng-ŭn",
        ])
        .run();
    assert_eq!(first.out(), fresh.out());

    // The glossary changes: the old index must not answer.
    t.write("g.toml", GLOSSARY.replace("Kim Jong Un", "Kim Jong-un"));
    let changed = t.canonym(args).run();
    changed.code(0);
    assert_eq!(
        changed.json_lines()[0]["matches"][0]["canonical"],
        "Kim Jong-un"
    );
    assert_eq!(idx_files(&t).len(), 2, "a new index beside the old one");
}

#[test]
fn no_cache_writes_nothing() {
    let t = Sandbox::new();
    t.mkdir("cache");
    t.write("g.toml", GLOSSARY);
    t.canonym([
        "-g",
        "g.toml",
        "--cache-dir",
        "cache",
        "--no-cache",
        "lookup",
        "Kim Jong Un",
    ])
    .run()
    .code(0);
    assert!(idx_files(&t).is_empty());
}

#[test]
fn explain_names_the_scheme_that_matched() {
    let t = Sandbox::new();
    t.write("g.toml", GLOSSARY);
    let out = t
        .canonym([
            "-g",
            "g.toml",
            "--no-cache",
            "lookup",
            "--json",
            "--explain",
            "Kim Chŏng-ŭn",
        ])
        .run();
    out.code(0);
    let m = &out.json_lines()[0]["matches"][0];
    assert_eq!(m["match"], "translit");
    assert_eq!(m["rule"], "generated (mr)", "{m}");
    assert_eq!(m["spelling"], "Kim Chŏng-ŭn");
}

#[test]
fn generation_can_be_switched_off_globally_and_per_entry() {
    // "Ким Чен Ын" (the Russian press form) can only come from generation: romanisation keys
    // cover Latin spellings, and stay on.
    let t = Sandbox::new();
    t.write("g.toml", GLOSSARY);
    t.canonym(["-g", "g.toml", "--no-cache", "lookup", "Ким Чен Ын"])
        .run()
        .code(0);
    t.canonym([
        "-g",
        "g.toml",
        "--no-cache",
        "--no-generate",
        "lookup",
        "Ким Чен Ын",
    ])
    .run()
    .code(1);
    t.write("off.toml", format!("{GLOSSARY}generate = false\n"));
    t.canonym(["-g", "off.toml", "--no-cache", "lookup", "Ким Чен Ын"])
        .run()
        .code(1);
    t.write(
        "file-off.toml",
        format!("[glossary]\ngenerate = false\n\n{GLOSSARY}"),
    );
    t.canonym(["-g", "file-off.toml", "--no-cache", "lookup", "Ким Чен Ын"])
        .run()
        .code(1);
    // The listed spellings still match, folded, and so do keys of Latin spellings.
    t.canonym([
        "-g",
        "off.toml",
        "--no-cache",
        "lookup",
        "KIM JONG-UN",
        "김정은",
        "Kim Chŏng-ŭn",
    ])
    .run()
    .code(0);
}
