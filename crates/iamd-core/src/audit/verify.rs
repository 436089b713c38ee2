//! `iamd audit verify`: check every file of the trail against its signed digest and name
//! each record or file that was changed, removed, inserted or moved.
//!
//! Read-only: it may run while `iamd serve` appends. Records at the end of the newest file
//! that the digest does not cover yet (a write in progress, or one cut short by a crash and
//! never acknowledged) are reported as notes, not as tampering.

use std::collections::HashMap;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::AUDIT_DIR;
use super::AuditError;
use super::chain::{Entry, SigningKey, sha256_hex};
use super::writer::{days, digest_name, event_id_of, log_name, split_lines};

/// What `verify` found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub files: usize,
    pub records: u64,
    /// Evidence of tampering or loss; the trail is intact only when this is empty.
    pub problems: Vec<String>,
    /// Things worth knowing that are not tampering.
    pub notes: Vec<String>,
}

impl Report {
    pub fn intact(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The previous file in the chain.
struct Prev {
    name: String,
    last_mac: String,
}

/// Verify the trail of `data_dir`.
pub fn verify(data_dir: &Path) -> Result<Report, AuditError> {
    let dir = data_dir.join(AUDIT_DIR);
    let all = days(&dir)?;
    let mut report = Report::default();
    if all.is_empty() {
        report
            .notes
            .push(format!("{} holds no audit records", dir.display()));
        return Ok(report);
    }
    let key = SigningKey::load(data_dir, false)?;
    let latest = all.iter().next_back().cloned().unwrap_or_default();
    let mut prev: Option<Prev> = None;
    for day in &all {
        let name = log_name(day);
        let dname = digest_name(day);
        let log_path = dir.join(&name);
        let digest_path = dir.join(&dname);
        let is_latest = *day == latest;
        if !digest_path.exists() {
            report.problems.push(format!(
                "file {name} was inserted: it has no digest (or its digest {dname} was removed)"
            ));
            continue;
        }
        report.files += 1;
        let digest_bytes =
            std::fs::read(&digest_path).map_err(|e| AuditError::io(&digest_path, &e))?;
        let (digest_lines, digest_rest) = split_lines(&digest_bytes);
        let mut entries: Vec<Entry> = Vec::new();
        let mut mac = String::new();
        let mut digest_ok = true;
        for (i, line) in digest_lines.iter().enumerate() {
            let Ok(e) = serde_json::from_slice::<Entry>(line) else {
                report.problems.push(format!(
                    "{dname} line {}: not a digest entry (the digest was altered)",
                    i + 1
                ));
                digest_ok = false;
                break;
            };
            if !key.check(&mac, &e) && i == 0 {
                report.problems.push(format!(
                    "file {name} was inserted: {dname} is not signed with this trail's key"
                ));
                digest_ok = false;
                break;
            }
            if !key.check(&mac, &e) {
                report.problems.push(format!(
                    "{dname} line {}: the signature does not match (the digest was altered from here on)",
                    i + 1
                ));
                digest_ok = false;
                break;
            }
            mac.clone_from(&e.mac);
            entries.push(e);
        }
        if digest_ok && !digest_rest.is_empty() && !is_latest {
            report
                .problems
                .push(format!("{dname}: ends in an incomplete entry"));
        }
        let header = entries.first().filter(|h| h.kind == "header");
        let Some(header) = header else {
            report.problems.push(format!(
                "{dname}: no valid header (the digest was replaced or altered)"
            ));
            continue;
        };
        if header.file.as_deref() != Some(name.as_str()) {
            report.problems.push(format!(
                "{dname}: its header names {} (a file was renamed or its digest swapped)",
                header.file.as_deref().unwrap_or("no file")
            ));
        }
        check_link(&mut report, header, prev.as_ref(), &name, &all);
        let closed = entries.iter().any(|e| e.kind == "final");
        if !closed && !is_latest && digest_ok {
            report.problems.push(format!(
                "{name} was never closed: the final entry of {dname} is missing (records removed from its end?)"
            ));
        }
        let expected: Vec<&Entry> = entries.iter().filter(|e| e.kind == "record").collect();
        let log_bytes = match std::fs::read(&log_path) {
            Ok(b) => Some(b),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(AuditError::io(&log_path, &e)),
        };
        let before = report.problems.len();
        match &log_bytes {
            None if expected.is_empty() => {}
            None => report.problems.push(format!(
                "file {name} was removed ({dname} lists {} records)",
                expected.len()
            )),
            Some(bytes) => {
                let (lines, torn) = split_lines(bytes);
                report.records += lines.len() as u64;
                compare(
                    &mut report,
                    &name,
                    &expected,
                    &lines,
                    is_latest && digest_ok,
                );
                if !torn.is_empty() {
                    let msg = format!(
                        "{name} line {}: incomplete last record (a write cut short by a crash, never acknowledged)",
                        lines.len() + 1
                    );
                    if is_latest {
                        report.notes.push(msg);
                    } else {
                        report.problems.push(msg);
                    }
                }
                // The signed whole-file hash, checked when the records showed nothing.
                if report.problems.len() == before
                    && let Some(sum) = entries
                        .iter()
                        .rev()
                        .find(|e| e.kind == "checkpoint" || e.kind == "final")
                {
                    let n = sum.bytes.unwrap_or(0) as usize;
                    let got = bytes
                        .get(..n)
                        .map(|b| data_encoding::HEXLOWER.encode(&Sha256::digest(b)));
                    if got.as_deref() != sum.file_sha256.as_deref() {
                        report.problems.push(format!(
                            "{name}: its first {n} bytes do not match the signed file hash"
                        ));
                    }
                }
            }
        }
        prev = Some(Prev {
            name,
            last_mac: mac,
        });
    }
    Ok(report)
}

/// Does this file's header continue the chain from the previous file?
fn check_link(
    report: &mut Report,
    header: &Entry,
    prev: Option<&Prev>,
    name: &str,
    all: &std::collections::BTreeSet<String>,
) {
    let exists = |file: &str| file.strip_suffix(".jsonl").is_some_and(|d| all.contains(d));
    match (header.previous_file.as_deref(), prev) {
        (None, None) => {}
        (None, Some(p)) => report.problems.push(format!(
            "file {name} was inserted: its digest starts a new chain, but {} comes before it",
            p.name
        )),
        (Some(pf), None) => report.problems.push(format!(
            "file {pf} was removed (the digest of {name} names it as the file before)"
        )),
        (Some(pf), Some(p)) if pf != p.name => {
            if exists(pf) {
                report.problems.push(format!(
                    "file {} was inserted: the digest of {name} names {pf} as the file before it",
                    p.name
                ));
            } else {
                report.problems.push(format!(
                    "file {pf} was removed (the digest of {name} names it as the file before)"
                ));
            }
        }
        (Some(_), Some(p)) => {
            if header.previous_digest.as_deref() != Some(p.last_mac.as_str()) {
                report.problems.push(format!(
                    "file {}'s digest does not end where the digest of {name} says it did (records removed from its end, or its digest replaced)",
                    p.name
                ));
            }
        }
    }
}

/// Compare a file's lines with the records its digest lists, naming every difference.
fn compare(report: &mut Report, name: &str, expected: &[&Entry], lines: &[&[u8]], live: bool) {
    let mut by_sha: HashMap<&str, usize> = HashMap::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, e) in expected.iter().enumerate() {
        if let Some(s) = e.sha256.as_deref() {
            by_sha.entry(s).or_insert(i);
        }
        if let Some(id) = e.event_id.as_deref() {
            by_id.entry(id).or_insert(i);
        }
    }
    let mut used = vec![false; expected.len()];
    // For each line: the record it is (if any) and whether its content changed.
    let mut assigned: Vec<(Option<usize>, bool)> = Vec::with_capacity(lines.len());
    for line in lines {
        let sha = sha256_hex(line);
        if let Some(&i) = by_sha.get(sha.as_str())
            && !used[i]
        {
            used[i] = true;
            assigned.push((Some(i), false));
            continue;
        }
        if let Some(id) = event_id_of(line)
            && let Some(&i) = by_id.get(id.as_str())
            && !used[i]
        {
            used[i] = true;
            assigned.push((Some(i), true));
            continue;
        }
        assigned.push((None, false));
    }
    let in_order = longest_increasing(&assigned);
    let last_known = assigned.iter().rposition(|(i, _)| i.is_some());
    let describe = |i: usize| {
        format!(
            "record {} (eventID {})",
            i + 1,
            expected[i].event_id.as_deref().unwrap_or("?")
        )
    };
    for (j, (idx, changed)) in assigned.iter().enumerate() {
        let line_no = j + 1;
        match idx {
            Some(i) => {
                if *changed {
                    report.problems.push(format!(
                        "{name} line {line_no}: {} was changed",
                        describe(*i)
                    ));
                }
                if !in_order[j] {
                    report.problems.push(format!(
                        "{name} line {line_no}: {} is out of order (records were reordered)",
                        describe(*i)
                    ));
                }
            }
            None => {
                let id = event_id_of(lines[j]).unwrap_or_else(|| "none".into());
                if live && last_known.is_none_or(|k| j > k) {
                    report.notes.push(format!(
                        "{name} line {line_no}: record (eventID {id}) not yet covered by the digest (being written now, or written before an unclean stop; the next start signs it)"
                    ));
                } else {
                    report.problems.push(format!(
                        "{name} line {line_no}: a record that is not in the digest was inserted (eventID {id})"
                    ));
                }
            }
        }
    }
    for (i, u) in used.iter().enumerate() {
        if !u {
            report
                .problems
                .push(format!("{name}: {} was removed", describe(i)));
        }
    }
}

/// Which positions belong to one longest increasing run of record numbers: the lines that
/// are in order; every other line holding a known record was moved.
fn longest_increasing(assigned: &[(Option<usize>, bool)]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // positions, by run length - 1
    let mut parent: Vec<Option<usize>> = vec![None; assigned.len()];
    for (j, (idx, _)) in assigned.iter().enumerate() {
        let Some(v) = idx else { continue };
        let k = tails.partition_point(|&t| assigned[t].0.is_some_and(|x| x < *v));
        parent[j] = if k > 0 { Some(tails[k - 1]) } else { None };
        if k == tails.len() {
            tails.push(j);
        } else {
            tails[k] = j;
        }
    }
    let mut out = vec![false; assigned.len()];
    let mut cur = tails.last().copied();
    while let Some(j) = cur {
        out[j] = true;
        cur = parent[j];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_run_keeps_most_lines_in_place() {
        let a = |v: &[usize]| -> Vec<(Option<usize>, bool)> {
            v.iter().map(|i| (Some(*i), false)).collect()
        };
        // Record 3 moved to the end: only it is out of order.
        assert_eq!(
            longest_increasing(&a(&[0, 1, 3, 4, 2])),
            vec![true, true, true, true, false]
        );
        // Two swapped: one of them is reported.
        assert_eq!(
            longest_increasing(&a(&[1, 0]))
                .iter()
                .filter(|x| !**x)
                .count(),
            1
        );
    }
}

#[cfg(test)]
mod trail_tests {
    use super::*;
    use crate::audit::record::{ApiCall, EventSource, Record, UserIdentity};
    use crate::audit::{AUDIT_DIR, AuditLog};
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
}
