//! The prose of an HTML document, as a WHATWG tokenizer (`html5gum`, with spans) sees it: the
//! text nodes, outside `<script>`, `<style>`, `<code>` and `<pre>`. Tags, attributes, comments and
//! the doctype are masked; character references in text are decoded (by the same tokenizer), so
//! that `Kim&nbsp;Jong&nbsp;Un` reads as the name it is.

use super::MASK;
use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Span, Tokenizer};
use std::convert::Infallible;

/// Elements whose content is not prose.
const NOT_PROSE: [&[u8]; 4] = [b"code", b"pre", b"script", b"style"];

/// The view of the HTML document `text`: text nodes as prose (references decoded), everything
/// else masked; and the anchors where the offsets of the view and the document part (see
/// [`super::Prose`]).
pub(super) fn view(text: &str) -> (String, Vec<(usize, usize)>) {
    // The prose text nodes, by their spans in the document.
    let mut nodes: Vec<(usize, usize)> = Vec::new();
    let mut tag: Vec<u8> = Vec::new();
    let mut depth = 0usize;
    let mut emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, span: Span<usize>| {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                tag.clear();
                tag.extend(name.iter().map(u8::to_ascii_lowercase));
            }
            CallbackEvent::CloseStartTag { self_closing }
                if !self_closing && NOT_PROSE.contains(&tag.as_slice()) =>
            {
                depth += 1;
            }
            CallbackEvent::EndTag { name } => {
                let name = name.to_ascii_lowercase();
                if NOT_PROSE.contains(&name.as_slice()) {
                    depth = depth.saturating_sub(1);
                }
            }
            CallbackEvent::String { .. }
                if depth == 0 && span.start < span.end && span.end <= text.len() =>
            {
                nodes.push((span.start, span.end));
            }
            _ => {}
        }
        None::<Infallible>
    });
    // `<script>` and `<style>` hold raw text, as a browser reads them.
    emitter.naively_switch_states(true);
    // The tokenizer reads from a string and never fails.
    let _ = Tokenizer::new_with_emitter(text, emitter).finish();

    let mut view = String::with_capacity(text.len());
    let mut anchors = Vec::new();
    let mut at = 0;
    for (s, e) in nodes {
        if s < at || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        mask_to(&mut view, s - at);
        decode_into(&text[s..e], s, &mut view, &mut anchors);
        at = e;
    }
    mask_to(&mut view, text.len() - at);
    (view, anchors)
}

/// Append `n` masked bytes.
fn mask_to(view: &mut String, n: usize) {
    view.extend(std::iter::repeat_n(MASK as char, n));
}

/// Append the text node `raw` (at offset `base` of the document) with its character references
/// decoded, adding an anchor after each reference whose decoded length differs.
fn decode_into(raw: &str, base: usize, view: &mut String, anchors: &mut Vec<(usize, usize)>) {
    let bytes = raw.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'&', &bytes[i..]).map(|p| p + i) {
        i = p + 1;
        // A reference: `&name;`, `&#123;`, `&#x1F600;`, at most 32 bytes.
        let Some(len) = bytes[p + 1..]
            .iter()
            .take(32)
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'#'))
        else {
            continue;
        };
        if len == 0 || bytes[p + 1 + len] != b';' {
            continue;
        }
        let reference = &raw[p..p + len + 2];
        let Some(decoded) = decode(reference) else {
            continue;
        };
        view.push_str(&raw[copied..p]);
        view.push_str(&decoded);
        copied = p + len + 2;
        i = copied;
        if decoded.len() != reference.len() {
            anchors.push((view.len(), base + copied));
        }
    }
    view.push_str(&raw[copied..]);
}

/// The text a character reference stands for, as the tokenizer decodes it in a text node.
fn decode(reference: &str) -> Option<String> {
    let mut out = Vec::new();
    let emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, _: Span<()>| {
        if let CallbackEvent::String { value } = event {
            out.extend_from_slice(value);
        }
        None::<Infallible>
    });
    let _ = Tokenizer::new_with_emitter(reference, emitter).finish();
    let out = String::from_utf8(out).ok()?;
    (out != reference && !out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_nodes_are_prose_and_references_are_decoded() {
        let text = "<p title=\"Kim Jong-un\">Kim&nbsp;Jong&#45;un <code>Kim</code> &amp;</p>\
                    <script>var kim = 'Kim Jong-un';</script><style>.kim{}</style><pre>Kim</pre>";
        let (view, anchors) = view(text);
        let prose: String = view
            .split(MASK as char)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("/");
        assert_eq!(prose, "Kim\u{a0}Jong-un / &");
        assert_eq!(anchors.len(), 3);
        // Unknown or malformed references stay as written.
        let (view, anchors) = self::view("<p>Kim &nosuch; &amp x</p>");
        assert!(view.contains("Kim &nosuch; &amp x"), "{view}");
        assert!(anchors.is_empty());
    }
}
