//! The audit trail: one CloudTrail-format record per call, durable and tamper-evident.
//!
//! Records are [`Record`]s (CloudTrail's field names and shapes), one JSON object a line in
//! `DATA_DIR/audit/YYYY-MM-DD.jsonl`, one file per UTC day. Each file has a signed digest
//! beside it (`YYYY-MM-DD.digest`, see [`chain`]) chaining its records and the previous day's
//! file, so `iamd audit verify` ([`verify::verify`]) names any record or file that was
//! changed, removed, inserted or moved. [`lookup`] reads the trail newest first with the
//! filters of CloudTrail's LookupEvents. Passwords, secret keys, session tokens, MFA seeds and
//! codes never enter a record ([`redact`]).
//!
//! # Writing
//! [`AuditLog::open`] starts one writer thread for the data directory. Calls that change
//! state are appended with `durable = true`: the call returns once the record (and its digest
//! entry) is on disk (fdatasync), and concurrent calls share one sync (group commit).
//! Read-only calls are queued without waiting; [`AuditLog::close`] (at shutdown) writes and
//! syncs everything queued.
//! A state-changing call (over the API or from the console) also commits its record with its
//! change, as an outbox row in the store ([`outbox`]), so a crash between the commit and the append loses nothing: the next
//! start appends what is missing ([`outbox::recover`]).
//!
//! # For the console
//! The console is a second front door; it records what it does through the same log:
//!
//! ```ignore
//! use iamd_core::audit::{AuditLog, ConsoleSignIn, ConsoleUser};
//! // A sign-in attempt (success or failure), before answering the browser:
//! audit.console_sign_in(ConsoleSignIn {
//!     user: ConsoleUser::User { name, id, arn },   // or ConsoleUser::Root, ConsoleUser::Unknown
//!     account: account_id.clone(),
//!     source_ip: "192.0.2.10".into(),
//!     user_agent: browser_user_agent.clone(),
//!     mfa_used: true,
//!     mfa_identifier: Some(device_serial),
//!     error_message: None,                        // Some("Failed authentication".into()) on failure
//!     login_to: Some("/console/".into()),
//!     time: iam.now(),
//! }).await?;
//! // Signing out:
//! audit.console_sign_out(&user, &account_id, ip, user_agent, iam.now()).await?;
//! // A core operation performed for the signed-in user (ChangePassword, CreateAccessKey, …).
//! // One that changes state runs inside the intent of its record, as an API call does:
//! let call = |error, event_id| ConsoleCall {
//!     caller: &caller,
//!     operation: "ChangePassword",
//!     request_parameters: serde_json::json!({"userName": name}), // CloudTrail's lowerCamelCase
//!     response_elements: serde_json::Value::Null,
//!     error,
//!     source_ip: ip,
//!     user_agent,
//!     request_id: &request_id,
//!     time,
//!     event_id,
//! };
//! let intent = Intent::new(&call(None, None).record())?;
//! let result = intent.scope(iam.change_password(&caller, old, new)).await;
//! audit.record_api_call(call(result.as_ref().err(), Some(intent.event_id()))).await?;
//! iam.audit_settled(&intent);
//! ```
//! (`iamd_console::web::Console::audited` does exactly this.)
//! Console API calls are marked `userIdentity.invokedBy: "signin.amazonaws.com"`, as
//! CloudTrail marks calls the AWS console makes; secrets in the parameters are dropped
//! whatever the caller passes. CloudTrail documents no sign-out event for IAM users; iamd
//! records `ConsoleSignOut` from `signin.amazonaws.com`, named after `ConsoleLogin`.

pub mod chain;
pub mod lines;
pub mod lookup;
pub mod outbox;
pub mod params;
pub mod record;
pub mod redact;
pub mod verify;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};

use serde_json::Value;
use time::OffsetDateTime;
use tokio::sync::oneshot;

pub use outbox::Intent;
pub use record::{
    ApiCall, ConsoleSignIn, ConsoleUser, EventSource, Record, UserIdentity, is_read_only,
    issues_credentials, must_be_durable,
};

use crate::error::CoreError;
use crate::service::Caller;
use writer::{Queue, Writer};

/// The trail's directory inside the data directory.
pub const AUDIT_DIR: &str = "audit";

/// Why the trail could not be written or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuditError {
    #[error("{0}")]
    Io(String),
    #[error("{0}")]
    Key(String),
    #[error("{0}")]
    Invalid(String),
    #[error("the audit trail writer has stopped")]
    Closed,
}

impl AuditError {
    pub(crate) fn io(path: &Path, e: &std::io::Error) -> AuditError {
        AuditError::Io(format!("{}: {e}", path.display()))
    }
}

impl From<AuditError> for CoreError {
    fn from(e: AuditError) -> CoreError {
        CoreError::ServiceFailure(format!("the audit record could not be written: {e}"))
    }
}

/// A core operation the console performed for its signed-in user.
#[derive(Debug)]
pub struct ConsoleCall<'a> {
    pub caller: &'a Caller,
    /// The API operation's name (`ChangePassword`).
    pub operation: &'a str,
    /// Parameters in CloudTrail's shape (lowerCamelCase); secrets are dropped here anyway.
    pub request_parameters: Value,
    /// The result in CloudTrail's shape (kept for calls that change state).
    pub response_elements: Value,
    pub error: Option<&'a CoreError>,
    pub source_ip: &'a str,
    pub user_agent: &'a str,
    pub request_id: &'a str,
    pub time: OffsetDateTime,
    /// The eventID of the call's [`Intent`], when it committed its record with its change
    /// (the final record is the same event); `None` draws a new one.
    pub event_id: Option<&'a str>,
}

impl ConsoleCall<'_> {
    /// The call's record: marked `invokedBy: signin.amazonaws.com`, redacted. With no error
    /// and no response elements it is the skeleton an [`Intent`] is made of.
    pub fn record(self) -> Record {
        let mut identity = UserIdentity::from_caller(self.caller);
        identity.invoked_by = Some("signin.amazonaws.com".into());
        let source = if matches!(
            self.operation,
            "GetSessionToken" | "GetCallerIdentity" | "GetFederationToken"
        ) || self.operation.starts_with("AssumeRole")
        {
            EventSource::Sts
        } else {
            EventSource::Iam
        };
        let code;
        let message;
        let error = match self.error {
            Some(e) => {
                code = e.code();
                message = e.to_string();
                Some((code, message.as_str()))
            }
            None => None,
        };
        let mut record = Record::api_call(ApiCall {
            source,
            operation: self.operation,
            identity,
            source_ip: self.source_ip,
            user_agent: self.user_agent,
            request_parameters: self.request_parameters,
            response_elements: self.response_elements,
            error,
            request_id: self.request_id,
            recipient_account_id: &self.caller.principal.account,
            time: self.time,
        });
        if let Some(id) = self.event_id {
            record.event_id = id.to_string();
        }
        record
    }
}

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

    /// The data directory the trail belongs to (what [`lookup::lookup`] and
    /// [`verify::verify`] take).
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

    /// Record a core operation the console performed as its signed-in user; durable when the
    /// operation changes state.
    pub async fn record_api_call(&self, call: ConsoleCall<'_>) -> Result<(), AuditError> {
        let durable = must_be_durable(call.operation);
        self.append(&call.record(), durable).await
    }
}

impl Drop for AuditLog {
    fn drop(&mut self) {
        // Without `close`: the writer still writes and syncs what is queued, then ends.
        self.queue.close();
    }
}
