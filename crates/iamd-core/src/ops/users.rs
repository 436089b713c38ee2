//! Users: CreateUser, GetUser, ListUsers, UpdateUser, DeleteUser, TagUser, UntagUser,
//! ListUserTags.

use crate::Operation;
use crate::entities::{OwnerKind, Tag, User, attachment_key, boundary_owner, name_key};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::{Paged, paginate, path_or_default, user_record};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

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
        operation: Operation,
        name: &str,
    ) -> Result<User, CoreError> {
        self.authorized_user_with(caller, operation, name, &[])
            .await
    }

    /// As [`Iam::authorized_user`], with request-specific condition keys.
    pub(crate) async fn authorized_user_with(
        &self,
        caller: &Caller,
        operation: Operation,
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

    /// The IAM user an operation with an optional `UserName` acts on (login profiles,
    /// service-specific credentials): the named one, or the calling IAM user; a caller that is
    /// no IAM user must name one.
    pub(crate) async fn named_or_calling_user(
        &self,
        caller: &Caller,
        operation: Operation,
        name: Option<&str>,
    ) -> Result<User, CoreError> {
        self.target_user(caller, operation, name)
            .await?
            .ok_or_else(|| {
                CoreError::ValidationError(
                    "Must specify userName when calling with non-User credentials".into(),
                )
            })
    }

    /// The user an operation with an optional `UserName` acts on: the named one, or the
    /// caller when it is omitted.
    pub(crate) async fn target_user(
        &self,
        caller: &Caller,
        operation: Operation,
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
            Operation::CreateUser,
            &self.user_arn_for(&path, name),
            &extra,
        )
        .await?;
        check_tags(&tags)?;
        let scope_missing = |arn: &str| {
            CoreError::NoSuchEntity(format!(
                "Scope ARN: {arn} does not exist or is not attachable."
            ))
        };
        let boundary_exists = match permissions_boundary {
            Some(arn) => self
                .existing_policy(arn)
                .await
                .map_err(|_| scope_missing(arn))?,
            None => None,
        };
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
            .put(user_record(&user)?);
        if let Some(arn) = permissions_boundary {
            // The boundary's usage record, as PutUserPermissionsBoundary writes it.
            let usage_owner = boundary_owner(&user.id);
            let a = crate::entities::Attachment {
                owner_kind: OwnerKind::User,
                owner_name: name.to_string(),
                policy_arn: arn.to_string(),
                boundary: true,
            };
            batch = batch.put(record(
                Kind::Attachment,
                &attachment_key(&usage_owner, arn),
                Some(&usage_owner),
                Some(arn),
                &a,
            )?);
        }
        // The boundary policy must still exist when the user commits: a concurrent
        // DeletePolicy would otherwise leave a user whose every call fails.
        if let Some(c) = boundary_exists {
            batch = batch.require(c);
        }
        self.write(batch).await.map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => {
                CoreError::EntityAlreadyExists(format!("User with name {name} already exists."))
            }
            StoreError::ConditionFailed { .. } => {
                scope_missing(permissions_boundary.unwrap_or_default())
            }
            other => other.into(),
        })?;
        Ok(user)
    }

    /// GetUser; without a name, the caller. For the root user IAM answers with the account's
    /// root identity.
    pub async fn get_user(&self, caller: &Caller, name: Option<&str>) -> Result<User, CoreError> {
        match self.target_user(caller, Operation::GetUser, name).await? {
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
        let user = self
            .authorized_user(caller, Operation::UpdateUser, name)
            .await?;
        let mut updated = user.clone();
        if let Some(p) = new_path {
            updated.path = p.to_string();
        }
        if let Some(n) = new_name {
            updated.name = n.to_string();
            // Renaming also needs permission on the new name (IAM authorizes both ARNs).
            self.authorize(caller, Operation::UpdateUser, &updated.arn(&self.account))
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
        let mut batch = WriteBatch::new()
            .require(Condition::Version {
                kind: Kind::User,
                key: old_key.clone(),
                version,
            })
            .require(same_user(&user));
        if new_key != old_key {
            // Only the user record moves: what the user owns is keyed by its id.
            batch = batch
                .require(Condition::Absent {
                    kind: Kind::User,
                    key: new_key.clone(),
                })
                .delete(Kind::User, old_key.clone());
        }
        batch = batch.put(user_record(&updated)?);
        self.write(batch).await.map_err(|e| match e {
            StoreError::ConditionFailed { index: 1 } => no_such_user(name),
            StoreError::ConditionFailed { index: 2 } if new_key != old_key => {
                CoreError::EntityAlreadyExists(format!(
                    "User with name {} already exists.",
                    updated.name
                ))
            }
            other => other.into(),
        })
    }

    /// DeleteUser refuses while anything still belongs to the user (IAM API Reference,
    /// DeleteUser), checked atomically with the delete.
    pub async fn delete_user(&self, caller: &Caller, name: &str) -> Result<(), CoreError> {
        let user = self
            .authorized_user(caller, Operation::DeleteUser, name)
            .await?;
        let key = name_key(&user.name);
        let owner = user.id.clone();
        // (kind owned by the user's id, message) in the order IAM reports them.
        let checks = [
            (
                Kind::LoginProfile,
                "Cannot delete entity, must delete login profile first.",
            ),
            (
                Kind::AccessKey,
                "Cannot delete entity, must delete access keys first.",
            ),
            (
                Kind::MfaDevice,
                "Cannot delete entity, must delete MFA device first.",
            ),
            (
                Kind::ServiceCredential,
                "Cannot delete entity, must remove referenced objects first.",
            ),
            (
                Kind::SshPublicKey,
                "Cannot delete entity, must remove referenced objects first.",
            ),
            (
                Kind::SigningCertificate,
                "Cannot delete entity, must delete certificates first.",
            ),
            (
                Kind::InlinePolicy,
                "Cannot delete entity, must delete policies first.",
            ),
            (
                Kind::Attachment,
                "Cannot delete entity, must detach all policies first.",
            ),
            (
                Kind::Membership,
                "Cannot delete entity, must remove users from group first.",
            ),
        ];
        // The record the delete is guarded by is also the one whose boundary it removes: a
        // boundary set between the authorization's read and this one must not be left behind.
        let record = self
            .store
            .get(&self.account, Kind::User, &key)
            .await?
            .ok_or_else(|| no_such_user(name))?;
        let current: User = decode(&record.data)?;
        if current.id != user.id {
            return Err(no_such_user(name));
        }
        let mut batch = WriteBatch::new().require(Condition::Version {
            kind: Kind::User,
            key: key.clone(),
            version: record.version,
        });
        for (kind, _) in &checks {
            batch = batch.require(Condition::NoneOwned {
                kind: *kind,
                owner: owner.clone(),
            });
        }
        // The name still belongs to the user checked (not to one created again since).
        batch = batch.require(same_user(&user));
        // The boundary's usage record goes with the user (DeleteRole does the same).
        if let Some(arn) = &current.permissions_boundary {
            batch = batch.delete(
                Kind::Attachment,
                attachment_key(&boundary_owner(&user.id), arn),
            );
        }
        self.write(batch.delete(Kind::User, key))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { index } if index == checks.len() + 1 => {
                    no_such_user(name)
                }
                StoreError::ConditionFailed { index } if index >= 1 => {
                    checks.get(index - 1).map_or_else(
                        || CoreError::from(StoreError::ConditionFailed { index }),
                        |(_, msg)| CoreError::DeleteConflict((*msg).to_string()),
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
            .authorized_user_with(
                caller,
                Operation::TagUser,
                name,
                &crate::authz::tag_keys(&tags),
            )
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
            .authorized_user_with(
                caller,
                Operation::UntagUser,
                name,
                &crate::authz::untag_keys(keys),
            )
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
        let user = self
            .authorized_user(caller, Operation::ListUserTags, name)
            .await?;
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
                .require(same_user(current))
                .put(user_record(updated)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 1 } => no_such_user(&current.name),
            other => other.into(),
        })
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

/// The condition that `user`'s name still belongs to it: a user deleted and created again
/// under the name has another id (and starts at version 1 again, so a version alone cannot
/// tell).
pub(crate) fn same_user(user: &User) -> Condition {
    Condition::Identity {
        kind: Kind::User,
        key: name_key(&user.name),
        reference: user.id.clone(),
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
