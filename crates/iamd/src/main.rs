//! `iamd`: the command line. Each subcommand lives in its own module.

mod serve;
mod simulate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// iamd: an AWS-IAM-compatible identity service.
#[derive(Debug, Parser)]
#[command(name = "iamd", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve IAM and STS on the AWS wire protocol (Query + SigV4) for any AWS client.
    Serve(serve::Args),
    /// Evaluate IAM policies offline, as `aws iam simulate-custom-policy` does.
    Simulate(simulate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => {
            init_logging();
            match serve::run(args) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("iamd serve: {e:#}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Simulate(args) => simulate::run(args),
    }
}

/// Operator logs on stderr, `RUST_LOG` to choose the level (default: info).
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}
