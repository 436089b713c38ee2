//! iamd's own checks on `aws:MultiFactorAuthPresent`, which no other validator makes.
//!
//! The key exists only in requests made with temporary credentials (role sessions, console
//! sign-ins, GetSessionToken); calls signed with a user's long-term access keys do not carry
//! it. So `Bool` and `BoolIfExists` differ exactly on those calls, and a Deny that demands MFA
//! also stops a user without MFA from setting the password IAM asks for at first sign-in.
//! Source: IAM User Guide, "AWS global condition context keys", aws:MultiFactorAuthPresent, and
//! the example policy "Allows MFA-authenticated IAM users to manage their own credentials".

use iamd_policy::BaseOperator;

use super::actions::ActionSet;
use super::conditions::KeyUse;
use super::run::{Entry, Located, Run};
use crate::finding;

const MFA_KEY: &str = "aws:MultiFactorAuthPresent";
/// What a user must be able to do, without MFA, to pass a forced password change.
const PASSWORD_ACTIONS: [(&str, &str, &str); 2] = [
    ("iam", "changepassword", "iam:ChangePassword"),
    (
        "iam",
        "getaccountpasswordpolicy",
        "iam:GetAccountPasswordPolicy",
    ),
];

pub(super) fn check_mfa(
    run: &mut Run,
    effect: Option<&str>,
    keys: &[KeyUse<'_>],
    actions: &[(Entry<'_>, ActionSet)],
    action_element: Option<&Located<'_>>,
    not_action: bool,
) {
    let mut enforces_mfa = false;
    for k in keys.iter().filter(|k| k.key.eq_ignore_ascii_case(MFA_KEY)) {
        let says = |v: &str| k.values.iter().any(|x| x.eq_ignore_ascii_case(v));
        match (effect, k.operator.base, k.operator.if_exists) {
            (Some("Deny"), BaseOperator::Bool, false) if says("false") => {
                enforces_mfa = true;
                run.report(
                    &finding::MFA_BOOL_IGNORES_ACCESS_KEYS,
                    "Calls signed with long-term access keys carry no aws:MultiFactorAuthPresent, \
                     and Bool is false for an absent key, so this Deny never applies to them: \
                     access keys go through without MFA. Use BoolIfExists to deny them too."
                        .into(),
                    vec![k.at.clone()],
                );
            }
            (Some("Deny"), BaseOperator::Bool, true) if says("false") => enforces_mfa = true,
            (Some("Deny"), BaseOperator::Null, _) if says("true") => enforces_mfa = true,
            (Some("Allow"), BaseOperator::Bool, true) if says("true") => run.report(
                &finding::MFA_IF_EXISTS_ALLOWS_ACCESS_KEYS,
                "BoolIfExists is true when the key is absent, and calls signed with long-term \
                 access keys never carry aws:MultiFactorAuthPresent: this Allow grants them \
                 without MFA. Use Bool to grant MFA-authenticated sessions only."
                    .into(),
                vec![k.at.clone()],
            ),
            _ => {}
        }
    }
    if !enforces_mfa {
        return;
    }
    let Some(element) = action_element else {
        return;
    };
    let denied: Vec<&str> = PASSWORD_ACTIONS
        .iter()
        .filter(|(service, action, _)| {
            let listed = actions.iter().any(|(_, set)| set.contains(service, action));
            listed != not_action
        })
        .map(|(_, _, name)| *name)
        .collect();
    if denied.is_empty() {
        return;
    }
    let fix = if not_action {
        format!("add {} to this statement's NotAction", denied.join(" and "))
    } else {
        format!(
            "exempt {} (write the statement with NotAction and list them)",
            denied.join(" and ")
        )
    };
    run.report_at(
        &finding::MFA_DENY_BLOCKS_PASSWORD_CHANGE,
        format!(
            "This Deny applies until the user signs in with MFA, and it also denies {}. A user \
             without MFA whom IAM asks to set a new password at sign-in (a new user, or after a \
             reset) cannot do it, and so can never reach the MFA set-up either. Fix: {fix}.",
            denied.join(" and ")
        ),
        element,
    );
}
