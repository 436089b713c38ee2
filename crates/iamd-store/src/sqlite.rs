//! The SQLite backend.
//!
//! One file, `DATA_DIR/iamd.sqlite3`, in WAL mode. Writes go through a pool of exactly one
//! connection and run in `BEGIN IMMEDIATE` transactions, so within a process writers queue on
//! the pool and across processes (an admin command beside `serve`) they queue on SQLite's write
//! lock under the busy timeout; conditions are therefore checked against the state the batch
//! is applied to. Reads use a small pool of `query_only` connections that WAL lets run beside
//! the writer, each seeing the last committed state.

use std::borrow::Cow;
use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::time::Duration;

use iamd_core::store::{
    Condition, Kind, NewRecord, Page, Query, Record, Store, StoreError, WriteBatch,
};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{QueryBuilder, Row, SqlStr, Sqlite, SqliteConnection, SqlitePool};

use crate::keys::prefix_end;

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "iamd.sqlite3";

/// The schema, in order: (version, description, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "records",
    include_str!("../migrations/sqlite/0001_records.sql"),
)];

/// Read connections; WAL lets them run beside the writer.
const READERS: u32 = 4;

/// How long a connection waits for another process's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a write waits for the writer connection (other writes of this process queue on it).
const WRITER_WAIT: Duration = Duration::from_secs(60);

/// A [`Store`] in one SQLite file. Cloning shares the connections.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    path: PathBuf,
    writer: SqlitePool,
    readers: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating when missing) `data_dir/iamd.sqlite3` and brings its schema up to date.
    ///
    /// A missing `data_dir` is created with mode 0700 and a missing database file with mode
    /// 0600; existing ones keep their modes.
    pub async fn open(data_dir: &Path) -> Result<SqliteStore, StoreError> {
        create_private_dir(data_dir)?;
        let path = data_dir.join(DATABASE_FILE);
        create_private_file(&path)?;

        let base = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(false)
            .foreign_keys(true)
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(BUSY_TIMEOUT);

        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(WRITER_WAIT)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(base.clone().journal_mode(SqliteJournalMode::Wal))
            .await
            .map_err(|e| opening(&path, e))?;
        migrate(&writer).await.map_err(|e| opening(&path, e))?;

        let readers = SqlitePoolOptions::new()
            .max_connections(READERS)
            .connect_with(base.pragma("query_only", "ON"))
            .await
            .map_err(|e| opening(&path, e))?;

        Ok(SqliteStore {
            path,
            writer,
            readers,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes every connection, waiting for those in use to be returned. Writes already
    /// acknowledged are durable whether or not this runs; closing also folds the WAL back
    /// into the database file.
    pub async fn close(&self) {
        self.readers.close().await;
        self.writer.close().await;
    }
}

/// Runs the migrations. SQLite's migration lock does nothing, so when two processes open a
/// new database at once one of them can fail on the other's schema; it then finds the
/// migrations applied on a second pass.
async fn migrate(pool: &SqlitePool) -> Result<(), sqlx::migrate::MigrateError> {
    let migrator = Migrator::with_migrations(
        MIGRATIONS
            .iter()
            .map(|&(version, description, sql)| {
                Migration::new(
                    version,
                    Cow::Borrowed(description),
                    MigrationType::Simple,
                    SqlStr::from_static(sql),
                    false,
                )
            })
            .collect(),
    );
    match migrator.run(pool).await {
        Ok(()) => Ok(()),
        Err(_) => migrator.run(pool).await,
    }
}

fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| {
        StoreError::Backend(format!(
            "cannot create the data directory {}: {e}",
            dir.display()
        ))
    })
}

fn create_private_file(path: &Path) -> Result<(), StoreError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::Backend(format!(
            "cannot create the database {}: {e}",
            path.display()
        ))),
    }
}

fn opening(path: &Path, e: impl Display) -> StoreError {
    StoreError::Backend(format!("cannot open the database {}: {e}", path.display()))
}

fn backend(e: sqlx::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

fn record(account: &str, kind: Kind, row: &SqliteRow) -> Result<Record, StoreError> {
    Ok(Record {
        account: account.to_owned(),
        kind,
        key: row.try_get("key").map_err(backend)?,
        owner: row.try_get("owner").map_err(backend)?,
        reference: row.try_get("reference").map_err(backend)?,
        data: row.try_get("data").map_err(backend)?,
        version: row.try_get("version").map_err(backend)?,
    })
}

/// The column a record is looked up by.
#[derive(Debug, Clone, Copy)]
enum By {
    Key,
    Owner,
    Reference,
}

/// Whether any record of `kind` has `value` in the column `by` (one statement per column, so
/// no SQL is built from values).
async fn any(
    conn: &mut SqliteConnection,
    account: &str,
    kind: Kind,
    by: By,
    value: &str,
) -> Result<bool, StoreError> {
    let sql = match by {
        By::Key => {
            "SELECT EXISTS (SELECT 1 FROM records WHERE account = ?1 AND kind = ?2 AND key = ?3)"
        }
        By::Owner => {
            "SELECT EXISTS (SELECT 1 FROM records WHERE account = ?1 AND kind = ?2 AND owner = ?3)"
        }
        By::Reference => {
            "SELECT EXISTS (SELECT 1 FROM records WHERE account = ?1 AND kind = ?2 AND reference = ?3)"
        }
    };
    sqlx::query_scalar::<_, bool>(sql)
        .bind(account)
        .bind(kind.as_str())
        .bind(value)
        .fetch_one(&mut *conn)
        .await
        .map_err(backend)
}

async fn holds(
    conn: &mut SqliteConnection,
    account: &str,
    condition: &Condition,
) -> Result<bool, StoreError> {
    let holds = match condition {
        Condition::Absent { kind, key } => !any(conn, account, *kind, By::Key, key).await?,
        Condition::Exists { kind, key } => any(conn, account, *kind, By::Key, key).await?,
        Condition::Version { kind, key, version } => {
            let current = sqlx::query_scalar::<_, i64>(
                "SELECT version FROM records WHERE account = ?1 AND kind = ?2 AND key = ?3",
            )
            .bind(account)
            .bind(kind.as_str())
            .bind(key.as_str())
            .fetch_optional(&mut *conn)
            .await
            .map_err(backend)?;
            current == Some(*version)
        }
        Condition::OwnerCountBelow { kind, owner, limit } => {
            let count = sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM records WHERE account = ?1 AND kind = ?2 AND owner = ?3",
            )
            .bind(account)
            .bind(kind.as_str())
            .bind(owner.as_str())
            .fetch_one(&mut *conn)
            .await
            .map_err(backend)?;
            count < i64::from(*limit)
        }
        Condition::NoneOwned { kind, owner } => {
            !any(conn, account, *kind, By::Owner, owner).await?
        }
        Condition::NoneReferencing { kind, reference } => {
            !any(conn, account, *kind, By::Reference, reference).await?
        }
        Condition::Identity {
            kind,
            key,
            reference,
        } => {
            let current = sqlx::query_scalar::<_, Option<String>>(
                "SELECT reference FROM records WHERE account = ?1 AND kind = ?2 AND key = ?3",
            )
            .bind(account)
            .bind(kind.as_str())
            .bind(key.as_str())
            .fetch_optional(&mut *conn)
            .await
            .map_err(backend)?;
            current.flatten().as_deref() == Some(reference.as_str())
        }
        Condition::Referenced { kind, reference } => sqlx::query_scalar::<_, bool>(
            "SELECT EXISTS (SELECT 1 FROM records \
             WHERE account = ?1 AND kind = ?2 AND reference = ?3)",
        )
        .bind(account)
        .bind(kind.as_str())
        .bind(reference.as_str())
        .fetch_one(&mut *conn)
        .await
        .map_err(backend)?,
    };
    Ok(holds)
}

async fn put(
    conn: &mut SqliteConnection,
    account: &str,
    record: &NewRecord,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO records (account, kind, key, owner, reference, data, version) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1) \
         ON CONFLICT (account, kind, key) DO UPDATE SET \
         owner = excluded.owner, reference = excluded.reference, data = excluded.data, \
         version = records.version + 1",
    )
    .bind(account)
    .bind(record.kind.as_str())
    .bind(record.key.as_str())
    .bind(record.owner.as_deref())
    .bind(record.reference.as_deref())
    .bind(record.data.as_str())
    .execute(&mut *conn)
    .await
    .map_err(backend)?;
    Ok(())
}

impl Store for SqliteStore {
    async fn get(
        &self,
        account: &str,
        kind: Kind,
        key: &str,
    ) -> Result<Option<Record>, StoreError> {
        let row = sqlx::query(
            "SELECT key, owner, reference, data, version FROM records \
             WHERE account = ?1 AND kind = ?2 AND key = ?3",
        )
        .bind(account)
        .bind(kind.as_str())
        .bind(key)
        .fetch_optional(&self.readers)
        .await
        .map_err(backend)?;
        row.map(|row| record(account, kind, &row)).transpose()
    }

    /// Records in key order (bytewise, which for UTF-8 is code point order). A limit of 0
    /// returns an empty page.
    async fn list(&self, account: &str, query: &Query) -> Result<Page, StoreError> {
        if query.limit == 0 {
            return Ok(Page::default());
        }
        let mut sql = QueryBuilder::<Sqlite>::new(
            "SELECT key, owner, reference, data, version FROM records WHERE account = ",
        );
        sql.push_bind(account.to_owned());
        sql.push(" AND kind = ").push_bind(query.kind.as_str());
        if let Some(owner) = &query.owner {
            sql.push(" AND owner = ").push_bind(owner.clone());
        }
        if let Some(reference) = &query.reference {
            sql.push(" AND reference = ").push_bind(reference.clone());
        }
        if let Some(prefix) = &query.key_prefix {
            sql.push(" AND key >= ").push_bind(prefix.clone());
            if let Some(end) = prefix_end(prefix) {
                sql.push(" AND key < ").push_bind(end);
            }
        }
        if let Some(after) = &query.after {
            sql.push(" AND key > ").push_bind(after.clone());
        }
        // One more than asked, to know whether more follow.
        sql.push(" ORDER BY key LIMIT ")
            .push_bind(i64::from(query.limit) + 1);
        let rows = sql
            .build()
            .fetch_all(&self.readers)
            .await
            .map_err(backend)?;

        let limit = usize::try_from(query.limit).unwrap_or(usize::MAX);
        let more = rows.len() > limit;
        let records = rows
            .iter()
            .take(limit)
            .map(|row| record(account, query.kind, row))
            .collect::<Result<Vec<_>, _>>()?;
        let next = if more {
            records.last().map(|r| r.key.clone())
        } else {
            None
        };
        Ok(Page { records, next })
    }

    async fn count(
        &self,
        account: &str,
        kind: Kind,
        owner: Option<&str>,
    ) -> Result<u64, StoreError> {
        let count =
            match owner {
                Some(owner) => sqlx::query_scalar::<_, i64>(
                    "SELECT COUNT(*) FROM records WHERE account = ?1 AND kind = ?2 AND owner = ?3",
                )
                .bind(account)
                .bind(kind.as_str())
                .bind(owner)
                .fetch_one(&self.readers)
                .await,
                None => {
                    sqlx::query_scalar::<_, i64>(
                        "SELECT COUNT(*) FROM records WHERE account = ?1 AND kind = ?2",
                    )
                    .bind(account)
                    .bind(kind.as_str())
                    .fetch_one(&self.readers)
                    .await
                }
            }
            .map_err(backend)?;
        u64::try_from(count).map_err(|e| StoreError::Backend(e.to_string()))
    }

    /// Checks the conditions in order, then applies the deletes and then the puts, in one
    /// `BEGIN IMMEDIATE` transaction, and bumps the account's generation.
    async fn write(&self, account: &str, batch: WriteBatch) -> Result<(), StoreError> {
        let mut tx = self
            .writer
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(backend)?;
        for (index, condition) in batch.conditions.iter().enumerate() {
            if !holds(&mut tx, account, condition).await? {
                tx.rollback().await.map_err(backend)?;
                return Err(StoreError::ConditionFailed { index });
            }
        }
        for (kind, key) in &batch.deletes {
            sqlx::query("DELETE FROM records WHERE account = ?1 AND kind = ?2 AND key = ?3")
                .bind(account)
                .bind(kind.as_str())
                .bind(key.as_str())
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
        }
        for record in &batch.puts {
            put(&mut tx, account, record).await?;
        }
        sqlx::query(
            "INSERT INTO generations (account, value) VALUES (?1, 1) \
             ON CONFLICT (account) DO UPDATE SET value = generations.value + 1",
        )
        .bind(account)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        tx.commit().await.map_err(backend)
    }

    /// Deletes the account's records and puts the new ones in one `BEGIN IMMEDIATE`
    /// transaction; readers see the old account or the new one, never a mix.
    async fn replace_account(
        &self,
        account: &str,
        records: Vec<NewRecord>,
    ) -> Result<(), StoreError> {
        let mut tx = self
            .writer
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(backend)?;
        sqlx::query("DELETE FROM records WHERE account = ?1")
            .bind(account)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        for record in &records {
            put(&mut tx, account, record).await?;
        }
        sqlx::query(
            "INSERT INTO generations (account, value) VALUES (?1, 1) \
             ON CONFLICT (account) DO UPDATE SET value = generations.value + 1",
        )
        .bind(account)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        tx.commit().await.map_err(backend)
    }

    async fn generation(&self, account: &str) -> Result<u64, StoreError> {
        let value =
            sqlx::query_scalar::<_, i64>("SELECT value FROM generations WHERE account = ?1")
                .bind(account)
                .fetch_optional(&self.readers)
                .await
                .map_err(backend)?
                .unwrap_or(0);
        u64::try_from(value).map_err(|e| StoreError::Backend(e.to_string()))
    }

    /// Accounts that hold at least one record.
    async fn accounts(&self) -> Result<Vec<String>, StoreError> {
        sqlx::query_scalar::<_, String>("SELECT DISTINCT account FROM records ORDER BY account")
            .fetch_all(&self.readers)
            .await
            .map_err(backend)
    }
}

#[cfg(test)]
mod tests {
    use super::SqliteStore;

    #[tokio::test]
    async fn connections_have_the_durable_settings() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).await.unwrap();
        for (pool, query_only) in [(&store.writer, 0), (&store.readers, 1)] {
            let journal_mode = sqlx::query_scalar::<_, String>("PRAGMA journal_mode")
                .fetch_one(pool)
                .await
                .unwrap();
            assert_eq!(journal_mode, "wal");
            let number = |name: &'static str| async move {
                sqlx::query_scalar::<_, i64>(name)
                    .fetch_one(pool)
                    .await
                    .unwrap()
            };
            // 2 is FULL.
            assert_eq!(number("PRAGMA synchronous").await, 2);
            assert_eq!(number("PRAGMA foreign_keys").await, 1);
            assert_eq!(number("PRAGMA busy_timeout").await, 10_000);
            assert_eq!(number("PRAGMA query_only").await, query_only);
        }
        store.close().await;
    }
}
