//! TagMFADevice, UntagMFADevice and ListMFADeviceTags.

use crate::Operation;

use super::device::MAX_TAGS;
use crate::entities::Tag;
use crate::error::CoreError;
use crate::ops::{Paged, paginate};
use crate::service::{Caller, Iam};
use crate::store::Store;

impl<S: Store> Iam<S> {
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
}
