//! What the signature tests share: a request the test owns, lent to the verifier as the
//! borrowed [`RequestParts`] a server builds from the bytes it received.

use iamd_sigv4::RequestParts;

/// Call `f` with the request made of these owned parts.
pub fn with_parts<R, V: AsRef<[u8]>>(
    method: &str,
    path: &str,
    query: &str,
    headers: &[(String, V)],
    body: &[u8],
    f: impl FnOnce(&RequestParts<'_>) -> R,
) -> R {
    let headers: Vec<(&str, &[u8])> = headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_ref()))
        .collect();
    f(&RequestParts {
        method,
        path,
        query,
        headers: &headers,
        body,
    })
}
