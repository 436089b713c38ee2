//! Users' permissions boundaries: PutUserPermissionsBoundary and
//! DeleteUserPermissionsBoundary.

use crate::Operation;

use crate::entities::{Attachment, OwnerKind, attachment_key, boundary_owner, name_key};
use crate::error::CoreError;
use crate::ops::user_record;
use crate::ops::users::no_such_user;
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

impl<S: Store> Iam<S> {
    pub async fn put_user_permissions_boundary(
        &self,
        caller: &Caller,
        user: &str,
        arn: &str,
    ) -> Result<(), CoreError> {
        let u = self
            .authorized_user_with(
                caller,
                Operation::PutUserPermissionsBoundary,
                user,
                &[crate::authz::key("iam:PermissionsBoundary", arn)],
            )
            .await?;
        let policy_exists = self.existing_policy(arn).await?;
        self.set_boundary(&u.name, Some(arn), policy_exists).await
    }

    pub async fn delete_user_permissions_boundary(
        &self,
        caller: &Caller,
        user: &str,
    ) -> Result<(), CoreError> {
        let u = self
            .authorized_user(caller, Operation::DeleteUserPermissionsBoundary, user)
            .await?;
        if u.permissions_boundary.is_none() {
            return Err(CoreError::NoSuchEntity(format!(
                "The user with name {} has no permissions boundary.",
                u.name
            )));
        }
        self.set_boundary(&u.name, None, None).await
    }

    /// Set or clear a user's boundary, keeping the boundary-usage record beside it;
    /// `policy_exists` is the condition that the new boundary policy still exists.
    pub(crate) async fn set_boundary(
        &self,
        user: &str,
        arn: Option<&str>,
        policy_exists: Option<Condition>,
    ) -> Result<(), CoreError> {
        let key = name_key(user);
        let r = self
            .store
            .get(&self.account, Kind::User, &key)
            .await?
            .ok_or_else(|| no_such_user(user))?;
        let mut u: crate::entities::User = decode(&r.data)?;
        let usage_owner = boundary_owner(&u.id);
        // [0] the record read, [1] still the user of that id, [2] the policy still exists.
        let mut batch = WriteBatch::new()
            .require(Condition::Version {
                kind: Kind::User,
                key: key.clone(),
                version: r.version,
            })
            .require(crate::ops::users::same_user(&u));
        if let Some(c) = policy_exists {
            batch = batch.require(c);
        }
        if let Some(old) = &u.permissions_boundary {
            batch = batch.delete(Kind::Attachment, attachment_key(&usage_owner, old));
        }
        if let Some(arn) = arn {
            let a = Attachment {
                owner_kind: OwnerKind::User,
                owner_name: u.name.clone(),
                policy_arn: arn.into(),
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
        u.permissions_boundary = arn.map(str::to_string);
        self.write(batch.put(user_record(&u)?))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { index: 0 } => CoreError::ConcurrentModification(
                    format!("The user {} changed at the same time; retry.", u.name),
                ),
                StoreError::ConditionFailed { index: 1 } => no_such_user(user),
                StoreError::ConditionFailed { .. } => CoreError::NoSuchEntity(format!(
                    "Policy {} does not exist or is not attachable.",
                    arn.unwrap_or_default()
                )),
                other => other.into(),
            })
    }
}
