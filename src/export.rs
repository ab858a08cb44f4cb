//! Exports: the spellings of the loaded glossaries in the formats of the tools that users already
//! run — synonym rules for search engines (Solr/Lucene, Elasticsearch's synonyms API, PostgreSQL's
//! thesaurus dictionary), a Vale `substitution` rule for writers, and JSON Lines of every spelling
//! with its origin.
//!
//! Every format is written from [`Matcher::spellings`]: what is exported is what the matcher
//! matches (listed spellings, and the generated ones when the matcher generates). The synonym
//! formats map each spelling to the house style in one direction only (`variant => canonical`,
//! never an equivalence group), leave out short forms (they name an entry only after a full
//! mention, which a synonym filter cannot know), and leave out a spelling that two entries claim
//! (a filter would have to guess). Spellings are folded as a typical analyzer folds them before
//! its synonym filter (lowercase, then ASCII folding) and de-duplicated after folding.

use crate::fold::{is_apostrophe, is_dash, is_hyphen, is_mark};
use crate::matcher::{Matcher, SpellingSource};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::io::{self, Write};
use unicode_normalization::char::decompose_canonical;

/// Elasticsearch's limit on the rules of one synonyms set (`PUT _synonyms/<set>`, Elasticsearch
/// reference, "Synonyms APIs": "a synonyms set can have up to 10,000 synonym rules").
pub const ES_SET_LIMIT: usize = 10_000;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExportFormat {
    /// A Solr/Lucene synonym file (`SolrSynonymParser`): explicit mappings, a comment naming
    /// each entry.
    Solr,
    /// JSON Lines, one request body for `PUT _synonyms/<set>` a line, each of at most
    /// [`ES_SET_LIMIT`] rules.
    EsSynonyms,
    /// A PostgreSQL thesaurus dictionary file (`sample words : indexed words`).
    PgThesaurus,
    /// A Vale `substitution` rule (YAML).
    Vale,
    /// JSON Lines, one spelling a line: `{"id", "canonical", "spelling", "origin"}`.
    Jsonl,
}

/// Write every spelling of `matcher` in `format` to `out`.
pub fn export(matcher: &Matcher, format: ExportFormat, out: &mut dyn Write) -> io::Result<()> {
    match format {
        ExportFormat::Solr => solr(matcher, out),
        ExportFormat::EsSynonyms => es_synonyms(matcher, ES_SET_LIMIT, out),
        ExportFormat::PgThesaurus => pg_thesaurus(matcher, out),
        ExportFormat::Vale => vale(matcher, out),
        ExportFormat::Jsonl => jsonl(matcher, out),
    }
}

/// Latin letters that carry no combining mark but stand for plain ASCII letters, as Lucene's
/// `ASCIIFoldingFilter` folds them (its table, lowercase side; the uppercase ones are lowercased
/// first). Sorted by character.
#[rustfmt::skip]
const ASCII_SPECIAL: &[(char, &str)] = &[
    ('æ', "ae"), ('ð', "d"), ('ø', "o"), ('þ', "th"), ('đ', "d"), ('ħ', "h"), ('ı', "i"),
    ('ĸ', "q"), ('ŀ', "l"), ('ł', "l"), ('ŉ', "'n"), ('ŋ', "n"), ('œ', "oe"), ('ŧ', "t"),
    ('ƀ', "b"), ('ƈ', "c"), ('ƌ', "d"), ('ƒ', "f"), ('ƙ', "k"), ('ƚ', "l"), ('ƞ', "n"),
    ('ƥ', "p"), ('ƫ', "t"), ('ƭ', "t"), ('ƴ', "y"), ('ƶ', "z"), ('ǝ', "e"), ('ȡ', "d"),
    ('ȥ', "z"), ('ȴ', "l"), ('ȵ', "n"), ('ȶ', "t"), ('ȷ', "j"), ('ȼ', "c"), ('ȿ', "s"),
    ('ɀ', "z"), ('ɇ', "e"), ('ɉ', "j"), ('ɋ', "q"), ('ɍ', "r"), ('ɏ', "y"),
];

/// Is `c` a Latin letter (the Latin blocks up to Latin Extended-B, and Latin Extended
/// Additional)? Only these are ASCII-folded: an analyzer's ASCII folding leaves Cyrillic, Hangul
/// and Han alone.
fn is_latin(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// `s` as a typical analyzer chain folds it before a synonym filter: lowercased, Latin letters
/// stripped of their diacritics (and letters such as `ł`, `ø`, `æ` spelled out), typographic
/// apostrophes and hyphens written as ASCII ones, runs of spaces made one.
pub fn analyzer_fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if c == 'ß' {
            out.push_str("ss");
        } else if let Ok(i) = ASCII_SPECIAL.binary_search_by_key(&c, |&(k, _)| k) {
            out.push_str(ASCII_SPECIAL[i].1);
        } else if is_latin(c) {
            decompose_canonical(c, |d| {
                if !is_mark(d) {
                    out.push(d);
                }
            });
        } else if c != '\'' && is_apostrophe(c) {
            out.push('\'');
        } else if c != '-' && (is_hyphen(c) || is_dash(c)) {
            out.push('-');
        } else {
            out.push(c);
        }
    }
    out
}

/// One entry's rule: its id, its canonical form, and its spellings folded by `key` (not the
/// canonical's own fold, no short forms, each once), each with the first spelling that folded so.
struct Rule<'m> {
    id: &'m str,
    canonical: &'m str,
    spellings: Vec<(String, Cow<'m, str>)>,
}

/// The rules of every entry that has a spelling to map, in glossary order; a folded spelling that
/// two entries claim is left out of both.
fn rules<'m>(matcher: &'m Matcher, key: impl Fn(&str) -> String) -> Vec<Rule<'m>> {
    let mut rules: Vec<Rule<'m>> = Vec::new();
    let mut owner: FxHashMap<String, Option<usize>> = FxHashMap::default();
    let mut current: Option<(usize, String)> = None;
    for s in matcher.spellings() {
        if s.source == SpellingSource::Short {
            continue;
        }
        if current.as_ref().map(|c| c.0) != Some(s.entry) {
            let e = matcher.entry(s.entry);
            rules.push(Rule {
                id: &e.id,
                canonical: &e.canonical,
                spellings: Vec::new(),
            });
            current = Some((s.entry, key(&e.canonical)));
        }
        let folded = key(&s.text);
        let own = current.as_ref().map(|c| c.1.as_str());
        if folded.is_empty() || Some(folded.as_str()) == own || folded.chars().any(char::is_control)
        {
            continue;
        }
        let rule = rules.len() - 1;
        match owner.get_mut(&folded) {
            None => {
                owner.insert(folded.clone(), Some(rule));
                rules[rule].spellings.push((folded, s.text));
            }
            Some(Some(r)) if *r == rule => {}
            Some(other) => *other = None,
        }
    }
    for r in &mut rules {
        r.spellings
            .retain(|(s, _)| owner.get(s).is_some_and(Option::is_some));
    }
    rules.retain(|r| !r.spellings.is_empty());
    rules
}

/// A term of a Solr synonym rule: `,`, `=` and `\` are escaped with a backslash (the parser
/// unescapes every backslash pair).
fn solr_term(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, ',' | '=' | '\\' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One Solr rule: `a, b => Canonical`.
fn solr_rule(r: &Rule<'_>) -> String {
    let lhs: Vec<String> = r.spellings.iter().map(|(s, _)| solr_term(s)).collect();
    format!("{} => {}", lhs.join(", "), solr_term(r.canonical))
}

fn solr(matcher: &Matcher, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "# canonym export --format solr: explicit mappings to the house style, folded \
         (lowercase, ASCII folding)"
    )?;
    for r in rules(matcher, analyzer_fold) {
        writeln!(out, "# {}", r.id)?;
        writeln!(out, "{}", solr_rule(&r))?;
    }
    Ok(())
}

fn es_synonyms(matcher: &Matcher, limit: usize, out: &mut dyn Write) -> io::Result<()> {
    let rules = rules(matcher, analyzer_fold);
    for set in rules.chunks(limit.max(1)) {
        let set: Vec<serde_json::Value> = set
            .iter()
            .map(|r| serde_json::json!({"id": r.id, "synonyms": solr_rule(r)}))
            .collect();
        serde_json::to_writer(&mut *out, &serde_json::json!({ "synonyms_set": set }))?;
        writeln!(out)?;
    }
    Ok(())
}

/// A phrase as PostgreSQL's default parser splits it into words: [`analyzer_fold`]ed, then every
/// character that is neither a letter nor a digit (hyphens, apostrophes, dots, and the `:`, `?`
/// and `*` of the thesaurus syntax) a word break.
fn pg_words(s: &str) -> String {
    let folded = analyzer_fold(s);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split(|c: char| !c.is_alphanumeric() && !is_mark(c)) {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

fn pg_thesaurus(matcher: &Matcher, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "# canonym export --format pg-thesaurus: sample words : indexed words"
    )?;
    for r in rules(matcher, pg_words) {
        let canonical = pg_words(r.canonical);
        writeln!(out, "# {}", r.id)?;
        for (s, _) in &r.spellings {
            writeln!(out, "{s} : {canonical}")?;
        }
    }
    Ok(())
}

/// `s` as a regular expression that matches it literally (Go's `regexp.QuoteMeta`, which Vale
/// uses: these are the characters it escapes).
fn go_quote_meta(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if r"\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `s` as a YAML single-quoted scalar (a quote is doubled; nothing else is special).
fn yaml_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn vale(matcher: &Matcher, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "# canonym export --format vale: a Vale substitution rule for the house style of the \
         loaded glossaries.\n\
         extends: substitution\n\
         message: \"Use '%s' instead of '%s'.\"\n\
         level: warning\n\
         ignorecase: true\n\
         swap:"
    )?;
    // Vale matches the text as written, up to case: one key per spelling up to case.
    for r in rules(matcher, |s| s.trim().to_lowercase()) {
        writeln!(out, "  # {}", r.id)?;
        for (_, s) in &r.spellings {
            writeln!(
                out,
                "  {}: {}",
                yaml_quoted(&go_quote_meta(s)),
                yaml_quoted(r.canonical)
            )?;
        }
    }
    Ok(())
}

fn jsonl(matcher: &Matcher, out: &mut dyn Write) -> io::Result<()> {
    for s in matcher.spellings() {
        let e = matcher.entry(s.entry);
        let line = serde_json::json!({
            "id": e.id,
            "canonical": e.canonical,
            "spelling": s.text,
            "origin": s.source.origin(),
        });
        serde_json::to_writer(&mut *out, &line)?;
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::GlossaryBuilder;
    use crate::matcher::MatcherOptions;
    use std::path::Path;

    fn matcher(toml: &str, generate: bool) -> Matcher {
        let mut b = GlossaryBuilder::new();
        b.add_source(Path::new("t.toml"), toml);
        Matcher::new(b.build().unwrap(), &MatcherOptions { generate })
    }

    #[test]
    fn ascii_special_is_sorted() {
        assert!(ASCII_SPECIAL.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn analyzer_fold_lowercases_and_folds_latin_only() {
        assert_eq!(analyzer_fold("Kim Chŏng-ŭn"), "kim chong-un");
        assert_eq!(analyzer_fold("P’YŎNGYANG  Straße"), "p'yongyang strasse");
        assert_eq!(analyzer_fold("Łódź Ørsted"), "lodz orsted");
        assert_eq!(analyzer_fold("Путина 김정은"), "путина 김정은");
        assert_eq!(analyzer_fold("Ким Чен Ын – Ё"), "ким чен ын - ё");
    }

    #[test]
    fn spellings_claimed_by_two_entries_are_left_out() {
        // Palladius makes 李鹏 "Ли Пэн", which the second entry lists.
        let m = matcher(
            r#"
[[entry]]
canonical = "Li Peng"
lang = "zh"
kind = "person"
native = ["李鹏"]
variants = ["Li P'eng"]
[[entry]]
canonical = "Lee Pen"
lang = "ru"
native = ["Ли Пэн"]
generate = false
"#,
            true,
        );
        let mut out = Vec::new();
        solr(&m, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("# li-peng\nli p'eng, 李鹏, "), "{out}");
        assert!(out.contains(", ли пэна, "), "{out}");
        assert!(
            !out.contains("ли пэн,") && !out.contains("ли пэн =>"),
            "{out}"
        );
        assert!(!out.contains("lee-pen"), "{out}");
    }

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(solr_term(r"a,b=c\d#"), r"a\,b\=c\\d\#");
        assert_eq!(go_quote_meta("St. John (Jr.)"), r"St\. John \(Jr\.\)");
        assert_eq!(yaml_quoted("O'Neil"), "'O''Neil'");
        assert_eq!(pg_words("Kim Jong-un's: Ŏ?*"), "kim jong un s o");
    }

    #[test]
    fn es_sets_are_split_at_the_limit() {
        let m = matcher(
            r#"
[[entry]]
canonical = "A B"
variants = ["A-Bee"]
[[entry]]
canonical = "C D"
variants = ["C-Dee"]
[[entry]]
canonical = "E F"
variants = ["E-Eff"]
"#,
            false,
        );
        let mut out = Vec::new();
        es_synonyms(&m, 2, &mut out).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["synonyms_set"].as_array().unwrap().len(), 2);
        assert_eq!(
            lines[1]["synonyms_set"][0],
            serde_json::json!({"id": "e-f", "synonyms": "e-eff => E F"})
        );
    }
}
