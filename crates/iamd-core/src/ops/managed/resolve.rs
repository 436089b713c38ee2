//! What a policy ARN names (an AWS managed policy, one kept by `iamd import`, or a customer
//! managed policy), the policy as the API shows it, and the checks every policy write makes.

use iamd_policy::{PolicyKind, parse_policy, policy_size};
use time::OffsetDateTime;

use crate::aws_managed::{self, AWS_MANAGED};
use crate::entities::{Attachment, ManagedPolicy, Tag, name_key};
use crate::error::CoreError;
use crate::service::{Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, WriteBatch};

/// Characters other than whitespace in a managed policy (IAM and AWS STS quotas).
pub(super) const MANAGED_POLICY_SIZE: usize = 6144;

/// A managed policy as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyView {
    pub arn: String,
    pub name: String,
    pub id: String,
    pub path: String,
    pub default_version: String,
    pub description: Option<String>,
    pub create_date: OffsetDateTime,
    pub update_date: OffsetDateTime,
    pub attachment_count: i32,
    pub boundary_usage_count: i32,
    pub aws_managed: bool,
    pub tags: Vec<Tag>,
    /// (version id, document, create date, is default)
    pub versions: Vec<(String, String, OffsetDateTime, bool)>,
}

/// A policy an ARN names.
pub(super) enum Resolved {
    Aws(usize),
    /// An AWS managed policy iamd does not carry, kept with its document by `iamd import`.
    AwsImported(Box<ManagedPolicy>),
    Customer(Box<ManagedPolicy>, i64),
}

impl<S: Store> Iam<S> {
    pub(super) fn policy_arn_for(&self, path: &str, name: &str) -> String {
        format!("arn:aws:iam::{}:policy{path}{name}", self.account)
    }

    /// Find the policy an ARN names, if it exists.
    pub(super) async fn resolve_policy(&self, arn: &str) -> Result<Option<Resolved>, CoreError> {
        if let Some(rest) = arn.strip_prefix("arn:aws:iam::aws:policy") {
            if let Some(i) = AWS_MANAGED
                .iter()
                .position(|(name, path, ..)| format!("{path}{name}") == rest)
            {
                return Ok(Some(Resolved::Aws(i)));
            }
            let key = crate::entities::aws_policy_key(rest);
            return match self.store.get(&self.account, Kind::Account, &key).await? {
                Some(r) => Ok(Some(Resolved::AwsImported(Box::new(decode(&r.data)?)))),
                None => Ok(None),
            };
        }
        let prefix = format!("arn:aws:iam::{}:policy", self.account);
        let Some(rest) = arn.strip_prefix(&prefix) else {
            return Ok(None);
        };
        let name = rest.rsplit('/').next().unwrap_or("");
        let Some(r) = self
            .store
            .get(&self.account, Kind::ManagedPolicy, &name_key(name))
            .await?
        else {
            return Ok(None);
        };
        let p: ManagedPolicy = decode(&r.data)?;
        // The path is part of the ARN: a policy under another path is another ARN.
        Ok((p.arn(&self.account) == arn).then_some(Resolved::Customer(Box::new(p), r.version)))
    }

    /// The policy `arn` names must exist; returns the batch condition that it still does when
    /// the write that uses it commits (none for the AWS managed policies iamd carries, which
    /// cannot be deleted).
    pub(crate) async fn existing_policy(&self, arn: &str) -> Result<Option<Condition>, CoreError> {
        let missing = || {
            CoreError::NoSuchEntity(format!("Policy {arn} does not exist or is not attachable."))
        };
        Ok(match self.resolve_policy(arn).await?.ok_or_else(missing)? {
            Resolved::Aws(_) => None,
            Resolved::AwsImported(p) => Some(Condition::Exists {
                kind: Kind::Account,
                key: crate::entities::aws_policy_key(&format!("{}{}", p.path, p.name)),
            }),
            Resolved::Customer(p, _) => Some(Condition::Exists {
                kind: Kind::ManagedPolicy,
                key: name_key(&p.name),
            }),
        })
    }

    /// The policy an ARN names as the API shows it, without authorizing anything.
    pub(crate) async fn policy_view(&self, arn: &str) -> Result<Option<PolicyView>, CoreError> {
        match self.resolve_policy(arn).await? {
            Some(p) => Ok(Some(self.view(&p).await?)),
            None => Ok(None),
        }
    }

    pub(super) async fn view(&self, resolved: &Resolved) -> Result<PolicyView, CoreError> {
        let (arn, mut view) = match resolved {
            Resolved::Aws(i) => {
                let (name, path, version, description, doc) = AWS_MANAGED[*i];
                let arn = aws_managed::arn(name, path);
                let epoch = self.account_epoch();
                (
                    arn.clone(),
                    PolicyView {
                        arn,
                        name: name.into(),
                        id: aws_policy_id(name),
                        path: path.into(),
                        default_version: version.into(),
                        description: Some(description.into()),
                        create_date: epoch,
                        update_date: epoch,
                        attachment_count: 0,
                        boundary_usage_count: 0,
                        aws_managed: true,
                        tags: Vec::new(),
                        versions: vec![(version.into(), doc.into(), epoch, true)],
                    },
                )
            }
            Resolved::Customer(p, _) | Resolved::AwsImported(p) => {
                let aws = matches!(resolved, Resolved::AwsImported(_));
                let arn = if aws {
                    aws_managed::arn(&p.name, &p.path)
                } else {
                    p.arn(&self.account)
                };
                (
                    arn.clone(),
                    PolicyView {
                        arn,
                        name: p.name.clone(),
                        id: p.id.clone(),
                        path: p.path.clone(),
                        default_version: p.default_version.clone(),
                        description: p.description.clone(),
                        create_date: p.create_date,
                        update_date: p.update_date,
                        attachment_count: 0,
                        boundary_usage_count: 0,
                        aws_managed: aws,
                        tags: p.tags.clone(),
                        versions: p
                            .versions
                            .iter()
                            .map(|v| {
                                (
                                    v.id.clone(),
                                    v.document.clone(),
                                    v.create_date,
                                    v.id == p.default_version,
                                )
                            })
                            .collect(),
                    },
                )
            }
        };
        let uses = self
            .store
            .list(
                &self.account,
                &Query {
                    reference: Some(arn),
                    ..Query::all(Kind::Attachment)
                },
            )
            .await?;
        for r in uses.records {
            let a: Attachment = decode(&r.data)?;
            if a.boundary {
                view.boundary_usage_count += 1;
            } else {
                view.attachment_count += 1;
            }
        }
        Ok(view)
    }

    /// AWS managed policies carry no account-specific dates; the account's creation stands in.
    pub(super) fn account_epoch(&self) -> OffsetDateTime {
        OffsetDateTime::UNIX_EPOCH + time::Duration::days(15_706)
    }

    pub(super) async fn customer_policy(
        &self,
        arn: &str,
    ) -> Result<(ManagedPolicy, i64), CoreError> {
        match self.resolve_policy(arn).await? {
            Some(Resolved::Customer(p, v)) => Ok((*p, v)),
            Some(Resolved::Aws(_) | Resolved::AwsImported(_)) => Err(CoreError::InvalidInput(
                format!("AWS managed policy {arn} cannot be changed."),
            )),
            None => Err(no_such_policy(arn)),
        }
    }

    pub(super) async fn save_policy(
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
        .map_err(Into::into)
    }
}

pub(super) fn check_document(document: &str) -> Result<(), CoreError> {
    parse_policy(document, PolicyKind::Identity).map_err(|source| {
        CoreError::MalformedPolicyDocument {
            input: "PolicyDocument".into(),
            source,
        }
    })?;
    if policy_size(document) > MANAGED_POLICY_SIZE {
        return Err(CoreError::LimitExceeded(format!(
            "Cannot exceed quota for PolicySize: {MANAGED_POLICY_SIZE}"
        )));
    }
    Ok(())
}

pub(super) fn no_such_policy(arn: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("Policy {arn} does not exist or is not attachable."))
}

/// `v10` after `v9`.
pub(super) fn version_sort_key(id: &str) -> u64 {
    id.trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// A stable `ANPA…` id for an AWS managed policy, derived from its name.
pub(super) fn aws_policy_id(name: &str) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut id = String::from("ANPA");
    for round in 0..17u64 {
        for b in name.bytes() {
            h = (h ^ u64::from(b) ^ round).wrapping_mul(0x0100_0000_01b3);
        }
        id.push(char::from(ALPHABET[(h % 32) as usize]));
    }
    id
}
