//! Console sign-in, console sessions, the sign-in history and the root user's password: what
//! the web console (`iamd-console`) needs from the domain beyond the IAM operations it calls.
//!
//! A sign-in walks these stages; each is a [`ConsoleSession`] record keyed by the SHA-256 of
//! the random session token the browser holds (the store never sees the token itself):
//!
//! ```text
//!  account + user + password ──wrong (any part)──► Failure (one message, same timing)
//!        │ right
//!        ├─ HardExpiry and expired ─► Refused (an administrator must reset the password)
//!        ▼
//!  has an MFA device? ──yes──► Stage::Mfa ──a fresh code of one of the user's devices──┐
//!        │ no                                                                        │
//!        ▼◄──────────────────────────────────────────────────────────────────────────┘
//!  reset required or expired? ──yes──► Stage::NewPassword ──ChangePassword as this session──┐
//!        │ no                                                                               │
//!        ▼◄─────────────────────────────────────────────────────────────────────────────────┘
//!  Stage::Active: a Caller with aws:MultiFactorAuthPresent (true only after the MFA stage),
//!  aws:MultiFactorAuthAge, aws:TokenIssueTime, aws:SourceIp, aws:username, …
//! ```
//!
//! A session ends on sign-out, after [`IDLE_TIMEOUT`] without a request, after
//! [`ABSOLUTE_TIMEOUT`] in any case, or (unfinished stages) after [`PENDING_TIMEOUT`]. Sessions
//! are in the store, so they survive a restart and work across nodes.
//!
//! Every attempt (success or failure, time, source address, user agent, MFA used) is a
//! [`SignInRecord`] owned by the user (`#root` for the root user; no owner when the name is
//! unknown) and referencing the source address, so both "this user's recent sign-ins" and
//! "failures from this address" are one indexed listing.
//!
//! One module per job: `session` (the session record, its stages and token),
//! `session_store` (sessions in the store and the `Caller` they make), `sign_in` (the
//! password and MFA steps), `history` (the sign-in records), `root_password` and `explain`
//! (would a request be allowed, and which Deny refused it).

mod explain;
mod history;
mod root_password;
mod session;
mod session_store;
mod sign_in;

pub use explain::{DenyingStatement, Verdict};
pub use history::SignInRecord;
pub use root_password::ROOT_PASSWORD_MIN;
pub use session::{
    ABSOLUTE_TIMEOUT, BrowserOrigin, ConsolePrincipal, ConsoleSession, IDLE_TIMEOUT,
    PENDING_TIMEOUT, SessionToken, Stage,
};
pub use sign_in::{MFA_TRIES_PER_SIGN_IN, MfaCheck, SignIn, SignInForm};

#[cfg(test)]
mod tests {
    use super::*;
    use time::{Duration, OffsetDateTime};

    fn session(stage: Stage, issued: OffsetDateTime) -> ConsoleSession {
        ConsoleSession {
            principal: ConsolePrincipal::Root,
            stage,
            issued,
            last_seen: issued,
            mfa_at: None,
            needs_new_password: false,
            expiry_warning_days: None,
            source_ip: String::new(),
            user_agent: String::new(),
            mfa_failures: 0,
            store_key: String::new(),
        }
    }

    #[test]
    fn active_sessions_end_when_idle_or_too_old() {
        let t0 = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        let mut s = session(Stage::Active, t0);
        assert!(!s.expired(t0 + IDLE_TIMEOUT - Duration::seconds(1)));
        assert!(s.expired(t0 + IDLE_TIMEOUT));
        // Kept busy, it still ends at the absolute limit.
        s.last_seen = t0 + ABSOLUTE_TIMEOUT - Duration::minutes(1);
        assert!(!s.expired(t0 + ABSOLUTE_TIMEOUT - Duration::seconds(1)));
        assert!(s.expired(t0 + ABSOLUTE_TIMEOUT));
    }

    #[test]
    fn unfinished_sign_ins_end_after_the_pending_timeout() {
        let t0 = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        for stage in [Stage::Mfa, Stage::NewPassword] {
            let mut s = session(stage, t0);
            s.last_seen = t0 + PENDING_TIMEOUT;
            assert!(!s.expired(t0 + PENDING_TIMEOUT - Duration::seconds(1)));
            assert!(s.expired(t0 + PENDING_TIMEOUT), "{stage:?}");
        }
    }

    #[test]
    fn tokens_are_random_and_stored_only_as_digests() {
        let a = SessionToken::generate().unwrap();
        let b = SessionToken::generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 43);
        assert_eq!(a.key().len(), 64);
        assert!(!a.key().contains(a.as_str()));
        assert_eq!(format!("{a:?}"), "SessionToken(<redacted>)");
    }
}
