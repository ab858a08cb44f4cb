//! Diagnostics for writers and editors: every spelling in a text that is not the house style,
//! with its position (1-based line and column, columns in characters) and the replacement.

use crate::fold::fold;
use crate::matcher::{Match, MatchKind, Matcher};

/// Why a spelling was reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// Maps byte offsets of a text to line and column, with one pass over the text.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Index the line starts of `text`.
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { text, starts }
    }

    /// 1-based (line, column in characters) of byte `offset`.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        (line, col + 1)
    }

    /// The text of 1-based line `line`, without its line ending.
    pub fn line_text(&self, line: usize) -> &'a str {
        let start = self
            .starts
            .get(line - 1)
            .copied()
            .unwrap_or(self.text.len());
        let end = self.starts.get(line).map_or(self.text.len(), |&e| e - 1);
        self.text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches('\r')
    }
}

/// The findings of `text` among `matches`: every match that is not already the house style.
/// Ambiguous matches are not reported; fuzzy ones are, as misspellings.
pub fn findings(matcher: &Matcher, text: &str, matches: &[Match]) -> Vec<Finding> {
    // Matches come in text order: positions are counted forward once, not from each line start
    // (a 50 MB single-line file has no line starts to help).
    let mut cursor = (0usize, 1usize, 1usize);
    let mut position = |to: usize| {
        let (offset, line, col) = &mut cursor;
        for c in text[*offset..to].chars() {
            if c == '\n' {
                *line += 1;
                *col = 1;
            } else {
                *col += 1;
            }
        }
        *offset = to;
        (*line, *col)
    };
    let mut out = Vec::new();
    for m in matches {
        let Some(replacement) = matcher.replacement(&text[m.start..m.end], m, true) else {
            continue;
        };
        let Some(entry) = m.entry else { continue };
        let found = &text[m.start..m.end];
        let reason = match m.kind {
            MatchKind::Fuzzy => Reason::Misspelling,
            _ if fold(found) == fold(replacement) => Reason::Style,
            MatchKind::Translit => Reason::Translit,
            _ => Reason::Variant,
        };
        let (line, column) = position(m.start);
        let (end_line, end_column) = position(m.end);
        out.push(Finding {
            start: m.start,
            end: m.end,
            line,
            column,
            end_line,
            end_column,
            found: found.to_string(),
            replacement: replacement.to_string(),
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
    fn line_index_counts_characters() {
        let t = "ab\nЖук Ким\r\nx";
        let li = LineIndex::new(t);
        assert_eq!(li.position(0), (1, 1));
        assert_eq!(li.position(t.find("Ким").unwrap()), (2, 5));
        assert_eq!(li.line_text(2), "Жук Ким");
        assert_eq!(li.position(t.len()), (3, 2));
    }
}
