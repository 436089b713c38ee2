//! The document's grammar: top-level elements, statements and their elements, and the checks
//! that need one whole statement (Principal by policy type, NotAction/NotResource in an Allow).

use std::collections::HashMap;

use super::actions;
use super::redundancy::{self, Checked};
use super::run::{Located, PolicyType, Run};
use super::{conditions, mfa};
use crate::finding::{self, PathElement};
use crate::json::{Node, Value};

const TOP_ELEMENTS: [&str; 3] = ["Version", "Id", "Statement"];
const STATEMENT_ELEMENTS: [&str; 9] = [
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

pub(super) fn check_document(run: &mut Run, root: &Node) {
    let doc = Located {
        node: root,
        path: Vec::new(),
    };
    let Some(members) = root.members() else {
        run.report_at(
            &finding::DATA_TYPE_MISMATCH,
            format!(
                "A policy must be a JSON object; this document is a {}.",
                root.type_name()
            ),
            &doc,
        );
        return;
    };
    for m in members {
        if !TOP_ELEMENTS.contains(&m.key.as_str()) {
            unknown_element(run, &doc, &m.key, m.key_span, &TOP_ELEMENTS);
        }
    }
    check_version(run, &doc);
    let Some(statements) = doc.member("Statement") else {
        run.report_at(
            &finding::MISSING_STATEMENT,
            "Add a Statement element: a policy without statements grants and denies nothing."
                .into(),
            &doc,
        );
        return;
    };
    let items: Vec<Located<'_>> = match &statements.node.value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, n)| statements.child(PathElement::Index(i), n))
            .collect(),
        Value::Object(_) => vec![statements.clone()],
        _ => {
            run.report_at(
                &finding::DATA_TYPE_MISMATCH,
                format!(
                    "Statement must be an object or an array of objects; it is a {}.",
                    statements.node.type_name()
                ),
                &statements,
            );
            return;
        }
    };
    let mut checked = Vec::new();
    let mut sids: HashMap<&str, Located<'_>> = HashMap::new();
    for item in items {
        if item.node.members().is_none() {
            run.report_at(
                &finding::DATA_TYPE_MISMATCH,
                format!(
                    "Each statement must be a JSON object; this one is a {}.",
                    item.node.type_name()
                ),
                &item,
            );
            continue;
        }
        if let Some(sid) = item.member("Sid") {
            check_sid(run, sid, &mut sids);
        }
        checked.push(check_statement(run, item));
    }
    redundancy::redundant_statements(run, &checked);
}

fn check_version(run: &mut Run, doc: &Located<'_>) {
    let Some(version) = doc.member("Version") else {
        run.report_at(
            &finding::MISSING_VERSION,
            "Add \"Version\": \"2012-10-17\": without it the policy is read with the 2008-10-17 \
             rules, under which policy variables such as ${aws:username} are plain text."
                .into(),
            doc,
        );
        return;
    };
    match version.node.as_str() {
        Some("2012-10-17" | "2008-10-17") => {}
        Some(other) => run.report_at(
            &finding::INVALID_VERSION,
            format!("Version \"{other}\" is not a policy language version: use \"2012-10-17\"."),
            &version,
        ),
        None => run.report_at(
            &finding::DATA_TYPE_MISMATCH,
            format!(
                "Version must be the string \"2012-10-17\"; it is a {}.",
                version.node.type_name()
            ),
            &version,
        ),
    }
}

fn unknown_element(
    run: &mut Run,
    parent: &Located<'_>,
    key: &str,
    span: crate::json::Span,
    known: &[&str],
) {
    let mut details = format!("\"{key}\" is not a policy element.");
    if let Some(near) = iamd_policy::nearest_name(key, known) {
        details.push_str(&format!(" Did you mean \"{near}\"?"));
    }
    run.report(
        &finding::INVALID_POLICY_ELEMENT,
        details,
        vec![parent.key_location(key, span)],
    );
}

fn check_sid<'a>(run: &mut Run, sid: Located<'a>, seen: &mut HashMap<&'a str, Located<'a>>) {
    let Some(text) = sid.node.as_str() else {
        run.report_at(
            &finding::DATA_TYPE_MISMATCH,
            format!("Sid must be a string; it is a {}.", sid.node.type_name()),
            &sid,
        );
        return;
    };
    if text.is_empty() {
        run.report_at(
            &finding::EMPTY_SID_VALUE,
            "The Sid is empty: remove it or give the statement a name.".into(),
            &sid,
        );
        return;
    }
    if let Some(first) = seen.get(text) {
        // IAM refuses duplicate Sids in identity policies and SCPs; resource policies merely
        // become hard to read.
        let issue = match run.policy_type {
            PolicyType::ResourcePolicy => &finding::UNIQUE_SIDS_RECOMMENDED,
            _ => &finding::UNIQUE_SIDS_REQUIRED,
        };
        let locations = vec![first.location(), sid.location()];
        run.report(
            issue,
            format!("Sid \"{text}\" names two statements: give each statement its own Sid."),
            locations,
        );
    } else {
        seen.insert(text, sid);
    }
}

fn check_statement<'a>(run: &mut Run, stmt: Located<'a>) -> Checked<'a> {
    for m in stmt.node.members().unwrap_or_default() {
        if !STATEMENT_ELEMENTS.contains(&m.key.as_str()) {
            unknown_element(run, &stmt, &m.key, m.key_span, &STATEMENT_ELEMENTS);
        }
    }
    let effect = check_effect(run, &stmt);
    check_principal(run, &stmt, effect);

    let action = stmt.member("Action");
    let not_action = stmt.member("NotAction");
    let mut action_sets = Vec::new();
    match (&action, &not_action) {
        (None, None) => run.report_at(
            &finding::MISSING_ACTION,
            "Add an Action (or NotAction) element: a statement applies to no action without one."
                .into(),
            &stmt,
        ),
        (Some(_), Some(n)) => run.report_at(
            &finding::UNSUPPORTED_ELEMENT_COMBINATION,
            "A statement takes Action or NotAction, not both.".into(),
            n,
        ),
        _ => {}
    }
    if let Some(a) = action.as_ref().or(not_action.as_ref()) {
        let element = if action.is_some() {
            "Action"
        } else {
            "NotAction"
        };
        let entries = a.strings(run, element);
        if entries.is_empty() && matches!(a.node.value, Value::Array(_)) {
            run.report_at(
                &finding::EMPTY_ARRAY_ACTION,
                format!("The {element} array is empty: the statement applies to no action."),
                a,
            );
        }
        action_sets = actions::check_actions(run, &entries);
        if action.is_some() {
            redundancy::redundant_actions(run, &action_sets);
        }
    }

    let resource = stmt.member("Resource");
    let not_resource = stmt.member("NotResource");
    match (&resource, &not_resource) {
        (None, None) if run.policy_type == PolicyType::IdentityPolicy => run.report_at(
            &finding::MISSING_RESOURCE,
            "Add a Resource (or NotResource) element: in an identity policy a statement without \
             one applies to nothing."
                .into(),
            &stmt,
        ),
        (Some(_), Some(n)) => run.report_at(
            &finding::UNSUPPORTED_ELEMENT_COMBINATION,
            "A statement takes Resource or NotResource, not both.".into(),
            n,
        ),
        _ => {}
    }
    let resources = match resource.as_ref().or(not_resource.as_ref()) {
        Some(r) => {
            let entries = r.strings(run, "Resource");
            if entries.is_empty() && matches!(r.node.value, Value::Array(_)) {
                run.report_at(
                    &finding::EMPTY_ARRAY_RESOURCE,
                    "The Resource array is empty: the statement applies to no resource.".into(),
                    r,
                );
            }
            entries
        }
        None => Vec::new(),
    };
    if action.is_some() && resource.is_some() {
        actions::check_resource_types(run, &action_sets, &resources);
    }

    let condition = stmt.member("Condition");
    let keys = match &condition {
        Some(c) => conditions::check_condition(run, c, &action_sets, action.is_some()),
        None => Vec::new(),
    };

    if effect == Some("Allow") {
        if let Some(n) = &not_action {
            run.report_at(
                &finding::ALLOW_WITH_NOT_ACTION,
                "Allow with NotAction grants every action of every service except those listed, \
                 including ones AWS adds later: list the actions to allow in Action instead."
                    .into(),
                n,
            );
        }
        if let Some(n) = &not_resource {
            run.report_at(
                &finding::ALLOW_WITH_NOT_RESOURCE,
                "Allow with NotResource grants the actions on every resource except those \
                 listed, in every account the principal can reach: list the resources to allow \
                 in Resource instead."
                    .into(),
                n,
            );
        }
        let passed_to_service = keys
            .iter()
            .any(|k| k.key.eq_ignore_ascii_case("iam:PassedToService"));
        actions::check_pass_role(
            run,
            &action_sets,
            not_action.is_some(),
            &resources,
            not_resource.as_ref(),
            passed_to_service,
        );
    }
    mfa::check_mfa(
        run,
        effect,
        &keys,
        &action_sets,
        action.as_ref().or(not_action.as_ref()),
        not_action.is_some(),
    );

    Checked {
        at: stmt,
        effect,
        actions: action_sets,
    }
}

fn check_effect<'a>(run: &mut Run, stmt: &Located<'a>) -> Option<&'a str> {
    let Some(effect) = stmt.member("Effect") else {
        run.report_at(
            &finding::MISSING_EFFECT,
            "Add \"Effect\": \"Allow\" or \"Deny\" to the statement.".into(),
            stmt,
        );
        return None;
    };
    match effect.node.as_str() {
        Some(e @ ("Allow" | "Deny")) => Some(e),
        Some(other) => {
            run.report_at(
                &finding::INVALID_EFFECT,
                format!(
                    "Effect \"{other}\" is neither \"Allow\" nor \"Deny\" (the values are \
                     case-sensitive)."
                ),
                &effect,
            );
            None
        }
        None => {
            run.report_at(
                &finding::DATA_TYPE_MISMATCH,
                format!(
                    "Effect must be the string \"Allow\" or \"Deny\"; it is a {}.",
                    effect.node.type_name()
                ),
                &effect,
            );
            None
        }
    }
}

fn check_principal(run: &mut Run, stmt: &Located<'_>, effect: Option<&str>) {
    let principal = stmt
        .member("Principal")
        .or_else(|| stmt.member("NotPrincipal"));
    match (run.policy_type, principal) {
        (PolicyType::ResourcePolicy, None) => run.report_at(
            &finding::MISSING_PRINCIPAL,
            "Add a Principal element: a resource policy's statement must say whom it applies to."
                .into(),
            stmt,
        ),
        (PolicyType::IdentityPolicy, Some(p)) => run.report_at(
            &finding::UNSUPPORTED_PRINCIPAL,
            "An identity policy applies to the identity it is attached to: remove Principal."
                .into(),
            &p,
        ),
        (PolicyType::ServiceControlPolicy, Some(p)) => run.report_at(
            &finding::SCP_SYNTAX_ERROR_PRINCIPAL,
            "A service control policy takes no Principal or NotPrincipal: it applies to the \
             accounts it is attached to."
                .into(),
            &p,
        ),
        _ => {}
    }
    if effect == Some("Allow")
        && let Some(n) = stmt.member("NotPrincipal")
    {
        run.report_at(
            &finding::ALLOW_WITH_NOT_PRINCIPAL,
            "Allow with NotPrincipal grants access to every principal except those listed, \
             anonymous users included: list the principals to allow in Principal instead."
                .into(),
            &n,
        );
    }
}
