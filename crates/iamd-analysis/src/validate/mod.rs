//! Policy validation as Access Analyzer's ValidatePolicy does it: the document's grammar, then
//! each statement's actions, resources and conditions against the service catalog, then checks
//! across statements.
//!
//! Every check reports and carries on, so one run lists every finding; a check that cannot
//! judge an element (an unknown service, a malformed ARN) stays silent rather than guess.

mod actions;
mod check;
mod conditions;
mod mfa;
mod redundancy;
mod run;
mod statement;

pub use check::{validate, validate_with};
pub use run::PolicyType;

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
