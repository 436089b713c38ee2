//! Every console route and the handler behind it.

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use iamd_core::Iam;
use iamd_core::store::Store;

use crate::web::{Console, ConsoleConfig};
use crate::{admin, assets, credentials, respond, signin, ssh_keys, strength};

/// The console's routes, for merging into the server's router.
pub fn router<S: Store>(iam: Arc<Iam<S>>, config: ConsoleConfig) -> Router {
    let console = Arc::new(Console::new(iam, config));
    routes::<S>().with_state(console)
}

/// The routes over a given console state (for adding pages before `with_state`).
pub fn routes<S: Store>() -> Router<Arc<Console<S>>> {
    use credentials as c;
    let creds = "/console/security-credentials";
    Router::new()
        .route("/console", get(|| async { respond::redirect("/console/") }))
        .route("/console/", get(signin::home::<S>))
        .route(
            "/console/signin",
            get(signin::get_sign_in::<S>).post(signin::post_sign_in::<S>),
        )
        .route(
            "/console/signin/mfa",
            get(signin::get_mfa::<S>).post(signin::post_mfa::<S>),
        )
        .route(
            "/console/signin/new-password",
            get(signin::get_new_password::<S>).post(signin::post_new_password::<S>),
        )
        .route("/console/signout", post(signin::post_sign_out::<S>))
        .route(
            "/console/password-strength",
            post(strength::post_strength::<S>),
        )
        .route(creds, get(c::page::<S>))
        .route(&format!("{creds}/password"), post(c::change_password::<S>))
        .route(&format!("{creds}/mfa"), get(c::mfa_setup::<S>))
        .route(&format!("{creds}/mfa/create"), post(c::create_mfa::<S>))
        .route(&format!("{creds}/mfa/enable"), post(c::enable_mfa::<S>))
        .route(&format!("{creds}/mfa/cancel"), post(c::cancel_mfa::<S>))
        .route(&format!("{creds}/mfa/resync"), post(c::resync_mfa::<S>))
        .route(&format!("{creds}/mfa/remove"), post(c::remove_mfa::<S>))
        .route(&format!("{creds}/created"), get(c::created::<S>))
        .route(
            &format!("{creds}/access-keys/create"),
            post(c::create_key::<S>),
        )
        .route(
            &format!("{creds}/access-keys/status"),
            post(c::key_status::<S>),
        )
        .route(
            &format!("{creds}/access-keys/delete"),
            post(c::delete_key::<S>),
        )
        .route(
            &format!("{creds}/git-credentials/create"),
            post(c::git_create::<S>),
        )
        .route(
            &format!("{creds}/git-credentials/reset"),
            post(c::git_reset::<S>),
        )
        .route(
            &format!("{creds}/git-credentials/status"),
            post(c::git_status::<S>),
        )
        .route(
            &format!("{creds}/git-credentials/delete"),
            post(c::git_delete::<S>),
        )
        .route(
            &format!("{creds}/ssh-keys/upload"),
            post(ssh_keys::upload::<S>),
        )
        .route(
            &format!("{creds}/ssh-keys/status"),
            post(ssh_keys::status::<S>),
        )
        .route(
            &format!("{creds}/ssh-keys/delete"),
            post(ssh_keys::delete::<S>),
        )
        .route("/console/assets/{file}", get(assets::asset))
        .merge(admin::routes())
}
