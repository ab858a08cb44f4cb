//! `canonym lsp`, driven as an editor drives it: the real binary over stdio, JSON-RPC with
//! `Content-Length` framing. Initialize (position encoding negotiated), open, change
//! (incremental), diagnostics, code actions, hover, a glossary edit picked up without a restart,
//! close, malformed messages, shutdown and exit.

use crate::util::Sandbox;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A running server and the client's end of its pipes.
struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: mpsc::Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start(t: &Sandbox, args: &[&str]) -> Client {
        let mut cmd: Command = t.canonym(args.iter().copied()).command();
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped());
        let mut child = cmd.spawn().expect("start canonym lsp");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        // The test reads the server's output on a thread of its own, so that a hung server fails
        // the test by a timeout instead of hanging it.
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || read_all(stdout, &tx));
        Client {
            child,
            stdin,
            messages: rx,
            next_id: 1,
        }
    }

    fn send_raw(&mut self, body: &[u8]) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        let m = json!({"jsonrpc": "2.0", "method": method, "params": params});
        self.send_raw(m.to_string().as_bytes());
    }

    /// Send a request and wait for its response; notifications met on the way are returned too.
    fn request(&mut self, method: &str, params: Value) -> (Value, Vec<Value>) {
        let id = self.next_id;
        self.next_id += 1;
        let m = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        self.send_raw(m.to_string().as_bytes());
        let mut seen = Vec::new();
        loop {
            let msg = self.next();
            if msg.get("id") == Some(&json!(id)) && msg.get("method").is_none() {
                return (msg, seen);
            }
            seen.push(msg);
        }
    }

    fn next(&mut self) -> Value {
        self.messages
            .recv_timeout(Duration::from_secs(60))
            .expect("a message from the server within 60 s")
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let msg = self.next();
            if msg["method"] == "textDocument/publishDiagnostics" && msg["params"]["uri"] == uri {
                return msg["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }
}

/// Read framed messages until the pipe closes.
fn read_all(stdout: ChildStdout, tx: &mpsc::Sender<Value>) {
    let mut r = BufReader::new(stdout);
    loop {
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length: ") {
                length = v.parse().expect("a Content-Length");
            }
        }
        let mut body = vec![0u8; length];
        if r.read_exact(&mut body).is_err() {
            return;
        }
        let v: Value = serde_json::from_slice(&body).expect("the server sends JSON");
        if tx.send(v).is_err() {
            return;
        }
    }
}

const GLOSSARY: &str = "[[entry]]\ncanonical = \"Yun Pong Hak\"\nkind = \"person\"\nlang = \"ko\"\nnative = [\"윤봉학\"]\nnote = \"A test name.\"\n";

/// Hangul, Han, an emoji and a combining mark before the name, so that columns count.
const LINE: &str = "한국 習 😀 e\u{301} YUN PONG-HAK and `YUN PONG-HAK`.\n";

#[test]
fn an_editor_session_from_initialize_to_exit() {
    let t = Sandbox::new();
    t.write("names/house.toml", GLOSSARY);
    t.write(
        "canonym.toml",
        "glossaries = [\"names/\"]\n[lsp]\nseverity = \"information\"\n",
    );
    let doc = t.write("docs/a.md", LINE);
    let uri = format!("file://{}", doc.display());
    let mut c = Client::start(&t, &["lsp"]);

    // A request before initialize is refused; initialize negotiates UTF-16 by default.
    let (r, _) = c.request("textDocument/hover", json!({}));
    assert_eq!(r["error"]["code"], -32002);
    let (r, _) = c.request("initialize", json!({"capabilities": {}}));
    let caps = &r["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(caps["textDocumentSync"]["change"], 2);
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(
        caps["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix"])
    );
    c.notify("initialized", json!({}));

    // Open: one diagnostic (the code span is skipped), in UTF-16 columns.
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": LINE}}),
    );
    let d = c.diagnostics(&uri);
    assert_eq!(d.len(), 1, "{d:?}");
    let col = "한국 習 😀 e\u{301} ".encode_utf16().count();
    assert_eq!(
        d[0]["range"],
        json!({"start": {"line": 0, "character": col}, "end": {"line": 0, "character": col + 12}})
    );
    assert_eq!(d[0]["source"], "canonym");
    assert_eq!(d[0]["code"], "style");
    assert_eq!(d[0]["severity"], 3);
    assert!(
        d[0]["message"].as_str().unwrap().contains("Yun Pong Hak"),
        "{}",
        d[0]
    );
    assert_eq!(d[0]["data"]["replacement"], "Yun Pong Hak");

    // Code actions at the finding: a preferred quick fix, and fix-all.
    let (r, _) = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": d[0]["range"], "context": {"diagnostics": d}}),
    );
    let actions = r["result"].as_array().unwrap();
    assert_eq!(actions.len(), 2, "{actions:?}");
    assert_eq!(actions[0]["kind"], "quickfix");
    assert_eq!(actions[0]["isPreferred"], true);
    let edit = &actions[0]["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "Yun Pong Hak");
    assert_eq!(edit["range"], d[0]["range"]);
    assert_eq!(actions[1]["title"], "Fix all canonym findings in this file");

    // Hover on the name: canonical form, kind, language, native forms, note.
    let (r, _) = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": col + 2}}),
    );
    let text = r["result"]["contents"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    for part in ["Yun Pong Hak", "person", "ko", "윤봉학", "A test name."] {
        assert!(text.contains(part), "{part} missing from {text}");
    }
    // Hover on nothing.
    let (r, _) = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    assert!(
        r["result"].is_null()
            || r["result"]["contents"]["value"]
                .as_str()
                .unwrap()
                .contains("Yun Pong Hak")
    );

    // An incremental change: a misspelling typed at the start of line 2.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}},
             "text": "Then Yun Pomg Hak came."}
        ]}),
    );
    let d = c.diagnostics(&uri);
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[1]["code"], "misspelling");
    assert_eq!(d[1]["range"]["start"], json!({"line": 1, "character": 5}));
    // Its quick fix is offered, never preferred, and left out of fix-all.
    let (r, _) = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": d[1]["range"], "context": {"diagnostics": []}}),
    );
    let actions = r["result"].as_array().unwrap();
    assert_eq!(actions[0]["isPreferred"], false);
    let all = actions.last().unwrap();
    assert_eq!(all["edit"]["changes"][&uri].as_array().unwrap().len(), 1);

    // The glossary is edited: the next message sees it, without a restart.
    std::thread::sleep(Duration::from_millis(20));
    t.write(
        "names/house.toml",
        "[[entry]]\ncanonical = \"YUN PONG-HAK\"\nnative = [\"윤봉학\"]\n",
    );
    let (_, seen) = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    let republished: Vec<&Value> = seen
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .collect();
    assert_eq!(republished.len(), 1, "{seen:?}");
    let d = republished[0]["params"]["diagnostics"].as_array().unwrap();
    assert!(
        d.iter().all(|x| x["data"]["replacement"] == "YUN PONG-HAK"),
        "{d:?}"
    );

    // Malformed messages get errors; the server goes on.
    c.send_raw(b"{not json");
    assert_eq!(c.next()["error"]["code"], -32700);
    let (r, _) = c.request("no/such/method", json!({}));
    assert_eq!(r["error"]["code"], -32601);
    let (r, _) = c.request("textDocument/codeAction", json!({"textDocument": {}}));
    assert_eq!(r["error"]["code"], -32602);

    // Close clears the diagnostics.
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(c.diagnostics(&uri).is_empty());

    // Shutdown, exit: a clean end.
    let (r, _) = c.request("shutdown", Value::Null);
    assert!(r["result"].is_null() && r.get("error").is_none(), "{r}");
    c.notify("exit", Value::Null);
    let status = c.child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let t = Sandbox::new();
    t.write("names/house.toml", GLOSSARY);
    let doc = t.write("a.txt", LINE);
    let uri = format!("file://{}", doc.display());
    let mut c = Client::start(&t, &["-g", "names/", "lsp"]);
    let (r, _) = c.request(
        "initialize",
        json!({"capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}}),
    );
    assert_eq!(r["result"]["capabilities"]["positionEncoding"], "utf-8");
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": LINE}}),
    );
    // Plain text: the code span is prose too; columns in bytes; the default severity (warning).
    let d = c.diagnostics(&uri);
    assert_eq!(d.len(), 2, "{d:?}");
    let col = "한국 習 😀 e\u{301} ".len();
    assert_eq!(d[0]["range"]["start"]["character"], col);
    assert_eq!(d[0]["severity"], 2);
    // The end of the input without exit: the server stops (code 1, as the protocol says).
    drop(c.stdin);
    assert_eq!(c.child.wait().unwrap().code(), Some(1));
}
