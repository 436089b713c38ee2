//! Access keys and their last use.

use iamd_core::entities::KeyStatus;
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
        Input::CreateAccessKey(r) => {
            let k = svc
                .create_access_key(caller, r.user_name.as_deref())
                .await?;
            Output::CreateAccessKey(iam::CreateAccessKeyResponse {
                access_key: iam::AccessKey {
                    user_name: k.user_name,
                    access_key_id: k.access_key_id,
                    status: k.status.as_str().to_string(),
                    secret_access_key: k.secret_access_key,
                    create_date: Some(k.create_date),
                },
            })
        }
        Input::UpdateAccessKey(r) => {
            let status = match r.status.as_str() {
                "Active" => KeyStatus::Active,
                "Inactive" => KeyStatus::Inactive,
                other => {
                    return Err(CoreError::InvalidInput(format!(
                        "The status {other} cannot be set; use Active or Inactive."
                    )));
                }
            };
            svc.update_access_key(caller, r.user_name.as_deref(), &r.access_key_id, status)
                .await?;
            Output::UpdateAccessKey
        }
        Input::DeleteAccessKey(r) => {
            svc.delete_access_key(caller, r.user_name.as_deref(), &r.access_key_id)
                .await?;
            Output::DeleteAccessKey
        }
        Input::ListAccessKeys(r) => {
            let page = svc
                .list_access_keys(
                    caller,
                    r.user_name.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (access_key_metadata, is_truncated, marker) =
                split(page, |k| iam::AccessKeyMetadata {
                    user_name: k.user,
                    access_key_id: Some(k.id),
                    status: Some(k.status.as_str().to_string()),
                    create_date: Some(k.create_date),
                });
            Output::ListAccessKeys(iam::ListAccessKeysResponse {
                access_key_metadata,
                is_truncated,
                marker,
            })
        }
        Input::GetAccessKeyLastUsed(r) => {
            let u = svc
                .get_access_key_last_used(caller, &r.access_key_id)
                .await?;
            Output::GetAccessKeyLastUsed(iam::GetAccessKeyLastUsedResponse {
                user_name: Some(u.user_name),
                access_key_last_used: Some(iam::AccessKeyLastUsed {
                    last_used_date: u.last_used,
                    service_name: u.service,
                    region: u.region,
                }),
            })
        }
        other => return Ok(Err(other)),
    }))
}
