//! Property tests of the scan over the bundled glossaries (issue 12): on texts made of name
//! fragments, separators and arbitrary characters, matches fall on character boundaries, in order
//! and apart; normalising twice changes nothing more than once; every byte outside the matches is
//! written as it was; and the streamed output is the same whatever the piece size and threads.

use crate::report::NormalizedText;
use crate::stream::{normalize, Input, StreamOptions};
use crate::{Glossary, Matcher, MatcherOptions};
use proptest::prelude::*;
use std::sync::OnceLock;

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| {
        Matcher::new(
            Glossary::bundled().expect("bundled glossaries load"),
            &MatcherOptions::default(),
        )
    })
}

/// Pieces of text that meet the glossary's spellings, their parts and their surroundings.
const FRAGMENTS: &[&str] = &[
    "Kim",
    "KIM",
    "Jong",
    "Un",
    "Jong-un",
    "Il",
    "Sung",
    "Square",
    "Kim Jong Un",
    "Kim Jong-un",
    "Sergei",
    "Sergey",
    "Lavrov",
    "S.",
    "V.",
    "Vladimir",
    "Putin",
    "Pyongyang",
    "Pyong-yang",
    "Xi",
    "Jinping",
    "Mao",
    "Zedong",
    "Zedung",
    "Mr",
    "the",
    "met",
    "and",
    "김정은",
    "김정은이",
    "평양",
    "习近平",
    "Путин",
    "Путина",
    "Владимир",
    "Сергей",
    "Лавров",
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "; ",
    "\n",
    "\r\n",
    "-",
    "'",
    "’",
    "\"",
    "(",
    ")",
    "\t",
    "é",
    "\u{301}",
];

/// A text of up to 60 fragments and arbitrary characters.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

/// Like [`text`], the pieces side by side with a space between them: names next to names
/// ("Jong-un 김정은", whose replacement makes "Jong-un Kim Jong Un"), next to their parts and to
/// arbitrary characters. (Where [`text`] glues a name in Hangul or Han characters to the Latin
/// letters before it, "Kim김정은", its replacement glues on too, "KimKim Jong Un", and a second
/// run may read the words after that differently: see `glued_to_latin` in the scan.)
fn adjacent_names() -> impl Strategy<Value = String> {
    fragments_joined(" ")
}

/// Up to 60 fragments and arbitrary characters, joined by `sep`.
fn fragments_joined(sep: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ],
        0..60,
    )
    .prop_map(move |parts| parts.join(sep))
}

/// `text` normalised through the stream, in pieces of about `chunk` bytes on `threads` threads.
fn streamed(text: &str, chunk: usize, threads: usize) -> String {
    let m = matcher();
    let mut out = Vec::new();
    let options = StreamOptions {
        threads,
        chunk,
        fuzzy: false,
        ..StreamOptions::default()
    };
    normalize(
        m,
        [Input::new("p", text.as_bytes())],
        &mut NormalizedText::new(&mut out, m, false),
        &options,
    )
    .expect("UTF-8 text streams");
    String::from_utf8(out).expect("the output is UTF-8")
}

/// 256 cases from a fixed seed (the suite gives the same answer on every run), nothing written
/// to disk. A longer search sets both in the environment:
/// `CANONYM_PROPTEST_CASES=3000 CANONYM_PROPTEST_SEED=7 cargo test --lib properties`.
pub(crate) fn config() -> ProptestConfig {
    let var = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    ProptestConfig {
        cases: u32::try_from(var("CANONYM_PROPTEST_CASES", 256)).unwrap_or(u32::MAX),
        rng_seed: proptest::test_runner::RngSeed::Fixed(var("CANONYM_PROPTEST_SEED", 12)),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn matches_fall_on_character_boundaries_in_order(t in text()) {
        let mut end = 0;
        for m in matcher().find_all(&t, true) {
            prop_assert!(m.start >= end && m.start < m.end && m.end <= t.len());
            prop_assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
            end = m.end;
        }
    }

    /// The scan remembers what windows yield, by their text, across texts (`Kim Kim …`): texts
    /// scanned one after another with one scratch memory give what each gives alone.
    #[test]
    fn remembered_windows_change_no_match(ts in prop::collection::vec(adjacent_names(), 1..6)) {
        let m = matcher();
        let mut scratch = crate::Scratch::default();
        for _ in 0..2 {
            for t in &ts {
                prop_assert_eq!(m.find_all_with(t, false, &mut scratch), m.find_all(t, false));
            }
        }
    }

    #[test]
    fn normalize_is_idempotent(t in adjacent_names()) {
        let m = matcher();
        let once = m.apply(&t, &m.find(&t), false);
        let twice = m.apply(&once, &m.find(&once), false);
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn bytes_outside_the_matches_are_untouched(t in text()) {
        let m = matcher();
        let found = m.find(&t);
        let out = streamed(&t, 1 << 20, 1);
        // Walk the output along the text: every gap between matches is there verbatim, and each
        // match is its replacement or itself.
        let mut at = 0;
        let mut last = 0;
        for x in &found {
            let gap = &t[last..x.start];
            prop_assert_eq!(&out[at..at + gap.len()], gap);
            at += gap.len();
            let r = m
                .replacement(&t[x.start..x.end], x, false)
                .unwrap_or(std::borrow::Cow::Borrowed(&t[x.start..x.end]));
            prop_assert_eq!(&out[at..at + r.len()], &*r);
            at += r.len();
            last = x.end;
        }
        prop_assert_eq!(&out[at..], &t[last..]);
    }

    #[test]
    fn streamed_threaded_and_whole_outputs_are_equal(t in text()) {
        let m = matcher();
        let whole = m.apply(&t, &m.find(&t), false);
        prop_assert_eq!(&streamed(&t, 1 << 20, 1), &whole);
        prop_assert_eq!(&streamed(&t, 1 << 20, 2), &whole);
    }

    /// Pieces of a few bytes: nearly every cut is forced, inside a line, often inside a name and,
    /// where a piece has no white space or punctuation, inside a word ("Square|김정은": the piece
    /// after the cut reads what the name is glued to).
    #[test]
    fn streamed_in_forced_pieces_and_whole_outputs_are_equal(t in text(), chunk in 12usize..40) {
        let m = matcher();
        let whole = m.apply(&t, &m.find(&t), false);
        prop_assert_eq!(&streamed(&t, chunk, 1), &whole);
        prop_assert_eq!(&streamed(&t, chunk, 2), &whole);
    }
}

/// The smallest failures the property tests found (`proptest-regressions/properties.txt`), run
/// on every test run: names read back across several spaces, surnames whose replacement makes a
/// name with what stands before them, an initial after punctuation at a piece's end.
#[test]
fn minimised_failures_stay_fixed() {
    let m = matcher();
    for t in [
        "김정은   Jong Pyong-yang",
        "김정은   Jong-un Pyong-yang",
        "Лавров S. Sergey Лавров",
        "Лавров .  Sergey Лавров",
        "Лавров Sergey \n Лавров",
        "Путин V. \n Путина",
    ] {
        let once = m.apply(t, &m.find(t), false);
        assert_eq!(m.apply(&once, &m.find(&once), false), once, "{t:?}");
    }
    let t = "KimKim¡V. Putin김정은";
    let whole = m.apply(t, &m.find(t), false);
    assert_eq!(streamed(t, 12, 1), whole);
}
