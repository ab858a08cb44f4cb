//! Chinese personal names: the compound surnames and the surname readings of characters (GB/T
//! 28039-2011), and the customary Latin forms of names and places that no rule produces.

/// Compound (two-character) surnames -> reading. Source: the compound surnames of the *Baijiaxing*
/// (Hundred Family Surnames) that are still in use, readings per Xiandai Hanyu Cidian (7th ed.);
/// written joined, one capital (GB/T 28039-2011 §5.1.1).
#[rustfmt::skip]
pub(super) static COMPOUND_SURNAMES: &[(&str, &str)] = &[
    ("万俟", "mo4qi2"),
    ("上官", "shang4guan1"),
    ("东方", "dong1fang1"),
    ("东郭", "dong1guo1"),
    ("乐正", "yue4zheng4"),
    ("亓官", "qi2guan1"),
    ("令狐", "ling2hu2"),
    ("仲孙", "zhong4sun1"),
    ("仲孫", "zhong4sun1"),
    ("公冶", "gong1ye3"),
    ("公孙", "gong1sun1"),
    ("公孫", "gong1sun1"),
    ("公羊", "gong1yang2"),
    ("公西", "gong1xi1"),
    ("南宫", "nan2gong1"),
    ("南宮", "nan2gong1"),
    ("司寇", "si1kou4"),
    ("司徒", "si1tu2"),
    ("司空", "si1kong1"),
    ("司馬", "si1ma3"),
    ("司马", "si1ma3"),
    ("呼延", "hu1yan2"),
    ("夏侯", "xia4hou2"),
    ("太史", "tai4shi3"),
    ("宇文", "yu3wen2"),
    ("尉迟", "yu4chi2"),
    ("尉遲", "yu4chi2"),
    ("左丘", "zuo3qiu1"),
    ("慕容", "mu4rong2"),
    ("拓跋", "tuo4ba2"),
    ("東方", "dong1fang1"),
    ("東郭", "dong1guo1"),
    ("梁丘", "liang2qiu1"),
    ("樂正", "yue4zheng4"),
    ("欧阳", "ou1yang2"),
    ("歐陽", "ou1yang2"),
    ("淳于", "chun2yu2"),
    ("漆雕", "qi1diao1"),
    ("澹台", "tan2tai2"),
    ("澹臺", "tan2tai2"),
    ("濮阳", "pu2yang2"),
    ("濮陽", "pu2yang2"),
    ("独孤", "du2gu1"),
    ("獨孤", "du2gu1"),
    ("申屠", "shen1tu2"),
    ("百里", "bai3li3"),
    ("皇甫", "huang2fu3"),
    ("端木", "duan1mu4"),
    ("第五", "di4wu3"),
    ("羊舌", "yang2she2"),
    ("聞人", "wen2ren2"),
    ("萬俟", "mo4qi2"),
    ("西門", "xi1men2"),
    ("西门", "xi1men2"),
    ("諸葛", "zhu1ge3"),
    ("诸葛", "zhu1ge3"),
    ("赫连", "he4lian2"),
    ("赫連", "he4lian2"),
    ("軒轅", "xuan1yuan2"),
    ("轩辕", "xuan1yuan2"),
    ("鍾離", "zhong1li2"),
    ("钟离", "zhong1li2"),
    ("長孫", "zhang3sun1"),
    ("长孙", "zhang3sun1"),
    ("闻人", "wen2ren2"),
    ("顓孫", "zhuan1sun1"),
    ("颛孙", "zhuan1sun1"),
];

/// Single-character surnames whose reading as a surname differs from the character's usual reading
/// (simplified and traditional forms). Source: Xiandai Hanyu Cidian (7th ed.) entries marked 姓;
/// GB/T 28039-2011 §5.1 (a surname is spelled in its surname reading).
#[rustfmt::skip]
pub(super) static SURNAME_READINGS: &[(char, &str)] = &[
    ('万', "wan4"), ('么', "yao1"), ('乐', "yue4"), ('乜', "nie4"), ('仇', "qiu2"), ('令', "ling2"),
    ('任', "ren2"), ('冯', "feng2"), ('冼', "xian3"), ('区', "ou1"), ('區', "ou1"), ('华', "hua4"),
    ('单', "shan4"), ('卜', "bu3"), ('厍', "she4"), ('厙', "she4"), ('句', "gou1"), ('召', "shao4"),
    ('员', "yun4"), ('員', "yun4"), ('單', "shan4"), ('宁', "ning4"), ('寧', "ning4"), ('尉', "wei4"),
    ('应', "ying1"), ('應', "ying1"), ('折', "she2"), ('曲', "qu1"), ('曾', "zeng1"), ('朴', "piao2"),
    ('柏', "bai3"), ('查', "zha1"), ('樂', "yue4"), ('沈', "shen3"), ('洗', "xian3"), ('燕', "yan1"),
    ('牟', "mou2"), ('盖', "ge3"), ('盛', "sheng4"), ('相', "xiang4"), ('眭', "sui1"), ('石', "shi2"),
    ('种', "chong2"), ('秘', "bi4"), ('種', "chong2"), ('紀', "ji3"), ('繁', "po2"), ('繆', "miao4"),
    ('纪', "ji3"), ('缪', "miao4"), ('翟', "zhai2"), ('能', "nai4"), ('莘', "shen1"), ('華', "hua4"),
    ('萬', "wan4"), ('蓋', "ge3"), ('蔚', "yu4"), ('薄', "bo2"), ('藏', "zang4"), ('褚', "chu3"),
    ('覃', "qin2"), ('解', "xie4"), ('賈', "jia3"), ('贾', "jia3"), ('車', "che1"), ('车', "che1"),
    ('过', "guo1"), ('逄', "pang2"), ('過', "guo1"), ('那', "na1"), ('郇', "huan2"), ('都', "du1"),
    ('闞', "kan4"), ('阚', "kan4"), ('陆', "lu4"), ('陸', "lu4"), ('隗', "wei3"), ('馮', "feng2"),
    ('麼', "yao1"), ('黑', "he4"),
];

/// Customary Latin forms that are not produced by rule: Hanzi -> (label, spelling).
/// `postal`: Chinese Postal Map Romanization (Imperial Maritime Customs / Imperial Postal Joint-Session
/// Conference, Shanghai 1906; as used on the 1919 *China Postal Atlas*). `customary`: established
/// English forms from Cantonese, Hokkien, Taiwanese practice or translation. `official`: official
/// spelling departing from plain pinyin (陕西 Shaanxi, State Council / Ministry of Civil Affairs usage).
/// `press-fr` / `press-de`: the spellings of the French and German press for a few historical figures,
/// adapted from Wade–Giles rather than strict EFEO or Lessing–Othmer (Tchou En-laï, Tschou En-lai).
#[rustfmt::skip]
pub(super) static CUSTOMARY: &[(&str, &str, &str)] = &[
    ("乌鲁木齐", "postal", "Urumchi"),
    ("內蒙古", "customary", "Inner Mongolia"),
    ("兰州", "postal", "Lanchow"),
    ("内蒙古", "customary", "Inner Mongolia"),
    ("北京", "postal", "Peking"),
    ("南京", "postal", "Nanking"),
    ("厦门", "postal", "Amoy"),
    ("台中", "customary", "Taichung"),
    ("台北", "customary", "Taipei"),
    ("台南", "customary", "Tainan"),
    ("台湾", "customary", "Taiwan"),
    ("台灣", "customary", "Taiwan"),
    ("吉林", "postal", "Kirin"),
    ("周恩來", "press-fr", "Tchou En-laï"),
    ("周恩來", "press-de", "Tschou En-lai"),
    ("周恩来", "press-fr", "Tchou En-laï"),
    ("周恩来", "press-de", "Tschou En-lai"),
    ("哈尔滨", "postal", "Harbin"),
    ("哈爾濱", "postal", "Harbin"),
    ("四川", "postal", "Szechwan"),
    ("天津", "postal", "Tientsin"),
    ("孔子", "customary", "Confucius"),
    ("孙中山", "customary", "Sun Yat-sen"),
    ("孙逸仙", "customary", "Sun Yat-sen"),
    ("孟子", "customary", "Mencius"),
    ("孫中山", "customary", "Sun Yat-sen"),
    ("孫逸仙", "customary", "Sun Yat-sen"),
    ("宁夏", "postal", "Ningsia"),
    ("宁波", "postal", "Ningpo"),
    ("安徽", "postal", "Anhwei"),
    ("寧夏", "postal", "Ningsia"),
    ("寧波", "postal", "Ningpo"),
    ("山东", "postal", "Shantung"),
    ("山東", "postal", "Shantung"),
    ("山西", "postal", "Shansi"),
    ("广东", "postal", "Kwangtung"),
    ("广州", "postal", "Canton"),
    ("广州", "postal", "Kwangchow"),
    ("广西", "postal", "Kwangsi"),
    ("廈門", "postal", "Amoy"),
    ("廣州", "postal", "Canton"),
    ("廣州", "postal", "Kwangchow"),
    ("廣東", "postal", "Kwangtung"),
    ("廣西", "postal", "Kwangsi"),
    ("成都", "postal", "Chengtu"),
    ("扬州", "postal", "Yangchow"),
    ("拉萨", "postal", "Lhasa"),
    ("拉薩", "postal", "Lhasa"),
    ("揚州", "postal", "Yangchow"),
    ("新疆", "postal", "Sinkiang"),
    ("无锡", "postal", "Wusih"),
    ("李登輝", "customary", "Lee Teng-hui"),
    ("李登辉", "customary", "Lee Teng-hui"),
    ("杭州", "postal", "Hangchow"),
    ("桂林", "postal", "Kweilin"),
    ("毛泽东", "press-fr", "Mao Tsé-toung"),
    ("毛澤東", "press-fr", "Mao Tsé-toung"),
    ("汕头", "postal", "Swatow"),
    ("汕頭", "postal", "Swatow"),
    ("江苏", "postal", "Kiangsu"),
    ("江蘇", "postal", "Kiangsu"),
    ("江西", "postal", "Kiangsi"),
    ("河北", "postal", "Hopeh"),
    ("河南", "postal", "Honan"),
    ("洛阳", "postal", "Loyang"),
    ("洛陽", "postal", "Loyang"),
    ("济南", "postal", "Tsinan"),
    ("浙江", "postal", "Chekiang"),
    ("湖北", "postal", "Hupeh"),
    ("澳門", "customary", "Macao"),
    ("澳門", "customary", "Macau"),
    ("澳门", "customary", "Macao"),
    ("澳门", "customary", "Macau"),
    ("濟南", "postal", "Tsinan"),
    ("烏魯木齊", "postal", "Urumchi"),
    ("無錫", "postal", "Wusih"),
    ("甘肃", "postal", "Kansu"),
    ("甘肅", "postal", "Kansu"),
    ("石家庄", "postal", "Shihkiachwang"),
    ("石家莊", "postal", "Shihkiachwang"),
    ("福州", "postal", "Foochow"),
    ("福建", "postal", "Fukien"),
    ("臺中", "customary", "Taichung"),
    ("臺北", "customary", "Taipei"),
    ("臺南", "customary", "Tainan"),
    ("臺灣", "customary", "Taiwan"),
    ("苏州", "postal", "Soochow"),
    ("蒋介石", "customary", "Chiang Kai-shek"),
    ("蒋介石", "press-fr", "Tchang Kaï-chek"),
    ("蒋介石", "press-de", "Tschiang Kai-schek"),
    ("蒋经国", "customary", "Chiang Ching-kuo"),
    ("蔡英文", "customary", "Tsai Ing-wen"),
    ("蔣介石", "customary", "Chiang Kai-shek"),
    ("蔣介石", "press-fr", "Tchang Kaï-chek"),
    ("蔣介石", "press-de", "Tschiang Kai-schek"),
    ("蔣經國", "customary", "Chiang Ching-kuo"),
    ("蘇州", "postal", "Soochow"),
    ("蘭州", "postal", "Lanchow"),
    ("西安", "postal", "Sian"),
    ("西藏", "customary", "Tibet"),
    ("貴州", "postal", "Kweichow"),
    ("貴陽", "postal", "Kweiyang"),
    ("賴清德", "customary", "Lai Ching-te"),
    ("贵州", "postal", "Kweichow"),
    ("贵阳", "postal", "Kweiyang"),
    ("赖清德", "customary", "Lai Ching-te"),
    ("郑州", "postal", "Chengchow"),
    ("鄭州", "postal", "Chengchow"),
    ("重庆", "postal", "Chungking"),
    ("重慶", "postal", "Chungking"),
    ("陈水扁", "customary", "Chen Shui-bian"),
    ("陕西", "official", "Shaanxi"),
    ("陕西", "postal", "Shensi"),
    ("陝西", "official", "Shaanxi"),
    ("陝西", "postal", "Shensi"),
    ("陳水扁", "customary", "Chen Shui-bian"),
    ("青岛", "postal", "Tsingtao"),
    ("青島", "postal", "Tsingtao"),
    ("青海", "postal", "Tsinghai"),
    ("香港", "customary", "Hong Kong"),
    ("馬英九", "customary", "Ma Ying-jeou"),
    ("马英九", "customary", "Ma Ying-jeou"),
    ("高雄", "customary", "Kaohsiung"),
    ("黑龍江", "postal", "Heilungkiang"),
    ("黑龙江", "postal", "Heilungkiang"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::hanzi::readings::{parse_syl, parse_word};
    use crate::translit::hanzi::{is_han, sorted_by};

    #[test]
    fn tables_are_sorted_and_valid() {
        assert!(sorted_by(COMPOUND_SURNAMES, |e| e.0));
        assert!(sorted_by(SURNAME_READINGS, |e| e.0));
        assert!(CUSTOMARY.windows(2).all(|w| w[0].0 <= w[1].0));
        for &(word, reading) in COMPOUND_SURNAMES {
            let mut units = Vec::new();
            assert!(parse_word(reading, &mut units), "{word}");
            assert_eq!(units.len(), 2, "{word}");
        }
        for &(c, r) in SURNAME_READINGS {
            assert!(parse_syl(r).is_some(), "{c}");
        }
        for e in CUSTOMARY {
            assert!(e.0.chars().all(is_han), "{}", e.0);
        }
    }
}
