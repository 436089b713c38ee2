//! AWS's SigV4 signing test suite (vendored under `tests/data/aws-signing-test-suite`, see its
//! `NOTICE.md`): for every v4 case, in both the header and the presigned-query form, our
//! canonical request, string to sign and signature equal AWS's byte for byte, `verify` accepts
//! the signed request at the case's time, and rejects it after any of several one-byte changes.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers fail the test on unexpected input"
)]

pub mod common;
use std::path::PathBuf;

use iamd_sigv4::{
    RequestParts, SecretKey, Settings, SigV4Error, SignatureLocation, UriEncoding, parse_with,
    verify,
};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

fn case_dir(case: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/aws-signing-test-suite/v4")
        .join(case)
}

fn read(case: &str, file: &str) -> Vec<u8> {
    let path = case_dir(case).join(file);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The few fields of `context.json` used here (read without a JSON library: the files are flat).
struct Context {
    access_key_id: String,
    secret_access_key: String,
    token: Option<String>,
    normalize: bool,
    region: String,
    service: String,
    timestamp: OffsetDateTime,
}

fn json_field(json: &str, key: &str) -> Option<String> {
    let after_key = &json[json.find(&format!("\"{key}\""))? + key.len() + 2..];
    let value = after_key.trim_start().strip_prefix(':')?.trim_start();
    if let Some(string) = value.strip_prefix('"') {
        Some(string[..string.find('"')?].to_owned())
    } else {
        let end = value.find([',', '}', '\n']).unwrap_or(value.len());
        Some(value[..end].trim().to_owned())
    }
}

fn context(case: &str) -> Context {
    let json = String::from_utf8(read(case, "context.json")).unwrap();
    let field = |key| json_field(&json, key).unwrap_or_else(|| panic!("{case}: no {key}"));
    Context {
        access_key_id: field("access_key_id"),
        secret_access_key: field("secret_access_key"),
        token: json_field(&json, "token"),
        normalize: field("normalize") == "true",
        region: field("region"),
        service: field("service"),
        timestamp: OffsetDateTime::parse(&field("timestamp"), &Rfc3339).unwrap(),
    }
}

/// An HTTP/1.1 request as written in the suite's `*.txt` files.
#[derive(Clone)]
struct TestRequest {
    method: String,
    path: String,
    query: String,
    headers: Vec<(String, Vec<u8>)>,
    body: Vec<u8>,
}

impl TestRequest {
    fn parse(text: &[u8]) -> Self {
        let split = text.windows(2).position(|w| w == b"\n\n");
        let (head, body) = match split {
            Some(at) => (&text[..at], &text[at + 2..]),
            None => (text, &b""[..]),
        };
        let head = std::str::from_utf8(head).unwrap();
        let mut lines = head.split('\n');
        let request_line = lines.next().unwrap();
        let (method, target) = request_line.split_once(' ').unwrap();
        // The target may hold raw spaces; the version, when present, is the last word.
        let target = target.strip_suffix(" HTTP/1.1").unwrap_or(target);
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let mut headers: Vec<(String, Vec<u8>)> = Vec::new();
        for line in lines.filter(|l| !l.is_empty()) {
            if line.starts_with([' ', '\t']) {
                // obs-fold: the line break and its indentation stand for one space.
                let (_, value) = headers.last_mut().unwrap();
                value.push(b' ');
                value.extend_from_slice(line.as_bytes());
            } else {
                let (name, value) = line.split_once(':').unwrap();
                headers.push((name.to_owned(), value.as_bytes().to_vec()));
            }
        }
        Self {
            method: method.to_owned(),
            path: path.to_owned(),
            query: query.to_owned(),
            headers,
            body: body.to_vec(),
        }
    }

    fn with_parts<R>(&self, f: impl FnOnce(&RequestParts<'_>) -> R) -> R {
        common::with_parts(
            &self.method,
            &self.path,
            &self.query,
            &self.headers,
            &self.body,
            f,
        )
    }

    fn header_mut(&mut self, name: &str) -> &mut Vec<u8> {
        &mut self
            .headers
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .unwrap()
            .1
    }
}

/// Flips the case of a hex digit (or otherwise changes one byte) at `index` in `text`.
fn change_byte(text: &mut [u8], index: usize) {
    text[index] = match text[index] {
        b'0' => b'1',
        b'a'..=b'y' | b'A'..=b'Y' | b'1'..=b'8' => text[index] + 1,
        _ => b'0',
    };
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Form {
    Header,
    Query,
}

fn settings(case: &str, ctx: &Context) -> Settings {
    let mut settings = Settings::default();
    settings.normalize_uri_path = ctx.normalize;
    // This case's expected canonical URI keeps the already-encoded `%20` as is: the single
    // encoding S3 uses (aws-sigv4 skips it for that reason). Every other case, and every real
    // IAM/STS client, uses double encoding.
    if case == "get-space-normalized" {
        settings.uri_encoding = UriEncoding::Single;
    }
    settings
}

fn run_form(case: &str, form: Form) {
    let ctx = context(case);
    let prefix = match form {
        Form::Header => "header",
        Form::Query => "query",
    };
    let request = TestRequest::parse(&read(case, &format!("{prefix}-signed-request.txt")));
    let settings = settings(case, &ctx);
    let secret = SecretKey::from(ctx.secret_access_key.as_str());
    let now = ctx.timestamp;

    let parsed = request
        .with_parts(|req| parse_with(req, now, &settings))
        .unwrap_or_else(|e| panic!("{case} {form:?}: parse: {e}"));
    assert_eq!(parsed.access_key_id(), ctx.access_key_id);
    assert_eq!(parsed.region(), ctx.region);
    assert_eq!(parsed.service(), ctx.service);
    assert_eq!(parsed.signed_at(), ctx.timestamp);
    assert_eq!(
        parsed.security_token(),
        ctx.token.as_deref(),
        "{case} {form:?}: session token"
    );
    match (form, parsed.location()) {
        (Form::Header, SignatureLocation::Header) => {}
        (
            Form::Query,
            SignatureLocation::Query {
                expires_in_seconds: Some(3600),
            },
        ) => {}
        (form, location) => panic!("{case}: {form:?} parsed as {location:?}"),
    }

    // A token added after signing (`omit_session_token`) is not in the canonical query string
    // of the presigned form, but every query parameter but the signature is signed: rejected.
    if case == "post-sts-header-after" && form == Form::Query {
        assert_eq!(
            request.with_parts(|req| verify(&parsed, req, &secret)),
            Err(SigV4Error::SignatureDoesNotMatch)
        );
        return;
    }

    let canonical = request
        .with_parts(|req| parsed.canonical_request(req))
        .unwrap();
    let expected_canonical = read(case, &format!("{prefix}-canonical-request.txt"));
    assert_eq!(
        String::from_utf8_lossy(&canonical),
        String::from_utf8_lossy(&expected_canonical),
        "{case} {form:?}: canonical request"
    );
    assert_eq!(canonical, expected_canonical);

    let string_to_sign = parsed.string_to_sign(&canonical);
    let expected_sts =
        String::from_utf8(read(case, &format!("{prefix}-string-to-sign.txt"))).unwrap();
    assert_eq!(
        string_to_sign, expected_sts,
        "{case} {form:?}: string to sign"
    );

    let expected_signature =
        String::from_utf8(read(case, &format!("{prefix}-signature.txt"))).unwrap();
    assert_eq!(
        data_encoding_hex(parsed.signature()),
        expected_signature.trim(),
        "{case} {form:?}: signature"
    );
    request
        .with_parts(|req| verify(&parsed, req, &secret))
        .unwrap_or_else(|e| panic!("{case} {form:?}: verify: {e}"));

    // One byte changed anywhere that is signed must be rejected.
    let rejects = |changed: &TestRequest, what: &str| {
        let outcome = changed.with_parts(|req| {
            parse_with(req, now, &settings).and_then(|p| verify(&p, req, &secret))
        });
        assert!(
            outcome.is_err(),
            "{case} {form:?}: accepted with {what} changed"
        );
    };
    let wrong_secret = SecretKey::from(format!("{}x", ctx.secret_access_key));
    assert_eq!(
        request.with_parts(|req| verify(&parsed, req, &wrong_secret)),
        Err(SigV4Error::SignatureDoesNotMatch)
    );

    for i in 0..request.method.len() {
        let mut changed = request.clone();
        let mut method = changed.method.into_bytes();
        change_byte(&mut method, i);
        changed.method = String::from_utf8(method).unwrap();
        rejects(&changed, "the method");
    }
    if !request.body.is_empty() {
        for i in [0, request.body.len() - 1] {
            let mut changed = request.clone();
            change_byte(&mut changed.body, i);
            rejects(&changed, "the body");
        }
    }
    for name in parsed.signed_headers() {
        let mut changed = request.clone();
        let value = changed.header_mut(name);
        let last = value.len() - 1;
        change_byte(value, last);
        rejects(&changed, &format!("header {name}"));
    }
    match form {
        Form::Header => {
            let mut changed = request.clone();
            let authorization = changed.header_mut("authorization");
            let last = authorization.len() - 1;
            change_byte(authorization, last);
            rejects(&changed, "the signature");
        }
        Form::Query => {
            let signature_at = request.query.find("X-Amz-Signature=").unwrap() + 16;
            let mut query = request.query.clone().into_bytes();
            change_byte(&mut query, signature_at);
            let mut changed = request.clone();
            changed.query = String::from_utf8(query).unwrap();
            rejects(&changed, "the signature");
            for (i, _) in request
                .query
                .bytes()
                .enumerate()
                .filter(|(_, b)| b.is_ascii())
            {
                let mut query = request.query.clone().into_bytes();
                change_byte(&mut query, i);
                let mut changed = request.clone();
                changed.query = String::from_utf8(query).unwrap();
                rejects(&changed, &format!("query byte {i}"));
            }
        }
    }
    if !request.path.is_empty() {
        let mut changed = request.clone();
        changed.path.push('x');
        rejects(&changed, "the path");
    }
}

fn data_encoding_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

macro_rules! suite {
    ($($test:ident => $case:literal,)*) => {
        $(
            #[test]
            fn $test() {
                run_form($case, Form::Header);
                run_form($case, Form::Query);
            }
        )*
    };
}

suite! {
    get_header_key_duplicate => "get-header-key-duplicate",
    get_header_value_multiline => "get-header-value-multiline",
    get_header_value_order => "get-header-value-order",
    get_header_value_trim => "get-header-value-trim",
    get_relative_normalized => "get-relative-normalized",
    get_relative_relative_normalized => "get-relative-relative-normalized",
    get_relative_relative_unnormalized => "get-relative-relative-unnormalized",
    get_relative_unnormalized => "get-relative-unnormalized",
    get_slash_dot_slash_normalized => "get-slash-dot-slash-normalized",
    get_slash_dot_slash_unnormalized => "get-slash-dot-slash-unnormalized",
    get_slash_normalized => "get-slash-normalized",
    get_slash_pointless_dot_normalized => "get-slash-pointless-dot-normalized",
    get_slash_pointless_dot_unnormalized => "get-slash-pointless-dot-unnormalized",
    get_slash_unnormalized => "get-slash-unnormalized",
    get_slashes_normalized => "get-slashes-normalized",
    get_slashes_unnormalized => "get-slashes-unnormalized",
    get_space_normalized => "get-space-normalized",
    get_space_unnormalized => "get-space-unnormalized",
    get_unreserved => "get-unreserved",
    get_utf8 => "get-utf8",
    get_vanilla => "get-vanilla",
    get_vanilla_empty_query_key => "get-vanilla-empty-query-key",
    get_vanilla_query => "get-vanilla-query",
    get_vanilla_query_order_encoded => "get-vanilla-query-order-encoded",
    get_vanilla_query_order_key_case => "get-vanilla-query-order-key-case",
    get_vanilla_query_unreserved => "get-vanilla-query-unreserved",
    get_vanilla_utf8_query => "get-vanilla-utf8-query",
    get_vanilla_with_session_token => "get-vanilla-with-session-token",
    post_header_key_case => "post-header-key-case",
    post_header_key_sort => "post-header-key-sort",
    post_header_value_case => "post-header-value-case",
    post_sts_header_after => "post-sts-header-after",
    post_sts_header_before => "post-sts-header-before",
    post_vanilla => "post-vanilla",
    post_vanilla_empty_query_value => "post-vanilla-empty-query-value",
    post_vanilla_query => "post-vanilla-query",
    post_x_www_form_urlencoded => "post-x-www-form-urlencoded",
    post_x_www_form_urlencoded_parameters => "post-x-www-form-urlencoded-parameters",
}

/// `double-url-encode` has no context file (its secret is not published), so only the
/// canonical request and the string to sign are compared.
#[test]
fn double_url_encode() {
    let case = "double-url-encode";
    let request = TestRequest::parse(&read(case, "header-signed-request.txt"));
    let now = OffsetDateTime::parse("2021-05-11T15:40:45Z", &Rfc3339).unwrap();
    let parsed = request
        .with_parts(|req| parse_with(req, now, &Settings::default()))
        .unwrap();
    let canonical = request
        .with_parts(|req| parsed.canonical_request(req))
        .unwrap();
    assert_eq!(
        String::from_utf8(canonical.clone()).unwrap(),
        String::from_utf8(read(case, "header-canonical-request.txt")).unwrap()
    );
    assert_eq!(
        parsed.string_to_sign(&canonical),
        String::from_utf8(read(case, "header-string-to-sign.txt"))
            .unwrap()
            .trim_end()
    );
}
