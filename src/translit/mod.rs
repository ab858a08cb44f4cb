//! Transliteration: Cyrillic, Hangul and Han script into Latin under named standards, and the
//! language facts that the generation of spellings and the matcher need.
//!
//! A [`Scheme`] is a plain value looked up by language and id ([`Scheme::find`]) and applied to a
//! `&str` ([`Scheme::apply`]); there is no global state, and applying a scheme allocates only its
//! output.
//!
//! One folder per language holds everything canonym knows about it, each file citing the standard
//! or reference it follows: [`cyrillic`] (Russian), [`hangul`] (Korean), [`hanzi`] (Chinese). Each
//! has its schemes, the name variants and the romanisation-neutral key of its names, its grammar
//! where matching needs it (Russian case forms and patronymics, Korean particles), its exonyms, and
//! its names written in other scripts, one file per target script named after it
//! (`hangul/cyrillic.rs`: Korean names in Russian; `hanzi/cyrillic.rs`: Chinese names in Russian).
//! Script membership is `fold::script_of`; `table.rs` holds the look-up of the sorted data tables
//! that the languages share.

pub mod cyrillic;
pub mod declension;
pub mod hangul;
pub mod hanzi;
mod table;

use std::fmt;

/// The language (script) a scheme romanises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Russian, Cyrillic script.
    Ru,
    /// Korean, Hangul.
    Ko,
    /// Chinese, Han characters.
    Zh,
    /// Ukrainian, Cyrillic script.
    Uk,
    /// Belarusian, Cyrillic script.
    Be,
}

impl Lang {
    /// Every language, in `--list` order.
    pub const ALL: [Lang; 5] = [Lang::Ru, Lang::Ko, Lang::Zh, Lang::Uk, Lang::Be];

    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Ko => "ko",
            Lang::Zh => "zh",
            Lang::Uk => "uk",
            Lang::Be => "be",
        }
    }

    /// The language with this code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Inner {
    Ru(cyrillic::RuScheme),
    Ko(hangul::KoScheme),
    Zh(hanzi::ZhScheme),
    Uk(cyrillic::UkScheme),
    Be(cyrillic::BeScheme),
}

/// A romanisation standard for one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scheme(Inner);

/// A scheme or language that does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// No such language.
    UnknownLang(String),
    /// No such scheme for the language.
    UnknownScheme {
        /// The language asked for.
        lang: Lang,
        /// The id asked for.
        id: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownLang(l) => {
                write!(f, "unknown language `{l}`; valid: ru, ko, zh, uk, be")
            }
            Error::UnknownScheme { lang, id } => {
                let ids: Vec<_> = Scheme::all()
                    .filter(|s| s.lang() == *lang)
                    .map(|s| s.id())
                    .collect();
                write!(
                    f,
                    "unknown scheme `{id}` for {}; valid: {}",
                    lang.code(),
                    ids.join(", ")
                )?;
                if let Some(best) = ids.iter().find(|i| strsim::jaro_winkler(i, id) > 0.85) {
                    write!(f, " (did you mean `{best}`?)")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

impl Scheme {
    /// Every scheme, Russian first, then Korean, Chinese, Ukrainian and Belarusian.
    pub fn all() -> impl Iterator<Item = Scheme> {
        let ru = cyrillic::RuScheme::ALL
            .into_iter()
            .map(|s| Scheme(Inner::Ru(s)));
        let ko = hangul::KoScheme::ALL
            .into_iter()
            .map(|s| Scheme(Inner::Ko(s)));
        let zh = hanzi::ZhScheme::ALL
            .into_iter()
            .map(|s| Scheme(Inner::Zh(s)));
        let uk = cyrillic::UkScheme::ALL
            .into_iter()
            .map(|s| Scheme(Inner::Uk(s)));
        let be = cyrillic::BeScheme::ALL
            .into_iter()
            .map(|s| Scheme(Inner::Be(s)));
        ru.chain(ko).chain(zh).chain(uk).chain(be)
    }

    /// The scheme `id` of language `lang` (its code: ru, ko, zh, uk, be); with no id, the
    /// language's default (bgn-pcgn, rr, pinyin, national, national).
    pub fn find(lang: &str, id: Option<&str>) -> Result<Scheme, Error> {
        let l = Lang::from_code(lang).ok_or_else(|| Error::UnknownLang(lang.to_string()))?;
        let mut of_lang = Scheme::all().filter(|s| s.lang() == l);
        match id {
            None => of_lang.next().ok_or(Error::UnknownLang(lang.to_string())),
            Some(id) => of_lang
                .find(|s| s.id() == id)
                .ok_or_else(|| Error::UnknownScheme {
                    lang: l,
                    id: id.to_string(),
                }),
        }
    }

    /// The language it romanises.
    pub fn lang(self) -> Lang {
        match self.0 {
            Inner::Ru(_) => Lang::Ru,
            Inner::Ko(_) => Lang::Ko,
            Inner::Zh(_) => Lang::Zh,
            Inner::Uk(_) => Lang::Uk,
            Inner::Be(_) => Lang::Be,
        }
    }

    /// Its id, as given to `--scheme`.
    pub fn id(self) -> &'static str {
        match self.0 {
            Inner::Ru(s) => s.id(),
            Inner::Ko(s) => s.id(),
            Inner::Zh(s) => s.id(),
            Inner::Uk(s) => s.id(),
            Inner::Be(s) => s.id(),
        }
    }

    /// Its full name.
    pub fn full_name(self) -> &'static str {
        match self.0 {
            Inner::Ru(s) => s.full_name(),
            Inner::Ko(s) => s.full_name(),
            Inner::Zh(s) => s.full_name(),
            Inner::Uk(s) => s.full_name(),
            Inner::Be(s) => s.full_name(),
        }
    }

    /// The year of the standard.
    pub fn year(self) -> u16 {
        match self.0 {
            Inner::Ru(s) => s.year(),
            Inner::Ko(s) => s.year(),
            Inner::Zh(s) => s.year(),
            Inner::Uk(s) => s.year(),
            Inner::Be(s) => s.year(),
        }
    }

    /// Romanise running text. Characters of other scripts pass through unchanged.
    pub fn apply(self, text: &str) -> String {
        self.romanise(text, false)
    }

    /// Romanise a personal name, with the name conventions of the standard (surname first for
    /// Korean and Chinese, the standard's joining of the given name, capitalisation).
    pub fn apply_name(self, text: &str) -> String {
        self.romanise(text, true)
    }

    fn romanise(self, text: &str, name: bool) -> String {
        match self.0 {
            Inner::Ru(s) => cyrillic::transliterate(s, text, name),
            Inner::Ko(s) => hangul::transliterate(s, text, name),
            Inner::Zh(s) => hanzi::transliterate(s, text, name),
            Inner::Uk(s) => cyrillic::transliterate_uk(s, text, name),
            Inner::Be(s) => cyrillic::transliterate_be(s, text, name),
        }
    }
}

#[cfg(test)]
mod xscript_tests;
