//! Import of a real AWS account's IAM configuration from what the aws CLI exports, without
//! secrets: `aws iam get-account-authorization-details` (whole, or page by page),
//! `get-account-password-policy`, `get-credential-report` (the CLI's JSON or the raw CSV),
//! `list-virtual-mfa-devices`, and optionally `get-login-profile` (for `PasswordResetRequired`),
//! `list-roles` / `get-role` (for `MaxSessionDuration` and descriptions) and
//! `list-account-aliases`.
//!
//! ```text
//!  file… ──read (shape → Part)──► Export (merged, de-duplicated, one account id) ──plan──► records
//!                                                                 store.replace_account ◄──┘
//! ```
//!
//! Files are recognized by their shape, never their name, and read completely before anything
//! is written: a malformed one is reported with its name and the JSON path of the fault, and
//! the store is then untouched. The plan replaces the whole account in one store transaction.
//!
//! No password, secret key or TOTP seed is ever exported, so imported credentials are *facts*:
//! a login profile whose hash is no password hash (it verifies nothing until an administrator
//! sets a password with UpdateLoginProfile), access keys and MFA devices whose secret is
//! sealed under the [`IMPORTED_KID`](iamd_core::entities::IMPORTED_KID) marker, which authentication and code checks refuse. The
//! credential report and the compliance checks read them like any other.

#![warn(missing_docs)]

mod build;
mod export;
mod json;
mod shapes;

pub use build::{Plan, Summary, plan};
pub use export::{Export, ImportError};
/// The storage-format facts of imported records live beside the record types, in core.
pub use iamd_core::entities::{
    IMPORTED_KID, IMPORTED_PASSWORD, aws_policy_key, imported_secret, is_imported,
};

#[cfg(test)]
mod tests;
