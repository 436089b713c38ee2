//! One's own CodeCommit Git credentials: create or reset (the password shown once), activate
//! or deactivate, delete.

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use iamd_core::store::Store;

use super::common::*;
use crate::page::{Action, finish, notify};
use crate::respond;
use crate::session::SignedIn;
use crate::web::{Console, Flash, Form};

/// POST …/git-credentials/create and …/reset: the password is shown once on the next page.
pub async fn git_issue<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
    reset: bool,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let Some(me) = user_name(&who) else {
        return respond::redirect(PAGE);
    };
    let arn = who.caller.principal.arn.clone();
    let operation = if reset {
        "ResetServiceSpecificCredential"
    } else {
        "CreateServiceSpecificCredential"
    };
    let issue = async {
        if reset {
            console
                .iam
                .reset_service_specific_credential(&who.caller, None, form.get("id"))
                .await
        } else {
            console
                .iam
                .create_service_specific_credential(&who.caller, &me, CODECOMMIT, None)
                .await
        }
    };
    let result = console
        .audited(
            &who.caller,
            &who.origin,
            operation,
            serde_json::Value::Null,
            issue,
        )
        .await;
    match result {
        Ok(issued) => {
            console.push_flash(
                &who.csrf,
                Flash::GitCredential {
                    user_name: issued.credential.service_user_name.clone(),
                    password: issued.password.as_str().to_string(),
                },
            );
            respond::redirect(&format!("{PAGE}/created"))
        }
        Err(e) => {
            notify::<S, ()>(
                &console,
                &who,
                &format!("{PAGE}#git-credentials"),
                Action {
                    operation,
                    resource: &arn,
                    parameters: serde_json::Value::Null,
                    done: String::new(),
                    what: "The Git credentials were not issued",
                },
                Err(e),
            )
            .await
        }
    }
}

pub async fn git_create<S: Store>(
    state: State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    git_issue(state, who, form, false).await
}

pub async fn git_reset<S: Store>(
    state: State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    git_issue(state, who, form, true).await
}

/// POST …/git-credentials/status: UpdateServiceSpecificCredential.
pub async fn git_status<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let status = parse_status(form.get("status"));
    let arn = who.caller.principal.arn.clone();
    let result =
        console
            .iam
            .update_service_specific_credential(&who.caller, None, form.get("id"), status);
    finish(
        &console,
        &who,
        &format!("{PAGE}#git-credentials"),
        Action {
            operation: "UpdateServiceSpecificCredential",
            resource: &arn,
            parameters: serde_json::Value::Null,
            done: format!("Git credentials are now {}.", status.as_str()),
            what: "The Git credentials were not changed",
        },
        result,
    )
    .await
}

/// POST …/git-credentials/delete: DeleteServiceSpecificCredential.
pub async fn git_delete<S: Store>(
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
        .delete_service_specific_credential(&who.caller, None, form.get("id"));
    finish(
        &console,
        &who,
        &format!("{PAGE}#git-credentials"),
        Action {
            operation: "DeleteServiceSpecificCredential",
            resource: &arn,
            parameters: serde_json::Value::Null,
            done: "Git credentials deleted.".into(),
            what: "The Git credentials were not deleted",
        },
        result,
    )
    .await
}
