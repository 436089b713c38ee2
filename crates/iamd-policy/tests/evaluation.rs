//! The evaluation rules of spec/policy-semantics.md §2, §4 and §6, one test each.
#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]

pub mod common;

use common::*;
use iamd_policy::*;

fn allow(action: &str, resource: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"{action}","Resource":"{resource}"}}]}}"#
    )
}

fn deny(action: &str, resource: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","Action":"{action}","Resource":"{resource}"}}]}}"#
    )
}

fn alice() -> Principal {
    Principal::from_arn(&user_arn("alice"))
}

fn outcome(docs: &[&str], action: &str, resource: &str) -> Outcome {
    decide_identity(
        docs,
        &alice(),
        action,
        resource,
        &user_context("alice", None),
    )
    .outcome
}

struct Sets {
    identity: PolicySet,
    boundary: Option<PolicySet>,
    session: Option<PolicySet>,
    resource: Option<PolicySet>,
}

fn sets(
    identity: &[&str],
    boundary: Option<&[&str]>,
    session: Option<&[&str]>,
    resource: Option<&str>,
) -> Sets {
    Sets {
        identity: set(identity, PolicyKind::Identity),
        boundary: boundary.map(|b| set(b, PolicyKind::Boundary)),
        session: session.map(|s| set(s, PolicyKind::Session)),
        resource: resource.map(|r| set(&[r], PolicyKind::Resource)),
    }
}

fn decide_with(
    s: &Sets,
    principal: &Principal,
    owner: Option<&str>,
    trust: bool,
    action: &str,
    resource: &str,
) -> Decision {
    let auth = Authorization {
        principal,
        identity: &s.identity,
        boundary: s.boundary.as_ref(),
        session: s.session.as_ref(),
        resource_policy: s.resource.as_ref(),
        resource_owner: owner,
        trust,
    };
    let action = Action::parse(action).unwrap();
    let ctx = user_context("alice", None);
    auth.decide(&Request {
        action: &action,
        resource,
        context: &ctx,
    })
}

#[test]
fn explicit_deny_wins_over_any_allow() {
    let me = user_arn("alice");
    assert_eq!(
        outcome(
            &[&allow("iam:*", "*"), &deny("iam:GetUser", &me)],
            "iam:GetUser",
            &me
        ),
        Outcome::ExplicitDeny
    );
    assert_eq!(
        outcome(
            &[&allow("iam:*", "*"), &deny("iam:GetUser", &me)],
            "iam:ListUsers",
            "*"
        ),
        Outcome::Allowed
    );
    assert_eq!(outcome(&[], "iam:GetUser", &me), Outcome::ImplicitDeny);
}

#[test]
fn actions_match_case_insensitively_with_wildcards() {
    let me = user_arn("alice");
    for pattern in [
        "iam:GetUser",
        "IAM:getuser",
        "iam:Get*",
        "iam:?etUser",
        "iam:*",
        "*",
        "i?m:*User",
    ] {
        assert_eq!(
            outcome(&[&allow(pattern, "*")], "iam:GetUser", &me),
            Outcome::Allowed,
            "{pattern}"
        );
    }
    for pattern in ["iam:GetUsers", "iam:List*", "s3:*", "iam:?GetUser"] {
        assert_eq!(
            outcome(&[&allow(pattern, "*")], "iam:GetUser", &me),
            Outcome::ImplicitDeny,
            "{pattern}"
        );
    }
    // The request's spelling does not matter either.
    assert_eq!(
        outcome(&[&allow("iam:GetUser", "*")], "IAM:GETUSER", &me),
        Outcome::Allowed
    );
}

#[test]
fn resources_match_case_sensitively() {
    assert_eq!(
        outcome(
            &[&allow(
                "iam:GetUser",
                "arn:aws:iam::123456789012:user/Alice"
            )],
            "iam:GetUser",
            &user_arn("alice")
        ),
        Outcome::ImplicitDeny
    );
    assert_eq!(
        outcome(
            &[&allow("iam:GetUser", "arn:aws:iam::123456789012:user/al*")],
            "iam:GetUser",
            &user_arn("alice")
        ),
        Outcome::Allowed
    );
}

#[test]
fn actions_without_a_resource_type_need_resource_star() {
    // ListUsers is authorized against "*": a statement on user/* never grants it.
    assert_eq!(
        outcome(
            &[&allow("iam:ListUsers", "arn:aws:iam::123456789012:user/*")],
            "iam:ListUsers",
            "*"
        ),
        Outcome::ImplicitDeny
    );
    assert_eq!(
        outcome(
            &[&allow("iam:ListUsers", "arn:aws:iam::*")],
            "iam:ListUsers",
            "*"
        ),
        Outcome::ImplicitDeny
    );
    assert_eq!(
        outcome(&[&allow("iam:ListUsers", "*")], "iam:ListUsers", "*"),
        Outcome::Allowed
    );
}

#[test]
fn not_action_with_allow_grants_everything_else_in_scope() {
    let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}"#;
    assert_eq!(
        outcome(&[doc], "s3:GetObject", "arn:aws:s3:::b/k"),
        Outcome::Allowed
    );
    assert_eq!(
        outcome(&[doc], "iam:GetUser", &user_arn("alice")),
        Outcome::ImplicitDeny
    );
    // With Deny it denies everything not listed and grants nothing.
    let d = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:GetUser","Resource":"*"}]}"#;
    assert_eq!(
        outcome(&[d], "iam:GetUser", &user_arn("alice")),
        Outcome::ImplicitDeny
    );
    assert_eq!(
        outcome(&[d, &allow("*", "*")], "iam:ListUsers", "*"),
        Outcome::ExplicitDeny
    );
    assert_eq!(
        outcome(&[d, &allow("*", "*")], "iam:GetUser", &user_arn("alice")),
        Outcome::Allowed
    );
}

#[test]
fn not_resource_matches_everything_outside_the_list() {
    let d = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","NotResource":"arn:aws:iam::*:user/${aws:username}"}]}"#;
    let all = allow("*", "*");
    assert_eq!(
        outcome(&[d, &all], "iam:GetUser", &user_arn("alice")),
        Outcome::Allowed
    );
    assert_eq!(
        outcome(&[d, &all], "iam:GetUser", &user_arn("bob")),
        Outcome::ExplicitDeny
    );
    assert_eq!(
        outcome(&[d, &all], "iam:ListUsers", "*"),
        Outcome::ExplicitDeny
    );
}

#[test]
fn variables_resolve_only_under_2012_10_17() {
    let me = user_arn("alice");
    let new = allow("iam:GetUser", "arn:aws:iam::*:user/${aws:username}");
    let old = new.replace("2012-10-17", "2008-10-17");
    let none = new.replace(r#""Version":"2012-10-17","#, "");
    assert_eq!(outcome(&[&new], "iam:GetUser", &me), Outcome::Allowed);
    assert_eq!(outcome(&[&old], "iam:GetUser", &me), Outcome::ImplicitDeny);
    assert_eq!(outcome(&[&none], "iam:GetUser", &me), Outcome::ImplicitDeny);
    // Under 2008-10-17 the text is literal: it matches a user literally named so.
    let literal = format!("arn:aws:iam::{ACCOUNT}:user/${{aws:username}}");
    assert_eq!(outcome(&[&old], "iam:GetUser", &literal), Outcome::Allowed);
}

#[test]
fn unresolved_variables_match_no_resource() {
    // Root has no aws:username: a `${aws:username}` resource matches nothing for it, and a
    // user without the tag gets nothing from a tag-based resource.
    let doc = allow(
        "iam:GetUser",
        "arn:aws:iam::*:user/${aws:PrincipalTag/owner}",
    );
    assert_eq!(
        outcome(&[&doc], "iam:GetUser", &user_arn("alice")),
        Outcome::ImplicitDeny
    );
    let with_default = allow(
        "iam:GetUser",
        "arn:aws:iam::*:user/${aws:PrincipalTag/owner, 'alice'}",
    );
    assert_eq!(
        outcome(&[&with_default], "iam:GetUser", &user_arn("alice")),
        Outcome::Allowed
    );
}

#[test]
fn permissions_boundary_limits_but_never_grants() {
    let me = user_arn("alice");
    let p = alice();
    let id_all = allow("iam:*", "*");
    let bnd_get = allow("iam:Get*", "*");
    let s = sets(&[&id_all], Some(&[&bnd_get]), None, None);
    let d = decide_with(&s, &p, None, false, "iam:GetUser", &me);
    assert_eq!(
        (d.outcome, d.allowed_by_boundary),
        (Outcome::Allowed, Some(true))
    );
    let d = decide_with(&s, &p, None, false, "iam:DeleteUser", &me);
    assert_eq!(
        (d.outcome, d.missing, d.allowed_by_boundary),
        (
            Outcome::ImplicitDeny,
            Some(MissingAllow::Boundary),
            Some(false)
        )
    );
    // The boundary alone grants nothing.
    let s = sets(&[], Some(&[&bnd_get]), None, None);
    let d = decide_with(&s, &p, None, false, "iam:GetUser", &me);
    assert_eq!(
        (d.outcome, d.missing),
        (Outcome::ImplicitDeny, Some(MissingAllow::Identity))
    );
    // A Deny in the boundary is an explicit deny.
    let s = sets(
        &[&id_all],
        Some(&[&bnd_get, &deny("iam:GetUser", "*")]),
        None,
        None,
    );
    assert_eq!(
        decide_with(&s, &p, None, false, "iam:GetUser", &me).outcome,
        Outcome::ExplicitDeny
    );
}

fn bucket_policy(principal: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{principal},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}}]}}"#
    )
}

#[test]
fn resource_policies_within_one_account() {
    let p = alice();
    let obj = "arn:aws:s3:::b/k";
    let bnd_none = allow("iam:GetUser", "*");
    // Naming the user's own ARN: allowed with no identity policy, and an implicit deny in the
    // boundary does not limit it.
    let direct = bucket_policy(&format!(r#"{{"AWS":"{}"}}"#, user_arn("alice")));
    let s = sets(&[], Some(&[&bnd_none]), None, Some(&direct));
    assert_eq!(
        decide_with(&s, &p, Some(ACCOUNT), false, "s3:GetObject", obj).outcome,
        Outcome::Allowed
    );
    // Naming the account delegates to the account: the identity policy must allow.
    let account = bucket_policy(r#"{"AWS":"arn:aws:iam::123456789012:root"}"#);
    let s = sets(&[], None, None, Some(&account));
    let d = decide_with(&s, &p, Some(ACCOUNT), false, "s3:GetObject", obj);
    assert_eq!(
        (d.outcome, d.missing),
        (Outcome::ImplicitDeny, Some(MissingAllow::Identity))
    );
    let s = sets(&[&allow("s3:*", "*")], None, None, Some(&account));
    assert_eq!(
        decide_with(&s, &p, Some(ACCOUNT), false, "s3:GetObject", obj).outcome,
        Outcome::Allowed
    );
    // A resource-policy Deny applies like any other.
    let deny_all = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}"#;
    let s = sets(&[&allow("s3:*", "*")], None, None, Some(deny_all));
    assert_eq!(
        decide_with(&s, &p, Some(ACCOUNT), false, "s3:GetObject", obj).outcome,
        Outcome::ExplicitDeny
    );
}

#[test]
fn role_sessions_are_limited_by_boundary_and_session_policy() {
    let session = Principal::from_arn("arn:aws:sts::123456789012:assumed-role/admin/alice-session");
    assert_eq!(
        session.role_arn.as_deref(),
        Some("arn:aws:iam::123456789012:role/admin")
    );
    let obj = "arn:aws:s3:::b/k";
    let to_role = bucket_policy(r#"{"AWS":"arn:aws:iam::123456789012:role/admin"}"#);
    let to_session =
        bucket_policy(r#"{"AWS":"arn:aws:sts::123456789012:assumed-role/admin/alice-session"}"#);
    let bnd = allow("iam:*", "*");
    // A role-ARN grant is limited by the boundary's implicit deny; a session-ARN grant is not.
    let s = sets(&[], Some(&[&bnd]), None, Some(&to_role));
    let d = decide_with(&s, &session, Some(ACCOUNT), false, "s3:GetObject", obj);
    assert_eq!(
        (d.outcome, d.missing),
        (Outcome::ImplicitDeny, Some(MissingAllow::Boundary))
    );
    let s = sets(&[], Some(&[&bnd]), None, Some(&to_session));
    assert_eq!(
        decide_with(&s, &session, Some(ACCOUNT), false, "s3:GetObject", obj).outcome,
        Outcome::Allowed
    );
    // Session policies intersect with the role's identity policies.
    let s = sets(
        &[&allow("s3:*", "*")],
        None,
        Some(&[&allow("s3:GetObject", "*")]),
        None,
    );
    assert_eq!(
        decide_with(&s, &session, None, false, "s3:GetObject", obj).outcome,
        Outcome::Allowed
    );
    let d = decide_with(&s, &session, None, false, "s3:PutObject", obj);
    assert_eq!(
        (d.outcome, d.missing),
        (Outcome::ImplicitDeny, Some(MissingAllow::Session))
    );
    // A role session without a session policy has the role's permissions.
    let s = sets(&[&allow("s3:*", "*")], None, None, None);
    assert_eq!(
        decide_with(&s, &session, None, false, "s3:PutObject", obj).outcome,
        Outcome::Allowed
    );
    // A federated user without a session policy has none.
    let fed = Principal::from_arn("arn:aws:sts::123456789012:federated-user/bob");
    assert_eq!(fed.kind, PrincipalKind::FederatedUser);
    let d = decide_with(&s, &fed, None, false, "s3:PutObject", obj);
    assert_eq!(
        (d.outcome, d.missing),
        (Outcome::ImplicitDeny, Some(MissingAllow::Session))
    );
}

#[test]
fn cross_account_needs_both_sides() {
    let p = alice();
    let obj = "arn:aws:s3:::b/k";
    let other = "210987654321";
    let to_account = bucket_policy(r#"{"AWS":"123456789012"}"#);
    let to_user = bucket_policy(&format!(r#"{{"AWS":"{}"}}"#, user_arn("alice")));
    for rp in [&to_account, &to_user] {
        let s = sets(&[], None, None, Some(rp));
        let d = decide_with(&s, &p, Some(other), false, "s3:GetObject", obj);
        assert_eq!(
            (d.outcome, d.missing),
            (Outcome::ImplicitDeny, Some(MissingAllow::Identity))
        );
        let s = sets(&[&allow("s3:*", "*")], None, None, Some(rp));
        assert_eq!(
            decide_with(&s, &p, Some(other), false, "s3:GetObject", obj).outcome,
            Outcome::Allowed
        );
    }
    // Identity alone does not reach another account's resource.
    let s = sets(&[&allow("s3:*", "*")], None, None, None);
    let d = decide_with(&s, &p, Some(other), false, "s3:GetObject", obj);
    assert_eq!(
        (d.outcome, d.missing),
        (Outcome::ImplicitDeny, Some(MissingAllow::Resource))
    );
}

#[test]
fn trust_policies_must_allow_explicitly() {
    let role = "arn:aws:iam::123456789012:role/admin";
    let p = alice();
    let trust_mfa = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#;
    let trust = set(&[trust_mfa], PolicyKind::Trust);
    let identity = set(&[&allow("sts:AssumeRole", "*")], PolicyKind::Identity);
    let auth = Authorization {
        principal: &p,
        identity: &identity,
        boundary: None,
        session: None,
        resource_policy: Some(&trust),
        resource_owner: Some(ACCOUNT),
        trust: true,
    };
    let action = Action::parse("sts:AssumeRole").unwrap();
    let with = user_context("alice", Some(true));
    let without = user_context("alice", None);
    assert_eq!(
        auth.decide(&Request {
            action: &action,
            resource: role,
            context: &with
        })
        .outcome,
        Outcome::Allowed
    );
    let d = auth.decide(&Request {
        action: &action,
        resource: role,
        context: &without,
    });
    assert_eq!(
        (d.outcome, d.missing),
        (Outcome::ImplicitDeny, Some(MissingAllow::Resource))
    );
}

#[test]
fn root_is_allowed_in_its_account_except_resource_denies() {
    let root = Principal::from_arn("arn:aws:iam::123456789012:root");
    assert_eq!(root.kind, PrincipalKind::Root);
    let s = sets(&[&deny("*", "*")], Some(&[&allow("s3:*", "*")]), None, None);
    assert_eq!(
        decide_with(&s, &root, None, false, "iam:DeleteUser", &user_arn("bob")).outcome,
        Outcome::Allowed
    );
    let deny_all = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}"#;
    let s = sets(&[], None, None, Some(deny_all));
    assert_eq!(
        decide_with(
            &s,
            &root,
            Some(ACCOUNT),
            false,
            "s3:GetObject",
            "arn:aws:s3:::b/k"
        )
        .outcome,
        Outcome::ExplicitDeny
    );
}

#[test]
fn not_principal_deny_always_denies_principals_with_a_boundary() {
    let p = alice();
    let rp = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","NotPrincipal":{{"AWS":["{}","arn:aws:iam::123456789012:root"]}},"Action":"s3:*","Resource":"*"}},{{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}}]}}"#,
        user_arn("alice")
    );
    let obj = "arn:aws:s3:::b/k";
    let all = allow("*", "*");
    let s = sets(&[&all], None, None, Some(&rp));
    assert_eq!(
        decide_with(&s, &p, Some(ACCOUNT), false, "s3:GetObject", obj).outcome,
        Outcome::Allowed
    );
    let bob = Principal::from_arn(&user_arn("bob"));
    assert_eq!(
        decide_with(&s, &bob, Some(ACCOUNT), false, "s3:GetObject", obj).outcome,
        Outcome::ExplicitDeny
    );
    let s = sets(&[&all], Some(&[&all]), None, Some(&rp));
    assert_eq!(
        decide_with(&s, &p, Some(ACCOUNT), false, "s3:GetObject", obj).outcome,
        Outcome::ExplicitDeny
    );
}

#[test]
fn reasons_list_each_matching_statement_once() {
    // A statement naming an action twice, and one with a wildcard and an exact name of the same
    // service, are each reported once.
    let doc = r#"{"Version":"2012-10-17","Statement":[
        {"Sid":"A","Effect":"Allow","Action":["iam:GetUser","IAM:getuser"],"Resource":"*"},
        {"Sid":"B","Effect":"Allow","Action":["iam:Get*","iam:GetUser","s3:GetObject"],"Resource":"*"},
        {"Sid":"C","Effect":"Allow","NotAction":"s3:*","Resource":"*"},
        {"Sid":"D","Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
    let d = decide_identity(
        &[doc],
        &alice(),
        "iam:GetUser",
        &user_arn("alice"),
        &user_context("alice", None),
    );
    let mut got: Vec<u32> = d.reasons.iter().map(|r| r.statement).collect();
    got.sort_unstable();
    assert_eq!(got, [0, 1, 2]);
}
