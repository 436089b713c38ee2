//! The page: the user's summary, console access, groups, policies, access keys and MFA
//! devices, each read with the signed-in principal's own permissions.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use iamd_core::CoreError;
use iamd_core::entities::{KeyStatus, OwnerKind, User};
use iamd_core::ops::throttle::{Factor, Subject};
use iamd_core::store::Store;

use crate::page;
use crate::page::readable_rules;
use crate::page::{allowed, refused_page, user_arn, user_page};
use crate::session::SignedIn;
use crate::view::{self, Layout, Notice, Rule};
use crate::web::Console;

struct ProfileView {
    created: String,
    reset_required: bool,
}

struct GroupRow {
    name: String,
    can_remove: bool,
}

struct AttachedRow {
    name: String,
    arn: String,
}

struct InlineRow {
    name: String,
    /// The document, indented; `None` when the session may not read it.
    document: Option<String>,
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

struct MfaRow {
    serial: String,
    enabled: String,
}

#[derive(Debug, Default)]
struct Can {
    create_profile: bool,
    update_profile: bool,
    delete_profile: bool,
    attach: bool,
    detach: bool,
    put_inline: bool,
    delete_inline: bool,
    update_key: bool,
    delete_key: bool,
    deactivate_mfa: bool,
    delete_user: bool,
}

#[derive(Template)]
#[template(path = "admin_user.html")]
struct UserPage {
    layout: Layout,
    notices: Vec<Notice>,
    name: String,
    base: String,
    arn: String,
    id: String,
    path: String,
    created: String,
    tags: Vec<(String, String)>,
    boundary: Option<String>,
    can: Can,
    /// `None`: may not be read; `Some(None)`: no console password.
    profile: Option<Option<ProfileView>>,
    rules: Option<Vec<Rule>>,
    rules_id: &'static str,
    groups: Option<Vec<GroupRow>>,
    addable_groups: Vec<String>,
    attached: Option<Vec<AttachedRow>>,
    policy_names: Vec<String>,
    inline: Option<Vec<InlineRow>>,
    keys: Option<Vec<KeyRow>>,
    can_ssh: crate::ssh_keys::CanSsh,
    ssh_keys: Option<Vec<crate::ssh_keys::SshRow>>,
    mfa: Option<Vec<MfaRow>>,
    /// Failed passwords and MFA codes counted against the user (shown to whoever may reset
    /// the user's password, who may also lift a lock).
    lockouts: Vec<LockRow>,
}

/// One count of failures against the user, as the user's page shows it.
struct LockRow {
    factor: &'static str,
    failures: u32,
    last_failure: String,
    locked_until: Option<String>,
}

/// A JSON document re-indented for reading, keeping its members' order (a policy's
/// statements read as their author wrote them). Text that is not JSON is returned as it is.
pub fn indent_json(text: &str) -> String {
    if serde_json::from_str::<serde_json::Value>(text).is_err() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = text.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (c, escaped) {
                (_, true) => escaped = false,
                ('\\', false) => escaped = true,
                ('"', false) => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                if matches!(chars.peek(), Some('}' | ']')) {
                    if let Some(close) = chars.next() {
                        out.push(close);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

/// GET /console/users/{name}
pub async fn page<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
) -> Response {
    let iam = &console.iam;
    let c = &who.caller;
    let account = iam.account_id().to_string();
    let user: User = match iam.get_user(c, Some(&name)).await {
        Ok(u) => u,
        Err(e) => {
            let arn = user_arn(&console, &name);
            return refused_page(
                &console,
                &who,
                &format!("User {name}"),
                &format!("User {name} cannot be shown"),
                "GetUser",
                &arn,
                &e,
            )
            .await;
        }
    };
    let arn = user.arn(&account);
    let n = Some(name.as_str());
    let can = Can {
        create_profile: allowed(&console, &who, "CreateLoginProfile", &arn).await,
        update_profile: allowed(&console, &who, "UpdateLoginProfile", &arn).await,
        delete_profile: allowed(&console, &who, "DeleteLoginProfile", &arn).await,
        attach: allowed(&console, &who, "AttachUserPolicy", &arn).await,
        detach: allowed(&console, &who, "DetachUserPolicy", &arn).await,
        put_inline: allowed(&console, &who, "PutUserPolicy", &arn).await,
        delete_inline: allowed(&console, &who, "DeleteUserPolicy", &arn).await,
        update_key: allowed(&console, &who, "UpdateAccessKey", &arn).await,
        delete_key: allowed(&console, &who, "DeleteAccessKey", &arn).await,
        deactivate_mfa: allowed(&console, &who, "DeactivateMFADevice", &arn).await,
        delete_user: allowed(&console, &who, "DeleteUser", &arn).await,
    };
    let profile = match iam.get_login_profile(c, n).await {
        Ok(p) => Some(Some(ProfileView {
            created: view::when(p.create_date),
            reset_required: p.password_reset_required,
        })),
        Err(CoreError::NoSuchEntity(_)) => Some(None),
        Err(_) => None,
    };
    let rules = if can.create_profile || can.update_profile {
        readable_rules(&console, c).await
    } else {
        None
    };
    let groups_of_user = iam.list_groups_for_user(c, &name, None, Some(1000)).await;
    let member_of: Vec<String> = groups_of_user
        .as_ref()
        .map(|p| p.items.iter().map(|g| g.name.clone()).collect())
        .unwrap_or_default();
    let groups = match groups_of_user {
        Ok(p) => {
            let mut rows = Vec::new();
            for g in p.items {
                let garn = g.arn(&account);
                rows.push(GroupRow {
                    can_remove: allowed(&console, &who, "RemoveUserFromGroup", &garn).await,
                    name: g.name,
                });
            }
            Some(rows)
        }
        Err(_) => None,
    };
    let mut addable_groups = Vec::new();
    if let Ok(all) = iam.list_groups(c, None, None, Some(1000)).await {
        for g in all.items {
            if !member_of.contains(&g.name)
                && allowed(&console, &who, "AddUserToGroup", &g.arn(&account)).await
            {
                addable_groups.push(g.name);
            }
        }
    }
    let attached = iam
        .list_attached_policies(c, OwnerKind::User, &name, None, None, Some(1000))
        .await
        .ok()
        .map(|p| {
            p.items
                .into_iter()
                .map(|(name, arn)| AttachedRow { name, arn })
                .collect::<Vec<_>>()
        });
    let policy_names = if can.attach {
        iam.list_policies(c, None, false, None, None, None, Some(1000))
            .await
            .map(|p| p.items.into_iter().map(|v| v.arn).collect())
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let inline = inline_rows(&console, &who, &name).await;
    let lockouts = if can.update_profile {
        lock_rows(&console, &name).await
    } else {
        Vec::new()
    };
    let keys = key_rows(&console, &who, n).await;
    let (can_ssh, ssh_keys) = crate::ssh_keys::section(&console, &who, n, &arn).await;
    let mfa = iam
        .list_mfa_devices(c, n, None, Some(100))
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
    view::render(
        StatusCode::OK,
        &UserPage {
            layout: who.layout(&format!("User {name}"), &account),
            notices: page::flash_notices(&console, &who),
            base: user_page(&name),
            arn,
            id: user.id,
            path: user.path,
            created: view::when(user.create_date),
            tags: user.tags.into_iter().map(|t| (t.key, t.value)).collect(),
            boundary: user.permissions_boundary,
            can,
            profile,
            rules,
            rules_id: "rules",
            groups,
            addable_groups,
            attached,
            policy_names,
            inline,
            keys,
            can_ssh,
            ssh_keys,
            mfa,
            lockouts,
            name,
        },
    )
}

/// The user's failure counts, for principals allowed to reset the user's password.
async fn lock_rows<S: Store>(console: &Console<S>, name: &str) -> Vec<LockRow> {
    let subject = Subject::user(Some(name));
    let Ok(all) = console.iam.lockouts().await else {
        return Vec::new();
    };
    all.into_iter()
        .filter(|l| l.count.subject == subject)
        .map(|l| LockRow {
            factor: match l.count.factor {
                Factor::Password => "passwords",
                Factor::Mfa => "MFA codes",
            },
            failures: l.count.failures,
            last_failure: view::when(l.count.last_failure),
            locked_until: l.locked_until.map(view::when),
        })
        .collect()
}

/// The user's inline policies with their documents, when the caller may list them.
async fn inline_rows<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    name: &str,
) -> Option<Vec<InlineRow>> {
    let iam = &console.iam;
    let c = &who.caller;
    match iam
        .list_inline_policies(c, OwnerKind::User, name, None, Some(1000))
        .await
    {
        Ok(p) => {
            let mut rows = Vec::new();
            for policy in p.items {
                let document = iam
                    .get_inline_policy(c, OwnerKind::User, name, &policy)
                    .await
                    .ok()
                    .map(|d| indent_json(&d.document));
                rows.push(InlineRow {
                    name: policy,
                    document,
                });
            }
            Some(rows)
        }
        Err(_) => None,
    }
}

/// The user's access keys with their last use, when the caller may list them.
async fn key_rows<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    n: Option<&str>,
) -> Option<Vec<KeyRow>> {
    let iam = &console.iam;
    let c = &who.caller;
    let now = iam.now();
    match iam.list_access_keys(c, n, None, Some(100)).await {
        Ok(p) => {
            let mut rows = Vec::new();
            for k in p.items {
                let (last_used, service, region) =
                    match iam.get_access_key_last_used(c, &k.id).await {
                        Ok(u) => match u.last_used {
                            Some(t) => (view::when(t), u.service, u.region),
                            None => ("Never".into(), "—".into(), "—".into()),
                        },
                        Err(_) => ("—".into(), "—".into(), "—".into()),
                    };
                let active = k.status == KeyStatus::Active;
                rows.push(KeyRow {
                    status: k.status.as_str().to_string(),
                    created: view::when(k.create_date),
                    age: view::age(now, k.create_date),
                    id: k.id,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_indented_in_its_own_order() {
        let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ChangePassword"],"Resource":"*","Condition":{}}],"Note":"a, b: {c}"}"#;
        let out = indent_json(doc);
        assert_eq!(
            out,
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\n        \"iam:ChangePassword\"\n      ],\n      \"Resource\": \"*\",\n      \"Condition\": {}\n    }\n  ],\n  \"Note\": \"a, b: {c}\"\n}"
        );
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&out).unwrap(),
            serde_json::from_str::<serde_json::Value>(doc).unwrap()
        );
        assert_eq!(indent_json("not json {"), "not json {");
    }
}
