//! Secrets kept at rest (secret access keys, later TOTP seeds): AES-256-GCM under a master key,
//! with a key id so the master key can be rotated.
//!
//! SigV4 needs the plaintext secret access key (it is an HMAC key) and TOTP needs the seed, so
//! neither can be hashed; both are encrypted. The master key comes from a 0600 file in the data
//! directory, made on first start.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use data_encoding::BASE64;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::CoreError;

/// The key that encrypts secrets at rest.
pub struct MasterKey {
    id: String,
    cipher: Aes256Gcm,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MasterKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// An encrypted secret as stored: key id, nonce and ciphertext (base64).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub kid: String,
    pub nonce: String,
    pub ct: String,
}

impl MasterKey {
    /// A master key from 32 bytes and an id naming it.
    pub fn from_bytes(id: &str, bytes: &[u8; 32]) -> MasterKey {
        MasterKey {
            id: id.to_string(),
            cipher: Aes256Gcm::new(bytes.into()),
        }
    }

    /// A fresh random key, and its bytes (to be written to the key file).
    pub fn generate(id: &str) -> Result<(MasterKey, Zeroizing<[u8; 32]>), CoreError> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut())
            .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
        Ok((MasterKey::from_bytes(id, &bytes), bytes))
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Encrypt `plain`, bound to `context` (for example the access key id), so a sealed value
    /// cannot be moved to another record.
    pub fn seal(&self, plain: &[u8], context: &str) -> Result<Sealed, CoreError> {
        let mut nonce = [0u8; 12];
        getrandom::fill(&mut nonce)
            .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
        let ct = self
            .cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                aes_gcm::aead::Payload {
                    msg: plain,
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| CoreError::ServiceFailure("encryption failed".into()))?;
        Ok(Sealed {
            kid: self.id.clone(),
            nonce: BASE64.encode(&nonce),
            ct: BASE64.encode(&ct),
        })
    }

    /// Decrypt a sealed value written with this key and `context`.
    pub fn open(&self, sealed: &Sealed, context: &str) -> Result<Zeroizing<Vec<u8>>, CoreError> {
        let fail = || CoreError::ServiceFailure("a stored secret could not be decrypted".into());
        if sealed.kid != self.id {
            return Err(fail());
        }
        let nonce = BASE64.decode(sealed.nonce.as_bytes()).map_err(|_| fail())?;
        let ct = BASE64.decode(sealed.ct.as_bytes()).map_err(|_| fail())?;
        if nonce.len() != 12 {
            return Err(fail());
        }
        self.cipher
            .decrypt(
                Nonce::from_slice(&nonce),
                aes_gcm::aead::Payload {
                    msg: &ct,
                    aad: context.as_bytes(),
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| fail())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_and_open_round_trip_bound_to_context() {
        let (key, _) = MasterKey::generate("k1").unwrap();
        let sealed = key
            .seal(b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIA1")
            .unwrap();
        assert!(!sealed.ct.contains("wJalr"));
        assert_eq!(
            &**key.open(&sealed, "AKIA1").unwrap(),
            b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
        );
        assert!(key.open(&sealed, "AKIA2").is_err());
        let (other, _) = MasterKey::generate("k1").unwrap();
        assert!(other.open(&sealed, "AKIA1").is_err());
    }
}
