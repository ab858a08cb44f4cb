//! The word lists the sound rules need, since they depend on what a word is and no dictionary is at
//! hand: the words whose pronunciation inserts ㄴ (Standard Pronunciation art. 29), the suffixes of
//! administrative units, which RR, ALA-LC and the DPRK system write after a hyphen (RR 3.5), the
//! DPRK's generic terms of natural features, and the Sino-Korean syllables (the readings of Han
//! characters), which decide whether the initial-sound law applies to a word.

use super::particles::is_particle;
use super::syllable::{sy, syl_char, syl_of, Syl};

// Words whose pronunciation inserts ㄴ (Standard Pronunciation art. 29: a compound whose second
// element starts with 이 야 여 요 유, the examples of art. 29 and its [붙임 1], ㄹ after ㄹ; art. 30.3
// for 옛이야기 [옌니야기]); RR 3.1.2 examples 학여울 Hangnyeoul and 알약 allyak; ALA-LC test records
// 별일 Pyŏllil, 신여자 Sinnyŏja. Lexical, so a list: the written word and the same word with the
// inserted ㄴ written out (same syllable count). Sorted.
#[rustfmt::skip]
static N_INSERTION: &[(&str, &str)] = &[
    ("꽃잎", "꽃닢"), ("남존여비", "남존녀비"), ("내복약", "내복냑"), ("눈요기", "눈뇨기"),
    ("늑막염", "늑막념"), ("담요", "담뇨"), ("들일", "들닐"), ("막일", "막닐"), ("맨입", "맨닙"),
    ("물약", "물냑"), ("물엿", "물녓"), ("별일", "별닐"), ("불여우", "불녀우"), ("삯일", "삯닐"),
    ("색연필", "색년필"), ("서울역", "서울녁"), ("솔잎", "솔닢"), ("솜이불", "솜니불"),
    ("식용유", "식용뉴"), ("신여성", "신녀성"), ("신여자", "신녀자"), ("알약", "알냑"),
    ("영업용", "영업뇽"), ("옛이야기", "옛니야기"), ("직행열차", "직행녈차"), ("콩엿", "콩녓"),
    ("학여울", "학녀울"), ("한여름", "한녀름"), ("홑이불", "홑니불"), ("휘발유", "휘발뉴"),
];

/// Rewrites `w` in place when it starts with an ㄴ-insertion word (alone or followed by a particle).
pub(super) fn apply_n_insertion(w: &mut [Syl]) {
    for (written, spoken) in N_INSERTION {
        let n = written.chars().count();
        if w.len() < n
            || !written
                .chars()
                .zip(w.iter())
                .all(|(c, s)| syl_of(c) == Some(*s))
        {
            continue;
        }
        if w.len() > n {
            let rest: String = w[n..].iter().map(|&s| syl_char(s)).collect();
            if !is_particle(&rest) {
                continue;
            }
        }
        for (slot, c) in w.iter_mut().zip(spoken.chars()) {
            if let Some(s) = syl_of(c) {
                *slot = s;
            }
        }
        return;
    }
}

// Administrative units (RR 3.5; the DPRK system and ALA-LC have the same rule): the unit follows a
// hyphen. Only recognisable units are split: the special/metropolitan city and special
// self-governing suffixes; 도 after a province stem or 북/남; 시 군 구 읍 면 after a stem of two or
// more syllables unless the last two syllables form a common noun (도시 "city", 인민군 "army", 비상구
// "exit", 라면 ...); 리 and 동 likewise (RR: 인왕리 Inwang-ri, 당산동 Dangsan-dong; DPRK 2002: 고비리
// Kobi-ri, 교구동 Kyogu-dong) unless the last two syllables are a common noun ending in them (관리,
// 총리, 활동 ...; 왕십리 Wangsimni, an RR example written without a hyphen, is 십리 "ten li"). 가 (a
// street section) is split only after a number (종로 2가), being too common an ending otherwise.
#[rustfmt::skip]
static PROVINCE_STEMS: &[&str] = &[
    "강원", "경기", "경상", "량강", "양강", "자강", "전라", "제주", "충청", "평안", "함경", "황해",
];
#[rustfmt::skip]
static UNIT_NOUN_BLOCK: &[&str] = &[
    "가구", "간시", "감시", "개시", "게시", "경시", "공구", "공군", "교시", "국군", "국면", "기구",
    "나구", "내면", "냉면", "농구", "단면", "당시", "대군", "대시", "도구", "도시", "동시", "라면",
    "란군", "립군", "명시", "무시", "문구", "민군", "반군", "방면", "배구", "병군", "부군", "분구",
    "비구", "상구", "수구", "수면", "수시", "아군", "암시", "야구", "어구", "역시", "연구", "완구",
    "외면", "요구", "용구", "용군", "육군", "응시", "이면", "일시", "임시", "입구", "입시", "잠시",
    "장군", "장면", "적군", "전면", "전시", "정면", "정시", "제시", "족구", "중시", "즉시", "지구",
    "지면", "지시", "착시", "창구", "체면", "추구", "축구", "출구", "측면", "친구", "탁구", "탐구",
    "파구", "평면", "평시", "표면", "표시", "하구", "한군", "합군", "항구", "해군", "혹시", "화구",
    "화면",
];
// The syllables that end a verb stem or ending before the conditional -면 (하면, 되면, 먹으면,
// 이라면, 하려면, 고프면, 졸리면 ...), so that such a word is not read as a township. Sorted.
#[rustfmt::skip]
static VERB_BEFORE_MYEON: &[char] = &[
    '냐', '다', '되', '라', '려', '르', '리', '브', '쁘', '시', '으', '이', '자', '크', '트', '프',
    '하',
];
// Common nouns ending in 리 or 동 (the last two syllables of a word that is not a place + unit).
#[rustfmt::skip]
static RI_DONG_NOUN_BLOCK: &[&str] = &[
    "가동", "감동", "거리", "고리", "공동", "공리", "관리", "교리", "구리", "권리", "꼬리", "나리",
    "난동", "노동", "논리", "다리", "달리", "대리", "도리", "두리", "따리", "마리", "머리", "멀리",
    "무리", "문리", "물리", "미리", "반동", "발동", "변동", "병리", "보리", "부리", "불리", "빨리",
    "뿌리", "사리", "생리", "서리", "선동", "섭리", "소동", "소리", "수리", "순리", "승리", "실리",
    "심리", "십리", "아리", "약리", "연동", "오리", "요동", "요리", "우리", "운동", "원리", "유리",
    "윤리", "의리", "이리", "자동", "자리", "정리", "조리", "주리", "지리", "진동", "진리", "처리",
    "총리", "추리", "출동", "충동", "타리", "터리", "토리", "파동", "편리", "폭동", "합리", "행동",
    "허리", "협동", "활동",
];

// Ordinary Korean words (headwords of the Standard Korean Language Dictionary, 표준국어대사전, in
// everyday use) that are also the Sino-Korean reading of a Chinese place name: 대북 對北 "towards
// North Korea" (臺北), 상해 傷害 "injury" (上海), 무한 無限 "infinite" (武漢), 성도 聖徒 "believers"
// (成都), 서안 西岸 "west coast" (西安), 대련 對鍊 "sparring" (大連), 청도 the Korean county (靑島).
// A reading that is one of them is not generated as a spelling of the place. Sorted.
#[rustfmt::skip]
static SINO_KOREAN_HOMOGRAPHS: &[&str] = &[
    "대련", "대북", "무한", "상해", "서안", "성도", "청도",
];

/// Is `word` an ordinary Korean word that is also the Sino-Korean reading of a Chinese place name
/// (대북, 상해, 무한...)? Such a reading says too little to be matched as the place.
pub fn is_sino_korean_homograph(word: &str) -> bool {
    SINO_KOREAN_HOMOGRAPHS.binary_search(&word).is_ok()
}

pub(super) fn syls_eq(w: &[Syl], s: &str) -> bool {
    w.len() == s.chars().count() && s.chars().zip(w.iter()).all(|(c, x)| syl_of(c) == Some(*x))
}

pub(super) fn syls_in(w: &[Syl], list: &[&str]) -> bool {
    list.iter().any(|s| syls_eq(w, s))
}

/// What kind of administrative suffix ends a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    /// 도 시 군 구 읍 면 리 동: written after a hyphen.
    Generic,
    /// 특별시 광역시 특별자치시 특별자치도: ALA-LC writes them as a word of their own (서울 특별시
    /// Sŏul T'ŭkpyŏlsi); RR and the DPRK system after a hyphen like the others.
    City,
}

/// Where an administrative-unit suffix starts in a word, and which kind it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Split {
    pub(super) at: usize,
    pub(super) unit: Unit,
}

/// The administrative-unit suffix a word ends in, if any.
pub(super) fn admin_split(w: &[Syl]) -> Option<Split> {
    let n = w.len();
    let city = |at| {
        Some(Split {
            at,
            unit: Unit::City,
        })
    };
    let generic = |at| {
        Some(Split {
            at,
            unit: Unit::Generic,
        })
    };
    // The unit written alone (서울 특별시) is no place name with a unit.
    if syls_in(w, &["광역시", "특별시", "특별자치도", "특별자치시"]) {
        return None;
    }
    if n >= 6 && (syls_eq(&w[n - 5..], "특별자치도") || syls_eq(&w[n - 5..], "특별자치시"))
    {
        return city(n - 5);
    }
    if n >= 4 && (syls_eq(&w[n - 3..], "특별시") || syls_eq(&w[n - 3..], "광역시")) {
        return city(n - 3);
    }
    if n < 3 {
        return None;
    }
    let last = w[n - 1];
    if last == sy('도') {
        let stem = &w[..n - 1];
        let by_direction = matches!(syl_char(stem[stem.len() - 1]), '북' | '남');
        if by_direction || syls_in(stem, PROVINCE_STEMS) {
            return generic(n - 1);
        }
        return None;
    }
    // 면 after a verb stem is the ending "if" (고프면, 졸리면, 하려면): not a township.
    let verbal_myeon = last == sy('면') && VERB_BEFORE_MYEON.contains(&syl_char(w[n - 2]));
    if [sy('시'), sy('군'), sy('구'), sy('읍'), sy('면')].contains(&last)
        && !syls_in(&w[n - 2..], UNIT_NOUN_BLOCK)
        && !verbal_myeon
    {
        return generic(n - 1);
    }
    // Korean place names are Sino-Korean: a native word or loanword ending in 리 is no village
    // (도토리, 아메노모리).
    if [sy('리'), sy('동')].contains(&last)
        && !syls_in(&w[n - 2..], RI_DONG_NOUN_BLOCK)
        && w.iter().all(|&s| is_sino_korean(s))
    {
        return generic(n - 1);
    }
    None
}

/// The units written after a number (봉천 1동, 종로 2가; RR 3.5 and ALA-LC): one syllable.
pub(super) fn is_numbered_unit(w: &[Syl]) -> bool {
    matches!(w, [s] if [sy('동'), sy('가'), sy('리'), sy('구')].contains(s))
}

// The generic terms of natural features and structures that the DPRK's 2002 text writes voiced
// whatever the pronunciation, without a hyphen (E/CONF.94/INF.72, note 4.3; its examples 삿갓봉
// Satkatbong, 압록강 Amrokgang, 금교 Kŭmgyo): those with a plain stop initial.
#[rustfmt::skip]
static NK_GENERICS: &[&str] = &[
    "각", "강", "거리", "고개", "골", "곶", "관", "교", "다리", "대", "벌", "봉",
];

/// The index of the syllable where a DPRK generic term ends the word, after at least one syllable
/// of name.
pub(super) fn is_nk_generic(w: &[Syl]) -> Option<usize> {
    (1..=2)
        .filter(|&k| w.len() > k)
        .map(|k| w.len() - k)
        .find(|&at| syls_in(&w[at..], NK_GENERICS))
}

/// The Sino-Korean reading of a number written in digits, in Hangul: 일 이 삼 사 오 육 칠 팔 구 and
/// 십 백 천 만, 1 unread before 십 백 천 만 (십일, 백, 만; 표준국어대사전, the numeral entries), and
/// the ㄴ that 육 takes after another syllable written out (십육 [심뉵], Standard Pronunciation art.
/// 29), so that it romanises as it sounds. `None` for more than eight digits or a leading zero.
pub(super) fn sino_number(digits: &str) -> Option<String> {
    if digits.is_empty() || digits.len() > 8 || digits.starts_with('0') {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    const DIGIT: [char; 10] = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
    let four = |g: u32, out: &mut String| {
        for (unit, div) in [('천', 1000), ('백', 100), ('십', 10)] {
            let d = g / div % 10;
            if d > 1 {
                out.push(DIGIT[d as usize]);
            }
            if d > 0 {
                out.push(unit);
            }
        }
        if g % 10 > 0 {
            out.push(DIGIT[(g % 10) as usize]);
        }
    };
    let mut out = String::new();
    let (high, low) = (n / 10_000, n % 10_000);
    if high == 1 {
        out.push('만');
    } else if high > 1 {
        four(high, &mut out);
        out.push('만');
    }
    four(low, &mut out);
    Some(
        out.chars()
            .enumerate()
            .map(|(i, c)| if i > 0 && c == '육' { '뉵' } else { c })
            .collect(),
    )
}

// The Sino-Korean syllables: every Hangul syllable that Unihan's kHangul (Unicode 17.0, generated
// into data/unihan/kHangul.tsv) gives as a reading of some Han character, withdrawn-only (X)
// readings left out; sorted. A test rebuilds it from `unihan::sino_korean_readings`. A word whose
// syllables are all among them can be Sino-Korean, which the initial-sound law applies to (락심
// naksim); a word with another syllable is native or a loanword (라디오 radio, 레슬링 resŭlling).
#[rustfmt::skip]
static SINO_KOREAN: &[&str] = &[
    "가각간갈감갑강개객갱갹거건걸검겁게격견결겸경계고곡곤골공곶과",
    "곽관괄광괘괴괵굉교구국군굴궁권궐궤귀규균귤극근글금급긍기긴길",
    "김끽나낙난날남납낭내냉녀녁년념녑녕노녹논농뇌뇨누눈눌뉴뉵늑늠",
    "능니닉닐다단달담답당대댁덕도독돈돌동두둔둘득등라락란랄람랍랑",
    "래랭략량려력련렬렴렵령례로록론롱뢰료룡루류륙륜률륭륵름릉리린",
    "림립마막만말망매맥맹멱면멸명몌모목몰몽묘무묵문물미민밀박반발",
    "방배백번벌범법벽변별병보복본볼봉부북분불붕비빈빙사삭산살삼삽",
    "상새색생서석선설섬섭성세소속손솔송쇄쇠수숙순술숭쉬슬습승시식",
    "신실심십쌍씨아악안알암압앙애액앵야약양어억언얼엄업에엔여역연",
    "열염엽영예오옥온올옹와완왈왕왜외요욕용우욱운울웅원월위유육윤",
    "율융은을음읍응의이익인일임입잉자작잔잠잡장재쟁저적전절점접정",
    "제조족존졸종좌죄주죽준줄중즉즐즙증지직진질짐집징차착찬찰참창",
    "채책처척천철첨첩청체초촉촌총촬최추축춘출충췌취측층치칙친칠침",
    "칩칭쾌타탁탄탈탐탑탕태택탱터토톤통퇴투퉁특틈파판팔패팽퍅편폄",
    "평폐포폭표품풍피픽필핍하학한할함합항해핵행향허헌헐험혁현혈혐",
    "협형혜호혹혼홀홍화확환활황회획횡효후훈훌훙훤훼휘휴휼흉흑흔흘",
    "흠흡흥희히힐",
];

/// Whether `s` is the reading of some Han character.
pub(super) fn is_sino_korean(s: Syl) -> bool {
    let c = syl_char(s);
    SINO_KOREAN.iter().any(|row| row.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::hangul::{transliterate, KoScheme};

    #[test]
    fn particles_after_n_insertion_words() {
        assert_eq!(transliterate(KoScheme::Rr, "알약을", false), "allyageul");
        assert_eq!(
            transliterate(KoScheme::Rr, "알약상자", false),
            "aryaksangja"
        );
    }

    #[test]
    fn numbers_read_in_sino_korean() {
        let r = |d| sino_number(d);
        assert_eq!(r("1").as_deref(), Some("일"));
        assert_eq!(r("16").as_deref(), Some("십뉵"));
        assert_eq!(r("1996").as_deref(), Some("천구백구십뉵"));
        assert_eq!(r("10000").as_deref(), Some("만"));
        assert_eq!(r("20301").as_deref(), Some("이만삼백일"));
        assert_eq!(r("0"), None);
        assert_eq!(r("123456789"), None);
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [
            UNIT_NOUN_BLOCK,
            RI_DONG_NOUN_BLOCK,
            NK_GENERICS,
            PROVINCE_STEMS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(VERB_BEFORE_MYEON.windows(2).all(|w| w[0] < w[1]));
        assert!(N_INSERTION.windows(2).all(|w| w[0].0 < w[1].0));
        let all: Vec<char> = SINO_KOREAN.iter().flat_map(|r| r.chars()).collect();
        assert!(all.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn sino_korean_syllables_are_the_unihan_readings() {
        use crate::translit::hanzi::unihan::sino_korean_readings;
        let mut readings = std::collections::BTreeSet::new();
        let ranges = [
            0x3400..=0x4DBF,
            0x4E00..=0x9FFF,
            0xF900..=0xFAFF,
            0x20000..=0x3134F,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            for r in sino_korean_readings(c) {
                let listed = r.ks_x_1001() || r.ks_x_1002() || r.educational() || r.personal_name();
                if listed && !r.supplement() {
                    readings.insert(r.hangul());
                }
            }
        }
        let table: Vec<char> = SINO_KOREAN.iter().flat_map(|r| r.chars()).collect();
        assert_eq!(table, readings.into_iter().collect::<Vec<_>>());
        assert!(is_sino_korean(sy('락')) && !is_sino_korean(sy('디')));
    }

    #[test]
    fn n_insertion_keeps_the_syllable_count() {
        for (w, s) in N_INSERTION {
            assert_eq!(w.chars().count(), s.chars().count());
        }
    }
}
