//! SimulatePrincipalPolicy: a user's, group's or role's own policies (for a user, its groups'
//! too) and its permissions boundary, plus the request's policies, on the simulator that runs
//! SimulateCustomPolicy.
//!
//! Matched statements name stored policies as IAM's simulator does: an inline policy as
//! `user_NAME_POLICY` (`group_…`, `role_…`), a managed policy by its name.

use crate::Operation;
use std::collections::BTreeSet;

use iamd_policy::{PolicySource, SourceType};

use crate::entities::OwnerKind;
use crate::error::CoreError;
use crate::ops::account::policy_name;
use crate::ops::groups::no_such_group;
use crate::ops::passwords::{ALLOW_USERS_TO_CHANGE_PASSWORD, change_password_grant_document};
use crate::ops::users::no_such_user;
use crate::service::{Caller, Iam};
use crate::simulate::{
    Explained, PrincipalPolicies, SimulateCustomPolicyInput, SimulationOutput, SourcedPolicy,
};
use crate::store::Store;

/// Whose policies a `PolicySourceArn` names.
enum Source<'a> {
    User(&'a str),
    Group(&'a str),
    Role(&'a str),
}

impl<S: Store> Iam<S> {
    /// iam:SimulatePrincipalPolicy, authorized on the simulated principal's ARN.
    pub async fn simulate_principal_policy(
        &self,
        caller: &Caller,
        policy_source_arn: &str,
        input: &SimulateCustomPolicyInput<'_>,
    ) -> Result<SimulationOutput, CoreError> {
        self.authorize(
            caller,
            Operation::SimulatePrincipalPolicy,
            policy_source_arn,
        )
        .await?;
        let principal = self.principal_policies(policy_source_arn).await?;
        crate::simulate::simulate_blocking(self.simulator.clone(), input, Some(principal)).await
    }

    /// SimulatePrincipalPolicy without authorization, each decision explained: for offline
    /// tools working on the data directory (`iamd simulate --principal`).
    pub async fn explain_principal_policy(
        &self,
        policy_source_arn: &str,
        input: &SimulateCustomPolicyInput<'_>,
    ) -> Result<(SimulationOutput, Vec<Explained>), CoreError> {
        let principal = self.principal_policies(policy_source_arn).await?;
        if let Some(arn) = &input.caller_arn
            && !arn.contains(":user/")
        {
            return Err(CoreError::InvalidInput(format!(
                "CallerArn \"{arn}\" is not the ARN of an IAM user"
            )));
        }
        let mut sim = self
            .simulator
            .lock()
            .map_err(|_| CoreError::ServiceFailure("the simulator is unavailable".into()))?;
        sim.explain_principal(&principal, input)
    }

    /// The stored policies of the user, group or role `arn` names.
    pub(crate) async fn principal_policies(
        &self,
        arn: &str,
    ) -> Result<PrincipalPolicies, CoreError> {
        let mut out = Collected::default();
        match self.source(arn)? {
            Source::User(name) => {
                let user = self
                    .load_user(name)
                    .await?
                    .filter(|u| u.arn(&self.account) == arn)
                    .ok_or_else(|| no_such_user(name))?;
                self.collect(&mut out, OwnerKind::User, &user.id, &user.name)
                    .await?;
                for group in self.groups_of(&user.id).await? {
                    self.collect(&mut out, OwnerKind::Group, &group.id, &group.name)
                        .await?;
                }
                out.boundary = match &user.permissions_boundary {
                    Some(b) => Some(self.managed_source(b).await?),
                    None => None,
                };
                // IAM's own rule, as the authorizer applies it: with AllowUsersToChangePassword
                // the user may change its own password unless an explicit Deny says otherwise.
                if self
                    .password_policy()
                    .await?
                    .is_some_and(|p| p.allow_users_to_change_password)
                {
                    out.identity.push(SourcedPolicy {
                        source: PolicySource {
                            id: ALLOW_USERS_TO_CHANGE_PASSWORD.to_string(),
                            source_type: SourceType::None,
                        },
                        document: change_password_grant_document(&user.arn(&self.account)),
                    });
                }
                out.default_caller = Some(user.arn(&self.account));
            }
            Source::Group(name) => {
                let group = self
                    .load_group(name)
                    .await?
                    .filter(|g| g.arn(&self.account) == arn)
                    .ok_or_else(|| no_such_group(name))?;
                self.collect(&mut out, OwnerKind::Group, &group.id, &group.name)
                    .await?;
            }
            Source::Role(name) => {
                let role = self
                    .load_role(name)
                    .await?
                    .map(|(r, _)| r)
                    .filter(|r| r.arn(&self.account) == arn)
                    .ok_or_else(|| crate::ops::roles::no_such_role(name))?;
                self.collect(&mut out, OwnerKind::Role, &role.id, &role.name)
                    .await?;
                out.boundary = match &role.permissions_boundary {
                    Some(b) => Some(self.managed_source(b).await?),
                    None => None,
                };
            }
        }
        Ok(PrincipalPolicies {
            identity: out.identity,
            boundary: out.boundary,
            default_caller: out.default_caller,
        })
    }

    /// Read a `PolicySourceArn`: an IAM user, group or role of this account.
    fn source<'a>(&self, arn: &'a str) -> Result<Source<'a>, CoreError> {
        let parts: Vec<&str> = arn.splitn(6, ':').collect();
        let (account, resource) = match parts.as_slice() {
            ["arn", partition, "iam", "", account, resource] if !partition.is_empty() => {
                (*account, *resource)
            }
            _ => {
                return Err(CoreError::InvalidInput(format!(
                    "PolicySourceArn \"{arn}\" is not the ARN of an IAM user, group or role"
                )));
            }
        };
        let (kind, rest) = resource.split_once('/').unwrap_or((resource, ""));
        let name = rest.rsplit('/').next().unwrap_or("");
        if name.is_empty() || !matches!(kind, "user" | "group" | "role") {
            return Err(CoreError::InvalidInput(format!(
                "PolicySourceArn \"{arn}\" is not the ARN of an IAM user, group or role"
            )));
        }
        if account != self.account {
            return Err(CoreError::NoSuchEntity(format!(
                "PolicySourceArn {arn} is not in account {}.",
                self.account
            )));
        }
        Ok(match kind {
            "user" => Source::User(name),
            "group" => Source::Group(name),
            _ => Source::Role(name),
        })
    }

    /// An entity's inline policies and the managed policies attached to it.
    async fn collect(
        &self,
        out: &mut Collected,
        kind: OwnerKind,
        owner_id: &str,
        owner_name: &str,
    ) -> Result<(), CoreError> {
        let source_type = match kind {
            OwnerKind::User => SourceType::User,
            OwnerKind::Group => SourceType::Group,
            OwnerKind::Role => SourceType::Role,
        };
        for p in self.inline_policies(owner_id).await? {
            out.identity.push(SourcedPolicy {
                source: PolicySource {
                    id: format!("{}_{owner_name}_{}", kind.as_str(), p.name),
                    source_type,
                },
                document: p.document,
            });
        }
        for arn in self.attached_arns(owner_id).await? {
            // A policy attached to the user and to one of its groups counts once.
            if out.managed.insert(arn.clone()) {
                out.identity.push(self.managed_source(&arn).await?);
            }
        }
        Ok(())
    }

    /// A managed policy's default version, named as the simulator names it.
    async fn managed_source(&self, arn: &str) -> Result<SourcedPolicy, CoreError> {
        let document = self.managed_document(arn).await?.ok_or_else(|| {
            CoreError::ServiceFailure(format!("the managed policy {arn} no longer exists"))
        })?;
        Ok(SourcedPolicy {
            source: PolicySource {
                id: policy_name(arn).to_string(),
                source_type: if arn.starts_with("arn:aws:iam::aws:") {
                    SourceType::AwsManaged
                } else {
                    SourceType::UserManaged
                },
            },
            document,
        })
    }
}

#[derive(Default)]
struct Collected {
    identity: Vec<SourcedPolicy>,
    boundary: Option<SourcedPolicy>,
    default_caller: Option<String>,
    managed: BTreeSet<String>,
}
