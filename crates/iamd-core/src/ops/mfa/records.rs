//! Devices in the store: reading, writing, their ARNs and their codes.

use super::device::{VirtualMfaDevice, device_key};
use crate::error::CoreError;
use crate::service::{Iam, decode, record};
use crate::store::{Condition, Kind, Store, WriteBatch};
use crate::totp::{Codes, Seed};

impl<S: Store> Iam<S> {
    pub(super) fn mfa_arn_for(&self, path: &str, name: &str) -> String {
        format!("arn:aws:iam::{}:mfa{path}{name}", self.account)
    }

    pub(super) async fn load_device(
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

    pub(super) fn device_codes(&self, device: &VirtualMfaDevice) -> Result<Codes, CoreError> {
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

    pub(super) fn device_record(
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

    /// Write a changed device, failing if it changed since it was read at `version`.
    pub(super) async fn put_device(
        &self,
        device: &VirtualMfaDevice,
        version: i64,
    ) -> Result<(), CoreError> {
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
}
