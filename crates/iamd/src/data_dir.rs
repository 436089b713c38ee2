//! The data directory every stateful subcommand shares (`serve`, `check`, `audit`, `import`,
//! `simulate --principal`, `admin`): the SQLite store, the master key for secrets at rest and
//! the account id, created on first use. Several processes may open it at once (SQLite WAL).

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use iamd_core::Iam;
use iamd_core::clock::SystemClock;
use iamd_core::secrets::MasterKey;
use iamd_store::SqliteStore;

/// `--data-dir DIR`, with the same default and environment variable everywhere.
#[derive(Debug, Clone, clap::Args)]
pub struct DataDirArg {
    /// Where the account's state lives (created on first start).
    #[arg(long, env = "IAMD_DATA_DIR", default_value = "iamd-data")]
    pub data_dir: PathBuf,
}

pub const MASTER_KEY_FILE: &str = "master.key";
pub const ACCOUNT_FILE: &str = "account-id";
pub const ROOT_CREDENTIALS_FILE: &str = "root-credentials";

/// Open (creating when new) the account in `dir`; returns it with its id.
pub async fn open(
    dir: &Path,
    wanted_account: Option<&str>,
) -> anyhow::Result<(Iam<SqliteStore>, String)> {
    let store = SqliteStore::open(dir)
        .await
        .with_context(|| format!("cannot open the store in {}", dir.display()))?;
    let master = master_key(dir)?;
    let account = account_id(dir, wanted_account)?;
    let iam = Iam::open(store, master, Arc::new(SystemClock), &account).await?;
    Ok((iam, account))
}

/// Open an account that must already exist (offline subcommands never create one).
pub async fn open_existing(dir: &Path) -> anyhow::Result<(Iam<SqliteStore>, String)> {
    anyhow::ensure!(
        dir.join(ACCOUNT_FILE).exists(),
        "{} holds no account (start `iamd serve --data-dir {}` or run `iamd import` first)",
        dir.display(),
        dir.display()
    );
    open(dir, None).await
}

pub fn master_key(dir: &Path) -> anyhow::Result<MasterKey> {
    let path = dir.join(MASTER_KEY_FILE);
    match fs::read_to_string(&path) {
        Ok(text) => {
            let bytes = data_encoding::HEXLOWER
                .decode(text.trim().as_bytes())
                .ok()
                .and_then(|b| <[u8; 32]>::try_from(b).ok())
                .with_context(|| format!("{} is not a 64-digit hex key", path.display()))?;
            Ok(MasterKey::from_bytes("k1", &bytes))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let (key, bytes) = MasterKey::generate("k1")?;
            write_private(
                &path,
                format!("{}\n", data_encoding::HEXLOWER.encode(bytes.as_ref())).as_bytes(),
            )?;
            Ok(key)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

pub fn account_id(dir: &Path, wanted: Option<&str>) -> anyhow::Result<String> {
    let path = dir.join(ACCOUNT_FILE);
    match fs::read_to_string(&path) {
        Ok(existing) => {
            let existing = existing.trim().to_string();
            if let Some(w) = wanted {
                anyhow::ensure!(
                    w == existing,
                    "{} holds account {existing}; --account-id {w} does not match",
                    dir.display()
                );
            }
            Ok(existing)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let id = match wanted {
                Some(w) => w.to_string(),
                None => {
                    let mut bytes = [0u8; 12];
                    getrandom::fill(&mut bytes)
                        .map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
                    // A leading non-zero digit, as AWS account ids are shown.
                    bytes
                        .iter()
                        .enumerate()
                        .map(|(i, b)| char::from(b'0' + if i == 0 { 1 + b % 9 } else { b % 10 }))
                        .collect()
                }
            };
            anyhow::ensure!(
                id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit()),
                "the account id must be 12 digits, not \"{id}\""
            );
            write_private(&path, format!("{id}\n").as_bytes())?;
            Ok(id)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Create `path` with mode 0600 and write `content` durably.
pub fn write_private(path: &Path, content: &[u8]) -> anyhow::Result<()> {
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    f.write_all(content)?;
    f.sync_all()?;
    Ok(())
}
