//! `canonym lookup`: resolve names to entries. Exit 0 when every query resolved, 1 when one did not.

use super::args::LookupArgs;
use anyhow::Result;
use canonym::{LookupOptions, MatchKind, Matcher};
use std::io::Write;

pub fn run(matcher: &Matcher, args: &LookupArgs) -> Result<u8> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let options = LookupOptions {
        fuzzy: !args.no_fuzzy,
        ..LookupOptions::default()
    };
    let mut all_resolved = true;
    for q in &args.queries {
        let hits = matcher.lookup(q, &options);
        let resolved = hits.iter().any(|h| h.kind != MatchKind::Fuzzy);
        all_resolved &= resolved;
        if args.json {
            let matches: Vec<_> = hits
                .iter()
                .map(|h| {
                    let e = matcher.entry(h.entry);
                    let mut v = serde_json::json!({
                        "id": e.id, "canonical": e.canonical, "kind": e.kind.as_str(), "lang": e.lang,
                        "match": h.kind.as_str(), "score": (h.score * 1000.0).round() / 1000.0,
                    });
                    if args.explain {
                        v["spelling"] = h.spelling.clone().into();
                        v["rule"] = h.source.clone().into();
                    }
                    v
                })
                .collect();
            writeln!(
                out,
                "{}",
                serde_json::json!({ "query": q, "matches": matches })
            )?;
            continue;
        }
        if !resolved {
            write!(out, "{q}: not in the glossary")?;
            if hits.is_empty() {
                writeln!(out)?;
            } else {
                let names: Vec<_> = hits
                    .iter()
                    .map(|h| matcher.entry(h.entry).canonical.as_str())
                    .collect();
                writeln!(out, "; did you mean {}?", names.join(", "))?;
            }
            continue;
        }
        for h in hits.iter().filter(|h| h.kind != MatchKind::Fuzzy) {
            let e = matcher.entry(h.entry);
            writeln!(
                out,
                "{q} → {} [{}] {}, {} ({}, {:.2})",
                e.canonical,
                e.id,
                e.kind,
                e.lang,
                h.kind.as_str(),
                h.score
            )?;
            if args.explain {
                writeln!(out, "    via \"{}\": {}", h.spelling, h.source)?;
                if let Some(note) = &e.note {
                    writeln!(out, "    {note}")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(if all_resolved { 0 } else { 1 })
}
