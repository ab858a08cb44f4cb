//! The English-language press form of Russian names: the `wikipedia` scheme ([`wikipedia`], WP:RUS,
//! English Wikipedia's simplification of BGN/PCGN), the English-media form ([`Press::default()`],
//! which writes ё e after ж ч ш щ as the media write Gorbachev), and the other values of
//! [`Press`], the conventions of the English-language press that `name_variants` combines
//! (Yuri, Alexei, Fedor, Evgeny, Sergei, Maria, Smirnoff).

use super::letters::{iot_ctx, is_last, next, prev, Unit};
use super::press::{base, EN};

/// Options of the English press spelling. `Press::default()` is the English-media form (Fyodor
/// but Gorbachev); [`wikipedia`] is WP:RUS itself; every other value is a press convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(super) struct Press {
    pub(super) ij: IjEnding,
    pub(super) yo: YoSpelling,
    /// е at word start and after vowels written e, not ye (Evgeny, Dostoevsky).
    pub(super) e_plain: bool,
    /// кс written x (Alexei, Alexander).
    pub(super) x: bool,
    /// Final й after a, e, o, u written i (Sergei, Nikolai, Tolstoi).
    pub(super) final_i: bool,
    /// After и and ь the iotated vowels lose their y (Maria, Tatiana, Dmitriev).
    pub(super) ia: bool,
    /// Final -ов/-ев written -off/-eff (Smirnoff, Rachmaninoff).
    pub(super) off: bool,
}

/// Spelling of the -ий / -ый endings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(super) enum IjEnding {
    /// -y / -y (Dmitry, Navalny)
    #[default]
    Y,
    /// -i / -y (Dmitri, Yuri)
    I,
    /// -iy / -yy (Dmitriy)
    Iy,
    /// -ij / -yj (Dmitrij)
    Ij,
    /// -ii / -yi (Dmitrii)
    Ii,
}

/// Spelling of ё.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(super) enum YoSpelling {
    /// yo, but e after ж ч ш щ (Fyodor, Gorbachev)
    #[default]
    Media,
    /// always e, as in print without ё (Fedor, Semenov)
    E,
    /// always yo (Gorbachyov)
    Yo,
    /// yo, but o after ж ч ш щ (Gorbachov)
    O,
}

/// The `wikipedia` scheme, WP:RUS (English Wikipedia's modification of BGN/PCGN, "Romanization of
/// Russian" guideline): the English-media form below, but ё is yo in every position (ещё yeshchyo,
/// Pyotr) and the plural adjective ending -ые is -ye (Naberezhnye Chelny), not -yye.
pub(super) fn wikipedia(w: &[Unit], i: usize) -> &'static str {
    match w[i].c {
        'е' if is_last(w, i) && prev(w, i) == Some('ы') => "e",
        _ => press(
            w,
            i,
            Press {
                yo: YoSpelling::Yo,
                ..Press::default()
            },
        ),
    }
}

/// The English-language press form. With `Press::default()` this is the English-media form
/// (WP:RUS but for ё, see [`wikipedia`]):
/// е is ye at word start and after vowels, ъ and ь (e after й: Mayer); ё is yo
/// (Fyodor, Pyotr) but e after ж ч ш щ as English media write Gorbachev and
/// Khrushchev; -ий and -ый are -y (Dmitry, Yury, Navalny); ъ and ь are dropped,
/// except that before а и о у ы э they are y (Ilyich); й is y.
pub(super) fn press(w: &[Unit], i: usize, o: Press) -> &'static str {
    let c = w[i].c;
    let p = prev(w, i);
    let n = next(w, i);
    let last = is_last(w, i);
    let after_i_or_soft = matches!(p, Some('и' | 'ь'));
    let ending_j = n == Some('й') && is_last(w, i + 1);
    match c {
        'в' if o.off && last && matches!(p, Some('о' | 'е' | 'ё')) => "ff",
        'е' if p == Some('й') || (o.ia && after_i_or_soft) || o.e_plain => "e",
        'ё' => {
            let sib = matches!(p, Some('ж' | 'ч' | 'ш' | 'щ'));
            match o.yo {
                YoSpelling::E => {
                    if iot_ctx(p) && !o.e_plain && !(o.ia && after_i_or_soft) {
                        "ye"
                    } else {
                        "e"
                    }
                }
                YoSpelling::Media if sib => "e",
                YoSpelling::O if sib => "o",
                _ => {
                    if p == Some('й') || (o.ia && after_i_or_soft) {
                        "o"
                    } else {
                        "yo"
                    }
                }
            }
        }
        'и' | 'ы' if ending_j && matches!(o.ij, IjEnding::Y | IjEnding::I) => "",
        'й' if last && p == Some('и') => match o.ij {
            IjEnding::Y | IjEnding::Iy => "y",
            IjEnding::I | IjEnding::Ii => "i",
            IjEnding::Ij => "j",
        },
        'й' if last && p == Some('ы') => match o.ij {
            IjEnding::Y | IjEnding::I | IjEnding::Iy => "y",
            IjEnding::Ij => "j",
            IjEnding::Ii => "i",
        },
        'й' if last && o.final_i && matches!(p, Some('а' | 'е' | 'о' | 'у' | 'э' | 'ю' | 'я')) => {
            "i"
        }
        'к' if o.x && n == Some('с') => "x",
        'с' if o.x && p == Some('к') => "",
        'ъ' if matches!(n, Some('а' | 'и' | 'о' | 'у' | 'ы' | 'э')) => "y",
        'ь' => match n {
            Some('а' | 'о' | 'у' | 'ы' | 'э') => "y",
            Some('и') if !o.ia => "y",
            Some('е' | 'ё' | 'ю' | 'я') if o.ia => "i",
            _ => "",
        },
        'ю' if o.ia && after_i_or_soft => "u",
        'я' if o.ia && after_i_or_soft => "a",
        _ => base(w, i, &EN),
    }
}
