//! `check --format sarif`: one SARIF 2.1.0 log for the whole run (OASIS Static Analysis Results
//! Interchange Format, Version 2.1.0, Errata 01), in the subset that GitHub code scanning reads
//! (GitHub Docs, "SARIF support for code scanning").
//!
//! - `runs[0].tool.driver`: canonym, its version, and one rule per [`Reason`] (§3.49, with the
//!   short and full descriptions, help text and default level that GitHub requires).
//! - `columnKind` is `unicodeCodePoints` (§3.14.25): columns count characters, as canonym's own.
//! - Each result (§3.27) names its rule, level and message, and one location: the file as a URI
//!   relative to `%SRCROOT%`, the working directory (§3.4.4, §3.14.14), and the region, 1-based
//!   lines and columns, the end column exclusive (§3.30). The fix is the replacement of that
//!   region (§3.55–§3.57).
//! - `partialFingerprints.primaryLocationLineHash` (§3.27.17; the key GitHub reads) lets code
//!   scanning match a result across runs while lines move: a hash of the rule, the entry, the
//!   spelling and the text of its line, and which occurrence of that hash in the file it is.
//!
//! The results are collected as the documents come and written, pretty-printed, when the run
//! ends: one log, also for a run with no documents.

use super::{normalize, Document, Format, STDIN};
use crate::check::{Finding, Reason};
use crate::matcher::Matcher;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The schema the log declares: the OASIS Standard's (SARIF 2.1.0, Errata 01).
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The URI base id that relative artifact URIs are resolved against: the working directory.
const SRCROOT: &str = "%SRCROOT%";

/// What a rule says, one per reason, in [`Reason`] order (a result's `ruleIndex`).
struct Rule {
    reason: Reason,
    name: &'static str,
    short: &'static str,
    full: &'static str,
    level: &'static str,
    precision: &'static str,
}

#[rustfmt::skip]
static RULES: &[Rule] = &[
    Rule {
        reason: Reason::Style,
        name: "HouseStyle",
        short: "A glossary name not written in the house style",
        full: "The name is spelt with the same letters as the glossary's house-style form, but \
               differs from it in case, hyphens, spacing, apostrophes or diacritics.",
        level: "warning",
        precision: "very-high",
    },
    Rule {
        reason: Reason::Variant,
        name: "VariantSpelling",
        short: "A variant spelling of a glossary name",
        full: "The name is written in a spelling that the glossary lists as a variant, or in its \
               native script, where the house style uses the canonical form.",
        level: "warning",
        precision: "high",
    },
    Rule {
        reason: Reason::Translit,
        name: "OtherRomanization",
        short: "A glossary name romanised under another system",
        full: "The name is romanised under another transliteration system than the house style's \
               (for example McCune-Reischauer, Wade-Giles or a German romanisation of Russian).",
        level: "warning",
        precision: "high",
    },
    Rule {
        reason: Reason::Misspelling,
        name: "PossibleMisspelling",
        short: "A possible misspelling of a glossary name",
        full: "The text is close to a glossary name without being one of its known spellings; it \
               may be a misspelling of it, or another name.",
        level: "note",
        precision: "medium",
    },
];

/// The index of `reason`'s rule in [`RULES`].
fn rule_index(reason: Reason) -> usize {
    RULES.iter().position(|r| r.reason == reason).unwrap_or(0)
}

/// `check --format sarif`: one SARIF log, written when the run ends.
pub struct Sarif<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
    root: PathBuf,
    /// Every document's location, in the order they came.
    artifacts: Vec<ArtifactLocation>,
    results: Vec<Pending>,
    /// How often each fingerprint hash occurred so far in the current document.
    occurrences: HashMap<u64, usize>,
}

/// A result as collected: owned, small, turned into SARIF when the run ends.
struct Pending {
    artifact: usize,
    rule: usize,
    region: Region,
    message: String,
    replacement: String,
    entry: String,
    fingerprint: String,
}

impl<'m, W: Write> Sarif<'m, W> {
    /// A log of `matcher`'s findings to `out`; file URIs are relative to `root` (the working
    /// directory, an absolute path), which the log names as `%SRCROOT%`.
    pub fn new(out: W, matcher: &'m Matcher, root: &Path) -> Self {
        Sarif {
            out,
            matcher,
            root: normalize(root, Path::new("")),
            artifacts: Vec::new(),
            results: Vec::new(),
            occurrences: HashMap::new(),
        }
    }
}

impl<W: Write> Format<Finding> for Sarif<'_, W> {
    fn begin_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        self.artifacts.push(artifact(doc.name(), &self.root));
        self.occurrences.clear();
        Ok(())
    }

    fn item(&mut self, doc: &Document<'_>, f: &Finding) -> io::Result<()> {
        let entry = &self.matcher.entry(f.entry).id;
        let line = doc
            .lines()
            .map_or("", |l| l.line_text(f.line.saturating_sub(1)));
        let hash = fingerprint(f.reason, entry, &f.found, line);
        let n = self.occurrences.entry(hash).or_default();
        *n += 1;
        self.results.push(Pending {
            artifact: self.artifacts.len().saturating_sub(1),
            rule: rule_index(f.reason),
            region: Region {
                start_line: f.line,
                start_column: f.column,
                end_line: f.end_line,
                end_column: f.end_column,
            },
            message: super::message(self.matcher, f),
            replacement: f.replacement.clone(),
            entry: entry.clone(),
            fingerprint: format!("{hash:016x}:{n}"),
        });
        Ok(())
    }

    fn end_run(&mut self) -> io::Result<()> {
        let log = log(&self.artifacts, &self.results, &self.root);
        serde_json::to_writer_pretty(&mut self.out, &log)?;
        self.out.write_all(b"\n")?;
        self.out.flush()
    }
}

/// The log of the results collected, in `artifacts`, with `root` as `%SRCROOT%`.
fn log<'a>(artifacts: &'a [ArtifactLocation], results: &'a [Pending], root: &Path) -> Log<'a> {
    /// For a result of no document (a driver that called `item` before `begin_document`).
    static NOWHERE: ArtifactLocation = ArtifactLocation {
        uri: None,
        uri_base_id: None,
        description: None,
    };
    let results = results
        .iter()
        .map(|p| {
            let rule = &RULES[p.rule];
            let location = artifacts.get(p.artifact).unwrap_or(&NOWHERE);
            SarifResult {
                rule_id: rule.reason.as_str(),
                rule_index: p.rule,
                level: rule.level,
                message: Text::new(&p.message),
                locations: [Location {
                    physical_location: PhysicalLocation {
                        artifact_location: location,
                        region: &p.region,
                    },
                }],
                partial_fingerprints: BTreeMap::from([(
                    "primaryLocationLineHash",
                    p.fingerprint.as_str(),
                )]),
                fixes: [Fix {
                    description: Text::new(format!("Replace with \"{}\"", p.replacement)),
                    artifact_changes: [ArtifactChange {
                        artifact_location: location,
                        replacements: [Replacement {
                            deleted_region: &p.region,
                            inserted_content: Text::new(&p.replacement),
                        }],
                    }],
                }],
                properties: ResultProperties { entry: &p.entry },
            }
        })
        .collect();
    let information_uri = [env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE")]
        .into_iter()
        .find(|u| !u.is_empty());
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "canonym",
                    version: env!("CANONYM_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri,
                    rules: RULES.iter().map(ReportingDescriptor::new).collect(),
                },
            },
            original_uri_base_ids: BTreeMap::from([(
                SRCROOT,
                ArtifactLocation {
                    uri: Some(directory_uri(root)),
                    ..ArtifactLocation::default()
                },
            )]),
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

/// The location of a document named `name`: relative to `%SRCROOT%` when it is inside `root`,
/// an absolute `file:` URI when it is not, and no URI for standard input.
fn artifact(name: &str, root: &Path) -> ArtifactLocation {
    if name == STDIN {
        return ArtifactLocation {
            description: Some(Text::new("standard input".to_string())),
            ..ArtifactLocation::default()
        };
    }
    match super::relative_parts(name, root) {
        Some(parts) => ArtifactLocation {
            uri: Some(
                parts
                    .iter()
                    .map(|p| percent_encode(p))
                    .collect::<Vec<_>>()
                    .join("/"),
            ),
            uri_base_id: Some(SRCROOT),
            description: None,
        },
        None => ArtifactLocation {
            uri: Some(file_uri(&normalize(Path::new(name), root))),
            ..ArtifactLocation::default()
        },
    }
}

/// The `file:` URI of an absolute, normalised path (RFC 8089): `file:///a/b`, `file:///C:/a`.
fn file_uri(path: &Path) -> String {
    use std::path::Component;
    let mut uri = String::from("file://");
    for c in path.components() {
        match c {
            // A Windows drive (`C:`) keeps its colon, as RFC 8089 Appendix E.2 writes it.
            Component::Prefix(p) => {
                uri.push('/');
                uri.push_str(&p.as_os_str().to_string_lossy().replace('\\', "/"));
            }
            Component::Normal(part) => {
                uri.push('/');
                uri.push_str(&percent_encode(&part.to_string_lossy()));
            }
            Component::RootDir | Component::CurDir | Component::ParentDir => {}
        }
    }
    if uri == "file://" {
        uri.push('/');
    }
    uri
}

/// The `file:` URI of a directory, ending in `/` as a base URI must (SARIF 2.1.0 §3.14.14).
fn directory_uri(path: &Path) -> String {
    let mut uri = file_uri(path);
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

/// One path segment percent-encoded (RFC 3986 §2.1, §3.3): unreserved characters and the
/// sub-delimiters and `@` of `pchar` stay; every other byte of its UTF-8 becomes `%XX`. A colon
/// is encoded too, so that a relative reference's first segment cannot read as a scheme (§4.2).
fn percent_encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for &b in segment.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(b))
            }
            b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' | b'@' => {
                out.push(char::from(b))
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// FNV-1a, 64 bits (Fowler, Noll and Vo; draft-eastlake-fnv: offset basis 0xcbf29ce484222325,
/// prime 0x100000001b3): a hash that is the same in every build and on every platform.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn eat(&mut self, bytes: &[u8]) -> &mut Self {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }
}

/// The stable part of a result's identity: [`Fnv`] over the reason, the entry, the spelling and
/// its line with runs of white space made one space, separated by NUL. A line number is not part
/// of it, so that a result keeps its identity when lines move.
fn fingerprint(reason: Reason, entry: &str, found: &str, line: &str) -> u64 {
    let mut hash = Fnv::new();
    for part in [reason.as_str(), entry, found] {
        hash.eat(part.as_bytes()).eat(b"\0");
    }
    for (i, word) in line.split_whitespace().enumerate() {
        if i > 0 {
            hash.eat(b" ");
        }
        hash.eat(word.as_bytes());
    }
    hash.0
}

// The log's shape, field names as SARIF 2.1.0 spells them. Only what canonym fills in.

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    original_uri_base_ids: BTreeMap<&'static str, ArtifactLocation>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text<&'static str>,
    full_description: Text<&'static str>,
    help: Text<String>,
    default_configuration: Configuration,
    properties: RuleProperties,
}

impl ReportingDescriptor {
    fn new(rule: &Rule) -> Self {
        ReportingDescriptor {
            id: rule.reason.as_str(),
            name: rule.name,
            short_description: Text::new(rule.short),
            full_description: Text::new(rule.full),
            help: Text::new(format!(
                "{} Write the glossary's house-style form instead; `canonym check --fix` \
                 rewrites the file, and `canonym lookup NAME --explain` shows why a spelling \
                 belongs to an entry.",
                rule.full
            )),
            default_configuration: Configuration { level: rule.level },
            properties: RuleProperties {
                tags: ["names", rule.reason.as_str()],
                precision: rule.precision,
            },
        }
    }
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: [&'static str; 2],
    precision: &'static str,
}

/// A `message` or a `multiformatMessageString` with plain text only.
#[derive(Clone, Debug, Serialize)]
struct Text<S> {
    text: S,
}

impl<S> Text<S> {
    fn new(text: S) -> Self {
        Text { text }
    }
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<String>,
    #[serde(rename = "uriBaseId", skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Text<String>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text<&'a str>,
    locations: [Location<'a>; 1],
    partial_fingerprints: BTreeMap<&'static str, &'a str>,
    fixes: [Fix<'a>; 1],
    properties: ResultProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: &'a ArtifactLocation,
    region: &'a Region,
}

/// A text region: 1-based lines and columns (in code points), the end column exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix<'a> {
    description: Text<String>,
    artifact_changes: [ArtifactChange<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange<'a> {
    artifact_location: &'a ArtifactLocation,
    replacements: [Replacement<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: &'a Region,
    inserted_content: Text<&'a str>,
}

/// canonym's own result properties (a SARIF property bag, §3.8).
#[derive(Serialize)]
struct ResultProperties<'a> {
    /// The glossary entry's id.
    entry: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_to_the_root_and_percent_encoded() {
        // Sources: RFC 3986 §2.1 (upper-case hex), §3.3 (pchar), §4.2 (no colon in a relative
        // reference's first segment); RFC 8089 (file URIs); SARIF 2.1.0 §3.4.4, §3.14.14.
        let root = Path::new("/work/repo");
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            ("notes.txt", Some("notes.txt"), Some(SRCROOT)),
            ("./docs/a b.md", Some("docs/a%20b.md"), Some(SRCROOT)),
            ("docs/../x#1?.txt", Some("x%231%3F.txt"), Some(SRCROOT)),
            (
                "/work/repo/src/Ким.md",
                Some("src/%D0%9A%D0%B8%D0%BC.md"),
                Some(SRCROOT),
            ),
            ("c:d%.txt", Some("c%3Ad%25.txt"), Some(SRCROOT)),
            ("a,b;(c)@.txt", Some("a,b;(c)@.txt"), Some(SRCROOT)),
            ("../other/n.txt", Some("file:///work/other/n.txt"), None),
            ("/tmp/x y.txt", Some("file:///tmp/x%20y.txt"), None),
            (
                "/work/repository/n.txt",
                Some("file:///work/repository/n.txt"),
                None,
            ),
        ];
        for &(name, uri, base) in cases {
            let a = artifact(name, root);
            assert_eq!((a.uri.as_deref(), a.uri_base_id), (uri, base), "{name}");
        }
        let stdin = artifact("<stdin>", root);
        assert_eq!(stdin.uri, None);
        assert!(stdin.description.is_some());
        assert_eq!(file_uri(root), "file:///work/repo");
        assert_eq!(directory_uri(root), "file:///work/repo/");
        assert_eq!(directory_uri(Path::new("/")), "file:///");
    }

    #[test]
    fn fingerprints_ignore_where_the_line_is_and_its_spacing() {
        let a = fingerprint(Reason::Style, "kim", "KIM", "We met  KIM today.");
        assert_eq!(
            a,
            fingerprint(Reason::Style, "kim", "KIM", " We met KIM\ttoday.\r")
        );
        for other in [
            fingerprint(Reason::Variant, "kim", "KIM", "We met KIM today."),
            fingerprint(Reason::Style, "kim2", "KIM", "We met KIM today."),
            fingerprint(Reason::Style, "kim", "Kim", "We met KIM today."),
            fingerprint(Reason::Style, "kim", "KIM", "We saw KIM today."),
            // The separators keep the parts apart.
            fingerprint(Reason::Style, "ki", "mKIM", "We met KIM today."),
        ] {
            assert_ne!(a, other);
        }
    }

    #[test]
    fn fnv1a_64_matches_its_test_vectors() {
        // Source: draft-eastlake-fnv (The FNV Non-Cryptographic Hash Algorithm), test vectors
        // for FNV-1a 64: "" is the offset basis.
        let cases: &[(&[u8], u64)] = &[
            (b"", 0xcbf2_9ce4_8422_2325),
            (b"a", 0xaf63_dc4c_8601_ec8c),
            (b"foobar", 0x8594_4171_f739_67e8),
        ];
        for &(input, want) in cases {
            assert_eq!(Fnv::new().eat(input).0, want, "{input:?}");
        }
    }

    #[test]
    fn every_reason_has_its_rule() {
        for r in [
            Reason::Style,
            Reason::Variant,
            Reason::Translit,
            Reason::Misspelling,
        ] {
            assert_eq!(RULES[rule_index(r)].reason, r);
        }
    }
}
