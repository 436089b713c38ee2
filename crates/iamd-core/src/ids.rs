//! AWS-shaped identifiers and secrets, from the operating system's random source.
//!
//! IAM identifiers (IAM User Guide, "IAM identifiers"): unique ids are a four-letter prefix
//! (`AIDA` user, `AGPA` group, `AROA` role, `ANPA` managed policy, `AKIA` access key, `ASIA`
//! temporary access key) followed by upper-case letters and digits: 21 characters for unique
//! ids, 20 for access key ids. Secret access keys are 40 characters of base64's alphabet.

use crate::error::CoreError;

/// The alphabet AWS ids draw from after the prefix (no `0`, `1`, `8`, `9` ambiguity rules are
/// documented; upper-case letters and digits 2–7 as in base32).
const ID_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const SECRET_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    User,
    Group,
    Role,
    ManagedPolicy,
    AccessKey,
    TemporaryAccessKey,
    InstanceProfile,
    SshPublicKey,
}

impl IdKind {
    fn prefix(self) -> &'static str {
        match self {
            IdKind::User => "AIDA",
            IdKind::Group => "AGPA",
            IdKind::Role => "AROA",
            IdKind::ManagedPolicy => "ANPA",
            IdKind::AccessKey => "AKIA",
            IdKind::TemporaryAccessKey => "ASIA",
            IdKind::InstanceProfile => "AIPA",
            IdKind::SshPublicKey => "APKA",
        }
    }

    fn len(self) -> usize {
        match self {
            IdKind::AccessKey | IdKind::TemporaryAccessKey | IdKind::SshPublicKey => 20,
            _ => 21,
        }
    }
}

fn random_bytes<const N: usize>() -> Result<[u8; N], CoreError> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf)
        .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
    Ok(buf)
}

/// A new identifier of `kind`.
pub fn new_id(kind: IdKind) -> Result<String, CoreError> {
    let bytes = random_bytes::<32>()?;
    let mut id = String::with_capacity(kind.len());
    id.push_str(kind.prefix());
    for b in bytes.iter().take(kind.len() - 4) {
        id.push(char::from(ID_ALPHABET[usize::from(*b) % ID_ALPHABET.len()]));
    }
    Ok(id)
}

/// A new 40-character secret access key.
pub fn new_secret() -> Result<String, CoreError> {
    let bytes = random_bytes::<40>()?;
    Ok(bytes
        .iter()
        .map(|b| char::from(SECRET_ALPHABET[usize::from(*b) % SECRET_ALPHABET.len()]))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_aws_shapes() {
        let user = new_id(IdKind::User).unwrap();
        assert_eq!(user.len(), 21);
        assert!(user.starts_with("AIDA"));
        assert!(
            user.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        );
        let key = new_id(IdKind::AccessKey).unwrap();
        assert_eq!(key.len(), 20);
        assert!(key.starts_with("AKIA"));
        let secret = new_secret().unwrap();
        assert_eq!(secret.len(), 40);
        assert_ne!(new_secret().unwrap(), secret);
    }
}
