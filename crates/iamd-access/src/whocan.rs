//! `who-can`: every user and role of the account allowed an action on a resource, each with
//! the statements that allow it and the conditions that must hold, and those allowed only
//! through a role they can assume (directly or through a chain of roles).
//!
//! ```text
//! for each principal, without then with MFA:   decide(action, resource)        → direct
//! breadth first from the allowed roles R:       decide(sts:AssumeRole, R)       → through R
//!   (the trust policy must name the caller: a cheap test before the full decision)
//! not allowed, but a condition read a key the context lacks                     → conditional
//! ```
//!
//! Each decision is iamd-policy's, with the principal's boundary, explicit denies, and the
//! resource's policy where iamd holds one (a role's trust policy, for `sts:AssumeRole*` on it).
//! Breadth first means each principal gets its shortest chain; one that needs MFA is replaced
//! by one that does not when both exist.

use std::collections::VecDeque;

use iamd_policy::{Action, Outcome, PolicySet, RequestContext};
use serde::Serialize;

use crate::explain::{self, StatementOut};
use crate::principals::{Mfa, Node, NodeKind, Principals};

/// The question.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// The action, such as `s3:GetObject`.
    pub action: String,
    /// The resource ARN (`*` when none is given).
    pub resource: String,
    /// Context keys given on the command line, set over each principal's own.
    pub pins: RequestContext,
}

/// The answer.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WhoCan {
    /// The action asked about.
    pub action: String,
    /// The resource asked about.
    pub resource: String,
    /// The account.
    pub account: String,
    /// Every principal allowed or conditionally allowed, by ARN.
    pub principals: Vec<Allowed>,
    /// Counts.
    pub summary: Summary,
    /// What could not be read.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Counts of a who-can answer.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Allowed without MFA, directly or through roles.
    pub allowed: usize,
    /// Allowed only with MFA.
    pub allowed_with_mfa: usize,
    /// Allowed only through a role they can assume.
    pub through_roles: usize,
    /// Allowed only if context keys the question did not give hold.
    pub conditional: usize,
    /// Users and roles examined.
    pub principals: usize,
}

/// One principal that can do it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Allowed {
    /// The user's or role's ARN.
    pub arn: String,
    /// User or role.
    pub kind: NodeKind,
    /// The user's groups.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    /// `allowed` or `conditional`.
    pub decision: &'static str,
    /// Whether it needs an MFA session.
    pub mfa_required: bool,
    /// The roles assumed on the way, in order (empty when allowed directly).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub through: Vec<Hop>,
    /// The statements that allow the action (those of the last role when through roles).
    pub statements: Vec<StatementOut>,
    /// The conditions of those statements, which must hold.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// For an answer that needs MFA: the statements that deny it without MFA.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub denied_without_mfa: Vec<StatementOut>,
    /// For a conditional answer, the context keys the decision depends on.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub requires_context: Vec<String>,
}

/// Assuming one role on the way.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Hop {
    /// The role assumed.
    pub role: String,
    /// Whether assuming it needs MFA.
    pub mfa_required: bool,
    /// The statements (identity policies and trust policy) that allow `sts:AssumeRole`.
    pub statements: Vec<StatementOut>,
    /// Their conditions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
}

/// How a principal was reached.
#[derive(Debug, Clone)]
struct Reach {
    mfa: bool,
    /// The role it assumes next (`None`: allowed directly).
    next: Option<usize>,
    hop: Option<Hop>,
    statements: Vec<StatementOut>,
    conditions: Vec<String>,
    denied_without_mfa: Vec<StatementOut>,
}

/// Answer a who-can question.
///
/// # Errors
/// When the action is not `service:Name` or has a wildcard.
pub fn who_can(p: &Principals, q: &Query) -> Result<WhoCan, String> {
    if q.action.contains(['*', '?']) {
        return Err(format!(
            "\"{}\" has a wildcard; who-can takes one exact action name",
            q.action
        ));
    }
    let action = Action::parse(&q.action)?;
    let resource = if q.resource.is_empty() {
        "*"
    } else {
        q.resource.as_str()
    };
    let assume = Action::parse("sts:AssumeRole")?;
    let resource_policy = resource_policy_of(p, &action, resource);
    let modes = modes(&q.pins);

    let mut reach: Vec<Option<Reach>> = vec![None; p.nodes.len()];
    let mut missing: Vec<Vec<String>> = vec![Vec::new(); p.nodes.len()];
    for (i, node) in p.nodes.iter().enumerate() {
        let mut denied_without_mfa = Vec::new();
        for &mode in modes {
            let ctx = p.context(node, mode, &q.pins);
            let (d, trace) = p.decide(node, &ctx, &action, resource, resource_policy);
            if d.outcome == Outcome::Allowed {
                reach[i] = Some(Reach {
                    mfa: mode == Mfa::With,
                    next: None,
                    hop: None,
                    statements: explain::statements(p, node, resource_policy.map(|r| r.0), &d),
                    conditions: explain::conditions(&d, &trace),
                    denied_without_mfa: std::mem::take(&mut denied_without_mfa),
                });
                break;
            }
            if mode == Mfa::Without && d.outcome == Outcome::ExplicitDeny {
                denied_without_mfa = explain::statements(p, node, resource_policy.map(|r| r.0), &d);
            }
            // The keys still missing in the last case tried (MFA keys are tried both ways,
            // so they never make a principal conditional).
            missing[i] = if d.outcome == Outcome::ImplicitDeny {
                trace
                    .missing_keys
                    .into_iter()
                    .filter(|k| !is_mfa_key(k))
                    .collect()
            } else {
                Vec::new()
            };
        }
    }

    let mut queue: VecDeque<usize> = (0..p.nodes.len())
        .filter(|&i| p.nodes[i].kind == NodeKind::Role && reach[i].as_ref().is_some_and(|r| !r.mfa))
        .chain((0..p.nodes.len()).filter(|&i| {
            p.nodes[i].kind == NodeKind::Role && reach[i].as_ref().is_some_and(|r| r.mfa)
        }))
        .collect();
    while let Some(t) = queue.pop_front() {
        let target = &p.nodes[t];
        let target_mfa = reach[t].as_ref().is_some_and(|r| r.mfa);
        let Some(trust) = target.trust.as_ref() else {
            continue;
        };
        for (i, caller) in p.nodes.iter().enumerate() {
            if i == t || !improves(reach[i].as_ref(), target_mfa) {
                continue;
            }
            if !p.trust_names(target, caller, &assume) {
                continue;
            }
            let Some(hop) = assume_hop(
                p, caller, target, trust, &assume, modes, target_mfa, &q.pins,
            ) else {
                continue;
            };
            let mfa = hop.mfa_required || target_mfa;
            if !improves(reach[i].as_ref(), mfa) {
                continue;
            }
            let (statements, conditions) = reach[t]
                .as_ref()
                .map(|r| (r.statements.clone(), r.conditions.clone()))
                .unwrap_or_default();
            reach[i] = Some(Reach {
                mfa,
                next: Some(t),
                hop: Some(hop),
                statements,
                conditions,
                denied_without_mfa: Vec::new(),
            });
            if caller.kind == NodeKind::Role {
                queue.push_back(i);
            }
        }
    }

    Ok(report(p, q, resource, &reach, &missing))
}

/// The answer: every principal allowed (directly, with MFA, through roles) or allowed if the
/// question gave the keys it lacks, and the counts.
fn report(
    p: &Principals,
    q: &Query,
    resource: &str,
    reach: &[Option<Reach>],
    missing: &[Vec<String>],
) -> WhoCan {
    let mut out = Vec::new();
    for (i, node) in p.nodes.iter().enumerate() {
        match &reach[i] {
            Some(r) => out.push(Allowed {
                arn: node.arn.clone(),
                kind: node.kind,
                groups: node.groups.clone(),
                decision: "allowed",
                mfa_required: r.mfa,
                through: chain(reach, i),
                statements: r.statements.clone(),
                conditions: r.conditions.clone(),
                denied_without_mfa: r.denied_without_mfa.clone(),
                requires_context: Vec::new(),
            }),
            None if !missing[i].is_empty() => out.push(Allowed {
                arn: node.arn.clone(),
                kind: node.kind,
                groups: node.groups.clone(),
                decision: "conditional",
                mfa_required: false,
                through: Vec::new(),
                statements: Vec::new(),
                conditions: Vec::new(),
                denied_without_mfa: Vec::new(),
                requires_context: missing[i].clone(),
            }),
            None => {}
        }
    }
    out.sort_by(|a, b| (a.kind, &a.arn).cmp(&(b.kind, &b.arn)));
    let summary = Summary {
        allowed: out
            .iter()
            .filter(|a| a.decision == "allowed" && !a.mfa_required)
            .count(),
        allowed_with_mfa: out
            .iter()
            .filter(|a| a.decision == "allowed" && a.mfa_required)
            .count(),
        through_roles: out.iter().filter(|a| !a.through.is_empty()).count(),
        conditional: out.iter().filter(|a| a.decision == "conditional").count(),
        principals: p.nodes.len(),
    };
    WhoCan {
        action: q.action.clone(),
        resource: resource.to_string(),
        account: p.account.clone(),
        principals: out,
        summary,
        warnings: p.warnings.clone(),
    }
}

/// The MFA modes to try: both, unless the question pins `aws:MultiFactorAuthPresent`.
pub(crate) fn modes(pins: &RequestContext) -> &'static [Mfa] {
    if pins.get("aws:MultiFactorAuthPresent").is_some() {
        &[Mfa::Without]
    } else {
        &[Mfa::Without, Mfa::With]
    }
}

/// The resource's own policy, where iamd holds one: a role's trust policy, for the actions
/// of assuming it.
pub(crate) fn resource_policy_of<'a>(
    p: &'a Principals,
    action: &Action,
    resource: &str,
) -> Option<(&'a PolicySet, bool)> {
    let name = action.as_str();
    let assumes = name.len() > 4
        && name
            .get(..4)
            .is_some_and(|s| s.eq_ignore_ascii_case("sts:"))
        && iamd_core::simulate::resource_policy::only_trust_actions(&[name]);
    if !assumes {
        return None;
    }
    let node = &p.nodes[p.find(resource)?];
    node.trust.as_ref().map(|t| (t, true))
}

/// The keys an MFA session sets: tried both ways, never asked for.
fn is_mfa_key(key: &str) -> bool {
    key.eq_ignore_ascii_case("aws:MultiFactorAuthPresent")
        || key.eq_ignore_ascii_case("aws:MultiFactorAuthAge")
}

/// Whether reaching a principal with `mfa` is better than what it has.
fn improves(current: Option<&Reach>, mfa: bool) -> bool {
    match current {
        None => true,
        Some(r) => r.mfa && !mfa,
    }
}

/// Whether `caller` can assume `target`, and by which statements: without MFA first, unless
/// what follows needs an MFA session anyway.
#[expect(clippy::too_many_arguments, reason = "one decision's inputs, named")]
pub(crate) fn assume_hop(
    p: &Principals,
    caller: &Node,
    target: &Node,
    trust: &PolicySet,
    assume: &Action,
    modes: &[Mfa],
    needs_mfa: bool,
    pins: &RequestContext,
) -> Option<Hop> {
    let ctxs: Vec<(Mfa, RequestContext)> = modes
        .iter()
        .map(|&m| (m, p.context(caller, m, pins)))
        .collect();
    assume_hop_in(p, caller, &ctxs, target, trust, assume, needs_mfa)
}

/// [`assume_hop`] with the caller's contexts built already. Most pairs are refused: the
/// decision is made without a trace first, and traced only when it allows.
pub(crate) fn assume_hop_in(
    p: &Principals,
    caller: &Node,
    ctxs: &[(Mfa, RequestContext)],
    target: &Node,
    trust: &PolicySet,
    assume: &Action,
    needs_mfa: bool,
) -> Option<Hop> {
    let several = ctxs.len() > 1;
    for (mode, ctx) in ctxs {
        if needs_mfa && *mode == Mfa::Without && several {
            continue;
        }
        let rp = Some((trust, true));
        if p.decide_plain(caller, ctx, assume, &target.arn, rp).outcome != Outcome::Allowed {
            continue;
        }
        let (d, trace) = p.decide(caller, ctx, assume, &target.arn, rp);
        return Some(Hop {
            role: target.arn.clone(),
            mfa_required: *mode == Mfa::With,
            statements: explain::statements(p, caller, Some(trust), &d),
            conditions: explain::conditions(&d, &trace),
        });
    }
    None
}

/// The hops from principal `i` to the role that is allowed.
fn chain(reach: &[Option<Reach>], mut i: usize) -> Vec<Hop> {
    let mut hops = Vec::new();
    while let Some(r) = reach.get(i).and_then(Option::as_ref) {
        let (Some(next), Some(hop)) = (r.next, &r.hop) else {
            break;
        };
        hops.push(hop.clone());
        if hops.len() > reach.len() {
            break;
        }
        i = next;
    }
    hops
}
