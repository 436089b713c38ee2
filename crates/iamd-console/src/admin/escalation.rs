//! The privilege-escalation paths on the checks page: each principal's shortest path to an
//! administrator, as `iamd paths` finds it (`iamd_access::paths`), one line a step.

use iamd_access::paths::{PathQuery, Step, Target};
use iamd_access::{Principals, paths};
use iamd_core::CoreError;
use iamd_core::store::Store;
use iamd_policy::RequestContext;

use crate::web::Console;

/// One path, for the page.
pub(crate) struct PathRow {
    pub from: String,
    pub to: String,
    pub mfa: bool,
    /// One line a step: who does what, allowed by which statement.
    pub steps: Vec<String>,
}

/// The paths to admin, and a summary line.
pub(crate) async fn rows<S: Store>(
    console: &Console<S>,
) -> Result<(String, Vec<PathRow>), CoreError> {
    let principals = Principals::load(&console.iam).await?;
    // The search is CPU work over the whole account: off the request threads.
    let answer = tokio::task::spawn_blocking(move || {
        paths(
            &principals,
            &PathQuery {
                to: Target::Admin,
                from: None,
                pins: RequestContext::new(),
            },
        )
    })
    .await
    .map_err(|e| CoreError::ServiceFailure(format!("the path search failed: {e}")))?
    .map_err(CoreError::ServiceFailure)?;
    let summary = format!(
        "{} principal(s) can become an administrator; {} are administrators already",
        answer.summary.escalate, answer.summary.targets
    );
    let rows = answer
        .paths
        .into_iter()
        .map(|p| {
            let mut steps: Vec<String> = p
                .hops
                .iter()
                .map(|h| {
                    format!(
                        "{} becomes {} [{}]: {}",
                        h.source,
                        h.target,
                        h.method,
                        h.steps.iter().map(step).collect::<Vec<_>>().join("; ")
                    )
                })
                .collect();
            if let Some(g) = &p.grant {
                steps.push(format!(
                    "{} grants itself any policy [{}]: {}",
                    p.to,
                    g.method,
                    step(g)
                ));
            }
            PathRow {
                from: p.from,
                to: p.to,
                mfa: p.mfa_required,
                steps,
            }
        })
        .collect();
    Ok((summary, rows))
}

fn step(s: &Step) -> String {
    let by = s
        .statements
        .first()
        .map(|st| format!(", allowed by {st}"))
        .unwrap_or_default();
    format!(
        "{} on {}{}{by}",
        s.action,
        s.resource,
        if s.mfa_required { " with MFA" } else { "" }
    )
}
