//! Changing one's own password (ChangePassword).

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use iamd_core::ops::passwords::Password;
use iamd_core::store::Store;

use super::common::*;
use crate::page;
use crate::respond;
use crate::session::SignedIn;
use crate::view::Notice;
use crate::web::{Console, Flash, Form};

/// POST …/password: ChangePassword.
pub async fn change_password<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let notice = if form.get("new") != form.get("confirm") {
        Notice::error(
            "Your password was not changed: the new passwords do not match",
            vec!["Type the same new password in both fields.".into()],
        )
    } else {
        let old = Password::new(form.get("old").to_string());
        let new = Password::new(form.get("new").to_string());
        let result = console
            .audited(
                &who.caller,
                &who.origin,
                "ChangePassword",
                serde_json::Value::Null,
                console.iam.change_password(&who.caller, &old, &new),
            )
            .await;
        match result {
            Ok(()) => Notice::success("Your password was changed."),
            Err(e) => {
                page::password_change_notice(&console, &who.caller, &who.caller.principal.arn, &e)
                    .await
            }
        }
    };
    console.push_flash(&who.csrf, Flash::Notice(notice));
    respond::redirect(&format!("{PAGE}#password"))
}
