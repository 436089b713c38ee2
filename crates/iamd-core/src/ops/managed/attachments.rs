//! Attaching managed policies to users and groups, listing them both ways, and the attached
//! documents authorization reads.

use crate::Operation;

use super::resolve::{Resolved, no_such_policy};
use crate::aws_managed::AWS_MANAGED;
use crate::entities::{Attachment, Group, OwnerKind, User, attachment_key};
use crate::error::CoreError;
use crate::ops::{Paged, paginate};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// Managed policies attached to one user or group.
const ATTACHED_PER_ENTITY: u32 = 10;

/// The users and groups a policy is attached to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicyEntities {
    /// (name, id)
    pub users: Vec<(String, String)>,
    pub groups: Vec<(String, String)>,
}

impl<S: Store> Iam<S> {
    pub async fn list_entities_for_policy(
        &self,
        caller: &Caller,
        arn: &str,
        filter: Option<&str>,
        usage: Option<&str>,
    ) -> Result<PolicyEntities, CoreError> {
        self.authorize(caller, Operation::ListEntitiesForPolicy, arn)
            .await?;
        self.resolve_policy(arn)
            .await?
            .ok_or_else(|| no_such_policy(arn))?;
        let uses = self
            .store
            .list(
                &self.account,
                &Query {
                    reference: Some(arn.to_string()),
                    ..Query::all(Kind::Attachment)
                },
            )
            .await?;
        let mut out = PolicyEntities::default();
        for r in uses.records {
            let a: Attachment = decode(&r.data)?;
            let wanted_usage = match usage {
                Some("PermissionsBoundary") => a.boundary,
                Some("PermissionsPolicy") => !a.boundary,
                _ => true,
            };
            if !wanted_usage {
                continue;
            }
            // The owner is the entity's id (`boundary/` + id for a boundary's use).
            let owner = r.owner.as_deref().unwrap_or_default();
            let id = owner.strip_prefix("boundary/").unwrap_or(owner);
            match a.owner_kind {
                OwnerKind::User if filter.is_none_or(|f| f == "User") => {
                    if let Some(u) = self.entity_by_id::<User>(Kind::User, id).await? {
                        out.users.push((u.name, u.id));
                    }
                }
                OwnerKind::Group if filter.is_none_or(|f| f == "Group") => {
                    if let Some(g) = self.entity_by_id::<Group>(Kind::Group, id).await? {
                        out.groups.push((g.name, g.id));
                    }
                }
                _ => {}
            }
        }
        Ok(out)
    }

    /// Attach a managed policy to a user or group.
    pub async fn attach_policy(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        owner: &str,
        arn: &str,
    ) -> Result<(), CoreError> {
        let operation = match kind {
            OwnerKind::User => Operation::AttachUserPolicy,
            OwnerKind::Group => Operation::AttachGroupPolicy,
            OwnerKind::Role => Operation::AttachRolePolicy,
        };
        let owner = self
            .authorized_owner(
                caller,
                kind,
                operation,
                owner,
                &[crate::authz::key("iam:PolicyARN", arn)],
            )
            .await?;
        let policy_exists = self.existing_policy(arn).await?;
        let key = attachment_key(&owner.id, arn);
        if self
            .store
            .get(&self.account, Kind::Attachment, &key)
            .await?
            .is_some()
        {
            return Ok(());
        }
        let a = Attachment {
            owner_kind: kind,
            owner_name: owner.name.clone(),
            policy_arn: arn.into(),
            boundary: false,
        };
        let quota = match kind {
            OwnerKind::Group => "PoliciesPerGroup",
            OwnerKind::Role => "PoliciesPerRole",
            OwnerKind::User => "PoliciesPerUser",
        };
        // Checked where the attachment commits: the quota, that the owner and the policy
        // still exist.
        let mut batch = WriteBatch::new()
            .require(Condition::OwnerCountBelow {
                kind: Kind::Attachment,
                owner: owner.id.clone(),
                limit: ATTACHED_PER_ENTITY,
            })
            .require(owner.exists());
        if let Some(c) = policy_exists {
            batch = batch.require(c);
        }
        self.write(batch.put(record(
            Kind::Attachment,
            &key,
            Some(&owner.id),
            Some(arn),
            &a,
        )?))
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => CoreError::LimitExceeded(format!(
                "Cannot exceed quota for {quota}: {ATTACHED_PER_ENTITY}"
            )),
            StoreError::ConditionFailed { index: 1 } => crate::ops::policies::no_such_owner(&owner),
            StoreError::ConditionFailed { .. } => CoreError::NoSuchEntity(format!(
                "Policy {arn} does not exist or is not attachable."
            )),
            other => other.into(),
        })
    }

    pub async fn detach_policy(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        owner: &str,
        arn: &str,
    ) -> Result<(), CoreError> {
        let operation = match kind {
            OwnerKind::User => Operation::DetachUserPolicy,
            OwnerKind::Group => Operation::DetachGroupPolicy,
            OwnerKind::Role => Operation::DetachRolePolicy,
        };
        let owner = self
            .authorized_owner(
                caller,
                kind,
                operation,
                owner,
                &[crate::authz::key("iam:PolicyARN", arn)],
            )
            .await?;
        let key = attachment_key(&owner.id, arn);
        if self
            .store
            .get(&self.account, Kind::Attachment, &key)
            .await?
            .is_none()
        {
            return Err(CoreError::NoSuchEntity(format!(
                "Policy {arn} was not found."
            )));
        }
        self.write(WriteBatch::new().delete(Kind::Attachment, key))
            .await
            .map_err(Into::into)
    }

    pub async fn list_attached_policies(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        owner: &str,
        path_prefix: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<(String, String)>, CoreError> {
        let operation = match kind {
            OwnerKind::User => Operation::ListAttachedUserPolicies,
            OwnerKind::Group => Operation::ListAttachedGroupPolicies,
            OwnerKind::Role => Operation::ListAttachedRolePolicies,
        };
        let owner = self
            .authorized_owner(caller, kind, operation, owner, &[])
            .await?;
        let prefix = path_prefix.unwrap_or("/");
        let items = self
            .attached_arns(&owner.id)
            .await?
            .into_iter()
            .filter_map(|arn| {
                let resource = arn.split_once(":policy").map(|(_, r)| r.to_string())?;
                let name = resource.rsplit('/').next()?.to_string();
                resource
                    .starts_with(prefix)
                    .then(|| (arn.clone(), (name, arn)))
            })
            .collect();
        Ok(paginate(items, marker, max_items))
    }

    /// The managed policies attached to the entity with id `owner_id` (not its boundary).
    pub(crate) async fn attached_arns(&self, owner_id: &str) -> Result<Vec<String>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(owner_id.to_string()),
                    ..Query::all(Kind::Attachment)
                },
            )
            .await?;
        let mut arns = Vec::new();
        for r in page.records {
            let a: Attachment = decode(&r.data)?;
            if !a.boundary {
                arns.push(a.policy_arn);
            }
        }
        Ok(arns)
    }

    /// The default document of a managed policy, for authorization.
    pub(crate) async fn managed_document(&self, arn: &str) -> Result<Option<String>, CoreError> {
        Ok(match self.resolve_policy(arn).await? {
            Some(Resolved::Aws(i)) => Some(AWS_MANAGED[i].4.to_string()),
            Some(Resolved::Customer(p, _) | Resolved::AwsImported(p)) => {
                p.default_document().map(str::to_string)
            }
            None => None,
        })
    }
}
