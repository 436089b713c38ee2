//! The pieces of the canonical request: URI, query string, header lines, payload hash.

use std::borrow::Cow;

use sha2::{Digest, Sha256};

use crate::error::SigV4Error;

/// `A-Z a-z 0-9 - . _ ~`: the bytes RFC 3986 leaves unencoded.
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

fn hex_upper(nibble: u8) -> u8 {
    match nibble {
        0..=9 => b'0' + nibble,
        _ => b'A' + (nibble - 10),
    }
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// Appends `bytes` percent-encoded per RFC 3986 with uppercase hex; `/` is kept when
/// `keep_slash`.
pub(crate) fn uri_encode_into(out: &mut Vec<u8>, bytes: &[u8], keep_slash: bool) {
    for &byte in bytes {
        if is_unreserved(byte) || (keep_slash && byte == b'/') {
            out.push(byte);
        } else {
            out.extend_from_slice(&[b'%', hex_upper(byte >> 4), hex_upper(byte & 0x0f)]);
        }
    }
}

fn uri_encode(bytes: &[u8], keep_slash: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    uri_encode_into(&mut out, bytes, keep_slash);
    out
}

/// Decodes `%XX` escapes (and `+` as a space when `plus_is_space`). A `%` that does not start a
/// valid escape is kept as it is, as form decoders do.
pub(crate) fn percent_decode(input: &[u8], plus_is_space: bool) -> Cow<'_, [u8]> {
    if !input
        .iter()
        .any(|&b| b == b'%' || (plus_is_space && b == b'+'))
    {
        return Cow::Borrowed(input);
    }
    let mut out = Vec::with_capacity(input.len());
    let mut rest = input;
    while let Some((&byte, tail)) = rest.split_first() {
        match (byte, tail) {
            (b'%', [high, low, after @ ..]) => {
                if let (Some(high), Some(low)) = (hex_value(*high), hex_value(*low)) {
                    out.push(high << 4 | low);
                    rest = after;
                    continue;
                }
                out.push(b'%');
            }
            (b'+', _) if plus_is_space => out.push(b' '),
            _ => out.push(byte),
        }
        rest = tail;
    }
    Cow::Owned(out)
}

/// Removes `.` and `..` segments and empty segments (RFC 3986 §5.2.4 plus collapsing `//`),
/// keeping a trailing slash, as AWS does for every service but S3.
pub(crate) fn normalize_path(path: &str) -> Cow<'_, str> {
    if path.starts_with('/')
        && !path.contains("//")
        && !path.split('/').any(|s| s == "." || s == "..")
    {
        return Cow::Borrowed(path);
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    let mut out = String::with_capacity(path.len() + 1);
    for segment in &segments {
        out.push('/');
        out.push_str(segment);
    }
    let trailing_slash = ["/", "/.", "/..", "/./", "/../"]
        .iter()
        .any(|end| path.ends_with(end));
    if out.is_empty() || (trailing_slash && !out.ends_with('/')) {
        out.push('/');
    }
    Cow::Owned(out)
}

/// The canonical URI for the raw (still percent-encoded) request path.
pub(crate) fn canonical_uri(raw_path: &str, normalize: bool, encoding: UriEncoding) -> Vec<u8> {
    let path: Cow<'_, str> = if raw_path.is_empty() {
        Cow::Borrowed("/")
    } else if normalize {
        normalize_path(raw_path)
    } else {
        Cow::Borrowed(raw_path)
    };
    match encoding {
        UriEncoding::Double => uri_encode(path.as_bytes(), true),
        UriEncoding::Single => uri_encode(&percent_decode(path.as_bytes(), false), true),
    }
}

/// A decoded query parameter: `(name, value)`.
pub(crate) type QueryPair<'a> = (Cow<'a, [u8]>, Cow<'a, [u8]>);

/// The raw query string split into decoded `(name, value)` pairs, in order.
pub(crate) fn decode_query(raw_query: &str) -> Vec<QueryPair<'_>> {
    raw_query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (
                percent_decode(name.as_bytes(), true),
                percent_decode(value.as_bytes(), true),
            )
        })
        .collect()
}

/// The canonical query string: every parameter (but `X-Amz-Signature` when `presigned`)
/// encoded, sorted by encoded name then value, joined with `&`.
pub(crate) fn canonical_query(raw_query: &str, presigned: bool) -> Vec<u8> {
    let mut pairs: Vec<(Vec<u8>, Vec<u8>)> = decode_query(raw_query)
        .into_iter()
        .filter(|(name, _)| !(presigned && name.as_ref() == b"X-Amz-Signature"))
        .map(|(name, value)| (uri_encode(&name, false), uri_encode(&value, false)))
        .collect();
    pairs.sort_unstable();
    let mut out = Vec::with_capacity(raw_query.len() + 16);
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push(b'&');
        }
        out.extend_from_slice(name);
        out.push(b'=');
        out.extend_from_slice(value);
    }
    out
}

fn is_space_or_tab(byte: u8) -> bool {
    byte == b' ' || byte == b'\t'
}

/// Appends a header value with leading and trailing blanks removed and each inner run of
/// spaces and tabs replaced by one space.
pub(crate) fn push_trimmed_value(out: &mut Vec<u8>, value: &[u8]) {
    let mut started = false;
    let mut pending_space = false;
    for &byte in value {
        if is_space_or_tab(byte) {
            pending_space = started;
        } else {
            if pending_space {
                out.push(b' ');
                pending_space = false;
            }
            out.push(byte);
            started = true;
        }
    }
}

/// Lowercase hex SHA-256.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(bytes))
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

pub(crate) fn utf8<'a>(bytes: &'a [u8], name: &'static str) -> Result<&'a str, SigV4Error> {
    std::str::from_utf8(bytes).map_err(|_| SigV4Error::InvalidEncoding { name })
}

pub(crate) fn trim_blanks(s: &str) -> &str {
    s.trim_matches([' ', '\t'])
}

pub(crate) fn query_param<'q>(query: &'q [QueryPair<'_>], name: &str) -> Option<&'q [u8]> {
    query
        .iter()
        .find(|(n, _)| n.as_ref() == name.as_bytes())
        .map(|(_, v)| v.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(path: &str, encoding: UriEncoding) -> String {
        String::from_utf8(canonical_uri(path, true, encoding)).unwrap()
    }

    #[test]
    fn double_encoding_reencodes_percent() {
        // aws-signing-test-suite/v4/double-encode-path
        assert_eq!(
            uri("/test/@connections/JBDvjfGEIAMCERw%3D", UriEncoding::Double),
            "/test/%40connections/JBDvjfGEIAMCERw%253D"
        );
        assert_eq!(uri("", UriEncoding::Double), "/");
        assert_eq!(uri("/", UriEncoding::Double), "/");
    }

    #[test]
    fn single_encoding_decodes_first() {
        assert_eq!(
            uri("/example%20space/", UriEncoding::Single),
            "/example%20space/"
        );
        assert_eq!(
            uri("/a b/%e1%88%b4", UriEncoding::Single),
            "/a%20b/%E1%88%B4"
        );
    }

    #[test]
    fn normalization() {
        for (input, expected) in [
            ("/", "/"),
            ("//example//", "/example/"),
            ("/example1/example2/../..", "/"),
            ("/example/..", "/"),
            ("/./", "/"),
            ("/foo/bar/.", "/foo/bar/"),
            ("/foo/./bar/../baz", "/foo/baz"),
            ("/../foo", "/foo"),
            ("foo", "/foo"),
            ("/foo/bar", "/foo/bar"),
        ] {
            assert_eq!(normalize_path(input), expected, "{input}");
        }
        assert_eq!(
            canonical_uri("//example//", false, UriEncoding::Double),
            b"//example//"
        );
    }

    #[test]
    fn query_is_decoded_encoded_and_sorted() {
        let q = |raw: &str, presigned| String::from_utf8(canonical_query(raw, presigned)).unwrap();
        assert_eq!(q("", false), "");
        assert_eq!(q("b=2&a=1&a=0", false), "a=0&a=1&b=2");
        assert_eq!(q("Param1", false), "Param1=");
        assert_eq!(q("k=a+b%2fc%zz&&", false), "k=a%20b%2Fc%25zz");
        assert_eq!(q("X-Amz-Signature=ab&X-Amz-Date=1", true), "X-Amz-Date=1");
        assert_eq!(q("X-Amz-Signature=ab", false), "X-Amz-Signature=ab");
        assert_eq!(
            q("%E1%88%B4=Value1&Param=Value2", false),
            "%E1%88%B4=Value1&Param=Value2"
        );
    }

    #[test]
    fn header_values_are_trimmed_and_collapsed() {
        let trim = |v: &str| {
            let mut out = Vec::new();
            push_trimmed_value(&mut out, v.as_bytes());
            String::from_utf8(out).unwrap()
        };
        assert_eq!(trim("  value1  "), "value1");
        assert_eq!(trim("\"a   b   c\""), "\"a b c\"");
        assert_eq!(trim("a\t \tb"), "a b");
        assert_eq!(trim(""), "");
        assert_eq!(trim("   "), "");
    }

    #[test]
    fn empty_body_hash() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
