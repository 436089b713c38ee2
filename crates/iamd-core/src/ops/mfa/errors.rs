//! The errors MFA operations and code checks answer with, in AWS's words.

use time::OffsetDateTime;

use crate::error::CoreError;
use crate::ops::throttle::Locked;

pub(crate) fn no_such_device(serial: &str) -> CoreError {
    CoreError::NoSuchEntity(format!(
        "MFA Device with serial number {serial} does not exist."
    ))
}

pub(super) fn invalid_code() -> CoreError {
    CoreError::InvalidAuthenticationCode("Authentication code for device is not valid.".into())
}

/// GetSessionToken / AssumeRole with a code that is not the device's current one (or was used).
pub(crate) fn mfa_code_denied() -> CoreError {
    CoreError::AccessDenied(
        "MultiFactorAuthentication failed with invalid MFA one time pass code.".into(),
    )
}

/// GetSessionToken / AssumeRole (or the console's MFA step) while the user or the address is
/// locked after too many wrong codes.
pub(crate) fn mfa_locked(locked: &Locked, now: OffsetDateTime) -> CoreError {
    CoreError::AccessDenied(format!(
        "MultiFactorAuthentication failed. {}",
        locked.message(now)
    ))
}

/// GetSessionToken / AssumeRole naming a device that is not the caller's.
pub(crate) fn mfa_device_denied() -> CoreError {
    CoreError::AccessDenied(
        "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user."
            .into(),
    )
}
