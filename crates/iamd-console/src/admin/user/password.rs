//! Console access: set or remove the user's password, unlock the user.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::response::Response;
use iamd_core::CoreError;
use iamd_core::ops::throttle::Subject;
use iamd_core::store::Store;

use super::super::password;
use super::common::*;
use crate::page::{Action, finish, notify, record, user_page};
use crate::respond;
use crate::session::SignedIn;
use crate::view::{self, Notice};
use crate::web::{Console, Flash, Form};

/// POST …/unlock: lift the user's sign-in and MFA lock (for principals allowed
/// UpdateLoginProfile on the user: whoever may reset the password may let the user retry).
pub async fn unlock<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let arn = target_arn(&console, &who, &name).await;
    let page = format!("{}#console-access", user_page(&name));
    let notice = match console
        .iam
        .would_allow(&who.caller, "UpdateLoginProfile", &arn)
        .await
    {
        // In the trail as `UnlockUser` (an iamd action: AWS has no lockout to lift).
        Ok(true) => match console
            .audited(
                &who.caller,
                &who.origin,
                "UnlockUser",
                serde_json::json!({ "userName": name }),
                console.iam.unlock(&Subject::user(Some(&name))),
            )
            .await
        {
            Ok(_) => {
                tracing::info!(user = %name, by = %who.caller.principal.arn, "console: sign-in lock lifted");
                Notice::success(&format!(
                    "{name} may sign in again: the failed passwords and MFA codes counted against the user are forgotten."
                ))
            }
            Err(e) => return view::internal_error(&e),
        },
        Ok(false) => Notice::error(
            &format!("{name} was not unlocked"),
            vec!["Unlocking a user needs permission to reset the user's password (iam:UpdateLoginProfile).".into()],
        ),
        Err(e) => return view::internal_error(&e),
    };
    console.push_flash(&who.csrf, Flash::Notice(notice));
    respond::redirect(&page)
}

/// POST …/password: set or reset the console password (CreateLoginProfile when the user has
/// none, UpdateLoginProfile otherwise), custom or generated, with "must create a new password
/// at next sign-in". A generated password is shown once on the next page.
pub async fn set_password<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let iam = &console.iam;
    let back = format!("{}#console-access", user_page(&name));
    let policy = iam.get_account_password_policy(&who.caller).await.ok();
    let choice = match password::choice(&form, policy.as_ref()) {
        Ok(c) => c,
        Err(message) => {
            console.push_flash(
                &who.csrf,
                Flash::Notice(Notice::error("The password was not set", vec![message])),
            );
            return respond::redirect(&back);
        }
    };
    let arn = target_arn(&console, &who, &name).await;
    let has_profile = !matches!(
        iam.get_login_profile(&who.caller, Some(&name)).await,
        Err(CoreError::NoSuchEntity(_))
    );
    let params =
        serde_json::json!({ "userName": name, "passwordResetRequired": choice.reset_required });
    let operation = if has_profile {
        "UpdateLoginProfile"
    } else {
        "CreateLoginProfile"
    };
    let set = async {
        if has_profile {
            iam.update_login_profile(
                &who.caller,
                &name,
                Some(choice.password.clone()),
                Some(choice.reset_required),
            )
            .await
        } else {
            iam.create_login_profile(
                &who.caller,
                Some(&name),
                Some(choice.password.clone()),
                choice.reset_required,
            )
            .await
            .map(|_| ())
        }
    };
    let result = record(&console, &who, operation, params, set).await;
    if result.is_ok() && choice.generated {
        let mut n = Notice::success(&format!("The console password of {name} was set."));
        if choice.reset_required {
            n.lines
                .push("The user must create a new password at next sign-in.".into());
        }
        console.push_flash(&who.csrf, Flash::Notice(n));
        console.push_flash(
            &who.csrf,
            Flash::ConsolePassword {
                user_name: name.clone(),
                password: choice.password.as_str().to_string(),
            },
        );
        return respond::redirect("/console/users/created");
    }
    let done = if choice.reset_required {
        format!(
            "The console password of {name} was set. The user must create a new password at next sign-in."
        )
    } else {
        format!("The console password of {name} was set.")
    };
    notify(
        &console,
        &who,
        &back,
        Action {
            operation,
            resource: &arn,
            // Recorded above.
            parameters: serde_json::Value::Null,
            done,
            what: &format!("The console password of {name} was not set"),
        },
        result,
    )
    .await
}

/// POST …/password/delete: DeleteLoginProfile (console access off; access keys keep working).
pub async fn delete_password<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let arn = target_arn(&console, &who, &name).await;
    let result = console.iam.delete_login_profile(&who.caller, Some(&name));
    finish(
        &console,
        &who,
        &format!("{}#console-access", user_page(&name)),
        Action {
            operation: "DeleteLoginProfile",
            resource: &arn,
            parameters: serde_json::json!({ "userName": name }),
            done: format!("Console access of {name} disabled: the password was deleted. Access keys keep working."),
            what: &format!("Console access of {name} was not disabled"),
        },
        result,
    )
    .await
}
