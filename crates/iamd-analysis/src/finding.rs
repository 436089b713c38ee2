//! Findings in Access Analyzer's `ValidatePolicyFinding` shape, and the catalogue of the issue
//! codes iamd emits.

use serde::Serialize;

use crate::json::Span;

/// How bad a finding is, most severe first (the order `--fail-on` compares with).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FindingType {
    /// Part of the policy does not work.
    Error,
    /// The policy grants more than it probably should.
    SecurityWarning,
    /// A departure from good practice that does not widen access.
    Warning,
    /// Style: no effect on access.
    Suggestion,
}

impl FindingType {
    pub fn name(self) -> &'static str {
        match self {
            FindingType::Error => "ERROR",
            FindingType::SecurityWarning => "SECURITY_WARNING",
            FindingType::Warning => "WARNING",
            FindingType::Suggestion => "SUGGESTION",
        }
    }

    /// The anchor word the IAM User Guide's check reference uses for this type.
    fn anchor(self) -> &'static str {
        match self {
            FindingType::Error => "error",
            FindingType::SecurityWarning => "security-warning",
            FindingType::Warning => "general-warning",
            FindingType::Suggestion => "suggestion",
        }
    }

    pub fn parse(text: &str) -> Option<FindingType> {
        [
            FindingType::Error,
            FindingType::SecurityWarning,
            FindingType::Warning,
            FindingType::Suggestion,
        ]
        .into_iter()
        .find(|t| t.name().eq_ignore_ascii_case(text))
    }
}

/// A step of a location's JSON path: `{"index": n}` into an array, `{"value": key}` into the
/// value of a member, `{"key": key}` onto the member's name itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PathElement {
    Index(usize),
    Key(String),
    Value(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub path: Vec<PathElement>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub finding_details: String,
    pub finding_type: FindingType,
    pub issue_code: &'static str,
    pub learn_more_link: String,
    pub locations: Vec<Location>,
}

/// One issue code: its type and, for iamd's own codes (which the IAM User Guide's check
/// reference does not list), the page that explains the matter.
#[derive(Debug, Clone, Copy)]
pub struct Issue {
    pub code: &'static str,
    pub finding_type: FindingType,
    pub own_link: Option<&'static str>,
}

const CHECKS_PAGE: &str =
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html";

impl Issue {
    /// AWS's link for its codes (`…#access-analyzer-reference-policy-checks-<type>-<code>`),
    /// the explaining page for iamd's own.
    pub fn learn_more_link(&self) -> String {
        match self.own_link {
            Some(link) => link.to_string(),
            None => format!(
                "{CHECKS_PAGE}#access-analyzer-reference-policy-checks-{}-{}",
                self.finding_type.anchor(),
                self.code.to_ascii_lowercase().replace('_', "-")
            ),
        }
    }

    pub fn finding(&self, details: String, locations: Vec<Location>) -> Finding {
        Finding {
            finding_details: details,
            finding_type: self.finding_type,
            issue_code: self.code,
            learn_more_link: self.learn_more_link(),
            locations,
        }
    }
}

const fn aws(code: &'static str, finding_type: FindingType) -> Issue {
    Issue {
        code,
        finding_type,
        own_link: None,
    }
}

const fn own(code: &'static str, finding_type: FindingType, link: &'static str) -> Issue {
    Issue {
        code,
        finding_type,
        own_link: Some(link),
    }
}

use FindingType::{Error, SecurityWarning, Suggestion, Warning};

const MFA_KEY_PAGE: &str = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent";
const SAR_PAGE: &str = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html";

// AWS's codes (IAM User Guide, "IAM policy validation check reference").
pub const JSON_SYNTAX_ERROR: Issue = aws("JSON_SYNTAX_ERROR", Error);
pub const DATA_TYPE_MISMATCH: Issue = aws("DATA_TYPE_MISMATCH", Error);
pub const INVALID_POLICY_ELEMENT: Issue = aws("INVALID_POLICY_ELEMENT", Error);
pub const INVALID_VERSION: Issue = aws("INVALID_VERSION", Error);
pub const MISSING_VERSION: Issue = aws("MISSING_VERSION", Warning);
pub const MISSING_STATEMENT: Issue = aws("MISSING_STATEMENT", Error);
pub const MISSING_EFFECT: Issue = aws("MISSING_EFFECT", Error);
pub const INVALID_EFFECT: Issue = aws("INVALID_EFFECT", Error);
pub const MISSING_ACTION: Issue = aws("MISSING_ACTION", Error);
pub const MISSING_RESOURCE: Issue = aws("MISSING_RESOURCE", Error);
pub const MISSING_PRINCIPAL: Issue = aws("MISSING_PRINCIPAL", Error);
pub const UNSUPPORTED_PRINCIPAL: Issue = aws("UNSUPPORTED_PRINCIPAL", Error);
pub const SCP_SYNTAX_ERROR_PRINCIPAL: Issue = aws("SCP_SYNTAX_ERROR_PRINCIPAL", Error);
pub const UNSUPPORTED_ELEMENT_COMBINATION: Issue = aws("UNSUPPORTED_ELEMENT_COMBINATION", Error);
pub const UNIQUE_SIDS_REQUIRED: Issue = aws("UNIQUE_SIDS_REQUIRED", Error);
pub const UNIQUE_SIDS_RECOMMENDED: Issue = aws("UNIQUE_SIDS_RECOMMENDED", Warning);
pub const EMPTY_SID_VALUE: Issue = aws("EMPTY_SID_VALUE", Suggestion);
pub const EMPTY_ARRAY_ACTION: Issue = aws("EMPTY_ARRAY_ACTION", Suggestion);
pub const EMPTY_ARRAY_RESOURCE: Issue = aws("EMPTY_ARRAY_RESOURCE", Suggestion);
pub const INVALID_SERVICE_IN_ACTION: Issue = aws("INVALID_SERVICE_IN_ACTION", Error);
pub const INVALID_ACTION: Issue = aws("INVALID_ACTION", Error);
pub const WILDCARD_IN_SERVICE_NAME: Issue = aws("WILDCARD_IN_SERVICE_NAME", Suggestion);
pub const REDUNDANT_ACTION: Issue = aws("REDUNDANT_ACTION", Suggestion);
pub const REDUNDANT_STATEMENT: Issue = aws("REDUNDANT_STATEMENT", Suggestion);
pub const ALLOW_WITH_NOT_PRINCIPAL: Issue = aws("ALLOW_WITH_NOT_PRINCIPAL", SecurityWarning);
pub const PASS_ROLE_WITH_STAR_IN_RESOURCE: Issue =
    aws("PASS_ROLE_WITH_STAR_IN_RESOURCE", SecurityWarning);
pub const PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE: Issue = aws(
    "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE",
    SecurityWarning,
);
pub const PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: Issue = aws(
    "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION",
    SecurityWarning,
);
pub const PASS_ROLE_WITH_NOT_RESOURCE: Issue = aws("PASS_ROLE_WITH_NOT_RESOURCE", SecurityWarning);
pub const PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE: Issue = aws(
    "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE",
    SecurityWarning,
);
pub const PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE: Issue = aws(
    "PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE",
    SecurityWarning,
);
pub const INVALID_CONDITION_OPERATOR: Issue = aws("INVALID_CONDITION_OPERATOR", Error);
pub const NULL_WITH_IF_EXISTS: Issue = aws("NULL_WITH_IF_EXISTS", Error);
pub const NULL_WITH_QUALIFIER: Issue = aws("NULL_WITH_QUALIFIER", Suggestion);
pub const INVALID_CONDITION_KEY_FORMAT: Issue = aws("INVALID_CONDITION_KEY_FORMAT", Error);
pub const INVALID_GLOBAL_CONDITION_KEY: Issue = aws("INVALID_GLOBAL_CONDITION_KEY", Error);
pub const INVALID_SERVICE_CONDITION_KEY: Issue = aws("INVALID_SERVICE_CONDITION_KEY", Error);
pub const DUPLICATE_KEYS_WITH_DIFFERENT_CASE: Issue =
    aws("DUPLICATE_KEYS_WITH_DIFFERENT_CASE", Error);
pub const UNSUPPORTED_ACTION_FOR_CONDITION_KEY: Issue =
    aws("UNSUPPORTED_ACTION_FOR_CONDITION_KEY", Error);
pub const MISSING_QUALIFIER: Issue = aws("MISSING_QUALIFIER", Error);
pub const FORALLVALUES_WITH_SINGLE_VALUED_KEY: Issue =
    aws("FORALLVALUES_WITH_SINGLE_VALUED_KEY", SecurityWarning);
pub const TYPE_MISMATCH: Issue = aws("TYPE_MISMATCH", Warning);
pub const TYPE_MISMATCH_BOOLEAN: Issue = aws("TYPE_MISMATCH_BOOLEAN", Warning);
pub const TYPE_MISMATCH_DATE: Issue = aws("TYPE_MISMATCH_DATE", Warning);
pub const TYPE_MISMATCH_NUMBER: Issue = aws("TYPE_MISMATCH_NUMBER", Warning);
pub const TYPE_MISMATCH_STRING: Issue = aws("TYPE_MISMATCH_STRING", Warning);
pub const TYPE_MISMATCH_IP_RANGE: Issue = aws("TYPE_MISMATCH_IP_RANGE", Error);

// iamd's own codes.
/// An Allow with NotAction grants every action of every service but those listed.
pub const ALLOW_WITH_NOT_ACTION: Issue = own(
    "ALLOW_WITH_NOT_ACTION",
    SecurityWarning,
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
);
/// An Allow with NotResource grants the actions on every resource but those listed.
pub const ALLOW_WITH_NOT_RESOURCE: Issue = own(
    "ALLOW_WITH_NOT_RESOURCE",
    SecurityWarning,
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html",
);
/// A wildcard action pattern that matches no action of its service: a typo granting nothing.
pub const ACTION_PATTERN_MATCHES_NOTHING: Issue =
    own("ACTION_PATTERN_MATCHES_NOTHING", Error, SAR_PAGE);
/// An action none of whose resource types fits any of the statement's resources.
pub const RESOURCE_TYPE_MISMATCH: Issue = own("RESOURCE_TYPE_MISMATCH", Warning, SAR_PAGE);
/// A Deny on `Bool aws:MultiFactorAuthPresent false`: long-term access keys escape it.
pub const MFA_BOOL_IGNORES_ACCESS_KEYS: Issue = own(
    "MFA_BOOL_IGNORES_ACCESS_KEYS",
    SecurityWarning,
    MFA_KEY_PAGE,
);
/// An Allow on `BoolIfExists aws:MultiFactorAuthPresent true`: long-term access keys get it.
pub const MFA_IF_EXISTS_ALLOWS_ACCESS_KEYS: Issue = own(
    "MFA_IF_EXISTS_ALLOWS_ACCESS_KEYS",
    SecurityWarning,
    MFA_KEY_PAGE,
);
/// An MFA-enforcing Deny that also denies setting the password IAM demands at first sign-in.
pub const MFA_DENY_BLOCKS_PASSWORD_CHANGE: Issue = own(
    "MFA_DENY_BLOCKS_PASSWORD_CHANGE",
    Warning,
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_iam_mfa-selfmanage.html",
);

/// Every code iamd emits.
pub const ISSUES: &[Issue] = &[
    JSON_SYNTAX_ERROR,
    DATA_TYPE_MISMATCH,
    INVALID_POLICY_ELEMENT,
    INVALID_VERSION,
    MISSING_VERSION,
    MISSING_STATEMENT,
    MISSING_EFFECT,
    INVALID_EFFECT,
    MISSING_ACTION,
    MISSING_RESOURCE,
    MISSING_PRINCIPAL,
    UNSUPPORTED_PRINCIPAL,
    SCP_SYNTAX_ERROR_PRINCIPAL,
    UNSUPPORTED_ELEMENT_COMBINATION,
    UNIQUE_SIDS_REQUIRED,
    UNIQUE_SIDS_RECOMMENDED,
    EMPTY_SID_VALUE,
    EMPTY_ARRAY_ACTION,
    EMPTY_ARRAY_RESOURCE,
    INVALID_SERVICE_IN_ACTION,
    INVALID_ACTION,
    WILDCARD_IN_SERVICE_NAME,
    REDUNDANT_ACTION,
    REDUNDANT_STATEMENT,
    ALLOW_WITH_NOT_PRINCIPAL,
    PASS_ROLE_WITH_STAR_IN_RESOURCE,
    PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE,
    PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION,
    PASS_ROLE_WITH_NOT_RESOURCE,
    PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE,
    PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE,
    INVALID_CONDITION_OPERATOR,
    NULL_WITH_IF_EXISTS,
    NULL_WITH_QUALIFIER,
    INVALID_CONDITION_KEY_FORMAT,
    INVALID_GLOBAL_CONDITION_KEY,
    INVALID_SERVICE_CONDITION_KEY,
    DUPLICATE_KEYS_WITH_DIFFERENT_CASE,
    UNSUPPORTED_ACTION_FOR_CONDITION_KEY,
    MISSING_QUALIFIER,
    FORALLVALUES_WITH_SINGLE_VALUED_KEY,
    TYPE_MISMATCH,
    TYPE_MISMATCH_BOOLEAN,
    TYPE_MISMATCH_DATE,
    TYPE_MISMATCH_NUMBER,
    TYPE_MISMATCH_STRING,
    TYPE_MISMATCH_IP_RANGE,
    ALLOW_WITH_NOT_ACTION,
    ALLOW_WITH_NOT_RESOURCE,
    ACTION_PATTERN_MATCHES_NOTHING,
    RESOURCE_TYPE_MISMATCH,
    MFA_BOOL_IGNORES_ACCESS_KEYS,
    MFA_IF_EXISTS_ALLOWS_ACCESS_KEYS,
    MFA_DENY_BLOCKS_PASSWORD_CHANGE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aws_codes_link_to_their_anchor() {
        assert_eq!(
            PASS_ROLE_WITH_STAR_IN_RESOURCE.learn_more_link(),
            format!(
                "{CHECKS_PAGE}#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource"
            )
        );
        assert!(
            MISSING_VERSION
                .learn_more_link()
                .ends_with("-general-warning-missing-version")
        );
    }

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<_> = ISSUES.iter().map(|i| i.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ISSUES.len());
    }
}
