//! The validation of one document: parse it, check it statement by statement, list the
//! findings in document order.

use super::run::{PolicyType, Run};
use super::statement;
use crate::catalog::Catalog;
use crate::finding::{self, Finding, Location};
use crate::json::{self, Span};

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
