//! Glossaries: validated name entries loaded from TOML files.
//!
//! A [`Glossary`] is built once by a [`GlossaryBuilder`], which parses every file, checks every entry
//! (ids, languages, spellings) and the files against each other (duplicate ids, a spelling claimed by two
//! entries), and collects every problem with its `path:line:col`. Once built it is immutable.

mod bundled;
mod fast;
mod files;
mod format;
mod limits;

use crate::error::{Diagnostic, Error, ErrorKind, Position};
use crate::fold::{fold_tokens, folds_to_nothing, slug, spelling_key};
use crate::lines::LineIndex;
use format::{EntryModel, FileModel, KindModel, Spellings};
use limits::shown;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::fmt;
use std::hash::BuildHasher;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;
use toml::Spanned;

pub use bundled::BUNDLED;
pub use files::GlossaryFiles;

/// What an entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A person.
    Person,
    /// A place: city, region, country, square, ...
    Place,
    /// An organisation: party, agency, company, ...
    Organization,
    /// Anything else.
    Other,
}

impl Kind {
    /// The name used in glossary files and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Organization => "organization",
            Kind::Other => "other",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where something was written: file, line, column.
#[derive(Clone, Debug)]
pub struct Origin {
    /// The file (for bundled glossaries, `glossaries/NAME.toml`).
    pub path: Arc<Path>,
    /// 1-based line and column.
    pub pos: Position,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}",
            self.path.display(),
            self.pos.line,
            self.pos.column
        )
    }
}

/// One validated glossary entry.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Entry {
    /// Unique id across every loaded file.
    pub id: String,
    /// The house-style spelling.
    pub canonical: String,
    /// Language of origin (a BCP 47 tag), `und` when neither the entry nor its file says.
    pub lang: String,
    /// What the entry names.
    pub kind: Kind,
    /// Spellings in the original script.
    pub native: Vec<String>,
    /// Further known spellings.
    pub variants: Vec<String>,
    /// Short forms that refer to this entry after a full mention.
    pub short: Vec<String>,
    /// A free note.
    pub note: Option<String>,
    /// Whether spellings are generated from the native forms.
    pub generate: bool,
    /// Whether a person's surname is an implied short form (issue 14 §5): on unless the file says
    /// `implied_shorts = false` or the entry lists `short = []`.
    pub implied_shorts: bool,
    /// Where the entry was written.
    pub origin: Origin,
}

/// One loaded glossary file.
#[derive(Clone, Debug)]
pub struct Source {
    /// The file.
    pub path: Arc<Path>,
    /// Its `[glossary] name`, if any.
    pub name: Option<String>,
    /// How many entries it holds.
    pub entries: usize,
}

/// A validated, immutable set of entries from one or more files.
#[derive(Clone, Debug, Default)]
pub struct Glossary {
    pub(crate) entries: Vec<Entry>,
    pub(crate) sources: Vec<Source>,
    pub(crate) warnings: Vec<Diagnostic>,
}

impl Glossary {
    /// The glossaries bundled with canonym (`glossaries/*.toml`, compiled into the binary).
    pub fn bundled() -> Result<Glossary, Error> {
        let mut b = GlossaryBuilder::new();
        for (name, text) in BUNDLED {
            b.add_source(Path::new(name), text);
        }
        b.build()
    }

    /// Load the glossary files (or directories of `*.toml` files) at `paths`.
    pub fn load<P: AsRef<Path>>(paths: &[P]) -> Result<Glossary, Error> {
        GlossaryFiles::read(paths).build()
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The files the entries came from.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Problems that do not stop loading: spellings of two entries that differ only in where a
    /// name is split (matches of them are reported as ambiguous).
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

/// Parses and validates glossary files into a [`Glossary`], collecting every problem.
#[derive(Debug, Default)]
pub struct GlossaryBuilder {
    entries: Vec<Entry>,
    /// Per entry: the positions of its canonical form, native forms and variants (in that order,
    /// see [`listed`]), for conflict reports.
    spelling_pos: Vec<Vec<Position>>,
    id_pos: Vec<Position>,
    sources: Vec<Source>,
    diagnostics: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// Every shared spelling is an error (`glossary lint --strict`).
    strict_homonyms: bool,
    /// The files whose header says `homonyms = "error"`.
    strict_files: Vec<Arc<Path>>,
}

impl GlossaryBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// With `strict`, a spelling that two entries share is an error in every file, as if each
    /// said `homonyms = "error"` (`canonym glossary lint --strict`); otherwise it is a warning
    /// unless a file says so.
    pub fn strict_homonyms(&mut self, strict: bool) -> &mut Self {
        self.strict_homonyms = strict;
        self
    }

    /// Add a glossary file, or every `*.toml` file of a directory (sorted by name, not recursive),
    /// as [`GlossaryFiles`] reads them.
    pub fn add_path(&mut self, path: &Path) -> &mut Self {
        GlossaryFiles::read(&[path]).add_to(self);
        self
    }

    /// Add glossary file contents read from `path` (the path is only used in messages).
    pub fn add_bytes(&mut self, path: &Path, bytes: &[u8]) -> &mut Self {
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                self.add_source(path, text);
            }
            Err(e) => {
                let good = e.valid_up_to();
                let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or("");
                let pos = Position::of_offset(prefix, good);
                self.diagnostics.push(
                    Diagnostic::new(
                        ErrorKind::Encoding,
                        path,
                        format!("invalid UTF-8 at byte {good}"),
                    )
                    .at(pos)
                    .help("glossaries must be UTF-8; re-save the file as UTF-8"),
                );
            }
        }
        self
    }

    /// Add glossary text read from `path` (the path is only used in messages).
    pub fn add_source(&mut self, path: &Path, text: &str) -> &mut Self {
        let path: Arc<Path> = Arc::from(path);
        // Large files are parsed in pieces of whole `[[entry]]` tables, on every core. A file (or
        // piece) written the usual way is read by the fast reader, anything else by `toml`. Any
        // doubt (a piece that does not parse alone, two headers) falls back to parsing the whole
        // file, which also gives the exact error.
        let models = match parse_pieces(text).or_else(|| fast::parse(text).map(|m| vec![(0, m)])) {
            Some(m) => m,
            None => match toml::from_str::<FileModel>(text) {
                Ok(m) => vec![(0, m)],
                Err(e) => {
                    let e = first_syntax_error(text).unwrap_or(e);
                    let pos = e
                        .span()
                        .map(|s| Position::of_offset(text, s.start))
                        .unwrap_or_default();
                    let msg = e.message().trim().replace('\n', " ");
                    let (kind, help) = schema_help(&msg);
                    let mut d = Diagnostic::new(kind, &path, msg).at(pos);
                    if let Some(h) = help {
                        d = d.help(h);
                    }
                    self.diagnostics.push(d);
                    return self;
                }
            },
        };
        let lines = LineIndex::new(text);
        let mut header = None;
        let mut pieces = Vec::with_capacity(models.len());
        for (base, m) in models {
            if let Some(h) = m.glossary {
                header = Some((base, h));
            }
            pieces.push((base, m.entry));
        }
        let (file_lang, (file_generate, file_implied), name) = match header {
            Some((base, h)) => {
                let at = At {
                    lines: &lines,
                    base,
                };
                let lang = h
                    .lang
                    .and_then(|l| self.check_lang(&path, &at, &l).then(|| l.into_inner()));
                if let Some(policy) = h.homonyms {
                    match policy.get_ref().as_str() {
                        "warn" => {}
                        "error" => self.strict_files.push(path.clone()),
                        other => self.diagnostics.push(
                            Diagnostic::new(
                                ErrorKind::Schema,
                                &path,
                                format!("invalid value `{other}` for `homonyms`"),
                            )
                            .at(at.position(policy.span().start))
                            .help("`homonyms` is \"warn\" (entries may share a spelling, the default) or \"error\""),
                        ),
                    }
                }
                (
                    lang,
                    (h.generate.unwrap_or(true), h.implied_shorts.unwrap_or(true)),
                    h.name,
                )
            }
            None => (None, (true, true), None),
        };
        let count = pieces.iter().map(|(_, e)| e.len()).sum();
        // The entries of the pieces are checked on every core, then taken in file order.
        let checked = crate::parallel::parallel_into(pieces, |(base, entries)| {
            let mut b = GlossaryBuilder::default();
            b.entries.reserve_exact(entries.len());
            b.spelling_pos.reserve_exact(entries.len());
            b.id_pos.reserve_exact(entries.len());
            let at = At {
                lines: &lines,
                base,
            };
            for em in entries {
                b.add_entry(
                    &path,
                    &at,
                    em,
                    file_lang.as_deref(),
                    (file_generate, file_implied),
                );
            }
            b
        });
        self.entries.reserve_exact(count);
        self.spelling_pos.reserve_exact(count);
        self.id_pos.reserve_exact(count);
        for b in checked {
            self.entries.extend(b.entries);
            self.spelling_pos.extend(b.spelling_pos);
            self.id_pos.extend(b.id_pos);
            self.diagnostics.extend(b.diagnostics);
            self.warnings.extend(b.warnings);
        }
        self.sources.push(Source {
            path,
            name,
            entries: count,
        });
        self
    }

    fn check_lang(&mut self, path: &Path, lines: &At, lang: &Spanned<String>) -> bool {
        if valid_lang(lang.get_ref()) {
            return true;
        }
        let lower = lang.get_ref().to_ascii_lowercase();
        let help = if valid_lang(&lower) {
            format!("write it in lowercase: `{lower}`")
        } else {
            "use a BCP 47 language tag such as ko, ru, zh, en".to_string()
        };
        self.diagnostics.push(
            Diagnostic::new(
                ErrorKind::Schema,
                path,
                format!("invalid language tag {}", shown(lang.get_ref())),
            )
            .at(lines.position(lang.span().start))
            .help(help),
        );
        false
    }

    fn add_entry(
        &mut self,
        path: &Arc<Path>,
        lines: &At,
        em: EntryModel,
        file_lang: Option<&str>,
        (file_gen, file_implied): (bool, bool),
    ) {
        let at = |span: Range<usize>| lines.position(span.start);
        let canon_pos = at(em.canonical.span());
        let canonical = em.canonical.into_inner();
        let before = self.diagnostics.len();
        if let Some((msg, help)) = limits::problem("canonical form", &canonical) {
            self.diagnostics.push(
                Diagnostic::new(ErrorKind::Schema, path, msg)
                    .at(canon_pos)
                    .help(help),
            );
        } else if folds_to_nothing(&canonical) {
            self.diagnostics.push(
                Diagnostic::new(
                    ErrorKind::Schema,
                    path,
                    format!("canonical form {} has no letters", shown(&canonical)),
                )
                .at(canon_pos)
                .help("write the house-style spelling of the name"),
            );
        }
        let (id, id_pos) = match em.id {
            Some(id) => {
                let pos = at(id.span());
                let id = id.into_inner();
                if !valid_id(&id) {
                    self.diagnostics.push(
                        Diagnostic::new(
                            ErrorKind::Schema,
                            path,
                            format!("invalid id {}", shown(&id)),
                        )
                        .at(pos)
                        .help(format!(
                            "ids are lowercase ASCII letters, digits and hyphens, e.g. `{}`",
                            slug(&id)
                        )),
                    );
                }
                (id, pos)
            }
            None => {
                let id = slug(&canonical);
                if id.is_empty() {
                    self.diagnostics.push(
                        Diagnostic::new(
                            ErrorKind::Schema,
                            path,
                            format!("cannot derive an id from {}", shown(&canonical)),
                        )
                        .at(canon_pos)
                        .help("add `id = \"...\"` with a lowercase ASCII slug"),
                    );
                }
                (id, canon_pos)
            }
        };
        let lang = match em.lang {
            Some(l) => {
                self.check_lang(path, lines, &l);
                l.into_inner()
            }
            None => file_lang.unwrap_or("und").to_string(),
        };
        let kind = match em.kind.map(|k| *k.get_ref()) {
            Some(KindModel::Person) => Kind::Person,
            Some(KindModel::Place) => Kind::Place,
            Some(KindModel::Organization) => Kind::Organization,
            Some(KindModel::Other) | None => Kind::Other,
        };
        let mut positions = vec![canon_pos];
        let mut list = |field: Option<Spanned<Spellings>>,
                        what: &str,
                        this: &mut Self|
         -> Vec<String> {
            let Some(field) = field else {
                return Vec::new();
            };
            let outer = field.span();
            let mut out = Vec::new();
            for (s, span) in field.into_inner().0 {
                let span = if span.is_empty() { outer.clone() } else { span };
                let pos = at(span);
                if let Some((msg, help)) = limits::problem(what, &s) {
                    this.diagnostics.push(
                        Diagnostic::new(ErrorKind::Schema, path, msg)
                            .at(pos)
                            .help(help),
                    );
                    continue;
                }
                if folds_to_nothing(&s) {
                    this.diagnostics.push(
                        Diagnostic::new(
                            ErrorKind::Schema,
                            path,
                            format!("{what} {} has no letters", shown(&s)),
                        )
                        .at(pos)
                        .help("remove it, or write a spelling of the name"),
                    );
                    continue;
                }
                if what != "short form" {
                    positions.push(pos);
                }
                if has_inner_break(&s) {
                    this.warnings.push(
                            Diagnostic::new(
                                ErrorKind::Schema,
                                path,
                                format!(
                                    "{what} {} has punctuation between its words; in running text \
                                     punctuation ends a name, so only `lookup` will find it",
                                    shown(&s)
                                ),
                            )
                            .at(pos)
                            .help("write it without the punctuation (\"St Petersburg\"): case, hyphens and spacing never matter"),
                        );
                }
                out.push(s);
            }
            out
        };
        let native = list(em.native, "native form", self);
        let variants = list(em.variants, "variant", self);
        // `short = []` written out: no short form at all, not even the implied surname.
        let no_shorts = em.short.as_ref().is_some_and(|s| s.get_ref().0.is_empty());
        let short = list(em.short, "short form", self);
        if self.diagnostics.len() > before {
            return;
        }
        self.entries.push(Entry {
            id,
            canonical,
            lang,
            kind,
            native,
            variants,
            short,
            note: em.note,
            generate: em.generate.unwrap_or(file_gen),
            implied_shorts: file_implied && !no_shorts,
            origin: Origin {
                path: path.clone(),
                pos: canon_pos,
            },
        });
        self.spelling_pos.push(positions);
        self.id_pos.push(id_pos);
    }

    /// Check the files against each other and build the glossary, or report every problem.
    pub fn build(mut self) -> Result<Glossary, Error> {
        let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
        // The spelling key of every spelling (see `fold::spelling_key`), hashed, on every core;
        // then one pass to find the clashes. Spellings are registered by the hash of their key,
        // chained; a hit is confirmed on the keys themselves.
        let hashed = crate::parallel::parallel_map(&self.entries, |e| {
            let mut key = String::with_capacity(64);
            listed(e)
                .map(|s| {
                    let first = spelling_key(s, &mut key).first;
                    FxBuildHasher.hash_one((key.as_str(), first))
                })
                .collect::<Vec<u64>>()
        });
        // Hash of a key -> the last registered spelling with that hash. A registered spelling is
        // (entry, ordinal among its listed spellings, the one registered before it with the same
        // hash or `u32::MAX`).
        let mut heads: FxHashMap<u64, u32> = FxHashMap::default();
        heads.reserve(hashed.iter().map(Vec::len).sum());
        let mut registered: Vec<(u32, u32, u32)> = Vec::new();
        // The key of this spelling (computed on the first hit) and of the one it hit.
        let (mut key, mut their_key) = (String::new(), String::new());
        let mut key_first = 0;
        // The spellings that fold like an earlier one of another entry, by that first one, in
        // the order the groups were met.
        let mut groups: FxHashMap<(u32, u32), Vec<(u32, u32)>> = FxHashMap::default();
        let mut order: Vec<(u32, u32)> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(&j) = ids.get(e.id.as_str()) {
                let first = &self.entries[j];
                self.diagnostics.push(
                    Diagnostic::new(
                        ErrorKind::DuplicateId,
                        &self.entries[i].origin.path,
                        format!("duplicate id `{}`", e.id),
                    )
                    .at(self.id_pos[i])
                    .help(format!(
                        "`{}` is already the id of \"{}\" at {}; give this entry another `id`",
                        e.id, first.canonical, first.origin
                    )),
                );
            } else {
                ids.insert(&e.id, i);
            }
            for (k, (s, &h)) in listed(e).zip(&hashed[i]).enumerate() {
                let mut at = heads.get(&h).copied();
                if at.is_some() {
                    key_first = spelling_key(s, &mut key).first;
                }
                let mut found = None;
                while let Some(r) = at {
                    let (j, kj, next) = registered[r as usize];
                    let other = listed(&self.entries[j as usize]).nth(kj as usize);
                    let their_first = spelling_key(other.unwrap_or(""), &mut their_key).first;
                    if their_key == key && their_first == key_first {
                        found = Some((j as usize, kj as usize));
                        break;
                    }
                    at = (next != u32::MAX).then_some(next);
                }
                let Some((j, kj)) = found else {
                    let next = heads.insert(h, registered.len() as u32).unwrap_or(u32::MAX);
                    registered.push((i as u32, k as u32, next));
                    continue;
                };
                if j != i {
                    groups
                        .entry((j as u32, kj as u32))
                        .or_insert_with(|| {
                            order.push((j as u32, kj as u32));
                            Vec::new()
                        })
                        .push((i as u32, k as u32));
                }
            }
        }
        for first in order {
            let members = groups.remove(&first).unwrap_or_default();
            self.report_group(first, &members);
        }
        if self.diagnostics.is_empty() {
            Ok(Glossary {
                entries: self.entries,
                sources: self.sources,
                warnings: self.warnings,
            })
        } else {
            Err(Error::new(self.diagnostics).with_warnings(self.warnings))
        }
    }

    /// Listed spelling `k` of entry `i`, and where it is written.
    fn spelling_at(&self, (i, k): (u32, u32)) -> (&str, Origin) {
        let e = &self.entries[i as usize];
        let text = listed(e).nth(k as usize).unwrap_or(&e.canonical);
        let pos = self.spelling_pos[i as usize]
            .get(k as usize)
            .copied()
            .unwrap_or(e.origin.pos);
        (
            text,
            Origin {
                path: e.origin.path.clone(),
                pos,
            },
        )
    }

    /// Report spellings of other entries that fold like spelling `first` (in file order): with
    /// the same words, a homonym (an error where a file or `--strict` asks for it, else one
    /// warning for the group); split elsewhere ("Hwang Sook-un", "Hwang Soo-kun"), a warning.
    fn report_group(&mut self, first: (u32, u32), members: &[(u32, u32)]) {
        let (first_text, first_at) = self.spelling_at(first);
        let first_text = first_text.to_string();
        let first_id = self.entries[first.0 as usize].id.clone();
        let first_tokens = fold_tokens(&first_text);
        let first_strict = self.strict_homonyms || self.strict_files.contains(&first_at.path);
        // One warning for the spellings that share the first's words, one per spelling split
        // elsewhere (as they pair with the first one only).
        let mut shared: Vec<(String, String, Origin)> = Vec::new();
        let mut problems = Vec::new();
        let mut warnings = Vec::new();
        let mut seen: Vec<u32> = vec![first.0];
        for &m in members {
            let (text, at) = self.spelling_at(m);
            let e = &self.entries[m.0 as usize];
            if fold_tokens(text) == first_tokens {
                if first_strict || self.strict_files.contains(&at.path) {
                    problems.push(
                        Diagnostic::new(
                            ErrorKind::ConflictingSpelling,
                            &at.path,
                            format!(
                                "spelling \"{text}\" of `{}` is also claimed by `{first_id}`",
                                e.id
                            ),
                        )
                        .at(at.pos)
                        .help(format!(
                            "a spelling must name one entry (`homonyms = \"error\"`): remove it here or at {first_at}"
                        )),
                    );
                } else if !seen.contains(&m.0) {
                    seen.push(m.0);
                    shared.push((text.to_string(), e.id.clone(), at));
                }
            } else {
                warnings.push(
                    Diagnostic::new(
                        ErrorKind::ConflictingSpelling,
                        &at.path,
                        format!(
                            "\"{text}\" of `{}` and \"{first_text}\" of `{first_id}` ({first_at}) differ only in how the \
                             name is split; text that matches both is reported as ambiguous",
                            e.id
                        ),
                    )
                    .at(at.pos)
                    .help("list a distinguishing spelling, or remove one of them"),
                );
            }
        }
        if let Some((text, id, at)) = shared.first() {
            use unicode_normalization::UnicodeNormalization;
            let message = if shared.iter().all(|(t, ..)| t.nfc().eq(first_text.nfc())) {
                // True homonyms: one spelling, several people.
                let mut others = format!("`{first_id}` ({first_at})");
                for (_, i, a) in &shared[1..] {
                    others.push_str(&format!(", `{i}` ({a})"));
                }
                format!(
                    "\"{text}\" of `{id}` is also a spelling of {others}: text that matches it is \
                     reported as ambiguous"
                )
            } else {
                let mut others = format!("\"{first_text}\" of `{first_id}` ({first_at})");
                for (t, i, a) in &shared[1..] {
                    others.push_str(&format!(", \"{t}\" of `{i}` ({a})"));
                }
                format!(
                    "\"{text}\" of `{id}` folds like {others}: text written exactly as one entry \
                     lists it resolves to that entry, other text is reported as ambiguous"
                )
            };
            self.warnings.push(
                Diagnostic::new(ErrorKind::ConflictingSpelling, &at.path, message)
                .at(at.pos)
                .help("homonyms are allowed; to forbid them, add `homonyms = \"error\"` to the file's [glossary] table"),
            );
        }
        self.diagnostics.extend(problems);
        self.warnings.extend(warnings);
    }
}

/// The spellings of an entry that may not name another entry: its canonical form, native forms and
/// variants, in that order (the order of `spelling_pos`).
fn listed(e: &Entry) -> impl Iterator<Item = &str> {
    std::iter::once(e.canonical.as_str())
        .chain(e.native.iter().map(String::as_str))
        .chain(e.variants.iter().map(String::as_str))
}

/// The first TOML syntax error of `text` by position, when it has any: the parser reports the
/// errors it meets in the order its stages meet them, which is not always the order of the file
/// (a bad value such as `12abc` is reported after a broken line below it).
fn first_syntax_error(text: &str) -> Option<toml::de::Error> {
    let (_, errors) = toml::de::DeTable::parse_recoverable(text);
    errors
        .into_iter()
        .min_by_key(|e| e.span().map_or(usize::MAX, |s| s.start))
}

/// Classify a TOML deserialisation message and say how to fix it.
fn schema_help(msg: &str) -> (ErrorKind, Option<String>) {
    if msg.contains("unknown field") {
        let help = if msg.contains("`canonical`") {
            "an [[entry]] takes: id, canonical, lang, kind, native, variants, short, note, generate"
        } else {
            "the [glossary] table takes: name, lang, generate, implied_shorts, homonyms, description; each [[entry]] goes in its own [[entry]] table"
        };
        (ErrorKind::Schema, Some(help.to_string()))
    } else if msg.contains("missing field") {
        (
            ErrorKind::Schema,
            Some("every [[entry]] needs `canonical = \"...\"`".to_string()),
        )
    } else if msg.contains("unknown variant") {
        (
            ErrorKind::Schema,
            Some("kind is one of: person, place, organization, other".to_string()),
        )
    } else if msg.contains("invalid type") {
        (
            ErrorKind::Schema,
            Some("check the value's type: strings in quotes, lists in [ ]".to_string()),
        )
    } else {
        (
            ErrorKind::Syntax,
            Some("fix the TOML syntax at this position".to_string()),
        )
    }
}

/// Does `s` have a punctuation character (not a space, hyphen or apostrophe) between two words?
fn has_inner_break(s: &str) -> bool {
    use crate::fold::{classify, CharClass};
    let t = s.trim_matches(|c: char| {
        classify(c) != CharClass::Word
            && classify(c) != CharClass::Hangul
            && classify(c) != CharClass::Ideograph
    });
    t.chars().any(|c| classify(c) == CharClass::Break)
}

/// Positions in a piece of a file that starts at byte `base`.
struct At<'a> {
    lines: &'a LineIndex<'a>,
    base: usize,
}

impl At<'_> {
    fn position(&self, offset: usize) -> Position {
        self.lines.position(self.base + offset)
    }
}

/// Parse a large glossary in pieces cut before `[[entry]]` lines, on every core (each with the fast
/// reader, else `toml`). `None` when the file is small, or when the pieces do not parse exactly
/// like the whole would (the caller then parses the whole file).
fn parse_pieces(text: &str) -> Option<Vec<(usize, FileModel)>> {
    const PIECE: usize = 256 << 10;
    if text.len() < 2 * PIECE {
        return None;
    }
    let mut cuts = vec![0];
    let mut last = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if pos - last >= PIECE && line.trim_end() == "[[entry]]" {
            cuts.push(pos);
            last = pos;
        }
        pos += line.len();
    }
    cuts.push(text.len());
    let ranges: Vec<(usize, usize)> = cuts.windows(2).map(|w| (w[0], w[1])).collect();
    let mut models: Vec<(usize, FileModel)> = Vec::with_capacity(ranges.len());
    let mut headers = 0;
    // A piece that does not parse alone stops the run: the caller then parses the whole file.
    crate::parallel::Pool::new(crate::parallel::threads())
        .run(
            ranges.iter().map(Ok),
            || (),
            |_, &(a, b)| {
                let piece = &text[a..b];
                fast::parse(piece)
                    .or_else(|| toml::from_str::<FileModel>(piece).ok())
                    .map(|m| (a, m))
                    .ok_or(())
            },
            |(a, m)| {
                headers += usize::from(m.glossary.is_some());
                models.push((a, m));
                Ok(())
            },
        )
        .ok()?;
    (headers <= 1).then_some(models)
}

/// A plausible BCP 47 tag: a 2-3 letter lowercase primary subtag, then alphanumeric subtags.
fn valid_lang(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Glossary, Error> {
        let mut b = GlossaryBuilder::new();
        b.add_source(Path::new("t.toml"), text);
        b.build()
    }

    #[test]
    fn entry_fields_and_defaults() {
        let g = load(
            "[glossary]\nlang = \"ko\"\n[[entry]]\ncanonical = \"Kim Jong Un\"\nnative = \"김정은\"\nkind = \"person\"\n",
        )
        .unwrap();
        let e = &g.entries()[0];
        assert_eq!(e.id, "kim-jong-un");
        assert_eq!(e.lang, "ko");
        assert_eq!(e.native, ["김정은"]);
        assert_eq!(e.kind, Kind::Person);
        assert!(e.generate);
    }

    #[test]
    fn unknown_key_names_key_and_position() {
        let err = load("[[entry]]\ncanonical = \"A\"\nvarients = [\"B\"]\n").unwrap_err();
        let d = &err.diagnostics()[0];
        assert_eq!(d.kind(), ErrorKind::Schema);
        assert_eq!((d.line(), d.column()), (3, 1));
        assert!(d.message().contains("varients"), "{d}");
    }

    #[test]
    fn a_shared_spelling_warns_unless_the_file_forbids_it() {
        let text = "[[entry]]\ncanonical = \"Li Na\"\n[[entry]]\ncanonical = \"Lina\"\nvariants = [\"LI-NA\"]\n";
        let g = load(text).unwrap();
        assert_eq!(g.warnings().len(), 1, "{:?}", g.warnings());
        assert_eq!(g.warnings()[0].line(), 5);
        // Strict, by the file or by the builder: an error pointing at both.
        let strict = format!("[glossary]\nhomonyms = \"error\"\n{text}");
        let err = load(&strict).unwrap_err();
        let d = &err.diagnostics()[0];
        assert_eq!(d.kind(), ErrorKind::ConflictingSpelling);
        assert_eq!(d.line(), 7);
        assert!(d.to_string().contains("t.toml:4:13"), "{d}");
        let mut b = GlossaryBuilder::new();
        b.strict_homonyms(true)
            .add_source(Path::new("t.toml"), text);
        let err = b.build().unwrap_err();
        assert!(err.to_string().contains("t.toml:2:13"), "{err}");
        let err = load("[glossary]\nhomonyms = \"forbid\"\n").unwrap_err();
        assert!(err.to_string().contains("`forbid`"), "{err}");
    }

    #[test]
    fn one_warning_per_group_of_homonyms() {
        let g = load("[[entry]]\nid = \"a\"\ncanonical = \"Hu Bo\"\n[[entry]]\nid = \"b\"\ncanonical = \"Hu Bo\"\n[[entry]]\nid = \"c\"\ncanonical = \"Hu Bó\"\nvariants = [\"HU-BO\"]\n")
            .unwrap();
        assert_eq!(g.warnings().len(), 1, "{:?}", g.warnings());
        let w = g.warnings()[0].to_string();
        assert!(
            w.contains("`a`") && w.contains("`b`") && w.contains("`c`"),
            "{w}"
        );
    }

    #[test]
    fn the_same_letters_split_elsewhere_warn_or_pass() {
        // Equal folds, first words alike, other words split elsewhere: two names that text
        // may not tell apart (a warning). First words apart: two names (nothing).
        let g = load(
            "[[entry]]\ncanonical = \"Hwang Sook-un\"\n[[entry]]\ncanonical = \"Hwang Soo-kun\"\n",
        )
        .unwrap();
        assert_eq!(g.warnings().len(), 1, "{:?}", g.warnings());
        assert_eq!(g.warnings()[0].kind(), ErrorKind::ConflictingSpelling);
        let g = load("[[entry]]\ncanonical = \"Song Eun Kyung\"\n[[entry]]\ncanonical = \"Son Geun Kyung\"\n")
            .unwrap();
        assert!(g.warnings().is_empty(), "{:?}", g.warnings());
    }

    #[test]
    fn duplicate_ids_and_bad_lang() {
        let err = load("[[entry]]\ncanonical = \"A b\"\n[[entry]]\nid = \"a-b\"\ncanonical = \"C\"\n[[entry]]\ncanonical = \"D\"\nlang = \"KO\"\n")
            .unwrap_err();
        let kinds: Vec<_> = err.diagnostics().iter().map(|d| d.kind()).collect();
        assert!(kinds.contains(&ErrorKind::DuplicateId));
        assert!(err.to_string().contains("`ko`"), "{err}");
    }

    #[test]
    fn bundled_glossaries_load() {
        let g = Glossary::bundled().unwrap();
        assert!(g.entries().len() >= 150, "{}", g.entries().len());
    }
}
