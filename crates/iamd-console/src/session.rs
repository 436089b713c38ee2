//! The signed-in session every page behind sign-in takes: found by its cookie, sent back to
//! sign-in (or to its unfinished stage) when it is not active, with the caller core
//! operations see and the administration pages the navigation offers it.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::response::Response;
use iamd_core::Caller;
use iamd_core::ops::console::{BrowserOrigin, ConsoleSession, SessionToken, Stage};
use iamd_core::store::Store;

use crate::csrf;
use crate::respond::{SESSION_COOKIE, cookie, redirect};
use crate::view::{Layout, internal_error};
use crate::web::Console;

/// The session cookie's session, whatever its stage.
pub async fn current_session<S: Store>(
    console: &Console<S>,
    headers: &HeaderMap,
) -> Result<Option<(SessionToken, ConsoleSession)>, iamd_core::CoreError> {
    let Some(value) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let token = SessionToken::from_cookie(value);
    Ok(console
        .iam
        .console_session(&token)
        .await?
        .map(|s| (token, s)))
}

/// The page a session at `stage` belongs on.
pub fn stage_page(stage: Stage) -> &'static str {
    match stage {
        Stage::Mfa => "/console/signin/mfa",
        Stage::NewPassword => "/console/signin/new-password",
        Stage::Active => "/console/",
    }
}

/// A signed-in session: the extractor for every page behind sign-in. Without a session (or
/// when it ended) the browser is sent to the sign-in page; at an unfinished stage, to that
/// stage's page.
#[derive(Debug)]
pub struct SignedIn {
    pub token: SessionToken,
    pub session: ConsoleSession,
    /// The principal as core operations see it (policies, MFA, source address).
    pub caller: Caller,
    pub origin: BrowserOrigin,
    /// This session's CSRF token, for forms (also the key of its flash messages).
    pub csrf: String,
    /// The administration pages the navigation offers this session ([`nav`]).
    pub admin_nav: Vec<(&'static str, &'static str)>,
}

impl SignedIn {
    /// The layout of a page of this session titled `title`.
    pub fn layout(&self, title: &str, account: &str) -> Layout {
        let mut layout = Layout::signed_in(title, account, &self.caller, &self.session, &self.csrf);
        layout.admin_nav.clone_from(&self.admin_nav);
        layout
    }
}

impl<S: Store> FromRequestParts<Arc<Console<S>>> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        console: &Arc<Console<S>>,
    ) -> Result<SignedIn, Response> {
        let origin = console.origin(parts);
        let (token, session) = match current_session(console, &parts.headers).await {
            Ok(Some(found)) => found,
            Ok(None) => return Err(redirect("/console/signin")),
            Err(e) => return Err(internal_error(&e)),
        };
        if session.stage != Stage::Active {
            return Err(redirect(stage_page(session.stage)));
        }
        let caller = match console.iam.console_caller(&session, &origin).await {
            Ok(Some(c)) => c,
            Ok(None) => {
                // The user was deleted (or replaced): the session ends.
                let _ = console.iam.console_sign_out(&token).await;
                return Err(redirect("/console/signin"));
            }
            Err(e) => return Err(internal_error(&e)),
        };
        let csrf = csrf::token(token.as_str());
        let admin_nav = nav(console, &caller).await;
        Ok(SignedIn {
            token,
            session,
            caller,
            origin,
            csrf,
            admin_nav,
        })
    }
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
