//! `iamd import [--data-dir DIR] FILE…`: create (or replace) the account in DIR from what the
//! aws CLI exports of a real AWS account (see `iamd_import`).
//!
//! Every file is read and checked before the data directory is touched; the account's records
//! are then replaced in one store transaction, so an import either happens completely or not
//! at all. An existing data directory is replaced only when it holds the same account. The
//! root user's own access keys in DIR (those `iamd serve` made) are kept, so whoever
//! administers the directory still can.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use iamd_core::clock::{Clock, SystemClock};
use iamd_core::entities::{AccessKey, ROOT_OWNER};
use iamd_core::ops::mfa::VirtualMfaDevice;
use iamd_core::store::{Kind, NewRecord, Query, Store};
use iamd_import::{self as import, Export, Summary};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::data_dir::{self, ACCOUNT_FILE, DataDirArg};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
FILE is the output of one of (in any order, several pages of the first allowed):
  aws iam get-account-authorization-details [--max-items N --starting-token T]
  aws iam get-account-password-policy
  aws iam get-credential-report          (the JSON with base64 Content, or the decoded CSV)
  aws iam list-virtual-mfa-devices
and optionally get-login-profile, list-roles (MaxSessionDuration) and list-account-aliases.")]
pub struct Args {
    #[command(flatten)]
    pub data: DataDirArg,
    /// The exported files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("iamd import: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(import(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("iamd import: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// A progress bar on stderr, drawn only on a terminal and only for inputs big enough to wait
/// for.
#[derive(Debug)]
struct Progress {
    bar: ProgressBar,
}

impl Progress {
    const WORTH_SHOWING: u64 = 8 << 20;

    fn new(total: u64) -> Progress {
        let shown = total >= Self::WORTH_SHOWING && std::io::stderr().is_terminal();
        if !shown {
            return Progress {
                bar: ProgressBar::hidden(),
            };
        }
        let bar = ProgressBar::with_draw_target(Some(total.max(1)), ProgressDrawTarget::stderr());
        // The template is a constant: should it ever not parse, the default style still shows
        // the progress.
        if let Ok(style) =
            ProgressStyle::with_template("[{bar:30}] {percent:>3}% {elapsed:>4} {wide_msg}")
        {
            bar.set_style(style.progress_chars("# "));
        }
        Progress { bar }
    }

    fn advance(&mut self, by: u64, what: &str) {
        // The last step counts the whole input again: the bar stops at its end.
        let end = self.bar.length().unwrap_or(u64::MAX);
        self.bar
            .set_position(self.bar.position().saturating_add(by).min(end));
        self.bar.set_message(what.to_string());
    }

    fn finish(&self) {
        // Leave the last state on screen, as a finished bar, and what follows below it.
        if !self.bar.is_hidden() {
            self.bar.finish();
            eprintln!();
        }
    }
}

async fn import(args: &Args) -> anyhow::Result<()> {
    let dir = &args.data.data_dir;
    let sizes: u64 = args
        .files
        .iter()
        .map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0))
        .sum();
    // Reading and parsing is most of the work; writing counts as a fifth more.
    let mut progress = Progress::new(sizes + sizes / 5);
    let mut export = Export::new();
    for path in &args.files {
        let name = path.display().to_string();
        progress.advance(0, &format!("reading {name}"));
        let content = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
        export.add(&name, &content)?;
        progress.advance(content.len() as u64, &format!("read {name}"));
    }
    let plan = import::plan(&export, SystemClock.now())?;

    if let (None, Ok(existing)) = (
        &args.data.database_url,
        std::fs::read_to_string(dir.join(ACCOUNT_FILE)),
    ) {
        let existing = existing.trim();
        anyhow::ensure!(
            existing == plan.account,
            "{} holds account {existing}, but the files describe account {}: refusing to replace \
             another account (import into a new --data-dir)",
            dir.display(),
            plan.account
        );
    }

    progress.advance(0, &format!("writing {} records", plan.records.len()));
    let fresh = args.data.database_url.is_none() && !dir.exists();
    let written = write(&args.data, &plan.account, plan.records.clone()).await;
    if written.is_err() && fresh {
        // Nothing was imported: leave no half-made data directory behind.
        let _ = std::fs::remove_dir_all(dir);
    }
    let kept = written?;
    progress.advance(sizes, "done");
    progress.finish();

    print_summary(
        &args.data.describe(),
        &plan.account,
        &plan.summary,
        &export,
        kept,
    );
    Ok(())
}

/// Replace the account's records in one transaction, keeping what belongs to this data
/// directory's root user (its own access keys, console password and MFA devices, not imported
/// facts); returns how many records were kept.
pub(crate) async fn write(
    data: &DataDirArg,
    account: &str,
    mut records: Vec<NewRecord>,
) -> anyhow::Result<usize> {
    let store = data.store().await?;
    // The master key is made now, beside the store, as `serve` would.
    let master = data.master_key()?;
    if let Some(pg) = store.postgres() {
        // A database shared by nodes holds one account, sealed under one key.
        data_dir::check_master_key(pg, &master).await?;
        data_dir::claim_account(pg, Some(account)).await?;
    }
    let mut kept = Vec::new();
    for kind in [Kind::AccessKey, Kind::MfaDevice] {
        let query = Query {
            owner: Some(ROOT_OWNER.into()),
            ..Query::all(kind)
        };
        for r in store.list(account, &query).await?.records {
            let real = match kind {
                Kind::AccessKey => serde_json::from_str::<AccessKey>(&r.data)
                    .is_ok_and(|k| !import::is_imported(&k.secret)),
                _ => serde_json::from_str::<VirtualMfaDevice>(&r.data)
                    .is_ok_and(|d| !import::is_imported(&d.seed)),
            };
            if real {
                kept.push(r);
            }
        }
    }
    kept.extend(
        store
            .list(account, &Query::all(Kind::RootPassword))
            .await?
            .records,
    );
    let count = kept.len();
    records.extend(kept.into_iter().map(|r| NewRecord {
        kind: r.kind,
        key: r.key,
        owner: r.owner,
        reference: r.reference,
        data: r.data,
    }));
    let result = store.replace_account(account, records).await;
    store.close().await;
    result.with_context(|| format!("cannot write the account into {}", data.describe()))?;
    if data.database_url.is_none() {
        data_dir::account_id(&data.data_dir, Some(account))?;
    }
    Ok(count)
}

fn print_summary(place: &str, account: &str, s: &Summary, export: &Export, kept: usize) {
    println!("iamd: imported account {account} into {place}");
    for (file, what) in &export.files {
        println!("  {file}: {what}");
    }
    println!(
        "  users {}, groups {}, roles {}, customer managed policies {}, AWS managed policies {}",
        s.users, s.groups, s.roles, s.customer_policies, s.aws_policies
    );
    println!(
        "  inline policies {}, attachments {}, group memberships {}",
        s.inline_policies, s.attachments, s.memberships
    );
    println!(
        "  login profiles {}, MFA devices {}, access keys {}, password policy {}",
        s.login_profiles,
        s.mfa_devices,
        s.access_keys,
        if s.password_policy { "yes" } else { "none" }
    );
    println!(
        "  imported passwords, keys and MFA devices are facts for the checks: none of them can \
         sign in (set a password with UpdateLoginProfile to enable one)"
    );
    if kept > 0 {
        println!(
            "  kept {kept} credential(s) of this data directory's root user (access keys, console password, MFA)"
        );
    }
    for w in &s.warnings {
        eprintln!("iamd import: warning: {w}");
    }
}
