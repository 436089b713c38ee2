//! Users: CreateUser, GetUser, ListUsers, UpdateUser, DeleteUser, TagUser, UntagUser,
//! ListUserTags.

use crate::entities::{AccessKey, Membership, OwnerKind, Tag, User, name_key, owner_ref};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::{Paged, paginate, path_or_default};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// Tags per user (IAM and AWS STS quotas).
const MAX_TAGS: usize = 50;

impl<S: Store> Iam<S> {
    pub(crate) fn user_arn_for(&self, path: &str, name: &str) -> String {
        format!("arn:aws:iam::{}:user{path}{name}", self.account)
    }

    /// The user named `name`, authorizing `operation` on it first (on the ARN it would have
    /// with the default path when it does not exist, as IAM does).
    pub(crate) async fn authorized_user(
        &self,
        caller: &Caller,
        operation: &str,
        name: &str,
    ) -> Result<User, CoreError> {
        self.authorized_user_with(caller, operation, name, &[])
            .await
    }

    /// As [`Iam::authorized_user`], with request-specific condition keys.
    pub(crate) async fn authorized_user_with(
        &self,
        caller: &Caller,
        operation: &str,
        name: &str,
        extra: &[(String, iamd_policy::ContextValue)],
    ) -> Result<User, CoreError> {
        let user = self.load_user(name).await?;
        let arn = match &user {
            Some(u) => u.arn(&self.account),
            None => self.user_arn_for("/", name),
        };
        let boundary = user
            .as_ref()
            .and_then(|u| u.permissions_boundary.as_deref());
        let extra = crate::authz::with_entity_boundary(operation, extra, boundary);
        let own = caller
            .user
            .as_ref()
            .is_some_and(|me| me.name.eq_ignore_ascii_case(name));
        let shown = if own {
            arn.clone()
        } else {
            crate::authz::user_as_named(name)
        };
        self.authorize_shown(caller, operation, &arn, &shown, &extra)
            .await?;
        user.ok_or_else(|| no_such_user(name))
    }

    /// The user an operation with an optional `UserName` acts on: the named one, or the
    /// caller when it is omitted.
    pub(crate) async fn target_user(
        &self,
        caller: &Caller,
        operation: &str,
        name: Option<&str>,
    ) -> Result<Option<User>, CoreError> {
        match (name, &caller.user) {
            (Some(n), _) => self.authorized_user(caller, operation, n).await.map(Some),
            (None, Some(me)) => self
                .authorized_user(caller, operation, &me.name)
                .await
                .map(Some),
            // The root user acting on itself.
            (None, None) if caller.is_root() => Ok(None),
            // A role session is not an IAM user and has no user to default to.
            (None, None) => Err(CoreError::ValidationError(
                "Must specify userName when calling with non-User credentials".into(),
            )),
        }
    }

    pub async fn create_user(
        &self,
        caller: &Caller,
        name: &str,
        path: Option<&str>,
        permissions_boundary: Option<&str>,
        tags: Vec<Tag>,
    ) -> Result<User, CoreError> {
        let path = path_or_default(path);
        let mut extra = crate::authz::tag_keys(&tags);
        if let Some(b) = permissions_boundary {
            extra.push(crate::authz::key("iam:PermissionsBoundary", b));
        }
        self.authorize_with(
            caller,
            "CreateUser",
            &self.user_arn_for(&path, name),
            &extra,
        )
        .await?;
        check_tags(&tags)?;
        if let Some(arn) = permissions_boundary
            && self.existing_policy(arn).await.is_err()
        {
            return Err(CoreError::NoSuchEntity(format!(
                "Scope ARN: {arn} does not exist or is not attachable."
            )));
        }
        let user = User {
            name: name.to_string(),
            id: ids::new_id(IdKind::User)?,
            path,
            create_date: self.now(),
            tags,
            permissions_boundary: permissions_boundary.map(str::to_string),
        };
        let key = name_key(name);
        let mut batch = WriteBatch::new()
            .require(Condition::Absent {
                kind: Kind::User,
                key: key.clone(),
            })
            .put(record(Kind::User, &key, None, None, &user)?);
        if let Some(arn) = permissions_boundary {
            // The boundary's usage record, as PutUserPermissionsBoundary writes it.
            let usage_owner = format!("boundary/{}", owner_ref(OwnerKind::User, name));
            let a = crate::entities::Attachment {
                owner_kind: OwnerKind::User,
                owner_name: name.to_string(),
                policy_arn: arn.to_string(),
                boundary: true,
            };
            batch = batch.put(record(
                Kind::Attachment,
                &format!("{usage_owner}|{arn}"),
                Some(&usage_owner),
                Some(arn),
                &a,
            )?);
        }
        self.write(batch).await.map_err(|e| match e {
            StoreError::ConditionFailed { .. } => {
                CoreError::EntityAlreadyExists(format!("User with name {name} already exists."))
            }
            other => other.into(),
        })?;
        Ok(user)
    }

    /// GetUser; without a name, the caller. For the root user IAM answers with the account's
    /// root identity.
    pub async fn get_user(&self, caller: &Caller, name: Option<&str>) -> Result<User, CoreError> {
        match self.target_user(caller, "GetUser", name).await? {
            Some(u) => Ok(u),
            None => Ok(User {
                name: String::new(),
                id: self.account.clone(),
                path: "/".into(),
                create_date: self.account_created().await?,
                tags: Vec::new(),
                permissions_boundary: None,
            }),
        }
    }

    pub async fn list_users(
        &self,
        caller: &Caller,
        path_prefix: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<User>, CoreError> {
        self.list_under_path(caller, path_prefix, marker, max_items)
            .await
    }

    pub async fn update_user(
        &self,
        caller: &Caller,
        name: &str,
        new_path: Option<&str>,
        new_name: Option<&str>,
    ) -> Result<(), CoreError> {
        let user = self.authorized_user(caller, "UpdateUser", name).await?;
        let mut updated = user.clone();
        if let Some(p) = new_path {
            updated.path = p.to_string();
        }
        if let Some(n) = new_name {
            updated.name = n.to_string();
            // Renaming also needs permission on the new name (IAM authorizes both ARNs).
            self.authorize(caller, "UpdateUser", &updated.arn(&self.account))
                .await?;
        }
        let old_key = name_key(&user.name);
        let new_key = name_key(&updated.name);
        let version = self
            .store
            .get(&self.account, Kind::User, &old_key)
            .await?
            .map(|r| r.version)
            .ok_or_else(|| no_such_user(name))?;
        let mut batch = WriteBatch::new().require(Condition::Version {
            kind: Kind::User,
            key: old_key.clone(),
            version,
        });
        if new_key != old_key {
            batch = batch
                .require(Condition::Absent {
                    kind: Kind::User,
                    key: new_key.clone(),
                })
                .delete(Kind::User, old_key.clone());
            batch = self
                .move_owned_records(batch, &user.name, &updated.name)
                .await?;
        }
        batch = batch.put(record(Kind::User, &new_key, None, None, &updated)?);
        self.write(batch).await.map_err(|e| match e {
            StoreError::ConditionFailed { index: 1 } if new_key != old_key => {
                CoreError::EntityAlreadyExists(format!(
                    "User with name {} already exists.",
                    updated.name
                ))
            }
            other => other.into(),
        })
    }

    /// Re-key what belongs to a renamed user: inline policies, memberships, access keys.
    async fn move_owned_records(
        &self,
        mut batch: WriteBatch,
        old: &str,
        new: &str,
    ) -> Result<WriteBatch, CoreError> {
        for mut p in self.inline_policies(OwnerKind::User, old).await? {
            let old_key = format!("{}/{}", owner_ref(OwnerKind::User, old), name_key(&p.name));
            p.owner_name = new.to_string();
            let owner = owner_ref(OwnerKind::User, new);
            let key = format!("{owner}/{}", name_key(&p.name));
            batch = batch.delete(Kind::InlinePolicy, old_key).put(record(
                Kind::InlinePolicy,
                &key,
                Some(&owner),
                None,
                &p,
            )?);
        }
        let owned = |kind| Query {
            owner: Some(name_key(old)),
            ..Query::all(kind)
        };
        for r in self
            .store
            .list(&self.account, &owned(Kind::Membership))
            .await?
            .records
        {
            let mut m: Membership = decode(&r.data)?;
            m.user = new.to_string();
            let key = format!("{}/{}", name_key(new), name_key(&m.group));
            batch = batch.delete(Kind::Membership, r.key).put(record(
                Kind::Membership,
                &key,
                Some(&name_key(new)),
                Some(&name_key(&m.group)),
                &m,
            )?);
        }
        for r in self
            .store
            .list(&self.account, &owned(Kind::AccessKey))
            .await?
            .records
        {
            let mut k: AccessKey = decode(&r.data)?;
            k.user = Some(new.to_string());
            batch = batch.put(record(
                Kind::AccessKey,
                &r.key,
                Some(&name_key(new)),
                None,
                &k,
            )?);
        }
        let batch = self.move_mfa_devices(batch, old, new).await?;
        self.move_user_credentials(batch, old, new).await
    }

    /// DeleteUser refuses while anything still belongs to the user (IAM API Reference,
    /// DeleteUser), checked atomically with the delete.
    pub async fn delete_user(&self, caller: &Caller, name: &str) -> Result<(), CoreError> {
        let user = self.authorized_user(caller, "DeleteUser", name).await?;
        let key = name_key(&user.name);
        let user_owner = owner_ref(OwnerKind::User, &user.name);
        // (condition, message) in the order IAM reports them.
        let checks = [
            (
                Kind::LoginProfile,
                key.clone(),
                "Cannot delete entity, must delete login profile first.",
            ),
            (
                Kind::AccessKey,
                key.clone(),
                "Cannot delete entity, must delete access keys first.",
            ),
            (
                Kind::MfaDevice,
                key.clone(),
                "Cannot delete entity, must delete MFA device first.",
            ),
            (
                Kind::ServiceCredential,
                key.clone(),
                "Cannot delete entity, must remove referenced objects first.",
            ),
            (
                Kind::SshPublicKey,
                key.clone(),
                "Cannot delete entity, must remove referenced objects first.",
            ),
            (
                Kind::InlinePolicy,
                user_owner.clone(),
                "Cannot delete entity, must delete policies first.",
            ),
            (
                Kind::Attachment,
                user_owner,
                "Cannot delete entity, must detach all policies first.",
            ),
            (
                Kind::Membership,
                key.clone(),
                "Cannot delete entity, must remove users from group first.",
            ),
        ];
        let mut batch = WriteBatch::new().require(Condition::Version {
            kind: Kind::User,
            key: key.clone(),
            version: self
                .store
                .get(&self.account, Kind::User, &key)
                .await?
                .map(|r| r.version)
                .ok_or_else(|| no_such_user(name))?,
        });
        for (kind, owner, _) in &checks {
            batch = batch.require(Condition::NoneOwned {
                kind: *kind,
                owner: owner.clone(),
            });
        }
        self.write(batch.delete(Kind::User, key))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { index } if index >= 1 => {
                    checks.get(index - 1).map_or_else(
                        || CoreError::from(StoreError::ConditionFailed { index }),
                        |(_, _, msg)| CoreError::DeleteConflict((*msg).to_string()),
                    )
                }
                other => other.into(),
            })
    }

    pub async fn tag_user(
        &self,
        caller: &Caller,
        name: &str,
        tags: Vec<Tag>,
    ) -> Result<(), CoreError> {
        let user = self
            .authorized_user_with(caller, "TagUser", name, &crate::authz::tag_keys(&tags))
            .await?;
        let mut updated = user.clone();
        for t in tags {
            match updated
                .tags
                .iter_mut()
                .find(|e| e.key.eq_ignore_ascii_case(&t.key))
            {
                // Tag keys are case-insensitive: the new spelling replaces the old.
                Some(existing) => *existing = t,
                None => updated.tags.push(t),
            }
        }
        check_tags(&updated.tags)?;
        self.replace_user(&user, &updated).await
    }

    pub async fn untag_user(
        &self,
        caller: &Caller,
        name: &str,
        keys: &[String],
    ) -> Result<(), CoreError> {
        let user = self
            .authorized_user_with(caller, "UntagUser", name, &crate::authz::untag_keys(keys))
            .await?;
        let mut updated = user.clone();
        updated
            .tags
            .retain(|t| !keys.iter().any(|k| k.eq_ignore_ascii_case(&t.key)));
        self.replace_user(&user, &updated).await
    }

    pub async fn list_user_tags(
        &self,
        caller: &Caller,
        name: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<Tag>, CoreError> {
        let user = self.authorized_user(caller, "ListUserTags", name).await?;
        let tags = user.tags.into_iter().map(|t| (t.key.clone(), t)).collect();
        Ok(paginate(tags, marker, max_items))
    }

    /// Write `updated` over `current`, failing if the user changed in between.
    async fn replace_user(&self, current: &User, updated: &User) -> Result<(), CoreError> {
        let key = name_key(&current.name);
        let version = self
            .store
            .get(&self.account, Kind::User, &key)
            .await?
            .map(|r| r.version)
            .ok_or_else(|| no_such_user(&current.name))?;
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::User,
                    key: key.clone(),
                    version,
                })
                .put(record(Kind::User, &key, None, None, updated)?),
        )
        .await
        .map_err(Into::into)
    }

    async fn account_created(&self) -> Result<time::OffsetDateTime, CoreError> {
        let r = self
            .store
            .get(&self.account, Kind::Account, "")
            .await?
            .ok_or_else(|| CoreError::ServiceFailure("the account record is missing".into()))?;
        let a: crate::entities::Account = decode(&r.data)?;
        Ok(a.create_date)
    }
}

pub(crate) fn no_such_user(name: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("The user with name {name} cannot be found."))
}

fn check_tags(tags: &[Tag]) -> Result<(), CoreError> {
    if tags.len() > MAX_TAGS {
        return Err(CoreError::LimitExceeded(format!(
            "The number of tags has reached the maximum limit of {MAX_TAGS}."
        )));
    }
    for (i, t) in tags.iter().enumerate() {
        if tags
            .iter()
            .skip(i + 1)
            .any(|o| o.key.eq_ignore_ascii_case(&t.key))
        {
            return Err(CoreError::InvalidInput(format!(
                "Duplicate tag keys found. Please note that Tag keys are case insensitive: {}",
                t.key
            )));
        }
    }
    Ok(())
}
