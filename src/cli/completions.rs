//! `canonym completions SHELL` and `canonym man`: shell completion scripts and the man page,
//! generated from the clap definitions at run time (clap_complete, clap_mangen), so that they
//! can never disagree with the commands the binary has.

use super::args::Cli;
use anyhow::{bail, Result};
use clap::CommandFactory;
use std::io::Write;

/// The completion script for `shell`, on stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<u8> {
    let mut out = std::io::BufWriter::new(super::stdout());
    clap_complete::generate(shell, &mut Cli::command(), "canonym", &mut out);
    out.flush()?;
    Ok(0)
}

/// A man page in roff, on stdout: canonym(1), with every option and every command in its
/// SUBCOMMANDS section; or, for `path` (`["glossary", "lint"]`), that command's page,
/// canonym-glossary-lint(1), the name canonym(1) refers to it by.
pub fn man(path: &[String]) -> Result<u8> {
    let mut cmd = Cli::command();
    // Building names the subcommands (`canonym-check`) and gives them the global options.
    cmd.build();
    for word in path {
        let Some(sub) = cmd.find_subcommand(word).cloned() else {
            let names: Vec<&str> = cmd
                .get_subcommands()
                .map(|c| c.get_name())
                .filter(|n| *n != "help")
                .collect();
            let this = cmd.get_bin_name().unwrap_or("canonym");
            if names.is_empty() {
                bail!(
                    "`{this}` has no command `{word}` (it has none); try `canonym man` without it"
                );
            }
            bail!(
                "`{this}` has no command `{word}`; its commands: {}",
                names.join(", ")
            );
        };
        cmd = sub;
    }
    let mut out = std::io::BufWriter::new(super::stdout());
    clap_mangen::Man::new(cmd)
        .source(format!("canonym {}", env!("CANONYM_VERSION")))
        .render(&mut out)?;
    out.flush()?;
    Ok(0)
}
