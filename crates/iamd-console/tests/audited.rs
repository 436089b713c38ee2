//! A console change commits its audit record with the change (the outbox), as an API call
//! does: a record that never reached the trail is appended at the next start, once; a
//! record that did lets its committed copy go.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use std::path::Path;
use std::sync::Arc;

use iamd_audit::AuditLog;
use iamd_check::IamLockoutWatch;
use iamd_console::{Console, ConsoleConfig};
use iamd_core::audit::recovery;
use iamd_core::clock::SystemClock;
use iamd_core::ops::console::BrowserOrigin;
use iamd_core::secrets::MasterKey;
use iamd_core::store::{Kind, Query, Store};
use iamd_core::{Caller, CoreError, Iam};
use iamd_policy::{Principal, PrincipalKind, RequestContext};
use iamd_store::SqliteStore;
use serde_json::{Value, json};

const ACCOUNT: &str = "123456789012";

struct Node {
    store: SqliteStore,
    iam: Arc<Iam<SqliteStore>>,
    log: Arc<AuditLog>,
    console: Console<SqliteStore>,
}

async fn open(dir: &Path) -> Node {
    let store = SqliteStore::open(dir).await.unwrap();
    let iam = Arc::new(
        Iam::open(
            store.clone(),
            MasterKey::from_bytes("k1", &[7; 32]),
            Arc::new(SystemClock),
            ACCOUNT,
        )
        .await
        .unwrap(),
    );
    let log = Arc::new(AuditLog::open(dir).unwrap());
    let config = ConsoleConfig {
        audit: Some(log.clone()),
        trusted_proxies: Vec::new(),
    };
    let console = Console::new(iam.clone(), config);
    Node {
        store,
        iam,
        log,
        console,
    }
}

fn root() -> Caller {
    Caller {
        principal: Principal {
            kind: PrincipalKind::Root,
            arn: format!("arn:aws:iam::{ACCOUNT}:root"),
            account: ACCOUNT.into(),
            role_arn: None,
            service: None,
        },
        user: None,
        access_key_id: String::new(),
        context: RequestContext::new(),
        session: None,
    }
}

fn browser() -> BrowserOrigin {
    BrowserOrigin {
        source_ip: "192.0.2.7".into(),
        user_agent: "Mozilla/5.0 (test)".into(),
        secure_transport: false,
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

/// The outbox rows: (eventID, record as JSON).
async fn outbox_rows(store: &SqliteStore) -> Vec<(String, Value)> {
    store
        .list(ACCOUNT, &Query::all(Kind::AuditOutbox))
        .await
        .unwrap()
        .records
        .into_iter()
        .map(|r| (r.key, serde_json::from_str(&r.data).unwrap()))
        .collect()
}

/// CreateUser through the console's audited path, as the users page performs it.
async fn create_user(node: &Node, name: &str) -> Result<(), CoreError> {
    let caller = root();
    node.console
        .audited(
            &caller,
            &browser(),
            "CreateUser",
            json!({ "userName": name, "path": "/" }),
            node.iam.create_user(&caller, name, None, None, Vec::new()),
        )
        .await
        .map(|_| ())
}

#[tokio::test]
async fn a_console_change_whose_record_was_not_written_is_recovered_once() {
    let dir = tempfile::tempdir().unwrap();
    let event_id;
    {
        let node = open(dir.path()).await;
        // The trail stops taking records: the change commits, its record never arrives
        // (as when the process dies between the two).
        node.log.close().unwrap();
        create_user(&node, "alice").await.unwrap();
        let rows = outbox_rows(&node.store).await;
        assert_eq!(rows.len(), 1, "{rows:?}");
        let (key, row) = &rows[0];
        event_id = key.clone();
        assert_eq!(row["eventID"], event_id.as_str());
        assert_eq!(row["eventName"], "CreateUser");
        assert_eq!(row["requestParameters"]["userName"], "alice");
        assert_eq!(row["userIdentity"]["invokedBy"], "signin.amazonaws.com");
        // Nothing settled it: a purge leaves it.
        node.iam.purge_audit_outbox().await.unwrap();
        assert_eq!(outbox_rows(&node.store).await.len(), 1);
    }
    assert!(named(&trail(dir.path()), "CreateUser").is_empty());

    // The next start: the user is there, and so, once, is its record.
    let node = open(dir.path()).await;
    assert!(node.iam.get_user(&root(), Some("alice")).await.is_ok());
    assert_eq!(recovery::recover(&node.iam, &node.log).await.unwrap(), 1);
    assert!(outbox_rows(&node.store).await.is_empty());
    assert_eq!(recovery::recover(&node.iam, &node.log).await.unwrap(), 0);
    node.log.close().unwrap();

    let records = trail(dir.path());
    let found = named(&records, "CreateUser");
    assert_eq!(found.len(), 1, "{records:?}");
    let r = found[0];
    assert_eq!(r["eventID"], event_id.as_str());
    assert_eq!(r["userIdentity"]["invokedBy"], "signin.amazonaws.com");
    assert_eq!(r["sourceIPAddress"], "192.0.2.7");
    assert_eq!(r["userAgent"], "Mozilla/5.0 (test)");
    assert_eq!(r["requestParameters"]["userName"], "alice");
    assert_eq!(r["additionalEventData"]["recoveredFromOutbox"], true);
    let report = iamd_audit::verify::verify(dir.path()).unwrap();
    assert!(report.intact(), "{:?}", report.problems);
}

#[tokio::test]
async fn a_recorded_console_change_is_the_event_it_committed_and_its_row_goes() {
    let dir = tempfile::tempdir().unwrap();
    let node = open(dir.path()).await;
    create_user(&node, "bob").await.unwrap();
    // The copy committed with the user is there until the purge.
    let rows = outbox_rows(&node.store).await;
    assert_eq!(rows.len(), 1, "{rows:?}");
    let event_id = rows[0].0.clone();
    node.iam.purge_audit_outbox().await.unwrap();
    assert!(outbox_rows(&node.store).await.is_empty());

    // A refused change writes nothing, so leaves no row; a read-only call gets no intent.
    let refused = create_user(&node, "bob").await;
    assert!(
        matches!(refused, Err(CoreError::EntityAlreadyExists(_))),
        "{refused:?}"
    );
    let caller = root();
    node.console
        .audited(
            &caller,
            &browser(),
            "GetUser",
            json!({ "userName": "bob" }),
            node.iam.get_user(&caller, Some("bob")),
        )
        .await
        .unwrap();
    assert!(outbox_rows(&node.store).await.is_empty());
    // A restart finds nothing to recover.
    assert_eq!(recovery::recover(&node.iam, &node.log).await.unwrap(), 0);
    node.log.close().unwrap();

    let records = trail(dir.path());
    let created = named(&records, "CreateUser");
    assert_eq!(created.len(), 2, "{records:?}");
    assert_eq!(created[0]["eventID"], event_id.as_str());
    assert!(created[0].get("errorCode").is_none());
    assert!(created[0].get("additionalEventData").is_none());
    assert_eq!(
        created[0]["userIdentity"]["invokedBy"],
        "signin.amazonaws.com"
    );
    assert_eq!(created[1]["errorCode"], "EntityAlreadyExists");
    assert_ne!(created[1]["eventID"], event_id.as_str());
    let read = named(&records, "GetUser");
    assert_eq!(read.len(), 1, "{records:?}");
    assert_eq!(read[0]["readOnly"], true);
}

/// A console change that can lock a user out asks the lockout analyzer to look again, as an
/// API call does: the S2 trap put in place through the console shows in the latest report.
#[tokio::test]
async fn a_console_change_that_can_lock_a_user_out_reruns_the_lockout_analyzer() {
    let dir = tempfile::tempdir().unwrap();
    let node = open(dir.path()).await;
    let caller = root();
    node.iam
        .create_user(&caller, "newhire", None, None, Vec::new())
        .await
        .unwrap();
    node.iam
        .create_login_profile(
            &caller,
            Some("newhire"),
            Some(iamd_core::ops::passwords::Password::new(
                "Initial-Passw0rd!".into(),
            )),
            true,
        )
        .await
        .unwrap();
    let watcher = tokio::spawn(iamd_check::watch_lockouts(node.iam.clone()));
    // Without AllowUsersToChangePassword the user is already stuck (nothing allows the
    // change); count only the findings the Deny below causes.
    let lockouts = |node: &Node| {
        node.iam
            .lockout_watch()
            .latest()
            .map(|r| {
                r.findings
                    .iter()
                    .filter(|f| f.id == "LOCKOUT.1")
                    .filter(|f| {
                        serde_json::to_string(f)
                            .unwrap()
                            .contains("DenyAllExceptListedIfNoMFA")
                    })
                    .count()
            })
            .unwrap_or(0)
    };
    // The watcher's first run (at start) must be over, so only the change can explain a
    // finding.
    for _ in 0..100 {
        if node.iam.lockout_watch().latest().is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(node.iam.lockout_watch().latest().is_some(), "no first run");
    assert_eq!(lockouts(&node), 0);
    let deny = r#"{"Version":"2012-10-17","Statement":[{"Sid":"DenyAllExceptListedIfNoMFA",
        "Effect":"Deny","NotAction":["iam:ListUsers"],"Resource":"*",
        "Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}"#;
    node.console
        .audited(
            &caller,
            &browser(),
            "PutUserPolicy",
            json!({ "userName": "newhire", "policyName": "mfa-force" }),
            node.iam.put_inline_policy(
                &caller,
                iamd_core::entities::OwnerKind::User,
                "newhire",
                "mfa-force",
                deny,
            ),
        )
        .await
        .unwrap();
    // The analyzer settles for a moment after a change; give it a few seconds at most.
    let mut found = 0;
    for _ in 0..100 {
        found = lockouts(&node);
        if found > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    watcher.abort();
    assert_eq!(
        found, 1,
        "the console's PutUserPolicy did not re-run the analyzer"
    );
}
