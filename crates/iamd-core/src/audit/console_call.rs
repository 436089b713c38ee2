//! A core operation the console performed for its signed-in user, and how it is recorded.

use serde_json::Value;
use time::OffsetDateTime;

use iamd_audit::{ApiCall, AuditError, AuditLog, CallClass, EventSource, Record, UserIdentity};

use super::identity::FromCaller;
use crate::error::CoreError;
use crate::service::Caller;
use crate::{Operation, Service};

/// A core operation the console performed for its signed-in user.
#[derive(Debug)]
pub struct ConsoleCall<'a> {
    pub caller: &'a Caller,
    /// The operation's name: an API operation's (`ChangePassword`), or an iamd action the
    /// console alone performs (`UnlockUser`), recorded as an IAM call that changes state.
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
    /// The eventID of the call's [`Intent`](super::Intent), when it committed its record with its change
    /// (the final record is the same event); `None` draws a new one.
    pub event_id: Option<&'a str>,
}

impl ConsoleCall<'_> {
    /// The call's record: marked `invokedBy: signin.amazonaws.com`, redacted. With no error
    /// and no response elements it is the skeleton an [`Intent`](super::Intent) is made of.
    pub fn record(self) -> Record {
        let mut identity = UserIdentity::from_caller(self.caller);
        identity.invoked_by = Some("signin.amazonaws.com".into());
        let known = Operation::from_name(self.operation);
        let source = known.map_or(EventSource::Iam, event_source);
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
        let mut record = Record::classified_call(
            ApiCall {
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
            },
            known.map_or(CallClass::WRITE, call_class),
        );
        if let Some(id) = self.event_id {
            record.event_id = id.to_string();
        }
        record
    }
}

/// Recording a [`ConsoleCall`] in the trail.
pub trait RecordConsoleCall {
    /// Record a core operation the console performed as its signed-in user; durable when the
    /// operation changes state.
    fn record_api_call(
        &self,
        call: ConsoleCall<'_>,
    ) -> impl Future<Output = Result<(), AuditError>> + Send;
}

impl RecordConsoleCall for AuditLog {
    fn record_api_call(
        &self,
        call: ConsoleCall<'_>,
    ) -> impl Future<Output = Result<(), AuditError>> + Send {
        let durable = is_durable(call.operation);
        let record = call.record();
        async move { self.append(&record, durable).await }
    }
}

/// How the trail classifies `operation`, from the catalog.
#[must_use]
pub fn call_class(operation: Operation) -> CallClass {
    CallClass {
        read_only: operation.is_read_only(),
        keep_response: operation.keeps_response(),
    }
}

/// The `eventSource` of `operation`'s records.
#[must_use]
pub fn event_source(operation: Operation) -> EventSource {
    match operation.service() {
        Service::Iam => EventSource::Iam,
        Service::Sts => EventSource::Sts,
        Service::CloudTrail => EventSource::CloudTrail,
    }
}

/// Whether the console call named `operation` must be durable before it is answered: as the
/// catalog says, and always for the console's own actions.
#[must_use]
pub fn is_durable(operation: &str) -> bool {
    Operation::from_name(operation).is_none_or(Operation::is_durable)
}
