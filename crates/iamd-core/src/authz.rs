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
    InstanceProfile,
    /// Needs no permission at all (sts:GetCallerIdentity).
    Unauthorized,
}

/// A condition key an operation's request carries besides the caller's context: the
/// "Condition keys" column of the Service Authorization Reference's IAM actions table, less
/// the resource's own tags (`aws:ResourceTag/*`, `iam:ResourceTag/*`), which describe the
/// resource rather than the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKey {
    /// `aws:RequestTag/${TagKey}`: the value of each tag the request sets.
    RequestTag,
    /// `aws:TagKeys`: the keys of the tags the request sets or removes.
    TagKeys,
    /// `iam:PermissionsBoundary`: the boundary the request sets or, when it sets none, the
    /// boundary the user or role it acts on has.
    PermissionsBoundary,
    /// `iam:PolicyARN`: the managed policy the request attaches or detaches.
    PolicyArn,
}

impl RequestKey {
    /// Whether the context key `name` is this key (`aws:RequestTag/…` for any tag key).
    pub fn names(self, name: &str) -> bool {
        match self {
            Self::RequestTag => name.starts_with("aws:RequestTag/"),
            Self::TagKeys => name == "aws:TagKeys",
            Self::PermissionsBoundary => name == "iam:PermissionsBoundary",
            Self::PolicyArn => name == "iam:PolicyARN",
        }
    }
}

/// One operation: its IAM action, what it is authorized against, and the condition keys its
/// request carries ([`RequestKey`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    pub name: &'static str,
    pub action: &'static str,
    pub target: Target,
    pub request_keys: &'static [RequestKey],
}

const fn op(
    name: &'static str,
    action: &'static str,
    target: Target,
    request_keys: &'static [RequestKey],
) -> Operation {
    Operation {
        name,
        action,
        target,
        request_keys,
    }
}

// The key sets of the reference's table, named once.
const NONE: &[RequestKey] = &[];
const TAGGING: &[RequestKey] = &[RequestKey::RequestTag, RequestKey::TagKeys];
const UNTAGGING: &[RequestKey] = &[RequestKey::TagKeys];
const TAGGED_WITH_BOUNDARY: &[RequestKey] = &[
    RequestKey::RequestTag,
    RequestKey::TagKeys,
    RequestKey::PermissionsBoundary,
];
const BOUNDARY: &[RequestKey] = &[RequestKey::PermissionsBoundary];
const POLICY: &[RequestKey] = &[RequestKey::PolicyArn];
const POLICY_AND_BOUNDARY: &[RequestKey] =
    &[RequestKey::PolicyArn, RequestKey::PermissionsBoundary];

/// Every operation iamd serves, with its IAM action, what it is authorized against and the
/// condition keys its request carries.
pub const OPERATIONS: &[Operation] = &[
    op(
        "GetCallerIdentity",
        "sts:GetCallerIdentity",
        Target::Unauthorized,
        NONE,
    ),
    // CloudTrail's LookupEvents over the audit trail (no resource type: `*`).
    op(
        "LookupEvents",
        "cloudtrail:LookupEvents",
        Target::Star,
        NONE,
    ),
    op(
        "CreateUser",
        "iam:CreateUser",
        Target::User,
        TAGGED_WITH_BOUNDARY,
    ),
    op("GetUser", "iam:GetUser", Target::User, NONE),
    op("ListUsers", "iam:ListUsers", Target::User, NONE),
    op("UpdateUser", "iam:UpdateUser", Target::User, NONE),
    op("DeleteUser", "iam:DeleteUser", Target::User, NONE),
    op("TagUser", "iam:TagUser", Target::User, TAGGING),
    op("UntagUser", "iam:UntagUser", Target::User, UNTAGGING),
    op("ListUserTags", "iam:ListUserTags", Target::User, NONE),
    op("CreateGroup", "iam:CreateGroup", Target::Group, NONE),
    op("GetGroup", "iam:GetGroup", Target::Group, NONE),
    op("ListGroups", "iam:ListGroups", Target::Group, NONE),
    op("DeleteGroup", "iam:DeleteGroup", Target::Group, NONE),
    op("AddUserToGroup", "iam:AddUserToGroup", Target::Group, NONE),
    op(
        "RemoveUserFromGroup",
        "iam:RemoveUserFromGroup",
        Target::Group,
        NONE,
    ),
    op(
        "ListGroupsForUser",
        "iam:ListGroupsForUser",
        Target::User,
        NONE,
    ),
    op("PutUserPolicy", "iam:PutUserPolicy", Target::User, BOUNDARY),
    op("GetUserPolicy", "iam:GetUserPolicy", Target::User, NONE),
    op(
        "ListUserPolicies",
        "iam:ListUserPolicies",
        Target::User,
        NONE,
    ),
    op(
        "DeleteUserPolicy",
        "iam:DeleteUserPolicy",
        Target::User,
        BOUNDARY,
    ),
    op("PutGroupPolicy", "iam:PutGroupPolicy", Target::Group, NONE),
    op("GetGroupPolicy", "iam:GetGroupPolicy", Target::Group, NONE),
    op(
        "ListGroupPolicies",
        "iam:ListGroupPolicies",
        Target::Group,
        NONE,
    ),
    op(
        "DeleteGroupPolicy",
        "iam:DeleteGroupPolicy",
        Target::Group,
        NONE,
    ),
    op("CreateAccessKey", "iam:CreateAccessKey", Target::User, NONE),
    op("UpdateAccessKey", "iam:UpdateAccessKey", Target::User, NONE),
    op("DeleteAccessKey", "iam:DeleteAccessKey", Target::User, NONE),
    op("ListAccessKeys", "iam:ListAccessKeys", Target::User, NONE),
    op(
        "GetAccessKeyLastUsed",
        "iam:GetAccessKeyLastUsed",
        Target::User,
        NONE,
    ),
    op(
        "SimulateCustomPolicy",
        "iam:SimulateCustomPolicy",
        Target::Star,
        NONE,
    ),
    op(
        "SimulatePrincipalPolicy",
        "iam:SimulatePrincipalPolicy",
        Target::User,
        NONE,
    ),
    op(
        "GetAccountSummary",
        "iam:GetAccountSummary",
        Target::Star,
        NONE,
    ),
    op(
        "CreateAccountAlias",
        "iam:CreateAccountAlias",
        Target::Star,
        NONE,
    ),
    op(
        "DeleteAccountAlias",
        "iam:DeleteAccountAlias",
        Target::Star,
        NONE,
    ),
    op(
        "ListAccountAliases",
        "iam:ListAccountAliases",
        Target::Star,
        NONE,
    ),
    op(
        "GetAccountAuthorizationDetails",
        "iam:GetAccountAuthorizationDetails",
        Target::Star,
        NONE,
    ),
    op("ChangePassword", "iam:ChangePassword", Target::User, NONE),
    op(
        "CreateLoginProfile",
        "iam:CreateLoginProfile",
        Target::User,
        NONE,
    ),
    op("GetLoginProfile", "iam:GetLoginProfile", Target::User, NONE),
    op(
        "UpdateLoginProfile",
        "iam:UpdateLoginProfile",
        Target::User,
        NONE,
    ),
    op(
        "DeleteLoginProfile",
        "iam:DeleteLoginProfile",
        Target::User,
        NONE,
    ),
    op(
        "GetAccountPasswordPolicy",
        "iam:GetAccountPasswordPolicy",
        Target::Star,
        NONE,
    ),
    op(
        "UpdateAccountPasswordPolicy",
        "iam:UpdateAccountPasswordPolicy",
        Target::Star,
        NONE,
    ),
    op(
        "DeleteAccountPasswordPolicy",
        "iam:DeleteAccountPasswordPolicy",
        Target::Star,
        NONE,
    ),
    op(
        "GenerateCredentialReport",
        "iam:GenerateCredentialReport",
        Target::Star,
        NONE,
    ),
    op(
        "GetCredentialReport",
        "iam:GetCredentialReport",
        Target::Star,
        NONE,
    ),
    op(
        "CreateServiceSpecificCredential",
        "iam:CreateServiceSpecificCredential",
        Target::User,
        NONE,
    ),
    op(
        "ListServiceSpecificCredentials",
        "iam:ListServiceSpecificCredentials",
        Target::User,
        NONE,
    ),
    op(
        "ResetServiceSpecificCredential",
        "iam:ResetServiceSpecificCredential",
        Target::User,
        NONE,
    ),
    op(
        "UpdateServiceSpecificCredential",
        "iam:UpdateServiceSpecificCredential",
        Target::User,
        NONE,
    ),
    op(
        "DeleteServiceSpecificCredential",
        "iam:DeleteServiceSpecificCredential",
        Target::User,
        NONE,
    ),
    op(
        "CreateVirtualMFADevice",
        "iam:CreateVirtualMFADevice",
        Target::Mfa,
        TAGGING,
    ),
    op("EnableMFADevice", "iam:EnableMFADevice", Target::User, NONE),
    op("ResyncMFADevice", "iam:ResyncMFADevice", Target::User, NONE),
    op(
        "DeactivateMFADevice",
        "iam:DeactivateMFADevice",
        Target::User,
        NONE,
    ),
    op(
        "DeleteVirtualMFADevice",
        "iam:DeleteVirtualMFADevice",
        Target::Mfa,
        NONE,
    ),
    op("ListMFADevices", "iam:ListMFADevices", Target::User, NONE),
    op("GetMFADevice", "iam:GetMFADevice", Target::User, NONE),
    op(
        "ListVirtualMFADevices",
        "iam:ListVirtualMFADevices",
        Target::Star,
        NONE,
    ),
    op("TagMFADevice", "iam:TagMFADevice", Target::Mfa, TAGGING),
    op(
        "UntagMFADevice",
        "iam:UntagMFADevice",
        Target::Mfa,
        UNTAGGING,
    ),
    op(
        "ListMFADeviceTags",
        "iam:ListMFADeviceTags",
        Target::Mfa,
        NONE,
    ),
    // No permission is needed: policies cannot control GetSessionToken (STS API Reference).
    op(
        "GetSessionToken",
        "sts:GetSessionToken",
        Target::Unauthorized,
        NONE,
    ),
    op("AssumeRole", "sts:AssumeRole", Target::Role, NONE),
    op("CreatePolicy", "iam:CreatePolicy", Target::Policy, TAGGING),
    op("GetPolicy", "iam:GetPolicy", Target::Policy, NONE),
    op("DeletePolicy", "iam:DeletePolicy", Target::Policy, NONE),
    op("ListPolicies", "iam:ListPolicies", Target::Policy, NONE),
    op(
        "CreatePolicyVersion",
        "iam:CreatePolicyVersion",
        Target::Policy,
        NONE,
    ),
    op(
        "GetPolicyVersion",
        "iam:GetPolicyVersion",
        Target::Policy,
        NONE,
    ),
    op(
        "ListPolicyVersions",
        "iam:ListPolicyVersions",
        Target::Policy,
        NONE,
    ),
    op(
        "DeletePolicyVersion",
        "iam:DeletePolicyVersion",
        Target::Policy,
        NONE,
    ),
    op(
        "SetDefaultPolicyVersion",
        "iam:SetDefaultPolicyVersion",
        Target::Policy,
        NONE,
    ),
    op(
        "ListEntitiesForPolicy",
        "iam:ListEntitiesForPolicy",
        Target::Policy,
        NONE,
    ),
    op(
        "AttachUserPolicy",
        "iam:AttachUserPolicy",
        Target::User,
        POLICY_AND_BOUNDARY,
    ),
    op(
        "DetachUserPolicy",
        "iam:DetachUserPolicy",
        Target::User,
        POLICY_AND_BOUNDARY,
    ),
    op(
        "ListAttachedUserPolicies",
        "iam:ListAttachedUserPolicies",
        Target::User,
        NONE,
    ),
    op(
        "AttachGroupPolicy",
        "iam:AttachGroupPolicy",
        Target::Group,
        POLICY,
    ),
    op(
        "DetachGroupPolicy",
        "iam:DetachGroupPolicy",
        Target::Group,
        POLICY,
    ),
    op(
        "ListAttachedGroupPolicies",
        "iam:ListAttachedGroupPolicies",
        Target::Group,
        NONE,
    ),
    op(
        "PutUserPermissionsBoundary",
        "iam:PutUserPermissionsBoundary",
        Target::User,
        BOUNDARY,
    ),
    op(
        "DeleteUserPermissionsBoundary",
        "iam:DeleteUserPermissionsBoundary",
        Target::User,
        BOUNDARY,
    ),
    op(
        "CreateRole",
        "iam:CreateRole",
        Target::Role,
        TAGGED_WITH_BOUNDARY,
    ),
    op("GetRole", "iam:GetRole", Target::Role, NONE),
    op("ListRoles", "iam:ListRoles", Target::Role, NONE),
    op("UpdateRole", "iam:UpdateRole", Target::Role, NONE),
    op(
        "UpdateRoleDescription",
        "iam:UpdateRoleDescription",
        Target::Role,
        NONE,
    ),
    op(
        "UpdateAssumeRolePolicy",
        "iam:UpdateAssumeRolePolicy",
        Target::Role,
        NONE,
    ),
    op("DeleteRole", "iam:DeleteRole", Target::Role, NONE),
    op("TagRole", "iam:TagRole", Target::Role, TAGGING),
    op("UntagRole", "iam:UntagRole", Target::Role, UNTAGGING),
    op("ListRoleTags", "iam:ListRoleTags", Target::Role, NONE),
    op("PutRolePolicy", "iam:PutRolePolicy", Target::Role, BOUNDARY),
    op("GetRolePolicy", "iam:GetRolePolicy", Target::Role, NONE),
    op(
        "ListRolePolicies",
        "iam:ListRolePolicies",
        Target::Role,
        NONE,
    ),
    op(
        "DeleteRolePolicy",
        "iam:DeleteRolePolicy",
        Target::Role,
        BOUNDARY,
    ),
    op(
        "AttachRolePolicy",
        "iam:AttachRolePolicy",
        Target::Role,
        POLICY_AND_BOUNDARY,
    ),
    op(
        "DetachRolePolicy",
        "iam:DetachRolePolicy",
        Target::Role,
        POLICY_AND_BOUNDARY,
    ),
    op(
        "ListAttachedRolePolicies",
        "iam:ListAttachedRolePolicies",
        Target::Role,
        NONE,
    ),
    op(
        "PutRolePermissionsBoundary",
        "iam:PutRolePermissionsBoundary",
        Target::Role,
        BOUNDARY,
    ),
    op(
        "DeleteRolePermissionsBoundary",
        "iam:DeleteRolePermissionsBoundary",
        Target::Role,
        BOUNDARY,
    ),
    // ---- Issue 14: the second batch of IAM operations (spec iam-api-more.md) ----
    // Group rename (authorized on the old and the new ARN) and managed-policy tags.
    op("UpdateGroup", "iam:UpdateGroup", Target::Group, NONE),
    op("TagPolicy", "iam:TagPolicy", Target::Policy, TAGGING),
    op("UntagPolicy", "iam:UntagPolicy", Target::Policy, UNTAGGING),
    op("ListPolicyTags", "iam:ListPolicyTags", Target::Policy, NONE),
    // Instance profiles.
    op(
        "CreateInstanceProfile",
        "iam:CreateInstanceProfile",
        Target::InstanceProfile,
        TAGGING,
    ),
    op(
        "GetInstanceProfile",
        "iam:GetInstanceProfile",
        Target::InstanceProfile,
        NONE,
    ),
    op(
        "DeleteInstanceProfile",
        "iam:DeleteInstanceProfile",
        Target::InstanceProfile,
        NONE,
    ),
    op(
        "ListInstanceProfiles",
        "iam:ListInstanceProfiles",
        Target::InstanceProfile,
        NONE,
    ),
    op(
        "ListInstanceProfilesForRole",
        "iam:ListInstanceProfilesForRole",
        Target::Role,
        NONE,
    ),
    op(
        "AddRoleToInstanceProfile",
        "iam:AddRoleToInstanceProfile",
        Target::InstanceProfile,
        NONE,
    ),
    // Not an operation: the second permission AddRoleToInstanceProfile needs, on the role.
    op("PassRole", "iam:PassRole", Target::Role, NONE),
    op(
        "RemoveRoleFromInstanceProfile",
        "iam:RemoveRoleFromInstanceProfile",
        Target::InstanceProfile,
        NONE,
    ),
    op(
        "TagInstanceProfile",
        "iam:TagInstanceProfile",
        Target::InstanceProfile,
        TAGGING,
    ),
    op(
        "UntagInstanceProfile",
        "iam:UntagInstanceProfile",
        Target::InstanceProfile,
        UNTAGGING,
    ),
    op(
        "ListInstanceProfileTags",
        "iam:ListInstanceProfileTags",
        Target::InstanceProfile,
        NONE,
    ),
    // SSH public keys (CodeCommit), authorized on the owning user.
    op(
        "UploadSSHPublicKey",
        "iam:UploadSSHPublicKey",
        Target::User,
        NONE,
    ),
    op("GetSSHPublicKey", "iam:GetSSHPublicKey", Target::User, NONE),
    op(
        "ListSSHPublicKeys",
        "iam:ListSSHPublicKeys",
        Target::User,
        NONE,
    ),
    op(
        "UpdateSSHPublicKey",
        "iam:UpdateSSHPublicKey",
        Target::User,
        NONE,
    ),
    op(
        "DeleteSSHPublicKey",
        "iam:DeleteSSHPublicKey",
        Target::User,
        NONE,
    ),
    // Organizations-tied and partner-only operations (the account is in no organization;
    // access reports and delegation requests are authorized on their own ARNs).
    op(
        "EnableOrganizationsRootCredentialsManagement",
        "iam:EnableOrganizationsRootCredentialsManagement",
        Target::Star,
        NONE,
    ),
    op(
        "DisableOrganizationsRootCredentialsManagement",
        "iam:DisableOrganizationsRootCredentialsManagement",
        Target::Star,
        NONE,
    ),
    op(
        "EnableOrganizationsRootSessions",
        "iam:EnableOrganizationsRootSessions",
        Target::Star,
        NONE,
    ),
    op(
        "DisableOrganizationsRootSessions",
        "iam:DisableOrganizationsRootSessions",
        Target::Star,
        NONE,
    ),
    op(
        "ListOrganizationsFeatures",
        "iam:ListOrganizationsFeatures",
        Target::Star,
        NONE,
    ),
    op(
        "GenerateOrganizationsAccessReport",
        "iam:GenerateOrganizationsAccessReport",
        Target::Star,
        NONE,
    ),
    op(
        "GetOrganizationsAccessReport",
        "iam:GetOrganizationsAccessReport",
        Target::Star,
        NONE,
    ),
    op(
        "AcceptDelegationRequest",
        "iam:AcceptDelegationRequest",
        Target::Star,
        NONE,
    ),
    op(
        "AssociateDelegationRequest",
        "iam:AssociateDelegationRequest",
        Target::Star,
        NONE,
    ),
    op(
        "GetDelegationRequest",
        "iam:GetDelegationRequest",
        Target::Star,
        NONE,
    ),
    op(
        "RejectDelegationRequest",
        "iam:RejectDelegationRequest",
        Target::Star,
        NONE,
    ),
    op(
        "UpdateDelegationRequest",
        "iam:UpdateDelegationRequest",
        Target::Star,
        NONE,
    ),
    op(
        "SendDelegationToken",
        "iam:SendDelegationToken",
        Target::Star,
        NONE,
    ),
    op(
        "ListDelegationRequests",
        "iam:ListDelegationRequests",
        Target::Star,
        NONE,
    ),
    op(
        "CreateDelegationRequest",
        "iam:CreateDelegationRequest",
        Target::Star,
        NONE,
    ),
    op(
        "GetHumanReadableSummary",
        "iam:GetHumanReadableSummary",
        Target::Star,
        NONE,
    ),
    op(
        "SetSecurityTokenServicePreferences",
        "iam:SetSecurityTokenServicePreferences",
        Target::Star,
        NONE,
    ),
    // Service-linked roles (authorized on the role's ARN under /aws-service-role/).
    op(
        "CreateServiceLinkedRole",
        "iam:CreateServiceLinkedRole",
        Target::Role,
        NONE,
    ),
    op(
        "DeleteServiceLinkedRole",
        "iam:DeleteServiceLinkedRole",
        Target::Role,
        NONE,
    ),
    op(
        "GetServiceLinkedRoleDeletionStatus",
        "iam:GetServiceLinkedRoleDeletionStatus",
        Target::Role,
        NONE,
    ),
    // Context keys (Custom: no resource type; Principal: the PolicySourceArn).
    op(
        "GetContextKeysForCustomPolicy",
        "iam:GetContextKeysForCustomPolicy",
        Target::Star,
        NONE,
    ),
    op(
        "GetContextKeysForPrincipalPolicy",
        "iam:GetContextKeysForPrincipalPolicy",
        Target::User,
        NONE,
    ),
    // Signing certificates, authorized on the owning user.
    op(
        "UploadSigningCertificate",
        "iam:UploadSigningCertificate",
        Target::User,
        NONE,
    ),
    op(
        "ListSigningCertificates",
        "iam:ListSigningCertificates",
        Target::User,
        NONE,
    ),
    op(
        "UpdateSigningCertificate",
        "iam:UpdateSigningCertificate",
        Target::User,
        NONE,
    ),
    op(
        "DeleteSigningCertificate",
        "iam:DeleteSigningCertificate",
        Target::User,
        NONE,
    ),
    // ---- end of issue 14's block ----
];

/// The table entry of an operation, if iamd serves it.
pub fn lookup(name: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|o| o.name == name)
}

/// The IAM action and target of an operation, if iamd serves it.
pub fn operation(name: &str) -> Option<(&'static str, Target)> {
    lookup(name).map(|o| (o.action, o.target))
}

/// The request-specific condition keys that enter `operation`'s context: those of `extra`
/// that the operation's table entry declares. A key the entry does not declare is left out,
/// so the table is the one place that says which keys an operation's policies can test.
pub fn declared_keys<'a>(
    operation: &Operation,
    extra: &'a [(String, iamd_policy::ContextValue)],
) -> impl Iterator<Item = &'a (String, iamd_policy::ContextValue)> {
    let declared = operation.request_keys;
    extra
        .iter()
        .filter(move |(name, _)| declared.iter().any(|k| k.names(name)))
}

/// `iam:PermissionsBoundary` for an operation on an existing user or role: the request's own
/// value when it has one (PutUserPermissionsBoundary), else the entity's current boundary
/// (PutUserPolicy, AttachRolePolicy, DeleteRolePermissionsBoundary, …), so that AWS's
/// documented delegation pattern "only on entities with this boundary" holds.
pub fn with_entity_boundary(
    operation: &str,
    extra: &[(String, iamd_policy::ContextValue)],
    entity_boundary: Option<&str>,
) -> Vec<(String, iamd_policy::ContextValue)> {
    let mut out = extra.to_vec();
    let declared = lookup(operation)
        .is_some_and(|o| o.request_keys.contains(&RequestKey::PermissionsBoundary));
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
            include_str!("ops/group_rename.rs"),
            include_str!("ops/policy_tags.rs"),
            include_str!("ops/instance_profiles.rs"),
            include_str!("ops/ssh_keys.rs"),
            include_str!("ops/organizations.rs"),
            include_str!("ops/service_linked_roles.rs"),
            include_str!("ops/context_keys.rs"),
            include_str!("ops/signing_certificates.rs"),
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

    /// Only the keys an operation declares reach its context; the entity's boundary fills
    /// `iam:PermissionsBoundary` only where it is declared and the request gives none.
    #[test]
    fn request_keys_follow_the_table() {
        let extra = vec![
            key("iam:PolicyARN", "arn:aws:iam::aws:policy/ReadOnlyAccess"),
            key("aws:RequestTag/team", "red"),
        ];
        let attach = lookup("AttachGroupPolicy").unwrap();
        let kept: Vec<_> = declared_keys(attach, &extra)
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(kept, ["iam:PolicyARN"]);
        let get = lookup("GetUser").unwrap();
        assert_eq!(declared_keys(get, &extra).count(), 0);

        let b = "arn:aws:iam::123456789012:policy/b";
        let names = |v: Vec<(String, iamd_policy::ContextValue)>| {
            v.into_iter().map(|(k, _)| k).collect::<Vec<_>>()
        };
        assert_eq!(
            names(with_entity_boundary("PutUserPolicy", &[], Some(b))),
            ["iam:PermissionsBoundary"]
        );
        assert!(with_entity_boundary("GetUser", &[], Some(b)).is_empty());
        let given = [key(
            "iam:PermissionsBoundary",
            "arn:aws:iam::123456789012:policy/new",
        )];
        let kept = with_entity_boundary("PutUserPermissionsBoundary", &given, Some(b));
        assert_eq!(kept, given);
    }

    #[test]
    fn every_operation_is_in_the_table_once() {
        let mut names: Vec<_> = OPERATIONS.iter().map(|o| o.name).collect();
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
