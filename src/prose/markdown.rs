//! What is not prose in a Markdown document, as a CommonMark parser (`pulldown-cmark`, with
//! source offsets) sees it: code spans, fenced and indented code blocks, HTML, front matter
//! (`---` YAML or `+++` TOML), autolinks, and everything of a link or an image but its text (the
//! destination, the title, the brackets). Headings, emphasis, tables, link text and image
//! descriptions are prose.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};
use std::ops::Range;

/// Add the ranges of the Markdown document `text` that are not prose to `masked`.
pub(super) fn mask(text: &str, masked: &mut Vec<Range<usize>>) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    // The links and images open around the current event: their range, and the prose in them so
    // far.
    let mut links: Vec<(Range<usize>, Vec<Range<usize>>)> = Vec::new();
    // Inside an element masked whole (a code block, front matter, an autolink), how deep.
    let mut whole = 0usize;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock) => {
                if whole == 0 {
                    masked.push(range);
                }
                whole += 1;
            }
            Event::End(
                pulldown_cmark::TagEnd::CodeBlock
                | pulldown_cmark::TagEnd::MetadataBlock(_)
                | pulldown_cmark::TagEnd::HtmlBlock,
            ) => whole = whole.saturating_sub(1),
            Event::Start(Tag::Link { link_type, .. } | Tag::Image { link_type, .. }) => {
                if matches!(link_type, LinkType::Autolink | LinkType::Email) {
                    if whole == 0 {
                        masked.push(range);
                    }
                    whole += 1;
                    links.push((0..0, Vec::new()));
                } else {
                    links.push((range, Vec::new()));
                }
            }
            Event::End(pulldown_cmark::TagEnd::Link | pulldown_cmark::TagEnd::Image) => {
                let Some((r, prose)) = links.pop() else {
                    continue;
                };
                if r.is_empty() {
                    whole = whole.saturating_sub(1);
                    continue;
                }
                // The link minus its prose: brackets, destination, title.
                let mut at = r.start;
                for p in &prose {
                    if p.start > at {
                        masked.push(at..p.start);
                    }
                    at = at.max(p.end);
                }
                if r.end > at {
                    masked.push(at..r.end);
                }
                // The prose of a link is prose of the link around it (an image in a link).
                if let Some((_, outer)) = links.last_mut() {
                    outer.extend(prose);
                }
            }
            Event::Code(_)
            | Event::Html(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
                if whole == 0 =>
            {
                masked.push(range);
            }
            Event::Text(_) | Event::SoftBreak | Event::HardBreak => {
                if let Some((_, prose)) = links.last_mut() {
                    prose.push(range);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        mask(text, &mut out);
        out.sort_by_key(|r| r.start);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn code_links_html_and_front_matter_are_masked() {
        assert_eq!(masked("a `Kim Jong-un` b\n"), ["`Kim Jong-un`"]);
        assert_eq!(
            masked("[Kim Jong-un](/people/Kim-Jong-un \"Kim-Jong-un\")\n"),
            ["[", "](/people/Kim-Jong-un \"Kim-Jong-un\")"]
        );
        assert_eq!(
            masked("![Kim Jong-un](KimJongUn.jpg)\n"),
            ["![", "](KimJongUn.jpg)"]
        );
        assert_eq!(
            masked("<https://x.org/kim-jong-un>\n"),
            ["<https://x.org/kim-jong-un>"]
        );
        assert_eq!(
            masked("a <b title=\"Kim\">c</b>\n"),
            ["<b title=\"Kim\">", "</b>"]
        );
        assert_eq!(masked("```\nKim Jong-un\n```\n"), ["```\nKim Jong-un\n```"]);
        assert_eq!(masked("x\n\n    Kim Jong-un\n"), ["Kim Jong-un\n"]);
        assert_eq!(
            masked("---\nauthor: Kim Jong-un\n---\n\nx\n"),
            ["---\nauthor: Kim Jong-un\n---"]
        );
        // Headings, emphasis, tables, link text are prose.
        assert!(masked("# Kim Jong-un\n\n*Kim* **Jong-un**\n\n| a |\n|---|\n| Kim |\n").is_empty());
    }
}
