//! The command-line interface: clap definitions only.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Multilingual name glossaries: look names up, normalise their spellings, check a house style.
#[derive(Debug, Parser)]
#[command(
    name = "canonym",
    version = env!("CANONYM_VERSION"),
    about,
    max_term_width = 100
)]
pub struct Cli {
    /// Glossary file or directory of *.toml files (repeatable). Default: $CANONYM_GLOSSARY
    /// (paths separated by ':'), else the bundled glossaries.
    #[arg(short = 'g', long = "glossary", value_name = "PATH", global = true)]
    pub glossary: Vec<PathBuf>,

    /// Do not generate spellings from native forms (match only listed spellings).
    #[arg(long, global = true)]
    pub no_generate: bool,

    /// Where compiled indexes are cached. Default: $CANONYM_CACHE_DIR, else
    /// $XDG_CACHE_HOME/canonym, else ~/.cache/canonym.
    #[arg(long, value_name = "DIR", global = true)]
    pub cache_dir: Option<PathBuf>,

    /// Neither read nor write the index cache.
    #[arg(long, global = true)]
    pub no_cache: bool,

    /// The project configuration file. Default: the first canonym.toml or .canonym.toml in the
    /// working directory or a folder above it.
    #[arg(long, value_name = "PATH", global = true, conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Read no project configuration file.
    #[arg(long, global = true)]
    pub no_config: bool,

    /// Colour the output for people: auto (on a terminal, unless $NO_COLOR is set and not
    /// empty), always, never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Resolve names to glossary entries.
    Lookup(LookupArgs),
    /// Replace every recognised spelling by its canonical form.
    Normalize(NormalizeArgs),
    /// Report every spelling that is not the house style.
    Check(CheckArgs),
    /// Validate or list glossaries.
    #[command(subcommand)]
    Glossary(GlossaryCommand),
    /// Romanise Cyrillic, Hangul or Han text under a named standard.
    Translit(TranslitArgs),
    /// Write the glossaries' spellings as synonym rules for a search engine, a Vale rule, or
    /// JSON Lines.
    Export(ExportArgs),
    /// Print a shell completion script (e.g. `canonym completions bash > /etc/bash_completion.d/canonym`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the settings in force (flags, canonym.toml, environment, defaults) and where each
    /// came from.
    Config,
    /// Run the language server on stdin and stdout (for editors; see the README for set-up).
    Lsp,
    /// Print the man page (roff) to stdout: canonym(1), or a command's (e.g. `canonym man check >
    /// canonym-check.1`).
    Man {
        /// The command whose page to print (`check`, `glossary lint`); none for canonym(1).
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless $NO_COLOR is set and not empty.
    Auto,
    /// Always, even into a pipe or a file.
    Always,
    /// Never.
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ProgressChoice {
    /// When stderr is a terminal, stdout is not, and the input is large (a directory, a stream,
    /// 4 MiB or more).
    Auto,
    /// Always, on stderr, even into a pipe or a file.
    Always,
    /// Never.
    Never,
}

#[derive(Debug, Args)]
pub struct LookupArgs {
    /// One JSON object per query per line.
    #[arg(long)]
    pub json: bool,
    /// Show which spelling, rule or scheme produced each match.
    #[arg(long)]
    pub explain: bool,
    /// Do not suggest near misses.
    #[arg(long)]
    pub no_fuzzy: bool,
    /// Names to look up.
    #[arg(required = true, value_name = "QUERY")]
    pub queries: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MarkupChoice {
    /// By file extension; plain for stdin unless --stdin-filename says otherwise.
    Auto,
    /// Plain text.
    Plain,
    /// Markdown (CommonMark, GitHub extensions, front matter).
    Markdown,
    /// HTML.
    Html,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum NormalizeFormat {
    /// The text with every spelling replaced.
    Text,
    /// One JSON object per match.
    Jsonl,
}

#[derive(Debug, Args)]
pub struct NormalizeArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = NormalizeFormat::Text)]
    pub format: NormalizeFormat,
    /// Read JSON Lines and normalise the string at this field (dotted path, e.g. `body.text`).
    #[arg(long, value_name = "PATH")]
    pub jsonl_field: Option<String>,
    /// With --jsonl-field: the field that receives the matches of each record.
    #[arg(
        long,
        value_name = "NAME",
        default_value = "canonym_matches",
        requires = "jsonl_field"
    )]
    pub matches_field: String,
    /// With --jsonl-field: stop at the first malformed record instead of passing it through.
    #[arg(long, requires = "jsonl_field")]
    pub strict: bool,
    /// Also rewrite near misses (misspellings).
    #[arg(long)]
    pub fuzzy: bool,
    /// How the inputs are marked up: auto (by file extension: .md Markdown, .html HTML, else
    /// plain; stdin is plain unless --stdin-filename names a path), plain, markdown, html. Only
    /// prose is matched: code, URLs, tags and attributes never are.
    #[arg(long, value_enum, value_name = "MARKUP")]
    pub markup: Option<MarkupChoice>,
    /// The path that stdin stands for: its extension chooses the markup under --markup auto.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// A progress bar on stderr (bytes done, rate, time left): auto shows it for large inputs
    /// when stderr is a terminal and stdout is not.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ProgressChoice::Auto)]
    pub progress: ProgressChoice,
    /// Worker threads, 1 to 1024 (default: all cores).
    #[arg(short = 'j', long, value_name = "N", value_parser = threads)]
    pub threads: Option<usize>,
    /// Files or directories (walked, honouring .gitignore); stdin when none.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// path:line:col, the line, a caret under the span, the suggestion.
    Human,
    /// One JSON object per finding.
    Json,
    /// One SARIF 2.1.0 log for the run (GitHub code scanning and other tools).
    Sarif,
    /// GitHub Actions workflow commands: one annotation per finding.
    Github,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// `path:line:col: message (help: ...)`, one problem a line, on stderr.
    Text,
    /// One JSON object per problem on stdout: path, line, column, severity, message, help.
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Rewrite the files in place (atomically; see README, Reliability). Near misses
    /// (misspellings) are reported but not fixed unless --fix-fuzzy is given.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// With --fix or --diff: also apply the near-miss (misspelling) suggestions, which are
    /// guesses (`fix_fuzzy = true` under `[check]` in canonym.toml does the same).
    #[arg(long, conflicts_with = "no_fuzzy")]
    pub fix_fuzzy: bool,
    /// Print a unified diff of the fixes; write nothing.
    #[arg(long)]
    pub diff: bool,
    /// Do not report near misses (misspellings).
    #[arg(long)]
    pub no_fuzzy: bool,
    /// How the inputs are marked up: auto (by file extension: .md Markdown, .html HTML, else
    /// plain; stdin is plain unless --stdin-filename names a path), plain, markdown, html. Only
    /// prose is matched: code, URLs, tags and attributes never are.
    #[arg(long, value_enum, value_name = "MARKUP")]
    pub markup: Option<MarkupChoice>,
    /// The path that stdin stands for: its extension chooses the markup under --markup auto.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// A progress bar on stderr (bytes done, rate, time left): auto shows it for large inputs
    /// when stderr is a terminal and stdout is not.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ProgressChoice::Auto)]
    pub progress: ProgressChoice,
    /// Worker threads, 1 to 1024 (default: all cores).
    #[arg(short = 'j', long, value_name = "N", value_parser = threads)]
    pub threads: Option<usize>,
    /// Files or directories (walked, honouring .gitignore).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Validate glossary files; exit 0 when valid, 2 when not.
    Lint {
        /// Output format: problems one a line on stderr, or JSON Lines on stdout.
        #[arg(long, value_enum, default_value_t = LintFormat::Text)]
        format: LintFormat,
        /// A spelling shared by two entries is an error (as `homonyms = "error"` in every file).
        #[arg(long)]
        strict: bool,
        /// Glossary files or directories (default: -g, else $CANONYM_GLOSSARY).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Show the glossaries that are loaded and their entries.
    List {
        /// One JSON object per entry.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct TranslitArgs {
    /// Language of the input: ru, ko, zh, uk or be.
    #[arg(long, value_name = "LANG", required_unless_present = "list")]
    pub lang: Option<String>,
    /// Scheme id (see --list); default: the language's first scheme.
    #[arg(long, value_name = "ID")]
    pub scheme: Option<String>,
    /// The input is a personal name.
    #[arg(long)]
    pub name: bool,
    /// List every scheme.
    #[arg(long)]
    pub list: bool,
    /// Text to romanise; stdin when none.
    #[arg(value_name = "TEXT")]
    pub text: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Solr/Lucene synonym file: `variant, variant => Canonical`, folded, one rule per entry.
    Solr,
    /// Request bodies for Elasticsearch's `PUT _synonyms/<set>`, one a line, ≤10,000 rules each.
    EsSynonyms,
    /// PostgreSQL thesaurus dictionary file: `sample words : indexed words`.
    PgThesaurus,
    /// A Vale `substitution` rule (YAML).
    Vale,
    /// Every spelling, one JSON object a line: id, canonical, spelling, origin.
    Jsonl,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: ExportFormat,
    /// Include the spellings generated from native forms (listed spellings only without it).
    #[arg(long)]
    pub generated: bool,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: Option<PathBuf>,
}

/// The most worker threads `-j` takes: far more than any machine's cores, far fewer than
/// would exhaust the system's threads or the pool's memory.
pub const MAX_THREADS: usize = 1024;

/// `-j N`: a whole number from 1 to [`MAX_THREADS`].
fn threads(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(n @ 1..=MAX_THREADS) => Ok(n),
        _ => Err(format!(
            "expected a number of threads from 1 to {MAX_THREADS}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
