//! What pages are made of: the layout every page extends (`templates/base.html`), notices,
//! the message page, time formatting, password rules in words, and how a refused core
//! operation becomes a notice that says why.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use iamd_core::entities::PasswordPolicy;
use iamd_core::ops::console::{ConsoleSession, DenyingStatement, Verdict};
use iamd_core::ops::passwords::SYMBOLS;
use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam};
use time::OffsetDateTime;

use crate::respond;

/// The frame of every page: title, who is signed in, the sign-out form, the expiry banner.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub title: String,
    /// The signed-in principal as the header shows it (`alice @ 123456789012`).
    pub who: Option<String>,
    pub account: String,
    /// The CSRF token for the sign-out form (and any form of the page).
    pub csrf: String,
    /// A banner: the password expires within this many days.
    pub expiry_warning_days: Option<i64>,
    /// Whether the navigation is shown (signed-in pages).
    pub nav: bool,
    /// The administration pages this session may use, as (link, label).
    pub admin_nav: Vec<(&'static str, &'static str)>,
}

impl Layout {
    /// A page outside any session (sign-in, errors).
    pub fn anonymous(title: &str) -> Layout {
        Layout {
            title: title.to_string(),
            ..Layout::default()
        }
    }

    /// A page of a signed-in session.
    pub fn signed_in(
        title: &str,
        account: &str,
        caller: &Caller,
        session: &ConsoleSession,
        csrf: &str,
    ) -> Layout {
        let name = caller.user.as_ref().map_or("root", |u| u.name.as_str());
        Layout {
            title: title.to_string(),
            who: Some(format!("{name} @ {account}")),
            account: account.to_string(),
            csrf: csrf.to_string(),
            expiry_warning_days: session.expiry_warning_days,
            nav: true,
            admin_nav: Vec::new(),
        }
    }
}

/// A message box: an error, a success or information, with optional detail lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// `error`, `success` or `info` (the CSS class).
    pub kind: &'static str,
    pub title: String,
    pub lines: Vec<String>,
}

impl Notice {
    pub fn error(title: &str, lines: Vec<String>) -> Notice {
        Notice {
            kind: "error",
            title: title.to_string(),
            lines,
        }
    }

    pub fn success(title: &str) -> Notice {
        Notice {
            kind: "success",
            title: title.to_string(),
            lines: Vec::new(),
        }
    }

    pub fn info(title: &str, lines: Vec<String>) -> Notice {
        Notice {
            kind: "info",
            title: title.to_string(),
            lines,
        }
    }
}

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    layout: &'a Layout,
    notice: Notice,
}

/// A page that only says something.
pub fn message_page(status: StatusCode, layout: &Layout, notice: Notice) -> Response {
    render(status, &MessagePage { layout, notice })
}

/// Render a template into a response (a rendering failure is an internal error).
pub fn render<T: Template>(status: StatusCode, page: &T) -> Response {
    match page.render() {
        Ok(body) => respond::html(status, body),
        Err(e) => {
            tracing::error!(error = %e, "a console template failed to render");
            respond::html(
                StatusCode::INTERNAL_SERVER_ERROR,
                "<!doctype html><title>Error</title><p>The page could not be shown.</p>".into(),
            )
        }
    }
}

/// A time as pages show it: `2026-11-22 18:13 UTC`.
pub fn when(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}

/// How long ago `t` was, in the largest whole unit: `today`, `1 day`, `12 days`.
pub fn age(now: OffsetDateTime, t: OffsetDateTime) -> String {
    let days = (now - t).whole_days();
    match days {
        i64::MIN..=0 => "today".into(),
        1 => "1 day".into(),
        n => format!("{n} days"),
    }
}

/// One password rule in words, with a code the page's script checks as the user types
/// (`min:N`, `upper`, `lower`, `number`, `symbol`, `three-of-four`, `max:128`; empty when
/// only the server can check it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub text: String,
    pub check: String,
}

fn rule(text: impl Into<String>, check: impl Into<String>) -> Rule {
    Rule {
        text: text.into(),
        check: check.into(),
    }
}

/// The account's password rules as plain sentences (AWS's default rules when the account has
/// no password policy).
pub fn password_rules(policy: Option<&PasswordPolicy>) -> Vec<Rule> {
    let symbols = SYMBOLS
        .chars()
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ");
    let mut rules = Vec::new();
    match policy {
        Some(p) => {
            rules.push(rule(
                format!(
                    "At least {} characters (and at most 128).",
                    p.minimum_password_length
                ),
                format!("min:{}", p.minimum_password_length),
            ));
            if p.require_uppercase_characters {
                rules.push(rule("At least one uppercase letter (A–Z).", "upper"));
            }
            if p.require_lowercase_characters {
                rules.push(rule("At least one lowercase letter (a–z).", "lower"));
            }
            if p.require_numbers {
                rules.push(rule("At least one number (0–9).", "number"));
            }
            if p.require_symbols {
                rules.push(rule(
                    format!("At least one of these symbols: {symbols}"),
                    "symbol",
                ));
            }
            if let Some(n) = p.password_reuse_prevention {
                rules.push(rule(
                    if n == 1 {
                        "Not the same as your current password.".to_string()
                    } else {
                        format!("Not one of your last {n} passwords.")
                    },
                    "",
                ));
            }
            if let Some(days) = p.max_password_age {
                rules.push(rule(format!("Passwords expire after {days} days."), ""));
            }
        }
        None => {
            rules.push(rule("At least 8 characters (and at most 128).", "min:8"));
            rules.push(rule(
                format!(
                    "At least three of: an uppercase letter, a lowercase letter, a number, one of the symbols {symbols}"
                ),
                "three-of-four",
            ));
            rules.push(rule("Not the account's id or alias.", ""));
        }
    }
    rules
}

/// The account setting that refuses common and breached passwords, as a rule (its live check
/// asks the server for zxcvbn's estimate).
pub fn common_password_rule() -> Rule {
    rule(
        "Not a common or breached password (one in a list of passwords that attackers try first, or close to one).",
        "common",
    )
}

/// How a policy source id reads in a sentence.
pub fn describe_policy(id: &str) -> String {
    if id == iamd_core::ops::passwords::ALLOW_USERS_TO_CHANGE_PASSWORD {
        return "the account setting \"Allow users to change their own password\"".into();
    }
    if id.starts_with("arn:") {
        let name = id.rsplit('/').next().unwrap_or(id);
        return format!("managed policy \"{name}\" ({id})");
    }
    let mut parts = id.splitn(3, '/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(kind), Some(owner), Some(policy)) => {
            format!("inline policy \"{policy}\" of {kind} \"{owner}\"")
        }
        _ => format!("policy \"{id}\""),
    }
}

fn describe_statement(s: &DenyingStatement) -> String {
    match &s.sid {
        Some(sid) => format!(
            "Statement \"{sid}\" (statement {}) of {} denies it.",
            s.statement,
            describe_policy(&s.policy)
        ),
        None => format!(
            "Statement {} (it has no Sid) of {} denies it.",
            s.statement,
            describe_policy(&s.policy)
        ),
    }
}

/// A failed core operation as a notice that says why, in words. For AccessDenied the engine
/// is asked which statement decided: an explicit Deny is named by its Sid and policy (the
/// statement applies to the signed-in user, who is shown its label and where it lives, not
/// its content); otherwise the notice says no policy allows the action. A password policy
/// violation lists each broken rule.
pub async fn refusal<S: Store>(
    iam: &Iam<S>,
    caller: &Caller,
    what: &str,
    operation: &str,
    resource: &str,
    e: &CoreError,
) -> Notice {
    match e {
        CoreError::AccessDenied(_) => {
            let action = format!("iam:{operation}");
            let mut lines = Vec::new();
            let title = match iam.explain(caller, operation, resource).await {
                Ok(Verdict::ExplicitDeny(statements)) => {
                    lines.extend(statements.iter().map(describe_statement));
                    format!("{what}: a policy refused it (an explicit Deny of {action})")
                }
                Ok(Verdict::ImplicitDeny) | Ok(Verdict::Allowed) | Err(_) => {
                    lines.push(format!(
                        "No policy that applies to you allows {action} on {resource}."
                    ));
                    format!("{what}: you are not allowed to ({action})")
                }
            };
            if caller.session.as_ref().is_some_and(|s| s.mfa_at.is_none()) {
                lines.push(
                    "You signed in without MFA: policies that require MFA treat this session as unauthenticated by MFA.".into(),
                );
            }
            lines.push("An administrator can change the policy; the console cannot.".into());
            Notice::error(&title, lines)
        }
        CoreError::PasswordPolicyViolation(rules) => Notice::error(
            &format!("{what}: the password does not meet the account's password policy"),
            rules.split("; ").map(str::to_string).collect(),
        ),
        CoreError::InvalidAuthenticationCode(_) => Notice::error(
            &format!("{what}: the codes were not accepted"),
            vec!["Enter two consecutive codes from the authenticator app: the one shown now, then the next one after it changes.".into()],
        ),
        CoreError::ServiceFailure(_) => {
            tracing::error!(error = %e, operation, "console operation failed");
            Notice::error(
                &format!("{what}: something went wrong"),
                vec!["Try again; the details are in the server's log.".into()],
            )
        }
        other => Notice::error(&format!("{what}: refused"), vec![other.to_string()]),
    }
}

/// A page for an internal failure (details go to the operator's log, not the browser).
pub fn internal_error(e: &iamd_core::CoreError) -> Response {
    tracing::error!(error = %e, "console request failed");
    message_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        &Layout::anonymous("Something went wrong"),
        Notice::error(
            "Something went wrong",
            vec!["The console could not complete the request. Try again; if it keeps failing, an administrator will find the details in the server's log.".into()],
        ),
    )
}

/// The page for a form whose CSRF token is missing or wrong.
pub fn csrf_refused() -> Response {
    message_page(
        StatusCode::FORBIDDEN,
        &Layout::anonymous("Form refused"),
        Notice::error(
            "This form was refused",
            vec!["It did not carry this session's security token: it may have come from another site, or the page was too old. Go back, reload the page and try again.".into()],
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_sentences_with_checks() {
        let p = PasswordPolicy {
            minimum_password_length: 12,
            require_symbols: true,
            require_numbers: true,
            require_uppercase_characters: false,
            require_lowercase_characters: false,
            allow_users_to_change_password: true,
            max_password_age: Some(90),
            password_reuse_prevention: Some(3),
            hard_expiry: None,
        };
        let rules = password_rules(Some(&p));
        let checks: Vec<&str> = rules.iter().map(|r| r.check.as_str()).collect();
        assert_eq!(checks, ["min:12", "number", "symbol", "", ""]);
        assert!(rules[0].text.starts_with("At least 12 characters"));
        assert_eq!(password_rules(None)[1].check, "three-of-four");
    }

    #[test]
    fn policies_are_described_by_where_they_live() {
        assert_eq!(
            describe_policy("group/Staff/ForceMFA"),
            "inline policy \"ForceMFA\" of group \"Staff\""
        );
        assert!(describe_policy("arn:aws:iam::123456789012:policy/x/Mine").contains("\"Mine\""));
    }

    #[test]
    fn times_and_ages_read_plainly() {
        let t = OffsetDateTime::UNIX_EPOCH;
        assert_eq!(when(t), "1970-01-01 00:00 UTC");
        assert_eq!(age(t + time::Duration::days(3), t), "3 days");
        assert_eq!(age(t, t), "today");
    }
}
