//! Administration pages: users (list, create, delete), a user's page (console password,
//! groups, policies, access keys, MFA devices), account settings (password policy, alias) and
//! the account's checks (compliance findings and lockouts).
//!
//! Every page calls the same `iamd-core` operations as the signed-in principal, so a refusal
//! is the engine's: it is shown as a notice that says why ([`view::refusal`]), and links and
//! buttons appear only when [`iamd_core::Iam::would_allow`] says the action would be allowed.
//!
//! Who may see the checks page: a principal allowed `iam:GetAccountAuthorizationDetails`
//! (the findings describe every user's credentials and policies, which that operation would
//! disclose anyway).
//!
//! # Routes
//! `/console/users` (list), `/console/users/new` (GET form, POST create),
//! `/console/users/created` (a generated password, once), `/console/users/{name}` and its
//! actions under `/console/users/{name}/…`, `/console/account` and its actions,
//! `/console/checks`.

pub mod account;
pub mod checks;
mod escalation;
pub mod password;
pub mod routes;
pub mod user;
pub mod user_ssh_keys;
pub mod users;

pub use routes::routes;
