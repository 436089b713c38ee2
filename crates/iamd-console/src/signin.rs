//! Sign-in, its MFA and new-password stages, sign-out, and the home page.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use iamd_core::CoreError;
use iamd_core::ops::console::{MfaCheck, SessionToken, SignIn, SignInForm, Stage};
use iamd_core::ops::passwords::Password;
use iamd_core::ops::throttle::Locked;
use iamd_core::store::Store;

use crate::csrf;
use crate::page::{flash_notices, password_change_notice, readable_rules};
use crate::respond;
use crate::session;
use crate::session::SignedIn;
use crate::view::{self, Layout, Notice, Rule};
use crate::web::{self, Console, Flash, Form};

#[derive(Template)]
#[template(path = "signin.html")]
struct SignInPage {
    layout: Layout,
    notices: Vec<Notice>,
    csrf: String,
    account: String,
    username: String,
    root: bool,
}

#[derive(Template)]
#[template(path = "mfa.html")]
struct MfaPage {
    layout: Layout,
    notices: Vec<Notice>,
    csrf: String,
    who: String,
}

#[derive(Template)]
#[template(path = "new_password.html")]
struct NewPasswordPage {
    layout: Layout,
    notices: Vec<Notice>,
    csrf: String,
    who: String,
    reason: String,
    rules: Option<Vec<Rule>>,
    rules_id: &'static str,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    notices: Vec<Notice>,
    account: String,
    arn: String,
    mfa: bool,
    since: String,
}

/// A random value for the pre-sign-in cookie.
fn random_token() -> Option<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).ok()?;
    Some(data_encoding::BASE64URL_NOPAD.encode(&bytes))
}

fn sign_in_page(
    status: StatusCode,
    csrf: String,
    account: String,
    username: String,
    root: bool,
    notices: Vec<Notice>,
) -> Response {
    view::render(
        status,
        &SignInPage {
            layout: Layout::anonymous("Sign in"),
            notices,
            csrf,
            account,
            username,
            root,
        },
    )
}

/// GET /console/signin: the form. The account may be given as `?account=` (a sign-in link
/// per account, as AWS's); nothing secret ever is.
pub async fn get_sign_in<S: Store>(
    State(console): State<Arc<Console<S>>>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    if let Ok(Some((_, s))) = session::current_session(&console, &headers).await {
        return respond::redirect(session::stage_page(s.stage));
    }
    let (presign, fresh) = match respond::cookie(&headers, respond::PRESIGN_COOKIE) {
        Some(v) => (v.to_string(), false),
        None => match random_token() {
            Some(t) => (t, true),
            None => {
                return view::internal_error(&CoreError::ServiceFailure("no randomness".into()));
            }
        },
    };
    let account = web::query_param(&uri, "account").unwrap_or_default();
    let page = sign_in_page(
        StatusCode::OK,
        csrf::token(&presign),
        account,
        String::new(),
        false,
        Vec::new(),
    );
    if fresh {
        // Set over plain HTTP too; the cookie only binds the form's token to this browser.
        respond::with_cookie(
            page,
            &respond::set_cookie(respond::PRESIGN_COOKIE, &presign, false),
        )
    } else {
        page
    }
}

/// POST /console/signin: the password step.
pub async fn post_sign_in<S: Store>(
    State(console): State<Arc<Console<S>>>,
    parts: axum::http::request::Parts,
    form: Form,
) -> Response {
    let presign = respond::cookie(&parts.headers, respond::PRESIGN_COOKIE).unwrap_or("");
    if let Err(refused) = form.check_csrf(presign) {
        return refused;
    }
    let origin = console.origin(&parts);
    let root = form.get("kind") == "root";
    let user_name = form.get("username").trim();
    let password = Password::new(form.get("password").to_string());
    let account = form.get("account").trim();
    let attempt = SignInForm {
        account,
        user_name: if root { None } else { Some(user_name) },
        password: &password,
    };
    let failed = |notice: Notice| {
        sign_in_page(
            StatusCode::UNAUTHORIZED,
            csrf::token(presign),
            account.to_string(),
            user_name.to_string(),
            root,
            vec![notice],
        )
    };
    if !root && user_name.is_empty() {
        return failed(Notice::error(
            "Enter your IAM user name",
            vec!["Or choose \"Root user\" to sign in with the account's root password.".into()],
        ));
    }
    let outcome = console.iam.console_sign_in(&attempt, &origin).await;
    if let Ok((_, Some(recorded))) = &outcome {
        console.audit_sign_in(recorded).await;
    }
    match outcome.map(|(o, _)| o) {
        Err(CoreError::Throttling(_)) => failed(Notice::error(
            "Sign-in is busy",
            vec!["Too many sign-ins are being checked right now. Wait a moment and try again.".into()],
        )),
        Err(e) => view::internal_error(&e),
        Ok(SignIn::Failed) => failed(Notice::error(
            "Sign-in failed",
            vec!["The account, user name or password is not correct, or this user has no console password. Check them and try again.".into()],
        )),
        Ok(SignIn::Locked(locked)) => locked_page(&locked, console.iam.now()),
        Ok(SignIn::HardExpired) => view::message_page(
            StatusCode::FORBIDDEN,
            &Layout::anonymous("Password expired"),
            Notice::error(
                "Your password has expired and an administrator must reset it",
                vec![
                    "The account's password policy does not let users set a new password once theirs has expired (HardExpiry).".into(),
                    "Ask an administrator to set a new password for you (UpdateLoginProfile); you will then be able to sign in.".into(),
                ],
            ),
        ),
        Ok(SignIn::Started { token, session }) => {
            let r = respond::redirect(session::stage_page(session.stage));
            let r = respond::with_cookie(
                r,
                &respond::set_cookie(respond::SESSION_COOKIE, token.as_str(), origin.secure_transport),
            );
            respond::with_cookie(r, &respond::clear_cookie(respond::PRESIGN_COOKIE, false))
        }
    }
}

fn who(session: &iamd_core::ops::console::ConsoleSession) -> String {
    session.user_name().unwrap_or("root").to_string()
}

/// GET /console/signin/mfa
pub async fn get_mfa<S: Store>(
    State(console): State<Arc<Console<S>>>,
    headers: HeaderMap,
) -> Response {
    match session::current_session(&console, &headers).await {
        Err(e) => view::internal_error(&e),
        Ok(None) => respond::redirect("/console/signin"),
        Ok(Some((_, s))) if s.stage != Stage::Mfa => {
            respond::redirect(session::stage_page(s.stage))
        }
        Ok(Some((token, s))) => mfa_page(StatusCode::OK, &token, &s, Vec::new()),
    }
}

fn mfa_page(
    status: StatusCode,
    token: &SessionToken,
    s: &iamd_core::ops::console::ConsoleSession,
    notices: Vec<Notice>,
) -> Response {
    view::render(
        status,
        &MfaPage {
            layout: Layout::anonymous("Multi-factor authentication"),
            notices,
            csrf: csrf::token(token.as_str()),
            who: who(s),
        },
    )
}

/// POST /console/signin/mfa
pub async fn post_mfa<S: Store>(
    State(console): State<Arc<Console<S>>>,
    parts: axum::http::request::Parts,
    form: Form,
) -> Response {
    let Some(value) = respond::cookie(&parts.headers, respond::SESSION_COOKIE) else {
        return respond::redirect("/console/signin");
    };
    if let Err(refused) = form.check_csrf(value) {
        return refused;
    }
    let token = SessionToken::from_cookie(value);
    let origin = console.origin(&parts);
    let outcome = console
        .iam
        .console_verify_mfa(&token, form.get("code"), &origin)
        .await;
    if let Ok((_, Some(recorded))) = &outcome {
        console.audit_sign_in(recorded).await;
    }
    let secure = origin.secure_transport;
    let ended = |response: Response| {
        respond::with_cookie(
            response,
            &respond::clear_cookie(respond::SESSION_COOKIE, secure),
        )
    };
    match outcome.map(|(s, _)| s) {
        Err(e) => view::internal_error(&e),
        Ok(MfaCheck::NoSession) => respond::redirect("/console/signin"),
        Ok(MfaCheck::Rejected {
            session,
            tries_left,
        }) => mfa_page(
            StatusCode::UNAUTHORIZED,
            &token,
            &session,
            vec![Notice::error(
                "That code was not accepted",
                vec![
                    "Enter the code your authenticator app shows now. Each code works once; if the app's codes keep failing, its clock may be off.".into(),
                    format!(
                        "{tries_left} more {} in this sign-in; then you will need to sign in again.",
                        if tries_left == 1 { "try" } else { "tries" }
                    ),
                ],
            )],
        ),
        Ok(MfaCheck::Ended) => ended(view::message_page(
            StatusCode::UNAUTHORIZED,
            &Layout::anonymous("Sign-in ended"),
            Notice::error(
                "Sign-in ended after too many wrong codes",
                vec![
                    "Sign in again with your password, then enter the code your authenticator app shows now.".into(),
                    "If your device is lost or its codes are never accepted, ask an administrator to deactivate it.".into(),
                ],
            ),
        )),
        Ok(MfaCheck::Locked(locked)) => ended(locked_page(&locked, console.iam.now())),
        Ok(MfaCheck::Passed(s)) => respond::redirect(session::stage_page(s.stage)),
    }
}

/// The page a locked-out user sees: wait, or ask an administrator (nothing about which
/// user or address is locked, or whether the user exists).
fn locked_page(locked: &Locked, now: time::OffsetDateTime) -> Response {
    view::message_page(
        StatusCode::TOO_MANY_REQUESTS,
        &Layout::anonymous("Too many failed attempts"),
        Notice::error(
            "Too many failed attempts",
            vec![
                locked.message(now),
                "Nothing was checked this time: wait until then, or ask an administrator of the account to unlock your user.".into(),
            ],
        ),
    )
}

/// GET /console/signin/new-password
pub async fn get_new_password<S: Store>(
    State(console): State<Arc<Console<S>>>,
    parts: axum::http::request::Parts,
) -> Response {
    match session::current_session(&console, &parts.headers).await {
        Err(e) => view::internal_error(&e),
        Ok(None) => respond::redirect("/console/signin"),
        Ok(Some((_, s))) if s.stage != Stage::NewPassword => {
            respond::redirect(session::stage_page(s.stage))
        }
        Ok(Some((token, s))) => {
            new_password_page(&console, &parts, StatusCode::OK, &token, &s, Vec::new()).await
        }
    }
}

async fn new_password_page<S: Store>(
    console: &Console<S>,
    parts: &axum::http::request::Parts,
    status: StatusCode,
    token: &SessionToken,
    s: &iamd_core::ops::console::ConsoleSession,
    notices: Vec<Notice>,
) -> Response {
    let origin = console.origin(parts);
    let caller = match console.iam.console_caller(s, &origin).await {
        Ok(Some(c)) => c,
        Ok(None) => return respond::redirect("/console/signin"),
        Err(e) => return view::internal_error(&e),
    };
    let reason = match console.iam.password_state(&who(s)).await {
        Ok(iamd_core::ops::passwords::PasswordState::Expired { .. }) => {
            "Your password has expired."
        }
        _ => "An administrator requires you to set a new password at this sign-in.",
    };
    view::render(
        status,
        &NewPasswordPage {
            layout: Layout::anonymous("Set a new password"),
            notices,
            csrf: csrf::token(token.as_str()),
            who: who(s),
            reason: reason.to_string(),
            rules: readable_rules(console, &caller).await,
            rules_id: "rules",
        },
    )
}

/// POST /console/signin/new-password: ChangePassword as this session.
pub async fn post_new_password<S: Store>(
    State(console): State<Arc<Console<S>>>,
    parts: axum::http::request::Parts,
    form: Form,
) -> Response {
    let Some(value) = respond::cookie(&parts.headers, respond::SESSION_COOKIE) else {
        return respond::redirect("/console/signin");
    };
    if let Err(refused) = form.check_csrf(value) {
        return refused;
    }
    let (token, s) = match session::current_session(&console, &parts.headers).await {
        Err(e) => return view::internal_error(&e),
        Ok(None) => return respond::redirect("/console/signin"),
        Ok(Some((_, s))) if s.stage != Stage::NewPassword => {
            return respond::redirect(session::stage_page(s.stage));
        }
        Ok(Some(found)) => found,
    };
    let origin = console.origin(&parts);
    let caller = match console.iam.console_caller(&s, &origin).await {
        Ok(Some(c)) => c,
        Ok(None) => return respond::redirect("/console/signin"),
        Err(e) => return view::internal_error(&e),
    };
    if form.get("new") != form.get("confirm") {
        let n = Notice::error(
            "The new passwords do not match",
            vec!["Type the same new password in both fields.".into()],
        );
        return new_password_page(
            &console,
            &parts,
            StatusCode::BAD_REQUEST,
            &token,
            &s,
            vec![n],
        )
        .await;
    }
    let old = Password::new(form.get("old").to_string());
    let new = Password::new(form.get("new").to_string());
    let arn = caller.principal.arn.clone();
    let result = console
        .audited(
            &caller,
            &origin,
            "ChangePassword",
            serde_json::Value::Null,
            console.iam.change_password(&caller, &old, &new),
        )
        .await;
    match result {
        Ok(()) => {
            if let Err(e) = console.iam.console_password_changed(&token).await {
                return view::internal_error(&e);
            }
            console.push_flash(
                &csrf::token(token.as_str()),
                Flash::Notice(Notice::success(
                    "Your new password is set. You are signed in.",
                )),
            );
            respond::redirect("/console/")
        }
        Err(e) => {
            let n = password_change_notice(&console, &caller, &arn, &e).await;
            new_password_page(&console, &parts, StatusCode::FORBIDDEN, &token, &s, vec![n]).await
        }
    }
}

/// POST /console/signout: ends the session (at any stage).
pub async fn post_sign_out<S: Store>(
    State(console): State<Arc<Console<S>>>,
    parts: axum::http::request::Parts,
    form: Form,
) -> Response {
    let Some(value) = respond::cookie(&parts.headers, respond::SESSION_COOKIE) else {
        return respond::redirect("/console/signin");
    };
    if let Err(refused) = form.check_csrf(value) {
        return refused;
    }
    let token = SessionToken::from_cookie(value);
    let origin = console.origin(&parts);
    if let Ok(Some(session)) = console.iam.console_session(&token).await
        && session.stage == Stage::Active
        && let Ok(Some(caller)) = console.iam.console_caller(&session, &origin).await
    {
        console.audit_sign_out(&caller, &origin).await;
    }
    if let Err(e) = console.iam.console_sign_out(&token).await {
        return view::internal_error(&e);
    }
    let secure = origin.secure_transport;
    respond::with_cookie(
        respond::redirect("/console/signin"),
        &respond::clear_cookie(respond::SESSION_COOKIE, secure),
    )
}

/// GET /console/: home.
pub async fn home<S: Store>(State(console): State<Arc<Console<S>>>, who: SignedIn) -> Response {
    let account = console.iam.account_id().to_string();
    view::render(
        StatusCode::OK,
        &HomePage {
            layout: who.layout("Console home", &account),
            notices: flash_notices(&console, &who),
            arn: who.caller.principal.arn.clone(),
            mfa: who.session.mfa_at.is_some(),
            since: view::when(who.session.issued),
            account,
        },
    )
}
