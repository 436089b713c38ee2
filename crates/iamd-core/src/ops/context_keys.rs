//! GetContextKeysForCustomPolicy and GetContextKeysForPrincipalPolicy: the context keys
//! policies refer to, i.e. the `ContextEntries` a simulation of them needs (spec
//! iam-api-more.md §7). Statement by statement: the policy variables of Resource and of
//! condition values (`${aws:username}` → `aws:username`), then the condition keys; spelled as
//! written, in document order, each once (compared case-insensitively).

use iamd_policy::{PolicyKind, RequestContext, parse_policy};

use crate::error::CoreError;
use crate::service::{Caller, Iam};
use crate::store::Store;

/// The context keys of `documents`, in order, each once.
pub(crate) fn context_keys<'a>(
    documents: impl IntoIterator<Item = (&'a str, String)>,
) -> Result<Vec<String>, CoreError> {
    let mut keys: Vec<String> = Vec::new();
    let mut add = |key: &str| {
        if !key.is_empty() && !keys.iter().any(|k| k.eq_ignore_ascii_case(key)) {
            keys.push(key.to_string());
        }
    };
    let empty = RequestContext::new();
    for (document, input) in documents {
        let policy = parse_policy(document, PolicyKind::Identity)
            .map_err(|e| CoreError::InvalidInput(format!("{input} is not a valid policy: {e}")))?;
        for statement in policy.statements() {
            for variable in statement.unresolved_resource_variables(&empty) {
                add(variable);
            }
            for condition in statement.conditions() {
                for value in condition.policy_values() {
                    for variable in variables(value) {
                        add(variable);
                    }
                }
            }
            for condition in statement.conditions() {
                add(condition.key());
            }
        }
    }
    Ok(keys)
}

/// The names of the `${…}` variables in a policy value (`${aws:username}`,
/// `${aws:PrincipalTag/team, 'none'}`), without the special characters `${*}`, `${?}`, `${$}`.
fn variables(value: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = value;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else { break };
        let name = after[..end].split(',').next().unwrap_or("").trim();
        if !matches!(name, "*" | "?" | "$") {
            out.push(name);
        }
        rest = &after[end + 1..];
    }
    out
}

impl<S: Store> Iam<S> {
    /// GetContextKeysForCustomPolicy.
    pub async fn get_context_keys_for_custom_policy(
        &self,
        caller: &Caller,
        policies: &[String],
    ) -> Result<Vec<String>, CoreError> {
        self.authorize(caller, crate::Operation::GetContextKeysForCustomPolicy, "*")
            .await?;
        context_keys(
            policies
                .iter()
                .enumerate()
                .map(|(i, d)| (d.as_str(), format!("PolicyInputList.{}", i + 1))),
        )
    }

    /// GetContextKeysForPrincipalPolicy: the user's, group's or role's own policies (for a
    /// user, its groups' too; never a boundary), then `policies`.
    pub async fn get_context_keys_for_principal_policy(
        &self,
        caller: &Caller,
        source_arn: &str,
        policies: &[String],
    ) -> Result<Vec<String>, CoreError> {
        self.authorize(
            caller,
            crate::Operation::GetContextKeysForPrincipalPolicy,
            source_arn,
        )
        .await?;
        let principal = self.principal_policies(source_arn).await?;
        let stored = principal
            .identity
            .iter()
            .map(|p| (p.document.as_str(), p.source.id.clone()));
        let given = policies
            .iter()
            .enumerate()
            .map(|(i, d)| (d.as_str(), format!("PolicyInputList.{}", i + 1)));
        context_keys(stored.chain(given))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_then_keys_in_document_order_as_written() {
        let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:*",
            "Resource":"arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}",
            "Condition":{"DateGreaterThan":{"aws:CurrentTime":"2015-08-16T12:00:00Z"}}}]}"#;
        let keys = context_keys([(doc, "p".to_string())]).unwrap();
        assert_eq!(keys, ["aws:username", "aws:CurrentTime"]);
    }

    #[test]
    fn condition_variables_count_and_duplicates_collapse() {
        let doc = r#"{"Version":"2012-10-17","Statement":[
            {"Effect":"Allow","Action":"s3:*","Resource":"*",
             "Condition":{"StringEquals":{"aws:PrincipalTag/team":"${aws:PrincipalTag/team, 'none'}","AWS:USERNAME":"x"}}},
            {"Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::${aws:username}/${*}"}]}"#;
        let keys = context_keys([(doc, "p".to_string())]).unwrap();
        assert_eq!(keys, ["aws:PrincipalTag/team", "AWS:USERNAME"]);
    }

    #[test]
    fn a_bad_document_names_its_input() {
        let e = context_keys([("{", "PolicyInputList.2".to_string())]).unwrap_err();
        assert!(matches!(e, CoreError::InvalidInput(m) if m.starts_with("PolicyInputList.2")));
    }
}
