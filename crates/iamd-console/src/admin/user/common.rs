//! What the actions of a user's page share: the user's ARN as the caller may know it, and a
//! policy ARN from what the form gave.

use iamd_core::store::Store;

use crate::page::user_arn;
use crate::session::SignedIn;
use crate::web::Console;

/// The user's ARN as IAM authorizes operations on it (its real path when it can be read).
pub(crate) async fn target_arn<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    name: &str,
) -> String {
    match console.iam.get_user(&who.caller, Some(name)).await {
        Ok(u) => u.arn(console.iam.account_id()),
        Err(_) => user_arn(console, name),
    }
}

/// The ARN a policy given by name or ARN stands for: an ARN as it is; a name, the account's
/// own policy of that name when there is one, else the AWS managed policy.
pub(crate) async fn policy_arn<S: Store>(
    console: &Console<S>,
    who: &SignedIn,
    given: &str,
) -> String {
    if given.starts_with("arn:") {
        return given.to_string();
    }
    let local = format!("arn:aws:iam::{}:policy/{given}", console.iam.account_id());
    if console.iam.get_policy(&who.caller, &local).await.is_ok() {
        local
    } else {
        format!("arn:aws:iam::aws:policy/{given}")
    }
}
