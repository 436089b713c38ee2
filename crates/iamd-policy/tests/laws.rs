//! Laws of evaluation, checked over generated policies and requests:
//! an explicit Deny always wins; statement and policy order never change a decision; adding
//! a Deny never turns a denial into an allow; NotAction is the complement of Action.
#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]

pub mod common;

use common::*;
use iamd_policy::*;
use proptest::prelude::*;

const ACTIONS: &[&str] = &[
    "iam:GetUser",
    "iam:ChangePassword",
    "iam:CreateAccessKey",
    "iam:ListUsers",
    "iam:EnableMFADevice",
    "s3:GetObject",
    "sts:GetSessionToken",
];
const ACTION_PATTERNS: &[&str] = &[
    "iam:GetUser",
    "iam:ChangePassword",
    "iam:CreateAccessKey",
    "iam:ListUsers",
    "iam:Get*",
    "iam:*AccessKey*",
    "iam:?etUser",
    "iam:*",
    "s3:*",
    "*",
    "sts:GetSessionToken",
    "IAM:getuser",
];
const RESOURCES: &[&str] = &[
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:iam::123456789012:user/bob",
    "arn:aws:iam::123456789012:mfa/alice",
    "*",
    "arn:aws:s3:::b/k",
];
const RESOURCE_PATTERNS: &[&str] = &[
    "*",
    "arn:aws:iam::*:user/${aws:username}",
    "arn:aws:iam::123456789012:user/*",
    "arn:aws:iam::*:mfa/*",
    "arn:aws:iam::*",
    "arn:aws:s3:::b/*",
    "arn:aws:iam::123456789012:user/bob",
];
const CONDITIONS: &[&str] = &[
    "",
    r#","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}"#,
    r#","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#,
    r#","Condition":{"StringEquals":{"aws:username":"alice"}}"#,
    r#","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}"#,
    r#","Condition":{"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"}}"#,
    r#","Condition":{"Null":{"aws:MultiFactorAuthPresent":"true"}}"#,
];

#[derive(Debug, Clone)]
struct Stmt {
    deny: bool,
    not_action: bool,
    actions: Vec<usize>,
    resources: Vec<usize>,
    condition: usize,
}

impl Stmt {
    fn json(&self) -> String {
        let list = |idx: &[usize], from: &[&str]| {
            idx.iter()
                .map(|i| format!("\"{}\"", from[*i]))
                .collect::<Vec<_>>()
                .join(",")
        };
        format!(
            r#"{{"Effect":"{}","{}":[{}],"Resource":[{}]{}}}"#,
            if self.deny { "Deny" } else { "Allow" },
            if self.not_action {
                "NotAction"
            } else {
                "Action"
            },
            list(&self.actions, ACTION_PATTERNS),
            list(&self.resources, RESOURCE_PATTERNS),
            CONDITIONS[self.condition]
        )
    }
}

fn doc(stmts: &[Stmt]) -> String {
    let body: Vec<String> = stmts.iter().map(Stmt::json).collect();
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{}]}}"#,
        body.join(",")
    )
}

fn stmt() -> impl Strategy<Value = Stmt> {
    (
        any::<bool>(),
        prop::bool::weighted(0.2),
        prop::collection::vec(0..ACTION_PATTERNS.len(), 1..3),
        prop::collection::vec(0..RESOURCE_PATTERNS.len(), 1..3),
        0..CONDITIONS.len(),
    )
        .prop_map(|(deny, not_action, actions, resources, condition)| Stmt {
            deny,
            not_action,
            actions,
            resources,
            condition,
        })
}

fn policies() -> impl Strategy<Value = Vec<Vec<Stmt>>> {
    prop::collection::vec(prop::collection::vec(stmt(), 1..4), 0..4)
}

#[derive(Debug, Clone)]
struct Req {
    action: usize,
    resource: usize,
    mfa: Option<bool>,
    user: bool,
}

fn req() -> impl Strategy<Value = Req> {
    (
        0..ACTIONS.len(),
        0..RESOURCES.len(),
        prop::option::of(any::<bool>()),
        any::<bool>(),
    )
        .prop_map(|(action, resource, mfa, user)| Req {
            action,
            resource,
            mfa,
            user,
        })
}

fn decide(policies: &[Vec<Stmt>], r: &Req) -> Outcome {
    let docs: Vec<String> = policies.iter().map(|p| doc(p)).collect();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    let name = if r.user { "alice" } else { "bob" };
    decide_identity(
        &refs,
        &Principal::from_arn(&user_arn(name)),
        ACTIONS[r.action],
        RESOURCES[r.resource],
        &user_context(name, r.mfa),
    )
    .outcome
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn an_explicit_deny_always_wins(ps in policies(), extra in stmt(), r in req()) {
        let mut d = extra.clone();
        d.deny = true;
        let mut as_allow = d.clone();
        as_allow.deny = false;
        // The Deny statement applies exactly when the same statement as an Allow would allow.
        let applies = decide(&[vec![as_allow]], &r) == Outcome::Allowed;
        let mut with = ps.clone();
        with.push(vec![d]);
        if applies {
            prop_assert_eq!(decide(&with, &r), Outcome::ExplicitDeny);
        }
    }

    #[test]
    fn order_never_changes_a_decision(ps in policies(), r in req(), seed in any::<u64>()) {
        let before = decide(&ps, &r);
        let mut shuffled = ps.clone();
        shuffled.reverse();
        for (i, p) in shuffled.iter_mut().enumerate() {
            let k = (seed as usize).wrapping_add(i) % p.len().max(1);
            p.rotate_left(k);
            p.reverse();
        }
        prop_assert_eq!(decide(&shuffled, &r), before);
        // Splitting statements across policies or merging them does not matter either.
        let merged: Vec<Stmt> = ps.iter().flatten().cloned().collect();
        let merged = if merged.is_empty() { vec![] } else { vec![merged] };
        prop_assert_eq!(decide(&merged, &r), before);
    }

    #[test]
    fn adding_a_deny_never_grants(ps in policies(), extra in stmt(), r in req()) {
        let before = decide(&ps, &r);
        let mut d = extra;
        d.deny = true;
        let mut with = ps;
        with.push(vec![d]);
        let after = decide(&with, &r);
        if before != Outcome::Allowed {
            prop_assert_ne!(after, Outcome::Allowed);
        }
        if before == Outcome::ExplicitDeny {
            prop_assert_eq!(after, Outcome::ExplicitDeny);
        }
    }

    #[test]
    fn not_action_is_the_complement_of_action(
        actions in prop::collection::vec(0..ACTION_PATTERNS.len(), 1..4),
        service in "(iam|s3|sts|ec2|IAM)",
        name in "(Get|List|Create|Change)?(User|Password|AccessKey|Object|SessionToken|x)s?",
    ) {
        let action = format!("{service}:{name}");
        let mk = |not_action| doc(&[Stmt { deny: false, not_action, actions: actions.clone(), resources: vec![0], condition: 0 }]);
        let principal = Principal::from_arn(&user_arn("alice"));
        let ctx = user_context("alice", None);
        let with_action = decide_identity(&[&mk(false)], &principal, &action, "*", &ctx).outcome == Outcome::Allowed;
        let with_not_action = decide_identity(&[&mk(true)], &principal, &action, "*", &ctx).outcome == Outcome::Allowed;
        prop_assert_ne!(with_action, with_not_action);
    }
}
