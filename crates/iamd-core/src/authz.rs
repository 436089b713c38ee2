//! Authorization: the one table that maps each operation to its IAM action and the kind of
//! resource it is authorized against, the request context AWS builds, and the wording of
//! AccessDenied.
//!
//! Source: Service Authorization Reference, "Actions, resources, and condition keys for AWS
//! Identity and Access Management" (spec/policy-semantics.md §10): an operation without a
//! resource type is authorized against `*`.

use iamd_policy::{MissingAllow, Outcome, Principal, PrincipalKind, RequestContext, Role};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// What an operation is authorized against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// No resource type: the request resource is `*`.
    Star,
    User,
    Group,
    Role,
    Policy,
    Mfa,
    /// Needs no permission at all (sts:GetCallerIdentity).
    Unauthorized,
}

/// Every operation iamd serves: (operation, IAM action, target).
pub const OPERATIONS: &[(&str, &str, Target)] = &[
    (
        "GetCallerIdentity",
        "sts:GetCallerIdentity",
        Target::Unauthorized,
    ),
    // CloudTrail's LookupEvents over the audit trail (no resource type: `*`).
    ("LookupEvents", "cloudtrail:LookupEvents", Target::Star),
    ("CreateUser", "iam:CreateUser", Target::User),
    ("GetUser", "iam:GetUser", Target::User),
    ("ListUsers", "iam:ListUsers", Target::User),
    ("UpdateUser", "iam:UpdateUser", Target::User),
    ("DeleteUser", "iam:DeleteUser", Target::User),
    ("TagUser", "iam:TagUser", Target::User),
    ("UntagUser", "iam:UntagUser", Target::User),
    ("ListUserTags", "iam:ListUserTags", Target::User),
    ("CreateGroup", "iam:CreateGroup", Target::Group),
    ("GetGroup", "iam:GetGroup", Target::Group),
    ("ListGroups", "iam:ListGroups", Target::Group),
    ("DeleteGroup", "iam:DeleteGroup", Target::Group),
    ("AddUserToGroup", "iam:AddUserToGroup", Target::Group),
    (
        "RemoveUserFromGroup",
        "iam:RemoveUserFromGroup",
        Target::Group,
    ),
    ("ListGroupsForUser", "iam:ListGroupsForUser", Target::User),
    ("PutUserPolicy", "iam:PutUserPolicy", Target::User),
    ("GetUserPolicy", "iam:GetUserPolicy", Target::User),
    ("ListUserPolicies", "iam:ListUserPolicies", Target::User),
    ("DeleteUserPolicy", "iam:DeleteUserPolicy", Target::User),
    ("PutGroupPolicy", "iam:PutGroupPolicy", Target::Group),
    ("GetGroupPolicy", "iam:GetGroupPolicy", Target::Group),
    ("ListGroupPolicies", "iam:ListGroupPolicies", Target::Group),
    ("DeleteGroupPolicy", "iam:DeleteGroupPolicy", Target::Group),
    ("CreateAccessKey", "iam:CreateAccessKey", Target::User),
    ("UpdateAccessKey", "iam:UpdateAccessKey", Target::User),
    ("DeleteAccessKey", "iam:DeleteAccessKey", Target::User),
    ("ListAccessKeys", "iam:ListAccessKeys", Target::User),
    (
        "GetAccessKeyLastUsed",
        "iam:GetAccessKeyLastUsed",
        Target::User,
    ),
    (
        "SimulateCustomPolicy",
        "iam:SimulateCustomPolicy",
        Target::Star,
    ),
    (
        "SimulatePrincipalPolicy",
        "iam:SimulatePrincipalPolicy",
        Target::User,
    ),
    ("GetAccountSummary", "iam:GetAccountSummary", Target::Star),
    ("CreateAccountAlias", "iam:CreateAccountAlias", Target::Star),
    ("DeleteAccountAlias", "iam:DeleteAccountAlias", Target::Star),
    ("ListAccountAliases", "iam:ListAccountAliases", Target::Star),
    (
        "GetAccountAuthorizationDetails",
        "iam:GetAccountAuthorizationDetails",
        Target::Star,
    ),
    ("ChangePassword", "iam:ChangePassword", Target::User),
    ("CreateLoginProfile", "iam:CreateLoginProfile", Target::User),
    ("GetLoginProfile", "iam:GetLoginProfile", Target::User),
    ("UpdateLoginProfile", "iam:UpdateLoginProfile", Target::User),
    ("DeleteLoginProfile", "iam:DeleteLoginProfile", Target::User),
    (
        "GetAccountPasswordPolicy",
        "iam:GetAccountPasswordPolicy",
        Target::Star,
    ),
    (
        "UpdateAccountPasswordPolicy",
        "iam:UpdateAccountPasswordPolicy",
        Target::Star,
    ),
    (
        "DeleteAccountPasswordPolicy",
        "iam:DeleteAccountPasswordPolicy",
        Target::Star,
    ),
    (
        "GenerateCredentialReport",
        "iam:GenerateCredentialReport",
        Target::Star,
    ),
    (
        "GetCredentialReport",
        "iam:GetCredentialReport",
        Target::Star,
    ),
    (
        "CreateServiceSpecificCredential",
        "iam:CreateServiceSpecificCredential",
        Target::User,
    ),
    (
        "ListServiceSpecificCredentials",
        "iam:ListServiceSpecificCredentials",
        Target::User,
    ),
    (
        "ResetServiceSpecificCredential",
        "iam:ResetServiceSpecificCredential",
        Target::User,
    ),
    (
        "UpdateServiceSpecificCredential",
        "iam:UpdateServiceSpecificCredential",
        Target::User,
    ),
    (
        "DeleteServiceSpecificCredential",
        "iam:DeleteServiceSpecificCredential",
        Target::User,
    ),
    (
        "CreateVirtualMFADevice",
        "iam:CreateVirtualMFADevice",
        Target::Mfa,
    ),
    ("EnableMFADevice", "iam:EnableMFADevice", Target::User),
    ("ResyncMFADevice", "iam:ResyncMFADevice", Target::User),
    (
        "DeactivateMFADevice",
        "iam:DeactivateMFADevice",
        Target::User,
    ),
    (
        "DeleteVirtualMFADevice",
        "iam:DeleteVirtualMFADevice",
        Target::Mfa,
    ),
    ("ListMFADevices", "iam:ListMFADevices", Target::User),
    ("GetMFADevice", "iam:GetMFADevice", Target::User),
    (
        "ListVirtualMFADevices",
        "iam:ListVirtualMFADevices",
        Target::Star,
    ),
    ("TagMFADevice", "iam:TagMFADevice", Target::Mfa),
    ("UntagMFADevice", "iam:UntagMFADevice", Target::Mfa),
    ("ListMFADeviceTags", "iam:ListMFADeviceTags", Target::Mfa),
    // No permission is needed: policies cannot control GetSessionToken (STS API Reference).
    (
        "GetSessionToken",
        "sts:GetSessionToken",
        Target::Unauthorized,
    ),
    ("AssumeRole", "sts:AssumeRole", Target::Role),
    ("CreatePolicy", "iam:CreatePolicy", Target::Policy),
    ("GetPolicy", "iam:GetPolicy", Target::Policy),
    ("DeletePolicy", "iam:DeletePolicy", Target::Policy),
    ("ListPolicies", "iam:ListPolicies", Target::Policy),
    (
        "CreatePolicyVersion",
        "iam:CreatePolicyVersion",
        Target::Policy,
    ),
    ("GetPolicyVersion", "iam:GetPolicyVersion", Target::Policy),
    (
        "ListPolicyVersions",
        "iam:ListPolicyVersions",
        Target::Policy,
    ),
    (
        "DeletePolicyVersion",
        "iam:DeletePolicyVersion",
        Target::Policy,
    ),
    (
        "SetDefaultPolicyVersion",
        "iam:SetDefaultPolicyVersion",
        Target::Policy,
    ),
    (
        "ListEntitiesForPolicy",
        "iam:ListEntitiesForPolicy",
        Target::Policy,
    ),
    ("AttachUserPolicy", "iam:AttachUserPolicy", Target::User),
    ("DetachUserPolicy", "iam:DetachUserPolicy", Target::User),
    (
        "ListAttachedUserPolicies",
        "iam:ListAttachedUserPolicies",
        Target::User,
    ),
    ("AttachGroupPolicy", "iam:AttachGroupPolicy", Target::Group),
    ("DetachGroupPolicy", "iam:DetachGroupPolicy", Target::Group),
    (
        "ListAttachedGroupPolicies",
        "iam:ListAttachedGroupPolicies",
        Target::Group,
    ),
    (
        "PutUserPermissionsBoundary",
        "iam:PutUserPermissionsBoundary",
        Target::User,
    ),
    (
        "DeleteUserPermissionsBoundary",
        "iam:DeleteUserPermissionsBoundary",
        Target::User,
    ),
    ("CreateRole", "iam:CreateRole", Target::Role),
    ("GetRole", "iam:GetRole", Target::Role),
    ("ListRoles", "iam:ListRoles", Target::Role),
    ("UpdateRole", "iam:UpdateRole", Target::Role),
    (
        "UpdateRoleDescription",
        "iam:UpdateRoleDescription",
        Target::Role,
    ),
    (
        "UpdateAssumeRolePolicy",
        "iam:UpdateAssumeRolePolicy",
        Target::Role,
    ),
    ("DeleteRole", "iam:DeleteRole", Target::Role),
    ("TagRole", "iam:TagRole", Target::Role),
    ("UntagRole", "iam:UntagRole", Target::Role),
    ("ListRoleTags", "iam:ListRoleTags", Target::Role),
    ("PutRolePolicy", "iam:PutRolePolicy", Target::Role),
    ("GetRolePolicy", "iam:GetRolePolicy", Target::Role),
    ("ListRolePolicies", "iam:ListRolePolicies", Target::Role),
    ("DeleteRolePolicy", "iam:DeleteRolePolicy", Target::Role),
    ("AttachRolePolicy", "iam:AttachRolePolicy", Target::Role),
    ("DetachRolePolicy", "iam:DetachRolePolicy", Target::Role),
    (
        "ListAttachedRolePolicies",
        "iam:ListAttachedRolePolicies",
        Target::Role,
    ),
    (
        "PutRolePermissionsBoundary",
        "iam:PutRolePermissionsBoundary",
        Target::Role,
    ),
    (
        "DeleteRolePermissionsBoundary",
        "iam:DeleteRolePermissionsBoundary",
        Target::Role,
    ),
];

/// The IAM action and target of an operation, if iamd serves it.
pub fn operation(name: &str) -> Option<(&'static str, Target)> {
    OPERATIONS
        .iter()
        .find(|(op, _, _)| *op == name)
        .map(|(_, action, target)| (*action, *target))
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

    /// Every operation name the operations authorize with has an entry: a missing one would
    /// answer 500 to a client (and the aws CLI retries 5xx).
    #[test]
    fn every_authorized_operation_has_an_entry() {
        let sources = [
            include_str!("ops/users.rs"),
            include_str!("ops/groups.rs"),
            include_str!("ops/keys.rs"),
            include_str!("ops/managed.rs"),
            include_str!("ops/roles.rs"),
            include_str!("ops/policies.rs"),
            include_str!("ops/sts.rs"),
            include_str!("ops/mfa.rs"),
            include_str!("ops/sessions.rs"),
        ];
        let mut seen = 0;
        for src in sources {
            for (i, _) in src.match_indices("(caller, \"") {
                let rest = &src[i + 10..];
                let name = &rest[..rest.find('"').unwrap()];
                seen += 1;
                assert!(
                    operation(name).is_some(),
                    "{name} is authorized but has no table entry"
                );
            }
            // The authorize calls whose name is on the next line after `caller,`.
            for (i, _) in src.match_indices("caller,\n") {
                let rest = src[i + 8..].trim_start();
                if let Some(rest) = rest.strip_prefix('"') {
                    let name = &rest[..rest.find('"').unwrap()];
                    seen += 1;
                    assert!(
                        operation(name).is_some(),
                        "{name} is authorized but has no table entry"
                    );
                }
            }
        }
        assert!(seen > 30, "only {seen} authorize calls found");
        for kind in ["User", "Group", "Role"] {
            for verb in ["Put", "Get", "Delete"] {
                assert!(operation(&format!("{verb}{kind}Policy")).is_some());
            }
            assert!(operation(&format!("List{kind}Policies")).is_some());
        }
    }

    #[test]
    fn every_operation_is_in_the_table_once() {
        let mut names: Vec<_> = OPERATIONS.iter().map(|(op, _, _)| *op).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
        assert_eq!(
            operation("ListUsers"),
            Some(("iam:ListUsers", Target::User))
        );
    }
}
