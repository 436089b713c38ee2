//! When brute-force protection locks a user or an address, and for how long: the policy an
//! account is opened with (`Iam::with_lockout_policy`), applied by `ops::throttle`.

use time::Duration;

/// When to lock, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    /// Failures of one user (any address) before the user is locked.
    pub user_failures: u32,
    /// Failures from one address (any user) before the address is locked.
    pub address_failures: u32,
    /// The first lock's length; each further failure doubles it.
    pub base: Duration,
    /// The longest lock.
    pub max: Duration,
    /// Failures are forgotten this long after the last one.
    pub reset_after: Duration,
    /// Counts kept at most for subjects that are no user (unknown names, addresses).
    pub max_untracked: u64,
}

impl Default for LockoutPolicy {
    /// Five failures per user, twenty per address; locks of 1 minute doubling up to 1 hour;
    /// counts forgotten after 12 hours without a failure. A guesser of 6-digit MFA codes then
    /// gets about 24 tries a day (each about 3 in a million).
    fn default() -> LockoutPolicy {
        LockoutPolicy {
            user_failures: 5,
            address_failures: 20,
            base: Duration::minutes(1),
            max: Duration::hours(1),
            reset_after: Duration::hours(12),
            max_untracked: 10_000,
        }
    }
}
