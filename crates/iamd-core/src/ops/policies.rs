//! Inline policies of users and groups: Put/Get/List/Delete User/Group Policy.

use iamd_policy::{PolicyKind, parse_policy, policy_size};

use crate::entities::{InlinePolicy, OwnerKind, name_key, owner_ref};
use crate::error::CoreError;
use crate::ops::{Paged, paginate};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Kind, Store, WriteBatch};

/// Aggregate inline policy size per owner, in characters other than whitespace (IAM and AWS
/// STS quotas).
fn inline_quota(kind: OwnerKind) -> usize {
    match kind {
        OwnerKind::User => 2048,
        OwnerKind::Group => 5120,
        OwnerKind::Role => 10240,
    }
}

fn operation(kind: OwnerKind, verb: &str) -> String {
    let noun = crate::ops::owner_noun(kind);
    format!(
        "{verb}{noun}Policy{}",
        if verb == "List" { "ies" } else { "" }
    )
    .replace("Policyies", "Policies")
}

impl<S: Store> Iam<S> {
    /// Authorize `verb` on the owner and return its name as stored.
    async fn inline_owner(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        verb: &str,
        owner: &str,
    ) -> Result<String, CoreError> {
        self.authorized_owner(caller, kind, &operation(kind, verb), owner, &[])
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
        let owner = self.inline_owner(caller, kind, "Put", owner).await?;
        parse_policy(document, PolicyKind::Identity).map_err(|source| {
            CoreError::MalformedPolicyDocument {
                input: "PolicyDocument".into(),
                source,
            }
        })?;
        let existing = self.inline_policies(kind, &owner).await?;
        let others: usize = existing
            .iter()
            .filter(|p| !p.name.eq_ignore_ascii_case(policy_name))
            .map(|p| policy_size(&p.document))
            .sum();
        let quota = inline_quota(kind);
        if others + policy_size(document) > quota {
            return Err(CoreError::LimitExceeded(format!(
                "Maximum policy size of {quota} bytes exceeded for {} {owner}.",
                kind.as_str()
            )));
        }
        let owner_key = owner_ref(kind, &owner);
        let key = format!("{owner_key}/{}", name_key(policy_name));
        let policy = InlinePolicy {
            owner_kind: kind,
            owner_name: owner.clone(),
            name: policy_name.to_string(),
            document: document.to_string(),
        };
        self.write(WriteBatch::new().put(record(
            Kind::InlinePolicy,
            &key,
            Some(&owner_key),
            None,
            &policy,
        )?))
        .await
        .map_err(Into::into)
    }

    pub async fn get_inline_policy(
        &self,
        caller: &Caller,
        kind: OwnerKind,
        owner: &str,
        policy_name: &str,
    ) -> Result<InlinePolicy, CoreError> {
        let owner = self.inline_owner(caller, kind, "Get", owner).await?;
        let key = format!("{}/{}", owner_ref(kind, &owner), name_key(policy_name));
        match self
            .store
            .get(&self.account, Kind::InlinePolicy, &key)
            .await?
        {
            Some(r) => decode(&r.data),
            None => Err(no_such_policy(kind, &owner, policy_name)),
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
        let owner = self.inline_owner(caller, kind, "List", owner).await?;
        let names = self
            .inline_policies(kind, &owner)
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
        let owner = self.inline_owner(caller, kind, "Delete", owner).await?;
        let key = format!("{}/{}", owner_ref(kind, &owner), name_key(policy_name));
        if self
            .store
            .get(&self.account, Kind::InlinePolicy, &key)
            .await?
            .is_none()
        {
            return Err(no_such_policy(kind, &owner, policy_name));
        }
        self.write(WriteBatch::new().delete(Kind::InlinePolicy, key))
            .await
            .map_err(Into::into)
    }
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
        assert_eq!(operation(OwnerKind::User, "Put"), "PutUserPolicy");
        assert_eq!(operation(OwnerKind::Group, "List"), "ListGroupPolicies");
    }
}
