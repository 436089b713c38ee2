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
//! change, as an outbox row in the store (`iamd_core::audit::outbox`), so a crash between the
//! commit and the append loses nothing: the next start appends what is missing, asking
//! [`present::present`] which records the trail already holds.
//!
//! # For the console
//! The console is a second front door; it records what it does through the same log:
//!
//! ```ignore
//! use iamd_audit::{AuditLog, ConsoleSignIn, ConsoleUser};
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
//! // A core operation performed for the signed-in user (ChangePassword, CreateAccessKey, …)
//! // goes through core's call pipeline, as an API call does: one that changes state runs
//! // inside the intent of its record.
//! let call = iamd_core::Call {
//!     operation: "ChangePassword",
//!     identity: iamd_core::audit::console_identity(&caller),
//!     request_parameters: serde_json::json!({"userName": name}), // CloudTrail's lowerCamelCase
//!     source_ip: ip,
//!     user_agent,
//!     request_id: &request_id,
//!     recipient_account_id: &caller.principal.account,
//!     time: iam.now(),
//! };
//! iam.call(call, Some(&audit), iam.change_password(&caller, old, new), |_| Value::Null).await?;
//! ```
//! (`iamd_console::web::Console::audited` does exactly this.)
//! Console API calls are marked `userIdentity.invokedBy: "signin.amazonaws.com"`, as
//! CloudTrail marks calls the AWS console makes; secrets in the parameters are dropped
//! whatever the caller passes. CloudTrail documents no sign-out event for IAM users; iamd
//! records `ConsoleSignOut` from `signin.amazonaws.com`, named after `ConsoleLogin`.
//!
//! This crate is a leaf: it knows records, files and keys, not iamd's callers or store.
//! `iamd_core::audit` turns a caller into a [`UserIdentity`] and keeps the outbox.

#![warn(missing_docs)]

pub mod chain;
pub mod error;
pub mod lines;
pub mod log;
pub mod lookup;
pub mod params;
pub mod present;
pub mod record;
pub mod redact;
pub mod verify;
mod writer;

pub use error::AuditError;
pub use log::{AUDIT_DIR, AuditLog};
pub use record::{
    ApiCall, CallClass, ConsoleSignIn, ConsoleUser, EventSource, Record, UserIdentity,
    new_request_id,
};
