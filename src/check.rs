//! Diagnostics for writers and editors: every spelling in a text that is not the house style,
//! with its position (1-based line and column, columns in characters) and the replacement.

use crate::fold::fold;
use crate::lines::LineIndex;
use crate::matcher::{Match, MatchKind, Matcher};
use crate::prose::{Markup, Prose};
use serde::Serialize;

/// Why a spelling was reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reason {
    /// Same letters as the house style; differs in case, hyphens, spacing, apostrophes or diacritics.
    Style,
    /// A listed variant or a native-script form.
    Variant,
    /// A spelling in another romanisation system.
    Translit,
    /// A near miss.
    Misspelling,
}

impl Reason {
    /// The name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Style => "style",
            Reason::Variant => "variant",
            Reason::Translit => "translit",
            Reason::Misspelling => "misspelling",
        }
    }
}

/// One reported spelling.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Byte span in the input.
    pub start: usize,
    /// End of the byte span (exclusive).
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// 1-based line of `end`.
    pub end_line: usize,
    /// 1-based column of `end`, in characters (exclusive).
    pub end_column: usize,
    /// The text as written.
    pub found: String,
    /// The house-style spelling.
    pub replacement: String,
    /// Index of the entry.
    pub entry: usize,
    /// Why it was reported.
    pub reason: Reason,
}

/// The findings in the prose of the whole document `text`, marked up as `markup`: every name
/// that is not already the house style, with near misses when `fuzzy`. Text that is not prose
/// (code, URLs, tags; see [`crate::prose`]) is never reported, so [`fix`] never touches it.
///
/// ```
/// use canonym::check::{check_document, fix};
/// use canonym::prose::Markup;
/// use canonym::{Glossary, Matcher, MatcherOptions};
///
/// let matcher = Matcher::new(Glossary::bundled()?, &MatcherOptions::default());
/// let text = "KIM JONG-UN, not `KIM JONG-UN`.\n";
/// let found = check_document(&matcher, text, Markup::Markdown, false);
/// assert_eq!(fix(text, &found), "Kim Jong Un, not `KIM JONG-UN`.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_document(matcher: &Matcher, text: &str, markup: Markup, fuzzy: bool) -> Vec<Finding> {
    let prose = Prose::new(text, markup);
    let matches = matcher.find_in_view(&prose, fuzzy);
    // Whether a spelling is the house style is decided on the prose (a decoded `&nbsp;` is a
    // space); where it is, on the document.
    let lines = LineIndex::new(text);
    let mut out = collect(matcher, prose.view(), &matches);
    for f in &mut out {
        f.start = prose.original(f.start);
        f.end = prose.original(f.end);
        f.found = text[f.start..f.end].to_string();
        if markup == Markup::Html {
            f.replacement = markup.respell(&f.found, &f.replacement).into_owned();
        }
        let (at, to) = (lines.position(f.start), lines.position(f.end));
        (f.line, f.column, f.end_line, f.end_column) = (at.line, at.column, to.line, to.column);
    }
    out
}

/// The findings of `text` among `matches`: every match that is not already the house style.
/// Ambiguous matches are not reported; fuzzy ones are, as misspellings.
pub fn findings(matcher: &Matcher, text: &str, matches: &[Match]) -> Vec<Finding> {
    let lines = LineIndex::new(text);
    let mut out = collect(matcher, text, matches);
    for f in &mut out {
        let (at, to) = (lines.position(f.start), lines.position(f.end));
        (f.line, f.column, f.end_line, f.end_column) = (at.line, at.column, to.line, to.column);
    }
    out
}

/// The findings of `text` among `matches`, without their lines and columns.
fn collect(matcher: &Matcher, text: &str, matches: &[Match]) -> Vec<Finding> {
    let mut out = Vec::new();
    for m in matches {
        let Some(replacement) = matcher.replacement(&text[m.start..m.end], m, true) else {
            continue;
        };
        let Some(entry) = m.entry else { continue };
        let found = &text[m.start..m.end];
        let reason = match m.kind {
            MatchKind::Fuzzy => Reason::Misspelling,
            _ if fold(found) == fold(&replacement) => Reason::Style,
            MatchKind::Translit => Reason::Translit,
            _ => Reason::Variant,
        };
        out.push(Finding {
            start: m.start,
            end: m.end,
            line: 0,
            column: 0,
            end_line: 0,
            end_column: 0,
            found: found.to_string(),
            replacement: replacement.into_owned(),
            entry,
            reason,
        });
    }
    out
}

/// `text` with every finding replaced.
pub fn fix(text: &str, findings: &[Finding]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in findings {
        out.push_str(&text[last..f.start]);
        out.push_str(&f.replacement);
        last = f.end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_serialise_as_their_names() {
        for r in [
            Reason::Style,
            Reason::Variant,
            Reason::Translit,
            Reason::Misspelling,
        ] {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
    }
}
