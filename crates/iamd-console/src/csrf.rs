//! CSRF protection: a synchronizer token tied to the session.
//!
//! The token of a form is HMAC-SHA256(session token, purpose) in hex. It is derived, not
//! stored: only the holder of the session cookie (which scripts cannot read, `HttpOnly`) can
//! compute it, and it changes with every session. Before sign-in, the "session" is a random
//! pre-sign-in cookie, which makes the sign-in form itself CSRF-proof (no login CSRF).
//! Tokens are compared in constant time.

use data_encoding::HEXLOWER;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// The hidden form field that carries the token.
pub const FIELD: &str = "csrf";

/// The token for forms of the session whose cookie value is `session`.
pub fn token(session: &str) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = match <Hmac<Sha256> as KeyInit>::new_from_slice(session.as_bytes()) {
        Ok(m) => m,
        Err(_) => return String::new(),
    };
    mac.update(b"iamd-console csrf v1");
    HEXLOWER.encode(&mac.finalize().into_bytes())
}

/// Whether `presented` is the token of `session` (constant time; an empty session or token
/// never matches).
pub fn verify(session: &str, presented: &str) -> bool {
    if session.is_empty() || presented.is_empty() {
        return false;
    }
    let expected = token(session);
    expected.len() == presented.len() && bool::from(expected.as_bytes().ct_eq(presented.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sessions_own_token_verifies() {
        let t = token("session-a");
        assert_eq!(t.len(), 64);
        assert!(verify("session-a", &t));
    }

    #[test]
    fn another_sessions_token_or_a_tampered_one_does_not() {
        let t = token("session-a");
        assert!(!verify("session-b", &t));
        let mut tampered = t.clone().into_bytes();
        tampered[0] = if tampered[0] == b'0' { b'1' } else { b'0' };
        assert!(!verify("session-a", &String::from_utf8(tampered).unwrap()));
        assert!(!verify("session-a", &t[..63]));
        assert!(!verify("session-a", ""));
        assert!(!verify("", &token("")));
    }

    #[test]
    fn tokens_differ_between_sessions() {
        assert_ne!(token("session-a"), token("session-b"));
    }
}
