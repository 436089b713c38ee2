//! Roles: CreateRole, GetRole, ListRoles, UpdateRole, UpdateRoleDescription,
//! UpdateAssumeRolePolicy, DeleteRole, TagRole, UntagRole, ListRoleTags,
//! PutRolePermissionsBoundary, DeleteRolePermissionsBoundary. Role inline and attached
//! policies go through the shared inline-policy and attachment operations.

use crate::Operation;
use iamd_policy::{PolicyKind, parse_policy, policy_size};

use crate::entities::{Attachment, OwnerKind, Role, Tag, attachment_key, boundary_owner, name_key};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::{Paged, paginate, path_or_default, role_record};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

/// Trust policy length (IAM and AWS STS quotas: "Role trust policy length", default 2,048).
const TRUST_POLICY_SIZE: usize = 2048;
const DEFAULT_MAX_SESSION: i32 = 3600;

/// The parameters of CreateRole.
#[derive(Debug, Clone, Default)]
pub struct NewRole<'a> {
    pub name: &'a str,
    pub path: Option<&'a str>,
    pub assume_role_policy: &'a str,
    pub description: Option<&'a str>,
    pub max_session_duration: Option<i32>,
    pub permissions_boundary: Option<&'a str>,
    pub tags: Vec<Tag>,
}

impl<S: Store> Iam<S> {
    fn role_arn_for(&self, path: &str, name: &str) -> String {
        format!("arn:aws:iam::{}:role{path}{name}", self.account)
    }

    pub(crate) async fn load_role(&self, name: &str) -> Result<Option<(Role, i64)>, CoreError> {
        match self
            .store
            .get(&self.account, Kind::Role, &name_key(name))
            .await?
        {
            Some(r) => Ok(Some((decode(&r.data)?, r.version))),
            None => Ok(None),
        }
    }

    /// The role named `name`, authorizing `operation` on it first.
    pub(crate) async fn authorized_role(
        &self,
        caller: &Caller,
        operation: Operation,
        name: &str,
    ) -> Result<Role, CoreError> {
        self.authorized_role_with(caller, operation, name, &[])
            .await
    }

    /// As [`Iam::authorized_role`], with request-specific condition keys.
    pub(crate) async fn authorized_role_with(
        &self,
        caller: &Caller,
        operation: Operation,
        name: &str,
        extra: &[(String, iamd_policy::ContextValue)],
    ) -> Result<Role, CoreError> {
        let role = self.load_role(name).await?;
        let arn = match &role {
            Some((r, _)) => r.arn(&self.account),
            None => self.role_arn_for("/", name),
        };
        let boundary = role
            .as_ref()
            .and_then(|(r, _)| r.permissions_boundary.as_deref());
        let extra = crate::authz::with_entity_boundary(operation, extra, boundary);
        self.authorize_with(caller, operation, &arn, &extra).await?;
        let role = role.map(|(r, _)| r).ok_or_else(|| no_such_role(name))?;
        // A service-linked role is changed by its service only.
        crate::ops::service_linked_roles::refuse_if_protected(operation, &role)?;
        Ok(role)
    }

    pub async fn create_role(&self, caller: &Caller, new: NewRole<'_>) -> Result<Role, CoreError> {
        let path = path_or_default(new.path);
        let mut extra = crate::authz::tag_keys(&new.tags);
        if let Some(b) = new.permissions_boundary {
            extra.push(crate::authz::key("iam:PermissionsBoundary", b));
        }
        self.authorize_with(
            caller,
            Operation::CreateRole,
            &self.role_arn_for(&path, new.name),
            &extra,
        )
        .await?;
        crate::ops::service_linked_roles::refuse_service_path(&path)?;
        check_trust_policy(new.assume_role_policy)?;
        let boundary_exists = match new.permissions_boundary {
            Some(arn) => self
                .existing_policy(arn)
                .await
                .map_err(|_| scope_missing(arn))?,
            None => None,
        };
        let role = Role {
            name: new.name.into(),
            id: ids::new_id(IdKind::Role)?,
            path,
            create_date: self.now(),
            assume_role_policy: new.assume_role_policy.into(),
            description: new.description.map(str::to_string),
            max_session_duration: new.max_session_duration.unwrap_or(DEFAULT_MAX_SESSION),
            tags: new.tags,
            permissions_boundary: new.permissions_boundary.map(str::to_string),
        };
        let key = name_key(new.name);
        let mut batch = WriteBatch::new()
            .require(Condition::Absent {
                kind: Kind::Role,
                key: key.clone(),
            })
            .put(role_record(&role)?);
        if let Some(arn) = new.permissions_boundary {
            batch = batch.put(boundary_usage(&role, arn)?);
        }
        // The boundary policy must still exist when the role commits (a concurrent
        // DeletePolicy would otherwise leave a role whose every call fails).
        if let Some(c) = boundary_exists {
            batch = batch.require(c);
        }
        self.write(batch).await.map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => CoreError::EntityAlreadyExists(format!(
                "Role with name {} already exists.",
                new.name
            )),
            StoreError::ConditionFailed { .. } => {
                scope_missing(new.permissions_boundary.unwrap_or_default())
            }
            other => other.into(),
        })?;
        Ok(role)
    }

    pub async fn get_role(&self, caller: &Caller, name: &str) -> Result<Role, CoreError> {
        self.authorized_role(caller, Operation::GetRole, name).await
    }

    pub async fn list_roles(
        &self,
        caller: &Caller,
        path_prefix: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<Role>, CoreError> {
        self.list_under_path(caller, path_prefix, marker, max_items)
            .await
    }

    /// UpdateRole / UpdateRoleDescription.
    pub async fn update_role(
        &self,
        caller: &Caller,
        operation: Operation,
        name: &str,
        description: Option<&str>,
        max_session_duration: Option<i32>,
    ) -> Result<Role, CoreError> {
        self.authorized_role(caller, operation, name).await?;
        self.modify_role(name, |r| {
            if let Some(d) = description {
                r.description = Some(d.to_string());
            }
            if let Some(m) = max_session_duration {
                r.max_session_duration = m;
            }
            Ok(())
        })
        .await
    }

    pub async fn update_assume_role_policy(
        &self,
        caller: &Caller,
        name: &str,
        document: &str,
    ) -> Result<(), CoreError> {
        self.authorized_role(caller, Operation::UpdateAssumeRolePolicy, name)
            .await?;
        check_trust_policy(document)?;
        self.modify_role(name, |r| {
            r.assume_role_policy = document.to_string();
            Ok(())
        })
        .await
        .map(|_| ())
    }

    pub async fn tag_role(
        &self,
        caller: &Caller,
        name: &str,
        tags: Vec<Tag>,
    ) -> Result<(), CoreError> {
        self.authorized_role_with(
            caller,
            Operation::TagRole,
            name,
            &crate::authz::tag_keys(&tags),
        )
        .await?;
        self.modify_role(name, |r| {
            for t in tags {
                match r
                    .tags
                    .iter_mut()
                    .find(|e| e.key.eq_ignore_ascii_case(&t.key))
                {
                    Some(existing) => *existing = t,
                    None => r.tags.push(t),
                }
            }
            if r.tags.len() > 50 {
                return Err(CoreError::LimitExceeded(
                    "The number of tags has reached the maximum limit of 50.".into(),
                ));
            }
            Ok(())
        })
        .await
        .map(|_| ())
    }

    pub async fn untag_role(
        &self,
        caller: &Caller,
        name: &str,
        keys: &[String],
    ) -> Result<(), CoreError> {
        self.authorized_role_with(
            caller,
            Operation::UntagRole,
            name,
            &crate::authz::untag_keys(keys),
        )
        .await?;
        self.modify_role(name, |r| {
            r.tags
                .retain(|t| !keys.iter().any(|k| k.eq_ignore_ascii_case(&t.key)));
            Ok(())
        })
        .await
        .map(|_| ())
    }

    pub async fn list_role_tags(
        &self,
        caller: &Caller,
        name: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<Tag>, CoreError> {
        let role = self
            .authorized_role(caller, Operation::ListRoleTags, name)
            .await?;
        Ok(paginate(
            role.tags.into_iter().map(|t| (t.key.clone(), t)).collect(),
            marker,
            max_items,
        ))
    }

    pub async fn put_role_permissions_boundary(
        &self,
        caller: &Caller,
        name: &str,
        arn: &str,
    ) -> Result<(), CoreError> {
        let role = self
            .authorized_role_with(
                caller,
                Operation::PutRolePermissionsBoundary,
                name,
                &[crate::authz::key("iam:PermissionsBoundary", arn)],
            )
            .await?;
        let policy_exists = self.existing_policy(arn).await?;
        self.set_role_boundary(&role, Some(arn), policy_exists)
            .await
    }

    pub async fn delete_role_permissions_boundary(
        &self,
        caller: &Caller,
        name: &str,
    ) -> Result<(), CoreError> {
        let role = self
            .authorized_role(caller, Operation::DeleteRolePermissionsBoundary, name)
            .await?;
        if role.permissions_boundary.is_none() {
            return Err(CoreError::NoSuchEntity(format!(
                "The role with name {name} has no permissions boundary."
            )));
        }
        self.set_role_boundary(&role, None, None).await
    }

    async fn set_role_boundary(
        &self,
        role: &Role,
        arn: Option<&str>,
        policy_exists: Option<Condition>,
    ) -> Result<(), CoreError> {
        let key = name_key(&role.name);
        let (mut current, version) = self
            .load_role(&role.name)
            .await?
            .ok_or_else(|| no_such_role(&role.name))?;
        // [0] the record read, [1] still the role of that id, [2] the policy still exists.
        let mut batch = WriteBatch::new()
            .require(Condition::Version {
                kind: Kind::Role,
                key: key.clone(),
                version,
            })
            .require(same_role(&current));
        if let Some(c) = policy_exists {
            batch = batch.require(c);
        }
        if let Some(old) = &current.permissions_boundary {
            batch = batch.delete(
                Kind::Attachment,
                attachment_key(&boundary_owner(&current.id), old),
            );
        }
        if let Some(arn) = arn {
            batch = batch.put(boundary_usage(&current, arn)?);
        }
        current.permissions_boundary = arn.map(str::to_string);
        self.write(batch.put(role_record(&current)?))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { index: 0 } => CoreError::ConcurrentModification(
                    format!("The role {} changed at the same time; retry.", current.name),
                ),
                StoreError::ConditionFailed { index: 1 } => no_such_role(&current.name),
                StoreError::ConditionFailed { .. } => CoreError::NoSuchEntity(format!(
                    "Policy {} does not exist or is not attachable.",
                    arn.unwrap_or_default()
                )),
                other => other.into(),
            })
    }

    /// DeleteRole refuses while policies are attached or inline policies remain (IAM API
    /// Reference, DeleteRole).
    pub async fn delete_role(&self, caller: &Caller, name: &str) -> Result<(), CoreError> {
        let role = self
            .authorized_role(caller, Operation::DeleteRole, name)
            .await?;
        let key = name_key(&role.name);
        let owner = role.id.clone();
        // The record the delete is guarded by is also the one whose boundary it removes: a
        // boundary set between the authorization's read and this one must not be left behind.
        let (current, version) = self
            .load_role(&role.name)
            .await?
            .ok_or_else(|| no_such_role(name))?;
        if current.id != role.id {
            return Err(no_such_role(name));
        }
        let checks = [
            (
                Condition::NoneOwned {
                    kind: Kind::InlinePolicy,
                    owner: owner.clone(),
                },
                "Cannot delete entity, must delete policies first.",
            ),
            (
                Condition::NoneOwned {
                    kind: Kind::Attachment,
                    owner: owner.clone(),
                },
                "Cannot delete entity, must detach all policies first.",
            ),
            (
                Condition::NoneOwned {
                    kind: Kind::InstanceProfileRole,
                    owner,
                },
                "Cannot delete entity, must remove roles from instance profile first.",
            ),
        ];
        let mut batch = WriteBatch::new().require(Condition::Version {
            kind: Kind::Role,
            key: key.clone(),
            version,
        });
        for (c, _) in &checks {
            batch = batch.require(c.clone());
        }
        // The name still belongs to the role checked (not to one created again since).
        batch = batch.require(same_role(&role));
        if let Some(arn) = &current.permissions_boundary {
            batch = batch.delete(
                Kind::Attachment,
                attachment_key(&boundary_owner(&role.id), arn),
            );
        }
        self.write(batch.delete(Kind::Role, key))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { index } if index == checks.len() + 1 => {
                    no_such_role(name)
                }
                StoreError::ConditionFailed { index } if index >= 1 => {
                    checks.get(index - 1).map_or_else(
                        || CoreError::from(StoreError::ConditionFailed { index }),
                        |(_, m)| CoreError::DeleteConflict((*m).to_string()),
                    )
                }
                other => other.into(),
            })
    }

    /// Read-modify-write of a role, failing if it changed in between.
    async fn modify_role(
        &self,
        name: &str,
        f: impl FnOnce(&mut Role) -> Result<(), CoreError>,
    ) -> Result<Role, CoreError> {
        let (mut role, version) = self
            .load_role(name)
            .await?
            .ok_or_else(|| no_such_role(name))?;
        f(&mut role)?;
        let key = name_key(&role.name);
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::Role,
                    key: key.clone(),
                    version,
                })
                .require(same_role(&role))
                .put(role_record(&role)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 1 } => no_such_role(name),
            other => other.into(),
        })?;
        Ok(role)
    }
}

/// The condition that `role`'s name still belongs to it (see `users::same_user`).
fn same_role(role: &Role) -> Condition {
    Condition::Identity {
        kind: Kind::Role,
        key: name_key(&role.name),
        reference: role.id.clone(),
    }
}

fn scope_missing(arn: &str) -> CoreError {
    CoreError::NoSuchEntity(format!(
        "Scope ARN: {arn} does not exist or is not attachable."
    ))
}

fn boundary_usage(role: &Role, arn: &str) -> Result<crate::store::NewRecord, CoreError> {
    let owner = boundary_owner(&role.id);
    let a = Attachment {
        owner_kind: OwnerKind::Role,
        owner_name: role.name.clone(),
        policy_arn: arn.into(),
        boundary: true,
    };
    record(
        Kind::Attachment,
        &attachment_key(&owner, arn),
        Some(&owner),
        Some(arn),
        &a,
    )
}

fn check_trust_policy(document: &str) -> Result<(), CoreError> {
    parse_policy(document, PolicyKind::Trust).map_err(|source| {
        CoreError::MalformedPolicyDocument {
            input: "AssumeRolePolicyDocument".into(),
            source,
        }
    })?;
    if policy_size(document) > TRUST_POLICY_SIZE {
        return Err(CoreError::LimitExceeded(format!(
            "Cannot exceed quota for ACLSizePerRole: {TRUST_POLICY_SIZE}"
        )));
    }
    Ok(())
}

pub(crate) fn no_such_role(name: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("The role with name {name} cannot be found."))
}
