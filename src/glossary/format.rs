//! The TOML glossary format: the serde model of one file, exactly as written.
//!
//! Every table denies unknown keys, so a typo (`varients = [...]`) is an error that names the key,
//! not a silently ignored line. Values keep their byte spans so that validation errors can point
//! at the offending string.

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::ops::Range;
use toml::Spanned;

/// One glossary file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FileModel {
    pub glossary: Option<HeaderModel>,
    #[serde(default)]
    pub entry: Vec<EntryModel>,
}

/// The optional `[glossary]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HeaderModel {
    pub name: Option<String>,
    pub lang: Option<Spanned<String>>,
    pub generate: Option<bool>,
    pub implied_shorts: Option<bool>,
    /// `"warn"` (the default: entries may share a spelling) or `"error"`.
    pub homonyms: Option<Spanned<String>>,
    #[allow(dead_code)] // documented free text, read by people only
    pub description: Option<String>,
}

/// One `[[entry]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EntryModel {
    pub id: Option<Spanned<String>>,
    pub canonical: Spanned<String>,
    pub lang: Option<Spanned<String>>,
    pub kind: Option<Spanned<KindModel>>,
    pub native: Option<Spanned<Spellings>>,
    pub variants: Option<Spanned<Spellings>>,
    pub short: Option<Spanned<Spellings>>,
    pub note: Option<String>,
    pub generate: Option<bool>,
}

/// `kind = "..."`.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum KindModel {
    Person,
    Place,
    #[serde(alias = "organisation")]
    Organization,
    Other,
}

/// A list of spellings, written either as one string or as an array of strings; each keeps its span.
#[derive(Debug, Default)]
pub(crate) struct Spellings(pub Vec<(String, Range<usize>)>);

impl<'de> Deserialize<'de> for Spellings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrMany;
        impl<'de> Visitor<'de> for OneOrMany {
            type Value = Vec<(String, Range<usize>)>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or an array of strings")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(vec![(v.to_string(), 0..0)])
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(s) = seq.next_element::<Spanned<String>>()? {
                    let span = s.span();
                    out.push((s.into_inner(), span));
                }
                Ok(out)
            }
        }
        // The span of a single-string value is the field's own; the loader fills it in.
        deserializer.deserialize_any(OneOrMany).map(Spellings)
    }
}
