//! A core operation the console performed for its signed-in user, and how it is recorded.

use serde_json::Value;
use time::OffsetDateTime;

use iamd_audit::{
    ApiCall, AuditError, AuditLog, EventSource, Record, UserIdentity, must_be_durable,
};

use super::identity::FromCaller;
use crate::error::CoreError;
use crate::service::Caller;

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
        let durable = must_be_durable(call.operation);
        let record = call.record();
        async move { self.append(&record, durable).await }
    }
}
