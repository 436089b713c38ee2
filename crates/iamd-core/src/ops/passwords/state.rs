//! Where a console password stands over time: [`PasswordState`] and expiry.

use time::{Duration, OffsetDateTime};

use crate::entities::{LoginProfile, PasswordPolicy};

/// Days before expiry during which the console warns (IAM User Guide: with a 90-day policy,
/// "users with passwords 75-89 days old receive an AWS Management Console warning").
pub const WARNING_DAYS: i64 = 15;

/// Where a user's console password stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordState {
    /// The user has no login profile: no console access.
    NoPassword,
    /// Valid; `expires_in_days` is `None` when passwords never expire.
    Ok { expires_in_days: Option<i64> },
    /// Valid, but expires within [`WARNING_DAYS`] days (rounded up).
    Warning { days: i64 },
    /// Older than `MaxPasswordAge`: a new one must be set before console access. With
    /// `hard_expiry` the user cannot set it at sign-in; an administrator must reset it.
    Expired { hard_expiry: bool },
    /// An administrator required a new password at next sign-in.
    ResetRequired,
}

impl PasswordState {
    /// The state of `profile` under `policy` at `now`. Expiry applies at once to existing
    /// passwords (IAM User Guide, "Setting an account password policy for IAM users").
    pub fn of(
        profile: Option<&LoginProfile>,
        policy: Option<&PasswordPolicy>,
        now: OffsetDateTime,
    ) -> PasswordState {
        let Some(profile) = profile else {
            return PasswordState::NoPassword;
        };
        let max_age = policy.and_then(|p| p.max_password_age);
        let remaining =
            max_age.map(|days| profile.password_changed + Duration::days(i64::from(days)) - now);
        if let Some(left) = remaining
            && left <= Duration::ZERO
        {
            return PasswordState::Expired {
                hard_expiry: policy.and_then(|p| p.hard_expiry).unwrap_or(false),
            };
        }
        if profile.password_reset_required {
            return PasswordState::ResetRequired;
        }
        match remaining {
            Some(left) => {
                let days = ceil_days(left);
                if left <= Duration::days(WARNING_DAYS) {
                    PasswordState::Warning { days }
                } else {
                    PasswordState::Ok {
                        expires_in_days: Some(days),
                    }
                }
            }
            None => PasswordState::Ok {
                expires_in_days: None,
            },
        }
    }

    /// Whether the user may choose a new password while signing in to the console (not after
    /// a hard expiry).
    pub fn may_set_password_at_sign_in(self) -> bool {
        !matches!(self, PasswordState::Expired { hard_expiry: true })
    }
}

fn ceil_days(d: Duration) -> i64 {
    let day = Duration::days(1).whole_seconds();
    let secs = d.whole_seconds() + i64::from(d.subsec_nanoseconds() > 0);
    (secs + day - 1).div_euclid(day)
}

/// When the current password of `profile` expires under `policy`, if it does.
pub fn expires_at(
    profile: &LoginProfile,
    policy: Option<&PasswordPolicy>,
) -> Option<OffsetDateTime> {
    policy
        .and_then(|p| p.max_password_age)
        .map(|days| profile.password_changed + Duration::days(i64::from(days)))
}
