//! Arbitrary bytes as an HTTP request, its SigV4 signature read from the `Authorization`
//! header or from a presigned query string, as `iamd serve` reads every request's.
//!
//! The input is an HTTP/1.1 request as text, in the format of AWS's signing test suite
//! (`crates/iamd-sigv4/tests/data/aws-signing-test-suite/v4/*/{header,query}-signed-request.txt`,
//! the seeds): `METHOD TARGET HTTP/1.1`, then `Name:value` header lines (a line starting with a
//! space or tab continues the previous one), an empty line and the body. It is parsed at the
//! suite's time (2015-08-30T12:36:00Z) so that the seeds pass the clock-skew check and reach the
//! canonical request, and verified with the suite's secret.
//!
//! Checks: nothing panics; an accepted signature has a non-empty key id, service and region,
//! a credential scope `DATE/REGION/SERVICE/aws4_request` and a string to sign of four lines:
//! the algorithm, the signing time, that scope and the canonical request's SHA-256 in hex; the
//! canonical request is the same when computed twice; every error has a non-empty message.

#![no_main]

use iamd_sigv4::{RequestParts, SecretKey, parse, verify};
use libfuzzer_sys::fuzz_target;
use time::OffsetDateTime;

/// 2015-08-30T12:36:00Z, the signing time of every case in AWS's suite.
const SUITE_TIME: i64 = 1_440_938_160;
const SUITE_SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

struct Request<'a> {
    method: &'a str,
    path: &'a str,
    query: &'a str,
    headers: Vec<(&'a str, Vec<u8>)>,
    body: &'a [u8],
}

/// The request the text describes, or `None` when it has no request line.
fn read_request(data: &[u8]) -> Option<Request<'_>> {
    let (head, body) = match data.windows(2).position(|w| w == b"\n\n") {
        Some(i) => (&data[..i], &data[i + 2..]),
        None => (data, &[][..]),
    };
    let head = std::str::from_utf8(head).ok()?;
    let mut lines = head.split('\n');
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?;
    let target = request_line.next()?;
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut headers: Vec<(&str, Vec<u8>)> = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(b'\n');
                value.extend_from_slice(line.as_bytes());
            }
            continue;
        }
        let (name, value) = line.split_once(':').unwrap_or((line, ""));
        headers.push((name, value.as_bytes().to_vec()));
    }
    Some(Request {
        method,
        path,
        query,
        headers,
        body,
    })
}

fuzz_target!(|data: &[u8]| {
    let Some(request) = read_request(data) else {
        return;
    };
    let headers: Vec<(&str, &[u8])> = request
        .headers
        .iter()
        .map(|(name, value)| (*name, value.as_slice()))
        .collect();
    let parts = RequestParts {
        method: request.method,
        path: request.path,
        query: request.query,
        headers: &headers,
        body: request.body,
    };
    let Ok(now) = OffsetDateTime::from_unix_timestamp(SUITE_TIME) else {
        return;
    };
    let parsed = match parse(&parts, now) {
        Ok(parsed) => parsed,
        Err(e) => {
            assert!(!e.to_string().is_empty(), "empty message for {e:?}");
            return;
        }
    };
    assert!(!parsed.access_key_id().is_empty());
    assert!(!parsed.service().is_empty());
    let scope = parsed.credential_scope();
    assert!(scope.ends_with("/aws4_request"), "{scope}");
    assert_eq!(scope.split('/').count(), 4, "{scope}");

    match parsed.canonical_request(&parts) {
        Ok(canonical) => {
            assert_eq!(parsed.canonical_request(&parts).ok(), Some(canonical.clone()));
            let to_sign = parsed.string_to_sign(&canonical);
            let lines: Vec<&str> = to_sign.split('\n').collect();
            assert_eq!(lines.len(), 4, "{to_sign:?}");
            assert_eq!(lines[0], "AWS4-HMAC-SHA256");
            assert!(!lines[1].is_empty(), "{to_sign:?}");
            assert_eq!(lines[2], scope);
            assert!(
                lines[3].len() == 64 && lines[3].bytes().all(|b| b.is_ascii_hexdigit()),
                "{to_sign:?}"
            );
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    if let Err(e) = verify(&parsed, &parts, &SecretKey::from(SUITE_SECRET)) {
        assert!(!e.to_string().is_empty());
    }
});
