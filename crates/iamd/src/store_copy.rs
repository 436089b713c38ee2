//! `iamd store copy`: moves an account between a data directory's SQLite store and a
//! PostgreSQL database, either way, and checks the copy record for record.
//!
//! The destination must hold no account. The records are copied in one transaction
//! (`Store::replace_account`), with the account id; secrets stay sealed under the same master
//! key, which the destination must be given (`DATA_DIR/master.key`, or `--master-key-file`).
//! The audit trail stays where it is (the files of `DATA_DIR/audit`). Stop the servers on the
//! source first: a write after the copy began would not be copied.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use iamd_core::store::{Kind, NewRecord, Query, Store};
use iamd_store::AnyStore;

use crate::data_dir::{self, ACCOUNT_FILE, DataDirArg};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Copy the account from one store into an empty other one, then verify the copy.
    Copy(CopyArgs),
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("from").required(true).args(["from_data_dir", "from_database_url"])))]
#[command(group(clap::ArgGroup::new("to").required(true).args(["data_dir", "database_url"])))]
struct CopyArgs {
    /// Copy from the SQLite store of this data directory.
    #[arg(long)]
    from_data_dir: Option<PathBuf>,
    /// Copy from this PostgreSQL database.
    #[arg(long, hide_env_values = true)]
    from_database_url: Option<String>,
    /// Copy into the SQLite store of this data directory (created when missing).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Copy into this PostgreSQL database.
    #[arg(long, hide_env_values = true)]
    database_url: Option<String>,
    /// The master key the secrets are sealed with (default: the SQLite side's
    /// DATA_DIR/master.key). A copy into a data directory writes it there as master.key.
    #[arg(long)]
    master_key_file: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let Command::Copy(copy_args) = args.command;
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("iamd store copy: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(copy(&copy_args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("iamd store copy: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The two sides as the other subcommands open them.
fn sides(args: &CopyArgs) -> anyhow::Result<(DataDirArg, DataDirArg)> {
    let sqlite_dir = args
        .from_data_dir
        .clone()
        .or_else(|| args.data_dir.clone())
        .context("one side of a copy is a data directory")?;
    anyhow::ensure!(
        args.from_database_url.is_some() || args.database_url.is_some(),
        "one side of a copy is a PostgreSQL database (--database-url or --from-database-url)"
    );
    let master_key_file = Some(
        args.master_key_file
            .clone()
            .unwrap_or_else(|| sqlite_dir.join(data_dir::MASTER_KEY_FILE)),
    );
    let side = |dir: Option<&PathBuf>, url: Option<&String>| DataDirArg {
        data_dir: dir.cloned().unwrap_or_else(|| sqlite_dir.clone()),
        database_url: url.cloned(),
        master_key_file: master_key_file.clone(),
    };
    Ok((
        side(args.from_data_dir.as_ref(), args.from_database_url.as_ref()),
        side(args.data_dir.as_ref(), args.database_url.as_ref()),
    ))
}

async fn copy(args: &CopyArgs) -> anyhow::Result<()> {
    let (from, to) = sides(args)?;
    let (source, account) = from.open_existing().await?;
    drop(source);
    let master = from.master_key()?;
    let source = from.store().await?;
    let target_dir_existed = to.database_url.is_none() && to.data_dir.exists();

    if to.database_url.is_none() {
        data_dir::create_private_dir(&to.data_dir)?;
        anyhow::ensure!(
            !to.data_dir.join(ACCOUNT_FILE).exists(),
            "{} already holds an account: copy into an empty data directory",
            to.data_dir.display()
        );
    }
    let target = to.store().await?;
    anyhow::ensure!(
        target.accounts().await?.is_empty(),
        "{} already holds records: copy into an empty store",
        to.describe()
    );
    let mut records = Vec::new();
    for kind in Kind::ALL {
        records.extend(
            source
                .list(&account, &Query::all(kind))
                .await?
                .records
                .into_iter()
                .map(|r| NewRecord {
                    kind: r.kind,
                    key: r.key,
                    owner: r.owner,
                    reference: r.reference,
                    data: r.data,
                }),
        );
    }
    // The account and the key first: a node started on the destination meanwhile finds
    // them and the records arrive in one transaction.
    match target.postgres() {
        Some(pg) => {
            data_dir::check_master_key(pg, &master).await?;
            data_dir::claim_account(pg, Some(&account)).await?;
        }
        None => {
            let key_path = to.data_dir.join(data_dir::MASTER_KEY_FILE);
            if !key_path.exists() {
                let from_file = args
                    .master_key_file
                    .clone()
                    .context("a copy into a data directory needs --master-key-file")?;
                let text = std::fs::read(&from_file)
                    .with_context(|| format!("cannot read {}", from_file.display()))?;
                data_dir::write_private(&key_path, &text)?;
            }
            data_dir::account_id(&to.data_dir, Some(&account))?;
        }
    }
    let count = records.len();
    target
        .replace_account(&account, records)
        .await
        .with_context(|| format!("cannot write the account into {}", to.describe()))?;
    verify(&source, &target, &account).await?;
    source.close().await;
    target.close().await;
    println!(
        "iamd: copied account {account} ({count} records) from {} into {}, verified record for record{}",
        from.describe(),
        to.describe(),
        if target_dir_existed {
            ""
        } else {
            " (new data directory)"
        }
    );
    Ok(())
}

/// Every record of every kind is in both stores, with the same owner, reference and data
/// (versions start again at 1 in the copy).
async fn verify(source: &AnyStore, target: &AnyStore, account: &str) -> anyhow::Result<()> {
    for kind in Kind::ALL {
        let query = Query::all(kind);
        let strip = |page: iamd_core::store::Page| {
            page.records
                .into_iter()
                .map(|r| (r.key, r.owner, r.reference, r.data))
                .collect::<Vec<_>>()
        };
        let a = strip(source.list(account, &query).await?);
        let b = strip(target.list(account, &query).await?);
        if a != b {
            let differing = a
                .iter()
                .zip(b.iter())
                .find(|(x, y)| x != y)
                .map(|(x, _)| x.0.clone())
                .unwrap_or_default();
            anyhow::bail!(
                "the copy differs from the source: {} {} record(s) against {}, first differing key \"{differing}\"",
                kind.as_str(),
                b.len(),
                a.len()
            );
        }
    }
    Ok(())
}
