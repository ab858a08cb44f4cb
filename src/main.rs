//! The `canonym` binary: parses arguments, runs the command, maps the outcome to an exit code
//! (0 clean or found, 1 findings or not found, 2 error). All the work is in the library.

mod cli;

/// mimalloc: the glossary build and the scan allocate many small strings.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

fn main() -> ExitCode {
    let code = run();
    if std::env::var_os("CANONYM_PEAK_RSS").is_some() {
        // For the benchmark: the process's peak resident memory, as the kernel counts it.
        if let Some(kb) = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines().find_map(|l| {
                    l.strip_prefix("VmHWM:")
                        .map(|v| v.trim().trim_end_matches(" kB").to_string())
                })
            })
        {
            eprintln!("canonym: peak-rss-kb {kb}");
        }
    }
    code
}

fn run() -> ExitCode {
    match cli::run() {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if cli::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("canonym: error: {}", cli::one_line(&err));
            ExitCode::from(2)
        }
    }
}
