//! Cyrillic (Russian) spellings of Chinese and Korean names, generated from the native script, so
//! that the spellings used by the Russian press and Russian Wikipedia ("Си Цзиньпин", "Пекин", "Ким
//! Чен Ын", "Пхеньян") can be matched back to a glossary entry written in Hanzi or Hangul.
//!
//! Chinese follows the Palladius system (Archimandrite Palladius (Kafarov) and P. S. Popov,
//! *Китайско-русский словарь*, Peking 1888, as standardised in Soviet and Russian sinology), applied
//! to the pinyin reading from [`super::hanzi`] in name mode (surname readings, compound surnames).
//! Korean follows the Kontsevich system (Л. Р. Концевич, «Корейско-русская практическая
//! транскрипция», the system of Russian Korean studies since the 1970s), plus the traditional
//! Soviet and press spellings of DPRK names and places (Ким Ир Сен, Пхеньян, Сеул).

use super::hanzi::{is_han, transliterate, ZhScheme};

// ---------------------------------------------------------------------------------------------
// Chinese: Palladius
// ---------------------------------------------------------------------------------------------

/// Toneless pinyin syllable (ü written `v`) -> Palladius Cyrillic, lowercase.
///
/// Source: the Palladius system (Palladius & Popov, Chinese-Russian dictionary, 1888) in its
/// standard modern form: initials b б, p п, m м, f ф, d д, t т, n н, l л, g г, k к, h х, j/z цз,
/// q/c ц, x/s с, zh чж, ch ч, sh ш, r ж; finals a а, ai ай, an ань, ang ан, ao ао, e э, ei эй,
/// en энь, eng эн, o о, ong ун, ou оу, u у, ua уа, uai уай, uan уань, uang уан, ui уй, un унь,
/// uo о, i и, ia я, ian янь, iang ян, iao яо, ie е, in инь, ing ин, iong юн, iu ю, ü юй, üe юэ,
/// üan юань, ün юнь; zhi чжи, chi чи, shi ши, ri жи, zi цзы, ci цы, si сы; w- в- (wu у), er эр.
/// Covers every syllable of the inventory in `hanzi_data.rs` (427, including the rare and
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

/// Most spellings returned for one name.
const MAX_SPELLINGS: usize = 16;

fn table_lookup<T: Copy>(table: &'static [(&'static str, T)], key: &str) -> Option<T> {
    table
        .binary_search_by(|e| e.0.cmp(key))
        .ok()
        .and_then(|i| table.get(i))
        .map(|e| e.1)
}

fn push_unique(out: &mut Vec<String>, s: String) {
    if !s.is_empty() && out.len() < MAX_SPELLINGS && !out.contains(&s) {
        out.push(s);
    }
}

fn push_all(out: &mut Vec<String>, forms: &[&str]) {
    for f in forms {
        push_unique(out, (*f).to_string());
    }
}

/// Palladius Cyrillic for one toneless pinyin syllable (lowercase ASCII, ü as "v" or "u:"/"ü"),
/// e.g. "xi" -> "си", "jin" -> "цзинь", "ping" -> "пин", "zhou" -> "чжоу", "yi" -> "и", "e" -> "э",
/// "er" -> "эр". Upper case, a trailing tone digit and the keyboard spellings "lue"/"nue" are
/// accepted too. None if not a syllable.
pub fn pinyin_to_palladius(syllable: &str) -> Option<&'static str> {
    let s = syllable.trim();
    let s = s.strip_suffix(|c: char| c.is_ascii_digit()).unwrap_or(s);
    if s == "ê" || s == "Ê" {
        return table_lookup(PALLADIUS, "ê");
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
    table_lookup(PALLADIUS, key)
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

/// Convert the numbered-pinyin rendering of [`super::hanzi`] ("Xi2 Jin4ping2", "Xi1'an1") to
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
    if let Some(forms) = table_lookup(ZH_CONVENTIONAL, native) {
        push_all(&mut out, forms);
    } else if let Some(forms) = native
        .strip_suffix('市')
        .and_then(|stem| table_lookup(ZH_CONVENTIONAL, stem))
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

// ---------------------------------------------------------------------------------------------
// Korean: Kontsevich and traditional forms
// ---------------------------------------------------------------------------------------------

/// Initial consonants (choseong order ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) at the
/// start of a word or after an obstruent final: Kontsevich system, consonant table, initial
/// column (к т п ч unvoiced; ㅇ silent; aspirates кх тх пх чх; tense кк тт пп сс чч).
const KO_INITIAL: [&str; 19] = [
    "к", "кк", "н", "т", "тт", "р", "м", "п", "пп", "с", "сс", "", "ч", "чч", "чх", "кх", "тх",
    "пх", "х",
];

/// Initial consonants between voiced sounds (after a vowel or a final ㄴ ㅁ ㅇ ㄹ): Kontsevich
/// system, medial column — ㄱ г, ㄷ д, ㅂ б, ㅈ чж; the rest as at the start.
const KO_MEDIAL: [&str; 19] = [
    "г", "кк", "н", "д", "тт", "р", "м", "б", "пп", "с", "сс", "", "чж", "чч", "чх", "кх", "тх",
    "пх", "х",
];

/// Vowels (jungseong order ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ) after ㅇ,
/// i.e. with no consonant: Kontsevich system, vowel table.
const KO_VOWEL: [&str; 21] = [
    "а", "э", "я", "йя", "о", "е", "ё", "йе", "о", "ва", "вэ", "ве", "ё", "у", "во", "ве", "ви",
    "ю", "ы", "ый", "и",
];

/// Vowels after a consonant: ㅒ я, ㅖ е, ㅢ и (Kontsevich, notes to the vowel table).
const KO_VOWEL_AFTER_C: [&str; 21] = [
    "а", "э", "я", "я", "о", "е", "ё", "е", "о", "ва", "вэ", "ве", "ё", "у", "во", "ве", "ви", "ю",
    "ы", "и", "и",
];

/// Vowels after ㅈ ㅉ ㅊ, which are soft already: ㅑ а, ㅕ ㅛ о, ㅠ у, ㅒ э (Kontsevich: 져 чжо,
/// 쥬 чжу).
const KO_VOWEL_AFTER_CH: [&str; 21] = [
    "а", "э", "а", "э", "о", "е", "о", "е", "о", "ва", "вэ", "ве", "о", "у", "во", "ве", "ви", "у",
    "ы", "и", "и",
];

/// Final consonants (jongseong order, index 0 = none) before a vowel, where they are carried over
/// to the next syllable (Kontsevich: liaison; ㅇ as нъ, ㅎ silent, clusters keep both members).
const KO_FINAL_LIAISON: [&str; 28] = [
    "", "г", "кк", "кс", "н", "нчж", "н", "д", "р", "льг", "льм", "льб", "льс", "льтх", "льпх",
    "р", "м", "б", "пс", "с", "сс", "нъ", "чж", "чх", "кх", "тх", "пх", "",
];

/// Sound class of a final before a consonant or at the end (Kontsevich, final column: к н т ль м
/// п н; clusters reduced to the pronounced member).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Coda {
    None,
    K,
    N,
    T,
    L,
    M,
    P,
    Ng,
    /// ㅎ (and ㄶ ㅀ reduce to ㄴ ㄹ but aspirate a following ㄱ ㄷ ㅈ).
    H,
}

const KO_CODA: [Coda; 28] = [
    Coda::None,
    Coda::K,
    Coda::K,
    Coda::K,
    Coda::N,
    Coda::N,
    Coda::N,
    Coda::T,
    Coda::L,
    Coda::K,
    Coda::M,
    Coda::L,
    Coda::L,
    Coda::L,
    Coda::P,
    Coda::L,
    Coda::M,
    Coda::P,
    Coda::P,
    Coda::T,
    Coda::T,
    Coda::Ng,
    Coda::T,
    Coda::T,
    Coda::K,
    Coda::T,
    Coda::P,
    Coda::H,
];

impl Coda {
    fn final_form(self) -> &'static str {
        match self {
            Coda::None | Coda::H => "",
            Coda::K => "к",
            Coda::N | Coda::Ng => "н",
            Coda::T => "т",
            Coda::L => "ль",
            Coda::M => "м",
            Coda::P => "п",
        }
    }
    /// After a vowel or a sonorant final, ㄱ ㄷ ㅂ ㅈ are voiced.
    fn voices(self) -> bool {
        matches!(self, Coda::None | Coda::N | Coda::L | Coda::M | Coda::Ng)
    }
}

/// One Hangul syllable as jamo indices.
#[derive(Clone, Copy)]
struct Jamo {
    l: usize,
    v: usize,
    t: usize,
}

const L_IEUNG: usize = 11;
const L_RIEUL: usize = 5;
const L_NIEUN: usize = 2;
const L_MIEUM: usize = 6;

fn jamo(c: char) -> Option<Jamo> {
    let s = (c as u32).checked_sub(0xAC00).filter(|&s| s < 11172)? as usize;
    Some(Jamo {
        l: s / 588,
        v: (s % 588) / 28,
        t: s % 28,
    })
}

fn pick<'a>(table: &[&'a str], i: usize) -> &'a str {
    table.get(i).copied().unwrap_or("")
}

fn vowel(j: Jamo) -> &'static str {
    match j.l {
        L_IEUNG => pick(&KO_VOWEL, j.v),
        12..=14 => pick(&KO_VOWEL_AFTER_CH, j.v),
        _ => pick(&KO_VOWEL_AFTER_C, j.v),
    }
}

/// How ㅈ between voiced sounds is written: чж (Kontsevich) or дж (the spelling of many Russian
/// maps and of Russian Wikipedia titles: Кванджу, Пханмунджом).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Zh {
    Chzh,
    Dzh,
}

fn push_cons(out: &mut String, s: &str, zh: Zh) {
    match (s.strip_prefix("чж"), zh) {
        (Some(rest), Zh::Dzh) => {
            out.push_str("дж");
            out.push_str(rest);
        }
        _ => out.push_str(s),
    }
}

/// Kontsevich transcription of one word (a run of Hangul syllables), appended to `out` and
/// capitalised. `before` is the final of the syllable written before this word (Coda::None with
/// `start` for a word at the start of a name or text): it decides voicing, as in a personal name
/// written syllable by syllable, where 김정은 gives Ким Чжон Ын but 박정희 Пак Чон Хи.
fn kontsevich_word(out: &mut String, syls: &[Jamo], before: Coda, start: bool, zh: Zh) {
    let begin = out.len();
    let mut prev: Option<Jamo> = None;
    for &j in syls {
        match prev {
            None => {
                let table = if !start && before.voices() {
                    &KO_MEDIAL
                } else {
                    &KO_INITIAL
                };
                // After a final ㅎ, ㄱ ㄷ ㅈ are aspirated (좋고 чокхо).
                let aspirated = match j.l {
                    0 if before == Coda::H => Some("кх"),
                    3 if before == Coda::H => Some("тх"),
                    12 if before == Coda::H => Some("чх"),
                    _ => None,
                };
                push_cons(out, aspirated.unwrap_or_else(|| pick(table, j.l)), zh);
            }
            Some(p) => junction(out, p.t, j.l, zh),
        }
        let v = if prev.is_none() && j.l == L_IEUNG {
            // Word-initial ㅔ is э (as ㅐ); ㅢ ый, ㅖ йе as in the vowel table.
            if j.v == 5 {
                "э"
            } else {
                pick(&KO_VOWEL, j.v)
            }
        } else if j.l == L_IEUNG && j.v == 19 {
            // ㅢ inside a word is и (Kontsevich, note to the vowel table).
            "и"
        } else if j.l == L_IEUNG && j.v == 7 && prev.is_some_and(|p| p.t == 0) {
            "е"
        } else {
            vowel(j)
        };
        out.push_str(v);
        prev = Some(j);
    }
    if let Some(p) = prev {
        out.push_str(KO_CODA.get(p.t).copied().unwrap_or(Coda::None).final_form());
    }
    capitalise_from(out, begin);
}

/// The final `t` of one syllable followed by the initial `l` of the next inside a word: liaison
/// before a vowel, nasal assimilation (ㄱ ㄷ ㅂ before ㄴ ㅁ -> н н м; ㄹ after anything but ㄹ ㄴ ->
/// н), ㄴ+ㄹ / ㄹ+ㄴ / ㄹ+ㄹ -> лл, aspiration after ㅎ, voicing after sonorants (Kontsevich rules
/// for medial consonants, which follow pronunciation).
fn junction(out: &mut String, t: usize, l: usize, zh: Zh) {
    let coda = KO_CODA.get(t).copied().unwrap_or(Coda::None);
    if l == L_IEUNG {
        push_cons(out, pick(&KO_FINAL_LIAISON, t), zh);
        return;
    }
    let nasal_next = l == L_NIEUN || l == L_MIEUM;
    let (fin, init): (&str, &str) = match (coda, l) {
        (Coda::None, _) => ("", pick(&KO_MEDIAL, l)),
        (Coda::L | Coda::N, L_RIEUL) | (Coda::L, L_NIEUN) => ("л", "л"),
        (Coda::K, L_RIEUL) | (Coda::T, L_RIEUL) | (Coda::Ng, L_RIEUL) => ("н", "н"),
        (Coda::M, L_RIEUL) => ("м", "н"),
        (Coda::P, L_RIEUL) => ("м", "н"),
        (Coda::K | Coda::T, _) if nasal_next => ("н", pick(&KO_INITIAL, l)),
        (Coda::P, _) if nasal_next => ("м", pick(&KO_INITIAL, l)),
        (Coda::H, 0) => ("", "кх"),
        (Coda::H, 3) => ("", "тх"),
        (Coda::H, 12) => ("", "чх"),
        (c, _) if c.voices() => (c.final_form(), pick(&KO_MEDIAL, l)),
        (c, _) => (c.final_form(), pick(&KO_INITIAL, l)),
    };
    out.push_str(fin);
    push_cons(out, init, zh);
}

fn capitalise_from(out: &mut String, begin: usize) {
    let Some(c) = out.get(begin..).and_then(|s| s.chars().next()) else {
        return;
    };
    if c.is_lowercase() {
        let upper: String = c.to_uppercase().collect();
        out.replace_range(begin..begin + c.len_utf8(), &upper);
    }
}

/// Traditional Russian spellings of Korean places: the names of the DPRK and ROK cities and
/// landmarks as Russian Wikipedia titles and the press write them (Пхеньян, Сеул, Кэсон, Вонсан,
/// Пханмунджом, Синыйджу — older or дж forms where Kontsevich gives Пхёнъян, Соуль, Пханмунчжом).
/// Sorted by key (UTF-8 byte order).
#[rustfmt::skip]
static KO_PLACES: &[(&str, &[&str])] = &[
    ("강릉", &["Каннын"]), ("개성", &["Кэсон"]), ("경주", &["Кёнджу"]), ("광주", &["Кванджу"]),
    ("금강산", &["Кымгансан"]), ("남포", &["Нампхо"]), ("대구", &["Тэгу"]), ("대전", &["Тэджон"]),
    ("독도", &["Токто"]), ("라선", &["Расон"]), ("묘향산", &["Мёхянсан"]), ("백두산", &["Пэктусан"]),
    ("부산", &["Пусан"]), ("서울", &["Сеул"]), ("수원", &["Сувон"]), ("신의주", &["Синыйджу"]),
    ("영변", &["Йонбён"]), ("울산", &["Ульсан"]), ("원산", &["Вонсан"]), ("인천", &["Инчхон"]),
    ("제주", &["Чеджу"]), ("조선", &["Чосон"]), ("청진", &["Чхонджин"]), ("판문점", &["Пханмунджом"]),
    ("평양", &["Пхеньян"]), ("포항", &["Пхохан"]), ("한국", &["Корея"]), ("함흥", &["Хамхын"]),
    ("혜산", &["Хесан"]),
];

/// Alternative spellings of single name syllables used by the Soviet and Russian press, beside the
/// Kontsevich form: the DPRK leadership's traditional forms (정 Чен, 일 Ир, 성 Сен: Ким Ир Сен, Ким
/// Чен Ир, Ким Чен Ын), the surname forms Ли / Ри for 이 / 리, Цой for 최 (Soviet Koreans), Ро for
/// 노, and the е / дж variants of Russian Wikipedia articles (Мун Чжэ Ин, Ким Ё Чжон). Sources:
/// Russian Wikipedia article titles; Концевич, «Корейские имена в русском тексте» (usage notes).
/// Sorted by key.
#[rustfmt::skip]
static KO_SYLLABLE_ALTS: &[(&str, &[&str])] = &[
    ("경", &["Кён", "Гён"]), ("근", &["Кын", "Гын"]), ("기", &["Ки", "Ги"]), ("노", &["Ро"]),
    ("대", &["Дэ", "Тэ"]), ("룡", &["Рён", "Рен"]), ("류", &["Рю", "Ю", "Лю"]), ("리", &["Ли"]),
    ("명", &["Мён", "Мен"]), ("석", &["Сок", "Сек"]), ("선", &["Сон", "Сен"]), ("설", &["Соль", "Сол"]),
    ("성", &["Сен", "Сон"]), ("여", &["Ё", "Е", "Йо"]), ("열", &["Ёль", "Ер"]),
    ("영", &["Ён", "Ен", "Йон"]), ("용", &["Ён", "Ен", "Йон"]), ("유", &["Ю", "Рю"]),
    ("이", &["Ли", "Ри"]), ("일", &["Ир", "Иль"]), ("임", &["Им", "Лим"]),
    ("재", &["Чжэ", "Дже", "Чже"]), ("정", &["Чен", "Чон", "Чжон"]), ("주", &["Чжу", "Джу", "Чу"]),
    ("중", &["Чжун", "Джун"]), ("철", &["Чхоль", "Чер"]), ("최", &["Цой", "Чой"]),
    ("태", &["Тхэ", "Тэ", "Дэ"]), ("택", &["Тхэк", "Тэк"]), ("현", &["Хён", "Хен"]), ("혜", &["Хе"]),
    ("희", &["Хи", "Хый"]),
];

/// Whole personal names whose customary Russian form cannot be built syllable by syllable
/// (Russian Wikipedia titles). Sorted by key.
#[rustfmt::skip]
static KO_PERSONS: &[(&str, &[&str])] = &[
    ("노태우", &["Ро Дэ У", "Но Тхэ У"]),
];

/// Two-syllable Korean surnames, written as one word (Kontsevich: 남궁 Намгун, 선우 Сону).
/// Source: the compound surnames of the Korean census (통계청 성씨 통계).
static KO_COMPOUND_SURNAMES: [&str; 9] = [
    "남궁", "독고", "동방", "사공", "서문", "선우", "제갈", "황보", "황목",
];

/// Cyrillic spellings of a Korean name given in Hangul, most usual first; at most 16.
///
/// `person`: the surname (one syllable, or a compound surname such as 남궁) and then each
/// syllable of the given name as separate capitalised words, the traditional Russian practice,
/// with Kontsevich voicing carried across the spaces (김정은 Ким Чжон Ын, 박정희 Пак Чон Хи);
/// then the customary forms from the tables (Ким Чен Ын, Ким Ир Сен, Ли Мён Бак, Ро Дэ У), the
/// дж variant (Мун Дже Ин) and the given name as one word (Ким Чжонын).
///
/// Not `person` (places and other names): the customary form from the place table (Пхеньян,
/// Сеул), then Kontsevich with each space-separated word as one word (Пхёнъян, Соуль) and its
/// дж variant. Characters other than Hangul syllables pass through. Empty if there is no Hangul
/// syllable.
pub fn korean_to_cyrillic(native: &str, person: bool) -> Vec<String> {
    let native = native.trim();
    let mut out = Vec::new();
    if !native.chars().any(|c| jamo(c).is_some()) {
        return out;
    }
    if person {
        let compact: String = native.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.chars().all(|c| jamo(c).is_some()) && compact.chars().count() <= 5 {
            person_forms(&compact, &mut out);
            return out;
        }
    }
    if let Some(forms) = table_lookup(KO_PLACES, native) {
        push_all(&mut out, forms);
    }
    push_unique(&mut out, kontsevich_text(native, Zh::Chzh));
    push_unique(&mut out, kontsevich_text(native, Zh::Dzh));
    out
}

/// Kontsevich for running text: each run of Hangul syllables is one word.
fn kontsevich_text(text: &str, zh: Zh) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut run: Vec<Jamo> = Vec::new();
    for c in text.chars() {
        match jamo(c) {
            Some(j) => run.push(j),
            None => {
                kontsevich_word(&mut out, &run, Coda::None, true, zh);
                run.clear();
                out.push(c);
            }
        }
    }
    kontsevich_word(&mut out, &run, Coda::None, true, zh);
    out
}

fn person_forms(name: &str, out: &mut Vec<String>) {
    if let Some(forms) = table_lookup(KO_PERSONS, name) {
        push_all(out, forms);
    }
    let syls: Vec<(char, Jamo)> = name
        .chars()
        .filter_map(|c| jamo(c).map(|j| (c, j)))
        .collect();
    let sur_len = if syls.len() >= 3 && KO_COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s)) {
        2
    } else {
        1
    };
    let (sur, given) = syls.split_at(sur_len.min(syls.len()));
    let sur_j: Vec<Jamo> = sur.iter().map(|s| s.1).collect();
    let coda_of = |j: Option<&Jamo>| {
        j.and_then(|j| KO_CODA.get(j.t).copied())
            .unwrap_or(Coda::None)
    };
    // Per position: the Kontsevich form in context, then the table alternatives.
    let mut slots: Vec<Vec<String>> = Vec::with_capacity(1 + given.len());
    let mut s = String::new();
    kontsevich_word(&mut s, &sur_j, Coda::None, true, Zh::Chzh);
    let mut first = vec![s];
    if sur_len == 1 {
        for f in sur
            .first()
            .and_then(|(c, _)| table_lookup(KO_SYLLABLE_ALTS, c.encode_utf8(&mut [0; 4])))
            .unwrap_or(&[])
        {
            first.push((*f).to_string());
        }
    }
    slots.push(first);
    let mut prev = sur_j.last().copied();
    for &(c, j) in given {
        let mut s = String::new();
        kontsevich_word(&mut s, &[j], coda_of(prev.as_ref()), false, Zh::Chzh);
        let mut v = vec![s];
        for f in table_lookup(KO_SYLLABLE_ALTS, c.encode_utf8(&mut [0; 4])).unwrap_or(&[]) {
            v.push((*f).to_string());
        }
        slots.push(v);
        prev = Some(j);
    }
    // Kontsevich first, then the customary combinations (odometer, later syllables fastest).
    let mut idx = vec![0usize; slots.len()];
    let mut joined = String::new();
    'outer: loop {
        joined.clear();
        for (k, slot) in idx.iter().zip(&slots) {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(slot.get(*k).map_or("", String::as_str));
        }
        push_unique(out, joined.clone());
        if out.len() >= MAX_SPELLINGS - 2 {
            break;
        }
        for pos in (0..idx.len()).rev() {
            let (Some(i), Some(slot)) = (idx.get_mut(pos), slots.get(pos)) else {
                break 'outer;
            };
            *i += 1;
            if *i < slot.len() {
                continue 'outer;
            }
            *i = 0;
        }
        break;
    }
    // The дж variant and the given name as one word (Kontsevich proper).
    let mut dzh = String::new();
    kontsevich_word(&mut dzh, &sur_j, Coda::None, true, Zh::Dzh);
    let mut prev = sur_j.last().copied();
    for &(_, j) in given {
        dzh.push(' ');
        kontsevich_word(&mut dzh, &[j], coda_of(prev.as_ref()), false, Zh::Dzh);
        prev = Some(j);
    }
    push_unique(out, dzh);
    if given.len() > 1 {
        let given_j: Vec<Jamo> = given.iter().map(|g| g.1).collect();
        let mut one = String::new();
        kontsevich_word(&mut one, &sur_j, Coda::None, true, Zh::Chzh);
        one.push(' ');
        kontsevich_word(&mut one, &given_j, coda_of(sur_j.last()), false, Zh::Chzh);
        push_unique(out, one);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted<T>(t: &[(&str, T)]) -> bool {
        t.windows(2).all(|w| match w {
            [a, b] => a.0 < b.0,
            _ => true,
        })
    }

    #[test]
    fn tables_sorted() {
        assert!(sorted(PALLADIUS));
        assert!(sorted(ZH_CONVENTIONAL));
        assert!(sorted(KO_PLACES));
        assert!(sorted(KO_SYLLABLE_ALTS));
        assert!(sorted(KO_PERSONS));
    }

    /// Every syllable of the pinyin inventory in `hanzi_data.rs` has a Palladius form, and the
    /// Palladius table has nothing else.
    #[test]
    fn palladius_covers_hanzi_inventory() {
        let src = include_str!("hanzi_data.rs");
        let start = src.find("static SYLLABLES").expect("SYLLABLES table");
        let body = src.get(start..).unwrap_or("");
        let body = body.get(..body.find("];").unwrap_or(0)).unwrap_or("");
        let mut n = 0;
        for piece in body.split("(\"").skip(1) {
            let syl = piece.split('"').next().unwrap_or("");
            assert!(pinyin_to_palladius(syl).is_some(), "no Palladius for {syl}");
            n += 1;
        }
        assert_eq!(n, PALLADIUS.len());
        assert!(n >= 400);
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
    fn kontsevich_rules() {
        let k = |s: &str| kontsevich_text(s, Zh::Chzh);
        assert_eq!(k("평양"), "Пхёнъян");
        assert_eq!(k("서울"), "Соуль");
        assert_eq!(k("신라"), "Силла");
        assert_eq!(k("종로"), "Чонно");
        assert_eq!(k("독립"), "Тоннип");
        assert_eq!(k("한국어"), "Хангуго");
        assert_eq!(k("판문점"), "Пханмунчжом");
        assert_eq!(kontsevich_text("판문점", Zh::Dzh), "Пханмунджом");
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            " ",
            "abc",
            "习",
            "김",
            "김 정은",
            "ㄱㅏ",
            "習近平·",
            "김정은김정은김정은",
            "\u{AC00}\u{D7A3}",
            "北京市",
            "x习y",
            "가나다라마바사아자차카타파하",
        ] {
            let _ = chinese_to_cyrillic(s);
            assert!(korean_to_cyrillic(s, true).len() <= MAX_SPELLINGS);
            assert!(korean_to_cyrillic(s, false).len() <= MAX_SPELLINGS);
        }
        let huge = "김정은".repeat(10_000);
        assert!(!korean_to_cyrillic(&huge, true).is_empty());
    }
}
