//! Instance profiles: typed inputs to `Iam` calls and back.

use iamd_core::ops::InstanceProfileView;
use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use super::wire::{domain_tag, split, wire_instance_profile, wire_tag};
use crate::generated::{Input, Output, iam};

/// The operations of this family; any other input is handed back.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    let account = svc.account_id().to_string();
    Ok(Ok(match input {
        Input::CreateInstanceProfile(r) => {
            let tags: Vec<_> = r
                .tags
                .unwrap_or_default()
                .into_iter()
                .map(domain_tag)
                .collect();
            let profile = svc
                .create_instance_profile(caller, &r.instance_profile_name, r.path.as_deref(), tags)
                .await?;
            // Tags only when the request set some (spec iam-api-more.md §1.4).
            let shown = !profile.tags.is_empty();
            let view = InstanceProfileView {
                profile,
                roles: Vec::new(),
            };
            Output::CreateInstanceProfile(iam::CreateInstanceProfileResponse {
                instance_profile: wire_instance_profile(&account, view, shown),
            })
        }
        Input::GetInstanceProfile(r) => {
            let view = svc
                .get_instance_profile(caller, &r.instance_profile_name)
                .await?;
            Output::GetInstanceProfile(iam::GetInstanceProfileResponse {
                instance_profile: wire_instance_profile(&account, view, true),
            })
        }
        Input::DeleteInstanceProfile(r) => {
            svc.delete_instance_profile(caller, &r.instance_profile_name)
                .await?;
            Output::DeleteInstanceProfile
        }
        Input::ListInstanceProfiles(r) => {
            let page = svc
                .list_instance_profiles(
                    caller,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (instance_profiles, is_truncated, marker) =
                split(page, |v| wire_instance_profile(&account, v, false));
            Output::ListInstanceProfiles(iam::ListInstanceProfilesResponse {
                instance_profiles,
                is_truncated,
                marker,
            })
        }
        Input::ListInstanceProfilesForRole(r) => {
            let page = svc
                .list_instance_profiles_for_role(
                    caller,
                    &r.role_name,
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (instance_profiles, is_truncated, marker) =
                split(page, |v| wire_instance_profile(&account, v, false));
            Output::ListInstanceProfilesForRole(iam::ListInstanceProfilesForRoleResponse {
                instance_profiles,
                is_truncated,
                marker,
            })
        }
        Input::AddRoleToInstanceProfile(r) => {
            svc.add_role_to_instance_profile(caller, &r.instance_profile_name, &r.role_name)
                .await?;
            Output::AddRoleToInstanceProfile
        }
        Input::RemoveRoleFromInstanceProfile(r) => {
            svc.remove_role_from_instance_profile(caller, &r.instance_profile_name, &r.role_name)
                .await?;
            Output::RemoveRoleFromInstanceProfile
        }
        Input::TagInstanceProfile(r) => {
            let tags = r.tags.into_iter().map(domain_tag).collect();
            svc.tag_instance_profile(caller, &r.instance_profile_name, tags)
                .await?;
            Output::TagInstanceProfile
        }
        Input::UntagInstanceProfile(r) => {
            svc.untag_instance_profile(caller, &r.instance_profile_name, &r.tag_keys)
                .await?;
            Output::UntagInstanceProfile
        }
        Input::ListInstanceProfileTags(r) => {
            let page = svc
                .list_instance_profile_tags(
                    caller,
                    &r.instance_profile_name,
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (tags, is_truncated, marker) = split(page, wire_tag);
            Output::ListInstanceProfileTags(iam::ListInstanceProfileTagsResponse {
                tags,
                is_truncated,
                marker,
            })
        }
        other => return Ok(Err(other)),
    }))
}
