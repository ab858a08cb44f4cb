//! Two things made at build time, both cheap and without network:
//!
//! - Embeds every `glossaries/*.toml` file in the binary (a list of `include_str!`s, sorted by
//!   name), so canonym works from any directory with no set-up. No parsing happens here: the files
//!   are validated at run time and by the test suite.
//! - The version that `--version` and SARIF logs name: `0.1.0 (abc1234 2026-12-03)` when built
//!   from a git checkout (the commit and its date), plain `0.1.0` otherwise, as
//!   `CANONYM_VERSION`. The commit is read from `.git` directly (`HEAD`, then the loose ref or
//!   `packed-refs`, following a worktree's `gitdir:` and `commondir`); only the date asks `git`
//!   (a commit object is compressed), and is left out when `git` is not there.

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
};

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    bundle_glossaries(&root);
    let version = env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    let version = match revision(&root) {
        Some(rev) => format!("{version} ({rev})"),
        None => version,
    };
    println!("cargo:rustc-env=CANONYM_VERSION={version}");
}

fn bundle_glossaries(root: &Path) {
    let dir = root.join("glossaries");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "toml"));
    files.sort();
    let mut out = String::from("/// The bundled glossaries: (path as shown in messages, contents).\npub static BUNDLED: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f
            .file_name()
            .and_then(|n| n.to_str())
            .expect("glossary file names are UTF-8");
        out.push_str(&format!(
            "    (\"glossaries/{name}\", include_str!({:?})),\n",
            f.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// `abc1234 2026-12-03` (or `abc1234` without `git`) for the commit checked out at `root`, when
/// `root` is the top of a git checkout; `None` otherwise. Asks cargo to run this again when the
/// checkout moves to another commit.
fn revision(root: &Path) -> Option<String> {
    let dot_git = root.join(".git");
    // A worktree's `.git` is a file naming its git directory; a checkout's is the directory.
    let git_dir = if dot_git.is_file() {
        let link = fs::read_to_string(&dot_git).ok()?;
        root.join(link.strip_prefix("gitdir:")?.trim())
    } else {
        dot_git
    };
    // Branches live in the common directory, shared by every worktree of the repository.
    let common = match fs::read_to_string(git_dir.join("commondir")) {
        Ok(rel) => git_dir.join(rel.trim()),
        Err(_) => git_dir.clone(),
    };
    let head_file = git_dir.join("HEAD");
    let head = fs::read_to_string(&head_file).ok()?;
    // HEAD names a branch (`ref: refs/heads/main`) or, detached, a commit. Any commit, checkout
    // or reset appends to HEAD's reflog: watching it (with HEAD and the ref) catches them all.
    watch(&head_file);
    watch(&git_dir.join("logs").join("HEAD"));
    let hash = match head.trim().strip_prefix("ref:") {
        Some(name) => {
            let name = name.trim();
            let loose = common.join(name);
            watch(&loose);
            let packed = common.join("packed-refs");
            watch(&packed);
            match fs::read_to_string(&loose) {
                Ok(hash) => hash.trim().to_string(),
                Err(_) => fs::read_to_string(&packed).ok()?.lines().find_map(|l| {
                    let (hash, refname) = l.split_once(' ')?;
                    (refname.trim() == name).then(|| hash.to_string())
                })?,
            }
        }
        None => head.trim().to_string(),
    };
    // SHA-1 (40) or SHA-256 (64) hexadecimal object names.
    let valid = matches!(hash.len(), 40 | 64) && hash.bytes().all(|b| b.is_ascii_hexdigit());
    if !valid {
        return None;
    }
    let short = hash[..7].to_ascii_lowercase();
    let date = Command::new("git")
        .arg("--git-dir")
        .arg(&git_dir)
        .args(["log", "-1", "--format=%cd", "--date=short", &hash])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|d| d.trim().to_string())
        .filter(|d| d.len() == 10 && d.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
    Some(match date {
        Some(date) => format!("{short} {date}"),
        None => short,
    })
}

/// Run the build script again when `path` changes; a file that does not exist is not watched
/// (cargo would take it as always changed).
fn watch(path: &Path) {
    if path.exists() {
        println!("cargo:rerun-if-changed={}", path.display());
    }
}
