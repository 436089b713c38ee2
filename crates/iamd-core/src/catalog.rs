//! The operation catalog: for every operation iamd knows ([`Operation`], generated from the
//! service models), the one place that says how it is authorized (its IAM action, the kind of
//! resource it is authorized against, the request condition keys it carries), how the audit
//! trail treats it (read-only, durable before the response, issues credentials), whether it
//! can change what the lockout analyzer concludes, and whether iamd serves it at all.
//!
//! [`Operation::spec`] is one exhaustive `match`: an operation the models add fails to compile
//! until it is given its facts here. `spec` is long because it is that match, one line per
//! operation, kept whole so that the table reads as a table. Sources: the Service Authorization Reference ("Actions,
//! resources, and condition keys for AWS Identity and Access Management", spec
//! policy-semantics.md §10: an operation without a resource type is authorized against `*`)
//! and CloudTrail's `readOnly` marking (reads, plus the STS calls that issue credentials).

use crate::Operation;

/// What an operation is authorized against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// No resource type: the request resource is `*`.
    Star,
    /// An IAM user (`user/NAME`).
    User,
    /// An IAM group (`group/NAME`).
    Group,
    /// An IAM role (`role/NAME`).
    Role,
    /// A managed policy (`policy/NAME`).
    Policy,
    /// A virtual MFA device (`mfa/NAME`).
    Mfa,
    /// An instance profile (`instance-profile/NAME`).
    InstanceProfile,
    /// Needs no permission at all (sts:GetCallerIdentity, sts:GetSessionToken).
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
    #[must_use]
    pub fn names(self, name: &str) -> bool {
        match self {
            Self::RequestTag => name.starts_with("aws:RequestTag/"),
            Self::TagKeys => name == "aws:TagKeys",
            Self::PermissionsBoundary => name == "iam:PermissionsBoundary",
            Self::PolicyArn => name == "iam:PolicyARN",
        }
    }
}

/// How the audit trail treats an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Changes nothing: `readOnly`, answered without waiting for its record.
    Read,
    /// Changes state: its record is durable before the response, with its response elements.
    Write,
    /// Read-only in CloudTrail's sense but hands out credentials (AssumeRole*,
    /// GetSessionToken, GetFederationToken): durable, and it records what it issued (the key
    /// id and expiry, never the secret or token).
    IssuesCredentials,
    /// Read-only but starts work whose result later reads return (Generate*): durable.
    Generates,
}

/// How an operation served by iamd is authorized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Authorization {
    /// What the operation is authorized against.
    pub target: Target,
    /// The request condition keys its policies can test.
    pub request_keys: &'static [RequestKey],
}

/// Everything the catalog says of one operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// How it is authorized; `None` when iamd does not serve the operation.
    pub authorization: Option<Authorization>,
    /// How the audit trail treats it.
    pub class: Class,
    /// Whether a successful call can change what the lockout analyzer concludes (who may do
    /// what, who can sign in): the analysis runs again after it.
    pub changes_authorization: bool,
}

impl Spec {
    /// This spec, marked as changing authorization.
    const fn changes_authorization(self) -> Self {
        Spec {
            changes_authorization: true,
            ..self
        }
    }
}

const fn serve(target: Target, request_keys: &'static [RequestKey], class: Class) -> Spec {
    Spec {
        authorization: Some(Authorization {
            target,
            request_keys,
        }),
        class,
        changes_authorization: false,
    }
}

const fn not_served(class: Class) -> Spec {
    Spec {
        authorization: None,
        class,
        changes_authorization: false,
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

impl Operation {
    /// The catalog's facts of this operation.
    #[must_use]
    pub const fn spec(self) -> Spec {
        use Class::{Generates, IssuesCredentials, Read, Write};
        use Operation as O;
        use Target::{Group, InstanceProfile, Mfa, Policy, Role, Star, Unauthorized, User};
        match self {
            // Served: one line each, in the order of the models (IAM, STS, CloudTrail).
            O::AddUserToGroup => serve(Group, NONE, Write).changes_authorization(),
            O::AttachGroupPolicy => serve(Group, POLICY, Write).changes_authorization(),
            O::AttachRolePolicy => serve(Role, POLICY_AND_BOUNDARY, Write).changes_authorization(),
            O::AttachUserPolicy => serve(User, POLICY_AND_BOUNDARY, Write).changes_authorization(),
            O::ChangePassword => serve(User, NONE, Write).changes_authorization(),
            O::CreateAccessKey => serve(User, NONE, Write),
            O::CreateAccountAlias => serve(Star, NONE, Write),
            O::CreateGroup => serve(Group, NONE, Write),
            O::CreateLoginProfile => serve(User, NONE, Write).changes_authorization(),
            O::CreatePolicy => serve(Policy, TAGGING, Write),
            O::CreatePolicyVersion => serve(Policy, NONE, Write).changes_authorization(),
            O::CreateRole => serve(Role, TAGGED_WITH_BOUNDARY, Write),
            O::CreateServiceSpecificCredential => serve(User, NONE, Write),
            O::CreateUser => serve(User, TAGGED_WITH_BOUNDARY, Write),
            O::CreateVirtualMFADevice => serve(Mfa, TAGGING, Write),
            O::DeactivateMFADevice => serve(User, NONE, Write).changes_authorization(),
            O::DeleteAccessKey => serve(User, NONE, Write),
            O::DeleteAccountAlias => serve(Star, NONE, Write),
            O::DeleteAccountPasswordPolicy => serve(Star, NONE, Write).changes_authorization(),
            O::DeleteGroup => serve(Group, NONE, Write).changes_authorization(),
            O::DeleteGroupPolicy => serve(Group, NONE, Write).changes_authorization(),
            O::DeleteLoginProfile => serve(User, NONE, Write).changes_authorization(),
            O::DeletePolicy => serve(Policy, NONE, Write).changes_authorization(),
            O::DeletePolicyVersion => serve(Policy, NONE, Write).changes_authorization(),
            O::DeleteRole => serve(Role, NONE, Write).changes_authorization(),
            O::DeleteRolePermissionsBoundary => {
                serve(Role, BOUNDARY, Write).changes_authorization()
            }
            O::DeleteRolePolicy => serve(Role, BOUNDARY, Write).changes_authorization(),
            O::DeleteServiceSpecificCredential => serve(User, NONE, Write),
            O::DeleteUser => serve(User, NONE, Write).changes_authorization(),
            O::DeleteUserPermissionsBoundary => {
                serve(User, BOUNDARY, Write).changes_authorization()
            }
            O::DeleteUserPolicy => serve(User, BOUNDARY, Write).changes_authorization(),
            O::DeleteVirtualMFADevice => serve(Mfa, NONE, Write),
            O::DetachGroupPolicy => serve(Group, POLICY, Write).changes_authorization(),
            O::DetachRolePolicy => serve(Role, POLICY_AND_BOUNDARY, Write).changes_authorization(),
            O::DetachUserPolicy => serve(User, POLICY_AND_BOUNDARY, Write).changes_authorization(),
            O::EnableMFADevice => serve(User, NONE, Write).changes_authorization(),
            O::GenerateCredentialReport => serve(Star, NONE, Generates),
            O::GetAccessKeyLastUsed => serve(User, NONE, Read),
            O::GetAccountAuthorizationDetails => serve(Star, NONE, Read),
            O::GetAccountPasswordPolicy => serve(Star, NONE, Read),
            O::GetAccountSummary => serve(Star, NONE, Read),
            O::GetCredentialReport => serve(Star, NONE, Read),
            O::GetGroup => serve(Group, NONE, Read),
            O::GetGroupPolicy => serve(Group, NONE, Read),
            O::GetLoginProfile => serve(User, NONE, Read),
            O::GetMFADevice => serve(User, NONE, Read),
            O::GetPolicy => serve(Policy, NONE, Read),
            O::GetPolicyVersion => serve(Policy, NONE, Read),
            O::GetRole => serve(Role, NONE, Read),
            O::GetRolePolicy => serve(Role, NONE, Read),
            O::GetUser => serve(User, NONE, Read),
            O::GetUserPolicy => serve(User, NONE, Read),
            O::ListAccessKeys => serve(User, NONE, Read),
            O::ListAccountAliases => serve(Star, NONE, Read),
            O::ListAttachedGroupPolicies => serve(Group, NONE, Read),
            O::ListAttachedRolePolicies => serve(Role, NONE, Read),
            O::ListAttachedUserPolicies => serve(User, NONE, Read),
            O::ListEntitiesForPolicy => serve(Policy, NONE, Read),
            O::ListGroupPolicies => serve(Group, NONE, Read),
            O::ListGroups => serve(Group, NONE, Read),
            O::ListGroupsForUser => serve(User, NONE, Read),
            O::ListMFADeviceTags => serve(Mfa, NONE, Read),
            O::ListMFADevices => serve(User, NONE, Read),
            O::ListPolicies => serve(Policy, NONE, Read),
            O::ListPolicyVersions => serve(Policy, NONE, Read),
            O::ListRolePolicies => serve(Role, NONE, Read),
            O::ListRoleTags => serve(Role, NONE, Read),
            O::ListRoles => serve(Role, NONE, Read),
            O::ListServiceSpecificCredentials => serve(User, NONE, Read),
            O::ListUserPolicies => serve(User, NONE, Read),
            O::ListUserTags => serve(User, NONE, Read),
            O::ListUsers => serve(User, NONE, Read),
            O::ListVirtualMFADevices => serve(Star, NONE, Read),
            O::PutGroupPolicy => serve(Group, NONE, Write).changes_authorization(),
            O::PutRolePermissionsBoundary => serve(Role, BOUNDARY, Write).changes_authorization(),
            O::PutRolePolicy => serve(Role, BOUNDARY, Write).changes_authorization(),
            O::PutUserPermissionsBoundary => serve(User, BOUNDARY, Write).changes_authorization(),
            O::PutUserPolicy => serve(User, BOUNDARY, Write).changes_authorization(),
            O::RemoveUserFromGroup => serve(Group, NONE, Write).changes_authorization(),
            O::ResetServiceSpecificCredential => serve(User, NONE, Write),
            O::ResyncMFADevice => serve(User, NONE, Write),
            O::SetDefaultPolicyVersion => serve(Policy, NONE, Write).changes_authorization(),
            O::SimulateCustomPolicy => serve(Star, NONE, Read),
            O::SimulatePrincipalPolicy => serve(User, NONE, Read),
            O::TagMFADevice => serve(Mfa, TAGGING, Write),
            O::TagRole => serve(Role, TAGGING, Write),
            O::TagUser => serve(User, TAGGING, Write),
            O::UntagMFADevice => serve(Mfa, UNTAGGING, Write),
            O::UntagRole => serve(Role, UNTAGGING, Write),
            O::UntagUser => serve(User, UNTAGGING, Write),
            O::UpdateAccessKey => serve(User, NONE, Write),
            O::UpdateAccountPasswordPolicy => serve(Star, NONE, Write).changes_authorization(),
            O::UpdateAssumeRolePolicy => serve(Role, NONE, Write),
            O::UpdateLoginProfile => serve(User, NONE, Write).changes_authorization(),
            O::UpdateRole => serve(Role, NONE, Write),
            O::UpdateRoleDescription => serve(Role, NONE, Write),
            O::UpdateServiceSpecificCredential => serve(User, NONE, Write),
            O::UpdateUser => serve(User, NONE, Write),
            O::AssumeRole => serve(Role, NONE, IssuesCredentials),
            O::GetCallerIdentity => serve(Unauthorized, NONE, Read),
            O::GetSessionToken => serve(Unauthorized, NONE, IssuesCredentials),
            O::LookupEvents => serve(Star, NONE, Read),
            // Groups and policies, instance profiles, SSH keys, signing certificates,
            // service-linked roles, context keys, and the Organizations-tied operations (the
            // account is in no organization).
            O::UpdateGroup => serve(Group, NONE, Write),
            O::TagPolicy => serve(Policy, TAGGING, Write),
            O::UntagPolicy => serve(Policy, UNTAGGING, Write),
            O::ListPolicyTags => serve(Policy, NONE, Read),
            O::CreateInstanceProfile => serve(InstanceProfile, TAGGING, Write),
            O::GetInstanceProfile => serve(InstanceProfile, NONE, Read),
            O::DeleteInstanceProfile => serve(InstanceProfile, NONE, Write),
            O::ListInstanceProfiles => serve(InstanceProfile, NONE, Read),
            O::ListInstanceProfilesForRole => serve(Role, NONE, Read),
            O::AddRoleToInstanceProfile => serve(InstanceProfile, NONE, Write),
            O::RemoveRoleFromInstanceProfile => serve(InstanceProfile, NONE, Write),
            O::TagInstanceProfile => serve(InstanceProfile, TAGGING, Write),
            O::UntagInstanceProfile => serve(InstanceProfile, UNTAGGING, Write),
            O::ListInstanceProfileTags => serve(InstanceProfile, NONE, Read),
            O::UploadSSHPublicKey => serve(User, NONE, Write),
            O::GetSSHPublicKey => serve(User, NONE, Read),
            O::ListSSHPublicKeys => serve(User, NONE, Read),
            O::UpdateSSHPublicKey => serve(User, NONE, Write),
            O::DeleteSSHPublicKey => serve(User, NONE, Write),
            O::UploadSigningCertificate => serve(User, NONE, Write),
            O::ListSigningCertificates => serve(User, NONE, Read),
            O::UpdateSigningCertificate => serve(User, NONE, Write),
            O::DeleteSigningCertificate => serve(User, NONE, Write),
            O::CreateServiceLinkedRole => serve(Role, NONE, Write),
            O::DeleteServiceLinkedRole => serve(Role, NONE, Write),
            O::GetServiceLinkedRoleDeletionStatus => serve(Role, NONE, Read),
            O::GetContextKeysForCustomPolicy => serve(Star, NONE, Read),
            O::GetContextKeysForPrincipalPolicy => serve(User, NONE, Read),
            O::EnableOrganizationsRootCredentialsManagement
            | O::DisableOrganizationsRootCredentialsManagement
            | O::EnableOrganizationsRootSessions
            | O::DisableOrganizationsRootSessions
            | O::AcceptDelegationRequest
            | O::AssociateDelegationRequest
            | O::RejectDelegationRequest
            | O::UpdateDelegationRequest
            | O::SendDelegationToken
            | O::CreateDelegationRequest
            | O::SetSecurityTokenServicePreferences => serve(Star, NONE, Write),
            O::ListOrganizationsFeatures
            | O::GetOrganizationsAccessReport
            | O::GetDelegationRequest
            | O::ListDelegationRequests
            | O::GetHumanReadableSummary => serve(Star, NONE, Read),
            O::GenerateOrganizationsAccessReport => serve(Star, NONE, Generates),
            // Not served: by how the trail would record a call.
            O::AddClientIDToOpenIDConnectProvider
            | O::CreateOpenIDConnectProvider
            | O::CreateSAMLProvider
            | O::DeleteOpenIDConnectProvider
            | O::DeleteSAMLProvider
            | O::DeleteServerCertificate
            | O::DisableOutboundWebIdentityFederation
            | O::EnableOutboundWebIdentityFederation
            | O::RemoveClientIDFromOpenIDConnectProvider
            | O::TagOpenIDConnectProvider
            | O::TagSAMLProvider
            | O::TagServerCertificate
            | O::UntagOpenIDConnectProvider
            | O::UntagSAMLProvider
            | O::UntagServerCertificate
            | O::UpdateOpenIDConnectProviderThumbprint
            | O::UpdateSAMLProvider
            | O::UpdateServerCertificate
            | O::UploadServerCertificate
            | O::AssumeRoot => not_served(Write),
            O::GenerateServiceLastAccessedDetails => not_served(Generates),
            O::GetOpenIDConnectProvider
            | O::GetOutboundWebIdentityFederationInfo
            | O::GetSAMLProvider
            | O::GetServerCertificate
            | O::GetServiceLastAccessedDetails
            | O::GetServiceLastAccessedDetailsWithEntities
            | O::ListOpenIDConnectProviderTags
            | O::ListOpenIDConnectProviders
            | O::ListPoliciesGrantingServiceAccess
            | O::ListSAMLProviderTags
            | O::ListSAMLProviders
            | O::ListServerCertificateTags
            | O::ListServerCertificates
            | O::DecodeAuthorizationMessage
            | O::GetAccessKeyInfo
            | O::GetDelegatedAccessToken
            | O::GetWebIdentityToken => not_served(Read),
            O::AssumeRoleWithSAML | O::AssumeRoleWithWebIdentity | O::GetFederationToken => {
                not_served(IssuesCredentials)
            }
        }
    }

    /// Whether iamd serves the operation (the others answer as not implemented).
    #[must_use]
    pub const fn is_served(self) -> bool {
        self.spec().authorization.is_some()
    }

    /// How a served operation is authorized; `None` when iamd does not serve it.
    #[must_use]
    pub const fn authorization(self) -> Option<Authorization> {
        self.spec().authorization
    }

    /// Whether CloudTrail marks the operation `readOnly`.
    #[must_use]
    pub const fn is_read_only(self) -> bool {
        !matches!(self.spec().class, Class::Write)
    }

    /// Whether the response must wait for the call's record to be durable: everything that
    /// changes state, credential issuance and report generation included.
    #[must_use]
    pub const fn is_durable(self) -> bool {
        !matches!(self.spec().class, Class::Read)
    }

    /// Whether the operation hands out credentials.
    #[must_use]
    pub const fn issues_credentials(self) -> bool {
        matches!(self.spec().class, Class::IssuesCredentials)
    }

    /// Whether the record of a successful call keeps its response elements: calls that change
    /// state and calls that issue credentials (what they issued, redacted).
    #[must_use]
    pub const fn keeps_response(self) -> bool {
        matches!(self.spec().class, Class::Write | Class::IssuesCredentials)
    }

    /// Whether a successful call can change what the lockout analyzer concludes.
    #[must_use]
    pub const fn changes_authorization(self) -> bool {
        self.spec().changes_authorization
    }
}

#[cfg(test)]
mod tests;
