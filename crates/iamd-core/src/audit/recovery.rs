//! The outbox's other half: at start (and, on a shared store, now and then) the records of
//! changes that committed but never reached the trail are appended to it; settled rows are
//! deleted off the request path.

use std::collections::HashSet;

use serde_json::json;

use iamd_audit::present;
use iamd_audit::{AuditLog, Record};

use super::outbox::Intent;
use crate::error::CoreError;
use crate::service::Iam;
use crate::store::{Kind, Query, Store, WriteBatch};

/// What `additionalEventData` says of a record recovered from the outbox.
fn recovered_note() -> serde_json::Value {
    json!({
        "recoveredFromOutbox": true,
        "note": "The change was committed but the request ended before its record was written; the record was written at the next start and its responseElements are unknown.",
    })
}

/// Append the records of changes that committed but never reached the trail (the process
/// stopped in between), then delete every outbox row. Run at start, before serving.
/// Returns how many records were recovered.
pub async fn recover<S: Store>(iam: &Iam<S>, log: &AuditLog) -> Result<usize, CoreError> {
    recover_older_than(iam, log, time::Duration::ZERO).await
}

/// As [`recover`], for the rows whose change is older than `grace` only. Nodes sharing a
/// store run this (at start and periodically) with a grace longer than a live node takes to
/// settle its own rows, so that they take over the rows of a node that died without
/// appending the records of calls still in flight elsewhere.
pub async fn recover_older_than<S: Store>(
    iam: &Iam<S>,
    log: &AuditLog,
    grace: time::Duration,
) -> Result<usize, CoreError> {
    let rows = iam
        .store
        .list(iam.account_id(), &Query::all(Kind::AuditOutbox))
        .await?;
    if rows.records.is_empty() {
        return Ok(0);
    }
    let cutoff = iam.now() - grace;
    let old_enough = |r: &Record| {
        time::OffsetDateTime::parse(
            &r.event_time,
            &time::format_description::well_known::Rfc3339,
        )
        .map_or(true, |at| at <= cutoff)
    };
    let mut pending = Vec::new();
    for row in &rows.records {
        match serde_json::from_str::<Record>(&row.data) {
            Ok(r) if !old_enough(&r) => {}
            Ok(r) => pending.push(r),
            Err(e) => tracing::error!(
                event_id = %row.key,
                error = %e,
                "audit outbox: a row could not be read; it is left in place"
            ),
        }
    }
    let wanted: HashSet<&str> = pending.iter().map(|r| r.event_id.as_str()).collect();
    // Rows are a few seconds old at most: only the days from the oldest one on are read.
    let from = pending
        .iter()
        .map(Record::day)
        .min()
        .unwrap_or("")
        .to_string();
    let present = present::present(log, &from, &wanted)?;
    let mut recovered = 0;
    for mut record in pending
        .iter()
        .filter(|r| !present.contains(&r.event_id))
        .cloned()
    {
        record.additional_event_data = Some(recovered_note());
        log.append(&record, true).await?;
        recovered += 1;
        tracing::warn!(
            event_id = %record.event_id,
            event_name = %record.event_name,
            "audit trail: recovered the record of a change whose request was interrupted"
        );
    }
    if pending.is_empty() {
        return Ok(0);
    }
    let mut batch = WriteBatch::new();
    for r in &pending {
        batch = batch.delete(Kind::AuditOutbox, r.event_id.clone());
    }
    iam.store.write(iam.account_id(), batch).await?;
    Ok(recovered)
}

impl<S: Store> Iam<S> {
    /// The record of `intent` is durably in the trail: its outbox row may go (deleted by the
    /// next [`Iam::purge_audit_outbox`]).
    pub fn audit_settled(&self, intent: &Intent) {
        if !intent.written() {
            return;
        }
        if let Ok(mut settled) = self.outbox_settled.lock() {
            settled.push(intent.event_id().to_string());
        }
    }

    /// Delete the outbox rows of settled records, in one transaction (run periodically, off
    /// the request path, and at shutdown).
    pub async fn purge_audit_outbox(&self) -> Result<(), CoreError> {
        let ids = match self.outbox_settled.lock() {
            Ok(mut settled) if !settled.is_empty() => std::mem::take(&mut *settled),
            _ => return Ok(()),
        };
        let mut batch = WriteBatch::new();
        for id in &ids {
            batch = batch.delete(Kind::AuditOutbox, id.clone());
        }
        // Not `Iam::write`: removing bookkeeping rows changes nothing a cache holds.
        if let Err(e) = self.store.write(&self.account, batch).await {
            // Kept for the next round; recovery also drops rows already in the trail.
            if let Ok(mut settled) = self.outbox_settled.lock() {
                settled.extend(ids);
            }
            return Err(e.into());
        }
        Ok(())
    }
}
