//! `iamd`: the command line. Each subcommand lives in its own module.

mod account_arg;
mod admin;
mod audit;
mod check;
mod cluster;
mod data_dir;
mod health;
mod import;
mod lockout;
mod paths;
mod serve;
mod simulate;
mod store_copy;
mod validate;
mod who_can;

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
    /// Check the account: compliance checks and the lockout analyzer.
    Check(check::Args),
    /// Validate policy files offline, as IAM Access Analyzer's ValidatePolicy does.
    Validate(validate::Args),
    /// Who can do an action: every user and role allowed, directly or through roles.
    WhoCan(who_can::Args),
    /// Privilege-escalation paths: who can become an administrator (or gain an action), how.
    Paths(paths::Args),
    /// The audit trail: verify its integrity, look events up.
    Audit(audit::Args),
    /// Import an AWS account's IAM configuration exported with the aws CLI.
    Import(import::Args),
    /// Administrative commands on the data directory (such as the root user's password).
    Admin(admin::Args),
    /// The store: copy an account between SQLite and PostgreSQL.
    Store(store_copy::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => {
            init_logging(args.log_format);
            match serve::run(args) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("iamd serve: {e:#}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Simulate(args) => simulate::run(args),
        Command::Check(args) => check::run(args),
        Command::Validate(args) => validate::run(args),
        Command::WhoCan(args) => who_can::run(args),
        Command::Paths(args) => paths::run(args),
        Command::Audit(args) => audit::run(args),
        Command::Import(args) => import::run(args),
        Command::Admin(args) => admin::run(args),
        Command::Store(args) => store_copy::run(args),
    }
}

/// Operator logs on stderr, `RUST_LOG` to choose the level (default: info), as text or as
/// one JSON object a line (`--log-format json`, for log collectors).
fn init_logging(format: serve::LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx::postgres::notice=warn"));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        serve::LogFormat::Text => logs.init(),
        serve::LogFormat::Json => logs.json().flatten_event(true).init(),
    }
}
