//! Managed policies attached to users, groups and roles, and permissions boundaries.

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
        Input::AttachUserPolicy(r) => {
            svc.attach_policy(caller, OwnerKind::User, &r.user_name, &r.policy_arn)
                .await?;
            Output::AttachUserPolicy
        }
        Input::DetachUserPolicy(r) => {
            svc.detach_policy(caller, OwnerKind::User, &r.user_name, &r.policy_arn)
                .await?;
            Output::DetachUserPolicy
        }
        Input::ListAttachedUserPolicies(r) => {
            let page = svc
                .list_attached_policies(
                    caller,
                    OwnerKind::User,
                    &r.user_name,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (attached_policies, is_truncated, marker) = split(page, wire_attached);
            Output::ListAttachedUserPolicies(iam::ListAttachedUserPoliciesResponse {
                attached_policies: Some(attached_policies),
                is_truncated,
                marker,
            })
        }
        Input::AttachGroupPolicy(r) => {
            svc.attach_policy(caller, OwnerKind::Group, &r.group_name, &r.policy_arn)
                .await?;
            Output::AttachGroupPolicy
        }
        Input::DetachGroupPolicy(r) => {
            svc.detach_policy(caller, OwnerKind::Group, &r.group_name, &r.policy_arn)
                .await?;
            Output::DetachGroupPolicy
        }
        Input::ListAttachedGroupPolicies(r) => {
            let page = svc
                .list_attached_policies(
                    caller,
                    OwnerKind::Group,
                    &r.group_name,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (attached_policies, is_truncated, marker) = split(page, wire_attached);
            Output::ListAttachedGroupPolicies(iam::ListAttachedGroupPoliciesResponse {
                attached_policies: Some(attached_policies),
                is_truncated,
                marker,
            })
        }
        Input::PutUserPermissionsBoundary(r) => {
            svc.put_user_permissions_boundary(caller, &r.user_name, &r.permissions_boundary)
                .await?;
            Output::PutUserPermissionsBoundary
        }
        Input::DeleteUserPermissionsBoundary(r) => {
            svc.delete_user_permissions_boundary(caller, &r.user_name)
                .await?;
            Output::DeleteUserPermissionsBoundary
        }
        Input::AttachRolePolicy(r) => {
            svc.attach_policy(caller, OwnerKind::Role, &r.role_name, &r.policy_arn)
                .await?;
            Output::AttachRolePolicy
        }
        Input::DetachRolePolicy(r) => {
            svc.detach_policy(caller, OwnerKind::Role, &r.role_name, &r.policy_arn)
                .await?;
            Output::DetachRolePolicy
        }
        Input::ListAttachedRolePolicies(r) => {
            let page = svc
                .list_attached_policies(
                    caller,
                    OwnerKind::Role,
                    &r.role_name,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (attached_policies, is_truncated, marker) = split(page, wire_attached);
            Output::ListAttachedRolePolicies(iam::ListAttachedRolePoliciesResponse {
                attached_policies: Some(attached_policies),
                is_truncated,
                marker,
            })
        }
        Input::PutRolePermissionsBoundary(r) => {
            svc.put_role_permissions_boundary(caller, &r.role_name, &r.permissions_boundary)
                .await?;
            Output::PutRolePermissionsBoundary
        }
        Input::DeleteRolePermissionsBoundary(r) => {
            svc.delete_role_permissions_boundary(caller, &r.role_name)
                .await?;
            Output::DeleteRolePermissionsBoundary
        }
        other => return Ok(Err(other)),
    }))
}
