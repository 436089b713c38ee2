//! What every check of a validation shares: the policy type, the run with its findings so far,
//! and a node located by its JSON path.

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::finding::{self, Finding, Issue, Location, PathElement};
use crate::json::{self, Node, Span};

/// The kind of policy being validated, as ValidatePolicy's `policyType` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PolicyType {
    /// Attached to users, groups and roles (inline or managed); no Principal.
    IdentityPolicy,
    /// Attached to a resource (bucket, key, role trust); Principal required.
    ResourcePolicy,
    /// An Organizations SCP; no Principal.
    ServiceControlPolicy,
}

impl PolicyType {
    pub fn parse(text: &str) -> Option<PolicyType> {
        match text.to_ascii_uppercase().as_str() {
            "IDENTITY_POLICY" => Some(PolicyType::IdentityPolicy),
            "RESOURCE_POLICY" => Some(PolicyType::ResourcePolicy),
            "SERVICE_CONTROL_POLICY" => Some(PolicyType::ServiceControlPolicy),
            _ => None,
        }
    }
}

/// One validation: what it reads and what it has found so far.
pub(crate) struct Run {
    pub(crate) catalog: &'static Catalog,
    pub(crate) policy_type: PolicyType,
    pub(crate) findings: Vec<Finding>,
}

impl Run {
    pub(crate) fn report(&mut self, issue: &Issue, details: String, locations: Vec<Location>) {
        self.findings.push(issue.finding(details, locations));
    }

    pub(crate) fn report_at(&mut self, issue: &Issue, details: String, at: &Located<'_>) {
        self.report(issue, details, vec![at.location()]);
    }
}

/// A node with its JSON path from the document root.
#[derive(Debug, Clone)]
pub(crate) struct Located<'a> {
    pub(crate) node: &'a Node,
    pub(crate) path: Vec<PathElement>,
}

impl<'a> Located<'a> {
    pub(crate) fn location(&self) -> Location {
        Location {
            path: self.path.clone(),
            span: self.node.span,
        }
    }

    /// The value of member `key` (first of that name), with its path.
    pub(crate) fn member(&self, key: &str) -> Option<Located<'a>> {
        let m = self.node.get(key)?;
        Some(self.child(PathElement::Value(key.to_string()), &m.value))
    }

    pub(crate) fn child(&self, step: PathElement, node: &'a Node) -> Located<'a> {
        let mut path = self.path.clone();
        path.push(step);
        Located { node, path }
    }

    /// The location of member `key`'s name itself.
    pub(crate) fn key_location(&self, key: &str, span: Span) -> Location {
        let mut path = self.path.clone();
        path.push(PathElement::Key(key.to_string()));
        Location { path, span }
    }

    /// The elements of a string-or-array-of-strings element, each with its path; non-strings
    /// are reported and skipped.
    pub(crate) fn strings(&self, run: &mut Run, element: &str) -> Vec<Entry<'a>> {
        let mut out = Vec::new();
        match &self.node.value {
            json::Value::String(s) => out.push(Entry {
                text: s,
                at: self.clone(),
            }),
            json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let at = self.child(PathElement::Index(i), item);
                    match item.as_str() {
                        Some(s) => out.push(Entry { text: s, at }),
                        None => run.report_at(
                            &finding::DATA_TYPE_MISMATCH,
                            format!(
                                "Each {element} must be a string; this one is a {}.",
                                item.type_name()
                            ),
                            &at,
                        ),
                    }
                }
            }
            _ => run.report_at(
                &finding::DATA_TYPE_MISMATCH,
                format!(
                    "{element} must be a string or an array of strings; it is a {}.",
                    self.node.type_name()
                ),
                self,
            ),
        }
        out
    }
}

/// One string of an Action, Resource, … element.
#[derive(Debug, Clone)]
pub(crate) struct Entry<'a> {
    pub(crate) text: &'a str,
    pub(crate) at: Located<'a>,
}
