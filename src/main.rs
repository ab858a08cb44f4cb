//! The `canonym` binary: everything is in the command-line layer ([`cli`]) over the library.

mod cli;

/// mimalloc: the glossary build and the scan allocate many small strings.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
