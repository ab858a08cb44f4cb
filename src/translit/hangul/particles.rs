//! The particles (조사) of Korean that follow a noun, a name among them, without a space: a word of
//! running text is a name when it is the name with one of these after it (김정은이, 서울에서).

/// Korean particles (조사) and copula forms that attach to a noun without a space, sorted in Rust
/// `str` order for binary search. Source: the case, auxiliary and conjunctive particles of standard
/// Korean school grammar (National Institute of Korean Language, 표준국어대사전, the entries
/// classed 조사; 학교 문법 조사 분류) with their common stacked forms (에서는, 에게서, 와의 ...) and the
/// copula 이다 forms; and two forms the press attaches to a name in the same way: 이가 (the
/// hypocoristic -이 of a name ending in a consonant, then 가: 정은이가) and the bound noun 측 "side"
/// (북한측, 삼성측). Particles that are also frequent final syllables of names (인, 요, 야, 아, 여) are
/// left out on purpose.
#[rustfmt::skip]
pub static PARTICLES: &[&str] = &[
    "가", "과", "과는", "과도", "과의", "까지", "까지도", "께", "께서", "께서는", "나", "는", "도", "라고", "라는", "랑", "로",
    "로는", "로도", "로서", "로써", "로의", "를", "마다", "마저", "만", "만은", "만큼", "밖에", "보다", "부터", "부터는", "에",
    "에게", "에게는", "에게도", "에게서", "에는", "에도", "에서", "에서는", "에서도", "에서의", "였다", "와", "와는", "와도", "와의",
    "으로", "으로는", "으로도", "으로서", "으로써", "으로의", "은", "을", "의", "이", "이가", "이고", "이나", "이다", "이라",
    "이라고", "이라는", "이랑", "이며", "이었다", "이었던", "입니다", "조차", "처럼", "측", "하고", "한테", "한테서",
];

/// The longest of [`PARTICLES`], in syllables.
const LONGEST_PARTICLE: usize = 3;

/// The stems of a folded Hangul word with a particle removed from its end, longest particle first
/// (so the first stem that is a name is the right one: 김정은이가 is 김정은 + 이가 before 김정은이 + 가);
/// never empty.
pub fn particle_stems(word: &str) -> impl Iterator<Item = &str> {
    // Where the last one, two and three syllables start.
    let mut starts = [0usize; LONGEST_PARTICLE];
    let mut n = 0;
    for ((b, _), slot) in word.char_indices().rev().zip(starts.iter_mut()) {
        *slot = b;
        n += 1;
    }
    starts
        .into_iter()
        .take(n)
        .rev()
        .filter(move |&b| b > 0 && is_particle(&word[b..]))
        .map(move |b| &word[..b])
}

/// Is `s` one of [`PARTICLES`]?
pub(super) fn is_particle(s: &str) -> bool {
    PARTICLES.binary_search(&s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        assert!(PARTICLES.windows(2).all(|w| w[0] < w[1]));
        assert!(PARTICLES
            .iter()
            .all(|p| p.chars().count() <= LONGEST_PARTICLE));
    }

    #[test]
    fn stems_longest_particle_first() {
        let stems = |w| particle_stems(w).collect::<Vec<_>>();
        assert_eq!(stems("서울에서"), ["서울"]);
        assert_eq!(stems("서울에는"), ["서울", "서울에"]);
        assert_eq!(stems("김정은이가"), ["김정은", "김정은이"]);
        assert_eq!(stems("북한측"), ["북한"]);
        // One particle comes off, not a stack of them.
        assert_eq!(stems("이재명에게서는"), ["이재명에게서"]);
        assert_eq!(stems("이재명에게서"), ["이재명"]);
        assert_eq!(stems("이재명에게"), ["이재명"]);
        // The particle alone is no stem.
        assert_eq!(stems("에서"), Vec::<&str>::new());
        assert_eq!(stems("에도"), ["에"]);
        assert_eq!(stems("가"), Vec::<&str>::new());
        assert_eq!(stems(""), Vec::<&str>::new());
        assert_eq!(stems("서울"), Vec::<&str>::new());
    }
}
