//! The user's access keys and MFA devices: activate, deactivate, delete.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::response::Response;
use iamd_core::entities::KeyStatus;
use iamd_core::store::Store;

use super::common::*;
use crate::page::{Action, finish, user_page};
use crate::session::SignedIn;
use crate::web::{Console, Form};

/// POST …/access-keys/status: UpdateAccessKey for the user.
pub async fn key_status<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let status = if form.get("status") == "Active" {
        KeyStatus::Active
    } else {
        KeyStatus::Inactive
    };
    let id = form.get("id").to_string();
    let arn = target_arn(&console, &who, &name).await;
    let result = console
        .iam
        .update_access_key(&who.caller, Some(&name), &id, status);
    finish(
        &console,
        &who,
        &format!("{}#access-keys", user_page(&name)),
        Action {
            operation: "UpdateAccessKey",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name, "accessKeyId": id, "status": status.as_str() }),
            done: format!("Access key {id} is now {}.", status.as_str()),
            what: "The access key was not changed",
        },
        result,
    )
    .await
}

/// POST …/access-keys/delete: DeleteAccessKey for the user.
pub async fn delete_key<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let id = form.get("id").to_string();
    let arn = target_arn(&console, &who, &name).await;
    let result = console.iam.delete_access_key(&who.caller, Some(&name), &id);
    finish(
        &console,
        &who,
        &format!("{}#access-keys", user_page(&name)),
        Action {
            operation: "DeleteAccessKey",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name, "accessKeyId": id }),
            done: format!("Access key {id} deleted."),
            what: "The access key was not deleted",
        },
        result,
    )
    .await
}

/// POST …/mfa/deactivate: DeactivateMFADevice for the user (sign-in stops asking for its
/// codes; a virtual device stays, unassigned, until deleted).
pub async fn deactivate_mfa<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let serial = form.get("serial").to_string();
    let arn = target_arn(&console, &who, &name).await;
    let result = console
        .iam
        .deactivate_mfa_device(&who.caller, Some(&name), &serial);
    finish(
        &console,
        &who,
        &format!("{}#mfa", user_page(&name)),
        Action {
            operation: "DeactivateMFADevice",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name, "serialNumber": serial }),
            done: format!("MFA device {serial} deactivated: {name} signs in with the password only until a new device is assigned."),
            what: "The MFA device was not deactivated",
        },
        result,
    )
    .await
}
