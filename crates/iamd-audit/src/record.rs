//! The audit record: one CloudTrail event, field for field (CloudTrail User Guide, "CloudTrail
//! record contents" and "userIdentity element"), and how each kind of event is built.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::redact::redact;

/// The record format version CloudTrail currently writes.
pub const EVENT_VERSION: &str = "1.08";
/// IAM, STS and sign-in events are recorded in us-east-1.
pub const REGION: &str = "us-east-1";
/// CloudTrail caps `errorMessage` at 1 KB.
const MAX_ERROR_MESSAGE: usize = 1024;
/// The largest `requestParameters` or `responseElements` kept, as encoded JSON: CloudTrail's
/// own limit for these fields (100 KB). A larger value is replaced by
/// `{"omitted": true, "originalSize": N}`, CloudTrail's mark of a truncated field, so that no
/// single call can write more than this much of its input into the trail.
pub const MAX_FIELD_BYTES: usize = 100 * 1024;
/// IAM's longest access key id (the model's `accessKeyIdType`): what an unauthenticated
/// request's claimed key is cut to.
const MAX_ACCESS_KEY_ID: usize = 128;

/// One CloudTrail event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    /// `eventVersion`: the record format ([`EVENT_VERSION`]).
    pub event_version: String,
    /// `userIdentity`: who made the call.
    pub user_identity: UserIdentity,
    /// `eventTime`: when the call was made, UTC, whole seconds.
    pub event_time: String,
    /// `eventSource`: the service (`iam.amazonaws.com`).
    pub event_source: String,
    /// `eventName`: the operation (`CreateUser`, `ConsoleLogin`).
    pub event_name: String,
    /// `awsRegion`: always [`REGION`].
    pub aws_region: String,
    /// `sourceIPAddress`: the client's address.
    #[serde(rename = "sourceIPAddress")]
    pub source_ip_address: String,
    /// `userAgent`: the client's `User-Agent`.
    pub user_agent: String,
    /// `errorCode`: the AWS error code of a failed call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// `errorMessage`: its message, at most 1 KB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// `requestParameters`: the call's parameters, redacted.
    #[serde(default)]
    pub request_parameters: Value,
    /// `responseElements`: the result of a call that changed state, redacted.
    #[serde(default)]
    pub response_elements: Value,
    /// `additionalEventData`: what else is known of the event (MFA use on sign-in, recovery notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_event_data: Option<Value>,
    /// `requestID`: the request id the client was given.
    #[serde(rename = "requestID", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// `eventID`: unique per record.
    #[serde(rename = "eventID")]
    pub event_id: String,
    /// `readOnly`: whether the call changed nothing.
    pub read_only: bool,
    /// `eventType`: `AwsApiCall` or `AwsConsoleSignIn`.
    pub event_type: String,
    /// `managementEvent`: always `true` for IAM, STS and sign-in.
    pub management_event: bool,
    /// `recipientAccountId`: the account that received the call.
    pub recipient_account_id: String,
    /// `eventCategory`: `Management`.
    pub event_category: String,
}

/// Who made the call (`userIdentity`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserIdentity {
    /// `Root`, `IAMUser`, `AssumedRole` or `Unknown`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `principalId`: the caller's unique id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_id: Option<String>,
    /// `arn`: the caller's ARN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// `accountId`: the caller's account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// `accessKeyId`: the access key the call was signed with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// `userName`: an IAM user's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// `sessionContext`: present for temporary credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_context: Option<SessionContext>,
    /// `invokedBy`: the service that made the call for the user (`signin.amazonaws.com`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoked_by: Option<String>,
}

/// `userIdentity.sessionContext`, for temporary credentials.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionContext {
    /// `sessionIssuer`: the role, for an assumed-role session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_issuer: Option<SessionIssuer>,
    /// `attributes`: when the session began and whether MFA was used.
    pub attributes: SessionAttributes,
    /// `sourceIdentity`: the source identity set when the role was assumed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_identity: Option<String>,
}

/// `sessionContext.attributes`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionAttributes {
    /// `creationDate`: when the credentials were issued.
    pub creation_date: String,
    /// `"true"` or `"false"`, a string as in CloudTrail.
    pub mfa_authenticated: String,
}

/// `sessionContext.sessionIssuer`: the role behind an assumed-role session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionIssuer {
    /// `type`: `Role`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `principalId`: the role's unique id.
    pub principal_id: String,
    /// `arn`: the role's ARN.
    pub arn: String,
    /// `accountId`: the role's account.
    pub account_id: String,
    /// `userName`: the role's name.
    pub user_name: String,
}

/// `2014-07-15T21:40:14Z`: UTC, whole seconds.
pub fn timestamp(t: OffsetDateTime) -> String {
    let t = t
        .to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(t);
    t.format(&Rfc3339).unwrap_or_default()
}

impl UserIdentity {
    /// A caller that could not be authenticated: what is known of it (the access key id the
    /// request named, if any).
    pub fn unknown(access_key_id: Option<&str>) -> UserIdentity {
        UserIdentity {
            kind: "Unknown".into(),
            principal_id: Some(String::new()),
            access_key_id: Some(truncate(
                access_key_id.unwrap_or_default(),
                MAX_ACCESS_KEY_ID,
            )),
            ..UserIdentity::default()
        }
    }
}

/// Which service an API event belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventSource {
    /// IAM (`iam.amazonaws.com`).
    Iam,
    /// STS (`sts.amazonaws.com`).
    Sts,
    /// CloudTrail's own API (`cloudtrail.amazonaws.com`).
    CloudTrail,
    /// The console sign-in (`signin.amazonaws.com`).
    SignIn,
}

impl EventSource {
    /// The `eventSource` value.
    pub fn as_str(self) -> &'static str {
        match self {
            EventSource::Iam => "iam.amazonaws.com",
            EventSource::Sts => "sts.amazonaws.com",
            EventSource::CloudTrail => "cloudtrail.amazonaws.com",
            EventSource::SignIn => "signin.amazonaws.com",
        }
    }
}

/// How the trail treats a call's operation: facts the caller takes from its operation
/// catalog (this crate knows no operation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallClass {
    /// CloudTrail's `readOnly`: the operation changes nothing.
    pub read_only: bool,
    /// A successful call's record keeps its response elements (calls that change state and
    /// calls that issue credentials).
    pub keep_response: bool,
}

impl CallClass {
    /// A call that changes state: not read-only, its response kept.
    pub const WRITE: CallClass = CallClass {
        read_only: false,
        keep_response: true,
    };
}

/// One API call, as the front door saw it.
#[derive(Debug, Clone)]
pub struct ApiCall<'a> {
    /// The service the call belongs to.
    pub source: EventSource,
    /// The operation (`CreateUser`).
    pub operation: &'a str,
    /// Who made the call.
    pub identity: UserIdentity,
    /// The client's address.
    pub source_ip: &'a str,
    /// The client's `User-Agent`.
    pub user_agent: &'a str,
    /// Request parameters in CloudTrail's shape (see [`crate::params::request_parameters`]).
    pub request_parameters: Value,
    /// The result in CloudTrail's shape; kept only for calls that change state.
    pub response_elements: Value,
    /// The AWS error code and message, for a failed call.
    pub error: Option<(&'a str, &'a str)>,
    /// The request id the client was given.
    pub request_id: &'a str,
    /// The account that received the call.
    pub recipient_account_id: &'a str,
    /// When the call was made.
    pub time: OffsetDateTime,
}

impl Record {
    /// The record of an API call that changes state ([`CallClass::WRITE`]), redacted.
    pub fn api_call(call: ApiCall<'_>) -> Record {
        Record::classified_call(call, CallClass::WRITE)
    }

    /// The record of an API call of the given class, redacted.
    pub fn classified_call(call: ApiCall<'_>, class: CallClass) -> Record {
        let read_only = class.read_only;
        let mut request_parameters = if call.operation == "ChangePassword" {
            // As AWS: nothing of a password change is recorded but that it happened.
            Value::Null
        } else {
            call.request_parameters
        };
        redact(&mut request_parameters);
        let request_parameters = capped(request_parameters);
        let mut response_elements =
            if call.error.is_none() && class.keep_response && call.operation != "ChangePassword" {
                call.response_elements
            } else {
                Value::Null
            };
        redact(&mut response_elements);
        let response_elements = capped(response_elements);
        Record {
            event_version: EVENT_VERSION.into(),
            user_identity: call.identity,
            event_time: timestamp(call.time),
            event_source: call.source.as_str().into(),
            event_name: call.operation.into(),
            aws_region: REGION.into(),
            source_ip_address: call.source_ip.into(),
            user_agent: call.user_agent.into(),
            error_code: call.error.map(|(c, _)| c.to_string()),
            error_message: call.error.map(|(_, m)| truncate(m, MAX_ERROR_MESSAGE)),
            request_parameters,
            response_elements,
            additional_event_data: None,
            request_id: Some(call.request_id.to_string()),
            event_id: new_event_id(),
            read_only,
            event_type: "AwsApiCall".into(),
            management_event: true,
            recipient_account_id: call.recipient_account_id.into(),
            event_category: "Management".into(),
        }
    }

    /// The UTC day (`2026-11-22`) the record belongs to: its file.
    pub fn day(&self) -> &str {
        self.event_time.get(..10).unwrap_or("")
    }

    /// The name LookupEvents shows as `Username`: the IAM user's name, the role session's
    /// name, `root` for the root user, else the `userName` recorded.
    pub fn lookup_username(&self) -> Option<String> {
        let id = &self.user_identity;
        match id.kind.as_str() {
            "Root" => Some("root".into()),
            "AssumedRole" => id
                .arn
                .as_deref()
                .and_then(|a| a.rsplit('/').next())
                .map(str::to_string),
            _ => id.user_name.clone(),
        }
    }

    /// The resources the event names (type and name), for LookupEvents.
    pub fn resources(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let Value::Object(p) = &self.request_parameters else {
            return out;
        };
        let kinds = [
            ("userName", "AWS::IAM::User"),
            ("newUserName", "AWS::IAM::User"),
            ("groupName", "AWS::IAM::Group"),
            ("roleName", "AWS::IAM::Role"),
            ("policyArn", "AWS::IAM::Policy"),
            ("accessKeyId", "AWS::IAM::AccessKey"),
            ("serialNumber", "AWS::IAM::MFADevice"),
        ];
        for (member, kind) in kinds {
            if let Some(Value::String(name)) = p.get(member) {
                out.push((kind, name.clone()));
            }
        }
        out
    }
}

/// `value`, or CloudTrail's truncation mark when its JSON is over [`MAX_FIELD_BYTES`].
pub fn capped(value: Value) -> Value {
    match encoded_size(&value) {
        Some(size) => json!({"omitted": true, "originalSize": size}),
        None => value,
    }
}

/// The encoded size of `value` when it is over [`MAX_FIELD_BYTES`]; `None` when it fits. Counts
/// without building the encoding, and stops early only to finish the count.
fn encoded_size(value: &Value) -> Option<usize> {
    if matches!(value, Value::Null | Value::Bool(_) | Value::Number(_)) {
        return None;
    }
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    serde_json::to_writer(&mut count, value).ok()?;
    (count.0 > MAX_FIELD_BYTES).then_some(count.0)
}

fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

/// A random (version 4) UUID, as CloudTrail's `eventID`.
pub fn new_event_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A new request id (a random UUID, as AWS's): the one generator of the API and the console,
/// so a record's `requestID` has one shape whichever front door took the call.
pub fn new_request_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Who signed in to (or out of) the console.
#[derive(Debug, Clone)]
pub enum ConsoleUser {
    /// The root user of the account.
    Root,
    /// An IAM user that exists: name, unique id and ARN.
    User {
        /// The user's name.
        name: String,
        /// The user's unique id (`AIDA…`).
        id: String,
        /// The user's ARN.
        arn: String,
    },
    /// A user name that does not exist in the account (never recorded: it may be a
    /// mistyped password).
    Unknown,
}

/// A console sign-in attempt, as the console saw it.
#[derive(Debug, Clone)]
pub struct ConsoleSignIn {
    /// Who signed in.
    pub user: ConsoleUser,
    /// The account signed in to.
    pub account: String,
    /// The browser's address.
    pub source_ip: String,
    /// The browser's `User-Agent`.
    pub user_agent: String,
    /// Whether an MFA code was checked during this sign-in.
    pub mfa_used: bool,
    /// The MFA device's serial number (ARN), when one was used.
    pub mfa_identifier: Option<String>,
    /// `None` for a successful sign-in; else the reason (`Failed authentication`).
    pub error_message: Option<String>,
    /// Where the user was sent after signing in (`LoginTo`).
    pub login_to: Option<String>,
    /// When the attempt was made.
    pub time: OffsetDateTime,
}

fn console_identity(user: &ConsoleUser, account: &str, success: bool) -> UserIdentity {
    match user {
        ConsoleUser::Root => UserIdentity {
            kind: "Root".into(),
            principal_id: Some(account.into()),
            arn: Some(format!("arn:aws:iam::{account}:root")),
            account_id: Some(account.into()),
            access_key_id: Some(String::new()),
            ..UserIdentity::default()
        },
        ConsoleUser::User { name, id, arn } => UserIdentity {
            kind: "IAMUser".into(),
            principal_id: Some(id.clone()),
            // A failed sign-in may lack the ARN in CloudTrail; iamd knows it, so keeps it.
            arn: Some(arn.clone()),
            account_id: Some(account.into()),
            access_key_id: if success { None } else { Some(String::new()) },
            user_name: Some(name.clone()),
            ..UserIdentity::default()
        },
        ConsoleUser::Unknown => UserIdentity {
            kind: "IAMUser".into(),
            account_id: Some(account.into()),
            access_key_id: Some(String::new()),
            user_name: Some("HIDDEN_DUE_TO_SECURITY_REASONS".into()),
            ..UserIdentity::default()
        },
    }
}

fn console_record(
    name: &str,
    identity: UserIdentity,
    account: &str,
    source_ip: &str,
    user_agent: &str,
    time: OffsetDateTime,
) -> Record {
    Record {
        event_version: EVENT_VERSION.into(),
        user_identity: identity,
        event_time: timestamp(time),
        event_source: EventSource::SignIn.as_str().into(),
        event_name: name.into(),
        aws_region: REGION.into(),
        source_ip_address: source_ip.into(),
        user_agent: user_agent.into(),
        error_code: None,
        error_message: None,
        request_parameters: Value::Null,
        response_elements: Value::Null,
        additional_event_data: None,
        request_id: None,
        event_id: new_event_id(),
        read_only: false,
        event_type: "AwsConsoleSignIn".into(),
        management_event: true,
        recipient_account_id: account.into(),
        event_category: "Management".into(),
    }
}

impl Record {
    /// A `ConsoleLogin` event (CloudTrail User Guide, "AWS Management Console sign-in events").
    pub fn console_sign_in(s: &ConsoleSignIn) -> Record {
        let success = s.error_message.is_none();
        let identity = console_identity(&s.user, &s.account, success);
        let mut r = console_record(
            "ConsoleLogin",
            identity,
            &s.account,
            &s.source_ip,
            &s.user_agent,
            s.time,
        );
        r.response_elements =
            json!({ "ConsoleLogin": if success { "Success" } else { "Failure" } });
        let mut extra = serde_json::Map::new();
        if let Some(to) = &s.login_to {
            extra.insert("LoginTo".into(), Value::String(to.clone()));
        }
        extra.insert("MobileVersion".into(), Value::String("No".into()));
        if s.mfa_used
            && let Some(mfa) = &s.mfa_identifier
        {
            extra.insert("MFAIdentifier".into(), Value::String(mfa.clone()));
        }
        extra.insert(
            "MFAUsed".into(),
            Value::String(if s.mfa_used { "Yes" } else { "No" }.into()),
        );
        r.additional_event_data = Some(Value::Object(extra));
        if let Some(message) = &s.error_message {
            r.error_message = Some(truncate(message, MAX_ERROR_MESSAGE));
        } else if matches!(s.user, ConsoleUser::Unknown) {
            r.error_message = Some("No username found in supplied account".into());
        }
        r
    }

    /// A console sign-out: CloudTrail records it as `ConsoleSignOut` from signin.amazonaws.com
    /// (no request parameters, no response elements).
    pub fn console_sign_out(
        user: &ConsoleUser,
        account: &str,
        source_ip: &str,
        user_agent: &str,
        time: OffsetDateTime,
    ) -> Record {
        let identity = console_identity(user, account, true);
        console_record(
            "ConsoleSignOut",
            identity,
            account,
            source_ip,
            user_agent,
            time,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(parameters: Value) -> Record {
        Record::api_call(ApiCall {
            source: EventSource::Iam,
            operation: "PutUserPolicy",
            identity: UserIdentity::unknown(Some(&"K".repeat(100_000))),
            source_ip: "127.0.0.1",
            user_agent: "test",
            request_parameters: parameters,
            response_elements: Value::Null,
            error: None,
            request_id: "r",
            recipient_account_id: "123456789012",
            time: OffsetDateTime::UNIX_EPOCH,
        })
    }

    #[test]
    fn parameters_over_100_kb_are_omitted_with_their_size() {
        let small = json!({"userName": "alice", "policyDocument": "x".repeat(1000)});
        assert_eq!(call(small.clone()).request_parameters, small);
        let big = json!({"userName": "alice", "policyDocument": "x".repeat(300_000)});
        let size = serde_json::to_vec(&big).unwrap().len();
        let r = call(big);
        assert_eq!(
            r.request_parameters,
            json!({"omitted": true, "originalSize": size})
        );
        assert!(serde_json::to_vec(&r).unwrap().len() < 4096);
    }

    #[test]
    fn a_claimed_access_key_id_is_cut_to_iams_longest() {
        let r = call(Value::Null);
        assert_eq!(r.user_identity.access_key_id.map(|k| k.len()), Some(128));
    }
}
