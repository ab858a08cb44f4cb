//! `canonym export`: the loaded glossaries' spellings in a search engine's or a writing tool's
//! format, to stdout or (atomically) to a file.

use super::args::{ExportArgs, ExportFormat};
use anyhow::{Context, Result};
use canonym::export::{export, ExportFormat as Format};
use canonym::{write_atomically, Matcher};
use std::io::Write;

pub fn run(matcher: &Matcher, args: &ExportArgs) -> Result<u8> {
    let format = match args.format {
        ExportFormat::Solr => Format::Solr,
        ExportFormat::EsSynonyms => Format::EsSynonyms,
        ExportFormat::PgThesaurus => Format::PgThesaurus,
        ExportFormat::Vale => Format::Vale,
        ExportFormat::Jsonl => Format::Jsonl,
    };
    match &args.output {
        Some(path) => write_atomically(path, |out| {
            let mut out = std::io::BufWriter::new(out);
            export(matcher, format, &mut out)?;
            out.flush()
        })
        .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut out = std::io::BufWriter::new(super::stdout());
            export(matcher, format, &mut out)?;
            out.flush()?;
        }
    }
    Ok(0)
}
