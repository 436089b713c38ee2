//! The PostgreSQL the tests run against, and a fresh database per test.
//!
//! `IAMD_TEST_DATABASE_URL` (a superuser's URL, as `scripts/pg-test-cluster start` prints and
//! `scripts/test` exports) names a running server. Without it, when PostgreSQL's server
//! binaries are installed, the first test of the process starts a throwaway cluster with
//! `scripts/pg-test-cluster`, removed once the process is gone. With neither, the tests are
//! skipped with the reason printed, unless `CI` is set: then they fail.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// The server's superuser URL, or `None` (with the reason printed) when there is none.
pub fn server_url() -> Option<String> {
    static URL: OnceLock<Option<String>> = OnceLock::new();
    URL.get_or_init(|| {
        if let Ok(url) = std::env::var("IAMD_TEST_DATABASE_URL") {
            return Some(url);
        }
        match start_cluster() {
            Ok(url) => Some(url),
            Err(reason) => {
                let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
                assert!(
                    !ci,
                    "CI is set, so the PostgreSQL tests must run, but: {reason}"
                );
                eprintln!("skipped: no PostgreSQL to test against ({reason})");
                None
            }
        }
    })
    .clone()
}

/// Starts a cluster that outlives nothing: its watcher removes it when this process ends.
fn start_cluster() -> Result<String, String> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/pg-test-cluster");
    let output = std::process::Command::new(script)
        .args(["start", "--owner-pid", &std::process::id().to_string()])
        .stderr(std::process::Stdio::piped())
        .output()
        .map_err(|e| format!("cannot run {script}: {e}"))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("export IAMD_TEST_DATABASE_URL="))
        .map(str::to_owned)
        .ok_or_else(|| format!("{script} printed no URL"))
}

/// `url` with its database replaced by `database`.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (url, String::new()),
    };
    let authority_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = &base[authority_end..];
    let server = match host_part.find('/') {
        Some(slash) => &base[..authority_end + slash],
        None => base,
    };
    format!("{server}/{database}{query}")
}

/// A new, empty database on the test server; dropped by [`drop_database`]. Its name is
/// made here of digits and underscores only, so it is safe in the SQL below.
pub async fn fresh_database() -> Option<(String, String)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let server = server_url()?;
    let name = format!(
        "iamd_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    );
    let mut admin = connect(&server).await;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut admin)
    .await
    .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .unwrap();
    Some((with_database(&server, &name), name))
}

/// Drops a database made by [`fresh_database`], closing its connections.
pub async fn drop_database(name: &str) {
    let Some(server) = server_url() else { return };
    let mut admin = connect(&server).await;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut admin)
    .await
    .unwrap();
}

async fn connect(url: &str) -> sqlx::PgConnection {
    use sqlx::Connection;
    sqlx::PgConnection::connect(url).await.unwrap()
}
