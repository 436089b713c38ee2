//! Administration pages: users (list, create, delete), a user's page (console password,
//! groups, policies, access keys, MFA devices), account settings (password policy, alias) and
//! the account's checks (compliance findings and lockouts).
//!
//! Every page calls the same `iamd-core` operations as the signed-in principal, so a refusal
//! is the engine's: it is shown as a notice that says why ([`view::refusal`]), and links and
//! buttons appear only when [`iamd_core::Iam::would_allow`] says the action would be allowed.
//!
//! Who may see the checks page: a principal allowed `iam:GetAccountAuthorizationDetails`
//! (the findings describe every user's credentials and policies, which that operation would
//! disclose anyway).
//!
//! # Routes
//! `/console/users` (list), `/console/users/new` (GET form, POST create),
//! `/console/users/created` (a generated password, once), `/console/users/{name}` and its
//! actions under `/console/users/{name}/…`, `/console/account` and its actions,
//! `/console/checks`.

pub mod account;
pub mod checks;
mod escalation;
pub mod password;
pub mod user;
pub mod users;

use std::sync::Arc;

use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use iamd_core::CoreError;
use iamd_core::store::Store;

use crate::view::{self, Notice};
use crate::web::{self, Console, Flash, SignedIn};

/// The administration routes, merged into the console's router.
pub fn routes<S: Store>() -> Router<Arc<Console<S>>> {
    let u = "/console/users/{name}";
    Router::new()
        .route("/console/users", get(users::list::<S>))
        .route(
            "/console/users/new",
            get(users::new_form::<S>).post(users::create::<S>),
        )
        .route("/console/users/created", get(users::created::<S>))
        .route(u, get(user::page::<S>))
        .route(
            &format!("{u}/delete"),
            get(users::delete_page::<S>).post(users::delete::<S>),
        )
        .route(&format!("{u}/password"), post(user::set_password::<S>))
        .route(&format!("{u}/unlock"), post(user::unlock::<S>))
        .route(
            &format!("{u}/password/delete"),
            post(user::delete_password::<S>),
        )
        .route(&format!("{u}/groups/add"), post(user::add_group::<S>))
        .route(&format!("{u}/groups/remove"), post(user::remove_group::<S>))
        .route(&format!("{u}/policies/attach"), post(user::attach::<S>))
        .route(&format!("{u}/policies/detach"), post(user::detach::<S>))
        .route(&format!("{u}/policies/put"), post(user::put_inline::<S>))
        .route(
            &format!("{u}/policies/delete"),
            post(user::delete_inline::<S>),
        )
        .route(
            &format!("{u}/access-keys/status"),
            post(user::key_status::<S>),
        )
        .route(
            &format!("{u}/access-keys/delete"),
            post(user::delete_key::<S>),
        )
        .route(
            &format!("{u}/mfa/deactivate"),
            post(user::deactivate_mfa::<S>),
        )
        .route("/console/account", get(account::page::<S>))
        .route(
            "/console/account/password-policy",
            post(account::update_policy::<S>),
        )
        .route(
            "/console/account/password-policy/delete",
            post(account::delete_policy::<S>),
        )
        .route("/console/account/alias", post(account::create_alias::<S>))
        .route(
            "/console/account/alias/delete",
            post(account::delete_alias::<S>),
        )
        .route("/console/checks", get(checks::page::<S>))
}

/// The administration pages the navigation offers `caller`: each only when a policy would
/// let it read or change what the page shows.
pub async fn nav<S: Store>(
    console: &Console<S>,
    caller: &iamd_core::Caller,
) -> Vec<(&'static str, &'static str)> {
    let iam = &console.iam;
    let may = |op: &'static str, resource: String| async move {
        iam.would_allow(caller, op, &resource)
            .await
            .unwrap_or(false)
    };
    let users = format!("arn:aws:iam::{}:user/", iam.account_id());
    let mut links = Vec::new();
    if may("ListUsers", users).await {
        links.push(("/console/users", "Users"));
    }
    let mut account = false;
    for op in [
        "GetAccountPasswordPolicy",
        "UpdateAccountPasswordPolicy",
        "ListAccountAliases",
    ] {
        if may(op, "*".into()).await {
            account = true;
            break;
        }
    }
    if account {
        links.push(("/console/account", "Account settings"));
    }
    if may("GetAccountAuthorizationDetails", "*".into()).await {
        links.push(("/console/checks", "Checks"));
    }
    links
}

/// Whether `operation` on `resource` would be allowed for this session.
pub(crate) async fn allowed<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    operation: &str,
    resource: &str,
) -> bool {
    console
        .iam
        .would_allow(&who.caller, operation, resource)
        .await
        .unwrap_or(false)
}

/// The ARN of user `name` at the default path (what IAM authorizes against when it does not
/// know the user's path yet).
pub(crate) fn user_arn<S: Store>(console: &Console<S>, name: &str) -> String {
    format!("arn:aws:iam::{}:user/{name}", console.iam.account_id())
}

/// Where a user's page lives (names are `[\w+=,.@-]+`; `+`, `=`, `,` and `@` are escaped).
pub(crate) fn user_page(name: &str) -> String {
    format!("/console/users/{}", path_segment(name))
}

/// Percent-encode a path segment (everything but letters, digits, `-`, `.`, `_`).
pub(crate) fn path_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Check a name as IAM's API model does for user and policy names (`[\w+=,.@-]+`, 1 to
/// `max` characters): the console reaches the core without the wire layer's checks.
pub(crate) fn check_name(what: &str, name: &str, max: usize) -> Result<(), String> {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || "_+=,.@-".contains(c);
    if name.is_empty() || name.chars().count() > max || !name.chars().all(ok_char) {
        return Err(format!(
            "The {what} must be 1 to {max} characters: letters, digits and + = , . @ _ -."
        ));
    }
    Ok(())
}

/// Check a path as IAM's API model does (`/` or `/…/` of printable ASCII, at most 512).
pub(crate) fn check_path(path: &str) -> Result<(), String> {
    let ok = path == "/"
        || (path.len() >= 2
            && path.len() <= 512
            && path.starts_with('/')
            && path.ends_with('/')
            && path.chars().all(|c| ('!'..='~').contains(&c)));
    if ok {
        Ok(())
    } else {
        Err("The path must be \"/\" or begin and end with \"/\" (for example /engineering/), without spaces.".into())
    }
}

/// Perform an operation for this session, recorded in the audit trail (a change commits its
/// record with it, and the lockout analyzer looks again when it can change the answer:
/// [`Console::audited`]).
pub(crate) async fn record<S: Store, T>(
    console: &Console<S>,
    who: &SignedIn,
    operation: &str,
    parameters: serde_json::Value,
    call: impl Future<Output = Result<T, CoreError>>,
) -> Result<T, CoreError> {
    console
        .audited(&who.caller, &who.origin, operation, parameters, call)
        .await
}

/// What one action is: the operation, the resource it is authorized on, its audit
/// parameters (what [`finish`] records), and what the notice says on success and on failure.
pub(crate) struct Action<'a> {
    pub operation: &'a str,
    pub resource: &'a str,
    pub parameters: serde_json::Value,
    pub done: String,
    pub what: &'a str,
}

/// Finish a POST: perform and record the call, push a notice (success, or the reason in
/// words), and redirect to `to` (POST → redirect → GET).
pub(crate) async fn finish<S: Store, T>(
    console: &Console<S>,
    who: &SignedIn,
    to: &str,
    mut action: Action<'_>,
    call: impl Future<Output = Result<T, CoreError>>,
) -> Response {
    let parameters = std::mem::take(&mut action.parameters);
    let result = record(console, who, action.operation, parameters, call).await;
    notify(console, who, to, action, result).await
}

/// Push the notice of a call already performed and recorded, and redirect to `to`.
pub(crate) async fn notify<S: Store, T>(
    console: &Console<S>,
    who: &SignedIn,
    to: &str,
    action: Action<'_>,
    result: Result<T, CoreError>,
) -> Response {
    let notice = match result {
        Ok(_) => Notice::success(&action.done),
        Err(e) => {
            view::refusal(
                &console.iam,
                &who.caller,
                action.what,
                action.operation,
                action.resource,
                &e,
            )
            .await
        }
    };
    console.push_flash(&who.csrf, Flash::Notice(notice));
    web::redirect(to)
}

/// A page that could not be shown because a read was refused: the reason in words, with
/// status 403 for AccessDenied (404 for an unknown entity).
pub(crate) async fn refused_page<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    title: &str,
    what: &str,
    operation: &str,
    resource: &str,
    e: &CoreError,
) -> Response {
    let status = match e {
        CoreError::AccessDenied(_) => StatusCode::FORBIDDEN,
        CoreError::NoSuchEntity(_) => StatusCode::NOT_FOUND,
        CoreError::ServiceFailure(_) => return web::internal_error(e),
        _ => StatusCode::BAD_REQUEST,
    };
    let notice = view::refusal(&console.iam, &who.caller, what, operation, resource, e).await;
    let layout = who.layout(title, console.iam.account_id());
    view::message_page(status, &layout, notice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_paths_follow_the_api_model() {
        assert!(check_name("user name", "alice+ops@example.com", 64).is_ok());
        assert!(check_name("user name", "", 64).is_err());
        assert!(check_name("user name", "a b", 64).is_err());
        assert!(check_name("user name", "a/b", 64).is_err());
        assert!(check_name("user name", &"a".repeat(65), 64).is_err());
        assert!(check_path("/").is_ok());
        assert!(check_path("/eng/team/").is_ok());
        assert!(check_path("eng/").is_err());
        assert!(check_path("/eng").is_err());
        assert!(check_path("/e g/").is_err());
    }

    #[test]
    fn user_pages_escape_names() {
        assert_eq!(user_page("a+b@c.d"), "/console/users/a%2Bb%40c.d");
    }
}
