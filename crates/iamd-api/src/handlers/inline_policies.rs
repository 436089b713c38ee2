//! Inline policies of users, groups and roles: Put/Get/List/Delete {User,Group,Role}Policy.

use iamd_core::entities::OwnerKind;
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
        Input::PutUserPolicy(r) => {
            svc.put_inline_policy(
                caller,
                OwnerKind::User,
                &r.user_name,
                &r.policy_name,
                &r.policy_document,
            )
            .await?;
            Output::PutUserPolicy
        }
        Input::GetUserPolicy(r) => {
            let p = svc
                .get_inline_policy(caller, OwnerKind::User, &r.user_name, &r.policy_name)
                .await?;
            Output::GetUserPolicy(iam::GetUserPolicyResponse {
                user_name: p.owner_name,
                policy_name: p.name,
                policy_document: p.document,
            })
        }
        Input::ListUserPolicies(r) => {
            let page = svc
                .list_inline_policies(
                    caller,
                    OwnerKind::User,
                    &r.user_name,
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (policy_names, is_truncated, marker) = split(page, |n| n);
            Output::ListUserPolicies(iam::ListUserPoliciesResponse {
                policy_names,
                is_truncated,
                marker,
            })
        }
        Input::DeleteUserPolicy(r) => {
            svc.delete_inline_policy(caller, OwnerKind::User, &r.user_name, &r.policy_name)
                .await?;
            Output::DeleteUserPolicy
        }
        Input::PutGroupPolicy(r) => {
            svc.put_inline_policy(
                caller,
                OwnerKind::Group,
                &r.group_name,
                &r.policy_name,
                &r.policy_document,
            )
            .await?;
            Output::PutGroupPolicy
        }
        Input::GetGroupPolicy(r) => {
            let p = svc
                .get_inline_policy(caller, OwnerKind::Group, &r.group_name, &r.policy_name)
                .await?;
            Output::GetGroupPolicy(iam::GetGroupPolicyResponse {
                group_name: p.owner_name,
                policy_name: p.name,
                policy_document: p.document,
            })
        }
        Input::ListGroupPolicies(r) => {
            let page = svc
                .list_inline_policies(
                    caller,
                    OwnerKind::Group,
                    &r.group_name,
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (policy_names, is_truncated, marker) = split(page, |n| n);
            Output::ListGroupPolicies(iam::ListGroupPoliciesResponse {
                policy_names,
                is_truncated,
                marker,
            })
        }
        Input::DeleteGroupPolicy(r) => {
            svc.delete_inline_policy(caller, OwnerKind::Group, &r.group_name, &r.policy_name)
                .await?;
            Output::DeleteGroupPolicy
        }
        Input::PutRolePolicy(r) => {
            svc.put_inline_policy(
                caller,
                OwnerKind::Role,
                &r.role_name,
                &r.policy_name,
                &r.policy_document,
            )
            .await?;
            Output::PutRolePolicy
        }
        Input::GetRolePolicy(r) => {
            let p = svc
                .get_inline_policy(caller, OwnerKind::Role, &r.role_name, &r.policy_name)
                .await?;
            Output::GetRolePolicy(iam::GetRolePolicyResponse {
                role_name: p.owner_name,
                policy_name: p.name,
                policy_document: p.document,
            })
        }
        Input::ListRolePolicies(r) => {
            let page = svc
                .list_inline_policies(
                    caller,
                    OwnerKind::Role,
                    &r.role_name,
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (policy_names, is_truncated, marker) = split(page, |n| n);
            Output::ListRolePolicies(iam::ListRolePoliciesResponse {
                policy_names,
                is_truncated,
                marker,
            })
        }
        Input::DeleteRolePolicy(r) => {
            svc.delete_inline_policy(caller, OwnerKind::Role, &r.role_name, &r.policy_name)
                .await?;
            Output::DeleteRolePolicy
        }
        other => return Ok(Err(other)),
    }))
}
