//! Virtual MFA devices: CreateVirtualMFADevice, EnableMFADevice, ResyncMFADevice,
//! DeactivateMFADevice, DeleteVirtualMFADevice, ListMFADevices, ListVirtualMFADevices,
//! GetMFADevice, and the one-time codes that GetSessionToken and AssumeRole take.
//!
//! A device's life (IAM API Reference for each operation):
//!
//! ```text
//!  CreateVirtualMFADevice ─► unassigned ──EnableMFADevice (codes of steps s, s+1)──► assigned
//!                             │   ▲        (owner: the user's id, or #root)            │
//!    DeleteVirtualMFADevice   │   └──────────── DeactivateMFADevice ◄──────────────────┘
//!                             ▼                 (DeleteVirtualMFADevice while assigned:
//!                            gone                DeleteConflict)
//! ```
//!
//! Codes are RFC 6238 (see [`crate::totp`]), checked against the injected clock. A single
//! code may come from the step before or after the current one (±1 step of drift, shifted by
//! what ResyncMFADevice learnt); Enable takes two consecutive codes, the later one at most one
//! step ahead. Every accepted step is stored as the device's `last_step`, and no operation
//! accepts a code of that step or an earlier one again: a code works once, across Enable,
//! Resync, GetSessionToken and AssumeRole alike. The stored step is advanced under a version
//! condition, so two requests racing with one code cannot both succeed.
//!
//! Guessing is bounded: every code checked counts against the user and the source address
//! first (`ops::throttle`), wrong codes lock them with growing back-off, and a right code
//! clears the user's count in the transaction that uses it up.

use crate::Operation;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::entities::{Account, ROOT_OWNER, Tag, User};
use crate::error::CoreError;
use crate::ops::throttle::{Factor, Locked, Subject};
use crate::ops::{Paged, paginate, path_or_default};
use crate::secrets::Sealed;
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};
use crate::totp::{self, Codes, Seed};

/// MFA devices in use per user (IAM and AWS STS quotas).
pub const DEVICES_PER_USER: u32 = 8;
/// Virtual MFA devices per account: the user quota (IAM and AWS STS quotas).
pub const DEVICES_PER_ACCOUNT: u64 = 5000;
/// Steps either side of the current one a single code may come from.
const DRIFT_STEPS: u64 = 1;
/// Steps either side of the current one that ResyncMFADevice searches.
const RESYNC_STEPS: u64 = 10;
/// Tags per MFA device (IAM and AWS STS quotas).
const MAX_TAGS: usize = 50;

/// Who a device is assigned to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Assignee {
    /// An IAM user, by its unique id (`AIDA…`): the device stays the user's through renames.
    User(String),
    /// The account's root user (assigned through the console only).
    Root,
}

/// A virtual MFA device. Stored under `(Kind::MfaDevice, lower-cased serial number)`; owner:
/// the assigned user's id, [`ROOT_OWNER`] for root, none while unassigned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VirtualMfaDevice {
    /// The device ARN `arn:aws:iam::ACCT:mfa/<path><name>`.
    pub serial_number: String,
    pub name: String,
    pub path: String,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    /// The TOTP seed, sealed with the master key and bound to the serial number.
    pub seed: Sealed,
    #[serde(default)]
    pub assigned: Option<Assignee>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub enable_date: Option<OffsetDateTime>,
    /// The last TOTP step a code was accepted for; earlier steps are never accepted again.
    #[serde(default)]
    pub last_step: Option<u64>,
    /// How many steps the device's clock runs ahead of ours (negative: behind), as
    /// ResyncMFADevice found.
    #[serde(default)]
    pub drift: i64,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

impl VirtualMfaDevice {
    /// The store owner for the device's assignee.
    fn owner(&self) -> Option<String> {
        self.assigned.as_ref().map(|a| match a {
            Assignee::User(id) => id.clone(),
            Assignee::Root => ROOT_OWNER.to_string(),
        })
    }

    /// The steps a single code may be from now: ±1 around the current step (shifted by the
    /// learnt drift), after the last accepted one.
    fn single_code_steps(&self, now_step: u64) -> impl Iterator<Item = u64> + use<> {
        let center = now_step.saturating_add_signed(self.drift);
        let last = self.last_step;
        (center.saturating_sub(DRIFT_STEPS)..=center.saturating_add(DRIFT_STEPS))
            .filter(move |s| last.is_none_or(|l| *s > l))
    }
}

/// A device as CreateVirtualMFADevice returns it: the only time the seed is shown.
#[derive(Clone)]
pub struct CreatedMfaDevice {
    pub device: VirtualMfaDevice,
    /// `Base32StringSeed`: the seed as base32 text.
    pub base32_seed: zeroize::Zeroizing<String>,
    /// `QRCodePNG`: a PNG of the `otpauth://totp/…` URI.
    pub qr_code_png: Vec<u8>,
}

impl std::fmt::Debug for CreatedMfaDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreatedMfaDevice")
            .field("device", &self.device)
            .finish_non_exhaustive()
    }
}

/// A device as ListMFADevices shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MfaDeviceView {
    /// The user name; the account id for the root user's devices.
    pub user_name: String,
    pub serial_number: String,
    pub enable_date: OffsetDateTime,
}

/// A device as ListVirtualMFADevices shows it, with its user when assigned (`None` in
/// `user` for root's device; `root` is then true).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VirtualMfaView {
    pub device: VirtualMfaDevice,
    pub user: Option<User>,
    pub root: bool,
}

/// Which devices ListVirtualMFADevices returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignmentStatus {
    Assigned,
    Unassigned,
    Any,
}

impl AssignmentStatus {
    /// The wire value (`Assigned`, `Unassigned`, `Any`); anything else is `Any`, the default.
    pub fn parse(text: Option<&str>) -> AssignmentStatus {
        match text {
            Some("Assigned") => AssignmentStatus::Assigned,
            Some("Unassigned") => AssignmentStatus::Unassigned,
            _ => AssignmentStatus::Any,
        }
    }
}

pub(crate) fn no_such_device(serial: &str) -> CoreError {
    CoreError::NoSuchEntity(format!(
        "MFA Device with serial number {serial} does not exist."
    ))
}

fn invalid_code() -> CoreError {
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

/// Who is guessing an MFA code: the user (their count) and the source address.
#[derive(Debug, Clone)]
pub(crate) struct Guesser<'a> {
    pub(crate) user: Subject,
    pub(crate) address: Option<&'a str>,
}

/// GetSessionToken / AssumeRole naming a device that is not the caller's.
pub(crate) fn mfa_device_denied() -> CoreError {
    CoreError::AccessDenied(
        "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user."
            .into(),
    )
}

/// The store key of a serial number (serial numbers name devices case-insensitively, as IAM
/// names do).
fn device_key(serial: &str) -> String {
    serial.to_ascii_lowercase()
}

impl<S: Store> Iam<S> {
    fn mfa_arn_for(&self, path: &str, name: &str) -> String {
        format!("arn:aws:iam::{}:mfa{path}{name}", self.account)
    }

    async fn load_device(
        &self,
        serial: &str,
    ) -> Result<Option<(VirtualMfaDevice, i64)>, CoreError> {
        match self
            .store
            .get(&self.account, Kind::MfaDevice, &device_key(serial))
            .await?
        {
            Some(r) => Ok(Some((decode(&r.data)?, r.version))),
            None => Ok(None),
        }
    }

    fn device_codes(&self, device: &VirtualMfaDevice) -> Result<Codes, CoreError> {
        if crate::entities::is_imported(&device.seed) {
            // Imported from AWS without its seed: no code can be checked against it.
            return Err(CoreError::InvalidAuthenticationCode(format!(
                "The MFA device {} was imported without its secret; enable a new device.",
                device.serial_number
            )));
        }
        let plain = self.master.open(&device.seed, &device.serial_number)?;
        Seed::from_bytes(&plain).codes()
    }

    fn device_record(
        &self,
        device: &VirtualMfaDevice,
    ) -> Result<crate::store::NewRecord, CoreError> {
        record(
            Kind::MfaDevice,
            &device_key(&device.serial_number),
            device.owner().as_deref(),
            None,
            device,
        )
    }

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
    async fn owned_device(
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

    /// ListMFADevices: the devices assigned to a user (the caller when none is named; root's
    /// own when root calls without one).
    pub async fn list_mfa_devices(
        &self,
        caller: &Caller,
        user_name: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<MfaDeviceView>, CoreError> {
        let (owner, shown) = match self
            .target_user(caller, Operation::ListMFADevices, user_name)
            .await?
        {
            Some(u) => (u.id, u.name),
            None => (ROOT_OWNER.to_string(), self.account.clone()),
        };
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(owner),
                    ..Query::all(Kind::MfaDevice)
                },
            )
            .await?;
        let mut devices = Vec::new();
        for r in page.records {
            let d: VirtualMfaDevice = decode(&r.data)?;
            devices.push((
                r.key,
                MfaDeviceView {
                    user_name: shown.clone(),
                    serial_number: d.serial_number,
                    enable_date: d.enable_date.unwrap_or(d.create_date),
                },
            ));
        }
        Ok(paginate(devices, marker, max_items))
    }

    /// GetMFADevice: an assigned device's user, serial number and enable date.
    pub async fn get_mfa_device(
        &self,
        caller: &Caller,
        user_name: Option<&str>,
        serial: &str,
    ) -> Result<MfaDeviceView, CoreError> {
        let (owner, shown) = match self
            .target_user(caller, Operation::GetMFADevice, user_name)
            .await?
        {
            Some(u) => (u.id, u.name),
            None => (ROOT_OWNER.to_string(), self.account.clone()),
        };
        let (d, _) = self
            .owned_device(&owner, serial)
            .await?
            .ok_or_else(|| no_such_device(serial))?;
        Ok(MfaDeviceView {
            user_name: shown,
            serial_number: d.serial_number,
            enable_date: d.enable_date.unwrap_or(d.create_date),
        })
    }

    /// ListVirtualMFADevices: every virtual device of the account, filtered by assignment.
    pub async fn list_virtual_mfa_devices(
        &self,
        caller: &Caller,
        status: AssignmentStatus,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<VirtualMfaView>, CoreError> {
        self.authorize(caller, Operation::ListVirtualMFADevices, "*")
            .await?;
        let page = self
            .store
            .list(&self.account, &Query::all(Kind::MfaDevice))
            .await?;
        let mut devices = Vec::new();
        for r in page.records {
            let device: VirtualMfaDevice = decode(&r.data)?;
            let keep = match status {
                AssignmentStatus::Any => true,
                AssignmentStatus::Assigned => device.assigned.is_some(),
                AssignmentStatus::Unassigned => device.assigned.is_none(),
            };
            if !keep {
                continue;
            }
            let (user, root) = match &device.assigned {
                Some(Assignee::User(id)) => (self.entity_by_id(Kind::User, id).await?, false),
                Some(Assignee::Root) => (None, true),
                None => (None, false),
            };
            devices.push((r.key, VirtualMfaView { device, user, root }));
        }
        Ok(paginate(devices, marker, max_items))
    }

    /// The device `serial`, authorizing `operation` on it first (on the serial number as given
    /// when there is no such device).
    async fn authorized_device(
        &self,
        caller: &Caller,
        operation: Operation,
        serial: &str,
        extra: &[(String, iamd_policy::ContextValue)],
    ) -> Result<(VirtualMfaDevice, i64), CoreError> {
        let found = self.load_device(serial).await?;
        let resource = found
            .as_ref()
            .map_or(serial, |(d, _)| d.serial_number.as_str());
        self.authorize_with(caller, operation, resource, extra)
            .await?;
        found.ok_or_else(|| no_such_device(serial))
    }

    /// TagMFADevice: add or replace tags (at most 50 per device).
    pub async fn tag_mfa_device(
        &self,
        caller: &Caller,
        serial: &str,
        tags: Vec<Tag>,
    ) -> Result<(), CoreError> {
        let (mut device, version) = self
            .authorized_device(
                caller,
                Operation::TagMFADevice,
                serial,
                &crate::authz::tag_keys(&tags),
            )
            .await?;
        for t in tags {
            match device
                .tags
                .iter_mut()
                .find(|e| e.key.eq_ignore_ascii_case(&t.key))
            {
                Some(existing) => *existing = t,
                None => device.tags.push(t),
            }
        }
        if device.tags.len() > MAX_TAGS {
            return Err(CoreError::LimitExceeded(
                "The number of tags has reached the maximum limit of 50.".into(),
            ));
        }
        self.put_device(&device, version).await
    }

    /// UntagMFADevice.
    pub async fn untag_mfa_device(
        &self,
        caller: &Caller,
        serial: &str,
        keys: &[String],
    ) -> Result<(), CoreError> {
        let (mut device, version) = self
            .authorized_device(
                caller,
                Operation::UntagMFADevice,
                serial,
                &crate::authz::untag_keys(keys),
            )
            .await?;
        device
            .tags
            .retain(|t| !keys.iter().any(|k| k.eq_ignore_ascii_case(&t.key)));
        self.put_device(&device, version).await
    }

    /// ListMFADeviceTags.
    pub async fn list_mfa_device_tags(
        &self,
        caller: &Caller,
        serial: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<Tag>, CoreError> {
        let (device, _) = self
            .authorized_device(caller, Operation::ListMFADeviceTags, serial, &[])
            .await?;
        Ok(paginate(
            device
                .tags
                .into_iter()
                .map(|t| (t.key.clone(), t))
                .collect(),
            marker,
            max_items,
        ))
    }

    /// Write a changed device, failing if it changed since it was read at `version`.
    async fn put_device(&self, device: &VirtualMfaDevice, version: i64) -> Result<(), CoreError> {
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::MfaDevice,
                    key: device_key(&device.serial_number),
                    version,
                })
                .put(self.device_record(device)?),
        )
        .await
        .map_err(Into::into)
    }

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
