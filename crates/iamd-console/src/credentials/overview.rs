//! The page itself: the password, MFA devices, access keys, Git credentials, SSH keys and
//! recent sign-ins of the signed-in principal, each action offered when it would be allowed.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use iamd_core::entities::KeyStatus;
use iamd_core::store::Store;

use super::common::*;
use crate::page;
use crate::page::allowed;
use crate::page::readable_rules;
use crate::session::SignedIn;
use crate::view::{self, Notice, Rule};
use crate::web::Console;

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
    let can = can(&console, &who, is_root, &arn, &base_name).await;
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
    let access_keys = key_rows(&console, &who).await;
    let git_credentials = if is_root {
        None
    } else {
        git_rows(&console, &who).await
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

/// What this session may do on the page, each as the engine would decide it.
async fn can<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    is_root: bool,
    arn: &str,
    base_name: &str,
) -> Can {
    let iam = &console.iam;
    Can {
        change_password: !is_root && allowed(console, who, "ChangePassword", arn).await,
        create_mfa: allowed(
            console,
            who,
            "CreateVirtualMFADevice",
            &mfa_arn(iam, base_name),
        )
        .await
            && (is_root || allowed(console, who, "EnableMFADevice", arn).await),
        resync_mfa: !is_root && allowed(console, who, "ResyncMFADevice", arn).await,
        deactivate_mfa: allowed(console, who, "DeactivateMFADevice", arn).await,
        create_key: allowed(console, who, "CreateAccessKey", arn).await,
        update_key: allowed(console, who, "UpdateAccessKey", arn).await,
        delete_key: allowed(console, who, "DeleteAccessKey", arn).await,
        create_git: !is_root && allowed(console, who, "CreateServiceSpecificCredential", arn).await,
        reset_git: !is_root && allowed(console, who, "ResetServiceSpecificCredential", arn).await,
        update_git: !is_root && allowed(console, who, "UpdateServiceSpecificCredential", arn).await,
        delete_git: !is_root && allowed(console, who, "DeleteServiceSpecificCredential", arn).await,
    }
}

/// The caller's access keys with their last use, when the caller may list them.
async fn key_rows<S: Store>(console: &Console<S>, who: &SignedIn) -> Option<Vec<KeyRow>> {
    let iam = &console.iam;
    let now = iam.now();
    match iam
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
    }
}

/// The caller's CodeCommit Git credentials, when the caller may list them.
async fn git_rows<S: Store>(console: &Console<S>, who: &SignedIn) -> Option<Vec<GitRow>> {
    let iam = &console.iam;
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
}
