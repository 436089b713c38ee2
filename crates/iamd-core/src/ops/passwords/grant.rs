//! The account-level `AllowUsersToChangePassword` grant the authorizer adds to IAM users'
//! policy sets.

use std::sync::Arc;

use iamd_policy::{Policy, PolicyKind, PolicySource, SourceType, parse_policy};

use crate::entities::PasswordPolicy;
use crate::error::CoreError;

/// The source id of the account-level grant in policy sets, decisions and logs.
pub const ALLOW_USERS_TO_CHANGE_PASSWORD: &str = "AllowUsersToChangePassword";

/// A policy resource matching exactly `arn`: the policy language's wildcard and variable
/// characters are escaped (`${*}`, `${?}`, `${$}`).
fn literal_resource(arn: &str) -> String {
    let mut out = String::with_capacity(arn.len());
    for c in arn.chars() {
        match c {
            '*' => out.push_str("${*}"),
            '?' => out.push_str("${?}"),
            '$' => out.push_str("${$}"),
            other => out.push(other),
        }
    }
    out
}

/// The policy `AllowUsersToChangePassword` amounts to for `user_arn`: iam:ChangePassword on the
/// user itself and iam:GetAccountPasswordPolicy (spec/policy-semantics.md §7).
pub fn change_password_grant_document(user_arn: &str) -> String {
    serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "ChangeOwnPassword",
                "Effect": "Allow",
                "Action": "iam:ChangePassword",
                "Resource": literal_resource(user_arn),
            },
            {
                "Sid": "ViewAccountPasswordRequirements",
                "Effect": "Allow",
                "Action": "iam:GetAccountPasswordPolicy",
                "Resource": "*",
            }
        ]
    })
    .to_string()
}

/// The synthetic identity policy `AllowUsersToChangePassword` grants the user `user_arn` under
/// the account password policy `policy`, when it turns it on.
pub fn change_password_grant_for(
    policy: Option<&PasswordPolicy>,
    user_arn: &str,
) -> Result<Option<(PolicySource, Arc<Policy>)>, CoreError> {
    if !policy.is_some_and(|p| p.allow_users_to_change_password) {
        return Ok(None);
    }
    let document = change_password_grant_document(user_arn);
    let policy = parse_policy(&document, PolicyKind::Identity).map_err(|e| {
        CoreError::ServiceFailure(format!("the AllowUsersToChangePassword grant: {e}"))
    })?;
    Ok(Some((
        PolicySource {
            id: ALLOW_USERS_TO_CHANGE_PASSWORD.to_string(),
            source_type: SourceType::None,
        },
        Arc::new(policy),
    )))
}
