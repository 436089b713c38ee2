//! The one-time codes GetSessionToken and AssumeRole take: checked, counted against the
//! guesser, and used up once.

use super::device::device_key;
use super::errors::{mfa_code_denied, mfa_device_denied, mfa_locked};
use crate::error::CoreError;
use crate::ops::throttle::{Factor, Subject};
use crate::service::{Caller, Iam};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};
use crate::totp::{self};

/// Who is guessing an MFA code: the user (their count) and the source address.
#[derive(Debug, Clone)]
pub(crate) struct Guesser<'a> {
    pub(crate) user: Subject,
    pub(crate) address: Option<&'a str>,
}

impl<S: Store> Iam<S> {
    /// GetSessionToken / AssumeRole: check one code of the device `serial`, which must be
    /// assigned to `owner`, and use it up; the attempt counts against the calling user and
    /// source address (see `ops::throttle`). The errors are AWS's (AccessDenied), with the
    /// lock's message while the user or address is locked.
    pub(crate) async fn consume_api_code(
        &self,
        caller: &Caller,
        owner: &str,
        serial: Option<&str>,
        code: Option<&str>,
    ) -> Result<(), CoreError> {
        let (Some(serial), Some(code)) = (serial, code) else {
            return Err(mfa_device_denied());
        };
        let guesser = Guesser {
            user: Subject::user(caller.user.as_ref().map(|u| u.name.as_str())),
            address: caller.context.single("aws:sourceip"),
        };
        self.consume_code(owner, &[serial], code, &guesser)
            .await
            .map(|_| ())
    }

    /// Check one code against the devices `serials` (assigned to `owner`) and use it up on
    /// the first that takes it; returns that device's serial number. The attempt is counted
    /// before the code is checked, and a success clears the user's count in the same
    /// transaction as the code's single use. Errors: AccessDenied in AWS's words (with the
    /// lock's message while `guesser` is locked).
    pub(crate) async fn consume_code(
        &self,
        owner: &str,
        serials: &[&str],
        code: &str,
        guesser: &Guesser<'_>,
    ) -> Result<String, CoreError> {
        let reservation = match self
            .reserve_attempt(Factor::Mfa, guesser.user.clone(), true, guesser.address)
            .await?
        {
            Ok(r) => r,
            Err(locked) => return Err(mfa_locked(&locked, self.now())),
        };
        let mut owned_any = false;
        for serial in serials {
            // A lost race re-reads the device: the other request may have used this very step.
            for _ in 0..3 {
                let Some((mut device, version)) = self.owned_device(owner, serial).await? else {
                    break;
                };
                owned_any = true;
                let now_step = totp::step_at(self.now());
                let Some(step) = self
                    .device_codes(&device)?
                    .find(code, device.single_code_steps(now_step))
                else {
                    break;
                };
                device.last_step = Some(step);
                // A used code changes no permission: written without invalidating caches.
                let batch = reservation.clear(
                    WriteBatch::new()
                        .require(Condition::Version {
                            kind: Kind::MfaDevice,
                            key: device_key(&device.serial_number),
                            version,
                        })
                        .put(self.device_record(&device)?),
                );
                match self.store_write(batch).await {
                    Ok(()) => return Ok(device.serial_number),
                    Err(StoreError::ConditionFailed { .. }) => {}
                    Err(e) => return Err(e.into()),
                }
            }
        }
        Err(if owned_any {
            mfa_code_denied()
        } else {
            mfa_device_denied()
        })
    }
}
