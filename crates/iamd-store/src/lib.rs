//! Implementations of [`iamd_core::store::Store`].
//!
//! [`SqliteStore`] is the embedded default: one SQLite file in the data directory, in WAL mode
//! with `synchronous=FULL`, so a write that returned `Ok` survives `kill -9` (and power loss).
//! [`PgStore`] is PostgreSQL, for several nodes sharing one database: migrations under an
//! advisory lock, the writes of an account applied one after the other, a notification per
//! committed write. [`AnyStore`] is either, as the operator chose.
//! The schema is the same for every backend: a `records` table keyed by
//! `(account, kind, key)` with indexes for listing by owner and by reference, and a
//! `generations` table with one counter per account.

mod any;
mod keys;
mod postgres;
mod sqlite;

pub use any::AnyStore;
pub use postgres::{DEFAULT_CONNECTIONS, GENERATION_CHANNEL, GenerationEvents, PgStore};
pub use sqlite::{DATABASE_FILE, SqliteStore};
