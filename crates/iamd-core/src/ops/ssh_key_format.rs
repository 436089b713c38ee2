//! The SSH public keys UploadSSHPublicKey takes: RSA only, 2048 to 16384 bits, as an OpenSSH
//! `ssh-rsa` line or a PEM block (SubjectPublicKeyInfo `PUBLIC KEY`, or PKCS#1
//! `RSA PUBLIC KEY`), read back in either encoding; the fingerprint is the MD5 digest of the
//! SSH wire-format key, colon-separated lowercase hex (spec iam-api-more.md §4). Parsing is
//! RustCrypto's (`ssh-key`, `spki`, `pkcs1`).

use md5::{Digest, Md5};
use pkcs1::der::{Decode, Encode};
use ssh_key::public::{KeyData, RsaPublicKey};
use ssh_key::{Mpint, PublicKey};

use crate::error::CoreError;

const MIN_BITS: usize = 2048;
const MAX_BITS: usize = 16384;

/// An RSA public key as iamd keeps it: its two integers (big-endian, no leading zeros).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SshRsaKey {
    modulus: Vec<u8>,
    exponent: Vec<u8>,
}

impl SshRsaKey {
    /// Read an uploaded body: an OpenSSH line (its comment dropped) or a PEM block.
    pub(crate) fn parse(body: &str) -> Result<SshRsaKey, CoreError> {
        let text = body.trim();
        let key = if text.starts_with("-----BEGIN ") {
            from_pem(text)?
        } else if looks_like_openssh(text) {
            from_openssh(text)?
        } else {
            return Err(unrecognized());
        };
        let bits = bit_length(&key.modulus);
        if !(MIN_BITS..=MAX_BITS).contains(&bits) {
            return Err(invalid(&format!(
                "The key is {bits} bits long; SSH public keys must be RSA keys of {MIN_BITS} to {MAX_BITS} bits."
            )));
        }
        Ok(key)
    }

    /// The key as an OpenSSH line, without a comment: `ssh-rsa AAAA…`.
    pub(crate) fn to_openssh(&self) -> Result<String, CoreError> {
        self.public_key()?
            .to_openssh()
            .map_err(|e| CoreError::ServiceFailure(format!("encoding an SSH key: {e}")))
    }

    /// The key as a PEM SubjectPublicKeyInfo block, ending with a newline.
    pub(crate) fn to_pem(&self) -> Result<String, CoreError> {
        let fail = |e: String| CoreError::ServiceFailure(format!("encoding an SSH key: {e}"));
        let rsa = pkcs1::RsaPublicKey {
            modulus: pkcs1::UintRef::new(&self.modulus).map_err(|e| fail(e.to_string()))?,
            public_exponent: pkcs1::UintRef::new(&self.exponent)
                .map_err(|e| fail(e.to_string()))?,
        };
        let rsa_der = rsa.to_der().map_err(|e| fail(e.to_string()))?;
        let spki = spki::SubjectPublicKeyInfoRef {
            algorithm: pkcs1::ALGORITHM_ID,
            subject_public_key: spki::der::asn1::BitStringRef::from_bytes(&rsa_der)
                .map_err(|e| fail(e.to_string()))?,
        };
        let der = spki.to_der().map_err(|e| fail(e.to_string()))?;
        pem_rfc7468::encode_string("PUBLIC KEY", pem_rfc7468::LineEnding::LF, &der)
            .map_err(|e| fail(e.to_string()))
    }

    /// MD5 of the SSH wire-format key, as `12:34:…:ef` (what `ssh-keygen -l -E md5` shows
    /// after `MD5:`).
    pub(crate) fn fingerprint(&self) -> Result<String, CoreError> {
        let blob = self
            .public_key()?
            .to_bytes()
            .map_err(|e| CoreError::ServiceFailure(format!("encoding an SSH key: {e}")))?;
        let digest = Md5::digest(&blob);
        Ok(digest
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<Vec<_>>()
            .join(":"))
    }

    fn public_key(&self) -> Result<PublicKey, CoreError> {
        let fail = |e: ssh_key::Error| CoreError::ServiceFailure(format!("an SSH key: {e}"));
        let data = KeyData::Rsa(RsaPublicKey {
            e: Mpint::from_positive_bytes(&self.exponent).map_err(fail)?,
            n: Mpint::from_positive_bytes(&self.modulus).map_err(fail)?,
        });
        Ok(PublicKey::new(data, ""))
    }
}

/// `<type> <base64> [comment]` with a type OpenSSH names keys by.
fn looks_like_openssh(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(kind), Some(_)) = (words.next(), words.next()) else {
        return false;
    };
    kind.starts_with("ssh-") || kind.starts_with("ecdsa-") || kind.starts_with("sk-")
}

fn from_openssh(text: &str) -> Result<SshRsaKey, CoreError> {
    // One line: AWS drops line breaks along with the comment.
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let key = PublicKey::from_openssh(&line)
        .map_err(|_| invalid("The key could not be decoded as an OpenSSH public key."))?;
    let Some(rsa) = key.key_data().rsa() else {
        return Err(invalid(&format!(
            "{} keys are not supported; upload an RSA key.",
            key.algorithm()
        )));
    };
    match (rsa.n.as_positive_bytes(), rsa.e.as_positive_bytes()) {
        (Some(n), Some(e)) => Ok(SshRsaKey {
            modulus: n.to_vec(),
            exponent: e.to_vec(),
        }),
        _ => Err(invalid("The key's RSA integers are not positive.")),
    }
}

fn from_pem(text: &str) -> Result<SshRsaKey, CoreError> {
    let (label, der) = pem_rfc7468::decode_vec(text.as_bytes()).map_err(|_| unrecognized())?;
    let pkcs1_der;
    let rsa_der: &[u8] = match label {
        "PUBLIC KEY" => {
            let spki = spki::SubjectPublicKeyInfoRef::from_der(&der)
                .map_err(|_| invalid("The PEM block is not a valid public key."))?;
            if spki.algorithm.oid != pkcs1::ALGORITHM_OID {
                return Err(invalid(
                    "Only RSA keys are supported; the PEM block holds another kind of key.",
                ));
            }
            pkcs1_der = spki.subject_public_key.raw_bytes().to_vec();
            &pkcs1_der
        }
        "RSA PUBLIC KEY" => &der,
        _ => return Err(unrecognized()),
    };
    let rsa = pkcs1::RsaPublicKey::from_der(rsa_der)
        .map_err(|_| invalid("The PEM block is not a valid RSA public key."))?;
    Ok(SshRsaKey {
        modulus: rsa.modulus.as_bytes().to_vec(),
        exponent: rsa.public_exponent.as_bytes().to_vec(),
    })
}

fn bit_length(big_endian: &[u8]) -> usize {
    let trimmed: &[u8] = match big_endian.iter().position(|b| *b != 0) {
        Some(i) => &big_endian[i..],
        None => return 0,
    };
    let lead = trimmed
        .first()
        .map_or(0, |b| 8 - b.leading_zeros() as usize);
    (trimmed.len() - 1) * 8 + lead
}

fn unrecognized() -> CoreError {
    CoreError::Refused {
        code: "UnrecognizedPublicKeyEncoding",
        status: 400,
        message: "The public key encoding format is unsupported or unrecognized. Upload an RSA key as an OpenSSH ssh-rsa line or a PEM block.".into(),
    }
}

fn invalid(why: &str) -> CoreError {
    CoreError::Refused {
        code: "InvalidPublicKey",
        status: 400,
        message: format!("The public key is not valid. {why}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 2048-bit key made with `ssh-keygen -t rsa -b 2048`, its `-E md5` fingerprint and its
    /// `-e -m PKCS8` PEM.
    const OPENSSH: &str = include_str!("../../tests/data/ssh_rsa_2048.pub");
    const PEM: &str = include_str!("../../tests/data/ssh_rsa_2048.pem");
    const MD5: &str = include_str!("../../tests/data/ssh_rsa_2048.md5");

    #[test]
    fn both_encodings_read_as_one_key_with_ssh_keygens_fingerprint() {
        let a = SshRsaKey::parse(OPENSSH).unwrap();
        let b = SshRsaKey::parse(PEM).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.fingerprint().unwrap(), MD5.trim());
        assert_eq!(a.fingerprint().unwrap().len(), 47);
        assert_eq!(a.to_pem().unwrap(), PEM);
        let line = a.to_openssh().unwrap();
        assert!(line.starts_with("ssh-rsa AAAA"));
        // The comment is gone; the key is the same.
        assert_eq!(
            OPENSSH.split_whitespace().nth(1),
            line.split_whitespace().nth(1)
        );
    }

    #[test]
    fn other_texts_are_refused_with_the_models_codes() {
        let code = |body: &str| match SshRsaKey::parse(body) {
            Err(CoreError::Refused { code, .. }) => code,
            other => panic!("{other:?}"),
        };
        assert_eq!(code("hello"), "UnrecognizedPublicKeyEncoding");
        assert_eq!(code("ssh-rsa !!!notbase64"), "InvalidPublicKey");
        assert_eq!(
            code(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ4Zq5dQ0U6Y3ZHxX9Q4v2y2bq4w3m0nXzYwq6t1W0fX"
            ),
            "InvalidPublicKey"
        );
        assert_eq!(
            code("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"),
            "InvalidPublicKey"
        );
    }

    #[test]
    fn bit_lengths() {
        assert_eq!(bit_length(&[0, 0x80, 0]), 16);
        assert_eq!(bit_length(&[1]), 1);
        assert_eq!(bit_length(&[]), 0);
    }
}
