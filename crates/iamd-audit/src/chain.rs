//! The digest chain: what makes the trail tamper-evident.
//!
//! Beside each day's records (`DAY.jsonl`) lies its digest (`DAY.digest`), JSON lines of four
//! kinds, each signed (HMAC-SHA256 under the trail's signing key) over its own content and the
//! previous entry's signature, so no entry can be changed, dropped, added or moved without
//! breaking every signature after it:
//!
//! - `header`: opens the file; names the previous day's file and carries that file's last
//!   signature, so days chain too (a removed or inserted file breaks the chain).
//! - `record`: one per record, in order: its number, `eventID` and SHA-256. This is what lets
//!   `verify` name the exact record that was changed, removed, inserted or moved.
//! - `checkpoint`: after a flush: the record count, the byte length and SHA-256 of the file.
//! - `final`: the same, when the day's file is closed (at rotation).
//!
//! HMAC rather than a public-key signature: the key lives in the data directory, readable by
//! whoever may run `iamd audit verify`, and nothing else needs verifying; it needs no new
//! dependency. Whoever holds the key can forge, so it is kept 0600 and apart from the trail.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use hmac::digest::Key;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::AuditError;

type HmacSha256 = Hmac<Sha256>;

/// The trail's signing key file, in the data directory.
pub const KEY_FILE: &str = "audit-signing.key";

/// The HMAC key that signs digest entries.
pub struct SigningKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey(..)")
    }
}

impl SigningKey {
    /// Read the key from `data_dir`, creating it (mode 0600) when `create` and absent.
    pub fn load(data_dir: &Path, create: bool) -> Result<SigningKey, AuditError> {
        let path = data_dir.join(KEY_FILE);
        match fs::read_to_string(&path) {
            Ok(text) => {
                let bytes = data_encoding::HEXLOWER
                    .decode(text.trim().as_bytes())
                    .ok()
                    .and_then(|b| <[u8; 32]>::try_from(b).ok())
                    .ok_or_else(|| {
                        AuditError::Key(format!("{} is not a 64-digit hex key", path.display()))
                    })?;
                Ok(SigningKey(Zeroizing::new(bytes)))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
                let mut bytes = Zeroizing::new([0u8; 32]);
                getrandom::fill(bytes.as_mut())
                    .map_err(|e| AuditError::Key(format!("no randomness: {e}")))?;
                let hex = Zeroizing::new(data_encoding::HEXLOWER.encode(bytes.as_ref()));
                let mut f = OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(&path)
                    .map_err(|e| AuditError::io(&path, &e))?;
                f.write_all(format!("{}\n", hex.as_str()).as_bytes())
                    .and_then(|()| f.sync_all())
                    .map_err(|e| AuditError::io(&path, &e))?;
                Ok(SigningKey(bytes))
            }
            Err(e) => Err(AuditError::Key(format!(
                "cannot read the audit signing key {}: {e}",
                path.display()
            ))),
        }
    }

    /// A key of the given bytes (tests sign with a known key).
    #[cfg(test)]
    pub fn from_bytes(bytes: [u8; 32]) -> SigningKey {
        SigningKey(Zeroizing::new(bytes))
    }

    fn mac(&self, previous: &str, content: &[u8]) -> String {
        // The key is one HMAC block once zero-padded, as HMAC itself pads it.
        let mut block = Zeroizing::new([0u8; 64]);
        block[..32].copy_from_slice(self.0.as_ref());
        let key = Key::<HmacSha256>::from(*block);
        let mut mac = <HmacSha256 as KeyInit>::new(&key);
        mac.update(previous.as_bytes());
        mac.update(b"\n");
        mac.update(content);
        data_encoding::HEXLOWER.encode(&mac.finalize().into_bytes())
    }

    /// Sign `entry` after `previous` (the previous entry's signature, `""` for the first).
    pub fn sign(&self, previous: &str, mut entry: Entry) -> Entry {
        entry.mac = String::new();
        let content = serde_json::to_vec(&entry).unwrap_or_default();
        entry.mac = self.mac(previous, &content);
        entry
    }

    /// Whether `entry`'s signature is right after `previous` (compared in constant time).
    pub fn check(&self, previous: &str, entry: &Entry) -> bool {
        let mut unsigned = entry.clone();
        unsigned.mac = String::new();
        let content = serde_json::to_vec(&unsigned).unwrap_or_default();
        let want = self.mac(previous, &content);
        subtle::ConstantTimeEq::ct_eq(want.as_bytes(), entry.mac.as_bytes()).into()
    }
}

/// One line of a digest file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    /// `header`, `record`, `checkpoint` or `final`.
    pub kind: String,
    /// header: this day's records file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// header: the previous day's records file, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_file: Option<String>,
    /// header: the last signature of the previous day's digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_digest: Option<String>,
    /// record: its number in the file, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<u64>,
    /// record: its eventID.
    #[serde(rename = "eventID", default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// record: SHA-256 of its line (without the newline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// checkpoint, final: records in the file so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records: Option<u64>,
    /// checkpoint, final: bytes of the file so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    /// checkpoint, final: SHA-256 of those bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_sha256: Option<String>,
    /// The signature.
    pub mac: String,
}

/// SHA-256 in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_covers_the_entry_and_its_predecessor() {
        let key = SigningKey::from_bytes([7; 32]);
        let e = key.sign(
            "prev",
            Entry {
                kind: "record".into(),
                n: Some(1),
                sha256: Some("ab".into()),
                ..Entry::default()
            },
        );
        assert!(key.check("prev", &e));
        assert!(!key.check("other", &e));
        let mut changed = e.clone();
        changed.n = Some(2);
        assert!(!key.check("prev", &changed));
        assert!(!SigningKey::from_bytes([8; 32]).check("prev", &e));
    }
}
