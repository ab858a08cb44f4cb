//! Which parts of a document are prose: the only text a name is looked for in.
//!
//! A name is matched only where it stands as words in running text. Everything else is masked
//! before the scan: URLs, e-mail addresses, paths and identifiers in any text (`plain`); code,
//! link destinations, HTML and front matter in Markdown (`markdown`); tags, attributes and the
//! contents of `<script>`, `<style>`, `<code>` and `<pre>` in HTML (`html`); and the lines that a
//! comment switches off (`canonym: ignore` on a line, `canonym: off` … `canonym: on` around a region,
//! in any comment syntax).
//!
//! The result is a [`Prose`]: a *view* of the document that the matcher scans, in which every
//! masked byte is replaced by `|` (a separator no name crosses), so that offsets into the view are
//! offsets into the document. The one exception is an HTML character reference, which the view
//! holds decoded (`Kim&nbsp;Jong&nbsp;Un` is a name); [`Prose::original`] maps an offset of the
//! view back to the document.

mod html;
mod markdown;
mod plain;

use std::borrow::Cow;
use std::ops::Range;
use std::path::Path;

/// How a document is marked up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Markup {
    /// Plain text: only URLs, e-mail addresses, paths and identifiers are masked.
    #[default]
    Plain,
    /// CommonMark with the GitHub extensions (tables, strikethrough, footnotes) and front matter.
    Markdown,
    /// HTML: only text nodes are prose.
    Html,
}

impl Markup {
    /// The names accepted by [`Markup::parse`].
    pub const NAMES: [&'static str; 3] = ["plain", "markdown", "html"];

    /// The markup of a file, by its extension: `.md`, `.markdown`, `.mdx` … are Markdown; `.html`,
    /// `.htm`, `.xhtml` are HTML; anything else is plain text.
    pub fn of_path(path: &Path) -> Markup {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" | "mkdn" | "mdwn" | "mdx" => Markup::Markdown,
            "html" | "htm" | "xhtml" | "shtml" => Markup::Html,
            _ => Markup::Plain,
        }
    }

    /// The markup named `name` (`plain`, `markdown`, `html`).
    pub fn parse(name: &str) -> Option<Markup> {
        match name {
            "plain" => Some(Markup::Plain),
            "markdown" => Some(Markup::Markdown),
            "html" => Some(Markup::Html),
            _ => None,
        }
    }

    /// Its name.
    pub fn as_str(self) -> &'static str {
        match self {
            Markup::Plain => "plain",
            Markup::Markdown => "markdown",
            Markup::Html => "html",
        }
    }

    /// Must a document in this markup be read whole (a parser needs all of it)?
    pub fn needs_whole_document(self) -> bool {
        self != Markup::Plain
    }

    /// The text of `raw`, a span of prose of a document in this markup, as the matcher reads it
    /// (and so as the house style is judged): in HTML, with its character references decoded.
    pub fn decoded(self, raw: &str) -> Cow<'_, str> {
        match self {
            Markup::Html => html::decoded(raw),
            Markup::Plain | Markup::Markdown => Cow::Borrowed(raw),
        }
    }

    /// What to write over `raw`, a name as a document in this markup spells it, for it to read
    /// `replacement`. In HTML, only the name's letters and hyphens change: the document's own
    /// white space between its words stays as written (`&nbsp;`, `&#160;`, a line break), and
    /// `&` and `<` are escaped. Elsewhere, the replacement as it is.
    ///
    /// ```
    /// use canonym::prose::Markup;
    ///
    /// let html = Markup::Html.respell("KIM&nbsp;JONG-UN", "Kim Jong Un");
    /// assert_eq!(html, "Kim&nbsp;Jong Un");
    /// assert_eq!(Markup::Plain.respell("KIM\u{a0}JONG-UN", "Kim Jong Un"), "Kim Jong Un");
    /// ```
    pub fn respell<'r>(self, raw: &str, replacement: &'r str) -> Cow<'r, str> {
        match self {
            Markup::Html => Cow::Owned(html::respell(raw, replacement)),
            Markup::Plain | Markup::Markdown => Cow::Borrowed(replacement),
        }
    }
}

/// What the view holds in place of a masked byte: ASCII punctuation, which no name crosses.
pub(crate) const MASK: u8 = b'|';

/// The prose of one document (or of one piece of a plain-text document): the view the matcher
/// scans, and the way back to offsets of the document.
#[derive(Clone, Debug)]
pub struct Prose<'a> {
    view: Cow<'a, str>,
    /// Where the view and the document stop having the same offsets: `(view offset, document
    /// offset)`, sorted. Empty when every offset is the same (everything but decoded HTML).
    anchors: Vec<(usize, usize)>,
    len: usize,
}

impl<'a> Prose<'a> {
    /// The prose of the whole document `text`.
    ///
    /// ```
    /// use canonym::prose::{Markup, Prose};
    ///
    /// let prose = Prose::new("See `Kim Jong-un` at https://x.org/kim-jong-un", Markup::Markdown);
    /// assert_eq!(prose.view(), "See ||||||||||||| at |||||||||||||||||||||||||");
    /// ```
    pub fn new(text: &'a str, markup: Markup) -> Prose<'a> {
        Prose::piece(text, markup, false).0
    }

    /// The prose of `text`, a piece of a document that starts inside a region switched off
    /// (`canonym: off`) when `off`; and whether the region is still off after the piece.
    pub(crate) fn piece(text: &'a str, markup: Markup, off: bool) -> (Prose<'a>, bool) {
        let mut masked: Vec<Range<usize>> = Vec::new();
        let (view, anchors, off) = match markup {
            Markup::Plain | Markup::Markdown => {
                if markup == Markup::Markdown {
                    markdown::mask(text, &mut masked);
                }
                plain::mask(text, &mut masked);
                let off = suppressed(text, off, &mut masked);
                let view = if masked.is_empty() {
                    Cow::Borrowed(text)
                } else {
                    let mut view = text.as_bytes().to_vec();
                    for r in &masked {
                        fill(&mut view[r.clone()]);
                    }
                    Cow::Owned(into_string(view))
                };
                (view, Vec::new(), off)
            }
            Markup::Html => {
                // The view has the tags masked and the references decoded: the rules of plain
                // text apply to it; the suppression comments are found in the document.
                let (view, anchors) = html::view(text);
                plain::mask(&view, &mut masked);
                let mut lines = Vec::new();
                let off = suppressed(text, off, &mut lines);
                masked.extend(
                    lines
                        .into_iter()
                        .map(|r| view_offset(&anchors, r.start)..view_offset(&anchors, r.end)),
                );
                let mut view = view.into_bytes();
                for r in &masked {
                    let e = r.end.min(view.len());
                    fill(&mut view[r.start.min(e)..e]);
                }
                (Cow::Owned(into_string(view)), anchors, off)
            }
        };
        (
            Prose {
                view,
                anchors,
                len: text.len(),
            },
            off,
        )
    }

    /// The text to scan: the document with everything that is not prose masked.
    pub fn view(&self) -> &str {
        &self.view
    }

    /// Are the offsets of the view those of the document?
    pub fn same_offsets(&self) -> bool {
        self.anchors.is_empty()
    }

    /// Move `matches` from offsets of the view to offsets of the document, plus `base`.
    pub(crate) fn to_original(&self, matches: &mut [crate::Match], base: usize) {
        for m in matches {
            if !self.same_offsets() {
                m.start = self.original(m.start);
                m.end = self.original(m.end);
            }
            m.start += base;
            m.end += base;
        }
    }

    /// The offset in the document of the offset `v` of the view.
    pub fn original(&self, v: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.0 <= v);
        if i == 0 {
            return v.min(self.len);
        }
        let (av, ao) = self.anchors[i - 1];
        let o = ao + (v - av);
        // Inside a decoded reference: its end in the document, never past the next anchor.
        match self.anchors.get(i) {
            Some(&(_, next)) => o.min(next),
            None => o.min(self.len),
        }
    }
}

/// The offset in the view of the document offset `o` (the inverse of [`Prose::original`] on the
/// offsets where both exist).
fn view_offset(anchors: &[(usize, usize)], o: usize) -> usize {
    let i = anchors.partition_point(|a| a.1 <= o);
    if i == 0 {
        return o;
    }
    let (av, ao) = anchors[i - 1];
    av + (o - ao)
}

/// Mask `bytes` (whole characters: every byte of them but line breaks becomes [`MASK`]; the
/// view keeps the document's lines).
fn fill(bytes: &mut [u8]) {
    for b in bytes {
        if *b != b'\n' {
            *b = MASK;
        }
    }
}

/// The bytes as a string: they are UTF-8, since only whole characters were masked.
fn into_string(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The marker of inline suppression, and what may follow it.
const MARKER: &[u8] = b"canonym:";

/// Mask the lines that carry `canonym: ignore`, and the regions from a line with `canonym: off`
/// to the next line with `canonym: on` (the marker lines included). `off`: whether `text` starts
/// inside such a region; returns whether it ends inside one.
fn suppressed(text: &str, mut off: bool, masked: &mut Vec<Range<usize>>) -> bool {
    let bytes = text.as_bytes();
    let finder = memchr::memmem::Finder::new(MARKER);
    let mut region = if off { Some(0) } else { None };
    let mut at = 0;
    while let Some(p) = finder.find(&bytes[at..]).map(|p| p + at) {
        let line_start = memchr::memrchr(b'\n', &bytes[..p]).map_or(0, |i| i + 1);
        let line_end = memchr::memchr(b'\n', &bytes[p..]).map_or(bytes.len(), |i| p + i);
        let word = directive(&bytes[p + MARKER.len()..line_end]);
        match word {
            Some(Directive::Ignore) if region.is_none() => masked.push(line_start..line_end),
            Some(Directive::Off) if region.is_none() => region = Some(line_start),
            Some(Directive::On) => {
                if let Some(s) = region.take() {
                    masked.push(s..line_end);
                }
            }
            _ => {}
        }
        at = p + MARKER.len();
    }
    if let Some(s) = region {
        masked.push(s..bytes.len());
        off = true;
    } else {
        off = false;
    }
    masked.sort_by_key(|r| r.start);
    off
}

/// Whether a region switched off (`canonym: off`) is open after `text`, a piece of a document,
/// when it was open before it (`off`). Cheap: it looks only at the markers.
pub(crate) fn still_off(text: &str, off: bool) -> bool {
    let bytes = text.as_bytes();
    let mut off = off;
    for p in memchr::memmem::find_iter(bytes, MARKER) {
        let line_end = memchr::memchr(b'\n', &bytes[p..]).map_or(bytes.len(), |i| p + i);
        match directive(&bytes[p + MARKER.len()..line_end]) {
            Some(Directive::Off) => off = true,
            Some(Directive::On) => off = false,
            _ => {}
        }
    }
    off
}

/// What a `canonym:` marker says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Directive {
    Ignore,
    Off,
    On,
}

/// The directive after `canonym:` (white space first, then a word that ends there).
fn directive(rest: &[u8]) -> Option<Directive> {
    let start = rest.iter().position(|b| !matches!(b, b' ' | b'\t'))?;
    let rest = &rest[start..];
    let end = rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    match &rest[..end] {
        b"ignore" => Some(Directive::Ignore),
        b"off" => Some(Directive::Off),
        b"on" => Some(Directive::On),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view, with masked bytes shown as `|`.
    fn view(text: &str, markup: Markup) -> String {
        Prose::new(text, markup).view().to_string()
    }

    #[test]
    fn plain_text_masks_urls_emails_paths_and_identifiers() {
        let cases: [(&str, &[&str]); 9] = [
            (
                "See https://example.com/kim-jong-un/bio now",
                &["https://example.com/kim-jong-un/bio"],
            ),
            ("(www.kim-jong-un.org).", &["www.kim-jong-un.org"]),
            ("mail kim.jong-un@gov.kp,", &["kim.jong-un@gov.kp"]),
            ("file kim_jong_un here", &["kim_jong_un"]),
            ("at /people/Kim-Jong-un.", &["/people/Kim-Jong-un"]),
            ("open KimJongUn.jpg!", &["KimJongUn.jpg"]),
            (r"C:\Users\kim", &[r"C:\Users\kim"]),
            // Prose stays prose.
            ("Kim Jong-un and/or Kim Il-sung. U.S. e.g. Mr. Kim", &[]),
            ("Kim Jong-un.He said", &[]),
        ];
        for (text, masked) in cases {
            let mut want = text.to_string();
            for m in masked {
                want = want.replace(m, &"|".repeat(m.len()));
            }
            assert_eq!(view(text, Markup::Plain), want, "{text}");
        }
    }

    #[test]
    fn suppression_lines_and_regions() {
        let text = "Kim Jong-un\nKim Jong-un # canonym: ignore\nx\n<!-- canonym: off -->\nKim\n<!-- canonym: on -->\nKim";
        let v = view(text, Markup::Plain);
        let lines: Vec<&str> = v.lines().collect();
        assert_eq!(lines[0], "Kim Jong-un");
        assert!(lines[1].bytes().all(|b| b == MASK), "{v}");
        assert_eq!(lines[2], "x");
        assert!(
            lines[3..6].iter().all(|l| l.bytes().all(|b| b == MASK)),
            "{v}"
        );
        assert_eq!(lines[6], "Kim");
        // A region left open runs to the end, and on into the next piece.
        let (p, off) = Prose::piece("a\ncanonym: off\nKim", Markup::Plain, false);
        assert!(off);
        assert_eq!(p.view(), "a\n||||||||||||\n|||");
        let (p, off) = Prose::piece("Kim\ncanonym: on\nKim", Markup::Plain, true);
        assert!(!off);
        assert_eq!(p.view(), "|||\n|||||||||||\nKim");
        // Other words after the marker are no directive.
        assert_eq!(
            view("canonym: offline Kim", Markup::Plain),
            "canonym: offline Kim"
        );
    }

    #[test]
    fn markup_follows_the_extension() {
        assert_eq!(Markup::of_path(Path::new("a/b.MD")), Markup::Markdown);
        assert_eq!(Markup::of_path(Path::new("b.htm")), Markup::Html);
        assert_eq!(Markup::of_path(Path::new("b.txt")), Markup::Plain);
        assert_eq!(Markup::of_path(Path::new("README")), Markup::Plain);
    }

    #[test]
    fn offsets_map_back_through_decoded_references() {
        let text = "<p>Kim&nbsp;Jong&nbsp;Un</p>";
        let p = Prose::new(text, Markup::Html);
        let s = p.view().find("Kim").unwrap();
        let e = p.view().find("Un").unwrap() + 2;
        assert_eq!(&text[p.original(s)..p.original(e)], "Kim&nbsp;Jong&nbsp;Un");
    }
}
