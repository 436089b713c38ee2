//! Which grammar and which evaluation rule a `ResourcePolicy` gets.
//!
//! A role trust policy is the resource-based policy of a role: it has a Principal and no
//! Resource, and it is evaluated for `sts:AssumeRole*` and the actions that go with assuming a
//! role (`sts:TagSession`, `sts:SetSourceIdentity`, `sts:SetContext`). AWS's evaluation logic
//! makes it an exception among resource policies: it must allow the caller explicitly, and
//! only a trust statement naming the caller's own ARN allows without an identity policy (IAM
//! User Guide, "Policy evaluation logic" and "Cross-account policy evaluation logic"). So a
//! `ResourcePolicy` simulated only for those actions is read as a trust policy when it
//! parses as one; any other is read as an ordinary resource-based policy.

use iamd_policy::PolicyKind;

/// The actions a role trust policy governs: the `sts:AssumeRole*` family and the session
/// actions evaluated with them.
pub const TRUST_ACTIONS: [&str; 6] = [
    "sts:AssumeRole",
    "sts:AssumeRoleWithSAML",
    "sts:AssumeRoleWithWebIdentity",
    "sts:TagSession",
    "sts:SetSourceIdentity",
    "sts:SetContext",
];

/// Whether every action of the request is one a trust policy governs.
pub fn only_trust_actions<S: AsRef<str>>(actions: &[S]) -> bool {
    !actions.is_empty()
        && actions.iter().all(|a| {
            TRUST_ACTIONS
                .iter()
                .any(|t| t.eq_ignore_ascii_case(a.as_ref()))
        })
}

/// The grammars to try for a `ResourcePolicy`, in order: a trust policy first when the
/// request asks only about assuming a role, else only the resource-policy grammar.
pub fn kinds_to_try<S: AsRef<str>>(actions: &[S]) -> &'static [PolicyKind] {
    if only_trust_actions(actions) {
        &[PolicyKind::Trust, PolicyKind::Resource]
    } else {
        &[PolicyKind::Resource]
    }
}

/// Why a document without `Resource` cannot be simulated as a resource policy for these
/// actions, appended to the parser's error when that is the likely reason.
pub fn trust_hint<S: AsRef<str>>(actions: &[S]) -> Option<String> {
    (!only_trust_actions(actions)).then(|| {
        format!(
            "a ResourcePolicy without Resource is read as a role trust policy only when every action simulated is one of {}; simulate those in a request of their own",
            TRUST_ACTIONS.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trust_grammar_only_for_assume_role_requests() {
        assert!(only_trust_actions(&["sts:AssumeRole", "STS:TagSession"]));
        assert!(!only_trust_actions(&["sts:AssumeRole", "s3:GetObject"]));
        assert!(!only_trust_actions::<&str>(&[]));
        assert_eq!(kinds_to_try(&["s3:GetObject"]), &[PolicyKind::Resource]);
        assert_eq!(
            kinds_to_try(&["sts:AssumeRoleWithWebIdentity"]).first(),
            Some(&PolicyKind::Trust)
        );
        assert!(trust_hint(&["sts:AssumeRole"]).is_none());
        assert!(trust_hint(&["s3:GetObject"]).is_some());
    }
}
