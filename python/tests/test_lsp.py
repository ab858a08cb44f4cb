"""`canonym lsp` driven as editors drive it: by pytest-lsp, a maintained LSP client (pygls), over
stdio, against the real binary ($CANONYM_BIN, else target/debug/canonym).

One session per editor whose capabilities pytest-lsp ships: Neovim offers UTF-8 positions, VS Code
only UTF-16 (the protocol's default), so the same document is checked under both position
encodings. The session goes through initialize, didOpen of a Markdown document with variants,
the diagnostics (code, source, severity, message, the replacement in `data`), a quick fix applied
as the editor applies it, hover, an incremental didChange, an edit of the project's glossary
picked up without a restart, didClose, a malformed request, and shutdown/exit.
"""

from __future__ import annotations

import asyncio
import os
import pathlib
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("CANONYM_BIN") or str(ROOT / "target" / "debug" / "canonym")

# How long a reply may take (a debug build checks a small document in milliseconds).
TIMEOUT = 60

# Editors whose recorded capabilities pytest-lsp ships, and the encoding each must get: Neovim 0.11
# offers UTF-8, VS Code 1.65 offers nothing (so UTF-16).
EDITORS = [("neovim@v0.11.0", "utf-8"), ("visual-studio-code@v1.65.2", "utf-16")]

# A project glossary: one person, with native forms, a variant and a note for the hover.
GLOSSARY = """\
[glossary]
name = "House names"
lang = "ko"

[[entry]]
id = "kim-jong-un"
canonical = "Kim Jong Un"
kind = "person"
native = ["김정은"]
variants = ["Kim Chong-un"]
note = "Leader of North Korea since 2011"
"""

# The same glossary with one more entry, written during the session.
MORE = """
[[entry]]
id = "pyongyang"
canonical = "Pyongyang"
kind = "place"
native = ["평양"]
"""

CONFIG = """\
glossaries = ["house.toml"]
bundled = false
generate = false

[lsp]
severity = "error"
"""

# Hangul, an emoji (two UTF-16 units, four bytes) and a combining mark before the names on the
# same line: the columns differ in every encoding.
DOCUMENT = """\
# Visit

😀 김정은 e\u0301 met KIM JONG-UN in `Kim Chong-un` code.
Then Kim Chong-un left for 평양.
"""


def column(line: str, index: int, encoding: str) -> int:
    """The LSP column of the character at `index` (a Python string index) in `line`."""
    head = line[:index]
    if encoding == "utf-8":
        return len(head.encode("utf-8"))
    return len(head.encode("utf-16-le")) // 2


def index_of(line: str, character: int, encoding: str) -> int:
    """The Python string index of the LSP column `character` in `line`."""
    for i in range(len(line) + 1):
        if column(line, i, encoding) >= character:
            return i
    return len(line)


def apply_edits(text: str, edits: list[types.TextEdit], encoding: str) -> str:
    """`text` with `edits` applied, as an editor applies a workspace edit (from the last)."""
    lines = text.split("\n")

    def offset(p: types.Position) -> int:
        return sum(len(l) + 1 for l in lines[: p.line]) + index_of(lines[p.line], p.character, encoding)

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for s, e, new in spans:
        text = text[:s] + new + text[e:]
    return text


def span(text: str, r: types.Range, encoding: str) -> str:
    """The text of `text` in the range `r`."""
    lines = text.split("\n")
    assert r.start.line == r.end.line
    line = lines[r.start.line]
    return line[index_of(line, r.start.character, encoding) : index_of(line, r.end.character, encoding)]


@pytest.fixture
def project(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / "canonym.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "house.toml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    return tmp_path


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[BIN, "lsp"]),
    params=EDITORS,
    ids=[e for e, _ in EDITORS],
)
async def client(lsp_client: LanguageClient, request):
    editor, _ = request.param
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities(editor))
    )
    lsp_client.server_result = result
    lsp_client.encoding = result.capabilities.position_encoding
    yield
    await lsp_client.shutdown_session()


async def diagnostics_after(client: LanguageClient, uri: str, send) -> list[types.Diagnostic]:
    """Send a notification with `send()` and return the diagnostics the server publishes next."""
    waiting = client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    send()
    params: types.PublishDiagnosticsParams = await asyncio.wait_for(waiting, TIMEOUT)
    assert params.uri == uri
    return list(params.diagnostics)


@pytest.mark.asyncio(loop_scope="function")
async def test_editor_session(client: LanguageClient, project: pathlib.Path, request):
    editor, encoding = request.node.callspec.params["client"]
    assert client.encoding == encoding, editor
    result: types.InitializeResult = client.server_result

    # initialize: the encoding negotiated, incremental sync, quick fixes and hover offered.
    caps = result.capabilities
    assert caps.position_encoding == encoding, editor
    sync = caps.text_document_sync
    assert sync.change == types.TextDocumentSyncKind.Incremental and sync.open_close
    assert types.CodeActionKind.QuickFix in caps.code_action_provider.code_action_kinds
    assert caps.hover_provider
    assert result.server_info.name == "canonym"

    # didOpen a Markdown document: the variants in prose are reported, the one in code is not.
    doc = project / "docs" / "visit.md"
    uri = doc.as_uri()
    text = DOCUMENT
    found = await diagnostics_after(
        client,
        uri,
        lambda: client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
            )
        ),
    )
    seen = [(span(text, d.range, encoding), d.code, d.range.start.line) for d in found]
    assert seen == [
        ("김정은", "variant", 2),
        ("KIM JONG-UN", "style", 2),
        ("Kim Chong-un", "variant", 3),
    ], seen
    for d in found:
        assert d.source == "canonym"
        assert d.severity == types.DiagnosticSeverity.Error  # [lsp] severity = "error"
        assert "Kim Jong Un" in d.message
        assert d.data == {"replacement": "Kim Jong Un", "id": "kim-jong-un"}
    # The column of the style finding, counted in the negotiated encoding.
    line = text.split("\n")[2]
    style = found[1]
    assert style.range.start.character == column(line, line.index("KIM"), encoding)

    # codeAction on the style finding: one preferred quick fix, and "fix all".
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=style.range,
            context=types.CodeActionContext(diagnostics=[style]),
        )
    )
    fixes = [a for a in actions if a.is_preferred]
    assert len(fixes) == 1 and fixes[0].kind == types.CodeActionKind.QuickFix
    assert "Kim Jong Un" in fixes[0].title
    fixed = apply_edits(text, fixes[0].edit.changes[uri], encoding)
    assert fixed == text.replace("KIM JONG-UN", "Kim Jong Un")
    every = [a for a in actions if a.title == "Fix all canonym findings in this file"]
    assert len(every) == 1
    assert apply_edits(text, every[0].edit.changes[uri], encoding) == (
        "# Visit\n\n😀 Kim Jong Un e\u0301 met Kim Jong Un in `Kim Chong-un` code.\n"
        "Then Kim Jong Un left for 평양.\n"
    )

    # hover on the name: its canonical form, kind, language, native forms and note.
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=2, character=style.range.start.character + 2),
        )
    )
    value = hover.contents.value
    for part in ["Kim Jong Un", "person", "ko", "김정은", "Leader of North Korea since 2011"]:
        assert part in value, value
    assert hover.range == style.range

    # didChange, incremental: the quick fix applied as the editor applies it; its finding goes.
    edit = fixes[0].edit.changes[uri][0]
    text = fixed
    found = await diagnostics_after(
        client,
        uri,
        lambda: client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[
                    types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)
                ],
            )
        ),
    )
    assert [span(text, d.range, encoding) for d in found] == ["김정은", "Kim Chong-un"]

    # The project's glossary gains an entry: picked up at the next message, without a restart.
    stamp = (project / "house.toml").stat().st_mtime_ns
    (project / "house.toml").write_text(GLOSSARY + MORE, encoding="utf-8")
    # Make sure the modification time moves even on a coarse clock.
    os.utime(project / "house.toml", ns=(stamp + 2_000_000_000, stamp + 2_000_000_000))
    end = types.Position(line=4, character=0)
    text = text + "\n"
    found = await diagnostics_after(
        client,
        uri,
        lambda: client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
                content_changes=[
                    types.TextDocumentContentChangePartial(range=types.Range(start=end, end=end), text="\n")
                ],
            )
        ),
    )
    assert [(span(text, d.range, encoding), d.data["replacement"]) for d in found] == [
        ("김정은", "Kim Jong Un"),
        ("Kim Chong-un", "Kim Jong Un"),
        ("평양", "Pyongyang"),
    ]

    # A request the server does not know gets a JSON-RPC error; the server goes on.
    with pytest.raises(Exception) as error:
        await client.protocol.send_request_async("canonym/nothing", {"x": 1})
    assert "unknown method" in str(error.value)

    # didClose clears the diagnostics.
    found = await diagnostics_after(
        client,
        uri,
        lambda: client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        ),
    )
    assert found == []

    # shutdown, then exit: the server ends cleanly (exit code 0).
    await client.shutdown_session()
    assert client._server.returncode == 0
    client.capabilities = None  # the fixture's own shutdown has nothing left to do


@pytest.mark.asyncio(loop_scope="function")
async def test_html_quick_fix_keeps_references(client: LanguageClient, project: pathlib.Path):
    """An HTML document: the quick fix keeps the document's `&nbsp;` between the words."""
    uri = (project / "docs" / "page.html").as_uri()
    text = "<p>KIM&nbsp;CHONG-UN met <code>Kim Chong-un</code>.</p>\n"
    found = await diagnostics_after(
        client,
        uri,
        lambda: client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="html", version=1, text=text)
            )
        ),
    )
    assert len(found) == 1
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=found[0].range,
            context=types.CodeActionContext(diagnostics=found),
        )
    )
    fix = next(a for a in actions if a.is_preferred)
    assert apply_edits(text, fix.edit.changes[uri], client.encoding) == (
        "<p>Kim&nbsp;Jong Un met <code>Kim Chong-un</code>.</p>\n"
    )


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
