//! Established forms of Russian, Ukrainian and Belarusian names in Chinese, Korean and Japanese
//! that the transcription tables do not give (Москва 莫斯科, not 莫斯克娃; Санкт-Петербург 圣彼得堡
//! and 상트페테르부르크; Толстой 托尔斯泰; Владивосток ウラジオストク). They are facts of each
//! language's usage, so they are data, keyed by the Russian form (the places of Ukraine and Belarus
//! by the Russian form through which Chinese took them: Киев 基辅, Харьков 哈尔科夫), and every
//! glossary entry whose native form is one of these gets them, as it gets its transcriptions.
//!
//! Sources: Chinese, 新华社译名室《外国地名译名手册》(中国地名委员会, 商务印书馆) for places and
//! 《世界人名翻译大辞典》(新华社译名室, 中国对外翻译出版公司) for persons, with the Taiwan form of
//! Путин (普丁) as the Central News Agency writes it; Korean, the 국립국어원 외래어 표기 용례
//! (NIKL's register of established foreign names); Japanese, the forms of 外務省 and the NHK
//! 放送用語 usage for the places whose Japanese name is older than the kana rules.

use crate::translit::table::lookup;

/// Places by Russian form: (native, &[(spelling, language)]), sorted by native form (bytes).
#[rustfmt::skip]
static PLACES: &[(&str, &[(&str, &str)])] = &[
    ("Архангельск", &[("阿尔汉格尔斯克", "zh")]),
    ("Астрахань", &[("阿斯特拉罕", "zh")]),
    ("Байкал", &[("贝加尔湖", "zh"), ("贝加尔", "zh")]),
    ("Беларусь", &[("白俄罗斯", "zh"), ("벨라루스", "ko"), ("ベラルーシ", "ja")]),
    ("Великий Новгород", &[("大诺夫哥罗德", "zh")]),
    ("Владивосток", &[("符拉迪沃斯托克", "zh"), ("海参崴", "zh"), ("ウラジオストク", "ja")]),
    ("Волга", &[("伏尔加河", "zh"), ("伏尔加", "zh")]),
    ("Волгоград", &[("伏尔加格勒", "zh")]),
    ("Грозный", &[("格罗兹尼", "zh")]),
    ("Донецк", &[("顿涅茨克", "zh")]),
    ("Екатеринбург", &[("叶卡捷琳堡", "zh")]),
    ("Запорожье", &[("扎波罗热", "zh")]),
    ("Иркутск", &[("伊尔库茨克", "zh"), ("イルクーツク", "ja")]),
    ("Казань", &[("喀山", "zh"), ("カザン", "ja")]),
    ("Калининград", &[("加里宁格勒", "zh")]),
    ("Камчатка", &[("堪察加", "zh")]),
    ("Киев", &[("基辅", "zh")]),
    ("Кремль", &[("克里姆林宫", "zh"), ("크렘린", "ko"), ("クレムリン", "ja")]),
    ("Крым", &[("克里米亚", "zh"), ("クリミア", "ja")]),
    ("Москва", &[("莫斯科", "zh")]),
    ("Мурманск", &[("摩尔曼斯克", "zh")]),
    ("Нижний Новгород", &[("下诺夫哥罗德", "zh"), ("니즈니노브고로드", "ko")]),
    ("Николаев", &[("尼古拉耶夫", "zh")]),
    ("Новосибирск", &[("新西伯利亚", "zh")]),
    ("Одесса", &[("敖德萨", "zh")]),
    ("Омск", &[("鄂木斯克", "zh")]),
    ("Пермь", &[("彼尔姆", "zh")]),
    ("Петропавловск-Камчатский", &[("堪察加彼得罗巴甫洛夫斯克", "zh")]),
    ("Россия", &[("俄罗斯", "zh"), ("러시아", "ko"), ("ロシア", "ja")]),
    ("Ростов-на-Дону", &[("顿河畔罗斯托夫", "zh")]),
    ("Санкт-Петербург", &[("圣彼得堡", "zh"), ("상트페테르부르크", "ko")]),
    ("Севастополь", &[("塞瓦斯托波尔", "zh"), ("セバストポリ", "ja")]),
    ("Сибирь", &[("西伯利亚", "zh"), ("시베리아", "ko"), ("シベリア", "ja")]),
    ("Симферополь", &[("辛菲罗波尔", "zh")]),
    ("Смоленск", &[("斯摩棱斯克", "zh")]),
    ("Сочи", &[("索契", "zh")]),
    ("Томск", &[("托木斯克", "zh")]),
    ("Тюмень", &[("秋明", "zh")]),
    ("Украина", &[("乌克兰", "zh"), ("우크라이나", "ko"), ("ウクライナ", "ja")]),
    ("Улан-Удэ", &[("乌兰乌德", "zh")]),
    ("Харьков", &[("哈尔科夫", "zh")]),
    ("Челябинск", &[("车里雅宾斯克", "zh")]),
    ("Чечня", &[("车臣", "zh"), ("체첸", "ko"), ("チェチェン", "ja")]),
    ("Чита", &[("赤塔", "zh")]),
    ("Южно-Сахалинск", &[("南萨哈林斯克", "zh")]),
    ("Якутск", &[("雅库茨克", "zh"), ("ヤクーツク", "ja")]),
];

/// Surnames of persons by Russian form: (surname, &[(spelling, language)]), sorted by surname.
/// A woman's surname is its own key (Навальная).
#[rustfmt::skip]
static SURNAMES: &[(&str, &[(&str, &str)])] = &[
    ("Брежнев", &[("勃列日涅夫", "zh")]),
    ("Гоголь", &[("果戈理", "zh")]),
    ("Горький", &[("高尔基", "zh")]),
    ("Достоевский", &[("陀思妥耶夫斯基", "zh"), ("도스토옙스키", "ko")]),
    ("Кличко", &[("克里琴科", "zh")]),
    ("Лермонтов", &[("莱蒙托夫", "zh")]),
    ("Медведев", &[("メドベージェフ", "ja")]),
    ("Менделеев", &[("门捷列夫", "zh")]),
    ("Миллер", &[("米勒", "zh")]),
    ("Набиуллина", &[("纳比乌琳娜", "zh")]),
    ("Навальная", &[("纳瓦尔纳娅", "zh")]),
    ("Навальный", &[("纳瓦尔尼", "zh")]),
    ("Путин", &[("普丁", "zh")]),
    ("Рахманинов", &[("拉赫玛尼诺夫", "zh")]),
    ("Солженицын", &[("索尔仁尼琴", "zh")]),
    ("Сталин", &[("斯大林", "zh")]),
    ("Толстой", &[("托尔斯泰", "zh")]),
    ("Троцкий", &[("托洛茨基", "zh")]),
    ("Тургенев", &[("屠格涅夫", "zh"), ("ツルゲーネフ", "ja")]),
    ("Чайковский", &[("柴可夫斯基", "zh")]),
    ("Чехов", &[("契诃夫", "zh"), ("チェーホフ", "ja")]),
    ("Шостакович", &[("肖斯塔科维奇", "zh")]),
];

/// The established forms of the Russian place `native` (in Cyrillic) in Chinese, Korean and
/// Japanese, as (spelling, language) pairs; empty if none is known. ё and е alike.
pub fn place_in_cjk(native: &str) -> &'static [(&'static str, &'static str)] {
    lookup(PLACES, &native.replace('ё', "е")).unwrap_or(&[])
}

/// The established forms of the Russian surname `surname` (in Cyrillic) in Chinese, Korean and
/// Japanese, as (spelling, language) pairs; empty if none is known. ё and е alike.
pub fn surname_in_cjk(surname: &str) -> &'static [(&'static str, &'static str)] {
    lookup(SURNAMES, &surname.replace('ё', "е")).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::table::is_sorted;

    #[test]
    fn tables_are_sorted_and_well_formed() {
        for table in [PLACES, SURNAMES] {
            assert!(is_sorted(table));
            for (native, forms) in table {
                assert!(!native.contains('ё'), "{native}: keys are written with е");
                assert!(!forms.is_empty(), "{native}");
                for (s, lang) in *forms {
                    assert!(matches!(*lang, "zh" | "ko" | "ja"), "{native}: {lang}");
                    assert!(!s.trim().is_empty(), "{native}");
                }
            }
        }
    }

    #[test]
    fn looks_up_places_and_surnames() {
        assert!(place_in_cjk("Москва").contains(&("莫斯科", "zh")));
        assert!(place_in_cjk("Санкт-Петербург").contains(&("상트페테르부르크", "ko")));
        assert!(surname_in_cjk("Толстой").contains(&("托尔斯泰", "zh")));
        assert!(place_in_cjk("Тверь").is_empty());
    }
}
