//! One test per way a signature is refused, each checking the error, its AWS code and, where
//! AWS's wording is known, its message. The base request is the signed IAM `ListUsers` POST
//! from the project's API notes (AWS's example credentials, 2015-08-30T12:36:00Z).

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers fail the test on unexpected input"
)]

pub mod common;
use iamd_sigv4::{
    RequestParts, SecretKey, SigV4Error, SignatureLocation, SigningKey, SigningKeyCache, parse,
    verify, verify_with_key,
};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const BODY: &[u8] = b"Action=ListUsers&Version=2010-05-08";
const SIGNED_AT: OffsetDateTime = datetime!(2015-08-30 12:36:00 UTC);
const CREDENTIAL: &str = "AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request";
const SIGNED_HEADERS: &str = "content-type;host;x-amz-date";
const SIGNATURE: &str = "5d76d0de3e0ffe5a7a23cfce21b99d6f4e5060aad86bd9dc7c617f224e5b492a";

/// An owned request, changed by each test before it is checked.
#[derive(Clone)]
struct Req {
    method: String,
    path: String,
    query: String,
    headers: Vec<(String, Vec<u8>)>,
    body: Vec<u8>,
}

fn authorization(credential: &str, signed_headers: &str, signature: &str) -> String {
    format!(
        "AWS4-HMAC-SHA256 Credential={credential}, SignedHeaders={signed_headers}, \
         Signature={signature}"
    )
}

impl Req {
    fn list_users() -> Self {
        Self {
            method: "POST".into(),
            path: "/".into(),
            query: String::new(),
            headers: vec![
                ("Host".into(), b"iam.amazonaws.com".to_vec()),
                (
                    "Content-Type".into(),
                    b"application/x-www-form-urlencoded; charset=utf-8".to_vec(),
                ),
                ("X-Amz-Date".into(), b"20150830T123600Z".to_vec()),
                (
                    "Authorization".into(),
                    authorization(CREDENTIAL, SIGNED_HEADERS, SIGNATURE).into_bytes(),
                ),
            ],
            body: BODY.to_vec(),
        }
    }

    fn set(mut self, name: &str, value: &str) -> Self {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self.headers.push((name.into(), value.as_bytes().to_vec()));
        self
    }

    fn remove(mut self, name: &str) -> Self {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self
    }

    fn with<R>(&self, f: impl FnOnce(&RequestParts<'_>) -> R) -> R {
        common::with_parts(
            &self.method,
            &self.path,
            &self.query,
            &self.headers,
            &self.body,
            f,
        )
    }

    fn parse_at(&self, now: OffsetDateTime) -> Result<iamd_sigv4::SignatureRequest, SigV4Error> {
        self.with(|req| parse(req, now))
    }

    fn check_at(&self, now: OffsetDateTime) -> Result<(), SigV4Error> {
        self.with(|req| {
            let parsed = parse(req, now)?;
            verify(&parsed, req, &SecretKey::from(SECRET))
        })
    }

    fn check(&self) -> Result<(), SigV4Error> {
        self.check_at(SIGNED_AT)
    }

    /// Replaces the signature with the right one for the request as it now is.
    fn resign(self) -> Self {
        let parsed = self.parse_at(SIGNED_AT).unwrap();
        let canonical = self.with(|req| parsed.canonical_request(req)).unwrap();
        let key = SigningKey::for_request(&SecretKey::from(SECRET), &parsed);
        let signature = key.sign(parsed.string_to_sign(&canonical).as_bytes());
        let hex: String = signature.iter().map(|b| format!("{b:02x}")).collect();
        let header = authorization(
            &format!("{}/{}", parsed.access_key_id(), parsed.credential_scope()),
            &parsed.signed_headers().join(";"),
            &hex,
        );
        self.set("Authorization", &header)
    }
}

fn err(result: Result<impl std::fmt::Debug, SigV4Error>) -> SigV4Error {
    result.expect_err("the request should be refused")
}

#[test]
fn the_base_request_verifies() {
    let req = Req::list_users();
    req.check().unwrap();
    let parsed = req.parse_at(SIGNED_AT).unwrap();
    assert_eq!(parsed.access_key_id(), "AKIDEXAMPLE");
    assert_eq!(parsed.region(), "us-east-1");
    assert_eq!(parsed.service(), "iam");
    assert_eq!(parsed.date(), SIGNED_AT.date());
    assert_eq!(
        parsed.signed_headers(),
        ["content-type", "host", "x-amz-date"]
    );
    assert_eq!(parsed.security_token(), None);
    assert_eq!(parsed.location(), SignatureLocation::Header);
    assert_eq!(parsed.check_service("iam"), Ok(()));
}

#[test]
fn no_authentication_at_all() {
    let e = err(Req::list_users().remove("Authorization").check());
    assert_eq!(e, SigV4Error::MissingAuthenticationToken);
    assert_eq!(e.aws_code(), "MissingAuthenticationToken");
    assert_eq!(e.to_string(), "Request is missing Authentication Token");
}

#[test]
fn header_and_query_both() {
    let mut req = Req::list_users();
    req.query = "X-Amz-Algorithm=AWS4-HMAC-SHA256".into();
    let e = err(req.check());
    assert_eq!(e, SigV4Error::MultipleAuthenticationMechanisms);
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");
}

#[test]
fn unsupported_algorithm() {
    for (header, algorithm) in [
        ("AWS4-HMAC-SHA512 Credential=x", "AWS4-HMAC-SHA512"),
        ("Basic dXNlcjpwYXNz", "Basic"),
        (
            "AWS4-HMAC-SHA256,Credential=x",
            "AWS4-HMAC-SHA256,Credential=x",
        ),
    ] {
        let e = err(Req::list_users().set("Authorization", header).check());
        assert_eq!(
            e,
            SigV4Error::UnsupportedAlgorithm {
                algorithm: algorithm.into()
            }
        );
        assert_eq!(e.aws_code(), "IncompleteSignature");
    }
    let e = err(Req::list_users().set("Authorization", "Basic x").check());
    assert_eq!(e.to_string(), "Unsupported AWS 'algorithm': 'Basic'.");
}

#[test]
fn authorization_element_without_equal_sign() {
    let header = format!("AWS4-HMAC-SHA256 Credential {CREDENTIAL}, SignedHeaders=host");
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert_eq!(
        e,
        SigV4Error::MalformedAuthorizationElement {
            element: format!("Credential {CREDENTIAL}"),
            header: header.clone(),
        }
    );
    assert_eq!(e.aws_code(), "IncompleteSignature");
    assert_eq!(
        e.to_string(),
        format!(
            "'Credential {CREDENTIAL}' not a valid key=value pair (missing equal-sign) in \
             Authorization header: '{header}'"
        )
    );
}

#[test]
fn authorization_elements_missing() {
    let header = format!("AWS4-HMAC-SHA256 Credential={CREDENTIAL}, SignedHeaders=host");
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert_eq!(
        e,
        SigV4Error::IncompleteAuthorizationHeader {
            missing: vec!["Signature"]
        }
    );
    assert_eq!(e.aws_code(), "IncompleteSignature");
    assert_eq!(
        e.to_string(),
        "Authorization header requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256"
    );

    let e = err(Req::list_users()
        .set("Authorization", "AWS4-HMAC-SHA256")
        .remove("X-Amz-Date")
        .check());
    assert_eq!(
        e,
        SigV4Error::IncompleteAuthorizationHeader {
            missing: vec!["Credential", "Signature", "SignedHeaders", "Date"]
        }
    );
    assert_eq!(
        e.to_string(),
        "Authorization header requires 'Credential' parameter. Authorization header requires \
         'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. \
         Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. \
         Authorization=AWS4-HMAC-SHA256"
    );
}

#[test]
fn malformed_credential() {
    let header = authorization(
        "AKIDEXAMPLE/20150830/us-east-1/iam",
        SIGNED_HEADERS,
        SIGNATURE,
    );
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert_eq!(
        e,
        SigV4Error::MalformedCredential {
            credential: "AKIDEXAMPLE/20150830/us-east-1/iam".into()
        }
    );
    assert_eq!(e.aws_code(), "IncompleteSignature");
    assert_eq!(
        e.to_string(),
        "Credential must have exactly 5 slash-delimited elements, e.g. \
         keyid/date/region/service/term, got 'AKIDEXAMPLE/20150830/us-east-1/iam'"
    );
    let header = authorization(
        "/20150830/us-east-1/iam/aws4_request",
        SIGNED_HEADERS,
        SIGNATURE,
    );
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert!(matches!(e, SigV4Error::MalformedCredential { .. }));
}

#[test]
fn credential_scope_terminator_and_region() {
    let header = authorization(
        "AKIDEXAMPLE/20150830/us-east-1/iam/aws4_reques",
        SIGNED_HEADERS,
        SIGNATURE,
    );
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert_eq!(
        e.to_string(),
        "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws4_reques'."
    );
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");

    let header = authorization(
        "AKIDEXAMPLE/20150830/US_EAST/iam/aws4_request",
        SIGNED_HEADERS,
        SIGNATURE,
    );
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert_eq!(
        e,
        SigV4Error::InvalidRegion {
            region: "US_EAST".into()
        }
    );
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");
}

#[test]
fn any_region_name_is_accepted() {
    let header = authorization(
        "AKIDEXAMPLE/20150830/eu-west-2/iam/aws4_request",
        SIGNED_HEADERS,
        SIGNATURE,
    );
    let req = Req::list_users().set("Authorization", &header).resign();
    req.check().unwrap();
}

#[test]
fn wrong_service() {
    let parsed = Req::list_users().parse_at(SIGNED_AT).unwrap();
    let e = err(parsed.check_service("sts"));
    assert_eq!(
        e,
        SigV4Error::WrongService {
            expected: "sts".into(),
            service: "iam".into()
        }
    );
    assert_eq!(
        e.to_string(),
        "Credential should be scoped to correct service: 'sts'."
    );
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");
}

#[test]
fn scope_date_differs_from_x_amz_date() {
    let header = authorization(
        "AKIDEXAMPLE/20150831/us-east-1/iam/aws4_request",
        SIGNED_HEADERS,
        SIGNATURE,
    );
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert_eq!(
        e,
        SigV4Error::ScopeDateMismatch {
            scope_date: "20150831".into(),
            request_date_time: "20150830T123600Z".into(),
        }
    );
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");
    assert_eq!(
        e.to_string(),
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from \
         HTTP: '20150831' != '20150830', from '20150830T123600Z'."
    );
}

#[test]
fn malformed_dates() {
    for value in [
        "2015-08-30T12:36:00Z",
        "20150830T123600",
        "20150830T126000Z",
        "20150230T123600Z",
        "+0150830T123600Z",
        "20150830t123600Z",
        "",
    ] {
        let e = err(Req::list_users().set("X-Amz-Date", value).check());
        assert_eq!(
            e,
            SigV4Error::MalformedDate {
                value: value.into()
            },
            "{value}"
        );
        assert_eq!(e.aws_code(), "IncompleteSignature");
    }
    let e = err(Req::list_users().set("X-Amz-Date", "2015").check());
    assert_eq!(
        e.to_string(),
        "Date must be in ISO-8601 'basic format'. Got '2015'. See http://en.wikipedia.org/wiki/ISO_8601"
    );
}

#[test]
fn date_header_is_used_without_x_amz_date() {
    let header = authorization(CREDENTIAL, "content-type;date;host", SIGNATURE);
    let req = Req::list_users()
        .remove("X-Amz-Date")
        .set("Date", "Sun, 30 Aug 2015 12:36:00 GMT")
        .set("Authorization", &header)
        .resign();
    req.check().unwrap();
    let parsed = req.parse_at(SIGNED_AT).unwrap();
    assert_eq!(parsed.signed_at(), SIGNED_AT);
    let canonical = req.with(|r| parsed.canonical_request(r)).unwrap();
    assert!(
        parsed
            .string_to_sign(&canonical)
            .starts_with("AWS4-HMAC-SHA256\n20150830T123600Z\n")
    );

    let e = err(req.set("Date", "Sunday, 30-Aug-15 12:36:00 GMT").check());
    assert!(matches!(e, SigV4Error::MalformedDate { .. }), "{e:?}");
}

#[test]
fn clock_skew_past() {
    let e = err(Req::list_users().check_at(SIGNED_AT + Duration::seconds(15 * 60 + 1)));
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");
    assert_eq!(
        e.to_string(),
        "Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z \
         (20150830T125101Z - 15 min.)"
    );
    // Exactly 15 minutes is still accepted.
    Req::list_users()
        .check_at(SIGNED_AT + Duration::minutes(15))
        .unwrap();
}

#[test]
fn clock_skew_in_the_words_aws_uses() {
    let header = authorization(
        "AKIDEXAMPLE/20261122/us-east-1/sts/aws4_request",
        SIGNED_HEADERS,
        SIGNATURE,
    );
    let req = Req::list_users()
        .set("X-Amz-Date", "20261122T101010Z")
        .set("Authorization", &header);
    let e = err(req.parse_at(datetime!(2026-11-22 10:40:10 UTC)));
    assert_eq!(
        e,
        SigV4Error::SignatureExpired {
            signed_at: datetime!(2026-11-22 10:10:10 UTC),
            now: datetime!(2026-11-22 10:40:10 UTC),
            max_skew: Duration::minutes(15),
        }
    );
    assert_eq!(
        e.to_string(),
        "Signature expired: 20261122T101010Z is now earlier than 20261122T102510Z \
         (20261122T104010Z - 15 min.)"
    );
}

#[test]
fn clock_skew_future() {
    let e = err(Req::list_users().check_at(SIGNED_AT - Duration::seconds(15 * 60 + 1)));
    assert!(matches!(e, SigV4Error::SignatureNotYetCurrent { .. }));
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");
    assert_eq!(
        e.to_string(),
        "Signature not yet current: 20150830T123600Z is still later than 20150830T123559Z \
         (20150830T122059Z + 15 min.)"
    );
    Req::list_users()
        .check_at(SIGNED_AT - Duration::minutes(15))
        .unwrap();
}

#[test]
fn host_must_be_signed() {
    let header = authorization(CREDENTIAL, "content-type;x-amz-date", SIGNATURE);
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert_eq!(e, SigV4Error::HostNotSigned);
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");
    assert_eq!(
        e.to_string(),
        "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."
    );
}

#[test]
fn signed_headers_syntax() {
    for value in [
        "content-type;;host",
        "content type;host",
        "",
        ";host",
        "host;",
    ] {
        let header = authorization(CREDENTIAL, value, SIGNATURE);
        let e = err(Req::list_users().set("Authorization", &header).check());
        assert_eq!(
            e,
            SigV4Error::MalformedSignedHeaders {
                value: value.into()
            },
            "{value:?}"
        );
        assert_eq!(e.aws_code(), "IncompleteSignature");
    }
}

#[test]
fn signed_header_absent_from_request() {
    let header = authorization(CREDENTIAL, "content-type;host;x-amz-date;x-foo", SIGNATURE);
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert_eq!(
        e,
        SigV4Error::SignedHeaderMissing {
            name: "x-foo".into()
        }
    );
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");
}

#[test]
fn malformed_signature() {
    let not_hex = "zz".repeat(32);
    for signature in [&SIGNATURE[1..], not_hex.as_str(), ""] {
        let header = authorization(CREDENTIAL, SIGNED_HEADERS, signature);
        let e = err(Req::list_users().set("Authorization", &header).check());
        assert_eq!(
            e,
            SigV4Error::MalformedSignature {
                value: signature.into()
            }
        );
        assert_eq!(e.aws_code(), "IncompleteSignature");
    }
    // Uppercase hex is the same signature.
    let header = authorization(CREDENTIAL, SIGNED_HEADERS, &SIGNATURE.to_uppercase());
    Req::list_users()
        .set("Authorization", &header)
        .check()
        .unwrap();
}

#[test]
fn wrong_signature_secret_or_body() {
    let mut other = SIGNATURE.to_owned();
    other.replace_range(0..1, "6");
    let header = authorization(CREDENTIAL, SIGNED_HEADERS, &other);
    let e = err(Req::list_users().set("Authorization", &header).check());
    assert_eq!(e, SigV4Error::SignatureDoesNotMatch);
    assert_eq!(e.aws_code(), "SignatureDoesNotMatch");
    assert_eq!(
        e.to_string(),
        "The request signature we calculated does not match the signature you provided. Check \
         your AWS Secret Access Key and signing method. Consult the service documentation for \
         details."
    );

    let req = Req::list_users();
    let parsed = req.parse_at(SIGNED_AT).unwrap();
    let wrong = SecretKey::from("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEz");
    assert_eq!(
        req.with(|r| verify(&parsed, r, &wrong)),
        Err(SigV4Error::SignatureDoesNotMatch)
    );

    let mut req = Req::list_users();
    req.body.push(b'&');
    assert_eq!(req.check(), Err(SigV4Error::SignatureDoesNotMatch));
}

#[test]
fn content_sha256_header() {
    let body_hash = "b6359072c78d70ebee1e81adcbab4f01bf2c23245fa365ef83fe8f1f955085e2";
    // Honoured when it is the body's hash, signed or not.
    Req::list_users()
        .set("x-amz-content-sha256", body_hash)
        .check()
        .unwrap();
    let header = authorization(
        CREDENTIAL,
        "content-type;host;x-amz-content-sha256;x-amz-date",
        SIGNATURE,
    );
    Req::list_users()
        .set("x-amz-content-sha256", body_hash)
        .set("Authorization", &header)
        .resign()
        .check()
        .unwrap();

    let other_hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    let e = err(Req::list_users()
        .set("x-amz-content-sha256", other_hash)
        .check());
    assert_eq!(e, SigV4Error::ContentSha256Mismatch);
    assert_eq!(e.aws_code(), "XAmzContentSHA256Mismatch");

    for value in [
        "UNSIGNED-PAYLOAD",
        "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
        "abc",
    ] {
        let e = err(Req::list_users().set("x-amz-content-sha256", value).check());
        assert_eq!(
            e,
            SigV4Error::InvalidContentSha256 {
                value: value.into()
            }
        );
        assert_eq!(e.aws_code(), "IncompleteSignature");
    }
}

#[test]
fn non_utf8_header() {
    let mut req = Req::list_users();
    req.headers
        .push(("X-Amz-Security-Token".into(), vec![0xff, 0xfe]));
    let e = err(req.check());
    assert_eq!(
        e,
        SigV4Error::InvalidEncoding {
            name: "X-Amz-Security-Token"
        }
    );
    assert_eq!(e.aws_code(), "IncompleteSignature");
}

#[test]
fn session_token_is_reported_and_redacted() {
    let header = authorization(
        CREDENTIAL,
        "content-type;host;x-amz-date;x-amz-security-token",
        SIGNATURE,
    );
    let req = Req::list_users()
        .set("X-Amz-Security-Token", "FwoGZXIvYXdzEXAMPLETOKEN")
        .set("Authorization", &header)
        .resign();
    req.check().unwrap();
    let parsed = req.parse_at(SIGNED_AT).unwrap();
    assert_eq!(parsed.security_token(), Some("FwoGZXIvYXdzEXAMPLETOKEN"));
    let debug = format!("{parsed:?}");
    assert!(!debug.contains("FwoGZXIvYXdzEXAMPLETOKEN"), "{debug}");
    assert!(debug.contains("AKIDEXAMPLE"));
    // A changed token is refused, since it is signed.
    let changed = req.set("X-Amz-Security-Token", "FwoGZXIvYXdzEXAMPLETOKEM");
    assert_eq!(changed.check(), Err(SigV4Error::SignatureDoesNotMatch));
}

/// A presigned GET from AWS's suite (`get-vanilla`, service `service`, X-Amz-Expires=3600).
fn presigned(query: &str) -> Req {
    Req {
        method: "GET".into(),
        path: "/".into(),
        query: query.into(),
        headers: vec![("Host".into(), b"example.amazonaws.com".to_vec())],
        body: Vec::new(),
    }
}

const PRESIGNED: &str = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d";

#[test]
fn presigned_window() {
    let req = presigned(PRESIGNED);
    req.check_at(SIGNED_AT).unwrap();
    req.check_at(SIGNED_AT + Duration::seconds(3600)).unwrap();
    let e = err(req.check_at(SIGNED_AT + Duration::seconds(3601)));
    assert_eq!(
        e,
        SigV4Error::RequestExpired {
            signed_at: SIGNED_AT,
            expires_in_seconds: 3600,
            now: SIGNED_AT + Duration::seconds(3601),
        }
    );
    assert_eq!(e.aws_code(), "RequestExpired");
    assert_eq!(
        e.to_string(),
        "Request has expired: signed at 20150830T123600Z for 3600 seconds, so valid until \
         20150830T133600Z; it is now 20150830T133601Z."
    );
    let e = err(req.check_at(SIGNED_AT - Duration::minutes(16)));
    assert!(matches!(e, SigV4Error::SignatureNotYetCurrent { .. }));
}

#[test]
fn presigned_expires_out_of_range() {
    for (raw, value) in [
        ("0", "0"),
        ("604801", "604801"),
        ("-1", "-1"),
        ("abc", "abc"),
        ("", ""),
        ("%2B60", "+60"),
        ("+60", " 60"),
        ("99999999999", "99999999999"),
    ] {
        let query = PRESIGNED.replace("X-Amz-Expires=3600", &format!("X-Amz-Expires={raw}"));
        let e = err(presigned(&query).check());
        assert_eq!(
            e,
            SigV4Error::InvalidExpires {
                value: value.into()
            },
            "{raw}"
        );
        assert_eq!(e.aws_code(), "IncompleteSignature");
    }
    // A week is allowed (the signature no longer matches, but the parameter is fine).
    let query = PRESIGNED.replace("X-Amz-Expires=3600", "X-Amz-Expires=604800");
    let parsed = presigned(&query).parse_at(SIGNED_AT).unwrap();
    assert_eq!(
        parsed.location(),
        SignatureLocation::Query {
            expires_in_seconds: Some(604_800)
        }
    );
}

#[test]
fn presigned_parameters_missing() {
    let query = PRESIGNED
        .split('&')
        .filter(|p| !p.starts_with("X-Amz-Credential") && !p.starts_with("X-Amz-Date"))
        .collect::<Vec<_>>()
        .join("&");
    let e = err(presigned(&query).check());
    assert_eq!(
        e,
        SigV4Error::IncompleteQueryParameters {
            missing: vec!["X-Amz-Credential", "X-Amz-Date"]
        }
    );
    assert_eq!(e.aws_code(), "IncompleteSignature");
    assert_eq!(
        e.to_string(),
        "AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string \
         parameters must include 'X-Amz-Date'. Re-examine the query-string parameters."
    );
    let other = PRESIGNED.replace("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256");
    assert_eq!(
        presigned(&other).check(),
        Err(SigV4Error::MissingAuthenticationToken)
    );
}

#[test]
fn presigned_unsigned_payload() {
    let query = format!("{PRESIGNED}&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD");
    let req = presigned(&query);
    let parsed = req.parse_at(SIGNED_AT).unwrap();
    let canonical = req.with(|r| parsed.canonical_request(r)).unwrap();
    assert!(canonical.ends_with(b"\nhost\nUNSIGNED-PAYLOAD"));
    let canonical = String::from_utf8(canonical).unwrap();
    assert!(
        canonical.contains("&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&"),
        "{canonical}"
    );
    assert!(!canonical.contains("X-Amz-Signature"));
}

#[test]
fn signing_key_cache() {
    let req = Req::list_users();
    let parsed = req.parse_at(SIGNED_AT).unwrap();
    let secret = SecretKey::from(SECRET);
    let mut cache = SigningKeyCache::new(2);
    let key = cache.signing_key(&parsed, &secret);
    assert_eq!(key, SigningKey::for_request(&secret, &parsed));
    assert_eq!(cache.len(), 1);
    // A cached key is used without the secret being needed again.
    let again = cache.signing_key(&parsed, &SecretKey::from("not the secret"));
    assert_eq!(again, key);
    req.with(|r| verify_with_key(&parsed, r, &again)).unwrap();
    cache.remove_access_key("AKIDEXAMPLE");
    assert!(cache.is_empty());

    // When full, older days go first, then everything.
    let scoped = |region: &str| {
        let header = authorization(
            &format!("AKIDEXAMPLE/20150830/{region}/iam/aws4_request"),
            SIGNED_HEADERS,
            SIGNATURE,
        );
        Req::list_users()
            .set("Authorization", &header)
            .parse_at(SIGNED_AT)
            .unwrap()
    };
    for region in ["us-east-1", "us-east-2", "us-west-1"] {
        cache.signing_key(&scoped(region), &secret);
    }
    assert!(cache.len() <= 2);
}
