//! One's own access keys: create (the secret shown once), activate or deactivate, delete.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use iamd_core::store::Store;

use super::common::*;
use crate::page::{Action, finish, notify};
use crate::respond;
use crate::session::SignedIn;
use crate::view::{self};
use crate::web::{Console, Flash, Form};

/// POST …/access-keys/create: CreateAccessKey; the secret is shown once on the next page.
pub async fn create_key<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let result = console
        .audited(
            &who.caller,
            &who.origin,
            "CreateAccessKey",
            serde_json::Value::Null,
            console.iam.create_access_key(&who.caller, None),
        )
        .await;
    match result {
        Ok(k) => {
            console.push_flash(
                &who.csrf,
                Flash::AccessKey {
                    id: k.access_key_id,
                    secret: k.secret_access_key,
                },
            );
            respond::redirect(&format!("{PAGE}/created"))
        }
        Err(e) => {
            let arn = who.caller.principal.arn.clone();
            notify::<S, ()>(
                &console,
                &who,
                &format!("{PAGE}#access-keys"),
                Action {
                    operation: "CreateAccessKey",
                    resource: &arn,
                    parameters: serde_json::Value::Null,
                    done: String::new(),
                    what: "The access key was not created",
                },
                Err(e),
            )
            .await
        }
    }
}

/// GET …/created: a new secret, once. A reload finds nothing.
pub async fn created<S: Store>(State(console): State<Arc<Console<S>>>, who: SignedIn) -> Response {
    let account = console.iam.account_id().to_string();
    let owner = user_name(&who).unwrap_or_else(|| "root".into());
    let mut notices = Vec::new();
    let mut secret = None;
    for f in console.take_flash(&who.csrf) {
        match f {
            Flash::Notice(n) => notices.push(n),
            Flash::AccessKey { id, secret: s } => {
                let csv = access_key_csv(&owner, &id, &s);
                secret = Some(ShownSecret {
                    heading: "Access key created".into(),
                    id_label: "Access key ID",
                    id,
                    secret_label: "Secret access key",
                    secret: s,
                    csv: Some(csv),
                });
            }
            Flash::GitCredential {
                user_name,
                password,
            } => {
                secret = Some(ShownSecret {
                    heading: "Git credentials for CodeCommit".into(),
                    id_label: "User name",
                    id: user_name,
                    secret_label: "Password",
                    secret: password,
                    csv: None,
                });
            }
            // Shown by the administration pages (`/console/users/created`).
            Flash::ConsolePassword { .. } => {}
        }
    }
    view::render(
        StatusCode::OK,
        &SecretPage {
            layout: who.layout("New credentials", &account),
            notices,
            secret,
        },
    )
}

/// POST …/access-keys/status: UpdateAccessKey.
pub async fn key_status<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let status = parse_status(form.get("status"));
    let arn = who.caller.principal.arn.clone();
    let result = console
        .iam
        .update_access_key(&who.caller, None, form.get("id"), status);
    finish(
        &console,
        &who,
        &format!("{PAGE}#access-keys"),
        Action {
            operation: "UpdateAccessKey",
            resource: &arn,
            parameters: serde_json::Value::Null,
            done: format!("Access key {} is now {}.", form.get("id"), status.as_str()),
            what: "The access key was not changed",
        },
        result,
    )
    .await
}

/// POST …/access-keys/delete: DeleteAccessKey.
pub async fn delete_key<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let arn = who.caller.principal.arn.clone();
    let result = console
        .iam
        .delete_access_key(&who.caller, None, form.get("id"));
    finish(
        &console,
        &who,
        &format!("{PAGE}#access-keys"),
        Action {
            operation: "DeleteAccessKey",
            resource: &arn,
            parameters: serde_json::Value::Null,
            done: format!("Access key {} deleted.", form.get("id")),
            what: "The access key was not deleted",
        },
        result,
    )
    .await
}
