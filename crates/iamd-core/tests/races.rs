//! Writes re-check what they depend on where they commit: every delete (DeleteUser,
//! DeleteGroup, DeleteRole, DeletePolicy) raced against every grant (memberships, inline
//! policies, attachments, boundaries, users and roles created with a boundary, access keys,
//! login profiles, service credentials), against the real SQLite store, leaves no record owned
//! by a missing owner, no reference to a missing policy, and the quotas held.
//!
//! The race is made deterministic by [`GatedStore`]: it holds one operation's write (after
//! everything that operation read) until the other operation has committed, in both orders.
//! A proptest then runs random mixes of the same operations freely concurrently.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iamd_core::clock::SystemClock;
use iamd_core::entities::{Attachment, InlinePolicy, ManagedPolicy, OwnerKind, Role, User};
use iamd_core::ops::NewRole;
use iamd_core::ops::passwords::Password;
use iamd_core::store::{Kind, NewRecord, Page, Query, Record, Store, StoreError, WriteBatch};
use iamd_core::totp::{Seed, step_at};
use iamd_core::{CoreError, Iam};
use iamd_store::SqliteStore;
use proptest::prelude::*;
use tempfile::TempDir;
use tokio::sync::Notify;

pub mod common;
use common::{ACCOUNT, root};

const POLICY: &str = "arn:aws:iam::123456789012:policy/p";
const ALLOW_ALL: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;
const TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#;

/// A store that can hold the next write until released (the other calls pass through).
#[derive(Clone)]
struct GatedStore(Arc<Gate>);

struct Gate {
    inner: SqliteStore,
    armed: AtomicBool,
    reached: Notify,
    release: Notify,
}

impl Gate {
    /// Hold the next write: [`GatedStore::reached`] fires when it arrives.
    fn arm(&self) {
        self.armed.store(true, Ordering::SeqCst);
    }
}

impl std::ops::Deref for GatedStore {
    type Target = Gate;
    fn deref(&self) -> &Gate {
        &self.0
    }
}

impl Store for GatedStore {
    async fn get(
        &self,
        account: &str,
        kind: Kind,
        key: &str,
    ) -> Result<Option<Record>, StoreError> {
        self.inner.get(account, kind, key).await
    }

    async fn list(&self, account: &str, query: &Query) -> Result<Page, StoreError> {
        self.inner.list(account, query).await
    }

    async fn count(
        &self,
        account: &str,
        kind: Kind,
        owner: Option<&str>,
    ) -> Result<u64, StoreError> {
        self.inner.count(account, kind, owner).await
    }

    async fn write(&self, account: &str, batch: WriteBatch) -> Result<(), StoreError> {
        if self.armed.swap(false, Ordering::SeqCst) {
            self.reached.notify_one();
            self.release.notified().await;
        }
        self.inner.write(account, batch).await
    }

    async fn replace_account(
        &self,
        account: &str,
        records: Vec<NewRecord>,
    ) -> Result<(), StoreError> {
        self.inner.replace_account(account, records).await
    }

    async fn generation(&self, account: &str) -> Result<u64, StoreError> {
        self.inner.generation(account).await
    }

    async fn accounts(&self) -> Result<Vec<String>, StoreError> {
        self.inner.accounts().await
    }
}

struct Fixture {
    _dir: TempDir,
    gate: GatedStore,
    iam: Arc<Iam<GatedStore>>,
    /// The base32 seed of the unassigned virtual MFA device `d`.
    seed: Arc<str>,
}

/// A user `u`, a group `g`, a role `r` and a policy `p`, none of them in use, so that each
/// delete succeeds when nothing races it.
async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let gate = GatedStore(Arc::new(Gate {
        inner: SqliteStore::open(dir.path()).await.unwrap(),
        armed: AtomicBool::new(false),
        reached: Notify::new(),
        release: Notify::new(),
    }));
    let iam = common::open(gate.clone(), Arc::new(SystemClock)).await;
    let r = root();
    iam.create_user(&r, "u", None, None, Vec::new())
        .await
        .unwrap();
    iam.create_group(&r, "g", None).await.unwrap();
    iam.create_role(&r, role("r", None)).await.unwrap();
    iam.create_policy(&r, "p", None, ALLOW_ALL, None, Vec::new())
        .await
        .unwrap();
    let device = iam
        .create_virtual_mfa_device(&r, "d", None, Vec::new())
        .await
        .unwrap();
    Fixture {
        _dir: dir,
        gate,
        iam: Arc::new(iam),
        seed: Arc::from(device.base32_seed.as_str()),
    }
}

fn role<'a>(name: &'a str, boundary: Option<&'a str>) -> NewRole<'a> {
    NewRole {
        name,
        path: None,
        assume_role_policy: TRUST,
        description: None,
        max_session_duration: None,
        permissions_boundary: boundary,
        tags: Vec::new(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delete {
    User,
    Group,
    Role,
    Policy,
}

const DELETES: [Delete; 4] = [Delete::User, Delete::Group, Delete::Role, Delete::Policy];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grant {
    AddUserToGroup,
    PutUserPolicy,
    PutGroupPolicy,
    PutRolePolicy,
    AttachUserPolicy,
    AttachGroupPolicy,
    AttachRolePolicy,
    CreateUserWithBoundary,
    CreateRoleWithBoundary,
    PutUserPermissionsBoundary,
    PutRolePermissionsBoundary,
    CreateAccessKey,
    CreateLoginProfile,
    CreateServiceSpecificCredential,
    EnableMfaDevice,
}

const GRANTS: [Grant; 15] = [
    Grant::AddUserToGroup,
    Grant::PutUserPolicy,
    Grant::PutGroupPolicy,
    Grant::PutRolePolicy,
    Grant::AttachUserPolicy,
    Grant::AttachGroupPolicy,
    Grant::AttachRolePolicy,
    Grant::CreateUserWithBoundary,
    Grant::CreateRoleWithBoundary,
    Grant::PutUserPermissionsBoundary,
    Grant::PutRolePermissionsBoundary,
    Grant::CreateAccessKey,
    Grant::CreateLoginProfile,
    Grant::CreateServiceSpecificCredential,
    Grant::EnableMfaDevice,
];

async fn delete(iam: &Iam<GatedStore>, d: Delete) -> Result<(), CoreError> {
    let r = root();
    match d {
        Delete::User => iam.delete_user(&r, "u").await,
        Delete::Group => iam.delete_group(&r, "g").await,
        Delete::Role => iam.delete_role(&r, "r").await,
        Delete::Policy => iam.delete_policy(&r, POLICY).await,
    }
}

async fn grant(iam: &Iam<GatedStore>, seed: &str, g: Grant, n: usize) -> Result<(), CoreError> {
    let r = root();
    let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:Get*","Resource":"*"}]}"#;
    match g {
        Grant::AddUserToGroup => iam.add_user_to_group(&r, "g", "u").await,
        Grant::PutUserPolicy => {
            iam.put_inline_policy(&r, OwnerKind::User, "u", &format!("i{n}"), doc)
                .await
        }
        Grant::PutGroupPolicy => {
            iam.put_inline_policy(&r, OwnerKind::Group, "g", &format!("i{n}"), doc)
                .await
        }
        Grant::PutRolePolicy => {
            iam.put_inline_policy(&r, OwnerKind::Role, "r", &format!("i{n}"), doc)
                .await
        }
        Grant::AttachUserPolicy => iam.attach_policy(&r, OwnerKind::User, "u", POLICY).await,
        Grant::AttachGroupPolicy => iam.attach_policy(&r, OwnerKind::Group, "g", POLICY).await,
        Grant::AttachRolePolicy => iam.attach_policy(&r, OwnerKind::Role, "r", POLICY).await,
        Grant::CreateUserWithBoundary => iam
            .create_user(&r, &format!("bounded{n}"), None, Some(POLICY), Vec::new())
            .await
            .map(drop),
        Grant::CreateRoleWithBoundary => iam
            .create_role(&r, role(&format!("bounded{n}"), Some(POLICY)))
            .await
            .map(drop),
        Grant::PutUserPermissionsBoundary => {
            iam.put_user_permissions_boundary(&r, "u", POLICY).await
        }
        Grant::PutRolePermissionsBoundary => {
            iam.put_role_permissions_boundary(&r, "r", POLICY).await
        }
        Grant::CreateAccessKey => iam.create_access_key(&r, Some("u")).await.map(drop),
        Grant::CreateLoginProfile => iam
            .create_login_profile(
                &r,
                Some("u"),
                Some(Password::new("Race-Passw0rd!".into())),
                false,
            )
            .await
            .map(drop),
        Grant::CreateServiceSpecificCredential => iam
            .create_service_specific_credential(&r, "u", "codecommit.amazonaws.com", None)
            .await
            .map(drop),
        Grant::EnableMfaDevice => {
            let codes = Seed::from_base32(seed).unwrap().codes().unwrap();
            let step = step_at(iam.now());
            iam.enable_mfa_device(
                &r,
                "u",
                "arn:aws:iam::123456789012:mfa/d",
                &codes.code(step - 1),
                &codes.code(step),
            )
            .await
        }
    }
}

/// Which operation's write is held until the other has committed.
#[derive(Debug, Clone, Copy)]
enum Held {
    /// The grant read everything, then the delete committed, then the grant writes.
    Grant,
    /// The delete read everything, then the grant committed, then the delete writes.
    Delete,
}

/// Run `d` and `g` so that `held`'s write happens after the other operation committed;
/// returns what went wrong.
async fn race(f: &Fixture, d: Delete, g: Grant, held: Held) -> Vec<String> {
    f.gate.arm();
    let iam = f.iam.clone();
    let seed = f.seed.clone();
    let first = tokio::spawn(async move {
        match held {
            Held::Grant => grant(&iam, &seed, g, 0).await.err(),
            Held::Delete => delete(&iam, d).await.err(),
        }
    });
    f.gate.reached.notified().await;
    let second = match held {
        Held::Grant => delete(&f.iam, d).await.err(),
        Held::Delete => grant(&f.iam, &f.seed, g, 0).await.err(),
    };
    f.gate.release.notify_one();
    let first = first.await.unwrap();
    // Whatever lost the race failed with a client error, never an internal one.
    [first, second]
        .into_iter()
        .flatten()
        .filter(|e| matches!(e, CoreError::ServiceFailure(_)))
        .map(|e| format!("an internal error: {e:?}"))
        .collect()
}

async fn check_invariants(store: &SqliteStore, context: &str) {
    let broken = violations(store).await;
    assert!(broken.is_empty(), "{context}: {broken:#?}");
}

/// Every record owned by an existing user, group or role (or root); every membership of an
/// existing group; every policy referenced exists; every boundary exists and has its usage
/// record; inline policies within their size quota. Returns each one broken.
async fn violations(store: &SqliteStore) -> Vec<String> {
    let mut out = Vec::new();
    let all = |kind| async move {
        store
            .list(ACCOUNT, &Query::all(kind))
            .await
            .unwrap()
            .records
    };
    let mut ids: HashMap<String, Kind> = HashMap::new();
    let mut boundaries: Vec<(String, String)> = Vec::new();
    for r in all(Kind::User).await {
        let u: User = serde_json::from_str(&r.data).unwrap();
        assert_eq!(r.reference.as_deref(), Some(u.id.as_str()));
        if let Some(b) = u.permissions_boundary {
            boundaries.push((u.id.clone(), b));
        }
        ids.insert(u.id, Kind::User);
    }
    for r in all(Kind::Role).await {
        let role: Role = serde_json::from_str(&r.data).unwrap();
        if let Some(b) = role.permissions_boundary {
            boundaries.push((role.id.clone(), b));
        }
        ids.insert(r.reference.clone().unwrap(), Kind::Role);
    }
    for r in all(Kind::Group).await {
        ids.insert(r.reference.clone().unwrap(), Kind::Group);
    }
    let mut policies: HashSet<String> = HashSet::new();
    for r in all(Kind::ManagedPolicy).await {
        let p: ManagedPolicy = serde_json::from_str(&r.data).unwrap();
        policies.insert(p.arn(ACCOUNT));
    }
    let exists = |arn: &str| arn.starts_with("arn:aws:iam::aws:") || policies.contains(arn);

    for kind in [
        Kind::InlinePolicy,
        Kind::Attachment,
        Kind::Membership,
        Kind::AccessKey,
        Kind::LoginProfile,
        Kind::MfaDevice,
        Kind::ServiceCredential,
    ] {
        for r in all(kind).await {
            // Unowned: an unassigned MFA device.
            let Some(owner) = r.owner.clone() else {
                continue;
            };
            let id = owner.strip_prefix("boundary/").unwrap_or(&owner);
            if id != "#root" && !ids.contains_key(id) {
                out.push(format!(
                    "{kind:?} {} is owned by {owner}, which does not exist",
                    r.key
                ));
            }
        }
    }
    for r in all(Kind::Membership).await {
        let group = r.reference.clone().unwrap_or_default();
        if ids.get(&group) != Some(&Kind::Group) {
            out.push(format!("membership {} of a missing group", r.key));
        }
    }
    let mut usage: HashSet<(String, String)> = HashSet::new();
    for r in all(Kind::Attachment).await {
        let a: Attachment = serde_json::from_str(&r.data).unwrap();
        if !exists(&a.policy_arn) {
            out.push(format!("attachment {} of a missing policy", r.key));
        }
        if a.boundary {
            let owner = r.owner.clone().unwrap_or_default();
            let id = owner
                .strip_prefix("boundary/")
                .unwrap_or(&owner)
                .to_string();
            usage.insert((id, a.policy_arn));
        }
    }
    for (id, arn) in boundaries {
        if !exists(&arn) {
            out.push(format!("{id} has a missing boundary {arn}"));
        }
        if !usage.contains(&(id.clone(), arn.clone())) {
            out.push(format!("{id}'s boundary {arn} has no usage record"));
        }
    }
    let mut sizes: HashMap<(&'static str, String), usize> = HashMap::new();
    for r in all(Kind::InlinePolicy).await {
        let p: InlinePolicy = serde_json::from_str(&r.data).unwrap();
        *sizes
            .entry((p.owner_kind.as_str(), r.owner.clone().unwrap_or_default()))
            .or_default() += iamd_policy::policy_size(&p.document);
    }
    for ((kind, owner), size) in sizes {
        let quota = match kind {
            "user" => 2048,
            "group" => 5120,
            _ => 10240,
        };
        if size > quota {
            out.push(format!("inline policies of {owner} are {size} > {quota}"));
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_delete_raced_against_every_grant_keeps_the_invariants() {
    let mut broken = Vec::new();
    for d in DELETES {
        for g in GRANTS {
            for held in [Held::Grant, Held::Delete] {
                let f = fixture().await;
                let mut found = race(&f, d, g, held).await;
                found.extend(violations(&f.gate.inner).await);
                broken.extend(
                    found
                        .into_iter()
                        .map(|v| format!("{d:?} / {g:?} ({held:?} held): {v}")),
                );
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} violations:\n{}",
        broken.len(),
        broken.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_inline_policies_stay_within_the_size_quota() {
    let f = fixture().await;
    // Each alone fits the user's 2,048 characters; both together do not.
    let big = |sid: &str| {
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"{sid}","Effect":"Allow","Action":"iam:Get*","Resource":"arn:aws:iam::123456789012:user/{}"}}]}}"#,
            "x".repeat(1100)
        )
    };
    f.gate.arm();
    let iam = f.iam.clone();
    let first_doc = big("First");
    let first = tokio::spawn(async move {
        iam.put_inline_policy(&root(), OwnerKind::User, "u", "first", &first_doc)
            .await
    });
    f.gate.reached.notified().await;
    f.iam
        .put_inline_policy(&root(), OwnerKind::User, "u", "second", &big("Second"))
        .await
        .unwrap();
    f.gate.release.notify_one();
    let err = first.await.unwrap().unwrap_err();
    assert!(matches!(err, CoreError::LimitExceeded(_)), "{err:?}");
    check_invariants(&f.gate.inner, "two PutUserPolicy").await;
}

/// Any operation of the race above, for the free-running proptest.
#[derive(Debug, Clone, Copy)]
enum Op {
    Delete(Delete),
    Grant(Grant),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        proptest::sample::select(DELETES.to_vec()).prop_map(Op::Delete),
        proptest::sample::select(GRANTS.to_vec()).prop_map(Op::Grant),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Random mixes of deletes and grants, all started at once on a multi-threaded runtime,
    /// keep the invariants whatever interleaving the scheduler picks.
    #[test]
    fn concurrent_mixes_keep_the_invariants(ops in proptest::collection::vec(op(), 2..6)) {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let f = fixture().await;
            let tasks: Vec<_> = ops
                .iter()
                .enumerate()
                .map(|(n, op)| {
                    let iam = f.iam.clone();
                    let seed = f.seed.clone();
                    let op = *op;
                    tokio::spawn(async move {
                        match op {
                            Op::Delete(d) => delete(&iam, d).await.err(),
                            Op::Grant(g) => grant(&iam, &seed, g, n).await.err(),
                        }
                    })
                })
                .collect();
            for t in tasks {
                if let Some(e) = t.await.unwrap() {
                    assert!(!matches!(e, CoreError::ServiceFailure(_)), "{ops:?}: {e:?}");
                }
            }
            check_invariants(&f.gate.inner, &format!("{ops:?}")).await;
        });
    }
}

/// A read-modify-write of a user, group or role whose name is deleted and created again
/// between its read and its write: the write must not land on the new entity (whose record
/// starts at version 1 again, like the one read).
#[derive(Debug, Clone, Copy)]
enum Rewrite {
    TagUser,
    UpdateUserPath,
    PutUserPermissionsBoundary,
    DeleteUser,
    DeleteGroup,
    TagRole,
    PutRolePermissionsBoundary,
    DeleteRole,
}

async fn rewrite(iam: &Iam<GatedStore>, w: Rewrite) -> Result<(), CoreError> {
    let r = root();
    let tag = || {
        vec![iamd_core::entities::Tag {
            key: "k".into(),
            value: "v".into(),
        }]
    };
    match w {
        Rewrite::TagUser => iam.tag_user(&r, "u", tag()).await,
        Rewrite::UpdateUserPath => iam.update_user(&r, "u", Some("/moved/"), None).await,
        Rewrite::PutUserPermissionsBoundary => {
            iam.put_user_permissions_boundary(&r, "u", POLICY).await
        }
        Rewrite::DeleteUser => iam.delete_user(&r, "u").await,
        Rewrite::DeleteGroup => iam.delete_group(&r, "g").await,
        Rewrite::TagRole => iam.tag_role(&r, "r", tag()).await,
        Rewrite::PutRolePermissionsBoundary => {
            iam.put_role_permissions_boundary(&r, "r", POLICY).await
        }
        Rewrite::DeleteRole => iam.delete_role(&r, "r").await,
    }
}

/// The id under the name the rewrite acts on.
async fn id_of(store: &SqliteStore, w: Rewrite) -> Option<String> {
    let (kind, key) = match w {
        Rewrite::DeleteGroup => (Kind::Group, "g"),
        Rewrite::TagRole | Rewrite::PutRolePermissionsBoundary | Rewrite::DeleteRole => {
            (Kind::Role, "r")
        }
        _ => (Kind::User, "u"),
    };
    let r = store.get(ACCOUNT, kind, key).await.unwrap()?;
    let doc: serde_json::Value = serde_json::from_str(&r.data).unwrap();
    assert_eq!(doc["id"].as_str(), r.reference.as_deref(), "{w:?}");
    r.reference
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_created_again_is_not_rewritten_by_a_stale_write() {
    for w in [
        Rewrite::TagUser,
        Rewrite::UpdateUserPath,
        Rewrite::PutUserPermissionsBoundary,
        Rewrite::DeleteUser,
        Rewrite::DeleteGroup,
        Rewrite::TagRole,
        Rewrite::PutRolePermissionsBoundary,
        Rewrite::DeleteRole,
    ] {
        let f = fixture().await;
        f.gate.arm();
        let iam = f.iam.clone();
        let held = tokio::spawn(async move { rewrite(&iam, w).await });
        f.gate.reached.notified().await;
        // Meanwhile the name is deleted and created again: another entity, at version 1.
        let r = root();
        match w {
            Rewrite::DeleteGroup => {
                f.iam.delete_group(&r, "g").await.unwrap();
                f.iam.create_group(&r, "g", None).await.unwrap();
                f.iam.add_user_to_group(&r, "g", "u").await.unwrap();
            }
            Rewrite::TagRole | Rewrite::PutRolePermissionsBoundary | Rewrite::DeleteRole => {
                f.iam.delete_role(&r, "r").await.unwrap();
                f.iam.create_role(&r, role("r", None)).await.unwrap();
                f.iam
                    .attach_policy(&r, OwnerKind::Role, "r", POLICY)
                    .await
                    .unwrap();
            }
            _ => {
                f.iam.delete_user(&r, "u").await.unwrap();
                f.iam
                    .create_user(&r, "u", None, None, Vec::new())
                    .await
                    .unwrap();
                f.iam.create_access_key(&r, Some("u")).await.unwrap();
            }
        }
        let created = id_of(&f.gate.inner, w).await;
        f.gate.release.notify_one();
        let result = held.await.unwrap();
        assert!(
            matches!(result, Err(CoreError::NoSuchEntity(_))),
            "{w:?}: {result:?}"
        );
        // The entity created again is untouched: same id, its owned records still owned.
        assert_eq!(id_of(&f.gate.inner, w).await, created, "{w:?}");
        check_invariants(&f.gate.inner, &format!("{w:?}")).await;
    }
}
