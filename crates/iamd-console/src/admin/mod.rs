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
pub mod password;
pub mod user;
pub mod users;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use iamd_core::store::Store;

use crate::web::Console;

/// The administration routes, merged into the console's router.
pub fn routes<S: Store>() -> Router<Arc<Console<S>>> {
    let u = "/console/users/{name}";
    Router::new()
        .route("/console/users", get(users::list::<S>))
        .route(
            "/console/users/new",
            get(users::new_form::<S>).post(users::create::<S>),
        )
        .route("/console/users/created", get(users::created::<S>))
        .route(u, get(user::page::<S>))
        .route(
            &format!("{u}/delete"),
            get(users::delete_page::<S>).post(users::delete::<S>),
        )
        .route(&format!("{u}/password"), post(user::set_password::<S>))
        .route(&format!("{u}/unlock"), post(user::unlock::<S>))
        .route(
            &format!("{u}/password/delete"),
            post(user::delete_password::<S>),
        )
        .route(&format!("{u}/groups/add"), post(user::add_group::<S>))
        .route(&format!("{u}/groups/remove"), post(user::remove_group::<S>))
        .route(&format!("{u}/policies/attach"), post(user::attach::<S>))
        .route(&format!("{u}/policies/detach"), post(user::detach::<S>))
        .route(&format!("{u}/policies/put"), post(user::put_inline::<S>))
        .route(
            &format!("{u}/policies/delete"),
            post(user::delete_inline::<S>),
        )
        .route(
            &format!("{u}/access-keys/status"),
            post(user::key_status::<S>),
        )
        .route(
            &format!("{u}/access-keys/delete"),
            post(user::delete_key::<S>),
        )
        .route(
            &format!("{u}/mfa/deactivate"),
            post(user::deactivate_mfa::<S>),
        )
        .route("/console/account", get(account::page::<S>))
        .route(
            "/console/account/password-policy",
            post(account::update_policy::<S>),
        )
        .route(
            "/console/account/password-policy/delete",
            post(account::delete_policy::<S>),
        )
        .route("/console/account/alias", post(account::create_alias::<S>))
        .route(
            "/console/account/alias/delete",
            post(account::delete_alias::<S>),
        )
        .route("/console/checks", get(checks::page::<S>))
}
