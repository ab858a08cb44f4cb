//! Russian names in Chinese characters: the Xinhua transcription of Russian, so that the forms
//! Chinese text uses for Russian people and places (Сергей Собянин 谢尔盖·索比亚宁, Владимир Путин
//! 弗拉基米尔·普京) can be generated from a glossary entry written in Cyrillic.
//!
//! Source: 俄汉译音表 of 新华通讯社译名室《俄语姓名译名手册》 (the table also printed in 陆谷孙《英汉大
//! 词典》附录 and, for place names, in GB/T 17693.4 外语地名汉字译写导则 俄语) with the notes printed
//! under it: чт is read шт (ч 什) and гк хк (г 赫); л and р at the start of a word before a consonant
//! are 勒, elsewhere 尔; 叶 and 弗 open a word, 耶 and 夫 are used inside and at the end; ей and ой are
//! the е and о cell followed by 伊; the н of a stem doubles before a vowel suffix (Иван 伊万, Иванов
//! 伊万诺夫); adjectival -ого, -его end in 沃; the fixed endings -город 哥罗德, -град 格勒, -поль 波尔,
//! -цов 佐夫; the characters in parentheses (芭 娃 莎 玛 娜 娅 黛 蕾 妮 莉 丽 萝 秀 琳 珍) are for women's
//! names.
//!
//! How the notes are applied where they leave a choice: a word ending in -а or -я (not a man's first
//! name of the convention table) is a woman's name, and its last character takes the women's form
//! (Иванова 伊万诺娃, Собянина 索比亚宁娜) — women's characters inside a first name (Вероника
//! 韦罗妮卡) follow no rule Xinhua keeps to (Мария 玛丽亚, Дарья 达里娅) and come from
//! [`FIRST_NAMES`] or the glossaries; the н doubling is applied to women's surnames in -ина,
//! -ына (the man's surname, which ends in н, is the stem: Путина 普京娜) and to -ов, -ев surnames
//! built on a first name of the convention table (Иванов 伊万诺夫); the Russian hiatus а-у, а-о is two
//! syllables (Паустовский 帕乌斯托夫斯基), so the table's ау/ао row for loan names is not used.
//!
//! Men's and women's first names have settled forms that the grid does not give (Сергей 谢尔盖, not
//! 谢尔格伊; Владимир 弗拉基米尔, not 弗拉季米尔; Александр 亚历山大): [`FIRST_NAMES`] lists those
//! of the handbook. Established forms of surnames and places that differ from the table (Толстой
//! 托尔斯泰, Москва 莫斯科, Санкт-Петербург 圣彼得堡) cannot be derived at all: they are data, in
//! `established.rs`.

/// Consonant columns of the grid, in the order of [`GRID`]'s cells; "" is the vowel alone. The
/// table groups дз with з, тч дч with ч, сч with щ, and дц тц дс тс цс with ц.
const COLUMNS: [&str; 22] = [
    "", "б", "п", "д", "т", "г", "к", "в", "ф", "з", "с", "ж", "ш", "дж", "ч", "щ", "ц", "х", "м",
    "н", "л", "р",
];

/// 俄汉译音表: rows (the vowel or rhyme; "" = the consonant alone) × the consonant [`COLUMNS`]. An
/// empty cell is one the table leaves blank (a combination Russian spelling does not have, such as
/// чы) or, in the он, ун, юн rows, one we could not confirm in a printed copy of the table; for those
/// the cell of the vowel followed by 恩 is used (see [`cell`]). The я-row cells of дж ч щ and the
/// щэ cell, blank in the table because those consonants are always hard or soft, repeat the а and
/// е cells. The ай and уй rows are the vowel with й before a consonant or at the end.
#[rustfmt::skip]
static GRID: &[(&str, [&str; 22])] = &[
    //      -     б     п     д     т     г     к     в     ф     з     с     ж     ш    дж     ч     щ     ц     х     м     н     л     р
    ("",  ["",   "布", "普", "德", "特", "格", "克", "夫", "夫", "兹", "斯", "日", "什", "季", "奇", "希", "茨", "赫", "姆", "恩", "尔", "尔"]),
    ("а", ["阿", "巴", "帕", "达", "塔", "加", "卡", "瓦", "法", "扎", "萨", "扎", "沙", "贾", "恰", "夏", "察", "哈", "马", "纳", "拉", "拉"]),
    ("ай", ["艾", "拜", "派", "代", "泰", "盖", "凯", "瓦伊", "法伊", "宰", "赛", "扎伊", "沙伊", "贾伊", "柴", "夏伊", "采", "海", "迈", "奈", "莱", "赖"]),
    ("ан", ["安", "班", "潘", "丹", "坦", "甘", "坎", "万", "凡", "赞", "桑", "然", "尚", "占", "昌", "先", "灿", "汉", "曼", "南", "兰", "兰"]),
    ("е", ["耶", "别", "佩", "杰", "捷", "格", "克", "韦", "费", "泽", "谢", "热", "舍", "杰", "切", "谢", "采", "赫", "梅", "涅", "列", "列"]),
    ("ен", ["延", "边", "片", "坚", "坚", "根", "肯", "文", "芬", "津", "先", "任", "申", "真", "琴", "先", "岑", "亨", "缅", "年", "连", "连"]),
    ("и", ["伊", "比", "皮", "季", "季", "吉", "基", "维", "菲", "济", "西", "日", "希", "吉", "奇", "希", "齐", "希", "米", "尼", "利", "里"]),
    ("ин", ["因", "宾", "平", "金", "京", "金", "金", "温", "芬", "津", "辛", "任", "申", "金", "钦", "辛", "钦", "欣", "明", "宁", "林", "林"]),
    ("о", ["奥", "博", "波", "多", "托", "戈", "科", "沃", "福", "佐", "索", "若", "绍", "焦", "乔", "晓", "措", "霍", "莫", "诺", "洛", "罗"]),
    ("он", ["翁", "邦", "庞", "东", "东", "贡", "孔", "",   "",   "宗", "松", "",   "",   "",   "琼", "",   "",   "洪", "蒙", "农", "隆", "龙"]),
    ("у", ["乌", "布", "普", "杜", "图", "古", "库", "武", "富", "祖", "苏", "茹", "舒", "朱", "丘", "休", "楚", "胡", "穆", "努", "卢", "鲁"]),
    ("уй", ["维", "布伊", "普伊", "杜伊", "图伊", "圭", "奎", "维", "富伊", "祖伊", "绥", "瑞", "舒伊", "朱伊", "崔", "休伊", "崔", "惠", "穆伊", "努伊", "卢伊", "鲁伊"]),
    ("ун", ["温", "",   "",   "敦", "通", "",   "昆", "",   "",   "",   "孙", "",   "顺", "",   "春", "",   "",   "洪", "蒙", "",   "伦", "伦"]),
    ("ы", ["厄", "贝", "佩", "德", "特", "格", "克", "维", "菲", "济", "瑟", "日", "希", "吉", "",   "希", "齐", "黑", "梅", "内", "雷", "雷"]),
    ("э", ["埃", "贝", "佩", "代", "泰", "盖", "凯", "韦", "费", "泽", "塞", "热", "舍", "杰", "切", "谢", "采", "海", "梅", "内", "莱", "雷"]),
    ("эн", ["恩", "本", "彭", "登", "滕", "根", "肯", "文", "芬", "曾", "森", "任", "申", "真", "琴", "",   "岑", "亨", "门", "嫩", "伦", "伦"]),
    ("ю", ["尤", "比尤", "皮尤", "久", "秋", "久", "丘", "维尤", "菲尤", "久", "休", "茹", "舒", "久", "丘", "休", "秋", "休", "缪", "纽", "柳", "留"]),
    ("юн", ["云", "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "纽恩", "", ""]),
    ("я", ["亚", "比亚", "皮亚", "佳", "佳", "吉亚", "基亚", "维亚", "菲亚", "贾", "夏", "扎", "沙", "贾", "恰", "夏", "齐亚", "希亚", "米亚", "尼亚", "利亚", "里亚"]),
    ("ян", ["扬", "比扬", "皮扬", "江", "强", "吉扬", "基扬", "维扬", "",   "江", "相", "让", "尚", "江", "强", "",   "",   "希扬", "米扬", "尼扬", "良", "良"]),
    ("ё", ["约", "比奥", "皮奥", "焦", "乔", "吉奥", "基奥", "维奥", "菲奥", "焦", "肖", "若", "绍", "焦", "乔", "晓", "",   "",   "苗", "尼奥", "廖", "廖"]),
];

/// The women's forms of the characters in parentheses in the table.
#[rustfmt::skip]
static FEMININE: &[(char, char)] = &[
    ('亚', '娅'), ('代', '黛'), ('里', '丽'), ('利', '莉'), ('尼', '妮'), ('巴', '芭'), ('林', '琳'),
    ('瓦', '娃'), ('罗', '萝'), ('萨', '莎'), ('沙', '莎'), ('纳', '娜'), ('雷', '蕾'), ('马', '玛'),
    ('休', '秀'), ('真', '珍'),
];

/// First names in the settled forms of 《俄语姓名译名手册》, where they differ from the grid (or,
/// for a man's name ending in -а or -я, would take a women's character). Sorted by key.
#[rustfmt::skip]
pub static FIRST_NAMES: &[(&str, &str)] = &[
    ("александр", "亚历山大"), ("александра", "亚历山德拉"), ("алексей", "阿列克谢"), ("анатолий", "阿纳托利"),
    ("андрей", "安德烈"), ("антон", "安东"), ("аркадий", "阿尔卡季"), ("борис", "鲍里斯"),
    ("валентина", "瓦莲京娜"), ("василий", "瓦西里"), ("вера", "薇拉"), ("виктор", "维克托"),
    ("владимир", "弗拉基米尔"), ("галина", "加林娜"), ("георгий", "格奥尔基"), ("евгений", "叶夫根尼"),
    ("екатерина", "叶卡捷琳娜"), ("елена", "叶连娜"), ("иван", "伊万"), ("игорь", "伊戈尔"),
    ("илья", "伊利亚"), ("ирина", "伊琳娜"), ("константин", "康斯坦丁"), ("кузьма", "库兹马"),
    ("леонид", "列昂尼德"), ("лука", "卢卡"), ("марина", "玛丽娜"), ("мария", "玛丽亚"),
    ("матвей", "马特维"), ("наталья", "娜塔莉娅"), ("никита", "尼基塔"), ("николай", "尼古拉"),
    ("нина", "尼娜"), ("ольга", "奥莉加"), ("павел", "帕维尔"), ("пётр", "彼得"), ("светлана", "斯韦特兰娜"),
    ("семён", "谢苗"), ("сергей", "谢尔盖"), ("станислав", "斯坦尼斯拉夫"), ("татьяна", "塔季扬娜"),
    ("тимофей", "季莫费"), ("фома", "福马"), ("фёдор", "费奥多尔"), ("яков", "雅科夫"),
    ("ярослав", "雅罗斯拉夫"),
];

/// The settled form of a first name, ё and е alike (Семен, Семён).
fn first_name(lower: &str) -> Option<&'static str> {
    let plain = |s: &str| s.replace('ё', "е");
    let key = plain(lower);
    FIRST_NAMES.iter().find(|e| plain(e.0) == key).map(|e| e.1)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я')
}

fn is_consonant(c: char) -> bool {
    matches!(
        c,
        'б' | 'в'
            | 'г'
            | 'д'
            | 'ж'
            | 'з'
            | 'й'
            | 'к'
            | 'л'
            | 'м'
            | 'н'
            | 'п'
            | 'р'
            | 'с'
            | 'т'
            | 'ф'
            | 'х'
            | 'ц'
            | 'ч'
            | 'ш'
            | 'щ'
    )
}

/// The cell of row `row` under consonant `col`; None if the table has none.
fn raw_cell(row: &str, col: &str) -> Option<&'static str> {
    let ci = COLUMNS.iter().position(|c| *c == col)?;
    let (_, cells) = GRID.iter().find(|r| r.0 == row)?;
    cells.get(ci).copied().filter(|s| !s.is_empty())
}

/// The cell of `row` under `col`, with the fall-backs for blank cells: a nasal row gives the vowel
/// cell followed by 恩, the ай and уй rows the vowel cell followed by 伊, and a vowel row the consonant
/// alone followed by the vowel alone.
fn cell(row: &str, col: &str, out: &mut String) {
    if let Some(s) = raw_cell(row, col) {
        out.push_str(s);
        return;
    }
    let mut chars = row.chars();
    let v = chars.next().map(String::from).unwrap_or_default();
    match chars.next() {
        Some('н') => {
            cell(&v, col, out);
            out.push('恩');
        }
        Some(_) => {
            cell(&v, col, out);
            out.push('伊');
        }
        None => {
            out.push_str(raw_cell("", col).unwrap_or(""));
            out.push_str(raw_cell(&v, "").unwrap_or(""));
        }
    }
}

/// Consonant units of a word: the table's groups (дж; тч дч ч; сч щ; дц тц дс тс цс ц; дз з) and
/// the notes' readings (чт шт, гк хк); doubled consonants once, except нн (which closes a nasal
/// rhyme and opens the next syllable: Анна 安娜).
fn units(w: &[char]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(w.len());
    let mut i = 0;
    while let Some(&c) = w.get(i) {
        let n = w.get(i + 1).copied();
        let (unit, len) = match (c, n) {
            ('д', Some('ж')) => ("дж".to_string(), 2),
            ('д', Some('з')) => ("з".to_string(), 2),
            ('т' | 'д', Some('ч')) => ("ч".to_string(), 2),
            ('с', Some('ч')) => ("щ".to_string(), 2),
            ('д' | 'т', Some('ц')) | ('д' | 'т', Some('с')) | ('ц', Some('с')) => {
                ("ц".to_string(), 2)
            }
            ('ч', Some('т')) => ("ш".to_string(), 1),
            ('г', Some('к')) => ("х".to_string(), 1),
            _ => (c.to_string(), 1),
        };
        let doubled = is_consonant(c) && c != 'н' && out.last().is_some_and(|u| *u == unit);
        if !doubled {
            out.push(unit);
        }
        i += len;
    }
    out
}

fn vowel_of(u: Option<&String>) -> Option<char> {
    let u = u?;
    let mut ch = u.chars();
    let c = ch.next()?;
    (ch.next().is_none() && is_vowel(c)).then_some(c)
}

fn is_unit(u: Option<&String>, c: char) -> bool {
    u.is_some_and(|u| u.len() == c.len_utf8() && u.starts_with(c))
}

/// Transcribe the letters `w` (lowercase) of one word or stem by the grid and the notes.
fn stem_to_han(w: &[char], hard_l: bool, out: &mut String) {
    let u = units(w);
    let n = u.len();
    let mut i = 0;
    while i < n {
        let cur = u.get(i).map(String::as_str).unwrap_or("");
        let first = i == 0;
        // A vowel not taken by a consonant: the vowel column.
        if let Some(v) = vowel_of(u.get(i)) {
            i += 1;
            rhyme(v, "", &u, &mut i, first, out);
            continue;
        }
        match cur {
            "ъ" | "ь" => {
                i += 1;
                continue;
            }
            "й" => {
                // й before a vowel is the iotated vowel (йо 约); after a vowel see `rhyme`.
                match vowel_of(u.get(i + 1)) {
                    Some(v) => {
                        let v = match v {
                            'о' => 'ё',
                            'а' => 'я',
                            'у' => 'ю',
                            'э' => 'е',
                            v => v,
                        };
                        i += 2;
                        rhyme(v, "", &u, &mut i, first, out);
                    }
                    None => {
                        out.push('伊');
                        i += 1;
                    }
                }
                continue;
            }
            _ => {}
        }
        if !COLUMNS.contains(&cur) {
            out.push_str(cur);
            i += 1;
            continue;
        }
        let soft = is_unit(u.get(i + 1), 'ь');
        let after = if soft { i + 2 } else { i + 1 };
        match vowel_of(u.get(after)) {
            // ь before ю ё и belongs to the vowel's row (ью, ьи in the table's row heads).
            Some(v) if !soft || matches!(v, 'ю' | 'ё' | 'и') => {
                i = after + 1;
                rhyme(v, cur, &u, &mut i, false, out);
            }
            Some(_) => {
                // ья, ье ...: the ь is и, the vowel stands alone (Касьянов 卡西亚诺夫).
                cell("и", cur, out);
                i = after;
            }
            None if soft && hard_l && cur == "л" => {
                // Usage: ль before a consonant or at the end as л (Шмыгаль 什梅加尔).
                cell("", cur, out);
                i = after;
            }
            None if soft => {
                // ь before a consonant or at the end is in the и row (Ельцин 叶利钦).
                cell("и", cur, out);
                i = after;
            }
            None => {
                let next_consonant = u.get(i + 1).is_some();
                if first && next_consonant && matches!(cur, "л" | "р") {
                    out.push('勒');
                } else if first && next_consonant && matches!(cur, "в" | "ф") {
                    out.push('弗');
                } else {
                    cell("", cur, out);
                }
                i += 1;
            }
        }
    }
}

/// Write the syllable of vowel `v` after consonant `col` ("" for none), taking a following н into
/// the nasal rows and a following й into the ай and уй rows (ей, ой and the other vowels add 伊;
/// -ий, -ый drop the й; эй is the э row); `i` is advanced past what is used. `first`: the vowel
/// opens the word (е is then 叶).
fn rhyme(v: char, col: &str, u: &[String], i: &mut usize, first: bool, out: &mut String) {
    let next = u.get(*i);
    let closes = vowel_of(u.get(*i + 1)).is_none();
    if is_unit(next, 'н') && closes {
        let row = match v {
            'а' => "ан",
            'я' => "ян",
            'е' => "ен",
            'э' | 'ы' => "эн",
            'и' => "ин",
            'о' => "он",
            'у' => "ун",
            'ю' => "юн",
            _ => "",
        };
        if !row.is_empty() {
            cell(row, col, out);
            *i += 1;
            if is_unit(u.get(*i), 'ь') {
                *i += 1;
            }
            return;
        }
    }
    let glide = is_unit(next, 'й') && closes;
    if glide {
        *i += 1;
        match v {
            'а' => return cell("ай", col, out),
            'у' => return cell("уй", col, out),
            _ => {}
        }
    }
    if v == 'е' && col.is_empty() && first {
        out.push('叶');
    } else {
        cell(v.encode_utf8(&mut [0; 4]), col, out);
    }
    if glide && !matches!(v, 'и' | 'ы' | 'э') {
        out.push('伊');
    }
}

/// Fixed endings of the table's notes: -город 哥罗德, -град 格勒, -поль 波尔, -цов 佐夫 (and the
/// women's -цова 佐娃); adjectival -ого, -его 沃 after the е or о cell.
fn fixed_ending(w: &[char]) -> Option<(usize, &'static str)> {
    const ENDINGS: [(&str, &str); 5] = [
        ("город", "哥罗德"),
        ("град", "格勒"),
        ("поль", "波尔"),
        ("цова", "佐娃"),
        ("цов", "佐夫"),
    ];
    for (end, han) in ENDINGS {
        let e: Vec<char> = end.chars().collect();
        if w.len() > e.len() && w.ends_with(&e) {
            return Some((e.len(), han));
        }
    }
    None
}

/// What a word of a name is, for the choice of the women's characters: they are for women's
/// names only, never for places (GB/T 17693.4 has none: Астана 阿斯塔纳, Полтава 波尔塔瓦); a
/// first name or patronymic in -а, -я is a woman's (men's names in -а, -я are in [`FIRST_NAMES`]);
/// a surname is a woman's by the endings of Russian women's surnames (-ова, -ева, -ина, -ына,
/// -ая, -яя), so that a man's surname in -а stays plain (Кулеба 库列巴).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Given,
    Surname,
    Place,
}

/// One word of a name in Chinese characters.
fn word_to_han(word: &str, role: Role, hard_l: bool, out: &mut String) {
    let lower: String = word
        .chars()
        .filter(|&c| c != '\u{301}' && c != '\u{300}')
        .flat_map(char::to_lowercase)
        .collect();
    if let Some(h) = first_name(&lower) {
        out.push_str(h);
        return;
    }
    let w: Vec<char> = lower.chars().collect();
    let start = out.len();
    if let Some((len, han)) = fixed_ending(&w) {
        stem_to_han(w.get(..w.len() - len).unwrap_or(&[]), hard_l, out);
        out.push_str(han);
        return;
    }
    // -ого, -его: the г is read в (note 2).
    if w.len() > 4 && (w.ends_with(&['о', 'г', 'о']) || w.ends_with(&['е', 'г', 'о'])) {
        stem_to_han(w.get(..w.len() - 2).unwrap_or(&[]), hard_l, out);
        out.push('沃');
        return;
    }
    let feminine = matches!(w.last(), Some('а') | Some('я'))
        && w.len() > 2
        && match role {
            Role::Place => false,
            Role::Given => true,
            Role::Surname => ["ова", "ева", "ёва", "ина", "ына", "ая", "яя"]
                .iter()
                .any(|e| lower.ends_with(e)),
        };
    let n = w.len();
    // Note 6: the н of a stem doubles before a vowel suffix — the women's -ина, -ына (stem: the
    // man's surname in -ин, -ын) and -ов, -ев, -ова, -ева on a first name of the table (Иванов).
    let double_at = if n > 4 && w.ends_with(&['н', 'а']) && matches!(w.get(n - 3), Some('и' | 'ы'))
    {
        Some(n - 1)
    } else {
        ["ов", "ев", "ова", "ева"].iter().find_map(|suf| {
            let s: Vec<char> = suf.chars().collect();
            let stem_len = n.checked_sub(s.len())?;
            let stem: String = w.get(..stem_len)?.iter().collect();
            (w.ends_with(&s) && stem.ends_with('н') && first_name(&stem).is_some())
                .then_some(stem_len)
        })
    };
    match double_at {
        Some(k) => {
            let stem = w.get(..k).unwrap_or(&[]);
            let rest = w.get(k - 1..).unwrap_or(&[]);
            match first_name(&stem.iter().collect::<String>()) {
                Some(h) => out.push_str(h),
                None => stem_to_han(stem, hard_l, out),
            }
            stem_to_han(rest, hard_l, out);
        }
        None => stem_to_han(&w, hard_l, out),
    }
    if feminine {
        if let Some(last) = out.get(start..).and_then(|s| s.chars().last()) {
            if let Some(&(_, f)) = FEMININE.iter().find(|(m, _)| *m == last) {
                out.truncate(out.len() - last.len_utf8());
                out.push(f);
            }
        }
    }
}

/// A Russian name (or place) in Chinese characters by the Xinhua table: each word transcribed, the
/// words joined by `·` as Chinese writes the parts of a foreign name (谢尔盖·索比亚宁), a hyphenated
/// word written with a hyphen between its parts. Characters outside the Russian alphabet are kept.
///
/// ```
/// use canonym::translit::cyrillic::russian_to_han;
/// assert_eq!(russian_to_han("Сергей Собянин"), "谢尔盖·索比亚宁");
/// assert_eq!(russian_to_han("Владимир Путин"), "弗拉基米尔·普京");
/// ```
pub fn russian_to_han(cyrillic: &str) -> String {
    to_han(cyrillic, None, false)
}

/// What a Russian name in Chinese characters is: a person's name (the last of several words the
/// surname, see [`russian_to_han`]), a surname alone (the women's characters only after the endings
/// of women's surnames: Кулеба 库列巴, Иванова 伊万诺娃), or a place (no women's characters:
/// Полтава 波尔塔瓦, Астана 阿斯塔纳).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HanUse {
    /// A person's name.
    Name,
    /// A surname alone.
    Surname,
    /// A place.
    Place,
}

/// The Chinese forms of a Russian name: the table's, then, where it differs, the form of usage that
/// writes ль before a consonant or at the end as л (尔) rather than in the и row (利): the table
/// gives Шмыгаль 什梅加利 and Навальная 纳瓦利纳娅, the press writes 什梅加尔 and 纳瓦尔纳娅 (and the
/// table's own fixed ending -поль 波尔 is the same reading).
pub fn russian_han_forms(cyrillic: &str, what: HanUse) -> Vec<String> {
    let role = match what {
        HanUse::Name => None,
        HanUse::Surname => Some(Role::Surname),
        HanUse::Place => Some(Role::Place),
    };
    let table = to_han(cyrillic, role, false);
    let usage = to_han(cyrillic, role, true);
    if usage == table {
        vec![table]
    } else {
        vec![table, usage]
    }
}

/// `cyrillic` in Chinese characters, every word in `role`, or by its place in the name: the last
/// of several words is the surname, the others are first names (a word alone is taken as a first
/// name, the old reading of the table).
fn to_han(cyrillic: &str, role: Option<Role>, hard_l: bool) -> String {
    let words = cyrillic.split_whitespace().count();
    let mut out = String::with_capacity(cyrillic.len() * 2);
    for (k, word) in cyrillic.split_whitespace().enumerate() {
        if k > 0 {
            out.push('·');
        }
        for (j, part) in word.split('-').enumerate() {
            if j > 0 {
                out.push('-');
            }
            let is_word = |c: char| c.is_alphabetic() || c == '\u{301}' || c == '\u{300}';
            let core_start = part.find(is_word).unwrap_or(part.len());
            let core_end = part.rfind(is_word).map_or(core_start, |e| {
                e + part
                    .get(e..)
                    .and_then(|s| s.chars().next())
                    .map_or(1, char::len_utf8)
            });
            out.push_str(part.get(..core_start).unwrap_or(""));
            let role = match role {
                Some(r) => r,
                None if k + 1 < words || words == 1 => Role::Given,
                None => Role::Surname,
            };
            word_to_han(
                part.get(core_start..core_end).unwrap_or(""),
                role,
                hard_l,
                &mut out,
            );
            out.push_str(part.get(core_end..).unwrap_or(""));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_well_formed() {
        assert!(FIRST_NAMES.windows(2).all(|w| w[0].0 < w[1].0));
        for (row, _) in GRID {
            assert_eq!(GRID.iter().filter(|r| r.0 == *row).count(), 1, "{row}");
        }
        // Every vowel row has a cell for every consonant Russian spelling puts before it.
        for row in ["а", "е", "и", "о", "у", "ю"] {
            for col in COLUMNS.iter().skip(1) {
                assert!(raw_cell(row, col).is_some(), "{col}{row}");
            }
        }
    }

    #[test]
    fn blank_cells_fall_back() {
        let mut s = String::new();
        cell("ун", "б", &mut s);
        assert_eq!(s, "布恩");
    }

    #[test]
    fn usage_writes_a_closing_soft_l_as_l() {
        assert_eq!(
            russian_han_forms("Шмыгаль", HanUse::Surname),
            ["什梅加利", "什梅加尔"]
        );
        assert_eq!(
            russian_han_forms("Юлия Навальная", HanUse::Name),
            ["尤利娅·纳瓦利纳娅", "尤利娅·纳瓦尔纳娅"]
        );
        // ль before a vowel is the table's in both.
        assert_eq!(russian_han_forms("Ольга", HanUse::Name), ["奥莉加"]);
        assert_eq!(russian_han_forms("Полтава", HanUse::Place), ["波尔塔瓦"]);
        assert_eq!(russian_han_forms("Кулеба", HanUse::Surname), ["库列巴"]);
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            " ",
            "-",
            "ь",
            "ъ",
            "й",
            "нн",
            "Ь-Ъ",
            "abc",
            "дж",
            "тсс",
            "йо",
            "ая",
            "ого",
            "поль",
            "цова",
            "Собя\u{301}нина",
            "·",
            "x-Москва-",
            "ььйй",
        ] {
            let _ = russian_to_han(s);
        }
        let long = "Собянин ".repeat(3000);
        assert!(russian_to_han(&long).chars().count() > 3000);
    }
}
