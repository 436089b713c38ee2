//! Secret access keys, derived signing keys and a cache of the latter.

use std::collections::HashMap;
use std::fmt;

use hmac::digest::Key;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use time::Date;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::dates::format_scope_date;
use crate::request::SignatureRequest;

type HmacSha256 = Hmac<Sha256>;

/// SHA-256's block size, the length HMAC pads its key to.
const BLOCK: usize = 64;

/// HMAC-SHA256 of `message` under `key`.
///
/// The key is brought to one block here (hashed if longer, zero-padded) exactly as HMAC itself
/// does, so the infallible constructor can be used.
fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut block = Zeroizing::new([0u8; BLOCK]);
    if key.len() > BLOCK {
        let mut digest: [u8; 32] = Sha256::digest(key).into();
        block[..32].copy_from_slice(&digest);
        digest.zeroize();
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let mut key_array = Key::<HmacSha256>::from(*block);
    let mut mac = <HmacSha256 as KeyInit>::new(&key_array);
    key_array.zeroize();
    mac.update(message);
    mac.finalize().into_bytes().into()
}

/// A secret access key. Its bytes are wiped when it is dropped, and `Debug` does not show it.
pub struct SecretKey(Zeroizing<String>);

impl SecretKey {
    /// Wraps a secret access key.
    pub fn new(secret: impl Into<String>) -> Self {
        Self(Zeroizing::new(secret.into()))
    }
}

impl From<String> for SecretKey {
    fn from(secret: String) -> Self {
        Self::new(secret)
    }
}

impl From<&str> for SecretKey {
    fn from(secret: &str) -> Self {
        Self::new(secret)
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// The key derived from a secret for one (date, region, service):
/// `HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`.
/// Wiped on drop; `Debug` does not show it.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SigningKey([u8; 32]);

impl PartialEq for SigningKey {
    fn eq(&self, other: &Self) -> bool {
        self.0.ct_eq(&other.0).into()
    }
}

impl Eq for SigningKey {}

impl SigningKey {
    /// Derives the signing key for `date`, `region` and `service`.
    pub fn derive(secret: &SecretKey, date: Date, region: &str, service: &str) -> Self {
        let mut initial = Zeroizing::new(Vec::with_capacity(4 + secret.0.len()));
        initial.extend_from_slice(b"AWS4");
        initial.extend_from_slice(secret.0.as_bytes());
        let mut k_date = hmac_sha256(&initial, format_scope_date(date).as_bytes());
        let mut k_region = hmac_sha256(&k_date, region.as_bytes());
        let mut k_service = hmac_sha256(&k_region, service.as_bytes());
        let key = Self(hmac_sha256(&k_service, b"aws4_request"));
        k_date.zeroize();
        k_region.zeroize();
        k_service.zeroize();
        key
    }

    /// Derives the signing key for the credential scope of `request`.
    pub fn for_request(secret: &SecretKey, request: &SignatureRequest) -> Self {
        Self::derive(secret, request.date(), request.region(), request.service())
    }

    /// The signature of `string_to_sign`: `HMAC(signing key, string to sign)`.
    pub fn sign(&self, string_to_sign: &[u8]) -> [u8; 32] {
        hmac_sha256(&self.0, string_to_sign)
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningKey(<redacted>)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct CacheKey {
    access_key_id: String,
    date: Date,
    region: String,
    service: String,
}

/// Signing keys by (access key id, date, region, service), so that a client's requests on one
/// day cost one HMAC instead of five.
///
/// The caller owns it (for example behind a mutex). An access key id always has the same secret
/// in AWS's model; if a key is deleted, call [`SigningKeyCache::remove_access_key`].
/// When full, entries older than the day before the newest date are dropped, then all.
#[derive(Debug)]
pub struct SigningKeyCache {
    entries: HashMap<CacheKey, SigningKey>,
    capacity: usize,
}

impl SigningKeyCache {
    /// A cache holding at most `capacity` keys (at least one).
    pub fn new(capacity: usize) -> Self {
        Self {
            entries: HashMap::new(),
            capacity: capacity.max(1),
        }
    }

    /// The signing key for `request`'s access key id and credential scope, derived from
    /// `secret` if not cached.
    pub fn signing_key(&mut self, request: &SignatureRequest, secret: &SecretKey) -> SigningKey {
        let key = CacheKey {
            access_key_id: request.access_key_id().to_owned(),
            date: request.date(),
            region: request.region().to_owned(),
            service: request.service().to_owned(),
        };
        if let Some(found) = self.entries.get(&key) {
            return found.clone();
        }
        if self.entries.len() >= self.capacity {
            let oldest_kept = key.date.previous_day().unwrap_or(key.date);
            self.entries.retain(|k, _| k.date >= oldest_kept);
            if self.entries.len() >= self.capacity {
                self.entries.clear();
            }
        }
        let derived = SigningKey::for_request(secret, request);
        self.entries.insert(key, derived.clone());
        derived
    }

    /// Forgets every key derived for `access_key_id`.
    pub fn remove_access_key(&mut self, access_key_id: &str) {
        self.entries.retain(|k, _| k.access_key_id != access_key_id);
    }

    /// The number of cached keys.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the cache is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Default for SigningKeyCache {
    fn default() -> Self {
        Self::new(1024)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn hmac_matches_rfc4231() {
        // RFC 4231 test cases 2 (short key) and 6 (key longer than a block).
        assert_eq!(
            data_encoding::HEXLOWER.encode(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(
            data_encoding::HEXLOWER.encode(&hmac_sha256(
                &[0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            )),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn signing_key_matches_aws_example() {
        // AWS's documented example: secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY,
        // 20150830/us-east-1/iam.
        let secret = SecretKey::from("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        let key = SigningKey::derive(&secret, date!(2015 - 08 - 30), "us-east-1", "iam");
        assert_eq!(
            data_encoding::HEXLOWER.encode(&key.0),
            "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"
        );
    }

    #[test]
    fn debug_is_redacted() {
        let secret = SecretKey::from("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        assert_eq!(format!("{secret:?}"), "SecretKey(<redacted>)");
        let key = SigningKey::derive(&secret, date!(2015 - 08 - 30), "us-east-1", "iam");
        assert!(!format!("{key:?}").contains("c4af"));
    }
}
