//! One type for whichever backend the operator chose, so the binary serves an `Iam` of one
//! type whether it runs on SQLite or PostgreSQL.

use iamd_core::store::{Kind, NewRecord, Page, Query, Record, Store, StoreError, WriteBatch};

use crate::{PgStore, SqliteStore};

/// The SQLite store of a data directory or a PostgreSQL database.
#[derive(Debug, Clone)]
pub enum AnyStore {
    Sqlite(SqliteStore),
    Postgres(PgStore),
}

impl AnyStore {
    /// Closes every connection.
    pub async fn close(&self) {
        match self {
            AnyStore::Sqlite(s) => s.close().await,
            AnyStore::Postgres(s) => s.close().await,
        }
    }

    /// The PostgreSQL store, when that is the backend.
    pub fn postgres(&self) -> Option<&PgStore> {
        match self {
            AnyStore::Postgres(s) => Some(s),
            AnyStore::Sqlite(_) => None,
        }
    }
}

/// Calls the same method on whichever backend this is.
macro_rules! either {
    ($self:ident, $s:ident => $call:expr) => {
        match $self {
            AnyStore::Sqlite($s) => $call,
            AnyStore::Postgres($s) => $call,
        }
    };
}

impl Store for AnyStore {
    async fn get(
        &self,
        account: &str,
        kind: Kind,
        key: &str,
    ) -> Result<Option<Record>, StoreError> {
        either!(self, s => s.get(account, kind, key).await)
    }

    async fn list(&self, account: &str, query: &Query) -> Result<Page, StoreError> {
        either!(self, s => s.list(account, query).await)
    }

    async fn count(
        &self,
        account: &str,
        kind: Kind,
        owner: Option<&str>,
    ) -> Result<u64, StoreError> {
        either!(self, s => s.count(account, kind, owner).await)
    }

    async fn write(&self, account: &str, batch: WriteBatch) -> Result<(), StoreError> {
        either!(self, s => s.write(account, batch).await)
    }

    async fn replace_account(
        &self,
        account: &str,
        records: Vec<NewRecord>,
    ) -> Result<(), StoreError> {
        either!(self, s => s.replace_account(account, records).await)
    }

    async fn generation(&self, account: &str) -> Result<u64, StoreError> {
        either!(self, s => s.generation(account).await)
    }

    async fn accounts(&self) -> Result<Vec<String>, StoreError> {
        either!(self, s => s.accounts().await)
    }
}
