//! The opt-in account setting that refuses common and breached passwords (beyond AWS: off by
//! default, so the password policy stays AWS's unless an administrator asks for more).
//!
//! The lists and the estimate are zxcvbn's (Dropbox's estimator: frequency lists of leaked
//! passwords, English words, names, and patterns such as keyboard walks, dates and l33t
//! spellings). A password is refused when it *is* one of the listed passwords (any case, l33t or
//! reversed), or when zxcvbn estimates it falls within a million guesses (score 0 or 1), which
//! catches a listed password with a digit or a symbol added.

use serde::Serialize;
use zxcvbn::Score;
use zxcvbn::matching::patterns::MatchPattern;

use crate::error::CoreError;
use crate::service::{Iam, record};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

/// The rule as PasswordPolicyViolation names it.
pub const COMMON_PASSWORD_RULE: &str = "Password should not be a common password: it is, or is close to, one in a list of common and breached passwords that attackers try first";

/// Characters zxcvbn looks at: its cost grows fast with length, and nothing longer is common.
const ESTIMATE_CHARS: usize = 64;

/// zxcvbn's estimate of a password, as the console shows it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Strength {
    /// 0 (within 10^3 guesses) to 4 (beyond 10^10).
    pub score: u8,
    /// The order of magnitude of the guesses needed.
    pub guesses_log10: f64,
    /// Whether the setting would refuse it.
    pub common: bool,
}

/// Estimate `password`; `user_inputs` (user name, account id and alias) count as common words.
pub fn estimate(password: &str, user_inputs: &[&str]) -> Strength {
    let head: String = password.chars().take(ESTIMATE_CHARS).collect();
    if head.is_empty() {
        return Strength {
            score: 0,
            guesses_log10: 0.0,
            common: true,
        };
    }
    let entropy = zxcvbn::zxcvbn(&head, user_inputs);
    let length = head.chars().count();
    let listed = entropy.sequence().iter().any(|m| {
        m.i == 0
            && m.j + 1 == length
            && matches!(&m.pattern, MatchPattern::Dictionary(d)
                // The password list is zxcvbn's default dictionary (its type is not exported).
                if d.dictionary_name == Default::default())
    });
    Strength {
        score: u8::from(entropy.score()),
        guesses_log10: entropy.guesses_log10(),
        common: listed || entropy.score() <= Score::One,
    }
}

impl<S: Store> Iam<S> {
    /// Whether the account refuses common passwords.
    pub async fn refuses_common_passwords(&self) -> Result<bool, CoreError> {
        Ok(self.account_record().await?.0.refuse_common_passwords)
    }

    /// Turn the setting on or off (`iamd admin common-passwords`); returns its previous value.
    pub async fn set_refuse_common_passwords(&self, on: bool) -> Result<bool, CoreError> {
        let (mut account, version) = self.account_record().await?;
        let was = account.refuse_common_passwords;
        account.refuse_common_passwords = on;
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::Account,
                    key: String::new(),
                    version,
                })
                .put(record(Kind::Account, "", None, None, &account)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::ConcurrentModification(
                "The account was changed by another request at the same time; retry.".into(),
            ),
            other => other.into(),
        })?;
        Ok(was)
    }
}

/// [`estimate`], off the async runtime (zxcvbn takes milliseconds).
pub async fn estimate_off_runtime(
    password: &str,
    user_inputs: Vec<String>,
) -> Result<Strength, CoreError> {
    let password = zeroize::Zeroizing::new(password.to_string());
    tokio::task::spawn_blocking(move || {
        let inputs: Vec<&str> = user_inputs.iter().map(String::as_str).collect();
        estimate(&password, &inputs)
    })
    .await
    .map_err(|e| CoreError::ServiceFailure(format!("the password estimate failed: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_and_nearly_listed_passwords_are_common() {
        for pw in [
            "password",
            "P@ssw0rd",
            "drowssap",
            "qwerty123",
            "Password1!",
            "iloveyou",
        ] {
            assert!(estimate(pw, &[]).common, "{pw}");
        }
        assert!(estimate("alice2024", &["alice"]).common);
    }

    #[test]
    fn unusual_passwords_are_not() {
        for pw in [
            "Str0ng!Passw0rd-2024",
            "correct-horse-battery-staple-9",
            "vT7#qL2!xR9@",
        ] {
            let s = estimate(pw, &[]);
            assert!(!s.common, "{pw}: {s:?}");
            assert!(s.score >= 2, "{pw}: {s:?}");
        }
    }
}
