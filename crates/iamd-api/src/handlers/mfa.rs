//! Virtual MFA devices: create, enable, resync, deactivate, delete, list, tags.

use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use super::wire::*;
use crate::generated::{Input, Output, iam};

/// Serve `input` if it is one of this family's operations; hand it back otherwise.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    let account = svc.account_id().to_string();
    Ok(Ok(match input {
        Input::CreateVirtualMFADevice(r) => {
            let tags = r
                .tags
                .unwrap_or_default()
                .into_iter()
                .map(domain_tag)
                .collect();
            let created = svc
                .create_virtual_mfa_device(
                    caller,
                    &r.virtual_mfa_device_name,
                    r.path.as_deref(),
                    tags,
                )
                .await?;
            Output::CreateVirtualMFADevice(iam::CreateVirtualMFADeviceResponse {
                virtual_mfa_device: iam::VirtualMFADevice {
                    serial_number: created.device.serial_number.clone(),
                    base32_string_seed: Some(created.base32_seed.as_bytes().to_vec()),
                    qr_code_png: Some(created.qr_code_png.clone()),
                    user: None,
                    enable_date: None,
                    tags: None,
                },
            })
        }
        Input::EnableMFADevice(r) => {
            svc.enable_mfa_device(
                caller,
                &r.user_name,
                &r.serial_number,
                &r.authentication_code1,
                &r.authentication_code2,
            )
            .await?;
            Output::EnableMFADevice
        }
        Input::ResyncMFADevice(r) => {
            svc.resync_mfa_device(
                caller,
                &r.user_name,
                &r.serial_number,
                &r.authentication_code1,
                &r.authentication_code2,
            )
            .await?;
            Output::ResyncMFADevice
        }
        Input::DeactivateMFADevice(r) => {
            svc.deactivate_mfa_device(caller, r.user_name.as_deref(), &r.serial_number)
                .await?;
            Output::DeactivateMFADevice
        }
        Input::DeleteVirtualMFADevice(r) => {
            svc.delete_virtual_mfa_device(caller, &r.serial_number)
                .await?;
            Output::DeleteVirtualMFADevice
        }
        Input::ListMFADevices(r) => {
            let page = svc
                .list_mfa_devices(
                    caller,
                    r.user_name.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (mfa_devices, is_truncated, marker) = split(page, |d| iam::MFADevice {
                user_name: d.user_name,
                serial_number: d.serial_number,
                enable_date: d.enable_date,
            });
            Output::ListMFADevices(iam::ListMFADevicesResponse {
                mfa_devices,
                is_truncated,
                marker,
            })
        }
        Input::GetMFADevice(r) => {
            let d = svc
                .get_mfa_device(caller, r.user_name.as_deref(), &r.serial_number)
                .await?;
            Output::GetMFADevice(iam::GetMFADeviceResponse {
                user_name: Some(d.user_name),
                serial_number: d.serial_number,
                enable_date: Some(d.enable_date),
                certifications: None,
            })
        }
        Input::ListVirtualMFADevices(r) => {
            let status =
                iamd_core::ops::mfa::AssignmentStatus::parse(r.assignment_status.as_deref());
            let page = svc
                .list_virtual_mfa_devices(caller, status, r.marker.as_deref(), r.max_items)
                .await?;
            let (virtual_mfa_devices, is_truncated, marker) =
                split(page, |v| wire_listed_device(&account, v));
            Output::ListVirtualMFADevices(iam::ListVirtualMFADevicesResponse {
                virtual_mfa_devices,
                is_truncated,
                marker,
            })
        }
        Input::TagMFADevice(r) => {
            svc.tag_mfa_device(
                caller,
                &r.serial_number,
                r.tags.into_iter().map(domain_tag).collect(),
            )
            .await?;
            Output::TagMFADevice
        }
        Input::UntagMFADevice(r) => {
            svc.untag_mfa_device(caller, &r.serial_number, &r.tag_keys)
                .await?;
            Output::UntagMFADevice
        }
        Input::ListMFADeviceTags(r) => {
            let page = svc
                .list_mfa_device_tags(caller, &r.serial_number, r.marker.as_deref(), r.max_items)
                .await?;
            let (tags, is_truncated, marker) = split(page, wire_tag);
            Output::ListMFADeviceTags(iam::ListMFADeviceTagsResponse {
                tags,
                is_truncated,
                marker,
            })
        }
        other => return Ok(Err(other)),
    }))
}

/// A device as ListVirtualMFADevices shows it: with its user (the root user as GetUser shows
/// it), never its seed.
fn wire_listed_device(
    account: &str,
    v: iamd_core::ops::mfa::VirtualMfaView,
) -> iam::VirtualMFADevice {
    let user = match (v.user, v.root) {
        (Some(u), _) => Some(wire_user(account, u, false)),
        (None, true) => Some(iam::User {
            path: "/".into(),
            user_name: String::new(),
            user_id: account.to_string(),
            arn: format!("arn:aws:iam::{account}:root"),
            create_date: v.device.create_date,
            password_last_used: None,
            permissions_boundary: None,
            tags: None,
        }),
        (None, false) => None,
    };
    iam::VirtualMFADevice {
        serial_number: v.device.serial_number,
        base32_string_seed: None,
        qr_code_png: None,
        user,
        enable_date: v.device.enable_date,
        tags: None,
    }
}
