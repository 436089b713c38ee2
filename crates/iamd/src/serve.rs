//! `iamd serve`: IAM and STS on the AWS wire protocol, over the embedded store.
//!
//! On first start it creates the account, a master key for secrets at rest
//! (`DATA_DIR/master.key`, mode 0600) and the root user's access key: from
//! `IAMD_ROOT_ACCESS_KEY_ID` / `IAMD_ROOT_SECRET_ACCESS_KEY` when set, else generated and
//! written to `DATA_DIR/root-credentials` (AWS credentials-file format, mode 0600) and
//! announced. It never logs a secret.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::net::SocketAddr;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use iamd_core::Iam;
use iamd_core::clock::SystemClock;
use iamd_core::secrets::MasterKey;
use iamd_store::SqliteStore;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where the account's state lives (created on first start).
    #[arg(long, env = "IAMD_DATA_DIR", default_value = "iamd-data")]
    pub data_dir: PathBuf,
    /// Address to listen on (loopback unless told otherwise).
    #[arg(long, env = "IAMD_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// The account id to create on first start (12 digits; random when omitted).
    #[arg(long, env = "IAMD_ACCOUNT_ID")]
    pub account_id: Option<String>,
}

const MASTER_KEY_FILE: &str = "master.key";
const ACCOUNT_FILE: &str = "account-id";
const ROOT_CREDENTIALS_FILE: &str = "root-credentials";

pub fn run(args: Args) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(serve(args))
}

async fn serve(args: Args) -> anyhow::Result<()> {
    let dir = &args.data_dir;
    let store = SqliteStore::open(dir)
        .await
        .with_context(|| format!("cannot open the store in {}", dir.display()))?;
    let master = master_key(dir)?;
    let account = account_id(dir, args.account_id.as_deref())?;
    let iam = Arc::new(Iam::open(store, master, Arc::new(SystemClock), &account).await?);

    let given = match (
        std::env::var("IAMD_ROOT_ACCESS_KEY_ID"),
        std::env::var("IAMD_ROOT_SECRET_ACCESS_KEY"),
    ) {
        (Ok(id), Ok(secret)) => Some((id, secret)),
        _ => None,
    };
    let from_env = given.is_some();
    if let Some((id, secret)) = iam.ensure_root_key(given).await? {
        if from_env {
            println!("iamd: root access key {id} created from IAMD_ROOT_ACCESS_KEY_ID");
        } else {
            let path = dir.join(ROOT_CREDENTIALS_FILE);
            write_private(
                &path,
                format!("[default]\naws_access_key_id = {id}\naws_secret_access_key = {secret}\n")
                    .as_bytes(),
            )?;
            println!(
                "iamd: root credentials for account {account} written to {}",
                path.display()
            );
        }
    } else if !from_env {
        let path = dir.join(ROOT_CREDENTIALS_FILE);
        if path.exists() {
            println!(
                "iamd: root credentials for account {account} are in {}",
                path.display()
            );
        }
    }

    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let local = listener.local_addr()?;
    println!("iamd: IAM and STS for account {account} listening on http://{local}/");

    let flusher = {
        let iam = iam.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                if let Err(e) = iam.flush_last_used().await {
                    tracing::warn!(error = %e, "could not record access key use");
                }
                if let Err(e) = iam.purge_expired_sessions().await {
                    tracing::warn!(error = %e, "could not purge expired sessions");
                }
            }
        })
    };
    let app = iamd_api::server::router(iam.clone());
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("the server stopped with an error")?;
    flusher.abort();
    iam.flush_last_used().await?;
    println!("iamd: stopped");
    Ok(())
}

/// SIGTERM or Ctrl-C: stop accepting, let in-flight requests finish.
async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        if let Ok(mut term) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            tokio::select! {
                _ = ctrl_c => {},
                _ = term.recv() => {},
            }
            return;
        }
    }
    let _ = ctrl_c.await;
}

fn master_key(dir: &Path) -> anyhow::Result<MasterKey> {
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

fn account_id(dir: &Path, wanted: Option<&str>) -> anyhow::Result<String> {
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
fn write_private(path: &Path, content: &[u8]) -> anyhow::Result<()> {
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
