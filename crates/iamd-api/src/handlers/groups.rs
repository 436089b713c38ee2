//! Groups and their membership.

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
    let account = svc.account_id().to_string();
    Ok(Ok(match input {
        Input::CreateGroup(r) => {
            let g = svc
                .create_group(caller, &r.group_name, r.path.as_deref())
                .await?;
            Output::CreateGroup(iam::CreateGroupResponse {
                group: wire_group(&account, g),
            })
        }
        Input::GetGroup(r) => {
            let (g, page) = svc
                .get_group(caller, &r.group_name, r.marker.as_deref(), r.max_items)
                .await?;
            let (users, is_truncated, marker) = split(page, |u| wire_user(&account, u, false));
            Output::GetGroup(iam::GetGroupResponse {
                group: wire_group(&account, g),
                users,
                is_truncated,
                marker,
            })
        }
        Input::ListGroups(r) => {
            let page = svc
                .list_groups(
                    caller,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (groups, is_truncated, marker) = split(page, |g| wire_group(&account, g));
            Output::ListGroups(iam::ListGroupsResponse {
                groups,
                is_truncated,
                marker,
            })
        }
        Input::DeleteGroup(r) => {
            svc.delete_group(caller, &r.group_name).await?;
            Output::DeleteGroup
        }
        Input::AddUserToGroup(r) => {
            svc.add_user_to_group(caller, &r.group_name, &r.user_name)
                .await?;
            Output::AddUserToGroup
        }
        Input::RemoveUserFromGroup(r) => {
            svc.remove_user_from_group(caller, &r.group_name, &r.user_name)
                .await?;
            Output::RemoveUserFromGroup
        }
        Input::ListGroupsForUser(r) => {
            let page = svc
                .list_groups_for_user(caller, &r.user_name, r.marker.as_deref(), r.max_items)
                .await?;
            let (groups, is_truncated, marker) = split(page, |g| wire_group(&account, g));
            Output::ListGroupsForUser(iam::ListGroupsForUserResponse {
                groups,
                is_truncated,
                marker,
            })
        }
        other => return Ok(Err(other)),
    }))
}
