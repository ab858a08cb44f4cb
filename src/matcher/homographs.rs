//! Names that are also something else in running text (issue 14, precision): a glossary name
//! written as one word can be part of another name, and is then no mention of the entry.
//!
//! - **A one-word place inside a person's name** (Latin or Cyrillic script): `Elia Kazan` is the
//!   film director, not the city of Kazan, because a given name stands right before it;
//!   `Actress Samara Weaving` is a person, because a title or an occupation stands right before
//!   it. A capitalised word before a place is a given name when it opens no sentence, is no title
//!   and is not itself a noun of a noun phrase (German capitalises nouns: `die Stadt Dnipro`,
//!   `im Gebiet Schytomyr`, `in der russischen Stadt Kasan` name the place).
//! - **A Hangul name that is an ordinary Korean word** (선전 "propaganda" and Shenzhen, 개성
//!   "personality" and Kaesong, 경주 "race" and Gyeongju, 왕이 "the king" + particle and Wang Yi; see
//!   [`hangul::is_ordinary_word`]; the learners' list's place names with no other sense, 서울 or
//!   평양, are not) is a name only where something says so: for a place, the locative particle
//!   에서 or a place's noun glued to it (`선전에서`, `경주시는`) or a place's noun after it (`경주
//!   시내`); for a person, a title glued to it or written next to it (`왕이 외교부장`, `소설가
//!   한강이`); for both, its Han characters in brackets after it (`선전(深圳)`) or a mention of the
//!   entry earlier in the document in another script; and, with any particle after it, any
//!   earlier mention of the entry (`한강은` after `소설가 한강이`, `개성은` after `개성공단`). A
//!   subject or object particle alone is no evidence (`개성이 강하다`, "the personality is
//!   strong"; `한강이 내려다보이는`, the river). What an earlier mention decides is decided when the
//!   document's matches are resolved, so that a document read in pieces decides alike.
//! - **A Han name that is a common noun or another thing's name** by the words around it
//!   ([`hanzi::counted`], [`hanzi::geographic_after`]): after a numeral or a demonstrative and a
//!   classifier (`农田一片汪洋`, "the fields a vast expanse of water", not Wang Yang), and, for a
//!   person, before a geographic generic term (`韩江流域`, the Han river's basin, not the novelist).

use super::shorts::word_before;
use super::{Match, MatchKind, Matcher, Pending};
use crate::fold::{script_of, Script};
use crate::glossary::Kind;
use crate::translit::hangul::{self, Follows};
use crate::translit::hanzi;

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
    /// Keep or drop a match at `start..end` of `text` (a piece at byte `base` of the document) by
    /// whether the name there is another name's part or an ordinary word (see the module doc);
    /// `earlier` holds the matches made before it; a match that only an earlier mention could
    /// confirm is marked [`Match::pending`] for [`Matcher::resolve`]. Short forms and ambiguous matches pass
    /// unchanged (the short-form rules of [`super::shorts`] vet those).
    pub(super) fn vet_homograph(
        &self,
        text: &str,
        base: usize,
        (start, end): (usize, usize),
        m: Match,
        earlier: &[Match],
    ) -> Option<Match> {
        let Some(e) = m.entry else {
            return Some(m);
        };
        if m.kind == MatchKind::Short {
            return Some(m);
        }
        let kind = self.entry(e).kind;
        let found = &text[start..end];
        if kind == Kind::Place && place_in_personal_name(text, start, found, base, earlier) {
            return None;
        }
        if han_name_is_no_name(text, start, end, kind) {
            return None;
        }
        let hangul = found.chars().all(|c| script_of(c) == Script::Hangul);
        if hangul && ordinary_hangul(found) && !hangul_confirmed(text, start, end, kind) {
            // Only an earlier mention of the entry in the document can still say which is meant:
            // one in another script, or, for a person with a particle after the name, any. That
            // is known when the document's matches are resolved, piece after piece.
            let pending = if !hangul_run(text, end).is_empty() {
                Pending::AnyMention
            } else {
                Pending::OtherScript
            };
            return Some(Match {
                pending,
                hangul,
                ..m
            });
        }
        Some(Match { hangul, ..m })
    }
}

/// Is the Han name at `start..end` of `text` a common noun or another thing's name by the words
/// around it: a numeral or demonstrative and a classifier before it (`一片汪洋`), or, for a
/// person, a geographic generic term after it (`韩江流域`, the river)? See
/// [`crate::translit::hanzi::counted`].
fn han_name_is_no_name(text: &str, start: usize, end: usize, kind: Kind) -> bool {
    let found = &text[start..end];
    if found.is_empty() || !found.chars().all(|c| script_of(c) == Script::Han) {
        return false;
    }
    hanzi::counted(&text[..start])
        || (kind == Kind::Person && hanzi::geographic_after(&text[end..]))
}

/// Is `found`, a match of two Hangul syllables or more, an ordinary Korean word, or one with a
/// particle?
fn ordinary_hangul(found: &str) -> bool {
    found.chars().nth(1).is_some()
        && found.chars().all(|c| script_of(c) == Script::Hangul)
        && hangul::is_ordinary_word(&crate::fold::fold(found))
}

/// The run of Hangul syllables that starts at byte `at` of `text`.
fn hangul_run(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let end = rest
        .char_indices()
        .find(|&(_, c)| script_of(c) != Script::Hangul)
        .map_or(rest.len(), |(b, _)| b);
    &rest[..end]
}

/// The provinces of South Korea by the short names the press lists places with (`대구·경북`,
/// `광주·전남`): the abbreviations of the provincial governments (행정안전부, 시·도 약칭). Sorted.
#[rustfmt::skip]
static PROVINCES: &[&str] = &[
    "강원", "경기", "경남", "경북", "전남", "전북", "제주", "충남", "충북",
];

/// Separators of a list of places: the middle dots Korean writes between listed nouns (한글 맞춤법
/// 부록, 가운뎃점) and the comma.
const LIST: &[char] = &['·', 'ㆍ', '・', ',', '，'];

/// Does what stands around the Hangul name at `start..end` of `text` make it a name of this
/// `kind` (see the module doc)?
fn hangul_confirmed(text: &str, start: usize, end: usize, kind: Kind) -> bool {
    let fold = crate::fold::fold;
    let place = kind == Kind::Place;
    let glued = hangul_run(text, end);
    if !glued.is_empty() {
        // The scan matched the name at the start of a word only before a follower or a
        // particle: a place takes either, a person a title or a person's noun.
        // The locative particle 에서 ("in, at, from": 표준국어대사전, 부사격 조사) after a place,
        // alone or with more particles (`경주에서`, `선전에서는`); a subject or object particle is
        // no evidence (`개성이 강하다`, "the personality is strong").
        if place && glued.starts_with("에서") {
            return true;
        }
        match hangul::follower(&fold(glued)) {
            Some(Follows::Place) if place => return true,
            Some(Follows::Title | Follows::Person) if !place => return true,
            Some(Follows::Head) => return true,
            _ => {}
        }
    } else if apart_confirms(&text[end..], place) {
        return true;
    }
    // A title before a person: `소설가 한강이`, `국가주석 시진핑`.
    if !place {
        if let Some(before) = text[..start].strip_suffix([' ', '\u{a0}']) {
            let from = before
                .char_indices()
                .rev()
                .find(|&(_, c)| script_of(c) != Script::Hangul)
                .map_or(0, |(b, c)| b + c.len_utf8());
            if hangul::is_bare_title(&fold(&before[from..])) {
                return true;
            }
        }
    }
    false
}

/// Is `found`, a one-word place at byte `start` of `text` written in a cased script, part of a
/// person's name: after a given name (`Elia Kazan`) or after a title or an occupation
/// (`Actress Samara Weaving`)?
fn place_in_personal_name(
    text: &str,
    start: usize,
    found: &str,
    base: usize,
    earlier: &[Match],
) -> bool {
    let cased = found.chars().next().is_some_and(|c| {
        c.is_uppercase() && matches!(script_of(c), Script::Latin | Script::Cyrillic)
    });
    if !cased || found.contains(char::is_whitespace) {
        return false;
    }
    let Some((word_start, word)) = word_before(text, start) else {
        return false;
    };
    // The word before ends another name (`Kim Jong Un Pyongyang`): names side by side, and the
    // same however that name is spelt.
    if earlier
        .last()
        .is_some_and(|x| x.end == base + word_start + word.len())
    {
        return false;
    }
    let lower = word.to_lowercase();
    if OCCUPATIONS.binary_search(&lower.as_str()).is_ok() {
        return true;
    }
    // A given name: what the short-form rules take for another person's given name, unless that
    // word is itself a noun after an article or an inflected adjective (German nouns: `die Stadt
    // Samara`, `Die Stadt Samara` at a sentence's start). A capitalised word inside a sentence is
    // no article (`… Kim Jong Un Vladimir …`: `Un` ends a name), so what a run of names before
    // the given name becomes when normalised does not change the decision.
    super::shorts::before_short(text, start) == Some(true)
        && word.chars().next().is_some_and(char::is_uppercase)
        && !(super::shorts::before_short(text, word_start) == Some(false)
            && word_before(text, word_start).is_none_or(|(at, w)| {
                w.starts_with(char::is_lowercase) || super::shorts::opens_sentence(text, at)
            }))
}

/// Does what follows a Hangul name that ends a word (`after`, the text after it) make it a
/// place (`place`) or a person: its Han characters in brackets, a province it is listed with, a
/// place's noun or a title written apart?
fn apart_confirms(after: &str, place: bool) -> bool {
    let fold = crate::fold::fold;
    // Its Han characters in brackets: `선전(深圳)`.
    if let Some(inner) = after.strip_prefix(['(', '（']) {
        if inner
            .chars()
            .next()
            .is_some_and(|c| script_of(c) == Script::Han)
        {
            return true;
        }
    }
    if place {
        // Listed with a province: `대구·경북`, `광주·전남`.
        if let Some(next) = after.strip_prefix(LIST) {
            let next = next.trim_start_matches([' ', '\u{a0}']);
            if PROVINCES
                .binary_search(&fold(hangul_run(next, 0)).as_str())
                .is_ok()
            {
                return true;
            }
        }
    }
    // A place's noun or a title written apart after it, alone or ending a word (`경주 시내`,
    // `평양 순안공항에`, `왕이 외교부장은`).
    let next = after.trim_start_matches([' ', '\u{a0}']);
    if next.len() < after.len() {
        let word = fold(hangul_run(next, 0));
        let whole = hangul::follower(&word);
        let ends = hangul::glued_stems(&word).next().map(|(_, f)| f);
        match (whole, ends) {
            (Some(Follows::Place), _) | (_, Some(Follows::Place)) if place => return true,
            (Some(Follows::Title), _) if !place => return true,
            (Some(Follows::Head), _) => return true,
            _ => {}
        }
    }
    false
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
            assert!(place_in_personal_name(t, s, &w, 0, &[]), "{t}");
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
            assert!(!place_in_personal_name(t, s, &w, 0, &[]), "{t}");
        }
    }

    #[test]
    fn what_confirms_a_hangul_name_written_apart() {
        let place = |after: &str| apart_confirms(after, true);
        let person = |after: &str| apart_confirms(after, false);
        assert!(place("(深圳)은 특구다"));
        assert!(place("·경북 통합"));
        assert!(place(" 순안공항에 내렸다"));
        assert!(place(" 시내에서"));
        assert!(person(" 외교부장은"));
        assert!(!place(" 대회는 연기됐다"));
        assert!(!place("·홍보 매체"));
        assert!(!person(" 수상버스"));
        assert!(!person(" 시내에서"));
        assert!(!place(" 외교부장은"));
    }
}
