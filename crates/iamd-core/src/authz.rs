//! Authorization's pieces around the catalog ([`crate::catalog`], which says per operation
//! its action, target and request keys): the served operations' table, the request-specific
//! condition keys, the request context AWS builds, and the wording of AccessDenied.

use iamd_policy::{MissingAllow, Outcome, Principal, PrincipalKind, RequestContext, Role};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::Operation;
pub use crate::catalog::{RequestKey, Target};

/// One served operation as the authorization table shows it: its name, IAM action, what it
/// is authorized against and the condition keys its request carries ([`RequestKey`]). Derived
/// from the catalog ([`Operation::spec`]); the table is [`OPERATIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The operation.
    pub operation: Operation,
    /// Its name (`CreateUser`).
    pub name: &'static str,
    /// Its IAM action (`iam:CreateUser`).
    pub action: &'static str,
    /// What it is authorized against.
    pub target: Target,
    /// The request condition keys its policies can test.
    pub request_keys: &'static [RequestKey],
}

impl Entry {
    /// The entry of `operation`, if iamd serves it.
    #[must_use]
    pub const fn of(operation: Operation) -> Option<Entry> {
        match operation.authorization() {
            Some(a) => Some(Entry {
                operation,
                name: operation.name(),
                action: operation.action(),
                target: a.target,
                request_keys: a.request_keys,
            }),
            None => None,
        }
    }
}

/// How many operations iamd serves.
const SERVED: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < Operation::EVERY.len() {
        if Operation::EVERY[i].is_served() {
            n += 1;
        }
        i += 1;
    }
    n
};

/// The served operations' entries, computed from the catalog at compile time.
const SERVED_ENTRIES: [Entry; SERVED] = {
    let placeholder = Entry {
        operation: Operation::GetCallerIdentity,
        name: "",
        action: "",
        target: Target::Unauthorized,
        request_keys: &[],
    };
    let mut out = [placeholder; SERVED];
    let mut n = 0;
    let mut i = 0;
    while i < Operation::EVERY.len() {
        if let Some(entry) = Entry::of(Operation::EVERY[i]) {
            out[n] = entry;
            n += 1;
        }
        i += 1;
    }
    out
};

/// Every operation iamd serves, with its IAM action, what it is authorized against and the
/// condition keys its request carries: the catalog's served operations, in its order.
pub const OPERATIONS: &[Entry] = &SERVED_ENTRIES;

/// The request-specific condition keys that enter `operation`'s context: those of `extra`
/// that the operation's table entry declares. A key the entry does not declare is left out,
/// so the table is the one place that says which keys an operation's policies can test.
pub fn declared_keys<'a>(
    declared: &'static [RequestKey],
    extra: &'a [(String, iamd_policy::ContextValue)],
) -> impl Iterator<Item = &'a (String, iamd_policy::ContextValue)> {
    extra
        .iter()
        .filter(move |(name, _)| declared.iter().any(|k| k.names(name)))
}

/// `iam:PermissionsBoundary` for an operation on an existing user or role: the request's own
/// value when it has one (PutUserPermissionsBoundary), else the entity's current boundary
/// (PutUserPolicy, AttachRolePolicy, DeleteRolePermissionsBoundary, …), so that AWS's
/// documented delegation pattern "only on entities with this boundary" holds.
pub fn with_entity_boundary(
    operation: Operation,
    extra: &[(String, iamd_policy::ContextValue)],
    entity_boundary: Option<&str>,
) -> Vec<(String, iamd_policy::ContextValue)> {
    let mut out = extra.to_vec();
    let declared = operation
        .authorization()
        .is_some_and(|a| a.request_keys.contains(&RequestKey::PermissionsBoundary));
    let given = extra
        .iter()
        .any(|(name, _)| RequestKey::PermissionsBoundary.names(name));
    if let (true, false, Some(b)) = (declared, given, entity_boundary) {
        out.push(key("iam:PermissionsBoundary", b));
    }
    out
}

/// `aws:TagKeys` of an untagging request (UntagUser, UntagRole, UntagMFADevice).
pub fn untag_keys(keys: &[String]) -> Vec<(String, iamd_policy::ContextValue)> {
    if keys.is_empty() {
        return Vec::new();
    }
    vec![(
        "aws:TagKeys".to_string(),
        iamd_policy::ContextValue::List(keys.to_vec()),
    )]
}

/// The request context AWS builds for a caller (IAM User Guide, "AWS global condition context
/// keys"): the principal keys always, `aws:username` for IAM users only, and the MFA and token
/// keys only for temporary credentials — never for long-term access keys.
#[derive(Debug)]
pub struct ContextFacts<'a> {
    pub principal: &'a Principal,
    pub user_name: Option<&'a str>,
    pub user_id: &'a str,
    pub tags: &'a [(String, String)],
    pub source_ip: Option<&'a str>,
    pub secure_transport: bool,
    pub now: OffsetDateTime,
}

pub fn request_context(f: &ContextFacts<'_>) -> RequestContext {
    let mut c = RequestContext::new();
    c.insert("aws:PrincipalArn", f.principal.arn.clone());
    c.insert("aws:PrincipalAccount", f.principal.account.clone());
    c.insert(
        "aws:PrincipalType",
        match f.principal.kind {
            PrincipalKind::Root => "Account",
            PrincipalKind::User => "User",
            PrincipalKind::AssumedRole => "AssumedRole",
            PrincipalKind::FederatedUser => "FederatedUser",
            PrincipalKind::Service => "Service",
            PrincipalKind::Anonymous => "Anonymous",
        },
    );
    c.insert("aws:userid", f.user_id);
    if let Some(name) = f.user_name {
        c.insert("aws:username", name);
    }
    for (k, v) in f.tags {
        c.insert(&format!("aws:PrincipalTag/{k}"), v.clone());
    }
    if let Some(ip) = f.source_ip {
        c.insert("aws:SourceIp", ip);
    }
    c.insert("aws:SecureTransport", f.secure_transport.to_string());
    c.insert(
        "aws:CurrentTime",
        f.now.format(&Rfc3339).unwrap_or_default(),
    );
    c.insert("aws:EpochTime", f.now.unix_timestamp().to_string());
    // IAM is a global service: its requests always carry us-east-1.
    c.insert("aws:RequestedRegion", "us-east-1");
    c.insert("aws:ViaAWSService", "false");
    c
}

/// The condition keys a tagging request carries (Service Authorization Reference: CreateUser,
/// TagUser, CreateRole, TagRole, CreatePolicy): `aws:RequestTag/KEY` for each tag and
/// `aws:TagKeys` listing them.
pub fn tag_keys(tags: &[crate::entities::Tag]) -> Vec<(String, iamd_policy::ContextValue)> {
    let mut extra: Vec<(String, iamd_policy::ContextValue)> = tags
        .iter()
        .map(|t| {
            (
                format!("aws:RequestTag/{}", t.key),
                iamd_policy::ContextValue::Single(t.value.clone()),
            )
        })
        .collect();
    if !tags.is_empty() {
        extra.push((
            "aws:TagKeys".to_string(),
            iamd_policy::ContextValue::List(tags.iter().map(|t| t.key.clone()).collect()),
        ));
    }
    extra
}

/// One single-valued condition key, such as `iam:PolicyARN`.
pub fn key(name: &str, value: &str) -> (String, iamd_policy::ContextValue) {
    (
        name.to_string(),
        iamd_policy::ContextValue::Single(value.to_string()),
    )
}

/// How an AccessDenied names another user that the caller named: `user NAME`, as the caller
/// sent the name (IAM's own wording for a user resource). Not the stored ARN: a caller that may
/// not act on the user must learn neither its path nor, from the path's presence, whether it
/// exists. The caller's own user is named by its ARN, which the caller knows.
pub fn user_as_named(name: &str) -> String {
    format!("user {name}")
}

/// AWS's AccessDenied sentence (IAM User Guide, "Troubleshooting access denied error
/// messages"): who, what, on which resource, and which kind of policy decided.
pub fn access_denied_message(
    caller_arn: &str,
    action: &str,
    resource: &str,
    outcome: Outcome,
    deny_role: Option<Role>,
    missing: Option<MissingAllow>,
) -> String {
    let who = if caller_arn.ends_with(":root") {
        caller_arn.to_string()
    } else {
        format!("User: {caller_arn}")
    };
    let why = match (outcome, deny_role, missing) {
        (Outcome::ExplicitDeny, Some(Role::Boundary), _) => {
            "with an explicit deny in a permissions boundary".to_string()
        }
        (Outcome::ExplicitDeny, Some(Role::Session), _) => {
            "with an explicit deny in a session policy".to_string()
        }
        (Outcome::ExplicitDeny, Some(Role::Resource), _) => {
            "with an explicit deny in a resource-based policy".to_string()
        }
        (Outcome::ExplicitDeny, _, _) => {
            "with an explicit deny in an identity-based policy".to_string()
        }
        (_, _, Some(MissingAllow::Boundary)) => {
            format!("because no permissions boundary allows the {action} action")
        }
        (_, _, Some(MissingAllow::Session)) => {
            format!("because no session policy allows the {action} action")
        }
        (_, _, Some(MissingAllow::Resource)) => {
            format!("because no resource-based policy allows the {action} action")
        }
        _ => format!("because no identity-based policy allows the {action} action"),
    };
    format!("{who} is not authorized to perform: {action} on resource: {resource} {why}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_denied_in_aws_words() {
        assert_eq!(
            access_denied_message(
                "arn:aws:iam::123456789012:user/alice",
                "iam:CreateUser",
                "arn:aws:iam::123456789012:user/bob",
                Outcome::ImplicitDeny,
                None,
                Some(MissingAllow::Identity)
            ),
            "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/bob because no identity-based policy allows the iam:CreateUser action"
        );
        assert!(
            access_denied_message(
                "a",
                "iam:X",
                "*",
                Outcome::ExplicitDeny,
                Some(Role::Identity),
                None
            )
            .ends_with("with an explicit deny in an identity-based policy")
        );
    }

    /// Only the keys an operation declares reach its context; the entity's boundary fills
    /// `iam:PermissionsBoundary` only where it is declared and the request gives none.
    #[test]
    fn request_keys_follow_the_table() {
        let extra = vec![
            key("iam:PolicyARN", "arn:aws:iam::aws:policy/ReadOnlyAccess"),
            key("aws:RequestTag/team", "red"),
        ];
        let keys = |o: Operation| o.authorization().unwrap().request_keys;
        let kept: Vec<_> = declared_keys(keys(Operation::AttachGroupPolicy), &extra)
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(kept, ["iam:PolicyARN"]);
        assert_eq!(declared_keys(keys(Operation::GetUser), &extra).count(), 0);

        let b = "arn:aws:iam::123456789012:policy/b";
        let names = |v: Vec<(String, iamd_policy::ContextValue)>| {
            v.into_iter().map(|(k, _)| k).collect::<Vec<_>>()
        };
        assert_eq!(
            names(with_entity_boundary(Operation::PutUserPolicy, &[], Some(b))),
            ["iam:PermissionsBoundary"]
        );
        assert!(with_entity_boundary(Operation::GetUser, &[], Some(b)).is_empty());
        let given = [key(
            "iam:PermissionsBoundary",
            "arn:aws:iam::123456789012:policy/new",
        )];
        let kept = with_entity_boundary(Operation::PutUserPermissionsBoundary, &given, Some(b));
        assert_eq!(kept, given);
    }

    #[test]
    fn every_operation_is_in_the_table_once() {
        let mut names: Vec<_> = OPERATIONS.iter().map(|o| o.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
        let list = OPERATIONS.iter().find(|o| o.name == "ListUsers").unwrap();
        assert_eq!((list.action, list.target), ("iam:ListUsers", Target::User));
        assert_eq!(
            OPERATIONS.len(),
            Operation::EVERY.iter().filter(|o| o.is_served()).count()
        );
    }
}
