//! TLS that iamd terminates itself (`iamd serve --tls-cert FILE --tls-key FILE`): rustls with
//! the ring provider, TLS 1.2 and 1.3, HTTP/1.1. Requests that arrive this way carry
//! `aws:SecureTransport = true` and get the console cookie's `Secure`.

use std::path::Path;
use std::sync::Arc;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio::net::TcpStream;
use tokio_rustls::rustls;

use crate::listen::Acceptor;

/// Accepts TLS connections with one certificate chain.
#[derive(Clone)]
pub struct TlsAcceptor(tokio_rustls::TlsAcceptor);

impl std::fmt::Debug for TlsAcceptor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TlsAcceptor(..)")
    }
}

impl TlsAcceptor {
    /// The certificate chain in `cert` and its private key in `key` (both PEM).
    pub fn from_pem_files(cert: &Path, key: &Path) -> Result<TlsAcceptor, String> {
        let certs = CertificateDer::pem_file_iter(cert)
            .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
            .map_err(|e| format!("cannot read the certificate chain {}: {e}", cert.display()))?;
        if certs.is_empty() {
            return Err(format!("{} holds no certificate", cert.display()));
        }
        let private = PrivateKeyDer::from_pem_file(key)
            .map_err(|e| format!("cannot read the private key {}: {e}", key.display()))?;
        #[expect(
            deprecated,
            reason = "ring is chosen over aws-lc-rs for its build cost; what it lacks is the post-quantum key exchange"
        )]
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .and_then(|b| b.with_no_client_auth().with_single_cert(certs, private))
            .map_err(|e| {
                format!(
                    "the certificate {} and key {} cannot serve TLS: {e}",
                    cert.display(),
                    key.display()
                )
            })?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(TlsAcceptor(tokio_rustls::TlsAcceptor::from(Arc::new(
            config,
        ))))
    }
}

impl Acceptor for TlsAcceptor {
    type Stream = tokio_rustls::server::TlsStream<TcpStream>;

    async fn accept(&self, tcp: TcpStream) -> Option<Self::Stream> {
        match self.0.accept(tcp).await {
            Ok(stream) => Some(stream),
            Err(e) => {
                tracing::debug!(error = %e, "TLS handshake failed");
                None
            }
        }
    }

    fn tls(&self) -> bool {
        true
    }
}
