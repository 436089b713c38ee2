//! CreatePolicy, GetPolicy, DeletePolicy and ListPolicies.

use crate::Operation;

use super::resolve::{PolicyView, Resolved, check_document, no_such_policy};
use crate::aws_managed::AWS_MANAGED;
use crate::entities::{ManagedPolicy, PolicyVersionDoc, Tag, name_key};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::{Paged, paginate, path_or_default};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

impl<S: Store> Iam<S> {
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
}
