//! A fast reader for glossary files written the usual way, with the `toml` crate as the reference.
//!
//! A 100,000-entry glossary is 15 MB of TOML; through `toml`'s document and serde it takes most of a
//! second to load. Glossary files use a small part of TOML (TOML 1.0, <https://toml.io/en/v1.0.0>):
//! the `[glossary]` and `[[entry]]` tables, bare keys, strings, booleans and arrays of strings. This
//! reader takes exactly that part and builds the same [`FileModel`], spans included. Anything else
//! (another table or key, a dotted or quoted key, a multi-line string, an escape other than TOML
//! 1.0's, a value of the wrong type, a key given twice, a missing `canonical`) makes it give up, and
//! the caller parses the text with `toml`, which also reports the error. A test checks that the two
//! agree on every file both read.

use super::format::{EntryModel, FileModel, HeaderModel, KindModel, Spellings};
use std::ops::Range;
use toml::Spanned;

/// Read `text` if it is written in the part of TOML this reader knows; `None` otherwise.
pub(crate) fn parse(text: &str) -> Option<FileModel> {
    let mut r = Reader {
        s: text.as_bytes(),
        text,
        p: 0,
    };
    let mut header: Option<HeaderModel> = None;
    let mut entries: Vec<EntryModel> = Vec::new();
    let mut entry: Option<Partial> = None;
    // Which table the keys go to: none yet, the header, or the last entry.
    #[derive(PartialEq)]
    enum Table {
        Root,
        Header,
        Entry,
    }
    let mut table = Table::Root;
    if text.starts_with('\u{feff}') {
        return None;
    }
    loop {
        r.skip_blank()?;
        let Some(&b) = r.s.get(r.p) else { break };
        if b == b'[' {
            if r.eat(b"[[entry]]") {
                if let Some(e) = entry.take() {
                    entries.push(e.finish()?);
                }
                entry = Some(Partial::default());
                table = Table::Entry;
            } else if r.eat(b"[glossary]") {
                if header.is_some() {
                    return None;
                }
                header = Some(HeaderModel {
                    name: None,
                    lang: None,
                    generate: None,
                    implied_shorts: None,
                    homonyms: None,
                    description: None,
                });
                table = Table::Header;
            } else {
                return None;
            }
            r.end_of_line()?;
            continue;
        }
        let key = r.key()?;
        r.skip_space();
        if !r.eat(b"=") {
            return None;
        }
        r.skip_space();
        let value = r.value()?;
        r.end_of_line()?;
        match table {
            Table::Root => return None,
            Table::Header => header.as_mut()?.set(key, value)?,
            Table::Entry => entry.as_mut()?.set(key, value)?,
        }
    }
    if let Some(e) = entry.take() {
        entries.push(e.finish()?);
    }
    Some(FileModel {
        glossary: header,
        entry: entries,
    })
}

/// A value as read, with its span.
enum Value {
    Str(String, Range<usize>),
    Bool(bool),
    Array(Vec<(String, Range<usize>)>, Range<usize>),
}

/// An `[[entry]]` being read.
#[derive(Default)]
struct Partial {
    id: Option<Spanned<String>>,
    canonical: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
    kind: Option<Spanned<KindModel>>,
    native: Option<Spanned<Spellings>>,
    variants: Option<Spanned<Spellings>>,
    short: Option<Spanned<Spellings>>,
    note: Option<String>,
    generate: Option<bool>,
}

/// Set a field that must not be set yet.
fn once<T>(field: &mut Option<T>, value: Option<T>) -> Option<()> {
    if field.is_some() {
        return None;
    }
    *field = Some(value?);
    Some(())
}

fn string(v: Value) -> Option<Spanned<String>> {
    match v {
        Value::Str(s, span) => Some(Spanned::new(span, s)),
        _ => None,
    }
}

fn plain_string(v: Value) -> Option<String> {
    string(v).map(Spanned::into_inner)
}

fn boolean(v: Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(b),
        _ => None,
    }
}

/// A string or an array of strings; a single string's own span is left empty, as the serde model
/// does (the loader uses the field's).
fn spellings(v: Value) -> Option<Spanned<Spellings>> {
    match v {
        Value::Str(s, span) => Some(Spanned::new(span, Spellings(vec![(s, 0..0)]))),
        Value::Array(items, span) => Some(Spanned::new(span, Spellings(items))),
        Value::Bool(_) => None,
    }
}

fn kind(v: Value) -> Option<Spanned<KindModel>> {
    let s = string(v)?;
    let k = match s.get_ref().as_str() {
        "person" => KindModel::Person,
        "place" => KindModel::Place,
        "organization" | "organisation" => KindModel::Organization,
        "other" => KindModel::Other,
        _ => return None,
    };
    Some(Spanned::new(s.span(), k))
}

impl Partial {
    fn set(&mut self, key: &[u8], v: Value) -> Option<()> {
        match key {
            b"id" => once(&mut self.id, string(v)),
            b"canonical" => once(&mut self.canonical, string(v)),
            b"lang" => once(&mut self.lang, string(v)),
            b"kind" => once(&mut self.kind, kind(v)),
            b"native" => once(&mut self.native, spellings(v)),
            b"variants" => once(&mut self.variants, spellings(v)),
            b"short" => once(&mut self.short, spellings(v)),
            b"note" => once(&mut self.note, plain_string(v)),
            b"generate" => once(&mut self.generate, boolean(v)),
            _ => None,
        }
    }

    fn finish(self) -> Option<EntryModel> {
        Some(EntryModel {
            id: self.id,
            canonical: self.canonical?,
            lang: self.lang,
            kind: self.kind,
            native: self.native,
            variants: self.variants,
            short: self.short,
            note: self.note,
            generate: self.generate,
        })
    }
}

impl HeaderModel {
    fn set(&mut self, key: &[u8], v: Value) -> Option<()> {
        match key {
            b"name" => once(&mut self.name, plain_string(v)),
            b"lang" => once(&mut self.lang, string(v)),
            b"generate" => once(&mut self.generate, boolean(v)),
            b"implied_shorts" => once(&mut self.implied_shorts, boolean(v)),
            b"homonyms" => once(&mut self.homonyms, string(v)),
            b"description" => once(&mut self.description, plain_string(v)),
            _ => None,
        }
    }
}

/// A cursor over the text.
struct Reader<'a> {
    s: &'a [u8],
    text: &'a str,
    p: usize,
}

/// May this byte appear in a comment or a one-line string? TOML forbids the control characters
/// other than tab there.
fn allowed(b: u8) -> bool {
    b == b'\t' || (b >= 0x20 && b != 0x7f)
}

impl<'a> Reader<'a> {
    fn eat(&mut self, what: &[u8]) -> bool {
        if self.s[self.p..].starts_with(what) {
            self.p += what.len();
            true
        } else {
            false
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.s.get(self.p), Some(b' ' | b'\t')) {
            self.p += 1;
        }
    }

    /// A comment, if one starts here.
    fn comment(&mut self) -> Option<()> {
        if self.s.get(self.p) == Some(&b'#') {
            while let Some(&b) = self.s.get(self.p) {
                if b == b'\n' || b == b'\r' {
                    break;
                }
                if !allowed(b) {
                    return None;
                }
                self.p += 1;
            }
        }
        Some(())
    }

    /// A line end (`\n` or `\r\n`), if one is here.
    fn newline(&mut self) -> Option<bool> {
        match self.s.get(self.p) {
            Some(b'\n') => {
                self.p += 1;
                Some(true)
            }
            Some(b'\r') => {
                if self.s.get(self.p + 1) != Some(&b'\n') {
                    return None;
                }
                self.p += 2;
                Some(true)
            }
            _ => Some(false),
        }
    }

    /// Skip blank lines, spaces and comments.
    fn skip_blank(&mut self) -> Option<()> {
        loop {
            self.skip_space();
            self.comment()?;
            if !self.newline()? {
                return Some(());
            }
        }
    }

    /// The rest of a line after a header or a value: spaces, a comment, then the line end or the
    /// end of the text.
    fn end_of_line(&mut self) -> Option<()> {
        self.skip_space();
        self.comment()?;
        if self.p == self.s.len() || self.newline()? {
            Some(())
        } else {
            None
        }
    }

    fn key(&mut self) -> Option<&'a [u8]> {
        let start = self.p;
        while self
            .s
            .get(self.p)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            self.p += 1;
        }
        let s: &'a [u8] = self.s;
        (self.p > start).then(|| &s[start..self.p])
    }

    fn value(&mut self) -> Option<Value> {
        match *self.s.get(self.p)? {
            b'"' | b'\'' => {
                let (s, span) = self.string()?;
                Some(Value::Str(s, span))
            }
            b't' if self.eat(b"true") => Some(Value::Bool(true)),
            b'f' if self.eat(b"false") => Some(Value::Bool(false)),
            b'[' => {
                let start = self.p;
                self.p += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_blank()?;
                    if self.eat(b"]") {
                        break;
                    }
                    items.push(self.string()?);
                    self.skip_blank()?;
                    if self.eat(b",") {
                        continue;
                    }
                    if self.eat(b"]") {
                        break;
                    }
                    return None;
                }
                Some(Value::Array(items, start..self.p))
            }
            _ => None,
        }
    }

    /// A one-line basic ("...") or literal ('...') string and its span, quotes included.
    fn string(&mut self) -> Option<(String, Range<usize>)> {
        let start = self.p;
        let quote = *self.s.get(start)?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        if self.s.get(start + 1) == Some(&quote) && self.s.get(start + 2) == Some(&quote) {
            return None; // a multi-line string
        }
        self.p += 1;
        let mut out = String::new();
        let mut run = self.p;
        loop {
            // Plain characters, up to the next quote, escape or forbidden byte.
            let rest = self.s.get(self.p..)?;
            self.p += rest
                .iter()
                .position(|&b| b == quote || b == b'\\' || !allowed(b))?;
            let b = self.s[self.p];
            if b == quote {
                out.push_str(self.text.get(run..self.p)?);
                self.p += 1;
                return Some((out, start..self.p));
            }
            if b == b'\\' && quote == b'"' {
                out.push_str(self.text.get(run..self.p)?);
                self.p += 1;
                let c = match *self.s.get(self.p)? {
                    b'u' => self.hex(4)?,
                    b'U' => self.hex(8)?,
                    e => {
                        self.p += 1;
                        match e {
                            b'b' => '\u{8}',
                            b't' => '\t',
                            b'n' => '\n',
                            b'f' => '\u{c}',
                            b'r' => '\r',
                            b'"' => '"',
                            b'\\' => '\\',
                            _ => return None,
                        }
                    }
                };
                out.push(c);
                run = self.p;
                continue;
            }
            if !allowed(b) {
                return None;
            }
            self.p += 1;
        }
    }

    /// The character of a `\u` or `\U` escape (`self.p` on the `u`), which it moves past.
    fn hex(&mut self, digits: usize) -> Option<char> {
        let h = self.text.get(self.p + 1..self.p + 1 + digits)?;
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let c = char::from_u32(u32::from_str_radix(h, 16).ok()?)?;
        self.p += 1 + digits;
        Some(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: what `toml` makes of the text.
    fn reference(text: &str) -> Option<FileModel> {
        toml::from_str::<FileModel>(text).ok()
    }

    /// This reader agrees with `toml` wherever it reads a text, and reads `text` when `expect`.
    fn agree(text: &str, expect: bool) {
        let ours = parse(text).map(|m| format!("{m:?}"));
        let short: String = text.chars().take(80).collect();
        assert_eq!(ours.is_some(), expect, "read or not: {short:?}");
        if let Some(ours) = ours {
            let theirs = reference(text)
                .map(|m| format!("{m:?}"))
                .unwrap_or_default();
            let at = ours
                .bytes()
                .zip(theirs.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(ours.len().min(theirs.len()));
            let from = at.saturating_sub(80);
            assert!(
                ours == theirs,
                "{short:?}: differs at {at}:\n ours   {:?}\n theirs {:?}",
                ours.get(from..(at + 80).min(ours.len())),
                theirs.get(from..(at + 80).min(theirs.len()))
            );
        }
    }

    #[test]
    fn agrees_with_toml_on_the_bundled_glossaries() {
        for (name, text) in crate::glossary::BUNDLED {
            assert!(parse(text).is_some(), "{name}");
            agree(text, true);
        }
    }

    /// Texts one edit away from a real glossary: whatever this reader accepts, `toml` reads alike,
    /// and nothing panics.
    #[test]
    fn agrees_with_toml_one_edit_away() {
        // Bytes that matter to TOML, and some that do not.
        const BYTES: &[u8] = b"\"'[]=#,\\\n\r\t ux0aAe.-_{}";
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut read = 0;
        for (_, text) in crate::glossary::BUNDLED {
            // The first entries, cut at the end of a line.
            let cut = text[..text.len().min(1500)]
                .rfind('\n')
                .map_or(text.len(), |i| i + 1);
            let head = &text.as_bytes()[..cut];
            for _ in 0..200 {
                let mut b = head.to_vec();
                let at = next(b.len());
                match next(3) {
                    0 => b[at] = BYTES[next(BYTES.len())],
                    1 => b.insert(at, BYTES[next(BYTES.len())]),
                    _ => {
                        b.remove(at);
                    }
                }
                let Ok(t) = std::str::from_utf8(&b) else {
                    continue;
                };
                if let Some(ours) = parse(t) {
                    read += 1;
                    assert_eq!(
                        Some(format!("{ours:?}")),
                        reference(t).map(|m| format!("{m:?}")),
                        "edit at {at}: {:?}",
                        &t[at.saturating_sub(40).min(t.len())..]
                            .chars()
                            .take(80)
                            .collect::<String>()
                    );
                }
            }
        }
        // Most edits keep the text readable (inside a note, say): the test is not vacuous.
        assert!(read > 100, "only {read} edited texts were read");
    }

    #[test]
    fn agrees_with_toml_on_the_usual_shapes() {
        let read = [
            "",
            "\n\n# only a comment\n",
            "[glossary]\nname = \"x\"\nlang = \"ko\"\ngenerate = false\ndescription = 'free'\n",
            "[[entry]]\ncanonical = \"Kim Jong Un\"",
            "[[entry]]\r\ncanonical = \"Kim\"\r\nvariants = [\"a\", 'b',]\r\n",
            "  [[entry]]   # c\n  id = \"k\"  # c\ncanonical=\"A\"\nkind = \"person\"\n",
            "[[entry]]\ncanonical = \"A\"\nkind = \"organisation\"\nnative = \"김\"\nshort = []\n",
            "[[entry]]\ncanonical = \"A\"\nvariants = [\n  \"b\", # one\n  # two\n  \"c\"\n]\n",
            "[[entry]]\ncanonical = \"\\u00e9\\U0001F600 \\\"q\\\" \\\\ \\t\"\nnote = \"x\\ny\"\n",
            "[[entry]]\ncanonical = 'C:\\path'\ngenerate = true\n",
            "[[entry]]\ncanonical = \"A\"\n[glossary]\nname = \"late\"\n[[entry]]\ncanonical = \"B\"\n",
            "[[entry]]\ncanonical = \"tab\there\"\n",
            "[glossary]\n",
            "[glossary]\nhomonyms = \"error\"\n",
        ];
        for t in read {
            agree(t, true);
        }
        // Not this reader's part of TOML: left to `toml` (valid or not).
        let left = [
            "title = \"x\"\n",
            "[glossary]\n[glossary]\n",
            "[[entry]]\ncanonical = \"A\"\ncanonical = \"B\"\n",
            "[[entry]]\nid = \"a\"\n",
            "[[entry]]\ncanonical = \"A\"\nvarients = [\"b\"]\n",
            "[[entry]]\ncanonical = \"A\"\nkind = \"animal\"\n",
            "[[entry]]\ncanonical = \"\"\"A\"\"\"\n",
            "[[entry]]\ncanonical = \"A\\e\"\n",
            "[[entry]]\ncanonical = \"A\\x41\"\n",
            "[[entry]]\ncanonical = \"A\\ud800\"\n",
            "[[entry]]\ncanonical = \"A\" x\n",
            "[[entry]]\ncanonical = \"A\ngenerate = 1\n",
            "[[entry]]\ncanonical = \"A\"\ngenerate = \"yes\"\n",
            "[[entry]]\ncanonical = \"A\"\nvariants = [\"b\", true]\n",
            "[[entry]]\ncanonical = \"A\"\nvariants = [\"b\" \"c\"]\n",
            "[[entry]]\n\"canonical\" = \"A\"\n",
            "[[entry]]\nentry.canonical = \"A\"\n",
            "[[ entry ]]\ncanonical = \"A\"\n",
            "[entry]\ncanonical = \"A\"\n",
            "[[entry]]\ncanonical = \"A\u{1}\"\n",
            "[[entry]]\ncanonical = \"A\" # bad \u{7f}\n",
            "[[entry]]\rcanonical = \"A\"\n",
            "\u{feff}[[entry]]\ncanonical = \"A\"\n",
            "[[entry]]\ncanonical = \"A\"\nnote = { a = 1 }\n",
        ];
        for t in left {
            agree(t, false);
        }
    }
}
