//! The analyzer in a running server: after a change that can create or resolve a lockout
//! (policies, groups, boundaries, login profiles, MFA devices, the password policy), the
//! checks run again off the request path, bursts coalesced into one run; each lockout finding
//! not seen in the previous run is logged as a warning, and the latest report is kept for the
//! console. API responses are untouched.
//!
//! ```text
//! request ─► operation succeeds ─► Iam::publish_change(op) ─► LockoutWatch (a ChangeListener):
//!                                    triggers_analysis(op)? ─► a pending wake-up (more
//!                                                              │ changes add none)
//!                                                              ▼
//! watch_lockouts task: wait ─► settle (250 ms) ─► run_checks ─► warn new lockouts ─► keep report
//! ```

use std::collections::HashSet;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use iamd_core::Operation;
use iamd_core::events::{Change, ChangeListener};
use tokio::sync::Notify;

use crate::{CheckOptions, Finding, Report, run_checks};
use iamd_core::service::Iam;
use iamd_core::store::Store;

/// How long a burst of changes is given to finish before the analysis runs.
const SETTLE: Duration = Duration::from_millis(250);

/// Whether a successful `operation` (its name, e.g. `PutGroupPolicy`) can change the
/// analysis: the catalog's [`Operation::changes_authorization`].
pub fn triggers_analysis(operation: &str) -> bool {
    Operation::from_name(operation).is_some_and(Operation::changes_authorization)
}

/// The trigger and the latest report of a running server.
#[derive(Debug, Default)]
pub struct LockoutWatch {
    changed: Notify,
    latest: RwLock<Option<Arc<Report>>>,
}

impl LockoutWatch {
    /// Ask for a new analysis (cheap; many calls before it runs make one run).
    pub fn changed(&self) {
        self.changed.notify_one();
    }

    /// The report of the latest analysis, if one has run.
    pub fn latest(&self) -> Option<Arc<Report>> {
        self.latest.read().ok().and_then(|r| r.clone())
    }

    fn keep(&self, report: Report) {
        if let Ok(mut latest) = self.latest.write() {
            *latest = Some(Arc::new(report));
        }
    }
}

impl ChangeListener for LockoutWatch {
    fn changed(&self, change: &Change<'_>) {
        if triggers_analysis(change.operation) {
            self.changed();
        }
    }
}

/// The lockout watch of an account, found among its change listeners.
pub trait IamLockoutWatch {
    /// The analyzer's trigger and latest report: subscribed to the account's changes the
    /// first time it is asked for, the same one afterwards.
    fn lockout_watch(&self) -> Arc<LockoutWatch>;
}

impl<S: Store> IamLockoutWatch for Iam<S> {
    fn lockout_watch(&self) -> Arc<LockoutWatch> {
        self.change_listeners()
            .get_or_subscribe(LockoutWatch::default)
    }
}

/// What makes a lockout finding "the same" from one run to the next: check, resource and the
/// blocking statements.
pub type FindingKey = (String, String, Vec<(String, Option<String>)>);

fn identity(f: &Finding) -> FindingKey {
    (
        f.id.clone(),
        f.resource.clone(),
        f.blocking
            .iter()
            .map(|b| (b.policy.clone(), b.statement.clone()))
            .collect(),
    )
}

/// Run the analysis now, warn about new lockouts, keep the report. Returns the new lockouts.
pub async fn analyze_now<S: Store>(iam: &Iam<S>, seen: &mut HashSet<FindingKey>) -> Vec<Finding> {
    let report = match run_checks(iam, &CheckOptions::all(iam.now())).await {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!(error = %e, "the lockout analysis could not run");
            return Vec::new();
        }
    };
    let now: HashSet<_> = report.lockouts().map(identity).collect();
    let fresh: Vec<Finding> = report
        .lockouts()
        .filter(|f| !seen.contains(&identity(f)))
        .cloned()
        .collect();
    for f in &fresh {
        let blocking = f
            .blocking
            .iter()
            .map(|b| match &b.statement {
                Some(s) => format!("statement {s} of {} ({})", b.policy, b.attached),
                None => format!("{} ({})", b.policy, b.attached),
            })
            .collect::<Vec<_>>()
            .join("; ");
        tracing::warn!(
            check = %f.id,
            resource = %f.resource,
            blocking = %blocking,
            fix = %f.fix,
            "lockout: {}",
            f.detail
        );
    }
    *seen = now;
    iam.lockout_watch().keep(report);
    fresh
}

/// The server's analysis task: once at start, then after every triggering change. Runs until
/// the task is dropped.
pub async fn watch_lockouts<S: Store>(iam: Arc<Iam<S>>) {
    let watch = iam.lockout_watch();
    let mut seen = HashSet::new();
    analyze_now(&iam, &mut seen).await;
    loop {
        watch.changed.notified().await;
        tokio::time::sleep(SETTLE).await;
        analyze_now(&iam, &mut seen).await;
    }
}
