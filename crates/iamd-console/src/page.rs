//! What the pages share above their session: whether an action would be allowed, performing
//! a call for the session with its audit record, the notice after a POST and the redirect,
//! the page for a refused read, the names, paths and links of users, and the password rules
//! and notices pages show.

use axum::http::StatusCode;
use axum::response::Response;
use iamd_core::CoreError;
use iamd_core::store::Store;

use crate::respond::redirect;
use crate::session::SignedIn;
use crate::view::{self, Notice, Rule};
use crate::web::{Console, Flash};

/// Whether `operation` on `resource` would be allowed for this session.
pub async fn allowed<S: Store>(
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
pub fn user_arn<S: Store>(console: &Console<S>, name: &str) -> String {
    format!("arn:aws:iam::{}:user/{name}", console.iam.account_id())
}

/// Where a user's page lives (names are `[\w+=,.@-]+`; `+`, `=`, `,` and `@` are escaped).
pub fn user_page(name: &str) -> String {
    format!("/console/users/{}", path_segment(name))
}

/// Percent-encode a path segment (everything but letters, digits, `-`, `.`, `_`).
pub fn path_segment(text: &str) -> String {
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
pub fn check_name(what: &str, name: &str, max: usize) -> Result<(), String> {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || "_+=,.@-".contains(c);
    if name.is_empty() || name.chars().count() > max || !name.chars().all(ok_char) {
        return Err(format!(
            "The {what} must be 1 to {max} characters: letters, digits and + = , . @ _ -."
        ));
    }
    Ok(())
}

/// Check a path as IAM's API model does (`/` or `/…/` of printable ASCII, at most 512).
pub fn check_path(path: &str) -> Result<(), String> {
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
pub async fn record<S: Store, T>(
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
#[derive(Debug)]
pub struct Action<'a> {
    pub operation: &'a str,
    pub resource: &'a str,
    pub parameters: serde_json::Value,
    pub done: String,
    pub what: &'a str,
}

/// Finish a POST: perform and record the call, push a notice (success, or the reason in
/// words), and redirect to `to` (POST → redirect → GET).
pub async fn finish<S: Store, T>(
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
pub async fn notify<S: Store, T>(
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
    redirect(to)
}

/// A page that could not be shown because a read was refused: the reason in words, with
/// status 403 for AccessDenied (404 for an unknown entity).
pub async fn refused_page<S: Store>(
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
        CoreError::ServiceFailure(_) => return view::internal_error(e),
        _ => StatusCode::BAD_REQUEST,
    };
    let notice = view::refusal(&console.iam, &who.caller, what, operation, resource, e).await;
    let layout = who.layout(title, console.iam.account_id());
    view::message_page(status, &layout, notice)
}

/// The password rules, when the session may read them (`iam:GetAccountPasswordPolicy`, as the
/// AWS console needs too).
pub async fn readable_rules<S: Store>(
    console: &Console<S>,
    caller: &iamd_core::Caller,
) -> Option<Vec<Rule>> {
    let mut rules = match console.iam.get_account_password_policy(caller).await {
        Ok(p) => view::password_rules(Some(&p)),
        Err(CoreError::NoSuchEntity(_)) => view::password_rules(None),
        Err(_) => return None,
    };
    if console
        .iam
        .refuses_common_passwords()
        .await
        .unwrap_or(false)
    {
        rules.push(view::common_password_rule());
    }
    Some(rules)
}

/// Why a ChangePassword was refused, in words (policy, password policy, or wrong password).
pub async fn password_change_notice<S: Store>(
    console: &Console<S>,
    caller: &iamd_core::Caller,
    user_arn: &str,
    e: &CoreError,
) -> Notice {
    match e {
        CoreError::InvalidInput(m) if m.contains("old password") => Notice::error(
            "Your password was not changed: the current password is not correct",
            vec!["Type the password you signed in with in \"Current password\".".into()],
        ),
        _ => {
            view::refusal(
                &console.iam,
                caller,
                "Your password was not changed",
                "ChangePassword",
                user_arn,
                e,
            )
            .await
        }
    }
}

/// The notices waiting for this session (after a redirect).
pub fn flash_notices<S: Store>(console: &Console<S>, who: &SignedIn) -> Vec<Notice> {
    console
        .take_flash(&who.csrf)
        .into_iter()
        .filter_map(|f| match f {
            Flash::Notice(n) => Some(n),
            _ => None,
        })
        .collect()
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
