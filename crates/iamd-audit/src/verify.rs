//! `iamd audit verify`: check every file of the trail against its signed digest and name
//! each record or file that was changed, removed, inserted or moved.
//!
//! Read-only: it may run while `iamd serve` appends. Each file is read once, a line at a time,
//! beside its digest (bounded memory whatever its size); only past a first difference are the
//! rest's fingerprints (hash and eventID per line, never the records) kept to name every
//! change. Lines at the end of the newest file that its digest does not cover are flagged as
//! unsigned (after a second look: the server writes their entries within milliseconds); a
//! torn last line there is a note (a write cut short by a crash, never acknowledged).
//!
//! Cutting the newest day's end (records and digest entries together, back to a whole batch)
//! leaves a shorter but consistent chain: only a signature kept elsewhere shows it. The report
//! names the trail's last signature ([`Report::head`]); [`verify_anchored`] checks that an
//! earlier one is still in the trail (see docs/audit.md).

mod file;
mod report;

use std::path::Path;
use std::time::Duration;

use crate::chain::SigningKey;
use crate::error::AuditError;
use crate::log::AUDIT_DIR;
use crate::writer::days;
use file::{Prev, check_file};
pub use report::Report;

/// Verify the trail of `data_dir`.
pub fn verify(data_dir: &Path) -> Result<Report, AuditError> {
    verify_anchored(data_dir, None)
}

/// Verify the trail of `data_dir`; with `anchor` (a signature taken earlier from
/// [`Report::head`] and kept elsewhere), also that the trail still holds it: a trail cut back
/// to before it, or replaced, does not.
pub fn verify_anchored(data_dir: &Path, anchor: Option<&str>) -> Result<Report, AuditError> {
    let dir = data_dir.join(AUDIT_DIR);
    let all = days(&dir)?;
    let mut report = Report::default();
    if all.is_empty() {
        report
            .notes
            .push(format!("{} holds no audit records", dir.display()));
        if let Some(a) = anchor {
            report.problems.push(format!(
                "the anchored signature {a} is not in the trail (the trail was removed)"
            ));
        }
        return Ok(report);
    }
    let key = SigningKey::load(data_dir, false)?;
    let latest = all.iter().next_back().cloned().unwrap_or_default();
    let mut prev: Option<Prev> = None;
    let mut anchored = false;
    for day in &all {
        let is_latest = *day == latest;
        let mut file = check_file(&key, &dir, day, is_latest, prev.as_ref(), &all, anchor)?;
        if is_latest && file.unsigned > 0 {
            // The server may be writing these lines now: their entries follow within
            // milliseconds. Only lines still uncovered after a second look are flagged.
            std::thread::sleep(Duration::from_millis(500));
            file = check_file(&key, &dir, day, is_latest, prev.as_ref(), &all, anchor)?;
        }
        anchored |= file.anchored;
        report.merge(file.report);
        if let Some(p) = file.prev {
            prev = Some(p);
        }
    }
    if let Some(a) = anchor
        && !anchored
    {
        report.problems.push(format!(
            "the anchored signature {a} is not in the trail: records were cut from its end after it was taken, or the trail was replaced"
        ));
    }
    Ok(report)
}

#[cfg(test)]
mod trail_tests {
    use super::*;
    use crate::record::{ApiCall, EventSource, Record, UserIdentity};
    use crate::{AUDIT_DIR, AuditLog};
    use time::macros::datetime;

    fn record(t: time::OffsetDateTime, user: &str) -> Record {
        Record::api_call(ApiCall {
            source: EventSource::Iam,
            operation: "CreateUser",
            identity: UserIdentity::unknown(None),
            source_ip: "127.0.0.1",
            user_agent: "test",
            request_parameters: serde_json::json!({ "userName": user }),
            response_elements: serde_json::Value::Null,
            error: None,
            request_id: "r",
            recipient_account_id: "123456789012",
            time: t,
        })
    }

    /// Three days of records, written through the log (rotation at each new day).
    async fn three_days(dir: &Path) {
        let log = AuditLog::open(dir).unwrap();
        for (day, t) in [
            (1, datetime!(2026-01-01 10:00 UTC)),
            (2, datetime!(2026-01-02 10:00 UTC)),
            (3, datetime!(2026-01-03 10:00 UTC)),
        ] {
            for i in 0..3 {
                log.append(&record(t, &format!("u{day}-{i}")), true)
                    .await
                    .unwrap();
            }
        }
        log.close().unwrap();
    }

    #[tokio::test]
    async fn rotation_chains_days_and_verify_names_removed_and_inserted_files() {
        let tmp = tempfile::tempdir().unwrap();
        three_days(tmp.path()).await;
        let audit = tmp.path().join(AUDIT_DIR);
        let r = verify(tmp.path()).unwrap();
        assert!(r.intact(), "{r:?}");
        assert_eq!((r.files, r.records), (3, 9));

        // The middle day removed entirely (records and digest).
        let hide = |name: &str| {
            std::fs::rename(audit.join(name), tmp.path().join(name)).unwrap();
        };
        let unhide = |name: &str| {
            std::fs::rename(tmp.path().join(name), audit.join(name)).unwrap();
        };
        hide("2026-01-02.jsonl");
        hide("2026-01-02.digest");
        let r = verify(tmp.path()).unwrap();
        assert_eq!(
            r.problems,
            vec![
                "file 2026-01-02.jsonl was removed (the digest of 2026-01-03.jsonl names it as the file before)"
                    .to_string()
            ]
        );
        unhide("2026-01-02.jsonl");
        unhide("2026-01-02.digest");
        assert!(verify(tmp.path()).unwrap().intact());

        // The last record of a closed day cut off (with its digest entries rewritten by
        // someone without the key: impossible, so only the records are cut).
        let day1 = audit.join("2026-01-01.jsonl");
        let text = std::fs::read_to_string(&day1).unwrap();
        let kept: Vec<&str> = text.lines().take(2).collect();
        std::fs::write(&day1, format!("{}\n", kept.join("\n"))).unwrap();
        let r = verify(tmp.path()).unwrap();
        assert_eq!(r.problems.len(), 1, "{r:?}");
        assert!(r.problems[0].starts_with("2026-01-01.jsonl: record 3 (eventID "));
        assert!(r.problems[0].ends_with(" was removed"));
        std::fs::write(&day1, text).unwrap();

        // A forged day between two real ones (copied from another trail).
        let other = tempfile::tempdir().unwrap();
        three_days(other.path()).await;
        for ext in ["jsonl", "digest"] {
            std::fs::copy(
                other
                    .path()
                    .join(AUDIT_DIR)
                    .join(format!("2026-01-01.{ext}")),
                audit.join(format!("2026-01-01T.{ext}")),
            )
            .unwrap();
        }
        // Not a day name: ignored by the trail.
        assert!(verify(tmp.path()).unwrap().intact());
        for ext in ["jsonl", "digest"] {
            std::fs::rename(
                audit.join(format!("2026-01-01T.{ext}")),
                audit
                    .join(format!("2026-01-01.{ext}"))
                    .with_file_name(format!("2025-12-31.{ext}")),
            )
            .unwrap();
        }
        let r = verify(tmp.path()).unwrap();
        assert!(!r.intact());
        assert!(
            r.problems.iter().any(|p| p
                == "file 2025-12-31.jsonl was inserted: 2025-12-31.digest is not signed with this trail's key"),
            "{r:?}"
        );
    }

    #[tokio::test]
    async fn a_restart_continues_the_day_and_its_chain() {
        let tmp = tempfile::tempdir().unwrap();
        three_days(tmp.path()).await;
        let log = AuditLog::open(tmp.path()).unwrap();
        log.append(&record(datetime!(2026-01-03 11:00 UTC), "later"), true)
            .await
            .unwrap();
        log.append(&record(datetime!(2026-01-04 00:00 UTC), "next-day"), true)
            .await
            .unwrap();
        log.close().unwrap();
        let r = verify(tmp.path()).unwrap();
        assert!(r.intact(), "{r:?}");
        assert_eq!((r.files, r.records), (4, 11));
    }

    /// Lines of a file, each with its newline.
    fn lines_of(path: &Path) -> Vec<String> {
        std::fs::read_to_string(path)
            .unwrap()
            .split_inclusive('\n')
            .map(str::to_string)
            .collect()
    }

    #[tokio::test]
    async fn the_newest_days_end_cut_with_its_entries_is_detected() {
        let tmp = tempfile::tempdir().unwrap();
        three_days(tmp.path()).await;
        let audit = tmp.path().join(AUDIT_DIR);
        let digest = audit.join("2026-01-03.digest");
        let log = audit.join("2026-01-03.jsonl");
        let before = verify(tmp.path()).unwrap();
        assert!(before.intact(), "{before:?}");
        let head = before.head.clone().unwrap();
        assert!(verify_anchored(tmp.path(), Some(&head)).unwrap().intact());

        // The last checkpoint cut: the digest ends in a record entry.
        let entries = lines_of(&digest);
        assert!(entries.last().unwrap().contains("\"checkpoint\""));
        std::fs::write(&digest, entries[..entries.len() - 1].concat()).unwrap();
        let r = verify(tmp.path()).unwrap();
        assert!(
            r.problems.iter().any(|p| p
                == "2026-01-03.digest ends in record entries without their checkpoint: entries (and their records) were cut from its end"),
            "{r:?}"
        );

        // The whole last batch cut (record, entry and checkpoint): a consistent shorter chain,
        // which only an anchor kept elsewhere shows.
        std::fs::write(&digest, entries[..entries.len() - 2].concat()).unwrap();
        let records = lines_of(&log);
        std::fs::write(&log, records[..records.len() - 1].concat()).unwrap();
        assert!(verify(tmp.path()).unwrap().intact());
        let r = verify_anchored(tmp.path(), Some(&head)).unwrap();
        assert_eq!(r.problems.len(), 1, "{r:?}");
        assert!(r.problems[0].starts_with(&format!(
            "the anchored signature {head} is not in the trail"
        )));
    }

    #[tokio::test]
    async fn appended_lines_are_flagged_and_never_signed_at_the_next_start() {
        let tmp = tempfile::tempdir().unwrap();
        three_days(tmp.path()).await;
        let audit = tmp.path().join(AUDIT_DIR);
        let log = audit.join("2026-01-03.jsonl");
        let mut forged =
            serde_json::to_value(record(datetime!(2026-01-03 12:00 UTC), "forged")).unwrap();
        forged["eventID"] = "00000000-0000-4000-8000-000000000000".into();
        let text = format!("{}{}\n", std::fs::read_to_string(&log).unwrap(), forged);
        std::fs::write(&log, &text).unwrap();
        let r = verify(tmp.path()).unwrap();
        assert_eq!(
            r.problems,
            vec!["2026-01-03.jsonl line 4: record (eventID 00000000-0000-4000-8000-000000000000) is not signed: its digest does not cover it (appended by someone else, or written just before an unclean stop; the next start moves it aside)".to_string()]
        );

        // The next start moves it aside, says so in a signed entry, and signs nothing of it.
        let opened = AuditLog::open(tmp.path()).unwrap();
        opened.close().unwrap();
        assert_eq!(lines_of(&log).len(), 3);
        let aside: Vec<_> = std::fs::read_dir(&audit)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("2026-01-03.jsonl.unsigned-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert!(
            std::fs::read_to_string(audit.join(&aside[0]))
                .unwrap()
                .contains("00000000-0000-4000-8000-000000000000")
        );
        let r = verify(tmp.path()).unwrap();
        assert!(r.intact(), "{r:?}");
        assert!(
            r.notes.iter().any(|n| n.starts_with("1 line(s) found past the digest of 2026-01-03.jsonl at a start were moved to 2026-01-03.jsonl.unsigned-")),
            "{r:?}"
        );
    }
}
