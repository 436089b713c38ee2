//! `iamd admin`: administrative commands on the data directory.
//!
//! `iamd admin set-root-password [--data-dir DIR]` sets the root user's console password. The
//! password is read from the terminal without echo (asked twice), or as one line from stdin
//! when stdin is not a terminal (`printf '%s\n' "$PW" | iamd admin set-root-password`); never
//! from the command line, where other users could read it. It works while `iamd serve` runs:
//! the console reads the root password from the store at each sign-in.
//!
//! `iamd admin lockouts [--data-dir DIR] [--json]` lists the users and addresses with recent
//! failed passwords or MFA codes, and those locked out; `iamd admin unlock USER`,
//! `iamd admin unlock --root` or `iamd admin unlock --address IP` clears their counts. Both work
//! while `iamd serve` runs: the counts are in the store.
//!
//! `iamd admin common-passwords on|off|status [--data-dir DIR]` sets whether new console
//! passwords that are common or breached are refused (beyond AWS; off by default).

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use iamd_core::ops::passwords::Password;
use iamd_core::ops::throttle::{Factor, Subject};
use time::format_description::well_known::Rfc3339;
use zeroize::Zeroizing;

use crate::data_dir::DataDirArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Set the root user's console password (read from the terminal without echo, or from
    /// stdin when it is not a terminal).
    SetRootPassword {
        #[command(flatten)]
        data: DataDirArg,
    },
    /// List users and addresses with recent failed passwords or MFA codes, locked ones first.
    Lockouts {
        #[command(flatten)]
        data: DataDirArg,
        /// One JSON object per line instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Refuse common and breached passwords in new console passwords (beyond AWS; off by
    /// default): `on`, `off`, or `status`.
    CommonPasswords {
        #[command(flatten)]
        data: DataDirArg,
        #[arg(value_enum)]
        setting: CommonPasswordsSetting,
    },
    /// Lift the lock (and forget the failures) of a user, the root user or an address.
    Unlock {
        #[command(flatten)]
        data: DataDirArg,
        #[command(flatten)]
        target: crate::lockout::UnlockTarget,
    },
}

pub fn run(args: Args) -> ExitCode {
    let result = match args.command {
        Command::SetRootPassword { data } => set_root_password(&data),
        Command::Lockouts { data, json } => lockouts(&data, json),
        Command::Unlock { data, target } => unlock(&data, &target),
        Command::CommonPasswords { data, setting } => common_passwords(&data, setting),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("iamd admin: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn set_root_password(data: &DataDirArg) -> anyhow::Result<()> {
    let password = read_password()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        let (iam, account) = data.open_existing().await?;
        iam.set_root_password(&password).await?;
        println!("iamd: the root user's console password for account {account} is set");
        Ok(())
    })
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

fn lockouts(data: &DataDirArg, json: bool) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let (iam, _) = data.open_existing().await?;
        let found = iam.lockouts().await?;
        let now = iam.now();
        if json {
            for l in &found {
                let (kind, name) = match &l.count.subject {
                    Subject::User(n) if n == "#root" => ("root", String::new()),
                    Subject::User(n) => ("user", n.clone()),
                    Subject::Address(ip) => ("address", ip.clone()),
                };
                let line = serde_json::json!({
                    "factor": match l.count.factor { Factor::Password => "password", Factor::Mfa => "mfa" },
                    "subject": kind,
                    "name": name,
                    "failures": l.count.failures,
                    "lastFailure": l.count.last_failure.format(&Rfc3339)?,
                    "lockedUntil": l.locked_until.map(|t| t.format(&Rfc3339)).transpose()?,
                });
                println!("{line}");
            }
        } else if found.is_empty() {
            println!("iamd: no recent failed passwords or MFA codes");
        } else {
            print!("{}", crate::lockout::table(&found, now));
        }
        Ok(())
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CommonPasswordsSetting {
    On,
    Off,
    Status,
}

fn common_passwords(data: &DataDirArg, setting: CommonPasswordsSetting) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let (iam, account) = data.open_existing().await?;
        let on = match setting {
            CommonPasswordsSetting::Status => iam.refuses_common_passwords().await?,
            CommonPasswordsSetting::On => {
                iam.set_refuse_common_passwords(true).await?;
                true
            }
            CommonPasswordsSetting::Off => {
                iam.set_refuse_common_passwords(false).await?;
                false
            }
        };
        println!(
            "iamd: account {account} {} common and breached passwords",
            if on { "refuses" } else { "does not refuse" }
        );
        Ok(())
    })
}

fn unlock(data: &DataDirArg, target: &crate::lockout::UnlockTarget) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let (iam, _) = data.open_existing().await?;
        let subject = target.subject();
        let n = iam.unlock(&subject).await?;
        let what = match &subject {
            Subject::User(n) if n == "#root" => "the root user".to_string(),
            Subject::User(n) => format!("user {n}"),
            Subject::Address(ip) => format!("address {ip}"),
        };
        if n == 0 {
            println!("iamd: {what} had no failures counted; nothing to unlock");
        } else {
            println!("iamd: {what} unlocked ({n} count(s) cleared)");
        }
        Ok(())
    })
}

/// The new password: from the terminal without echo (twice), or one line of stdin.
fn read_password() -> anyhow::Result<Password> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut line = Zeroizing::new(String::new());
        stdin
            .lock()
            .read_line(&mut line)
            .context("cannot read the password from stdin")?;
        let trimmed = line.trim_end_matches(['\n', '\r']);
        anyhow::ensure!(!trimmed.is_empty(), "no password on stdin");
        return Ok(Password::new(trimmed.to_string()));
    }
    let first = prompt_hidden("New root password: ")?;
    let second = prompt_hidden("Repeat it: ")?;
    anyhow::ensure!(
        *first == *second,
        "the two passwords differ; nothing was changed"
    );
    anyhow::ensure!(
        !first.is_empty(),
        "the password is empty; nothing was changed"
    );
    Ok(Password::new(first.to_string()))
}

/// Read a line from the terminal with echo turned off (`stty -echo` on the terminal, restored
/// afterwards, also when reading fails).
fn prompt_hidden(prompt: &str) -> anyhow::Result<Zeroizing<String>> {
    eprint!("{prompt}");
    std::io::stderr().flush().ok();
    let echo_off = stty("-echo");
    let mut line = Zeroizing::new(String::new());
    let read = std::io::stdin().lock().read_line(&mut line);
    if echo_off {
        stty("echo");
    }
    eprintln!();
    read.context("cannot read the password from the terminal")?;
    Ok(Zeroizing::new(
        line.trim_end_matches(['\n', '\r']).to_string(),
    ))
}

/// Run `stty ARG` on the controlling terminal; whether it worked.
fn stty(arg: &str) -> bool {
    let Ok(tty) = std::fs::File::open("/dev/tty") else {
        return false;
    };
    std::process::Command::new("stty")
        .arg(arg)
        .stdin(tty)
        .status()
        .is_ok_and(|s| s.success())
}
