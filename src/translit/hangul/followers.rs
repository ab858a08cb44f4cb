//! What Korean running text glues to a name: a title or a noun written without a space after a
//! person's name (`이재명대통령은`, `김정은동지께서`, `윤석열정부`), or a generic noun after a place
//! name (`부산시는`, `인천공항`, `서울역에서`), each with an optional plural 들 and a particle after it.
//!
//! Korean orthography writes a title apart from the name (한글 맞춤법 제48항: "성과 이름, 성과 호 등은
//! 붙여 쓰고, 이에 덧붙는 호칭어, 관직명 등은 띄어 쓴다"), but headlines and much news prose glue them;
//! a place name and the administrative unit or facility after it are one word (제49항 and the units
//! of 지방자치법 제2조: 특별시, 광역시, 특별자치시, 도, 특별자치도, 시, 군, 구). The words below are the
//! titles, honorifics and nouns that the press attaches so, as 표준국어대사전 (National Institute of
//! Korean Language) defines them: offices (대통령, 총리, 위원장 ...), occupations written as a
//! title (작가, 소설가, 시인, 배우, 감독 ...), honorifics and terms of address (씨, 여사, 동지), nouns naming what belongs to a person (정부, 정권, 체제, 일가) and the
//! units, facilities and parts of a place (시, 도, 공항, 역, 항, 단지, 시내, 시민 ...).
//!
//! A name is read at the start of a word only when all the rest of the word is one of these
//! (then 들, then a particle of [`super::PARTICLES`]): `부산물` (by-product), `세종대왕` or `대구경`
//! (large calibre) are not `부산`, `세종`, `대구` with something glued on.

use super::particles::is_particle;

/// Who a follower goes with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follows {
    /// A title or honorific: after a person's name, also after a surname alone (`리총리`).
    Title,
    /// A noun of what belongs to a person (`정부`, `일가`): after a full name only.
    Person,
    /// A unit, facility or part of a place (`시`, `공항`, `시내`).
    Place,
    /// The head of a local government (지방자치법 제106조: 시장, 도지사, 군수, 구청장): a title after
    /// a person (`오세훈시장`) and the office of the place after a place (`서울시장은`).
    Head,
}

use Follows::{Head, Person, Place, Title};

/// The followers, sorted in Rust `str` order for binary search. Sources: see the module doc.
#[rustfmt::skip]
static FOLLOWERS: &[(&str, Follows)] = &[
    ("가수", Title), ("감독", Title), ("계", Person), ("고문", Title), ("고법", Place), ("공단", Place),
    ("공항", Place), ("광역시", Place), ("광장", Place), ("교수", Title), ("교육청", Place), ("구", Place),
    ("구간", Place), ("구민", Place), ("구청장", Head), ("국가주석", Title), ("국무위원장", Title), ("국무총리", Title),
    ("국방장관", Title), ("국제공항", Place), ("국제영화제", Place), ("국회의장", Title), ("군", Place),
    ("군민", Place), ("군수", Head), ("근교", Place), ("내외", Person), ("냉면", Place), ("노선", Place), ("단지", Place),
    ("담화", Person), ("당선인", Title), ("대교", Place), ("대변인", Title), ("대사", Title), ("대세론", Person),
    ("대통령", Title), ("대표", Title), ("도", Place), ("도민", Place), ("도심", Place), ("도의회", Place),
    ("도지사", Head), ("도청", Place), ("동지", Title), ("박사", Title), ("발", Place), ("배우", Title),
    ("부부", Person), ("부부장", Title), ("부위원장", Title), ("부장", Title), ("부주석", Title), ("부총리", Title),
    ("비서", Title), ("사단", Person), ("사무총장", Title), ("사태", Person), ("서기장", Title), ("선수", Title),
    ("선언", Person), ("소설가", Title), ("시", Place), ("시내", Place), ("시당", Place), ("시대", Person),
    ("시민", Place), ("시의회", Place), ("시인", Title), ("시장", Head), ("시장실", Place), ("시정", Place),
    ("시청", Place), ("씨", Title), ("앞바다", Place), ("여사", Title), ("역", Place), ("외곽", Place),
    ("외교부장", Title), ("외교장관", Title), ("외무상", Title), ("원내대표", Title), ("원수", Title),
    ("위원장", Title), ("의원", Title), ("의장", Title), ("인근", Place), ("일가", Person), ("일대", Place),
    ("작가", Title), ("장관", Title), ("전대통령", Title), ("정권", Person), ("정부", Person), ("주민", Place),
    ("주석", Title), ("주지사", Title), ("지검", Place), ("지법", Place), ("지사", Head), ("지역", Place),
    ("지지자", Person), ("지지층", Person), ("차관", Title), ("체제", Person), ("총리", Title), ("총비서", Title),
    ("총서기", Title), ("총장", Title), ("총재", Title), ("총통", Title), ("측근", Person), ("캠프", Person),
    ("케어", Person), ("통일부장관", Title), ("특별시", Place), ("특별자치도", Place), ("특별자치시", Place),
    ("특사", Title), ("표", Person), ("항", Place), ("항구", Place), ("해역", Place), ("행", Place),
    ("행정부", Person), ("화가", Title), ("회장", Title), ("후보", Title),
];

/// What `rest`, the part of a Hangul word after a name, is: a follower, then optionally the
/// plural 들, then optionally one particle. `None` when it is anything else (or empty).
pub fn follower(rest: &str) -> Option<Follows> {
    if rest.is_empty() || rest.chars().count() > LONGEST_REST {
        return None;
    }
    // Every split of `rest` into a follower and what comes after it; the longest follower first.
    let mut best = None;
    for (b, _) in rest
        .char_indices()
        .skip(1)
        .chain(std::iter::once((rest.len(), ' ')))
    {
        let (head, tail) = rest.split_at(b);
        let Ok(k) = FOLLOWERS.binary_search_by(|(w, _)| (*w).cmp(head)) else {
            continue;
        };
        let tail = tail.strip_prefix('들').unwrap_or(tail);
        if tail.is_empty() || is_particle(tail) {
            best = Some(FOLLOWERS[k].1);
        }
    }
    best
}

/// The names a folded Hangul word may start with, each with what follows it: every proper prefix
/// of the word whose rest is a [`follower`], longest name first.
pub fn glued_stems(word: &str) -> impl Iterator<Item = (&str, Follows)> {
    // The rest is at most the longest follower, 들 and the longest particle: the cuts are among
    // the last few syllables, whatever the length of the word.
    word.char_indices()
        .rev()
        .take(LONGEST_REST)
        .map(|(b, _)| b)
        .filter(|&b| b > 0)
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(move |b| follower(&word[b..]).map(|f| (&word[..b], f)))
}

/// The longest follower (5 syllables), the plural 들 and the longest particle (3).
const LONGEST_REST: usize = 9;

/// Is the Hangul word `word` (folded) a title with nothing after it (`소설가 한강이`: a title before
/// a name takes no particle, which would close its own noun phrase: `장관은 한강이`)?
pub fn is_bare_title(word: &str) -> bool {
    FOLLOWERS
        .binary_search_by(|(w, _)| (*w).cmp(word))
        .is_ok_and(|k| FOLLOWERS[k].1 == Title)
}

/// Is the Hangul word `word` (folded) a title after a name written apart (`이 대통령은`, `리 총리`)?
pub fn is_title_word(word: &str) -> bool {
    matches!(follower(word), Some(Title | Head))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        assert!(FOLLOWERS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(FOLLOWERS
            .iter()
            .all(|(w, _)| w.chars().count() + 4 <= LONGEST_REST));
    }

    #[test]
    fn followers_with_plural_and_particle() {
        assert_eq!(follower("대통령은"), Some(Title));
        assert_eq!(follower("동지께서는"), Some(Title));
        assert_eq!(follower("시민들은"), Some(Place));
        assert_eq!(follower("정부"), Some(Person));
        assert_eq!(follower("광역시와"), Some(Place));
        // Not a follower: an ordinary word's rest.
        assert_eq!(follower("물"), None);
        assert_eq!(follower("대왕"), None);
        assert_eq!(follower("경"), None);
        assert_eq!(follower(""), None);
        assert_eq!(follower("은"), None);
    }

    #[test]
    fn glued_stems_longest_first() {
        let v: Vec<_> = glued_stems("이재명대통령은").collect();
        assert_eq!(v, [("이재명", Title)]);
        let v: Vec<_> = glued_stems("부산시내에서").collect();
        assert_eq!(v, [("부산", Place)]);
        assert_eq!(glued_stems("부산물").count(), 0);
        assert_eq!(glued_stems("세종대왕").count(), 0);
        assert!(is_title_word("총리는"));
        assert!(is_bare_title("소설가") && !is_bare_title("장관은") && !is_bare_title("정부"));
        assert!(!is_title_word("정부"));
    }
}
