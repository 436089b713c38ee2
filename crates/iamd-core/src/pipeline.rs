//! One call pipeline for both front doors (the API and the console).
//!
//! ```text
//! Call ─► intent (durable calls: the record's skeleton, committed with the change)
//!      ─► the operation, inside the intent
//!      ─► the final record (error from the result, response elements from the front door)
//!      ─► trail append (durable calls wait for the disk) ─► settle the intent
//!      ─► change event (the operation succeeded)
//! ```
//!
//! The front door names the call ([`Call`]: operation, identity, client, redacted
//! parameters), hands over the operation as a future and a callback that renders the
//! response elements (only it knows the response's shape), and answers with what
//! [`Iam::call`] returns. How a failure reads in the trail, and what the client is told when
//! a change cannot be recorded, is the error type's say ([`CallError`]): the API answers
//! `ServiceFailure`, the console answers as if recorded (the operator is told in the log and
//! the committed copy reaches the trail at the next start).
//!
//! Durability and the record's class come from the operation catalog (`Operation::
//! is_durable`, `keeps_response`, `is_read_only`); a name the catalog does not know (an
//! action only the console performs, such as `UnlockUser`) is an IAM call that changes state.

use std::borrow::Cow;

use iamd_audit::{ApiCall, AuditError, AuditLog, CallClass, EventSource, Record, UserIdentity};
use serde_json::Value;
use time::OffsetDateTime;

use crate::Operation;
use crate::audit::{Intent, call_class, event_source};
use crate::error::CoreError;
use crate::service::Iam;
use crate::store::Store;

/// One call as its audit record sees it: everything the record needs that is known before
/// the call runs.
#[derive(Debug, Clone)]
pub struct Call<'a> {
    /// The operation's name: an API operation's (`CreateUser`, `LookupEvents`) or an action
    /// only the console performs (`UnlockUser`).
    pub operation: &'a str,
    /// Who called: an authenticated caller's identity, or `UserIdentity::unknown`.
    pub identity: UserIdentity,
    /// The request's parameters in CloudTrail's shape (the record redacts them again).
    /// `Null` for a caller that did not authenticate: its record never says what it carried.
    pub request_parameters: Value,
    pub source_ip: &'a str,
    pub user_agent: &'a str,
    pub request_id: &'a str,
    /// The account whose trail records the call.
    pub recipient_account_id: &'a str,
    /// When the call began: both the committed copy and the final record carry it.
    pub time: OffsetDateTime,
}

impl Call<'_> {
    /// The catalog's entry of this call, if it names an operation.
    fn known(&self) -> Option<Operation> {
        Operation::from_name(self.operation)
    }

    /// Whether the call must be on disk before it is answered, and commits its record with
    /// its change: as the catalog says, and always for the console's own actions.
    #[must_use]
    pub fn is_durable(&self) -> bool {
        self.known().is_none_or(Operation::is_durable)
    }

    /// The record of this call with `error` and `response_elements`.
    fn record(self, error: Option<(&str, &str)>, response_elements: Value) -> Record {
        let known = self.known();
        Record::classified_call(
            ApiCall {
                source: known.map_or(EventSource::Iam, event_source),
                operation: self.operation,
                identity: self.identity,
                source_ip: self.source_ip,
                user_agent: self.user_agent,
                request_parameters: self.request_parameters,
                response_elements,
                error,
                request_id: self.request_id,
                recipient_account_id: self.recipient_account_id,
                time: self.time,
            },
            known.map_or(CallClass::WRITE, call_class),
        )
    }

    /// Whether the record keeps the response elements (calls that change state or issue
    /// credentials).
    fn keeps_response(&self) -> bool {
        self.known().is_none_or(Operation::keeps_response)
    }
}

/// The failure of a call, as the trail records it and as its front door answers it.
pub trait CallError: Sized {
    /// The record's `errorCode`.
    fn code(&self) -> &str;
    /// The record's `errorMessage`.
    fn message(&self) -> Cow<'_, str>;
    /// The answer to a change whose record could not be prepared: the change is not made.
    fn unprepared(operation: &str, error: AuditError) -> Self;
    /// The answer to a change that was made but whose record could not be written, or `None`
    /// to answer as the operation did (the failure is logged either way).
    fn unrecorded(operation: &str) -> Option<Self>;
}

impl CallError for CoreError {
    fn code(&self) -> &str {
        CoreError::code(self)
    }

    fn message(&self) -> Cow<'_, str> {
        Cow::Owned(self.to_string())
    }

    fn unprepared(_operation: &str, error: AuditError) -> CoreError {
        CoreError::from(error)
    }

    /// The console's answer: the change was made; its committed copy reaches the trail at
    /// the next start.
    fn unrecorded(_operation: &str) -> Option<CoreError> {
        None
    }
}

impl<S: Store> Iam<S> {
    /// Run `operation` as `call` and record it in `trail` (see the module's documentation).
    /// A durable call runs inside its intent, so its store writes commit the record too; a
    /// change whose intent cannot be prepared is not made. `response_elements` renders a
    /// successful result for the record when the catalog keeps it. Without a trail the
    /// operation just runs (and a success is still published).
    pub async fn call<T, E, F>(
        &self,
        call: Call<'_>,
        trail: Option<&AuditLog>,
        operation: F,
        response_elements: impl FnOnce(&T) -> Value,
    ) -> Result<T, E>
    where
        F: Future<Output = Result<T, E>>,
        E: CallError,
    {
        let Some(trail) = trail else {
            let result = operation.await;
            if result.is_ok() {
                self.publish_change(call.operation);
            }
            return result;
        };
        let intent = if call.is_durable() {
            let skeleton = call.clone().record(None, Value::Null);
            match Intent::new(&skeleton) {
                Ok(intent) => Some(intent),
                Err(e) => {
                    let error = E::unprepared(call.operation, e);
                    return self
                        .finish(call, trail, None, Err(error), response_elements)
                        .await;
                }
            }
        } else {
            None
        };
        let result = match &intent {
            Some(intent) => intent.scope(operation).await,
            None => operation.await,
        };
        self.finish(call, trail, intent.as_ref(), result, response_elements)
            .await
    }

    /// Record `call`, which was answered with `result` without running inside an intent: it
    /// was refused before it ran (authentication, validation), or it reads only. The rest is
    /// as [`Iam::call`].
    pub async fn record_call<T, E: CallError>(
        &self,
        call: Call<'_>,
        trail: &AuditLog,
        result: Result<T, E>,
        response_elements: impl FnOnce(&T) -> Value,
    ) -> Result<T, E> {
        self.finish(call, trail, None, result, response_elements)
            .await
    }

    /// The pipeline's tail: the final record, its append, settling `intent`, the change
    /// event.
    async fn finish<T, E: CallError>(
        &self,
        call: Call<'_>,
        trail: &AuditLog,
        intent: Option<&Intent>,
        result: Result<T, E>,
        response_elements: impl FnOnce(&T) -> Value,
    ) -> Result<T, E> {
        let durable = call.is_durable();
        let operation = call.operation;
        let request_id = call.request_id;
        let elements = match &result {
            Ok(output) if call.keeps_response() => response_elements(output),
            _ => Value::Null,
        };
        let mut record = match &result {
            Ok(_) => call.record(None, elements),
            Err(e) => {
                let message = e.message();
                call.record(Some((e.code(), &message)), elements)
            }
        };
        if let Some(intent) = intent {
            // The same event as the copy committed with the change.
            record.event_id = intent.event_id().to_string();
        }
        let succeeded = result.is_ok();
        let mut result = result;
        // A change is answered only once its record is on disk.
        match trail.append(&record, durable).await {
            Ok(()) => {
                if let Some(intent) = intent {
                    // The record is in the trail: the copy committed with the change may go.
                    self.audit_settled(intent);
                }
            }
            Err(e) => {
                tracing::error!(request_id, operation, error = %e, "the audit record could not be written");
                if let Some(answer) = durable.then(|| E::unrecorded(operation)).flatten() {
                    result = Err(answer);
                }
            }
        }
        if succeeded {
            // Subscribers (the lockout watcher) hear of the change; their work runs off the
            // request path.
            self.publish_change(operation);
        }
        result
    }
}
