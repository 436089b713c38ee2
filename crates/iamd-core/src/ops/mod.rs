//! The operations, one module per family. Each authorizes through [`crate::Iam::authorize`]
//! with the resource the operation table names, validates what the wire layer cannot (names
//! that exist, quotas, conflicts), and writes through guarded batches.

pub mod account;
pub mod assume_role;
pub mod common_passwords;
pub mod console;
mod context_keys;
pub mod credential_report;
mod exact_tags;
mod group_rename;
mod groups;
mod instance_profiles;
mod keys;
mod managed;
pub mod mfa;
mod organizations;
pub mod passwords;
mod policies;
mod policy_tags;
mod roles;
pub mod service_credentials;
mod service_linked_roles;
pub mod sessions;
mod shared;
mod signing_certificates;
mod simulate_principal;
mod ssh_key_format;
mod ssh_keys;
mod sts;
pub mod throttle;
mod users;

pub use instance_profiles::InstanceProfileView;
pub use keys::{AccessKeyLastUsed, CreatedAccessKey};
pub use managed::{PolicyEntities, PolicyView};
pub use organizations::OrganizationsReport;
pub use roles::NewRole;
pub use shared::Paged;
pub(crate) use shared::*;
pub use ssh_keys::SshKeyEncoding;
pub use sts::CallerIdentity;
