//! The one place where a failure becomes an AWS error code and an HTTP status.

use iamd_policy::PolicyError;

/// A failed operation, as the client will be told.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoreError {
    /// A policy document that is not valid; `input` names which one (`PolicyInputList.2`).
    #[error("{input}: {source}")]
    MalformedPolicyDocument {
        input: String,
        #[source]
        source: PolicyError,
    },
    /// A parameter that is present but not acceptable.
    #[error("{0}")]
    InvalidInput(String),
}

impl CoreError {
    /// The AWS error code (`<Code>` in the error response).
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::MalformedPolicyDocument { .. } => "MalformedPolicyDocument",
            CoreError::InvalidInput(_) => "InvalidInput",
        }
    }

    /// The HTTP status AWS answers with.
    pub fn http_status(&self) -> u16 {
        match self {
            CoreError::MalformedPolicyDocument { .. } | CoreError::InvalidInput(_) => 400,
        }
    }
}
