//! Core's call pipeline (`Iam::call`) against a real SQLite store and trail: a change runs in
//! its intent and its record is the same event; a failure's record carries its error; a read
//! writes no outbox row and keeps no response; a record that cannot be written is answered
//! as the error type says, and its committed copy stays for recovery; success is published.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]
#![expect(
    clippy::disallowed_methods,
    reason = "the test reads the trail's files, which core itself never does"
)]

use std::borrow::Cow;
use std::path::Path;
use std::sync::{Arc, Mutex};

use iamd_audit::{AuditError, AuditLog, UserIdentity};
use iamd_core::audit::{FromCaller, recovery};
use iamd_core::clock::SystemClock;
use iamd_core::events::{Change, ChangeListener};
use iamd_core::store::{Kind, Query, Store};
use iamd_core::{Call, CallError, CoreError, Iam};
use iamd_store::SqliteStore;
use serde_json::{Value, json};

pub mod common;
use common::{ACCOUNT, root};

async fn open(dir: &Path) -> (SqliteStore, Iam<SqliteStore>, AuditLog) {
    let store = SqliteStore::open(dir).await.unwrap();
    let iam = common::open(store.clone(), Arc::new(SystemClock)).await;
    let log = AuditLog::open(dir).unwrap();
    (store, iam, log)
}

/// The operations published to the account's change listeners.
#[derive(Default)]
struct Heard(Mutex<Vec<String>>);

impl ChangeListener for Heard {
    fn changed(&self, change: &Change<'_>) {
        self.0.lock().unwrap().push(change.operation.to_string());
    }
}

fn heard(iam: &Iam<SqliteStore>) -> Arc<Heard> {
    iam.change_listeners().get_or_subscribe(Heard::default)
}

/// A call by the account's root user, as a front door names it.
fn call<'a>(iam: &'a Iam<SqliteStore>, operation: &'a str, params: Value) -> Call<'a> {
    Call {
        operation,
        identity: UserIdentity::from_caller(&root()),
        request_parameters: params,
        source_ip: "192.0.2.7",
        user_agent: "test-agent",
        request_id: "req-1",
        recipient_account_id: ACCOUNT,
        time: iam.now(),
    }
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

fn named<'a>(records: &'a [Value], name: &str) -> Vec<&'a Value> {
    records.iter().filter(|r| r["eventName"] == name).collect()
}

async fn outbox_rows(store: &SqliteStore) -> usize {
    store
        .list(ACCOUNT, &Query::all(Kind::AuditOutbox))
        .await
        .unwrap()
        .records
        .len()
}

fn user_elements(user: &iamd_core::entities::User) -> Value {
    json!({ "user": { "userName": user.name } })
}

#[tokio::test]
async fn a_change_commits_its_record_and_the_trail_gets_the_same_event() {
    let dir = tempfile::tempdir().unwrap();
    let (store, iam, log) = open(dir.path()).await;
    let heard = heard(&iam);
    let params = json!({ "userName": "alice", "password": "Sup3r-Secret" });
    let user = iam
        .call(
            call(&iam, "CreateUser", params),
            Some(&log),
            iam.create_user(&root(), "alice", None, None, Vec::new()),
            user_elements,
        )
        .await
        .unwrap();
    assert_eq!(user.name, "alice");
    // The change committed its outbox row; the append settled it, so the purge removes it.
    let rows = store
        .list(ACCOUNT, &Query::all(Kind::AuditOutbox))
        .await
        .unwrap()
        .records;
    assert_eq!(rows.len(), 1);
    let committed: Value = serde_json::from_str(&rows[0].data).unwrap();
    iam.purge_audit_outbox().await.unwrap();
    assert_eq!(outbox_rows(&store).await, 0);
    log.close().unwrap();

    let records = trail(dir.path());
    let found = named(&records, "CreateUser");
    assert_eq!(found.len(), 1, "{records:?}");
    let r = found[0];
    assert_eq!(r["eventID"], committed["eventID"]);
    assert_eq!(r["eventTime"], committed["eventTime"]);
    assert_eq!(r["requestParameters"]["userName"], "alice");
    assert!(r["requestParameters"].get("password").is_none());
    assert_eq!(r["responseElements"]["user"]["userName"], "alice");
    assert_eq!(r["readOnly"], false);
    assert_eq!(r["sourceIPAddress"], "192.0.2.7");
    assert_eq!(r["requestID"], "req-1");
    assert!(r.get("errorCode").is_none());
    assert_eq!(*heard.0.lock().unwrap(), vec!["CreateUser".to_string()]);
}

#[tokio::test]
async fn a_failed_call_is_recorded_with_its_error_and_not_published() {
    let dir = tempfile::tempdir().unwrap();
    let (store, iam, log) = open(dir.path()).await;
    iam.create_user(&root(), "bob", None, None, Vec::new())
        .await
        .unwrap();
    let heard = heard(&iam);
    let refused = iam
        .call(
            call(&iam, "CreateUser", json!({ "userName": "bob" })),
            Some(&log),
            iam.create_user(&root(), "bob", None, None, Vec::new()),
            user_elements,
        )
        .await
        .unwrap_err();
    assert_eq!(refused.code(), "EntityAlreadyExists");
    // Nothing committed, so no row was written.
    assert_eq!(outbox_rows(&store).await, 0);
    log.close().unwrap();
    let records = trail(dir.path());
    let r = named(&records, "CreateUser")[0];
    assert_eq!(r["errorCode"], "EntityAlreadyExists");
    assert_eq!(r["errorMessage"], refused.to_string());
    assert_eq!(r["responseElements"], Value::Null);
    assert!(heard.0.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_read_writes_no_row_and_keeps_no_response() {
    let dir = tempfile::tempdir().unwrap();
    let (store, iam, log) = open(dir.path()).await;
    iam.create_user(&root(), "carol", None, None, Vec::new())
        .await
        .unwrap();
    let rendered = Mutex::new(false);
    iam.call(
        call(&iam, "GetUser", json!({ "userName": "carol" })),
        Some(&log),
        iam.get_user(&root(), Some("carol")),
        |user| {
            *rendered.lock().unwrap() = true;
            user_elements(user)
        },
    )
    .await
    .unwrap();
    assert!(
        !*rendered.lock().unwrap(),
        "a read's response is not rendered"
    );
    assert_eq!(outbox_rows(&store).await, 0);
    log.close().unwrap();
    let records = trail(dir.path());
    let r = named(&records, "GetUser")[0];
    assert_eq!(r["readOnly"], true);
    assert_eq!(r["responseElements"], Value::Null);
    assert_eq!(r["requestParameters"]["userName"], "carol");
}

/// An error type that refuses to acknowledge an unrecorded change, as the API does.
#[derive(Debug)]
struct Strict(String);

impl CallError for Strict {
    fn code(&self) -> &str {
        &self.0
    }
    fn message(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0)
    }
    fn unprepared(_operation: &str, _error: AuditError) -> Strict {
        Strict("Unprepared".into())
    }
    fn unrecorded(_operation: &str) -> Option<Strict> {
        Some(Strict("ServiceFailure".into()))
    }
}

#[tokio::test]
async fn a_change_whose_record_is_lost_is_answered_as_its_error_type_says() {
    let dir = tempfile::tempdir().unwrap();
    let (store, iam, log) = open(dir.path()).await;
    // A closed trail refuses every append.
    log.close().unwrap();
    let heard = heard(&iam);
    let strict = iam
        .call(
            call(&iam, "CreateUser", json!({ "userName": "dave" })),
            Some(&log),
            async {
                iam.create_user(&root(), "dave", None, None, Vec::new())
                    .await
                    .map_err(|e| Strict(e.code().to_string()))
            },
            user_elements,
        )
        .await
        .unwrap_err();
    assert_eq!(strict.0, "ServiceFailure");
    // The console's CoreError answers as the operation did.
    let lenient: Result<_, CoreError> = iam
        .call(
            call(&iam, "CreateUser", json!({ "userName": "erin" })),
            Some(&log),
            iam.create_user(&root(), "erin", None, None, Vec::new()),
            user_elements,
        )
        .await;
    assert!(lenient.is_ok());
    // Both changes were made and published; their committed copies wait for recovery.
    assert_eq!(
        *heard.0.lock().unwrap(),
        vec!["CreateUser".to_string(), "CreateUser".to_string()]
    );
    iam.purge_audit_outbox().await.unwrap();
    assert_eq!(outbox_rows(&store).await, 2);
    let reopened = AuditLog::open(dir.path()).unwrap();
    assert_eq!(recovery::recover(&iam, &reopened).await.unwrap(), 2);
    reopened.close().unwrap();
}

#[tokio::test]
async fn without_a_trail_the_operation_runs_and_is_published() {
    let dir = tempfile::tempdir().unwrap();
    let (store, iam, log) = open(dir.path()).await;
    let heard = heard(&iam);
    let result: Result<_, CoreError> = iam
        .call(
            call(&iam, "CreateUser", Value::Null),
            None,
            iam.create_user(&root(), "frank", None, None, Vec::new()),
            user_elements,
        )
        .await;
    assert!(result.is_ok());
    assert_eq!(outbox_rows(&store).await, 0);
    assert_eq!(*heard.0.lock().unwrap(), vec!["CreateUser".to_string()]);
    log.close().unwrap();
    assert!(named(&trail(dir.path()), "CreateUser").is_empty());
}
