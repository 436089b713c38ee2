//! One harness for the access analyses' integration tests: an account on a real SQLite store,
//! built through iamd-core's operations as root, as an administrator would build it.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly by design")]

use std::sync::Arc;

use iamd_access::Principals;
use iamd_core::clock::ManualClock;
use iamd_core::entities::OwnerKind;
use iamd_core::ops::NewRole;
use iamd_core::secrets::MasterKey;
use iamd_core::{Caller, Iam};
use iamd_policy::{Principal, PrincipalKind, RequestContext};
use iamd_store::SqliteStore;
use serde_json::{Value, json};
use tempfile::TempDir;
use time::{Duration, OffsetDateTime};

pub const ACCOUNT: &str = "123456789012";

pub struct Account {
    _dir: TempDir,
    pub iam: Iam<SqliteStore>,
}

pub fn user_arn(name: &str) -> String {
    format!("arn:aws:iam::{ACCOUNT}:user/{name}")
}

pub fn role_arn(name: &str) -> String {
    format!("arn:aws:iam::{ACCOUNT}:role/{name}")
}

/// A policy document of these statements.
pub fn doc(statements: Value) -> String {
    json!({"Version": "2012-10-17", "Statement": statements}).to_string()
}

pub fn allow(actions: Value, resource: &str) -> Value {
    json!({"Effect": "Allow", "Action": actions, "Resource": resource})
}

/// A trust policy letting these AWS principals assume the role.
pub fn trust(principals: &[String], condition: Option<Value>) -> String {
    let mut s =
        json!({"Effect": "Allow", "Principal": {"AWS": principals}, "Action": "sts:AssumeRole"});
    if let Some(c) = condition {
        s["Condition"] = c;
    }
    doc(json!([s]))
}

pub fn mfa_condition() -> Value {
    json!({"Bool": {"aws:MultiFactorAuthPresent": "true"}})
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
        access_key_id: "AKIAROOTROOTROOTROOT".into(),
        context: RequestContext::new(),
        session: None,
    }
}

impl Account {
    pub async fn new() -> Account {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).await.unwrap();
        let clock = Arc::new(ManualClock::new(
            OffsetDateTime::UNIX_EPOCH + Duration::days(20_000),
        ));
        let iam = Iam::open(store, MasterKey::from_bytes("k1", &[7; 32]), clock, ACCOUNT)
            .await
            .unwrap();
        Account { _dir: dir, iam }
    }

    pub async fn user(&self, name: &str, policy: Option<String>) -> &Self {
        self.iam
            .create_user(&root(), name, None, None, Vec::new())
            .await
            .unwrap();
        if let Some(p) = policy {
            self.inline(OwnerKind::User, name, &p).await;
        }
        self
    }

    pub async fn inline(&self, kind: OwnerKind, owner: &str, document: &str) -> &Self {
        self.iam
            .put_inline_policy(&root(), kind, owner, "inline", document)
            .await
            .unwrap();
        self
    }

    pub async fn group(&self, name: &str, policy: &str, members: &[&str]) -> &Self {
        self.iam.create_group(&root(), name, None).await.unwrap();
        self.inline(OwnerKind::Group, name, policy).await;
        for m in members {
            self.iam.add_user_to_group(&root(), name, m).await.unwrap();
        }
        self
    }

    pub async fn role(&self, name: &str, trust: &str, policy: Option<String>) -> &Self {
        self.iam
            .create_role(
                &root(),
                NewRole {
                    name,
                    path: None,
                    assume_role_policy: trust,
                    description: None,
                    max_session_duration: None,
                    permissions_boundary: None,
                    tags: Vec::new(),
                },
            )
            .await
            .unwrap();
        if let Some(p) = policy {
            self.inline(OwnerKind::Role, name, &p).await;
        }
        self
    }

    /// A customer managed policy set as the user's permissions boundary.
    pub async fn boundary(&self, user: &str, document: &str) -> &Self {
        let name = format!("boundary-{user}");
        let policy = self
            .iam
            .create_policy(&root(), &name, None, document, None, Vec::new())
            .await
            .unwrap();
        self.iam
            .put_user_permissions_boundary(&root(), user, &policy.arn)
            .await
            .unwrap();
        self
    }

    pub async fn principals(&self) -> Principals {
        Principals::load(&self.iam).await.unwrap()
    }
}
