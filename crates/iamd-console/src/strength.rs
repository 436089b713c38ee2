//! `POST /console/password-strength`: zxcvbn's estimate of a password being typed, for the
//! password forms' live checks (the script calls it as the user types; without the script the
//! server's answer to the form says the same). Signed-in sessions only, with the page's CSRF
//! token; the password is neither logged nor kept.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use iamd_core::ops::common_passwords::estimate_off_runtime;
use iamd_core::store::Store;

use crate::respond;
use crate::session;
use crate::view;
use crate::web::{Console, Form};

pub async fn post_strength<S: Store>(
    State(console): State<Arc<Console<S>>>,
    parts: axum::http::request::Parts,
    form: Form,
) -> Response {
    let Some(value) = respond::cookie(&parts.headers, respond::SESSION_COOKIE) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    if let Err(refused) = form.check_csrf(value) {
        return refused;
    }
    match session::current_session(&console, &parts.headers).await {
        Ok(Some(_)) => {}
        Ok(None) => return StatusCode::UNAUTHORIZED.into_response(),
        Err(e) => return view::internal_error(&e),
    }
    let account = console.iam.account_id().to_string();
    let strength = match estimate_off_runtime(form.get("password"), vec![account]).await {
        Ok(s) => s,
        Err(e) => return view::internal_error(&e),
    };
    let body = serde_json::json!({
        "score": strength.score,
        "guessesLog10": (strength.guesses_log10 * 10.0).round() / 10.0,
        "common": strength.common,
    });
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body.to_string(),
    )
        .into_response()
}
