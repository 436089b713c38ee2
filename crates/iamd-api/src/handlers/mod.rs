//! From typed wire inputs to the domain's operations and back to typed wire outputs.
//!
//! One file per family of operations; each family's `handle` serves the inputs it knows and
//! hands every other back, so this module only routes. A new operation goes in its family's
//! `match` (a new family: a new file, one `mod` line and one line in [`dispatch`]). Each arm
//! only translates: the domain authorizes, validates and writes.

mod access_keys;
mod account;
mod attachments;
mod context_keys;
mod dispatch;
mod groups;
mod groups_and_policy_tags;
mod inline_policies;
mod instance_profiles;
mod managed_policies;
mod mfa;
mod organizations;
mod passwords;
mod roles;
mod service_credentials;
mod service_linked_roles;
mod signing_certificates;
mod simulation;
mod ssh_keys;
mod sts;
mod users;
mod wire;

pub(crate) use dispatch::dispatch;
