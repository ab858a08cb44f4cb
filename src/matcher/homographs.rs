//! Names that are also something else in running text (issue 14, precision): a glossary name
//! written as one word can be part of another name, and is then no mention of the entry.
//!
//! - **A one-word place inside a person's name** (Latin or Cyrillic script): `Elia Kazan` is the
//!   film director, not the city of Kazan, because a given name stands right before it;
//!   `Actress Samara Weaving` is a person, because a title or an occupation stands right before
//!   it. A capitalised word before a place is a given name when it opens no sentence, is no title
//!   and is not itself a noun of a noun phrase (German capitalises nouns: `die Stadt Dnipro`,
//!   `im Gebiet Schytomyr`, `in der russischen Stadt Kasan` name the place).

use super::{Match, MatchKind, Matcher};
use crate::fold::{script_of, Script};
use crate::glossary::Kind;

/// Occupations written right before a person's name as a descriptive title, lower case: the
/// descriptive titles before a name of *The Chicago Manual of Style* (17th ed., 8.21: "the
/// actress", "the director", "novelist", "poet") and their counterparts in German, French, Spanish
/// and Polish news prose (Duden, *Le Petit Robert*, DLE, SJP headwords). A place is not written
/// after them; a person is. Sorted.
#[rustfmt::skip]
static OCCUPATIONS: &[&str] = &[
    "acteur", "actor", "actress", "actrice", "actriz", "aktor", "aktorka", "artist", "author",
    "autor", "autorin", "cineasta", "composer", "dichter", "director", "directora", "dramatist",
    "escritor", "escritora", "filmmaker", "komponist", "novelist", "painter", "pianist", "pisarka",
    "pisarz", "playwright", "poet", "poeta", "poète", "regisseur", "regisseurin", "reżyser",
    "réalisateur", "réalisatrice", "schauspieler", "schauspielerin", "schriftsteller",
    "schriftstellerin", "singer", "sänger", "sängerin", "writer", "écrivain", "écrivaine",
];

impl Matcher {
    /// Keep or drop a match at `start..end` of `text` by whether the name there is another
    /// name's part (see the module doc). Short forms and ambiguous matches pass unchanged (the
    /// short-form rules of [`super::shorts`] vet those).
    pub(super) fn vet_homograph(
        &self,
        text: &str,
        start: usize,
        end: usize,
        m: Match,
    ) -> Option<Match> {
        let Some(e) = m.entry else {
            return Some(m);
        };
        if m.kind == MatchKind::Short {
            return Some(m);
        }
        let entry = self.entry(e);
        let found = &text[start..end];
        if entry.kind == Kind::Place && place_in_personal_name(text, start, found) {
            return None;
        }
        Some(m)
    }
}

/// Is `found`, a one-word place at byte `start` of `text` written in a cased script, part of a
/// person's name: after a given name (`Elia Kazan`) or after a title or an occupation
/// (`Actress Samara Weaving`)?
fn place_in_personal_name(text: &str, start: usize, found: &str) -> bool {
    let cased = found.chars().next().is_some_and(|c| {
        c.is_uppercase() && matches!(script_of(c), Script::Latin | Script::Cyrillic)
    });
    if !cased || found.contains(char::is_whitespace) {
        return false;
    }
    let Some((word_start, word)) = word_before(text, start) else {
        return false;
    };
    let lower = word.to_lowercase();
    if OCCUPATIONS.binary_search(&lower.as_str()).is_ok() {
        return true;
    }
    // A given name: what the short-form rules take for another person's given name, unless that
    // word is itself a noun after an article or an inflected adjective (German nouns).
    super::shorts::before_short(text, start) == Some(true)
        && word.chars().next().is_some_and(char::is_uppercase)
        && super::shorts::before_short(text, word_start).is_none()
}

/// The word right before byte `start` of `text`, after one space (with where it starts), or
/// `None` when something else stands there (punctuation, a line start, nothing).
fn word_before(text: &str, start: usize) -> Option<(usize, &str)> {
    let before = text[..start].strip_suffix([' ', '\u{a0}'])?;
    let word_start = super::shorts::last_word_start(before);
    let word = &before[word_start..];
    (!word.is_empty()).then_some((word_start, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        assert!(OCCUPATIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_place_after_a_given_name_or_an_occupation_is_part_of_a_name() {
        let at = |t: &str, w: &str| (t.rfind(w).unwrap(), w.to_string());
        for (t, w) in [
            ("Fans of director Elia Kazan may not know.", "Kazan"),
            ("Le film d'Elia Kazan projeté le soir.", "Kazan"),
            ("Actress Samara Weaving is Australian.", "Samara"),
            ("Die Schauspielerin Samara Weaving.", "Samara"),
        ] {
            let (s, w) = at(t, w);
            assert!(place_in_personal_name(t, s, &w), "{t}");
        }
        for (t, w) in [
            ("The city of Kazan is the capital.", "Kazan"),
            ("Die Stadt Dnipro ist ein Zentrum.", "Dnipro"),
            (
                "Im Gebiet Schytomyr wurden Leitungen beschädigt.",
                "Schytomyr",
            ),
            ("in der russischen Stadt Kasan", "Kasan"),
            ("Today Tianjin is a port.", "Tianjin"),
            ("Mer Moskwy Siergiej Sobianin", "Moskwy"),
            ("Drones hit Kazan again.", "Kazan"),
            ("Мэр Москвы", "Москвы"),
        ] {
            let (s, w) = at(t, w);
            assert!(!place_in_personal_name(t, s, &w), "{t}");
        }
    }
}
