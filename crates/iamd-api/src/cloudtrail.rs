//! CloudTrail's `LookupEvents` on its own protocol (AWS JSON 1.1: `POST /` with
//! `X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents`),
//! SigV4-signed for service `cloudtrail` and authorized as `cloudtrail:LookupEvents` on `*`.
//!
//! Request and response follow the CloudTrail service model: one lookup attribute at most,
//! `StartTime`/`EndTime` in epoch seconds, `MaxResults` up to 50, `NextToken` paging; events
//! newest first, each with its record as the `CloudTrailEvent` JSON string. Errors are JSON
//! documents (`{"__type": "InvalidLookupAttributesException", "message": …}`).

use std::borrow::Cow;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::Response;
use iamd_audit::lookup::{self, Attribute, Cursor, Filter};
use iamd_audit::{AuditError, AuditLog, UserIdentity};
use iamd_core::audit::FromCaller;
use iamd_core::store::Store;
use iamd_core::{Call, CallError, Caller, CoreError, Iam, Operation, Origin};
use iamd_sigv4::RequestParts;
use serde_json::{Map, Value, json};
use time::OffsetDateTime;

use crate::trail;

/// The `X-Amz-Target` prefix of CloudTrail's operations.
pub const TARGET_PREFIX: &str = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.";
const CONTENT_TYPE: &str = "application/x-amz-json-1.1";
const DEFAULT_MAX: u64 = 50;

/// A JSON-protocol error.
struct JsonError {
    status: u16,
    kind: String,
    message: String,
}

impl JsonError {
    fn new(kind: &str, message: impl Into<String>) -> JsonError {
        JsonError {
            status: 400,
            kind: kind.into(),
            message: message.into(),
        }
    }

    fn from_core(e: &CoreError) -> JsonError {
        let kind = match e {
            CoreError::AccessDenied(_) => "AccessDeniedException",
            CoreError::Authentication { code, .. } => match *code {
                "InvalidClientTokenId" => "UnrecognizedClientException",
                "SignatureDoesNotMatch" => "InvalidSignatureException",
                other => other,
            },
            CoreError::ServiceFailure(_) => "InternalFailure",
            other => other.code(),
        };
        JsonError {
            status: if matches!(e, CoreError::ServiceFailure(_)) {
                500
            } else {
                400
            },
            kind: kind.into(),
            message: e.to_string(),
        }
    }
}

/// How the trail records a JSON-protocol failure (see `iamd_core::pipeline`). LookupEvents
/// reads only: it never has an intent to prepare, and a record it cannot write is logged.
impl CallError for JsonError {
    fn code(&self) -> &str {
        &self.kind
    }

    fn message(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.message)
    }

    fn unprepared(_operation: &str, error: AuditError) -> JsonError {
        JsonError {
            status: 500,
            kind: "InternalFailure".into(),
            message: format!("the audit record could not be prepared: {error}"),
        }
    }

    fn unrecorded(_operation: &str) -> Option<JsonError> {
        None
    }
}

/// Whether a request is for CloudTrail's JSON protocol.
pub fn is_json_protocol(headers: &HeaderMap) -> bool {
    headers.contains_key("x-amz-target")
}

/// What a JSON-protocol request is served with: the service and the trail (the front door
/// hands them over, so this module needs nothing of the server's state).
pub(crate) struct Backends<'a, S: Store> {
    pub(crate) iam: &'a Iam<S>,
    pub(crate) audit: &'a AuditLog,
}

/// Serve one JSON-protocol request and record it.
#[expect(
    clippy::too_many_arguments,
    reason = "the parts of one request, as the Query path takes them"
)]
pub(crate) async fn serve<S: Store>(
    state: &Backends<'_, S>,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
    peer: Option<&str>,
    secure: bool,
    request_id: &str,
    now: OffsetDateTime,
) -> Response {
    let target = headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let operation = target.strip_prefix(TARGET_PREFIX).unwrap_or(target);
    let mut caller = None;
    let result = handle(
        state,
        method,
        uri,
        headers,
        body,
        Origin {
            source_ip: peer,
            secure_transport: secure,
        },
        operation,
        &mut caller,
    )
    .await;
    // Only LookupEvents is recorded: any other target names nothing iamd serves.
    let result = if operation == "LookupEvents" {
        let identity = match &caller {
            Some(c) => UserIdentity::from_caller(c),
            None => UserIdentity::unknown(
                trail::access_key_of(headers, uri.query().unwrap_or("")).as_deref(),
            ),
        };
        // An unauthenticated request's body is not recorded (see the Query path).
        let mut params = match caller {
            Some(_) => serde_json::from_slice::<Value>(body).unwrap_or(Value::Null),
            None => Value::Null,
        };
        lower_camel_keys(&mut params);
        let user_agent = trail::user_agent(headers);
        let call = Call {
            operation: Operation::LookupEvents.name(),
            identity,
            request_parameters: params,
            source_ip: peer.unwrap_or(""),
            user_agent: &user_agent,
            request_id,
            recipient_account_id: state.iam.account_id(),
            time: now,
        };
        // A read: it runs outside any intent and its response is not kept.
        state
            .iam
            .record_call(call, state.audit, result, |_| Value::Null)
            .await
    } else {
        result
    };
    match result {
        Ok(v) => respond(StatusCode::OK, v.to_string(), request_id),
        Err(e) => {
            let body = json!({"__type": e.kind, "message": e.message}).to_string();
            respond(
                StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST),
                body,
                request_id,
            )
        }
    }
}

fn respond(status: StatusCode, body: String, request_id: &str) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    if let Ok(v) = HeaderValue::from_str(request_id) {
        h.insert("x-amzn-RequestId", v);
    }
    response
}

/// `LookupAttributes` → `lookupAttributes`, at every depth (CloudTrail's request parameters).
fn lower_camel_keys(v: &mut Value) {
    match v {
        Value::Object(map) => {
            let old = std::mem::take(map);
            *map = old
                .into_iter()
                .map(|(k, mut v)| {
                    lower_camel_keys(&mut v);
                    (iamd_audit::params::lower_camel(&k), v)
                })
                .collect::<Map<_, _>>();
        }
        Value::Array(items) => items.iter_mut().for_each(lower_camel_keys),
        _ => {}
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "the parts of one request, as the Query path takes them"
)]
async fn handle<S: Store>(
    state: &Backends<'_, S>,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
    origin: Origin<'_>,
    operation: &str,
    caller_out: &mut Option<Caller>,
) -> Result<Value, JsonError> {
    if method != Method::POST {
        return Err(JsonError::new(
            "UnknownOperationException",
            "The JSON protocol takes POST requests.",
        ));
    }
    let header_list: Vec<(&str, &[u8])> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_bytes()))
        .collect();
    let parts = RequestParts {
        method: method.as_str(),
        path: uri.path(),
        query: uri.query().unwrap_or(""),
        headers: &header_list,
        body,
    };
    let caller = state
        .iam
        .authenticate(&parts, "cloudtrail", origin)
        .await
        .map_err(|e| JsonError::from_core(&e))?;
    *caller_out = Some(caller.clone());
    if operation != "LookupEvents" {
        return Err(JsonError::new(
            "UnknownOperationException",
            format!(
                "The operation {operation} is not served here; iamd serves CloudTrail's LookupEvents."
            ),
        ));
    }
    state
        .iam
        .authorize(&caller, Operation::LookupEvents, "*")
        .await
        .map_err(|e| JsonError::from_core(&e))?;
    let input: Value = if body.is_empty() {
        json!({})
    } else {
        serde_json::from_slice(body).map_err(|e| {
            JsonError::new(
                "SerializationException",
                format!("The request body is not JSON: {e}"),
            )
        })?
    };
    let (filter, max, cursor) = parse_input(&input)?;
    // Make the records of calls answered before this one visible to it.
    let _ = state.audit.sync().await;
    let data_dir = state.audit.data_dir().to_path_buf();
    let (found, next) = tokio::task::spawn_blocking(move || {
        lookup::lookup(&data_dir, &filter, cursor.as_ref(), max)
    })
    .await
    .map_err(|e| JsonError {
        status: 500,
        kind: "InternalFailure".into(),
        message: format!("the lookup stopped: {e}"),
    })?
    .map_err(|e| JsonError {
        status: 500,
        kind: "InternalFailure".into(),
        message: e.to_string(),
    })?;
    let events: Vec<Value> = found.iter().map(event).collect();
    let mut out = json!({ "Events": events });
    if let Some(c) = next {
        out["NextToken"] =
            Value::String(data_encoding::BASE64URL_NOPAD.encode(c.encode().as_bytes()));
    }
    Ok(out)
}

fn time_of(v: &Value, name: &str) -> Result<Option<OffsetDateTime>, JsonError> {
    let bad = || {
        JsonError::new(
            "InvalidTimeRangeException",
            format!("{name} is not a valid time."),
        )
    };
    match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => {
            let secs = n.as_f64().ok_or_else(bad)?;
            OffsetDateTime::from_unix_timestamp_nanos((secs * 1e9) as i128)
                .map(Some)
                .map_err(|_| bad())
        }
        Some(Value::String(s)) => {
            OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
                .map(Some)
                .map_err(|_| bad())
        }
        Some(_) => Err(bad()),
    }
}

fn parse_input(v: &Value) -> Result<(Filter, usize, Option<Cursor>), JsonError> {
    let mut filter = Filter::default();
    if let Some(attrs) = v.get("LookupAttributes").filter(|a| !a.is_null()) {
        let attrs = attrs.as_array().ok_or_else(|| {
            JsonError::new(
                "InvalidLookupAttributesException",
                "LookupAttributes must be a list.",
            )
        })?;
        if attrs.len() > 1 {
            return Err(JsonError::new(
                "InvalidLookupAttributesException",
                "You cannot specify more than one lookup attribute.",
            ));
        }
        for a in attrs {
            let key = a.get("AttributeKey").and_then(Value::as_str).unwrap_or("");
            let value = a
                .get("AttributeValue")
                .and_then(Value::as_str)
                .unwrap_or("");
            if value.is_empty() || value.len() > 2000 {
                return Err(JsonError::new(
                    "InvalidLookupAttributesException",
                    "The lookup attribute value must be 1 to 2000 characters.",
                ));
            }
            let attr = Attribute::from_key(key, value).ok_or_else(|| {
                JsonError::new(
                    "InvalidLookupAttributesException",
                    format!("{key} is not a valid lookup attribute key: use EventId, EventName, ReadOnly, Username, ResourceType, ResourceName, EventSource or AccessKeyId."),
                )
            })?;
            filter.attributes.push(attr);
        }
    }
    filter.start = time_of(v, "StartTime")?;
    filter.end = time_of(v, "EndTime")?;
    if let (Some(s), Some(e)) = (filter.start, filter.end)
        && s > e
    {
        return Err(JsonError::new(
            "InvalidTimeRangeException",
            "The start time must be before the end time.",
        ));
    }
    if let Some(c) = v.get("EventCategory").and_then(Value::as_str)
        && c != "insight"
    {
        return Err(JsonError::new(
            "InvalidEventCategoryException",
            format!("{c} is not a valid event category."),
        ));
    }
    let max = match v.get("MaxResults") {
        None | Some(Value::Null) => DEFAULT_MAX,
        Some(m) => m
            .as_u64()
            .filter(|n| (1..=DEFAULT_MAX).contains(n))
            .ok_or_else(|| {
                JsonError::new(
                    "InvalidMaxResultsException",
                    "MaxResults must be from 1 to 50.",
                )
            })?,
    };
    let cursor = match v.get("NextToken").and_then(Value::as_str) {
        None => None,
        Some(t) => Some(
            data_encoding::BASE64URL_NOPAD
                .decode(t.as_bytes())
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .and_then(|s| Cursor::decode(&s))
                .ok_or_else(|| {
                    JsonError::new("InvalidNextTokenException", "The NextToken is not valid.")
                })?,
        ),
    };
    // Insight events are not recorded: that category is always empty.
    if v.get("EventCategory").is_some() {
        filter.attributes.push(Attribute::EventId(String::new()));
    }
    Ok((filter, max as usize, cursor))
}

/// One event of the LookupEvents response.
fn event(f: &lookup::Found) -> Value {
    let r = &f.record;
    let time = OffsetDateTime::parse(
        &r.event_time,
        &time::format_description::well_known::Rfc3339,
    )
    .map(|t| t.unix_timestamp())
    .unwrap_or(0);
    let mut e = Map::new();
    e.insert("EventId".into(), json!(r.event_id));
    e.insert("EventName".into(), json!(r.event_name));
    e.insert("ReadOnly".into(), json!(r.read_only.to_string()));
    if let Some(k) = r
        .user_identity
        .access_key_id
        .as_deref()
        .filter(|k| !k.is_empty())
    {
        e.insert("AccessKeyId".into(), json!(k));
    }
    e.insert("EventTime".into(), json!(time));
    e.insert("EventSource".into(), json!(r.event_source));
    if let Some(u) = r.lookup_username() {
        e.insert("Username".into(), json!(u));
    }
    let resources: Vec<Value> = r
        .resources()
        .into_iter()
        .map(|(t, n)| json!({"ResourceType": t, "ResourceName": n}))
        .collect();
    e.insert("Resources".into(), Value::Array(resources));
    e.insert("CloudTrailEvent".into(), json!(f.line));
    Value::Object(e)
}
