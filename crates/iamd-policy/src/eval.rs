//! Evaluation: which statements apply to a request, and the decision they make together.
//!
//! Sources (IAM User Guide): "Policy evaluation logic", "How AWS enforcement code logic
//! evaluates requests to allow or deny access", "Cross-account policy evaluation logic",
//! "Permissions boundaries for IAM entities".
//!
//! ```text
//! any matching Deny in identity, boundary, session or resource policy  → explicitDeny
//! root (own account)                                                   → allowed
//! same account:
//!   resource policy names the caller's own user/session ARN            → allowed
//!   (identity allows, or resource policy names role/everyone)
//!     and the boundary (if any) allows and the session policy (if any) allows → allowed
//! other account:
//!   resource policy names the caller (or its account) and identity allows
//!     and boundary and session policy allow                            → allowed
//! otherwise                                                            → implicitDeny
//! ```
//!
//! A policy set is indexed by service prefix and action name when it is built, so a request
//! looks only at statements whose `Action` could name it (plus those with wildcard services or
//! `NotAction`), not at every statement.

use std::sync::Arc;

use foldhash::HashMap;
use smallvec::SmallVec;

use crate::arn::SplitArn;
use crate::condition::Condition;
use crate::context::ContextValue;
use crate::model::{Effect, Policy, Statement};
use crate::principal::{Principal, PrincipalKind, PrincipalMatch};
use crate::request::Request;

/// The kind of a policy in a simulation result (`PolicySourceType` in the IAM API).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceType {
    /// An inline policy of a user.
    User,
    /// An inline policy of a group.
    Group,
    /// An inline policy of a role.
    Role,
    /// An AWS managed policy.
    AwsManaged,
    /// A customer managed policy.
    UserManaged,
    /// A resource-based policy.
    Resource,
    /// A policy given by the caller of a simulation.
    None,
}

impl SourceType {
    /// The `PolicySourceType` value of the IAM API (`aws-managed`).
    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::User => "user",
            SourceType::Group => "group",
            SourceType::Role => "role",
            SourceType::AwsManaged => "aws-managed",
            SourceType::UserManaged => "user-managed",
            SourceType::Resource => "resource",
            SourceType::None => "none",
        }
    }
}

/// Where a policy came from, for reasons and messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicySource {
    /// A name the caller understands: a policy ARN, `user/alice/inline-name`,
    /// `PolicyInputList.1`, …
    pub id: String,
    /// What kind of policy it is.
    pub source_type: SourceType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Loc {
    policy: u32,
    statement: u32,
}

#[derive(Debug, Default)]
struct Bucket {
    by_name: HashMap<Box<str>, Vec<Loc>>,
    wildcard: Vec<Loc>,
}

/// Policies of one role in a decision (a principal's identity policies, its boundary, …),
/// compiled and indexed once, evaluated many times.
#[derive(Debug, Default)]
pub struct PolicySet {
    entries: Vec<(PolicySource, Arc<Policy>)>,
    by_service: HashMap<Box<str>, Bucket>,
    everywhere: Vec<Loc>,
}

impl PolicySet {
    /// A set of the given policies, indexed by the services their statements name.
    pub fn new(policies: impl IntoIterator<Item = (PolicySource, Arc<Policy>)>) -> PolicySet {
        let mut set = PolicySet {
            entries: policies.into_iter().collect(),
            ..PolicySet::default()
        };
        set.build_index();
        set
    }

    fn build_index(&mut self) {
        for (p, (_, policy)) in self.entries.iter().enumerate() {
            for (s, stmt) in policy.statements.iter().enumerate() {
                let loc = Loc {
                    policy: u32::try_from(p).unwrap_or(u32::MAX),
                    statement: u32::try_from(s).unwrap_or(u32::MAX),
                };
                let Some(keys) = stmt.index_keys() else {
                    self.everywhere.push(loc);
                    continue;
                };
                // A statement with `iam:Get*` is filed once for the service; a statement that
                // names an action twice is filed once for that name.
                let wild: Vec<&str> = keys
                    .iter()
                    .filter(|(_, name)| name.is_none())
                    .map(|(svc, _)| *svc)
                    .collect();
                for (svc, name) in keys {
                    let bucket = self.by_service.entry(svc.into()).or_default();
                    match name {
                        None => push_once(&mut bucket.wildcard, loc),
                        Some(_) if wild.contains(&svc) => {}
                        Some(name) => {
                            push_once(bucket.by_name.entry(name.into()).or_default(), loc)
                        }
                    }
                }
            }
        }
    }

    /// Every policy of the set, in the order given.
    pub fn policies(&self) -> impl Iterator<Item = (&PolicySource, &Policy)> {
        self.entries.iter().map(|(s, p)| (s, &**p))
    }

    /// Whether the set holds no policy.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The statements that could apply to the action of `request`.
    fn candidates<'s>(&'s self, request: &Request<'_>) -> impl Iterator<Item = Loc> + 's {
        let bucket = self.by_service.get(request.action.service());
        let named = bucket
            .and_then(|b| b.by_name.get(request.action.name()))
            .map_or(&[][..], Vec::as_slice);
        let wildcard = bucket.map_or(&[][..], |b| b.wildcard.as_slice());
        self.everywhere.iter().chain(wildcard).chain(named).copied()
    }

    fn statement(&self, loc: Loc) -> Option<&Statement> {
        self.entries
            .get(loc.policy as usize)
            .and_then(|(_, p)| p.statements.get(loc.statement as usize))
    }

    /// The source and statement a reason points at.
    pub fn get(&self, policy: u32, statement: u32) -> Option<(&PolicySource, &Statement)> {
        let (source, p) = self.entries.get(policy as usize)?;
        Some((source, p.statements.get(statement as usize)?))
    }
}

fn push_once(v: &mut Vec<Loc>, loc: Loc) {
    if v.last() != Some(&loc) {
        v.push(loc);
    }
}

/// Which policy set of a decision a statement belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// The caller's identity-based policies.
    Identity,
    /// The caller's permissions boundary.
    Boundary,
    /// The session policies of the caller's session.
    Session,
    /// The resource-based policy.
    Resource,
}

/// A statement that took part in a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatementRef {
    /// The policy set the statement belongs to.
    pub role: Role,
    /// The policy's index within its set.
    pub policy: u32,
    /// The statement's index within its policy.
    pub statement: u32,
}

/// The three decisions IAM makes (`EvalDecision`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// An Allow statement matched and nothing denied.
    Allowed,
    /// A Deny statement matched.
    ExplicitDeny,
    /// No statement allowed (and none denied).
    ImplicitDeny,
}

impl Outcome {
    /// The `EvalDecision` value of the IAM API (`explicitDeny`).
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Allowed => "allowed",
            Outcome::ExplicitDeny => "explicitDeny",
            Outcome::ImplicitDeny => "implicitDeny",
        }
    }
}

/// Why a request was implicitly denied: which kind of policy failed to allow it. This is what
/// AWS's AccessDenied message names ("because no identity-based policy allows …").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MissingAllow {
    /// No identity-based policy allows the action.
    Identity,
    /// The permissions boundary does not allow the action.
    Boundary,
    /// The session policy does not allow the action.
    Session,
    /// The resource-based policy does not allow the action (cross-account).
    Resource,
}

/// A decision and the statements that made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The decision.
    pub outcome: Outcome,
    /// For explicitDeny, the matching Deny statements; for allowed, the matching Allow
    /// statements; empty for implicitDeny.
    pub reasons: SmallVec<[StatementRef; 4]>,
    /// For implicitDeny, the kind of policy that did not allow.
    pub missing: Option<MissingAllow>,
    /// Whether a permissions boundary allowed the action (`None` without a boundary).
    pub allowed_by_boundary: Option<bool>,
}

/// Sees each condition as it is evaluated: the simulator's trace and its list of missing
/// context keys. The plain evaluation path uses [`NoObserver`], which costs nothing.
pub trait Observer {
    /// Whether this observer records anything (lets the plain path skip the bookkeeping).
    const ACTIVE: bool = true;
    /// Evaluate every condition of an applicable statement instead of stopping at the first
    /// false one, so the trace is complete.
    fn wants_all_conditions(&self) -> bool {
        false
    }
    /// One condition of the statement `at` was evaluated against the request's `value`, giving `result`.
    fn condition(
        &mut self,
        _at: StatementRef,
        _condition: &Condition,
        _value: Option<&ContextValue>,
        _result: bool,
    ) {
    }
    /// A policy variable in an applicable statement's Resource had no value.
    fn unresolved_variable(&mut self, _name: &str) {}
}

/// An observer that records nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoObserver;

impl Observer for NoObserver {
    const ACTIVE: bool = false;
}

/// The policies that apply to one caller, and the caller.
#[derive(Debug, Clone, Copy)]
pub struct Authorization<'a> {
    /// The caller.
    pub principal: &'a Principal,
    /// The caller's identity-based policies.
    pub identity: &'a PolicySet,
    /// The caller's permissions boundary, if one is set.
    pub boundary: Option<&'a PolicySet>,
    /// Session policies, for role and federated sessions that were given one.
    pub session: Option<&'a PolicySet>,
    /// The resource-based policy of the resource, if any.
    pub resource_policy: Option<&'a PolicySet>,
    /// The account that owns the resource; `None` means the caller's own account.
    pub resource_owner: Option<&'a str>,
    /// The resource policy is a role trust policy, which must allow explicitly.
    pub trust: bool,
}

#[derive(Default)]
struct Matches {
    denies: SmallVec<[StatementRef; 4]>,
    allows: SmallVec<[StatementRef; 4]>,
    /// The strongest way a resource-policy Allow named the caller.
    resource_grant: Option<PrincipalMatch>,
}

impl<'a> Authorization<'a> {
    /// Decide one request.
    pub fn decide(&self, request: &Request<'_>) -> Decision {
        self.decide_observed(request, &mut NoObserver)
    }

    /// Decide one request, showing each evaluated condition to `observer`.
    pub fn decide_observed<O: Observer>(
        &self,
        request: &Request<'_>,
        observer: &mut O,
    ) -> Decision {
        let mut m = Matches::default();
        let resource = SplitArn::new(request.resource);
        let is_root = self.principal.kind == PrincipalKind::Root;
        if !is_root {
            self.scan(
                Role::Identity,
                self.identity,
                request,
                &resource,
                &mut m,
                observer,
            );
        }
        let mut boundary_allows = None;
        if let (Some(b), false) = (self.boundary, is_root) {
            let before = m.allows.len();
            self.scan(Role::Boundary, b, request, &resource, &mut m, observer);
            boundary_allows = Some(m.allows.len() > before);
        }
        let mut session_allows = None;
        if let (Some(s), false) = (self.session, is_root) {
            let before = m.allows.len();
            self.scan(Role::Session, s, request, &resource, &mut m, observer);
            session_allows = Some(m.allows.len() > before);
        }
        if let Some(r) = self.resource_policy {
            self.scan(Role::Resource, r, request, &resource, &mut m, observer);
        }
        let allowed_by_boundary = boundary_allows
            .map(|allows| allows && !m.denies.iter().any(|d| d.role == Role::Boundary));

        if !m.denies.is_empty() {
            return Decision {
                outcome: Outcome::ExplicitDeny,
                reasons: m.denies,
                missing: None,
                allowed_by_boundary,
            };
        }
        let allow = |m: Matches| Decision {
            outcome: Outcome::Allowed,
            reasons: m.allows,
            missing: None,
            allowed_by_boundary,
        };
        let deny = |missing| Decision {
            outcome: Outcome::ImplicitDeny,
            reasons: SmallVec::new(),
            missing: Some(missing),
            allowed_by_boundary,
        };

        let same_account = self
            .resource_owner
            .is_none_or(|owner| owner == self.principal.account);
        let grant = m.resource_grant;
        if self.trust && grant.is_none() {
            return deny(MissingAllow::Resource);
        }
        if is_root {
            // The root user is allowed everything in its own account; elsewhere only what the
            // other account's resource policy grants to it.
            return if same_account || grant.is_some() {
                allow(m)
            } else {
                deny(MissingAllow::Resource)
            };
        }
        let identity_allows = m.allows.iter().any(|r| r.role == Role::Identity);
        let bnd_ok = boundary_allows.unwrap_or(true);
        let session_ok = match session_allows {
            Some(allows) => allows,
            // A federated user with no session policy has no permissions of its own.
            None => self.principal.kind != PrincipalKind::FederatedUser,
        };
        if same_account {
            if grant == Some(PrincipalMatch::Direct) {
                return allow(m);
            }
            let resource_grants = matches!(
                grant,
                Some(PrincipalMatch::Role | PrincipalMatch::Everyone | PrincipalMatch::Service)
            );
            if !(identity_allows || resource_grants) {
                return deny(MissingAllow::Identity);
            }
        } else {
            if grant.is_none() {
                return deny(MissingAllow::Resource);
            }
            if !identity_allows {
                return deny(MissingAllow::Identity);
            }
        }
        if !bnd_ok {
            return deny(MissingAllow::Boundary);
        }
        if !session_ok {
            return deny(MissingAllow::Session);
        }
        allow(m)
    }

    fn scan<O: Observer>(
        &self,
        role: Role,
        set: &PolicySet,
        request: &Request<'_>,
        resource: &SplitArn<'_>,
        m: &mut Matches,
        observer: &mut O,
    ) {
        for loc in set.candidates(request) {
            let Some(stmt) = set.statement(loc) else {
                continue;
            };
            if !stmt.matches_action(request.action) {
                continue;
            }
            if !stmt.matches_split_resource(resource, request.context) {
                if O::ACTIVE {
                    for name in stmt.unresolved_resource_variables(request.context) {
                        observer.unresolved_variable(name);
                    }
                }
                continue;
            }
            let named = if role == Role::Resource {
                // A Deny with NotPrincipal always denies a principal that has a permissions
                // boundary (IAM User Guide, "Permissions boundaries for IAM entities").
                if stmt.effect == Effect::Deny
                    && stmt.has_not_principal()
                    && self.boundary.is_some()
                {
                    Some(PrincipalMatch::Everyone)
                } else {
                    stmt.matches_principal(self.principal)
                }
            } else {
                Some(PrincipalMatch::Attached)
            };
            let Some(named) = named else {
                continue;
            };
            let at = StatementRef {
                role,
                policy: loc.policy,
                statement: loc.statement,
            };
            if !conditions_hold(stmt, at, request, observer) {
                continue;
            }
            match stmt.effect {
                Effect::Deny => m.denies.push(at),
                Effect::Allow => {
                    m.allows.push(at);
                    if role == Role::Resource {
                        m.resource_grant = Some(match m.resource_grant {
                            Some(prev) if rank(prev) <= rank(named) => prev,
                            _ => named,
                        });
                    }
                }
            }
        }
    }
}

/// Lower is a stronger grant in a resource policy.
fn rank(m: PrincipalMatch) -> u8 {
    match m {
        PrincipalMatch::Direct => 0,
        PrincipalMatch::Role => 1,
        PrincipalMatch::Service => 2,
        PrincipalMatch::Everyone => 3,
        PrincipalMatch::Account | PrincipalMatch::Attached => 4,
    }
}

fn conditions_hold<O: Observer>(
    stmt: &Statement,
    at: StatementRef,
    request: &Request<'_>,
    observer: &mut O,
) -> bool {
    let all = observer.wants_all_conditions();
    let mut holds = true;
    for cond in stmt.conditions.iter() {
        let result = cond.evaluate(request.context);
        if O::ACTIVE {
            observer.condition(at, cond, cond.request_value(request.context), result);
        }
        if !result {
            holds = false;
            if !all {
                break;
            }
        }
    }
    holds
}
