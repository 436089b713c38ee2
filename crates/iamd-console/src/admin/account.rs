//! Account settings: the password policy (Get/Update/DeleteAccountPasswordPolicy) with AWS's
//! ranges checked per field before anything is sent, and the account alias
//! (List/Create/DeleteAccountAlias).

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use iamd_core::CoreError;
use iamd_core::entities::PasswordPolicy;
use iamd_core::ops::passwords::PasswordPolicyInput;
use iamd_core::store::Store;

use crate::page;
use crate::page::{Action, allowed, finish, refused_page};
use crate::session::SignedIn;
use crate::view::{self, Layout, Notice, Rule};
use crate::web::{Console, Form};

const PAGE: &str = "/console/account";

/// The password policy form's values, as typed.
#[derive(Debug, Clone, Default)]
pub struct PolicyForm {
    pub minimum_password_length: String,
    pub require_uppercase: bool,
    pub require_lowercase: bool,
    pub require_numbers: bool,
    pub require_symbols: bool,
    pub allow_users_to_change_password: bool,
    /// Days; empty: passwords never expire.
    pub max_password_age: String,
    /// Passwords remembered; empty: no reuse prevention.
    pub password_reuse_prevention: String,
    pub hard_expiry: bool,
}

/// A message next to each field that is out of range.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors {
    pub minimum_password_length: Option<String>,
    pub max_password_age: Option<String>,
    pub password_reuse_prevention: Option<String>,
}

impl FieldErrors {
    fn any(&self) -> bool {
        self.minimum_password_length.is_some()
            || self.max_password_age.is_some()
            || self.password_reuse_prevention.is_some()
    }

    fn lines(&self) -> Vec<String> {
        [
            ("Minimum password length", &self.minimum_password_length),
            ("Password expiration", &self.max_password_age),
            ("Prevent password reuse", &self.password_reuse_prevention),
        ]
        .into_iter()
        .filter_map(|(field, e)| e.as_ref().map(|e| format!("{field}: {e}")))
        .collect()
    }
}

impl PolicyForm {
    /// The form showing `policy` (AWS's UpdateAccountPasswordPolicy defaults when none).
    pub fn of(policy: Option<&PasswordPolicy>) -> PolicyForm {
        match policy {
            Some(p) => PolicyForm {
                minimum_password_length: p.minimum_password_length.to_string(),
                require_uppercase: p.require_uppercase_characters,
                require_lowercase: p.require_lowercase_characters,
                require_numbers: p.require_numbers,
                require_symbols: p.require_symbols,
                allow_users_to_change_password: p.allow_users_to_change_password,
                max_password_age: p
                    .max_password_age
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                password_reuse_prevention: p
                    .password_reuse_prevention
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                hard_expiry: p.hard_expiry.unwrap_or(false),
            },
            None => PolicyForm {
                minimum_password_length: "8".into(),
                ..PolicyForm::default()
            },
        }
    }

    /// The submitted form.
    pub fn from_form(form: &Form) -> PolicyForm {
        let on = |name: &str| !form.get(name).is_empty();
        PolicyForm {
            minimum_password_length: form.get("minimum_password_length").trim().to_string(),
            require_uppercase: on("require_uppercase"),
            require_lowercase: on("require_lowercase"),
            require_numbers: on("require_numbers"),
            require_symbols: on("require_symbols"),
            allow_users_to_change_password: on("allow_users_to_change_password"),
            max_password_age: form.get("max_password_age").trim().to_string(),
            password_reuse_prevention: form.get("password_reuse_prevention").trim().to_string(),
            hard_expiry: on("hard_expiry"),
        }
    }

    /// UpdateAccountPasswordPolicy's parameters, or a message for each field out of AWS's
    /// ranges (MinimumPasswordLength 6–128, MaxPasswordAge 1–1095, PasswordReusePrevention
    /// 1–24; the last two may be left empty to turn them off).
    pub fn input(&self) -> Result<PasswordPolicyInput, FieldErrors> {
        fn ranged(
            text: &str,
            min: i32,
            max: i32,
            optional: bool,
            unit: &str,
        ) -> Result<Option<i32>, String> {
            if text.is_empty() {
                return if optional {
                    Ok(None)
                } else {
                    Err(format!("Enter a whole number from {min} to {max}."))
                };
            }
            match text.parse::<i64>() {
                Ok(v) if (i64::from(min)..=i64::from(max)).contains(&v) => {
                    Ok(i32::try_from(v).ok())
                }
                Ok(v) => Err(format!(
                    "Must be from {min} to {max} {unit}; {v} is out of range."
                )),
                Err(_) => Err(format!(
                    "Enter a whole number from {min} to {max}, not \"{text}\"."
                )),
            }
        }
        let min = ranged(&self.minimum_password_length, 6, 128, false, "characters");
        let age = ranged(&self.max_password_age, 1, 1095, true, "days");
        let reuse = ranged(
            &self.password_reuse_prevention,
            1,
            24,
            true,
            "remembered passwords",
        );
        let errors = FieldErrors {
            minimum_password_length: min.as_ref().err().cloned(),
            max_password_age: age.as_ref().err().cloned(),
            password_reuse_prevention: reuse.as_ref().err().cloned(),
        };
        if errors.any() {
            return Err(errors);
        }
        Ok(PasswordPolicyInput {
            minimum_password_length: min.ok().flatten(),
            require_symbols: Some(self.require_symbols),
            require_numbers: Some(self.require_numbers),
            require_uppercase_characters: Some(self.require_uppercase),
            require_lowercase_characters: Some(self.require_lowercase),
            allow_users_to_change_password: Some(self.allow_users_to_change_password),
            max_password_age: age.ok().flatten(),
            password_reuse_prevention: reuse.ok().flatten(),
            hard_expiry: Some(self.hard_expiry),
        })
    }
}

#[derive(Template)]
#[template(path = "admin_account.html")]
struct AccountPage {
    layout: Layout,
    notices: Vec<Notice>,
    account: String,
    /// `None`: the session may not read the password policy.
    policy_read: Option<bool>,
    rules: Vec<Rule>,
    form: PolicyForm,
    errors: FieldErrors,
    can_update: bool,
    can_delete: bool,
    aliases: Option<Vec<String>>,
    can_create_alias: bool,
    can_delete_alias: bool,
}

async fn account_page<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    status: StatusCode,
    typed: Option<(PolicyForm, FieldErrors)>,
    mut notices: Vec<Notice>,
) -> Response {
    let iam = &console.iam;
    let account = iam.account_id().to_string();
    let can_update = allowed(console, who, "UpdateAccountPasswordPolicy", "*").await;
    let can_delete = allowed(console, who, "DeleteAccountPasswordPolicy", "*").await;
    let can_create_alias = allowed(console, who, "CreateAccountAlias", "*").await;
    let can_delete_alias = allowed(console, who, "DeleteAccountAlias", "*").await;
    let (policy, policy_err) = match iam.get_account_password_policy(&who.caller).await {
        Ok(p) => (Some(Some(p)), None),
        Err(CoreError::NoSuchEntity(_)) => (Some(None), None),
        Err(e) => (None, Some(e)),
    };
    let aliases = iam
        .list_account_aliases(&who.caller, None, Some(100))
        .await
        .ok()
        .map(|p| p.items);
    let nothing_to_do = policy.is_none() && aliases.is_none() && !can_update && !can_create_alias;
    if nothing_to_do && let Some(e) = policy_err {
        return refused_page(
            console,
            who,
            "Account settings",
            "The account settings cannot be shown",
            "GetAccountPasswordPolicy",
            "*",
            &e,
        )
        .await;
    }
    if !can_update && !can_delete && !can_create_alias && !can_delete_alias {
        notices.push(Notice::info(
            "You may only look at these settings",
            vec!["Changing them needs iam:UpdateAccountPasswordPolicy, iam:DeleteAccountPasswordPolicy, iam:CreateAccountAlias or iam:DeleteAccountAlias, which no policy that applies to you allows.".into()],
        ));
    }
    let current = policy.as_ref().and_then(|p| p.as_ref());
    let (form, errors) = typed.unwrap_or_else(|| (PolicyForm::of(current), FieldErrors::default()));
    view::render(
        status,
        &AccountPage {
            layout: who.layout("Account settings", &account),
            notices,
            account,
            policy_read: policy.as_ref().map(|p| p.is_some()),
            rules: {
                let mut rules = view::password_rules(current);
                if console
                    .iam
                    .refuses_common_passwords()
                    .await
                    .unwrap_or(false)
                {
                    rules.push(view::common_password_rule());
                }
                rules
            },
            form,
            errors,
            can_update,
            can_delete,
            aliases,
            can_create_alias,
            can_delete_alias,
        },
    )
}

/// GET /console/account
pub async fn page<S: Store>(State(console): State<Arc<Console<S>>>, who: SignedIn) -> Response {
    let notices = page::flash_notices(&console, &who);
    account_page(&console, &who, StatusCode::OK, None, notices).await
}

/// POST /console/account/password-policy: UpdateAccountPasswordPolicy. Out-of-range values
/// are shown next to their fields and nothing is changed.
pub async fn update_policy<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let typed = PolicyForm::from_form(&form);
    let input = match typed.input() {
        Ok(i) => i,
        Err(errors) => {
            let n = Notice::error("The password policy was not changed", errors.lines());
            return account_page(
                &console,
                &who,
                StatusCode::BAD_REQUEST,
                Some((typed, errors)),
                vec![n],
            )
            .await;
        }
    };
    let result = console
        .iam
        .update_account_password_policy(&who.caller, input);
    let params = serde_json::json!({
        "minimumPasswordLength": input.minimum_password_length,
        "requireSymbols": input.require_symbols,
        "requireNumbers": input.require_numbers,
        "requireUppercaseCharacters": input.require_uppercase_characters,
        "requireLowercaseCharacters": input.require_lowercase_characters,
        "allowUsersToChangePassword": input.allow_users_to_change_password,
        "maxPasswordAge": input.max_password_age,
        "passwordReusePrevention": input.password_reuse_prevention,
        "hardExpiry": input.hard_expiry,
    });
    finish(
        &console,
        &who,
        &format!("{PAGE}#password-policy"),
        Action {
            operation: "UpdateAccountPasswordPolicy",
            resource: "*",
            parameters: params,
            done: "Password policy saved. Length and character rules apply to the next password each user sets; expiry applies at once.".into(),
            what: "The password policy was not changed",
        },
        result,
    )
    .await
}

/// POST /console/account/password-policy/delete: DeleteAccountPasswordPolicy (back to AWS's
/// default rules).
pub async fn delete_policy<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let result = console.iam.delete_account_password_policy(&who.caller);
    finish(
        &console,
        &who,
        &format!("{PAGE}#password-policy"),
        Action {
            operation: "DeleteAccountPasswordPolicy",
            resource: "*",
            parameters: serde_json::Value::Null,
            done: "Password policy deleted: the default rules apply.".into(),
            what: "The password policy was not deleted",
        },
        result,
    )
    .await
}

/// POST /console/account/alias: CreateAccountAlias.
pub async fn create_alias<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let alias = form.get("alias").trim().to_string();
    let result = console.iam.create_account_alias(&who.caller, &alias);
    finish(
        &console,
        &who,
        &format!("{PAGE}#alias"),
        Action {
            operation: "CreateAccountAlias",
            resource: "*",
            parameters: serde_json::json!({ "accountAlias": alias }),
            done: format!(
                "Account alias {alias} set: users can sign in with it instead of the account id."
            ),
            what: "The account alias was not set",
        },
        result,
    )
    .await
}

/// POST /console/account/alias/delete: DeleteAccountAlias.
pub async fn delete_alias<S: Store>(
    State(console): State<Arc<Console<S>>>,
    who: SignedIn,
    form: Form,
) -> Response {
    if let Err(r) = form.check_csrf(who.token.as_str()) {
        return r;
    }
    let alias = form.get("alias").to_string();
    let result = console.iam.delete_account_alias(&who.caller, &alias);
    finish(
        &console,
        &who,
        &format!("{PAGE}#alias"),
        Action {
            operation: "DeleteAccountAlias",
            resource: "*",
            parameters: serde_json::json!({ "accountAlias": alias }),
            done: format!("Account alias {alias} deleted."),
            what: "The account alias was not deleted",
        },
        result,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(min: &str, age: &str, reuse: &str) -> PolicyForm {
        PolicyForm {
            minimum_password_length: min.into(),
            max_password_age: age.into(),
            password_reuse_prevention: reuse.into(),
            ..PolicyForm::default()
        }
    }

    #[test]
    fn ranges_are_awss_and_each_field_says_what_is_wrong() {
        let e = form("5", "1096", "0").input().unwrap_err();
        assert!(e.minimum_password_length.unwrap().contains("from 6 to 128"));
        assert!(e.max_password_age.unwrap().contains("from 1 to 1095"));
        assert!(
            e.password_reuse_prevention
                .unwrap()
                .contains("from 1 to 24")
        );
        let e = form("", "x", "").input().unwrap_err();
        assert!(e.minimum_password_length.is_some() && e.max_password_age.is_some());
        assert!(e.password_reuse_prevention.is_none());
        let ok = form("128", "1095", "24").input().unwrap();
        assert_eq!(ok.minimum_password_length, Some(128));
        assert_eq!(ok.max_password_age, Some(1095));
        assert_eq!(ok.password_reuse_prevention, Some(24));
        let off = form("6", "", "").input().unwrap();
        assert_eq!(
            (off.max_password_age, off.password_reuse_prevention),
            (None, None)
        );
    }

    #[test]
    fn the_form_shows_the_policy_it_would_set() {
        let p = form("12", "90", "5")
            .input()
            .unwrap()
            .into_policy()
            .unwrap();
        let back = PolicyForm::of(Some(&p));
        assert_eq!(back.minimum_password_length, "12");
        assert_eq!(back.max_password_age, "90");
        assert_eq!(back.password_reuse_prevention, "5");
        assert_eq!(PolicyForm::of(None).max_password_age, "");
    }
}
