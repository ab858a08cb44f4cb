//! `canonym lookup`: resolve names to entries. Exit 0 when every query resolved, 1 when one did not.

use super::args::LookupArgs;
use super::terminal::Terminal;
use anyhow::Result;
use canonym::report::{Answer, Document, Format, LookupLines, LookupText};
use canonym::{LookupOptions, MatchKind, Matcher};

pub fn run(matcher: &Matcher, args: &LookupArgs, term: Terminal) -> Result<u8> {
    let out = std::io::BufWriter::new(super::stdout());
    let mut format: Box<dyn for<'a> Format<Answer<'a>>> = if args.json {
        Box::new(LookupLines::new(out, matcher, args.explain))
    } else {
        Box::new(LookupText::new(out, matcher, args.explain).with_color(term.color))
    };
    let options = LookupOptions {
        fuzzy: !args.no_fuzzy,
        ..LookupOptions::default()
    };
    // The queries are one document: the command line.
    let doc = Document::streamed("<arguments>");
    format.begin_document(&doc)?;
    let mut all_resolved = true;
    for query in &args.queries {
        let hits = matcher.lookup(query, &options);
        all_resolved &= hits.iter().any(|h| h.kind != MatchKind::Fuzzy);
        format.item(&doc, &Answer { query, hits: &hits })?;
    }
    format.end_document(&doc)?;
    format.end_run()?;
    Ok(if all_resolved { 0 } else { 1 })
}
