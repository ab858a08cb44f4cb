//! Names across scripts (issue 14 §1): Chinese names in Hangul (official transcription and
//! Sino-Korean reading), Russian names in Hangul, Han characters and katakana, Korean names in
//! katakana and by their listed Han characters, simplified and traditional alike; honorifics and
//! particles after a name; no match inside a longer katakana word. Names here are not the issue's
//! examples.

use crate::util::{pairs, resolved, Sandbox};

const GLOSSARY: &str = r#"
[[entry]]
id = "hu-jintao"
canonical = "Hu Jintao"
lang = "zh"
kind = "person"
native = ["胡锦涛"]

[[entry]]
id = "guangzhou"
canonical = "Guangzhou"
lang = "zh"
kind = "place"
native = ["广州"]

[[entry]]
id = "taipei"
canonical = "Taipei"
lang = "zh"
kind = "place"
native = ["台北"]

[[entry]]
id = "wang-yi"
canonical = "Wang Yi"
lang = "zh"
kind = "person"
native = ["王毅"]

[[entry]]
id = "sergei-lavrov"
canonical = "Sergei Lavrov"
lang = "ru"
kind = "person"
native = ["Сергей Лавров"]
short = ["Lavrov"]

[[entry]]
id = "novosibirsk"
canonical = "Novosibirsk"
lang = "ru"
kind = "place"
native = ["Новосибирск"]

[[entry]]
id = "kim-yo-jong"
canonical = "Kim Yo Jong"
lang = "ko"
kind = "person"
native = ["김여정", "金與正"]
"#;

/// `(text, id)` of every resolved match of `normalize --format jsonl` on `input`.
fn found(input: &str) -> Vec<(String, String)> {
    resolved(GLOSSARY, input)
}

#[test]
fn chinese_names_in_korean_text_by_transcription_and_sino_korean_reading() {
    assert_eq!(
        found("후진타오 주석은 광저우를 찾았다. 옛 문헌은 호금도라고 적었다. 후 진타오도."),
        pairs(&[
            ("후진타오", "hu-jintao"),
            ("광저우", "guangzhou"),
            ("호금도", "hu-jintao"),
            ("후 진타오", "hu-jintao"),
        ])
    );
    // The Sino-Korean reading of a two-character name, or one that is an ordinary Korean word
    // (臺北 대북 "towards the North"), is not a spelling; the transcription is.
    assert_eq!(
        found("대북 제재와 왕의 명령. 타이베이에서 왕이 부장이."),
        pairs(&[("타이베이", "taipei"), ("왕이", "wang-yi")])
    );
}

#[test]
fn simplified_and_traditional_characters_match_alike() {
    assert_eq!(
        found("胡錦濤訪問廣州。金与正发表谈话。"),
        pairs(&[
            ("胡錦濤", "hu-jintao"),
            ("廣州", "guangzhou"),
            ("金与正", "kim-yo-jong"),
        ])
    );
}

#[test]
fn russian_names_in_hangul_han_and_katakana() {
    assert_eq!(
        found("세르게이 라브로프 장관과 세르게이·라브로프, 노보시비르스크에서."),
        pairs(&[
            ("세르게이 라브로프", "sergei-lavrov"),
            ("세르게이·라브로프", "sergei-lavrov"),
            ("노보시비르스크", "novosibirsk"),
        ])
    );
    assert_eq!(
        found("谢尔盖·拉夫罗夫、谢尔盖•拉夫罗夫和謝爾蓋・拉夫羅夫到诺沃西比尔斯克。拉夫罗夫说。"),
        pairs(&[
            ("谢尔盖·拉夫罗夫", "sergei-lavrov"),
            ("谢尔盖•拉夫罗夫", "sergei-lavrov"),
            ("謝爾蓋・拉夫羅夫", "sergei-lavrov"),
            ("诺沃西比尔斯克", "novosibirsk"),
            // The surname alone is a short form: after the full mention, it resolves.
            ("拉夫罗夫", "sergei-lavrov"),
        ])
    );
    assert_eq!(
        found("セルゲイ・ラブロフ外相とセルゲイ ラブロフ。ラブローフ氏は述べた。"),
        pairs(&[
            ("セルゲイ・ラブロフ", "sergei-lavrov"),
            ("セルゲイ ラブロフ", "sergei-lavrov"),
            // The prolonged sound mark is dropped like a diacritic; the honorific stays outside.
            ("ラブローフ", "sergei-lavrov"),
        ])
    );
}

#[test]
fn korean_names_in_katakana_with_honorifics_and_not_inside_longer_words() {
    assert_eq!(
        found("キム・ヨジョン氏とキム・ヨジョンさん、金與正総書記。"),
        pairs(&[
            ("キム・ヨジョン", "kim-yo-jong"),
            ("キム・ヨジョン", "kim-yo-jong"),
            ("金與正", "kim-yo-jong"),
        ])
    );
    // A katakana word goes on past the name: no match inside it.
    assert!(found("キムヨジョンズとキムヨジョン").len() == 1);
    assert!(found("アキムヨジョン").is_empty());
}

#[test]
fn cross_script_spellings_are_explained_by_their_table() {
    let t = Sandbox::new();
    t.write("g.toml", GLOSSARY);
    let out = t
        .canonym([
            "-g",
            "g.toml",
            "lookup",
            "--explain",
            "호금도",
            "세르게이 라브로프",
        ])
        .run();
    out.code(0);
    let text = out.out();
    assert!(text.contains("sino-korean"), "{text}");
    assert!(text.contains("ko-transcription"), "{text}");
}

/// Russian forms of issue 14 §4 and line breaks of §6, with their own glossary.
const RUSSIAN: &str = r#"
[[entry]]
id = "dmitry-medvedev"
canonical = "Dmitry Medvedev"
lang = "ru"
kind = "person"
native = ["Дмитрий Медведев"]

[[entry]]
id = "fyodor-dostoevsky"
canonical = "Fyodor Dostoevsky"
lang = "ru"
kind = "person"
native = ["Фёдор Достоевский"]

[[entry]]
id = "primorye"
canonical = "Primorsky Krai"
lang = "ru"
kind = "place"
native = ["Приморье"]

[[entry]]
id = "mytishchi"
canonical = "Mytishchi"
lang = "ru"
kind = "place"
native = ["Мытищи"]

[[entry]]
id = "wang-yang"
canonical = "Wang Yang"
lang = "zh"
kind = "person"
native = ["汪洋"]

[[entry]]
id = "khabarovsk"
canonical = "Khabarovsk"
lang = "ru"
kind = "place"
native = ["Хабаровск"]
"#;

fn found_in(glossary: &str, input: &str) -> Vec<(String, String)> {
    resolved(glossary, input)
}

#[test]
fn russian_surname_first_patronymics_and_initials_in_running_text() {
    let got = found_in(
        RUSSIAN,
        "МЕДВЕДЕВ Дмитрий Анатольевич; Медведев Дмитрий заявил. Фёдор Михайлович Достоевский \
         и Фёдора Михайловича Достоевского. Д. А. Медведев, Д. Медведев и D. Medvedev; \
         Ф. Достоевский. Но А. Медведев — не он.",
    );
    let want = [
        ("МЕДВЕДЕВ Дмитрий Анатольевич", "dmitry-medvedev"),
        ("Медведев Дмитрий", "dmitry-medvedev"),
        ("Фёдор Михайлович Достоевский", "fyodor-dostoevsky"),
        ("Фёдора Михайловича Достоевского", "fyodor-dostoevsky"),
        ("Д. А. Медведев", "dmitry-medvedev"),
        ("Д. Медведев", "dmitry-medvedev"),
        ("D. Medvedev", "dmitry-medvedev"),
        ("Ф. Достоевский", "fyodor-dostoevsky"),
    ];
    assert_eq!(got, pairs(&want));
}

#[test]
fn stress_marks_and_declined_neuter_and_plural_places() {
    assert_eq!(
        found_in(
            RUSSIAN,
            "Дми́трий Медве́дев посетил Приморья и Приморью, жил в Мытищах и под Мытищами.",
        ),
        pairs(&[
            ("Дми́трий Медве́дев", "dmitry-medvedev"),
            ("Приморья", "primorye"),
            ("Приморью", "primorye"),
            ("Мытищах", "mytishchi"),
            ("Мытищами", "mytishchi"),
        ])
    );
}

#[test]
fn names_run_across_line_breaks_but_reversed_forms_do_not() {
    assert_eq!(
        found_in(
            RUSSIAN,
            "Dmitry\nMedvedev went to Khaba-\nrovsk. Yang Wang spoke; then Yang\nWang Yang arrived.",
        ),
        pairs(&[
            ("Dmitry\nMedvedev", "dmitry-medvedev"),
            ("Khaba-\nrovsk", "khabarovsk"),
            ("Yang Wang", "wang-yang"),
            ("Wang Yang", "wang-yang"),
        ])
    );
    // In Chinese and Korean text too.
    assert_eq!(
        found_in(RUSSIAN, "德米特里·\n梅德韦杰夫和드미트리\n메드베데프"),
        pairs(&[
            ("德米特里·\n梅德韦杰夫", "dmitry-medvedev"),
            ("드미트리\n메드베데프", "dmitry-medvedev"),
        ])
    );
}

const LONG_VOWELS_AND_NJ: &str = r#"
[[entry]]
id = "pyotr-tchaikovsky"
canonical = "Pyotr Tchaikovsky"
lang = "ru"
kind = "person"
native = ["Пётр Чайковский"]

[[entry]]
id = "guilin"
canonical = "Guilin"
lang = "zh"
kind = "place"
native = ["桂林"]
"#;

#[test]
fn a_katakana_name_may_end_in_the_prolonged_sound_mark() {
    // Japanese marks the long vowel of a foreign name's ending (-スキー): the name ends after
    // the mark, before a particle, an honorific or punctuation, and is replaced whole.
    let got = found_in(
        LONG_VOWELS_AND_NJ,
        "ピョートル・チャイコフスキーの交響曲。ピョトル・チャイコフスキー氏。",
    );
    assert_eq!(
        got,
        pairs(&[
            ("ピョートル・チャイコフスキー", "pyotr-tchaikovsky"),
            ("ピョトル・チャイコフスキー", "pyotr-tchaikovsky"),
        ])
    );
    let sb = Sandbox::new();
    sb.write("g.toml", LONG_VOWELS_AND_NJ);
    let out = sb
        .canonym(["-g", "g.toml", "normalize"])
        .stdin("ピョートル・チャイコフスキーの交響曲\n")
        .run();
    assert_eq!(out.code(0).out(), "Pyotr Tchaikovskyの交響曲\n");
    // Still no match inside a longer katakana word.
    assert!(found_in(LONG_VOWELS_AND_NJ, "ピョートル・チャイコフスキーズ").is_empty());
}

#[test]
fn chinese_places_in_nj_decline_in_russian_as_masculine_nouns() {
    // в Гуйлине, из Гуйлиня: Russian usage takes the Chinese names in -нь as masculine.
    let got = found_in(
        LONG_VOWELS_AND_NJ,
        "Туристы в Гуйлине и из Гуйлиня. Гуйлинь.",
    );
    assert_eq!(
        got,
        pairs(&[
            ("Гуйлине", "guilin"),
            ("Гуйлиня", "guilin"),
            ("Гуйлинь", "guilin"),
        ])
    );
}

#[test]
fn a_transcribed_russian_surname_names_its_person_without_a_full_mention() {
    // Chinese, Japanese and Korean news name a foreigner by the transcribed surname, with a title.
    assert_eq!(
        found("俄外长拉夫罗夫表示。ラブロフ外相は述べた。라브로프 장관은 말했다."),
        pairs(&[
            ("拉夫罗夫", "sergei-lavrov"),
            ("ラブロフ", "sergei-lavrov"),
            ("라브로프", "sergei-lavrov"),
        ])
    );
    // In Hangul only with a title after it; and not once another person of the surname is named
    // (a given name and the dot before it).
    assert!(found("라브로프는 말했다.").is_empty());
    assert!(found("伊万·拉夫罗夫是另一个人。拉夫罗夫家族。").is_empty());
}

/// Established forms across CJK scripts that no transcription table gives (issue 14 §1: "well-
/// established forms that differ from the table"), with names that the textset does not hold.
const ESTABLISHED: &str = r#"
[[entry]]
id = "chekhov"
canonical = "Anton Chekhov"
lang = "ru"
kind = "person"
native = ["Антон Чехов"]

[[entry]]
id = "omsk"
canonical = "Omsk"
lang = "ru"
kind = "place"
native = ["Омск"]

[[entry]]
id = "sevastopol"
canonical = "Sevastopol"
lang = "ru"
kind = "place"
native = ["Севастополь"]

[[entry]]
id = "poltava"
canonical = "Poltava"
lang = "uk"
kind = "place"
native = ["Полтава"]

[[entry]]
id = "donetsk"
canonical = "Donetsk"
lang = "uk"
kind = "place"
native = ["Донецьк"]

[[entry]]
id = "yakutsk"
canonical = "Yakutsk"
lang = "ru"
kind = "place"
native = ["Якутск"]
"#;

#[test]
fn established_cjk_forms_of_russian_and_ukrainian_names() {
    // Chinese: the surname's established form after the first name by the table, alone after a
    // full mention; places by the place-name dictionary (鄂木斯克), through the Russian form for
    // Ukraine (顿涅茨克), and a place in -а without the characters of women's names (波尔塔瓦).
    assert_eq!(
        resolved(
            ESTABLISHED,
            "安东·契诃夫生于塔甘罗格。契诃夫后来到鄂木斯克、塞瓦斯托波尔、波尔塔瓦和顿涅茨克。"
        ),
        pairs(&[
            ("安东·契诃夫", "chekhov"),
            ("契诃夫", "chekhov"),
            ("鄂木斯克", "omsk"),
            ("塞瓦斯托波尔", "sevastopol"),
            ("波尔塔瓦", "poltava"),
            ("顿涅茨克", "donetsk"),
        ])
    );
    // Japanese: the established forms (チェーホフ, セバストポリ), and тс read ц (ヤクーツク by
    // the table of usage; ヤクツク by the rule).
    assert_eq!(
        resolved(
            ESTABLISHED,
            "アントン・チェーホフはセバストポリを訪れた。ヤクーツクとヤクツク。"
        ),
        pairs(&[
            ("アントン・チェーホフ", "chekhov"),
            ("セバストポリ", "sevastopol"),
            ("ヤクーツク", "yakutsk"),
            ("ヤクツク", "yakutsk"),
        ])
    );
}

/// Korean names in Japanese text are written in the Japanese forms of their characters (常用漢字表:
/// 恵 for 惠, 済 for 濟), and meet the glossary's traditional forms and Chinese simplified ones.
#[test]
fn japanese_character_forms_meet_traditional_and_simplified_ones() {
    let glossary = r#"
[[entry]]
id = "park-geun-hye"
canonical = "Park Geun-hye"
lang = "ko"
kind = "person"
native = ["박근혜", "朴槿惠"]

[[entry]]
id = "jeju"
canonical = "Jeju"
lang = "ko"
kind = "place"
native = ["제주", "濟州"]
"#;
    assert_eq!(
        resolved(glossary, "朴槿恵前大統領は済州を訪れた。朴槿惠、济州。"),
        pairs(&[
            ("朴槿恵", "park-geun-hye"),
            ("済州", "jeju"),
            ("朴槿惠", "park-geun-hye"),
            ("济州", "jeju"),
        ])
    );
}
