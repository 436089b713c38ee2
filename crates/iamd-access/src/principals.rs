//! The account's users and roles, each with its compiled policies, its trust policy (roles)
//! and the request context its calls carry, and one way to decide a request for any of them.
//!
//! A user is evaluated as its long-term access keys are (no MFA key in the context) and as an
//! MFA session is (`aws:MultiFactorAuthPresent` true); a role as a session of the role
//! (`arn:aws:sts::ACCOUNT:assumed-role/NAME/iamd-access`), with or without MFA. The context is
//! the one the authorizer builds (`iamd_core::authz::request_context`), so variables such as
//! `${aws:username}` and keys such as `aws:PrincipalTag/team` resolve as they do when the
//! principal calls.

use std::collections::HashMap;
use std::sync::Arc;

use iamd_check::{AccountPolicies, Compiled};
use iamd_core::authz::{self, ContextFacts};
use iamd_core::error::CoreError;
use iamd_core::ops::sessions::add_session_keys;
use iamd_core::service::Iam;
use iamd_core::store::Store;
use iamd_policy::{
    Action, Authorization, ContextValue, Decision, Effect, PolicyKind, PolicySet, PolicySource,
    Principal, PrincipalKind, Request, RequestContext, SourceType, Trace, parse_policy,
};
use time::OffsetDateTime;

/// The session name the analysis gives role sessions.
pub const SESSION_NAME: &str = "iamd-access";

/// A user or a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    /// An IAM user.
    User,
    /// An IAM role (evaluated as a session of it).
    Role,
}

/// Whether the caller signed in with MFA.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mfa {
    /// Long-term access keys (users) or a session without MFA (roles).
    Without,
    /// A session after MFA.
    With,
}

/// One principal of the account.
#[derive(Debug)]
pub struct Node {
    /// The user's or the role's ARN.
    pub arn: String,
    /// Its name.
    pub name: String,
    /// User or role.
    pub kind: NodeKind,
    /// The groups a user is in (names, in name order).
    pub groups: Vec<String>,
    /// Its identity policies and boundary.
    pub policies: Compiled,
    /// A role's trust policy; `None` for users (and for a role whose stored trust policy no
    /// longer parses, named in [`Principals::warnings`]).
    pub trust: Option<PolicySet>,
    context: RequestContext,
    /// A role's trust policy as written, and whether it admits any principal of the account
    /// (by the account or `*`): otherwise it can name a user or role only by writing its ARN,
    /// which makes a substring test a cheap first filter.
    trust_text: String,
    trust_account_wide: bool,
}

/// Every principal of an account, ready to evaluate.
#[derive(Debug)]
pub struct Principals {
    /// The account's id.
    pub account: String,
    /// Users first (in key order), then roles.
    pub nodes: Vec<Node>,
    /// What could not be read (a trust policy that no longer parses).
    pub warnings: Vec<String>,
    now: OffsetDateTime,
    by_arn: HashMap<String, usize>,
    /// How many of `nodes` are users (they come first).
    user_count: usize,
}

impl Principals {
    /// Read and compile the whole account.
    ///
    /// # Errors
    /// When the store cannot be read or a stored policy no longer parses.
    pub async fn load<S: Store>(iam: &Iam<S>) -> Result<Principals, CoreError> {
        let mut account = AccountPolicies::load(iam).await?;
        Principals::build(&mut account, iam.now())
    }

    fn build(account: &mut AccountPolicies, now: OffsetDateTime) -> Result<Principals, CoreError> {
        let id = account.account().to_string();
        let mut nodes = Vec::with_capacity(account.users().len() + account.roles().len());
        let mut warnings = Vec::new();
        for user in account.users().to_vec() {
            let policies = account.user(&user)?;
            let tags: Vec<(String, String)> = user
                .tags
                .iter()
                .map(|t| (t.key.clone(), t.value.clone()))
                .collect();
            let context = authz::request_context(&ContextFacts {
                principal: &policies.principal,
                user_name: Some(&user.name),
                user_id: &user.id,
                tags: &tags,
                source_ip: None,
                secure_transport: true,
                now,
            });
            nodes.push(Node {
                arn: user.arn(&id),
                name: user.name.clone(),
                kind: NodeKind::User,
                groups: account
                    .groups_of(&user)
                    .into_iter()
                    .map(|(_, name)| name)
                    .collect(),
                policies,
                trust: None,
                context,
                trust_text: String::new(),
                trust_account_wide: false,
            });
        }
        for role in account.roles().to_vec() {
            let arn = role.arn(&id);
            let principal = Principal {
                kind: PrincipalKind::AssumedRole,
                arn: format!(
                    "arn:aws:sts::{id}:assumed-role/{}/{SESSION_NAME}",
                    role.name
                ),
                account: id.clone(),
                role_arn: Some(arn.clone()),
                service: None,
            };
            let policies = account.role(&role, principal)?;
            let tags: Vec<(String, String)> = role
                .tags
                .iter()
                .map(|t| (t.key.clone(), t.value.clone()))
                .collect();
            let mut context = authz::request_context(&ContextFacts {
                principal: &policies.principal,
                user_name: None,
                user_id: &format!("{}:{SESSION_NAME}", role.id),
                tags: &tags,
                source_ip: None,
                secure_transport: true,
                now,
            });
            // A role session's aws:PrincipalArn is the role's ARN.
            context.insert("aws:PrincipalArn", arn.clone());
            let trust = match parse_policy(&role.assume_role_policy, PolicyKind::Trust) {
                Ok(p) => Some(PolicySet::new([(
                    PolicySource {
                        id: arn.clone(),
                        source_type: SourceType::Resource,
                    },
                    Arc::new(p),
                )])),
                Err(e) => {
                    warnings.push(format!(
                        "the trust policy of role {} no longer parses ({e}): no one is taken to assume it",
                        role.name
                    ));
                    None
                }
            };
            let trust_account_wide = trust.as_ref().is_some_and(|t| admits_anyone(t, &id));
            nodes.push(Node {
                arn,
                name: role.name.clone(),
                kind: NodeKind::Role,
                groups: Vec::new(),
                policies,
                trust,
                context,
                trust_text: role.assume_role_policy.clone(),
                trust_account_wide,
            });
        }
        let user_count = nodes.iter().filter(|n| n.kind == NodeKind::User).count();
        let by_arn = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.arn.clone(), i))
            .collect();
        Ok(Principals {
            account: id,
            nodes,
            warnings,
            now,
            by_arn,
            user_count,
        })
    }

    /// The indices of the users, or of the roles, in `nodes`.
    pub fn indices(&self, kind: NodeKind) -> std::ops::Range<usize> {
        match kind {
            NodeKind::User => 0..self.user_count,
            NodeKind::Role => self.user_count..self.nodes.len(),
        }
    }

    /// The principal with this user or role ARN.
    pub fn find(&self, arn: &str) -> Option<usize> {
        self.by_arn.get(arn).copied()
    }

    /// The principal a name or ARN designates: an ARN, `user/NAME`, `role/NAME` or a bare
    /// name (a user's first, then a role's).
    pub fn resolve(&self, who: &str) -> Option<usize> {
        if let Some(i) = self.find(who) {
            return Some(i);
        }
        let (kind, name) = match who.split_once('/') {
            Some(("user", n)) => (Some(NodeKind::User), n),
            Some(("role", n)) => (Some(NodeKind::Role), n),
            _ => (None, who),
        };
        let pick = |k: NodeKind| {
            self.nodes
                .iter()
                .position(|n| n.kind == k && n.name == name)
        };
        match kind {
            Some(k) => pick(k),
            None => pick(NodeKind::User).or_else(|| pick(NodeKind::Role)),
        }
    }

    /// The context of a request by `node`, with or without MFA, with `pins` set over it.
    pub fn context(&self, node: &Node, mfa: Mfa, pins: &RequestContext) -> RequestContext {
        let mut ctx = node.context.clone();
        let mfa_at = (mfa == Mfa::With).then_some(self.now);
        if node.kind == NodeKind::Role || mfa == Mfa::With {
            add_session_keys(&mut ctx, mfa_at, self.now, self.now);
        }
        for (k, v) in pins.iter() {
            ctx.set(k, v.clone());
        }
        ctx
    }

    /// Decide `action` on `resource` for `node`, with the resource's policy when it has one
    /// (`trust`: a role trust policy, which must allow explicitly), keeping the trace of every
    /// condition.
    pub fn decide(
        &self,
        node: &Node,
        ctx: &RequestContext,
        action: &Action,
        resource: &str,
        resource_policy: Option<(&PolicySet, bool)>,
    ) -> (Decision, Trace) {
        let auth = Authorization {
            principal: &node.policies.principal,
            identity: &node.policies.identity,
            boundary: node.policies.boundary.as_ref(),
            session: None,
            resource_policy: resource_policy.map(|(p, _)| p),
            resource_owner: None,
            trust: resource_policy.is_some_and(|(_, t)| t),
        };
        let mut trace = Trace::default();
        let decision = auth.decide_observed(
            &Request {
                action,
                resource,
                context: ctx,
            },
            &mut trace,
        );
        (decision, trace)
    }

    /// [`Principals::decide`] without the trace, for the many decisions nobody reads.
    pub fn decide_plain(
        &self,
        node: &Node,
        ctx: &RequestContext,
        action: &Action,
        resource: &str,
        resource_policy: Option<(&PolicySet, bool)>,
    ) -> Decision {
        Authorization {
            principal: &node.policies.principal,
            identity: &node.policies.identity,
            boundary: node.policies.boundary.as_ref(),
            session: None,
            resource_policy: resource_policy.map(|(p, _)| p),
            resource_owner: None,
            trust: resource_policy.is_some_and(|(_, t)| t),
        }
        .decide(&Request {
            action,
            resource,
            context: ctx,
        })
    }

    /// Whether `role`'s trust policy has an Allow for `action` naming `caller` at all: the
    /// cheap test before a full decision.
    pub fn trust_names(&self, role: &Node, caller: &Node, action: &Action) -> bool {
        let Some(trust) = &role.trust else {
            return false;
        };
        if !role.trust_account_wide && !role.trust_text.contains(caller.arn.as_str()) {
            return false;
        }
        trust.policies().any(|(_, p)| {
            p.statements().iter().any(|s| {
                s.effect() == Effect::Allow
                    && s.matches_action(action)
                    && s.matches_principal(&caller.policies.principal).is_some()
            })
        })
    }

    /// The set a statement reference points into, for `node`.
    pub fn set_of<'a>(
        &self,
        node: &'a Node,
        role: iamd_policy::Role,
        resource_policy: Option<&'a PolicySet>,
    ) -> Option<&'a PolicySet> {
        match role {
            iamd_policy::Role::Identity => Some(&node.policies.identity),
            iamd_policy::Role::Boundary => node.policies.boundary.as_ref(),
            iamd_policy::Role::Resource => resource_policy,
            iamd_policy::Role::Session => None,
        }
    }
}

/// Whether a trust policy has an Allow naming a principal of `account` that it does not name
/// by ARN (through the account or `*`).
fn admits_anyone(trust: &PolicySet, account: &str) -> bool {
    let nobody = Principal {
        kind: PrincipalKind::User,
        arn: format!("arn:aws:iam::{account}:user/\u{1}"),
        account: account.to_string(),
        role_arn: None,
        service: None,
    };
    trust.policies().any(|(_, p)| {
        p.statements()
            .iter()
            .any(|s| s.effect() == Effect::Allow && s.matches_principal(&nobody).is_some())
    })
}

/// Parse `KEY=VALUE` pins (a `VALUE` with commas is a list) into a context.
///
/// # Errors
/// When an entry has no `=`.
pub fn parse_pins(entries: &[String]) -> Result<RequestContext, String> {
    let mut ctx = RequestContext::new();
    for e in entries {
        let (k, v) = e
            .split_once('=')
            .ok_or_else(|| format!("--context \"{e}\" is not KEY=VALUE"))?;
        if v.contains(',') {
            ctx.set(
                k,
                ContextValue::List(v.split(',').map(str::to_string).collect()),
            );
        } else {
            ctx.insert(k, v);
        }
    }
    Ok(ctx)
}
