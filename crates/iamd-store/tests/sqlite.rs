//! The conformance suite against `SqliteStore`, plus what only a file-backed store has:
//! reopening, file modes, and surviving `kill -9`.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

mod conformance;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;

use conformance::{ACCOUNT, OTHER_ACCOUNT, new_record, owned};
use iamd_core::store::{Condition, Kind, Query, Store, WriteBatch};
use iamd_store::{DATABASE_FILE, SqliteStore};
use tempfile::TempDir;

async fn fresh() -> (TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).await.unwrap();
    (dir, store)
}

macro_rules! conformance_tests {
    ($($name:ident),* $(,)?) => {$(
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $name() {
            let (_dir, store) = fresh().await;
            conformance::$name(&store).await;
            store.close().await;
        }
    )*};
}

conformance_tests!(
    get_put_delete_round_trip,
    kinds_are_separate,
    every_kind_round_trips,
    versions_count_puts,
    batch_applies_every_change,
    condition_absent,
    condition_version,
    condition_owner_count_below,
    condition_none_owned,
    condition_none_referencing,
    condition_exists,
    condition_referenced,
    condition_identity,
    failing_batch_applies_nothing,
    conditions_see_the_state_before_the_batch,
    list_in_key_order,
    list_filters,
    list_pages,
    count_by_kind_and_owner,
    generation_counts_writes,
    accounts_are_isolated,
    replace_account_swaps_everything,
);

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_respect_owner_limit() {
    let (_dir, store) = fresh().await;
    conformance::concurrent_writers_respect_owner_limit(&[Arc::new(store)], 64).await;
}

/// Two handles opened on one data directory, as `serve` and an admin command would be:
/// their writers meet at SQLite's write lock instead of one pool.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_through_two_opened_stores_respect_owner_limit() {
    let (dir, first) = fresh().await;
    let second = SqliteStore::open(dir.path()).await.unwrap();
    conformance::concurrent_writers_respect_owner_limit(&[Arc::new(first), Arc::new(second)], 64)
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_updates_lose_nothing() {
    let (_dir, store) = fresh().await;
    conformance::concurrent_updates_lose_nothing(Arc::new(store)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reopening_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).await.unwrap();
    conformance::put(&store, ACCOUNT, owned(Kind::User, "alice", "o", "alice")).await;
    conformance::put(&store, ACCOUNT, owned(Kind::User, "alice", "o", "alice v2")).await;
    conformance::put(
        &store,
        ACCOUNT,
        owned(Kind::AccessKey, "AKIA1", "alice", "k"),
    )
    .await;
    conformance::put(&store, OTHER_ACCOUNT, new_record(Kind::Group, "g", "g")).await;
    let before = store.list(ACCOUNT, &Query::all(Kind::User)).await.unwrap();
    store.close().await;

    // Twice: after a clean close, and after dropping without closing.
    for _ in 0..2 {
        let store = SqliteStore::open(dir.path()).await.unwrap();
        assert_eq!(
            store.list(ACCOUNT, &Query::all(Kind::User)).await.unwrap(),
            before
        );
        assert_eq!(
            store
                .count(ACCOUNT, Kind::AccessKey, Some("alice"))
                .await
                .unwrap(),
            1
        );
        assert!(
            store
                .get(OTHER_ACCOUNT, Kind::Group, "g")
                .await
                .unwrap()
                .is_some()
        );
        assert_eq!(
            store.accounts().await.unwrap(),
            [ACCOUNT.to_owned(), OTHER_ACCOUNT.to_owned()]
        );
        assert_eq!(store.generation(OTHER_ACCOUNT).await.unwrap(), 1);
        let generation = store.generation(ACCOUNT).await.unwrap();
        // Versions and generations carry on from where they were.
        conformance::put(&store, ACCOUNT, new_record(Kind::Role, "r", "")).await;
        assert_eq!(store.generation(ACCOUNT).await.unwrap(), generation + 1);
        drop(store);
    }
    let store = SqliteStore::open(dir.path()).await.unwrap();
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), 5);
    let alice = store
        .get(ACCOUNT, Kind::User, "alice")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((alice.data.as_str(), alice.version), ("alice v2", 2));
    store.close().await;
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_directory_is_0700_and_database_0600() {
    use std::os::unix::fs::PermissionsExt;

    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("data").join("iamd");
    let store = SqliteStore::open(&dir).await.unwrap();
    conformance::put(&store, ACCOUNT, new_record(Kind::User, "alice", "")).await;

    assert_eq!(store.path(), dir.join(DATABASE_FILE));
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join(DATABASE_FILE)), 0o600);
    // SQLite gives its WAL and shared-memory files the database file's mode.
    for suffix in ["-wal", "-shm"] {
        let path = dir.join(format!("{DATABASE_FILE}{suffix}"));
        if path.exists() {
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }
    store.close().await;

    // An existing directory keeps its mode.
    let existing = tempfile::tempdir().unwrap();
    std::fs::set_permissions(existing.path(), std::fs::Permissions::from_mode(0o750)).unwrap();
    let store = SqliteStore::open(existing.path()).await.unwrap();
    assert_eq!(mode(existing.path()), 0o750);
    assert_eq!(mode(&existing.path().join(DATABASE_FILE)), 0o600);
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opening_a_path_that_is_a_file_fails_with_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "").unwrap();
    let error = SqliteStore::open(&file).await.unwrap_err().to_string();
    assert!(error.contains("not-a-dir"), "{error}");
}

/// Set in the child process of `acknowledged_writes_survive_sigkill` to the data directory.
const CRASH_CHILD_DIR: &str = "IAMD_STORE_CRASH_CHILD_DIR";
/// How many acknowledgements the parent waits for before killing the child.
const ACKS_BEFORE_KILL: usize = 150;
/// What the child prints before the number of a write that returned `Ok`.
const ACK: &str = "iamd-ack ";

fn crash_batch(i: u64) -> WriteBatch {
    WriteBatch::new()
        .put(new_record(Kind::User, &format!("u{i:06}"), &i.to_string()))
        .put(new_record(Kind::Account, "", &i.to_string()))
        .require(Condition::Absent {
            kind: Kind::User,
            key: format!("u{i:06}"),
        })
}

/// The writer half of `acknowledged_writes_survive_sigkill`: does nothing unless started by it.
/// Writes until killed (or a bound), printing `iamd-ack N` once write N returned `Ok`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_child_writer() {
    let Some(dir) = std::env::var_os(CRASH_CHILD_DIR) else {
        return;
    };
    let store = SqliteStore::open(Path::new(&dir)).await.unwrap();
    let mut stdout = std::io::stdout();
    for i in 0..100_000 {
        store.write(ACCOUNT, crash_batch(i)).await.unwrap();
        writeln!(stdout, "{ACK}{i}").unwrap();
        stdout.flush().unwrap();
    }
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill() {
    use std::os::unix::process::ExitStatusExt;

    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crash_child_writer",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CRASH_CHILD_DIR, dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut acked: Vec<u64> = Vec::new();
    let mut killed = false;
    for line in lines {
        let line = line.unwrap();
        // libtest may have printed `test crash_child_writer ... ` on the same line.
        let Some((_, n)) = line.split_once(ACK) else {
            continue;
        };
        acked.push(n.parse().unwrap());
        if !killed && acked.len() == ACKS_BEFORE_KILL {
            // SIGKILL, while the child is in the middle of its next write.
            child.kill().unwrap();
            killed = true;
        }
    }
    let status = child.wait().unwrap();
    assert!(
        killed,
        "the writer stopped after {} acks: {status}",
        acked.len()
    );
    assert_eq!(status.signal(), Some(9), "{status}");
    let last = *acked.last().unwrap();
    assert_eq!(acked, (0..=last).collect::<Vec<_>>());

    let store = SqliteStore::open(dir.path()).await.unwrap();
    for &i in &acked {
        let record = store
            .get(ACCOUNT, Kind::User, &format!("u{i:06}"))
            .await
            .unwrap();
        assert_eq!(record.map(|r| r.data), Some(i.to_string()), "write {i}");
    }
    // The write in flight at the kill is either wholly there or wholly absent.
    let counter = store
        .get(ACCOUNT, Kind::Account, "")
        .await
        .unwrap()
        .unwrap();
    let applied: u64 = counter.data.parse().unwrap();
    assert!(
        applied == last || applied == last + 1,
        "{applied} after {last}"
    );
    assert_eq!(counter.version, i64::try_from(applied).unwrap() + 1);
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), applied + 1);
    assert_eq!(
        store.count(ACCOUNT, Kind::User, None).await.unwrap(),
        applied + 1
    );
    // The store still takes writes.
    store
        .write(ACCOUNT, crash_batch(applied + 1))
        .await
        .unwrap();
    store.close().await;
}
