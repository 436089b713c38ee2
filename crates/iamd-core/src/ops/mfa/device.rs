//! A virtual MFA device as stored and as the API shows it, and the quotas on devices.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::entities::{ROOT_OWNER, Tag, User};
use crate::secrets::Sealed;

/// MFA devices in use per user (IAM and AWS STS quotas).
pub const DEVICES_PER_USER: u32 = 8;
/// Virtual MFA devices per account: the user quota (IAM and AWS STS quotas).
pub const DEVICES_PER_ACCOUNT: u64 = 5000;
/// Steps either side of the current one a single code may come from.
pub(super) const DRIFT_STEPS: u64 = 1;
/// Steps either side of the current one that ResyncMFADevice searches.
pub(super) const RESYNC_STEPS: u64 = 10;
/// Tags per MFA device (IAM and AWS STS quotas).
pub(super) const MAX_TAGS: usize = 50;

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
    pub(super) fn owner(&self) -> Option<String> {
        self.assigned.as_ref().map(|a| match a {
            Assignee::User(id) => id.clone(),
            Assignee::Root => ROOT_OWNER.to_string(),
        })
    }

    /// The steps a single code may be from now: ±1 around the current step (shifted by the
    /// learnt drift), after the last accepted one.
    pub(super) fn single_code_steps(&self, now_step: u64) -> impl Iterator<Item = u64> + use<> {
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

/// The store key of a serial number (serial numbers name devices case-insensitively, as IAM
/// names do).
pub(super) fn device_key(serial: &str) -> String {
    serial.to_ascii_lowercase()
}
