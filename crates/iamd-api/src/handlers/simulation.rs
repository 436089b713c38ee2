//! SimulateCustomPolicy and SimulatePrincipalPolicy.

use std::borrow::Cow;

use iamd_core::simulate::{ContextEntry, Doc, SimulateCustomPolicyInput};
use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use super::wire::*;
use crate::generated::{Input, Output};

/// Serve `input` if it is one of this family's operations; hand it back otherwise.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    Ok(Ok(match input {
        Input::SimulateCustomPolicy(r) => {
            let input = SimulateCustomPolicyInput {
                policy_input_list: r.policy_input_list.iter().map(|d| Doc::Text(d)).collect(),
                permissions_boundary_policy_input_list: r
                    .permissions_boundary_policy_input_list
                    .iter()
                    .flatten()
                    .map(|d| Doc::Text(d))
                    .collect(),
                action_names: r
                    .action_names
                    .iter()
                    .map(|a| Cow::Borrowed(a.as_str()))
                    .collect(),
                resource_arns: r
                    .resource_arns
                    .iter()
                    .flatten()
                    .map(|a| Cow::Borrowed(a.as_str()))
                    .collect(),
                resource_policy: r.resource_policy.as_deref().map(Doc::Text),
                resource_owner: r.resource_owner.as_deref().map(Cow::Borrowed),
                caller_arn: r.caller_arn.as_deref().map(Cow::Borrowed),
                context_entries: r
                    .context_entries
                    .iter()
                    .flatten()
                    .map(|e| ContextEntry {
                        context_key_name: Cow::Borrowed(
                            e.context_key_name.as_deref().unwrap_or(""),
                        ),
                        context_key_values: e
                            .context_key_values
                            .iter()
                            .flatten()
                            .map(|v| Cow::Borrowed(v.as_str()))
                            .collect(),
                        context_key_type: Cow::Borrowed(
                            e.context_key_type.as_deref().unwrap_or(""),
                        ),
                    })
                    .collect(),
                resource_handling_option: r.resource_handling_option.as_deref().map(Cow::Borrowed),
                max_items: r.max_items.and_then(|m| u32::try_from(m).ok()),
                marker: r.marker.as_deref().map(Cow::Borrowed),
            };
            let out = svc.simulate_custom_policy(caller, &input).await?;
            Output::SimulateCustomPolicy(wire_simulation(out))
        }
        Input::SimulatePrincipalPolicy(r) => {
            let input = principal_simulation_input(&r);
            let out = svc
                .simulate_principal_policy(caller, &r.policy_source_arn, &input)
                .await?;
            Output::SimulatePrincipalPolicy(wire_simulation(out))
        }
        other => return Ok(Err(other)),
    }))
}
