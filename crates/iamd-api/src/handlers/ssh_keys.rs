//! SSH public keys (CodeCommit): typed inputs to `Iam` calls and back.

use iamd_core::entities::SshPublicKey;
use iamd_core::ops::SshKeyEncoding;
use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};

use super::wire::split;
use crate::generated::{Input, Output, iam};

/// The operations of this family; any other input is handed back.
pub(super) async fn handle<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Result<Output, Input>, CoreError> {
    Ok(Ok(match input {
        Input::UploadSSHPublicKey(r) => {
            let key = svc
                .upload_ssh_public_key(caller, &r.user_name, &r.ssh_public_key_body)
                .await?;
            Output::UploadSSHPublicKey(iam::UploadSSHPublicKeyResponse {
                ssh_public_key: Some(wire_key(key)),
            })
        }
        Input::GetSSHPublicKey(r) => {
            // The wire layer lets only the enumeration's values through.
            let encoding = if r.encoding == "PEM" {
                SshKeyEncoding::Pem
            } else {
                SshKeyEncoding::Ssh
            };
            let key = svc
                .get_ssh_public_key(caller, &r.user_name, &r.ssh_public_key_id, encoding)
                .await?;
            Output::GetSSHPublicKey(iam::GetSSHPublicKeyResponse {
                ssh_public_key: Some(wire_key(key)),
            })
        }
        Input::ListSSHPublicKeys(r) => {
            let page = svc
                .list_ssh_public_keys(
                    caller,
                    r.user_name.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (keys, is_truncated, marker) = split(page, |k| iam::SSHPublicKeyMetadata {
                user_name: k.user,
                ssh_public_key_id: k.id,
                status: k.status.as_str().to_string(),
                upload_date: k.upload_date,
            });
            Output::ListSSHPublicKeys(iam::ListSSHPublicKeysResponse {
                ssh_public_keys: Some(keys),
                is_truncated,
                marker,
            })
        }
        Input::UpdateSSHPublicKey(r) => {
            svc.update_ssh_public_key(caller, &r.user_name, &r.ssh_public_key_id, &r.status)
                .await?;
            Output::UpdateSSHPublicKey
        }
        Input::DeleteSSHPublicKey(r) => {
            svc.delete_ssh_public_key(caller, &r.user_name, &r.ssh_public_key_id)
                .await?;
            Output::DeleteSSHPublicKey
        }
        other => return Ok(Err(other)),
    }))
}

fn wire_key(k: SshPublicKey) -> iam::SSHPublicKey {
    iam::SSHPublicKey {
        user_name: k.user,
        ssh_public_key_id: k.id,
        fingerprint: k.fingerprint,
        ssh_public_key_body: k.body,
        status: k.status.as_str().to_string(),
        upload_date: Some(k.upload_date),
    }
}
