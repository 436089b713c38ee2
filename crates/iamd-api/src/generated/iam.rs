// @generated from the AWS service models by `cargo run -p xtask -- codegen`. Do not edit.
//! Shapes of IAM (iam-2010-05-08.service-2.json, API version 2010-05-08): typed inputs with their constraints, outputs with their XML encoding, and the modeled errors.
use crate::query::{self, Pattern, QueryParams, ValidationError, Violations};
use crate::xml::{self, EncodeError, Fault, WriteXml, XmlWriter};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;
use time::OffsetDateTime;
/// The errors the IAM model declares (`<Code>`, HTTP status, fault).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModeledError {
    /// `AccountNotManagementOrDelegatedAdministratorException` (400), shape `AccountNotManagementOrDelegatedAdministratorException`.
    AccountNotManagementOrDelegatedAdministrator,
    /// `CallerIsNotManagementAccountException` (400), shape `CallerIsNotManagementAccountException`.
    CallerIsNotManagementAccount,
    /// `ConcurrentModification` (409), shape `ConcurrentModificationException`.
    ConcurrentModification,
    /// `ReportExpired` (410), shape `CredentialReportExpiredException`.
    CredentialReportExpired,
    /// `ReportNotPresent` (410), shape `CredentialReportNotPresentException`.
    CredentialReportNotPresent,
    /// `ReportInProgress` (404), shape `CredentialReportNotReadyException`.
    CredentialReportNotReady,
    /// `DeleteConflict` (409), shape `DeleteConflictException`.
    DeleteConflict,
    /// `DuplicateCertificate` (409), shape `DuplicateCertificateException`.
    DuplicateCertificate,
    /// `DuplicateSSHPublicKey` (400), shape `DuplicateSSHPublicKeyException`.
    DuplicateSSHPublicKey,
    /// `EntityAlreadyExists` (409), shape `EntityAlreadyExistsException`.
    EntityAlreadyExists,
    /// `EntityTemporarilyUnmodifiable` (409), shape `EntityTemporarilyUnmodifiableException`.
    EntityTemporarilyUnmodifiable,
    /// `FeatureDisabled` (404), shape `FeatureDisabledException`.
    FeatureDisabled,
    /// `FeatureEnabled` (409), shape `FeatureEnabledException`.
    FeatureEnabled,
    /// `InvalidAuthenticationCode` (403), shape `InvalidAuthenticationCodeException`.
    InvalidAuthenticationCode,
    /// `InvalidCertificate` (400), shape `InvalidCertificateException`.
    InvalidCertificate,
    /// `InvalidInput` (400), shape `InvalidInputException`.
    InvalidInput,
    /// `InvalidPublicKey` (400), shape `InvalidPublicKeyException`.
    InvalidPublicKey,
    /// `InvalidUserType` (400), shape `InvalidUserTypeException`.
    InvalidUserType,
    /// `KeyPairMismatch` (400), shape `KeyPairMismatchException`.
    KeyPairMismatch,
    /// `LimitExceeded` (409), shape `LimitExceededException`.
    LimitExceeded,
    /// `MalformedCertificate` (400), shape `MalformedCertificateException`.
    MalformedCertificate,
    /// `MalformedPolicyDocument` (400), shape `MalformedPolicyDocumentException`.
    MalformedPolicyDocument,
    /// `NoSuchEntity` (404), shape `NoSuchEntityException`.
    NoSuchEntity,
    /// `OpenIdIdpCommunicationError` (400), shape `OpenIdIdpCommunicationErrorException`.
    OpenIdIdpCommunicationError,
    /// `OrganizationNotFoundException` (400), shape `OrganizationNotFoundException`.
    OrganizationNotFound,
    /// `OrganizationNotInAllFeaturesModeException` (400), shape `OrganizationNotInAllFeaturesModeException`.
    OrganizationNotInAllFeaturesMode,
    /// `PasswordPolicyViolation` (400), shape `PasswordPolicyViolationException`.
    PasswordPolicyViolation,
    /// `PolicyEvaluation` (500), shape `PolicyEvaluationException`.
    PolicyEvaluation,
    /// `PolicyNotAttachable` (400), shape `PolicyNotAttachableException`.
    PolicyNotAttachable,
    /// `ReportGenerationLimitExceeded` (409), shape `ReportGenerationLimitExceededException`.
    ReportGenerationLimitExceeded,
    /// `ServiceAccessNotEnabledException` (400), shape `ServiceAccessNotEnabledException`.
    ServiceAccessNotEnabled,
    /// `ServiceFailure` (500), shape `ServiceFailureException`.
    ServiceFailure,
    /// `NotSupportedService` (404), shape `ServiceNotSupportedException`.
    ServiceNotSupported,
    /// `UnmodifiableEntity` (400), shape `UnmodifiableEntityException`.
    UnmodifiableEntity,
    /// `UnrecognizedPublicKeyEncoding` (400), shape `UnrecognizedPublicKeyEncodingException`.
    UnrecognizedPublicKeyEncoding,
}

impl ModeledError {
    /// Every modeled error.
    pub const ALL: [Self; 35] = [
        Self::AccountNotManagementOrDelegatedAdministrator,
        Self::CallerIsNotManagementAccount,
        Self::ConcurrentModification,
        Self::CredentialReportExpired,
        Self::CredentialReportNotPresent,
        Self::CredentialReportNotReady,
        Self::DeleteConflict,
        Self::DuplicateCertificate,
        Self::DuplicateSSHPublicKey,
        Self::EntityAlreadyExists,
        Self::EntityTemporarilyUnmodifiable,
        Self::FeatureDisabled,
        Self::FeatureEnabled,
        Self::InvalidAuthenticationCode,
        Self::InvalidCertificate,
        Self::InvalidInput,
        Self::InvalidPublicKey,
        Self::InvalidUserType,
        Self::KeyPairMismatch,
        Self::LimitExceeded,
        Self::MalformedCertificate,
        Self::MalformedPolicyDocument,
        Self::NoSuchEntity,
        Self::OpenIdIdpCommunicationError,
        Self::OrganizationNotFound,
        Self::OrganizationNotInAllFeaturesMode,
        Self::PasswordPolicyViolation,
        Self::PolicyEvaluation,
        Self::PolicyNotAttachable,
        Self::ReportGenerationLimitExceeded,
        Self::ServiceAccessNotEnabled,
        Self::ServiceFailure,
        Self::ServiceNotSupported,
        Self::UnmodifiableEntity,
        Self::UnrecognizedPublicKeyEncoding,
    ];

    /// The value of `<Code>`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::AccountNotManagementOrDelegatedAdministrator => {
                "AccountNotManagementOrDelegatedAdministratorException"
            }
            Self::CallerIsNotManagementAccount => "CallerIsNotManagementAccountException",
            Self::ConcurrentModification => "ConcurrentModification",
            Self::CredentialReportExpired => "ReportExpired",
            Self::CredentialReportNotPresent => "ReportNotPresent",
            Self::CredentialReportNotReady => "ReportInProgress",
            Self::DeleteConflict => "DeleteConflict",
            Self::DuplicateCertificate => "DuplicateCertificate",
            Self::DuplicateSSHPublicKey => "DuplicateSSHPublicKey",
            Self::EntityAlreadyExists => "EntityAlreadyExists",
            Self::EntityTemporarilyUnmodifiable => "EntityTemporarilyUnmodifiable",
            Self::FeatureDisabled => "FeatureDisabled",
            Self::FeatureEnabled => "FeatureEnabled",
            Self::InvalidAuthenticationCode => "InvalidAuthenticationCode",
            Self::InvalidCertificate => "InvalidCertificate",
            Self::InvalidInput => "InvalidInput",
            Self::InvalidPublicKey => "InvalidPublicKey",
            Self::InvalidUserType => "InvalidUserType",
            Self::KeyPairMismatch => "KeyPairMismatch",
            Self::LimitExceeded => "LimitExceeded",
            Self::MalformedCertificate => "MalformedCertificate",
            Self::MalformedPolicyDocument => "MalformedPolicyDocument",
            Self::NoSuchEntity => "NoSuchEntity",
            Self::OpenIdIdpCommunicationError => "OpenIdIdpCommunicationError",
            Self::OrganizationNotFound => "OrganizationNotFoundException",
            Self::OrganizationNotInAllFeaturesMode => "OrganizationNotInAllFeaturesModeException",
            Self::PasswordPolicyViolation => "PasswordPolicyViolation",
            Self::PolicyEvaluation => "PolicyEvaluation",
            Self::PolicyNotAttachable => "PolicyNotAttachable",
            Self::ReportGenerationLimitExceeded => "ReportGenerationLimitExceeded",
            Self::ServiceAccessNotEnabled => "ServiceAccessNotEnabledException",
            Self::ServiceFailure => "ServiceFailure",
            Self::ServiceNotSupported => "NotSupportedService",
            Self::UnmodifiableEntity => "UnmodifiableEntity",
            Self::UnrecognizedPublicKeyEncoding => "UnrecognizedPublicKeyEncoding",
        }
    }

    /// The HTTP status.
    #[must_use]
    pub fn http_status(self) -> u16 {
        match self {
            Self::AccountNotManagementOrDelegatedAdministrator
            | Self::CallerIsNotManagementAccount
            | Self::DuplicateSSHPublicKey
            | Self::InvalidCertificate
            | Self::InvalidInput
            | Self::InvalidPublicKey
            | Self::InvalidUserType
            | Self::KeyPairMismatch
            | Self::MalformedCertificate
            | Self::MalformedPolicyDocument
            | Self::OpenIdIdpCommunicationError
            | Self::OrganizationNotFound
            | Self::OrganizationNotInAllFeaturesMode
            | Self::PasswordPolicyViolation
            | Self::PolicyNotAttachable
            | Self::ServiceAccessNotEnabled
            | Self::UnmodifiableEntity
            | Self::UnrecognizedPublicKeyEncoding => 400,
            Self::InvalidAuthenticationCode => 403,
            Self::CredentialReportNotReady
            | Self::FeatureDisabled
            | Self::NoSuchEntity
            | Self::ServiceNotSupported => 404,
            Self::ConcurrentModification
            | Self::DeleteConflict
            | Self::DuplicateCertificate
            | Self::EntityAlreadyExists
            | Self::EntityTemporarilyUnmodifiable
            | Self::FeatureEnabled
            | Self::LimitExceeded
            | Self::ReportGenerationLimitExceeded => 409,
            Self::CredentialReportExpired | Self::CredentialReportNotPresent => 410,
            Self::PolicyEvaluation | Self::ServiceFailure => 500,
        }
    }

    /// `Sender` for client faults, `Receiver` for service faults.
    #[must_use]
    pub fn fault(self) -> Fault {
        if matches!(self, Self::PolicyEvaluation | Self::ServiceFailure) {
            Fault::Receiver
        } else {
            Fault::Sender
        }
    }

    /// The error with this `<Code>`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "AccountNotManagementOrDelegatedAdministratorException" => {
                Some(Self::AccountNotManagementOrDelegatedAdministrator)
            }
            "CallerIsNotManagementAccountException" => Some(Self::CallerIsNotManagementAccount),
            "ConcurrentModification" => Some(Self::ConcurrentModification),
            "ReportExpired" => Some(Self::CredentialReportExpired),
            "ReportNotPresent" => Some(Self::CredentialReportNotPresent),
            "ReportInProgress" => Some(Self::CredentialReportNotReady),
            "DeleteConflict" => Some(Self::DeleteConflict),
            "DuplicateCertificate" => Some(Self::DuplicateCertificate),
            "DuplicateSSHPublicKey" => Some(Self::DuplicateSSHPublicKey),
            "EntityAlreadyExists" => Some(Self::EntityAlreadyExists),
            "EntityTemporarilyUnmodifiable" => Some(Self::EntityTemporarilyUnmodifiable),
            "FeatureDisabled" => Some(Self::FeatureDisabled),
            "FeatureEnabled" => Some(Self::FeatureEnabled),
            "InvalidAuthenticationCode" => Some(Self::InvalidAuthenticationCode),
            "InvalidCertificate" => Some(Self::InvalidCertificate),
            "InvalidInput" => Some(Self::InvalidInput),
            "InvalidPublicKey" => Some(Self::InvalidPublicKey),
            "InvalidUserType" => Some(Self::InvalidUserType),
            "KeyPairMismatch" => Some(Self::KeyPairMismatch),
            "LimitExceeded" => Some(Self::LimitExceeded),
            "MalformedCertificate" => Some(Self::MalformedCertificate),
            "MalformedPolicyDocument" => Some(Self::MalformedPolicyDocument),
            "NoSuchEntity" => Some(Self::NoSuchEntity),
            "OpenIdIdpCommunicationError" => Some(Self::OpenIdIdpCommunicationError),
            "OrganizationNotFoundException" => Some(Self::OrganizationNotFound),
            "OrganizationNotInAllFeaturesModeException" => {
                Some(Self::OrganizationNotInAllFeaturesMode)
            }
            "PasswordPolicyViolation" => Some(Self::PasswordPolicyViolation),
            "PolicyEvaluation" => Some(Self::PolicyEvaluation),
            "PolicyNotAttachable" => Some(Self::PolicyNotAttachable),
            "ReportGenerationLimitExceeded" => Some(Self::ReportGenerationLimitExceeded),
            "ServiceAccessNotEnabledException" => Some(Self::ServiceAccessNotEnabled),
            "ServiceFailure" => Some(Self::ServiceFailure),
            "NotSupportedService" => Some(Self::ServiceNotSupported),
            "UnmodifiableEntity" => Some(Self::UnmodifiableEntity),
            "UnrecognizedPublicKeyEncoding" => Some(Self::UnrecognizedPublicKeyEncoding),
            _ => None,
        }
    }
}

/// The values of enum `AccessAdvisorUsageGranularityType`.
pub const ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE_VALUES: &[&str] =
    &["SERVICE_LEVEL", "ACTION_LEVEL"];

/// The values of enum `ContextKeyTypeEnum`.
pub const CONTEXT_KEY_TYPE_ENUM_VALUES: &[&str] = &[
    "string",
    "stringList",
    "numeric",
    "numericList",
    "boolean",
    "booleanList",
    "ip",
    "ipList",
    "binary",
    "binaryList",
    "date",
    "dateList",
];

/// The values of enum `DeletionTaskStatusType`.
pub const DELETION_TASK_STATUS_TYPE_VALUES: &[&str] =
    &["SUCCEEDED", "IN_PROGRESS", "FAILED", "NOT_STARTED"];

/// The values of enum `EntityType`.
pub const ENTITY_TYPE_VALUES: &[&str] = &[
    "User",
    "Role",
    "Group",
    "LocalManagedPolicy",
    "AWSManagedPolicy",
];

/// The values of enum `FeatureType`.
pub const FEATURE_TYPE_VALUES: &[&str] = &["RootCredentialsManagement", "RootSessions"];

/// The values of enum `PermissionsBoundaryAttachmentType`.
pub const PERMISSIONS_BOUNDARY_ATTACHMENT_TYPE_VALUES: &[&str] = &["PermissionsBoundaryPolicy"];

/// The values of enum `PolicyEvaluationDecisionType`.
pub const POLICY_EVALUATION_DECISION_TYPE_VALUES: &[&str] =
    &["allowed", "explicitDeny", "implicitDeny"];

/// The values of enum `PolicyParameterTypeEnum`.
pub const POLICY_PARAMETER_TYPE_ENUM_VALUES: &[&str] = &["string", "stringList"];

/// The values of enum `PolicySourceType`.
pub const POLICY_SOURCE_TYPE_VALUES: &[&str] = &[
    "user",
    "group",
    "role",
    "aws-managed",
    "user-managed",
    "resource",
    "none",
];

/// The values of enum `PolicyUsageType`.
pub const POLICY_USAGE_TYPE_VALUES: &[&str] = &["PermissionsPolicy", "PermissionsBoundary"];

/// The values of enum `ReportFormatType`.
pub const REPORT_FORMAT_TYPE_VALUES: &[&str] = &["text/csv"];

/// The values of enum `ReportStateType`.
pub const REPORT_STATE_TYPE_VALUES: &[&str] = &["STARTED", "INPROGRESS", "COMPLETE"];

/// The values of enum `assertionEncryptionModeType`.
pub const ASSERTION_ENCRYPTION_MODE_TYPE_VALUES: &[&str] = &["Required", "Allowed"];

/// The values of enum `assignmentStatusType`.
pub const ASSIGNMENT_STATUS_TYPE_VALUES: &[&str] = &["Assigned", "Unassigned", "Any"];

/// The values of enum `encodingType`.
pub const ENCODING_TYPE_VALUES: &[&str] = &["SSH", "PEM"];

/// The values of enum `globalEndpointTokenVersion`.
pub const GLOBAL_ENDPOINT_TOKEN_VERSION_VALUES: &[&str] = &["v1Token", "v2Token"];

/// The values of enum `jobStatusType`.
pub const JOB_STATUS_TYPE_VALUES: &[&str] = &["IN_PROGRESS", "COMPLETED", "FAILED"];

/// The values of enum `permissionCheckResultType`.
pub const PERMISSION_CHECK_RESULT_TYPE_VALUES: &[&str] = &["ALLOWED", "DENIED", "UNSURE"];

/// The values of enum `permissionCheckStatusType`.
pub const PERMISSION_CHECK_STATUS_TYPE_VALUES: &[&str] = &["COMPLETE", "IN_PROGRESS", "FAILED"];

/// The values of enum `policyOwnerEntityType`.
pub const POLICY_OWNER_ENTITY_TYPE_VALUES: &[&str] = &["USER", "ROLE", "GROUP"];

/// The values of enum `policyScopeType`.
pub const POLICY_SCOPE_TYPE_VALUES: &[&str] = &["All", "AWS", "Local"];

/// The values of enum `policyType`.
pub const POLICY_TYPE_VALUES: &[&str] = &["INLINE", "MANAGED"];

/// The values of enum `sortKeyType`.
pub const SORT_KEY_TYPE_VALUES: &[&str] = &[
    "SERVICE_NAMESPACE_ASCENDING",
    "SERVICE_NAMESPACE_DESCENDING",
    "LAST_AUTHENTICATED_TIME_ASCENDING",
    "LAST_AUTHENTICATED_TIME_DESCENDING",
];

/// The values of enum `stateType`.
pub const STATE_TYPE_VALUES: &[&str] = &[
    "UNASSIGNED",
    "ASSIGNED",
    "PENDING_APPROVAL",
    "FINALIZED",
    "ACCEPTED",
    "REJECTED",
    "EXPIRED",
];

/// The values of enum `statusType`.
pub const STATUS_TYPE_VALUES: &[&str] = &["Active", "Inactive", "Expired"];

/// The values of enum `summaryKeyType`.
pub const SUMMARY_KEY_TYPE_VALUES: &[&str] = &[
    "Users",
    "UsersQuota",
    "Groups",
    "GroupsQuota",
    "ServerCertificates",
    "ServerCertificatesQuota",
    "UserPolicySizeQuota",
    "GroupPolicySizeQuota",
    "GroupsPerUserQuota",
    "SigningCertificatesPerUserQuota",
    "AccessKeysPerUserQuota",
    "MFADevices",
    "MFADevicesInUse",
    "AccountMFAEnabled",
    "AccountAccessKeysPresent",
    "AccountPasswordPresent",
    "AccountSigningCertificatesPresent",
    "AttachedPoliciesPerGroupQuota",
    "AttachedPoliciesPerRoleQuota",
    "AttachedPoliciesPerUserQuota",
    "Policies",
    "PoliciesQuota",
    "PolicySizeQuota",
    "PolicyVersionsInUse",
    "PolicyVersionsInUseQuota",
    "VersionsPerPolicyQuota",
    "GlobalEndpointTokenVersion",
    "AssumeRolePolicySizeQuota",
    "InstanceProfiles",
    "InstanceProfilesQuota",
    "Providers",
    "RolePolicySizeQuota",
    "Roles",
    "RolesQuota",
];

/// The values of enum `summaryStateType`.
pub const SUMMARY_STATE_TYPE_VALUES: &[&str] =
    &["AVAILABLE", "NOT_AVAILABLE", "NOT_SUPPORTED", "FAILED"];

/// Pattern `((/[A-Za-z0-9\.,\+@=_-]+)*)/`.
pub static POLICY_PATH_TYPE_PATTERN: Pattern = Pattern {
    source: "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:((/[A-Za-z0-9\\.,\\+@=_-]+)*)/)$").ok()),
};

/// Pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
pub static PATH_TYPE_PATTERN: Pattern = Pattern {
    source: "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F))$").ok()),
};

/// Pattern `[ -~]+`.
pub static POLICY_PARAMETER_NAME_TYPE_PATTERN: Pattern = Pattern {
    source: "[ -~]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[ -~]+)$").ok()),
};

/// Pattern `[A-Z0-9]+`.
pub static PRIVATE_KEY_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "[A-Z0-9]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[A-Z0-9]+)$").ok()),
};

/// Pattern `[\d]+`.
pub static AUTHENTICATION_CODE_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\d]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9]+)$").ok()),
};

/// Pattern `[\p{L}\p{Z}\p{N}_.:/=+\-@]*`.
pub static TAG_VALUE_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").ok()),
};

/// Pattern `[\p{L}\p{Z}\p{N}_.:/=+\-@]+`.
pub static TAG_KEY_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$").ok()),
};

/// Pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
pub static DELEGATION_REQUEST_DESCRIPTION_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*",
    forbidden: None,
    regex: LazyLock::new(|| {
        Regex::new("^(?:[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*)$").ok()
    }),
};

/// Pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]+`.
pub static REQUESTOR_WORKFLOW_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+",
    forbidden: None,
    regex: LazyLock::new(|| {
        Regex::new("^(?:[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+)$").ok()
    }),
};

/// Pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
pub static CERTIFICATE_BODY_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+)$").ok()),
};

/// Pattern `[\u0020-\u00FF]+`.
pub static MARKER_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\u0020-\\u00FF]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[\\u0020-\\u00FF]+)$").ok()),
};

/// Pattern `[\w+=,.@-]+`.
pub static CUSTOM_SUFFIX_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w+=,.@-]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_+=,.@-]+)$").ok()),
};

/// Pattern `[\w+=/:,.@-]+`.
pub static SERIAL_NUMBER_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w+=/:,.@-]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_+=/:,.@-]+)$").ok()),
};

/// Pattern `[\w-]*`.
pub static SERVICE_NAMESPACE_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w-]*",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_-]*)$").ok()),
};

/// Pattern `[\w-]+`.
pub static DELEGATION_REQUEST_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w-]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_-]+)$").ok()),
};

/// Pattern `[\w._-]+`.
pub static SAML_PROVIDER_NAME_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w._-]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_._-]+)$").ok()),
};

/// Pattern `[\w]+`.
pub static ACCESS_KEY_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_]+)$").ok()),
};

/// Pattern `\d{12}`.
pub static ACCOUNT_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "\\d{12}",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9]{12})$").ok()),
};

/// Pattern `\u002F[\u0021-\u007F]*`.
pub static PATH_PREFIX_TYPE_PATTERN: Pattern = Pattern {
    source: "\\u002F[\\u0021-\\u007F]*",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:\\u002F[\\u0021-\\u007F]*)$").ok()),
};

/// Pattern `^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$`.
pub static ACCOUNT_ALIAS_TYPE_PATTERN: Pattern = Pattern {
    source: "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$",
    forbidden: Some("--"),
    regex: LazyLock::new(|| Regex::new("^(?:^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$)$").ok()),
};

/// Pattern `^[a-zA-Z0-9:/+=,.@_-]+$`.
pub static OWNER_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "^[a-zA-Z0-9:/+=,.@_-]+$",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:^[a-zA-Z0-9:/+=,.@_-]+$)$").ok()),
};

/// Pattern `^[a-zA-Z0-9:_.-]+$`.
pub static NOTIFICATION_CHANNEL_TYPE_PATTERN: Pattern = Pattern {
    source: "^[a-zA-Z0-9:_.-]+$",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:^[a-zA-Z0-9:_.-]+$)$").ok()),
};

/// Pattern `^http(s?)://[a-zA-Z0-9._/-]*(\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$`.
pub static REDIRECT_URL_TYPE_PATTERN: Pattern = Pattern {
    source: "^http(s?)://[a-zA-Z0-9._/-]*(\\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$",
    forbidden: None,
    regex: LazyLock::new(|| {
        Regex::new("^(?:^http(s?)://[a-zA-Z0-9._/-]*(\\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$)$")
            .ok()
    }),
};

/// Pattern `^o-[0-9a-z]{10,32}\/r-[0-9a-z]{4,32}[0-9a-z-\/]*`.
pub static ORGANIZATIONS_ENTITY_PATH_TYPE_PATTERN: Pattern = Pattern {
    source: "^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*",
    forbidden: None,
    regex: LazyLock::new(|| {
        Regex::new("^(?:^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*)$").ok()
    }),
};

/// Pattern `^p-[0-9a-zA-Z_]{8,128}$`.
pub static ORGANIZATIONS_POLICY_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "^p-[0-9a-zA-Z_]{8,128}$",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:^p-[0-9a-zA-Z_]{8,128}$)$").ok()),
};

/// Pattern `v[1-9][0-9]*(\.[A-Za-z0-9-]*)?`.
pub static POLICY_VERSION_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?)$").ok()),
};

/// Every pattern inputs are checked against.
pub static PATTERNS: [&Pattern; 26] = [
    &POLICY_PATH_TYPE_PATTERN,
    &PATH_TYPE_PATTERN,
    &POLICY_PARAMETER_NAME_TYPE_PATTERN,
    &PRIVATE_KEY_ID_TYPE_PATTERN,
    &AUTHENTICATION_CODE_TYPE_PATTERN,
    &TAG_VALUE_TYPE_PATTERN,
    &TAG_KEY_TYPE_PATTERN,
    &DELEGATION_REQUEST_DESCRIPTION_TYPE_PATTERN,
    &REQUESTOR_WORKFLOW_ID_TYPE_PATTERN,
    &CERTIFICATE_BODY_TYPE_PATTERN,
    &MARKER_TYPE_PATTERN,
    &CUSTOM_SUFFIX_TYPE_PATTERN,
    &SERIAL_NUMBER_TYPE_PATTERN,
    &SERVICE_NAMESPACE_TYPE_PATTERN,
    &DELEGATION_REQUEST_ID_TYPE_PATTERN,
    &SAML_PROVIDER_NAME_TYPE_PATTERN,
    &ACCESS_KEY_ID_TYPE_PATTERN,
    &ACCOUNT_ID_TYPE_PATTERN,
    &PATH_PREFIX_TYPE_PATTERN,
    &ACCOUNT_ALIAS_TYPE_PATTERN,
    &OWNER_ID_TYPE_PATTERN,
    &NOTIFICATION_CHANNEL_TYPE_PATTERN,
    &REDIRECT_URL_TYPE_PATTERN,
    &ORGANIZATIONS_ENTITY_PATH_TYPE_PATTERN,
    &ORGANIZATIONS_POLICY_ID_TYPE_PATTERN,
    &POLICY_VERSION_ID_TYPE_PATTERN,
];

/// Shape `AcceptDelegationRequestRequest`; input of `AcceptDelegationRequest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AcceptDelegationRequestRequest {
    /// `DelegationRequestId` (required): length 16..=128, pattern `[\w-]+`.
    pub delegation_request_id: String,
}

impl AcceptDelegationRequestRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let delegation_request_id = decode_delegation_request_id_type(
            q_,
            &query::join_wire(wire_, "DelegationRequestId"),
            &query::join_path(path_, "delegationRequestId"),
            errors_,
        )?;
        Ok(Self {
            delegation_request_id: query::required(
                delegation_request_id,
                wire_,
                "DelegationRequestId",
            )?,
        })
    }
}

/// Shape `AccessDetail`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AccessDetail {
    /// `ServiceName` (required).
    pub service_name: String,
    /// `ServiceNamespace` (required).
    pub service_namespace: String,
    /// `Region`.
    pub region: Option<String>,
    /// `EntityPath`.
    pub entity_path: Option<String>,
    /// `LastAuthenticatedTime`.
    pub last_authenticated_time: Option<OffsetDateTime>,
    /// `TotalAuthenticatedEntities`.
    pub total_authenticated_entities: Option<i32>,
}

impl WriteXml for AccessDetail {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "ServiceName", &self.service_name)?;
        xml::text(w, "ServiceNamespace", &self.service_namespace)?;
        if let Some(v) = &self.region {
            xml::text(w, "Region", v)?;
        }
        if let Some(v) = &self.entity_path {
            xml::text(w, "EntityPath", v)?;
        }
        if let Some(v) = &self.last_authenticated_time {
            xml::timestamp(w, "LastAuthenticatedTime", v)?;
        }
        if let Some(v) = &self.total_authenticated_entities {
            xml::integer(w, "TotalAuthenticatedEntities", v)?;
        }
        Ok(())
    }
}

/// Shape `AccessKey`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct AccessKey {
    /// `UserName` (required).
    pub user_name: String,
    /// `AccessKeyId` (required).
    pub access_key_id: String,
    /// `Status` (required).
    pub status: String,
    /// `SecretAccessKey` (required).
    pub secret_access_key: String,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
}

impl std::fmt::Debug for AccessKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessKey")
            .field("user_name", &self.user_name)
            .field("access_key_id", &self.access_key_id)
            .field("status", &self.status)
            .field("secret_access_key", &"<redacted>")
            .field("create_date", &self.create_date)
            .finish()
    }
}

impl WriteXml for AccessKey {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "UserName", &self.user_name)?;
        xml::text(w, "AccessKeyId", &self.access_key_id)?;
        xml::text(w, "Status", &self.status)?;
        xml::text(w, "SecretAccessKey", &self.secret_access_key)?;
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        Ok(())
    }
}

/// Shape `AccessKeyLastUsed`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AccessKeyLastUsed {
    /// `LastUsedDate`.
    pub last_used_date: Option<OffsetDateTime>,
    /// `ServiceName` (required).
    pub service_name: String,
    /// `Region` (required).
    pub region: String,
}

impl WriteXml for AccessKeyLastUsed {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.last_used_date {
            xml::timestamp(w, "LastUsedDate", v)?;
        }
        xml::text(w, "ServiceName", &self.service_name)?;
        xml::text(w, "Region", &self.region)?;
        Ok(())
    }
}

/// Shape `AccessKeyMetadata`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AccessKeyMetadata {
    /// `UserName`.
    pub user_name: Option<String>,
    /// `AccessKeyId`.
    pub access_key_id: Option<String>,
    /// `Status`.
    pub status: Option<String>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
}

impl WriteXml for AccessKeyMetadata {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.user_name {
            xml::text(w, "UserName", v)?;
        }
        if let Some(v) = &self.access_key_id {
            xml::text(w, "AccessKeyId", v)?;
        }
        if let Some(v) = &self.status {
            xml::text(w, "Status", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        Ok(())
    }
}

/// Shape `AddClientIDToOpenIDConnectProviderRequest`; input of `AddClientIDToOpenIDConnectProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddClientIDToOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (required): length 20..=2048.
    pub open_id_connect_provider_arn: String,
    /// `ClientID` (required): length 1..=255.
    pub client_id: String,
}

impl AddClientIDToOpenIDConnectProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let open_id_connect_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "OpenIDConnectProviderArn"),
            &query::join_path(path_, "openIDConnectProviderArn"),
            errors_,
        )?;
        let client_id = decode_client_id_type(
            q_,
            &query::join_wire(wire_, "ClientID"),
            &query::join_path(path_, "clientID"),
            errors_,
        )?;
        Ok(Self {
            open_id_connect_provider_arn: query::required(
                open_id_connect_provider_arn,
                wire_,
                "OpenIDConnectProviderArn",
            )?,
            client_id: query::required(client_id, wire_, "ClientID")?,
        })
    }
}

/// Shape `AddRoleToInstanceProfileRequest`; input of `AddRoleToInstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddRoleToInstanceProfileRequest {
    /// `InstanceProfileName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub instance_profile_name: String,
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
}

impl AddRoleToInstanceProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let instance_profile_name = decode_instance_profile_name_type(
            q_,
            &query::join_wire(wire_, "InstanceProfileName"),
            &query::join_path(path_, "instanceProfileName"),
            errors_,
        )?;
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        Ok(Self {
            instance_profile_name: query::required(
                instance_profile_name,
                wire_,
                "InstanceProfileName",
            )?,
            role_name: query::required(role_name, wire_, "RoleName")?,
        })
    }
}

/// Shape `AddUserToGroupRequest`; input of `AddUserToGroup`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddUserToGroupRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
}

impl AddUserToGroupRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            user_name: query::required(user_name, wire_, "UserName")?,
        })
    }
}

/// Shape `AssociateDelegationRequestRequest`; input of `AssociateDelegationRequest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssociateDelegationRequestRequest {
    /// `DelegationRequestId` (required): length 16..=128, pattern `[\w-]+`.
    pub delegation_request_id: String,
}

impl AssociateDelegationRequestRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let delegation_request_id = decode_delegation_request_id_type(
            q_,
            &query::join_wire(wire_, "DelegationRequestId"),
            &query::join_path(path_, "delegationRequestId"),
            errors_,
        )?;
        Ok(Self {
            delegation_request_id: query::required(
                delegation_request_id,
                wire_,
                "DelegationRequestId",
            )?,
        })
    }
}

/// Shape `AttachGroupPolicyRequest`; input of `AttachGroupPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttachGroupPolicyRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
}

impl AttachGroupPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
        })
    }
}

/// Shape `AttachRolePolicyRequest`; input of `AttachRolePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttachRolePolicyRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
}

impl AttachRolePolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
        })
    }
}

/// Shape `AttachUserPolicyRequest`; input of `AttachUserPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttachUserPolicyRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
}

impl AttachUserPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
        })
    }
}

/// Shape `AttachedPermissionsBoundary`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttachedPermissionsBoundary {
    /// `PermissionsBoundaryType`.
    pub permissions_boundary_type: Option<String>,
    /// `PermissionsBoundaryArn`.
    pub permissions_boundary_arn: Option<String>,
}

impl WriteXml for AttachedPermissionsBoundary {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.permissions_boundary_type {
            xml::text(w, "PermissionsBoundaryType", v)?;
        }
        if let Some(v) = &self.permissions_boundary_arn {
            xml::text(w, "PermissionsBoundaryArn", v)?;
        }
        Ok(())
    }
}

/// Shape `AttachedPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttachedPolicy {
    /// `PolicyName`.
    pub policy_name: Option<String>,
    /// `PolicyArn`.
    pub policy_arn: Option<String>,
}

impl WriteXml for AttachedPolicy {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy_name {
            xml::text(w, "PolicyName", v)?;
        }
        if let Some(v) = &self.policy_arn {
            xml::text(w, "PolicyArn", v)?;
        }
        Ok(())
    }
}

/// Shape `ChangePasswordRequest`; input of `ChangePassword`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct ChangePasswordRequest {
    /// `OldPassword` (required): length 1..=128, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`, sensitive.
    pub old_password: String,
    /// `NewPassword` (required): length 1..=128, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`, sensitive.
    pub new_password: String,
}

impl std::fmt::Debug for ChangePasswordRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangePasswordRequest")
            .field("old_password", &"<redacted>")
            .field("new_password", &"<redacted>")
            .finish()
    }
}

impl ChangePasswordRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let old_password = decode_password_type(
            q_,
            &query::join_wire(wire_, "OldPassword"),
            &query::join_path(path_, "oldPassword"),
            errors_,
        )?;
        let new_password = decode_password_type(
            q_,
            &query::join_wire(wire_, "NewPassword"),
            &query::join_path(path_, "newPassword"),
            errors_,
        )?;
        Ok(Self {
            old_password: query::required(old_password, wire_, "OldPassword")?,
            new_password: query::required(new_password, wire_, "NewPassword")?,
        })
    }
}

/// Shape `ContextEntry`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContextEntry {
    /// `ContextKeyName`: length 5..=256.
    pub context_key_name: Option<String>,
    /// `ContextKeyValues`.
    pub context_key_values: Option<Vec<String>>,
    /// `ContextKeyType`: one of [`CONTEXT_KEY_TYPE_ENUM_VALUES`].
    pub context_key_type: Option<String>,
}

impl ContextEntry {
    fn decode(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Option<Self>, ValidationError> {
        if !query::structure_present(q_, wire_) {
            return Ok(None);
        }
        Self::decode_members(q_, wire_, path_, errors_).map(Some)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let context_key_name = decode_context_key_name_type(
            q_,
            &query::join_wire(wire_, "ContextKeyName"),
            &query::join_path(path_, "contextKeyName"),
            errors_,
        )?;
        let context_key_values = decode_context_key_value_list_type(
            q_,
            &query::join_wire(wire_, "ContextKeyValues"),
            &query::join_path(path_, "contextKeyValues"),
            errors_,
        )?;
        let context_key_type = decode_context_key_type_enum(
            q_,
            &query::join_wire(wire_, "ContextKeyType"),
            &query::join_path(path_, "contextKeyType"),
            errors_,
        )?;
        Ok(Self {
            context_key_name,
            context_key_values,
            context_key_type,
        })
    }
}

/// Shape `CreateAccessKeyRequest`; input of `CreateAccessKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateAccessKeyRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
}

impl CreateAccessKeyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        Ok(Self { user_name })
    }
}

/// Shape `CreateAccessKeyResponse`; output of `CreateAccessKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateAccessKeyResponse {
    /// `AccessKey` (required).
    pub access_key: AccessKey,
}

impl WriteXml for CreateAccessKeyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "AccessKey", &self.access_key)?;
        Ok(())
    }
}

/// Shape `CreateAccountAliasRequest`; input of `CreateAccountAlias`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateAccountAliasRequest {
    /// `AccountAlias` (required): length 3..=63, pattern `^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$`.
    pub account_alias: String,
}

impl CreateAccountAliasRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let account_alias = decode_account_alias_type(
            q_,
            &query::join_wire(wire_, "AccountAlias"),
            &query::join_path(path_, "accountAlias"),
            errors_,
        )?;
        Ok(Self {
            account_alias: query::required(account_alias, wire_, "AccountAlias")?,
        })
    }
}

/// Shape `CreateDelegationRequestRequest`; input of `CreateDelegationRequest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateDelegationRequestRequest {
    /// `OwnerAccountId`: pattern `\d{12}`.
    pub owner_account_id: Option<String>,
    /// `Description` (required): length <= 1000, pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
    pub description: String,
    /// `Permissions` (required).
    pub permissions: DelegationPermission,
    /// `RequestMessage`: length <= 200, pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
    pub request_message: Option<String>,
    /// `RequestorWorkflowId` (required): length 5..=400, pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]+`.
    pub requestor_workflow_id: String,
    /// `RedirectUrl`: length 1..=255, pattern `^http(s?)://[a-zA-Z0-9._/-]*(\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$`.
    pub redirect_url: Option<String>,
    /// `NotificationChannel` (required): length 2..=400, pattern `^[a-zA-Z0-9:_.-]+$`.
    pub notification_channel: String,
    /// `SessionDuration` (required): value 300..=43200.
    pub session_duration: i32,
    /// `OnlySendByOwner`.
    pub only_send_by_owner: Option<bool>,
}

impl CreateDelegationRequestRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let owner_account_id = decode_account_id_type(
            q_,
            &query::join_wire(wire_, "OwnerAccountId"),
            &query::join_path(path_, "ownerAccountId"),
            errors_,
        )?;
        let description = decode_delegation_request_description_type(
            q_,
            &query::join_wire(wire_, "Description"),
            &query::join_path(path_, "description"),
            errors_,
        )?;
        let permissions = DelegationPermission::decode(
            q_,
            &query::join_wire(wire_, "Permissions"),
            &query::join_path(path_, "permissions"),
            errors_,
        )?;
        let request_message = decode_request_message_type(
            q_,
            &query::join_wire(wire_, "RequestMessage"),
            &query::join_path(path_, "requestMessage"),
            errors_,
        )?;
        let requestor_workflow_id = decode_requestor_workflow_id_type(
            q_,
            &query::join_wire(wire_, "RequestorWorkflowId"),
            &query::join_path(path_, "requestorWorkflowId"),
            errors_,
        )?;
        let redirect_url = decode_redirect_url_type(
            q_,
            &query::join_wire(wire_, "RedirectUrl"),
            &query::join_path(path_, "redirectUrl"),
            errors_,
        )?;
        let notification_channel = decode_notification_channel_type(
            q_,
            &query::join_wire(wire_, "NotificationChannel"),
            &query::join_path(path_, "notificationChannel"),
            errors_,
        )?;
        let session_duration = decode_session_duration_type(
            q_,
            &query::join_wire(wire_, "SessionDuration"),
            &query::join_path(path_, "sessionDuration"),
            errors_,
        )?;
        let only_send_by_owner = query::boolean(
            q_,
            &query::join_wire(wire_, "OnlySendByOwner"),
            &query::join_path(path_, "onlySendByOwner"),
            errors_,
        )?;
        Ok(Self {
            owner_account_id,
            description: query::required(description, wire_, "Description")?,
            permissions: query::required(permissions, wire_, "Permissions")?,
            request_message,
            requestor_workflow_id: query::required(
                requestor_workflow_id,
                wire_,
                "RequestorWorkflowId",
            )?,
            redirect_url,
            notification_channel: query::required(
                notification_channel,
                wire_,
                "NotificationChannel",
            )?,
            session_duration: query::required(session_duration, wire_, "SessionDuration")?,
            only_send_by_owner,
        })
    }
}

/// Shape `CreateDelegationRequestResponse`; output of `CreateDelegationRequest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateDelegationRequestResponse {
    /// `ConsoleDeepLink`.
    pub console_deep_link: Option<String>,
    /// `DelegationRequestId`.
    pub delegation_request_id: Option<String>,
}

impl WriteXml for CreateDelegationRequestResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.console_deep_link {
            xml::text(w, "ConsoleDeepLink", v)?;
        }
        if let Some(v) = &self.delegation_request_id {
            xml::text(w, "DelegationRequestId", v)?;
        }
        Ok(())
    }
}

/// Shape `CreateGroupRequest`; input of `CreateGroup`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateGroupRequest {
    /// `Path`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub path: Option<String>,
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
}

impl CreateGroupRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path = decode_path_type(
            q_,
            &query::join_wire(wire_, "Path"),
            &query::join_path(path_, "path"),
            errors_,
        )?;
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        Ok(Self {
            path,
            group_name: query::required(group_name, wire_, "GroupName")?,
        })
    }
}

/// Shape `CreateGroupResponse`; output of `CreateGroup`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateGroupResponse {
    /// `Group` (required).
    pub group: Group,
}

impl WriteXml for CreateGroupResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "Group", &self.group)?;
        Ok(())
    }
}

/// Shape `CreateInstanceProfileRequest`; input of `CreateInstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateInstanceProfileRequest {
    /// `InstanceProfileName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub instance_profile_name: String,
    /// `Path`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub path: Option<String>,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
}

impl CreateInstanceProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let instance_profile_name = decode_instance_profile_name_type(
            q_,
            &query::join_wire(wire_, "InstanceProfileName"),
            &query::join_path(path_, "instanceProfileName"),
            errors_,
        )?;
        let path = decode_path_type(
            q_,
            &query::join_wire(wire_, "Path"),
            &query::join_path(path_, "path"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            instance_profile_name: query::required(
                instance_profile_name,
                wire_,
                "InstanceProfileName",
            )?,
            path,
            tags,
        })
    }
}

/// Shape `CreateInstanceProfileResponse`; output of `CreateInstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateInstanceProfileResponse {
    /// `InstanceProfile` (required).
    pub instance_profile: InstanceProfile,
}

impl WriteXml for CreateInstanceProfileResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "InstanceProfile", &self.instance_profile)?;
        Ok(())
    }
}

/// Shape `CreateLoginProfileRequest`; input of `CreateLoginProfile`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct CreateLoginProfileRequest {
    /// `UserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `Password`: length 1..=128, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`, sensitive.
    pub password: Option<String>,
    /// `PasswordResetRequired`.
    pub password_reset_required: Option<bool>,
}

impl std::fmt::Debug for CreateLoginProfileRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateLoginProfileRequest")
            .field("user_name", &self.user_name)
            .field("password", &"<redacted>")
            .field("password_reset_required", &self.password_reset_required)
            .finish()
    }
}

impl CreateLoginProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let password = decode_password_type(
            q_,
            &query::join_wire(wire_, "Password"),
            &query::join_path(path_, "password"),
            errors_,
        )?;
        let password_reset_required = query::boolean(
            q_,
            &query::join_wire(wire_, "PasswordResetRequired"),
            &query::join_path(path_, "passwordResetRequired"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            password,
            password_reset_required,
        })
    }
}

/// Shape `CreateLoginProfileResponse`; output of `CreateLoginProfile`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateLoginProfileResponse {
    /// `LoginProfile` (required).
    pub login_profile: LoginProfile,
}

impl WriteXml for CreateLoginProfileResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "LoginProfile", &self.login_profile)?;
        Ok(())
    }
}

/// Shape `CreateOpenIDConnectProviderRequest`; input of `CreateOpenIDConnectProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateOpenIDConnectProviderRequest {
    /// `Url` (required): length 1..=255.
    pub url: String,
    /// `ClientIDList`.
    pub client_id_list: Option<Vec<String>>,
    /// `ThumbprintList`.
    pub thumbprint_list: Option<Vec<String>>,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
}

impl CreateOpenIDConnectProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let url = decode_open_id_connect_provider_url_type(
            q_,
            &query::join_wire(wire_, "Url"),
            &query::join_path(path_, "url"),
            errors_,
        )?;
        let client_id_list = decode_client_id_list_type(
            q_,
            &query::join_wire(wire_, "ClientIDList"),
            &query::join_path(path_, "clientIDList"),
            errors_,
        )?;
        let thumbprint_list = decode_thumbprint_list_type(
            q_,
            &query::join_wire(wire_, "ThumbprintList"),
            &query::join_path(path_, "thumbprintList"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            url: query::required(url, wire_, "Url")?,
            client_id_list,
            thumbprint_list,
            tags,
        })
    }
}

/// Shape `CreateOpenIDConnectProviderResponse`; output of `CreateOpenIDConnectProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateOpenIDConnectProviderResponse {
    /// `OpenIDConnectProviderArn`.
    pub open_id_connect_provider_arn: Option<String>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl WriteXml for CreateOpenIDConnectProviderResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.open_id_connect_provider_arn {
            xml::text(w, "OpenIDConnectProviderArn", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `CreatePolicyRequest`; input of `CreatePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreatePolicyRequest {
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
    /// `Path`: length 1..=512, pattern `((/[A-Za-z0-9\.,\+@=_-]+)*)/`.
    pub path: Option<String>,
    /// `PolicyDocument` (required): length 1..=131072, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy_document: String,
    /// `Description`: length <= 1000.
    pub description: Option<String>,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
}

impl CreatePolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        let path = decode_policy_path_type(
            q_,
            &query::join_wire(wire_, "Path"),
            &query::join_path(path_, "path"),
            errors_,
        )?;
        let policy_document = decode_policy_document_type(
            q_,
            &query::join_wire(wire_, "PolicyDocument"),
            &query::join_path(path_, "policyDocument"),
            errors_,
        )?;
        let description = decode_policy_description_type(
            q_,
            &query::join_wire(wire_, "Description"),
            &query::join_path(path_, "description"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
            path,
            policy_document: query::required(policy_document, wire_, "PolicyDocument")?,
            description,
            tags,
        })
    }
}

/// Shape `CreatePolicyResponse`; output of `CreatePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreatePolicyResponse {
    /// `Policy`.
    pub policy: Option<Policy>,
}

impl WriteXml for CreatePolicyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy {
            xml::structure(w, "Policy", v)?;
        }
        Ok(())
    }
}

/// Shape `CreatePolicyVersionRequest`; input of `CreatePolicyVersion`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreatePolicyVersionRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
    /// `PolicyDocument` (required): length 1..=131072, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy_document: String,
    /// `SetAsDefault`.
    pub set_as_default: Option<bool>,
}

impl CreatePolicyVersionRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        let policy_document = decode_policy_document_type(
            q_,
            &query::join_wire(wire_, "PolicyDocument"),
            &query::join_path(path_, "policyDocument"),
            errors_,
        )?;
        let set_as_default = query::boolean(
            q_,
            &query::join_wire(wire_, "SetAsDefault"),
            &query::join_path(path_, "setAsDefault"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
            policy_document: query::required(policy_document, wire_, "PolicyDocument")?,
            set_as_default,
        })
    }
}

/// Shape `CreatePolicyVersionResponse`; output of `CreatePolicyVersion`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreatePolicyVersionResponse {
    /// `PolicyVersion`.
    pub policy_version: Option<PolicyVersion>,
}

impl WriteXml for CreatePolicyVersionResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy_version {
            xml::structure(w, "PolicyVersion", v)?;
        }
        Ok(())
    }
}

/// Shape `CreateRoleRequest`; input of `CreateRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateRoleRequest {
    /// `Path`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub path: Option<String>,
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `AssumeRolePolicyDocument` (required): length 1..=131072, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub assume_role_policy_document: String,
    /// `Description`: length <= 1000, pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
    pub description: Option<String>,
    /// `MaxSessionDuration`: value 3600..=43200.
    pub max_session_duration: Option<i32>,
    /// `PermissionsBoundary`: length 20..=2048.
    pub permissions_boundary: Option<String>,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
}

impl CreateRoleRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path = decode_path_type(
            q_,
            &query::join_wire(wire_, "Path"),
            &query::join_path(path_, "path"),
            errors_,
        )?;
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let assume_role_policy_document = decode_policy_document_type(
            q_,
            &query::join_wire(wire_, "AssumeRolePolicyDocument"),
            &query::join_path(path_, "assumeRolePolicyDocument"),
            errors_,
        )?;
        let description = decode_role_description_type(
            q_,
            &query::join_wire(wire_, "Description"),
            &query::join_path(path_, "description"),
            errors_,
        )?;
        let max_session_duration = decode_role_max_session_duration_type(
            q_,
            &query::join_wire(wire_, "MaxSessionDuration"),
            &query::join_path(path_, "maxSessionDuration"),
            errors_,
        )?;
        let permissions_boundary = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PermissionsBoundary"),
            &query::join_path(path_, "permissionsBoundary"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            path,
            role_name: query::required(role_name, wire_, "RoleName")?,
            assume_role_policy_document: query::required(
                assume_role_policy_document,
                wire_,
                "AssumeRolePolicyDocument",
            )?,
            description,
            max_session_duration,
            permissions_boundary,
            tags,
        })
    }
}

/// Shape `CreateRoleResponse`; output of `CreateRole`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateRoleResponse {
    /// `Role` (required).
    pub role: Role,
}

impl WriteXml for CreateRoleResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "Role", &self.role)?;
        Ok(())
    }
}

/// Shape `CreateSAMLProviderRequest`; input of `CreateSAMLProvider`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct CreateSAMLProviderRequest {
    /// `SAMLMetadataDocument` (required): length 1000..=10000000.
    pub saml_metadata_document: String,
    /// `Name` (required): length 1..=128, pattern `[\w._-]+`.
    pub name: String,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
    /// `AssertionEncryptionMode`: one of [`ASSERTION_ENCRYPTION_MODE_TYPE_VALUES`].
    pub assertion_encryption_mode: Option<String>,
    /// `AddPrivateKey`: length 1..=16384, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`, sensitive.
    pub add_private_key: Option<String>,
}

impl std::fmt::Debug for CreateSAMLProviderRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSAMLProviderRequest")
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("name", &self.name)
            .field("tags", &self.tags)
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field("add_private_key", &"<redacted>")
            .finish()
    }
}

impl CreateSAMLProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let saml_metadata_document = decode_saml_metadata_document_type(
            q_,
            &query::join_wire(wire_, "SAMLMetadataDocument"),
            &query::join_path(path_, "sAMLMetadataDocument"),
            errors_,
        )?;
        let name = decode_saml_provider_name_type(
            q_,
            &query::join_wire(wire_, "Name"),
            &query::join_path(path_, "name"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        let assertion_encryption_mode = decode_assertion_encryption_mode_type(
            q_,
            &query::join_wire(wire_, "AssertionEncryptionMode"),
            &query::join_path(path_, "assertionEncryptionMode"),
            errors_,
        )?;
        let add_private_key = decode_private_key_type(
            q_,
            &query::join_wire(wire_, "AddPrivateKey"),
            &query::join_path(path_, "addPrivateKey"),
            errors_,
        )?;
        Ok(Self {
            saml_metadata_document: query::required(
                saml_metadata_document,
                wire_,
                "SAMLMetadataDocument",
            )?,
            name: query::required(name, wire_, "Name")?,
            tags,
            assertion_encryption_mode,
            add_private_key,
        })
    }
}

/// Shape `CreateSAMLProviderResponse`; output of `CreateSAMLProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateSAMLProviderResponse {
    /// `SAMLProviderArn`.
    pub saml_provider_arn: Option<String>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl WriteXml for CreateSAMLProviderResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.saml_provider_arn {
            xml::text(w, "SAMLProviderArn", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `CreateServiceLinkedRoleRequest`; input of `CreateServiceLinkedRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateServiceLinkedRoleRequest {
    /// `AWSServiceName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub aws_service_name: String,
    /// `Description`: length <= 1000, pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
    pub description: Option<String>,
    /// `CustomSuffix`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub custom_suffix: Option<String>,
}

impl CreateServiceLinkedRoleRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let aws_service_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "AWSServiceName"),
            &query::join_path(path_, "aWSServiceName"),
            errors_,
        )?;
        let description = decode_role_description_type(
            q_,
            &query::join_wire(wire_, "Description"),
            &query::join_path(path_, "description"),
            errors_,
        )?;
        let custom_suffix = decode_custom_suffix_type(
            q_,
            &query::join_wire(wire_, "CustomSuffix"),
            &query::join_path(path_, "customSuffix"),
            errors_,
        )?;
        Ok(Self {
            aws_service_name: query::required(aws_service_name, wire_, "AWSServiceName")?,
            description,
            custom_suffix,
        })
    }
}

/// Shape `CreateServiceLinkedRoleResponse`; output of `CreateServiceLinkedRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateServiceLinkedRoleResponse {
    /// `Role`.
    pub role: Option<Role>,
}

impl WriteXml for CreateServiceLinkedRoleResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.role {
            xml::structure(w, "Role", v)?;
        }
        Ok(())
    }
}

/// Shape `CreateServiceSpecificCredentialRequest`; input of `CreateServiceSpecificCredential`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateServiceSpecificCredentialRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `ServiceName` (required).
    pub service_name: String,
    /// `CredentialAgeDays`: value 1..=36600.
    pub credential_age_days: Option<i32>,
}

impl CreateServiceSpecificCredentialRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let service_name = query::string(
            q_,
            &query::join_wire(wire_, "ServiceName"),
            &query::join_path(path_, "serviceName"),
            errors_,
        )?;
        let credential_age_days = decode_credential_age_days(
            q_,
            &query::join_wire(wire_, "CredentialAgeDays"),
            &query::join_path(path_, "credentialAgeDays"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            service_name: query::required(service_name, wire_, "ServiceName")?,
            credential_age_days,
        })
    }
}

/// Shape `CreateServiceSpecificCredentialResponse`; output of `CreateServiceSpecificCredential`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateServiceSpecificCredentialResponse {
    /// `ServiceSpecificCredential`.
    pub service_specific_credential: Option<ServiceSpecificCredential>,
}

impl WriteXml for CreateServiceSpecificCredentialResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.service_specific_credential {
            xml::structure(w, "ServiceSpecificCredential", v)?;
        }
        Ok(())
    }
}

/// Shape `CreateUserRequest`; input of `CreateUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateUserRequest {
    /// `Path`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub path: Option<String>,
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `PermissionsBoundary`: length 20..=2048.
    pub permissions_boundary: Option<String>,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
}

impl CreateUserRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path = decode_path_type(
            q_,
            &query::join_wire(wire_, "Path"),
            &query::join_path(path_, "path"),
            errors_,
        )?;
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let permissions_boundary = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PermissionsBoundary"),
            &query::join_path(path_, "permissionsBoundary"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            path,
            user_name: query::required(user_name, wire_, "UserName")?,
            permissions_boundary,
            tags,
        })
    }
}

/// Shape `CreateUserResponse`; output of `CreateUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateUserResponse {
    /// `User`.
    pub user: Option<User>,
}

impl WriteXml for CreateUserResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.user {
            xml::structure(w, "User", v)?;
        }
        Ok(())
    }
}

/// Shape `CreateVirtualMFADeviceRequest`; input of `CreateVirtualMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateVirtualMFADeviceRequest {
    /// `Path`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub path: Option<String>,
    /// `VirtualMFADeviceName` (required): length >= 1, pattern `[\w+=,.@-]+`.
    pub virtual_mfa_device_name: String,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
}

impl CreateVirtualMFADeviceRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path = decode_path_type(
            q_,
            &query::join_wire(wire_, "Path"),
            &query::join_path(path_, "path"),
            errors_,
        )?;
        let virtual_mfa_device_name = decode_virtual_mfa_device_name(
            q_,
            &query::join_wire(wire_, "VirtualMFADeviceName"),
            &query::join_path(path_, "virtualMFADeviceName"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            path,
            virtual_mfa_device_name: query::required(
                virtual_mfa_device_name,
                wire_,
                "VirtualMFADeviceName",
            )?,
            tags,
        })
    }
}

/// Shape `CreateVirtualMFADeviceResponse`; output of `CreateVirtualMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreateVirtualMFADeviceResponse {
    /// `VirtualMFADevice` (required).
    pub virtual_mfa_device: VirtualMFADevice,
}

impl WriteXml for CreateVirtualMFADeviceResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "VirtualMFADevice", &self.virtual_mfa_device)?;
        Ok(())
    }
}

/// Shape `DeactivateMFADeviceRequest`; input of `DeactivateMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeactivateMFADeviceRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `SerialNumber` (required): length 9..=256, pattern `[\w+=/:,.@-]+`.
    pub serial_number: String,
}

impl DeactivateMFADeviceRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            serial_number: query::required(serial_number, wire_, "SerialNumber")?,
        })
    }
}

/// Shape `DelegationPermission`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DelegationPermission {
    /// `PolicyTemplateArn`: length 20..=2048.
    pub policy_template_arn: Option<String>,
    /// `Parameters`: length <= 50.
    pub parameters: Option<Vec<PolicyParameter>>,
}

impl DelegationPermission {
    fn decode(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Option<Self>, ValidationError> {
        if !query::structure_present(q_, wire_) {
            return Ok(None);
        }
        Self::decode_members(q_, wire_, path_, errors_).map(Some)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_template_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyTemplateArn"),
            &query::join_path(path_, "policyTemplateArn"),
            errors_,
        )?;
        let parameters = decode_policy_parameter_list_type(
            q_,
            &query::join_wire(wire_, "Parameters"),
            &query::join_path(path_, "parameters"),
            errors_,
        )?;
        Ok(Self {
            policy_template_arn,
            parameters,
        })
    }
}

impl WriteXml for DelegationPermission {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy_template_arn {
            xml::text(w, "PolicyTemplateArn", v)?;
        }
        if let Some(v) = &self.parameters {
            xml::list(w, "Parameters", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `DelegationRequest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DelegationRequest {
    /// `DelegationRequestId`.
    pub delegation_request_id: Option<String>,
    /// `OwnerAccountId`.
    pub owner_account_id: Option<String>,
    /// `Description`.
    pub description: Option<String>,
    /// `RequestMessage`.
    pub request_message: Option<String>,
    /// `Permissions`.
    pub permissions: Option<DelegationPermission>,
    /// `PermissionPolicy`.
    pub permission_policy: Option<String>,
    /// `RolePermissionRestrictionArns`.
    pub role_permission_restriction_arns: Option<Vec<String>>,
    /// `OwnerId`.
    pub owner_id: Option<String>,
    /// `ApproverId`.
    pub approver_id: Option<String>,
    /// `State`.
    pub state: Option<String>,
    /// `ExpirationTime`.
    pub expiration_time: Option<OffsetDateTime>,
    /// `RequestorId`.
    pub requestor_id: Option<String>,
    /// `RequestorName`.
    pub requestor_name: Option<String>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
    /// `SessionDuration`.
    pub session_duration: Option<i32>,
    /// `RedirectUrl`.
    pub redirect_url: Option<String>,
    /// `Notes`.
    pub notes: Option<String>,
    /// `RejectionReason`.
    pub rejection_reason: Option<String>,
    /// `OnlySendByOwner`.
    pub only_send_by_owner: Option<bool>,
    /// `UpdatedTime`.
    pub updated_time: Option<OffsetDateTime>,
}

impl WriteXml for DelegationRequest {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.delegation_request_id {
            xml::text(w, "DelegationRequestId", v)?;
        }
        if let Some(v) = &self.owner_account_id {
            xml::text(w, "OwnerAccountId", v)?;
        }
        if let Some(v) = &self.description {
            xml::text(w, "Description", v)?;
        }
        if let Some(v) = &self.request_message {
            xml::text(w, "RequestMessage", v)?;
        }
        if let Some(v) = &self.permissions {
            xml::structure(w, "Permissions", v)?;
        }
        if let Some(v) = &self.permission_policy {
            xml::text(w, "PermissionPolicy", v)?;
        }
        if let Some(v) = &self.role_permission_restriction_arns {
            xml::list(w, "RolePermissionRestrictionArns", v, |w, v| {
                xml::text(w, "member", v)
            })?;
        }
        if let Some(v) = &self.owner_id {
            xml::text(w, "OwnerId", v)?;
        }
        if let Some(v) = &self.approver_id {
            xml::text(w, "ApproverId", v)?;
        }
        if let Some(v) = &self.state {
            xml::text(w, "State", v)?;
        }
        if let Some(v) = &self.expiration_time {
            xml::timestamp(w, "ExpirationTime", v)?;
        }
        if let Some(v) = &self.requestor_id {
            xml::text(w, "RequestorId", v)?;
        }
        if let Some(v) = &self.requestor_name {
            xml::text(w, "RequestorName", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        if let Some(v) = &self.session_duration {
            xml::integer(w, "SessionDuration", v)?;
        }
        if let Some(v) = &self.redirect_url {
            xml::text(w, "RedirectUrl", v)?;
        }
        if let Some(v) = &self.notes {
            xml::text(w, "Notes", v)?;
        }
        if let Some(v) = &self.rejection_reason {
            xml::text(w, "RejectionReason", v)?;
        }
        if let Some(v) = &self.only_send_by_owner {
            xml::boolean(w, "OnlySendByOwner", v)?;
        }
        if let Some(v) = &self.updated_time {
            xml::timestamp(w, "UpdatedTime", v)?;
        }
        Ok(())
    }
}

/// Shape `DeleteAccessKeyRequest`; input of `DeleteAccessKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteAccessKeyRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `AccessKeyId` (required): length 16..=128, pattern `[\w]+`.
    pub access_key_id: String,
}

impl DeleteAccessKeyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let access_key_id = decode_access_key_id_type(
            q_,
            &query::join_wire(wire_, "AccessKeyId"),
            &query::join_path(path_, "accessKeyId"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            access_key_id: query::required(access_key_id, wire_, "AccessKeyId")?,
        })
    }
}

/// Shape `DeleteAccountAliasRequest`; input of `DeleteAccountAlias`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteAccountAliasRequest {
    /// `AccountAlias` (required): length 3..=63, pattern `^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$`.
    pub account_alias: String,
}

impl DeleteAccountAliasRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let account_alias = decode_account_alias_type(
            q_,
            &query::join_wire(wire_, "AccountAlias"),
            &query::join_path(path_, "accountAlias"),
            errors_,
        )?;
        Ok(Self {
            account_alias: query::required(account_alias, wire_, "AccountAlias")?,
        })
    }
}

/// Shape `DeleteGroupPolicyRequest`; input of `DeleteGroupPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteGroupPolicyRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
}

impl DeleteGroupPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
        })
    }
}

/// Shape `DeleteGroupRequest`; input of `DeleteGroup`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteGroupRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
}

impl DeleteGroupRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
        })
    }
}

/// Shape `DeleteInstanceProfileRequest`; input of `DeleteInstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteInstanceProfileRequest {
    /// `InstanceProfileName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub instance_profile_name: String,
}

impl DeleteInstanceProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let instance_profile_name = decode_instance_profile_name_type(
            q_,
            &query::join_wire(wire_, "InstanceProfileName"),
            &query::join_path(path_, "instanceProfileName"),
            errors_,
        )?;
        Ok(Self {
            instance_profile_name: query::required(
                instance_profile_name,
                wire_,
                "InstanceProfileName",
            )?,
        })
    }
}

/// Shape `DeleteLoginProfileRequest`; input of `DeleteLoginProfile`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteLoginProfileRequest {
    /// `UserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
}

impl DeleteLoginProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        Ok(Self { user_name })
    }
}

/// Shape `DeleteOpenIDConnectProviderRequest`; input of `DeleteOpenIDConnectProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (required): length 20..=2048.
    pub open_id_connect_provider_arn: String,
}

impl DeleteOpenIDConnectProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let open_id_connect_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "OpenIDConnectProviderArn"),
            &query::join_path(path_, "openIDConnectProviderArn"),
            errors_,
        )?;
        Ok(Self {
            open_id_connect_provider_arn: query::required(
                open_id_connect_provider_arn,
                wire_,
                "OpenIDConnectProviderArn",
            )?,
        })
    }
}

/// Shape `DeletePolicyRequest`; input of `DeletePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeletePolicyRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
}

impl DeletePolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
        })
    }
}

/// Shape `DeletePolicyVersionRequest`; input of `DeletePolicyVersion`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeletePolicyVersionRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
    /// `VersionId` (required): pattern `v[1-9][0-9]*(\.[A-Za-z0-9-]*)?`.
    pub version_id: String,
}

impl DeletePolicyVersionRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        let version_id = decode_policy_version_id_type(
            q_,
            &query::join_wire(wire_, "VersionId"),
            &query::join_path(path_, "versionId"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
            version_id: query::required(version_id, wire_, "VersionId")?,
        })
    }
}

/// Shape `DeleteRolePermissionsBoundaryRequest`; input of `DeleteRolePermissionsBoundary`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteRolePermissionsBoundaryRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
}

impl DeleteRolePermissionsBoundaryRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
        })
    }
}

/// Shape `DeleteRolePolicyRequest`; input of `DeleteRolePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteRolePolicyRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
}

impl DeleteRolePolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
        })
    }
}

/// Shape `DeleteRoleRequest`; input of `DeleteRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteRoleRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
}

impl DeleteRoleRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
        })
    }
}

/// Shape `DeleteSAMLProviderRequest`; input of `DeleteSAMLProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteSAMLProviderRequest {
    /// `SAMLProviderArn` (required): length 20..=2048.
    pub saml_provider_arn: String,
}

impl DeleteSAMLProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let saml_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "SAMLProviderArn"),
            &query::join_path(path_, "sAMLProviderArn"),
            errors_,
        )?;
        Ok(Self {
            saml_provider_arn: query::required(saml_provider_arn, wire_, "SAMLProviderArn")?,
        })
    }
}

/// Shape `DeleteSSHPublicKeyRequest`; input of `DeleteSSHPublicKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteSSHPublicKeyRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `SSHPublicKeyId` (required): length 20..=128, pattern `[\w]+`.
    pub ssh_public_key_id: String,
}

impl DeleteSSHPublicKeyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let ssh_public_key_id = decode_public_key_id_type(
            q_,
            &query::join_wire(wire_, "SSHPublicKeyId"),
            &query::join_path(path_, "sSHPublicKeyId"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            ssh_public_key_id: query::required(ssh_public_key_id, wire_, "SSHPublicKeyId")?,
        })
    }
}

/// Shape `DeleteServerCertificateRequest`; input of `DeleteServerCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteServerCertificateRequest {
    /// `ServerCertificateName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub server_certificate_name: String,
}

impl DeleteServerCertificateRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let server_certificate_name = decode_server_certificate_name_type(
            q_,
            &query::join_wire(wire_, "ServerCertificateName"),
            &query::join_path(path_, "serverCertificateName"),
            errors_,
        )?;
        Ok(Self {
            server_certificate_name: query::required(
                server_certificate_name,
                wire_,
                "ServerCertificateName",
            )?,
        })
    }
}

/// Shape `DeleteServiceLinkedRoleRequest`; input of `DeleteServiceLinkedRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteServiceLinkedRoleRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
}

impl DeleteServiceLinkedRoleRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
        })
    }
}

/// Shape `DeleteServiceLinkedRoleResponse`; output of `DeleteServiceLinkedRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteServiceLinkedRoleResponse {
    /// `DeletionTaskId` (required).
    pub deletion_task_id: String,
}

impl WriteXml for DeleteServiceLinkedRoleResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "DeletionTaskId", &self.deletion_task_id)?;
        Ok(())
    }
}

/// Shape `DeleteServiceSpecificCredentialRequest`; input of `DeleteServiceSpecificCredential`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteServiceSpecificCredentialRequest {
    /// `UserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `ServiceSpecificCredentialId` (required): length 20..=128, pattern `[\w]+`.
    pub service_specific_credential_id: String,
}

impl DeleteServiceSpecificCredentialRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let service_specific_credential_id = decode_service_specific_credential_id(
            q_,
            &query::join_wire(wire_, "ServiceSpecificCredentialId"),
            &query::join_path(path_, "serviceSpecificCredentialId"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            service_specific_credential_id: query::required(
                service_specific_credential_id,
                wire_,
                "ServiceSpecificCredentialId",
            )?,
        })
    }
}

/// Shape `DeleteSigningCertificateRequest`; input of `DeleteSigningCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteSigningCertificateRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `CertificateId` (required): length 24..=128, pattern `[\w]+`.
    pub certificate_id: String,
}

impl DeleteSigningCertificateRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let certificate_id = decode_certificate_id_type(
            q_,
            &query::join_wire(wire_, "CertificateId"),
            &query::join_path(path_, "certificateId"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            certificate_id: query::required(certificate_id, wire_, "CertificateId")?,
        })
    }
}

/// Shape `DeleteUserPermissionsBoundaryRequest`; input of `DeleteUserPermissionsBoundary`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteUserPermissionsBoundaryRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
}

impl DeleteUserPermissionsBoundaryRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
        })
    }
}

/// Shape `DeleteUserPolicyRequest`; input of `DeleteUserPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteUserPolicyRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
}

impl DeleteUserPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
        })
    }
}

/// Shape `DeleteUserRequest`; input of `DeleteUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteUserRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
}

impl DeleteUserRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
        })
    }
}

/// Shape `DeleteVirtualMFADeviceRequest`; input of `DeleteVirtualMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteVirtualMFADeviceRequest {
    /// `SerialNumber` (required): length 9..=256, pattern `[\w+=/:,.@-]+`.
    pub serial_number: String,
}

impl DeleteVirtualMFADeviceRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        Ok(Self {
            serial_number: query::required(serial_number, wire_, "SerialNumber")?,
        })
    }
}

/// Shape `DeletionTaskFailureReasonType`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeletionTaskFailureReasonType {
    /// `Reason`.
    pub reason: Option<String>,
    /// `RoleUsageList`.
    pub role_usage_list: Option<Vec<RoleUsageType>>,
}

impl WriteXml for DeletionTaskFailureReasonType {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.reason {
            xml::text(w, "Reason", v)?;
        }
        if let Some(v) = &self.role_usage_list {
            xml::list(w, "RoleUsageList", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `DetachGroupPolicyRequest`; input of `DetachGroupPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DetachGroupPolicyRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
}

impl DetachGroupPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
        })
    }
}

/// Shape `DetachRolePolicyRequest`; input of `DetachRolePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DetachRolePolicyRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
}

impl DetachRolePolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
        })
    }
}

/// Shape `DetachUserPolicyRequest`; input of `DetachUserPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DetachUserPolicyRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
}

impl DetachUserPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
        })
    }
}

/// Shape `DisableOrganizationsRootCredentialsManagementRequest`; input of `DisableOrganizationsRootCredentialsManagement`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DisableOrganizationsRootCredentialsManagementRequest {}

impl DisableOrganizationsRootCredentialsManagementRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        _q_: &QueryParams,
        _wire_: &str,
        _path_: &str,
        _errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        Ok(Self {})
    }
}

/// Shape `DisableOrganizationsRootCredentialsManagementResponse`; output of `DisableOrganizationsRootCredentialsManagement`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DisableOrganizationsRootCredentialsManagementResponse {
    /// `OrganizationId`.
    pub organization_id: Option<String>,
    /// `EnabledFeatures`.
    pub enabled_features: Option<Vec<String>>,
}

impl WriteXml for DisableOrganizationsRootCredentialsManagementResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.organization_id {
            xml::text(w, "OrganizationId", v)?;
        }
        if let Some(v) = &self.enabled_features {
            xml::list(w, "EnabledFeatures", v, |w, v| xml::text(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `DisableOrganizationsRootSessionsRequest`; input of `DisableOrganizationsRootSessions`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DisableOrganizationsRootSessionsRequest {}

impl DisableOrganizationsRootSessionsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        _q_: &QueryParams,
        _wire_: &str,
        _path_: &str,
        _errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        Ok(Self {})
    }
}

/// Shape `DisableOrganizationsRootSessionsResponse`; output of `DisableOrganizationsRootSessions`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DisableOrganizationsRootSessionsResponse {
    /// `OrganizationId`.
    pub organization_id: Option<String>,
    /// `EnabledFeatures`.
    pub enabled_features: Option<Vec<String>>,
}

impl WriteXml for DisableOrganizationsRootSessionsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.organization_id {
            xml::text(w, "OrganizationId", v)?;
        }
        if let Some(v) = &self.enabled_features {
            xml::list(w, "EnabledFeatures", v, |w, v| xml::text(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `EnableMFADeviceRequest`; input of `EnableMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EnableMFADeviceRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `SerialNumber` (required): length 9..=256, pattern `[\w+=/:,.@-]+`.
    pub serial_number: String,
    /// `AuthenticationCode1` (required): length 6..=6, pattern `[\d]+`.
    pub authentication_code1: String,
    /// `AuthenticationCode2` (required): length 6..=6, pattern `[\d]+`.
    pub authentication_code2: String,
}

impl EnableMFADeviceRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        let authentication_code1 = decode_authentication_code_type(
            q_,
            &query::join_wire(wire_, "AuthenticationCode1"),
            &query::join_path(path_, "authenticationCode1"),
            errors_,
        )?;
        let authentication_code2 = decode_authentication_code_type(
            q_,
            &query::join_wire(wire_, "AuthenticationCode2"),
            &query::join_path(path_, "authenticationCode2"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            serial_number: query::required(serial_number, wire_, "SerialNumber")?,
            authentication_code1: query::required(
                authentication_code1,
                wire_,
                "AuthenticationCode1",
            )?,
            authentication_code2: query::required(
                authentication_code2,
                wire_,
                "AuthenticationCode2",
            )?,
        })
    }
}

/// Shape `EnableOrganizationsRootCredentialsManagementRequest`; input of `EnableOrganizationsRootCredentialsManagement`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EnableOrganizationsRootCredentialsManagementRequest {}

impl EnableOrganizationsRootCredentialsManagementRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        _q_: &QueryParams,
        _wire_: &str,
        _path_: &str,
        _errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        Ok(Self {})
    }
}

/// Shape `EnableOrganizationsRootCredentialsManagementResponse`; output of `EnableOrganizationsRootCredentialsManagement`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EnableOrganizationsRootCredentialsManagementResponse {
    /// `OrganizationId`.
    pub organization_id: Option<String>,
    /// `EnabledFeatures`.
    pub enabled_features: Option<Vec<String>>,
}

impl WriteXml for EnableOrganizationsRootCredentialsManagementResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.organization_id {
            xml::text(w, "OrganizationId", v)?;
        }
        if let Some(v) = &self.enabled_features {
            xml::list(w, "EnabledFeatures", v, |w, v| xml::text(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `EnableOrganizationsRootSessionsRequest`; input of `EnableOrganizationsRootSessions`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EnableOrganizationsRootSessionsRequest {}

impl EnableOrganizationsRootSessionsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        _q_: &QueryParams,
        _wire_: &str,
        _path_: &str,
        _errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        Ok(Self {})
    }
}

/// Shape `EnableOrganizationsRootSessionsResponse`; output of `EnableOrganizationsRootSessions`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EnableOrganizationsRootSessionsResponse {
    /// `OrganizationId`.
    pub organization_id: Option<String>,
    /// `EnabledFeatures`.
    pub enabled_features: Option<Vec<String>>,
}

impl WriteXml for EnableOrganizationsRootSessionsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.organization_id {
            xml::text(w, "OrganizationId", v)?;
        }
        if let Some(v) = &self.enabled_features {
            xml::list(w, "EnabledFeatures", v, |w, v| xml::text(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `EnableOutboundWebIdentityFederationResponse`; output of `EnableOutboundWebIdentityFederation`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EnableOutboundWebIdentityFederationResponse {
    /// `IssuerIdentifier`.
    pub issuer_identifier: Option<String>,
}

impl WriteXml for EnableOutboundWebIdentityFederationResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.issuer_identifier {
            xml::text(w, "IssuerIdentifier", v)?;
        }
        Ok(())
    }
}

/// Shape `EntityDetails`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntityDetails {
    /// `EntityInfo` (required).
    pub entity_info: EntityInfo,
    /// `LastAuthenticated`.
    pub last_authenticated: Option<OffsetDateTime>,
}

impl WriteXml for EntityDetails {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "EntityInfo", &self.entity_info)?;
        if let Some(v) = &self.last_authenticated {
            xml::timestamp(w, "LastAuthenticated", v)?;
        }
        Ok(())
    }
}

/// Shape `EntityInfo`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntityInfo {
    /// `Arn` (required).
    pub arn: String,
    /// `Name` (required).
    pub name: String,
    /// `Type` (required).
    pub r#type: String,
    /// `Id` (required).
    pub id: String,
    /// `Path`.
    pub path: Option<String>,
}

impl WriteXml for EntityInfo {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "Arn", &self.arn)?;
        xml::text(w, "Name", &self.name)?;
        xml::text(w, "Type", &self.r#type)?;
        xml::text(w, "Id", &self.id)?;
        if let Some(v) = &self.path {
            xml::text(w, "Path", v)?;
        }
        Ok(())
    }
}

/// Shape `ErrorDetails`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ErrorDetails {
    /// `Message` (required).
    pub message: String,
    /// `Code` (required).
    pub code: String,
}

impl WriteXml for ErrorDetails {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "Message", &self.message)?;
        xml::text(w, "Code", &self.code)?;
        Ok(())
    }
}

/// Shape `EvaluationResult`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EvaluationResult {
    /// `EvalActionName` (required).
    pub eval_action_name: String,
    /// `EvalResourceName`.
    pub eval_resource_name: Option<String>,
    /// `EvalDecision` (required).
    pub eval_decision: String,
    /// `MatchedStatements`.
    pub matched_statements: Option<Vec<Statement>>,
    /// `MissingContextValues`.
    pub missing_context_values: Option<Vec<String>>,
    /// `OrganizationsDecisionDetail`.
    pub organizations_decision_detail: Option<OrganizationsDecisionDetail>,
    /// `PermissionsBoundaryDecisionDetail`.
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
    /// `EvalDecisionDetails`.
    pub eval_decision_details: Option<BTreeMap<String, String>>,
    /// `ResourceSpecificResults`.
    pub resource_specific_results: Option<Vec<ResourceSpecificResult>>,
}

impl WriteXml for EvaluationResult {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "EvalActionName", &self.eval_action_name)?;
        if let Some(v) = &self.eval_resource_name {
            xml::text(w, "EvalResourceName", v)?;
        }
        xml::text(w, "EvalDecision", &self.eval_decision)?;
        if let Some(v) = &self.matched_statements {
            xml::list(w, "MatchedStatements", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.missing_context_values {
            xml::list(w, "MissingContextValues", v, |w, v| {
                xml::text(w, "member", v)
            })?;
        }
        if let Some(v) = &self.organizations_decision_detail {
            xml::structure(w, "OrganizationsDecisionDetail", v)?;
        }
        if let Some(v) = &self.permissions_boundary_decision_detail {
            xml::structure(w, "PermissionsBoundaryDecisionDetail", v)?;
        }
        if let Some(v) = &self.eval_decision_details {
            xml::map(w, "EvalDecisionDetails", v, |w, v| xml::text(w, "value", v))?;
        }
        if let Some(v) = &self.resource_specific_results {
            xml::list(w, "ResourceSpecificResults", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        Ok(())
    }
}

/// Shape `GenerateCredentialReportResponse`; output of `GenerateCredentialReport`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GenerateCredentialReportResponse {
    /// `State`.
    pub state: Option<String>,
    /// `Description`.
    pub description: Option<String>,
}

impl WriteXml for GenerateCredentialReportResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.state {
            xml::text(w, "State", v)?;
        }
        if let Some(v) = &self.description {
            xml::text(w, "Description", v)?;
        }
        Ok(())
    }
}

/// Shape `GenerateOrganizationsAccessReportRequest`; input of `GenerateOrganizationsAccessReport`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GenerateOrganizationsAccessReportRequest {
    /// `EntityPath` (required): length 19..=427, pattern `^o-[0-9a-z]{10,32}\/r-[0-9a-z]{4,32}[0-9a-z-\/]*`.
    pub entity_path: String,
    /// `OrganizationsPolicyId`: pattern `^p-[0-9a-zA-Z_]{8,128}$`.
    pub organizations_policy_id: Option<String>,
}

impl GenerateOrganizationsAccessReportRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let entity_path = decode_organizations_entity_path_type(
            q_,
            &query::join_wire(wire_, "EntityPath"),
            &query::join_path(path_, "entityPath"),
            errors_,
        )?;
        let organizations_policy_id = decode_organizations_policy_id_type(
            q_,
            &query::join_wire(wire_, "OrganizationsPolicyId"),
            &query::join_path(path_, "organizationsPolicyId"),
            errors_,
        )?;
        Ok(Self {
            entity_path: query::required(entity_path, wire_, "EntityPath")?,
            organizations_policy_id,
        })
    }
}

/// Shape `GenerateOrganizationsAccessReportResponse`; output of `GenerateOrganizationsAccessReport`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GenerateOrganizationsAccessReportResponse {
    /// `JobId`.
    pub job_id: Option<String>,
}

impl WriteXml for GenerateOrganizationsAccessReportResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.job_id {
            xml::text(w, "JobId", v)?;
        }
        Ok(())
    }
}

/// Shape `GenerateServiceLastAccessedDetailsRequest`; input of `GenerateServiceLastAccessedDetails`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GenerateServiceLastAccessedDetailsRequest {
    /// `Arn` (required): length 20..=2048.
    pub arn: String,
    /// `Granularity`: one of [`ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE_VALUES`].
    pub granularity: Option<String>,
}

impl GenerateServiceLastAccessedDetailsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "Arn"),
            &query::join_path(path_, "arn"),
            errors_,
        )?;
        let granularity = decode_access_advisor_usage_granularity_type(
            q_,
            &query::join_wire(wire_, "Granularity"),
            &query::join_path(path_, "granularity"),
            errors_,
        )?;
        Ok(Self {
            arn: query::required(arn, wire_, "Arn")?,
            granularity,
        })
    }
}

/// Shape `GenerateServiceLastAccessedDetailsResponse`; output of `GenerateServiceLastAccessedDetails`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GenerateServiceLastAccessedDetailsResponse {
    /// `JobId`.
    pub job_id: Option<String>,
}

impl WriteXml for GenerateServiceLastAccessedDetailsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.job_id {
            xml::text(w, "JobId", v)?;
        }
        Ok(())
    }
}

/// Shape `GetAccessKeyLastUsedRequest`; input of `GetAccessKeyLastUsed`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetAccessKeyLastUsedRequest {
    /// `AccessKeyId` (required): length 16..=128, pattern `[\w]+`.
    pub access_key_id: String,
}

impl GetAccessKeyLastUsedRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let access_key_id = decode_access_key_id_type(
            q_,
            &query::join_wire(wire_, "AccessKeyId"),
            &query::join_path(path_, "accessKeyId"),
            errors_,
        )?;
        Ok(Self {
            access_key_id: query::required(access_key_id, wire_, "AccessKeyId")?,
        })
    }
}

/// Shape `GetAccessKeyLastUsedResponse`; output of `GetAccessKeyLastUsed`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetAccessKeyLastUsedResponse {
    /// `UserName`.
    pub user_name: Option<String>,
    /// `AccessKeyLastUsed`.
    pub access_key_last_used: Option<AccessKeyLastUsed>,
}

impl WriteXml for GetAccessKeyLastUsedResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.user_name {
            xml::text(w, "UserName", v)?;
        }
        if let Some(v) = &self.access_key_last_used {
            xml::structure(w, "AccessKeyLastUsed", v)?;
        }
        Ok(())
    }
}

/// Shape `GetAccountAuthorizationDetailsRequest`; input of `GetAccountAuthorizationDetails`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetAccountAuthorizationDetailsRequest {
    /// `Filter`.
    pub filter: Option<Vec<String>>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
}

impl GetAccountAuthorizationDetailsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let filter = decode_entity_list_type(
            q_,
            &query::join_wire(wire_, "Filter"),
            &query::join_path(path_, "filter"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        Ok(Self {
            filter,
            max_items,
            marker,
        })
    }
}

/// Shape `GetAccountAuthorizationDetailsResponse`; output of `GetAccountAuthorizationDetails`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetAccountAuthorizationDetailsResponse {
    /// `UserDetailList`.
    pub user_detail_list: Option<Vec<UserDetail>>,
    /// `GroupDetailList`.
    pub group_detail_list: Option<Vec<GroupDetail>>,
    /// `RoleDetailList`.
    pub role_detail_list: Option<Vec<RoleDetail>>,
    /// `Policies`.
    pub policies: Option<Vec<ManagedPolicyDetail>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for GetAccountAuthorizationDetailsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.user_detail_list {
            xml::list(w, "UserDetailList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.group_detail_list {
            xml::list(w, "GroupDetailList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.role_detail_list {
            xml::list(w, "RoleDetailList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.policies {
            xml::list(w, "Policies", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `GetAccountPasswordPolicyResponse`; output of `GetAccountPasswordPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetAccountPasswordPolicyResponse {
    /// `PasswordPolicy` (required).
    pub password_policy: PasswordPolicy,
}

impl WriteXml for GetAccountPasswordPolicyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "PasswordPolicy", &self.password_policy)?;
        Ok(())
    }
}

/// Shape `GetAccountSummaryResponse`; output of `GetAccountSummary`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetAccountSummaryResponse {
    /// `SummaryMap`.
    pub summary_map: Option<BTreeMap<String, i32>>,
}

impl WriteXml for GetAccountSummaryResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.summary_map {
            xml::map(w, "SummaryMap", v, |w, v| xml::integer(w, "value", v))?;
        }
        Ok(())
    }
}

/// Shape `GetContextKeysForCustomPolicyRequest`; input of `GetContextKeysForCustomPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetContextKeysForCustomPolicyRequest {
    /// `PolicyInputList` (required).
    pub policy_input_list: Vec<String>,
}

impl GetContextKeysForCustomPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_input_list = decode_simulation_policy_list_type(
            q_,
            &query::join_wire(wire_, "PolicyInputList"),
            &query::join_path(path_, "policyInputList"),
            errors_,
        )?;
        Ok(Self {
            policy_input_list: query::required(policy_input_list, wire_, "PolicyInputList")?,
        })
    }
}

/// Shape `GetContextKeysForPolicyResponse`; output of `GetContextKeysForCustomPolicy`, `GetContextKeysForPrincipalPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetContextKeysForPolicyResponse {
    /// `ContextKeyNames`.
    pub context_key_names: Option<Vec<String>>,
}

impl WriteXml for GetContextKeysForPolicyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.context_key_names {
            xml::list(w, "ContextKeyNames", v, |w, v| xml::text(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `GetContextKeysForPrincipalPolicyRequest`; input of `GetContextKeysForPrincipalPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetContextKeysForPrincipalPolicyRequest {
    /// `PolicySourceArn` (required): length 20..=2048.
    pub policy_source_arn: String,
    /// `PolicyInputList`.
    pub policy_input_list: Option<Vec<String>>,
}

impl GetContextKeysForPrincipalPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_source_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicySourceArn"),
            &query::join_path(path_, "policySourceArn"),
            errors_,
        )?;
        let policy_input_list = decode_simulation_policy_list_type(
            q_,
            &query::join_wire(wire_, "PolicyInputList"),
            &query::join_path(path_, "policyInputList"),
            errors_,
        )?;
        Ok(Self {
            policy_source_arn: query::required(policy_source_arn, wire_, "PolicySourceArn")?,
            policy_input_list,
        })
    }
}

/// Shape `GetCredentialReportResponse`; output of `GetCredentialReport`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetCredentialReportResponse {
    /// `Content`.
    pub content: Option<Vec<u8>>,
    /// `ReportFormat`.
    pub report_format: Option<String>,
    /// `GeneratedTime`.
    pub generated_time: Option<OffsetDateTime>,
}

impl WriteXml for GetCredentialReportResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.content {
            xml::blob(w, "Content", v)?;
        }
        if let Some(v) = &self.report_format {
            xml::text(w, "ReportFormat", v)?;
        }
        if let Some(v) = &self.generated_time {
            xml::timestamp(w, "GeneratedTime", v)?;
        }
        Ok(())
    }
}

/// Shape `GetDelegationRequestRequest`; input of `GetDelegationRequest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetDelegationRequestRequest {
    /// `DelegationRequestId` (required): length 16..=128, pattern `[\w-]+`.
    pub delegation_request_id: String,
    /// `DelegationPermissionCheck`.
    pub delegation_permission_check: Option<bool>,
}

impl GetDelegationRequestRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let delegation_request_id = decode_delegation_request_id_type(
            q_,
            &query::join_wire(wire_, "DelegationRequestId"),
            &query::join_path(path_, "delegationRequestId"),
            errors_,
        )?;
        let delegation_permission_check = query::boolean(
            q_,
            &query::join_wire(wire_, "DelegationPermissionCheck"),
            &query::join_path(path_, "delegationPermissionCheck"),
            errors_,
        )?;
        Ok(Self {
            delegation_request_id: query::required(
                delegation_request_id,
                wire_,
                "DelegationRequestId",
            )?,
            delegation_permission_check,
        })
    }
}

/// Shape `GetDelegationRequestResponse`; output of `GetDelegationRequest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetDelegationRequestResponse {
    /// `DelegationRequest`.
    pub delegation_request: Option<DelegationRequest>,
    /// `PermissionCheckStatus`.
    pub permission_check_status: Option<String>,
    /// `PermissionCheckResult`.
    pub permission_check_result: Option<String>,
}

impl WriteXml for GetDelegationRequestResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.delegation_request {
            xml::structure(w, "DelegationRequest", v)?;
        }
        if let Some(v) = &self.permission_check_status {
            xml::text(w, "PermissionCheckStatus", v)?;
        }
        if let Some(v) = &self.permission_check_result {
            xml::text(w, "PermissionCheckResult", v)?;
        }
        Ok(())
    }
}

/// Shape `GetGroupPolicyRequest`; input of `GetGroupPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetGroupPolicyRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
}

impl GetGroupPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
        })
    }
}

/// Shape `GetGroupPolicyResponse`; output of `GetGroupPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetGroupPolicyResponse {
    /// `GroupName` (required).
    pub group_name: String,
    /// `PolicyName` (required).
    pub policy_name: String,
    /// `PolicyDocument` (required); URL-encoded when written to XML.
    pub policy_document: String,
}

impl WriteXml for GetGroupPolicyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "GroupName", &self.group_name)?;
        xml::text(w, "PolicyName", &self.policy_name)?;
        xml::url_encoded(w, "PolicyDocument", &self.policy_document)?;
        Ok(())
    }
}

/// Shape `GetGroupRequest`; input of `GetGroup`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetGroupRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl GetGroupRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            marker,
            max_items,
        })
    }
}

/// Shape `GetGroupResponse`; output of `GetGroup`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetGroupResponse {
    /// `Group` (required).
    pub group: Group,
    /// `Users` (required).
    pub users: Vec<User>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for GetGroupResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "Group", &self.group)?;
        xml::list(w, "Users", &self.users, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `GetHumanReadableSummaryRequest`; input of `GetHumanReadableSummary`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetHumanReadableSummaryRequest {
    /// `EntityArn` (required): length 20..=2048.
    pub entity_arn: String,
    /// `Locale`: length 2..=12.
    pub locale: Option<String>,
}

impl GetHumanReadableSummaryRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let entity_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "EntityArn"),
            &query::join_path(path_, "entityArn"),
            errors_,
        )?;
        let locale = decode_locale_type(
            q_,
            &query::join_wire(wire_, "Locale"),
            &query::join_path(path_, "locale"),
            errors_,
        )?;
        Ok(Self {
            entity_arn: query::required(entity_arn, wire_, "EntityArn")?,
            locale,
        })
    }
}

/// Shape `GetHumanReadableSummaryResponse`; output of `GetHumanReadableSummary`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetHumanReadableSummaryResponse {
    /// `SummaryContent`.
    pub summary_content: Option<String>,
    /// `Locale`.
    pub locale: Option<String>,
    /// `SummaryState`.
    pub summary_state: Option<String>,
}

impl WriteXml for GetHumanReadableSummaryResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.summary_content {
            xml::text(w, "SummaryContent", v)?;
        }
        if let Some(v) = &self.locale {
            xml::text(w, "Locale", v)?;
        }
        if let Some(v) = &self.summary_state {
            xml::text(w, "SummaryState", v)?;
        }
        Ok(())
    }
}

/// Shape `GetInstanceProfileRequest`; input of `GetInstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetInstanceProfileRequest {
    /// `InstanceProfileName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub instance_profile_name: String,
}

impl GetInstanceProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let instance_profile_name = decode_instance_profile_name_type(
            q_,
            &query::join_wire(wire_, "InstanceProfileName"),
            &query::join_path(path_, "instanceProfileName"),
            errors_,
        )?;
        Ok(Self {
            instance_profile_name: query::required(
                instance_profile_name,
                wire_,
                "InstanceProfileName",
            )?,
        })
    }
}

/// Shape `GetInstanceProfileResponse`; output of `GetInstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetInstanceProfileResponse {
    /// `InstanceProfile` (required).
    pub instance_profile: InstanceProfile,
}

impl WriteXml for GetInstanceProfileResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "InstanceProfile", &self.instance_profile)?;
        Ok(())
    }
}

/// Shape `GetLoginProfileRequest`; input of `GetLoginProfile`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetLoginProfileRequest {
    /// `UserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
}

impl GetLoginProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        Ok(Self { user_name })
    }
}

/// Shape `GetLoginProfileResponse`; output of `GetLoginProfile`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetLoginProfileResponse {
    /// `LoginProfile` (required).
    pub login_profile: LoginProfile,
}

impl WriteXml for GetLoginProfileResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "LoginProfile", &self.login_profile)?;
        Ok(())
    }
}

/// Shape `GetMFADeviceRequest`; input of `GetMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetMFADeviceRequest {
    /// `SerialNumber` (required): length 9..=256, pattern `[\w+=/:,.@-]+`.
    pub serial_number: String,
    /// `UserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
}

impl GetMFADeviceRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        Ok(Self {
            serial_number: query::required(serial_number, wire_, "SerialNumber")?,
            user_name,
        })
    }
}

/// Shape `GetMFADeviceResponse`; output of `GetMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetMFADeviceResponse {
    /// `UserName`.
    pub user_name: Option<String>,
    /// `SerialNumber` (required).
    pub serial_number: String,
    /// `EnableDate`.
    pub enable_date: Option<OffsetDateTime>,
    /// `Certifications`.
    pub certifications: Option<BTreeMap<String, String>>,
}

impl WriteXml for GetMFADeviceResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.user_name {
            xml::text(w, "UserName", v)?;
        }
        xml::text(w, "SerialNumber", &self.serial_number)?;
        if let Some(v) = &self.enable_date {
            xml::timestamp(w, "EnableDate", v)?;
        }
        if let Some(v) = &self.certifications {
            xml::map(w, "Certifications", v, |w, v| xml::text(w, "value", v))?;
        }
        Ok(())
    }
}

/// Shape `GetOpenIDConnectProviderRequest`; input of `GetOpenIDConnectProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (required): length 20..=2048.
    pub open_id_connect_provider_arn: String,
}

impl GetOpenIDConnectProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let open_id_connect_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "OpenIDConnectProviderArn"),
            &query::join_path(path_, "openIDConnectProviderArn"),
            errors_,
        )?;
        Ok(Self {
            open_id_connect_provider_arn: query::required(
                open_id_connect_provider_arn,
                wire_,
                "OpenIDConnectProviderArn",
            )?,
        })
    }
}

/// Shape `GetOpenIDConnectProviderResponse`; output of `GetOpenIDConnectProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetOpenIDConnectProviderResponse {
    /// `Url`.
    pub url: Option<String>,
    /// `ClientIDList`.
    pub client_id_list: Option<Vec<String>>,
    /// `ThumbprintList`.
    pub thumbprint_list: Option<Vec<String>>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl WriteXml for GetOpenIDConnectProviderResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.url {
            xml::text(w, "Url", v)?;
        }
        if let Some(v) = &self.client_id_list {
            xml::list(w, "ClientIDList", v, |w, v| xml::text(w, "member", v))?;
        }
        if let Some(v) = &self.thumbprint_list {
            xml::list(w, "ThumbprintList", v, |w, v| xml::text(w, "member", v))?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `GetOrganizationsAccessReportRequest`; input of `GetOrganizationsAccessReport`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetOrganizationsAccessReportRequest {
    /// `JobId` (required): length 36..=36.
    pub job_id: String,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `SortKey`: one of [`SORT_KEY_TYPE_VALUES`].
    pub sort_key: Option<String>,
}

impl GetOrganizationsAccessReportRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let job_id = decode_job_id_type(
            q_,
            &query::join_wire(wire_, "JobId"),
            &query::join_path(path_, "jobId"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let sort_key = decode_sort_key_type(
            q_,
            &query::join_wire(wire_, "SortKey"),
            &query::join_path(path_, "sortKey"),
            errors_,
        )?;
        Ok(Self {
            job_id: query::required(job_id, wire_, "JobId")?,
            max_items,
            marker,
            sort_key,
        })
    }
}

/// Shape `GetOrganizationsAccessReportResponse`; output of `GetOrganizationsAccessReport`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetOrganizationsAccessReportResponse {
    /// `JobStatus` (required).
    pub job_status: String,
    /// `JobCreationDate` (required).
    pub job_creation_date: OffsetDateTime,
    /// `JobCompletionDate`.
    pub job_completion_date: Option<OffsetDateTime>,
    /// `NumberOfServicesAccessible`.
    pub number_of_services_accessible: Option<i32>,
    /// `NumberOfServicesNotAccessed`.
    pub number_of_services_not_accessed: Option<i32>,
    /// `AccessDetails`.
    pub access_details: Option<Vec<AccessDetail>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
    /// `ErrorDetails`.
    pub error_details: Option<ErrorDetails>,
}

impl WriteXml for GetOrganizationsAccessReportResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "JobStatus", &self.job_status)?;
        xml::timestamp(w, "JobCreationDate", &self.job_creation_date)?;
        if let Some(v) = &self.job_completion_date {
            xml::timestamp(w, "JobCompletionDate", v)?;
        }
        if let Some(v) = &self.number_of_services_accessible {
            xml::integer(w, "NumberOfServicesAccessible", v)?;
        }
        if let Some(v) = &self.number_of_services_not_accessed {
            xml::integer(w, "NumberOfServicesNotAccessed", v)?;
        }
        if let Some(v) = &self.access_details {
            xml::list(w, "AccessDetails", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        if let Some(v) = &self.error_details {
            xml::structure(w, "ErrorDetails", v)?;
        }
        Ok(())
    }
}

/// Shape `GetOutboundWebIdentityFederationInfoResponse`; output of `GetOutboundWebIdentityFederationInfo`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetOutboundWebIdentityFederationInfoResponse {
    /// `IssuerIdentifier`.
    pub issuer_identifier: Option<String>,
    /// `JwtVendingEnabled`.
    pub jwt_vending_enabled: Option<bool>,
}

impl WriteXml for GetOutboundWebIdentityFederationInfoResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.issuer_identifier {
            xml::text(w, "IssuerIdentifier", v)?;
        }
        if let Some(v) = &self.jwt_vending_enabled {
            xml::boolean(w, "JwtVendingEnabled", v)?;
        }
        Ok(())
    }
}

/// Shape `GetPolicyRequest`; input of `GetPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetPolicyRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
}

impl GetPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
        })
    }
}

/// Shape `GetPolicyResponse`; output of `GetPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetPolicyResponse {
    /// `Policy`.
    pub policy: Option<Policy>,
}

impl WriteXml for GetPolicyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy {
            xml::structure(w, "Policy", v)?;
        }
        Ok(())
    }
}

/// Shape `GetPolicyVersionRequest`; input of `GetPolicyVersion`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetPolicyVersionRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
    /// `VersionId` (required): pattern `v[1-9][0-9]*(\.[A-Za-z0-9-]*)?`.
    pub version_id: String,
}

impl GetPolicyVersionRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        let version_id = decode_policy_version_id_type(
            q_,
            &query::join_wire(wire_, "VersionId"),
            &query::join_path(path_, "versionId"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
            version_id: query::required(version_id, wire_, "VersionId")?,
        })
    }
}

/// Shape `GetPolicyVersionResponse`; output of `GetPolicyVersion`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetPolicyVersionResponse {
    /// `PolicyVersion`.
    pub policy_version: Option<PolicyVersion>,
}

impl WriteXml for GetPolicyVersionResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy_version {
            xml::structure(w, "PolicyVersion", v)?;
        }
        Ok(())
    }
}

/// Shape `GetRolePolicyRequest`; input of `GetRolePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetRolePolicyRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
}

impl GetRolePolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
        })
    }
}

/// Shape `GetRolePolicyResponse`; output of `GetRolePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetRolePolicyResponse {
    /// `RoleName` (required).
    pub role_name: String,
    /// `PolicyName` (required).
    pub policy_name: String,
    /// `PolicyDocument` (required); URL-encoded when written to XML.
    pub policy_document: String,
}

impl WriteXml for GetRolePolicyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "RoleName", &self.role_name)?;
        xml::text(w, "PolicyName", &self.policy_name)?;
        xml::url_encoded(w, "PolicyDocument", &self.policy_document)?;
        Ok(())
    }
}

/// Shape `GetRoleRequest`; input of `GetRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetRoleRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
}

impl GetRoleRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
        })
    }
}

/// Shape `GetRoleResponse`; output of `GetRole`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetRoleResponse {
    /// `Role` (required).
    pub role: Role,
}

impl WriteXml for GetRoleResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "Role", &self.role)?;
        Ok(())
    }
}

/// Shape `GetSAMLProviderRequest`; input of `GetSAMLProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetSAMLProviderRequest {
    /// `SAMLProviderArn` (required): length 20..=2048.
    pub saml_provider_arn: String,
}

impl GetSAMLProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let saml_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "SAMLProviderArn"),
            &query::join_path(path_, "sAMLProviderArn"),
            errors_,
        )?;
        Ok(Self {
            saml_provider_arn: query::required(saml_provider_arn, wire_, "SAMLProviderArn")?,
        })
    }
}

/// Shape `GetSAMLProviderResponse`; output of `GetSAMLProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetSAMLProviderResponse {
    /// `SAMLProviderUUID`.
    pub saml_provider_uuid: Option<String>,
    /// `SAMLMetadataDocument`.
    pub saml_metadata_document: Option<String>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
    /// `ValidUntil`.
    pub valid_until: Option<OffsetDateTime>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
    /// `AssertionEncryptionMode`.
    pub assertion_encryption_mode: Option<String>,
    /// `PrivateKeyList`.
    pub private_key_list: Option<Vec<SAMLPrivateKey>>,
}

impl WriteXml for GetSAMLProviderResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.saml_provider_uuid {
            xml::text(w, "SAMLProviderUUID", v)?;
        }
        if let Some(v) = &self.saml_metadata_document {
            xml::text(w, "SAMLMetadataDocument", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        if let Some(v) = &self.valid_until {
            xml::timestamp(w, "ValidUntil", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.assertion_encryption_mode {
            xml::text(w, "AssertionEncryptionMode", v)?;
        }
        if let Some(v) = &self.private_key_list {
            xml::list(w, "PrivateKeyList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        Ok(())
    }
}

/// Shape `GetSSHPublicKeyRequest`; input of `GetSSHPublicKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetSSHPublicKeyRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `SSHPublicKeyId` (required): length 20..=128, pattern `[\w]+`.
    pub ssh_public_key_id: String,
    /// `Encoding` (required): one of [`ENCODING_TYPE_VALUES`].
    pub encoding: String,
}

impl GetSSHPublicKeyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let ssh_public_key_id = decode_public_key_id_type(
            q_,
            &query::join_wire(wire_, "SSHPublicKeyId"),
            &query::join_path(path_, "sSHPublicKeyId"),
            errors_,
        )?;
        let encoding = decode_encoding_type(
            q_,
            &query::join_wire(wire_, "Encoding"),
            &query::join_path(path_, "encoding"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            ssh_public_key_id: query::required(ssh_public_key_id, wire_, "SSHPublicKeyId")?,
            encoding: query::required(encoding, wire_, "Encoding")?,
        })
    }
}

/// Shape `GetSSHPublicKeyResponse`; output of `GetSSHPublicKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetSSHPublicKeyResponse {
    /// `SSHPublicKey`.
    pub ssh_public_key: Option<SSHPublicKey>,
}

impl WriteXml for GetSSHPublicKeyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.ssh_public_key {
            xml::structure(w, "SSHPublicKey", v)?;
        }
        Ok(())
    }
}

/// Shape `GetServerCertificateRequest`; input of `GetServerCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetServerCertificateRequest {
    /// `ServerCertificateName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub server_certificate_name: String,
}

impl GetServerCertificateRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let server_certificate_name = decode_server_certificate_name_type(
            q_,
            &query::join_wire(wire_, "ServerCertificateName"),
            &query::join_path(path_, "serverCertificateName"),
            errors_,
        )?;
        Ok(Self {
            server_certificate_name: query::required(
                server_certificate_name,
                wire_,
                "ServerCertificateName",
            )?,
        })
    }
}

/// Shape `GetServerCertificateResponse`; output of `GetServerCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetServerCertificateResponse {
    /// `ServerCertificate` (required).
    pub server_certificate: ServerCertificate,
}

impl WriteXml for GetServerCertificateResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "ServerCertificate", &self.server_certificate)?;
        Ok(())
    }
}

/// Shape `GetServiceLastAccessedDetailsRequest`; input of `GetServiceLastAccessedDetails`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetServiceLastAccessedDetailsRequest {
    /// `JobId` (required): length 36..=36.
    pub job_id: String,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
}

impl GetServiceLastAccessedDetailsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let job_id = decode_job_id_type(
            q_,
            &query::join_wire(wire_, "JobId"),
            &query::join_path(path_, "jobId"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        Ok(Self {
            job_id: query::required(job_id, wire_, "JobId")?,
            max_items,
            marker,
        })
    }
}

/// Shape `GetServiceLastAccessedDetailsResponse`; output of `GetServiceLastAccessedDetails`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetServiceLastAccessedDetailsResponse {
    /// `JobStatus` (required).
    pub job_status: String,
    /// `JobType`.
    pub job_type: Option<String>,
    /// `JobCreationDate` (required).
    pub job_creation_date: OffsetDateTime,
    /// `ServicesLastAccessed` (required).
    pub services_last_accessed: Vec<ServiceLastAccessed>,
    /// `JobCompletionDate` (required).
    pub job_completion_date: OffsetDateTime,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
    /// `Error`.
    pub error: Option<ErrorDetails>,
}

impl WriteXml for GetServiceLastAccessedDetailsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "JobStatus", &self.job_status)?;
        if let Some(v) = &self.job_type {
            xml::text(w, "JobType", v)?;
        }
        xml::timestamp(w, "JobCreationDate", &self.job_creation_date)?;
        xml::list(
            w,
            "ServicesLastAccessed",
            &self.services_last_accessed,
            |w, v| xml::structure(w, "member", v),
        )?;
        xml::timestamp(w, "JobCompletionDate", &self.job_completion_date)?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        if let Some(v) = &self.error {
            xml::structure(w, "Error", v)?;
        }
        Ok(())
    }
}

/// Shape `GetServiceLastAccessedDetailsWithEntitiesRequest`; input of `GetServiceLastAccessedDetailsWithEntities`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetServiceLastAccessedDetailsWithEntitiesRequest {
    /// `JobId` (required): length 36..=36.
    pub job_id: String,
    /// `ServiceNamespace` (required): length 1..=64, pattern `[\w-]*`.
    pub service_namespace: String,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
}

impl GetServiceLastAccessedDetailsWithEntitiesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let job_id = decode_job_id_type(
            q_,
            &query::join_wire(wire_, "JobId"),
            &query::join_path(path_, "jobId"),
            errors_,
        )?;
        let service_namespace = decode_service_namespace_type(
            q_,
            &query::join_wire(wire_, "ServiceNamespace"),
            &query::join_path(path_, "serviceNamespace"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        Ok(Self {
            job_id: query::required(job_id, wire_, "JobId")?,
            service_namespace: query::required(service_namespace, wire_, "ServiceNamespace")?,
            max_items,
            marker,
        })
    }
}

/// Shape `GetServiceLastAccessedDetailsWithEntitiesResponse`; output of `GetServiceLastAccessedDetailsWithEntities`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetServiceLastAccessedDetailsWithEntitiesResponse {
    /// `JobStatus` (required).
    pub job_status: String,
    /// `JobCreationDate` (required).
    pub job_creation_date: OffsetDateTime,
    /// `JobCompletionDate` (required).
    pub job_completion_date: OffsetDateTime,
    /// `EntityDetailsList` (required).
    pub entity_details_list: Vec<EntityDetails>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
    /// `Error`.
    pub error: Option<ErrorDetails>,
}

impl WriteXml for GetServiceLastAccessedDetailsWithEntitiesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "JobStatus", &self.job_status)?;
        xml::timestamp(w, "JobCreationDate", &self.job_creation_date)?;
        xml::timestamp(w, "JobCompletionDate", &self.job_completion_date)?;
        xml::list(w, "EntityDetailsList", &self.entity_details_list, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        if let Some(v) = &self.error {
            xml::structure(w, "Error", v)?;
        }
        Ok(())
    }
}

/// Shape `GetServiceLinkedRoleDeletionStatusRequest`; input of `GetServiceLinkedRoleDeletionStatus`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetServiceLinkedRoleDeletionStatusRequest {
    /// `DeletionTaskId` (required): length 1..=1000.
    pub deletion_task_id: String,
}

impl GetServiceLinkedRoleDeletionStatusRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let deletion_task_id = decode_deletion_task_id_type(
            q_,
            &query::join_wire(wire_, "DeletionTaskId"),
            &query::join_path(path_, "deletionTaskId"),
            errors_,
        )?;
        Ok(Self {
            deletion_task_id: query::required(deletion_task_id, wire_, "DeletionTaskId")?,
        })
    }
}

/// Shape `GetServiceLinkedRoleDeletionStatusResponse`; output of `GetServiceLinkedRoleDeletionStatus`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetServiceLinkedRoleDeletionStatusResponse {
    /// `Status` (required).
    pub status: String,
    /// `Reason`.
    pub reason: Option<DeletionTaskFailureReasonType>,
}

impl WriteXml for GetServiceLinkedRoleDeletionStatusResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "Status", &self.status)?;
        if let Some(v) = &self.reason {
            xml::structure(w, "Reason", v)?;
        }
        Ok(())
    }
}

/// Shape `GetUserPolicyRequest`; input of `GetUserPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetUserPolicyRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
}

impl GetUserPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
        })
    }
}

/// Shape `GetUserPolicyResponse`; output of `GetUserPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetUserPolicyResponse {
    /// `UserName` (required).
    pub user_name: String,
    /// `PolicyName` (required).
    pub policy_name: String,
    /// `PolicyDocument` (required); URL-encoded when written to XML.
    pub policy_document: String,
}

impl WriteXml for GetUserPolicyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "UserName", &self.user_name)?;
        xml::text(w, "PolicyName", &self.policy_name)?;
        xml::url_encoded(w, "PolicyDocument", &self.policy_document)?;
        Ok(())
    }
}

/// Shape `GetUserRequest`; input of `GetUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetUserRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
}

impl GetUserRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        Ok(Self { user_name })
    }
}

/// Shape `GetUserResponse`; output of `GetUser`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetUserResponse {
    /// `User` (required).
    pub user: User,
}

impl WriteXml for GetUserResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "User", &self.user)?;
        Ok(())
    }
}

/// Shape `Group`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// `Path` (required).
    pub path: String,
    /// `GroupName` (required).
    pub group_name: String,
    /// `GroupId` (required).
    pub group_id: String,
    /// `Arn` (required).
    pub arn: String,
    /// `CreateDate` (required).
    pub create_date: OffsetDateTime,
}

impl WriteXml for Group {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "Path", &self.path)?;
        xml::text(w, "GroupName", &self.group_name)?;
        xml::text(w, "GroupId", &self.group_id)?;
        xml::text(w, "Arn", &self.arn)?;
        xml::timestamp(w, "CreateDate", &self.create_date)?;
        Ok(())
    }
}

/// Shape `GroupDetail`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupDetail {
    /// `Path`.
    pub path: Option<String>,
    /// `GroupName`.
    pub group_name: Option<String>,
    /// `GroupId`.
    pub group_id: Option<String>,
    /// `Arn`.
    pub arn: Option<String>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
    /// `GroupPolicyList`.
    pub group_policy_list: Option<Vec<PolicyDetail>>,
    /// `AttachedManagedPolicies`.
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
}

impl WriteXml for GroupDetail {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.path {
            xml::text(w, "Path", v)?;
        }
        if let Some(v) = &self.group_name {
            xml::text(w, "GroupName", v)?;
        }
        if let Some(v) = &self.group_id {
            xml::text(w, "GroupId", v)?;
        }
        if let Some(v) = &self.arn {
            xml::text(w, "Arn", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        if let Some(v) = &self.group_policy_list {
            xml::list(w, "GroupPolicyList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.attached_managed_policies {
            xml::list(w, "AttachedManagedPolicies", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        Ok(())
    }
}

/// Shape `InstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceProfile {
    /// `Path` (required).
    pub path: String,
    /// `InstanceProfileName` (required).
    pub instance_profile_name: String,
    /// `InstanceProfileId` (required).
    pub instance_profile_id: String,
    /// `Arn` (required).
    pub arn: String,
    /// `CreateDate` (required).
    pub create_date: OffsetDateTime,
    /// `Roles` (required).
    pub roles: Vec<Role>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl WriteXml for InstanceProfile {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "Path", &self.path)?;
        xml::text(w, "InstanceProfileName", &self.instance_profile_name)?;
        xml::text(w, "InstanceProfileId", &self.instance_profile_id)?;
        xml::text(w, "Arn", &self.arn)?;
        xml::timestamp(w, "CreateDate", &self.create_date)?;
        xml::list(w, "Roles", &self.roles, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `ListAccessKeysRequest`; input of `ListAccessKeys`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAccessKeysRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListAccessKeysRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            marker,
            max_items,
        })
    }
}

/// Shape `ListAccessKeysResponse`; output of `ListAccessKeys`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAccessKeysResponse {
    /// `AccessKeyMetadata` (required).
    pub access_key_metadata: Vec<AccessKeyMetadata>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListAccessKeysResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "AccessKeyMetadata", &self.access_key_metadata, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListAccountAliasesRequest`; input of `ListAccountAliases`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAccountAliasesRequest {
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListAccountAliasesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self { marker, max_items })
    }
}

/// Shape `ListAccountAliasesResponse`; output of `ListAccountAliases`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAccountAliasesResponse {
    /// `AccountAliases` (required).
    pub account_aliases: Vec<String>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListAccountAliasesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "AccountAliases", &self.account_aliases, |w, v| {
            xml::text(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListAttachedGroupPoliciesRequest`; input of `ListAttachedGroupPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAttachedGroupPoliciesRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `PathPrefix`: length 1..=512, pattern `((/[A-Za-z0-9\.,\+@=_-]+)*)/`.
    pub path_prefix: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListAttachedGroupPoliciesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let path_prefix = decode_policy_path_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            path_prefix,
            marker,
            max_items,
        })
    }
}

/// Shape `ListAttachedGroupPoliciesResponse`; output of `ListAttachedGroupPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAttachedGroupPoliciesResponse {
    /// `AttachedPolicies`.
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListAttachedGroupPoliciesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.attached_policies {
            xml::list(w, "AttachedPolicies", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListAttachedRolePoliciesRequest`; input of `ListAttachedRolePolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAttachedRolePoliciesRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `PathPrefix`: length 1..=512, pattern `((/[A-Za-z0-9\.,\+@=_-]+)*)/`.
    pub path_prefix: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListAttachedRolePoliciesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let path_prefix = decode_policy_path_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            path_prefix,
            marker,
            max_items,
        })
    }
}

/// Shape `ListAttachedRolePoliciesResponse`; output of `ListAttachedRolePolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAttachedRolePoliciesResponse {
    /// `AttachedPolicies`.
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListAttachedRolePoliciesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.attached_policies {
            xml::list(w, "AttachedPolicies", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListAttachedUserPoliciesRequest`; input of `ListAttachedUserPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAttachedUserPoliciesRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `PathPrefix`: length 1..=512, pattern `((/[A-Za-z0-9\.,\+@=_-]+)*)/`.
    pub path_prefix: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListAttachedUserPoliciesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let path_prefix = decode_policy_path_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            path_prefix,
            marker,
            max_items,
        })
    }
}

/// Shape `ListAttachedUserPoliciesResponse`; output of `ListAttachedUserPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListAttachedUserPoliciesResponse {
    /// `AttachedPolicies`.
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListAttachedUserPoliciesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.attached_policies {
            xml::list(w, "AttachedPolicies", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListDelegationRequestsRequest`; input of `ListDelegationRequests`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListDelegationRequestsRequest {
    /// `OwnerId`: length 20..=2048, pattern `^[a-zA-Z0-9:/+=,.@_-]+$`.
    pub owner_id: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListDelegationRequestsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let owner_id = decode_owner_id_type(
            q_,
            &query::join_wire(wire_, "OwnerId"),
            &query::join_path(path_, "ownerId"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            owner_id,
            marker,
            max_items,
        })
    }
}

/// Shape `ListDelegationRequestsResponse`; output of `ListDelegationRequests`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListDelegationRequestsResponse {
    /// `DelegationRequests`.
    pub delegation_requests: Option<Vec<DelegationRequest>>,
    /// `Marker`.
    pub marker: Option<String>,
    /// `isTruncated`.
    pub is_truncated: Option<bool>,
}

impl WriteXml for ListDelegationRequestsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.delegation_requests {
            xml::list(w, "DelegationRequests", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "isTruncated", v)?;
        }
        Ok(())
    }
}

/// Shape `ListEntitiesForPolicyRequest`; input of `ListEntitiesForPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListEntitiesForPolicyRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
    /// `EntityFilter`: one of [`ENTITY_TYPE_VALUES`].
    pub entity_filter: Option<String>,
    /// `PathPrefix`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub path_prefix: Option<String>,
    /// `PolicyUsageFilter`: one of [`POLICY_USAGE_TYPE_VALUES`].
    pub policy_usage_filter: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListEntitiesForPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        let entity_filter = decode_entity_type(
            q_,
            &query::join_wire(wire_, "EntityFilter"),
            &query::join_path(path_, "entityFilter"),
            errors_,
        )?;
        let path_prefix = decode_path_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let policy_usage_filter = decode_policy_usage_type(
            q_,
            &query::join_wire(wire_, "PolicyUsageFilter"),
            &query::join_path(path_, "policyUsageFilter"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
            entity_filter,
            path_prefix,
            policy_usage_filter,
            marker,
            max_items,
        })
    }
}

/// Shape `ListEntitiesForPolicyResponse`; output of `ListEntitiesForPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListEntitiesForPolicyResponse {
    /// `PolicyGroups`.
    pub policy_groups: Option<Vec<PolicyGroup>>,
    /// `PolicyUsers`.
    pub policy_users: Option<Vec<PolicyUser>>,
    /// `PolicyRoles`.
    pub policy_roles: Option<Vec<PolicyRole>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListEntitiesForPolicyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy_groups {
            xml::list(w, "PolicyGroups", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.policy_users {
            xml::list(w, "PolicyUsers", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.policy_roles {
            xml::list(w, "PolicyRoles", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListGroupPoliciesRequest`; input of `ListGroupPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListGroupPoliciesRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListGroupPoliciesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListGroupPoliciesResponse`; output of `ListGroupPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListGroupPoliciesResponse {
    /// `PolicyNames` (required).
    pub policy_names: Vec<String>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListGroupPoliciesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "PolicyNames", &self.policy_names, |w, v| {
            xml::text(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListGroupsForUserRequest`; input of `ListGroupsForUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListGroupsForUserRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListGroupsForUserRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListGroupsForUserResponse`; output of `ListGroupsForUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListGroupsForUserResponse {
    /// `Groups` (required).
    pub groups: Vec<Group>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListGroupsForUserResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Groups", &self.groups, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListGroupsRequest`; input of `ListGroups`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListGroupsRequest {
    /// `PathPrefix`: length 1..=512, pattern `\u002F[\u0021-\u007F]*`.
    pub path_prefix: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListGroupsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path_prefix = decode_path_prefix_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

/// Shape `ListGroupsResponse`; output of `ListGroups`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListGroupsResponse {
    /// `Groups` (required).
    pub groups: Vec<Group>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListGroupsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Groups", &self.groups, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListInstanceProfileTagsRequest`; input of `ListInstanceProfileTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListInstanceProfileTagsRequest {
    /// `InstanceProfileName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub instance_profile_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListInstanceProfileTagsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let instance_profile_name = decode_instance_profile_name_type(
            q_,
            &query::join_wire(wire_, "InstanceProfileName"),
            &query::join_path(path_, "instanceProfileName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            instance_profile_name: query::required(
                instance_profile_name,
                wire_,
                "InstanceProfileName",
            )?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListInstanceProfileTagsResponse`; output of `ListInstanceProfileTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListInstanceProfileTagsResponse {
    /// `Tags` (required).
    pub tags: Vec<Tag>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListInstanceProfileTagsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Tags", &self.tags, |w, v| xml::structure(w, "member", v))?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListInstanceProfilesForRoleRequest`; input of `ListInstanceProfilesForRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListInstanceProfilesForRoleRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListInstanceProfilesForRoleRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListInstanceProfilesForRoleResponse`; output of `ListInstanceProfilesForRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListInstanceProfilesForRoleResponse {
    /// `InstanceProfiles` (required).
    pub instance_profiles: Vec<InstanceProfile>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListInstanceProfilesForRoleResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "InstanceProfiles", &self.instance_profiles, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListInstanceProfilesRequest`; input of `ListInstanceProfiles`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListInstanceProfilesRequest {
    /// `PathPrefix`: length 1..=512, pattern `\u002F[\u0021-\u007F]*`.
    pub path_prefix: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListInstanceProfilesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path_prefix = decode_path_prefix_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

/// Shape `ListInstanceProfilesResponse`; output of `ListInstanceProfiles`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListInstanceProfilesResponse {
    /// `InstanceProfiles` (required).
    pub instance_profiles: Vec<InstanceProfile>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListInstanceProfilesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "InstanceProfiles", &self.instance_profiles, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListMFADeviceTagsRequest`; input of `ListMFADeviceTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListMFADeviceTagsRequest {
    /// `SerialNumber` (required): length 9..=256, pattern `[\w+=/:,.@-]+`.
    pub serial_number: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListMFADeviceTagsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            serial_number: query::required(serial_number, wire_, "SerialNumber")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListMFADeviceTagsResponse`; output of `ListMFADeviceTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListMFADeviceTagsResponse {
    /// `Tags` (required).
    pub tags: Vec<Tag>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListMFADeviceTagsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Tags", &self.tags, |w, v| xml::structure(w, "member", v))?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListMFADevicesRequest`; input of `ListMFADevices`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListMFADevicesRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListMFADevicesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            marker,
            max_items,
        })
    }
}

/// Shape `ListMFADevicesResponse`; output of `ListMFADevices`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListMFADevicesResponse {
    /// `MFADevices` (required).
    pub mfa_devices: Vec<MFADevice>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListMFADevicesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "MFADevices", &self.mfa_devices, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListOpenIDConnectProviderTagsRequest`; input of `ListOpenIDConnectProviderTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListOpenIDConnectProviderTagsRequest {
    /// `OpenIDConnectProviderArn` (required): length 20..=2048.
    pub open_id_connect_provider_arn: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListOpenIDConnectProviderTagsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let open_id_connect_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "OpenIDConnectProviderArn"),
            &query::join_path(path_, "openIDConnectProviderArn"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            open_id_connect_provider_arn: query::required(
                open_id_connect_provider_arn,
                wire_,
                "OpenIDConnectProviderArn",
            )?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListOpenIDConnectProviderTagsResponse`; output of `ListOpenIDConnectProviderTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListOpenIDConnectProviderTagsResponse {
    /// `Tags` (required).
    pub tags: Vec<Tag>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListOpenIDConnectProviderTagsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Tags", &self.tags, |w, v| xml::structure(w, "member", v))?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListOpenIDConnectProvidersRequest`; input of `ListOpenIDConnectProviders`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListOpenIDConnectProvidersRequest {}

impl ListOpenIDConnectProvidersRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        _q_: &QueryParams,
        _wire_: &str,
        _path_: &str,
        _errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        Ok(Self {})
    }
}

/// Shape `ListOpenIDConnectProvidersResponse`; output of `ListOpenIDConnectProviders`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListOpenIDConnectProvidersResponse {
    /// `OpenIDConnectProviderList`.
    pub open_id_connect_provider_list: Option<Vec<OpenIDConnectProviderListEntry>>,
}

impl WriteXml for ListOpenIDConnectProvidersResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.open_id_connect_provider_list {
            xml::list(w, "OpenIDConnectProviderList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        Ok(())
    }
}

/// Shape `ListOrganizationsFeaturesRequest`; input of `ListOrganizationsFeatures`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListOrganizationsFeaturesRequest {}

impl ListOrganizationsFeaturesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        _q_: &QueryParams,
        _wire_: &str,
        _path_: &str,
        _errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        Ok(Self {})
    }
}

/// Shape `ListOrganizationsFeaturesResponse`; output of `ListOrganizationsFeatures`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListOrganizationsFeaturesResponse {
    /// `OrganizationId`.
    pub organization_id: Option<String>,
    /// `EnabledFeatures`.
    pub enabled_features: Option<Vec<String>>,
}

impl WriteXml for ListOrganizationsFeaturesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.organization_id {
            xml::text(w, "OrganizationId", v)?;
        }
        if let Some(v) = &self.enabled_features {
            xml::list(w, "EnabledFeatures", v, |w, v| xml::text(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `ListPoliciesGrantingServiceAccessEntry`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPoliciesGrantingServiceAccessEntry {
    /// `ServiceNamespace`.
    pub service_namespace: Option<String>,
    /// `Policies`.
    pub policies: Option<Vec<PolicyGrantingServiceAccess>>,
}

impl WriteXml for ListPoliciesGrantingServiceAccessEntry {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.service_namespace {
            xml::text(w, "ServiceNamespace", v)?;
        }
        if let Some(v) = &self.policies {
            xml::list(w, "Policies", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `ListPoliciesGrantingServiceAccessRequest`; input of `ListPoliciesGrantingServiceAccess`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPoliciesGrantingServiceAccessRequest {
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `Arn` (required): length 20..=2048.
    pub arn: String,
    /// `ServiceNamespaces` (required): length 1..=200.
    pub service_namespaces: Vec<String>,
}

impl ListPoliciesGrantingServiceAccessRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "Arn"),
            &query::join_path(path_, "arn"),
            errors_,
        )?;
        let service_namespaces = decode_service_namespace_list_type(
            q_,
            &query::join_wire(wire_, "ServiceNamespaces"),
            &query::join_path(path_, "serviceNamespaces"),
            errors_,
        )?;
        Ok(Self {
            marker,
            arn: query::required(arn, wire_, "Arn")?,
            service_namespaces: query::required(service_namespaces, wire_, "ServiceNamespaces")?,
        })
    }
}

/// Shape `ListPoliciesGrantingServiceAccessResponse`; output of `ListPoliciesGrantingServiceAccess`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPoliciesGrantingServiceAccessResponse {
    /// `PoliciesGrantingServiceAccess` (required).
    pub policies_granting_service_access: Vec<ListPoliciesGrantingServiceAccessEntry>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListPoliciesGrantingServiceAccessResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(
            w,
            "PoliciesGrantingServiceAccess",
            &self.policies_granting_service_access,
            |w, v| xml::structure(w, "member", v),
        )?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListPoliciesRequest`; input of `ListPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPoliciesRequest {
    /// `Scope`: one of [`POLICY_SCOPE_TYPE_VALUES`].
    pub scope: Option<String>,
    /// `OnlyAttached`.
    pub only_attached: Option<bool>,
    /// `PathPrefix`: length 1..=512, pattern `((/[A-Za-z0-9\.,\+@=_-]+)*)/`.
    pub path_prefix: Option<String>,
    /// `PolicyUsageFilter`: one of [`POLICY_USAGE_TYPE_VALUES`].
    pub policy_usage_filter: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListPoliciesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let scope = decode_policy_scope_type(
            q_,
            &query::join_wire(wire_, "Scope"),
            &query::join_path(path_, "scope"),
            errors_,
        )?;
        let only_attached = query::boolean(
            q_,
            &query::join_wire(wire_, "OnlyAttached"),
            &query::join_path(path_, "onlyAttached"),
            errors_,
        )?;
        let path_prefix = decode_policy_path_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let policy_usage_filter = decode_policy_usage_type(
            q_,
            &query::join_wire(wire_, "PolicyUsageFilter"),
            &query::join_path(path_, "policyUsageFilter"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            scope,
            only_attached,
            path_prefix,
            policy_usage_filter,
            marker,
            max_items,
        })
    }
}

/// Shape `ListPoliciesResponse`; output of `ListPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPoliciesResponse {
    /// `Policies`.
    pub policies: Option<Vec<Policy>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListPoliciesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policies {
            xml::list(w, "Policies", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListPolicyTagsRequest`; input of `ListPolicyTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPolicyTagsRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListPolicyTagsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListPolicyTagsResponse`; output of `ListPolicyTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPolicyTagsResponse {
    /// `Tags` (required).
    pub tags: Vec<Tag>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListPolicyTagsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Tags", &self.tags, |w, v| xml::structure(w, "member", v))?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListPolicyVersionsRequest`; input of `ListPolicyVersions`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPolicyVersionsRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListPolicyVersionsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListPolicyVersionsResponse`; output of `ListPolicyVersions`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPolicyVersionsResponse {
    /// `Versions`.
    pub versions: Option<Vec<PolicyVersion>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListPolicyVersionsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.versions {
            xml::list(w, "Versions", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListRolePoliciesRequest`; input of `ListRolePolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListRolePoliciesRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListRolePoliciesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListRolePoliciesResponse`; output of `ListRolePolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListRolePoliciesResponse {
    /// `PolicyNames` (required).
    pub policy_names: Vec<String>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListRolePoliciesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "PolicyNames", &self.policy_names, |w, v| {
            xml::text(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListRoleTagsRequest`; input of `ListRoleTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListRoleTagsRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListRoleTagsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListRoleTagsResponse`; output of `ListRoleTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListRoleTagsResponse {
    /// `Tags` (required).
    pub tags: Vec<Tag>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListRoleTagsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Tags", &self.tags, |w, v| xml::structure(w, "member", v))?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListRolesRequest`; input of `ListRoles`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListRolesRequest {
    /// `PathPrefix`: length 1..=512, pattern `\u002F[\u0021-\u007F]*`.
    pub path_prefix: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListRolesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path_prefix = decode_path_prefix_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

/// Shape `ListRolesResponse`; output of `ListRoles`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListRolesResponse {
    /// `Roles` (required).
    pub roles: Vec<Role>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListRolesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Roles", &self.roles, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListSAMLProviderTagsRequest`; input of `ListSAMLProviderTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListSAMLProviderTagsRequest {
    /// `SAMLProviderArn` (required): length 20..=2048.
    pub saml_provider_arn: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListSAMLProviderTagsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let saml_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "SAMLProviderArn"),
            &query::join_path(path_, "sAMLProviderArn"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            saml_provider_arn: query::required(saml_provider_arn, wire_, "SAMLProviderArn")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListSAMLProviderTagsResponse`; output of `ListSAMLProviderTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListSAMLProviderTagsResponse {
    /// `Tags` (required).
    pub tags: Vec<Tag>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListSAMLProviderTagsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Tags", &self.tags, |w, v| xml::structure(w, "member", v))?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListSAMLProvidersRequest`; input of `ListSAMLProviders`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListSAMLProvidersRequest {}

impl ListSAMLProvidersRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        _q_: &QueryParams,
        _wire_: &str,
        _path_: &str,
        _errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        Ok(Self {})
    }
}

/// Shape `ListSAMLProvidersResponse`; output of `ListSAMLProviders`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListSAMLProvidersResponse {
    /// `SAMLProviderList`.
    pub saml_provider_list: Option<Vec<SAMLProviderListEntry>>,
}

impl WriteXml for ListSAMLProvidersResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.saml_provider_list {
            xml::list(w, "SAMLProviderList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        Ok(())
    }
}

/// Shape `ListSSHPublicKeysRequest`; input of `ListSSHPublicKeys`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListSSHPublicKeysRequest {
    /// `UserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListSSHPublicKeysRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            marker,
            max_items,
        })
    }
}

/// Shape `ListSSHPublicKeysResponse`; output of `ListSSHPublicKeys`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListSSHPublicKeysResponse {
    /// `SSHPublicKeys`.
    pub ssh_public_keys: Option<Vec<SSHPublicKeyMetadata>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListSSHPublicKeysResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.ssh_public_keys {
            xml::list(w, "SSHPublicKeys", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListServerCertificateTagsRequest`; input of `ListServerCertificateTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListServerCertificateTagsRequest {
    /// `ServerCertificateName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub server_certificate_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListServerCertificateTagsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let server_certificate_name = decode_server_certificate_name_type(
            q_,
            &query::join_wire(wire_, "ServerCertificateName"),
            &query::join_path(path_, "serverCertificateName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            server_certificate_name: query::required(
                server_certificate_name,
                wire_,
                "ServerCertificateName",
            )?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListServerCertificateTagsResponse`; output of `ListServerCertificateTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListServerCertificateTagsResponse {
    /// `Tags` (required).
    pub tags: Vec<Tag>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListServerCertificateTagsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Tags", &self.tags, |w, v| xml::structure(w, "member", v))?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListServerCertificatesRequest`; input of `ListServerCertificates`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListServerCertificatesRequest {
    /// `PathPrefix`: length 1..=512, pattern `\u002F[\u0021-\u007F]*`.
    pub path_prefix: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListServerCertificatesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path_prefix = decode_path_prefix_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

/// Shape `ListServerCertificatesResponse`; output of `ListServerCertificates`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListServerCertificatesResponse {
    /// `ServerCertificateMetadataList` (required).
    pub server_certificate_metadata_list: Vec<ServerCertificateMetadata>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListServerCertificatesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(
            w,
            "ServerCertificateMetadataList",
            &self.server_certificate_metadata_list,
            |w, v| xml::structure(w, "member", v),
        )?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListServiceSpecificCredentialsRequest`; input of `ListServiceSpecificCredentials`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListServiceSpecificCredentialsRequest {
    /// `UserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `ServiceName`.
    pub service_name: Option<String>,
    /// `AllUsers`.
    pub all_users: Option<bool>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListServiceSpecificCredentialsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let service_name = query::string(
            q_,
            &query::join_wire(wire_, "ServiceName"),
            &query::join_path(path_, "serviceName"),
            errors_,
        )?;
        let all_users = query::boolean(
            q_,
            &query::join_wire(wire_, "AllUsers"),
            &query::join_path(path_, "allUsers"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            service_name,
            all_users,
            marker,
            max_items,
        })
    }
}

/// Shape `ListServiceSpecificCredentialsResponse`; output of `ListServiceSpecificCredentials`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListServiceSpecificCredentialsResponse {
    /// `ServiceSpecificCredentials`.
    pub service_specific_credentials: Option<Vec<ServiceSpecificCredentialMetadata>>,
    /// `Marker`.
    pub marker: Option<String>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
}

impl WriteXml for ListServiceSpecificCredentialsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.service_specific_credentials {
            xml::list(w, "ServiceSpecificCredentials", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        Ok(())
    }
}

/// Shape `ListSigningCertificatesRequest`; input of `ListSigningCertificates`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListSigningCertificatesRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListSigningCertificatesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            marker,
            max_items,
        })
    }
}

/// Shape `ListSigningCertificatesResponse`; output of `ListSigningCertificates`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListSigningCertificatesResponse {
    /// `Certificates` (required).
    pub certificates: Vec<SigningCertificate>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListSigningCertificatesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Certificates", &self.certificates, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListUserPoliciesRequest`; input of `ListUserPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUserPoliciesRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListUserPoliciesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListUserPoliciesResponse`; output of `ListUserPolicies`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUserPoliciesResponse {
    /// `PolicyNames` (required).
    pub policy_names: Vec<String>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListUserPoliciesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "PolicyNames", &self.policy_names, |w, v| {
            xml::text(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListUserTagsRequest`; input of `ListUserTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUserTagsRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListUserTagsRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            marker,
            max_items,
        })
    }
}

/// Shape `ListUserTagsResponse`; output of `ListUserTags`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUserTagsResponse {
    /// `Tags` (required).
    pub tags: Vec<Tag>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListUserTagsResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Tags", &self.tags, |w, v| xml::structure(w, "member", v))?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListUsersRequest`; input of `ListUsers`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUsersRequest {
    /// `PathPrefix`: length 1..=512, pattern `\u002F[\u0021-\u007F]*`.
    pub path_prefix: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListUsersRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path_prefix = decode_path_prefix_type(
            q_,
            &query::join_wire(wire_, "PathPrefix"),
            &query::join_path(path_, "pathPrefix"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

/// Shape `ListUsersResponse`; output of `ListUsers`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUsersResponse {
    /// `Users` (required).
    pub users: Vec<User>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListUsersResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "Users", &self.users, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `ListVirtualMFADevicesRequest`; input of `ListVirtualMFADevices`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListVirtualMFADevicesRequest {
    /// `AssignmentStatus`: one of [`ASSIGNMENT_STATUS_TYPE_VALUES`].
    pub assignment_status: Option<String>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
}

impl ListVirtualMFADevicesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let assignment_status = decode_assignment_status_type(
            q_,
            &query::join_wire(wire_, "AssignmentStatus"),
            &query::join_path(path_, "assignmentStatus"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        Ok(Self {
            assignment_status,
            marker,
            max_items,
        })
    }
}

/// Shape `ListVirtualMFADevicesResponse`; output of `ListVirtualMFADevices`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListVirtualMFADevicesResponse {
    /// `VirtualMFADevices` (required).
    pub virtual_mfa_devices: Vec<VirtualMFADevice>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for ListVirtualMFADevicesResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::list(w, "VirtualMFADevices", &self.virtual_mfa_devices, |w, v| {
            xml::structure(w, "member", v)
        })?;
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `LoginProfile`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginProfile {
    /// `UserName` (required).
    pub user_name: String,
    /// `CreateDate` (required).
    pub create_date: OffsetDateTime,
    /// `PasswordResetRequired`.
    pub password_reset_required: Option<bool>,
}

impl WriteXml for LoginProfile {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "UserName", &self.user_name)?;
        xml::timestamp(w, "CreateDate", &self.create_date)?;
        if let Some(v) = &self.password_reset_required {
            xml::boolean(w, "PasswordResetRequired", v)?;
        }
        Ok(())
    }
}

/// Shape `MFADevice`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MFADevice {
    /// `UserName` (required).
    pub user_name: String,
    /// `SerialNumber` (required).
    pub serial_number: String,
    /// `EnableDate` (required).
    pub enable_date: OffsetDateTime,
}

impl WriteXml for MFADevice {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "UserName", &self.user_name)?;
        xml::text(w, "SerialNumber", &self.serial_number)?;
        xml::timestamp(w, "EnableDate", &self.enable_date)?;
        Ok(())
    }
}

/// Shape `ManagedPolicyDetail`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ManagedPolicyDetail {
    /// `PolicyName`.
    pub policy_name: Option<String>,
    /// `PolicyId`.
    pub policy_id: Option<String>,
    /// `Arn`.
    pub arn: Option<String>,
    /// `Path`.
    pub path: Option<String>,
    /// `DefaultVersionId`.
    pub default_version_id: Option<String>,
    /// `AttachmentCount`.
    pub attachment_count: Option<i32>,
    /// `PermissionsBoundaryUsageCount`.
    pub permissions_boundary_usage_count: Option<i32>,
    /// `IsAttachable`.
    pub is_attachable: Option<bool>,
    /// `Description`.
    pub description: Option<String>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
    /// `UpdateDate`.
    pub update_date: Option<OffsetDateTime>,
    /// `PolicyVersionList`.
    pub policy_version_list: Option<Vec<PolicyVersion>>,
}

impl WriteXml for ManagedPolicyDetail {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy_name {
            xml::text(w, "PolicyName", v)?;
        }
        if let Some(v) = &self.policy_id {
            xml::text(w, "PolicyId", v)?;
        }
        if let Some(v) = &self.arn {
            xml::text(w, "Arn", v)?;
        }
        if let Some(v) = &self.path {
            xml::text(w, "Path", v)?;
        }
        if let Some(v) = &self.default_version_id {
            xml::text(w, "DefaultVersionId", v)?;
        }
        if let Some(v) = &self.attachment_count {
            xml::integer(w, "AttachmentCount", v)?;
        }
        if let Some(v) = &self.permissions_boundary_usage_count {
            xml::integer(w, "PermissionsBoundaryUsageCount", v)?;
        }
        if let Some(v) = &self.is_attachable {
            xml::boolean(w, "IsAttachable", v)?;
        }
        if let Some(v) = &self.description {
            xml::text(w, "Description", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        if let Some(v) = &self.update_date {
            xml::timestamp(w, "UpdateDate", v)?;
        }
        if let Some(v) = &self.policy_version_list {
            xml::list(w, "PolicyVersionList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        Ok(())
    }
}

/// Shape `OpenIDConnectProviderListEntry`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OpenIDConnectProviderListEntry {
    /// `Arn`.
    pub arn: Option<String>,
}

impl WriteXml for OpenIDConnectProviderListEntry {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.arn {
            xml::text(w, "Arn", v)?;
        }
        Ok(())
    }
}

/// Shape `OrganizationsDecisionDetail`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OrganizationsDecisionDetail {
    /// `AllowedByOrganizations`.
    pub allowed_by_organizations: Option<bool>,
}

impl WriteXml for OrganizationsDecisionDetail {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.allowed_by_organizations {
            xml::boolean(w, "AllowedByOrganizations", v)?;
        }
        Ok(())
    }
}

/// Shape `PasswordPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PasswordPolicy {
    /// `MinimumPasswordLength`.
    pub minimum_password_length: Option<i32>,
    /// `RequireSymbols`.
    pub require_symbols: Option<bool>,
    /// `RequireNumbers`.
    pub require_numbers: Option<bool>,
    /// `RequireUppercaseCharacters`.
    pub require_uppercase_characters: Option<bool>,
    /// `RequireLowercaseCharacters`.
    pub require_lowercase_characters: Option<bool>,
    /// `AllowUsersToChangePassword`.
    pub allow_users_to_change_password: Option<bool>,
    /// `ExpirePasswords`.
    pub expire_passwords: Option<bool>,
    /// `MaxPasswordAge`.
    pub max_password_age: Option<i32>,
    /// `PasswordReusePrevention`.
    pub password_reuse_prevention: Option<i32>,
    /// `HardExpiry`.
    pub hard_expiry: Option<bool>,
}

impl WriteXml for PasswordPolicy {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.minimum_password_length {
            xml::integer(w, "MinimumPasswordLength", v)?;
        }
        if let Some(v) = &self.require_symbols {
            xml::boolean(w, "RequireSymbols", v)?;
        }
        if let Some(v) = &self.require_numbers {
            xml::boolean(w, "RequireNumbers", v)?;
        }
        if let Some(v) = &self.require_uppercase_characters {
            xml::boolean(w, "RequireUppercaseCharacters", v)?;
        }
        if let Some(v) = &self.require_lowercase_characters {
            xml::boolean(w, "RequireLowercaseCharacters", v)?;
        }
        if let Some(v) = &self.allow_users_to_change_password {
            xml::boolean(w, "AllowUsersToChangePassword", v)?;
        }
        if let Some(v) = &self.expire_passwords {
            xml::boolean(w, "ExpirePasswords", v)?;
        }
        if let Some(v) = &self.max_password_age {
            xml::integer(w, "MaxPasswordAge", v)?;
        }
        if let Some(v) = &self.password_reuse_prevention {
            xml::integer(w, "PasswordReusePrevention", v)?;
        }
        if let Some(v) = &self.hard_expiry {
            xml::boolean(w, "HardExpiry", v)?;
        }
        Ok(())
    }
}

/// Shape `PermissionsBoundaryDecisionDetail`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PermissionsBoundaryDecisionDetail {
    /// `AllowedByPermissionsBoundary`.
    pub allowed_by_permissions_boundary: Option<bool>,
}

impl WriteXml for PermissionsBoundaryDecisionDetail {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.allowed_by_permissions_boundary {
            xml::boolean(w, "AllowedByPermissionsBoundary", v)?;
        }
        Ok(())
    }
}

/// Shape `Policy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Policy {
    /// `PolicyName`.
    pub policy_name: Option<String>,
    /// `PolicyId`.
    pub policy_id: Option<String>,
    /// `Arn`.
    pub arn: Option<String>,
    /// `Path`.
    pub path: Option<String>,
    /// `DefaultVersionId`.
    pub default_version_id: Option<String>,
    /// `AttachmentCount`.
    pub attachment_count: Option<i32>,
    /// `PermissionsBoundaryUsageCount`.
    pub permissions_boundary_usage_count: Option<i32>,
    /// `IsAttachable`.
    pub is_attachable: Option<bool>,
    /// `Description`.
    pub description: Option<String>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
    /// `UpdateDate`.
    pub update_date: Option<OffsetDateTime>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl WriteXml for Policy {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy_name {
            xml::text(w, "PolicyName", v)?;
        }
        if let Some(v) = &self.policy_id {
            xml::text(w, "PolicyId", v)?;
        }
        if let Some(v) = &self.arn {
            xml::text(w, "Arn", v)?;
        }
        if let Some(v) = &self.path {
            xml::text(w, "Path", v)?;
        }
        if let Some(v) = &self.default_version_id {
            xml::text(w, "DefaultVersionId", v)?;
        }
        if let Some(v) = &self.attachment_count {
            xml::integer(w, "AttachmentCount", v)?;
        }
        if let Some(v) = &self.permissions_boundary_usage_count {
            xml::integer(w, "PermissionsBoundaryUsageCount", v)?;
        }
        if let Some(v) = &self.is_attachable {
            xml::boolean(w, "IsAttachable", v)?;
        }
        if let Some(v) = &self.description {
            xml::text(w, "Description", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        if let Some(v) = &self.update_date {
            xml::timestamp(w, "UpdateDate", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `PolicyDetail`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyDetail {
    /// `PolicyName`.
    pub policy_name: Option<String>,
    /// `PolicyDocument`; URL-encoded when written to XML.
    pub policy_document: Option<String>,
}

impl WriteXml for PolicyDetail {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.policy_name {
            xml::text(w, "PolicyName", v)?;
        }
        if let Some(v) = &self.policy_document {
            xml::url_encoded(w, "PolicyDocument", v)?;
        }
        Ok(())
    }
}

/// Shape `PolicyGrantingServiceAccess`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyGrantingServiceAccess {
    /// `PolicyName` (required).
    pub policy_name: String,
    /// `PolicyType` (required).
    pub policy_type: String,
    /// `PolicyArn`.
    pub policy_arn: Option<String>,
    /// `EntityType`.
    pub entity_type: Option<String>,
    /// `EntityName`.
    pub entity_name: Option<String>,
}

impl WriteXml for PolicyGrantingServiceAccess {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "PolicyName", &self.policy_name)?;
        xml::text(w, "PolicyType", &self.policy_type)?;
        if let Some(v) = &self.policy_arn {
            xml::text(w, "PolicyArn", v)?;
        }
        if let Some(v) = &self.entity_type {
            xml::text(w, "EntityType", v)?;
        }
        if let Some(v) = &self.entity_name {
            xml::text(w, "EntityName", v)?;
        }
        Ok(())
    }
}

/// Shape `PolicyGroup`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyGroup {
    /// `GroupName`.
    pub group_name: Option<String>,
    /// `GroupId`.
    pub group_id: Option<String>,
}

impl WriteXml for PolicyGroup {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.group_name {
            xml::text(w, "GroupName", v)?;
        }
        if let Some(v) = &self.group_id {
            xml::text(w, "GroupId", v)?;
        }
        Ok(())
    }
}

/// Shape `PolicyParameter`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyParameter {
    /// `Name`: length 5..=256, pattern `[ -~]+`.
    pub name: Option<String>,
    /// `Values`.
    pub values: Option<Vec<String>>,
    /// `Type`: one of [`POLICY_PARAMETER_TYPE_ENUM_VALUES`].
    pub r#type: Option<String>,
}

impl PolicyParameter {
    fn decode(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Option<Self>, ValidationError> {
        if !query::structure_present(q_, wire_) {
            return Ok(None);
        }
        Self::decode_members(q_, wire_, path_, errors_).map(Some)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let name = decode_policy_parameter_name_type(
            q_,
            &query::join_wire(wire_, "Name"),
            &query::join_path(path_, "name"),
            errors_,
        )?;
        let values = decode_policy_parameter_values_list_type(
            q_,
            &query::join_wire(wire_, "Values"),
            &query::join_path(path_, "values"),
            errors_,
        )?;
        let r#type = decode_policy_parameter_type_enum(
            q_,
            &query::join_wire(wire_, "Type"),
            &query::join_path(path_, "type"),
            errors_,
        )?;
        Ok(Self {
            name,
            values,
            r#type,
        })
    }
}

impl WriteXml for PolicyParameter {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.name {
            xml::text(w, "Name", v)?;
        }
        if let Some(v) = &self.values {
            xml::list(w, "Values", v, |w, v| xml::text(w, "member", v))?;
        }
        if let Some(v) = &self.r#type {
            xml::text(w, "Type", v)?;
        }
        Ok(())
    }
}

/// Shape `PolicyRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyRole {
    /// `RoleName`.
    pub role_name: Option<String>,
    /// `RoleId`.
    pub role_id: Option<String>,
}

impl WriteXml for PolicyRole {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.role_name {
            xml::text(w, "RoleName", v)?;
        }
        if let Some(v) = &self.role_id {
            xml::text(w, "RoleId", v)?;
        }
        Ok(())
    }
}

/// Shape `PolicyUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyUser {
    /// `UserName`.
    pub user_name: Option<String>,
    /// `UserId`.
    pub user_id: Option<String>,
}

impl WriteXml for PolicyUser {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.user_name {
            xml::text(w, "UserName", v)?;
        }
        if let Some(v) = &self.user_id {
            xml::text(w, "UserId", v)?;
        }
        Ok(())
    }
}

/// Shape `PolicyVersion`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyVersion {
    /// `Document`; URL-encoded when written to XML.
    pub document: Option<String>,
    /// `VersionId`.
    pub version_id: Option<String>,
    /// `IsDefaultVersion`.
    pub is_default_version: Option<bool>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
}

impl WriteXml for PolicyVersion {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.document {
            xml::url_encoded(w, "Document", v)?;
        }
        if let Some(v) = &self.version_id {
            xml::text(w, "VersionId", v)?;
        }
        if let Some(v) = &self.is_default_version {
            xml::boolean(w, "IsDefaultVersion", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        Ok(())
    }
}

/// Shape `Position`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Position {
    /// `Line`.
    pub line: Option<i32>,
    /// `Column`.
    pub column: Option<i32>,
}

impl WriteXml for Position {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.line {
            xml::integer(w, "Line", v)?;
        }
        if let Some(v) = &self.column {
            xml::integer(w, "Column", v)?;
        }
        Ok(())
    }
}

/// Shape `PutGroupPolicyRequest`; input of `PutGroupPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PutGroupPolicyRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
    /// `PolicyDocument` (required): length 1..=131072, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy_document: String,
}

impl PutGroupPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        let policy_document = decode_policy_document_type(
            q_,
            &query::join_wire(wire_, "PolicyDocument"),
            &query::join_path(path_, "policyDocument"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
            policy_document: query::required(policy_document, wire_, "PolicyDocument")?,
        })
    }
}

/// Shape `PutRolePermissionsBoundaryRequest`; input of `PutRolePermissionsBoundary`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PutRolePermissionsBoundaryRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `PermissionsBoundary` (required): length 20..=2048.
    pub permissions_boundary: String,
}

impl PutRolePermissionsBoundaryRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let permissions_boundary = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PermissionsBoundary"),
            &query::join_path(path_, "permissionsBoundary"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            permissions_boundary: query::required(
                permissions_boundary,
                wire_,
                "PermissionsBoundary",
            )?,
        })
    }
}

/// Shape `PutRolePolicyRequest`; input of `PutRolePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PutRolePolicyRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
    /// `PolicyDocument` (required): length 1..=131072, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy_document: String,
}

impl PutRolePolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        let policy_document = decode_policy_document_type(
            q_,
            &query::join_wire(wire_, "PolicyDocument"),
            &query::join_path(path_, "policyDocument"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
            policy_document: query::required(policy_document, wire_, "PolicyDocument")?,
        })
    }
}

/// Shape `PutUserPermissionsBoundaryRequest`; input of `PutUserPermissionsBoundary`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PutUserPermissionsBoundaryRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `PermissionsBoundary` (required): length 20..=2048.
    pub permissions_boundary: String,
}

impl PutUserPermissionsBoundaryRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let permissions_boundary = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PermissionsBoundary"),
            &query::join_path(path_, "permissionsBoundary"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            permissions_boundary: query::required(
                permissions_boundary,
                wire_,
                "PermissionsBoundary",
            )?,
        })
    }
}

/// Shape `PutUserPolicyRequest`; input of `PutUserPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PutUserPolicyRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `PolicyName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub policy_name: String,
    /// `PolicyDocument` (required): length 1..=131072, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy_document: String,
}

impl PutUserPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let policy_name = decode_policy_name_type(
            q_,
            &query::join_wire(wire_, "PolicyName"),
            &query::join_path(path_, "policyName"),
            errors_,
        )?;
        let policy_document = decode_policy_document_type(
            q_,
            &query::join_wire(wire_, "PolicyDocument"),
            &query::join_path(path_, "policyDocument"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            policy_name: query::required(policy_name, wire_, "PolicyName")?,
            policy_document: query::required(policy_document, wire_, "PolicyDocument")?,
        })
    }
}

/// Shape `RejectDelegationRequestRequest`; input of `RejectDelegationRequest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RejectDelegationRequestRequest {
    /// `DelegationRequestId` (required): length 16..=128, pattern `[\w-]+`.
    pub delegation_request_id: String,
    /// `Notes`: length <= 500, pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
    pub notes: Option<String>,
}

impl RejectDelegationRequestRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let delegation_request_id = decode_delegation_request_id_type(
            q_,
            &query::join_wire(wire_, "DelegationRequestId"),
            &query::join_path(path_, "delegationRequestId"),
            errors_,
        )?;
        let notes = decode_notes_type(
            q_,
            &query::join_wire(wire_, "Notes"),
            &query::join_path(path_, "notes"),
            errors_,
        )?;
        Ok(Self {
            delegation_request_id: query::required(
                delegation_request_id,
                wire_,
                "DelegationRequestId",
            )?,
            notes,
        })
    }
}

/// Shape `RemoveClientIDFromOpenIDConnectProviderRequest`; input of `RemoveClientIDFromOpenIDConnectProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RemoveClientIDFromOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (required): length 20..=2048.
    pub open_id_connect_provider_arn: String,
    /// `ClientID` (required): length 1..=255.
    pub client_id: String,
}

impl RemoveClientIDFromOpenIDConnectProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let open_id_connect_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "OpenIDConnectProviderArn"),
            &query::join_path(path_, "openIDConnectProviderArn"),
            errors_,
        )?;
        let client_id = decode_client_id_type(
            q_,
            &query::join_wire(wire_, "ClientID"),
            &query::join_path(path_, "clientID"),
            errors_,
        )?;
        Ok(Self {
            open_id_connect_provider_arn: query::required(
                open_id_connect_provider_arn,
                wire_,
                "OpenIDConnectProviderArn",
            )?,
            client_id: query::required(client_id, wire_, "ClientID")?,
        })
    }
}

/// Shape `RemoveRoleFromInstanceProfileRequest`; input of `RemoveRoleFromInstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RemoveRoleFromInstanceProfileRequest {
    /// `InstanceProfileName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub instance_profile_name: String,
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
}

impl RemoveRoleFromInstanceProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let instance_profile_name = decode_instance_profile_name_type(
            q_,
            &query::join_wire(wire_, "InstanceProfileName"),
            &query::join_path(path_, "instanceProfileName"),
            errors_,
        )?;
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        Ok(Self {
            instance_profile_name: query::required(
                instance_profile_name,
                wire_,
                "InstanceProfileName",
            )?,
            role_name: query::required(role_name, wire_, "RoleName")?,
        })
    }
}

/// Shape `RemoveUserFromGroupRequest`; input of `RemoveUserFromGroup`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RemoveUserFromGroupRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
}

impl RemoveUserFromGroupRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            user_name: query::required(user_name, wire_, "UserName")?,
        })
    }
}

/// Shape `ResetServiceSpecificCredentialRequest`; input of `ResetServiceSpecificCredential`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResetServiceSpecificCredentialRequest {
    /// `UserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `ServiceSpecificCredentialId` (required): length 20..=128, pattern `[\w]+`.
    pub service_specific_credential_id: String,
}

impl ResetServiceSpecificCredentialRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let service_specific_credential_id = decode_service_specific_credential_id(
            q_,
            &query::join_wire(wire_, "ServiceSpecificCredentialId"),
            &query::join_path(path_, "serviceSpecificCredentialId"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            service_specific_credential_id: query::required(
                service_specific_credential_id,
                wire_,
                "ServiceSpecificCredentialId",
            )?,
        })
    }
}

/// Shape `ResetServiceSpecificCredentialResponse`; output of `ResetServiceSpecificCredential`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResetServiceSpecificCredentialResponse {
    /// `ServiceSpecificCredential`.
    pub service_specific_credential: Option<ServiceSpecificCredential>,
}

impl WriteXml for ResetServiceSpecificCredentialResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.service_specific_credential {
            xml::structure(w, "ServiceSpecificCredential", v)?;
        }
        Ok(())
    }
}

/// Shape `ResourceSpecificResult`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResourceSpecificResult {
    /// `EvalResourceName` (required).
    pub eval_resource_name: String,
    /// `EvalResourceDecision` (required).
    pub eval_resource_decision: String,
    /// `MatchedStatements`.
    pub matched_statements: Option<Vec<Statement>>,
    /// `MissingContextValues`.
    pub missing_context_values: Option<Vec<String>>,
    /// `EvalDecisionDetails`.
    pub eval_decision_details: Option<BTreeMap<String, String>>,
    /// `PermissionsBoundaryDecisionDetail`.
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
}

impl WriteXml for ResourceSpecificResult {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "EvalResourceName", &self.eval_resource_name)?;
        xml::text(w, "EvalResourceDecision", &self.eval_resource_decision)?;
        if let Some(v) = &self.matched_statements {
            xml::list(w, "MatchedStatements", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.missing_context_values {
            xml::list(w, "MissingContextValues", v, |w, v| {
                xml::text(w, "member", v)
            })?;
        }
        if let Some(v) = &self.eval_decision_details {
            xml::map(w, "EvalDecisionDetails", v, |w, v| xml::text(w, "value", v))?;
        }
        if let Some(v) = &self.permissions_boundary_decision_detail {
            xml::structure(w, "PermissionsBoundaryDecisionDetail", v)?;
        }
        Ok(())
    }
}

/// Shape `ResyncMFADeviceRequest`; input of `ResyncMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ResyncMFADeviceRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `SerialNumber` (required): length 9..=256, pattern `[\w+=/:,.@-]+`.
    pub serial_number: String,
    /// `AuthenticationCode1` (required): length 6..=6, pattern `[\d]+`.
    pub authentication_code1: String,
    /// `AuthenticationCode2` (required): length 6..=6, pattern `[\d]+`.
    pub authentication_code2: String,
}

impl ResyncMFADeviceRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        let authentication_code1 = decode_authentication_code_type(
            q_,
            &query::join_wire(wire_, "AuthenticationCode1"),
            &query::join_path(path_, "authenticationCode1"),
            errors_,
        )?;
        let authentication_code2 = decode_authentication_code_type(
            q_,
            &query::join_wire(wire_, "AuthenticationCode2"),
            &query::join_path(path_, "authenticationCode2"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            serial_number: query::required(serial_number, wire_, "SerialNumber")?,
            authentication_code1: query::required(
                authentication_code1,
                wire_,
                "AuthenticationCode1",
            )?,
            authentication_code2: query::required(
                authentication_code2,
                wire_,
                "AuthenticationCode2",
            )?,
        })
    }
}

/// Shape `Role`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// `Path` (required).
    pub path: String,
    /// `RoleName` (required).
    pub role_name: String,
    /// `RoleId` (required).
    pub role_id: String,
    /// `Arn` (required).
    pub arn: String,
    /// `CreateDate` (required).
    pub create_date: OffsetDateTime,
    /// `AssumeRolePolicyDocument`; URL-encoded when written to XML.
    pub assume_role_policy_document: Option<String>,
    /// `Description`.
    pub description: Option<String>,
    /// `MaxSessionDuration`.
    pub max_session_duration: Option<i32>,
    /// `PermissionsBoundary`.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
    /// `RoleLastUsed`.
    pub role_last_used: Option<RoleLastUsed>,
}

impl WriteXml for Role {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "Path", &self.path)?;
        xml::text(w, "RoleName", &self.role_name)?;
        xml::text(w, "RoleId", &self.role_id)?;
        xml::text(w, "Arn", &self.arn)?;
        xml::timestamp(w, "CreateDate", &self.create_date)?;
        if let Some(v) = &self.assume_role_policy_document {
            xml::url_encoded(w, "AssumeRolePolicyDocument", v)?;
        }
        if let Some(v) = &self.description {
            xml::text(w, "Description", v)?;
        }
        if let Some(v) = &self.max_session_duration {
            xml::integer(w, "MaxSessionDuration", v)?;
        }
        if let Some(v) = &self.permissions_boundary {
            xml::structure(w, "PermissionsBoundary", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.role_last_used {
            xml::structure(w, "RoleLastUsed", v)?;
        }
        Ok(())
    }
}

/// Shape `RoleDetail`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoleDetail {
    /// `Path`.
    pub path: Option<String>,
    /// `RoleName`.
    pub role_name: Option<String>,
    /// `RoleId`.
    pub role_id: Option<String>,
    /// `Arn`.
    pub arn: Option<String>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
    /// `AssumeRolePolicyDocument`; URL-encoded when written to XML.
    pub assume_role_policy_document: Option<String>,
    /// `InstanceProfileList`.
    pub instance_profile_list: Option<Vec<InstanceProfile>>,
    /// `RolePolicyList`.
    pub role_policy_list: Option<Vec<PolicyDetail>>,
    /// `AttachedManagedPolicies`.
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    /// `PermissionsBoundary`.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
    /// `RoleLastUsed`.
    pub role_last_used: Option<RoleLastUsed>,
}

impl WriteXml for RoleDetail {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.path {
            xml::text(w, "Path", v)?;
        }
        if let Some(v) = &self.role_name {
            xml::text(w, "RoleName", v)?;
        }
        if let Some(v) = &self.role_id {
            xml::text(w, "RoleId", v)?;
        }
        if let Some(v) = &self.arn {
            xml::text(w, "Arn", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        if let Some(v) = &self.assume_role_policy_document {
            xml::url_encoded(w, "AssumeRolePolicyDocument", v)?;
        }
        if let Some(v) = &self.instance_profile_list {
            xml::list(w, "InstanceProfileList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.role_policy_list {
            xml::list(w, "RolePolicyList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.attached_managed_policies {
            xml::list(w, "AttachedManagedPolicies", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.permissions_boundary {
            xml::structure(w, "PermissionsBoundary", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        if let Some(v) = &self.role_last_used {
            xml::structure(w, "RoleLastUsed", v)?;
        }
        Ok(())
    }
}

/// Shape `RoleLastUsed`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoleLastUsed {
    /// `LastUsedDate`.
    pub last_used_date: Option<OffsetDateTime>,
    /// `Region`.
    pub region: Option<String>,
}

impl WriteXml for RoleLastUsed {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.last_used_date {
            xml::timestamp(w, "LastUsedDate", v)?;
        }
        if let Some(v) = &self.region {
            xml::text(w, "Region", v)?;
        }
        Ok(())
    }
}

/// Shape `RoleUsageType`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoleUsageType {
    /// `Region`.
    pub region: Option<String>,
    /// `Resources`.
    pub resources: Option<Vec<String>>,
}

impl WriteXml for RoleUsageType {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.region {
            xml::text(w, "Region", v)?;
        }
        if let Some(v) = &self.resources {
            xml::list(w, "Resources", v, |w, v| xml::text(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `SAMLPrivateKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SAMLPrivateKey {
    /// `KeyId`.
    pub key_id: Option<String>,
    /// `Timestamp`.
    pub timestamp: Option<OffsetDateTime>,
}

impl WriteXml for SAMLPrivateKey {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.key_id {
            xml::text(w, "KeyId", v)?;
        }
        if let Some(v) = &self.timestamp {
            xml::timestamp(w, "Timestamp", v)?;
        }
        Ok(())
    }
}

/// Shape `SAMLProviderListEntry`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SAMLProviderListEntry {
    /// `Arn`.
    pub arn: Option<String>,
    /// `ValidUntil`.
    pub valid_until: Option<OffsetDateTime>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
}

impl WriteXml for SAMLProviderListEntry {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.arn {
            xml::text(w, "Arn", v)?;
        }
        if let Some(v) = &self.valid_until {
            xml::timestamp(w, "ValidUntil", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        Ok(())
    }
}

/// Shape `SSHPublicKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SSHPublicKey {
    /// `UserName` (required).
    pub user_name: String,
    /// `SSHPublicKeyId` (required).
    pub ssh_public_key_id: String,
    /// `Fingerprint` (required).
    pub fingerprint: String,
    /// `SSHPublicKeyBody` (required).
    pub ssh_public_key_body: String,
    /// `Status` (required).
    pub status: String,
    /// `UploadDate`.
    pub upload_date: Option<OffsetDateTime>,
}

impl WriteXml for SSHPublicKey {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "UserName", &self.user_name)?;
        xml::text(w, "SSHPublicKeyId", &self.ssh_public_key_id)?;
        xml::text(w, "Fingerprint", &self.fingerprint)?;
        xml::text(w, "SSHPublicKeyBody", &self.ssh_public_key_body)?;
        xml::text(w, "Status", &self.status)?;
        if let Some(v) = &self.upload_date {
            xml::timestamp(w, "UploadDate", v)?;
        }
        Ok(())
    }
}

/// Shape `SSHPublicKeyMetadata`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SSHPublicKeyMetadata {
    /// `UserName` (required).
    pub user_name: String,
    /// `SSHPublicKeyId` (required).
    pub ssh_public_key_id: String,
    /// `Status` (required).
    pub status: String,
    /// `UploadDate` (required).
    pub upload_date: OffsetDateTime,
}

impl WriteXml for SSHPublicKeyMetadata {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "UserName", &self.user_name)?;
        xml::text(w, "SSHPublicKeyId", &self.ssh_public_key_id)?;
        xml::text(w, "Status", &self.status)?;
        xml::timestamp(w, "UploadDate", &self.upload_date)?;
        Ok(())
    }
}

/// Shape `SendDelegationTokenRequest`; input of `SendDelegationToken`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SendDelegationTokenRequest {
    /// `DelegationRequestId` (required): length 16..=128, pattern `[\w-]+`.
    pub delegation_request_id: String,
}

impl SendDelegationTokenRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let delegation_request_id = decode_delegation_request_id_type(
            q_,
            &query::join_wire(wire_, "DelegationRequestId"),
            &query::join_path(path_, "delegationRequestId"),
            errors_,
        )?;
        Ok(Self {
            delegation_request_id: query::required(
                delegation_request_id,
                wire_,
                "DelegationRequestId",
            )?,
        })
    }
}

/// Shape `ServerCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServerCertificate {
    /// `ServerCertificateMetadata` (required).
    pub server_certificate_metadata: ServerCertificateMetadata,
    /// `CertificateBody` (required).
    pub certificate_body: String,
    /// `CertificateChain`.
    pub certificate_chain: Option<String>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl WriteXml for ServerCertificate {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(
            w,
            "ServerCertificateMetadata",
            &self.server_certificate_metadata,
        )?;
        xml::text(w, "CertificateBody", &self.certificate_body)?;
        if let Some(v) = &self.certificate_chain {
            xml::text(w, "CertificateChain", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `ServerCertificateMetadata`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServerCertificateMetadata {
    /// `Path` (required).
    pub path: String,
    /// `ServerCertificateName` (required).
    pub server_certificate_name: String,
    /// `ServerCertificateId` (required).
    pub server_certificate_id: String,
    /// `Arn` (required).
    pub arn: String,
    /// `UploadDate`.
    pub upload_date: Option<OffsetDateTime>,
    /// `Expiration`.
    pub expiration: Option<OffsetDateTime>,
}

impl WriteXml for ServerCertificateMetadata {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "Path", &self.path)?;
        xml::text(w, "ServerCertificateName", &self.server_certificate_name)?;
        xml::text(w, "ServerCertificateId", &self.server_certificate_id)?;
        xml::text(w, "Arn", &self.arn)?;
        if let Some(v) = &self.upload_date {
            xml::timestamp(w, "UploadDate", v)?;
        }
        if let Some(v) = &self.expiration {
            xml::timestamp(w, "Expiration", v)?;
        }
        Ok(())
    }
}

/// Shape `ServiceLastAccessed`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServiceLastAccessed {
    /// `ServiceName` (required).
    pub service_name: String,
    /// `LastAuthenticated`.
    pub last_authenticated: Option<OffsetDateTime>,
    /// `ServiceNamespace` (required).
    pub service_namespace: String,
    /// `LastAuthenticatedEntity`.
    pub last_authenticated_entity: Option<String>,
    /// `LastAuthenticatedRegion`.
    pub last_authenticated_region: Option<String>,
    /// `TotalAuthenticatedEntities`.
    pub total_authenticated_entities: Option<i32>,
    /// `TrackedActionsLastAccessed`.
    pub tracked_actions_last_accessed: Option<Vec<TrackedActionLastAccessed>>,
}

impl WriteXml for ServiceLastAccessed {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "ServiceName", &self.service_name)?;
        if let Some(v) = &self.last_authenticated {
            xml::timestamp(w, "LastAuthenticated", v)?;
        }
        xml::text(w, "ServiceNamespace", &self.service_namespace)?;
        if let Some(v) = &self.last_authenticated_entity {
            xml::text(w, "LastAuthenticatedEntity", v)?;
        }
        if let Some(v) = &self.last_authenticated_region {
            xml::text(w, "LastAuthenticatedRegion", v)?;
        }
        if let Some(v) = &self.total_authenticated_entities {
            xml::integer(w, "TotalAuthenticatedEntities", v)?;
        }
        if let Some(v) = &self.tracked_actions_last_accessed {
            xml::list(w, "TrackedActionsLastAccessed", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        Ok(())
    }
}

/// Shape `ServiceSpecificCredential`.
#[derive(Clone, PartialEq, Eq)]
pub struct ServiceSpecificCredential {
    /// `CreateDate` (required).
    pub create_date: OffsetDateTime,
    /// `ExpirationDate`.
    pub expiration_date: Option<OffsetDateTime>,
    /// `ServiceName` (required).
    pub service_name: String,
    /// `ServiceUserName`.
    pub service_user_name: Option<String>,
    /// `ServicePassword`.
    pub service_password: Option<String>,
    /// `ServiceCredentialAlias`.
    pub service_credential_alias: Option<String>,
    /// `ServiceCredentialSecret`.
    pub service_credential_secret: Option<String>,
    /// `ServiceSpecificCredentialId` (required).
    pub service_specific_credential_id: String,
    /// `UserName` (required).
    pub user_name: String,
    /// `Status` (required).
    pub status: String,
}

impl std::fmt::Debug for ServiceSpecificCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceSpecificCredential")
            .field("create_date", &self.create_date)
            .field("expiration_date", &self.expiration_date)
            .field("service_name", &self.service_name)
            .field("service_user_name", &self.service_user_name)
            .field("service_password", &"<redacted>")
            .field("service_credential_alias", &self.service_credential_alias)
            .field("service_credential_secret", &"<redacted>")
            .field(
                "service_specific_credential_id",
                &self.service_specific_credential_id,
            )
            .field("user_name", &self.user_name)
            .field("status", &self.status)
            .finish()
    }
}

impl WriteXml for ServiceSpecificCredential {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::timestamp(w, "CreateDate", &self.create_date)?;
        if let Some(v) = &self.expiration_date {
            xml::timestamp(w, "ExpirationDate", v)?;
        }
        xml::text(w, "ServiceName", &self.service_name)?;
        if let Some(v) = &self.service_user_name {
            xml::text(w, "ServiceUserName", v)?;
        }
        if let Some(v) = &self.service_password {
            xml::text(w, "ServicePassword", v)?;
        }
        if let Some(v) = &self.service_credential_alias {
            xml::text(w, "ServiceCredentialAlias", v)?;
        }
        if let Some(v) = &self.service_credential_secret {
            xml::text(w, "ServiceCredentialSecret", v)?;
        }
        xml::text(
            w,
            "ServiceSpecificCredentialId",
            &self.service_specific_credential_id,
        )?;
        xml::text(w, "UserName", &self.user_name)?;
        xml::text(w, "Status", &self.status)?;
        Ok(())
    }
}

/// Shape `ServiceSpecificCredentialMetadata`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceSpecificCredentialMetadata {
    /// `UserName` (required).
    pub user_name: String,
    /// `Status` (required).
    pub status: String,
    /// `ServiceUserName`.
    pub service_user_name: Option<String>,
    /// `ServiceCredentialAlias`.
    pub service_credential_alias: Option<String>,
    /// `CreateDate` (required).
    pub create_date: OffsetDateTime,
    /// `ExpirationDate`.
    pub expiration_date: Option<OffsetDateTime>,
    /// `ServiceSpecificCredentialId` (required).
    pub service_specific_credential_id: String,
    /// `ServiceName` (required).
    pub service_name: String,
}

impl WriteXml for ServiceSpecificCredentialMetadata {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "UserName", &self.user_name)?;
        xml::text(w, "Status", &self.status)?;
        if let Some(v) = &self.service_user_name {
            xml::text(w, "ServiceUserName", v)?;
        }
        if let Some(v) = &self.service_credential_alias {
            xml::text(w, "ServiceCredentialAlias", v)?;
        }
        xml::timestamp(w, "CreateDate", &self.create_date)?;
        if let Some(v) = &self.expiration_date {
            xml::timestamp(w, "ExpirationDate", v)?;
        }
        xml::text(
            w,
            "ServiceSpecificCredentialId",
            &self.service_specific_credential_id,
        )?;
        xml::text(w, "ServiceName", &self.service_name)?;
        Ok(())
    }
}

/// Shape `SetDefaultPolicyVersionRequest`; input of `SetDefaultPolicyVersion`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SetDefaultPolicyVersionRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
    /// `VersionId` (required): pattern `v[1-9][0-9]*(\.[A-Za-z0-9-]*)?`.
    pub version_id: String,
}

impl SetDefaultPolicyVersionRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        let version_id = decode_policy_version_id_type(
            q_,
            &query::join_wire(wire_, "VersionId"),
            &query::join_path(path_, "versionId"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
            version_id: query::required(version_id, wire_, "VersionId")?,
        })
    }
}

/// Shape `SetSecurityTokenServicePreferencesRequest`; input of `SetSecurityTokenServicePreferences`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SetSecurityTokenServicePreferencesRequest {
    /// `GlobalEndpointTokenVersion` (required): one of [`GLOBAL_ENDPOINT_TOKEN_VERSION_VALUES`].
    pub global_endpoint_token_version: String,
}

impl SetSecurityTokenServicePreferencesRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let global_endpoint_token_version = decode_global_endpoint_token_version(
            q_,
            &query::join_wire(wire_, "GlobalEndpointTokenVersion"),
            &query::join_path(path_, "globalEndpointTokenVersion"),
            errors_,
        )?;
        Ok(Self {
            global_endpoint_token_version: query::required(
                global_endpoint_token_version,
                wire_,
                "GlobalEndpointTokenVersion",
            )?,
        })
    }
}

/// Shape `SigningCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SigningCertificate {
    /// `UserName` (required).
    pub user_name: String,
    /// `CertificateId` (required).
    pub certificate_id: String,
    /// `CertificateBody` (required).
    pub certificate_body: String,
    /// `Status` (required).
    pub status: String,
    /// `UploadDate`.
    pub upload_date: Option<OffsetDateTime>,
}

impl WriteXml for SigningCertificate {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "UserName", &self.user_name)?;
        xml::text(w, "CertificateId", &self.certificate_id)?;
        xml::text(w, "CertificateBody", &self.certificate_body)?;
        xml::text(w, "Status", &self.status)?;
        if let Some(v) = &self.upload_date {
            xml::timestamp(w, "UploadDate", v)?;
        }
        Ok(())
    }
}

/// Shape `SimulateCustomPolicyRequest`; input of `SimulateCustomPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SimulateCustomPolicyRequest {
    /// `PolicyInputList` (required).
    pub policy_input_list: Vec<String>,
    /// `PermissionsBoundaryPolicyInputList`.
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    /// `ActionNames` (required).
    pub action_names: Vec<String>,
    /// `ResourceArns`.
    pub resource_arns: Option<Vec<String>>,
    /// `ResourcePolicy`: length 1..=131072, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub resource_policy: Option<String>,
    /// `ResourceOwner`: length 1..=2048.
    pub resource_owner: Option<String>,
    /// `CallerArn`: length 1..=2048.
    pub caller_arn: Option<String>,
    /// `ContextEntries`.
    pub context_entries: Option<Vec<ContextEntry>>,
    /// `ResourceHandlingOption`: length 1..=64.
    pub resource_handling_option: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
}

impl SimulateCustomPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_input_list = decode_simulation_policy_list_type(
            q_,
            &query::join_wire(wire_, "PolicyInputList"),
            &query::join_path(path_, "policyInputList"),
            errors_,
        )?;
        let permissions_boundary_policy_input_list = decode_simulation_policy_list_type(
            q_,
            &query::join_wire(wire_, "PermissionsBoundaryPolicyInputList"),
            &query::join_path(path_, "permissionsBoundaryPolicyInputList"),
            errors_,
        )?;
        let action_names = decode_action_name_list_type(
            q_,
            &query::join_wire(wire_, "ActionNames"),
            &query::join_path(path_, "actionNames"),
            errors_,
        )?;
        let resource_arns = decode_resource_name_list_type(
            q_,
            &query::join_wire(wire_, "ResourceArns"),
            &query::join_path(path_, "resourceArns"),
            errors_,
        )?;
        let resource_policy = decode_policy_document_type(
            q_,
            &query::join_wire(wire_, "ResourcePolicy"),
            &query::join_path(path_, "resourcePolicy"),
            errors_,
        )?;
        let resource_owner = decode_resource_name_type(
            q_,
            &query::join_wire(wire_, "ResourceOwner"),
            &query::join_path(path_, "resourceOwner"),
            errors_,
        )?;
        let caller_arn = decode_resource_name_type(
            q_,
            &query::join_wire(wire_, "CallerArn"),
            &query::join_path(path_, "callerArn"),
            errors_,
        )?;
        let context_entries = decode_context_entry_list_type(
            q_,
            &query::join_wire(wire_, "ContextEntries"),
            &query::join_path(path_, "contextEntries"),
            errors_,
        )?;
        let resource_handling_option = decode_resource_handling_option_type(
            q_,
            &query::join_wire(wire_, "ResourceHandlingOption"),
            &query::join_path(path_, "resourceHandlingOption"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        Ok(Self {
            policy_input_list: query::required(policy_input_list, wire_, "PolicyInputList")?,
            permissions_boundary_policy_input_list,
            action_names: query::required(action_names, wire_, "ActionNames")?,
            resource_arns,
            resource_policy,
            resource_owner,
            caller_arn,
            context_entries,
            resource_handling_option,
            max_items,
            marker,
        })
    }
}

/// Shape `SimulatePolicyResponse`; output of `SimulateCustomPolicy`, `SimulatePrincipalPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SimulatePolicyResponse {
    /// `EvaluationResults`.
    pub evaluation_results: Option<Vec<EvaluationResult>>,
    /// `IsTruncated`.
    pub is_truncated: Option<bool>,
    /// `Marker`.
    pub marker: Option<String>,
}

impl WriteXml for SimulatePolicyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.evaluation_results {
            xml::list(w, "EvaluationResults", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.is_truncated {
            xml::boolean(w, "IsTruncated", v)?;
        }
        if let Some(v) = &self.marker {
            xml::text(w, "Marker", v)?;
        }
        Ok(())
    }
}

/// Shape `SimulatePrincipalPolicyRequest`; input of `SimulatePrincipalPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SimulatePrincipalPolicyRequest {
    /// `PolicySourceArn` (required): length 20..=2048.
    pub policy_source_arn: String,
    /// `PolicyInputList`.
    pub policy_input_list: Option<Vec<String>>,
    /// `PermissionsBoundaryPolicyInputList`.
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    /// `ActionNames` (required).
    pub action_names: Vec<String>,
    /// `ResourceArns`.
    pub resource_arns: Option<Vec<String>>,
    /// `ResourcePolicy`: length 1..=131072, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub resource_policy: Option<String>,
    /// `ResourceOwner`: length 1..=2048.
    pub resource_owner: Option<String>,
    /// `CallerArn`: length 1..=2048.
    pub caller_arn: Option<String>,
    /// `ContextEntries`.
    pub context_entries: Option<Vec<ContextEntry>>,
    /// `ResourceHandlingOption`: length 1..=64.
    pub resource_handling_option: Option<String>,
    /// `MaxItems`: value 1..=1000.
    pub max_items: Option<i32>,
    /// `Marker`: length 1..=320, pattern `[\u0020-\u00FF]+`.
    pub marker: Option<String>,
}

impl SimulatePrincipalPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_source_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicySourceArn"),
            &query::join_path(path_, "policySourceArn"),
            errors_,
        )?;
        let policy_input_list = decode_simulation_policy_list_type(
            q_,
            &query::join_wire(wire_, "PolicyInputList"),
            &query::join_path(path_, "policyInputList"),
            errors_,
        )?;
        let permissions_boundary_policy_input_list = decode_simulation_policy_list_type(
            q_,
            &query::join_wire(wire_, "PermissionsBoundaryPolicyInputList"),
            &query::join_path(path_, "permissionsBoundaryPolicyInputList"),
            errors_,
        )?;
        let action_names = decode_action_name_list_type(
            q_,
            &query::join_wire(wire_, "ActionNames"),
            &query::join_path(path_, "actionNames"),
            errors_,
        )?;
        let resource_arns = decode_resource_name_list_type(
            q_,
            &query::join_wire(wire_, "ResourceArns"),
            &query::join_path(path_, "resourceArns"),
            errors_,
        )?;
        let resource_policy = decode_policy_document_type(
            q_,
            &query::join_wire(wire_, "ResourcePolicy"),
            &query::join_path(path_, "resourcePolicy"),
            errors_,
        )?;
        let resource_owner = decode_resource_name_type(
            q_,
            &query::join_wire(wire_, "ResourceOwner"),
            &query::join_path(path_, "resourceOwner"),
            errors_,
        )?;
        let caller_arn = decode_resource_name_type(
            q_,
            &query::join_wire(wire_, "CallerArn"),
            &query::join_path(path_, "callerArn"),
            errors_,
        )?;
        let context_entries = decode_context_entry_list_type(
            q_,
            &query::join_wire(wire_, "ContextEntries"),
            &query::join_path(path_, "contextEntries"),
            errors_,
        )?;
        let resource_handling_option = decode_resource_handling_option_type(
            q_,
            &query::join_wire(wire_, "ResourceHandlingOption"),
            &query::join_path(path_, "resourceHandlingOption"),
            errors_,
        )?;
        let max_items = decode_max_items_type(
            q_,
            &query::join_wire(wire_, "MaxItems"),
            &query::join_path(path_, "maxItems"),
            errors_,
        )?;
        let marker = decode_marker_type(
            q_,
            &query::join_wire(wire_, "Marker"),
            &query::join_path(path_, "marker"),
            errors_,
        )?;
        Ok(Self {
            policy_source_arn: query::required(policy_source_arn, wire_, "PolicySourceArn")?,
            policy_input_list,
            permissions_boundary_policy_input_list,
            action_names: query::required(action_names, wire_, "ActionNames")?,
            resource_arns,
            resource_policy,
            resource_owner,
            caller_arn,
            context_entries,
            resource_handling_option,
            max_items,
            marker,
        })
    }
}

/// Shape `Statement`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Statement {
    /// `SourcePolicyId`.
    pub source_policy_id: Option<String>,
    /// `SourcePolicyType`.
    pub source_policy_type: Option<String>,
    /// `StartPosition`.
    pub start_position: Option<Position>,
    /// `EndPosition`.
    pub end_position: Option<Position>,
}

impl WriteXml for Statement {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.source_policy_id {
            xml::text(w, "SourcePolicyId", v)?;
        }
        if let Some(v) = &self.source_policy_type {
            xml::text(w, "SourcePolicyType", v)?;
        }
        if let Some(v) = &self.start_position {
            xml::structure(w, "StartPosition", v)?;
        }
        if let Some(v) = &self.end_position {
            xml::structure(w, "EndPosition", v)?;
        }
        Ok(())
    }
}

/// Shape `Tag`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tag {
    /// `Key` (required): length 1..=128, pattern `[\p{L}\p{Z}\p{N}_.:/=+\-@]+`.
    pub key: String,
    /// `Value` (required): length 0..=256, pattern `[\p{L}\p{Z}\p{N}_.:/=+\-@]*`.
    pub value: String,
}

impl Tag {
    fn decode(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Option<Self>, ValidationError> {
        if !query::structure_present(q_, wire_) {
            return Ok(None);
        }
        Self::decode_members(q_, wire_, path_, errors_).map(Some)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let key = decode_tag_key_type(
            q_,
            &query::join_wire(wire_, "Key"),
            &query::join_path(path_, "key"),
            errors_,
        )?;
        let value = decode_tag_value_type(
            q_,
            &query::join_wire(wire_, "Value"),
            &query::join_path(path_, "value"),
            errors_,
        )?;
        Ok(Self {
            key: query::required(key, wire_, "Key")?,
            value: query::required(value, wire_, "Value")?,
        })
    }
}

impl WriteXml for Tag {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "Key", &self.key)?;
        xml::text(w, "Value", &self.value)?;
        Ok(())
    }
}

/// Shape `TagInstanceProfileRequest`; input of `TagInstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagInstanceProfileRequest {
    /// `InstanceProfileName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub instance_profile_name: String,
    /// `Tags` (required): length <= 50.
    pub tags: Vec<Tag>,
}

impl TagInstanceProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let instance_profile_name = decode_instance_profile_name_type(
            q_,
            &query::join_wire(wire_, "InstanceProfileName"),
            &query::join_path(path_, "instanceProfileName"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            instance_profile_name: query::required(
                instance_profile_name,
                wire_,
                "InstanceProfileName",
            )?,
            tags: query::required(tags, wire_, "Tags")?,
        })
    }
}

/// Shape `TagMFADeviceRequest`; input of `TagMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagMFADeviceRequest {
    /// `SerialNumber` (required): length 9..=256, pattern `[\w+=/:,.@-]+`.
    pub serial_number: String,
    /// `Tags` (required): length <= 50.
    pub tags: Vec<Tag>,
}

impl TagMFADeviceRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            serial_number: query::required(serial_number, wire_, "SerialNumber")?,
            tags: query::required(tags, wire_, "Tags")?,
        })
    }
}

/// Shape `TagOpenIDConnectProviderRequest`; input of `TagOpenIDConnectProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (required): length 20..=2048.
    pub open_id_connect_provider_arn: String,
    /// `Tags` (required): length <= 50.
    pub tags: Vec<Tag>,
}

impl TagOpenIDConnectProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let open_id_connect_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "OpenIDConnectProviderArn"),
            &query::join_path(path_, "openIDConnectProviderArn"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            open_id_connect_provider_arn: query::required(
                open_id_connect_provider_arn,
                wire_,
                "OpenIDConnectProviderArn",
            )?,
            tags: query::required(tags, wire_, "Tags")?,
        })
    }
}

/// Shape `TagPolicyRequest`; input of `TagPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagPolicyRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
    /// `Tags` (required): length <= 50.
    pub tags: Vec<Tag>,
}

impl TagPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
            tags: query::required(tags, wire_, "Tags")?,
        })
    }
}

/// Shape `TagRoleRequest`; input of `TagRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagRoleRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `Tags` (required): length <= 50.
    pub tags: Vec<Tag>,
}

impl TagRoleRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            tags: query::required(tags, wire_, "Tags")?,
        })
    }
}

/// Shape `TagSAMLProviderRequest`; input of `TagSAMLProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagSAMLProviderRequest {
    /// `SAMLProviderArn` (required): length 20..=2048.
    pub saml_provider_arn: String,
    /// `Tags` (required): length <= 50.
    pub tags: Vec<Tag>,
}

impl TagSAMLProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let saml_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "SAMLProviderArn"),
            &query::join_path(path_, "sAMLProviderArn"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            saml_provider_arn: query::required(saml_provider_arn, wire_, "SAMLProviderArn")?,
            tags: query::required(tags, wire_, "Tags")?,
        })
    }
}

/// Shape `TagServerCertificateRequest`; input of `TagServerCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagServerCertificateRequest {
    /// `ServerCertificateName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub server_certificate_name: String,
    /// `Tags` (required): length <= 50.
    pub tags: Vec<Tag>,
}

impl TagServerCertificateRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let server_certificate_name = decode_server_certificate_name_type(
            q_,
            &query::join_wire(wire_, "ServerCertificateName"),
            &query::join_path(path_, "serverCertificateName"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            server_certificate_name: query::required(
                server_certificate_name,
                wire_,
                "ServerCertificateName",
            )?,
            tags: query::required(tags, wire_, "Tags")?,
        })
    }
}

/// Shape `TagUserRequest`; input of `TagUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagUserRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `Tags` (required): length <= 50.
    pub tags: Vec<Tag>,
}

impl TagUserRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            tags: query::required(tags, wire_, "Tags")?,
        })
    }
}

/// Shape `TrackedActionLastAccessed`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrackedActionLastAccessed {
    /// `ActionName`.
    pub action_name: Option<String>,
    /// `LastAccessedEntity`.
    pub last_accessed_entity: Option<String>,
    /// `LastAccessedTime`.
    pub last_accessed_time: Option<OffsetDateTime>,
    /// `LastAccessedRegion`.
    pub last_accessed_region: Option<String>,
}

impl WriteXml for TrackedActionLastAccessed {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.action_name {
            xml::text(w, "ActionName", v)?;
        }
        if let Some(v) = &self.last_accessed_entity {
            xml::text(w, "LastAccessedEntity", v)?;
        }
        if let Some(v) = &self.last_accessed_time {
            xml::timestamp(w, "LastAccessedTime", v)?;
        }
        if let Some(v) = &self.last_accessed_region {
            xml::text(w, "LastAccessedRegion", v)?;
        }
        Ok(())
    }
}

/// Shape `UntagInstanceProfileRequest`; input of `UntagInstanceProfile`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UntagInstanceProfileRequest {
    /// `InstanceProfileName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub instance_profile_name: String,
    /// `TagKeys` (required): length <= 50.
    pub tag_keys: Vec<String>,
}

impl UntagInstanceProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let instance_profile_name = decode_instance_profile_name_type(
            q_,
            &query::join_wire(wire_, "InstanceProfileName"),
            &query::join_path(path_, "instanceProfileName"),
            errors_,
        )?;
        let tag_keys = decode_tag_key_list_type(
            q_,
            &query::join_wire(wire_, "TagKeys"),
            &query::join_path(path_, "tagKeys"),
            errors_,
        )?;
        Ok(Self {
            instance_profile_name: query::required(
                instance_profile_name,
                wire_,
                "InstanceProfileName",
            )?,
            tag_keys: query::required(tag_keys, wire_, "TagKeys")?,
        })
    }
}

/// Shape `UntagMFADeviceRequest`; input of `UntagMFADevice`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UntagMFADeviceRequest {
    /// `SerialNumber` (required): length 9..=256, pattern `[\w+=/:,.@-]+`.
    pub serial_number: String,
    /// `TagKeys` (required): length <= 50.
    pub tag_keys: Vec<String>,
}

impl UntagMFADeviceRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        let tag_keys = decode_tag_key_list_type(
            q_,
            &query::join_wire(wire_, "TagKeys"),
            &query::join_path(path_, "tagKeys"),
            errors_,
        )?;
        Ok(Self {
            serial_number: query::required(serial_number, wire_, "SerialNumber")?,
            tag_keys: query::required(tag_keys, wire_, "TagKeys")?,
        })
    }
}

/// Shape `UntagOpenIDConnectProviderRequest`; input of `UntagOpenIDConnectProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UntagOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (required): length 20..=2048.
    pub open_id_connect_provider_arn: String,
    /// `TagKeys` (required): length <= 50.
    pub tag_keys: Vec<String>,
}

impl UntagOpenIDConnectProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let open_id_connect_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "OpenIDConnectProviderArn"),
            &query::join_path(path_, "openIDConnectProviderArn"),
            errors_,
        )?;
        let tag_keys = decode_tag_key_list_type(
            q_,
            &query::join_wire(wire_, "TagKeys"),
            &query::join_path(path_, "tagKeys"),
            errors_,
        )?;
        Ok(Self {
            open_id_connect_provider_arn: query::required(
                open_id_connect_provider_arn,
                wire_,
                "OpenIDConnectProviderArn",
            )?,
            tag_keys: query::required(tag_keys, wire_, "TagKeys")?,
        })
    }
}

/// Shape `UntagPolicyRequest`; input of `UntagPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UntagPolicyRequest {
    /// `PolicyArn` (required): length 20..=2048.
    pub policy_arn: String,
    /// `TagKeys` (required): length <= 50.
    pub tag_keys: Vec<String>,
}

impl UntagPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let policy_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PolicyArn"),
            &query::join_path(path_, "policyArn"),
            errors_,
        )?;
        let tag_keys = decode_tag_key_list_type(
            q_,
            &query::join_wire(wire_, "TagKeys"),
            &query::join_path(path_, "tagKeys"),
            errors_,
        )?;
        Ok(Self {
            policy_arn: query::required(policy_arn, wire_, "PolicyArn")?,
            tag_keys: query::required(tag_keys, wire_, "TagKeys")?,
        })
    }
}

/// Shape `UntagRoleRequest`; input of `UntagRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UntagRoleRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `TagKeys` (required): length <= 50.
    pub tag_keys: Vec<String>,
}

impl UntagRoleRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let tag_keys = decode_tag_key_list_type(
            q_,
            &query::join_wire(wire_, "TagKeys"),
            &query::join_path(path_, "tagKeys"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            tag_keys: query::required(tag_keys, wire_, "TagKeys")?,
        })
    }
}

/// Shape `UntagSAMLProviderRequest`; input of `UntagSAMLProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UntagSAMLProviderRequest {
    /// `SAMLProviderArn` (required): length 20..=2048.
    pub saml_provider_arn: String,
    /// `TagKeys` (required): length <= 50.
    pub tag_keys: Vec<String>,
}

impl UntagSAMLProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let saml_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "SAMLProviderArn"),
            &query::join_path(path_, "sAMLProviderArn"),
            errors_,
        )?;
        let tag_keys = decode_tag_key_list_type(
            q_,
            &query::join_wire(wire_, "TagKeys"),
            &query::join_path(path_, "tagKeys"),
            errors_,
        )?;
        Ok(Self {
            saml_provider_arn: query::required(saml_provider_arn, wire_, "SAMLProviderArn")?,
            tag_keys: query::required(tag_keys, wire_, "TagKeys")?,
        })
    }
}

/// Shape `UntagServerCertificateRequest`; input of `UntagServerCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UntagServerCertificateRequest {
    /// `ServerCertificateName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub server_certificate_name: String,
    /// `TagKeys` (required): length <= 50.
    pub tag_keys: Vec<String>,
}

impl UntagServerCertificateRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let server_certificate_name = decode_server_certificate_name_type(
            q_,
            &query::join_wire(wire_, "ServerCertificateName"),
            &query::join_path(path_, "serverCertificateName"),
            errors_,
        )?;
        let tag_keys = decode_tag_key_list_type(
            q_,
            &query::join_wire(wire_, "TagKeys"),
            &query::join_path(path_, "tagKeys"),
            errors_,
        )?;
        Ok(Self {
            server_certificate_name: query::required(
                server_certificate_name,
                wire_,
                "ServerCertificateName",
            )?,
            tag_keys: query::required(tag_keys, wire_, "TagKeys")?,
        })
    }
}

/// Shape `UntagUserRequest`; input of `UntagUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UntagUserRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `TagKeys` (required): length <= 50.
    pub tag_keys: Vec<String>,
}

impl UntagUserRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let tag_keys = decode_tag_key_list_type(
            q_,
            &query::join_wire(wire_, "TagKeys"),
            &query::join_path(path_, "tagKeys"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            tag_keys: query::required(tag_keys, wire_, "TagKeys")?,
        })
    }
}

/// Shape `UpdateAccessKeyRequest`; input of `UpdateAccessKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateAccessKeyRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `AccessKeyId` (required): length 16..=128, pattern `[\w]+`.
    pub access_key_id: String,
    /// `Status` (required): one of [`STATUS_TYPE_VALUES`].
    pub status: String,
}

impl UpdateAccessKeyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let access_key_id = decode_access_key_id_type(
            q_,
            &query::join_wire(wire_, "AccessKeyId"),
            &query::join_path(path_, "accessKeyId"),
            errors_,
        )?;
        let status = decode_status_type(
            q_,
            &query::join_wire(wire_, "Status"),
            &query::join_path(path_, "status"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            access_key_id: query::required(access_key_id, wire_, "AccessKeyId")?,
            status: query::required(status, wire_, "Status")?,
        })
    }
}

/// Shape `UpdateAccountPasswordPolicyRequest`; input of `UpdateAccountPasswordPolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateAccountPasswordPolicyRequest {
    /// `MinimumPasswordLength`: value 6..=128.
    pub minimum_password_length: Option<i32>,
    /// `RequireSymbols`.
    pub require_symbols: Option<bool>,
    /// `RequireNumbers`.
    pub require_numbers: Option<bool>,
    /// `RequireUppercaseCharacters`.
    pub require_uppercase_characters: Option<bool>,
    /// `RequireLowercaseCharacters`.
    pub require_lowercase_characters: Option<bool>,
    /// `AllowUsersToChangePassword`.
    pub allow_users_to_change_password: Option<bool>,
    /// `MaxPasswordAge`: value 1..=1095.
    pub max_password_age: Option<i32>,
    /// `PasswordReusePrevention`: value 1..=24.
    pub password_reuse_prevention: Option<i32>,
    /// `HardExpiry`.
    pub hard_expiry: Option<bool>,
}

impl UpdateAccountPasswordPolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let minimum_password_length = decode_minimum_password_length_type(
            q_,
            &query::join_wire(wire_, "MinimumPasswordLength"),
            &query::join_path(path_, "minimumPasswordLength"),
            errors_,
        )?;
        let require_symbols = query::boolean(
            q_,
            &query::join_wire(wire_, "RequireSymbols"),
            &query::join_path(path_, "requireSymbols"),
            errors_,
        )?;
        let require_numbers = query::boolean(
            q_,
            &query::join_wire(wire_, "RequireNumbers"),
            &query::join_path(path_, "requireNumbers"),
            errors_,
        )?;
        let require_uppercase_characters = query::boolean(
            q_,
            &query::join_wire(wire_, "RequireUppercaseCharacters"),
            &query::join_path(path_, "requireUppercaseCharacters"),
            errors_,
        )?;
        let require_lowercase_characters = query::boolean(
            q_,
            &query::join_wire(wire_, "RequireLowercaseCharacters"),
            &query::join_path(path_, "requireLowercaseCharacters"),
            errors_,
        )?;
        let allow_users_to_change_password = query::boolean(
            q_,
            &query::join_wire(wire_, "AllowUsersToChangePassword"),
            &query::join_path(path_, "allowUsersToChangePassword"),
            errors_,
        )?;
        let max_password_age = decode_max_password_age_type(
            q_,
            &query::join_wire(wire_, "MaxPasswordAge"),
            &query::join_path(path_, "maxPasswordAge"),
            errors_,
        )?;
        let password_reuse_prevention = decode_password_reuse_prevention_type(
            q_,
            &query::join_wire(wire_, "PasswordReusePrevention"),
            &query::join_path(path_, "passwordReusePrevention"),
            errors_,
        )?;
        let hard_expiry = query::boolean(
            q_,
            &query::join_wire(wire_, "HardExpiry"),
            &query::join_path(path_, "hardExpiry"),
            errors_,
        )?;
        Ok(Self {
            minimum_password_length,
            require_symbols,
            require_numbers,
            require_uppercase_characters,
            require_lowercase_characters,
            allow_users_to_change_password,
            max_password_age,
            password_reuse_prevention,
            hard_expiry,
        })
    }
}

/// Shape `UpdateAssumeRolePolicyRequest`; input of `UpdateAssumeRolePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateAssumeRolePolicyRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `PolicyDocument` (required): length 1..=131072, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy_document: String,
}

impl UpdateAssumeRolePolicyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let policy_document = decode_policy_document_type(
            q_,
            &query::join_wire(wire_, "PolicyDocument"),
            &query::join_path(path_, "policyDocument"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            policy_document: query::required(policy_document, wire_, "PolicyDocument")?,
        })
    }
}

/// Shape `UpdateDelegationRequestRequest`; input of `UpdateDelegationRequest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateDelegationRequestRequest {
    /// `DelegationRequestId` (required): length 16..=128, pattern `[\w-]+`.
    pub delegation_request_id: String,
    /// `Notes`: length <= 500, pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
    pub notes: Option<String>,
}

impl UpdateDelegationRequestRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let delegation_request_id = decode_delegation_request_id_type(
            q_,
            &query::join_wire(wire_, "DelegationRequestId"),
            &query::join_path(path_, "delegationRequestId"),
            errors_,
        )?;
        let notes = decode_notes_type(
            q_,
            &query::join_wire(wire_, "Notes"),
            &query::join_path(path_, "notes"),
            errors_,
        )?;
        Ok(Self {
            delegation_request_id: query::required(
                delegation_request_id,
                wire_,
                "DelegationRequestId",
            )?,
            notes,
        })
    }
}

/// Shape `UpdateGroupRequest`; input of `UpdateGroup`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateGroupRequest {
    /// `GroupName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub group_name: String,
    /// `NewPath`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub new_path: Option<String>,
    /// `NewGroupName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub new_group_name: Option<String>,
}

impl UpdateGroupRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "GroupName"),
            &query::join_path(path_, "groupName"),
            errors_,
        )?;
        let new_path = decode_path_type(
            q_,
            &query::join_wire(wire_, "NewPath"),
            &query::join_path(path_, "newPath"),
            errors_,
        )?;
        let new_group_name = decode_group_name_type(
            q_,
            &query::join_wire(wire_, "NewGroupName"),
            &query::join_path(path_, "newGroupName"),
            errors_,
        )?;
        Ok(Self {
            group_name: query::required(group_name, wire_, "GroupName")?,
            new_path,
            new_group_name,
        })
    }
}

/// Shape `UpdateLoginProfileRequest`; input of `UpdateLoginProfile`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct UpdateLoginProfileRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `Password`: length 1..=128, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`, sensitive.
    pub password: Option<String>,
    /// `PasswordResetRequired`.
    pub password_reset_required: Option<bool>,
}

impl std::fmt::Debug for UpdateLoginProfileRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateLoginProfileRequest")
            .field("user_name", &self.user_name)
            .field("password", &"<redacted>")
            .field("password_reset_required", &self.password_reset_required)
            .finish()
    }
}

impl UpdateLoginProfileRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let password = decode_password_type(
            q_,
            &query::join_wire(wire_, "Password"),
            &query::join_path(path_, "password"),
            errors_,
        )?;
        let password_reset_required = query::boolean(
            q_,
            &query::join_wire(wire_, "PasswordResetRequired"),
            &query::join_path(path_, "passwordResetRequired"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            password,
            password_reset_required,
        })
    }
}

/// Shape `UpdateOpenIDConnectProviderThumbprintRequest`; input of `UpdateOpenIDConnectProviderThumbprint`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateOpenIDConnectProviderThumbprintRequest {
    /// `OpenIDConnectProviderArn` (required): length 20..=2048.
    pub open_id_connect_provider_arn: String,
    /// `ThumbprintList` (required).
    pub thumbprint_list: Vec<String>,
}

impl UpdateOpenIDConnectProviderThumbprintRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let open_id_connect_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "OpenIDConnectProviderArn"),
            &query::join_path(path_, "openIDConnectProviderArn"),
            errors_,
        )?;
        let thumbprint_list = decode_thumbprint_list_type(
            q_,
            &query::join_wire(wire_, "ThumbprintList"),
            &query::join_path(path_, "thumbprintList"),
            errors_,
        )?;
        Ok(Self {
            open_id_connect_provider_arn: query::required(
                open_id_connect_provider_arn,
                wire_,
                "OpenIDConnectProviderArn",
            )?,
            thumbprint_list: query::required(thumbprint_list, wire_, "ThumbprintList")?,
        })
    }
}

/// Shape `UpdateRoleDescriptionRequest`; input of `UpdateRoleDescription`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateRoleDescriptionRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `Description` (required): length <= 1000, pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
    pub description: String,
}

impl UpdateRoleDescriptionRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let description = decode_role_description_type(
            q_,
            &query::join_wire(wire_, "Description"),
            &query::join_path(path_, "description"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            description: query::required(description, wire_, "Description")?,
        })
    }
}

/// Shape `UpdateRoleDescriptionResponse`; output of `UpdateRoleDescription`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateRoleDescriptionResponse {
    /// `Role`.
    pub role: Option<Role>,
}

impl WriteXml for UpdateRoleDescriptionResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.role {
            xml::structure(w, "Role", v)?;
        }
        Ok(())
    }
}

/// Shape `UpdateRoleRequest`; input of `UpdateRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateRoleRequest {
    /// `RoleName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub role_name: String,
    /// `Description`: length <= 1000, pattern `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
    pub description: Option<String>,
    /// `MaxSessionDuration`: value 3600..=43200.
    pub max_session_duration: Option<i32>,
}

impl UpdateRoleRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let role_name = decode_role_name_type(
            q_,
            &query::join_wire(wire_, "RoleName"),
            &query::join_path(path_, "roleName"),
            errors_,
        )?;
        let description = decode_role_description_type(
            q_,
            &query::join_wire(wire_, "Description"),
            &query::join_path(path_, "description"),
            errors_,
        )?;
        let max_session_duration = decode_role_max_session_duration_type(
            q_,
            &query::join_wire(wire_, "MaxSessionDuration"),
            &query::join_path(path_, "maxSessionDuration"),
            errors_,
        )?;
        Ok(Self {
            role_name: query::required(role_name, wire_, "RoleName")?,
            description,
            max_session_duration,
        })
    }
}

/// Shape `UpdateRoleResponse`; output of `UpdateRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateRoleResponse {}

impl WriteXml for UpdateRoleResponse {
    fn write_members(&self, _w: &mut XmlWriter) -> Result<(), EncodeError> {
        Ok(())
    }
}

/// Shape `UpdateSAMLProviderRequest`; input of `UpdateSAMLProvider`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct UpdateSAMLProviderRequest {
    /// `SAMLMetadataDocument`: length 1000..=10000000.
    pub saml_metadata_document: Option<String>,
    /// `SAMLProviderArn` (required): length 20..=2048.
    pub saml_provider_arn: String,
    /// `AssertionEncryptionMode`: one of [`ASSERTION_ENCRYPTION_MODE_TYPE_VALUES`].
    pub assertion_encryption_mode: Option<String>,
    /// `AddPrivateKey`: length 1..=16384, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`, sensitive.
    pub add_private_key: Option<String>,
    /// `RemovePrivateKey`: length 22..=64, pattern `[A-Z0-9]+`.
    pub remove_private_key: Option<String>,
}

impl std::fmt::Debug for UpdateSAMLProviderRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateSAMLProviderRequest")
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("saml_provider_arn", &self.saml_provider_arn)
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field("add_private_key", &"<redacted>")
            .field("remove_private_key", &self.remove_private_key)
            .finish()
    }
}

impl UpdateSAMLProviderRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let saml_metadata_document = decode_saml_metadata_document_type(
            q_,
            &query::join_wire(wire_, "SAMLMetadataDocument"),
            &query::join_path(path_, "sAMLMetadataDocument"),
            errors_,
        )?;
        let saml_provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "SAMLProviderArn"),
            &query::join_path(path_, "sAMLProviderArn"),
            errors_,
        )?;
        let assertion_encryption_mode = decode_assertion_encryption_mode_type(
            q_,
            &query::join_wire(wire_, "AssertionEncryptionMode"),
            &query::join_path(path_, "assertionEncryptionMode"),
            errors_,
        )?;
        let add_private_key = decode_private_key_type(
            q_,
            &query::join_wire(wire_, "AddPrivateKey"),
            &query::join_path(path_, "addPrivateKey"),
            errors_,
        )?;
        let remove_private_key = decode_private_key_id_type(
            q_,
            &query::join_wire(wire_, "RemovePrivateKey"),
            &query::join_path(path_, "removePrivateKey"),
            errors_,
        )?;
        Ok(Self {
            saml_metadata_document,
            saml_provider_arn: query::required(saml_provider_arn, wire_, "SAMLProviderArn")?,
            assertion_encryption_mode,
            add_private_key,
            remove_private_key,
        })
    }
}

/// Shape `UpdateSAMLProviderResponse`; output of `UpdateSAMLProvider`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateSAMLProviderResponse {
    /// `SAMLProviderArn`.
    pub saml_provider_arn: Option<String>,
}

impl WriteXml for UpdateSAMLProviderResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.saml_provider_arn {
            xml::text(w, "SAMLProviderArn", v)?;
        }
        Ok(())
    }
}

/// Shape `UpdateSSHPublicKeyRequest`; input of `UpdateSSHPublicKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateSSHPublicKeyRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `SSHPublicKeyId` (required): length 20..=128, pattern `[\w]+`.
    pub ssh_public_key_id: String,
    /// `Status` (required): one of [`STATUS_TYPE_VALUES`].
    pub status: String,
}

impl UpdateSSHPublicKeyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let ssh_public_key_id = decode_public_key_id_type(
            q_,
            &query::join_wire(wire_, "SSHPublicKeyId"),
            &query::join_path(path_, "sSHPublicKeyId"),
            errors_,
        )?;
        let status = decode_status_type(
            q_,
            &query::join_wire(wire_, "Status"),
            &query::join_path(path_, "status"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            ssh_public_key_id: query::required(ssh_public_key_id, wire_, "SSHPublicKeyId")?,
            status: query::required(status, wire_, "Status")?,
        })
    }
}

/// Shape `UpdateServerCertificateRequest`; input of `UpdateServerCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateServerCertificateRequest {
    /// `ServerCertificateName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub server_certificate_name: String,
    /// `NewPath`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub new_path: Option<String>,
    /// `NewServerCertificateName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub new_server_certificate_name: Option<String>,
}

impl UpdateServerCertificateRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let server_certificate_name = decode_server_certificate_name_type(
            q_,
            &query::join_wire(wire_, "ServerCertificateName"),
            &query::join_path(path_, "serverCertificateName"),
            errors_,
        )?;
        let new_path = decode_path_type(
            q_,
            &query::join_wire(wire_, "NewPath"),
            &query::join_path(path_, "newPath"),
            errors_,
        )?;
        let new_server_certificate_name = decode_server_certificate_name_type(
            q_,
            &query::join_wire(wire_, "NewServerCertificateName"),
            &query::join_path(path_, "newServerCertificateName"),
            errors_,
        )?;
        Ok(Self {
            server_certificate_name: query::required(
                server_certificate_name,
                wire_,
                "ServerCertificateName",
            )?,
            new_path,
            new_server_certificate_name,
        })
    }
}

/// Shape `UpdateServiceSpecificCredentialRequest`; input of `UpdateServiceSpecificCredential`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateServiceSpecificCredentialRequest {
    /// `UserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `ServiceSpecificCredentialId` (required): length 20..=128, pattern `[\w]+`.
    pub service_specific_credential_id: String,
    /// `Status` (required): one of [`STATUS_TYPE_VALUES`].
    pub status: String,
}

impl UpdateServiceSpecificCredentialRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let service_specific_credential_id = decode_service_specific_credential_id(
            q_,
            &query::join_wire(wire_, "ServiceSpecificCredentialId"),
            &query::join_path(path_, "serviceSpecificCredentialId"),
            errors_,
        )?;
        let status = decode_status_type(
            q_,
            &query::join_wire(wire_, "Status"),
            &query::join_path(path_, "status"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            service_specific_credential_id: query::required(
                service_specific_credential_id,
                wire_,
                "ServiceSpecificCredentialId",
            )?,
            status: query::required(status, wire_, "Status")?,
        })
    }
}

/// Shape `UpdateSigningCertificateRequest`; input of `UpdateSigningCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateSigningCertificateRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `CertificateId` (required): length 24..=128, pattern `[\w]+`.
    pub certificate_id: String,
    /// `Status` (required): one of [`STATUS_TYPE_VALUES`].
    pub status: String,
}

impl UpdateSigningCertificateRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let certificate_id = decode_certificate_id_type(
            q_,
            &query::join_wire(wire_, "CertificateId"),
            &query::join_path(path_, "certificateId"),
            errors_,
        )?;
        let status = decode_status_type(
            q_,
            &query::join_wire(wire_, "Status"),
            &query::join_path(path_, "status"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            certificate_id: query::required(certificate_id, wire_, "CertificateId")?,
            status: query::required(status, wire_, "Status")?,
        })
    }
}

/// Shape `UpdateUserRequest`; input of `UpdateUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateUserRequest {
    /// `UserName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `NewPath`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub new_path: Option<String>,
    /// `NewUserName`: length 1..=64, pattern `[\w+=,.@-]+`.
    pub new_user_name: Option<String>,
}

impl UpdateUserRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let new_path = decode_path_type(
            q_,
            &query::join_wire(wire_, "NewPath"),
            &query::join_path(path_, "newPath"),
            errors_,
        )?;
        let new_user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "NewUserName"),
            &query::join_path(path_, "newUserName"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            new_path,
            new_user_name,
        })
    }
}

/// Shape `UploadSSHPublicKeyRequest`; input of `UploadSSHPublicKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UploadSSHPublicKeyRequest {
    /// `UserName` (required): length 1..=64, pattern `[\w+=,.@-]+`.
    pub user_name: String,
    /// `SSHPublicKeyBody` (required): length 1..=16384, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub ssh_public_key_body: String,
}

impl UploadSSHPublicKeyRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let ssh_public_key_body = decode_public_key_material_type(
            q_,
            &query::join_wire(wire_, "SSHPublicKeyBody"),
            &query::join_path(path_, "sSHPublicKeyBody"),
            errors_,
        )?;
        Ok(Self {
            user_name: query::required(user_name, wire_, "UserName")?,
            ssh_public_key_body: query::required(ssh_public_key_body, wire_, "SSHPublicKeyBody")?,
        })
    }
}

/// Shape `UploadSSHPublicKeyResponse`; output of `UploadSSHPublicKey`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UploadSSHPublicKeyResponse {
    /// `SSHPublicKey`.
    pub ssh_public_key: Option<SSHPublicKey>,
}

impl WriteXml for UploadSSHPublicKeyResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.ssh_public_key {
            xml::structure(w, "SSHPublicKey", v)?;
        }
        Ok(())
    }
}

/// Shape `UploadServerCertificateRequest`; input of `UploadServerCertificate`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct UploadServerCertificateRequest {
    /// `Path`: length 1..=512, pattern `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
    pub path: Option<String>,
    /// `ServerCertificateName` (required): length 1..=128, pattern `[\w+=,.@-]+`.
    pub server_certificate_name: String,
    /// `CertificateBody` (required): length 1..=16384, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub certificate_body: String,
    /// `PrivateKey` (required): length 1..=16384, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`, sensitive.
    pub private_key: String,
    /// `CertificateChain`: length 1..=2097152, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub certificate_chain: Option<String>,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
}

impl std::fmt::Debug for UploadServerCertificateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UploadServerCertificateRequest")
            .field("path", &self.path)
            .field("server_certificate_name", &self.server_certificate_name)
            .field("certificate_body", &self.certificate_body)
            .field("private_key", &"<redacted>")
            .field("certificate_chain", &self.certificate_chain)
            .field("tags", &self.tags)
            .finish()
    }
}

impl UploadServerCertificateRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let path = decode_path_type(
            q_,
            &query::join_wire(wire_, "Path"),
            &query::join_path(path_, "path"),
            errors_,
        )?;
        let server_certificate_name = decode_server_certificate_name_type(
            q_,
            &query::join_wire(wire_, "ServerCertificateName"),
            &query::join_path(path_, "serverCertificateName"),
            errors_,
        )?;
        let certificate_body = decode_certificate_body_type(
            q_,
            &query::join_wire(wire_, "CertificateBody"),
            &query::join_path(path_, "certificateBody"),
            errors_,
        )?;
        let private_key = decode_private_key_type(
            q_,
            &query::join_wire(wire_, "PrivateKey"),
            &query::join_path(path_, "privateKey"),
            errors_,
        )?;
        let certificate_chain = decode_certificate_chain_type(
            q_,
            &query::join_wire(wire_, "CertificateChain"),
            &query::join_path(path_, "certificateChain"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            path,
            server_certificate_name: query::required(
                server_certificate_name,
                wire_,
                "ServerCertificateName",
            )?,
            certificate_body: query::required(certificate_body, wire_, "CertificateBody")?,
            private_key: query::required(private_key, wire_, "PrivateKey")?,
            certificate_chain,
            tags,
        })
    }
}

/// Shape `UploadServerCertificateResponse`; output of `UploadServerCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UploadServerCertificateResponse {
    /// `ServerCertificateMetadata`.
    pub server_certificate_metadata: Option<ServerCertificateMetadata>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl WriteXml for UploadServerCertificateResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.server_certificate_metadata {
            xml::structure(w, "ServerCertificateMetadata", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `UploadSigningCertificateRequest`; input of `UploadSigningCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UploadSigningCertificateRequest {
    /// `UserName`: length 1..=128, pattern `[\w+=,.@-]+`.
    pub user_name: Option<String>,
    /// `CertificateBody` (required): length 1..=16384, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub certificate_body: String,
}

impl UploadSigningCertificateRequest {
    /// Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).
    ///
    /// # Errors
    /// A missing required member, a value that is not of its type, or every constraint the values violate.
    pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {
        let mut errors = Violations::default();
        let value = Self::decode_members(params, "", "", &mut errors)?;
        errors.finish(value)
    }

    fn decode_members(
        q_: &QueryParams,
        wire_: &str,
        path_: &str,
        errors_: &mut Violations,
    ) -> Result<Self, ValidationError> {
        let user_name = decode_existing_user_name_type(
            q_,
            &query::join_wire(wire_, "UserName"),
            &query::join_path(path_, "userName"),
            errors_,
        )?;
        let certificate_body = decode_certificate_body_type(
            q_,
            &query::join_wire(wire_, "CertificateBody"),
            &query::join_path(path_, "certificateBody"),
            errors_,
        )?;
        Ok(Self {
            user_name,
            certificate_body: query::required(certificate_body, wire_, "CertificateBody")?,
        })
    }
}

/// Shape `UploadSigningCertificateResponse`; output of `UploadSigningCertificate`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UploadSigningCertificateResponse {
    /// `Certificate` (required).
    pub certificate: SigningCertificate,
}

impl WriteXml for UploadSigningCertificateResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::structure(w, "Certificate", &self.certificate)?;
        Ok(())
    }
}

/// Shape `User`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// `Path` (required).
    pub path: String,
    /// `UserName` (required).
    pub user_name: String,
    /// `UserId` (required).
    pub user_id: String,
    /// `Arn` (required).
    pub arn: String,
    /// `CreateDate` (required).
    pub create_date: OffsetDateTime,
    /// `PasswordLastUsed`.
    pub password_last_used: Option<OffsetDateTime>,
    /// `PermissionsBoundary`.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl WriteXml for User {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "Path", &self.path)?;
        xml::text(w, "UserName", &self.user_name)?;
        xml::text(w, "UserId", &self.user_id)?;
        xml::text(w, "Arn", &self.arn)?;
        xml::timestamp(w, "CreateDate", &self.create_date)?;
        if let Some(v) = &self.password_last_used {
            xml::timestamp(w, "PasswordLastUsed", v)?;
        }
        if let Some(v) = &self.permissions_boundary {
            xml::structure(w, "PermissionsBoundary", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `UserDetail`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UserDetail {
    /// `Path`.
    pub path: Option<String>,
    /// `UserName`.
    pub user_name: Option<String>,
    /// `UserId`.
    pub user_id: Option<String>,
    /// `Arn`.
    pub arn: Option<String>,
    /// `CreateDate`.
    pub create_date: Option<OffsetDateTime>,
    /// `UserPolicyList`.
    pub user_policy_list: Option<Vec<PolicyDetail>>,
    /// `GroupList`.
    pub group_list: Option<Vec<String>>,
    /// `AttachedManagedPolicies`.
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    /// `PermissionsBoundary`.
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl WriteXml for UserDetail {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.path {
            xml::text(w, "Path", v)?;
        }
        if let Some(v) = &self.user_name {
            xml::text(w, "UserName", v)?;
        }
        if let Some(v) = &self.user_id {
            xml::text(w, "UserId", v)?;
        }
        if let Some(v) = &self.arn {
            xml::text(w, "Arn", v)?;
        }
        if let Some(v) = &self.create_date {
            xml::timestamp(w, "CreateDate", v)?;
        }
        if let Some(v) = &self.user_policy_list {
            xml::list(w, "UserPolicyList", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.group_list {
            xml::list(w, "GroupList", v, |w, v| xml::text(w, "member", v))?;
        }
        if let Some(v) = &self.attached_managed_policies {
            xml::list(w, "AttachedManagedPolicies", v, |w, v| {
                xml::structure(w, "member", v)
            })?;
        }
        if let Some(v) = &self.permissions_boundary {
            xml::structure(w, "PermissionsBoundary", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

/// Shape `VirtualMFADevice`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct VirtualMFADevice {
    /// `SerialNumber` (required).
    pub serial_number: String,
    /// `Base32StringSeed`.
    pub base32_string_seed: Option<Vec<u8>>,
    /// `QRCodePNG`.
    pub qr_code_png: Option<Vec<u8>>,
    /// `User`.
    pub user: Option<User>,
    /// `EnableDate`.
    pub enable_date: Option<OffsetDateTime>,
    /// `Tags`.
    pub tags: Option<Vec<Tag>>,
}

impl std::fmt::Debug for VirtualMFADevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VirtualMFADevice")
            .field("serial_number", &self.serial_number)
            .field("base32_string_seed", &"<redacted>")
            .field("qr_code_png", &"<redacted>")
            .field("user", &self.user)
            .field("enable_date", &self.enable_date)
            .field("tags", &self.tags)
            .finish()
    }
}

impl WriteXml for VirtualMFADevice {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "SerialNumber", &self.serial_number)?;
        if let Some(v) = &self.base32_string_seed {
            xml::blob(w, "Base32StringSeed", v)?;
        }
        if let Some(v) = &self.qr_code_png {
            xml::blob(w, "QRCodePNG", v)?;
        }
        if let Some(v) = &self.user {
            xml::structure(w, "User", v)?;
        }
        if let Some(v) = &self.enable_date {
            xml::timestamp(w, "EnableDate", v)?;
        }
        if let Some(v) = &self.tags {
            xml::list(w, "Tags", v, |w, v| xml::structure(w, "member", v))?;
        }
        Ok(())
    }
}

fn decode_access_advisor_usage_granularity_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE_VALUES, false);
    }
    Ok(value)
}

fn decode_action_name_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    query::list(params, wire, path, errors, decode_action_name_type)
}

fn decode_action_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(3), Some(128), false);
    }
    Ok(value)
}

fn decode_context_entry_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<ContextEntry>>, ValidationError> {
    query::list(params, wire, path, errors, ContextEntry::decode)
}

fn decode_context_key_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(5), Some(256), false);
    }
    Ok(value)
}

fn decode_context_key_type_enum(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, CONTEXT_KEY_TYPE_ENUM_VALUES, false);
    }
    Ok(value)
}

fn decode_context_key_value_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    query::list(params, wire, path, errors, query::string)
}

fn decode_deletion_task_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(1000), false);
    }
    Ok(value)
}

fn decode_entity_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, ENTITY_TYPE_VALUES, false);
    }
    Ok(value)
}

fn decode_open_id_connect_provider_url_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(255), false);
    }
    Ok(value)
}

fn decode_policy_parameter_type_enum(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, POLICY_PARAMETER_TYPE_ENUM_VALUES, false);
    }
    Ok(value)
}

fn decode_policy_usage_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, POLICY_USAGE_TYPE_VALUES, false);
    }
    Ok(value)
}

fn decode_resource_handling_option_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(64), false);
    }
    Ok(value)
}

fn decode_resource_name_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    query::list(params, wire, path, errors, decode_resource_name_type)
}

fn decode_resource_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(2048), false);
    }
    Ok(value)
}

fn decode_saml_metadata_document_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1000), Some(10000000), false);
    }
    Ok(value)
}

fn decode_saml_provider_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(128), false);
        errors.pattern(path, v, &SAML_PROVIDER_NAME_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_simulation_policy_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    query::list(params, wire, path, errors, decode_policy_document_type)
}

fn decode_access_key_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(16), Some(128), false);
        errors.pattern(path, v, &ACCESS_KEY_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_account_alias_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(3), Some(63), false);
        errors.pattern(path, v, &ACCOUNT_ALIAS_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_account_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.pattern(path, v, &ACCOUNT_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_arn_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(20), Some(2048), false);
    }
    Ok(value)
}

fn decode_assertion_encryption_mode_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, ASSERTION_ENCRYPTION_MODE_TYPE_VALUES, false);
    }
    Ok(value)
}

fn decode_assignment_status_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, ASSIGNMENT_STATUS_TYPE_VALUES, false);
    }
    Ok(value)
}

fn decode_authentication_code_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(6), Some(6), false);
        errors.pattern(path, v, &AUTHENTICATION_CODE_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_certificate_body_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(16384), false);
        errors.pattern(path, v, &CERTIFICATE_BODY_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_certificate_chain_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(2097152), false);
        errors.pattern(path, v, &CERTIFICATE_BODY_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_certificate_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(24), Some(128), false);
        errors.pattern(path, v, &ACCESS_KEY_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_client_id_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    query::list(params, wire, path, errors, decode_client_id_type)
}

fn decode_client_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(255), false);
    }
    Ok(value)
}

fn decode_credential_age_days(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(1), Some(36600));
    }
    Ok(value)
}

fn decode_custom_suffix_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(64), false);
        errors.pattern(path, v, &CUSTOM_SUFFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_delegation_request_description_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, None, Some(1000), false);
        errors.pattern(path, v, &DELEGATION_REQUEST_DESCRIPTION_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_delegation_request_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(16), Some(128), false);
        errors.pattern(path, v, &DELEGATION_REQUEST_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_encoding_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, ENCODING_TYPE_VALUES, false);
    }
    Ok(value)
}

fn decode_entity_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    query::list(params, wire, path, errors, decode_entity_type)
}

fn decode_existing_user_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(128), false);
        errors.pattern(path, v, &CUSTOM_SUFFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_global_endpoint_token_version(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, GLOBAL_ENDPOINT_TOKEN_VERSION_VALUES, false);
    }
    Ok(value)
}

fn decode_group_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(128), false);
        errors.pattern(path, v, &CUSTOM_SUFFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_instance_profile_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(128), false);
        errors.pattern(path, v, &CUSTOM_SUFFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_job_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(36), Some(36), false);
    }
    Ok(value)
}

fn decode_locale_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(2), Some(12), false);
    }
    Ok(value)
}

fn decode_marker_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(320), false);
        errors.pattern(path, v, &MARKER_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_max_items_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(1), Some(1000));
    }
    Ok(value)
}

fn decode_max_password_age_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(1), Some(1095));
    }
    Ok(value)
}

fn decode_minimum_password_length_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(6), Some(128));
    }
    Ok(value)
}

fn decode_notes_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, None, Some(500), false);
        errors.pattern(path, v, &DELEGATION_REQUEST_DESCRIPTION_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_notification_channel_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(2), Some(400), false);
        errors.pattern(path, v, &NOTIFICATION_CHANNEL_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_organizations_entity_path_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(19), Some(427), false);
        errors.pattern(path, v, &ORGANIZATIONS_ENTITY_PATH_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_organizations_policy_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.pattern(path, v, &ORGANIZATIONS_POLICY_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_owner_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(20), Some(2048), false);
        errors.pattern(path, v, &OWNER_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_password_reuse_prevention_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(1), Some(24));
    }
    Ok(value)
}

fn decode_password_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(128), true);
        errors.pattern(path, v, &CERTIFICATE_BODY_TYPE_PATTERN, true);
    }
    Ok(value)
}

fn decode_path_prefix_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(512), false);
        errors.pattern(path, v, &PATH_PREFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_path_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(512), false);
        errors.pattern(path, v, &PATH_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_policy_description_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, None, Some(1000), false);
    }
    Ok(value)
}

fn decode_policy_document_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(131072), false);
        errors.pattern(path, v, &CERTIFICATE_BODY_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_policy_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(128), false);
        errors.pattern(path, v, &CUSTOM_SUFFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_policy_parameter_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<PolicyParameter>>, ValidationError> {
    let value = query::list(params, wire, path, errors, PolicyParameter::decode)?;
    if let Some(v) = &value {
        errors.list_length(path, v.len(), None, Some(50), || None);
    }
    Ok(value)
}

fn decode_policy_parameter_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(5), Some(256), false);
        errors.pattern(path, v, &POLICY_PARAMETER_NAME_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_policy_parameter_value_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.pattern(path, v, &POLICY_PARAMETER_NAME_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_policy_parameter_values_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    query::list(
        params,
        wire,
        path,
        errors,
        decode_policy_parameter_value_type,
    )
}

fn decode_policy_path_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(512), false);
        errors.pattern(path, v, &POLICY_PATH_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_policy_scope_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, POLICY_SCOPE_TYPE_VALUES, false);
    }
    Ok(value)
}

fn decode_policy_version_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.pattern(path, v, &POLICY_VERSION_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_private_key_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(22), Some(64), false);
        errors.pattern(path, v, &PRIVATE_KEY_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_private_key_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(16384), true);
        errors.pattern(path, v, &CERTIFICATE_BODY_TYPE_PATTERN, true);
    }
    Ok(value)
}

fn decode_public_key_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(20), Some(128), false);
        errors.pattern(path, v, &ACCESS_KEY_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_public_key_material_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(16384), false);
        errors.pattern(path, v, &CERTIFICATE_BODY_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_redirect_url_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(255), false);
        errors.pattern(path, v, &REDIRECT_URL_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_request_message_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, None, Some(200), false);
        errors.pattern(path, v, &DELEGATION_REQUEST_DESCRIPTION_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_requestor_workflow_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(5), Some(400), false);
        errors.pattern(path, v, &REQUESTOR_WORKFLOW_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_role_description_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, None, Some(1000), false);
        errors.pattern(path, v, &DELEGATION_REQUEST_DESCRIPTION_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_role_max_session_duration_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(3600), Some(43200));
    }
    Ok(value)
}

fn decode_role_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(64), false);
        errors.pattern(path, v, &CUSTOM_SUFFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_serial_number_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(9), Some(256), false);
        errors.pattern(path, v, &SERIAL_NUMBER_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_server_certificate_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(128), false);
        errors.pattern(path, v, &CUSTOM_SUFFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_service_namespace_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    let value = query::list(params, wire, path, errors, decode_service_namespace_type)?;
    if let Some(v) = &value {
        errors.list_length(path, v.len(), Some(1), Some(200), || {
            Some(query::show_list(v))
        });
    }
    Ok(value)
}

fn decode_service_namespace_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(64), false);
        errors.pattern(path, v, &SERVICE_NAMESPACE_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_service_specific_credential_id(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(20), Some(128), false);
        errors.pattern(path, v, &ACCESS_KEY_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_session_duration_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(300), Some(43200));
    }
    Ok(value)
}

fn decode_sort_key_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, SORT_KEY_TYPE_VALUES, false);
    }
    Ok(value)
}

fn decode_status_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.one_of(path, v, STATUS_TYPE_VALUES, false);
    }
    Ok(value)
}

fn decode_tag_key_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    let value = query::list(params, wire, path, errors, decode_tag_key_type)?;
    if let Some(v) = &value {
        errors.list_length(path, v.len(), None, Some(50), || Some(query::show_list(v)));
    }
    Ok(value)
}

fn decode_tag_key_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(128), false);
        errors.pattern(path, v, &TAG_KEY_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_tag_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<Tag>>, ValidationError> {
    let value = query::list(params, wire, path, errors, Tag::decode)?;
    if let Some(v) = &value {
        errors.list_length(path, v.len(), None, Some(50), || None);
    }
    Ok(value)
}

fn decode_tag_value_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(0), Some(256), false);
        errors.pattern(path, v, &TAG_VALUE_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_thumbprint_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    query::list(params, wire, path, errors, decode_thumbprint_type)
}

fn decode_thumbprint_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(40), Some(40), false);
    }
    Ok(value)
}

fn decode_user_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(64), false);
        errors.pattern(path, v, &CUSTOM_SUFFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_virtual_mfa_device_name(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), None, false);
        errors.pattern(path, v, &CUSTOM_SUFFIX_TYPE_PATTERN, false);
    }
    Ok(value)
}
