//! The `canonym` binary: parses arguments, runs the command, maps the outcome to an exit code
//! (0 clean or found, 1 findings or not found, 2 error). All the work is in the library.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
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
