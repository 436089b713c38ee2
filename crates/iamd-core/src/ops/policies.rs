//! Inline policies of users and groups: Put/Get/List/Delete User/Group Policy.

use iamd_policy::{PolicyKind, parse_policy, policy_size};

use crate::Operation;
use crate::entities::{InlinePolicy, OwnerKind, inline_policy_key, name_key};
use crate::error::CoreError;
use crate::ops::{Owner, Paged, paginate};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// Aggregate inline policy size per owner, in characters other than whitespace (IAM and AWS
/// STS quotas).
fn inline_quota(kind: OwnerKind) -> usize {
    match kind {
        OwnerKind::User => 2048,
        OwnerKind::Group => 5120,
        OwnerKind::Role => 10240,
    }
}

/// What an inline-policy operation does.
#[derive(Debug, Clone, Copy)]
enum Verb {
    Put,
    Get,
    List,
    Delete,
}

/// The operation that does `verb` on an inline policy of a `kind`.
fn operation(kind: OwnerKind, verb: Verb) -> Operation {
    match (kind, verb) {
        (OwnerKind::User, Verb::Put) => Operation::PutUserPolicy,
        (OwnerKind::User, Verb::Get) => Operation::GetUserPolicy,
        (OwnerKind::User, Verb::List) => Operation::ListUserPolicies,
        (OwnerKind::User, Verb::Delete) => Operation::DeleteUserPolicy,
        (OwnerKind::Group, Verb::Put) => Operation::PutGroupPolicy,
        (OwnerKind::Group, Verb::Get) => Operation::GetGroupPolicy,
        (OwnerKind::Group, Verb::List) => Operation::ListGroupPolicies,
        (OwnerKind::Group, Verb::Delete) => Operation::DeleteGroupPolicy,
        (OwnerKind::Role, Verb::Put) => Operation::PutRolePolicy,
        (OwnerKind::Role, Verb::Get) => Operation::GetRolePolicy,
        (OwnerKind::Role, Verb::List) => Operation::ListRolePolicies,
        (OwnerKind::Role, Verb::Delete) => Operation::DeleteRolePolicy,
    }
}

/// How often a PutXPolicy whose owner's inline policies changed under it reads them again
/// before answering ConcurrentModification.
const QUOTA_RETRIES: usize = 5;

impl<S: Store> Iam<S> {
    /// Authorize `verb` on the owner and return it.
    async fn inline_owner(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        verb: Verb,
        owner: &str,
    ) -> Result<Owner, CoreError> {
        self.authorized_owner(caller, kind, operation(kind, verb), owner, &[])
            .await
    }

    pub async fn put_inline_policy(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        owner: &str,
        policy_name: &str,
        document: &str,
    ) -> Result<(), CoreError> {
        let owner = self.inline_owner(caller, kind, Verb::Put, owner).await?;
        parse_policy(document, PolicyKind::Identity).map_err(|source| {
            CoreError::MalformedPolicyDocument {
                input: "PolicyDocument".into(),
                source,
            }
        })?;
        let key = inline_policy_key(&owner.id, policy_name);
        let policy = InlinePolicy {
            owner_kind: kind,
            owner_name: owner.name.clone(),
            name: policy_name.to_string(),
            document: document.to_string(),
        };
        for _ in 0..QUOTA_RETRIES {
            let existing = self
                .store
                .list(
                    &self.account,
                    &Query {
                        owner: Some(owner.id.clone()),
                        ..Query::all(Kind::InlinePolicy)
                    },
                )
                .await?
                .records;
            let mut others = 0;
            for r in existing.iter().filter(|r| r.key != key) {
                others += policy_size(&decode::<InlinePolicy>(&r.data)?.document);
            }
            let quota = inline_quota(kind);
            if others + policy_size(document) > quota {
                return Err(CoreError::LimitExceeded(format!(
                    "Maximum policy size of {quota} bytes exceeded for {} {}.",
                    kind.as_str(),
                    owner.name
                )));
            }
            // The quota holds if the owner's inline policies are still the ones counted: each
            // at the version read, and no other added since.
            let mut batch =
                WriteBatch::new()
                    .require(owner.exists())
                    .require(Condition::OwnerCountBelow {
                        kind: Kind::InlinePolicy,
                        owner: owner.id.clone(),
                        limit: u32::try_from(existing.len() + 1).unwrap_or(u32::MAX),
                    });
            for r in &existing {
                batch = batch.require(Condition::Version {
                    kind: Kind::InlinePolicy,
                    key: r.key.clone(),
                    version: r.version,
                });
            }
            let batch = batch.put(record(
                Kind::InlinePolicy,
                &key,
                Some(&owner.id),
                None,
                &policy,
            )?);
            match self.write(batch).await {
                Ok(()) => return Ok(()),
                Err(StoreError::ConditionFailed { index: 0 }) => {
                    return Err(no_such_owner(&owner));
                }
                // Another write changed the owner's inline policies: count again.
                Err(StoreError::ConditionFailed { .. }) => {}
                Err(other) => return Err(other.into()),
            }
        }
        Err(CoreError::ConcurrentModification(format!(
            "The inline policies of {} {} changed at the same time; retry.",
            kind.as_str(),
            owner.name
        )))
    }

    pub async fn get_inline_policy(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        owner: &str,
        policy_name: &str,
    ) -> Result<InlinePolicy, CoreError> {
        let owner = self.inline_owner(caller, kind, Verb::Get, owner).await?;
        let key = inline_policy_key(&owner.id, policy_name);
        match self
            .store
            .get(&self.account, Kind::InlinePolicy, &key)
            .await?
        {
            Some(r) => {
                let mut p: InlinePolicy = decode(&r.data)?;
                // The owner's name now, not when the policy was written.
                p.owner_name = owner.name;
                Ok(p)
            }
            None => Err(no_such_policy(kind, &owner.name, policy_name)),
        }
    }

    pub async fn list_inline_policies(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        owner: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<String>, CoreError> {
        let owner = self.inline_owner(caller, kind, Verb::List, owner).await?;
        let names = self
            .inline_policies(&owner.id)
            .await?
            .into_iter()
            .map(|p| (name_key(&p.name), p.name))
            .collect();
        Ok(paginate(names, marker, max_items))
    }

    pub async fn delete_inline_policy(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        owner: &str,
        policy_name: &str,
    ) -> Result<(), CoreError> {
        let owner = self.inline_owner(caller, kind, Verb::Delete, owner).await?;
        let key = inline_policy_key(&owner.id, policy_name);
        if self
            .store
            .get(&self.account, Kind::InlinePolicy, &key)
            .await?
            .is_none()
        {
            return Err(no_such_policy(kind, &owner.name, policy_name));
        }
        self.write(WriteBatch::new().delete(Kind::InlinePolicy, key))
            .await
            .map_err(Into::into)
    }
}

/// The owner was deleted between the read and the write.
pub(crate) fn no_such_owner(owner: &Owner) -> CoreError {
    CoreError::NoSuchEntity(format!(
        "The {} with name {} cannot be found.",
        owner.kind.as_str(),
        owner.name
    ))
}

fn no_such_policy(kind: OwnerKind, owner: &str, name: &str) -> CoreError {
    CoreError::NoSuchEntity(format!(
        "The {} policy with name {name} cannot be found.",
        match kind {
            OwnerKind::User => format!("user {owner}"),
            OwnerKind::Group => format!("group {owner}"),
            OwnerKind::Role => format!("role {owner}"),
        }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_names() {
        assert_eq!(
            operation(OwnerKind::User, Verb::Put).name(),
            "PutUserPolicy"
        );
        assert_eq!(
            operation(OwnerKind::Group, Verb::List).name(),
            "ListGroupPolicies"
        );
    }
}
