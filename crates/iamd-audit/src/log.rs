//! The open trail: [`AuditLog`] and its writer thread.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};

use time::OffsetDateTime;
use tokio::sync::oneshot;

use crate::chain;
use crate::error::AuditError;
use crate::record::{ConsoleSignIn, ConsoleUser, Record};
use crate::writer::{Queue, Writer};

/// The trail's directory inside the data directory.
pub const AUDIT_DIR: &str = "audit";

/// The open trail of one data directory: the writer's queue.
#[derive(Debug)]
pub struct AuditLog {
    queue: Arc<Queue>,
    data_dir: PathBuf,
    dir: PathBuf,
    thread: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl AuditLog {
    /// Open the trail of `data_dir` (creating `audit/` and the signing key on first start,
    /// recovering after an unclean stop) and start its writer.
    pub fn open(data_dir: &Path) -> Result<AuditLog, AuditError> {
        let key = chain::SigningKey::load(data_dir, true)?;
        let dir = data_dir.join(AUDIT_DIR);
        let writer = Writer::open(dir.clone(), key)?;
        let queue = Arc::new(Queue::default());
        let shared = queue.clone();
        let thread = std::thread::Builder::new()
            .name("audit-writer".into())
            .spawn(move || writer.run(&shared))
            .map_err(|e| AuditError::Io(format!("cannot start the audit writer: {e}")))?;
        Ok(AuditLog {
            queue,
            data_dir: data_dir.to_path_buf(),
            dir,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// The data directory the trail belongs to (what [`crate::lookup::lookup`] and
    /// [`crate::verify::verify`] take).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Where the records are.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Append `record`; with `durable`, return only once it is on disk.
    pub async fn append(&self, record: &Record, durable: bool) -> Result<(), AuditError> {
        thread_local! {
            /// Each thread encodes into its own buffer: no allocation per record.
            static LINE: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let (ack, done) = if durable {
            let (tx, rx) = oneshot::channel();
            (Some(tx), Some(rx))
        } else {
            (None, None)
        };
        LINE.with(|cell| {
            let mut line = cell.borrow_mut();
            line.clear();
            serde_json::to_writer(&mut *line, record)
                .map_err(|e| AuditError::Invalid(format!("a record could not be encoded: {e}")))?;
            let pushed = self.queue.push(&line, record.day(), &record.event_id, ack);
            if line.capacity() > 1 << 20 {
                // One huge record (a large policy document) does not pin its buffer.
                *line = Vec::new();
            }
            pushed
        })?;
        match done {
            Some(rx) => rx.await.map_err(|_| AuditError::Closed)?,
            None => Ok(()),
        }
    }

    /// Make every record queued so far durable.
    pub async fn sync(&self) -> Result<(), AuditError> {
        let (tx, rx) = oneshot::channel();
        self.queue.sync(tx)?;
        rx.await.map_err(|_| AuditError::Closed)?
    }

    /// Write and sync everything queued, then stop the writer (blocking; at shutdown).
    pub fn close(&self) -> Result<(), AuditError> {
        let Some(thread) = self.thread.lock().ok().and_then(|mut g| g.take()) else {
            return Err(AuditError::Closed);
        };
        let (tx, rx) = mpsc::channel();
        self.queue.stop(tx);
        let result = rx.recv().unwrap_or(Err(AuditError::Closed));
        let _ = thread.join();
        result
    }

    /// Record a console sign-in attempt (`ConsoleLogin`), durably.
    pub async fn console_sign_in(&self, s: ConsoleSignIn) -> Result<(), AuditError> {
        self.append(&Record::console_sign_in(&s), true).await
    }

    /// Record a console sign-out (`ConsoleSignOut`), durably.
    pub async fn console_sign_out(
        &self,
        user: &ConsoleUser,
        account: &str,
        source_ip: &str,
        user_agent: &str,
        time: OffsetDateTime,
    ) -> Result<(), AuditError> {
        let r = Record::console_sign_out(user, account, source_ip, user_agent, time);
        self.append(&r, true).await
    }
}

impl Drop for AuditLog {
    fn drop(&mut self) {
        // Without `close`: the writer still writes and syncs what is queued, then ends.
        self.queue.close();
    }
}
