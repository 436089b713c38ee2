//! Service-specific credentials.

use iamd_core::entities::KeyStatus;
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
    Ok(Ok(match input {
        Input::CreateServiceSpecificCredential(r) => {
            let c = svc
                .create_service_specific_credential(
                    caller,
                    &r.user_name,
                    &r.service_name,
                    r.credential_age_days,
                )
                .await?;
            Output::CreateServiceSpecificCredential(iam::CreateServiceSpecificCredentialResponse {
                service_specific_credential: Some(iam::ServiceSpecificCredential {
                    service_user_name: (!c.api_key).then(|| c.credential.service_user_name.clone()),
                    service_password: (!c.api_key).then(|| c.password.as_str().to_string()),
                    service_credential_alias: c
                        .api_key
                        .then(|| c.credential.service_user_name.clone()),
                    service_credential_secret: c.api_key.then(|| c.password.as_str().to_string()),
                    create_date: c.credential.create_date,
                    expiration_date: c.credential.expiration_date,
                    service_name: c.credential.service,
                    service_specific_credential_id: c.credential.id,
                    user_name: c.credential.user,
                    status: c.status.to_string(),
                }),
            })
        }
        Input::ResetServiceSpecificCredential(r) => {
            let c = svc
                .reset_service_specific_credential(
                    caller,
                    r.user_name.as_deref(),
                    &r.service_specific_credential_id,
                )
                .await?;
            Output::ResetServiceSpecificCredential(iam::ResetServiceSpecificCredentialResponse {
                service_specific_credential: Some(iam::ServiceSpecificCredential {
                    service_user_name: (!c.api_key).then(|| c.credential.service_user_name.clone()),
                    service_password: (!c.api_key).then(|| c.password.as_str().to_string()),
                    service_credential_alias: c
                        .api_key
                        .then(|| c.credential.service_user_name.clone()),
                    service_credential_secret: c.api_key.then(|| c.password.as_str().to_string()),
                    create_date: c.credential.create_date,
                    expiration_date: c.credential.expiration_date,
                    service_name: c.credential.service,
                    service_specific_credential_id: c.credential.id,
                    user_name: c.credential.user,
                    status: c.status.to_string(),
                }),
            })
        }
        Input::ListServiceSpecificCredentials(r) => {
            let page = svc
                .list_service_specific_credentials(
                    caller,
                    r.user_name.as_deref(),
                    r.service_name.as_deref(),
                    r.all_users.unwrap_or(false),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let now = svc.now();
            let (credentials, is_truncated, marker) = split(page, |c| {
                let api_key = iamd_core::ops::service_credentials::is_api_key(&c.service);
                iam::ServiceSpecificCredentialMetadata {
                    status: iamd_core::ops::service_credentials::status_at(&c, now).to_string(),
                    service_user_name: (!api_key).then(|| c.service_user_name.clone()),
                    service_credential_alias: api_key.then(|| c.service_user_name.clone()),
                    user_name: c.user,
                    create_date: c.create_date,
                    expiration_date: c.expiration_date,
                    service_specific_credential_id: c.id,
                    service_name: c.service,
                }
            });
            Output::ListServiceSpecificCredentials(iam::ListServiceSpecificCredentialsResponse {
                service_specific_credentials: Some(credentials),
                is_truncated,
                marker,
            })
        }
        Input::UpdateServiceSpecificCredential(r) => {
            let status = match r.status.as_str() {
                "Active" => KeyStatus::Active,
                "Inactive" => KeyStatus::Inactive,
                other => {
                    return Err(CoreError::InvalidInput(format!(
                        "The status {other} cannot be set; use Active or Inactive."
                    )));
                }
            };
            svc.update_service_specific_credential(
                caller,
                r.user_name.as_deref(),
                &r.service_specific_credential_id,
                status,
            )
            .await?;
            Output::UpdateServiceSpecificCredential
        }
        Input::DeleteServiceSpecificCredential(r) => {
            svc.delete_service_specific_credential(
                caller,
                r.user_name.as_deref(),
                &r.service_specific_credential_id,
            )
            .await?;
            Output::DeleteServiceSpecificCredential
        }
        other => return Ok(Err(other)),
    }))
}
