//! Parts of a policy that add nothing: an action another entry of the same list already
//! covers, a statement that repeats another.

use std::collections::HashMap;

use super::actions::ActionSet;
use super::run::{Entry, Located, Run};
use crate::finding;
use crate::json::{Node, Value};

/// What the cross-statement checks need of a statement (the statement checks build it).
pub(super) struct Checked<'a> {
    pub at: Located<'a>,
    pub effect: Option<&'a str>,
    pub actions: Vec<(Entry<'a>, ActionSet)>,
}

pub(super) fn redundant_actions(run: &mut Run, actions: &[(Entry<'_>, ActionSet)]) {
    for (j, (entry, set)) in actions.iter().enumerate() {
        // The first other entry covering this one; of two equal entries, the later is the
        // redundant one.
        let cover = actions
            .iter()
            .enumerate()
            .find(|(i, (_, other))| *i != j && other.covers(set) && (!set.covers(other) || *i < j));
        if let Some((_, (by, _))) = cover {
            let mut locations = vec![by.at.location(), entry.at.location()];
            locations.sort_by_key(|l| l.span.start.offset);
            run.report(
                &finding::REDUNDANT_ACTION,
                format!(
                    "\"{}\" is already covered by \"{}\" in the same list: remove it.",
                    entry.text, by.text
                ),
                locations,
            );
        }
    }
}

pub(super) fn redundant_statements(run: &mut Run, statements: &[Checked<'_>]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, stmt) in statements.iter().enumerate() {
        if stmt.effect.is_none() || stmt.actions.is_empty() {
            continue;
        }
        let key = canonical_statement(stmt.at.node);
        if let Some(&first) = seen.get(&key) {
            let Some(earlier) = statements.get(first) else {
                continue;
            };
            run.report(
                &finding::REDUNDANT_STATEMENT,
                "This statement repeats an earlier one (same effect, actions, resources, \
                 principals and conditions): remove one of them."
                    .into(),
                vec![earlier.at.location(), stmt.at.location()],
            );
        } else {
            seen.insert(key, i);
        }
    }
}

/// A statement's meaning as text: Sid dropped, members sorted, arrays sorted (order never
/// matters in a policy), action names lower-cased (they ignore case).
fn canonical_statement(node: &Node) -> String {
    let mut out = String::new();
    let mut members: Vec<_> = node
        .members()
        .unwrap_or_default()
        .iter()
        .filter(|m| m.key != "Sid")
        .collect();
    members.sort_by(|a, b| a.key.cmp(&b.key));
    for m in members {
        let lower = m.key == "Action" || m.key == "NotAction";
        out.push_str(&m.key);
        out.push('=');
        out.push_str(&canonical(&m.value, lower));
        out.push(';');
    }
    out
}

fn canonical(node: &Node, lower: bool) -> String {
    match &node.value {
        Value::String(s) => {
            let s = if lower {
                s.to_ascii_lowercase()
            } else {
                s.clone()
            };
            serde_json::Value::String(s).to_string()
        }
        Value::Number(n) => n.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".into(),
        Value::Array(items) => {
            let mut parts: Vec<String> = items.iter().map(|n| canonical(n, lower)).collect();
            parts.sort();
            parts.dedup();
            if let [one] = parts.as_slice() {
                // "x" and ["x"] mean the same.
                return one.clone();
            }
            format!("[{}]", parts.join(","))
        }
        Value::Object(members) => {
            let mut parts: Vec<String> = members
                .iter()
                .map(|m| {
                    format!(
                        "{}:{}",
                        serde_json::Value::String(m.key.clone()),
                        canonical(&m.value, lower)
                    )
                })
                .collect();
            parts.sort();
            format!("{{{}}}", parts.join(","))
        }
    }
}
