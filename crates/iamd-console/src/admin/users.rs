//! Users: the list (ListUsers, with each user's console access, MFA, password age and access
//! key count), creating a user (CreateUser, optionally with a console password), the page that
//! shows a generated password once, and deleting a user (DeleteUser, or everything the user
//! has first, in the order IAM requires).

use std::collections::HashMap;
use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use iamd_check::PasswordLastChanged;
use iamd_core::CoreError;
use iamd_core::entities::OwnerKind;
use iamd_core::store::Store;

use super::password;
use crate::page;
use crate::page::readable_rules;
use crate::page::{Action, allowed, notify, record, refused_page, user_arn, user_page};
use crate::respond;
use crate::session::SignedIn;
use crate::view::{self, Layout, Notice, Rule};
use crate::web::{self, Console, Flash, Form};

/// The AWS managed policy the console attaches when a new password is required and users
/// may not change their own (IAM User Guide, "Creating an IAM user in your AWS account").
pub const CHANGE_PASSWORD_POLICY: &str = "arn:aws:iam::aws:policy/IAMUserChangePassword";
/// Users per page of the list.
const PAGE_SIZE: i32 = 100;

struct UserRow {
    name: String,
    href: String,
    path: String,
    created: String,
    console: String,
    mfa: String,
    password_age: String,
    keys: String,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage {
    layout: Layout,
    notices: Vec<Notice>,
    users: Vec<UserRow>,
    next: Option<String>,
    can_create: bool,
    lockouts: usize,
    can_checks: bool,
}

/// "yes"/"no", or "—" when the session may not read it.
fn yes_no<T>(r: Result<T, CoreError>, yes: impl FnOnce(T) -> bool) -> String {
    match r.map(yes) {
        Ok(true) => "Yes".into(),
        Ok(false) | Err(CoreError::NoSuchEntity(_)) => "No".into(),
        Err(_) => "—".into(),
    }
}

/// When each user's password was last changed, from the credential report's columns — read
/// only when the session may read the credential report (`iam:GetCredentialReport`), since
/// that is where IAM discloses it.
async fn password_changes<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
) -> Option<HashMap<String, time::OffsetDateTime>> {
    if !allowed(console, who, "GetCredentialReport", "*").await {
        return None;
    }
    console.iam.password_last_changed().await.ok()
}

/// GET /console/users
pub async fn list<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    uri: Uri,
) -> Response {
    let iam = &console.iam;
    let account = iam.account_id().to_string();
    let marker = web::query_param(&uri, "after");
    let listed = format!("arn:aws:iam::{account}:user/");
    let page = match iam
        .list_users(&who.caller, None, marker.as_deref(), Some(PAGE_SIZE))
        .await
    {
        Ok(p) => p,
        Err(e) => {
            return refused_page(
                &console,
                &who,
                "Users",
                "The users cannot be listed",
                "ListUsers",
                &listed,
                &e,
            )
            .await;
        }
    };
    let changes = password_changes(&console, &who).await;
    let now = iam.now();
    let mut users = Vec::new();
    for u in page.items {
        let name = Some(u.name.as_str());
        let profile = iam.get_login_profile(&who.caller, name).await;
        let has_profile = profile.is_ok();
        let console_access = yes_no(profile, |_| true);
        let mfa = yes_no(
            iam.list_mfa_devices(&who.caller, name, None, Some(10))
                .await,
            |p| !p.items.is_empty(),
        );
        let keys = match iam
            .list_access_keys(&who.caller, name, None, Some(10))
            .await
        {
            Ok(p) => p.items.len().to_string(),
            Err(_) => "—".into(),
        };
        let password_age = match (&changes, has_profile) {
            (Some(c), true) => c
                .get(&u.name)
                .map_or_else(|| "—".into(), |t| view::age(now, *t)),
            (Some(_), false) => "None".into(),
            (None, _) => "—".into(),
        };
        users.push(UserRow {
            href: user_page(&u.name),
            path: u.path.clone(),
            created: view::when(u.create_date),
            console: console_access,
            mfa,
            password_age,
            keys,
            name: u.name,
        });
    }
    let can_checks = allowed(&console, &who, "GetAccountAuthorizationDetails", "*").await;
    let lockouts = if can_checks {
        super::checks::lockout_count(&console).await
    } else {
        0
    };
    let next = if page.is_truncated {
        page.marker.map(|m| {
            let q: String = form_urlencoded::Serializer::new(String::new())
                .append_pair("after", &m)
                .finish();
            format!("/console/users?{q}")
        })
    } else {
        None
    };
    view::render(
        StatusCode::OK,
        &UsersPage {
            layout: who.layout("Users", &account),
            notices: page::flash_notices(&console, &who),
            users,
            next,
            can_create: allowed(&console, &who, "CreateUser", &listed).await,
            lockouts,
            can_checks,
        },
    )
}

#[derive(Template)]
#[template(path = "admin_user_new.html")]
struct NewUserPage {
    layout: Layout,
    notices: Vec<Notice>,
    name: String,
    path: String,
    console_access: bool,
    rules: Option<Vec<Rule>>,
    rules_id: &'static str,
    allow_users_to_change: Option<bool>,
}

/// Whether the account lets users change their own password, when the session may read it.
async fn users_may_change<S: Store>(console: &Console<S>, who: &SignedIn) -> Option<bool> {
    match console.iam.get_account_password_policy(&who.caller).await {
        Ok(p) => Some(p.allow_users_to_change_password),
        Err(CoreError::NoSuchEntity(_)) => Some(false),
        Err(_) => None,
    }
}

async fn new_user_page<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    status: StatusCode,
    form: Option<&Form>,
    notices: Vec<Notice>,
) -> Response {
    let account = console.iam.account_id().to_string();
    view::render(
        status,
        &NewUserPage {
            layout: who.layout("Create user", &account),
            notices,
            name: form.map(|f| f.get("name").to_string()).unwrap_or_default(),
            path: form.map(|f| f.get("path").to_string()).unwrap_or_default(),
            console_access: form.is_some_and(|f| !f.get("console_access").is_empty()),
            rules: readable_rules(console, &who.caller).await,
            rules_id: "rules",
            allow_users_to_change: users_may_change(console, who).await,
        },
    )
}

/// GET /console/users/new
pub async fn new_form<S: Store>(State(console): State<Arc<Console<S>>>, who: SignedIn) -> Response {
    let notices = page::flash_notices(&console, &who);
    new_user_page(&console, &who, StatusCode::OK, None, notices).await
}

/// POST /console/users/new: CreateUser; with console access, CreateLoginProfile (and, when a
/// new password is required at next sign-in and users may not change their own password,
/// AttachUserPolicy of IAMUserChangePassword, as AWS's console does).
pub async fn create<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let iam = &console.iam;
    let name = form.get("name").trim().to_string();
    let path = Some(form.get("path").trim()).filter(|p| !p.is_empty());
    let with_console = !form.get("console_access").is_empty();
    if let Err(message) = crate::page::check_name("user name", &name, 64)
        .and_then(|()| path.map_or(Ok(()), crate::page::check_path))
    {
        let n = Notice::error("The user was not created", vec![message]);
        return new_user_page(
            &console,
            &who,
            StatusCode::BAD_REQUEST,
            Some(&form),
            vec![n],
        )
        .await;
    }
    let policy = iam.get_account_password_policy(&who.caller).await.ok();
    let choice = if with_console {
        match password::choice(&form, policy.as_ref()) {
            Ok(c) => Some(c),
            Err(message) => {
                let n = Notice::error("The user was not created", vec![message]);
                return new_user_page(
                    &console,
                    &who,
                    StatusCode::BAD_REQUEST,
                    Some(&form),
                    vec![n],
                )
                .await;
            }
        }
    } else {
        None
    };
    let result = record(
        &console,
        &who,
        "CreateUser",
        serde_json::json!({ "userName": name, "path": path }),
        iam.create_user(&who.caller, &name, path, None, Vec::new()),
    )
    .await;
    let user = match result {
        Ok(u) => u,
        Err(e) => {
            let resource = format!(
                "arn:aws:iam::{}:user{}{name}",
                iam.account_id(),
                path.unwrap_or("/")
            );
            let n = view::refusal(
                iam,
                &who.caller,
                "The user was not created",
                "CreateUser",
                &resource,
                &e,
            )
            .await;
            return new_user_page(
                &console,
                &who,
                StatusCode::BAD_REQUEST,
                Some(&form),
                vec![n],
            )
            .await;
        }
    };
    let page = user_page(&user.name);
    let arn = user.arn(iam.account_id());
    let Some(choice) = choice else {
        console.push_flash(
            &who.csrf,
            Flash::Notice(Notice::success(&format!("User {} created.", user.name))),
        );
        return respond::redirect(&page);
    };
    let profile = record(
        &console,
        &who,
        "CreateLoginProfile",
        serde_json::json!({ "userName": user.name, "passwordResetRequired": choice.reset_required }),
        iam.create_login_profile(
            &who.caller,
            Some(&user.name),
            Some(choice.password.clone()),
            choice.reset_required,
        ),
    )
    .await;
    if let Err(e) = profile {
        let mut n = view::refusal(
            iam,
            &who.caller,
            &format!("User {} was created, but without console access", user.name),
            "CreateLoginProfile",
            &arn,
            &e,
        )
        .await;
        n.lines
            .push("Set a console password below, under \"Console access\".".into());
        console.push_flash(&who.csrf, Flash::Notice(n));
        return respond::redirect(&page);
    }
    let mut done = vec![format!("User {} created with console access.", user.name)];
    let users_may_change = policy.is_some_and(|p| p.allow_users_to_change_password);
    if choice.reset_required && !users_may_change {
        grant_change_password(&console, &who, &user.name, &arn, &mut done).await;
    }
    let mut notice = Notice::success(&done.remove(0));
    notice.lines = done;
    console.push_flash(&who.csrf, Flash::Notice(notice));
    if choice.generated {
        console.push_flash(
            &who.csrf,
            Flash::ConsolePassword {
                user_name: user.name.clone(),
                password: choice.password.as_str().to_string(),
            },
        );
        return respond::redirect("/console/users/created");
    }
    respond::redirect(&page)
}

/// Attach IAMUserChangePassword to a new user who must set a new password at sign-in while
/// the account does not let users change their own (what the AWS console does too); the
/// outcome joins the notice's lines, or its refusal becomes a notice of its own.
async fn grant_change_password<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    user_name: &str,
    arn: &str,
    done: &mut Vec<String>,
) {
    let iam = &console.iam;
    let attached = record(
        console,
        who,
        "AttachUserPolicy",
        serde_json::json!({ "userName": user_name, "policyArn": CHANGE_PASSWORD_POLICY }),
        iam.attach_policy(
            &who.caller,
            OwnerKind::User,
            user_name,
            CHANGE_PASSWORD_POLICY,
        ),
    )
    .await;
    match attached {
        Ok(()) => done.push(
            "The AWS managed policy IAMUserChangePassword was attached, so the user can set the new password (the account does not let users change their own).".into(),
        ),
        Err(e) => {
            let n = view::refusal(
                iam,
                &who.caller,
                "IAMUserChangePassword was not attached: the user may be unable to set the new password at sign-in",
                "AttachUserPolicy",
                arn,
                &e,
            )
            .await;
            console.push_flash(&who.csrf, Flash::Notice(n));
        }
    }
}

#[derive(Template)]
#[template(path = "admin_password_once.html")]
struct PasswordOncePage {
    layout: Layout,
    notices: Vec<Notice>,
    shown: Option<(String, String, String)>,
    sign_in: String,
}

/// GET /console/users/created: a generated password, once. A reload finds nothing.
pub async fn created<S: Store>(State(console): State<Arc<Console<S>>>, who: SignedIn) -> Response {
    let account = console.iam.account_id().to_string();
    let mut notices = Vec::new();
    let mut shown = None;
    for f in console.take_flash(&who.csrf) {
        match f {
            Flash::Notice(n) => notices.push(n),
            Flash::ConsolePassword {
                user_name,
                password,
            } => shown = Some((user_page(&user_name), user_name, password)),
            Flash::AccessKey { .. } | Flash::GitCredential { .. } => {}
        }
    }
    view::render(
        StatusCode::OK,
        &PasswordOncePage {
            layout: who.layout("Console password", &account),
            notices,
            shown,
            sign_in: format!("/console/signin?account={account}"),
        },
    )
}

/// What a user still has that DeleteUser refuses to delete it with (IAM API Reference,
/// DeleteUser), in the order they must go.
#[derive(Debug, Default)]
pub(crate) struct Belongings {
    pub login_profile: bool,
    pub access_keys: Vec<String>,
    pub mfa_devices: Vec<String>,
    pub git_credentials: Vec<String>,
    pub inline_policies: Vec<String>,
    pub attached_policies: Vec<String>,
    pub groups: Vec<String>,
    /// Lists the session could not read.
    pub unreadable: Vec<&'static str>,
}

impl Belongings {
    fn is_empty(&self) -> bool {
        !self.login_profile
            && self.access_keys.is_empty()
            && self.mfa_devices.is_empty()
            && self.git_credentials.is_empty()
            && self.inline_policies.is_empty()
            && self.attached_policies.is_empty()
            && self.groups.is_empty()
    }

    /// Each thing as a sentence.
    fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.login_profile {
            out.push("a console password (login profile)".to_string());
        }
        let mut list = |what: &str, items: &[String]| {
            if !items.is_empty() {
                out.push(format!("{what}: {}", items.join(", ")));
            }
        };
        list("access keys", &self.access_keys);
        list("MFA devices", &self.mfa_devices);
        list("Git credentials", &self.git_credentials);
        list("inline policies", &self.inline_policies);
        list("attached managed policies", &self.attached_policies);
        list("groups", &self.groups);
        for what in &self.unreadable {
            out.push(format!("{what}: you may not list them"));
        }
        out
    }
}

fn readable<T>(
    r: Result<T, CoreError>,
    what: &'static str,
    unreadable: &mut Vec<&'static str>,
) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(CoreError::NoSuchEntity(_)) => None,
        Err(_) => {
            unreadable.push(what);
            None
        }
    }
}

/// Everything `name` has that blocks DeleteUser, as far as the session may read it.
pub(crate) async fn belongings<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    name: &str,
) -> Belongings {
    let iam = &console.iam;
    let c = &who.caller;
    let n = Some(name);
    let mut b = Belongings::default();
    let mut un = Vec::new();
    b.login_profile = readable(
        iam.get_login_profile(c, n).await,
        "console password",
        &mut un,
    )
    .is_some();
    if let Some(p) = readable(
        iam.list_access_keys(c, n, None, Some(1000)).await,
        "access keys",
        &mut un,
    ) {
        b.access_keys = p.items.into_iter().map(|k| k.id).collect();
    }
    if let Some(p) = readable(
        iam.list_mfa_devices(c, n, None, Some(1000)).await,
        "MFA devices",
        &mut un,
    ) {
        b.mfa_devices = p.items.into_iter().map(|d| d.serial_number).collect();
    }
    if let Some(p) = readable(
        iam.list_service_specific_credentials(c, n, None, false, None, Some(1000))
            .await,
        "service-specific credentials",
        &mut un,
    ) {
        b.git_credentials = p.items.into_iter().map(|s| s.id).collect();
    }
    if let Some(p) = readable(
        iam.list_inline_policies(c, OwnerKind::User, name, None, Some(1000))
            .await,
        "inline policies",
        &mut un,
    ) {
        b.inline_policies = p.items;
    }
    if let Some(p) = readable(
        iam.list_attached_policies(c, OwnerKind::User, name, None, None, Some(1000))
            .await,
        "attached policies",
        &mut un,
    ) {
        b.attached_policies = p.items.into_iter().map(|(_, arn)| arn).collect();
    }
    if let Some(p) = readable(
        iam.list_groups_for_user(c, name, None, Some(1000)).await,
        "groups",
        &mut un,
    ) {
        b.groups = p.items.into_iter().map(|g| g.name).collect();
    }
    b.unreadable = un;
    b
}

#[derive(Template)]
#[template(path = "admin_user_delete.html")]
struct DeletePage {
    layout: Layout,
    notices: Vec<Notice>,
    name: String,
    action: String,
    back: String,
    belongings: Vec<String>,
    blocked: bool,
    /// The signed-in user is the one to delete.
    is_self: bool,
}

/// GET /console/users/{name}/delete: what the user has, and the two ways to delete it.
pub async fn delete_page<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
) -> Response {
    let account = console.iam.account_id().to_string();
    if let Err(e) = console.iam.get_user(&who.caller, Some(&name)).await {
        let arn = user_arn(&console, &name);
        return refused_page(
            &console,
            &who,
            "Delete user",
            &format!("User {name} cannot be shown"),
            "GetUser",
            &arn,
            &e,
        )
        .await;
    }
    let b = belongings(&console, &who, &name).await;
    view::render(
        StatusCode::OK,
        &DeletePage {
            layout: who.layout(&format!("Delete user {name}"), &account),
            notices: page::flash_notices(&console, &who),
            action: format!("{}/delete", user_page(&name)),
            back: user_page(&name),
            blocked: !b.is_empty(),
            belongings: b.lines(),
            is_self: who.caller.user.as_ref().is_some_and(|u| u.name == name),
            name,
        },
    )
}

/// POST /console/users/{name}/delete: DeleteUser; with `everything`, first remove what the
/// user has, in IAM's order, stopping at the first refusal.
pub async fn delete<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    Path(name): Path<String>,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let back = format!("{}/delete", user_page(&name));
    if !form.get("everything").is_empty()
        && let Err(r) = delete_belongings(&console, &who, &name, &back).await
    {
        return r;
    }
    let arn = user_arn(&console, &name);
    let result = record(
        &console,
        &who,
        "DeleteUser",
        serde_json::json!({ "userName": name }),
        console.iam.delete_user(&who.caller, &name),
    )
    .await;
    if let Err(CoreError::DeleteConflict(message)) = &result {
        let b = belongings(&console, &who, &name).await;
        let mut lines = vec![
            format!("IAM says: {message}"),
            "IAM deletes a user only once nothing belongs to it. Remove these first, or use \"Delete the user and everything it has\":".into(),
        ];
        lines.extend(b.lines());
        console.push_flash(
            &who.csrf,
            Flash::Notice(Notice::error(
                &format!(
                    "User {name} was not deleted: it still has credentials, policies or groups"
                ),
                lines,
            )),
        );
        return respond::redirect(&back);
    }
    let ok = result.is_ok();
    notify(
        &console,
        &who,
        if ok { "/console/users" } else { &back },
        Action {
            operation: "DeleteUser",
            resource: &arn,
            // Recorded above.
            parameters: serde_json::Value::Null,
            done: format!("User {name} deleted."),
            what: &format!("User {name} was not deleted"),
        },
        result,
    )
    .await
}

/// Remove everything `name` has, in the order DeleteUser checks it; on a refusal, the
/// response that says which step failed.
async fn delete_belongings<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    name: &str,
    back: &str,
) -> Result<(), Response> {
    let iam = &console.iam;
    let c = &who.caller;
    let n = Some(name);
    let arn = user_arn(console, name);
    let b = belongings(console, who, name).await;
    // How many steps succeeded; each is recorded as it is performed.
    let mut done = 0;
    macro_rules! step {
        ($op:expr, $params:expr, $call:expr) => {{
            match record(console, who, $op, $params, $call).await {
                Ok(_) => done += 1,
                Err(e) => return fail(console, who, name, &arn, back, $op, e, done).await,
            }
        }};
    }
    if b.login_profile {
        step!(
            "DeleteLoginProfile",
            serde_json::json!({ "userName": name }),
            iam.delete_login_profile(c, n)
        );
    }
    for id in &b.access_keys {
        step!(
            "DeleteAccessKey",
            serde_json::json!({ "userName": name, "accessKeyId": id }),
            iam.delete_access_key(c, n, id)
        );
    }
    for serial in &b.mfa_devices {
        step!(
            "DeactivateMFADevice",
            serde_json::json!({ "userName": name, "serialNumber": serial }),
            iam.deactivate_mfa_device(c, n, serial)
        );
        // A virtual device is deleted too, as AWS's console does; a refusal here does not
        // block deleting the user (the device is no longer assigned).
        let _ = record(
            console,
            who,
            "DeleteVirtualMFADevice",
            serde_json::json!({ "serialNumber": serial }),
            iam.delete_virtual_mfa_device(c, serial),
        )
        .await;
    }
    for id in &b.git_credentials {
        step!(
            "DeleteServiceSpecificCredential",
            serde_json::json!({ "userName": name, "serviceSpecificCredentialId": id }),
            iam.delete_service_specific_credential(c, n, id)
        );
    }
    for policy in &b.inline_policies {
        step!(
            "DeleteUserPolicy",
            serde_json::json!({ "userName": name, "policyName": policy }),
            iam.delete_inline_policy(c, OwnerKind::User, name, policy)
        );
    }
    for policy in &b.attached_policies {
        step!(
            "DetachUserPolicy",
            serde_json::json!({ "userName": name, "policyArn": policy }),
            iam.detach_policy(c, OwnerKind::User, name, policy)
        );
    }
    for group in &b.groups {
        step!(
            "RemoveUserFromGroup",
            serde_json::json!({ "userName": name, "groupName": group }),
            iam.remove_user_from_group(c, group, name)
        );
    }
    Ok(())
}

/// Say which step was refused and how many were taken before it.
#[expect(
    clippy::too_many_arguments,
    reason = "the refused step and what the notice says of it"
)]
async fn fail<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    name: &str,
    arn: &str,
    back: &str,
    op: &str,
    e: CoreError,
    done: usize,
) -> Result<(), Response> {
    let mut n = view::refusal(
        &console.iam,
        &who.caller,
        &format!("User {name} was not deleted: {op} was refused"),
        op,
        arn,
        &e,
    )
    .await;
    n.lines.push(format!(
        "{done} of the user's credentials, policies and groups were removed before that."
    ));
    console.push_flash(&who.csrf, Flash::Notice(n));
    Err(respond::redirect(back))
}
