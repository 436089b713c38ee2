//! The compiled policy: what a parsed document becomes, and how its elements match a request.

use crate::arn::{ArnPattern, SplitArn};
use crate::condition::Condition;
use crate::context::RequestContext;
use crate::glob::Glob;
use crate::principal::{Principal, PrincipalMatch, PrincipalSet};
use crate::request::Action;

/// The policy language version (IAM JSON policy elements: Version).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyVersion {
    /// `2012-10-17`: the current language, with policy variables.
    V2012_10_17,
    /// `2008-10-17`: the original language, without policy variables.
    V2008_10_17,
    /// No `Version` element: the 2008 rules (no policy variables).
    Absent,
}

impl PolicyVersion {
    /// Policy variables are recognised only under 2012-10-17.
    pub fn has_variables(self) -> bool {
        self == PolicyVersion::V2012_10_17
    }

    /// The `Version` value as written, `None` when the element is absent.
    pub fn as_str(self) -> Option<&'static str> {
        match self {
            PolicyVersion::V2012_10_17 => Some("2012-10-17"),
            PolicyVersion::V2008_10_17 => Some("2008-10-17"),
            PolicyVersion::Absent => None,
        }
    }
}

/// Where a policy is used; the grammar differs (Principal, Resource and Id rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PolicyKind {
    /// Attached to a user, group or role (inline or managed).
    Identity,
    /// A permissions boundary (identity grammar; never grants by itself).
    Boundary,
    /// A session policy passed to AssumeRole / GetFederationToken (identity grammar).
    Session,
    /// A resource-based policy (names a Principal).
    Resource,
    /// A role trust policy (names a Principal; no Resource; no NotPrincipal).
    Trust,
}

impl PolicyKind {
    pub(crate) fn is_identity_grammar(self) -> bool {
        matches!(
            self,
            PolicyKind::Identity | PolicyKind::Boundary | PolicyKind::Session
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
/// A statement's `Effect`.
pub enum Effect {
    /// `Allow`.
    Allow,
    /// `Deny`.
    Deny,
}

/// A line and column (both from 1; the column counts bytes) in a policy document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// The line, from 1.
    pub line: u32,
    /// The column in bytes, from 1.
    pub column: u32,
}

/// An `Action` entry, lower-cased (actions match case-insensitively).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ActionPattern {
    Any,
    Named { service: Glob, name: Glob },
}

impl ActionPattern {
    pub(crate) fn parse(text: &str) -> Result<ActionPattern, String> {
        if text == "*" {
            return Ok(ActionPattern::Any);
        }
        let invalid = || {
            format!(
                "\"{text}\" is not a valid action: write \"service:ActionName\" (wildcards * and ? allowed in the name) or \"*\""
            )
        };
        let (service, name) = text.split_once(':').ok_or_else(invalid)?;
        let service_ok = !service.is_empty()
            && service
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'*' || b == b'?');
        let name_ok = !name.is_empty()
            && name.bytes().all(|b| {
                b.is_ascii_alphanumeric() || b == b'*' || b == b'?' || b == b'-' || b == b'_'
            });
        if !service_ok || !name_ok {
            return Err(invalid());
        }
        Ok(ActionPattern::Named {
            service: Glob::new(&service.to_ascii_lowercase()),
            name: Glob::new(&name.to_ascii_lowercase()),
        })
    }

    pub(crate) fn matches(&self, action: &Action) -> bool {
        match self {
            ActionPattern::Any => true,
            ActionPattern::Named { service, name } => {
                service.matches(action.service()) && name.matches(action.name())
            }
        }
    }
}

/// `Action` or `NotAction`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ActionClause {
    pub(crate) negated: bool,
    pub(crate) patterns: Box<[ActionPattern]>,
}

impl ActionClause {
    pub(crate) fn matches(&self, action: &Action) -> bool {
        self.patterns.iter().any(|p| p.matches(action)) != self.negated
    }
}

/// `Resource` or `NotResource`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ResourceClause {
    pub(crate) negated: bool,
    pub(crate) patterns: Box<[ArnPattern]>,
}

impl ResourceClause {
    /// An entry whose variable has no value matches no resource (IAM User Guide, "Variables
    /// and tags"); under NotResource such an entry excludes nothing. [ambiguous] the guide does
    /// not describe NotResource with an unresolved variable; this keeps one rule for both.
    pub(crate) fn matches(&self, resource: &SplitArn<'_>, ctx: &RequestContext) -> bool {
        let any = self
            .patterns
            .iter()
            .any(|p| p.matches(resource, ctx).unwrap_or(false));
        any != self.negated
    }

    /// Variables (as written) of entries that could not be resolved in `ctx`.
    pub(crate) fn unresolved<'a>(
        &'a self,
        ctx: &'a RequestContext,
    ) -> impl Iterator<Item = &'a str> {
        self.patterns.iter().flat_map(move |p| p.unresolved(ctx))
    }
}

/// `Principal` or `NotPrincipal`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PrincipalClause {
    pub(crate) negated: bool,
    pub(crate) set: PrincipalSet,
}

/// One statement of a policy.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub(crate) sid: Option<Box<str>>,
    pub(crate) effect: Effect,
    pub(crate) principal: Option<PrincipalClause>,
    pub(crate) actions: ActionClause,
    pub(crate) resources: Option<ResourceClause>,
    pub(crate) conditions: Box<[Condition]>,
    pub(crate) start: Position,
    pub(crate) end: Position,
}

impl Statement {
    /// The statement's `Sid`, if it has one.
    pub fn sid(&self) -> Option<&str> {
        self.sid.as_deref()
    }

    /// The statement's `Effect`.
    pub fn effect(&self) -> Effect {
        self.effect
    }

    /// The statement's conditions, compiled.
    pub fn conditions(&self) -> &[Condition] {
        &self.conditions
    }

    /// Just past the statement's opening `{`.
    pub fn start(&self) -> Position {
        self.start
    }

    /// Just past the statement's closing `}`.
    pub fn end(&self) -> Position {
        self.end
    }

    /// Whether this statement names NotAction (it then matches every action not listed).
    pub fn uses_not_action(&self) -> bool {
        self.actions.negated
    }

    /// Whether the statement's `Action` (or `NotAction`) covers `action`.
    pub fn matches_action(&self, action: &Action) -> bool {
        self.actions.matches(action)
    }

    /// Whether the statement's `Resource` (or `NotResource`) covers `resource`, with policy variables resolved from `ctx`.
    pub fn matches_resource(&self, resource: &str, ctx: &RequestContext) -> bool {
        self.matches_split_resource(&SplitArn::new(resource), ctx)
    }

    pub(crate) fn matches_split_resource(
        &self,
        resource: &SplitArn<'_>,
        ctx: &RequestContext,
    ) -> bool {
        self.resources
            .as_ref()
            .is_none_or(|r| r.matches(resource, ctx))
    }

    /// Variables in the statement's Resource entries that have no value in `ctx`.
    pub fn unresolved_resource_variables<'a>(
        &'a self,
        ctx: &'a RequestContext,
    ) -> impl Iterator<Item = &'a str> {
        self.resources.iter().flat_map(move |r| r.unresolved(ctx))
    }

    /// How the statement's Principal names the caller, `None` if it does not. Statements
    /// without a Principal element (identity grammar) name whoever the policy is attached to.
    pub fn matches_principal(&self, caller: &Principal) -> Option<PrincipalMatch> {
        match &self.principal {
            None => Some(PrincipalMatch::Attached),
            Some(PrincipalClause {
                negated: false,
                set,
            }) => set.names(caller),
            Some(PrincipalClause { negated: true, set }) => {
                (!set.lists_exactly(caller)).then_some(PrincipalMatch::Everyone)
            }
        }
    }

    pub(crate) fn has_not_principal(&self) -> bool {
        self.principal.as_ref().is_some_and(|p| p.negated)
    }

    /// The service prefixes this statement's `Action` can match, for indexing: `None` when
    /// it can match any service (`*`, a wildcard service, or NotAction).
    pub(crate) fn index_keys(&self) -> Option<Vec<(&str, Option<&str>)>> {
        if self.actions.negated {
            return None;
        }
        let mut keys = Vec::with_capacity(self.actions.patterns.len());
        for p in self.actions.patterns.iter() {
            match p {
                ActionPattern::Any => return None,
                ActionPattern::Named { service, name } => {
                    let service = service.as_exact()?;
                    keys.push((service, name.as_exact()));
                }
            }
        }
        Some(keys)
    }
}

/// A parsed, validated and compiled policy document.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub(crate) version: PolicyVersion,
    pub(crate) id: Option<Box<str>>,
    pub(crate) kind: PolicyKind,
    pub(crate) statements: Vec<Statement>,
}

impl Policy {
    /// The policy's language version.
    pub fn version(&self) -> PolicyVersion {
        self.version
    }

    /// The policy's `Id`, if it has one.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// What kind of policy the document was parsed as.
    pub fn kind(&self) -> PolicyKind {
        self.kind
    }

    /// The policy's statements, in document order.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }
}

/// The size of a policy as IAM's quotas count it: characters other than whitespace.
pub fn policy_size(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}
