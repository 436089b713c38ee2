//! The reasons a request fails SigV4 verification.

use time::{Duration, OffsetDateTime};

use crate::dates::format_amz_date_time;

/// Why a request's SigV4 signature was not accepted.
///
/// Each variant is one answer AWS gives; [`SigV4Error::aws_code`] names its `<Code>` and
/// the `Display` text is the `<Message>`, worded as AWS words it where AWS's wording is known.
/// The HTTP status that goes with each code (applied by the caller, not here):
///
/// | AWS code | HTTP status |
/// |---|---|
/// | `MissingAuthenticationToken` | 403 |
/// | `IncompleteSignature` | 400 |
/// | `SignatureDoesNotMatch` | 403 |
/// | `RequestExpired` | 400 |
/// | `XAmzContentSHA256Mismatch` | 400 |
///
/// An unknown access key id (`InvalidClientTokenId`, 403) and an expired or mismatched session
/// token (`ExpiredToken` / `InvalidClientTokenId`, 403) are decided by the caller after it has
/// looked up [`SignatureRequest::access_key_id`](crate::SignatureRequest::access_key_id), so they
/// have no variant here.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SigV4Error {
    /// Neither an `Authorization` header nor an `X-Amz-Algorithm=AWS4-HMAC-SHA256` query
    /// parameter is present. AWS code `MissingAuthenticationToken`.
    #[error("Request is missing Authentication Token")]
    MissingAuthenticationToken,

    /// Both an `Authorization` header and an `X-Amz-Algorithm` query parameter are present.
    /// AWS code `SignatureDoesNotMatch`.
    #[error(
        "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the \
         Authorization header should be specified."
    )]
    MultipleAuthenticationMechanisms,

    /// The `Authorization` header names an algorithm other than `AWS4-HMAC-SHA256`.
    /// AWS code `IncompleteSignature`.
    #[error("Unsupported AWS 'algorithm': '{algorithm}'.")]
    UnsupportedAlgorithm {
        /// The algorithm the header named.
        algorithm: String,
    },

    /// An element of the `Authorization` header is not `key=value`.
    /// AWS code `IncompleteSignature`.
    #[error(
        "'{element}' not a valid key=value pair (missing equal-sign) in Authorization header: \
         '{header}'"
    )]
    MalformedAuthorizationElement {
        /// The element without an equal sign.
        element: String,
        /// The whole header value.
        header: String,
    },

    /// The `Authorization` header lacks `Credential`, `SignedHeaders` or `Signature`, or the
    /// request has neither an `X-Amz-Date` nor a `Date` header. AWS code `IncompleteSignature`.
    #[error("{}", incomplete_header_message(.missing))]
    IncompleteAuthorizationHeader {
        /// What is missing: `Credential`, `Signature`, `SignedHeaders`, `Date`.
        missing: Vec<&'static str>,
    },

    /// A presigned request lacks `X-Amz-Credential`, `X-Amz-Signature`, `X-Amz-SignedHeaders`
    /// or `X-Amz-Date`. AWS code `IncompleteSignature`.
    #[error("{}", incomplete_query_message(.missing))]
    IncompleteQueryParameters {
        /// The missing query parameter names.
        missing: Vec<&'static str>,
    },

    /// A header or query parameter the signature depends on is not valid UTF-8.
    /// AWS code `IncompleteSignature`.
    #[error("'{name}' is not valid UTF-8.")]
    InvalidEncoding {
        /// The header or query parameter name.
        name: &'static str,
    },

    /// The credential is not `AKID/YYYYMMDD/region/service/aws4_request`.
    /// AWS code `IncompleteSignature`.
    #[error(
        "Credential must have exactly 5 slash-delimited elements, e.g. \
         keyid/date/region/service/term, got '{credential}'"
    )]
    MalformedCredential {
        /// The credential as sent.
        credential: String,
    },

    /// `X-Amz-Date` (or `Date`) is not a valid `YYYYMMDDTHHMMSSZ` (or HTTP date).
    /// AWS code `IncompleteSignature`.
    #[error(
        "Date must be in ISO-8601 'basic format'. Got '{value}'. See \
         http://en.wikipedia.org/wiki/ISO_8601"
    )]
    MalformedDate {
        /// The date as sent.
        value: String,
    },

    /// `SignedHeaders` is not a `;`-separated list of header names.
    /// AWS code `IncompleteSignature`.
    #[error("SignedHeaders must be a ';'-separated list of header names, got '{value}'.")]
    MalformedSignedHeaders {
        /// The list as sent.
        value: String,
    },

    /// The signature is not 64 hexadecimal digits. AWS code `IncompleteSignature`.
    #[error("Signature must be 64 hexadecimal characters, got '{value}'.")]
    MalformedSignature {
        /// The signature as sent.
        value: String,
    },

    /// `X-Amz-Expires` is not a whole number of seconds from 1 to 604800 (one week).
    /// AWS code `IncompleteSignature`.
    #[error(
        "X-Amz-Expires must be a whole number of seconds from 1 to 604800 (one week), got \
         '{value}'."
    )]
    InvalidExpires {
        /// The value as sent.
        value: String,
    },

    /// `x-amz-content-sha256` is neither a hex SHA-256 digest nor, on a presigned request,
    /// `UNSIGNED-PAYLOAD`. AWS code `IncompleteSignature`.
    #[error(
        "x-amz-content-sha256 must be the hex SHA-256 of the body (or UNSIGNED-PAYLOAD on a \
         presigned request), got '{value}'."
    )]
    InvalidContentSha256 {
        /// The value as sent.
        value: String,
    },

    /// The credential scope does not end in `aws4_request`. AWS code `SignatureDoesNotMatch`.
    #[error(
        "Credential should be scoped with a valid terminator: 'aws4_request', not '{terminator}'."
    )]
    InvalidTerminator {
        /// The terminator as sent.
        terminator: String,
    },

    /// The credential scope's region is not a region name. AWS code `SignatureDoesNotMatch`.
    #[error("Credential should be scoped to a valid region, not '{region}'.")]
    InvalidRegion {
        /// The region as sent.
        region: String,
    },

    /// The credential scope names another service than the one called
    /// (see [`SignatureRequest::check_service`](crate::SignatureRequest::check_service)).
    /// AWS code `SignatureDoesNotMatch`.
    #[error("Credential should be scoped to correct service: '{expected}'.")]
    WrongService {
        /// The service that was called.
        expected: String,
        /// The service in the credential scope.
        service: String,
    },

    /// The credential scope's date is not the date of `X-Amz-Date`.
    /// AWS code `SignatureDoesNotMatch`.
    #[error(
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from \
         HTTP: '{scope_date}' != '{}', from '{request_date_time}'.",
        request_date_time.get(..8).unwrap_or(request_date_time)
    )]
    ScopeDateMismatch {
        /// The date in the credential scope.
        scope_date: String,
        /// The request's `X-Amz-Date` (`YYYYMMDDTHHMMSSZ`).
        request_date_time: String,
    },

    /// `host` is not among the signed headers. AWS code `SignatureDoesNotMatch`.
    #[error("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")]
    HostNotSigned,

    /// A header listed in `SignedHeaders` is not in the request. AWS code `SignatureDoesNotMatch`.
    #[error("Header '{name}' is listed in SignedHeaders but is not present in the request.")]
    SignedHeaderMissing {
        /// The missing header's name.
        name: String,
    },

    /// The request was signed more than the allowed skew (15 minutes) before now.
    /// AWS code `SignatureDoesNotMatch` (what STS answers; the generic code list calls this
    /// `RequestExpired`).
    #[error(
        "Signature expired: {} is now earlier than {} ({} - {} min.)",
        format_amz_date_time(*.signed_at),
        format_amz_date_time(shift(*.now, *.max_skew, false)),
        format_amz_date_time(*.now),
        .max_skew.whole_minutes()
    )]
    SignatureExpired {
        /// When the request says it was signed.
        signed_at: OffsetDateTime,
        /// The verifier's time.
        now: OffsetDateTime,
        /// The allowed skew.
        max_skew: Duration,
    },

    /// The request was signed more than the allowed skew (15 minutes) after now.
    /// AWS code `SignatureDoesNotMatch`.
    #[error(
        "Signature not yet current: {} is still later than {} ({} + {} min.)",
        format_amz_date_time(*.signed_at),
        format_amz_date_time(shift(*.now, *.max_skew, true)),
        format_amz_date_time(*.now),
        .max_skew.whole_minutes()
    )]
    SignatureNotYetCurrent {
        /// When the request says it was signed.
        signed_at: OffsetDateTime,
        /// The verifier's time.
        now: OffsetDateTime,
        /// The allowed skew.
        max_skew: Duration,
    },

    /// A presigned request is used after `X-Amz-Date` + `X-Amz-Expires`.
    /// AWS code `RequestExpired`.
    #[error(
        "Request has expired: signed at {} for {expires_in_seconds} seconds, so valid until {}; \
         it is now {}.",
        format_amz_date_time(*.signed_at),
        format_amz_date_time(shift(
            *.signed_at,
            Duration::seconds(i64::from(*.expires_in_seconds)),
            true
        )),
        format_amz_date_time(*.now)
    )]
    RequestExpired {
        /// When the request says it was signed.
        signed_at: OffsetDateTime,
        /// `X-Amz-Expires`.
        expires_in_seconds: u32,
        /// The verifier's time.
        now: OffsetDateTime,
    },

    /// `x-amz-content-sha256` is a digest, but not the digest of the body.
    /// AWS code `XAmzContentSHA256Mismatch`.
    #[error("The provided 'x-amz-content-sha256' header does not match what was computed.")]
    ContentSha256Mismatch,

    /// The signature is well formed but not the one the secret key gives for this request.
    /// AWS code `SignatureDoesNotMatch`.
    #[error(
        "The request signature we calculated does not match the signature you provided. Check \
         your AWS Secret Access Key and signing method. Consult the service documentation for \
         details."
    )]
    SignatureDoesNotMatch,
}

impl SigV4Error {
    /// The AWS error code (`<Code>` in the `<ErrorResponse>`) for this error.
    pub fn aws_code(&self) -> &'static str {
        match self {
            Self::MissingAuthenticationToken => "MissingAuthenticationToken",
            Self::UnsupportedAlgorithm { .. }
            | Self::MalformedAuthorizationElement { .. }
            | Self::IncompleteAuthorizationHeader { .. }
            | Self::IncompleteQueryParameters { .. }
            | Self::InvalidEncoding { .. }
            | Self::MalformedCredential { .. }
            | Self::MalformedDate { .. }
            | Self::MalformedSignedHeaders { .. }
            | Self::MalformedSignature { .. }
            | Self::InvalidExpires { .. }
            | Self::InvalidContentSha256 { .. } => "IncompleteSignature",
            Self::MultipleAuthenticationMechanisms
            | Self::InvalidTerminator { .. }
            | Self::InvalidRegion { .. }
            | Self::WrongService { .. }
            | Self::ScopeDateMismatch { .. }
            | Self::HostNotSigned
            | Self::SignedHeaderMissing { .. }
            | Self::SignatureExpired { .. }
            | Self::SignatureNotYetCurrent { .. }
            | Self::SignatureDoesNotMatch => "SignatureDoesNotMatch",
            Self::RequestExpired { .. } => "RequestExpired",
            Self::ContentSha256Mismatch => "XAmzContentSHA256Mismatch",
        }
    }
}

/// `t` moved forward (`later`) or back by `by`, or `t` itself where that leaves the calendar.
fn shift(t: OffsetDateTime, by: Duration, later: bool) -> OffsetDateTime {
    let moved = if later {
        t.checked_add(by)
    } else {
        t.checked_sub(by)
    };
    moved.unwrap_or(t)
}

fn incomplete_header_message(missing: &[&str]) -> String {
    let mut message = String::new();
    for part in missing {
        if *part == "Date" {
            message.push_str(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' \
                 header. ",
            );
        } else {
            message.push_str("Authorization header requires '");
            message.push_str(part);
            message.push_str("' parameter. ");
        }
    }
    message.push_str("Authorization=AWS4-HMAC-SHA256");
    message
}

fn incomplete_query_message(missing: &[&str]) -> String {
    let mut message = String::new();
    for name in missing {
        message.push_str("AWS query-string parameters must include '");
        message.push_str(name);
        message.push_str("'. ");
    }
    message.push_str("Re-examine the query-string parameters.");
    message
}
