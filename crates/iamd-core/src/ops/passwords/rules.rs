//! The password rules: UpdateAccountPasswordPolicy's parameters, the rules a new password
//! must meet (the account's policy or AWS's default rules) and their messages.

use crate::entities::PasswordPolicy;
use crate::error::CoreError;

/// The characters that count as symbols (IAM User Guide, "Setting an account password policy
/// for IAM users"; IAM API Reference, UpdateAccountPasswordPolicy).
pub const SYMBOLS: &str = "!@#$%^&*()_+-=[]{}|'";

/// Earlier passwords remembered per user: the largest `PasswordReusePrevention` (24).
pub(super) const HISTORY: usize = 24;

/// UpdateAccountPasswordPolicy's parameters; omitted ones take AWS's defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PasswordPolicyInput {
    pub minimum_password_length: Option<i32>,
    pub require_symbols: Option<bool>,
    pub require_numbers: Option<bool>,
    pub require_uppercase_characters: Option<bool>,
    pub require_lowercase_characters: Option<bool>,
    pub allow_users_to_change_password: Option<bool>,
    pub max_password_age: Option<i32>,
    pub password_reuse_prevention: Option<i32>,
    pub hard_expiry: Option<bool>,
}

impl PasswordPolicyInput {
    /// The policy these parameters set, or every range they break (the wire layer checks the
    /// same ranges; this is for callers that do not come through it).
    pub fn into_policy(self) -> Result<PasswordPolicy, CoreError> {
        let mut errors = Vec::new();
        let mut ranged = |name: &str, value: Option<i32>, min: i32, max: i32| match value {
            Some(v) if v < min || v > max => {
                errors.push(format!("{name} must be between {min} and {max}, not {v}"));
                None
            }
            Some(v) => u32::try_from(v).ok(),
            None => None,
        };
        let minimum = ranged(
            "MinimumPasswordLength",
            self.minimum_password_length,
            6,
            128,
        );
        let max_age = ranged("MaxPasswordAge", self.max_password_age, 1, 1095);
        let reuse = ranged(
            "PasswordReusePrevention",
            self.password_reuse_prevention,
            1,
            24,
        );
        if !errors.is_empty() {
            return Err(CoreError::InvalidInput(errors.join("; ")));
        }
        Ok(PasswordPolicy {
            minimum_password_length: minimum.unwrap_or(6),
            require_symbols: self.require_symbols.unwrap_or(false),
            require_numbers: self.require_numbers.unwrap_or(false),
            require_uppercase_characters: self.require_uppercase_characters.unwrap_or(false),
            require_lowercase_characters: self.require_lowercase_characters.unwrap_or(false),
            allow_users_to_change_password: self.allow_users_to_change_password.unwrap_or(false),
            max_password_age: max_age,
            password_reuse_prevention: reuse,
            hard_expiry: self.hard_expiry,
        })
    }
}

/// Every rule of `policy` (or of AWS's default rules when there is none) that `password`
/// breaks, in words. `account_names` are the account id and aliases, which the default rules
/// forbid as passwords. Reuse is checked separately (it needs the password history).
pub fn policy_violations(
    password: &str,
    policy: Option<&PasswordPolicy>,
    account_names: &[&str],
) -> Vec<String> {
    let mut broken = Vec::new();
    let length = password.chars().count();
    if length > 128 {
        broken.push("Password should have at most 128 characters".to_string());
    }
    if password
        .chars()
        .any(|c| !matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{ff}'))
    {
        broken.push(
            "Password should contain only tab, line feed, carriage return and characters from U+0020 to U+00FF"
                .to_string(),
        );
    }
    let upper = password.chars().any(|c| c.is_ascii_uppercase());
    let lower = password.chars().any(|c| c.is_ascii_lowercase());
    let number = password.chars().any(|c| c.is_ascii_digit());
    let symbol = password.chars().any(|c| SYMBOLS.contains(c));
    match policy {
        Some(p) => {
            let min = usize::try_from(p.minimum_password_length).unwrap_or(usize::MAX);
            if length < min {
                broken.push(format!(
                    "Password should have at least {} characters",
                    p.minimum_password_length
                ));
            }
            if p.require_uppercase_characters && !upper {
                broken.push(RULE_UPPER.to_string());
            }
            if p.require_lowercase_characters && !lower {
                broken.push(RULE_LOWER.to_string());
            }
            if p.require_numbers && !number {
                broken.push(RULE_NUMBER.to_string());
            }
            if p.require_symbols && !symbol {
                broken.push(rule_symbol());
            }
        }
        None => {
            // AWS's default: 8 to 128 characters, three of the four character types, and not
            // the account's name (IAM User Guide, "Setting an account password policy").
            if length < 8 {
                broken.push("Password should have at least 8 characters".to_string());
            }
            let mut missing = Vec::new();
            if !upper {
                missing.push(RULE_UPPER.to_string());
            }
            if !lower {
                missing.push(RULE_LOWER.to_string());
            }
            if !number {
                missing.push(RULE_NUMBER.to_string());
            }
            if !symbol {
                missing.push(rule_symbol());
            }
            if missing.len() > 1 {
                broken.push(format!(
                    "Password should meet {} more of the following requirements: {}",
                    missing.len() - 1,
                    missing.join(", ")
                ));
            }
            if account_names
                .iter()
                .any(|n| !n.is_empty() && n.eq_ignore_ascii_case(password))
            {
                broken.push("Password should not be the account's ID or alias".to_string());
            }
        }
    }
    broken
}

pub(super) const RULE_UPPER: &str = "Password should have at least one uppercase letter (A-Z)";
pub(super) const RULE_LOWER: &str = "Password should have at least one lowercase letter (a-z)";
pub(super) const RULE_NUMBER: &str = "Password should have at least one number (0-9)";

pub(super) fn rule_symbol() -> String {
    let listed: Vec<String> = SYMBOLS.chars().map(String::from).collect();
    format!(
        "Password should have at least one of the following symbols: {}",
        listed.join(" ")
    )
}

pub(super) fn reuse_rule(n: u32) -> String {
    if n == 1 {
        "Password should not be the same as the current password".to_string()
    } else {
        format!("Password should not be one of the last {n} passwords of this user")
    }
}
