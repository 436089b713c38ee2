//! The HTTP front door for IAM and STS: one route, `/`, taking the Query protocol by POST form
//! or GET query string.
//!
//! Every request walks the same way: buffer the body (capped), name the operation, verify the
//! SigV4 signature over the same bytes, decode and validate the typed input, run the operation
//! as the authenticated caller (which authorizes it), and encode the result or the error as
//! AWS does. No client mistake produces a 5xx.

use std::borrow::Cow;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, Method, Request, StatusCode, header};
use axum::response::Response;
use iamd_audit::{AuditError, AuditLog, UserIdentity};
use iamd_core::audit::{self, FromCaller};
use iamd_core::store::Store;
use iamd_core::{Call, CallError, Caller, CoreError, Iam, Origin, forwarded};
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

/// What the request path knows of a request before reading it, for its audit record.
struct Context<'a> {
    /// When the request arrived: the record's eventTime.
    now: time::OffsetDateTime,
    /// `aws:SecureTransport`: the client's request came over TLS.
    secure_transport: bool,
    /// The client's address (by the rule of `client_of`).
    peer: Option<&'a str>,
    request_id: &'a str,
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

/// How the trail records a failure and how a call that cannot be recorded is answered (see
/// `iamd_core::pipeline`).
impl CallError for Failure {
    fn code(&self) -> &str {
        &self.code
    }

    fn message(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.message)
    }

    fn unprepared(operation: &str, error: AuditError) -> Failure {
        Failure::new(
            service_of(operation),
            500,
            "ServiceFailure",
            format!("the audit record could not be prepared: {error}"),
        )
    }

    /// A change the trail does not hold is not acknowledged as done.
    fn unrecorded(operation: &str) -> Option<Failure> {
        Some(Failure::new(
            service_of(operation),
            500,
            "ServiceFailure",
            "The request was carried out but its audit record could not be written.",
        ))
    }
}

/// The service whose namespace `operation`'s errors use.
fn service_of(operation: &str) -> Service {
    Operation::from_name(operation).map_or(Service::Iam, Operation::service)
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
    let context = Context {
        now,
        secure_transport: secure,
        peer: peer.as_deref(),
        request_id: &request_id,
    };
    let result = handle(
        &state,
        &parts.method,
        &parts.uri,
        &parts.headers,
        body,
        &context,
    )
    .await;
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

/// Read, check, run and record one Query-protocol request.
async fn handle<S: Store>(
    state: &AppState<S>,
    method: &Method,
    uri: &axum::http::Uri,
    headers: &HeaderMap,
    body: Body,
    context: &Context<'_>,
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
    let request = Query {
        method,
        uri,
        headers,
        body: &body,
        params: &params,
    };
    handle_params(state, &request, context).await
}

/// One Query-protocol request, read whole.
struct Query<'a> {
    method: &'a Method,
    uri: &'a axum::http::Uri,
    headers: &'a HeaderMap,
    body: &'a Bytes,
    params: &'a QueryParams,
}

/// The rest of [`handle`], once the parameters are known: name the operation (a request
/// naming none is answered without a record), then check it and run it through core's call
/// pipeline, which records it.
async fn handle_params<S: Store>(
    state: &AppState<S>,
    request: &Query<'_>,
    context: &Context<'_>,
) -> Result<String, Failure> {
    let params = request.params;
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
    let iam = &*state.iam;
    let user_agent = trail::user_agent(request.headers);
    let checked = check(iam, operation, request, context).await;
    let call = |caller: Option<&Caller>| Call {
        operation: operation.name(),
        identity: match caller {
            Some(c) => UserIdentity::from_caller(c),
            None => UserIdentity::unknown(
                trail::access_key_of(request.headers, request.uri.query().unwrap_or("")).as_deref(),
            ),
        },
        // Not authenticated: as CloudTrail, the record says who the request claimed to be
        // and why it failed, never what it carried. Anyone can send such requests; their
        // records stay small whatever the body.
        request_parameters: match caller {
            Some(_) => audit::params::request_parameters(params.iter()),
            None => serde_json::Value::Null,
        },
        source_ip: context.peer.unwrap_or(""),
        user_agent: &user_agent,
        request_id: context.request_id,
        recipient_account_id: iam.account_id(),
        time: context.now,
    };
    // Only calls that change state (or issue credentials) keep their response elements;
    // the pipeline asks for them only then.
    let elements = |xml: &String| trail::response_elements(xml);
    match checked {
        Ok((caller, input)) => {
            let service = operation.service();
            let run = async {
                let output = handlers::dispatch(iam, &caller, input)
                    .await
                    .map_err(|e| Failure::from_core(service, &e))?;
                output.to_xml(context.request_id).map_err(|e| {
                    Failure::new(
                        service,
                        500,
                        "ServiceFailure",
                        format!("the response could not be encoded: {e}"),
                    )
                })
            };
            iam.call(call(Some(&caller)), Some(&state.audit), run, elements)
                .await
        }
        Err((caller, refused)) => {
            iam.record_call(call(caller.as_ref()), &state.audit, Err(refused), elements)
                .await
        }
    }
}

/// A request for `operation`, checked: the API version, the signature (its caller), the
/// typed input. A refusal keeps the caller when it got as far as authenticating, for the
/// record.
async fn check<S: Store>(
    iam: &Iam<S>,
    operation: Operation,
    request: &Query<'_>,
    context: &Context<'_>,
) -> Result<(Caller, Input), (Option<Caller>, Failure)> {
    let service = operation.service();
    let params = request.params;
    let version = params.version().unwrap_or("");
    if version != service.api_version() {
        return Err((
            None,
            Failure::new(
                service,
                400,
                "InvalidAction",
                format!(
                    "Could not find operation {} for version {version}.",
                    operation.name()
                ),
            ),
        ));
    }
    // SigV4 over exactly these bytes.
    let header_list: Vec<(&str, &[u8])> = request
        .headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_bytes()))
        .collect();
    let parts = RequestParts {
        method: request.method.as_str(),
        path: request.uri.path(),
        query: request.uri.query().unwrap_or(""),
        headers: &header_list,
        body: request.body,
    };
    let origin = Origin {
        source_ip: context.peer,
        secure_transport: context.secure_transport,
    };
    let caller = iam
        .authenticate(&parts, service.signing_name(), origin)
        .await
        .map_err(|e| (None, Failure::from_core(service, &e)))?;
    match Input::from_query(operation, params) {
        Ok(input) => Ok((caller, input)),
        Err(e) => Err((
            Some(caller),
            Failure::new(service, e.http_status(), e.code(), e.to_string()),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_that_cannot_be_recorded_is_a_service_failure_in_its_services_namespace() {
        for (operation, service) in [("CreateUser", Service::Iam), ("AssumeRole", Service::Sts)] {
            let lost = Failure::unrecorded(operation).unwrap();
            assert_eq!((lost.status, lost.code.as_str()), (500, "ServiceFailure"));
            assert_eq!(lost.service, service);
            assert!(!lost.sender, "the client did nothing wrong");
            let unprepared =
                Failure::unprepared(operation, AuditError::Invalid("no encoding".into()));
            assert_eq!(
                (unprepared.status, unprepared.code.as_str()),
                (500, "ServiceFailure")
            );
            assert_eq!(unprepared.service, service);
            assert!(unprepared.message.contains("no encoding"));
        }
    }
}
