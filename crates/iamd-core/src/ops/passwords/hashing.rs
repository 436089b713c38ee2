//! Password hashing: argon2id PHC strings computed off the async runtime, at most two at a
//! time, with a bounded queue; the [`Password`] that is wiped when dropped.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;
use zeroize::Zeroizing;

use crate::error::CoreError;

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
pub(super) async fn verify_or_dummy(
    password: &Password,
    phc: Option<String>,
) -> Result<bool, CoreError> {
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
pub(super) fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY
        .get_or_init(|| hash_now(b"iamd: no such user, no such password").unwrap_or_default())
        .as_str()
}

/// What setting a new password needs to know: the hashes it must not match, and then its own.
pub(super) struct NewPassword {
    pub(super) hash: String,
    pub(super) reused: bool,
}

/// Hash `password` and check it against `earlier` in one trip off the runtime.
pub(super) async fn hash_new(
    password: &Password,
    earlier: Vec<String>,
) -> Result<NewPassword, CoreError> {
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
