//! One trail file read beside its signed digest, a line at a time: every record, checkpoint
//! and link of the chain checked, and past a first difference every change named.

use std::collections::HashMap;
use std::path::Path;

use super::report::Report;
use crate::chain::{Entry, SigningKey};
use crate::error::AuditError;
use crate::lines::{Forward, Line};
use crate::writer::{digest_name, event_id_of, log_name};

/// The previous file in the chain.
pub(crate) struct Prev {
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

/// What one file showed.
pub(crate) struct FileCheck {
    pub(crate) report: Report,
    /// This file, as the previous one of the next (`None`: it does not take part in the chain).
    pub(crate) prev: Option<Prev>,
    /// Complete lines at the end of the newest file that its digest does not cover.
    pub(crate) unsigned: usize,
    /// Whether one of its entries carries the anchor.
    pub(crate) anchored: bool,
}

pub(crate) fn check_file(
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
    // The newest file grows while this runs: lines written after this point are the
    // writer's current work (their entries follow), not something to judge.
    let log_len = std::fs::metadata(&log_path).map(|m| m.len()).ok();
    let Some(mut digest) = Forward::open(&digest_path)? else {
        let mut report = Report::default();
        report.problems.push(format!(
            "file {name} was inserted: it has no digest (or its digest {dname} was removed)"
        ));
        return Ok(FileCheck {
            report,
            prev: None,
            unsigned: 0,
            anchored: false,
        });
    };
    let mut walk = Walk {
        log: Forward::open(&log_path)?.map(Forward::hashing),
        name,
        dname,
        is_latest,
        report: Report {
            files: 1,
            ..Report::default()
        },
        record_line: Vec::new(),
        mac: String::new(),
        digest_ok: true,
        records: 0,
        lines_read: 0,
        closed: false,
        last_kind: String::new(),
        anchored: false,
        diverged: false,
        rest_expected: Vec::new(),
        rest_lines: Vec::new(),
        torn_log: None,
    };
    let io_digest = |e: std::io::Error| AuditError::io(&digest_path, &e);
    let io_log = |e: std::io::Error| AuditError::io(&log_path, &e);
    let mut entry_line = Vec::new();
    let mut index = 0u64;
    while let Some(kind) = digest.next_line(&mut entry_line).map_err(io_digest)? {
        index += 1;
        let Some(e) = walk.signed_entry(key, kind, &entry_line, index) else {
            break;
        };
        walk.anchored |= anchor.is_some_and(|a| a == e.mac);
        if index == 1 {
            if e.kind != "header" {
                walk.report.problems.push(format!(
                    "{}: no valid header (the digest was replaced or altered)",
                    walk.dname
                ));
                return Ok(FileCheck {
                    report: walk.report,
                    prev: None,
                    unsigned: 0,
                    anchored: walk.anchored,
                });
            }
            walk.check_header(&e, prev, all);
        }
        // A record entry past the first difference is only kept for the comparison; it
        // does not count as the digest's last entry.
        if walk.entry(&e).map_err(io_log)? {
            walk.last_kind = e.kind;
        }
    }
    walk.read_past_digest(log_len).map_err(io_log)?;
    Ok(walk.conclude())
}

/// One trail file read beside its digest, entry by entry: what is known so far.
struct Walk {
    name: String,
    dname: String,
    is_latest: bool,
    report: Report,
    /// The records file, hashed as it is read (`None`: it is missing).
    log: Option<Forward>,
    record_line: Vec<u8>,
    /// The last signature checked.
    mac: String,
    /// Whether every entry so far was a signed digest entry.
    digest_ok: bool,
    records: u64,
    lines_read: u64,
    closed: bool,
    last_kind: String,
    anchored: bool,
    /// Past the first difference: what remains on each side, compared in full at the end.
    diverged: bool,
    rest_expected: Vec<Expected>,
    rest_lines: Vec<Seen>,
    torn_log: Option<u64>,
}

impl Walk {
    /// The digest entry just read, when it is whole, parses and carries the signature that
    /// continues the chain; otherwise the problem is reported and the walk stops here.
    fn signed_entry(
        &mut self,
        key: &SigningKey,
        kind: Line,
        line: &[u8],
        index: u64,
    ) -> Option<Entry> {
        let dname = &self.dname;
        if let Line::Torn(_) = kind {
            if !self.is_latest {
                self.report
                    .problems
                    .push(format!("{dname}: ends in an incomplete entry"));
            }
            return None;
        }
        let parsed = match kind {
            Line::Complete => serde_json::from_slice::<Entry>(line).ok(),
            _ => None,
        };
        let Some(e) = parsed else {
            self.report.problems.push(format!(
                "{dname} line {index}: not a digest entry (the digest was altered)"
            ));
            self.digest_ok = false;
            return None;
        };
        if !key.check(&self.mac, &e) {
            let name = &self.name;
            self.report.problems.push(if index == 1 {
                format!("file {name} was inserted: {dname} is not signed with this trail's key")
            } else {
                format!(
                    "{dname} line {index}: the signature does not match (the digest was altered from here on)"
                )
            });
            self.digest_ok = false;
            return None;
        }
        self.mac.clone_from(&e.mac);
        Some(e)
    }

    /// The header names this file and continues the chain from the previous one.
    fn check_header(
        &mut self,
        e: &Entry,
        prev: Option<&Prev>,
        all: &std::collections::BTreeSet<String>,
    ) {
        if e.file.as_deref() != Some(self.name.as_str()) {
            self.report.problems.push(format!(
                "{}: its header names {} (a file was renamed or its digest swapped)",
                self.dname,
                e.file.as_deref().unwrap_or("no file")
            ));
        }
        check_link(&mut self.report, e, prev, &self.name, all);
    }

    /// One signed entry: a record to match with the next line, a checkpoint to match with the
    /// file's hash so far, or a note. Whether it counts as the digest's last entry.
    fn entry(&mut self, e: &Entry) -> std::io::Result<bool> {
        match e.kind.as_str() {
            "record" => {
                if self.diverged {
                    self.records += 1;
                    self.rest_expected.push(Expected {
                        n: self.records,
                        event_id: e.event_id.clone(),
                        sha: e.sha256.clone(),
                    });
                    return Ok(false);
                }
                self.records += 1;
                let expected = Expected {
                    n: self.records,
                    event_id: e.event_id.clone(),
                    sha: e.sha256.clone(),
                };
                self.match_record(expected)?;
            }
            "checkpoint" | "final" => {
                self.closed |= e.kind == "final";
                if !self.diverged
                    && let Some(l) = self.log.as_ref()
                {
                    let n = e.bytes.unwrap_or(0);
                    if l.offset() != n || l.file_sha256() != e.file_sha256 {
                        self.report.problems.push(format!(
                            "{}: its first {n} bytes do not match the signed file hash",
                            self.name
                        ));
                    }
                }
            }
            "set-aside" => self.report.notes.push(format!(
                "{} line(s) found past the digest of {} at a start were moved to {} unsigned (cut off by an unclean stop and never acknowledged, or appended by someone else)",
                e.records.unwrap_or(0),
                self.name,
                e.file.as_deref().unwrap_or("?")
            )),
            _ => {}
        }
        Ok(true)
    }

    /// Match a record the digest lists with the next line of the records file; from the first
    /// difference on, keep both sides' fingerprints for [`compare`].
    fn match_record(&mut self, expected: Expected) -> std::io::Result<()> {
        let next = match self.log.as_mut() {
            Some(l) => l.next_line(&mut self.record_line)?,
            None => None,
        };
        match next {
            Some(Line::Torn(n)) => {
                self.torn_log = Some(n);
                self.diverged = true;
                self.rest_expected.push(expected);
            }
            Some(_) => {
                self.lines_read += 1;
                let sha = self
                    .log
                    .as_ref()
                    .and_then(|l| l.line_sha256())
                    .unwrap_or_default()
                    .to_string();
                if expected.sha.as_deref() != Some(sha.as_str()) {
                    self.diverged = true;
                    self.rest_expected.push(expected);
                    self.rest_lines.push(Seen {
                        line_no: self.lines_read,
                        sha,
                        event_id: event_id_of(&self.record_line),
                    });
                }
            }
            None => {
                self.diverged = true;
                self.rest_expected.push(expected);
            }
        }
        Ok(())
    }

    /// The records file's lines past the digest (of the newest file, only those that were
    /// there when the check began).
    fn read_past_digest(&mut self, log_len: Option<u64>) -> std::io::Result<()> {
        let Some(l) = self.log.as_mut() else {
            return Ok(());
        };
        if self.torn_log.is_some() {
            return Ok(());
        }
        while !(self.is_latest && log_len.is_some_and(|n| l.offset() >= n)) {
            let Some(kind) = l.next_line(&mut self.record_line)? else {
                break;
            };
            if let Line::Torn(n) = kind {
                self.torn_log = Some(n);
                break;
            }
            self.lines_read += 1;
            self.rest_lines.push(Seen {
                line_no: self.lines_read,
                sha: l.line_sha256().unwrap_or_default().to_string(),
                event_id: event_id_of(&self.record_line),
            });
        }
        Ok(())
    }

    /// What the whole file showed: an unclosed or cut digest, a missing file, every
    /// difference past the first, a torn last line.
    fn conclude(mut self) -> FileCheck {
        let (name, dname) = (&self.name, &self.dname);
        let live = self.is_latest && self.digest_ok;
        self.report.records += self.lines_read;
        if !self.closed && !self.is_latest && self.digest_ok {
            self.report.problems.push(format!(
                "{name} was never closed: the final entry of {dname} is missing (records removed from its end?)"
            ));
        }
        if live && self.last_kind == "record" {
            self.report.problems.push(format!(
                "{dname} ends in record entries without their checkpoint: entries (and their records) were cut from its end"
            ));
        }
        let mut unsigned = 0;
        if self.log.is_none() {
            if self.records > 0 {
                self.report.problems.push(format!(
                    "file {name} was removed ({dname} lists {} records)",
                    self.records
                ));
            }
        } else if !self.rest_expected.is_empty() || !self.rest_lines.is_empty() {
            unsigned = compare(
                &mut self.report,
                name,
                &self.rest_expected,
                &self.rest_lines,
                live,
            );
        }
        if let Some(n) = self.torn_log {
            let msg = format!(
                "{name} line {}: incomplete last record of {n} bytes (a write cut short by a crash, never acknowledged)",
                self.lines_read + 1
            );
            if self.is_latest {
                self.report.notes.push(msg);
            } else {
                self.report.problems.push(msg);
            }
        }
        if live {
            self.report.head = Some(self.mac.clone());
        }
        FileCheck {
            report: self.report,
            prev: Some(Prev {
                name: self.name,
                last_mac: self.mac,
            }),
            unsigned,
            anchored: self.anchored,
        }
    }
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
