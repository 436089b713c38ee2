//! UpdateGroup and the managed-policy tag operations: typed inputs to `Iam` calls and back.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use super::wire::{domain_tag, split, wire_tag};
use crate::generated::{Input, Output, iam};

/// The operations of this family; any other input is handed back.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    Ok(Ok(match input {
        Input::UpdateGroup(r) => {
            svc.update_group(
                caller,
                &r.group_name,
                r.new_path.as_deref(),
                r.new_group_name.as_deref(),
            )
            .await?;
            Output::UpdateGroup
        }
        Input::TagPolicy(r) => {
            let tags = r.tags.into_iter().map(domain_tag).collect();
            svc.tag_policy(caller, &r.policy_arn, tags).await?;
            Output::TagPolicy
        }
        Input::UntagPolicy(r) => {
            svc.untag_policy(caller, &r.policy_arn, &r.tag_keys).await?;
            Output::UntagPolicy
        }
        Input::ListPolicyTags(r) => {
            let page = svc
                .list_policy_tags(caller, &r.policy_arn, r.marker.as_deref(), r.max_items)
                .await?;
            let (tags, is_truncated, marker) = split(page, wire_tag);
            Output::ListPolicyTags(iam::ListPolicyTagsResponse {
                tags,
                is_truncated,
                marker,
            })
        }
        other => return Ok(Err(other)),
    }))
}
