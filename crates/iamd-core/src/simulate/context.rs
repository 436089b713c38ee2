//! The request context a simulation's `ContextEntries` give, each value checked against its
//! declared type.

use iamd_policy::{ContextValue, RequestContext};

use super::types::ContextEntry;
use crate::error::CoreError;

/// The context key types of the IAM API (`ContextKeyTypeEnum`).
pub const CONTEXT_KEY_TYPES: [&str; 12] = [
    "string",
    "stringList",
    "numeric",
    "numericList",
    "boolean",
    "booleanList",
    "ip",
    "ipList",
    "binary",
    "binaryList",
    "date",
    "dateList",
];

/// Build the request context from ContextEntries, checking each value against its type.
pub fn build_context(entries: &[ContextEntry<'_>]) -> Result<RequestContext, CoreError> {
    let mut ctx = RequestContext::new();
    for (i, e) in entries.iter().enumerate() {
        let at = format!("ContextEntries.member.{}", i + 1);
        let ty: &str = &e.context_key_type;
        if !CONTEXT_KEY_TYPES.contains(&ty) {
            return Err(CoreError::InvalidInput(format!(
                "{at}: ContextKeyType \"{ty}\" is not one of {}",
                CONTEXT_KEY_TYPES.join(", ")
            )));
        }
        if e.context_key_name.is_empty() {
            return Err(CoreError::InvalidInput(format!(
                "{at}: ContextKeyName is empty"
            )));
        }
        let base = ty.strip_suffix("List").unwrap_or(ty);
        for v in &e.context_key_values {
            if !value_fits(base, v) {
                return Err(CoreError::InvalidInput(format!(
                    "{at}: the value \"{v}\" of {} is not a valid {base}",
                    e.context_key_name
                )));
            }
        }
        if ty.ends_with("List") {
            ctx.set(
                &e.context_key_name,
                ContextValue::List(e.context_key_values.iter().map(|v| v.to_string()).collect()),
            );
        } else {
            match e.context_key_values.as_slice() {
                [one] => ctx.insert(&e.context_key_name, one.to_string()),
                values => {
                    return Err(CoreError::InvalidInput(format!(
                        "{at}: {} has type {ty}, which takes exactly one value, but {} were given (use {ty}List for several)",
                        e.context_key_name,
                        values.len()
                    )));
                }
            }
        }
    }
    Ok(ctx)
}

fn value_fits(base: &str, v: &str) -> bool {
    use iamd_policy::Operator;
    // Each check asks the engine to read the value as the matching operator family would, by
    // compiling a one-value condition: one definition of "a valid number/date/…".
    let op = match base {
        "numeric" => "NumericEquals",
        "boolean" => "Bool",
        "ip" => "IpAddress",
        "binary" => "BinaryEquals",
        "date" => "DateEquals",
        _ => return true,
    };
    Operator::parse(op)
        .ok()
        .is_some_and(|op| iamd_policy::Condition::check_value(op, v))
}
