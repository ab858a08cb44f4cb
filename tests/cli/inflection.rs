//! Issue 14: names in running text as other people write them — a surname alone after a full
//! mention (§5), Korean names glued to a title or noun (§3), and Latin-script case endings (§2).
//! Each test runs `normalize --format jsonl` on a glossary of canonical and native forms only.

use crate::util::{s, Sandbox};

const GLOSSARY: &str = r#"
[[entry]]
id = "dmitry-medvedev"
canonical = "Dmitry Medvedev"
lang = "ru"
kind = "person"
native = "Дмитрий Медведев"

[[entry]]
id = "yoon-suk-yeol"
canonical = "Yoon Suk Yeol"
lang = "ko"
kind = "person"
native = "윤석열"

[[entry]]
id = "yoon-jong-won"
canonical = "Yoon Jong-won"
lang = "ko"
kind = "person"
native = "윤종원"

[[entry]]
id = "choo-kyung-ho"
canonical = "Choo Kyung-ho"
lang = "ko"
kind = "person"
native = "추경호"

[[entry]]
id = "daegu"
canonical = "Daegu"
lang = "ko"
kind = "place"
native = "대구"

[[entry]]
id = "wang-huning"
canonical = "Wang Huning"
lang = "zh"
kind = "person"
native = "王沪宁"

[[entry]]
id = "omsk"
canonical = "Omsk"
lang = "ru"
kind = "place"
native = "Омск"

[[entry]]
id = "incheon"
canonical = "Incheon"
lang = "ko"
kind = "place"
native = "인천"
"#;

/// The matches of `normalize --format jsonl` on `text` as (matched text, id or "-").
fn found_with(glossary: &str, text: &str) -> Vec<(String, String)> {
    let t = Sandbox::new();
    t.write("g.toml", glossary);
    let out = t
        .canonym(["-g", "g.toml", "normalize", "--format", "jsonl"])
        .stdin(text)
        .run();
    out.code(0);
    out.json_lines()
        .iter()
        .map(|m| {
            let id = m["id"].as_str().unwrap_or("-").to_string();
            (s(m, "text").to_string(), id)
        })
        .collect()
}

fn found(text: &str) -> Vec<(String, String)> {
    found_with(GLOSSARY, text)
}

fn pair(text: &str, id: &str) -> (String, String) {
    (text.to_string(), id.to_string())
}

#[test]
fn a_surname_alone_resolves_after_a_full_mention_only() {
    // The first "Medvedev" comes before any full mention: not resolved.
    let f = found("Medvedev arrived. Dmitry Medvedev spoke. Later Mr Medvedev left.");
    assert_eq!(
        f.iter()
            .filter(|(_, id)| id == "dmitry-medvedev")
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>(),
        ["Dmitry Medvedev", "Medvedev"],
        "{f:?}"
    );
}

#[test]
fn a_surname_in_its_native_script_and_case_resolves_too() {
    let f = found("Дмитрий Медведев выступил. Слова Медведева процитировали.");
    assert_eq!(
        f.last(),
        Some(&pair("Медведева", "dmitry-medvedev")),
        "{f:?}"
    );
}

#[test]
fn a_surname_that_two_people_of_the_document_share_is_ambiguous() {
    let f = found("Yoon Suk Yeol met Yoon Jong-won. Yoon said nothing.");
    assert_eq!(
        f.last().map(|(t, id)| (t.as_str(), id.as_str())),
        Some(("Yoon", "-"))
    );
}

#[test]
fn another_person_of_the_surname_makes_it_ambiguous() {
    // Roman Medvedev is no entry: after him, "Medvedev" names nobody for sure.
    let f = found("Dmitry Medvedev spoke; the skater Roman Medvedev won. Medvedev smiled.");
    assert!(
        f.iter().all(|(t, id)| t != "Medvedev" || id == "-"),
        "{f:?}"
    );
}

#[test]
fn an_ordinary_word_after_an_article_is_no_surname() {
    let f = found("Choo Kyung-ho visited the Choo restaurant.");
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn implied_short_forms_can_be_switched_off() {
    let text = "Dmitry Medvedev spoke. Medvedev left.";
    let off = format!("[glossary]\nimplied_shorts = false\n{GLOSSARY}");
    assert_eq!(found_with(&off, text).len(), 1);
    let none = GLOSSARY.replace(
        "native = \"Дмитрий Медведев\"",
        "native = \"Дмитрий Медведев\"\nshort = []",
    );
    assert_eq!(found_with(&none, text).len(), 1);
    assert_eq!(found(text).len(), 2);
}

#[test]
fn an_implied_short_form_is_identified_not_rewritten() {
    let t = Sandbox::new();
    t.write("g.toml", GLOSSARY);
    let out = t
        .canonym(["-g", "g.toml", "normalize"])
        .stdin("Дмитрий Медведев выступил. Медведева слушали.")
        .run();
    out.code(0);
    assert_eq!(out.out(), "Dmitry Medvedev выступил. Медведева слушали.");
}

#[test]
fn a_one_syllable_korean_surname_needs_a_title() {
    let f = found("윤석열 대통령은 말했다. 윤 대통령은 웃었다. 윤은 떠났다.");
    assert_eq!(
        f,
        [pair("윤석열", "yoon-suk-yeol"), pair("윤", "yoon-suk-yeol")],
        "{f:?}"
    );
    // Glued to the title, too.
    let f = found("추경호 의원이 왔다. 추의원은 떠났다.");
    assert_eq!(f.last(), Some(&pair("추", "choo-kyung-ho")), "{f:?}");
}

#[test]
fn korean_names_glued_to_a_title_or_a_place_noun() {
    let f = found("추경호원내대표는 대구시내에서 인천공항으로 갔다.");
    assert_eq!(
        f,
        [
            pair("추경호", "choo-kyung-ho"),
            pair("대구", "daegu"),
            pair("인천", "incheon")
        ]
    );
    // A name that starts an ordinary word is not matched inside it: 대구경 (large calibre), and a
    // place noun after a person or a title after a place.
    assert!(found("대구경 포탄, 추경호시내, 대구대통령").is_empty());
}

#[test]
fn latin_case_endings_of_a_whole_name_and_of_a_place() {
    let f = found("Rozmowa z Wang Huningiem i Dmitrijem Miedwiediewem odbyła się w Omsku.");
    assert_eq!(
        f,
        [
            pair("Wang Huningiem", "wang-huning"),
            pair("Dmitrijem Miedwiediewem", "dmitry-medvedev"),
            pair("Omsku", "omsk")
        ]
    );
    // Czech, Lithuanian and Finnish endings on the canonical form.
    let f = found("Setkání s Dmitrijem Medvedevem. Dmitry Medvedevas. Dmitry Medvedevin.");
    assert_eq!(f.len(), 3, "{f:?}");
}

#[test]
fn one_declined_word_of_a_person_needs_a_full_mention() {
    // Alone before any full mention, `Miedwiediewa` (or `Wanga`) is not resolved; after one it is.
    let f =
        found("Słowa Miedwiediewa. Dmitrij Miedwiediew przyjechał. Wizyta Miedwiediewa trwała.");
    let resolved: Vec<&str> = f
        .iter()
        .filter(|(_, id)| id == "dmitry-medvedev")
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(resolved, ["Dmitrij Miedwiediew", "Miedwiediewa"], "{f:?}");
    // Lowercase words with the same letters are never names.
    assert!(found("omsku wanga").is_empty());
}

/// Xi Jinping, for the tests of Chinese names in Latin-script languages.
const XI_JINPING: &str = r#"
[[entry]]
id = "xi-jinping"
canonical = "Xi Jinping"
lang = "zh"
kind = "person"
native = "习近平"
"#;

/// The Polish press form of Korean names (`Kim Dzong Un`, `Mun Dze In`) and the Czech one of
/// Chinese names (`Si Ťin-pching`, `Šen-čen`) are generated, and their case endings are read
/// back like every Latin spelling's, also on a word of two letters (`Unem`, `Ina`).
#[test]
fn polish_and_czech_press_forms_and_their_cases() {
    let glossary = r#"
[[entry]]
id = "kim-jong-un"
canonical = "Kim Jong Un"
lang = "ko"
kind = "person"
native = "김정은"

[[entry]]
id = "moon-jae-in"
canonical = "Moon Jae-in"
lang = "ko"
kind = "person"
native = "문재인"


[[entry]]
id = "shenzhen"
canonical = "Shenzhen"
lang = "zh"
kind = "place"
native = "深圳"
"#;
    let glossary = &format!("{XI_JINPING}{glossary}");
    let f = found_with(
        glossary,
        concat!(
            "Kim Dzong Un przyjął gości. Rozmowy Kim Dzong Una z Mun Dze Inem trwały długo.\n",
            "Si Ťin-pching přiletěl do Šen-čenu. Setkání se Si Ťin-pchingem bylo krátké.\n",
        ),
    );
    for (text, id) in [
        ("Kim Dzong Un", "kim-jong-un"),
        ("Kim Dzong Una", "kim-jong-un"),
        ("Mun Dze Inem", "moon-jae-in"),
        ("Si Ťin-pching", "xi-jinping"),
        ("Šen-čenu", "shenzhen"),
        ("Si Ťin-pchingem", "xi-jinping"),
    ] {
        assert!(f.contains(&pair(text, id)), "{text} as {id}: {f:?}");
    }
    // A word of two letters with an ending is read back only after the rest of the name.
    let f = found_with(glossary, "Una Unem Ina.\n");
    assert!(f.is_empty(), "{f:?}");
}

/// Russian adjectival names in the Polish press: the Polish adjective endings (-y, -i, -a after a
/// consonant) and their adjectival cases (Biełego, Gorkiego, Jasnej), besides the strict
/// transcription (Biełyj, Gorkij).
#[test]
fn polish_adjectival_forms_of_russian_names_and_their_cases() {
    let glossary = r#"
[[entry]]
id = "andrei-bely"
canonical = "Andrei Bely"
lang = "ru"
kind = "person"
native = "Андрей Белый"

[[entry]]
id = "maxim-gorky"
canonical = "Maxim Gorky"
lang = "ru"
kind = "person"
native = "Максим Горький"

[[entry]]
id = "irina-yasnaya"
canonical = "Irina Yasnaya"
lang = "ru"
kind = "person"
native = "Ирина Ясная"
"#;
    let f = found_with(
        glossary,
        concat!(
            "Andriej Bieły pisał. Wiersze Andrieja Biełego czytano. Maksim Gorki i ",
            "powieść Maksima Gorkiego. Irina Jasna przyjechała; wywiad z Iriną Jasną ",
            "i list Iriny Jasnej.\n",
        ),
    );
    for (text, id) in [
        ("Andriej Bieły", "andrei-bely"),
        ("Andrieja Biełego", "andrei-bely"),
        ("Maksim Gorki", "maxim-gorky"),
        ("Maksima Gorkiego", "maxim-gorky"),
        ("Irina Jasna", "irina-yasnaya"),
        ("Iriną Jasną", "irina-yasnaya"),
        ("Iriny Jasnej", "irina-yasnaya"),
    ] {
        assert!(f.contains(&pair(text, id)), "{text} as {id}: {f:?}");
    }
    // The conjunction after the name is not taken into it (`Gorki i` would fold to `gorkii`),
    // but a syllable of one letter after a hyphen or a Wade–Giles apostrophe is.
    assert!(!f.iter().any(|(t, _)| t.ends_with(" i")), "{f:?}");
    let glossary = r#"
[[entry]]
id = "liu-zhiqi"
canonical = "Liu Zhiqi"
lang = "zh"
kind = "person"
native = "刘志奇"
"#;
    let f = found_with(glossary, "Liu Chih-ch'i i Liu Zhi-qi a Liu Chih-ch'i.\n");
    assert_eq!(
        f,
        [
            pair("Liu Chih-ch'i", "liu-zhiqi"),
            pair("Liu Zhi-qi", "liu-zhiqi"),
            pair("Liu Chih-ch'i", "liu-zhiqi")
        ]
    );
}

/// German writes the genitive of a name with `s` on its last word (`Xi Jinpings Vertraute`), or
/// an apostrophe after s, ß, x, z (Amtliche Regelung §96(1)). A name of several words is matched
/// with its `s`, which the whole name anchors, and rewritten with it.
#[test]
fn german_genitive_s_of_a_name_of_several_words() {
    let t = Sandbox::new();
    t.write(
        "g.toml",
        XI_JINPING.to_string()
            + r#"

[[entry]]
id = "vladimir-putin"
canonical = "Vladimir Putin"
lang = "ru"
kind = "person"
native = "Владимир Путин"

[[entry]]
id = "felix-marx"
canonical = "Felix Marx"
kind = "person"
variants = ["Felix Mark"]
"#,
    );
    let text = "Xi Jinpings Vertraute und Wladimir Putins Sprecher. Felix Marks Vater.\n";
    let out = t
        .canonym(["-g", "g.toml", "normalize", "--format", "jsonl"])
        .stdin(text)
        .run();
    out.code(0);
    let spans: Vec<(String, String)> = out
        .json_lines()
        .iter()
        .map(|m| (s(m, "text").to_string(), s(m, "id").to_string()))
        .collect();
    for (found, id) in [
        ("Xi Jinpings", "xi-jinping"),
        ("Wladimir Putins", "vladimir-putin"),
        ("Felix Marks", "felix-marx"),
    ] {
        assert!(spans.contains(&pair(found, id)), "{found}: {spans:?}");
    }
    let out = t.canonym(["-g", "g.toml", "normalize"]).stdin(text).run();
    out.code(0);
    assert_eq!(
        out.out(),
        "Xi Jinpings Vertraute und Vladimir Putins Sprecher. Felix Marx' Vater.\n"
    );
    // Idempotent: the house style with its `s` is left alone, and `check` agrees.
    let again = t
        .canonym(["-g", "g.toml", "normalize"])
        .stdin(out.out())
        .run();
    assert_eq!(again.out(), out.out());
    let check = t
        .canonym(["-g", "g.toml", "check", "--format", "json", "-"])
        .stdin("Xi Jinpings Vertraute.\n")
        .run();
    check.code(0);
}

/// German capitalises every noun: after an article and an inflected adjective, a surname is an
/// ordinary noun (`ein einfaches Ding`), even after a full mention of the person.
#[test]
fn a_german_noun_after_an_article_and_an_adjective_is_no_surname() {
    let f = found_with(
        r#"
[[entry]]
id = "ding-xuexiang"
canonical = "Ding Xuexiang"
lang = "zh"
kind = "person"
native = "丁薛祥"
"#,
        "Ding Xuexiang kam nach Davos. Dass Ding persönlich kam, galt als Signal. \
         Ein einfaches Ding sei das nicht gewesen.\n",
    );
    assert_eq!(
        f,
        [
            pair("Ding Xuexiang", "ding-xuexiang"),
            pair("Ding", "ding-xuexiang")
        ]
    );
}

/// Issue 13: the Cyrillic case forms of native forms are read back at scan time (not keyed):
/// a whole Russian name, a place, a Ukrainian name and a Chinese name in Palladius, each in an
/// oblique case; `lookup --explain` still names the grammatical case and `glossary export` still
/// lists the forms.
#[test]
fn cyrillic_case_forms_are_read_back_at_scan_time() {
    let glossary = format!(
        "{GLOSSARY}{}",
        r#"
[[entry]]
id = "denys-shmyhal"
canonical = "Denys Shmyhal"
lang = "uk"
kind = "person"
native = "Денис Шмигаль"

[[entry]]
id = "xi-jinping"
canonical = "Xi Jinping"
lang = "zh"
kind = "person"
native = "习近平"

[[entry]]
id = "nizhny-novgorod"
canonical = "Nizhny Novgorod"
lang = "ru"
kind = "place"
native = "Нижний Новгород"
"#
    );
    let f = found_with(
        &glossary,
        "Слова Дмитрия Медведева. В Омске и в Нижнем Новгороде. Денису Шмигалю. С Си Цзиньпином.",
    );
    for (text, id) in [
        ("Дмитрия Медведева", "dmitry-medvedev"),
        ("Омске", "omsk"),
        ("Нижнем Новгороде", "nizhny-novgorod"),
        ("Денису Шмигалю", "denys-shmyhal"),
        ("Си Цзиньпином", "xi-jinping"),
    ] {
        assert!(f.contains(&pair(text, id)), "{text}: {f:?}");
    }
    // Not a case form of the name: nothing.
    assert!(found_with(&glossary, "Дмитриями Медведевыми.").is_empty());

    let t = Sandbox::new();
    t.write("g.toml", &glossary);
    let out = t
        .canonym(["-g", "g.toml", "lookup", "--explain", "Дмитрием Медведевым"])
        .run();
    out.code(0);
    assert!(out.out().contains("dmitry-medvedev"), "{}", out.out());
    assert!(out.out().contains("grammatical case"), "{}", out.out());
    let out = t
        .canonym(["-g", "g.toml", "export", "--format", "jsonl", "--generated"])
        .run();
    out.code(0);
    assert!(
        out.out().contains("\"spelling\":\"Дмитрием Медведевым\""),
        "{}",
        out.out()
    );
}

/// Polish exonyms and the Polish spelling of a soft final before an ending (ń → ni-: Riazań, w
/// Riazaniu), with places that are not the textset's.
#[test]
fn polish_exonyms_and_soft_finals_decline() {
    let glossary = r#"
[[entry]]
id = "ryazan"
canonical = "Ryazan"
lang = "ru"
kind = "place"
native = "Рязань"

[[entry]]
id = "smolensk"
canonical = "Smolensk"
lang = "ru"
kind = "place"
native = "Смоленск"

[[entry]]
id = "tibet"
canonical = "Tibet"
lang = "zh"
kind = "place"
native = "西藏"
"#;
    assert_eq!(
        found_with(
            glossary,
            "Byłem w Riazaniu, potem pod Smoleńskiem i w Smoleńsku, a z Riazania pojechałem do Tybetu."
        ),
        vec![
            pair("Riazaniu", "ryazan"),
            pair("Smoleńskiem", "smolensk"),
            pair("Smoleńsku", "smolensk"),
            pair("Riazania", "ryazan"),
            pair("Tybetu", "tibet"),
        ]
    );
}
