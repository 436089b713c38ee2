//! SSH public keys for CodeCommit on "My security credentials": the signed-in user's keys
//! listed, uploaded, deactivated or activated, and deleted. Each action is offered exactly
//! when the engine would allow it for this session, and is still enforced by the operation.

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use iamd_core::entities::KeyStatus;
use iamd_core::store::Store;
use iamd_core::{Caller, Iam};

use crate::page::{Action, allowed, finish};
use crate::respond;
use crate::session::SignedIn;
use crate::view;
use crate::web::{Console, Form};

const SECTION: &str = "/console/security-credentials#ssh-keys";

/// Which SSH key actions this session may take on its own user.
#[derive(Debug, Default)]
pub(crate) struct CanSsh {
    pub(crate) upload: bool,
    pub(crate) update: bool,
    pub(crate) delete: bool,
}

/// One key as the page lists it.
pub(crate) struct SshRow {
    pub(crate) id: String,
    pub(crate) status: String,
    pub(crate) uploaded: String,
    pub(crate) toggle_to: &'static str,
    pub(crate) toggle_label: &'static str,
}

/// What a page shows of the SSH keys of `user` (whose ARN is `arn`): `None` for root (it has
/// none) or when the session may not list them. "My security credentials" and a user's
/// administration page both use it.
pub(crate) async fn section<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    user: Option<&str>,
    arn: &str,
) -> (CanSsh, Option<Vec<SshRow>>) {
    let Some(user) = user else {
        return (CanSsh::default(), None);
    };
    let can = CanSsh {
        upload: allowed(console, who, "UploadSSHPublicKey", arn).await,
        update: allowed(console, who, "UpdateSSHPublicKey", arn).await,
        delete: allowed(console, who, "DeleteSSHPublicKey", arn).await,
    };
    (can, rows(&console.iam, &who.caller, user).await)
}

async fn rows<S: Store>(iam: &Iam<S>, caller: &Caller, user: &str) -> Option<Vec<SshRow>> {
    let page = iam
        .list_ssh_public_keys(caller, Some(user), None, Some(100))
        .await
        .ok()?;
    Some(
        page.items
            .into_iter()
            .map(|k| {
                let active = k.status == KeyStatus::Active;
                SshRow {
                    id: k.id,
                    status: k.status.as_str().to_string(),
                    uploaded: view::when(k.upload_date),
                    toggle_to: if active { "Inactive" } else { "Active" },
                    toggle_label: if active { "Deactivate" } else { "Activate" },
                }
            })
            .collect(),
    )
}

/// The signed-in user's name (root has no SSH keys).
fn me(who: &SignedIn) -> Option<String> {
    who.caller.user.as_ref().map(|u| u.name.clone())
}

/// POST …/ssh-keys/upload: UploadSSHPublicKey.
pub async fn upload<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let Some(me) = me(&who) else {
        return respond::redirect(SECTION);
    };
    let arn = who.caller.principal.arn.clone();
    let body = form.get("body").to_string();
    let result = console.iam.upload_ssh_public_key(&who.caller, &me, &body);
    finish(
        &console,
        &who,
        SECTION,
        Action {
            operation: "UploadSSHPublicKey",
            resource: &arn,
            parameters: serde_json::json!({ "userName": me }),
            done: "SSH public key uploaded.".into(),
            what: "The SSH public key was not uploaded",
        },
        result,
    )
    .await
}

/// POST …/ssh-keys/status: UpdateSSHPublicKey.
pub async fn status<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let Some(me) = me(&who) else {
        return respond::redirect(SECTION);
    };
    let arn = who.caller.principal.arn.clone();
    let id = form.get("id").to_string();
    let status = if form.get("status") == "Active" {
        "Active"
    } else {
        "Inactive"
    };
    let result = console
        .iam
        .update_ssh_public_key(&who.caller, &me, &id, status);
    finish(
        &console,
        &who,
        SECTION,
        Action {
            operation: "UpdateSSHPublicKey",
            resource: &arn,
            parameters: serde_json::json!({ "userName": me, "sSHPublicKeyId": id, "status": status }),
            done: format!("SSH public key {id} is now {status}."),
            what: "The SSH public key was not changed",
        },
        result,
    )
    .await
}

/// POST …/ssh-keys/delete: DeleteSSHPublicKey.
pub async fn delete<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let Some(me) = me(&who) else {
        return respond::redirect(SECTION);
    };
    let arn = who.caller.principal.arn.clone();
    let id = form.get("id").to_string();
    let result = console.iam.delete_ssh_public_key(&who.caller, &me, &id);
    finish(
        &console,
        &who,
        SECTION,
        Action {
            operation: "DeleteSSHPublicKey",
            resource: &arn,
            parameters: serde_json::json!({ "userName": me, "sSHPublicKeyId": id }),
            done: format!("SSH public key {id} deleted."),
            what: "The SSH public key was not deleted",
        },
        result,
    )
    .await
}
