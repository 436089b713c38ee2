//! The outbox: a change and its audit record commit together.
//!
//! The front door (API or console) builds the record of a state-changing call before running
//! it (an [`Intent`]: eventID, time, caller, redacted parameters) and runs the operation
//! inside [`Intent::scope`]. Every store write the operation makes then also puts the record,
//! as a [`Kind::AuditOutbox`] row keyed by eventID, in the same transaction
//! (`Iam::store_write`). Once the final record is durably in the trail the front door calls
//! [`Iam::audit_settled`]; settled rows are deleted in batches off the request path
//! ([`Iam::purge_audit_outbox`]). If the process dies between the commit and the append, the
//! row survives and `recovery::recover` (at start, before serving) appends it to the trail.
//!
//! Read-only calls get no intent and write nothing, so they pay nothing. The row is built
//! from the same redacted parameters as the record: no secret enters it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iamd_audit::{AuditError, Record};

use crate::store::{Kind, NewRecord, WriteBatch};

tokio::task_local! {
    /// The audit intent of the request this task is running, if it changes state.
    static INTENT: Intent;
}

/// The record a state-changing call will get, known before the call runs.
#[derive(Debug, Clone)]
pub struct Intent {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    event_id: String,
    /// The record skeleton as JSON (no response elements, no error).
    data: String,
    /// Whether a store write of the call carried the row (only then is there one to delete).
    written: AtomicBool,
}

impl Intent {
    /// The intent of the call whose record will be `skeleton` (already redacted); the final
    /// record must carry the same `eventID`.
    pub fn new(skeleton: &Record) -> Result<Intent, AuditError> {
        let data = serde_json::to_string(skeleton)
            .map_err(|e| AuditError::Invalid(format!("a record could not be encoded: {e}")))?;
        Ok(Intent {
            inner: Arc::new(Inner {
                event_id: skeleton.event_id.clone(),
                data,
                written: AtomicBool::new(false),
            }),
        })
    }

    pub fn event_id(&self) -> &str {
        &self.inner.event_id
    }

    /// Whether a committed write carried this intent's row.
    pub fn written(&self) -> bool {
        self.inner.written.load(Ordering::Acquire)
    }

    /// Run `f` (the operation) with this intent: its store writes carry the outbox row.
    pub async fn scope<F: Future>(&self, f: F) -> F::Output {
        INTENT.scope(self.clone(), f).await
    }
}

/// `batch` plus the current call's outbox row, when the call has an intent.
pub(crate) fn with_row(batch: WriteBatch) -> (WriteBatch, Option<Intent>) {
    match INTENT.try_with(Intent::clone) {
        Ok(intent) => {
            let row = NewRecord {
                kind: Kind::AuditOutbox,
                key: intent.inner.event_id.clone(),
                owner: None,
                reference: None,
                data: intent.inner.data.clone(),
            };
            (batch.put(row), Some(intent))
        }
        Err(_) => (batch, None),
    }
}

/// The write carrying `intent`'s row committed.
pub(crate) fn committed(intent: &Intent) {
    intent.inner.written.store(true, Ordering::Release);
}
