// @generated from the AWS service models by `cargo run -p xtask -- codegen`. Do not edit.
//! Every operation iamd knows: the IAM and STS operations of the service models and CloudTrail's LookupEvents. Core's operation catalog (`crate::catalog`) gives each its authorization and audit facts.
#![expect(
    clippy::too_many_lines,
    reason = "generated from the service models; one arm per operation"
)]

/// A service iamd serves: IAM and STS over the Query protocol, CloudTrail over JSON 1.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Service {
    /// IAM (`iam`).
    Iam,
    /// AWS STS (`sts`).
    Sts,
    /// AWS CloudTrail (`cloudtrail`), over JSON 1.1: its LookupEvents over the audit trail.
    CloudTrail,
}

impl Service {
    /// Every service.
    pub const ALL: [Self; 3] = [Self::Iam, Self::Sts, Self::CloudTrail];

    /// Whether the service is served over the Query protocol.
    #[must_use]
    pub fn is_query(self) -> bool {
        matches!(self, Self::Iam | Self::Sts)
    }

    /// The `Version` parameter requests carry (CloudTrail: its API version).
    #[must_use]
    pub fn api_version(self) -> &'static str {
        match self {
            Self::Iam => "2010-05-08",
            Self::Sts => "2011-06-15",
            Self::CloudTrail => "2013-11-01",
        }
    }

    /// The XML namespace of responses (empty for a JSON service).
    #[must_use]
    pub fn namespace(self) -> &'static str {
        match self {
            Self::Iam => "https://iam.amazonaws.com/doc/2010-05-08/",
            Self::Sts => "https://sts.amazonaws.com/doc/2011-06-15/",
            Self::CloudTrail => "",
        }
    }

    /// The SigV4 signing name (credential-scope service).
    #[must_use]
    pub fn signing_name(self) -> &'static str {
        match self {
            Self::Iam => "iam",
            Self::Sts => "sts",
            Self::CloudTrail => "cloudtrail",
        }
    }

    /// The Query service whose API version is `version` (a Query request's `Version`).
    #[must_use]
    pub fn from_version(version: &str) -> Option<Self> {
        match version {
            "2010-05-08" => Some(Self::Iam),
            "2011-06-15" => Some(Self::Sts),
            _ => None,
        }
    }
}

/// Every IAM and STS operation, by `Action` name, and CloudTrail's `LookupEvents`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// `AcceptDelegationRequest` (IAM).
    AcceptDelegationRequest,
    /// `AddClientIDToOpenIDConnectProvider` (IAM).
    AddClientIDToOpenIDConnectProvider,
    /// `AddRoleToInstanceProfile` (IAM).
    AddRoleToInstanceProfile,
    /// `AddUserToGroup` (IAM).
    AddUserToGroup,
    /// `AssociateDelegationRequest` (IAM).
    AssociateDelegationRequest,
    /// `AttachGroupPolicy` (IAM).
    AttachGroupPolicy,
    /// `AttachRolePolicy` (IAM).
    AttachRolePolicy,
    /// `AttachUserPolicy` (IAM).
    AttachUserPolicy,
    /// `ChangePassword` (IAM).
    ChangePassword,
    /// `CreateAccessKey` (IAM).
    CreateAccessKey,
    /// `CreateAccountAlias` (IAM).
    CreateAccountAlias,
    /// `CreateDelegationRequest` (IAM).
    CreateDelegationRequest,
    /// `CreateGroup` (IAM).
    CreateGroup,
    /// `CreateInstanceProfile` (IAM).
    CreateInstanceProfile,
    /// `CreateLoginProfile` (IAM).
    CreateLoginProfile,
    /// `CreateOpenIDConnectProvider` (IAM).
    CreateOpenIDConnectProvider,
    /// `CreatePolicy` (IAM).
    CreatePolicy,
    /// `CreatePolicyVersion` (IAM).
    CreatePolicyVersion,
    /// `CreateRole` (IAM).
    CreateRole,
    /// `CreateSAMLProvider` (IAM).
    CreateSAMLProvider,
    /// `CreateServiceLinkedRole` (IAM).
    CreateServiceLinkedRole,
    /// `CreateServiceSpecificCredential` (IAM).
    CreateServiceSpecificCredential,
    /// `CreateUser` (IAM).
    CreateUser,
    /// `CreateVirtualMFADevice` (IAM).
    CreateVirtualMFADevice,
    /// `DeactivateMFADevice` (IAM).
    DeactivateMFADevice,
    /// `DeleteAccessKey` (IAM).
    DeleteAccessKey,
    /// `DeleteAccountAlias` (IAM).
    DeleteAccountAlias,
    /// `DeleteAccountPasswordPolicy` (IAM).
    DeleteAccountPasswordPolicy,
    /// `DeleteGroup` (IAM).
    DeleteGroup,
    /// `DeleteGroupPolicy` (IAM).
    DeleteGroupPolicy,
    /// `DeleteInstanceProfile` (IAM).
    DeleteInstanceProfile,
    /// `DeleteLoginProfile` (IAM).
    DeleteLoginProfile,
    /// `DeleteOpenIDConnectProvider` (IAM).
    DeleteOpenIDConnectProvider,
    /// `DeletePolicy` (IAM).
    DeletePolicy,
    /// `DeletePolicyVersion` (IAM).
    DeletePolicyVersion,
    /// `DeleteRole` (IAM).
    DeleteRole,
    /// `DeleteRolePermissionsBoundary` (IAM).
    DeleteRolePermissionsBoundary,
    /// `DeleteRolePolicy` (IAM).
    DeleteRolePolicy,
    /// `DeleteSAMLProvider` (IAM).
    DeleteSAMLProvider,
    /// `DeleteSSHPublicKey` (IAM).
    DeleteSSHPublicKey,
    /// `DeleteServerCertificate` (IAM).
    DeleteServerCertificate,
    /// `DeleteServiceLinkedRole` (IAM).
    DeleteServiceLinkedRole,
    /// `DeleteServiceSpecificCredential` (IAM).
    DeleteServiceSpecificCredential,
    /// `DeleteSigningCertificate` (IAM).
    DeleteSigningCertificate,
    /// `DeleteUser` (IAM).
    DeleteUser,
    /// `DeleteUserPermissionsBoundary` (IAM).
    DeleteUserPermissionsBoundary,
    /// `DeleteUserPolicy` (IAM).
    DeleteUserPolicy,
    /// `DeleteVirtualMFADevice` (IAM).
    DeleteVirtualMFADevice,
    /// `DetachGroupPolicy` (IAM).
    DetachGroupPolicy,
    /// `DetachRolePolicy` (IAM).
    DetachRolePolicy,
    /// `DetachUserPolicy` (IAM).
    DetachUserPolicy,
    /// `DisableOrganizationsRootCredentialsManagement` (IAM).
    DisableOrganizationsRootCredentialsManagement,
    /// `DisableOrganizationsRootSessions` (IAM).
    DisableOrganizationsRootSessions,
    /// `DisableOutboundWebIdentityFederation` (IAM).
    DisableOutboundWebIdentityFederation,
    /// `EnableMFADevice` (IAM).
    EnableMFADevice,
    /// `EnableOrganizationsRootCredentialsManagement` (IAM).
    EnableOrganizationsRootCredentialsManagement,
    /// `EnableOrganizationsRootSessions` (IAM).
    EnableOrganizationsRootSessions,
    /// `EnableOutboundWebIdentityFederation` (IAM).
    EnableOutboundWebIdentityFederation,
    /// `GenerateCredentialReport` (IAM).
    GenerateCredentialReport,
    /// `GenerateOrganizationsAccessReport` (IAM).
    GenerateOrganizationsAccessReport,
    /// `GenerateServiceLastAccessedDetails` (IAM).
    GenerateServiceLastAccessedDetails,
    /// `GetAccessKeyLastUsed` (IAM).
    GetAccessKeyLastUsed,
    /// `GetAccountAuthorizationDetails` (IAM).
    GetAccountAuthorizationDetails,
    /// `GetAccountPasswordPolicy` (IAM).
    GetAccountPasswordPolicy,
    /// `GetAccountSummary` (IAM).
    GetAccountSummary,
    /// `GetContextKeysForCustomPolicy` (IAM).
    GetContextKeysForCustomPolicy,
    /// `GetContextKeysForPrincipalPolicy` (IAM).
    GetContextKeysForPrincipalPolicy,
    /// `GetCredentialReport` (IAM).
    GetCredentialReport,
    /// `GetDelegationRequest` (IAM).
    GetDelegationRequest,
    /// `GetGroup` (IAM).
    GetGroup,
    /// `GetGroupPolicy` (IAM).
    GetGroupPolicy,
    /// `GetHumanReadableSummary` (IAM).
    GetHumanReadableSummary,
    /// `GetInstanceProfile` (IAM).
    GetInstanceProfile,
    /// `GetLoginProfile` (IAM).
    GetLoginProfile,
    /// `GetMFADevice` (IAM).
    GetMFADevice,
    /// `GetOpenIDConnectProvider` (IAM).
    GetOpenIDConnectProvider,
    /// `GetOrganizationsAccessReport` (IAM).
    GetOrganizationsAccessReport,
    /// `GetOutboundWebIdentityFederationInfo` (IAM).
    GetOutboundWebIdentityFederationInfo,
    /// `GetPolicy` (IAM).
    GetPolicy,
    /// `GetPolicyVersion` (IAM).
    GetPolicyVersion,
    /// `GetRole` (IAM).
    GetRole,
    /// `GetRolePolicy` (IAM).
    GetRolePolicy,
    /// `GetSAMLProvider` (IAM).
    GetSAMLProvider,
    /// `GetSSHPublicKey` (IAM).
    GetSSHPublicKey,
    /// `GetServerCertificate` (IAM).
    GetServerCertificate,
    /// `GetServiceLastAccessedDetails` (IAM).
    GetServiceLastAccessedDetails,
    /// `GetServiceLastAccessedDetailsWithEntities` (IAM).
    GetServiceLastAccessedDetailsWithEntities,
    /// `GetServiceLinkedRoleDeletionStatus` (IAM).
    GetServiceLinkedRoleDeletionStatus,
    /// `GetUser` (IAM).
    GetUser,
    /// `GetUserPolicy` (IAM).
    GetUserPolicy,
    /// `ListAccessKeys` (IAM).
    ListAccessKeys,
    /// `ListAccountAliases` (IAM).
    ListAccountAliases,
    /// `ListAttachedGroupPolicies` (IAM).
    ListAttachedGroupPolicies,
    /// `ListAttachedRolePolicies` (IAM).
    ListAttachedRolePolicies,
    /// `ListAttachedUserPolicies` (IAM).
    ListAttachedUserPolicies,
    /// `ListDelegationRequests` (IAM).
    ListDelegationRequests,
    /// `ListEntitiesForPolicy` (IAM).
    ListEntitiesForPolicy,
    /// `ListGroupPolicies` (IAM).
    ListGroupPolicies,
    /// `ListGroups` (IAM).
    ListGroups,
    /// `ListGroupsForUser` (IAM).
    ListGroupsForUser,
    /// `ListInstanceProfileTags` (IAM).
    ListInstanceProfileTags,
    /// `ListInstanceProfiles` (IAM).
    ListInstanceProfiles,
    /// `ListInstanceProfilesForRole` (IAM).
    ListInstanceProfilesForRole,
    /// `ListMFADeviceTags` (IAM).
    ListMFADeviceTags,
    /// `ListMFADevices` (IAM).
    ListMFADevices,
    /// `ListOpenIDConnectProviderTags` (IAM).
    ListOpenIDConnectProviderTags,
    /// `ListOpenIDConnectProviders` (IAM).
    ListOpenIDConnectProviders,
    /// `ListOrganizationsFeatures` (IAM).
    ListOrganizationsFeatures,
    /// `ListPolicies` (IAM).
    ListPolicies,
    /// `ListPoliciesGrantingServiceAccess` (IAM).
    ListPoliciesGrantingServiceAccess,
    /// `ListPolicyTags` (IAM).
    ListPolicyTags,
    /// `ListPolicyVersions` (IAM).
    ListPolicyVersions,
    /// `ListRolePolicies` (IAM).
    ListRolePolicies,
    /// `ListRoleTags` (IAM).
    ListRoleTags,
    /// `ListRoles` (IAM).
    ListRoles,
    /// `ListSAMLProviderTags` (IAM).
    ListSAMLProviderTags,
    /// `ListSAMLProviders` (IAM).
    ListSAMLProviders,
    /// `ListSSHPublicKeys` (IAM).
    ListSSHPublicKeys,
    /// `ListServerCertificateTags` (IAM).
    ListServerCertificateTags,
    /// `ListServerCertificates` (IAM).
    ListServerCertificates,
    /// `ListServiceSpecificCredentials` (IAM).
    ListServiceSpecificCredentials,
    /// `ListSigningCertificates` (IAM).
    ListSigningCertificates,
    /// `ListUserPolicies` (IAM).
    ListUserPolicies,
    /// `ListUserTags` (IAM).
    ListUserTags,
    /// `ListUsers` (IAM).
    ListUsers,
    /// `ListVirtualMFADevices` (IAM).
    ListVirtualMFADevices,
    /// `PutGroupPolicy` (IAM).
    PutGroupPolicy,
    /// `PutRolePermissionsBoundary` (IAM).
    PutRolePermissionsBoundary,
    /// `PutRolePolicy` (IAM).
    PutRolePolicy,
    /// `PutUserPermissionsBoundary` (IAM).
    PutUserPermissionsBoundary,
    /// `PutUserPolicy` (IAM).
    PutUserPolicy,
    /// `RejectDelegationRequest` (IAM).
    RejectDelegationRequest,
    /// `RemoveClientIDFromOpenIDConnectProvider` (IAM).
    RemoveClientIDFromOpenIDConnectProvider,
    /// `RemoveRoleFromInstanceProfile` (IAM).
    RemoveRoleFromInstanceProfile,
    /// `RemoveUserFromGroup` (IAM).
    RemoveUserFromGroup,
    /// `ResetServiceSpecificCredential` (IAM).
    ResetServiceSpecificCredential,
    /// `ResyncMFADevice` (IAM).
    ResyncMFADevice,
    /// `SendDelegationToken` (IAM).
    SendDelegationToken,
    /// `SetDefaultPolicyVersion` (IAM).
    SetDefaultPolicyVersion,
    /// `SetSecurityTokenServicePreferences` (IAM).
    SetSecurityTokenServicePreferences,
    /// `SimulateCustomPolicy` (IAM).
    SimulateCustomPolicy,
    /// `SimulatePrincipalPolicy` (IAM).
    SimulatePrincipalPolicy,
    /// `TagInstanceProfile` (IAM).
    TagInstanceProfile,
    /// `TagMFADevice` (IAM).
    TagMFADevice,
    /// `TagOpenIDConnectProvider` (IAM).
    TagOpenIDConnectProvider,
    /// `TagPolicy` (IAM).
    TagPolicy,
    /// `TagRole` (IAM).
    TagRole,
    /// `TagSAMLProvider` (IAM).
    TagSAMLProvider,
    /// `TagServerCertificate` (IAM).
    TagServerCertificate,
    /// `TagUser` (IAM).
    TagUser,
    /// `UntagInstanceProfile` (IAM).
    UntagInstanceProfile,
    /// `UntagMFADevice` (IAM).
    UntagMFADevice,
    /// `UntagOpenIDConnectProvider` (IAM).
    UntagOpenIDConnectProvider,
    /// `UntagPolicy` (IAM).
    UntagPolicy,
    /// `UntagRole` (IAM).
    UntagRole,
    /// `UntagSAMLProvider` (IAM).
    UntagSAMLProvider,
    /// `UntagServerCertificate` (IAM).
    UntagServerCertificate,
    /// `UntagUser` (IAM).
    UntagUser,
    /// `UpdateAccessKey` (IAM).
    UpdateAccessKey,
    /// `UpdateAccountPasswordPolicy` (IAM).
    UpdateAccountPasswordPolicy,
    /// `UpdateAssumeRolePolicy` (IAM).
    UpdateAssumeRolePolicy,
    /// `UpdateDelegationRequest` (IAM).
    UpdateDelegationRequest,
    /// `UpdateGroup` (IAM).
    UpdateGroup,
    /// `UpdateLoginProfile` (IAM).
    UpdateLoginProfile,
    /// `UpdateOpenIDConnectProviderThumbprint` (IAM).
    UpdateOpenIDConnectProviderThumbprint,
    /// `UpdateRole` (IAM).
    UpdateRole,
    /// `UpdateRoleDescription` (IAM).
    UpdateRoleDescription,
    /// `UpdateSAMLProvider` (IAM).
    UpdateSAMLProvider,
    /// `UpdateSSHPublicKey` (IAM).
    UpdateSSHPublicKey,
    /// `UpdateServerCertificate` (IAM).
    UpdateServerCertificate,
    /// `UpdateServiceSpecificCredential` (IAM).
    UpdateServiceSpecificCredential,
    /// `UpdateSigningCertificate` (IAM).
    UpdateSigningCertificate,
    /// `UpdateUser` (IAM).
    UpdateUser,
    /// `UploadSSHPublicKey` (IAM).
    UploadSSHPublicKey,
    /// `UploadServerCertificate` (IAM).
    UploadServerCertificate,
    /// `UploadSigningCertificate` (IAM).
    UploadSigningCertificate,
    /// `AssumeRole` (STS).
    AssumeRole,
    /// `AssumeRoleWithSAML` (STS).
    AssumeRoleWithSAML,
    /// `AssumeRoleWithWebIdentity` (STS).
    AssumeRoleWithWebIdentity,
    /// `AssumeRoot` (STS).
    AssumeRoot,
    /// `DecodeAuthorizationMessage` (STS).
    DecodeAuthorizationMessage,
    /// `GetAccessKeyInfo` (STS).
    GetAccessKeyInfo,
    /// `GetCallerIdentity` (STS).
    GetCallerIdentity,
    /// `GetDelegatedAccessToken` (STS).
    GetDelegatedAccessToken,
    /// `GetFederationToken` (STS).
    GetFederationToken,
    /// `GetSessionToken` (STS).
    GetSessionToken,
    /// `GetWebIdentityToken` (STS).
    GetWebIdentityToken,
    /// `LookupEvents` (CloudTrail).
    LookupEvents,
}

impl Operation {
    /// Every Query operation (IAM and STS), IAM first, each service's in name order.
    pub const ALL: [Self; 187] = [
        Self::AcceptDelegationRequest,
        Self::AddClientIDToOpenIDConnectProvider,
        Self::AddRoleToInstanceProfile,
        Self::AddUserToGroup,
        Self::AssociateDelegationRequest,
        Self::AttachGroupPolicy,
        Self::AttachRolePolicy,
        Self::AttachUserPolicy,
        Self::ChangePassword,
        Self::CreateAccessKey,
        Self::CreateAccountAlias,
        Self::CreateDelegationRequest,
        Self::CreateGroup,
        Self::CreateInstanceProfile,
        Self::CreateLoginProfile,
        Self::CreateOpenIDConnectProvider,
        Self::CreatePolicy,
        Self::CreatePolicyVersion,
        Self::CreateRole,
        Self::CreateSAMLProvider,
        Self::CreateServiceLinkedRole,
        Self::CreateServiceSpecificCredential,
        Self::CreateUser,
        Self::CreateVirtualMFADevice,
        Self::DeactivateMFADevice,
        Self::DeleteAccessKey,
        Self::DeleteAccountAlias,
        Self::DeleteAccountPasswordPolicy,
        Self::DeleteGroup,
        Self::DeleteGroupPolicy,
        Self::DeleteInstanceProfile,
        Self::DeleteLoginProfile,
        Self::DeleteOpenIDConnectProvider,
        Self::DeletePolicy,
        Self::DeletePolicyVersion,
        Self::DeleteRole,
        Self::DeleteRolePermissionsBoundary,
        Self::DeleteRolePolicy,
        Self::DeleteSAMLProvider,
        Self::DeleteSSHPublicKey,
        Self::DeleteServerCertificate,
        Self::DeleteServiceLinkedRole,
        Self::DeleteServiceSpecificCredential,
        Self::DeleteSigningCertificate,
        Self::DeleteUser,
        Self::DeleteUserPermissionsBoundary,
        Self::DeleteUserPolicy,
        Self::DeleteVirtualMFADevice,
        Self::DetachGroupPolicy,
        Self::DetachRolePolicy,
        Self::DetachUserPolicy,
        Self::DisableOrganizationsRootCredentialsManagement,
        Self::DisableOrganizationsRootSessions,
        Self::DisableOutboundWebIdentityFederation,
        Self::EnableMFADevice,
        Self::EnableOrganizationsRootCredentialsManagement,
        Self::EnableOrganizationsRootSessions,
        Self::EnableOutboundWebIdentityFederation,
        Self::GenerateCredentialReport,
        Self::GenerateOrganizationsAccessReport,
        Self::GenerateServiceLastAccessedDetails,
        Self::GetAccessKeyLastUsed,
        Self::GetAccountAuthorizationDetails,
        Self::GetAccountPasswordPolicy,
        Self::GetAccountSummary,
        Self::GetContextKeysForCustomPolicy,
        Self::GetContextKeysForPrincipalPolicy,
        Self::GetCredentialReport,
        Self::GetDelegationRequest,
        Self::GetGroup,
        Self::GetGroupPolicy,
        Self::GetHumanReadableSummary,
        Self::GetInstanceProfile,
        Self::GetLoginProfile,
        Self::GetMFADevice,
        Self::GetOpenIDConnectProvider,
        Self::GetOrganizationsAccessReport,
        Self::GetOutboundWebIdentityFederationInfo,
        Self::GetPolicy,
        Self::GetPolicyVersion,
        Self::GetRole,
        Self::GetRolePolicy,
        Self::GetSAMLProvider,
        Self::GetSSHPublicKey,
        Self::GetServerCertificate,
        Self::GetServiceLastAccessedDetails,
        Self::GetServiceLastAccessedDetailsWithEntities,
        Self::GetServiceLinkedRoleDeletionStatus,
        Self::GetUser,
        Self::GetUserPolicy,
        Self::ListAccessKeys,
        Self::ListAccountAliases,
        Self::ListAttachedGroupPolicies,
        Self::ListAttachedRolePolicies,
        Self::ListAttachedUserPolicies,
        Self::ListDelegationRequests,
        Self::ListEntitiesForPolicy,
        Self::ListGroupPolicies,
        Self::ListGroups,
        Self::ListGroupsForUser,
        Self::ListInstanceProfileTags,
        Self::ListInstanceProfiles,
        Self::ListInstanceProfilesForRole,
        Self::ListMFADeviceTags,
        Self::ListMFADevices,
        Self::ListOpenIDConnectProviderTags,
        Self::ListOpenIDConnectProviders,
        Self::ListOrganizationsFeatures,
        Self::ListPolicies,
        Self::ListPoliciesGrantingServiceAccess,
        Self::ListPolicyTags,
        Self::ListPolicyVersions,
        Self::ListRolePolicies,
        Self::ListRoleTags,
        Self::ListRoles,
        Self::ListSAMLProviderTags,
        Self::ListSAMLProviders,
        Self::ListSSHPublicKeys,
        Self::ListServerCertificateTags,
        Self::ListServerCertificates,
        Self::ListServiceSpecificCredentials,
        Self::ListSigningCertificates,
        Self::ListUserPolicies,
        Self::ListUserTags,
        Self::ListUsers,
        Self::ListVirtualMFADevices,
        Self::PutGroupPolicy,
        Self::PutRolePermissionsBoundary,
        Self::PutRolePolicy,
        Self::PutUserPermissionsBoundary,
        Self::PutUserPolicy,
        Self::RejectDelegationRequest,
        Self::RemoveClientIDFromOpenIDConnectProvider,
        Self::RemoveRoleFromInstanceProfile,
        Self::RemoveUserFromGroup,
        Self::ResetServiceSpecificCredential,
        Self::ResyncMFADevice,
        Self::SendDelegationToken,
        Self::SetDefaultPolicyVersion,
        Self::SetSecurityTokenServicePreferences,
        Self::SimulateCustomPolicy,
        Self::SimulatePrincipalPolicy,
        Self::TagInstanceProfile,
        Self::TagMFADevice,
        Self::TagOpenIDConnectProvider,
        Self::TagPolicy,
        Self::TagRole,
        Self::TagSAMLProvider,
        Self::TagServerCertificate,
        Self::TagUser,
        Self::UntagInstanceProfile,
        Self::UntagMFADevice,
        Self::UntagOpenIDConnectProvider,
        Self::UntagPolicy,
        Self::UntagRole,
        Self::UntagSAMLProvider,
        Self::UntagServerCertificate,
        Self::UntagUser,
        Self::UpdateAccessKey,
        Self::UpdateAccountPasswordPolicy,
        Self::UpdateAssumeRolePolicy,
        Self::UpdateDelegationRequest,
        Self::UpdateGroup,
        Self::UpdateLoginProfile,
        Self::UpdateOpenIDConnectProviderThumbprint,
        Self::UpdateRole,
        Self::UpdateRoleDescription,
        Self::UpdateSAMLProvider,
        Self::UpdateSSHPublicKey,
        Self::UpdateServerCertificate,
        Self::UpdateServiceSpecificCredential,
        Self::UpdateSigningCertificate,
        Self::UpdateUser,
        Self::UploadSSHPublicKey,
        Self::UploadServerCertificate,
        Self::UploadSigningCertificate,
        Self::AssumeRole,
        Self::AssumeRoleWithSAML,
        Self::AssumeRoleWithWebIdentity,
        Self::AssumeRoot,
        Self::DecodeAuthorizationMessage,
        Self::GetAccessKeyInfo,
        Self::GetCallerIdentity,
        Self::GetDelegatedAccessToken,
        Self::GetFederationToken,
        Self::GetSessionToken,
        Self::GetWebIdentityToken,
    ];

    /// Every operation: those of [`Operation::ALL`], then the other services' (`LookupEvents`).
    pub const EVERY: [Self; 188] = [
        Self::AcceptDelegationRequest,
        Self::AddClientIDToOpenIDConnectProvider,
        Self::AddRoleToInstanceProfile,
        Self::AddUserToGroup,
        Self::AssociateDelegationRequest,
        Self::AttachGroupPolicy,
        Self::AttachRolePolicy,
        Self::AttachUserPolicy,
        Self::ChangePassword,
        Self::CreateAccessKey,
        Self::CreateAccountAlias,
        Self::CreateDelegationRequest,
        Self::CreateGroup,
        Self::CreateInstanceProfile,
        Self::CreateLoginProfile,
        Self::CreateOpenIDConnectProvider,
        Self::CreatePolicy,
        Self::CreatePolicyVersion,
        Self::CreateRole,
        Self::CreateSAMLProvider,
        Self::CreateServiceLinkedRole,
        Self::CreateServiceSpecificCredential,
        Self::CreateUser,
        Self::CreateVirtualMFADevice,
        Self::DeactivateMFADevice,
        Self::DeleteAccessKey,
        Self::DeleteAccountAlias,
        Self::DeleteAccountPasswordPolicy,
        Self::DeleteGroup,
        Self::DeleteGroupPolicy,
        Self::DeleteInstanceProfile,
        Self::DeleteLoginProfile,
        Self::DeleteOpenIDConnectProvider,
        Self::DeletePolicy,
        Self::DeletePolicyVersion,
        Self::DeleteRole,
        Self::DeleteRolePermissionsBoundary,
        Self::DeleteRolePolicy,
        Self::DeleteSAMLProvider,
        Self::DeleteSSHPublicKey,
        Self::DeleteServerCertificate,
        Self::DeleteServiceLinkedRole,
        Self::DeleteServiceSpecificCredential,
        Self::DeleteSigningCertificate,
        Self::DeleteUser,
        Self::DeleteUserPermissionsBoundary,
        Self::DeleteUserPolicy,
        Self::DeleteVirtualMFADevice,
        Self::DetachGroupPolicy,
        Self::DetachRolePolicy,
        Self::DetachUserPolicy,
        Self::DisableOrganizationsRootCredentialsManagement,
        Self::DisableOrganizationsRootSessions,
        Self::DisableOutboundWebIdentityFederation,
        Self::EnableMFADevice,
        Self::EnableOrganizationsRootCredentialsManagement,
        Self::EnableOrganizationsRootSessions,
        Self::EnableOutboundWebIdentityFederation,
        Self::GenerateCredentialReport,
        Self::GenerateOrganizationsAccessReport,
        Self::GenerateServiceLastAccessedDetails,
        Self::GetAccessKeyLastUsed,
        Self::GetAccountAuthorizationDetails,
        Self::GetAccountPasswordPolicy,
        Self::GetAccountSummary,
        Self::GetContextKeysForCustomPolicy,
        Self::GetContextKeysForPrincipalPolicy,
        Self::GetCredentialReport,
        Self::GetDelegationRequest,
        Self::GetGroup,
        Self::GetGroupPolicy,
        Self::GetHumanReadableSummary,
        Self::GetInstanceProfile,
        Self::GetLoginProfile,
        Self::GetMFADevice,
        Self::GetOpenIDConnectProvider,
        Self::GetOrganizationsAccessReport,
        Self::GetOutboundWebIdentityFederationInfo,
        Self::GetPolicy,
        Self::GetPolicyVersion,
        Self::GetRole,
        Self::GetRolePolicy,
        Self::GetSAMLProvider,
        Self::GetSSHPublicKey,
        Self::GetServerCertificate,
        Self::GetServiceLastAccessedDetails,
        Self::GetServiceLastAccessedDetailsWithEntities,
        Self::GetServiceLinkedRoleDeletionStatus,
        Self::GetUser,
        Self::GetUserPolicy,
        Self::ListAccessKeys,
        Self::ListAccountAliases,
        Self::ListAttachedGroupPolicies,
        Self::ListAttachedRolePolicies,
        Self::ListAttachedUserPolicies,
        Self::ListDelegationRequests,
        Self::ListEntitiesForPolicy,
        Self::ListGroupPolicies,
        Self::ListGroups,
        Self::ListGroupsForUser,
        Self::ListInstanceProfileTags,
        Self::ListInstanceProfiles,
        Self::ListInstanceProfilesForRole,
        Self::ListMFADeviceTags,
        Self::ListMFADevices,
        Self::ListOpenIDConnectProviderTags,
        Self::ListOpenIDConnectProviders,
        Self::ListOrganizationsFeatures,
        Self::ListPolicies,
        Self::ListPoliciesGrantingServiceAccess,
        Self::ListPolicyTags,
        Self::ListPolicyVersions,
        Self::ListRolePolicies,
        Self::ListRoleTags,
        Self::ListRoles,
        Self::ListSAMLProviderTags,
        Self::ListSAMLProviders,
        Self::ListSSHPublicKeys,
        Self::ListServerCertificateTags,
        Self::ListServerCertificates,
        Self::ListServiceSpecificCredentials,
        Self::ListSigningCertificates,
        Self::ListUserPolicies,
        Self::ListUserTags,
        Self::ListUsers,
        Self::ListVirtualMFADevices,
        Self::PutGroupPolicy,
        Self::PutRolePermissionsBoundary,
        Self::PutRolePolicy,
        Self::PutUserPermissionsBoundary,
        Self::PutUserPolicy,
        Self::RejectDelegationRequest,
        Self::RemoveClientIDFromOpenIDConnectProvider,
        Self::RemoveRoleFromInstanceProfile,
        Self::RemoveUserFromGroup,
        Self::ResetServiceSpecificCredential,
        Self::ResyncMFADevice,
        Self::SendDelegationToken,
        Self::SetDefaultPolicyVersion,
        Self::SetSecurityTokenServicePreferences,
        Self::SimulateCustomPolicy,
        Self::SimulatePrincipalPolicy,
        Self::TagInstanceProfile,
        Self::TagMFADevice,
        Self::TagOpenIDConnectProvider,
        Self::TagPolicy,
        Self::TagRole,
        Self::TagSAMLProvider,
        Self::TagServerCertificate,
        Self::TagUser,
        Self::UntagInstanceProfile,
        Self::UntagMFADevice,
        Self::UntagOpenIDConnectProvider,
        Self::UntagPolicy,
        Self::UntagRole,
        Self::UntagSAMLProvider,
        Self::UntagServerCertificate,
        Self::UntagUser,
        Self::UpdateAccessKey,
        Self::UpdateAccountPasswordPolicy,
        Self::UpdateAssumeRolePolicy,
        Self::UpdateDelegationRequest,
        Self::UpdateGroup,
        Self::UpdateLoginProfile,
        Self::UpdateOpenIDConnectProviderThumbprint,
        Self::UpdateRole,
        Self::UpdateRoleDescription,
        Self::UpdateSAMLProvider,
        Self::UpdateSSHPublicKey,
        Self::UpdateServerCertificate,
        Self::UpdateServiceSpecificCredential,
        Self::UpdateSigningCertificate,
        Self::UpdateUser,
        Self::UploadSSHPublicKey,
        Self::UploadServerCertificate,
        Self::UploadSigningCertificate,
        Self::AssumeRole,
        Self::AssumeRoleWithSAML,
        Self::AssumeRoleWithWebIdentity,
        Self::AssumeRoot,
        Self::DecodeAuthorizationMessage,
        Self::GetAccessKeyInfo,
        Self::GetCallerIdentity,
        Self::GetDelegatedAccessToken,
        Self::GetFederationToken,
        Self::GetSessionToken,
        Self::GetWebIdentityToken,
        Self::LookupEvents,
    ];

    /// The Query operation named by an `Action` parameter (exact, case-sensitive).
    #[must_use]
    pub fn from_action(action: &str) -> Option<Self> {
        match action {
            "AcceptDelegationRequest" => Some(Self::AcceptDelegationRequest),
            "AddClientIDToOpenIDConnectProvider" => Some(Self::AddClientIDToOpenIDConnectProvider),
            "AddRoleToInstanceProfile" => Some(Self::AddRoleToInstanceProfile),
            "AddUserToGroup" => Some(Self::AddUserToGroup),
            "AssociateDelegationRequest" => Some(Self::AssociateDelegationRequest),
            "AttachGroupPolicy" => Some(Self::AttachGroupPolicy),
            "AttachRolePolicy" => Some(Self::AttachRolePolicy),
            "AttachUserPolicy" => Some(Self::AttachUserPolicy),
            "ChangePassword" => Some(Self::ChangePassword),
            "CreateAccessKey" => Some(Self::CreateAccessKey),
            "CreateAccountAlias" => Some(Self::CreateAccountAlias),
            "CreateDelegationRequest" => Some(Self::CreateDelegationRequest),
            "CreateGroup" => Some(Self::CreateGroup),
            "CreateInstanceProfile" => Some(Self::CreateInstanceProfile),
            "CreateLoginProfile" => Some(Self::CreateLoginProfile),
            "CreateOpenIDConnectProvider" => Some(Self::CreateOpenIDConnectProvider),
            "CreatePolicy" => Some(Self::CreatePolicy),
            "CreatePolicyVersion" => Some(Self::CreatePolicyVersion),
            "CreateRole" => Some(Self::CreateRole),
            "CreateSAMLProvider" => Some(Self::CreateSAMLProvider),
            "CreateServiceLinkedRole" => Some(Self::CreateServiceLinkedRole),
            "CreateServiceSpecificCredential" => Some(Self::CreateServiceSpecificCredential),
            "CreateUser" => Some(Self::CreateUser),
            "CreateVirtualMFADevice" => Some(Self::CreateVirtualMFADevice),
            "DeactivateMFADevice" => Some(Self::DeactivateMFADevice),
            "DeleteAccessKey" => Some(Self::DeleteAccessKey),
            "DeleteAccountAlias" => Some(Self::DeleteAccountAlias),
            "DeleteAccountPasswordPolicy" => Some(Self::DeleteAccountPasswordPolicy),
            "DeleteGroup" => Some(Self::DeleteGroup),
            "DeleteGroupPolicy" => Some(Self::DeleteGroupPolicy),
            "DeleteInstanceProfile" => Some(Self::DeleteInstanceProfile),
            "DeleteLoginProfile" => Some(Self::DeleteLoginProfile),
            "DeleteOpenIDConnectProvider" => Some(Self::DeleteOpenIDConnectProvider),
            "DeletePolicy" => Some(Self::DeletePolicy),
            "DeletePolicyVersion" => Some(Self::DeletePolicyVersion),
            "DeleteRole" => Some(Self::DeleteRole),
            "DeleteRolePermissionsBoundary" => Some(Self::DeleteRolePermissionsBoundary),
            "DeleteRolePolicy" => Some(Self::DeleteRolePolicy),
            "DeleteSAMLProvider" => Some(Self::DeleteSAMLProvider),
            "DeleteSSHPublicKey" => Some(Self::DeleteSSHPublicKey),
            "DeleteServerCertificate" => Some(Self::DeleteServerCertificate),
            "DeleteServiceLinkedRole" => Some(Self::DeleteServiceLinkedRole),
            "DeleteServiceSpecificCredential" => Some(Self::DeleteServiceSpecificCredential),
            "DeleteSigningCertificate" => Some(Self::DeleteSigningCertificate),
            "DeleteUser" => Some(Self::DeleteUser),
            "DeleteUserPermissionsBoundary" => Some(Self::DeleteUserPermissionsBoundary),
            "DeleteUserPolicy" => Some(Self::DeleteUserPolicy),
            "DeleteVirtualMFADevice" => Some(Self::DeleteVirtualMFADevice),
            "DetachGroupPolicy" => Some(Self::DetachGroupPolicy),
            "DetachRolePolicy" => Some(Self::DetachRolePolicy),
            "DetachUserPolicy" => Some(Self::DetachUserPolicy),
            "DisableOrganizationsRootCredentialsManagement" => {
                Some(Self::DisableOrganizationsRootCredentialsManagement)
            }
            "DisableOrganizationsRootSessions" => Some(Self::DisableOrganizationsRootSessions),
            "DisableOutboundWebIdentityFederation" => {
                Some(Self::DisableOutboundWebIdentityFederation)
            }
            "EnableMFADevice" => Some(Self::EnableMFADevice),
            "EnableOrganizationsRootCredentialsManagement" => {
                Some(Self::EnableOrganizationsRootCredentialsManagement)
            }
            "EnableOrganizationsRootSessions" => Some(Self::EnableOrganizationsRootSessions),
            "EnableOutboundWebIdentityFederation" => {
                Some(Self::EnableOutboundWebIdentityFederation)
            }
            "GenerateCredentialReport" => Some(Self::GenerateCredentialReport),
            "GenerateOrganizationsAccessReport" => Some(Self::GenerateOrganizationsAccessReport),
            "GenerateServiceLastAccessedDetails" => Some(Self::GenerateServiceLastAccessedDetails),
            "GetAccessKeyLastUsed" => Some(Self::GetAccessKeyLastUsed),
            "GetAccountAuthorizationDetails" => Some(Self::GetAccountAuthorizationDetails),
            "GetAccountPasswordPolicy" => Some(Self::GetAccountPasswordPolicy),
            "GetAccountSummary" => Some(Self::GetAccountSummary),
            "GetContextKeysForCustomPolicy" => Some(Self::GetContextKeysForCustomPolicy),
            "GetContextKeysForPrincipalPolicy" => Some(Self::GetContextKeysForPrincipalPolicy),
            "GetCredentialReport" => Some(Self::GetCredentialReport),
            "GetDelegationRequest" => Some(Self::GetDelegationRequest),
            "GetGroup" => Some(Self::GetGroup),
            "GetGroupPolicy" => Some(Self::GetGroupPolicy),
            "GetHumanReadableSummary" => Some(Self::GetHumanReadableSummary),
            "GetInstanceProfile" => Some(Self::GetInstanceProfile),
            "GetLoginProfile" => Some(Self::GetLoginProfile),
            "GetMFADevice" => Some(Self::GetMFADevice),
            "GetOpenIDConnectProvider" => Some(Self::GetOpenIDConnectProvider),
            "GetOrganizationsAccessReport" => Some(Self::GetOrganizationsAccessReport),
            "GetOutboundWebIdentityFederationInfo" => {
                Some(Self::GetOutboundWebIdentityFederationInfo)
            }
            "GetPolicy" => Some(Self::GetPolicy),
            "GetPolicyVersion" => Some(Self::GetPolicyVersion),
            "GetRole" => Some(Self::GetRole),
            "GetRolePolicy" => Some(Self::GetRolePolicy),
            "GetSAMLProvider" => Some(Self::GetSAMLProvider),
            "GetSSHPublicKey" => Some(Self::GetSSHPublicKey),
            "GetServerCertificate" => Some(Self::GetServerCertificate),
            "GetServiceLastAccessedDetails" => Some(Self::GetServiceLastAccessedDetails),
            "GetServiceLastAccessedDetailsWithEntities" => {
                Some(Self::GetServiceLastAccessedDetailsWithEntities)
            }
            "GetServiceLinkedRoleDeletionStatus" => Some(Self::GetServiceLinkedRoleDeletionStatus),
            "GetUser" => Some(Self::GetUser),
            "GetUserPolicy" => Some(Self::GetUserPolicy),
            "ListAccessKeys" => Some(Self::ListAccessKeys),
            "ListAccountAliases" => Some(Self::ListAccountAliases),
            "ListAttachedGroupPolicies" => Some(Self::ListAttachedGroupPolicies),
            "ListAttachedRolePolicies" => Some(Self::ListAttachedRolePolicies),
            "ListAttachedUserPolicies" => Some(Self::ListAttachedUserPolicies),
            "ListDelegationRequests" => Some(Self::ListDelegationRequests),
            "ListEntitiesForPolicy" => Some(Self::ListEntitiesForPolicy),
            "ListGroupPolicies" => Some(Self::ListGroupPolicies),
            "ListGroups" => Some(Self::ListGroups),
            "ListGroupsForUser" => Some(Self::ListGroupsForUser),
            "ListInstanceProfileTags" => Some(Self::ListInstanceProfileTags),
            "ListInstanceProfiles" => Some(Self::ListInstanceProfiles),
            "ListInstanceProfilesForRole" => Some(Self::ListInstanceProfilesForRole),
            "ListMFADeviceTags" => Some(Self::ListMFADeviceTags),
            "ListMFADevices" => Some(Self::ListMFADevices),
            "ListOpenIDConnectProviderTags" => Some(Self::ListOpenIDConnectProviderTags),
            "ListOpenIDConnectProviders" => Some(Self::ListOpenIDConnectProviders),
            "ListOrganizationsFeatures" => Some(Self::ListOrganizationsFeatures),
            "ListPolicies" => Some(Self::ListPolicies),
            "ListPoliciesGrantingServiceAccess" => Some(Self::ListPoliciesGrantingServiceAccess),
            "ListPolicyTags" => Some(Self::ListPolicyTags),
            "ListPolicyVersions" => Some(Self::ListPolicyVersions),
            "ListRolePolicies" => Some(Self::ListRolePolicies),
            "ListRoleTags" => Some(Self::ListRoleTags),
            "ListRoles" => Some(Self::ListRoles),
            "ListSAMLProviderTags" => Some(Self::ListSAMLProviderTags),
            "ListSAMLProviders" => Some(Self::ListSAMLProviders),
            "ListSSHPublicKeys" => Some(Self::ListSSHPublicKeys),
            "ListServerCertificateTags" => Some(Self::ListServerCertificateTags),
            "ListServerCertificates" => Some(Self::ListServerCertificates),
            "ListServiceSpecificCredentials" => Some(Self::ListServiceSpecificCredentials),
            "ListSigningCertificates" => Some(Self::ListSigningCertificates),
            "ListUserPolicies" => Some(Self::ListUserPolicies),
            "ListUserTags" => Some(Self::ListUserTags),
            "ListUsers" => Some(Self::ListUsers),
            "ListVirtualMFADevices" => Some(Self::ListVirtualMFADevices),
            "PutGroupPolicy" => Some(Self::PutGroupPolicy),
            "PutRolePermissionsBoundary" => Some(Self::PutRolePermissionsBoundary),
            "PutRolePolicy" => Some(Self::PutRolePolicy),
            "PutUserPermissionsBoundary" => Some(Self::PutUserPermissionsBoundary),
            "PutUserPolicy" => Some(Self::PutUserPolicy),
            "RejectDelegationRequest" => Some(Self::RejectDelegationRequest),
            "RemoveClientIDFromOpenIDConnectProvider" => {
                Some(Self::RemoveClientIDFromOpenIDConnectProvider)
            }
            "RemoveRoleFromInstanceProfile" => Some(Self::RemoveRoleFromInstanceProfile),
            "RemoveUserFromGroup" => Some(Self::RemoveUserFromGroup),
            "ResetServiceSpecificCredential" => Some(Self::ResetServiceSpecificCredential),
            "ResyncMFADevice" => Some(Self::ResyncMFADevice),
            "SendDelegationToken" => Some(Self::SendDelegationToken),
            "SetDefaultPolicyVersion" => Some(Self::SetDefaultPolicyVersion),
            "SetSecurityTokenServicePreferences" => Some(Self::SetSecurityTokenServicePreferences),
            "SimulateCustomPolicy" => Some(Self::SimulateCustomPolicy),
            "SimulatePrincipalPolicy" => Some(Self::SimulatePrincipalPolicy),
            "TagInstanceProfile" => Some(Self::TagInstanceProfile),
            "TagMFADevice" => Some(Self::TagMFADevice),
            "TagOpenIDConnectProvider" => Some(Self::TagOpenIDConnectProvider),
            "TagPolicy" => Some(Self::TagPolicy),
            "TagRole" => Some(Self::TagRole),
            "TagSAMLProvider" => Some(Self::TagSAMLProvider),
            "TagServerCertificate" => Some(Self::TagServerCertificate),
            "TagUser" => Some(Self::TagUser),
            "UntagInstanceProfile" => Some(Self::UntagInstanceProfile),
            "UntagMFADevice" => Some(Self::UntagMFADevice),
            "UntagOpenIDConnectProvider" => Some(Self::UntagOpenIDConnectProvider),
            "UntagPolicy" => Some(Self::UntagPolicy),
            "UntagRole" => Some(Self::UntagRole),
            "UntagSAMLProvider" => Some(Self::UntagSAMLProvider),
            "UntagServerCertificate" => Some(Self::UntagServerCertificate),
            "UntagUser" => Some(Self::UntagUser),
            "UpdateAccessKey" => Some(Self::UpdateAccessKey),
            "UpdateAccountPasswordPolicy" => Some(Self::UpdateAccountPasswordPolicy),
            "UpdateAssumeRolePolicy" => Some(Self::UpdateAssumeRolePolicy),
            "UpdateDelegationRequest" => Some(Self::UpdateDelegationRequest),
            "UpdateGroup" => Some(Self::UpdateGroup),
            "UpdateLoginProfile" => Some(Self::UpdateLoginProfile),
            "UpdateOpenIDConnectProviderThumbprint" => {
                Some(Self::UpdateOpenIDConnectProviderThumbprint)
            }
            "UpdateRole" => Some(Self::UpdateRole),
            "UpdateRoleDescription" => Some(Self::UpdateRoleDescription),
            "UpdateSAMLProvider" => Some(Self::UpdateSAMLProvider),
            "UpdateSSHPublicKey" => Some(Self::UpdateSSHPublicKey),
            "UpdateServerCertificate" => Some(Self::UpdateServerCertificate),
            "UpdateServiceSpecificCredential" => Some(Self::UpdateServiceSpecificCredential),
            "UpdateSigningCertificate" => Some(Self::UpdateSigningCertificate),
            "UpdateUser" => Some(Self::UpdateUser),
            "UploadSSHPublicKey" => Some(Self::UploadSSHPublicKey),
            "UploadServerCertificate" => Some(Self::UploadServerCertificate),
            "UploadSigningCertificate" => Some(Self::UploadSigningCertificate),
            "AssumeRole" => Some(Self::AssumeRole),
            "AssumeRoleWithSAML" => Some(Self::AssumeRoleWithSAML),
            "AssumeRoleWithWebIdentity" => Some(Self::AssumeRoleWithWebIdentity),
            "AssumeRoot" => Some(Self::AssumeRoot),
            "DecodeAuthorizationMessage" => Some(Self::DecodeAuthorizationMessage),
            "GetAccessKeyInfo" => Some(Self::GetAccessKeyInfo),
            "GetCallerIdentity" => Some(Self::GetCallerIdentity),
            "GetDelegatedAccessToken" => Some(Self::GetDelegatedAccessToken),
            "GetFederationToken" => Some(Self::GetFederationToken),
            "GetSessionToken" => Some(Self::GetSessionToken),
            "GetWebIdentityToken" => Some(Self::GetWebIdentityToken),
            _ => None,
        }
    }

    /// The operation of any service by its name (exact, case-sensitive).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "LookupEvents" => Some(Self::LookupEvents),
            _ => Self::from_action(name),
        }
    }

    /// The operation's name (a Query request's `Action`).
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::AcceptDelegationRequest => "AcceptDelegationRequest",
            Self::AddClientIDToOpenIDConnectProvider => "AddClientIDToOpenIDConnectProvider",
            Self::AddRoleToInstanceProfile => "AddRoleToInstanceProfile",
            Self::AddUserToGroup => "AddUserToGroup",
            Self::AssociateDelegationRequest => "AssociateDelegationRequest",
            Self::AttachGroupPolicy => "AttachGroupPolicy",
            Self::AttachRolePolicy => "AttachRolePolicy",
            Self::AttachUserPolicy => "AttachUserPolicy",
            Self::ChangePassword => "ChangePassword",
            Self::CreateAccessKey => "CreateAccessKey",
            Self::CreateAccountAlias => "CreateAccountAlias",
            Self::CreateDelegationRequest => "CreateDelegationRequest",
            Self::CreateGroup => "CreateGroup",
            Self::CreateInstanceProfile => "CreateInstanceProfile",
            Self::CreateLoginProfile => "CreateLoginProfile",
            Self::CreateOpenIDConnectProvider => "CreateOpenIDConnectProvider",
            Self::CreatePolicy => "CreatePolicy",
            Self::CreatePolicyVersion => "CreatePolicyVersion",
            Self::CreateRole => "CreateRole",
            Self::CreateSAMLProvider => "CreateSAMLProvider",
            Self::CreateServiceLinkedRole => "CreateServiceLinkedRole",
            Self::CreateServiceSpecificCredential => "CreateServiceSpecificCredential",
            Self::CreateUser => "CreateUser",
            Self::CreateVirtualMFADevice => "CreateVirtualMFADevice",
            Self::DeactivateMFADevice => "DeactivateMFADevice",
            Self::DeleteAccessKey => "DeleteAccessKey",
            Self::DeleteAccountAlias => "DeleteAccountAlias",
            Self::DeleteAccountPasswordPolicy => "DeleteAccountPasswordPolicy",
            Self::DeleteGroup => "DeleteGroup",
            Self::DeleteGroupPolicy => "DeleteGroupPolicy",
            Self::DeleteInstanceProfile => "DeleteInstanceProfile",
            Self::DeleteLoginProfile => "DeleteLoginProfile",
            Self::DeleteOpenIDConnectProvider => "DeleteOpenIDConnectProvider",
            Self::DeletePolicy => "DeletePolicy",
            Self::DeletePolicyVersion => "DeletePolicyVersion",
            Self::DeleteRole => "DeleteRole",
            Self::DeleteRolePermissionsBoundary => "DeleteRolePermissionsBoundary",
            Self::DeleteRolePolicy => "DeleteRolePolicy",
            Self::DeleteSAMLProvider => "DeleteSAMLProvider",
            Self::DeleteSSHPublicKey => "DeleteSSHPublicKey",
            Self::DeleteServerCertificate => "DeleteServerCertificate",
            Self::DeleteServiceLinkedRole => "DeleteServiceLinkedRole",
            Self::DeleteServiceSpecificCredential => "DeleteServiceSpecificCredential",
            Self::DeleteSigningCertificate => "DeleteSigningCertificate",
            Self::DeleteUser => "DeleteUser",
            Self::DeleteUserPermissionsBoundary => "DeleteUserPermissionsBoundary",
            Self::DeleteUserPolicy => "DeleteUserPolicy",
            Self::DeleteVirtualMFADevice => "DeleteVirtualMFADevice",
            Self::DetachGroupPolicy => "DetachGroupPolicy",
            Self::DetachRolePolicy => "DetachRolePolicy",
            Self::DetachUserPolicy => "DetachUserPolicy",
            Self::DisableOrganizationsRootCredentialsManagement => {
                "DisableOrganizationsRootCredentialsManagement"
            }
            Self::DisableOrganizationsRootSessions => "DisableOrganizationsRootSessions",
            Self::DisableOutboundWebIdentityFederation => "DisableOutboundWebIdentityFederation",
            Self::EnableMFADevice => "EnableMFADevice",
            Self::EnableOrganizationsRootCredentialsManagement => {
                "EnableOrganizationsRootCredentialsManagement"
            }
            Self::EnableOrganizationsRootSessions => "EnableOrganizationsRootSessions",
            Self::EnableOutboundWebIdentityFederation => "EnableOutboundWebIdentityFederation",
            Self::GenerateCredentialReport => "GenerateCredentialReport",
            Self::GenerateOrganizationsAccessReport => "GenerateOrganizationsAccessReport",
            Self::GenerateServiceLastAccessedDetails => "GenerateServiceLastAccessedDetails",
            Self::GetAccessKeyLastUsed => "GetAccessKeyLastUsed",
            Self::GetAccountAuthorizationDetails => "GetAccountAuthorizationDetails",
            Self::GetAccountPasswordPolicy => "GetAccountPasswordPolicy",
            Self::GetAccountSummary => "GetAccountSummary",
            Self::GetContextKeysForCustomPolicy => "GetContextKeysForCustomPolicy",
            Self::GetContextKeysForPrincipalPolicy => "GetContextKeysForPrincipalPolicy",
            Self::GetCredentialReport => "GetCredentialReport",
            Self::GetDelegationRequest => "GetDelegationRequest",
            Self::GetGroup => "GetGroup",
            Self::GetGroupPolicy => "GetGroupPolicy",
            Self::GetHumanReadableSummary => "GetHumanReadableSummary",
            Self::GetInstanceProfile => "GetInstanceProfile",
            Self::GetLoginProfile => "GetLoginProfile",
            Self::GetMFADevice => "GetMFADevice",
            Self::GetOpenIDConnectProvider => "GetOpenIDConnectProvider",
            Self::GetOrganizationsAccessReport => "GetOrganizationsAccessReport",
            Self::GetOutboundWebIdentityFederationInfo => "GetOutboundWebIdentityFederationInfo",
            Self::GetPolicy => "GetPolicy",
            Self::GetPolicyVersion => "GetPolicyVersion",
            Self::GetRole => "GetRole",
            Self::GetRolePolicy => "GetRolePolicy",
            Self::GetSAMLProvider => "GetSAMLProvider",
            Self::GetSSHPublicKey => "GetSSHPublicKey",
            Self::GetServerCertificate => "GetServerCertificate",
            Self::GetServiceLastAccessedDetails => "GetServiceLastAccessedDetails",
            Self::GetServiceLastAccessedDetailsWithEntities => {
                "GetServiceLastAccessedDetailsWithEntities"
            }
            Self::GetServiceLinkedRoleDeletionStatus => "GetServiceLinkedRoleDeletionStatus",
            Self::GetUser => "GetUser",
            Self::GetUserPolicy => "GetUserPolicy",
            Self::ListAccessKeys => "ListAccessKeys",
            Self::ListAccountAliases => "ListAccountAliases",
            Self::ListAttachedGroupPolicies => "ListAttachedGroupPolicies",
            Self::ListAttachedRolePolicies => "ListAttachedRolePolicies",
            Self::ListAttachedUserPolicies => "ListAttachedUserPolicies",
            Self::ListDelegationRequests => "ListDelegationRequests",
            Self::ListEntitiesForPolicy => "ListEntitiesForPolicy",
            Self::ListGroupPolicies => "ListGroupPolicies",
            Self::ListGroups => "ListGroups",
            Self::ListGroupsForUser => "ListGroupsForUser",
            Self::ListInstanceProfileTags => "ListInstanceProfileTags",
            Self::ListInstanceProfiles => "ListInstanceProfiles",
            Self::ListInstanceProfilesForRole => "ListInstanceProfilesForRole",
            Self::ListMFADeviceTags => "ListMFADeviceTags",
            Self::ListMFADevices => "ListMFADevices",
            Self::ListOpenIDConnectProviderTags => "ListOpenIDConnectProviderTags",
            Self::ListOpenIDConnectProviders => "ListOpenIDConnectProviders",
            Self::ListOrganizationsFeatures => "ListOrganizationsFeatures",
            Self::ListPolicies => "ListPolicies",
            Self::ListPoliciesGrantingServiceAccess => "ListPoliciesGrantingServiceAccess",
            Self::ListPolicyTags => "ListPolicyTags",
            Self::ListPolicyVersions => "ListPolicyVersions",
            Self::ListRolePolicies => "ListRolePolicies",
            Self::ListRoleTags => "ListRoleTags",
            Self::ListRoles => "ListRoles",
            Self::ListSAMLProviderTags => "ListSAMLProviderTags",
            Self::ListSAMLProviders => "ListSAMLProviders",
            Self::ListSSHPublicKeys => "ListSSHPublicKeys",
            Self::ListServerCertificateTags => "ListServerCertificateTags",
            Self::ListServerCertificates => "ListServerCertificates",
            Self::ListServiceSpecificCredentials => "ListServiceSpecificCredentials",
            Self::ListSigningCertificates => "ListSigningCertificates",
            Self::ListUserPolicies => "ListUserPolicies",
            Self::ListUserTags => "ListUserTags",
            Self::ListUsers => "ListUsers",
            Self::ListVirtualMFADevices => "ListVirtualMFADevices",
            Self::PutGroupPolicy => "PutGroupPolicy",
            Self::PutRolePermissionsBoundary => "PutRolePermissionsBoundary",
            Self::PutRolePolicy => "PutRolePolicy",
            Self::PutUserPermissionsBoundary => "PutUserPermissionsBoundary",
            Self::PutUserPolicy => "PutUserPolicy",
            Self::RejectDelegationRequest => "RejectDelegationRequest",
            Self::RemoveClientIDFromOpenIDConnectProvider => {
                "RemoveClientIDFromOpenIDConnectProvider"
            }
            Self::RemoveRoleFromInstanceProfile => "RemoveRoleFromInstanceProfile",
            Self::RemoveUserFromGroup => "RemoveUserFromGroup",
            Self::ResetServiceSpecificCredential => "ResetServiceSpecificCredential",
            Self::ResyncMFADevice => "ResyncMFADevice",
            Self::SendDelegationToken => "SendDelegationToken",
            Self::SetDefaultPolicyVersion => "SetDefaultPolicyVersion",
            Self::SetSecurityTokenServicePreferences => "SetSecurityTokenServicePreferences",
            Self::SimulateCustomPolicy => "SimulateCustomPolicy",
            Self::SimulatePrincipalPolicy => "SimulatePrincipalPolicy",
            Self::TagInstanceProfile => "TagInstanceProfile",
            Self::TagMFADevice => "TagMFADevice",
            Self::TagOpenIDConnectProvider => "TagOpenIDConnectProvider",
            Self::TagPolicy => "TagPolicy",
            Self::TagRole => "TagRole",
            Self::TagSAMLProvider => "TagSAMLProvider",
            Self::TagServerCertificate => "TagServerCertificate",
            Self::TagUser => "TagUser",
            Self::UntagInstanceProfile => "UntagInstanceProfile",
            Self::UntagMFADevice => "UntagMFADevice",
            Self::UntagOpenIDConnectProvider => "UntagOpenIDConnectProvider",
            Self::UntagPolicy => "UntagPolicy",
            Self::UntagRole => "UntagRole",
            Self::UntagSAMLProvider => "UntagSAMLProvider",
            Self::UntagServerCertificate => "UntagServerCertificate",
            Self::UntagUser => "UntagUser",
            Self::UpdateAccessKey => "UpdateAccessKey",
            Self::UpdateAccountPasswordPolicy => "UpdateAccountPasswordPolicy",
            Self::UpdateAssumeRolePolicy => "UpdateAssumeRolePolicy",
            Self::UpdateDelegationRequest => "UpdateDelegationRequest",
            Self::UpdateGroup => "UpdateGroup",
            Self::UpdateLoginProfile => "UpdateLoginProfile",
            Self::UpdateOpenIDConnectProviderThumbprint => "UpdateOpenIDConnectProviderThumbprint",
            Self::UpdateRole => "UpdateRole",
            Self::UpdateRoleDescription => "UpdateRoleDescription",
            Self::UpdateSAMLProvider => "UpdateSAMLProvider",
            Self::UpdateSSHPublicKey => "UpdateSSHPublicKey",
            Self::UpdateServerCertificate => "UpdateServerCertificate",
            Self::UpdateServiceSpecificCredential => "UpdateServiceSpecificCredential",
            Self::UpdateSigningCertificate => "UpdateSigningCertificate",
            Self::UpdateUser => "UpdateUser",
            Self::UploadSSHPublicKey => "UploadSSHPublicKey",
            Self::UploadServerCertificate => "UploadServerCertificate",
            Self::UploadSigningCertificate => "UploadSigningCertificate",
            Self::AssumeRole => "AssumeRole",
            Self::AssumeRoleWithSAML => "AssumeRoleWithSAML",
            Self::AssumeRoleWithWebIdentity => "AssumeRoleWithWebIdentity",
            Self::AssumeRoot => "AssumeRoot",
            Self::DecodeAuthorizationMessage => "DecodeAuthorizationMessage",
            Self::GetAccessKeyInfo => "GetAccessKeyInfo",
            Self::GetCallerIdentity => "GetCallerIdentity",
            Self::GetDelegatedAccessToken => "GetDelegatedAccessToken",
            Self::GetFederationToken => "GetFederationToken",
            Self::GetSessionToken => "GetSessionToken",
            Self::GetWebIdentityToken => "GetWebIdentityToken",
            Self::LookupEvents => "LookupEvents",
        }
    }

    /// The IAM action that authorizes the operation: the service's signing name, a colon, the operation's name (`iam:CreateUser`).
    #[must_use]
    pub const fn action(self) -> &'static str {
        match self {
            Self::AcceptDelegationRequest => "iam:AcceptDelegationRequest",
            Self::AddClientIDToOpenIDConnectProvider => "iam:AddClientIDToOpenIDConnectProvider",
            Self::AddRoleToInstanceProfile => "iam:AddRoleToInstanceProfile",
            Self::AddUserToGroup => "iam:AddUserToGroup",
            Self::AssociateDelegationRequest => "iam:AssociateDelegationRequest",
            Self::AttachGroupPolicy => "iam:AttachGroupPolicy",
            Self::AttachRolePolicy => "iam:AttachRolePolicy",
            Self::AttachUserPolicy => "iam:AttachUserPolicy",
            Self::ChangePassword => "iam:ChangePassword",
            Self::CreateAccessKey => "iam:CreateAccessKey",
            Self::CreateAccountAlias => "iam:CreateAccountAlias",
            Self::CreateDelegationRequest => "iam:CreateDelegationRequest",
            Self::CreateGroup => "iam:CreateGroup",
            Self::CreateInstanceProfile => "iam:CreateInstanceProfile",
            Self::CreateLoginProfile => "iam:CreateLoginProfile",
            Self::CreateOpenIDConnectProvider => "iam:CreateOpenIDConnectProvider",
            Self::CreatePolicy => "iam:CreatePolicy",
            Self::CreatePolicyVersion => "iam:CreatePolicyVersion",
            Self::CreateRole => "iam:CreateRole",
            Self::CreateSAMLProvider => "iam:CreateSAMLProvider",
            Self::CreateServiceLinkedRole => "iam:CreateServiceLinkedRole",
            Self::CreateServiceSpecificCredential => "iam:CreateServiceSpecificCredential",
            Self::CreateUser => "iam:CreateUser",
            Self::CreateVirtualMFADevice => "iam:CreateVirtualMFADevice",
            Self::DeactivateMFADevice => "iam:DeactivateMFADevice",
            Self::DeleteAccessKey => "iam:DeleteAccessKey",
            Self::DeleteAccountAlias => "iam:DeleteAccountAlias",
            Self::DeleteAccountPasswordPolicy => "iam:DeleteAccountPasswordPolicy",
            Self::DeleteGroup => "iam:DeleteGroup",
            Self::DeleteGroupPolicy => "iam:DeleteGroupPolicy",
            Self::DeleteInstanceProfile => "iam:DeleteInstanceProfile",
            Self::DeleteLoginProfile => "iam:DeleteLoginProfile",
            Self::DeleteOpenIDConnectProvider => "iam:DeleteOpenIDConnectProvider",
            Self::DeletePolicy => "iam:DeletePolicy",
            Self::DeletePolicyVersion => "iam:DeletePolicyVersion",
            Self::DeleteRole => "iam:DeleteRole",
            Self::DeleteRolePermissionsBoundary => "iam:DeleteRolePermissionsBoundary",
            Self::DeleteRolePolicy => "iam:DeleteRolePolicy",
            Self::DeleteSAMLProvider => "iam:DeleteSAMLProvider",
            Self::DeleteSSHPublicKey => "iam:DeleteSSHPublicKey",
            Self::DeleteServerCertificate => "iam:DeleteServerCertificate",
            Self::DeleteServiceLinkedRole => "iam:DeleteServiceLinkedRole",
            Self::DeleteServiceSpecificCredential => "iam:DeleteServiceSpecificCredential",
            Self::DeleteSigningCertificate => "iam:DeleteSigningCertificate",
            Self::DeleteUser => "iam:DeleteUser",
            Self::DeleteUserPermissionsBoundary => "iam:DeleteUserPermissionsBoundary",
            Self::DeleteUserPolicy => "iam:DeleteUserPolicy",
            Self::DeleteVirtualMFADevice => "iam:DeleteVirtualMFADevice",
            Self::DetachGroupPolicy => "iam:DetachGroupPolicy",
            Self::DetachRolePolicy => "iam:DetachRolePolicy",
            Self::DetachUserPolicy => "iam:DetachUserPolicy",
            Self::DisableOrganizationsRootCredentialsManagement => {
                "iam:DisableOrganizationsRootCredentialsManagement"
            }
            Self::DisableOrganizationsRootSessions => "iam:DisableOrganizationsRootSessions",
            Self::DisableOutboundWebIdentityFederation => {
                "iam:DisableOutboundWebIdentityFederation"
            }
            Self::EnableMFADevice => "iam:EnableMFADevice",
            Self::EnableOrganizationsRootCredentialsManagement => {
                "iam:EnableOrganizationsRootCredentialsManagement"
            }
            Self::EnableOrganizationsRootSessions => "iam:EnableOrganizationsRootSessions",
            Self::EnableOutboundWebIdentityFederation => "iam:EnableOutboundWebIdentityFederation",
            Self::GenerateCredentialReport => "iam:GenerateCredentialReport",
            Self::GenerateOrganizationsAccessReport => "iam:GenerateOrganizationsAccessReport",
            Self::GenerateServiceLastAccessedDetails => "iam:GenerateServiceLastAccessedDetails",
            Self::GetAccessKeyLastUsed => "iam:GetAccessKeyLastUsed",
            Self::GetAccountAuthorizationDetails => "iam:GetAccountAuthorizationDetails",
            Self::GetAccountPasswordPolicy => "iam:GetAccountPasswordPolicy",
            Self::GetAccountSummary => "iam:GetAccountSummary",
            Self::GetContextKeysForCustomPolicy => "iam:GetContextKeysForCustomPolicy",
            Self::GetContextKeysForPrincipalPolicy => "iam:GetContextKeysForPrincipalPolicy",
            Self::GetCredentialReport => "iam:GetCredentialReport",
            Self::GetDelegationRequest => "iam:GetDelegationRequest",
            Self::GetGroup => "iam:GetGroup",
            Self::GetGroupPolicy => "iam:GetGroupPolicy",
            Self::GetHumanReadableSummary => "iam:GetHumanReadableSummary",
            Self::GetInstanceProfile => "iam:GetInstanceProfile",
            Self::GetLoginProfile => "iam:GetLoginProfile",
            Self::GetMFADevice => "iam:GetMFADevice",
            Self::GetOpenIDConnectProvider => "iam:GetOpenIDConnectProvider",
            Self::GetOrganizationsAccessReport => "iam:GetOrganizationsAccessReport",
            Self::GetOutboundWebIdentityFederationInfo => {
                "iam:GetOutboundWebIdentityFederationInfo"
            }
            Self::GetPolicy => "iam:GetPolicy",
            Self::GetPolicyVersion => "iam:GetPolicyVersion",
            Self::GetRole => "iam:GetRole",
            Self::GetRolePolicy => "iam:GetRolePolicy",
            Self::GetSAMLProvider => "iam:GetSAMLProvider",
            Self::GetSSHPublicKey => "iam:GetSSHPublicKey",
            Self::GetServerCertificate => "iam:GetServerCertificate",
            Self::GetServiceLastAccessedDetails => "iam:GetServiceLastAccessedDetails",
            Self::GetServiceLastAccessedDetailsWithEntities => {
                "iam:GetServiceLastAccessedDetailsWithEntities"
            }
            Self::GetServiceLinkedRoleDeletionStatus => "iam:GetServiceLinkedRoleDeletionStatus",
            Self::GetUser => "iam:GetUser",
            Self::GetUserPolicy => "iam:GetUserPolicy",
            Self::ListAccessKeys => "iam:ListAccessKeys",
            Self::ListAccountAliases => "iam:ListAccountAliases",
            Self::ListAttachedGroupPolicies => "iam:ListAttachedGroupPolicies",
            Self::ListAttachedRolePolicies => "iam:ListAttachedRolePolicies",
            Self::ListAttachedUserPolicies => "iam:ListAttachedUserPolicies",
            Self::ListDelegationRequests => "iam:ListDelegationRequests",
            Self::ListEntitiesForPolicy => "iam:ListEntitiesForPolicy",
            Self::ListGroupPolicies => "iam:ListGroupPolicies",
            Self::ListGroups => "iam:ListGroups",
            Self::ListGroupsForUser => "iam:ListGroupsForUser",
            Self::ListInstanceProfileTags => "iam:ListInstanceProfileTags",
            Self::ListInstanceProfiles => "iam:ListInstanceProfiles",
            Self::ListInstanceProfilesForRole => "iam:ListInstanceProfilesForRole",
            Self::ListMFADeviceTags => "iam:ListMFADeviceTags",
            Self::ListMFADevices => "iam:ListMFADevices",
            Self::ListOpenIDConnectProviderTags => "iam:ListOpenIDConnectProviderTags",
            Self::ListOpenIDConnectProviders => "iam:ListOpenIDConnectProviders",
            Self::ListOrganizationsFeatures => "iam:ListOrganizationsFeatures",
            Self::ListPolicies => "iam:ListPolicies",
            Self::ListPoliciesGrantingServiceAccess => "iam:ListPoliciesGrantingServiceAccess",
            Self::ListPolicyTags => "iam:ListPolicyTags",
            Self::ListPolicyVersions => "iam:ListPolicyVersions",
            Self::ListRolePolicies => "iam:ListRolePolicies",
            Self::ListRoleTags => "iam:ListRoleTags",
            Self::ListRoles => "iam:ListRoles",
            Self::ListSAMLProviderTags => "iam:ListSAMLProviderTags",
            Self::ListSAMLProviders => "iam:ListSAMLProviders",
            Self::ListSSHPublicKeys => "iam:ListSSHPublicKeys",
            Self::ListServerCertificateTags => "iam:ListServerCertificateTags",
            Self::ListServerCertificates => "iam:ListServerCertificates",
            Self::ListServiceSpecificCredentials => "iam:ListServiceSpecificCredentials",
            Self::ListSigningCertificates => "iam:ListSigningCertificates",
            Self::ListUserPolicies => "iam:ListUserPolicies",
            Self::ListUserTags => "iam:ListUserTags",
            Self::ListUsers => "iam:ListUsers",
            Self::ListVirtualMFADevices => "iam:ListVirtualMFADevices",
            Self::PutGroupPolicy => "iam:PutGroupPolicy",
            Self::PutRolePermissionsBoundary => "iam:PutRolePermissionsBoundary",
            Self::PutRolePolicy => "iam:PutRolePolicy",
            Self::PutUserPermissionsBoundary => "iam:PutUserPermissionsBoundary",
            Self::PutUserPolicy => "iam:PutUserPolicy",
            Self::RejectDelegationRequest => "iam:RejectDelegationRequest",
            Self::RemoveClientIDFromOpenIDConnectProvider => {
                "iam:RemoveClientIDFromOpenIDConnectProvider"
            }
            Self::RemoveRoleFromInstanceProfile => "iam:RemoveRoleFromInstanceProfile",
            Self::RemoveUserFromGroup => "iam:RemoveUserFromGroup",
            Self::ResetServiceSpecificCredential => "iam:ResetServiceSpecificCredential",
            Self::ResyncMFADevice => "iam:ResyncMFADevice",
            Self::SendDelegationToken => "iam:SendDelegationToken",
            Self::SetDefaultPolicyVersion => "iam:SetDefaultPolicyVersion",
            Self::SetSecurityTokenServicePreferences => "iam:SetSecurityTokenServicePreferences",
            Self::SimulateCustomPolicy => "iam:SimulateCustomPolicy",
            Self::SimulatePrincipalPolicy => "iam:SimulatePrincipalPolicy",
            Self::TagInstanceProfile => "iam:TagInstanceProfile",
            Self::TagMFADevice => "iam:TagMFADevice",
            Self::TagOpenIDConnectProvider => "iam:TagOpenIDConnectProvider",
            Self::TagPolicy => "iam:TagPolicy",
            Self::TagRole => "iam:TagRole",
            Self::TagSAMLProvider => "iam:TagSAMLProvider",
            Self::TagServerCertificate => "iam:TagServerCertificate",
            Self::TagUser => "iam:TagUser",
            Self::UntagInstanceProfile => "iam:UntagInstanceProfile",
            Self::UntagMFADevice => "iam:UntagMFADevice",
            Self::UntagOpenIDConnectProvider => "iam:UntagOpenIDConnectProvider",
            Self::UntagPolicy => "iam:UntagPolicy",
            Self::UntagRole => "iam:UntagRole",
            Self::UntagSAMLProvider => "iam:UntagSAMLProvider",
            Self::UntagServerCertificate => "iam:UntagServerCertificate",
            Self::UntagUser => "iam:UntagUser",
            Self::UpdateAccessKey => "iam:UpdateAccessKey",
            Self::UpdateAccountPasswordPolicy => "iam:UpdateAccountPasswordPolicy",
            Self::UpdateAssumeRolePolicy => "iam:UpdateAssumeRolePolicy",
            Self::UpdateDelegationRequest => "iam:UpdateDelegationRequest",
            Self::UpdateGroup => "iam:UpdateGroup",
            Self::UpdateLoginProfile => "iam:UpdateLoginProfile",
            Self::UpdateOpenIDConnectProviderThumbprint => {
                "iam:UpdateOpenIDConnectProviderThumbprint"
            }
            Self::UpdateRole => "iam:UpdateRole",
            Self::UpdateRoleDescription => "iam:UpdateRoleDescription",
            Self::UpdateSAMLProvider => "iam:UpdateSAMLProvider",
            Self::UpdateSSHPublicKey => "iam:UpdateSSHPublicKey",
            Self::UpdateServerCertificate => "iam:UpdateServerCertificate",
            Self::UpdateServiceSpecificCredential => "iam:UpdateServiceSpecificCredential",
            Self::UpdateSigningCertificate => "iam:UpdateSigningCertificate",
            Self::UpdateUser => "iam:UpdateUser",
            Self::UploadSSHPublicKey => "iam:UploadSSHPublicKey",
            Self::UploadServerCertificate => "iam:UploadServerCertificate",
            Self::UploadSigningCertificate => "iam:UploadSigningCertificate",
            Self::AssumeRole => "sts:AssumeRole",
            Self::AssumeRoleWithSAML => "sts:AssumeRoleWithSAML",
            Self::AssumeRoleWithWebIdentity => "sts:AssumeRoleWithWebIdentity",
            Self::AssumeRoot => "sts:AssumeRoot",
            Self::DecodeAuthorizationMessage => "sts:DecodeAuthorizationMessage",
            Self::GetAccessKeyInfo => "sts:GetAccessKeyInfo",
            Self::GetCallerIdentity => "sts:GetCallerIdentity",
            Self::GetDelegatedAccessToken => "sts:GetDelegatedAccessToken",
            Self::GetFederationToken => "sts:GetFederationToken",
            Self::GetSessionToken => "sts:GetSessionToken",
            Self::GetWebIdentityToken => "sts:GetWebIdentityToken",
            Self::LookupEvents => "cloudtrail:LookupEvents",
        }
    }

    /// The service the operation belongs to.
    #[must_use]
    pub const fn service(self) -> Service {
        match self {
            Self::AcceptDelegationRequest
            | Self::AddClientIDToOpenIDConnectProvider
            | Self::AddRoleToInstanceProfile
            | Self::AddUserToGroup
            | Self::AssociateDelegationRequest
            | Self::AttachGroupPolicy
            | Self::AttachRolePolicy
            | Self::AttachUserPolicy
            | Self::ChangePassword
            | Self::CreateAccessKey
            | Self::CreateAccountAlias
            | Self::CreateDelegationRequest
            | Self::CreateGroup
            | Self::CreateInstanceProfile
            | Self::CreateLoginProfile
            | Self::CreateOpenIDConnectProvider
            | Self::CreatePolicy
            | Self::CreatePolicyVersion
            | Self::CreateRole
            | Self::CreateSAMLProvider
            | Self::CreateServiceLinkedRole
            | Self::CreateServiceSpecificCredential
            | Self::CreateUser
            | Self::CreateVirtualMFADevice
            | Self::DeactivateMFADevice
            | Self::DeleteAccessKey
            | Self::DeleteAccountAlias
            | Self::DeleteAccountPasswordPolicy
            | Self::DeleteGroup
            | Self::DeleteGroupPolicy
            | Self::DeleteInstanceProfile
            | Self::DeleteLoginProfile
            | Self::DeleteOpenIDConnectProvider
            | Self::DeletePolicy
            | Self::DeletePolicyVersion
            | Self::DeleteRole
            | Self::DeleteRolePermissionsBoundary
            | Self::DeleteRolePolicy
            | Self::DeleteSAMLProvider
            | Self::DeleteSSHPublicKey
            | Self::DeleteServerCertificate
            | Self::DeleteServiceLinkedRole
            | Self::DeleteServiceSpecificCredential
            | Self::DeleteSigningCertificate
            | Self::DeleteUser
            | Self::DeleteUserPermissionsBoundary
            | Self::DeleteUserPolicy
            | Self::DeleteVirtualMFADevice
            | Self::DetachGroupPolicy
            | Self::DetachRolePolicy
            | Self::DetachUserPolicy
            | Self::DisableOrganizationsRootCredentialsManagement
            | Self::DisableOrganizationsRootSessions
            | Self::DisableOutboundWebIdentityFederation
            | Self::EnableMFADevice
            | Self::EnableOrganizationsRootCredentialsManagement
            | Self::EnableOrganizationsRootSessions
            | Self::EnableOutboundWebIdentityFederation
            | Self::GenerateCredentialReport
            | Self::GenerateOrganizationsAccessReport
            | Self::GenerateServiceLastAccessedDetails
            | Self::GetAccessKeyLastUsed
            | Self::GetAccountAuthorizationDetails
            | Self::GetAccountPasswordPolicy
            | Self::GetAccountSummary
            | Self::GetContextKeysForCustomPolicy
            | Self::GetContextKeysForPrincipalPolicy
            | Self::GetCredentialReport
            | Self::GetDelegationRequest
            | Self::GetGroup
            | Self::GetGroupPolicy
            | Self::GetHumanReadableSummary
            | Self::GetInstanceProfile
            | Self::GetLoginProfile
            | Self::GetMFADevice
            | Self::GetOpenIDConnectProvider
            | Self::GetOrganizationsAccessReport
            | Self::GetOutboundWebIdentityFederationInfo
            | Self::GetPolicy
            | Self::GetPolicyVersion
            | Self::GetRole
            | Self::GetRolePolicy
            | Self::GetSAMLProvider
            | Self::GetSSHPublicKey
            | Self::GetServerCertificate
            | Self::GetServiceLastAccessedDetails
            | Self::GetServiceLastAccessedDetailsWithEntities
            | Self::GetServiceLinkedRoleDeletionStatus
            | Self::GetUser
            | Self::GetUserPolicy
            | Self::ListAccessKeys
            | Self::ListAccountAliases
            | Self::ListAttachedGroupPolicies
            | Self::ListAttachedRolePolicies
            | Self::ListAttachedUserPolicies
            | Self::ListDelegationRequests
            | Self::ListEntitiesForPolicy
            | Self::ListGroupPolicies
            | Self::ListGroups
            | Self::ListGroupsForUser
            | Self::ListInstanceProfileTags
            | Self::ListInstanceProfiles
            | Self::ListInstanceProfilesForRole
            | Self::ListMFADeviceTags
            | Self::ListMFADevices
            | Self::ListOpenIDConnectProviderTags
            | Self::ListOpenIDConnectProviders
            | Self::ListOrganizationsFeatures
            | Self::ListPolicies
            | Self::ListPoliciesGrantingServiceAccess
            | Self::ListPolicyTags
            | Self::ListPolicyVersions
            | Self::ListRolePolicies
            | Self::ListRoleTags
            | Self::ListRoles
            | Self::ListSAMLProviderTags
            | Self::ListSAMLProviders
            | Self::ListSSHPublicKeys
            | Self::ListServerCertificateTags
            | Self::ListServerCertificates
            | Self::ListServiceSpecificCredentials
            | Self::ListSigningCertificates
            | Self::ListUserPolicies
            | Self::ListUserTags
            | Self::ListUsers
            | Self::ListVirtualMFADevices
            | Self::PutGroupPolicy
            | Self::PutRolePermissionsBoundary
            | Self::PutRolePolicy
            | Self::PutUserPermissionsBoundary
            | Self::PutUserPolicy
            | Self::RejectDelegationRequest
            | Self::RemoveClientIDFromOpenIDConnectProvider
            | Self::RemoveRoleFromInstanceProfile
            | Self::RemoveUserFromGroup
            | Self::ResetServiceSpecificCredential
            | Self::ResyncMFADevice
            | Self::SendDelegationToken
            | Self::SetDefaultPolicyVersion
            | Self::SetSecurityTokenServicePreferences
            | Self::SimulateCustomPolicy
            | Self::SimulatePrincipalPolicy
            | Self::TagInstanceProfile
            | Self::TagMFADevice
            | Self::TagOpenIDConnectProvider
            | Self::TagPolicy
            | Self::TagRole
            | Self::TagSAMLProvider
            | Self::TagServerCertificate
            | Self::TagUser
            | Self::UntagInstanceProfile
            | Self::UntagMFADevice
            | Self::UntagOpenIDConnectProvider
            | Self::UntagPolicy
            | Self::UntagRole
            | Self::UntagSAMLProvider
            | Self::UntagServerCertificate
            | Self::UntagUser
            | Self::UpdateAccessKey
            | Self::UpdateAccountPasswordPolicy
            | Self::UpdateAssumeRolePolicy
            | Self::UpdateDelegationRequest
            | Self::UpdateGroup
            | Self::UpdateLoginProfile
            | Self::UpdateOpenIDConnectProviderThumbprint
            | Self::UpdateRole
            | Self::UpdateRoleDescription
            | Self::UpdateSAMLProvider
            | Self::UpdateSSHPublicKey
            | Self::UpdateServerCertificate
            | Self::UpdateServiceSpecificCredential
            | Self::UpdateSigningCertificate
            | Self::UpdateUser
            | Self::UploadSSHPublicKey
            | Self::UploadServerCertificate
            | Self::UploadSigningCertificate => Service::Iam,
            Self::AssumeRole
            | Self::AssumeRoleWithSAML
            | Self::AssumeRoleWithWebIdentity
            | Self::AssumeRoot
            | Self::DecodeAuthorizationMessage
            | Self::GetAccessKeyInfo
            | Self::GetCallerIdentity
            | Self::GetDelegatedAccessToken
            | Self::GetFederationToken
            | Self::GetSessionToken
            | Self::GetWebIdentityToken => Service::Sts,
            Self::LookupEvents => Service::CloudTrail,
        }
    }

    /// Whether requests must be signed (false for the model's `smithy.api#noAuth` operations).
    #[must_use]
    pub fn requires_signature(self) -> bool {
        !matches!(
            self,
            Self::AssumeRoleWithSAML | Self::AssumeRoleWithWebIdentity
        )
    }

    /// Whether a success response carries a `<{Action}Result>` element.
    #[must_use]
    pub fn has_output(self) -> bool {
        !matches!(
            self,
            Self::AcceptDelegationRequest
                | Self::AddClientIDToOpenIDConnectProvider
                | Self::AddRoleToInstanceProfile
                | Self::AddUserToGroup
                | Self::AssociateDelegationRequest
                | Self::AttachGroupPolicy
                | Self::AttachRolePolicy
                | Self::AttachUserPolicy
                | Self::ChangePassword
                | Self::CreateAccountAlias
                | Self::DeactivateMFADevice
                | Self::DeleteAccessKey
                | Self::DeleteAccountAlias
                | Self::DeleteAccountPasswordPolicy
                | Self::DeleteGroup
                | Self::DeleteGroupPolicy
                | Self::DeleteInstanceProfile
                | Self::DeleteLoginProfile
                | Self::DeleteOpenIDConnectProvider
                | Self::DeletePolicy
                | Self::DeletePolicyVersion
                | Self::DeleteRole
                | Self::DeleteRolePermissionsBoundary
                | Self::DeleteRolePolicy
                | Self::DeleteSAMLProvider
                | Self::DeleteSSHPublicKey
                | Self::DeleteServerCertificate
                | Self::DeleteServiceSpecificCredential
                | Self::DeleteSigningCertificate
                | Self::DeleteUser
                | Self::DeleteUserPermissionsBoundary
                | Self::DeleteUserPolicy
                | Self::DeleteVirtualMFADevice
                | Self::DetachGroupPolicy
                | Self::DetachRolePolicy
                | Self::DetachUserPolicy
                | Self::DisableOutboundWebIdentityFederation
                | Self::EnableMFADevice
                | Self::PutGroupPolicy
                | Self::PutRolePermissionsBoundary
                | Self::PutRolePolicy
                | Self::PutUserPermissionsBoundary
                | Self::PutUserPolicy
                | Self::RejectDelegationRequest
                | Self::RemoveClientIDFromOpenIDConnectProvider
                | Self::RemoveRoleFromInstanceProfile
                | Self::RemoveUserFromGroup
                | Self::ResyncMFADevice
                | Self::SendDelegationToken
                | Self::SetDefaultPolicyVersion
                | Self::SetSecurityTokenServicePreferences
                | Self::TagInstanceProfile
                | Self::TagMFADevice
                | Self::TagOpenIDConnectProvider
                | Self::TagPolicy
                | Self::TagRole
                | Self::TagSAMLProvider
                | Self::TagServerCertificate
                | Self::TagUser
                | Self::UntagInstanceProfile
                | Self::UntagMFADevice
                | Self::UntagOpenIDConnectProvider
                | Self::UntagPolicy
                | Self::UntagRole
                | Self::UntagSAMLProvider
                | Self::UntagServerCertificate
                | Self::UntagUser
                | Self::UpdateAccessKey
                | Self::UpdateAccountPasswordPolicy
                | Self::UpdateAssumeRolePolicy
                | Self::UpdateDelegationRequest
                | Self::UpdateGroup
                | Self::UpdateLoginProfile
                | Self::UpdateOpenIDConnectProviderThumbprint
                | Self::UpdateSSHPublicKey
                | Self::UpdateServerCertificate
                | Self::UpdateServiceSpecificCredential
                | Self::UpdateSigningCertificate
                | Self::UpdateUser
        )
    }

    /// The `<Code>`s of the errors the model declares for this operation.
    #[must_use]
    pub fn error_codes(self) -> &'static [&'static str] {
        match self {
            Self::GetAccessKeyLastUsed
            | Self::ListVirtualMFADevices
            | Self::GetAccessKeyInfo
            | Self::GetCallerIdentity => &[],
            Self::CreateAccountAlias => &[
                "ConcurrentModification",
                "EntityAlreadyExists",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::AddClientIDToOpenIDConnectProvider => &[
                "ConcurrentModification",
                "InvalidInput",
                "NoSuchEntity",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::RemoveClientIDFromOpenIDConnectProvider
            | Self::UpdateOpenIDConnectProviderThumbprint => &[
                "ConcurrentModification",
                "InvalidInput",
                "NoSuchEntity",
                "ServiceFailure",
            ],
            Self::DeleteAccountAlias => &[
                "ConcurrentModification",
                "NoSuchEntity",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::EnableMFADevice => &[
                "EntityAlreadyExists",
                "EntityTemporarilyUnmodifiable",
                "InvalidAuthenticationCode",
                "LimitExceeded",
                "NoSuchEntity",
                "ServiceFailure",
                "ConcurrentModification",
            ],
            Self::CreateInstanceProfile => &[
                "EntityAlreadyExists",
                "InvalidInput",
                "LimitExceeded",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::CreateLoginProfile => &[
                "EntityAlreadyExists",
                "NoSuchEntity",
                "PasswordPolicyViolation",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::CreateDelegationRequest => &[
                "EntityAlreadyExists",
                "ServiceFailure",
                "InvalidInput",
                "LimitExceeded",
                "ConcurrentModification",
            ],
            Self::DeleteLoginProfile => &[
                "EntityTemporarilyUnmodifiable",
                "NoSuchEntity",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::DeactivateMFADevice => &[
                "EntityTemporarilyUnmodifiable",
                "NoSuchEntity",
                "LimitExceeded",
                "ServiceFailure",
                "ConcurrentModification",
            ],
            Self::UpdateLoginProfile => &[
                "EntityTemporarilyUnmodifiable",
                "NoSuchEntity",
                "PasswordPolicyViolation",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::GetDelegatedAccessToken => &[
                "ExpiredTradeInTokenException",
                "RegionDisabledException",
                "PackedPolicyTooLarge",
            ],
            Self::DisableOutboundWebIdentityFederation
            | Self::GetOutboundWebIdentityFederationInfo => &["FeatureDisabled"],
            Self::EnableOutboundWebIdentityFederation => &["FeatureEnabled"],
            Self::ResyncMFADevice => &[
                "InvalidAuthenticationCode",
                "NoSuchEntity",
                "LimitExceeded",
                "ServiceFailure",
                "ConcurrentModification",
            ],
            Self::DecodeAuthorizationMessage => &["InvalidAuthorizationMessageException"],
            Self::GetContextKeysForCustomPolicy => &["InvalidInput"],
            Self::CreateSAMLProvider => &[
                "InvalidInput",
                "EntityAlreadyExists",
                "LimitExceeded",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::CreateOpenIDConnectProvider => &[
                "InvalidInput",
                "EntityAlreadyExists",
                "LimitExceeded",
                "ConcurrentModification",
                "ServiceFailure",
                "OpenIdIdpCommunicationError",
            ],
            Self::CreatePolicy => &[
                "InvalidInput",
                "LimitExceeded",
                "EntityAlreadyExists",
                "MalformedPolicyDocument",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::CreateServiceLinkedRole | Self::DeleteSAMLProvider => &[
                "InvalidInput",
                "LimitExceeded",
                "NoSuchEntity",
                "ServiceFailure",
            ],
            Self::TagMFADevice => &[
                "InvalidInput",
                "NoSuchEntity",
                "LimitExceeded",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::DeleteOpenIDConnectProvider
            | Self::GetHumanReadableSummary
            | Self::GetOpenIDConnectProvider => &["InvalidInput", "NoSuchEntity", "ServiceFailure"],
            Self::SimulateCustomPolicy => &["InvalidInput", "PolicyEvaluation"],
            Self::UploadSigningCertificate => &[
                "LimitExceeded",
                "EntityAlreadyExists",
                "MalformedCertificate",
                "InvalidCertificate",
                "DuplicateCertificate",
                "NoSuchEntity",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::CreateUser => &[
                "LimitExceeded",
                "EntityAlreadyExists",
                "NoSuchEntity",
                "InvalidInput",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::CreateGroup => &[
                "LimitExceeded",
                "EntityAlreadyExists",
                "NoSuchEntity",
                "ServiceFailure",
            ],
            Self::CreateVirtualMFADevice => &[
                "LimitExceeded",
                "InvalidInput",
                "EntityAlreadyExists",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::UploadServerCertificate => &[
                "LimitExceeded",
                "InvalidInput",
                "EntityAlreadyExists",
                "MalformedCertificate",
                "KeyPairMismatch",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::CreateRole => &[
                "LimitExceeded",
                "InvalidInput",
                "EntityAlreadyExists",
                "MalformedPolicyDocument",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::PutGroupPolicy | Self::PutUserPolicy => &[
                "LimitExceeded",
                "MalformedPolicyDocument",
                "NoSuchEntity",
                "ServiceFailure",
            ],
            Self::PutRolePolicy => &[
                "LimitExceeded",
                "MalformedPolicyDocument",
                "NoSuchEntity",
                "UnmodifiableEntity",
                "ServiceFailure",
            ],
            Self::DeleteUser => &[
                "LimitExceeded",
                "NoSuchEntity",
                "DeleteConflict",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::UploadSSHPublicKey => &[
                "LimitExceeded",
                "NoSuchEntity",
                "InvalidPublicKey",
                "DuplicateSSHPublicKey",
                "UnrecognizedPublicKeyEncoding",
            ],
            Self::CreateServiceSpecificCredential => {
                &["LimitExceeded", "NoSuchEntity", "NotSupportedService"]
            }
            Self::GenerateCredentialReport => &["LimitExceeded", "ServiceFailure"],
            Self::AssumeRoleWithWebIdentity => &[
                "MalformedPolicyDocument",
                "PackedPolicyTooLarge",
                "IDPRejectedClaim",
                "IDPCommunicationError",
                "InvalidIdentityToken",
                "ExpiredTokenException",
                "RegionDisabledException",
            ],
            Self::AssumeRoleWithSAML => &[
                "MalformedPolicyDocument",
                "PackedPolicyTooLarge",
                "IDPRejectedClaim",
                "InvalidIdentityToken",
                "ExpiredTokenException",
                "RegionDisabledException",
            ],
            Self::GetFederationToken => &[
                "MalformedPolicyDocument",
                "PackedPolicyTooLarge",
                "RegionDisabledException",
            ],
            Self::AssumeRole => &[
                "MalformedPolicyDocument",
                "PackedPolicyTooLarge",
                "RegionDisabledException",
                "ExpiredTokenException",
            ],
            Self::DeleteSSHPublicKey
            | Self::DeleteServiceSpecificCredential
            | Self::GetOrganizationsAccessReport
            | Self::ListSSHPublicKeys
            | Self::ResetServiceSpecificCredential
            | Self::UpdateServiceSpecificCredential => &["NoSuchEntity"],
            Self::UntagRole | Self::UntagUser => {
                &["NoSuchEntity", "ConcurrentModification", "ServiceFailure"]
            }
            Self::DeleteGroup | Self::DeleteInstanceProfile | Self::DeleteServerCertificate => &[
                "NoSuchEntity",
                "DeleteConflict",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::DeleteVirtualMFADevice => &[
                "NoSuchEntity",
                "DeleteConflict",
                "LimitExceeded",
                "ServiceFailure",
                "ConcurrentModification",
            ],
            Self::DeleteRole => &[
                "NoSuchEntity",
                "DeleteConflict",
                "LimitExceeded",
                "UnmodifiableEntity",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::UpdateGroup | Self::UpdateServerCertificate => &[
                "NoSuchEntity",
                "EntityAlreadyExists",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::AddRoleToInstanceProfile => &[
                "NoSuchEntity",
                "EntityAlreadyExists",
                "LimitExceeded",
                "UnmodifiableEntity",
                "ServiceFailure",
            ],
            Self::GenerateServiceLastAccessedDetails
            | Self::GetContextKeysForPrincipalPolicy
            | Self::GetServiceLastAccessedDetails
            | Self::GetServiceLastAccessedDetailsWithEntities
            | Self::ListPoliciesGrantingServiceAccess
            | Self::UpdateSSHPublicKey => &["NoSuchEntity", "InvalidInput"],
            Self::UntagInstanceProfile
            | Self::UntagMFADevice
            | Self::UntagOpenIDConnectProvider
            | Self::UntagPolicy
            | Self::UntagSAMLProvider
            | Self::UntagServerCertificate => &[
                "NoSuchEntity",
                "InvalidInput",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::TagInstanceProfile | Self::TagServerCertificate => &[
                "NoSuchEntity",
                "InvalidInput",
                "LimitExceeded",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::SetDefaultPolicyVersion => &[
                "NoSuchEntity",
                "InvalidInput",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::UpdateSAMLProvider => &[
                "NoSuchEntity",
                "InvalidInput",
                "LimitExceeded",
                "ServiceFailure",
                "ConcurrentModification",
            ],
            Self::SimulatePrincipalPolicy => &["NoSuchEntity", "InvalidInput", "PolicyEvaluation"],
            Self::PutUserPermissionsBoundary => &[
                "NoSuchEntity",
                "InvalidInput",
                "PolicyNotAttachable",
                "ServiceFailure",
            ],
            Self::GetPolicy
            | Self::GetPolicyVersion
            | Self::GetSAMLProvider
            | Self::GetServiceLinkedRoleDeletionStatus
            | Self::ListAttachedGroupPolicies
            | Self::ListAttachedRolePolicies
            | Self::ListAttachedUserPolicies
            | Self::ListEntitiesForPolicy
            | Self::ListMFADeviceTags
            | Self::ListPolicyVersions => &["NoSuchEntity", "InvalidInput", "ServiceFailure"],
            Self::PutRolePermissionsBoundary => &[
                "NoSuchEntity",
                "InvalidInput",
                "UnmodifiableEntity",
                "PolicyNotAttachable",
                "ServiceFailure",
            ],
            Self::ChangePassword => &[
                "NoSuchEntity",
                "InvalidUserType",
                "LimitExceeded",
                "EntityTemporarilyUnmodifiable",
                "PasswordPolicyViolation",
                "ServiceFailure",
            ],
            Self::DeleteSigningCertificate => &[
                "NoSuchEntity",
                "LimitExceeded",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::UpdateUser => &[
                "NoSuchEntity",
                "LimitExceeded",
                "EntityAlreadyExists",
                "EntityTemporarilyUnmodifiable",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::TagOpenIDConnectProvider
            | Self::TagPolicy
            | Self::TagRole
            | Self::TagSAMLProvider
            | Self::TagUser => &[
                "NoSuchEntity",
                "LimitExceeded",
                "InvalidInput",
                "ConcurrentModification",
                "ServiceFailure",
            ],
            Self::DeletePolicy | Self::DeletePolicyVersion => &[
                "NoSuchEntity",
                "LimitExceeded",
                "InvalidInput",
                "DeleteConflict",
                "ServiceFailure",
            ],
            Self::AttachGroupPolicy | Self::AttachUserPolicy => &[
                "NoSuchEntity",
                "LimitExceeded",
                "InvalidInput",
                "PolicyNotAttachable",
                "ServiceFailure",
            ],
            Self::DetachGroupPolicy | Self::DetachUserPolicy => &[
                "NoSuchEntity",
                "LimitExceeded",
                "InvalidInput",
                "ServiceFailure",
            ],
            Self::AttachRolePolicy => &[
                "NoSuchEntity",
                "LimitExceeded",
                "InvalidInput",
                "UnmodifiableEntity",
                "PolicyNotAttachable",
                "ServiceFailure",
            ],
            Self::DetachRolePolicy => &[
                "NoSuchEntity",
                "LimitExceeded",
                "InvalidInput",
                "UnmodifiableEntity",
                "ServiceFailure",
            ],
            Self::AddUserToGroup
            | Self::CreateAccessKey
            | Self::DeleteAccessKey
            | Self::DeleteAccountPasswordPolicy
            | Self::DeleteGroupPolicy
            | Self::DeleteServiceLinkedRole
            | Self::DeleteUserPolicy
            | Self::RemoveUserFromGroup => &["NoSuchEntity", "LimitExceeded", "ServiceFailure"],
            Self::UpdateAccessKey | Self::UpdateSigningCertificate => &[
                "NoSuchEntity",
                "LimitExceeded",
                "ServiceFailure",
                "InvalidInput",
            ],
            Self::DeleteRolePolicy | Self::RemoveRoleFromInstanceProfile => &[
                "NoSuchEntity",
                "LimitExceeded",
                "UnmodifiableEntity",
                "ServiceFailure",
            ],
            Self::CreatePolicyVersion => &[
                "NoSuchEntity",
                "MalformedPolicyDocument",
                "InvalidInput",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::UpdateAccountPasswordPolicy => &[
                "NoSuchEntity",
                "MalformedPolicyDocument",
                "LimitExceeded",
                "ServiceFailure",
            ],
            Self::UpdateAssumeRolePolicy => &[
                "NoSuchEntity",
                "MalformedPolicyDocument",
                "LimitExceeded",
                "UnmodifiableEntity",
                "ServiceFailure",
            ],
            Self::ListServiceSpecificCredentials => &["NoSuchEntity", "NotSupportedService"],
            Self::DeleteUserPermissionsBoundary
            | Self::GetAccountPasswordPolicy
            | Self::GetDelegationRequest
            | Self::GetGroup
            | Self::GetGroupPolicy
            | Self::GetInstanceProfile
            | Self::GetLoginProfile
            | Self::GetMFADevice
            | Self::GetRole
            | Self::GetRolePolicy
            | Self::GetServerCertificate
            | Self::GetUser
            | Self::GetUserPolicy
            | Self::ListAccessKeys
            | Self::ListGroupPolicies
            | Self::ListGroupsForUser
            | Self::ListInstanceProfileTags
            | Self::ListInstanceProfilesForRole
            | Self::ListMFADevices
            | Self::ListRolePolicies
            | Self::ListRoleTags
            | Self::ListServerCertificateTags
            | Self::ListSigningCertificates
            | Self::ListUserPolicies
            | Self::ListUserTags => &["NoSuchEntity", "ServiceFailure"],
            Self::AcceptDelegationRequest => {
                &["NoSuchEntity", "ServiceFailure", "ConcurrentModification"]
            }
            Self::AssociateDelegationRequest
            | Self::RejectDelegationRequest
            | Self::SendDelegationToken
            | Self::UpdateDelegationRequest => &[
                "NoSuchEntity",
                "ServiceFailure",
                "ConcurrentModification",
                "InvalidInput",
            ],
            Self::ListDelegationRequests
            | Self::ListOpenIDConnectProviderTags
            | Self::ListPolicyTags
            | Self::ListSAMLProviderTags => &["NoSuchEntity", "ServiceFailure", "InvalidInput"],
            Self::DeleteRolePermissionsBoundary | Self::UpdateRoleDescription => {
                &["NoSuchEntity", "UnmodifiableEntity", "ServiceFailure"]
            }
            Self::GetSSHPublicKey => &["NoSuchEntity", "UnrecognizedPublicKeyEncoding"],
            Self::GetSessionToken => &["RegionDisabledException"],
            Self::AssumeRoot => &["RegionDisabledException", "ExpiredTokenException"],
            Self::GenerateOrganizationsAccessReport => &["ReportGenerationLimitExceeded"],
            Self::GetCredentialReport => &[
                "ReportNotPresent",
                "ReportExpired",
                "ReportInProgress",
                "ServiceFailure",
            ],
            Self::DisableOrganizationsRootCredentialsManagement
            | Self::DisableOrganizationsRootSessions
            | Self::ListOrganizationsFeatures => &[
                "ServiceAccessNotEnabledException",
                "AccountNotManagementOrDelegatedAdministratorException",
                "OrganizationNotFoundException",
                "OrganizationNotInAllFeaturesModeException",
            ],
            Self::EnableOrganizationsRootCredentialsManagement
            | Self::EnableOrganizationsRootSessions => &[
                "ServiceAccessNotEnabledException",
                "AccountNotManagementOrDelegatedAdministratorException",
                "OrganizationNotFoundException",
                "OrganizationNotInAllFeaturesModeException",
                "CallerIsNotManagementAccountException",
            ],
            Self::GetAccountAuthorizationDetails
            | Self::GetAccountSummary
            | Self::ListAccountAliases
            | Self::ListGroups
            | Self::ListInstanceProfiles
            | Self::ListOpenIDConnectProviders
            | Self::ListPolicies
            | Self::ListRoles
            | Self::ListSAMLProviders
            | Self::ListServerCertificates
            | Self::ListUsers
            | Self::SetSecurityTokenServicePreferences => &["ServiceFailure"],
            Self::GetWebIdentityToken => &[
                "SessionDurationEscalationException",
                "OutboundWebIdentityFederationDisabledException",
                "JWTPayloadSizeExceededException",
            ],
            Self::UpdateRole => &["UnmodifiableEntity", "NoSuchEntity", "ServiceFailure"],
            Self::LookupEvents => &[],
        }
    }
}
