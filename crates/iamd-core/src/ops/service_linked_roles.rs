//! Service-linked roles: CreateServiceLinkedRole, DeleteServiceLinkedRole and
//! GetServiceLinkedRoleDeletionStatus, and the protection of such roles from the ordinary role
//! operations (spec iam-api-more.md §6).
//!
//! The service fixes a role's name, path (`/aws-service-role/<principal>/`) and trust policy;
//! iamd knows the names of the services in [`SERVICES`]. Deletion is AWS's asynchronous task,
//! which in iamd (no service uses the role) succeeds at once and stays readable by its id.

use serde::{Deserialize, Serialize};

use crate::entities::{Role, name_key};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::role_record;
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

/// The path prefix only service-linked roles live under.
pub(crate) const SERVICE_ROLE_PATH: &str = "/aws-service-role/";

/// (service principal, role name, whether a `CustomSuffix` is accepted), as AWS recorded them.
const SERVICES: &[(&str, &str, bool)] = &[
    (
        "accountdiscovery.ssm.amazonaws.com",
        "AWSServiceRoleForAmazonSSM_AccountDiscovery",
        false,
    ),
    (
        "autoscaling.amazonaws.com",
        "AWSServiceRoleForAutoScaling",
        true,
    ),
    ("batch.amazonaws.com", "AWSServiceRoleForBatch", false),
    (
        "cloudtrail.amazonaws.com",
        "AWSServiceRoleForCloudTrail",
        false,
    ),
    ("config.amazonaws.com", "AWSServiceRoleForConfig", false),
    (
        "connect.amazonaws.com",
        "AWSServiceRoleForAmazonConnect",
        true,
    ),
    ("dms.amazonaws.com", "AWSServiceRoleForDMSServerless", false),
    ("ecs.amazonaws.com", "AWSServiceRoleForECS", false),
    ("eks.amazonaws.com", "AWSServiceRoleForAmazonEKS", false),
    (
        "elasticache.amazonaws.com",
        "AWSServiceRoleForElastiCache",
        false,
    ),
    (
        "elasticloadbalancing.amazonaws.com",
        "AWSServiceRoleForElasticLoadBalancing",
        false,
    ),
    (
        "guardduty.amazonaws.com",
        "AWSServiceRoleForAmazonGuardDuty",
        false,
    ),
    ("lex.amazonaws.com", "AWSServiceRoleForLexBots", false),
    ("lexv2.amazonaws.com", "AWSServiceRoleForLexV2Bots", true),
    (
        "organizations.amazonaws.com",
        "AWSServiceRoleForOrganizations",
        false,
    ),
    ("rds.amazonaws.com", "AWSServiceRoleForRDS", false),
    ("spot.amazonaws.com", "AWSServiceRoleForEC2Spot", false),
    ("ssm.amazonaws.com", "AWSServiceRoleForAmazonSSM", false),
    (
        "trustedadvisor.amazonaws.com",
        "AWSServiceRoleForTrustedAdvisor",
        false,
    ),
];

/// The operations a service-linked role refuses (its tags and description stay editable).
const PROTECTED: &[crate::Operation] = &[
    crate::Operation::AttachRolePolicy,
    crate::Operation::DetachRolePolicy,
    crate::Operation::PutRolePolicy,
    crate::Operation::DeleteRolePolicy,
    crate::Operation::PutRolePermissionsBoundary,
    crate::Operation::DeleteRolePermissionsBoundary,
    crate::Operation::UpdateAssumeRolePolicy,
    crate::Operation::DeleteRole,
    crate::Operation::AddRoleToInstanceProfile,
    crate::Operation::RemoveRoleFromInstanceProfile,
];

/// Key prefix (under [`Kind::Account`]) of a deletion task.
const TASK_KEY_PREFIX: &str = "slr-deletion-task/";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct DeletionTask {
    role: String,
}

/// Whether `role` is service-linked (its path is the service's).
pub(crate) fn is_service_linked(role: &Role) -> bool {
    role.path.starts_with(SERVICE_ROLE_PATH)
}

/// `UnmodifiableEntity` for `operation` on a service-linked role, in AWS's words.
pub(crate) fn refuse_if_protected(
    operation: crate::Operation,
    role: &Role,
) -> Result<(), CoreError> {
    if is_service_linked(role) && PROTECTED.contains(&operation) {
        return Err(CoreError::Refused {
            code: "UnmodifiableEntity",
            status: 400,
            message: format!(
                "Cannot perform the operation on the protected role '{}' - this role is only modifiable by AWS",
                role.name
            ),
        });
    }
    Ok(())
}

/// CreateRole's refusal of the service-linked path.
pub(crate) fn refuse_service_path(path: &str) -> Result<(), CoreError> {
    if path.starts_with(SERVICE_ROLE_PATH) {
        return Err(CoreError::InvalidInput(
            "Path prefix '/aws-service-role/' can only be used for AWS Service linked Roles".into(),
        ));
    }
    Ok(())
}

fn trust_policy(principal: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Service":"{principal}"}},"Action":"sts:AssumeRole"}}]}}"#
    )
}

impl<S: Store> Iam<S> {
    /// CreateServiceLinkedRole: the service's role, with the trust policy AWS writes for it.
    pub async fn create_service_linked_role(
        &self,
        caller: &Caller,
        service: &str,
        description: Option<&str>,
        custom_suffix: Option<&str>,
    ) -> Result<Role, CoreError> {
        let Some(&(principal, base, suffix_allowed)) =
            SERVICES.iter().find(|(p, ..)| *p == service)
        else {
            return Err(CoreError::InvalidInput(format!(
                "{service} is not a service principal this iamd creates service-linked roles for."
            )));
        };
        let name = match custom_suffix {
            Some(_) if !suffix_allowed => {
                return Err(CoreError::InvalidInput(format!(
                    "Custom suffix is not allowed for {principal}"
                )));
            }
            Some(s) => format!("{base}_{s}"),
            None => base.to_string(),
        };
        let path = format!("{SERVICE_ROLE_PATH}{principal}/");
        let arn = format!("arn:aws:iam::{}:role{path}{name}", self.account);
        self.authorize(caller, crate::Operation::CreateServiceLinkedRole, &arn)
            .await?;
        let role = Role {
            name: name.clone(),
            id: ids::new_id(IdKind::Role)?,
            path,
            create_date: self.now(),
            assume_role_policy: trust_policy(principal),
            description: description.map(str::to_string),
            max_session_duration: 3600,
            tags: Vec::new(),
            permissions_boundary: None,
        };
        self.write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::Role,
                    key: name_key(&name),
                })
                .put(role_record(&role)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::InvalidInput(format!(
                "Service role name {name} has been taken in this account, please try a different suffix."
            )),
            other => other.into(),
        })?;
        Ok(role)
    }

    /// DeleteServiceLinkedRole: the deletion task's id (the role is gone when it returns).
    pub async fn delete_service_linked_role(
        &self,
        caller: &Caller,
        name: &str,
    ) -> Result<String, CoreError> {
        let not_found =
            || CoreError::NoSuchEntity(format!("The role with name {name} cannot be found."));
        let (role, _) = self.load_role(name).await?.ok_or_else(not_found)?;
        self.authorize(
            caller,
            crate::Operation::DeleteServiceLinkedRole,
            &role.arn(&self.account),
        )
        .await?;
        if !is_service_linked(&role) {
            return Err(not_found());
        }
        let principal = role
            .path
            .trim_start_matches(SERVICE_ROLE_PATH)
            .trim_end_matches('/');
        let task = format!(
            "task{SERVICE_ROLE_PATH}{principal}/{}/{}",
            role.name,
            crate::ops::organizations::new_job_id()?
        );
        let key = name_key(&role.name);
        self.write(
            WriteBatch::new()
                .require(Condition::Identity {
                    kind: Kind::Role,
                    key: key.clone(),
                    reference: role.id.clone(),
                })
                .require(Condition::NoneOwned {
                    kind: Kind::InlinePolicy,
                    owner: role.id.clone(),
                })
                .require(Condition::NoneOwned {
                    kind: Kind::Attachment,
                    owner: role.id.clone(),
                })
                .require(Condition::NoneOwned {
                    kind: Kind::InstanceProfileRole,
                    owner: role.id.clone(),
                })
                .delete(Kind::Role, key)
                .put(record(
                    Kind::Account,
                    &format!("{TASK_KEY_PREFIX}{task}"),
                    None,
                    None,
                    &DeletionTask {
                        role: role.name.clone(),
                    },
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => not_found(),
            StoreError::ConditionFailed { .. } => CoreError::DeleteConflict(
                "Cannot delete entity, must remove what is attached to the role first.".into(),
            ),
            other => other.into(),
        })?;
        Ok(task)
    }

    /// GetServiceLinkedRoleDeletionStatus: `SUCCEEDED` for a task of this account.
    pub async fn get_service_linked_role_deletion_status(
        &self,
        caller: &Caller,
        task_id: &str,
    ) -> Result<&'static str, CoreError> {
        // task/aws-service-role/<principal>/<role name>/<uuid>
        let parts: Vec<&str> = task_id.split('/').collect();
        let [task, prefix, principal, role, uuid] = parts.as_slice() else {
            return Err(CoreError::InvalidInput(format!(
                "{task_id} is not a deletion task id."
            )));
        };
        if *task != "task" || *prefix != "aws-service-role" || uuid.len() != 36 {
            return Err(CoreError::InvalidInput(format!(
                "{task_id} is not a deletion task id."
            )));
        }
        let arn = format!(
            "arn:aws:iam::{}:role{SERVICE_ROLE_PATH}{principal}/{role}",
            self.account
        );
        self.authorize(
            caller,
            crate::Operation::GetServiceLinkedRoleDeletionStatus,
            &arn,
        )
        .await?;
        let found = self
            .store
            .get(
                &self.account,
                Kind::Account,
                &format!("{TASK_KEY_PREFIX}{task_id}"),
            )
            .await?
            .ok_or_else(|| {
                CoreError::NoSuchEntity(format!("The deletion task {task_id} cannot be found."))
            })?;
        let _: DeletionTask = decode(&found.data)?;
        Ok("SUCCEEDED")
    }
}
