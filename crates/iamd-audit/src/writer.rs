//! The single writer: appends records to the day's file and their entries to its digest, with
//! group commit (every request waiting for durability in one batch shares one fsync).
//!
//! Order of writes, which recovery and `verify` rely on: a day's digest header is written and
//! synced before its records file exists; a batch's records are written before their digest
//! entries, then a checkpoint; a durable batch syncs the records, then the digest, then
//! acknowledges. So after a crash the records file may hold lines the digest does not cover
//! (never acknowledged) and possibly a torn last line. Recovery signs nothing it did not
//! write: complete lines past the digest could as well have been appended by someone else,
//! so they move aside to `DAY.jsonl.unsigned-N` with a signed `set-aside` entry naming them
//! (a change they describe committed with its outbox row, which `recovery::recover` appends
//! again), and a torn fragment moves to `DAY.jsonl.torn-N`.

use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use sha2::{Digest, Sha256};
use tokio::sync::oneshot;

use crate::chain::{Entry, SigningKey, sha256_hex};
use crate::error::AuditError;
use crate::lines::{Forward, Line};

/// How long the idle writer sleeps before looking at its queue again.
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
}

fn open_append(path: &Path) -> Result<File, AuditError> {
    OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)
        .map_err(|e| AuditError::io(path, &e))
}

fn file_len(path: &Path) -> Result<u64, AuditError> {
    match fs::metadata(path) {
        Ok(m) => Ok(m.len()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(0),
        Err(e) => Err(AuditError::io(path, &e)),
    }
}

fn truncate_file(path: &Path, len: u64) -> Result<(), AuditError> {
    OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|f| f.set_len(len).and_then(|()| f.sync_all()))
        .map_err(|e| AuditError::io(path, &e))
}

/// SHA-256 state over the first `len` bytes of `path`, read a block at a time.
fn hash_prefix(path: &Path, len: u64) -> Result<Sha256, AuditError> {
    let mut sha = Sha256::new();
    let mut file = File::open(path)
        .map_err(|e| AuditError::io(path, &e))?
        .take(len);
    let mut buf = vec![0u8; 64 << 10];
    loop {
        let n = file.read(&mut buf).map_err(|e| AuditError::io(path, &e))?;
        if n == 0 {
            return Ok(sha);
        }
        sha.update(&buf[..n]);
    }
}

/// Copy bytes `from..to` of `path` into a new file `dest` (synced); their SHA-256 in hex.
fn copy_range(path: &Path, from: u64, to: u64, dest: &Path) -> Result<String, AuditError> {
    let mut src = File::open(path).map_err(|e| AuditError::io(path, &e))?;
    src.seek(SeekFrom::Start(from))
        .map_err(|e| AuditError::io(path, &e))?;
    let mut out = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dest)
        .map_err(|e| AuditError::io(dest, &e))?;
    let mut sha = Sha256::new();
    let mut buf = vec![0u8; 64 << 10];
    let mut left = to.saturating_sub(from);
    while left > 0 {
        let n = (buf.len() as u64).min(left) as usize;
        src.read_exact(&mut buf[..n])
            .map_err(|e| AuditError::io(path, &e))?;
        out.write_all(&buf[..n])
            .map_err(|e| AuditError::io(dest, &e))?;
        sha.update(&buf[..n]);
        left -= n as u64;
    }
    out.sync_all().map_err(|e| AuditError::io(dest, &e))?;
    Ok(data_encoding::HEXLOWER.encode(&sha.finalize()))
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
        // The digest, entry by entry: how many records it covers, its last signature, and
        // where its last whole entry ends.
        let mut line = Vec::new();
        let mut kept = 0u64;
        let mut covered = 0u64;
        let mut closed = false;
        let mut last_mac = None;
        if let Some(mut digest) = Forward::open(&digest_path)? {
            while let Some(Line::Complete) = digest
                .next_line(&mut line)
                .map_err(|e| AuditError::io(&digest_path, &e))?
            {
                let Ok(e) = serde_json::from_slice::<Entry>(&line) else {
                    break;
                };
                kept = digest.offset();
                covered += u64::from(e.kind == "record");
                closed |= e.kind == "final";
                last_mac = Some(e.mac);
            }
        }
        if file_len(&digest_path)? > kept {
            // A torn digest line: the records it was signing are set aside below.
            truncate_file(&digest_path, kept)?;
        }
        let Some(last_mac) = last_mac else {
            return Err(AuditError::Invalid(format!(
                "{} has no entries; move it aside to continue",
                digest_path.display()
            )));
        };
        if closed {
            self.previous = Some((log_name(&day), last_mac));
            return Ok(());
        }
        // The records the digest covers, hashed for the next checkpoint; what follows them.
        let mut taken = 0u64;
        let mut used = 0u64;
        let mut sha = Sha256::new();
        let mut unsigned = 0u64;
        let mut torn = 0u64;
        if let Some(mut log) = Forward::open(&log_path)? {
            while let Some(kind) = log
                .next_line(&mut line)
                .map_err(|e| AuditError::io(&log_path, &e))?
            {
                match kind {
                    Line::Torn(n) => torn = n,
                    _ if taken < covered => {
                        taken += 1;
                        used = log.offset();
                    }
                    _ => unsigned += 1,
                }
            }
            if used > 0 {
                sha = hash_prefix(&log_path, used)?;
            }
        }
        let log_end = file_len(&log_path)?.max(used);
        let log = open_append(&log_path)?;
        let digest = open_append(&digest_path)?;
        self.current = Some(Day {
            day: day.clone(),
            log,
            digest,
            records: taken,
            bytes: used,
            sha,
            last_mac,
            since_checkpoint: 0,
        });
        // Complete lines past the digest were not signed by this writer: written before an
        // unclean stop and never acknowledged, or appended by someone else. They are not
        // adopted: they go aside, and a signed entry says where (a change they describe
        // committed with an outbox row, which recovery appends again).
        let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
        if unsigned > 0 {
            let aside = format!("{}.unsigned-{stamp}", log_name(&day));
            let lines_end = log_end - torn;
            let moved = copy_range(&log_path, used, lines_end, &self.dir.join(&aside))?;
            if let Some(cur) = self.current.as_mut() {
                let entry = self.key.sign(
                    &cur.last_mac,
                    Entry {
                        kind: "set-aside".into(),
                        file: Some(aside.clone()),
                        records: Some(unsigned),
                        bytes: Some(lines_end - used),
                        file_sha256: Some(moved),
                        ..Entry::default()
                    },
                );
                cur.last_mac.clone_from(&entry.mac);
                self.digest_buf.extend_from_slice(&entry_line(&entry));
            }
            tracing::warn!(
                file = %log_path.display(),
                moved_to = %self.dir.join(&aside).display(),
                lines = unsigned,
                "the audit trail held records its digest does not cover (not written by this trail's writer, or cut off by an unclean stop); they were moved aside, unsigned"
            );
        }
        if torn > 0 {
            let aside = self.dir.join(format!("{}.torn-{stamp}", log_name(&day)));
            copy_range(&log_path, log_end - torn, log_end, &aside)?;
            tracing::warn!(
                file = %log_path.display(),
                moved_to = %aside.display(),
                "the audit trail ended in an incomplete record (an unacknowledged write cut short); it was moved aside"
            );
        }
        if used < log_end {
            truncate_file(&log_path, used)?;
        }
        self.flush(true)
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
            self.flush(true)?;
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
    fn flush(&mut self, sync: bool) -> Result<(), AuditError> {
        let Some(cur) = self.current.as_ref() else {
            return Ok(());
        };
        // Every batch ends in a checkpoint: a digest that ends in record entries was cut
        // (`verify` says so), so records cannot be cut from the newest day's end together
        // with their entries without it showing, short of cutting back to a whole batch.
        if cur.since_checkpoint > 0 {
            let cp = self.summary("checkpoint", cur);
            self.digest_buf.extend_from_slice(&entry_line(&cp));
            if let Some(cur) = self.current.as_mut() {
                cur.last_mac = cp.mac;
                cur.since_checkpoint = 0;
            }
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
            if p.meta.is_empty() && p.waiters.is_empty() && p.stop.is_none() && !p.closed {
                let (g, _) = queue
                    .wake
                    .wait_timeout(p, CHECKPOINT_EVERY)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                p = g;
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
            let result = match (self.flush(sync), failed) {
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
