//! How the output meets a person: whether to colour it (`--color`, `NO_COLOR`, whether stdout is
//! a terminal) and whether stderr is a terminal (for `check`'s closing summary). Output into a
//! pipe or a file is plain and has no summary, so that scripts see the bytes they always saw.

use super::args::ColorChoice;
use std::ffi::OsString;
use std::io::IsTerminal;

/// What the terminal (if any) gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Terminal {
    /// Colour the reports on stdout.
    pub color: bool,
    /// stderr is a terminal: a person reads it.
    pub stderr: bool,
}

impl Terminal {
    /// The terminal of this process, for `--color choice`.
    pub fn detect(choice: ColorChoice) -> Terminal {
        Terminal {
            color: color(
                choice,
                std::io::stdout().is_terminal(),
                std::env::var_os("NO_COLOR"),
                std::env::var_os("TERM"),
            ),
            stderr: std::io::stderr().is_terminal(),
        }
    }
}

/// Colour or not: `always` and `never` decide; `auto` colours a terminal unless `NO_COLOR` is set
/// to anything but the empty string (https://no-color.org) or `TERM` is `dumb` (a terminal that
/// cannot show escape sequences).
fn color(
    choice: ColorChoice,
    terminal: bool,
    no_color: Option<OsString>,
    term: Option<OsString>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            terminal && no_color.is_none_or(|v| v.is_empty()) && term.is_none_or(|t| t != "dumb")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_flag_then_no_color_then_the_terminal() {
        // Source: https://no-color.org ("when present and not an empty string (regardless of its
        // value), prevents the addition of ANSI color"; command-line flags override it).
        use ColorChoice::{Always, Auto, Never};
        let v = |s: &str| Some(OsString::from(s));
        let cases = [
            (Always, false, v("1"), None, true),
            (Never, true, None, None, false),
            (Auto, true, None, v("xterm-256color"), true),
            (Auto, false, None, None, false),
            (Auto, true, v("1"), None, false),
            (Auto, true, v("0"), None, false),
            (Auto, true, v(""), None, true),
            (Auto, true, None, v("dumb"), false),
        ];
        for (choice, terminal, no_color, term, want) in cases {
            let got = color(choice, terminal, no_color.clone(), term.clone());
            assert_eq!(got, want, "{choice:?} {terminal} {no_color:?} {term:?}");
        }
    }
}
