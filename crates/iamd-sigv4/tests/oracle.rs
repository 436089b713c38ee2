//! `aws-sigv4` (the AWS SDK for Rust's signer) as an oracle: requests it signs are accepted,
//! and any one-byte change to the body, the signature or a signed header is refused.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers fail the test on unexpected input"
)]

pub mod common;
use std::time::{Duration as StdDuration, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    SessionTokenMode, SignableBody, SignableRequest, SignatureLocation, SigningSettings, sign,
};
use aws_sigv4::sign::v4;
use iamd_sigv4::{RequestParts, SecretKey, SigV4Error, parse, verify};
use proptest::prelude::*;
use proptest::test_runner::Config;
use time::{Duration, OffsetDateTime};

const ACCESS_KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";

/// RFC 3986 encoding (what the SDKs put on the wire).
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn form(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// A signed request, as the server receives it.
#[derive(Debug, Clone)]
struct Wire {
    method: String,
    path: String,
    query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Wire {
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

    fn check(&self, secret: &str, now: OffsetDateTime) -> Result<Option<String>, SigV4Error> {
        self.with(|req| {
            let parsed = parse(req, now)?;
            verify(&parsed, req, &SecretKey::from(secret))?;
            Ok(parsed.security_token().map(str::to_owned))
        })
    }
}

struct Signing<'a> {
    secret: &'a str,
    token: Option<&'a str>,
    region: &'a str,
    service: &'a str,
    signed_at: u64,
    presign_for: Option<u64>,
}

/// Signs `method scheme://authority path?query` with `headers` and `body` using aws-sigv4.
fn sign_with_sdk(
    signing: &Signing<'_>,
    method: &str,
    (scheme, authority, host): (&str, &str, &str),
    path: &str,
    query: &str,
    mut headers: Vec<(String, String)>,
    body: &[u8],
) -> Wire {
    let identity = Credentials::new(
        ACCESS_KEY_ID,
        signing.secret,
        signing.token.map(str::to_owned),
        None,
        "proptest",
    )
    .into();
    let mut settings = SigningSettings::default();
    settings.session_token_mode = SessionTokenMode::Include;
    if let Some(seconds) = signing.presign_for {
        settings.signature_location = SignatureLocation::QueryParams;
        settings.expires_in = Some(StdDuration::from_secs(seconds));
    }
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(signing.region)
        .name(signing.service)
        .time(SystemTime::UNIX_EPOCH + StdDuration::from_secs(signing.signed_at))
        .settings(settings)
        .build()
        .unwrap()
        .into();
    let uri = if query.is_empty() {
        format!("{scheme}://{authority}{path}")
    } else {
        format!("{scheme}://{authority}{path}?{query}")
    };
    let signable = SignableRequest::new(
        method,
        uri,
        headers.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        SignableBody::Bytes(body),
    )
    .unwrap();
    let (instructions, _signature) = sign(signable, &params).unwrap().into_parts();

    headers.push(("Host".to_owned(), host.to_owned()));
    for (name, value) in instructions.headers() {
        headers.push((name.to_owned(), value.to_owned()));
    }
    let mut query = query.to_owned();
    for (name, value) in instructions.params() {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(&format!("{}={}", encode(name), encode(value)));
    }
    Wire {
        method: method.to_owned(),
        path: path.to_owned(),
        query,
        headers,
        body: body.to_vec(),
    }
}

fn endpoint() -> impl Strategy<Value = (String, String, String)> {
    prop_oneof![
        Just(("https", "iam.amazonaws.com".to_owned())),
        "[a-z]{2}-[a-z]{4,7}-[1-9]".prop_map(|r| ("https", format!("sts.{r}.amazonaws.com"))),
        (1024u16..).prop_map(|port| ("http", format!("127.0.0.1:{port}"))),
        Just(("http", "localhost:80".to_owned())),
        Just(("https", "localhost:443".to_owned())),
    ]
    .prop_map(|(scheme, authority)| {
        let host = match (scheme, authority.rsplit_once(':')) {
            ("http", Some((host, "80"))) | ("https", Some((host, "443"))) => host.to_owned(),
            _ => authority.clone(),
        };
        (scheme.to_owned(), authority, host)
    })
}

fn form_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => (
            "[A-Z][A-Za-z]{2,20}",
            prop::collection::vec(("[A-Za-z][A-Za-z0-9.]{0,24}", "\\PC{0,40}"), 0..6),
        )
            .prop_map(|(action, params)| {
                let mut pairs = vec![
                    ("Action".to_owned(), action),
                    ("Version".to_owned(), "2010-05-08".to_owned()),
                ];
                pairs.extend(params);
                form(&pairs).into_bytes()
            }),
        1 => prop::collection::vec(any::<u8>(), 0..256),
    ]
}

fn region() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("us-east-1".to_owned()),
        "[a-z]{2}-[a-z]{4,9}-[1-9]",
        "[a-z]{2}-gov-[a-z]{4,5}-[1-9]",
    ]
}

fn secret() -> impl Strategy<Value = String> {
    "[A-Za-z0-9/+]{40}"
}

fn token() -> impl Strategy<Value = Option<String>> {
    prop::option::of("[A-Za-z0-9/+]{16,200}={0,2}")
}

/// A printable, non-blank ASCII byte other than `not`.
fn other_byte(not: u8, pick: u8) -> u8 {
    let candidate = b'!' + pick % 94;
    if candidate == not {
        if candidate == b'~' {
            b'!'
        } else {
            candidate + 1
        }
    } else {
        candidate
    }
}

fn header_value_mut<'w>(wire: &'w mut Wire, name: &str) -> &'w mut String {
    &mut wire
        .headers
        .iter_mut()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .unwrap()
        .1
}

/// Replaces the byte at `index` (modulo the length) of `text` with another printable byte.
fn change_at(text: &mut String, index: usize, pick: u8) {
    let mut bytes = std::mem::take(text).into_bytes();
    let at = index % bytes.len();
    bytes[at] = other_byte(bytes[at], pick);
    *text = String::from_utf8(bytes).unwrap();
}

fn unix(seconds: u64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(i64::try_from(seconds).unwrap()).unwrap()
}

/// Everything a mutation check needs.
#[derive(Debug, Clone)]
struct Mutations {
    body_at: usize,
    body_xor: u8,
    signature_at: usize,
    header_pick: usize,
    header_at: usize,
    pick: u8,
}

fn mutations() -> impl Strategy<Value = Mutations> {
    (
        any::<usize>(),
        1u8..,
        0usize..64,
        any::<usize>(),
        any::<usize>(),
        any::<u8>(),
    )
        .prop_map(
            |(body_at, body_xor, signature_at, header_pick, header_at, pick)| Mutations {
                body_at,
                body_xor,
                signature_at,
                header_pick,
                header_at,
                pick,
            },
        )
}

/// The request is accepted; each one-byte change is refused.
fn assert_verifies_and_mutations_fail(
    wire: &Wire,
    secret: &str,
    token: Option<&str>,
    now: OffsetDateTime,
    m: &Mutations,
    signature_in_query: bool,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(wire.check(secret, now), Ok(token.map(str::to_owned)));

    let parsed = wire.with(|req| parse(req, now)).unwrap();
    prop_assert!(parsed.signed_headers().iter().any(|h| h == "host"));

    if !wire.body.is_empty() {
        let mut changed = wire.clone();
        let at = m.body_at % changed.body.len();
        changed.body[at] ^= m.body_xor;
        prop_assert_eq!(
            changed.check(secret, now),
            Err(SigV4Error::SignatureDoesNotMatch),
            "body byte {} changed",
            at
        );
    }

    // A different hex digit in the signature.
    let mut changed = wire.clone();
    let (carrier, marker) = if signature_in_query {
        (&mut changed.query, "X-Amz-Signature=")
    } else {
        (
            header_value_mut(&mut changed, "authorization"),
            "Signature=",
        )
    };
    let at = carrier.find(marker).unwrap() + marker.len() + m.signature_at;
    let mut bytes = std::mem::take(carrier).into_bytes();
    let digits = b"0123456789abcdef";
    let current = digits.iter().position(|&d| d == bytes[at]).unwrap();
    bytes[at] = digits[(current + 1 + usize::from(m.pick) % 15) % 16];
    *carrier = String::from_utf8(bytes).unwrap();
    prop_assert_eq!(
        changed.check(secret, now),
        Err(SigV4Error::SignatureDoesNotMatch)
    );

    // Any other printable byte anywhere in a signed header's value.
    let signed = parsed.signed_headers();
    let name = &signed[m.header_pick % signed.len()];
    let mut changed = wire.clone();
    change_at(header_value_mut(&mut changed, name), m.header_at, m.pick);
    prop_assert!(
        changed.check(secret, now).is_err(),
        "accepted with header {} changed: {:?}",
        name,
        changed.headers
    );

    // The wrong secret.
    prop_assert_eq!(
        wire.check(&format!("{secret}x"), now),
        Err(SigV4Error::SignatureDoesNotMatch)
    );
    Ok(())
}

proptest! {
    #![proptest_config(Config::with_cases(64))]

    /// IAM/STS-style form POSTs, signed in the `Authorization` header.
    #[test]
    fn sdk_signed_form_posts_verify(
        (scheme, authority, host) in endpoint(),
        region in region(),
        service in prop_oneof![Just("iam"), Just("sts")],
        secret in secret(),
        token in token(),
        body in form_body(),
        user_agent in "[ -~]{0,60}",
        sdk_header in prop::option::of(" {0,2}[!-~]{1,20}( {1,3}[!-~]{1,20}){0,3} {0,2}"),
        signed_at in 946_684_800u64..4_102_444_800,
        skew in -900i64..=900,
        m in mutations(),
    ) {
        let mut headers = vec![
            ("Content-Type".to_owned(), "application/x-www-form-urlencoded; charset=utf-8".to_owned()),
            ("Content-Length".to_owned(), body.len().to_string()),
            ("User-Agent".to_owned(), user_agent),
        ];
        if let Some(value) = sdk_header {
            headers.push(("X-Amz-User-Agent".to_owned(), value));
        }
        let signing = Signing {
            secret: &secret,
            token: token.as_deref(),
            region: &region,
            service,
            signed_at,
            presign_for: None,
        };
        let wire = sign_with_sdk(
            &signing,
            "POST",
            (&scheme, &authority, &host),
            "/",
            "",
            headers,
            &body,
        );
        let now = unix(signed_at) + Duration::seconds(skew);
        assert_verifies_and_mutations_fail(&wire, &secret, token.as_deref(), now, &m, false)?;
    }

    /// Presigned GETs (signature in the query string) with random paths and query parameters.
    #[test]
    fn sdk_presigned_gets_verify(
        (scheme, authority, host) in endpoint(),
        region in region(),
        secret in secret(),
        token in token(),
        segments in prop::collection::vec(
            prop_oneof![
                4 => "([A-Za-z0-9._~-]|%[0-9A-F]{2}){1,12}",
                1 => Just(".".to_owned()),
                1 => Just("..".to_owned()),
            ],
            0..4,
        ),
        trailing_slash in any::<bool>(),
        params in prop::collection::vec(("[A-Za-z][A-Za-z0-9._-]{0,15}", "\\PC{0,30}"), 0..5),
        signed_at in 946_684_800u64..4_102_444_800,
        expires in 1u64..=604_800,
        elapsed in 0.0f64..=1.0,
        m in mutations(),
    ) {
        let mut path = segments.iter().map(|s| format!("/{s}")).collect::<String>();
        if path.is_empty() || trailing_slash {
            path.push('/');
        }
        let signing = Signing {
            secret: &secret,
            token: token.as_deref(),
            region: &region,
            service: "sts",
            signed_at,
            presign_for: Some(expires),
        };
        let wire = sign_with_sdk(
            &signing,
            "GET",
            (&scheme, &authority, &host),
            &path,
            &form(&params),
            Vec::new(),
            b"",
        );
        // Truncation keeps `now` within [signed_at, signed_at + expires].
        let waited = (expires as f64 * elapsed) as i64;
        let now = unix(signed_at) + Duration::seconds(waited);
        assert_verifies_and_mutations_fail(&wire, &secret, token.as_deref(), now, &m, true)?;

        let expired = unix(signed_at) + Duration::seconds(i64::try_from(expires).unwrap() + 1);
        let refused = wire.check(&secret, expired);
        prop_assert!(matches!(refused, Err(SigV4Error::RequestExpired { .. })), "{:?}", refused);
    }
}
