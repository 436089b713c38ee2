//! Policy validation as Access Analyzer's ValidatePolicy does it: the document's grammar, then
//! each statement's actions, resources and conditions against the service catalog, then checks
//! across statements.
//!
//! Every check reports and carries on, so one run lists every finding; a check that cannot
//! judge an element (an unknown service, a malformed ARN) stays silent rather than guess.

mod actions;
mod conditions;
mod mfa;
mod redundancy;
mod statement;

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

/// Validate `document` as a policy of `policy_type` against the embedded service catalog.
pub fn validate(document: &str, policy_type: PolicyType) -> Vec<Finding> {
    #[expect(
        clippy::expect_used,
        reason = "the catalog is embedded at build time and decoded by the crate's unit tests; \
                  a failure here is a broken build, not bad input"
    )]
    let catalog = Catalog::embedded().expect("embedded service data");
    validate_with(catalog, document, policy_type)
}

/// Validate `document` against `catalog`.
pub fn validate_with(
    catalog: &'static Catalog,
    document: &str,
    policy_type: PolicyType,
) -> Vec<Finding> {
    let mut run = Run {
        catalog,
        policy_type,
        findings: Vec::new(),
    };
    match json::parse(document) {
        Ok(root) => statement::check_document(&mut run, &root),
        Err(e) => run.report(
            &finding::JSON_SYNTAX_ERROR,
            format!("The policy is not valid JSON: {}.", e.message),
            vec![Location {
                path: Vec::new(),
                span: Span {
                    start: e.position,
                    end: e.position,
                },
            }],
        ),
    }
    // Document order, as Access Analyzer lists them.
    run.findings.sort_by_key(|f| {
        f.locations
            .first()
            .map_or((0, 0), |l| (l.span.start.offset, l.span.end.offset))
    });
    run.findings
}

/// One validation: what it reads and what it has found so far.
struct Run {
    catalog: &'static Catalog,
    policy_type: PolicyType,
    findings: Vec<Finding>,
}

impl Run {
    fn report(&mut self, issue: &Issue, details: String, locations: Vec<Location>) {
        self.findings.push(issue.finding(details, locations));
    }

    fn report_at(&mut self, issue: &Issue, details: String, at: &Located<'_>) {
        self.report(issue, details, vec![at.location()]);
    }
}

/// A node with its JSON path from the document root.
#[derive(Debug, Clone)]
struct Located<'a> {
    node: &'a Node,
    path: Vec<PathElement>,
}

impl<'a> Located<'a> {
    fn location(&self) -> Location {
        Location {
            path: self.path.clone(),
            span: self.node.span,
        }
    }

    /// The value of member `key` (first of that name), with its path.
    fn member(&self, key: &str) -> Option<Located<'a>> {
        let m = self.node.get(key)?;
        Some(self.child(PathElement::Value(key.to_string()), &m.value))
    }

    fn child(&self, step: PathElement, node: &'a Node) -> Located<'a> {
        let mut path = self.path.clone();
        path.push(step);
        Located { node, path }
    }

    /// The location of member `key`'s name itself.
    fn key_location(&self, key: &str, span: Span) -> Location {
        let mut path = self.path.clone();
        path.push(PathElement::Key(key.to_string()));
        Location { path, span }
    }

    /// The elements of a string-or-array-of-strings element, each with its path; non-strings
    /// are reported and skipped.
    fn strings(&self, run: &mut Run, element: &str) -> Vec<Entry<'a>> {
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
struct Entry<'a> {
    text: &'a str,
    at: Located<'a>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_types_read_as_the_api_spells_them() {
        assert_eq!(
            PolicyType::parse("service_control_policy"),
            Some(PolicyType::ServiceControlPolicy)
        );
        assert_eq!(PolicyType::parse("RESOURCE_CONTROL"), None);
    }
}
