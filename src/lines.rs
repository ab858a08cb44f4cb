//! Where a byte offset is: the one line index of the house, for glossary errors, `check`'s
//! findings, and the editors and CI formats to come.
//!
//! canonym works in byte offsets; people and tools want lines and columns, and count columns in
//! three ways: in bytes (UTF-8 editors), in characters, i.e. Unicode scalar values (canonym's own
//! messages, SARIF's `unicodeCodePoints`), and in UTF-16 code units (the Language Server
//! Protocol's default). A [`LineIndex`] answers in any of them, and maps a line and column back
//! to a byte offset.
//!
//! Lines end at `\n` (a `\r` before it belongs to the line's text, as in `wc -l`). Building reads
//! the text once, O(n); a query costs a binary search over the line starts, O(log n), plus
//! counting at most [`LineIndex::BLOCK`] bytes, however long the line: a 50 MB text on one line
//! costs no more per query than a short one.

use crate::error::Position;
use std::ops::Range;
use std::sync::OnceLock;

/// How a column is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Column {
    /// UTF-8 bytes.
    Bytes,
    /// Characters (Unicode scalar values, "code points" in SARIF).
    Chars,
    /// UTF-16 code units (the LSP's default position encoding).
    Utf16,
}

/// Line starts of a text, and running character counts, for turning offsets into lines and
/// columns (and back) quickly.
///
/// ```
/// use canonym::lines::{Column, LineIndex};
///
/// let text = "Kim\nЖук 😀 Ким\n";
/// let lines = LineIndex::new(text);
/// let at = text.find("Ким").unwrap();
/// assert_eq!(lines.line_of(at), 1); // 0-based
/// assert_eq!(lines.column(at, Column::Bytes), 12);
/// assert_eq!(lines.column(at, Column::Chars), 6);
/// assert_eq!(lines.column(at, Column::Utf16), 7); // the emoji is two UTF-16 units
/// assert_eq!(lines.offset(1, 7, Column::Utf16), at);
/// assert_eq!(lines.position(at).column, 7); // 1-based, in characters
/// ```
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
    /// For each block of [`LineIndex::BLOCK`] bytes: the characters and UTF-16 units before it.
    /// Built on the first query that needs it (a line longer than a block).
    blocks: OnceLock<Vec<Counts>>,
}

/// Characters and UTF-16 code units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counts {
    chars: usize,
    utf16: usize,
}

/// The characters and UTF-16 units that start in `bytes` (any byte range: a character cut at
/// either end is counted where its first byte is).
fn count(bytes: &[u8]) -> Counts {
    // A character starts at every byte that is not a continuation byte (10xxxxxx); a four-byte
    // character (lead 11110xxx) is two UTF-16 units. Eight bytes at a time: bit 7 of each byte
    // of `x & !(x << 1)` is set for continuation bytes, of `x & x<<1 & x<<2 & x<<3` for leads
    // of four bytes.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    let (mut continuation, mut four) = (0usize, 0usize);
    for w in words {
        let x = u64::from_ne_bytes(w.try_into().unwrap_or_default());
        continuation += (x & !(x << 1) & HIGH).count_ones() as usize;
        four += (x & (x << 1) & (x << 2) & (x << 3) & HIGH).count_ones() as usize;
    }
    for &b in tail {
        continuation += usize::from(b & 0xC0 == 0x80);
        four += usize::from(b >= 0xF0);
    }
    let chars = bytes.len() - continuation;
    Counts {
        chars,
        utf16: chars + four,
    }
}

impl Counts {
    fn get(self, unit: Column) -> usize {
        match unit {
            Column::Chars => self.chars,
            Column::Utf16 => self.utf16,
            Column::Bytes => unreachable!("bytes are not counted"),
        }
    }
}

impl<'a> LineIndex<'a> {
    /// Bytes per block of the running counts: the most a query counts.
    pub const BLOCK: usize = 256;

    /// Index the lines of `text`.
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            text,
            starts,
            blocks: OnceLock::new(),
        }
    }

    /// The text indexed.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The number of lines (a text ending in `\n` has an empty last line; an empty text has one).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// `offset` clamped to the text and moved back to a character boundary.
    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The 0-based line of byte `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = self.clamp(offset);
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// The bytes of 0-based `line`, without its `\n` (and without a `\r` before it); an empty
    /// range at the end of the text past the last line.
    pub fn line_range(&self, line: usize) -> Range<usize> {
        let Some(&start) = self.starts.get(line) else {
            return self.text.len()..self.text.len();
        };
        let mut end = self
            .starts
            .get(line + 1)
            .map_or(self.text.len(), |&next| next - 1);
        if end > start && self.text.as_bytes()[end - 1] == b'\r' && end < self.text.len() {
            end -= 1;
        }
        start..end
    }

    /// The text of 0-based `line`, without its line ending.
    pub fn line_text(&self, line: usize) -> &'a str {
        &self.text[self.line_range(line)]
    }

    /// The 0-based column of byte `offset` (clamped, moved back to a character boundary) in its
    /// line, counted in `unit`.
    pub fn column(&self, offset: usize, unit: Column) -> usize {
        let offset = self.clamp(offset);
        let start = self.starts[self.line_of(offset)];
        if unit == Column::Bytes {
            return offset - start;
        }
        if offset - start <= Self::BLOCK {
            return count(&self.text.as_bytes()[start..offset]).get(unit);
        }
        self.before(offset).get(unit) - self.before(start).get(unit)
    }

    /// The 1-based line and 1-based column in characters of byte `offset`: what canonym's
    /// messages print.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.clamp(offset);
        Position {
            line: self.line_of(offset) + 1,
            column: self.column(offset, Column::Chars) + 1,
        }
    }

    /// The byte offset of 0-based `line` and 0-based `column` counted in `unit`. A line past the
    /// last is the end of the text; a column past the end of its line is the end of the line (as
    /// the LSP asks); a column inside a character (a UTF-8 byte or a UTF-16 surrogate half) is
    /// that character's start.
    pub fn offset(&self, line: usize, column: usize, unit: Column) -> usize {
        let range = self.line_range(line);
        if range.is_empty() {
            return range.start;
        }
        if unit == Column::Bytes {
            return self.clamp(range.start + column.min(range.len()));
        }
        // On a long line, start from the block that holds the column, then walk at most a block.
        let mut at = range.start;
        let mut left = column;
        if range.len() > Self::BLOCK {
            let target = self.before(range.start).get(unit) + column;
            let blocks = self.blocks();
            let k = blocks.partition_point(|c| c.get(unit) <= target) - 1;
            let block_start = k * Self::BLOCK;
            if block_start >= range.end {
                return range.end;
            }
            if block_start > range.start {
                at = self.clamp(block_start);
                left = target - self.before(at).get(unit);
            }
        }
        for (i, c) in self.text[at..range.end].char_indices() {
            let width = match unit {
                Column::Utf16 => c.len_utf16(),
                _ => 1,
            };
            if left < width {
                return at + i;
            }
            left -= width;
        }
        range.end
    }

    /// The running counts of the whole text.
    fn blocks(&self) -> &[Counts] {
        self.blocks.get_or_init(|| {
            let mut total = Counts::default();
            let mut out = Vec::with_capacity(self.text.len() / Self::BLOCK + 1);
            for block in self.text.as_bytes().chunks(Self::BLOCK) {
                out.push(total);
                let c = count(block);
                total.chars += c.chars;
                total.utf16 += c.utf16;
            }
            out.push(total);
            out
        })
    }

    /// The characters and UTF-16 units before byte `offset` of the text.
    fn before(&self, offset: usize) -> Counts {
        let k = offset / Self::BLOCK;
        let base = self.blocks()[k];
        let rest = count(&self.text.as_bytes()[k * Self::BLOCK..offset]);
        Counts {
            chars: base.chars + rest.chars,
            utf16: base.utf16 + rest.utf16,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every column of every character boundary, counted the slow way, against the index; and
    /// back. Texts: ASCII, Cyrillic (2 bytes), Hangul (3 bytes), emoji (4 bytes, a UTF-16
    /// surrogate pair), a combining mark, CRLF line ends, empty lines, long lines past a block.
    #[test]
    fn columns_agree_with_counting_from_the_line_start() {
        let long = "Ким Чен Ын 김정은 😀 e\u{301} ".repeat(100);
        let texts = [
            String::new(),
            "\n".to_string(),
            "ab\nЖук Ким\r\nx".to_string(),
            "😀😀\n\n김정은\n".to_string(),
            format!("{long}\n{long}x\r\n😀{long}"),
        ];
        for text in &texts {
            let lines = LineIndex::new(text);
            let mut line = 0;
            let mut line_start = 0;
            for (offset, c) in text.char_indices().chain([(text.len(), '\0')]) {
                let before = &text[line_start..offset];
                assert_eq!(lines.line_of(offset), line, "{offset}");
                let want = [
                    (Column::Bytes, before.len()),
                    (Column::Chars, before.chars().count()),
                    (Column::Utf16, before.encode_utf16().count()),
                ];
                for (unit, col) in want {
                    assert_eq!(lines.column(offset, unit), col, "{unit:?} at {offset}");
                    // Back again, except from inside a line ending (that is the line's end).
                    if c != '\n' {
                        assert_eq!(
                            lines.offset(line, col, unit),
                            offset,
                            "{unit:?} {line}:{col}"
                        );
                    }
                }
                assert_eq!(
                    lines.position(offset),
                    Position {
                        line: line + 1,
                        column: before.chars().count() + 1
                    }
                );
                if c == '\n' {
                    line += 1;
                    line_start = offset + 1;
                }
            }
            assert_eq!(lines.line_count(), line + 1);
        }
    }

    #[test]
    fn counting_eight_bytes_at_a_time_agrees_with_one_at_a_time() {
        let text = "aЖ김😀é\u{301}xyz".repeat(7);
        let bytes = text.as_bytes();
        for a in 0..bytes.len() {
            for b in a..bytes.len().min(a + 40) {
                let slow = bytes[a..b].iter().filter(|&&x| x & 0xC0 != 0x80).count();
                let wide = bytes[a..b].iter().filter(|&&x| x >= 0xF0).count();
                let c = count(&bytes[a..b]);
                assert_eq!((c.chars, c.utf16), (slow, slow + wide), "{a}..{b}");
            }
        }
    }

    #[test]
    fn out_of_range_offsets_and_columns_are_clamped() {
        let text = "ab\nЖук Ким\r\n😀x";
        let lines = LineIndex::new(text);
        assert_eq!(lines.line_text(1), "Жук Ким");
        assert_eq!(lines.line_text(2), "😀x");
        assert_eq!(lines.line_text(9), "");
        // Inside a character: back to its start.
        assert_eq!(lines.column(4, Column::Bytes), 0);
        assert_eq!(lines.column(999, Column::Chars), 2);
        // Past the end of a line: its end, before "\r\n".
        assert_eq!(lines.offset(1, 99, Column::Chars), text.find('\r').unwrap());
        assert_eq!(lines.offset(0, 99, Column::Bytes), 2);
        // Half a surrogate pair: the emoji's start.
        let emoji = text.find('😀').unwrap();
        assert_eq!(lines.offset(2, 1, Column::Utf16), emoji);
        assert_eq!(lines.offset(2, 2, Column::Utf16), emoji + 4);
        assert_eq!(lines.offset(7, 0, Column::Chars), text.len());
    }
}
