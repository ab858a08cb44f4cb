//! Chinese names in Russian, generated from the Hanzi, so that the spellings of the Russian press and
//! Russian Wikipedia ("Си Цзиньпин", "Пекин") can be matched back to a glossary entry written in
//! Hanzi.
//!
//! The Palladius system (Archimandrite Palladius (Kafarov) and P. S. Popov, *Китайско-русский
//! словарь*, Peking 1888, as standardised in Soviet and Russian sinology), applied to the pinyin
//! reading of [`transliterate`] in name mode (surname readings, compound surnames), and the
//! conventional Russian forms of places and a few persons.

use super::{is_han, transliterate, ZhScheme};
use crate::translit::table::{lookup, push_all, push_unique};

/// Toneless pinyin syllable (ü written `v`) -> Palladius Cyrillic, lowercase.
///
/// Source: the Palladius system (Palladius & Popov, Chinese-Russian dictionary, 1888) in its
/// standard modern form: initials b б, p п, m м, f ф, d д, t т, n н, l л, g г, k к, h х, j/z цз,
/// q/c ц, x/s с, zh чж, ch ч, sh ш, r ж; finals a а, ai ай, an ань, ang ан, ao ао, e э, ei эй,
/// en энь, eng эн, o о, ong ун, ou оу, u у, ua уа, uai уай, uan уань, uang уан, ui уй, un унь,
/// uo о, i и, ia я, ian янь, iang ян, iao яо, ie е, in инь, ing ин, iong юн, iu ю, ü юй, üe юэ,
/// üan юань, ün юнь; zhi чжи, chi чи, shi ши, ri жи, zi цзы, ci цы, si сы; w- в- (wu у), er эр.
/// Covers every syllable of the inventory in `syllable_tables.rs` (427, including the rare and
/// interjection syllables); sorted by key for binary search.
#[rustfmt::skip]
static PALLADIUS: &[(&str, &str)] = &[
    ("a", "а"), ("ai", "ай"), ("an", "ань"), ("ang", "ан"), ("ao", "ао"), ("ba", "ба"),
    ("bai", "бай"), ("ban", "бань"), ("bang", "бан"), ("bao", "бао"), ("bei", "бэй"),
    ("ben", "бэнь"), ("beng", "бэн"), ("bi", "би"), ("bian", "бянь"), ("biang", "бян"),
    ("biao", "бяо"), ("bie", "бе"), ("bin", "бинь"), ("bing", "бин"), ("bo", "бо"), ("bong", "бун"),
    ("bu", "бу"), ("ca", "ца"), ("cai", "цай"), ("can", "цань"), ("cang", "цан"), ("cao", "цао"),
    ("ce", "цэ"), ("cei", "цэй"), ("cen", "цэнь"), ("ceng", "цэн"), ("cha", "ча"), ("chai", "чай"),
    ("chan", "чань"), ("chang", "чан"), ("chao", "чао"), ("che", "чэ"), ("chen", "чэнь"),
    ("cheng", "чэн"), ("chi", "чи"), ("chong", "чун"), ("chou", "чоу"), ("chu", "чу"),
    ("chua", "чуа"), ("chuai", "чуай"), ("chuan", "чуань"), ("chuang", "чуан"), ("chui", "чуй"),
    ("chun", "чунь"), ("chuo", "чо"), ("ci", "цы"), ("cong", "цун"), ("cou", "цоу"), ("cu", "цу"),
    ("cuan", "цуань"), ("cui", "цуй"), ("cun", "цунь"), ("cuo", "цо"), ("da", "да"), ("dai", "дай"),
    ("dan", "дань"), ("dang", "дан"), ("dao", "дао"), ("de", "дэ"), ("dei", "дэй"), ("den", "дэнь"),
    ("deng", "дэн"), ("di", "ди"), ("dia", "дя"), ("dian", "дянь"), ("diao", "дяо"), ("die", "де"),
    ("din", "динь"), ("ding", "дин"), ("diu", "дю"), ("dong", "дун"), ("dou", "доу"), ("du", "ду"),
    ("duan", "дуань"), ("dui", "дуй"), ("dun", "дунь"), ("duo", "до"), ("e", "э"), ("ei", "эй"),
    ("en", "энь"), ("eng", "эн"), ("er", "эр"), ("fa", "фа"), ("fan", "фань"), ("fang", "фан"),
    ("fei", "фэй"), ("fen", "фэнь"), ("feng", "фэн"), ("fiao", "фяо"), ("fo", "фо"), ("fou", "фоу"),
    ("fu", "фу"), ("ga", "га"), ("gai", "гай"), ("gan", "гань"), ("gang", "ган"), ("gao", "гао"),
    ("ge", "гэ"), ("gei", "гэй"), ("gen", "гэнь"), ("geng", "гэн"), ("gong", "гун"), ("gou", "гоу"),
    ("gu", "гу"), ("gua", "гуа"), ("guai", "гуай"), ("guan", "гуань"), ("guang", "гуан"),
    ("gui", "гуй"), ("gun", "гунь"), ("guo", "го"), ("ha", "ха"), ("hai", "хай"), ("han", "хань"),
    ("hang", "хан"), ("hao", "хао"), ("he", "хэ"), ("hei", "хэй"), ("hen", "хэнь"), ("heng", "хэн"),
    ("hm", "хм"), ("hng", "хн"), ("hong", "хун"), ("hou", "хоу"), ("hu", "ху"), ("hua", "хуа"),
    ("huai", "хуай"), ("huan", "хуань"), ("huang", "хуан"), ("hui", "хуй"), ("hun", "хунь"),
    ("huo", "хо"), ("ji", "цзи"), ("jia", "цзя"), ("jian", "цзянь"), ("jiang", "цзян"),
    ("jiao", "цзяо"), ("jie", "цзе"), ("jin", "цзинь"), ("jing", "цзин"), ("jiong", "цзюн"),
    ("jiu", "цзю"), ("ju", "цзюй"), ("juan", "цзюань"), ("jue", "цзюэ"), ("jun", "цзюнь"),
    ("ka", "ка"), ("kai", "кай"), ("kan", "кань"), ("kang", "кан"), ("kao", "као"), ("ke", "кэ"),
    ("kei", "кэй"), ("ken", "кэнь"), ("keng", "кэн"), ("kong", "кун"), ("kou", "коу"), ("ku", "ку"),
    ("kua", "куа"), ("kuai", "куай"), ("kuan", "куань"), ("kuang", "куан"), ("kui", "куй"),
    ("kun", "кунь"), ("kuo", "ко"), ("la", "ла"), ("lai", "лай"), ("lan", "лань"), ("lang", "лан"),
    ("lao", "лао"), ("le", "лэ"), ("lei", "лэй"), ("len", "лэнь"), ("leng", "лэн"), ("li", "ли"),
    ("lia", "ля"), ("lian", "лянь"), ("liang", "лян"), ("liao", "ляо"), ("lie", "ле"),
    ("lin", "линь"), ("ling", "лин"), ("liu", "лю"), ("lo", "ло"), ("long", "лун"), ("lou", "лоу"),
    ("lu", "лу"), ("luan", "луань"), ("lun", "лунь"), ("luo", "ло"), ("lv", "люй"), ("lve", "люэ"),
    ("m", "м"), ("ma", "ма"), ("mai", "май"), ("man", "мань"), ("mang", "ман"), ("mao", "мао"),
    ("me", "мэ"), ("mei", "мэй"), ("men", "мэнь"), ("meng", "мэн"), ("mi", "ми"), ("mian", "мянь"),
    ("miao", "мяо"), ("mie", "ме"), ("min", "минь"), ("ming", "мин"), ("miu", "мю"), ("mo", "мо"),
    ("mou", "моу"), ("mu", "му"), ("n", "нь"), ("na", "на"), ("nai", "най"), ("nan", "нань"),
    ("nang", "нан"), ("nao", "нао"), ("ne", "нэ"), ("nei", "нэй"), ("nen", "нэнь"), ("neng", "нэн"),
    ("ng", "н"), ("ni", "ни"), ("nia", "ня"), ("nian", "нянь"), ("niang", "нян"), ("niao", "няо"),
    ("nie", "не"), ("nin", "нинь"), ("ning", "нин"), ("niu", "ню"), ("nong", "нун"), ("nou", "ноу"),
    ("nu", "ну"), ("nuan", "нуань"), ("nun", "нунь"), ("nuo", "но"), ("nv", "нюй"), ("nve", "нюэ"),
    ("o", "о"), ("ou", "оу"), ("pa", "па"), ("pai", "пай"), ("pan", "пань"), ("pang", "пан"),
    ("pao", "пао"), ("pei", "пэй"), ("pen", "пэнь"), ("peng", "пэн"), ("pi", "пи"),
    ("pian", "пянь"), ("piao", "пяо"), ("pie", "пе"), ("pin", "пинь"), ("ping", "пин"),
    ("po", "по"), ("pou", "поу"), ("pu", "пу"), ("qi", "ци"), ("qia", "ця"), ("qian", "цянь"),
    ("qiang", "цян"), ("qiao", "цяо"), ("qie", "це"), ("qin", "цинь"), ("qing", "цин"),
    ("qiong", "цюн"), ("qiu", "цю"), ("qu", "цюй"), ("quan", "цюань"), ("que", "цюэ"),
    ("qun", "цюнь"), ("ran", "жань"), ("rang", "жан"), ("rao", "жао"), ("re", "жэ"),
    ("ren", "жэнь"), ("reng", "жэн"), ("ri", "жи"), ("rong", "жун"), ("rou", "жоу"), ("ru", "жу"),
    ("rua", "жуа"), ("ruan", "жуань"), ("rui", "жуй"), ("run", "жунь"), ("ruo", "жо"), ("sa", "са"),
    ("sai", "сай"), ("san", "сань"), ("sang", "сан"), ("sao", "сао"), ("se", "сэ"), ("sei", "сэй"),
    ("sen", "сэнь"), ("seng", "сэн"), ("sha", "ша"), ("shai", "шай"), ("shan", "шань"),
    ("shang", "шан"), ("shao", "шао"), ("she", "шэ"), ("shei", "шэй"), ("shen", "шэнь"),
    ("sheng", "шэн"), ("shi", "ши"), ("shou", "шоу"), ("shu", "шу"), ("shua", "шуа"),
    ("shuai", "шуай"), ("shuan", "шуань"), ("shuang", "шуан"), ("shui", "шуй"), ("shun", "шунь"),
    ("shuo", "шо"), ("si", "сы"), ("song", "сун"), ("sou", "соу"), ("su", "су"), ("suan", "суань"),
    ("sui", "суй"), ("sun", "сунь"), ("suo", "со"), ("ta", "та"), ("tai", "тай"), ("tan", "тань"),
    ("tang", "тан"), ("tao", "тао"), ("te", "тэ"), ("tei", "тэй"), ("teng", "тэн"), ("ti", "ти"),
    ("tian", "тянь"), ("tiao", "тяо"), ("tie", "те"), ("ting", "тин"), ("tong", "тун"),
    ("tou", "тоу"), ("tu", "ту"), ("tuan", "туань"), ("tui", "туй"), ("tun", "тунь"), ("tuo", "то"),
    ("wa", "ва"), ("wai", "вай"), ("wan", "вань"), ("wang", "ван"), ("wei", "вэй"), ("wen", "вэнь"),
    ("weng", "вэн"), ("wo", "во"), ("wong", "вун"), ("wu", "у"), ("xi", "си"), ("xia", "ся"),
    ("xian", "сянь"), ("xiang", "сян"), ("xiao", "сяо"), ("xie", "се"), ("xin", "синь"),
    ("xing", "син"), ("xiong", "сюн"), ("xiu", "сю"), ("xu", "сюй"), ("xuan", "сюань"),
    ("xue", "сюэ"), ("xun", "сюнь"), ("ya", "я"), ("yan", "янь"), ("yang", "ян"), ("yao", "яо"),
    ("ye", "е"), ("yi", "и"), ("yin", "инь"), ("ying", "ин"), ("yo", "йо"), ("yong", "юн"),
    ("you", "ю"), ("yu", "юй"), ("yuan", "юань"), ("yue", "юэ"), ("yun", "юнь"), ("za", "цза"),
    ("zai", "цзай"), ("zan", "цзань"), ("zang", "цзан"), ("zao", "цзао"), ("ze", "цзэ"),
    ("zei", "цзэй"), ("zen", "цзэнь"), ("zeng", "цзэн"), ("zha", "чжа"), ("zhai", "чжай"),
    ("zhan", "чжань"), ("zhang", "чжан"), ("zhao", "чжао"), ("zhe", "чжэ"), ("zhei", "чжэй"),
    ("zhen", "чжэнь"), ("zheng", "чжэн"), ("zhi", "чжи"), ("zhong", "чжун"), ("zhou", "чжоу"),
    ("zhu", "чжу"), ("zhua", "чжуа"), ("zhuai", "чжуай"), ("zhuan", "чжуань"), ("zhuang", "чжуан"),
    ("zhui", "чжуй"), ("zhun", "чжунь"), ("zhuo", "чжо"), ("zi", "цзы"), ("zong", "цзун"),
    ("zou", "цзоу"), ("zu", "цзу"), ("zuan", "цзуань"), ("zui", "цзуй"), ("zun", "цзунь"),
    ("zuo", "цзо"), ("ê", "э"),
];

/// Conventional Russian names of Chinese places and a few persons, used instead of (or beside)
/// the Palladius form: traditional exonyms (Пекин, Нанкин, Харбин, Урумчи, Лхаса, Макао, Кашгар,
/// Тибет, Янцзы), historical names (Кантон, Дальний, Порт-Артур, Калган) and fixed forms of
/// persons (Чан Кайши, Сунь Ятсен, Конфуций). Regular Palladius forms of major cities (Шанхай,
/// Гуанчжоу, Тяньцзинь, Сиань, Ухань, Чунцин, Тайбэй, Сямынь, Сянган) are listed too so that the
/// preferred form comes first. Source: the article titles of Russian Wikipedia and the Большая
/// российская энциклопедия. Sorted by key (UTF-8 byte order).
#[rustfmt::skip]
static ZH_CONVENTIONAL: &[(&str, &[&str])] = &[
    ("上海", &["Шанхай"]), ("中国", &["Китай"]), ("乌鲁木齐", &["Урумчи"]),
    ("内蒙古", &["Внутренняя Монголия"]), ("北京", &["Пекин"]), ("南京", &["Нанкин"]), ("厦门", &["Сямынь"]),
    ("台北", &["Тайбэй"]), ("台湾", &["Тайвань"]), ("呼和浩特", &["Хух-Хото"]), ("哈尔滨", &["Харбин"]),
    ("喀什", &["Кашгар", "Каши"]), ("大连", &["Далянь", "Дальний"]), ("天津", &["Тяньцзинь"]),
    ("孔子", &["Конфуций"]), ("孙中山", &["Сунь Ятсен", "Сунь Чжуншань"]), ("孙逸仙", &["Сунь Ятсен"]),
    ("广州", &["Гуанчжоу", "Кантон"]), ("张家口", &["Чжанцзякоу", "Калган"]), ("拉萨", &["Лхаса"]),
    ("旅顺", &["Люйшунь", "Порт-Артур"]), ("武汉", &["Ухань"]), ("满洲里", &["Маньчжурия", "Маньчжоули"]),
    ("澳门", &["Макао"]), ("蒋介石", &["Чан Кайши"]), ("西安", &["Сиань"]), ("西藏", &["Тибет"]),
    ("重庆", &["Чунцин"]), ("长江", &["Янцзы"]), ("香港", &["Гонконг", "Сянган"]), ("黄河", &["Хуанхэ"]),
];

/// Palladius Cyrillic for one toneless pinyin syllable (lowercase ASCII, ü as "v" or "u:"/"ü"),
/// e.g. "xi" -> "си", "jin" -> "цзинь", "ping" -> "пин", "zhou" -> "чжоу", "yi" -> "и", "e" -> "э",
/// "er" -> "эр". Upper case, a trailing tone digit and the keyboard spellings "lue"/"nue" are
/// accepted too. None if not a syllable.
pub fn pinyin_to_palladius(syllable: &str) -> Option<&'static str> {
    let s = syllable.trim();
    let s = s.strip_suffix(|c: char| c.is_ascii_digit()).unwrap_or(s);
    if s == "ê" || s == "Ê" {
        return lookup(PALLADIUS, "ê");
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
    lookup(PALLADIUS, key)
}

/// How the syllables of a multi-syllable word are written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ZhJoin {
    /// One word (Цзиньпин), with the Palladius separator ъ where needed.
    Word,
    /// Hyphenated, later syllables lowercase (Цзинь-пин): older Soviet press and books.
    Hyphen,
}

fn push_capital(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
}

/// Append one Palladius syllable to a word being built. Inside a word Palladius writes ъ after a
/// syllable ending in -н (pinyin -ng) before a vowel-initial syllable, so that it is not read as
/// -нь or as a new initial: 长安 Чанъань, 广元 Гуанъюань; after -нь the soft sign already separates
/// (天安门 Тяньаньмэнь, 沈阳 Шэньян) and after a vowel nothing is written (西安 Сиань).
fn push_palladius(word: &mut String, syl: &str, first: bool, join: ZhJoin) {
    if first {
        push_capital(word, syl);
        return;
    }
    match join {
        ZhJoin::Hyphen => word.push('-'),
        ZhJoin::Word => {
            let vowel_initial = syl.starts_with(['а', 'е', 'ё', 'и', 'о', 'у', 'э', 'ю', 'я']);
            if vowel_initial && word.ends_with('н') {
                word.push('ъ');
            }
        }
    }
    word.push_str(syl);
}

/// Convert the numbered-pinyin rendering of [`transliterate`] ("Xi2 Jin4ping2", "Xi1'an1") to
/// Palladius. Every space-separated word stays a word; with `one_word` the words are run together.
/// Characters that are not part of a syllable (unread Han characters, punctuation) pass through.
fn palladius_of_numbered(numbered: &str, join: ZhJoin, one_word: bool) -> String {
    let mut out = String::with_capacity(numbered.len() * 2);
    let mut first_in_word = true;
    let mut pending = [0u8; 8];
    let mut plen = 0usize;
    let mut bad_syl = false;
    for (wi, word) in numbered.split(' ').filter(|w| !w.is_empty()).enumerate() {
        if wi > 0 && !one_word {
            out.push(' ');
            first_in_word = true;
        }
        for c in word.chars() {
            if c.is_ascii_alphabetic() || c == 'ü' || c == 'Ü' || c == 'ê' {
                let mut tmp = [0u8; 4];
                let enc = c.to_lowercase().next().unwrap_or(c).encode_utf8(&mut tmp);
                match pending.get_mut(plen..plen + enc.len()) {
                    Some(dst) => {
                        dst.copy_from_slice(enc.as_bytes());
                        plen += enc.len();
                    }
                    None => bad_syl = true,
                }
            } else if c.is_ascii_digit() {
                let syl = std::str::from_utf8(pending.get(..plen).unwrap_or(&[])).unwrap_or("");
                // Only a given name is hyphenated: 司马迁 Сыма Цянь, not Сы-ма.
                let j = if wi == 0 { ZhJoin::Word } else { join };
                match pinyin_to_palladius(syl).filter(|_| !bad_syl) {
                    Some(p) => push_palladius(&mut out, p, first_in_word, j),
                    None => out.push_str(syl),
                }
                first_in_word = false;
                plen = 0;
                bad_syl = false;
            } else if c == '\'' {
                // The pinyin syllable apostrophe; Palladius has its own separator.
            } else {
                let rest = std::str::from_utf8(pending.get(..plen).unwrap_or(&[])).unwrap_or("");
                out.push_str(rest);
                plen = 0;
                bad_syl = false;
                out.push(c);
                first_in_word = !c.is_alphanumeric();
            }
        }
        let rest = std::str::from_utf8(pending.get(..plen).unwrap_or(&[])).unwrap_or("");
        out.push_str(rest);
        plen = 0;
        bad_syl = false;
    }
    out
}

/// Cyrillic spellings of a Chinese name given in Hanzi, most usual first:
///
/// 1. conventional Russian forms from a small table (北京 Пекин, 香港 Гонконг / Сянган, 蒋介石 Чан
///    Кайши);
/// 2. Palladius in name mode: surname and given name as separate words, the given name joined as
///    one word (习近平 Си Цзиньпин, 毛泽东 Мао Цзэдун, 司马迁 Сыма Цянь); places one word
///    (上海 Шанхай);
/// 3. the given name hyphenated (Мао Цзэ-дун), as in older Soviet publications;
/// 4. for a 2–4 character name read as a person, all syllables as one word, because an unlisted
///    place name such as 延安 is read as surname + given name by the name reader (Яньань).
///
/// Empty if `native` holds no Han character; at most 16 spellings.
pub fn chinese_to_cyrillic(native: &str) -> Vec<String> {
    let native = native.trim();
    let mut out = Vec::new();
    if !native.chars().any(is_han) {
        return out;
    }
    if let Some(forms) = lookup(ZH_CONVENTIONAL, native) {
        push_all(&mut out, forms);
    } else if let Some(forms) = native
        .strip_suffix('市')
        .and_then(|stem| lookup(ZH_CONVENTIONAL, stem))
    {
        // 北京市 "Beijing Municipality" is still Пекин in Russian.
        push_all(&mut out, forms);
    }
    let numbered = transliterate(ZhScheme::PinyinNumbers, native, true);
    push_unique(
        &mut out,
        palladius_of_numbered(&numbered, ZhJoin::Word, false),
    );
    let words = numbered.split(' ').filter(|w| !w.is_empty()).count();
    if words > 1 {
        push_unique(
            &mut out,
            palladius_of_numbered(&numbered, ZhJoin::Hyphen, false),
        );
        let han = native.chars().filter(|&c| is_han(c)).count();
        if (2..=4).contains(&han) && native.chars().all(is_han) {
            push_unique(
                &mut out,
                palladius_of_numbered(&numbered, ZhJoin::Word, true),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::hanzi::syllable_tables::SYLLABLES;
    use crate::translit::table::is_sorted;

    #[test]
    fn tables_sorted() {
        assert!(is_sorted(PALLADIUS));
        assert!(is_sorted(ZH_CONVENTIONAL));
    }

    /// Every syllable of the pinyin inventory has a Palladius form, and the Palladius table has
    /// nothing else.
    #[test]
    fn palladius_covers_hanzi_inventory() {
        for &(syl, _, _) in SYLLABLES {
            assert!(pinyin_to_palladius(syl).is_some(), "no Palladius for {syl}");
        }
        assert_eq!(SYLLABLES.len(), PALLADIUS.len());
        assert!(PALLADIUS.len() >= 400);
    }

    #[test]
    fn palladius_syllables() {
        for (p, c) in [
            ("xi", "си"),
            ("jin", "цзинь"),
            ("ping", "пин"),
            ("zhou", "чжоу"),
            ("yi", "и"),
            ("e", "э"),
            ("er", "эр"),
            ("lv", "люй"),
            ("lu:e", "люэ"),
            ("nüe", "нюэ"),
            ("lue", "люэ"),
            ("Zhong1", "чжун"),
        ] {
            assert_eq!(pinyin_to_palladius(p), Some(c), "{p}");
        }
        for bad in ["", "x", "zhv", "abcdefghijkl", "си", "ü:", "b1"] {
            assert_eq!(pinyin_to_palladius(bad), None, "{bad}");
        }
    }

    #[test]
    fn palladius_separator() {
        assert!(chinese_to_cyrillic("长安").contains(&"Чанъань".to_string()));
        assert!(chinese_to_cyrillic("天安门").contains(&"Тяньаньмэнь".to_string()));
        assert!(chinese_to_cyrillic("西安").contains(&"Сиань".to_string()));
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in ["", " ", "abc", "习", "김", "習近平·", "北京市", "x习y"] {
            assert!(chinese_to_cyrillic(s).len() <= crate::translit::table::MAX_SPELLINGS);
        }
    }
}
