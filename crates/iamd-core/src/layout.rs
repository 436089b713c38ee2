//! The records' layout, and the one-time rewrite of data written by earlier versions.
//!
//! Records that belong to a user, group or role are owned by its unique id (see `store`).
//! Earlier versions owned them by name (`user/alice` for inline policies and attachments,
//! `alice` for access keys, login profiles, MFA devices, service credentials, sign-ins,
//! memberships), so a rename had to move them and a name created again found what another
//! entity of that name had left: an attachment left behind by a rename was handed to the next
//! user of the old name.
//!
//! [`migrate`] rewrites such an account in one conditional write batch, through the `Store`
//! trait only (so every backend gets it): owners and keys from names to ids, the User, Group
//! and Role records' `reference` set to their ids, MFA assignments from names to ids, and a
//! marker record saying that it ran. A record whose owner name no longer exists (an orphan of
//! an earlier rename, or of a delete that left it) is not handed to anyone: it is moved to
//! [`Kind::Orphan`], inert, and reported in the log and in the returned [`Migration`].

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::codec::decode;
use crate::entities::{
    Attachment, OwnerKind, ROOT_OWNER, attachment_key, boundary_owner, membership_key,
};
use crate::error::CoreError;
use crate::store::{Condition, Kind, NewRecord, Query, Record, Store, StoreError, WriteBatch};

/// The key (under [`Kind::Account`]) of the record saying that the account's owned records
/// are keyed by ids. Every account created or imported by this version has it.
pub const MARKER_KEY: &str = "layout/owners-by-id";

/// The kinds whose records are owned by a user, group or role.
const OWNED: [Kind; 10] = [
    Kind::InlinePolicy,
    Kind::Attachment,
    Kind::Membership,
    Kind::AccessKey,
    Kind::LoginProfile,
    Kind::MfaDevice,
    Kind::ServiceCredential,
    Kind::SshPublicKey,
    Kind::SignIn,
    Kind::ConsoleSession,
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Marker {
    owners: String,
}

/// The marker record, for a new or imported account: whoever writes a whole account (an
/// import, through `Store::replace_account`) writes it too.
pub fn marker() -> Result<NewRecord, CoreError> {
    crate::codec::record(
        Kind::Account,
        MARKER_KEY,
        None,
        None,
        &Marker {
            owners: "id".into(),
        },
    )
}

/// An owned record whose owner name no longer existed when the account was migrated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrphanedRecord {
    /// The record's kind (`attachment`, `inline_policy`, …).
    pub kind: String,
    pub key: String,
    /// The owner it named (`user/alice`, `alice`, …).
    pub owner: Option<String>,
    pub reference: Option<String>,
    /// The record's document, as it was.
    pub data: String,
}

/// What [`migrate`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Migration {
    /// Records re-keyed or re-owned (the User, Group and Role records included).
    pub rewritten: usize,
    /// Records whose owner no longer existed, now under [`Kind::Orphan`].
    pub orphans: Vec<OrphanedRecord>,
}

/// Names (lower-cased) to ids, per kind of owner.
#[derive(Default)]
struct Ids {
    users: HashMap<String, String>,
    groups: HashMap<String, String>,
    roles: HashMap<String, String>,
}

impl Ids {
    /// The new owner of an inline policy or attachment: `user/NAME` → id,
    /// `boundary/user/NAME` → `boundary/` + id.
    fn policy_owner(&self, owner: &str) -> Option<String> {
        if let Some(inner) = owner.strip_prefix("boundary/") {
            return self.policy_owner(inner).map(|id| boundary_owner(&id));
        }
        let (kind, name) = owner.split_once('/')?;
        let map = match kind {
            "user" => &self.users,
            "group" => &self.groups,
            "role" => &self.roles,
            _ => return None,
        };
        map.get(name).cloned()
    }
}

/// Rewrite `account`'s records from the name-keyed layout to the id-keyed one, once. Returns
/// `None` when there is nothing to do (already migrated, or no such account).
pub async fn migrate<S: Store>(store: &S, account: &str) -> Result<Option<Migration>, CoreError> {
    if store
        .get(account, Kind::Account, MARKER_KEY)
        .await?
        .is_some()
        || store.get(account, Kind::Account, "").await?.is_none()
    {
        return Ok(None);
    }
    let all = |kind| async move {
        store
            .list(account, &Query::all(kind))
            .await
            .map(|p| p.records)
    };

    let mut ids = Ids::default();
    let mut batch = WriteBatch::new().require(Condition::Absent {
        kind: Kind::Account,
        key: MARKER_KEY.into(),
    });
    let mut migration = Migration::default();
    for (kind, owner_kind, map) in [
        (Kind::User, OwnerKind::User, &mut ids.users),
        (Kind::Group, OwnerKind::Group, &mut ids.groups),
        (Kind::Role, OwnerKind::Role, &mut ids.roles),
    ] {
        for r in all(kind).await? {
            let entity: Entity = decode(&r.data)?;
            let id = entity.id.clone();
            map.insert(r.key.clone(), id.clone());
            // The boundary's usage record, from the entity's own document: the one written
            // under the old name may have been left behind by a rename.
            if let Some(arn) = &entity.permissions_boundary {
                batch = batch.put(boundary_usage(owner_kind, &entity, arn)?);
            }
            batch = batch.put(NewRecord {
                kind,
                key: r.key,
                owner: None,
                reference: Some(id),
                data: r.data,
            });
            migration.rewritten += 1;
        }
    }

    for kind in OWNED {
        for r in all(kind).await? {
            match rewrite(&ids, &r)? {
                Rewrite::Keep => {}
                Rewrite::Move(new) => {
                    if new.key != r.key {
                        batch = batch.delete(kind, r.key.clone());
                    }
                    batch = batch.put(new);
                    migration.rewritten += 1;
                }
                Rewrite::Orphan => {
                    let orphan = OrphanedRecord {
                        kind: kind.as_str().into(),
                        key: r.key.clone(),
                        owner: r.owner.clone(),
                        reference: r.reference.clone(),
                        data: r.data.clone(),
                    };
                    batch = batch.delete(kind, r.key.clone()).put(crate::codec::record(
                        Kind::Orphan,
                        &format!("{}:{}", kind.as_str(), r.key),
                        None,
                        None,
                        &orphan,
                    )?);
                    migration.orphans.push(orphan);
                }
            }
        }
    }
    batch = batch.put(marker()?);

    match store.write(account, batch).await {
        Ok(()) => {}
        // Another process migrated the account first.
        Err(StoreError::ConditionFailed { .. }) => return Ok(None),
        Err(e) => return Err(e.into()),
    }
    for o in &migration.orphans {
        tracing::warn!(
            account,
            kind = %o.kind,
            key = %o.key,
            owner = o.owner.as_deref().unwrap_or(""),
            "an owned record's owner no longer exists (left by an earlier rename or delete): \
             kept aside as an orphan record, given to no one"
        );
    }
    tracing::info!(
        account,
        rewritten = migration.rewritten,
        orphans = migration.orphans.len(),
        "owned records re-keyed from owner names to owner ids"
    );
    Ok(Some(migration))
}

/// What the migration reads of a user's, group's or role's document.
#[derive(Deserialize)]
struct Entity {
    id: String,
    name: String,
    #[serde(default)]
    permissions_boundary: Option<String>,
}

/// The record saying that `entity` uses `arn` as its permissions boundary.
fn boundary_usage(kind: OwnerKind, entity: &Entity, arn: &str) -> Result<NewRecord, CoreError> {
    let owner = boundary_owner(&entity.id);
    crate::codec::record(
        Kind::Attachment,
        &attachment_key(&owner, arn),
        Some(&owner),
        Some(arn),
        &Attachment {
            owner_kind: kind,
            owner_name: entity.name.clone(),
            policy_arn: arn.to_string(),
            boundary: true,
        },
    )
}

enum Rewrite {
    Keep,
    Move(NewRecord),
    Orphan,
}

/// Where an owned record of the name-keyed layout goes.
fn rewrite(ids: &Ids, r: &Record) -> Result<Rewrite, CoreError> {
    let Some(old_owner) = r.owner.as_deref() else {
        // Unowned: a sign-in attempt for an unknown name, an unassigned MFA device.
        return Ok(Rewrite::Keep);
    };
    if old_owner == ROOT_OWNER {
        return Ok(Rewrite::Keep);
    }
    let new_owner = match r.kind {
        Kind::InlinePolicy | Kind::Attachment => ids.policy_owner(old_owner),
        _ => ids.users.get(old_owner).cloned(),
    };
    let Some(new_owner) = new_owner else {
        return Ok(Rewrite::Orphan);
    };
    let mut reference = r.reference.clone();
    let key = if r.kind == Kind::Membership {
        // `user/group` (names) → `user id/group id`; the reference is the group's id.
        let Some(group_id) = r.reference.as_deref().and_then(|g| ids.groups.get(g)) else {
            return Ok(Rewrite::Orphan);
        };
        reference = Some(group_id.clone());
        membership_key(&new_owner, group_id)
    } else if r.key == old_owner {
        new_owner.clone()
    } else if let Some(rest) = r
        .key
        .strip_prefix(old_owner)
        .filter(|rest| rest.starts_with('/') || rest.starts_with('|'))
    {
        format!("{new_owner}{rest}")
    } else {
        r.key.clone()
    };
    let mut data = r.data.clone();
    if r.kind == Kind::MfaDevice {
        // `"assigned": {"User": NAME}` → the user's id.
        let mut doc: serde_json::Value = decode(&r.data)?;
        if let Some(user) = doc.pointer_mut("/assigned/User") {
            *user = serde_json::Value::String(new_owner.clone());
        }
        data = serde_json::to_string(&doc)
            .map_err(|e| CoreError::ServiceFailure(format!("cannot encode a record: {e}")))?;
    }
    Ok(Rewrite::Move(NewRecord {
        kind: r.kind,
        key,
        owner: Some(new_owner),
        reference,
        data,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn old(kind: Kind, key: &str, owner: Option<&str>, reference: Option<&str>) -> Record {
        Record {
            account: "123456789012".into(),
            kind,
            key: key.into(),
            owner: owner.map(str::to_string),
            reference: reference.map(str::to_string),
            data: r#"{"assigned":{"User":"Alice"},"name":"d"}"#.into(),
            version: 3,
        }
    }

    fn ids() -> Ids {
        let mut ids = Ids::default();
        ids.users.insert("alice".into(), "AIDA1".into());
        ids.groups.insert("devs".into(), "AGPA1".into());
        ids.roles.insert("ops".into(), "AROA1".into());
        ids
    }

    fn moved(r: &Record) -> (String, Option<String>, Option<String>) {
        match rewrite(&ids(), r).unwrap() {
            Rewrite::Move(n) => (n.key, n.owner, n.reference),
            Rewrite::Keep => panic!("{r:?} kept"),
            Rewrite::Orphan => panic!("{r:?} orphaned"),
        }
    }

    #[test]
    fn owners_and_keys_become_ids() {
        let cases = [
            (
                old(Kind::InlinePolicy, "group/devs/p", Some("group/devs"), None),
                ("AGPA1/p", Some("AGPA1"), None),
            ),
            (
                old(
                    Kind::Attachment,
                    "role/ops|arn:x",
                    Some("role/ops"),
                    Some("arn:x"),
                ),
                ("AROA1|arn:x", Some("AROA1"), Some("arn:x")),
            ),
            (
                old(
                    Kind::Attachment,
                    "boundary/user/alice|arn:b",
                    Some("boundary/user/alice"),
                    Some("arn:b"),
                ),
                (
                    "boundary/AIDA1|arn:b",
                    Some("boundary/AIDA1"),
                    Some("arn:b"),
                ),
            ),
            (
                old(Kind::Membership, "alice/devs", Some("alice"), Some("devs")),
                ("AIDA1/AGPA1", Some("AIDA1"), Some("AGPA1")),
            ),
            (
                old(Kind::AccessKey, "AKIA1", Some("alice"), None),
                ("AKIA1", Some("AIDA1"), None),
            ),
            (
                old(Kind::LoginProfile, "alice", Some("alice"), None),
                ("AIDA1", Some("AIDA1"), None),
            ),
            (
                old(
                    Kind::ServiceCredential,
                    "alice/codecommit.amazonaws.com/1",
                    Some("alice"),
                    None,
                ),
                ("AIDA1/codecommit.amazonaws.com/1", Some("AIDA1"), None),
            ),
            (
                old(
                    Kind::SignIn,
                    "alice/000017/ab12",
                    Some("alice"),
                    Some("127.0.0.1"),
                ),
                ("AIDA1/000017/ab12", Some("AIDA1"), Some("127.0.0.1")),
            ),
            (
                old(Kind::ConsoleSession, "c0ffee", Some("alice"), None),
                ("c0ffee", Some("AIDA1"), None),
            ),
        ];
        for (record, (key, owner, reference)) in cases {
            assert_eq!(
                moved(&record),
                (
                    key.to_string(),
                    owner.map(str::to_string),
                    reference.map(str::to_string)
                ),
                "{record:?}"
            );
        }
    }

    #[test]
    fn an_mfa_assignment_names_the_user_id() {
        let r = old(Kind::MfaDevice, "arn:aws:iam::1:mfa/d", Some("alice"), None);
        let Rewrite::Move(n) = rewrite(&ids(), &r).unwrap() else {
            panic!("not moved");
        };
        let doc: serde_json::Value = serde_json::from_str(&n.data).unwrap();
        assert_eq!(doc["assigned"]["User"], "AIDA1");
        assert_eq!(doc["name"], "d");
    }

    #[test]
    fn root_and_unowned_records_stay_and_missing_owners_are_orphans() {
        for r in [
            old(Kind::AccessKey, "AKIAROOT", Some(ROOT_OWNER), None),
            old(Kind::SignIn, "-/000017/ab12", None, Some("127.0.0.1")),
            old(Kind::MfaDevice, "arn:aws:iam::1:mfa/free", None, None),
        ] {
            assert!(
                matches!(rewrite(&ids(), &r).unwrap(), Rewrite::Keep),
                "{r:?}"
            );
        }
        for r in [
            old(
                Kind::Attachment,
                "user/bob|arn:x",
                Some("user/bob"),
                Some("arn:x"),
            ),
            old(Kind::InlinePolicy, "group/gone/p", Some("group/gone"), None),
            old(Kind::AccessKey, "AKIA2", Some("bob"), None),
            // A membership of a group that no longer exists.
            old(Kind::Membership, "alice/gone", Some("alice"), Some("gone")),
        ] {
            assert!(
                matches!(rewrite(&ids(), &r).unwrap(), Rewrite::Orphan),
                "{r:?}"
            );
        }
    }
}
