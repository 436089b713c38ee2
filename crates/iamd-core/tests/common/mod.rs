//! What every core integration test starts from: an account on a real SQLite store in a
//! temporary directory, its root user, and user callers made through the account's own
//! operations. Each test file declares `pub mod common;`, so helpers one file does not use
//! are not dead code there.

use std::sync::Arc;

use iamd_core::clock::{Clock, ManualClock};
use iamd_core::entities::{OwnerKind, User};
use iamd_core::secrets::MasterKey;
use iamd_core::store::Store;
use iamd_core::{Caller, Iam};
use iamd_policy::{Principal, PrincipalKind, RequestContext};
use iamd_store::SqliteStore;
use tempfile::TempDir;
use time::{Duration, OffsetDateTime};

/// The account every test serves.
pub const ACCOUNT: &str = "123456789012";

/// The master key's bytes (a test's secrets are encrypted with it like a server's).
pub const MASTER: [u8; 32] = [7; 32];

/// The master key made of [`MASTER`].
pub fn master_key() -> MasterKey {
    MasterKey::from_bytes("k1", &MASTER)
}

/// A fixed instant, far from any date edge: the default start of a test's clock.
pub fn day_20000() -> OffsetDateTime {
    OffsetDateTime::UNIX_EPOCH + Duration::days(20_000)
}

/// Five seconds into a TOTP step, so that a test's few seconds of moves stay in that step.
pub fn in_totp_step() -> OffsetDateTime {
    OffsetDateTime::UNIX_EPOCH + Duration::seconds(1_700_000_000 - 1_700_000_000 % 30 + 5)
}

/// Open [`ACCOUNT`] on `store` with `clock`, creating it on first use.
pub async fn open<S: Store>(store: S, clock: Arc<dyn Clock>) -> Iam<S> {
    open_account(store, clock, ACCOUNT).await
}

/// Open `account` on `store` with `clock`, creating it on first use.
pub async fn open_account<S: Store>(store: S, clock: Arc<dyn Clock>, account: &str) -> Iam<S> {
    Iam::open(store, master_key(), clock, account)
        .await
        .unwrap()
}

/// An account on a fresh store with a hand-moved clock.
#[derive(Debug)]
pub struct Fixture {
    /// The data directory (removed when the fixture is dropped).
    pub dir: TempDir,
    /// The store, for tests that look at records directly or open the account again.
    pub store: SqliteStore,
    /// The clock the account reads.
    pub clock: Arc<ManualClock>,
    /// The account.
    pub iam: Iam<SqliteStore>,
}

/// [`ACCOUNT`] on a fresh store, its clock at [`day_20000`].
pub async fn fixture() -> Fixture {
    fixture_at(day_20000()).await
}

/// [`ACCOUNT`] on a fresh store, its clock at `start`.
pub async fn fixture_at(start: OffsetDateTime) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).await.unwrap();
    let clock = Arc::new(ManualClock::new(start));
    let iam = open(store.clone(), clock.clone()).await;
    Fixture {
        dir,
        store,
        clock,
        iam,
    }
}

/// The root user of [`ACCOUNT`].
pub fn root() -> Caller {
    root_of(ACCOUNT)
}

/// The root user of `account`.
pub fn root_of(account: &str) -> Caller {
    Caller {
        principal: Principal {
            kind: PrincipalKind::Root,
            arn: format!("arn:aws:iam::{account}:root"),
            account: account.into(),
            role_arn: None,
            service: None,
        },
        user: None,
        access_key_id: "AKIAROOTROOTROOTROOT".into(),
        context: RequestContext::new(),
        session: None,
    }
}

/// `user` of [`ACCOUNT`] as a caller, with the context its requests carry (`aws:username`).
pub fn caller_of(user: User) -> Caller {
    let mut context = RequestContext::new();
    context.insert("aws:username", &user.name);
    Caller {
        principal: Principal {
            kind: PrincipalKind::User,
            arn: user.arn(ACCOUNT),
            account: ACCOUNT.into(),
            role_arn: None,
            service: None,
        },
        user: Some(user),
        access_key_id: "AKIAUSERUSERUSERUSER".into(),
        context,
        session: None,
    }
}

/// A new user `name`, with `policy` as its inline policy `perm` when given, as a caller.
pub async fn user<S: Store>(iam: &Iam<S>, name: &str, policy: Option<&str>) -> Caller {
    let u = iam
        .create_user(&root(), name, None, None, Vec::new())
        .await
        .unwrap();
    if let Some(doc) = policy {
        iam.put_inline_policy(&root(), OwnerKind::User, name, "perm", doc)
            .await
            .unwrap();
    }
    caller_of(u)
}
