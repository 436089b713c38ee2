//! GetContextKeysForCustomPolicy and GetContextKeysForPrincipalPolicy: typed inputs to `Iam`
//! calls and back.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use crate::generated::{Input, Output, iam};

/// The operations of this family; any other input is handed back.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    Ok(Ok(match input {
        Input::GetContextKeysForCustomPolicy(r) => {
            let keys = svc
                .get_context_keys_for_custom_policy(caller, &r.policy_input_list)
                .await?;
            Output::GetContextKeysForCustomPolicy(iam::GetContextKeysForPolicyResponse {
                context_key_names: Some(keys),
            })
        }
        Input::GetContextKeysForPrincipalPolicy(r) => {
            let keys = svc
                .get_context_keys_for_principal_policy(
                    caller,
                    &r.policy_source_arn,
                    r.policy_input_list.as_deref().unwrap_or_default(),
                )
                .await?;
            Output::GetContextKeysForPrincipalPolicy(iam::GetContextKeysForPolicyResponse {
                context_key_names: Some(keys),
            })
        }
        other => return Ok(Err(other)),
    }))
}
