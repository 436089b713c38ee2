//! A principal's policies as the authorizer gathers them, kept with their documents and where
//! they come from, so the analyzer can name a blocking statement, change it the smallest way
//! its shape allows, and re-evaluate to prove the change resolves the finding.
//!
//! Smallest fixes, by the shape of the blocking statement:
//! - Deny with NotAction: add the needed actions to NotAction.
//! - Deny with Action naming them: remove them (the whole statement when nothing is left).
//! - Deny with `Action: "*"`: the same statement as `NotAction` the needed actions.
//! - Deny matching through another wildcard (`iam:*`): no automatic edit; the finding says
//!   which pattern matches and is marked unverified.
//! - No Allow (implicit deny): add the grant the action needs (for a password change:
//!   IAMUserChangePassword or the account's AllowUsersToChangePassword); a permissions boundary
//!   that does not allow it: add the action to the boundary.

use std::sync::Arc;

use iamd_policy::{
    Action, Authorization, Decision, Outcome, Policy, PolicyKind, PolicySet, PolicySource,
    Principal, Request, RequestContext, Role, SourceType, parse_policy,
};
use serde_json::{Map, Value};

use crate::Blocking;
use iamd_core::entities::OwnerKind;
use iamd_core::error::CoreError;
use iamd_core::ops::account::policy_name;

/// Where a policy in a principal's set comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Origin {
    Inline {
        kind: OwnerKind,
        owner: String,
        name: String,
    },
    Managed {
        arn: String,
        kind: OwnerKind,
        owner: String,
    },
    Boundary {
        arn: String,
        owner: String,
    },
    /// The account password policy's AllowUsersToChangePassword.
    AccountGrant,
    /// A grant a fix proposes (never stored).
    Proposed(String),
}

impl Origin {
    pub(crate) fn name(&self) -> String {
        match self {
            Origin::Inline { name, .. } => name.clone(),
            Origin::Managed { arn, .. } | Origin::Boundary { arn, .. } => {
                policy_name(arn).to_string()
            }
            Origin::AccountGrant => {
                iamd_core::ops::passwords::ALLOW_USERS_TO_CHANGE_PASSWORD.into()
            }
            Origin::Proposed(label) => label.clone(),
        }
    }

    fn arn(&self) -> Option<String> {
        match self {
            Origin::Managed { arn, .. } | Origin::Boundary { arn, .. } => Some(arn.clone()),
            _ => None,
        }
    }

    fn attached(&self) -> String {
        match self {
            Origin::Inline { kind, owner, .. } => {
                format!("inline policy of {} {owner}", kind.as_str())
            }
            Origin::Managed { kind, owner, .. } => {
                format!("managed policy attached to {} {owner}", kind.as_str())
            }
            Origin::Boundary { owner, .. } => format!("permissions boundary of {owner}"),
            Origin::AccountGrant => "account password policy".into(),
            Origin::Proposed(_) => "proposed policy".into(),
        }
    }

    /// How a fix text names the policy: `policy mfa-force` (with the ARN for managed ones).
    fn phrase(&self) -> String {
        match self {
            Origin::Inline { kind, owner, name } => {
                format!("inline policy {name} of {} {owner}", kind.as_str())
            }
            Origin::Managed { arn, .. } => format!("policy {} ({arn})", policy_name(arn)),
            Origin::Boundary { arn, .. } => {
                format!("permissions boundary {} ({arn})", policy_name(arn))
            }
            Origin::AccountGrant | Origin::Proposed(_) => self.name(),
        }
    }
}

/// One policy of a principal.
#[derive(Debug, Clone)]
pub(crate) struct Src {
    pub source: PolicySource,
    pub policy: Arc<Policy>,
    /// The JSON document, for edits; `None` for the account's synthetic grant. Shared with
    /// every other principal the policy reaches.
    pub document: Option<Arc<str>>,
    pub origin: Origin,
}

/// A principal's identity policies and boundary, compiled into the sets the engine evaluates.
#[derive(Debug)]
pub(crate) struct Subject {
    pub principal: Principal,
    pub identity: Vec<Src>,
    pub boundary: Option<Src>,
    identity_set: PolicySet,
    boundary_set: Option<PolicySet>,
}

impl Subject {
    pub(crate) fn new(principal: Principal, identity: Vec<Src>, boundary: Option<Src>) -> Subject {
        let identity_set = PolicySet::new(
            identity
                .iter()
                .map(|s| (s.source.clone(), s.policy.clone())),
        );
        let boundary_set = boundary
            .as_ref()
            .map(|s| PolicySet::new([(s.source.clone(), s.policy.clone())]));
        Subject {
            principal,
            identity,
            boundary,
            identity_set,
            boundary_set,
        }
    }

    pub(crate) fn decide(&self, action: &Action, resource: &str, ctx: &RequestContext) -> Decision {
        Authorization {
            principal: &self.principal,
            identity: &self.identity_set,
            boundary: self.boundary_set.as_ref(),
            session: None,
            resource_policy: None,
            resource_owner: None,
            trust: false,
        }
        .decide(&Request {
            action,
            resource,
            context: ctx,
        })
    }

    /// The principal and its compiled sets, for analyses that need no sources.
    pub(crate) fn into_sets(self) -> (Principal, PolicySet, Option<PolicySet>) {
        (self.principal, self.identity_set, self.boundary_set)
    }

    fn src(&self, role: Role, policy: u32) -> Option<&Src> {
        match role {
            Role::Identity => self.identity.get(policy as usize),
            Role::Boundary => self.boundary.as_ref(),
            _ => None,
        }
    }

    /// Whether a Deny statement depends on MFA (`aws:MultiFactorAuthPresent` or
    /// `aws:MultiFactorAuthAge`): the mark of an MFA-enforcing policy.
    pub(crate) fn enforces_mfa(&self) -> bool {
        self.identity.iter().chain(self.boundary.iter()).any(|s| {
            s.policy.statements().iter().any(|st| {
                st.effect() == iamd_policy::Effect::Deny
                    && st.conditions().iter().any(|c| {
                        let k = c.key().to_ascii_lowercase();
                        k == "aws:multifactorauthpresent" || k == "aws:multifactorauthage"
                    })
            })
        })
    }
}

/// Something a user must be able to do.
#[derive(Debug, Clone)]
pub(crate) struct Need {
    pub action: &'static str,
    pub resource: String,
}

/// The outcome of planning a fix for the denied needs.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub blocking: Vec<Blocking>,
    /// `explicit deny by …` / `no policy allows it`, for the finding's detail.
    pub why: String,
    pub fix: String,
    pub verified: bool,
}

/// A statement, as a finding names it: its Sid, or `#N` (1-based) without one.
fn statement_name(policy: &Policy, index: u32) -> String {
    policy
        .statements()
        .get(index as usize)
        .and_then(|s| s.sid())
        .map_or_else(|| format!("#{}", index + 1), str::to_string)
}

fn statement_phrase(policy: &Policy, index: u32) -> String {
    match policy
        .statements()
        .get(index as usize)
        .and_then(|s| s.sid())
    {
        Some(sid) => format!("statement {sid}"),
        None => format!("statement #{} (no Sid)", index + 1),
    }
}

/// Plan and verify the smallest fix that lets the subject do every one of `needs` in `ctx`.
/// `grant` is the identity policy to propose when no Allow exists (label, document, how a
/// person applies it).
pub(crate) fn plan(
    subject: &Subject,
    ctx: &RequestContext,
    needs: &[Need],
    grant: &Grant,
) -> Result<Plan, CoreError> {
    let actions: Vec<Action> = needs
        .iter()
        .map(|n| Action::parse(n.action).map_err(CoreError::ServiceFailure))
        .collect::<Result<_, _>>()?;
    let (denies, implicit) = blocking_denies(subject, ctx, needs, &actions);
    let mut draft = Draft {
        blocking: Vec::new(),
        steps: Vec::new(),
        verified: true,
        why: Vec::new(),
    };
    let (identity, bound) = draft.lift_denies(subject, needs, &denies);
    if implicit && denies.is_empty() {
        draft.why.push("no policy allows it".to_string());
    }
    // After the edits: is an Allow still missing, from the identity policies or the boundary?
    let edited = Subject::new(subject.principal.clone(), identity, bound);
    let missing = |s: &Subject, role_missing: iamd_policy::MissingAllow| {
        needs.iter().enumerate().any(|(i, n)| {
            let d = s.decide(&actions[i], &n.resource, ctx);
            d.outcome == Outcome::ImplicitDeny && d.missing == Some(role_missing)
        })
    };
    let edited = if draft.verified && missing(&edited, iamd_policy::MissingAllow::Identity) {
        draft.add_grant(subject, edited, grant)?
    } else {
        edited
    };
    let edited = if draft.verified && missing(&edited, iamd_policy::MissingAllow::Boundary) {
        let denied: Vec<usize> = (0..needs.len())
            .filter(|i| {
                subject
                    .decide(&actions[*i], &needs[*i].resource, ctx)
                    .outcome
                    != Outcome::Allowed
            })
            .collect();
        draft.widen_boundary(subject, edited, needs, &denied, denies.is_empty())
    } else {
        edited
    };
    if draft.verified {
        draft.verified = needs
            .iter()
            .enumerate()
            .all(|(i, n)| edited.decide(&actions[i], &n.resource, ctx).outcome == Outcome::Allowed);
    }
    Ok(draft.into_plan())
}

/// A Deny statement that blocks: its policy set, policy and statement, and which needed
/// actions it blocks.
type Deny = (Role, u32, u32, Vec<usize>);

/// The Deny statements that block any of `needs`, and whether any is only implicitly denied.
fn blocking_denies(
    subject: &Subject,
    ctx: &RequestContext,
    needs: &[Need],
    actions: &[Action],
) -> (Vec<Deny>, bool) {
    let mut denies: Vec<Deny> = Vec::new();
    let mut implicit = false;
    for (i, n) in needs.iter().enumerate() {
        let d = subject.decide(&actions[i], &n.resource, ctx);
        match d.outcome {
            Outcome::Allowed => {}
            Outcome::ImplicitDeny => implicit = true,
            Outcome::ExplicitDeny => {
                for r in &d.reasons {
                    match denies
                        .iter_mut()
                        .find(|(ro, p, s, _)| (*ro, *p, *s) == (r.role, r.policy, r.statement))
                    {
                        Some(e) => e.3.push(i),
                        None => denies.push((r.role, r.policy, r.statement, vec![i])),
                    }
                }
            }
        }
    }
    // Later statements first, so that removing one leaves the indices of the others valid.
    denies.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(b.2.cmp(&a.2)));
    (denies, implicit)
}

/// A fix being drawn up: what blocks, the steps so far, and whether each was an edit the
/// re-evaluation can check.
struct Draft {
    blocking: Vec<Blocking>,
    steps: Vec<String>,
    verified: bool,
    why: Vec<String>,
}

impl Draft {
    /// Edit each blocking Deny the smallest way its shape allows; the policies as edited.
    fn lift_denies(
        &mut self,
        subject: &Subject,
        needs: &[Need],
        denies: &[Deny],
    ) -> (Vec<Src>, Option<Src>) {
        let mut identity = subject.identity.clone();
        let mut bound = subject.boundary.clone();
        for (role, p, s, which) in denies {
            let Some(src) = subject.src(*role, *p) else {
                continue;
            };
            // Edit the policy as already edited for earlier statements.
            let current = match role {
                Role::Boundary => bound.clone(),
                _ => identity.get(*p as usize).cloned(),
            }
            .unwrap_or_else(|| src.clone());
            let names: Vec<&str> = which.iter().map(|i| needs[*i].action).collect();
            self.blocking.push(Blocking {
                policy: src.origin.name(),
                policy_arn: src.origin.arn(),
                attached: src.origin.attached(),
                statement: Some(statement_name(&src.policy, *s)),
            });
            self.why.push(format!(
                "denied by {} of {}",
                statement_phrase(&src.policy, *s),
                src.origin.phrase()
            ));
            let kind = if *role == Role::Boundary {
                PolicyKind::Boundary
            } else {
                PolicyKind::Identity
            };
            match edit(&current, *s, &names, kind) {
                Some((text, edited)) => {
                    self.steps.push(text);
                    match role {
                        Role::Boundary => bound = Some(edited),
                        _ => {
                            if let Some(slot) = identity.get_mut(*p as usize) {
                                *slot = edited;
                            }
                        }
                    }
                }
                None => {
                    self.verified = false;
                    self.steps.push(format!(
                        "narrow {} of {} so that it no longer denies {} (its Action matches through a wildcard)",
                        statement_phrase(&src.policy, *s),
                        src.origin.phrase(),
                        names.join(", ")
                    ));
                }
            }
        }
        (identity, bound)
    }

    /// No identity policy allows: propose the grant.
    fn add_grant(
        &mut self,
        subject: &Subject,
        edited: Subject,
        grant: &Grant,
    ) -> Result<Subject, CoreError> {
        let policy = parse_policy(&grant.document, PolicyKind::Identity).map_err(|e| {
            CoreError::ServiceFailure(format!("the proposed grant does not parse: {e}"))
        })?;
        let mut identity = edited.identity.clone();
        identity.push(Src {
            source: PolicySource {
                id: grant.label.clone(),
                source_type: SourceType::None,
            },
            policy: Arc::new(policy),
            document: Some(grant.document.as_str().into()),
            origin: Origin::Proposed(grant.label.clone()),
        });
        self.steps.push(grant.advice.clone());
        Ok(Subject::new(
            subject.principal.clone(),
            identity,
            edited.boundary.clone(),
        ))
    }

    /// The permissions boundary does not allow the `denied` needs: add them to it (and name
    /// the boundary as what blocks when no Deny did).
    fn widen_boundary(
        &mut self,
        subject: &Subject,
        edited: Subject,
        needs: &[Need],
        denied: &[usize],
        no_deny: bool,
    ) -> Subject {
        let Some(b) = &edited.boundary else {
            return edited;
        };
        let names: Vec<&str> = denied.iter().map(|i| needs[*i].action).collect();
        if no_deny {
            self.blocking.push(Blocking {
                policy: b.origin.name(),
                policy_arn: b.origin.arn(),
                attached: b.origin.attached(),
                statement: None,
            });
            self.why.retain(|w| w != "no policy allows it");
            self.why
                .push(format!("not allowed by {}", b.origin.phrase()));
        }
        match add_allow(b, denied, needs) {
            Some(nb) => {
                self.steps.push(format!(
                    "add an Allow of {} to {}",
                    names.join(", "),
                    b.origin.phrase()
                ));
                Subject::new(subject.principal.clone(), edited.identity.clone(), Some(nb))
            }
            None => {
                self.verified = false;
                edited
            }
        }
    }

    fn into_plan(self) -> Plan {
        let fix = match (self.steps.is_empty(), self.verified) {
            (true, _) => "no change found that resolves it".to_string(),
            (false, true) => self.steps.join("; and "),
            // A suggestion the re-evaluation could not confirm is labelled as such.
            (false, false) => format!("review (not verified): {}", self.steps.join("; and ")),
        };
        Plan {
            blocking: self.blocking,
            why: self.why.join("; "),
            fix,
            verified: self.verified,
        }
    }
}

/// An identity policy a fix proposes when no Allow exists.
#[derive(Debug, Clone)]
pub(crate) struct Grant {
    pub label: String,
    pub document: String,
    pub advice: String,
}

/// The statements of a document, as a mutable list (a single statement object counts as one).
fn statement_mut(doc: &mut Value, index: u32) -> Option<&mut Map<String, Value>> {
    match doc.get_mut("Statement")? {
        Value::Array(list) => list.get_mut(index as usize)?.as_object_mut(),
        Value::Object(o) if index == 0 => Some(o),
        _ => None,
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// Edit statement `index` of `src` so that it no longer denies `names`; the text of the edit
/// and the edited policy, or `None` when the statement's shape allows no simple edit. A
/// wildcard that still matches after the edit is caught by the caller's re-evaluation.
fn edit(src: &Src, index: u32, names: &[&str], kind: PolicyKind) -> Option<(String, Src)> {
    let mut doc: Value = serde_json::from_str(src.document.as_deref()?).ok()?;
    let stmt_name = statement_phrase(&src.policy, index);
    let where_ = src.origin.phrase();
    let text;
    {
        let st = statement_mut(&mut doc, index)?;
        if st.contains_key("NotAction") {
            let mut list = strings(st.get("NotAction"));
            list.extend(names.iter().map(|n| (*n).to_string()));
            st.insert(
                "NotAction".into(),
                Value::Array(list.into_iter().map(Value::String).collect()),
            );
            text = format!(
                "add {} to NotAction of {stmt_name} in {where_}",
                names.join(", ")
            );
        } else {
            let list = strings(st.get("Action"));
            let kept: Vec<String> = list
                .iter()
                .filter(|a| !names.iter().any(|n| n.eq_ignore_ascii_case(a)))
                .cloned()
                .collect();
            if kept.len() == 1 && kept[0] == "*" && list.len() == 1 {
                st.remove("Action");
                st.insert(
                    "NotAction".into(),
                    Value::Array(names.iter().map(|n| Value::String((*n).into())).collect()),
                );
                text = format!(
                    "replace Action \"*\" with NotAction [{}] in {stmt_name} of {where_}",
                    names
                        .iter()
                        .map(|n| format!("\"{n}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            } else if kept.len() < list.len() {
                // Literal names removed; a wildcard still matching is caught by the
                // re-evaluation below.
                if kept.is_empty() {
                    text = format!("remove {stmt_name} from {where_}");
                    match doc.get_mut("Statement") {
                        Some(Value::Array(all)) => {
                            all.remove(index as usize);
                        }
                        _ => return None,
                    }
                } else {
                    text = format!(
                        "remove {} from Action of {stmt_name} in {where_}",
                        names.join(", ")
                    );
                    st.insert(
                        "Action".into(),
                        Value::Array(kept.into_iter().map(Value::String).collect()),
                    );
                }
            } else {
                return None;
            }
        }
    }
    let document = doc.to_string();
    let policy = parse_policy(&document, kind).ok()?;
    Some((
        text,
        Src {
            source: src.source.clone(),
            policy: Arc::new(policy),
            document: Some(document.into()),
            origin: src.origin.clone(),
        },
    ))
}

/// The boundary with an Allow of the denied needs added.
fn add_allow(b: &Src, denied: &[usize], needs: &[Need]) -> Option<Src> {
    let mut doc: Value = serde_json::from_str(b.document.as_deref()?).ok()?;
    let add: Vec<Value> = denied
        .iter()
        .map(|i| {
            serde_json::json!({
                "Effect": "Allow",
                "Action": needs[*i].action,
                "Resource": needs[*i].resource,
            })
        })
        .collect();
    match doc.get_mut("Statement")? {
        Value::Array(list) => list.extend(add),
        other => {
            let one = other.take();
            let mut list = vec![one];
            list.extend(add);
            *other = Value::Array(list);
        }
    }
    let document = doc.to_string();
    let policy = parse_policy(&document, PolicyKind::Boundary).ok()?;
    Some(Src {
        source: b.source.clone(),
        policy: Arc::new(policy),
        document: Some(document.into()),
        origin: b.origin.clone(),
    })
}
