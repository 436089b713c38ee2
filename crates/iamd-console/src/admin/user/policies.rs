//! The user's policies: attach and detach managed ones, put and delete inline ones.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::response::Response;
use iamd_core::entities::OwnerKind;
use iamd_core::store::Store;

use super::common::*;
use crate::page::{Action, finish, user_page};
use crate::respond;
use crate::session::SignedIn;
use crate::view::Notice;
use crate::web::{Console, Flash, Form};

/// POST …/policies/attach: AttachUserPolicy (by ARN or name).
pub async fn attach<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let back = format!("{}#permissions", user_page(&name));
    let given = form.get("policy").trim();
    if given.is_empty() {
        console.push_flash(
            &who.csrf,
            Flash::Notice(Notice::error(
                "No policy was attached",
                vec!["Type a managed policy's name or ARN.".into()],
            )),
        );
        return respond::redirect(&back);
    }
    let policy = policy_arn(&console, &who, given).await;
    let arn = target_arn(&console, &who, &name).await;
    let result = console
        .iam
        .attach_policy(&who.caller, OwnerKind::User, &name, &policy);
    finish(
        &console,
        &who,
        &back,
        Action {
            operation: "AttachUserPolicy",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name, "policyArn": policy }),
            done: format!("Policy {policy} attached to {name}."),
            what: &format!("Policy {policy} was not attached"),
        },
        result,
    )
    .await
}

/// POST …/policies/detach: DetachUserPolicy.
pub async fn detach<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let policy = form.get("arn").to_string();
    let arn = target_arn(&console, &who, &name).await;
    let result = console
        .iam
        .detach_policy(&who.caller, OwnerKind::User, &name, &policy);
    finish(
        &console,
        &who,
        &format!("{}#permissions", user_page(&name)),
        Action {
            operation: "DetachUserPolicy",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name, "policyArn": policy }),
            done: format!("Policy {policy} detached from {name}."),
            what: &format!("Policy {policy} was not detached"),
        },
        result,
    )
    .await
}

/// POST …/policies/put: PutUserPolicy (a new inline policy, or a new document for one).
pub async fn put_inline<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let policy = form.get("policy_name").trim().to_string();
    let document = form.get("document");
    if let Err(message) = crate::page::check_name("policy name", &policy, 128) {
        console.push_flash(
            &who.csrf,
            Flash::Notice(Notice::error(
                "The inline policy was not saved",
                vec![message],
            )),
        );
        return respond::redirect(&format!("{}#inline-policies", user_page(&name)));
    }
    let arn = target_arn(&console, &who, &name).await;
    let result =
        console
            .iam
            .put_inline_policy(&who.caller, OwnerKind::User, &name, &policy, document);
    finish(
        &console,
        &who,
        &format!("{}#inline-policies", user_page(&name)),
        Action {
            operation: "PutUserPolicy",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name, "policyName": policy }),
            done: format!("Inline policy {policy} of {name} saved."),
            what: &format!("Inline policy {policy} was not saved"),
        },
        result,
    )
    .await
}

/// POST …/policies/delete: DeleteUserPolicy.
pub async fn delete_inline<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let policy = form.get("policy_name").to_string();
    let arn = target_arn(&console, &who, &name).await;
    let result = console
        .iam
        .delete_inline_policy(&who.caller, OwnerKind::User, &name, &policy);
    finish(
        &console,
        &who,
        &format!("{}#inline-policies", user_page(&name)),
        Action {
            operation: "DeleteUserPolicy",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name, "policyName": policy }),
            done: format!("Inline policy {policy} of {name} deleted."),
            what: &format!("Inline policy {policy} was not deleted"),
        },
        result,
    )
    .await
}
