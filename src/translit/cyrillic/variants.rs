//! Every plausible Latin spelling of a Russian name: each scheme in name mode, the keyboard form
//! of BGN/PCGN, and the English press conventions that change this name, in every combination.

use super::english::{IjEnding, Press, YoSpelling};
use super::letters::{iot_ctx, is_combining, is_cyr_letter, lower};
use super::render::{emit, parse, Sys};
use super::RuScheme;

/// Which press conventions can change the spelling of a name, so that only
/// those are combined.
#[derive(Default)]
struct Features {
    ij_end: bool,
    yo: bool,
    ye: bool,
    ks: bool,
    final_j: bool,
    ia: bool,
    ov_end: bool,
}

fn features(native: &str) -> Features {
    let mut f = Features::default();
    let mut word: Vec<char> = Vec::new();
    let scan = |w: &[char], f: &mut Features| {
        let n = w.len();
        for (i, &c) in w.iter().enumerate() {
            let p = if i == 0 { None } else { Some(w[i - 1]) };
            let nx = w.get(i + 1).copied();
            match c {
                'ё' => f.yo = true,
                'е' if iot_ctx(p) && p != Some('й') => f.ye = true,
                'к' if nx == Some('с') => f.ks = true,
                'й' if i + 1 == n => match p {
                    Some('и' | 'ы') => f.ij_end = true,
                    Some('а' | 'е' | 'о' | 'у' | 'э' | 'ю' | 'я') => f.final_j = true,
                    _ => {}
                },
                'в' if i + 1 == n && matches!(p, Some('о' | 'е' | 'ё')) => f.ov_end = true,
                _ => {}
            }
            if matches!(p, Some('и' | 'ь')) && matches!(c, 'е' | 'ё' | 'ю' | 'я' | 'и') {
                f.ia = true;
            }
        }
    };
    for ch in native.chars() {
        if is_cyr_letter(ch) {
            word.push(lower(ch));
        } else if !is_combining(ch) {
            scan(&word, &mut f);
            word.clear();
        }
    }
    scan(&word, &mut f);
    f
}

fn press_label(o: Press) -> &'static str {
    let d = Press::default();
    let mut label = "wikipedia";
    let mut count = 0;
    let mut note = |on: bool, l: &'static str| {
        if on {
            count += 1;
            label = l;
        }
    };
    note(o.ij != d.ij, "rule:ij-ending");
    note(o.yo == YoSpelling::E, "rule:yo-e");
    note(matches!(o.yo, YoSpelling::Yo | YoSpelling::O), "rule:yo");
    note(o.e_plain, "rule:e-plain");
    note(o.x, "rule:x");
    note(o.final_i, "rule:final-i");
    note(o.ia, "rule:ia");
    note(o.off, "rule:off");
    if count > 1 {
        "rule:combined"
    } else {
        label
    }
}

fn push_variant(out: &mut Vec<(String, &'static str)>, s: String, label: &'static str) {
    if !s.trim().is_empty() && !out.iter().any(|(v, _)| *v == s) {
        out.push((s, label));
    }
}

/// Every plausible Latin spelling of a Russian name given in Cyrillic (e.g.
/// "Владимир Путин", "Москва"): the output of each scheme in name mode plus
/// common press conventions, deduplicated, each labelled with the scheme id or
/// a short rule name that produced it.
///
/// The press forms start from the `wikipedia` spelling and vary, in every
/// combination, only the conventions that change this name:
/// `rule:ij-ending` (-ий/-ый as -i, -iy, -ij, -ii: Yuri, Dmitriy),
/// `rule:yo-e` (ё as e: Fedor), `rule:yo` (ё as yo or o after sibilants:
/// Gorbachyov, Gorbachov), `rule:e-plain` (е not iotated: Evgeny, Dostoevsky),
/// `rule:x` (кс as x: Alexei), `rule:final-i` (final -ай/-ей/-ой as -ai/-ei/-oi:
/// Sergei, Tolstoi), `rule:ia` (no y after и/ь: Maria, Tatiana, Dmitriev);
/// several at once are labelled `rule:combined`. Also `rule:bgn-ascii`
/// (BGN/PCGN with ' and ", the usual keyboard form: Il'ich) and `rule:off`
/// (the old émigré -off/-eff for final -ов/-ев: Smirnoff, Rachmaninoff). The
/// German -ow is the `de` scheme itself.
pub fn name_variants(native: &str) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    let parsed = parse(native);
    for s in RuScheme::ALL {
        push_variant(&mut out, emit(Sys::Std(s), native, &parsed, true), s.id());
    }
    if let Some(s) = super::press::pl_press(native) {
        push_variant(&mut out, s, RuScheme::Pl.id());
    }
    push_variant(
        &mut out,
        emit(Sys::BgnAscii, native, &parsed, true),
        "rule:bgn-ascii",
    );
    let f = features(native);
    let ij: &[IjEnding] = if f.ij_end {
        &[
            IjEnding::Y,
            IjEnding::I,
            IjEnding::Iy,
            IjEnding::Ij,
            IjEnding::Ii,
        ]
    } else {
        &[IjEnding::Y]
    };
    let yo: &[YoSpelling] = if f.yo {
        &[
            YoSpelling::Media,
            YoSpelling::E,
            YoSpelling::Yo,
            YoSpelling::O,
        ]
    } else {
        &[YoSpelling::Media]
    };
    let flag = |on: bool| -> &'static [bool] {
        if on {
            &[false, true]
        } else {
            &[false]
        }
    };
    for &ij in ij {
        for &yo in yo {
            for &e_plain in flag(f.ye) {
                for &x in flag(f.ks) {
                    for &final_i in flag(f.final_j) {
                        for &ia in flag(f.ia) {
                            let o = Press {
                                ij,
                                yo,
                                e_plain,
                                x,
                                final_i,
                                ia,
                                off: false,
                            };
                            push_variant(
                                &mut out,
                                emit(Sys::Press(o), native, &parsed, true),
                                press_label(o),
                            );
                        }
                    }
                }
            }
        }
    }
    if f.ov_end {
        let o = Press {
            off: true,
            ..Press::default()
        };
        push_variant(
            &mut out,
            emit(Sys::Press(o), native, &parsed, true),
            "rule:off",
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::cyrillic::letters::no_cyrillic;

    #[test]
    fn variants() {
        let has = |v: &[(String, &str)], s: &str| v.iter().any(|(x, _)| x == s);
        let v = name_variants("Владимир Путин");
        assert!(v
            .iter()
            .any(|(s, l)| s == "Vladimir Putin" && *l == "bgn-pcgn"));
        assert!(v.iter().any(|(s, l)| s == "Vladimir Poutine" && *l == "fr"));
        let v = name_variants("Юрий Гагарин");
        assert!(v
            .iter()
            .any(|(s, l)| s == "Yuri Gagarin" && (*l == "rule:ij-ending" || *l == "es")));
        assert!(has(&v, "Yury Gagarin") && has(&v, "Yuriy Gagarin") && has(&v, "Iurii Gagarin"));
        let v = name_variants("Алексей Навальный");
        for s in [
            "Alexei Navalny",
            "Alexey Navalny",
            "Aleksei Navalny",
            "Aleksey Navalny",
        ] {
            assert!(has(&v, s), "{s}");
        }
        let v = name_variants("Фёдор Достоевский");
        for s in [
            "Fyodor Dostoyevsky",
            "Fyodor Dostoevsky",
            "Fedor Dostoevsky",
            "Fjodor Dostojewski",
        ] {
            assert!(has(&v, s), "{s}");
        }
        let v = name_variants("Михаил Горбачёв");
        for s in [
            "Mikhail Gorbachev",
            "Mikhail Gorbachyov",
            "Mikhail Gorbachov",
            "Michail Gorbatschow",
        ] {
            assert!(has(&v, s), "{s}");
        }
        assert!(has(&name_variants("Мария"), "Maria"));
        assert!(has(&name_variants("Татьяна"), "Tatiana"));
        assert!(name_variants("Смирнов")
            .iter()
            .any(|(s, l)| s == "Smirnoff" && *l == "rule:off"));
        assert!(has(&name_variants("Ильич"), "Il'ich"));
        for native in [
            "Владимир Путин",
            "Алексей Навальный",
            "Москва",
            "Пётр Ильич Чайковский",
        ] {
            let v = name_variants(native);
            let mut seen: Vec<&str> = v.iter().map(|(s, _)| s.as_str()).collect();
            let n = seen.len();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), n, "duplicates for {native}");
            assert!(v.iter().all(|(s, l)| no_cyrillic(s) && !l.is_empty()));
        }
        assert!(name_variants("").is_empty());
    }
}
