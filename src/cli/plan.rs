//! The plan: the command line checked and resolved before any work starts. Flags are validated,
//! the glossary files are listed and read once, the input paths are expanded; a mistake in any
//! of them is reported before the index is built, and nothing later resolves them again.

use super::args::{CheckArgs, Cli, Command, GlossaryCommand, LookupArgs, NormalizeArgs};
use super::args::{ExportArgs, LintFormat, TranslitArgs};
use super::inputs::{expand, threads, MarkupPlan};
use super::settings::Settings;
use anyhow::{bail, Context, Result};
use canonym::config::Config;
use canonym::{GlossaryFiles, Matcher, MatcherOptions};
use std::path::PathBuf;

/// What to do, checked and resolved.
pub enum Plan<'a> {
    /// `lookup`.
    Lookup {
        index: IndexPlan,
        args: &'a LookupArgs,
    },
    /// `normalize` of text (stdin when `inputs` is empty).
    Normalize {
        index: IndexPlan,
        args: &'a NormalizeArgs,
        job: Job,
    },
    /// `normalize --jsonl-field`: record mode.
    Records {
        index: IndexPlan,
        args: &'a NormalizeArgs,
        /// The field's path, one key per level.
        field: Vec<String>,
        job: Job,
    },
    /// `check`.
    Check {
        index: IndexPlan,
        args: &'a CheckArgs,
        job: Job,
    },
    /// `export`: the index (generating only with `--generated`).
    Export {
        index: IndexPlan,
        args: &'a ExportArgs,
    },
    /// `glossary lint`: the files to check, how strictly, and the output format.
    Lint {
        glossary: GlossaryFiles,
        strict: bool,
        format: LintFormat,
    },
    /// `glossary list`.
    List { glossary: GlossaryFiles, json: bool },
    /// `translit` (needs no glossary).
    Translit(&'a TranslitArgs),
    /// `completions SHELL`.
    Completions(clap_complete::Shell),
    /// `man [COMMAND...]`.
    Man(&'a [String]),
    /// `config`: the settings and where they came from.
    Config(Settings),
    /// `lsp`: the language server (each document's project is found from its folder).
    Lsp,
}

/// The inputs of a run over files, and its threads.
pub struct Job {
    /// Input files, directories expanded; `-` is stdin.
    pub inputs: Vec<PathBuf>,
    /// Worker threads.
    pub threads: usize,
    /// What could not be read while walking the directories among the inputs: reported when
    /// the run starts, and the run ends with exit code 2.
    pub problems: Vec<String>,
    /// How each input's markup is chosen.
    pub markup: MarkupPlan,
    /// Look for misspellings.
    pub fuzzy: bool,
    /// `check --fix` and `--diff`: apply the misspelling suggestions too (`--fix-fuzzy` or
    /// `[check] fix_fuzzy`).
    pub fix_fuzzy: bool,
    /// The project configuration (`check` uses its accept list).
    pub config: Option<Config>,
}

impl Job {
    /// The inputs of `files` (directories expanded), on `threads` workers.
    fn new(files: &[PathBuf], threads: usize, markup: MarkupPlan) -> Result<Job> {
        let (inputs, problems) = expand(files)?;
        Ok(Job {
            inputs,
            threads,
            problems,
            markup,
            fuzzy: false,
            fix_fuzzy: false,
            config: None,
        })
    }

    /// Report the problems met while listing the inputs, on stderr.
    pub fn report_problems(&self) {
        for p in &self.problems {
            eprintln!("canonym: error: {p}");
        }
    }

    /// The exit code of a run that would end with `code`: 2 when an input failed (`failed`) or
    /// could not be listed.
    pub fn exit_code(&self, failed: bool, code: u8) -> u8 {
        if failed || !self.problems.is_empty() {
            2
        } else {
            code
        }
    }
}

/// How the index is made: from which glossary files (read once), with which options, cached
/// where.
pub struct IndexPlan {
    glossary: GlossaryFiles,
    options: MatcherOptions,
    cache_dir: Option<PathBuf>,
}

impl IndexPlan {
    /// Build the matcher, or take it from the cache.
    pub fn build(&self) -> Result<Matcher> {
        if !self.glossary.is_complete() {
            // A path could not be read: building reports it with every other problem.
            self.glossary.build().context("cannot load the glossary")?;
        }
        Matcher::from_sources(
            self.glossary.files(),
            &self.options,
            self.cache_dir.as_deref(),
        )
        .context("cannot load the glossary")
    }
}

impl<'a> Plan<'a> {
    /// Check and resolve the command line.
    pub fn new(cli: &'a Cli) -> Result<Plan<'a>> {
        // The project configuration is read only by the commands that use it: a broken one does
        // not stop `translit` or `completions`.
        let settings = || Settings::new(cli);
        let index = |s: &Settings| IndexPlan {
            glossary: s.glossary_files(),
            options: MatcherOptions {
                generate: s.generate.value,
            },
            cache_dir: if cli.no_cache { None } else { cache_dir(cli) },
        };
        Ok(match &cli.command {
            Command::Config => Plan::Config(settings()?),
            Command::Lsp => Plan::Lsp,
            Command::Translit(args) => Plan::Translit(args),
            Command::Completions { shell } => Plan::Completions(*shell),
            Command::Man { command } => Plan::Man(command),
            Command::Glossary(GlossaryCommand::Lint {
                paths,
                strict,
                format,
            }) => Plan::Lint {
                glossary: lint_files(cli, paths)?,
                strict: *strict,
                format: *format,
            },
            Command::Glossary(GlossaryCommand::List { json }) => Plan::List {
                glossary: settings()?.glossary_files(),
                json: *json,
            },
            Command::Export(args) => {
                if args.generated && cli.no_generate {
                    bail!("--generated and --no-generate contradict each other; give one of them");
                }
                let mut index = index(&settings()?);
                index.options.generate = args.generated;
                Plan::Export { index, args }
            }
            Command::Lookup(args) => Plan::Lookup {
                index: index(&settings()?),
                args,
            },
            Command::Normalize(args) => {
                let settings = settings()?;
                let markup =
                    MarkupPlan::new(args.markup, &settings, args.stdin_filename.as_deref());
                let mut job = Job::new(&args.files, threads(args.threads), markup)?;
                job.fuzzy = args.fuzzy;
                let index = || index(&settings);
                match &args.jsonl_field {
                    Some(field) => {
                        let field: Vec<String> = field.split('.').map(str::to_string).collect();
                        if field[0] == args.matches_field {
                            bail!(
                                "--matches-field `{}` would overwrite the field being normalised (--jsonl-field {}); name another",
                                args.matches_field,
                                field.join(".")
                            );
                        }
                        Plan::Records {
                            index: index(),
                            args,
                            field,
                            job,
                        }
                    }
                    None => Plan::Normalize {
                        index: index(),
                        args,
                        job,
                    },
                }
            }
            Command::Check(args) => {
                let settings = settings()?;
                let markup =
                    MarkupPlan::new(args.markup, &settings, args.stdin_filename.as_deref());
                let mut job = Job::new(&args.files, threads(args.threads), markup)?;
                if let Some(c) = &settings.config {
                    // `[check] exclude`: files of the project left out, walked or named.
                    job.inputs
                        .retain(|p| p.as_os_str() == "-" || !c.is_excluded(p));
                }
                job.fuzzy = !args.no_fuzzy && settings.fuzzy.value;
                job.fix_fuzzy = settings.fix_fuzzy.value;
                job.config = settings.config.clone();
                let index = || index(&settings);
                if args.fix && job.inputs.iter().any(|p| p.as_os_str() == "-") {
                    bail!("--fix cannot rewrite stdin; use --diff, or give a file");
                }
                if args.fix_fuzzy && !(args.fix || args.diff) {
                    bail!("--fix-fuzzy goes with --fix or --diff (it applies the misspelling suggestions too)");
                }
                Plan::Check {
                    index: index(),
                    args,
                    job,
                }
            }
        })
    }
}

/// The files `glossary lint` checks: its PATHs and the `-g` paths; with neither, the glossaries
/// the settings name (the configuration file, `$CANONYM_GLOSSARY`).
fn lint_files(cli: &Cli, paths: &[PathBuf]) -> Result<GlossaryFiles> {
    let mut all: Vec<PathBuf> = paths.iter().chain(&cli.glossary).cloned().collect();
    if all.is_empty() {
        all = Settings::new(cli)?.glossaries.value;
    }
    if all.is_empty() {
        bail!("glossary lint needs a PATH (or -g PATH, or $CANONYM_GLOSSARY)");
    }
    Ok(GlossaryFiles::read(&all))
}

/// `--cache-dir`, else the library's default (`$CANONYM_CACHE_DIR`, `$XDG_CACHE_HOME/canonym`,
/// `~/.cache/canonym`).
fn cache_dir(cli: &Cli) -> Option<PathBuf> {
    cli.cache_dir.clone().or_else(canonym::default_cache_dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// The plan of a command line, and its name.
    fn plan(args: &[&str]) -> Result<&'static str> {
        let cli = Cli::try_parse_from(args)?;
        Ok(match Plan::new(&cli)? {
            Plan::Normalize { .. } => "normalize",
            Plan::Records { field, .. } => {
                assert_eq!(field, ["a", "b"]);
                "records"
            }
            Plan::Check { .. } => "check",
            _ => "other",
        })
    }

    #[test]
    fn mistakes_are_caught_before_any_work() {
        // Each of these would need a built index to fail later.
        let err = plan(&["canonym", "check", "--fix", "-"]).unwrap_err();
        assert!(
            err.to_string().contains("--fix cannot rewrite stdin"),
            "{err}"
        );
        let err = plan(&["canonym", "normalize", "/nonexistent/x"]).unwrap_err();
        assert!(err.to_string().contains("cannot open"), "{err}");
        assert_eq!(plan(&["canonym", "normalize"]).unwrap(), "normalize");
        assert_eq!(
            plan(&["canonym", "normalize", "--jsonl-field", "a.b"]).unwrap(),
            "records"
        );
        assert_eq!(plan(&["canonym", "check", "--diff", "-"]).unwrap(), "check");
    }

    #[test]
    fn unreadable_glossaries_are_reported_when_the_index_is_built() {
        let cli =
            Cli::try_parse_from(["canonym", "-g", "/nonexistent.toml", "lookup", "x"]).unwrap();
        let Plan::Lookup { index, .. } = Plan::new(&cli).unwrap() else {
            panic!("a lookup plan")
        };
        let err = format!("{:#}", index.build().unwrap_err());
        assert!(
            err.contains("/nonexistent.toml: cannot read glossary"),
            "{err}"
        );
    }
}
