//! Where an account lives, for every stateful subcommand (`serve`, `check`, `audit`, `import`,
//! `simulate --principal`, `admin`): the SQLite store in the data directory (the default), or
//! a PostgreSQL database that several nodes share (`--database-url`); the master key for
//! secrets at rest (`DATA_DIR/master.key`, or `--master-key-file`); and the account id,
//! created on first use. Several processes may open either store at once.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use iamd_core::Iam;
use iamd_core::clock::SystemClock;
use iamd_core::secrets::{MasterKey, Sealed};
use iamd_store::{AnyStore, PgStore, SqliteStore};

/// `--data-dir DIR` (and the database and master key options), with the same defaults and
/// environment variables everywhere.
#[derive(Debug, Clone, clap::Args)]
pub struct DataDirArg {
    /// Where the account's state lives (created on first start). With --database-url, what
    /// stays local to this node: the audit trail and the root credentials file.
    #[arg(long, env = "IAMD_DATA_DIR", default_value = "iamd-data")]
    pub data_dir: PathBuf,
    /// Keep the account in this PostgreSQL database instead of SQLite in the data directory
    /// (postgres://USER:PASS@HOST:PORT/DB); every node given the same database and master
    /// key serves the same account. Needs --master-key-file.
    #[arg(long, env = "IAMD_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// The master key for secrets at rest (64 hex digits); default DATA_DIR/master.key,
    /// created on first start. With --database-url it must exist, the same on every node
    /// (`openssl rand -hex 32 > FILE`).
    #[arg(long, env = "IAMD_MASTER_KEY_FILE")]
    pub master_key_file: Option<PathBuf>,
}

/// The cluster setting holding the account id of a PostgreSQL database.
const ACCOUNT_SETTING: &str = "account";
/// The cluster setting holding a value sealed under the master key, so that a node given
/// another key is refused before it writes a secret no other node can read.
const KEY_CHECK_SETTING: &str = "master_key_check";
const KEY_CHECK_CONTEXT: &str = "iamd master key check";

impl DataDirArg {
    /// Opens the store: PostgreSQL when a database URL is given, else SQLite in the data
    /// directory.
    pub async fn store(&self) -> anyhow::Result<AnyStore> {
        match &self.database_url {
            Some(url) => Ok(AnyStore::Postgres(PgStore::connect(url).await?)),
            None => Ok(AnyStore::Sqlite(
                SqliteStore::open(&self.data_dir).await.with_context(|| {
                    format!("cannot open the store in {}", self.data_dir.display())
                })?,
            )),
        }
    }

    /// Where the store is, for messages (never the database URL, which may hold a password).
    pub fn describe(&self) -> String {
        match &self.database_url {
            Some(_) => "the PostgreSQL database of --database-url".to_string(),
            None => self.data_dir.display().to_string(),
        }
    }

    /// The master key: `--master-key-file`, else `DATA_DIR/master.key` (created when missing,
    /// for SQLite only: nodes sharing a database must be given the same key).
    pub fn master_key(&self) -> anyhow::Result<MasterKey> {
        match (&self.master_key_file, &self.database_url) {
            (Some(path), _) => read_master_key(path)?.with_context(|| {
                format!(
                    "{} does not exist (make one with `openssl rand -hex 32 > {}`)",
                    path.display(),
                    path.display()
                )
            }),
            (None, Some(_)) => anyhow::bail!(
                "--database-url needs --master-key-file FILE (64 hex digits, the same on every                  node: `openssl rand -hex 32 > FILE`)"
            ),
            (None, None) => master_key(&self.data_dir),
        }
    }

    /// Open (creating when new) the account; returns it with its id.
    pub async fn open(&self, wanted: Option<&str>) -> anyhow::Result<(Iam<AnyStore>, String)> {
        let (iam, account, _) = self.open_shared(wanted).await?;
        Ok((iam, account))
    }

    /// As [`DataDirArg::open`], also returning a handle on the store (sharing its
    /// connections), for what the server does beside the account's operations.
    pub async fn open_shared(
        &self,
        wanted: Option<&str>,
    ) -> anyhow::Result<(Iam<AnyStore>, String, AnyStore)> {
        let store = self.store().await?;
        let handle = store.clone();
        let master = self.master_key()?;
        let account = match store.postgres() {
            Some(pg) => {
                check_master_key(pg, &master).await?;
                claim_account(pg, wanted).await?
            }
            None => account_id(&self.data_dir, wanted)?,
        };
        let iam = Iam::open(store, master, Arc::new(SystemClock), &account).await?;
        Ok((iam, account, handle))
    }

    /// Open an account that must already exist (offline subcommands never create one).
    pub async fn open_existing(&self) -> anyhow::Result<(Iam<AnyStore>, String)> {
        match &self.database_url {
            Some(_) => {
                let store = self.store().await?;
                let pg = store
                    .postgres()
                    .context("a database URL opens a PostgreSQL store")?;
                anyhow::ensure!(
                    pg.setting(ACCOUNT_SETTING).await?.is_some(),
                    "the database holds no account (start `iamd serve --database-url …` or run                      `iamd store copy` first)"
                );
                store.close().await;
            }
            None => anyhow::ensure!(
                self.data_dir.join(ACCOUNT_FILE).exists(),
                "{} holds no account (start `iamd serve --data-dir {}` or run `iamd import` first)",
                self.data_dir.display(),
                self.data_dir.display()
            ),
        }
        self.open(None).await
    }
}

/// The account id of a PostgreSQL database: the one stored, else `wanted` (or a random one),
/// which the first node to start sets for all.
pub async fn claim_account(pg: &PgStore, wanted: Option<&str>) -> anyhow::Result<String> {
    let proposed = match wanted {
        Some(w) => w.to_string(),
        None => random_account_id()?,
    };
    anyhow::ensure!(
        is_account_id(&proposed),
        "the account id must be 12 digits, not \"{proposed}\""
    );
    let account = pg.claim_setting(ACCOUNT_SETTING, &proposed).await?;
    if let Some(w) = wanted {
        anyhow::ensure!(
            w == account,
            "the database holds account {account}; --account-id {w} does not match"
        );
    }
    Ok(account)
}

/// Refuses a master key other than the one the database's secrets are sealed with (the
/// first node to start seals a check value with its key).
pub async fn check_master_key(pg: &PgStore, master: &MasterKey) -> anyhow::Result<()> {
    let proposed = serde_json::to_string(&master.seal(b"iamd", KEY_CHECK_CONTEXT)?)?;
    let stored = pg.claim_setting(KEY_CHECK_SETTING, &proposed).await?;
    let sealed: Sealed =
        serde_json::from_str(&stored).context("the database's master key check is not readable")?;
    anyhow::ensure!(
        master.open(&sealed, KEY_CHECK_CONTEXT).is_ok(),
        "the master key file is not the key this database's secrets are sealed with (give          every node the same --master-key-file)"
    );
    Ok(())
}

fn is_account_id(id: &str) -> bool {
    id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit())
}

fn random_account_id() -> anyhow::Result<String> {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    // A leading non-zero digit, as AWS account ids are shown.
    Ok(bytes
        .iter()
        .enumerate()
        .map(|(i, b)| char::from(b'0' + if i == 0 { 1 + b % 9 } else { b % 10 }))
        .collect())
}

/// The key in `path`, or `None` when there is no such file.
fn read_master_key(path: &Path) -> anyhow::Result<Option<MasterKey>> {
    match fs::read_to_string(path) {
        Ok(text) => {
            let bytes = data_encoding::HEXLOWER_PERMISSIVE
                .decode(text.trim().as_bytes())
                .ok()
                .and_then(|b| <[u8; 32]>::try_from(b).ok())
                .with_context(|| format!("{} is not a 64-digit hex key", path.display()))?;
            Ok(Some(MasterKey::from_bytes("k1", &bytes)))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

pub const MASTER_KEY_FILE: &str = "master.key";
pub const ACCOUNT_FILE: &str = "account-id";
pub const ROOT_CREDENTIALS_FILE: &str = "root-credentials";

/// `DATA_DIR/master.key`, created when missing.
pub fn master_key(dir: &Path) -> anyhow::Result<MasterKey> {
    let path = dir.join(MASTER_KEY_FILE);
    if let Some(key) = read_master_key(&path)? {
        return Ok(key);
    }
    let (key, bytes) = MasterKey::generate("k1")?;
    write_private(
        &path,
        format!("{}\n", data_encoding::HEXLOWER.encode(bytes.as_ref())).as_bytes(),
    )?;
    Ok(key)
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
                None => random_account_id()?,
            };
            anyhow::ensure!(
                is_account_id(&id),
                "the account id must be 12 digits, not \"{id}\""
            );
            write_private(&path, format!("{id}\n").as_bytes())?;
            Ok(id)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Create `dir` (and its parents) with mode 0700 when missing; an existing one keeps its mode.
pub fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))
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
