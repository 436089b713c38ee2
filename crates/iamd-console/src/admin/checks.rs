//! The account's checks: compliance findings (Security Hub's IAM controls, CIS) and the
//! lockout analyzer's, and the privilege-escalation paths to an administrator, computed now. Shown to principals allowed
//! `iam:GetAccountAuthorizationDetails`: the findings describe every user's credentials and
//! policies, which that operation discloses anyway.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use iamd_check::{CheckOptions, Finding, run_checks};
use iamd_core::CoreError;
use iamd_core::store::Store;

use crate::page;
use crate::page::{allowed, refused_page};
use crate::session::SignedIn;
use crate::view::{self, Layout, Notice};
use crate::web::Console;

struct Row {
    severity: String,
    severity_class: String,
    id: String,
    related: String,
    title: String,
    resource: String,
    detail: String,
    fix: String,
    blocking: Vec<String>,
    lockout: bool,
}

impl From<Finding> for Row {
    fn from(f: Finding) -> Row {
        Row {
            severity: f.severity.as_str().to_string(),
            severity_class: f.severity.as_str().to_ascii_lowercase(),
            related: f.related.join(", "),
            lockout: f.category == iamd_check::Category::Lockout,
            blocking: f
                .blocking
                .iter()
                .map(|b| match &b.statement {
                    Some(s) => format!("statement {s} of {} ({})", b.policy, b.attached),
                    None => format!("{} ({})", b.policy, b.attached),
                })
                .collect(),
            id: f.id,
            title: f.title,
            resource: f.resource,
            detail: f.detail,
            fix: f.fix,
        }
    }
}

#[derive(Template)]
#[template(path = "admin_checks.html")]
struct ChecksPage {
    layout: Layout,
    notices: Vec<Notice>,
    summary: String,
    as_of: String,
    rows: Vec<Row>,
    paths_summary: String,
    paths: Vec<super::escalation::PathRow>,
}

/// How many lockout findings the account has now (0 when the analysis cannot run).
pub(crate) async fn lockout_count<S: Store>(console: &Console<S>) -> usize {
    let options = CheckOptions {
        as_of: console.iam.now(),
        compliance: false,
        lockout: true,
    };
    run_checks(&console.iam, &options)
        .await
        .map(|r| r.lockouts().count())
        .unwrap_or(0)
}

/// GET /console/checks
pub async fn page<S: Store>(State(console): State<Arc<Console<S>>>, who: SignedIn) -> Response {
    let account = console.iam.account_id().to_string();
    if !allowed(&console, &who, "GetAccountAuthorizationDetails", "*").await {
        let e = CoreError::AccessDenied("GetAccountAuthorizationDetails".into());
        return refused_page(
            &console,
            &who,
            "Checks",
            "The account's checks cannot be shown",
            "GetAccountAuthorizationDetails",
            "*",
            &e,
        )
        .await;
    }
    let report = match run_checks(&console.iam, &CheckOptions::all(console.iam.now())).await {
        Ok(r) => r,
        Err(e) => return view::internal_error(&e),
    };
    let (paths_summary, paths) = match super::escalation::rows(&console).await {
        Ok(found) => found,
        Err(e) => return view::internal_error(&e),
    };
    view::render(
        StatusCode::OK,
        &ChecksPage {
            layout: who.layout("Checks", &account),
            notices: page::flash_notices(&console, &who),
            summary: report.summary.line(),
            as_of: view::when(report.as_of),
            rows: report.findings.into_iter().map(Row::from).collect(),
            paths_summary,
            paths,
        },
    )
}
