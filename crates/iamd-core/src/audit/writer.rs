//! The single writer: appends records to the day's file and their entries to its digest, with
//! group commit (every request waiting for durability in one batch shares one fsync).
//!
//! Order of writes, which recovery and `verify` rely on: a day's digest header is written and
//! synced before its records file exists; a batch's records are written before their digest
//! entries; a durable batch syncs the records, then the digest, then acknowledges. So after a
//! crash the records file may hold lines the digest does not cover yet (never acknowledged)
//! and possibly a torn last line; recovery adopts the complete lines (they were written here
//! and may describe committed changes) and moves a torn fragment aside to `DAY.jsonl.torn-N`.

use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use tokio::sync::oneshot;

use super::AuditError;
use super::chain::{Entry, SigningKey, sha256_hex};

/// How long records may wait for a checkpoint entry when nothing asks for durability.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);
/// How long a batch of records nobody waits for gathers more before it is written. While the
/// writer sleeps, requests enqueue without waking it: one wake-up and one write per batch
/// instead of per record (waking the writer for each read-only call halved GetUser
/// throughput). A call waiting for durability that arrives meanwhile waits at most this long.
const GATHER: Duration = Duration::from_millis(2);

/// Who waits for a batch to be durable.
pub(crate) type Ack = oneshot::Sender<Result<(), AuditError>>;

/// A record's place in the queue: its line's length, day and eventID, fixed-size so queuing
/// allocates nothing per record.
#[derive(Clone, Copy)]
struct Meta {
    len: u32,
    day: [u8; 10],
    event_id: [u8; 36],
    id_len: u8,
}

/// Records waiting for the writer. Requests copy their line into `lines` under a short lock
/// (no allocation moves between threads: freeing request-thread memory in the writer made the
/// allocator's arena locks a bottleneck), the writer swaps the buffers out.
#[derive(Default)]
pub(crate) struct Pending {
    lines: Vec<u8>,
    meta: Vec<Meta>,
    waiters: Vec<Ack>,
    /// `close` waits on this.
    stop: Option<std::sync::mpsc::Sender<Result<(), AuditError>>>,
    /// The log was dropped: write what is queued and end.
    closed: bool,
}

/// The queue shared by the requests and the writer.
#[derive(Default)]
pub(crate) struct Queue {
    pending: Mutex<Pending>,
    wake: Condvar,
}

impl std::fmt::Debug for Queue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Queue")
    }
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, Pending> {
        self.pending
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Queue one record line; with `ack`, the writer answers once it is durable.
    pub(crate) fn push(
        &self,
        line: &[u8],
        day: &str,
        event_id: &str,
        ack: Option<Ack>,
    ) -> Result<(), AuditError> {
        let mut meta = Meta {
            len: u32::try_from(line.len())
                .map_err(|_| AuditError::Invalid("a record over 4 GB".into()))?,
            day: [b'0'; 10],
            event_id: [0; 36],
            id_len: 0,
        };
        let d = day.as_bytes();
        meta.day[..d.len().min(10)].copy_from_slice(&d[..d.len().min(10)]);
        let id = &event_id.as_bytes()[..event_id.len().min(36)];
        meta.event_id[..id.len()].copy_from_slice(id);
        meta.id_len = id.len() as u8;
        let mut p = self.lock();
        if p.closed || p.stop.is_some() {
            return Err(AuditError::Closed);
        }
        let first = p.meta.is_empty();
        p.lines.extend_from_slice(line);
        p.lines.push(b'\n');
        p.meta.push(meta);
        let urgent = ack.is_some();
        if let Some(a) = ack {
            p.waiters.push(a);
        }
        drop(p);
        // The writer sleeps while nothing is queued: the first record of a batch, or one
        // somebody waits for, wakes it.
        if first || urgent {
            self.wake.notify_one();
        }
        Ok(())
    }

    /// Ask for everything queued to be durable.
    pub(crate) fn sync(&self, ack: Ack) -> Result<(), AuditError> {
        let mut p = self.lock();
        if p.closed || p.stop.is_some() {
            return Err(AuditError::Closed);
        }
        p.waiters.push(ack);
        drop(p);
        self.wake.notify_one();
        Ok(())
    }

    /// Ask the writer to write, sync and stop; the answer comes on `reply`.
    pub(crate) fn stop(&self, reply: std::sync::mpsc::Sender<Result<(), AuditError>>) {
        self.lock().stop = Some(reply);
        self.wake.notify_one();
    }

    /// The log is gone: the writer writes what is queued and ends.
    pub(crate) fn close(&self) {
        self.lock().closed = true;
        self.wake.notify_one();
    }
}

/// The records file of `day`.
pub fn log_name(day: &str) -> String {
    format!("{day}.jsonl")
}

/// The digest file of `day`.
pub fn digest_name(day: &str) -> String {
    format!("{day}.digest")
}

/// Whether `s` is a `YYYY-MM-DD` day.
pub fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Every day that has a records file or a digest in `dir`, in order.
pub fn days(dir: &Path) -> Result<BTreeSet<String>, AuditError> {
    let mut out = BTreeSet::new();
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(AuditError::io(dir, &e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| AuditError::io(dir, &e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let stem = name
            .strip_suffix(".jsonl")
            .or_else(|| name.strip_suffix(".digest"));
        if let Some(day) = stem.filter(|d| is_day(d)) {
            out.insert(day.to_string());
        }
    }
    Ok(out)
}

/// Split `bytes` into complete lines (without their newline) and a trailing fragment.
pub fn split_lines(bytes: &[u8]) -> (Vec<&[u8]>, &[u8]) {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            lines.push(&bytes[start..i]);
            start = i + 1;
        }
    }
    (lines, &bytes[start..])
}

/// The open day.
struct Day {
    day: String,
    log: File,
    digest: File,
    records: u64,
    bytes: u64,
    sha: Sha256,
    last_mac: String,
    since_checkpoint: u64,
}

pub(crate) struct Writer {
    dir: PathBuf,
    key: SigningKey,
    current: Option<Day>,
    /// The last closed file and its digest's last signature, for the next header.
    previous: Option<(String, String)>,
    log_buf: Vec<u8>,
    digest_buf: Vec<u8>,
    last_checkpoint: Instant,
}

fn open_append(path: &Path) -> Result<File, AuditError> {
    OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)
        .map_err(|e| AuditError::io(path, &e))
}

fn sync_dir(dir: &Path) -> Result<(), AuditError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| AuditError::io(dir, &e))
}

fn entry_line(e: &Entry) -> Vec<u8> {
    let mut v = serde_json::to_vec(e).unwrap_or_default();
    v.push(b'\n');
    v
}

/// The `eventID` of a record line, if it is a JSON object with one.
pub fn event_id_of(line: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id {
        #[serde(rename = "eventID")]
        event_id: String,
    }
    serde_json::from_slice::<Id>(line).ok().map(|i| i.event_id)
}

impl Writer {
    /// Open the trail in `dir` and recover its latest day after an unclean stop.
    pub(crate) fn open(dir: PathBuf, key: SigningKey) -> Result<Writer, AuditError> {
        fs::create_dir_all(&dir).map_err(|e| AuditError::io(&dir, &e))?;
        let mut w = Writer {
            dir,
            key,
            current: None,
            previous: None,
            log_buf: Vec::new(),
            digest_buf: Vec::new(),
            last_checkpoint: Instant::now(),
        };
        let days = days(&w.dir)?;
        // The latest day with a digest is the one to continue; a records file without one
        // was not written here and is left for `verify` to report.
        if let Some(day) = days
            .iter()
            .rev()
            .find(|d| w.dir.join(digest_name(d)).exists())
        {
            w.recover(day.clone())?;
        }
        Ok(w)
    }

    fn recover(&mut self, day: String) -> Result<(), AuditError> {
        let digest_path = self.dir.join(digest_name(&day));
        let log_path = self.dir.join(log_name(&day));
        let bytes = fs::read(&digest_path).map_err(|e| AuditError::io(&digest_path, &e))?;
        let (lines, fragment) = split_lines(&bytes);
        let mut entries = Vec::new();
        for line in &lines {
            match serde_json::from_slice::<Entry>(line) {
                Ok(e) => entries.push(e),
                Err(_) => break,
            }
        }
        let kept: usize = lines[..entries.len()].iter().map(|l| l.len() + 1).sum();
        if !fragment.is_empty() || kept < bytes.len() {
            // A torn digest line: its records are adopted below.
            let f = OpenOptions::new()
                .write(true)
                .open(&digest_path)
                .map_err(|e| AuditError::io(&digest_path, &e))?;
            f.set_len(kept as u64)
                .and_then(|()| f.sync_all())
                .map_err(|e| AuditError::io(&digest_path, &e))?;
        }
        let Some(last) = entries.last() else {
            return Err(AuditError::Invalid(format!(
                "{} has no entries; move it aside to continue",
                digest_path.display()
            )));
        };
        let last_mac = last.mac.clone();
        if entries.iter().any(|e| e.kind == "final") {
            self.previous = Some((log_name(&day), last_mac));
            return Ok(());
        }
        let covered = entries.iter().filter(|e| e.kind == "record").count() as u64;
        let log_bytes = match fs::read(&log_path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(AuditError::io(&log_path, &e)),
        };
        let (log_lines, torn) = split_lines(&log_bytes);
        let take = (covered as usize).min(log_lines.len());
        let mut sha = Sha256::new();
        let mut used = 0u64;
        for l in &log_lines[..take] {
            sha.update(l);
            sha.update(b"\n");
            used += l.len() as u64 + 1;
        }
        let log = open_append(&log_path)?;
        let digest = open_append(&digest_path)?;
        self.current = Some(Day {
            day: day.clone(),
            log,
            digest,
            records: take as u64,
            bytes: used,
            sha,
            last_mac,
            since_checkpoint: 0,
        });
        // Complete lines past the digest: written here before the stop, never acknowledged.
        // They may describe changes that were committed, so they are kept and signed now.
        let adopt: Vec<Vec<u8>> = log_lines[take..].iter().map(|l| l.to_vec()).collect();
        if !torn.is_empty() {
            let aside = self.dir.join(format!(
                "{}.torn-{}",
                log_name(&day),
                time::OffsetDateTime::now_utc().unix_timestamp()
            ));
            fs::write(&aside, torn).map_err(|e| AuditError::io(&aside, &e))?;
            let keep = log_bytes.len() - torn.len();
            let f = OpenOptions::new()
                .write(true)
                .open(&log_path)
                .map_err(|e| AuditError::io(&log_path, &e))?;
            f.set_len(keep as u64)
                .and_then(|()| f.sync_all())
                .map_err(|e| AuditError::io(&log_path, &e))?;
            tracing::warn!(
                file = %log_path.display(),
                moved_to = %aside.display(),
                "the audit trail ended in an incomplete record (an unacknowledged write cut short); it was moved aside"
            );
        }
        if let Some(cur) = self.current.as_mut() {
            for line in adopt {
                let event_id = event_id_of(&line).unwrap_or_default();
                Self::sign_record(&self.key, cur, &mut self.digest_buf, &line, event_id);
                // The line is already in the file: only the digest is written.
                cur.sha.update(&line);
                cur.sha.update(b"\n");
                cur.bytes += line.len() as u64 + 1;
            }
        }
        self.flush(true, true)
    }

    fn sign_record(
        key: &SigningKey,
        cur: &mut Day,
        digest_buf: &mut Vec<u8>,
        line: &[u8],
        event_id: String,
    ) {
        cur.records += 1;
        cur.since_checkpoint += 1;
        let entry = key.sign(
            &cur.last_mac,
            Entry {
                kind: "record".into(),
                n: Some(cur.records),
                event_id: Some(event_id),
                sha256: Some(sha256_hex(line)),
                ..Entry::default()
            },
        );
        cur.last_mac.clone_from(&entry.mac);
        digest_buf.extend_from_slice(&entry_line(&entry));
    }

    fn summary(&self, kind: &str, cur: &Day) -> Entry {
        self.key.sign(
            &cur.last_mac,
            Entry {
                kind: kind.into(),
                records: Some(cur.records),
                bytes: Some(cur.bytes),
                file_sha256: Some(data_encoding::HEXLOWER.encode(&cur.sha.clone().finalize())),
                ..Entry::default()
            },
        )
    }

    /// Make `day` the open day: close the current one if it is older, start a new file.
    fn ensure_day(&mut self, day: &str) -> Result<(), AuditError> {
        if let Some(cur) = &self.current
            && cur.day.as_str() >= day
        {
            // A record stamped slightly earlier than the open day stays in it.
            return Ok(());
        }
        if self.current.is_some() {
            self.flush(true, false)?;
            if let Some(cur) = self.current.take() {
                let fin = self.summary("final", &cur);
                let mut digest = &cur.digest;
                digest
                    .write_all(&entry_line(&fin))
                    .and_then(|()| digest.sync_data())
                    .map_err(|e| AuditError::io(&self.dir.join(digest_name(&cur.day)), &e))?;
                self.previous = Some((log_name(&cur.day), fin.mac));
            }
        }
        let digest_path = self.dir.join(digest_name(day));
        let header = self.key.sign(
            "",
            Entry {
                kind: "header".into(),
                file: Some(log_name(day)),
                previous_file: self.previous.as_ref().map(|p| p.0.clone()),
                previous_digest: self.previous.as_ref().map(|p| p.1.clone()),
                ..Entry::default()
            },
        );
        let mut digest = OpenOptions::new()
            .append(true)
            .create_new(true)
            .open(&digest_path)
            .map_err(|e| AuditError::io(&digest_path, &e))?;
        digest
            .write_all(&entry_line(&header))
            .and_then(|()| digest.sync_data())
            .map_err(|e| AuditError::io(&digest_path, &e))?;
        let log = open_append(&self.dir.join(log_name(day)))?;
        sync_dir(&self.dir)?;
        self.current = Some(Day {
            day: day.to_string(),
            log,
            digest,
            records: 0,
            bytes: 0,
            sha: Sha256::new(),
            last_mac: header.mac,
            since_checkpoint: 0,
        });
        Ok(())
    }

    fn append(&mut self, line: &[u8], day: &str, event_id: String) -> Result<(), AuditError> {
        self.ensure_day(day)?;
        let Some(cur) = self.current.as_mut() else {
            return Err(AuditError::Closed);
        };
        Self::sign_record(&self.key, cur, &mut self.digest_buf, line, event_id);
        cur.sha.update(line);
        cur.sha.update(b"\n");
        cur.bytes += line.len() as u64 + 1;
        self.log_buf.extend_from_slice(line);
        self.log_buf.push(b'\n');
        Ok(())
    }

    /// Write what is buffered (records first, then their digest entries); with `sync`, make
    /// both durable; a checkpoint entry when asked or when one is due.
    fn flush(&mut self, sync: bool, checkpoint: bool) -> Result<(), AuditError> {
        let Some(cur) = self.current.as_ref() else {
            return Ok(());
        };
        let due = checkpoint || sync || self.last_checkpoint.elapsed() >= CHECKPOINT_EVERY;
        if due && cur.since_checkpoint > 0 {
            let cp = self.summary("checkpoint", cur);
            self.digest_buf.extend_from_slice(&entry_line(&cp));
            if let Some(cur) = self.current.as_mut() {
                cur.last_mac = cp.mac;
                cur.since_checkpoint = 0;
            }
            self.last_checkpoint = Instant::now();
        }
        let Some(cur) = self.current.as_ref() else {
            return Ok(());
        };
        let log_path = || self.dir.join(log_name(&cur.day));
        let digest_path = || self.dir.join(digest_name(&cur.day));
        if !self.log_buf.is_empty() {
            (&cur.log)
                .write_all(&self.log_buf)
                .map_err(|e| AuditError::io(&log_path(), &e))?;
            self.log_buf.clear();
        }
        if sync {
            cur.log
                .sync_data()
                .map_err(|e| AuditError::io(&log_path(), &e))?;
        }
        if !self.digest_buf.is_empty() {
            (&cur.digest)
                .write_all(&self.digest_buf)
                .map_err(|e| AuditError::io(&digest_path(), &e))?;
            self.digest_buf.clear();
        }
        if sync {
            cur.digest
                .sync_data()
                .map_err(|e| AuditError::io(&digest_path(), &e))?;
        }
        Ok(())
    }

    /// Write batches until stopped.
    pub(crate) fn run(mut self, queue: &Queue) {
        let mut lines = Vec::new();
        let mut meta: Vec<Meta> = Vec::new();
        loop {
            let mut p = queue.lock();
            let mut idle = false;
            if p.meta.is_empty() && p.waiters.is_empty() && p.stop.is_none() && !p.closed {
                let (g, timeout) = queue
                    .wake
                    .wait_timeout(p, CHECKPOINT_EVERY)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                p = g;
                idle = timeout.timed_out();
            }
            if !p.meta.is_empty() && p.waiters.is_empty() && p.stop.is_none() && !p.closed {
                // Nobody waits: let the batch grow, without the lock.
                drop(p);
                std::thread::sleep(GATHER);
                p = queue.lock();
            }
            std::mem::swap(&mut p.lines, &mut lines);
            std::mem::swap(&mut p.meta, &mut meta);
            let waiters = std::mem::take(&mut p.waiters);
            let stop = p.stop.take();
            if stop.is_some() {
                // The writer ends after this batch: a later record is refused (`Closed`)
                // instead of waiting for an answer that never comes.
                p.closed = true;
            }
            let closed = p.closed;
            drop(p);

            let mut failed: Option<AuditError> = None;
            let mut at = 0usize;
            for m in &meta {
                let end = at + m.len as usize;
                let line = &lines[at..end];
                at = end + 1;
                let day = std::str::from_utf8(&m.day).unwrap_or("");
                let id = String::from_utf8_lossy(&m.event_id[..m.id_len as usize]).into_owned();
                if let Err(e) = self.append(line, day, id) {
                    tracing::error!(error = %e, "audit trail: a record could not be written");
                    failed = Some(e);
                }
            }
            lines.clear();
            meta.clear();
            let sync = !waiters.is_empty() || stop.is_some() || closed;
            let result = match (self.flush(sync, idle || stop.is_some() || closed), failed) {
                (Err(e), _) | (Ok(()), Some(e)) => Err(e),
                (Ok(()), None) => Ok(()),
            };
            if let Err(e) = &result {
                tracing::error!(error = %e, "audit trail: flush failed");
            }
            for w in waiters {
                let _ = w.send(result.clone());
            }
            if let Some(reply) = stop {
                let _ = reply.send(result);
                return;
            }
            if closed {
                return;
            }
        }
    }
}
