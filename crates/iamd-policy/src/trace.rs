//! A recording observer: every condition evaluated for a decision, and the context keys that
//! conditions asked for but the request did not carry (`MissingContextValues`).

use crate::condition::Condition;
use crate::context::ContextValue;
use crate::eval::{Observer, StatementRef};

/// One evaluated condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionTrace {
    /// The statement the condition belongs to.
    pub at: StatementRef,
    /// The operator as written.
    pub operator: String,
    /// The context key as written.
    pub key: String,
    /// The condition's values.
    pub policy_values: Vec<String>,
    /// The request's values for the key; `None` when the key was absent.
    pub request_values: Option<Vec<String>>,
    /// Whether the condition held.
    pub result: bool,
}

/// Records every condition of every applicable statement.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    /// Every evaluated condition, in evaluation order.
    pub conditions: Vec<ConditionTrace>,
    /// Keys referenced by applicable statements' conditions but absent from the request, in
    /// first-seen order, as written in the policy.
    pub missing_keys: Vec<String>,
}

impl Observer for Trace {
    fn wants_all_conditions(&self) -> bool {
        true
    }

    fn condition(
        &mut self,
        at: StatementRef,
        condition: &Condition,
        value: Option<&ContextValue>,
        result: bool,
    ) {
        if value.is_none() {
            note_missing(&mut self.missing_keys, condition.key());
        }
        self.conditions.push(ConditionTrace {
            at,
            operator: condition.operator().to_string(),
            key: condition.key().to_string(),
            policy_values: condition.policy_values().map(str::to_string).collect(),
            request_values: value.map(|v| v.iter().map(str::to_string).collect()),
            result,
        });
    }

    fn unresolved_variable(&mut self, name: &str) {
        note_missing(&mut self.missing_keys, name);
    }
}

fn note_missing(keys: &mut Vec<String>, name: &str) {
    if !keys.iter().any(|k| k.eq_ignore_ascii_case(name)) {
        keys.push(name.to_string());
    }
}

/// Records only the missing keys (what SimulateCustomPolicy reports), cheaply.
#[derive(Debug, Clone, Default)]
pub struct MissingKeys {
    /// The missing keys, in first-seen order, as written in the policy.
    pub keys: Vec<String>,
}

impl Observer for MissingKeys {
    fn wants_all_conditions(&self) -> bool {
        true
    }

    fn condition(
        &mut self,
        _at: StatementRef,
        condition: &Condition,
        value: Option<&ContextValue>,
        _result: bool,
    ) {
        if value.is_none() {
            note_missing(&mut self.keys, condition.key());
        }
    }

    fn unresolved_variable(&mut self, name: &str) {
        note_missing(&mut self.keys, name);
    }
}
