//! The audit outbox against a real SQLite store and trail: a change whose request dies
//! between the commit and the append gets its record at the next start, exactly once.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]
#![expect(
    clippy::disallowed_methods,
    reason = "the test reads the trail's files, which core itself never does"
)]

use std::path::Path;
use std::sync::Arc;

use iamd_audit::{ApiCall, AuditLog, EventSource, Record, UserIdentity};
use iamd_core::Iam;
use iamd_core::audit::{FromCaller, Intent, recovery};
use iamd_core::clock::SystemClock;
use iamd_core::store::{Kind, Query, Store};
use iamd_store::SqliteStore;
use serde_json::{Value, json};

pub mod common;
use common::{ACCOUNT, root};

const SECRET: &str = "Sup3r-Secret-Passw0rd";

async fn open(dir: &Path) -> (SqliteStore, Iam<SqliteStore>, AuditLog) {
    let store = SqliteStore::open(dir).await.unwrap();
    let iam = common::open(store.clone(), Arc::new(SystemClock)).await;
    let log = AuditLog::open(dir).unwrap();
    (store, iam, log)
}

/// The record of a CreateUser call as the front door builds it before running the call; the
/// parameters carry a secret the redaction must drop.
fn skeleton(iam: &Iam<SqliteStore>, name: &str) -> Record {
    Record::api_call(ApiCall {
        source: EventSource::Iam,
        operation: "CreateUser",
        identity: UserIdentity::from_caller(&root()),
        source_ip: "192.0.2.7",
        user_agent: "test-agent",
        request_parameters: json!({ "userName": name, "password": SECRET }),
        response_elements: Value::Null,
        error: None,
        request_id: "req-1",
        recipient_account_id: ACCOUNT,
        time: iam.now(),
    })
}

/// Every record line of the trail, parsed.
fn trail(dir: &Path) -> Vec<Value> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir.join("audit")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                out.push(serde_json::from_str(line).unwrap());
            }
        }
    }
    out
}

fn with_id<'a>(records: &'a [Value], id: &str) -> Vec<&'a Value> {
    records.iter().filter(|r| r["eventID"] == id).collect()
}

async fn outbox_rows(store: &SqliteStore) -> usize {
    store
        .list(ACCOUNT, &Query::all(Kind::AuditOutbox))
        .await
        .unwrap()
        .records
        .len()
}

#[tokio::test]
async fn a_change_interrupted_before_its_record_is_recovered_once() {
    let dir = tempfile::tempdir().unwrap();
    let event_id;
    {
        let (store, iam, log) = open(dir.path()).await;
        let intent = Intent::new(&skeleton(&iam, "alice")).unwrap();
        event_id = intent.event_id().to_string();
        intent
            .scope(iam.create_user(&root(), "alice", None, None, Vec::new()))
            .await
            .unwrap();
        assert!(intent.written());
        // The row committed with the user, and it holds no secret.
        let row = store
            .get(ACCOUNT, Kind::AuditOutbox, &event_id)
            .await
            .unwrap()
            .expect("the outbox row committed with the change");
        assert!(!row.data.contains(SECRET), "{}", row.data);
        assert!(row.data.contains("alice"));
        // "Crash": the process ends without appending the record.
        drop(log);
    }
    assert!(with_id(&trail(dir.path()), &event_id).is_empty());

    let (store, iam, log) = open(dir.path()).await;
    assert!(iam.get_user(&root(), Some("alice")).await.is_ok());
    assert_eq!(recovery::recover(&iam, &log).await.unwrap(), 1);
    assert_eq!(outbox_rows(&store).await, 0);
    // A second start finds nothing more to do.
    assert_eq!(recovery::recover(&iam, &log).await.unwrap(), 0);
    log.close().unwrap();

    let records = trail(dir.path());
    let found = with_id(&records, &event_id);
    assert_eq!(found.len(), 1, "{records:?}");
    let r = found[0];
    assert_eq!(r["eventName"], "CreateUser");
    assert_eq!(r["requestParameters"]["userName"], "alice");
    assert!(r["requestParameters"].get("password").is_none());
    assert!(r.get("errorCode").is_none());
    assert_eq!(r["responseElements"], Value::Null);
    assert_eq!(r["additionalEventData"]["recoveredFromOutbox"], true);
    assert!(!r.to_string().contains(SECRET));
    let report = iamd_audit::verify::verify(dir.path()).unwrap();
    assert!(report.intact(), "{:?}", report.problems);
}

#[tokio::test]
async fn a_record_already_in_the_trail_is_not_written_twice() {
    let dir = tempfile::tempdir().unwrap();
    let event_id;
    {
        let (_store, iam, log) = open(dir.path()).await;
        let intent = Intent::new(&skeleton(&iam, "bob")).unwrap();
        event_id = intent.event_id().to_string();
        intent
            .scope(iam.create_user(&root(), "bob", None, None, Vec::new()))
            .await
            .unwrap();
        let mut record = skeleton(&iam, "bob");
        record.event_id = event_id.clone();
        log.append(&record, true).await.unwrap();
        // "Crash" after the append, before the row was deleted.
        drop(log);
    }
    let (store, iam, log) = open(dir.path()).await;
    assert_eq!(outbox_rows(&store).await, 1);
    assert_eq!(recovery::recover(&iam, &log).await.unwrap(), 0);
    assert_eq!(outbox_rows(&store).await, 0);
    log.close().unwrap();
    let records = trail(dir.path());
    let found = with_id(&records, &event_id);
    assert_eq!(found.len(), 1);
    assert!(found[0].get("additionalEventData").is_none());
}

#[tokio::test]
async fn settled_rows_are_purged_and_failed_or_unscoped_writes_leave_none() {
    let dir = tempfile::tempdir().unwrap();
    let (store, iam, log) = open(dir.path()).await;
    // Settled after the append: the purge removes the row.
    let intent = Intent::new(&skeleton(&iam, "carol")).unwrap();
    intent
        .scope(iam.create_user(&root(), "carol", None, None, Vec::new()))
        .await
        .unwrap();
    assert_eq!(outbox_rows(&store).await, 1);
    iam.audit_settled(&intent);
    iam.purge_audit_outbox().await.unwrap();
    assert_eq!(outbox_rows(&store).await, 0);
    // A refused change commits nothing, so no row either.
    let again = Intent::new(&skeleton(&iam, "carol")).unwrap();
    assert!(
        again
            .scope(iam.create_user(&root(), "carol", None, None, Vec::new()))
            .await
            .is_err()
    );
    assert!(!again.written());
    // A write outside any intent (a background task) carries no row.
    iam.create_user(&root(), "dave", None, None, Vec::new())
        .await
        .unwrap();
    assert_eq!(outbox_rows(&store).await, 0);
    log.close().unwrap();
}

/// Nodes sharing a store take over only the rows older than the grace: a row of a call still
/// in flight on another node is left to that node.
#[tokio::test]
async fn recovery_with_a_grace_leaves_recent_rows_to_the_node_that_wrote_them() {
    let dir = tempfile::tempdir().unwrap();
    let (store, iam, log) = open(dir.path()).await;
    let intent = Intent::new(&skeleton(&iam, "carol")).unwrap();
    intent
        .scope(iam.create_user(&root(), "carol", None, None, Vec::new()))
        .await
        .unwrap();
    let grace = time::Duration::seconds(60);
    assert_eq!(
        recovery::recover_older_than(&iam, &log, grace)
            .await
            .unwrap(),
        0
    );
    assert_eq!(outbox_rows(&store).await, 1);
    // Without a grace (one node: whatever is left is its own), it is recovered.
    assert_eq!(recovery::recover(&iam, &log).await.unwrap(), 1);
    assert_eq!(outbox_rows(&store).await, 0);
    log.close().unwrap();
}
