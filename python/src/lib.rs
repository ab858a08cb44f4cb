//! canonym for Python: the extension module `canonym._canonym`, which the Python package
//! `canonym` re-exports. A thin layer over the library, like the command line: the same
//! glossaries, the same cache, the same JSON field names; errors become `canonym.Error` with the
//! command line's messages. Work on text releases the GIL, and the batch calls spread over every
//! core through the library's one worker pool.

use canonym::check::findings;
use canonym::report::{Answer, FindingRecord, LookupAnswer, MatchRecord};
use canonym::translit::Scheme;
use canonym::{GlossaryFiles, LookupOptions, Match, MatcherOptions, Pool, Scratch};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};
use serde_json::Value;
use std::path::PathBuf;
use std::sync::Mutex;

pyo3::create_exception!(
    canonym,
    Error,
    PyValueError,
    "A canonym error: a glossary that does not load, an unknown language or scheme. The message \
     is the command line's."
);

/// Texts per piece of work in the batch calls: enough to outweigh handing a piece to a worker.
const BATCH: usize = 64;

/// A library error as the command line prints it (after `canonym: error: `), on one line.
fn error(context: Option<&str>, e: impl std::fmt::Display) -> PyErr {
    let message = e.to_string().replace('\n', "; ");
    Error::new_err(match context {
        Some(c) => format!("{c}: {message}"),
        None => message,
    })
}

/// A JSON value as the Python value `json.loads` would make of it (objects keep their key order).
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(a) => {
            let list = PyList::empty(py);
            for x in a {
                list.append(to_py(py, x)?)?;
            }
            list.into_any()
        }
        Value::Object(o) => {
            let dict = PyDict::new(py);
            for (k, x) in o {
                dict.set_item(k, to_py(py, x)?)?;
            }
            dict.into_any()
        }
    })
}

/// Byte offsets into `text` as Python string indices (code points), for offsets given in
/// ascending order or not: each is counted from the last one when it is not before it.
struct CharIndex<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharIndex<'t> {
    fn new(text: &'t str) -> Self {
        CharIndex {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn of(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self
            .text
            .get(self.byte..byte)
            .map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }
}

/// Replace the byte offsets `start` and `end` of a serialised record by string indices and drop
/// `path` (a Python string is not a document with a name).
fn with_str_indices(mut v: Value, index: &mut CharIndex<'_>) -> Value {
    if let Value::Object(o) = &mut v {
        o.shift_remove("path");
        for key in ["start", "end"] {
            if let Some(b) = o.get(key).and_then(Value::as_u64) {
                let i = index.of(usize::try_from(b).unwrap_or(usize::MAX));
                o.insert(key.to_string(), Value::from(i));
            }
        }
    }
    v
}

/// Every spelling of the glossary names in running text, normalised to the house style.
///
/// `Matcher()` loads the bundled glossaries (or those in `$CANONYM_GLOSSARY`, as the command
/// line does); `glossaries` names glossary files or directories of `*.toml` files instead.
/// `generate=False` matches listed spellings only (the command line's `--no-generate`).
/// Compiled indexes are cached in `cache_dir` (default: the command line's, `$CANONYM_CACHE_DIR`,
/// `$XDG_CACHE_HOME/canonym` or `~/.cache/canonym`); `cache=False` neither reads nor writes it.
///
/// A Matcher is immutable and thread-safe. It pickles as its glossary paths and options and is
/// rebuilt from them (through the cache) where it is unpickled: a Spark executor or a
/// `datasets.map(num_proc=N)` worker loads it once.
#[pyclass(module = "canonym", frozen)]
struct Matcher {
    inner: canonym::Matcher,
    /// The glossary paths (absolute); `None`: the bundled glossaries.
    glossaries: Option<Vec<PathBuf>>,
    generate: bool,
    cache_dir: Option<PathBuf>,
    cache: bool,
    /// The scan's working memory for the one-text calls, kept from call to call: a loop (or a
    /// pandas `apply`) over many short strings then does not start each from nothing. A call
    /// made while another thread holds it uses fresh working memory instead of waiting.
    scratch: Mutex<Scratch>,
}

impl Matcher {
    /// Matches of `text`, short forms resolved; with `fuzzy` also near misses.
    fn matches(&self, text: &str, fuzzy: bool) -> Vec<Match> {
        match self.scratch.try_lock() {
            Ok(mut scratch) => self.inner.find_all_with(text, fuzzy, &mut scratch),
            Err(_) => self.inner.find_all(text, fuzzy),
        }
    }

    /// The matches of `text` as `normalize --format jsonl` prints them, string indices.
    fn match_records(&self, text: &str, matches: &[Match]) -> PyResult<Vec<Value>> {
        let mut index = CharIndex::new(text);
        matches
            .iter()
            .map(|m| {
                let v = serde_json::to_value(MatchRecord::new(&self.inner, m, text, 0))
                    .map_err(|e| error(None, e))?;
                Ok(with_str_indices(v, &mut index))
            })
            .collect()
    }

    /// `f` over `texts` on every core, in order, the GIL released; each worker thread keeps
    /// its scan's working memory from text to text.
    fn batch<R: Send>(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        threads: Option<usize>,
        f: impl Fn(&mut Scratch, &str) -> R + Sync,
    ) -> Vec<R> {
        py.detach(|| {
            let threads = threads.unwrap_or_else(|| {
                std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
            });
            let mut out = Vec::with_capacity(texts.len());
            let pieces = texts.chunks(BATCH).map(Ok::<_, std::convert::Infallible>);
            let _ = Pool::new(threads).run(
                pieces,
                Scratch::default,
                |scratch, piece| Ok(piece.iter().map(|t| f(scratch, t)).collect::<Vec<R>>()),
                |done| {
                    out.extend(done);
                    Ok(())
                },
            );
            out
        })
    }
}

#[pymethods]
impl Matcher {
    #[new]
    #[pyo3(signature = (glossaries=None, generate=true, cache_dir=None, cache=true))]
    fn new(
        py: Python<'_>,
        glossaries: Option<Vec<PathBuf>>,
        generate: bool,
        cache_dir: Option<PathBuf>,
        cache: bool,
    ) -> PyResult<Self> {
        let paths = glossaries.unwrap_or_default();
        let files = GlossaryFiles::resolve(&paths);
        // What the files came from, made absolute, so that an unpickled copy finds them from
        // any working directory.
        let used: Option<Vec<PathBuf>> = if !paths.is_empty() {
            Some(paths)
        } else {
            std::env::var_os("CANONYM_GLOSSARY").and_then(|env| {
                let v: Vec<PathBuf> = std::env::split_paths(&env)
                    .filter(|p| !p.as_os_str().is_empty())
                    .collect();
                (!v.is_empty()).then_some(v)
            })
        };
        let used = used.map(|v| {
            v.into_iter()
                .map(|p| std::path::absolute(&p).unwrap_or(p))
                .collect()
        });
        let cache_dir = cache_dir.map(|d| std::path::absolute(&d).unwrap_or(d));
        let dir = if cache {
            cache_dir.clone().or_else(canonym::default_cache_dir)
        } else {
            None
        };
        let options = MatcherOptions { generate };
        let inner = py.detach(|| {
            if !files.is_complete() {
                // A path could not be read: building reports it with every other problem.
                files.build()?;
            }
            canonym::Matcher::from_sources(files.files(), &options, dir.as_deref())
        });
        let inner = inner.map_err(|e| error(Some("cannot load the glossary"), e))?;
        Ok(Matcher {
            inner,
            glossaries: used,
            generate,
            cache_dir,
            cache,
            scratch: Mutex::default(),
        })
    }

    /// Pickling: the class and the arguments that rebuild this matcher.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let args = (
            self.glossaries.clone(),
            self.generate,
            self.cache_dir.clone(),
            self.cache,
        )
            .into_pyobject(py)?;
        (py.get_type::<Matcher>(), args).into_pyobject(py)
    }

    fn __repr__(&self) -> String {
        let g = match &self.glossaries {
            None => "bundled".to_string(),
            Some(v) => format!(
                "[{}]",
                v.iter()
                    .map(|p| format!("{:?}", p.display().to_string()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        format!(
            "Matcher(glossaries={g}, generate={}, entries={}, spellings={})",
            if self.generate { "True" } else { "False" },
            self.inner.glossary().entries().len(),
            self.inner.spelling_count()
        )
    }

    /// The glossary paths the matcher was built from (absolute), or None for the bundled ones.
    #[getter]
    fn glossaries(&self) -> Option<Vec<PathBuf>> {
        self.glossaries.clone()
    }

    /// Number of entries in the loaded glossaries.
    #[getter]
    fn entry_count(&self) -> usize {
        self.inner.glossary().entries().len()
    }

    /// Number of spellings in the index (listed and generated).
    #[getter]
    fn spelling_count(&self) -> usize {
        self.inner.spelling_count()
    }

    /// `text` with every recognised spelling replaced by its canonical form (as `canonym
    /// normalize` does); `fuzzy=True` also rewrites near misses (`--fuzzy`).
    #[pyo3(signature = (text, fuzzy=false))]
    fn normalize(&self, py: Python<'_>, text: String, fuzzy: bool) -> String {
        py.detach(|| {
            let matches = self.matches(&text, fuzzy);
            self.inner.apply(&text, &matches, fuzzy)
        })
    }

    /// `normalize` of each text, in order, on `threads` cores (default: all), the GIL released.
    #[pyo3(signature = (texts, fuzzy=false, threads=None))]
    fn normalize_batch(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        fuzzy: bool,
        threads: Option<usize>,
    ) -> Vec<String> {
        self.batch(py, texts, threads, |scratch, t| {
            let matches = self.inner.find_all_with(t, fuzzy, scratch);
            self.inner.apply(t, &matches, fuzzy)
        })
    }

    /// The matches in `text`, as `normalize --format jsonl` prints them: dicts with `start`,
    /// `end`, `text`, `id`, `canonical`, `match` (and `candidates` for an ambiguous one), where
    /// `start` and `end` are string indices: `text[m["start"]:m["end"]] == m["text"]`.
    #[pyo3(signature = (text, fuzzy=false))]
    fn find<'py>(&self, py: Python<'py>, text: String, fuzzy: bool) -> PyResult<Bound<'py, PyAny>> {
        let matches = py.detach(|| self.matches(&text, fuzzy));
        let records = self.match_records(&text, &matches)?;
        to_py(py, &Value::Array(records))
    }

    /// `find` of each text, in order: a list of lists of matches, the scan on every core.
    #[pyo3(signature = (texts, fuzzy=false, threads=None))]
    fn find_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        fuzzy: bool,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let all = self.batch(py, texts.clone(), threads, |scratch, t| {
            self.inner.find_all_with(t, fuzzy, scratch)
        });
        let out = PyList::empty(py);
        for (text, matches) in texts.iter().zip(&all) {
            out.append(to_py(
                py,
                &Value::Array(self.match_records(text, matches)?),
            )?)?;
        }
        Ok(out.into_any())
    }

    /// The spellings in `text` that are not the house style, as `check --format json` prints
    /// them (without `path`): `line`, `column`, `end_line`, `end_column` (1-based, columns in
    /// characters), `start` and `end` (string indices), `found`, `replacement`, `id`, `reason`.
    /// `fuzzy=False` does not report near misses (`--no-fuzzy`).
    #[pyo3(signature = (text, fuzzy=true))]
    fn check<'py>(
        &self,
        py: Python<'py>,
        text: String,
        fuzzy: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let found = py.detach(|| {
            let matches = self.matches(&text, fuzzy);
            findings(&self.inner, &text, &matches)
        });
        let mut index = CharIndex::new(&text);
        let records = found
            .iter()
            .map(|f| {
                let v = serde_json::to_value(FindingRecord::new(&self.inner, "", f))
                    .map_err(|e| error(None, e))?;
                Ok(with_str_indices(v, &mut index))
            })
            .collect::<PyResult<Vec<Value>>>()?;
        to_py(py, &Value::Array(records))
    }

    /// The entries a name resolves to, best first, as `lookup --json` prints its `matches`:
    /// dicts with `id`, `canonical`, `kind`, `lang`, `match`, `score` (and with `explain=True`
    /// `spelling` and `rule`). `fuzzy=False` suggests no near misses (`--no-fuzzy`).
    #[pyo3(signature = (query, fuzzy=true, explain=false))]
    fn lookup<'py>(
        &self,
        py: Python<'py>,
        query: String,
        fuzzy: bool,
        explain: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let options = LookupOptions {
            fuzzy,
            ..LookupOptions::default()
        };
        let hits = py.detach(|| self.inner.lookup(&query, &options));
        let answer = LookupAnswer::new(
            &self.inner,
            &Answer {
                query: &query,
                hits: &hits,
            },
            explain,
        );
        let v = serde_json::to_value(answer.matches).map_err(|e| error(None, e))?;
        to_py(py, &v)
    }
}

/// Romanise `text` of language `lang` (`ru`, `ko`, `zh`) under `scheme` (an id from `schemes()`;
/// default: the language's first), as a personal name with `name=True` — as `canonym translit`
/// does.
#[pyfunction]
#[pyo3(signature = (text, lang, scheme=None, name=false))]
fn translit(text: &str, lang: &str, scheme: Option<&str>, name: bool) -> PyResult<String> {
    let scheme = Scheme::find(lang, scheme).map_err(|e| error(None, e))?;
    Ok(if name {
        scheme.apply_name(text)
    } else {
        scheme.apply(text)
    })
}

/// Every transliteration scheme, as `canonym translit --list` shows them: dicts with `lang`,
/// `id`, `year` and `name`.
#[pyfunction]
fn schemes(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let out = PyList::empty(py);
    for s in Scheme::all() {
        let d = PyDict::new(py);
        d.set_item("lang", s.lang().code())?;
        d.set_item("id", s.id())?;
        d.set_item("year", s.year())?;
        d.set_item("name", s.full_name())?;
        out.append(d)?;
    }
    Ok(out)
}

/// The extension module.
#[pymodule]
fn _canonym(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Matcher>()?;
    m.add_function(wrap_pyfunction!(translit, m)?)?;
    m.add_function(wrap_pyfunction!(schemes, m)?)?;
    m.add("Error", m.py().get_type::<Error>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
