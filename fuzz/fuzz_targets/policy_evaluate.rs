//! Policies from a small grammar, evaluated against random requests.
//!
//! The fuzzer's bytes choose policies (effects, actions and `NotAction` from a vocabulary with
//! wildcards, resources with variables and short ARNs, principals, conditions with every
//! operator form and values with variables), where each policy is attached (identity,
//! boundary, session, resource or trust policy), the caller, and a request (action, resource,
//! context entries including lists). Each policy is written as JSON and parsed; a policy that
//! does not parse is left out. The request is then decided with `decide` and with
//! `decide_observed` and a `Trace`.
//!
//! Checks: nothing panics; both paths reach the same decision; an explicit deny gives only
//! Deny statements as reasons, an allow gives Allow statements (at least one, except for the
//! root user in its own account, which needs no policy), an implicit deny gives none and names
//! the missing kind of policy; every statement a reason or the trace points at exists in the
//! policy set of its role; the trace's missing keys include every condition key it saw absent,
//! and `MissingKeys` reports the same keys as `Trace`.

#![no_main]

use std::sync::Arc;

use arbitrary::{Arbitrary, Unstructured};
use iamd_policy::{
    Action, Authorization, BASE_OPERATORS, BaseOperator, Decision, Effect, MissingKeys, Outcome,
    PolicyKind, PolicySet, PolicySource, Principal, PrincipalKind, Request, RequestContext, Role,
    SourceType, StatementRef, Trace, parse_policy,
};
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value, json};

const ACTION_PATTERNS: &[&str] = &[
    "*",
    "iam:*",
    "iam:?et*",
    "iam:Get*",
    "iam:GetUser",
    "iam:getuser",
    "IAM:GetUser",
    "iam:ChangePassword",
    "iam:List*",
    "iam:*User*",
    "iam:CreateUser",
    "iam:Get?ser",
    "iam:*Password",
    "s3:GetObject",
    "s3:*",
    "s?:Get*",
    "*:Get*",
    "*:*",
    "sts:AssumeRole",
    "sts:*",
    "ec2:Describe*",
    "i*m:*",
    "iam:Get-Thing_x",
];

const REQUEST_ACTIONS: &[&str] = &[
    "iam:GetUser",
    "iam:ChangePassword",
    "iam:ListUsers",
    "iam:CreateUser",
    "iam:GetAccountPasswordPolicy",
    "iam:SetDefaultPolicyVersion",
    "iam:Get",
    "IAM:GETUSER",
    "iam:Get-Thing_x",
    "s3:GetObject",
    "s3:PutObject",
    "sts:AssumeRole",
    "ec2:DescribeInstances",
    "sqs:SendMessage",
];

const RESOURCE_PATTERNS: &[&str] = &[
    "*",
    "arn:aws:iam::*:user/${aws:username}",
    "arn:aws:iam::*",
    "arn:aws:iam::123456789012:*",
    "arn:aws:iam::123456789012:user/*",
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:iam::*:user/${aws:username}/*",
    "arn:aws:iam::*:user/${AWS:UserName}",
    "arn:aws:iam::*:role/${aws:PrincipalTag/team, 'default'}",
    "arn:aws:iam::*:user/${*}",
    "arn:aws:iam::*:user/a${?}${$}",
    "arn:aws:iam::${aws:PrincipalAccount}:user/*",
    "arn:aws:iam::*:user/${aws:TagKeys}",
    "arn:aws:iam::*:user/${aws:userid",
    "arn:*:iam::*:user/?lice",
    "arn:aws:s3:::bucket/*",
    "arn:aws:s3:*",
    "arn:aws:s3:::bucket/${aws:username}/*",
    "arn:aws:*:*:*:*",
    "arn:aws:sts::*:assumed-role/*",
];

const REQUEST_RESOURCES: &[&str] = &[
    "*",
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:iam::123456789012:user/bob",
    "arn:aws:iam::123456789012:user/division_abc/alice",
    "arn:aws:iam::123456789012:user/*",
    "arn:aws:iam::123456789012:user/a*$",
    "arn:aws:iam::123456789012:role/default",
    "arn:aws:iam::123456789012:role/red",
    "arn:aws:iam::123456789012:mfa/alice",
    "arn:aws:iam::999999999999:user/alice",
    "arn:aws:s3:::bucket/alice/key",
    "arn:aws:s3:::bucket",
    "arn:aws:sts::123456789012:assumed-role/admin/s",
    "arn:aws:iam",
    "arn:aws:iam::123456789012",
    "",
];

const PRINCIPAL_NAMES: &[&str] = &[
    "*",
    "123456789012",
    "999999999999",
    "arn:aws:iam::123456789012:root",
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:iam::123456789012:user/division_abc/alice",
    "arn:aws:iam::123456789012:role/admin",
    "arn:aws:sts::123456789012:assumed-role/admin/session",
    "arn:aws:sts::123456789012:federated-user/bob",
    "arn:aws:iam::999999999999:user/carol",
    "AIDACKCEVSQ6C2EXAMPLE",
];

const SERVICE_NAMES: &[&str] = &["ec2.amazonaws.com", "lambda.amazonaws.com"];

const CALLER_ARNS: &[&str] = &[
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:iam::123456789012:user/division_abc/alice",
    "arn:aws:iam::123456789012:root",
    "arn:aws:sts::123456789012:assumed-role/admin/session",
    "arn:aws:sts::123456789012:federated-user/bob",
    "arn:aws:iam::999999999999:user/carol",
    "arn:aws:iam::999999999999:root",
    "not-an-arn",
];

const CONDITION_KEYS: &[&str] = &[
    "aws:username",
    "AWS:UserName",
    "aws:userid",
    "aws:SourceIp",
    "aws:CurrentTime",
    "aws:EpochTime",
    "aws:MultiFactorAuthPresent",
    "aws:MultiFactorAuthAge",
    "aws:SecureTransport",
    "aws:TagKeys",
    "aws:PrincipalTag/team",
    "aws:PrincipalTag/Team",
    "aws:PrincipalArn",
    "aws:PrincipalAccount",
    "aws:RequestTag/env",
    "aws:SourceArn",
    "iam:PermissionsBoundary",
    "iam:AWSServiceName",
    "s3:prefix",
];

const VALUES: &[&str] = &[
    "alice",
    "bob",
    "ALICE",
    "",
    " ",
    "*",
    "al*",
    "?lice",
    "a*$",
    "${aws:username}",
    "${AWS:USERNAME}",
    "${aws:PrincipalTag/team, 'red'}",
    "${aws:PrincipalTag/team,'red'}",
    "${aws:userid}",
    "${aws:TagKeys}",
    "${aws:MultiFactorAuthPresent}",
    "${*}",
    "${?}",
    "${$}",
    "${",
    "${}",
    "}${",
    "user/${aws:username}/*",
    "true",
    "false",
    "TRUE",
    " false ",
    "1",
    "0",
    "-1.5",
    "+2",
    "3600",
    "1e3",
    ".5",
    "99999999999999999999999999999",
    "2026-11-22T15:00:00Z",
    "2026-11-22T15:00:00.123+02:00",
    "2026-11-22",
    "2026-02-30",
    "1700000000",
    "10.0.0.1",
    "10.0.0.0/8",
    "10.0.0.0/33",
    "0.0.0.0/0",
    "203.0.113.0/24",
    "::1",
    "2001:db8::/32",
    "::ffff:10.0.0.1",
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:iam::*:user/*",
    "arn:aws:iam::*:user/${aws:username}",
    "arn:aws:iam::*",
    "arn:aws:iam::${aws:PrincipalAccount}:root",
    "arn:aws:sts::123456789012:assumed-role/admin/session",
    "arn:aws",
    "QUJD",
    "QUJD=",
    "QUI=",
    "red",
    "team",
    "a",
    "b",
    "é",
];

const NUMBERS: &[&str] = &[
    "1",
    "0",
    "-1.5",
    "+2",
    "3600",
    "1e3",
    ".5",
    "007",
    "99999999999999999999999999999",
];

const DATES: &[&str] = &[
    "2026-11-22T15:00:00Z",
    "2026-11-22T15:00:00.123+02:00",
    "2026-11-22T15:00:00",
    "2026-11-22",
    "1700000000",
    "1700000000.5",
    "0",
];

const BOOLS: &[&str] = &[
    "true",
    "false",
    "TRUE",
    " false ",
    "${aws:MultiFactorAuthPresent}",
    "${aws:username}",
];

const BINARIES: &[&str] = &["QUJD", "QUI=", "", "AA=="];

const IPS: &[&str] = &[
    "10.0.0.1",
    "10.0.0.0/8",
    "0.0.0.0/0",
    "203.0.113.0/24",
    "203.0.113.7/32",
    "::1",
    "::/0",
    "2001:db8::/32",
    "::ffff:10.0.0.1",
    "::ffff:10.0.0.0/104",
];

const ARNS: &[&str] = &[
    "*",
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:iam::*:user/*",
    "arn:aws:iam::*:user/${aws:username}",
    "arn:aws:iam::*",
    "arn:aws:iam::${aws:PrincipalAccount}:root",
    "arn:${aws:partition, 'aws'}:iam::*:role/?dmin",
    "arn:aws:sts::123456789012:assumed-role/admin/session",
];

const NULLS: &[&str] = &["true", "false"];

/// Where a policy is attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Identity,
    Boundary,
    Session,
    Resource,
}

#[derive(Debug)]
struct PolicyCase {
    slot: Slot,
    kind: PolicyKind,
    text: String,
}

#[derive(Debug)]
enum ContextEntry {
    Single(String, String),
    List(String, Vec<String>),
}

#[derive(Debug)]
struct Case {
    policies: Vec<PolicyCase>,
    has_boundary: bool,
    has_session: bool,
    has_resource: bool,
    trust: bool,
    resource_owner: Option<&'static str>,
    caller: Principal,
    action: String,
    resource: String,
    context: Vec<ContextEntry>,
}

/// True with probability `n / d`; false once the input is used up, so that short inputs give
/// the plainest cases.
fn sometimes(u: &mut Unstructured<'_>, n: u8, d: u8) -> arbitrary::Result<bool> {
    Ok(u.int_in_range(1..=d)? > d - n)
}

/// A word from `vocab`, or now and then (one time in `d`) any string.
fn word_or_any(u: &mut Unstructured<'_>, vocab: &[&str], d: u8) -> arbitrary::Result<String> {
    if sometimes(u, 1, d)? {
        Ok(String::arbitrary(u)?)
    } else {
        Ok((*u.choose(vocab)?).to_string())
    }
}

/// A word from `vocab`, rarely any string (for names that must be well-formed).
fn word(u: &mut Unstructured<'_>, vocab: &[&str]) -> arbitrary::Result<String> {
    word_or_any(u, vocab, 64)
}

/// A value from `vocab`, now and then any string.
fn value(u: &mut Unstructured<'_>, vocab: &[&str]) -> arbitrary::Result<String> {
    word_or_any(u, vocab, 16)
}

/// Between `min` and `max` items.
fn count(u: &mut Unstructured<'_>, min: u32, max: u32) -> arbitrary::Result<usize> {
    Ok(u.int_in_range(min..=max)? as usize)
}

/// One string, or a list of one or more.
fn one_or_list(u: &mut Unstructured<'_>, vocab: &[&str]) -> arbitrary::Result<Value> {
    if u.arbitrary()? {
        Ok(Value::String(word(u, vocab)?))
    } else {
        let n = count(u, 1, 3)?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(Value::String(word(u, vocab)?));
        }
        Ok(Value::Array(items))
    }
}

/// A full operator name, and the values its type reads.
fn operator(u: &mut Unstructured<'_>) -> arbitrary::Result<(String, &'static [&'static str])> {
    use BaseOperator as B;
    let (base, name) = *u.choose(&BASE_OPERATORS)?;
    let vocab: &'static [&'static str] = match base {
        B::NumericEquals
        | B::NumericNotEquals
        | B::NumericLessThan
        | B::NumericLessThanEquals
        | B::NumericGreaterThan
        | B::NumericGreaterThanEquals => NUMBERS,
        B::DateEquals
        | B::DateNotEquals
        | B::DateLessThan
        | B::DateLessThanEquals
        | B::DateGreaterThan
        | B::DateGreaterThanEquals => DATES,
        B::Bool => BOOLS,
        B::BinaryEquals => BINARIES,
        B::IpAddress | B::NotIpAddress => IPS,
        B::ArnEquals | B::ArnLike | B::ArnNotEquals | B::ArnNotLike => ARNS,
        B::Null => NULLS,
        _ => VALUES,
    };
    if base == B::Null {
        return Ok((name.to_string(), vocab));
    }
    let set = match u.int_in_range(0..=2u8)? {
        0 => "",
        1 => "ForAllValues:",
        _ => "ForAnyValue:",
    };
    let if_exists = if u.arbitrary()? { "IfExists" } else { "" };
    Ok((format!("{set}{name}{if_exists}"), vocab))
}

/// A condition value: mostly one that `vocab`'s type reads, sometimes anything.
fn condition_value(u: &mut Unstructured<'_>, vocab: &[&str]) -> arbitrary::Result<Value> {
    Ok(match u.int_in_range(0..=31u8)? {
        27 => json!(i64::arbitrary(u)?),
        28 => json!(u.int_in_range(-5..=5i64)?),
        29 => json!(bool::arbitrary(u)?),
        30 => {
            let f = f64::arbitrary(u)?;
            if f.is_finite() { json!(f) } else { json!(0.5) }
        }
        31 => Value::String(value(u, VALUES)?),
        _ => Value::String(value(u, vocab)?),
    })
}

fn conditions(u: &mut Unstructured<'_>) -> arbitrary::Result<Value> {
    let mut block = Map::new();
    for _ in 0..count(u, 1, 3)? {
        let (name, vocab) = operator(u)?;
        let mut keys = Map::new();
        for _ in 0..count(u, 1, 2)? {
            let value = if u.arbitrary()? {
                condition_value(u, vocab)?
            } else {
                let n = count(u, 1, 3)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(condition_value(u, vocab)?);
                }
                Value::Array(items)
            };
            keys.insert(word(u, CONDITION_KEYS)?, value);
        }
        block.insert(name, Value::Object(keys));
    }
    Ok(Value::Object(block))
}

fn principal_element(u: &mut Unstructured<'_>) -> arbitrary::Result<Value> {
    if sometimes(u, 1, 6)? {
        return Ok(json!("*"));
    }
    let mut p = Map::new();
    if sometimes(u, 3, 4)? {
        p.insert("AWS".into(), one_or_list(u, PRINCIPAL_NAMES)?);
    }
    if p.is_empty() || sometimes(u, 1, 4)? {
        p.insert("Service".into(), one_or_list(u, SERVICE_NAMES)?);
    }
    Ok(Value::Object(p))
}

fn statement(u: &mut Unstructured<'_>, kind: PolicyKind, index: usize) -> arbitrary::Result<Value> {
    let mut s = Map::new();
    if sometimes(u, 1, 4)? {
        s.insert("Sid".into(), json!(format!("S{index}")));
    }
    let effect = if u.arbitrary()? { "Allow" } else { "Deny" };
    s.insert("Effect".into(), json!(effect));
    if matches!(kind, PolicyKind::Resource | PolicyKind::Trust) {
        let negated = kind == PolicyKind::Resource && sometimes(u, 1, 5)?;
        let key = if negated { "NotPrincipal" } else { "Principal" };
        s.insert(key.into(), principal_element(u)?);
    }
    let key = if sometimes(u, 1, 4)? {
        "NotAction"
    } else {
        "Action"
    };
    s.insert(key.into(), one_or_list(u, ACTION_PATTERNS)?);
    if kind != PolicyKind::Trust {
        let key = if sometimes(u, 1, 6)? {
            "NotResource"
        } else {
            "Resource"
        };
        s.insert(key.into(), one_or_list(u, RESOURCE_PATTERNS)?);
    }
    if sometimes(u, 2, 3)? {
        s.insert("Condition".into(), conditions(u)?);
    }
    Ok(Value::Object(s))
}

fn policy(u: &mut Unstructured<'_>, slot: Slot, trust: bool) -> arbitrary::Result<PolicyCase> {
    let kind = match slot {
        Slot::Identity => PolicyKind::Identity,
        Slot::Boundary => PolicyKind::Boundary,
        Slot::Session => PolicyKind::Session,
        Slot::Resource if trust => PolicyKind::Trust,
        Slot::Resource => PolicyKind::Resource,
    };
    let mut doc = Map::new();
    match u.int_in_range(0..=7u8)? {
        6 => {}
        7 => {
            doc.insert("Version".into(), json!("2008-10-17"));
        }
        _ => {
            doc.insert("Version".into(), json!("2012-10-17"));
        }
    }
    let n = count(u, 1, 4)?;
    let mut statements = Vec::with_capacity(n);
    for i in 0..n {
        statements.push(statement(u, kind, i)?);
    }
    let statement = if n == 1 && u.arbitrary()? {
        statements.pop().unwrap_or(Value::Null)
    } else {
        Value::Array(statements)
    };
    doc.insert("Statement".into(), statement);
    let doc = Value::Object(doc);
    let text = if u.arbitrary()? {
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string(&doc)
    }
    .map_err(|_| arbitrary::Error::IncorrectFormat)?;
    Ok(PolicyCase { slot, kind, text })
}

fn caller(u: &mut Unstructured<'_>) -> arbitrary::Result<Principal> {
    Ok(match u.int_in_range(0..=9u8)? {
        8 => Principal {
            kind: PrincipalKind::Service,
            arn: String::new(),
            account: String::new(),
            role_arn: None,
            service: Some((*u.choose(SERVICE_NAMES)?).to_string()),
        },
        9 => Principal {
            kind: PrincipalKind::Anonymous,
            arn: String::new(),
            account: String::new(),
            role_arn: None,
            service: None,
        },
        _ => Principal::from_arn(u.choose(CALLER_ARNS)?),
    })
}

impl<'a> Arbitrary<'a> for Case {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let has_boundary = sometimes(u, 1, 4)?;
        let has_session = sometimes(u, 1, 4)?;
        let has_resource = sometimes(u, 1, 3)?;
        let trust = has_resource && sometimes(u, 1, 4)?;
        let resource_owner = if sometimes(u, 1, 4)? {
            Some(*u.choose(&["123456789012", "999999999999"])?)
        } else {
            None
        };
        let mut slots = vec![Slot::Identity];
        if has_boundary {
            slots.push(Slot::Boundary);
        }
        if has_session {
            slots.push(Slot::Session);
        }
        if has_resource {
            slots.push(Slot::Resource);
        }
        let mut policies = Vec::new();
        for _ in 0..count(u, 1, 4)? {
            let slot = *u.choose(&slots)?;
            policies.push(policy(u, slot, trust)?);
        }
        let caller = caller(u)?;
        let action = word(u, REQUEST_ACTIONS)?;
        let resource = word(u, REQUEST_RESOURCES)?;
        let mut context = Vec::new();
        for _ in 0..count(u, 0, 8)? {
            let key = word(u, CONDITION_KEYS)?;
            let vocab = *u.choose(&[VALUES, NUMBERS, DATES, BOOLS, BINARIES, IPS, ARNS])?;
            if sometimes(u, 1, 4)? {
                let mut values = Vec::new();
                for _ in 0..count(u, 0, 3)? {
                    values.push(value(u, vocab)?);
                }
                context.push(ContextEntry::List(key, values));
            } else {
                context.push(ContextEntry::Single(key, value(u, vocab)?));
            }
        }
        Ok(Case {
            policies,
            has_boundary,
            has_session,
            has_resource,
            trust,
            resource_owner,
            caller,
            action,
            resource,
            context,
        })
    }
}

fn set_for<'s>(auth: &Authorization<'s>, role: Role) -> Option<&'s PolicySet> {
    match role {
        Role::Identity => Some(auth.identity),
        Role::Boundary => auth.boundary,
        Role::Session => auth.session,
        Role::Resource => auth.resource_policy,
    }
}

fn effect_of(auth: &Authorization<'_>, at: StatementRef) -> Effect {
    let Some(set) = set_for(auth, at.role) else {
        panic!("{at:?} points at a role with no policy set");
    };
    let Some((_, statement)) = set.get(at.policy, at.statement) else {
        panic!("{at:?} points at no statement");
    };
    statement.effect()
}

fn check(auth: &Authorization<'_>, decision: &Decision, own_account: bool) {
    match decision.outcome {
        Outcome::ExplicitDeny => {
            assert!(
                !decision.reasons.is_empty(),
                "explicitDeny without reasons: {decision:?}"
            );
            for r in &decision.reasons {
                assert_eq!(
                    effect_of(auth, *r),
                    Effect::Deny,
                    "explicitDeny reason {r:?} is not a Deny statement"
                );
            }
            assert_eq!(
                decision.missing, None,
                "explicitDeny names a missing policy: {decision:?}"
            );
        }
        Outcome::Allowed => {
            let root_at_home = auth.principal.kind == PrincipalKind::Root && own_account;
            assert!(
                root_at_home || !decision.reasons.is_empty(),
                "allowed without reasons: {decision:?}"
            );
            for r in &decision.reasons {
                assert_eq!(
                    effect_of(auth, *r),
                    Effect::Allow,
                    "allowed reason {r:?} is not an Allow statement"
                );
            }
            assert_eq!(
                decision.missing, None,
                "allowed names a missing policy: {decision:?}"
            );
        }
        Outcome::ImplicitDeny => {
            assert!(
                decision.reasons.is_empty(),
                "implicitDeny with reasons: {decision:?}"
            );
            assert!(
                decision.missing.is_some(),
                "implicitDeny names no missing policy: {decision:?}"
            );
        }
    }
    assert_eq!(
        decision.allowed_by_boundary.is_some(),
        auth.boundary.is_some() && auth.principal.kind != PrincipalKind::Root,
        "allowed_by_boundary does not follow the boundary: {decision:?}"
    );
}

fn source(i: usize) -> PolicySource {
    PolicySource {
        id: format!("policy{i}"),
        source_type: SourceType::None,
    }
}

fuzz_target!(|case: Case| {
    let mut sets: [Vec<(PolicySource, Arc<iamd_policy::Policy>)>; 4] = Default::default();
    for (i, p) in case.policies.iter().enumerate() {
        let Ok(parsed) = parse_policy(&p.text, p.kind) else {
            continue;
        };
        let slot = match p.slot {
            Slot::Identity => 0,
            Slot::Boundary => 1,
            Slot::Session => 2,
            Slot::Resource => 3,
        };
        sets[slot].push((source(i), Arc::new(parsed)));
    }
    if sets.iter().all(Vec::is_empty) {
        return;
    }
    let [identity, boundary, session, resource] = sets.map(PolicySet::new);
    let Ok(action) = Action::parse(&case.action) else {
        return;
    };
    let mut context = RequestContext::new();
    for entry in &case.context {
        match entry {
            ContextEntry::Single(k, v) => context.insert(k, v.as_str()),
            ContextEntry::List(k, vs) => context.insert_list(k, vs.iter().map(String::as_str)),
        }
    }
    let auth = Authorization {
        principal: &case.caller,
        identity: &identity,
        boundary: case.has_boundary.then_some(&boundary),
        session: case.has_session.then_some(&session),
        resource_policy: case.has_resource.then_some(&resource),
        resource_owner: case.resource_owner,
        trust: case.trust,
    };
    let request = Request {
        action: &action,
        resource: &case.resource,
        context: &context,
    };

    let plain = auth.decide(&request);
    let mut trace = Trace::default();
    let observed = auth.decide_observed(&request, &mut trace);
    let mut missing = MissingKeys::default();
    let with_missing = auth.decide_observed(&request, &mut missing);

    assert_eq!(
        plain.outcome, observed.outcome,
        "decide and decide_observed disagree on the outcome"
    );
    assert_eq!(
        plain, observed,
        "decide and decide_observed disagree on the decision"
    );
    assert_eq!(
        plain, with_missing,
        "decide and decide_observed(MissingKeys) disagree"
    );

    let own_account = case
        .resource_owner
        .is_none_or(|owner| owner == case.caller.account);
    check(&auth, &plain, own_account);

    for c in &trace.conditions {
        let Some(set) = set_for(&auth, c.at.role) else {
            panic!("trace entry {c:?} points at a role with no policy set");
        };
        assert!(
            set.get(c.at.policy, c.at.statement).is_some(),
            "trace entry {c:?} points at no statement"
        );
    }
    for c in trace
        .conditions
        .iter()
        .filter(|c| c.request_values.is_none())
    {
        assert!(
            trace
                .missing_keys
                .iter()
                .any(|k| k.eq_ignore_ascii_case(&c.key)),
            "Trace.missing_keys lacks the absent key of {c:?}"
        );
    }
    assert_eq!(
        missing.keys, trace.missing_keys,
        "MissingKeys and Trace disagree on the missing keys"
    );
});
