//! A data directory written while owned records were keyed by owner names
//! (`tests/fixtures/name-keyed-data-dir`, made by a server of that version): the first open
//! rewrites it to the id-keyed layout in one write, finds everything where it was, and sets
//! aside what a rename had left under the old name instead of handing it on.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use std::path::Path;
use std::sync::Arc;

use iamd_core::clock::SystemClock;
use iamd_core::entities::OwnerKind;
use iamd_core::layout::{self, MARKER_KEY};
use iamd_core::store::{Kind, Query, Store};
use iamd_core::{CoreError, Iam};
use iamd_store::SqliteStore;
use tempfile::TempDir;

pub mod common;
use common::{ACCOUNT, root};

const ADMIN: &str = "arn:aws:iam::aws:policy/AdministratorAccess";
const READ_ONLY: &str = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";
const BOUNDARY: &str = "arn:aws:iam::123456789012:policy/boundary-all";
const OPS: &str = "arn:aws:iam::123456789012:policy/ops-policy";

/// A copy of the fixture's database in a directory of the test's own.
async fn fixture_copy() -> (TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/name-keyed-data-dir/iamd.sqlite3");
    std::fs::copy(&fixture, dir.path().join(iamd_store::DATABASE_FILE)).unwrap();
    let store = SqliteStore::open(dir.path()).await.unwrap();
    (dir, store)
}

async fn open(store: &SqliteStore) -> Iam<SqliteStore> {
    common::open(store.clone(), Arc::new(SystemClock)).await
}

async fn attached(iam: &Iam<SqliteStore>, kind: OwnerKind, owner: &str) -> Vec<String> {
    iam.list_attached_policies(&root(), kind, owner, None, None, None)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|(_, arn)| arn)
        .collect()
}

async fn inline(iam: &Iam<SqliteStore>, kind: OwnerKind, owner: &str) -> Vec<String> {
    iam.list_inline_policies(&root(), kind, owner, None, None)
        .await
        .unwrap()
        .items
}

#[tokio::test]
async fn the_migration_rekeys_by_id_once_and_sets_orphans_aside() {
    let (_dir, store) = fixture_copy().await;
    let migration = layout::migrate(&store, ACCOUNT).await.unwrap().unwrap();

    // What the rename had left under user/alice: reported, owned by no one.
    let mut orphans: Vec<(String, String)> = migration
        .orphans
        .iter()
        .map(|o| (o.kind.clone(), o.key.clone()))
        .collect();
    orphans.sort();
    assert_eq!(
        orphans,
        [
            (
                "attachment".to_string(),
                format!("boundary/user/alice|{BOUNDARY}")
            ),
            ("attachment".to_string(), format!("user/alice|{ADMIN}")),
        ]
    );
    assert_eq!(store.count(ACCOUNT, Kind::Orphan, None).await.unwrap(), 2);
    assert!(
        store
            .get(ACCOUNT, Kind::Account, MARKER_KEY)
            .await
            .unwrap()
            .is_some()
    );

    // No owned record is keyed by a name any more: every owner is an id, `#root`, or a
    // boundary's `boundary/` + id.
    let users = store.list(ACCOUNT, &Query::all(Kind::User)).await.unwrap();
    let mut ids: Vec<String> = users
        .records
        .iter()
        .map(|r| r.reference.clone().unwrap())
        .collect();
    for kind in [Kind::Group, Kind::Role] {
        for r in store
            .list(ACCOUNT, &Query::all(kind))
            .await
            .unwrap()
            .records
        {
            ids.push(r.reference.clone().unwrap());
        }
    }
    for kind in [
        Kind::InlinePolicy,
        Kind::Attachment,
        Kind::Membership,
        Kind::AccessKey,
        Kind::LoginProfile,
        Kind::MfaDevice,
        Kind::ServiceCredential,
    ] {
        for r in store
            .list(ACCOUNT, &Query::all(kind))
            .await
            .unwrap()
            .records
        {
            let owner = r.owner.clone().unwrap();
            let id = owner.strip_prefix("boundary/").unwrap_or(&owner);
            assert!(
                id == "#root" || ids.iter().any(|i| i == id),
                "{kind:?} {} is owned by {owner}",
                r.key
            );
        }
    }

    // Once only: a second open finds the marker and changes nothing.
    let generation = store.generation(ACCOUNT).await.unwrap();
    assert_eq!(layout::migrate(&store, ACCOUNT).await.unwrap(), None);
    let _iam = open(&store).await;
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), generation);
}

#[tokio::test]
async fn everything_is_where_it_was_after_the_first_open() {
    let (_dir, store) = fixture_copy().await;
    let iam = open(&store).await;
    let r = root();

    let users = iam.list_users(&r, None, None, None).await.unwrap();
    let names: Vec<&str> = users.items.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["alice-old", "bob"]);

    // alice-old: everything the rename had moved, and not the attachment it had left.
    assert_eq!(
        inline(&iam, OwnerKind::User, "alice-old").await,
        ["alice-inline"]
    );
    assert!(
        attached(&iam, OwnerKind::User, "alice-old")
            .await
            .is_empty()
    );
    let groups = iam
        .list_groups_for_user(&r, "alice-old", None, None)
        .await
        .unwrap();
    assert_eq!(groups.items.len(), 1);
    assert_eq!(groups.items[0].name, "devs");
    let keys = iam
        .list_access_keys(&r, Some("alice-old"), None, None)
        .await
        .unwrap();
    assert_eq!(keys.items.len(), 1);
    assert_eq!(keys.items[0].user.as_deref(), Some("alice-old"));
    let devices = iam
        .list_mfa_devices(&r, Some("alice-old"), None, None)
        .await
        .unwrap();
    assert_eq!(devices.items.len(), 1);
    assert_eq!(devices.items[0].user_name, "alice-old");
    iam.get_login_profile(&r, Some("alice-old")).await.unwrap();
    let credentials = iam
        .list_service_specific_credentials(&r, Some("alice-old"), None, false, None, None)
        .await
        .unwrap();
    assert_eq!(credentials.items.len(), 1);
    assert_eq!(credentials.items[0].user, "alice-old");
    // Its boundary, and the boundary's use (rebuilt from the user's own record).
    let alice_old = iam.get_user(&r, Some("alice-old")).await.unwrap();
    assert_eq!(alice_old.permissions_boundary.as_deref(), Some(BOUNDARY));
    let using = iam
        .list_entities_for_policy(&r, BOUNDARY, None, Some("PermissionsBoundary"))
        .await
        .unwrap();
    assert_eq!(
        using.users,
        [("alice-old".to_string(), alice_old.id.clone())]
    );
    assert!(matches!(
        iam.delete_policy(&r, BOUNDARY).await,
        Err(CoreError::DeleteConflict(_))
    ));

    // bob, the group and the role: as they were.
    assert_eq!(
        attached(&iam, OwnerKind::User, "bob").await,
        [OPS, READ_ONLY]
    );
    assert_eq!(inline(&iam, OwnerKind::User, "bob").await, ["bob-inline"]);
    let bob_keys = iam
        .list_access_keys(&r, Some("bob"), None, None)
        .await
        .unwrap();
    assert_eq!(bob_keys.items.len(), 1);
    assert_eq!(attached(&iam, OwnerKind::Group, "devs").await, [READ_ONLY]);
    assert_eq!(
        inline(&iam, OwnerKind::Group, "devs").await,
        ["devs-inline"]
    );
    let (_, members) = iam.get_group(&r, "devs", None, None).await.unwrap();
    let members: Vec<&str> = members.items.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(members, ["alice-old", "bob"]);
    assert_eq!(attached(&iam, OwnerKind::Role, "deployer").await, [OPS]);
    assert_eq!(
        inline(&iam, OwnerKind::Role, "deployer").await,
        ["deployer-inline"]
    );
    assert_eq!(
        iam.get_role(&r, "deployer")
            .await
            .unwrap()
            .permissions_boundary
            .as_deref(),
        Some(BOUNDARY)
    );
    let ops_users = iam
        .list_entities_for_policy(&r, OPS, Some("User"), None)
        .await
        .unwrap();
    assert_eq!(ops_users.users.len(), 1);
    assert_eq!(ops_users.users[0].0, "bob");

    // A user created now under the old name owns nothing of the orphan.
    iam.create_user(&r, "alice", None, None, Vec::new())
        .await
        .unwrap();
    assert!(attached(&iam, OwnerKind::User, "alice").await.is_empty());
    let using = iam
        .list_entities_for_policy(&r, ADMIN, None, None)
        .await
        .unwrap();
    assert!(using.users.is_empty(), "{using:?}");
}
