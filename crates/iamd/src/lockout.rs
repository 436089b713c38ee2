//! Brute-force protection settings of `iamd serve` (flags and environment), and
//! `iamd admin lockouts` / `iamd admin unlock`.

use iamd_core::ops::throttle::{Lockout, LockoutPolicy, Subject};
use time::Duration;

/// When repeated wrong passwords and MFA codes lock a user or an address.
#[derive(Debug, Clone, clap::Args)]
pub struct LockoutArgs {
    /// Wrong passwords (or MFA codes) of one user before the user is locked.
    #[arg(long, env = "IAMD_LOCKOUT_FAILURES", default_value_t = 5,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub lockout_failures: u32,
    /// Wrong passwords (or MFA codes) from one source address before the address is locked.
    #[arg(long, env = "IAMD_LOCKOUT_ADDRESS_FAILURES", default_value_t = 20,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub lockout_address_failures: u32,
    /// The first lock's length in seconds; it doubles with every further failure.
    #[arg(long, env = "IAMD_LOCKOUT_BASE_SECONDS", default_value_t = 60,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub lockout_base_seconds: u32,
    /// The longest lock, in seconds.
    #[arg(long, env = "IAMD_LOCKOUT_MAX_SECONDS", default_value_t = 3600,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub lockout_max_seconds: u32,
    /// Failures are forgotten this many seconds after the last one.
    #[arg(long, env = "IAMD_LOCKOUT_RESET_SECONDS", default_value_t = 43_200,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub lockout_reset_seconds: u32,
}

impl LockoutArgs {
    pub fn policy(&self) -> anyhow::Result<LockoutPolicy> {
        anyhow::ensure!(
            self.lockout_max_seconds >= self.lockout_base_seconds,
            "--lockout-max-seconds ({}) must be at least --lockout-base-seconds ({})",
            self.lockout_max_seconds,
            self.lockout_base_seconds
        );
        Ok(LockoutPolicy {
            user_failures: self.lockout_failures,
            address_failures: self.lockout_address_failures,
            base: Duration::seconds(i64::from(self.lockout_base_seconds)),
            max: Duration::seconds(i64::from(self.lockout_max_seconds)),
            reset_after: Duration::seconds(i64::from(self.lockout_reset_seconds)),
            ..LockoutPolicy::default()
        })
    }
}

/// `iamd admin unlock`'s target.
#[derive(Debug, Clone, clap::Args)]
#[group(required = true, multiple = false)]
pub struct UnlockTarget {
    /// The IAM user name to unlock.
    pub user: Option<String>,
    /// A source address to unlock.
    #[arg(long)]
    pub address: Option<String>,
    /// Unlock the root user.
    #[arg(long)]
    pub root: bool,
}

impl UnlockTarget {
    pub fn subject(&self) -> Subject {
        match (&self.user, &self.address) {
            (_, Some(ip)) => Subject::Address(ip.trim().to_string()),
            (Some(name), None) if !self.root => Subject::user(Some(name)),
            _ => Subject::user(None),
        }
    }
}

/// The table `iamd admin lockouts` prints.
pub fn table(lockouts: &[Lockout], now: time::OffsetDateTime) -> String {
    let mut out = format!(
        "{:<8} {:<9} {:<40} {:>8}  {:<25} {}\n",
        "FACTOR", "SUBJECT", "NAME", "FAILURES", "LAST FAILURE", "LOCKED"
    );
    for l in lockouts {
        let (kind, name) = match &l.count.subject {
            Subject::User(n) if n == "#root" => ("root", "(root user)".to_string()),
            Subject::User(n) => ("user", n.clone()),
            Subject::Address(ip) => ("address", ip.clone()),
        };
        let locked = match l.locked_until {
            Some(until) => format!(
                "until {} ({} s)",
                rfc3339(until),
                (until - now).whole_seconds()
            ),
            None => "no".to_string(),
        };
        let factor = match l.count.factor {
            iamd_core::ops::throttle::Factor::Password => "password",
            iamd_core::ops::throttle::Factor::Mfa => "mfa",
        };
        out.push_str(&format!(
            "{factor:<8} {kind:<9} {name:<40} {:>8}  {:<25} {locked}\n",
            l.count.failures,
            rfc3339(l.count.last_failure),
        ));
    }
    out
}

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.to_string())
}
