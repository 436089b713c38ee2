//! TagPolicy, UntagPolicy, ListPolicyTags: tags on customer managed policies (case-sensitive
//! keys, see `exact_tags`). AWS managed policies list no tags and cannot be tagged.

use crate::entities::{ManagedPolicy, Tag, name_key};
use crate::error::CoreError;
use crate::ops::{Paged, exact_tags};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Store, WriteBatch};

/// What a policy ARN names, for tagging.
enum Tagged {
    /// An AWS managed policy (`arn:aws:iam::aws:policy/…`), carried or imported.
    AwsManaged,
    /// A customer managed policy and the version of its record.
    Customer(Box<ManagedPolicy>, i64),
}

impl<S: Store> Iam<S> {
    /// TagPolicy.
    pub async fn tag_policy(
        &self,
        caller: &Caller,
        arn: &str,
        tags: Vec<Tag>,
    ) -> Result<(), CoreError> {
        check_policy_arn(arn)?;
        self.authorize_with(
            caller,
            crate::Operation::TagPolicy,
            arn,
            &crate::authz::tag_keys(&tags),
        )
        .await?;
        let (policy, version) = self.taggable_policy(arn, "tag").await?;
        let mut updated = policy.clone();
        updated.tags = exact_tags::merge(&policy.tags, tags)?;
        self.save_tagged_policy(&updated, version).await
    }

    /// UntagPolicy.
    pub async fn untag_policy(
        &self,
        caller: &Caller,
        arn: &str,
        keys: &[String],
    ) -> Result<(), CoreError> {
        check_policy_arn(arn)?;
        self.authorize_with(
            caller,
            crate::Operation::UntagPolicy,
            arn,
            &crate::authz::untag_keys(keys),
        )
        .await?;
        let (policy, version) = self.taggable_policy(arn, "untag").await?;
        let mut updated = policy.clone();
        updated.tags = exact_tags::remove(&policy.tags, keys);
        self.save_tagged_policy(&updated, version).await
    }

    /// ListPolicyTags.
    pub async fn list_policy_tags(
        &self,
        caller: &Caller,
        arn: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<Tag>, CoreError> {
        check_policy_arn(arn)?;
        self.authorize(caller, crate::Operation::ListPolicyTags, arn)
            .await?;
        let tags = match self.tagged_policy(arn).await? {
            Some(Tagged::Customer(p, _)) => p.tags,
            Some(Tagged::AwsManaged) => Vec::new(),
            None => return Err(policy_not_found(arn)),
        };
        Ok(exact_tags::page(&tags, marker, max_items))
    }

    async fn tagged_policy(&self, arn: &str) -> Result<Option<Tagged>, CoreError> {
        if arn.starts_with("arn:aws:iam::aws:policy") {
            return Ok(self.policy_view(arn).await?.map(|_| Tagged::AwsManaged));
        }
        let prefix = format!("arn:aws:iam::{}:policy", self.account);
        if !arn.starts_with(&prefix) {
            return Ok(None);
        }
        let name = arn.rsplit('/').next().unwrap_or("");
        let Some(r) = self
            .store
            .get(&self.account, Kind::ManagedPolicy, &name_key(name))
            .await?
        else {
            return Ok(None);
        };
        let p: ManagedPolicy = decode(&r.data)?;
        // The path is part of the ARN: the same name under another path is another policy.
        Ok((p.arn(&self.account) == arn).then(|| Tagged::Customer(Box::new(p), r.version)))
    }

    async fn taggable_policy(
        &self,
        arn: &str,
        verb: &str,
    ) -> Result<(ManagedPolicy, i64), CoreError> {
        match self.tagged_policy(arn).await? {
            Some(Tagged::Customer(p, v)) => Ok((*p, v)),
            Some(Tagged::AwsManaged) => Err(CoreError::AccessDenied(format!(
                "Cannot {verb} policies outside your own account."
            ))),
            None => Err(policy_not_found(arn)),
        }
    }

    async fn save_tagged_policy(
        &self,
        policy: &ManagedPolicy,
        version: i64,
    ) -> Result<(), CoreError> {
        let key = name_key(&policy.name);
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::ManagedPolicy,
                    key: key.clone(),
                    version,
                })
                .put(record(Kind::ManagedPolicy, &key, None, None, policy)?),
        )
        .await
        .map_err(|e| match e {
            crate::store::StoreError::ConditionFailed { .. } => {
                CoreError::ConcurrentModification(format!(
                    "The policy {} changed at the same time; retry.",
                    policy.name
                ))
            }
            other => other.into(),
        })
    }
}

/// An ARN that cannot name a policy is refused before anything is looked up, in the words
/// AWS uses for AttachRolePolicy.
fn check_policy_arn(arn: &str) -> Result<(), CoreError> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let valid = matches!(parts.as_slice(), ["arn", partition, "iam", "", _, resource]
        if !partition.is_empty() && resource.starts_with("policy/"));
    if valid {
        Ok(())
    } else {
        Err(CoreError::InvalidInput(format!("ARN {arn} is not valid.")))
    }
}

fn policy_not_found(arn: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("Policy {arn} was not found."))
}
