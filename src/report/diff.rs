//! `check --diff`: the fixes as a unified diff (`diff -u`, `git apply` and `patch` read it), with
//! three lines of context.
//!
//! The diff is made from the fix's own spans, not by comparing two texts: the changed lines are
//! known exactly, so the cost is linear in the number of lines (one pass to find line starts, then
//! only the changed lines and their context are looked at). Lines end at `\n`, `\r\n` or a lone
//! `\r`; a last line without an ending is marked `\ No newline at end of file`. Lines touched by
//! the same fix, or by fixes on adjacent lines, form one change: its old lines are shown removed,
//! then its new lines added. Changes less than seven lines apart share a hunk.

use super::{Document, Format};
use crate::check::Finding;
use std::io::{self, Write};
use std::ops::Range;

/// Lines of context around each change.
const CONTEXT: usize = 3;

/// `check --diff`: for each document with findings, `--- a/PATH`, `+++ b/PATH` and the hunks
/// that apply every fix.
pub struct UnifiedDiff<W: Write> {
    out: W,
    /// The fixes of the current document: byte span and replacement.
    edits: Vec<(Range<usize>, String)>,
}

impl<W: Write> UnifiedDiff<W> {
    /// Diffs to `out`.
    pub fn new(out: W) -> Self {
        UnifiedDiff {
            out,
            edits: Vec::new(),
        }
    }
}

impl<W: Write> Format<Finding> for UnifiedDiff<W> {
    fn begin_document(&mut self, _doc: &Document<'_>) -> io::Result<()> {
        self.edits.clear();
        Ok(())
    }

    fn item(&mut self, _doc: &Document<'_>, f: &Finding) -> io::Result<()> {
        self.edits.push((f.start..f.end, f.replacement.clone()));
        Ok(())
    }

    fn end_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        let edits = std::mem::take(&mut self.edits);
        match doc.text() {
            Some(text) if !edits.is_empty() => {
                let name = doc.name();
                let headers = (format!("a/{name}"), format!("b/{name}"));
                write_diff(&mut self.out, &headers, text, &edits)
            }
            _ => Ok(()),
        }
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The start of every line of `text` (ends: `\n`, `\r\n`, lone `\r`), and the text's length at
/// the end. A text ending in a line ending has no empty last line.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        i += k + 1;
        if bytes[i - 1] == b'\r' && bytes.get(i) == Some(&b'\n') {
            i += 1;
        }
        starts.push(i);
    }
    if starts.last() != Some(&text.len()) {
        starts.push(text.len());
    }
    starts
}

/// One change: old lines `lines` (0-based, end exclusive) become `new`.
struct Change {
    lines: Range<usize>,
    new: Vec<String>,
}

/// The changes that `edits` (sorted, not overlapping) make to `text`.
fn changes(text: &str, starts: &[usize], edits: &[(Range<usize>, String)]) -> Vec<Change> {
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset) - 1;
    // Group the edits by the lines they touch: overlapping or adjacent line ranges are one change.
    let mut groups: Vec<(Range<usize>, Range<usize>)> = Vec::new(); // (lines, edits)
    for (k, (span, _)) in edits.iter().enumerate() {
        let first = line_of(span.start);
        let last = line_of(span.end.max(span.start + 1) - 1);
        match groups.last_mut() {
            Some((lines, group)) if first <= lines.end => {
                lines.end = lines.end.max(last + 1);
                group.end = k + 1;
            }
            _ => groups.push((first..last + 1, k..k + 1)),
        }
    }
    groups
        .into_iter()
        .map(|(lines, group)| {
            let region = starts[lines.start]..starts[lines.end];
            let mut new = String::with_capacity(region.len());
            let mut last = region.start;
            for (span, replacement) in &edits[group] {
                new.push_str(&text[last..span.start]);
                new.push_str(replacement);
                last = span.end;
            }
            new.push_str(&text[last..region.end]);
            let new_starts = line_starts(&new);
            let new = new_starts
                .windows(2)
                .map(|w| new[w[0]..w[1]].to_string())
                .collect();
            Change { lines, new }
        })
        .collect()
}

/// `@@` range: `start,len` with a 1-based start, just `start` for one line, and for no lines the
/// line before.
fn range(start: usize, len: usize) -> String {
    match len {
        0 => format!("{start},0"),
        1 => format!("{}", start + 1),
        _ => format!("{},{len}", start + 1),
    }
}

fn write_line(out: &mut impl Write, tag: u8, line: &str) -> io::Result<()> {
    out.write_all(&[tag])?;
    out.write_all(line.as_bytes())?;
    if !line.ends_with(['\n', '\r']) {
        out.write_all(b"\n\\ No newline at end of file\n")?;
    }
    Ok(())
}

/// Write the unified diff of `text` with `edits` applied.
fn write_diff(
    out: &mut impl Write,
    (old_name, new_name): &(String, String),
    text: &str,
    edits: &[(Range<usize>, String)],
) -> io::Result<()> {
    let starts = line_starts(text);
    let line_count = starts.len() - 1;
    let line = |i: usize| &text[starts[i]..starts[i + 1]];
    let changes = changes(text, &starts, edits);
    if changes.is_empty() {
        return Ok(());
    }
    writeln!(out, "--- {old_name}")?;
    writeln!(out, "+++ {new_name}")?;
    // New lines minus old lines, over the changes before the current hunk.
    let mut shift: isize = 0;
    let mut rest = &changes[..];
    while let Some(first) = rest.first() {
        // A hunk: changes whose gaps are at most twice the context.
        let n = 1 + rest
            .windows(2)
            .take_while(|w| w[1].lines.start - w[0].lines.end <= 2 * CONTEXT)
            .count();
        let (hunk, after) = rest.split_at(n);
        let last = &hunk[n - 1];
        let old =
            first.lines.start.saturating_sub(CONTEXT)..(last.lines.end + CONTEXT).min(line_count);
        let grown: isize = hunk
            .iter()
            .map(|c| c.new.len() as isize - c.lines.len() as isize)
            .sum();
        let new_start = old.start.saturating_add_signed(shift);
        let new_len = old.len().saturating_add_signed(grown);
        writeln!(
            out,
            "@@ -{} +{} @@",
            range(old.start, old.len()),
            range(new_start, new_len)
        )?;
        let mut at = old.start;
        for c in hunk {
            for i in at..c.lines.start {
                write_line(out, b' ', line(i))?;
            }
            for i in c.lines.clone() {
                write_line(out, b'-', line(i))?;
            }
            for l in &c.new {
                write_line(out, b'+', l)?;
            }
            at = c.lines.end;
        }
        for i in at..old.end {
            write_line(out, b' ', line(i))?;
        }
        shift += grown;
        rest = after;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(text: &str, edits: &[(&str, &str)]) -> String {
        // Each edit replaces the first occurrence of its text after the previous edit.
        let mut spans = Vec::new();
        let mut from = 0;
        for (old, new) in edits {
            let start = from + text[from..].find(old).expect("edit text present");
            spans.push((start..start + old.len(), new.to_string()));
            from = start + old.len();
        }
        let mut out = Vec::new();
        let names = ("a/f".to_string(), "b/f".to_string());
        write_diff(&mut out, &names, text, &spans).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Expected outputs are what GNU `diff -u` prints for the same two texts (with the file
    /// names and times of its header replaced by a/f and b/f).
    #[test]
    fn hunks_context_and_line_numbers() {
        let text: String = (1..=20).map(|i| format!("line {i}\n")).collect();
        // One change in the middle: three lines of context each side.
        assert_eq!(
            diff(&text, &[("line 10", "LINE 10")]),
            "--- a/f\n+++ b/f\n@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+LINE 10\n line 11\n line 12\n line 13\n"
        );
        // At the start and at the end: the context is cut short.
        assert_eq!(
            diff(&text, &[("line 1\n", "LINE 1\n"), ("line 20", "LINE 20")]),
            "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-line 1\n+LINE 1\n line 2\n line 3\n line 4\n@@ -17,4 +17,4 @@\n line 17\n line 18\n line 19\n-line 20\n+LINE 20\n"
        );
        // Six lines apart: one hunk; seven apart: two.
        assert_eq!(
            diff(&text, &[("line 5", "LINE 5"), ("line 12", "LINE 12")]),
            "--- a/f\n+++ b/f\n@@ -2,14 +2,14 @@\n line 2\n line 3\n line 4\n-line 5\n+LINE 5\n line 6\n line 7\n line 8\n line 9\n line 10\n line 11\n-line 12\n+LINE 12\n line 13\n line 14\n line 15\n"
        );
        assert_eq!(
            diff(&text, &[("line 5", "LINE 5"), ("line 13", "LINE 13")]),
            "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+LINE 5\n line 6\n line 7\n line 8\n@@ -10,7 +10,7 @@\n line 10\n line 11\n line 12\n-line 13\n+LINE 13\n line 14\n line 15\n line 16\n"
        );
    }

    #[test]
    fn adjacent_lines_are_one_change_and_joined_lines_shift_the_rest() {
        let text = "a\nKim\nJong Un\nx\nKim Jong-un\nKim Jong-un\nb\n";
        assert_eq!(
            diff(
                text,
                &[
                    ("Kim\nJong Un", "Kim Jong Un"),
                    ("Kim Jong-un", "Kim Jong Un"),
                    ("Kim Jong-un", "Kim Jong Un")
                ]
            ),
            "--- a/f\n+++ b/f\n@@ -1,7 +1,6 @@\n a\n-Kim\n-Jong Un\n+Kim Jong Un\n x\n-Kim Jong-un\n-Kim Jong-un\n+Kim Jong Un\n+Kim Jong Un\n b\n"
        );
    }

    #[test]
    fn a_last_line_without_newline_is_marked() {
        assert_eq!(
            diff("one\nKim Jong-un", &[("Kim Jong-un", "Kim Jong Un")]),
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n one\n-Kim Jong-un\n\\ No newline at end of file\n+Kim Jong Un\n\\ No newline at end of file\n"
        );
        assert_eq!(
            diff("Kim Jong-un\r\nend", &[("Kim Jong-un", "Kim Jong Un")]),
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-Kim Jong-un\r\n+Kim Jong Un\r\n end\n\\ No newline at end of file\n"
        );
    }

    #[test]
    fn line_starts_follow_every_line_ending() {
        assert_eq!(line_starts(""), [0]);
        assert_eq!(line_starts("a"), [0, 1]);
        assert_eq!(line_starts("a\n"), [0, 2]);
        assert_eq!(line_starts("a\r\nb\rc\n\nd"), [0, 3, 5, 7, 8, 9]);
    }

    #[test]
    fn time_is_linear_in_the_lines() {
        // 200,000 lines with a fix on every fifth (so one hunk): quadratic work would not
        // finish in time for the test suite; this is a few milliseconds.
        let text: String = (0..200_000)
            .map(|i| {
                if i % 5 == 0 {
                    "Kim Jong-un\n".to_string()
                } else {
                    format!("{i}\n")
                }
            })
            .collect();
        let edits: Vec<_> = text
            .match_indices("Kim Jong-un")
            .map(|(i, s)| (i..i + s.len(), "Kim Jong Un".to_string()))
            .collect();
        let mut out = Vec::new();
        let names = ("a".to_string(), "b".to_string());
        write_diff(&mut out, &names, &text, &edits).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out.matches("\n+Kim Jong Un\n").count(), 40_000);
        assert_eq!(out.matches("@@ -").count(), 1);
    }

    /// The `similar` crate's unified diff (what `check --diff` printed before this module) is
    /// the reference: on texts where no changed line becomes equal to a line next to it (there a
    /// line-matching algorithm may pair lines differently), both print the same bytes. Texts
    /// mix `\n`, `\r\n` and lone `\r` line ends, names broken across lines, fixes on adjacent and
    /// distant lines, and a last line with or without an ending.
    #[test]
    fn same_bytes_as_the_similar_crate() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for case in 0..300 {
            let lines = 1 + next(60);
            let mut text = String::new();
            for i in 0..lines {
                match next(6) {
                    0 => text.push_str(&format!("a{i} Kim Jong-un b{i}")),
                    1 => text.push_str(&format!("a{i} Kim Jong\nUn b{i}")),
                    _ => text.push_str(&format!("line {i}")),
                }
                if i + 1 < lines || next(2) == 0 {
                    text.push_str(["\n", "\n", "\r\n", "\r"][next(4) as usize]);
                }
            }
            let mut edits: Vec<_> = text
                .match_indices("Jong-un")
                .chain(text.match_indices("Jong\nUn"))
                .map(|(i, s)| (i..i + s.len(), "Jong Un".to_string()))
                .collect();
            edits.sort_by_key(|(span, _)| span.start);
            let mut fixed = String::new();
            let mut last = 0;
            for (span, r) in &edits {
                fixed.push_str(&text[last..span.start]);
                fixed.push_str(r);
                last = span.end;
            }
            fixed.push_str(&text[last..]);
            let want = similar::TextDiff::from_lines(&text, &fixed)
                .unified_diff()
                .header("a/f", "b/f")
                .to_string();
            let mut got = Vec::new();
            let names = ("a/f".to_string(), "b/f".to_string());
            write_diff(&mut got, &names, &text, &edits).unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                want,
                "case {case}: {text:?}"
            );
        }
    }
}
