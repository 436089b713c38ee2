//! ListMFADevices, GetMFADevice and ListVirtualMFADevices.

use crate::Operation;

use super::device::{Assignee, AssignmentStatus, MfaDeviceView, VirtualMfaDevice, VirtualMfaView};
use super::errors::no_such_device;
use crate::entities::ROOT_OWNER;
use crate::error::CoreError;
use crate::ops::{Paged, paginate};
use crate::service::{Caller, Iam, decode};
use crate::store::{Kind, Query, Store};

impl<S: Store> Iam<S> {
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
    pub(super) async fn authorized_device(
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
}
