//! "My security credentials": the signed-in principal's own password, MFA devices, access
//! keys, CodeCommit Git credentials and recent sign-ins. Every action is offered exactly when
//! the engine would allow it for this session ([`Iam::would_allow`]) and is still enforced by
//! the operation itself.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use iamd_core::entities::KeyStatus;
use iamd_core::ops::passwords::Password;
use iamd_core::store::Store;
use iamd_core::{CoreError, Iam};

use crate::page;
use crate::page::readable_rules;
use crate::page::{Action, allowed, finish, notify};
use crate::respond;
use crate::session::SignedIn;
use crate::view::{self, Notice, Rule};
use crate::web::{Console, Flash, Form, PendingMfa};

const PAGE: &str = "/console/security-credentials";
const CODECOMMIT: &str = "codecommit.amazonaws.com";

/// Which actions this session may take, decided by the policy engine.
#[derive(Debug, Default)]
struct Can {
    change_password: bool,
    create_mfa: bool,
    resync_mfa: bool,
    deactivate_mfa: bool,
    create_key: bool,
    update_key: bool,
    delete_key: bool,
    create_git: bool,
    reset_git: bool,
    update_git: bool,
    delete_git: bool,
}

struct MfaRow {
    serial: String,
    enabled: String,
}

struct KeyRow {
    id: String,
    status: String,
    created: String,
    age: String,
    last_used: String,
    service: String,
    region: String,
    toggle_to: &'static str,
    toggle_label: &'static str,
}

struct GitRow {
    id: String,
    user_name: String,
    status: String,
    created: String,
    toggle_to: &'static str,
    toggle_label: &'static str,
}

struct SignInRow {
    when: String,
    success: bool,
    failure: Option<String>,
    source_ip: String,
    mfa_used: bool,
    user_agent: String,
}

#[derive(Template)]
#[template(path = "security_credentials.html")]
struct CredentialsPage {
    layout: view::Layout,
    notices: Vec<Notice>,
    account: String,
    arn: String,
    is_root: bool,
    user_name: String,
    can: Can,
    rules: Option<Vec<Rule>>,
    rules_id: &'static str,
    mfa_devices: Option<Vec<MfaRow>>,
    default_device_name: String,
    access_keys: Option<Vec<KeyRow>>,
    git_credentials: Option<Vec<GitRow>>,
    can_ssh: crate::ssh_keys::CanSsh,
    ssh_keys: Option<Vec<crate::ssh_keys::SshRow>>,
    sign_ins: Vec<SignInRow>,
}

/// The CSV download of a new access key, built into the page (a `data:` link: the secret
/// never travels in a URL to any server).
struct Csv {
    href: String,
    file_name: String,
}

struct ShownSecret {
    heading: String,
    id_label: &'static str,
    id: String,
    secret_label: &'static str,
    secret: String,
    csv: Option<Csv>,
}

#[derive(Template)]
#[template(path = "secret_once.html")]
struct SecretPage {
    layout: view::Layout,
    notices: Vec<Notice>,
    secret: Option<ShownSecret>,
}

#[derive(Template)]
#[template(path = "mfa_setup.html")]
struct MfaSetupPage {
    layout: view::Layout,
    notices: Vec<Notice>,
    pending: PendingMfa,
}

/// The user's name, or `None` for the root user.
fn user_name(who: &SignedIn) -> Option<String> {
    who.caller.user.as_ref().map(|u| u.name.clone())
}

fn mfa_arn<S: Store>(iam: &Iam<S>, name: &str) -> String {
    format!("arn:aws:iam::{}:mfa/{name}", iam.account_id())
}

/// Percent-encode everything but letters and digits (for a `data:` URL).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The access key CSV as AWS's console writes it (`Access key ID,Secret access key`).
fn access_key_csv(user: &str, id: &str, secret: &str) -> Csv {
    let body = format!("Access key ID,Secret access key\r\n{id},{secret}\r\n");
    Csv {
        href: format!("data:text/csv;charset=utf-8,{}", percent_encode(&body)),
        file_name: format!("{user}_accessKeys.csv"),
    }
}

/// GET /console/security-credentials
pub async fn page<S: Store>(State(console): State<Arc<Console<S>>>, who: SignedIn) -> Response {
    let iam = &console.iam;
    let account = iam.account_id().to_string();
    let arn = who.caller.principal.arn.clone();
    let me = user_name(&who);
    let is_root = me.is_none();
    let me_str = me.clone().unwrap_or_default();
    let base_name = me
        .clone()
        .unwrap_or_else(|| "root-account-mfa-device".into());
    let can = Can {
        change_password: !is_root && allowed(&console, &who, "ChangePassword", &arn).await,
        create_mfa: allowed(
            &console,
            &who,
            "CreateVirtualMFADevice",
            &mfa_arn(iam, &base_name),
        )
        .await
            && (is_root || allowed(&console, &who, "EnableMFADevice", &arn).await),
        resync_mfa: !is_root && allowed(&console, &who, "ResyncMFADevice", &arn).await,
        deactivate_mfa: allowed(&console, &who, "DeactivateMFADevice", &arn).await,
        create_key: allowed(&console, &who, "CreateAccessKey", &arn).await,
        update_key: allowed(&console, &who, "UpdateAccessKey", &arn).await,
        delete_key: allowed(&console, &who, "DeleteAccessKey", &arn).await,
        create_git: !is_root
            && allowed(&console, &who, "CreateServiceSpecificCredential", &arn).await,
        reset_git: !is_root
            && allowed(&console, &who, "ResetServiceSpecificCredential", &arn).await,
        update_git: !is_root
            && allowed(&console, &who, "UpdateServiceSpecificCredential", &arn).await,
        delete_git: !is_root
            && allowed(&console, &who, "DeleteServiceSpecificCredential", &arn).await,
    };
    let rules = if can.change_password {
        readable_rules(&console, &who.caller).await
    } else {
        None
    };
    let mfa_devices = iam
        .list_mfa_devices(&who.caller, None, None, Some(1000))
        .await
        .ok()
        .map(|p| {
            p.items
                .into_iter()
                .map(|d| MfaRow {
                    serial: d.serial_number,
                    enabled: view::when(d.enable_date),
                })
                .collect()
        });
    // AWS names a user's first device after the user; later ones get a number.
    let device_name = match mfa_devices.as_ref().map(Vec::len) {
        Some(n) if n > 0 => format!("{base_name}-{}", n + 1),
        _ => base_name.clone(),
    };
    let now = iam.now();
    let access_keys = match iam
        .list_access_keys(&who.caller, None, None, Some(100))
        .await
    {
        Ok(p) => {
            let mut rows = Vec::new();
            for k in p.items {
                let used = iam.get_access_key_last_used(&who.caller, &k.id).await.ok();
                let (last_used, service, region) = match used {
                    Some(u) => match u.last_used {
                        Some(t) => (view::when(t), u.service, u.region),
                        None => ("Never".into(), "—".into(), "—".into()),
                    },
                    None => ("—".into(), "—".into(), "—".into()),
                };
                let active = k.status == KeyStatus::Active;
                rows.push(KeyRow {
                    id: k.id,
                    status: k.status.as_str().to_string(),
                    created: view::when(k.create_date),
                    age: view::age(now, k.create_date),
                    last_used,
                    service,
                    region,
                    toggle_to: if active { "Inactive" } else { "Active" },
                    toggle_label: if active { "Deactivate" } else { "Activate" },
                });
            }
            Some(rows)
        }
        Err(_) => None,
    };
    let git_credentials = if is_root {
        None
    } else {
        iam.list_service_specific_credentials(
            &who.caller,
            None,
            Some(CODECOMMIT),
            false,
            None,
            Some(100),
        )
        .await
        .ok()
        .map(|p| {
            p.items
                .into_iter()
                .map(|c| {
                    let active = c.status == KeyStatus::Active;
                    GitRow {
                        status: c.status.as_str().to_string(),
                        created: view::when(c.create_date),
                        id: c.id,
                        user_name: c.service_user_name,
                        toggle_to: if active { "Inactive" } else { "Active" },
                        toggle_label: if active { "Deactivate" } else { "Activate" },
                    }
                })
                .collect()
        })
    };
    let (can_ssh, ssh_keys) = crate::ssh_keys::section(&console, &who, me.as_deref(), &arn).await;
    let sign_ins = iam
        .recent_sign_ins(&who.session, 20)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|s| SignInRow {
            when: view::when(s.at),
            success: s.success,
            failure: s.failure,
            source_ip: s.source_ip,
            mfa_used: s.mfa_used,
            user_agent: s.user_agent,
        })
        .collect();
    view::render(
        StatusCode::OK,
        &CredentialsPage {
            layout: who.layout("My security credentials", &account),
            notices: page::flash_notices(&console, &who),
            account,
            arn,
            is_root,
            user_name: me_str,
            can,
            rules,
            rules_id: "rules",
            mfa_devices,
            default_device_name: device_name,
            access_keys,
            git_credentials,
            can_ssh,
            ssh_keys,
            sign_ins,
        },
    )
}

/// POST …/password: ChangePassword.
pub async fn change_password<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let notice = if form.get("new") != form.get("confirm") {
        Notice::error(
            "Your password was not changed: the new passwords do not match",
            vec!["Type the same new password in both fields.".into()],
        )
    } else {
        let old = Password::new(form.get("old").to_string());
        let new = Password::new(form.get("new").to_string());
        let result = console
            .audited(
                &who.caller,
                &who.origin,
                "ChangePassword",
                serde_json::Value::Null,
                console.iam.change_password(&who.caller, &old, &new),
            )
            .await;
        match result {
            Ok(()) => Notice::success("Your password was changed."),
            Err(e) => {
                page::password_change_notice(&console, &who.caller, &who.caller.principal.arn, &e)
                    .await
            }
        }
    };
    console.push_flash(&who.csrf, Flash::Notice(notice));
    respond::redirect(&format!("{PAGE}#password"))
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

/// POST …/access-keys/create: CreateAccessKey; the secret is shown once on the next page.
pub async fn create_key<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let result = console
        .audited(
            &who.caller,
            &who.origin,
            "CreateAccessKey",
            serde_json::Value::Null,
            console.iam.create_access_key(&who.caller, None),
        )
        .await;
    match result {
        Ok(k) => {
            console.push_flash(
                &who.csrf,
                Flash::AccessKey {
                    id: k.access_key_id,
                    secret: k.secret_access_key,
                },
            );
            respond::redirect(&format!("{PAGE}/created"))
        }
        Err(e) => {
            let arn = who.caller.principal.arn.clone();
            notify::<S, ()>(
                &console,
                &who,
                &format!("{PAGE}#access-keys"),
                Action {
                    operation: "CreateAccessKey",
                    resource: &arn,
                    parameters: serde_json::Value::Null,
                    done: String::new(),
                    what: "The access key was not created",
                },
                Err(e),
            )
            .await
        }
    }
}

/// GET …/created: a new secret, once. A reload finds nothing.
pub async fn created<S: Store>(State(console): State<Arc<Console<S>>>, who: SignedIn) -> Response {
    let account = console.iam.account_id().to_string();
    let owner = user_name(&who).unwrap_or_else(|| "root".into());
    let mut notices = Vec::new();
    let mut secret = None;
    for f in console.take_flash(&who.csrf) {
        match f {
            Flash::Notice(n) => notices.push(n),
            Flash::AccessKey { id, secret: s } => {
                let csv = access_key_csv(&owner, &id, &s);
                secret = Some(ShownSecret {
                    heading: "Access key created".into(),
                    id_label: "Access key ID",
                    id,
                    secret_label: "Secret access key",
                    secret: s,
                    csv: Some(csv),
                });
            }
            Flash::GitCredential {
                user_name,
                password,
            } => {
                secret = Some(ShownSecret {
                    heading: "Git credentials for CodeCommit".into(),
                    id_label: "User name",
                    id: user_name,
                    secret_label: "Password",
                    secret: password,
                    csv: None,
                });
            }
            // Shown by the administration pages (`/console/users/created`).
            Flash::ConsolePassword { .. } => {}
        }
    }
    view::render(
        StatusCode::OK,
        &SecretPage {
            layout: who.layout("New credentials", &account),
            notices,
            secret,
        },
    )
}

fn parse_status(text: &str) -> KeyStatus {
    if text == "Active" {
        KeyStatus::Active
    } else {
        KeyStatus::Inactive
    }
}

/// POST …/access-keys/status: UpdateAccessKey.
pub async fn key_status<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let status = parse_status(form.get("status"));
    let arn = who.caller.principal.arn.clone();
    let result = console
        .iam
        .update_access_key(&who.caller, None, form.get("id"), status);
    finish(
        &console,
        &who,
        &format!("{PAGE}#access-keys"),
        Action {
            operation: "UpdateAccessKey",
            resource: &arn,
            parameters: serde_json::Value::Null,
            done: format!("Access key {} is now {}.", form.get("id"), status.as_str()),
            what: "The access key was not changed",
        },
        result,
    )
    .await
}

/// POST …/access-keys/delete: DeleteAccessKey.
pub async fn delete_key<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let arn = who.caller.principal.arn.clone();
    let result = console
        .iam
        .delete_access_key(&who.caller, None, form.get("id"));
    finish(
        &console,
        &who,
        &format!("{PAGE}#access-keys"),
        Action {
            operation: "DeleteAccessKey",
            resource: &arn,
            parameters: serde_json::Value::Null,
            done: format!("Access key {} deleted.", form.get("id")),
            what: "The access key was not deleted",
        },
        result,
    )
    .await
}

/// POST …/git-credentials/create and …/reset: the password is shown once on the next page.
pub async fn git_issue<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
    reset: bool,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let Some(me) = user_name(&who) else {
        return respond::redirect(PAGE);
    };
    let arn = who.caller.principal.arn.clone();
    let operation = if reset {
        "ResetServiceSpecificCredential"
    } else {
        "CreateServiceSpecificCredential"
    };
    let issue = async {
        if reset {
            console
                .iam
                .reset_service_specific_credential(&who.caller, None, form.get("id"))
                .await
        } else {
            console
                .iam
                .create_service_specific_credential(&who.caller, &me, CODECOMMIT, None)
                .await
        }
    };
    let result = console
        .audited(
            &who.caller,
            &who.origin,
            operation,
            serde_json::Value::Null,
            issue,
        )
        .await;
    match result {
        Ok(issued) => {
            console.push_flash(
                &who.csrf,
                Flash::GitCredential {
                    user_name: issued.credential.service_user_name.clone(),
                    password: issued.password.as_str().to_string(),
                },
            );
            respond::redirect(&format!("{PAGE}/created"))
        }
        Err(e) => {
            notify::<S, ()>(
                &console,
                &who,
                &format!("{PAGE}#git-credentials"),
                Action {
                    operation,
                    resource: &arn,
                    parameters: serde_json::Value::Null,
                    done: String::new(),
                    what: "The Git credentials were not issued",
                },
                Err(e),
            )
            .await
        }
    }
}

pub async fn git_create<S: Store>(
    state: State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    git_issue(state, who, form, false).await
}

pub async fn git_reset<S: Store>(
    state: State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    git_issue(state, who, form, true).await
}

/// POST …/git-credentials/status: UpdateServiceSpecificCredential.
pub async fn git_status<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let status = parse_status(form.get("status"));
    let arn = who.caller.principal.arn.clone();
    let result =
        console
            .iam
            .update_service_specific_credential(&who.caller, None, form.get("id"), status);
    finish(
        &console,
        &who,
        &format!("{PAGE}#git-credentials"),
        Action {
            operation: "UpdateServiceSpecificCredential",
            resource: &arn,
            parameters: serde_json::Value::Null,
            done: format!("Git credentials are now {}.", status.as_str()),
            what: "The Git credentials were not changed",
        },
        result,
    )
    .await
}

/// POST …/git-credentials/delete: DeleteServiceSpecificCredential.
pub async fn git_delete<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let arn = who.caller.principal.arn.clone();
    let result = console
        .iam
        .delete_service_specific_credential(&who.caller, None, form.get("id"));
    finish(
        &console,
        &who,
        &format!("{PAGE}#git-credentials"),
        Action {
            operation: "DeleteServiceSpecificCredential",
            resource: &arn,
            parameters: serde_json::Value::Null,
            done: "Git credentials deleted.".into(),
            what: "The Git credentials were not deleted",
        },
        result,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csv_is_awss_shape_inside_a_data_url() {
        let csv = access_key_csv("alice", "AKIAEXAMPLE", "se/cr+et");
        assert_eq!(csv.file_name, "alice_accessKeys.csv");
        assert!(
            csv.href
                .starts_with("data:text/csv;charset=utf-8,Access%20key%20ID%2CSecret")
        );
        assert!(csv.href.contains("AKIAEXAMPLE%2Cse%2Fcr%2Bet%0D%0A"));
    }
}
