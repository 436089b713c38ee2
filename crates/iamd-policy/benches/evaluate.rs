//! Engine benchmarks (divan). Run: `cargo bench -p iamd-policy --bench evaluate`.
//! Figures and the machine they came from: docs/benchmarks.md.
#![expect(
    clippy::expect_used,
    reason = "benchmark set-up fails loudly on bad input"
)]

use std::sync::Arc;

use divan::{Bencher, black_box};
use iamd_policy::*;

fn main() {
    divan::main();
}

const S5: &str = include_str!("../tests/data/s5.json");
const ACCOUNT: &str = "123456789012";

fn set_of(docs: &[String]) -> PolicySet {
    PolicySet::new(docs.iter().enumerate().map(|(i, d)| {
        (
            PolicySource {
                id: format!("p{i}"),
                source_type: SourceType::None,
            },
            Arc::new(parse_policy(d, PolicyKind::Identity).expect("benchmark policy parses")),
        )
    }))
}

fn user_context(mfa: Option<bool>) -> RequestContext {
    let mut c = RequestContext::new();
    for (k, v) in [
        ("aws:username", "alice"),
        ("aws:userid", "AIDACKCEVSQ6C2EXAMPLE"),
        ("aws:PrincipalArn", "arn:aws:iam::123456789012:user/alice"),
        ("aws:PrincipalAccount", ACCOUNT),
        ("aws:PrincipalType", "User"),
        ("aws:SourceIp", "203.0.113.7"),
        ("aws:CurrentTime", "2026-11-22T12:00:00Z"),
        ("aws:EpochTime", "1795348800"),
        ("aws:SecureTransport", "true"),
        ("aws:RequestedRegion", "us-east-1"),
    ] {
        c.insert(k, v);
    }
    if let Some(m) = mfa {
        c.insert("aws:MultiFactorAuthPresent", m.to_string());
    }
    c
}

/// Six typical requests against the S5 policy: (action, resource, MFA).
const S5_REQUESTS: [(&str, &str, Option<bool>); 6] = [
    (
        "iam:ChangePassword",
        "arn:aws:iam::123456789012:user/alice",
        Some(true),
    ),
    (
        "iam:ChangePassword",
        "arn:aws:iam::123456789012:user/alice",
        Some(false),
    ),
    (
        "iam:CreateAccessKey",
        "arn:aws:iam::123456789012:user/alice",
        None,
    ),
    (
        "iam:EnableMFADevice",
        "arn:aws:iam::123456789012:user/alice",
        Some(false),
    ),
    ("iam:ListVirtualMFADevices", "*", Some(true)),
    (
        "iam:CreateAccessKey",
        "arn:aws:iam::123456789012:user/bob",
        Some(true),
    ),
];

#[divan::bench(args = 0..6)]
fn s5_decision(bencher: Bencher, i: usize) {
    let identity = set_of(&[S5.to_string()]);
    let principal = Principal::from_arn("arn:aws:iam::123456789012:user/alice");
    let (action, resource, mfa) = S5_REQUESTS[i];
    let action = Action::parse(action).expect("action");
    let context = user_context(mfa);
    let auth = Authorization {
        principal: &principal,
        identity: &identity,
        boundary: None,
        session: None,
        resource_policy: None,
        resource_owner: None,
        trust: false,
    };
    bencher.bench_local(|| {
        auth.decide(black_box(&Request {
            action: &action,
            resource,
            context: &context,
        }))
    });
}

/// A policy of `n` statements, each with a condition. `shared_action`: every statement names
/// `iam:GetUser` (all can match the request); otherwise each names its own action.
fn many_statements(n: usize, shared_action: bool) -> String {
    let stmts: Vec<String> = (0..n)
        .map(|i| {
            let action = if shared_action { "iam:GetUser".to_string() } else { format!("svc{}:Action{i}", i % 10) };
            format!(
                r#"{{"Sid":"S{i}","Effect":"Allow","Action":"{action}","Resource":"arn:aws:iam::*:user/team{i}/*",
                   "Condition":{{"StringEquals":{{"aws:PrincipalTag/team":"t{i}"}},"IpAddress":{{"aws:SourceIp":"10.{}.0.0/16"}}}}}}"#,
                i % 250
            )
        })
        .collect();
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{}]}}"#,
        stmts.join(",")
    )
}

/// Cost per decision against `n` statements of which none (`false`) or all (`true`) can
/// match the action: the index keeps the first flat as `n` grows.
#[divan::bench(args = [10, 100, 1000], consts = [false, true])]
fn statements<const ALL_MATCH_ACTION: bool>(bencher: Bencher, n: usize) {
    let identity = set_of(&[many_statements(n, ALL_MATCH_ACTION)]);
    let principal = Principal::from_arn("arn:aws:iam::123456789012:user/alice");
    let action = Action::parse("iam:GetUser").expect("action");
    let context = user_context(None);
    let auth = Authorization {
        principal: &principal,
        identity: &identity,
        boundary: None,
        session: None,
        resource_policy: None,
        resource_owner: None,
        trust: false,
    };
    let resource = "arn:aws:iam::123456789012:user/team7/alice";
    bencher.bench_local(|| {
        auth.decide(black_box(&Request {
            action: &action,
            resource,
            context: &context,
        }))
    });
}

/// A managed policy of about 6 KB (IAM's limit is 6,144 non-whitespace characters).
fn six_kb_policy() -> String {
    let mut stmts = Vec::new();
    let mut i = 0;
    loop {
        stmts.push(format!(
            r#"{{"Sid":"Stmt{i}","Effect":"{}","Action":["iam:Get*","iam:List*","iam:CreateAccessKey"],"Resource":["arn:aws:iam::*:user/${{aws:username}}","arn:aws:iam::*:mfa/*"],"Condition":{{"BoolIfExists":{{"aws:MultiFactorAuthPresent":"true"}},"IpAddress":{{"aws:SourceIp":["203.0.113.0/24","2001:db8::/32"]}},"DateLessThan":{{"aws:CurrentTime":"2027-01-01T00:00:00Z"}}}}}}"#,
            if i % 3 == 0 { "Deny" } else { "Allow" }
        ));
        i += 1;
        let doc = format!(
            r#"{{"Version":"2012-10-17","Statement":[{}]}}"#,
            stmts.join(",")
        );
        if doc.len() >= 6000 {
            return doc;
        }
    }
}

#[divan::bench]
fn parse_validate_compile_6kb(bencher: Bencher) {
    let doc = six_kb_policy();
    assert!(doc.len() <= 6144 + 200, "{}", doc.len());
    bencher
        .counter(divan::counter::BytesCount::of_str(&doc))
        .bench(|| parse_policy(black_box(&doc), PolicyKind::Identity).expect("parses"));
}
