//! The request and result of a simulation, in the IAM API's field names (and so the aws
//! CLI's JSON).

use std::borrow::Cow;

use serde_json::value::RawValue;

use iamd_policy::{PolicySource, Position};
use serde::{Deserialize, Serialize};

/// A policy document in a request: plain text (from the API or a file), or a JSON string
/// literal borrowed from a request line, unescaped only when the simulator has not seen it.
#[derive(Debug, Clone, Copy)]
pub enum Doc<'a> {
    Text(&'a str),
    Json(&'a RawValue),
}

impl<'a> Doc<'a> {
    /// What identifies the document in the caches, without unescaping it.
    pub(crate) fn key(&self) -> &'a str {
        match self {
            Doc::Text(t) => t,
            Doc::Json(raw) => raw.get(),
        }
    }

    pub(crate) fn text(&self) -> Result<Cow<'a, str>, String> {
        match self {
            Doc::Text(t) => Ok(Cow::Borrowed(t)),
            Doc::Json(raw) => {
                serde_json::from_str::<Cow<'a, str>>(raw.get()).map_err(|e| e.to_string())
            }
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Doc<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = <&'de RawValue>::deserialize(d)?;
        if raw.get().starts_with('"') {
            Ok(Doc::Json(raw))
        } else {
            Err(serde::de::Error::custom(
                "a policy document must be given as a JSON string (the document's text)",
            ))
        }
    }
}

/// The input of SimulateCustomPolicy, borrowing from where it was read.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct SimulateCustomPolicyInput<'a> {
    #[serde(borrow, default)]
    pub policy_input_list: Vec<Doc<'a>>,
    #[serde(borrow, default)]
    pub permissions_boundary_policy_input_list: Vec<Doc<'a>>,
    #[serde(borrow)]
    pub action_names: Vec<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub resource_arns: Vec<Cow<'a, str>>,
    #[serde(borrow)]
    pub resource_policy: Option<Doc<'a>>,
    #[serde(borrow)]
    pub resource_owner: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub caller_arn: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub context_entries: Vec<ContextEntry<'a>>,
    #[serde(borrow)]
    pub resource_handling_option: Option<Cow<'a, str>>,
    pub max_items: Option<u32>,
    #[serde(borrow)]
    pub marker: Option<Cow<'a, str>>,
}

/// One `ContextEntries` member.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ContextEntry<'a> {
    #[serde(borrow)]
    pub context_key_name: Cow<'a, str>,
    #[serde(borrow, default)]
    pub context_key_values: Vec<Cow<'a, str>>,
    #[serde(borrow)]
    pub context_key_type: Cow<'a, str>,
}

/// The result of SimulateCustomPolicy / SimulatePrincipalPolicy.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct SimulationOutput {
    pub evaluation_results: Vec<EvaluationResult>,
    pub is_truncated: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct EvaluationResult {
    pub eval_action_name: String,
    pub eval_resource_name: String,
    pub eval_decision: &'static str,
    pub matched_statements: Vec<MatchedStatement>,
    pub missing_context_values: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions_boundary_decision_detail: Option<BoundaryDetail>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct BoundaryDetail {
    pub allowed_by_permissions_boundary: bool,
}

/// A statement that decided (`Statement` in the IAM API).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct MatchedStatement {
    pub source_policy_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_policy_type: Option<&'static str>,
    pub start_position: Pos,
    pub end_position: Pos,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

impl From<Position> for Pos {
    fn from(p: Position) -> Pos {
        Pos {
            line: p.line,
            column: p.column,
        }
    }
}

/// A stored policy taking part in SimulatePrincipalPolicy, named as IAM's simulator names it
/// (`user_alice_self` for alice's inline policy `self`, a managed policy by its name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcedPolicy {
    pub source: PolicySource,
    pub document: String,
}

/// The policies of the user, group or role SimulatePrincipalPolicy simulates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrincipalPolicies {
    /// Its identity policies, and for a user its groups' policies.
    pub identity: Vec<SourcedPolicy>,
    /// Its permissions boundary; a `PermissionsBoundaryPolicyInputList` replaces it.
    pub boundary: Option<SourcedPolicy>,
    /// The simulated caller when `CallerArn` is omitted: the principal itself, for users.
    pub default_caller: Option<String>,
}
