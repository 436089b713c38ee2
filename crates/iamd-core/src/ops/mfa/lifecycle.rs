//! A device's life: CreateVirtualMFADevice, EnableMFADevice (for users and the root user),
//! ResyncMFADevice, DeactivateMFADevice and DeleteVirtualMFADevice.

use crate::Operation;

use super::device::{
    Assignee, CreatedMfaDevice, DEVICES_PER_ACCOUNT, DEVICES_PER_USER, DRIFT_STEPS, MAX_TAGS,
    RESYNC_STEPS, VirtualMfaDevice, device_key,
};
use super::errors::{invalid_code, no_such_device};
use crate::entities::{Account, ROOT_OWNER, Tag};
use crate::error::CoreError;
use crate::ops::path_or_default;
use crate::service::{Caller, Iam, decode};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};
use crate::totp::{self, Seed};

impl<S: Store> Iam<S> {
    /// CreateVirtualMFADevice: a new unassigned device with a fresh seed, returned once as
    /// base32 text and as a QR code of `otpauth://totp/NAME@ACCOUNT?secret=…`, where ACCOUNT
    /// is the account alias when there is one, else the account id (IAM API Reference,
    /// VirtualMFADevice).
    pub async fn create_virtual_mfa_device(
        &self,
        caller: &Caller,
        name: &str,
        path: Option<&str>,
        tags: Vec<Tag>,
    ) -> Result<CreatedMfaDevice, CoreError> {
        let path = path_or_default(path);
        let serial = self.mfa_arn_for(&path, name);
        self.authorize_with(
            caller,
            Operation::CreateVirtualMFADevice,
            &serial,
            &crate::authz::tag_keys(&tags),
        )
        .await?;
        if tags.len() > MAX_TAGS {
            return Err(CoreError::LimitExceeded(
                "The number of tags has reached the maximum limit of 50.".into(),
            ));
        }
        if self
            .store
            .count(&self.account, Kind::MfaDevice, None)
            .await?
            >= DEVICES_PER_ACCOUNT
        {
            return Err(CoreError::LimitExceeded(format!(
                "Cannot exceed quota for VirtualMFADevicesPerAccount: {DEVICES_PER_ACCOUNT}"
            )));
        }
        let seed = Seed::generate()?;
        let label = format!("{name}@{}", self.account_label().await?);
        let url = seed.otpauth_url(&label)?;
        let qr_code_png = totp::qr_png(&url)?;
        let device = VirtualMfaDevice {
            serial_number: serial.clone(),
            name: name.to_string(),
            path,
            create_date: self.now(),
            seed: self.master.seal(seed.as_bytes(), &serial)?,
            assigned: None,
            enable_date: None,
            last_step: None,
            drift: 0,
            tags,
        };
        self.write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::MfaDevice,
                    key: device_key(&serial),
                })
                .put(self.device_record(&device)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => {
                CoreError::EntityAlreadyExists("MFA device already exists.".into())
            }
            other => other.into(),
        })?;
        Ok(CreatedMfaDevice {
            device,
            base32_seed: seed.to_base32(),
            qr_code_png,
        })
    }

    /// The account's name in an otpauth label: its alias, else its id.
    async fn account_label(&self) -> Result<String, CoreError> {
        let account: Option<Account> =
            match self.store.get(&self.account, Kind::Account, "").await? {
                Some(r) => Some(decode(&r.data)?),
                None => None,
            };
        Ok(account
            .and_then(|a| a.aliases.into_iter().next())
            .unwrap_or_else(|| self.account.clone()))
    }

    /// EnableMFADevice: assign an unassigned device to a user, proven by two consecutive
    /// codes.
    pub async fn enable_mfa_device(
        &self,
        caller: &Caller,
        user_name: &str,
        serial: &str,
        code1: &str,
        code2: &str,
    ) -> Result<(), CoreError> {
        let user = self
            .authorized_user(caller, Operation::EnableMFADevice, user_name)
            .await?;
        // The user must still exist (under whatever name) when the device is assigned.
        self.assign_device(
            Assignee::User(user.id.clone()),
            Some(Condition::Referenced {
                kind: Kind::User,
                reference: user.id.clone(),
            }),
            serial,
            code1,
            code2,
        )
        .await
    }

    /// Assign a virtual device to the root user (the console's "Assign MFA device" for root;
    /// AWS offers no API for it: IAM User Guide, "Assign MFA devices in the AWS CLI or AWS
    /// API").
    pub async fn enable_root_mfa_device(
        &self,
        caller: &Caller,
        serial: &str,
        code1: &str,
        code2: &str,
    ) -> Result<(), CoreError> {
        if !caller.is_root() {
            return Err(CoreError::AccessDenied(format!(
                "User: {} is not authorized to manage the root user's MFA devices",
                caller.principal.arn
            )));
        }
        self.assign_device(Assignee::Root, None, serial, code1, code2)
            .await
    }

    async fn assign_device(
        &self,
        assignee: Assignee,
        guard: Option<Condition>,
        serial: &str,
        code1: &str,
        code2: &str,
    ) -> Result<(), CoreError> {
        let (mut device, version) = self
            .load_device(serial)
            .await?
            .ok_or_else(|| no_such_device(serial))?;
        if device.assigned.is_some() {
            return Err(CoreError::EntityAlreadyExists(
                "MFA Device is already in use.".into(),
            ));
        }
        let now = self.now();
        let now_step = totp::step_at(now);
        let last = device.last_step;
        // Code 2 is the current code or the next one (it may be a step ahead).
        let candidates = (now_step.saturating_sub(DRIFT_STEPS)..=now_step)
            .filter(|s| last.is_none_or(|l| *s > l));
        let step = self
            .device_codes(&device)?
            .find_consecutive(code1, code2, candidates)
            .ok_or_else(invalid_code)?;
        device.assigned = Some(assignee);
        device.enable_date = Some(now);
        device.last_step = Some(step.saturating_add(1));
        device.drift = 0;
        let owner = device.owner().unwrap_or_default();
        let mut batch = WriteBatch::new()
            .require(Condition::Version {
                kind: Kind::MfaDevice,
                key: device_key(&device.serial_number),
                version,
            })
            .require(Condition::OwnerCountBelow {
                kind: Kind::MfaDevice,
                owner,
                limit: DEVICES_PER_USER,
            });
        if let Some(g) = guard {
            batch = batch.require(g);
        }
        self.write(batch.put(self.device_record(&device)?))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { index: 1 } => CoreError::LimitExceeded(format!(
                    "Cannot exceed quota for MFADevicesPerUser: {DEVICES_PER_USER}"
                )),
                other => other.into(),
            })
    }

    /// The device `serial` when it is assigned to `owner` (a user id or [`ROOT_OWNER`]).
    pub(super) async fn owned_device(
        &self,
        owner: &str,
        serial: &str,
    ) -> Result<Option<(VirtualMfaDevice, i64)>, CoreError> {
        Ok(self
            .load_device(serial)
            .await?
            .filter(|(d, _)| d.owner().as_deref() == Some(owner)))
    }

    /// ResyncMFADevice: two consecutive codes from anywhere within ten steps of now; the
    /// device's clock offset is remembered for later single codes.
    pub async fn resync_mfa_device(
        &self,
        caller: &Caller,
        user_name: &str,
        serial: &str,
        code1: &str,
        code2: &str,
    ) -> Result<(), CoreError> {
        let user = self
            .authorized_user(caller, Operation::ResyncMFADevice, user_name)
            .await?;
        let (mut device, version) = self
            .owned_device(&user.id, serial)
            .await?
            .ok_or_else(|| no_such_device(serial))?;
        let now_step = totp::step_at(self.now());
        let last = device.last_step;
        let candidates = (now_step.saturating_sub(RESYNC_STEPS)
            ..now_step.saturating_add(RESYNC_STEPS))
            .filter(|s| last.is_none_or(|l| *s > l));
        let step = self
            .device_codes(&device)?
            .find_consecutive(code1, code2, candidates)
            .ok_or_else(invalid_code)?;
        let newest = step.saturating_add(1);
        device.last_step = Some(newest);
        device.drift =
            i64::try_from(newest).unwrap_or(i64::MAX) - i64::try_from(now_step).unwrap_or(i64::MAX);
        self.put_device(&device, version).await
    }

    /// DeactivateMFADevice: unassign a device from a user (the caller when no user is named;
    /// the root user's own device when root calls without one). The device stays, unassigned.
    pub async fn deactivate_mfa_device(
        &self,
        caller: &Caller,
        user_name: Option<&str>,
        serial: &str,
    ) -> Result<(), CoreError> {
        let owner = match self
            .target_user(caller, Operation::DeactivateMFADevice, user_name)
            .await?
        {
            Some(u) => u.id,
            None => ROOT_OWNER.to_string(),
        };
        let (mut device, version) = self
            .owned_device(&owner, serial)
            .await?
            .ok_or_else(|| no_such_device(serial))?;
        device.assigned = None;
        device.enable_date = None;
        device.drift = 0;
        self.put_device(&device, version).await
    }

    /// DeleteVirtualMFADevice: only an unassigned device (IAM API Reference: "You must
    /// deactivate a user's virtual MFA device before you can delete it").
    pub async fn delete_virtual_mfa_device(
        &self,
        caller: &Caller,
        serial: &str,
    ) -> Result<(), CoreError> {
        let (device, version) = self
            .authorized_device(caller, Operation::DeleteVirtualMFADevice, serial, &[])
            .await?;
        if device.assigned.is_some() {
            return Err(CoreError::DeleteConflict(
                "MFA VirtualDevice in use. Must deactivate first.".into(),
            ));
        }
        let key = device_key(&device.serial_number);
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::MfaDevice,
                    key: key.clone(),
                    version,
                })
                .delete(Kind::MfaDevice, key),
        )
        .await
        .map_err(|e| match e {
            // Assigned (or deleted) in between.
            StoreError::ConditionFailed { .. } => {
                CoreError::DeleteConflict("MFA VirtualDevice in use. Must deactivate first.".into())
            }
            other => other.into(),
        })
    }
}
