//! The storage seam: what the domain needs from a database, and nothing about any one database.
//!
//! The store holds *records*: a JSON document per entity (user, group, access key, policy,
//! membership, attachment, …) addressed by `(account, kind, key)`. Each record may name an
//! `owner` (the user an access key belongs to, the entity an inline policy is attached to) and
//! a `reference` (the other side of a link: the group of a membership, the policy of an
//! attachment), so that both sides of a relation can be listed.
//!
//! Every change is a [`WriteBatch`]: a list of puts and deletes applied atomically, guarded by
//! [`Condition`]s checked in the same transaction (a key is absent, a record still has the
//! version that was read, fewer than N records have this owner). Invariants such as "at most two
//! access keys per user" or "names are unique" therefore hold under concurrent requests on one
//! node or many, whatever the backend, without the domain holding locks.
//!
//! Keys that are names are stored lower-cased by the domain (IAM names are unique
//! case-insensitively); the record's document keeps the name as written.
//!
//! Records that belong to a user, group or role are owned by its unique id (`AIDA…`, `AGPA…`,
//! `AROA…`), never by its name: a rename moves nothing, and a name created again owns nothing
//! of the entity that had it before. The User, Group and Role records carry their id as
//! `reference`, so "the owner still exists" is [`Condition::Referenced`], whatever its name.

use std::future::Future;

use serde::{Deserialize, Serialize};

/// What a record is. The store treats kinds as opaque labels; the domain gives them meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    /// The account itself: id, alias, password policy, settings. Key: `""`.
    Account,
    User,
    Group,
    Role,
    /// A customer managed policy, with its versions. Key: the lower-cased policy path + name.
    ManagedPolicy,
    /// An inline policy. Owner: the user's, group's or role's id; key: owner + `/` + the
    /// lower-cased policy name.
    InlinePolicy,
    /// A managed policy attached to a user, group or role. Owner: as InlinePolicy; key:
    /// owner + `|` + ARN; reference: the policy ARN. A permissions boundary's usage record has
    /// the owner `boundary/` + id.
    Attachment,
    /// A user in a group. Key: user id + `/` + group id; owner: the user id; reference: the
    /// group id.
    Membership,
    /// A long-term access key. Key: the access key id; owner: the user id (`#root` for root).
    AccessKey,
    LoginProfile,
    MfaDevice,
    ServiceCredential,
    SshPublicKey,
    Session,
    /// A console session (see `ops::console`). Key: hex SHA-256 of the session cookie.
    ConsoleSession,
    /// One console sign-in attempt. Owner: the user id (`#root` for root, none for an
    /// unknown user name); reference: the source address.
    SignIn,
    /// The root user's console password. Key: `""`.
    RootPassword,
    /// The audit record of a change, written in the change's own transaction and removed
    /// once the record is in the trail (see `audit::outbox`). Key: the record's eventID.
    AuditOutbox,
    /// A record whose owner no longer existed when owners were re-keyed from names to ids
    /// (see `layout`): kept for the operator, inert (no owner, no reference). Key: the
    /// original kind + `:` + the original key.
    Orphan,
    /// Failed guesses of a password or MFA code by one user or address (see `ops::throttle`).
    /// Key: factor/subject; owner `#untracked` for unknown names and addresses.
    Throttle,
    /// An instance profile. Key: the lower-cased name; reference: its id (`AIPA…`).
    InstanceProfile,
    /// A role in an instance profile. Key: profile id + `/` + role id; owner: the role id;
    /// reference: the profile id (one per profile: `NoneReferencing` guards the add).
    InstanceProfileRole,
    /// An X.509 signing certificate. Key: hex SHA-256 of its DER (the same certificate is
    /// refused account-wide); owner: the user id (`#root` for root).
    SigningCertificate,
}

impl Kind {
    /// A stable name, for the database column.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Account => "account",
            Kind::User => "user",
            Kind::Group => "group",
            Kind::Role => "role",
            Kind::ManagedPolicy => "managed_policy",
            Kind::InlinePolicy => "inline_policy",
            Kind::Attachment => "attachment",
            Kind::Membership => "membership",
            Kind::AccessKey => "access_key",
            Kind::LoginProfile => "login_profile",
            Kind::MfaDevice => "mfa_device",
            Kind::ServiceCredential => "service_credential",
            Kind::SshPublicKey => "ssh_public_key",
            Kind::Session => "session",
            Kind::ConsoleSession => "console_session",
            Kind::SignIn => "sign_in",
            Kind::RootPassword => "root_password",
            Kind::AuditOutbox => "audit_outbox",
            Kind::Orphan => "orphan",
            Kind::Throttle => "throttle",
            Kind::InstanceProfile => "instance_profile",
            Kind::InstanceProfileRole => "instance_profile_role",
            Kind::SigningCertificate => "signing_certificate",
        }
    }

    pub const ALL: [Kind; 23] = [
        Kind::Account,
        Kind::User,
        Kind::Group,
        Kind::Role,
        Kind::ManagedPolicy,
        Kind::InlinePolicy,
        Kind::Attachment,
        Kind::Membership,
        Kind::AccessKey,
        Kind::LoginProfile,
        Kind::MfaDevice,
        Kind::ServiceCredential,
        Kind::SshPublicKey,
        Kind::Session,
        Kind::ConsoleSession,
        Kind::SignIn,
        Kind::RootPassword,
        Kind::AuditOutbox,
        Kind::Orphan,
        Kind::Throttle,
        Kind::InstanceProfile,
        Kind::InstanceProfileRole,
        Kind::SigningCertificate,
    ];

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One stored record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub account: String,
    pub kind: Kind,
    pub key: String,
    pub owner: Option<String>,
    pub reference: Option<String>,
    /// The entity as JSON (secrets inside are already encrypted by the domain).
    pub data: String,
    /// Increases by one on every put of this key; a new record has version 1.
    pub version: i64,
}

/// A record to write (the store assigns the version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecord {
    pub kind: Kind,
    pub key: String,
    pub owner: Option<String>,
    pub reference: Option<String>,
    pub data: String,
}

/// A guard checked in the write's transaction; the whole batch fails if any does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// No record has this key.
    Absent { kind: Kind, key: String },
    /// A record has this key (whatever its version).
    Exists { kind: Kind, key: String },
    /// The record exists and still has this version.
    Version {
        kind: Kind,
        key: String,
        version: i64,
    },
    /// Fewer than `limit` records of this kind have this owner.
    OwnerCountBelow {
        kind: Kind,
        owner: String,
        limit: u32,
    },
    /// No record of this kind has this owner.
    NoneOwned { kind: Kind, owner: String },
    /// No record of this kind has this reference.
    NoneReferencing { kind: Kind, reference: String },
    /// At least one record of this kind has this reference (the user, group or role with
    /// this id still exists, under whatever name).
    Referenced { kind: Kind, reference: String },
    /// The record with this key exists and has this reference (the name still belongs to the
    /// user, group or role with this id, not to one deleted and created again; a version alone
    /// cannot tell, as a record created again starts at version 1 again).
    Identity {
        kind: Kind,
        key: String,
        reference: String,
    },
}

/// Changes applied atomically, in order, if every condition holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteBatch {
    pub conditions: Vec<Condition>,
    pub puts: Vec<NewRecord>,
    pub deletes: Vec<(Kind, String)>,
}

impl WriteBatch {
    pub fn new() -> WriteBatch {
        WriteBatch::default()
    }

    pub fn require(mut self, c: Condition) -> WriteBatch {
        self.conditions.push(c);
        self
    }

    pub fn put(mut self, r: NewRecord) -> WriteBatch {
        self.puts.push(r);
        self
    }

    pub fn delete(mut self, kind: Kind, key: impl Into<String>) -> WriteBatch {
        self.deletes.push((kind, key.into()));
        self
    }
}

/// A page of a listing, in key order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub records: Vec<Record>,
    /// The key to continue after, when more records follow.
    pub next: Option<String>,
}

/// Which records to list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub kind: Kind,
    /// Only records with this owner.
    pub owner: Option<String>,
    /// Only records with this reference.
    pub reference: Option<String>,
    /// Only keys starting with this prefix.
    pub key_prefix: Option<String>,
    /// Only keys after this one (exclusive).
    pub after: Option<String>,
    pub limit: u32,
}

impl Query {
    pub fn all(kind: Kind) -> Query {
        Query {
            kind,
            owner: None,
            reference: None,
            key_prefix: None,
            after: None,
            limit: u32::MAX,
        }
    }
}

/// Why a store call failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A batch's condition did not hold; `index` is its position in `conditions`.
    #[error("condition {index} of the write did not hold")]
    ConditionFailed { index: usize },
    /// The database failed (I/O, corruption, connection): an internal error for the client.
    #[error("storage failure: {0}")]
    Backend(String),
}

/// A database holding accounts' records.
///
/// Implementations: SQLite (embedded, the default) and PostgreSQL in `iamd-store`. A write
/// that returned `Ok` is durable (it survives `kill -9` of the process).
pub trait Store: Send + Sync + 'static {
    fn get(
        &self,
        account: &str,
        kind: Kind,
        key: &str,
    ) -> impl Future<Output = Result<Option<Record>, StoreError>> + Send;

    fn list(
        &self,
        account: &str,
        query: &Query,
    ) -> impl Future<Output = Result<Page, StoreError>> + Send;

    fn count(
        &self,
        account: &str,
        kind: Kind,
        owner: Option<&str>,
    ) -> impl Future<Output = Result<u64, StoreError>> + Send;

    /// Apply a batch atomically; bumps the account's generation.
    fn write(
        &self,
        account: &str,
        batch: WriteBatch,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Replace everything the account holds with `records`, in one transaction, and bump the
    /// generation (an import of an account's configuration: all of it or none of it).
    fn replace_account(
        &self,
        account: &str,
        records: Vec<NewRecord>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// A number that changes whenever anything in the account changes, so caches of derived
    /// state (compiled policy sets) know when to rebuild.
    fn generation(&self, account: &str) -> impl Future<Output = Result<u64, StoreError>> + Send;

    /// The accounts the store holds.
    fn accounts(&self) -> impl Future<Output = Result<Vec<String>, StoreError>> + Send;
}
