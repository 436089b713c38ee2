//! Action names against the service catalog, the resource types they are authorized against,
//! and `iam:PassRole` on unbounded roles.

use iamd_policy::{Wildcard, nearest_name};

use super::run::{Entry, Located, Run};
use crate::catalog::{ActionInfo, Service};
use crate::finding;

/// The actions one Action/NotAction string stands for.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum ActionSet {
    /// `*`: every action of every service.
    All,
    /// Known actions as (lower-case service prefix, lower-case action name); `literal` when
    /// the string named one action without wildcards.
    Matched {
        actions: Vec<(&'static str, &'static str)>,
        literal: bool,
    },
    /// Unknown or unreadable (already reported): stands for nothing the checks can use.
    Unknown,
}

impl ActionSet {
    pub(super) fn contains(&self, service: &str, action: &str) -> bool {
        match self {
            ActionSet::All => true,
            ActionSet::Matched { actions, .. } => {
                actions.iter().any(|(s, a)| *s == service && *a == action)
            }
            ActionSet::Unknown => false,
        }
    }

    /// Whether every action of `other` is in `self` (and `other` stands for something).
    pub(super) fn covers(&self, other: &ActionSet) -> bool {
        match (self, other) {
            (_, ActionSet::Unknown) | (ActionSet::Unknown, _) => false,
            (ActionSet::All, _) => true,
            (ActionSet::Matched { .. }, ActionSet::All) => false,
            (ActionSet::Matched { actions: mine, .. }, ActionSet::Matched { actions, .. }) => {
                !actions.is_empty() && actions.iter().all(|a| mine.contains(a))
            }
        }
    }

    fn literal(&self) -> Option<(&'static str, &'static str)> {
        match self {
            ActionSet::Matched {
                actions,
                literal: true,
            } => actions.first().copied(),
            _ => None,
        }
    }
}

/// Check each Action/NotAction string and say what it stands for.
pub(super) fn check_actions<'a>(
    run: &mut Run,
    entries: &[Entry<'a>],
) -> Vec<(Entry<'a>, ActionSet)> {
    entries
        .iter()
        .map(|e| (e.clone(), action_set(run, e)))
        .collect()
}

fn action_set(run: &mut Run, entry: &Entry<'_>) -> ActionSet {
    let text = entry.text;
    if text == "*" {
        return ActionSet::All;
    }
    let Some((prefix, name)) = text.split_once(':') else {
        run.report_at(
            &finding::INVALID_ACTION,
            format!(
                "\"{text}\" is not an action: write it as service:ActionName (\"s3:GetObject\")."
            ),
            &entry.at,
        );
        return ActionSet::Unknown;
    };
    if prefix.contains(['*', '?']) {
        run.report_at(
            &finding::WILDCARD_IN_SERVICE_NAME,
            format!(
                "\"{text}\" has a wildcard in the service prefix: name the services so the policy \
                 says what it grants."
            ),
            &entry.at,
        );
        return ActionSet::Unknown;
    }
    let catalog = run.catalog;
    let Some((service_key, service)) = catalog.services.get_key_value(&prefix.to_ascii_lowercase())
    else {
        let mut details =
            format!("The service prefix \"{prefix}\" in \"{text}\" is no AWS service.");
        if let Some(near) = nearest_name(prefix, catalog.services.keys()) {
            details.push_str(&format!(" Did you mean \"{near}\"?"));
        }
        run.report_at(&finding::INVALID_SERVICE_IN_ACTION, details, &entry.at);
        return ActionSet::Unknown;
    };
    let service_key = service_key.as_str();
    let lower = name.to_ascii_lowercase();
    if lower.contains(['*', '?']) {
        let pattern = Wildcard::new(&lower);
        let actions: Vec<_> = service
            .actions
            .keys()
            .filter(|a| pattern.matches(a))
            .map(|a| (service_key, a.as_str()))
            .collect();
        if actions.is_empty() {
            run.report_at(
                &finding::ACTION_PATTERN_MATCHES_NOTHING,
                format!(
                    "\"{text}\" matches no action of {}: it grants and denies nothing. Check the \
                     spelling.",
                    service.name
                ),
                &entry.at,
            );
            return ActionSet::Unknown;
        }
        return ActionSet::Matched {
            actions,
            literal: false,
        };
    }
    match service.actions.get_key_value(&lower) {
        Some((key, _)) => ActionSet::Matched {
            actions: vec![(service_key, key.as_str())],
            literal: true,
        },
        None => {
            let mut details = format!(
                "\"{name}\" is not an action of {} ({prefix}): it grants and denies nothing.",
                service.name
            );
            let names = service.actions.values().map(|a| a.name.as_str());
            if let Some(near) = nearest_name(name, names) {
                details.push_str(&format!(" Did you mean \"{prefix}:{near}\"?"));
            }
            run.report_at(&finding::INVALID_ACTION, details, &entry.at);
            ActionSet::Unknown
        }
    }
}

/// For each action named without wildcards: does any of the statement's resources fit one of
/// the resource types the action is authorized against? If none does, the statement grants or
/// denies nothing for that action.
pub(super) fn check_resource_types(
    run: &mut Run,
    actions: &[(Entry<'_>, ActionSet)],
    resources: &[Entry<'_>],
) {
    if resources.is_empty() || resources.iter().any(|r| r.text == "*") {
        return;
    }
    let catalog = run.catalog;
    for (entry, set) in actions {
        let Some((prefix, name)) = set.literal() else {
            continue;
        };
        let Some(service) = catalog.services.get(prefix) else {
            continue;
        };
        let Some(action) = service.actions.get(name) else {
            continue;
        };
        if resources
            .iter()
            .any(|r| fits_action(service, action, r.text))
        {
            continue;
        }
        let details = if action.resource_types.is_empty() {
            format!(
                "{prefix}:{} is authorized only against Resource \"*\" (it has no resource \
                 type), so none of this statement's resources applies to it: give it \"*\" in a \
                 statement of its own.",
                action.name
            )
        } else {
            let arns: Vec<String> = action
                .resource_types
                .iter()
                .filter_map(|t| service.resource_types.get(&t.name.to_ascii_lowercase()))
                .map(|t| t.arn.clone())
                .collect();
            format!(
                "None of this statement's resources is a resource {prefix}:{} is authorized \
                 against, so the statement does nothing for it. Its resource ARNs look like: {}.",
                action.name,
                arns.join(", ")
            )
        };
        run.report_at(&finding::RESOURCE_TYPE_MISMATCH, details, &entry.at);
    }
}

fn fits_action(service: &Service, action: &ActionInfo, resource: &str) -> bool {
    if action.resource_types.is_empty() {
        return false;
    }
    action.resource_types.iter().any(|t| {
        service
            .resource_types
            .get(&t.name.to_ascii_lowercase())
            .is_none_or(|rt| arn_may_match_template(resource, &rt.arn))
    })
}

/// Whether the policy's resource pattern can name a resource of the ARN template's type.
/// Lenient on purpose (a false "mismatch" would be noise): it compares the service and the
/// literal beginnings of the resource parts, and gives up on anything it cannot read.
fn arn_may_match_template(resource: &str, template: &str) -> bool {
    let res: Vec<&str> = resource.splitn(6, ':').collect();
    let tpl: Vec<&str> = template.splitn(6, ':').collect();
    let (Some(res_service), Some(res_part), Some(tpl_service), Some(tpl_part)) =
        (res.get(2), res.get(5), tpl.get(2), tpl.get(5))
    else {
        return true;
    };
    let wild = |s: &str| s.contains(['*', '?', '$']);
    if !wild(res_service) && !wild(tpl_service) && !res_service.eq_ignore_ascii_case(tpl_service) {
        return false;
    }
    let literal = |s: &'_ str| -> String {
        s.find(['*', '?', '$'])
            .map_or(s, |i| s.get(..i).unwrap_or(s))
            .to_ascii_lowercase()
    };
    let (a, b) = (literal(res_part), literal(tpl_part));
    let (a_full, b_full) = (!wild(res_part), !wild(tpl_part));
    if a_full && b_full {
        return a == b;
    }
    a.starts_with(&b) && !b_full || b.starts_with(&a) && !a_full
}

/// `iam:PassRole` reachable in an Allow with unbounded roles: whoever holds the policy can hand
/// any role, the most powerful included, to a service.
pub(super) fn check_pass_role(
    run: &mut Run,
    actions: &[(Entry<'_>, ActionSet)],
    not_action: bool,
    resources: &[Entry<'_>],
    not_resource: Option<&Located<'_>>,
    passed_to_service: bool,
) {
    let granted: Vec<&(Entry<'_>, ActionSet)> = actions
        .iter()
        .filter(|(_, s)| s.contains("iam", "passrole"))
        .collect();
    let (reachable, by_name) = if not_action {
        (!actions.is_empty() && granted.is_empty(), false)
    } else {
        (
            !granted.is_empty(),
            granted.iter().any(|(_, s)| s.literal().is_some()),
        )
    };
    if !reachable {
        return;
    }
    let mut locations: Vec<_> = if not_action {
        Vec::new()
    } else {
        granted.iter().map(|(e, _)| e.at.location()).collect()
    };
    let issue = if let Some(n) = not_resource {
        locations.push(n.location());
        match (not_action, by_name) {
            (true, _) => &finding::PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE,
            (false, true) => &finding::PASS_ROLE_WITH_NOT_RESOURCE,
            (false, false) => &finding::PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE,
        }
    } else {
        let Some(star) = resources.iter().find(|r| r.text == "*") else {
            return;
        };
        if passed_to_service {
            return;
        }
        locations.push(star.at.location());
        match (not_action, by_name) {
            (true, _) => &finding::PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION,
            (false, true) => &finding::PASS_ROLE_WITH_STAR_IN_RESOURCE,
            (false, false) => &finding::PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE,
        }
    };
    run.report(
        issue,
        "This statement allows iam:PassRole on every role: whoever holds it can give any role, \
         however powerful, to a service they control. Name the roles in Resource, and limit the \
         services with the iam:PassedToService condition key."
            .into(),
        locations,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_patterns_against_arn_templates() {
        let user = "arn:${Partition}:iam::${Account}:user/${UserNameWithPath}";
        assert!(arn_may_match_template(
            "arn:aws:iam::*:user/${aws:username}",
            user
        ));
        assert!(arn_may_match_template(
            "arn:aws:iam::111122223333:user/a/b",
            user
        ));
        assert!(!arn_may_match_template(
            "arn:aws:iam::111122223333:role/admin",
            user
        ));
        assert!(!arn_may_match_template("arn:aws:s3:::bucket/*", user));
        assert!(arn_may_match_template("arn:aws:iam::*:*", user));
        let bucket = "arn:${Partition}:s3:::${BucketName}";
        assert!(arn_may_match_template("arn:aws:s3:::my-bucket", bucket));
        assert!(arn_may_match_template("not an arn", bucket));
    }
}
