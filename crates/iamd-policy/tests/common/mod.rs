//! Helpers shared by the engine's tests: build policy sets from JSON and ask one question.

use std::sync::Arc;

use iamd_policy::*;

pub const ACCOUNT: &str = "123456789012";

pub fn user_arn(name: &str) -> String {
    format!("arn:aws:iam::{ACCOUNT}:user/{name}")
}

pub fn parse(doc: &str, kind: PolicyKind) -> Arc<Policy> {
    Arc::new(parse_policy(doc, kind).unwrap_or_else(|e| panic!("{e}\n{doc}")))
}

pub fn set(docs: &[&str], kind: PolicyKind) -> PolicySet {
    PolicySet::new(docs.iter().enumerate().map(|(i, d)| {
        (
            PolicySource {
                id: format!("policy{}", i + 1),
                source_type: SourceType::None,
            },
            parse(d, kind),
        )
    }))
}

/// The account-level grant that `AllowUsersToChangePassword` gives an IAM user, written as the
/// authorizer writes it: ChangePassword on the caller's own ARN, GetAccountPasswordPolicy on *.
pub fn password_policy_grant(user_arn: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[
        {{"Sid":"AllowUsersToChangePassword","Effect":"Allow","Action":"iam:ChangePassword","Resource":"{user_arn}"}},
        {{"Sid":"AllowUsersToReadPasswordPolicy","Effect":"Allow","Action":"iam:GetAccountPasswordPolicy","Resource":"*"}}]}}"#
    )
}

/// A request context as AWS builds it for an IAM user: `mfa` is `None` for a long-term access
/// key (the key is absent), `Some(false)` / `Some(true)` for a session without / with MFA.
pub fn user_context(name: &str, mfa: Option<bool>) -> RequestContext {
    let mut c = RequestContext::new();
    c.insert("aws:username", name);
    c.insert("aws:userid", "AIDACKCEVSQ6C2EXAMPLE");
    c.insert("aws:PrincipalArn", user_arn(name));
    c.insert("aws:PrincipalAccount", ACCOUNT);
    c.insert("aws:PrincipalType", "User");
    c.insert("aws:SourceIp", "203.0.113.7");
    c.insert("aws:CurrentTime", "2026-11-22T12:00:00Z");
    c.insert("aws:SecureTransport", "true");
    c.insert("aws:RequestedRegion", "us-east-1");
    if let Some(mfa) = mfa {
        c.insert("aws:MultiFactorAuthPresent", mfa.to_string());
        if mfa {
            c.insert("aws:MultiFactorAuthAge", "120");
        }
    }
    c
}

/// Decide `action` on `resource` for `principal` holding the identity policies `docs`.
pub fn decide_identity(
    docs: &[&str],
    principal: &Principal,
    action: &str,
    resource: &str,
    context: &RequestContext,
) -> Decision {
    let identity = set(docs, PolicyKind::Identity);
    let auth = Authorization {
        principal,
        identity: &identity,
        boundary: None,
        session: None,
        resource_policy: None,
        resource_owner: None,
        trust: false,
    };
    let action = Action::parse(action).unwrap();
    auth.decide(&Request {
        action: &action,
        resource,
        context,
    })
}
