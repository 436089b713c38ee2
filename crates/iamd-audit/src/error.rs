//! Why the trail could not be written or read.

use std::path::Path;

/// Why the trail could not be written or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuditError {
    /// A file of the trail could not be read or written (the path and the OS error).
    #[error("{0}")]
    Io(String),
    /// The signing key is missing, unreadable or malformed.
    #[error("{0}")]
    Key(String),
    /// A record or digest could not be encoded or decoded, or an argument is malformed.
    #[error("{0}")]
    Invalid(String),
    /// The writer thread has stopped: nothing more can be written.
    #[error("the audit trail writer has stopped")]
    Closed,
}

impl AuditError {
    pub(crate) fn io(path: &Path, e: &std::io::Error) -> AuditError {
        AuditError::Io(format!("{}: {e}", path.display()))
    }
}
