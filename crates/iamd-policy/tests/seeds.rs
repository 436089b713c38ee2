//! The seed articles' decisions (spec/scenarios.md S1, S2, S5), at the engine level: the
//! authorizer adds the AllowUsersToChangePassword grant as [`common::password_policy_grant`]
//! writes it.
#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]

pub mod common;

use common::*;
use iamd_policy::*;

const CHANGE_PASSWORD_SELF: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ChangePassword"],"Resource":["arn:aws:iam::123456789012:user/${aws:username}"]}]}"#;
const UPDATE_LOGIN_PROFILE_SELF: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:UpdateLoginProfile"],"Resource":["arn:aws:iam::123456789012:user/${aws:username}"]}]}"#;
/// AWS managed IAMReadOnlyAccess (v4).
const IAM_READ_ONLY: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GenerateCredentialReport","iam:GenerateServiceLastAccessedDetails","iam:Get*","iam:List*","iam:SimulateCustomPolicy","iam:SimulatePrincipalPolicy"],"Resource":"*"}]}"#;

fn s1(
    user: &str,
    path: &str,
    inline: &str,
    allow_users_to_change: bool,
    action: &str,
    target: &str,
) -> Outcome {
    let arn = format!("arn:aws:iam::{ACCOUNT}:user/{path}{user}");
    let principal = Principal::from_arn(&arn);
    let grant = password_policy_grant(&arn);
    let mut docs = vec![IAM_READ_ONLY, inline];
    if allow_users_to_change {
        docs.push(&grant);
    }
    let mut ctx = user_context(user, None);
    ctx.insert("aws:PrincipalArn", arn.clone());
    decide_identity(&docs, &principal, action, target, &ctx).outcome
}

#[test]
fn s1_change_password_versus_update_login_profile() {
    use Outcome::*;
    // (user, inline policy, action, decision with AllowUsersToChangePassword=false, =true)
    let rows = [
        (
            "user-c",
            CHANGE_PASSWORD_SELF,
            "iam:UpdateLoginProfile",
            ImplicitDeny,
            ImplicitDeny,
        ),
        (
            "user-c",
            CHANGE_PASSWORD_SELF,
            "iam:ChangePassword",
            Allowed,
            Allowed,
        ),
        (
            "user-u",
            UPDATE_LOGIN_PROFILE_SELF,
            "iam:UpdateLoginProfile",
            Allowed,
            Allowed,
        ),
        (
            "user-u",
            UPDATE_LOGIN_PROFILE_SELF,
            "iam:ChangePassword",
            ImplicitDeny,
            Allowed,
        ),
    ];
    for (user, inline, action, off, on) in rows {
        let own = user_arn(user);
        assert_eq!(
            s1(user, "", inline, false, action, &own),
            off,
            "{user} {action} off"
        );
        assert_eq!(
            s1(user, "", inline, true, action, &own),
            on,
            "{user} {action} on"
        );
        // Never another user's password.
        let other = user_arn(if user == "user-c" { "user-u" } else { "user-c" });
        assert_eq!(
            s1(user, "", inline, true, action, &other),
            ImplicitDeny,
            "{user} {action} other"
        );
    }
}

#[test]
fn s1_users_with_a_path_are_not_user_slash_username() {
    // `user/${aws:username}` does not match `user/division_abc/user-c`: the inline policy
    // grants nothing, while the account-level grant (the caller's own ARN) still works.
    let own = format!("arn:aws:iam::{ACCOUNT}:user/division_abc/user-c");
    assert_eq!(
        s1(
            "user-c",
            "division_abc/",
            CHANGE_PASSWORD_SELF,
            false,
            "iam:ChangePassword",
            &own
        ),
        Outcome::ImplicitDeny
    );
    assert_eq!(
        s1(
            "user-c",
            "division_abc/",
            CHANGE_PASSWORD_SELF,
            true,
            "iam:ChangePassword",
            &own
        ),
        Outcome::Allowed
    );
}

const S2_DENY: &str = r#"{"Version":"2012-10-17","Statement":[{"Sid":"BlockMostAccessUnlessSignedInWithMFA","Effect":"Deny","NotAction":["iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:ListMFADevices","iam:ListUsers","iam:ListVirtualMFADevices","iam:ResyncMFADevice"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}"#;
const S2_DENY_FIXED: &str = r#"{"Version":"2012-10-17","Statement":[{"Sid":"BlockMostAccessUnlessSignedInWithMFA","Effect":"Deny","NotAction":["iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:ListMFADevices","iam:ListUsers","iam:ListVirtualMFADevices","iam:ResyncMFADevice","iam:ChangePassword","iam:GetAccountPasswordPolicy"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}"#;

fn s2(deny: &str, extra: &[&str], mfa: Option<bool>, action: &str, resource: &str) -> Decision {
    let arn = user_arn("newbie");
    let principal = Principal::from_arn(&arn);
    let mut docs = vec![deny];
    docs.extend_from_slice(extra);
    decide_identity(
        &docs,
        &principal,
        action,
        resource,
        &user_context("newbie", mfa),
    )
}

#[test]
fn s2_mfa_deny_blocks_the_first_sign_in_password_change() {
    let arn = user_arn("newbie");
    let grant = password_policy_grant(&arn);
    // Console session without MFA, and a long-term access key (key absent): denied, by the
    // Deny statement, whatever grants ChangePassword.
    for mfa in [Some(false), None] {
        let d = s2(S2_DENY, &[&grant], mfa, "iam:ChangePassword", &arn);
        assert_eq!(d.outcome, Outcome::ExplicitDeny, "mfa {mfa:?}");
        assert_eq!(d.reasons.len(), 1);
        assert_eq!(d.reasons[0].statement, 0);
    }
    // A session with MFA (GetSessionToken with a code): allowed.
    assert_eq!(
        s2(S2_DENY, &[&grant], Some(true), "iam:ChangePassword", &arn).outcome,
        Outcome::Allowed
    );
    // The listed MFA self-service actions are not denied without MFA.
    let mfa_allow = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:CreateVirtualMFADevice","iam:EnableMFADevice"],"Resource":"*"}]}"#;
    assert_eq!(
        s2(
            S2_DENY,
            &[mfa_allow],
            Some(false),
            "iam:EnableMFADevice",
            &arn
        )
        .outcome,
        Outcome::Allowed
    );
}

#[test]
fn s2_the_not_action_fix() {
    let arn = user_arn("newbie");
    let grant = password_policy_grant(&arn);
    let explicit = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":"arn:aws:iam::123456789012:user/${aws:username}"},{"Effect":"Allow","Action":"iam:GetAccountPasswordPolicy","Resource":"*"}]}"#;
    for mfa in [Some(false), None] {
        // Through AllowUsersToChangePassword …
        assert_eq!(
            s2(S2_DENY_FIXED, &[&grant], mfa, "iam:ChangePassword", &arn).outcome,
            Outcome::Allowed
        );
        assert_eq!(
            s2(
                S2_DENY_FIXED,
                &[&grant],
                mfa,
                "iam:GetAccountPasswordPolicy",
                "*"
            )
            .outcome,
            Outcome::Allowed
        );
        // … or an explicit Allow.
        assert_eq!(
            s2(S2_DENY_FIXED, &[explicit], mfa, "iam:ChangePassword", &arn).outcome,
            Outcome::Allowed
        );
        // Without either, no Deny but no Allow.
        assert_eq!(
            s2(S2_DENY_FIXED, &[], mfa, "iam:ChangePassword", &arn).outcome,
            Outcome::ImplicitDeny
        );
        // Other actions are still denied without MFA.
        assert_eq!(
            s2(S2_DENY_FIXED, &[&grant], mfa, "iam:CreateAccessKey", &arn).outcome,
            Outcome::ExplicitDeny
        );
    }
}

pub const S5: &str = include_str!("data/s5.json");

#[test]
fn s5_self_management_with_and_without_mfa() {
    use Outcome::*;
    let me = user_arn("alice");
    let other = user_arn("bob");
    let mfa_device = format!("arn:aws:iam::{ACCOUNT}:mfa/alice");
    let principal = Principal::from_arn(&me);
    // (action, resource, without MFA (key absent or false), with MFA)
    let rows: &[(&str, &str, Outcome, Outcome)] = &[
        ("iam:CreateVirtualMFADevice", &mfa_device, Allowed, Allowed),
        ("iam:EnableMFADevice", &me, Allowed, Allowed),
        ("iam:ListMFADevices", &me, Allowed, Allowed),
        ("iam:ResyncMFADevice", &me, Allowed, Allowed),
        ("iam:ListVirtualMFADevices", "*", Allowed, Allowed),
        ("iam:GetUser", &me, Allowed, Allowed),
        ("iam:DeactivateMFADevice", &me, ExplicitDeny, Allowed),
        ("iam:GetAccountPasswordPolicy", "*", ExplicitDeny, Allowed),
        ("iam:ChangePassword", &me, ExplicitDeny, Allowed),
        ("iam:CreateAccessKey", &me, ExplicitDeny, Allowed),
        ("iam:UpdateAccessKey", &me, ExplicitDeny, Allowed),
        ("iam:DeleteAccessKey", &me, ExplicitDeny, Allowed),
        ("iam:ListAccessKeys", &me, ExplicitDeny, Allowed),
        (
            "iam:CreateServiceSpecificCredential",
            &me,
            ExplicitDeny,
            Allowed,
        ),
        (
            "iam:ResetServiceSpecificCredential",
            &me,
            ExplicitDeny,
            Allowed,
        ),
        (
            "iam:DeleteServiceSpecificCredential",
            &me,
            ExplicitDeny,
            Allowed,
        ),
        // Exempt from the Deny but never allowed by this policy.
        ("sts:GetSessionToken", "*", ImplicitDeny, ImplicitDeny),
        // Never another user's credentials.
        ("iam:CreateAccessKey", &other, ExplicitDeny, ImplicitDeny),
        ("iam:GetUser", &other, ImplicitDeny, ImplicitDeny),
        ("iam:EnableMFADevice", &other, ImplicitDeny, ImplicitDeny),
        // Nothing else of IAM.
        ("iam:ListUsers", "*", ExplicitDeny, ImplicitDeny),
        ("iam:UpdateLoginProfile", &me, ExplicitDeny, ImplicitDeny),
    ];
    for (action, resource, without, with) in rows {
        for mfa in [None, Some(false)] {
            let d = decide_identity(
                &[S5],
                &principal,
                action,
                resource,
                &user_context("alice", mfa),
            );
            assert_eq!(
                d.outcome, *without,
                "{action} on {resource} without MFA ({mfa:?})"
            );
        }
        let d = decide_identity(
            &[S5],
            &principal,
            action,
            resource,
            &user_context("alice", Some(true)),
        );
        assert_eq!(d.outcome, *with, "{action} on {resource} with MFA");
    }
}

#[test]
fn s5_reasons_name_the_deciding_statements() {
    let me = user_arn("alice");
    let principal = Principal::from_arn(&me);
    let identity = set(&[S5], PolicyKind::Identity);
    let auth = Authorization {
        principal: &principal,
        identity: &identity,
        boundary: None,
        session: None,
        resource_policy: None,
        resource_owner: None,
        trust: false,
    };
    let ctx = user_context("alice", Some(false));
    let action = Action::parse("iam:CreateAccessKey").unwrap();
    let d = auth.decide(&Request {
        action: &action,
        resource: &me,
        context: &ctx,
    });
    assert_eq!(d.outcome, Outcome::ExplicitDeny);
    let (source, stmt) = identity
        .get(d.reasons[0].policy, d.reasons[0].statement)
        .unwrap();
    assert_eq!(source.id, "policy1");
    assert_eq!(stmt.sid(), Some("DenyAllExceptListedIfNoMFA"));
    assert_eq!(stmt.start().line, 21);

    let ctx = user_context("alice", Some(true));
    let d = auth.decide(&Request {
        action: &action,
        resource: &me,
        context: &ctx,
    });
    assert_eq!(d.outcome, Outcome::Allowed);
    let sids: Vec<_> = d
        .reasons
        .iter()
        .map(|r| {
            identity
                .get(r.policy, r.statement)
                .unwrap()
                .1
                .sid()
                .unwrap()
        })
        .collect();
    assert_eq!(sids, ["AllowManageOwnAccessKeys"]);

    // The trace shows the condition that decided, with the value it saw.
    let mut trace = Trace::default();
    let ctx = user_context("alice", None);
    let d = auth.decide_observed(
        &Request {
            action: &action,
            resource: &me,
            context: &ctx,
        },
        &mut trace,
    );
    assert_eq!(d.outcome, Outcome::ExplicitDeny);
    assert_eq!(trace.conditions.len(), 1);
    let c = &trace.conditions[0];
    assert_eq!(
        (
            c.operator.as_str(),
            c.key.as_str(),
            c.request_values.as_ref(),
            c.result
        ),
        ("BoolIfExists", "aws:MultiFactorAuthPresent", None, true)
    );
    assert_eq!(trace.missing_keys, ["aws:MultiFactorAuthPresent"]);
}
