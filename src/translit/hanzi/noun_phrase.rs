//! What the words around a Han name say it is, when the name is also an ordinary word or the name
//! of something else:
//! - **A numeral or a demonstrative and a classifier before it** make it a common noun: Chinese
//!   counts and points at common nouns through a classifier (`一片汪洋` "a vast expanse of water",
//!   `这片汪洋`), never at a person's name (Chao, *A Grammar of Spoken Chinese*, 1968, §7.9;
//!   Li & Thompson, *Mandarin Chinese*, 1981, §4.2).
//! - **A geographic generic term after it** makes it the name of a river or a region, not of a
//!   person who bears the same name (`韩江流域` "the Han river basin", not the novelist 韩江): the
//!   generic terms of Chinese place names for a river's parts and banks (GB/T 18521-2001, 地名
//!   分类与类别代码: 流域, 沿岸, 上游, 下游...).

use crate::fold::{classify, fold, CharClass};

/// Numerals and demonstratives that take a classifier. Sorted.
#[rustfmt::skip]
static COUNTERS: &[char] = &[
    '一', '七', '万', '三', '两', '九', '二', '五', '八', '六', '几', '十', '千', '四', '每', '百', '这', '那',
];

/// Classifiers of common nouns (个体量词 and 集合量词 of Chao §7.9 and Li & Thompson §4.2 that
/// count things, stretches and groups; not those of persons alone, like 位, which also count a
/// person named by a title). Simplified; sorted.
#[rustfmt::skip]
static CLASSIFIERS: &[char] = &[
    '个', '件', '份', '场', '块', '处', '套', '层', '座', '张', '排', '条', '根', '片', '种', '股', '道', '阵', '面',
];

/// Geographic generic terms that follow a river's or a region's name (GB/T 18521-2001). Sorted.
#[rustfmt::skip]
static GEOGRAPHIC: &[&str] = &[
    "三角洲", "上游", "下游", "两岸", "中游", "入海口", "水系", "江畔", "河畔", "沿岸", "流域",
];

/// Do a numeral or a demonstrative and a classifier end `before` (the text before a Han name,
/// folded to simplified characters first): `一片`, `这片`, `两个`?
pub fn counted(before: &str) -> bool {
    let from = before.char_indices().rev().nth(1).map_or(0, |(b, _)| b);
    let tail = fold(&before[from..]);
    let mut back = tail.chars().rev();
    match (back.next(), back.next()) {
        (Some(c), Some(n)) => {
            CLASSIFIERS.binary_search(&c).is_ok()
                && (COUNTERS.binary_search(&n).is_ok() || n.is_ascii_digit())
        }
        _ => false,
    }
}

/// Does a geographic generic term start `after` (the text after a Han name): `流域`, `沿岸`?
pub fn geographic_after(after: &str) -> bool {
    let head: String = after
        .chars()
        .take_while(|&c| classify(c) == CharClass::Ideograph)
        .take(3)
        .collect();
    let head = fold(&head);
    GEOGRAPHIC.iter().any(|g| head.starts_with(g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        assert!(COUNTERS.windows(2).all(|w| w[0] < w[1]));
        assert!(CLASSIFIERS.windows(2).all(|w| w[0] < w[1]));
        assert!(GEOGRAPHIC.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn counted_nouns_and_geographic_names() {
        assert!(counted("农田一片"));
        assert!(counted("眼前这片"));
        assert!(counted("3个"));
        assert!(!counted("前全国政协主席"));
        assert!(!counted("一"));
        assert!(!counted(""));
        assert!(geographic_after("流域降雨偏多"));
        assert!(geographic_after("沿岸"));
        assert!(!geographic_after("的新书在国内出版"));
        assert!(!geographic_after("流"));
    }
}
