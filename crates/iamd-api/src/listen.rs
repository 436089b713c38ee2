//! The listener: accepts connections and serves HTTP/1.1 on them, with the limits that keep
//! one client (or a crowd of them) from taking the server away from everyone else.
//!
//! - **Connections**: at most [`Limits::max_connections`] at once. Past that a new connection
//!   is answered `503 ServiceUnavailable` (AWS's error document) and closed; a few such
//!   answers are in flight at a time, past that a connection is closed at once. Each
//!   connection holds one open file: the limit stays under the process's open-file limit.
//! - **Headers**: a request's head must arrive within [`Limits::header_timeout`], and a
//!   kept-alive connection that sends nothing is closed after the same time.
//! - **Bodies**: a request's body must arrive within [`Limits::body_timeout`] (the request
//!   then fails with `RequestTimeout`). A declared `Content-Length` over the API's maximum is
//!   refused before anything is read when the client waits for `100 Continue`, and over the
//!   drain limit in any case (see `server`).
//! - **Requests**: at most [`Limits::max_requests`] in progress at once; past that,
//!   `503 ServiceUnavailable` at once (clients retry it with back-off).
//!
//! Every request carries the peer address (`ConnectInfo<SocketAddr>`) and whether iamd
//! terminated TLS for it (`iamd_core::forwarded::Tls`).

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use hyper::body::{Frame, Incoming, SizeHint};
use hyper_util::rt::{TokioIo, TokioTimer};
use iamd_core::forwarded::Tls;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};

use crate::xml::{self, Fault};

/// The limits of one listener.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_connections: usize,
    pub max_requests: usize,
    pub header_timeout: Duration,
    pub body_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_connections: 512,
            max_requests: 128,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
        }
    }
}

/// The most a connection buffers from its socket, a request's head included.
const READ_BUFFER: usize = 64 << 10;
/// How many refusals (a 503 written to a connection over the limit) may be in flight.
const MAX_REFUSING: usize = 32;
/// How long a refused connection is given to read its 503.
const REFUSAL_GRACE: Duration = Duration::from_secs(1);
/// How long in-flight requests may run on after a stop was asked for.
const DRAIN_ON_STOP: Duration = Duration::from_secs(10);

/// Wraps an accepted TCP stream (TLS, or nothing).
pub trait Acceptor: Clone + Send + Sync + 'static {
    type Stream: AsyncRead + AsyncWrite + Unpin + Send + 'static;
    /// The stream to speak HTTP on; `None` when the handshake failed (the connection is
    /// dropped).
    fn accept(&self, tcp: TcpStream) -> impl Future<Output = Option<Self::Stream>> + Send;
    /// Whether the stream is TLS.
    fn tls(&self) -> bool;
}

/// Plain HTTP.
#[derive(Debug, Clone, Copy)]
pub struct Plain;

impl Acceptor for Plain {
    type Stream = TcpStream;
    async fn accept(&self, tcp: TcpStream) -> Option<TcpStream> {
        Some(tcp)
    }
    fn tls(&self) -> bool {
        false
    }
}

/// The error a request body gives when it did not arrive in time.
#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive within {0:?}")]
pub struct BodyTimeout(pub Duration);

/// Serve `app` on `listener` under `limits` until `shutdown` completes, then let requests in
/// progress finish (for a while).
pub async fn serve<A: Acceptor>(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    acceptor: A,
    shutdown: impl Future<Output = ()>,
) {
    let connections = Arc::new(Semaphore::new(limits.max_connections));
    let requests = Arc::new(Semaphore::new(limits.max_requests));
    let refusing = Arc::new(Semaphore::new(MAX_REFUSING));
    let (stop_tx, stop_rx) = watch::channel(false);
    let limits = Arc::new(limits);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it was accepted:
                    // wait a little instead of spinning.
                    tracing::warn!(error = %e, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = tcp.set_nodelay(true);
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            if let Ok(refusal) = refusing.clone().try_acquire_owned() {
                tokio::spawn(async move {
                    refuse(tcp).await;
                    drop(refusal);
                });
            }
            continue;
        };
        let app = app.clone();
        let limits = limits.clone();
        let requests = requests.clone();
        let acceptor = acceptor.clone();
        let mut stop = stop_rx.clone();
        tokio::spawn(async move {
            let Ok(Some(stream)) =
                tokio::time::timeout(limits.header_timeout, acceptor.accept(tcp)).await
            else {
                return;
            };
            let tls = acceptor.tls();
            let header_timeout = limits.header_timeout;
            let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                let app = app.clone();
                let requests = requests.clone();
                let limits = limits.clone();
                async move {
                    Ok::<_, Infallible>(handle(app, request, peer, tls, &requests, &limits).await)
                }
            });
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                // Each connection's read buffer (and so its largest head): hyper's default of
                // about 400 KiB made a hundred slow bodies cost 40 MB.
                .max_buf_size(READ_BUFFER)
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service);
            let mut connection = std::pin::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                () = async { let _ = stop.wait_for(|s| *s).await; } => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
            drop(permit);
        });
    }
    drop(listener);
    let _ = stop_tx.send(true);
    // Every connection gives its permit back when it ends.
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(DRAIN_ON_STOP, connections.acquire_many(all)).await;
}

/// One request: the in-progress limit, the body deadline, the connection's facts.
async fn handle(
    app: Router,
    request: Request<Incoming>,
    peer: SocketAddr,
    tls: bool,
    requests: &Arc<Semaphore>,
    limits: &Limits,
) -> Response<Body> {
    let console = request.uri().path().starts_with("/console/");
    let Ok(_permit) = requests.clone().try_acquire_owned() else {
        return unavailable(
            console,
            "The server is handling as many requests as it can; retry shortly.",
        );
    };
    let (mut parts, body) = request.into_parts();
    parts.extensions.insert(ConnectInfo(peer));
    parts.extensions.insert(Tls(tls));
    let body = Body::new(Deadline {
        inner: body,
        sleep: Box::pin(tokio::time::sleep(limits.body_timeout)),
        limit: limits.body_timeout,
    });
    let request = Request::from_parts(parts, body);
    match tower_service::Service::call(&mut app.clone(), request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

/// `503 ServiceUnavailable`: AWS's error document for the API, plain text for the console.
fn unavailable(console: bool, message: &str) -> Response<Body> {
    let (body, content_type) = if console {
        (format!("{message}\n"), "text/plain; charset=utf-8")
    } else {
        (
            xml::error_response(
                crate::Service::Iam.namespace(),
                Fault::Receiver,
                "ServiceUnavailable",
                message,
                &iamd_audit::new_request_id(),
            )
            .unwrap_or_default(),
            "text/xml",
        )
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    response
}

/// Answer a connection over the limit with a 503 and close it, giving the client a moment to
/// read the answer (closing with its request unread would reset the connection).
async fn refuse(mut tcp: TcpStream) {
    let body = xml::error_response(
        crate::Service::Iam.namespace(),
        Fault::Receiver,
        "ServiceUnavailable",
        "The server has as many connections open as it allows; retry shortly.",
        &iamd_audit::new_request_id(),
    )
    .unwrap_or_default();
    let head = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/xml\r\nretry-after: 1\r\nconnection: close\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    let answer = async {
        tcp.write_all(head.as_bytes()).await?;
        tcp.write_all(body.as_bytes()).await?;
        tcp.shutdown().await?;
        // Read (and drop) what the client sends until it closes.
        let mut sink = [0u8; 4096];
        loop {
            tcp.readable().await?;
            match tcp.try_read(&mut sink) {
                Ok(0) => return Ok::<(), std::io::Error>(()),
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(e),
            }
        }
    };
    let _ = tokio::time::timeout(REFUSAL_GRACE, answer).await;
}

/// A request body that fails once its deadline passes.
struct Deadline {
    inner: Incoming,
    sleep: Pin<Box<tokio::time::Sleep>>,
    limit: Duration,
}

impl hyper::body::Body for Deadline {
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if let Poll::Ready(frame) = Pin::new(&mut self.inner).poll_frame(cx) {
            return Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        if self.sleep.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Some(Err(Box::new(BodyTimeout(self.limit)))));
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
