//! Implementations of [`iamd_core::store::Store`].
//!
//! [`SqliteStore`] is the embedded default: one SQLite file in the data directory, in WAL mode
//! with `synchronous=FULL`, so a write that returned `Ok` survives `kill -9` (and power loss).
//! The schema is the same for every backend: a `records` table keyed by
//! `(account, kind, key)` with indexes for listing by owner and by reference, and a
//! `generations` table with one counter per account.

mod sqlite;

pub use sqlite::{DATABASE_FILE, SqliteStore};
