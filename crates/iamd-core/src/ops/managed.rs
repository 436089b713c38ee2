//! Managed policies (customer managed and AWS managed), their versions, attachments to users
//! and groups, and users' permissions boundaries.

use crate::Operation;
use iamd_policy::{PolicyKind, parse_policy, policy_size};
use time::OffsetDateTime;

use crate::aws_managed::{self, AWS_MANAGED};
use crate::entities::{
    Attachment, Group, ManagedPolicy, OwnerKind, PolicyVersionDoc, Tag, User, attachment_key,
    boundary_owner, name_key,
};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::users::no_such_user;
use crate::ops::{Paged, paginate, path_or_default, user_record};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// Characters other than whitespace in a managed policy (IAM and AWS STS quotas).
const MANAGED_POLICY_SIZE: usize = 6144;
/// Stored versions per managed policy.
const MAX_VERSIONS: usize = 5;
/// Managed policies attached to one user or group.
const ATTACHED_PER_ENTITY: u32 = 10;

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

/// The users and groups a policy is attached to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicyEntities {
    /// (name, id)
    pub users: Vec<(String, String)>,
    pub groups: Vec<(String, String)>,
}

/// A policy an ARN names.
enum Resolved {
    Aws(usize),
    /// An AWS managed policy iamd does not carry, kept with its document by `iamd import`.
    AwsImported(Box<ManagedPolicy>),
    Customer(Box<ManagedPolicy>, i64),
}

impl<S: Store> Iam<S> {
    fn policy_arn_for(&self, path: &str, name: &str) -> String {
        format!("arn:aws:iam::{}:policy{path}{name}", self.account)
    }

    /// Find the policy an ARN names, if it exists.
    async fn resolve_policy(&self, arn: &str) -> Result<Option<Resolved>, CoreError> {
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

    async fn view(&self, resolved: &Resolved) -> Result<PolicyView, CoreError> {
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
    fn account_epoch(&self) -> OffsetDateTime {
        OffsetDateTime::UNIX_EPOCH + time::Duration::days(15_706)
    }

    pub async fn create_policy(
        &self,
        caller: &Caller,
        name: &str,
        path: Option<&str>,
        document: &str,
        description: Option<&str>,
        tags: Vec<Tag>,
    ) -> Result<PolicyView, CoreError> {
        let path = path_or_default(path);
        self.authorize_with(
            caller,
            Operation::CreatePolicy,
            &self.policy_arn_for(&path, name),
            &crate::authz::tag_keys(&tags),
        )
        .await?;
        check_document(document)?;
        let now = self.now();
        let policy = ManagedPolicy {
            name: name.into(),
            id: ids::new_id(IdKind::ManagedPolicy)?,
            path,
            description: description.map(str::to_string),
            create_date: now,
            update_date: now,
            default_version: "v1".into(),
            versions: vec![PolicyVersionDoc {
                id: "v1".into(),
                document: document.into(),
                create_date: now,
            }],
            next_version: 2,
            tags,
        };
        let key = name_key(name);
        self.write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::ManagedPolicy,
                    key: key.clone(),
                })
                .put(record(Kind::ManagedPolicy, &key, None, None, &policy)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::EntityAlreadyExists(format!(
                "A policy called {name} already exists. Duplicate names are not allowed."
            )),
            other => other.into(),
        })?;
        self.view(&Resolved::Customer(Box::new(policy), 1)).await
    }

    pub async fn get_policy(&self, caller: &Caller, arn: &str) -> Result<PolicyView, CoreError> {
        self.authorize(caller, Operation::GetPolicy, arn).await?;
        let p = self
            .resolve_policy(arn)
            .await?
            .ok_or_else(|| no_such_policy(arn))?;
        self.view(&p).await
    }

    pub async fn delete_policy(&self, caller: &Caller, arn: &str) -> Result<(), CoreError> {
        self.authorize(caller, Operation::DeletePolicy, arn).await?;
        let (policy, version) = match self.resolve_policy(arn).await? {
            Some(Resolved::Customer(p, v)) => (*p, v),
            Some(Resolved::Aws(_) | Resolved::AwsImported(_)) => {
                return Err(CoreError::InvalidInput(format!(
                    "AWS managed policy {arn} cannot be deleted."
                )));
            }
            None => return Err(no_such_policy(arn)),
        };
        if policy.versions.len() > 1 {
            return Err(CoreError::DeleteConflict(
                "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.".into(),
            ));
        }
        let key = name_key(&policy.name);
        self.write(
            WriteBatch::new()
                .require(Condition::NoneReferencing {
                    kind: Kind::Attachment,
                    reference: arn.to_string(),
                })
                .require(Condition::Version {
                    kind: Kind::ManagedPolicy,
                    key: key.clone(),
                    version,
                })
                .delete(Kind::ManagedPolicy, key),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => {
                CoreError::DeleteConflict("Cannot delete a policy attached to entities.".into())
            }
            other => other.into(),
        })
    }

    #[expect(clippy::too_many_arguments, reason = "the parameters of ListPolicies")]
    pub async fn list_policies(
        &self,
        caller: &Caller,
        scope: Option<&str>,
        only_attached: bool,
        path_prefix: Option<&str>,
        usage: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<PolicyView>, CoreError> {
        // IAM authorizes listings against the path prefix's ARN (`…:policy/`), as its
        // AccessDenied messages show, so `Resource: "*"` and `policy/*` both grant it.
        let listed = format!(
            "arn:aws:iam::{}:policy{}",
            self.account,
            path_prefix.unwrap_or("/")
        );
        self.authorize(caller, Operation::ListPolicies, &listed)
            .await?;
        let scope = scope.unwrap_or("All");
        let prefix = path_prefix.unwrap_or("/");
        let mut all = Vec::new();
        if scope != "Local" {
            for i in 0..AWS_MANAGED.len() {
                all.push(self.view(&Resolved::Aws(i)).await?);
            }
            let imported = self
                .store
                .list(
                    &self.account,
                    &Query {
                        key_prefix: Some(crate::entities::aws_policy_key("")),
                        ..Query::all(Kind::Account)
                    },
                )
                .await?;
            for r in imported.records {
                let p: ManagedPolicy = decode(&r.data)?;
                all.push(self.view(&Resolved::AwsImported(Box::new(p))).await?);
            }
        }
        if scope != "AWS" {
            let page = self
                .store
                .list(&self.account, &Query::all(Kind::ManagedPolicy))
                .await?;
            for r in page.records {
                let p: ManagedPolicy = decode(&r.data)?;
                all.push(
                    self.view(&Resolved::Customer(Box::new(p), r.version))
                        .await?,
                );
            }
        }
        let items = all
            .into_iter()
            .filter(|v| v.path.starts_with(prefix))
            .filter(|v| !only_attached || v.attachment_count + v.boundary_usage_count > 0)
            .filter(|v| match usage {
                Some("PermissionsBoundary") => !only_attached || v.boundary_usage_count > 0,
                _ => true,
            })
            .map(|v| (v.arn.clone(), v))
            .collect::<Vec<_>>();
        let mut items = items;
        items.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(paginate(items, marker, max_items))
    }

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

    async fn customer_policy(&self, arn: &str) -> Result<(ManagedPolicy, i64), CoreError> {
        match self.resolve_policy(arn).await? {
            Some(Resolved::Customer(p, v)) => Ok((*p, v)),
            Some(Resolved::Aws(_) | Resolved::AwsImported(_)) => Err(CoreError::InvalidInput(
                format!("AWS managed policy {arn} cannot be changed."),
            )),
            None => Err(no_such_policy(arn)),
        }
    }

    async fn save_policy(&self, policy: &ManagedPolicy, version: i64) -> Result<(), CoreError> {
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

fn check_document(document: &str) -> Result<(), CoreError> {
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

fn no_such_policy(arn: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("Policy {arn} does not exist or is not attachable."))
}

/// `v10` after `v9`.
fn version_sort_key(id: &str) -> u64 {
    id.trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// A stable `ANPA…` id for an AWS managed policy, derived from its name.
fn aws_policy_id(name: &str) -> String {
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
