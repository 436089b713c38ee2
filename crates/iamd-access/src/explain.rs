//! Statements and conditions named the way `iamd simulate` and SimulatePrincipalPolicy name
//! them: the policy's id and type, the statement's number, Sid and position.

use iamd_policy::{ConditionTrace, Decision, PolicySet, StatementRef, Trace};
use serde::Serialize;

use crate::principals::{Node, Principals};

/// A statement that decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatementOut {
    /// The policy: `user/alice/inline-name`, a managed policy's ARN, a role's ARN for its
    /// trust policy.
    pub policy: String,
    /// `user`, `group`, `role`, `aws-managed`, `user-managed`, `resource` or `none`.
    pub policy_type: &'static str,
    /// Identity, boundary or resource (a role trust policy).
    pub part: &'static str,
    /// The statement's number in the policy, from 1.
    pub statement: u32,
    /// Its Sid, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// Where it starts (line, column from 1).
    pub line: u32,
    /// Its column.
    pub column: u32,
}

impl std::fmt::Display for StatementOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} statement {}", self.policy, self.statement)?;
        if let Some(sid) = &self.sid {
            write!(f, " \"{sid}\"")?;
        }
        write!(f, " (line {}, column {})", self.line, self.column)
    }
}

/// The statements of a decision, described.
pub fn statements(
    principals: &Principals,
    node: &Node,
    resource_policy: Option<&PolicySet>,
    decision: &Decision,
) -> Vec<StatementOut> {
    decision
        .reasons
        .iter()
        .filter_map(|r| statement(principals, node, resource_policy, r))
        .collect()
}

fn statement(
    principals: &Principals,
    node: &Node,
    resource_policy: Option<&PolicySet>,
    r: &StatementRef,
) -> Option<StatementOut> {
    let set = principals.set_of(node, r.role, resource_policy)?;
    let (source, stmt) = set.get(r.policy, r.statement)?;
    Some(StatementOut {
        policy: source.id.clone(),
        policy_type: source.source_type.as_str(),
        part: match r.role {
            iamd_policy::Role::Identity => "identity",
            iamd_policy::Role::Boundary => "boundary",
            iamd_policy::Role::Resource => "resource",
            iamd_policy::Role::Session => "session",
        },
        statement: r.statement + 1,
        sid: stmt.sid().filter(|s| !s.is_empty()).map(str::to_string),
        line: stmt.start().line,
        column: stmt.start().column,
    })
}

/// The conditions of the deciding statements, as `Operator key [values]`: what must hold.
pub fn conditions(decision: &Decision, trace: &Trace) -> Vec<String> {
    let mut out: Vec<String> = trace
        .conditions
        .iter()
        .filter(|c| decision.reasons.contains(&c.at))
        .map(describe)
        .collect();
    out.dedup();
    out
}

fn describe(c: &ConditionTrace) -> String {
    format!("{} {} {:?}", c.operator, c.key, c.policy_values)
}
