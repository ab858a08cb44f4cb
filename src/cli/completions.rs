//! `canonym completions SHELL` and `canonym man`: shell completion scripts and the man page,
//! generated from the clap definitions at run time (clap_complete, clap_mangen), so that they
//! can never disagree with the commands the binary has.

use super::args::Cli;
use anyhow::Result;
use clap::CommandFactory;
use std::io::Write;

/// The completion script for `shell`, on stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<u8> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    clap_complete::generate(shell, &mut Cli::command(), "canonym", &mut out);
    out.flush()?;
    Ok(0)
}

/// The man page, canonym(1) in roff, on stdout: every option, and every subcommand in its
/// SUBCOMMANDS section.
pub fn man() -> Result<u8> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    out.flush()?;
    Ok(0)
}
