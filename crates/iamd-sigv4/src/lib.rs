//! AWS Signature Version 4 verification, for a server that answers AWS clients.
//!
//! Pure: no I/O, no async, no clock (the current time is a parameter). Two steps, with the
//! secret lookup between them:
//!
//! 1. [`parse`] reads the `Authorization` header (or the presigned query parameters) into a
//!    [`SignatureRequest`] and makes every check that needs no secret: syntax, the credential
//!    scope's date against `X-Amz-Date`, the clock skew (15 minutes), a presigned request's
//!    `X-Amz-Expires`, `host` among the signed headers, and every signed header present.
//! 2. The caller looks up [`SignatureRequest::access_key_id`] (unknown key: `InvalidClientTokenId`,
//!    the caller's answer), checks [`SignatureRequest::service`] and
//!    [`SignatureRequest::security_token`], then calls [`verify`] (or [`verify_with_key`] with a
//!    key from a [`SigningKeyCache`]). It rebuilds the canonical request from the headers the
//!    client declared signed, hashes the body itself (IAM and STS clients send no
//!    `x-amz-content-sha256`), derives the signing key and compares in constant time.
//!
//! ```
//! use iamd_sigv4::{RequestParts, SecretKey, parse, verify};
//! use time::macros::datetime;
//!
//! let body = b"Action=ListUsers&Version=2010-05-08";
//! let headers: &[(&str, &[u8])] = &[
//!     ("Host", b"iam.amazonaws.com"),
//!     ("Content-Type", b"application/x-www-form-urlencoded; charset=utf-8"),
//!     ("X-Amz-Date", b"20150830T123600Z"),
//!     ("Authorization", b"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, \
//!         SignedHeaders=content-type;host;x-amz-date, \
//!         Signature=5d76d0de3e0ffe5a7a23cfce21b99d6f4e5060aad86bd9dc7c617f224e5b492a"),
//! ];
//! let req = RequestParts { method: "POST", path: "/", query: "", headers, body };
//!
//! let parsed = parse(&req, datetime!(2015-08-30 12:40:00 UTC))?;
//! assert_eq!(parsed.access_key_id(), "AKIDEXAMPLE");
//! let secret = SecretKey::from("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"); // looked up by key id
//! verify(&parsed, &req, &secret)?;
//! # Ok::<(), iamd_sigv4::SigV4Error>(())
//! ```

#![warn(missing_docs)]

mod canonical;
mod error;
mod key;
mod parse;

use std::fmt;

use subtle::ConstantTimeEq;
use time::{Date, Duration, OffsetDateTime, UtcOffset};

pub use error::SigV4Error;
pub use key::{SecretKey, SigningKey, SigningKeyCache};
pub use parse::{parse, parse_with};

/// The only algorithm accepted.
pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// The longest a presigned request may be valid: `X-Amz-Expires` at most one week.
pub const MAX_EXPIRES_SECONDS: u32 = 604_800;

/// The parts of an HTTP request that its signature covers.
///
/// Header names are matched without regard to case; repeated headers are passed as separate
/// entries, in the order received. Over HTTP/2, pass the `:authority` as a `host` header.
#[derive(Debug, Clone, Copy)]
pub struct RequestParts<'a> {
    /// The method, as sent (`POST`).
    pub method: &'a str,
    /// The path as sent on the wire: still percent-encoded, without the query.
    pub path: &'a str,
    /// The query string as sent, without the `?`; empty when there is none.
    pub query: &'a str,
    /// Every header, as `(name, value)`.
    pub headers: &'a [(&'a str, &'a [u8])],
    /// The whole body.
    pub body: &'a [u8],
}

impl<'a> RequestParts<'a> {
    /// The values of the headers called `name` (any case), in order.
    pub fn header_values<'n>(&self, name: &'n str) -> impl Iterator<Item = &'a [u8]> + use<'a, 'n> {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }

    /// The first header called `name` (any case).
    pub fn header(&self, name: &str) -> Option<&'a [u8]> {
        self.header_values(name).next()
    }
}

/// How the request path becomes the canonical URI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UriEncoding {
    /// Encode the path as received (so `%` becomes `%25`): every AWS service but S3, and what
    /// botocore and the AWS SDKs sign for IAM and STS.
    #[default]
    Double,
    /// Decode the path first, then encode it once (S3's rule).
    Single,
}

/// Verification settings. [`Settings::default`] is what IAM and STS need.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Settings {
    /// How far the signing time may be from now, either way (15 minutes).
    pub max_skew: Duration,
    /// How the path is encoded into the canonical URI.
    pub uri_encoding: UriEncoding,
    /// Whether `.`/`..` and empty path segments are removed first (true but for S3).
    pub normalize_uri_path: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            max_skew: Duration::minutes(15),
            uri_encoding: UriEncoding::Double,
            normalize_uri_path: true,
        }
    }
}

/// Where the signature was carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureLocation {
    /// In the `Authorization` header.
    Header,
    /// In the query string (a presigned URL).
    Query {
        /// `X-Amz-Expires` in seconds, if sent.
        expires_in_seconds: Option<u32>,
    },
}

/// A request's SigV4 signature, parsed and checked in everything that needs no secret.
///
/// Made only by [`parse`]; then passed, with the same request, to [`verify`].
#[derive(Clone)]
pub struct SignatureRequest {
    access_key_id: String,
    date: Date,
    region: String,
    service: String,
    signed_headers: Vec<String>,
    signed_headers_text: String,
    signature: [u8; 32],
    security_token: Option<String>,
    amz_date: String,
    signed_at: OffsetDateTime,
    location: SignatureLocation,
    settings: Settings,
}

impl SignatureRequest {
    /// The access key id from the credential.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The credential scope's date (equal to the date of `X-Amz-Date`).
    pub fn date(&self) -> Date {
        self.date
    }

    /// The credential scope's region: any region name; IAM clients pointed at another endpoint
    /// sign with their configured region.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The credential scope's service (`iam`, `sts`); see [`SignatureRequest::check_service`].
    pub fn service(&self) -> &str {
        &self.service
    }

    /// The header names the client declared signed, lowercase, in the declared order.
    pub fn signed_headers(&self) -> &[String] {
        &self.signed_headers
    }

    /// The signature, decoded from hex.
    pub fn signature(&self) -> &[u8; 32] {
        &self.signature
    }

    /// The session token (`X-Amz-Security-Token` header, or query parameter when presigned).
    pub fn security_token(&self) -> Option<&str> {
        self.security_token.as_deref()
    }

    /// When the client says it signed the request (`X-Amz-Date`, else `Date`).
    pub fn signed_at(&self) -> OffsetDateTime {
        self.signed_at
    }

    /// Where the signature was carried.
    pub fn location(&self) -> SignatureLocation {
        self.location
    }

    /// `YYYYMMDD/region/service/aws4_request`.
    pub fn credential_scope(&self) -> String {
        format!(
            "{}/{}/{}/aws4_request",
            format_scope_date(self.date),
            self.region,
            self.service
        )
    }

    /// Fails with [`SigV4Error::WrongService`] unless the credential is scoped to `expected`.
    pub fn check_service(&self, expected: &str) -> Result<(), SigV4Error> {
        if self.service == expected {
            Ok(())
        } else {
            Err(SigV4Error::WrongService {
                expected: expected.to_owned(),
                service: self.service.clone(),
            })
        }
    }

    /// The canonical request for `req`, as the client should have built it.
    ///
    /// Fails with [`SigV4Error::ContentSha256Mismatch`] when an `x-amz-content-sha256` digest
    /// is not the body's.
    pub fn canonical_request(&self, req: &RequestParts<'_>) -> Result<Vec<u8>, SigV4Error> {
        let presigned = matches!(self.location, SignatureLocation::Query { .. });
        let mut out = Vec::with_capacity(256 + req.query.len());
        out.extend_from_slice(req.method.as_bytes());
        out.push(b'\n');
        out.extend_from_slice(&canonical::canonical_uri(
            req.path,
            self.settings.normalize_uri_path,
            self.settings.uri_encoding,
        ));
        out.push(b'\n');
        out.extend_from_slice(&canonical::canonical_query(req.query, presigned));
        out.push(b'\n');
        for name in &self.signed_headers {
            out.extend_from_slice(name.as_bytes());
            out.push(b':');
            for (i, value) in req.header_values(name).enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical::push_trimmed_value(&mut out, value);
            }
            out.push(b'\n');
        }
        out.push(b'\n');
        out.extend_from_slice(self.signed_headers_text.as_bytes());
        out.push(b'\n');
        out.extend_from_slice(self.payload_hash(req)?.as_bytes());
        Ok(out)
    }

    /// The payload hash line: the declared `x-amz-content-sha256` if any (checked against the
    /// body), else the SHA-256 of the body.
    fn payload_hash(&self, req: &RequestParts<'_>) -> Result<String, SigV4Error> {
        let Some(declared) = parse::declared_content_sha256(req, self.location)? else {
            return Ok(canonical::sha256_hex(req.body));
        };
        if declared == parse::UNSIGNED_PAYLOAD {
            return Ok(declared);
        }
        let computed = canonical::sha256_hex(req.body);
        if declared.eq_ignore_ascii_case(&computed) {
            Ok(declared)
        } else {
            Err(SigV4Error::ContentSha256Mismatch)
        }
    }

    /// The string to sign for a canonical request:
    /// `AWS4-HMAC-SHA256\n<X-Amz-Date>\n<scope>\n<hex SHA-256 of the canonical request>`.
    pub fn string_to_sign(&self, canonical_request: &[u8]) -> String {
        format!(
            "{ALGORITHM}\n{}\n{}\n{}",
            self.amz_date,
            self.credential_scope(),
            canonical::sha256_hex(canonical_request)
        )
    }
}

impl fmt::Debug for SignatureRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignatureRequest")
            .field("access_key_id", &self.access_key_id)
            .field("scope", &self.credential_scope())
            .field("signed_headers", &self.signed_headers)
            .field(
                "signature",
                &data_encoding::HEXLOWER.encode(&self.signature),
            )
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "<redacted>"),
            )
            .field("amz_date", &self.amz_date)
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

/// Verifies `parsed` (from [`parse`] on the same `req`) with the secret access key of
/// [`SignatureRequest::access_key_id`].
pub fn verify(
    parsed: &SignatureRequest,
    req: &RequestParts<'_>,
    secret: &SecretKey,
) -> Result<(), SigV4Error> {
    verify_with_key(parsed, req, &SigningKey::for_request(secret, parsed))
}

/// Like [`verify`], with the signing key already derived (for example by a
/// [`SigningKeyCache`]).
pub fn verify_with_key(
    parsed: &SignatureRequest,
    req: &RequestParts<'_>,
    key: &SigningKey,
) -> Result<(), SigV4Error> {
    let canonical_request = parsed.canonical_request(req)?;
    let string_to_sign = parsed.string_to_sign(&canonical_request);
    let expected = key.sign(string_to_sign.as_bytes());
    if bool::from(expected.ct_eq(&parsed.signature)) {
        Ok(())
    } else {
        Err(SigV4Error::SignatureDoesNotMatch)
    }
}

/// `YYYYMMDDTHHMMSSZ` in UTC.
pub fn format_amz_date_time(t: OffsetDateTime) -> String {
    let t = t.checked_to_offset(UtcOffset::UTC).unwrap_or(t);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// `YYYYMMDD`.
pub(crate) fn format_scope_date(date: Date) -> String {
    format!(
        "{:04}{:02}{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}
