//! IAM users: create, read, list, update, delete, tags.

use iamd_core::entities;
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
    let user = |u: entities::User| wire_user(&account, u, true);
    Ok(Ok(match input {
        Input::CreateUser(r) => {
            let tags = r
                .tags
                .unwrap_or_default()
                .into_iter()
                .map(domain_tag)
                .collect();
            let u = svc
                .create_user(
                    caller,
                    &r.user_name,
                    r.path.as_deref(),
                    r.permissions_boundary.as_deref(),
                    tags,
                )
                .await?;
            Output::CreateUser(iam::CreateUserResponse {
                user: Some(user(u)),
            })
        }
        Input::GetUser(r) => {
            let u = svc.get_user(caller, r.user_name.as_deref()).await?;
            let wire = if u.name.is_empty() {
                // The root user: its ARN, and the account id as its id.
                iam::User {
                    path: "/".into(),
                    user_name: String::new(),
                    user_id: u.id.clone(),
                    arn: format!("arn:aws:iam::{account}:root"),
                    create_date: u.create_date,
                    password_last_used: None,
                    permissions_boundary: None,
                    tags: None,
                }
            } else {
                user(u)
            };
            Output::GetUser(iam::GetUserResponse { user: wire })
        }
        Input::ListUsers(r) => {
            let page = svc
                .list_users(
                    caller,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (users, is_truncated, marker) = split(page, |u| wire_user(&account, u, false));
            Output::ListUsers(iam::ListUsersResponse {
                users,
                is_truncated,
                marker,
            })
        }
        Input::UpdateUser(r) => {
            svc.update_user(
                caller,
                &r.user_name,
                r.new_path.as_deref(),
                r.new_user_name.as_deref(),
            )
            .await?;
            Output::UpdateUser
        }
        Input::DeleteUser(r) => {
            svc.delete_user(caller, &r.user_name).await?;
            Output::DeleteUser
        }
        Input::TagUser(r) => {
            svc.tag_user(
                caller,
                &r.user_name,
                r.tags.into_iter().map(domain_tag).collect(),
            )
            .await?;
            Output::TagUser
        }
        Input::UntagUser(r) => {
            svc.untag_user(caller, &r.user_name, &r.tag_keys).await?;
            Output::UntagUser
        }
        Input::ListUserTags(r) => {
            let page = svc
                .list_user_tags(caller, &r.user_name, r.marker.as_deref(), r.max_items)
                .await?;
            let (tags, is_truncated, marker) = split(page, wire_tag);
            Output::ListUserTags(iam::ListUserTagsResponse {
                tags,
                is_truncated,
                marker,
            })
        }
        other => return Ok(Err(other)),
    }))
}
