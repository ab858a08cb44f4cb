//! The running-text evaluation set (tests/data/textset): short excerpts of news, encyclopedia and
//! magazine prose in several languages, every mention of a glossary name marked inline as
//! `[[shown text|entry-id|class]]` (negatives as `[[text|none|negative]]`). The markup is stripped,
//! each excerpt is written to a file of its own (a file is a document, so short forms never
//! resolve across excerpts), the real binary runs `normalize --format jsonl` over them, and recall
//! is printed per class and per language, with the precision of every match the binary reported
//! (`cargo test --test cli textset -- --nocapture`). See tests/data/textset/README.md.
//!
//! Scoring: a mention is found when a match with its id covers exactly its span; a match may also
//! take in one title word before the name (`Mr Sobyanin`) or punctuation around it, never letters
//! after it (`이재명대통령` is not a match for `이재명`). A negative is violated when any resolved
//! match overlaps it. A resolved match that finds no mention (wrong id, wrong span, no mention
//! there at all) counts against precision. Matches reported as ambiguous (no id) are left alone
//! by `normalize` and count neither way.
//!
//! Floors are asserted for the classes whose features have landed (`FLOORS`), and for the
//! precision: each a little under what the binary reaches, so that a regression fails the test.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use crate::util::{assert_spans, n, Sandbox, MANIFEST_DIR};

/// The classes a mention may have, in report order.
const CLASSES: &[&str] = &[
    "canonical",
    "other-romanisation",
    "press",
    "native",
    "native-inflected",
    "cross-script",
    "latin-inflected",
    "ko-glued",
    "implied-short",
    "ukrainian",
    "line-break",
    "negative",
];

/// One marked mention of an excerpt: its byte span in the plain text, the entry it names (`None`
/// for a negative) and its class.
#[derive(Debug, Clone, PartialEq)]
struct Mention {
    start: usize,
    end: usize,
    id: Option<String>,
    class: String,
}

/// One excerpt: where it comes from, its language (the file name up to the first `-` or `.`),
/// its plain text and its mentions.
#[derive(Debug)]
struct Excerpt {
    name: String,
    lang: String,
    text: String,
    mentions: Vec<Mention>,
}

/// A match reported by `normalize --format jsonl`: `id` is `None` for an ambiguous one.
#[derive(Debug, Clone)]
struct Match {
    start: usize,
    end: usize,
    id: Option<String>,
}

/// Strip the markup of one excerpt: the plain text and its mentions. `line` is the 1-based line of
/// the excerpt's first line in its file, for the error message.
fn parse_excerpt(src: &str, file: &str, line: usize) -> Result<(String, Vec<Mention>), String> {
    let mut text = String::with_capacity(src.len());
    let mut mentions = Vec::new();
    let mut rest = src;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let at = line + src[..src.len() - rest.len() + open].matches('\n').count();
        let body = &rest[open + 2..];
        let close = body
            .find("]]")
            .ok_or_else(|| format!("{file}:{at}: `[[` without `]]`"))?;
        let inner = &body[..close];
        let mut parts = inner.rsplitn(3, '|');
        let (class, id, shown) = match (parts.next(), parts.next(), parts.next()) {
            (Some(c), Some(i), Some(s)) => (c, i, s),
            _ => {
                return Err(format!(
                    "{file}:{at}: `[[{inner}]]` is not `[[text|id|class]]`"
                ))
            }
        };
        if shown.is_empty() || shown.contains("[[") {
            return Err(format!("{file}:{at}: `[[{inner}]]` has no text or nests"));
        }
        if !CLASSES.contains(&class) {
            return Err(format!(
                "{file}:{at}: unknown class `{class}` in `[[{inner}]]`"
            ));
        }
        if (id == "none") != (class == "negative") {
            return Err(format!(
                "{file}:{at}: `[[{inner}]]`: the id is `none` exactly when the class is `negative`"
            ));
        }
        let start = text.len();
        text.push_str(shown);
        mentions.push(Mention {
            start,
            end: text.len(),
            id: (id != "none").then(|| id.to_string()),
            class: class.to_string(),
        });
        rest = &body[close + 2..];
    }
    text.push_str(rest);
    if text.contains("]]") {
        return Err(format!("{file}:{line}: `]]` without `[[` in the excerpt"));
    }
    Ok((text, mentions))
}

/// Split a file into excerpts at blank lines and parse each.
fn parse_file(src: &str, file: &str) -> Result<Vec<Excerpt>, String> {
    let lang = file
        .split(['-', '.'])
        .next()
        .unwrap_or_default()
        .to_string();
    let stem = file.strip_suffix(".txt").unwrap_or(file);
    let mut out = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let mut first_line = 1;
    for (i, l) in src.lines().chain(std::iter::once("")).enumerate() {
        if l.trim().is_empty() {
            if !block.is_empty() {
                let (text, mentions) = parse_excerpt(&block.join("\n"), file, first_line)?;
                out.push(Excerpt {
                    name: format!("{stem}-{:03}.txt", out.len() + 1),
                    lang: lang.clone(),
                    text,
                    mentions,
                });
                block.clear();
            }
            first_line = i + 2;
        } else {
            block.push(l);
        }
    }
    Ok(out)
}

/// Every excerpt of the `*.txt` files of `dir`, in file-name order, named `{prefix}/{stem}-NNN.txt`
/// (the path it is written to in the sandbox, and its `path` in the output).
fn load_dir(dir: &Path, prefix: &str) -> Vec<Excerpt> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for p in files {
        let name = p.file_name().expect("file name").to_string_lossy();
        let src = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        for mut ex in parse_file(&src, &name).unwrap_or_else(|e| panic!("{e}")) {
            ex.name = format!("{prefix}/{}", ex.name);
            out.push(ex);
        }
    }
    out
}

/// Does `m` cover mention `x` of `text`: its whole span, plus at most one title word and a space
/// before it, or punctuation and spaces around it?
fn covers(m: &Match, x: &Mention, text: &str) -> bool {
    if m.start > x.start || m.end < x.end {
        return false;
    }
    let (Some(left), Some(right)) = (text.get(m.start..x.start), text.get(x.end..m.end)) else {
        return false;
    };
    let plain = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
    let title = |s: &str| {
        s.ends_with(' ') && !s.trim_end().is_empty() && !s.trim_end().contains(char::is_whitespace)
    };
    (plain(left) || title(left)) && plain(right)
}

/// Counts of one row of the report.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Tally {
    /// Mentions (for negatives: negatives).
    total: usize,
    /// Found (for negatives: left alone).
    good: usize,
}

/// The score of a set of excerpts against the matches reported for each.
#[derive(Debug, Default)]
struct Score {
    per_class: BTreeMap<String, Tally>,
    per_lang: BTreeMap<String, Tally>,
    negatives_per_lang: BTreeMap<String, Tally>,
    /// Resolved matches that found a mention.
    correct: usize,
    /// Resolved matches that did not (wrong id, wrong span, a negative, nothing marked there).
    wrong: usize,
    /// The misses per class (up to 400 each), for the report.
    misses: BTreeMap<String, Vec<String>>,
    /// The resolved matches that found no mention (up to 200), for the report.
    stray: Vec<String>,
}

impl Score {
    /// Score one excerpt with the matches reported for it.
    fn add(&mut self, ex: &Excerpt, matches: &[Match]) {
        let resolved: Vec<&Match> = matches.iter().filter(|m| m.id.is_some()).collect();
        let mut used = vec![false; resolved.len()];
        for x in &ex.mentions {
            let shown = &ex.text[x.start..x.end];
            let row = self.per_class.entry(x.class.clone()).or_default();
            row.total += 1;
            let ok = if x.id.is_none() {
                !resolved.iter().any(|m| m.start < x.end && x.start < m.end)
            } else {
                let hit = resolved
                    .iter()
                    .position(|m| m.id == x.id && covers(m, x, &ex.text));
                if let Some(i) = hit {
                    used[i] = true;
                }
                hit.is_some()
            };
            row.good += ok as usize;
            let lang = if x.id.is_none() {
                &mut self.negatives_per_lang
            } else {
                &mut self.per_lang
            };
            let l = lang.entry(ex.lang.clone()).or_default();
            l.total += 1;
            l.good += ok as usize;
            if !ok {
                let got: Vec<String> = resolved
                    .iter()
                    .filter(|m| m.start < x.end && x.start < m.end)
                    .map(|m| {
                        format!(
                            "{:?} as {}",
                            &ex.text[m.start..m.end],
                            m.id.as_deref().unwrap_or("?")
                        )
                    })
                    .collect();
                let list = self.misses.entry(x.class.clone()).or_default();
                if list.len() < 400 {
                    list.push(format!(
                        "    {}: {:?} ({}) got {}",
                        ex.name,
                        shown.replace('\n', "⏎"),
                        x.id.as_deref().unwrap_or("none"),
                        if got.is_empty() {
                            "nothing".to_string()
                        } else {
                            got.join(", ")
                        }
                    ));
                }
            }
        }
        for (m, used) in resolved.iter().zip(used) {
            if used {
                self.correct += 1;
                continue;
            }
            self.wrong += 1;
            if self.stray.len() < 200 {
                self.stray.push(format!(
                    "    {}: {:?} as {}",
                    ex.name,
                    ex.text[m.start..m.end].replace('\n', "⏎"),
                    m.id.as_deref().unwrap_or("?")
                ));
            }
        }
    }

    /// The table printed with `--nocapture`.
    fn report(&self, title: &str) -> String {
        let pct = |t: &Tally| {
            if t.total == 0 {
                0.0
            } else {
                t.good as f64 * 100.0 / t.total as f64
            }
        };
        let mut s = format!(
            "\n{title}\n{:<20} {:>8} {:>8} {:>8}\n",
            "class", "mentions", "found", "recall"
        );
        for c in CLASSES {
            if let Some(t) = self.per_class.get(*c) {
                let label = if *c == "negative" {
                    "negative (clean)"
                } else {
                    c
                };
                s += &format!(
                    "{label:<20} {:>8} {:>8} {:>7.1}%\n",
                    t.total,
                    t.good,
                    pct(t)
                );
            }
        }
        let all = self.per_lang.values().fold(Tally::default(), |a, t| Tally {
            total: a.total + t.total,
            good: a.good + t.good,
        });
        s += &format!(
            "{:<20} {:>8} {:>8} {:>7.1}%\n",
            "all but negatives",
            all.total,
            all.good,
            pct(&all)
        );
        s += &format!(
            "\n{:<8} {:>8} {:>8} {:>8} {:>10} {:>8}\n",
            "lang", "mentions", "found", "recall", "negatives", "fired"
        );
        for (lang, t) in &self.per_lang {
            let neg = self
                .negatives_per_lang
                .get(lang)
                .copied()
                .unwrap_or_default();
            s += &format!(
                "{lang:<8} {:>8} {:>8} {:>7.1}% {:>10} {:>8}\n",
                t.total,
                t.good,
                pct(t),
                neg.total,
                neg.total - neg.good
            );
        }
        let p = self.correct + self.wrong;
        s += &format!(
            "\nprecision: {} of {} resolved matches found a mention ({:.1}%)\n",
            self.correct,
            p,
            if p == 0 {
                100.0
            } else {
                self.correct as f64 * 100.0 / p as f64
            }
        );
        if !self.stray.is_empty() {
            s += &format!(
                "resolved matches that found no mention (first {}):\n",
                self.stray.len()
            );
            for l in &self.stray {
                s += l;
                s += "\n";
            }
        }
        for (class, list) in &self.misses {
            s += &format!("misses in {class} (first {}):\n", list.len());
            for l in list {
                s += l;
                s += "\n";
            }
        }
        s
    }
}

/// Group `normalize --format jsonl` output by path.
fn by_path(out: Vec<serde_json::Value>) -> BTreeMap<String, Vec<serde_json::Value>> {
    let mut by: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    for v in out {
        let path = v["path"]
            .as_str()
            .expect("`path` is a string")
            .replace('\\', "/");
        by.entry(path).or_default().push(v);
    }
    by
}

/// The matches of one file, after checking that each points at its text.
fn matches_of(text: &str, values: &[serde_json::Value]) -> Vec<Match> {
    assert_spans(text, values);
    values
        .iter()
        .map(|v| Match {
            start: n(v, "start"),
            end: n(v, "end"),
            id: v["id"].as_str().map(str::to_string),
        })
        .collect()
}

/// Write the excerpts one file each into `dir` of the sandbox, run normalize over it with the
/// glossaries, and score. When the glossaries do not load, nothing is found and the error is
/// returned for the report.
fn run_and_score(
    t: &Sandbox,
    dir: &str,
    glossaries: &[&Path],
    excerpts: &[Excerpt],
    score: &mut Score,
) -> Option<String> {
    for ex in excerpts {
        t.write(&ex.name, &ex.text);
    }
    let mut args: Vec<String> = Vec::new();
    for g in glossaries {
        args.push("-g".into());
        args.push(g.display().to_string());
    }
    args.extend(["--cache-dir".into(), "cache".into(), "normalize".into()]);
    args.extend(["--format".into(), "jsonl".into(), dir.into()]);
    let out = t.canonym(&args).deadline(Duration::from_secs(600)).run();
    let (by_file, failure) = if out.code == 0 {
        (by_path(out.json_lines()), None)
    } else {
        (
            BTreeMap::new(),
            Some(out.err().lines().next().unwrap_or_default().to_string()),
        )
    };
    for ex in excerpts {
        let values = by_file.get(&ex.name).map_or(&[][..], Vec::as_slice);
        score.add(ex, &matches_of(&ex.text, values));
    }
    failure
}

/// The ids of the entries of a glossary file.
fn glossary_ids(path: &Path) -> Vec<String> {
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: toml::Value = toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    v["entry"]
        .as_array()
        .expect("[[entry]] tables")
        .iter()
        .map(|e| e["id"].as_str().expect("every entry has an id").to_string())
        .collect()
}

#[test]
fn textset_recall_per_class_and_language() {
    let root = Path::new(MANIFEST_DIR).join("tests/data/textset");
    let glossary = root.join("glossary.toml");
    let homonyms = root.join("homonyms/glossary.toml");
    let main = load_dir(&root.join("texts"), "main");
    let hom = load_dir(&root.join("homonyms"), "homonyms");

    let mut ids = glossary_ids(&glossary);
    ids.extend(glossary_ids(&homonyms));
    for ex in main.iter().chain(&hom) {
        for x in &ex.mentions {
            if let Some(id) = &x.id {
                assert!(ids.contains(id), "{}: unknown id `{id}`", ex.name);
            }
        }
    }
    let mentions: usize = main.iter().chain(&hom).map(|e| e.mentions.len()).sum();
    let langs: std::collections::BTreeSet<&str> = main.iter().map(|e| e.lang.as_str()).collect();
    assert!(mentions >= 800, "the set has {mentions} mentions");
    assert!(langs.len() >= 8, "the set covers {langs:?}");

    let t = Sandbox::new();
    let mut score = Score::default();
    let failed_main = run_and_score(&t, "main", &[&glossary], &main, &mut score);
    assert!(
        failed_main.is_none(),
        "the main glossary must load: {failed_main:?}"
    );
    let failed_hom = run_and_score(&t, "homonyms", &[&glossary, &homonyms], &hom, &mut score);
    let title = format!(
        "running-text evaluation set: {} excerpts, {mentions} marked mentions",
        main.len() + hom.len()
    );
    println!("{}", score.report(&title));
    if let Some(e) = failed_hom {
        println!(
            "the homonym excerpts were scored as all missed: their glossary does not load ({e})"
        );
    }
    let mut below = Vec::new();
    for &(class, floor) in FLOORS {
        let t = score.per_class.get(class).copied().unwrap_or_default();
        let recall = t.good as f64 * 100.0 / t.total.max(1) as f64;
        if recall < floor {
            below.push(format!("{class}: {recall:.1}% < {floor}%"));
        }
    }
    let resolved = score.correct + score.wrong;
    let precision = score.correct as f64 * 100.0 / resolved.max(1) as f64;
    if precision < MIN_PRECISION {
        below.push(format!("precision: {precision:.1}% < {MIN_PRECISION}%"));
    }
    assert!(below.is_empty(), "below the floors: {below:?}");
}

/// Recall floors (percent) of the classes whose features have landed: names across scripts and
/// Russian native forms (issue 14 §1, §4: 83.4 % and 100 % at the time), line breaks (§6: 87.7 %);
/// press forms, Latin-script case endings and implied surnames (§2, §5: 95.5 %, 84.9 % and 93.0 %
/// with the Polish and Czech press forms and the German genitive), and the negatives left alone
/// (73.5 %; 78.6 % with the first precision rules: interjections, one lowercase letter, a middle
/// dot after a surname, a Chinese name inside the words around it; latin-inflected 86.0 %, other
/// romanisations 99.0 % with the soft-sign apostrophe; negatives 83.3 % with a one-word place
/// inside a personal name and four labels corrected, see the set's README; 89.5 % with a Hangul
/// name that is an ordinary word needing a reason; 91.2 % with a Han name after a numeral and a
/// classifier or before a river's generic term; 92.1 % with a Han name inside a set phrase).
const FLOORS: &[(&str, f64)] = &[
    ("canonical", 98.0),
    ("other-romanisation", 97.0),
    ("press", 94.0),
    ("native", 97.0),
    ("native-inflected", 97.0),
    ("cross-script", 92.0),
    ("latin-inflected", 84.0),
    ("implied-short", 92.0),
    ("ukrainian", 92.0),
    ("ko-glued", 89.0),
    ("line-break", 85.0),
    ("negative", 91.0),
];

/// The floor of the precision of resolved matches (percent; 97.0 % when the floors were set,
/// 97.7 % when they were first raised, 98.2 % and 98.3 % when raised again, 98.7 % with a
/// one-word place inside a personal name and the corrected labels, 99.2 % with the Korean
/// ordinary words, 99.3 % with the counted Han nouns and river names, 99.4 % with the Han set
/// phrases).
const MIN_PRECISION: f64 = 99.2;

#[test]
fn textset_parser_strips_markup_and_keeps_spans() {
    let src =
        "[[이재명|lee|ko-glued]]대통령은 [[Kim\nJong Un|kim|line-break]] [[이|none|negative]] 말.";
    let (text, m) = parse_excerpt(src, "t.txt", 1).expect("parses");
    assert_eq!(text, "이재명대통령은 Kim\nJong Un 이 말.");
    assert_eq!(&text[m[0].start..m[0].end], "이재명");
    assert_eq!(&text[m[1].start..m[1].end], "Kim\nJong Un");
    assert_eq!(m[2].id, None);
    assert_eq!(m[2].class, "negative");

    for (bad, why) in [
        ("a [[b|x|canonical", "without `]]`"),
        ("a [[b|canonical]]", "is not `[[text|id|class]]`"),
        ("a [[b|x|nonsense]]", "unknown class"),
        ("a [[b|none|canonical]]", "`none` exactly when"),
        ("a [[b|x|negative]]", "`none` exactly when"),
        ("a b]] c", "`]]` without `[[`"),
    ] {
        let e = parse_excerpt(bad, "t.txt", 7).expect_err(bad);
        assert!(e.contains(why) && e.starts_with("t.txt:7:"), "{bad}: {e}");
    }

    let ex = parse_file(
        "one [[A|a|canonical]]\n\n\ntwo\nlines [[B|b|native]]\n",
        "pl-uk.txt",
    )
    .expect("parses");
    assert_eq!(ex.len(), 2);
    assert_eq!(ex[1].text, "two\nlines B");
    assert_eq!(
        (ex[1].lang.as_str(), ex[1].name.as_str()),
        ("pl", "pl-uk-002.txt")
    );
}

#[test]
fn textset_scorer_counts_hits_negatives_and_stray_matches() {
    let (text, mentions) = parse_excerpt(
        "Mr [[Sobyanin|sob|implied-short]] met [[Kim|none|negative]] in [[Seoul|seoul|canonical]]; \
         [[이재명|lee|ko-glued]]대통령 and [[Li|li|implied-short]] and Park.",
        "t.txt",
        1,
    )
    .expect("parses");
    let ex = Excerpt {
        name: "en-001.txt".into(),
        lang: "en".into(),
        text,
        mentions,
    };
    let at = |s: &str| ex.text.find(s).expect("in the text");
    let m = |start: usize, end: usize, id: Option<&str>| Match {
        start,
        end,
        id: id.map(str::to_string),
    };
    let sob = at("Mr Sobyanin");
    let kim = at("Kim");
    let seoul = at("Seoul");
    let lee = at("이재명");
    let li = at("Li ");
    let park = at("Park");
    let matches = [
        m(sob, sob + "Mr Sobyanin".len(), Some("sob")), // a title word before: found
        m(kim, kim + 3, Some("kim-jong-un")),           // fires on a negative
        m(seoul, seoul + 5, Some("busan")),             // wrong id
        m(lee, lee + "이재명대통령".len(), Some("lee")), // swallows the title glued after it
        m(li, li + 2, None),                            // ambiguous: counts neither way
        m(park, park + 4, Some("park")),                // nothing marked there
    ];
    let mut s = Score::default();
    s.add(&ex, &matches);
    let get = |c: &str| s.per_class.get(c).copied().unwrap_or_default();
    assert_eq!(get("implied-short"), Tally { total: 2, good: 1 });
    assert_eq!(get("negative"), Tally { total: 1, good: 0 });
    assert_eq!(get("canonical"), Tally { total: 1, good: 0 });
    assert_eq!(get("ko-glued"), Tally { total: 1, good: 0 });
    assert_eq!(s.per_lang["en"], Tally { total: 4, good: 1 });
    assert_eq!(s.negatives_per_lang["en"], Tally { total: 1, good: 0 });
    assert_eq!((s.correct, s.wrong), (1, 4));

    // The exact span is found, and so is the name with punctuation inside the match.
    let mut s = Score::default();
    s.add(
        &ex,
        &[
            m(lee, lee + "이재명".len(), Some("lee")),
            m(seoul, seoul + 6, Some("seoul")),
        ],
    );
    assert_eq!(s.per_class["ko-glued"], Tally { total: 1, good: 1 });
    assert_eq!(s.per_class["canonical"], Tally { total: 1, good: 1 });
    assert_eq!(s.per_class["negative"], Tally { total: 1, good: 1 });
    assert_eq!((s.correct, s.wrong), (2, 0));
    assert!(s.report("t").contains("precision: 2 of 2"));
}
