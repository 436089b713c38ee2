//! One keep-alive HTTP/1.1 connection to a loopback endpoint, sending signed Query requests.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper::{Method, Request, Response, Version, header};
use hyper_util::rt::TokioIo;
use time::OffsetDateTime;
use tokio::net::TcpStream;

use crate::sign::{CONTENT_TYPE, Service, Signer};

/// The longest one request may take before it counts as failed.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Where requests go: a loopback address, and the `Host` header to send and sign.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub url: String,
    pub addr: SocketAddr,
    pub host: String,
}

impl Endpoint {
    /// Resolves `http://HOST:PORT/`. Anything but a loopback address is refused.
    pub async fn resolve(url: &str) -> anyhow::Result<Self> {
        let uri: hyper::Uri = url.parse().with_context(|| format!("{url} is not a URL"))?;
        if uri.scheme_str() != Some("http") {
            bail!("the endpoint must be an http:// URL, not {url}");
        }
        if !matches!(uri.path(), "" | "/") || uri.query().is_some() {
            bail!("the endpoint must have no path or query: {url}");
        }
        let authority = uri
            .authority()
            .with_context(|| format!("{url} names no host"))?;
        let port = authority.port_u16().unwrap_or(80);
        let name = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']');
        let addrs: Vec<SocketAddr> = tokio::net::lookup_host((name, port))
            .await
            .with_context(|| format!("cannot resolve {name}"))?
            .collect();
        let addr = addrs
            .iter()
            .copied()
            .find(|a| a.ip().is_loopback())
            .with_context(|| {
                format!(
                    "{url} is not a loopback address: this load generator only targets this machine"
                )
            })?;
        if addrs.iter().any(|a| !a.ip().is_loopback()) {
            bail!("{name} resolves to addresses off this machine; use 127.0.0.1 or [::1]");
        }
        Ok(Self {
            url: url.to_owned(),
            addr,
            host: authority.as_str().to_owned(),
        })
    }
}

/// A response: the status and the whole body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub body: Bytes,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A client on one connection, opened on first use and again whenever the server closes it.
#[derive(Debug)]
pub struct Client {
    endpoint: Arc<Endpoint>,
    signer: Signer,
    sender: Option<SendRequest<Full<Bytes>>>,
}

impl Client {
    pub fn new(endpoint: Arc<Endpoint>, signer: Signer) -> Self {
        Self {
            endpoint,
            signer,
            sender: None,
        }
    }

    async fn connect(&self) -> anyhow::Result<SendRequest<Full<Bytes>>> {
        let stream = TcpStream::connect(self.endpoint.addr)
            .await
            .with_context(|| format!("cannot connect to {}", self.endpoint.url))?;
        stream.set_nodelay(true)?;
        let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(async move {
            // The connection ends when the server closes it or the sender is dropped; either
            // way the next request opens a new one.
            let _ = connection.await;
        });
        Ok(sender)
    }

    async fn ready_sender(&mut self) -> anyhow::Result<SendRequest<Full<Bytes>>> {
        if let Some(mut sender) = self.sender.take()
            && !sender.is_closed()
            && sender.ready().await.is_ok()
        {
            return Ok(sender);
        }
        let mut sender = self.connect().await?;
        sender.ready().await?;
        Ok(sender)
    }

    /// Signs and sends `POST /` with the Query `body`, and reads the whole response.
    pub async fn call(&mut self, service: Service, body: &Bytes) -> anyhow::Result<Reply> {
        let mut sender = self.ready_sender().await?;
        let signed = self.signer.sign(
            service,
            &self.endpoint.host,
            body,
            OffsetDateTime::now_utc(),
        );
        let request = Request::builder()
            .method(Method::POST)
            .uri("/")
            .header(header::HOST, &self.endpoint.host)
            .header(header::CONTENT_TYPE, CONTENT_TYPE)
            .header("x-amz-date", signed.amz_date)
            .header(header::AUTHORIZATION, signed.authorization)
            .header(header::USER_AGENT, "iamd-loadgen")
            .body(Full::new(body.clone()))?;
        let response = sender.send_request(request).await?;
        let keep = keep_alive(&response);
        let status = response.status().as_u16();
        let body = response.into_body().collect().await?.to_bytes();
        if keep {
            self.sender = Some(sender);
        }
        Ok(Reply { status, body })
    }

    /// [`Client::call`], failing if no whole response arrives within `timeout`.
    pub async fn call_bounded(
        &mut self,
        service: Service,
        body: &Bytes,
        timeout: Duration,
    ) -> anyhow::Result<Reply> {
        match tokio::time::timeout(timeout, self.call(service, body)).await {
            Ok(result) => result,
            Err(_) => {
                self.sender = None;
                bail!("no response within {} ms", timeout.as_millis())
            }
        }
    }
}

/// Whether the server keeps the connection open after `response`.
fn keep_alive<B>(response: &Response<B>) -> bool {
    let connection = response
        .headers()
        .get_all(header::CONNECTION)
        .iter()
        .flat_map(|v| v.as_bytes().split(|b| *b == b','))
        .map(<[u8]>::trim_ascii)
        .fold((false, false), |(close, keep), token| {
            (
                close || token.eq_ignore_ascii_case(b"close"),
                keep || token.eq_ignore_ascii_case(b"keep-alive"),
            )
        });
    match connection {
        (true, _) => false,
        (false, keep) => response.version() != Version::HTTP_10 || keep,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn only_loopback_endpoints() {
        let e = Endpoint::resolve("http://127.0.0.1:8080/").await.unwrap();
        assert_eq!(e.host, "127.0.0.1:8080");
        assert!(e.addr.ip().is_loopback());
        assert!(Endpoint::resolve("http://[::1]:9/").await.is_ok());
        assert!(Endpoint::resolve("http://10.0.0.1:8080/").await.is_err());
        assert!(Endpoint::resolve("https://127.0.0.1:8080/").await.is_err());
        assert!(Endpoint::resolve("http://127.0.0.1:8080/x").await.is_err());
    }

    #[test]
    fn keep_alive_rules() {
        let r = |v: Version, c: Option<&str>| {
            let mut b = Response::builder().version(v);
            if let Some(c) = c {
                b = b.header(header::CONNECTION, c);
            }
            keep_alive(&b.body(()).unwrap())
        };
        assert!(r(Version::HTTP_11, None));
        assert!(!r(Version::HTTP_11, Some("close")));
        assert!(!r(Version::HTTP_10, None));
        assert!(r(Version::HTTP_10, Some("Keep-Alive")));
    }
}
