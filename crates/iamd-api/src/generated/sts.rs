// @generated from the AWS service models by `cargo run -p xtask -- codegen`. Do not edit.
//! Shapes of AWS STS (sts-2011-06-15.service-2.json, API version 2011-06-15): typed inputs with their constraints, outputs with their XML encoding, and the modeled errors.
use crate::query::{self, Pattern, QueryParams, ValidationError, Violations};
use crate::xml::{self, EncodeError, Fault, WriteXml, XmlWriter};
use regex::Regex;
use std::sync::LazyLock;
use time::OffsetDateTime;
/// The errors the STS model declares (`<Code>`, HTTP status, fault).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModeledError {
    /// `ExpiredTokenException` (400), shape `ExpiredTokenException`.
    ExpiredToken,
    /// `ExpiredTradeInTokenException` (400), shape `ExpiredTradeInTokenException`.
    ExpiredTradeInToken,
    /// `IDPCommunicationError` (400), shape `IDPCommunicationErrorException`.
    IDPCommunicationError,
    /// `IDPRejectedClaim` (403), shape `IDPRejectedClaimException`.
    IDPRejectedClaim,
    /// `InvalidAuthorizationMessageException` (400), shape `InvalidAuthorizationMessageException`.
    InvalidAuthorizationMessage,
    /// `InvalidIdentityToken` (400), shape `InvalidIdentityTokenException`.
    InvalidIdentityToken,
    /// `JWTPayloadSizeExceededException` (400), shape `JWTPayloadSizeExceededException`.
    JWTPayloadSizeExceeded,
    /// `MalformedPolicyDocument` (400), shape `MalformedPolicyDocumentException`.
    MalformedPolicyDocument,
    /// `OutboundWebIdentityFederationDisabledException` (403), shape `OutboundWebIdentityFederationDisabledException`.
    OutboundWebIdentityFederationDisabled,
    /// `PackedPolicyTooLarge` (400), shape `PackedPolicyTooLargeException`.
    PackedPolicyTooLarge,
    /// `RegionDisabledException` (403), shape `RegionDisabledException`.
    RegionDisabled,
    /// `SessionDurationEscalationException` (403), shape `SessionDurationEscalationException`.
    SessionDurationEscalation,
}

impl ModeledError {
    /// Every modeled error.
    pub const ALL: [Self; 12] = [
        Self::ExpiredToken,
        Self::ExpiredTradeInToken,
        Self::IDPCommunicationError,
        Self::IDPRejectedClaim,
        Self::InvalidAuthorizationMessage,
        Self::InvalidIdentityToken,
        Self::JWTPayloadSizeExceeded,
        Self::MalformedPolicyDocument,
        Self::OutboundWebIdentityFederationDisabled,
        Self::PackedPolicyTooLarge,
        Self::RegionDisabled,
        Self::SessionDurationEscalation,
    ];

    /// The value of `<Code>`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::ExpiredToken => "ExpiredTokenException",
            Self::ExpiredTradeInToken => "ExpiredTradeInTokenException",
            Self::IDPCommunicationError => "IDPCommunicationError",
            Self::IDPRejectedClaim => "IDPRejectedClaim",
            Self::InvalidAuthorizationMessage => "InvalidAuthorizationMessageException",
            Self::InvalidIdentityToken => "InvalidIdentityToken",
            Self::JWTPayloadSizeExceeded => "JWTPayloadSizeExceededException",
            Self::MalformedPolicyDocument => "MalformedPolicyDocument",
            Self::OutboundWebIdentityFederationDisabled => {
                "OutboundWebIdentityFederationDisabledException"
            }
            Self::PackedPolicyTooLarge => "PackedPolicyTooLarge",
            Self::RegionDisabled => "RegionDisabledException",
            Self::SessionDurationEscalation => "SessionDurationEscalationException",
        }
    }

    /// The HTTP status.
    #[must_use]
    pub fn http_status(self) -> u16 {
        match self {
            Self::ExpiredToken
            | Self::ExpiredTradeInToken
            | Self::IDPCommunicationError
            | Self::InvalidAuthorizationMessage
            | Self::InvalidIdentityToken
            | Self::JWTPayloadSizeExceeded
            | Self::MalformedPolicyDocument
            | Self::PackedPolicyTooLarge => 400,
            Self::IDPRejectedClaim
            | Self::OutboundWebIdentityFederationDisabled
            | Self::RegionDisabled
            | Self::SessionDurationEscalation => 403,
        }
    }

    /// `Sender` for client faults, `Receiver` for service faults.
    #[must_use]
    pub fn fault(self) -> Fault {
        let _ = self;
        Fault::Sender
    }

    /// The error with this `<Code>`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "ExpiredTokenException" => Some(Self::ExpiredToken),
            "ExpiredTradeInTokenException" => Some(Self::ExpiredTradeInToken),
            "IDPCommunicationError" => Some(Self::IDPCommunicationError),
            "IDPRejectedClaim" => Some(Self::IDPRejectedClaim),
            "InvalidAuthorizationMessageException" => Some(Self::InvalidAuthorizationMessage),
            "InvalidIdentityToken" => Some(Self::InvalidIdentityToken),
            "JWTPayloadSizeExceededException" => Some(Self::JWTPayloadSizeExceeded),
            "MalformedPolicyDocument" => Some(Self::MalformedPolicyDocument),
            "OutboundWebIdentityFederationDisabledException" => {
                Some(Self::OutboundWebIdentityFederationDisabled)
            }
            "PackedPolicyTooLarge" => Some(Self::PackedPolicyTooLarge),
            "RegionDisabledException" => Some(Self::RegionDisabled),
            "SessionDurationEscalationException" => Some(Self::SessionDurationEscalation),
            _ => None,
        }
    }
}

/// Pattern `[\d]*`.
pub static TOKEN_CODE_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\d]*",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9]*)$").ok()),
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

/// Pattern `[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`.
pub static ARN_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+",
    forbidden: None,
    regex: LazyLock::new(|| {
        Regex::new("^(?:[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+)$").ok()
    }),
};

/// Pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
pub static SESSION_POLICY_DOCUMENT_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+)$").ok()),
};

/// Pattern `[\w+=,.@-]*`.
pub static ROLE_SESSION_NAME_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w+=,.@-]*",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_+=,.@-]*)$").ok()),
};

/// Pattern `[\w+=,.@:\/-]*`.
pub static EXTERNAL_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w+=,.@:\\/-]*",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_+=,.@:\\/-]*)$").ok()),
};

/// Pattern `[\w+=/:,.@-]*`.
pub static SERIAL_NUMBER_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w+=/:,.@-]*",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_+=/:,.@-]*)$").ok()),
};

/// Pattern `[\w]*`.
pub static ACCESS_KEY_ID_TYPE_PATTERN: Pattern = Pattern {
    source: "[\\w]*",
    forbidden: None,
    regex: LazyLock::new(|| Regex::new("^(?:[0-9A-Za-z_]*)$").ok()),
};

/// Every pattern inputs are checked against.
pub static PATTERNS: [&Pattern; 9] = [
    &TOKEN_CODE_TYPE_PATTERN,
    &TAG_VALUE_TYPE_PATTERN,
    &TAG_KEY_TYPE_PATTERN,
    &ARN_TYPE_PATTERN,
    &SESSION_POLICY_DOCUMENT_TYPE_PATTERN,
    &ROLE_SESSION_NAME_TYPE_PATTERN,
    &EXTERNAL_ID_TYPE_PATTERN,
    &SERIAL_NUMBER_TYPE_PATTERN,
    &ACCESS_KEY_ID_TYPE_PATTERN,
];

/// Shape `AssumeRoleRequest`; input of `AssumeRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssumeRoleRequest {
    /// `RoleArn` (required): length 20..=2048, pattern `[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`.
    pub role_arn: String,
    /// `RoleSessionName` (required): length 2..=64, pattern `[\w+=,.@-]*`.
    pub role_session_name: String,
    /// `PolicyArns`.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// `Policy`: length >= 1, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy: Option<String>,
    /// `DurationSeconds`: value 900..=43200.
    pub duration_seconds: Option<i32>,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
    /// `TransitiveTagKeys`: length <= 50.
    pub transitive_tag_keys: Option<Vec<String>>,
    /// `ExternalId`: length 2..=1224, pattern `[\w+=,.@:\/-]*`.
    pub external_id: Option<String>,
    /// `SerialNumber`: length 9..=256, pattern `[\w+=/:,.@-]*`.
    pub serial_number: Option<String>,
    /// `TokenCode`: length 6..=6, pattern `[\d]*`.
    pub token_code: Option<String>,
    /// `SourceIdentity`: length 2..=64, pattern `[\w+=,.@-]*`.
    pub source_identity: Option<String>,
    /// `ProvidedContexts`: length 1..=5.
    pub provided_contexts: Option<Vec<ProvidedContext>>,
}

impl AssumeRoleRequest {
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
        let role_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "RoleArn"),
            &query::join_path(path_, "roleArn"),
            errors_,
        )?;
        let role_session_name = decode_role_session_name_type(
            q_,
            &query::join_wire(wire_, "RoleSessionName"),
            &query::join_path(path_, "roleSessionName"),
            errors_,
        )?;
        let policy_arns = decode_policy_descriptor_list_type(
            q_,
            &query::join_wire(wire_, "PolicyArns"),
            &query::join_path(path_, "policyArns"),
            errors_,
        )?;
        let policy = decode_unrestricted_session_policy_document_type(
            q_,
            &query::join_wire(wire_, "Policy"),
            &query::join_path(path_, "policy"),
            errors_,
        )?;
        let duration_seconds = decode_role_duration_seconds_type(
            q_,
            &query::join_wire(wire_, "DurationSeconds"),
            &query::join_path(path_, "durationSeconds"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        let transitive_tag_keys = decode_tag_key_list_type(
            q_,
            &query::join_wire(wire_, "TransitiveTagKeys"),
            &query::join_path(path_, "transitiveTagKeys"),
            errors_,
        )?;
        let external_id = decode_external_id_type(
            q_,
            &query::join_wire(wire_, "ExternalId"),
            &query::join_path(path_, "externalId"),
            errors_,
        )?;
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        let token_code = decode_token_code_type(
            q_,
            &query::join_wire(wire_, "TokenCode"),
            &query::join_path(path_, "tokenCode"),
            errors_,
        )?;
        let source_identity = decode_source_identity_type(
            q_,
            &query::join_wire(wire_, "SourceIdentity"),
            &query::join_path(path_, "sourceIdentity"),
            errors_,
        )?;
        let provided_contexts = decode_provided_contexts_list_type(
            q_,
            &query::join_wire(wire_, "ProvidedContexts"),
            &query::join_path(path_, "providedContexts"),
            errors_,
        )?;
        Ok(Self {
            role_arn: query::required(role_arn, wire_, "RoleArn")?,
            role_session_name: query::required(role_session_name, wire_, "RoleSessionName")?,
            policy_arns,
            policy,
            duration_seconds,
            tags,
            transitive_tag_keys,
            external_id,
            serial_number,
            token_code,
            source_identity,
            provided_contexts,
        })
    }
}

/// Shape `AssumeRoleResponse`; output of `AssumeRole`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssumeRoleResponse {
    /// `Credentials`.
    pub credentials: Option<Credentials>,
    /// `AssumedRoleUser`.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// `PackedPolicySize`.
    pub packed_policy_size: Option<i32>,
    /// `SourceIdentity`.
    pub source_identity: Option<String>,
}

impl WriteXml for AssumeRoleResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.credentials {
            xml::structure(w, "Credentials", v)?;
        }
        if let Some(v) = &self.assumed_role_user {
            xml::structure(w, "AssumedRoleUser", v)?;
        }
        if let Some(v) = &self.packed_policy_size {
            xml::integer(w, "PackedPolicySize", v)?;
        }
        if let Some(v) = &self.source_identity {
            xml::text(w, "SourceIdentity", v)?;
        }
        Ok(())
    }
}

/// Shape `AssumeRoleWithSAMLRequest`; input of `AssumeRoleWithSAML`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct AssumeRoleWithSAMLRequest {
    /// `RoleArn` (required): length 20..=2048, pattern `[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`.
    pub role_arn: String,
    /// `PrincipalArn` (required): length 20..=2048, pattern `[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`.
    pub principal_arn: String,
    /// `SAMLAssertion` (required): length 4..=100000, sensitive.
    pub saml_assertion: String,
    /// `PolicyArns`.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// `Policy`: length 1..=2048, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy: Option<String>,
    /// `DurationSeconds`: value 900..=43200.
    pub duration_seconds: Option<i32>,
}

impl std::fmt::Debug for AssumeRoleWithSAMLRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssumeRoleWithSAMLRequest")
            .field("role_arn", &self.role_arn)
            .field("principal_arn", &self.principal_arn)
            .field("saml_assertion", &"<redacted>")
            .field("policy_arns", &self.policy_arns)
            .field("policy", &self.policy)
            .field("duration_seconds", &self.duration_seconds)
            .finish()
    }
}

impl AssumeRoleWithSAMLRequest {
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
        let role_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "RoleArn"),
            &query::join_path(path_, "roleArn"),
            errors_,
        )?;
        let principal_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "PrincipalArn"),
            &query::join_path(path_, "principalArn"),
            errors_,
        )?;
        let saml_assertion = decode_saml_assertion_type(
            q_,
            &query::join_wire(wire_, "SAMLAssertion"),
            &query::join_path(path_, "sAMLAssertion"),
            errors_,
        )?;
        let policy_arns = decode_policy_descriptor_list_type(
            q_,
            &query::join_wire(wire_, "PolicyArns"),
            &query::join_path(path_, "policyArns"),
            errors_,
        )?;
        let policy = decode_session_policy_document_type(
            q_,
            &query::join_wire(wire_, "Policy"),
            &query::join_path(path_, "policy"),
            errors_,
        )?;
        let duration_seconds = decode_role_duration_seconds_type(
            q_,
            &query::join_wire(wire_, "DurationSeconds"),
            &query::join_path(path_, "durationSeconds"),
            errors_,
        )?;
        Ok(Self {
            role_arn: query::required(role_arn, wire_, "RoleArn")?,
            principal_arn: query::required(principal_arn, wire_, "PrincipalArn")?,
            saml_assertion: query::required(saml_assertion, wire_, "SAMLAssertion")?,
            policy_arns,
            policy,
            duration_seconds,
        })
    }
}

/// Shape `AssumeRoleWithSAMLResponse`; output of `AssumeRoleWithSAML`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssumeRoleWithSAMLResponse {
    /// `Credentials`.
    pub credentials: Option<Credentials>,
    /// `AssumedRoleUser`.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// `PackedPolicySize`.
    pub packed_policy_size: Option<i32>,
    /// `Subject`.
    pub subject: Option<String>,
    /// `SubjectType`.
    pub subject_type: Option<String>,
    /// `Issuer`.
    pub issuer: Option<String>,
    /// `Audience`.
    pub audience: Option<String>,
    /// `NameQualifier`.
    pub name_qualifier: Option<String>,
    /// `SourceIdentity`.
    pub source_identity: Option<String>,
}

impl WriteXml for AssumeRoleWithSAMLResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.credentials {
            xml::structure(w, "Credentials", v)?;
        }
        if let Some(v) = &self.assumed_role_user {
            xml::structure(w, "AssumedRoleUser", v)?;
        }
        if let Some(v) = &self.packed_policy_size {
            xml::integer(w, "PackedPolicySize", v)?;
        }
        if let Some(v) = &self.subject {
            xml::text(w, "Subject", v)?;
        }
        if let Some(v) = &self.subject_type {
            xml::text(w, "SubjectType", v)?;
        }
        if let Some(v) = &self.issuer {
            xml::text(w, "Issuer", v)?;
        }
        if let Some(v) = &self.audience {
            xml::text(w, "Audience", v)?;
        }
        if let Some(v) = &self.name_qualifier {
            xml::text(w, "NameQualifier", v)?;
        }
        if let Some(v) = &self.source_identity {
            xml::text(w, "SourceIdentity", v)?;
        }
        Ok(())
    }
}

/// Shape `AssumeRoleWithWebIdentityRequest`; input of `AssumeRoleWithWebIdentity`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct AssumeRoleWithWebIdentityRequest {
    /// `RoleArn` (required): length 20..=2048, pattern `[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`.
    pub role_arn: String,
    /// `RoleSessionName` (required): length 2..=64, pattern `[\w+=,.@-]*`.
    pub role_session_name: String,
    /// `WebIdentityToken` (required): length 4..=20000, sensitive.
    pub web_identity_token: String,
    /// `ProviderId`: length 4..=2048.
    pub provider_id: Option<String>,
    /// `PolicyArns`.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// `Policy`: length 1..=2048, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy: Option<String>,
    /// `DurationSeconds`: value 900..=43200.
    pub duration_seconds: Option<i32>,
}

impl std::fmt::Debug for AssumeRoleWithWebIdentityRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssumeRoleWithWebIdentityRequest")
            .field("role_arn", &self.role_arn)
            .field("role_session_name", &self.role_session_name)
            .field("web_identity_token", &"<redacted>")
            .field("provider_id", &self.provider_id)
            .field("policy_arns", &self.policy_arns)
            .field("policy", &self.policy)
            .field("duration_seconds", &self.duration_seconds)
            .finish()
    }
}

impl AssumeRoleWithWebIdentityRequest {
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
        let role_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "RoleArn"),
            &query::join_path(path_, "roleArn"),
            errors_,
        )?;
        let role_session_name = decode_role_session_name_type(
            q_,
            &query::join_wire(wire_, "RoleSessionName"),
            &query::join_path(path_, "roleSessionName"),
            errors_,
        )?;
        let web_identity_token = decode_client_token_type(
            q_,
            &query::join_wire(wire_, "WebIdentityToken"),
            &query::join_path(path_, "webIdentityToken"),
            errors_,
        )?;
        let provider_id = decode_url_type(
            q_,
            &query::join_wire(wire_, "ProviderId"),
            &query::join_path(path_, "providerId"),
            errors_,
        )?;
        let policy_arns = decode_policy_descriptor_list_type(
            q_,
            &query::join_wire(wire_, "PolicyArns"),
            &query::join_path(path_, "policyArns"),
            errors_,
        )?;
        let policy = decode_session_policy_document_type(
            q_,
            &query::join_wire(wire_, "Policy"),
            &query::join_path(path_, "policy"),
            errors_,
        )?;
        let duration_seconds = decode_role_duration_seconds_type(
            q_,
            &query::join_wire(wire_, "DurationSeconds"),
            &query::join_path(path_, "durationSeconds"),
            errors_,
        )?;
        Ok(Self {
            role_arn: query::required(role_arn, wire_, "RoleArn")?,
            role_session_name: query::required(role_session_name, wire_, "RoleSessionName")?,
            web_identity_token: query::required(web_identity_token, wire_, "WebIdentityToken")?,
            provider_id,
            policy_arns,
            policy,
            duration_seconds,
        })
    }
}

/// Shape `AssumeRoleWithWebIdentityResponse`; output of `AssumeRoleWithWebIdentity`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssumeRoleWithWebIdentityResponse {
    /// `Credentials`.
    pub credentials: Option<Credentials>,
    /// `SubjectFromWebIdentityToken`.
    pub subject_from_web_identity_token: Option<String>,
    /// `AssumedRoleUser`.
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// `PackedPolicySize`.
    pub packed_policy_size: Option<i32>,
    /// `Provider`.
    pub provider: Option<String>,
    /// `Audience`.
    pub audience: Option<String>,
    /// `SourceIdentity`.
    pub source_identity: Option<String>,
}

impl WriteXml for AssumeRoleWithWebIdentityResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.credentials {
            xml::structure(w, "Credentials", v)?;
        }
        if let Some(v) = &self.subject_from_web_identity_token {
            xml::text(w, "SubjectFromWebIdentityToken", v)?;
        }
        if let Some(v) = &self.assumed_role_user {
            xml::structure(w, "AssumedRoleUser", v)?;
        }
        if let Some(v) = &self.packed_policy_size {
            xml::integer(w, "PackedPolicySize", v)?;
        }
        if let Some(v) = &self.provider {
            xml::text(w, "Provider", v)?;
        }
        if let Some(v) = &self.audience {
            xml::text(w, "Audience", v)?;
        }
        if let Some(v) = &self.source_identity {
            xml::text(w, "SourceIdentity", v)?;
        }
        Ok(())
    }
}

/// Shape `AssumeRootRequest`; input of `AssumeRoot`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssumeRootRequest {
    /// `TargetPrincipal` (required): length 12..=2048.
    pub target_principal: String,
    /// `TaskPolicyArn` (required).
    pub task_policy_arn: PolicyDescriptorType,
    /// `DurationSeconds`: value 0..=900.
    pub duration_seconds: Option<i32>,
}

impl AssumeRootRequest {
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
        let target_principal = decode_target_principal_type(
            q_,
            &query::join_wire(wire_, "TargetPrincipal"),
            &query::join_path(path_, "targetPrincipal"),
            errors_,
        )?;
        let task_policy_arn = PolicyDescriptorType::decode(
            q_,
            &query::join_wire(wire_, "TaskPolicyArn"),
            &query::join_path(path_, "taskPolicyArn"),
            errors_,
        )?;
        let duration_seconds = decode_root_duration_seconds_type(
            q_,
            &query::join_wire(wire_, "DurationSeconds"),
            &query::join_path(path_, "durationSeconds"),
            errors_,
        )?;
        Ok(Self {
            target_principal: query::required(target_principal, wire_, "TargetPrincipal")?,
            task_policy_arn: query::required(task_policy_arn, wire_, "TaskPolicyArn")?,
            duration_seconds,
        })
    }
}

/// Shape `AssumeRootResponse`; output of `AssumeRoot`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssumeRootResponse {
    /// `Credentials`.
    pub credentials: Option<Credentials>,
    /// `SourceIdentity`.
    pub source_identity: Option<String>,
}

impl WriteXml for AssumeRootResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.credentials {
            xml::structure(w, "Credentials", v)?;
        }
        if let Some(v) = &self.source_identity {
            xml::text(w, "SourceIdentity", v)?;
        }
        Ok(())
    }
}

/// Shape `AssumedRoleUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssumedRoleUser {
    /// `AssumedRoleId` (required).
    pub assumed_role_id: String,
    /// `Arn` (required).
    pub arn: String,
}

impl WriteXml for AssumedRoleUser {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "AssumedRoleId", &self.assumed_role_id)?;
        xml::text(w, "Arn", &self.arn)?;
        Ok(())
    }
}

/// Shape `Credentials`.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// `AccessKeyId` (required).
    pub access_key_id: String,
    /// `SecretAccessKey` (required).
    pub secret_access_key: String,
    /// `SessionToken` (required).
    pub session_token: String,
    /// `Expiration` (required).
    pub expiration: OffsetDateTime,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"<redacted>")
            .field("session_token", &self.session_token)
            .field("expiration", &self.expiration)
            .finish()
    }
}

impl WriteXml for Credentials {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "AccessKeyId", &self.access_key_id)?;
        xml::text(w, "SecretAccessKey", &self.secret_access_key)?;
        xml::text(w, "SessionToken", &self.session_token)?;
        xml::timestamp(w, "Expiration", &self.expiration)?;
        Ok(())
    }
}

/// Shape `DecodeAuthorizationMessageRequest`; input of `DecodeAuthorizationMessage`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DecodeAuthorizationMessageRequest {
    /// `EncodedMessage` (required): length 1..=10240.
    pub encoded_message: String,
}

impl DecodeAuthorizationMessageRequest {
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
        let encoded_message = decode_encoded_message_type(
            q_,
            &query::join_wire(wire_, "EncodedMessage"),
            &query::join_path(path_, "encodedMessage"),
            errors_,
        )?;
        Ok(Self {
            encoded_message: query::required(encoded_message, wire_, "EncodedMessage")?,
        })
    }
}

/// Shape `DecodeAuthorizationMessageResponse`; output of `DecodeAuthorizationMessage`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DecodeAuthorizationMessageResponse {
    /// `DecodedMessage`.
    pub decoded_message: Option<String>,
}

impl WriteXml for DecodeAuthorizationMessageResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.decoded_message {
            xml::text(w, "DecodedMessage", v)?;
        }
        Ok(())
    }
}

/// Shape `FederatedUser`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FederatedUser {
    /// `FederatedUserId` (required).
    pub federated_user_id: String,
    /// `Arn` (required).
    pub arn: String,
}

impl WriteXml for FederatedUser {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        xml::text(w, "FederatedUserId", &self.federated_user_id)?;
        xml::text(w, "Arn", &self.arn)?;
        Ok(())
    }
}

/// Shape `GetAccessKeyInfoRequest`; input of `GetAccessKeyInfo`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetAccessKeyInfoRequest {
    /// `AccessKeyId` (required): length 16..=128, pattern `[\w]*`.
    pub access_key_id: String,
}

impl GetAccessKeyInfoRequest {
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

/// Shape `GetAccessKeyInfoResponse`; output of `GetAccessKeyInfo`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetAccessKeyInfoResponse {
    /// `Account`.
    pub account: Option<String>,
}

impl WriteXml for GetAccessKeyInfoResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.account {
            xml::text(w, "Account", v)?;
        }
        Ok(())
    }
}

/// Shape `GetCallerIdentityRequest`; input of `GetCallerIdentity`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetCallerIdentityRequest {}

impl GetCallerIdentityRequest {
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

/// Shape `GetCallerIdentityResponse`; output of `GetCallerIdentity`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetCallerIdentityResponse {
    /// `UserId`.
    pub user_id: Option<String>,
    /// `Account`.
    pub account: Option<String>,
    /// `Arn`.
    pub arn: Option<String>,
}

impl WriteXml for GetCallerIdentityResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.user_id {
            xml::text(w, "UserId", v)?;
        }
        if let Some(v) = &self.account {
            xml::text(w, "Account", v)?;
        }
        if let Some(v) = &self.arn {
            xml::text(w, "Arn", v)?;
        }
        Ok(())
    }
}

/// Shape `GetDelegatedAccessTokenRequest`; input of `GetDelegatedAccessToken`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct GetDelegatedAccessTokenRequest {
    /// `TradeInToken` (required): sensitive.
    pub trade_in_token: String,
}

impl std::fmt::Debug for GetDelegatedAccessTokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetDelegatedAccessTokenRequest")
            .field("trade_in_token", &"<redacted>")
            .finish()
    }
}

impl GetDelegatedAccessTokenRequest {
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
        let trade_in_token = query::string(
            q_,
            &query::join_wire(wire_, "TradeInToken"),
            &query::join_path(path_, "tradeInToken"),
            errors_,
        )?;
        Ok(Self {
            trade_in_token: query::required(trade_in_token, wire_, "TradeInToken")?,
        })
    }
}

/// Shape `GetDelegatedAccessTokenResponse`; output of `GetDelegatedAccessToken`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetDelegatedAccessTokenResponse {
    /// `Credentials`.
    pub credentials: Option<Credentials>,
    /// `PackedPolicySize`.
    pub packed_policy_size: Option<i32>,
    /// `AssumedPrincipal`.
    pub assumed_principal: Option<String>,
}

impl WriteXml for GetDelegatedAccessTokenResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.credentials {
            xml::structure(w, "Credentials", v)?;
        }
        if let Some(v) = &self.packed_policy_size {
            xml::integer(w, "PackedPolicySize", v)?;
        }
        if let Some(v) = &self.assumed_principal {
            xml::text(w, "AssumedPrincipal", v)?;
        }
        Ok(())
    }
}

/// Shape `GetFederationTokenRequest`; input of `GetFederationToken`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetFederationTokenRequest {
    /// `Name` (required): length 2..=32, pattern `[\w+=,.@-]*`.
    pub name: String,
    /// `Policy`: length 1..=2048, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
    pub policy: Option<String>,
    /// `PolicyArns`.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// `DurationSeconds`: value 900..=129600.
    pub duration_seconds: Option<i32>,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
}

impl GetFederationTokenRequest {
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
        let name = decode_user_name_type(
            q_,
            &query::join_wire(wire_, "Name"),
            &query::join_path(path_, "name"),
            errors_,
        )?;
        let policy = decode_session_policy_document_type(
            q_,
            &query::join_wire(wire_, "Policy"),
            &query::join_path(path_, "policy"),
            errors_,
        )?;
        let policy_arns = decode_policy_descriptor_list_type(
            q_,
            &query::join_wire(wire_, "PolicyArns"),
            &query::join_path(path_, "policyArns"),
            errors_,
        )?;
        let duration_seconds = decode_duration_seconds_type(
            q_,
            &query::join_wire(wire_, "DurationSeconds"),
            &query::join_path(path_, "durationSeconds"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            name: query::required(name, wire_, "Name")?,
            policy,
            policy_arns,
            duration_seconds,
            tags,
        })
    }
}

/// Shape `GetFederationTokenResponse`; output of `GetFederationToken`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetFederationTokenResponse {
    /// `Credentials`.
    pub credentials: Option<Credentials>,
    /// `FederatedUser`.
    pub federated_user: Option<FederatedUser>,
    /// `PackedPolicySize`.
    pub packed_policy_size: Option<i32>,
}

impl WriteXml for GetFederationTokenResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.credentials {
            xml::structure(w, "Credentials", v)?;
        }
        if let Some(v) = &self.federated_user {
            xml::structure(w, "FederatedUser", v)?;
        }
        if let Some(v) = &self.packed_policy_size {
            xml::integer(w, "PackedPolicySize", v)?;
        }
        Ok(())
    }
}

/// Shape `GetSessionTokenRequest`; input of `GetSessionToken`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetSessionTokenRequest {
    /// `DurationSeconds`: value 900..=129600.
    pub duration_seconds: Option<i32>,
    /// `SerialNumber`: length 9..=256, pattern `[\w+=/:,.@-]*`.
    pub serial_number: Option<String>,
    /// `TokenCode`: length 6..=6, pattern `[\d]*`.
    pub token_code: Option<String>,
}

impl GetSessionTokenRequest {
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
        let duration_seconds = decode_duration_seconds_type(
            q_,
            &query::join_wire(wire_, "DurationSeconds"),
            &query::join_path(path_, "durationSeconds"),
            errors_,
        )?;
        let serial_number = decode_serial_number_type(
            q_,
            &query::join_wire(wire_, "SerialNumber"),
            &query::join_path(path_, "serialNumber"),
            errors_,
        )?;
        let token_code = decode_token_code_type(
            q_,
            &query::join_wire(wire_, "TokenCode"),
            &query::join_path(path_, "tokenCode"),
            errors_,
        )?;
        Ok(Self {
            duration_seconds,
            serial_number,
            token_code,
        })
    }
}

/// Shape `GetSessionTokenResponse`; output of `GetSessionToken`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetSessionTokenResponse {
    /// `Credentials`.
    pub credentials: Option<Credentials>,
}

impl WriteXml for GetSessionTokenResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.credentials {
            xml::structure(w, "Credentials", v)?;
        }
        Ok(())
    }
}

/// Shape `GetWebIdentityTokenRequest`; input of `GetWebIdentityToken`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetWebIdentityTokenRequest {
    /// `Audience` (required): length 1..=10.
    pub audience: Vec<String>,
    /// `DurationSeconds`: value 60..=3600.
    pub duration_seconds: Option<i32>,
    /// `SigningAlgorithm` (required): length 5..=5.
    pub signing_algorithm: String,
    /// `Tags`: length <= 50.
    pub tags: Option<Vec<Tag>>,
}

impl GetWebIdentityTokenRequest {
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
        let audience = decode_web_identity_token_audience_list_type(
            q_,
            &query::join_wire(wire_, "Audience"),
            &query::join_path(path_, "audience"),
            errors_,
        )?;
        let duration_seconds = decode_web_identity_token_duration_seconds_type(
            q_,
            &query::join_wire(wire_, "DurationSeconds"),
            &query::join_path(path_, "durationSeconds"),
            errors_,
        )?;
        let signing_algorithm = decode_jwt_algorithm_type(
            q_,
            &query::join_wire(wire_, "SigningAlgorithm"),
            &query::join_path(path_, "signingAlgorithm"),
            errors_,
        )?;
        let tags = decode_tag_list_type(
            q_,
            &query::join_wire(wire_, "Tags"),
            &query::join_path(path_, "tags"),
            errors_,
        )?;
        Ok(Self {
            audience: query::required(audience, wire_, "Audience")?,
            duration_seconds,
            signing_algorithm: query::required(signing_algorithm, wire_, "SigningAlgorithm")?,
            tags,
        })
    }
}

/// Shape `GetWebIdentityTokenResponse`; output of `GetWebIdentityToken`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct GetWebIdentityTokenResponse {
    /// `WebIdentityToken`.
    pub web_identity_token: Option<String>,
    /// `Expiration`.
    pub expiration: Option<OffsetDateTime>,
}

impl std::fmt::Debug for GetWebIdentityTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetWebIdentityTokenResponse")
            .field("web_identity_token", &"<redacted>")
            .field("expiration", &self.expiration)
            .finish()
    }
}

impl WriteXml for GetWebIdentityTokenResponse {
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {
        if let Some(v) = &self.web_identity_token {
            xml::text(w, "WebIdentityToken", v)?;
        }
        if let Some(v) = &self.expiration {
            xml::timestamp(w, "Expiration", v)?;
        }
        Ok(())
    }
}

/// Shape `PolicyDescriptorType`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyDescriptorType {
    /// `arn`: length 20..=2048, pattern `[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`.
    pub arn: Option<String>,
}

impl PolicyDescriptorType {
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
        let arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "arn"),
            &query::join_path(path_, "arn"),
            errors_,
        )?;
        Ok(Self { arn })
    }
}

/// Shape `ProvidedContext`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProvidedContext {
    /// `ProviderArn`: length 20..=2048, pattern `[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`.
    pub provider_arn: Option<String>,
    /// `ContextAssertion`: length 4..=2048.
    pub context_assertion: Option<String>,
}

impl ProvidedContext {
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
        let provider_arn = decode_arn_type(
            q_,
            &query::join_wire(wire_, "ProviderArn"),
            &query::join_path(path_, "providerArn"),
            errors_,
        )?;
        let context_assertion = decode_context_assertion_type(
            q_,
            &query::join_wire(wire_, "ContextAssertion"),
            &query::join_path(path_, "contextAssertion"),
            errors_,
        )?;
        Ok(Self {
            provider_arn,
            context_assertion,
        })
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

fn decode_provided_contexts_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<ProvidedContext>>, ValidationError> {
    let value = query::list(params, wire, path, errors, ProvidedContext::decode)?;
    if let Some(v) = &value {
        errors.list_length(path, v.len(), Some(1), Some(5), || None);
    }
    Ok(value)
}

fn decode_root_duration_seconds_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(0), Some(900));
    }
    Ok(value)
}

fn decode_saml_assertion_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(4), Some(100000), true);
    }
    Ok(value)
}

fn decode_target_principal_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(12), Some(2048), false);
    }
    Ok(value)
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

fn decode_arn_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(20), Some(2048), false);
        errors.pattern(path, v, &ARN_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_client_token_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(4), Some(20000), true);
    }
    Ok(value)
}

fn decode_context_assertion_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(4), Some(2048), false);
    }
    Ok(value)
}

fn decode_duration_seconds_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(900), Some(129600));
    }
    Ok(value)
}

fn decode_encoded_message_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(10240), false);
    }
    Ok(value)
}

fn decode_external_id_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(2), Some(1224), false);
        errors.pattern(path, v, &EXTERNAL_ID_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_jwt_algorithm_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(5), Some(5), false);
    }
    Ok(value)
}

fn decode_policy_descriptor_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<PolicyDescriptorType>>, ValidationError> {
    query::list(params, wire, path, errors, PolicyDescriptorType::decode)
}

fn decode_role_duration_seconds_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(900), Some(43200));
    }
    Ok(value)
}

fn decode_role_session_name_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(2), Some(64), false);
        errors.pattern(path, v, &ROLE_SESSION_NAME_TYPE_PATTERN, false);
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

fn decode_session_policy_document_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), Some(2048), false);
        errors.pattern(path, v, &SESSION_POLICY_DOCUMENT_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_source_identity_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(2), Some(64), false);
        errors.pattern(path, v, &ROLE_SESSION_NAME_TYPE_PATTERN, false);
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

fn decode_token_code_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(6), Some(6), false);
        errors.pattern(path, v, &TOKEN_CODE_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_unrestricted_session_policy_document_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(1), None, false);
        errors.pattern(path, v, &SESSION_POLICY_DOCUMENT_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_url_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<String>, ValidationError> {
    let value = query::string(params, wire, path, errors)?;
    if let Some(v) = &value {
        errors.length(path, v, Some(4), Some(2048), false);
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
        errors.length(path, v, Some(2), Some(32), false);
        errors.pattern(path, v, &ROLE_SESSION_NAME_TYPE_PATTERN, false);
    }
    Ok(value)
}

fn decode_web_identity_token_audience_list_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<Vec<String>>, ValidationError> {
    let value = query::list(
        params,
        wire,
        path,
        errors,
        decode_web_identity_token_audience_string_type,
    )?;
    if let Some(v) = &value {
        errors.list_length(path, v.len(), Some(1), Some(10), || {
            Some(query::show_list(v))
        });
    }
    Ok(value)
}

fn decode_web_identity_token_audience_string_type(
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

fn decode_web_identity_token_duration_seconds_type(
    params: &QueryParams,
    wire: &str,
    path: &str,
    errors: &mut Violations,
) -> Result<Option<i32>, ValidationError> {
    let value = query::integer(params, wire, path, errors)?;
    if let Some(v) = value {
        errors.range(path, i64::from(v), Some(60), Some(3600));
    }
    Ok(value)
}
