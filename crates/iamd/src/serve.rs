//! `iamd serve`: IAM and STS on the AWS wire protocol, over the embedded store.
//!
//! On first start it creates the account, a master key for secrets at rest
//! (`DATA_DIR/master.key`, mode 0600) and the root user's access key: from
//! `IAMD_ROOT_ACCESS_KEY_ID` / `IAMD_ROOT_SECRET_ACCESS_KEY` when set, else generated and
//! written to `DATA_DIR/root-credentials` (AWS credentials-file format, mode 0600) and
//! announced. It never logs a secret.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

use crate::data_dir::{self, DataDirArg, ROOT_CREDENTIALS_FILE, write_private};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub data: DataDirArg,
    /// Address to listen on (loopback unless told otherwise).
    #[arg(long, env = "IAMD_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// The account id to create on first start (12 digits; random when omitted).
    #[arg(long, env = "IAMD_ACCOUNT_ID")]
    pub account_id: Option<String>,
    #[command(flatten)]
    pub front_door: FrontDoorArgs,
    #[command(flatten)]
    pub lockout: crate::lockout::LockoutArgs,
    /// Operator logs on stderr as text, or as one JSON object a line.
    #[arg(long, env = "IAMD_LOG_FORMAT", value_enum, default_value = "text")]
    pub log_format: LogFormat,
}

/// How operator logs are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// The listener's limits and TLS.
#[derive(Debug, clap::Args)]
pub struct FrontDoorArgs {
    /// Connections open at once; past this a new one is answered 503 and closed. Also kept
    /// under the open-file limit.
    #[arg(long, env = "IAMD_MAX_CONNECTIONS", default_value_t = 512)]
    pub max_connections: usize,
    /// Requests in progress at once; past this a request is answered 503 ServiceUnavailable.
    #[arg(long, env = "IAMD_MAX_REQUESTS", default_value_t = 128)]
    pub max_requests: usize,
    /// Seconds a client has to send a request's headers (and an idle kept-alive connection
    /// stays open).
    #[arg(long, env = "IAMD_HEADER_TIMEOUT", default_value_t = 10)]
    pub header_timeout: u64,
    /// Seconds a client has to send a request's body.
    #[arg(long, env = "IAMD_BODY_TIMEOUT", default_value_t = 30)]
    pub body_timeout: u64,
    /// Serve HTTPS with this certificate chain (PEM); needs --tls-key.
    #[arg(long, env = "IAMD_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<std::path::PathBuf>,
    /// The private key (PEM) of --tls-cert.
    #[arg(long, env = "IAMD_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<std::path::PathBuf>,
}

/// On a shared database, how old an outbox row must be before a node takes it over from the
/// node that wrote it (a live node settles its rows within a couple of seconds).
const OUTBOX_GRACE: time::Duration = time::Duration::seconds(60);

/// Open files kept for the store, the trail and the rest when capping connections.
const RESERVED_FILES: u64 = 128;

impl FrontDoorArgs {
    /// The TLS acceptor of `--tls-cert` / `--tls-key`, if given.
    fn tls(&self) -> anyhow::Result<Option<iamd_api::tls::TlsAcceptor>> {
        match (&self.tls_cert, &self.tls_key) {
            (Some(cert), Some(key)) => iamd_api::tls::TlsAcceptor::from_pem_files(cert, key)
                .map(Some)
                .map_err(anyhow::Error::msg),
            _ => Ok(None),
        }
    }

    /// The listener's limits: the connection limit kept under the open-file limit (raised
    /// to its hard limit first), so that running out of connections is a clear 503 and never
    /// a failure to open the store or the trail.
    fn limits(&self) -> iamd_api::listen::Limits {
        let files = rlimit::increase_nofile_limit(u64::MAX).unwrap_or(1024);
        let room = usize::try_from(files.saturating_sub(RESERVED_FILES).max(16)).unwrap_or(16);
        if self.max_connections > room {
            tracing::warn!(
                asked = self.max_connections,
                allowed = room,
                open_files = files,
                "--max-connections lowered to fit the open-file limit"
            );
        }
        iamd_api::listen::Limits {
            max_connections: self.max_connections.clamp(1, room),
            max_requests: self.max_requests.max(1),
            header_timeout: Duration::from_secs(self.header_timeout.max(1)),
            body_timeout: Duration::from_secs(self.body_timeout.max(1)),
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(serve(args))
}

async fn serve(args: Args) -> anyhow::Result<()> {
    let dir = &args.data.data_dir;
    // With PostgreSQL the data directory holds only what is this node's own (the trail).
    data_dir::create_private_dir(dir)?;
    let (iam, account, store) = args.data.open_shared(args.account_id.as_deref()).await?;
    let iam = Arc::new(iam.with_lockout_policy(args.lockout.policy()?));
    // The audit trail (DATA_DIR/audit, signing key DATA_DIR/audit-signing.key).
    let audit = Arc::new(
        iamd_audit::AuditLog::open(dir)
            .with_context(|| format!("cannot open the audit trail in {}", dir.display()))?,
    );
    // Changes committed just before an unclean stop whose records never reached the trail.
    // On a shared database the rows of calls in flight on other nodes are theirs: only rows
    // older than OUTBOX_GRACE (left by a node that died) are taken over.
    let shared = store.postgres().is_some();
    let grace = if shared {
        OUTBOX_GRACE
    } else {
        time::Duration::ZERO
    };
    let recovered = iamd_core::audit::recovery::recover_older_than(&iam, &audit, grace)
        .await
        .context("cannot recover the audit records of interrupted requests")?;
    if recovered > 0 {
        println!(
            "iamd: recovered {recovered} audit record(s) of changes whose requests were interrupted"
        );
    }

    let given = match (
        std::env::var("IAMD_ROOT_ACCESS_KEY_ID"),
        std::env::var("IAMD_ROOT_SECRET_ACCESS_KEY"),
    ) {
        (Ok(id), Ok(secret)) => Some((id, secret)),
        _ => None,
    };
    let from_env = given.is_some();
    // Nodes starting together on a new database race to create the root key: the losers'
    // write fails its condition, and a second look finds the winner's key (and checks the
    // secret given against it).
    let created = match iam.ensure_root_key(given.clone()).await {
        Err(_) if shared => iam.ensure_root_key(given).await?,
        other => other?,
    };
    if let Some((id, secret)) = created {
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

    let limits = args.front_door.limits();
    let tls = args.front_door.tls()?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let local = listener.local_addr()?;
    // SIGTERM is caught from before "listening" is printed: a stop asked for as soon as the
    // server says it is up is a clean stop, not death by the signal.
    let shutdown = shutdown_signal();
    println!("iamd: IAM and STS for account {account} listening on {scheme}://{local}/");
    // The console has no default password: root's is set with `iamd admin set-root-password`.
    let store_option = if shared {
        "--database-url … --master-key-file …".to_string()
    } else {
        format!("--data-dir {}", dir.display())
    };
    println!(
        "iamd: console at {scheme}://{local}/console/ (users sign in with their console password; \
         set root's with `iamd admin set-root-password {store_option}`)"
    );

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
                if let Err(e) = iam.purge_console_sessions().await {
                    tracing::warn!(error = %e, "could not purge ended console sessions");
                }
            }
        })
    };
    // Outbox rows of records already in the trail, deleted in batches off the request path.
    let outbox = tokio::spawn(outbox_upkeep(iam.clone(), audit.clone(), shared));
    // On a shared database: other nodes' changes drop this node's caches within a second.
    let follower = store
        .postgres()
        .cloned()
        .map(|pg| tokio::spawn(crate::cluster::follow_other_nodes(iam.clone(), pg)));
    // The lockout analyzer: once now, then after every policy or group change.
    let analyzer = tokio::spawn(iamd_check::watch_lockouts(iam.clone()));
    // The console under /console/ (its routes win over the API's catch-all).
    let mut console = iamd_console::ConsoleConfig::from_env().map_err(anyhow::Error::msg)?;
    console.audit = Some(audit.clone());
    let api = iamd_api::server::ApiConfig {
        trusted_proxies: console.trusted_proxies.clone(),
    };
    let app = iamd_api::server::router(iam.clone(), audit.clone(), api)
        .merge(iamd_console::router(iam.clone(), console))
        .merge(crate::health::router(iam.clone()));
    match tls {
        Some(acceptor) => iamd_api::listen::serve(listener, app, limits, acceptor, shutdown).await,
        None => {
            iamd_api::listen::serve(listener, app, limits, iamd_api::listen::Plain, shutdown).await
        }
    }
    flusher.abort();
    if let Some(follower) = follower {
        follower.abort();
    }
    analyzer.abort();
    outbox.abort();
    // Records of read-only calls were queued without waiting: write them before stopping.
    let closing = audit.clone();
    tokio::task::spawn_blocking(move || closing.close())
        .await
        .context("the audit trail did not close")?
        .context("the audit trail could not be flushed")?;
    iam.purge_audit_outbox().await?;
    iam.flush_last_used().await?;
    println!("iamd: stopped");
    Ok(())
}

/// Deletes the outbox rows of records in the trail every second; on a shared database also
/// appends, every minute, the records of a node that died mid-call.
async fn outbox_upkeep(
    iam: Arc<iamd_core::Iam<iamd_store::AnyStore>>,
    audit: Arc<iamd_audit::AuditLog>,
    shared: bool,
) {
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    let mut rounds = 0u64;
    loop {
        tick.tick().await;
        if let Err(e) = iam.purge_audit_outbox().await {
            tracing::warn!(error = %e, "could not clear the audit outbox");
        }
        rounds += 1;
        if shared && rounds.is_multiple_of(60) {
            match iamd_core::audit::recovery::recover_older_than(&iam, &audit, OUTBOX_GRACE).await {
                Ok(0) => {}
                Ok(n) => tracing::warn!(
                    recovered = n,
                    "audit trail: took over the records of another node's interrupted calls"
                ),
                Err(e) => tracing::warn!(error = %e, "could not recover audit records"),
            }
        }
    }
}

/// SIGTERM or Ctrl-C: stop accepting, let in-flight requests finish. SIGTERM's handler is
/// installed when this is called, not when the future is first polled.
fn shutdown_signal() -> impl Future<Output = ()> {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            if let Some(mut term) = term {
                tokio::select! {
                    _ = ctrl_c => {},
                    _ = term.recv() => {},
                }
                return;
            }
        }
        let _ = ctrl_c.await;
    }
}
