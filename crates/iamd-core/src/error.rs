//! The one place where a failure becomes an AWS error code and an HTTP status.

use iamd_policy::PolicyError;

use crate::store::StoreError;

/// A failed operation, as the client will be told.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoreError {
    /// A policy document that is not valid; `input` names which one (`PolicyInputList.2`,
    /// `PolicyDocument`).
    #[error("{input}: {source}")]
    MalformedPolicyDocument {
        input: String,
        #[source]
        source: PolicyError,
    },
    /// A parameter that is present but not acceptable.
    #[error("{0}")]
    InvalidInput(String),
    #[error("{0}")]
    NoSuchEntity(String),
    #[error("{0}")]
    EntityAlreadyExists(String),
    #[error("{0}")]
    DeleteConflict(String),
    #[error("{0}")]
    LimitExceeded(String),
    /// A password that breaks the account password policy; the message names every rule broken.
    #[error("{0}")]
    PasswordPolicyViolation(String),
    /// The caller is not the kind of user the operation is for (ChangePassword by root).
    #[error("{0}")]
    InvalidUserType(String),
    /// A request AWS refuses before looking at any entity (`ValidationError`), such as a user
    /// name left out by a caller that is not an IAM user.
    #[error("{0}")]
    ValidationError(String),
    /// GetCredentialReport before any report was generated.
    #[error("{0}")]
    ReportNotPresent(String),
    /// An MFA code that is not the device's (or was already used).
    #[error("{0}")]
    InvalidAuthenticationCode(String),
    /// STS session policies larger than AWS packs into a token.
    #[error("{0}")]
    PackedPolicyTooLarge(String),
    /// Two writes raced and this one lost; the client may retry.
    #[error("{0}")]
    ConcurrentModification(String),
    /// The caller is not allowed; the message is AWS's sentence, naming the reason.
    #[error("{0}")]
    AccessDenied(String),
    /// Authentication failed: SigV4 errors and unknown or inactive keys, with AWS's code.
    #[error("{message}")]
    Authentication {
        code: &'static str,
        status: u16,
        message: String,
    },
    /// An operation AWS has that this iamd does not serve yet (answered as AWS answers an
    /// action it does not know: `InvalidAction`, 400, so clients do not retry).
    #[error("{0}")]
    NotImplemented(String),
    /// Too many requests at once for the work they need (AWS's `Throttling`, 400: clients
    /// retry with back-off).
    #[error("{0}")]
    Throttling(String),
    /// A client error with a code of the model's own that none of the variants above
    /// carries (`InvalidPublicKey`, `DuplicateSSHPublicKey`, `OrganizationNotFoundException`, …),
    /// with AWS's HTTP status.
    #[error("{message}")]
    Refused {
        code: &'static str,
        status: u16,
        message: String,
    },
    /// Something broke inside iamd (storage, randomness); never the client's fault.
    #[error("{0}")]
    ServiceFailure(String),
}

impl CoreError {
    /// The AWS error code (`<Code>` in the error response).
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::MalformedPolicyDocument { .. } => "MalformedPolicyDocument",
            CoreError::InvalidInput(_) => "InvalidInput",
            CoreError::NoSuchEntity(_) => "NoSuchEntity",
            CoreError::EntityAlreadyExists(_) => "EntityAlreadyExists",
            CoreError::DeleteConflict(_) => "DeleteConflict",
            CoreError::LimitExceeded(_) => "LimitExceeded",
            CoreError::PasswordPolicyViolation(_) => "PasswordPolicyViolation",
            CoreError::InvalidUserType(_) => "InvalidUserType",
            CoreError::ReportNotPresent(_) => "ReportNotPresent",
            CoreError::ValidationError(_) => "ValidationError",
            CoreError::InvalidAuthenticationCode(_) => "InvalidAuthenticationCode",
            CoreError::PackedPolicyTooLarge(_) => "PackedPolicyTooLarge",
            CoreError::ConcurrentModification(_) => "ConcurrentModification",
            CoreError::AccessDenied(_) => "AccessDenied",
            CoreError::Authentication { code, .. } | CoreError::Refused { code, .. } => code,
            CoreError::NotImplemented(_) => "InvalidAction",
            CoreError::Throttling(_) => "Throttling",
            CoreError::ServiceFailure(_) => "ServiceFailure",
        }
    }

    /// The HTTP status AWS answers with.
    pub fn http_status(&self) -> u16 {
        match self {
            CoreError::MalformedPolicyDocument { .. }
            | CoreError::InvalidInput(_)
            | CoreError::PasswordPolicyViolation(_)
            | CoreError::InvalidUserType(_)
            | CoreError::ValidationError(_)
            | CoreError::PackedPolicyTooLarge(_)
            | CoreError::NotImplemented(_)
            | CoreError::Throttling(_) => 400,
            CoreError::ReportNotPresent(_) => 410,
            CoreError::NoSuchEntity(_) => 404,
            CoreError::EntityAlreadyExists(_)
            | CoreError::DeleteConflict(_)
            | CoreError::LimitExceeded(_)
            | CoreError::ConcurrentModification(_) => 409,
            CoreError::AccessDenied(_) | CoreError::InvalidAuthenticationCode(_) => 403,
            CoreError::Authentication { status, .. } | CoreError::Refused { status, .. } => *status,
            CoreError::ServiceFailure(_) => 500,
        }
    }

    /// Whether the client is at fault (`<Type>Sender</Type>`) rather than the service.
    pub fn is_sender_fault(&self) -> bool {
        !matches!(self, CoreError::ServiceFailure(_))
    }
}

impl From<StoreError> for CoreError {
    fn from(e: StoreError) -> CoreError {
        match e {
            StoreError::ConditionFailed { .. } => CoreError::ConcurrentModification(
                "The request was rejected because it conflicted with a concurrent change; retry it."
                    .into(),
            ),
            StoreError::Backend(m) => CoreError::ServiceFailure(format!("storage failure: {m}")),
        }
    }
}

impl From<iamd_sigv4::SigV4Error> for CoreError {
    fn from(e: iamd_sigv4::SigV4Error) -> CoreError {
        let code = e.aws_code();
        let status = match code {
            "IncompleteSignature" | "RequestExpired" | "XAmzContentSHA256Mismatch" => 400,
            _ => 403,
        };
        CoreError::Authentication {
            code,
            status,
            message: e.to_string(),
        }
    }
}

impl From<iamd_audit::AuditError> for CoreError {
    fn from(e: iamd_audit::AuditError) -> CoreError {
        CoreError::ServiceFailure(format!("the audit record could not be written: {e}"))
    }
}
