//! The user's groups: add and remove.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::response::Response;
use iamd_core::store::Store;

use crate::page::{Action, finish, user_page};
use crate::session::SignedIn;
use crate::web::{Console, Form};

/// POST …/groups/add: AddUserToGroup.
pub async fn add_group<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let group = form.get("group").trim().to_string();
    let garn = format!("arn:aws:iam::{}:group/{group}", console.iam.account_id());
    let result = console.iam.add_user_to_group(&who.caller, &group, &name);
    finish(
        &console,
        &who,
        &format!("{}#groups", user_page(&name)),
        Action {
            operation: "AddUserToGroup",
            resource: &garn,
            parameters: serde_json::json!({ "userName": name, "groupName": group }),
            done: format!("{name} added to group {group}."),
            what: &format!("{name} was not added to group {group}"),
        },
        result,
    )
    .await
}

/// POST …/groups/remove: RemoveUserFromGroup.
pub async fn remove_group<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let group = form.get("group").to_string();
    let garn = format!("arn:aws:iam::{}:group/{group}", console.iam.account_id());
    let result = console
        .iam
        .remove_user_from_group(&who.caller, &group, &name);
    finish(
        &console,
        &who,
        &format!("{}#groups", user_page(&name)),
        Action {
            operation: "RemoveUserFromGroup",
            resource: &garn,
            parameters: serde_json::json!({ "userName": name, "groupName": group }),
            done: format!("{name} removed from group {group}."),
            what: &format!("{name} was not removed from group {group}"),
        },
        result,
    )
    .await
}
