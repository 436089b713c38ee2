//! Signing certificates: typed inputs to `Iam` calls and back.

use iamd_core::entities::SigningCertificate;
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
        Input::UploadSigningCertificate(r) => {
            let cert = svc
                .upload_signing_certificate(caller, r.user_name.as_deref(), &r.certificate_body)
                .await?;
            Output::UploadSigningCertificate(iam::UploadSigningCertificateResponse {
                certificate: wire_certificate(cert),
            })
        }
        Input::ListSigningCertificates(r) => {
            let page = svc
                .list_signing_certificates(
                    caller,
                    r.user_name.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (certificates, is_truncated, marker) = split(page, wire_certificate);
            Output::ListSigningCertificates(iam::ListSigningCertificatesResponse {
                certificates,
                is_truncated,
                marker,
            })
        }
        Input::UpdateSigningCertificate(r) => {
            svc.update_signing_certificate(
                caller,
                r.user_name.as_deref(),
                &r.certificate_id,
                &r.status,
            )
            .await?;
            Output::UpdateSigningCertificate
        }
        Input::DeleteSigningCertificate(r) => {
            svc.delete_signing_certificate(caller, r.user_name.as_deref(), &r.certificate_id)
                .await?;
            Output::DeleteSigningCertificate
        }
        other => return Ok(Err(other)),
    }))
}

fn wire_certificate(c: SigningCertificate) -> iam::SigningCertificate {
    iam::SigningCertificate {
        // Root's own certificates carry no user name.
        user_name: c.user.unwrap_or_default(),
        certificate_id: c.id,
        certificate_body: c.body,
        status: c.status.as_str().to_string(),
        upload_date: Some(c.upload_date),
    }
}
