//! Instance profiles: CreateInstanceProfile, GetInstanceProfile, DeleteInstanceProfile,
//! ListInstanceProfiles, ListInstanceProfilesForRole, AddRoleToInstanceProfile,
//! RemoveRoleFromInstanceProfile and the profiles' tags (spec iam-api-more.md §3).
//!
//! A profile holds at most one role; a role may sit in several profiles. The role in a profile
//! is its own record ([`Kind::InstanceProfileRole`]), owned by the role's id and referencing
//! the profile's id, so the one-role rule, DeleteRole's and DeleteInstanceProfile's conflicts
//! are conditions checked in the write's transaction.

use crate::entities::{
    InstanceProfile, InstanceProfileRole, Role, Tag, instance_profile_role_key, name_key,
};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::roles::no_such_role;
use crate::ops::{Paged, UnderPath, exact_tags, paginate, path_or_default};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// Roles in one instance profile (not adjustable).
const ROLES_PER_PROFILE: u32 = 1;

/// An instance profile as the API shows it: with the role in it (none or one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceProfileView {
    pub profile: InstanceProfile,
    pub roles: Vec<Role>,
}

impl UnderPath for InstanceProfile {
    const KIND: Kind = Kind::InstanceProfile;
    const ARN_KIND: &'static str = "instance-profile";
    const LIST: crate::Operation = crate::Operation::ListInstanceProfiles;
    fn path(&self) -> &str {
        &self.path
    }
}

impl<S: Store> Iam<S> {
    async fn load_instance_profile(
        &self,
        name: &str,
    ) -> Result<Option<(InstanceProfile, i64)>, CoreError> {
        match self
            .store
            .get(&self.account, Kind::InstanceProfile, &name_key(name))
            .await?
        {
            Some(r) => Ok(Some((decode(&r.data)?, r.version))),
            None => Ok(None),
        }
    }

    /// The profile `name`, authorizing `operation` on it first (on the ARN under `/` when
    /// there is no such profile).
    async fn authorized_instance_profile(
        &self,
        caller: &Caller,
        operation: crate::Operation,
        name: &str,
        extra: &[(String, iamd_policy::ContextValue)],
    ) -> Result<(InstanceProfile, i64), CoreError> {
        let found = self.load_instance_profile(name).await?;
        let arn = match &found {
            Some((p, _)) => p.arn(&self.account),
            None => format!("arn:aws:iam::{}:instance-profile/{name}", self.account),
        };
        self.authorize_with(caller, operation, &arn, extra).await?;
        found.ok_or_else(|| no_such_profile(name))
    }

    /// The roles in the profile with id `profile_id` (none or one).
    async fn roles_in_profile(&self, profile_id: &str) -> Result<Vec<Role>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    reference: Some(profile_id.to_string()),
                    ..Query::all(Kind::InstanceProfileRole)
                },
            )
            .await?;
        let mut roles = Vec::new();
        for r in page.records {
            if let Some(role_id) = r.owner.as_deref()
                && let Some(role) = self.entity_by_id::<Role>(Kind::Role, role_id).await?
            {
                roles.push(role);
            }
        }
        Ok(roles)
    }

    async fn profile_view(
        &self,
        profile: InstanceProfile,
    ) -> Result<InstanceProfileView, CoreError> {
        let roles = self.roles_in_profile(&profile.id).await?;
        Ok(InstanceProfileView { profile, roles })
    }

    /// The profiles the role with id `role_id` is in, in name order (also for
    /// GetAccountAuthorizationDetails, without authorizing anything).
    pub(crate) async fn profiles_of_role(
        &self,
        role_id: &str,
    ) -> Result<Vec<InstanceProfileView>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(role_id.to_string()),
                    ..Query::all(Kind::InstanceProfileRole)
                },
            )
            .await?;
        let mut views = Vec::new();
        for r in page.records {
            if let Some(profile_id) = r.reference.as_deref()
                && let Some(p) = self
                    .entity_by_id::<InstanceProfile>(Kind::InstanceProfile, profile_id)
                    .await?
            {
                views.push(self.profile_view(p).await?);
            }
        }
        views.sort_by_key(|v| name_key(&v.profile.name));
        Ok(views)
    }

    /// CreateInstanceProfile.
    pub async fn create_instance_profile(
        &self,
        caller: &Caller,
        name: &str,
        path: Option<&str>,
        tags: Vec<Tag>,
    ) -> Result<InstanceProfile, CoreError> {
        let path = path_or_default(path);
        let arn = format!("arn:aws:iam::{}:instance-profile{path}{name}", self.account);
        self.authorize_with(
            caller,
            crate::Operation::CreateInstanceProfile,
            &arn,
            &crate::authz::tag_keys(&tags),
        )
        .await?;
        let tags = exact_tags::merge(&[], tags)?;
        let profile = InstanceProfile {
            name: name.to_string(),
            id: ids::new_id(IdKind::InstanceProfile)?,
            path,
            create_date: self.now(),
            tags,
        };
        let key = name_key(name);
        self.write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::InstanceProfile,
                    key: key.clone(),
                })
                .put(record(
                    Kind::InstanceProfile,
                    &key,
                    None,
                    Some(&profile.id),
                    &profile,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => {
                CoreError::EntityAlreadyExists(format!("Instance Profile {name} already exists."))
            }
            other => other.into(),
        })?;
        Ok(profile)
    }

    /// GetInstanceProfile.
    pub async fn get_instance_profile(
        &self,
        caller: &Caller,
        name: &str,
    ) -> Result<InstanceProfileView, CoreError> {
        let (p, _) = self
            .authorized_instance_profile(caller, crate::Operation::GetInstanceProfile, name, &[])
            .await?;
        self.profile_view(p).await
    }

    /// DeleteInstanceProfile: refused while a role is in it.
    pub async fn delete_instance_profile(
        &self,
        caller: &Caller,
        name: &str,
    ) -> Result<(), CoreError> {
        let (p, _) = self
            .authorized_instance_profile(caller, crate::Operation::DeleteInstanceProfile, name, &[])
            .await?;
        let key = name_key(&p.name);
        self.write(
            WriteBatch::new()
                .require(Condition::NoneReferencing {
                    kind: Kind::InstanceProfileRole,
                    reference: p.id.clone(),
                })
                .require(Condition::Identity {
                    kind: Kind::InstanceProfile,
                    key: key.clone(),
                    reference: p.id.clone(),
                })
                .delete(Kind::InstanceProfile, key),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => CoreError::DeleteConflict(
                "Cannot delete entity, must remove roles from instance profile first.".into(),
            ),
            StoreError::ConditionFailed { .. } => no_such_profile(name),
            other => other.into(),
        })
    }

    /// ListInstanceProfiles: by path prefix, in name order, each with its role.
    pub async fn list_instance_profiles(
        &self,
        caller: &Caller,
        path_prefix: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<InstanceProfileView>, CoreError> {
        let page = self
            .list_under_path::<InstanceProfile>(caller, path_prefix, marker, max_items)
            .await?;
        let mut items = Vec::with_capacity(page.items.len());
        for p in page.items {
            items.push(self.profile_view(p).await?);
        }
        Ok(Paged {
            items,
            is_truncated: page.is_truncated,
            marker: page.marker,
        })
    }

    /// ListInstanceProfilesForRole.
    pub async fn list_instance_profiles_for_role(
        &self,
        caller: &Caller,
        role: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<InstanceProfileView>, CoreError> {
        let role = self
            .authorized_role(caller, crate::Operation::ListInstanceProfilesForRole, role)
            .await?;
        let views = self
            .profiles_of_role(&role.id)
            .await?
            .into_iter()
            .map(|v| (name_key(&v.profile.name), v))
            .collect();
        Ok(paginate(views, marker, max_items))
    }

    /// AddRoleToInstanceProfile: also needs `iam:PassRole` on the role, as AWS requires.
    pub async fn add_role_to_instance_profile(
        &self,
        caller: &Caller,
        profile: &str,
        role: &str,
    ) -> Result<(), CoreError> {
        let (p, _) = self
            .authorized_instance_profile(
                caller,
                crate::Operation::AddRoleToInstanceProfile,
                profile,
                &[],
            )
            .await?;
        let (r, _) = self
            .load_role(role)
            .await?
            .ok_or_else(|| no_such_role(role))?;
        self.authorize_pass_role(caller, &r.arn(&self.account))
            .await?;
        crate::ops::service_linked_roles::refuse_if_protected(
            crate::Operation::AddRoleToInstanceProfile,
            &r,
        )?;
        let link = InstanceProfileRole {
            profile: p.name.clone(),
            role: r.name.clone(),
        };
        // [0] the profile holds no role yet, [1] the role and [2] the profile still exist.
        self.write(
            WriteBatch::new()
                .require(Condition::NoneReferencing {
                    kind: Kind::InstanceProfileRole,
                    reference: p.id.clone(),
                })
                .require(Condition::Referenced {
                    kind: Kind::Role,
                    reference: r.id.clone(),
                })
                .require(Condition::Referenced {
                    kind: Kind::InstanceProfile,
                    reference: p.id.clone(),
                })
                .put(record(
                    Kind::InstanceProfileRole,
                    &instance_profile_role_key(&p.id, &r.id),
                    Some(&r.id),
                    Some(&p.id),
                    &link,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => CoreError::LimitExceeded(format!(
                "Cannot exceed quota for InstanceSessionsPerInstanceProfile: {ROLES_PER_PROFILE}"
            )),
            StoreError::ConditionFailed { index: 1 } => no_such_role(role),
            StoreError::ConditionFailed { .. } => no_such_profile(profile),
            other => other.into(),
        })
    }

    /// RemoveRoleFromInstanceProfile.
    pub async fn remove_role_from_instance_profile(
        &self,
        caller: &Caller,
        profile: &str,
        role: &str,
    ) -> Result<(), CoreError> {
        let (p, _) = self
            .authorized_instance_profile(
                caller,
                crate::Operation::RemoveRoleFromInstanceProfile,
                profile,
                &[],
            )
            .await?;
        let (r, _) = self
            .load_role(role)
            .await?
            .ok_or_else(|| no_such_role(role))?;
        crate::ops::service_linked_roles::refuse_if_protected(
            crate::Operation::RemoveRoleFromInstanceProfile,
            &r,
        )?;
        let key = instance_profile_role_key(&p.id, &r.id);
        let not_in = || {
            CoreError::NoSuchEntity(format!(
                "Role {} in Instance Profile {} cannot be found.",
                r.name, p.name
            ))
        };
        self.write(
            WriteBatch::new()
                .require(Condition::Exists {
                    kind: Kind::InstanceProfileRole,
                    key: key.clone(),
                })
                .delete(Kind::InstanceProfileRole, key),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => not_in(),
            other => other.into(),
        })
    }

    /// TagInstanceProfile.
    pub async fn tag_instance_profile(
        &self,
        caller: &Caller,
        name: &str,
        tags: Vec<Tag>,
    ) -> Result<(), CoreError> {
        let (p, version) = self
            .authorized_instance_profile(
                caller,
                crate::Operation::TagInstanceProfile,
                name,
                &crate::authz::tag_keys(&tags),
            )
            .await?;
        let mut updated = p.clone();
        updated.tags = exact_tags::merge(&p.tags, tags)?;
        self.save_instance_profile(&updated, version).await
    }

    /// UntagInstanceProfile.
    pub async fn untag_instance_profile(
        &self,
        caller: &Caller,
        name: &str,
        keys: &[String],
    ) -> Result<(), CoreError> {
        let (p, version) = self
            .authorized_instance_profile(
                caller,
                crate::Operation::UntagInstanceProfile,
                name,
                &crate::authz::untag_keys(keys),
            )
            .await?;
        let mut updated = p.clone();
        updated.tags = exact_tags::remove(&p.tags, keys);
        self.save_instance_profile(&updated, version).await
    }

    /// ListInstanceProfileTags.
    pub async fn list_instance_profile_tags(
        &self,
        caller: &Caller,
        name: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<Tag>, CoreError> {
        let (p, _) = self
            .authorized_instance_profile(
                caller,
                crate::Operation::ListInstanceProfileTags,
                name,
                &[],
            )
            .await?;
        Ok(exact_tags::page(&p.tags, marker, max_items))
    }

    /// Write a changed profile, failing if it changed since it was read at `version`.
    async fn save_instance_profile(
        &self,
        profile: &InstanceProfile,
        version: i64,
    ) -> Result<(), CoreError> {
        let key = name_key(&profile.name);
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::InstanceProfile,
                    key: key.clone(),
                    version,
                })
                .put(record(
                    Kind::InstanceProfile,
                    &key,
                    None,
                    Some(&profile.id),
                    profile,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::ConcurrentModification(format!(
                "The instance profile {} changed at the same time; retry.",
                profile.name
            )),
            other => other.into(),
        })
    }
}

fn no_such_profile(name: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("Instance Profile {name} cannot be found."))
}
