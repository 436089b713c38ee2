//! The HTTP front door for IAM and STS: one route, `/`, taking the Query protocol by POST form
//! or GET query string.
//!
//! Every request walks the same way: buffer the body (capped), name the operation, verify the
//! SigV4 signature over the same bytes, decode and validate the typed input, run the operation
//! as the authenticated caller (which authorizes it), and encode the result or the error as
//! AWS does. No client mistake produces a 5xx.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, Method, Request, StatusCode, header};
use axum::response::Response;
use iamd_audit::{ApiCall, AuditLog, Record, UserIdentity};
use iamd_core::audit::{self, FromCaller};
use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam, Origin, forwarded};
use iamd_sigv4::RequestParts;

use crate::generated::{Input, Operation, Service};
use crate::query::QueryParams;
use crate::xml::{self, Fault};
use crate::{cloudtrail, handlers, trail};

/// Largest request body accepted. IAM's largest parameter is a policy document of 131,072
/// characters, which URL-encoding can triple.
pub const MAX_BODY: usize = 512 * 1024;

/// How much of an oversized body is read (and thrown away) before answering 413.
const DRAIN_LIMIT: usize = 8 * MAX_BODY;

/// The router serving IAM and STS (Query protocol) and CloudTrail's LookupEvents (JSON
/// protocol) at `/`; every call is recorded in `audit`.
pub fn router<S: Store>(iam: Arc<Iam<S>>, audit: Arc<AuditLog>, config: ApiConfig) -> Router {
    Router::new()
        .fallback(serve::<S>)
        .with_state(Arc::new(AppState {
            iam,
            audit,
            trusted_proxies: config.trusted_proxies,
        }))
}

/// How the API is deployed.
#[derive(Debug, Clone, Default)]
pub struct ApiConfig {
    /// Reverse proxies whose `X-Forwarded-For` / `X-Forwarded-Proto` are believed (see
    /// `iamd_core::forwarded`, the rule the console follows too).
    pub trusted_proxies: Vec<IpAddr>,
}

/// What every request needs: the account and its audit trail.
pub(crate) struct AppState<S: Store> {
    pub(crate) iam: Arc<Iam<S>>,
    pub(crate) audit: Arc<AuditLog>,
    trusted_proxies: Vec<IpAddr>,
}

/// What the request path learned, for its audit record.
struct Seen {
    /// When the request arrived: the record's eventTime.
    now: time::OffsetDateTime,
    operation: Option<Operation>,
    params: Option<QueryParams>,
    caller: Option<Caller>,
    /// The redacted parameters, when computed before the call (calls that change state).
    request_parameters: Option<serde_json::Value>,
    /// The record a state-changing call commits with its change (see `audit::outbox`).
    intent: Option<audit::Intent>,
    /// `aws:SecureTransport`: the client's request came over TLS.
    secure_transport: bool,
}

impl Seen {
    fn new(now: time::OffsetDateTime) -> Seen {
        Seen {
            now,
            operation: None,
            params: None,
            caller: None,
            request_parameters: None,
            intent: None,
            secure_transport: false,
        }
    }
}

/// The client of `request` (its address and whether it came over TLS), by the rule both
/// front doors follow.
pub(crate) fn client_of(trusted: &[IpAddr], request: &Request<Body>) -> forwarded::Client {
    let header = |name: &str| request.headers().get(name).and_then(|v| v.to_str().ok());
    forwarded::client(
        trusted,
        request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip()),
        request
            .extensions()
            .get::<forwarded::Tls>()
            .is_some_and(|t| t.0),
        header("x-forwarded-for"),
        header("x-forwarded-proto"),
    )
}

/// Why a request body could not be read.
pub(crate) enum BodyError {
    /// Over [`MAX_BODY`].
    TooLarge,
    /// It did not arrive within the listener's body timeout.
    Timeout,
    /// The connection ended before the body did.
    Incomplete,
}

/// Read a body of at most [`MAX_BODY`] bytes. A larger one is read on and thrown away (up to
/// [`DRAIN_LIMIT`], never kept), so that a client sending it finishes and reads the 413
/// instead of seeing its connection reset.
pub(crate) async fn read_body(mut body: Body, declared: Option<usize>) -> Result<Bytes, BodyError> {
    use http_body_util::BodyExt;
    // A body declared too large is never kept; one declared to fit is kept in one allocation.
    let keep = declared.is_none_or(|n| n <= MAX_BODY);
    let mut kept: Vec<u8> = Vec::with_capacity(declared.filter(|_| keep).unwrap_or(0));
    let mut seen: usize = 0;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| {
            let timeout =
                std::error::Error::source(&e).is_some_and(|s| s.is::<crate::listen::BodyTimeout>());
            if timeout {
                BodyError::Timeout
            } else {
                BodyError::Incomplete
            }
        })?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        seen = seen.saturating_add(data.len());
        if seen > DRAIN_LIMIT {
            return Err(BodyError::TooLarge);
        }
        if keep && seen <= MAX_BODY {
            kept.extend_from_slice(&data);
        } else if !kept.is_empty() {
            kept = Vec::new();
        }
    }
    if seen > MAX_BODY {
        return Err(BodyError::TooLarge);
    }
    Ok(Bytes::from(kept))
}

fn too_large() -> String {
    format!("The request body exceeds the maximum size of {MAX_BODY} bytes.")
}

/// A failure and the service whose namespace its error document uses.
struct Failure {
    service: Service,
    status: u16,
    code: String,
    message: String,
    sender: bool,
}

impl Failure {
    fn new(service: Service, status: u16, code: &str, message: impl Into<String>) -> Failure {
        Failure {
            service,
            status,
            code: code.to_string(),
            message: message.into(),
            sender: status < 500,
        }
    }

    fn from_core(service: Service, e: &CoreError) -> Failure {
        Failure {
            service,
            status: e.http_status(),
            code: e.code().to_string(),
            message: e.to_string(),
            sender: e.is_sender_fault(),
        }
    }
}

async fn serve<S: Store>(
    State(state): State<Arc<AppState<S>>>,
    request: Request<Body>,
) -> Response {
    let request_id = iamd_audit::new_request_id();
    let client = client_of(&state.trusted_proxies, &request);
    let peer = client.ip.map(|ip| ip.to_string());
    let secure = client.secure_transport;
    let now = state.iam.now();
    let (parts, body) = request.into_parts();
    if cloudtrail::is_json_protocol(&parts.headers) {
        let declared = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        return match read_body(body, declared).await {
            Ok(bytes) => {
                cloudtrail::serve(
                    &cloudtrail::Backends {
                        iam: &state.iam,
                        audit: &state.audit,
                    },
                    &parts.method,
                    &parts.uri,
                    &parts.headers,
                    &bytes,
                    peer.as_deref(),
                    secure,
                    &request_id,
                    now,
                )
                .await
            }
            Err(BodyError::TooLarge) => respond(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!(
                    "{{\"__type\":\"RequestEntityTooLarge\",\"message\":\"{}\"}}",
                    too_large()
                ),
                &request_id,
            ),
            Err(_) => respond(
                StatusCode::REQUEST_TIMEOUT,
                "{\"__type\":\"RequestTimeout\",\"message\":\"The request body did not arrive whole.\"}".to_string(),
                &request_id,
            ),
        };
    }
    let mut seen = Seen::new(now);
    seen.secure_transport = secure;
    let mut result = handle(
        &state.iam,
        &parts.method,
        &parts.uri,
        &parts.headers,
        body,
        peer.as_deref(),
        &request_id,
        &mut seen,
    )
    .await;
    if let Some(operation) = seen.operation {
        let record = audit_record(
            &state.iam,
            operation,
            &mut seen,
            &result,
            &parts.headers,
            parts.uri.query().unwrap_or(""),
            peer.as_deref(),
            &request_id,
        );
        let durable = operation.is_durable();
        // A change is answered only once its record is on disk.
        let appended = state.audit.append(&record, durable).await;
        if let (Ok(()), Some(intent)) = (&appended, &seen.intent) {
            // The record is in the trail: the copy committed with the change may go.
            state.iam.audit_settled(intent);
        }
        if let Err(e) = appended {
            tracing::error!(request_id, error = %e, "the audit record could not be written");
            if durable {
                result = Err(Failure::new(
                    operation.service(),
                    500,
                    "ServiceFailure",
                    "The request was carried out but its audit record could not be written.",
                ));
            }
        }
    }
    match result {
        Ok(xml) => respond(StatusCode::OK, xml, &request_id),
        Err(f) => {
            if f.status >= 500 {
                tracing::error!(request_id, code = %f.code, message = %f.message, "request failed");
            } else {
                tracing::debug!(request_id, code = %f.code, message = %f.message, "request refused");
            }
            let fault = if f.sender {
                Fault::Sender
            } else {
                Fault::Receiver
            };
            let body = xml::error_response(
                f.service.namespace(),
                fault,
                &f.code,
                &f.message,
                &request_id,
            )
            .unwrap_or_default();
            respond(
                StatusCode::from_u16(f.status).unwrap_or(StatusCode::BAD_REQUEST),
                body,
                &request_id,
            )
        }
    }
}

/// The audit record of one Query-protocol call.
#[expect(
    clippy::too_many_arguments,
    reason = "everything the request path learned about one call"
)]
fn audit_record<S: Store>(
    iam: &Iam<S>,
    operation: Operation,
    seen: &mut Seen,
    result: &Result<String, Failure>,
    headers: &HeaderMap,
    query: &str,
    peer: Option<&str>,
    request_id: &str,
) -> Record {
    let name = operation.name();
    let identity = match &seen.caller {
        Some(c) => UserIdentity::from_caller(c),
        None => UserIdentity::unknown(trail::access_key_of(headers, query).as_deref()),
    };
    let request_parameters = match (seen.request_parameters.take(), &seen.caller) {
        (Some(p), _) => p,
        // Not authenticated: as CloudTrail, the record says who the request claimed to be and
        // why it failed, never what it carried. Anyone can send such requests; their records
        // stay small whatever the body.
        (None, None) => serde_json::Value::Null,
        (None, Some(_)) => seen.params.as_ref().map_or(serde_json::Value::Null, |p| {
            audit::params::request_parameters(p.iter())
        }),
    };
    // Only calls that change state (or issue credentials) keep their response elements.
    let response_elements = match result {
        Ok(xml) if operation.keeps_response() => trail::response_elements(xml),
        _ => serde_json::Value::Null,
    };
    let user_agent = trail::user_agent(headers);
    let mut record = Record::classified_call(
        ApiCall {
            source: audit::event_source(operation),
            operation: name,
            identity,
            source_ip: peer.unwrap_or(""),
            user_agent: &user_agent,
            request_parameters,
            response_elements,
            error: result
                .as_ref()
                .err()
                .map(|f| (f.code.as_str(), f.message.as_str())),
            request_id,
            recipient_account_id: iam.account_id(),
            time: seen.now,
        },
        audit::call_class(operation),
    );
    if let Some(intent) = &seen.intent {
        // The same event as the copy committed with the change.
        record.event_id = intent.event_id().to_string();
    }
    record
}

/// The intent of a state-changing call: its record as far as it is known before the call
/// runs (no response, no error), committed with the call's change (see `audit::outbox`).
#[expect(
    clippy::too_many_arguments,
    reason = "everything the record needs from the request"
)]
fn intent<S: Store>(
    iam: &Iam<S>,
    operation: Operation,
    caller: &Caller,
    request_parameters: serde_json::Value,
    headers: &HeaderMap,
    peer: Option<&str>,
    request_id: &str,
    now: time::OffsetDateTime,
) -> Result<audit::Intent, Failure> {
    let user_agent = trail::user_agent(headers);
    let skeleton = Record::classified_call(
        ApiCall {
            source: audit::event_source(operation),
            operation: operation.name(),
            identity: UserIdentity::from_caller(caller),
            source_ip: peer.unwrap_or(""),
            user_agent: &user_agent,
            request_parameters,
            response_elements: serde_json::Value::Null,
            error: None,
            request_id,
            recipient_account_id: iam.account_id(),
            time: now,
        },
        audit::call_class(operation),
    );
    audit::Intent::new(&skeleton).map_err(|e| {
        Failure::new(
            operation.service(),
            500,
            "ServiceFailure",
            format!("the audit record could not be prepared: {e}"),
        )
    })
}

fn respond(status: StatusCode, body: String, request_id: &str) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/xml"));
    if let Ok(v) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-RequestId", v);
    }
    response
}

#[expect(
    clippy::too_many_arguments,
    reason = "the parts of one request and what the audit record needs from it"
)]
async fn handle<S: Store>(
    iam: &Iam<S>,
    method: &Method,
    uri: &axum::http::Uri,
    headers: &HeaderMap,
    body: Body,
    peer: Option<&str>,
    request_id: &str,
    seen: &mut Seen,
) -> Result<String, Failure> {
    let query = uri.query().unwrap_or("");
    // Before anything is known the error speaks for IAM.
    let early = |status, code: &str, msg: &str| Failure::new(Service::Iam, status, code, msg);
    if method != Method::POST && method != Method::GET {
        return Err(early(
            405,
            "InvalidAction",
            "Only GET and POST are supported.",
        ));
    }
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    // A client that waits for `100 Continue` before sending its body is told now, before it
    // sends anything; any other is told now only when draining its body is not worth it.
    let waits_to_send = headers
        .get(header::EXPECT)
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
    if declared.is_some_and(|n| n > DRAIN_LIMIT || (n > MAX_BODY && waits_to_send)) {
        return Err(early(413, "RequestEntityTooLarge", &too_large()));
    }
    let body = read_body(body, declared).await.map_err(|e| match e {
        BodyError::TooLarge => early(413, "RequestEntityTooLarge", &too_large()),
        BodyError::Timeout => early(
            408,
            "RequestTimeout",
            "The request body did not arrive in time; the connection is closed.",
        ),
        BodyError::Incomplete => early(
            400,
            "IncompleteBody",
            "The request body ended before the length its Content-Length declared.",
        ),
    })?;
    // POST carries the parameters in the form body; GET (and presigned requests) in the query.
    let params = if method == Method::POST && !body.is_empty() {
        QueryParams::parse(&body)
    } else {
        QueryParams::parse(query.as_bytes())
    };
    let result = handle_params(
        iam, method, uri, headers, &body, &params, peer, request_id, seen,
    )
    .await;
    seen.params = Some(params);
    result
}

/// The rest of [`handle`], once the parameters are known.
#[expect(
    clippy::too_many_arguments,
    reason = "the parts of one request and what the audit record needs from it"
)]
async fn handle_params<S: Store>(
    iam: &Iam<S>,
    method: &Method,
    uri: &axum::http::Uri,
    headers: &HeaderMap,
    body: &Bytes,
    params: &QueryParams,
    peer: Option<&str>,
    request_id: &str,
    seen: &mut Seen,
) -> Result<String, Failure> {
    let query = uri.query().unwrap_or("");
    let early = |status, code: &str, msg: &str| Failure::new(Service::Iam, status, code, msg);
    let action = params.action().ok_or_else(|| {
        early(
            400,
            "MissingAction",
            "The request must contain the parameter Action.",
        )
    })?;
    let operation = Operation::from_action(action).ok_or_else(|| {
        early(
            400,
            "InvalidAction",
            &format!("The action {action} is not valid for this web service."),
        )
    })?;
    let service = operation.service();
    seen.operation = Some(operation);
    let version = params.version().unwrap_or("");
    if version != service.api_version() {
        return Err(Failure::new(
            service,
            400,
            "InvalidAction",
            format!("Could not find operation {action} for version {version}."),
        ));
    }

    // SigV4 over exactly these bytes.
    let header_list: Vec<(&str, &[u8])> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_bytes()))
        .collect();
    let parts = RequestParts {
        method: method.as_str(),
        path: uri.path(),
        query,
        headers: &header_list,
        body,
    };
    let origin = Origin {
        source_ip: peer,
        secure_transport: seen.secure_transport,
    };
    let caller = iam
        .authenticate(&parts, service.signing_name(), origin)
        .await
        .map_err(|e| Failure::from_core(service, &e))?;
    // Kept for the audit record (moved, not copied: this is every request's path).
    let caller: &Caller = seen.caller.insert(caller);

    let input = Input::from_query(operation, params)
        .map_err(|e| Failure::new(service, e.http_status(), e.code(), e.to_string()))?;
    // A call that changes state commits its record with its change (read-only calls skip
    // this: they write nothing).
    let output = if operation.is_durable() {
        let parameters = audit::params::request_parameters(params.iter());
        let intent = intent(
            iam,
            operation,
            caller,
            parameters.clone(),
            headers,
            peer,
            request_id,
            seen.now,
        )?;
        seen.request_parameters = Some(parameters);
        let intent = seen.intent.insert(intent);
        intent.scope(handlers::dispatch(iam, caller, input)).await
    } else {
        handlers::dispatch(iam, caller, input).await
    }
    .map_err(|e| Failure::from_core(service, &e))?;
    // Subscribers (the lockout watcher) hear of the change; their work runs off the request path.
    iam.publish_change(operation.name());
    output.to_xml(request_id).map_err(|e| {
        Failure::new(
            service,
            500,
            "ServiceFailure",
            format!("the response could not be encoded: {e}"),
        )
    })
}
