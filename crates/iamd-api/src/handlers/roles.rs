//! Roles: create, read, list, update, trust policy, delete, tags.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam, Operation};

use super::wire::*;
use crate::generated::{Input, Output, iam};

/// Serve `input` if it is one of this family's operations; hand it back otherwise.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    let account = svc.account_id().to_string();
    Ok(Ok(match input {
        Input::CreateRole(r) => {
            let role = svc
                .create_role(
                    caller,
                    iamd_core::ops::NewRole {
                        name: &r.role_name,
                        path: r.path.as_deref(),
                        assume_role_policy: &r.assume_role_policy_document,
                        description: r.description.as_deref(),
                        max_session_duration: r.max_session_duration,
                        permissions_boundary: r.permissions_boundary.as_deref(),
                        tags: r
                            .tags
                            .unwrap_or_default()
                            .into_iter()
                            .map(domain_tag)
                            .collect(),
                    },
                )
                .await?;
            Output::CreateRole(iam::CreateRoleResponse {
                role: wire_role(&account, role, true),
            })
        }
        Input::GetRole(r) => {
            let role = svc.get_role(caller, &r.role_name).await?;
            Output::GetRole(iam::GetRoleResponse {
                role: wire_role(&account, role, true),
            })
        }
        Input::ListRoles(r) => {
            let page = svc
                .list_roles(
                    caller,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (roles, is_truncated, marker) =
                split(page, |role| wire_role(&account, role, false));
            Output::ListRoles(iam::ListRolesResponse {
                roles,
                is_truncated,
                marker,
            })
        }
        Input::UpdateRole(r) => {
            svc.update_role(
                caller,
                Operation::UpdateRole,
                &r.role_name,
                r.description.as_deref(),
                r.max_session_duration,
            )
            .await?;
            Output::UpdateRole(iam::UpdateRoleResponse {})
        }
        Input::UpdateRoleDescription(r) => {
            let role = svc
                .update_role(
                    caller,
                    Operation::UpdateRoleDescription,
                    &r.role_name,
                    Some(&r.description),
                    None,
                )
                .await?;
            Output::UpdateRoleDescription(iam::UpdateRoleDescriptionResponse {
                role: Some(wire_role(&account, role, true)),
            })
        }
        Input::UpdateAssumeRolePolicy(r) => {
            svc.update_assume_role_policy(caller, &r.role_name, &r.policy_document)
                .await?;
            Output::UpdateAssumeRolePolicy
        }
        Input::DeleteRole(r) => {
            svc.delete_role(caller, &r.role_name).await?;
            Output::DeleteRole
        }
        Input::TagRole(r) => {
            svc.tag_role(
                caller,
                &r.role_name,
                r.tags.into_iter().map(domain_tag).collect(),
            )
            .await?;
            Output::TagRole
        }
        Input::UntagRole(r) => {
            svc.untag_role(caller, &r.role_name, &r.tag_keys).await?;
            Output::UntagRole
        }
        Input::ListRoleTags(r) => {
            let page = svc
                .list_role_tags(caller, &r.role_name, r.marker.as_deref(), r.max_items)
                .await?;
            let (tags, is_truncated, marker) = split(page, wire_tag);
            Output::ListRoleTags(iam::ListRoleTagsResponse {
                tags,
                is_truncated,
                marker,
            })
        }
        other => return Ok(Err(other)),
    }))
}
