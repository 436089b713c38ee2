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
mod dates;
mod error;
mod key;
mod parse;
mod request;
mod verify;

pub use canonical::UriEncoding;
pub use dates::format_amz_date_time;
pub use error::SigV4Error;
pub use key::{SecretKey, SigningKey, SigningKeyCache};
pub use parse::{parse, parse_with};
pub use request::{
    ALGORITHM, MAX_EXPIRES_SECONDS, RequestParts, Settings, SignatureLocation, SignatureRequest,
};
pub use verify::{verify, verify_with_key};
