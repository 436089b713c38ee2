//! Console sessions: their stages, timeouts and the random token the browser holds.

use data_encoding::HEXLOWER;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use zeroize::Zeroizing;

use crate::error::CoreError;

/// A signed-in session ends after this long without a request.
pub const IDLE_TIMEOUT: Duration = Duration::minutes(15);
/// A signed-in session ends this long after sign-in, whatever the activity (AWS console
/// sessions of IAM users last at most 12 hours).
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);
/// An unfinished sign-in (MFA or new-password stage) is dropped after this long.
pub const PENDING_TIMEOUT: Duration = Duration::minutes(10);
/// `last_seen` is written at most this often, so browsing is not a write per page.
pub(super) const TOUCH_EVERY: Duration = Duration::seconds(30);

/// Random bytes in a session token.
const TOKEN_BYTES: usize = 32;

/// Who a console session belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum ConsolePrincipal {
    Root,
    /// An IAM user; the id guards against a user deleted and re-created under the same name.
    User {
        name: String,
        id: String,
    },
}

/// Where a sign-in stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Password accepted; a one-time code of one of the user's MFA devices is needed.
    Mfa,
    /// Signed in, but a new password must be set (reset required, or expired) first.
    NewPassword,
    /// Signed in.
    Active,
}

/// A console session as stored under `(Kind::ConsoleSession, hex SHA-256 of the token)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsoleSession {
    pub principal: ConsolePrincipal,
    pub stage: Stage,
    /// When the password was accepted.
    #[serde(with = "time::serde::rfc3339")]
    pub issued: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub last_seen: OffsetDateTime,
    /// When MFA was used at sign-in, if it was.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub mfa_at: Option<OffsetDateTime>,
    /// Whether a new password is needed after the MFA stage.
    #[serde(default)]
    pub needs_new_password: bool,
    /// Days left before the password expires, when within the warning period.
    #[serde(default)]
    pub expiry_warning_days: Option<i64>,
    /// The browser's address and user agent at sign-in (for the sign-in record).
    #[serde(default)]
    pub source_ip: String,
    #[serde(default)]
    pub user_agent: String,
    /// Wrong codes entered at the MFA step of this sign-in.
    #[serde(default)]
    pub mfa_failures: u32,
    /// The session's store key (not stored in the record: it is the record's key), so that a
    /// password change can end the user's other sessions and keep this one.
    #[serde(skip)]
    pub store_key: String,
}

impl ConsoleSession {
    /// Whether the session has ended at `now`.
    pub fn expired(&self, now: OffsetDateTime) -> bool {
        match self.stage {
            Stage::Active => {
                now >= self.issued + ABSOLUTE_TIMEOUT || now >= self.last_seen + IDLE_TIMEOUT
            }
            Stage::Mfa | Stage::NewPassword => now >= self.issued + PENDING_TIMEOUT,
        }
    }

    /// The user name, for IAM users.
    pub fn user_name(&self) -> Option<&str> {
        match &self.principal {
            ConsolePrincipal::User { name, .. } => Some(name),
            ConsolePrincipal::Root => None,
        }
    }
}

/// The random token the browser holds (base64url, no padding); wiped when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(Zeroizing<String>);

impl SessionToken {
    pub(super) fn generate() -> Result<SessionToken, CoreError> {
        let mut bytes = Zeroizing::new([0u8; TOKEN_BYTES]);
        getrandom::fill(bytes.as_mut())
            .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
        Ok(SessionToken(Zeroizing::new(
            data_encoding::BASE64URL_NOPAD.encode(bytes.as_ref()),
        )))
    }

    /// A token as the browser sent it (any text; an unknown one simply finds no session).
    pub fn from_cookie(value: &str) -> SessionToken {
        SessionToken(Zeroizing::new(value.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The store key: the token's SHA-256, so the database never holds a usable token.
    pub(super) fn key(&self) -> String {
        HEXLOWER.encode(&Sha256::digest(self.0.as_bytes()))
    }
}

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(<redacted>)")
    }
}

/// Where a browser request came from.
#[derive(Debug, Clone, Default)]
pub struct BrowserOrigin {
    pub source_ip: String,
    pub user_agent: String,
    pub secure_transport: bool,
}
