// @generated from the AWS service models by `cargo run -p xtask -- codegen`. Do not edit.
//! The IAM and STS Query-protocol wire layer: services, operations, typed inputs and outputs.
#![expect(
    clippy::too_many_lines,
    reason = "generated from the service models; one arm per operation"
)]
pub mod iam;
pub mod sts;
use crate::query::{QueryParams, ValidationError};
use crate::xml::{self, EncodeError};
pub use iamd_core::operation::{Operation, Service};

/// A decoded request: one variant per operation, with its typed input if the model gives one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    AcceptDelegationRequest(iam::AcceptDelegationRequestRequest),
    AddClientIDToOpenIDConnectProvider(iam::AddClientIDToOpenIDConnectProviderRequest),
    AddRoleToInstanceProfile(iam::AddRoleToInstanceProfileRequest),
    AddUserToGroup(iam::AddUserToGroupRequest),
    AssociateDelegationRequest(iam::AssociateDelegationRequestRequest),
    AttachGroupPolicy(iam::AttachGroupPolicyRequest),
    AttachRolePolicy(iam::AttachRolePolicyRequest),
    AttachUserPolicy(iam::AttachUserPolicyRequest),
    ChangePassword(iam::ChangePasswordRequest),
    CreateAccessKey(iam::CreateAccessKeyRequest),
    CreateAccountAlias(iam::CreateAccountAliasRequest),
    CreateDelegationRequest(iam::CreateDelegationRequestRequest),
    CreateGroup(iam::CreateGroupRequest),
    CreateInstanceProfile(iam::CreateInstanceProfileRequest),
    CreateLoginProfile(iam::CreateLoginProfileRequest),
    CreateOpenIDConnectProvider(iam::CreateOpenIDConnectProviderRequest),
    CreatePolicy(iam::CreatePolicyRequest),
    CreatePolicyVersion(iam::CreatePolicyVersionRequest),
    CreateRole(iam::CreateRoleRequest),
    CreateSAMLProvider(iam::CreateSAMLProviderRequest),
    CreateServiceLinkedRole(iam::CreateServiceLinkedRoleRequest),
    CreateServiceSpecificCredential(iam::CreateServiceSpecificCredentialRequest),
    CreateUser(iam::CreateUserRequest),
    CreateVirtualMFADevice(iam::CreateVirtualMFADeviceRequest),
    DeactivateMFADevice(iam::DeactivateMFADeviceRequest),
    DeleteAccessKey(iam::DeleteAccessKeyRequest),
    DeleteAccountAlias(iam::DeleteAccountAliasRequest),
    DeleteAccountPasswordPolicy,
    DeleteGroup(iam::DeleteGroupRequest),
    DeleteGroupPolicy(iam::DeleteGroupPolicyRequest),
    DeleteInstanceProfile(iam::DeleteInstanceProfileRequest),
    DeleteLoginProfile(iam::DeleteLoginProfileRequest),
    DeleteOpenIDConnectProvider(iam::DeleteOpenIDConnectProviderRequest),
    DeletePolicy(iam::DeletePolicyRequest),
    DeletePolicyVersion(iam::DeletePolicyVersionRequest),
    DeleteRole(iam::DeleteRoleRequest),
    DeleteRolePermissionsBoundary(iam::DeleteRolePermissionsBoundaryRequest),
    DeleteRolePolicy(iam::DeleteRolePolicyRequest),
    DeleteSAMLProvider(iam::DeleteSAMLProviderRequest),
    DeleteSSHPublicKey(iam::DeleteSSHPublicKeyRequest),
    DeleteServerCertificate(iam::DeleteServerCertificateRequest),
    DeleteServiceLinkedRole(iam::DeleteServiceLinkedRoleRequest),
    DeleteServiceSpecificCredential(iam::DeleteServiceSpecificCredentialRequest),
    DeleteSigningCertificate(iam::DeleteSigningCertificateRequest),
    DeleteUser(iam::DeleteUserRequest),
    DeleteUserPermissionsBoundary(iam::DeleteUserPermissionsBoundaryRequest),
    DeleteUserPolicy(iam::DeleteUserPolicyRequest),
    DeleteVirtualMFADevice(iam::DeleteVirtualMFADeviceRequest),
    DetachGroupPolicy(iam::DetachGroupPolicyRequest),
    DetachRolePolicy(iam::DetachRolePolicyRequest),
    DetachUserPolicy(iam::DetachUserPolicyRequest),
    DisableOrganizationsRootCredentialsManagement(
        iam::DisableOrganizationsRootCredentialsManagementRequest,
    ),
    DisableOrganizationsRootSessions(iam::DisableOrganizationsRootSessionsRequest),
    DisableOutboundWebIdentityFederation,
    EnableMFADevice(iam::EnableMFADeviceRequest),
    EnableOrganizationsRootCredentialsManagement(
        iam::EnableOrganizationsRootCredentialsManagementRequest,
    ),
    EnableOrganizationsRootSessions(iam::EnableOrganizationsRootSessionsRequest),
    EnableOutboundWebIdentityFederation,
    GenerateCredentialReport,
    GenerateOrganizationsAccessReport(iam::GenerateOrganizationsAccessReportRequest),
    GenerateServiceLastAccessedDetails(iam::GenerateServiceLastAccessedDetailsRequest),
    GetAccessKeyLastUsed(iam::GetAccessKeyLastUsedRequest),
    GetAccountAuthorizationDetails(iam::GetAccountAuthorizationDetailsRequest),
    GetAccountPasswordPolicy,
    GetAccountSummary,
    GetContextKeysForCustomPolicy(iam::GetContextKeysForCustomPolicyRequest),
    GetContextKeysForPrincipalPolicy(iam::GetContextKeysForPrincipalPolicyRequest),
    GetCredentialReport,
    GetDelegationRequest(iam::GetDelegationRequestRequest),
    GetGroup(iam::GetGroupRequest),
    GetGroupPolicy(iam::GetGroupPolicyRequest),
    GetHumanReadableSummary(iam::GetHumanReadableSummaryRequest),
    GetInstanceProfile(iam::GetInstanceProfileRequest),
    GetLoginProfile(iam::GetLoginProfileRequest),
    GetMFADevice(iam::GetMFADeviceRequest),
    GetOpenIDConnectProvider(iam::GetOpenIDConnectProviderRequest),
    GetOrganizationsAccessReport(iam::GetOrganizationsAccessReportRequest),
    GetOutboundWebIdentityFederationInfo,
    GetPolicy(iam::GetPolicyRequest),
    GetPolicyVersion(iam::GetPolicyVersionRequest),
    GetRole(iam::GetRoleRequest),
    GetRolePolicy(iam::GetRolePolicyRequest),
    GetSAMLProvider(iam::GetSAMLProviderRequest),
    GetSSHPublicKey(iam::GetSSHPublicKeyRequest),
    GetServerCertificate(iam::GetServerCertificateRequest),
    GetServiceLastAccessedDetails(iam::GetServiceLastAccessedDetailsRequest),
    GetServiceLastAccessedDetailsWithEntities(
        iam::GetServiceLastAccessedDetailsWithEntitiesRequest,
    ),
    GetServiceLinkedRoleDeletionStatus(iam::GetServiceLinkedRoleDeletionStatusRequest),
    GetUser(iam::GetUserRequest),
    GetUserPolicy(iam::GetUserPolicyRequest),
    ListAccessKeys(iam::ListAccessKeysRequest),
    ListAccountAliases(iam::ListAccountAliasesRequest),
    ListAttachedGroupPolicies(iam::ListAttachedGroupPoliciesRequest),
    ListAttachedRolePolicies(iam::ListAttachedRolePoliciesRequest),
    ListAttachedUserPolicies(iam::ListAttachedUserPoliciesRequest),
    ListDelegationRequests(iam::ListDelegationRequestsRequest),
    ListEntitiesForPolicy(iam::ListEntitiesForPolicyRequest),
    ListGroupPolicies(iam::ListGroupPoliciesRequest),
    ListGroups(iam::ListGroupsRequest),
    ListGroupsForUser(iam::ListGroupsForUserRequest),
    ListInstanceProfileTags(iam::ListInstanceProfileTagsRequest),
    ListInstanceProfiles(iam::ListInstanceProfilesRequest),
    ListInstanceProfilesForRole(iam::ListInstanceProfilesForRoleRequest),
    ListMFADeviceTags(iam::ListMFADeviceTagsRequest),
    ListMFADevices(iam::ListMFADevicesRequest),
    ListOpenIDConnectProviderTags(iam::ListOpenIDConnectProviderTagsRequest),
    ListOpenIDConnectProviders(iam::ListOpenIDConnectProvidersRequest),
    ListOrganizationsFeatures(iam::ListOrganizationsFeaturesRequest),
    ListPolicies(iam::ListPoliciesRequest),
    ListPoliciesGrantingServiceAccess(iam::ListPoliciesGrantingServiceAccessRequest),
    ListPolicyTags(iam::ListPolicyTagsRequest),
    ListPolicyVersions(iam::ListPolicyVersionsRequest),
    ListRolePolicies(iam::ListRolePoliciesRequest),
    ListRoleTags(iam::ListRoleTagsRequest),
    ListRoles(iam::ListRolesRequest),
    ListSAMLProviderTags(iam::ListSAMLProviderTagsRequest),
    ListSAMLProviders(iam::ListSAMLProvidersRequest),
    ListSSHPublicKeys(iam::ListSSHPublicKeysRequest),
    ListServerCertificateTags(iam::ListServerCertificateTagsRequest),
    ListServerCertificates(iam::ListServerCertificatesRequest),
    ListServiceSpecificCredentials(iam::ListServiceSpecificCredentialsRequest),
    ListSigningCertificates(iam::ListSigningCertificatesRequest),
    ListUserPolicies(iam::ListUserPoliciesRequest),
    ListUserTags(iam::ListUserTagsRequest),
    ListUsers(iam::ListUsersRequest),
    ListVirtualMFADevices(iam::ListVirtualMFADevicesRequest),
    PutGroupPolicy(iam::PutGroupPolicyRequest),
    PutRolePermissionsBoundary(iam::PutRolePermissionsBoundaryRequest),
    PutRolePolicy(iam::PutRolePolicyRequest),
    PutUserPermissionsBoundary(iam::PutUserPermissionsBoundaryRequest),
    PutUserPolicy(iam::PutUserPolicyRequest),
    RejectDelegationRequest(iam::RejectDelegationRequestRequest),
    RemoveClientIDFromOpenIDConnectProvider(iam::RemoveClientIDFromOpenIDConnectProviderRequest),
    RemoveRoleFromInstanceProfile(iam::RemoveRoleFromInstanceProfileRequest),
    RemoveUserFromGroup(iam::RemoveUserFromGroupRequest),
    ResetServiceSpecificCredential(iam::ResetServiceSpecificCredentialRequest),
    ResyncMFADevice(iam::ResyncMFADeviceRequest),
    SendDelegationToken(iam::SendDelegationTokenRequest),
    SetDefaultPolicyVersion(iam::SetDefaultPolicyVersionRequest),
    SetSecurityTokenServicePreferences(iam::SetSecurityTokenServicePreferencesRequest),
    SimulateCustomPolicy(iam::SimulateCustomPolicyRequest),
    SimulatePrincipalPolicy(iam::SimulatePrincipalPolicyRequest),
    TagInstanceProfile(iam::TagInstanceProfileRequest),
    TagMFADevice(iam::TagMFADeviceRequest),
    TagOpenIDConnectProvider(iam::TagOpenIDConnectProviderRequest),
    TagPolicy(iam::TagPolicyRequest),
    TagRole(iam::TagRoleRequest),
    TagSAMLProvider(iam::TagSAMLProviderRequest),
    TagServerCertificate(iam::TagServerCertificateRequest),
    TagUser(iam::TagUserRequest),
    UntagInstanceProfile(iam::UntagInstanceProfileRequest),
    UntagMFADevice(iam::UntagMFADeviceRequest),
    UntagOpenIDConnectProvider(iam::UntagOpenIDConnectProviderRequest),
    UntagPolicy(iam::UntagPolicyRequest),
    UntagRole(iam::UntagRoleRequest),
    UntagSAMLProvider(iam::UntagSAMLProviderRequest),
    UntagServerCertificate(iam::UntagServerCertificateRequest),
    UntagUser(iam::UntagUserRequest),
    UpdateAccessKey(iam::UpdateAccessKeyRequest),
    UpdateAccountPasswordPolicy(iam::UpdateAccountPasswordPolicyRequest),
    UpdateAssumeRolePolicy(iam::UpdateAssumeRolePolicyRequest),
    UpdateDelegationRequest(iam::UpdateDelegationRequestRequest),
    UpdateGroup(iam::UpdateGroupRequest),
    UpdateLoginProfile(iam::UpdateLoginProfileRequest),
    UpdateOpenIDConnectProviderThumbprint(iam::UpdateOpenIDConnectProviderThumbprintRequest),
    UpdateRole(iam::UpdateRoleRequest),
    UpdateRoleDescription(iam::UpdateRoleDescriptionRequest),
    UpdateSAMLProvider(iam::UpdateSAMLProviderRequest),
    UpdateSSHPublicKey(iam::UpdateSSHPublicKeyRequest),
    UpdateServerCertificate(iam::UpdateServerCertificateRequest),
    UpdateServiceSpecificCredential(iam::UpdateServiceSpecificCredentialRequest),
    UpdateSigningCertificate(iam::UpdateSigningCertificateRequest),
    UpdateUser(iam::UpdateUserRequest),
    UploadSSHPublicKey(iam::UploadSSHPublicKeyRequest),
    UploadServerCertificate(iam::UploadServerCertificateRequest),
    UploadSigningCertificate(iam::UploadSigningCertificateRequest),
    AssumeRole(sts::AssumeRoleRequest),
    AssumeRoleWithSAML(sts::AssumeRoleWithSAMLRequest),
    AssumeRoleWithWebIdentity(sts::AssumeRoleWithWebIdentityRequest),
    AssumeRoot(sts::AssumeRootRequest),
    DecodeAuthorizationMessage(sts::DecodeAuthorizationMessageRequest),
    GetAccessKeyInfo(sts::GetAccessKeyInfoRequest),
    GetCallerIdentity(sts::GetCallerIdentityRequest),
    GetDelegatedAccessToken(sts::GetDelegatedAccessTokenRequest),
    GetFederationToken(sts::GetFederationTokenRequest),
    GetSessionToken(sts::GetSessionTokenRequest),
    GetWebIdentityToken(sts::GetWebIdentityTokenRequest),
}

impl Input {
    /// Decodes and validates the input of `operation` from Query parameters.
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(operation: Operation, params: &QueryParams) -> Result<Self, ValidationError> {
        Ok(match operation {
            Operation::AcceptDelegationRequest => Self::AcceptDelegationRequest(
                iam::AcceptDelegationRequestRequest::from_query(params)?,
            ),
            Operation::AddClientIDToOpenIDConnectProvider => {
                Self::AddClientIDToOpenIDConnectProvider(
                    iam::AddClientIDToOpenIDConnectProviderRequest::from_query(params)?,
                )
            }
            Operation::AddRoleToInstanceProfile => Self::AddRoleToInstanceProfile(
                iam::AddRoleToInstanceProfileRequest::from_query(params)?,
            ),
            Operation::AddUserToGroup => {
                Self::AddUserToGroup(iam::AddUserToGroupRequest::from_query(params)?)
            }
            Operation::AssociateDelegationRequest => Self::AssociateDelegationRequest(
                iam::AssociateDelegationRequestRequest::from_query(params)?,
            ),
            Operation::AttachGroupPolicy => {
                Self::AttachGroupPolicy(iam::AttachGroupPolicyRequest::from_query(params)?)
            }
            Operation::AttachRolePolicy => {
                Self::AttachRolePolicy(iam::AttachRolePolicyRequest::from_query(params)?)
            }
            Operation::AttachUserPolicy => {
                Self::AttachUserPolicy(iam::AttachUserPolicyRequest::from_query(params)?)
            }
            Operation::ChangePassword => {
                Self::ChangePassword(iam::ChangePasswordRequest::from_query(params)?)
            }
            Operation::CreateAccessKey => {
                Self::CreateAccessKey(iam::CreateAccessKeyRequest::from_query(params)?)
            }
            Operation::CreateAccountAlias => {
                Self::CreateAccountAlias(iam::CreateAccountAliasRequest::from_query(params)?)
            }
            Operation::CreateDelegationRequest => Self::CreateDelegationRequest(
                iam::CreateDelegationRequestRequest::from_query(params)?,
            ),
            Operation::CreateGroup => {
                Self::CreateGroup(iam::CreateGroupRequest::from_query(params)?)
            }
            Operation::CreateInstanceProfile => {
                Self::CreateInstanceProfile(iam::CreateInstanceProfileRequest::from_query(params)?)
            }
            Operation::CreateLoginProfile => {
                Self::CreateLoginProfile(iam::CreateLoginProfileRequest::from_query(params)?)
            }
            Operation::CreateOpenIDConnectProvider => Self::CreateOpenIDConnectProvider(
                iam::CreateOpenIDConnectProviderRequest::from_query(params)?,
            ),
            Operation::CreatePolicy => {
                Self::CreatePolicy(iam::CreatePolicyRequest::from_query(params)?)
            }
            Operation::CreatePolicyVersion => {
                Self::CreatePolicyVersion(iam::CreatePolicyVersionRequest::from_query(params)?)
            }
            Operation::CreateRole => Self::CreateRole(iam::CreateRoleRequest::from_query(params)?),
            Operation::CreateSAMLProvider => {
                Self::CreateSAMLProvider(iam::CreateSAMLProviderRequest::from_query(params)?)
            }
            Operation::CreateServiceLinkedRole => Self::CreateServiceLinkedRole(
                iam::CreateServiceLinkedRoleRequest::from_query(params)?,
            ),
            Operation::CreateServiceSpecificCredential => Self::CreateServiceSpecificCredential(
                iam::CreateServiceSpecificCredentialRequest::from_query(params)?,
            ),
            Operation::CreateUser => Self::CreateUser(iam::CreateUserRequest::from_query(params)?),
            Operation::CreateVirtualMFADevice => Self::CreateVirtualMFADevice(
                iam::CreateVirtualMFADeviceRequest::from_query(params)?,
            ),
            Operation::DeactivateMFADevice => {
                Self::DeactivateMFADevice(iam::DeactivateMFADeviceRequest::from_query(params)?)
            }
            Operation::DeleteAccessKey => {
                Self::DeleteAccessKey(iam::DeleteAccessKeyRequest::from_query(params)?)
            }
            Operation::DeleteAccountAlias => {
                Self::DeleteAccountAlias(iam::DeleteAccountAliasRequest::from_query(params)?)
            }
            Operation::DeleteAccountPasswordPolicy => Self::DeleteAccountPasswordPolicy,
            Operation::DeleteGroup => {
                Self::DeleteGroup(iam::DeleteGroupRequest::from_query(params)?)
            }
            Operation::DeleteGroupPolicy => {
                Self::DeleteGroupPolicy(iam::DeleteGroupPolicyRequest::from_query(params)?)
            }
            Operation::DeleteInstanceProfile => {
                Self::DeleteInstanceProfile(iam::DeleteInstanceProfileRequest::from_query(params)?)
            }
            Operation::DeleteLoginProfile => {
                Self::DeleteLoginProfile(iam::DeleteLoginProfileRequest::from_query(params)?)
            }
            Operation::DeleteOpenIDConnectProvider => Self::DeleteOpenIDConnectProvider(
                iam::DeleteOpenIDConnectProviderRequest::from_query(params)?,
            ),
            Operation::DeletePolicy => {
                Self::DeletePolicy(iam::DeletePolicyRequest::from_query(params)?)
            }
            Operation::DeletePolicyVersion => {
                Self::DeletePolicyVersion(iam::DeletePolicyVersionRequest::from_query(params)?)
            }
            Operation::DeleteRole => Self::DeleteRole(iam::DeleteRoleRequest::from_query(params)?),
            Operation::DeleteRolePermissionsBoundary => Self::DeleteRolePermissionsBoundary(
                iam::DeleteRolePermissionsBoundaryRequest::from_query(params)?,
            ),
            Operation::DeleteRolePolicy => {
                Self::DeleteRolePolicy(iam::DeleteRolePolicyRequest::from_query(params)?)
            }
            Operation::DeleteSAMLProvider => {
                Self::DeleteSAMLProvider(iam::DeleteSAMLProviderRequest::from_query(params)?)
            }
            Operation::DeleteSSHPublicKey => {
                Self::DeleteSSHPublicKey(iam::DeleteSSHPublicKeyRequest::from_query(params)?)
            }
            Operation::DeleteServerCertificate => Self::DeleteServerCertificate(
                iam::DeleteServerCertificateRequest::from_query(params)?,
            ),
            Operation::DeleteServiceLinkedRole => Self::DeleteServiceLinkedRole(
                iam::DeleteServiceLinkedRoleRequest::from_query(params)?,
            ),
            Operation::DeleteServiceSpecificCredential => Self::DeleteServiceSpecificCredential(
                iam::DeleteServiceSpecificCredentialRequest::from_query(params)?,
            ),
            Operation::DeleteSigningCertificate => Self::DeleteSigningCertificate(
                iam::DeleteSigningCertificateRequest::from_query(params)?,
            ),
            Operation::DeleteUser => Self::DeleteUser(iam::DeleteUserRequest::from_query(params)?),
            Operation::DeleteUserPermissionsBoundary => Self::DeleteUserPermissionsBoundary(
                iam::DeleteUserPermissionsBoundaryRequest::from_query(params)?,
            ),
            Operation::DeleteUserPolicy => {
                Self::DeleteUserPolicy(iam::DeleteUserPolicyRequest::from_query(params)?)
            }
            Operation::DeleteVirtualMFADevice => Self::DeleteVirtualMFADevice(
                iam::DeleteVirtualMFADeviceRequest::from_query(params)?,
            ),
            Operation::DetachGroupPolicy => {
                Self::DetachGroupPolicy(iam::DetachGroupPolicyRequest::from_query(params)?)
            }
            Operation::DetachRolePolicy => {
                Self::DetachRolePolicy(iam::DetachRolePolicyRequest::from_query(params)?)
            }
            Operation::DetachUserPolicy => {
                Self::DetachUserPolicy(iam::DetachUserPolicyRequest::from_query(params)?)
            }
            Operation::DisableOrganizationsRootCredentialsManagement => {
                Self::DisableOrganizationsRootCredentialsManagement(
                    iam::DisableOrganizationsRootCredentialsManagementRequest::from_query(params)?,
                )
            }
            Operation::DisableOrganizationsRootSessions => Self::DisableOrganizationsRootSessions(
                iam::DisableOrganizationsRootSessionsRequest::from_query(params)?,
            ),
            Operation::DisableOutboundWebIdentityFederation => {
                Self::DisableOutboundWebIdentityFederation
            }
            Operation::EnableMFADevice => {
                Self::EnableMFADevice(iam::EnableMFADeviceRequest::from_query(params)?)
            }
            Operation::EnableOrganizationsRootCredentialsManagement => {
                Self::EnableOrganizationsRootCredentialsManagement(
                    iam::EnableOrganizationsRootCredentialsManagementRequest::from_query(params)?,
                )
            }
            Operation::EnableOrganizationsRootSessions => Self::EnableOrganizationsRootSessions(
                iam::EnableOrganizationsRootSessionsRequest::from_query(params)?,
            ),
            Operation::EnableOutboundWebIdentityFederation => {
                Self::EnableOutboundWebIdentityFederation
            }
            Operation::GenerateCredentialReport => Self::GenerateCredentialReport,
            Operation::GenerateOrganizationsAccessReport => {
                Self::GenerateOrganizationsAccessReport(
                    iam::GenerateOrganizationsAccessReportRequest::from_query(params)?,
                )
            }
            Operation::GenerateServiceLastAccessedDetails => {
                Self::GenerateServiceLastAccessedDetails(
                    iam::GenerateServiceLastAccessedDetailsRequest::from_query(params)?,
                )
            }
            Operation::GetAccessKeyLastUsed => {
                Self::GetAccessKeyLastUsed(iam::GetAccessKeyLastUsedRequest::from_query(params)?)
            }
            Operation::GetAccountAuthorizationDetails => Self::GetAccountAuthorizationDetails(
                iam::GetAccountAuthorizationDetailsRequest::from_query(params)?,
            ),
            Operation::GetAccountPasswordPolicy => Self::GetAccountPasswordPolicy,
            Operation::GetAccountSummary => Self::GetAccountSummary,
            Operation::GetContextKeysForCustomPolicy => Self::GetContextKeysForCustomPolicy(
                iam::GetContextKeysForCustomPolicyRequest::from_query(params)?,
            ),
            Operation::GetContextKeysForPrincipalPolicy => Self::GetContextKeysForPrincipalPolicy(
                iam::GetContextKeysForPrincipalPolicyRequest::from_query(params)?,
            ),
            Operation::GetCredentialReport => Self::GetCredentialReport,
            Operation::GetDelegationRequest => {
                Self::GetDelegationRequest(iam::GetDelegationRequestRequest::from_query(params)?)
            }
            Operation::GetGroup => Self::GetGroup(iam::GetGroupRequest::from_query(params)?),
            Operation::GetGroupPolicy => {
                Self::GetGroupPolicy(iam::GetGroupPolicyRequest::from_query(params)?)
            }
            Operation::GetHumanReadableSummary => Self::GetHumanReadableSummary(
                iam::GetHumanReadableSummaryRequest::from_query(params)?,
            ),
            Operation::GetInstanceProfile => {
                Self::GetInstanceProfile(iam::GetInstanceProfileRequest::from_query(params)?)
            }
            Operation::GetLoginProfile => {
                Self::GetLoginProfile(iam::GetLoginProfileRequest::from_query(params)?)
            }
            Operation::GetMFADevice => {
                Self::GetMFADevice(iam::GetMFADeviceRequest::from_query(params)?)
            }
            Operation::GetOpenIDConnectProvider => Self::GetOpenIDConnectProvider(
                iam::GetOpenIDConnectProviderRequest::from_query(params)?,
            ),
            Operation::GetOrganizationsAccessReport => Self::GetOrganizationsAccessReport(
                iam::GetOrganizationsAccessReportRequest::from_query(params)?,
            ),
            Operation::GetOutboundWebIdentityFederationInfo => {
                Self::GetOutboundWebIdentityFederationInfo
            }
            Operation::GetPolicy => Self::GetPolicy(iam::GetPolicyRequest::from_query(params)?),
            Operation::GetPolicyVersion => {
                Self::GetPolicyVersion(iam::GetPolicyVersionRequest::from_query(params)?)
            }
            Operation::GetRole => Self::GetRole(iam::GetRoleRequest::from_query(params)?),
            Operation::GetRolePolicy => {
                Self::GetRolePolicy(iam::GetRolePolicyRequest::from_query(params)?)
            }
            Operation::GetSAMLProvider => {
                Self::GetSAMLProvider(iam::GetSAMLProviderRequest::from_query(params)?)
            }
            Operation::GetSSHPublicKey => {
                Self::GetSSHPublicKey(iam::GetSSHPublicKeyRequest::from_query(params)?)
            }
            Operation::GetServerCertificate => {
                Self::GetServerCertificate(iam::GetServerCertificateRequest::from_query(params)?)
            }
            Operation::GetServiceLastAccessedDetails => Self::GetServiceLastAccessedDetails(
                iam::GetServiceLastAccessedDetailsRequest::from_query(params)?,
            ),
            Operation::GetServiceLastAccessedDetailsWithEntities => {
                Self::GetServiceLastAccessedDetailsWithEntities(
                    iam::GetServiceLastAccessedDetailsWithEntitiesRequest::from_query(params)?,
                )
            }
            Operation::GetServiceLinkedRoleDeletionStatus => {
                Self::GetServiceLinkedRoleDeletionStatus(
                    iam::GetServiceLinkedRoleDeletionStatusRequest::from_query(params)?,
                )
            }
            Operation::GetUser => Self::GetUser(iam::GetUserRequest::from_query(params)?),
            Operation::GetUserPolicy => {
                Self::GetUserPolicy(iam::GetUserPolicyRequest::from_query(params)?)
            }
            Operation::ListAccessKeys => {
                Self::ListAccessKeys(iam::ListAccessKeysRequest::from_query(params)?)
            }
            Operation::ListAccountAliases => {
                Self::ListAccountAliases(iam::ListAccountAliasesRequest::from_query(params)?)
            }
            Operation::ListAttachedGroupPolicies => Self::ListAttachedGroupPolicies(
                iam::ListAttachedGroupPoliciesRequest::from_query(params)?,
            ),
            Operation::ListAttachedRolePolicies => Self::ListAttachedRolePolicies(
                iam::ListAttachedRolePoliciesRequest::from_query(params)?,
            ),
            Operation::ListAttachedUserPolicies => Self::ListAttachedUserPolicies(
                iam::ListAttachedUserPoliciesRequest::from_query(params)?,
            ),
            Operation::ListDelegationRequests => Self::ListDelegationRequests(
                iam::ListDelegationRequestsRequest::from_query(params)?,
            ),
            Operation::ListEntitiesForPolicy => {
                Self::ListEntitiesForPolicy(iam::ListEntitiesForPolicyRequest::from_query(params)?)
            }
            Operation::ListGroupPolicies => {
                Self::ListGroupPolicies(iam::ListGroupPoliciesRequest::from_query(params)?)
            }
            Operation::ListGroups => Self::ListGroups(iam::ListGroupsRequest::from_query(params)?),
            Operation::ListGroupsForUser => {
                Self::ListGroupsForUser(iam::ListGroupsForUserRequest::from_query(params)?)
            }
            Operation::ListInstanceProfileTags => Self::ListInstanceProfileTags(
                iam::ListInstanceProfileTagsRequest::from_query(params)?,
            ),
            Operation::ListInstanceProfiles => {
                Self::ListInstanceProfiles(iam::ListInstanceProfilesRequest::from_query(params)?)
            }
            Operation::ListInstanceProfilesForRole => Self::ListInstanceProfilesForRole(
                iam::ListInstanceProfilesForRoleRequest::from_query(params)?,
            ),
            Operation::ListMFADeviceTags => {
                Self::ListMFADeviceTags(iam::ListMFADeviceTagsRequest::from_query(params)?)
            }
            Operation::ListMFADevices => {
                Self::ListMFADevices(iam::ListMFADevicesRequest::from_query(params)?)
            }
            Operation::ListOpenIDConnectProviderTags => Self::ListOpenIDConnectProviderTags(
                iam::ListOpenIDConnectProviderTagsRequest::from_query(params)?,
            ),
            Operation::ListOpenIDConnectProviders => Self::ListOpenIDConnectProviders(
                iam::ListOpenIDConnectProvidersRequest::from_query(params)?,
            ),
            Operation::ListOrganizationsFeatures => Self::ListOrganizationsFeatures(
                iam::ListOrganizationsFeaturesRequest::from_query(params)?,
            ),
            Operation::ListPolicies => {
                Self::ListPolicies(iam::ListPoliciesRequest::from_query(params)?)
            }
            Operation::ListPoliciesGrantingServiceAccess => {
                Self::ListPoliciesGrantingServiceAccess(
                    iam::ListPoliciesGrantingServiceAccessRequest::from_query(params)?,
                )
            }
            Operation::ListPolicyTags => {
                Self::ListPolicyTags(iam::ListPolicyTagsRequest::from_query(params)?)
            }
            Operation::ListPolicyVersions => {
                Self::ListPolicyVersions(iam::ListPolicyVersionsRequest::from_query(params)?)
            }
            Operation::ListRolePolicies => {
                Self::ListRolePolicies(iam::ListRolePoliciesRequest::from_query(params)?)
            }
            Operation::ListRoleTags => {
                Self::ListRoleTags(iam::ListRoleTagsRequest::from_query(params)?)
            }
            Operation::ListRoles => Self::ListRoles(iam::ListRolesRequest::from_query(params)?),
            Operation::ListSAMLProviderTags => {
                Self::ListSAMLProviderTags(iam::ListSAMLProviderTagsRequest::from_query(params)?)
            }
            Operation::ListSAMLProviders => {
                Self::ListSAMLProviders(iam::ListSAMLProvidersRequest::from_query(params)?)
            }
            Operation::ListSSHPublicKeys => {
                Self::ListSSHPublicKeys(iam::ListSSHPublicKeysRequest::from_query(params)?)
            }
            Operation::ListServerCertificateTags => Self::ListServerCertificateTags(
                iam::ListServerCertificateTagsRequest::from_query(params)?,
            ),
            Operation::ListServerCertificates => Self::ListServerCertificates(
                iam::ListServerCertificatesRequest::from_query(params)?,
            ),
            Operation::ListServiceSpecificCredentials => Self::ListServiceSpecificCredentials(
                iam::ListServiceSpecificCredentialsRequest::from_query(params)?,
            ),
            Operation::ListSigningCertificates => Self::ListSigningCertificates(
                iam::ListSigningCertificatesRequest::from_query(params)?,
            ),
            Operation::ListUserPolicies => {
                Self::ListUserPolicies(iam::ListUserPoliciesRequest::from_query(params)?)
            }
            Operation::ListUserTags => {
                Self::ListUserTags(iam::ListUserTagsRequest::from_query(params)?)
            }
            Operation::ListUsers => Self::ListUsers(iam::ListUsersRequest::from_query(params)?),
            Operation::ListVirtualMFADevices => {
                Self::ListVirtualMFADevices(iam::ListVirtualMFADevicesRequest::from_query(params)?)
            }
            Operation::PutGroupPolicy => {
                Self::PutGroupPolicy(iam::PutGroupPolicyRequest::from_query(params)?)
            }
            Operation::PutRolePermissionsBoundary => Self::PutRolePermissionsBoundary(
                iam::PutRolePermissionsBoundaryRequest::from_query(params)?,
            ),
            Operation::PutRolePolicy => {
                Self::PutRolePolicy(iam::PutRolePolicyRequest::from_query(params)?)
            }
            Operation::PutUserPermissionsBoundary => Self::PutUserPermissionsBoundary(
                iam::PutUserPermissionsBoundaryRequest::from_query(params)?,
            ),
            Operation::PutUserPolicy => {
                Self::PutUserPolicy(iam::PutUserPolicyRequest::from_query(params)?)
            }
            Operation::RejectDelegationRequest => Self::RejectDelegationRequest(
                iam::RejectDelegationRequestRequest::from_query(params)?,
            ),
            Operation::RemoveClientIDFromOpenIDConnectProvider => {
                Self::RemoveClientIDFromOpenIDConnectProvider(
                    iam::RemoveClientIDFromOpenIDConnectProviderRequest::from_query(params)?,
                )
            }
            Operation::RemoveRoleFromInstanceProfile => Self::RemoveRoleFromInstanceProfile(
                iam::RemoveRoleFromInstanceProfileRequest::from_query(params)?,
            ),
            Operation::RemoveUserFromGroup => {
                Self::RemoveUserFromGroup(iam::RemoveUserFromGroupRequest::from_query(params)?)
            }
            Operation::ResetServiceSpecificCredential => Self::ResetServiceSpecificCredential(
                iam::ResetServiceSpecificCredentialRequest::from_query(params)?,
            ),
            Operation::ResyncMFADevice => {
                Self::ResyncMFADevice(iam::ResyncMFADeviceRequest::from_query(params)?)
            }
            Operation::SendDelegationToken => {
                Self::SendDelegationToken(iam::SendDelegationTokenRequest::from_query(params)?)
            }
            Operation::SetDefaultPolicyVersion => Self::SetDefaultPolicyVersion(
                iam::SetDefaultPolicyVersionRequest::from_query(params)?,
            ),
            Operation::SetSecurityTokenServicePreferences => {
                Self::SetSecurityTokenServicePreferences(
                    iam::SetSecurityTokenServicePreferencesRequest::from_query(params)?,
                )
            }
            Operation::SimulateCustomPolicy => {
                Self::SimulateCustomPolicy(iam::SimulateCustomPolicyRequest::from_query(params)?)
            }
            Operation::SimulatePrincipalPolicy => Self::SimulatePrincipalPolicy(
                iam::SimulatePrincipalPolicyRequest::from_query(params)?,
            ),
            Operation::TagInstanceProfile => {
                Self::TagInstanceProfile(iam::TagInstanceProfileRequest::from_query(params)?)
            }
            Operation::TagMFADevice => {
                Self::TagMFADevice(iam::TagMFADeviceRequest::from_query(params)?)
            }
            Operation::TagOpenIDConnectProvider => Self::TagOpenIDConnectProvider(
                iam::TagOpenIDConnectProviderRequest::from_query(params)?,
            ),
            Operation::TagPolicy => Self::TagPolicy(iam::TagPolicyRequest::from_query(params)?),
            Operation::TagRole => Self::TagRole(iam::TagRoleRequest::from_query(params)?),
            Operation::TagSAMLProvider => {
                Self::TagSAMLProvider(iam::TagSAMLProviderRequest::from_query(params)?)
            }
            Operation::TagServerCertificate => {
                Self::TagServerCertificate(iam::TagServerCertificateRequest::from_query(params)?)
            }
            Operation::TagUser => Self::TagUser(iam::TagUserRequest::from_query(params)?),
            Operation::UntagInstanceProfile => {
                Self::UntagInstanceProfile(iam::UntagInstanceProfileRequest::from_query(params)?)
            }
            Operation::UntagMFADevice => {
                Self::UntagMFADevice(iam::UntagMFADeviceRequest::from_query(params)?)
            }
            Operation::UntagOpenIDConnectProvider => Self::UntagOpenIDConnectProvider(
                iam::UntagOpenIDConnectProviderRequest::from_query(params)?,
            ),
            Operation::UntagPolicy => {
                Self::UntagPolicy(iam::UntagPolicyRequest::from_query(params)?)
            }
            Operation::UntagRole => Self::UntagRole(iam::UntagRoleRequest::from_query(params)?),
            Operation::UntagSAMLProvider => {
                Self::UntagSAMLProvider(iam::UntagSAMLProviderRequest::from_query(params)?)
            }
            Operation::UntagServerCertificate => Self::UntagServerCertificate(
                iam::UntagServerCertificateRequest::from_query(params)?,
            ),
            Operation::UntagUser => Self::UntagUser(iam::UntagUserRequest::from_query(params)?),
            Operation::UpdateAccessKey => {
                Self::UpdateAccessKey(iam::UpdateAccessKeyRequest::from_query(params)?)
            }
            Operation::UpdateAccountPasswordPolicy => Self::UpdateAccountPasswordPolicy(
                iam::UpdateAccountPasswordPolicyRequest::from_query(params)?,
            ),
            Operation::UpdateAssumeRolePolicy => Self::UpdateAssumeRolePolicy(
                iam::UpdateAssumeRolePolicyRequest::from_query(params)?,
            ),
            Operation::UpdateDelegationRequest => Self::UpdateDelegationRequest(
                iam::UpdateDelegationRequestRequest::from_query(params)?,
            ),
            Operation::UpdateGroup => {
                Self::UpdateGroup(iam::UpdateGroupRequest::from_query(params)?)
            }
            Operation::UpdateLoginProfile => {
                Self::UpdateLoginProfile(iam::UpdateLoginProfileRequest::from_query(params)?)
            }
            Operation::UpdateOpenIDConnectProviderThumbprint => {
                Self::UpdateOpenIDConnectProviderThumbprint(
                    iam::UpdateOpenIDConnectProviderThumbprintRequest::from_query(params)?,
                )
            }
            Operation::UpdateRole => Self::UpdateRole(iam::UpdateRoleRequest::from_query(params)?),
            Operation::UpdateRoleDescription => {
                Self::UpdateRoleDescription(iam::UpdateRoleDescriptionRequest::from_query(params)?)
            }
            Operation::UpdateSAMLProvider => {
                Self::UpdateSAMLProvider(iam::UpdateSAMLProviderRequest::from_query(params)?)
            }
            Operation::UpdateSSHPublicKey => {
                Self::UpdateSSHPublicKey(iam::UpdateSSHPublicKeyRequest::from_query(params)?)
            }
            Operation::UpdateServerCertificate => Self::UpdateServerCertificate(
                iam::UpdateServerCertificateRequest::from_query(params)?,
            ),
            Operation::UpdateServiceSpecificCredential => Self::UpdateServiceSpecificCredential(
                iam::UpdateServiceSpecificCredentialRequest::from_query(params)?,
            ),
            Operation::UpdateSigningCertificate => Self::UpdateSigningCertificate(
                iam::UpdateSigningCertificateRequest::from_query(params)?,
            ),
            Operation::UpdateUser => Self::UpdateUser(iam::UpdateUserRequest::from_query(params)?),
            Operation::UploadSSHPublicKey => {
                Self::UploadSSHPublicKey(iam::UploadSSHPublicKeyRequest::from_query(params)?)
            }
            Operation::UploadServerCertificate => Self::UploadServerCertificate(
                iam::UploadServerCertificateRequest::from_query(params)?,
            ),
            Operation::UploadSigningCertificate => Self::UploadSigningCertificate(
                iam::UploadSigningCertificateRequest::from_query(params)?,
            ),
            Operation::AssumeRole => Self::AssumeRole(sts::AssumeRoleRequest::from_query(params)?),
            Operation::AssumeRoleWithSAML => {
                Self::AssumeRoleWithSAML(sts::AssumeRoleWithSAMLRequest::from_query(params)?)
            }
            Operation::AssumeRoleWithWebIdentity => Self::AssumeRoleWithWebIdentity(
                sts::AssumeRoleWithWebIdentityRequest::from_query(params)?,
            ),
            Operation::AssumeRoot => Self::AssumeRoot(sts::AssumeRootRequest::from_query(params)?),
            Operation::DecodeAuthorizationMessage => Self::DecodeAuthorizationMessage(
                sts::DecodeAuthorizationMessageRequest::from_query(params)?,
            ),
            Operation::GetAccessKeyInfo => {
                Self::GetAccessKeyInfo(sts::GetAccessKeyInfoRequest::from_query(params)?)
            }
            Operation::GetCallerIdentity => {
                Self::GetCallerIdentity(sts::GetCallerIdentityRequest::from_query(params)?)
            }
            Operation::GetDelegatedAccessToken => Self::GetDelegatedAccessToken(
                sts::GetDelegatedAccessTokenRequest::from_query(params)?,
            ),
            Operation::GetFederationToken => {
                Self::GetFederationToken(sts::GetFederationTokenRequest::from_query(params)?)
            }
            Operation::GetSessionToken => {
                Self::GetSessionToken(sts::GetSessionTokenRequest::from_query(params)?)
            }
            Operation::GetWebIdentityToken => {
                Self::GetWebIdentityToken(sts::GetWebIdentityTokenRequest::from_query(params)?)
            }
            // Not a Query operation: `Operation::from_action` never names it.
            Operation::LookupEvents => {
                return Err(ValidationError::MissingParameter {
                    parameter: "Action".to_owned(),
                });
            }
        })
    }

    /// The operation this input is for.
    #[must_use]
    pub fn operation(&self) -> Operation {
        match self {
            Self::AcceptDelegationRequest(_) => Operation::AcceptDelegationRequest,
            Self::AddClientIDToOpenIDConnectProvider(_) => {
                Operation::AddClientIDToOpenIDConnectProvider
            }
            Self::AddRoleToInstanceProfile(_) => Operation::AddRoleToInstanceProfile,
            Self::AddUserToGroup(_) => Operation::AddUserToGroup,
            Self::AssociateDelegationRequest(_) => Operation::AssociateDelegationRequest,
            Self::AttachGroupPolicy(_) => Operation::AttachGroupPolicy,
            Self::AttachRolePolicy(_) => Operation::AttachRolePolicy,
            Self::AttachUserPolicy(_) => Operation::AttachUserPolicy,
            Self::ChangePassword(_) => Operation::ChangePassword,
            Self::CreateAccessKey(_) => Operation::CreateAccessKey,
            Self::CreateAccountAlias(_) => Operation::CreateAccountAlias,
            Self::CreateDelegationRequest(_) => Operation::CreateDelegationRequest,
            Self::CreateGroup(_) => Operation::CreateGroup,
            Self::CreateInstanceProfile(_) => Operation::CreateInstanceProfile,
            Self::CreateLoginProfile(_) => Operation::CreateLoginProfile,
            Self::CreateOpenIDConnectProvider(_) => Operation::CreateOpenIDConnectProvider,
            Self::CreatePolicy(_) => Operation::CreatePolicy,
            Self::CreatePolicyVersion(_) => Operation::CreatePolicyVersion,
            Self::CreateRole(_) => Operation::CreateRole,
            Self::CreateSAMLProvider(_) => Operation::CreateSAMLProvider,
            Self::CreateServiceLinkedRole(_) => Operation::CreateServiceLinkedRole,
            Self::CreateServiceSpecificCredential(_) => Operation::CreateServiceSpecificCredential,
            Self::CreateUser(_) => Operation::CreateUser,
            Self::CreateVirtualMFADevice(_) => Operation::CreateVirtualMFADevice,
            Self::DeactivateMFADevice(_) => Operation::DeactivateMFADevice,
            Self::DeleteAccessKey(_) => Operation::DeleteAccessKey,
            Self::DeleteAccountAlias(_) => Operation::DeleteAccountAlias,
            Self::DeleteAccountPasswordPolicy => Operation::DeleteAccountPasswordPolicy,
            Self::DeleteGroup(_) => Operation::DeleteGroup,
            Self::DeleteGroupPolicy(_) => Operation::DeleteGroupPolicy,
            Self::DeleteInstanceProfile(_) => Operation::DeleteInstanceProfile,
            Self::DeleteLoginProfile(_) => Operation::DeleteLoginProfile,
            Self::DeleteOpenIDConnectProvider(_) => Operation::DeleteOpenIDConnectProvider,
            Self::DeletePolicy(_) => Operation::DeletePolicy,
            Self::DeletePolicyVersion(_) => Operation::DeletePolicyVersion,
            Self::DeleteRole(_) => Operation::DeleteRole,
            Self::DeleteRolePermissionsBoundary(_) => Operation::DeleteRolePermissionsBoundary,
            Self::DeleteRolePolicy(_) => Operation::DeleteRolePolicy,
            Self::DeleteSAMLProvider(_) => Operation::DeleteSAMLProvider,
            Self::DeleteSSHPublicKey(_) => Operation::DeleteSSHPublicKey,
            Self::DeleteServerCertificate(_) => Operation::DeleteServerCertificate,
            Self::DeleteServiceLinkedRole(_) => Operation::DeleteServiceLinkedRole,
            Self::DeleteServiceSpecificCredential(_) => Operation::DeleteServiceSpecificCredential,
            Self::DeleteSigningCertificate(_) => Operation::DeleteSigningCertificate,
            Self::DeleteUser(_) => Operation::DeleteUser,
            Self::DeleteUserPermissionsBoundary(_) => Operation::DeleteUserPermissionsBoundary,
            Self::DeleteUserPolicy(_) => Operation::DeleteUserPolicy,
            Self::DeleteVirtualMFADevice(_) => Operation::DeleteVirtualMFADevice,
            Self::DetachGroupPolicy(_) => Operation::DetachGroupPolicy,
            Self::DetachRolePolicy(_) => Operation::DetachRolePolicy,
            Self::DetachUserPolicy(_) => Operation::DetachUserPolicy,
            Self::DisableOrganizationsRootCredentialsManagement(_) => {
                Operation::DisableOrganizationsRootCredentialsManagement
            }
            Self::DisableOrganizationsRootSessions(_) => {
                Operation::DisableOrganizationsRootSessions
            }
            Self::DisableOutboundWebIdentityFederation => {
                Operation::DisableOutboundWebIdentityFederation
            }
            Self::EnableMFADevice(_) => Operation::EnableMFADevice,
            Self::EnableOrganizationsRootCredentialsManagement(_) => {
                Operation::EnableOrganizationsRootCredentialsManagement
            }
            Self::EnableOrganizationsRootSessions(_) => Operation::EnableOrganizationsRootSessions,
            Self::EnableOutboundWebIdentityFederation => {
                Operation::EnableOutboundWebIdentityFederation
            }
            Self::GenerateCredentialReport => Operation::GenerateCredentialReport,
            Self::GenerateOrganizationsAccessReport(_) => {
                Operation::GenerateOrganizationsAccessReport
            }
            Self::GenerateServiceLastAccessedDetails(_) => {
                Operation::GenerateServiceLastAccessedDetails
            }
            Self::GetAccessKeyLastUsed(_) => Operation::GetAccessKeyLastUsed,
            Self::GetAccountAuthorizationDetails(_) => Operation::GetAccountAuthorizationDetails,
            Self::GetAccountPasswordPolicy => Operation::GetAccountPasswordPolicy,
            Self::GetAccountSummary => Operation::GetAccountSummary,
            Self::GetContextKeysForCustomPolicy(_) => Operation::GetContextKeysForCustomPolicy,
            Self::GetContextKeysForPrincipalPolicy(_) => {
                Operation::GetContextKeysForPrincipalPolicy
            }
            Self::GetCredentialReport => Operation::GetCredentialReport,
            Self::GetDelegationRequest(_) => Operation::GetDelegationRequest,
            Self::GetGroup(_) => Operation::GetGroup,
            Self::GetGroupPolicy(_) => Operation::GetGroupPolicy,
            Self::GetHumanReadableSummary(_) => Operation::GetHumanReadableSummary,
            Self::GetInstanceProfile(_) => Operation::GetInstanceProfile,
            Self::GetLoginProfile(_) => Operation::GetLoginProfile,
            Self::GetMFADevice(_) => Operation::GetMFADevice,
            Self::GetOpenIDConnectProvider(_) => Operation::GetOpenIDConnectProvider,
            Self::GetOrganizationsAccessReport(_) => Operation::GetOrganizationsAccessReport,
            Self::GetOutboundWebIdentityFederationInfo => {
                Operation::GetOutboundWebIdentityFederationInfo
            }
            Self::GetPolicy(_) => Operation::GetPolicy,
            Self::GetPolicyVersion(_) => Operation::GetPolicyVersion,
            Self::GetRole(_) => Operation::GetRole,
            Self::GetRolePolicy(_) => Operation::GetRolePolicy,
            Self::GetSAMLProvider(_) => Operation::GetSAMLProvider,
            Self::GetSSHPublicKey(_) => Operation::GetSSHPublicKey,
            Self::GetServerCertificate(_) => Operation::GetServerCertificate,
            Self::GetServiceLastAccessedDetails(_) => Operation::GetServiceLastAccessedDetails,
            Self::GetServiceLastAccessedDetailsWithEntities(_) => {
                Operation::GetServiceLastAccessedDetailsWithEntities
            }
            Self::GetServiceLinkedRoleDeletionStatus(_) => {
                Operation::GetServiceLinkedRoleDeletionStatus
            }
            Self::GetUser(_) => Operation::GetUser,
            Self::GetUserPolicy(_) => Operation::GetUserPolicy,
            Self::ListAccessKeys(_) => Operation::ListAccessKeys,
            Self::ListAccountAliases(_) => Operation::ListAccountAliases,
            Self::ListAttachedGroupPolicies(_) => Operation::ListAttachedGroupPolicies,
            Self::ListAttachedRolePolicies(_) => Operation::ListAttachedRolePolicies,
            Self::ListAttachedUserPolicies(_) => Operation::ListAttachedUserPolicies,
            Self::ListDelegationRequests(_) => Operation::ListDelegationRequests,
            Self::ListEntitiesForPolicy(_) => Operation::ListEntitiesForPolicy,
            Self::ListGroupPolicies(_) => Operation::ListGroupPolicies,
            Self::ListGroups(_) => Operation::ListGroups,
            Self::ListGroupsForUser(_) => Operation::ListGroupsForUser,
            Self::ListInstanceProfileTags(_) => Operation::ListInstanceProfileTags,
            Self::ListInstanceProfiles(_) => Operation::ListInstanceProfiles,
            Self::ListInstanceProfilesForRole(_) => Operation::ListInstanceProfilesForRole,
            Self::ListMFADeviceTags(_) => Operation::ListMFADeviceTags,
            Self::ListMFADevices(_) => Operation::ListMFADevices,
            Self::ListOpenIDConnectProviderTags(_) => Operation::ListOpenIDConnectProviderTags,
            Self::ListOpenIDConnectProviders(_) => Operation::ListOpenIDConnectProviders,
            Self::ListOrganizationsFeatures(_) => Operation::ListOrganizationsFeatures,
            Self::ListPolicies(_) => Operation::ListPolicies,
            Self::ListPoliciesGrantingServiceAccess(_) => {
                Operation::ListPoliciesGrantingServiceAccess
            }
            Self::ListPolicyTags(_) => Operation::ListPolicyTags,
            Self::ListPolicyVersions(_) => Operation::ListPolicyVersions,
            Self::ListRolePolicies(_) => Operation::ListRolePolicies,
            Self::ListRoleTags(_) => Operation::ListRoleTags,
            Self::ListRoles(_) => Operation::ListRoles,
            Self::ListSAMLProviderTags(_) => Operation::ListSAMLProviderTags,
            Self::ListSAMLProviders(_) => Operation::ListSAMLProviders,
            Self::ListSSHPublicKeys(_) => Operation::ListSSHPublicKeys,
            Self::ListServerCertificateTags(_) => Operation::ListServerCertificateTags,
            Self::ListServerCertificates(_) => Operation::ListServerCertificates,
            Self::ListServiceSpecificCredentials(_) => Operation::ListServiceSpecificCredentials,
            Self::ListSigningCertificates(_) => Operation::ListSigningCertificates,
            Self::ListUserPolicies(_) => Operation::ListUserPolicies,
            Self::ListUserTags(_) => Operation::ListUserTags,
            Self::ListUsers(_) => Operation::ListUsers,
            Self::ListVirtualMFADevices(_) => Operation::ListVirtualMFADevices,
            Self::PutGroupPolicy(_) => Operation::PutGroupPolicy,
            Self::PutRolePermissionsBoundary(_) => Operation::PutRolePermissionsBoundary,
            Self::PutRolePolicy(_) => Operation::PutRolePolicy,
            Self::PutUserPermissionsBoundary(_) => Operation::PutUserPermissionsBoundary,
            Self::PutUserPolicy(_) => Operation::PutUserPolicy,
            Self::RejectDelegationRequest(_) => Operation::RejectDelegationRequest,
            Self::RemoveClientIDFromOpenIDConnectProvider(_) => {
                Operation::RemoveClientIDFromOpenIDConnectProvider
            }
            Self::RemoveRoleFromInstanceProfile(_) => Operation::RemoveRoleFromInstanceProfile,
            Self::RemoveUserFromGroup(_) => Operation::RemoveUserFromGroup,
            Self::ResetServiceSpecificCredential(_) => Operation::ResetServiceSpecificCredential,
            Self::ResyncMFADevice(_) => Operation::ResyncMFADevice,
            Self::SendDelegationToken(_) => Operation::SendDelegationToken,
            Self::SetDefaultPolicyVersion(_) => Operation::SetDefaultPolicyVersion,
            Self::SetSecurityTokenServicePreferences(_) => {
                Operation::SetSecurityTokenServicePreferences
            }
            Self::SimulateCustomPolicy(_) => Operation::SimulateCustomPolicy,
            Self::SimulatePrincipalPolicy(_) => Operation::SimulatePrincipalPolicy,
            Self::TagInstanceProfile(_) => Operation::TagInstanceProfile,
            Self::TagMFADevice(_) => Operation::TagMFADevice,
            Self::TagOpenIDConnectProvider(_) => Operation::TagOpenIDConnectProvider,
            Self::TagPolicy(_) => Operation::TagPolicy,
            Self::TagRole(_) => Operation::TagRole,
            Self::TagSAMLProvider(_) => Operation::TagSAMLProvider,
            Self::TagServerCertificate(_) => Operation::TagServerCertificate,
            Self::TagUser(_) => Operation::TagUser,
            Self::UntagInstanceProfile(_) => Operation::UntagInstanceProfile,
            Self::UntagMFADevice(_) => Operation::UntagMFADevice,
            Self::UntagOpenIDConnectProvider(_) => Operation::UntagOpenIDConnectProvider,
            Self::UntagPolicy(_) => Operation::UntagPolicy,
            Self::UntagRole(_) => Operation::UntagRole,
            Self::UntagSAMLProvider(_) => Operation::UntagSAMLProvider,
            Self::UntagServerCertificate(_) => Operation::UntagServerCertificate,
            Self::UntagUser(_) => Operation::UntagUser,
            Self::UpdateAccessKey(_) => Operation::UpdateAccessKey,
            Self::UpdateAccountPasswordPolicy(_) => Operation::UpdateAccountPasswordPolicy,
            Self::UpdateAssumeRolePolicy(_) => Operation::UpdateAssumeRolePolicy,
            Self::UpdateDelegationRequest(_) => Operation::UpdateDelegationRequest,
            Self::UpdateGroup(_) => Operation::UpdateGroup,
            Self::UpdateLoginProfile(_) => Operation::UpdateLoginProfile,
            Self::UpdateOpenIDConnectProviderThumbprint(_) => {
                Operation::UpdateOpenIDConnectProviderThumbprint
            }
            Self::UpdateRole(_) => Operation::UpdateRole,
            Self::UpdateRoleDescription(_) => Operation::UpdateRoleDescription,
            Self::UpdateSAMLProvider(_) => Operation::UpdateSAMLProvider,
            Self::UpdateSSHPublicKey(_) => Operation::UpdateSSHPublicKey,
            Self::UpdateServerCertificate(_) => Operation::UpdateServerCertificate,
            Self::UpdateServiceSpecificCredential(_) => Operation::UpdateServiceSpecificCredential,
            Self::UpdateSigningCertificate(_) => Operation::UpdateSigningCertificate,
            Self::UpdateUser(_) => Operation::UpdateUser,
            Self::UploadSSHPublicKey(_) => Operation::UploadSSHPublicKey,
            Self::UploadServerCertificate(_) => Operation::UploadServerCertificate,
            Self::UploadSigningCertificate(_) => Operation::UploadSigningCertificate,
            Self::AssumeRole(_) => Operation::AssumeRole,
            Self::AssumeRoleWithSAML(_) => Operation::AssumeRoleWithSAML,
            Self::AssumeRoleWithWebIdentity(_) => Operation::AssumeRoleWithWebIdentity,
            Self::AssumeRoot(_) => Operation::AssumeRoot,
            Self::DecodeAuthorizationMessage(_) => Operation::DecodeAuthorizationMessage,
            Self::GetAccessKeyInfo(_) => Operation::GetAccessKeyInfo,
            Self::GetCallerIdentity(_) => Operation::GetCallerIdentity,
            Self::GetDelegatedAccessToken(_) => Operation::GetDelegatedAccessToken,
            Self::GetFederationToken(_) => Operation::GetFederationToken,
            Self::GetSessionToken(_) => Operation::GetSessionToken,
            Self::GetWebIdentityToken(_) => Operation::GetWebIdentityToken,
        }
    }
}

/// A successful result: one variant per operation, with its typed output if the model gives one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    AcceptDelegationRequest,
    AddClientIDToOpenIDConnectProvider,
    AddRoleToInstanceProfile,
    AddUserToGroup,
    AssociateDelegationRequest,
    AttachGroupPolicy,
    AttachRolePolicy,
    AttachUserPolicy,
    ChangePassword,
    CreateAccessKey(iam::CreateAccessKeyResponse),
    CreateAccountAlias,
    CreateDelegationRequest(iam::CreateDelegationRequestResponse),
    CreateGroup(iam::CreateGroupResponse),
    CreateInstanceProfile(iam::CreateInstanceProfileResponse),
    CreateLoginProfile(iam::CreateLoginProfileResponse),
    CreateOpenIDConnectProvider(iam::CreateOpenIDConnectProviderResponse),
    CreatePolicy(iam::CreatePolicyResponse),
    CreatePolicyVersion(iam::CreatePolicyVersionResponse),
    CreateRole(iam::CreateRoleResponse),
    CreateSAMLProvider(iam::CreateSAMLProviderResponse),
    CreateServiceLinkedRole(iam::CreateServiceLinkedRoleResponse),
    CreateServiceSpecificCredential(iam::CreateServiceSpecificCredentialResponse),
    CreateUser(iam::CreateUserResponse),
    CreateVirtualMFADevice(iam::CreateVirtualMFADeviceResponse),
    DeactivateMFADevice,
    DeleteAccessKey,
    DeleteAccountAlias,
    DeleteAccountPasswordPolicy,
    DeleteGroup,
    DeleteGroupPolicy,
    DeleteInstanceProfile,
    DeleteLoginProfile,
    DeleteOpenIDConnectProvider,
    DeletePolicy,
    DeletePolicyVersion,
    DeleteRole,
    DeleteRolePermissionsBoundary,
    DeleteRolePolicy,
    DeleteSAMLProvider,
    DeleteSSHPublicKey,
    DeleteServerCertificate,
    DeleteServiceLinkedRole(iam::DeleteServiceLinkedRoleResponse),
    DeleteServiceSpecificCredential,
    DeleteSigningCertificate,
    DeleteUser,
    DeleteUserPermissionsBoundary,
    DeleteUserPolicy,
    DeleteVirtualMFADevice,
    DetachGroupPolicy,
    DetachRolePolicy,
    DetachUserPolicy,
    DisableOrganizationsRootCredentialsManagement(
        iam::DisableOrganizationsRootCredentialsManagementResponse,
    ),
    DisableOrganizationsRootSessions(iam::DisableOrganizationsRootSessionsResponse),
    DisableOutboundWebIdentityFederation,
    EnableMFADevice,
    EnableOrganizationsRootCredentialsManagement(
        iam::EnableOrganizationsRootCredentialsManagementResponse,
    ),
    EnableOrganizationsRootSessions(iam::EnableOrganizationsRootSessionsResponse),
    EnableOutboundWebIdentityFederation(iam::EnableOutboundWebIdentityFederationResponse),
    GenerateCredentialReport(iam::GenerateCredentialReportResponse),
    GenerateOrganizationsAccessReport(iam::GenerateOrganizationsAccessReportResponse),
    GenerateServiceLastAccessedDetails(iam::GenerateServiceLastAccessedDetailsResponse),
    GetAccessKeyLastUsed(iam::GetAccessKeyLastUsedResponse),
    GetAccountAuthorizationDetails(iam::GetAccountAuthorizationDetailsResponse),
    GetAccountPasswordPolicy(iam::GetAccountPasswordPolicyResponse),
    GetAccountSummary(iam::GetAccountSummaryResponse),
    GetContextKeysForCustomPolicy(iam::GetContextKeysForPolicyResponse),
    GetContextKeysForPrincipalPolicy(iam::GetContextKeysForPolicyResponse),
    GetCredentialReport(iam::GetCredentialReportResponse),
    GetDelegationRequest(iam::GetDelegationRequestResponse),
    GetGroup(iam::GetGroupResponse),
    GetGroupPolicy(iam::GetGroupPolicyResponse),
    GetHumanReadableSummary(iam::GetHumanReadableSummaryResponse),
    GetInstanceProfile(iam::GetInstanceProfileResponse),
    GetLoginProfile(iam::GetLoginProfileResponse),
    GetMFADevice(iam::GetMFADeviceResponse),
    GetOpenIDConnectProvider(iam::GetOpenIDConnectProviderResponse),
    GetOrganizationsAccessReport(iam::GetOrganizationsAccessReportResponse),
    GetOutboundWebIdentityFederationInfo(iam::GetOutboundWebIdentityFederationInfoResponse),
    GetPolicy(iam::GetPolicyResponse),
    GetPolicyVersion(iam::GetPolicyVersionResponse),
    GetRole(iam::GetRoleResponse),
    GetRolePolicy(iam::GetRolePolicyResponse),
    GetSAMLProvider(iam::GetSAMLProviderResponse),
    GetSSHPublicKey(iam::GetSSHPublicKeyResponse),
    GetServerCertificate(iam::GetServerCertificateResponse),
    GetServiceLastAccessedDetails(iam::GetServiceLastAccessedDetailsResponse),
    GetServiceLastAccessedDetailsWithEntities(
        iam::GetServiceLastAccessedDetailsWithEntitiesResponse,
    ),
    GetServiceLinkedRoleDeletionStatus(iam::GetServiceLinkedRoleDeletionStatusResponse),
    GetUser(iam::GetUserResponse),
    GetUserPolicy(iam::GetUserPolicyResponse),
    ListAccessKeys(iam::ListAccessKeysResponse),
    ListAccountAliases(iam::ListAccountAliasesResponse),
    ListAttachedGroupPolicies(iam::ListAttachedGroupPoliciesResponse),
    ListAttachedRolePolicies(iam::ListAttachedRolePoliciesResponse),
    ListAttachedUserPolicies(iam::ListAttachedUserPoliciesResponse),
    ListDelegationRequests(iam::ListDelegationRequestsResponse),
    ListEntitiesForPolicy(iam::ListEntitiesForPolicyResponse),
    ListGroupPolicies(iam::ListGroupPoliciesResponse),
    ListGroups(iam::ListGroupsResponse),
    ListGroupsForUser(iam::ListGroupsForUserResponse),
    ListInstanceProfileTags(iam::ListInstanceProfileTagsResponse),
    ListInstanceProfiles(iam::ListInstanceProfilesResponse),
    ListInstanceProfilesForRole(iam::ListInstanceProfilesForRoleResponse),
    ListMFADeviceTags(iam::ListMFADeviceTagsResponse),
    ListMFADevices(iam::ListMFADevicesResponse),
    ListOpenIDConnectProviderTags(iam::ListOpenIDConnectProviderTagsResponse),
    ListOpenIDConnectProviders(iam::ListOpenIDConnectProvidersResponse),
    ListOrganizationsFeatures(iam::ListOrganizationsFeaturesResponse),
    ListPolicies(iam::ListPoliciesResponse),
    ListPoliciesGrantingServiceAccess(iam::ListPoliciesGrantingServiceAccessResponse),
    ListPolicyTags(iam::ListPolicyTagsResponse),
    ListPolicyVersions(iam::ListPolicyVersionsResponse),
    ListRolePolicies(iam::ListRolePoliciesResponse),
    ListRoleTags(iam::ListRoleTagsResponse),
    ListRoles(iam::ListRolesResponse),
    ListSAMLProviderTags(iam::ListSAMLProviderTagsResponse),
    ListSAMLProviders(iam::ListSAMLProvidersResponse),
    ListSSHPublicKeys(iam::ListSSHPublicKeysResponse),
    ListServerCertificateTags(iam::ListServerCertificateTagsResponse),
    ListServerCertificates(iam::ListServerCertificatesResponse),
    ListServiceSpecificCredentials(iam::ListServiceSpecificCredentialsResponse),
    ListSigningCertificates(iam::ListSigningCertificatesResponse),
    ListUserPolicies(iam::ListUserPoliciesResponse),
    ListUserTags(iam::ListUserTagsResponse),
    ListUsers(iam::ListUsersResponse),
    ListVirtualMFADevices(iam::ListVirtualMFADevicesResponse),
    PutGroupPolicy,
    PutRolePermissionsBoundary,
    PutRolePolicy,
    PutUserPermissionsBoundary,
    PutUserPolicy,
    RejectDelegationRequest,
    RemoveClientIDFromOpenIDConnectProvider,
    RemoveRoleFromInstanceProfile,
    RemoveUserFromGroup,
    ResetServiceSpecificCredential(iam::ResetServiceSpecificCredentialResponse),
    ResyncMFADevice,
    SendDelegationToken,
    SetDefaultPolicyVersion,
    SetSecurityTokenServicePreferences,
    SimulateCustomPolicy(iam::SimulatePolicyResponse),
    SimulatePrincipalPolicy(iam::SimulatePolicyResponse),
    TagInstanceProfile,
    TagMFADevice,
    TagOpenIDConnectProvider,
    TagPolicy,
    TagRole,
    TagSAMLProvider,
    TagServerCertificate,
    TagUser,
    UntagInstanceProfile,
    UntagMFADevice,
    UntagOpenIDConnectProvider,
    UntagPolicy,
    UntagRole,
    UntagSAMLProvider,
    UntagServerCertificate,
    UntagUser,
    UpdateAccessKey,
    UpdateAccountPasswordPolicy,
    UpdateAssumeRolePolicy,
    UpdateDelegationRequest,
    UpdateGroup,
    UpdateLoginProfile,
    UpdateOpenIDConnectProviderThumbprint,
    UpdateRole(iam::UpdateRoleResponse),
    UpdateRoleDescription(iam::UpdateRoleDescriptionResponse),
    UpdateSAMLProvider(iam::UpdateSAMLProviderResponse),
    UpdateSSHPublicKey,
    UpdateServerCertificate,
    UpdateServiceSpecificCredential,
    UpdateSigningCertificate,
    UpdateUser,
    UploadSSHPublicKey(iam::UploadSSHPublicKeyResponse),
    UploadServerCertificate(iam::UploadServerCertificateResponse),
    UploadSigningCertificate(iam::UploadSigningCertificateResponse),
    AssumeRole(sts::AssumeRoleResponse),
    AssumeRoleWithSAML(sts::AssumeRoleWithSAMLResponse),
    AssumeRoleWithWebIdentity(sts::AssumeRoleWithWebIdentityResponse),
    AssumeRoot(sts::AssumeRootResponse),
    DecodeAuthorizationMessage(sts::DecodeAuthorizationMessageResponse),
    GetAccessKeyInfo(sts::GetAccessKeyInfoResponse),
    GetCallerIdentity(sts::GetCallerIdentityResponse),
    GetDelegatedAccessToken(sts::GetDelegatedAccessTokenResponse),
    GetFederationToken(sts::GetFederationTokenResponse),
    GetSessionToken(sts::GetSessionTokenResponse),
    GetWebIdentityToken(sts::GetWebIdentityTokenResponse),
}

impl Output {
    /// The operation this output is for.
    #[must_use]
    pub fn operation(&self) -> Operation {
        match self {
            Self::AcceptDelegationRequest => Operation::AcceptDelegationRequest,
            Self::AddClientIDToOpenIDConnectProvider => {
                Operation::AddClientIDToOpenIDConnectProvider
            }
            Self::AddRoleToInstanceProfile => Operation::AddRoleToInstanceProfile,
            Self::AddUserToGroup => Operation::AddUserToGroup,
            Self::AssociateDelegationRequest => Operation::AssociateDelegationRequest,
            Self::AttachGroupPolicy => Operation::AttachGroupPolicy,
            Self::AttachRolePolicy => Operation::AttachRolePolicy,
            Self::AttachUserPolicy => Operation::AttachUserPolicy,
            Self::ChangePassword => Operation::ChangePassword,
            Self::CreateAccessKey(_) => Operation::CreateAccessKey,
            Self::CreateAccountAlias => Operation::CreateAccountAlias,
            Self::CreateDelegationRequest(_) => Operation::CreateDelegationRequest,
            Self::CreateGroup(_) => Operation::CreateGroup,
            Self::CreateInstanceProfile(_) => Operation::CreateInstanceProfile,
            Self::CreateLoginProfile(_) => Operation::CreateLoginProfile,
            Self::CreateOpenIDConnectProvider(_) => Operation::CreateOpenIDConnectProvider,
            Self::CreatePolicy(_) => Operation::CreatePolicy,
            Self::CreatePolicyVersion(_) => Operation::CreatePolicyVersion,
            Self::CreateRole(_) => Operation::CreateRole,
            Self::CreateSAMLProvider(_) => Operation::CreateSAMLProvider,
            Self::CreateServiceLinkedRole(_) => Operation::CreateServiceLinkedRole,
            Self::CreateServiceSpecificCredential(_) => Operation::CreateServiceSpecificCredential,
            Self::CreateUser(_) => Operation::CreateUser,
            Self::CreateVirtualMFADevice(_) => Operation::CreateVirtualMFADevice,
            Self::DeactivateMFADevice => Operation::DeactivateMFADevice,
            Self::DeleteAccessKey => Operation::DeleteAccessKey,
            Self::DeleteAccountAlias => Operation::DeleteAccountAlias,
            Self::DeleteAccountPasswordPolicy => Operation::DeleteAccountPasswordPolicy,
            Self::DeleteGroup => Operation::DeleteGroup,
            Self::DeleteGroupPolicy => Operation::DeleteGroupPolicy,
            Self::DeleteInstanceProfile => Operation::DeleteInstanceProfile,
            Self::DeleteLoginProfile => Operation::DeleteLoginProfile,
            Self::DeleteOpenIDConnectProvider => Operation::DeleteOpenIDConnectProvider,
            Self::DeletePolicy => Operation::DeletePolicy,
            Self::DeletePolicyVersion => Operation::DeletePolicyVersion,
            Self::DeleteRole => Operation::DeleteRole,
            Self::DeleteRolePermissionsBoundary => Operation::DeleteRolePermissionsBoundary,
            Self::DeleteRolePolicy => Operation::DeleteRolePolicy,
            Self::DeleteSAMLProvider => Operation::DeleteSAMLProvider,
            Self::DeleteSSHPublicKey => Operation::DeleteSSHPublicKey,
            Self::DeleteServerCertificate => Operation::DeleteServerCertificate,
            Self::DeleteServiceLinkedRole(_) => Operation::DeleteServiceLinkedRole,
            Self::DeleteServiceSpecificCredential => Operation::DeleteServiceSpecificCredential,
            Self::DeleteSigningCertificate => Operation::DeleteSigningCertificate,
            Self::DeleteUser => Operation::DeleteUser,
            Self::DeleteUserPermissionsBoundary => Operation::DeleteUserPermissionsBoundary,
            Self::DeleteUserPolicy => Operation::DeleteUserPolicy,
            Self::DeleteVirtualMFADevice => Operation::DeleteVirtualMFADevice,
            Self::DetachGroupPolicy => Operation::DetachGroupPolicy,
            Self::DetachRolePolicy => Operation::DetachRolePolicy,
            Self::DetachUserPolicy => Operation::DetachUserPolicy,
            Self::DisableOrganizationsRootCredentialsManagement(_) => {
                Operation::DisableOrganizationsRootCredentialsManagement
            }
            Self::DisableOrganizationsRootSessions(_) => {
                Operation::DisableOrganizationsRootSessions
            }
            Self::DisableOutboundWebIdentityFederation => {
                Operation::DisableOutboundWebIdentityFederation
            }
            Self::EnableMFADevice => Operation::EnableMFADevice,
            Self::EnableOrganizationsRootCredentialsManagement(_) => {
                Operation::EnableOrganizationsRootCredentialsManagement
            }
            Self::EnableOrganizationsRootSessions(_) => Operation::EnableOrganizationsRootSessions,
            Self::EnableOutboundWebIdentityFederation(_) => {
                Operation::EnableOutboundWebIdentityFederation
            }
            Self::GenerateCredentialReport(_) => Operation::GenerateCredentialReport,
            Self::GenerateOrganizationsAccessReport(_) => {
                Operation::GenerateOrganizationsAccessReport
            }
            Self::GenerateServiceLastAccessedDetails(_) => {
                Operation::GenerateServiceLastAccessedDetails
            }
            Self::GetAccessKeyLastUsed(_) => Operation::GetAccessKeyLastUsed,
            Self::GetAccountAuthorizationDetails(_) => Operation::GetAccountAuthorizationDetails,
            Self::GetAccountPasswordPolicy(_) => Operation::GetAccountPasswordPolicy,
            Self::GetAccountSummary(_) => Operation::GetAccountSummary,
            Self::GetContextKeysForCustomPolicy(_) => Operation::GetContextKeysForCustomPolicy,
            Self::GetContextKeysForPrincipalPolicy(_) => {
                Operation::GetContextKeysForPrincipalPolicy
            }
            Self::GetCredentialReport(_) => Operation::GetCredentialReport,
            Self::GetDelegationRequest(_) => Operation::GetDelegationRequest,
            Self::GetGroup(_) => Operation::GetGroup,
            Self::GetGroupPolicy(_) => Operation::GetGroupPolicy,
            Self::GetHumanReadableSummary(_) => Operation::GetHumanReadableSummary,
            Self::GetInstanceProfile(_) => Operation::GetInstanceProfile,
            Self::GetLoginProfile(_) => Operation::GetLoginProfile,
            Self::GetMFADevice(_) => Operation::GetMFADevice,
            Self::GetOpenIDConnectProvider(_) => Operation::GetOpenIDConnectProvider,
            Self::GetOrganizationsAccessReport(_) => Operation::GetOrganizationsAccessReport,
            Self::GetOutboundWebIdentityFederationInfo(_) => {
                Operation::GetOutboundWebIdentityFederationInfo
            }
            Self::GetPolicy(_) => Operation::GetPolicy,
            Self::GetPolicyVersion(_) => Operation::GetPolicyVersion,
            Self::GetRole(_) => Operation::GetRole,
            Self::GetRolePolicy(_) => Operation::GetRolePolicy,
            Self::GetSAMLProvider(_) => Operation::GetSAMLProvider,
            Self::GetSSHPublicKey(_) => Operation::GetSSHPublicKey,
            Self::GetServerCertificate(_) => Operation::GetServerCertificate,
            Self::GetServiceLastAccessedDetails(_) => Operation::GetServiceLastAccessedDetails,
            Self::GetServiceLastAccessedDetailsWithEntities(_) => {
                Operation::GetServiceLastAccessedDetailsWithEntities
            }
            Self::GetServiceLinkedRoleDeletionStatus(_) => {
                Operation::GetServiceLinkedRoleDeletionStatus
            }
            Self::GetUser(_) => Operation::GetUser,
            Self::GetUserPolicy(_) => Operation::GetUserPolicy,
            Self::ListAccessKeys(_) => Operation::ListAccessKeys,
            Self::ListAccountAliases(_) => Operation::ListAccountAliases,
            Self::ListAttachedGroupPolicies(_) => Operation::ListAttachedGroupPolicies,
            Self::ListAttachedRolePolicies(_) => Operation::ListAttachedRolePolicies,
            Self::ListAttachedUserPolicies(_) => Operation::ListAttachedUserPolicies,
            Self::ListDelegationRequests(_) => Operation::ListDelegationRequests,
            Self::ListEntitiesForPolicy(_) => Operation::ListEntitiesForPolicy,
            Self::ListGroupPolicies(_) => Operation::ListGroupPolicies,
            Self::ListGroups(_) => Operation::ListGroups,
            Self::ListGroupsForUser(_) => Operation::ListGroupsForUser,
            Self::ListInstanceProfileTags(_) => Operation::ListInstanceProfileTags,
            Self::ListInstanceProfiles(_) => Operation::ListInstanceProfiles,
            Self::ListInstanceProfilesForRole(_) => Operation::ListInstanceProfilesForRole,
            Self::ListMFADeviceTags(_) => Operation::ListMFADeviceTags,
            Self::ListMFADevices(_) => Operation::ListMFADevices,
            Self::ListOpenIDConnectProviderTags(_) => Operation::ListOpenIDConnectProviderTags,
            Self::ListOpenIDConnectProviders(_) => Operation::ListOpenIDConnectProviders,
            Self::ListOrganizationsFeatures(_) => Operation::ListOrganizationsFeatures,
            Self::ListPolicies(_) => Operation::ListPolicies,
            Self::ListPoliciesGrantingServiceAccess(_) => {
                Operation::ListPoliciesGrantingServiceAccess
            }
            Self::ListPolicyTags(_) => Operation::ListPolicyTags,
            Self::ListPolicyVersions(_) => Operation::ListPolicyVersions,
            Self::ListRolePolicies(_) => Operation::ListRolePolicies,
            Self::ListRoleTags(_) => Operation::ListRoleTags,
            Self::ListRoles(_) => Operation::ListRoles,
            Self::ListSAMLProviderTags(_) => Operation::ListSAMLProviderTags,
            Self::ListSAMLProviders(_) => Operation::ListSAMLProviders,
            Self::ListSSHPublicKeys(_) => Operation::ListSSHPublicKeys,
            Self::ListServerCertificateTags(_) => Operation::ListServerCertificateTags,
            Self::ListServerCertificates(_) => Operation::ListServerCertificates,
            Self::ListServiceSpecificCredentials(_) => Operation::ListServiceSpecificCredentials,
            Self::ListSigningCertificates(_) => Operation::ListSigningCertificates,
            Self::ListUserPolicies(_) => Operation::ListUserPolicies,
            Self::ListUserTags(_) => Operation::ListUserTags,
            Self::ListUsers(_) => Operation::ListUsers,
            Self::ListVirtualMFADevices(_) => Operation::ListVirtualMFADevices,
            Self::PutGroupPolicy => Operation::PutGroupPolicy,
            Self::PutRolePermissionsBoundary => Operation::PutRolePermissionsBoundary,
            Self::PutRolePolicy => Operation::PutRolePolicy,
            Self::PutUserPermissionsBoundary => Operation::PutUserPermissionsBoundary,
            Self::PutUserPolicy => Operation::PutUserPolicy,
            Self::RejectDelegationRequest => Operation::RejectDelegationRequest,
            Self::RemoveClientIDFromOpenIDConnectProvider => {
                Operation::RemoveClientIDFromOpenIDConnectProvider
            }
            Self::RemoveRoleFromInstanceProfile => Operation::RemoveRoleFromInstanceProfile,
            Self::RemoveUserFromGroup => Operation::RemoveUserFromGroup,
            Self::ResetServiceSpecificCredential(_) => Operation::ResetServiceSpecificCredential,
            Self::ResyncMFADevice => Operation::ResyncMFADevice,
            Self::SendDelegationToken => Operation::SendDelegationToken,
            Self::SetDefaultPolicyVersion => Operation::SetDefaultPolicyVersion,
            Self::SetSecurityTokenServicePreferences => {
                Operation::SetSecurityTokenServicePreferences
            }
            Self::SimulateCustomPolicy(_) => Operation::SimulateCustomPolicy,
            Self::SimulatePrincipalPolicy(_) => Operation::SimulatePrincipalPolicy,
            Self::TagInstanceProfile => Operation::TagInstanceProfile,
            Self::TagMFADevice => Operation::TagMFADevice,
            Self::TagOpenIDConnectProvider => Operation::TagOpenIDConnectProvider,
            Self::TagPolicy => Operation::TagPolicy,
            Self::TagRole => Operation::TagRole,
            Self::TagSAMLProvider => Operation::TagSAMLProvider,
            Self::TagServerCertificate => Operation::TagServerCertificate,
            Self::TagUser => Operation::TagUser,
            Self::UntagInstanceProfile => Operation::UntagInstanceProfile,
            Self::UntagMFADevice => Operation::UntagMFADevice,
            Self::UntagOpenIDConnectProvider => Operation::UntagOpenIDConnectProvider,
            Self::UntagPolicy => Operation::UntagPolicy,
            Self::UntagRole => Operation::UntagRole,
            Self::UntagSAMLProvider => Operation::UntagSAMLProvider,
            Self::UntagServerCertificate => Operation::UntagServerCertificate,
            Self::UntagUser => Operation::UntagUser,
            Self::UpdateAccessKey => Operation::UpdateAccessKey,
            Self::UpdateAccountPasswordPolicy => Operation::UpdateAccountPasswordPolicy,
            Self::UpdateAssumeRolePolicy => Operation::UpdateAssumeRolePolicy,
            Self::UpdateDelegationRequest => Operation::UpdateDelegationRequest,
            Self::UpdateGroup => Operation::UpdateGroup,
            Self::UpdateLoginProfile => Operation::UpdateLoginProfile,
            Self::UpdateOpenIDConnectProviderThumbprint => {
                Operation::UpdateOpenIDConnectProviderThumbprint
            }
            Self::UpdateRole(_) => Operation::UpdateRole,
            Self::UpdateRoleDescription(_) => Operation::UpdateRoleDescription,
            Self::UpdateSAMLProvider(_) => Operation::UpdateSAMLProvider,
            Self::UpdateSSHPublicKey => Operation::UpdateSSHPublicKey,
            Self::UpdateServerCertificate => Operation::UpdateServerCertificate,
            Self::UpdateServiceSpecificCredential => Operation::UpdateServiceSpecificCredential,
            Self::UpdateSigningCertificate => Operation::UpdateSigningCertificate,
            Self::UpdateUser => Operation::UpdateUser,
            Self::UploadSSHPublicKey(_) => Operation::UploadSSHPublicKey,
            Self::UploadServerCertificate(_) => Operation::UploadServerCertificate,
            Self::UploadSigningCertificate(_) => Operation::UploadSigningCertificate,
            Self::AssumeRole(_) => Operation::AssumeRole,
            Self::AssumeRoleWithSAML(_) => Operation::AssumeRoleWithSAML,
            Self::AssumeRoleWithWebIdentity(_) => Operation::AssumeRoleWithWebIdentity,
            Self::AssumeRoot(_) => Operation::AssumeRoot,
            Self::DecodeAuthorizationMessage(_) => Operation::DecodeAuthorizationMessage,
            Self::GetAccessKeyInfo(_) => Operation::GetAccessKeyInfo,
            Self::GetCallerIdentity(_) => Operation::GetCallerIdentity,
            Self::GetDelegatedAccessToken(_) => Operation::GetDelegatedAccessToken,
            Self::GetFederationToken(_) => Operation::GetFederationToken,
            Self::GetSessionToken(_) => Operation::GetSessionToken,
            Self::GetWebIdentityToken(_) => Operation::GetWebIdentityToken,
        }
    }

    /// The XML response body: `<{Action}Response xmlns=…>` with the `<{Action}Result>` (if any) and `<ResponseMetadata>`.
    ///
    /// # Errors
    /// When a timestamp cannot be formatted or writing fails.
    pub fn to_xml(&self, request_id: &str) -> Result<String, EncodeError> {
        let operation = self.operation();
        let result: Option<&dyn xml::WriteXml> = match self {
            Self::AcceptDelegationRequest => None,
            Self::AddClientIDToOpenIDConnectProvider => None,
            Self::AddRoleToInstanceProfile => None,
            Self::AddUserToGroup => None,
            Self::AssociateDelegationRequest => None,
            Self::AttachGroupPolicy => None,
            Self::AttachRolePolicy => None,
            Self::AttachUserPolicy => None,
            Self::ChangePassword => None,
            Self::CreateAccessKey(v) => Some(v),
            Self::CreateAccountAlias => None,
            Self::CreateDelegationRequest(v) => Some(v),
            Self::CreateGroup(v) => Some(v),
            Self::CreateInstanceProfile(v) => Some(v),
            Self::CreateLoginProfile(v) => Some(v),
            Self::CreateOpenIDConnectProvider(v) => Some(v),
            Self::CreatePolicy(v) => Some(v),
            Self::CreatePolicyVersion(v) => Some(v),
            Self::CreateRole(v) => Some(v),
            Self::CreateSAMLProvider(v) => Some(v),
            Self::CreateServiceLinkedRole(v) => Some(v),
            Self::CreateServiceSpecificCredential(v) => Some(v),
            Self::CreateUser(v) => Some(v),
            Self::CreateVirtualMFADevice(v) => Some(v),
            Self::DeactivateMFADevice => None,
            Self::DeleteAccessKey => None,
            Self::DeleteAccountAlias => None,
            Self::DeleteAccountPasswordPolicy => None,
            Self::DeleteGroup => None,
            Self::DeleteGroupPolicy => None,
            Self::DeleteInstanceProfile => None,
            Self::DeleteLoginProfile => None,
            Self::DeleteOpenIDConnectProvider => None,
            Self::DeletePolicy => None,
            Self::DeletePolicyVersion => None,
            Self::DeleteRole => None,
            Self::DeleteRolePermissionsBoundary => None,
            Self::DeleteRolePolicy => None,
            Self::DeleteSAMLProvider => None,
            Self::DeleteSSHPublicKey => None,
            Self::DeleteServerCertificate => None,
            Self::DeleteServiceLinkedRole(v) => Some(v),
            Self::DeleteServiceSpecificCredential => None,
            Self::DeleteSigningCertificate => None,
            Self::DeleteUser => None,
            Self::DeleteUserPermissionsBoundary => None,
            Self::DeleteUserPolicy => None,
            Self::DeleteVirtualMFADevice => None,
            Self::DetachGroupPolicy => None,
            Self::DetachRolePolicy => None,
            Self::DetachUserPolicy => None,
            Self::DisableOrganizationsRootCredentialsManagement(v) => Some(v),
            Self::DisableOrganizationsRootSessions(v) => Some(v),
            Self::DisableOutboundWebIdentityFederation => None,
            Self::EnableMFADevice => None,
            Self::EnableOrganizationsRootCredentialsManagement(v) => Some(v),
            Self::EnableOrganizationsRootSessions(v) => Some(v),
            Self::EnableOutboundWebIdentityFederation(v) => Some(v),
            Self::GenerateCredentialReport(v) => Some(v),
            Self::GenerateOrganizationsAccessReport(v) => Some(v),
            Self::GenerateServiceLastAccessedDetails(v) => Some(v),
            Self::GetAccessKeyLastUsed(v) => Some(v),
            Self::GetAccountAuthorizationDetails(v) => Some(v),
            Self::GetAccountPasswordPolicy(v) => Some(v),
            Self::GetAccountSummary(v) => Some(v),
            Self::GetContextKeysForCustomPolicy(v) => Some(v),
            Self::GetContextKeysForPrincipalPolicy(v) => Some(v),
            Self::GetCredentialReport(v) => Some(v),
            Self::GetDelegationRequest(v) => Some(v),
            Self::GetGroup(v) => Some(v),
            Self::GetGroupPolicy(v) => Some(v),
            Self::GetHumanReadableSummary(v) => Some(v),
            Self::GetInstanceProfile(v) => Some(v),
            Self::GetLoginProfile(v) => Some(v),
            Self::GetMFADevice(v) => Some(v),
            Self::GetOpenIDConnectProvider(v) => Some(v),
            Self::GetOrganizationsAccessReport(v) => Some(v),
            Self::GetOutboundWebIdentityFederationInfo(v) => Some(v),
            Self::GetPolicy(v) => Some(v),
            Self::GetPolicyVersion(v) => Some(v),
            Self::GetRole(v) => Some(v),
            Self::GetRolePolicy(v) => Some(v),
            Self::GetSAMLProvider(v) => Some(v),
            Self::GetSSHPublicKey(v) => Some(v),
            Self::GetServerCertificate(v) => Some(v),
            Self::GetServiceLastAccessedDetails(v) => Some(v),
            Self::GetServiceLastAccessedDetailsWithEntities(v) => Some(v),
            Self::GetServiceLinkedRoleDeletionStatus(v) => Some(v),
            Self::GetUser(v) => Some(v),
            Self::GetUserPolicy(v) => Some(v),
            Self::ListAccessKeys(v) => Some(v),
            Self::ListAccountAliases(v) => Some(v),
            Self::ListAttachedGroupPolicies(v) => Some(v),
            Self::ListAttachedRolePolicies(v) => Some(v),
            Self::ListAttachedUserPolicies(v) => Some(v),
            Self::ListDelegationRequests(v) => Some(v),
            Self::ListEntitiesForPolicy(v) => Some(v),
            Self::ListGroupPolicies(v) => Some(v),
            Self::ListGroups(v) => Some(v),
            Self::ListGroupsForUser(v) => Some(v),
            Self::ListInstanceProfileTags(v) => Some(v),
            Self::ListInstanceProfiles(v) => Some(v),
            Self::ListInstanceProfilesForRole(v) => Some(v),
            Self::ListMFADeviceTags(v) => Some(v),
            Self::ListMFADevices(v) => Some(v),
            Self::ListOpenIDConnectProviderTags(v) => Some(v),
            Self::ListOpenIDConnectProviders(v) => Some(v),
            Self::ListOrganizationsFeatures(v) => Some(v),
            Self::ListPolicies(v) => Some(v),
            Self::ListPoliciesGrantingServiceAccess(v) => Some(v),
            Self::ListPolicyTags(v) => Some(v),
            Self::ListPolicyVersions(v) => Some(v),
            Self::ListRolePolicies(v) => Some(v),
            Self::ListRoleTags(v) => Some(v),
            Self::ListRoles(v) => Some(v),
            Self::ListSAMLProviderTags(v) => Some(v),
            Self::ListSAMLProviders(v) => Some(v),
            Self::ListSSHPublicKeys(v) => Some(v),
            Self::ListServerCertificateTags(v) => Some(v),
            Self::ListServerCertificates(v) => Some(v),
            Self::ListServiceSpecificCredentials(v) => Some(v),
            Self::ListSigningCertificates(v) => Some(v),
            Self::ListUserPolicies(v) => Some(v),
            Self::ListUserTags(v) => Some(v),
            Self::ListUsers(v) => Some(v),
            Self::ListVirtualMFADevices(v) => Some(v),
            Self::PutGroupPolicy => None,
            Self::PutRolePermissionsBoundary => None,
            Self::PutRolePolicy => None,
            Self::PutUserPermissionsBoundary => None,
            Self::PutUserPolicy => None,
            Self::RejectDelegationRequest => None,
            Self::RemoveClientIDFromOpenIDConnectProvider => None,
            Self::RemoveRoleFromInstanceProfile => None,
            Self::RemoveUserFromGroup => None,
            Self::ResetServiceSpecificCredential(v) => Some(v),
            Self::ResyncMFADevice => None,
            Self::SendDelegationToken => None,
            Self::SetDefaultPolicyVersion => None,
            Self::SetSecurityTokenServicePreferences => None,
            Self::SimulateCustomPolicy(v) => Some(v),
            Self::SimulatePrincipalPolicy(v) => Some(v),
            Self::TagInstanceProfile => None,
            Self::TagMFADevice => None,
            Self::TagOpenIDConnectProvider => None,
            Self::TagPolicy => None,
            Self::TagRole => None,
            Self::TagSAMLProvider => None,
            Self::TagServerCertificate => None,
            Self::TagUser => None,
            Self::UntagInstanceProfile => None,
            Self::UntagMFADevice => None,
            Self::UntagOpenIDConnectProvider => None,
            Self::UntagPolicy => None,
            Self::UntagRole => None,
            Self::UntagSAMLProvider => None,
            Self::UntagServerCertificate => None,
            Self::UntagUser => None,
            Self::UpdateAccessKey => None,
            Self::UpdateAccountPasswordPolicy => None,
            Self::UpdateAssumeRolePolicy => None,
            Self::UpdateDelegationRequest => None,
            Self::UpdateGroup => None,
            Self::UpdateLoginProfile => None,
            Self::UpdateOpenIDConnectProviderThumbprint => None,
            Self::UpdateRole(v) => Some(v),
            Self::UpdateRoleDescription(v) => Some(v),
            Self::UpdateSAMLProvider(v) => Some(v),
            Self::UpdateSSHPublicKey => None,
            Self::UpdateServerCertificate => None,
            Self::UpdateServiceSpecificCredential => None,
            Self::UpdateSigningCertificate => None,
            Self::UpdateUser => None,
            Self::UploadSSHPublicKey(v) => Some(v),
            Self::UploadServerCertificate(v) => Some(v),
            Self::UploadSigningCertificate(v) => Some(v),
            Self::AssumeRole(v) => Some(v),
            Self::AssumeRoleWithSAML(v) => Some(v),
            Self::AssumeRoleWithWebIdentity(v) => Some(v),
            Self::AssumeRoot(v) => Some(v),
            Self::DecodeAuthorizationMessage(v) => Some(v),
            Self::GetAccessKeyInfo(v) => Some(v),
            Self::GetCallerIdentity(v) => Some(v),
            Self::GetDelegatedAccessToken(v) => Some(v),
            Self::GetFederationToken(v) => Some(v),
            Self::GetSessionToken(v) => Some(v),
            Self::GetWebIdentityToken(v) => Some(v),
        };
        xml::response(
            operation.name(),
            operation.service().namespace(),
            result,
            request_id,
        )
    }
}
