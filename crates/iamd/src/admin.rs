//! `iamd admin`: administrative commands on the data directory.
//!
//! `iamd admin set-root-password [--data-dir DIR]` sets the root user's console password. The
//! password is read from the terminal without echo (asked twice), or as one line from stdin
//! when stdin is not a terminal (`printf '%s\n' "$PW" | iamd admin set-root-password`); never
//! from the command line, where other users could read it. It works while `iamd serve` runs:
//! the console reads the root password from the store at each sign-in.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use iamd_core::ops::passwords::Password;
use zeroize::Zeroizing;

use crate::data_dir::{DataDirArg, open_existing};

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
}

pub fn run(args: Args) -> ExitCode {
    let result = match args.command {
        Command::SetRootPassword { data } => set_root_password(&data),
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
        let (iam, account) = open_existing(&data.data_dir).await?;
        iam.set_root_password(&password).await?;
        println!("iamd: the root user's console password for account {account} is set");
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
