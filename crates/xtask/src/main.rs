//! `cargo run -p xtask -- codegen [--check] [--models DIR]`

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::codegen;

const USAGE: &str = "usage: cargo run -p xtask -- codegen [--check] [--models DIR]

  codegen        generate crates/iamd-api/src/generated and
                 crates/iamd-core/src/generated/operation.rs from the IAM and STS models
  --check        write nothing; exit 1 if the committed files differ from the output
  --models DIR   directory holding iam-2010-05-08.service-2.json and
                 sts-2011-06-15.service-2.json (default: models/ at the
                 workspace root)";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut task = None;
    let mut check = false;
    let mut models = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--models" => match args.next() {
                Some(dir) => models = Some(PathBuf::from(dir)),
                None => return usage_error("--models needs a directory"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other if task.is_none() && !other.starts_with('-') => task = Some(other.to_owned()),
            other => return usage_error(&format!("unexpected argument {other:?}")),
        }
    }
    match task.as_deref() {
        Some("codegen") => run_codegen(check, models),
        Some(other) => usage_error(&format!("unknown task {other:?}")),
        None => usage_error("no task given"),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("xtask: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

fn run_codegen(check: bool, models: Option<PathBuf>) -> ExitCode {
    let models = models.unwrap_or_else(codegen::default_models_dir);
    let root = codegen::workspace_root();
    let files = match codegen::generate_all(&models) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("xtask codegen: {e}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        let stale = codegen::stale(&root, &files);
        if stale.is_empty() {
            println!("generated code is up to date");
            return ExitCode::SUCCESS;
        }
        for path in &stale {
            eprintln!("out of date: {}", path.display());
        }
        eprintln!("run `cargo run -p xtask -- codegen` and commit the result");
        return ExitCode::FAILURE;
    }
    if let Err(e) = codegen::write(&root, &files) {
        eprintln!("xtask codegen: {e}");
        return ExitCode::FAILURE;
    }
    for file in &files {
        println!("wrote {}", file.path.display());
    }
    ExitCode::SUCCESS
}
