//! `SimulateCustomPolicy`: evaluate given policies for given actions and resources, as IAM's
//! simulator does, with the statements that decided and the context keys that were missing.
//!
//! The request and result types use the field names of the IAM API (and so of
//! `aws iam simulate-custom-policy --cli-input-json` and its JSON output), so `iamd simulate`
//! reads and writes exactly what the aws CLI does.
//!
//! A [`Simulator`] keeps compiled policies and indexed policy sets keyed by their text, so a
//! batch in which the same documents recur compiles each once.
//!
//! One request simulates at most [`MAX_PAIRS`] (action, resource) pairs, and only the page
//! `MaxItems` / `Marker` ask for is evaluated; the API runs simulations on the blocking pool
//! ([`simulate_blocking`]).

use std::borrow::Cow;
use std::sync::Arc;

use foldhash::HashMap;
use smallvec::SmallVec;

use iamd_policy::{
    Action, Authorization, Decision, MissingKeys, Observer, Policy, PolicyKind, PolicySet,
    PolicySource, Principal, PrincipalKind, Request, RequestContext, Role, SourceType, Trace,
    parse_policy,
};

use crate::error::CoreError;

/// The most (action, resource) pairs one request may simulate (`ActionNames` ×
/// `ResourceArns`). The model sets no bound on either list; with pages of at most 1,000
/// results this is ten full pages, and a larger request fails with `InvalidInput` instead
/// of holding the simulator for minutes.
pub const MAX_PAIRS: usize = 10_000;

/// Caches compiled policies and indexed sets across simulations.
#[derive(Debug, Default)]
pub struct Simulator {
    /// Compiled documents by their text, one map per policy kind.
    policies: [HashMap<Box<str>, Arc<Policy>>; 4],
    /// Indexed sets by the addresses of their (cached) policies.
    sets: HashMap<SmallVec<[usize; 4]>, Arc<PolicySet>>,
}

fn kind_slot(kind: PolicyKind) -> usize {
    match kind {
        PolicyKind::Boundary => 1,
        PolicyKind::Resource => 2,
        PolicyKind::Trust => 3,
        PolicyKind::Identity | PolicyKind::Session => 0,
    }
}

/// Beyond this many cached documents the caches start over (bounded memory on long batches).
const CACHE_LIMIT: usize = 4096;

/// One evaluated (action, resource) pair with its reasons and condition trace, for people.
#[derive(Debug)]
pub struct Explained {
    pub action: String,
    pub resource: String,
    pub decision: Decision,
    /// Each deciding statement, described (`PolicyInputList.1 statement 7 "Sid" (line 21, column 9)`).
    pub reasons: Vec<String>,
    /// Every evaluated condition, with the statement it belongs to.
    pub conditions: Vec<(String, iamd_policy::ConditionTrace)>,
    pub missing_keys: Vec<String>,
}

/// The compiled inputs of one simulation.
struct Prepared {
    identity: Arc<PolicySet>,
    boundary: Option<Arc<PolicySet>>,
    resource: Option<Arc<PolicySet>>,
    /// The resource policy is a role trust policy, which must allow explicitly.
    trust: bool,
    principal: Principal,
    owner: Option<String>,
    context: RequestContext,
    actions: Vec<Action>,
    resources: Vec<String>,
}

impl Simulator {
    pub fn new() -> Simulator {
        Simulator::default()
    }

    /// Run SimulateCustomPolicy.
    pub fn simulate_custom(
        &mut self,
        input: &SimulateCustomPolicyInput<'_>,
    ) -> Result<SimulationOutput, CoreError> {
        let prepared = self.prepare(input, None)?;
        run(&prepared, input)
    }

    /// Run SimulatePrincipalPolicy: the principal's stored policies, plus the request's
    /// `PolicyInputList`, on the same engine as [`Simulator::simulate_custom`].
    pub fn simulate_principal(
        &mut self,
        principal: &PrincipalPolicies,
        input: &SimulateCustomPolicyInput<'_>,
    ) -> Result<SimulationOutput, CoreError> {
        check_caller_is_a_user(input)?;
        let prepared = self.prepare(input, Some(principal))?;
        run(&prepared, input)
    }

    /// Run the simulation and keep each decision's full condition trace.
    pub fn explain_custom(
        &mut self,
        input: &SimulateCustomPolicyInput<'_>,
    ) -> Result<(SimulationOutput, Vec<Explained>), CoreError> {
        self.explain(input, None)
    }

    /// [`Simulator::simulate_principal`], keeping each decision's full condition trace.
    pub fn explain_principal(
        &mut self,
        principal: &PrincipalPolicies,
        input: &SimulateCustomPolicyInput<'_>,
    ) -> Result<(SimulationOutput, Vec<Explained>), CoreError> {
        self.explain(input, Some(principal))
    }

    fn explain(
        &mut self,
        input: &SimulateCustomPolicyInput<'_>,
        principal: Option<&PrincipalPolicies>,
    ) -> Result<(SimulationOutput, Vec<Explained>), CoreError> {
        let prepared = self.prepare(input, principal)?;
        let mut results = Vec::new();
        let mut explained = Vec::new();
        evaluate(
            &prepared,
            0..prepared.pairs(),
            Trace::default,
            |action, resource, decision, trace: Trace| {
                results.push(to_result(
                    &prepared,
                    action,
                    resource,
                    &decision,
                    trace.missing_keys.clone(),
                ));
                let view = prepared.view();
                let describe = |r: &iamd_policy::StatementRef| describe(&view, r);
                explained.push(Explained {
                    action: action.as_str().to_string(),
                    resource: resource.to_string(),
                    reasons: decision.reasons.iter().map(describe).collect(),
                    conditions: trace
                        .conditions
                        .iter()
                        .map(|c| (describe(&c.at), c.clone()))
                        .collect(),
                    decision,
                    missing_keys: trace.missing_keys,
                });
            },
        );
        Ok((
            SimulationOutput {
                evaluation_results: results,
                is_truncated: false,
                marker: None,
            },
            explained,
        ))
    }

    fn prepare(
        &mut self,
        input: &SimulateCustomPolicyInput<'_>,
        stored: Option<&PrincipalPolicies>,
    ) -> Result<Prepared, CoreError> {
        // An empty PolicyInputList is a question about the resource policy alone ("does
        // this bucket policy let alice read the object?"); with neither there is nothing to
        // simulate.
        if stored.is_none() && input.policy_input_list.is_empty() && input.resource_policy.is_none()
        {
            return Err(CoreError::InvalidInput(
                "Give at least one policy document in PolicyInputList, or a ResourcePolicy".into(),
            ));
        }
        if input.action_names.is_empty() {
            return Err(CoreError::InvalidInput(
                "ActionNames must contain at least one action name".into(),
            ));
        }
        let pairs = input
            .action_names
            .len()
            .saturating_mul(input.resource_arns.len().max(1));
        if pairs > MAX_PAIRS {
            return Err(CoreError::InvalidInput(format!(
                "The simulation would evaluate {pairs} action and resource pairs ({} ActionNames × {} ResourceArns); at most {MAX_PAIRS} can be simulated in one request: split the request",
                input.action_names.len(),
                input.resource_arns.len().max(1)
            )));
        }
        let identity = match stored {
            None => self.set(
                &input.policy_input_list,
                PolicyKind::Identity,
                "PolicyInputList",
            )?,
            Some(p) => self.sourced_set(
                &p.identity,
                &input.policy_input_list,
                PolicyKind::Identity,
                "PolicyInputList",
            )?,
        };
        let stored_boundary = stored.and_then(|p| p.boundary.as_ref());
        let boundary = match stored_boundary {
            Some(b) if input.permissions_boundary_policy_input_list.is_empty() => {
                Some(self.sourced_set(std::slice::from_ref(b), &[], PolicyKind::Boundary, "")?)
            }
            _ if input.permissions_boundary_policy_input_list.is_empty() => None,
            _ => Some(self.set(
                &input.permissions_boundary_policy_input_list,
                PolicyKind::Boundary,
                "PermissionsBoundaryPolicyInputList",
            )?),
        };
        let caller_arn = input
            .caller_arn
            .as_deref()
            .or_else(|| stored.and_then(|p| p.default_caller.as_deref()));
        let (resource, trust) = match &input.resource_policy {
            Some(doc) => {
                let (set, kind) = self.resource_set(*doc, &input.action_names)?;
                (Some(set), kind == PolicyKind::Trust)
            }
            None => (None, false),
        };
        if resource.is_some() && caller_arn.is_none() {
            return Err(CoreError::InvalidInput(
                "CallerArn is required when ResourcePolicy is given: the resource policy's Principal is matched against it".into(),
            ));
        }
        let principal = match caller_arn {
            Some(arn) => {
                let p = Principal::from_arn(arn);
                if p.account.is_empty() || p.kind == PrincipalKind::Service {
                    return Err(CoreError::InvalidInput(format!(
                        "CallerArn \"{arn}\" is not an IAM or STS principal ARN"
                    )));
                }
                p
            }
            None => Principal {
                kind: PrincipalKind::User,
                arn: String::new(),
                account: String::new(),
                role_arn: None,
                service: None,
            },
        };
        let owner = input
            .resource_owner
            .as_deref()
            .map(account_of)
            .transpose()?;
        let resources: Vec<String> = if input.resource_arns.is_empty() {
            vec!["*".to_string()]
        } else {
            input.resource_arns.iter().map(|r| r.to_string()).collect()
        };
        let actions = input
            .action_names
            .iter()
            .enumerate()
            .map(|(i, a)| {
                if a.contains('*') || a.contains('?') {
                    return Err(CoreError::InvalidInput(format!(
                        "ActionNames.member.{}: \"{a}\" has a wildcard; the simulator takes exact action names",
                        i + 1
                    )));
                }
                Action::parse(a).map_err(|m| {
                    CoreError::InvalidInput(format!("ActionNames.member.{}: {m}", i + 1))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let context = build_context(&input.context_entries)?;
        Ok(Prepared {
            identity,
            boundary,
            resource,
            trust,
            // With a principal given by ARN only, its own account owns the resource unless
            // ResourceOwner says otherwise.
            owner: owner
                .or_else(|| (!principal.account.is_empty()).then(|| principal.account.clone())),
            principal,
            context,
            actions,
            resources,
        })
    }

    fn set(
        &mut self,
        docs: &[Doc<'_>],
        kind: PolicyKind,
        list: &str,
    ) -> Result<Arc<PolicySet>, CoreError> {
        let mut ids: SmallVec<[usize; 4]> = SmallVec::new();
        let mut compiled = Vec::with_capacity(docs.len());
        for (i, doc) in docs.iter().enumerate() {
            let policy = self.policy(*doc, kind).map_err(|e| match e {
                DocError::Policy(source) => CoreError::MalformedPolicyDocument {
                    input: input_id(list, i),
                    source,
                },
                DocError::Json(m) => CoreError::InvalidInput(format!("{}: {m}", input_id(list, i))),
            })?;
            ids.push(Arc::as_ptr(&policy) as usize);
            compiled.push(policy);
        }
        if let Some(set) = self.sets.get(ids.as_slice()) {
            return Ok(set.clone());
        }
        let set = Arc::new(PolicySet::new(compiled.into_iter().enumerate().map(
            |(i, p)| {
                (
                    PolicySource {
                        id: input_id(list, i),
                        source_type: if matches!(kind, PolicyKind::Resource | PolicyKind::Trust) {
                            SourceType::Resource
                        } else {
                            SourceType::None
                        },
                    },
                    p,
                )
            },
        )));
        if self.sets.len() >= CACHE_LIMIT {
            self.sets.clear();
        }
        self.sets.insert(ids, set.clone());
        Ok(set)
    }

    /// The `ResourcePolicy` compiled in the grammar the request calls for: a role trust
    /// policy when only `sts:AssumeRole*` and its session actions are simulated and the
    /// document parses as one, else a resource-based policy ([`resource_policy`]).
    fn resource_set(
        &mut self,
        doc: Doc<'_>,
        actions: &[Cow<'_, str>],
    ) -> Result<(Arc<PolicySet>, PolicyKind), CoreError> {
        let kinds = resource_policy::kinds_to_try(actions);
        let mut first_error = None;
        for kind in kinds {
            match self.set(&[doc], *kind, "ResourcePolicy") {
                Ok(set) => return Ok((set, *kind)),
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        Err(match first_error {
            Some(CoreError::MalformedPolicyDocument { input, mut source })
                if source.message.contains("missing required element Resource") =>
            {
                if let Some(hint) = resource_policy::trust_hint(actions) {
                    source.message = format!("{}; {hint}", source.message);
                }
                CoreError::MalformedPolicyDocument { input, source }
            }
            Some(e) => e,
            None => CoreError::ServiceFailure("no grammar to read ResourcePolicy with".into()),
        })
    }

    /// A set of stored policies (with their own names) followed by the request's documents.
    /// Not cached as a set: the same documents may belong to another principal under other
    /// names.
    fn sourced_set(
        &mut self,
        stored: &[SourcedPolicy],
        docs: &[Doc<'_>],
        kind: PolicyKind,
        list: &str,
    ) -> Result<Arc<PolicySet>, CoreError> {
        let mut compiled = Vec::with_capacity(stored.len() + docs.len());
        for p in stored {
            // Stored documents were validated when written.
            let policy = self
                .policy(Doc::Text(&p.document), kind)
                .map_err(|e| match e {
                    DocError::Policy(e) => CoreError::ServiceFailure(format!(
                        "stored policy {} no longer parses: {e}",
                        p.source.id
                    )),
                    DocError::Json(m) => CoreError::ServiceFailure(m),
                })?;
            compiled.push((p.source.clone(), policy));
        }
        for (i, doc) in docs.iter().enumerate() {
            let policy = self.policy(*doc, kind).map_err(|e| match e {
                DocError::Policy(source) => CoreError::MalformedPolicyDocument {
                    input: input_id(list, i),
                    source,
                },
                DocError::Json(m) => CoreError::InvalidInput(format!("{}: {m}", input_id(list, i))),
            })?;
            compiled.push((
                PolicySource {
                    id: input_id(list, i),
                    source_type: SourceType::None,
                },
                policy,
            ));
        }
        Ok(Arc::new(PolicySet::new(compiled)))
    }

    fn policy(&mut self, doc: Doc<'_>, kind: PolicyKind) -> Result<Arc<Policy>, DocError> {
        let slot = kind_slot(kind);
        if let Some(p) = self.policies.get(slot).and_then(|m| m.get(doc.key())) {
            return Ok(p.clone());
        }
        let text = doc.text().map_err(DocError::Json)?;
        let policy = Arc::new(parse_policy(&text, kind).map_err(DocError::Policy)?);
        if self.policies.iter().map(|m| m.len()).sum::<usize>() >= CACHE_LIMIT {
            // Sets are keyed by the addresses of cached policies: drop both together.
            self.policies.iter_mut().for_each(|m| m.clear());
            self.sets.clear();
        }
        if let Some(map) = self.policies.get_mut(slot) {
            map.insert(doc.key().into(), policy.clone());
        }
        Ok(policy)
    }
}

/// Evaluate the page of (action, resource) pairs asked for, and only that page: a request's
/// cost is its page, whatever the whole product.
fn run(
    prepared: &Prepared,
    input: &SimulateCustomPolicyInput<'_>,
) -> Result<SimulationOutput, CoreError> {
    let total = prepared.pairs();
    let (start, end) = page(total, input.max_items, input.marker.as_deref())?;
    let mut results = Vec::with_capacity(end - start);
    evaluate(
        prepared,
        start..end,
        MissingKeys::default,
        |action, resource, decision, seen| {
            results.push(to_result(prepared, action, resource, &decision, seen.keys));
        },
    );
    let is_truncated = end < total;
    Ok(SimulationOutput {
        evaluation_results: results,
        is_truncated,
        marker: is_truncated.then(|| end.to_string()),
    })
}

/// SimulatePrincipalPolicy simulates IAM users only as callers.
fn check_caller_is_a_user(input: &SimulateCustomPolicyInput<'_>) -> Result<(), CoreError> {
    match &input.caller_arn {
        Some(arn) if !is_iam_user_arn(arn) => Err(CoreError::InvalidInput(format!(
            "CallerArn \"{arn}\" is not the ARN of an IAM user; SimulatePrincipalPolicy simulates IAM users only as callers"
        ))),
        _ => Ok(()),
    }
}

/// `arn:aws:iam::123456789012:user/PATH/NAME`.
fn is_iam_user_arn(arn: &str) -> bool {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    matches!(
        parts.as_slice(),
        ["arn", partition, "iam", "", account, resource]
            if !partition.is_empty()
                && account.len() == 12
                && account.bytes().all(|b| b.is_ascii_digit())
                && resource.strip_prefix("user/").is_some_and(|n| !n.is_empty())
    )
}

enum DocError {
    Policy(iamd_policy::PolicyError),
    Json(String),
}

impl Prepared {
    /// How many (action, resource) pairs the simulation has: its results, in order.
    fn pairs(&self) -> usize {
        self.actions.len() * self.resources.len()
    }

    fn view(&self) -> SetsView<'_> {
        SetsView {
            identity: &self.identity,
            boundary: self.boundary.as_deref(),
            resource: self.resource.as_deref(),
        }
    }
}

/// A statement a decision points at: its policy id, number, Sid and position.
fn describe(view: &SetsView<'_>, r: &iamd_policy::StatementRef) -> String {
    let Some((source, stmt)) = view
        .for_role(r.role)
        .and_then(|s| s.get(r.policy, r.statement))
    else {
        return format!("statement {}", r.statement + 1);
    };
    let sid = stmt
        .sid()
        .filter(|s| !s.is_empty())
        .map(|s| format!(" \"{s}\""))
        .unwrap_or_default();
    format!(
        "{} statement {}{} (line {}, column {})",
        source.id,
        r.statement + 1,
        sid,
        stmt.start().line,
        stmt.start().column
    )
}

/// Evaluate the pairs of `range` (pair `k` is action `k / resources`, resource
/// `k % resources`: every resource of the first action, then of the next).
fn evaluate<O: Observer>(
    p: &Prepared,
    range: std::ops::Range<usize>,
    observer: impl Fn() -> O,
    mut emit: impl FnMut(&Action, &str, Decision, O),
) {
    let auth = Authorization {
        principal: &p.principal,
        identity: &p.identity,
        boundary: p.boundary.as_deref(),
        session: None,
        resource_policy: p.resource.as_deref(),
        resource_owner: p.owner.as_deref(),
        trust: p.trust,
    };
    let per_action = p.resources.len().max(1);
    for k in range {
        let (Some(action), Some(resource)) = (
            p.actions.get(k / per_action),
            p.resources.get(k % per_action),
        ) else {
            break;
        };
        let mut seen = observer();
        let decision = auth.decide_observed(
            &Request {
                action,
                resource,
                context: &p.context,
            },
            &mut seen,
        );
        emit(action, resource, decision, seen);
    }
}

struct SetsView<'a> {
    identity: &'a PolicySet,
    boundary: Option<&'a PolicySet>,
    resource: Option<&'a PolicySet>,
}

impl SetsView<'_> {
    fn for_role(&self, role: Role) -> Option<&PolicySet> {
        match role {
            Role::Identity => Some(self.identity),
            Role::Boundary => self.boundary,
            Role::Resource => self.resource,
            Role::Session => None,
        }
    }
}

fn input_id(list: &str, index: usize) -> String {
    if list == "ResourcePolicy" {
        list.to_string()
    } else {
        format!("{list}.{}", index + 1)
    }
}

/// `123456789012` or `arn:aws:iam::123456789012:root` (or any ARN of the account).
fn account_of(owner: &str) -> Result<String, CoreError> {
    if owner.len() == 12 && owner.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(owner.to_string());
    }
    let account = owner.split(':').nth(4).unwrap_or("");
    if owner.starts_with("arn:")
        && account.len() == 12
        && account.bytes().all(|b| b.is_ascii_digit())
    {
        return Ok(account.to_string());
    }
    Err(CoreError::InvalidInput(format!(
        "ResourceOwner \"{owner}\" is neither an account id nor an ARN of an account"
    )))
}

fn to_result(
    p: &Prepared,
    action: &Action,
    resource: &str,
    decision: &Decision,
    missing: Vec<String>,
) -> EvaluationResult {
    let view = p.view();
    let mut matched_statements: Vec<MatchedStatement> = Vec::new();
    for r in &decision.reasons {
        let Some((source, stmt)) = view
            .for_role(r.role)
            .and_then(|s| s.get(r.policy, r.statement))
        else {
            continue;
        };
        let matched = MatchedStatement {
            source_policy_id: source.id.clone(),
            source_policy_type: match source.source_type {
                SourceType::None => None,
                t => Some(t.as_str()),
            },
            start_position: stmt.start().into(),
            end_position: stmt.end().into(),
        };
        // A managed policy that is both attached and the boundary is reported once.
        if !matched_statements.contains(&matched) {
            matched_statements.push(matched);
        }
    }
    EvaluationResult {
        eval_action_name: action.as_str().to_string(),
        eval_resource_name: resource.to_string(),
        eval_decision: decision.outcome.as_str(),
        matched_statements,
        missing_context_values: missing,
        permissions_boundary_decision_detail: decision.allowed_by_boundary.map(|allowed| {
            BoundaryDetail {
                allowed_by_permissions_boundary: allowed,
            }
        }),
    }
}

/// The page `MaxItems` / `Marker` ask for among `total` results, as `start..end` (the
/// marker is the index of the next result).
fn page(
    total: usize,
    max_items: Option<u32>,
    marker: Option<&str>,
) -> Result<(usize, usize), CoreError> {
    let start = match marker {
        None => 0,
        Some(m) => m
            .parse::<usize>()
            .ok()
            .filter(|s| *s <= total)
            .ok_or_else(|| {
                CoreError::InvalidInput(format!("Marker \"{m}\" is not valid for this request"))
            })?,
    };
    let max = match max_items {
        None => usize::MAX,
        Some(n) if (1..=1000).contains(&n) => n as usize,
        Some(n) => {
            return Err(CoreError::InvalidInput(format!(
                "MaxItems must be between 1 and 1000, not {n}"
            )));
        }
    };
    Ok((start, start.saturating_add(max).min(total)))
}

/// Simulations evaluated at once; more wait their turn without holding a thread.
static RUNNING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// SimulateCustomPolicy (or, with `principal`, SimulatePrincipalPolicy) off the async
/// workers: the policies are compiled under the cache's lock, the page is evaluated without
/// it, on the blocking pool, two simulations at a time. A large simulation then delays other
/// simulations, never other calls.
pub(crate) async fn simulate_blocking(
    cache: Arc<std::sync::Mutex<Simulator>>,
    input: &SimulateCustomPolicyInput<'_>,
    principal: Option<PrincipalPolicies>,
) -> Result<SimulationOutput, CoreError> {
    let unavailable = || CoreError::ServiceFailure("the simulator is unavailable".into());
    let owned = OwnedInput::from(input);
    let _turn = RUNNING.acquire().await.map_err(|_| unavailable())?;
    tokio::task::spawn_blocking(move || {
        let input = owned.borrow();
        let prepared = {
            let mut sim = cache.lock().map_err(|_| unavailable())?;
            match &principal {
                Some(p) => {
                    check_caller_is_a_user(&input)?;
                    sim.prepare(&input, Some(p))?
                }
                None => sim.prepare(&input, None)?,
            }
        };
        run(&prepared, &input)
    })
    .await
    .map_err(|_| unavailable())?
}

mod context;
mod owned;
pub mod resource_policy;
mod types;

pub use context::{CONTEXT_KEY_TYPES, build_context};
use owned::OwnedInput;
pub use types::{
    BoundaryDetail, ContextEntry, Doc, EvaluationResult, MatchedStatement, Pos, PrincipalPolicies,
    SimulateCustomPolicyInput, SimulationOutput, SourcedPolicy,
};

#[cfg(test)]
mod tests;
