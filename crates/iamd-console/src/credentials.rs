//! "My security credentials": the signed-in principal's own password, MFA devices, access
//! keys, CodeCommit Git credentials and recent sign-ins. Every action is offered exactly when
//! the engine would allow it for this session ([`Iam::would_allow`]) and is still enforced by
//! the operation itself.

mod common;
mod git;
mod keys;
mod mfa;
mod overview;
mod password;

pub use git::{git_create, git_delete, git_issue, git_reset, git_status};
pub use keys::{create_key, created, delete_key, key_status};
pub use mfa::{cancel_mfa, create_mfa, enable_mfa, mfa_setup, remove_mfa, resync_mfa};
pub use overview::page;
pub use password::change_password;
