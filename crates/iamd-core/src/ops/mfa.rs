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
//!
//! One module per job: `device` (the record, its views, the quotas), `errors`, `records`
//! (devices in the store), `lifecycle` (create, enable, resync, deactivate, delete),
//! `listing`, `tags` and `codes` (the codes GetSessionToken and AssumeRole take).

mod codes;
mod device;
mod errors;
mod lifecycle;
mod listing;
mod records;
mod tags;

pub(crate) use codes::Guesser;
pub use device::{
    Assignee, AssignmentStatus, CreatedMfaDevice, DEVICES_PER_ACCOUNT, DEVICES_PER_USER,
    MfaDeviceView, VirtualMfaDevice, VirtualMfaView,
};
pub(crate) use errors::mfa_device_denied;
