//! The entities iamd stores, as JSON documents inside store records.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::secrets::Sealed;

/// The key a name is stored under: IAM names are unique case-insensitively.
pub fn name_key(name: &str) -> String {
    name.to_ascii_lowercase()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

/// The account: its id and settings. Stored under `(Kind::Account, "")`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: String,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The custom password policy; `None` while AWS's default rules apply.
    #[serde(default)]
    pub password_policy: Option<PasswordPolicy>,
    /// Refuse common and breached passwords (beyond AWS, off by default; see
    /// `ops::common_passwords`).
    #[serde(default)]
    pub refuse_common_passwords: bool,
}

/// The account password policy as UpdateAccountPasswordPolicy set it. Optional fields that were
/// omitted stay `None` (and are omitted by GetAccountPasswordPolicy).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordPolicy {
    pub minimum_password_length: u32,
    pub require_symbols: bool,
    pub require_numbers: bool,
    pub require_uppercase_characters: bool,
    pub require_lowercase_characters: bool,
    pub allow_users_to_change_password: bool,
    /// Days a password is valid; `None`: passwords never expire.
    #[serde(default)]
    pub max_password_age: Option<u32>,
    /// How many of the latest passwords cannot be set again; `None`: no reuse prevention.
    #[serde(default)]
    pub password_reuse_prevention: Option<u32>,
    #[serde(default)]
    pub hard_expiry: Option<bool>,
}

/// A user's console password (login profile). Stored under `(Kind::LoginProfile, user id)`
/// with the user id as owner. Passwords are kept only as argon2id PHC strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginProfile {
    /// The user's name as written.
    pub user: String,
    /// When the first password was set (not changed by later password changes).
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    pub password_reset_required: bool,
    /// The current password's argon2id PHC string.
    pub hash: String,
    /// When the current password was set; expiry counts from here.
    #[serde(with = "time::serde::rfc3339")]
    pub password_changed: OffsetDateTime,
    /// The PHC strings of earlier passwords, newest first (for reuse prevention).
    #[serde(default)]
    pub history: Vec<String>,
    /// The last console sign-in with this password.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub password_last_used: Option<OffsetDateTime>,
    /// Set by an import whose export lacked the user's `get-login-profile`: whether a new
    /// password is required at next sign-in is then unknown (`password_reset_required` false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reset_required_unknown: bool,
}

/// A service-specific credential (CodeCommit Git credentials, Keyspaces, Bedrock and CloudWatch
/// Logs API keys). Stored under `(Kind::ServiceCredential, user id/service/slot)` with the user
/// id as owner; the password is kept only as its SHA-256 digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCredential {
    pub id: String,
    /// The owning user's name as written.
    pub user: String,
    pub service: String,
    /// The generated user name (CodeCommit, Keyspaces) or alias (API keys); it does not follow
    /// renames of the user.
    pub service_user_name: String,
    pub status: KeyStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub expiration_date: Option<OffsetDateTime>,
    /// Hex SHA-256 of the generated password or secret.
    pub secret_sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub name: String,
    pub id: String,
    pub path: String,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    #[serde(default)]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub permissions_boundary: Option<String>,
}

impl User {
    pub fn arn(&self, account: &str) -> String {
        format!("arn:aws:iam::{account}:user{}{}", self.path, self.name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    pub id: String,
    pub path: String,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
}

impl Group {
    pub fn arn(&self, account: &str) -> String {
        format!("arn:aws:iam::{account}:group{}{}", self.path, self.name)
    }
}

/// Whose an inline policy, attachment or access key is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OwnerKind {
    User,
    Group,
    Role,
}

impl OwnerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OwnerKind::User => "user",
            OwnerKind::Group => "group",
            OwnerKind::Role => "role",
        }
    }
}

// Records that belong to a user, group or role are owned by its unique id (`AIDA…`, `AGPA…`,
// `AROA…`), never by its name: a rename then moves nothing, and a name created again owns
// nothing that an earlier entity of that name had (see `store`).

/// The key of the inline policy `policy` of the entity with id `owner_id`.
pub fn inline_policy_key(owner_id: &str, policy: &str) -> String {
    format!("{owner_id}/{}", name_key(policy))
}

/// The key of the attachment of `arn` to the entity with id `owner_id`.
pub fn attachment_key(owner_id: &str, arn: &str) -> String {
    format!("{owner_id}|{arn}")
}

/// The owner of the record saying that the entity with id `owner_id` uses a managed policy as
/// its permissions boundary (so DeletePolicy sees the use).
pub fn boundary_owner(owner_id: &str) -> String {
    format!("boundary/{owner_id}")
}

/// The key of the membership of the user `user_id` in the group `group_id`.
pub fn membership_key(user_id: &str, group_id: &str) -> String {
    format!("{user_id}/{group_id}")
}

/// An inline policy. `owner_name` is the owner's name when the policy was written: operations
/// that show it replace it with the owner's name now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InlinePolicy {
    pub owner_kind: OwnerKind,
    pub owner_name: String,
    pub name: String,
    pub document: String,
}

/// A user's membership of a group (names when it was made; the record's owner and reference
/// are the ids that count).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub user: String,
    pub group: String,
}

/// The owner of root's access keys in the store.
pub const ROOT_OWNER: &str = "#root";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyStatus {
    Active,
    Inactive,
}

impl KeyStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyStatus::Active => "Active",
            KeyStatus::Inactive => "Inactive",
        }
    }
}

/// A long-term access key; the secret is sealed (never stored in clear).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKey {
    pub id: String,
    /// The owning user's name as written; `None` for the root user.
    pub user: Option<String>,
    pub status: KeyStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    pub secret: Sealed,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub last_used: Option<OffsetDateTime>,
    #[serde(default)]
    pub last_used_service: Option<String>,
    #[serde(default)]
    pub last_used_region: Option<String>,
}

/// One version of a customer managed policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyVersionDoc {
    pub id: String,
    pub document: String,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
}

/// A customer managed policy with its versions (at most five are kept).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedPolicy {
    pub name: String,
    pub id: String,
    pub path: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub update_date: OffsetDateTime,
    pub default_version: String,
    pub versions: Vec<PolicyVersionDoc>,
    /// The number the next version gets (`v{next_version}`); never reused.
    pub next_version: u32,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

impl ManagedPolicy {
    pub fn arn(&self, account: &str) -> String {
        format!("arn:aws:iam::{account}:policy{}{}", self.path, self.name)
    }

    pub fn default_document(&self) -> Option<&str> {
        self.versions
            .iter()
            .find(|v| v.id == self.default_version)
            .map(|v| v.document.as_str())
    }
}

/// A managed policy attached to a user, group or role, or set as a user's permissions
/// boundary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub owner_kind: OwnerKind,
    pub owner_name: String,
    pub policy_arn: String,
    #[serde(default)]
    pub boundary: bool,
}

/// A role: a trust policy saying who may assume it, and permissions like a user's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub name: String,
    pub id: String,
    pub path: String,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    pub assume_role_policy: String,
    #[serde(default)]
    pub description: Option<String>,
    pub max_session_duration: i32,
    #[serde(default)]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub permissions_boundary: Option<String>,
}

impl Role {
    pub fn arn(&self, account: &str) -> String {
        format!("arn:aws:iam::{account}:role{}{}", self.path, self.name)
    }
}

// Imported records: how a record written by an import of an AWS account (which exports no
// password, secret key or TOTP seed) is stored and recognized, so that authentication, code
// checks and the compliance checks can tell a fact from a usable credential.

/// The key id of the seal on imported access keys and MFA devices: no master key has it, and
/// authentication refuses it before trying to open anything.
pub const IMPORTED_KID: &str = "imported";

/// The stored "hash" of an imported login profile: not a PHC string, so no password verifies.
pub const IMPORTED_PASSWORD: &str = "imported:no-password-until-an-administrator-sets-one";

/// The sealed secret of an imported access key or MFA device: nothing inside.
pub fn imported_secret() -> Sealed {
    Sealed {
        kid: IMPORTED_KID.into(),
        nonce: String::new(),
        ct: String::new(),
    }
}

/// Whether a sealed secret is an imported placeholder.
pub fn is_imported(sealed: &Sealed) -> bool {
    sealed.kid == IMPORTED_KID
}

/// The prefix of the store keys (under `Kind::Account`) of imported AWS managed policies.
pub const AWS_POLICY_KEY_PREFIX: &str = "aws-policy:";

/// The store key (under `Kind::Account`) of an imported AWS managed policy that iamd does not
/// carry itself: `aws-policy:` + the ARN after `arn:aws:iam::aws:policy` (path and name).
pub fn aws_policy_key(arn_rest: &str) -> String {
    format!("{AWS_POLICY_KEY_PREFIX}{arn_rest}")
}

/// An instance profile: a container for one role that EC2 passes to an instance. Stored under
/// its lower-cased name with its id as reference; the role in it is a
/// [`crate::store::Kind::InstanceProfileRole`] record, so a role's rename moves nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceProfile {
    pub name: String,
    pub id: String,
    pub path: String,
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    /// Case-sensitive keys (unlike users' and roles').
    #[serde(default)]
    pub tags: Vec<Tag>,
}

impl InstanceProfile {
    pub fn arn(&self, account: &str) -> String {
        format!(
            "arn:aws:iam::{account}:instance-profile{}{}",
            self.path, self.name
        )
    }
}

/// The key of the record that puts the role `role_id` in the profile `profile_id`.
pub fn instance_profile_role_key(profile_id: &str, role_id: &str) -> String {
    format!("{profile_id}/{role_id}")
}

/// The record of a role in an instance profile (its ids are the record's owner and
/// reference; the names are for readers of the raw store only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceProfileRole {
    pub profile: String,
    pub role: String,
}

/// An SSH public key for CodeCommit. Stored under [`ssh_public_key_key`] (the owner's id and
/// the fingerprint, so the same key twice on one user is refused in the write's transaction),
/// owned by the user's id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SshPublicKey {
    /// `APKA…`, also the SSH user name CodeCommit knows the key by.
    pub id: String,
    /// The owner's name when the key was uploaded (its id owns the record).
    pub user: String,
    /// The key as an OpenSSH line without its comment (`ssh-rsa AAAA…`).
    pub body: String,
    /// MD5 of the SSH wire-format key, `12:34:…`.
    pub fingerprint: String,
    pub status: KeyStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub upload_date: OffsetDateTime,
}

/// The store key of an SSH public key: its owner's id and its fingerprint.
pub fn ssh_public_key_key(owner_id: &str, fingerprint: &str) -> String {
    format!("{owner_id}/{fingerprint}")
}

/// An X.509 signing certificate of a user (or of root), as uploaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningCertificate {
    pub id: String,
    /// The owner's name when uploaded; `None` for root.
    pub user: Option<String>,
    /// The PEM text as uploaded, outer whitespace trimmed.
    pub body: String,
    pub status: KeyStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub upload_date: OffsetDateTime,
}
