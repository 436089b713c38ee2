//! The request as signed: its parts, the settings of a verification, and what
//! [`parse`](crate::parse) read from it.

use std::fmt;

use time::{Date, Duration, OffsetDateTime};

use crate::canonical::{self, UriEncoding, decode_query, query_param, trim_blanks, utf8};
use crate::dates::format_scope_date;
use crate::error::SigV4Error;

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
/// Made only by [`parse`](crate::parse); then passed, with the same request, to
/// [`verify`](crate::verify).
#[derive(Clone)]
pub struct SignatureRequest {
    pub(crate) access_key_id: String,
    pub(crate) date: Date,
    pub(crate) region: String,
    pub(crate) service: String,
    pub(crate) signed_headers: Vec<String>,
    pub(crate) signed_headers_text: String,
    pub(crate) signature: [u8; 32],
    pub(crate) security_token: Option<String>,
    pub(crate) amz_date: String,
    pub(crate) signed_at: OffsetDateTime,
    pub(crate) location: SignatureLocation,
    pub(crate) settings: Settings,
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
        let Some(declared) = declared_content_sha256(req, self.location)? else {
            return Ok(canonical::sha256_hex(req.body));
        };
        if declared == UNSIGNED_PAYLOAD {
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

pub(crate) const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// The `x-amz-content-sha256` the client declared (header, or on a presigned request also the
/// `X-Amz-Content-Sha256` query parameter), checked for form: a hex SHA-256, or
/// `UNSIGNED-PAYLOAD` on a presigned request only.
pub(crate) fn declared_content_sha256(
    req: &RequestParts<'_>,
    location: SignatureLocation,
) -> Result<Option<String>, SigV4Error> {
    let presigned = matches!(location, SignatureLocation::Query { .. });
    let declared = match req.header("x-amz-content-sha256") {
        Some(value) => Some(trim_blanks(utf8(value, "x-amz-content-sha256")?).to_owned()),
        None if presigned => {
            let query = decode_query(req.query);
            match query_param(&query, "X-Amz-Content-Sha256") {
                Some(value) => Some(utf8(value, "X-Amz-Content-Sha256")?.to_owned()),
                None => None,
            }
        }
        None => None,
    };
    match declared {
        None => Ok(None),
        Some(value) if presigned && value == UNSIGNED_PAYLOAD => Ok(Some(value)),
        Some(value) if value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit()) => {
            Ok(Some(value))
        }
        Some(value) => Err(SigV4Error::InvalidContentSha256 { value }),
    }
}
