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

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use crate::chain::{Entry, SigningKey};
use crate::error::AuditError;
use crate::lines::{Forward, Line};
use crate::log::AUDIT_DIR;
use crate::writer::{days, digest_name, event_id_of, log_name};

/// What `verify` found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// How many trail files were read.
    pub files: usize,
    /// How many records they held.
    pub records: u64,
    /// Evidence of tampering or loss; the trail is intact only when this is empty.
    pub problems: Vec<String>,
    /// Things worth knowing that are not tampering.
    pub notes: Vec<String>,
    /// The last signature of the newest digest, to keep off the host as an anchor.
    pub head: Option<String>,
}

impl Report {
    /// Whether no tampering or loss was found.
    pub fn intact(&self) -> bool {
        self.problems.is_empty()
    }

    fn merge(&mut self, other: Report) {
        self.files += other.files;
        self.records += other.records;
        self.problems.extend(other.problems);
        self.notes.extend(other.notes);
        if other.head.is_some() {
            self.head = other.head;
        }
    }
}

/// The previous file in the chain.
struct Prev {
    name: String,
    last_mac: String,
}

/// A record the digest lists, past the first difference.
struct Expected {
    /// Its number in the file, from 1.
    n: u64,
    event_id: Option<String>,
    sha: Option<String>,
}

/// A line of the records file, past the first difference.
struct Seen {
    line_no: u64,
    sha: String,
    event_id: Option<String>,
}

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

/// What one file showed.
struct FileCheck {
    report: Report,
    /// This file, as the previous one of the next (`None`: it does not take part in the chain).
    prev: Option<Prev>,
    /// Complete lines at the end of the newest file that its digest does not cover.
    unsigned: usize,
    /// Whether one of its entries carries the anchor.
    anchored: bool,
}

fn check_file(
    key: &SigningKey,
    dir: &Path,
    day: &str,
    is_latest: bool,
    prev: Option<&Prev>,
    all: &std::collections::BTreeSet<String>,
    anchor: Option<&str>,
) -> Result<FileCheck, AuditError> {
    let name = log_name(day);
    let dname = digest_name(day);
    let log_path = dir.join(&name);
    let digest_path = dir.join(&dname);
    let mut report = Report::default();
    let out = |report: Report, prev: Option<Prev>, unsigned: usize, anchored: bool| {
        Ok(FileCheck {
            report,
            prev,
            unsigned,
            anchored,
        })
    };
    // The newest file grows while this runs: lines written after this point are the
    // writer's current work (their entries follow), not something to judge.
    let log_len = std::fs::metadata(&log_path).map(|m| m.len()).ok();
    let Some(mut digest) = Forward::open(&digest_path)? else {
        report.problems.push(format!(
            "file {name} was inserted: it has no digest (or its digest {dname} was removed)"
        ));
        return out(report, None, 0, false);
    };
    report.files += 1;
    let mut log = Forward::open(&log_path)?.map(Forward::hashing);
    let io_log = |e: std::io::Error| AuditError::io(&log_path, &e);
    let io_digest = |e: std::io::Error| AuditError::io(&digest_path, &e);

    let mut entry_line = Vec::new();
    let mut record_line = Vec::new();
    let mut mac = String::new();
    let mut digest_ok = true;
    let mut index = 0u64;
    let mut records = 0u64;
    let mut lines_read = 0u64;
    let mut closed = false;
    let mut last_kind = String::new();
    let mut anchored = false;
    // Past the first difference: what remains on each side, compared in full below.
    let mut diverged = false;
    let mut rest_expected: Vec<Expected> = Vec::new();
    let mut rest_lines: Vec<Seen> = Vec::new();
    let mut torn_log: Option<u64> = None;
    while let Some(kind) = digest.next_line(&mut entry_line).map_err(io_digest)? {
        index += 1;
        if let Line::Torn(_) = kind {
            if !is_latest {
                report
                    .problems
                    .push(format!("{dname}: ends in an incomplete entry"));
            }
            break;
        }
        let parsed = match kind {
            Line::Complete => serde_json::from_slice::<Entry>(&entry_line).ok(),
            _ => None,
        };
        let Some(e) = parsed else {
            report.problems.push(format!(
                "{dname} line {index}: not a digest entry (the digest was altered)"
            ));
            digest_ok = false;
            break;
        };
        if !key.check(&mac, &e) {
            report.problems.push(if index == 1 {
                format!("file {name} was inserted: {dname} is not signed with this trail's key")
            } else {
                format!(
                    "{dname} line {index}: the signature does not match (the digest was altered from here on)"
                )
            });
            digest_ok = false;
            break;
        }
        mac.clone_from(&e.mac);
        anchored |= anchor.is_some_and(|a| a == e.mac);
        if index == 1 {
            if e.kind != "header" {
                report.problems.push(format!(
                    "{dname}: no valid header (the digest was replaced or altered)"
                ));
                return out(report, None, 0, anchored);
            }
            if e.file.as_deref() != Some(name.as_str()) {
                report.problems.push(format!(
                    "{dname}: its header names {} (a file was renamed or its digest swapped)",
                    e.file.as_deref().unwrap_or("no file")
                ));
            }
            check_link(&mut report, &e, prev, &name, all);
        }
        match e.kind.as_str() {
            "record" => {
                records += 1;
                let expected = Expected {
                    n: records,
                    event_id: e.event_id.clone(),
                    sha: e.sha256.clone(),
                };
                if diverged {
                    rest_expected.push(expected);
                    continue;
                }
                let next = match log.as_mut() {
                    Some(l) => l.next_line(&mut record_line).map_err(io_log)?,
                    None => None,
                };
                match next {
                    Some(Line::Torn(n)) => {
                        torn_log = Some(n);
                        diverged = true;
                        rest_expected.push(expected);
                    }
                    Some(_) => {
                        lines_read += 1;
                        let sha = log
                            .as_ref()
                            .and_then(|l| l.line_sha256())
                            .unwrap_or_default()
                            .to_string();
                        if expected.sha.as_deref() != Some(sha.as_str()) {
                            diverged = true;
                            rest_expected.push(expected);
                            rest_lines.push(Seen {
                                line_no: lines_read,
                                sha,
                                event_id: event_id_of(&record_line),
                            });
                        }
                    }
                    None => {
                        diverged = true;
                        rest_expected.push(expected);
                    }
                }
            }
            "checkpoint" | "final" => {
                closed |= e.kind == "final";
                if !diverged && let Some(l) = log.as_ref() {
                    let n = e.bytes.unwrap_or(0);
                    if l.offset() != n || l.file_sha256() != e.file_sha256 {
                        report.problems.push(format!(
                            "{name}: its first {n} bytes do not match the signed file hash"
                        ));
                    }
                }
            }
            "set-aside" => report.notes.push(format!(
                "{} line(s) found past the digest of {name} at a start were moved to {} unsigned (cut off by an unclean stop and never acknowledged, or appended by someone else)",
                e.records.unwrap_or(0),
                e.file.as_deref().unwrap_or("?")
            )),
            _ => {}
        }
        last_kind = e.kind;
    }
    // The records file's lines past the digest.
    if let Some(l) = log.as_mut()
        && torn_log.is_none()
    {
        while !(is_latest && log_len.is_some_and(|n| l.offset() >= n)) {
            let Some(kind) = l.next_line(&mut record_line).map_err(io_log)? else {
                break;
            };
            if let Line::Torn(n) = kind {
                torn_log = Some(n);
                break;
            }
            lines_read += 1;
            rest_lines.push(Seen {
                line_no: lines_read,
                sha: l.line_sha256().unwrap_or_default().to_string(),
                event_id: event_id_of(&record_line),
            });
        }
    }
    report.records += lines_read;
    if !closed && !is_latest && digest_ok {
        report.problems.push(format!(
            "{name} was never closed: the final entry of {dname} is missing (records removed from its end?)"
        ));
    }
    if is_latest && digest_ok && last_kind == "record" {
        report.problems.push(format!(
            "{dname} ends in record entries without their checkpoint: entries (and their records) were cut from its end"
        ));
    }
    let mut unsigned = 0;
    if log.is_none() {
        if records > 0 {
            report.problems.push(format!(
                "file {name} was removed ({dname} lists {records} records)"
            ));
        }
    } else if !rest_expected.is_empty() || !rest_lines.is_empty() {
        unsigned = compare(
            &mut report,
            &name,
            &rest_expected,
            &rest_lines,
            is_latest && digest_ok,
        );
    }
    if let Some(n) = torn_log {
        let msg = format!(
            "{name} line {}: incomplete last record of {n} bytes (a write cut short by a crash, never acknowledged)",
            lines_read + 1
        );
        if is_latest {
            report.notes.push(msg);
        } else {
            report.problems.push(msg);
        }
    }
    if is_latest && digest_ok {
        report.head = Some(mac.clone());
    }
    out(
        report,
        Some(Prev {
            name,
            last_mac: mac,
        }),
        unsigned,
        anchored,
    )
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

/// Compare the rest of a file's lines with the rest of the records its digest lists, naming
/// every difference. Returns how many lines at the end of the newest file are uncovered.
fn compare(
    report: &mut Report,
    name: &str,
    expected: &[Expected],
    lines: &[Seen],
    live: bool,
) -> usize {
    let mut by_sha: HashMap<&str, usize> = HashMap::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, e) in expected.iter().enumerate() {
        if let Some(s) = e.sha.as_deref() {
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
        if let Some(&i) = by_sha.get(line.sha.as_str())
            && !used[i]
        {
            used[i] = true;
            assigned.push((Some(i), false));
            continue;
        }
        if let Some(id) = line.event_id.as_deref()
            && let Some(&i) = by_id.get(id)
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
            expected[i].n,
            expected[i].event_id.as_deref().unwrap_or("?")
        )
    };
    let mut unsigned = 0;
    for (j, (idx, changed)) in assigned.iter().enumerate() {
        let line_no = lines[j].line_no;
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
                let id = lines[j].event_id.as_deref().unwrap_or("none");
                if live && last_known.is_none_or(|k| j > k) {
                    unsigned += 1;
                    report.problems.push(format!(
                        "{name} line {line_no}: record (eventID {id}) is not signed: its digest does not cover it (appended by someone else, or written just before an unclean stop; the next start moves it aside)"
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
    unsigned
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
