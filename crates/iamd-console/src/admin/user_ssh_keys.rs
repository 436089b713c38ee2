//! A user's SSH public keys on the user's administration page: deactivate or activate, and
//! delete (UpdateSSHPublicKey, DeleteSSHPublicKey on that user), offered when allowed.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::response::Response;
use iamd_core::store::Store;

use crate::page::{Action, finish, user_arn, user_page};
use crate::session::SignedIn;
use crate::web::{Console, Form};

/// POST /console/users/NAME/ssh-keys/status: UpdateSSHPublicKey for the user.
pub async fn status<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let status = if form.get("status") == "Active" {
        "Active"
    } else {
        "Inactive"
    };
    let id = form.get("id").to_string();
    let arn = user_arn(&console, &name);
    let result = console
        .iam
        .update_ssh_public_key(&who.caller, &name, &id, status);
    finish(
        &console,
        &who,
        &format!("{}#ssh-keys", user_page(&name)),
        Action {
            operation: "UpdateSSHPublicKey",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name, "sSHPublicKeyId": id, "status": status }),
            done: format!("SSH public key {id} is now {status}."),
            what: "The SSH public key was not changed",
        },
        result,
    )
    .await
}

/// POST /console/users/NAME/ssh-keys/delete: DeleteSSHPublicKey for the user.
pub async fn delete<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let id = form.get("id").to_string();
    let arn = user_arn(&console, &name);
    let result = console.iam.delete_ssh_public_key(&who.caller, &name, &id);
    finish(
        &console,
        &who,
        &format!("{}#ssh-keys", user_page(&name)),
        Action {
            operation: "DeleteSSHPublicKey",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name, "sSHPublicKeyId": id }),
            done: format!("SSH public key {id} deleted."),
            what: "The SSH public key was not deleted",
        },
        result,
    )
    .await
}
