//! The administration routes and the handler behind each.

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use iamd_core::store::Store;

use super::{account, checks, user, user_ssh_keys, users};
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
            &format!("{u}/ssh-keys/status"),
            post(user_ssh_keys::status::<S>),
        )
        .route(
            &format!("{u}/ssh-keys/delete"),
            post(user_ssh_keys::delete::<S>),
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
