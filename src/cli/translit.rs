//! `canonym translit`: romanise text or names under a named standard; `--list` shows the schemes.

use super::args::TranslitArgs;
use anyhow::{Context, Result};
use canonym::translit::Scheme;
use std::io::{BufRead, Write};

pub fn run(args: &TranslitArgs) -> Result<u8> {
    let mut out = std::io::BufWriter::new(super::stdout());
    if args.list {
        for s in Scheme::all() {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                s.lang().code(),
                s.id(),
                s.year(),
                s.full_name()
            )?;
        }
        out.flush()?;
        return Ok(0);
    }
    let lang = args.lang.as_deref().unwrap_or_default();
    let scheme = Scheme::find(lang, args.scheme.as_deref())?;
    let apply = |t: &str| {
        if args.name {
            scheme.apply_name(t)
        } else {
            scheme.apply(t)
        }
    };
    if args.text.is_empty() {
        let stdin = std::io::stdin().lock();
        for (n, line) in stdin.split(b'\n').enumerate() {
            let line = line.context("cannot read stdin")?;
            let text = std::str::from_utf8(&line).map_err(|e| {
                anyhow::anyhow!(
                    "<stdin>:{}: invalid UTF-8 at byte {}",
                    n + 1,
                    e.valid_up_to()
                )
            })?;
            let (body, cr) = match text.strip_suffix('\r') {
                Some(b) => (b, "\r"),
                None => (text, ""),
            };
            writeln!(out, "{}{cr}", apply(body))?;
        }
    } else {
        writeln!(out, "{}", apply(&args.text.join(" ")))?;
    }
    out.flush()?;
    Ok(0)
}
