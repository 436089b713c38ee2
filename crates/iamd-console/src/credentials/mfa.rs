//! Assigning, enabling, resynchronizing and removing one's own virtual MFA device.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use iamd_core::CoreError;
use iamd_core::store::Store;

use super::common::*;
use crate::page;
use crate::page::{Action, finish, notify};
use crate::respond;
use crate::session::SignedIn;
use crate::view::{self, Notice};
use crate::web::{Console, Flash, Form, PendingMfa};

#[derive(Template)]
#[template(path = "mfa_setup.html")]
struct MfaSetupPage {
    layout: view::Layout,
    notices: Vec<Notice>,
    pending: PendingMfa,
}

/// POST …/mfa/create: CreateVirtualMFADevice, then the set-up page.
pub async fn create_mfa<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let name = form.get("name").trim().to_string();
    let resource = mfa_arn(&console.iam, &name);
    let result = console
        .audited(
            &who.caller,
            &who.origin,
            "CreateVirtualMFADevice",
            serde_json::json!({ "virtualMFADeviceName": name }),
            console
                .iam
                .create_virtual_mfa_device(&who.caller, &name, None, Vec::new()),
        )
        .await;
    match result {
        Ok(created) => {
            console.set_pending_mfa(
                &who.csrf,
                Some(PendingMfa {
                    serial: created.device.serial_number.clone(),
                    seed: created.base32_seed.to_string(),
                    qr_png_base64: data_encoding::BASE64.encode(&created.qr_code_png),
                }),
            );
            respond::redirect(&format!("{PAGE}/mfa"))
        }
        Err(e) => {
            let mut notice = view::refusal(
                &console.iam,
                &who.caller,
                "The MFA device was not created",
                "CreateVirtualMFADevice",
                &resource,
                &e,
            )
            .await;
            if matches!(e, CoreError::EntityAlreadyExists(_)) {
                notice.lines.push(
                    "Choose another device name, or ask an administrator to delete the unassigned device of that name.".into(),
                );
            }
            console.push_flash(&who.csrf, Flash::Notice(notice));
            respond::redirect(&format!("{PAGE}#mfa"))
        }
    }
}

/// GET …/mfa: the set-up page of the device being assigned.
pub async fn mfa_setup<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
) -> Response {
    let Some(pending) = console.pending_mfa(&who.csrf) else {
        return respond::redirect(&format!("{PAGE}#mfa"));
    };
    let account = console.iam.account_id().to_string();
    view::render(
        StatusCode::OK,
        &MfaSetupPage {
            layout: who.layout("Assign a virtual MFA device", &account),
            notices: page::flash_notices(&console, &who),
            pending,
        },
    )
}

/// POST …/mfa/enable: EnableMFADevice with two consecutive codes.
pub async fn enable_mfa<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let Some(pending) = console.pending_mfa(&who.csrf) else {
        return respond::redirect(&format!("{PAGE}#mfa"));
    };
    let (c1, c2) = (form.get("code1").trim(), form.get("code2").trim());
    let enable = async {
        match user_name(&who) {
            Some(me) => {
                console
                    .iam
                    .enable_mfa_device(&who.caller, &me, &pending.serial, c1, c2)
                    .await
            }
            None => {
                console
                    .iam
                    .enable_root_mfa_device(&who.caller, &pending.serial, c1, c2)
                    .await
            }
        }
    };
    let result = console
        .audited(
            &who.caller,
            &who.origin,
            "EnableMFADevice",
            serde_json::json!({ "serialNumber": pending.serial }),
            enable,
        )
        .await;
    match result {
        Ok(()) => {
            console.set_pending_mfa(&who.csrf, None);
            console.push_flash(
                &who.csrf,
                Flash::Notice(Notice::success(
                    "MFA device assigned. Sign-in will ask for a code from it.",
                )),
            );
            respond::redirect(&format!("{PAGE}#mfa"))
        }
        Err(e) => {
            let arn = who.caller.principal.arn.clone();
            let notice = view::refusal(
                &console.iam,
                &who.caller,
                "The MFA device was not assigned",
                "EnableMFADevice",
                &arn,
                &e,
            )
            .await;
            console.push_flash(&who.csrf, Flash::Notice(notice));
            respond::redirect(&format!("{PAGE}/mfa"))
        }
    }
}

/// POST …/mfa/cancel: forget the device being assigned and delete it (when allowed).
pub async fn cancel_mfa<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    if let Some(p) = console.pending_mfa(&who.csrf) {
        // Best effort: without iam:DeleteVirtualMFADevice the unassigned device stays.
        let _ = console
            .iam
            .delete_virtual_mfa_device(&who.caller, &p.serial)
            .await;
    }
    console.set_pending_mfa(&who.csrf, None);
    respond::redirect(&format!("{PAGE}#mfa"))
}

/// POST …/mfa/resync
pub async fn resync_mfa<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let Some(me) = user_name(&who) else {
        return respond::redirect(PAGE);
    };
    let arn = who.caller.principal.arn.clone();
    let result = console.iam.resync_mfa_device(
        &who.caller,
        &me,
        form.get("serial"),
        form.get("code1").trim(),
        form.get("code2").trim(),
    );
    finish(
        &console,
        &who,
        &format!("{PAGE}#mfa"),
        Action {
            operation: "ResyncMFADevice",
            resource: &arn,
            parameters: serde_json::Value::Null,
            done: "MFA device resynchronized.".into(),
            what: "The MFA device was not resynchronized",
        },
        result,
    )
    .await
}

/// POST …/mfa/remove: DeactivateMFADevice, then DeleteVirtualMFADevice.
pub async fn remove_mfa<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let serial = form.get("serial").to_string();
    let arn = who.caller.principal.arn.clone();
    let me = user_name(&who);
    let deactivated = console
        .audited(
            &who.caller,
            &who.origin,
            "DeactivateMFADevice",
            serde_json::json!({ "serialNumber": serial }),
            console
                .iam
                .deactivate_mfa_device(&who.caller, me.as_deref(), &serial),
        )
        .await;
    if let Err(e) = deactivated {
        return notify::<S, ()>(
            &console,
            &who,
            &format!("{PAGE}#mfa"),
            Action {
                operation: "DeactivateMFADevice",
                resource: &arn,
                parameters: serde_json::Value::Null,
                done: String::new(),
                what: "The MFA device was not removed",
            },
            Err(e),
        )
        .await;
    }
    let result = console
        .audited(
            &who.caller,
            &who.origin,
            "DeleteVirtualMFADevice",
            serde_json::json!({ "serialNumber": serial }),
            console.iam.delete_virtual_mfa_device(&who.caller, &serial),
        )
        .await;
    let notice = match result {
        Ok(()) => Notice::success("MFA device removed."),
        Err(e) => {
            let mut n = view::refusal(
                &console.iam,
                &who.caller,
                "The MFA device was unassigned but not deleted",
                "DeleteVirtualMFADevice",
                &serial,
                &e,
            )
            .await;
            n.lines.push("Sign-in no longer asks for its codes.".into());
            n
        }
    };
    console.push_flash(&who.csrf, Flash::Notice(notice));
    respond::redirect(&format!("{PAGE}#mfa"))
}
