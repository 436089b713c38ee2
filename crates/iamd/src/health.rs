//! `GET /healthz` and `GET /readyz` for load balancers and orchestrators: no authentication,
//! no account data in the answer.
//!
//! `/healthz` says the process answers HTTP. `/readyz` says it can serve: the store answers
//! (the migrations ran before the listener opened) and the account is there; otherwise
//! `503` so the load balancer sends requests to another node.

use std::sync::Arc;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::get;
use iamd_core::Iam;
use iamd_core::store::{Kind, Store};

pub fn router<S: Store>(iam: Arc<Iam<S>>) -> Router {
    Router::new()
        .route("/healthz", get(|| async { (StatusCode::OK, "ok\n") }))
        .route(
            "/readyz",
            get(move || {
                let iam = iam.clone();
                async move { ready(&iam).await }
            }),
        )
}

async fn ready<S: Store>(iam: &Iam<S>) -> (StatusCode, &'static str) {
    match iam.read_record(Kind::Account, "").await {
        Ok(Some(_)) => (StatusCode::OK, "ready\n"),
        Ok(None) => (StatusCode::SERVICE_UNAVAILABLE, "no account\n"),
        Err(e) => {
            tracing::warn!(error = %e, "not ready: the store does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n")
        }
    }
}
