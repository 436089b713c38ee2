//! A simulation request that owns its text, to cross to the blocking pool.

use std::borrow::Cow;

use super::types::{ContextEntry, Doc, SimulateCustomPolicyInput};

fn borrowed(s: &Option<String>) -> Option<Cow<'_, str>> {
    s.as_deref().map(Cow::Borrowed)
}

/// A simulation request that owns its text, to cross to the blocking pool.
pub(crate) struct OwnedInput {
    policy_input_list: Vec<String>,
    permissions_boundary_policy_input_list: Vec<String>,
    action_names: Vec<String>,
    resource_arns: Vec<String>,
    resource_policy: Option<String>,
    resource_owner: Option<String>,
    caller_arn: Option<String>,
    context_entries: Vec<ContextEntry<'static>>,
    resource_handling_option: Option<String>,
    max_items: Option<u32>,
    marker: Option<String>,
}

impl OwnedInput {
    pub(crate) fn from(input: &SimulateCustomPolicyInput<'_>) -> OwnedInput {
        let text = |d: &Doc<'_>| match d.text() {
            Ok(t) => t.into_owned(),
            // Not a JSON string: kept as written, for the parser to refuse with its position.
            Err(_) => d.key().to_string(),
        };
        let owned = |c: &Option<Cow<'_, str>>| c.as_deref().map(str::to_string);
        OwnedInput {
            policy_input_list: input.policy_input_list.iter().map(text).collect(),
            permissions_boundary_policy_input_list: input
                .permissions_boundary_policy_input_list
                .iter()
                .map(text)
                .collect(),
            action_names: input.action_names.iter().map(|a| a.to_string()).collect(),
            resource_arns: input.resource_arns.iter().map(|r| r.to_string()).collect(),
            resource_policy: input.resource_policy.as_ref().map(text),
            resource_owner: owned(&input.resource_owner),
            caller_arn: owned(&input.caller_arn),
            context_entries: input
                .context_entries
                .iter()
                .map(|e| ContextEntry {
                    context_key_name: Cow::Owned(e.context_key_name.to_string()),
                    context_key_values: e
                        .context_key_values
                        .iter()
                        .map(|v| Cow::Owned(v.to_string()))
                        .collect(),
                    context_key_type: Cow::Owned(e.context_key_type.to_string()),
                })
                .collect(),
            resource_handling_option: owned(&input.resource_handling_option),
            max_items: input.max_items,
            marker: owned(&input.marker),
        }
    }

    pub(crate) fn borrow(&self) -> SimulateCustomPolicyInput<'_> {
        SimulateCustomPolicyInput {
            policy_input_list: self
                .policy_input_list
                .iter()
                .map(|d| Doc::Text(d))
                .collect(),
            permissions_boundary_policy_input_list: self
                .permissions_boundary_policy_input_list
                .iter()
                .map(|d| Doc::Text(d))
                .collect(),
            action_names: self
                .action_names
                .iter()
                .map(|a| Cow::Borrowed(a.as_str()))
                .collect(),
            resource_arns: self
                .resource_arns
                .iter()
                .map(|r| Cow::Borrowed(r.as_str()))
                .collect(),
            resource_policy: self.resource_policy.as_deref().map(Doc::Text),
            resource_owner: borrowed(&self.resource_owner),
            caller_arn: borrowed(&self.caller_arn),
            context_entries: self.context_entries.clone(),
            resource_handling_option: borrowed(&self.resource_handling_option),
            max_items: self.max_items,
            marker: borrowed(&self.marker),
        }
    }
}
