//! `canonym lsp`: a language server on stdin and stdout, for editors.
//!
//! JSON-RPC 2.0 with `Content-Length` framing, read and answered one message at a time on the
//! calling thread (no threads: a check of a document is milliseconds). What it offers:
//! diagnostics for every open document (source `canonym`, code = the reason, the replacement in
//! `data`), a quick fix per finding (preferred unless it is a guess at a misspelling) and one to
//! fix them all, hover on a name (its canonical form, kind, language, native forms and note), and
//! positions in UTF-8 when the client offers it, else UTF-16 (the protocol's default).
//!
//! Each document is checked under the project configuration found from its folder (see
//! [`canonym::config`]); before each message the configuration and glossary files of the
//! projects in use are compared with what they were (modification times and sizes), and a
//! project whose files changed is loaded again and its documents checked again: no restart.
//! A malformed message gets a JSON-RPC error; nothing a client sends ends the server but `exit`.

use super::args::Cli;
use super::settings::Settings;
use anyhow::Result;
use canonym::check::{check_document, Finding, Reason};
use canonym::config::Config;
use canonym::lines::{Column, LineIndex};
use canonym::prose::Markup;
use canonym::{Matcher, MatcherOptions};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Largest message accepted (a document of this size is not prose to check as it is typed).
const MAX_MESSAGE: usize = 64 << 20;

/// JSON-RPC error codes.
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const METHOD_NOT_FOUND: i64 = -32601;
const INVALID_PARAMS: i64 = -32602;
const SERVER_NOT_INITIALIZED: i64 = -32002;

/// Run the server on stdin and stdout until `exit`; the exit code (0 after `shutdown`).
pub fn run(cli: &Cli) -> Result<u8> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut output = stdout.lock();
    let mut server = Server::new(cli);
    loop {
        let message = match read_message(&mut input) {
            Ok(Some(m)) => m,
            Ok(None) => return Ok(1), // the client went away without `exit`
            Err(Framing::Io(e)) => return Err(e.into()),
            Err(Framing::Bad(why)) => {
                send(
                    &mut output,
                    &error_response(Value::Null, INVALID_REQUEST, &why),
                )?;
                continue;
            }
        };
        let replies = server.handle(&message);
        for r in &replies {
            send(&mut output, r)?;
        }
        if let Some(code) = server.exit {
            return Ok(code);
        }
    }
}

/// Why a message could not be read.
enum Framing {
    Io(io::Error),
    Bad(String),
}

/// Read one message body: headers up to an empty line, then `Content-Length` bytes. `None` at
/// the end of the input.
fn read_message(input: &mut impl BufRead) -> Result<Option<String>, Framing> {
    let mut length: Option<usize> = None;
    let mut bad: Option<String> = None;
    let mut line = String::new();
    let mut any = false;
    loop {
        line.clear();
        let n = input
            .by_ref()
            .take(8192)
            .read_line(&mut line)
            .map_err(Framing::Io)?;
        if n == 0 {
            return if any {
                Err(Framing::Bad("the input ended inside a header".into()))
            } else {
                Ok(None)
            };
        }
        any = true;
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            break;
        }
        match header.split_once(':') {
            Some((name, value)) if name.eq_ignore_ascii_case("content-length") => {
                match value.trim().parse::<usize>() {
                    Ok(n) if n <= MAX_MESSAGE => length = Some(n),
                    Ok(n) => {
                        bad = Some(format!("Content-Length {n} is over {MAX_MESSAGE}"));
                        // Its body is skipped after the headers.
                        length = Some(n);
                    }
                    Err(_) => bad = Some(format!("bad Content-Length `{}`", value.trim())),
                }
            }
            Some(_) => {}
            None => bad = Some(format!("bad header line `{header}`")),
        }
    }
    if let Some(why) = bad {
        if let Some(n) = length {
            io::copy(&mut input.by_ref().take(n as u64), &mut io::sink()).map_err(Framing::Io)?;
        }
        return Err(Framing::Bad(why));
    }
    let Some(length) = length else {
        return Err(Framing::Bad("a message without Content-Length".into()));
    };
    let mut body = vec![0u8; length];
    input.read_exact(&mut body).map_err(Framing::Io)?;
    String::from_utf8(body)
        .map(Some)
        .map_err(|_| Framing::Bad("a message that is not UTF-8".into()))
}

/// Write one message with its header.
fn send(out: &mut impl Write, message: &Value) -> io::Result<()> {
    let body = message.to_string();
    write!(out, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    out.flush()
}

fn error_response(id: Value, code: i64, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
}

fn response(id: Value, result: Value) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "result": result})
}

fn notification(method: &str, params: Value) -> Value {
    json!({"jsonrpc": "2.0", "method": method, "params": params})
}

/// An open document.
struct Document {
    text: String,
    version: Option<i64>,
    /// The project it belongs to (its configuration file, or none).
    project: Option<PathBuf>,
    /// Its findings, as last published.
    findings: Vec<Finding>,
}

/// What a project's settings were read from, to notice a change.
type Stamp = Vec<(PathBuf, Option<(SystemTime, u64)>)>;

/// A project: its settings and matcher, and the stamp of the files they were made from.
struct Project {
    settings: Settings,
    matcher: Option<Matcher>,
    /// Why the matcher could not be made, if it could not.
    problem: Option<String>,
    stamp: Stamp,
}

struct Server<'a> {
    cli: &'a Cli,
    unit: Column,
    initialized: bool,
    shutdown: bool,
    exit: Option<u8>,
    documents: BTreeMap<String, Document>,
    projects: BTreeMap<Option<PathBuf>, Project>,
}

impl<'a> Server<'a> {
    fn new(cli: &'a Cli) -> Self {
        Server {
            cli,
            unit: Column::Utf16,
            initialized: false,
            shutdown: false,
            exit: None,
            documents: BTreeMap::new(),
            projects: BTreeMap::new(),
        }
    }

    /// Handle one message body; the messages to send back.
    fn handle(&mut self, body: &str) -> Vec<Value> {
        let message: Value = match serde_json::from_str(body) {
            Ok(v) => v,
            Err(e) => return vec![error_response(Value::Null, PARSE_ERROR, &e.to_string())],
        };
        let id = message.get("id").cloned();
        let Some(method) = message.get("method").and_then(Value::as_str) else {
            // A response to a request of ours (we send none), or garbage.
            return match id {
                Some(id) if message.get("result").is_none() && message.get("error").is_none() => {
                    vec![error_response(
                        id,
                        INVALID_REQUEST,
                        "a message without a method",
                    )]
                }
                Some(_) => Vec::new(),
                None => vec![error_response(
                    Value::Null,
                    INVALID_REQUEST,
                    "a message without a method",
                )],
            };
        };
        let params = message.get("params").cloned().unwrap_or(Value::Null);
        let mut out = Vec::new();
        if !self.initialized && method != "initialize" && method != "exit" {
            if let Some(id) = id {
                out.push(error_response(
                    id,
                    SERVER_NOT_INITIALIZED,
                    "initialize first",
                ));
            }
            return out;
        }
        // Configuration or glossaries changed since the last message: reload, check again.
        if method != "initialize" && method != "exit" {
            out.extend(self.reload_changed());
        }
        let result = match method {
            "initialize" => Ok(Some(self.initialize(&params))),
            "initialized" => Ok(None),
            "shutdown" => {
                self.shutdown = true;
                Ok(Some(Value::Null))
            }
            "exit" => {
                self.exit = Some(if self.shutdown { 0 } else { 1 });
                Ok(None)
            }
            "textDocument/didOpen" => self.did_open(&params, &mut out).map(|()| None),
            "textDocument/didChange" => self.did_change(&params, &mut out).map(|()| None),
            "textDocument/didSave" => Ok(None),
            "textDocument/didClose" => self.did_close(&params, &mut out).map(|()| None),
            "textDocument/codeAction" => self.code_action(&params).map(Some),
            "textDocument/hover" => self.hover(&params).map(Some),
            "workspace/didChangeWatchedFiles" | "workspace/didChangeConfiguration" => Ok(None),
            _ if id.is_some() => Err((METHOD_NOT_FOUND, format!("unknown method `{method}`"))),
            // Notifications nobody asked for (`$/cancelRequest`, `$/setTrace`) are ignored.
            _ => Ok(None),
        };
        match (id, result) {
            (Some(id), Ok(result)) => out.push(response(id, result.unwrap_or(Value::Null))),
            (Some(id), Err((code, why))) => out.push(error_response(id, code, &why)),
            (None, _) => {}
        }
        out
    }

    fn initialize(&mut self, params: &Value) -> Value {
        let offered = params
            .pointer("/capabilities/general/positionEncodings")
            .and_then(Value::as_array);
        let utf8 = offered.is_some_and(|l| l.iter().any(|e| e == "utf-8"));
        self.unit = if utf8 { Column::Bytes } else { Column::Utf16 };
        self.initialized = true;
        json!({
            "capabilities": {
                "positionEncoding": if utf8 { "utf-8" } else { "utf-16" },
                "textDocumentSync": {"openClose": true, "change": 2, "save": false},
                "codeActionProvider": {"codeActionKinds": ["quickfix"]},
                "hoverProvider": true,
            },
            "serverInfo": {"name": "canonym", "version": env!("CARGO_PKG_VERSION")},
        })
    }

    fn did_open(&mut self, params: &Value, out: &mut Vec<Value>) -> Result<(), (i64, String)> {
        let doc = params
            .get("textDocument")
            .ok_or_else(missing("textDocument"))?;
        let uri = str_at(doc, "uri")?.to_string();
        let text = str_at(doc, "text")?.to_string();
        let version = doc.get("version").and_then(Value::as_i64);
        let project = self.project_of(&uri);
        self.documents.insert(
            uri.clone(),
            Document {
                text,
                version,
                project,
                findings: Vec::new(),
            },
        );
        out.extend(self.publish(&uri));
        Ok(())
    }

    fn did_change(&mut self, params: &Value, out: &mut Vec<Value>) -> Result<(), (i64, String)> {
        let doc = params
            .get("textDocument")
            .ok_or_else(missing("textDocument"))?;
        let uri = str_at(doc, "uri")?.to_string();
        let unit = self.unit;
        let Some(d) = self.documents.get_mut(&uri) else {
            return Err((INVALID_PARAMS, format!("{uri} is not open")));
        };
        d.version = doc.get("version").and_then(Value::as_i64);
        let changes = params
            .get("contentChanges")
            .and_then(Value::as_array)
            .ok_or_else(missing("contentChanges"))?;
        for change in changes {
            let new = str_at(change, "text")?;
            match change.get("range") {
                Some(range) => {
                    let lines = LineIndex::new(&d.text);
                    let (s, e) = byte_range(&lines, range, unit)?;
                    d.text.replace_range(s..e, new);
                }
                None => d.text = new.to_string(),
            }
        }
        out.extend(self.publish(&uri));
        Ok(())
    }

    fn did_close(&mut self, params: &Value, out: &mut Vec<Value>) -> Result<(), (i64, String)> {
        let doc = params
            .get("textDocument")
            .ok_or_else(missing("textDocument"))?;
        let uri = str_at(doc, "uri")?;
        self.documents.remove(uri);
        out.push(notification(
            "textDocument/publishDiagnostics",
            json!({"uri": uri, "diagnostics": []}),
        ));
        Ok(())
    }

    /// The project of the document at `uri`: its configuration file (made ready to use).
    fn project_of(&mut self, uri: &str) -> Option<PathBuf> {
        let key = if self.cli.no_config {
            None
        } else if let Some(c) = &self.cli.config {
            Some(c.clone())
        } else {
            path_of(uri)
                .and_then(|p| p.parent().map(Path::to_path_buf))
                .and_then(|dir| Config::discover(&dir))
        };
        if !self.projects.contains_key(&key) {
            let project = self.load(key.as_deref());
            self.projects.insert(key.clone(), project);
        }
        key
    }

    /// Load the project of the configuration `path` (none: the defaults).
    fn load(&self, path: Option<&Path>) -> Project {
        let config = path.map(Config::load);
        let (config, mut problem) = match config {
            None => (None, None),
            Some(Ok(c)) => (Some(c), None),
            Some(Err(e)) => (None, Some(e.to_string())),
        };
        let settings = Settings::resolve(self.cli, config);
        let files = settings.glossary_files();
        let options = MatcherOptions {
            generate: settings.generate.value,
        };
        let matcher = if problem.is_some() {
            None
        } else {
            match Matcher::from_sources(files.files(), &options, None) {
                Ok(m) if files.is_complete() => Some(m),
                Ok(_) => {
                    problem = files.build().err().map(|e| e.to_string());
                    None
                }
                Err(e) => {
                    problem = Some(e.to_string());
                    None
                }
            }
        };
        Project {
            stamp: stamp_of(path, &settings),
            settings,
            matcher,
            problem,
        }
    }

    /// Reload the projects whose files changed and check their documents again; also move a
    /// document to another project when a configuration file appeared or went away.
    fn reload_changed(&mut self) -> Vec<Value> {
        let mut out = Vec::new();
        let changed: Vec<Option<PathBuf>> = self
            .projects
            .iter()
            .filter(|(key, p)| stamp_of(key.as_deref(), &p.settings) != p.stamp)
            .map(|(key, _)| key.clone())
            .collect();
        for key in &changed {
            let project = self.load(key.as_deref());
            self.projects.insert(key.clone(), project);
        }
        let uris: Vec<String> = self.documents.keys().cloned().collect();
        for uri in uris {
            let key = self.project_of(&uri);
            let d = self.documents.get_mut(&uri).expect("an open document");
            if d.project != key || changed.contains(&key) {
                d.project = key;
                out.extend(self.publish(&uri));
            }
        }
        // Projects no open document uses are dropped.
        let used: Vec<Option<PathBuf>> =
            self.documents.values().map(|d| d.project.clone()).collect();
        self.projects.retain(|k, _| used.contains(k));
        out
    }

    /// Check the document at `uri` and publish its diagnostics.
    fn publish(&mut self, uri: &str) -> Vec<Value> {
        let Some(d) = self.documents.get(uri) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let project = self.projects.get(&d.project);
        let findings = match project {
            Some(Project {
                matcher: Some(m),
                settings,
                ..
            }) => findings_of(m, settings, uri, &d.text),
            Some(Project {
                problem: Some(why), ..
            }) => {
                out.push(notification(
                    "window/showMessage",
                    json!({"type": 1, "message": format!("canonym: {why}")}),
                ));
                Vec::new()
            }
            _ => Vec::new(),
        };
        let severity = project.map_or(2, |p| p.settings.severity.value.lsp());
        let lines = LineIndex::new(&d.text);
        let matcher = project.and_then(|p| p.matcher.as_ref());
        let diagnostics: Vec<Value> = findings
            .iter()
            .map(|f| diagnostic(f, &lines, self.unit, severity, matcher))
            .collect();
        let mut params = json!({"uri": uri, "diagnostics": diagnostics});
        if let Some(v) = d.version {
            params["version"] = json!(v);
        }
        out.push(notification("textDocument/publishDiagnostics", params));
        if let Some(d) = self.documents.get_mut(uri) {
            d.findings = findings;
        }
        out
    }

    fn code_action(&self, params: &Value) -> Result<Value, (i64, String)> {
        let uri = str_at(
            params
                .get("textDocument")
                .ok_or_else(missing("textDocument"))?,
            "uri",
        )?;
        let Some(d) = self.documents.get(uri) else {
            return Ok(json!([]));
        };
        let lines = LineIndex::new(&d.text);
        let range = params.get("range").ok_or_else(missing("range"))?;
        let (s, e) = byte_range(&lines, range, self.unit)?;
        let matcher = self
            .projects
            .get(&d.project)
            .and_then(|p| p.matcher.as_ref());
        let severity = self
            .projects
            .get(&d.project)
            .map_or(2, |p| p.settings.severity.value.lsp());
        let mut actions = Vec::new();
        for f in &d.findings {
            // A finding the range touches (an empty range: the cursor inside or at its edge).
            if f.start > e || f.end < s {
                continue;
            }
            let guess = f.reason == Reason::Misspelling;
            let title = if guess {
                format!("Did you mean “{}”?", f.replacement)
            } else {
                format!("Replace with “{}”", f.replacement)
            };
            actions.push(json!({
                "title": title,
                "kind": "quickfix",
                "isPreferred": !guess,
                "diagnostics": [diagnostic(f, &lines, self.unit, severity, matcher)],
                "edit": {"changes": {uri: [edit(f, &lines, self.unit)]}},
            }));
        }
        // Misspellings are guesses: fixing them all at once is not offered.
        let sure: Vec<Value> = d
            .findings
            .iter()
            .filter(|f| f.reason != Reason::Misspelling)
            .map(|f| edit(f, &lines, self.unit))
            .collect();
        if !sure.is_empty() {
            actions.push(json!({
                "title": "Fix all canonym findings in this file",
                "kind": "quickfix",
                "edit": {"changes": {uri: sure}},
            }));
        }
        Ok(Value::Array(actions))
    }

    fn hover(&self, params: &Value) -> Result<Value, (i64, String)> {
        let uri = str_at(
            params
                .get("textDocument")
                .ok_or_else(missing("textDocument"))?,
            "uri",
        )?;
        let Some(d) = self.documents.get(uri) else {
            return Ok(Value::Null);
        };
        let Some(project) = self.projects.get(&d.project) else {
            return Ok(Value::Null);
        };
        let Some(matcher) = &project.matcher else {
            return Ok(Value::Null);
        };
        let lines = LineIndex::new(&d.text);
        let position = params.get("position").ok_or_else(missing("position"))?;
        let at = offset_of(&lines, position, self.unit)?;
        let markup = markup_of(&project.settings, uri);
        let matches = matcher.find_in(&d.text, markup, project.settings.fuzzy.value);
        let Some((m, entry)) = matches
            .iter()
            .filter(|m| m.start <= at && at <= m.end)
            .find_map(|m| m.entry.map(|e| (m, matcher.entry(e))))
        else {
            return Ok(Value::Null);
        };
        let mut text = format!(
            "**{}** — {}, {}",
            entry.canonical,
            entry.kind.as_str(),
            entry.lang
        );
        if !entry.native.is_empty() {
            text.push_str(&format!("\n\nNative: {}", entry.native.join(", ")));
        }
        if let Some(note) = &entry.note {
            text.push_str(&format!("\n\n{note}"));
        }
        text.push_str(&format!("\n\n`{}` ({})", entry.id, m.kind.as_str()));
        Ok(json!({
            "contents": {"kind": "markdown", "value": text},
            "range": range_of(&lines, m.start, m.end, self.unit),
        }))
    }
}

/// The findings of `text` (the document at `uri`) under a project's settings.
fn findings_of(matcher: &Matcher, settings: &Settings, uri: &str, text: &str) -> Vec<Finding> {
    if let (Some(c), Some(path)) = (&settings.config, path_of(uri)) {
        if c.is_excluded(&path) {
            return Vec::new();
        }
    }
    let mut findings = check_document(
        matcher,
        text,
        markup_of(settings, uri),
        settings.fuzzy.value,
    );
    if let Some(c) = &settings.config {
        findings.retain(|f| !c.accepts(&f.found));
    }
    findings
}

/// The markup of the document at `uri`: the configuration's, else by its extension.
fn markup_of(settings: &Settings, uri: &str) -> Markup {
    settings.markup.value.unwrap_or_else(|| {
        let name = uri.rsplit('/').next().unwrap_or("");
        Markup::of_path(Path::new(name))
    })
}

/// The diagnostic of a finding.
fn diagnostic(
    f: &Finding,
    lines: &LineIndex,
    unit: Column,
    severity: u8,
    matcher: Option<&Matcher>,
) -> Value {
    let message = match f.reason {
        Reason::Misspelling => format!("“{}”: did you mean “{}”?", f.found, f.replacement),
        _ => format!("“{}”: house style is “{}”", f.found, f.replacement),
    };
    let id = matcher.map(|m| m.entry(f.entry).id.clone());
    json!({
        "range": range_of(lines, f.start, f.end, unit),
        "severity": severity,
        "code": f.reason.as_str(),
        "source": "canonym",
        "message": message,
        "data": {"replacement": f.replacement, "id": id},
    })
}

/// The text edit that fixes a finding.
fn edit(f: &Finding, lines: &LineIndex, unit: Column) -> Value {
    json!({"range": range_of(lines, f.start, f.end, unit), "newText": f.replacement})
}

/// An LSP range of the bytes `start..end`.
pub fn range_of(lines: &LineIndex, start: usize, end: usize, unit: Column) -> Value {
    json!({"start": position_of(lines, start, unit), "end": position_of(lines, end, unit)})
}

/// An LSP position of byte `offset`.
pub fn position_of(lines: &LineIndex, offset: usize, unit: Column) -> Value {
    json!({"line": lines.line_of(offset), "character": lines.column(offset, unit)})
}

/// The byte offset of an LSP position.
fn offset_of(lines: &LineIndex, position: &Value, unit: Column) -> Result<usize, (i64, String)> {
    let n = |k: &str| {
        position
            .get(k)
            .and_then(Value::as_u64)
            .map(|v| v as usize)
            .ok_or_else(|| (INVALID_PARAMS, format!("a position without `{k}`")))
    };
    Ok(lines.offset(n("line")?, n("character")?, unit))
}

/// The byte range of an LSP range (start and end in order).
fn byte_range(
    lines: &LineIndex,
    range: &Value,
    unit: Column,
) -> Result<(usize, usize), (i64, String)> {
    let s = offset_of(
        lines,
        range.get("start").ok_or_else(missing("range.start"))?,
        unit,
    )?;
    let e = offset_of(
        lines,
        range.get("end").ok_or_else(missing("range.end"))?,
        unit,
    )?;
    Ok((s.min(e), s.max(e)))
}

fn missing(what: &'static str) -> impl Fn() -> (i64, String) {
    move || (INVALID_PARAMS, format!("missing `{what}`"))
}

fn str_at<'v>(v: &'v Value, key: &str) -> Result<&'v str, (i64, String)> {
    v.get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| (INVALID_PARAMS, format!("missing `{key}`")))
}

/// The file of a `file://` URI (percent-decoded), if it is one.
fn path_of(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&rest[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).ok().map(PathBuf::from)
}

/// The modification times and sizes of the files a project was made from: its configuration,
/// its glossary files, and the folders among its glossary paths (a file added to one).
fn stamp_of(config: Option<&Path>, settings: &Settings) -> Stamp {
    let mut paths: Vec<PathBuf> = config.map(Path::to_path_buf).into_iter().collect();
    for p in &settings.glossaries.value {
        paths.push(p.clone());
        if let Ok(dir) = std::fs::read_dir(p) {
            let mut files: Vec<PathBuf> = dir.flatten().map(|e| e.path()).collect();
            files.sort();
            paths.extend(files);
        }
    }
    paths
        .into_iter()
        .map(|p| {
            let meta = std::fs::metadata(&p).ok();
            let stamp = meta.and_then(|m| Some((m.modified().ok()?, m.len())));
            (p, stamp)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Columns are right for Hangul, Han, emoji and combining marks, in UTF-16 and UTF-8, both
    /// ways.
    #[test]
    fn positions_in_both_encodings() {
        // "e\u{301}" is e + a combining acute: two characters, two UTF-16 units, three bytes.
        let text = "김정은 習近平 😀 e\u{301} Kim\nx";
        let lines = LineIndex::new(text);
        let kim = text.find("Kim").unwrap();
        let cases = [
            (Column::Utf16, 3 + 1 + 3 + 1 + 2 + 1 + 2 + 1),
            (Column::Bytes, 9 + 1 + 9 + 1 + 4 + 1 + 3 + 1),
        ];
        for (unit, column) in cases {
            let p = position_of(&lines, kim, unit);
            assert_eq!(p, json!({"line": 0, "character": column}), "{unit:?}");
            assert_eq!(offset_of(&lines, &p, unit).unwrap(), kim);
        }
        let emoji = text.find('😀').unwrap();
        assert_eq!(
            position_of(&lines, emoji + 4, Column::Utf16)["character"],
            10
        );
        // A position inside a surrogate pair is the character's start.
        let inside = json!({"line": 0, "character": 9});
        assert_eq!(offset_of(&lines, &inside, Column::Utf16).unwrap(), emoji);
        // Past the end of a line: the line's end.
        let past = json!({"line": 1, "character": 99});
        assert_eq!(offset_of(&lines, &past, Column::Utf16).unwrap(), text.len());
    }

    #[test]
    fn frames_are_read_and_bad_ones_reported() {
        let mut input: &[u8] = b"Content-Length: 2\r\n\r\n{}Content-Type: x\r\n\r\n";
        assert_eq!(
            read_message(&mut input).ok().flatten().as_deref(),
            Some("{}")
        );
        assert!(matches!(read_message(&mut input), Err(Framing::Bad(_))));
        assert!(matches!(read_message(&mut input), Ok(None)));
        let mut input: &[u8] = b"Content-Length: 99999999999\r\n\r\n";
        assert!(matches!(read_message(&mut input), Err(Framing::Bad(_))));
    }

    #[test]
    fn file_uris_become_paths() {
        assert_eq!(
            path_of("file:///a/b%20c.md"),
            Some(PathBuf::from("/a/b c.md"))
        );
        assert_eq!(path_of("untitled:1"), None);
    }
}
