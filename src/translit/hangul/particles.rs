//! The particles (조사) of Korean that follow a noun, a name among them, without a space: a word of
//! running text is a name when it is the name with one of these after it (김정은이, 서울에서).

/// Korean particles (조사) and copula forms that attach to a noun without a space, sorted in Rust
/// `str` order for binary search. Source: the case, auxiliary and conjunctive particles of standard
/// Korean school grammar (표준국어대사전 entries for 조사; 학교 문법 조사 분류) with their common
/// stacked forms (에서는, 에게서, 와의 ...) and the copula 이다 forms. Particles that are also frequent
/// final syllables of names (인, 요, 야, 아, 여) are left out on purpose.
#[rustfmt::skip]
pub static PARTICLES: &[&str] = &[
    "가", "과", "과는", "과도", "과의", "까지", "까지도", "께", "께서", "께서는", "나", "는", "도",
    "라고", "라는", "랑", "로", "로는", "로도", "로서", "로써", "로의", "를", "마다", "마저", "만",
    "만은", "만큼", "밖에", "보다", "부터", "부터는", "에", "에게", "에게는", "에게도", "에게서",
    "에는", "에도", "에서", "에서는", "에서도", "에서의", "였다", "와", "와는", "와도", "와의",
    "으로", "으로는", "으로도", "으로서", "으로써", "으로의", "은", "을", "의", "이", "이고", "이나",
    "이다", "이라", "이라고", "이라는", "이랑", "이며", "이었다", "이었던", "입니다", "조차", "처럼",
    "하고", "한테", "한테서",
];

/// The particles the matcher takes off the end of a Hangul word, longest first within each length.
const STEM_PARTICLES: &[&str] = &[
    "에게서",
    "으로서",
    "으로써",
    "에서의",
    "이라는",
    "께서",
    "에서",
    "에게",
    "으로",
    "부터",
    "까지",
    "처럼",
    "보다",
    "한테",
    "이나",
    "이랑",
    "과의",
    "와의",
    "이다",
    "이며",
    "이고",
    "이가",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "와",
    "과",
    "도",
    "만",
    "로",
    "나",
    "랑",
    "측",
];

/// The stems of a folded Hangul word with a particle removed from its end, longest particle first;
/// never empty.
pub fn particle_stems(word: &str) -> impl Iterator<Item = &str> {
    STEM_PARTICLES
        .iter()
        .filter(move |p| word.len() > p.len() && word.ends_with(*p))
        .map(move |p| &word[..word.len() - p.len()])
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
    }
}
