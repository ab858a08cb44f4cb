//! Chinese names in Hangul: the official Korean transcription of Mandarin, so that the Hangul
//! forms Korean text uses for Chinese people and places (李克强 리커창, 温家宝 원자바오, 深圳 선전) can
//! be generated from a glossary entry written in Han characters.
//!
//! Source: 외래어 표기법 (Korean Ministry of Education notice 제85-11호, 1986; revised by Ministry of
//! Culture notice 제2017-14호, which put Hanyu Pinyin before Zhuyin in the table), 제2장 표 5
//! "중국어의 발음 부호와 한글 대조표" (initials 성모 and finals 운모), with 제3장 제7절 "중국어의 표기"
//! (제1항: tones are not written; 제2항: after the consonants written ㅈ ㅉ ㅊ, the vowels ㅑ ㅖ ㅛ ㅠ
//! are written ㅏ ㅔ ㅗ ㅜ) and 제4장 제2절 제1항 (Chinese people of today are written by the Chinese
//! table, people of the past by the Sino-Korean reading, which is not generated here). The Han
//! characters are read by [`super`] in name mode (surname readings such as 单 Shan,
//! compound surnames, the word table for places).
//!
//! Korean writes a Chinese personal name with the surname and given name run together (리커창),
//! as 한글 맞춤법 제48항 prescribes for names; press and reference works also write them apart
//! (리 커창), so both are returned.

use super::{is_han, transliterate, ZhScheme};

/// Toneless pinyin syllable (ü written `v`) -> Hangul, sorted by key for binary search.
///
/// Source: 외래어 표기법 제2장 표 5 (중국어의 발음 부호와 한글 대조표). Initials: b ㅂ, p ㅍ, m ㅁ,
/// f ㅍ, d ㄷ, t ㅌ, n ㄴ, l ㄹ, g ㄱ, k ㅋ, h ㅎ, j ㅈ, q ㅊ, x ㅅ, zh ㅈ, ch ㅊ, sh ㅅ, r ㄹ, z ㅉ,
/// c ㅊ, s ㅆ, with zhi 즈, chi 츠, shi 스, ri 르, zi 쯔, ci 츠, si 쓰. Finals (the form after a
/// consonant in parentheses): a 아, o 오, e 어, ê 에, yi (i) 이, wu (u) 우, yu (ü) 위, ai 아이,
/// ei 에이, ao 아오, ou 어우, an 안, en 언, ang 앙, eng 엉, er 얼, ya (ia) 야, yo 요, ye (ie) 예,
/// yao (iao) 야오, you (iu) 유, yan (ian) 옌, yin (in) 인, yang (iang) 양, ying (ing) 잉, wa (ua) 와,
/// wo (uo) 워, wai (uai) 와이, wei (ui) 웨이 (우이), wan (uan) 완, wen (un) 원 (운), wang (uang) 왕,
/// weng (ong) 웡 (웅), yue (üe) 웨, yuan (üan) 위안, yun (ün) 윈, yong (iong) 융; 제3장 제7절 제2항 for
/// ㅈ ㅉ ㅊ + ㅑ ㅖ ㅛ ㅠ. Covers every syllable of the inventory in `hanzi_data.rs` except the
/// syllabic nasals m, n, ng, hm, hng (interjections the table does not list); the unit test
/// rebuilds every entry from the initial and final tables above.
#[rustfmt::skip]
static PINYIN_HANGUL: &[(&str, &str)] = &[
    ("a", "아"), ("ai", "아이"), ("an", "안"), ("ang", "앙"), ("ao", "아오"), ("ba", "바"), ("bai", "바이"),
    ("ban", "반"), ("bang", "방"), ("bao", "바오"), ("bei", "베이"), ("ben", "번"), ("beng", "벙"),
    ("bi", "비"), ("bian", "볜"), ("biang", "뱡"), ("biao", "뱌오"), ("bie", "볘"), ("bin", "빈"),
    ("bing", "빙"), ("bo", "보"), ("bong", "붕"), ("bu", "부"), ("ca", "차"), ("cai", "차이"),
    ("can", "찬"), ("cang", "창"), ("cao", "차오"), ("ce", "처"), ("cei", "체이"), ("cen", "천"),
    ("ceng", "청"), ("cha", "차"), ("chai", "차이"), ("chan", "찬"), ("chang", "창"), ("chao", "차오"),
    ("che", "처"), ("chen", "천"), ("cheng", "청"), ("chi", "츠"), ("chong", "충"), ("chou", "처우"),
    ("chu", "추"), ("chua", "촤"), ("chuai", "촤이"), ("chuan", "촨"), ("chuang", "촹"), ("chui", "추이"),
    ("chun", "춘"), ("chuo", "춰"), ("ci", "츠"), ("cong", "충"), ("cou", "처우"), ("cu", "추"),
    ("cuan", "촨"), ("cui", "추이"), ("cun", "춘"), ("cuo", "춰"), ("da", "다"), ("dai", "다이"),
    ("dan", "단"), ("dang", "당"), ("dao", "다오"), ("de", "더"), ("dei", "데이"), ("den", "던"),
    ("deng", "덩"), ("di", "디"), ("dia", "댜"), ("dian", "뎬"), ("diao", "댜오"), ("die", "뎨"),
    ("din", "딘"), ("ding", "딩"), ("diu", "듀"), ("dong", "둥"), ("dou", "더우"), ("du", "두"),
    ("duan", "돤"), ("dui", "두이"), ("dun", "둔"), ("duo", "둬"), ("e", "어"), ("ei", "에이"), ("en", "언"),
    ("eng", "엉"), ("er", "얼"), ("fa", "파"), ("fan", "판"), ("fang", "팡"), ("fei", "페이"),
    ("fen", "펀"), ("feng", "펑"), ("fiao", "퍄오"), ("fo", "포"), ("fou", "퍼우"), ("fu", "푸"),
    ("ga", "가"), ("gai", "가이"), ("gan", "간"), ("gang", "강"), ("gao", "가오"), ("ge", "거"),
    ("gei", "게이"), ("gen", "건"), ("geng", "겅"), ("gong", "궁"), ("gou", "거우"), ("gu", "구"),
    ("gua", "과"), ("guai", "과이"), ("guan", "관"), ("guang", "광"), ("gui", "구이"), ("gun", "군"),
    ("guo", "궈"), ("ha", "하"), ("hai", "하이"), ("han", "한"), ("hang", "항"), ("hao", "하오"),
    ("he", "허"), ("hei", "헤이"), ("hen", "헌"), ("heng", "헝"), ("hong", "훙"), ("hou", "허우"),
    ("hu", "후"), ("hua", "화"), ("huai", "화이"), ("huan", "환"), ("huang", "황"), ("hui", "후이"),
    ("hun", "훈"), ("huo", "훠"), ("ji", "지"), ("jia", "자"), ("jian", "젠"), ("jiang", "장"),
    ("jiao", "자오"), ("jie", "제"), ("jin", "진"), ("jing", "징"), ("jiong", "중"), ("jiu", "주"),
    ("ju", "쥐"), ("juan", "쥐안"), ("jue", "줴"), ("jun", "쥔"), ("ka", "카"), ("kai", "카이"),
    ("kan", "칸"), ("kang", "캉"), ("kao", "카오"), ("ke", "커"), ("kei", "케이"), ("ken", "컨"),
    ("keng", "컹"), ("kong", "쿵"), ("kou", "커우"), ("ku", "쿠"), ("kua", "콰"), ("kuai", "콰이"),
    ("kuan", "콴"), ("kuang", "쾅"), ("kui", "쿠이"), ("kun", "쿤"), ("kuo", "쿼"), ("la", "라"),
    ("lai", "라이"), ("lan", "란"), ("lang", "랑"), ("lao", "라오"), ("le", "러"), ("lei", "레이"),
    ("len", "런"), ("leng", "렁"), ("li", "리"), ("lia", "랴"), ("lian", "롄"), ("liang", "량"),
    ("liao", "랴오"), ("lie", "례"), ("lin", "린"), ("ling", "링"), ("liu", "류"), ("lo", "로"),
    ("long", "룽"), ("lou", "러우"), ("lu", "루"), ("luan", "롼"), ("lun", "룬"), ("luo", "뤄"),
    ("lv", "뤼"), ("lve", "뤠"), ("ma", "마"), ("mai", "마이"), ("man", "만"), ("mang", "망"),
    ("mao", "마오"), ("me", "머"), ("mei", "메이"), ("men", "먼"), ("meng", "멍"), ("mi", "미"),
    ("mian", "몐"), ("miao", "먀오"), ("mie", "몌"), ("min", "민"), ("ming", "밍"), ("miu", "뮤"),
    ("mo", "모"), ("mou", "머우"), ("mu", "무"), ("na", "나"), ("nai", "나이"), ("nan", "난"),
    ("nang", "낭"), ("nao", "나오"), ("ne", "너"), ("nei", "네이"), ("nen", "넌"), ("neng", "넝"),
    ("ni", "니"), ("nia", "냐"), ("nian", "녠"), ("niang", "냥"), ("niao", "냐오"), ("nie", "녜"),
    ("nin", "닌"), ("ning", "닝"), ("niu", "뉴"), ("nong", "눙"), ("nou", "너우"), ("nu", "누"),
    ("nuan", "놘"), ("nun", "눈"), ("nuo", "눠"), ("nv", "뉘"), ("nve", "눼"), ("o", "오"), ("ou", "어우"),
    ("pa", "파"), ("pai", "파이"), ("pan", "판"), ("pang", "팡"), ("pao", "파오"), ("pei", "페이"),
    ("pen", "펀"), ("peng", "펑"), ("pi", "피"), ("pian", "폔"), ("piao", "퍄오"), ("pie", "폐"),
    ("pin", "핀"), ("ping", "핑"), ("po", "포"), ("pou", "퍼우"), ("pu", "푸"), ("qi", "치"), ("qia", "차"),
    ("qian", "첸"), ("qiang", "창"), ("qiao", "차오"), ("qie", "체"), ("qin", "친"), ("qing", "칭"),
    ("qiong", "충"), ("qiu", "추"), ("qu", "취"), ("quan", "취안"), ("que", "췌"), ("qun", "췬"),
    ("ran", "란"), ("rang", "랑"), ("rao", "라오"), ("re", "러"), ("ren", "런"), ("reng", "렁"),
    ("ri", "르"), ("rong", "룽"), ("rou", "러우"), ("ru", "루"), ("rua", "롸"), ("ruan", "롼"),
    ("rui", "루이"), ("run", "룬"), ("ruo", "뤄"), ("sa", "싸"), ("sai", "싸이"), ("san", "싼"),
    ("sang", "쌍"), ("sao", "싸오"), ("se", "써"), ("sei", "쎄이"), ("sen", "썬"), ("seng", "썽"),
    ("sha", "사"), ("shai", "사이"), ("shan", "산"), ("shang", "상"), ("shao", "사오"), ("she", "서"),
    ("shei", "세이"), ("shen", "선"), ("sheng", "성"), ("shi", "스"), ("shou", "서우"), ("shu", "수"),
    ("shua", "솨"), ("shuai", "솨이"), ("shuan", "솬"), ("shuang", "솽"), ("shui", "수이"), ("shun", "순"),
    ("shuo", "숴"), ("si", "쓰"), ("song", "쑹"), ("sou", "써우"), ("su", "쑤"), ("suan", "쏸"),
    ("sui", "쑤이"), ("sun", "쑨"), ("suo", "쒀"), ("ta", "타"), ("tai", "타이"), ("tan", "탄"),
    ("tang", "탕"), ("tao", "타오"), ("te", "터"), ("tei", "테이"), ("teng", "텅"), ("ti", "티"),
    ("tian", "톈"), ("tiao", "탸오"), ("tie", "톄"), ("ting", "팅"), ("tong", "퉁"), ("tou", "터우"),
    ("tu", "투"), ("tuan", "퇀"), ("tui", "투이"), ("tun", "툰"), ("tuo", "퉈"), ("wa", "와"),
    ("wai", "와이"), ("wan", "완"), ("wang", "왕"), ("wei", "웨이"), ("wen", "원"), ("weng", "웡"),
    ("wo", "워"), ("wong", "웡"), ("wu", "우"), ("xi", "시"), ("xia", "샤"), ("xian", "셴"),
    ("xiang", "샹"), ("xiao", "샤오"), ("xie", "셰"), ("xin", "신"), ("xing", "싱"), ("xiong", "슝"),
    ("xiu", "슈"), ("xu", "쉬"), ("xuan", "쉬안"), ("xue", "쉐"), ("xun", "쉰"), ("ya", "야"),
    ("yan", "옌"), ("yang", "양"), ("yao", "야오"), ("ye", "예"), ("yi", "이"), ("yin", "인"),
    ("ying", "잉"), ("yo", "요"), ("yong", "융"), ("you", "유"), ("yu", "위"), ("yuan", "위안"),
    ("yue", "웨"), ("yun", "윈"), ("za", "짜"), ("zai", "짜이"), ("zan", "짠"), ("zang", "짱"),
    ("zao", "짜오"), ("ze", "쩌"), ("zei", "쩨이"), ("zen", "쩐"), ("zeng", "쩡"), ("zha", "자"),
    ("zhai", "자이"), ("zhan", "잔"), ("zhang", "장"), ("zhao", "자오"), ("zhe", "저"), ("zhei", "제이"),
    ("zhen", "전"), ("zheng", "정"), ("zhi", "즈"), ("zhong", "중"), ("zhou", "저우"), ("zhu", "주"),
    ("zhua", "좌"), ("zhuai", "좌이"), ("zhuan", "좐"), ("zhuang", "좡"), ("zhui", "주이"), ("zhun", "준"),
    ("zhuo", "줘"), ("zi", "쯔"), ("zong", "쭝"), ("zou", "쩌우"), ("zu", "쭈"), ("zuan", "쫜"),
    ("zui", "쭈이"), ("zun", "쭌"), ("zuo", "쭤"), ("ê", "에"),
];

/// Most spellings returned for one name.
const MAX_SPELLINGS: usize = 4;

/// Hangul for one toneless pinyin syllable (lowercase ASCII, ü as `v`, `ü` or `u:`), e.g. "li" ->
/// "리", "qiang" -> "창", "jia" -> "자", "zhen" -> "전". Upper case, a trailing tone digit and the
/// keyboard spellings "lue"/"nue" are accepted. None if not a syllable of the table.
pub fn pinyin_syllable_to_hangul(syl: &str) -> Option<&'static str> {
    let s = syl.trim();
    let s = s.strip_suffix(|c: char| c.is_ascii_digit()).unwrap_or(s);
    if s == "ê" || s == "Ê" {
        return lookup("ê");
    }
    let mut b = [0u8; 8];
    let mut n = 0;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            'ü' | 'Ü' => 'v',
            'u' | 'U' if chars.peek() == Some(&':') => {
                chars.next();
                'v'
            }
            c if c.is_ascii_alphabetic() => c.to_ascii_lowercase(),
            _ => return None,
        };
        *b.get_mut(n)? = c as u8;
        n += 1;
    }
    let key = std::str::from_utf8(b.get(..n)?).ok()?;
    let key = match key {
        "lue" => "lve",
        "nue" => "nve",
        k => k,
    };
    lookup(key)
}

fn lookup(key: &str) -> Option<&'static str> {
    PINYIN_HANGUL
        .binary_search_by(|e| e.0.cmp(key))
        .ok()
        .and_then(|i| PINYIN_HANGUL.get(i))
        .map(|e| e.1)
}

/// Hangul for the numbered-pinyin rendering of [`super`] ("Li3 Ke4qiang2", "Shen1zhen4"):
/// one Hangul word per space-separated word. Characters that are not part of a syllable (an unread
/// Han character, punctuation) pass through; None if a syllable is not in the table.
fn hangul_words(numbered: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    for word in numbered.split(' ').filter(|w| !w.is_empty()) {
        let mut out = String::new();
        let mut syl = String::new();
        for c in word.chars() {
            if c.is_ascii_alphabetic() || matches!(c, 'ü' | 'Ü' | 'ê' | 'Ê') {
                syl.push(c);
            } else if c.is_ascii_digit() {
                out.push_str(pinyin_syllable_to_hangul(&syl)?);
                syl.clear();
            } else if c == '\'' {
                // The pinyin syllable apostrophe: Hangul syllables need no separator.
            } else {
                if !syl.is_empty() {
                    out.push_str(pinyin_syllable_to_hangul(&syl)?);
                    syl.clear();
                }
                out.push(c);
            }
        }
        if !syl.is_empty() {
            out.push_str(pinyin_syllable_to_hangul(&syl)?);
        }
        words.push(out);
    }
    Some(words)
}

/// The Hangul forms of a Chinese name given in Han characters (simplified or traditional), as Korean
/// text writes them: first the parts run together (리커창, 원자바오, 마오쩌둥, 선전, 상하이), then,
/// for a personal name, surname and given name apart (리 커창). Empty if `native` holds no Han
/// character or a character has no reading in the table.
///
/// ```
/// use canonym::translit::hanzi::chinese_to_hangul;
/// assert_eq!(chinese_to_hangul("李克强"), ["리커창", "리 커창"]);
/// assert_eq!(chinese_to_hangul("深圳"), ["선전"]);
/// ```
pub fn chinese_to_hangul(native: &str) -> Vec<String> {
    let native = native.trim();
    let mut out: Vec<String> = Vec::new();
    if !native.chars().any(is_han) {
        return out;
    }
    let numbered = transliterate(ZhScheme::PinyinNumbers, native, true);
    let Some(words) = hangul_words(&numbered) else {
        return out;
    };
    let joined: String = words.concat();
    let spaced = words.join(" ");
    for s in [joined, spaced] {
        if !s.is_empty() && !out.contains(&s) && out.len() < MAX_SPELLINGS {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 제2장 표 5, initials (성모), in the Hangul the table gives them.
    #[rustfmt::skip]
    const INITIALS: &[(&str, char)] = &[
        ("zh", 'ㅈ'), ("ch", 'ㅊ'), ("sh", 'ㅅ'), ("b", 'ㅂ'), ("p", 'ㅍ'), ("m", 'ㅁ'),
        ("f", 'ㅍ'), ("d", 'ㄷ'), ("t", 'ㅌ'), ("n", 'ㄴ'), ("l", 'ㄹ'), ("g", 'ㄱ'),
        ("k", 'ㅋ'), ("h", 'ㅎ'), ("j", 'ㅈ'), ("q", 'ㅊ'), ("x", 'ㅅ'), ("r", 'ㄹ'),
        ("z", 'ㅉ'), ("c", 'ㅊ'), ("s", 'ㅆ'),
    ];

    /// 제2장 표 5, finals (운모) in the form written after a consonant (the parenthesised column).
    #[rustfmt::skip]
    const FINALS: &[(&str, &str)] = &[
        ("a", "아"), ("o", "오"), ("e", "어"), ("i", "이"), ("u", "우"), ("v", "위"),
        ("ai", "아이"), ("ei", "에이"), ("ao", "아오"), ("ou", "어우"), ("an", "안"),
        ("en", "언"), ("ang", "앙"), ("eng", "엉"), ("ong", "웅"), ("ia", "야"), ("ie", "예"),
        ("iao", "야오"), ("iu", "유"), ("ian", "옌"), ("in", "인"), ("iang", "양"),
        ("ing", "잉"), ("iong", "융"), ("ua", "와"), ("uo", "워"), ("uai", "와이"),
        ("ui", "우이"), ("uan", "완"), ("un", "운"), ("uang", "왕"), ("ve", "웨"),
        ("van", "위안"), ("vn", "윈"),
    ];

    /// 제2장 표 5, syllables without an initial, and the apical vowels of zhi chi shi ri zi ci si.
    #[rustfmt::skip]
    const WHOLE: &[(&str, &str)] = &[
        ("yi", "이"), ("wu", "우"), ("yu", "위"), ("ya", "야"), ("yo", "요"), ("ye", "예"),
        ("yao", "야오"), ("you", "유"), ("yan", "옌"), ("yin", "인"), ("yang", "양"),
        ("ying", "잉"), ("yong", "융"), ("yue", "웨"), ("yuan", "위안"), ("yun", "윈"),
        ("wa", "와"), ("wo", "워"), ("wai", "와이"), ("wei", "웨이"), ("wan", "완"),
        ("wen", "원"), ("wang", "왕"), ("weng", "웡"), ("wong", "웡"), ("er", "얼"),
        ("ê", "에"), ("zhi", "즈"), ("chi", "츠"), ("shi", "스"), ("ri", "르"), ("zi", "쯔"),
        ("ci", "츠"), ("si", "쓰"),
    ];

    /// Rebuild a syllable from the two tables: the initial replaces the ㅇ of the final's first
    /// Hangul syllable; after ㅈ ㅉ ㅊ the vowels ㅑ ㅖ ㅛ ㅠ become ㅏ ㅔ ㅗ ㅜ (제3장 제7절 제2항).
    fn compose(syl: &str) -> Option<String> {
        if let Some(w) = WHOLE.iter().find(|w| w.0 == syl) {
            return Some(w.1.to_string());
        }
        if let Some(f) = FINALS.iter().find(|f| f.0 == syl) {
            return Some(f.1.to_string());
        }
        let (ini, jamo) = INITIALS.iter().find(|i| syl.starts_with(i.0))?;
        let mut rest = syl.get(ini.len()..)?.to_string();
        if matches!(*ini, "j" | "q" | "x") && rest.starts_with('u') {
            rest.replace_range(0..1, "v");
        }
        let fin = FINALS.iter().find(|f| f.0 == rest)?.1;
        let mut chars = fin.chars();
        let first = chars.next()? as u32 - 0xAC00;
        let l = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
            .chars()
            .position(|c| c == *jamo)? as u32;
        let mut v = (first % 588) / 28;
        if matches!(jamo, 'ㅈ' | 'ㅉ' | 'ㅊ') {
            // ㅑ->ㅏ, ㅖ->ㅔ, ㅛ->ㅗ, ㅠ->ㅜ (vowel indices 2->0, 7->5, 12->8, 17->13).
            v = match v {
                2 => 0,
                7 => 5,
                12 => 8,
                17 => 13,
                v => v,
            };
        }
        let mut s = String::new();
        s.push(char::from_u32(0xAC00 + l * 588 + v * 28 + first % 28)?);
        s.extend(chars);
        Some(s)
    }

    #[test]
    fn table_sorted_and_derived_from_the_standard() {
        assert!(PINYIN_HANGUL.windows(2).all(|w| w[0].0 < w[1].0));
        for (p, h) in PINYIN_HANGUL {
            assert_eq!(compose(p).as_deref(), Some(*h), "{p}");
        }
    }

    /// Every syllable of the pinyin inventory in `hanzi_data.rs` has a Hangul form, except the
    /// syllabic nasals, and the table has nothing else.
    #[test]
    fn covers_hanzi_inventory() {
        let src = include_str!("syllable_tables.rs");
        let start = src.find("static SYLLABLES").unwrap_or(0);
        let body = src.get(start..).unwrap_or("");
        let body = body.get(..body.find("];").unwrap_or(0)).unwrap_or("");
        let mut n = 0;
        for piece in body.split("(\"").skip(1) {
            let syl = piece.split('"').next().unwrap_or("");
            if matches!(syl, "m" | "n" | "ng" | "hm" | "hng") {
                assert_eq!(pinyin_syllable_to_hangul(syl), None);
                continue;
            }
            assert!(
                pinyin_syllable_to_hangul(syl).is_some(),
                "no Hangul for {syl}"
            );
            n += 1;
        }
        assert_eq!(n, PINYIN_HANGUL.len());
        assert!(n >= 420);
    }

    #[test]
    fn syllable_spellings() {
        for (p, h) in [
            ("lü", "뤼"),
            ("lu:e", "뤠"),
            ("nue", "눼"),
            ("Qiang2", "창"),
            ("ê", "에"),
        ] {
            assert_eq!(pinyin_syllable_to_hangul(p), Some(h), "{p}");
        }
        for bad in ["", "x", "bv", "abcdefghijkl", "리", "b1", "m", "ng"] {
            assert_eq!(pinyin_syllable_to_hangul(bad), None, "{bad}");
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            " ",
            "abc",
            "李",
            "李·克强",
            "x李y",
            "㐀",
            "李克强李克强李克强",
            "單",
        ] {
            let _ = chinese_to_hangul(s);
        }
        assert!(chinese_to_hangul("abc").is_empty());
    }
}
