//! The Condition block: operators, keys (global and per service), the key's type against the
//! operator's, the values against the operator, and keys the statement's actions never carry.

use iamd_policy::{BaseOperator, Condition, Operator, SetQualifier, nearest_name};

use super::actions::ActionSet;
use super::run::{Entry, Located, Run};
use crate::catalog::{ActionInfo, Service, key_matches_template};
use crate::finding::{self, Issue, Location, PathElement};
use crate::global_keys::{GLOBAL_KEYS, KeyShape, KeyType, global_key, is_tag_key};
use crate::json::Value;

/// One key under one operator, for the checks that read conditions as a whole.
#[derive(Debug)]
pub(super) struct KeyUse<'a> {
    pub operator: Operator,
    pub key: &'a str,
    /// The values as written (numbers and booleans as their JSON text).
    pub values: Vec<String>,
    /// Where the key is written.
    pub at: Location,
}

pub(super) fn check_condition<'a>(
    run: &mut Run,
    condition: &Located<'a>,
    actions: &[(Entry<'_>, ActionSet)],
    positive_actions: bool,
) -> Vec<KeyUse<'a>> {
    let mut uses = Vec::new();
    let Some(operators) = condition.node.members() else {
        run.report_at(
            &finding::DATA_TYPE_MISMATCH,
            format!(
                "Condition must be an object of operators; it is a {}.",
                condition.node.type_name()
            ),
            condition,
        );
        return uses;
    };
    for op_member in operators {
        let op_name = op_member.key.as_str();
        let op_key_at = condition.key_location(op_name, op_member.key_span);
        let Some(operator) = read_operator(run, op_name, op_key_at) else {
            continue;
        };
        let block = condition.child(PathElement::Value(op_name.to_string()), &op_member.value);
        let Some(keys) = block.node.members() else {
            run.report_at(
                &finding::DATA_TYPE_MISMATCH,
                format!(
                    "{op_name} must map condition keys to values; it is a {}.",
                    block.node.type_name()
                ),
                &block,
            );
            continue;
        };
        check_duplicate_keys(run, &block);
        for key_member in keys {
            let key = key_member.key.as_str();
            let key_at = block.key_location(key, key_member.key_span);
            let values_at = block.child(PathElement::Value(key.to_string()), &key_member.value);
            let values = read_values(run, &values_at);
            if let Some(shape) = key_shape(run, key, &key_at) {
                check_key_against_operator(run, operator, key, shape, &key_at);
            }
            check_values(run, operator, &values);
            if positive_actions {
                check_actions_support_key(run, key, actions, &key_at);
            }
            uses.push(KeyUse {
                operator,
                key,
                values: values.into_iter().map(|(v, _)| v).collect(),
                at: key_at,
            });
        }
    }
    uses
}

fn read_operator(run: &mut Run, name: &str, at: Location) -> Option<Operator> {
    let (qualified, rest) = match name.split_once(':') {
        Some((q, r)) if q == "ForAllValues" || q == "ForAnyValue" => (true, r),
        _ => (false, name),
    };
    if rest == "NullIfExists" {
        run.report(
            &finding::NULL_WITH_IF_EXISTS,
            "Null has no IfExists form: Null itself tests whether the key exists. Use \"Null\"."
                .into(),
            vec![at],
        );
        return None;
    }
    if rest == "Null" && qualified {
        run.report(
            &finding::NULL_WITH_QUALIFIER,
            format!(
                "\"{name}\": a set qualifier has no effect on Null, which tests only whether the \
                 key is present. Use \"Null\"."
            ),
            vec![at],
        );
        return None;
    }
    match Operator::parse(name) {
        Ok(op) => Some(op),
        Err(message) => {
            run.report(
                &finding::INVALID_CONDITION_OPERATOR,
                format!("{}.", upper_first(&message)),
                vec![at],
            );
            None
        }
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn check_duplicate_keys(run: &mut Run, block: &Located<'_>) {
    let keys = block.node.members().unwrap_or_default();
    for (i, a) in keys.iter().enumerate() {
        if let Some(b) = keys
            .iter()
            .skip(i + 1)
            .find(|b| b.key.eq_ignore_ascii_case(&a.key) && b.key != a.key)
        {
            run.report(
                &finding::DUPLICATE_KEYS_WITH_DIFFERENT_CASE,
                format!(
                    "\"{}\" and \"{}\" are the same key (condition keys ignore case): merge \
                     their values under one key.",
                    a.key, b.key
                ),
                vec![
                    block.key_location(&a.key, a.key_span),
                    block.key_location(&b.key, b.key_span),
                ],
            );
        }
    }
}

/// The values under one key as text, each with its path; non-scalar values are reported.
fn read_values(run: &mut Run, at: &Located<'_>) -> Vec<(String, Location)> {
    let mut out = Vec::new();
    let items: Vec<Located<'_>> = match &at.node.value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, n)| at.child(PathElement::Index(i), n))
            .collect(),
        _ => vec![at.clone()],
    };
    for item in items {
        let text = match &item.node.value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.clone(),
            Value::Bool(b) => b.to_string(),
            _ => {
                run.report_at(
                    &finding::DATA_TYPE_MISMATCH,
                    format!(
                        "A condition value must be a string, number or boolean (or an array of \
                         them); this one is a {}.",
                        item.node.type_name()
                    ),
                    &item,
                );
                continue;
            }
        };
        out.push((text, item.location()));
    }
    out
}

/// The key's type, or `None` when it is unknown (reported) or of a namespace iamd has no data
/// for (identity providers' `accounts.google.com:aud`, `saml:…`).
fn key_shape(run: &mut Run, key: &str, at: &Location) -> Option<KeyShape> {
    let Some((prefix, name)) = key
        .split_once(':')
        .filter(|(p, n)| !p.is_empty() && !n.is_empty())
    else {
        run.report(
            &finding::INVALID_CONDITION_KEY_FORMAT,
            format!(
                "\"{key}\" is not a condition key: keys are written prefix:name (\"aws:SourceIp\")."
            ),
            vec![at.clone()],
        );
        return None;
    };
    if prefix.eq_ignore_ascii_case("aws") {
        if let Some((_, shape)) = global_key(key) {
            return Some(shape);
        }
        let mut details = format!("\"{key}\" is not a global condition key.");
        let names = GLOBAL_KEYS.iter().map(|(n, _)| n.trim_end_matches('/'));
        if let Some(near) = nearest_name(key, names) {
            details.push_str(&format!(" Did you mean \"{near}\"?"));
        }
        run.report(
            &finding::INVALID_GLOBAL_CONDITION_KEY,
            details,
            vec![at.clone()],
        );
        return None;
    }
    let service = run.catalog.service(prefix)?;
    match service.key(key) {
        Some(info) => KeyShape::from_catalog(&info.key_type),
        None => {
            let mut details = format!("{} defines no condition key \"{name}\".", service.name);
            let names = service.condition_keys.values().map(|k| k.key.as_str());
            if let Some(near) = nearest_name(key, names) {
                details.push_str(&format!(" Did you mean \"{near}\"?"));
            }
            run.report(
                &finding::INVALID_SERVICE_CONDITION_KEY,
                details,
                vec![at.clone()],
            );
            None
        }
    }
}

fn check_key_against_operator(
    run: &mut Run,
    operator: Operator,
    key: &str,
    shape: KeyShape,
    at: &Location,
) {
    let fits = match operator_family(operator.base) {
        // String operators read any value as text; Null reads only presence.
        Family::String | Family::Null | Family::Binary => true,
        Family::Arn => shape.key_type == KeyType::Arn,
        Family::Numeric => matches!(shape.key_type, KeyType::Numeric | KeyType::DateOrNumeric),
        Family::Date => matches!(shape.key_type, KeyType::Date | KeyType::DateOrNumeric),
        Family::Bool => shape.key_type == KeyType::Bool,
        Family::Ip => shape.key_type == KeyType::IpAddress,
    };
    if !fits {
        run.report(
            &finding::TYPE_MISMATCH,
            format!(
                "{} compares {} values, but \"{key}\" holds {}: the condition never matches as \
                 intended. Use a {} operator.",
                operator.base.name(),
                family_noun(operator_family(operator.base)),
                type_noun(shape.key_type),
                type_noun(shape.key_type)
            ),
            vec![at.clone()],
        );
    }
    if operator.base == BaseOperator::Null {
        return;
    }
    match (operator.set, shape.multivalued) {
        (None, true) => run.report(
            &finding::MISSING_QUALIFIER,
            format!(
                "\"{key}\" can carry several values: say whether all or any of them must match \
                 with ForAllValues:{op} or ForAnyValue:{op}.",
                op = operator
            ),
            vec![at.clone()],
        ),
        (Some(SetQualifier::ForAllValues), false) => run.report(
            &finding::FORALLVALUES_WITH_SINGLE_VALUED_KEY,
            format!(
                "\"{key}\" holds one value, and ForAllValues is also true when the key is \
                 absent, so this condition matches requests without it. Drop ForAllValues:."
            ),
            vec![at.clone()],
        ),
        _ => {}
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    String,
    Numeric,
    Date,
    Bool,
    Binary,
    Ip,
    Arn,
    Null,
}

fn operator_family(op: BaseOperator) -> Family {
    use BaseOperator as B;
    match op {
        B::StringEquals
        | B::StringNotEquals
        | B::StringEqualsIgnoreCase
        | B::StringNotEqualsIgnoreCase
        | B::StringLike
        | B::StringNotLike => Family::String,
        B::NumericEquals
        | B::NumericNotEquals
        | B::NumericLessThan
        | B::NumericLessThanEquals
        | B::NumericGreaterThan
        | B::NumericGreaterThanEquals => Family::Numeric,
        B::DateEquals
        | B::DateNotEquals
        | B::DateLessThan
        | B::DateLessThanEquals
        | B::DateGreaterThan
        | B::DateGreaterThanEquals => Family::Date,
        B::Bool => Family::Bool,
        B::BinaryEquals => Family::Binary,
        B::IpAddress | B::NotIpAddress => Family::Ip,
        B::ArnEquals | B::ArnLike | B::ArnNotEquals | B::ArnNotLike => Family::Arn,
        B::Null => Family::Null,
    }
}

fn family_noun(family: Family) -> &'static str {
    match family {
        Family::String => "string",
        Family::Numeric => "numeric",
        Family::Date => "date",
        Family::Bool => "Boolean",
        Family::Binary => "binary",
        Family::Ip => "IP address",
        Family::Arn => "ARN",
        Family::Null => "presence",
    }
}

fn type_noun(key_type: KeyType) -> &'static str {
    match key_type {
        KeyType::String => "String",
        KeyType::Arn => "ARN",
        KeyType::Bool => "Bool",
        KeyType::Numeric => "Numeric",
        KeyType::Date | KeyType::DateOrNumeric => "Date",
        KeyType::IpAddress => "IpAddress",
    }
}

/// Each value must read as the operator's type; values with policy variables are resolved at
/// request time and are not judged.
fn check_values(run: &mut Run, operator: Operator, values: &[(String, Location)]) {
    let family = operator_family(operator.base);
    let (issue, expected): (&Issue, &str) = match family {
        Family::Bool | Family::Null => (&finding::TYPE_MISMATCH_BOOLEAN, "\"true\" or \"false\""),
        Family::Numeric => (&finding::TYPE_MISMATCH_NUMBER, "a number"),
        Family::Date => (
            &finding::TYPE_MISMATCH_DATE,
            "an ISO 8601 date (\"2026-01-31T00:00:00Z\") or epoch seconds",
        ),
        Family::Ip => (
            &finding::TYPE_MISMATCH_IP_RANGE,
            "an IPv4 or IPv6 address or CIDR range (\"203.0.113.0/24\")",
        ),
        Family::Binary => (&finding::TYPE_MISMATCH_STRING, "base64 text"),
        Family::String | Family::Arn => return,
    };
    let plain = Operator {
        base: operator.base,
        if_exists: false,
        set: None,
    };
    for (value, at) in values {
        if value.contains("${") {
            continue;
        }
        if !Condition::check_value(plain, value) {
            run.report(
                issue,
                format!(
                    "{} expects {expected}; \"{value}\" is not, so the condition cannot match as \
                     written.",
                    operator.base.name()
                ),
                vec![at.clone()],
            );
        }
    }
}

/// A service key or a tag key applies only to the actions that define it; for the others the
/// condition is skipped.
fn check_actions_support_key(
    run: &mut Run,
    key: &str,
    actions: &[(Entry<'_>, ActionSet)],
    at: &Location,
) {
    let Some((prefix, _)) = key.split_once(':') else {
        return;
    };
    let catalog = run.catalog;
    let judged = if prefix.eq_ignore_ascii_case("aws") {
        is_tag_key(key)
    } else {
        // Keys of identity providers (`token.actions.githubusercontent.com:sub`, `saml:aud`)
        // are set by the federation, not listed per action: only service keys are judged.
        catalog.service(prefix).is_some()
    };
    if !judged {
        return;
    }
    let lower = key.to_ascii_lowercase();
    let mut unsupported = Vec::new();
    for (_, set) in actions {
        let ActionSet::Matched {
            actions,
            literal: true,
        } = set
        else {
            continue;
        };
        for (prefix, name) in actions {
            let Some(service) = catalog.services.get(*prefix) else {
                continue;
            };
            let Some(action) = service.actions.get(*name) else {
                continue;
            };
            if !action_supports(service, action, &lower) {
                unsupported.push(format!("{prefix}:{}", action.name));
            }
        }
    }
    if unsupported.is_empty() {
        return;
    }
    run.report(
        &finding::UNSUPPORTED_ACTION_FOR_CONDITION_KEY,
        format!(
            "The condition key \"{key}\" is never present for {}: for those actions the \
             condition cannot match (a negated operator always does). Move them to a statement \
             of their own, or use a key they support.",
            unsupported.join(", ")
        ),
        vec![at.clone()],
    );
}

fn action_supports(service: &Service, action: &ActionInfo, key_lower: &str) -> bool {
    let fits = |k: &String| key_matches_template(&k.to_ascii_lowercase(), key_lower);
    action.condition_keys.iter().any(fits)
        || action.resource_types.iter().any(|t| {
            t.condition_keys.iter().any(fits)
                || service
                    .resource_types
                    .get(&t.name.to_ascii_lowercase())
                    .is_some_and(|rt| rt.condition_keys.iter().any(fits))
        })
}
