//! STS: GetCallerIdentity, GetSessionToken, AssumeRole.

use iamd_core::entities;
use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use crate::generated::{Input, Output, sts};

/// Serve `input` if it is one of this family's operations; hand it back otherwise.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    Ok(Ok(match input {
        Input::GetCallerIdentity(_) => {
            let id = svc.get_caller_identity(caller);
            Output::GetCallerIdentity(sts::GetCallerIdentityResponse {
                user_id: Some(id.user_id),
                account: Some(id.account),
                arn: Some(id.arn),
            })
        }
        Input::GetSessionToken(r) => {
            let c = svc
                .get_session_token(
                    caller,
                    r.duration_seconds,
                    r.serial_number.as_deref(),
                    r.token_code.as_deref(),
                )
                .await?;
            Output::GetSessionToken(sts::GetSessionTokenResponse {
                credentials: Some(sts::Credentials {
                    access_key_id: c.access_key_id,
                    secret_access_key: c.secret_access_key,
                    session_token: c.session_token,
                    expiration: c.expiration,
                }),
            })
        }
        Input::AssumeRole(r) => {
            let request = iamd_core::ops::assume_role::AssumeRoleRequest {
                role_arn: &r.role_arn,
                role_session_name: &r.role_session_name,
                duration_seconds: r.duration_seconds,
                policy: r.policy.as_deref(),
                policy_arns: r
                    .policy_arns
                    .iter()
                    .flatten()
                    .filter_map(|p| p.arn.clone())
                    .collect(),
                serial_number: r.serial_number.as_deref(),
                token_code: r.token_code.as_deref(),
                external_id: r.external_id.as_deref(),
                source_identity: r.source_identity.as_deref(),
                tags: r
                    .tags
                    .iter()
                    .flatten()
                    .map(|t| entities::Tag {
                        key: t.key.clone(),
                        value: t.value.clone(),
                    })
                    .collect(),
                transitive_tag_keys: r.transitive_tag_keys.clone().unwrap_or_default(),
            };
            let a = svc.assume_role(caller, &request).await?;
            Output::AssumeRole(sts::AssumeRoleResponse {
                credentials: Some(sts::Credentials {
                    access_key_id: a.credentials.access_key_id,
                    secret_access_key: a.credentials.secret_access_key,
                    session_token: a.credentials.session_token,
                    expiration: a.credentials.expiration,
                }),
                assumed_role_user: Some(sts::AssumedRoleUser {
                    assumed_role_id: a.assumed_role_id,
                    arn: a.arn,
                }),
                packed_policy_size: a.packed_policy_size,
                source_identity: a.source_identity,
            })
        }
        other => return Ok(Err(other)),
    }))
}
