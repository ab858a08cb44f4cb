//! The settings of a run, each with where it came from: a flag, an environment variable, the
//! project configuration (`canonym.toml`, see [`canonym::config`]), or the default. Flags win over
//! the configuration, the configuration over `$CANONYM_GLOSSARY`, and that over the defaults.
//! `canonym config` prints them.

use super::args::{Cli, Command};
use anyhow::{Context, Result};
use canonym::config::{Config, Severity};
use canonym::prose::Markup;
use canonym::GlossaryFiles;
use std::fmt;
use std::io::Write;
use std::path::PathBuf;

/// Where a setting came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A command-line flag.
    Flag(&'static str),
    /// An environment variable.
    Env(&'static str),
    /// The configuration file.
    File(PathBuf),
    /// Nobody set it.
    Default,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Flag(flag) => write!(f, "command line ({flag})"),
            Origin::Env(var) => write!(f, "${var}"),
            Origin::File(p) => write!(f, "{}", p.display()),
            Origin::Default => f.write_str("default"),
        }
    }
}

/// A value and where it came from.
#[derive(Clone, Debug)]
pub struct Set<T> {
    pub value: T,
    pub origin: Origin,
}

/// The settings that do not depend on the command.
pub struct Settings {
    /// The configuration file in force, if any.
    pub config: Option<Config>,
    /// Glossary paths (besides the bundled glossaries, when `bundled`).
    pub glossaries: Set<Vec<PathBuf>>,
    /// Whether the bundled glossaries are loaded.
    pub bundled: Set<bool>,
    /// Whether spellings are generated from native forms.
    pub generate: Set<bool>,
    /// The markup (`None`: auto).
    pub markup: Set<Option<Markup>>,
    /// Spellings accepted as written by `check`.
    pub accept: Set<Vec<String>>,
    /// Globs of files `check` leaves out.
    pub exclude: Set<Vec<String>>,
    /// Whether `check` reports misspellings.
    pub fuzzy: Set<bool>,
    /// Whether `check --fix` and `--diff` apply the misspelling suggestions (`--fix-fuzzy`).
    pub fix_fuzzy: Set<bool>,
    /// The severity of a finding in an editor.
    pub severity: Set<Severity>,
}

impl Settings {
    /// The settings of `cli`, with the configuration found from the working directory (unless
    /// `--no-config`; `--config PATH` names the file).
    pub fn new(cli: &Cli) -> Result<Settings> {
        let config = if cli.no_config {
            None
        } else if let Some(path) = &cli.config {
            Some(Config::load(path)?)
        } else {
            let cwd = std::env::current_dir().context("cannot read the working directory")?;
            match Config::discover(&cwd) {
                Some(path) => Some(Config::load(&path)?),
                None => None,
            }
        };
        Ok(Settings::resolve(cli, config))
    }

    /// The settings of `cli` under `config`.
    pub fn resolve(cli: &Cli, config: Option<Config>) -> Settings {
        let in_file = config.as_ref().map(|c| Origin::File(c.path.clone()));
        let c = config.as_ref();
        let from_env = GlossaryFiles::env_paths();
        let (glossaries, default_bundled) = if !cli.glossary.is_empty() {
            (
                Set {
                    value: cli.glossary.clone(),
                    origin: Origin::Flag("-g"),
                },
                false,
            )
        } else if let Some(g) = c.and_then(|c| c.glossaries.clone()) {
            (
                Set {
                    value: g,
                    origin: in_file.clone().unwrap_or(Origin::Default),
                },
                false,
            )
        } else if !from_env.is_empty() {
            (
                Set {
                    value: from_env,
                    origin: Origin::Env("CANONYM_GLOSSARY"),
                },
                false,
            )
        } else {
            (
                Set {
                    value: Vec::new(),
                    origin: Origin::Default,
                },
                true,
            )
        };
        // `bundled` in the file adds the bundled glossaries to its own (or, false, removes
        // them); `-g` and the environment replace them as they always have.
        let bundled = match c.and_then(|c| c.bundled) {
            Some(b)
                if glossaries.origin == Origin::Default
                    || in_file.as_ref() == Some(&glossaries.origin) =>
            {
                Set {
                    value: b,
                    origin: in_file.clone().unwrap_or(Origin::Default),
                }
            }
            _ => Set {
                value: default_bundled,
                origin: Origin::Default,
            },
        };
        let generate = if cli.no_generate {
            Set {
                value: false,
                origin: Origin::Flag("--no-generate"),
            }
        } else {
            or_default(c.and_then(|c| c.generate), in_file.clone(), true)
        };
        let markup = or_default(c.and_then(|c| c.markup), in_file.clone(), None);
        let accept = or_default(
            c.and_then(|c| c.accept.clone()),
            in_file.clone(),
            Vec::new(),
        );
        let exclude = or_default(
            c.and_then(|c| c.exclude.clone()),
            in_file.clone(),
            Vec::new(),
        );
        let fuzzy = or_default(c.and_then(|c| c.fuzzy), in_file.clone(), true);
        let fix_fuzzy = match &cli.command {
            Command::Check(args) if args.fix_fuzzy => Set {
                value: true,
                origin: Origin::Flag("--fix-fuzzy"),
            },
            _ => or_default(c.and_then(|c| c.fix_fuzzy), in_file.clone(), false),
        };
        let severity = or_default(
            c.and_then(|c| c.severity),
            in_file.clone(),
            Severity::Warning,
        );
        Settings {
            config,
            glossaries,
            bundled,
            generate,
            markup,
            accept,
            exclude,
            fuzzy,
            fix_fuzzy,
            severity,
        }
    }

    /// The glossary files to load.
    pub fn glossary_files(&self) -> GlossaryFiles {
        let mut files = if self.bundled.value {
            GlossaryFiles::bundled()
        } else {
            GlossaryFiles::default()
        };
        for p in &self.glossaries.value {
            files.add_path(p);
        }
        files
    }
}

/// `value` from the file, else `default`.
fn or_default<T>(value: Option<T>, file: Option<Origin>, default: T) -> Set<T> {
    match value {
        Some(value) => Set {
            value,
            origin: file.unwrap_or(Origin::Default),
        },
        None => Set {
            value: default,
            origin: Origin::Default,
        },
    }
}

impl Settings {
    /// `canonym config`: the settings as TOML, each with where it came from.
    pub fn print(&self, out: &mut dyn Write) -> std::io::Result<()> {
        match &self.config {
            Some(c) => writeln!(out, "# configuration file: {}", c.path.display())?,
            None => writeln!(out, "# configuration file: none")?,
        }
        let strings = |v: &[String]| {
            let quoted: Vec<String> = v.iter().map(|s| toml_string(s)).collect();
            format!("[{}]", quoted.join(", "))
        };
        let paths: Vec<String> = self
            .glossaries
            .value
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        let line = |out: &mut dyn Write, key: &str, value: String, origin: &Origin| {
            writeln!(out, "{key} = {value}  # {origin}")
        };
        line(out, "glossaries", strings(&paths), &self.glossaries.origin)?;
        line(
            out,
            "bundled",
            self.bundled.value.to_string(),
            &self.bundled.origin,
        )?;
        line(
            out,
            "generate",
            self.generate.value.to_string(),
            &self.generate.origin,
        )?;
        let markup = self.markup.value.map_or("auto", |m| m.as_str());
        line(out, "markup", toml_string(markup), &self.markup.origin)?;
        writeln!(out, "\n[check]")?;
        line(
            out,
            "accept",
            strings(&self.accept.value),
            &self.accept.origin,
        )?;
        line(
            out,
            "exclude",
            strings(&self.exclude.value),
            &self.exclude.origin,
        )?;
        line(
            out,
            "fuzzy",
            self.fuzzy.value.to_string(),
            &self.fuzzy.origin,
        )?;
        line(
            out,
            "fix_fuzzy",
            self.fix_fuzzy.value.to_string(),
            &self.fix_fuzzy.origin,
        )?;
        writeln!(out, "\n[lsp]")?;
        line(
            out,
            "severity",
            toml_string(self.severity.value.as_str()),
            &self.severity.origin,
        )?;
        Ok(())
    }
}

/// `s` as a TOML basic string.
fn toml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}
