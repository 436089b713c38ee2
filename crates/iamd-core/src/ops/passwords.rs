//! Console passwords: the account password policy (UpdateAccountPasswordPolicy,
//! GetAccountPasswordPolicy, DeleteAccountPasswordPolicy), login profiles (Create, Get, Update,
//! DeleteLoginProfile), ChangePassword, password expiry, and the account-level
//! `AllowUsersToChangePassword` grant the authorizer adds to IAM users' policy sets.
//!
//! Passwords are never stored or logged in clear: each is hashed with argon2id (OWASP
//! parameters: 19 MiB, 2 passes, 1 lane) into a PHC string, off the async runtime and at most
//! two at a time; earlier passwords are kept only as their PHC strings, for reuse prevention.
//!
//! A password's life, as the console sees it ([`PasswordState`], time from the injected clock):
//!
//! ```text
//!  NoPassword ──CreateLoginProfile──▶ Ok ──15 days left──▶ Warning ──MaxPasswordAge──▶ Expired
//!      ▲                              ▲                                                 │
//!      │ DeleteLoginProfile           │ a new password: ChangePassword, or              │
//!      │ (from any state)             │ UpdateLoginProfile with a Password              │
//!      │                              ├─────────────────────────────────────────────────┘
//!      │                              └── ResetRequired ◀── PasswordResetRequired=true
//!                                                           (Create/UpdateLoginProfile)
//! ```
//!
//! An expired password must be replaced before console access; with `HardExpiry` the user
//! cannot replace it at sign-in (an administrator resets it with UpdateLoginProfile), but
//! ChangePassword through the API, signed with the user's access keys, still works (IAM API
//! Reference, UpdateAccountPasswordPolicy, HardExpiry).

use crate::Operation;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use iamd_policy::{Policy, PolicyKind, PolicySource, SourceType, parse_policy};
use time::{Duration, OffsetDateTime};
use tokio::sync::Semaphore;
use zeroize::Zeroizing;

use crate::entities::{Account, LoginProfile, PasswordPolicy, User};
use crate::error::CoreError;
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

/// The characters that count as symbols (IAM User Guide, "Setting an account password policy
/// for IAM users"; IAM API Reference, UpdateAccountPasswordPolicy).
pub const SYMBOLS: &str = "!@#$%^&*()_+-=[]{}|'";

/// Earlier passwords remembered per user: the largest `PasswordReusePrevention` (24).
const HISTORY: usize = 24;

/// Days before expiry during which the console warns (IAM User Guide: with a 90-day policy,
/// "users with passwords 75-89 days old receive an AWS Management Console warning").
pub const WARNING_DAYS: i64 = 15;

/// The source id of the account-level grant in policy sets, decisions and logs.
pub const ALLOW_USERS_TO_CHANGE_PASSWORD: &str = "AllowUsersToChangePassword";

/// Password hashes computed at once; each takes 19 MiB and one core for tens of milliseconds.
static HASHING: Semaphore = Semaphore::const_new(2);

/// A password as received: wiped from memory when dropped, never shown by `Debug`.
#[derive(Clone)]
pub struct Password(Zeroizing<String>);

impl Password {
    pub fn new(password: String) -> Password {
        Password(Zeroizing::new(password))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for Password {
    fn from(password: String) -> Password {
        Password::new(password)
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

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

/// A login profile as the API shows it (never the password or its hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginProfileView {
    pub user_name: String,
    pub create_date: OffsetDateTime,
    pub password_reset_required: bool,
}

impl From<&LoginProfile> for LoginProfileView {
    fn from(p: &LoginProfile) -> LoginProfileView {
        LoginProfileView {
            user_name: p.user.clone(),
            create_date: p.create_date,
            password_reset_required: p.password_reset_required,
        }
    }
}

/// Where a user's console password stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordState {
    /// The user has no login profile: no console access.
    NoPassword,
    /// Valid; `expires_in_days` is `None` when passwords never expire.
    Ok { expires_in_days: Option<i64> },
    /// Valid, but expires within [`WARNING_DAYS`] days (rounded up).
    Warning { days: i64 },
    /// Older than `MaxPasswordAge`: a new one must be set before console access. With
    /// `hard_expiry` the user cannot set it at sign-in; an administrator must reset it.
    Expired { hard_expiry: bool },
    /// An administrator required a new password at next sign-in.
    ResetRequired,
}

impl PasswordState {
    /// The state of `profile` under `policy` at `now`. Expiry applies at once to existing
    /// passwords (IAM User Guide, "Setting an account password policy for IAM users").
    pub fn of(
        profile: Option<&LoginProfile>,
        policy: Option<&PasswordPolicy>,
        now: OffsetDateTime,
    ) -> PasswordState {
        let Some(profile) = profile else {
            return PasswordState::NoPassword;
        };
        let max_age = policy.and_then(|p| p.max_password_age);
        let remaining =
            max_age.map(|days| profile.password_changed + Duration::days(i64::from(days)) - now);
        if let Some(left) = remaining
            && left <= Duration::ZERO
        {
            return PasswordState::Expired {
                hard_expiry: policy.and_then(|p| p.hard_expiry).unwrap_or(false),
            };
        }
        if profile.password_reset_required {
            return PasswordState::ResetRequired;
        }
        match remaining {
            Some(left) => {
                let days = ceil_days(left);
                if left <= Duration::days(WARNING_DAYS) {
                    PasswordState::Warning { days }
                } else {
                    PasswordState::Ok {
                        expires_in_days: Some(days),
                    }
                }
            }
            None => PasswordState::Ok {
                expires_in_days: None,
            },
        }
    }

    /// Whether the user may choose a new password while signing in to the console (not after
    /// a hard expiry).
    pub fn may_set_password_at_sign_in(self) -> bool {
        !matches!(self, PasswordState::Expired { hard_expiry: true })
    }
}

fn ceil_days(d: Duration) -> i64 {
    let day = Duration::days(1).whole_seconds();
    let secs = d.whole_seconds() + i64::from(d.subsec_nanoseconds() > 0);
    (secs + day - 1).div_euclid(day)
}

/// When the current password of `profile` expires under `policy`, if it does.
pub fn expires_at(
    profile: &LoginProfile,
    policy: Option<&PasswordPolicy>,
) -> Option<OffsetDateTime> {
    policy
        .and_then(|p| p.max_password_age)
        .map(|days| profile.password_changed + Duration::days(i64::from(days)))
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

const RULE_UPPER: &str = "Password should have at least one uppercase letter (A-Z)";
const RULE_LOWER: &str = "Password should have at least one lowercase letter (a-z)";
const RULE_NUMBER: &str = "Password should have at least one number (0-9)";

fn rule_symbol() -> String {
    let listed: Vec<String> = SYMBOLS.chars().map(String::from).collect();
    format!(
        "Password should have at least one of the following symbols: {}",
        listed.join(" ")
    )
}

fn reuse_rule(n: u32) -> String {
    if n == 1 {
        "Password should not be the same as the current password".to_string()
    } else {
        format!("Password should not be one of the last {n} passwords of this user")
    }
}

// --- hashing ---------------------------------------------------------------------------------

fn hasher() -> Result<Argon2<'static>, CoreError> {
    let params = Params::new(
        Params::DEFAULT_M_COST,
        Params::DEFAULT_T_COST,
        Params::DEFAULT_P_COST,
        None,
    )
    .map_err(|e| CoreError::ServiceFailure(format!("argon2 parameters: {e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Password work waiting for a permit at most; beyond it a request is refused at once
/// (`Throttling`) instead of queueing behind a flood.
const MAX_WAITING: usize = 32;
static WAITING: AtomicUsize = AtomicUsize::new(0);

/// Counts one waiter for as long as it lives.
struct Waiting;

impl Waiting {
    fn enter() -> Option<Waiting> {
        let before = WAITING.fetch_add(1, Ordering::SeqCst);
        if before >= MAX_WAITING {
            WAITING.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(Waiting)
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        WAITING.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Run password work off the async runtime, at most two at a time, with a bounded queue.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, CoreError> + Send + 'static,
) -> Result<T, CoreError> {
    let permit = match HASHING.try_acquire() {
        Ok(p) => p,
        Err(_) => {
            let waiting = Waiting::enter().ok_or_else(|| {
                CoreError::Throttling(
                    "Rate exceeded: too many password checks are waiting; retry shortly.".into(),
                )
            })?;
            let permit = HASHING
                .acquire()
                .await
                .map_err(|_| CoreError::ServiceFailure("password hashing is unavailable".into()))?;
            drop(waiting);
            permit
        }
    };
    // The permit goes with the work, so a request given up half-way still holds it until the
    // hash is done.
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        work()
    })
    .await
    .map_err(|e| CoreError::ServiceFailure(format!("password hashing failed: {e}")))?
}

fn hash_now(password: &[u8]) -> Result<String, CoreError> {
    hasher()?
        .hash_password(password)
        .map(|h| h.to_string())
        .map_err(|e| CoreError::ServiceFailure(format!("password hashing failed: {e}")))
}

/// Password hashes checked by this process (for tests and operators: the work that requests
/// caused).
static HASH_CHECKS: AtomicU64 = AtomicU64::new(0);

/// How many password hashes this process has checked so far.
pub fn hash_checks_done() -> u64 {
    HASH_CHECKS.load(Ordering::Relaxed)
}

fn verify_now(password: &[u8], phc: &str) -> bool {
    HASH_CHECKS.fetch_add(1, Ordering::Relaxed);
    hasher().is_ok_and(|h| h.verify_password(password, phc).is_ok())
}

/// The argon2id PHC string of `password`.
pub async fn hash_password(password: &Password) -> Result<String, CoreError> {
    let password = password.clone();
    blocking(move || hash_now(password.as_str().as_bytes())).await
}

/// Whether `password` matches the PHC string `phc`.
pub async fn verify_password(password: &Password, phc: &str) -> Result<bool, CoreError> {
    let password = password.clone();
    let phc = phc.to_string();
    blocking(move || Ok(verify_now(password.as_str().as_bytes(), &phc))).await
}

/// As [`verify_password`]; without a hash, the same work against a dummy one, and `false`.
async fn verify_or_dummy(password: &Password, phc: Option<String>) -> Result<bool, CoreError> {
    let password = password.clone();
    blocking(move || {
        let bytes = password.as_str().as_bytes();
        Ok(match phc {
            Some(phc) => verify_now(bytes, &phc),
            None => {
                verify_now(bytes, dummy_hash());
                false
            }
        })
    })
    .await
}

/// A hash to verify against when there is no user, so that the answer takes as long either way.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY
        .get_or_init(|| hash_now(b"iamd: no such user, no such password").unwrap_or_default())
        .as_str()
}

/// What setting a new password needs to know: the hashes it must not match, and then its own.
struct NewPassword {
    hash: String,
    reused: bool,
}

/// Hash `password` and check it against `earlier` in one trip off the runtime.
async fn hash_new(password: &Password, earlier: Vec<String>) -> Result<NewPassword, CoreError> {
    let password = password.clone();
    blocking(move || {
        let bytes = password.as_str().as_bytes();
        let reused = earlier.iter().any(|phc| verify_now(bytes, phc));
        Ok(NewPassword {
            hash: hash_now(bytes)?,
            reused,
        })
    })
    .await
}

// --- the account-level grant -----------------------------------------------------------------

/// A policy resource matching exactly `arn`: the policy language's wildcard and variable
/// characters are escaped (`${*}`, `${?}`, `${$}`).
fn literal_resource(arn: &str) -> String {
    let mut out = String::with_capacity(arn.len());
    for c in arn.chars() {
        match c {
            '*' => out.push_str("${*}"),
            '?' => out.push_str("${?}"),
            '$' => out.push_str("${$}"),
            other => out.push(other),
        }
    }
    out
}

/// The policy `AllowUsersToChangePassword` amounts to for `user_arn`: iam:ChangePassword on the
/// user itself and iam:GetAccountPasswordPolicy (spec/policy-semantics.md §7).
pub fn change_password_grant_document(user_arn: &str) -> String {
    serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "ChangeOwnPassword",
                "Effect": "Allow",
                "Action": "iam:ChangePassword",
                "Resource": literal_resource(user_arn),
            },
            {
                "Sid": "ViewAccountPasswordRequirements",
                "Effect": "Allow",
                "Action": "iam:GetAccountPasswordPolicy",
                "Resource": "*",
            }
        ]
    })
    .to_string()
}

/// The synthetic identity policy `AllowUsersToChangePassword` grants the user `user_arn` under
/// the account password policy `policy`, when it turns it on.
pub fn change_password_grant_for(
    policy: Option<&PasswordPolicy>,
    user_arn: &str,
) -> Result<Option<(PolicySource, Arc<Policy>)>, CoreError> {
    if !policy.is_some_and(|p| p.allow_users_to_change_password) {
        return Ok(None);
    }
    let document = change_password_grant_document(user_arn);
    let policy = parse_policy(&document, PolicyKind::Identity).map_err(|e| {
        CoreError::ServiceFailure(format!("the AllowUsersToChangePassword grant: {e}"))
    })?;
    Ok(Some((
        PolicySource {
            id: ALLOW_USERS_TO_CHANGE_PASSWORD.to_string(),
            source_type: SourceType::None,
        },
        Arc::new(policy),
    )))
}

impl<S: Store> Iam<S> {
    /// The account record and its version.
    async fn account_and_version(&self) -> Result<(Account, i64), CoreError> {
        let r = self
            .store
            .get(&self.account, Kind::Account, "")
            .await?
            .ok_or_else(|| CoreError::ServiceFailure("the account record is missing".into()))?;
        Ok((decode(&r.data)?, r.version))
    }

    /// The account's custom password policy, `None` while AWS's default rules apply.
    pub async fn password_policy(&self) -> Result<Option<PasswordPolicy>, CoreError> {
        Ok(self.account_and_version().await?.0.password_policy)
    }

    /// For the authorizer: the synthetic identity policy `AllowUsersToChangePassword` grants
    /// `user`, when the account's password policy turns it on.
    pub(crate) async fn change_password_grant(
        &self,
        user: &User,
    ) -> Result<Option<(PolicySource, Arc<Policy>)>, CoreError> {
        change_password_grant_for(
            self.password_policy().await?.as_ref(),
            &user.arn(&self.account),
        )
    }

    async fn write_policy(&self, policy: Option<PasswordPolicy>) -> Result<bool, CoreError> {
        let (mut account, version) = self.account_and_version().await?;
        let had = account.password_policy.is_some();
        account.password_policy = policy;
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
        Ok(had)
    }

    /// UpdateAccountPasswordPolicy: replaces the whole policy; omitted parameters return to
    /// their defaults.
    pub async fn update_account_password_policy(
        &self,
        caller: &Caller,
        input: PasswordPolicyInput,
    ) -> Result<(), CoreError> {
        self.authorize(caller, Operation::UpdateAccountPasswordPolicy, "*")
            .await?;
        let policy = input.into_policy()?;
        self.write_policy(Some(policy)).await.map(|_| ())
    }

    /// GetAccountPasswordPolicy: NoSuchEntity while AWS's default rules apply.
    pub async fn get_account_password_policy(
        &self,
        caller: &Caller,
    ) -> Result<PasswordPolicy, CoreError> {
        self.authorize(caller, Operation::GetAccountPasswordPolicy, "*")
            .await?;
        self.password_policy().await?.ok_or_else(|| {
            CoreError::NoSuchEntity(format!(
                "The Password Policy with domain name {} cannot be found.",
                self.account
            ))
        })
    }

    pub async fn delete_account_password_policy(&self, caller: &Caller) -> Result<(), CoreError> {
        self.authorize(caller, Operation::DeleteAccountPasswordPolicy, "*")
            .await?;
        let missing = || {
            CoreError::NoSuchEntity(
                "The account policy with name PasswordPolicy cannot be found.".into(),
            )
        };
        if self.password_policy().await?.is_none() {
            return Err(missing());
        }
        if self.write_policy(None).await? {
            Ok(())
        } else {
            Err(missing())
        }
    }

    // --- login profiles ----------------------------------------------------------------------

    /// The login profile of `user` (stored under its id) and its version, showing its name now.
    async fn login_profile(&self, user: &User) -> Result<Option<(LoginProfile, i64)>, CoreError> {
        match self
            .store
            .get(&self.account, Kind::LoginProfile, &user.id)
            .await?
        {
            Some(r) => {
                let mut profile: LoginProfile = decode(&r.data)?;
                profile.user.clone_from(&user.name);
                Ok(Some((profile, r.version)))
            }
            None => Ok(None),
        }
    }

    /// The password rules a new password must meet, as a PasswordPolicyViolation naming every
    /// rule broken; reuse is checked (and named) only for a password that meets the others.
    async fn check_new_password(
        &self,
        password: &Password,
        current: Option<&LoginProfile>,
    ) -> Result<String, CoreError> {
        let (account, _) = self.account_and_version().await?;
        let policy = account.password_policy.as_ref();
        let mut names: Vec<&str> = account.aliases.iter().map(String::as_str).collect();
        names.push(&self.account);
        let mut broken = policy_violations(password.as_str(), policy, &names);
        if account.refuse_common_passwords {
            let mut inputs: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            if let Some(p) = current {
                inputs.push(p.user.clone());
            }
            if crate::ops::common_passwords::estimate_off_runtime(password.as_str(), inputs)
                .await?
                .common
            {
                broken.push(crate::ops::common_passwords::COMMON_PASSWORD_RULE.to_string());
            }
        }
        // A password that already breaks a rule is refused without the reuse check: up to 24
        // hash checks would buy nothing but work for whoever sends bad passwords.
        if !broken.is_empty() {
            return Err(CoreError::PasswordPolicyViolation(broken.join("; ")));
        }
        let reuse = policy
            .and_then(|p| p.password_reuse_prevention)
            .unwrap_or(0);
        let earlier: Vec<String> = match current {
            Some(p) if reuse > 0 => std::iter::once(p.hash.clone())
                .chain(p.history.iter().cloned())
                .take(usize::try_from(reuse).unwrap_or(HISTORY))
                .collect(),
            _ => Vec::new(),
        };
        let new = hash_new(password, earlier).await?;
        if new.reused {
            return Err(CoreError::PasswordPolicyViolation(reuse_rule(reuse)));
        }
        Ok(new.hash)
    }

    /// CreateLoginProfile: a console password for the user (one per user).
    pub async fn create_login_profile(
        &self,
        caller: &Caller,
        user: Option<&str>,
        password: Option<Password>,
        password_reset_required: bool,
    ) -> Result<LoginProfileView, CoreError> {
        let user = self
            .named_or_calling_user(caller, Operation::CreateLoginProfile, user)
            .await?;
        let exists = || {
            CoreError::EntityAlreadyExists(format!(
                "Login Profile for user {} already exists.",
                user.name
            ))
        };
        if self.login_profile(&user).await?.is_some() {
            return Err(exists());
        }
        let password = password.ok_or_else(|| {
            CoreError::ValidationError("A Password is required to create a login profile.".into())
        })?;
        let hash = self.check_new_password(&password, None).await?;
        let now = self.now();
        let profile = LoginProfile {
            user: user.name.clone(),
            create_date: now,
            password_reset_required,
            hash,
            password_changed: now,
            history: Vec::new(),
            password_last_used: None,
            reset_required_unknown: false,
        };
        let key = user.id.clone();
        self.write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::LoginProfile,
                    key: key.clone(),
                })
                // The user must still exist (under whatever name).
                .require(Condition::Referenced {
                    kind: Kind::User,
                    reference: user.id.clone(),
                })
                .put(record(
                    Kind::LoginProfile,
                    &key,
                    Some(&key),
                    None,
                    &profile,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => exists(),
            StoreError::ConditionFailed { .. } => crate::ops::users::no_such_user(&user.name),
            other => other.into(),
        })?;
        Ok(LoginProfileView::from(&profile))
    }

    pub async fn get_login_profile(
        &self,
        caller: &Caller,
        user: Option<&str>,
    ) -> Result<LoginProfileView, CoreError> {
        let user = self
            .named_or_calling_user(caller, Operation::GetLoginProfile, user)
            .await?;
        let (profile, _) = self
            .login_profile(&user)
            .await?
            .ok_or_else(|| no_login_profile(&user.name))?;
        Ok(LoginProfileView::from(&profile))
    }

    /// UpdateLoginProfile: an administrator sets a new password and/or the reset flag. A
    /// request with only `PasswordResetRequired` keeps the password; an omitted flag keeps its
    /// current value.
    pub async fn update_login_profile(
        &self,
        caller: &Caller,
        user: &str,
        password: Option<Password>,
        password_reset_required: Option<bool>,
    ) -> Result<(), CoreError> {
        let user = self
            .authorized_user(caller, Operation::UpdateLoginProfile, user)
            .await?;
        let (mut profile, version) = self
            .login_profile(&user)
            .await?
            .ok_or_else(|| no_login_profile(&user.name))?;
        if let Some(password) = &password {
            let hash = self.check_new_password(password, Some(&profile)).await?;
            self.replace_hash(&mut profile, hash);
        }
        if let Some(flag) = password_reset_required {
            profile.password_reset_required = flag;
            profile.reset_required_unknown = false;
        }
        // A new password, or a reset demanded, ends the user's console sessions: whoever
        // signed in with the old password is out (but for the session making the change, when
        // users reset their own password from the console).
        let ending = if password.is_some() || password_reset_required == Some(true) {
            let keep = caller
                .session
                .as_ref()
                .and_then(|s| s.console_session.as_deref());
            self.end_console_sessions(WriteBatch::new(), &user.id, keep)
                .await?
        } else {
            WriteBatch::new()
        };
        self.save_profile(&user.id, &profile, version, ending).await
    }

    pub async fn delete_login_profile(
        &self,
        caller: &Caller,
        user: Option<&str>,
    ) -> Result<(), CoreError> {
        let user = self
            .named_or_calling_user(caller, Operation::DeleteLoginProfile, user)
            .await?;
        let (_, version) = self
            .login_profile(&user)
            .await?
            .ok_or_else(|| no_login_profile(&user.name))?;
        let key = user.id.clone();
        // No console password, no console session.
        let batch = WriteBatch::new().require(Condition::Version {
            kind: Kind::LoginProfile,
            key: key.clone(),
            version,
        });
        let batch = self.end_console_sessions(batch, &user.id, None).await?;
        self.write(batch.delete(Kind::LoginProfile, key))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { .. } => no_login_profile(&user.name),
                other => other.into(),
            })
    }

    /// ChangePassword: the calling IAM user replaces their own password, proving the old one.
    /// Authorized by a policy or by `AllowUsersToChangePassword` on the caller's own ARN.
    pub async fn change_password(
        &self,
        caller: &Caller,
        old: &Password,
        new: &Password,
    ) -> Result<(), CoreError> {
        let Some(me) = &caller.user else {
            return Err(CoreError::InvalidUserType(if caller.is_root() {
                "The root user cannot use ChangePassword: it changes the password of the calling IAM user, and the root user's password is not an IAM login profile.".into()
            } else {
                "Only an IAM user can change their own password with ChangePassword.".into()
            }));
        };
        self.authorize(caller, Operation::ChangePassword, &me.arn(&self.account))
            .await?;
        let (mut profile, version) = self
            .login_profile(me)
            .await?
            .ok_or_else(|| no_login_profile(&me.name))?;
        // OldPassword is a guess at the console password like a sign-in's: counted against
        // the user and the address first (`ops::throttle`), refused unchecked while locked.
        let reservation = match self
            .reserve_attempt(
                crate::ops::throttle::Factor::Password,
                crate::ops::throttle::Subject::user(Some(&me.name)),
                true,
                caller.context.single("aws:sourceip"),
            )
            .await?
        {
            Ok(r) => r,
            Err(locked) => {
                return Err(CoreError::AccessDenied(format!(
                    "The password was not changed. {}",
                    locked.message(self.now())
                )));
            }
        };
        if !verify_password(old, &profile.hash).await? {
            return Err(CoreError::InvalidInput(
                "The old password is incorrect: OldPassword does not match the current password of the user, so the password was not changed.".into(),
            ));
        }
        self.clear_attempts(&reservation).await?;
        let hash = self.check_new_password(new, Some(&profile)).await?;
        self.replace_hash(&mut profile, hash);
        profile.password_reset_required = false;
        // The user's other console sessions end; the one they changed it from goes on.
        let keep = caller
            .session
            .as_ref()
            .and_then(|s| s.console_session.as_deref());
        let ending = self
            .end_console_sessions(WriteBatch::new(), &me.id, keep)
            .await?;
        self.save_profile(&me.id, &profile, version, ending).await
    }

    /// Make `hash` the current password, remembering the one it replaces; starts a new expiry
    /// period.
    fn replace_hash(&self, profile: &mut LoginProfile, hash: String) {
        let old = std::mem::replace(&mut profile.hash, hash);
        profile.history.insert(0, old);
        profile.history.truncate(HISTORY);
        profile.password_changed = self.now();
        // A password set here settles what an import could not know.
        profile.reset_required_unknown = false;
    }

    /// Write `profile` of the user with id `user_id` over the one read at `version`; `batch`
    /// holds what goes with it (console sessions ended).
    async fn save_profile(
        &self,
        user_id: &str,
        profile: &LoginProfile,
        version: i64,
        batch: WriteBatch,
    ) -> Result<(), CoreError> {
        let key = user_id.to_string();
        self.write(
            batch
                .require(Condition::Version {
                    kind: Kind::LoginProfile,
                    key: key.clone(),
                    version,
                })
                .put(record(Kind::LoginProfile, &key, Some(&key), None, profile)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::ConcurrentModification(format!(
                "The login profile of user {} was changed by another request at the same time; retry.",
                profile.user
            )),
            other => other.into(),
        })
    }

    /// Where the password of `user` stands now (for the console and the credential report).
    pub async fn password_state(&self, user: &str) -> Result<PasswordState, CoreError> {
        let profile = match self.load_user(user).await? {
            Some(u) => self.login_profile(&u).await?.map(|(p, _)| p),
            None => None,
        };
        let policy = self.password_policy().await?;
        Ok(PasswordState::of(
            profile.as_ref(),
            policy.as_ref(),
            self.now(),
        ))
    }

    /// Console sign-in: the user and the state of their password when `password` is theirs,
    /// `None` otherwise (unknown user, no login profile or a wrong password, told apart by
    /// nothing, not even time). Records the sign-in as the password's last use.
    pub async fn check_console_password(
        &self,
        user_name: &str,
        password: &Password,
    ) -> Result<Option<(User, PasswordState)>, CoreError> {
        let user = self.load_user(user_name).await?;
        let profile = match &user {
            Some(u) => self.login_profile(u).await?,
            None => None,
        };
        let phc = profile.as_ref().map(|(p, _)| p.hash.clone());
        let matches = verify_or_dummy(password, phc).await?;
        let (Some(user), Some((mut profile, version)), true) = (user, profile, matches) else {
            return Ok(None);
        };
        let policy = self.password_policy().await?;
        let now = self.now();
        let state = PasswordState::of(Some(&profile), policy.as_ref(), now);
        profile.password_last_used = Some(now);
        let key = user.id.clone();
        // Straight to the store: a sign-in time changes no permission.
        let batch = WriteBatch::new()
            .require(Condition::Version {
                kind: Kind::LoginProfile,
                key: key.clone(),
                version,
            })
            .put(record(
                Kind::LoginProfile,
                &key,
                Some(&key),
                None,
                &profile,
            )?);
        match self.store_write(batch).await {
            Ok(()) | Err(StoreError::ConditionFailed { .. }) => {}
            Err(e) => return Err(e.into()),
        }
        Ok(Some((user, state)))
    }
}

pub(crate) fn no_login_profile(user: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("Login Profile for User {user} cannot be found."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> PasswordPolicy {
        PasswordPolicyInput::default().into_policy().unwrap()
    }

    #[test]
    fn omitted_fields_take_the_defaults() {
        let p = policy();
        assert_eq!(p.minimum_password_length, 6);
        assert!(!p.require_symbols && !p.allow_users_to_change_password);
        assert_eq!(
            (
                p.max_password_age,
                p.password_reuse_prevention,
                p.hard_expiry
            ),
            (None, None, None)
        );
    }

    #[test]
    fn ranges_are_checked_and_named() {
        let e = PasswordPolicyInput {
            minimum_password_length: Some(5),
            max_password_age: Some(1096),
            password_reuse_prevention: Some(25),
            ..PasswordPolicyInput::default()
        }
        .into_policy()
        .unwrap_err();
        let m = e.to_string();
        for field in [
            "MinimumPasswordLength",
            "MaxPasswordAge",
            "PasswordReusePrevention",
        ] {
            assert!(m.contains(field), "{m}");
        }
    }

    #[test]
    fn every_broken_rule_is_named() {
        let p = PasswordPolicy {
            minimum_password_length: 14,
            require_symbols: true,
            require_numbers: true,
            require_uppercase_characters: true,
            require_lowercase_characters: true,
            ..policy()
        };
        let broken = policy_violations("abc", Some(&p), &[]);
        assert_eq!(
            broken,
            vec![
                "Password should have at least 14 characters".to_string(),
                RULE_UPPER.to_string(),
                RULE_NUMBER.to_string(),
                rule_symbol(),
            ]
        );
        assert!(policy_violations("Abcdefghijk1!xyz", Some(&p), &[]).is_empty());
        // Only the 20 documented symbols count.
        assert_eq!(
            policy_violations("Abcdefghijk1.xyz", Some(&p), &[]),
            vec![rule_symbol()]
        );
        assert!(rule_symbol().ends_with("! @ # $ % ^ & * ( ) _ + - = [ ] { } | '"));
    }

    #[test]
    fn the_default_rules() {
        assert!(policy_violations("Abcdefg1", None, &[]).is_empty());
        assert!(policy_violations("abcdef1!", None, &[]).is_empty());
        let broken = policy_violations("abcdefgh", None, &[]);
        assert_eq!(broken.len(), 1, "{broken:?}");
        assert!(broken[0].starts_with("Password should meet 2 more of the following requirements"));
        let broken = policy_violations("Ab1", None, &[]);
        assert_eq!(broken, vec!["Password should have at least 8 characters"]);
        assert_eq!(
            policy_violations("My-Company1", None, &["123456789012", "my-company1"]),
            vec!["Password should not be the account's ID or alias"]
        );
    }

    #[test]
    fn characters_outside_the_model_are_refused() {
        let broken = policy_violations("Abcdefg1\u{100}", None, &[]);
        assert!(broken[0].contains("U+0020 to U+00FF"), "{broken:?}");
    }

    fn profile(changed: OffsetDateTime, reset: bool) -> LoginProfile {
        LoginProfile {
            user: "alice".into(),
            create_date: changed,
            password_reset_required: reset,
            hash: String::new(),
            password_changed: changed,
            history: Vec::new(),
            password_last_used: None,
            reset_required_unknown: false,
        }
    }

    #[test]
    fn states_over_time() {
        let t0 = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        let p = profile(t0, false);
        let mut pol = policy();
        assert_eq!(
            PasswordState::of(None, Some(&pol), t0),
            PasswordState::NoPassword
        );
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), t0 + Duration::days(5000)),
            PasswordState::Ok {
                expires_in_days: None
            }
        );
        pol.max_password_age = Some(90);
        let at = |days: f64| t0 + Duration::seconds_f64(days * 86_400.0);
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), at(74.5)),
            PasswordState::Ok {
                expires_in_days: Some(16)
            }
        );
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), at(75.0)),
            PasswordState::Warning { days: 15 }
        );
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), at(89.9)),
            PasswordState::Warning { days: 1 }
        );
        assert_eq!(
            PasswordState::of(Some(&p), Some(&pol), at(90.0)),
            PasswordState::Expired { hard_expiry: false }
        );
        pol.hard_expiry = Some(true);
        let expired = PasswordState::of(Some(&p), Some(&pol), at(91.0));
        assert_eq!(expired, PasswordState::Expired { hard_expiry: true });
        assert!(!expired.may_set_password_at_sign_in());
        let reset = profile(t0, true);
        assert_eq!(
            PasswordState::of(Some(&reset), Some(&pol), at(1.0)),
            PasswordState::ResetRequired
        );
        assert!(PasswordState::ResetRequired.may_set_password_at_sign_in());
    }

    #[test]
    fn the_grant_names_exactly_the_user() {
        let doc = change_password_grant_document("arn:aws:iam::123456789012:user/a*b/$x?/alice");
        assert!(doc.contains(r"user/a${*}b/${$}x${?}/alice"), "{doc}");
        let policy = parse_policy(&doc, PolicyKind::Identity).unwrap();
        assert_eq!(policy.statements().len(), 2);
    }

    #[test]
    fn passwords_do_not_show_in_debug() {
        let p = Password::new("hunter2-secret".into());
        assert!(!format!("{p:?}").contains("hunter2"));
    }

    #[tokio::test]
    async fn hashes_are_argon2id_phc_strings() {
        let p = Password::new("Correct-Horse-1".into());
        let phc = hash_password(&p).await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(!phc.contains("Correct-Horse-1"));
        assert!(verify_password(&p, &phc).await.unwrap());
        assert!(
            !verify_password(&Password::new("wrong".into()), &phc)
                .await
                .unwrap()
        );
        assert!(!dummy_hash().is_empty());
    }
}
