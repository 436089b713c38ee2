//! The second step: recompute the signature with the secret and compare in constant time.

use subtle::ConstantTimeEq;

use crate::error::SigV4Error;
use crate::key::{SecretKey, SigningKey};
use crate::request::{RequestParts, SignatureRequest};

/// Verifies `parsed` (from [`parse`](crate::parse) on the same `req`) with the secret access key of
/// [`SignatureRequest::access_key_id`].
pub fn verify(
    parsed: &SignatureRequest,
    req: &RequestParts<'_>,
    secret: &SecretKey,
) -> Result<(), SigV4Error> {
    verify_with_key(parsed, req, &SigningKey::for_request(secret, parsed))
}

/// Like [`verify`], with the signing key already derived (for example by a
/// [`SigningKeyCache`](crate::SigningKeyCache)).
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
