//! Brute-force protection for the secrets a guesser can try: console passwords, and MFA codes
//! (at the console's MFA step, and in GetSessionToken and AssumeRole).
//!
//! Failures are counted per *subject*: the user (by the name given, known or not, or the root
//! user) and the source address, separately for passwords and for MFA codes. After
//! [`LockoutPolicy::user_failures`] failures of a user (or
//! [`LockoutPolicy::address_failures`] from one address) the subject is locked for
//! [`LockoutPolicy::base`], doubling with every further failure up to
//! [`LockoutPolicy::max`]; failures are forgotten [`LockoutPolicy::reset_after`] after the last
//! one, and a user's are cleared by a success (an address's are not: one valid account must not
//! reset the count of guesses made from its address).
//!
//! Every attempt is counted *before* the secret is checked ([`Iam::reserve_attempt`]): the
//! count is written under a version condition, and only an attempt whose count committed while
//! the subject was not locked goes on to hashing or code checking. Parallel requests therefore
//! get no more guesses than serial ones, and a locked subject is answered before any password
//! hashing. A success clears the user's count in the same transaction as its own write (the
//! MFA step's single use of the code). The counts are records in the store (`Kind::Throttle`),
//! so every process on the store shares them, and `iamd admin lockouts` / `unlock` see and
//! clear them while `iamd serve` runs.
//!
//! What a locked-out caller learns: that they must wait (and how long) or ask an
//! administrator, nothing else. Names that are not users are counted like users, so a lock
//! does not tell that a name exists. The records of unknown names and of addresses are bounded
//! ([`LockoutPolicy::max_untracked`]): beyond it, new unknown names and addresses are not
//! counted (real users always are), so only a flood from very many addresses could tell a
//! user's lock from an unknown name's silence; stale records are removed by housekeeping.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

use crate::codec::{decode, record};
use crate::entities::{ROOT_OWNER, name_key};
use crate::error::CoreError;
pub use crate::lockout::LockoutPolicy;
use crate::service::Iam;
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// How often a reservation is retried when another request changed the same count.
const RESERVE_ATTEMPTS: usize = 8;

/// Which secret was guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Factor {
    Password,
    Mfa,
}

impl Factor {
    fn as_str(self) -> &'static str {
        match self {
            Factor::Password => "password",
            Factor::Mfa => "mfa",
        }
    }
}

/// Who failures are counted for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Subject {
    /// An IAM user by name as given (lower-cased), or [`ROOT_OWNER`] for the root user.
    User(String),
    /// A source address.
    Address(String),
}

impl Subject {
    /// The subject of a user name as typed or called with (`None`: the root user).
    pub fn user(name: Option<&str>) -> Subject {
        Subject::User(name.map_or_else(|| ROOT_OWNER.to_string(), name_key))
    }
}

/// The store key of a subject's count: the one place that names throttle records.
fn subject_key(factor: Factor, subject: &Subject) -> String {
    match subject {
        Subject::User(name) => format!("{}/user/{name}", factor.as_str()),
        Subject::Address(ip) => format!("{}/address/{ip}", factor.as_str()),
    }
}

/// A subject's failures, as stored under `(Kind::Throttle, subject_key)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailureCount {
    pub factor: Factor,
    pub subject: Subject,
    /// Whether the subject is a user (or root) of the account; unknown names and addresses
    /// are bounded.
    pub known: bool,
    pub failures: u32,
    #[serde(with = "time::serde::rfc3339")]
    pub last_failure: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub locked_until: Option<OffsetDateTime>,
}

impl FailureCount {
    /// Whether the subject is locked at `now`.
    pub fn locked_at(&self, now: OffsetDateTime) -> Option<OffsetDateTime> {
        self.locked_until.filter(|until| *until > now)
    }

    /// Whether the count is stale at `now`: no lock in force and its failures forgotten.
    fn stale_at(&self, policy: &LockoutPolicy, now: OffsetDateTime) -> bool {
        self.locked_at(now).is_none() && now >= self.last_failure + policy.reset_after
    }

    /// Count one more failure at `now` (the count restarts when the last one is forgotten).
    fn fail(&mut self, policy: &LockoutPolicy, threshold: u32, now: OffsetDateTime) {
        if now >= self.last_failure + policy.reset_after {
            self.failures = 0;
        }
        self.failures = self.failures.saturating_add(1);
        self.last_failure = now;
        if self.failures >= threshold.max(1) {
            self.locked_until = Some(now + lock_length(policy, self.failures - threshold.max(1)));
        }
    }
}

/// The length of the lock after `beyond` failures past the threshold: base × 2^beyond, at most
/// the policy's maximum.
fn lock_length(policy: &LockoutPolicy, beyond: u32) -> Duration {
    let factor = 2i32.checked_pow(beyond.min(30)).unwrap_or(i32::MAX);
    policy
        .base
        .checked_mul(factor)
        .unwrap_or(policy.max)
        .min(policy.max)
}

/// An attempt refused because a subject is locked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locked {
    pub until: OffsetDateTime,
}

impl Locked {
    /// The sentence a locked-out caller reads (the same whichever subject is locked).
    pub fn message(&self, now: OffsetDateTime) -> String {
        let seconds = (self.until - now).whole_seconds().max(1);
        let wait = if seconds == 1 {
            "1 second".to_string()
        } else if seconds < 120 {
            format!("{seconds} seconds")
        } else {
            format!("{} minutes", (seconds + 59) / 60)
        };
        format!(
            "Too many failed attempts: sign-in and MFA are locked for this user or address. Try again in {wait}, or ask an administrator to unlock it."
        )
    }
}

/// A counted attempt: what a success clears.
#[derive(Debug, Clone)]
pub(crate) struct Reservation {
    factor: Factor,
    user: Subject,
}

impl Reservation {
    /// Clear the user's count in `batch` (the success's own write).
    pub(crate) fn clear(&self, batch: WriteBatch) -> WriteBatch {
        batch.delete(Kind::Throttle, subject_key(self.factor, &self.user))
    }
}

/// A count as `iamd admin lockouts` and the console list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lockout {
    pub count: FailureCount,
    /// Whether a lock is in force now.
    pub locked_until: Option<OffsetDateTime>,
}

impl<S: Store> Iam<S> {
    /// Count an attempt of `factor` by `user` (known: whether it is a user of the account, or
    /// root) from `address`, before its secret is checked. Refused when the user or the
    /// address is locked; then nothing is counted and nothing should be checked.
    pub(crate) async fn reserve_attempt(
        &self,
        factor: Factor,
        user: Subject,
        known: bool,
        address: Option<&str>,
    ) -> Result<Result<Reservation, Locked>, CoreError> {
        let policy = self.lockout_policy;
        let mut subjects = vec![(user.clone(), known, policy.user_failures)];
        if let Some(ip) = address.filter(|ip| !ip.is_empty()) {
            subjects.push((
                Subject::Address(ip.to_string()),
                false,
                policy.address_failures,
            ));
        }
        for _ in 0..RESERVE_ATTEMPTS {
            let now = self.now();
            let mut batch = WriteBatch::new();
            // Asked every time, whoever the subject is, so that an unknown name costs the
            // same queries as a user.
            let untracked_full = self.untracked_subjects().await? >= policy.max_untracked;
            for (subject, known, threshold) in &subjects {
                let key = subject_key(factor, subject);
                let found = self.store.get(&self.account, Kind::Throttle, &key).await?;
                let (mut count, guard) = match found {
                    Some(r) => {
                        let count: FailureCount = decode(&r.data)?;
                        if let Some(until) = count.locked_at(now) {
                            return Ok(Err(Locked { until }));
                        }
                        let guard = Condition::Version {
                            kind: Kind::Throttle,
                            key: key.clone(),
                            version: r.version,
                        };
                        (count, guard)
                    }
                    None => {
                        if !known && untracked_full {
                            continue;
                        }
                        let fresh = FailureCount {
                            factor,
                            subject: subject.clone(),
                            known: *known,
                            failures: 0,
                            last_failure: now,
                            locked_until: None,
                        };
                        let guard = Condition::Absent {
                            kind: Kind::Throttle,
                            key: key.clone(),
                        };
                        (fresh, guard)
                    }
                };
                count.known = *known;
                count.fail(&policy, *threshold, now);
                batch = batch.require(guard).put(record(
                    Kind::Throttle,
                    &key,
                    (!*known).then_some(UNTRACKED_OWNER),
                    None,
                    &count,
                )?);
            }
            // Straight to the store: a count changes no permission, and is no audited change.
            match self.store.write(&self.account, batch).await {
                Ok(()) => return Ok(Ok(Reservation { factor, user })),
                Err(StoreError::ConditionFailed { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        // Many requests racing for one count: refuse this one rather than check it uncounted.
        Ok(Err(Locked {
            until: self.now() + Duration::seconds(1),
        }))
    }

    /// Forget the user's count after a success that writes nothing else.
    pub(crate) async fn clear_attempts(&self, reservation: &Reservation) -> Result<(), CoreError> {
        self.store
            .write(&self.account, reservation.clear(WriteBatch::new()))
            .await?;
        Ok(())
    }

    /// When the lock of `subject` for `factor` ends, if one is in force at `now`.
    pub(crate) async fn locked_until(
        &self,
        factor: Factor,
        subject: &Subject,
        now: OffsetDateTime,
    ) -> Result<Option<OffsetDateTime>, CoreError> {
        match self
            .store
            .get(&self.account, Kind::Throttle, &subject_key(factor, subject))
            .await?
        {
            Some(r) => Ok(decode::<FailureCount>(&r.data)?.locked_at(now)),
            None => Ok(None),
        }
    }

    /// Counts kept for unknown names and addresses (bounded by `max_untracked`).
    async fn untracked_subjects(&self) -> Result<u64, CoreError> {
        Ok(self
            .store
            .count(&self.account, Kind::Throttle, Some(UNTRACKED_OWNER))
            .await?)
    }

    /// Every count with failures not yet forgotten, locked ones first.
    pub async fn lockouts(&self) -> Result<Vec<Lockout>, CoreError> {
        let now = self.now();
        let page = self
            .store
            .list(&self.account, &Query::all(Kind::Throttle))
            .await?;
        let mut out = Vec::new();
        for r in page.records {
            let count: FailureCount = decode(&r.data)?;
            if count.stale_at(&self.lockout_policy, now) {
                continue;
            }
            out.push(Lockout {
                locked_until: count.locked_at(now),
                count,
            });
        }
        out.sort_by_key(|l| {
            (
                l.locked_until.is_none(),
                std::cmp::Reverse(l.count.last_failure),
            )
        });
        Ok(out)
    }

    /// Clear the counts (passwords and MFA) of a user (`None`: root) or of an address.
    /// Returns how many counts there were. Written like an operation's change, so a console
    /// action's audit record commits with it.
    pub async fn unlock(&self, subject: &Subject) -> Result<usize, CoreError> {
        let mut batch = WriteBatch::new();
        let mut n = 0;
        for factor in [Factor::Password, Factor::Mfa] {
            let key = subject_key(factor, subject);
            if self
                .store
                .get(&self.account, Kind::Throttle, &key)
                .await?
                .is_some()
            {
                n += 1;
            }
            batch = batch.delete(Kind::Throttle, key);
        }
        self.store_write(batch).await?;
        Ok(n)
    }

    /// Remove counts whose failures are forgotten (the server's periodic housekeeping).
    pub async fn purge_stale_counts(&self) -> Result<usize, CoreError> {
        let now = self.now();
        let page = self
            .store
            .list(&self.account, &Query::all(Kind::Throttle))
            .await?;
        let mut batch = WriteBatch::new();
        let mut n = 0;
        for r in page.records {
            let stale = decode::<FailureCount>(&r.data)
                .map_or(true, |c| c.stale_at(&self.lockout_policy, now));
            if stale {
                batch = batch.delete(Kind::Throttle, r.key);
                n += 1;
            }
        }
        if n > 0 {
            self.store.write(&self.account, batch).await?;
        }
        Ok(n)
    }
}

/// The owner of counts for unknown names and addresses, so they can be counted (and bounded)
/// with one indexed query.
const UNTRACKED_OWNER: &str = "#untracked";

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> OffsetDateTime {
        OffsetDateTime::UNIX_EPOCH + Duration::days(20_000)
    }

    fn count() -> FailureCount {
        FailureCount {
            factor: Factor::Mfa,
            subject: Subject::user(Some("Alice")),
            known: true,
            failures: 0,
            last_failure: t0(),
            locked_until: None,
        }
    }

    #[test]
    fn locks_after_the_threshold_and_doubles_up_to_the_maximum() {
        let policy = LockoutPolicy::default();
        let mut c = count();
        let now = t0();
        for _ in 0..4 {
            c.fail(&policy, 5, now);
            assert_eq!(c.locked_at(now), None);
        }
        c.fail(&policy, 5, now);
        assert_eq!(c.locked_at(now), Some(now + Duration::minutes(1)));
        c.fail(&policy, 5, now);
        assert_eq!(c.locked_at(now), Some(now + Duration::minutes(2)));
        for _ in 0..40 {
            c.fail(&policy, 5, now);
        }
        assert_eq!(c.locked_at(now), Some(now + Duration::hours(1)));
        assert_eq!(c.locked_at(now + Duration::hours(1)), None);
    }

    #[test]
    fn failures_are_forgotten_after_the_reset_period() {
        let policy = LockoutPolicy::default();
        let mut c = count();
        for _ in 0..4 {
            c.fail(&policy, 5, t0());
        }
        let later = t0() + policy.reset_after;
        assert!(c.stale_at(&policy, later));
        c.fail(&policy, 5, later);
        assert_eq!(c.failures, 1);
        assert_eq!(c.locked_at(later), None);
    }

    #[test]
    fn the_lock_message_says_only_to_wait_or_ask() {
        let now = t0();
        let m = Locked {
            until: now + Duration::seconds(90),
        }
        .message(now);
        assert!(m.contains("Try again in 90 seconds"), "{m}");
        assert!(m.contains("ask an administrator"), "{m}");
        let m = Locked {
            until: now + Duration::minutes(30),
        }
        .message(now);
        assert!(m.contains("30 minutes"), "{m}");
    }

    #[test]
    fn keys_name_the_factor_and_the_subject() {
        assert_eq!(
            subject_key(Factor::Password, &Subject::user(Some("Alice"))),
            "password/user/alice"
        );
        assert_eq!(
            subject_key(Factor::Mfa, &Subject::user(None)),
            "mfa/user/#root"
        );
        assert_eq!(
            subject_key(Factor::Mfa, &Subject::Address("192.0.2.1".into())),
            "mfa/address/192.0.2.1"
        );
    }
}
