//! Customer managed policies and their versions.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use super::wire::*;
use crate::generated::{Input, Output, iam};

/// Serve `input` if it is one of this family's operations; hand it back otherwise.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    Ok(Ok(match input {
        Input::CreatePolicy(r) => {
            let tags = r
                .tags
                .unwrap_or_default()
                .into_iter()
                .map(domain_tag)
                .collect();
            let p = svc
                .create_policy(
                    caller,
                    &r.policy_name,
                    r.path.as_deref(),
                    &r.policy_document,
                    r.description.as_deref(),
                    tags,
                )
                .await?;
            Output::CreatePolicy(iam::CreatePolicyResponse {
                policy: Some(wire_policy(p, true)),
            })
        }
        Input::GetPolicy(r) => {
            let p = svc.get_policy(caller, &r.policy_arn).await?;
            Output::GetPolicy(iam::GetPolicyResponse {
                policy: Some(wire_policy(p, true)),
            })
        }
        Input::DeletePolicy(r) => {
            svc.delete_policy(caller, &r.policy_arn).await?;
            Output::DeletePolicy
        }
        Input::ListPolicies(r) => {
            let page = svc
                .list_policies(
                    caller,
                    r.scope.as_deref(),
                    r.only_attached.unwrap_or(false),
                    r.path_prefix.as_deref(),
                    r.policy_usage_filter.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (policies, is_truncated, marker) = split(page, |p| wire_policy(p, false));
            Output::ListPolicies(iam::ListPoliciesResponse {
                policies: Some(policies),
                is_truncated,
                marker,
            })
        }
        Input::CreatePolicyVersion(r) => {
            let (id, at, default) = svc
                .create_policy_version(
                    caller,
                    &r.policy_arn,
                    &r.policy_document,
                    r.set_as_default.unwrap_or(false),
                )
                .await?;
            Output::CreatePolicyVersion(iam::CreatePolicyVersionResponse {
                policy_version: Some(iam::PolicyVersion {
                    document: None,
                    version_id: Some(id),
                    is_default_version: Some(default),
                    create_date: Some(at),
                }),
            })
        }
        Input::GetPolicyVersion(r) => {
            let v = svc
                .get_policy_version(caller, &r.policy_arn, &r.version_id)
                .await?;
            Output::GetPolicyVersion(iam::GetPolicyVersionResponse {
                policy_version: Some(wire_version(v, true)),
            })
        }
        Input::ListPolicyVersions(r) => {
            let page = svc
                .list_policy_versions(caller, &r.policy_arn, r.marker.as_deref(), r.max_items)
                .await?;
            let (versions, is_truncated, marker) = split(page, |v| wire_version(v, false));
            Output::ListPolicyVersions(iam::ListPolicyVersionsResponse {
                versions: Some(versions),
                is_truncated,
                marker,
            })
        }
        Input::DeletePolicyVersion(r) => {
            svc.delete_policy_version(caller, &r.policy_arn, &r.version_id)
                .await?;
            Output::DeletePolicyVersion
        }
        Input::SetDefaultPolicyVersion(r) => {
            svc.set_default_policy_version(caller, &r.policy_arn, &r.version_id)
                .await?;
            Output::SetDefaultPolicyVersion
        }
        Input::ListEntitiesForPolicy(r) => {
            let e = svc
                .list_entities_for_policy(
                    caller,
                    &r.policy_arn,
                    r.entity_filter.as_deref(),
                    r.policy_usage_filter.as_deref(),
                )
                .await?;
            Output::ListEntitiesForPolicy(iam::ListEntitiesForPolicyResponse {
                policy_groups: Some(
                    e.groups
                        .into_iter()
                        .map(|(n, id)| iam::PolicyGroup {
                            group_name: Some(n),
                            group_id: Some(id),
                        })
                        .collect(),
                ),
                policy_users: Some(
                    e.users
                        .into_iter()
                        .map(|(n, id)| iam::PolicyUser {
                            user_name: Some(n),
                            user_id: Some(id),
                        })
                        .collect(),
                ),
                policy_roles: Some(Vec::new()),
                is_truncated: Some(false),
                marker: None,
            })
        }
        other => return Ok(Err(other)),
    }))
}
