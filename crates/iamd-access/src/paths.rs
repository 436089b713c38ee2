//! `paths`: who can become or empower whom through IAM and STS actions, and the shortest ways
//! from each principal to a target: an administrator, or a principal allowed an action.
//!
//! ```text
//! edges S → T   S becomes T: sts:AssumeRole (trust + identity), CreateAccessKey /
//!               CreateLoginProfile / UpdateLoginProfile on a user, UpdateAssumeRolePolicy
//!               on a role, PassRole to a service the role trusts + that service's actions
//! terminals     T is a target (allowed every ADMIN_PROBE on *, or ACTION), or T can grant
//!               itself any policy (Put/Attach on itself or its group, CreatePolicyVersion
//!               of a policy attached to it) and no boundary stops what it grants
//! breadth first backwards from the terminals → each principal's shortest path
//! ```
//!
//! Every edge is a decision of the policy engine with the source's own policies, boundary
//! and context (MFA tried only when the request fails without it), and names the statements
//! that allow it.

use std::collections::VecDeque;

use iamd_policy::{
    Action, Effect, Outcome, PolicySet, Principal, PrincipalKind, RequestContext, SourceType,
};
use serde::Serialize;

use crate::explain::{self, StatementOut};
use crate::methods::{ADMIN_PROBES, BECOME, Become, GRANT, GrantOn};
use crate::principals::{Mfa, Node, NodeKind, Principals};
use crate::whocan::{assume_hop_in, modes};

/// What the paths lead to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A principal allowed everything (every request of `ADMIN_PROBES` on `*`).
    Admin,
    /// A principal allowed this action on this resource.
    Action {
        /// The action.
        action: String,
        /// The resource (`*` when none is given).
        resource: String,
    },
}

/// The question.
#[derive(Debug, Clone)]
pub struct PathQuery {
    /// Where the paths lead.
    pub to: Target,
    /// Only the paths from this principal (ARN or name).
    pub from: Option<String>,
    /// Context keys set over each principal's own.
    pub pins: RequestContext,
}

/// The answer.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Paths {
    /// The account.
    pub account: String,
    /// `admin`, or the action and resource.
    pub target: String,
    /// The principals that already are targets (with MFA when they need it).
    pub targets: Vec<TargetOut>,
    /// One shortest path per principal that can reach a target and is not one.
    pub paths: Vec<PathOut>,
    /// Counts.
    pub summary: Summary,
    /// What could not be read.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// A principal that is a target.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetOut {
    /// Its ARN.
    pub arn: String,
    /// Whether it is a target only in an MFA session.
    pub mfa_required: bool,
}

/// Counts of a paths answer.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Users and roles examined.
    pub principals: usize,
    /// Targets already.
    pub targets: usize,
    /// Principals with a path.
    pub escalate: usize,
    /// Edges in the graph.
    pub edges: usize,
}

/// The shortest path from one principal.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PathOut {
    /// Where it starts.
    pub from: String,
    /// The principal it ends as.
    pub to: String,
    /// Whether some step needs an MFA session.
    pub mfa_required: bool,
    /// The steps to become `to`.
    pub hops: Vec<Edge>,
    /// How `to` then grants itself what it lacks, when it is not a target by itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grant: Option<Step>,
}

/// One edge: `source` becomes `target`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Edge {
    /// pathfinding.cloud's method id.
    pub method: &'static str,
    /// `principal`, `sts` or `service`.
    pub kind: &'static str,
    /// The source's ARN.
    pub source: String,
    /// The target's ARN.
    pub target: String,
    /// The requests the source makes.
    pub steps: Vec<Step>,
    /// What must also hold that the account's IAM state does not show.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub precondition: &'static str,
    /// Whether it needs an MFA session.
    pub mfa_required: bool,
}

/// One request of an edge, with the statements that allow it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// pathfinding.cloud's method id (for grants).
    #[serde(skip_serializing_if = "str::is_empty")]
    pub method: &'static str,
    /// The action.
    pub action: String,
    /// The resource.
    pub resource: String,
    /// Whether it needs an MFA session.
    pub mfa_required: bool,
    /// The statements that allow it.
    pub statements: Vec<StatementOut>,
    /// Their conditions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
}

/// Find the paths.
///
/// # Errors
/// When the action is not an exact action name, or `from` names no principal.
pub fn paths(p: &Principals, q: &PathQuery) -> Result<Paths, String> {
    let from = match &q.from {
        Some(who) => Some(
            p.resolve(who)
                .ok_or_else(|| format!("no user or role \"{who}\" in account {}", p.account))?,
        ),
        None => None,
    };
    let (target_label, probes, resource) = match &q.to {
        Target::Admin => (
            "admin".to_string(),
            ADMIN_PROBES
                .iter()
                .map(|a| Action::parse(a))
                .collect::<Result<Vec<_>, _>>()?,
            "*".to_string(),
        ),
        Target::Action { action, resource } => {
            if action.contains(['*', '?']) {
                return Err(format!(
                    "\"{action}\" has a wildcard; paths --to takes admin or one exact action name"
                ));
            }
            let resource = if resource.is_empty() { "*" } else { resource };
            (
                format!("{action} on {resource}"),
                vec![Action::parse(action)?],
                resource.to_string(),
            )
        }
    };
    let modes = modes(&q.pins);
    let n = p.nodes.len();

    // Targets, and the principals that can grant themselves their way to one.
    let mut target: Vec<Option<bool>> = vec![None; n];
    let mut grant: Vec<Option<Step>> = vec![None; n];
    for (i, node) in p.nodes.iter().enumerate() {
        target[i] = is_target(p, node, &probes, &resource, modes, &q.pins);
        if target[i].is_none() && grant_suffices(p, node, &probes, &resource, modes, &q.pins) {
            grant[i] = self_grant(p, node, modes, &q.pins);
        }
    }

    let (edges, into) = build_edges(p, &target, &grant, modes, &q.pins);

    // Breadth first from the terminals, backwards.
    let mut next: Vec<Option<usize>> = vec![None; n];
    let mut done: Vec<bool> = (0..n)
        .map(|i| target[i].is_some() || grant[i].is_some())
        .collect();
    let mut queue: VecDeque<usize> = (0..n).filter(|&i| done[i]).collect();
    while let Some(t) = queue.pop_front() {
        for &e in &into[t] {
            let Some(s) = p.find(&edges[e].source) else {
                continue;
            };
            if done[s] {
                continue;
            }
            done[s] = true;
            next[s] = Some(e);
            queue.push_back(s);
        }
    }

    let mut out = Vec::new();
    for s in 0..n {
        if target[s].is_some() || from.is_some_and(|f| f != s) || !done[s] {
            continue;
        }
        let mut hops = Vec::new();
        let mut at = s;
        while let Some(e) = next[at] {
            hops.push(edges[e].clone());
            match p.find(&edges[e].target) {
                Some(t) if hops.len() <= n => at = t,
                _ => break,
            }
        }
        let end_grant = if target[at].is_some() {
            None
        } else {
            grant[at].clone()
        };
        let mfa_required = hops.iter().any(|h| h.mfa_required)
            || end_grant.as_ref().is_some_and(|g| g.mfa_required)
            || target[at] == Some(true);
        out.push(PathOut {
            from: p.nodes[s].arn.clone(),
            to: p.nodes[at].arn.clone(),
            mfa_required,
            hops,
            grant: end_grant,
        });
    }
    out.sort_by(|a, b| (a.hops.len(), &a.from).cmp(&(b.hops.len(), &b.from)));
    let targets: Vec<TargetOut> = (0..n)
        .filter_map(|i| {
            target[i].map(|mfa| TargetOut {
                arn: p.nodes[i].arn.clone(),
                mfa_required: mfa,
            })
        })
        .collect();
    Ok(Paths {
        account: p.account.clone(),
        target: target_label,
        summary: Summary {
            principals: n,
            targets: targets.len(),
            escalate: out.len(),
            edges: edges.len(),
        },
        targets,
        paths: out,
        warnings: p.warnings.clone(),
    })
}

/// Edges out of every principal that is not a target yet: first assuming roles (anyone may be
/// named by a trust policy), then the other methods, but only into principals that lead
/// somewhere (a target, one that can grant itself, one with an edge or an escalation action of
/// its own): an edge into a dead end is on no path. Returns the edges and, per principal, the
/// edges into it.
fn build_edges(
    p: &Principals,
    target: &[Option<bool>],
    grant: &[Option<Step>],
    modes: &[Mfa],
    pins: &RequestContext,
) -> (Vec<Edge>, Vec<Vec<usize>>) {
    let n = p.nodes.len();
    // Edges out of every principal that is not a target yet: first assuming roles (anyone
    // may be named by a trust policy), then the other methods, but only into principals that
    // lead somewhere (a target, one that can grant itself, one with an edge or an escalation
    // action of its own): an edge into a dead end is on no path.
    let mut edges: Vec<Edge> = Vec::new();
    let mut into: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut has_out = vec![false; n];
    let everyone = vec![true; n];
    let (assume, others): (Vec<&Become>, Vec<&Become>) =
        BECOME.iter().partition(|m| m.kind == "sts");
    for round in [&assume, &others] {
        let useful: Vec<bool> = if std::ptr::eq(round, &assume) {
            everyone.clone()
        } else {
            (0..n)
                .map(|t| {
                    target[t].is_some()
                        || grant[t].is_some()
                        || has_out[t]
                        || others
                            .iter()
                            .any(|m| Action::parse(m.action).is_ok_and(|a| may(&p.nodes[t], &a)))
                })
                .collect()
        };
        for (s, is_target) in target.iter().enumerate() {
            if is_target.is_some() {
                continue;
            }
            for m in round.iter() {
                for_each_edge(p, s, m, modes, pins, &useful, |edge, t| {
                    into[t].push(edges.len());
                    edges.push(edge);
                    has_out[s] = true;
                });
            }
        }
    }

    (edges, into)
}

/// `Some(mfa_required)` when the principal is allowed every probe on the resource.
fn is_target(
    p: &Principals,
    node: &Node,
    probes: &[Action],
    resource: &str,
    modes: &[Mfa],
    pins: &RequestContext,
) -> Option<bool> {
    modes.iter().find_map(|&mode| {
        let ctx = p.context(node, mode, pins);
        probes
            .iter()
            .all(|a| {
                let rp = crate::whocan::resource_policy_of(p, a, resource);
                p.decide_plain(node, &ctx, a, resource, rp).outcome == Outcome::Allowed
            })
            .then_some(mode == Mfa::With)
    })
}

/// Whether a policy the principal grants itself would make it a target: in some session no
/// probe is denied explicitly by a policy it already has (a new Allow does not lift a Deny),
/// and its boundary allows every probe (a boundary caps what any new policy grants).
fn grant_suffices(
    p: &Principals,
    node: &Node,
    probes: &[Action],
    resource: &str,
    modes: &[Mfa],
    pins: &RequestContext,
) -> bool {
    modes.iter().any(|&mode| {
        let ctx = p.context(node, mode, pins);
        probes.iter().all(|a| {
            let rp = crate::whocan::resource_policy_of(p, a, resource);
            let d = p.decide_plain(node, &ctx, a, resource, rp);
            d.outcome != Outcome::ExplicitDeny && d.allowed_by_boundary != Some(false)
        })
    })
}

/// Whether the principal may run `action` at all: some identity Allow names it.
fn may(node: &Node, action: &Action) -> bool {
    node.policies.identity.policies().any(|(_, p)| {
        p.statements()
            .iter()
            .any(|s| s.effect() == Effect::Allow && s.matches_action(action))
    })
}

/// A principal's request contexts, one per MFA case tried, built once per principal.
type Contexts = Vec<(Mfa, RequestContext)>;

fn contexts(p: &Principals, node: &Node, modes: &[Mfa], pins: &RequestContext) -> Contexts {
    modes
        .iter()
        .map(|&m| (m, p.context(node, m, pins)))
        .collect()
}

/// Decide one request of `node`, without MFA first; the step when allowed. `extra` keys are
/// those of the request itself (`iam:PassedToService`).
fn step(
    p: &Principals,
    node: &Node,
    action: &Action,
    resource: &str,
    ctxs: &Contexts,
    extra: &[(&str, &str)],
) -> Option<Step> {
    for (mode, base) in ctxs {
        let with_extra;
        let ctx = if extra.is_empty() {
            base
        } else {
            let mut c = base.clone();
            for (k, v) in extra {
                c.insert(k, *v);
            }
            with_extra = c;
            &with_extra
        };
        if p.decide_plain(node, ctx, action, resource, None).outcome != Outcome::Allowed {
            continue;
        }
        let (d, trace) = p.decide(node, ctx, action, resource, None);
        if d.outcome == Outcome::Allowed {
            return Some(Step {
                method: "",
                action: action.as_str().to_string(),
                resource: resource.to_string(),
                mfa_required: *mode == Mfa::With,
                statements: explain::statements(p, node, None, &d),
                conditions: explain::conditions(&d, &trace),
            });
        }
    }
    None
}

/// The first way the principal can grant itself any policy.
fn self_grant(p: &Principals, node: &Node, modes: &[Mfa], pins: &RequestContext) -> Option<Step> {
    let ctxs = contexts(p, node, modes, pins);
    for g in GRANT {
        let Ok(action) = Action::parse(g.action) else {
            continue;
        };
        if !may(node, &action) {
            continue;
        }
        let resources: Vec<String> = match (g.on, node.kind) {
            (GrantOn::User, NodeKind::User) | (GrantOn::Role, NodeKind::Role) => {
                vec![node.arn.clone()]
            }
            (GrantOn::Group, NodeKind::User) => node
                .groups
                .iter()
                .map(|name| format!("arn:aws:iam::{}:group/{name}", p.account))
                .collect(),
            (GrantOn::Policy, _) => node
                .policies
                .identity
                .policies()
                .filter(|(s, _)| s.source_type == SourceType::UserManaged)
                .map(|(s, _)| s.id.clone())
                .collect(),
            _ => Vec::new(),
        };
        for r in resources {
            if let Some(mut s) = step(p, node, &action, &r, &ctxs, &[]) {
                s.method = g.id;
                return Some(s);
            }
        }
    }
    None
}

/// Every edge of method `m` out of principal `s`.
fn for_each_edge(
    p: &Principals,
    s: usize,
    m: &Become,
    modes: &[Mfa],
    pins: &RequestContext,
    useful: &[bool],
    mut emit: impl FnMut(Edge, usize),
) {
    let source = &p.nodes[s];
    let Ok(action) = Action::parse(m.action) else {
        return;
    };
    let is_assume = m.kind == "sts";
    if !is_assume && !may(source, &action) {
        return;
    }
    let ctxs = contexts(p, source, modes, pins);
    // The service actions come first: without them no role of this method is reachable.
    let mut service_steps = Vec::new();
    if let Some((_, actions)) = m.service {
        for a in actions {
            let Ok(a) = Action::parse(a) else {
                return;
            };
            match step(p, source, &a, "*", &ctxs, &[]) {
                Some(st) => service_steps.push(st),
                None => return,
            }
        }
    }
    let wanted = if m.on_users {
        NodeKind::User
    } else {
        NodeKind::Role
    };
    for t in p.indices(wanted) {
        let target = &p.nodes[t];
        if t == s || !useful.get(t).copied().unwrap_or(false) {
            continue;
        }
        let steps = if is_assume {
            let Some(trust) = &target.trust else {
                continue;
            };
            if !p.trust_names(target, source, &action) {
                continue;
            }
            match assume_hop_in(p, source, &ctxs, target, trust, &action, false) {
                Some(hop) => vec![Step {
                    method: "",
                    action: m.action.to_string(),
                    resource: target.arn.clone(),
                    mfa_required: hop.mfa_required,
                    statements: hop.statements,
                    conditions: hop.conditions,
                }],
                None => continue,
            }
        } else if let Some((service, _)) = m.service {
            if !trusts_service(target, service) {
                continue;
            }
            match step(
                p,
                source,
                &action,
                &target.arn,
                &ctxs,
                &[("iam:PassedToService", service)],
            ) {
                Some(st) => std::iter::once(st)
                    .chain(service_steps.iter().cloned())
                    .collect(),
                None => continue,
            }
        } else {
            match step(p, source, &action, &target.arn, &ctxs, &[]) {
                Some(st) => vec![st],
                None => continue,
            }
        };
        let mfa_required = steps.iter().any(|st| st.mfa_required);
        emit(
            Edge {
                method: m.id,
                kind: m.kind,
                source: source.arn.clone(),
                target: target.arn.clone(),
                steps,
                precondition: m.precondition,
                mfa_required,
            },
            t,
        );
    }
}

/// Whether a role's trust policy lets `service` assume it.
fn trusts_service(role: &Node, service: &str) -> bool {
    let Some(trust) = &role.trust else {
        return false;
    };
    let caller = Principal {
        kind: PrincipalKind::Service,
        arn: String::new(),
        account: String::new(),
        role_arn: None,
        service: Some(service.to_string()),
    };
    let Ok(assume) = Action::parse("sts:AssumeRole") else {
        return false;
    };
    let set: &PolicySet = trust;
    let mut allowed = false;
    for (_, policy) in set.policies() {
        for s in policy.statements() {
            if s.matches_action(&assume) && s.matches_principal(&caller).is_some() {
                match s.effect() {
                    Effect::Deny => return false,
                    Effect::Allow => allowed = true,
                }
            }
        }
    }
    allowed
}
