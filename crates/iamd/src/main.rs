//! `iamd`: the command line. Each subcommand lives in its own module.

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
    /// Evaluate IAM policies offline, as `aws iam simulate-custom-policy` does.
    Simulate(simulate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Simulate(args) => simulate::run(args),
    }
}
