//! Colour for the formats that people read on a terminal: a few SGR sequences (ECMA-48 §8.3.117,
//! "Select Graphic Rendition"), written only when the caller asked for colour. The report layer
//! never decides whether to colour: the command line does (`--color`, `NO_COLOR`, whether the
//! output is a terminal) and passes a plain `bool`. With colour off every format writes exactly
//! the bytes it wrote before colour existed.

use std::fmt;

/// A text style: the parameters of one SGR sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// Bold (SGR 1): locations.
    Bold,
    /// Faint (SGR 2): secondary detail such as entry ids.
    Dim,
    /// Bold yellow (SGR 1;33): what is wrong, the caret.
    Warning,
    /// Bold cyan (SGR 1;36): what may be wrong (near misses).
    Note,
    /// Green (SGR 32): the house-style spelling.
    Good,
    /// Bold blue (SGR 1;34): the gutter of quoted source lines.
    Gutter,
}

impl Style {
    /// The SGR parameters (ECMA-48 §8.3.117: 1 bold, 2 faint, 32–36 foreground colours).
    fn sgr(self) -> &'static str {
        match self {
            Style::Bold => "1",
            Style::Dim => "2",
            Style::Warning => "1;33",
            Style::Note => "1;36",
            Style::Good => "32",
            Style::Gutter => "1;34",
        }
    }
}

/// Whether to colour, and the means to: `paint.paint(Style::Bold, x)` displays `x`, inside an SGR
/// sequence and a reset when colour is on, as it is when off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Paint {
    on: bool,
}

impl Paint {
    /// Colour when `on`.
    pub(crate) fn new(on: bool) -> Self {
        Paint { on }
    }

    /// `value` in `style`.
    pub(crate) fn paint<D: fmt::Display>(self, style: Style, value: D) -> Painted<D> {
        Painted {
            style: self.on.then_some(style),
            value,
        }
    }
}

/// A value to display in a style (or plainly).
pub(crate) struct Painted<D> {
    style: Option<Style>,
    value: D,
}

impl<D: fmt::Display> fmt::Display for Painted<D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.style {
            Some(style) => write!(f, "\x1b[{}m{}\x1b[0m", style.sgr(), self.value),
            None => self.value.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_off_writes_the_value_alone() {
        // Source: ECMA-48 §8.3.117 (SGR): CSI Ps m, with 0 resetting every attribute.
        let cases: &[(bool, Style, &str)] = &[
            (false, Style::Bold, "a.txt:1:2:"),
            (true, Style::Bold, "\x1b[1ma.txt:1:2:\x1b[0m"),
            (true, Style::Warning, "\x1b[1;33ma.txt:1:2:\x1b[0m"),
            (true, Style::Good, "\x1b[32ma.txt:1:2:\x1b[0m"),
        ];
        for &(on, style, want) in cases {
            assert_eq!(
                Paint::new(on).paint(style, "a.txt:1:2:").to_string(),
                want,
                "{on} {style:?}"
            );
        }
    }
}
