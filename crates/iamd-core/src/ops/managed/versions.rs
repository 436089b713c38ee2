//! Policy versions: CreatePolicyVersion, GetPolicyVersion, ListPolicyVersions,
//! DeletePolicyVersion and SetDefaultPolicyVersion.

use crate::Operation;
use time::OffsetDateTime;

use super::resolve::{check_document, no_such_policy, version_sort_key};
use crate::entities::PolicyVersionDoc;
use crate::error::CoreError;
use crate::ops::{Paged, paginate};
use crate::service::{Caller, Iam};
use crate::store::Store;

/// Stored versions per managed policy.
const MAX_VERSIONS: usize = 5;

impl<S: Store> Iam<S> {
    pub async fn create_policy_version(
        &self,
        caller: &Caller,
        arn: &str,
        document: &str,
        set_as_default: bool,
    ) -> Result<(String, OffsetDateTime, bool), CoreError> {
        self.authorize(caller, Operation::CreatePolicyVersion, arn)
            .await?;
        let (mut policy, version) = self.customer_policy(arn).await?;
        check_document(document)?;
        if policy.versions.len() >= MAX_VERSIONS {
            return Err(CoreError::LimitExceeded(format!(
                "A managed policy can have up to {MAX_VERSIONS} versions. Before you create a new version, you must delete an existing version."
            )));
        }
        let id = format!("v{}", policy.next_version);
        let now = self.now();
        policy.next_version += 1;
        policy.versions.push(PolicyVersionDoc {
            id: id.clone(),
            document: document.into(),
            create_date: now,
        });
        if set_as_default {
            policy.default_version = id.clone();
        }
        policy.update_date = now;
        self.save_policy(&policy, version).await?;
        Ok((id, now, set_as_default))
    }

    pub async fn get_policy_version(
        &self,
        caller: &Caller,
        arn: &str,
        version_id: &str,
    ) -> Result<(String, String, OffsetDateTime, bool), CoreError> {
        self.authorize(caller, Operation::GetPolicyVersion, arn)
            .await?;
        let p = self
            .resolve_policy(arn)
            .await?
            .ok_or_else(|| no_such_policy(arn))?;
        self.view(&p)
            .await?
            .versions
            .into_iter()
            .find(|v| v.0 == version_id)
            .ok_or_else(|| {
                CoreError::NoSuchEntity(format!(
                    "Policy {arn} version {version_id} does not exist or is not attachable."
                ))
            })
    }

    pub async fn list_policy_versions(
        &self,
        caller: &Caller,
        arn: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<(String, String, OffsetDateTime, bool)>, CoreError> {
        self.authorize(caller, Operation::ListPolicyVersions, arn)
            .await?;
        let p = self
            .resolve_policy(arn)
            .await?
            .ok_or_else(|| no_such_policy(arn))?;
        let mut versions: Vec<_> = self
            .view(&p)
            .await?
            .versions
            .into_iter()
            .map(|v| (version_sort_key(&v.0), v))
            .collect();
        // Newest first, as IAM lists them.
        versions.sort_by_key(|v| std::cmp::Reverse(v.0));
        let items = versions
            .into_iter()
            .enumerate()
            .map(|(i, (_, v))| (format!("{i:04}"), v))
            .collect();
        Ok(paginate(items, marker, max_items))
    }

    pub async fn delete_policy_version(
        &self,
        caller: &Caller,
        arn: &str,
        version_id: &str,
    ) -> Result<(), CoreError> {
        self.authorize(caller, Operation::DeletePolicyVersion, arn)
            .await?;
        let (mut policy, version) = self.customer_policy(arn).await?;
        if policy.default_version == version_id {
            return Err(CoreError::DeleteConflict(
                "Cannot delete the default version of a policy.".into(),
            ));
        }
        let before = policy.versions.len();
        policy.versions.retain(|v| v.id != version_id);
        if policy.versions.len() == before {
            return Err(CoreError::NoSuchEntity(format!(
                "Policy {arn} version {version_id} does not exist."
            )));
        }
        self.save_policy(&policy, version).await
    }

    pub async fn set_default_policy_version(
        &self,
        caller: &Caller,
        arn: &str,
        version_id: &str,
    ) -> Result<(), CoreError> {
        self.authorize(caller, Operation::SetDefaultPolicyVersion, arn)
            .await?;
        let (mut policy, version) = self.customer_policy(arn).await?;
        if !policy.versions.iter().any(|v| v.id == version_id) {
            return Err(CoreError::NoSuchEntity(format!(
                "Policy {arn} version {version_id} does not exist."
            )));
        }
        policy.default_version = version_id.to_string();
        policy.update_date = self.now();
        self.save_policy(&policy, version).await
    }
}
