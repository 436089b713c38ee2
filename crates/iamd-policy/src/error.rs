//! The error of a policy document that cannot be accepted: where (JSON path, line, column) and
//! what is wrong. The API returns it as `MalformedPolicyDocument` with [`PolicyError`]'s
//! `Display` as the message.

use std::fmt;

use crate::model::Position;

/// A policy document that is not valid, with the place and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct PolicyError {
    /// JSON path of the offending element, such as `Statement[2].Condition`; empty for the
    /// document as a whole.
    pub path: String,
    /// Where in the document the error is.
    pub position: Position,
    /// What is wrong, in words a policy author understands.
    pub message: String,
}

impl PolicyError {
    pub(crate) fn new(path: &str, position: Position, message: impl Into<String>) -> PolicyError {
        PolicyError {
            path: path.to_string(),
            position,
            message: message.into(),
        }
    }
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        write!(
            f,
            "{} (line {}, column {})",
            self.message, self.position.line, self.position.column
        )
    }
}
